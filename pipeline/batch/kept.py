"""Outputs left as they are when what they are written from has not changed.

A run after one document was added to a folder of thousands read every stored row into
DataFrames and wrote every table and report page again, to find nearly all of them byte
for byte what the folder held (`write_tables.atomic_file` then leaves the file): most of
such a run's time. An output's bytes are decided by the catalogue's rows it is read from
and by the code and libraries that write it (`version.output_version`), so each output
is kept with a digest of those rows as they are stored (unparsed text, hashed, never
turned into DataFrames) and the sha256 of the file written. A later run whose digest is
the same, and whose file still holds those bytes, leaves the output (and a table's SQL
mirror) alone without building it; any other run builds it as before.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from crosswalk.batch.build_tables import ALIGNED_TABLES, COLUMNS
from crosswalk.batch.catalogue import Catalogue, ChartStore
from crosswalk.batch.stored import StoredTables
from crosswalk.batch.version import output_version

STATE = "kept_outputs"  # the catalogue's state entry: output path -> [inputs' digest, file's sha256, charts]
READ_BLOCK = 1 << 20


def _digest(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()


def file_digest(path: Path) -> str | None:
    """The sha256 of a file's bytes (None when there is no such file)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while block := handle.read(READ_BLOCK):
                digest.update(block)
    except (FileNotFoundError, IsADirectoryError, PermissionError):
        return None
    return digest.hexdigest()


class InputDigests:
    """Digests of what each output table and report page is read from: a table's rows as
    `build` handed them on; for a page, every document's stored payloads and every
    inspection's stored rows, table by table, read in one pass each."""

    def __init__(self, catalogue: Catalogue, source: StoredTables) -> None:
        self.source = source
        self.version = output_version()
        self.docs: dict[str, str] = {}
        for doc_id, status, *payloads in catalogue.iter_payloads():
            digest = hashlib.sha256(status.encode())
            for payload in payloads:  # each with its length, so that no two splits read alike
                data = b"" if payload is None else payload.encode()
                digest.update(b"N" if payload is None else f"S{len(data)}:".encode())
                digest.update(data)
            self.docs[doc_id] = digest.hexdigest()
        self.paths = {doc_id: entry.path for doc_id, entry in catalogue.entries().items()}
        units: dict[tuple[str, str], Any] = {}
        self.names: dict[str, set[Any]] = defaultdict(set)  # inspection key -> the names its rows carry
        self.responses: dict[str, set[Any]] = defaultdict(set)  # inspection key -> its crosswalk's responses
        response = COLUMNS["crosswalk"].index("response_doc")
        for key, table, rows in catalogue.raw_alignment_rows():
            units.setdefault((key, table), hashlib.sha256()).update(rows.encode() + b"\n")
            if table in ALIGNED_TABLES:
                name = COLUMNS[table].index("inspection")
                parsed = json.loads(rows)
                self.names[key].update(row[name] for row in parsed)
                if table == "crosswalk":
                    self.responses[key].update(row[response] for row in parsed)
        self.units = {unit: digest.hexdigest() for unit, digest in units.items()}
        self._pages: dict[str, list[int]] | None = None
        self._casts: str | None = None

    def table(self, name: str, fmt: str) -> str | None:
        """What table `name` is written from, in format `fmt`: its rows as `build` handed
        them on (`RowDigests`; the unaddressed rows are the crosswalk's) and its dtypes.
        None when the build took no digests: the table is then written."""
        digests = self.source.built.digests
        if digests is None:
            return None
        rows = digests["crosswalk" if name == "unaddressed" else name]
        return _digest(self.version, fmt, name, rows, str(self.source.template(name).dtypes.to_dict()),
                       self.source.schemas["crosswalk" if name == "unaddressed" else name].casts)

    def page(self, name: str, key: Callable[[Any], str], index: str) -> str:
        """What the report page of inspection `name` is made from, `key` giving the page
        a row's inspection value is shown on: the rows of every inspection with a row on
        it, where its crosswalk rows start (their numbers are in the page), each response's
        stored payloads (its text, path and commitments) and where its path leads, the
        dtypes each inspection's rows are cast to, and the index's name (the page links to it)."""
        if self._pages is None:
            self._pages = defaultdict(list)
            for unit, group in enumerate(self.source.built.groups):
                for page in {key(value) for value in self.names.get(group.key, ())}:
                    self._pages[page].append(unit)
        groups, starts = self.source.built.groups, self.source.table_starts("crosswalk")
        units: list[list[Any]] = []
        docs: set[Any] = set()
        for unit in self._pages.get(name, ()):
            group = groups[unit]
            units.append([group.key, starts[unit], *(self.units.get((group.key, t)) for t in ALIGNED_TABLES),
                          *(self.source.schemas[t].unit_casts(unit) for t in ALIGNED_TABLES)])
            docs.update(self.responses.get(group.key, ()))
        responses = [[doc, self.docs.get(doc), _resolved(self.paths.get(doc))] for doc in sorted(docs, key=str)]
        if self._casts is None:  # the responses' commitments: one unit, the same for every page
            self._casts = self.source.schemas["commitments"].unit_casts(0)
        return _digest(self.version, index, name, units, responses, self._casts)


def _resolved(path: str | None) -> str | None:
    """Where a document's path leads (the page links to it resolved)."""
    if path is None or "://" in path:
        return path
    try:
        return str(Path(path).resolve())
    except (OSError, ValueError):
        return None


class KeptOutputs:
    """The outputs of the last run, by their path in the output folder: the digest of
    what each was written from, the sha256 of its bytes, and the charts a page shows."""

    def __init__(self, catalogue: Catalogue, folder: Path) -> None:
        self.catalogue = catalogue
        self.folder = folder
        state = catalogue.get_state(STATE)
        self.last: dict[str, list[Any]] = json.loads(state) if state else {}
        self.now: dict[str, list[Any]] = {}  # what this run wrote or kept: the next run's `last`

    def current(self, name: str, digest: str) -> list[str] | None:
        """The charts of output `name` when it was written from inputs of this digest and
        its file still holds the bytes written then (it is then kept as it is); None when
        it must be written."""
        last = self.last.get(name)
        if last is None or last[0] != digest or file_digest(self.folder / name) != last[1]:
            return None
        self.now[name] = last
        return list(last[2])

    def wrote(self, name: str, digest: str, charts: Iterable[str] = ()) -> None:
        """Output `name` was written whole from inputs of this digest."""
        self.now[name] = [digest, file_digest(self.folder / name), sorted(set(charts))]

    def save(self) -> None:
        self.catalogue.set_state(STATE, json.dumps(self.now, sort_keys=True))


class KeptPages:
    """The report's pages as `KeptOutputs` keeps them (a `crosswalk.export.report.PageCache`):
    a page kept as it is keeps its charts in the catalogue too."""

    def __init__(self, digests: InputDigests, kept: KeptOutputs, charts: ChartStore, index: str) -> None:
        self.digests = digests
        self.kept = kept
        self.charts = charts
        self.index = index
        self.digest: dict[str, str] = {}  # page -> the digest `current` found for it

    def current(self, page: str, name: str, key: Callable[[Any], str]) -> bool:
        self.digest[page] = self.digests.page(name, key, self.index)
        charts = self.kept.current(page, self.digest[page])
        if charts is None:
            return False
        self.charts.keep(charts)
        return True

    def wrote(self, page: str, charts: Sequence[str]) -> None:
        self.kept.wrote(page, self.digest[page], charts)
