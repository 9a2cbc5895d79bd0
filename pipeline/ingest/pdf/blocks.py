"""Group physical lines and table fragments into blocks, across columns and pages."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from statistics import median

from crosswalk.ingest.lines import is_bullet, is_labelled, split_inline_bullets
from crosswalk.ingest.pdf.model import Line, PageText, TableFragment
from crosswalk.ingest.pdf.settings import DEFAULT, PdfSettings
from crosswalk.ingest.pdf.text import WORD_RE, _hyphen_end, ends_sentence, join_all, join_lines
from crosswalk.model import Block


@dataclass
class Layout:
    """Document-wide geometry: where a full line ends, how far apart lines sit (in font
    sizes, for each size: footnotes are set tighter or looser than the text), and the
    size of the body text."""

    column_right: float
    pitch: float  # baseline-to-baseline distance inside a paragraph, in font sizes
    pitches: dict[int, float] = field(default_factory=dict)  # the same, by rounded font size
    body_size: float = 0.0
    rights: dict[int, float] = field(default_factory=dict)  # where full lines end, by left edge (10 pt steps)

    def pitch_for(self, size: float) -> float:
        return self.pitches.get(round(size), self.pitch)

    def right_for(self, left: float) -> float:
        """Where a full line that starts at `left` ends: a form's narrow column, an
        indented list, end short of the page's widest text."""
        return self.rights.get(round(left / 10), self.column_right)


Item = Line | TableFragment


def items_in_order(pages: Sequence[PageText]) -> Iterator[Item]:
    """Lines in reading order with each table placed before the first line below it."""
    for page in pages:
        tables = sorted(page.tables, key=lambda t: -t.top)
        for line in page.lines:
            while tables and line.baseline < tables[0].top:
                yield tables.pop(0)
            yield line
        yield from tables


def measure_layout(lines: Sequence[Line]) -> Layout:
    """Where full lines end (95th percentile of right edges), the usual line pitch
    overall and for each font size, and the body size (the size of most lines)."""
    if not lines:
        return Layout(0.0, 1.2)
    rights = sorted(line.right for line in lines)
    by_size: dict[int, list[float]] = defaultdict(list)
    for a, b in zip(lines, lines[1:]):
        if a.page == b.page and abs(a.size - b.size) < 0.05 * a.size and 0 < a.baseline - b.baseline < 3 * a.size:
            by_size[round(a.size)].append((a.baseline - b.baseline) / a.size)
    ratios = [ratio for found in by_size.values() for ratio in found]
    pitches = {size: median(found) for size, found in by_size.items() if len(found) >= 5}
    body = Counter(round(line.size, 1) for line in lines).most_common(1)[0][0]
    by_left: dict[int, list[float]] = defaultdict(list)
    for line in lines:
        by_left[round(line.left / 10)].append(line.right)
    column = rights[int(0.95 * (len(rights) - 1))]
    lefts = {left: sorted(found)[int(0.95 * (len(found) - 1))] for left, found in by_left.items() if len(found) >= 8}
    return Layout(column, median(ratios) if ratios else 1.2, pitches, body, lefts)


def _notes(lines: Sequence[Line], layout: Layout, settings: PdfSettings = DEFAULT) -> set[int]:
    """Footnotes: the lines at the foot of a page, after its last line of body text,
    set smaller than the body (ids of the Line objects)."""
    notes: set[int] = set()
    by_page: dict[int, list[Line]] = defaultdict(list)
    for line in lines:
        by_page[line.page].append(line)
    for page_lines in by_page.values():
        for line in reversed(page_lines):
            if line.size > settings.note_size * layout.body_size:
                break
            notes.add(id(line))
    return notes


def group_blocks(items: Sequence[Item], settings: PdfSettings = DEFAULT) -> list[Block]:
    """Turn lines and table fragments into blocks, across page breaks.

    Footnotes are blocks of their own kind. At the foot of a page that ends mid-sentence
    they wait until the paragraph has finished on the next page, so the paragraph is one
    block and no sentence is cut; each keeps an anchor at the page break, where the
    reader (and pdfium's reading order) meets it.
    """
    lines = [item for item in items if isinstance(item, Line)]
    layout = measure_layout(lines)
    notes = _notes(lines, layout, settings)
    vocab = frozenset(WORD_RE.findall(" ".join(line.text for line in lines).lower()))
    grouper = _Grouper(layout, notes, vocab, settings)
    for item in items:
        grouper.add(item)
    return grouper.finish()


class _Grouper:
    """Blocks built from items in reading order: the paragraph being read, the footnotes
    held back while it runs over a page break, and the table being stitched are state
    that each item changes, so each kind of item is one method over it."""

    def __init__(self, layout: Layout, notes: set[int], vocab: frozenset[str], settings: PdfSettings) -> None:
        self.layout, self.notes, self.vocab, self.settings = layout, notes, vocab, settings
        self.blocks: list[Block] = []
        self.current: list[Line] = []
        # footnotes held back while their page's last sentence goes on, by page: how many
        # lines of `current` came before that page's break, and the footnote lines
        self.waiting: list[tuple[int, list[Line]]] = []
        self.table = _TableAssembler()
        self.previous: Item | None = None

    def add(self, item: Item) -> None:
        """The next item: a table fragment ends the paragraph; a footnote line may wait
        for the paragraph to finish; any other line carries on the paragraph or starts one."""
        if isinstance(item, TableFragment):
            self._close()
            self.blocks.extend(self.table.add(item, continues_table=isinstance(self.previous, TableFragment)))
        elif self._held_back(item):
            self._hold(item)
            return
        else:
            self.add_line(item)
        self.previous = item

    def _held_back(self, line: Line) -> bool:
        """A footnote line waits when footnotes already wait, or when the paragraph above
        it (body text) has not ended its sentence: the page break cut it."""
        if id(line) not in self.notes:
            return False
        last = self.current[-1] if self.current else None
        return bool(self.waiting) or (last is not None and id(last) not in self.notes and not ends_sentence(last.text))

    def _hold(self, line: Line) -> None:
        """Keep a footnote line back with its page's others, noting where its page broke."""
        if not self.waiting or self.waiting[-1][1][-1].page != line.page:
            self.waiting.append((len(self.current), []))
        self.waiting[-1][1].append(line)

    def add_line(self, line: Line) -> None:
        """A line ends the table before it, and carries on the paragraph or starts the next."""
        self.blocks.extend(self.table.finish())
        if self.current and continues(self.current, line, self.layout, self.settings):
            self.current.append(line)
        else:
            self._close()
            self.current = [line]

    def _close(self) -> None:
        """End the paragraph: whole with its held-back footnotes after it, as footnotes
        when all its lines are, else as prose."""
        if self.waiting:
            self.blocks.extend(_paragraph_over_notes(self.current, self.waiting, self.layout, self.vocab, self.settings))
            self.waiting = []
        elif self.current and all(id(line) in self.notes for line in self.current):
            self.blocks.extend(_footnotes(_paragraph(self.current, self.vocab)))
        else:
            self.blocks.extend(_paragraph(self.current, self.vocab))
        self.current = []

    def finish(self) -> list[Block]:
        """The blocks, once the last paragraph and table are closed."""
        self._close()
        self.blocks.extend(self.table.finish())
        return self.blocks


def _paragraph_over_notes(lines: Sequence[Line], waiting: Sequence[tuple[int, Sequence[Line]]], layout: Layout,
                          vocab: frozenset[str], settings: PdfSettings) -> list[Block]:
    """A paragraph that page breaks cut above their pages' footnotes: the paragraph
    whole, each page's footnotes after the block that holds its break, anchored there."""
    text = _joined(lines, vocab)
    paragraph = _split_paragraph(text)
    places, position = [], 0
    for block in paragraph:  # where each block of the paragraph starts in its joined text
        found = text.find(block.text, position)
        places.append(found)
        position = max(position, found)
    out: list[Block] = []
    pending = [(_break_at(lines, cut_at, text, vocab), held) for cut_at, held in waiting]  # each page's break, its notes
    for index, block in enumerate(paragraph):
        out.append(block)
        end = places[index + 1] if index + 1 < len(paragraph) and places[index + 1] >= 0 else len(text)
        while pending and (places[index] < 0 or index == len(paragraph) - 1 or pending[0][0] < end):
            at, held = pending.pop(0)
            brk = at - places[index]
            anchor = brk if places[index] >= 0 and 0 < brk < len(block.text) else None
            out.extend(replace(note, anchor=anchor) for note in _footnotes(_plain_blocks(held, layout, vocab, settings)))
    return out


def _break_at(lines: Sequence[Line], cut_at: int, text: str, vocab: frozenset[str]) -> int:
    """Where the page break after `lines[:cut_at]` falls in the joined text of `lines`
    (a hyphen the join took out moves it back a character)."""
    head = _joined(lines[:cut_at], vocab)
    size = 0
    for a, b in zip(head, text):
        if a != b:
            break
        size += 1
    return size


def _footnotes(blocks: list[Block]) -> list[Block]:
    """Footnotes are blocks of their own kind: never a heading, however short and
    unpunctuated ("103 Commons Library research briefing CBP-10099"), which would end the
    section it sits in, and never prose that an answer is read from. Bulleted lines in
    the small type at a page's foot stay list items (an Ofsted judgement's last points)."""
    return [block if block.kind == "list_item" else Block("footnote", block.text) for block in blocks]


def _plain_blocks(lines: Sequence[Line], layout: Layout, vocab: frozenset[str], settings: PdfSettings) -> list[Block]:
    """Lines (no tables, no footnotes to hold back) grouped into blocks, as any other
    paragraph's lines are."""
    grouper = _Grouper(layout, set(), vocab, settings)
    for line in lines:
        grouper.add_line(line)
    return grouper.finish()


def _paragraph(lines: Sequence[Line], vocab: frozenset[str]) -> list[Block]:
    return _split_paragraph(_joined(lines, vocab))


def _joined(lines: Sequence[Line], vocab: frozenset[str]) -> str:
    return join_all((line.text for line in lines), vocab)


def _split_paragraph(text: str) -> list[Block]:
    return split_inline_bullets(text) if text.strip() else []


def continues(block: Sequence[Line], line: Line, layout: Layout, settings: PdfSettings = DEFAULT) -> bool:
    """Whether `line` carries on the block, from the text and the geometry together.

    Within a page a paragraph's lines sit one pitch apart, share a left edge (or hang
    under a bullet) and every line but the last is full: the next line's first word
    would not have fitted after it. Across a page break only the text can tell: the
    block carries on when the page ended mid-sentence.
    """
    prev = block[-1]
    cur_text, prev_text = line.text.strip(), prev.text.rstrip()
    if is_bullet(cur_text) or not _aligned(block, line) or _next_number(block[0].text, cur_text):
        return False
    hyphenated = _hyphen_end(prev_text) and cur_text[:1].isalnum()
    full = prev.right + 0.25 * prev.size + line.first_word > layout.right_for(prev.left) - settings.column_gap
    terminal = ends_sentence(prev_text)
    if line.page != prev.page:
        return hyphenated or (not terminal and (full or cur_text[:1].islower()))
    gap = (prev.baseline - line.baseline) / max(prev.size, line.size)
    if gap <= 0.3 or gap > layout.pitch_for(line.size) * settings.pitch_slack + 0.05 or abs(prev.size - line.size) > 0.08 * max(prev.size, line.size):
        return False
    if hyphenated:
        return True
    if full:  # a full line ending a sentence may still go on, unless a label follows
        return not (terminal and is_labelled(cur_text))
    return cur_text[:1].islower() and not terminal


NUMBER_RE = re.compile(r"^\s*\(?(\d{1,3})[.)]?\s")


def _next_number(first: str, line: str) -> bool:
    """`line` opens with the number after the one that opened the block ("58 ..." then
    "59 ..."): the next footnote or list item, however full the line above was."""
    a, b = NUMBER_RE.match(first), NUMBER_RE.match(line)
    return bool(a and b) and int(b.group(1)) == int(a.group(1)) + 1  # type: ignore[union-attr]


def _aligned(block: Sequence[Line], line: Line) -> bool:
    """Same left edge, a hanging indent under a bullet or label (or a footnote's number,
    up to three digits), or a first-line indent."""
    prev, first = block[-1], block[0]
    if abs(line.left - prev.left) <= 0.6 * line.size:
        return True
    if len(block) != 1:
        return False
    if is_bullet(first.text) or is_labelled(first.text) or NUMBER_RE.match(first.text):
        return line.left > first.left
    return 0 < prev.left - line.left <= 4 * line.size


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
