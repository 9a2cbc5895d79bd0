"""Output tables held in memory, for the tests of the writers (`crosswalk.export`): a run
streams its tables from its catalogue (`crosswalk.batch.stored.StoredTables`); a test builds
them as DataFrames and hands them over through `FrameTables`, which only tests use."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

import pandas as pd

from crosswalk import export
from crosswalk.export.source import Inspections, of_inspection


class FrameTables:
    """Tables held in memory as DataFrames, read as a run's stored tables are
    (`crosswalk.export.source.TableSource`); a missing table reads as empty."""

    def __init__(self, tables: Mapping[str, pd.DataFrame]) -> None:
        self.tables = {name: frame.reset_index(drop=True) for name, frame in tables.items()}

    def template(self, table: str) -> pd.DataFrame:
        return self.tables.get(table, pd.DataFrame())

    def length(self, table: str) -> int:
        return len(self.tables.get(table, ()))

    def document_chunks(self, table: str, doc_ids: Sequence[str]) -> Iterator[pd.DataFrame]:
        frame = self.tables.get(table)
        if frame is not None and doc_ids:
            yield frame[frame["doc_id"].astype(object).isin(set(doc_ids))]

    def chunks(self, table: str, inspections: Inspections | None = None) -> Iterator[pd.DataFrame]:
        frame = self.tables.get(table)
        if frame is None:
            return
        if inspections is not None:
            frame = of_inspection(frame, inspections)
        for start in range(0, len(frame), export.CHUNK_ROWS):
            yield frame.iloc[start : start + export.CHUNK_ROWS]
