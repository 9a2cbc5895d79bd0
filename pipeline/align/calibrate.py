"""Measure the alignment thresholds on the gold instead of guessing them.

Two decisions rest on a similarity threshold:

- merge: are two items of the same type and subject, stated in two documents of one
  inspection, the same item? Pairs are drawn from the gold files (same gold id = same
  item) and scored with several rapidfuzz scorers on the items' cores.
- passage: does a response paragraph answer an in-scope item it never quotes? Each gold
  response's paragraphs are scored against its in-scope gold items; the paragraph that
  holds the gold passage is a positive, every other paragraph a negative. With the
  `names_subject` guard a paragraph must also name the item's subject (or its region).

`crosswalk calibrate` prints both tables and writes them to docs/thresholds.md.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
from rapidfuzz import fuzz

from crosswalk.align.scope import own_subjects
from crosswalk.align.similarity import core_text, word_bag
from crosswalk.bodies import find_bodies
from crosswalk.evaluate import gold_documents, load_gold, normalise
from crosswalk.ingest import ingest_file

SCORERS: dict[str, Callable[..., float]] = {
    "ratio": fuzz.ratio,
    "token_sort_ratio": fuzz.token_sort_ratio,
    "token_set_ratio": fuzz.token_set_ratio,
    "partial_ratio": fuzz.partial_ratio,
    "WRatio": fuzz.WRatio,
}
THRESHOLDS = (50, 60, 70, 75, 80, 85, 90, 95)


def _pr(pairs: list[tuple[bool, float]], threshold: float) -> tuple[float, float, float]:
    tp = sum(1 for same, score in pairs if same and score >= threshold)
    fp = sum(1 for same, score in pairs if not same and score >= threshold)
    fn = sum(1 for same, score in pairs if same and score < threshold)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _table(scored: dict[str, list[tuple[bool, float]]]) -> pd.DataFrame:
    rows = []
    for name, pairs in scored.items():
        for threshold in THRESHOLDS:
            precision, recall, f1 = _pr(pairs, threshold)
            rows.append({"scorer": name, "threshold": threshold, "precision": round(precision, 3),
                         "recall": round(recall, 3), "f1": round(f1, 3),
                         "positives": sum(s for s, _ in pairs), "negatives": sum(not s for s, _ in pairs)})
    return pd.DataFrame(rows)


def merge_pairs(gold: dict[str, dict[str, Any]]) -> dict[str, list[tuple[bool, float]]]:
    items = [(doc, item) for doc, labels in gold.items() for item in labels["items"]]
    pairs = [
        (a["id"] == b["id"], a, b)
        for (doc_a, a), (doc_b, b) in itertools.combinations(items, 2)
        if doc_a != doc_b and (a["type"], a["subject"], a["historic"]) == (b["type"], b["subject"], b["historic"])
    ]
    scored = {f"{name} (core)": [(same, scorer(core_text(a["text"]), core_text(b["text"]))) for same, a, b in pairs]
              for name, scorer in SCORERS.items()}
    scored["token_set_ratio (raw)"] = [(same, fuzz.token_set_ratio(normalise(a["text"]), normalise(b["text"])))
                                       for same, a, b in pairs]
    return scored


def passage_pairs(documents: dict[str, Path], gold: dict[str, dict[str, Any]]) -> dict[str, list[tuple[bool, float]]]:
    """(answers, score) of every paragraph of each gold response against its in-scope gold
    items, per scorer; `documents` are the labelled files by stem (`gold_documents`)."""
    texts = {item["id"]: (item["text"], item["subject"]) for labels in gold.values() for item in labels["items"]}
    scored: dict[str, list[tuple[bool, float]]] = {}
    for doc_id, labels in gold.items():
        if not labels["alignment"] and not labels["unaddressed"]:
            continue
        document = ingest_file(documents[doc_id]).document
        if document is None:
            continue
        paragraphs = [document.text[b.start : b.end] for b in document.blocks if b.kind == "paragraph"]
        answers = {a["item"]: a["passage"] for a in labels["alignment"]}
        own = own_subjects(document.responding_body)
        for item_id in [*answers, *labels["unaddressed"]]:
            if item_id not in texts:
                continue
            text, subject = texts[item_id]
            for paragraph in paragraphs:
                positive = item_id in answers and " ".join(answers[item_id].split())[:60] in " ".join(paragraph.split())
                names = {b.canonical for _, _, b in find_bodies(paragraph)}
                names_subject = subject in names or ("constituent forces" in str(subject) and bool(names & own))
                bag_score = fuzz.ratio(word_bag(text, item=True), word_bag(paragraph))
                scored.setdefault("ratio of word bags", []).append((positive, bag_score))
                for name, scorer in SCORERS.items():
                    score = scorer(core_text(text), core_text(paragraph))
                    scored.setdefault(name, []).append((positive, score))
                    scored.setdefault(f"{name} + names_subject", []).append((positive, score if names_subject else 0.0))
    return scored


def calibrate(corpus: Path) -> dict[str, pd.DataFrame]:
    """Both tables, from the gold in `corpus/gold` and the documents it labels. No gold
    there, or a gold file without its document, raises FileNotFoundError naming it (an
    unreadable gold file `GoldError`): measured on nothing, every threshold would tie."""
    gold = load_gold(corpus / "gold")
    if not gold:
        raise FileNotFoundError(f"{corpus}: no gold labels (a gold/ folder of JSON files) here")
    documents = {path.stem: path for path in gold_documents(corpus / "gold")}
    return {"merge": _table(merge_pairs(gold)), "passage": _table(passage_pairs(documents, gold))}


def as_markdown(tables: dict[str, pd.DataFrame]) -> str:
    parts = ["# Alignment thresholds, measured on the sample gold", "",
             "Generated by `crosswalk calibrate corpus`; see `pipeline/align/calibrate.py` for how pairs are drawn.", ""]
    for name, frame in tables.items():
        best = frame.sort_values(["f1", "precision"], ascending=False).groupby("scorer").head(1)
        parts += [f"## {name}: best threshold per scorer", "", _markdown(best), "",
                  f"## {name}: all thresholds", "", _markdown(frame), ""]
    return "\n".join(parts)


def _markdown(frame: pd.DataFrame) -> str:
    header = "| " + " | ".join(frame.columns) + " |"
    rule = "| " + " | ".join("---" for _ in frame.columns) + " |"
    rows = ["| " + " | ".join(str(v) for v in row) + " |" for row in frame.itertuples(index=False)]
    return "\n".join([header, rule, *rows])
