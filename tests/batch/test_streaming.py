"""A batch written to a folder streams its tables from the catalogue; what it writes must
be what the tables held in memory give, byte for byte.

Chunks are made small (`export.CHUNK_ROWS`) so that the samples' tables span several, as
a large batch's do.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswalk import export
from crosswalk.batch.catalogue import Catalogue
from crosswalk.batch.runner import run_batch
from crosswalk.batch.schema import Schema
from crosswalk.export import TABLE_NAMES
from crosswalk.export.report import render_pages
from crosswalk.export.write_tables import table_file, write_csv
from tests.batch.conftest import edit_letter
from tests.frame_tables import FrameTables

SMALL_CHUNKS = 7


def _sql_rows(db: sqlite3.Connection, table: str) -> list[tuple[object, ...]]:
    """Every value of a table with its SQLite type, in insertion order."""
    columns = [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]
    select = ", ".join(f'"{c}", typeof("{c}")' for c in columns)
    return [tuple(columns), *db.execute(f'SELECT {select} FROM "{table}" ORDER BY rowid')]


def _write_in_memory(tables: dict[str, pd.DataFrame], folder: Path) -> None:
    """Each table written whole, as one chunk, and mirrored into a catalogue of its own."""
    with Catalogue(folder / "catalogue.sqlite") as catalogue, catalogue.transaction():
        for name in TABLE_NAMES:
            write_csv(tables[name], folder / f"{name}.csv")
            catalogue.out_table(name, list(tables[name].columns)).write(tables[name])


def test_streamed_outputs_equal_the_in_memory_tables(corpus: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    streamed = tmp_path / "streamed"
    with monkeypatch.context() as small:
        small.setattr(export, "CHUNK_ROWS", SMALL_CHUNKS)
        summary = run_batch([corpus], streamed, jobs=2)
    with sqlite3.connect(streamed / "catalogue.sqlite") as db:
        (chunks,), (inspections,) = (db.execute("SELECT COUNT(*) FROM aligned_rows WHERE tbl = 'crosswalk'"),
                                     db.execute("SELECT COUNT(*) FROM aligned"))
    assert chunks > inspections  # an inspection's rows span several chunks, as in a large batch
    assert summary.tables == {}  # nothing held: the product path keeps no DataFrame

    tables = run_batch([corpus], None, jobs=2).tables
    assert len(tables["crosswalk"]) > SMALL_CHUNKS and len(tables["items"]) > SMALL_CHUNKS
    memory = tmp_path / "memory"
    _write_in_memory(tables, memory)
    for name in TABLE_NAMES:
        assert (streamed / f"{name}.csv").read_bytes() == (memory / f"{name}.csv").read_bytes(), name
        with sqlite3.connect(streamed / "catalogue.sqlite") as a, sqlite3.connect(memory / "catalogue.sqlite") as b:
            assert _sql_rows(a, f"out_{name}") == _sql_rows(b, f"out_{name}"), name
    assert (streamed / "report.html").read_bytes() == render_pages(FrameTables(tables))["report.html"].encode("utf-8")
    assert (summary.items, summary.unaddressed, summary.errors) == \
        (len(tables["items"]), len(tables["unaddressed"]), 0)


def test_a_run_with_stored_alignments_writes_what_a_fresh_run_writes(corpus: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export, "CHUNK_ROWS", SMALL_CHUNKS)
    out = tmp_path / "out"
    run_batch([corpus], out, jobs=2)
    edit_letter(corpus)
    again = run_batch([corpus], out, jobs=2)
    assert again.inspections_aligned == 1  # the other inspection's rows come back from the catalogue
    fresh = tmp_path / "fresh"
    run_batch([corpus], fresh, jobs=2)
    for name in (*(f"{t}.csv" for t in TABLE_NAMES), "report.html"):
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def test_the_python_api_with_a_folder_returns_the_tables_it_wrote(corpus: Path, tmp_path: Path) -> None:
    from crosswalk import run

    tables = run(corpus, out=tmp_path / "out")
    written = tmp_path / "again"
    _write_in_memory(tables, written)
    for name in TABLE_NAMES:
        assert (tmp_path / "out" / f"{name}.csv").read_bytes() == (written / f"{name}.csv").read_bytes(), name


def test_the_python_api_run_again_gives_booleans_as_the_first_run(corpus: Path, tmp_path: Path) -> None:
    """A second `run()` with nothing new reads the tables back from the catalogue, where
    SQLite keeps booleans as 0 and 1: `historic` came back as integers, so that
    `~items["historic"]` was -1 or -2 and kept every row."""
    from crosswalk import run

    first = run(corpus, out=tmp_path / "out")
    again = run(corpus, out=tmp_path / "out")
    for name, column in (("items", "historic"), ("gradings", "negated"), ("register", "historic")):
        assert again[name][column].dtype == bool, (name, column)
        assert again[name][~again[name][column]].shape == first[name][~first[name][column]].shape, (name, column)


def test_alignment_rows_are_stored_in_chunks_replaced_and_dropped(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export, "CHUNK_ROWS", 3)
    rows = [[f"R{i}", i, i / 3, None, i % 2 == 0] for i in range(8)]
    with Catalogue(tmp_path / "catalogue.sqlite") as catalogue:
        catalogue.put_alignment("kent", "v1", {"crosswalk": rows, "register": []})
        assert catalogue.alignment_current("kent", "v1") and not catalogue.alignment_current("kent", "v2")
        assert [len(chunk) for chunk in catalogue.alignment_rows("kent", "crosswalk")] == [3, 3, 2]
        assert [row for chunk in catalogue.alignment_rows("kent", "crosswalk") for row in chunk] == rows
        assert list(catalogue.alignment_rows("kent", "register")) == []
        catalogue.put_alignment("kent", "v2", {"crosswalk": rows[:2]})
        assert list(catalogue.alignment_rows("kent", "crosswalk")) == [rows[:2]]
        catalogue.keep_alignments(["essex"])
        assert catalogue.alignment_keys() == [] and list(catalogue.alignment_rows("kent", "crosswalk")) == []


def test_a_catalogue_of_an_earlier_version_is_written_into(corpus: Path, tmp_path: Path) -> None:
    """Earlier versions kept one JSON payload per inspection in `alignments`; that cache is
    stale under a new pipeline version anyway, and is dropped."""
    out = tmp_path / "out"
    out.mkdir()
    with sqlite3.connect(out / "catalogue.sqlite") as db:
        db.execute("CREATE TABLE alignments (inspection_key TEXT PRIMARY KEY, signature TEXT NOT NULL, "
                   "payload TEXT NOT NULL)")
        db.execute("INSERT INTO alignments VALUES ('kent', 'old', '{}')")
    summary = run_batch([corpus], out, jobs=2)
    with sqlite3.connect(out / "catalogue.sqlite") as db:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "alignments" not in tables and {"aligned", "aligned_rows"} <= tables
    assert summary.inspections_aligned == 2 and (out / "crosswalk.csv").is_file()


# --- dtypes learnt from streamed rows -------------------------------------------------

FAMILIES = {
    "text": st.one_of(st.none(), st.text(max_size=4)),
    "int": st.one_of(st.none(), st.integers(-10**9, 10**9)),
    "float": st.one_of(st.none(), st.floats(allow_infinity=False, width=64)),  # NaN included
    "bool": st.one_of(st.none(), st.booleans()),
}
FAMILIES["mixed"] = st.one_of(*FAMILIES.values())


@st.composite
def _tables(draw: st.DrawFn) -> tuple[list[str], list[list[list[object]]], int]:
    """Columns of one family each, rows in units (some empty), and a chunk size."""
    families = draw(st.lists(st.sampled_from(sorted(FAMILIES)), min_size=1, max_size=4))
    row = st.tuples(*(FAMILIES[f] for f in families)).map(list)
    units = draw(st.lists(st.lists(row, max_size=6), min_size=1, max_size=4))
    return [f"{f}{i}" for i, f in enumerate(families)], units, draw(st.integers(1, 5))


@settings(max_examples=300, deadline=None)
@given(_tables())
def test_streamed_chunks_write_what_the_whole_table_writes(tmp_path_factory: pytest.TempPathFactory,
                                                           table: tuple[list[str], list[list[list[object]]], int]
                                                           ) -> None:
    """The table built in memory (a DataFrame per unit, concatenated) and the same rows
    streamed in chunks with the dtypes a `Schema` learnt from them write the same CSV
    and the same SQL mirror."""
    columns, units, size = table
    whole = pd.concat([pd.DataFrame(rows, columns=columns) for rows in units], ignore_index=True)
    schema = Schema(columns)
    for rows in units:
        schema.begin()
        for start in range(0, len(rows), size):
            schema.add(rows[start : start + size])
        schema.end()
    assert schema.template.dtypes.to_dict() == whole.dtypes.to_dict()
    folder = tmp_path_factory.mktemp("csv")
    write_csv(whole, folder / "whole.csv")
    with Catalogue(Path(":memory:")) as memory, Catalogue(Path(":memory:")) as catalogue, catalogue.transaction():
        memory.out_table("t", columns).write(whole)
        mirror = catalogue.out_table("t", columns)
        with table_file(folder / "streamed.csv", "csv", schema.template) as streamed:
            row = 0
            for unit, rows in enumerate(units):
                for start in range(0, len(rows), size):
                    chunk = schema.frame(rows[start : start + size], row, unit)
                    streamed.write(chunk)
                    mirror.write(chunk)
                    row += len(chunk)
        assert _sql_rows(catalogue.db, "out_t") == _sql_rows(memory.db, "out_t")
    assert (folder / "streamed.csv").read_bytes() == (folder / "whole.csv").read_bytes()


def test_inspections_whose_rows_take_the_same_dtypes_share_a_chunk(tmp_path: Path) -> None:
    from collections import Counter

    from crosswalk.batch.build_tables import COLUMNS, Built, Group, Schemas
    from crosswalk.batch.stored import StoredTables

    columns = COLUMNS["register"]

    def rows(name: str, n: int, blank: str | None = None, number: str | None = None) -> list[list[object]]:
        return [[None if c == blank else i if c == number else name if c == "inspection" else f"{name} {c} {i}"
                 for c in columns] for i in range(n)]

    units = {"kent": rows("kent", 2), "essex": rows("essex", 3), "devon": rows("devon", 2, blank="subject"),
             "dorset": rows("dorset", 1, number="subject")}
    schemas = Schemas()
    with Catalogue(tmp_path / "catalogue.sqlite") as catalogue:
        groups = []
        for key, unit in units.items():
            catalogue.put_alignment(key, "v1", {"register": unit})
            schemas.begin("register")
            schemas.add("register", unit)
            schemas.end("register")
            groups.append(Group(key, key, Counter(register=len(unit))))
        built = Built(groups, Counter(register=8), 0, 0, schemas=schemas)
        source = StoredTables(catalogue, built)
        chunks = list(source.chunks("register"))
        # kent and essex take the same dtypes: one chunk; devon and dorset each their own
        assert [len(c) for c in chunks] == [5, 2, 1]
        one_by_one, start = [], 0
        for n, unit in enumerate(units.values()):
            one_by_one.append(schemas["register"].frame(unit, start, n))
            start += len(unit)
        pd.testing.assert_frame_equal(pd.concat(chunks), pd.concat(one_by_one))
        # an inspection left out ends the chunk before it, and the row numbers skip its rows
        picked = list(source.chunks("register", {"kent", "devon", "dorset"}))
        assert [list(c.index) for c in picked] == [[0, 1], [5, 6], [7]]
        # inspections are found by name: their rows keep their numbers in the whole table
        picked = list(source.chunks("register", {"dorset", "essex", "cornwall"}))
        assert [list(c.index) for c in picked] == [[2, 3, 4], [7]]
        assert [list(c["inspection"]) for c in picked] == [["essex"] * 3, ["dorset"]]
