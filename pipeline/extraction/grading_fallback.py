"""The general grading fallback: a grade word in grading position given to the one body
the sentence, the sentence before or the heading names, read only in sentences where the
grading phrases (`gradings.py`) found nothing.

It is written from the genre's grammar, not from any document, because the phrases miss
new variants of the shapes they know on documents nobody has read; it is guarded only by
general cues (negation, questions, hypotheticals, a scale explained, counted cases,
classes of bodies). Its words are in `patterns/grading_fallback.json`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from spacy.tokens import Doc, Span

from crosswalk.extraction.context import contrast_end, flags_for
from crosswalk.extraction.extensions import text_of
from crosswalk.extraction.grading_common import (CLAUSE_BREAK_RE, GROUP_KINDS, WAY_CLAUSE_RE, Found, attributive, counted_list_areas,
                                                 bodies_in, bodies_listed_next, class_of_bodies, class_subject, in_context,
                                                 in_scale, items_led_in, joined_bodies)
from crosswalk.extraction.grading_lists import LONE_ACTIVITY_RE, is_pillar, list_parts, named_areas_listed, owned_name, split_areas
from crosswalk.extraction.grading_vocabulary import (LIMITS, alternation, area_expression, expressions, grade_name,
                                                     grading_words, past_scale_aside)
from crosswalk.extraction.sentences import sentence_of
from crosswalk.quote_marks import CLOSING_MARKS, OPENING_MARKS, QUOTES
from crosswalk.resources import check_keys, checked_words, read_json


FALLBACK_FILE = "grading_fallback.json"  # the words of the general fallback
FALLBACK_KEYS = {"_comment", "grading_verbs", "award_verbs", "bridges", "copulas", "predicate_grades", "finite_grades",
                 "pending_nouns", "counted_nouns", "list_openers", "area_prepositions", "occasion_heads",
                 "clause_openers", "negations", "clause_conjunctions", "negation_not_opening", "relative_prepositions",
                 "not_activities", "count_quantifiers"}
FALLBACK_RULE = "grading-fallback"
LIST_AFTER_GRADE_RE = re.compile(r"[^.;:!?\n]{0,40}:")  # "'requiring improvement' include:", "'adequate' grade was: A; B"
AREA_CUT_RE = re.compile(r"[.;:,()!?\n–—" + OPENING_MARKS + CLOSING_MARKS + "]")
ACTIVITY_RE = re.compile(r"^(?:\w+ly\s+)?[a-z]{3,}ing\b", re.I)  # "preventing fires", "effectively responding to calls"
LIST_CUT_RE = re.compile(r"[.;:()!?\n–—" + OPENING_MARKS + CLOSING_MARKS + "]")  # a list of areas runs on past its commas
NAME_NEXT_RE = re.compile(rf"[{QUOTES}]?[^\S\n]*[A-Z][a-z]")  # a name right after the grade, which qualifies it
LED_IN_RE = re.compile(rf"[{QUOTES}]?\s*(?:in|at|for|on|includes?|included)?\s*:[-–]?[\s•·*\uf0b7]*$", re.I)  # "'inadequate' in:" ends its sentence
PILLARS_BEFORE_RE = re.compile(rf"(?:\bboth\s+)?(?P<list>\w+(?:\s*,\s*\w+)*,?\s+and\s+\w+)\s+as\s*[{QUOTES}]?\s*$", re.I)
PILLARS_AFTER_RE = re.compile(r"(?:(?:its|their|the)\s+)?(?P<list>\w+(?:\s*,\s*\w+)*,?\s+and\s+\w+)\b", re.I)
INVERTED_LIST_RE = re.compile(rf"[{QUOTES}]?\s*(?:were|are)\s*[:;]?\s+(?P<list>[^.;:\n]+)", re.I)  # "Rated as adequate were; A, B and C"
CLAUSE_START_RE = re.compile(r"[,;:–—(]|\bthat\b", re.I)  # where the clause holding a predicate may begin


@dataclass(frozen=True)
class _Fallback:
    """The expressions of the fallback, built once from `grading_fallback.json`."""
    verb_before: re.Pattern[str]  # "rated", "was judged as", "rated the force as": ends right before a grade
    following_list: re.Pattern[str]  # "the following areas: A, B and C", a list its lead-in announces
    verb_opening: re.Pattern[str]  # a sentence that opens on its grading verb: "Rated as being adequate were"
    award_before: re.Pattern[str]  # "received an overall rating of", "given a": an award verb before a grade
    noun_after: re.Pattern[str]  # a grade noun right after the grade ("a 'good' rating")
    copula_before: re.Pattern[str]  # "is", "remains", "was still": a copula right before a predicate grade
    clause_break: re.Pattern[str]  # a comma, semicolon or conjunction that opens another clause ("while", "and")
    predicate_grades: frozenset[str]
    finite_grades: frozenset[str]
    pending_nouns: re.Pattern[str]
    counted: re.Pattern[str]  # "in 17 cases", "three of the 12 files"
    list_opener: re.Pattern[str]  # "were:", "They were"
    choice_before: re.Pattern[str]  # "'excellent' or" right before the grade (a grade or a quote before "or"; a plain word glosses it)
    choice_after: re.Pattern[str]  # "or 'excellent'" right after it
    negation: re.Pattern[str]  # a negation among the words just before the grade
    counted_subject: re.Pattern[str]  # "A further eight were", a count standing as the subject
    area_after: re.Pattern[str]
    occasion_heads: frozenset[str]
    clause_openers: frozenset[str]
    relative_prepositions: frozenset[str]  # "the speed at which ...": a clause opener after one goes on with the area
    not_activities: tuple[str, ...]  # "-ing" words that name no activity ("morning")
    negated_clause: re.Pattern[str]  # a clause that opens on a negation ("No areas ... were graded as")


@lru_cache(maxsize=1)
def fallback_words() -> _Fallback:
    """The fallback's words, checked on load: an unknown or missing key fails loudly."""
    data = read_json(FALLBACK_FILE)
    check_keys(FALLBACK_FILE, data, FALLBACK_KEYS)
    lists = {key: alternation(checked_words(FALLBACK_FILE, key, data[key])) for key in FALLBACK_KEYS - {"_comment"}}
    q = f"[{QUOTES}]"
    nouns = alternation(grading_words().grade_nouns)
    numbers = alternation([*grading_words().count_words, *data["count_quantifiers"]])
    bridge = rf"(?:\s+(?:{lists['bridges']}|\w+ly))*"
    return _Fallback(
        following_list=re.compile(rf"^(?:the\s+following|these)\s+(?:\w+\s+)?(?:{alternation(grading_words().area_nouns)})"
                                  r"\s*:\s*(?P<list>[^.;:\n]+)", re.I),
        verb_opening=re.compile(rf"^\W*(?:{lists['grading_verbs']})\b", re.I),
        verb_before=re.compile(rf"\b(?:{lists['grading_verbs']}){bridge}\s*{q}?\s*$|"
                               rf"\b(?:{lists['grading_verbs']})(?:\s+[^\s.;:!?]+){{1,10}}?\s+(?:as|to\s+be)\s*{q}?\s*$", re.I),
        award_before=re.compile(rf"\b(?:{lists['award_verbs']})(?:\s+[^\s.;:!?]+){{0,5}}?\s+(?:{nouns})\s+"
                                rf"(?:of\s+|as\s+)?{q}?\s*$|\b(?:{lists['award_verbs']})(?:\s+[^\s.;:!?]+){{0,3}}\s*{q}?\s*$", re.I),
        noun_after=re.compile(rf"^\s*{q}?\s*(?:{nouns})\b", re.I),
        copula_before=re.compile(rf"\b(?:{lists['copulas']})(?:\s+(?:{lists['bridges']}|\w+ly))*\s+(?:as\s+)?$", re.I),
        clause_break=re.compile(rf"[,;]|\b(?:{lists['clause_conjunctions']})\b", re.I),
        predicate_grades=frozenset(w.lower() for w in data["predicate_grades"]),
        finite_grades=frozenset(w.lower() for w in data["finite_grades"]),
        pending_nouns=re.compile(rf"\b(?:{lists['pending_nouns']})\b", re.I),
        counted=re.compile(rf"\b(?:\d+|{numbers})\s+(?:(?:out\s+)?of\s+(?:the\s+)?(?:\d+\s+|\w+\s+)?)?(?:\w+\s+)?"
                           rf"(?:{lists['counted_nouns']})\b", re.I),
        list_opener=re.compile(rf"\b(?:were|are)\s*:|\b(?:{lists['list_openers']})\b", re.I),
        choice_before=re.compile(rf"(?:\b(?:{grading_words().grade_alternation})\b|{q})\s*,?\s*\bor\s*{q}?\s*$", re.I),  # not "competent or 'adequate'"
        choice_after=re.compile(rf"\s*{q}?\s*,?\s*or\b", re.I),
        negation=re.compile(rf"(?:\b(?:{lists['negations']})\b|n['’]t\b)(?:\s+\S+){{0,6}}\s*$", re.I),
        counted_subject=re.compile(rf"(?:^|[^\w\s]\s*|\b(?:further|other|remaining|{lists['clause_conjunctions']})\s+)(?:\d+|{numbers})\s+(?:of\s+(?:them|these|those)\s+)?"
                                   rf"(?:{lists['copulas']}|have|has|had)\b", re.I),
        area_after=re.compile(rf"^\s*{q}?\s*(?:(?:{nouns})\s+)?(?:overall\s+|across\s+the\s+board\s+)?(?:{lists['area_prepositions']})\s+(?P<area>[^\n]+)",
                              re.I),
        occasion_heads=frozenset(w.lower() for w in data["occasion_heads"]),
        clause_openers=frozenset(w.lower() for w in data["clause_openers"]),
        relative_prepositions=frozenset(w.lower() for w in data["relative_prepositions"]),
        not_activities=tuple(w.lower() for w in data["not_activities"]),
        negated_clause=re.compile(rf"^[\s{QUOTES}]*(?:(?:{lists['clause_conjunctions']})\b[\s,]*)*"
                                  rf"(?!(?:{lists['negation_not_opening']})\b)(?:{lists['negations']})\b", re.I),
    )


def negation_opens_clause(text: str, sentence_start: int, grade_start: int) -> bool:
    """"No areas within the report were graded as 'inadequate'", "..., and none of its work
    was judged inadequate": a clause that opens on a negation denies every grade it gives,
    however many words stand between the two (the window of `negation` is a few words).
    The clause runs from the last break (a comma, a colon, a bracket) before the grade;
    a joining word ("and", "but") may open it before the negation. "Not only" is no denial."""
    clause = CLAUSE_BREAK_RE.split(text[sentence_start:grade_start])[-1]
    return fallback_words().negated_clause.match(clause) is not None


def fallback_gradings(doc: Doc, found: Found) -> None:
    """A general reading, for sentences where the grading phrases found nothing: a grade
    word in grading position (quoted, after a grading verb, or a predicate grade after a
    copula) grades the one body the sentence names (or each body listed after "were:"),
    else the one body the sentence before or the heading over it names. It is written
    from the genre, not from any document, because the phrases miss new variants of the
    shapes they know on documents nobody has read; it is guarded only by general cues
    (negation, a hope, a scale explained, counted cases or bodies)."""
    text = text_of(doc)
    covered = sorted((g.start, g.end, g.grade) for g in found.gradings)
    starts = [start for start, _, _ in covered]
    reach = list(accumulate((end for _, end, _ in covered), max))  # the furthest end of the rows so far
    headings = [(s, e) for s, e, kind in doc._.blocks if kind == "heading"]
    for m in expressions().grade.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        position = None if span is None else _grading_position(text, m)
        if span is None or position is None:
            continue
        sentence = sentence_of(doc, span.start)
        if grade_name(m.group()) in _grades_read(covered, starts, reach, sentence):
            continue  # the phrases read this grade in this sentence
        if position != "predicate" or _body_predicate(doc, sentence, span):
            _fallback_grading(doc, found, sentence, span, headings)


def _grades_read(covered: list[tuple[int, int, str]], starts: list[int], reach: list[int], sentence: Span) -> set[str]:
    """The grades the phrases read in a sentence: a grade word whose grade they did not
    read there ("it was 'good' in two areas and 'adequate' at Y", where they read only
    the first) is the fallback's to read."""
    grades = set()
    index = bisect_left(starts, sentence.end_char) - 1
    while index >= 0 and reach[index] > sentence.start_char:
        if covered[index][1] > sentence.start_char:
            grades.add(covered[index][2])
        index -= 1
    return grades


def _grading_position(text: str, m: re.Match[str]) -> str | None:
    """How a grade stands in grading position: in quotes, after a grading verb or an award
    with a grade noun, as a predicate grade after a copula, or as a finite grade ("requires
    improvement") not in a relative clause; None when it does not."""
    words = fallback_words()
    grade = re.sub(r"\s+", " ", m.group().lower())
    before = text[max(0, m.start() - 80) : m.start()]
    after = text[m.end() : m.end() + 40]
    if before[-1:] in QUOTES and after[:1] in QUOTES or before[-2:-1] in QUOTES and before[-1:] == " " and after[:1] in QUOTES:
        return "quoted"
    if words.verb_before.search(before):
        return "verb"
    if words.award_before.search(before) and (words.noun_after.match(after) or re.search(r"\b(?:of|as)\s*\W?\s*$", before)):
        return "award"
    if grade in words.predicate_grades and words.copula_before.search(before):
        return "predicate"
    return "finite" if grade in words.finite_grades and not re.search(r"\b(?:that|which|who)\s+$", before, re.I) else None


def _body_predicate(doc: Doc, sentence: Span, span: Span) -> bool:
    """Whether a predicate grade's clause has a body as its subject ("Kent Police is
    outstanding", "the force remains inadequate"), not a thing ("the resourcing of the unit
    is inadequate for ...": plain English, no grading)."""
    text = text_of(doc)
    copula = fallback_words().copula_before.search(text, sentence.start_char, span.start_char)
    if copula is None:
        return False
    clause = CLAUSE_START_RE.split(text[sentence.start_char : copula.start()])[-1]
    subject = re.sub(r"^\W*(?:(?:and|but|however|now|overall)\b\W*)*", "", clause).strip(" " + QUOTES).lower()
    bodies = [s.text.lower() for s in bodies_in(doc, sentence.start_char, copula.start()) if s.label_ in GROUP_KINDS]
    return subject in grading_words().carriers or subject in bodies or subject.removeprefix("the ") in bodies


def _fallback_grading(doc: Doc, found: Found, sentence: Span, span: Span, headings: list[tuple[int, int]]) -> None:
    """The fallback's rows for one grade word, unless a general cue says it grades no one."""
    text = text_of(doc)
    words = fallback_words()
    said = text[sentence.start_char : sentence.end_char]
    if _fallback_guarded(doc, sentence, span, said):
        return
    subjects = _fallback_subjects(doc, sentence, span, headings)
    listed = items_led_in(doc, sentence) if LED_IN_RE.match(text, span.end_char, sentence.end_char) else []
    if listed and not subjects:  # "It was rated 'adequate' at A, but 'inadequate' in:": the body the phrases read there
        subjects = list(dict.fromkeys(g.subject for g in found.gradings if g.start == sentence.start_char))
    inverted = _inverted_list(text, sentence, span) or _colon_list(doc, sentence, span)
    if inverted and not subjects:  # "Rated as adequate were: A, B and C" goes on with the body just graded
        subjects = found.last_subject(sentence.start_char)
    flags = flags_for(doc, sentence.start_char, sentence.end_char, span.start_char, span.end_char)
    if not subjects or flags.negated or flags.hypothetical:
        return
    after = text[past_scale_aside(text, span.end_char, sentence.end_char) : sentence.end_char]
    area = _fallback_area(after)
    areas = _fallback_listed_areas(after) if area else []
    if area is None:
        area = _way_subject(text[sentence.start_char : span.start_char])
    pillars = _pillars_named(text[sentence.start_char : span.start_char], text[span.end_char : sentence.end_char])
    if counted := counted_list_areas(text, sentence.start_char, sentence.end_char, span.start_char, span.end_char, area):
        area, areas = counted[0], counted  # "‘good’ in the three main pillars assessing A, B and C"
    grade = grade_name(span.text)
    if grade == "outstanding" and words.pending_nouns.search(text[sentence.start_char : span.start_char]) and \
            text[span.start_char - 1 : span.start_char] not in QUOTES:
        return  # "two recommendations remain outstanding": not yet done
    for subject in subjects:
        for listed_area in listed:  # "..., but 'inadequate' in:" and the areas listed under it
            found.add(subject, grade, listed_area, (sentence.start_char, sentence.end_char, said.strip()), FALLBACK_RULE, flags)
        if listed or area is None and not pillars and any(g.subject == subject and g.grade == grade and
                                                          g.historic == flags.historic for g in found.gradings):
            continue  # a restatement adds nothing
        for named_area in list[str | None](inverted) or list[str | None](pillars) or list[str | None](areas) or [area]:
            found.add(subject, grade, named_area, (sentence.start_char, sentence.end_char, said.strip()), FALLBACK_RULE, flags)


def _inverted_list(text: str, sentence: Span, span: Span) -> list[str]:
    """"Rated as being adequate were; A, B and C": a sentence that opens on the grading verb
    and its grade and puts the areas graded after "were", one area each; none in any other
    order (a body before the verb is the sentence's subject, as usual)."""
    opening = text[sentence.start_char : span.start_char]
    m = INVERTED_LIST_RE.match(text, span.end_char, sentence.end_char)
    if m is None or not fallback_words().verb_opening.match(opening) \
            or not fallback_words().verb_before.search(opening):
        return []
    return _areas_of_list(m["list"], _names_area)


def _colon_list(doc: Doc, sentence: Span, span: Span) -> list[str]:
    """"Under the 'adequate' grade were: A; B and C": the areas a colon right after the grade
    (and its noun and verb) lists on in the same sentence, one area each; none where the
    list names bodies ("The forces rated inadequate were: A and B")."""
    text = text_of(doc)
    m = LIST_AFTER_GRADE_RE.match(text, span.end_char, sentence.end_char)
    if m is None or any(s.label_ in GROUP_KINDS for s in bodies_in(doc, m.end(), sentence.end_char)):
        return []
    return _areas_of_list(text[m.end() : sentence.end_char].strip().rstrip("."), _area_sized)


def _areas_of_list(listed: str, is_area: Callable[[str], bool]) -> list[str]:
    """The parts of a written list "A, B and C" (quotes and commas around it dropped), one
    area each, when it has two or more parts and `is_area` takes each; none otherwise."""
    parts = list_parts(listed.strip(" ," + QUOTES))
    return parts if len(parts) >= 2 and all(is_area(p) for p in parts) else []


def _names_area(part: str) -> bool:
    """A part of a list nothing announces names an area by its form (`_listed_area`)."""
    return _listed_area(part, fallback_words().occasion_heads)


def _area_sized(part: str) -> bool:
    """A part of a list a lead-in announces ("the following areas:") is an area when it is
    a name's length, not a sentence's: the lead-in vouches for its form."""
    return len(part.split()) <= LIMITS.area_words


def _fallback_listed_areas(after: str) -> list[str]:
    """"'Good' at understanding risk, preventing fires and responding to emergencies": the
    area after the grade written as a list "A, B and C" (a comma in it: "A and B" alone may
    be one area's name), one area each; none when a part is not an area's name (an
    activity, an owned noun, a known area or a pillar) but a clause ("in most areas, it
    was said to ..."). The list runs past commas to the first other punctuation, or a
    clause's opening word."""
    words = fallback_words()
    m = words.area_after.match(after)
    if m is None:
        return []
    following = words.following_list.match(m["area"])
    if following:  # "in the following areas: A, B and C": the lead-in vouches for the list
        return _areas_of_list(following["list"], _area_sized)
    kept: list[str] = []
    for word in LIST_CUT_RE.split(m["area"], maxsplit=1)[0].split():
        if kept and word.lower().strip(",") in words.clause_openers and word.lower() != "and" and not _opener_continues(kept[-1]):
            break
        kept.append(word)
    listed = " ".join(kept).strip(" ,")
    if "," not in listed or expressions().grade.search(listed) or area_expression("pillar_owned_at").match(listed):
        return []  # "its effectiveness at A, and B": a pillar and its tagline, one area
    for parts in (split_areas(listed), list_parts(listed)):  # split_areas keeps "A, B and effectively C" whole
        if len(parts) >= 2 and all(_listed_area(p, words.occasion_heads) for p in parts):
            return parts
    return []


def _opener_continues(previous: str) -> bool:
    """Whether a clause opener right after `previous` (no comma between) goes on with the
    area's name rather than starting another clause: after an activity it is the
    activity's preposition ("engaging with the public"), after a preposition it opens
    a relative clause on the noun before ("the speed at which it answers calls")."""
    word = previous.lower()
    words = fallback_words()
    return bool(LONE_ACTIVITY_RE.match(word)) and not word.endswith(words.not_activities) \
        or word in words.relative_prepositions


def _listed_area(part: str, occasion_heads: frozenset[str]) -> bool:
    """A part of a written list that names an area: an activity, an owned noun, a known
    area or a pillar, of a few words, not an occasion ("its last inspection"); a known area's
    name holding a comma is one area however long."""
    if part.lower() in grading_words().known_areas:
        return True
    if "," in part or len(part.split()) > LIMITS.area_words or part.split()[-1].lower() in occasion_heads:
        return False
    return bool(ACTIVITY_RE.match(part)) or owned_name(part) or part.lower() in grading_words().known_areas \
        or is_pillar(part)


def _pillars_named(before: str, after: str) -> list[str]:
    """"highlighted both Efficiency and Effectiveness as 'good'", "'good' across the board
    for efficiency, legitimacy and effectiveness": a list of two or more pillars the grade
    is given to, written as its area or right before "as"."""
    owned = PILLARS_BEFORE_RE.search(before)
    area = fallback_words().area_after.match(after)
    listed_after = PILLARS_AFTER_RE.match(area["area"]) if area else None
    for listed in ([listed_after["list"]] if listed_after else []) + ([owned["list"]] if owned else []):
        parts = named_areas_listed(listed)
        if len(parts) >= 2:
            return parts
    return []


def _fallback_guarded(doc: Doc, sentence: Span, span: Span, said: str) -> bool:
    """A question, a scale explained (or three grades named at once), a choice ("'good'
    or 'excellent'"), a grade qualifying a noun ("good practice", "'Inadequate' Kent Police
    response"), a negation just before
    it, counted cases ("good in 17 cases") or a count as the subject ("eight were rated
    good"): no grading."""
    text = text_of(doc)
    words = fallback_words()
    before = text[max(sentence.start_char, span.start_char - 60) : span.start_char]
    return said.rstrip(" " + QUOTES).endswith("?") or in_scale(text, sentence, span) or attributive(text, span) \
        or len({grade_name(g) for g in expressions().grade.findall(said)}) >= 3 \
        or words.choice_before.search(before) is not None or words.choice_after.match(text, span.end_char) is not None \
        or words.negation.search(before) is not None or negation_opens_clause(text, sentence.start_char, span.start_char) \
        or NAME_NEXT_RE.match(text, span.end_char) is not None \
        or words.counted.search(said) is not None or words.counted_subject.search(before) is not None


def _fallback_subjects(doc: Doc, sentence: Span, span: Span, headings: list[tuple[int, int]]) -> list[str]:
    """The one body the sentence names, or each listed after "were:" / "They were", or of
    several, the one named in the grade's own clause after a contrast ("..., but C was told
    it 'requires improvement'"); with none, the one the sentence before or the heading
    names; a class of bodies ("forces rated inadequate") with none named grades no one body."""
    words = fallback_words()
    text = text_of(doc)
    named = _distinct_bodies(doc, sentence.start_char, sentence.end_char)
    opener = words.list_opener.search(text, span.end_char, sentence.end_char)
    graded_class = class_subject(doc, sentence.start_char, span.start_char) or \
        class_subject(doc, _clause_start(doc, sentence, span), span.start_char)  # "A was good, while six forces were"
    if named and graded_class is not None:  # "Thirty forces were rated good, and one force, Kent Police, ...": the class is
        # graded, not a body named later; only a list right after "were:" or the next sentence's names its bodies
        listed = [in_context(doc, s) for s in joined_bodies(doc, opener.end(), sentence.end_char)] if opener else []
        return listed or list(dict.fromkeys(in_context(doc, s) for s in bodies_listed_next(doc, sentence, graded_class)))
    if len(named) == 1:
        return named
    if len(named) > 1:
        if opener:
            return _distinct_bodies(doc, opener.end(), sentence.end_char)
        # "A and B were rated 'good', but C was told it 'requires improvement'": the grade's clause has its own body
        contrast = contrast_end(doc, sentence.start_char, span.start_char)
        own = _distinct_bodies(doc, contrast, span.start_char) if contrast is not None else []
        return own if len(own) == 1 else []
    named_class = class_of_bodies(text, sentence.start_char, span.start_char)
    if named_class is not None:  # "four forces rated inadequate": the bodies the next sentence lists, if any
        return list(dict.fromkeys(in_context(doc, s) for s in bodies_listed_next(doc, sentence, named_class)))
    previous = sentence
    reach = LIMITS.carry_sentences if LIST_AFTER_GRADE_RE.match(text, span.end_char, sentence.end_char) else 1
    for _ in range(reach):  # "X was rated good. This is an improvement on 2023. Under 'adequate' were: A; B; C"
        if previous.start == 0:
            break
        previous = sentence_of(doc, previous.start - 1)
        earlier = _distinct_bodies(doc, previous.start_char, previous.end_char)
        if earlier:
            return earlier if len(earlier) == 1 else []
    index = bisect_right([s for s, _ in headings], sentence.start_char) - 1
    if index >= 0:
        headed = _distinct_bodies(doc, *headings[index])
        return headed if len(headed) == 1 else []
    return []


def _clause_start(doc: Doc, sentence: Span, span: Span) -> int:
    """Where the clause holding a grade opens: after the last clause break or conjunction
    before it in its sentence ("Kent Police was rated good, while | six forces were rated
    ..."), not one inside a body's name ("Avon and Somerset Police"), else where the
    sentence does."""
    names = [(s.start_char, s.end_char) for s in bodies_in(doc, sentence.start_char, span.start_char)]
    breaks = [m for m in fallback_words().clause_break.finditer(text_of(doc), sentence.start_char, span.start_char)
              if not any(start <= m.start() < end for start, end in names)]
    return breaks[-1].end() if breaks else sentence.start_char


def _way_subject(before: str) -> str | None:
    """The area a grade's clause (in its sentence's words `before` the grade) names before
    the grade, a "the way" or "how" clause as its subject or as a grading participle's
    object ("the way the service plans its budget is 'inadequate'", "rated the way it
    looks after staff as 'inadequate'"); None when the clause opens on anything else or
    has no verb after its subject ("that how the force was judged": "how the force" is no area). Without it such a row, given to a body graded elsewhere
    in the document, would be taken for a restatement of that grade and dropped."""
    clause = CLAUSE_START_RE.split(before)[-1]
    m = area_expression("way_subject").search(area_expression("copula_tail").sub("", clause))
    if m is None or len(m["area"].split()) > LIMITS.area_words:
        return None
    return m["area"]


def _distinct_bodies(doc: Doc, start: int, end: int) -> list[str]:
    return list(dict.fromkeys(in_context(doc, s) for s in bodies_in(doc, start, end) if s.label_ in GROUP_KINDS))


def _fallback_area(after: str) -> str | None:
    """The area phrase right after the grade ("in/at/for ..."), cut at punctuation or the
    next clause; None when there is none or it names an occasion ("in its last inspection").
    A clause opener right after the verb of "how it ..." is that verb's particle ("how it
    looks after its people"), not another clause."""
    words = fallback_words()
    m = words.area_after.match(after)
    if m is None:
        return None
    kept: list[str] = []
    for word in AREA_CUT_RE.split(m["area"], maxsplit=1)[0].split():
        if kept and word.lower() in words.clause_openers and not _opener_continues(kept[-1]) \
                and not WAY_CLAUSE_RE.fullmatch(" ".join(kept)) or len(kept) >= LIMITS.area_words:
            break
        kept.append(word)
    if not kept or kept[0][:1].isdigit() or kept[-1].lower() in words.occasion_heads:
        return None
    return " ".join(kept)

