"""What a worker does with one file: ingest, extract, serialise.

Runs in a worker process (or in-process for a single file). Never raises: every
failure becomes an IngestError, so the batch records it and goes on. Results are
serialised here, in parallel, rather than in the parent.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path

from crosswalk.batch.serialise import dump_document, dump_extracted, dump_key
from crosswalk.discover import display
from crosswalk.errors import ErrorType
from crosswalk.model import Document, IngestError


@dataclass(frozen=True)
class Limits:
    """Per-document limits: a pathological file is stopped and reported, not waited for."""

    max_bytes: int = 25_000_000
    max_pages: int = 500
    seconds: float | None = 120.0


@dataclass(frozen=True)
class Task:
    path: str
    doc_id: str
    sha256: str | None
    limits: Limits
    address: str | None = None  # the document's declared public address (`crosswalk.align.declared`)


@dataclass(frozen=True)
class Done:
    """A processed file: JSON payloads for the catalogue, or an error."""

    task: Task
    document: str | None = None
    extracted: str | None = None
    inspection: str | None = None
    error: IngestError | None = None
    link_key: str | None = None  # its inspection key (`serialise.dump_key`), read here in parallel and once


def process_task(task: Task) -> Done:
    from crosswalk.ingest import ingest_file

    try:
        outcome = ingest_file(Path(task.path), doc_id=task.doc_id, max_pages=task.limits.max_pages,
                              address=task.address)
        if outcome.error is not None:
            return Done(task, error=outcome.error)
        assert outcome.document is not None
        return _done(task, outcome.document)
    except Exception as exc:  # noqa: BLE001 - one document's failure is one error row
        detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
        return Done(task, error=IngestError(task.doc_id, display(task.path), "extract", ErrorType.PIPELINE_ERROR, detail,
                                            task.sha256))



def _done(task: Task, document: Document) -> Done:
    """A document read: its extraction and inspection key, serialised for the catalogue."""
    from crosswalk.align.link_keys import document_key
    from crosswalk.extraction.extract import extract_document

    extracted = extract_document(document)
    return Done(task, dump_document(document), dump_extracted(extracted), document.inspection,
                link_key=dump_key(document_key(document, extracted)))


# A short invented response: reading it builds what every document needs once per process.
WARM_UP_TEXT = """Response to the inspection of Anyshire Police

Recommendation 1

By March 2026, the chief constable should improve how the force records crime.

Our response: we will put in place a new plan, and the police and crime commissioner will hold
the chief constable to account for it.
"""


def warm_up() -> None:
    """Read one short invented document in the parent before the workers fork. What a
    process builds for its first document (the spaCy pipeline, the cue expressions
    compiled, the bodies' alternations, the learned models' tables: about 1.3 s of CPU)
    is then built once and shared by every fork, instead of once by each worker, and a
    worker is forked afresh every `pool.TASKS_PER_WORKER` documents (nine in a corpus of
    2,185). What a document yields does not depend on what its process read before (a
    worker reads its documents in whatever order the pool hands them out)."""
    from crosswalk.ingest import ingest_bytes

    task = Task("warm-up.txt", "warm-up", None, Limits())
    _done(task, ingest_bytes(WARM_UP_TEXT.encode(), task.doc_id, task.path, ".txt"))
