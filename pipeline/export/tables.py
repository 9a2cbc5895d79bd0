"""Write output tables so that a crash never leaves a half-written file behind.

CSVs are UTF-8 with a byte-order mark, which Excel needs to show "’" and "£" correctly
and pandas reads transparently. Cells that a spreadsheet would run as a formula are
neutralised with a leading apostrophe: the documents come from the open web.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Prefix text cells that would start a spreadsheet formula."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, then rename over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(neutralise)
    # CRLF line ends, as Excel writes them; the csv module then quotes every cell that
    # holds a CR or LF, so a stray carriage return cannot split a row.
    atomic_write_bytes(path, safe.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig"))


def write_table(frame: pd.DataFrame, path: Path, fmt: str) -> None:
    """CSV (the default) or Parquet; Parquet keeps types and needs pyarrow installed."""
    if fmt == "csv":
        write_csv(frame, path)
        return
    try:
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise RuntimeError("--format parquet needs pyarrow: pip install 'crosswalk[parquet]'") from exc
    import io

    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    atomic_write_bytes(path, buffer.getvalue())
