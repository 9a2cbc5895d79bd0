"""Word lists that mark page furniture and empty titles, read from `patterns/page_furniture.json`.

Every publishing platform names its menus, cookie banners and share bars in its own
way, and PDF tools leave their own default titles; researchers meet new ones often,
so the words are data that can be extended without touching the readers.
"""

from __future__ import annotations

from functools import lru_cache

from crosswalk.resources import read_json

FILE = "page_furniture.json"
KEYS = {"_comment", "attribute_substrings", "attribute_words", "attribute_affixes", "placeholder_titles"}


@lru_cache(maxsize=1)
def _load() -> dict[str, tuple[str, ...]]:
    data = read_json(FILE)
    unknown, missing = set(data) - KEYS, KEYS - set(data)
    if unknown or missing:
        raise ValueError(f"{FILE}: unknown keys {sorted(unknown)}, missing keys {sorted(missing)}")
    return {key: tuple(str(v).lower() for v in values) for key, values in data.items() if key != "_comment"}


def furniture_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(substrings, whole words, affixes) of id/class/aria-label values that name furniture."""
    words = _load()
    return words["attribute_substrings"], words["attribute_words"], words["attribute_affixes"]


def placeholder_titles() -> frozenset[str]:
    """PDF metadata titles that name no document ("Untitled", "Microsoft Word")."""
    return frozenset(_load()["placeholder_titles"])
