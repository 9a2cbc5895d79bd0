"""Write output tables so that a crash never leaves a half-written file behind.

CSVs are UTF-8 with a byte-order mark, which Excel needs to show "’" and "£" correctly
and pandas reads transparently. Cells that a spreadsheet would run as a formula are
neutralised with a leading apostrophe: the documents come from the open web.

A table is written chunk by chunk (`table_file`), so that writing the crosswalk of a
large batch never holds it whole; each chunk must carry the column dtypes of the whole
table, since they decide how a value is written (an offset is "12.0" in a column that
also holds blanks).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Protocol, TypeGuard

import pandas as pd

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff".encode()


def neutralise(value: object) -> object:
    """Prefix text cells that would start a spreadsheet formula."""
    return "'" + value if _is_formula(value) else value


def _is_formula(value: object) -> TypeGuard[str]:
    """Whether `neutralise` would change the cell."""
    return isinstance(value, str) and value.startswith(FORMULA_PREFIXES)


TEMPORARY_SUFFIX = ".tmp"


def _file_mode() -> int:
    """What `open()` would give a new file under the current umask (mkstemp gives 0600,
    which colleagues on a shared drive cannot read)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def remove_stale_temporaries(folder: Path, names: Iterable[str]) -> list[Path]:
    """Temporary files of `names` (glob patterns of the files in `folder` a run writes: its
    tables by name, its report's pages as "*.html") left by a run that was killed while
    writing them (call under the output folder's lock, so that no live run's file is taken).
    Only those: another writer's in the same folder, an evaluation's eval.csv beside a run's
    tables in --out, is not the run's lock's, and may be half written at that very instant."""
    if not folder.is_dir():
        return []
    stale = [p for name in names for p in folder.glob(f".{name}.*{TEMPORARY_SUFFIX}") if p.is_file()]
    for path in stale:
        path.unlink(missing_ok=True)
    return stale


@contextmanager
def atomic_file(path: Path) -> Iterator[IO[bytes]]:
    """A temporary file in the same folder, renamed over `path` only once the block has
    written all of it (and removed if the block fails). When the block wrote exactly the
    bytes `path` already holds, the temporary is dropped and `path` left as it is, with no
    fsync: an incremental run rewrites every output, most of them unchanged, and a flush
    to disk per report page was seconds of a run's wall time on a busy disk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as handle:  # write-only: pyarrow takes a file's mode from it
            yield handle
            handle.flush()
            unchanged = _same_bytes(Path(tmp), path)
            if not unchanged:
                os.fsync(handle.fileno())
        if unchanged:
            Path(tmp).unlink()
            return
        os.chmod(tmp, _file_mode())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


COMPARE_BLOCK = 1 << 20


def _same_bytes(written: Path, path: Path) -> bool:
    """Whether the file at `path` holds exactly the bytes of `written` (the sizes are
    compared first, so a changed table or page of another length costs no read)."""
    try:
        with written.open("rb") as new, path.open("rb") as existing:
            if os.fstat(existing.fileno()).st_size != os.fstat(new.fileno()).st_size:
                return False
            while True:
                block = existing.read(COMPARE_BLOCK)
                if block != new.read(COMPARE_BLOCK):
                    return False
                if not block:
                    return True
    except (FileNotFoundError, IsADirectoryError, PermissionError):
        return False


def atomic_write_bytes(path: Path, data: bytes) -> None:
    with atomic_file(path) as handle:
        handle.write(data)


def require_parquet() -> None:
    """Refuse Parquet before any work is done when pyarrow is missing."""
    try:
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise RuntimeError("--format parquet needs pyarrow: pip install 'crosswalk[parquet]'") from exc


class TableFile(Protocol):
    def write(self, chunk: pd.DataFrame) -> None: ...


@contextmanager
def table_file(path: Path, fmt: str, template: pd.DataFrame) -> Iterator[TableFile]:
    """A table file open for chunks: CSV (the default) or Parquet (keeps types, needs
    pyarrow). `template` has the table's columns and dtypes, and for Parquet at least
    one value of each kind a column holds (the schema is inferred from it)."""
    with atomic_file(path) as handle:
        if fmt == "csv":
            yield _CsvFile(handle, template)
            return
        require_parquet()
        parquet = _ParquetFile(handle, template)
        try:
            yield parquet
        finally:
            parquet.close()


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """One table held in memory, as CSV."""
    with table_file(path, "csv", frame) as table:
        table.write(frame)


class _CsvFile:
    """Text cells are neutralised one by one, and the column then takes the dtype that
    pandas infers for the whole table's neutralised column (`Series.map` infers afresh:
    an object column of whole numbers and blanks becomes float64, and is written
    "12.0"). A chunk's own values would infer otherwise, so each chunk is cast to it."""

    def __init__(self, handle: IO[bytes], template: pd.DataFrame) -> None:
        self.handle = handle
        self.text = {column: template[column].map(neutralise).dtype for column in template.columns
                     if template[column].dtype == object or pd.api.types.is_string_dtype(template[column])}
        handle.write(BOM + self._csv(template.iloc[:0], header=True))

    def write(self, chunk: pd.DataFrame) -> None:
        self.handle.write(self._csv(chunk, header=False))

    def _csv(self, frame: pd.DataFrame, header: bool) -> bytes:
        safe = frame
        for column, dtype in self.text.items():
            cells = frame[column].astype(object)
            formulas = any(map(_is_formula, cells))
            if not formulas and frame[column].dtype == dtype:
                continue  # nothing to prefix and nothing to cast: the column as it stands
            if safe is frame:
                safe = frame.copy()
            if formulas:  # most chunks have none, and then the values are the cells themselves
                cells = pd.Series([neutralise(value) for value in cells], index=safe.index, dtype=object)
            safe[column] = cells.astype(dtype)
        # CRLF line ends, as Excel writes them; the csv module then quotes every cell that
        # holds a CR or LF, so a stray carriage return cannot split a row.
        return safe.to_csv(index=False, header=header, lineterminator="\r\n").encode("utf-8")


class _ParquetFile:
    def __init__(self, handle: IO[bytes], template: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa = pa
        self.schema = pa.Schema.from_pandas(template, preserve_index=False)
        self.writer = pq.ParquetWriter(handle, self.schema)

    def write(self, chunk: pd.DataFrame) -> None:
        self.writer.write_table(self.pa.Table.from_pandas(chunk, schema=self.schema, preserve_index=False))

    def close(self) -> None:
        self.writer.close()
