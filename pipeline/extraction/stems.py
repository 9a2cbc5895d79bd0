"""Crude word stems: one place for the endings the readers cut so that the forms in which
an area or a theme is written meet.

Two strengths, because the readers need different reach: `stem` drops only a plural or
"-ing" ending (the gradings' area keys, where "crimes" and "crime" must still differ from
"criminal"), and `root` also drops a past "-ed" and a final "e" so that the forms of one verb
or noun meet ("protects", "protecting", "protected", "protect"; "crimes", "crime"). No
stemmer library is used: these words are matched within one document, where a crude cut is
enough and a dictionary would only add a dependency.
"""

from __future__ import annotations


def stem(word: str) -> str:
    """A word without a plural or "-ing" ending, roughly ("crimes" -> "crim", "keeping" -> "keep")."""
    for suffix in ("ing", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def root(word: str) -> str:
    """`stem`, then a past "-ed" and a final "e" ("reduces", "reducing", "reduced" -> "reduc")."""
    stemmed = stem(word)
    if stemmed == word and word.endswith("ed") and len(word) >= 5:
        stemmed = word[:-2]
    return stemmed[:-1] if stemmed.endswith("e") and len(stemmed) > 3 else stemmed
