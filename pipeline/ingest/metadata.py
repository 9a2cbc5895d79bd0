"""Decide a document's metadata: its title, inspection, dates and author here, its type in
`crosswalk.ingest.doc_type` and the body answering in `crosswalk.ingest.responding_body`
(`decide_metadata` asks them in turn).

Everything here reads the text, never the file name: researchers save files under any
name, and the same letter arrives as `response.pdf` and as `item-8929.html`. Cue lists
and title patterns are data in `patterns/`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crosswalk.align.inspection_keys import document_sector
from crosswalk.bodies import find_bodies, force_of_area
from crosswalk.dates import date_label_re, find_dates, is_date_line
from crosswalk.ingest.address import publisher
from crosswalk.ingest.doc_type import decide_doc_type, own_site_type
from crosswalk.ingest.document_head import head, lead_blocks
from crosswalk.ingest.limits import LIMITS
from crosswalk.ingest.responding_body import find_responding_body
from crosswalk.ingest.screen import Screen, fold, screen
from crosswalk.model import RESPONSE_TYPES
from crosswalk.resources import read_lines
from crosswalk.role_titles import signature_titles

SIGN_OFF_RE = re.compile(r"^(?:yours (?:faithfully|sincerely|truly)|kind regards|best wishes)\b", re.I)
ROLE_RE = re.compile(r"\b" + signature_titles() + r"\b", re.I)  # patterns/role_titles.json
TITLE_WORDS_RE = re.compile(r"\b(?:inspection|response|report|peel|hmicfrs|hmic)\b", re.I)


PUBLISHED_RE = re.compile(r"\bpublish(?:ed|es|ing)?\b", re.I)
AFTER_LABELLED_DATE_RE = re.compile(
    r"[ \t]*(?:$|\n|,?[ \t]*(?:at[ \t]+)?\d{1,2}[:.]\d\d\b|by\b|[|•·–-]|(?-i:[A-Z]))", re.I)
WEEKDAY_RE = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.I)
BYLINE_RE = re.compile(r"[ \t]*(?:\||[•·]|by\b)", re.I)
DISPATCH_RE = re.compile(r"\b(?:sent|wrote)\b[^.\n]{0,80}?\bon\s+")
TITLE_DATE_RE = re.compile(r"\(([^()]{6,30})\)\s*$")


@dataclass(frozen=True)
class Metadata:
    doc_type: str
    title: str | None
    inspection: str | None
    date: str | None
    author: str | None
    responding_body: str | None
    published: str | None
    body_by_address: bool = False  # the responding body is the address's, not the text's


@lru_cache(maxsize=1)
def _inspection_res() -> tuple[Screen, ...]:
    return tuple(screen(re.compile(line, re.I | re.M)) for line in read_lines("inspection_titles.txt"))


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
    """A line that is only a full date, above a letter or under its signature: how
    letters and web responses carry their own date ("June 2023." on a line of its own is
    a sentence cut by a page, not a date line)."""
    zone = blocks if len(blocks) <= LIMITS.letterhead_blocks + LIMITS.signature_blocks else (
        blocks[:LIMITS.letterhead_blocks] + blocks[-LIMITS.signature_blocks:])  # a date line mid-report is a table's or a quote's
    for text in zone:
        if is_date_line(text) and len(iso := find_dates(text)[0][2]) == 10:
            return iso
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


def _labelled_date(blocks: list[str], top: list[str]) -> str | None:
    """"Published on 6 February 2024", "Last updated 15/12/2021", " date 2024-07-23":
    a label written as metadata (at a line start or with a capital) and a date right
    after it that ends the line or is followed by a new sentence ("Published on 14 May
    2024, this inspection ..." dates the inspection, not the page)."""
    for index, text in enumerate(top):
        dates = find_dates(text)
        if dates and dates[0][0] == 0 and len(dates[0][2]) == 10 and BYLINE_RE.match(text, dates[0][1]):
            return dates[0][2]  # "4 May 2021 By A. Writer"
        for label in date_label_re().finditer(text):
            at_line_start = label.start() == 0 or text[label.start() - 1] == "\n"
            if not (at_line_start or text[label.start()].isupper()):
                continue
            rest = text[label.end() :]
            if not rest.strip() and index + 1 < len(blocks):
                rest = blocks[index + 1]  # the label ends its line, the date is on the next
            if weekday := WEEKDAY_RE.match(rest):
                rest = rest[weekday.end() :]
            dates = find_dates(rest)
            if dates and dates[0][0] == 0 and AFTER_LABELLED_DATE_RE.match(rest, dates[0][1]):
                return dates[0][2]
    return None


def _dispatch_date(top: list[str]) -> str | None:
    """"The PCC sent this letter to the Policing Minister on 4 March 2021, after ..."."""
    for text in top:
        for match in DISPATCH_RE.finditer(text):
            dates = find_dates(text[match.end() :])
            if dates and dates[0][0] == 0:
                return dates[0][2]
    return None


def _title_date(title: str | None) -> str | None:
    """A news archive title closing with its date: "Force rated good by inspectors (3 Mar 2017)"."""
    match = TITLE_DATE_RE.search(title) if title else None
    dates = find_dates(match.group(1)) if match else []
    return dates[0][2] if len(dates) == 1 and len(dates[0][2]) == 10 else None


def find_document_date(blocks: list[str], title: str | None) -> str | None:
    """The document's own date: a letter's date line, else a labelled date in the head
    ("Published", "Last updated", "Posted on"), else the date a letter was sent on, else
    a date closing the title (`find_title`'s, wherever on the page it stands)."""
    top = head(blocks)
    return find_letter_date(blocks) or _labelled_date(blocks, top) or _dispatch_date(top) or _title_date(title)


def publication_date(text: str, own_date: str | None = None) -> str | None:
    """The inspection report's publication date as the text gives it ("On 3 March 2023,
    HMICFRS published its report", "Published on 3rd March 2023"); full dates beat months.
    A response's own date (its "Published on" label) is not its report's: pass it as
    `own_date` to leave it out."""
    found: list[str] = []
    for match in PUBLISHED_RE.finditer(text):
        window = text[max(0, match.start() - 60) : match.end() + 60]
        found.extend(iso for _, _, iso in find_dates(window) if iso != own_date)
    if not found:
        return None
    return max(found, key=lambda iso: (len(iso), -found.index(iso)))


def decide_metadata(text: str, blocks: list[str], given_title: str | None, has_history: bool,
                    dropped: tuple[str, ...] = (), address: str | None = None, *, welsh: bool) -> Metadata:
    """A document's metadata from its text, and from its public `address` when one is
    declared (`crosswalk.align.declared`): without one, the text alone decides. `welsh`:
    whether the text is written in Welsh (`crosswalk.ingest.language`), decided once by ingest."""
    folded = fold(text)
    doc_type = decide_doc_type(text, has_history, folded, lead_blocks(blocks), dropped, welsh=welsh)
    title = find_title(blocks, given_title)
    sector = document_sector(title, text)
    published = publisher(address, sector)  # read once: the type and the body both consult it
    doc_type = own_site_type(doc_type, published)
    author = find_author(doc_type, blocks, text)
    date = find_document_date(blocks, title)
    answering = find_responding_body(doc_type, author, title, blocks, text, sector, published)
    return Metadata(
        doc_type=doc_type,
        title=title,
        inspection=find_inspection(text, folded),
        date=date,
        author=author,
        responding_body=answering.body,
        published=publication_date(text, date if doc_type in RESPONSE_TYPES else None),
        body_by_address=answering.by_address,
    )
