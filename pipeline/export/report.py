"""Write the researcher-facing report: one static HTML page, readable offline.

The page is a single file with inline CSS and JS so it can be mailed, archived or opened
from a USB stick, and it makes no network request at all (a Content-Security-Policy says
so to the browser too): researchers open it on machines where loading a CDN would leak
what they read, and the page must look the same in ten years.

Every string that comes from a document is untrusted, because documents come from the
open web. The HTML is built here with `html.escape` on every value, and the only data the
script reads is a JSON block whose `<`, `>`, `&`, U+2028 and U+2029 are escaped, so no
text can close the `<script>` element; the script fills the details panel with
`textContent`, never `innerHTML`. The CSP allows only this page's own script (by hash),
so even a missed escape could not run injected code.

The page is written piece by piece as it is rendered, reading the tables chunk by chunk
from a `TableSource`: for a large batch it runs to hundreds of megabytes, and neither it
nor the crosswalk it shows is ever held whole. What one inspection's matrix needs is
held while it is written (a few fields per cell, the largest inspection's worth).
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import math
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from crosswalk.export.source import TableSource
from crosswalk.export.tables import atomic_file

STATUSES = ("actioned", "acknowledged", "unaddressed", "out_of_scope")
# One letter per status so the matrix can be read without colour (and in print).
STATUS_LETTERS = {"actioned": "A", "acknowledged": "K", "unaddressed": "U", "out_of_scope": "X"}
STATUS_LABELS = {"actioned": "actioned", "acknowledged": "acknowledged", "unaddressed": "unaddressed",
                 "out_of_scope": "out of scope", "other": "other / missing"}

COLUMNS: dict[str, list[str]] = {
    "crosswalk": ["inspection", "response_doc", "responding_body", "register_id", "item_type", "subject",
                  "item_text", "scope", "status", "passage", "passage_start", "passage_end", "score",
                  "method", "commitments"],
    "register": ["inspection", "register_id", "type", "subject", "text", "parent_id", "historic", "sources"],
    "gradings": ["doc_id", "subject", "grade", "area", "historic", "negated", "hypothetical", "sentence",
                 "start", "end", "rule"],
    "commitments": ["doc_id", "actor", "text", "deadline", "strength", "answers", "start", "end", "rule"],
    # published_source is written by crosswalk.align.batch; older tables lack it and show it blank.
    "compliance": ["inspection", "response_doc", "responding_body", "published", "published_source",
                   "response_date", "days", "late"],
    "documents": ["doc_id", "path", "sha256", "doc_type", "title", "inspection", "date", "author",
                  "responding_body", "status", "error"],
}
# What a matrix keeps of each crosswalk row; the item's own fields only for items that
# the register lacks.
MATRIX_COLUMNS = ["inspection", "response_doc", "responding_body", "register_id", "status", "scope", "item_type",
                  "subject", "item_text"]
SHORT_TEXT = 110
UNKNOWN = "(unknown)"

Record = dict[str, Any]
Write = Callable[[str], Any]


def write_report(source: TableSource, path: Path) -> None:
    """Render the tables as one HTML page, written as it is rendered, atomically (no
    half-written page)."""
    with atomic_file(path) as handle:
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
        _render(source, text.write)
        text.flush()
        text.detach()


def render_report(source: TableSource) -> str:
    """The whole page as a string (for tests that inspect the source)."""
    parts: list[str] = []
    _render(source, parts.append)
    return "".join(parts)


def _render(source: TableSource, write: Write) -> None:
    """The page in document order. The header's totals come first, so the tables are
    read once for them before anything below is written."""
    failed = [d for d in _all_records(source, "documents") if _is_error(d)]  # few: held for the table below
    statuses: Counter[str] = Counter()
    inspections: set[Any] = set()
    for chunk in source.chunks("register"):
        inspections.update(_column(chunk, "inspection"))
    for chunk in source.chunks("crosswalk"):
        inspections.update(_column(chunk, "inspection"))
        statuses.update(map(_status, _column(chunk, "status")))
    names = {_key(_plain(value)) for value in inspections}

    csp = (f"default-src 'none'; script-src '{_sha256(SCRIPT)}'; style-src '{_sha256(STYLE)}'; "
           "img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'")
    write(PAGE_START.format(csp=html.escape(csp, quote=False), style=STYLE))
    write("\n".join([
        "<header>",
        "<h1>Crosswalk report</h1>",
        '<p class="totals">'
        f'Documents <span class="total" id="total-documents">{source.length("documents")}</span> · '
        f'errors <span class="total" id="total-errors">{len(failed)}</span> · '
        f'register items <span class="total" id="total-register">{source.length("register")}</span> · '
        f'crosswalk rows <span class="total" id="total-crosswalk">{source.length("crosswalk")}</span></p>',
        _counts(statuses, 'id="overall-counts"'),
        _legend(),
        '<p><label for="filter">Filter rows</label> '
        '<input id="filter" type="search" autocomplete="off" placeholder="text in any row…"></p>',
        "</header>",
    ]) + "\n")
    for name in sorted(names):
        _inspection(source, name, write)
        write("\n")
    _table(write, "Gradings", "gradings", source.length("gradings"), _all_records(source, "gradings"),
           COLUMNS["gradings"])
    write("\n")
    _table(write, "Commitments", "commitments", source.length("commitments"), _all_records(source, "commitments"),
           ["deadline", "doc_id", "actor", "text", "strength", "answers", "rule"])
    write("\n")
    _table(write, "Compliance", "compliance", source.length("compliance"), _all_records(source, "compliance"),
           COLUMNS["compliance"], row_class=lambda r: "late" if _truthy(r["late"]) else "")
    write("\n")
    _table(write, "Documents with errors", "errors", len(failed), failed,
           ["doc_id", "path", "doc_type", "status", "error"])
    write(PAGE_MIDDLE.format(panel=PANEL))
    _data(source, write)
    write(PAGE_END.format(script=SCRIPT))


def _column(frame: pd.DataFrame, column: str) -> list[Any]:
    """One column's values as Python objects (None where the frame lacks it)."""
    return frame[column].astype(object).tolist() if column in frame else [None] * len(frame)


def _all_records(source: TableSource, table: str, columns: list[str] | None = None,
                 inspection: Callable[[Any], bool] | None = None) -> Iterator[Record]:
    for chunk in source.chunks(table, inspection):
        yield from _records(chunk, columns or COLUMNS[table])


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


def _is_error(document: Record) -> bool:
    return document["status"] == "error" or bool(_text(document["error"]).strip())


def _status(value: Any) -> str:
    """The status as a CSS-safe key; anything unexpected is shown as "other"."""
    return value if value in STATUSES else "other"


def _e(value: Any) -> str:
    return html.escape(_text(value), quote=True)


def _short(text: str) -> str:
    return text if len(text) <= SHORT_TEXT else text[: SHORT_TEXT - 1].rstrip() + "…"


def _counts(counts: Counter[str], attrs: str) -> str:
    """Per-status counts in stable elements (`.count[data-status]`) that tests read."""
    keys = list(STATUSES) + (["other"] if counts["other"] else [])
    spans = " ".join(
        f'<span class="badge s-{k}">{STATUS_LETTERS.get(k, "?")}</span> {STATUS_LABELS[k]} '
        f'<span class="count" data-status="{k}">{counts[k]}</span>'
        for k in keys
    )
    return f'<p class="counts" {attrs}>Cells by status: {spans}</p>'


def _legend() -> str:
    items = "".join(f'<li><span class="badge s-{k}">{STATUS_LETTERS.get(k, "?")}</span> {STATUS_LABELS[k]}</li>'
                    for k in (*STATUSES, "other"))
    return f'<ul class="legend" aria-label="Legend">{items}</ul>'


def _key(value: Any) -> str:
    return _text(value) or UNKNOWN


class _Matrix:
    """One inspection's crosswalk rows as the matrix needs them: each row's cell (its
    status, ids and row number), keyed by item and response; strings are shared, so a
    cell costs a small tuple. Items that only the crosswalk knows keep their first row."""

    def __init__(self, known: set[str]) -> None:
        self.known = known
        self.responses: set[tuple[str, str]] = set()
        self.cells: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
        self.extra: dict[str, Record] = {}
        self.counts: Counter[str] = Counter()
        self.shared: dict[Any, Any] = {}

    def add(self, row: int, r: Record) -> None:
        share = self.shared.setdefault
        rid, doc = _key(r["register_id"]), _key(r["response_doc"])
        self.responses.add((_text(r["responding_body"]), doc))
        cell = (share(r["status"], r["status"]), share(r["register_id"], r["register_id"]),
                share(r["response_doc"], r["response_doc"]), share(r["inspection"], r["inspection"]), row,
                share(r["scope"], r["scope"]))
        self.cells.setdefault((share(rid, rid), share(doc, doc)), []).append(cell)
        self.counts[_status(r["status"])] += 1
        if rid not in self.known and rid not in self.extra:
            self.extra[rid] = {"register_id": r["register_id"], "type": r["item_type"], "subject": r["subject"],
                               "text": r["item_text"], "parent_id": None, "historic": None}


def _ordered_items(items: list[Record], extra: Iterable[Record]) -> list[tuple[Record, bool]]:
    """Register items with each part right under its parent; items that only the crosswalk
    knows are appended so that no crosswalk row is left without a matrix row."""
    everything = items + list(extra)
    ids = {_key(i["register_id"]) for i in everything}
    parts: dict[str, list[Record]] = {}
    for item in everything:
        parent = _text(item["parent_id"])
        if parent and parent in ids and parent != _key(item["register_id"]):
            parts.setdefault(parent, []).append(item)
    ordered: list[tuple[Record, bool]] = []
    for item in everything:
        parent = _text(item["parent_id"])
        if parent and parent in ids and parent != _key(item["register_id"]):
            continue
        ordered.append((item, False))
        ordered.extend((part, True) for part in parts.get(_key(item["register_id"]), []))
    return ordered


def _inspection(source: TableSource, name: str, write: Write) -> None:
    """One inspection's matrix: register items down, response documents across."""
    def wanted(value: Any) -> bool:
        return _key(_plain(value)) == name

    items = list(_all_records(source, "register", inspection=wanted))
    matrix = _Matrix({_key(i["register_id"]) for i in items})
    for chunk in source.chunks("crosswalk", wanted):
        for row, r in zip(chunk.index, _records(chunk, MATRIX_COLUMNS)):
            matrix.add(int(row), r)
    responses = sorted(matrix.responses)
    head = "".join(f'<th scope="col" data-response="{html.escape(doc)}"><span class="body">'
                   f'{html.escape(body or UNKNOWN)}</span><br><span class="doc">{html.escape(doc)}</span></th>'
                   for body, doc in responses)
    empty = "" if responses else '<p class="note">No response document was matched to this inspection.</p>'
    write(f'<section class="inspection" data-inspection="{html.escape(name)}">'
          f'<h2>{html.escape(name)}</h2>{_counts(matrix.counts, "")}{empty}'
          f'<div class="scroll"><table class="matrix"><thead><tr><th scope="col">Item</th><th scope="col">Type</th>'
          f'<th scope="col">Subject</th><th scope="col">Text</th>{head}</tr></thead><tbody>')
    for item, is_part in _ordered_items(items, matrix.extra.values()):
        rid = _key(item["register_id"])
        text = _text(item["text"])
        tds = "".join(f'<td>{"".join(_cell(*c) for c in matrix.cells.get((rid, doc), []))}</td>'
                      for _, doc in responses)
        historic = ' <span class="tag">historic</span>' if _truthy(item["historic"]) else ""
        write(f'<tr class="{"part" if is_part else "item"}" data-filterable data-register-id="{html.escape(rid)}" '
              f'data-filter="{html.escape(text)}"><th scope="row">{html.escape(rid)}</th><td>{_e(item["type"])}</td>'
              f'<td>{_e(item["subject"])}</td><td class="text" title="{html.escape(text)}">'
              f'{html.escape(_short(text))}{historic}</td>{tds}</tr>')
    write("</tbody></table></div></section>")


def _cell(status: Any, register_id: Any, response_doc: Any, inspection: Any, row: int, scope: Any) -> str:
    """A clickable status cell; the letter repeats the colour for colour-blind readers.
    An out-of-scope cell carries its scope: the details data may leave its row out."""
    key = _status(status)
    label = f'{STATUS_LABELS[key]}: {_text(register_id)} in {_text(response_doc)}'
    scoped = f' data-scope="{_e(scope)}"' if key == "out_of_scope" else ""
    return (f'<button type="button" class="cell s-{key}" data-row="{row}" data-status="{key}"{scoped} '
            f'data-register-id="{_e(register_id)}" data-response="{_e(response_doc)}" '
            f'data-inspection="{_e(inspection)}" title="{html.escape(label)}" '
            f'aria-label="{html.escape(label)}">{STATUS_LETTERS.get(key, "?")}</button>')


def _table(write: Write, title: str, key: str, count: int, rows: Iterable[Record], columns: list[str],
           row_class: Callable[[Record], str] | None = None) -> None:
    """A sortable, filterable table of `count` rows; late compliance rows also say LATE
    in words."""
    write(f'<section class="table" id="section-{key}"><h2>{html.escape(title)} ({count})</h2>')
    if not count:
        write('<p class="note">None.</p></section>')
        return
    head = "".join(f'<th scope="col"><button type="button" class="sort">{html.escape(c)}</button></th>'
                   for c in columns)
    write(f'<div class="scroll"><table class="data sortable" id="table-{key}"><thead><tr>{head}</tr></thead><tbody>')
    for r in rows:
        cls = row_class(r) if row_class else ""
        tds = "".join(f"<td>{_e(r[c])}{' <strong>LATE</strong>' if c == 'late' and cls == 'late' else ''}</td>"
                      for c in columns)
        write(f'<tr data-filterable class="{cls}">{tds}</tr>')
    write("</tbody></table></div></section>")


def _data(source: TableSource, write: Write) -> None:
    """The crosswalk rows the details panel needs, as JSON keyed by row number (the key a
    cell carries): `{"crosswalk": {"<row>": row, ...}}`, written chunk by chunk.

    Rows out of scope with no passage are left out: everything the panel shows for them
    (item, type, subject, response, status) is already in the matrix, and in a national
    inspection they are nearly every row: left in, they made the page hundreds of
    megabytes for a thousand documents."""
    write('{"crosswalk": {')
    separator = ""
    for chunk in source.chunks("crosswalk"):
        frame = chunk.reindex(columns=COLUMNS["crosswalk"])
        frame = frame[~((frame["status"] == "out_of_scope") & frame["passage"].isna())]
        for row, record in zip(frame.index, _records(frame, COLUMNS["crosswalk"])):
            write(f'{separator}"{int(row)}": {_script_json(record)}')
            separator = ", "
    write("}}")


def _script_json(value: Any) -> str:
    """JSON that is safe inside <script>: no `</script>`, no `<!--`, no JS line breaks."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    for char, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def _sha256(source: str) -> str:
    """A CSP source expression that allows exactly this inline block and nothing else."""
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


# Okabe–Ito colours: distinguishable with the common forms of colour blindness.
STYLE = """
:root { font: 14px/1.4 system-ui, sans-serif; color: #111; }
body { margin: 0; display: grid; grid-template-columns: minmax(0, 1fr) 26rem; }
main { padding: 0 1rem 4rem; min-width: 0; }
h1 { margin: .6rem 0; } h2 { margin: 1.6rem 0 .4rem; font-size: 1.15rem; }
.counts, .legend { margin: .3rem 0; } .legend { list-style: none; padding: 0; display: flex; gap: 1rem; }
.count, .total { font-weight: 600; }
.badge, .cell { display: inline-block; min-width: 1.6em; border: 1px solid #333; border-radius: 3px;
  text-align: center; font-weight: 700; font-family: ui-monospace, monospace; color: #000; }
.cell { cursor: pointer; padding: .1em .3em; margin: 1px; }
.cell:focus, .cell.selected { outline: 3px solid #000; outline-offset: 1px; }
.s-actioned { background: #009E73; } .s-acknowledged { background: #E69F00; }
.s-unaddressed { background: #D55E00; } .s-out_of_scope { background: #BBBBBB; }
.s-other { background: #fff; border-style: dashed; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: .2rem .4rem; vertical-align: top; }
thead th { background: #f2f2f2; position: sticky; top: 0; } .matrix thead .doc { font-weight: 400; font-size: .85em; }
.matrix td.text { max-width: 32rem; } tr.part th { padding-left: 1.6rem; } tr.part th::before { content: "↳ "; }
.tag { font-size: .8em; border: 1px solid #777; border-radius: 3px; padding: 0 .2em; }
tr.late { background: #fde7d9; } tr.late td:first-child { border-left: 4px solid #D55E00; }
button.sort { all: unset; cursor: pointer; font-weight: 700; }
th[aria-sort="ascending"] button.sort::after { content: " ▲"; }
th[aria-sort="descending"] button.sort::after { content: " ▼"; }
.note { color: #555; font-style: italic; }
#details { position: sticky; top: 0; height: 100vh; overflow-y: auto; box-sizing: border-box; padding: .6rem 1rem;
  border-left: 2px solid #999; background: #fafafa; }
#details dt { font-weight: 700; margin-top: .4rem; }
#details dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
@media (max-width: 60rem) { body { display: block; } #details { position: static; height: auto; } }
"""

PANEL = """<aside id="details" aria-live="polite">
<h2>Details</h2>
<p id="details-hint" class="note">Click a cell of a matrix to see the item and the answering passage.</p>
<dl id="details-fields" hidden>
<dt>Register item</dt><dd data-field="register_id"></dd>
<dt>Type · subject</dt><dd data-field="item_type_subject"></dd>
<dt>Response</dt><dd data-field="response"></dd>
<dt>Status</dt><dd data-field="status"></dd>
<dt>Scope</dt><dd data-field="scope"></dd>
<dt>Score · method</dt><dd data-field="score_method"></dd>
<dt>Item text</dt><dd data-field="item_text"></dd>
<dt>Answering passage</dt><dd data-field="passage"></dd>
<dt>Commitments</dt><dd data-field="commitments"></dd>
</dl>
</aside>"""

SCRIPT = """
"use strict";
(function () {
  const rows = JSON.parse(document.getElementById("report-data").textContent).crosswalk;
  const fields = document.getElementById("details-fields");
  const text = (v) => (v === null || v === undefined ? "" : String(v));
  const join = (...parts) => parts.map(text).filter((p) => p !== "").join(" · ");

  // A row the data leaves out (out of scope, no passage): what the panel shows is in the matrix.
  function fromMatrix(cell) {
    const tr = cell.closest("tr");
    const section = cell.closest("section.inspection");
    const head = Array.from(section.querySelectorAll("th[data-response]"))
      .find((th) => th.dataset.response === cell.dataset.response);
    return {
      register_id: cell.dataset.registerId, item_type: tr.cells[1].textContent, subject: tr.cells[2].textContent,
      response_doc: cell.dataset.response, inspection: cell.dataset.inspection, status: cell.dataset.status,
      responding_body: head ? head.querySelector(".body").textContent : null, scope: cell.dataset.scope,
      item_text: tr.querySelector("td.text").title, passage: null, passage_start: null, score: null,
      method: null, commitments: null,
    };
  }

  function show(cell) {
    const r = rows[cell.dataset.row] || (cell.dataset.status === "out_of_scope" ? fromMatrix(cell) : null);
    if (!r) return;
    const score = typeof r.score === "number" ? r.score.toFixed(3) : text(r.score);
    const span = r.passage_start === null ? "" : "chars " + text(r.passage_start) + "–" + text(r.passage_end);
    const values = {
      register_id: r.register_id, item_type_subject: join(r.item_type, r.subject),
      response: join(r.responding_body, r.response_doc, r.inspection), status: r.status, scope: r.scope,
      score_method: join(score, r.method), item_text: r.item_text,
      passage: join(r.passage, span ? "(" + span + ")" : ""), commitments: r.commitments,
    };
    for (const dd of fields.querySelectorAll("dd[data-field]")) {
      dd.textContent = text(values[dd.dataset.field]) || "—";  // textContent: data never becomes markup
    }
    for (const old of document.querySelectorAll(".cell.selected")) old.classList.remove("selected");
    cell.classList.add("selected");
    fields.hidden = false;
    document.getElementById("details-hint").hidden = true;
  }
  document.addEventListener("click", (event) => {
    const cell = event.target.closest(".cell");
    if (cell) show(cell);
  });

  const filterable = Array.from(document.querySelectorAll("tr[data-filterable]"));
  const haystacks = filterable.map((tr) => (text(tr.dataset.filter) + " " + tr.textContent).toLowerCase());
  document.getElementById("filter").addEventListener("input", (event) => {
    const q = event.target.value.trim().toLowerCase();
    filterable.forEach((tr, i) => { tr.hidden = q !== "" && !haystacks[i].includes(q); });
  });

  for (const table of document.querySelectorAll("table.sortable")) {
    const heads = Array.from(table.tHead.rows[0].cells);
    heads.forEach((th, col) => th.querySelector("button").addEventListener("click", () => {
      const dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
      heads.forEach((h) => h.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
      const body = table.tBodies[0];
      const key = (tr) => tr.cells[col].textContent.trim();
      const sorted = Array.from(body.rows).sort((a, b) => {
        const x = key(a), y = key(b);
        if (x === "" || y === "") return (x === "") - (y === "");  // blanks last either way
        return dir * x.localeCompare(y, undefined, { numeric: true });
      });
      sorted.forEach((tr) => body.appendChild(tr));
    }));
  }
})();
"""

# The page around what is written piece by piece: the body (header, matrices, tables)
# between PAGE_START and PAGE_MIDDLE, the crosswalk's JSON between PAGE_MIDDLE and PAGE_END.
PAGE_START = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Crosswalk report</title>
<style>{style}</style>
</head>
<body>
<main>
"""
PAGE_MIDDLE = """
</main>
{panel}
<script type="application/json" id="report-data">"""
PAGE_END = """</script>
<script>{script}</script>
</body>
</html>
"""

__all__ = ["write_report", "render_report"]
