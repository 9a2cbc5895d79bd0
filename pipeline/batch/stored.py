"""The output tables read back from the catalogue, chunk by chunk (a `TableSource`).

After `build` has stored every inspection's rows in the catalogue and learnt the tables'
dtypes, a run with an output folder writes its tables from here: the document tables
are derived again from the documents (a fraction of a second), the aligned tables read
back from the stored chunks, and no table is ever held whole, so the memory a write
takes does not grow with the batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import pandas as pd

from crosswalk import export
from crosswalk.batch.catalogue import Catalogue
from crosswalk.batch.build_tables import ALIGNED_TABLES, DOCUMENT_TABLES, Built, Group, document_tables
from crosswalk.export.source import Inspections, of_inspection


class StoredTables:
    """Every table of a built batch. The rows of an inspection all carry its name in
    `inspection`, so the inspections wanted by name are found in an index of the
    inspections by name, and only their rows are read: a report reads every inspection's
    page this way, and asking each of thousands of inspections whether it is wanted, page
    after page, grew with the square of the batch."""

    def __init__(self, catalogue: Catalogue, built: Built) -> None:
        assert built.schemas is not None, "build(..., schemas=True) learns the dtypes the chunks need"
        self.catalogue = catalogue
        self.built = built
        self.schemas = built.schemas
        self.units: dict[str, list[int]] = {}  # name -> the units (inspections) of that name, in table order
        for unit, group in enumerate(built.groups):
            self.units.setdefault(group.name, []).append(unit)
        self._starts: dict[str, list[int]] = {}

    def template(self, table: str) -> pd.DataFrame:
        return self.schemas["crosswalk" if table == "unaddressed" else table].template

    def length(self, table: str) -> int:
        return self.built.lengths[table]

    def chunks(self, table: str, inspections: Inspections | None = None) -> Iterator[pd.DataFrame]:
        if table == "unaddressed":
            chunks = self._unaddressed()
        elif table in DOCUMENT_TABLES:
            chunks = self._document_chunks(table)
        else:
            chunks = self._aligned_chunks(table, None if inspections is None else
                                          sorted(u for name in inspections for u in self.units.get(name, ())))
        for chunk in chunks:
            if inspections is not None:
                chunk = of_inspection(chunk, inspections)
            if len(chunk):
                yield chunk

    def document_chunks(self, table: str, doc_ids: Sequence[str]) -> Iterator[pd.DataFrame]:
        """Each document's rows, read from its own extraction in the catalogue."""
        assert table in ("items", "gradings", "commitments"), table
        schema, pending = self.schemas[table], []
        for doc_id in doc_ids:
            extracted_json = self.catalogue.payload(doc_id, "extracted")
            if extracted_json:
                found, _, _ = document_tables((table,), "ok", None, extracted_json, None, self.built.registered)
                pending += found[table]
        if pending:
            yield schema.frame(pending, 0, 0)

    def _document_chunks(self, table: str) -> Iterator[pd.DataFrame]:
        schema, start, pending = self.schemas[table], 0, []
        # Only the payload this table is made from: a document's JSON holds its whole text.
        columns = "document, NULL, error" if table in ("documents", "errors") else "NULL, extracted, error"
        for _, status, document_json, extracted_json, error_json in self.catalogue.iter_payloads(columns):
            found, _, _ = document_tables((table,), status, document_json, extracted_json, error_json,
                                          self.built.registered)
            pending += found[table]
            if len(pending) >= export.CHUNK_ROWS:
                yield schema.frame(pending, start, 0)
                start, pending = start + len(pending), []
        if pending:
            yield schema.frame(pending, start, 0)

    def _aligned_chunks(self, table: str, units: Iterable[int] | None) -> Iterator[pd.DataFrame]:
        """The rows of the inspections `units` (their positions in the table, ascending;
        all by default), numbered in the table. Consecutive inspections whose rows take
        the same dtypes share a chunk of up to `CHUNK_ROWS` rows: most inspections have a
        few rows, and a DataFrame per inspection cost more than its rows."""
        assert table in ALIGNED_TABLES, table
        schema, groups, starts = self.schemas[table], self.built.groups, self.table_starts(table)
        pending: list[list[Any]] = []
        start = shape = 0  # the first pending row's number; a unit whose dtypes the pending rows take
        previous = -1
        for unit in range(len(groups)) if units is None else units:  # each inspection is one unit of the table
            if unit != previous + 1:  # the inspections between are left out: a chunk ends before them
                if pending:
                    yield schema.frame(pending, start, shape)
                    pending = []
                start = starts[unit]
            previous = unit
            for rows in self.catalogue.alignment_rows(groups[unit].key, table):
                if pending and (not schema.same_shape(unit, shape) or len(pending) + len(rows) > export.CHUNK_ROWS):
                    yield schema.frame(pending, start, shape)
                    start, pending = start + len(pending), []
                if not pending:
                    shape = unit
                pending.extend(rows)
        if pending:
            yield schema.frame(pending, start, shape)

    def table_starts(self, table: str) -> list[int]:
        """Each unit's first row number in the table."""
        if table not in self._starts:
            starts, start = [], 0
            for group in self.built.groups:
                starts.append(start)
                start += group.rows[table]
            self._starts[table] = starts
        return self._starts[table]

    def _unaddressed(self) -> Iterator[pd.DataFrame]:
        """The crosswalk's unaddressed rows, read from the inspections that have any."""
        start = 0
        units = [unit for unit, group in enumerate(self.built.groups) if group.rows["unaddressed"] > 0]
        for chunk in self._aligned_chunks("crosswalk", units):
            chunk = chunk[chunk["status"] == "unaddressed"]
            chunk.index = pd.RangeIndex(start, start + len(chunk))
            start += len(chunk)
            yield chunk
