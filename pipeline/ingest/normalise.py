"""Text normalisation shared by every ingestor and by extraction.

Documents arrive with mojibake ("Majestyâ€™s"), ligatures from PDF fonts, non-breaking
spaces from web pages and stray control characters. Every later stage, and every
character offset in the outputs, refers to the text after this step, so it must be
deterministic and idempotent.
"""

from __future__ import annotations

import re

import ftfy

# Curly quotes are kept: researchers quote the documents verbatim.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, explain=False)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")


def normalise_text(text: str) -> str:
    """Repair encoding damage, expand ligatures and collapse spaces within each line."""
    fixed = ftfy.fix_text(text, _FTFY)
    fixed = _ZERO_WIDTH.sub("", fixed)
    lines = (_SPACES.sub(" ", line).strip() for line in fixed.split("\n"))
    return "\n".join(lines)


def decoding_warnings(data: bytes, text: str) -> list[str]:
    """What had to be repaired to read the bytes: a legacy encoding, mojibake.

    Reported as warnings so a researcher can check the text of those documents.
    """
    warnings = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        warnings.append("decoded from UTF-16 (byte-order mark)")
    else:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            warnings.append("not UTF-8: decoded as a legacy single-byte encoding (cp1252 or the declared charset)")
    if ftfy.fix_encoding(text) != text:
        warnings.append("repaired mojibake (text that had been decoded with the wrong encoding)")
    return warnings


def normalise_inline(text: str) -> str:
    """Normalise a block's text to one line: the form used in `Document.text` blocks."""
    return " ".join(normalise_text(text).split())
