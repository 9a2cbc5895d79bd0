"""Items joined to an item by "as well as": "identified A as an AFI, as well as B", "areas
for improvement in relation to A, as well as B", "should 'do A' as well as to do B", "the
constabulary should review A, as well as looking at B". Whatever prose rule read the first
item (a theme, a statement, a quotation), the words after the joiner name a second item of
the same kind, said of the same body, to the end of the sentence; an item read whole across
the joiner is two. Done once the rules have read every unit, so it holds for each of them. A
labelled or numbered item, or a list's line, is one item whole as its layout gives it
("Recommendation 1 ... should review A, as well as B" asks one thing): the joiner is for
prose alone. With no comma before it, "as well as" inside an item joins two words of one
theme ("access to raw data as well as reports"), and the item stays whole; after an item's
end the comma may go only after a closing quotation mark. The first item is cut short only
when the second is one (the builder refuses a speaker's own remark or words naming no
matter: "as well as training" leaves the first whole)."""

from __future__ import annotations

import re

from crosswalk.extraction.extensions import text_of
from crosswalk.extraction.item_ascribed import KIND_HEADS
from crosswalk.extraction.item_reading import GRAMMAR_FILE, LABEL_RULES, LIMITS, PIECE_RULES, Context, clean_bounds, crosses_quotation
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
    rf"""(?P<quote>[’'"”])?(?:\s+as\s+an?(?P<kind>(?:\s+[\w-]+){{1,{LIMITS.joined_kind_words}}}))?(?P<comma>\s*,)?\s+(?:{_JOINERS})\s+(?:(?:{_DROPPED})\s+)?""",
    re.IGNORECASE)
# Items whose bounds their layout gives (a label, a number, a list's line), never split.
_LAID_OUT_RULES = LABEL_RULES | {"item-list", "item-part", "item-entry", "item-lead-in"}


def joined_items(ctx: Context) -> None:
    """Split each prose item read across a joiner and add the item each joiner after an
    item's end names (the items added are not read again: a joiner joins two)."""
    text = text_of(ctx.doc)
    for index, item in enumerate(list(ctx.builder.items)):
        if item.number is not None or item.rule in _LAID_OUT_RULES:
            continue
        inner = _INNER_RE.search(text, item.start, item.end)
        if inner is not None:
            _split(ctx, index, inner.start(), inner.end())
            continue
        trailing = _TRAILING_RE.match(text, item.end)
        if trailing is not None and _joins(ctx, trailing) and _same_sentence(ctx, item.end, trailing.end()):
            sentence = sentence_of(ctx.doc, _token_at(ctx, trailing.end()))
            _add(ctx, item, trailing.end(), _words_end(ctx, trailing.end(), sentence.end_char))


def _joins(ctx: Context, trailing: re.Match[str]) -> bool:
    """A joiner after an item's end joins a second item: its comma is there (or a closing
    quotation mark stands for it), and the words "as a/an ..." before it name a kind."""
    if trailing.group("comma") is None and trailing.group("quote") is None:
        return False
    if trailing.group("kind") is None:
        return True
    words = trailing.group("kind").lower().split()
    return bool(ctx.types_in(*trailing.span("kind"))) or any(word in KIND_HEADS for word in words)


def _split(ctx: Context, index: int, cut: int, resume: int) -> None:
    """Cut the item at `index` before its joiner, and keep the cut only if the words after
    it are an item of their own; its bounds and flags are read again over its shorter text."""
    item = ctx.builder.items[index]
    text = text_of(ctx.doc)
    start, end = clean_bounds(text, item.start, cut)
    if end <= start or item.rule in PIECE_RULES and crosses_quotation(text[start:end]):
        return
    ctx.builder.items[index] = ctx.builder.narrowed(item, start, end)
    # added after the cut, or the builder reads the second item as a restatement of the whole
    if _add(ctx, item, resume, _words_end(ctx, resume, item.end)) in (None, item.item_id):
        ctx.builder.items[index] = item


def _add(ctx: Context, item: Item, start: int, end: int) -> str | None:
    return ctx.builder.add(item.type, start, end, RULE, item.subject, parent=item.parent_id, historic=item.historic)


def _token_at(ctx: Context, char: int) -> int:
    span = ctx.doc.char_span(char, min(char + 1, len(text_of(ctx.doc))), alignment_mode="expand")
    return span.start if span is not None else len(ctx.doc) - 1


def _same_sentence(ctx: Context, first: int, second: int) -> bool:
    """The joiner and the words it joins lie in the sentence the item ends in."""
    sentence = sentence_of(ctx.doc, _token_at(ctx, max(first - 1, 0)))
    return sentence.start_char <= second < sentence.end_char


def _words_end(ctx: Context, start: int, end: int) -> int:
    """Where the words between `start` and `end` end: before the closing punctuation (a full
    stop, a closing quotation mark), as a theme's item ends."""
    words = [token for token in ctx.doc if start <= token.idx < end and not token.is_punct and not token.is_space]
    return min(end, words[-1].idx + len(words[-1].text)) if words else end
