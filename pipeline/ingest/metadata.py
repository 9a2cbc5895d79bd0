"""Decide a document's type, title, inspection, date, author and responding body.

Everything here reads the text, never the file name: researchers save files under any
name, and the same letter arrives as `response.pdf` and as `item-8929.html`. Cue lists
and title patterns are data in `patterns/`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from crosswalk.bodies import Body, find_bodies, force_of_area
from crosswalk.dates import find_dates, is_date_line
from crosswalk.ingest.screen import Screen, fold, screen
from crosswalk.resources import pattern_file, read_lines

RESPONSE_TYPES = ("pcc_response", "force_response", "monitoring_record")
SIGN_OFF_RE = re.compile(r"^(?:yours (?:faithfully|sincerely|truly)|kind regards|best wishes)\b", re.I)
ROLE_RE = re.compile(
    r"\b(?:police(?:,)? (?:fire )?(?:and )?crime commissioner|commissioner|chief constable|"
    r"chief executive|deputy|pcc|pfcc|opcc)\b",
    re.I,
)
TITLE_WORDS_RE = re.compile(r"\b(?:inspection|response|report|peel|hmicfrs|hmic)\b", re.I)


PUBLISHED_RE = re.compile(r"\bpublish(?:ed|es|ing)?\b", re.I)


@dataclass(frozen=True)
class Metadata:
    doc_type: str
    title: str | None
    inspection: str | None
    date: str | None
    author: str | None
    responding_body: str | None
    published: str | None


@dataclass(frozen=True)
class Cue:
    pattern: Screen  # searched over the whole text, so screened (see `screen`)
    weight: int


@lru_cache(maxsize=1)
def _doc_type_cues() -> tuple[int, dict[str, tuple[Cue, ...]]]:
    data = json.loads(pattern_file("doc_types.json").read_text(encoding="utf-8"))
    unknown = set(data) - {"_comment", "min_score", "types"}
    if unknown:
        raise ValueError(f"doc_types.json: unknown keys {sorted(unknown)}")
    cues: dict[str, tuple[Cue, ...]] = {}
    for doc_type, entries in data["types"].items():
        for entry in entries:
            if set(entry) != {"cue", "weight"}:
                raise ValueError(f"doc_types.json: {doc_type} cue needs exactly cue and weight: {entry}")
        cues[doc_type] = tuple(Cue(screen(re.compile(e["cue"], re.I | re.M)), int(e["weight"])) for e in entries)
    return int(data["min_score"]), cues


@lru_cache(maxsize=1)
def _inspection_res() -> tuple[Screen, ...]:
    return tuple(screen(re.compile(line, re.I | re.M)) for line in read_lines("inspection_titles.txt"))


def doc_type_scores(text: str, folded: str | None = None) -> dict[str, int]:
    """Each type's cue weight total; a cue counts once however often it occurs.

    `folded` is `fold(text)` when the caller already has it."""
    _, cues = _doc_type_cues()
    folded = fold(text) if folded is None else folded
    return {t: sum(c.weight for c in cs if c.pattern.search(text, folded)) for t, cs in cues.items()}


def decide_doc_type(text: str, has_history: bool, folded: str | None = None) -> str:
    if has_history:
        return "monitoring_record"
    min_score, _ = _doc_type_cues()
    scores = doc_type_scores(text, folded)
    best = max(scores, key=lambda t: scores[t])
    return best if scores[best] >= min_score else "unknown"


def find_inspection(text: str, folded: str | None = None) -> str | None:
    """The inspection title as the document writes it (earliest mention)."""
    folded = fold(text) if folded is None else folded
    hits = [m for r in _inspection_res() for m in [r.search(text, folded)] if m]
    if not hits:
        return None
    first = min(hits, key=lambda m: m.start())
    return " ".join(first.group("title").split())


def find_title(blocks: list[str], given: str | None) -> str | None:
    if given:
        return given
    head = blocks[:10]
    for text in head:
        if TITLE_WORDS_RE.search(text) and len(text.split()) <= 40:
            return text
    return head[0] if head else None


def find_letter_date(blocks: list[str]) -> str | None:
    """A line that is only a date: how letters and web responses carry their own date."""
    for text in blocks:
        if is_date_line(text):
            return find_dates(text)[0][2]
    return None


def signature(blocks: list[str]) -> list[str]:
    """The name and role lines that close a letter (after "Yours faithfully", or last)."""
    start = next((i + 1 for i, t in enumerate(blocks) if SIGN_OFF_RE.match(t)), None)
    if start is None:
        tail: list[str] = []
        for text in reversed(blocks):
            if is_date_line(text) and not tail:
                continue  # the letter's date under the signature
            if len(text.split()) > (14 if ROLE_RE.search(text) else 8) or text.endswith("."):
                break
            tail.insert(0, text)
        lines = tail[-4:]
    else:
        lines = []
        for text in blocks[start : start + 5]:
            if is_date_line(text) or len(text.split()) > 10 or text.startswith("["):
                break
            lines.append(text.rstrip(","))
    return lines if any(ROLE_RE.search(line) for line in lines) else []


def _name_then_role(line: str) -> str:
    """"Jane Doe Police and Crime Commissioner" (a line break lost) -> "Jane Doe, Police ..."."""
    role = ROLE_RE.search(line)
    if role is None or role.start() == 0:
        return line
    before = line[: role.start()].strip()
    if before.endswith((",", "the", "for")) or force_of_area(before) is not None:
        return line  # "West Midlands Police and Crime Commissioner": an area, not a name
    return f"{before}, {line[role.start():]}"


def find_author(doc_type: str, blocks: list[str], text: str) -> str | None:
    if doc_type == "monitoring_record":
        return "HMICFRS"
    if doc_type == "press_article":
        first = blocks[0] if blocks else ""
        return first if 0 < len(first.split()) <= 6 else None
    lines = signature(blocks)
    if not lines:
        return None
    author = ", ".join(_name_then_role(line) for line in lines)
    if not any(body.area for _, _, body in find_bodies(author)):
        # "Police and Crime Commissioner" alone: take the area the letter gives the role.
        role = next(line for line in lines if ROLE_RE.search(line))
        match = re.search(re.escape(role) + r" for ([A-Z][\w-]+(?: (?:and )?[A-Z][\w-]+)*)", text)
        if match and force_of_area(match.group(1)):
            author = author.replace(role, f"{role} for {match.group(1)}", 1)
    return author


def _area(body: Body) -> str | None:
    return body.area if body.kind in ("force", "pcc") else None


def find_responding_body(doc_type: str, author: str | None, title: str | None, text: str) -> str | None:
    """The force area answering: from the signature, else the title, else the most named."""
    if doc_type not in RESPONSE_TYPES:
        return None
    for source in (author, title):
        if source:
            areas = [a for _, _, b in find_bodies(source) if (a := _area(b))]
            if areas:
                return areas[0]
    counts: dict[str, int] = {}
    for _, _, body in find_bodies(text):
        if (area := _area(body)) is not None:
            counts[area] = counts.get(area, 0) + 1
    return max(counts, key=lambda a: counts[a]) if counts else None


def publication_date(text: str) -> str | None:
    """The inspection report's publication date as the text gives it ("On 3 March 2023,
    HMICFRS published its report", "Published on 3rd March 2023"); full dates beat months."""
    found: list[str] = []
    for match in PUBLISHED_RE.finditer(text):
        window = text[max(0, match.start() - 60) : match.end() + 60]
        found.extend(iso for _, _, iso in find_dates(window))
    if not found:
        return None
    return max(found, key=lambda iso: (len(iso), -found.index(iso)))


def decide_metadata(text: str, blocks: list[str], given_title: str | None, has_history: bool) -> Metadata:
    folded = fold(text)
    doc_type = decide_doc_type(text, has_history, folded)
    title = find_title(blocks, given_title)
    author = find_author(doc_type, blocks, text)
    return Metadata(
        doc_type=doc_type,
        title=title,
        inspection=find_inspection(text, folded),
        date=find_letter_date(blocks),
        author=author,
        responding_body=find_responding_body(doc_type, author, title, text),
        published=publication_date(text),
    )
