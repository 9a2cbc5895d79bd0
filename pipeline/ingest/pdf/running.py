"""Running headers, footers and page numbers, recognised by repetition and position.

The same line (digits normalised, so "Page 3 of 5" matches "Page 4 of 5") at the same
height in the top or bottom band of several pages. Nothing depends on a word list.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from crosswalk.ingest.pdf.model import Line, PageText

BAND = 0.12  # share of the page height at top and bottom where running chrome lives
SAME_HEIGHT = 4.0  # points: chrome sits at the same baseline on every page
DIGITS_RE = re.compile(r"\d+")
PAGE_NUMBER_RE = re.compile(r"^(?:page\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)


def _band(line: Line, page: PageText) -> str | None:
    """"top" or "bottom" when the line sits in a margin band of its page."""
    height = line.baseline - page.bottom
    if height >= page.height * (1 - BAND):
        return "top"
    if height <= page.height * BAND:
        return "bottom"
    return None


def _chrome_keys(line: Line, band: str) -> tuple[tuple[str, str], tuple[str, str]]:
    text = re.sub(r"\s+", " ", line.text).strip().lower()
    return (band, text), (band, DIGITS_RE.sub("#", text))


def drop_chrome(pages: Sequence[PageText]) -> list[str]:
    """Remove running headers, footers and page numbers from `pages`; return their text.

    A line is chrome when the same text (or the same text up to its digits) stands at the
    same height in the top or bottom band of enough pages. A bare page number in a band
    goes even on a single page.
    """
    seen: dict[tuple[str, str], list[tuple[int, float]]] = defaultdict(list)
    for page in pages:
        for line in page.lines:
            if band := _band(line, page):
                for key in set(_chrome_keys(line, band)):
                    seen[key].append((page.number, line.baseline))
    total = len(pages)
    exact_needed = max(2, min(3, math.ceil(total / 2)))
    digits_needed = max(2, math.ceil(total / 2))
    dropped: list[str] = []
    for page in pages:
        kept = []
        for line in page.lines:
            band = _band(line, page)
            if band and _is_chrome(line, band, seen, exact_needed, digits_needed):
                dropped.append(line.text)
            else:
                kept.append(line)
        page.lines = kept
    return dropped


def _is_chrome(line: Line, band: str, seen: dict, exact_needed: int, digits_needed: int) -> bool:
    if PAGE_NUMBER_RE.match(line.text.strip()):
        return True
    exact, digits = _chrome_keys(line, band)
    return _repeats(seen[exact], line.baseline) >= exact_needed or (
        exact != digits and _repeats(seen[digits], line.baseline) >= digits_needed
    )


def _repeats(places: Iterable[tuple[int, float]], baseline: float) -> int:
    """On how many pages the line stands at (about) this height."""
    return len({page for page, y in places if abs(y - baseline) <= SAME_HEIGHT})
