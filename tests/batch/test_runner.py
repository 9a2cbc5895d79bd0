"""Incremental batch runs over real files, with the catalogue on disk."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from crosswalk import export
from crosswalk.batch.runner import run_batch
from crosswalk.export import TABLE_NAMES
from tests.batch.conftest import edit_letter
from tests.conftest import SAMPLES


def test_second_run_processes_nothing_and_leaves_outputs_alone(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_batch([corpus], out, jobs=2)
    stamp = (out / "crosswalk.csv").stat().st_mtime_ns
    second = run_batch([corpus], out, jobs=2)
    assert (first.processed, second.processed, second.reused) == (len(SAMPLES), 0, len(SAMPLES))
    assert not second.outputs_written and (out / "crosswalk.csv").stat().st_mtime_ns == stamp


def test_changing_one_file_reprocesses_only_it_and_its_inspection(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([corpus], out, jobs=2)
    edit_letter(corpus)
    again = run_batch([corpus], out, jobs=2)
    assert (again.processed, again.reused, again.inspections_aligned) == (1, len(SAMPLES) - 1, 1)
    commitments = pd.read_csv(out / "commitments.csv")
    assert "The force will report progress in October 2024." in set(commitments["text"])


def test_force_reprocesses_everything(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([corpus], out, jobs=2)
    assert run_batch([corpus], out, jobs=2, force=True).processed == len(SAMPLES)


def test_removed_file_leaves_every_table(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([corpus], out, jobs=2)
    (corpus / "express-and-star-west-mercia-soc-2024.txt").unlink()
    run_batch([corpus], out, jobs=2)
    for name in ("documents", "items", "commitments"):
        assert "express-and-star-west-mercia-soc-2024" not in set(pd.read_csv(out / f"{name}.csv")["doc_id"])


def test_tables_are_in_the_catalogue_for_sql(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = run_batch([corpus], out, jobs=2)
    with sqlite3.connect(out / "catalogue.sqlite") as db:
        (count,) = db.execute("SELECT COUNT(*) FROM out_crosswalk WHERE status = 'unaddressed'").fetchone()
        (docs,) = db.execute("SELECT COUNT(*) FROM documents WHERE status = 'ok'").fetchone()
    assert (count, docs) == (summary.unaddressed, len(SAMPLES))


def test_parallel_and_serial_runs_agree(corpus: Path) -> None:
    serial = run_batch([corpus], None, jobs=1).tables
    parallel = run_batch([corpus], None, jobs=2).tables
    for name in ("items", "crosswalk", "commitments"):
        pd.testing.assert_frame_equal(serial[name], parallel[name])


def test_csv_opens_in_excel_and_pandas(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([corpus], out, jobs=2)
    raw = (out / "items.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "’".encode() in raw
    assert list(pd.read_csv(out / "items.csv").columns)[:3] == ["doc_id", "item_id", "type"]


def test_parquet_is_written_or_refused_clearly(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        with pytest.raises(RuntimeError, match="pyarrow"):
            run_batch([corpus], tmp_path / "out", jobs=2, fmt="parquet")
        assert not (tmp_path / "out").exists()  # refused before any work
        return
    monkeypatch.setattr(export, "CHUNK_ROWS", 7)  # the tables are written in several chunks
    run_batch([corpus], tmp_path / "out", jobs=2, fmt="parquet")
    tables = run_batch([corpus], None, jobs=2).tables
    for name in TABLE_NAMES:  # what the streamed file holds is what the whole table's would
        whole = tmp_path / f"{name}.whole.parquet"
        tables[name].to_parquet(whole, index=False)
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "out" / f"{name}.parquet"), pd.read_parquet(whole))
    assert len(tables["items"]) > 7


def test_python_api_returns_dataframes(corpus: Path) -> None:
    from crosswalk import extract, run

    tables = run(corpus)
    found = extract(corpus / "west-mercia-pcc-response-soc-2024.txt")
    assert isinstance(tables["crosswalk"], pd.DataFrame) and len(tables["crosswalk"]) > 0
    assert set(found) == {"items", "gradings", "commitments"} and len(found["items"]) == 16


def test_each_document_keeps_the_key_it_was_processed_with(corpus: Path, tmp_path: Path) -> None:
    """A document's inspection key is read once, where it is processed, and stored beside
    it: a run reads every document's key, and an incremental run has most from earlier runs."""
    from crosswalk.align.link_keys import document_key
    from crosswalk.batch.serialise import load_document, load_extracted, load_key
    from crosswalk.discover import CATALOGUE_NAME

    out = tmp_path / "out"
    run_batch([corpus], out, jobs=2)
    with sqlite3.connect(out / CATALOGUE_NAME) as db:
        rows = db.execute("SELECT document, extracted, link_key FROM documents WHERE status = 'ok'").fetchall()
    assert len(rows) == len(SAMPLES) and all(key is not None for _, _, key in rows)
    keys = [load_key(key) for _, _, key in rows]
    assert keys == [document_key(load_document(d), load_extracted(e)) for d, e, _ in rows]
    assert any(key is not None and key.years for key in keys)


def test_a_key_is_stored_and_read_back_whole() -> None:
    from crosswalk.align.link_keys import LinkKey
    from crosswalk.batch.serialise import dump_key, load_key

    key = LinkKey("response", "fire", "Exshire", frozenset({"culture", "peel"}), frozenset({2031, 2030}), open_items=True,
                  pool=frozenset({("thematic", "fire", "culture", "2031"), ("deadline", "fire", "1 june 2031")}),
                  span_ends=frozenset({2031}))
    assert load_key(dump_key(key)) == key and load_key(dump_key(None)) is None
    assert '"years":[2030,2031]' in dump_key(key)  # its sets written in one order


def test_a_catalogue_written_before_the_key_column_is_read_whole(corpus: Path, tmp_path: Path) -> None:
    """A catalogue of an earlier version has no `link_key` column: opening it adds the
    column, and a build reads each stored document's key from the document itself, so the
    tables come out as a catalogue holding the keys gives them."""
    from crosswalk.batch.build_tables import build
    from crosswalk.batch.catalogue import Catalogue
    from crosswalk.discover import CATALOGUE_NAME

    out = tmp_path / "out"
    run_batch([corpus], out, jobs=2)
    path = out / CATALOGUE_NAME

    def tables() -> dict[str, pd.DataFrame]:
        with Catalogue(path) as catalogue:
            built = build(catalogue, frames=True, schemas=False, keep_alignments=False, force=True)
        assert built.tables is not None
        return built.tables

    with_keys = tables()
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE documents DROP COLUMN link_key")
    without_keys = tables()
    with sqlite3.connect(path) as db:
        assert {row[0] for row in db.execute("SELECT link_key FROM documents")} == {None}
    for name in ("crosswalk", "items", "documents"):
        pd.testing.assert_frame_equal(without_keys[name], with_keys[name])
    assert len(with_keys["crosswalk"]) > 0


def test_the_parent_reads_a_document_before_the_workers_fork(tmp_path: Path) -> None:
    """What a process builds for its first document (the bodies' alternations among it) is
    built in the parent before the workers fork, so that each fork starts with it instead
    of building it again (a worker is forked afresh every `pool.TASKS_PER_WORKER` documents)."""
    from crosswalk.bodies import _by_first_word

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "letter.txt").write_text("The force will publish its plan in May 2025.\n", encoding="utf-8")
    _by_first_word.cache_clear()
    run_batch([folder], tmp_path / "out", jobs=1)
    assert _by_first_word.cache_info().currsize == 1
