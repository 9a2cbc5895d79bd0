"""Score crosswalk's outputs against hand-made gold labels, the way the referee does.

An evaluation set is a folder with gold labels in `gold/` (one JSON file per document,
`corpus/gold/SCHEMA.md`) and its documents beside them (in `docs/` when there is one):
`corpus/` holds the five samples, `corpus/real/` the real dev documents, `corpus/realpdf/`
real published PDFs. Only documents with a gold file are run, so a folder of many PDFs
with gold for a few costs only those few.

The documents are run through `crosswalk run` (into a temporary folder, or one kept between
evaluations: `evaluate_set`) and its CSVs are scored exactly as the project's referee (`shared/tools/score.py`, copied as
`tests/fixtures/referee_score.py`, and held equal by a test) scores them:
- items: one-to-one greedy pairs by rapidfuzz token_set_ratio >= 85 on texts whose word
  counts differ by at most half; `items_typed` also needs the type;
- gradings: grade, subject (canonical body, fuzzily) and the historic flag;
- commitments: partial_ratio >= 80 on a predicted span at most about twice the sentence;
- status: each in-scope gold item of a response is looked up among the response's
  crosswalk rows by item text; a missing row is wrong; `status_balanced` is the mean of the
  per-status recalls, so answering "actioned" everywhere cannot pass it;
- unaddressed P/R/F1, doc_type and responding_body accuracy.
Every figure is given overall and per gold doc_type, because a genre the rules never saw
hides inside an average.
"""

from __future__ import annotations

import csv
import fcntl
import hashlib
import json
import os
import re
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from rapidfuzz import fuzz

ITEM_TEXT_THRESHOLD = 85.0
COMMITMENT_TEXT_THRESHOLD = 80.0
KINDS = ("items", "items_typed", "gradings", "commitments")
ALL = "ALL"
# Below `crosswalk eval --out`: each set's kept run, so a repeated evaluation is incremental.
EVAL_RUNS = "eval-runs"
# In a kept run's folder: the absolute path of the set it runs, so a set that is gone has its run removed.
SET_FILE = "evaluation-set.txt"

Row = dict[str, str]
Gold = dict[str, Any]


@dataclass(frozen=True)
class Score:
    """Matched, gold and predicted counts of one kind; P/R/F1 as the referee defines them."""

    tp: int
    fp: int
    fn: int
    untyped: int = 0

    @property
    def precision(self) -> float:
        predicted = self.tp + self.fp
        return self.tp / predicted if predicted else (1.0 if self.tp + self.fn == 0 else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.untyped + other.untyped)

    @classmethod
    def of(cls, matched: int, gold: int, predicted: int) -> Score:
        return cls(matched, predicted - matched, gold - matched)


def normalise(text: object) -> str:
    """rapidfuzz does no preprocessing since 3.0: fold case, quotes, bullets and spaces here."""
    text = "" if text is None else str(text)
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[\u2022\u25cf\u25aa\u2023\u2043\u00b7\uf0b7]", " ", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def _grade(text: object) -> str:
    return normalise(text).replace(" ", "_").replace("-", "_")


def _truthy(value: object) -> bool:
    return str(value).strip().lower() in {"true", "1", "yes", "y", "t"}


_SUBJECT_STOP = {"police", "constabulary", "the", "service", "force", "and", "fire", "rescue", "for", "of"}


def _subject_key(text: object) -> str:
    s = normalise(text)
    s = s.replace("regional organised crime unit", "rocu").replace("rocuwm", "rocu west midlands")
    s = s.replace("wmp", "west midlands").replace("for the west midlands", "west midlands")
    return " ".join(t for t in re.findall(r"[a-z0-9]+", s) if t not in _SUBJECT_STOP)


def same_subject(a: object, b: object) -> bool:
    """Two names of one body: "Kent Police" and "Kent" match, "Kent" and "Essex" do not."""
    ka, kb = _subject_key(a), _subject_key(b)
    if not ka or not kb:
        return False
    return ka == kb or (fuzz.token_set_ratio(ka, kb) >= 90 and fuzz.ratio(ka, kb) >= 70)


def comparable(a: str, b: str) -> bool:
    """Two texts the referee compares at all: neither empty, and neither with fewer than
    half the other's words (a fragment such as "the force should" is not the item that
    contains it, however much of it the item holds)."""
    if not a or not b:
        return False
    la, lb = len(a.split()), len(b.split())
    return min(la, lb) >= 0.5 * max(la, lb)


def text_similarity(a: str, b: str) -> float:
    """token_set_ratio (>= 85 is the same text), ties broken by plain ratio, 0 for texts
    that are not `comparable`."""
    if not comparable(a, b):
        return 0.0
    return fuzz.token_set_ratio(a, b) + fuzz.ratio(a, b) / 1000.0


def greedy_match(gold: Sequence[Any], predicted: Sequence[Any], score: Callable[[Any, Any], float],
                 cutoff: float) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index), best first, each side used once."""
    pairs = sorted(((s, g, p) for g, gold_row in enumerate(gold) for p, pred in enumerate(predicted)
                    if (s := score(gold_row, pred)) >= cutoff), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for _, g, p in pairs:
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            matched.append((g, p))
    return matched


def score_items(predicted: Sequence[Any], gold: Sequence[Any]) -> Score:
    """Items matched on text; tp counts those of the right type, `untyped` those of another."""
    pairs = greedy_match(gold, predicted,
                         lambda g, p: text_similarity(normalise(g["text"]), normalise(p.get("text"))),
                         ITEM_TEXT_THRESHOLD)
    typed = sum(1 for g, p in pairs if normalise(gold[g]["type"]) == normalise(predicted[p].get("type")))
    return Score(typed, len(predicted) - typed, len(gold) - typed, len(pairs) - typed)


def _grading_matches(g: Gold, p: Row) -> float:
    same = (_grade(g["grade"]) == _grade(p.get("grade")) and same_subject(g["subject"], p.get("subject"))
            and bool(g.get("historic")) == _truthy(p.get("historic")))
    return 100.0 if same else 0.0


def commitment_similarity(gold_text: str, text: str) -> float:
    """The referee's likeness of a predicted commitment to a gold one, both in normal form
    (`normalise`; `COMMITMENT_TEXT_THRESHOLD` or more is the same commitment): partial_ratio,
    0 for a span that is too short or runs past about twice the gold sentence. The one
    measure of it, for the scores and for the commitment model's training labels."""
    # a commitment is a sentence: a predicted span may hold the gold sentence, not a paragraph
    if not 20 <= len(text) <= 2 * len(gold_text) + 40:
        return 0.0
    return fuzz.partial_ratio(gold_text, text)


def _commitment_matches(g: Gold, p: Row) -> float:
    return commitment_similarity(normalise(g["text"]), normalise(p.get("text")))


def _read_csv(path: Path) -> list[Row]:
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def _by_doc(rows: Iterable[Row], key: str = "doc_id") -> dict[str, list[Row]]:
    grouped: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        value = row.get(key, "") or ""
        grouped[Path(value).name.rsplit(".", 1)[0] if "/" in value else value].append(row)
    return grouped


class GoldError(ValueError):
    """A gold file that cannot be read (permissions, a vanished share) or is no JSON: the
    user's to fix, named, and never mistaken for an output folder that cannot be written."""


def load_gold(gold_dir: Path) -> dict[str, Gold]:
    gold: dict[str, Gold] = {}
    for path in sorted(gold_dir.glob("*.json")):
        try:
            gold[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:  # ValueError: undecodable bytes, or no JSON
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise GoldError(f"the gold file {path} cannot be read ({reason}): make it readable or move it out of gold/.") from exc
    return gold


@dataclass
class _Tally:
    """Counts for one group of documents (a doc_type, or all of them)."""

    kinds: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0, 0] for k in (*KINDS, "unaddressed")})
    per_status: dict[str, list[int]] = field(default_factory=dict)
    meta: dict[str, list[int]] = field(default_factory=lambda: {"doc_type": [0, 0], "responding_body": [0, 0]})
    documents: int = 0

    def add(self, kind: str, matched: int, gold: int, predicted: int) -> None:
        counts = self.kinds[kind]
        counts[0] += matched
        counts[1] += gold
        counts[2] += predicted

    def status(self, want: str, got: str) -> None:
        counts = self.per_status.setdefault(want, [0, 0])
        counts[0] += got == want
        counts[1] += 1

    def rows(self, evaluation_set: str, group: str) -> list[dict[str, Any]]:
        rows = []
        for kind, (matched, gold, predicted) in self.kinds.items():
            s = Score.of(matched, gold, predicted)
            rows.append({"set": evaluation_set, "doc_type": group, "kind": kind, "documents": self.documents,
                         "matched": matched, "gold": gold, "predicted": predicted, "precision": round(s.precision, 4),
                         "recall": round(s.recall, 4), "f1": round(s.f1, 4), "accuracy": None})
        ok = sum(c[0] for c in self.per_status.values())
        n = sum(c[1] for c in self.per_status.values())
        balanced = (sum(c[0] / c[1] for c in self.per_status.values()) / len(self.per_status)
                    if self.per_status else None)
        accuracies: list[tuple[str, int, int, float | None]] = [
            ("status", ok, n, ok / n if n else None), ("status_balanced", ok, n, balanced),
            *((f"status={want}", c[0], c[1], c[0] / c[1]) for want, c in sorted(self.per_status.items())),
            *((name, c[0], c[1], c[0] / c[1] if c[1] else None) for name, c in self.meta.items()),
        ]
        for kind, right, total, value in accuracies:
            rows.append({"set": evaluation_set, "doc_type": group, "kind": kind, "documents": self.documents,
                         "matched": right, "gold": total, "predicted": None, "precision": None, "recall": None,
                         "f1": None, "accuracy": None if value is None else round(value, 4)})
        return rows


def score_outputs(gold: dict[str, Gold], out_dir: Path, evaluation_set: str = "") -> pd.DataFrame:
    """Score a `crosswalk run` output folder against gold: one row per (doc_type, figure),
    with doc_type `ALL` for the whole set."""
    items = _by_doc(_read_csv(out_dir / "items.csv"))
    gradings = _by_doc(_read_csv(out_dir / "gradings.csv"))
    commitments = _by_doc(_read_csv(out_dir / "commitments.csv"))
    crosswalk = _by_doc(_read_csv(out_dir / "crosswalk.csv"), "response_doc")
    documents = _by_doc(_read_csv(out_dir / "documents.csv"))
    every_item: dict[str, Gold] = {}
    quotations: dict[str, set[str]] = defaultdict(set)
    for labels in gold.values():
        for item in labels.get("items", []):
            every_item.setdefault(item["id"], item)
            quotations[item["id"]].add(normalise(item["text"]))
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    for doc, labels in gold.items():
        groups = (tallies[ALL], tallies[str(labels.get("doc_type"))])
        row = (documents.get(doc) or [{}])[0]
        gold_items, pred_items = labels.get("items", []), items.get(doc, [])
        item_score = score_items(pred_items, gold_items)
        gold_gradings, pred_gradings = labels.get("gradings", []), gradings.get(doc, [])
        matched_gradings = len(greedy_match(gold_gradings, pred_gradings, _grading_matches, 100.0))
        gold_commitments, pred_commitments = labels.get("commitments", []), commitments.get(doc, [])
        matched_commitments = len(greedy_match(gold_commitments, pred_commitments, _commitment_matches,
                                               COMMITMENT_TEXT_THRESHOLD))
        for tally in groups:
            tally.documents += 1
            tally.add("items", item_score.tp + item_score.untyped, len(gold_items), len(pred_items))
            tally.add("items_typed", item_score.tp, len(gold_items), len(pred_items))
            tally.add("gradings", matched_gradings, len(gold_gradings), len(pred_gradings))
            tally.add("commitments", matched_commitments, len(gold_commitments), len(pred_commitments))
            tally.meta["doc_type"][0] += normalise(labels.get("doc_type")) == normalise(row.get("doc_type"))
            tally.meta["doc_type"][1] += 1
            if labels.get("responding_body"):
                tally.meta["responding_body"][0] += same_subject(labels["responding_body"], row.get("responding_body"))
                tally.meta["responding_body"][1] += 1
        _score_statuses(labels, crosswalk.get(doc, []), every_item, quotations, groups)
    frames = [pd.DataFrame(tally.rows(evaluation_set, group)) for group, tally in
              sorted(tallies.items(), key=lambda kv: (kv[0] != ALL, kv[0]))]
    return pd.concat(frames, ignore_index=True)


def _score_statuses(labels: Gold, rows: list[Row], every_item: dict[str, Gold], quotations: dict[str, set[str]],
                    tallies: Sequence[_Tally]) -> None:
    """Status of each in-scope gold item of one response, from the crosswalk row whose item
    text best matches any quotation of the item; unaddressed P/R/F1 counted on the way."""
    expected = {a["item"]: a["status"] for a in labels.get("alignment", [])}
    unaddressed = set(labels.get("unaddressed", []))
    if not expected and not unaddressed:
        return
    known = dict(every_item)
    known.update({item["id"]: item for item in labels.get("items", [])})

    def texts(item_id: str) -> set[str]:
        return quotations.get(item_id) or {normalise(known[item_id]["text"])}

    def predicted_status(item_id: str) -> str:
        best, best_score = None, 0.0
        for row in rows:
            s = max(text_similarity(t, normalise(row.get("item_text"))) for t in texts(item_id))
            if s > best_score:
                best, best_score = row, s
        return normalise(best.get("status")) if best is not None and best_score >= ITEM_TEXT_THRESHOLD else "missing"

    predicted_unaddressed = set()
    in_scope = [i for i in sorted(set(expected) | unaddressed) if i in known]
    for item_id in in_scope:
        want = "unaddressed" if item_id in unaddressed else expected[item_id]
        got = predicted_status(item_id)
        for tally in tallies:
            tally.status(want, got)
        if got == "unaddressed":
            predicted_unaddressed.add(item_id)
    # predicted unaddressed rows that match no in-scope gold item are false positives
    extra = sum(1 for row in rows if normalise(row.get("status")) == "unaddressed" and not any(
        text_similarity(t, normalise(row.get("item_text"))) >= ITEM_TEXT_THRESHOLD
        for i in in_scope for t in texts(i)))
    for tally in tallies:
        tally.add("unaddressed", len(predicted_unaddressed & unaddressed), len(unaddressed),
                  len(predicted_unaddressed) + extra)


@dataclass(frozen=True)
class EvaluationSet:
    """Documents with gold labels, and where the labels are."""

    name: str
    gold_dir: Path
    documents: tuple[Path, ...]


def evaluation_sets(folder: Path) -> list[EvaluationSet]:
    """`folder` and every folder below it that holds a `gold/` folder, as evaluation sets.

    A set's documents are the files beside `gold/` (or in `docs/`) whose stem has a gold
    file; a gold file without its document is an error, not a silent zero."""
    sets = []
    for gold_dir in sorted(p for p in folder.rglob("gold") if p.is_dir()):
        if documents := gold_documents(gold_dir):
            sets.append(EvaluationSet(str(gold_dir.parent), gold_dir, documents))
    return sets


def gold_documents(gold_dir: Path) -> tuple[Path, ...]:
    """The documents a `gold/` folder labels: the files beside it (or in `docs/` beside
    it) whose stem has a gold file, sorted. A gold file without its document raises
    FileNotFoundError naming it."""
    home = gold_dir.parent
    source = home / "docs" if (home / "docs").is_dir() else home
    stems = {p.stem for p in gold_dir.glob("*.json")}
    documents = tuple(sorted(p for p in source.iterdir() if p.is_file() and p.stem in stems))
    missing = stems - {p.stem for p in documents}
    if missing:
        raise FileNotFoundError(f"{gold_dir}: gold without a document: {', '.join(sorted(missing))}")
    return documents


def address_manifest(evaluation_set: EvaluationSet, folder: Path) -> Path | None:
    """A manifest (path, address) of the addresses the set's own index tables declare, in
    `folder`; None when they declare none. The set's documents are run as files, whose
    root is their own folder, so an index kept beside `docs/` (the dev set's layout) would
    not reach them: `crosswalk run` on the set's folder reads it, and the evaluation must
    score what that run writes."""
    from crosswalk.align.declared import index_address

    home = evaluation_set.gold_dir.parent
    rows = [(path.resolve(), address) for path in evaluation_set.documents
            if (address := index_address(path, home)) is not None]
    if not rows:
        return None
    manifest = folder / "addresses.csv"
    with manifest.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("path", "address"))
        writer.writerows((str(path), address) for path, address in rows)
    return manifest


def evaluate_set(evaluation_set: EvaluationSet, jobs: int | None = None, addresses: bool = False,
                 runs: Path | None = None) -> pd.DataFrame:
    """Run the set's documents and score the written tables. By default the documents are
    run as bare files, from their text alone, as the project's referee runs them (its run
    of a `docs/` folder never sees an index kept beside it); with `addresses`, as
    `crosswalk run` on the set's folder runs them, with the public addresses its index
    tables declare. The two differ only in what the address supplies (body, and through it
    doc_type and gradings' subjects), so both figures can be reported honestly.

    With `runs`, the set is run into a folder of its own below it (`run_folder`), kept
    between evaluations: the run is incremental like any other, so an evaluation of
    unchanged documents by unchanged code reads the cached results (the catalogue's
    version covers code, patterns, libraries and declared address) and takes seconds
    instead of a fresh run of every document. The tables are scored before the run lets go
    of the folder, so two evaluations at once on one --out each score a run of their own."""
    from crosswalk.batch.runner import run_batch

    with ExitStack() as scratch:  # a temporary folder only for what is not kept
        if runs is None:
            out = Path(scratch.enter_context(tempfile.TemporaryDirectory(prefix="crosswalk-eval-")))
        else:
            out = run_folder(runs, evaluation_set, addresses)
        manifest = address_manifest(evaluation_set, Path(scratch.enter_context(
            tempfile.TemporaryDirectory(prefix="crosswalk-eval-manifest-")))) if addresses else None
        scores: list[pd.DataFrame] = []

        def name_the_set() -> None:  # under the run's lock: no evaluation removes the kept folder meanwhile
            if runs is not None:
                (out / SET_FILE).write_text(_absolute(evaluation_set.name).as_posix(), encoding="utf-8")

        def score() -> None:  # under the run's lock: a second evaluation on the kept folder waits
            gold = load_gold(evaluation_set.gold_dir)
            scores.extend((score_outputs(gold, out, evaluation_set.name), score_passages(gold, out, evaluation_set.name)))

        # by absolute path: a kept run knows a document by its path, and would process every
        # document again when the corpus is named relative one time and absolute the next
        run_batch([_absolute(p) for p in evaluation_set.documents], out, jobs=jobs, manifest=manifest, reading=score,
                  locked=name_the_set)
        return pd.concat(scores, ignore_index=True)


def run_folder(runs: Path, evaluation_set: EvaluationSet, addresses: bool) -> Path:
    """Where a set's kept run lives: one folder per set and per way of running it, so a
    text-alone evaluation and one with addresses never re-process each other's documents.
    The set is named by its absolute path, as its documents are run, so a relative and an
    absolute name of one corpus share the folder and its cached results. The readable part
    of the name flattens the path ("/a/b-c" and "/a/b/c" read alike), so a short digest of the
    path itself keeps two sets from sharing a folder and re-processing each other's documents."""
    path = _absolute(evaluation_set.name).as_posix()
    name = re.sub(r"[^A-Za-z0-9]+", "-", path).strip("-")
    digest = hashlib.sha256(path.encode("utf-8")).hexdigest()[:8]
    return runs / ("addresses" if addresses else "text") / f"{name}-{digest}"


def remove_stale_runs(runs: Path, root: Path, sets: Sequence[EvaluationSet]) -> list[Path]:
    """Remove the kept runs of sets below `root` that are sets no longer (their gold/ or their
    folder removed or moved), found by the set's path each kept run names (`SET_FILE`), and
    return their folders. Only below `root`: another corpus evaluated into the same --out
    keeps its runs. A set the evaluation did not find is gone only when its folder holds no
    gold/ any more: the search for sets does not follow a linked folder ("corpus/real" a link,
    evaluated on its own before), whose set is still there. A kept run another evaluation holds
    locked is left alone, and so is one whose lock file is no longer the one locked (another
    evaluation removed the folder and a run made it anew meanwhile) or whose set has its gold
    again by the time the lock is taken. Runs kept before `SET_FILE` was written name no set
    and stay (removing eval-runs/ clears them)."""
    from crosswalk.batch.runner import LOCK_FILE, still_there

    top, current = _absolute(root), {_absolute(s.name) for s in sets}
    removed = []
    for named in sorted(runs.glob(f"*/*/{SET_FILE}")):
        try:
            path = Path(named.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if path in current or not path.is_relative_to(top) or (path / "gold").is_dir():
            continue
        folder = named.parent
        try:
            lock = open(folder / LOCK_FILE, "a+b")
        except FileNotFoundError:
            continue  # another evaluation removed the folder since it was listed
        with lock:
            try:
                fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue
            if not still_there(lock, folder / LOCK_FILE) or (path / "gold").is_dir():
                continue  # removed (and perhaps made anew by a run) since it was opened, or its set is back
            shutil.rmtree(folder)
        removed.append(folder)
    return removed


def _absolute(path: Path | str) -> Path:
    """`path` from the root, ".." folded but links left as they are: a linked document
    stays the error it is in any run, and a set's folder keeps the name it is given."""
    return Path(os.path.abspath(path))


def score_passages(gold: dict[str, Gold], out_dir: Path, evaluation_set: str = "") -> pd.DataFrame:
    """The passage as its own figure (not the referee's): of the gold alignments, how many
    have a predicted passage that starts in the paragraph (block) where the gold passage
    starts. The crosswalk row is found as the status is (by item text); a missing row or
    passage is a miss. A right status from the wrong passage is luck."""
    from crosswalk.batch.catalogue import Catalogue
    from crosswalk.batch.runner import CATALOGUE
    from crosswalk.batch.serialise import load_document

    crosswalk = _by_doc(_read_csv(out_dir / "crosswalk.csv"), "response_doc")
    quotations: dict[str, set[str]] = defaultdict(set)
    for labels in gold.values():
        for item in labels.get("items", []):
            quotations[item["id"]].add(normalise(item["text"]))
    hits = total = 0
    with Catalogue(out_dir / CATALOGUE) as catalogue:
        for doc, labels in gold.items():
            answers = labels.get("alignment", [])
            if not answers:
                continue
            payload = catalogue.payload(doc, "document")
            document = load_document(payload) if payload else None
            rows = crosswalk.get(doc, [])
            for answer in answers:
                total += 1
                texts = quotations.get(answer["item"], set())
                best = max(rows, default=None, key=lambda r: max((text_similarity(t, normalise(r.get("item_text")))
                                                                  for t in texts), default=0.0))
                if document is None or best is None or not best.get("passage_start"):
                    continue
                if max((text_similarity(t, normalise(best.get("item_text"))) for t in texts), default=0.0) < ITEM_TEXT_THRESHOLD:
                    continue
                words = re.split(r"[\s\u2022\u25cf\u25aa\u2023\u00b7]+", answer["passage"].strip())  # glyphs dropped
                quote = re.search(r"\s+".join(map(re.escape, words)), document.text)
                block = next((b for b in document.blocks if quote and b.start <= quote.start() < b.end), None)
                start = int(float(best["passage_start"]))
                hits += block is not None and block.start <= start < block.end
    return pd.DataFrame([{"set": evaluation_set, "doc_type": ALL, "kind": "passage", "documents": len(gold),
                          "matched": hits, "gold": total, "predicted": None, "precision": None, "recall": None,
                          "f1": None, "accuracy": round(hits / total, 4) if total else None}])


def evaluate_corpus(folder: Path, jobs: int | None = None, addresses: bool = False,
                    runs: Path | None = None) -> pd.DataFrame:
    """Every evaluation set in `folder` (itself included), scored; see `evaluation_sets`
    and, for `addresses` and `runs`, `evaluate_set`."""
    sets = evaluation_sets(folder)
    if not sets:
        raise FileNotFoundError(f"{folder}: no gold labels (a gold/ folder of JSON files) here or below")
    if runs is not None:
        remove_stale_runs(runs, folder, sets)
    return pd.concat([evaluate_set(s, jobs, addresses, runs) for s in sets], ignore_index=True)


PER_TYPE_KINDS = ("items", "items_typed", "gradings", "commitments")
PER_TYPE_ACCURACIES = ("status", "status_balanced", "doc_type", "responding_body")


def as_markdown(scores: pd.DataFrame) -> str:
    """Per evaluation set, a table with a row per doc_type (ALL first): F1 of each kind of
    extraction and the accuracies, as the README shows them."""
    headers = ("doc_type", "docs", "items F1", "typed F1", "gradings F1", "commitments F1", "status",
               "balanced", "doc_type", "body")
    lines: list[str] = []
    for name, rows in scores.groupby("set", sort=False):
        lines += [f"**{name}**", "", "| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
        for doc_type, group in rows.groupby("doc_type", sort=False):
            by_kind = group.set_index("kind")
            cells = [str(doc_type), str(int(group["documents"].iloc[0]))]
            for kind in (*PER_TYPE_KINDS, *PER_TYPE_ACCURACIES):
                row = by_kind.loc[kind]
                value = row["f1"] if kind in PER_TYPE_KINDS else row["accuracy"]
                empty = not row["gold"] and not (row["predicted"] or 0)
                cells.append("–" if empty or value is None or value != value else f"{value:.2f}")
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines)
