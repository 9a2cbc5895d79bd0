"""Bytes to text: the steps every reader takes before its own fallback, and the warning
that says which encoding had to be assumed.

Three signs name an encoding outright, whatever the file is: a byte-order mark; UTF-16
without one, whose ASCII characters leave a NUL in every other byte; and bytes that are
valid UTF-8, since valid multi-byte UTF-8 is almost never an accident. Only when none
holds do the readers differ, each with its own fallback: a web page may declare its
charset (`html.decode_html`), a text file says nothing and its encoding is guessed from
its bytes (`text.decode_text`).
"""

from __future__ import annotations

import codecs

# Tried in this order: a UTF-32 little-endian mark opens as a UTF-16 one does.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SNIFFED_BYTES = 512  # the head of the file read for UTF-16 without a mark


def decode_unambiguous(data: bytes) -> str | None:
    """The text of bytes whose encoding they name themselves (a byte-order mark, UTF-16
    without one, valid UTF-8), or None when the reader must judge."""
    named = named_encoding(data)
    return None if named is None else data.decode(named[0], errors="replace")


def named_encoding(data: bytes) -> tuple[str, str] | None:
    """The codec the bytes name themselves and how they name it ("byte-order mark",
    "no byte-order mark", "valid UTF-8"), or None: one reading for the decoders and the
    warning, so the warning says what was decoded.

    UTF-16 is looked for before UTF-8: ASCII in UTF-16 is valid UTF-8, NULs and all."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, "byte-order mark"
    utf16 = _sniff_utf16(data)
    if utf16:
        return utf16, "no byte-order mark"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "utf-8", "valid UTF-8"


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte of ASCII text is NUL."""
    head = data[:SNIFFED_BYTES]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def decoding_warnings(data: bytes) -> list[str]:
    """Which encoding had to be assumed to read the bytes; reported as a warning so a
    researcher can check the text of those documents. UTF-8, with or without its mark,
    needs no warning."""
    named = named_encoding(data)
    if named is None:
        return ["not UTF-8: decoded as a legacy single-byte encoding (cp1252 or the declared charset)"]
    encoding, how = named
    if encoding.startswith("utf-8"):
        return []
    return [f"decoded from {encoding[:6].upper()} ({how})"]
