"""Items the response restates on lines of their own (a heading, a list entry), answered by the
blocks under them."""

from __future__ import annotations

from collections.abc import Iterable

from crosswalk.align.evidence.layout import answer_heading, lead_in, own_line, region_after
from crosswalk.align.evidence.list_answers import list_answer
from crosswalk.align.evidence.passage import Passage
from crosswalk.align.evidence.view import ResponseView
from crosswalk.model import BlockSpan, Item


def restatements(view: ResponseView) -> Iterable[tuple[Item, Passage]]:
    """The blocks after an item the response restates on a line of its own answer it
    (`restatement`); after the last of a run of such items, they answer the run
    (`list_answers.list_answer`)."""
    if view.monitoring:
        return  # the record states its own items; its comments answer them
    for start, end, item in view.statements:
        index = view.block_index(start)
        if index is None or not own_line(view, start, end):
            continue
        if index > 0 and _states_other(view, view.blocks[index - 1], item):
            yield from list_answer(view, index)  # the last of a list of items: what follows answers the list
            continue
        following = view.blocks[index + 1] if index + 1 < len(view.blocks) else None
        if following is not None and (following.kind in ("paragraph", "list_item") or answer_heading(view, following)
                                      or lead_in(view, following)):
            region = region_after(view, index, [item, *_parts_of(view, item)])
            if region is not None:
                yield item, view.passage(*region, "restatement")


def _parts_of(view: ResponseView, item: Item) -> list[Item]:
    """The parts of a multi-part item the response states with it ("... should notify
    HMICFRS of any allegations that:" and its bullets): the answer under them answers
    the lead-in item, and the parts through it (their parent's status)."""
    return [part for _, _, part in view.statements if part.parent_id is not None and part.parent_id == item.item_id]


def _states_other(view: ResponseView, block: BlockSpan, item: Item) -> bool:
    return any(block.start <= s < block.end and other is not item and own_line(view, s, e)
               for s, e, other in view.statements)
