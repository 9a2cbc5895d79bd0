"""The pieces of a list of themes that name no theme, though a kind and its introducer led
in to them: a kind named again, bodies (who the items are for, not what they ask), counts
that part the set (how many are for whom), a rating the story lists, a clause cut short, a
comment on the list ("the details of which ..."), the attribution a comma cut off ("the
report said"), a quoted finding. `item_themes` drops such a
piece before it adds an item, and `item_carried` drops the ratings; kept apart from the
reading of the list, which finds where pieces are, not whether they name a matter."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from crosswalk.extraction.extensions import text_of
from crosswalk.extraction.grading_vocabulary import grading_words
from crosswalk.extraction.item_grammar import AUXILIARIES, POSSESSIVES, SUBORDINATORS, number_ending_at, short_attribution
from crosswalk.extraction.item_kinds import acted_on
from crosswalk.extraction.item_reading import (
    DETERMINERS, GRAMMAR_FILE, LIMITS, THEME_STOPWORDS, item_words, only_bodies,
)
from crosswalk.extraction.subjects import MODIFYING_PREPOSITIONS
from crosswalk.quote_marks import DOUBLE_CLOSING, DOUBLE_OPENING, OPENING_QUOTES
from crosswalk.resources import word_set

RELATIVE_OBJECTS = word_set(GRAMMAR_FILE, "relative_objects")  # after a preposition ("of which"), a relative clause opens
MATTERLESS_NOUNS = word_set(GRAMMAR_FILE, "matterless_nouns")  # "those issues", "the area of concern": no matter named
FREE_RELATIVES = word_set(GRAMMAR_FILE, "free_relatives")  # "on what the review showed": no matter named
UNFINISHED_ENDINGS = word_set(GRAMMAR_FILE, "unfinished_endings")  # "the force doesn't": a clause cut short


def acted_on_within(kind: Span, piece_start: int) -> bool:
    """"setting up a group to report on progress towards implementing recommendations": a
    kind that a verb of acting on items inside the theme takes as object is the theme's own
    words (what the ask is about), not a kind named again. The whole reach in which
    `acted_on` finds its verb lies inside the theme, so the verb is the theme's own."""
    return acted_on(kind) and kind.doc[max(kind.start - LIMITS.acted_on_reach_tokens, 0)].idx >= piece_start


def quotes_a_finding(doc: Doc, pieces: list[tuple[int, int]]) -> bool:
    """A quotation that opens right after a theme's introducer and asks nothing (no
    "should", "must", "needs": 'gaps to close', noting that 'leaders now grasp the problems')
    is the report's words on what it found, or a speaker's, not a list of the items' themes."""
    text = text_of(doc)
    if not pieces or text[pieces[0][0] : pieces[0][1]].lstrip()[:1] not in OPENING_QUOTES:
        return False
    asking = item_words().asking_words
    return not any(t.lower_ in asking for start, end in pieces for t in doc.char_span(start, end, alignment_mode="expand") or ())


def counts_out(doc: Doc, count: int | None, pieces: list[tuple[int, int]]) -> bool:
    """"made 35 recommendations: one for the police, 14 needing national action and 20 for
    every service": pieces that each open with a count, the counts adding up to the kind's
    own, part the set by whom or what its items are for; they name no item."""
    if count is None or len(pieces) < 2:
        return False
    total = 0
    for start, end in pieces:
        span = doc.char_span(start, end, alignment_mode="expand")
        opening = next((t for t in span or () if not (t.is_punct or t.is_space)), None)
        number = number_ending_at(doc, opening.i) if opening is not None else None
        if number is None:
            return False
        total += number
    return total == count


def quotation_closed_at(text: str, floor: int, start: int, end: int) -> int:
    """'... "the worst was a cause for concern about A".': a
    quotation that holds the kind closes where its theme ends; the theme ends before the
    closing mark (the mark is the quotation's, not the theme's). Else `end` unchanged."""
    stop = end
    while stop > start and text[stop - 1] in " .,;":
        stop -= 1
    if stop <= start or text[stop - 1] not in DOUBLE_CLOSING or any(m in text[start : stop - 1] for m in DOUBLE_OPENING + DOUBLE_CLOSING):
        return end
    before = text[floor:start]
    opened = sum(before.count(m) for m in DOUBLE_OPENING if m != '"') - sum(before.count(m) for m in DOUBLE_CLOSING if m != '"')
    if opened <= 0 and before.count('"') % 2 == 0:
        return end  # no quotation open before the theme: the mark closes something else
    stop -= 1
    while stop > start and text[stop - 1] in " .,;":
        stop -= 1
    return stop


def names_bodies(doc: Doc, pieces: list[tuple[int, int]]) -> bool:
    """"the report gave recommendations to bodies including the Home Office, the Ministry
    of Justice, the College of Policing and chief constables": a list of three or more pieces,
    half or more of them bodies, names who the items are for, not what they ask; the pieces
    that are no body's name are bodies too (a role, a ministry the table of bodies lacks)."""
    return len(pieces) >= LIMITS.body_list_min_pieces and 2 * sum(only_bodies(doc, s, e) for s, e in pieces) >= len(pieces)


@lru_cache(maxsize=1)
def _rating_re() -> re.Pattern[str]:
    """A grade word, quoted or not, and a grade noun after an article or a count: "an
    'inadequate' rating", "two 'requires improvement' ratings"."""
    words = grading_words()
    grades = "|".join(re.escape(g) for g in sorted(words.grades, key=len, reverse=True))
    nouns = "|".join(re.escape(n) for n in sorted(words.grade_nouns, key=len, reverse=True))
    return re.compile(rf"\W*(?:[\w-]+\s+)?\W?(?:{grades})\W?\s+(?:{nouns})\b", re.I)


def names_a_rating(text: str, start: int, end: int) -> bool:
    """"Among them, an 'inadequate' rating for call handling": a piece that opens
    on a grade is a grading the story lists, not an item the report gave."""
    return _rating_re().match(text, start, end) is not None


def names_no_theme(doc: Doc, start: int, end: int) -> bool:
    """A piece that points at a matter without naming one: function words and nouns such as
    "issues", "equivalents", "strengths" alone ("about these issues", "for chief officers
    and their equivalents", "the area of concern"), a stray word a cut list leaves ("with"),
    a clause a free relative opens ("about what they found"), or the attribution a comma
    cuts off as a piece ("..., the report said.")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    opening = next((t for t in span if not (t.is_punct or t.is_space)), None)
    if opening is not None and opening.lower_ in FREE_RELATIVES:
        return True  # "recommendations on what the review showed": what it is, unnamed
    said = [t.lower_ for t in span if t.is_alpha]
    if short_attribution(said, DETERMINERS | POSSESSIVES):
        return True  # "..., the report said.": the list's attribution, cut off as a piece
    words = [t for t in span if not (t.is_punct or t.is_space or t.lower_ in THEME_STOPWORDS)
             and not (t.is_stop and not t.text.isupper())]  # "IT" is a matter, "it" is not
    return all(t.lower_ in MATTERLESS_NOUNS for t in words)


def unfinished(doc: Doc, start: int, end: int) -> bool:
    """A piece cut off inside a clause: it ends on a word that needs what follows it (an
    auxiliary, "doesn't", "to", a subordinator: "their observation that the force doesn't")
    or on a subordinator and a bare noun phrase ("outline how the Force"). What a list or
    an item's boundary cut short names no matter, and matches no item."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if len(words) < 2:
        return False
    last = words[-1].lower_
    if last in AUXILIARIES or last in UNFINISHED_ENDINGS or last in SUBORDINATORS:
        return True
    opener = words[-3] if len(words) >= 3 else None
    return opener is not None and opener.lower_ in SUBORDINATORS and words[-2].lower_ in DETERMINERS \
        and words[-1].is_alpha and not words[-1].lower_.endswith("ing")


def relative_appositive(doc: Doc, start: int, end: int) -> bool:
    """"..., the details of which are set out below", "..., some of whom ...": a piece that
    opens a relative clause on what came before (a preposition then "which" or "whom" in
    its first words) comments on the list; it names no theme of its own."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t.lower_ for t in span[:LIMITS.relative_opening_words]]
    return any(word in MODIFYING_PREPOSITIONS and after in RELATIVE_OBJECTS for word, after in zip(words, words[1:]))
