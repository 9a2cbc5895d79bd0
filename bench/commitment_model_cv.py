"""Cross-validate the commitment model's threshold with folds by labeller prefix (round 43).

usage: python -m bench.commitment_model_cv READ.pkl [--read]

`--read` reads every training document (never `textcat.SENTENCE_HELD_OUT_RE`) whose gold or
predicted type answers, with the pipeline but the model (`commitment_model.COMPONENT`), and keeps
in READ.pkl its training pairs (as `commitment_model.training_pairs` makes them), the sentences
the model may add (`commitment_model.candidates`), the rules' finds and the gold commitments.
Then, for each fold, a model trained on the other folds' pairs (the shipped training call) scores
the fold's candidates; printed per fold and threshold: candidate-sentence precision/recall (a
sentence that states a gold commitment) and the fold's commitments F1 (the referee's match) of
the rules alone and with the sentences added at that threshold, as the shipped component adds.
"""

from __future__ import annotations

import pickle
import re
import sys
from collections import defaultdict
from pathlib import Path

from crosswalk import textcat
from crosswalk.evaluate import COMMITMENT_TEXT_THRESHOLD, Score, commitment_similarity, greedy_match, normalise
from crosswalk.extraction import commitment_model as cm
from crosswalk.extraction.chunks import pieces
from crosswalk.extraction.nlp import make_doc, shared_nlp
from crosswalk.extraction.sentences import sentence_chars

FOLDS = {"g": r"^g", "h": r"^h", "iA-iJ": r"^i[A-J]_", "iK-iT": r"^i[K-T]_", "iU-jD": r"^(?:i[U-Z]|j[A-D])_",
         "jE-jP": r"^j[E-P]_"}
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)


def read_document(path: Path, docs: Path, gold: dict) -> dict | None:
    """What one document gives the folds, or None when it is no answer by gold or prediction."""
    from crosswalk.ingest import ingest_file

    document = ingest_file(path, docs).document
    if document is None or (gold.get("doc_type") not in cm.ANSWERING_TYPES
                            and document.doc_type not in cm.SUPPLEMENT_TYPES):
        return None
    nlp = shared_nlp()
    sentences, cued, finds = [], [], []
    with nlp.select_pipes(disable=[cm.COMPONENT]):
        for offset, piece in pieces(document):
            doc = nlp(make_doc(nlp, piece, len(document.text)))
            sentences += [(s + offset, e + offset) for s, e in sentence_chars(doc)]
            cued += [(s + offset, e + offset) for s, e in doc._.commitment_cues]
            finds += [(c.start + offset, c.end + offset, c.text) for c in doc._.commitments]
    golds = [c["text"] for c in gold.get("commitments", [])]
    judged = cued + [(s, e) for s, e, _ in finds]
    pairs = (cm.document_pairs([document.text[s:e] for s, e in sentences], [t for _, _, t in finds], golds)
             if gold.get("doc_type") in cm.ANSWERING_TYPES else [])
    spans = cm.candidates(document.text, document.doc_type, sentences, judged)
    return {"doc": path.stem, "pairs": pairs, "candidates": [said for _, said in spans],
            "labels": [any(cm.states(g, said) for g in golds) for _, said in spans],
            "finds": [t for _, _, t in finds], "gold": golds}


def read_corpus(corpus: Path) -> list[dict]:
    records = [read_document(path, corpus / "docs", gold) for path, gold in cm.training_files(corpus, types=None)]
    return [record for record in records if record is not None]


def matched(gold: list[str], predicted: list[str]) -> int:
    return len(greedy_match([normalise(g) for g in gold], [normalise(p) for p in predicted],
                            commitment_similarity, COMMITMENT_TEXT_THRESHOLD))


def main(argv: list[str]) -> None:
    store = Path(argv[0])
    if "--read" in argv:
        store.write_bytes(pickle.dumps(read_corpus(Path("corpus/real"))))
    records = pickle.loads(store.read_bytes())
    totals: dict[float, list[int]] = defaultdict(lambda: [0] * 7)
    for fold, rx in FOLDS.items():
        pattern = re.compile(rx)
        train = [pair for r in records if not pattern.match(r["doc"]) for pair in r["pairs"]]
        test = [r for r in records if pattern.match(r["doc"])]
        nlp = textcat.train(train, cm.LABELS)
        for r in test:
            r["scores"] = [doc.cats[cm.LABELS[0]] for doc in nlp.pipe(textcat.head(t) for t in r["candidates"])]
        base = [matched(r["gold"], r["finds"]) for r in test]
        for t in THRESHOLDS:
            counts = [0] * 7  # candidates true+scored, scored, true; rule hits, predicted, gold; hits with added
            for r, rule_hits in zip(test, base):
                added = [c for c, s in zip(r["candidates"], r["scores"]) if s >= t]
                counts[0] += sum(1 for lab, s in zip(r["labels"], r["scores"]) if lab and s >= t)
                counts[1] += len(added)
                counts[2] += sum(r["labels"])
                counts[3] += rule_hits
                counts[4] += len(r["finds"])
                counts[5] += len(r["gold"])
                counts[6] += matched(r["gold"], r["finds"] + added) if added else rule_hits
            report(fold, t, counts)
            totals[t] = [a + b for a, b in zip(totals[t], counts)]
    for t, counts in sorted(totals.items()):
        report("ALL", t, counts)


def report(fold: str, t: float, c: list[int]) -> None:
    print(f"{fold:6s} t={t:.2f} candidates P {c[0] / max(c[1], 1):.3f} R {c[0] / max(c[2], 1):.3f} "
          f"({c[0]}/{c[1]}/{c[2]})  commitments F1 {Score.of(c[3], c[5], c[4]).f1:.3f} -> "
          f"{Score.of(c[6], c[5], c[4] + c[1]).f1:.3f} (+{c[6] - c[3]} of {c[1]} added)", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
