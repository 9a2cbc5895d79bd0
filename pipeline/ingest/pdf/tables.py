"""Ruled tables, read from pdfium's own drawing with pdfplumber's grid logic.

Which pages to search is decided from pdfium's page objects, which cost a few
microseconds each: a page without two vertical strokes or two boxes holds no ruled table.
On the others the straight segments of the path objects (strokes, rectangle edges, thin
filled bars) become edges in pdfplumber's form, and pdfplumber's own pure functions
(`merge_edges`, `edges_to_intersections`, `intersections_to_cells`, `cells_to_tables`,
and `Table.rows` to place merged cells) turn them into tables. pdfium then returns the
text inside each cell's box. pdfplumber never parses the page: that costs some fifty
times the pdfium read, and was most of the time spent on printed web pages, whose
decorative rules and page frames made every page a candidate.

A grid is a table only when it reads as one: some row has text in two cells (a box
around a paragraph, a frame with a heading in it, is not a table), and no cell is a
large share of the page (a form laid out as a grid, like a coroner's report, holds
prose whose paragraphs must stay paragraphs). The lines inside a table are taken out
of the page's flow so nothing is doubled; the lines of a rejected grid stay in it.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from crosswalk.ingest.lines import is_bullet
from crosswalk.ingest.pdf.model import Line, TableFragment
from crosswalk.ingest.pdf.settings import DEFAULT, PdfSettings
from crosswalk.ingest.pdf.text import LINE_END_HYPHENS, SEGMENT_RE, clean_text, join_all

CID_RE = re.compile(r"\(cid:\d+\)")
Edge = dict[str, Any]  # pdfplumber's edge: x0, x1, top, bottom, doctop, width, height, orientation


@dataclass
class Survey:
    """What a page's drawing says before any text is read: whether it may hold a ruled
    table, and where small filled marks (bullets drawn as shapes) stand."""

    rulings: bool
    marks: list[tuple[float, float, float, float]]  # left, bottom, right, top
    paths: list[Path]  # the path objects with their page-space bounds, for `find_tables`


def survey(page: pdfium.PdfPage, settings: PdfSettings = DEFAULT) -> Survey:
    """Walk the page's path objects once (a few microseconds each, so every page can
    afford it). Table-like rulings are two vertical strokes or two boxes; horizontal
    rules alone (letterhead and footer lines) do not count. A mark is a small, roughly
    square shape: a bullet that a web page or a word processor drew instead of typing."""
    verticals = boxes = 0
    marks = []
    paths = list(_path_bounds(_paths(page)))
    for _, _, (left, bottom, right, top) in paths:
        width, height = right - left, top - bottom
        if width <= 3 and height >= settings.min_rule:
            verticals += 1
        elif width >= settings.min_rule and height >= settings.min_rule:
            boxes += 1
        if 1.5 <= width <= settings.max_mark and 1.5 <= height <= settings.max_mark and max(width, height) <= 2 * min(width, height):
            marks.append((left, bottom, right, top))
    return Survey(verticals >= 2 or boxes >= 2, marks, paths)


def mark_bullets(lines: list[Line], marks: list[tuple[float, float, float, float]]) -> None:
    """Give a line a "•" when a drawn mark stands just left of its first character, at
    the height of its letters: the bullet the text layer does not hold."""
    if not marks:
        return
    for line in lines:
        for left, bottom, right, top in marks:
            middle = (bottom + top) / 2
            if (0 <= line.left - right <= 2 * line.size and top - bottom <= 0.5 * line.size
                    and line.baseline - 0.1 * line.size <= middle <= line.baseline + 0.7 * line.size):
                if not is_bullet(line.text):
                    line.text = "• " + line.text
                break


def _fast_calls() -> tuple[Callable[..., Any], ...] | None:
    """pdfium's object walk without pypdfium2's argument conversion: a browser-printed
    page holds thousands of text objects for a handful of paths, and the wrapped calls
    cost three times as much per object as these plain prototypes."""
    try:
        from pypdfium2_raw.bindings import _libs  # noqa: PLC0415 - private, so guarded

        lib = _libs["pdfium"]
        ptr, num = ctypes.c_void_p, ctypes.c_int
        return (
            ctypes.CFUNCTYPE(num, ptr)(("FPDFPage_CountObjects", lib)),
            ctypes.CFUNCTYPE(ptr, ptr, num)(("FPDFPage_GetObject", lib)),
            ctypes.CFUNCTYPE(num, ptr)(("FPDFPageObj_GetType", lib)),
            ctypes.CFUNCTYPE(num, ptr)(("FPDFFormObj_CountObjects", lib)),
            ctypes.CFUNCTYPE(ptr, ptr, ctypes.c_ulong)(("FPDFFormObj_GetObject", lib)),
        )
    except (ImportError, KeyError, AttributeError, TypeError):
        return None


_FAST = _fast_calls()
Matrix = tuple[float, float, float, float, float, float]  # a b c d e f, as in a PDF `cm`
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
Path = tuple[Any, Matrix, tuple[float, float, float, float]]  # object, forms' matrix, page-space bounds


def _paths(page: pdfium.PdfPage) -> list[tuple[Any, Matrix]]:
    """The page's path objects, those inside form XObjects too, each with the matrix of
    the forms around it: pdfium gives a form's objects in the form's own space."""
    if _FAST is None:
        count_page, get_page, get_type, count_form, get_form = (
            pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject, pdfium_c.FPDFPageObj_GetType,
            pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject)
        handle: Any = page.raw
        wrap: Callable[[Any], Any] = lambda obj: obj  # noqa: E731
    else:
        count_page, get_page, get_type, count_form, get_form = _FAST
        handle = ctypes.cast(page.raw, ctypes.c_void_p).value
        wrap = partial(ctypes.cast, typ=pdfium_c.FPDF_PAGEOBJECT)
    path_kind, form_kind = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM
    stack: list[tuple[int, Callable[[int], Any], Matrix, int]] = [(count_page(handle), partial(get_page, handle), IDENTITY, 0)]
    matrix = pdfium_c.FS_MATRIX()
    found = []
    while stack:
        count, get, outer, depth = stack.pop()
        for i in range(count):
            obj = get(i)
            kind = get_type(obj)
            if kind == path_kind:
                found.append((wrap(obj), outer))
            elif kind == form_kind and depth < 3 and pdfium_c.FPDFPageObj_GetMatrix(wrap(obj), matrix):
                stack.append((count_form(obj), partial(get_form, obj), _compose(_as_matrix(matrix), outer), depth + 1))
    return found


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    """The matrix applying `inner`, then `outer`."""
    a, b, c, d, e, f = inner
    oa, ob, oc, od, oe, of = outer
    return (
        a * oa + b * oc, a * ob + b * od, c * oa + d * oc, c * ob + d * od, e * oa + f * oc + oe, e * ob + f * od + of
    )


def _as_matrix(raw: Any) -> Matrix:
    """pdfium's FS_MATRIX as a plain tuple, read once so composing does no ctypes reads."""
    return raw.a, raw.b, raw.c, raw.d, raw.e, raw.f


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _path_bounds(paths: list[tuple[Any, Matrix]]) -> Iterator[Path]:
    """Path objects with their page-space bounds (left, bottom, right, top)."""
    bounds = [ctypes.c_float() for _ in range(4)]
    for obj, outer in paths:
        if pdfium_c.FPDFPageObj_GetBounds(obj, *bounds):
            left, bottom, right, top = (b.value for b in bounds)
            if outer is not IDENTITY:
                (x0, y0), (x1, y1) = _apply(outer, left, bottom), _apply(outer, right, top)
                left, bottom, right, top = min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
            yield obj, outer, (left, bottom, right, top)


@dataclass
class Rule:
    """A horizontal or vertical ruling: `at` is its y (x for a vertical one) and it runs
    from `start` to `end` along the other axis."""

    at: float
    start: float
    end: float


def find_tables(
    page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, index: int, settings: PdfSettings = DEFAULT,
    paths: list[Path] | None = None,
) -> list[TableFragment]:
    """The page's ruled tables with at least two columns, each as rows of cell texts.

    The ends of the vertical rulings close the first and last row, because a row cut by
    a page break is often drawn without the ruling under it (or above its continuation).
    """
    from pdfplumber.table import Table, cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    horizontal, vertical = _rulings(survey(page, settings).paths if paths is None else paths, settings)
    if len(vertical) < 2 or not horizontal:
        return []
    _, bottom, _, top = page.get_mediabox()
    edges = _edges(horizontal, vertical, top, settings)
    snap = settings.snap
    edges = [e for e in merge_edges(edges, snap, snap, snap, snap) if max(e["width"], e["height"]) >= snap]
    cells = intersections_to_cells(edges_to_intersections(edges, snap, snap))
    # A cell's text is its characters plus the spaces and line breaks between them, so
    # twice the page's characters is room for any cell: one pdfium call per cell.
    buffer = (ctypes.c_ushort * (2 * textpage.count_chars() + 64))()
    found = []
    for group in cells_to_tables(_smallest(cells)):
        table = Table(None, group)  # type: ignore[arg-type]  # rows need only the cells
        x0, y0, x1, y1 = table.bbox
        if max(c[3] - c[1] for c in group) > settings.max_cell_share * (top - bottom):
            continue  # a form laid out as a grid: its prose stays in the page's flow
        rows = [
            [_cell_text(_text_in(textpage, buffer, _inset(cell, top, settings.inset))) if cell else "" for cell in row.cells]
            for row in table.rows
        ]
        rows = [row for row in rows if any(row)]
        if any(sum(1 for cell in row if cell) >= 2 for row in rows):
            found.append(TableFragment(index, top - y0, top - y1, x0, x1, rows))
    return found


def _smallest(cells: list[tuple[float, float, float, float]]) -> list[tuple[float, float, float, float]]:
    """The cells that hold no other cell. Borders drawn twice (a Word table's double
    lines) leave thin cells between the two strokes, and pdfplumber then also finds the
    larger cell around several of them: its text would come back twice."""
    by_left = sorted(cells)
    kept = []
    for x0, top, x1, bottom in cells:
        holds = False
        for other in by_left:
            if other[0] > x1:
                break
            if other != (x0, top, x1, bottom) and other[0] >= x0 - 0.5 and other[1] >= top - 0.5 \
                    and other[2] <= x1 + 0.5 and other[3] <= bottom + 0.5:
                holds = True
                break
        if not holds:
            kept.append((x0, top, x1, bottom))
    return kept


def _edges(horizontal: list[Rule], vertical: list[Rule], page_top: float, settings: PdfSettings) -> list[Edge]:
    """pdfplumber's edges (measured down from the MediaBox top) from pdfium's rulings,
    with a closing horizontal across the verticals that end at the same height."""
    edges = [_edge(r.start, r.end, page_top - r.at, page_top - r.at) for r in horizontal]
    edges += [_edge(r.at, r.at, page_top - r.end, page_top - r.start) for r in vertical if r.end - r.start >= settings.min_rule]
    ends: list[tuple[float, float]] = sorted(
        (y, r.at) for r in vertical if r.end - r.start >= settings.min_rule for y in (r.start, r.end)
    )
    run: list[tuple[float, float]] = []
    for y, x in [*ends, (float("inf"), 0.0)]:
        if run and y - run[-1][0] > settings.snap:
            xs = [at for _, at in run]
            if max(xs) - min(xs) >= settings.min_rule:
                at = page_top - sum(v for v, _ in run) / len(run)
                edges.append(_edge(min(xs), max(xs), at, at))
            run = []
        run.append((y, x))
    return edges


def _edge(x0: float, x1: float, top: float, bottom: float) -> Edge:
    return {
        "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top, "width": x1 - x0, "height": bottom - top,
        "orientation": "h" if bottom - top < x1 - x0 else "v",
    }


def _inset(cell: tuple[float, float, float, float], page_top: float, inset: float) -> tuple[float, float, float, float]:
    """A pdfplumber cell (x0, top, x1, bottom) as pdfium's rectangle (left, top, right,
    bottom in user space), a little inside its rulings."""
    x0, top, x1, bottom = cell
    return x0 + inset, page_top - top - inset, x1 - inset, page_top - bottom + inset


def _rulings(paths: list[Path], settings: PdfSettings = DEFAULT) -> tuple[list[Rule], list[Rule]]:
    """Horizontal and vertical straight segments of the page's paths, in page space.

    The segments of stroked paths count, so a stroked line and a rectangle's four edges
    become rulings, and so do those of thin filled bars (borders drawn as filled
    rectangles, whose two long edges snap into one); curves do not. A filled shape
    thicker than `settings.max_bar` is a background (a shaded cell, a highlighted line,
    a banner) and its edges are no rulings: a table that shades every line of a cell
    would otherwise cut the cell into one row per line.
    """
    horizontal: list[Rule] = []
    vertical: list[Rule] = []
    out = _PathOut()
    for obj, outer, bounds in paths:
        if not _may_rule(obj, bounds, settings, out):
            continue
        if not pdfium_c.FPDFPageObj_GetMatrix(obj, out.matrix):
            continue
        for x0, y0, x1, y1 in _segments(obj, _compose(_as_matrix(out.matrix), outer), out):
            if abs(y1 - y0) <= 1 and abs(x1 - x0) >= settings.snap:
                horizontal.append(Rule((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
            elif abs(x1 - x0) <= 1 and abs(y1 - y0) >= settings.snap:
                vertical.append(Rule((x0 + x1) / 2, min(y0, y1), max(y0, y1)))
    return horizontal, vertical


class _PathOut:
    """pdfium's out-parameters for reading paths, made once per page rather than once
    per path or point: a page can hold thousands of path segments."""

    def __init__(self) -> None:
        self.matrix = pdfium_c.FS_MATRIX()
        self.x, self.y = ctypes.c_float(), ctypes.c_float()
        self.fill, self.stroke = ctypes.c_int(), ctypes.c_int()


def _may_rule(obj: Any, bounds: tuple[float, float, float, float], settings: PdfSettings, out: _PathOut) -> bool:
    """Whether a path's segments may be rulings: not a dot, and not a filled shape
    thicker than a bar (a background). The draw mode is read only for paths past the
    size test, as it costs a pdfium call."""
    left, bottom, right, top = bounds
    if max(right - left, top - bottom) < settings.snap:
        return False  # a dot
    filled_only = pdfium_c.FPDFPath_GetDrawMode(obj, out.fill, out.stroke) and not out.stroke.value
    return not (filled_only and min(right - left, top - bottom) > settings.max_bar)


def _segments(obj: Any, matrix: Matrix, out: _PathOut) -> list[tuple[float, float, float, float]]:
    """The path's straight segments (x0, y0, x1, y1) in page space: each line-to from
    the point before it, and each closed subpath's closing line back to its start."""
    segments: list[tuple[float, float, float, float]] = []
    start = last = (0.0, 0.0)
    for k in range(pdfium_c.FPDFPath_CountSegments(obj)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, k)
        pdfium_c.FPDFPathSegment_GetPoint(segment, out.x, out.y)
        point = _apply(matrix, out.x.value, out.y.value)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = point
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
            segments.append((*last, *point))
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            segments.append((*point, *start))
        last = point
    return segments


def _text_in(textpage: pdfium.PdfTextPage, buffer: ctypes.Array, rect: tuple[float, float, float, float]) -> str:
    """pdfium's text of the characters whose boxes meet `rect` (left, top, right, bottom),
    lines split by CRLF, line-end hyphens marked as in `get_text_range`."""
    size = pdfium_c.FPDFText_GetBoundedText(textpage.raw, *rect, buffer, len(buffer))
    if size >= len(buffer):  # not expected (see find_tables), but never cut a cell short
        buffer = (ctypes.c_ushort * (pdfium_c.FPDFText_GetBoundedText(textpage.raw, *rect, None, 0) + 1))()
        size = pdfium_c.FPDFText_GetBoundedText(textpage.raw, *rect, buffer, len(buffer))
    return ctypes.string_at(buffer, 2 * max(size, 0)).decode("utf-16-le", errors="replace").rstrip("\x00")


SKIPPED_PARTS = ("", *LINE_END_HYPHENS)


def _cell_text(cell: str | None) -> str:
    """One cell's lines (pdfium's, or pdfplumber's) joined into one string."""
    if not cell:
        return ""
    cell = CID_RE.sub("", cell)  # glyphs pdfminer cannot map (a bullet in WinAnsi 0x7F)
    # pdfium marks a line-end hyphen without a line break after it: split there as well
    parts = [clean_text(part).strip() for part in SEGMENT_RE.findall(cell) if part.strip() not in SKIPPED_PARTS]
    return re.sub(r"\s+", " ", join_all(parts, frozenset())).strip()


def inside(line: Line, table: TableFragment) -> bool:
    middle = (line.left + line.right) / 2
    return table.left - 2 <= middle <= table.right + 2 and table.bottom - 2 <= line.baseline <= table.top + 2
