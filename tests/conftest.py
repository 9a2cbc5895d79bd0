"""Shared fixtures: the sample corpus and its gold labels."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

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


def extract_text(text: str, doc_id: str = "variant"):
    """Ingest and extract a text written in a test, through the real pipeline."""
    from crosswalk.extraction import extract_document
    from crosswalk.ingest import ingest_bytes

    return extract_document(ingest_bytes(text.encode("utf-8"), doc_id, f"{doc_id}.txt", ".txt"))


@pytest.fixture
def cue_doc_types(monkeypatch: pytest.MonkeyPatch) -> None:
    """Type a test's text by the cue rules (patterns/doc_types.json), the type where no
    learned model ships. For tests of other stages on invented texts of a few lines: the
    shipped `doc_type` model reads page openings of real documents (tests/ingest/
    test_doc_type.py) and is unsure or wrong on a dozen invented lines, which would test
    the model, not the stage."""
    from crosswalk.ingest import metadata
    monkeypatch.setattr(metadata, "LEARNED_MODEL", "no_such_model")


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
