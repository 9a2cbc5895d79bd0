"""Plain-text ingestion: decode whatever encoding arrived, then group lines into blocks.

Text files come from copy-and-paste, web scrapers and PDF converters. They may be UTF-8,
UTF-16 with a byte-order mark, or cp1252, and often carry mojibake from an earlier wrong
decode; ftfy repairs the latter when the blocks are assembled.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from crosswalk.ingest.chrome import is_chrome, split_chrome_prefix
from crosswalk.errors import UnreadableDocument
from crosswalk.ingest.lines import lines_to_blocks
from crosswalk.ingest.normalise import decoding_warnings
from crosswalk.model import Extraction

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_BYTES = set(range(0, 9)) | {11, 12} | set(range(14, 32))


def decode_text(data: bytes) -> str:
    """Decode bytes: BOM first, then strict UTF-8, then charset detection, then cp1252."""
    if not data.strip():
        raise UnreadableDocument("empty_file", "the file is empty or holds only white space")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:65536]
    if sum(byte in _CONTROL_BYTES for byte in sample) > 0.01 * len(sample):
        raise UnreadableDocument("binary_file", "the file holds binary data, not text")
    best = from_bytes(data[:1_000_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    return data.decode(encoding, errors="replace")


def ingest_text(data: bytes) -> Extraction:
    """Blocks from a text file; web furniture (see patterns/web_chrome*.txt) dropped."""
    text = decode_text(data)
    warnings = decoding_warnings(data)
    if "\x00" in text:
        raise UnreadableDocument("binary_file", "the file holds NUL bytes, not text")
    kept: list[str] = []
    dropped: list[str] = []
    for line in text.split("\n"):
        if is_chrome(line):
            dropped.append(line)
            continue
        furniture, line = split_chrome_prefix(line)
        if furniture:
            dropped.append(furniture)
        kept.append(line)
    blocks = lines_to_blocks(kept)
    if not blocks:
        raise UnreadableDocument("no_text", "no text was found in the file")
    return Extraction(blocks=tuple(blocks), dropped=tuple(dropped), warnings=tuple(warnings))

