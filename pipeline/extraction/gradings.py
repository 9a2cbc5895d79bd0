"""Find gradings: a grade word applied to a named body, with the area graded.

Patterns (`patterns/gradings.jsonl`) find the grading phrase ("was rated as 'requires
improvement'", "received an overall rating of 'inadequate'", "is good at", "its response to
fires is inadequate."); the words the extractor reads are in `patterns/grading_words.json`,
the names of assessment areas (a gazetteer) in `patterns/assessment_areas.txt`.
The genre states grades in a few shapes, each read here (rows and lines, the lead-ins
over grade lines and the judgements tables, in `grading_rows`):

- the subject is the group of bodies nearest before the phrase ("Suffolk and Essex were
  both rated"), or between verb and grade in the active voice ("HMICFRS graded the force's
  response ... as 'Good'"); a pronoun or "the service" carries the body named last ("It
  said the service was 'good' in three areas"); no body, no grading;
- one grade for several areas ("good for effectiveness, efficiency and legitimacy") is a
  grading per area, and a clause may go on with more grades ("'adequate' in two areas and
  'inadequate' in three"); counts of grades ("six 'good' ratings") are gradings of "six areas";
- a lead-in ending in ":" grades each list item under it ("It requires improvement in:"),
  and "X received the following gradings:" is followed by grade lines, each heading the
  area lines under it; a judgements table has a grade cell and an area (or body) cell,
  also when flattened to "Area - grade" lines (a line listing several areas grades each);
- a grade only hoped for, or an explanation of the scale ("rated outstanding, good,
  adequate or inadequate"), is not a grading; context cues decide historic and recurring
  ("once again graded" is a grading now and before); a response to a national report
  (State of Policing, State of Fire), which grades no one, quotes a grade of the body's
  own earlier inspection: every grade it states is historic.

A document states the same grading several times (summary, then detail): one grading is
kept per subject, grade, historic flag and area (compared by their content words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from crosswalk.bodies import find_bodies, force_of_area
from crosswalk.extraction.bodies import named_in_passing
from crosswalk.extraction.context import Flags, dates_now, flags_for, historic_to_end
from crosswalk.extraction.extensions import text_of
from crosswalk.extraction.grading_common import (CARRY_KINDS, CLAUSE_BREAK_RE, CLAUSE_PART_RE, CONNECTOR_RE, GROUP_KINDS,
                                                 NAMES_AFTER_COUNT, OTHER_CLAUSE_RE, OVERALL_RE, RATING_SUBJECT_RULES, WAY_CLAUSE_RE, CountRule, Found, ListReading,
                                                 area_count, attributive, counted_list, counted_list_areas, list_name, bodies_in, bodies_listed_next,
                                                 block_index, class_of_bodies, class_subject, count_value,
                                                 group_ending_with, in_context, in_scale, joined_bodies, lead_in,
                                                 list_marks_only, listed_lines, mark_places, own_subject)
from crosswalk.extraction.grading_fallback import fallback_gradings, fallback_words, negation_opens_clause
from crosswalk.extraction.grading_lists import (GERUND_PART_RE, comma_parts, is_pillar, list_parts, owned_name, pillar_parts,
                                                possessed_list, short_name, split_areas)
from crosswalk.extraction.grading_rows import bare_grade_lines, line_gradings
from crosswalk.extraction.grading_welsh import welsh_gradings
from crosswalk.extraction.grading_vocabulary import (AREA_END, LIMITS, area_expression, expressions, grade_name,
                                                     grading_words, past_scale_aside)
from crosswalk.extraction.rulers import Ruler
from crosswalk.extraction.sentences import sentence_of
from crosswalk.extraction.subjects import canonical_subjects, is_subject_candidate
from crosswalk.model import ANSWER_TYPES, INSPECTORATE_TYPES, OWN_BODY_TYPES, PRESS_TYPE, Grading
from crosswalk.quote_marks import CLOSING_QUOTES, OPENING_QUOTES, QUOTES
from crosswalk.resources import word_alternation, word_set

EXTRACTION_WORDS = "extraction_words.json"  # the word lists of the clause words below
COUNT_RULES = ("grading-count", "grading-count-plural")  # counts of grades: "two 'good' ratings", "six Goods"
FIRST_PERSON = word_set(EXTRACTION_WORDS, "first_person")  # "we have an overall grading of": the speaker's body
OWNED_RE = re.compile(r"\w[’']s\b")  # "the county's effectiveness": a possessive names another owner of the subject
POSSESSIVE_REACH = len("e’s")  # the zone before a grade starts this far back into its subject, so a subject that ends on its
# possessive ("Kent Police’s") leaves its last letter, the apostrophe and "s" in the zone, as `possessed_list` and
# `possessive_area` need a letter before "’s" to read the possessive


AREA_FORCE_RE = re.compile(r"\b[Tt]he\s+(?P<area>[A-Z][\w&-]*(?:\s+(?:and\s+)?[A-Z][\w&-]*){0,3})\s+[Ff]orce\b")
OWNED_RE = re.compile(r"^(?:its|their)\s+", re.I)
PILLAR_IN_RE = re.compile(r"^(?:effectiveness|efficiency)\s+(?:at|in)\s+", re.I)  # "[its] effectiveness in" + its tagline
LIST_PART_OPENER_RE = re.compile(r"^(?:for|in|at|including)\s+", re.I)  # "good for A, for B and for C"
QUOTED_RE = re.compile("[" + OPENING_QUOTES + "]([^" + CLOSING_QUOTES + "]{3,90})[" + CLOSING_QUOTES + "]")
OPEN_CLAUSE_RE = re.compile(r"^(?:(?:in|at)\s+)?(?:how|the\s+ways?|the\s+extent\s+to\s+which|where)\s+(?:it|they|the\s+\w+)$", re.I)
RELATIVE_TAIL_RE = re.compile(r",\s*(?:which|that)\s*$", re.I)
# "needed in A, B and C, which were all": the list a collective relative clause is said of
RELATIVE_LIST_RE = re.compile(r"\b(?:in|at|for)\s+(?P<list>(?:(?!\b(?:in|at|for)\s)[^.;:,])+(?:,\s*[^.;:,]+){1,8}),\s*(?:which|that)\s+(?:\w+\s+){1,3}$", re.I)
RELATIVE_OPENER_RE = re.compile(r",\s*(?:which|who|whose)\b[^,;:]*$", re.I)  # a relative clause still open
# "in A, B and C, with these three areas rated": the list a counted "these" points back to
COUNTED_BACK_RE = re.compile(r"\b(?:in|at|for|of)\s+(?P<list>(?:(?!\b(?:in|at|for|of)\s)[^.;:])+?),?\s*(?:with\s+|and\s+)?(?:these|those)\s+$", re.I)
HEAD_RELATIVE_RE = re.compile(r"^\s*,\s*(?:which|who)\b[^,;:.]*$", re.I)  # ", who had received": the clause opens right after its head
ALSO_RE = re.compile(r"\balso\b", re.I)  # "It was also found to ...": the sentence adds to the one before
INCLUDED_AFTER_RE = re.compile(r"^[\s," + QUOTES + r"]*(?:including|namely)\s+(?P<list>[^.;:]+)", re.I)
SEMICOLON_LIST_RE = re.compile(r"^(?P<list>[^.;:\n]{2,90}(?:;[^\S\n]*[^.;:\n]{2,90})*;[^\S\n]*(?:and|or)\s+\w[^.;:\n]*)", re.I)
LIST_TAIL_RE = re.compile(r"\s*,\s*|\s+(?=(?:" + word_alternation(EXTRACTION_WORDS, "list_tail_words") + r")\s)", re.I)  # the clause after a list's last part
EXTENT_OPENER_RE = re.compile(r"\bextent to which\b", re.I)
EXTENT_NAMED_RE = re.compile(r"\s*(?P<area>[^.;:]+?)\s*$")
# "across all three pillars as well as all 12 parts": a second count of areas the one grade spans
ALSO_COUNTED_RE = re.compile(r"\s+as\s+well\s+as\s+(?=(?:all|\d+)\s)", re.I)
# "when it comes (came) to": an area's opener whose "it" is the phrase's own, no carrier of the subject
WHEN_IT_COMES = r"when\s+it\s+c(?:omes|ame)\s+to"
WHEN_IT_COMES_TAIL_RE = re.compile(rf"\s{WHEN_IT_COMES}$", re.I)
AREA_PREPOSITION_RE = re.compile(r"^\W*?\s*(?:(?P<overall>overall\s+and\s+)|overall\s+)?(?:both\s+)?(?:in\s+(?:relation|respect)\s+(?:to|of)|with\s+(?:regard|respect)\s+to|in\s+terms\s+of|at|in|for|to|on|" + WHEN_IT_COMES + r")(?::(?=[^\S\n]+[\w‘“]))?\s+"
                                 r"(?P<area>.+)$", re.I | re.S)  # "good at A", "inadequate overall and in two areas",
# "rated good when it comes (came) to A and B", "requires improvement in relation to A and B", "good at: A, B and C" (a
# colon on the line, the list after it)


@Language.factory("crosswalk_gradings", default_config={"patterns": "gradings.jsonl"},
                  requires=["token.is_sent_start", "token.lemma", "doc.spans"], assigns=["doc._.gradings", "doc.spans"])
def make_gradings(nlp: Language, name: str, patterns: str) -> "GradingExtractor":
    return GradingExtractor(nlp, patterns)


SCALE_GRADES = 3  # a sentence naming this many grades explains the scale ("a grade of good, requires improvement or ...")

GRADE_CHANGE_RULES = ("grading-from-to", "grading-from-when-to", "grading-to-from")  # a grade before and a grade now


@dataclass
class _Sentences:
    """What the phrases read so far in each sentence (keyed by its first token) leave to the
    next: where the last one read ends (a phrase inside it is not read again, and the next
    one's subject is looked for after it) and the subjects it graded ("graded X as good at
    A, and requires improvement at B": the second grade's subject is X)."""
    read_to: dict[int, int] = field(default_factory=dict)
    subjects: dict[int, tuple[list[str], int]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Phrase:
    """A grading phrase to read: the span the patterns found, its sentence, the grade it
    states, and where the zone its subject is looked for starts (the sentence's start, or
    the end of the phrase read before it in the sentence)."""
    doc: Doc
    span: Span
    sentence: Span
    grade: str
    zone_start: int

    @property
    def text(self) -> str:
        return text_of(self.doc)

    @property
    def zone(self) -> str:
        """The words between the zone's start and the phrase, where subject and area stand."""
        return self.text[self.zone_start : self.span.start_char]

    @property
    def where(self) -> tuple[int, int, str]:
        """The sentence a grading is stated in, as `Found.add` records it."""
        return self.sentence.start_char, self.sentence.end_char, self.sentence.text.strip()


@dataclass(frozen=True)
class _Subjects:
    """Who a phrase grades, where that subject ends, and the cues to the areas read on
    the way (the areas may stand where the subject does)."""
    names: list[str]
    end: int
    named_after: list[Span]  # "The services rated good were:" and the bodies listed after it
    listed_after: list[str]  # the areas listed after the phrase
    area_subject: list[str]  # "Preventing fire and risk was rated 'good'": the areas open the sentence
    carried: bool  # no body named in the sentence: the subject carried from before
    headed_by: str | None  # the heading over a line that is only a grade


AreasRead = tuple[list[str | None] | None, int]  # the areas graded (None: counted cases), where the reading ends


class GradingExtractor:
    def __init__(self, nlp: Language, patterns: str) -> None:
        self.ruler = Ruler(nlp, "crosswalk_grading_phrases", patterns, frozenset({"GRADING"}))
        grading_words()  # fail at build time, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        """The rows and lines (tables, heading lists) are read first, so a phrase inside
        one is not read again as a sentence; then each phrase in document order, as the
        subjects and areas a phrase leaves carry to the next in its sentence."""
        mark_places(doc)
        found = Found(doc)
        lines = line_gradings(doc)
        in_lines = {(g.start, g.end) for g in lines}
        sentences = _Sentences()
        for span in sorted(self.ruler(doc), key=lambda s: (s.start, -s.end)):
            phrase = _phrase_to_read(doc, span, in_lines, sentences)
            if phrase is not None:
                _read_phrase(phrase, sentences, found)
        for grading in lines + bare_grade_lines(doc, lines, found.gradings):
            found.add(grading.subject, grading.grade, grading.area, (grading.start, grading.end, grading.sentence),
                      grading.rule, flags_for(doc, grading.start, grading.end))
        fallback_gradings(doc, found)
        welsh_gradings(doc, found)
        _areas_listed_next(doc, found)
        _areas_of_grade_referred(doc, found)
        doc._.gradings = _of_another_report(doc, _without_press_restatements(doc, _without_restatements(doc, found.result(_headings(doc)))))
        return doc

    @staticmethod
    def _subjects(doc: Doc, phrase: Span, zone_start: int) -> tuple[list[str], int]:
        """The body group the grade applies to, and where it ends: the head of a relative
        clause the grade stands in ("worked with Kent Police, who had received an
        'outstanding' rating") though it is the object of the main clause."""
        inside = [s for s in bodies_in(doc, phrase.start_char, phrase.end_char) if s.label_ in GROUP_KINDS]
        if inside:  # active voice: "graded the force's response ... as good"
            return _canonical(doc, inside), inside[-1].end_char
        named = [s for s in bodies_in(doc, zone_start, phrase.start_char) if s.label_ in GROUP_KINDS]
        if named and HEAD_RELATIVE_RE.match(text_of(doc)[named[-1].end_char : phrase.start_char]):
            return _canonical(doc, named[-1:]), named[-1].end_char  # "worked with Kent Police, which was rated good"
        before = [s for s in named if (is_subject_candidate(s) or _headed(s) or _absolute(s, phrase)) and not _compared(s)]
        if not before and named and _headed_phrase_closes_on(doc, named[-1], phrase, zone_start):
            before = named[-1:]  # "the effectiveness of its vetting in Kent Police is adequate"
        if not before and phrase.id_ == "grading-headline-first":  # "'Good' HMIC assessment of Kent Police"
            later = [s for s in bodies_in(doc, phrase.end_char, sentence_of(doc, phrase.start).end_char)
                     if s.label_ in GROUP_KINDS and s.label_ != "national"]
            return (_canonical(doc, later[-1:]), phrase.start_char) if later else ([], phrase.start_char)
        if not before:
            same_as = area_expression("same_as").match(text_of(doc), phrase.end_char)  # "received the same 'inadequate' grading as X"
            after = bodies_in(doc, same_as.end(), same_as.end() + 80) if same_as else []
            if after and after[0].start_char == same_as.end():  # type: ignore[union-attr]
                return _canonical(doc, after[:1]), phrase.start_char
            return [], phrase.start_char
        text = text_of(doc)
        group = group_ending_with(before, lambda span, first: CONNECTOR_RE.match(text[span.end_char : first.start_char])
                                  is not None)
        return _canonical(doc, group), group[-1].end_char

    @staticmethod
    def _areas(doc: Doc, phrase: Span, subject_end: int, sentence: Span,
               after_start: int | None = None) -> AreasRead:
        """The areas graded (one per listed area) and where the area read after the phrase
        (or after `after_start`) ends; None when the phrase grades counted cases rather than areas.
        The genre names the areas after the grade far more often than before it, so the
        shapes after it are tried first, then those that open the sentence."""
        if after_start is None:
            after_start = phrase.end_char
            if phrase[-1].lower_ in grading_words().area_opening_prepositions:
                after_start = phrase[-1].idx
            elif phrase[-1].text in (":", "–", "—") and len(phrase) > 1:
                after_start = phrase[-1].idx  # "requires improvement: A, B and C": the list the colon opens
            else:
                after_start = past_scale_aside(text_of(doc), after_start, sentence.end_char)
        after = text_of(doc)[after_start : sentence.end_char]
        return (_areas_counted_then_named(after, after_start)
                or _areas_across(after, phrase, sentence)
                or _areas_included_after(after, after_start)
                or _areas_after_preposition(doc, phrase, subject_end, sentence, after, after_start)
                or _areas_after_dash(after, after_start)
                or _areas_before_phrase(doc, phrase, subject_end, sentence))

    @staticmethod
    def _listed_areas(doc: Doc, sentence: Span, phrase: Span) -> list[str | None]:
        """A lead-in ending in ":" grades the list items that follow it, unless a clause of
        its own comes between the grade and the list ("graded good but identified three
        areas for improvement:")."""
        if not lead_in(sentence.text) or OTHER_CLAUSE_RE.search(text_of(doc)[phrase.end_char : sentence.end_char]):
            return []
        index = block_index(doc, sentence.start_char)
        if index is None:
            return []
        areas: list[str | None] = []
        for _start, _end, line in listed_lines(doc, index):
            area = _clean_area(line)
            parts = split_areas(area) if area else []
            if len(parts) >= 2 and all(_named_area(p) for p in parts):  # "• A and B", two areas' own names
                areas.extend(parts)
            elif area:
                areas.append(area)
        return areas


def _phrase_to_read(doc: Doc, span: Span, in_lines: set[tuple[int, int]], sentences: _Sentences) -> _Phrase | None:
    """The phrase with its grade and subject zone, or None where it states no grading to
    read here: no grade word, a row already read as a table's, inside a phrase already
    read, or an explanation of the grading scale."""
    grades = expressions().grade.findall(span.text) or [m["grade"] for m in expressions().count.finditer(span.text)]  # "six Goods"
    if not grades or any(start <= span.start_char < end for start, end in in_lines):
        return None
    sentence = sentence_of(doc, span.start)
    if sentences.read_to.get(sentence.start, -1) > span.start_char:
        return None
    text = text_of(doc)
    if in_scale(text, sentence, span) or _quoted_at_in_sentence(text, span) or attributive(text, span):
        return None
    if _negated_before(text, sentence, span) or _areas_found(text, span):
        return None
    zone_start = max(sentence.start_char, sentences.read_to.get(sentence.start, sentence.start_char))
    return _Phrase(doc, span, sentence, grade_name(grades[-1]), zone_start)


def _negated_before(text: str, sentence: Span, span: Span) -> bool:
    """"with no areas that 'require improvement'", "isn't a single 'inadequate' grading",
    "was not rated as inadequate": a negation a few words before the phrase, in its own
    clause, grades nothing (as in the fallback); so does one that opens the clause, however
    far before ("None of its areas of work were judged 'inadequate'")."""
    before = CLAUSE_BREAK_RE.split(text[max(sentence.start_char, span.start_char - 60) : span.start_char])[-1]
    return fallback_words().negation.search(before) is not None or negation_opens_clause(text, sentence.start_char, span.start_char)


def _areas_found(text: str, span: Span) -> bool:
    """"Some areas requiring improvement were found by the inspectors": areas for improvement the
    inspection found, not a list of areas graded 'requires improvement'."""
    return span.id_ == "grading-areas-requiring" and area_expression("found_not_graded").match(text, span.end_char) is not None


def _quoted_at_in_sentence(text: str, span: Span) -> bool:
    """"• ‘good’ at preventing crime" opens a list item, read as one; inside a sentence
    the quoted grade goes on a phrase of its own, which reads it."""
    line_start = text.rfind("\n", 0, span.start_char) + 1
    return span.id_ == "grading-quoted-at" and not list_marks_only(text[line_start : span.start_char])


def _read_phrase(phrase: _Phrase, sentences: _Sentences, found: Found) -> None:
    """One grading phrase: its subject and areas, then the gradings its shape states (a
    grade change, counts of grades, or a grade for areas and the grades chained after)."""
    span, sentence = phrase.span, phrase.sentence
    subjects = _phrase_subjects(phrase, sentences)
    if subjects is None:
        return
    sentences.subjects[sentence.start] = (subjects.names, subjects.end)
    flags = flags_for(phrase.doc, sentence.start_char, sentence.end_char, span.start_char, span.end_char)
    read = _phrase_areas(phrase, subjects)
    if read is None:
        return
    areas, area_end = read
    sentences.read_to[sentence.start] = span.end_char
    if not flags.historic and not flags.recurring and (_dated_by_previous(phrase.doc, sentence)
                                                      or _continues_earlier(phrase, found)):
        flags = Flags(historic=True, negated=flags.negated)
    if span.id_ == "grading-up-from":  # "good for A, up from requires improvement": A before
        flags = Flags(historic=True, negated=flags.negated)
    if span.id_ in GRADE_CHANGE_RULES:
        _add_grade_change(phrase, subjects.names, areas, flags, found)
    elif span.id_ in COUNT_RULES:
        _add_grade_counts(phrase, subjects.names, flags, found, sentences)
    else:
        _add_graded_areas(phrase, subjects, areas, flags, found)
        _add_counts_before(phrase, subjects.names, areas, flags, found)
        chain_start = max(area_end, span.end_char)
        _add_chained_grades(phrase, subjects.names, chain_start, found, whole=not any(areas))
        sentences.read_to[sentence.start] = max(sentences.read_to[sentence.start], chain_start)


def _answers_national_report(doc: Doc) -> bool:
    """Whether a response's title or lead (its first two lines) names a national report that
    grades no force or service ("Response to the State of Policing", "bullying across all
    44 fire and rescue services"), not a PEEL report. A piece of a long document (`chunks`) has no
    title of its own, so only a whole document is read."""
    meta = doc._.meta
    text = text_of(doc)
    if meta is None or meta.doc_type not in ANSWER_TYPES or len(text) < meta.length:
        return False
    lead = [line for line in text.split("\n") if line.strip()][:2]
    return any(area_expression("national_report").search(line) and not area_expression("programme_named").search(line)
               for line in lead)


def _of_another_report(doc: Doc, gradings: tuple[Grading, ...]) -> tuple[Grading, ...]:
    """A grade a response to a national report states ("Our recent HMICFRS report graded us
    'Good'") is of another, earlier inspection, the body's own: historic (SCHEMA's earlier
    inspection a document mentions), one row where a grade was read as held now and before."""
    if not _answers_national_report(doc):
        return gradings
    earlier = (replace(g, historic=True) for g in gradings)
    return tuple({(g.subject, g.grade, g.area): g for g in earlier}.values())


def _without_restatements(doc: Doc, gradings: tuple[Grading, ...]) -> tuple[Grading, ...]:
    """On the inspectorate's own page or report (`INSPECTORATE_TYPES`) a grade is given area
    by area (a pillar, a question), and a sentence that gives a grade no area beside the same grade of the same body given to
    areas only says it again ("areas once judged good", "down from its earlier 'good'"):
    gold counts a row per area graded, so it adds none. A sentence that grades an area after the grade word (its area unread) or points
    back to one ("this area") keeps its row, and so does every area-less row in press and
    responses, where it stands for the overall grade. (Reports beside PEEL pages: measured
    level on every set, round 61; the reason is the same.)"""
    meta = doc._.meta
    if meta is None or meta.doc_type not in INSPECTORATE_TYPES:
        return gradings
    with_area = {(g.subject, g.grade, g.historic) for g in gradings if g.area}
    return tuple(g for g in gradings if g.area or (g.subject, g.grade, g.historic) not in with_area
                 or _grades_an_area(g.sentence))


def _without_press_restatements(doc: Doc, gradings: tuple[Grading, ...]) -> tuple[Grading, ...]:
    """A press story states its body's grade with the area first (headline, lead) and then
    says it again in passing, in a quote or an aside ("proud of its 'outstanding' grade",
    "disappointed with the 'requires improvement' rating", "the third 'Good' rating we have
    received"): a sentence that gives a grade no area after the same grade of the same body
    was read with one adds no row (NOTES: labeller C's restated-grade rule). A sentence that
    gives the grade as the whole body's ("an overall rating of 'good'", "good across the
    board", "all of which were judged good") stands for the overall grade and keeps its
    row, as does an area-less grade read before any area (the headline's formula)."""
    meta = doc._.meta
    if meta is None or meta.doc_type != PRESS_TYPE:
        return gradings
    first_area: dict[tuple[str, str, bool], int] = {}
    for g in gradings:
        if g.area:
            key = (g.subject, g.grade, g.historic)
            first_area[key] = min(first_area.get(key, g.start), g.start)
    whole = area_expression("whole_statement")
    return tuple(g for g in gradings if g.area or g.start <= first_area.get((g.subject, g.grade, g.historic), g.start)
                 or OVERALL_RE.search(g.sentence) or whole.search(g.sentence))


def _grades_an_area(sentence: str) -> bool:
    """Whether a sentence names an area after a grade word ("good at preventing fires": one of
    `area_opening_prepositions`, then words that open an area) or points back to one named
    before ("our assessment of this area"). Words after the preposition that name the report
    or inspection the grade was given in (`occasion_area`: "good in its PEEL assessment") are
    the occasion, no area, and so is a season ("good in spring 2016") or "on the whole"."""
    if area_expression("back_reference").search(sentence):
        return True
    occasion = area_expression("occasion_area")
    for grade in expressions().grade.finditer(sentence):
        after = area_expression("area_after_grade").match(sentence, grade.end())
        if after and after["preposition"].lower() in grading_words().area_opening_prepositions \
                and not occasion.match(after["area"]):
            return True
    return False


def _dated_by_previous(doc: Doc, sentence: Span) -> bool:
    """"HMICFRS previously inspected the force in 2017. That inspection ... graded it
    'inadequate'": a sentence that opens by pointing back to a report or inspection ("That
    inspection", "The report", "As a result") grades what the sentence before it dated as
    earlier, when both stand in one paragraph and the sentence does not date itself now."""
    text = text_of(doc)
    if sentence.start == 0 or not area_expression("refers_back").match(sentence.text):
        return False
    previous = sentence_of(doc, sentence.start - 1)
    if "\n" in text[previous.start_char : sentence.start_char] or dates_now(doc, sentence.start_char, sentence.end_char):
        return False
    return bool(area_expression("earlier_inspection").search(text, previous.start_char, previous.end_char)) and \
        historic_to_end(doc, previous.start_char, previous.end_char)


def _continues_earlier(phrase: _Phrase, found: Found) -> bool:
    """"The last report judged it 'inadequate' at A. It was also graded 'requires
    improvement' for B": an "also" before the grade adds to what the sentence just before
    graded. Where that sentence speaks only of an earlier inspection (every grading read
    there is historic, or none is read yet but it holds a grade and a historic cue) and
    neither sentence dates itself now ("today", "It is also now rated good"), this one is
    historic too."""
    doc, sentence = phrase.doc, phrase.sentence
    if sentence.start == 0 or not ALSO_RE.search(phrase.text, sentence.start_char, phrase.span.start_char):
        return False
    previous = sentence_of(doc, sentence.start - 1)
    while not previous.text.strip() and previous.start > 0:  # the blank line between paragraphs
        previous = sentence_of(doc, previous.start - 1)
    if any(dates_now(doc, s.start_char, s.end_char) for s in (sentence, previous)):
        return False
    before = [g for g in found.gradings if previous.start_char <= g.start and g.end <= previous.end_char]
    if before:
        return all(g.historic for g in before)
    return expressions().grade.search(previous.text) is not None and \
        historic_to_end(doc, previous.start_char, previous.end_char)


def _phrase_subjects(phrase: _Phrase, sentences: _Sentences) -> _Subjects | None:
    """Who the phrase grades, nearest first: the bodies before it (or inside it), those
    the sentence's earlier phrase graded, bodies listed after it, "the Kent force", then
    a body carried from before; None when no body is found (no body, no grading)."""
    doc, span, sentence, zone_start = phrase.doc, phrase.span, phrase.sentence, phrase.zone_start
    names, end = GradingExtractor._subjects(doc, span, zone_start)
    if not names:  # "Other forces, such as A and B, were judged good"
        names, end = _class_examples(doc, span, zone_start)
    went_on = not names and sentence.start in sentences.subjects
    if went_on and _subject_of_its_own(phrase):
        return None  # "A and 20 others were rated good, while four need to improve": four other bodies
    if not names:  # "graded X as good at A, and requires improvement at B"
        names, end = sentences.subjects.get(sentence.start, ([], span.start_char))
    named_after = None if names else _bodies_named_after(doc, span, sentence, zone_start)
    if named_after == []:  # "All other forces were judged good": a class, none of it named
        return None
    if named_after is None and not names and class_subject(doc, zone_start, span.end_char) is not None:
        return None  # "rated one force as 'good' and two forces as 'inadequate'": the verb's object is a class
    if named_after:  # "The services rated good were:" and a list of services
        names, end = _canonical(doc, named_after), span.start_char
    if not names:  # "The Kent force was said to be good at ..."
        names, end = _area_force(doc, span, zone_start)
    listed_after = _areas_listed_after(doc, span, sentence, zone_start)
    area_subject = [] if names and not went_on else \
        listed_after or _area_subject(phrase.zone) or _counted_object(span) or _counted_bare(phrase)
    carried = not names
    headed_by = _grade_line_heading(doc, span)  # "Overall judgment" over a line "graded inadequate"
    if carried:  # "Preventing fire and risk was rated 'good'": the areas graded open the sentence
        names, end = _carried(doc, span, zone_start, opening=bool(area_subject) or headed_by is not None)
    if not names:
        return None
    return _Subjects(names, end, named_after or [], listed_after, area_subject, carried, headed_by)


def _subject_of_its_own(phrase: _Phrase) -> bool:
    """Whether the words between the sentence's earlier grade and this one name a subject of
    their own that is no body: a class of bodies ("A was rated good, while six forces were
    ...") or a bare count that counts no areas ("A and 20 others were rated good, while four
    were told to ..."). The grade is that subject's, not the earlier grade's body's; a
    bare count after areas counted ("good in four areas, and two were ...") is a count of
    the same body's areas, and is read so."""
    if class_subject(phrase.doc, phrase.zone_start, phrase.span.start_char) is not None:
        return True
    zone = area_expression("copula_tail").sub("", phrase.zone)
    return area_expression("counted_bare").search(zone) is not None and not _counted_bare(phrase)


def _opens_list(areas: list[str | None], listed: list[str]) -> bool:
    """"On A, B and C were rated ...": the one area read before the grade ("On A,") is only
    the first of the list the sentence opens on, and the whole list is what is graded."""
    return len(listed) >= 2 and len(areas) == 1 and bool(areas[0]) and \
        listed[0].lower().endswith((areas[0] or "").lower())


def _phrase_areas(phrase: _Phrase, subjects: _Subjects) -> tuple[list[str | None], int] | None:
    """The areas the phrase grades and where they end: those read around it, else those
    standing as its subject, counted before it or heading its line. None for counted
    cases ("good in 17 cases") and for a bare predicate with no area ("It is good.")."""
    span = phrase.span
    areas, area_end = GradingExtractor._areas(phrase.doc, span, subjects.end, phrase.sentence)
    if areas is None:
        return None
    if subjects.listed_after or (subjects.area_subject and (areas == [None] or _opens_list(areas, subjects.area_subject))):
        areas = list(subjects.listed_after or subjects.area_subject)
    if len(areas) == 1 and (named := counted_list_areas(phrase.text, phrase.sentence.start_char, phrase.sentence.end_char,
                                                       span.start_char, span.end_char, areas[0])):
        areas = list[str | None](named)  # "good in the three pillars of A, B and C"
    if areas == [None]:  # "– with two areas rated 'inadequate'": the areas counted before the grade
        areas = list[str | None](_counted_before(phrase.zone) or _counted_bare(phrase)) or areas
    if areas == [None] and subjects.headed_by:
        areas = [subjects.headed_by]
    areas = [f"{a} areas" if a and _is_count(a) else a for a in areas]  # "'adequate' in four": four areas
    if subjects.named_after:  # "rated good for effectiveness were": the area ends before the verb
        areas = [re.sub(r"\s+(?:were|are|was|is|include[sd]?|included)\b.*$", "", a, flags=re.I) if a else a
                 for a in areas]
    if len(areas) == 1 and WHEN_IT_COMES_TAIL_RE.search(span.text) and _pronoun_only(areas[0]):
        return None  # "The force is good when it comes to that": the area is elsewhere, the line grades nothing named
        # ("good at this" stays: iC's press story grades the area the clause before names, gold keeps the row)
    if span.id_.startswith("grading-predicate") and areas == [None] and \
            (subjects.carried or phrase.text[subjects.end : span.start_char].strip(" ,")):
        return None  # "It is good." says nothing graded; "Kent Police requires improvement, says ..." does
    return areas, area_end


def _pronoun_only(area: str | None) -> bool:
    """Whether the area read after the phrase is only a pronoun ("when it comes to that"):
    it points back to what the sentence before said, so the grade names no area of its own
    and the line is no grading of its own."""
    return area is not None and area.lower() in grading_words().pronoun_areas


def _add_grade_change(phrase: _Phrase, subjects: list[str], areas: list[str | None], flags: Flags,
                      found: Found) -> None:
    """"dropped from good to requires improvement": the grade before (historic) and the
    grade now, per area and subject; "moved to good from requires improvement" states
    them the other way round."""
    before, now = expressions().grade.findall(phrase.span.text)[:2]
    if phrase.span.id_ == "grading-to-from":
        before, now = now, before
    span, sentence = phrase.span, phrase.sentence
    if span.id_ == "grading-from-when-to" and flags.historic:  # "from good at its last inspection to outstanding":
        outside = flags_for(phrase.doc, sentence.start_char, sentence.end_char, span.start_char, span.end_char,
                            apart=(span.start_char, span.end_char))  # the cue between the grades dates the first
        if not outside.historic and not _dated_by_previous(phrase.doc, sentence):
            flags = Flags(historic=False, negated=flags.negated, hypothetical=flags.hypothetical)
    for area in areas:
        for subject in subjects:
            found.add(subject, grade_name(before), area, phrase.where, phrase.span.id_,
                      Flags(historic=True, negated=flags.negated))
            found.add(subject, grade_name(now), area, phrase.where, phrase.span.id_, flags)


def _add_grade_counts(phrase: _Phrase, subjects: list[str], flags: Flags, found: Found,
                      sentences: _Sentences) -> None:
    """"two 'outstanding', five 'good' and one 'adequate' ratings": each count of a grade
    grades that many areas; the sentence is read up to the last count."""
    sentence = phrase.sentence
    counts = list(expressions().count.finditer(phrase.text, phrase.span.start_char, sentence.end_char))
    for m in counts:
        named = _count_named_areas(phrase.text[m.end() : sentence.end_char], m["count"]) if len(counts) == 1 else []
        for subject in subjects:
            for area in named or [f"{m['count']} areas"]:
                found.add(subject, grade_name(m["grade"]), area, phrase.where, phrase.span.id_, flags)
        sentences.read_to[sentence.start] = m.end()


def _count_named_areas(after: str, count: str) -> list[str]:
    """"three 'good' ratings, in its efficiency, people and effectiveness categories",
    "three 'good' judgments across the three areas (A, B and C)": a lone count of one grade
    followed by as many named pillars grades those pillars."""
    counted = counted_list(area_expression("count_listed").match(after), _GRADE_COUNT_NAMES, count)
    return counted.names if counted else []


def _counted_name(part: str) -> bool:
    """"two 'requires improvement' ratings for A and B": the count vouches for the list, so
    its parts may be any areas' names (known names, short names, a few words with no verb
    of a clause), not only pillars; not a part that reads as a clause or states a grade."""
    return bool(_clean_area(part)) and not _states_grade(part) and \
        (part.lower() in grading_words().known_areas or short_name(part) or _plain_list_name(part))


# a lone count of one grade and its list: all pillars, else all any areas' names (`_counted_name`),
# the first reading whose parts all pass being the list; its places are not read
_GRADE_COUNT_NAMES = CountRule((ListReading(pillar_parts, is_pillar),
                                ListReading(lambda listed: list_parts(listed.strip(" ." + QUOTES)), _counted_name)),
                               every_part=True, placed=False)


def _add_graded_areas(phrase: _Phrase, subjects: _Subjects, areas: list[str | None], flags: Flags,
                      found: Found) -> None:
    """The phrase's grade for each area. With no area, or an open clause ("It requires
    improvement in how it:"), the list under a lead-in names the areas, or "All were
    rated as requiring improvement" gathers those named before; one area may refer back
    to areas named earlier."""
    doc, span, sentence = phrase.doc, phrase.span, phrase.sentence
    listed: list[str | None] = []
    if (areas == [None] or len(areas) == 1 and (OPEN_CLAUSE_RE.match(areas[0] or "") or _area_leads_in(sentence, areas[0]))) \
            and not subjects.named_after:
        listed = GradingExtractor._listed_areas(doc, sentence, span)
        if subjects.carried and not listed:
            listed = _collective_areas(doc, sentence, span, phrase.zone_start)
    if len(areas) == 1 and not listed:
        listed = list(_referred_areas(doc, sentence, areas[0]))
    for area in listed or areas:
        for subject in subjects.names:
            found.add(subject, phrase.grade, area, phrase.where, span.id_, flags)


def _add_counts_before(phrase: _Phrase, subjects: list[str], areas: list[str | None], flags: Flags,
                       found: Found) -> None:
    """"five were 'good' and six were 'adequate'": where the phrase grades a bare count of
    areas, the counts joined to it before, each with its own grade, are as many areas more
    (the chain reads only the grades after a phrase)."""
    if len(areas) != 1 or areas[0] is None or area_count(areas[0]) is None:
        return
    zone = area_expression("copula_tail").sub("", phrase.zone)
    bare = area_expression("counted_bare").search(zone)
    if bare is None or area_count(areas[0]) != count_value(bare["count"]):
        return
    head = zone[: bare.start()].rstrip()
    while m := expressions().count_before.search(head):
        for subject in subjects:
            found.add(subject, grade_name(m["grade"]), _count_area(m["count"]), phrase.where, phrase.span.id_ + "+before",
                      flags)
        head = head[: m.start()].rstrip()


def _area_leads_in(sentence: Span, area: str | None) -> bool:
    """An area that runs on to the colon of a lead-in ("it requires improvement to its work
    in:", "it is good in its:") is a stub of the sentence the list completes: the list
    items are the areas. Not when another grade stands in it ("good at A, it requires
    improvement at:"): the list is that grade's."""
    return area is not None and re.search(re.escape(area) + r"\s*(?:\w+\s*)?:\W*$", sentence.text.strip()) is not None \
        and expressions().grade.search(area) is None


def _add_chained_grades(phrase: _Phrase, subjects: list[str], chain_start: int, found: Found,
                        whole: bool = False) -> None:
    """"good at A, and requires improvement at B", "outstanding in three areas, good in
    seven": the grades the clause goes on to state after the phrase's area, each with
    the flags of its own words. After a grade of the whole body (`whole`: no area), a bare
    count that is its own clause's subject ("Kent Police was rated good, and 12 were rated
    outstanding") counts other bodies graded alike, not the body's areas: no row."""
    doc, sentence = phrase.doc, phrase.sentence
    if chain_start == phrase.span.end_char and phrase.text[chain_start - 1] in ",;":
        chain_start -= 1  # "Two were good, three were adequate": the phrase took the comma the chain opens with
    chain_text = phrase.text[chain_start : sentence.end_char]
    others = False  # "and 12 were rated outstanding and four inadequate": the counts go on counting bodies
    for m in _chain(chain_text):
        others = whole and _counts_other_bodies(m, others)
        if others:
            continue
        chain_flags = flags_for(doc, sentence.start_char, sentence.end_char, chain_start + m.start("grade"),
                                chain_start + m.end("grade"))
        for area in _chained_areas(m, chain_text, sentence):
            for subject in subjects:
                found.add(subject, grade_name(m["grade"]), area or None, phrase.where, phrase.span.id_ + "+chain",
                          chain_flags)


def _counts_other_bodies(m: re.Match[str], counting_bodies: bool) -> bool:
    """"..., and 12 were rated outstanding": a chained count standing as the subject of its
    own verb, with no noun of areas (`area_nouns`: "and two pillars were rated good" counts the
    body's own areas; see `_add_chained_grades`), or any bare count chained after one
    (`counting_bodies`)."""
    if "noun" not in m.re.groupindex or (m["noun"] or "").lower() in grading_words().area_nouns:
        return False
    return counting_bodies or (m["verb"] or "as").lower() != "as"


def _chained_areas(m: re.Match[str], chain_text: str, sentence: Span) -> list[str | None]:
    """The areas of one chained grade: a count ("and six 'adequate'", "good in seven") is
    that many areas; "'requires improvement' in three others – A, B and C" the areas named;
    "adequate across seven areas including A and B" the count and the areas named, as
    when the grade is the sentence's first."""
    count = m["count"]
    chained: list[str | None] = [_count_area(count.strip())] if count else _clean_areas(m["area"])
    if not count and "area" in m.re.groupindex:
        including = _areas_including(m["area"], sentence)
        counted = counted_list(expressions().count_named.match(chain_text[m.start("area") :]), NAMES_AFTER_COUNT)
        chained = list[str | None](counted.names if counted else []) or \
            (including[0] if including and including[0] else chained)
    if len(chained) == 1 and _is_count(chained[0] or ""):
        chained = [f"{chained[0]} areas"]
    return chained


def _areas_counted_then_named(after: str, after_start: int) -> AreasRead | None:
    """"across all three areas (A, B and C)", "in three others – A, B and C": a count of
    areas then their names; the names are the areas graded."""
    counted = counted_list(expressions().count_named.match(after), NAMES_AFTER_COUNT)
    if counted and counted.end is not None:
        return list[str | None](counted.names), after_start + counted.end
    return None


def _areas_across(after: str, phrase: Span, sentence: Span) -> AreasRead | None:
    """"good across A, B and C", "across the three pillars, which are A, B and C", "good
    across all three pillars": one grade spread over several areas, named or counted."""
    across = re.match(r"^\W*?\s*across\s+(?P<area>.+)$", after, re.I | re.S)
    if not across:
        return None
    named = area_expression("areas_named_after").match(across["area"])
    if named and len(parts := list_parts(named["list"])) >= 2:
        return [a for part in parts for a in split_areas(part)], sentence.end_char
    including = _areas_including(across["area"], sentence)  # "across a number of areas including A, B and C"
    if including:
        return including
    spread = re.split(AREA_END, across["area"], maxsplit=1)[0]
    spread_parts: list[str | None] = list(list_parts(spread))
    if len(spread_parts) >= 2 and all(_named_area(p or "") for p in spread_parts):
        return spread_parts, phrase.end_char + len(after) - len(across["area"]) + len(spread)
    first, *also = ALSO_COUNTED_RE.split(spread.strip(), maxsplit=1)
    if expressions().across_all.match(first) or area_expression("programme_pillars").match(first):
        # "across all three core themes": the pillars, where named; "as well as all 12 parts": a count besides
        return [first, *(re.split(r"\s-\s", a)[0] for a in also)], phrase.end_char
    return None


def _areas_after_dash(after: str, after_start: int) -> AreasRead | None:
    """"drew a 'good' score – A, B, C and D": the areas listed after a dash or colon
    that follows the grade (or its noun), each part a short name, not a clause."""
    m = area_expression("dash_list").match(after)
    if m is None:
        return None
    parts = list_parts(m["list"].strip(" ." + QUOTES))
    if len(parts) < 2 or not all(list_name(p) for p in parts):
        return None
    return list[str | None](parts), after_start + m.end("list")


def _areas_included_after(after: str, after_start: int) -> AreasRead | None:
    """"improved from ... to good, including A and B": the areas a grade change takes in,
    listed after it."""
    included_after = INCLUDED_AFTER_RE.match(after)
    if included_after and len(parts := list_parts(included_after["list"])) >= 2:
        return list[str | None](parts), after_start + included_after.end()
    return None


def _areas_after_preposition(doc: Doc, phrase: Span, subject_end: int, sentence: Span, after: str,
                             after_start: int) -> AreasRead | None:
    """"good at A", "requires improvement in A; B; and C": the areas a preposition after
    the grade opens; "inadequate overall and in two areas" grades overall as well."""
    m = AREA_PREPOSITION_RE.match(after)
    if m and m["overall"]:  # the overall grade and the areas'
        rest, end = GradingExtractor._areas(doc, phrase, subject_end, sentence, after_start + m.start("area") - 3)
        return ["overall", *(rest or [])], end
    if not m:
        return None
    raw, area_start = m["area"], after_start + m.start("area")
    return _areas_including(raw, sentence, area_start) or _areas_semicolon_list(raw, area_start) or \
        _area_named_at(raw, area_start, sentence)


def _areas_including(raw: str, sentence: Span, raw_start: int | None = None) -> AreasRead | None:
    """"in five areas including A; B; C; D and E", "in several areas, in particular A": the
    areas named after a count; a number is kept as an area of its own (dropped later when
    all are named), "several" adds nothing. The reading ends with the sentence, or where a
    relative clause closes the list (", which at the last inspection was outstanding" states
    a grade of its own), when where `raw` starts is known."""
    including = expressions().including.match(raw)
    if not including:
        return None
    cut = LIST_END_RE.search(including["list"])
    listed = including["list"][: cut.start()] if cut else including["list"]
    end = raw_start + including.start("list") + len(listed) if cut and cut["relative"] and raw_start is not None \
        else sentence.end_char
    included: list[str | None] = [a for part in re.split(r"\s*;\s*(?:and\s+)?", listed)
                                  for a in split_areas(part.strip()) if _clean_area(a)]
    if included and any(_opens_on_body(area or "") for area in included):
        # "ten services were judged good in every pillar, including A and B": bodies, not areas;
        # the bodies are graded in what comes before them ("every pillar")
        return [including["count"].strip()], sentence.end_char
    if not included:
        return None
    counted = any(_is_count(word) for word in including["count"].split())  # "a further five areas of policing"
    return ([including["count"]] if counted else []) + included, end


def _opens_on_body(part: str) -> bool:
    """Whether a list part opens on a body's name ("West Yorkshire Fire and Rescue Service and ...")."""
    return any(start == 0 for start, _, _ in find_bodies(part.strip(" ." + QUOTES)))


LIST_END_RE = re.compile(r"[.–—()?!]|,\s*(?:such\s+as|(?P<relative>which|where|who))\b")  # where an included list ends
HOW_PART_RE = re.compile(r"^how\s+(?:well\s+)?(?:it|they|the\s+\w+)\s+(?:is\s+|are\s+)?\w+", re.I)  # "how well it is planning for ...": a question's area, not a clause


def _areas_semicolon_list(raw: str, area_start: int) -> AreasRead | None:
    """"good for A; B; and C": a list written with semicolons, its last part after "; and"
    ending where a clause begins ("... and C, with the rest rated adequate"). Not a list
    of grades ("good at A; adequate at B") nor of clauses ("; it needs ...")."""
    semicolons = SEMICOLON_LIST_RE.match(raw)
    if not semicolons:
        return None
    parts = [re.sub(r"^(?:and|or)\s+(?:(?:for|in|at)\s+(?=how\b))?", "", p.strip(), flags=re.I) for p in semicolons["list"].split(";")]
    tail = len(parts[-1]) - len(last := LIST_TAIL_RE.split(parts[-1], maxsplit=1)[0])
    parts[-1] = last
    areas: list[str | None] = [a for a in map(_clean_area, parts) if a]
    if len(areas) == len(parts) and not any(expressions().grade.search(p) or (CLAUSE_PART_RE.search(p) and not HOW_PART_RE.match(p))
                                            for p in parts) \
            and all(len(p.split()) <= 12 for p in parts):
        return areas, area_start + semicolons.end("list") - tail
    return None


# "good at A and at B": the preposition said again opens a second area (not "A and the way it B",
# one area in the labels' reading)
REPEATED_PREPOSITION_RE = re.compile(r"\s+and\s+(?:at|in|for|to)\s+(?:\w+ing|its|their|how|the\s+way)\b", re.I)  # "in A, and in its B", "at A and in how it B"


def _area_named_at(raw: str, area_start: int, sentence: Span) -> AreasRead | None:
    """The area after "at"/"in"/"for" up to where the clause or the next grade begins: an
    assessment area's known name first ("good in understanding fire and risk and ..."),
    else the words cut there (up to a comma when too long); counted cases ("in 17 cases")
    are no area, and "in all three areas: A, B and C" grades the areas named."""
    known = _known_area_at(raw)
    first = _area_end_re().split(raw, maxsplit=1)[0]
    if "," in first:
        first = _list_past_semicolons(raw, first)
    listing = not known or "," in known  # a known name with a comma may be a list's first parts
    if listing and (long_list := _long_list(first)):
        return long_list, area_start + len(first)
    if listing and (before_clause := _list_before_clause(first)):
        return before_clause[0], area_start + before_clause[1]
    area = known or _clean_area(first)
    listed = _clean_areas(first) if known else []
    if len(listed) >= 2 and (listed[0] or "").lower() == (known or "").lower():
        return listed, area_start + len(first)
    if area is None and REPEATED_PREPOSITION_RE.search(first) and len(joined := _clean_areas(first)) >= 2 and all(joined):
        return joined, area_start + len(first)  # "at A and at B": two areas, too long together for one name
    area = area or _clean_area(first.split(",")[0])
    consumed = area_start + (len(known) if known else len(area or ""))
    if area and _counts_cases(area):
        return None, consumed
    named = area_expression("areas_named_after").match(raw)
    # "good in six areas – A and 'adequate' in one area": a part that states a grade goes on
    # to the next grade, so the words after the count do not name its areas
    if named and len(parts := list_parts(named["list"])) >= 2 and not any(_states_grade(p) for p in parts):
        return [a for part in parts for a in split_areas(part)], sentence.end_char
    if area:
        return list(split_areas(area)), consumed
    return None


def _list_past_semicolons(raw: str, first: str) -> str:
    """"good at A, B, C; D and E": a written list of areas that a semicolon divides
    goes on past it while each part after it is an area as the list's own are (not a
    clause, not a grade: "; it was adequate at F" ends the list)."""
    while raw[len(first) : len(first) + 1] == ";":
        following = _area_end_re().split(raw[len(first) + 1 :], maxsplit=1)[0]
        parts = list_parts(re.sub(r"^\s*(?:and|or)\s+", "", following, flags=re.I))
        if not parts or not all(_list_part(p) for p in [*re.split(r"\s*,\s*", first), *parts]):
            break
        first = f"{first};{following}"
    return first


def _list_part(part: str) -> bool:
    """A part of a written list that names an area: a known name however long, else a
    name's length, not a clause, not a grade."""
    part = LIST_PART_OPENER_RE.sub("", part.strip(" " + QUOTES))
    words = area_expression("enduring_time").sub("", part).split()  # "... affordable now and in the future": a time, no more words of a name
    return bool(part) and (_one_named_area(part) or (len(words) <= LIMITS.list_part_words and not CLAUSE_PART_RE.search(part)
                                                   and not _states_grade(part)))


def _long_list(raw: str) -> list[str | None]:
    """"good in A, B, C, D and E": a written list of areas too long to be one area's
    name, each part a short name or an activity (not a clause, not a grade); [] otherwise.
    Commas divide the list, and "and" only within its last part ("for A and B, for C,
    and for D" is three areas)."""
    if _clean_area(raw) is not None or raw.count(",") < 2:
        return []
    return _listed_parts(raw, 3)


def _listed_parts(raw: str, least: int) -> list[str | None]:
    """The parts of a written list of areas, commas dividing it and "and" only its last
    part, when there are at least `least` and each names an area; [] otherwise."""
    pieces = comma_parts(raw.strip(" ." + QUOTES))
    pieces[-1:] = list_parts(re.sub(r"^(?:and|or)\s+", "", pieces[-1], flags=re.I))  # "..., D and E"
    parts = [LIST_PART_OPENER_RE.sub("", p) for p in pieces]
    if len(parts) < least or not all(_list_part(p) for p in parts):
        return []
    return [_clean_area(p) or p for p in parts]


def _list_before_clause(raw: str) -> tuple[list[str | None], int] | None:
    """"good at A, B and C, as well as remaining on track to save", "requires improvement
    to the way it X, and how it Y, as staff have ...": a list of two or more areas
    that a comma and a clause of the writer's own close, too long as a whole to be one
    area's name. The areas are the list's parts up to the last comma before which the
    words still name areas, and the read ends there. With no clause after it, a list
    too long as a whole is read so only where each part is a noun the body owns ("in
    its approach to A, its ability to B and its ability to C"); a list of activities
    ("good at A, B and C" with one comma) may be one area's wording. None when no such
    list stands (one area's name is read as before, from the words to the first comma)."""
    if _clean_area(raw) is not None:
        return None
    pieces = raw.split(",")
    for kept in range(len(pieces), 1, -1):
        if kept < len(pieces) and _list_part(re.sub(r"^\s*(?:and|or)\s+", "", pieces[kept], flags=re.I)):
            continue  # the part dropped names an area: the list goes on past it
        listed = ",".join(pieces[:kept])
        parts = _listed_parts(listed, 2)
        if parts and (kept < len(pieces) or all(owned_name(p or "") for p in parts)):
            return parts, len(listed)  # no clause after it: a list only of what the body owns
    return None


def _states_grade(part: str) -> bool:
    """A list part holding a grade word that does not open a known area's name ("making
    good use of resources" names an area; "adequate in B" grades one)."""
    named_on = re.compile(_area_named_on(), re.I)
    return any(named_on.match(part, m.end()) for m in expressions().grade.finditer(part))


@lru_cache(maxsize=1)
def _area_named_on() -> str:
    """A lookahead that fails where the words after a grade word complete a known area's
    name that opens with it ("good" then "use of resources")."""
    grade = re.compile(rf"^(?:{grading_words().grade_alternation})\s+(?P<rest>.+)$", re.I)
    rests = sorted({m["rest"] for name in grading_words().known_areas if (m := grade.match(name))}, key=len, reverse=True)
    return r"(?!\s+(?:" + "|".join(re.escape(r) for r in rests) + r")\b)" if rests else ""


def _one_named_area(part: str) -> bool:
    """A part of a written list that is one area however long: a known area's name, owned
    or not (a PEEL pillar's tagline of nine words), or a pillar owned with its
    own tagline ("its effectiveness in" then the effectiveness tagline)."""
    bare = OWNED_RE.sub("", part.strip(" " + QUOTES)).lower()
    if bare in grading_words().known_areas or part.strip(" " + QUOTES).lower() in grading_words().known_areas:
        return True
    pillar = PILLAR_IN_RE.match(bare)
    return bool(pillar and area_expression("effectiveness_tagline").match(bare[pillar.end() :]))


@lru_cache(maxsize=1)
def _area_end_re() -> re.Pattern[str]:
    """Where an area after its preposition ends: at a clause mark, "up/down from", or
    the next grade ("and ... good", ", good"), not a grade word qualifying a noun
    ("and making good use of resources" goes on the list), and not a grade after a word
    of contrast ("in A and B but required improvement in C": the contrast ends the list,
    which holds B; the area's own tail rule cuts it there)."""
    grades = grading_words().grade_alternation
    qualified = _area_named_on()  # "and making good use of resources": a known name goes on
    # "A and B but required improvement in C": B is listed (the words that open another clause)
    contrast = r"(?:" + word_alternation(EXTRACTION_WORDS, "other_clause_words") + r")\b"
    return re.compile(AREA_END + r"|,?\s+(?:up|down)\s+from\b"
                      + r"|\s+and\s+(?:(?!and\b|" + contrast + r")[^\s,.;]+\s+){0,5}?"
                      + r"[" + QUOTES + r"]?(?:" + grades + r")\b" + qualified
                      + r"|,\s*(?:(?:is|are|was|were)\s+)?[" + QUOTES + r"]?(?:" + grades + r")\b" + qualified, re.I)


def _areas_before_phrase(doc: Doc, phrase: Span, subject_end: int, sentence: Span) -> AreasRead:
    """No area after the grade: the sentence opens on the areas ("Its areas of A and B
    were good", "On effectiveness, the service was rated good") or names one between its
    start and the grade; [None] when none is named."""
    whole_zone = text_of(doc)[sentence.start_char : phrase.start_char]
    of_areas = area_expression("areas_of").match(whole_zone)
    if of_areas:
        return list(split_areas(of_areas["area"])), phrase.end_char
    if counted := _counted_areas_set_off(whole_zone):
        return list[str | None](counted), phrase.end_char
    leading = area_expression("leading_area").match(whole_zone)
    if leading and all(_named_area(a) for a in split_areas(leading["area"])):
        return list(split_areas(leading["area"])), phrase.end_char
    for found in _area_matches_before_grade(doc, phrase, subject_end, sentence):
        if found:
            area = _clean_area(area_expression("copula_tail").sub("", found["area"]))
            if area:
                return list(split_areas(area)), phrase.end_char
    owned_list = possessed_list(text_of(doc)[max(subject_end - POSSESSIVE_REACH, sentence.start_char) : phrase.start_char], _list_part)
    if owned_list:  # "The force's A, and its B, are also rated good"
        return list[str | None](owned_list), phrase.end_char
    return [None], phrase.end_char


def _counted_areas_set_off(opening: str) -> list[str]:
    """"In two areas – A and B – it was good": a count of areas the sentence opens on,
    the areas named between dashes or brackets, one each when as many are named as
    counted; none otherwise."""
    m = area_expression("counted_areas_set_off").match(opening)
    want = grading_words().count_words.get(m["count"].lower()) if m else None
    if m is None or want is None:
        return []
    named = [a for part in list_parts(m["list"]) for a in split_areas(part)]
    return named if len(named) == want and all(_list_part(a) for a in named) else []


def _area_matches_before_grade(doc: Doc, phrase: Span, subject_end: int, sentence: Span) -> list[re.Match[str] | None]:
    """The shapes that name an area before the grade, in the order they are trusted: an
    owned object of an active verb, the words between subject and grade, "the extent to
    which ...", an exception, "report on ...", "the way ...", a possessive, the owner of a
    relative clause ("the service's efficiency, which has improved from ... to good")."""
    text = text_of(doc)
    whole_zone = text[sentence.start_char : phrase.start_char]
    bare_zone = area_expression("copula_tail").sub("", whole_zone)
    zone = text[max(subject_end - POSSESSIVE_REACH, sentence.start_char) : phrase.start_char]
    between = area_expression("between_area").search(text[subject_end : phrase.end_char]) \
        if phrase.start_char < subject_end < phrase.end_char else None
    relative = RELATIVE_TAIL_RE.search(bare_zone)
    return [
        _owned_area(phrase),
        between,
        area_expression("extent").search(whole_zone),
        _extent_named(text, whole_zone, phrase, subject_end, sentence),
        area_expression("excepted_area").search(bare_zone),
        area_expression("report_on").search(whole_zone),
        area_expression("way_area").search(bare_zone),
        _possessive_area(area_expression("copula_tail").sub("", zone), bare_zone),
        _possessive_area(whole_zone[: relative.start()], whole_zone[: relative.start()]) if relative else None,
    ]


def _possessive_area(zone: str, sentence_zone: str) -> re.Match[str] | None:
    """What a possessive in `zone` owns ("Kent’s approach to legitimacy"), unless the
    possessive is the body an area is "of" in `sentence_zone`, the sentence up to the grade
    ("the effectiveness of Gloucestershire’s service"): what it owns is then the body
    again, not an area."""
    if area_expression("owner_of_body").search(sentence_zone):
        return None
    return area_expression("possessive_area").search(zone)


def _owned_area(phrase: Span) -> re.Match[str] | None:
    """"rated the service's A and B as good": the object an active verb grades, when it
    names areas (not "rated the force's approach as good", a noun)."""
    owned = area_expression("possessive_object").match(phrase.text) if phrase.id_.startswith("grading-active") else None
    if owned and not all(_named_area(a) or len(a.split()) >= 2 for a in split_areas(owned["area"])):
        return None
    return owned


def _extent_named(text: str, whole_zone: str, phrase: Span, subject_end: int, sentence: Span) -> re.Match[str] | None:
    """An extent clause ("the extent to which <force> is <quality> ... is good"): the area is what
    follows the body the extent clause names."""
    opener = EXTENT_OPENER_RE.search(whole_zone)
    if opener and sentence.start_char + opener.end() <= subject_end < phrase.start_char:
        return EXTENT_NAMED_RE.match(text, subject_end, phrase.start_char)
    return None


def _grade_line_heading(doc: Doc, phrase: Span) -> str | None:
    """The heading over a line that is only a grade ("graded inadequate" under "Overall
    judgment" or under a question an inspection page answers): the line states a grade of
    the body the page is about, for what the heading names. None where the phrase is not
    a line of its own or no short heading stands over it."""
    text = text_of(doc)
    start = text.rfind("\n", 0, phrase.start_char) + 1
    end = text.find("\n", phrase.end_char)
    rest = text[phrase.start_char : end if end >= 0 else len(text)]
    if not expressions().graded_line.match(rest) or len(expressions().grade.findall(rest)) != 1:
        return None
    before = text[start : phrase.start_char].strip(" •·*-–\t")
    block = next(((s, kind) for s, e, kind in doc._.blocks if s <= phrase.start_char < e), None)
    if before:  # a heading block that runs its grade line on: "Overall judgment graded inadequate"
        heading = before if block is not None and block[1] == "heading" and text[block[0] : start].strip() == "" else ""
    else:
        above = [a.strip() for a in text[max(0, start - LIMITS.grade_heading_chars) : start].split("\n") if a.strip()]
        heading = above[-1] if above else ""
    if not heading or len(heading.split()) > LIMITS.grade_heading_words or heading.endswith((".", ":", ";", ",")) or expressions().grade.search(heading):
        return None
    return heading.rstrip("?").strip()


def _areas_listed_next(doc: Doc, found: Found) -> None:
    """"Five of the key areas were rated inadequate. They included A, B and C.": a grade
    given to a count of areas (or to no area named) whose areas the next sentence names
    (`listed_next`) grades each area named, with the subject and flags of the count's
    grading. Where the sentence gives one body several counts ("good in four areas, adequate
    in one, inadequate in two. These were A and B"), the pronoun takes up the last count,
    the one read just before it; so it does after areas named ("outstanding at A, good in
    five further areas. They included B, C and D")."""
    text = text_of(doc)
    by_sentence: dict[int, list[Grading]] = {}
    for grading in found.gradings:
        by_sentence.setdefault(grading.end, []).append(grading)
    for end, gradings in by_sentence.items():
        if len({g.subject for g in gradings}) != 1 or any(g.negated for g in gradings):
            continue
        open_areas = [g for g in gradings if not g.area or area_count(g.area) is not None
                      or area_expression("vague_areas").match(g.area.strip()) or expressions().across_all.match(g.area.strip())]
        if not open_areas:
            continue
        if len(open_areas) != len(gradings):  # "outstanding at A, good in five further areas"
            last = max(gradings, key=_area_read_at)
            if last not in open_areas or not last.area or area_count(last.area) is None:
                continue  # the pronoun takes up only a count read last, after the areas named
            open_areas = [last]
        elif len({g.grade for g in gradings}) > 1:
            if any(area_count(g.area or "") is None for g in gradings):
                continue  # several grades, not each a count: which one the next sentence names is unclear
            open_areas = open_areas[-1:]  # the count read last
        m = area_expression("listed_next").match(text[end : end + LIMITS.listed_next_chars])
        if m is None or any(s.label_ in GROUP_KINDS for s in bodies_in(doc, end + m.start("list"), end + m.end("list"))):
            continue  # "They were Durham, Dorset and Cumbria": the bodies graded, not areas
        parts = [_clean_area(p) for p in _written_list(m["list"])]
        if len(parts) < 2 or not all(p and list_name(p)
                                     and not expressions().grade.search(p) for p in parts):
            continue
        sentence = (end + m.start(), end + m.end(), m.group().strip())
        for grading in open_areas[:1]:
            for part in parts:
                found.add(grading.subject, grading.grade, part, sentence, "grading-listed-next",
                          Flags(historic=grading.historic))
        for grading in open_areas:  # no area, or "all three areas": the areas now named, not a grading of their own
            if not grading.area or expressions().across_all.match(grading.area.strip()):
                found.gradings.remove(grading)


def _areas_of_grade_referred(doc: Doc, found: Found) -> None:
    """"Rated good at A; it also earned this rating for B and C": a
    sentence that states no grade but receives one by reference ("this grade", "the same
    mark", `grade_referred`) gives the grade of the grading row read last before it (within
    reach) to each area it names: the row, not the last grade word, because a grade word
    that grades nothing ("Good progress has also been made") is not what "this rating"
    refers to. A grade the sentence before names without a body graded ("a grading of
    'adequate' was included") is such a row, still the one referred to. The body is the
    one the sentence names, else the row's; the row's historic flag goes with its grade.
    Only verbs of receiving open it, and not for a time ("kept this rating for four years",
    "received it for the third year running"); the grade referred to is the one grade of its
    sentence ("ratings ranged from outstanding to inadequate" refers to none). A part is an
    area only where it names one (`_referred_area`): "for the third year", "for the
    dedication shown by its officers" give reasons or times; a comparison after it ("the
    same rating for efficiency as Essex Police") is cut."""
    text = text_of(doc)
    for start, end in found.sentences:
        sentence = text[start:end]
        m = area_expression("grade_referred").search(sentence)
        if m is None or expressions().grade.search(sentence):
            continue
        near = [g for g in found.gradings if g.end <= start and start - g.end <= LIMITS.last_graded_chars]
        last = max(near, key=lambda g: g.end) if near else None
        said, grade, historic = _grade_referred_to(text, found, start, last)
        if grade is None:
            continue
        named = [s for s in bodies_in(doc, start, start + m.start()) if s.label_ in GROUP_KINDS]
        if not _only_subject(text[start : start + m.start()], [(s.start_char - start, s.end_char - start) for s in named]):
            continue  # "its officers earned this rating for their hard work": praise of someone else
        subjects = _canonical(doc, named) if named else found.last_subject(start)
        parts = _clean_areas(_without_comparison(m["list"]))  # an area's name is read whole, not a list part's length
        if len(subjects) != 1 or not all(p and list_name(p, LIMITS.area_words) and _referred_area(p) for p in parts):
            continue
        flags = flags_for(doc, start, end)
        if flags.recurring:
            continue  # "received this rating for the third year running": a time, no area
        flags = replace(flags, historic=flags.historic or historic)
        for part in parts:
            found.add(subjects[0], grade, part or None, (start, end, sentence), "grading-referred", flags)
        for grading in [g for g in found.gradings if said[0] <= g.start < said[1] and not g.area
                        and (g.subject, g.grade) == (subjects[0], grade)]:
            found.gradings.remove(grading)  # the grade named alone before: the areas now named, not a grading of its own


def _grade_referred_to(text: str, found: Found, start: int,
                       last: Grading | None) -> tuple[tuple[int, int], str | None, bool]:
    """The sentence, grade and historic flag a sentence starting at `start` refers to by
    "this rating": the grading row read last (`last`), unless a grade word after it names
    the grade with a grade noun but grades no body ("An additional grading ... of
    'Adequate'"). A grade word without such a noun ("Good progress has also been made")
    grades nothing and is not referred to. The sentence referred to must hold one grade."""
    words = list(expressions().grade.finditer(text, max(0, start - LIMITS.last_graded_chars), start))
    nouns = rf"\b(?:{'|'.join(map(re.escape, sorted(grading_words().grade_nouns)))})\b"
    if words and (last is None or words[-1].start() >= last.end):
        said = next(((s, e) for s, e in found.sentences if s <= words[-1].start() < e), (words[-1].start(), start))
        if not re.search(nouns, text[said[0] : said[1]], re.I):
            said = (last.start, last.end) if last is not None else said
            if last is None:
                return said, None, False
    elif last is not None:
        said = (last.start, last.end)
    else:
        return (start, start), None, False
    grades = {grade_name(g.group()) for g in expressions().grade.finditer(text, *said)}
    if len(grades) != 1:
        return said, None, False  # "ratings ranged from outstanding to inadequate": no one grade to refer to
    if last is not None and (last.start, last.end) == said:
        return said, last.grade, last.historic
    return said, grades.pop(), False


def _without_comparison(listed: str) -> str:
    """The areas a referred grade is received for, without a comparison after them ("for
    efficiency as Essex Police": `comparison_words`): the body compared is no area's part."""
    words = grading_words().comparison_words
    cut = re.search(rf"\s+(?:{'|'.join(map(re.escape, sorted(words)))})\s", listed, re.I)
    return listed[: cut.start()] if cut else listed


def _referred_area(part: str) -> bool:
    """Whether a part received a referred grade "for" names an area: a known area, a pillar,
    or words that open an area after a grade (`area_after_grade`: an activity, "how", "the
    way", "its"). A time ("the third year") or a reason ("the dedication shown by its
    officers") opens otherwise and names none."""
    return part.lower() in grading_words().known_areas or is_pillar(part) \
        or area_expression("area_after_grade").match(" for " + part) is not None


def _only_subject(zone: str, bodies: list[tuple[int, int]]) -> bool:
    """Whether the words before a verb name only the body graded: the bodies named
    (`bodies`, ranges in `zone`), a carrier ("it", "the force") and the subject fillers
    ("now", "also"); any other word makes someone else the subject."""
    for begin, stop in reversed(bodies):
        zone = zone[:begin] + " " + zone[stop:]
    words = grading_words()
    rest = re.sub(rf"\b(?:{'|'.join(map(re.escape, words.carriers))})\b", " ", zone.lower())
    return all(w in words.subject_fillers for w in re.findall(r"[\w'’]+", rest))


READ_BEFORE = -1  # where an area its sentence does not name was read: before the sentence


def _area_read_at(grading: Grading) -> int:
    """Where a grading's sentence names its area (the last time), so that the area read last
    is known. A bare count made an area ("adequate in five": "five areas") is read where its
    count stands; an area the sentence does not name (carried from the sentence before, or
    the pillars a count stood for: nothing places them) and no area at all are read before it."""
    if not grading.area:
        return READ_BEFORE
    at = grading.sentence.rfind(grading.area)
    if at < 0 and area_count(grading.area) is not None:
        counts = list(re.finditer(rf"\b{re.escape(grading.area.split()[0])}\b", grading.sentence, re.I))
        at = counts[-1].start() if counts else -1
    return at if at >= 0 else READ_BEFORE


def _written_list(listed: str) -> list[str]:
    """The parts of a list written with commas: "A and B, C and D" is two parts before the
    last comma ("the vetting of officers and staff" is one area), the last part split at its
    "and" ("..., C and D" is C and D); a list without commas is read by `list_parts`."""
    parts = [p.strip() for p in re.split(r"\s*[,;]\s*", listed.strip()) if p.strip()]
    if len(parts) < 2:
        return list_parts(listed)
    last = re.sub(r"^(?:and|or)\s+", "", parts[-1], flags=re.I)
    if last == parts[-1]:
        head, _, tail = last.rpartition(" and ")
        return [*parts[:-1], *([head, tail] if head else [last])]
    return [*parts[:-1], last]


def _headings(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The document's headline and every heading of its body: a press piece on several
    bodies heads each one's section with its grade ("Kent rated 'good' overall") as its
    headline does, and the section's sentences then detail it by area."""
    inner = tuple((start, stop) for start, stop, kind in doc._.blocks if kind == "heading")
    return ((0, _headline_end(doc)), *inner)


def _headline_end(doc: Doc) -> int:
    """Where the document's headline ends: its first block and the headings that follow
    it, or its first line when it has no blocks."""
    end = 0
    for index, (start, stop, kind) in enumerate(doc._.blocks):
        if index and kind != "heading":
            break
        end = stop
    if not end:
        text = text_of(doc)
        end = text.find("\n") if "\n" in text else len(text)
    return end


def _known_area_at(text: str) -> str | None:
    """An assessment area's name that holds "and" or a comma, at the start of the text,
    quotes aside: the area ends with the name ("good at <a known area with 'and' in it>,
    and ..."). A name without them ("preventing crime") may begin a list of areas."""
    lowered = text.lower().lstrip(QUOTES)
    offset = len(text) - len(lowered)
    for name in grading_words().known_areas:
        if " and " not in name and "," not in name:
            continue
        if lowered.startswith(name) and not lowered[len(name) : len(name) + 1].isalnum():
            return text[offset : offset + len(name)]
    return None


def _without_time_tail(area: str, relative: bool = True) -> str:
    """The area cut where the time, source or clause that can follow it begins; a "which"
    right after one of the fallback's relative prepositions ("the speed at which it answers
    calls", "the way in which it treats staff") opens a relative clause on the noun before,
    part of the area, where ", which was rated" or "good, which" opens another clause. A
    relative clause after a pillar or naming one ("the efficiency with which it keeps ...", "the
    extent to which it operates efficiently") is the pillar's own question, cut as before so
    the area is read as the pillar (area_tail_prepositions)."""
    tail = area_expression("time_tail")
    start = 0
    while (cut := tail.search(area, start)) is not None:
        before = area[: cut.start()].split()
        if not relative or cut["relative"] is None or len(before) < 2 \
                or before[-1].lower() not in fallback_words().relative_prepositions \
                or _names_pillar([before[-2], *area[cut.end("relative") :].split()]):
            return area[: cut.start()]
        start = cut.end("relative")
    return area


def _names_pillar(words: list[str]) -> bool:
    """Whether one of the words is a pillar's noun, adjective or adverb ("efficiency",
    "effective", "legitimately")."""
    pillars = grading_words().pillars
    for word in words:
        word = word.lower().strip(",.;:" + QUOTES)
        if word in pillars or word.endswith("ly") and word[:-2] in pillars:
            return True
    return False


def _clean_area(raw: str, relative: bool = True) -> str | None:
    """The area without the time, source and clause that can follow it; where a relative
    clause kept on its noun (`_without_time_tail`) makes it no area (too long), the area
    cut before the clause."""
    area = _without_time_tail(raw.strip(), relative).strip(" ,." + QUOTES)
    area = _without_qualifier(area)
    area = re.sub(r"^(?:the\s+following\s+areas?|following|(?:terms|respect)\s+of)\b\s*", "", area, flags=re.I).strip()
    area = expressions().area_tail.sub("", area).strip(" ," + QUOTES)  # "the efficiency with [which]"
    if not area or area_expression("not_area").match(area) or len(area.split()) > 16:
        return _clean_area(raw, relative=False) if relative else None
    return area


def _without_qualifier(area: str) -> str:
    """The area without a tail that qualifies it ("keeping people safe, including managing
    serious and organised crime", "..., with teams having a strong identity") or closes a
    quotation ("...,” she said"); a tail naming two or more areas (", including A and B")
    names areas graded and is kept."""
    tail = area_expression("qualifier_tail").search(area)
    if tail is None or (tail["included"] and len(list_parts(tail["included"])) >= 2):
        return area
    return area[: tail.start()].strip(" ,." + QUOTES)


def _clean_areas(raw: str) -> list[str | None]:
    """The areas of a list, each cleaned: a list of area names may be longer than one area."""
    area = _clean_area(raw)
    if area:
        return list(split_areas(area))
    parts = split_areas(_without_time_tail(raw.strip()).strip(" ,." + QUOTES))
    cleaned = [_clean_area(p) for p in parts] if len(parts) >= 2 else []
    return list(cleaned) if cleaned and all(cleaned) else [None]


def _named_area(area: str) -> bool:
    """An assessment area's name or a pillar ("effectiveness", "people")."""
    words = grading_words()
    return area.lower() in words.known_areas or area.lower() in words.pillars or area.lower() in words.pillars.values() \
        or area.lower() == "people"


def _is_count(word: str) -> bool:
    return word.isdigit() or word.lower() in grading_words().count_words


def _counts_cases(area: str) -> bool:
    words = grading_words()
    tokens = area.lower().split()
    return len(tokens) >= 2 and (tokens[0].isdigit() or tokens[0] in words.count_words) and \
        any(t in words.not_area_nouns for t in tokens[1:4])


def _chain(rest: str) -> list[re.Match[str]]:
    """Further grades that go on the same clause: ", 'adequate' in two areas and
    'inadequate' in three", ", 'Good' for Legitimacy"."""
    expr = expressions()
    found: list[re.Match[str]] = []
    position = 0
    while True:
        m = expr.chain.match(rest, position) or expr.count_chain.match(rest, position)  # "... and six were 'adequate'"
        if not m:
            return found
        found.append(m)
        position = m.end("area") if "area" in m.re.groupindex else m.end()


def _area_force(doc: Doc, phrase: Span, zone_start: int) -> tuple[list[str], int]:
    """"the West Midlands force": an area name before "force" names that area's force."""
    zone = text_of(doc)[zone_start : phrase.start_char]
    for m in reversed(list(AREA_FORCE_RE.finditer(zone))):
        body = force_of_area(m["area"])
        if body is not None:
            return [body.canonical], zone_start + m.end()
    return [], phrase.start_char


def _carried(doc: Doc, phrase: Span, zone_start: int, opening: bool = False) -> tuple[list[str], int]:
    """The body a pronoun, "the service" or an unlisted abbreviation stands for: the
    body named last before the sentence, or the one the document is about (also where
    the sentence opens with the areas graded, `opening`). "We" and "us" stand for the
    body the document speaks for, which its title names, before the body named last. With
    no such word, a force's or PCC's response gives the grade to its own body
    (`_answering_body`); other documents give it to none."""
    words = grading_words()
    text = text_of(doc)
    opener = WHEN_IT_COMES_TAIL_RE.search(phrase.text)  # "was good when it came to": its "it" carries no body
    zone = text[zone_start : phrase.start_char + opener.start() if opener else phrase.end_char]
    owns_area = phrase.id_.startswith("grading-predicate") \
        or phrase.id_ in RATING_SUBJECT_RULES  # "its response ... is inadequate", "our overall rating is good"
    carriers = [m for m in expressions().carrier.finditer(zone)
                if not (m.group().isupper() and (m.group() in words.not_bodies or len(m.group()) < 2))
                and (m.group().lower() in words.carriers or m.group().isupper())
                and (owns_area or m.group().lower() not in words.possessive_carriers)]
    opening = opening or list_marks_only(text[zone_start : phrase.start_char])
    if phrase.id_ in COUNT_RULES and not opening and not carriers:  # "A total of six 'good' grades were given"
        own = own_subject(doc)  # a count of grades is of the body the document is about, not the one named last
        return ([own], phrase.start_char) if own else ([], phrase.start_char)
    if phrase.id_ in (*GRADE_CHANGE_RULES, "grading-was-a-rating") and \
            area_expression("report_subject").search(zone):
        opening = True  # "its latest report was downgraded from good to ...": the body's report
    speaker = [m for m in expressions().first_person.finditer(zone)
               if owns_area or m.group().lower() not in ("our", *words.possessive_carriers)]  # "our staff are good at"
    if speaker and (not carriers or carriers[-1].end() <= speaker[-1].start()):
        subject = own_subject(doc)  # "we were rated good": the body the document speaks for
        if subject is not None:
            return [subject], zone_start + speaker[-1].end()
        carriers.append(speaker[-1])
    sentence = sentence_of(doc, phrase.start)
    if not carriers and not opening:
        # "Our staff are good at": a speaker or possessive left out above owns the subject, not the area
        owner = expressions().first_person.search(zone) or any(w.lower() in words.possessive_carriers
                                                                for w in re.findall(r"\w+", zone))
        answering = None if owner else _answering_body(doc, phrase, sentence, zone_start)  # "The grading of 'Inadequate' in A"
        return ([answering], phrase.start_char) if answering else ([], phrase.start_char)
    if carriers and carriers[-1].group().lower() in words.relative_carriers:
        relative_at = zone_start + carriers[-1].start()  # "X's performance, which was found to ...": a relative
        before = [s for s in bodies_in(doc, sentence.start_char, relative_at) if s.label_ in CARRY_KINDS]
        if before and RELATIVE_TAIL_RE.search(text[sentence.start_char : relative_at + len(carriers[-1].group())]):
            return [in_context(doc, before[-1])], zone_start + carriers[-1].end()  # pronoun's head is in its own sentence
    earlier = [s for s in bodies_in(doc, max(0, sentence.start_char - 3000), sentence.start_char)
               if s.label_ in CARRY_KINDS and not _in_relative_clause(doc, s)]
    if earlier:
        last = in_context(doc, earlier[-1])
        own = own_subject(doc)
        if own is not None and own != last and named_in_passing(text, earlier[-1].start_char) and \
                any(in_context(doc, s) == own for s in earlier):
            last = own  # "an alliance with West Mercia Police ... The force is good at": a body named in passing
        elif carriers and carriers[-1].group().lower() in words.plural_carriers:
            return _last_group(doc, earlier), zone_start + carriers[-1].end()  # "A and B ... They are rated"
        return [last], zone_start + (carriers[-1].end() if carriers else 0)
    subject = own_subject(doc)
    if subject is None:  # a page that names its service only below its summary lines
        later = [s for s in bodies_in(doc, sentence.end_char, sentence.end_char + 1500) if s.label_ in CARRY_KINDS]
        subject = in_context(doc, later[0]) if later else None
    return ([subject], zone_start + (carriers[-1].end() if carriers else 0)) if subject else ([], phrase.start_char)


def _answering_body(doc: Doc, phrase: Span, sentence: Span, zone_start: int) -> str | None:
    """The body a force's or PCC's own response answers for, where a grade in it names no
    body and no word stands for one ("the overall judgement of inadequate", "The grading of
    'Inadequate' in A is unacceptable"): the response speaks of its own body's report, and
    gold gives such a grade to it, where the grade's subject is the response's own
    (`_own_body_subject`). Left to the readers above: a sentence that names any body or class
    of bodies ("only five police forces were rated outstanding": the grade may be another's)
    or sets the grade across the country ("Nationally, ..."), one that names three grades
    (the scale explained), and a headline whose body is named after its grade
    (`grading-headline-first`, "'outstanding' grading for <unit>")."""
    meta = doc._.meta
    text = text_of(doc)
    own = own_subject(doc)
    if own is None or meta is None or meta.doc_type not in OWN_BODY_TYPES or phrase.id_ == "grading-headline-first" \
            or bodies_in(doc, sentence.start_char, sentence.end_char) \
            or class_of_bodies(text, sentence.start_char, sentence.end_char, names_too=True) is not None \
            or expressions().national_scope.search(sentence.text) \
            or len({grade_name(g) for g in expressions().grade.findall(sentence.text)}) >= SCALE_GRADES \
            or not _own_body_subject(text[zone_start : phrase.start_char], own):
        return None
    return own


@lru_cache(maxsize=1)
def _subject_nouns() -> frozenset[str]:
    """The nouns that, as a grade's subject, leave it to the response's own body: grading
    nouns, subject heads, area nouns and the pillars by either name (built once)."""
    words = grading_words()
    return frozenset(words.grade_nouns | words.subject_heads | set(words.area_nouns) | set(words.pillars)
                     | set(words.pillars.values()))


def _own_body_subject(before: str, own: str) -> bool:
    """Whether the words of a grade's clause before it (`before`, from the last strong break
    on, its verb and any quoted area's name left out) leave the grade to the response's own
    body: the speaker ("we have an overall grading of"), a grading noun or an area as
    subject ("the grade for 'A' was changed", "the other areas inspected were found
    good", "overall effectiveness increased"), or no subject but words that name none
    or the own body's own name ("To be rated", "Overall the City Police was rated").
    Another noun phrase as subject ("The neighbouring county was rated", "The victim
    service, run by a charity, was judged"), or anything's possessive, is another's grade."""
    words = grading_words()
    clause = re.split(r"[;:–—]", before)[-1]
    clause = re.sub(rf"[{OPENING_QUOTES}][^{QUOTES}]*[{CLOSING_QUOTES}]", " ", clause)  # "the grade for 'A'"
    clause = area_expression("copula_tail").sub("", " " + clause)
    if OWNED_RE.search(clause):
        return False
    tokens = [t.lower() for t in re.findall(r"[\w’'-]+", clause)]
    named = {w.lower() for w in own.split()}
    return any(t in FIRST_PERSON for t in tokens) or any(t in _subject_nouns() for t in tokens) \
        or all(t in words.subject_fillers or t in named for t in tokens)


def _last_group(doc: Doc, named: list[Span]) -> list[str]:
    """The body named last with the bodies of its kind joined to it before ("A and B", "A, B
    and C"): what a plural pronoun after them stands for."""
    text = text_of(doc)
    group = group_ending_with(named, lambda span, first: span.label_ == first.label_
                              and CONNECTOR_RE.match(text[span.end_char : first.start_char]) is not None)
    return list(dict.fromkeys(in_context(doc, s) for s in group))


def _in_relative_clause(doc: Doc, span: Span) -> bool:
    """A body named inside a relative clause ("The force, which ended a deal with X in
    2020, must ...") is not what a later "it" stands for: the clause's head is."""
    sentence = sentence_of(doc, span.start)
    return RELATIVE_OPENER_RE.search(text_of(doc)[sentence.start_char : span.start_char]) is not None


EXAMPLES_RE = re.compile(r"\s*,?\s*(?:such\s+as|like|including|notably|among\s+them)\s+", re.I)  # "forces such as A"


def _class_examples(doc: Doc, phrase: Span, zone_start: int) -> tuple[list[str], int]:
    """The bodies a class of bodies before the grade names as its examples ("Other forces
    such as A have been judged good", "some, like B, still require improvement" after a
    class): the grade is theirs, as a subject in its own right would be; none where the
    words after the class are not a list of bodies."""
    text = text_of(doc)
    named_class = class_of_bodies(text, zone_start, phrase.start_char)
    examples = EXAMPLES_RE.match(text, named_class.end()) if named_class else None
    listed = joined_bodies(doc, examples.end(), phrase.start_char) if examples else []
    return (_canonical(doc, listed), listed[-1].end_char) if listed else ([], phrase.start_char)


NAMED_AFTER_RE = re.compile(r"\b(?:were|are|include[sd]?|included|including|among\s+them)\b\s*:?\s*", re.I)


def _bodies_named_after(doc: Doc, phrase: Span, sentence: Span, zone_start: int) -> list[Span] | None:
    """Bodies a grade is given to after it, where the sentence opens with a class of bodies
    and names none before the grade: "The services graded inadequate were Avon and
    Cornwall", "The services rated good were:" and a list whose items are services, the
    bodies it holds named after the grade ("twelve services were graded good, including A
    and B", "among them A"), or the next sentence's list ("They were A and B."). None where
    no class opens the sentence; an empty list where the class lists no body (the grade is
    then no one body's)."""
    text = text_of(doc)
    named_class = class_subject(doc, zone_start, phrase.start_char)
    if named_class is None:
        return None
    verb = NAMED_AFTER_RE.search(text, phrase.end_char, sentence.end_char)
    named = joined_bodies(doc, verb.end(), sentence.end_char) if verb else []  # the list right after the verb, not a later clause's body
    if named:
        return named
    if lead_in(sentence.text):
        return _bodies_in_list_items(doc, sentence)
    return bodies_listed_next(doc, sentence, named_class)


def _bodies_in_list_items(doc: Doc, sentence: Span) -> list[Span]:
    """The bodies opening the list items under a lead-in (none when an item opens with an area)."""
    text = text_of(doc)
    blocks = list(doc._.blocks)
    index = block_index(doc, sentence.start_char)
    listed: list[Span] = []
    for start, end, kind in blocks[index + 1 :] if index is not None else []:
        if kind not in ("list_item", "table_row"):
            break
        first = [s for s in bodies_in(doc, start, end) if s.label_ in GROUP_KINDS][:1]
        if not first or not list_marks_only(text[start : first[0].start_char]):
            return []  # a list of areas, not of bodies
        listed.extend(first)
    return listed


LISTED_AFTER_RE = re.compile(r"^[\s" + QUOTES + r"]*(?:(?:were|are|include[sd]?|included)\s+)?(?P<list>[^.:]+?)\s*[.;]?\s*$", re.I)  # "A; B; and C" too
GRADED_AREAS_PHRASES = ("grading-graded-areas", "grading-areas-requiring")  # the phrase opens on the areas it lists after


DASHED_LIST_RE = re.compile(r"^[\s" + QUOTES + r"]*[–—:]\s*(?P<list>[^.;:–—]+?)\s*(?:[–—]|[.;]?\s*$)")


def _areas_listed_after(doc: Doc, phrase: Span, sentence: Span, zone_start: int) -> list[str]:
    """Areas named after the grade where the sentence opens with "areas": "Areas graded
    good were A and B", "The areas where it was rated inadequate were A and B", "‘Adequate’
    areas included A and B", "Three areas graded as ... are A, B and C", "the two areas
    that were rated 'inadequate' – A and B –"."""
    text = text_of(doc)
    if phrase.id_ not in GRADED_AREAS_PHRASES and not expressions().areas_before.search(text[zone_start : phrase.start_char]):
        return []
    after = text[phrase.end_char : sentence.end_char]
    if phrase.id_ not in GRADED_AREAS_PHRASES:
        verb = re.match(r"^[\s" + QUOTES + r"]*(?:(?:were|are|include[sd]?|included)\s|[–—:])", after, re.I)
        if verb is None:
            return []
    m = DASHED_LIST_RE.match(after) or LISTED_AFTER_RE.match(after)
    if m is None:
        return []
    parts = [a for part in list_parts(m["list"]) for a in split_areas(part)]
    return [p for p in parts if _clean_area(p)] if all(short_name(p) or p.lower() in grading_words().known_areas
                                                      or WAY_CLAUSE_RE.match(p) for p in parts) else []


# a list of areas a relative clause grades: after "including"/"such as"/"namely" or a dash, up to ", which"/"– that"
RELATED_LIST_RE = re.compile(r"(?:\b(?:including|such\s+as|namely)\s+|[–—]\s*)(?P<list>[^–—:.]+?)\s*(?:,|[–—])\s*(?:which|that)$",
                             re.I)


def _area_subject(zone: str) -> list[str]:
    """The areas a sentence opens with where they, not a body, are what is graded ("However,
    A, B and C were rated 'requires improvement'", "Ratings for A and B moved to good from
    ..."): area names (at least half of them known names or pillars), or what a rating is for."""
    zone = re.sub(r"^\W*(?:however|but|and|meanwhile|while|also|in addition|by contrast)\b[\s,]*", "", zone, flags=re.I)
    zone = re.sub(r"^(?:on|regarding)\s+", "", zone, flags=re.I)  # "On A, B and C were rated": the list is the subject
    zone = area_expression("copula_tail").sub("", zone).strip(" \n\t,•·*-–" + QUOTES)
    counted = _counted_before(zone)
    if counted and len(zone.split()) <= 8:  # "Five areas were rated 'good'"
        return counted
    rated = re.match(r"^(?:the\s+)?(?:ratings?|grades?|gradings?|judge?ments?)\s+(?:for|of)\s+(?P<area>[^,;:]+)$", zone, re.I)
    if rated:
        return [a for a in split_areas(rated["area"]) if _clean_area(a)]
    words = grading_words()
    pillar = re.match(r"^(?P<area>\w+)\s*(?:,|–|—|\()", zone)
    if pillar and _named_area(pillar["area"]) and " " not in pillar["area"]:  # "Efficiency, which ..., was rated good"
        return [pillar["area"]]
    parts = list_parts(zone) if zone and len(zone.split()) <= 30 else []
    named = [p for p in parts if p.lower() in words.known_areas or p.lower() in words.pillars]
    if named and len(named) * 2 >= len(parts) and \
            all(p in named or short_name(p) or (len(named) >= 2 and _plain_list_name(p)) for p in parts):
        return parts
    if GERUND_PART_RE.match(zone) and "," not in zone and not CLAUSE_PART_RE.search(zone) and not area_count(zone):
        return [zone]  # "• Responding to calls, graded as good": an activity opens the line
    reported = expressions().reported.search(zone)
    if reported:  # "He regretted that A, B and C were judged as requiring improvement"
        return _area_subject(reported["zone"])
    related = RELATED_LIST_RE.search(zone)
    if related:  # "areas including A, B and C, which were found to", "four parts – A; B; and C – that were"
        return _area_subject(related["list"])
    return []


def _plain_list_name(part: str) -> bool:
    """A longer part of a list most of whose parts are known area names ("A, B, C and
    fair treatment of the public were graded good"): the known names vouch that the list
    is one of areas, so a part a few words longer than a short name, with no verb or pronoun
    of a clause, is an area too."""
    return list_name(part, LIMITS.list_part_words - 2)


def _counted_object(phrase: Span) -> list[str]:
    """The count of areas an active grade takes as its object ("rated seven areas as
    good"): the count is what is graded, the body the one named before."""
    if not phrase.id_.startswith("grading-active"):
        return []
    words = phrase.text.split()
    return _counted_before(" ".join(words[1 : words.index("as")])) if "as" in words else []


def _counted_bare(phrase: _Phrase) -> list[str]:
    """A bare count that ends the words before a grade, the areas it counts named just
    before it ("inspected in 11 areas ... Six were rated", "eight areas were assessed – three of
    which were", "one of six areas ... compared to five which were"): the count as the area;
    none where no areas are counted before ("Eight were given a good rating") or the words
    count a class of bodies ("Of the 43 forces, 33 were")."""
    zone = area_expression("copula_tail").sub("", phrase.zone)
    m = area_expression("counted_bare").search(zone)
    if m is None or class_of_bodies(zone, 0, len(zone)) is not None:
        return []
    before = phrase.text[max(0, phrase.sentence.start_char - 300) : phrase.zone_start + m.start("count")]
    if not area_expression("counted_bare_context").search(before):
        return []
    return [_count_area(m["count"].lower())]


def _count_area(count: str) -> str:
    """A count as the area it grades: "six areas", "one area"."""
    return "one area" if count.lower() in ("1", "one") else f"{count} areas"


def _counted_before(zone: str) -> list[str]:
    """A count of areas that ends the words before a grade and is what the grade is given
    to ("Five areas were rated", "with two areas rated", "Two areas within this area have
    improved from"): the count as the area ("five areas"), or the areas a list just before
    names where "these" points back to as many as it counts ("in A, B and C, with these
    three areas rated ...")."""
    zone = area_expression("copula_tail").sub("", zone)
    m = expressions().counted_areas.search(zone)
    if m is None:
        return []
    back = COUNTED_BACK_RE.search(zone[: m.start("count")])
    named = list_parts(back["list"]) if back else []
    if named and len(named) == count_value(m["count"]) and all(_list_part(p) for p in named):
        return named  # "more to do in A, B and C, with these three areas rated ...": the areas named
    return [f"{m['count'].lower()} areas"]


def _compared(span: Span) -> bool:
    """"Kent is in the same club as Essex": a body after "as" or "like" is compared, not graded."""
    return span.start >= 1 and span.doc[span.start - 1].lower_ in grading_words().comparison_words


def _absolute(span: Span, phrase: Span) -> bool:
    """"..., with Anyshire Fire Service being rated 'inadequate' at A": a body after an
    absolute construction's preposition (`absolute_openers`) and right before a grading
    participle (a filler such as "being" or "now" between) is that participle's subject,
    though the preposition would set it in a phrase of its own."""
    words = grading_words()
    if span.start < 1 or span.doc[span.start - 1].lower_ not in words.absolute_openers:
        return False
    between = [t.lower_ for t in span.doc[span.end : phrase.start]]
    return all(word in words.absolute_fillers for word in between) and phrase[0].lower_ in words.grading_participles


def _headed(span: Span) -> bool:
    """"the work of Kent Police in ...": the body after "of" is what is graded."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and \
        doc[span.start - 2].lower_ in grading_words().subject_heads


def _headed_phrase_closes_on(doc: Doc, body: Span, phrase: Span, zone_start: int) -> bool:
    """"the effectiveness of its vetting arrangements in Kent Police is adequate": a noun
    phrase headed by what is graded (`subject_heads`) that closes on a body, right before a
    predicate grade, grades that body, whatever preposition sets it in the phrase ("custody
    services in Kent were good" has no such head, and grades nobody)."""
    if not phrase.id_.startswith("grading-predicate") or text_of(doc)[body.end_char : phrase.start_char].strip():
        return False
    heads = "|".join(map(re.escape, grading_words().subject_heads))
    return re.search(rf"\bthe\s+(?:\w+\s+)?(?:{heads})\s+of\b", text_of(doc)[zone_start : body.start_char], re.I) is not None


def _collective_areas(doc: Doc, sentence: Span, phrase: Span, zone_start: int) -> list[str | None]:
    """"Areas ... were 'A', 'B' and 'C'. All were rated as requiring improvement": a
    collective subject grades the areas quoted (or listed with semicolons) just before
    it, or the list a relative clause hangs on ("work is needed in A, B and C, which were
    all judged to require improvement"), less those it sets apart ("apart from D, which
    was rated good")."""
    text = text_of(doc)
    zone = text[sentence.start_char : phrase.start_char]
    if not any(re.search(rf"\b{re.escape(c)}\b", text[zone_start : phrase.start_char].lower())
               for c in grading_words().collective_carriers):
        return []
    areas = _listed_in(zone)
    if len(areas) < 2 and (relative := RELATIVE_LIST_RE.search(zone)):
        areas = _written_list(relative["list"])
    if len(areas) < 2 and sentence.start > 0:
        previous = sentence_of(doc, sentence.start - 1)
        areas = _listed_in(text[previous.start_char : previous.end_char])
    if len(areas) < 2:
        return []
    rest = text[phrase.end_char : sentence.end_char].lower()
    excepted = re.search(r"\b(?:apart from|except(?: for)?|other than|but not)\s+(.+)", rest)
    return [a for a in areas if not (excepted and a.lower() in excepted.group(1))]


def _listed_in(text: str) -> list[str]:
    """Areas quoted in a text, or listed after a dash or colon (with semicolons, or commas
    between short names), or after a closing "for". A quoted grade ("rated 'Good' in A and
    'Adequate' in B") is the grade given, never an area."""
    quoted = [q.strip() for q in QUOTED_RE.findall(text) if q.strip().lower() not in grading_words().grades]
    if len(quoted) >= 2:
        return quoted
    grade = expressions().grade
    for segment in re.split(r"[–—:]|\bthese are\b", text)[1:]:
        parts = [re.sub(r"^\s*(?:and|or)\s+", "", p.strip()).strip(" .\n") for p in segment.split(";")]
        if len(parts) < 2:
            parts = [p.strip(" .\n") for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", segment.strip())]
            if not all(0 < len(p.split()) <= 3 for p in parts):
                continue
        if len(parts) >= 2 and not any(grade.search(p) or find_bodies(p) for p in parts):
            return [p for p in parts if p]
    closing = re.search(r"\bfor\s+([^,;:]+?\s+and\s+[^,;:]+?)\s*[.!]?\s*$", text)
    return split_areas(closing.group(1)) if closing else []


def _referred_areas(doc: Doc, sentence: Span, area: str | None) -> list[str]:
    """"rated 'requires improvement' for both" / "for each of the three areas": the areas
    the sentence names first ("In terms of A and B, ...") or the sentence before names."""
    if not area or not area_expression("referring_area").match(area):
        return []
    text = text_of(doc)
    leading = area_expression("leading_area").match(text[sentence.start_char : sentence.end_char])
    if leading and len(named := split_areas(leading["area"])) >= 2 and all(_named_area(a) for a in named):
        return named  # "In terms of effectiveness and efficiency, the service was judged good in each area"
    if sentence.start == 0:
        return []
    previous = sentence_of(doc, sentence.start - 1)
    areas = _listed_in(text_of(doc)[previous.start_char : previous.end_char])
    return areas if len(areas) >= 2 else []


def _canonical(doc: Doc, group: list[Span]) -> list[str]:
    named = {s.kb_id_: in_context(doc, s) for s in group}
    return list(dict.fromkeys(named.get(c, c) for c in canonical_subjects(group, names_forces=False)))
