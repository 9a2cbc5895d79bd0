"""Answers to several items at once (`list_answer`): the prose after a run of items set out on
their own lines, and the paragraphs after one that states items in prose. Weaker than an
answer in an item's own place."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from crosswalk.align.cues import cue
from crosswalk.align.evidence.layout import items_cited, own_line, region_after, states
from crosswalk.align.evidence.limits import LIMITS
from crosswalk.align.evidence.passage import Passage
from crosswalk.align.evidence.view import ResponseView
from crosswalk.align.similarity import Coverage, core_words
from crosswalk.model import BlockSpan, Item


def list_answer(view: ResponseView, index: int) -> Iterable[tuple[Item, Passage]]:
    """The prose right after a run of items the response sets out (a summary of the
    concern and its recommendations, their headings and lead-ins between them)
    answers the run as a whole: weaker than an answer in an item's own place."""
    if index + 1 >= len(view.blocks) or view.blocks[index + 1].kind not in ("paragraph", "list_item"):
        return
    run: list[Item] = []
    for block in reversed(view.blocks[: index + 1]):
        stated = [item for s, e, item in view.statements if block.start <= s < block.end and own_line(view, s, e)]
        if not stated and block.kind != "heading":
            break
        run.extend(item for item in stated if item not in run)
    region = region_after(view, index, run)
    if region is None:
        return
    # the responder's own words: the inspectorate's verdict retold after the list answers nothing
    first = next((s for s, e in view.answering if region[0] <= s < region[1]), None)
    if first is not None:
        passage = view.passage(first, region[1], "list_answer")
        yield from ((item, passage) for item in run)


def prose_answers(view: ResponseView) -> Iterable[tuple[Item, Passage]]:
    """The paragraphs after one that states items in prose ("It makes several
    recommendations, including A and B.") answer them together when one of them states
    a step and none names an item of its own: the next paragraph (with the list its
    lead-in ends in ":" opens), else the first of a few more, before the next heading,
    that holds a commitment ("Some positives were found ... A formal holding to
    account process is under way.").
    As weak as the answer to a run of items set out on their own lines."""
    if view.monitoring:
        return
    stated: dict[int, list[Item]] = {}
    for start, end, item in view.statements:
        index = view.block_index(start)
        if (index is not None and view.blocks[index].kind == "paragraph" and not own_line(view, start, end)
                and not item.historic and item.type != "innovative_practice"):
            stated.setdefault(index, [])
            stated[index] += [item] if item not in stated[index] else []
    for index, items in stated.items():
        passage = next((p for n, p in enumerate(_answers_after_prose(view, index, items))
                        if p.acts and not p.refuses and (n == 0 or _commits(view, p))), None)
        if passage is not None:
            yield from ((item, passage) for item in items)


def _about_one(view: ResponseView, block: BlockSpan, items: Sequence[Item]) -> bool:
    """Whether the block repeats the words of one of `items` (as a topic sentence does)."""
    words = core_words(view.text[block.start : block.end])
    return bool(Coverage([item.text for item in items], [words]).holds(LIMITS.topic_min_words, LIMITS.topic_min_share).any())


def _commits(view: ResponseView, passage: Passage) -> bool:
    """Whether the passage holds one of the response's commitments. Further from the
    items than the next paragraph, a step told in the past ("has improved the way it
    identifies ...") is as often the report's praise retold as the responder's own;
    a commitment (which extraction keeps only in the responder's voice) is not."""
    return any(s < passage.end and passage.start < e for s, e, _ in view.commitments)


def _answers_after_prose(view: ResponseView, index: int, items: Sequence[Item]) -> Iterable[Passage]:
    """Each paragraph after block `index` (with the list entries its closing colon leads
    into), up to `LIMITS.prose_answer_reach` of them, the next heading, or a block that names
    an item (by number, or a recommendation by its words: "the recommendation on
    custody records", whose answer it is); past the next paragraph, up to one about one of `items` in its words
    (the answer to that item alone, `topics.topics`)."""
    at, seen = index + 1, 0
    while at < len(view.blocks) and seen < LIMITS.prose_answer_reach:
        block = view.blocks[at]
        if (block.kind != "paragraph" or states(view, block) or items_cited(view, view.text[block.start : block.end])
                or cue("item_in_words").found_in(view.text, block.start, block.end)):
            return
        if seen and _about_one(view, block, items):
            return
        end, at = block.end, at + 1
        if view.text[block.start : block.end].rstrip().endswith(":"):
            while (at < len(view.blocks) and view.blocks[at].kind == "list_item"
                   and not states(view, view.blocks[at])):
                end, at = view.blocks[at].end, at + 1
        seen += 1
        first = next((s for s, _ in view.answering if block.start <= s < block.end), None)
        if first is not None:
            yield view.passage(first, end, "list_answer")
