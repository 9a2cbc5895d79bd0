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


def gold_id_map(
    gold: dict[str, dict[str, Any]], register: pd.DataFrame, wordings: dict[tuple[str, str], list[str]]
) -> dict[tuple[str, str], str]:
    """(inspection, gold item id) -> register id: same type, best text match >= 85.

    Gold ids are shared across the files of one inspection, each file quoting the item
    in its own words; a register item matches an id when any of the id's quotations
    matches any wording the register item was stated in.
    """
    quotations: dict[str, list[tuple[str, str]]] = {}
    for labels in gold.values():
        for item in labels["items"]:
            quotations.setdefault(item["id"], []).append((item["type"], item["text"]))
    mapping: dict[tuple[str, str], str] = {}
    for inspection, entries in register.groupby("inspection"):
        candidates = []
        for gold_id, quotes in quotations.items():
            for row in entries.itertuples():
                texts = [row.text, *wordings.get((str(inspection), row.register_id), [])]
                best = max((fuzz.token_set_ratio(normalise(q), normalise(t)) for kind, q in quotes if kind == row.type
                            for t in texts), default=0.0)
                if best >= ITEM_TEXT_THRESHOLD:
                    candidates.append((best, gold_id, row.register_id))
        used_gold: set[str] = set()
        used_register: set[str] = set()
        for _, gold_id, register_id in sorted(candidates, key=lambda c: -c[0]):
            if gold_id not in used_gold and register_id not in used_register:
                mapping[(str(inspection), gold_id)] = register_id
                used_gold.add(gold_id)
                used_register.add(register_id)
    return mapping


def score_alignment(
    tables: dict[str, pd.DataFrame], wordings: dict[tuple[str, str], list[str]], gold: dict[str, dict[str, Any]]
) -> pd.DataFrame:
    """Status accuracy over each response's in-scope gold items; unaddressed P/R/F1."""
    crosswalk = tables["crosswalk"]
    mapping = gold_id_map(gold, tables["register"], wordings)
    rows = []
    total_correct = total = 0
    unaddressed = Score(0, 0, 0)
    for doc_id, labels in gold.items():
        if not labels.get("alignment") and not labels.get("unaddressed"):
            continue
        mine = crosswalk[crosswalk["response_doc"] == doc_id]
        inspection = str(mine["inspection"].iloc[0]) if len(mine) else ""
        status_of = dict(zip(mine["register_id"], mine["status"]))
        expected = {a["item"]: a["status"] for a in labels["alignment"]}
        expected.update({item: "unaddressed" for item in labels["unaddressed"]})
        correct = sum(status_of.get(mapping.get((inspection, g), ""), "missing") == s for g, s in expected.items())
        reverse = {r: g for (i, g), r in mapping.items() if i == inspection}
        predicted = {reverse.get(r, f"unmatched:{r}") for r, s in status_of.items() if s == "unaddressed"}
        gold_set = set(labels["unaddressed"])
        score = Score(len(predicted & gold_set), len(predicted - gold_set), len(gold_set - predicted))
        unaddressed = unaddressed + score
        total_correct += correct
        total += len(expected)
        rows.append(_alignment_row(doc_id, correct, len(expected), score))
    rows.append(_alignment_row("ALL", total_correct, total, unaddressed))
    return pd.DataFrame(rows)


def _alignment_row(doc_id: str, correct: int, total: int, unaddressed: Score) -> dict[str, Any]:
    return {
        "doc_id": doc_id, "kind": "alignment", "tp": correct, "fp": total - correct, "fn": 0, "untyped": 0,
        "precision": round(correct / total, 4) if total else 1.0, "recall": None, "f1": None,
        "status_accuracy": round(correct / total, 4) if total else 1.0,
        "unaddressed_precision": round(unaddressed.precision, 4), "unaddressed_recall": round(unaddressed.recall, 4),
        "unaddressed_f1": round(unaddressed.f1, 4),
    }


def evaluate_corpus(corpus: Path) -> pd.DataFrame:
    """Run the whole pipeline over a corpus folder (in memory) and score it against its gold."""
    from crosswalk.batch.runner import run_batch

    gold = load_gold(corpus / "gold")
    summary = run_batch([corpus], None, jobs=1, wordings=True)
    tables = summary.tables
    predictions: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for kind in SCORERS:
        frame = tables[kind]
        if kind == "gradings":
            frame = frame[~(frame["negated"].astype(bool) | frame["hypothetical"].astype(bool))]
        for doc_id, rows in frame.groupby("doc_id"):
            predictions.setdefault(str(doc_id), {})[kind] = rows.to_dict("records")
    alignment = score_alignment(tables, summary.wordings, gold)
    passages = score_passages(tables, summary.wordings, gold, corpus)
    return pd.concat([score_extraction(predictions, gold), passages, alignment], ignore_index=True)


def score_passages(
    tables: dict[str, pd.DataFrame], wordings: dict[tuple[str, str], list[str]], gold: dict[str, dict[str, Any]],
    corpus: Path,
) -> pd.DataFrame:
    """Whether each aligned gold item's predicted passage starts in the paragraph (block)
    where the gold passage starts: a right status from the wrong passage is luck. One
    row per response and an ALL row, kind `passage`; precision, recall and f1 all hold
    the share of hits (a missing row or passage is a miss)."""
    import re

    from crosswalk.ingest import ingest_file

    crosswalk = tables["crosswalk"]
    mapping = gold_id_map(gold, tables["register"], wordings)
    rows, hits, total = [], 0, 0
    for doc_id, labels in gold.items():
        if not labels.get("alignment"):
            continue
        path = next((p for p in sorted(corpus.glob(f"{doc_id}.*")) if p.suffix != ".json"), None)
        document = ingest_file(path, doc_id=doc_id).document if path else None
        mine = crosswalk[crosswalk["response_doc"] == doc_id]
        inspection = str(mine["inspection"].iloc[0]) if len(mine) else ""
        start_of = dict(zip(mine["register_id"], mine["passage_start"]))
        found = 0
        for answer in labels["alignment"]:
            start = start_of.get(mapping.get((inspection, answer["item"]), ""))
            words = re.split(r"[\s\u2022\u25cf\u25aa\u2023\u00b7]+", answer["passage"].strip())  # glyphs dropped
            quote = re.search(r"\s+".join(map(re.escape, words)), document.text) if document and words else None
            block = next((b for b in document.blocks if b.start <= quote.start() < b.end), None) if quote and document else None
            found += bool(block is not None and start is not None and not pd.isna(start)
                          and block.start <= int(start) < block.end)
        hits, total = hits + found, total + len(labels["alignment"])
        rows.append(_passage_row(doc_id, found, len(labels["alignment"])))
    rows.append(_passage_row("ALL", hits, total))
    return pd.DataFrame(rows)


def _passage_row(doc_id: str, hits: int, total: int) -> dict[str, Any]:
    share = round(hits / total, 4) if total else 1.0
    return {"doc_id": doc_id, "kind": "passage", "tp": hits, "fp": total - hits, "fn": 0, "untyped": 0,
            "precision": share, "recall": share, "f1": share}
