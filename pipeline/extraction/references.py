"""Which item a passage answers, from the document itself.

Two signals, strongest first:
- an explicit reference: "R4", "recommendation 2", "(recommendation 3)", "AFI 1", "the
  cause of concern" (when the document has exactly one current cause of concern);
- a restatement used as a heading: a response that quotes an item on its own line
  answers it in the paragraphs that follow, up to the next heading or restated item.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from crosswalk.item_labels import LABEL_NUMBER, TYPE_PREFIX, names_pattern, prefix_pattern
from crosswalk.model import Item
from crosswalk.resources import word_number

REC, AFI, COC = "recommendation", "area_for_improvement", "cause_of_concern"
REFERENCE_RE = re.compile(
    r"\b(?:(?P<rec>" + names_pattern(REC, plural=True) + r"|rec\.?)\s*(?:no\.?\s*)?(?P<rec_n>" + LABEL_NUMBER + r")\b"
    r"|" + prefix_pattern(REC) + "(?P<r_n>" + LABEL_NUMBER + r")\b"
    r"|(?:" + prefix_pattern(AFI) + "|" + names_pattern(AFI) + r")\s*(?P<afi_n>" + LABEL_NUMBER + r")\b"
    r"|(?P<coc>" + names_pattern(COC) + r")\b)",
    re.I,
)
OWN_LINE_SHARE = word_number("extraction_words.json", "own_line_share", float)  # an item filling this much of its block stands on its own line (`fills_block`)


def explicit_references(items: Sequence[Item], text: str) -> list[str]:
    """Item ids a text names explicitly, in the order named."""
    found: list[str] = []
    for match in REFERENCE_RE.finditer(text):
        if match["rec_n"] or match["r_n"]:
            item = by_number(items, "recommendation", int(match["rec_n"] or match["r_n"]))
        elif match["afi_n"]:
            item = by_number(items, "area_for_improvement", int(match["afi_n"]))
        else:
            concerns = [i for i in items if i.type == "cause_of_concern" and not i.historic]
            item = concerns[0] if len(concerns) == 1 else None
        if item is not None and item.item_id not in found:
            found.append(item.item_id)
    return found


def by_number(items: Sequence[Item], type_: str, number: int) -> Item | None:
    """The item labelled with this number, else the n-th current item of the type."""
    labelled = [i for i in items if i.number == f"{TYPE_PREFIX[type_]}{number}"]
    if labelled:
        return labelled[0]
    ordered = [i for i in items if i.type == type_ and not i.historic]
    return ordered[number - 1] if 0 < number <= len(ordered) else None


def fills_block(start: int, end: int, block_start: int, block_end: int) -> bool:
    """Whether an item stated at [start, end) fills its block [block_start, block_end) enough to
    stand on its own line (a heading's or an entry's whole text, not a phrase of a paragraph):
    what follows it then answers it, in a response's text and in its crosswalk alike."""
    return end - start >= OWN_LINE_SHARE * (block_end - block_start)


def block_at(blocks: Sequence[tuple[int, int, str]], position: int) -> int | None:
    """Index of the block holding a character position (blocks are in order and do not
    overlap), found by bisection: responses are scanned once per item and mention."""
    index = bisect_right(blocks, (position, float("inf"))) - 1
    return index if index >= 0 and position < blocks[index][1] else None


def answer_regions(items: Sequence[Item], blocks: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, item_id): the paragraphs after each item stated on its own line (a
    heading, a quoted finding, "Recommendation 1" and its text), up to the next heading
    or item."""
    spans = [(s, e, item.item_id) for item in items for s, e in item.statements]
    starts = sorted(s for s, _, _ in spans)
    regions = []
    for start, end, item_id in sorted(spans):
        index = block_at(blocks, start)
        if index is None or index + 1 >= len(blocks) or blocks[index + 1][2] != "paragraph":
            continue
        block_start, block_end, _ = blocks[index]
        if not fills_block(start, end, block_start, block_end):
            continue  # stated inside a paragraph: the paragraph goes on about it
        region_end = blocks[-1][1]
        for block_start, block_end, kind in blocks[index + 1 :]:
            if kind == "heading" or _holds_any(starts, block_start, block_end):
                region_end = block_start
                break
        regions.append((blocks[index + 1][0], region_end, item_id))
    return regions


def _holds_any(sorted_positions: list[int], start: int, end: int) -> bool:
    index = bisect_right(sorted_positions, start - 1)
    return index < len(sorted_positions) and sorted_positions[index] < end


def answered_item(
    items: Sequence[Item], regions: Sequence[tuple[int, int, str]], text: str, start: int, end: int
) -> str | None:
    """The item a passage at [start, end) answers, or None."""
    explicit = explicit_references(items, text[start:end])
    if explicit:
        return explicit[0]
    return next((item_id for s, e, item_id in regions if s <= start < e), None)
