"""Whether a page is written in Welsh.

Welsh forces, commissioners and fire services publish in Welsh as well as English, and
Welsh-language press covers their inspections. The learned document-type model was
trained on English pages (and a handful of Welsh stories), so it reads every Welsh page
as a story, whoever speaks in it; the metadata reader asks whether a page is Welsh before
it lets the Welsh cues of `patterns/doc_types.json` decide instead, and the Welsh gradings
read "yn dda am" (good at) only on a Welsh page. Ingest asks this module once per document
and keeps the answer (`Document.welsh`, `DocMeta.welsh`) for both. The words that tell the
language are data: `patterns/welsh_language.json`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crosswalk.resources import word_file

LANGUAGE_FILE = "welsh_language.json"
WORD_RE = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class _Language:
    function_words: frozenset[str]  # lower case
    share: float  # of a page's words the function words make up on a Welsh page


@lru_cache(maxsize=1)
def _language() -> _Language:
    """The function words and their share, the file checked on first use."""
    return word_file(LANGUAGE_FILE, _Language, fold=True)


def is_welsh(text: str) -> bool:
    """Whether Welsh function words make up at least the data's share of the text's words."""
    words = [w.lower() for w in WORD_RE.findall(text)]
    if not words:
        return False
    language = _language()
    return sum(w in language.function_words for w in words) / len(words) >= language.share

