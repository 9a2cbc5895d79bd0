"""Read a pdfium text page into physical lines, and join line texts back into prose.

pypdfium2's text page gives the characters in reading order with their boxes for a
fraction of the cost of pdfplumber's layout analysis. From it we build physical lines
with their geometry (left/right edge, baseline, font size), which is all that paragraph
grouping and running-line detection need.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Iterable

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from crosswalk.footnotes import FOOTNOTED_END_RE
from crosswalk.ingest.lines import TERMINAL_RE, join_hyphenated
from crosswalk.ingest.pdf.model import Line

LIGATURES = str.maketrans({
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
})
# pdfium marks a hyphen it recognised at a line end with U+FFFE (older builds: 0x02) and
# then leaves out the line break; we put the break back and keep an ordinary hyphen.
LINE_END_HYPHENS = ("\ufffe", "\x02")
SEGMENT_RE = re.compile(r"[^\r\n\ufffe\x02]+[\ufffe\x02]?|[\ufffe\x02]")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\u00ad\ufeff]")
WORD_RE = re.compile(r"\w+(?:-\w+)*")
LINE_HYPHEN_RE = re.compile(r"(\w+)-$")
DIGITS_RE = re.compile(r"\d+")


def page_lines(textpage: pdfium.PdfTextPage, page_no: int) -> list[Line]:
    """Split a text page into physical lines and measure each one.

    Character indices of `get_text_range` match pdfium's character indices (line breaks
    are generated characters), so a line's first and last character give its geometry
    with a handful of calls, however long the line. Baseline and size are read from a
    character in the middle of the line: the first one is often a bullet glyph or a
    raised footnote number, in another size and on another baseline than the text.

    pdfium starts a new line at a raised footnote reference ("...the liver.25 The
    report") because its baseline moved; a piece that starts where the previous one
    ended, on a shifted baseline or in another size, is put back on its line.
    """
    count = textpage.count_chars()
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # characters outside the BMP: read them one by one
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i) or 32) for i in range(count))
    geometry = _Geometry(textpage)
    lines: list[Line] = []
    for match in SEGMENT_RE.finditer(text):
        for first, segment in geometry.physical_lines(text, match.start(), match.group()):
            line = _measured(geometry, text, first, segment, page_no)
            if line is None:
                continue
            if lines and _same_line(lines[-1], line):
                lines[-1] = _joined(lines[-1], line)
            else:
                lines.append(line)
    return lines


def _measured(geometry: _Geometry, text: str, start: int, segment: str, page_no: int) -> Line | None:
    """The Line of one piece of pdfium's text, from the geometry of a few characters."""
    stripped = segment.strip()
    if not stripped or stripped in LINE_END_HYPHENS:
        return None
    first = start + len(segment) - len(segment.lstrip())
    space = stripped.find(" ")
    word_end = first + (space if space > 0 else len(stripped)) - 1
    last = first + len(stripped) - 1
    middle = first + len(stripped) // 2
    while middle < last and text[middle].isspace():
        middle += 1
    return geometry.line(clean_text(stripped), page_no, first, last, word_end, middle)


def _same_line(prev: Line, line: Line) -> bool:
    """`line` starts where `prev` ends, at about the same height: pdfium broke the line
    only because a character on the way (a raised footnote number) moved. A footnote's
    own raised number stands apart, in the margin its text hangs from."""
    gap = line.left - prev.right
    if prev.text.isdigit() and prev.size < 0.8 * line.size:  # a raised footnote number in its margin
        return 0 <= gap <= 2 * line.size and abs(line.baseline - prev.baseline) <= 0.6 * line.size
    return -0.5 <= gap <= 0.6 * prev.size and abs(line.baseline - prev.baseline) <= 0.6 * prev.size


def _joined(prev: Line, line: Line) -> Line:
    glue = " " if line.left - prev.right > 0.15 * prev.size else ""
    main = line if line.size > prev.size else prev  # the text's own size and baseline, not a raised number's
    return Line(prev.text + glue + line.text, prev.page, prev.left, line.right, main.baseline, main.size,
                prev.first_word)


class _Geometry:
    """Raw pdfium calls with reused ctypes buffers: the wrapper costs more than the call."""

    def __init__(self, textpage: pdfium.PdfTextPage) -> None:
        self.raw = textpage.raw
        self.box = [ctypes.c_double() for _ in range(4)]  # left, right, bottom, top
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.rect = pdfium_c.FS_RECTF()

    def physical_lines(self, text: str, start: int, segment: str) -> list[tuple[int, str]]:
        """pdfium's line (from `start`) cut where it runs on to the next physical line:
        pdfium sometimes leaves out the break between two lines of small print (a
        footnote's last line and the next footnote, "...p257-" then "258 27 Guy's ...").
        The last character then sits a line or more below the first; only then is every
        character's baseline read, to find where the lower line begins."""
        stripped = segment.rstrip()
        if len(stripped) < 2:
            return [(start, segment)]
        first = start + len(segment) - len(segment.lstrip())
        last = start + len(stripped) - 1
        top = self._baseline(first)
        drop = top - self._baseline(last)
        if drop <= 2.0:  # points: one baseline, as nearly every line has; no size needed
            return [(start, segment)]
        size = self._size(last)
        if drop <= 0.8 * size:
            return [(start, segment)]
        for index in range(first + 1, last + 1):
            if not text[index].isspace() and top - self._baseline(index) > 0.8 * size:
                cut = index - start
                return [(start, segment[:cut])] + self.physical_lines(text, index, segment[cut:])
        return [(start, segment)]

    def _baseline(self, index: int) -> float:
        pdfium_c.FPDFText_GetCharOrigin(self.raw, index, self.x, self.y)
        return self.y.value

    def _left_right(self, index: int) -> tuple[float, float]:
        pdfium_c.FPDFText_GetCharBox(self.raw, index, *self.box)
        return self.box[0].value, self.box[1].value

    def line(self, text: str, page_no: int, first: int, last: int, word_end: int, middle: int) -> Line:
        left = self._left_right(first)[0]
        right = self._left_right(last)[1]
        word_right = self._left_right(word_end)[1]
        pdfium_c.FPDFText_GetCharOrigin(self.raw, middle, self.x, self.y)
        # the largest of three samples: a raised number or a link in a smaller face
        # must not make the line look like small print
        # (a bullet glyph, often larger than the text, is left out)
        size = max(self._size(middle), self._size(last), self._size(first) if text[:1].isalnum() else 0.0)
        return Line(text, page_no, left, right, self.y.value, size, max(word_right - left, 0.0))

    def _size(self, index: int) -> float:
        """The font size as drawn. pdfium reports the Tf operand, which is 1 when a
        generator scales text with the text matrix instead; then the height of the
        character's loose box (ascent to descent, about 1.15 em) stands in for it.
        """
        size = pdfium_c.FPDFText_GetFontSize(self.raw, index)
        pdfium_c.FPDFText_GetLooseCharBox(self.raw, index, self.rect)
        height = self.rect.top - self.rect.bottom
        if height > 0 and not 0.5 * size <= height <= 2 * size:
            return height / 1.15
        return size or height or 10.0


def clean_text(text: str) -> str:
    """Expand ligatures, restore line-end hyphens, drop soft hyphens and control codes."""
    for mark in LINE_END_HYPHENS:
        text = text.replace(mark, "-")
    return CONTROL_RE.sub("", text.translate(LIGATURES)).replace("\u00a0", " ")


def ends_sentence(text: str) -> bool:
    """A stop, or a stop and a footnote number ("patients.107"), on the last few characters
    only: a `$`-anchored search rescans a line."""
    tail = text.rstrip()[-16:]
    return bool(TERMINAL_RE.search(tail[-8:]) or FOOTNOTED_END_RE.search(tail))


def _hyphen_end(text: str) -> bool:
    return len(text) > 1 and text[-1] == "-" and text[-2].isalnum()


def join_lines(left: str, right: str, vocab: frozenset[str]) -> str:
    """Join two lines, undoing line-end hyphenation but keeping real compound hyphens.

    "investi-" + "gation" becomes "investigation"; "multi-" + "agency" stays
    "multi-agency" when the document spells it that way elsewhere; "Anti-" + "Social"
    keeps its hyphen (a capital after a hyphen is part of the name) and gains no space.
    """
    left, right = left.rstrip(), right.lstrip()
    match = LINE_HYPHEN_RE.search(left[-60:]) if _hyphen_end(left) else None
    if not match or not right[:1].isalnum():
        return join_hyphenated(left, right)
    if not right[:1].islower():
        return left + right
    head = match.group(1).lower()
    tail = WORD_RE.match(right.lower())
    tail_word = tail.group().split("-")[0] if tail else ""
    if f"{head}-{tail_word}" in vocab and f"{head}{tail_word}" not in vocab:
        return left + right
    return left[:-1] + right


def join_all(pieces: Iterable[str], vocab: frozenset[str]) -> str:
    """Pieces of text (a paragraph's lines, a table cell's lines) joined in order with
    `join_lines`: one place where a run of lines becomes one string."""
    text = ""
    for piece in pieces:
        text = join_lines(text, piece, vocab) if text else piece.strip()
    return text
