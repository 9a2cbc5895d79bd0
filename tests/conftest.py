"""Shared fixtures: the sample corpus and its gold labels."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    import pandas as pd

    from crosswalk.model import Document

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
GOLD = CORPUS / "gold"
SAMPLES = sorted(p.stem for p in CORPUS.glob("*.txt"))
REAL = CORPUS / "real"
REAL_PDFS = CORPUS / "realpdf"


def copy_samples(destination: Path) -> Path:
    """A writable copy of the five samples with their gold, without the real evaluation corpus."""
    shutil.copytree(CORPUS, destination, ignore=shutil.ignore_patterns(REAL.name, REAL_PDFS.name))
    return destination


def sample_text(stem: str) -> str:
    return (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")


def gold(stem: str) -> dict:
    return json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))


@pytest.fixture(params=SAMPLES)
def sample(request: pytest.FixtureRequest) -> str:
    return request.param


def ingest_text(text: str, doc_id: str = "variant", address: str | None = None) -> Document:
    """A text written in a test, ingested as a run reads a plain-text file `doc_id`.txt (at
    its public `address` when one is given)."""
    from crosswalk.ingest import ingest_bytes

    return ingest_bytes(text.encode("utf-8"), doc_id, f"{doc_id}.txt", ".txt", address=address)


def extract_text(text: str, doc_id: str = "variant"):
    """Ingest and extract a text written in a test, through the real pipeline."""
    from crosswalk.extraction.extract import extract_document

    return extract_document(ingest_text(text, doc_id))


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
            preexec: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    """The command line (`python -m crosswalk.cli ARGS`) in a process of its own, as a user
    runs it: its exit status and what it printed, for the tests of what a run refuses,
    reports and survives."""
    return subprocess.run([sys.executable, "-m", "crosswalk.cli", *args], capture_output=True, text=True,
                          timeout=300, cwd=cwd, env=env, preexec_fn=preexec)


@pytest.fixture
def cue_doc_types(monkeypatch: pytest.MonkeyPatch) -> None:
    """Type a test's text by the cue rules (patterns/doc_types.json), the type where no
    learned model ships. For tests of other stages on invented texts of a few lines: the
    shipped `doc_type` model reads page openings of real documents (tests/ingest/
    test_doc_type.py) and is unsure or wrong on a dozen invented lines, which would test
    the model, not the stage."""
    from crosswalk.ingest import doc_type
    monkeypatch.setattr(doc_type, "LEARNED_MODEL", "no_such_model")


def refuse_reading(monkeypatch: pytest.MonkeyPatch, refused: Path) -> None:
    """The operating system refusing to read one file (permissions, a vanished network
    share), as `Path.read_text` reports it: run as root, permissions refuse nothing, so the
    system's read is made to refuse it. Every other file reads as before."""
    read_text = Path.read_text

    def refuse(path: Path, *args: object, **kwargs: object) -> str:
        if path == refused:
            raise PermissionError(13, "Permission denied", str(path))
        return read_text(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", refuse)


def figure(scores: pd.DataFrame, kind: str, column: str = "f1", doc_type: str | None = None,
           evaluation_set: str | None = None) -> float:
    """One figure from `evaluate_corpus`'s table (every doc_type unless one is named; first set
    unless named): the evaluation tests and the rendered-corpus tests read their floors so."""
    from crosswalk.evaluate import ALL

    rows = scores[(scores["kind"] == kind) & (scores["doc_type"] == (doc_type or ALL))]
    if evaluation_set is not None:
        rows = rows[rows["set"] == evaluation_set]
    return float(rows.iloc[0][column])
