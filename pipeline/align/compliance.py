"""Section 55 of the Police Act 1996: a PCC publishes a response within 56 days.

The report's publication date comes from the texts of the inspection's documents
("On 3 March 2023, HMICFRS published its report"); the response's date is its own
letter date. A response without a date, or an inspection without a publication date,
gets no verdict rather than a guessed one.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from crosswalk.align.inspections import Inspection
from crosswalk.model import Document

DEADLINE_DAYS = 56  # section 55 of the Police Act 1996: a response is due within 56 days of the report


def compliance_row(inspection: Inspection, document: Document) -> dict[str, Any]:
    days = _days_between(inspection.published, document.date)
    return {
        "inspection": inspection.title or inspection.key,
        "response_doc": document.doc_id,
        "responding_body": document.responding_body,
        "published": inspection.published,
        "published_source": inspection.published_source,
        "response_date": document.date,
        "days": days,
        "late": None if days is None else days > DEADLINE_DAYS,
    }


def _days_between(published: str | None, responded: str | None) -> int | None:
    if not published or not responded or len(published) < 10 or len(responded) < 10:
        return None
    return (date.fromisoformat(responded) - date.fromisoformat(published)).days
