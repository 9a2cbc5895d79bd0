"""Context flags: historic, negated and hypothetical mentions are kept and flagged.

A response often quotes an earlier inspection ("in 2018 HMICFRS graded the force as
'Good'"): the grading is real but historic, and must not be counted as the current one.
Cue patterns live in `patterns/context.jsonl`; a year two or more years before the
document's own year also marks a sentence historic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from crosswalk.extraction.rulers import Ruler
from crosswalk.extraction.extensions import spans_within, text_of

SPANS_KEY = "crosswalk_context"
LABELS = frozenset({"HISTORIC", "NEGATED", "HYPOTHETICAL"})
YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")
HISTORIC_GAP_YEARS = 2  # fieldwork precedes publication by about a year


@dataclass(frozen=True)
class Flags:
    historic: bool = False
    negated: bool = False
    hypothetical: bool = False


@Language.factory("crosswalk_context", default_config={"patterns": "context.jsonl"}, requires=["token.is_sent_start", "token.lemma"], assigns=["doc.spans"])
def make_context(nlp: Language, name: str, patterns: str) -> "ContextMarker":
    return ContextMarker(nlp, patterns)


class ContextMarker:
    def __init__(self, nlp: Language, patterns: str) -> None:
        self.ruler = Ruler(nlp, SPANS_KEY, patterns, LABELS)

    def __call__(self, doc: Doc) -> Doc:
        self.ruler(doc)  # spans kept in doc.spans[SPANS_KEY]
        return doc


def flags_for(doc: Doc, start: int, end: int, cue_start: int | None = None, cue_end: int | None = None) -> Flags:
    """Flags for the text range: HISTORIC anywhere in it, negation and hypotheticals near
    the cue (`cue_start`..`cue_end`, default the whole range)."""
    spans = spans_within(doc, SPANS_KEY, start, end)
    labels_all = {s.label_ for s in spans}
    near_lo = cue_start if cue_start is not None else start
    near_hi = cue_end if cue_end is not None else end
    near = {s.label_ for s in spans if s.end_char >= near_lo - 25 and s.start_char <= near_hi}
    return Flags(
        historic="HISTORIC" in labels_all or _old_year(doc, start, end),
        negated="NEGATED" in near,
        hypothetical="HYPOTHETICAL" in labels_all,
    )


def _old_year(doc: Doc, start: int, end: int) -> bool:
    year = getattr(doc._.meta, "year", None)
    if year is None:
        return False
    return any(year - int(y) >= HISTORIC_GAP_YEARS for y in YEAR_RE.findall(text_of(doc)[start:end]))
