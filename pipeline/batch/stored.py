"""The output tables read back from the catalogue, chunk by chunk (a `TableSource`).

After `build` has stored every inspection's rows in the catalogue and learnt the tables'
dtypes, a run with an output folder writes its tables from here: the document tables
are derived again from the documents (a fraction of a second), the aligned tables read
back from the stored chunks, and no table is ever held whole, so the memory a write
takes does not grow with the batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

import pandas as pd

from crosswalk import export
from crosswalk.batch.catalogue import Catalogue
from crosswalk.batch.build_tables import ALIGNED_TABLES, DOCUMENT_TABLES, Built, Group, document_tables
from crosswalk.export.source import InspectionFilter, of_inspection


class StoredTables:
    """Every table of a built batch. The rows of an inspection all carry its name in
    `inspection`, so a filter on the inspection skips whole inspections and reads only
    the rows it wants."""

    def __init__(self, catalogue: Catalogue, built: Built) -> None:
        assert built.schemas is not None, "build(..., schemas=True) learns the dtypes the chunks need"
        self.catalogue = catalogue
        self.built = built
        self.schemas = built.schemas

    def template(self, table: str) -> pd.DataFrame:
        return self.schemas["crosswalk" if table == "unaddressed" else table].template

    def length(self, table: str) -> int:
        return self.built.lengths[table]

    def chunks(self, table: str, inspection: InspectionFilter | None = None) -> Iterator[pd.DataFrame]:
        if table == "unaddressed":
            chunks = self._unaddressed()
        elif table in DOCUMENT_TABLES:
            chunks = self._document_chunks(table)
        else:
            chunks = self._aligned_chunks(table, None if inspection is None else lambda g: inspection(g.name))
        for chunk in chunks:
            if inspection is not None:
                chunk = of_inspection(chunk, inspection)
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

    def _aligned_chunks(self, table: str, wanted: Callable[[Group], bool] | None) -> Iterator[pd.DataFrame]:
        """The rows of the inspections `wanted` (all by default), numbered in the table.
        Consecutive inspections whose rows take the same dtypes share a chunk of up to
        `CHUNK_ROWS` rows: most inspections have a few rows, and a DataFrame per
        inspection cost more than its rows."""
        assert table in ALIGNED_TABLES, table
        schema, start = self.schemas[table], 0
        pending: list[list[Any]] = []
        shape = 0  # a unit whose dtypes the pending rows take
        for unit, group in enumerate(self.built.groups):  # each inspection is one unit of the table
            if wanted is not None and not wanted(group):
                if pending:
                    yield schema.frame(pending, start, shape)
                    start, pending = start + len(pending), []
                start += group.rows[table]
                continue
            for rows in self.catalogue.alignment_rows(group.key, table):
                if pending and (not schema.same_shape(unit, shape) or len(pending) + len(rows) > export.CHUNK_ROWS):
                    yield schema.frame(pending, start, shape)
                    start, pending = start + len(pending), []
                if not pending:
                    shape = unit
                pending.extend(rows)
        if pending:
            yield schema.frame(pending, start, shape)

    def _unaddressed(self) -> Iterator[pd.DataFrame]:
        """The crosswalk's unaddressed rows, read from the inspections that have any."""
        start = 0
        for chunk in self._aligned_chunks("crosswalk", lambda group: group.rows["unaddressed"] > 0):
            chunk = chunk[chunk["status"] == "unaddressed"]
            chunk.index = pd.RangeIndex(start, start + len(chunk))
            start += len(chunk)
            yield chunk
