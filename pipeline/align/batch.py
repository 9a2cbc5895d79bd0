"""Alignment over a batch: group, build registers, align responses, check compliance."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from pipeline.align.compliance import compliance_row
from pipeline.align.crosswalk import CrosswalkRow, align_response, is_response
from pipeline.align.inspections import Inspection, group_documents
from pipeline.align.register import RegisterItem, build_register
from pipeline.model import Document, Extracted

REGISTER_COLUMNS = ["inspection", "register_id", "type", "subject", "text", "parent_id", "historic", "sources"]
CROSSWALK_COLUMNS = list(CrosswalkRow.__dataclass_fields__)
COMPLIANCE_COLUMNS = ["inspection", "response_doc", "responding_body", "published", "published_source",
                      "response_date", "days", "late"]


@dataclass
class Alignment:
    inspections: list[Inspection]
    registers: dict[str, list[RegisterItem]]
    rows: list[CrosswalkRow]
    compliance: list[dict[str, object]]

    def tables(self) -> dict[str, pd.DataFrame]:
        register = pd.DataFrame(
            [
                {"inspection": _name(i), "register_id": e.register_id, "type": e.type, "subject": e.subject,
                 "text": e.text, "parent_id": e.parent_id, "historic": e.historic, "sources": ";".join(e.sources)}
                for i in self.inspections for e in self.registers[i.key]
            ],
            columns=REGISTER_COLUMNS,
        )
        crosswalk = pd.DataFrame([r.as_dict() for r in self.rows], columns=CROSSWALK_COLUMNS)
        return {
            "register": register,
            "crosswalk": crosswalk,
            "unaddressed": crosswalk[crosswalk["status"] == "unaddressed"].reset_index(drop=True),
            "compliance": pd.DataFrame(self.compliance, columns=COMPLIANCE_COLUMNS),
        }


def _name(inspection: Inspection) -> str:
    return inspection.title or inspection.key


def align(documents: Sequence[Document], extracted: dict[str, Extracted]) -> Alignment:
    by_id = {d.doc_id: d for d in documents}
    inspections = group_documents(documents, extracted)
    registers: dict[str, list[RegisterItem]] = {}
    rows: list[CrosswalkRow] = []
    compliance: list[dict[str, object]] = []
    for inspection in inspections:
        members = [by_id[d] for d in inspection.doc_ids]
        register = build_register(members, extracted)
        registers[inspection.key] = register
        for document in members:
            if is_response(document):
                rows.extend(align_response(_name(inspection), document, extracted[document.doc_id], register))
                compliance.append(compliance_row(inspection, document))
    return Alignment(inspections, registers, rows, compliance)
