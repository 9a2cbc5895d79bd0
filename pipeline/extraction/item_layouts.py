"""Layouts read before the per-unit rules, which then skip the spans they own: the
"Recommendation N" heading layout and verdict tables (`numbered`), and a heading that is an
item's label alone over paragraphs in the item's own form (a quotation, a timed ask).
"""

from __future__ import annotations

import re

from crosswalk.extraction.item_reading import LABEL_TYPES, LIMITS, Context, Scope, label_alone
from crosswalk.extraction.numbered import ASK_RE, numbered_blocks, verdict_rows
from crosswalk.extraction.subjects import subjects_in
from crosswalk.item_labels import TYPE_PREFIX
from crosswalk.quote_marks import QUOTES

# what may follow an item's label in a heading that only labels it: the item's addressee
ADDRESSEE_RE = re.compile(r"(?:to|for)\s+[^.:;]{3,60}", re.I)


def numbered_items(ctx: Context) -> list[tuple[int, int]]:
    """Items of the "Recommendation N" heading layout (see numbered.py); returns the spans
    the layout owns, which the per-unit rules then skip."""
    blocks = numbered_blocks(ctx.text, [(s, e, kind) for s, e, kind in ctx.doc._.blocks])
    for block in blocks:
        subject = ctx.subject(block.lead[0], block.lead[1], Scope())
        item = ctx.builder.add("recommendation", block.lead[0], block.lead[1], "item-numbered-block", subject,
                               number=f"{TYPE_PREFIX['recommendation']}{block.number}")
        for start, end in block.parts if item is not None else ():
            ctx.builder.add("recommendation", start, end, "item-part", ctx.subject(start, end, Scope()) or subject,
                            parent=item)
    rows = verdict_rows(ctx.text, [(s, e, kind) for s, e, kind in ctx.doc._.blocks])
    # A recommendation listed twice (a summary table, then the full one) is read from the fuller, later row.
    tops = {row.number: row for row in rows if not row.sub}
    parents = {number: ctx.builder.add("recommendation", *row.span, "item-verdict-row", ctx.subject(*row.span, Scope()),
                                       number=f"{TYPE_PREFIX['recommendation']}{number}")
               for number, row in tops.items()}
    for row in rows:
        if row.sub:
            ctx.builder.add("recommendation", *row.span, "item-part", ctx.subject(*row.span, Scope()),
                            parent=parents.get(row.number))
    if rows:
        # The table is the document's list of the items: its prose paraphrases them, so the
        # prose is read for answers, not for more items.
        return [(0, len(ctx.text))]
    return [block.region for block in blocks]


def labelled_bodies(ctx: Context, owned: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A heading that is one item's label alone, or with its addressee ("Recommendation 15:",
    "Recommendation 1: To Chief Constables"), over paragraphs in the item's own form that
    carry no subject of their own: a quotation ("“As an interim measure, ... officers
    should ...”") or a timed ask ("By 27 March 2025, review whether ..."). Those paragraphs,
    with the asking ones after them, are the item; the first that asks nothing (the
    answer: "All 43 PCCs accepted the recommendation.") or the next heading ends it.
    Returns the spans read, which the per-unit rules then skip."""
    blocks = [(s, e, kind) for s, e, kind in ctx.doc._.blocks]
    read: list[tuple[int, int]] = []
    for index, (start, end, kind) in enumerate(blocks):
        label = _item_label(ctx.text[start:end]) if kind == "heading" else None
        if label is None or any(s <= start < e for s, e in owned):
            continue
        body = _label_body(ctx, blocks[index + 1 :])
        if body is None:
            continue
        type_, number = label
        subject = ctx.subject(body[0], body[1], Scope()) or ctx.subject(start, end, Scope())
        ctx.builder.add(type_, body[0], body[1], "item-labelled-body", subject, number=f"{TYPE_PREFIX[type_]}{number}")
        read.append(body)
    return read


def _item_label(heading: str) -> tuple[str, str] | None:
    """The type and number a heading labels, when it is the label alone or the label and
    the addressee ("To Chief Constables"): a heading that says more states the item."""
    typed = label_alone(heading, ADDRESSEE_RE)
    return None if typed is None else (LABEL_TYPES[typed["prefix"].lower()], typed["num"])


def _label_body(ctx: Context, following: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The span of the paragraphs under a label heading that state its item (see
    `labelled_bodies`), or None when the first is not in an item's own subjectless form."""
    end = None
    for start, stop, kind in following:
        if kind != "paragraph":
            break
        chunk = ctx.text[start:stop].strip()
        own_form = _wholly_quoted(chunk) or _opens_timed_ask(ctx, start, stop)
        if end is None and not own_form:
            return None
        if end is not None and not (own_form or ASK_RE.search(chunk)):
            break
        end = stop
    return (following[0][0], end) if end is not None else None


def _wholly_quoted(text: str) -> bool:
    """A paragraph that is one quotation: the report's item quoted under its label."""
    return len(text.split()) >= LIMITS.labelled_min_words and text[:1] in QUOTES and text.rstrip(".")[-1:] in QUOTES


def _opens_timed_ask(ctx: Context, start: int, end: int) -> bool:
    """"By 27 March 2025, review ...": a deadline, then the ask with no one named before it."""
    timed = [d for d in ctx.directives_in(start, end) if d.label_ == "TIMED"]
    if not timed or ctx.text[start : timed[0].start_char].strip():
        return False
    words = ctx.text[timed[0].end_char : end].lstrip(" ,").split(" ")
    reach = min(end, timed[0].end_char + len(" ".join(words[:LIMITS.timed_subject_words])) + 2)
    return words[0][:1].islower() and not subjects_in(ctx.doc, timed[0].end_char, reach)
