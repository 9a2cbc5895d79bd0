"""Alignment of one inspection group: its register, each response's crosswalk rows and
compliance rows, as plain dicts ready for the tables (and for the catalogue's cache)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from crosswalk.align.compliance import compliance_row
from crosswalk.align.corrections import Correction, apply_corrections
from crosswalk.align.crosswalk import align_response, is_response
from crosswalk.align.inspections import Inspection
from crosswalk.align.register import build_register, causes_of_recommendations
from crosswalk.model import Document, Extracted


def inspection_name(inspection: Inspection) -> str:
    return inspection.title or inspection.key


def align_inspection(
    inspection: Inspection, members: Sequence[Document], extracted: dict[str, Extracted],
    corrections: Sequence[Correction] = (),
) -> dict[str, list[Any]]:
    """{"register": rows, "crosswalk": rows, "compliance": rows, "members": texts,
    "item_register": [doc_id, item_id, register_id] of every member item,
    "corrected": [[line] of each correction that matched a row]}."""
    name = inspection_name(inspection)
    register = build_register(members, extracted, inspection.key)
    causes = causes_of_recommendations(register)
    crosswalk: list[dict[str, Any]] = []
    compliance: list[dict[str, Any]] = []
    for document in members:
        if is_response(document):
            crosswalk.extend(row.as_dict() for row in align_response(name, document, extracted[document.doc_id], register,
                                                                      causes))
            compliance.append(compliance_row(inspection, document))
    mine = [c for c in corrections if any(c.response_doc == d.doc_id for d in members)]
    corrected = apply_corrections(crosswalk, mine, {d.doc_id: d.text for d in members}) if mine else []
    return {
        "register": [
            {"inspection": name, "register_id": e.register_id, "type": e.type, "subject": e.subject, "text": e.text,
             "parent_id": e.parent_id, "historic": e.historic, "sources": ";".join(e.sources)}
            for e in register
        ],
        "crosswalk": crosswalk,
        "compliance": compliance,
        "members": [[item.text for _, item in e.members] for e in register],
        "item_register": [[doc_id, item.item_id, e.register_id] for e in register for doc_id, item in e.members],
        "corrected": [[line] for line in corrected],
    }
