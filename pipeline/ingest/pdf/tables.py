"""Ruled tables: found from pdfium's own drawing, pdfplumber only for irregular grids.

On pages that draw rulings (checked cheaply from the page objects) the straight segments
of the path objects are snapped into grids; a plain grid (every ruling runs its full
width or height) gives the cells, and pdfium returns the text inside each cell's box.
The lines inside the tables are taken out of the pdfium stream so nothing is doubled.
pdfplumber's `find_tables` is the fallback for grids with merged or irregular cells. It
parses the whole page first (some 50 times the cost of the pdfium read), so it is
imported and opened only when such a grid turns up.
"""

from __future__ import annotations

import ctypes
import io
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, TypeVar

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from crosswalk.ingest.pdf.model import Line, TableFragment
from crosswalk.ingest.pdf.text import LINE_END_HYPHENS, SEGMENT_RE, clean_text, join_lines

if TYPE_CHECKING:
    import pdfplumber

MIN_RULE = 8.0  # points: shorter strokes are underlines or bullets, not table rulings
SNAP = 3.0  # points: rulings this close are one line (pdfplumber's snap and join tolerance)
INSET = 1.0  # points: a cell's text is looked up this far inside its rulings
CID_RE = re.compile(r"\(cid:\d+\)")
_T = TypeVar("_T")


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


class TableReader:
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


def inside(line: Line, table: TableFragment) -> bool:
    middle = (line.left + line.right) / 2
    return table.left - 2 <= middle <= table.right + 2 and table.bottom - 2 <= line.baseline <= table.top + 2
