"""Recognise web-site furniture ("Skip to content", "Accessibility", "Text size: A A A").

The lists are data (`patterns/web_chrome.txt` for whole lines, `patterns/web_chrome_prefixes.txt`
for furniture run into the start of a text line, `patterns/interposed_lines.txt` for the advertisement
slots and bylines ingest keeps but the item rules read past) because every publishing platform adds its
own furniture and researchers meet new ones weekly.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswalk.dates import is_date_line
from crosswalk.resources import read_lines

CHROME_CHARS = 320


@lru_cache(maxsize=1)
def _chrome_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{line})" for line in read_lines("web_chrome.txt")), re.I)


def is_chrome(line: str) -> bool:
    """Whether a whole line is web furniture rather than document text. A cookie banner
    runs to a few sentences; nothing longer is furniture."""
    text = line.strip()
    return bool(text) and len(text) < CHROME_CHARS and _chrome_re().fullmatch(text) is not None


@lru_cache(maxsize=1)
def _prefix_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{line})" for line in read_lines("web_chrome_prefixes.txt")))


def split_chrome_prefix(line: str) -> tuple[str, str]:
    """The furniture glued to the start of a line and the text after it ("" and the line when
    there is none). An advertisement slot's control saved with no line break ("Hide AdThe force
    was rated ...") would otherwise stand before the sentence's subject and hide it."""
    match = _prefix_re().match(line.lstrip())
    if match is None:
        return "", line
    return match.group(), line.lstrip()[match.end():]


@lru_cache(maxsize=1)
def _interposed_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{line})" for line in read_lines("interposed_lines.txt")))


def is_interposed(block: str) -> bool:
    """Whether a block is nothing but lines a page prints between its paragraphs (a news
    site's "Hide Ad" slot, a story's "By Jane Smith" byline and its date). Ingest keeps such blocks (an ad
    slot tells the doc-type model a page is news); a reader of the text's own structure skips
    them, as one printed between a sentence and the one that carries it on parts nothing the
    writer wrote."""
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    return bool(lines) and all(_interposed_re().fullmatch(line) is not None or is_date_line(line) for line in lines)
