"""CSV cells that a spreadsheet would run as formulas are neutralised."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from crosswalk.export.write_tables import neutralise, write_csv

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
