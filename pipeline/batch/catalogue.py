"""The catalogue: an embedded SQLite database of every document a run has processed.

Each document is keyed by its id and stored with the sha256 of its bytes and the
pipeline version it was processed under; a re-run processes only documents whose bytes
or version changed. Each document is committed on its own as it finishes, so a run
killed mid-batch loses only the documents in flight, and the next run picks up the
rest. Alignments are cached per inspection under a signature of their members, so only
inspections that a change touches are aligned again; their rows are stored in chunks of
at most `CHUNK_ROWS`, so that neither storing nor reading an inspection of 50,000
crosswalk rows ever holds it as one JSON text. The output tables are mirrored into
`out_<name>` tables for SQL, written chunk by chunk too.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crosswalk import export
from crosswalk.export.spec import sql_type

if TYPE_CHECKING:
    import pandas as pd

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    sha256 TEXT,
    version TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
    inspection TEXT,
    document TEXT,
    extracted TEXT,
    error TEXT,
    processed_at TEXT NOT NULL,
    link_key TEXT
);
CREATE TABLE IF NOT EXISTS aligned (
    inspection_key TEXT PRIMARY KEY,
    signature TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS aligned_rows (
    inspection_key TEXT NOT NULL,
    tbl TEXT NOT NULL,
    chunk INTEGER NOT NULL,
    rows TEXT NOT NULL,
    PRIMARY KEY (inspection_key, tbl, chunk)
);
-- the cache of earlier versions (one JSON payload per inspection); its entries are stale
DROP TABLE IF EXISTS alignments;
CREATE TABLE IF NOT EXISTS state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- the report's charts, zlib-compressed SVG by the key of their data (crosswalk.export.charts)
CREATE TABLE IF NOT EXISTS charts (
    key TEXT PRIMARY KEY,
    svg BLOB NOT NULL
);
"""


@dataclass(frozen=True)
class Entry:
    doc_id: str
    path: str
    sha256: str | None
    version: str
    status: str
    error_type: str | None = None


class Catalogue:
    """A thin layer over sqlite3; one connection, WAL journal, short transactions."""

    def __init__(self, path: Path, read_only: bool = False) -> None:
        """`read_only`: for a folder that cannot be written (`_open_read_only`)."""
        self.path = path
        if read_only:
            self.db = _open_read_only(path)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        if "link_key" not in {row[1] for row in self.db.execute("PRAGMA table_info(documents)")}:
            self.db.execute("ALTER TABLE documents ADD COLUMN link_key TEXT")  # a catalogue written before the column

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Catalogue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- documents ---------------------------------------------------------------------

    def entries(self) -> dict[str, Entry]:
        rows = self.db.execute("SELECT doc_id, path, sha256, version, status, json_extract(error, '$.error_type') "
                               "FROM documents")
        return {row[0]: Entry(*row) for row in rows}

    def put(self, doc_id: str, path: str, sha256: str | None, version: str, *, document: str | None = None,
            extracted: str | None = None, error: str | None = None, inspection: str | None = None,
            link_key: str | None = None) -> None:
        """Store one processed document (atomically, in its own transaction). `link_key`: its
        inspection key as `serialise.dump_key` writes it, read once where it was processed
        (a run reads every document's key, and most are stored from earlier runs)."""
        status = "error" if error is not None else "ok"
        with self.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO documents (doc_id, path, sha256, version, status, inspection, document, "
                "extracted, error, processed_at, link_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc_id, path, sha256, version, status, inspection, document, extracted, error, _now(), link_key),
            )

    def remove(self, doc_ids: Iterable[str]) -> None:
        with self.transaction():
            self.db.executemany("DELETE FROM documents WHERE doc_id = ?", [(d,) for d in doc_ids])

    def iter_payloads(self, columns: str = "document, extracted, error") -> Iterator[tuple[Any, ...]]:
        """(doc_id, status, *columns) for every document, in doc_id order, streamed."""
        yield from self.db.execute(f"SELECT doc_id, status, {columns} FROM documents ORDER BY doc_id")

    def payload(self, doc_id: str, column: str) -> str | None:
        row = self.db.execute(f"SELECT {column} FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    # -- alignments --------------------------------------------------------------------

    def alignment_current(self, key: str, signature: str) -> bool:
        """Whether the rows stored for inspection `key` were aligned from these members."""
        row = self.db.execute("SELECT signature FROM aligned WHERE inspection_key = ?", (key,)).fetchone()
        return row is not None and row[0] == signature

    def put_alignment(self, key: str, signature: str, tables: dict[str, list[list[Any]]]) -> None:
        """Store an inspection's rows (per table, each row a list in column order) in one
        transaction, in chunks of at most `CHUNK_ROWS` rows."""
        size = export.CHUNK_ROWS
        chunks = ((key, table, number, json.dumps(rows[start : start + size], ensure_ascii=False))
                  for table, rows in tables.items() for number, start in enumerate(range(0, len(rows), size)))
        with self.transaction():
            self.db.execute("DELETE FROM aligned_rows WHERE inspection_key = ?", (key,))
            self.db.executemany("INSERT INTO aligned_rows VALUES (?, ?, ?, ?)", chunks)
            self.db.execute("INSERT OR REPLACE INTO aligned VALUES (?, ?)", (key, signature))

    def alignment_rows(self, key: str, table: str) -> Iterator[list[list[Any]]]:
        """The stored rows of one inspection and table, chunk by chunk, in order."""
        cursor = self.db.execute("SELECT rows FROM aligned_rows WHERE inspection_key = ? AND tbl = ? ORDER BY chunk",
                                 (key, table))
        for (rows,) in cursor:
            yield json.loads(rows)

    def raw_alignment_rows(self) -> Iterator[tuple[str, str, str]]:
        """(inspection key, table, rows as stored JSON) of every stored chunk, each
        inspection's and table's chunks in order: what the output tables are read from,
        unparsed, for a digest of it (`crosswalk.batch.kept`)."""
        yield from self.db.execute("SELECT inspection_key, tbl, rows FROM aligned_rows "
                                   "ORDER BY inspection_key, tbl, chunk")

    def alignment_keys(self) -> list[str]:
        return [key for (key,) in self.db.execute("SELECT inspection_key FROM aligned ORDER BY inspection_key")]

    def keep_alignments(self, keys: Iterable[str]) -> None:
        keep = list(keys)
        marks = ",".join("?" * len(keep))
        with self.transaction():
            for table in ("aligned", "aligned_rows"):
                self.db.execute(f"DELETE FROM {table} WHERE inspection_key NOT IN ({marks})", keep)

    # -- state and output tables -------------------------------------------------------

    def get_state(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_state(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO state VALUES (?, ?)", (key, value))

    def out_table(self, name: str, columns: Sequence[str]) -> OutTable:
        """Replace the mirror `out_<name>` by an empty table; call inside `transaction()`
        so that readers see the old tables or the new ones, never a mix."""
        return OutTable(self.db, f"out_{name}", [(c, sql_type(name, c)) for c in columns])

    def out_rows(self, name: str) -> int | None:
        """How many rows the mirror `out_<name>` holds (None when there is none)."""
        if self.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                           (f"out_{name}",)).fetchone() is None:
            return None
        return int(self.db.execute(f'SELECT count(*) FROM "out_{name}"').fetchone()[0])

    def transaction(self) -> _Transaction:
        return _Transaction(self.db)

    def charts(self) -> ChartStore:
        """The charts kept by the last run, for the report to reuse."""
        return ChartStore(self.db)


class ChartStore:
    """The report's charts kept from run to run (a `crosswalk.export.charts.SvgStore`).
    What a run did not use is dropped by `prune`, so the store holds the charts of the
    current report and does not grow with the runs."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.used: set[str] = set()

    def get(self, key: str) -> bytes | None:
        row = self.db.execute("SELECT svg FROM charts WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        self.used.add(key)
        return bytes(row[0])

    def put(self, key: str, svg: bytes) -> None:
        self.db.execute("INSERT OR REPLACE INTO charts VALUES (?, ?)", (key, svg))
        self.used.add(key)

    def keep(self, keys: Iterable[str]) -> None:
        """Keep the charts of a page left as it was (`prune` would drop them, unused)."""
        self.used.update(keys)

    def prune(self) -> None:
        """Drop every chart this run did not use."""
        stale = [(key,) for (key,) in self.db.execute("SELECT key FROM charts") if key not in self.used]
        self.db.executemany("DELETE FROM charts WHERE key = ?", stale)


class OutTable:
    """One mirrored output table, filled chunk by chunk."""

    def __init__(self, db: sqlite3.Connection, table: str, columns: Sequence[tuple[str, str]]) -> None:
        """`columns`: (name, declared SQL type) in order, as `crosswalk.export.spec` gives them."""
        self.db = db
        self.insert = f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(columns))})'
        db.execute(f'DROP TABLE IF EXISTS "{table}"')
        names = ", ".join(f'"{name}" {kind}'.rstrip() for name, kind in columns)
        db.execute(f'CREATE TABLE "{table}" ({names})')

    def write(self, chunk: pd.DataFrame) -> None:
        """Missing values become NULL and numpy scalars plain numbers. Column by column:
        `tolist` makes the numbers plain, and only the few other values need a look."""
        columns = [_sql_values(chunk.iloc[:, n]) for n in range(chunk.shape[1])]
        self.db.executemany(self.insert, zip(*columns))


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")


def _open_read_only(path: Path) -> sqlite3.Connection:
    """The catalogue opened for reading only. SQLite reads a WAL database read-only
    through its shared-memory file (`-shm`), which a folder that cannot be written cannot
    get when no other connection left one; then the file is opened as immutable, which
    is exact when no WAL file holds changes (a clean close leaves none) and is refused
    otherwise."""
    uri = path.absolute().as_uri()
    db = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=30, isolation_level=None)
    try:
        db.execute("SELECT 1 FROM documents LIMIT 1")
        return db
    except sqlite3.OperationalError:
        db.close()
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size:
            raise
        return sqlite3.connect(f"{uri}?immutable=1", uri=True, timeout=30, isolation_level=None)


PLAIN = (str, int, float, bytes)


def _sql_values(column: pd.Series) -> list[Any]:
    """A column's values as SQLite takes them: None where missing, plain Python values."""
    missing = column.isna().tolist()
    return [None if gone else value if type(value) in PLAIN else _sql_value(value)
            for value, gone in zip(column.astype(object).tolist(), missing)]


def _sql_value(value: Any) -> Any:
    if value is None or isinstance(value, PLAIN):
        return value
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return str(value)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
