"""Where writers read the output tables from: chunk by chunk, as often as they need.

A batch written to a folder streams its tables from the catalogue
(`crosswalk.batch.stored.StoredTables`), so that its memory does not grow with the
crosswalk (the tests hand tables held as DataFrames over through `tests/frame_tables.py`).
Every chunk has the dtypes of the whole table and an index of row numbers in the whole
table, so a writer gives the same bytes from either.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import AbstractSet, Any, Protocol

import pandas as pd


# The inspections a reader wants, by the name their rows carry in `inspection`: a set, so
# that a stored source finds their rows by name instead of asking of every inspection.
Inspections = AbstractSet[Any]


class TableSource(Protocol):
    """Every output table, by name (`crosswalk.export.TABLE_NAMES`)."""

    def template(self, table: str) -> pd.DataFrame:
        """The table's columns and dtypes, with at least one value of each kind a column
        holds (a Parquet schema is inferred from it)."""
        ...

    def length(self, table: str) -> int:
        """How many rows the table has."""
        ...

    def chunks(self, table: str, inspections: Inspections | None = None) -> Iterator[pd.DataFrame]:
        """The table's rows in order, in chunks indexed by row number; with `inspections`,
        only the rows whose `inspection` value is one of them (an inspection's page)."""
        ...

    def document_chunks(self, table: str, doc_ids: Sequence[str]) -> Iterator[pd.DataFrame]:
        """The rows of a table of extractions (items, gradings, commitments) that belong to
        the documents `doc_ids` (sorted), in table order: one inspection page's, without
        reading the whole table."""
        ...


def of_inspection(frame: pd.DataFrame, inspections: Inspections) -> pd.DataFrame:
    """The rows whose `inspection` value is one of `inspections` (a missing value, or a
    table without the column, is None there)."""
    values = frame["inspection"].astype(object) if "inspection" in frame else pd.Series(None, index=frame.index)
    return frame[pd.Series([(None if pd.isna(v) else v) in inspections for v in values], index=frame.index,
                           dtype=bool)]
