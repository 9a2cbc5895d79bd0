"""What the evidence finders ask of a response's layout: whether an item stands on a line of
its own, which items a passage cites by number, which blocks after an item answer it. Several
families of finders ask the same questions, so they are answered here once."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from crosswalk.align.citations import ANSWER_LEAD_RE, CITATION_RE, TYPE_OF, cited_labels, resolve
from crosswalk.align.evidence.limits import LIMITS
from crosswalk.align.evidence.view import ResponseView
from crosswalk.answer_headings import is_answer_heading
from crosswalk.extraction.references import fills_block
from crosswalk.model import BlockSpan, Item

PROSE = ("paragraph", "list_item")  # blocks in which an item may be stated in running prose
# a passage has a word in it: cells of codes alone ("F", "P", "F/P", ticks) are a key the
# row's reader looks up, not a passage that answers the item; a label alone is no answer
WORD_RE = re.compile(r"[^\W\d_]{3,}")


def own_line(view: ResponseView, start: int, end: int) -> bool:
    index = view.block_index(start)
    if index is None:
        return False
    block = view.blocks[index]
    # A heading is a line of its own; a list entry when the item fills it or opens it
    # after a label ("Recommendation 2 (page 14):"); an item named at the end of a
    # long entry of minutes is stated in prose.
    return (block.kind == "heading" or fills_block(start, end, block.start, block.end)
            or block.kind == "list_item" and start - block.start <= LIMITS.list_label_chars)


def items_cited(view: ResponseView, text: str) -> list[Item]:
    own = [i for _, _, i in view.statements if i not in view.named_elsewhere]
    found: list[Item] = []
    for _, _, label in cited_labels(text):
        item = resolve(label, own, view.elsewhere) or _nth_of_register(view, label)
        if item is not None and item not in found:
            found.append(item)
    return found


def _nth_of_register(view: ResponseView, label: str) -> Item | None:
    """"Recommendation 2" in a response that states no recommendation: the second of
    the inspection's register (as its report numbers them, in reading order); "the
    cause of concern" of an inspection with one."""
    prefix = label.rstrip("0123456789")
    if prefix not in TYPE_OF or any(i.type == TYPE_OF[prefix] for _, _, i in view.statements
                                    if i not in view.named_elsewhere):
        return None
    ordered = [e for e in view.register if e.type == TYPE_OF[prefix] and e.parent_id is None and not e.historic]
    if prefix == label:
        return ordered[0].members[0][1] if len(ordered) == 1 else None
    number = int(label[len(prefix):])
    return ordered[number - 1].members[0][1] if 0 < number <= len(ordered) else None


def opens_with_citation(view: ResponseView, block: BlockSpan) -> bool:
    match = CITATION_RE.search(view.text, block.start, min(block.end, block.start + LIMITS.citation_reach))
    return match is not None and (match.start() - block.start <= 4
                                  or ANSWER_LEAD_RE.fullmatch(view.text, block.start, match.start()) is not None)


def region_after(view: ResponseView, index: int, answering: Sequence[Item]) -> tuple[int, int] | None:
    """The blocks after block `index` that answer `answering`: up to the next heading,
    citation, or statement of another item (a restatement of the same item is skipped)."""
    start = end = None
    prose = False  # lead-in headings alone ("Recommendation:") answer nothing
    for block in view.blocks[index + 1 :]:
        leads_in = lead_in(view, block) or answer_heading(view, block)
        if (block.kind == "heading" and not leads_in) or opens_with_citation(view, block) and not (
                start is None and _cites_only(view, block, answering)):
            break  # a heading that ends in ":" leads into a list of the answer
        inside = [item for s, _, item in view.statements if block.start <= s < block.end]
        if inside and any(item not in answering for item in inside):
            break
        if any(item not in answering for item in items_cited(view, view.text[block.start : block.end])):
            break  # "... under recommendation 1": the answer to another item
        if any(block.start <= c < block.end for c in view.comment_starts) and view.monitoring:
            break
        if start is None and (inside or _within_statement(view, block, answering)):
            continue  # the item restated under its heading (each paragraph of it)
        if start is None and answer_heading(view, block):
            continue  # "Force response": the answer starts under it
        start = block.start if start is None else start
        end = block.end
        prose = prose or block.kind not in ("heading", "footnote")  # a footnote answers nothing
    return (start, end) if start is not None and end is not None and prose else None


def _within_statement(view: ResponseView, block: BlockSpan, answering: Sequence[Item]) -> bool:
    """Whether the block lies inside a statement of one of `answering` that runs over
    several paragraphs: the item's own words, not the answer to it."""
    return any(s <= block.start and block.end <= e for s, e, item in view.statements if item in answering)


def _cites_only(view: ResponseView, block: BlockSpan, answering: Sequence[Item]) -> bool:
    """The block cites items, all of them among `answering`: under a heading that
    cites recommendations 7 and 9, a paragraph opening "Recommendation 7 ..." goes on
    with the same answer."""
    cited = items_cited(view, view.text[block.start : block.end])
    return bool(cited) and all(item in answering for item in cited)


def states(view: ResponseView, block: BlockSpan) -> bool:
    """Whether an item's statement starts inside `block`."""
    at = bisect_left(view.statement_starts, block.start)
    return at < len(view.statement_starts) and view.statement_starts[at] < block.end


def lead_in(view: ResponseView, block: BlockSpan) -> bool:
    """A heading ending in ":" ("For PCCs, this should include the following:") leads
    into the parts of the item restated above it, its answer under them."""
    return block.kind == "heading" and view.text[block.start : block.end].rstrip().endswith(":")


def answer_heading(view: ResponseView, block: BlockSpan) -> bool:
    """"Force response", "Progress update", "Our response": a heading that introduces
    the answer to the item above it, as a lead-in ending in a colon does."""
    return block.kind == "heading" and is_answer_heading(view.text, block.start, block.end)
