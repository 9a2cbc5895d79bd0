"""The ingest readers' tuning numbers, read once from `patterns/ingest_limits.json` (what
each counts is said there).

They are judgements about documents (how much of a page's text makes a container its
content, how long a line is before it cannot be a heading), not facts of a format, so
they live with the rest of the rule data, where a researcher can try other values
without touching the readers. Limits of the tools rather than of the documents (libxml2's
nesting depth, the size of a tag the HTML parser reads in fair time, how many bytes are
sampled) stay beside the code they guard.
"""

from __future__ import annotations

from dataclasses import dataclass

from crosswalk.resources import word_file

LIMITS_FILE = "ingest_limits.json"


@dataclass(frozen=True)
class IngestLimits:
    """The numbers of `patterns/ingest_limits.json`, a field a key."""

    # web pages (html.py)
    descend_share: float
    semantic_min_share: float
    wrapper_share: float
    hidden_prose_max: int
    loose_prose_chars: int
    layout_cell_chars: int
    between_title_chars: int
    html_binary_share: float
    # text files (text.py)
    text_binary_share: float
    # web furniture (chrome.py)
    chrome_chars: int
    # lines (lines.py)
    long_line: int
    wrapped_share: float
    page_break_share: float
    # a document's head (document_head.py)
    head_blocks: int
    head_words: int
    lead_extra_blocks: int
    # letters (metadata.py)
    letterhead_blocks: int
    signature_blocks: int


LIMITS = word_file(LIMITS_FILE, IngestLimits)
