"""Items named by their themes in running text, one block's sentences at a time (`themes`).
For each sentence the first shape that reads gives a kind and its themes: a topic or a
predicate right after the kind (`item_predicates`: "a cause of concern on culture", "The causes
of concern raised were A and B", a story's one described area: "One area flagged as needing
more work is A"), a kind closely followed by an introducer and a list of
themes (`item_kind_choice` chooses the kind, `item_introduced` reads the list: "three causes
of concern focused on A, B and C"), or a subject the kind is said of (`item_ascribed`: "the
backlog is a cause of concern"), and last the one noun before a definite kind
(`item_predicates`: "the protection cause of concern"). Pieces that name no theme are dropped (`item_theme_filters`)
and one item is added a theme, for the body named before the kind. What the words around a
kind say is read in `item_kinds`, the introducers' ids in `item_introducers`, "They included
A, B and C" after a sentence naming a plural kind in `item_carried`, and a list is cut into its
pieces in `item_pieces`. The rules over the document's structure (lists, table rows,
headings) are run by `items` from its `item_*` rule modules."""

from __future__ import annotations

import re

from spacy.tokens import Span

from crosswalk.extraction.context import flags_for
from crosswalk.extraction.extensions import spans_within
from crosswalk.extraction.item_ascribed import (
    ascribed_theme, given_after_theme, named_as_theme, practice_subject_theme, trailing_theme,
)
from crosswalk.extraction.item_grammar import PLURAL_KIND_WORDS
from crosswalk.extraction.item_introduced import SEMICOLON_END_RE, introduced_themes
from crosswalk.extraction.item_kind_choice import theme_kind
from crosswalk.extraction.item_kinds import count_of, kinds_in, theme_type
from crosswalk.extraction.item_pieces import theme_pieces
from crosswalk.extraction.item_predicates import (
    identified_predicate, one_area_theme, practice_theme, predicate_theme, premodified_topic, topic_themes,
)
from crosswalk.extraction.item_reading import GRAMMAR_FILE, THEMES_KEY, Context, Scope, only_bodies
from crosswalk.extraction.item_theme_filters import (
    acted_on_within, counts_out, names_a_rating, names_bodies, names_no_theme, quotation_closed_at, quotes_a_finding,
    relative_appositive, unfinished,
)
from crosswalk.extraction.sentences import sentences_in
from crosswalk.extraction.subjects import subjects_in
from crosswalk.resources import word_set

# Words between a counted kind and its one theme that make the theme one of the set: "five
# causes of concern, including A", "two causes of concern: the first around A".
SELECTION_RE = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                               for w in sorted(word_set(GRAMMAR_FILE, "selection_words"))) + r")\b", re.I)
ALONG_WITH_RE = re.compile(r",\s+(?:along|together)\s+with\s+(?=\w)", re.I)  # more of the kind after it
# "two causes of concern about the service's performance in A and B": whose performance
# frames the themes and is no part of the first.
PERFORMANCE_FRAME_RE = re.compile(r"(?:(?:the\s+)?(?:(?:[A-Z][\w&-]*|and|of)\s+){0,6}[\w&-]+[’']s|its|their)\s+performance\s+(?:in|at|on)\s+(?=\w)")


def themes(ctx: Context, start: int, end: int, scope: Scope) -> tuple[list[tuple[int, int]], tuple[str, str | None] | None]:
    """Items named by their themes: a kind ("three causes of concern", "areas for
    improvement", "these concerns") followed closely by an introducer ("focused on",
    "were highlighted around", "in respect of", "include") and a list of themes; one item
    per theme, the theme as its text. Returns the spans of the themes, and the kind and
    subject of a list whose items run on into the next block (one ending in ";")."""
    kinds = sorted(kinds_in(ctx, start, end), key=lambda s: s.start)
    introducers = [s for s in spans_within(ctx.doc, THEMES_KEY, start, end) if s.label_ == "THEME"]
    taken: list[tuple[int, int]] = []
    running_on: tuple[str, str | None] | None = None
    for sentence in sentences_in(ctx.doc, start, end):
        found = _sentence_themes(ctx, kinds, introducers, sentence, end)
        if found is None or not found[1]:
            continue
        kind, pieces, semicolons = found
        if len(pieces) == 1 and (count_of(kind) or 0) > 1 and not semicolons \
                and not SELECTION_RE.search(ctx.text, kind.end_char, pieces[0][0]):
            continue  # "three causes of concern about the force's safeguarding": what all are about, not each
        subject = _add_themes(ctx, kind, pieces, sentence, scope)
        taken.extend(pieces)
        if semicolons and SEMICOLON_END_RE.search(ctx.text[sentence.start_char : end]):
            running_on = (theme_type(kind), subject)
    return taken, running_on


def _add_themes(ctx: Context, kind: Span, pieces: list[tuple[int, int]], sentence: Span, scope: Scope) -> str | None:
    """One item per theme, for the body named before the kind (else anywhere in the
    sentence, else the one in scope); returns that body, which a list running on keeps."""
    doc = ctx.doc
    subjects = subjects_in(doc, sentence.start_char, kind.start_char) or subjects_in(doc, sentence.start_char, sentence.end_char)
    subject = subjects[0] if subjects else scope.subject or ctx.own_body
    if names_bodies(doc, pieces) or quotes_a_finding(doc, pieces) or counts_out(doc, count_of(kind), pieces):
        return subject
    for piece_start, piece_end in pieces:
        piece_end = quotation_closed_at(ctx.text, sentence.start_char, piece_start, piece_end)
        frame = PERFORMANCE_FRAME_RE.match(ctx.text, piece_start, piece_end)
        if frame is not None and frame.end() < piece_end:
            piece_start = frame.end()  # "about the service's performance in A": the theme is A
        if any(not acted_on_within(kind, piece_start) for kind in ctx.types_in(piece_start, piece_end)) \
                or only_bodies(doc, piece_start, piece_end) \
                or relative_appositive(doc, piece_start, piece_end) or names_no_theme(doc, piece_start, piece_end) \
                or names_a_rating(ctx.text, piece_start, piece_end) \
                or unfinished(doc, piece_start, piece_end):
            continue  # "the area of concern": a kind again; "both A and B Police": who, not what
        ctx.builder.add(theme_type(kind), piece_start, piece_end, "item-theme", subject, min_words=1,
                        historic=flags_for(doc, sentence.start_char, sentence.end_char).historic)
    return subject


def _sentence_themes(ctx: Context, kinds: list[Span], introducers: list[Span], sentence: Span,
                     end: int) -> tuple[Span, list[tuple[int, int]], bool] | None:
    """A sentence's kind and its themes: those its introducer lists, else the subject the
    kind is said of ("the backlog is a cause for concern"); and whether semicolons separate
    them (a list that may run on into the next block). None when it names none."""
    topics = topic_themes(kinds, sentence)
    if topics:
        return topics[0][0], [piece for _, piece in topics], False
    topic = practice_theme(kinds, sentence, end)
    if topic is not None:
        return topic[0], [topic[1]], False
    predicate = predicate_theme(kinds, sentence)
    if predicate is not None:
        return predicate[0], [predicate[1]], False
    one_area = one_area_theme(kinds, sentence)
    if one_area is not None:
        return one_area[0], [one_area[1]], False
    identified = identified_predicate(ctx, kinds, sentence)
    if identified is not None:
        return identified
    kind = theme_kind(kinds, introducers, sentence)
    if kind is not None:
        return introduced_themes(ctx, *kind, sentence, end)
    ascribed = ascribed_theme(ctx, kinds, sentence) or named_as_theme(ctx, kinds, sentence) \
        or practice_subject_theme(ctx, kinds, sentence)
    if ascribed is None:
        # "A had worsened despite being highlighted as areas for improvement": one theme, never cut
        trailing = trailing_theme(ctx, kinds, sentence) or given_after_theme(ctx, kinds, sentence)
        if trailing is not None:
            return trailing[0], [(trailing[1], trailing[2])], False
        premodified = premodified_topic(kinds, sentence)  # "the protection cause of concern"
        return None if premodified is None else (premodified[0], [premodified[1]], False)
    kind_span, theme_start, theme_end = ascribed
    joined = _joined_after_kind(ctx.text, kind_span, sentence)
    if joined:
        return kind_span, [(theme_start, theme_end), *joined], False
    if any(t.lower_ in PLURAL_KIND_WORDS for t in kind_span) and count_of(kind_span) != 1:
        # "A, and B, were causes of concern", "A and B were identified as areas for
        # improvement": a plural kind said of a list names one item per piece of it.
        # With no count and no comma, its one "and" parts the two ("Call handling and crime
        # recording were identified as areas for improvement").
        count = count_of(kind_span) or (2 if "," not in ctx.text[theme_start:theme_end] else None)
        pieces = theme_pieces(ctx.text, theme_start, theme_end, count)
        if len(pieces) > 1:
            return kind_span, pieces, False
    return kind_span, [(theme_start, theme_end)], False


def _joined_after_kind(text: str, kind: Span, sentence: Span) -> list[tuple[int, int]]:
    """"A was a cause of concern at the brigade, along with B and C": what
    "along with" adds after a kind said of a subject is of the same kind, one item a piece."""
    match = ALONG_WITH_RE.search(text, kind.end_char, sentence.end_char)
    if match is None:
        return []
    return theme_pieces(text, match.end(), len(text[: sentence.end_char].rstrip()))
