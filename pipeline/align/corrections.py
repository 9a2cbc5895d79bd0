"""Researchers' corrections to the crosswalk, kept as data and applied on every run.

A reading the rules get wrong is corrected once, in `corrections.csv` in the output
folder (or a file passed to `run_batch(corrections=...)`), with the columns
`response_doc, item, status, passage, note`:

- `response_doc`: the response's doc_id;
- `item`: its register_id (`KEY/R2`), the id within the inspection (`R2`), or the
  item's text (matched when token_set_ratio >= 90, `correction_text_match` of
  `patterns/register_limits.json`);
- `status`: actioned, acknowledged, declined, unaddressed or out_of_scope;
- `passage` (optional): the answering words, found in the response's text;
- `note` (optional): why, for the next reader.

A corrected row keeps its item and scope and takes `method = correction`, score 100.
A correction that no longer matches a row (the document was renamed, the item's wording
changed) is reported by the run, never silently dropped.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from crosswalk.align.register import LIMITS
from crosswalk.model import STATUSES

COLUMNS = ("response_doc", "item", "status", "passage", "note")
FILE = "corrections.csv"


@dataclass(frozen=True)
class Correction:
    line: int
    response_doc: str
    item: str
    status: str
    passage: str | None = None
    note: str | None = None


def read_corrections(path: Path) -> list[Correction]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"response_doc", "item", "status"} - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: missing columns {sorted(missing)} (expected {', '.join(COLUMNS)})")
        found = []
        for line, row in enumerate(reader, start=2):
            status = (row.get("status") or "").strip()
            if status not in STATUSES:
                raise ValueError(f"{path}:{line}: status {status!r} is not one of {', '.join(STATUSES)}")
            found.append(Correction(line, (row.get("response_doc") or "").strip(), (row.get("item") or "").strip(),
                                    status, (row.get("passage") or "").strip() or None,
                                    (row.get("note") or "").strip() or None))
    return found


def _names(row: Mapping[str, Any], correction: Correction) -> bool:
    register_id = str(row["register_id"])
    if correction.item in (register_id, register_id.rsplit("/", 1)[-1]):
        return True
    return fuzz.token_set_ratio(correction.item.lower(), str(row["item_text"]).lower()) >= LIMITS.correction_text_match


def apply_corrections(rows: list[dict[str, Any]], corrections: Sequence[Correction],
                      texts: Mapping[str, str]) -> list[int]:
    """Correct the crosswalk rows in place; the lines of the corrections that matched."""
    matched = []
    for correction in corrections:
        hits = [r for r in rows if r["response_doc"] == correction.response_doc and _names(r, correction)]
        if not hits:
            continue
        matched.append(correction.line)
        for row in hits:
            row.update(status=correction.status, method="correction", score=100.0)
            if correction.passage:
                words = correction.passage.split()
                found = re.search(r"\s+".join(map(re.escape, words)), texts.get(correction.response_doc, ""))
                row.update(passage=correction.passage, passage_start=found.start() if found else None,
                           passage_end=found.end() if found else None)
    return matched
