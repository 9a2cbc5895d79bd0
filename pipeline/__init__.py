"""crosswalk: what HMICFRS asked for, and what each force and PCC said they would do.

The Python API returns pandas DataFrames:

    from crosswalk import extract, run
    tables = run("corpus", out="outputs")      # every table of a batch run
    found = extract("letter.pdf")              # items, gradings, commitments of one file
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__version__ = "0.1.0"


def extract(path: str | Path) -> dict[str, Any]:
    """Items, gradings and commitments of one file, as DataFrames (raises on unreadable files)."""
    import pandas as pd

    from crosswalk.export.rows import (
        COMMITMENT_COLUMNS, GRADING_COLUMNS, ITEM_COLUMNS, commitment_rows, grading_rows, item_rows,
    )
    from crosswalk.extraction.extract import extract_document
    from crosswalk.ingest import ingest_file

    outcome = ingest_file(Path(path))
    if outcome.error is not None:
        raise ValueError(f"{outcome.error.path}: {outcome.error.error_type}: {outcome.error.message}")
    assert outcome.document is not None
    extracted = extract_document(outcome.document)
    return {
        "items": pd.DataFrame(item_rows(extracted), columns=ITEM_COLUMNS),
        "gradings": pd.DataFrame(grading_rows(extracted), columns=GRADING_COLUMNS),
        "commitments": pd.DataFrame(commitment_rows(extracted), columns=COMMITMENT_COLUMNS),
    }


def run(inputs: Any, out: str | Path | None = None, **options: Any) -> dict[str, Any]:
    """Every table of a batch run as DataFrames; see `crosswalk.batch.runner.run`."""
    from crosswalk.batch.runner import run as run_batch

    return run_batch(inputs, out, **options)


__all__ = ["extract", "run", "__version__"]
