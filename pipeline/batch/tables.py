"""Build every output table from the catalogue's current contents.

Tables are rebuilt from the catalogue rather than from the run's own results, so a run
that processed only one new document still writes complete outputs. Alignments are
reused per inspection when the inspection's members are unchanged.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import pandas as pd

from pipeline.align.batch import COMPLIANCE_COLUMNS, CROSSWALK_COLUMNS, REGISTER_COLUMNS, align_inspection
from pipeline.align.inspections import group_documents
from pipeline.batch.catalogue import Catalogue
from pipeline.batch.serialise import load_document, load_error, load_extracted
from pipeline.batch.version import pipeline_version
from pipeline.export import TABLE_NAMES
from pipeline.export.rows import (
    COMMITMENT_COLUMNS, GRADING_COLUMNS, ITEM_COLUMNS, commitment_rows, grading_rows, item_rows,
)
from pipeline.model import Document, Extracted, IngestError

DOCUMENT_COLUMNS = ["doc_id", "path", "sha256", "doc_type", "title", "inspection", "date", "author",
                    "responding_body", "status", "error"]
ERROR_COLUMNS = ["doc_id", "path", "severity", "stage", "error_type", "message"]
COLUMNS = {
    "documents": DOCUMENT_COLUMNS, "errors": ERROR_COLUMNS, "items": ITEM_COLUMNS, "gradings": GRADING_COLUMNS,
    "commitments": COMMITMENT_COLUMNS, "register": REGISTER_COLUMNS, "crosswalk": CROSSWALK_COLUMNS,
    "unaddressed": CROSSWALK_COLUMNS, "compliance": COMPLIANCE_COLUMNS,
}


def document_row(document: Document) -> dict[str, Any]:
    return {
        "doc_id": document.doc_id, "path": document.path, "sha256": document.sha256, "doc_type": document.doc_type,
        "title": document.title, "inspection": document.inspection, "date": document.date, "author": document.author,
        "responding_body": document.responding_body, "status": "warning" if document.warnings else "ok",
        "error": "; ".join(document.warnings) or None,
    }


def error_row(error: IngestError) -> dict[str, Any]:
    return {
        "doc_id": error.doc_id, "path": error.path, "sha256": error.sha256, "doc_type": None, "title": None,
        "inspection": None, "date": None, "author": None, "responding_body": None, "status": "error",
        "error": f"{error.error_type}: {error.message}",
    }


@dataclass(frozen=True)
class DocSummary:
    """What grouping and signatures need of a document, without its text."""

    doc_id: str
    inspection: str | None
    published: str | None
    sha256: str


def build_tables(catalogue: Catalogue, keep_alignments: bool = True) -> tuple[dict[str, pd.DataFrame], int]:
    """All output tables, and how many inspections had to be aligned afresh.

    Documents are streamed from the catalogue; only a summary and the extraction of each
    stay in memory, and a document's text is loaded again only when its inspection has
    to be aligned. Alignments are cached in the catalogue for the next run unless
    `keep_alignments` is False (a run kept in memory has no next run). Register wordings (every text a register item was stated in) stay in
    the catalogue: `member_texts` reads them."""
    summaries: list[DocSummary] = []
    extracted: dict[str, Extracted] = {}
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in ("documents", "errors", "items", "gradings",
                                                                   "commitments")}
    for doc_id, status, document_json, extracted_json, error_json in catalogue.iter_payloads():
        if status == "error":
            error = load_error(error_json)
            rows["documents"].append(error_row(error))
            rows["errors"].append({"doc_id": error.doc_id, "path": error.path, "severity": "error",
                                   "stage": error.stage, "error_type": error.error_type, "message": error.message})
            continue
        document, result = load_document(document_json), load_extracted(extracted_json)
        summaries.append(DocSummary(doc_id, document.inspection, document.published, document.sha256))
        extracted[doc_id] = result
        rows["documents"].append(document_row(document))
        rows["errors"].extend(
            {"doc_id": doc_id, "path": document.path, "severity": "warning", "stage": "ingest",
             "error_type": "repaired", "message": warning}
            for warning in document.warnings
        )
        rows["items"].extend(item_rows(result))
        rows["gradings"].extend(grading_rows(result))
        rows["commitments"].extend(commitment_rows(result))
    by_id = {s.doc_id: s for s in summaries}
    inspections = group_documents(summaries, extracted)
    aligned = 0
    # Alignment rows grow with responses x items; each inspection's rows become a frame at
    # once, so the row dicts (ten times the size of the frame) never pile up.
    frames: dict[str, list[pd.DataFrame]] = {"register": [], "crosswalk": [], "compliance": []}
    for inspection in inspections:
        signature = _signature(inspection.title, [by_id[d] for d in inspection.doc_ids])
        payload = catalogue.alignment(inspection.key, signature)
        if payload is None:
            members = [load_document(catalogue.payload(d, "document") or "") for d in inspection.doc_ids]
            payload = align_inspection(inspection, members, extracted)
            if keep_alignments:
                catalogue.put_alignment(inspection.key, signature, payload)
            aligned += 1
        for name in frames:
            frames[name].append(pd.DataFrame(payload[name], columns=COLUMNS[name]))
        del payload
    catalogue.keep_alignments(i.key for i in inspections)
    tables = {name: pd.DataFrame(rows[name], columns=COLUMNS[name]) for name in ("documents", "errors", "items",
                                                                             "gradings", "commitments")}
    for name, parts in frames.items():
        tables[name] = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=COLUMNS[name])
    crosswalk = tables["crosswalk"]
    tables["unaddressed"] = crosswalk[crosswalk["status"] == "unaddressed"].reset_index(drop=True)
    return {name: tables[name] for name in TABLE_NAMES}, aligned


def member_texts(catalogue: Catalogue) -> dict[tuple[str, str], list[str]]:
    """(inspection, register_id) -> the wordings its member items were stated in."""
    found: dict[tuple[str, str], list[str]] = {}
    for (payload,) in catalogue.db.execute("SELECT payload FROM alignments"):
        data = json.loads(payload)
        for row, texts in zip(data["register"], data["members"]):
            found[(row["inspection"], row["register_id"])] = texts
    return found


def _signature(title: str | None, members: list[DocSummary]) -> str:
    keys = sorted((d.doc_id, d.sha256) for d in members)
    return hashlib.sha256(json.dumps([pipeline_version(), title, keys]).encode()).hexdigest()
