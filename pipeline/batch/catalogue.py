"""The catalogue: an embedded SQLite database of every document a run has processed.

Each document is keyed by its id and stored with the sha256 of its bytes and the
pipeline version it was processed under; a re-run processes only documents whose bytes
or version changed. Each document is committed on its own as it finishes, so a run
killed mid-batch loses only the documents in flight, and the next run picks up the
rest. Alignments are cached per inspection under a signature of their members, so only
inspections that a change touches are aligned again. The output tables are mirrored
into `out_<name>` tables for SQL.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

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
    processed_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS alignments (
    inspection_key TEXT PRIMARY KEY,
    signature TEXT NOT NULL,
    payload TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class Entry:
    doc_id: str
    path: str
    sha256: str | None
    version: str
    status: str


class Catalogue:
    """A thin layer over sqlite3; one connection, WAL journal, short transactions."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Catalogue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- documents ---------------------------------------------------------------------

    def entries(self) -> dict[str, Entry]:
        rows = self.db.execute("SELECT doc_id, path, sha256, version, status FROM documents")
        return {row[0]: Entry(*row) for row in rows}

    def put(self, doc_id: str, path: str, sha256: str | None, version: str, *, document: str | None = None,
            extracted: str | None = None, error: str | None = None, inspection: str | None = None) -> None:
        """Store one processed document (atomically, in its own transaction)."""
        status = "error" if error is not None else "ok"
        with self._transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc_id, path, sha256, version, status, inspection, document, extracted, error, _now()),
            )

    def remove(self, doc_ids: Iterable[str]) -> None:
        with self._transaction():
            self.db.executemany("DELETE FROM documents WHERE doc_id = ?", [(d,) for d in doc_ids])

    def iter_payloads(self, columns: str = "document, extracted, error") -> Iterator[tuple[Any, ...]]:
        """(doc_id, status, *columns) for every document, in doc_id order, streamed."""
        yield from self.db.execute(f"SELECT doc_id, status, {columns} FROM documents ORDER BY doc_id")

    def payload(self, doc_id: str, column: str) -> str | None:
        row = self.db.execute(f"SELECT {column} FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    # -- alignments --------------------------------------------------------------------

    def alignment(self, key: str, signature: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT signature, payload FROM alignments WHERE inspection_key = ?", (key,)).fetchone()
        return json.loads(row[1]) if row and row[0] == signature else None

    def put_alignment(self, key: str, signature: str, payload: dict[str, Any]) -> None:
        with self._transaction():
            self.db.execute("INSERT OR REPLACE INTO alignments VALUES (?, ?, ?)",
                            (key, signature, json.dumps(payload, ensure_ascii=False, default=str)))

    def keep_alignments(self, keys: Iterable[str]) -> None:
        keep = list(keys)
        with self._transaction():
            marks = ",".join("?" * len(keep))
            self.db.execute(f"DELETE FROM alignments WHERE inspection_key NOT IN ({marks})", keep)

    # -- state and output tables -------------------------------------------------------

    def get_state(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_state(self, key: str, value: str) -> None:
        with self._transaction():
            self.db.execute("INSERT OR REPLACE INTO state VALUES (?, ?)", (key, value))

    def write_tables(self, tables: dict[str, Any]) -> None:
        """Mirror the output tables as `out_<name>`, all in one transaction (readers see
        the old tables or the new ones, never a mix)."""
        with self._transaction():
            for name, frame in tables.items():
                table = f'"out_{name}"'
                columns = ", ".join(f'"{c}"' for c in frame.columns)
                self.db.execute(f"DROP TABLE IF EXISTS {table}")
                self.db.execute(f"CREATE TABLE {table} ({columns})")
                marks = ", ".join("?" * len(frame.columns))
                rows = frame.astype(object).where(frame.notna(), None).itertuples(index=False, name=None)
                self.db.executemany(f"INSERT INTO {table} VALUES ({marks})", [tuple(map(_sql_value, r)) for r in rows])

    def _transaction(self) -> _Transaction:
        return _Transaction(self.db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")


def _sql_value(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bytes)):
        return value
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return str(value)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
