"""Build every output table from the catalogue's current contents.

Tables are rebuilt from the catalogue rather than from the run's own results, so a run
that processed only one new document still writes complete outputs. Alignments are
reused per inspection when the inspection's members are unchanged.

`build` passes over the catalogue once: documents are streamed from it (only a summary
and the extraction of each stay in memory, and a document's text is loaded again only
when its inspection has to be aligned), inspections are grouped and aligned (or their
stored rows read back), and every row is handed to sinks, unit by unit: `Frames` builds
the tables as DataFrames (the Python API), `Schema`s learn their dtypes so that
`crosswalk.batch.stored.StoredTables` can stream them from the catalogue afterwards.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain
from typing import Any, Protocol

import pandas as pd

from crosswalk.align.batch import (
    COMPLIANCE_COLUMNS, CROSSWALK_COLUMNS, REGISTER_COLUMNS, align_inspection, inspection_name,
)
from crosswalk.align.corrections import Correction
from crosswalk.align.inspections import group_documents
from crosswalk.batch.catalogue import Catalogue
from crosswalk.batch.schema import Schema
from crosswalk.batch.serialise import load_document, load_error, load_extracted
from crosswalk.batch.version import pipeline_version
from crosswalk.errors import ErrorType
from crosswalk.export.rows import (
    COMMITMENT_COLUMNS, GRADING_COLUMNS, ITEM_COLUMNS, commitment_rows, grading_rows, item_rows,
)
from crosswalk.model import Document, Extracted, IngestError

DOCUMENT_COLUMNS = ["doc_id", "path", "sha256", "doc_type", "title", "inspection", "date", "author",
                    "responding_body", "status", "error"]
ERROR_COLUMNS = ["doc_id", "path", "severity", "stage", "error_type", "message"]
COLUMNS = {
    "documents": DOCUMENT_COLUMNS, "errors": ERROR_COLUMNS, "items": ITEM_COLUMNS, "gradings": GRADING_COLUMNS,
    "commitments": COMMITMENT_COLUMNS, "register": REGISTER_COLUMNS, "crosswalk": CROSSWALK_COLUMNS,
    "unaddressed": CROSSWALK_COLUMNS, "compliance": COMPLIANCE_COLUMNS,
}
# One row (or a few) per document, built as one unit; one unit per inspection.
DOCUMENT_TABLES = ("documents", "errors", "items", "gradings", "commitments")
# Items carry the register id they merged into, so they are written after alignment.
EARLY_TABLES = tuple(t for t in DOCUMENT_TABLES if t != "items")
ALIGNED_TABLES = ("register", "crosswalk", "compliance")
STATUS = CROSSWALK_COLUMNS.index("status")
Rows = list[list[Any]]  # rows as lists in column order


class Sink(Protocol):
    """Receives every table's rows, unit by unit: `begin(table)`, `add`, `end(table)`."""

    def begin(self, table: str) -> None: ...

    def add(self, table: str, rows: Rows) -> None: ...

    def end(self, table: str) -> None: ...


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


def document_tables(tables: Sequence[str], status: str, document_json: str | None, extracted_json: str | None,
                    error_json: str | None, registered: Mapping[tuple[str, str], str] | None = None,
                    ) -> tuple[dict[str, Rows], Document | None, Extracted | None]:
    """One catalogue entry's rows of `tables` (document tables), with its document and
    extraction when they had to be loaded for them; `registered` gives each item's
    register id (known once the inspections are aligned)."""
    found: dict[str, list[dict[str, Any]]] = {}
    document = result = None
    if status == "error":
        error = load_error(error_json or "")
        found["documents"] = [error_row(error)]
        found["errors"] = [{"doc_id": error.doc_id, "path": error.path, "severity": "error", "stage": error.stage,
                            "error_type": error.error_type, "message": error.message}]
    else:
        if {"documents", "errors"} & set(tables):
            document = load_document(document_json or "")
            found["documents"] = [document_row(document)]
            found["errors"] = [{"doc_id": document.doc_id, "path": document.path, "severity": "warning",
                                "stage": "ingest", **_warning_type(warning)} for warning in document.warnings]
        if {"items", "gradings", "commitments"} & set(tables):
            result = load_extracted(extracted_json or "")
            found["items"], found["gradings"] = item_rows(result, registered), grading_rows(result)
            found["commitments"] = commitment_rows(result)
    return {t: [[row[c] for c in COLUMNS[t]] for row in found.get(t, ())] for t in tables}, document, result


@dataclass(frozen=True)
class DocSummary:
    """What grouping and signatures need of a document, without its text."""

    doc_id: str
    inspection: str | None
    published: str | None
    sha256: str
    title: str | None = None


@dataclass
class Group:
    """An inspection, as its rows lie in the catalogue: its key, the name its rows carry
    in `inspection`, and how many rows it has per aligned table (and unaddressed)."""

    key: str
    name: str
    rows: Counter[str] = field(default_factory=Counter)


@dataclass
class Built:
    """What `build` learnt: the inspections in table order, every table's length, how
    many documents failed and how many inspections were aligned afresh; the tables as
    DataFrames and the schemas when asked for."""

    groups: list[Group]
    lengths: Counter[str]
    error_documents: int
    aligned: int
    tables: dict[str, pd.DataFrame] | None = None
    schemas: dict[str, Schema] | None = None
    registered: dict[tuple[str, str], str] = field(default_factory=dict)  # (doc_id, item_id) -> register_id
    unmatched_corrections: list[Correction] = field(default_factory=list)  # corrections that matched no row


class Frames:
    """The tables as DataFrames, built as they always were: one DataFrame per unit
    (a document table's rows at once; each inspection's rows as soon as it is aligned,
    so that row lists never pile up), the units concatenated."""

    def __init__(self) -> None:
        self.parts: dict[str, list[pd.DataFrame]] = {name: [] for name in (*DOCUMENT_TABLES, *ALIGNED_TABLES)}
        self.rows: dict[str, Rows] = {}

    def begin(self, table: str) -> None:
        self.rows[table] = []

    def add(self, table: str, rows: Rows) -> None:
        self.rows[table].extend(rows)

    def end(self, table: str) -> None:
        self.parts[table].append(pd.DataFrame(self.rows.pop(table), columns=COLUMNS[table]))

    def tables(self) -> dict[str, pd.DataFrame]:
        tables = {name: pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=COLUMNS[name])
                  for name, parts in self.parts.items()}
        crosswalk = tables["crosswalk"]
        tables["unaddressed"] = crosswalk[crosswalk["status"] == "unaddressed"].reset_index(drop=True)
        return {name: tables[name] for name in COLUMNS}


class Schemas(dict[str, Schema]):
    """A `Schema` per table, as a sink (unaddressed shares the crosswalk's)."""

    def __init__(self) -> None:
        super().__init__({name: Schema(COLUMNS[name]) for name in (*DOCUMENT_TABLES, *ALIGNED_TABLES)})

    def begin(self, table: str) -> None:
        self[table].begin()

    def add(self, table: str, rows: Rows) -> None:
        self[table].add(rows)

    def end(self, table: str) -> None:
        self[table].end()


class _Fanout:
    """Hands rows to every sink and counts them per table."""

    def __init__(self, sinks: Sequence[Sink]) -> None:
        self.sinks = sinks
        self.lengths: Counter[str] = Counter()

    def begin(self, table: str) -> None:
        for sink in self.sinks:
            sink.begin(table)

    def add(self, table: str, rows: Rows) -> int:
        for sink in self.sinks:
            sink.add(table, rows)
        self.lengths[table] += len(rows)
        return len(rows)

    def end(self, table: str) -> None:
        for sink in self.sinks:
            sink.end(table)


def _warning_type(warning: str) -> dict[str, str]:
    """A warning that opens with a catalogue type ("pages_left_out: ...") has that type;
    the others are repairs made while reading."""
    kind, _, message = warning.partition(": ")
    if kind in WARNING_TYPES:
        return {"error_type": kind, "message": message}
    return {"error_type": ErrorType.REPAIRED.value, "message": warning}


WARNING_TYPES = frozenset({ErrorType.PAGES_LEFT_OUT.value})


def build(catalogue: Catalogue, *, frames: bool, schemas: bool, keep_alignments: bool, force: bool = False,
          declared: Mapping[str, str] | None = None, corrections: Sequence[Correction] = ()) -> Built:
    """One pass over the catalogue (see the module's docstring). Alignments are stored in
    the catalogue for the next run, and for `StoredTables`, unless `keep_alignments` is
    False (a run kept in memory has no next run); `force` aligns every inspection afresh."""
    frame_sink, schema_sink = Frames(), Schemas()
    out = _Fanout([sink for sink, wanted in ((frame_sink, frames), (schema_sink, schemas)) if wanted])
    summaries, extracted, error_documents = _documents(catalogue, out)
    by_id = {s.doc_id: s for s in summaries}
    inspections = group_documents(summaries, extracted, declared)
    groups: list[Group] = []
    aligned = 0
    registered: dict[tuple[str, str], str] = {}
    corrected: set[int] = set()
    for inspection in inspections:
        signature = _signature(inspection.title, [by_id[d] for d in inspection.doc_ids], corrections)
        chunks: dict[str, Iterable[Rows]]
        if not force and catalogue.alignment_current(inspection.key, signature):
            chunks = {table: catalogue.alignment_rows(inspection.key, table) for table in ALIGNED_TABLES}
            for rows in catalogue.alignment_rows(inspection.key, "item_register"):
                registered.update(((doc_id, item_id), register_id) for doc_id, item_id, register_id in rows)
            for rows in catalogue.alignment_rows(inspection.key, "corrected"):
                corrected.update(line for (line,) in rows)
        else:
            members = [load_document(catalogue.payload(d, "document") or "") for d in inspection.doc_ids]
            # what was held for grouping is the items alone: the members' whole extractions
            # are read back from the catalogue, one inspection at a time
            whole = {d: load_extracted(catalogue.payload(d, "extracted") or "") for d in inspection.doc_ids}
            payload = align_inspection(inspection, members, whole, corrections)
            corrected.update(line for (line,) in payload["corrected"])
            fresh = {table: [[row[c] for c in COLUMNS[table]] for row in payload[table]] for table in ALIGNED_TABLES}
            registered.update(((doc_id, item_id), register_id) for doc_id, item_id, register_id in payload["item_register"])
            if keep_alignments:
                catalogue.put_alignment(inspection.key, signature,
                                        {**fresh, "members": [[texts] for texts in payload["members"]],
                                         "item_register": payload["item_register"], "corrected": payload["corrected"]})
            del payload, members, whole
            chunks = {table: [rows] for table, rows in fresh.items()}
            del fresh
            aligned += 1
        group = Group(inspection.key, inspection_name(inspection))
        for table in ALIGNED_TABLES:
            out.begin(table)
            for rows in chunks.pop(table):
                group.rows[table] += out.add(table, rows)
                if table == "crosswalk":
                    group.rows["unaddressed"] += sum(1 for row in rows if row[STATUS] == "unaddressed")
            out.end(table)
        out.lengths["unaddressed"] += group.rows["unaddressed"]
        groups.append(group)
    catalogue.keep_alignments(i.key for i in inspections)
    out.begin("items")
    for result in extracted.values():
        out.add("items", [[row[c] for c in COLUMNS["items"]] for row in item_rows(result, registered)])
    out.end("items")
    return Built(groups, out.lengths, error_documents, aligned, frame_sink.tables() if frames else None,
                 schema_sink if schemas else None, registered,
                 [c for c in corrections if c.line not in corrected])


def _documents(catalogue: Catalogue, out: _Fanout) -> tuple[list[DocSummary], dict[str, Extracted], int]:
    """The document tables (each one unit), streamed document by document; what
    grouping needs of every document; how many documents failed."""
    summaries: list[DocSummary] = []
    extracted: dict[str, Extracted] = {}
    errors = 0
    for table in EARLY_TABLES:
        out.begin(table)
    for doc_id, status, document_json, extracted_json, error_json in catalogue.iter_payloads():
        found, document, result = document_tables(EARLY_TABLES, status, document_json, extracted_json, error_json)
        for table, rows in found.items():
            out.add(table, rows)
        if status == "error":
            errors += 1
            continue
        assert document is not None and result is not None
        summaries.append(DocSummary(doc_id, document.inspection, document.published, document.sha256, document.title))
        # grouping reads items only: holding every document's gradings, commitments and
        # steps would make memory grow with the batch
        extracted[doc_id] = replace(result, gradings=(), commitments=(), steps=(), sentences=())
    for table in EARLY_TABLES:
        out.end(table)
    return summaries, extracted, errors


def member_texts(catalogue: Catalogue) -> dict[tuple[str, str], list[str]]:
    """(inspection, register_id) -> the wordings its member items were stated in."""
    inspection, register_id = REGISTER_COLUMNS.index("inspection"), REGISTER_COLUMNS.index("register_id")
    found: dict[tuple[str, str], list[str]] = {}
    for key in catalogue.alignment_keys():
        register = chain.from_iterable(catalogue.alignment_rows(key, "register"))
        members = chain.from_iterable(catalogue.alignment_rows(key, "members"))
        for row, (texts,) in zip(register, members):
            found[(row[inspection], row[register_id])] = texts
    return found


def _signature(title: str | None, members: list[DocSummary], corrections: Sequence[Correction] = ()) -> str:
    keys = sorted((d.doc_id, d.sha256) for d in members)
    ids = {d.doc_id for d in members}
    mine = [list(c.__dict__.values()) for c in corrections if c.response_doc in ids]
    return hashlib.sha256(json.dumps([pipeline_version(), title, keys, mine]).encode()).hexdigest()
