"""The themes an introducer lists after the kind `item_kind_choice` chose: one theme for a
singular kind (up to its clause's end, a quotation whole), the segments of "A; B; and C"
(and whether they run on into the next block), the pieces of "A, B and C", the asks of "to
tighten A and to develop B", and the themes of a kind that heads its sentence's subject ("the
causes of concern relating to A and B were closed": they run to its verb). `item_pieces` cuts
a list; this module decides where it begins and ends."""

from __future__ import annotations

import re
from itertools import takewhile

from spacy.tokens import Doc, Span

from crosswalk.extraction.extensions import text_of
from crosswalk.extraction.item_grammar import (
    AUXILIARIES, CLAUSE_OPENERS, DIRECTING_MODALS, GIVING_FOLLOWERS, GIVING_PARTICIPLES, KIND_QUALIFIERS, POSSESSIVES,
    PURPOSE_VERBS, SUBJECT_ADVERBS, SUBORDINATORS,
)
from crosswalk.extraction.item_introducers import (
    APPOSITIVE_INTRODUCERS, INCLUDING_INTRODUCER, INFINITIVE_INTRODUCER, PREPOSITIONAL_INTRODUCERS, PURPOSE_INTRODUCER,
    SAID_MODAL_INTRODUCER, takes_clause, themes_begin,
)
from crosswalk.extraction.item_kinds import concerns_named, count_of, is_singular, possessed
from crosswalk.extraction.item_pieces import (
    ANOTHER_RE, JOINED_INFINITIVES_RE, LIST_AND_RE, end_of_theme, is_clause, joined_areas, opens_clause,
    parenthetical_relatives, semicolon_pieces, theme_pieces, trim_piece,
)
from crosswalk.extraction.item_reading import DETERMINERS, GRAMMAR_FILE, Context, item_words
from crosswalk.quote_marks import CLOSING_QUOTES, OPENING_QUOTES
from crosswalk.resources import word_set

# "how it plans for, and trains staff on, A": a comma right after a preposition leaves
# its object to come, so the theme goes on.
STRANDED_PREPOSITIONS = word_set(GRAMMAR_FILE, "stranded_prepositions")
SUBJECT_VERBS = word_set(GRAMMAR_FILE, "subject_verbs")  # "... were closed", not "should"
SUBJECT_OPENERS = word_set(GRAMMAR_FILE, "subject_openers")  # "that", "before": a clause's subject follows
SEMICOLON_END_RE = re.compile(r";\s*(?:and|or)?\s*$", re.I)


def introduced_themes(ctx: Context, kind: Span, introducer: Span, sentence: Span,
                       end: int) -> tuple[Span, list[tuple[int, int]], bool] | None:
    """The themes an introducer lists after a kind: one for a singular kind, the segments
    of "A; B; and C", or the pieces of "A, B and C"."""
    doc = ctx.doc
    finish = end_of_theme(doc, introducer, sentence)
    clause_ok = takes_clause(ctx, introducer)
    subject_end = _subject_themes_end(doc, kind, introducer, sentence)
    if introducer.id_ in APPOSITIVE_INTRODUCERS:
        if subject_end is None:
            return None  # ", on which ...", ", on behalf of": no appositive naming themes
        if is_singular(kind, introducer):
            return kind, [trim_piece(ctx.text, introducer.end_char + 1, subject_end)], False
        return kind, theme_pieces(ctx.text, introducer.end_char, subject_end, count_of(kind)), False
    if is_singular(kind, introducer) or introducer.id_ == SAID_MODAL_INTRODUCER:
        # "a new cause of concern regarding the backlog, citing delays": one item, its
        # theme up to the clause that goes on about it.
        piece = _single_theme(ctx.text, doc, introducer, finish, end, clause_ok)
        if piece and ANOTHER_RE.search(ctx.text, *piece):
            # "a cause of concern over A and another on B": one item, then another of its kind.
            return kind, theme_pieces(ctx.text, *piece), False
        return kind, [piece] if piece and not ctx.builder.restates(kind.label_, *piece) else [], False
    if not clause_ok and not _listed_objects(ctx, introducer, finish) and is_clause(doc, introducer.end, finish):
        if subject_end is not None and (count_of(kind) is not None or possessed(kind) or concerns_named(kind)):
            # "the service's causes of concern relating to A and B were also closed": a body's
            # (or a counted) set of items and its themes are the sentence's subject; the
            # themes run to its verb. "The recommendations around custody have been met"
            # picks out items named before.
            return kind, theme_pieces(ctx.text, themes_begin(doc, introducer), subject_end, count_of(kind)), False
        return None  # "the recommendations around custody have been met": a subject, not a list
    begin = themes_begin(doc, introducer)
    if introducer.id_ == PURPOSE_INTRODUCER:
        return kind, _purpose_pieces(doc, begin, finish), False
    if ctx.text[finish : finish + 1] != ";":
        return kind, theme_pieces(ctx.text, begin, finish, count_of(kind)), False
    # "A; B; and C": the semicolons separate the themes (an "and" inside one does not).
    pieces = semicolon_pieces(doc, begin, sentence, end)
    if not SEMICOLON_END_RE.search(ctx.text[sentence.start_char : end]):
        pieces = _counted(ctx.text, pieces, count_of(kind))  # closed here: all its pieces are in
    return kind, pieces, True


def _subject_themes_end(doc: Doc, kind: Span, introducer: Span, sentence: Span) -> int | None:
    """Where the themes end when a kind heads its sentence's subject ("Both causes of
    concern, on A and B, have now been closed", "The service's causes of concern relating
    to A were also closed"): before the subject's verb, an auxiliary, less the adverbs and
    comma before it. None when a verb comes before the kind (the kind is an object or a
    complement), when the themes open with a clause word (", on which the force ..."), or
    when no auxiliary follows them."""
    if introducer.id_ not in PREPOSITIONAL_INTRODUCERS or not _heads_subject(doc, kind, sentence):
        return None
    first = introducer.end
    if first >= sentence.end or doc[first].lower_ in SUBORDINATORS or doc[first].lower_ in CLAUSE_OPENERS:
        return None
    verb = next((t for t in doc[first + 1 : sentence.end] if t.lower_ in AUXILIARIES), None)
    if verb is None or verb.lower_ not in SUBJECT_VERBS:
        return None
    index = verb.i - 1
    while index > first and (doc[index].lower_ in SUBORDINATORS or doc[index].lower_ in SUBJECT_ADVERBS or doc[index].text == ","):
        if doc[index].lower_ in SUBORDINATORS:
            return None  # "relating to A that were ...": a relative clause, not the subject's verb
        index -= 1
    if introducer.id_ in APPOSITIVE_INTRODUCERS and (
            (doc[verb.i - 1].text != "," and doc[index + 1].text != ",")
            or any(t.lower_ in item_words().adverbial_nouns for t in doc[first : index + 1])):
        return None  # an appositive closes with a comma before the verb; "on the whole" names nothing
    given = _giving_participle(doc, first, index + 1)
    if given is not None:
        index = given - 1
    return doc[index].idx + len(doc[index].text) if index >= first else None


def _giving_participle(doc: Doc, start: int, stop: int) -> int | None:
    """Where a list of themes ends at a participle that says when or by whom the items were
    given ("prevention and culture issued after our inspection in 2021", "A and B raised in
    2019"): the index of the participle, after one theme word at least; None when none."""
    for token in doc[start + 1 : stop]:
        if token.lower_ in GIVING_PARTICIPLES and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in GIVING_FOLLOWERS \
                and not doc[token.i - 1].is_punct and doc[token.i - 1].lower_ not in AUXILIARIES:
            return token.i
    return None


def _heads_subject(doc: Doc, kind: Span, sentence: Span) -> bool:
    """The kind opens its sentence's subject, after an opening phrase closed by a comma ("In
    March, the service's causes of concern ..."): only determiners, qualifiers, quotes and
    a possessor ("Both", "The remaining", "the service's") stand before it. "The
    Commissioner said the recommendations ..." reports them: not its subject."""
    # "we found that the causes of concern relating to A had not been addressed": the kind
    # heads the subject of a clause "that" opens, as it does after an opening phrase.
    opening = max((t.i + 1 for t in doc[sentence.start : kind.start] if t.text == "," or t.lower_ in SUBJECT_OPENERS),
                  default=sentence.start)
    for token in doc[opening : kind.start]:
        possessor = token.i + 1 < kind.start and doc[token.i + 1].lower_ in POSSESSIVES
        if not (token.lower_ in DETERMINERS or token.lower_ in POSSESSIVES or token.lower_ in KIND_QUALIFIERS
                or token.is_quote or possessor or (token.i == opening and token.is_title)):
            return False
    return True


def _listed_objects(ctx: Context, introducer: Span, finish: int) -> bool:
    """"areas for improvement, including A, B and the need for investment to ensure the
    agency is equipped": what an including verb lists are its objects, and a verb among them
    belongs to a clause a theme holds. A directive among them ("include that forces
    should ...") states the item itself, which the statement rules read."""
    if introducer.id_ != INCLUDING_INTRODUCER:
        return False
    listed = takewhile(lambda t: t.idx < finish, ctx.doc[introducer.end :])
    return not any(t.lower_ in DIRECTING_MODALS for t in listed)


def _counted(text: str, pieces: list[tuple[int, int]], count: int | None) -> list[tuple[int, int]]:
    """"three areas: A; B and the C": a counted list one piece short joins its last two
    at an "and" that opens an item; cut there."""
    if count is None or len(pieces) != count - 1 or not pieces:
        return pieces
    start, end = pieces[-1]
    joint = LIST_AND_RE.search(text, start, end)
    if joint is None:
        return pieces
    return [*pieces[:-1], trim_piece(text, start, joint.start()), trim_piece(text, joint.start() + 1, end)]


def _purpose_pieces(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """"to ensure A, to ensure B and to explore C", "to strengthen A and deliver B": each ask
    opens with its own "to" or verb after a comma or "and"; the commas and "and"s inside
    one ("A and B are embedded") are its own."""
    text = text_of(doc)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    cuts: list[tuple[int, int]] = []
    for token in span[1:]:
        if token.lower_ not in (",", "and") or token.i + 1 >= span.end:
            continue
        after = doc[token.i + 1]
        if after.lower_ == "and" and token.lower_ == ",":
            after = doc[token.i + 2] if token.i + 2 < span.end else after
        if after.lower_ == "to" or (after.lemma_.lower() in PURPOSE_VERBS and after.is_lower):
            if not cuts or cuts[-1][1] <= token.idx:
                cuts.append((token.idx, after.idx))
    opens, closes = [start, *(c[1] for c in cuts)], [*(c[0] for c in cuts), end]
    pieces = [trim_piece(text, b, e) for b, e in zip(opens, closes)]
    return [(b, e) for b, e in pieces if e > b]


def _single_theme(text: str, doc: Doc, introducer: Span, finish: int, unit_end: int,
                  clause_ok: bool) -> tuple[int, int] | None:
    """The one theme of a singular kind: a quotation after it whole (even of several
    sentences), else the words up to the first comma or semicolon, or, after a preposition,
    up to the verb of the sentence ("a cause of concern relating to training is not ...")."""
    begin = themes_begin(doc, introducer)  # "about how the service ...": the theme keeps its wh-word
    while begin < finish and text[begin] == " ":
        begin += 1
    if begin < len(text) and text[begin] in OPENING_QUOTES:
        # A quotation left open runs to the block's end (a page's opening stops mid-quote).
        close = _closing_quote(text, begin, unit_end)
        return begin + 1, close if close is not None else len(text[:unit_end].rstrip())
    stop = finish
    if introducer.id_ == INFINITIVE_INTRODUCER:
        start, stop = trim_piece(text, begin, stop)  # "to a prioritised, risk-based programme": one ask
        return (start, stop) if stop > start else None
    joined = [(begin + m.start(), begin + m.end()) for m in JOINED_INFINITIVES_RE.finditer(text[begin:finish])]
    # a joined name ("Equality, Diversity and Inclusion") is one theme: its commas part none
    joined += [(begin + m.start(), begin + m.end()) for m in joined_areas().finditer(text[begin:finish])]
    if clause_ok:
        joined += parenthetical_relatives(doc, introducer.end, finish)
    for token in doc[introducer.end :]:
        if token.idx >= finish:
            break
        if any(s <= token.idx < e for s, e in joined):
            continue  # "its processes to provide, record and monitor training": one theme
        if clause_ok and token.text == "," and doc[token.i - 1].lower_ in STRANDED_PREPOSITIONS:
            continue  # "how it plans for, and trains staff on, ...": the comma strands no theme
        if token.text in (",", ";") or (not clause_ok and (token.lower_ in AUXILIARIES or (
                token.i > introducer.end and opens_clause(token)))):
            stop = token.idx  # "relating to vetting as the force had ...": the theme ends at the clause
            break
    if not clause_ok:
        # "the cause of concern about A identified in our 2019 inspection": what follows
        # the participle says when it was given, not what it is about.
        last = next((t.i for t in doc[introducer.end :] if t.idx >= stop), len(doc))
        given = _giving_participle(doc, introducer.end, last)
        if given is not None:
            stop = doc[given].idx
    start, stop = trim_piece(text, begin, stop)
    return (start, stop) if stop > start else None


def _closing_quote(text: str, start: int, end: int) -> int | None:
    """Where the quotation opened at `start` closes: a closing mark not inside a word
    (the ’ of "doesn’t" is an apostrophe)."""
    for index in range(start + 1, end):
        if text[index] in CLOSING_QUOTES and (index + 1 >= len(text) or not text[index + 1].isalpha()):
            return index
    return None
