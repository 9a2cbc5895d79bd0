"""Trackers and tables: the other cells of an item's row (`table_row`), and a status word on a
short line beside the item (`tracker_status`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from crosswalk.align.cues import cue
from crosswalk.align.evidence.layout import WORD_RE, items_cited, states
from crosswalk.align.evidence.limits import LIMITS
from crosswalk.align.evidence.passage import Passage
from crosswalk.align.evidence.view import ResponseView
from crosswalk.model import Item

LABELLED_CELL_RE = re.compile(r"\s*[^\W\d_][\w ]{0,29}:\s*\S")  # a label and its value on one line


def table_rows(view: ResponseView) -> Iterable[tuple[Item, Passage]]:
    """The cells after an item in its row answer it, up to the next item the row
    states: a tracker's row that sets out a cause of concern and then its
    recommendation ("Cause of concern: ... Recommendation: ... | Completed") gives
    its status cell to the recommendation, not to the cause."""
    for start, end, item in view.statements:
        index = view.block_index(start)
        if index is None or view.blocks[index].kind != "table_row":
            continue
        stop = next((s for s in view.statement_starts[bisect_right(view.statement_starts, end - 1):]
                     if s >= end), view.blocks[index].end)
        stop = min(stop, view.blocks[index].end)
        if end < stop - 1 and WORD_RE.search(view.text, end, stop):
            yield item, view.passage(end, stop, "table_row")


def tracker_statuses(view: ResponseView) -> Iterable[tuple[Item, Passage]]:
    """A status word on a short line of its own beside the item ("Completed",
    "Accepted", "Not accepted", "Superseded"): in the two lines before it, or in the
    run of short lines after it (a tracker's cells, "Action taken", "Status: In
    progress") or under a "Status" label past the answer, up to the next item. A
    tracker keeps one layout: once an item's status is found after it, the line
    before the next item is the previous item's status."""
    follows = False
    for start, _, item in view.statements:
        index = view.block_index(start)
        if index is None:
            continue
        after = _cells_after(view, index)
        for near in (*(() if follows else (index - 1, index - 2)), *after):
            if not 0 <= near < len(view.blocks) or near == index:
                continue
            block = view.blocks[near]
            if block.end - block.start > LIMITS.status_cell_chars:
                continue
            if any(other is not item for other in items_cited(view, view.text[block.start : block.end])):
                continue  # "Recommendation 1: completed" beside the second item is the first's status
            if _status_cell(view, block.start, block.end):
                follows = follows or near > index
                yield item, view.passage(block.start, block.end, "tracker_status")
                break


def _status_cell(view: ResponseView, start: int, end: int) -> bool:
    return (view.no_step.overlaps(start, end) or view.progress.overlaps(start, end)
            or cue("acceptance").found_in(view.text, start, end) or cue("refusal").found_in(view.text, start, end))


def _cells_after(view: ResponseView, index: int) -> list[int]:
    """The short lines right after block `index`, up to a longer block or one that
    states an item: the cells a tracker prints under its item."""
    cells = []
    for near in range(index + 1, len(view.blocks)):
        block = view.blocks[near]
        if block.end - block.start > LIMITS.status_cell_chars or states(view, block):
            break
        cells.append(near)
    return (cells or [index + 1]) + _labelled_status_after(view, index)


def _labelled_status_after(view: ResponseView, index: int) -> list[int]:
    """The line under a "Status" label further down the item's section, past its
    answer ("Action we have taken" / prose / "Status" / "On track"), or a labelled
    status on a line of its own there ("Action: Ongoing"), before the next item: the
    value of the item's status cell."""
    for near in range(index + 1, min(len(view.blocks), index + 1 + LIMITS.labelled_status_reach)):
        block = view.blocks[near]
        if states(view, block):
            return []
        if near + 1 < len(view.blocks) and cue("status_label").found_in(view.text, block.start, block.end):
            return [near + 1]
        if (near > index + 1 and block.end - block.start <= LIMITS.status_cell_chars
                and LABELLED_CELL_RE.match(view.text, block.start, block.end)
                and _status_cell(view, block.start, block.end)):
            return [near]  # "Action: Ongoing" closing the item's section, past its answer
    return []
