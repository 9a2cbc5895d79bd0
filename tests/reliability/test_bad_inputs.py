"""Every bad file gets a documents row with a status and an errors row with a reason,
and the batch completes."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import run_cli
from tests.fixtures.bad_inputs import build_bad_inputs


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:
    folder = tmp_path_factory.mktemp("bad")
    expected = build_bad_inputs(folder / "in")
    return expected, folder


def test_every_bad_file_has_a_status_and_a_reason(batch: tuple[dict, Path]) -> None:
    expected, folder = batch
    out = folder / "out"
    result = run_cli("run", str(folder / "in"), "--out", str(out), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    documents = pd.read_csv(out / "documents.csv").set_index("doc_id")
    errors = pd.read_csv(out / "errors.csv")
    assert sorted(documents.index) == sorted(expected)
    assert {d: documents.loc[d, "status"] for d in expected} == {d: s for d, (s, _) in expected.items()}
    typed = dict(zip(errors.loc[errors["severity"] == "error", "doc_id"], errors.loc[errors["severity"] == "error", "error_type"]))
    assert typed == {d: t for d, (s, t) in expected.items() if s == "error"}
    reasons = errors.groupby("doc_id")["message"].apply(list).to_dict()
    assert all(reasons.get(d) for d, (s, _) in expected.items() if s != "ok")


def test_strict_exit_status_reports_failures(batch: tuple[dict, Path]) -> None:
    _, folder = batch
    result = run_cli("run", str(folder / "in"), "--out", str(folder / "strict"), "--strict", "--jobs", "2")
    assert result.returncode == 1


def test_script_payloads_never_reach_the_text(batch: tuple[dict, Path]) -> None:
    from crosswalk.ingest import ingest_file

    expected, folder = batch
    document = ingest_file(folder / "in" / "script.html").document
    assert document is not None
    assert "Kent Police should improve its plans." in document.text
    assert not any(marker in document.text for marker in ("alert(", "fetch(", "onerror", "document.cookie"))
