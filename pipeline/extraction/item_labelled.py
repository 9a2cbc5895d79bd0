"""Rules for items that carry their own label: a table header row that types the rows below
it, a labelled item ("R4. Provide ...", "AFI 2: ..."), an inline label ("Recommendation
(R): Kent Police should ..."), and a register's row or entry ("Concern Open The service
should ...", a monitoring record's opening directive).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from crosswalk.extraction.item_directing import COLON_END_RE, OPEN_TYPES, directed_end, opening_directive
from crosswalk.extraction.item_reading import GRAMMAR_FILE, JOINED_LABEL_RE, LABEL_TYPES, LIMITS, TYPED_LABEL_RE, Context, Scope, Unit
from crosswalk.extraction.item_units import PIPE_OR_LINE_RE, is_header_row
from crosswalk.extraction.sentences import sentences_in
from crosswalk.item_labels import TYPE_PREFIX
from crosswalk.resources import word_alternation, word_entry

# what opens a dashed aside that names some of the kind's items rather than the item a label gives
SELECTION_OPENER_RE = re.compile(r"(?:" + word_alternation(GRAMMAR_FILE, "aside_openers").replace(r"\ ", r"\s+") + r")\b", re.I)
INLINE_TYPE_RE = re.compile(r"^[^:]{0,60}?(?:\([A-Za-z’']{2,6}\))?\s*[:–-]\s+(?=\S)")
REGISTER_RULE = "item-register-directive"  # the recommendation a register page records
# "Concern Open The service should ...", "AFI Closed The service needs to ...": a register's
# row opens with the item's label and its status; the label types the item, whatever its modal.
REGISTER_LABEL_TYPES = {**LABEL_TYPES, **word_entry(GRAMMAR_FILE, "register_labels")}
REGISTER_LABEL = (r"(?P<label>(?i:" + "|".join(sorted(map(re.escape, REGISTER_LABEL_TYPES), key=len, reverse=True)) + r"))"
                  r"\s+(?:" + word_alternation(GRAMMAR_FILE, "register_statuses") + r")\s+(?=[A-Z])")
REGISTER_LABEL_RE = re.compile(r"^\s*" + REGISTER_LABEL)
# the next row's label and status inside a block, where a row with no closing stop ran on
# into the next ("... its values Concern Open The service needs to ...")
NEXT_ROW_RE = re.compile(r"(?<=[a-z])\s+" + REGISTER_LABEL)


def table_header(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """A "Recommendation | Response" header row names the type of the rows below it."""
    if unit.kind != "table_row" or not is_header_row(ctx.text[unit.start : unit.end]):
        return None
    first_cell = PIPE_OR_LINE_RE.split(unit.text)[0]
    types = {s.label_ for s in ctx.types_in(unit.start, unit.start + len(first_cell))}
    return Scope(type=next(iter(types))) if len(types) == 1 else Scope()


def labelled_item(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """"R4. Provide ...", "AFI 2: ..." anywhere: typed and numbered by the label."""
    typed = TYPED_LABEL_RE.match(unit.text)
    if not typed or len(unit.text[typed.end() :].split()) < LIMITS.labelled_min_words:
        return None  # "Recommendation 2: in progress" is a tracker's status, not the item
    type_ = LABEL_TYPES[typed["prefix"].lower()]
    end = directed_end(ctx, unit)
    ctx.builder.add(type_, unit.start, end, "item-labelled", ctx.subject(unit.start, end, scope),
                    number=f"{TYPE_PREFIX[type_]}{typed['num']}", historic=scope.historic)
    joined = JOINED_LABEL_RE.match(unit.text[typed.end() :])
    if joined:
        # "Cause of concern 2 & AFI 5 - a theme": the second label's item.
        second = LABEL_TYPES[joined["prefix"].lower()]
        ctx.builder.add(second, unit.start, end, "item-labelled", ctx.subject(unit.start, end, scope),
                        number=f"{TYPE_PREFIX[second]}{joined['num']}", historic=scope.historic)
    return replace(scope, labelled=True)


def inline_label(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """"Recommendation (R): Kent Police should ...": the label types the item and opens a
    section whose following directive paragraphs are items of the same type."""
    spans = ctx.types_in(unit.start, unit.end)
    first = next((s for s in spans if s.start_char - unit.start <= LIMITS.inline_label_opening_chars), None)
    if first is None:
        return None
    match = INLINE_TYPE_RE.match(unit.text[first.end_char - unit.start :])
    if match is None or len(unit.text[first.end_char - unit.start + match.end() :].split()) < LIMITS.inline_label_min_words:
        return None
    if SELECTION_OPENER_RE.match(unit.text, first.end_char - unit.start + match.end()):
        return None  # "Areas for improvement – including A and B – are being addressed": an aside naming some, no label
    body_start = first.end_char + match.end()
    second = _second_inline_label(ctx, unit, body_start)
    if second is not None:
        # "Cause of concern: The force does not ... Recommendation: The force should ...":
        # a tracker's cell gives a concern and the recommendation made on it, each its own item
        # (the concern's label answers no item stated before it: its recommendation follows).
        ctx.builder.add(first.label_, body_start, second[0], "item-inline-pair", ctx.subject(body_start, second[0], scope))
        first, body_start = second[2], second[1]
    end = directed_end(ctx, unit, body_start)
    subject = ctx.subject(body_start, end, scope)
    directs = any(d.label_ == "DIRECTIVE" for d in ctx.directives_in(body_start, end))
    item = ctx.builder.add(first.label_, body_start, end, "item-inline-label", subject, directs=directs)
    return Scope(type=first.label_, subject=subject, last_item=item, open=first.label_ in OPEN_TYPES, labelled=True)


def _second_inline_label(ctx: Context, unit: Unit, body_start: int) -> tuple[int, int, Span] | None:
    """A second label of another type that opens a sentence of the labelled body ("...
    safeguarded. Recommendation: The force should ..."): where the first item ends, where
    the second's text starts, and its label."""
    for sentence in sentences_in(ctx.doc, body_start, unit.end):
        if sentence.start_char <= body_start:
            continue
        label = next((s for s in ctx.types_in(sentence.start_char, sentence.end_char)
                      if s.start_char - sentence.start_char <= 1), None)
        after = INLINE_TYPE_RE.match(ctx.text[label.end_char : sentence.end_char]) if label is not None else None
        if label is not None and after is not None and after.end() <= 3:
            return sentence.start_char, label.end_char + after.end(), label
    return None


def register_label(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """"Concern Open The service should develop ... and:": a register row's label and status
    open the item, and the label types it (a label word beats the modal). A row that ends in
    a colon leads in to its parts, which are items of the row's type."""
    if unit.kind == "list_item":
        return None
    label = REGISTER_LABEL_RE.match(unit.text)
    if label is None or len(unit.text[label.end() :].split()) < LIMITS.labelled_min_words:
        return None
    type_ = REGISTER_LABEL_TYPES[label["label"].lower()]
    start = unit.start + label.end()
    following = NEXT_ROW_RE.search(unit.text, label.end())
    if following is not None:
        # two rows run together: the first ends where the next row's label opens, and the
        # next is read as a row of its own
        ctx.builder.add(type_, start, unit.start + following.start(), "item-register-label",
                        ctx.subject(start, unit.start + following.start(), scope), historic=scope.historic)
        rest = unit.start + following.start() + len(following.group()) - len(following.group().lstrip())
        return register_label(ctx, replace(unit, start=rest, text=ctx.text[rest : unit.end]), scope)
    colon = COLON_END_RE.search(unit.text) is not None
    end = unit.end if colon else directed_end(ctx, unit, start)
    subject = ctx.subject(start, end, scope)
    item = ctx.builder.add(type_, start, end, "item-register-label", subject, historic=scope.historic)
    if colon and item is not None:
        return Scope(type=type_, subject=subject, historic=scope.historic, parent=item, parts_type=type_, open=False)
    return Scope(type=type_, subject=subject, historic=scope.historic, last_item=item or scope.last_item,
                 open=type_ in OPEN_TYPES, labelled=True)


def register_entry(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """A register's entry, before its progress comments, is a paragraph that opens with its
    directive ("Within six months, the force should ...", "Immediately the force should
    ..."): the recommendation, with every directing sentence after the first; an entry
    that ends "This work should include:" leads in to its parts. A register page records
    one recommendation: a directing paragraph after it restates or answers it."""
    if not ctx.is_register or scope.type is not None or unit.kind != "paragraph" \
            or (ctx.entry_end is not None and unit.end > ctx.entry_end) \
            or any(i.rule == REGISTER_RULE for i in ctx.builder.items) or opening_directive(ctx, unit) is None:
        return None
    colon = COLON_END_RE.search(unit.text) is not None
    end = unit.end if colon else directed_end(ctx, unit)
    subject = ctx.subject(unit.start, end, scope)
    item = ctx.builder.add("recommendation", unit.start, end, REGISTER_RULE, subject, historic=scope.historic)
    if not colon or item is None:
        return replace(scope, last_item=item or scope.last_item, open=False, parent=None)
    return Scope(type="recommendation", subject=subject, historic=scope.historic, parent=item,
                 parts_type="recommendation", open=False)
