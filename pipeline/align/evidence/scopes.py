"""Headings naming a scope ("Regional AFIs", a force's name): the paragraphs under them answer
the items of that scope the response states (`scope_heading`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from crosswalk.align.evidence.limits import LIMITS
from crosswalk.align.evidence.passage import Passage
from crosswalk.align.evidence.view import ResponseView
from crosswalk.align.register import RegisterItem
from crosswalk.align.scope import own_subjects
from crosswalk.bodies import find_bodies

SCOPE_HEADING_RE = re.compile(r"\b(?P<region>regional|region|ROCU\w*)\b", re.I)


def scope_headings(view: ResponseView) -> Iterable[tuple[RegisterItem, Passage]]:
    """Paragraphs under a heading naming a scope ("Regional AFIs") answer the items of
    that scope the response itself states."""
    stated = {e.register_id: e for e in (view.entry(i) for _, _, i in view.statements) if e is not None}
    for index, block in enumerate(view.blocks[:-1]):
        if block.kind != "heading" or view.blocks[index + 1].kind != "paragraph" or _is_title(view, index):
            continue
        if len(view.text[block.start : block.end].split()) > LIMITS.scope_heading_words:
            continue
        subjects = _heading_subjects(view.text[block.start : block.end], view.document.responding_body)
        if not subjects:
            continue
        end = next((b.start for b in view.blocks[index + 1 :] if b.kind == "heading"), view.blocks[-1].end)
        passage = view.passage(view.blocks[index + 1].start, end, "scope_heading")
        yield from ((entry, passage) for entry in stated.values() if entry.subject in subjects
                    and not entry.historic and entry.type != "innovative_practice")


def _is_title(view: ResponseView, index: int) -> bool:
    """Whether block `index` is the document's title ("Commissioner welcomes report on
    X Police"): it names what the whole text is about, not the scope of a section."""
    block = view.blocks[index]
    title = " ".join((view.document.title or "").split()).casefold()
    return index == 0 or bool(title) and " ".join(view.text[block.start : block.end].split()).casefold() == title


def _heading_subjects(heading: str, responding_body: str | None) -> set[str]:
    """The subjects a heading's scope word covers: 'Regional' -> region-wide and ROCU."""
    own = own_subjects(responding_body)
    if SCOPE_HEADING_RE.search(heading):
        return {s for s in own if "ROCU" in s}
    named = {body.canonical for _, _, body in find_bodies(heading)}
    return named & own
