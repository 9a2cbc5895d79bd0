"""CSV cells that a spreadsheet would run as formulas are neutralised."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from crosswalk.export.write_tables import atomic_file, neutralise, write_csv

PAYLOADS = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]


def test_formula_cells_are_prefixed_and_others_kept(tmp_path: Path) -> None:
    frame = pd.DataFrame({"text": [*PAYLOADS, "plain – text", "3-2"], "n": list(range(8))})
    path = tmp_path / "t.csv"
    write_csv(frame, path)
    back = pd.read_csv(path, keep_default_na=False)
    assert list(back["text"][: len(PAYLOADS)]) == ["'" + p if p[0] not in "\t\r" else "'" + p for p in PAYLOADS]
    assert list(back["text"][len(PAYLOADS) :]) == ["plain – text", "3-2"]
    assert list(back["n"]) == list(range(8))


def test_neutralise_leaves_numbers_alone() -> None:
    assert neutralise(-5) == -5 and neutralise("-5") == "'-5"


def test_an_unchanged_table_is_left_in_place_and_a_changed_one_replaced(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    write_csv(pd.DataFrame({"text": ["=1", "a"]}), path)
    first = path.stat()
    write_csv(pd.DataFrame({"text": ["=1", "a"]}), path)  # the same bytes
    assert (path.stat().st_ino, path.stat().st_mtime_ns) == (first.st_ino, first.st_mtime_ns)
    write_csv(pd.DataFrame({"text": ["=1", "b"]}), path)  # the same length, other bytes
    assert path.stat().st_ino != first.st_ino
    assert pd.read_csv(path)["text"].tolist() == ["'=1", "b"]
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]


def test_a_write_that_fails_leaves_the_previous_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(b"previous")
    with pytest.raises(RuntimeError), atomic_file(path) as handle:
        handle.write(b"previous")  # the same bytes so far, but the block does not finish
        raise RuntimeError("stopped")
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]
