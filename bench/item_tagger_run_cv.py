"""Cross-validate the item-sentence tagger through the whole pipeline, folds by labeller prefix (round 49).

usage: python -m bench.item_tagger_run_cv SENTENCES.jsonl WORK [--folds NAME,...] [--thresholds 0.5,0.7]

`bench.item_tagger_cv` scores the tagger's additions sentence by sentence against a rules-only
run; this one measures what ships: for each fold a model is trained without the fold's documents
(`textcat.train` on the same (sentence, label) pairs `item_tagger.training_pairs` gives, the fold
left out), saved into a copy of `patterns/`, and `crosswalk run` reads the fold's documents with it
(`CROSSWALK_PATTERNS`, `--jobs 1`), once per threshold, and once with no tagger at all (the copy
without `models/item_sentence`). The referee (`/work/shared/tools/score.py`) scores each run on
the fold's gold; printed per fold and pooled over folds: items and typed items F1 (matched / gold /
predicted), so the out-of-sample effect of the tagger is the difference from the run without it.
SENTENCES.jsonl is `python -m crosswalk.extraction.item_tagger` output (its order is the order
`training_pairs` reads, so a fold's model is the shipped recipe without the fold). WORK keeps the
fold folders and runs (a rerun reuses finished runs).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from crosswalk import textcat

FOLDS = {"jA-jD": r"^j[A-D]_", "jE-jG": r"^j[E-G]_", "jH-jJ": r"^j[H-J]_", "jK-jM": r"^j[K-M]_",
         "jN-jP": r"^j[N-P]_", "jQ-jS": r"^j[Q-S]_", "jT-jX": r"^j[T-X]_"}
# Earlier prefixes with more gold items per document, run only when named with --folds.
MORE_FOLDS = {"iN-iP": r"^i[N-P]_", "iU-iX": r"^i[U-X]_"}
REFEREE = Path("/work/shared/tools/score.py")
CORPUS = Path("corpus/real")
# One process runs every threshold of a patterns folder (the model loads once; spaCy's start-up is
# most of a small fold's time): argv is DOCS then (threshold, out) pairs.
RUN = """
import sys
import crosswalk.extraction.item_tagger as tagger
from crosswalk.cli import app
docs, rest = sys.argv[1], sys.argv[2:]
for threshold, out in zip(rest[::2], rest[1::2]):
    tagger.THRESHOLD = float(threshold)
    try:
        app(["run", docs, "--out", out, "--jobs", "1"])
    except SystemExit as stop:
        if stop.code:
            raise
"""


def fold_folders(work: Path, fold: str, rx: re.Pattern[str]) -> tuple[Path, Path]:
    """Folders of links to the fold's documents and gold (documents with gold only)."""
    docs, gold = work / fold / "docs", work / fold / "gold"
    for folder in (docs, gold):
        folder.mkdir(parents=True, exist_ok=True)
    for path in sorted((CORPUS / "docs").iterdir()):
        label = CORPUS / "gold" / f"{path.stem}.json"
        if rx.match(path.name) and not textcat.SENTENCE_HELD_OUT_RE.match(path.name) and label.is_file():
            if not (docs / path.name).exists():  # a copy: `crosswalk run` follows no links
                shutil.copyfile(path, docs / path.name)
            if not (gold / label.name).exists():
                (gold / label.name).symlink_to(label.resolve())
    return docs, gold


def patterns_copy(out: Path, model: list[tuple[str, str]] | None) -> Path:
    """A copy of `patterns/` without the shipped tagger, holding the model trained on `model` if any."""
    if not out.is_dir():
        shutil.copytree(textcat.patterns_dir(), out, ignore=shutil.ignore_patterns("item_sentence"))
        if model is not None:
            textcat.save(textcat.train(model, sorted({label for _, label in model})), out / "models" / "item_sentence")
    return out


def run(patterns: Path, docs: Path, outs: dict[float, Path]) -> None:
    """`crosswalk run` of the documents with the patterns copy, into one folder per threshold."""
    todo = [str(part) for threshold, out in outs.items() if not (out / "items.csv").is_file() for part in (threshold, out)]
    if todo:
        env = dict(os.environ, CROSSWALK_PATTERNS=str(patterns.resolve()))
        subprocess.run([sys.executable, "-c", RUN, str(docs), *todo], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def score(gold: Path, out: Path) -> list[int]:
    """[matched, gold, predicted, typed matched] of the referee's items over the fold."""
    found = json.loads(subprocess.run([sys.executable, str(REFEREE), str(gold), str(out), "--json"],
                                      check=True, capture_output=True, text=True).stdout)
    m = g = p = 0
    for row in found["per_doc"].values():
        a, b, c = (int(x) for x in row["items"].split("/"))
        m, g, p = m + a, g + b, p + c
    typed = round(found["summary"]["items_typed"]["r"] * g)
    return [m, g, p, typed]


def f1(matched: int, gold: int, predicted: int) -> float:
    return 2 * matched / (gold + predicted) if gold + predicted else 1.0


def line(c: list[int]) -> str:
    m, g, p, t = c
    return f"items F1 {f1(m, g, p):.4f} ({m}/{g}/{p})  typed {f1(t, g, p):.4f} ({t})"


def main(argv: list[str]) -> None:
    sentences = [json.loads(text) for text in open(argv[0], encoding="utf-8")]
    work = Path(argv[1])
    names = argv[argv.index("--folds") + 1].split(",") if "--folds" in argv else list(FOLDS)
    thresholds = [float(t) for t in argv[argv.index("--thresholds") + 1].split(",")] if "--thresholds" in argv else [0.5]
    pooled: dict[str, list[int]] = {}
    for fold in names:
        rx = re.compile({**FOLDS, **MORE_FOLDS}[fold])
        docs, gold = fold_folders(work, fold, rx)
        train = [(s["text"], s["label"]) for s in sentences if s["label"] is not None and not rx.match(s["doc"])]
        none = work / fold / "out_none"
        run(patterns_copy(work / fold / "patterns_none", None), docs, {0.5: none})
        outs = {t: work / fold / f"out_t={t:.1f}" for t in thresholds}
        run(patterns_copy(work / fold / "patterns_model", train), docs, outs)
        for key, out in [("none", none)] + [(f"t={t:.1f}", out) for t, out in outs.items()]:
            counts = score(gold, out)
            pooled[key] = [a + b for a, b in zip(pooled.get(key, [0, 0, 0, 0]), counts)]
            print(f"{fold:6s} {key:6s} docs {len(list(docs.iterdir())):3d}  {line(counts)}", flush=True)
    for key, counts in pooled.items():
        print(f"POOLED {key:6s} {line(counts)}")


if __name__ == "__main__":
    main(sys.argv[1:])
