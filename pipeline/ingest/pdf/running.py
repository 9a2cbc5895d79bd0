"""Running headers, footers and page numbers, recognised by repetition and position.

A running line stands in the top or bottom band of its page and comes back on many pages.
What comes back varies in the real prints: a page number or a date inside it ("Page 3 of
5", "1/20"), a browser's print stamp whose URL is cut at a width that depends on the
page number ("...government-respo… 1/20" beside "...government-resp… 20/20"), a report
title whose height moves with the footnotes above it. So band lines are compared with
their digits folded to "#", and lines that differ only by truncation or a character or
two are one running line (rapidfuzz's ratio, or one a prefix of the other). A line with
real words may move within its band; a short one (a bare date) must keep its height.

On a single page nothing repeats, so position decides alone: a bare page number ("3",
"Page 1", "- 2 -") or a protective marking ("OFFICIAL", "NOT PROTECTIVELY MARKED": the
government classification scheme, listed in `patterns/protective_markings.txt`) in a
margin band is chrome on any page. In a longer document page numbers count with the pages:
a number alone on its line ("2018" closing a footnote, a footnote's own number "3" above
its text) is one only when another page's number in the band keeps the same distance
from its page's index.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from crosswalk.ingest.pdf.model import Line, PageText
from crosswalk.ingest.pdf.settings import DEFAULT, PdfSettings
from crosswalk.resources import line_expressions

DIGITS_RE = re.compile(r"\d+")
SPACES_RE = re.compile(r"\s+")
LETTERS_RE = re.compile(r"[^\W\d_]")
TRUNCATION_RE = re.compile(r"\s*(?:…|\.\.\.)\s*")
BARE_NUMBER_RE = re.compile(r"^\s*(\d{1,4})\s*$")
PAGE_NUMBER_RE = re.compile(r"^(?:page\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)


def is_margin_mark(text: str) -> bool:
    """A bare page number or a protective marking: chrome in a margin band even on one page."""
    text = SPACES_RE.sub(" ", text).strip()
    markings = line_expressions("protective_markings.txt", re.I)
    return bool(PAGE_NUMBER_RE.match(text)) or (len(text) < 60 and markings.fullmatch(text) is not None)


def band(line: Line, page: PageText, settings: PdfSettings = DEFAULT) -> str | None:
    """"top" or "bottom" when the line sits in a margin band of its page."""
    height = line.baseline - page.bottom
    if height >= page.height * (1 - settings.band):
        return "top"
    if height <= page.height * settings.band:
        return "bottom"
    return None


def shape(text: str) -> str:
    """The line as compared across pages: lower case, spaces folded, digits as "#"."""
    return DIGITS_RE.sub("#", SPACES_RE.sub(" ", text).strip().lower())


class _Clusters:
    """Union-find over the distinct shapes of one band."""

    def __init__(self, keys: list[str]) -> None:
        self.keys = keys
        self.parent = list(range(len(keys)))

    def root(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        self.parent[self.root(i)] = self.root(j)


def _cluster(keys: list[str], settings: PdfSettings) -> list[int]:
    """For each key, the index of its cluster: keys that are one running line."""
    clusters = _Clusters(keys)
    long = [i for i, key in enumerate(keys) if len(key) >= settings.similar_min_chars]
    if len(long) > 1:
        texts = [keys[i] for i in long]
        scores = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=settings.similar, workers=1)
        for a, b in zip(*scores.nonzero()):
            if a < b:
                clusters.union(long[a], long[b])
        # a truncated variant: the shorter (without its ellipsis) opens the longer
        cut = sorted((TRUNCATION_RE.sub(" ", keys[i]).strip(), i) for i in long)
        for n, (stem, i) in enumerate(cut):
            for other, j in cut[n + 1:]:
                if not other.startswith(stem):
                    break
                clusters.union(i, j)
    return [clusters.root(i) for i in range(len(keys))]


def _counted_page_numbers(found: Sequence[tuple[PageText, Line, str, str]]) -> set[int]:
    """Ids of the bare numbers in the bands that count with the pages: their value less
    their page's index is the same on two pages or more (a document's folios, whatever
    page they start from); a year or a footnote number keeps no such step."""
    offsets: dict[tuple[str, int], list[Line]] = defaultdict(list)
    for page, line, where, _ in found:
        bare = BARE_NUMBER_RE.match(line.text)
        if bare:
            offsets[(where, int(bare.group(1)) - page.number)].append(line)
    return {id(line) for lines in offsets.values() if len({l.page for l in lines}) >= 2 for line in lines}


def drop_chrome(pages: Sequence[PageText], settings: PdfSettings = DEFAULT) -> list[str]:
    """Remove running headers, footers and page numbers from `pages`; return their text.

    A line is chrome when its running line (its shape, or a near variant) stands in the
    same band on enough pages: half of them (at least two) for a line with words, which
    may move within the band; for a short line the same text at the same height on three
    pages (two in a two-page document) will do, as will the same shape at the same
    height on half of them. A margin mark goes even on a single page.
    """
    bands = _Bands.of(pages, settings)
    dropped: list[str] = []
    for page in pages:
        kept = []
        for line in page.lines:
            if bands.is_chrome(line, page):
                dropped.append(line.text)
            else:
                kept.append(line)
        page.lines = kept
    return dropped


@dataclass
class _Bands:
    """What the top and bottom bands of a document's pages hold across its pages: each
    line's shape clustered with its near variants, the pages where each cluster stands,
    and the heights at which each shape and each exact text stand. Built once, so that
    each line is then judged against the whole document."""

    settings: PdfSettings
    total: int  # pages in the document
    index: dict[tuple[str, str], int]  # (band, shape) -> key index
    root_of: dict[int, int]  # key index -> index of its cluster's root key
    running: set[int]  # roots of the clusters standing on half the pages, with enough letters
    heights: dict[tuple[str, str], list[tuple[int, float]]]  # shape or "=" exact text -> places
    counted: set[int]  # ids of the bare numbers that count with the pages

    @classmethod
    def of(cls, pages: Sequence[PageText], settings: PdfSettings) -> _Bands:
        found: list[tuple[PageText, Line, str, str]] = [
            (page, line, where, shape(line.text))
            for page in pages for line in page.lines if (where := band(line, page, settings))
        ]
        keys = sorted({(where, key) for _, _, where, key in found})
        index = {key: i for i, key in enumerate(keys)}
        root_of = _cluster_roots(keys, settings)
        pages_of: dict[int, set[int]] = defaultdict(set)  # cluster -> pages where it stands
        heights: dict[tuple[str, str], list[tuple[int, float]]] = defaultdict(list)  # exact text -> places
        for page, line, where, key in found:
            pages_of[root_of[index[(where, key)]]].add(page.number)
            heights[(where, key)].append((page.number, line.baseline))
            heights[(where, "=" + line.text.strip().lower())].append((page.number, line.baseline))
        half = max(2, math.ceil(len(pages) / 2))
        running: set[int] = {
            root for root, on in pages_of.items()
            if len(on) >= half and len(LETTERS_RE.findall(keys[root][1])) >= settings.anywhere_letters
        }
        return cls(settings, len(pages), index, root_of, running, heights, _counted_page_numbers(found))

    def at_height(self, place: tuple[str, str], baseline: float) -> int:
        """Pages on which this shape or text stands at this height."""
        return len({p for p, y in self.heights[place] if abs(y - baseline) <= self.settings.same_height})

    def is_chrome(self, line: Line, page: PageText) -> bool:
        where = band(line, page, self.settings)
        if not where:
            return False
        key = shape(line.text)
        bare = BARE_NUMBER_RE.match(line.text)
        exact_needed = max(2, min(3, math.ceil(self.total / 2)))
        half = max(2, math.ceil(self.total / 2))
        return (
            (is_margin_mark(line.text) and (bare is None or self.total < 3 or id(line) in self.counted))
            or self.root_of[self.index[(where, key)]] in self.running
            or self.at_height((where, "=" + line.text.strip().lower()), line.baseline) >= exact_needed
            or self.at_height((where, key), line.baseline) >= half
        )


def _cluster_roots(keys: list[tuple[str, str]], settings: PdfSettings) -> dict[int, int]:
    """Key index -> index of its cluster's root key, clustering the shapes of each band
    apart: a header never merges with a footer, however alike."""
    root_of: dict[int, int] = {}
    for where in ("top", "bottom"):
        part = [i for i, (w, _) in enumerate(keys) if w == where]
        for i, local_root in zip(part, _cluster([keys[i][1] for i in part], settings)):
            root_of[i] = part[local_root]
    return root_of
