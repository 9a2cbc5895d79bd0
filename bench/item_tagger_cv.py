"""Cross-validate the item-sentence tagger with folds by labeller prefix (round 42).

usage: python -m bench.item_tagger_cv SENTENCES.jsonl BASE_OUT [--exclude REGEX]

SENTENCES.jsonl is `python -m crosswalk.extraction.item_tagger` output (labelled sentences of
the training documents); BASE_OUT a `crosswalk run` output of the rules alone, whose items
say which sentences the rules took. For each fold a model is trained without the fold and
scores the fold's sentences; printed per fold and threshold: sentence-level precision/recall
(a sentence that states an item, any type), and what the tagger would add to the rules'
items: sentences free of rule items above the threshold, how many match a gold item the
rules missed (the referee's text match), how many of those have the right type, and the fold's
items F1 of the rules alone and with the additions. The additions pass the shipped guards
(`untaken_items`: no "unknown" document, no lead-in sentence ending in a colon). BASE_OUT may be
a run with the tagger: its rows of rule `item-tagger` are left out (the rules alone).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from crosswalk import textcat
from crosswalk.evaluate import ITEM_TEXT_THRESHOLD, Score, greedy_match, normalise
from crosswalk.extraction import item_tagger as tagger

FOLDS = {"g": r"^g", "h": r"^h", "iA-iJ": r"^i[A-J]_", "iK-iT": r"^i[K-T]_", "iU-jD": r"^(?:i[U-Z]|j[A-D])_",
         "jE-jP": r"^j[E-P]_"}
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def stem(doc_id: str) -> str:
    return Path(doc_id).stem if "/" in doc_id else doc_id


def base_items(out: Path) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = defaultdict(list)
    with open(out / "items.csv", newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            name = stem(row["doc_id"])
            if row.get("rule") != tagger.RULE and not textcat.SENTENCE_HELD_OUT_RE.match(name):
                found[name].append(row)
    return found


def greedy(gold: list[str], pred: list[str]) -> list[tuple[int, int]]:
    """The referee's one-to-one pairs, by the tagger's `same_text` (its measure without the tie-break)."""
    return greedy_match(gold, pred, tagger.same_text, ITEM_TEXT_THRESHOLD)


def main(argv: list[str]) -> None:
    sentences = [json.loads(line) for line in open(argv[0], encoding="utf-8")]
    base = base_items(Path(argv[1]))
    exclude = re.compile(argv[argv.index("--exclude") + 1]) if "--exclude" in argv else None
    gold_dir = Path("corpus/real/gold")
    totals: dict[float, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0, 0, 0, 0])
    dump = open(argv[argv.index("--dump") + 1], "w", encoding="utf-8") if "--dump" in argv else None
    for fold, rx in FOLDS.items():
        pattern = re.compile(rx)
        if exclude is not None and exclude.pattern == rx:
            continue
        train = [(s["text"], s["label"]) for s in sentences if not pattern.match(s["doc"]) and s["label"] is not None]
        test = [s for s in sentences if pattern.match(s["doc"])]
        repeat = int(argv[argv.index("--repeat") + 1]) if "--repeat" in argv else 1
        train = [pair for pair in train for _ in range(1 if pair[1] == tagger.NONE else repeat)]
        nlp = textcat.train(train, sorted({label for _, label in train}))
        scored = tagger.best_types(nlp, [s["text"] for s in test])
        by_doc: dict[str, list[tuple[dict, tuple[str, float]]]] = defaultdict(list)
        for s, best in zip(test, scored):
            by_doc[s["doc"]].append((s, best))
        for t in THRESHOLDS:
            tp = sum(1 for s, (_, p) in zip(test, scored) if p > t and s["label"] not in (None, tagger.NONE))
            pp = sum(1 for s, (_, p) in zip(test, scored) if p > t and s["label"] is not None)
            gp = sum(1 for s in test if s["label"] not in (None, tagger.NONE))
            added = added_tp = added_typed = 0
            rule_matched = rule_pred = gold_n = 0
            for doc, rows in by_doc.items():
                gold = json.loads((gold_dir / f"{doc}.json").read_text(encoding="utf-8")).get("items", [])
                gold_texts = [normalise(g["text"]) for g in gold]
                rule_rows = base.get(doc, [])
                taken = [(int(r["start"]), int(r["end"])) for r in rule_rows if r["start"]]
                rule_hits = greedy(gold_texts, [normalise(r["text"]) for r in rule_rows])
                missed = set(range(len(gold))) - {i for i, _ in rule_hits}
                rule_matched, rule_pred, gold_n = rule_matched + len(rule_hits), rule_pred + len(rule_rows), gold_n + len(gold)
                picked = [(s, best) for s, best in rows if best[1] > t and s["doc_type"] not in tagger.NO_ITEM_TYPES
                          and not tagger._leads_in(s["text"])
                          and not any(a < s["end"] and s["start"] < b for a, b in taken)]
                added += len(picked)
                left = sorted(missed)
                hits = greedy([gold_texts[i] for i in left], [normalise(s["text"]) for s, _ in picked])
                for i, j in hits:
                    added_tp += 1
                    added_typed += gold[left[i]]["type"] == picked[j][1][0]
                if dump is not None and t == THRESHOLDS[0]:
                    hit = {j for _, j in hits}
                    for j, (s, best) in enumerate(picked):
                        dump.write(json.dumps({"fold": fold, "doc": doc, "score": best[1], "type": best[0],
                                               "gold": j in hit, "label": s["label"], "start": s["start"], "end": s["end"], "text": s["text"]}) + "\n")
            p = tp / pp if pp else 0.0
            r = tp / gp if gp else 0.0
            print(f"{fold:6s} t={t:.1f} sentences P {p:.3f} R {r:.3f} ({tp}/{pp}/{gp})  "
                  f"added {added} in gold {added_tp} typed {added_typed}  "
                  f"items F1 {Score.of(rule_matched, gold_n, rule_pred).f1:.3f} -> "
                  f"{Score.of(rule_matched + added_tp, gold_n, rule_pred + added).f1:.3f}", flush=True)
            for k, v in enumerate((tp, pp, gp, added, added_tp, added_typed, rule_matched, rule_pred, gold_n)):
                totals[t][k] += v
    for t, (tp, pp, gp, added, added_tp, added_typed, rm, rp, gn) in sorted(totals.items()):
        print(f"ALL    t={t:.1f} sentences P {tp / max(pp, 1):.3f} R {tp / max(gp, 1):.3f}  "
              f"added {added} in gold {added_tp} typed {added_typed}  "
              f"items F1 {Score.of(rm, gn, rp).f1:.3f} -> {Score.of(rm + added_tp, gn, rp + added).f1:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
