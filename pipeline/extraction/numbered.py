"""Numbered recommendation blocks: the layout of reviews and of the government responses to
them, where each recommendation sits under a heading of its own ("Recommendation 4") and,
in a response, the answer follows under "Government response to recommendation 4".

WHY a module of its own: the layout is a document-wide structure (a run of numbered
headings), not a property of one block, so the per-unit item rules cannot see it. Read as
a whole, the structure says exactly what the item is: the paragraphs under the heading, up
to and including a lead-in ending in ":" when one introduces parts; the parts are the list
items after the lead-in (or, where the bullets were lost, the blocks in lower case that
carry its sentence on). Everything under an answer heading is the answer, never an item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from crosswalk.answer_headings import answer_to_pattern
from crosswalk.extraction.item_reading import LIMITS

HEADING_RE = re.compile(r"^\s*recommendation\s+(?P<num>\d{1,3})\s*[.:]?\s*$", re.IGNORECASE)
ANSWER_RE = re.compile("^" + answer_to_pattern() + r"recommendation\s+\d{1,3}\b", re.IGNORECASE)
# The modal of a recommendation; an answer ("Accepted. The force will audit...") has none.
ASK_RE = re.compile(r"\b(?:should|must|needs? to|ought to)\b", re.IGNORECASE)


@dataclass(frozen=True)
class NumberedBlock:
    """One numbered recommendation: its lead (start, end), its parts and the span of the
    document it owns (heading to the next numbered heading), which no other rule reads."""

    number: str
    lead: tuple[int, int]
    parts: tuple[tuple[int, int], ...]
    region: tuple[int, int]


Block = tuple[int, int, str]


def _is_link(text: str) -> bool:
    """A link printed on a line of its own, or the tail of one broken across lines."""
    stripped = text.strip()
    return stripped.startswith("(http") or stripped.startswith("http") or (
        " " not in stripped and ("/" in stripped or stripped.endswith(")")))


def numbered_blocks(text: str, blocks: Sequence[Block]) -> list[NumberedBlock]:
    """The document's numbered recommendation blocks, or none when the layout is absent
    (fewer than `numbered_min_headings` headings, of `patterns/item_limits.json`, whose text asks something of someone, or numbers that do not
    run upwards). A heading whose text directs no one ("Accepted. The force will...") heads
    an answer: a response numbering its answers, which the other rules read."""
    heads = [i for i, (s, e, kind) in enumerate(blocks) if kind == "heading" and HEADING_RE.match(text[s:e])]
    numbers = [int(HEADING_RE.match(text[blocks[i][0]:blocks[i][1]])["num"]) for i in heads]  # type: ignore[index]
    if len(heads) < LIMITS.numbered_min_headings or numbers != sorted(set(numbers)):
        return []
    found = []
    for n, (index, number) in enumerate(zip(heads, numbers)):
        stop = heads[n + 1] if n + 1 < len(heads) else len(blocks)
        body = _body(text, blocks[index + 1:stop])
        if not body:
            continue
        lead, parts = _lead_and_parts(text, body)
        if n + 1 < len(heads):
            region_end = blocks[stop][0]
        else:
            region_end = _last_region_end(text, blocks, index + 1 + len(body))
        if not ASK_RE.search(" ".join(text[s:e] for s, e in (lead, *parts))):
            continue
        found.append(NumberedBlock(str(number), lead, tuple(parts), (blocks[index][0], region_end)))
    return found if len(found) >= LIMITS.numbered_min_headings else []


def _body(text: str, following: Sequence[Block]) -> list[Block]:
    """The blocks under a numbered heading, up to its answer ("Government response to
    recommendation 4") or a heading that is not a lead-in: the recommendation's own text."""
    body: list[Block] = []
    for block in following:
        s, e, kind = block
        chunk = text[s:e].strip()
        if ANSWER_RE.match(chunk) or (kind == "heading" and not chunk.endswith(":")):
            break
        body.append(block)
    return body


def _lead_and_parts(text: str, body: list[Block]) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    """The recommendation's lead and parts. Without a lead-in ending in ":" the body is
    the lead, printed links aside; with one, the lead runs to it and the parts are the
    list items after it (or, where the bullets were lost, the blocks in lower case that
    carry its sentence on), up to the first block that starts a sentence of its own."""
    lead_end = next((i for i, (s, e, _) in enumerate(body) if text[s:e].rstrip().endswith(":")), None)
    parts: list[tuple[int, int]] = []
    if lead_end is None:
        kept = [b for b in body if not _is_link(text[b[0]:b[1]])]
        lead = (kept[0][0], kept[-1][1]) if kept else (body[0][0], body[-1][1])
        return lead, parts
    lead = (body[0][0], body[lead_end][1])
    rest = body[lead_end + 1:]
    bulleted = any(kind == "list_item" for _, _, kind in rest)
    for s, e, kind in rest:
        chunk = text[s:e].strip()
        if _is_link(chunk):
            continue
        if kind == "list_item" or (not bulleted and chunk[:1].islower()):
            parts.append((s, e))
        elif not chunk[:1].islower():
            break
    return lead, parts


def _last_region_end(text: str, blocks: Sequence[Block], last: int) -> int:
    """Where the last recommendation's region ends, no next heading bounding it: at its
    body's end, or, when an answer heading follows, at the next heading after the answer
    that is not a lead-in (the answer belongs to the recommendation)."""
    region_end = blocks[last - 1][1]
    if last < len(blocks) and ANSWER_RE.match(text[blocks[last][0]:blocks[last][1]]):
        region_end = blocks[last][1]
        for s, e, kind in blocks[last + 1:]:
            if kind == "heading" and not text[s:e].rstrip().endswith(":"):
                break
            region_end = e
    return region_end


# -- verdict tables: "4a (i-iii) <recommendation> F F P F" -------------------------------

# A row's label: the number, a letter for a sub-recommendation, roman numerals for its parts.
ROW_RE = re.compile(r"^(?P<num>\d{1,2})(?P<letter>[a-z])?(?:\s*\((?P<roman>[ivx]+(?:\s*[-–]\s*[ivx]+)?)\))?\s+(?=[A-Z])")
# The verdict cells that close a row: accepted in full (F), in principle (P), or both.
VERDICTS_RE = re.compile(r"(?:\s+|^)(?:F/P|F|P)(?:\s+(?:F/P|F|P)){0,5}\s*$")


@dataclass(frozen=True)
class VerdictRow:
    """One row of a table of recommendations and the verdict of each government on it."""

    number: str
    sub: str  # "" for a recommendation, "a", "a (i-iii)" for its parts
    span: tuple[int, int]


def verdict_rows(text: str, blocks: Sequence[Block]) -> list[VerdictRow]:
    """Rows of a flattened verdict table: a numbered label and the recommendation, then the
    verdict cells (F, P, F/P), in the same block or in a block of their own after the
    recommendation's wrapped lines. None unless `verdict_min_rows` rows close with verdicts."""
    rows: list[VerdictRow] = []
    open_row: tuple[re.Match[str], int, int] | None = None
    for s, e, _ in blocks:
        chunk = text[s:e]
        verdict = VERDICTS_RE.search(chunk)
        label = ROW_RE.match(chunk)
        if label is not None:
            open_row = (label, s + label.end(), e)
            if verdict is None:
                continue
        elif open_row is not None and verdict is None and len(chunk) <= LIMITS.verdict_line_chars_max and chunk[:1].strip():
            open_row = (open_row[0], open_row[1], e)  # the recommendation's wrapped line
            continue
        if open_row is not None and verdict is not None:
            match, start, end = open_row
            end = s + verdict.start() if label is not None else end
            if end > start:
                roman = f" ({match['roman']})" if match["roman"] else ""
                sub = f"{match['letter'] or ''}{roman}".strip()
                rows.append(VerdictRow(match["num"], sub, (start, end)))
        open_row = None
    return rows if len(rows) >= LIMITS.verdict_min_rows else []
