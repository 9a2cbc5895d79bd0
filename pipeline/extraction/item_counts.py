"""The rule for items restated after their count: a news story that names a kind by its
count and gives it no words of its own ("raised two causes of concern.") and then restates
the items in the sentences right after it, up to the count ("It said the force must ...",
"One is ..."), one item a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Span

from crosswalk.extraction.extensions import spans_within
from crosswalk.extraction.item_directing import INSPECTORATE_WORDS, first_token, is_anaphor
from crosswalk.extraction.item_grammar import (
    COPULAS, KIND_QUALIFIERS, OPEN_COUNTS, PLURAL_KIND_WORDS, SUBJECT_ADVERBS, number_ending_at,
)
from crosswalk.extraction.item_kinds import count_of, stands_as_kind
from crosswalk.extraction.item_reading import GRAMMAR_FILE, LIMITS, THEMES_KEY, Context, Unit
from crosswalk.extraction.item_statements import MODAL_WORDS, PRONOUN_SUBJECTS, QUOTE_CLOSED_RE, QUOTE_OPENED_RE
from crosswalk.extraction.sentences import sentences_in
from crosswalk.extraction.subjects import bodies_in, subjects_in
from crosswalk.quote_marks import CLOSING_MARKS
from crosswalk.resources import word_set

SINGLE_COUNTS = word_set(GRAMMAR_FILE, "single_counts")  # "one cause of concern"
ONE_OF_POINTERS = word_set(GRAMMAR_FILE, "one_of_pointers")  # "One of these was A"
# what may close a sentence after the kind it ends on: its full stop and a closing mark
COUNTED_END_RE = re.compile(r"\s*[" + CLOSING_MARKS + r"]?\s*\.\s*[" + CLOSING_MARKS + r"]?\s*")


def restated_after_count(ctx: Context, unit: Unit, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A news story that names a kind by its count and gives it no words of its own ("we
    found several areas for improvement.", "inspectors raised one cause of concern.") and
    then restates them: the sentences right after it, in its paragraph or (when it ends
    the paragraph) in the next, that direct the body ("The service needs to ...", "It
    also needs to ...", "the inspectorate said the force needs to ...") or quote the
    report ('The report went on: "..."') are those items, up to the count; so is a
    sentence that opens "One is ..." or "One of them was ...", the one shape a response
    restates in too. A plural kind without a count ("there are also areas for
    improvement.") is restated by such a sentence alone. A sentence that names the kind
    again ('explaining: "The weight of these causes of concern means ...') speaks of the
    set, not of one item. The first sentence that does none of these ends the run. Returns the items'
    spans."""
    index = bisect_left(ctx.units, unit.start, key=lambda u: u.start)
    carried = ctx.restating if ctx.restating is not None and ctx.restating[2] == index else None
    ctx.restating = None
    if unit.kind != "paragraph":
        return []
    kind, left, one_only = (carried[0], carried[1], carried[3]) if carried else (None, 0, False)
    found: list[tuple[int, int]] = []
    sentences = sentences_in(ctx.doc, unit.start, unit.end)
    for sentence in sentences:
        if kind is not None and left > 0:
            piece = _one_of_piece(ctx, sentence, taken + found)
            if piece is None and not one_only and ctx.is_press:
                piece = _restating_piece(ctx, sentence, taken + found)
                if piece is not None and ctx.types_in(piece[0], piece[1]):
                    piece = None  # "The weight of these causes of concern ...": the set named again, no one item
            if piece is not None:
                start, end, subject = piece
                if ctx.builder.add(kind, start, end, "item-restated-after-count", subject) is not None:
                    found.append((start, end))
                left -= 1
                continue
        kind, left, one_only = None, 0, False  # a sentence that restates none ends the run
        named = _counted_kind_ending(ctx, sentence)
        if named is not None:
            kind, left, one_only = named
    if kind is not None and left > 0 and sentences and _counted_kind_ending(ctx, sentences[-1]) is not None:
        ctx.restating = (kind, left, index + 1, one_only)
    return found


def _counted_kind_ending(ctx: Context, sentence: Span) -> tuple[str, int, bool] | None:
    """A sentence that ends on a kind it counts ("gave the force two causes of concern.",
    "made several recommendations."): the kind's type, how many items it counts (an
    open count, "several", reads a few sentences at most), and False. A plural kind with
    no count ("there are also areas for improvement.") gives one item, True: only a
    sentence that opens "One is" restates it."""
    counting = [k for k in spans_within(ctx.doc, THEMES_KEY, sentence.start_char, sentence.end_char)
                if _count_within(k) and stands_as_kind(ctx, k)]
    kinds = sorted([*ctx.types_in(sentence.start_char, sentence.end_char), *counting], key=lambda k: k.end)
    if not kinds or not COUNTED_END_RE.fullmatch(ctx.text, kinds[-1].end_char, sentence.end_char):
        return None
    kind = kinds[-1]
    count = count_of(kind) or _count_within(kind)
    if count is None:
        doc, at = ctx.doc, kind.start - 1
        while at >= 0 and (doc[at].is_quote or doc[at].lower_ in KIND_QUALIFIERS):
            at -= 1
        word = doc[at].lower_ if at >= 0 else ""
        count = LIMITS.open_count_sentences if word in OPEN_COUNTS else 1 if word in SINGLE_COUNTS else None
        if count is None and any(t.lower_ in PLURAL_KIND_WORDS for t in kind):
            return kind.label_, 1, True
    return (kind.label_, count, False) if count else None


def _count_within(kind: Span) -> int | None:
    """"should make improvements in several areas.", "must improve in two key areas.": a
    kind phrase that holds its own count before its last word; an open count reads a few
    sentences at most."""
    if not kind.id_.startswith("kind-") or kind.label_ == "THEME" or len(kind) < 2:
        return None
    at = kind.end - 2
    while at > kind.start and kind.doc[at].lower_ in KIND_QUALIFIERS:
        at -= 1
    return number_ending_at(kind.doc, at) or (LIMITS.open_count_sentences if kind.doc[at].lower_ in OPEN_COUNTS else None)


def _one_of_piece(ctx: Context, sentence: Span, taken: list[tuple[int, int]]) -> tuple[int, int, str | None] | None:
    """"One is answering calls quickly enough.", "One of them is that the service should
    ...": right after a sentence that ended on a plural kind, a sentence opening on the
    count "One" (with "of" and a word pointing back) and a copula names one of its items:
    the words after the copula (and a stating "that") to the sentence's end; the body it is for."""
    doc, text = ctx.doc, ctx.text
    at = sentence.start
    while at < sentence.end and doc[at].is_quote:
        at += 1
    if at + 2 >= sentence.end or doc[at].lower_ not in SINGLE_COUNTS:
        return None
    at += 1
    if doc[at].lower_ == "of" and doc[at + 1].lower_ in ONE_OF_POINTERS:
        at += 2
    if at + 1 >= sentence.end or doc[at].lower_ not in COPULAS:
        return None
    at += 1 + (doc[at + 1].lower_ == "that")
    if at >= sentence.end or not doc[at].is_alpha or any(s <= doc[at].idx < e for s, e in taken):
        return None
    end = sentence.end_char
    while end > doc[at].idx and (text[end - 1].isspace() or text[end - 1] in CLOSING_MARKS or text[end - 1] == "."):
        end -= 1
    return doc[at].idx, end, _body_named_before(ctx, sentence)


def _body_named_before(ctx: Context, sentence: Span) -> str | None:
    """The force or service last named before a sentence, else the document's own body."""
    before = [s for s in bodies_in(ctx.doc, 0, sentence.start_char) if s.label_ in ("force", "fire")]
    return before[-1].kb_id_ if before else ctx.own_body


def _restating_piece(ctx: Context, sentence: Span, taken: list[tuple[int, int]]) -> tuple[int, int, str | None] | None:
    """The words of a sentence that restate one item of a kind just counted: a directive
    from its subject (a named body, "the service", or "it") to its end, or the words of the
    report that it quotes after a colon ('The report explained: "..."'); the body it is for."""
    doc, text = ctx.doc, ctx.text
    named_last = _body_named_before(ctx, sentence)
    # a directive, or a bare modal ("needs to evaluate", which the directive patterns leave to a grade's summary)
    modal = next((t.i for t in sentence if t.lower_ in MODAL_WORDS and not any(s <= t.idx < e for s, e in taken)), None)
    if modal is not None:
        at = modal - 1
        while at >= sentence.start and (doc[at].lower_ in SUBJECT_ADVERBS or doc[at].is_quote):
            at -= 1  # "It also needs to", "the force still needs to"
        if at < sentence.start:
            return None
        end = sentence.end_char
        while end > sentence.start_char and (text[end - 1].isspace() or text[end - 1] in CLOSING_MARKS):
            end -= 1
        if doc[at].lower_ in PRONOUN_SUBJECTS:
            return doc[at].idx, end, named_last
        spans = [s for s in bodies_in(doc, sentence.start_char, doc[modal].idx)
                 if s.end == at + 1 and (s.label_ in ("force", "fire") or is_anaphor(s))]
        if not spans:
            return None
        subjects = subjects_in(doc, spans[-1].start_char, spans[-1].end_char)
        return spans[-1].start_char, end, subjects[0] if subjects and not is_anaphor(spans[-1]) else named_last
    opened = QUOTE_OPENED_RE.search(text, sentence.start_char, sentence.end_char)
    if opened is None or not any(t.lower_ in INSPECTORATE_WORDS for t in doc[sentence.start : first_token(doc, opened.start())]):
        return None
    unit_end = next((u.end for u in ctx.units if u.start <= sentence.start_char < u.end), sentence.end_char)
    closed = QUOTE_CLOSED_RE.search(text, opened.end(), unit_end)
    return opened.end(), closed.start() if closed else unit_end, named_last
