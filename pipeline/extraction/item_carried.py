"""Themes carried into the next sentence: "The report found six areas that required
improvement." / "They included A, B and C." A sentence that opens "They include", "These
related to", "This includes" (`CARRIED_THEMES_RE`, which `item_sections` also reads) lists the
items of the plural kind the sentence before it named, in the same block or ending the block
before, unless that kind is what a verb acts on ("plans to address the concerns. These
included ...": what was done)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from crosswalk.extraction.item_kinds import acted_on, is_singular, kinds_in, partitive, plural_kinds, reported
from crosswalk.extraction.item_pieces import theme_pieces
from crosswalk.extraction.item_reading import GRAMMAR_FILE, Context, Scope, Unit
from crosswalk.extraction.item_theme_filters import names_a_rating
from crosswalk.extraction.sentences import sentences_in
from crosswalk.quote_marks import CLOSING_QUOTES, OPENING_QUOTES
from crosswalk.resources import word_alternation, word_set

EXAMPLES_RE = re.compile(r",\s+such\s+as\s", re.I)  # what a carried sentence describes, with examples of it
PROVIDING_VERBS = word_set(GRAMMAR_FILE, "providing_verbs")  # "provided recommendations on how ...", read with the reporting verbs
# an opening quote before it: a speaker's quoted paragraph that carries on the list;
# "Suggestions included A, B and C": the press's word for the asks the sentence before counted;
# "This includes A; B; and C" after a kind a report gave (`_pointed_at_given`)
NOT_LISTED_OPENERS = r"that|as|by|in|to|not|all|now|being|been"  # "These include all ...", "This includes being ...": no list follows
# "Other changes must include A and B" after "13 recommendations, including C": more of the
# counted asks, put with a directing modal (a bare "Other changes include" may be what was done)
FURTHER_SET_RE = (r"(?i:" + word_alternation(GRAMMAR_FILE, "further_set_openers") + r")\s+[a-z]+\s+(?:"
                  + word_alternation(GRAMMAR_FILE, "directing_modals") + r")\s+(?:also\s+)?include\s*:?\s+")
CARRIED_THEMES_RE = re.compile(r"^\s*[" + OPENING_QUOTES + r"]?\s*(?:(?:Suggestions|(?P<this>This))\s+(?:also\s+)?(?:include|includes|included)\s*:?\s+(?!(?:"
                               + NOT_LISTED_OPENERS + r")\b)"
                               r"|(?:They|These|Those)\s+(?:also\s+)?(?:include|includes|included|including|are|were|"
                               r"identified|highlighted|noted|listed|named|cited|relate\s+to|related\s+to)\s*:?\s+"
                               # "They are now met", "These are set out in section 6": no themes
                               r"(?!(?:" + NOT_LISTED_OPENERS + r"|set|shown|given|laid|made|found|kept|held|\w+ly|\w+ed)\b)"
                               r"|" + FURTHER_SET_RE + r"(?!(?:" + NOT_LISTED_OPENERS + r")\b)"
                               r"|(?=The\s+first\s+(?:one\s+|area\s+)?(?:was|is|related|relating|concerned)\b)"
                               # "They were that the leadership ...; the force isn't ...": "that" opens
                               # the first of the findings the items state (not "They were that bad").
                               r"|(?:They|These|Those)\s+(?:are|were)\s+that\s+(?=(?:the|its|their|it|there|they)\b))")


def carried_themes(ctx: Context, unit: Unit, taken: list[tuple[int, int]], scope: Scope) -> list[tuple[int, int]]:
    """"The report found six areas that required improvement." / "They included A, B and
    C.": a sentence that opens "They include" (or "They identified", "These related to") lists the themes of the
    plural kind named by the sentence before it, in the block or ending the block before."""
    sentences = sentences_in(ctx.doc, unit.start, unit.end)
    found: list[tuple[int, int]] = []
    for index, sentence in enumerate(sentences):
        opener = CARRIED_THEMES_RE.match(ctx.text[sentence.start_char : sentence.end_char])
        if opener is None or any(sentence.start_char <= s < sentence.end_char for s, _ in taken):
            continue
        before = sentences[index - 1] if index else _last_sentence(ctx, ctx.previous)
        kinds = _carried_kinds(ctx, before) if before is not None else []
        if not kinds or (acted_on(kinds[0]) and not partitive(kinds[0])):
            continue
        if opener["this"] and not _pointed_at_given(kinds[0]):
            continue
        finish = min(sentence.end_char, unit.end)
        while finish > sentence.start_char + opener.end() and (ctx.text[finish - 1] in CLOSING_QUOTES or ctx.text[finish - 1].isspace()):
            finish -= 1  # '"These included A and B."': the quote closing the speaker's paragraph is no part of B
        if EXAMPLES_RE.search(ctx.text, sentence.start_char + opener.end(), finish):
            continue  # "These are violent crimes ..., such as A, B and C": a class and its examples, not items
        for start, end in theme_pieces(ctx.text, sentence.start_char + opener.end(), finish):
            if names_a_rating(ctx.text, start, end):
                continue
            if ctx.builder.add(kinds[0].label_, start, end, "item-theme", scope.subject or ctx.own_body, min_words=1):
                found.append((start, end))
    return found


def _pointed_at_given(kind: Span) -> bool:
    """"The report made recommendations on how the force can improve. This includes A; B":
    a singular "This" points at the kind only when the sentence before is about giving it (a
    reporting verb right before the kind); after "Despite the recommendations ..." or "the
    recommendations, four of these are complete" it points at what the clause says."""
    if kind.start == 0:
        return False
    before = kind.doc[kind.start - 1]
    return reported(before) or before.lemma_.lower() in PROVIDING_VERBS or before.lower_ in PROVIDING_VERBS


def _carried_kinds(ctx: Context, sentence: Span) -> list[Span]:
    """The plural kind whose themes the next sentence lists: the sentence's one kind, else
    the last of two it names ("set out six areas for improvement and made 20 recommendations.
    These included A, B and C"): a list follows on from the kind named last, nearest to it."""
    kinds = plural_kinds(ctx, sentence)
    if kinds:
        return kinds
    named = sorted((k for k in kinds_in(ctx, sentence.start_char, sentence.end_char) if not is_singular(k)),
                   key=lambda k: k.start)
    return named[-1:]


def _last_sentence(ctx: Context, unit: Unit | None) -> Span | None:
    """The last sentence of the block before (None when there is none): a list that opens a
    block ("They included A and B") carries the kind that block ended on."""
    sentences = sentences_in(ctx.doc, unit.start, unit.end) if unit is not None else []
    return sentences[-1] if sentences else None
