"""What extraction needs to know about a document before reading it: its own body, the body
it is about, its sector, year and speaker's role, worked out once from the ingested
`Document` and carried on the spaCy doc (`doc._.meta`), so that every component resolves
"the force", "we" and an area's bare name alike, and a piece of a long document (`chunks`)
reads them as its whole document does."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosswalk.align.inspection_keys import document_sector
from crosswalk.bodies import Body, find_bodies, fire_of_area, force_of_area, lookup
from crosswalk.deadlines import without_due_years
from crosswalk.model import Document
from crosswalk.role_titles import author_roles

# (words of a signature, the role they name), tried in order: the longest role first
AUTHOR_ROLES = author_roles()  # patterns/role_titles.json


@dataclass(frozen=True)
class DocMeta:
    doc_id: str
    doc_type: str
    own_body: str | None  # canonical force (in a fire document, service) answering, resolves "the force"
    subject_body: str | None  # the force the document is about: own_body, else the first in its title
    region: str | None
    year: int | None
    author_role: str | None  # who "I" is in a response
    title: str | None = None  # the document's own title (a follow-up's title says its items are current)
    entry_end: int | None = None  # a monitoring record's first progress comment: the entry (its item) is before it
    sector: str | None = None  # "police" or "fire" (`document_sector`): what an area's bare name means here
    length: int = 0  # characters of the whole document: a piece of a long one (`chunks`) knows the whole's length
    welsh: bool = False  # the whole document is written in Welsh (`Document.welsh`), a piece of it too

    @classmethod
    def of(cls, document: Document, length: int | None = None) -> DocMeta:
        """What the document says about itself; `length` is the whole document's when `document`
        is one piece of it."""
        sector = document_sector(document.title, document.text)
        # A body only the address names (`Document.body_by_address`) is the one the page is
        # about, as a title's would be, but not the one its words "the force" resolve to: a
        # national thematic's recommendation that one force's plan restates ("the force
        # should") stays the thematic's, for every force, as when no address is declared.
        body = _force_of(document.responding_body, sector) if document.responding_body else None
        force = None if document.body_by_address else body
        inspected = lookup(_first_force(document.inspection or "") or "")
        if inspected is not None and force is not None and inspected.area == force.area:
            force = inspected  # a PFCC answering for its fire and rescue service
        author = (document.author or "").lower()
        role = next((name for key, name in AUTHOR_ROLES if key in author), None)
        shown = force or body
        about = shown.canonical if shown else _first_force(document.title or document.text[:300])
        return cls(
            doc_id=document.doc_id,
            doc_type=document.doc_type,
            own_body=force.canonical if force else None,
            subject_body=about,
            region=force.region if force else None,
            year=_year(document),
            author_role=role,
            title=document.title,
            entry_end=min((e.comment_start for e in document.history if e.comment_start is not None), default=None),
            sector=sector,
            length=len(document.text) if length is None else length,
            welsh=document.welsh,
        )


def _force_of(responding_body: str, sector: str | None = None) -> Body | None:
    """The force a responding body names: an area ("Kent") or a force's own name
    ("Metropolitan Police Service"); not a department. In a fire document, the area's
    fire and rescue service ("Kent", "Hampshire and Isle of Wight")."""
    if sector == "fire" and (service := fire_of_area(responding_body)) is not None:
        return service
    force = force_of_area(responding_body)
    if force is None and (named := lookup(responding_body)) is not None and named.kind == "force":
        force = named
    return force


def _first_force(text: str) -> str | None:
    return next((body.canonical for _, _, body in find_bodies(text) if body.kind in ("force", "fire")), None)


def _year(document: Document) -> int | None:
    for source in (document.date, *(e.date for e in document.history)):
        if source:
            return int(source[:4])
    # Undated documents: the latest year they mention, leaving out deadlines ("by 2025").
    undated = without_due_years(document.text)
    years = [int(y) for y in re.findall(r"\b(20[0-4]\d)\b", undated)]
    return max(years) if years else None
