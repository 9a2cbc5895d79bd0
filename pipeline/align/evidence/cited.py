"""Items cited by number ("Recommendation 1", "AFI No.5, relating to ...", "(recommendation 2)"):
a heading that cites them, and the sentence that does, with what follows them."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from crosswalk.align.citations import CITATION_RE
from crosswalk.align.evidence.layout import WORD_RE, items_cited, opens_with_citation, region_after, states
from crosswalk.align.evidence.limits import LIMITS
from crosswalk.align.evidence.passage import Passage
from crosswalk.align.evidence.view import ResponseView
from crosswalk.model import BlockSpan, Item

CONTENTS_LINE_RE = re.compile(r"\)\s+\d{1,3}\s*$")  # a title closing a citation, then its page number


def citations(view: ResponseView) -> Iterable[tuple[Item, Passage]]:
    """A short heading citing items by number answers them with the blocks under it
    (`reference_heading`); elsewhere, a sentence citing them answers them with the rest of
    its block, up to the next sentence citing others (`explicit_reference`)."""
    for index, block in enumerate(view.blocks):
        stating = states(view, block)
        chunk = view.text[block.start : block.end]
        if block.end - block.start <= LIMITS.heading_chars and CONTENTS_LINE_RE.search(chunk):
            continue  # a contents line ("... (recommendations 1-3) 28") names items, answers none
        if (not stating and (block.kind == "heading" or block.end - block.start <= LIMITS.heading_chars)
                and (opens_with_citation(view, block) or block.kind == "heading" and CITATION_RE.search(chunk))):
            cited = items_cited(view, view.text[block.start : block.end])
            region = region_after(view, index, cited) if cited else None
            if region is not None:
                passage = view.passage(*region, "reference_heading")
                yield from ((item, passage) for item in cited)
                continue
        yield from _cited_sentences(view, block)


def _cited_sentences(view: ResponseView, block: BlockSpan) -> Iterable[tuple[Item, Passage]]:
    # a title or heading naming an item, with no answer under it, answers it only with a
    # status of its own ("Recommendation 3: completed"), not by naming it
    titled = block.kind == "heading" and block.end - block.start <= LIMITS.heading_chars
    first = bisect_left(view.sentences, (block.start, -1))
    last = bisect_left(view.sentences, (block.end, -1))
    sentences = view.sentences[first:last]
    cited = [(s, e, items_cited(view, view.text[s:e])) for s, e in sentences]
    sets_out = _sets_out_items(view, block)
    for position, (start, end, items) in enumerate(cited):
        if not items or view.is_restating(start, end) or _label_only(view.text[start:end]):
            continue  # a bare label ("Cause of concern", "Recommendation 2:") heads a section, answers nothing
        if sets_out and position == len(cited) - 1 and view.text[start:end].rstrip().endswith(":"):
            continue  # "The cause of concern is set out below:" leads in to the items, answers none
        stop = next((s for s, _, others in cited[position + 1 :] if others and others != items), block.end)
        passage = view.passage(start, stop, "explicit_reference")
        if titled and not (passage.acts or passage.refuses):
            continue
        yield from ((item, passage) for item in items)


def _sets_out_items(view: ResponseView, block: BlockSpan) -> bool:
    """Whether the blocks after this one (past headings) open with a statement of items."""
    index = view.block_index(block.start)
    for after in view.blocks[index + 1 :] if index is not None else []:
        if any(after.start <= s < after.end for s, _, _ in view.statements):
            return True
        if after.kind != "heading":
            return False
    return False


def _label_only(text: str) -> bool:
    """Whether a sentence is nothing but item labels ("Cause of concern", "AFI 3:")."""
    return WORD_RE.search(CITATION_RE.sub(" ", text)) is None
