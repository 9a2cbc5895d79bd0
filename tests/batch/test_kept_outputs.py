"""Outputs whose inputs did not change are kept without being built (`crosswalk.batch.kept`),
and every output whose inputs changed, or whose file no longer holds what was written, is
built again: an incremental run's folder reads exactly as a fresh run's."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from crosswalk.batch import kept
from crosswalk.batch.runner import load_tables, run_batch
from crosswalk.export import report
from tests.batch.conftest import edit_letter
from tests.conftest import REAL

RESPONSE = "warwickshire-pcc-response-soc-2024.txt"  # one of the three responses to the SOC inspection
# Two real documents about inspections the samples are not about: a press article, whose
# inspection's blank columns already make the aligned tables' dtypes object, and a PCC's
# response, whose rows take dtypes no other inspection's do (a shape of their own).
PRESS, OTHER_RESPONSE = "gB_press_fsmatters_frs2019_tranche3.txt", "gA_resp_westmercia_pcc_digitalforensics2023.txt"
OTHER_PRESS = "gD_press_policeprofessional_glos_engage_exit2023.txt"  # like PRESS, an inspection without crosswalk rows


def _files(out: Path) -> dict[str, bytes]:
    """Every table and page of a run's folder, by its path there."""
    files = [*out.glob("*.csv"), out / "report.html", *(out / "report").glob("*.html")]
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in files}


def _same_folders(out: Path, fresh: Path) -> None:
    assert _files(out) == _files(fresh)
    kept, written = load_tables(out), load_tables(fresh)
    assert kept.keys() == written.keys()
    for name, frame in written.items():  # the SQL mirrors too
        pd.testing.assert_frame_equal(kept[name], frame, check_dtype=False)


def _fresh(corpus: Path, tmp_path: Path, name: str) -> Path:
    fresh = tmp_path / name
    run_batch([corpus], fresh, jobs=1)
    return fresh


def _pages_built(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the inspection pages the runs after this call build (a kept page is never
    built: the real page class, counted as it is made)."""
    built: list[str] = []

    class Counted(report._InspectionPage):
        def __init__(self, source: Any, name: str, *args: Any) -> None:
            built.append(name)
            super().__init__(source, name, *args)

    monkeypatch.setattr(report, "_InspectionPage", Counted)
    return built


def test_removing_and_adding_a_response_writes_what_a_fresh_run_writes(corpus: Path, tmp_path: Path) -> None:
    """The response taken away moves the crosswalk's row numbers after its own, which the
    other inspection's page shows; every table changes but the documentless ones."""
    out = tmp_path / "out"
    run_batch([corpus], out, jobs=1)
    first = _files(out)
    held = tmp_path / RESPONSE
    shutil.move(corpus / RESPONSE, held)
    run_batch([corpus], out, jobs=1)
    _same_folders(out, _fresh(corpus, tmp_path, "without"))
    shutil.move(held, corpus / RESPONSE)
    run_batch([corpus], out, jobs=1)
    assert _files(out) == first


def test_a_damaged_output_is_written_again_though_its_inputs_did_not_change(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([corpus], out, jobs=1)
    pages = sorted((out / "report").glob("*.html"))
    assert len(pages) == 2
    for damaged in (*pages, out / "register.csv", out / "gradings.csv"):
        damaged.write_bytes(damaged.read_bytes()[:-10])
    (out / "items.csv").unlink()
    edit_letter(corpus)  # something changes, so the run writes
    run_batch([corpus], out, jobs=1)
    _same_folders(out, _fresh(corpus, tmp_path, "fresh"))


def test_a_page_whose_inputs_did_not_change_is_not_built_again(corpus: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The letter edited answers the SOC inspection: the PEEL monitoring page is kept."""
    out = tmp_path / "out"
    run_batch([corpus], out, jobs=1)
    built = _pages_built(monkeypatch)
    edit_letter(corpus)
    run_batch([corpus], out, jobs=1)
    assert len(built) == 1 and "PEEL" not in built[0].upper()
    _same_folders(out, _fresh(corpus, tmp_path, "fresh"))


def test_after_a_fresh_run_pages_a_change_leaves_alone_are_kept(corpus: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """`make run`, then a response taken away that no page shows and that changes no
    table's dtypes: every page is kept. A page's digest held the whole tables' dtypes
    shape by shape, so a shape that came or went anywhere made every page's digest new."""
    for name in (PRESS, OTHER_RESPONSE):
        shutil.copy(REAL / "docs" / name, corpus / name)
    out = tmp_path / "out"
    run_batch([corpus], out, jobs=1)
    built = _pages_built(monkeypatch)
    (corpus / OTHER_RESPONSE).unlink()
    run_batch([corpus], out, jobs=1)
    assert built == []
    _same_folders(out, _fresh(corpus, tmp_path, "fresh"))


def test_an_inspection_without_rows_added_keeps_the_tables_it_adds_no_row_to(corpus: Path, tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A press article whose inspection has no crosswalk row: the crosswalk, unaddressed
    and compliance files would be written with the same bytes, so they are kept (each
    unit used to leave a mark in the rows' digest, rows or none)."""
    shutil.copy(REAL / "docs" / PRESS, corpus / PRESS)
    out = tmp_path / "out"
    run_batch([corpus], out, jobs=1)
    written: list[str] = []
    wrote = kept.KeptOutputs.wrote

    def counted(self: kept.KeptOutputs, name: str, digest: str, charts: Any = ()) -> None:
        written.append(name)
        wrote(self, name, digest, charts)

    monkeypatch.setattr(kept.KeptOutputs, "wrote", counted)
    shutil.copy(REAL / "docs" / OTHER_PRESS, corpus / OTHER_PRESS)
    run_batch([corpus], out, jobs=1)
    assert not {"crosswalk.csv", "unaddressed.csv", "compliance.csv"} & set(written)
    assert "register.csv" in written
    _same_folders(out, _fresh(corpus, tmp_path, "fresh"))
