"""Plain-text ingestion: decode whatever encoding arrived, then group lines into blocks.

Text files come from copy-and-paste, web scrapers and PDF converters. They may be UTF-8,
UTF-16 with a byte-order mark, or cp1252, and often carry mojibake from an earlier wrong
decode; ftfy repairs the latter when the blocks are assembled.
"""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

from crosswalk.errors import UnreadableDocument
from crosswalk.ingest.chrome import is_chrome, split_chrome_prefix
from crosswalk.ingest.decoding import decode_unambiguous, decoding_warnings
from crosswalk.ingest.limits import LIMITS
from crosswalk.ingest.lines import lines_to_blocks
from crosswalk.model import Block, Extraction

_CONTROL_BYTES = set(range(0, 9)) | {11, 12} | set(range(14, 32))
# a row of a table written with pipes ("| T1 | The force should ... | Completed |"), as a
# tracker's page saved as text prints it (the last row of a page cut short keeps no closing
# pipe); its rule under the header ("|---|:---:|") is no row
PIPE_ROW_RE = re.compile(r"\s*\|(?P<cells>[^|]*\|.*?)\|?\s*")
PIPE_RULE_RE = re.compile(r"\s*:?-{3,}:?\s*")


def decode_text(data: bytes) -> str:
    """Decode bytes: what the bytes say themselves (`decode_unambiguous`: a BOM, UTF-16,
    strict UTF-8), then charset detection, then cp1252.

    A text file, unlike a web page, declares no charset, so past those signs its encoding
    is guessed from its bytes; bytes full of control characters are no text to guess at."""
    if not data.strip():
        raise UnreadableDocument("empty_file", "the file is empty or holds only white space")
    text = decode_unambiguous(data)
    if text is not None:
        return text
    sample = data[:65536]
    if sum(byte in _CONTROL_BYTES for byte in sample) > LIMITS.text_binary_share * len(sample):
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
    blocks = _blocks_and_rows(kept)
    if not blocks:
        raise UnreadableDocument("no_text", "no text was found in the file")
    return Extraction(blocks=tuple(blocks), dropped=tuple(dropped), warnings=tuple(warnings))


def _blocks_and_rows(lines: list[str]) -> list[Block]:
    """The lines grouped into blocks, each row of a pipe table a block of its own, its
    cells one a line (as an HTML table's row is read): a tracker's status cell then stays
    beside the item of its row, not run into one paragraph with every other row."""
    blocks: list[Block] = []
    run: list[str] = []
    for line in lines:
        row = PIPE_ROW_RE.fullmatch(line)
        cells = [cell.strip() for cell in row["cells"].split("|")] if row else []
        rule = any(cells) and all(PIPE_RULE_RE.fullmatch(cell) or not cell for cell in cells)
        # stray pipes ("||") are no row; nor is a line with an empty cell, which may be a
        # table's rows run together ("| Completed | | T2 | ..."): the paragraph reader splits those
        if not rule and (not all(cells) or not any(character.isalnum() for cell in cells for character in cell)):
            run.append(line)
            continue
        blocks.extend(lines_to_blocks(run))
        run = []
        if not rule:
            blocks.append(Block("table_row", "\n".join(cell for cell in cells if cell)))
    blocks.extend(lines_to_blocks(run))
    return [block for block in blocks if block.text.strip()]
