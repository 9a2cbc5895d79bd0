"""One specification of the output tables (`crosswalk.export.spec`) drives the rows,
the files, the SQL mirrors, the report and the README (issue 14)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from crosswalk.align.crosswalk import CrosswalkRow
from crosswalk.batch.runner import run_batch
from crosswalk.export import TABLE_NAMES
from crosswalk.export.report import COLUMNS as REPORT_COLUMNS
from crosswalk.export.spec import TABLES, Column, columns
from tests.conftest import CORPUS

README = CORPUS.parent / "README.md"


def outputs_markdown() -> str:
    """The README's outputs table, as the specification writes it: one line per table, its
    columns with their types (other than text) and descriptions."""
    lines = ["| table | one row per | columns |", "|---|---|---|"]
    for table in TABLES.values():
        if table.same_as:
            shown = f"as `{table.same_as}`"
        else:
            shown = ", ".join(_shown(c) for c in table.columns)
        lines.append(f"| `{table.name}` | {table.row} | {shown} |")
    return "\n".join(lines)


def _shown(column: Column) -> str:
    notes = [n for n in (column.type if column.type != "text" else "", column.description) if n]
    return f"{column.name} ({': '.join(notes)})" if notes else column.name


def test_the_readme_outputs_table_is_the_specification() -> None:
    readme = README.read_text(encoding="utf-8")
    block = readme.split("<!-- outputs:start -->\n", 1)[1].split("\n<!-- outputs:end -->", 1)[0]
    assert block == outputs_markdown()


def test_every_table_is_specified_once_in_the_order_written() -> None:
    assert TABLE_NAMES == tuple(TABLES)
    for table in TABLES.values():
        assert len(set(table.names)) == len(table.names), table.name
        assert all(c.description or c.type for c in table.columns)


def test_a_crosswalk_row_has_the_specified_columns() -> None:
    assert list(CrosswalkRow.__dataclass_fields__) == columns("crosswalk")


def test_the_report_reads_the_specified_columns() -> None:
    assert all(REPORT_COLUMNS[name] == columns(name) for name in TABLE_NAMES)


def test_an_unknown_type_is_refused() -> None:
    with pytest.raises(ValueError, match="not one of"):
        Column("when", "datetime")


def test_files_and_sql_mirrors_carry_the_specified_columns_and_types(tmp_path: Path) -> None:
    run_batch(sorted(CORPUS.glob("*.txt")), tmp_path, jobs=1)
    db = sqlite3.connect(tmp_path / "catalogue.sqlite")
    try:
        for name, table in TABLES.items():
            assert list(pd.read_csv(tmp_path / f"{name}.csv", nrows=0).columns) == table.names
            declared = [(row[1], row[2]) for row in db.execute(f'PRAGMA table_info("out_{name}")')]
            assert [c for c, _ in declared] == table.names
            assert {c: t for c, t in declared if t != "TEXT"} == {
                c.name: {"integer": "INTEGER", "number": "REAL", "boolean": "BOOLEAN"}[c.type]
                for c in table.columns if c.type != "text"}
        # an offset is a whole number in SQL, whatever pandas made of a column with blanks
        kinds = {kind for (kind,) in db.execute('SELECT DISTINCT typeof("passage_start") FROM out_crosswalk')}
        assert kinds <= {"integer", "null"}
    finally:
        db.close()
