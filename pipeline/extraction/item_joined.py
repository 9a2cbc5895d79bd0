"""Items joined to an item by "as well as": "identified A as an AFI, as well as B", "areas
for improvement in relation to A, as well as B", "should 'do A' as well as to do B", "the
constabulary should review A, as well as looking at B". Whatever rule read the first item (a
theme, a statement, a quotation), the words after the joiner name a second item of the same
kind, said of the same body, to the end of the sentence; an item read whole across the
joiner is two. Done once the rules have read every unit, so it holds for each of them. With
no comma before it, "as well as" inside an item joins two words of one theme ("access to raw
data as well as reports"), and the item stays whole."""

from __future__ import annotations

import re
from dataclasses import replace

from crosswalk.extraction.extensions import text_of
from crosswalk.extraction.item_reading import GRAMMAR_FILE, LIMITS, Context
from crosswalk.extraction.sentences import sentence_of
from crosswalk.model import Item
from crosswalk.resources import word_alternation

RULE = "item-joined"
_JOINERS = word_alternation(GRAMMAR_FILE, "item_joiners")  # "as well as"
_DROPPED = word_alternation(GRAMMAR_FILE, "joined_dropped_openers")  # "to": "as well as to detail how ..."
# A comma, then the joiner, inside an item's text: the item is read whole across it.
_INNER_RE = re.compile(rf",\s+(?:{_JOINERS})\s+(?:(?:{_DROPPED})\s+)?", re.IGNORECASE)
# After an item's end: a closing quotation mark, the kind it was named as ("as an area for
# improvement"), a comma, then the joiner.
_TRAILING_RE = re.compile(
    rf"""[’'"”]?(?:\s+as\s+an?(?:\s+[\w-]+){{1,{LIMITS.joined_kind_words}}})?\s*,?\s+(?:{_JOINERS})\s+(?:(?:{_DROPPED})\s+)?""",
    re.IGNORECASE)


def joined_items(ctx: Context) -> None:
    """Split each item read across a joiner and add the item each joiner after an item's
    end names (the items added are not read again: a joiner joins two)."""
    text = text_of(ctx.doc)
    for index, item in enumerate(list(ctx.builder.items)):
        inner = _INNER_RE.search(text, item.start, item.end)
        if inner is not None:
            ctx.builder.items[index] = replace(item, end=inner.start(), text=text[item.start : inner.start()])
            _add(ctx, item, inner.end(), item.end)
            continue
        trailing = _TRAILING_RE.match(text, item.end)
        if trailing is not None and _same_sentence(ctx, item.end, trailing.end()):
            _add(ctx, item, trailing.end(), _sentence_end(ctx, trailing.end()))


def _add(ctx: Context, item: Item, start: int, end: int) -> None:
    ctx.builder.add(item.type, start, end, RULE, item.subject, parent=item.parent_id, historic=item.historic)


def _token_at(ctx: Context, char: int) -> int:
    span = ctx.doc.char_span(char, min(char + 1, len(text_of(ctx.doc))), alignment_mode="expand")
    return span.start if span is not None else len(ctx.doc) - 1


def _same_sentence(ctx: Context, first: int, second: int) -> bool:
    """The joiner and the words it joins lie in the sentence the item ends in."""
    sentence = sentence_of(ctx.doc, _token_at(ctx, max(first - 1, 0)))
    return sentence.start_char <= second < sentence.end_char


def _sentence_end(ctx: Context, char: int) -> int:
    sentence = sentence_of(ctx.doc, _token_at(ctx, char))
    return sentence.end_char
