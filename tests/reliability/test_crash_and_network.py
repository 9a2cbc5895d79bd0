"""A run killed with SIGKILL resumes without losing or duplicating anything, and the
pipeline never opens a network connection."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from crosswalk.batch.runner import run_batch
from tests.conftest import CORPUS, SAMPLES, copy_samples


def make_corpus(folder: Path, copies: int) -> list[str]:
    folder.mkdir(parents=True)
    ids = []
    for n in range(copies):
        for sample in SAMPLES:
            text = (CORPUS / f"{sample}.txt").read_text(encoding="utf-8")
            (folder / f"{sample}-{n}.txt").write_text(f"{text}\n\nCopy {n}.\n", encoding="utf-8")
            ids.append(f"{sample}-{n}")
    return ids


def stored(catalogue: Path) -> int:
    try:
        with sqlite3.connect(catalogue, timeout=5) as db:
            return db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_sigkill_mid_batch_then_rerun_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    ids = make_corpus(tmp_path / "in", copies=8)
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "crosswalk.cli", "run", str(tmp_path / "in"), "--out", str(out),
                                "--jobs", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    deadline = time.monotonic() + 600  # a loaded machine can take minutes to start spaCy and store five
    while stored(out / "catalogue.sqlite") < 5 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    before = stored(out / "catalogue.sqlite")
    assert 5 <= before < len(ids), "the kill must land mid-batch"
    with sqlite3.connect(out / "catalogue.sqlite") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    summary = run_batch([tmp_path / "in"], out, jobs=2)
    assert (summary.processed, summary.reused) == (len(ids) - before, before)
    documents = pd.read_csv(out / "documents.csv")
    assert sorted(documents["doc_id"]) == sorted(ids) and documents["doc_id"].is_unique
    assert set(documents["status"]) == {"ok"}
    items = pd.read_csv(out / "items.csv")
    assert items.groupby("doc_id").size().to_dict() == {d: n for d, n in items.groupby("doc_id").size().items()}
    assert not items.duplicated(["doc_id", "item_id"]).any()


def test_whole_pipeline_runs_with_sockets_disabled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network disabled by the test")

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    copy_samples(tmp_path / "in")
    from tests.fixtures.render_html import render_html
    from tests.fixtures.render_pdf import render_pdf

    text = (CORPUS / "west-mercia-pcc-response-soc-2024.txt").read_text(encoding="utf-8")
    render_pdf(text, tmp_path / "in" / "letter.pdf", table=True)
    render_html(text, tmp_path / "in" / "page.html")
    summary = run_batch([tmp_path / "in"], tmp_path / "out", jobs=2)
    assert (summary.errors, attempts) == (0, [])
    assert summary.documents == len(SAMPLES) + 2
