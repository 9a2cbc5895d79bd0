"""Decide the subject (canonical body) of an item or grading from the words before it.

"TITAN and its constituent forces should ..." is addressed to the region as a
whole; "the two other forces in the ROCU – Cheshire and Cumbria – were rated"
to the two forces, not the ROCU they sit in. Bodies after a preposition modify another
noun, so they are not subjects; the inspectorate grades and recommends, so it is never
the subject.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from crosswalk.bodies import region_of, region_wide
from crosswalk.extraction.bodies import SPANS_KEY
from crosswalk.extraction.extensions import spans_within, text_of
from crosswalk.resources import word_set

WORDS_FILE = "extraction_words.json"  # the word list(s) below, kept as data (what each is for is said there)
MODIFYING_PREPOSITIONS = word_set(WORDS_FILE, "modifying_prepositions")
NOT_SUBJECTS = {"national"}


def bodies_in(doc: Doc, start: int, end: int) -> list[Span]:
    """Body spans wholly inside the character range, in order."""
    return spans_within(doc, SPANS_KEY, start, end)


def is_subject_candidate(span: Span) -> bool:
    if span.label_ in NOT_SUBJECTS:
        return False
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    before2 = span.doc[span.start - 2].lower_ if span.start > 1 else ""
    return before not in MODIFYING_PREPOSITIONS and not (before == "the" and before2 in MODIFYING_PREPOSITIONS)


def subjects_in(doc: Doc, start: int, end: int) -> list[str]:
    """Canonical subjects named in a range; a ROCU named with its forces is region-wide."""
    spans = [s for s in bodies_in(doc, start, end) if is_subject_candidate(s)]
    return canonical_subjects(spans, names_forces="forces" in text_of(doc)[start:end].lower())


def canonical_subjects(spans: list[Span], names_forces: bool) -> list[str]:
    """The distinct canonical bodies of some spans, with region-wide subjects folded:
    "the region", "its constituent forces", or a ROCU named together with forces."""
    labels = {s.label_ for s in spans}
    if "region" in labels or "forces" in labels:
        return [next(s.kb_id_ for s in spans if s.label_ in ("region", "forces"))]
    if "rocu" in labels and names_forces:
        rocu = next(s for s in spans if s.label_ == "rocu")
        wide = region_wide(region_of(rocu.kb_id_))
        return [wide] if wide else [rocu.kb_id_]
    return list(dict.fromkeys(s.kb_id_ for s in spans))
