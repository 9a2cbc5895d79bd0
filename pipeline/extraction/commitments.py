"""Find commitments: sentences that state a step taken or to be taken in response.

A sentence is a commitment when a cue from `patterns/commitments.jsonl` marks a future,
progressive or committing form ("will", "is in the process of", "has committed",
"is being progressed", "continue to") and no exclusion cue marks it as procedural
("will be published"), as somebody else's expectation, or as the inspectorate's own
activity. Inspection reports and PEEL pages are findings, not responses, so only other
document types are read. Each commitment gets an actor, a deadline (ISO, when a date is
named), a strength (the weakest cue decides: hedged < planned < firm), and the item it
answers when it refers to one or follows a restatement of one.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from crosswalk.dates import find_dates
from crosswalk.extraction.context import flags_for
from crosswalk.extraction.references import answer_regions, answered_item
from crosswalk.extraction.rulers import Ruler
from crosswalk.extraction.sentences import sentence_of
from crosswalk.extraction.subjects import bodies_in, is_subject_candidate
from crosswalk.model import Commitment
from crosswalk.extraction.extensions import text_of

LABELS = frozenset({"FIRM", "PLANNED", "HEDGED", "EXCLUDE"})
STRENGTH_ORDER = {"FIRM": 0, "PLANNED": 1, "HEDGED": 2}
NOT_RESPONSES = {"inspection_report", "peel_page"}
MODALS = {"can", "could", "may", "might", "would"}
QUESTION_WORDS = {"how", "whether", "why"}
NAME_RE = re.compile(r"\b(?:[A-Z][\w&’'-]*\s+){1,5}(?:Board|Group|Team|Unit|Department|Office|Officer|Panel|Meeting|Forum|Committee|Partnership|Service|Hub)\b")
ROLE_RE = re.compile(
    r"\b(?:(?:Deputy |Assistant |Temporary |Acting )?Chief Constable|Chief Fire Officer|"
    r"(?:Deputy )?Police(?:,)? (?:Fire )?(?:and )?Crime Commissioner|(?:Deputy )?PCC|OPCC)\b"
)
ROLE_NAMES = {"police and crime commissioner": "PCC", "police, fire and crime commissioner": "PCC"}
FIRST_PERSON_RE = re.compile(r"\b(I|we|We|our|Our|my|My)\b")


@Language.factory("crosswalk_commitments", default_config={"patterns": "commitments.jsonl"}, requires=["token.is_sent_start", "token.lemma", "doc.spans", "doc._.items"], assigns=["doc._.commitments", "doc.spans"])
def make_commitments(nlp: Language, name: str, patterns: str) -> "CommitmentExtractor":
    return CommitmentExtractor(nlp, patterns)


class CommitmentExtractor:
    def __init__(self, nlp: Language, patterns: str) -> None:
        self.ruler = Ruler(nlp, "crosswalk_commitment_cues", patterns, LABELS)

    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.meta
        if getattr(meta, "doc_type", None) in NOT_RESPONSES:
            doc._.commitments = ()
            return doc
        cues = [c for c in self.ruler(doc) if not self._embedded(doc, c)]
        by_sentence: dict[int, list[Span]] = {}
        for cue in cues:
            by_sentence.setdefault(sentence_of(doc, cue.start).start, []).append(cue)
        items = doc._.items
        regions = answer_regions(items, doc._.blocks)
        item_spans = [span for item in items for span in item.statements]
        found = []
        for start_token, sentence_cues in sorted(by_sentence.items()):
            sentence = sentence_of(doc, start_token)
            if any(c.label_ == "EXCLUDE" for c in sentence_cues):
                continue
            if any(s <= sentence.start_char and sentence.end_char <= e for s, e in item_spans):
                continue  # a restated item is not a step
            first = min(sentence_cues, key=lambda c: c.start)
            if flags_for(doc, sentence.start_char, sentence.end_char, first.start_char, first.end_char).negated:
                continue  # "no action will be taken" refuses a step
            weakest = max(sentence_cues, key=lambda c: STRENGTH_ORDER[c.label_])
            found.append(
                Commitment(
                    actor=self._actor(doc, sentence, first),
                    text=sentence.text.strip(),
                    start=sentence.start_char,
                    end=sentence.start_char + len(sentence.text.rstrip()),
                    rule=first.id_,
                    strength=weakest.label_.lower(),
                    deadline=self._deadline(doc, sentence),
                    answers=answered_item(items, regions, text_of(doc), sentence.start_char, sentence.end_char),
                )
            )
        doc._.commitments = tuple(found)
        return doc

    @staticmethod
    def _embedded(doc: Doc, cue: Span) -> bool:
        """A cue under a modal ("we can continue to") or in an embedded question ("how
        effectively it is being tackled") states no step."""
        before = [t.lower_ for t in doc[max(cue.start - 3, sentence_of(doc, cue.start).start) : cue.start]]
        return bool(before) and (before[-1] in MODALS or any(word in QUESTION_WORDS for word in before))

    @staticmethod
    def _actor(doc: Doc, sentence: Span, cue: Span) -> str | None:
        """Who takes the step: a body or named group before the cue, else the speaker."""
        meta = doc._.meta
        zone = text_of(doc)[sentence.start_char : cue.start_char]
        bodies = [s for s in bodies_in(doc, sentence.start_char, cue.start_char)
                  if is_subject_candidate(s) and s.label_ != "national"]
        role = ROLE_RE.search(zone)
        if role:
            return ROLE_NAMES.get(role.group().lower(), role.group())
        named = NAME_RE.search(zone)
        if named and (not bodies or named.start() < bodies[0].start_char - sentence.start_char):
            return named.group().strip()
        if bodies:
            return "PCC" if bodies[0].label_ == "pcc" else bodies[0].kb_id_
        pronoun = FIRST_PERSON_RE.search(zone)
        if pronoun and pronoun.group(1) in ("I", "my", "My"):
            return getattr(meta, "author_role", None) or getattr(meta, "own_body", None)
        return getattr(meta, "own_body", None) or getattr(meta, "author_role", None)

    @staticmethod
    def _deadline(doc: Doc, sentence: Span) -> str | None:
        """The first date the sentence names, read with the document's own year."""
        year = getattr(doc._.meta, "year", None)
        dates = find_dates(sentence.text, default_year=year)
        return dates[0][2] if dates else None
