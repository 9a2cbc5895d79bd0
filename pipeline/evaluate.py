"""Score the pipeline against the hand-made gold labels in `corpus/gold/`.

Matching is one-to-one and greedy by score, so a prediction can satisfy one gold row
at most. Items match on type and text (rapidfuzz token_set_ratio >= 85); an item whose
text matches a gold item of another type is counted in the `untyped` column, which
separates boundary errors from typing errors. Gradings match on subject, grade and the
historic flag; commitments on text (partial_ratio >= 80).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from rapidfuzz import fuzz

ITEM_TEXT_THRESHOLD = 85.0
COMMITMENT_TEXT_THRESHOLD = 80.0


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int
    untyped: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.untyped + other.untyped)


def normalise(text: str) -> str:
    """rapidfuzz does no preprocessing since 3.0: fold case, quotes and spaces here."""
    text = text.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split())


def greedy_match(
    predicted: Sequence[Any], gold: Sequence[Any], score: Callable[[Any, Any], float], threshold: float
) -> list[tuple[int, int, float]]:
    """Pairs (predicted index, gold index, score), best first, each side used once."""
    candidates = [
        (s, p, g) for p, pred in enumerate(predicted) for g, gold_row in enumerate(gold)
        if (s := score(pred, gold_row)) >= threshold
    ]
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for s, p, g in sorted(candidates, key=lambda c: -c[0]):
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            pairs.append((p, g, s))
    return pairs


def score_items(predicted: Sequence[dict[str, Any]], gold: Sequence[dict[str, Any]]) -> Score:
    def text_score(p: dict[str, Any], g: dict[str, Any]) -> float:
        return fuzz.token_set_ratio(normalise(p["text"]), normalise(g["text"]))

    typed = greedy_match(predicted, gold, lambda p, g: text_score(p, g) if p["type"] == g["type"] else 0.0,
                         ITEM_TEXT_THRESHOLD)
    left_p = [p for i, p in enumerate(predicted) if i not in {m[0] for m in typed}]
    left_g = [g for i, g in enumerate(gold) if i not in {m[1] for m in typed}]
    untyped = greedy_match(left_p, left_g, text_score, ITEM_TEXT_THRESHOLD)
    return Score(len(typed), len(predicted) - len(typed), len(gold) - len(typed), len(untyped))


def score_gradings(predicted: Sequence[dict[str, Any]], gold: Sequence[dict[str, Any]]) -> Score:
    def key(row: dict[str, Any]) -> tuple[str, str, bool]:
        return (row["subject"], row["grade"], bool(row["historic"]))

    pairs = greedy_match(predicted, gold, lambda p, g: 100.0 if key(p) == key(g) else 0.0, 100.0)
    return Score(len(pairs), len(predicted) - len(pairs), len(gold) - len(pairs))


def score_commitments(predicted: Sequence[dict[str, Any]], gold: Sequence[dict[str, Any]]) -> Score:
    pairs = greedy_match(
        predicted, gold, lambda p, g: fuzz.partial_ratio(normalise(p["text"]), normalise(g["text"])),
        COMMITMENT_TEXT_THRESHOLD,
    )
    return Score(len(pairs), len(predicted) - len(pairs), len(gold) - len(pairs))


SCORERS: dict[str, Callable[[Sequence[dict[str, Any]], Sequence[dict[str, Any]]], Score]] = {
    "items": score_items,
    "gradings": score_gradings,
    "commitments": score_commitments,
}


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(gold_dir.glob("*.json"))}


def score_extraction(predictions: dict[str, dict[str, list[dict[str, Any]]]], gold: dict[str, dict[str, Any]]) -> pd.DataFrame:
    """Rows per (document, kind) and an `ALL` row per kind (micro-averaged)."""
    rows = []
    totals: dict[str, Score] = {kind: Score(0, 0, 0) for kind in SCORERS}
    for doc_id, labels in gold.items():
        predicted = predictions.get(doc_id, {})
        for kind, scorer in SCORERS.items():
            score = scorer(predicted.get(kind, []), labels.get(kind, []))
            totals[kind] = totals[kind] + score
            rows.append(_row(doc_id, kind, score))
    rows.extend(_row("ALL", kind, score) for kind, score in totals.items())
    return pd.DataFrame(rows)


def _row(doc_id: str, kind: str, score: Score) -> dict[str, Any]:
    return {
        "doc_id": doc_id, "kind": kind, "tp": score.tp, "fp": score.fp, "fn": score.fn, "untyped": score.untyped,
        "precision": round(score.precision, 4), "recall": round(score.recall, 4), "f1": round(score.f1, 4),
    }


def evaluate_corpus(corpus: Path) -> pd.DataFrame:
    """Run ingestion and extraction over a corpus folder and score against its gold."""
    from pipeline.export.rows import as_predictions
    from pipeline.run import extract_all, ingest_all

    gold = load_gold(corpus / "gold")
    outcomes = ingest_all([corpus])
    predictions = {e.doc_id: as_predictions(e) for e in extract_all(outcomes)}
    return score_extraction(predictions, gold)
