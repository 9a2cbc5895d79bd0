"""Whether a response states items of its own, or only names their themes.

A fire authority's minutes list the themes a letter's causes of concern fall under
("Prevention", "Protection", "Equality, Diversity and Inclusion"); a news story or a
commissioner's page names what the report found wanting in a phrase of its own ("how it
carries out inspections of premises", "the Service's risk information process"). The
extractor reads such a phrase as an item, but it states no inspection's item: the
inspectorate's items are directives ("The service should ...", "By <date>, chief fire
officers should ..."), and a restatement keeps that voice. A response whose current items
are all such themes restates nothing, and is linked by its key like a response that
names no item (`crosswalk.align.linking`); one that restates a directive is grouped by its
items.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from crosswalk.align.cues import FILE
from crosswalk.align.similarity import LIMITS
from crosswalk.model import Item
from crosswalk.resources import read_json, word_set

GRAMMAR_FILE = "item_grammar.json"  # directing_modals: the modals an item directs with, one list for both readers


@lru_cache(maxsize=1)
def _voices() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An item's voice (its modals: the directing modals the item rules read, and the
    semi-modals of `responses.json`) and a finding's (the inspected body as a sentence's
    subject, "The service doesn't ..."), from the word lists of `responses.json`."""
    words = read_json(FILE)["theme_voice"]
    modals = [*map(re.escape, sorted(word_set(GRAMMAR_FILE, "directing_modals"))), *words["directive"]]
    directive = re.compile(rf"\b(?:{'|'.join(modals)})\b", re.I)
    finding = re.compile(rf"\s*(?:the\s+)?(?:{'|'.join(words['finding_subject'])})\b(?![’'])", re.I)
    return directive, finding


def is_theme(text: str) -> bool:
    """A heading or phrase naming what an item is about, in no item's voice."""
    directive, finding = _voices()
    return (len(text.split()) <= LIMITS.theme_max_words and directive.search(text) is None
            and finding.match(text) is None)


def states_items(items: Iterable[Item]) -> bool:
    """Whether any current item of a document is stated, not only named by its theme."""
    return any(not item.historic and not _theme_item(item) for item in items)


def only_themes(items: Iterable[Item]) -> bool:
    """Whether a response's items (none at all, too) are only current themes: it then
    answers the items another document states, as one naming none does."""
    return all(not item.historic and _theme_item(item) for item in items)


def _theme_item(item: Item) -> bool:
    """A theme stands alone: a numbered item or a part of one restates the report's list."""
    return item.number is None and item.parent_id is None and is_theme(item.text)
