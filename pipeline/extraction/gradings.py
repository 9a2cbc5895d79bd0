"""Find gradings: a grade word applied to a named body, with the area graded.

Patterns (`patterns/gradings.jsonl`) find the grading phrase ("was rated as 'requires
improvement'", "received an overall rating of 'inadequate'", "is good at"); the subject
is the group of bodies nearest before the phrase ("Suffolk and Essex were
both rated"), or between verb and grade in the active voice ("HMICFRS graded the
force's response ... as 'Good'"). A grade word with no body is not a grading.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from crosswalk.extraction.context import flags_for
from crosswalk.extraction.rulers import Ruler
from crosswalk.extraction.sentences import sentence_of
from crosswalk.extraction.subjects import bodies_in, canonical_subjects, is_subject_candidate
from crosswalk.model import Grading
from crosswalk.extraction.extensions import text_of

GRADE_RE = re.compile(r"\b(outstanding|good|adequate|inadequate|requires? improvement)\b", re.I)
GRADE_CELL_RE = re.compile(r"(outstanding|good|adequate|inadequate|requires? improvement)", re.I)
CONNECTOR_RE = re.compile(r"^[\s,&–—-]*(?:(?:and|as well as|both|the|together with)[\s,&–—-]*)*$", re.I)
AREA_AFTER_RE = re.compile(
    r"^\W*\s*(?:at|in|for)\s+(?P<area>[^,.;:–—()]+?)"
    r"(?=\s+and\s+(?:as\s+)?(?:outstanding|good|adequate|inadequate|requires)\b|[,.;:–—()]|$)",
    re.I,
)
AREA_BEFORE_RE = re.compile(r"(?:’s|'s)\s+(?P<area>[^,.;:]+?)\s*$")
GROUP_KINDS = {"force", "rocu", "region", "forces", "fire", "pcc"}


@Language.factory("crosswalk_gradings", default_config={"patterns": "gradings.jsonl"}, requires=["token.is_sent_start", "token.lemma", "doc.spans"], assigns=["doc._.gradings", "doc.spans"])
def make_gradings(nlp: Language, name: str, patterns: str) -> "GradingExtractor":
    return GradingExtractor(nlp, patterns)


class GradingExtractor:
    def __init__(self, nlp: Language, patterns: str) -> None:
        self.ruler = Ruler(nlp, "crosswalk_grading_phrases", patterns, frozenset({"GRADING"}))

    def __call__(self, doc: Doc) -> Doc:
        found: list[Grading] = []
        seen: set[tuple[str, str, bool]] = set()
        previous_end: dict[int, int] = {}
        previous_subjects: dict[int, tuple[list[str], int]] = {}
        for span in sorted(self.ruler(doc), key=lambda s: s.start):
            grades = GRADE_RE.findall(span.text)
            if not grades:
                continue
            grade = _grade_name(grades[-1])
            sentence = sentence_of(doc, span.start)
            zone_start = max(sentence.start_char, previous_end.get(sentence.start, sentence.start_char))
            previous_end[sentence.start] = span.end_char
            subjects, subject_end = self._subjects(doc, span, zone_start)
            if not subjects:  # "graded X as good at A, and requires improvement at B"
                subjects, subject_end = previous_subjects.get(sentence.start, ([], span.start_char))
            if not subjects:
                continue
            previous_subjects[sentence.start] = (subjects, subject_end)
            flags = flags_for(doc, sentence.start_char, sentence.end_char, span.start_char, span.end_char)
            area = self._area(doc, span, subject_end, sentence)
            for subject in subjects:
                key = (subject, grade, flags.historic)
                if key in seen:
                    continue
                seen.add(key)
                found.append(Grading(subject, grade, area, sentence.text.strip(), sentence.start_char,
                                     sentence.end_char, span.id_, flags.historic, flags.negated, flags.hypothetical))
        for grading in self._table_gradings(doc):
            key = (grading.subject, grading.grade, grading.historic)
            if key not in seen:
                seen.add(key)
                found.append(grading)
        doc._.gradings = tuple(found)
        return doc

    @staticmethod
    def _table_gradings(doc: Doc) -> list[Grading]:
        """"Investigating crime | Requires improvement" rows of a judgements table: the
        grade is a cell of its own, the area another, the subject the document's force."""
        subject = getattr(doc._.meta, "subject_body", None)
        if subject is None:
            return []
        found = []
        for start, end, kind in doc._.blocks:
            if kind != "table_row":
                continue
            cells = [c.strip(" '‘’\"“”") for c in text_of(doc)[start:end].split("\n")]
            grades = [c for c in cells if GRADE_CELL_RE.fullmatch(c)]
            areas = [c for c in cells if c and c not in grades]
            if len(grades) == 1 and len(areas) == 1:
                found.append(Grading(subject, _grade_name(grades[0]), areas[0], text_of(doc)[start:end], start, end,
                                     "grading-table-row"))
        return found

    @staticmethod
    def _subjects(doc: Doc, phrase: Span, zone_start: int) -> tuple[list[str], int]:
        """The body group the grade applies to, and where it ends."""
        inside = [s for s in bodies_in(doc, phrase.start_char, phrase.end_char) if s.label_ in GROUP_KINDS]
        if inside:  # active voice: "graded the force's response ... as good"
            return canonical_subjects(inside, names_forces=False), inside[-1].end_char
        before = [s for s in bodies_in(doc, zone_start, phrase.start_char)
                  if s.label_ in GROUP_KINDS and is_subject_candidate(s)]
        if not before:
            return [], phrase.start_char
        group = [before[-1]]
        for span in reversed(before[:-1]):
            if CONNECTOR_RE.match(text_of(doc)[span.end_char : group[0].start_char]) is None:
                break
            group.insert(0, span)
        return canonical_subjects(group, names_forces=False), group[-1].end_char

    @staticmethod
    def _area(doc: Doc, phrase: Span, subject_end: int, sentence: Span) -> str | None:
        after = AREA_AFTER_RE.match(text_of(doc)[phrase.end_char - 3 if phrase[-1].lower_ in ("at", "in") else phrase.end_char : sentence.end_char])
        if after:
            return after["area"].strip()
        before = AREA_BEFORE_RE.search(text_of(doc)[max(subject_end - 3, sentence.start_char) : phrase.start_char])
        if before:
            area = re.sub(r"\s+(?:was|were|is|are|has been|have been)(?:\s+\w+)?$", "", before["area"].strip())
            return area or None
        return None


def _grade_name(word: str) -> str:
    return "requires_improvement" if "improvement" in word.lower() else word.lower()
