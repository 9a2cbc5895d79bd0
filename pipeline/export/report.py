"""Write the researcher-facing report: static HTML pages, readable offline.

A batch of a thousand documents made one page of 81 MB that a browser took 20 s to
open, so the report is an index (`report.html`: every inspection with its counts by
status) and one page per inspection (`report/<key>.html`). Each page is self-contained
(inline CSS, JS and charts) so it can be mailed, archived or opened from a USB stick, and
makes no network request at all (a Content-Security-Policy says so to the browser too):
researchers open it on machines where loading a CDN would leak what they read.

Every string that comes from a document is untrusted, because documents come from the
open web. The pages are rendered from Jinja2 templates (`templates/`) with autoescaping;
the only data the script reads is a JSON block whose `<`, `>`, `&`, U+2028 and U+2029 are
escaped, so no text can close the `<script>` element; the script builds the details
panel with `textContent`, never `innerHTML`. The CSP allows only the page's own script and
style (by hash), and images only as `data:` URIs (the charts), so even a missed escape
could not run injected code or fetch anything.

A matrix has one column per responding body (several documents of one body share a cell,
each reachable from its details) and one row per register item; the cells carry indices
into the page's JSON, which holds what the details panel shows without repeating the
item on every row. Tables are read chunk by chunk from a `TableSource`; what is held at
once is one inspection's cells and the per-inspection counts of the index. The index's
tables of the whole batch (compliance, gradings, errors) are read as the page is
written (`_Table`, `table.html.j2`), counted by a pass before, and never held.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

import jinja2
import pandas as pd
from markupsafe import Markup

from crosswalk.align.compliance import DEADLINE_DAYS
from crosswalk.export import charts
from crosswalk.export.source import Inspections, TableSource
from crosswalk.export.spec import TABLE_NAMES, columns
from crosswalk.export.write_tables import atomic_file
from crosswalk.ingest.address import is_web_address
from crosswalk.model import STATUSES

# One letter per status so the matrix can be read without colour (and in print).
STATUS_LETTERS = {"actioned": "A", "acknowledged": "K", "declined": "D", "unaddressed": "U", "out_of_scope": "X",
                  "other": "?"}
STATUS_LABELS = {"actioned": "actioned", "acknowledged": "acknowledged", "declined": "declined",
                 "unaddressed": "unaddressed", "out_of_scope": "out of scope", "other": "other / missing"}
# A cell merging several documents of one body shows the strongest answer among them.
STRENGTH = (*STATUSES, "other")

COLUMNS: dict[str, list[str]] = {name: columns(name) for name in TABLE_NAMES}  # crosswalk.export.spec
SHORT_TEXT = 110
CONTEXT_CHARS = 240  # surrounding text shown each side of a passage
UNKNOWN = "(unknown)"
# A table longer than this starts folded: a browser lays out thousands of rows (the
# commitments of a national inspection) only when the reader opens it.
FOLD_ROWS = 200

Record = dict[str, Any]
Texts = Callable[[str], "str | None"]
Rows = Callable[[], Iterator[Record]]  # a table's rows, read afresh at each call

# The columns each table section shows, taken from the table specification: a page
# shows every column but offsets into the text and what the section already says
# (the inspection on its own page, the severity of the errors and warnings sections).
COMPLIANCE_COLUMNS = [c for c in COLUMNS["compliance"] if c != "inspection"]
COMMITMENT_COLUMNS = ["deadline", *(c for c in COLUMNS["commitments"] if c not in ("deadline", "start", "end"))]
ERROR_COLUMNS = [c for c in COLUMNS["errors"] if c != "severity"]


@dataclass
class _Table:
    """A table section of a page (`templates/table.html.j2`): its rows are read once, as
    the page is written, after `count` (how many there are) has been written."""

    title: str
    key: str
    columns: list[str]
    count: int
    rows: Iterable[Record]
    open: bool | None = None
    note: str = "None."

    @classmethod
    def of(cls, title: str, key: str, columns: list[str], rows: Rows, **options: Any) -> _Table:
        """The table of `rows`, counted by a first pass over them."""
        return cls(title, key, columns, sum(1 for _ in rows()), rows(), **options)


class PageCache(Protocol):
    """What a run kept of the pages it wrote before (`crosswalk.batch.kept.KeptPages`): a
    page whose inputs are unchanged, in a file that still holds it, is not built again."""

    def current(self, page: str, name: str, key: Callable[[Any], str]) -> bool:
        """Whether the file at `page` (its path beside the index) holds what inspection
        `name`'s page would be now; `key` is the page a row's inspection value is on."""
        ...

    def wrote(self, page: str, charts: Sequence[str]) -> None:
        """`page` was written whole, showing the charts kept under `charts`."""
        ...


def write_report(source: TableSource, path: Path, texts: Texts | None = None,
                 store: charts.SvgStore | None = None, cache: PageCache | None = None) -> None:
    """Write the index at `path` and one page per inspection in the folder named after
    it (`report.html` -> `report/`), each atomically; pages of inspections that are gone
    are removed. `texts` gives a document's normalised text (for a passage's context);
    `store` keeps the charts drawn, so that a later run draws only the charts whose data
    changed (`charts._drawn`); `cache` says which pages are current, left as they are."""
    folder = pages_folder(path)
    written: set[Path] = set()
    for page in _pages(source, path.name, texts, store, cache):
        target = path.parent / page.path
        if page.chunks is not None:
            with atomic_file(target) as handle:
                text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
                for chunk in page.chunks:
                    text.write(chunk)
                text.flush()
                text.detach()
            if cache is not None and page.name is not None:
                cache.wrote(page.path, page.charts)
        written.add(target)
    if folder.is_dir():
        for stale in folder.glob(PAGES):
            if stale not in written:
                stale.unlink()


def pages_folder(index: Path) -> Path:
    """The folder of the inspection pages of the report whose index is `index`."""
    return index.parent / index.stem


PAGES = "*.html"  # the inspection pages' names in `pages_folder`


def render_pages(source: TableSource, texts: Texts | None = None, name: str = "report.html") -> dict[str, str]:
    """Every page as a string, by its path relative to the index's folder (for tests)."""
    return {page.path: "".join(page.chunks or ()) for page in _pages(source, name, texts)}


# --- the pages ------------------------------------------------------------------------


@dataclass
class _Summary:
    """What the index needs of the whole batch, read in one pass over the tables."""

    names: set[str] = field(default_factory=set)
    counts: Counter[tuple[str, str, str, str]] = field(default_factory=Counter)  # inspection, body, type, status
    items: Counter[str] = field(default_factory=Counter)
    responses: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # inspection -> docs
    # inspection -> the values its rows carry in `inspection` (a page's key may stand for
    # several: a blank and None are both "(unknown)"), by which its rows are read
    values: dict[str, set[Any]] = field(default_factory=lambda: defaultdict(set))


@dataclass
class _Page:
    """A page to write: its path beside the index, its text in pieces (None: the page
    is current, left as it is), the inspection it shows (None for the index) and the keys
    of the charts it showed, known once its text is read."""

    path: str
    chunks: Iterator[str] | None
    name: str | None = None
    charts: list[str] = field(default_factory=list)


class _Charts:
    """A page's charts store, noting every chart the page asks for (`_Page.charts`)."""

    def __init__(self, store: charts.SvgStore | None, keys: list[str]) -> None:
        self.store = store
        self.keys = keys

    def get(self, key: str) -> bytes | None:
        self.keys.append(key)
        return self.store.get(key) if self.store is not None else None

    def put(self, key: str, svg: bytes) -> None:
        self.keys.append(key)
        if self.store is not None:
            self.store.put(key, svg)


def _pages(source: TableSource, index_name: str, texts: Texts | None, store: charts.SvgStore | None = None,
           cache: PageCache | None = None) -> Iterator[_Page]:
    """The inspection pages, then the index."""
    summary = _Summary()
    for chunk in source.chunks("register"):
        for value in map(_plain, _column(chunk, "inspection")):
            summary.items[_key(value)] += 1
            summary.values[_key(value)].add(value)
    summary.names.update(summary.items)
    for chunk in source.chunks("crosswalk"):
        columns = [_column(chunk, c) for c in ("inspection", "responding_body", "item_type", "status",
                                                "response_doc")]
        for inspection, body, kind, status, doc in zip(*columns):
            value = _plain(inspection)
            name = _key(value)
            summary.values[name].add(value)
            summary.counts[(name, _key(_plain(body)), _key(_plain(kind)), _status(status))] += 1
            summary.responses[name].add(_text(_plain(doc)))
    summary.names.update(summary.responses)
    names = sorted(summary.names)
    keys = _page_keys(names)
    folder = Path(index_name).stem
    # Of each input file, its path (for a link to it) and its status; a page's commitments
    # and compliance rows are read when it is written, so that neither is held for the
    # whole batch.
    documents = _Documents()
    for d in _all_records(source, "documents"):
        documents.add(d)
    compliance = _compliance_by_inspection(source)
    for name in names:
        path = f"{folder}/{keys[name]}.html"
        if cache is not None and cache.current(path, name, _key):
            yield _Page(path, None, name)
            continue
        shown: list[str] = []
        page = _InspectionPage(source, name, frozenset(summary.values[name]), documents, texts,
                               _Charts(store, shown) if cache is not None else store)
        docs = summary.responses.get(name, set())
        order = {doc: n for n, doc in enumerate(sorted(docs))}
        rows = sorted((c for c in _records_of(source, "commitments", order) if _text(c["doc_id"]) in order),
                      key=lambda c: order[_text(c["doc_id"])])
        yield _Page(path, page.render(index_name, rows, compliance.get(name, [])), name, shown)
    yield _Page(index_name, _index(source, summary, names, keys, folder, documents, compliance, store))


def _compliance_by_inspection(source: TableSource) -> dict[str, list[Record]]:
    """The compliance rows of each inspection (by its key), in table order, read in one
    pass. There is one row per response, so they are held like the documents' paths;
    reading them per inspection made the pages' work grow with the square of the
    inspections (minutes at 2,000)."""
    rows: dict[str, list[Record]] = defaultdict(list)
    for r in _all_records(source, "compliance"):
        rows[_key(r["inspection"])].append(r)
    return rows


def _page_keys(names: list[str]) -> dict[str, str]:
    """A file name per inspection: its words, then a short hash so that names differing
    only in punctuation or case still get pages of their own."""
    keys = {}
    for name in names:
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60].strip("-") or "inspection"
        keys[name] = f"{slug}-{hashlib.sha1(name.encode('utf-8')).hexdigest()[:8]}"
    return keys


@dataclass
class _Documents:
    """What the pages need of every input file: its path, its declared public address (an
    http(s) one only: a link the reader follows, never a script or a local file), and how
    many failed or were read with a warning."""

    paths: dict[str, str | None] = field(default_factory=dict)
    addresses: dict[str, str] = field(default_factory=dict)
    failed: int = 0
    warned: int = 0

    def add(self, record: Record) -> None:
        self.paths[record["doc_id"]] = record["path"]
        if is_web_address(address := _text(record.get("address"))):
            self.addresses[record["doc_id"]] = address
        self.failed += record["status"] == "error"
        self.warned += record["status"] == "warning"


def _records_of(source: TableSource, table: str, doc_ids: Iterable[str]) -> Iterator[Record]:
    """The rows of a document table for some documents, in table order."""
    for chunk in source.document_chunks(table, sorted(doc_ids)):
        yield from _records(chunk, COLUMNS[table])


def _index(source: TableSource, summary: _Summary, names: list[str], keys: dict[str, str], folder: str,
           documents: _Documents, compliance_by: dict[str, list[Record]],
           store: charts.SvgStore | None = None) -> Iterator[str]:
    bodies = sorted({b for _, b, _, _ in summary.counts})
    kinds = sorted({k for _, _, k, _ in summary.counts})
    statuses = _statuses_of(s for _, _, _, s in summary.counts)
    position = {n: i for i, n in enumerate(names)}
    counts = [[position[n], bodies.index(b), kinds.index(k), statuses.index(s), c]
              for (n, b, k, s), c in sorted(summary.counts.items())]
    per_inspection: dict[str, Counter[str]] = defaultdict(Counter)
    for (n, _, _, s), c in summary.counts.items():
        per_inspection[n][s] += c
    totals = Counter[str]()
    for found in per_inspection.values():
        totals.update(found)
    failed, warned = documents.failed, documents.warned
    data = {"page": "index", "statuses": statuses, "bodies": bodies, "types": kinds, "inspections": names,
            "counts": counts}
    inspections = [{"index": i, "name": n, "href": f"{folder}/{keys[n]}.html", "counts": per_inspection[n],
                    "n_items": summary.items[n], "responses": len(summary.responses.get(n, ()))}
                   for i, n in enumerate(names)]
    shown = {doc for docs in summary.responses.values() for doc in docs}  # their commitments are on their pages

    compliance = [r for n in names for r in compliance_by.get(n, [])]
    # At most one error row per document, so both severities are held from one pass.
    errors: dict[bool, list[Record]] = {True: [], False: []}
    for e in _all_records(source, "errors"):
        errors[e["severity"] == "warning"].append(e)

    tables = [
        _Table("Compliance", "compliance", COLUMNS["compliance"], len(compliance), compliance),
        _Table("Gradings", "gradings", COLUMNS["gradings"], source.length("gradings"), _all_records(source, "gradings")),
        _Table.of("Commitments of documents in no inspection", "commitments", COMMITMENT_COLUMNS,
                  lambda: (c for c in _all_records(source, "commitments") if _text(c["doc_id"]) not in shown)),
        _Table("Documents that failed", "errors", ERROR_COLUMNS, len(errors[False]), errors[False]),
        _Table("Warnings: documents read after a repair", "warnings", ERROR_COLUMNS, len(errors[True]),
               errors[True], open=False),
    ]
    return _template("index.html.j2").generate(
        **_common(statuses, data), totals=totals, inspections=inspections, bodies=bodies, kinds=kinds,
        total_documents=source.length("documents"), failed=failed, warned=warned,
        total_register=source.length("register"), total_crosswalk=source.length("crosswalk"), tables=tables,
        compliance_chart=charts.days_chart(compliance, DEADLINE_DAYS, store) if compliance else None)


class _InspectionPage:
    """One inspection: register items down, responding bodies across."""

    def __init__(self, source: TableSource, name: str, values: Inspections, documents: _Documents,
                 texts: Texts | None, store: charts.SvgStore | None = None) -> None:
        """The inspection `name`, whose rows carry one of `values` in `inspection`."""
        self.name = name
        self.store = store
        self.items: list[Record] = list(_all_records(source, "register", values))
        self.item_index = {_key(i["register_id"]): n for n, i in enumerate(self.items)}
        self.docs: list[str] = []
        self.doc_index: dict[str, int] = {}
        self.doc_body: dict[str, str] = {}
        self.cells: dict[tuple[int, str], list[list[Any]]] = defaultdict(list)
        self.rows: dict[str, Record] = {}
        self.counts: Counter[str] = Counter()
        self.scopes: list[str] = []
        pending: list[Record] = []
        for chunk in source.chunks("crosswalk", values):
            for row, r in zip(chunk.index, _records(chunk, COLUMNS["crosswalk"])):
                self._add(int(row), r, pending)
        self.documents = documents
        self._context(pending, texts)

    def _add(self, row: int, r: Record, pending: list[Record]) -> None:
        rid, doc, status = _key(r["register_id"]), _key(r["response_doc"]), _status(r["status"])
        if rid not in self.item_index:  # an item only the crosswalk knows keeps its first row
            self.item_index[rid] = len(self.items)
            self.items.append({"register_id": r["register_id"], "type": r["item_type"], "subject": r["subject"],
                               "text": r["item_text"], "parent_id": None, "historic": None})
        if doc not in self.doc_index:
            self.doc_index[doc] = len(self.docs)
            self.docs.append(doc)
            self.doc_body[doc] = _key(r["responding_body"])
        scope = _text(r["scope"])
        if scope not in self.scopes:
            self.scopes.append(scope)
        self.counts[status] += 1
        # Rows out of scope with no passage are left out of the details data: the matrix
        # says all there is, and in a national inspection they are nearly every row.
        keep = not (status == "out_of_scope" and r["passage"] is None)
        if keep:
            detail = {"status": status, "passage": r["passage"], "start": r["passage_start"],
                      "end": r["passage_end"], "score": r["score"], "method": r["method"],
                      "commitments": r["commitments"]}
            self.rows[str(row)] = detail
            pending.append({"row": str(row), "doc": doc, **detail})
        self.cells[(self.item_index[rid], self.doc_body[doc])].append(
            [self.doc_index[doc], status, str(row) if keep else None, self.scopes.index(scope)])

    def _context(self, pending: list[Record], texts: Texts | None) -> None:
        """The text around each passage, from the document's normalised text (read once
        per document)."""
        if texts is None:
            return
        by_doc: dict[str, list[Record]] = defaultdict(list)
        for p in pending:
            if isinstance(p["start"], (int, float)) and isinstance(p["end"], (int, float)):
                by_doc[p["doc"]].append(p)
        for doc, passages in by_doc.items():
            text = texts(doc)
            if not text:
                continue
            for p in passages:
                start, end = int(p["start"]), int(p["end"])
                self.rows[p["row"]]["before"] = _before(text, start)
                self.rows[p["row"]]["after"] = _after(text, end)

    def render(self, index_name: str, commitments: list[Record], compliance: list[Record]) -> Iterator[str]:
        bodies = sorted({self.doc_body[d] for d in self.docs})
        body_index = {b: n for n, b in enumerate(bodies)}
        statuses = _statuses_of(self.counts)
        kinds = sorted({_key(i["type"]) for i in self.items})
        cells: list[list[Any]] = []
        grid: dict[tuple[int, int], tuple[int, str, int]] = {}
        body_docs = Counter(self.doc_body.values())
        for (item, body), rows in sorted(self.cells.items()):
            best = min((r[1] for r in rows), key=STRENGTH.index)
            grid[(item, body_index[body])] = (len(cells), best, len(rows))
            scopes = {r[3] for r in rows}
            if (best == "out_of_scope" and all(r[2] is None for r in rows) and len(scopes) == 1
                    and len({r[0] for r in rows}) == len(rows) == body_docs[body]):
                # every document of the body, out of scope with no passage (most cells of a
                # national inspection): the scope alone, the script lists the documents
                cells.append([item, body_index[body], scopes.pop()])
            else:
                cells.append([item, body_index[body], [[d, statuses.index(s), k, sc] for d, s, k, sc in rows]])
        ordered = _ordered_items(self.items)
        docs = [{"id": d, "body": body_index[self.doc_body[d]], **self._source(d)} for d in self.docs]
        items = [{"id": _text(i["register_id"]), "type": _key(i["type"]), "subject": _text(i["subject"]),
                  "text": _text(i["text"]), "historic": _truthy(i["historic"])} for i in self.items]
        data = {"page": "inspection", "inspection": self.name, "statuses": statuses, "bodies": bodies,
                "types": kinds, "scopes": self.scopes, "items": items, "docs": docs, "cells": cells,
                "rows": self.rows}
        matrix = [{"index": n, "record": self.items[n], "part": part, "type": _key(self.items[n]["type"]),
                   "short": _short(_text(self.items[n]["text"])),
                   "cells": [grid.get((n, b)) for b in range(len(bodies))]} for n, part in ordered]
        by_body = {b: Counter[str]() for b in bodies}
        for (_, body), rows in self.cells.items():
            by_body[body].update(r[1] for r in rows)
        return _template("inspection.html.j2").generate(
            **_common(statuses, data), name=self.name, index=index_name, row_counts=self.counts, bodies=bodies,
            kinds=kinds, matrix=matrix,
            tables=[_Table("Commitments in these responses", "commitments", COMMITMENT_COLUMNS, len(commitments),
                           commitments),
                    _Table("Compliance", "compliance", COMPLIANCE_COLUMNS, len(compliance), compliance)],
            status_chart=charts.status_chart(by_body, [s for s in STRENGTH if s in statuses], STATUS_COLOURS,
                                             self.store) if self.cells else None,
            compliance_chart=charts.days_chart(compliance, DEADLINE_DAYS, self.store) if compliance else None)

    def _source(self, doc: str) -> Record:
        """Where the document came from: a link to the file when it is a local path, and the
        public address it was published at when one was declared (shown as a link)."""
        path = _text(self.documents.paths.get(doc))
        link = None
        if path and "://" not in path:
            try:
                link = Path(path).resolve().as_uri()
            except (OSError, ValueError):
                link = None
        address = self.documents.addresses.get(doc)
        return {"path": path, "href": link, **({"address": address} if address else {})}


def _before(text: str, start: int) -> str:
    piece = text[max(0, start - CONTEXT_CHARS) : start]
    if start > CONTEXT_CHARS and " " in piece:
        piece = "…" + piece[piece.index(" ") + 1 :]
    return piece


def _after(text: str, end: int) -> str:
    piece = text[end : end + CONTEXT_CHARS]
    if end + CONTEXT_CHARS < len(text) and " " in piece:
        piece = piece[: piece.rindex(" ")] + "…"
    return piece


def _ordered_items(items: list[Record]) -> list[tuple[int, bool]]:
    """Item positions with each part right under its parent."""
    ids = {_key(i["register_id"]) for i in items}
    parts: dict[str, list[int]] = {}

    def parent_of(item: Record) -> str | None:
        parent = _text(item["parent_id"])
        return parent if parent and parent in ids and parent != _key(item["register_id"]) else None

    for n, item in enumerate(items):
        parent = parent_of(item)
        if parent:
            parts.setdefault(parent, []).append(n)
    ordered: list[tuple[int, bool]] = []
    for n, item in enumerate(items):
        if parent_of(item):
            continue
        ordered.append((n, False))
        ordered.extend((p, True) for p in parts.get(_key(item["register_id"]), []))
    return ordered


# --- templates and assets ---------------------------------------------------------------

# Okabe–Ito colours: distinguishable with the common forms of colour blindness.
STATUS_COLOURS = {"actioned": "#009E73", "acknowledged": "#E69F00", "declined": "#CC79A7",
                  "unaddressed": "#D55E00", "out_of_scope": "#BBBBBB", "other": "#FFFFFF"}


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("crosswalk.export", "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    env.filters["cell"] = _text
    env.filters["table_rows"] = _table_rows
    env.globals.update(letters=STATUS_LETTERS, labels=STATUS_LABELS, truthy=_truthy, fold_rows=FOLD_ROWS)
    return env


def _table_rows(rows: Iterable[Record], columns: list[str], flagged: bool) -> Iterator[Markup]:
    """A folded table's rows as script-safe JSON, row by row (the pieces of one JSON
    list): each row's cells as shown, and whether it is late (compliance)."""
    yield Markup("[")
    for n, r in enumerate(rows):
        row = _script_json([[_text(r[c]) for c in columns], flagged and _truthy(r["late"])])
        yield Markup("," + row if n else row)
    yield Markup("]")


def _template(name: str) -> jinja2.Template:
    return _environment().get_template(name)


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return resources.files("crosswalk.export").joinpath("templates").joinpath(name).read_text(encoding="utf-8")


def _common(statuses: list[str], data: Record) -> Record:
    style, script = _asset("report.css"), _asset("report.js")
    csp = (f"default-src 'none'; script-src '{_sha256(script)}'; style-src '{_sha256(style)}'; "
           "img-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'")
    return {"csp": csp, "style": Markup(style), "script": Markup(script), "statuses": statuses,
            "data": Markup(_script_json(data))}


# --- values -----------------------------------------------------------------------------


def _statuses_of(found: Iterable[str]) -> list[str]:
    """Every known status, then "other" when a row had an unexpected one."""
    seen = set(found)
    return [s for s in STATUSES if s != "declined" or s in seen] + (["other"] if "other" in seen else [])


def _column(frame: pd.DataFrame, column: str) -> list[Any]:
    """One column's values as Python objects (None where the frame lacks it)."""
    return frame[column].astype(object).tolist() if column in frame else [None] * len(frame)


def _all_records(source: TableSource, table: str, inspections: Inspections | None = None) -> Iterator[Record]:
    for chunk in source.chunks(table, inspections):
        yield from _records(chunk, COLUMNS[table])


def _records(frame: pd.DataFrame | None, columns: list[str]) -> list[Record]:
    """Rows as plain dicts with None for missing values, whatever columns the frame lacks."""
    if frame is None or frame.empty:
        return []
    frame = frame.reindex(columns=columns).astype(object)
    return [dict(zip(columns, map(_plain, row))) for row in frame.itertuples(index=False, name=None)]


def _plain(value: Any) -> Any:
    """A JSON-ready Python value: NaN/NaT become None and numpy scalars plain numbers."""
    kind = type(value)
    if kind is str or kind is int or kind is bool:  # most values: answered first
        return value
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalar
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (str, bool, int, float)):
        return value
    return str(value)  # Timestamps and the like


def _text(value: Any) -> str:
    """How a value reads in a table cell: blanks for missing, 12 not 12.0."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.3g}"
    return str(value)


def _truthy(value: Any) -> bool:
    """A flag read back from CSV may be a bool, a number or the text "True"."""
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes", "y"}
    return bool(value) and not (isinstance(value, float) and math.isnan(value))


def _status(value: Any) -> str:
    """The status as a CSS-safe key; anything unexpected is shown as "other"."""
    return value if value in STATUSES else "other"


def _short(text: str) -> str:
    return text if len(text) <= SHORT_TEXT else text[: SHORT_TEXT - 1].rstrip() + "…"


def _key(value: Any) -> str:
    return _text(value) or UNKNOWN


def _script_json(value: Any) -> str:
    """JSON that is safe inside <script>: no `</script>`, no `<!--`, no JS line breaks."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=_plain)
    for char, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def _sha256(source: str) -> str:
    """A CSP source expression that allows exactly this inline block and nothing else."""
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


__all__ = ["write_report", "render_pages", "COLUMNS", "STATUSES"]
