"""Gradings written in Welsh: a Welsh grade word given by a judgement word.

Welsh-language press and commissioners' pages state the inspectorate's grades in Welsh
("cafodd Heddlu Gwent ddyfarniad ‘Da’", "a raddiwyd fel rhagorol"); the English phrases
and the fallback never read them, so the grading is lost however plainly it is said. The
genre gives a Welsh grade one way: a judgement word (a judgement, a grade, "was graded"),
a few bridge words ("o", "fel", "rhai sydd"), then the grade. An unquoted grade needs a
bridge word ("dyfarniad da" may be any sound decision); a quoted one does not. A bridge
written onto the word before it counts as one ("ei raddio’n ‘rhagorol’", graded outstanding).
A grade followed by a list of areas ("‘da’ o ran A, B ac C") grades each of them. On a Welsh
page a grade label of several words in quotes of its own ("bod ‘angen gwella’", that it
'requires improvement') needs no judgement word, as the English quoted label needs none.
The bodies named before it in its sentence (a group joined by "a", "ac" or commas) are
graded, else the group named last before it nearby (a page on one force names it once, at
the top; a lead names the forces a later "heddluoedd y ddwy ardal" stands for). A grade
that leads a list in (its sentence ends on ":") grades each item listed under it. As in
English, a negation before it in its clause ("i beidio â derbyn gradd ‘da’"), a choice
("‘da’ neu ‘rhagorol’") or the scale explained (three grades in one sentence) grades no one,
but a negation of believing ("ddim yn credu fod y dyfarniad ...") disputes a grade that was
given. A Welsh page also grades a body at an activity with no judgement word, the grade
following its name at once ("yn dda am A", good at A: the Welsh of "X is good at A").
The words are data: `patterns/grading_welsh.json`.

The pass runs on every document, nearly all of them English: a text holding none of the
judgement words (a plain substring search, far cheaper than the phrase expression tried
at every character) is left at once, so English texts pay next to nothing for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from crosswalk.extraction.context import flags_for
from crosswalk.extraction.extensions import text_of
from crosswalk.extraction.grading_common import (CLAUSE_BREAK_RE, GROUP_KINDS, Found, bodies_in, group_ending_with,
                                                 in_context, items_led_in)
from crosswalk.extraction.grading_vocabulary import LIMITS, alternation
from crosswalk.extraction.sentences import sentence_of
from crosswalk.quote_marks import QUOTES
from crosswalk.resources import check_keys, read_json

WELSH_FILE = "grading_welsh.json"
WELSH_KEYS = {"_comment", "grades", "judgement_words", "bridges", "negations", "opinion_words", "choice_words", "joiners",
              "at_words", "area_stops", "list_openers"}
WELSH_RULE = "grading-welsh"
LEAD_IN_RE = re.compile(rf"[\s{QUOTES}]*:")  # the grade ends its sentence on ":", leading a list in


@dataclass(frozen=True)
class _Welsh:
    """The expressions of the Welsh reader, built once from `grading_welsh.json`."""
    phrase: re.Pattern[str]  # a judgement word, bridge words, then a grade (quoted or not)
    grades: dict[str, str]  # a Welsh grade written in lower case, single-spaced -> its name
    joiner: re.Pattern[str]  # what stands between two bodies of one group
    negation: re.Pattern[str]  # a negation among the last words of a clause
    opinion: re.Pattern[str]  # a verb of believing or agreeing: the negation before it disputes, not withholds
    choice: re.Pattern[str]  # right after a grade: "neu" (or) offering another
    grade: re.Pattern[str]  # any Welsh grade word
    stems: tuple[str, ...]  # the judgement words no other one contains: one of them is in every phrase
    good_at: re.Pattern[str]  # right after a body: "yn dda am A" (is good at A), the area A kept
    quoted: re.Pattern[str]  # a grade of several words in quotes of its own: "‘angen gwella’" (requires improvement)
    listed: re.Pattern[str]  # right after a grade: "o ran A, B ac C" (in respect of), the areas it is given in
    list_joiner: re.Pattern[str]  # what stands between two areas of that list: a comma, a joiner


@lru_cache(maxsize=1)
def welsh_words() -> _Welsh:
    """The Welsh words, checked on load: an unknown or missing key fails loudly."""
    data = read_json(WELSH_FILE)
    check_keys(WELSH_FILE, data, WELSH_KEYS)
    grades = {" ".join(word.lower().split()): name for word, name in data["grades"].items()}
    grade_words = _spaced(grades)
    quote = f"[{QUOTES}]"
    phrase = re.compile(
        rf"(?<![\w’'-])(?:{alternation(data['judgement_words'])})(?P<bridge>(?:(?:\s+|(?=[’']))(?:{alternation(data['bridges'])}))*)"
        rf"\s*(?P<quote>{quote})?\s*(?P<grade>{grade_words})(?![\w-])(?![’'][^\W\d_])", re.I)  # "‘Da’", not "da’r"
    joiner = re.compile(rf"\s*(?:,\s*)?(?:(?:{alternation(data['joiners'])})\s+)?", re.I)
    negation = re.compile(rf"(?<![\w’'-])(?:{alternation(data['negations'])})(?![\w’'-])(?:\s+\S+){{0,{LIMITS.welsh_negation_words}}}\s*$", re.I)
    opinion = re.compile(rf"(?<![\w’'-])(?:{alternation(data['opinion_words'])})(?![\w’'-])", re.I)
    choice = re.compile(rf"[\s{QUOTES},]*(?:{alternation(data['choice_words'])})(?![\w’'-])", re.I)
    grade = re.compile(rf"(?<![\w’'-])(?:{grade_words})(?![\w-])", re.I)
    judged = [word.lower() for word in data["judgement_words"]]
    stems = tuple(sorted({word for word in judged if not any(other != word and other in word for other in judged)}))
    good_at = re.compile(
        rf"\s+yn\s+(?P<grade>{grade_words})\s+(?:{alternation(data['at_words'])})\s+"
        rf"(?P<area>[^.,;:!?\n“”\"]+?)(?=\s+(?:{alternation(data['area_stops'])})(?![\w’'-])|[.,;:!?\n“”\"]|$)", re.I)
    quoted = re.compile(rf"{quote}\s*(?P<grade>{_spaced(w for w in grades if ' ' in w)})\s*{quote}", re.I)
    listed = re.compile(
        rf"{quote}?\s+(?:{alternation(data['list_openers'])})\s+"
        rf"(?P<areas>[^.;:!?\n“”\"]+?)(?=\s+(?:{alternation(data['area_stops'])})(?![\w’'-])|[.;:!?\n“”\"]|$)", re.I)
    list_joiner = re.compile(rf"\s*,\s*(?:(?:{alternation(data['joiners'])})\s+)?|\s+(?:{alternation(data['joiners'])})\s+", re.I)
    return _Welsh(phrase, grades, joiner, negation, opinion, choice, grade, stems, good_at, quoted, listed, list_joiner)


def _spaced(words: Iterable[str]) -> str:
    """The alternation of the words, a grade of several ("angen gwella") matched across
    any white space between them, as a page breaks or pads it."""
    return alternation(words).replace(r"\ ", r"\s+")


def may_hold_welsh_grade(text: str) -> bool:
    """Whether a text holds any judgement word at all (as a substring, in any case): a text
    without one holds no Welsh grade phrase, and the phrase expression need not run on it."""
    lowered = text.lower()
    return any(stem in lowered for stem in welsh_words().stems)


def welsh_gradings(doc: Doc, found: Found) -> None:
    """A row for each body a Welsh grade phrase grades (and each area it leads in)."""
    text = text_of(doc)
    if getattr(doc._.meta, "welsh", False):
        welsh_good_at(doc, found)  # "yn dda am": read only on a Welsh page (decided at ingest), as it has no judgement word
        welsh_quoted_labels(doc, found)  # "‘angen gwella’": the same, the quotes marking the inspectorate's label
    if not may_hold_welsh_grade(text):
        return  # an English text: no judgement word, so no phrase to find
    for m in welsh_words().phrase.finditer(text):
        if m["bridge"] or m["quote"]:  # else "dyfarniad da": a sound decision, not a grade given
            _add_grade(doc, found, m, reads_list=True)


def welsh_good_at(doc: Doc, found: Found) -> None:
    """A row for a body said to be graded at an activity with no judgement word: "Mae Heddlu
    Powys yn dda am ddal troseddwyr" (is good at catching offenders), the Welsh of the English
    "X is good at A", which names the area graded. The grade follows the body's name at once
    ("yn" and the grade), so a body merely named near a plain adjective is not graded."""
    text = text_of(doc)
    words = welsh_words()
    for span in bodies_in(doc, 0, len(text)):
        if span.label_ not in GROUP_KINDS:
            continue
        m = words.good_at.match(text, span.end_char)
        if m is None or _negated(text, span.start_char):
            continue
        sentence = sentence_of(doc, span.start)
        grade = words.grades[" ".join(m["grade"].lower().split())]
        flags = flags_for(doc, sentence.start_char, sentence.end_char, span.start_char, m.end())
        said = text[sentence.start_char : sentence.end_char].strip()
        found.add(in_context(doc, span), grade, m["area"].strip(), (sentence.start_char, sentence.end_char, said),
                  WELSH_RULE, flags)


def welsh_quoted_labels(doc: Doc, found: Found) -> None:
    """A row for each body a quoted Welsh grade label grades with no judgement word before it:
    "Cafodd y ddau heddlu wybod bod ‘angen iddyn nhw wella’" (were told they 'need to improve'),
    as an English page quotes 'requires improvement'. Only a label of several words ("angen
    gwella") is read: the quotes round the whole label mark the inspectorate's words, while a
    quoted "da" may be any praise. The checks of a judged grade apply (a negation before it,
    a choice after it, the scale explained), and so does the reading of its bodies."""
    for m in welsh_words().quoted.finditer(text_of(doc)):
        _add_grade(doc, found, m, reads_list=False)


def _add_grade(doc: Doc, found: Found, m: re.Match[str], reads_list: bool) -> None:
    """The rows of one grade found (`m`, its group "grade"), read the same way whether a
    judgement word or the quotes of a label mark it: none where a negation stands before it
    ("i beidio â derbyn gradd ‘da’"), a choice follows it ("gradd ‘da’ neu ‘rhagorol’") or
    its sentence explains the scale; else one per body its sentence grades and, where
    `reads_list` and its sentence ends on ":", per item it leads in."""
    text = text_of(doc)
    words = welsh_words()
    if _negated(text, m.start()) or words.choice.match(text, m.end()):
        return
    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
    if span is None:
        return
    sentence = sentence_of(doc, span.start)
    if _scale(text[sentence.start_char : sentence.end_char]):
        return
    grade = words.grades[" ".join(m["grade"].lower().split())]
    flags = flags_for(doc, sentence.start_char, sentence.end_char, m.start(), m.end())
    said = text[sentence.start_char : sentence.end_char].strip()
    leads_in = reads_list and LEAD_IN_RE.match(text, m.end()) is not None
    areas: list[str | None] = list(items_led_in(doc, sentence)) if leads_in else list(_areas_listed(text, m.end()))
    for subject in _subjects(doc, sentence, m.start()):
        for area in areas or [None]:
            found.add(subject, grade, area, (sentence.start_char, sentence.end_char, said), WELSH_RULE, flags)


def _areas_listed(text: str, grade_end: int) -> list[str]:
    """The areas a list right after a grade names ("‘da’ o ran A, B ac C": good in respect of
    A, B and C), one per part, when the list is written with commas (a list, not one area's
    name joining two words: "atal trosedd ac ymddygiad gwrthgymdeithasol" is one area) and
    every part is short enough to be an area's name; else none."""
    words = welsh_words()
    m = words.listed.match(text, grade_end)
    if m is None or "," not in m["areas"]:
        return []
    parts = [part.strip() for part in words.list_joiner.split(m["areas"])]
    if any(not part or len(part.split()) > LIMITS.area_words for part in parts):
        return []
    return parts


def _scale(said: str) -> bool:
    """Whether a sentence names three or more grades: the scale explained, no one graded."""
    words = welsh_words()
    named = {words.grades[" ".join(g.lower().split())] for g in words.grade.findall(said)}
    return len(named) >= LIMITS.welsh_scale_grades


def _negated(text: str, phrase_start: int) -> bool:
    """Whether a negation stands a few words before the judgement word in its clause ("i
    beidio â derbyn gradd ‘da’": not to receive a 'good' grade). A verb of believing after
    the negation ("ddim yn credu fod y dyfarniad ..."): the speaker disputes the grade given."""
    line_start = text.rfind("\n", 0, phrase_start) + 1
    clause = CLAUSE_BREAK_RE.split(text[line_start:phrase_start])[-1]
    negated = welsh_words().negation.search(clause)
    if negated is None:
        return False
    # "ddim yn credu fod y dyfarniad ...": the speaker disputes a grade that was given
    return welsh_words().opinion.search(clause, negated.start()) is None


def _subjects(doc: Doc, sentence: Span, phrase_start: int) -> list[str]:
    """The group of bodies named last before the phrase in its sentence ("Heddlu Dyfed
    Powys a Heddlu Gogledd Cymru"), else the group named last before it nearby (a headline
    or lead naming the forces a later sentence calls "heddluoedd y ddwy ardal", the two
    areas' forces)."""
    named = [s for s in bodies_in(doc, sentence.start_char, phrase_start) if s.label_ in GROUP_KINDS]
    if not named:
        named = [s for s in bodies_in(doc, max(0, sentence.start_char - LIMITS.welsh_carried_chars), sentence.start_char)
                 if s.label_ in GROUP_KINDS]
    return _last_group(doc, named)


def _last_group(doc: Doc, named: list[Span]) -> list[str]:
    """The last body of `named` with those joined to it ("A a B", "A, B ac C")."""
    if not named:
        return []
    text = text_of(doc)
    group = group_ending_with(named, lambda span, first: welsh_words().joiner.fullmatch(text, span.end_char,
                                                                                        first.start_char) is not None)
    return list(dict.fromkeys(in_context(doc, s) for s in group))
