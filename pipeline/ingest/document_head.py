"""Where a document's head ends: its title, letterhead and lead, read by the type, the
title, the date and the body answering (`crosswalk.ingest.metadata`). Its own module, as
every one of those readers takes it.
"""

from __future__ import annotations

from crosswalk.ingest.limits import LIMITS
from crosswalk.quote_marks import CLOSING_QUOTES


def head(blocks: list[str]) -> list[str]:
    """The blocks before the body text, and the first block of it: where a page or a
    letter carries its own title, date, publisher and the lead that says who answers."""
    found: list[str] = []
    for text in blocks[:LIMITS.head_blocks]:
        found.append(text)
        if len(text.split()) > LIMITS.head_words and text.rstrip(CLOSING_QUOTES + " )").endswith((".", "!", "?")):
            break
    return found


def lead_blocks(blocks: list[str]) -> list[str]:
    """The head and the `lead_extra_blocks` blocks after it (patterns/ingest_limits.json):
    where a release names who speaks for the body answering ("Commenting on the report,
    the Commissioner said:") after its lead."""
    return blocks[: len(head(blocks)) + LIMITS.lead_extra_blocks]
