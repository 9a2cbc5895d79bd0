"""Turn a PDF's text layer into blocks: paragraphs, list items, headings and table rows.

Two libraries, each where it pays:

* pypdfium2 reads every page: its text page gives the characters in reading order with
  their boxes for a fraction of the cost of pdfplumber's layout analysis. From it we
  build physical lines with their geometry (left/right edge, baseline, font size), which
  is all that paragraph grouping and header/footer detection need.
* Ruled tables come from pdfium too. On pages that draw rulings (checked cheaply from
  the page objects) the straight segments of the path objects are snapped into grids; a
  plain grid (every ruling runs its full width or height) gives the cells, and pdfium
  returns the text inside each cell's box. The lines inside the tables are taken out of
  the pdfium stream so nothing is doubled.
* pdfplumber's `find_tables` is the fallback for grids with merged or irregular cells.
  It parses the whole page first (some 50 times the cost of the pdfium read), so it is
  imported and opened only when such a grid turns up.

Running headers, footers and page numbers are recognised by repetition and position:
the same line (digits normalised, so "Page 3 of 5" matches "Page 4 of 5") at the same
height in the top or bottom band of several pages. Nothing depends on a word list.
"""

from __future__ import annotations

import ctypes
import io
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from statistics import median
from typing import TYPE_CHECKING, TypeVar

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from crosswalk.errors import UnreadableDocument
from crosswalk.ingest.lines import TERMINAL_RE, is_bullet, is_labelled, join_hyphenated, split_inline_bullets
from crosswalk.model import Block, Extraction

if TYPE_CHECKING:
    import pdfplumber

BAND = 0.12  # share of the page height at top and bottom where running chrome lives
SAME_HEIGHT = 4.0  # points: chrome sits at the same baseline on every page
MIN_RULE = 8.0  # points: shorter strokes are underlines or bullets, not table rulings
SNAP = 3.0  # points: rulings this close are one line (pdfplumber's snap and join tolerance)
INSET = 1.0  # points: a cell's text is looked up this far inside its rulings

LIGATURES = str.maketrans({
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
})
# pdfium marks a hyphen it recognised at a line end with U+FFFE (older builds: 0x02) and
# then leaves out the line break; we put the break back and keep an ordinary hyphen.
LINE_END_HYPHENS = ("\ufffe", "\x02")
SEGMENT_RE = re.compile(r"[^\r\n\ufffe\x02]+[\ufffe\x02]?|[\ufffe\x02]")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\u00ad\ufeff]")
CID_RE = re.compile(r"\(cid:\d+\)")
WORD_RE = re.compile(r"\w+(?:-\w+)*")
LINE_HYPHEN_RE = re.compile(r"(\w+)-$")
DIGITS_RE = re.compile(r"\d+")
PAGE_NUMBER_RE = re.compile(r"^(?:page\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
PLACEHOLDER_TITLES = {
    "untitled", "untitled document", "(anonymous)", "anonymous", "(unspecified)", "unspecified", "unknown",
    "title", "document", "microsoft word", "slide 1", "none", "null",
}
FILENAME_RE = re.compile(r"\.(?:docx?|pdf|rtf|odt|pptx?|xlsx?|txt|html?|indd|qxd)$", re.I)
OFFICE_PREFIX_RE = re.compile(r"^microsoft\s+(?:word|powerpoint|excel)\s*-\s*", re.I)


@dataclass
class Line:
    """One physical line of a page with the geometry paragraph grouping needs."""

    text: str
    page: int
    left: float
    right: float
    baseline: float  # PDF user space: larger is higher on the page
    size: float
    first_word: float  # width of the first word: would it have fitted on the line above?


@dataclass
class TableFragment:
    """The part of one ruled table that lies on one page, as rows of cell texts."""

    page: int
    top: float  # PDF user space, for placing the table among the page's lines
    bottom: float
    left: float
    right: float
    rows: list[list[str]]


@dataclass
class PageText:
    """What one page yields; `bottom` is the MediaBox origin, for the margin bands."""

    number: int
    bottom: float
    height: float
    lines: list[Line]
    tables: list[TableFragment] = field(default_factory=list)


@dataclass
class Layout:
    """Document-wide geometry: where a full line ends and how far apart lines sit."""

    column_right: float
    pitch: float  # baseline-to-baseline distance inside a paragraph, in font sizes


Item = Line | TableFragment
_T = TypeVar("_T")


# ----------------------------------------------------------------------------- entry


def ingest_pdf(data: bytes, max_pages: int | None = None) -> Extraction:
    """Read a PDF's text layer into blocks; raise UnreadableDocument when there is none,
    or when it has more than `max_pages` pages (a limit, so one huge file cannot stall a
    batch)."""
    _check_container(data)
    doc = _open(data)
    tables = _TableReader(data)
    try:
        count = len(doc)
        if count == 0:
            raise UnreadableDocument("corrupt_pdf", "the PDF has no pages")
        if max_pages is not None and count > max_pages:
            raise UnreadableDocument("too_many_pages", f"the PDF has {count} pages, over the limit of {max_pages}")
        title = sensible_title(doc.get_metadata_dict().get("Title"))
        pages = [_read_page(doc, index, tables) for index in range(count)]
    except pdfium.PdfiumError as exc:
        raise UnreadableDocument("corrupt_pdf", f"pdfium could not read a page: {exc}") from exc
    finally:
        tables.close()
        doc.close()
    if not any(page.lines or page.tables for page in pages):
        raise UnreadableDocument(
            "no_text_layer", f"none of the {count} page(s) has a text layer: a scanned or image-only PDF needs OCR"
        )
    dropped = drop_chrome(pages)
    blocks = group_blocks(list(_items(pages)))
    if not blocks:
        raise UnreadableDocument("no_text_layer", "the only text in the PDF is running headers, footers and page numbers")
    return Extraction(blocks=tuple(blocks), title=title, dropped=tuple(dropped), pages=count)


def _check_container(data: bytes) -> None:
    """Reject empty, non-PDF and truncated files before handing them to pdfium.

    pdfium repairs a damaged cross-reference table silently, so a download cut short
    could come back as a shorter document; a file whose last %%EOF is missing or is
    followed by more objects was cut off, and we say so instead.
    """
    if not data or data.isspace():
        raise UnreadableDocument("empty_file", "the file is empty")
    if b"%PDF-" not in data[:1024]:
        raise UnreadableDocument("not_pdf", "no %PDF- header in the first 1 KB: this is not a PDF (an HTML error page?)")
    eof = data.rfind(b"%%EOF")
    if eof < 0 or data.find(b"endobj", eof) >= 0:
        raise UnreadableDocument(
            "corrupt_pdf", f"the PDF is truncated (no final %%EOF marker after {len(data)} bytes); download it again"
        )


def _open(data: bytes) -> pdfium.PdfDocument:
    """Open with pdfium, naming password protection apart from other damage."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise UnreadableDocument("encrypted_pdf", f"the PDF is password-protected or encrypted: {exc}") from exc
        raise UnreadableDocument("corrupt_pdf", f"the PDF cannot be parsed: {exc}") from exc


def sensible_title(raw: object) -> str | None:
    """The metadata title if it names the document, not a tool default or a file name."""
    if not isinstance(raw, str):
        return None
    title = re.sub(r"\s+", " ", raw.translate(LIGATURES)).strip()
    title = OFFICE_PREFIX_RE.sub("", title)
    if title.lower() in PLACEHOLDER_TITLES or FILENAME_RE.search(title):
        return None
    if len(title) < 4 or not re.search(r"[^\W\d_]{3}", title) or (" " not in title and "_" in title):
        return None
    return title


# ------------------------------------------------------------------------ page text


def _read_page(doc: pdfium.PdfDocument, index: int, tables: _TableReader) -> PageText:
    """Lines (and, on ruled pages, tables) of one page; the page is closed afterwards."""
    page = doc[index]
    try:
        _, bottom, _, top = page.get_mediabox()
        textpage = page.get_textpage()
        try:
            lines = page_lines(textpage, index)
            found: list[TableFragment] = []
            if lines and has_rulings(page):
                fast = grid_tables(page, textpage, index)
                found = tables.read(index, top - bottom) if fast is None else fast
                lines = [line for line in lines if not any(_inside(line, table) for table in found)]
        finally:
            textpage.close()
        return PageText(index, bottom, top - bottom, lines, found)
    finally:
        page.close()


def page_lines(textpage: pdfium.PdfTextPage, page_no: int) -> list[Line]:
    """Split a text page into physical lines and measure each one.

    Character indices of `get_text_range` match pdfium's character indices (line breaks
    are generated characters), so a line's first and last character give its geometry
    with a handful of calls, however long the line.
    """
    count = textpage.count_chars()
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # characters outside the BMP: read them one by one
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i) or 32) for i in range(count))
    geometry = _Geometry(textpage)
    lines = []
    for match in SEGMENT_RE.finditer(text):
        segment = match.group()
        stripped = segment.strip()
        if not stripped or stripped in LINE_END_HYPHENS:
            continue
        first = match.start() + len(segment) - len(segment.lstrip())
        space = stripped.find(" ")
        word_end = first + (space if space > 0 else len(stripped)) - 1
        lines.append(geometry.line(clean_text(stripped), page_no, first, first + len(stripped) - 1, word_end))
    return lines


class _Geometry:
    """Raw pdfium calls with reused ctypes buffers: the wrapper costs more than the call."""

    def __init__(self, textpage: pdfium.PdfTextPage) -> None:
        self.raw = textpage.raw
        self.box = [ctypes.c_double() for _ in range(4)]  # left, right, bottom, top
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.rect = pdfium_c.FS_RECTF()

    def _left_right(self, index: int) -> tuple[float, float]:
        pdfium_c.FPDFText_GetCharBox(self.raw, index, *self.box)
        return self.box[0].value, self.box[1].value

    def line(self, text: str, page_no: int, first: int, last: int, word_end: int) -> Line:
        left = self._left_right(first)[0]
        right = self._left_right(last)[1]
        word_right = self._left_right(word_end)[1]
        pdfium_c.FPDFText_GetCharOrigin(self.raw, first, self.x, self.y)
        return Line(text, page_no, left, right, self.y.value, self._size(first), max(word_right - left, 0.0))

    def _size(self, index: int) -> float:
        """The font size as drawn. pdfium reports the Tf operand, which is 1 when a
        generator scales text with the text matrix instead; then the height of the
        character's loose box (ascent to descent, about 1.15 em) stands in for it.
        """
        size = pdfium_c.FPDFText_GetFontSize(self.raw, index)
        pdfium_c.FPDFText_GetLooseCharBox(self.raw, index, self.rect)
        height = self.rect.top - self.rect.bottom
        if height > 0 and not 0.5 * size <= height <= 2 * size:
            return height / 1.15
        return size or height or 10.0


def clean_text(text: str) -> str:
    """Expand ligatures, restore line-end hyphens, drop soft hyphens and control codes."""
    for mark in LINE_END_HYPHENS:
        text = text.replace(mark, "-")
    return CONTROL_RE.sub("", text.translate(LIGATURES)).replace("\u00a0", " ")


# --------------------------------------------------------------------------- tables


def has_rulings(page: pdfium.PdfPage) -> bool:
    """Whether the page draws table-like rulings: two vertical strokes or two boxes.

    Walking pdfium's page objects costs a few microseconds per object, so every page
    can afford the check; only pages that pass it are searched for tables. Horizontal
    rules (letterhead and footer lines) alone do not count.
    """
    verticals = boxes = 0
    for left, bottom, right, top in _path_bounds(page):
        width, height = right - left, top - bottom
        if width <= 3 and height >= MIN_RULE:
            verticals += 1
        elif width >= MIN_RULE and height >= MIN_RULE:
            boxes += 1
        if verticals >= 2 or boxes >= 2:
            return True
    return False


Matrix = tuple[float, float, float, float, float, float]  # a b c d e f, as in a PDF `cm`
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _paths(page: pdfium.PdfPage) -> Iterator[tuple[object, Matrix]]:
    """The page's path objects, those inside form XObjects too, each with the matrix of
    the forms around it: pdfium gives a form's objects in the form's own space."""
    stack: list[tuple[int, Callable[[int], object], Matrix, int]] = [
        (pdfium_c.FPDFPage_CountObjects(page.raw), partial(pdfium_c.FPDFPage_GetObject, page.raw), IDENTITY, 0)
    ]
    matrix = pdfium_c.FS_MATRIX()
    while stack:
        count, get, outer, depth = stack.pop()
        for i in range(count):
            obj = get(i)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                yield obj, outer
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 3 and pdfium_c.FPDFPageObj_GetMatrix(obj, matrix):
                inner = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
                stack.append((pdfium_c.FPDFFormObj_CountObjects(obj), partial(pdfium_c.FPDFFormObj_GetObject, obj),
                              _compose(inner, outer), depth + 1))


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    """The matrix applying `inner`, then `outer`."""
    a, b, c, d, e, f = inner
    oa, ob, oc, od, oe, of = outer
    return (
        a * oa + b * oc, a * ob + b * od, c * oa + d * oc, c * ob + d * od, e * oa + f * oc + oe, e * ob + f * od + of
    )


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _path_bounds(page: pdfium.PdfPage) -> Iterator[tuple[float, float, float, float]]:
    """Page-space bounds (left, bottom, right, top) of the page's path objects."""
    bounds = [ctypes.c_float() for _ in range(4)]
    for obj, outer in _paths(page):
        if pdfium_c.FPDFPageObj_GetBounds(obj, *bounds):
            left, bottom, right, top = (b.value for b in bounds)
            if outer is not IDENTITY:
                (x0, y0), (x1, y1) = _apply(outer, left, bottom), _apply(outer, right, top)
                left, bottom, right, top = min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
            yield left, bottom, right, top


@dataclass
class Rule:
    """A horizontal or vertical ruling: `at` is its y (x for a vertical one) and it runs
    from `start` to `end` along the other axis."""

    at: float
    start: float
    end: float


def grid_tables(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, index: int) -> list[TableFragment] | None:
    """The page's ruled tables read from pdfium alone; None when a grid is not plain.

    The rulings (strokes and rectangle edges, as pdfplumber takes them) are snapped and
    joined, then grouped into connected grids. A plain grid, where every vertical runs
    the grid's full height and every horizontal its full width, is rows times columns:
    each cell's text is what pdfium finds inside its box. The ends of the verticals
    close the first and last row, because a row cut by a page break is often drawn
    without the ruling under it (or above its continuation).

    Merged or irregular cells need pdfplumber's cell finder: for such a page we answer
    None and the caller falls back to it. Grids of fewer than two columns (a box around
    a paragraph) are no table.
    """
    horizontal, vertical = _rulings(page)
    # A cell's text is its characters plus the spaces and line breaks between them, so
    # twice the page's characters is room for any cell: one pdfium call per cell.
    buffer = (ctypes.c_ushort * (2 * textpage.count_chars() + 64))()
    found = []
    for across, down in _grids(_join(horizontal), _join(vertical)):
        xs = _snap([rule.at for rule in down])
        if len(xs) < 3:
            continue
        left, right = xs[0], xs[-1]
        bottom, top = min(rule.start for rule in down), max(rule.end for rule in down)
        if any(r.start > bottom + SNAP or r.end < top - SNAP for r in down) or any(
            r.start > left + SNAP or r.end < right - SNAP for r in across
        ):
            return None
        ys = _snap([rule.at for rule in across] + [bottom, top])[::-1]
        rows = [
            [_cell_text(_text_in(textpage, buffer, (x0 + INSET, y0 - INSET, x1 - INSET, y1 + INSET)))
             for x0, x1 in zip(xs, xs[1:])]
            for y0, y1 in zip(ys, ys[1:])
        ]
        if rows := [row for row in rows if any(row)]:
            found.append(TableFragment(index, top, bottom, left, right, rows))
    return found


def _rulings(page: pdfium.PdfPage) -> tuple[list[Rule], list[Rule]]:
    """Horizontal and vertical straight segments of the page's paths, in page space.

    Every segment counts, so a stroked line, a rectangle's four edges and a thin filled
    bar (whose two long edges snap into one) all become rulings; curves do not.
    """
    horizontal: list[Rule] = []
    vertical: list[Rule] = []
    raw = pdfium_c.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()

    def add(x0: float, y0: float, x1: float, y1: float) -> None:
        if abs(y1 - y0) <= 1 and abs(x1 - x0) >= SNAP:
            horizontal.append(Rule((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
        elif abs(x1 - x0) <= 1 and abs(y1 - y0) >= SNAP:
            vertical.append(Rule((x0 + x1) / 2, min(y0, y1), max(y0, y1)))

    for obj, outer in _paths(page):
        if not pdfium_c.FPDFPageObj_GetMatrix(obj, raw):
            continue
        matrix = _compose((raw.a, raw.b, raw.c, raw.d, raw.e, raw.f), outer)
        start = last = (0.0, 0.0)
        for k in range(pdfium_c.FPDFPath_CountSegments(obj)):
            segment = pdfium_c.FPDFPath_GetPathSegment(obj, k)
            pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
            point = _apply(matrix, x.value, y.value)
            kind = pdfium_c.FPDFPathSegment_GetType(segment)
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                start = point
            elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
                add(*last, *point)
            if pdfium_c.FPDFPathSegment_GetClose(segment):
                add(*point, *start)
            last = point
    return horizontal, vertical


def _runs(items: Iterable[_T], key: Callable[[_T], float]) -> list[list[_T]]:
    """`items` sorted by `key` and cut where two neighbours are more than SNAP apart."""
    runs: list[list[_T]] = []
    for item in sorted(items, key=key):
        if runs and key(item) - key(runs[-1][-1]) <= SNAP:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def _snap(values: Iterable[float]) -> list[float]:
    """Sorted values, each run closer than SNAP replaced by its mean."""
    return [sum(run) / len(run) for run in _runs(values, float)]


def _join(rules: Iterable[Rule]) -> list[Rule]:
    """Rulings snapped to shared positions, collinear pieces that touch joined into one."""
    joined: list[Rule] = []
    for run in _runs(rules, lambda rule: rule.at):
        at = sum(rule.at for rule in run) / len(run)
        first = len(joined)
        for rule in sorted(run, key=lambda r: r.start):
            if len(joined) > first and rule.start <= joined[-1].end + SNAP:
                joined[-1].end = max(joined[-1].end, rule.end)
            else:
                joined.append(Rule(at, rule.start, rule.end))
    return joined


def _grids(horizontal: list[Rule], vertical: list[Rule]) -> list[tuple[list[Rule], list[Rule]]]:
    """Rulings grouped into grids: sets of horizontals and verticals that cross or meet."""
    group = list(range(len(vertical)))  # union-find over the verticals

    def root(i: int) -> int:
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    crossing = [
        [i for i, v in enumerate(vertical)
         if h.start - SNAP <= v.at <= h.end + SNAP and v.start - SNAP <= h.at <= v.end + SNAP]
        for h in horizontal
    ]
    for hits in crossing:
        for i in hits[1:]:
            group[root(i)] = root(hits[0])
    grids: dict[int, tuple[list[Rule], list[Rule]]] = defaultdict(lambda: ([], []))
    for i, v in enumerate(vertical):
        grids[root(i)][1].append(v)
    for h, hits in zip(horizontal, crossing):
        if hits:
            grids[root(hits[0])][0].append(h)
    return list(grids.values())


def _text_in(textpage: pdfium.PdfTextPage, buffer: ctypes.Array, rect: tuple[float, float, float, float]) -> str:
    """pdfium's text of the characters whose boxes meet `rect` (left, top, right, bottom),
    lines split by CRLF, line-end hyphens marked as in `get_text_range`."""
    size = pdfium_c.FPDFText_GetBoundedText(textpage.raw, *rect, buffer, len(buffer))
    if size >= len(buffer):  # not expected (see grid_tables), but never cut a cell short
        buffer = (ctypes.c_ushort * (pdfium_c.FPDFText_GetBoundedText(textpage.raw, *rect, None, 0) + 1))()
        size = pdfium_c.FPDFText_GetBoundedText(textpage.raw, *rect, buffer, len(buffer))
    return ctypes.string_at(buffer, 2 * max(size, 0)).decode("utf-16-le", errors="replace").rstrip("\x00")


class _TableReader:
    """pdfplumber, for the grids `grid_tables` leaves alone (merged or irregular cells).

    It parses the whole page (every character and graphic) before finding tables, some
    fifty times the cost of reading the page with pdfium, so it is imported and opened
    only when such a grid turns up.
    """

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pdf: pdfplumber.PDF | None = None

    def read(self, index: int, page_height: float) -> list[TableFragment]:
        """Tables of one page with at least two columns; a table reader failure is no table.

        pdfplumber measures `top` down from the MediaBox top, so user-space y (what pdfium
        reports) is the MediaBox height minus `top`, whatever the MediaBox origin.
        """
        if self._pdf is None:
            import pdfplumber  # noqa: PLC0415 - slow to import and rarely needed

            self._pdf = pdfplumber.open(io.BytesIO(self._data))
        page = self._pdf.pages[index]
        try:
            found = _find_tables(page)
            return [frag for table in found if (frag := _fragment(table, index, page_height))]
        except Exception:  # noqa: BLE001 - pdfminer raises many types; pdfium's lines still hold the text
            return []
        finally:
            page.close()

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()


def _find_tables(page: pdfplumber.page.Page) -> list:
    """`find_tables`, with the open ends of vertical rulings closed (see `grid_tables`)."""
    ends = sorted({round(edge[key], 1) for edge in page.edges if edge["orientation"] == "v"
                   and edge["height"] >= MIN_RULE for key in ("top", "bottom")})
    settings = {"explicit_horizontal_lines": ends} if ends else {}
    return page.find_tables(settings)


def _fragment(table: object, index: int, page_height: float) -> TableFragment | None:
    rows = [[_cell_text(cell) for cell in row] for row in table.extract()]  # type: ignore[attr-defined]
    rows = [row for row in rows if any(row)]
    if not rows or max(len(row) for row in rows) < 2:
        return None  # a box around a paragraph is not a table
    x0, top, x1, bottom = table.bbox  # type: ignore[attr-defined]
    return TableFragment(index, page_height - top, page_height - bottom, x0, x1, rows)


SKIPPED_PARTS = ("", *LINE_END_HYPHENS)


def _cell_text(cell: str | None) -> str:
    """One cell's lines (pdfium's, or pdfplumber's) joined into one string."""
    if not cell:
        return ""
    cell = CID_RE.sub("", cell)  # glyphs pdfminer cannot map (a bullet in WinAnsi 0x7F)
    # pdfium marks a line-end hyphen without a line break after it: split there as well
    parts = [clean_text(part).strip() for part in SEGMENT_RE.findall(cell) if part.strip() not in SKIPPED_PARTS]
    text = ""
    for part in parts:
        text = join_lines(text, part, frozenset()) if text else part
    return re.sub(r"\s+", " ", text).strip()


def _inside(line: Line, table: TableFragment) -> bool:
    middle = (line.left + line.right) / 2
    return table.left - 2 <= middle <= table.right + 2 and table.bottom - 2 <= line.baseline <= table.top + 2


# ---------------------------------------------------------------- headers & footers


def _band(line: Line, page: PageText) -> str | None:
    """"top" or "bottom" when the line sits in a margin band of its page."""
    height = line.baseline - page.bottom
    if height >= page.height * (1 - BAND):
        return "top"
    if height <= page.height * BAND:
        return "bottom"
    return None


def _chrome_keys(line: Line, band: str) -> tuple[tuple[str, str], tuple[str, str]]:
    text = re.sub(r"\s+", " ", line.text).strip().lower()
    return (band, text), (band, DIGITS_RE.sub("#", text))


def drop_chrome(pages: Sequence[PageText]) -> list[str]:
    """Remove running headers, footers and page numbers from `pages`; return their text.

    A line is chrome when the same text (or the same text up to its digits) stands at the
    same height in the top or bottom band of enough pages. A bare page number in a band
    goes even on a single page.
    """
    seen: dict[tuple[str, str], list[tuple[int, float]]] = defaultdict(list)
    for page in pages:
        for line in page.lines:
            if band := _band(line, page):
                for key in set(_chrome_keys(line, band)):
                    seen[key].append((page.number, line.baseline))
    total = len(pages)
    exact_needed = max(2, min(3, math.ceil(total / 2)))
    digits_needed = max(2, math.ceil(total / 2))
    dropped: list[str] = []
    for page in pages:
        kept = []
        for line in page.lines:
            band = _band(line, page)
            if band and _is_chrome(line, band, seen, exact_needed, digits_needed):
                dropped.append(line.text)
            else:
                kept.append(line)
        page.lines = kept
    return dropped


def _is_chrome(line: Line, band: str, seen: dict, exact_needed: int, digits_needed: int) -> bool:
    if PAGE_NUMBER_RE.match(line.text.strip()):
        return True
    exact, digits = _chrome_keys(line, band)
    return _repeats(seen[exact], line.baseline) >= exact_needed or (
        exact != digits and _repeats(seen[digits], line.baseline) >= digits_needed
    )


def _repeats(places: Iterable[tuple[int, float]], baseline: float) -> int:
    """On how many pages the line stands at (about) this height."""
    return len({page for page, y in places if abs(y - baseline) <= SAME_HEIGHT})


# ------------------------------------------------------------------------- grouping


def _items(pages: Sequence[PageText]) -> Iterator[Item]:
    """Lines in reading order with each table placed before the first line below it."""
    for page in pages:
        tables = sorted(page.tables, key=lambda t: -t.top)
        for line in page.lines:
            while tables and line.baseline < tables[0].top:
                yield tables.pop(0)
            yield line
        yield from tables


def measure_layout(lines: Sequence[Line]) -> Layout:
    """Where full lines end (95th percentile of right edges) and the usual line pitch."""
    if not lines:
        return Layout(0.0, 1.2)
    rights = sorted(line.right for line in lines)
    ratios = [
        (a.baseline - b.baseline) / a.size
        for a, b in zip(lines, lines[1:])
        if a.page == b.page and abs(a.size - b.size) < 0.05 * a.size and 0 < a.baseline - b.baseline < 3 * a.size
    ]
    return Layout(rights[int(0.95 * (len(rights) - 1))], median(ratios) if ratios else 1.2)


def group_blocks(items: Sequence[Item]) -> list[Block]:
    """Turn lines and table fragments into blocks, across page breaks."""
    lines = [item for item in items if isinstance(item, Line)]
    layout = measure_layout(lines)
    vocab = frozenset(WORD_RE.findall(" ".join(line.text for line in lines).lower()))
    blocks: list[Block] = []
    current: list[Line] = []
    table = _TableAssembler()
    previous: Item | None = None
    for item in items:
        if isinstance(item, TableFragment):
            blocks.extend(_paragraph(current, vocab))
            current = []
            blocks.extend(table.add(item, continues_table=isinstance(previous, TableFragment)))
        else:
            blocks.extend(table.finish())
            if current and continues(current, item, layout):
                current.append(item)
            else:
                blocks.extend(_paragraph(current, vocab))
                current = [item]
        previous = item
    blocks.extend(_paragraph(current, vocab))
    blocks.extend(table.finish())
    return blocks


def _paragraph(lines: Sequence[Line], vocab: frozenset[str]) -> list[Block]:
    text = ""
    for line in lines:
        text = join_lines(text, line.text, vocab) if text else line.text.strip()
    return split_inline_bullets(text) if text.strip() else []


def continues(block: Sequence[Line], line: Line, layout: Layout) -> bool:
    """Whether `line` carries on the block, from the text and the geometry together.

    Within a page a paragraph's lines sit one pitch apart, share a left edge (or hang
    under a bullet) and every line but the last is full: the next line's first word
    would not have fitted after it. Across a page break only the text can tell: the
    block carries on when the page ended mid-sentence.
    """
    prev = block[-1]
    cur_text, prev_text = line.text.strip(), prev.text.rstrip()
    if is_bullet(cur_text) or not _aligned(block, line):
        return False
    hyphenated = _hyphen_end(prev_text) and cur_text[:1].isalnum()
    full = prev.right + 0.25 * prev.size + line.first_word > layout.column_right - 2
    terminal = ends_sentence(prev_text)
    if line.page != prev.page:
        return hyphenated or (not terminal and (full or cur_text[:1].islower()))
    gap = (prev.baseline - line.baseline) / max(prev.size, line.size)
    if gap <= 0.3 or gap > layout.pitch * 1.12 + 0.05 or abs(prev.size - line.size) > 0.08 * max(prev.size, line.size):
        return False
    if hyphenated:
        return True
    if full:  # a full line ending a sentence may still go on, unless a label follows
        return not (terminal and is_labelled(cur_text))
    return cur_text[:1].islower() and not terminal


def ends_sentence(text: str) -> bool:
    """TERMINAL_RE on the last few characters only: `$`-anchored search rescans a line."""
    return bool(TERMINAL_RE.search(text.rstrip()[-8:]))


def _hyphen_end(text: str) -> bool:
    return len(text) > 1 and text[-1] == "-" and text[-2].isalnum()


def _aligned(block: Sequence[Line], line: Line) -> bool:
    """Same left edge, a hanging indent under a bullet or label, or a first-line indent."""
    prev, first = block[-1], block[0]
    if abs(line.left - prev.left) <= 0.6 * line.size:
        return True
    if len(block) != 1:
        return False
    if is_bullet(first.text) or is_labelled(first.text):
        return line.left > first.left
    return 0 < prev.left - line.left <= 4 * line.size


def join_lines(left: str, right: str, vocab: frozenset[str]) -> str:
    """Join two lines, undoing line-end hyphenation but keeping real compound hyphens.

    "investi-" + "gation" becomes "investigation"; "multi-" + "agency" stays
    "multi-agency" when the document spells it that way elsewhere; "Anti-" + "Social"
    keeps its hyphen (a capital after a hyphen is part of the name) and gains no space.
    """
    left, right = left.rstrip(), right.lstrip()
    match = LINE_HYPHEN_RE.search(left[-60:]) if _hyphen_end(left) else None
    if not match or not right[:1].isalnum():
        return join_hyphenated(left, right)
    if not right[:1].islower():
        return left + right
    head = match.group(1).lower()
    tail = WORD_RE.match(right.lower())
    tail_word = tail.group().split("-")[0] if tail else ""
    if f"{head}-{tail_word}" in vocab and f"{head}{tail_word}" not in vocab:
        return left + right
    return left[:-1] + right


class _TableAssembler:
    """Collects table fragments into rows, stitching a table continued on the next page.

    On a continuation page the repeated header row is skipped, and a row cut by the page
    break (an empty cell, or a cell that ends mid-sentence and carries on in lower case)
    is merged back into the row above it.
    """

    def __init__(self) -> None:
        self.rows: list[list[str]] = []
        self.header: list[str] | None = None
        self.page = -1

    def add(self, fragment: TableFragment, continues_table: bool) -> list[Block]:
        rows = [list(row) for row in fragment.rows]
        out: list[Block] = []
        if continues_table and self.rows and fragment.page == self.page + 1 and _width(rows) == _width(self.rows):
            if self.header is not None and rows and _norm_row(rows[0]) == _norm_row(self.header):
                rows = rows[1:]
            if rows and split_row(self.rows[-1], rows[0]):
                self.rows[-1] = _merge_rows(self.rows[-1], rows.pop(0))
        else:
            out = self.finish()
            self.header = rows[0] if rows else None
        self.rows.extend(rows)
        self.page = fragment.page
        return out

    def finish(self) -> list[Block]:
        blocks = [Block("table_row", "\n".join(cell for cell in row if cell)) for row in self.rows if any(row)]
        self.rows, self.header, self.page = [], None, -1
        return blocks


def _width(rows: Sequence[Sequence[str]]) -> int:
    return max((len(row) for row in rows), default=0)


def _norm_row(row: Sequence[str]) -> list[str]:
    return [re.sub(r"\s+", " ", cell).strip().lower() for cell in row]


def split_row(above: Sequence[str], below: Sequence[str]) -> bool:
    """Whether `below` (first row on a new page) is the rest of `above` (last row before)."""
    for upper, lower in zip(above, below):
        if upper and not lower:
            return True
        if upper and lower and lower[:1].islower() and not ends_sentence(upper):
            return True
    return False


def _merge_rows(above: Sequence[str], below: Sequence[str]) -> list[str]:
    merged = []
    for i in range(max(len(above), len(below))):
        upper = above[i] if i < len(above) else ""
        lower = below[i] if i < len(below) else ""
        merged.append(join_lines(upper, lower, frozenset()) if upper and lower else upper or lower)
    return merged
