"""Text similarity for items and passages, on a normalised "core" of each text.

Surface similarity alone cannot tell two items apart: "The ROCU ... should improve the
quality of its 4P plans" and "... should improve its management of SOC offenders" share
their whole opening. The core drops the addressee ("X should"), folds abbreviations
and synonyms (`patterns/synonyms.csv`: "serious and organised crime" = "SOC",
"enhance" = "improve"), lemmatises with the spaCy lookup table and drops stop words, so
that what is compared is what the item asks for. rapidfuzz does no preprocessing of its
own since 3.0, so everything is folded here.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lookups import load_lookups

from pipeline.resources import pattern_file

ADDRESSEE_RE = re.compile(r"^.{0,160}?\b(?:should|needs? to|must)\b\s*:?\s*", re.I | re.S)
WORD_RE = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def _lemmas() -> dict[str, str]:
    table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
    return dict(table.items())


@lru_cache(maxsize=1)
def _synonyms() -> tuple[tuple[re.Pattern[str], str], ...]:
    with pattern_file("synonyms.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if rows and set(rows[0]) != {"term", "canonical"}:
        raise ValueError("synonyms.csv: columns must be term, canonical")
    rows.sort(key=lambda row: -len(row["term"]))
    return tuple((re.compile(rf"\b{re.escape(row['term'])}\b"), row["canonical"]) for row in rows)


@lru_cache(maxsize=4096)
def core_text(text: str) -> str:
    """What an item asks for, folded: no addressee, synonyms merged, lemmas, no stop words."""
    folded = text.lower().replace("’", "'")
    folded = ADDRESSEE_RE.sub("", folded, count=1)
    for pattern, canonical in _synonyms():
        folded = pattern.sub(canonical, folded)
    lemmas = _lemmas()
    words = (lemmas.get(word, word) for word in WORD_RE.findall(folded))
    return " ".join(word for word in words if word not in STOP_WORDS)


def item_similarity(a: str, b: str) -> float:
    """token_set_ratio on the cores: the scorer chosen by `crosswalk calibrate`."""
    return float(fuzz.token_set_ratio(core_text(a), core_text(b)))


def similarity_matrix(queries: Sequence[str], choices: Sequence[str], cutoff: float = 0.0) -> np.ndarray:
    """All query x choice scores in one vectorised call (rapidfuzz process.cdist)."""
    if not queries or not choices:
        return np.zeros((len(queries), len(choices)), dtype=np.float32)
    return process.cdist(
        [core_text(q) for q in queries],
        [core_text(c) for c in choices],
        scorer=fuzz.token_set_ratio,
        score_cutoff=cutoff or None,
        dtype=np.float32,
        workers=-1,
    )
