"""What the extractor does to the items once the rules have read every unit: a cause of
concern named by its theme becomes a mention of its full statement (one item, one row), and
a document titled by a kind ("Causes of concern revisit letter") makes the items of that
kind it restates current.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from crosswalk.extraction.item_grammar import KIND_QUALIFIERS
from crosswalk.extraction.item_reading import LIMITS, THEME_STOPWORDS, Context, fold, item_words
from crosswalk.extraction.stems import root
from crosswalk.model import ITEM_TYPES, Item

THEME_RULES = {"item-theme"}  # items read as a theme after a kind ("the cause of concern about X")


def theme_mentions_folded(ctx: Context, items: list[Item]) -> list[Item]:
    """A letter names a cause of concern by its theme ("the cause of concern related to
    prevention", "a cause of concern on how it investigates crime") before or after
    stating it in full under its own heading: one item, one row (SCHEMA: ids name items), so
    the theme becomes a mention of the full statement of the same kind whose words (its text,
    its heading, the recommendations it carries) hold every word of the theme, or whose
    heading's theme the theme holds. A theme its own sentence dates to an earlier inspection
    ("identified in our 2019 PEEL inspection") names an earlier item beside a current one, and
    stays; so does a theme that no full statement covers."""
    full = [item for item in items if item.rule not in THEME_RULES and item.parent_id is None]
    folded: dict[str, Item] = {}
    for theme in (i for i in items if i.rule in THEME_RULES):
        words = _stems(theme.text)
        same_kind = [f for f in full if f.type == theme.type and not (theme.historic and not f.historic)]
        if not words or not same_kind:
            continue
        contexts = [(f, *_statement_words(ctx, items, f)) for f in same_kind]
        covering = next((f for f, stated, titled in contexts if words <= stated or (titled and titled <= words)), None)
        if covering is None and len(same_kind) > 1 and words <= set().union(*(stated for _, stated, _ in contexts)):
            covering = same_kind[0]  # "the causes of concern on A and B": each stated in full
        if covering is not None:
            folded[theme.item_id] = covering
    if not folded:
        return items
    kept = []
    for item in items:
        if item.item_id in folded:
            continue
        places = tuple(place for theme in items if folded.get(theme.item_id) is item
                       for place in ((theme.start, theme.end), *theme.mentions))
        kept.append(replace(item, mentions=(*item.mentions, *places)) if places else item)
    return kept


def _statement_words(ctx: Context, items: list[Item], item: Item) -> tuple[set[str], set[str]]:
    """The words a full statement spells its theme in: its text, the heading just above
    it ("Protection cause of concern"), and the recommendations that follow it up to the
    next item of its kind; and, apart, the heading's own theme (the heading without the
    kind's words)."""
    heading = _heading_above(ctx, item.start)
    kind_words = {w for s in ctx.types_in(*heading) for w in _stems(s.text, keep_all=True)} if heading else set()
    heading_words = _stems(ctx.text[heading[0] : heading[1]]) if heading else set()
    following = min((i.start for i in items if i.type == item.type and i.start > item.start), default=len(ctx.text))
    carried = [i.text for i in items if i.type == "recommendation" and item.start < i.start < following]
    # "It has acted on the protection cause of concern": a theme the text names by a kind is
    # another item's, not this one's
    named = {_stem_of(t.lower_) for s in ctx.types_in(item.start, item.end) for t in ctx.doc[max(s.start - LIMITS.kind_theme_words, 0) : s.start]}
    stated = (_stems(item.text) - named) | _stems(" ".join(carried)) | heading_words
    return stated, heading_words - kind_words - {_stem_of(w) for w in KIND_QUALIFIERS}


def _heading_above(ctx: Context, start: int) -> tuple[int, int] | None:
    """The heading blocks right above a text ("Cause of concern" / "Protection cause of
    concern"), as one span; None when the block before is no heading."""
    blocks = [(s, e) for s, e, _ in ctx.doc._.blocks]
    at = bisect_right([s for s, _ in blocks], start) - 1
    if at >= 0 and blocks[at][0] <= start < blocks[at][1]:
        at -= 1  # the text's own block
    first = at
    while first >= 0 and ctx.doc._.blocks[first][2] == "heading" and at - first < LIMITS.heading_blocks_max:
        first -= 1
    return (blocks[first + 1][0], blocks[at][1]) if first < at else None


def _stems(text: str, keep_all: bool = False) -> set[str]:
    """A text's words, folded and cut to their stems, without the words that name no matter."""
    return {_stem_of(w) for w in fold(text).split() if keep_all or w not in THEME_STOPWORDS}


def _stem_of(word: str) -> str:
    """A theme word's root cut to the letters its derived forms share ("investigating" and
    "investigations"; "crime" and "crimes")."""
    return root(word)[:LIMITS.stem_letters]


def followed_up(ctx: Context, items: list[Item]) -> list[Item]:
    """A document titled by a kind ("Causes of concern revisit letter", "Cause of concern -
    progress letter") follows those items up: the items of that kind it restates are
    current, however long ago they were given."""
    titles = [(start, end) for start, end, _ in ctx.doc._.blocks[:1]]
    title = getattr(ctx.doc._.meta, "title", None) or ""
    at = ctx.text.find(title) if title else -1
    if at >= 0:
        titles.append((at, at + len(title)))
    titled = {span.label_ for start, end in titles if len(ctx.text[start:end].split()) <= LIMITS.heading_words_max
              for span in ctx.types_in(start, end)}
    if any(_names_follow_up(ctx.text[start:end]) for start, end in titles):
        titled = set(ITEM_TYPES)
    return [replace(i, historic=False) if i.type in titled else i for i in items]


def _names_follow_up(title: str) -> bool:
    """A title that names a follow-up ("... post-inspection review", "... revisit 2018/19"),
    not a sentence that uses the verb ("It was a pleasure to revisit ...")."""
    words = re.findall(r"[\w’'-]+", title.lower())
    return len(words) <= 2 * LIMITS.heading_words_max and any(
        word in item_words().follow_up_words and (i == 0 or words[i - 1] != "to") for i, word in enumerate(words))
