"""A passage of a response that answers an item, and the kinds of evidence it may be.

Every finder yields `Passage`s; the alignment (`crosswalk._decide`) weighs them by the tiers
named here. `SCORES` says how strong each kind is (0-100; what each kind is, the module
docstring of `crosswalk.align.crosswalk` says)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosswalk.align.evidence.limits import LIMITS
from crosswalk.quote_marks import OPENING_QUOTES

MENTION = "mention"  # the item stated in running prose, and nothing more (`prose.mentions`)
SCORES = {
    "correction": 100.0, "reference_heading": 95.0, "explicit_reference": 90.0, "tracker_status": 90.0,
    "table_row": 85.0, "restatement": 80.0, "statement_context": 70.0, "scope_heading": 60.0,
    "monitoring_comment": 60.0, "list_answer": 55.0, "collective_reference": 50.0, "topic_sentence": 40.0, MENTION: 30.0,
}
DEDICATED = ("correction", "reference_heading", "explicit_reference", "tracker_status", "table_row", "restatement")
FOR_ALL = ("list_answer", "collective_reference")  # answers to many items at once
WEAK = (*FOR_ALL, "topic_sentence")
# answers in the responder's own words in the item's own place (not a status word or a correction)
OWN_WORDS = ("reference_heading", "explicit_reference", "table_row", "restatement")
# the item's own voice (a directive, or words about what the recommendation asks) in prose
# after it: the report restated or described, not what the responder does
ITEM_VOICE_RE = re.compile(r"\b(?:should|must|ought to|recommend\w*)\b", re.I)
# the inspectorate's words reported in a response ("Overall, the inspectors concluded that
# ..."): what the report says, not the responder's answer
INSPECTORATE_VOICE_RE = re.compile(
    r"\W*(?:[\w ]{1,20},\s*)?(?:the |his majesty[’']s |her majesty[’']s |hm )?(?:inspectors?|inspectorate|hmicfrs|hmic|hmi)\b"
    r"[^.\n]{0,40}?\b(?:concluded|found|finds|said|says|stated|noted|highlighted|identified|recommended|recommends|"
    r"reported|judged|warned)\b", re.I)


@dataclass(frozen=True)
class Passage:
    start: int
    end: int
    method: str
    score: float
    acts: bool
    refuses: bool
    accepts: bool = False  # accepts, agrees, supports or welcomes (no step, but an answer)
    describes: bool = False  # the responder's own prose in the item's place, with no cue (describes)
    # words for all the items in a response that states none of its own: its only mention of them
    sole_mention: bool = False
    # words for every item ("each of the recommendations") in a response that states some of its
    # own: they answer those it does not state as it answers those it does (`_answer_as_stated`)
    every_item: bool = False


def describes(text: str) -> bool:
    """Prose the responder writes in an item's own place that neither refuses, accepts
    nor defers tells what it does about the item ("Training is provided to all call
    handlers ...", "The service runs three ways to raise concerns ..."): steps in
    place, which the schema counts as `actioned`. A quotation (the item or the
    inspectorate's words, restated or retold: "the inspectors found ...", "forces should
    ...", "the recommendation asks ...") and a few words (a heading, a status cell) are
    no such prose."""
    return (not text.startswith(tuple(OPENING_QUOTES)) and len(text.split()) >= LIMITS.min_own_words
            and INSPECTORATE_VOICE_RE.search(text) is None and ITEM_VOICE_RE.search(text) is None)
