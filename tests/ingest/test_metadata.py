"""Metadata is read from the text, never the file name."""

from __future__ import annotations

import shutil
from pathlib import Path

from crosswalk.ingest import ingest_file
from tests.conftest import CORPUS, gold


def test_metadata_matches_gold_whatever_the_file_name(sample: str, tmp_path: Path) -> None:
    renamed = tmp_path / "download (3).txt"
    shutil.copy(CORPUS / f"{sample}.txt", renamed)
    doc = ingest_file(renamed).document
    expected = gold(sample)
    assert doc is not None
    assert (doc.doc_type, doc.date, doc.author) == (expected["doc_type"], expected["date"], expected["author"])
    assert doc.responding_body == expected["responding_body"]


def test_inspection_title_is_recovered_as_written(sample: str) -> None:
    doc = ingest_file(CORPUS / f"{sample}.txt").document
    assert doc is not None
    assert doc.inspection == gold(sample)["inspection"]


def test_block_offsets_point_into_the_text(sample: str) -> None:
    doc = ingest_file(CORPUS / f"{sample}.txt").document
    assert doc is not None
    for span in doc.blocks:
        block = doc.text[span.start : span.end]
        assert block and block == block.strip()
    assert doc.text.count("\n\n") >= len(doc.blocks) - 1
