"""Turn extraction records into the rows of items.csv, gradings.csv and commitments.csv.

Every row carries its evidence: the document, character offsets into the document's
normalised text, and the id of the rule that produced it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crosswalk.export.spec import columns
from crosswalk.model import Extracted

ITEM_COLUMNS, GRADING_COLUMNS, COMMITMENT_COLUMNS = columns("items"), columns("gradings"), columns("commitments")


def item_rows(extracted: Extracted, registered: Mapping[tuple[str, str], str] | None = None) -> list[dict[str, Any]]:
    """`register_id` is the register item each item merged into, when the document was
    aligned with its inspection (`registered` maps (doc_id, item_id) to it); a document
    extracted on its own (`crosswalk extract`) has none."""
    registered = registered or {}
    return [
        {"doc_id": extracted.doc_id, "item_id": i.item_id, "type": i.type, "subject": i.subject,
         "number": i.number, "text": i.text, "parent_id": i.parent_id, "historic": i.historic,
         "negated": i.negated, "hypothetical": i.hypothetical, "start": i.start, "end": i.end, "rule": i.rule,
         "register_id": registered.get((extracted.doc_id, i.item_id))}
        for i in extracted.items
    ]


def grading_rows(extracted: Extracted) -> list[dict[str, Any]]:
    return [
        {"doc_id": extracted.doc_id, "subject": g.subject, "grade": g.grade, "area": g.area,
         "historic": g.historic, "negated": g.negated, "hypothetical": g.hypothetical,
         "sentence": g.sentence, "start": g.start, "end": g.end, "rule": g.rule}
        for g in extracted.gradings
    ]


def commitment_rows(extracted: Extracted) -> list[dict[str, Any]]:
    return [
        {"doc_id": extracted.doc_id, "actor": c.actor, "text": c.text, "deadline": c.deadline,
         "strength": c.strength, "answers": c.answers, "start": c.start, "end": c.end, "rule": c.rule}
        for c in extracted.commitments
    ]
