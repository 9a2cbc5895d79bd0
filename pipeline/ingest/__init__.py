"""Ingestion: any input file to one `Document` (or one `IngestError`).

The format is sniffed from the bytes, not the file name; each format has its own module
returning blocks, and this module places the blocks in one normalised text, reads the
metadata and turns every failure into an error record.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from crosswalk.discover import display, doc_id_for, read_input
from crosswalk.errors import ErrorType, UnreadableDocument
from crosswalk.ingest.language import is_welsh
from crosswalk.ingest.metadata import decide_metadata
from crosswalk.ingest.monitoring import has_monitoring_markup, parse_monitoring
from crosswalk.ingest.normalise import normalise_inline
from crosswalk.model import BlockSpan, Document, Extraction, IngestError, IngestOutcome, StatusEvent

BLOCK_SEPARATOR = "\n\n"
MOJIBAKE_WARNING = "repaired mojibake (text that had been decoded with the wrong encoding)"
HTML_RE = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
HTML_TAGS_RE = re.compile(rb"<(?:p|div|h[1-6]|ul|li|table|br)\b[^>]*>", re.I)
BINARY_SIGNATURES = {
    b"PK\x03\x04": "zip archive (docx, xlsx or similar)",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\xd0\xcf\x11\xe0": "legacy Office document",
    b"\x1f\x8b": "gzip archive",
    b"{\\rtf": "RTF document",
}


DATA_SUFFIXES = (".json", ".jsonl", ".ndjson", ".geojson")


def sniff_format(data: bytes, suffix: str) -> str:
    """'pdf', 'html' or 'text' from the leading bytes; the suffix only breaks ties."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF-") or (b"%PDF-" in data[:1024]):
        return "pdf"
    for signature, name in BINARY_SIGNATURES.items():
        if head.startswith(signature):
            raise UnreadableDocument("unsupported_format", f"the file is a {name}, which crosswalk does not read")
    if suffix in DATA_SUFFIXES and head[:1] in (b"{", b"["):
        # Labels, settings or exports kept beside the documents (a gold folder): read as
        # text they would be typed and extracted as if somebody had written them.
        raise UnreadableDocument("unsupported_format", "the file is JSON data, which crosswalk does not read")
    if suffix == ".pdf":
        raise UnreadableDocument("corrupt_pdf", "the file is named .pdf but has no PDF header")
    if HTML_RE.match(head) or (suffix in (".html", ".htm") and HTML_TAGS_RE.search(head)):
        return "html"
    if len(HTML_TAGS_RE.findall(data[:65536])) >= 5:
        return "html"
    return "text"


def _ingestor(fmt: str, max_pages: int | None = None) -> Callable[[bytes], Extraction]:
    # Imported on demand: PDF and HTML parsers are heavy, and a text-only batch skips them.
    if fmt == "pdf":
        from crosswalk.ingest.pdf import ingest_pdf

        return lambda data: ingest_pdf(data, max_pages=max_pages)
    if fmt == "html":
        from crosswalk.ingest.html import ingest_html

        return ingest_html
    from crosswalk.ingest.text import ingest_text

    return ingest_text


def assemble(extraction: Extraction) -> tuple[str, tuple[BlockSpan, ...], tuple[StatusEvent, ...], bool]:
    """Place blocks in one normalised text, separated by blank lines, and record their
    offsets; also say whether any block needed its encoding repaired."""
    pieces: list[str] = []
    spans: list[BlockSpan] = []
    offset = 0
    repaired = False
    host: tuple[str, int] | None = None  # the last block that is no footnote: its raw text and start
    for block in extraction.blocks:
        cells = [normalise_inline(cell) for cell in block.text.split("\n")] if block.kind == "table_row" else [
            normalise_inline(block.text)
        ]
        repaired = repaired or any(fixed for _, fixed in cells)
        text = "\n".join(cell for cell, _ in cells if cell)
        if not text:
            spans.append(BlockSpan(block.kind, offset, offset))
            continue
        if pieces:
            pieces.append(BLOCK_SEPARATOR)
            offset += len(BLOCK_SEPARATOR)
        pieces.append(text)
        anchor = None
        if block.anchor is not None and host is not None:
            anchor = host[1] + len(normalise_inline(host[0][: block.anchor])[0])
        elif block.kind != "footnote":
            host = (block.text, offset)
        spans.append(BlockSpan(block.kind, offset, offset + len(text), anchor))
        offset += len(text)
    history = tuple(_place_event(event, spans) for event in extraction.history)
    kept = tuple(span for span in spans if span.end > span.start)
    return "".join(pieces), kept, history, repaired


def _place_event(event: StatusEvent, spans: list[BlockSpan]) -> StatusEvent:
    if event.comment_start is None or event.comment_end is None or event.comment_end <= event.comment_start:
        return StatusEvent(event.date, event.status)
    return StatusEvent(event.date, event.status, spans[event.comment_start].start, spans[event.comment_end - 1].end)


def with_monitoring_history(extraction: Extraction) -> Extraction:
    """Read the `[on]DATE [status]...` markup of a monitoring record, whatever format
    carried it (a text export, a saved web page or a printed PDF)."""
    first = next((i for i, b in enumerate(extraction.blocks) if has_monitoring_markup(b.text) or "[on]" in b.text), None)
    if first is None:
        return extraction
    tail = "\n\n".join(block.text for block in extraction.blocks[first:])
    if not has_monitoring_markup(tail):
        return extraction
    blocks, history = parse_monitoring(tail)
    shifted = tuple(
        replace(e, comment_start=e.comment_start + first, comment_end=e.comment_end + first)
        if e.comment_start is not None and e.comment_end is not None else e
        for e in history
    )
    return replace(extraction, blocks=extraction.blocks[:first] + tuple(blocks), history=shifted)


def ingest_bytes(data: bytes, doc_id: str, path: str, suffix: str = "", max_pages: int | None = None,
                 address: str | None = None) -> Document:
    """A Document from bytes already read; raises UnreadableDocument. `address`: the
    document's public address when declared, evidence of who published it."""
    if not data.strip():
        raise UnreadableDocument("empty_file", "the file is empty")
    fmt = sniff_format(data, suffix.lower())
    extraction = with_monitoring_history(_ingestor(fmt, max_pages)(data))
    text, spans, history, repaired = assemble(extraction)
    if not text.strip():
        raise UnreadableDocument("no_text", "no text was recovered from the file")
    block_texts = [text[s.start : s.end] for s in spans]
    welsh = is_welsh(text)  # decided once: the type's reader and the Welsh gradings' read it from the Document
    meta = decide_metadata(text, block_texts, extraction.title, bool(history), extraction.dropped, address, welsh=welsh)
    return Document(
        doc_id=doc_id,
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
        blocks=spans,
        source_format=fmt,
        doc_type=meta.doc_type,
        title=meta.title,
        inspection=meta.inspection,
        date=meta.date,
        author=meta.author,
        responding_body=meta.responding_body,
        published=meta.published,
        history=history,
        dropped=extraction.dropped,
        pages=extraction.pages,
        warnings=extraction.warnings + ((MOJIBAKE_WARNING,) if repaired else ()),
        address=address,
        body_by_address=meta.body_by_address,
        welsh=welsh,
    )


def ingest_file(
    path: Path, root: Path | None = None, *, doc_id: str | None = None, max_pages: int | None = None,
    address: str | None = None,
) -> IngestOutcome:
    """Ingest one file; never raises for a bad file, returns an error record instead."""
    doc_id = doc_id or doc_id_for(path, root or path.parent)
    shown = display(path)
    sha256: str | None = None
    try:
        data = read_input(path)
        sha256 = hashlib.sha256(data).hexdigest()
    except UnreadableDocument as exc:
        return IngestOutcome(error=IngestError(doc_id, shown, "read", exc.error_type, exc.message))
    except OSError as exc:
        return IngestOutcome(error=IngestError(doc_id, shown, "read", ErrorType.UNREADABLE,
                                               f"{type(exc).__name__}: {display(str(exc))}"))
    try:
        return IngestOutcome(document=ingest_bytes(data, doc_id, shown, display(path.suffix), max_pages, address))
    except UnreadableDocument as exc:
        return IngestOutcome(error=IngestError(doc_id, shown, "ingest", exc.error_type, exc.message, sha256))
    except Exception as exc:  # noqa: BLE001 - any parser failure is one document's error row
        message = f"{type(exc).__name__}: {exc}"
        return IngestOutcome(error=IngestError(doc_id, shown, "ingest", ErrorType.PARSER_ERROR, message, sha256))
