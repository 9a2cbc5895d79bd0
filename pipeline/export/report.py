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
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.export.tables import atomic_write_bytes

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
    # published_source is written by pipeline.align.batch; older tables lack it and show it blank.
    "compliance": ["inspection", "response_doc", "responding_body", "published", "published_source",
                   "response_date", "days", "late"],
    "documents": ["doc_id", "path", "sha256", "doc_type", "title", "inspection", "date", "author",
                  "responding_body", "status", "error"],
}
SHORT_TEXT = 110
UNKNOWN = "(unknown)"

Record = dict[str, Any]


def write_report(tables: dict[str, pd.DataFrame], path: Path) -> None:
    """Render the tables as one HTML page and write it atomically (no half-written page)."""
    atomic_write_bytes(path, render_report(tables).encode("utf-8"))


def render_report(tables: dict[str, pd.DataFrame]) -> str:
    """The whole page as a string; separate from writing so tests can inspect the source."""
    data = {name: _records(tables.get(name), columns) for name, columns in COLUMNS.items()}
    crosswalk = data["crosswalk"]
    for index, row in enumerate(crosswalk):
        row["_row"] = index  # the cell's key into the JSON the details panel reads
    errors = [d for d in data["documents"] if _is_error(d)]

    body = "\n".join([
        "<header>",
        "<h1>Crosswalk report</h1>",
        '<p class="totals">'
        f'Documents <span class="total" id="total-documents">{len(data["documents"])}</span> · '
        f'errors <span class="total" id="total-errors">{len(errors)}</span> · '
        f'register items <span class="total" id="total-register">{len(data["register"])}</span> · '
        f'crosswalk rows <span class="total" id="total-crosswalk">{len(crosswalk)}</span></p>',
        _counts(crosswalk, 'id="overall-counts"'),
        _legend(),
        '<p><label for="filter">Filter rows</label> '
        '<input id="filter" type="search" autocomplete="off" placeholder="text in any row…"></p>',
        "</header>",
        *(_inspection(name, items, rows) for name, items, rows in _by_inspection(data["register"], crosswalk)),
        _table("Gradings", "gradings", data["gradings"], COLUMNS["gradings"]),
        _table("Commitments", "commitments", data["commitments"],
               ["deadline", "doc_id", "actor", "text", "strength", "answers", "rule"]),
        _table("Compliance", "compliance", data["compliance"], COLUMNS["compliance"],
               row_class=lambda r: "late" if _truthy(r["late"]) else ""),
        _table("Documents with errors", "errors", errors, ["doc_id", "path", "doc_type", "status", "error"]),
    ])
    payload = _script_json({"crosswalk": crosswalk})
    csp = (f"default-src 'none'; script-src '{_sha256(SCRIPT)}'; style-src '{_sha256(STYLE)}'; "
           "img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'")
    return PAGE.format(csp=html.escape(csp, quote=False), style=STYLE, body=body, panel=PANEL, data=payload,
                       script=SCRIPT)


def _records(frame: pd.DataFrame | None, columns: list[str]) -> list[Record]:
    """Rows as plain dicts with None for missing values, whatever columns the frame lacks."""
    if frame is None or frame.empty:
        return []
    frame = frame.reindex(columns=columns).astype(object)
    return [{k: _plain(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


def _plain(value: Any) -> Any:
    """A JSON-ready Python value: NaN/NaT become None and numpy scalars plain numbers."""
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


def _counts(rows: Iterable[Record], attrs: str) -> str:
    """Per-status counts in stable elements (`.count[data-status]`) that tests read."""
    counts = Counter(_status(r["status"]) for r in rows)
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


def _by_inspection(register: list[Record], crosswalk: list[Record]) -> list[tuple[str, list[Record], list[Record]]]:
    """Group register items and crosswalk rows per inspection, in name order."""
    names = sorted({_key(r["inspection"]) for r in register} | {_key(r["inspection"]) for r in crosswalk})
    return [(n, [r for r in register if _key(r["inspection"]) == n],
             [r for r in crosswalk if _key(r["inspection"]) == n]) for n in names]


def _ordered_items(items: list[Record], rows: list[Record]) -> list[tuple[Record, bool]]:
    """Register items with each part right under its parent; items that only the crosswalk
    knows are appended so that no crosswalk row is left without a matrix row."""
    known = {_key(i["register_id"]) for i in items}
    extra: dict[str, Record] = {}
    for r in rows:
        rid = _key(r["register_id"])
        if rid not in known and rid not in extra:
            extra[rid] = {"register_id": r["register_id"], "type": r["item_type"], "subject": r["subject"],
                          "text": r["item_text"], "parent_id": None, "historic": None}
    everything = items + list(extra.values())
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


def _inspection(name: str, items: list[Record], rows: list[Record]) -> str:
    """One inspection's matrix: register items down, response documents across."""
    responses = sorted({(_text(r["responding_body"]), _key(r["response_doc"])) for r in rows})
    cells: dict[tuple[str, str], list[Record]] = {}
    for r in rows:
        cells.setdefault((_key(r["register_id"]), _key(r["response_doc"])), []).append(r)

    head = "".join(f'<th scope="col" data-response="{html.escape(doc)}"><span class="body">'
                   f'{html.escape(body or UNKNOWN)}</span><br><span class="doc">{html.escape(doc)}</span></th>'
                   for body, doc in responses)
    lines = []
    for item, is_part in _ordered_items(items, rows):
        rid = _key(item["register_id"])
        text = _text(item["text"])
        tds = "".join(f'<td>{"".join(_cell(r) for r in cells.get((rid, doc), []))}</td>' for _, doc in responses)
        historic = ' <span class="tag">historic</span>' if _truthy(item["historic"]) else ""
        lines.append(
            f'<tr class="{"part" if is_part else "item"}" data-filterable data-register-id="{html.escape(rid)}" '
            f'data-filter="{html.escape(text)}"><th scope="row">{html.escape(rid)}</th><td>{_e(item["type"])}</td>'
            f'<td>{_e(item["subject"])}</td><td class="text" title="{html.escape(text)}">'
            f'{html.escape(_short(text))}{historic}</td>{tds}</tr>'
        )
    empty = "" if responses else '<p class="note">No response document was matched to this inspection.</p>'
    return (f'<section class="inspection" data-inspection="{html.escape(name)}">'
            f'<h2>{html.escape(name)}</h2>{_counts(rows, "")}{empty}'
            f'<div class="scroll"><table class="matrix"><thead><tr><th scope="col">Item</th><th scope="col">Type</th>'
            f'<th scope="col">Subject</th><th scope="col">Text</th>{head}</tr></thead>'
            f'<tbody>{"".join(lines)}</tbody></table></div></section>')


def _cell(row: Record) -> str:
    """A clickable status cell; the letter repeats the colour for colour-blind readers."""
    status = _status(row["status"])
    label = f'{STATUS_LABELS[status]}: {_text(row["register_id"])} in {_text(row["response_doc"])}'
    return (f'<button type="button" class="cell s-{status}" data-row="{row["_row"]}" data-status="{status}" '
            f'data-register-id="{_e(row["register_id"])}" data-response="{_e(row["response_doc"])}" '
            f'data-inspection="{_e(row["inspection"])}" title="{html.escape(label)}" '
            f'aria-label="{html.escape(label)}">{STATUS_LETTERS.get(status, "?")}</button>')


def _table(title: str, key: str, rows: list[Record], columns: list[str],
           row_class: Callable[[Record], str] | None = None) -> str:
    """A sortable, filterable table; late compliance rows also say LATE in words."""
    head = "".join(f'<th scope="col"><button type="button" class="sort">{html.escape(c)}</button></th>'
                   for c in columns)
    body = []
    for r in rows:
        cls = row_class(r) if row_class else ""
        tds = "".join(f"<td>{_e(r[c])}{' <strong>LATE</strong>' if c == 'late' and cls == 'late' else ''}</td>"
                      for c in columns)
        body.append(f'<tr data-filterable class="{cls}">{tds}</tr>')
    content = (f'<div class="scroll"><table class="data sortable" id="table-{key}"><thead><tr>{head}</tr></thead>'
               f'<tbody>{"".join(body)}</tbody></table></div>' if rows else '<p class="note">None.</p>')
    return f'<section class="table" id="section-{key}"><h2>{html.escape(title)} ({len(rows)})</h2>{content}</section>'


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

  function show(cell) {
    const r = rows[Number(cell.dataset.row)];
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

PAGE = """<!DOCTYPE html>
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
{body}
</main>
{panel}
<script type="application/json" id="report-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""

__all__ = ["write_report", "render_report"]
