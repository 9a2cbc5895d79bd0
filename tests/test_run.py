"""A batch writes one documents.csv row per input file, readable or not."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from crosswalk.batch.runner import run
from tests.conftest import CORPUS, SAMPLES, copy_samples


def test_every_input_file_gets_one_documents_row(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    copy_samples(inputs)
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "junk.pdf").write_bytes(b"\x00\x01garbage" * 100)
    (inputs / "scan.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    out = tmp_path / "out"
    run([inputs], out)
    documents = pd.read_csv(out / "documents.csv")
    errors = pd.read_csv(out / "errors.csv")
    assert sorted(documents["doc_id"]) == sorted([*SAMPLES, "empty", "junk", "scan"])
    assert set(documents.loc[documents["status"] == "error", "doc_id"]) == {"empty", "junk", "scan"}
    assert dict(zip(errors["doc_id"], errors["error_type"])) == {
        "empty": "empty_file", "junk": "corrupt_pdf", "scan": "unsupported_format",
    }
    assert (out / "documents.csv").read_bytes().startswith(b"\xef\xbb\xbf")
