"""Mark every policing body a document names, and resolve "the force" to a body.

Gazetteer mentions come from `crosswalk.bodies`, an area's bare name read as the
document's sector reads it (`in_sector`). Anaphoric mentions ("the force",
"the ROCU", "the region", "its constituent forces") resolve to the document's own body
when it is a response, otherwise to the nearest body of that kind named before them; a
force named last only in passing (`named_in_passing`: "an alliance with West Mercia
Police", not "the performance of X", which is about X) gives way to the force the document
is about (its title's) when that was named before it: "the force" is still the page's own.
Spans go to `doc.spans["crosswalk_bodies"]`: label = kind, kb_id = canonical name.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from crosswalk.bodies import find_bodies_in_sector, region_of, region_re, region_wide, rocu_of
from crosswalk.extraction.extensions import text_of
from crosswalk.resources import word_alternation, word_number

SPANS_KEY = "crosswalk_bodies"
ANAPHORA_RE = re.compile(
    r"\b(?:the|this) (?P<force>force|constabulary)\b(?:’s|'s)?"
    r"|\b(?:the|this) (?P<rocu>ROCU|regional organised crime unit|unit)\b"
    r"|\b(?P<forces>(?:its|their|the|all) (?:four |three |five |six )?(?:constituent|regional|partner)(?: police)? forces)\b"
    r"|\b(?:the|this) (?P<service>(?:fire and rescue )?service)\b(?:’s|'s)?",
    re.I,
)

# the word before a name that makes it a mention in passing, not what the text is about
IN_PASSING_RE = re.compile(r"\b(?:" + word_alternation("extraction_words.json", "passing_prepositions") + r")\s+(?:the\s+)?$", re.I)
PASSING_REACH = word_number("extraction_words.json", "passing_reach_chars", int)  # characters before a name where its preposition stands


def named_in_passing(text: str, start: int) -> bool:
    """Whether the body named at `start` is named only in passing ("an alliance with West
    Mercia Police", "working alongside the force"), so that what follows is still about the
    body the page is about. The one test of it, for "the force" here and for the body a
    grading's pronoun carries (`gradings._carried`): "the performance of X" is about X."""
    return IN_PASSING_RE.search(text[max(0, start - PASSING_REACH) : start]) is not None


@Language.factory("crosswalk_bodies", requires=[], assigns=["doc.spans"])
def make_bodies(nlp: Language, name: str) -> "BodyMarker":
    return BodyMarker()


class BodyMarker:
    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.meta
        spans: list[Span] = []
        last: dict[str, tuple[str, str | None]] = {}
        named_forces: set[str] = set()
        about = getattr(meta, "subject_body", None)  # the force the page is about (its title's)
        sector = getattr(meta, "sector", None)
        text = text_of(doc)
        mentions = [(s, e, b.kind, b.canonical, "name") for s, e, b in find_bodies_in_sector(text, sector)]
        for m in region_re().finditer(text):
            canonical = region_wide(m["region"])
            if canonical:
                mentions.append((m.start(), m.end(), "region", canonical, "region"))
        for m in ANAPHORA_RE.finditer(text):
            mentions.append((m.start(), m.end(), "anaphor", m.lastgroup or "", "anaphor"))
        taken_to = 0  # mentions come in order of start: one overlaps a kept one iff it starts before this
        for start, end, kind, canonical, how in sorted(mentions, key=lambda m: (m[0], -m[1])):
            if start < taken_to:
                continue
            if kind == "anaphor":
                resolved = self._resolve(canonical, meta, last)
                if resolved is None:
                    continue
                kind, canonical = resolved
            elif kind in ("force", "rocu", "fire"):
                last[kind] = (canonical, region_of(canonical))
                if kind == "force":
                    named_forces.add(canonical)
                    if about in named_forces and named_in_passing(text, start):
                        last[kind] = (about, region_of(about))  # "an alliance with X": the page is still about its own
            span = doc.char_span(start, end, label=kind, kb_id=canonical, alignment_mode="expand", span_id=how)
            if span is not None:
                spans.append(span)
                taken_to = max(taken_to, end)
        doc.spans[SPANS_KEY] = spans
        return doc

    @staticmethod
    def _resolve(group: str, meta: object, last: dict[str, tuple[str, str | None]]) -> tuple[str, str] | None:
        own = getattr(meta, "own_body", None)
        own_region = getattr(meta, "region", None)
        if group == "service":  # only once a fire and rescue service has been named
            return ("fire", last["fire"][0]) if "fire" in last else None
        if group == "force":
            if own:
                return "force", own
            return ("force", last["force"][0]) if "force" in last else None
        region = own_region or (last["rocu"][1] if "rocu" in last else None)
        if group == "rocu":
            canonical = rocu_of(region) if own_region else (last["rocu"][0] if "rocu" in last else None)
            return ("rocu", canonical) if canonical else None
        canonical = region_wide(region)
        return ("forces", canonical) if canonical else None
