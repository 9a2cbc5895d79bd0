"""Similarity suggestions (`similarity_suggestion`): for an item left unaddressed, the paragraph
holding most of its words, for a researcher to check. Never a status."""

from __future__ import annotations

from collections.abc import Sequence

from crosswalk.align.evidence.limits import LIMITS
from crosswalk.align.evidence.passage import Passage
from crosswalk.align.evidence.view import ResponseView
from crosswalk.align.register import RegisterItem
from crosswalk.align.similarity import Coverage, core_words

SUGGESTION_SCALE = 20.0  # a similarity suggestion scores at most this


def suggestions(view: ResponseView, unanswered: Sequence[RegisterItem]) -> dict[str, Passage]:
    """For each unanswered item, the paragraph holding the largest share of its words."""
    paragraphs = [b for b in view.blocks if b.kind in ("paragraph", "list_item", "table_row")
                  and not view.is_restating(b.start, b.end)]
    bags = [core_words(view.text[b.start : b.end]) for b in paragraphs]
    found = {}
    for entry, best in zip(unanswered, Coverage([entry.text for entry in unanswered], bags).best()):
        if best is not None and best[1][0] >= LIMITS.topic_min_words and best[1][1] >= LIMITS.suggestion_min_share:
            block = paragraphs[best[0]]
            found[entry.register_id] = view.passage(block.start, block.end, "similarity_suggestion",
                                                    round(best[1][1] * SUGGESTION_SCALE, 1))
    return found
