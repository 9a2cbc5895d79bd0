"""A batch run: discover inputs, ingest each file, and write the output tables.

Every input file yields exactly one row in `documents.csv`, whether it was read or not;
files that failed also get a row in `errors.csv` with the stage and reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.align.batch import Alignment, align
from pipeline.discover import discover
from pipeline.export.rows import (
    COMMITMENT_COLUMNS, GRADING_COLUMNS, ITEM_COLUMNS, commitment_rows, grading_rows, item_rows,
)
from pipeline.export.tables import write_csv
from pipeline.extract import extract_document
from pipeline.ingest import doc_id_for, ingest_file
from pipeline.model import Document, Extracted, IngestError, IngestOutcome

DOCUMENT_COLUMNS = [
    "doc_id", "path", "sha256", "doc_type", "title", "inspection", "date", "author",
    "responding_body", "status", "error",
]
ERROR_COLUMNS = ["doc_id", "path", "stage", "error_type", "message"]


def document_row(outcome: IngestOutcome) -> dict[str, object]:
    if outcome.document is not None:
        d: Document = outcome.document
        return {
            "doc_id": d.doc_id, "path": d.path, "sha256": d.sha256, "doc_type": d.doc_type,
            "title": d.title, "inspection": d.inspection, "date": d.date, "author": d.author,
            "responding_body": d.responding_body, "status": "ok", "error": None,
        }
    e: IngestError = outcome.error  # type: ignore[assignment]
    return {
        "doc_id": e.doc_id, "path": e.path, "sha256": e.sha256, "doc_type": None, "title": None,
        "inspection": None, "date": None, "author": None, "responding_body": None,
        "status": "error", "error": f"{e.error_type}: {e.message}",
    }


def ingest_all(inputs: Iterable[Path]) -> list[IngestOutcome]:
    outcomes = []
    seen: set[str] = set()
    for path, root in discover(inputs):
        outcome = ingest_file(path, root)
        doc_id = doc_id_for(path, root)
        if doc_id in seen:  # "a.txt" and "a.pdf" in one folder: keep both, apart
            outcome = _with_suffixed_id(outcome, path)
        seen.add(doc_id)
        outcomes.append(outcome)
    return outcomes


def _with_suffixed_id(outcome: IngestOutcome, path: Path) -> IngestOutcome:
    from dataclasses import replace

    if outcome.document is not None:
        return IngestOutcome(document=replace(outcome.document, doc_id=outcome.document.doc_id + path.suffix))
    assert outcome.error is not None
    return IngestOutcome(error=replace(outcome.error, doc_id=outcome.error.doc_id + path.suffix))


def extract_all(outcomes: list[IngestOutcome]) -> list[Extracted]:
    return [extract_document(o.document) for o in outcomes if o.document is not None]


def tables_for(outcomes: list[IngestOutcome], extracted: list[Extracted]) -> dict[str, pd.DataFrame]:
    documents = pd.DataFrame([document_row(o) for o in outcomes], columns=DOCUMENT_COLUMNS)
    errors = pd.DataFrame(
        [
            {"doc_id": e.doc_id, "path": e.path, "stage": e.stage, "error_type": e.error_type, "message": e.message}
            for o in outcomes
            if (e := o.error) is not None
        ],
        columns=ERROR_COLUMNS,
    )
    return {
        "documents": documents,
        "errors": errors,
        "items": pd.DataFrame([r for e in extracted for r in item_rows(e)], columns=ITEM_COLUMNS),
        "gradings": pd.DataFrame([r for e in extracted for r in grading_rows(e)], columns=GRADING_COLUMNS),
        "commitments": pd.DataFrame([r for e in extracted for r in commitment_rows(e)], columns=COMMITMENT_COLUMNS),
    }


@dataclass
class Batch:
    """Everything one run produced, in memory."""

    outcomes: list[IngestOutcome]
    extracted: list[Extracted]
    alignment: Alignment
    tables: dict[str, pd.DataFrame]

    def member_texts(self) -> list[list[str]]:
        """For each register row, in table order, the texts its member items were stated in."""
        return [
            [item.text for _, item in entry.members]
            for inspection in self.alignment.inspections
            for entry in self.alignment.registers[inspection.key]
        ]


def process(inputs: Iterable[Path]) -> Batch:
    """Ingest, extract and align a batch, returning every table."""
    outcomes = ingest_all(inputs)
    extracted = extract_all(outcomes)
    documents = [o.document for o in outcomes if o.document is not None]
    alignment = align(documents, {e.doc_id: e for e in extracted})
    tables = tables_for(outcomes, extracted)
    tables.update(alignment.tables())
    return Batch(outcomes, extracted, alignment, tables)


def run(inputs: Iterable[Path], out: Path | None = None) -> dict[str, pd.DataFrame]:
    """Process a batch and return its tables; write them as CSV into `out` when given."""
    tables = process(inputs).tables
    if out is not None:
        for name, frame in tables.items():
            write_csv(frame, out / f"{name}.csv")
    return tables
