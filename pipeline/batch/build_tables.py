"""Build every output table from the catalogue's current contents.

Tables are rebuilt from the catalogue rather than from the run's own results, so a run
that processed only one new document still writes complete outputs. Alignments are
reused per inspection when the inspection's members are unchanged.

`build` passes over the catalogue: documents are streamed from it (only a summary of
each stays in memory: its id, inspection title, date and hash; an extraction is read
back when grouping needs its items, and a document's text when its inspection has to be
aligned), inspections are grouped and aligned (or their stored rows read back), and
every row is handed to sinks, unit by unit: `Frames` builds the tables as DataFrames
(the Python API), `Schema`s learn their dtypes so that
`crosswalk.batch.stored.StoredTables` can stream them from the catalogue afterwards.
Which register item each document's items merged into is read back per inspection too
(`RegisterIds`), so what a run holds does not grow with the batch's items.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, Protocol

import pandas as pd

from crosswalk.align.batch import align_inspection, inspection_name
from crosswalk.align.corrections import Correction
from crosswalk.align.inspections import Inspection, group_documents
from crosswalk.align.link_keys import LinkKey, document_key
from crosswalk.align.restated import link_by_text
from crosswalk.batch.catalogue import Catalogue
from crosswalk.batch.schema import Schema
from crosswalk.batch.serialise import load_document, load_error, load_extracted, load_key
from crosswalk.batch.version import pipeline_version
from crosswalk.errors import ErrorType
from crosswalk.export.rows import commitment_rows, grading_rows, item_rows
from crosswalk.export.spec import TABLE_NAMES, columns
from crosswalk.model import Document, Extracted, IngestError

COLUMNS = {name: columns(name) for name in TABLE_NAMES}
# One row (or a few) per document, built as one unit; one unit per inspection.
DOCUMENT_TABLES = ("documents", "errors", "items", "gradings", "commitments")
# Items carry the register id they merged into, so they are written after alignment.
EARLY_TABLES = tuple(t for t in DOCUMENT_TABLES if t != "items")
ALIGNED_TABLES = ("register", "crosswalk", "compliance")
STATUS = COLUMNS["crosswalk"].index("status")
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
        "responding_body": document.responding_body, "address": document.address,
        "status": "warning" if document.warnings else "ok",
        "error": "; ".join(document.warnings) or None,
    }


def error_row(error: IngestError) -> dict[str, Any]:
    return {
        "doc_id": error.doc_id, "path": error.path, "sha256": error.sha256, "doc_type": None, "title": None,
        "inspection": None, "date": None, "author": None, "responding_body": None, "address": None, "status": "error",
        "error": f"{error.error_type}: {error.message}",
    }


def document_tables(tables: Sequence[str], status: str, document_json: str | None, extracted_json: str | None,
                    error_json: str | None, registered: RegisterIds | None = None,
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
            ids = registered.of_document(result.doc_id) if registered is not None else None
            found["items"], found["gradings"] = item_rows(result, ids), grading_rows(result)
            found["commitments"] = commitment_rows(result)
    return {t: [[row[c] for c in COLUMNS[t]] for row in found.get(t, ())] for t in tables}, document, result


class RegisterIds:
    """(doc_id, item_id) -> the register id the item merged into, one document at a time.

    With alignments stored in the catalogue, a document's are read back from its
    inspection's stored `item_register` rows (the last inspection's kept at hand), so
    the batch's are never held together; a run kept in memory stores none, and holds them."""

    def __init__(self, catalogue: Catalogue, stored: bool) -> None:
        self.catalogue = catalogue
        self.stored = stored
        self.inspection_of: dict[str, str] = {}  # doc_id -> inspection key
        self.held: dict[str, dict[tuple[str, str], str]] = {}  # without storage: doc_id -> its ids
        self._last: tuple[str, dict[str, dict[tuple[str, str], str]]] | None = None

    def add(self, key: str, doc_ids: Iterable[str], rows: Iterable[Sequence[str]] = ()) -> None:
        """The members of inspection `key` and, when nothing is stored, its item_register rows."""
        self.inspection_of.update((doc_id, key) for doc_id in doc_ids)
        if not self.stored:
            for doc_id, item_id, register_id in rows:
                self.held.setdefault(doc_id, {})[(doc_id, item_id)] = register_id

    def of_document(self, doc_id: str) -> Mapping[tuple[str, str], str]:
        if not self.stored:
            return self.held.get(doc_id, {})
        key = self.inspection_of.get(doc_id)
        if key is None:
            return {}
        if self._last is None or self._last[0] != key:
            by_doc: dict[str, dict[tuple[str, str], str]] = {}
            for rows in self.catalogue.alignment_rows(key, "item_register"):
                for member, item_id, register_id in rows:
                    by_doc.setdefault(member, {})[(member, item_id)] = register_id
            self._last = (key, by_doc)
        return self._last[1].get(doc_id, {})


class StoredItems(Mapping[str, Extracted]):
    """Each document's extraction, read back from the catalogue when grouping asks for it
    (its items: to join a document that names no inspection), instead of holding all."""

    def __init__(self, catalogue: Catalogue, doc_ids: Iterable[str]) -> None:
        self.catalogue = catalogue
        self.doc_ids = list(doc_ids)
        self.known = set(self.doc_ids)

    def __getitem__(self, doc_id: str) -> Extracted:
        if doc_id not in self.known:
            raise KeyError(doc_id)
        return load_extracted(self.catalogue.payload(doc_id, "extracted") or "")

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self.known

    def __iter__(self) -> Iterator[str]:
        return iter(self.doc_ids)

    def __len__(self) -> int:
        return len(self.doc_ids)


@dataclass(frozen=True)
class DocSummary:
    """What grouping and signatures need of a document, without its text."""

    doc_id: str
    inspection: str | None
    published: str | None
    sha256: str
    title: str | None = None
    key: LinkKey | None = None  # the inspection key a lone response is linked by


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
    DataFrames, and the schemas and the digests of the rows when asked for."""

    groups: list[Group]
    lengths: Counter[str]
    error_documents: int
    aligned: int
    tables: dict[str, pd.DataFrame] | None = None
    schemas: dict[str, Schema] | None = None
    digests: dict[str, str] | None = None  # table -> `RowDigests` of its rows (with the schemas)
    registered: RegisterIds | None = None  # (doc_id, item_id) -> register_id, document by document
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


class RowDigests:
    """A digest of each table's rows, unit by unit, as a sink: with the table's dtypes,
    what its file's bytes are written from (`crosswalk.batch.kept`). Each value's `repr`,
    so that 12, 12.0, True and "12" differ as they do in a CSV; a unit with rows ends with
    a mark, since which rows share a unit decides their dtypes. A unit without rows leaves
    no mark: it writes nothing, and what its shape does to the table's dtypes is in the
    dtypes digested beside (an inspection without rows added changed no byte but the digest)."""

    def __init__(self) -> None:
        self.hashes = {name: hashlib.sha256() for name in (*DOCUMENT_TABLES, *ALIGNED_TABLES)}
        self.rows: set[str] = set()  # the tables whose current unit has rows

    def begin(self, table: str) -> None:
        self.rows.discard(table)

    def add(self, table: str, rows: Rows) -> None:
        digest = self.hashes[table]
        for row in rows:
            digest.update(repr(row).encode("utf-8", "backslashreplace") + b"\n")
        if rows:
            self.rows.add(table)

    def end(self, table: str) -> None:
        if table in self.rows:
            self.hashes[table].update(b"\x1e")

    def digests(self) -> dict[str, str]:
        return {name: digest.hexdigest() for name, digest in self.hashes.items()}


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
    frame_sink, schema_sink, digest_sink = Frames(), Schemas(), RowDigests()
    out = _Fanout([sink for sink, wanted in ((frame_sink, frames), (schema_sink, schemas), (digest_sink, schemas))
                   if wanted])
    summaries, error_documents = _documents(catalogue, out)
    by_id = {s.doc_id: s for s in summaries}
    keys = {s.doc_id: s.key for s in summaries if s.key is not None}
    stored = StoredItems(catalogue, by_id)
    inspections = group_documents(summaries, stored, declared, keys)
    inspections = link_by_text(inspections, lambda d: _stored_document(catalogue, d),
                               stored, keys, declared or {})
    groups: list[Group] = []
    aligned = 0
    registered = RegisterIds(catalogue, stored=keep_alignments)
    corrected: set[int] = set()
    for inspection in inspections:
        signature = _signature(inspection.title, [by_id[d] for d in inspection.doc_ids], corrections)
        chunks: dict[str, Iterable[Rows]]
        if not force and catalogue.alignment_current(inspection.key, signature):
            chunks = _stored_alignment(catalogue, inspection, registered, corrected)
        else:
            chunks = _fresh_alignment(catalogue, inspection, signature, corrections, registered, corrected,
                                      keep_alignments)
            aligned += 1
        groups.append(_add_group(out, inspection, chunks))
    catalogue.keep_alignments(i.key for i in inspections)
    _add_items(catalogue, out, registered)
    return Built(groups, out.lengths, error_documents, aligned, frame_sink.tables() if frames else None,
                 schema_sink if schemas else None, digest_sink.digests() if schemas else None, registered,
                 [c for c in corrections if c.line not in corrected])


def _stored_document(catalogue: Catalogue, doc_id: str) -> Document | None:
    """A document read back from the catalogue (None when it failed to read)."""
    payload = catalogue.payload(doc_id, "document")
    return load_document(payload) if payload else None


def _stored_alignment(catalogue: Catalogue, inspection: Inspection, registered: RegisterIds,
                      corrected: set[int]) -> dict[str, Iterable[Rows]]:
    """An inspection whose documents and corrections are unchanged: its rows are read back
    from the catalogue chunk by chunk, never aligned again."""
    chunks: dict[str, Iterable[Rows]] = {table: catalogue.alignment_rows(inspection.key, table) for table in ALIGNED_TABLES}
    registered.add(inspection.key, inspection.doc_ids)
    for rows in catalogue.alignment_rows(inspection.key, "corrected"):
        corrected.update(line for (line,) in rows)
    return chunks


def _fresh_alignment(catalogue: Catalogue, inspection: Inspection, signature: str, corrections: Sequence[Correction],
                     registered: RegisterIds, corrected: set[int], keep_alignments: bool) -> dict[str, Iterable[Rows]]:
    """An inspection aligned afresh from its members read back from the catalogue (what was
    held for grouping is the items alone), its rows stored for the next run when asked;
    only the table rows outlive the call, so one inspection's extractions are held at a time."""
    members = [load_document(catalogue.payload(d, "document") or "") for d in inspection.doc_ids]
    whole = {d: load_extracted(catalogue.payload(d, "extracted") or "") for d in inspection.doc_ids}
    payload = align_inspection(inspection, members, whole, corrections)
    corrected.update(line for (line,) in payload["corrected"])
    fresh = {table: [[row[c] for c in COLUMNS[table]] for row in payload[table]] for table in ALIGNED_TABLES}
    registered.add(inspection.key, inspection.doc_ids, payload["item_register"])
    if keep_alignments:
        catalogue.put_alignment(inspection.key, signature,
                                {**fresh, "members": [[texts] for texts in payload["members"]],
                                 "item_register": payload["item_register"], "corrected": payload["corrected"]})
    del payload, members, whole
    return {table: [rows] for table, rows in fresh.items()}


def _add_group(out: _Fanout, inspection: Inspection, chunks: dict[str, Iterable[Rows]]) -> Group:
    """Send an inspection's aligned rows to the sinks, table by table, counting its rows
    (and its unaddressed crosswalk rows, a table of their own) for the report's pages."""
    group = Group(inspection.key, inspection_name(inspection))
    for table in ALIGNED_TABLES:
        out.begin(table)
        for rows in chunks.pop(table):
            group.rows[table] += out.add(table, rows)
            if table == "crosswalk":
                group.rows["unaddressed"] += sum(1 for row in rows if row[STATUS] == "unaddressed")
        out.end(table)
    out.lengths["unaddressed"] += group.rows["unaddressed"]
    return group


def _add_items(catalogue: Catalogue, out: _Fanout, registered: RegisterIds) -> None:
    """The items table, document by document from the catalogue, each item with the
    register id its inspection's alignment gave it."""
    out.begin("items")
    for _, status, _, extracted_json, _ in catalogue.iter_payloads("NULL, extracted, NULL"):
        if status != "error":
            result = load_extracted(extracted_json or "")
            records = item_rows(result, registered.of_document(result.doc_id))
            out.add("items", [[record[c] for c in COLUMNS["items"]] for record in records])
    out.end("items")


def _documents(catalogue: Catalogue, out: _Fanout) -> tuple[list[DocSummary], int]:
    """The document tables (each one unit), streamed document by document; what
    grouping needs of every document but its items; how many documents failed. Each
    document's key is the one stored where it was processed (`work.process_task`), read
    here only for an entry stored without one."""
    summaries: list[DocSummary] = []
    errors = 0
    for table in EARLY_TABLES:
        out.begin(table)
    for doc_id, status, document_json, extracted_json, error_json, key_json in catalogue.iter_payloads(
            "document, extracted, error, link_key"):
        found, document, result = document_tables(EARLY_TABLES, status, document_json, extracted_json, error_json)
        for table, rows in found.items():
            out.add(table, rows)
        if status == "error":
            errors += 1
            continue
        assert document is not None and result is not None
        key = load_key(key_json) if key_json is not None else document_key(document, result)
        summaries.append(DocSummary(doc_id, document.inspection, document.published, document.sha256, document.title,
                                    key))
    for table in EARLY_TABLES:
        out.end(table)
    return summaries, errors


def member_texts(catalogue: Catalogue) -> dict[tuple[str, str], list[str]]:
    """(inspection, register_id) -> the wordings its member items were stated in."""
    inspection, register_id = COLUMNS["register"].index("inspection"), COLUMNS["register"].index("register_id")
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
