"""What the words around a kind ("three causes of concern", "these recommendations", "areas
where the service must improve") say of the items it names: which kinds a span names
(`kinds_in`), one item or a set (`is_singular`, `plural_kinds`), how many (`count_of`), whose
(`possessed`), what type its items take (`theme_type`), whether a verb acts on the items named
before rather than naming them (`acted_on`, `acted_on_again`, `partitive`), whether a report
gives them (`reported`) or a sentence opens by selecting from them (`among_opening`). Every
theme rule reads these first, so they stand apart from the rules, which import them; the item
rules over structure (`item_counts`, `item_lead_ins`, `items`) read them too."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from crosswalk.extraction.extensions import spans_within, text_of
from crosswalk.extraction.item_grammar import (
    AUXILIARIES, KIND_QUALIFIERS, NOT_QUALIFIERS, NUMBER_WORDS, OPEN_COUNTS, PLURAL_KIND_WORDS, POSSESSIVES, number_ending_at,
)
from crosswalk.extraction.item_introducers import quotes_after
from crosswalk.extraction.item_reading import (
    DETERMINERS, GRAMMAR_FILE, LIMITS, SECTIONS_KEY, THEMES_KEY, YEAR_RE, Context, item_words,
)
from crosswalk.extraction.subjects import MODIFYING_PREPOSITIONS
from crosswalk.model import ITEM_TYPES
from crosswalk.resources import word_set

PARTICIPLES = word_set(GRAMMAR_FILE, "participles")
# The inspectorate's enhanced monitoring named ("moved into Engage", "its enhanced Engage
# process", "an enhanced level of monitoring"), not the verb ("Engage with partners").
ENGAGE_RE = re.compile(r"\b(?:into|in|enhanced|the|its)\s+Engage\b|\bEngage\s+(?:process|phase|stage|status)\b"
                       r"|\benhanced\s+(?:level\s+of\s+)?monitoring\b")
BACK_POINTING_DETERMINERS = word_set(GRAMMAR_FILE, "back_pointing_determiners")  # "of the 26 recommendations"
POINTING_BACK = BACK_POINTING_DETERMINERS - {"the"}  # "these concerns": items named before
PARTITIVE_COUNTS = word_set(GRAMMAR_FILE, "partitive_counts")  # "many of the", "most of its": some of a set
COUNTED_UNITS = word_set(GRAMMAR_FILE, "counted_units")  # "a cause of concern in two areas": a count after a kind


def kinds_in(ctx: Context, start: int, end: int) -> list[Span]:
    """The kinds named from start to end: the section rules' ("causes of concern"), then
    the theme rules' ("two areas where the service must improve"; not their introducers)."""
    return [*ctx.types_in(start, end), *(s for s in spans_within(ctx.doc, THEMES_KEY, start, end)
                                         if s.label_ != "THEME" and stands_as_kind(ctx, s))]


def stands_as_kind(ctx: Context, kind: Span) -> bool:
    """"areas of concern" names causes of concern only where the text calls them so nearby
    ("during our visit we found areas of concern around A and B. We gave these causes of
    concern to the service"); elsewhere it is a speaker's or a panel's word for what worries them.
    How near is the kind's rule's own `named_within` (`patterns/item_themes.jsonl`)."""
    near = ctx.named_within.get(kind.id_)
    if near is None:
        return True
    return any(t.label_ == kind.label_ for t in ctx.types_in(max(kind.start_char - near, 0), kind.end_char + near))


def plural_kinds(ctx: Context, sentence: Span) -> list[Span]:
    """The kinds a sentence names as a set of items ("the two causes of concern", "six
    areas that required improvement"), when it names one kind only."""
    kinds = [k for k in kinds_in(ctx, sentence.start_char, sentence.end_char) if not is_singular(k)]
    return kinds if len({k.label_ for k in kinds}) == 1 else []


def theme_type(kind: Span) -> str:
    """The type of the items a kind names. Areas named in plain words ("two areas where the
    service must improve") are causes of concern in a document about a body
    moved into the inspectorate's enhanced monitoring (Engage), which causes of concern
    bring about; elsewhere they are areas for improvement."""
    if kind.label_ == "area_for_improvement" and kind.id_.startswith("kind-") and ENGAGE_RE.search(text_of(kind.doc)):
        return "cause_of_concern"
    return _counted_before(kind) or kind.label_


def _counted_before(kind: Span) -> str | None:
    """"found 12 areas for improvement" and later "4 of the 12 recommendations, including
    A": a definite count points back to the set the document
    counted before, and that set keeps the kind it was first given (the later kind word is
    loose wording for the same items)."""
    count = count_of(kind)
    if count is None:  # no count before the kind: nothing to point back with (and no number to walk back to)
        return None
    at = kind.start - 1
    while at >= 0 and not (kind.doc[at].like_num or kind.doc[at].lower_ in NUMBER_WORDS):
        at -= 1
    if at < 1 or kind.doc[at - 1].lower_ not in BACK_POINTING_DETERMINERS:
        return None
    earlier = [s for s in (*spans_within(kind.doc, SECTIONS_KEY, 0, kind.start_char),
                           *spans_within(kind.doc, THEMES_KEY, 0, kind.start_char))
               if s.label_ in ITEM_TYPES and s.end <= at and count_of(s) == count]
    first = min(earlier, key=lambda s: s.start, default=None)
    return first.label_ if first is not None and first.label_ != kind.label_ else None


def among_opening(kind: Span, sentence: Span) -> bool:
    """"Among those recommendations was A", "Among a raft of recommendations, inspectors
    said ...": a sentence that opens by selecting from a plural kind names one or more of
    its items in what follows (a few words only between "Among" and the kind)."""
    doc = sentence.doc
    opening = doc[sentence.start : kind.start]
    return 1 <= len(opening) <= LIMITS.among_words + 1 and opening[0].lower_ == "among" \
        and all(t.is_alpha for t in opening) and any(t.lower_ in PLURAL_KIND_WORDS for t in kind)


def concerns_named(kind: Span) -> bool:
    """"The causes of concern relating to A and B hadn't been addressed": a body's causes of
    concern are few and known by their themes, so the plural kind with "the" names them
    (recommendations "around custody" pick out some of many, named before)."""
    return kind.label_ == "cause_of_concern" and not kind.id_.startswith("kind-") \
        and any(t.lower_ in PLURAL_KIND_WORDS for t in kind) and kind.start > 0 and kind.doc[kind.start - 1].lower_ == "the"


def possessed(kind: Span) -> bool:
    """A possessor names whose items the kind are ("the service's causes of concern")."""
    index = kind.start - 1
    while index >= 0 and (kind.doc[index].is_quote or kind.doc[index].lower_ in KIND_QUALIFIERS):
        index -= 1
    return index >= 0 and kind.doc[index].lower_ in POSSESSIVES


def acted_on(kind: Span) -> bool:
    """"You sent plans showing how you would address the concerns and the recommendations.
    These included A and B.": a kind that a verb of acting on items takes as object (a few
    words before it, no punctuation or preposition between but "of", and "to" or "on" right
    after the verb) is what the plans answer; "These" points to what was done about the
    items, not to the items. "responded to feedback in areas where ..." acts on no kind."""
    doc = kind.doc
    words = item_words()
    window = doc[max(kind.start - LIMITS.acted_on_reach_tokens, 0) : kind.start]
    for index in range(len(window) - 1, -1, -1):
        token = window[index]
        if token.lemma_.lower() in words.acting_verbs or token.lower_ in words.acting_verbs:
            return True
        after_verb = index > 0 and token.lower_ in ("to", "on") and window[index - 1].lemma_.lower() in words.acting_verbs
        if (token.is_punct and not token.is_quote) or (token.lower_ in MODIFYING_PREPOSITIONS - {"of"} and not after_verb):
            return False
    return False


def acted_on_again(kind: Span) -> bool:
    """"the steps it took to tackle these concerns, including A and B": a kind that points
    back ("these", "those": its items were named before) and that a verb of acting on items
    takes as object; what "including" lists is what was done, not the items again."""
    before = kind.doc[kind.start - 1] if kind.start > 0 else None
    pointing = kind[0].lower_ in POINTING_BACK or (before is not None and before.lower_ in POINTING_BACK)
    return pointing and acted_on(kind)


def partitive(kind: Span) -> bool:
    """"it has now met most of the recommendations we gave it. These include A and B": a
    count of some of the kind ("several of the", "three of its") selects items, and the
    sentence after it names which; "These" points to the items, not to what was done about
    them."""
    doc = kind.doc
    at = kind.start - 1
    if at >= 0 and (doc[at].lower_ in BACK_POINTING_DETERMINERS or doc[at].lower_ in POSSESSIVES):
        at -= 1
    if at < 1 or doc[at].lower_ != "of":
        return False
    count = doc[at - 1].lower_
    return count in OPEN_COUNTS or count in NUMBER_WORDS or count in PARTITIVE_COUNTS


def reported(before: Token) -> bool:
    """The word before a kind makes it the object of a report: a reporting verb ("the report
    highlights promising practice in ..."), the verb and "for" ("praised for notable practice
    in ..."), or a quantity ("made a number of recommendations around ...")."""
    doc, words = before.doc, item_words()
    if before.lemma_.lower() in words.reporting_verbs or before.lower_ in words.reporting_verbs:
        return before.i == 0 or doc[before.i - 1].lower_ not in DETERMINERS  # "the report highlights", not "the list"
    return before.lower_ == "of" and before.i > 0 and doc[before.i - 1].lower_ in words.quantifiers


def is_singular(kind: Span, introducer: Span | None = None) -> bool:
    """"a cause of concern", "the recommendation", "AFI 5": one item, not a list; "Causes
    for concern were found in two areas, ..." counts its themes, and "improvement was
    required in areas ..." describes them; "one of the areas for improvement" is one."""
    doc = kind.doc
    if kind.start >= 3 and doc[kind.start - 3].lower_ == "one" and doc[kind.start - 2].lower_ == "of" \
            and doc[kind.start - 1].lower_ in DETERMINERS | POSSESSIVES:
        return True
    if kind.id_.startswith("kind-") or kind.label_ == "innovative_practice" or any(t.lower_ in PLURAL_KIND_WORDS for t in kind):
        return False  # "practice" is a mass noun: "the notable practice in how A, and how B"
    end = introducer.start if introducer is not None and not quotes_after(introducer) else kind.end
    # "a cause of concern in 2021, involving A": a year says when, it counts nothing.
    return not any((t.like_num and not YEAR_RE.match(t.text)) or t.lower_ in COUNTED_UNITS
                   for t in kind.doc[kind.end : end])


def count_of(kind: Span) -> int | None:
    """"three causes of concern": how many themes the list names."""
    doc = kind.doc
    index = kind.start - 1
    qualifiers = 0  # "three distinct areas", "two serious causes of concern": an adjective or two
    while index >= 0 and (doc[index].is_quote or doc[index].lower_ in KIND_QUALIFIERS
                          or (qualifiers < 2 and qualifies(doc[index]) and doc[index].lower_ not in NUMBER_WORDS)):
        qualifiers += not doc[index].is_quote
        index -= 1
    if index < 0:
        return None
    return number_ending_at(doc, index)


def qualifies(token: Token) -> bool:
    """An adjective before a kind ("serious", "key"): a lower-case word that is no function
    word and no participle ("were given causes of concern" says who received them)."""
    word = token.lower_
    return token.is_alpha and token.is_lower and word not in NOT_QUALIFIERS and word not in AUXILIARIES \
        and not word.endswith("ed") and word not in PARTICIPLES
