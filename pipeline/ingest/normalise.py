"""Text normalisation shared by every ingestor and by extraction.

Documents arrive with mojibake ("Majestyâ€™s"), ligatures from PDF fonts, non-breaking
spaces from web pages and stray control characters. Every later stage, and every
character offset in the outputs, refers to the text after this step, so it must be
deterministic and idempotent.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

# Curly quotes are kept: researchers quote the documents verbatim.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, explain=True)
_OTHER_SPACES = r"\t\u00a0\u2000-\u200a\u202f\u205f\u3000"  # spaces other than the plain one
_SPACES = re.compile(rf"[ {_OTHER_SPACES}]+")
# A character of `_SPACES` other than a plain space, or a plain space followed by one.
_SPACE_WORK = re.compile(rf"[{_OTHER_SPACES}]| [ {_OTHER_SPACES}]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")


ENCODING_REPAIRS = {"decode_inconsistent_utf8", "restore_byte_a0", "replace_lossy_sequences", "fix_c1_controls"}
MAX_PASSES = 4
# Characters that appear in clean English text and in no mojibake signature ("â€™",
# "Ã©", "ā€"): a block made only of these and ASCII needs nothing from ftfy, which is
# most of ingestion's cost. Ligatures, full-width forms and "â", "Ã", "Â" are left to ftfy.
SAFE_CHARACTERS = frozenset(
    "’‘“”„‚–—―…•·‣◦▪£€¥§°±×÷¼½¾²³µ¶©®™"
    "éèêëàáäçíìîïñóòôöúùûüýÉÈÊËÀÁÄÇÍÌÎÏÑÓÒÔÖÚÙÛÜÝßœŒæÆøØ"
    "\u00a0\u2009\u200a\u202f\u200b\u200c\u200d\u2060\ufeff"
)
_PLAIN_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def normalise_with_report(text: str) -> tuple[str, bool]:
    """Normalised text, and whether ftfy had to repair mojibake in it.

    Text made of ASCII and `SAFE_CHARACTERS` needs no repair, so it skips ftfy.
    """
    if _PLAIN_CONTROL.search(text) is None and not {c for c in set(text) if c > "\x7f"} - SAFE_CHARACTERS:
        return _collapse_spaces(unicodedata.normalize("NFC", text)), False
    repaired = False
    fixed = _collapse_spaces(text)
    for _ in range(MAX_PASSES):  # ftfy judges the whole text, so a repair can enable another
        explained = ftfy.fix_and_explain(fixed, _FTFY)
        steps = explained.explanation or []
        repaired = repaired or any(kind in ("encode", "decode") or name in ENCODING_REPAIRS for kind, name in steps)
        again = _collapse_spaces(explained.text)
        if again == fixed:
            break
        fixed = again
    return fixed, repaired


def _collapse_spaces(text: str) -> str:
    text = _ZERO_WIDTH.sub("", text)
    if _SPACE_WORK.search(text) is None:  # every run of `_SPACES` is one plain space already
        return "\n".join(line.strip() for line in text.split("\n"))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def normalise_inline(text: str) -> tuple[str, bool]:
    """A block's text on one line, as it stands in `Document.text`; and whether it was
    repaired."""
    fixed, repaired = normalise_with_report(text)
    return " ".join(fixed.split()), repaired
