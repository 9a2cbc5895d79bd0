"""Recognise web-site furniture lines ("Skip to content", "Accessibility", "Text size: A A A").

The list is data (`patterns/web_chrome.txt`) because every publishing platform adds its
own furniture and researchers meet new ones weekly.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
