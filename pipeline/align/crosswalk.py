"""Align each response to its inspection's register: which passage answers which item.

Evidence is gathered strongest first, and every decision keeps it (passage, offsets,
score, method):

1. explicit_reference: a sentence that names an item ("(recommendation 2)", "R4",
   "the Cause for Concern");
2. restatement: the paragraphs that follow an item the response quotes as a heading,
   and table_row: the other cells of a "Recommendation | Response" row;
3. statement_context: the rest of the paragraph in which the response states an item
   in its own words ("... should enhance their collaboration. I agree with ...");
4. scope_heading: paragraphs under a heading naming a scope ("Regional areas
   for improvement", "2. The region", "Kent Police") answer the items of that scope the response
   itself lists;
5. monitoring_comment: a progress comment of a monitoring record that cites no number
   answers the record's top-level item;
6. mention: the response states the item and nothing more;
7. parent: a part answered only through its parent takes the parent's passage.

A passage is `actioned` when a commitment or a step already taken lies inside it,
`acknowledged` otherwise; an item's status is the best over its passages; an in-scope
item with no passage is `unaddressed`.

Similarity of paragraphs to items (rapidfuzz cdist on cores) was measured as a fourth
kind of evidence and found unreliable: on the sample gold no scorer and threshold
reaches a precision above 0.25 (docs/thresholds.md), because answers rarely repeat an
item's words. It therefore never changes a status: for an unaddressed item the most
similar paragraph above `SIMILARITY_THRESHOLD` is shown as `similarity_suggestion`, for
a researcher to check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from crosswalk.align.register import RegisterItem
from crosswalk.align.scope import IN_SCOPE, own_subjects, scope_of
from crosswalk.align.similarity import similarity_matrix
from crosswalk.bodies import find_bodies
from crosswalk.extraction.references import REFERENCE_RE, answer_regions, block_at, explicit_references
from crosswalk.model import RESPONSE_TYPES, Document, Extracted, Item

METHOD_ORDER = ("explicit_reference", "restatement", "table_row", "statement_context", "scope_heading",
                "monitoring_comment", "mention", "parent")
SIMILARITY_THRESHOLD = 90.0
SENTENCE_END_RE = re.compile(r"(?<=[.!?])[’”'\")]*\s+(?=[A-Z(“\"‘'])")
SCOPE_HEADING_RE = re.compile(r"\b(?P<region>regional|region|ROCU\w*)\b", re.I)
PASSAGE_SHOWN = 400  # characters of the passage written to the crosswalk


@dataclass(frozen=True)
class Passage:
    start: int
    end: int
    method: str
    score: float
    actioned: bool


@dataclass(frozen=True)
class CrosswalkRow:
    inspection: str
    response_doc: str
    responding_body: str | None
    register_id: str
    item_type: str
    subject: str | None
    item_text: str
    scope: str
    status: str
    passage: str | None
    passage_start: int | None
    passage_end: int | None
    score: float | None
    method: str | None
    commitments: str | None

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def is_response(document: Document) -> bool:
    return document.doc_type in RESPONSE_TYPES and document.responding_body is not None


def align_response(
    inspection: str, document: Document, extracted: Extracted, register: Sequence[RegisterItem]
) -> list[CrosswalkRow]:
    """One row per register item for this response."""
    own = {item.item_id: entry for entry in register for doc_id, item in entry.members if doc_id == document.doc_id}
    evidence = _Evidence(document, extracted)
    passages: dict[str, list[Passage]] = {entry.register_id: [] for entry in register}
    for item_id, start, end, method in _stated_passages(document, extracted):
        if item_id in own:
            passages[own[item_id].register_id].append(evidence.passage(start, end, method))
    for entry_id, passage in _scope_passages(document, extracted, own, register, evidence):
        passages[entry_id].append(passage)
    scopes = {entry.register_id: scope_of(entry, document.responding_body) for entry in register}
    unanswered = [e for e in register if scopes[e.register_id] == IN_SCOPE and not passages[e.register_id]
                  and not (e.parent_id and passages.get(e.parent_id))]
    suggestions = dict(_similar_passages(document, unanswered, evidence))
    rows = []
    for entry in register:
        chosen = _best(passages[entry.register_id])
        if chosen is None and entry.parent_id and passages.get(entry.parent_id):
            parent = _best(passages[entry.parent_id])
            chosen = parent and Passage(parent.start, parent.end, "parent", parent.score, parent.actioned)
        status = _status(scopes[entry.register_id], chosen)
        rows.append(_row(inspection, document, entry, scopes[entry.register_id], status,
                         chosen or suggestions.get(entry.register_id), evidence))
    return rows


class _Evidence:
    """Commitments and steps of one document, to decide whether a passage acts."""

    def __init__(self, document: Document, extracted: Extracted) -> None:
        self.document = document
        self.commitments = [(c.start, c.end, c.text) for c in extracted.commitments]
        self.steps = [(s, e) for s, e, _ in extracted.steps]

    def passage(self, start: int, end: int, method: str, score: float = 100.0) -> Passage:
        acts = any(s < end and start < e for s, e, _ in self.commitments) or any(
            s < end and start < e for s, e in self.steps
        )
        return Passage(start, end, method, score, acts)

    def commitments_in(self, passage: Passage) -> list[str]:
        return [t for s, e, t in self.commitments if s < passage.end and passage.start < e]


def _stated_passages(document: Document, extracted: Extracted) -> list[tuple[str, int, int, str]]:
    """(item_id, start, end, method) from the response's own statements of items."""
    items = list(extracted.items)
    blocks = [(b.start, b.end, b.kind) for b in document.blocks]
    found: list[tuple[str, int, int, str]] = []
    for start, end, item_id in answer_regions(items, blocks):
        found.append((item_id, start, end, "restatement"))
    for item in items:
        for start, end in item.statements:
            index = block_at(blocks, start)
            if index is not None and blocks[index][2] == "table_row" and end < blocks[index][1] - 1:
                found.append((item.item_id, end, blocks[index][1], "table_row"))
        index = block_at(blocks, item.start)
        if item.rule == "item-statement" and index is not None and item.end < blocks[index][1] - 1:
            found.append((item.item_id, item.end, blocks[index][1], "statement_context"))
        found.extend((item.item_id, s, e, "mention") for s, e in item.statements)
    item_spans = [span for item in items for span in item.statements]
    for start, end in _sentences(document):
        sentence = document.text[start:end]
        if REFERENCE_RE.search(sentence) and not _is_item_text(item_spans, start, end):
            found.extend((item_id, start, end, "explicit_reference") for item_id in explicit_references(items, sentence))
    return found


def _is_item_text(item_spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start + 5 and end - 5 <= e for s, e in item_spans)


def _sentences(document: Document) -> list[tuple[int, int]]:
    spans = []
    for block in document.blocks:
        cursor = block.start
        for match in SENTENCE_END_RE.finditer(document.text, block.start, block.end):
            spans.append((cursor, match.start()))
            cursor = match.end()
        spans.append((cursor, block.end))
    return spans


def _scope_passages(
    document: Document, extracted: Extracted, own: dict[str, RegisterItem], register: Sequence[RegisterItem],
    evidence: _Evidence,
) -> list[tuple[str, Passage]]:
    """Headings that name a scope, and monitoring comments that cite no number."""
    found: list[tuple[str, Passage]] = []
    stated = {entry.register_id: entry for entry in own.values()}
    blocks = list(document.blocks)
    for index, block in enumerate(blocks[:-1]):
        if block.kind != "heading" or blocks[index + 1].kind != "paragraph":
            continue
        subjects = _heading_subjects(document.text[block.start : block.end], document.responding_body)
        if not subjects:
            continue
        end = next((b.start for b in blocks[index + 1 :] if b.kind == "heading"), blocks[-1].end)
        passage = evidence.passage(blocks[index + 1].start, end, "scope_heading")
        found.extend((rid, passage) for rid, entry in stated.items() if entry.subject in subjects
                     and not entry.historic and entry.type != "innovative_practice")
    if document.doc_type == "monitoring_record":
        top = [e for e in stated.values() if e.parent_id is None and not e.historic]
        for event in document.history:
            if event.comment_start is None or event.comment_end is None:
                continue
            comment = document.text[event.comment_start : event.comment_end]
            if REFERENCE_RE.search(comment) is None or not explicit_references(extracted.items, comment):
                passage = evidence.passage(event.comment_start, event.comment_end, "monitoring_comment")
                found.extend((entry.register_id, passage) for entry in top)
    return found


def _heading_subjects(heading: str, responding_body: str | None) -> set[str]:
    """The subjects a heading's scope word covers: 'Regional' -> region-wide and ROCU."""
    own = own_subjects(responding_body)
    if SCOPE_HEADING_RE.search(heading):
        return {s for s in own if "ROCU" in s}
    named = {body.canonical for _, _, body in find_bodies(heading)}
    return named & own


def _similar_passages(
    document: Document, unanswered: Sequence[RegisterItem], evidence: _Evidence
) -> list[tuple[str, Passage]]:
    paragraphs = [b for b in document.blocks if b.kind == "paragraph"]
    if not unanswered or not paragraphs:
        return []
    scores = similarity_matrix([e.text for e in unanswered], [document.text[b.start : b.end] for b in paragraphs],
                               SIMILARITY_THRESHOLD)
    found = []
    for row, entry in enumerate(unanswered):
        column = int(scores[row].argmax())
        if scores[row, column] >= SIMILARITY_THRESHOLD:
            block = paragraphs[column]
            found.append((entry.register_id, evidence.passage(block.start, block.end, "similarity_suggestion",
                                                              float(scores[row, column]))))
    return found


def _best(passages: Sequence[Passage]) -> Passage | None:
    if not passages:
        return None
    return min(passages, key=lambda p: (not p.actioned, METHOD_ORDER.index(p.method), p.start))


def _status(scope: str, passage: Passage | None) -> str:
    if scope != IN_SCOPE:
        return "out_of_scope"
    if passage is None:
        return "unaddressed"
    return "actioned" if passage.actioned else "acknowledged"


def _row(inspection: str, document: Document, entry: RegisterItem, scope: str, status: str,
         passage: Passage | None, evidence: _Evidence) -> CrosswalkRow:
    text = document.text[passage.start : passage.end].strip() if passage else None
    commitments = evidence.commitments_in(passage) if passage else []
    return CrosswalkRow(
        inspection=inspection,
        response_doc=document.doc_id,
        responding_body=document.responding_body,
        register_id=entry.register_id,
        item_type=entry.type,
        subject=entry.subject,
        item_text=entry.text,
        scope=scope,
        status=status,
        passage=text[:PASSAGE_SHOWN] if text else None,
        passage_start=passage.start if passage else None,
        passage_end=passage.end if passage else None,
        score=passage.score if passage else None,
        method=passage.method if passage else None,
        commitments=" | ".join(commitments) or None,
    )
