"""Words for all the items that are another review's, not the inspection's.

Responses on a sector's culture or safety retell the reviews beside the inspectorate's: a
brigade's independent culture review, a public inquiry. "33 recommendations were
formulated", "these recommendations were shared with other services" after such a review
count or point back to that review's recommendations; read as words for all the
inspection's items they would answer every one of them (a committee's minutes on another
brigade's review, cut before they reach the inspectorate's report, read as acting on every
recommendation of the thematic). Only a count or a demonstrative points back: "the
recommendations" in a body's own words may be the inspection's again.
"""

from __future__ import annotations

import re

from crosswalk.align.cues import cue

SENTENCE_END_RE = re.compile(r"[.!?](?=\s)")


def of_other_review(text: str, paragraph_start: int, start: int, end: int) -> bool:
    """Whether the words for all the items at text[start:end] count or point back to the
    recommendations of another review the paragraph names before them: the last such
    review named, in a sentence that does not name the inspectorate, with no mention of
    the inspectorate between it and the words."""
    if not cue("pointing_back").found_in(text, start, end):
        return False
    reviews = list(cue("other_review").finds(text, paragraph_start, start))
    if not reviews:
        return False
    review_start, review_end = reviews[-1]
    ends = [m.end() for m in SENTENCE_END_RE.finditer(text, paragraph_start, review_start)]
    sentence_start = ends[-1] if ends else paragraph_start
    after = SENTENCE_END_RE.search(text, review_end, start)
    sentence_end = after.end() if after else start
    inspectorate = cue("inspectorate_named")
    return not inspectorate.found_in(text, sentence_start, sentence_end) \
        and not inspectorate.found_in(text, sentence_end, start)
