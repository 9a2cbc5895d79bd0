"""Recognise web-site furniture ("Skip to content", "Accessibility", "Text size: A A A").

The lists are data (`patterns/web_chrome.txt` for whole lines, `patterns/web_chrome_prefixes.txt`
for furniture run into the start of a text line, `patterns/interposed_lines.txt` for the advertisement
slots and bylines ingest keeps but the item rules read past) because every publishing platform adds its
own furniture and researchers meet new ones weekly.
"""

from __future__ import annotations

import re

from crosswalk.dates import is_date_line
from crosswalk.ingest.limits import LIMITS
from crosswalk.resources import line_expressions

CHROME_FILE = "web_chrome.txt"  # whole lines of furniture, in any case
PREFIX_FILE = "web_chrome_prefixes.txt"  # furniture run into the start of a line, as printed
INTERPOSED_FILE = "interposed_lines.txt"  # ad slots and bylines between paragraphs, as printed


def is_chrome(line: str) -> bool:
    """Whether a whole line is web furniture rather than document text. A cookie banner
    runs to a few sentences; nothing longer is furniture."""
    text = line.strip()
    return bool(text) and len(text) < LIMITS.chrome_chars and line_expressions(CHROME_FILE, re.I).fullmatch(text) is not None


def split_chrome_prefix(line: str) -> tuple[str, str]:
    """The furniture glued to the start of a line and the text after it ("" and the line when
    there is none). An advertisement slot's control saved with no line break ("Hide AdThe force
    was rated ...") would otherwise stand before the sentence's subject and hide it."""
    match = line_expressions(PREFIX_FILE).match(line.lstrip())
    if match is None:
        return "", line
    return match.group(), line.lstrip()[match.end():]


def is_interposed(block: str) -> bool:
    """Whether a block is nothing but lines a page prints between its paragraphs (a news
    site's "Hide Ad" slot, a story's "By Jane Smith" byline and its date). Ingest keeps such blocks (an ad
    slot tells the doc-type model a page is news); a reader of the text's own structure skips
    them, as one printed between a sentence and the one that carries it on parts nothing the
    writer wrote."""
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    interposed = line_expressions(INTERPOSED_FILE)
    return bool(lines) and all(interposed.fullmatch(line) is not None or is_date_line(line) for line in lines)
