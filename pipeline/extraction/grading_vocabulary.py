"""The words the grading readers read and the expressions built from them, loaded once.

`patterns/grading_words.json` holds the grade forms and the words around them, and
`patterns/assessment_areas.txt` the names of assessment areas; the grading phrases'
reader (`gradings.py`), the readers of rows and lines (`grading_rows.py`) and the general
fallback (`grading_fallback.py`) read a grade, a scale of grades or a count of areas with
the same expressions, so they are built here, in one place, and no reader holds another's
vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from crosswalk.pattern_lists import expand
from crosswalk.quote_marks import QUOTES
from crosswalk.resources import checked_words, read_json, read_lines, word_file


WORDS_FILE = "grading_words.json"
LIMITS_FILE = "grading_limits.json"  # the rules' tuning numbers, what each counts said there
AREAS_FILE = "assessment_areas.txt"  # a gazetteer of assessment area names, one a line
READ_ELSEWHERE = {"grade_change_verbs", "body_nouns", "clause_openers", "clause_verbs", "clause_conjunctions", "list_grade_links", "receiving_verbs"}  # keys of the word file no field holds: `word_lists`, `EXPRESSION_LISTS`
EXPRESSION_LISTS = ("area_nouns", "area_qualifiers", "grading_participles", "body_nouns", "clause_openers", "clause_conjunctions",
                    "grade_nouns", "receiving_verbs")  # the lists an area expression may name as {{list}}
# (and {{count_words}}, the numbers written as words, the keys of count_words)
AREA_END = r"[.;:–—()?!]"


@dataclass(frozen=True)
class GradingWords:
    grades: dict[str, str]
    praising_grades: frozenset[str]  # names of the grades that ask nothing of a body, each a name of `grades`
    carriers: tuple[str, ...]
    not_bodies: frozenset[str]
    pillars: dict[str, str]
    programme_pillars: dict[str, tuple[str, ...]]  # the three pillars a PEEL (2014-17) or fire inspection grades, by body kind
    area_stopwords: frozenset[str]
    known_areas: tuple[str, ...]
    count_words: dict[str, int]
    grade_nouns: frozenset[str]
    not_area_nouns: frozenset[str]
    attributive_nouns: frozenset[str]
    area_verbs: tuple[str, ...]
    subject_heads: frozenset[str]
    collective_carriers: tuple[str, ...]
    area_expressions: dict[str, re.Pattern[str]]
    comparison_words: frozenset[str]
    police_words: tuple[str, ...]
    fire_words: tuple[str, ...]
    possessive_carriers: frozenset[str]
    relative_carriers: frozenset[str]  # the carriers that are relative pronouns
    plural_carriers: frozenset[str]  # the carriers that stand for the group of bodies named last ("they")
    first_person_carriers: tuple[str, ...]
    area_nouns: tuple[str, ...]
    area_qualifiers: tuple[str, ...]
    area_tail_prepositions: tuple[str, ...]
    area_opening_prepositions: frozenset[str]  # "good at", "good across": the area is read from the preposition
    pronoun_areas: frozenset[str]  # "when it comes to that": an area that only points back
    across_all_nouns: tuple[str, ...]
    grading_participles: tuple[str, ...]
    absolute_openers: frozenset[str]  # "with Kent rated good": the preposition of an absolute construction
    absolute_fillers: frozenset[str]  # "with Kent now rated good": words between its body and participle
    national_scope: tuple[str, ...]  # "nationally", "most forces": a grade across the country, no one body's
    subject_fillers: frozenset[str]  # "Overall", "To be": words before a grade that name no subject
    body_classes: tuple[str, ...]
    joined_clause_openers: frozenset[str]
    not_verb_openers: frozenset[str]
    area_openers: frozenset[str]  # "the way it", "how it": words that may open an area and say nothing of it
    area_fillers: frozenset[str]  # the small words of an area a list's part is matched by without
    name_openers: frozenset[str]  # words no area's name opens with: a part opening so is a clause

    @property
    def grade_alternation(self) -> str:
        return alternation(self.grades)

    @property
    def praising_words(self) -> frozenset[str]:
        """The one-word forms of the grades that ask nothing of a body ("good", "outstanding"):
        the forms are written once, in `grades`, and the praising ones chosen by name."""
        return frozenset(form for form, grade in self.grades.items() if grade in self.praising_grades and " " not in form)


def alternation(words: Iterable[str]) -> str:
    """A regular expression alternation of the words, longest first ("areas" before "area")."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _expand_lists(name: str, expression: str, data: dict[str, Any]) -> str:
    """An area expression with each {{list}} it names replaced by that list's alternation
    (`crosswalk.pattern_lists`, the one way a pattern file names a shared list), so a list
    is written once; an unknown name fails loudly rather than never matching."""
    groups = {key: f"(?:{alternation(checked_words(WORDS_FILE, key, data[key]))})" for key in EXPRESSION_LISTS}
    groups["count_words"] = f"(?:{alternation(tuple(with_compounds(data['count_words'])))})"  # numbers written as words
    return expand(expression, groups, WORDS_FILE, f"area_expressions.{name}")


@lru_cache(maxsize=1)
def grading_words() -> GradingWords:
    """The word lists, a field a key of the word file (`resources.word_file`), checked on load:
    an unknown or missing key fails loudly. The lists tried at a position are sorted longest
    first; the assessment areas are a gazetteer of their own (`AREAS_FILE`)."""
    data = read_json(WORDS_FILE)
    return word_file(WORDS_FILE, GradingWords, also=READ_ELSEWHERE, given={
        "known_areas": tuple(sorted({a.lower() for a in read_lines(AREAS_FILE)}, key=len, reverse=True)),
    }, made={
        "grades": lambda grades: {k.lower(): v for k, v in grades.items()},
        "praising_grades": lambda names: _grade_names(names, data["grades"]),
        "carriers": _longest_first,
        "programme_pillars": lambda pillars: {kind: tuple(names) for kind, names in pillars.items()},
        "collective_carriers": _longest_first,
        "area_expressions": lambda expressions: {name: re.compile(_expand_lists(name, expression, data), re.I | re.S)
                                                 for name, expression in expressions.items()},
        "first_person_carriers": _longest_first,
        "count_words": with_compounds,
    })


def _grade_names(names: list[str], grades: dict[str, str]) -> frozenset[str]:
    """A list of grade names, refused unless each is the name of a grade form in `grades`
    (a misspelt name would choose no form)."""
    unknown = set(checked_words(WORDS_FILE, "praising_grades", names)) - set(grades.values())
    if unknown:
        raise ValueError(f"{WORDS_FILE}: praising_grades names no grade: {sorted(unknown)}")
    return frozenset(names)


def with_compounds(counts: dict[str, int]) -> dict[str, int]:
    """The numbers written as words, lower case, with each tens word's hyphenated compounds
    ("twenty-nine": 29): a count written so is read whole, never as its last part ("nine")."""
    counts = {word.lower(): value for word, value in counts.items()}
    units = {word: value for word, value in counts.items() if 0 < value < 10}
    tens = {word: value for word, value in counts.items() if value >= 20 and value % 10 == 0}
    return {**counts, **{f"{ten}-{unit}": value + small for ten, value in tens.items() for unit, small in units.items()}}


@dataclass(frozen=True)
class GradingLimits:
    """The grading rules' tuning numbers (`patterns/grading_limits.json`), a field a key."""

    area_words: int
    list_part_words: int
    heading_list_words: int
    summary_words: int
    also_part_words: int
    quoted_lead_words: int
    joined_area_extra_words: int
    shared_part_words: int
    all_areas_named: int
    pillars_named_before: int
    carry_area_chars: int
    last_graded_chars: int
    carry_sentences: int
    welsh_carried_chars: int
    welsh_scale_grades: int
    welsh_negation_words: int
    area_name_words: int
    grade_heading_words: int
    grade_heading_chars: int
    listed_next_chars: int
    vague_areas_named: int


LIMITS = word_file(LIMITS_FILE, GradingLimits)


def _longest_first(words: list[str]) -> tuple[str, ...]:
    """Words in lower case, the longest first, as a search tries them."""
    return tuple(sorted((word.lower() for word in words), key=len, reverse=True))


def area_expression(name: str) -> re.Pattern[str]:
    """One of the expressions of `area_expressions` in the word file."""
    return grading_words().area_expressions[name]


def past_scale_aside(text: str, start: int, end: int) -> int:
    """Where the words after a grade go on past an aside placing it on the scale ("rated
    'inadequate' – the lowest possible grading – in A and B"): the areas come after it."""
    aside = area_expression("scale_aside").match(text, start, end)
    return aside.end() if aside else start


@dataclass(frozen=True)
class _Expressions:
    grade: re.Pattern[str]
    grade_line: re.Pattern[str]
    graded_line: re.Pattern[str]  # a line that is only a grade given: "graded inadequate"
    scale: re.Pattern[str]
    chain: re.Pattern[str]
    count: re.Pattern[str]
    carrier: re.Pattern[str]
    first_person: re.Pattern[str]
    national_scope: re.Pattern[str]  # "nationally", "across England and Wales": a grade across the country
    label_grade: re.Pattern[str]
    glued_row: re.Pattern[str]
    grade_label: re.Pattern[str]
    grade_at_label: re.Pattern[str]  # an unquoted grade opening a list line: "good at A"
    spaced_row: re.Pattern[str]  # a flattened table row, cells split by a space only: "Investigating crime Good"
    counted_areas: re.Pattern[str]
    count_named: re.Pattern[str]
    count_chain: re.Pattern[str]
    count_before: re.Pattern[str]  # "five were 'good' and": a count's grade read back from the next count
    including: re.Pattern[str]  # "five areas including A, B and C"
    counted: re.Pattern[str]  # "six areas", "five out of six areas", "six other areas"
    area_tail: re.Pattern[str]  # a preposition that ends a cut area phrase
    # "all three pillars", "each of its areas": every area at once, one of the across_all_nouns. Not the word
    # file's `all_areas` area expression, which reads a count and every area noun ("all four questions")
    # to drop a sum its areas named restate: this one keeps such a phrase whole as an area, or as open.
    across_all: re.Pattern[str]
    areas_before: re.Pattern[str]  # "The areas where it was rated", before the grade
    reported: re.Pattern[str]  # "that A, B and C were judged", a reported clause naming areas


@lru_cache(maxsize=1)
def expressions() -> _Expressions:
    """The word file's vocabulary compiled into the expressions the extractor reads with:
    those around a grade, then those that name and count the areas graded."""
    words = grading_words()
    return _Expressions(**_grade_expressions(words), **_area_expressions(words))


def _count_words(words: GradingWords) -> str:
    """A count of areas, in words or figures ("three", "3")."""
    return "|".join([*words.count_words, r"\d+"])


def _phrases_re(phrases: Iterable[str]) -> re.Pattern[str]:
    """Any of the phrases as whole words, in any case, with any spacing between their words."""
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + r")\b", re.I)


def _grade_expressions(words: GradingWords) -> dict[str, re.Pattern[str]]:
    """Expressions around a grade word: a grade alone or on a line, a scale of grades, a
    chain of grades with their areas, a label and its grade, a subject that carries one."""
    grade = words.grade_alternation
    q = f"[{QUOTES}]"
    nouns = "|".join(sorted(words.grade_nouns))
    numbers = _count_words(words)
    participles = alternation(words.grading_participles)
    area_nouns = alternation(words.area_nouns)
    return {
        "grade": re.compile(rf"\b({grade})\b", re.I),
        "grade_line": re.compile(rf"^\W*{q}?({grade}){q}?\W*$", re.I),
        "graded_line": re.compile(rf"^[^\w\n]*(?:{participles})\s+(?:as\s+)?{q}?(?:{grade}){q}?[\s.]*$", re.I),
        "scale": re.compile(rf"(?:\b(?:{grade})\b{q}?(?:\s*,\s*|\s+(?:or|and|to)\s+|\s*,\s*(?:or|and)\s+){q}?){{2,}}"
                         rf"\b(?:{grade})\b|\b(?:scale|range|ranging|ranges)\s+(?:of\s+|from\s+)?{q}?(?:{grade}){q}?\s+"
                         rf"(?:to|through)\s+{q}?(?:{grade})\b|\b(?:{grade}){q}?\s*,?\s+or\s+{q}?(?:{grade})\b", re.I),
        "chain": re.compile(rf"(?:\s*{q}?\s+overall\b(?=\s*,?\s*(?:and|but)\s+{q}?(?:{grade})\b))?"  # "good overall, and good in A": the overall grade's word passed over
                         rf"(?:\s*,\s*(?:which|who)\b[^.;]*?(?=,\s*(?:and\s+)?{q}?(?:{grade})\b))?"  # a relative clause passed over
                         rf"\s*{q}?\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+|\s+plus\s+)(?:(?:is|are|was|were)\s+)?(?:(?:a|an)\s+)?(?P<count>(?:{numbers})\s+)?"
                         rf"{q}?(?P<grade>{grade}){q}?\s+(?:(?:{nouns})\s+)?(?:overall\s+)?(?:in|at|for|to|across)\s+(?P<area>.+?)"
                         rf"(?=\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+plus\s+|\s+but\s+)(?:(?:is|are|was|were)\s+)?(?:(?:a|an)\s+)?(?:(?:{numbers})\s+)?{q}?(?:{grade})\b|"
                         rf"{AREA_END}|$)", re.I | re.S),
        "count": re.compile(rf"\b(?P<count>{numbers})\s+{q}?(?P<grade>{grade})(?:{q}?(?=\s*(?:,|[:–—]|-\s|and\b|plus\b|(?:{nouns})\b))|"
                         rf"s{q}?(?!\w))", re.I),  # "two 'outstanding' and six 'good' ratings", "one Outstanding, six Goods", "Three 'good' - A, B, C"
        "carrier": re.compile(r"\b(?:" + "|".join(map(re.escape, words.carriers)) + r")\b|(?-i:\b[A-Z]{2,6}\b)", re.I),
        "first_person": _phrases_re(words.first_person_carriers),
        "national_scope": _phrases_re(words.national_scope),
        # "Area - good", "Area? (Good)", "How well does it ...? Good" (the question a row answers, then its grade cell)
        "label_grade": re.compile(rf"^[^\w{QUOTES}]*(?P<label>[^\n]+?)\s*(?:(?:[:–—]|\s-|-\s|(?<=\?))\s*{q}?(?P<grade>{grade}){q}?|"
                               rf"\(\s*{q}?(?P<bracketed>{grade}){q}?\s*\))[\s.;,]*$", re.I),
        # "Area A – good. Area B – adequate": two rows glued on one line
        "glued_row": re.compile(rf"^(?P<label>[^\n.;:]+?)\s*(?:[:–—]|\s-|-\s)\s*{q}?(?P<grade>{grade}){q}?\s*[.;]\s+"
                             rf"(?P<rest>[A-Z][^\n]+)$", re.I),
        "spaced_row": re.compile(rf"^[^\w{QUOTES}]*(?P<label>[A-Z][^\n.:;?!|]*?[a-z)])\s+(?P<grade>{grade})\s*\|?$", re.I),
        "grade_label": re.compile(rf"^\W*{q}?(?P<grade>{grade}){q}?\s*(?:[:–—]|\s-|-\s)\s*(?P<label>[^\n]+?)[\s.;]*$", re.I),
        "grade_at_label": re.compile(rf"^[^\w{QUOTES}]*(?P<grade>{grade})\s+(?:in|at|for)\s+(?P<label>[^\n]+?)"
                                  r"(?:[\s.;,]*\b(?:and|or))?[\s.;,]*$", re.I),  # "• good at area; and" (quoted: a phrase)
        # "five were 'good' and [six were ...]": a count standing as the subject of a grade, before another such;
        # "six (of which) required improvement and": the grade that is a verb needs no "were"
        "count_before": re.compile(rf"\b(?P<count>{numbers})\s+(?:of\s+(?:which|them|these|those)\s+)?"
                                rf"(?:(?:were|was)\s+(?:(?:{participles})\s+)?(?:as\s+|to\s+be\s+)?(?=\S)|(?=requir))"
                                rf"{q}?(?P<grade>{grade}){q}?\s*(?:,\s*(?:and\s*)?|and\s*)?$", re.I),
        "count_chain": re.compile(rf"\s*{q}?\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?P<count>{numbers})\s+(?:(?P<noun>more|others?|{area_nouns})\s+)?"
                               rf"(?:(?P<verb>were|was|are|as)\s+)?(?:(?:{participles})\s+)?(?:as\s+|to\s+be\s+)?"
                               rf"{q}?(?P<grade>{grade}){q}?(?![\w])", re.I),
    }


def _area_expressions(words: GradingWords) -> dict[str, re.Pattern[str]]:
    """Expressions that name and count the areas graded: "three of the areas", "all
    three pillars", "five areas including A and B", a reported clause listing areas."""
    numbers = _count_words(words)
    area_nouns = alternation(words.area_nouns)
    qualifiers = alternation(words.area_qualifiers)
    return {
        "counted_areas": re.compile(rf"(?:^|(?<=[\s,–—(]))(?P<count>{numbers})\s+(?:out\s+of\s+(?:the\s+)?\w+\s+)?(?:(?:of\s+)?(?:the|its|their)\s+(?:\w+\s+)?)?"
                                 rf"(?:(?:{qualifiers})\s+)?(?:{area_nouns})"
                                 r"(?:\s+(?:within|of|in|under)\s+(?:this|that|the|its|their)\s+\w+)?\s*$", re.I),
        "count_named": re.compile(rf"^\W*?\s*(?:(?:{alternation(words.area_opening_prepositions)})\s+)?(?:(?:all|each|both)\s+(?:of\s+)?)?"
                               rf"(?:(?:the|its|their)\s+)?(?P<count>{numbers}|all|both)\s+(?:(?:out\s+)?of\s+(?:the\s+|its\s+)?(?:{numbers})\s+)?(?:(?:{qualifiers})\s+)*"
                               rf"(?:{area_nouns}|others)\b(?:\s+of\s+(?=[^.:;()]*,[^.:;()]*\band\s)|[^:;()–—.,]{{0,60}}?\s*"
                               r"(?:[:;–—(]|,?\s*which\s+(?:are|were)\b|,\s*(?:namely|being)\b)\s*)"
                               r"(?P<list>[^:;()]+)", re.I),
        "including": re.compile(rf"^(?P<count>(?:\w+\s+){{0,4}}?(?:{area_nouns})(?:\s+of\s+(?:\w+\s+){{0,2}}?\w+)?)(?:\s+by\s+[^.;:,–—]{{1,120}}?)?\s*(?:,|\s[-–—])?\s+"
                             r"(?:including|in\s+particular|notably|"
                             r"particularly|especially|such\s+as|namely)\s*:?\s+(?P<list>.+)$", re.I | re.S),
        "counted": re.compile(rf"^(\w+)\s+(?:out\s+(?:of\s+)?\w+\s+)?(?:(?:{qualifiers})\s+)?(?:sub-?)?(?:{area_nouns})\b", re.I),
        "area_tail": re.compile(rf"\s+(?:{alternation(words.area_tail_prepositions)})$", re.I),
        "across_all": re.compile(rf"^(?:all|each|both)\s+(?:of\s+)?(?:the\s+|its\s+)?(?:\w+\s+)?"
                             rf"(?:{alternation(words.across_all_nouns)})\b", re.I),
        "areas_before": re.compile(rf"(?:^\W*|\b(?:the|its|their)\s+)(?:(?:{numbers})\s+)?(?:(?:{qualifiers})\s+)?(?:{area_nouns})\b"
                                r"(?:\s+(?:where|in\s+which)\s+(?:it|they|the\s+\w+|(?:(?-i:[A-Z])[\w&-]*\s+){1,5}?)\s*(?:was|were|is|are|has\s+been)|"
                                r"\s+(?:that|which)\s+(?:was|were|is|are|have\s+been|had\s+been))?\s*$", re.I),
        "reported": re.compile(rf"\b(?:that|whether)\s+(?P<zone>[^,]*,.*|[^,]*\band\b.*|[^,]*\b(?:{area_nouns})\s*)$", re.I),
    }


def grade_name(word: str) -> str:
    return grading_words().grades.get(re.sub(r"\s+", " ", word.lower()), word.lower())
