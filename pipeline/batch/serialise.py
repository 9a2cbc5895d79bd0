"""Documents and extraction results as JSON, for the catalogue.

JSON rather than pickle: a catalogue is a file on disk that may be copied between
machines, and unpickling a file runs code. The classes are few and flat, so the
round trip is written out by hand and checked by a test.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from crosswalk.align.link_keys import LinkKey
from crosswalk.model import BlockSpan, Commitment, Document, Extracted, Grading, IngestError, Item, StatusEvent


def dump_document(document: Document) -> str:
    return json.dumps(asdict(document), ensure_ascii=False, separators=(",", ":"))


def load_document(text: str) -> Document:
    data: dict[str, Any] = json.loads(text)
    data["blocks"] = tuple(BlockSpan(**b) for b in data["blocks"])
    data["history"] = tuple(StatusEvent(**e) for e in data["history"])
    data["dropped"] = tuple(data["dropped"])
    return Document(**data)


def dump_extracted(extracted: Extracted) -> str:
    return json.dumps(asdict(extracted), ensure_ascii=False, separators=(",", ":"))


def load_extracted(text: str) -> Extracted:
    data: dict[str, Any] = json.loads(text)
    items = tuple(
        Item(**{**i, "mentions": tuple(tuple(m) for m in i["mentions"])}) for i in data["items"]
    )
    return Extracted(
        doc_id=data["doc_id"],
        items=items,
        gradings=tuple(Grading(**g) for g in data["gradings"]),
        commitments=tuple(Commitment(**c) for c in data["commitments"]),
        steps=tuple(tuple(s) for s in data["steps"]),
        sentences=tuple((s, e) for s, e in data.get("sentences", ())),
    )


def dump_key(key: LinkKey | None) -> str:
    """A document's inspection key (`crosswalk.align.link_keys.document_key`), its sets
    written sorted; "null" for a document that has none."""
    if key is None:
        return "null"
    return json.dumps({name: sorted(value) if isinstance(value, frozenset) else value
                       for name, value in asdict(key).items()}, ensure_ascii=False, separators=(",", ":"))


def load_key(text: str) -> LinkKey | None:
    data: dict[str, Any] | None = json.loads(text)
    if data is None:
        return None
    return LinkKey(**{**data, "topic": frozenset(data["topic"]), "years": frozenset(data["years"]),
                      "pool": frozenset(tuple(mark) for mark in data["pool"]),
                      "span_ends": frozenset(data["span_ends"])})


def dump_error(error: IngestError) -> str:
    return json.dumps(asdict(error), ensure_ascii=False)


def load_error(text: str) -> IngestError:
    return IngestError(**json.loads(text))
