"""The units the item rules read, in order: the document's blocks, a block of piped table
rows run together split one row a unit, a lead-in run on with its list in one paragraph
split into the lead-in and its list, and a table row's unit its item cell (the cells
after it answer the item; alignment reads them).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from crosswalk.extraction.extensions import spans_within, text_of
from crosswalk.extraction.item_grammar import FIRST_PERSON_SUBJECTS, PROGRESS_RE
from crosswalk.extraction.item_reading import GRAMMAR_FILE, LIMITS, SECTIONS_KEY, Unit, label_alone
from crosswalk.ingest.chrome import is_interposed
from crosswalk.resources import word_alternation, word_set

PIPE_OR_LINE_RE = re.compile(r"\n| \| ")
ROW_BOUNDARY_RE = re.compile(r"\|\s+(?=\|\s*#?[A-Za-z]{0,3}\d{1,3}[a-z]?\.?\s+\|)")  # "... | Open | | T2 | ..."
RUN_ON_LIST_RE = re.compile(r":\s+(?=[a-z])")  # "... should develop a plan to: develop A; review B; and ..."
# A lead-in whose clause the list finishes ends on a modal ("all forces should:"), on
# "ensure" or "make sure", or on an open "to" or "that" ("take steps to ensure that:"),
# "that" perhaps with the subject the list's parts go on from ("these were that the service:"); one
# that names a kind ("three areas where it must improve: A; B; and C") is read whole by
# the theme rules.
# What makes that clause direct, as a bulleted list's lead-in must (or name a kind) for its
# lines to be parts (item_lead_ins): a modal or an ensuring verb. "Members were advised
# that:" or "The officer undertook to:" leaves its clause open too, but what follows
# reports and asks nothing: a kind inside one of its parts is read by the theme rules.
_DIRECTING = "|".join(word_alternation(GRAMMAR_FILE, key) for key in ("directing_modals", "other_modals", "ensuring_verbs"))
DIRECTING_LEAD_RE = re.compile(r"\b(?:" + _DIRECTING + r")\b", re.I)
OPEN_LEAD_RE = re.compile(r"\b(?:" + _DIRECTING + "|" + word_alternation(GRAMMAR_FILE, "open_lead_endings")
                          + r"|that\s+(?:the\s+)?[\w’']+)\s*$", re.I)
INDEX_CELL_RE = re.compile(r"\|?\s*#?[A-Za-z]{0,3}\d{1,3}[a-z]?\.?\s*")  # "| T1", "3.", "R12": a row's index, no item


def units(doc: Doc) -> list[Unit]:
    text = text_of(doc)
    blocks = _run_on_lists(doc, text, _row_lines(text, list(doc._.blocks)))
    found = []
    for index, (start, end, kind) in enumerate(blocks):
        if is_interposed(text[start:end]):
            continue  # "Hide Ad", a byline or a date between a sentence and the one carrying it on: no unit of the text
        if kind != "table_row" and len(cells_of(text[start:end])) > 1:
            kind = "table_row"  # "Recommendation | Response | Status", flattened with pipes
        if kind == "table_row" and not is_header_row(text[start:end]):
            # The item is the first cell; the other cells answer it (alignment reads them).
            start = _after_index_cell(text, start, end)
            end = start + _item_cells_length(text[start:end])
        found.append(Unit(start, end, kind, text[start:end], index == len(blocks) - 1))
    return found


def _row_lines(text: str, blocks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A block of piped table rows run together ("| T1 | ... | Open | | T2 | ... |", a table
    flattened as text) is one row a unit: each row states its own item. A row starts where
    one row's closing pipe meets the next row's opening pipe and its index cell."""
    rows: list[tuple[int, int, str]] = []
    for start, end, kind in blocks:
        cuts = [m.end() for m in ROW_BOUNDARY_RE.finditer(text, start, end)]
        if not cuts or not text.startswith("|", start):
            rows.append((start, end, kind))
            continue
        bounds = [start, *cuts, end]
        rows += [(a, b, "table_row") for a, b in zip(bounds, bounds[1:])]
    return rows


def _run_on_lists(doc: Doc, text: str, blocks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A paragraph that runs a lead-in on with its list ("By May, the service should
    develop a plan to: develop A; review B; and make sure C."), as a page does that set its
    bullets inline, is two units: the lead-in, then its list, a line carrying the lead-in's
    sentence on in lower case, which the list rules split at its semicolons as they do a
    list's lines that lost their bullets (item_lists.list_part)."""
    found: list[tuple[int, int, str]] = []
    for start, end, kind in blocks:
        cut = _run_on_cut(doc, text, start, end) if kind in ("paragraph", "list_item") else None
        found += [(start, end, kind)] if cut is None else [(start, cut[0], kind), (cut[1], end, "paragraph")]
    return found


def _run_on_cut(doc: Doc, text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a block's lead-in ends (after its colon) and its run-on list starts: the
    last colon before the list's first semicolon, after a lead-in left open whose sentence
    directs (a modal or an ensuring verb before the colon) or names a kind ("two causes of
    concern: these were that the service:"), as a bulleted list's lead-in does, followed by
    three or more lower-case parts split by semicolons, each no longer than a list's line,
    in one sentence."""
    first = text.find(";", start, end)
    if first < 0:
        return None
    colons = list(RUN_ON_LIST_RE.finditer(text, start, first))
    if not colons or not OPEN_LEAD_RE.search(text, start, colons[-1].start()):
        return None
    lead_span = doc.char_span(colons[-1].start(), colons[-1].start() + 1, alignment_mode="expand")
    if lead_span is None:
        return None
    sentence = lead_span.sent  # the extraction's own sentences, as every other rule reads them
    lead_start = max(start, sentence.start_char)
    if not DIRECTING_LEAD_RE.search(text, lead_start, colons[-1].start()) \
            and not spans_within(doc, SECTIONS_KEY, lead_start, colons[-1].start()):
        return None  # "Members were advised that: ...": an open clause that directs nobody and names no kind
    rest = text[colons[-1].end() : end]
    parts = [p for p in rest.split(";") if p.strip()]
    if len(parts) < 3 or sentence.end_char < colons[-1].end() + len(rest.rstrip()) \
            or any(len(p.split()) > LIMITS.list_line_words_max for p in parts):
        return None
    return colons[-1].start() + 1, colons[-1].end()


def _after_index_cell(text: str, start: int, end: int) -> int:
    """Where a row's item cell starts: a tracker's row that opens with its index ("| T1 |
    Cause of concern: ... | Directed at | Status") gives the item in the cell after it."""
    separator = PIPE_OR_LINE_RE.search(text, start, end)
    if separator is None or not INDEX_CELL_RE.fullmatch(text[start : separator.start()]) \
            or _label_cell(text[start : separator.start()]):
        return start  # an index that is the item's label ("R1") types the item: it stays (_item_cells_length)
    return separator.end()


def _item_cells_length(row: str) -> int:
    """How much of a row (from its item cell) states the item: the first cell, or, when that
    cell is the item's label alone and the cell after it states the item ("AFI 1 | The
    force should ... | Complete", "AFI 3 | Improve how ... | In progress"), the label and
    that cell, so that the label types and numbers the item as it does a labelled line. A
    tracker's "AFI 1 | We have introduced ... | Complete" gives its update in that cell
    (`_reports_progress`): the label cell alone is no item."""
    cells = PIPE_OR_LINE_RE.split(row)
    separator = PIPE_OR_LINE_RE.search(row)
    if separator is not None and len(cells) > 1 and _label_cell(cells[0]) and cells[1].strip() \
            and not _reports_progress(cells[1]):
        return separator.end() + len(cells[1].rstrip())
    return len(cells[0].rstrip())


# "A new policy was published in May": a past verb group, as a tracker reports what was done
PAST_RE = re.compile(r"\b(?:" + "|".join(sorted(word_set(GRAMMAR_FILE, "past_auxiliaries"))) + r")\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en)\b")


def _reports_progress(cell: str) -> bool:
    """A cell that reports the writer's work rather than stating an item: it opens with the
    first person ("We have introduced ...") or with a verb group of progress or of the past
    within its first words ("Training has been delivered ...", "A new policy was published
    ..."); an item's wording opens with its verb or its subject's modal ("Improve how ...")."""
    words = cell.split()
    if not words:
        return False
    if words[0].lower() in FIRST_PERSON_SUBJECTS:
        return True
    found = PROGRESS_RE.search(cell) or PAST_RE.search(cell)
    return found is not None and len(cell[: found.start()].split()) <= LIMITS.progress_subject_words


def _label_cell(cell: str) -> bool:
    """A cell that is an item's label alone ("AFI 1", "R2", "Recommendation 3")."""
    return label_alone(cell) is not None


def cells_of(text: str) -> list[str]:
    """A table row's cells: one a line, or separated by pipes in a flattened table."""
    return [cell for cell in PIPE_OR_LINE_RE.split(text) if cell.strip()]


def is_header_row(text: str) -> bool:
    """A table's header row: short labels in every cell ("Recommendation", "Response")."""
    cells = cells_of(text)
    return bool(cells) and all(len(cell.split()) <= LIMITS.header_cell_words_max and not cell.rstrip().endswith(".") for cell in cells)
