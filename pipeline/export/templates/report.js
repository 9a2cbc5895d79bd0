"use strict";
(function () {
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const text = (v) => (v === null || v === undefined ? "" : String(v));
  const $ = (id) => document.getElementById(id);
  const value = (id) => ($(id) ? $(id).value : "");
  const labels = { out_of_scope: "out of scope", other: "other / missing" };
  const label = (s) => labels[s] || s;
  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "field") node.dataset.field = v; else node.setAttribute(k, v);
    }
    for (const child of children) node.append(child);  // strings become text nodes, never markup
    return node;
  };

  // Tables: a row shows when it holds the text; a section with no row shown is hidden.
  const tableRows = Array.from(document.querySelectorAll("section[data-table] tr[data-filterable]"));
  const tableHay = tableRows.map((tr) => tr.textContent.toLowerCase());
  // Folded tables keep their rows as data until opened.
  const lazy = Array.from(document.querySelectorAll("section[data-lazy]"), (section) => {
    const rows = JSON.parse($("rows-" + section.dataset.lazy).textContent);
    const table = { section, rows, hay: null, trs: null, q: "" };
    const details = section.querySelector("details");
    details.addEventListener("toggle", () => { if (details.open && !table.trs) build(table); });
    return table;
  });
  function build(table) {
    const columns = table.section.querySelectorAll("thead th").length;
    table.trs = table.rows.map(([cells, late]) => {
      const tr = el("tr", late ? { class: "late" } : {}, ...cells.slice(0, columns).map((c, i) =>
        el("td", {}, c, ...(late && i === columns - 1 ? [" ", el("strong", {}, "LATE")] : []))));
      return tr;
    });
    table.section.querySelector("tbody").append(...table.trs);
    filterLazy(table, table.q);
  }
  function filterLazy(table, q) {
    if (!table.hay) table.hay = table.rows.map(([cells]) => cells.join(" ").toLowerCase());
    table.q = q;
    let shown = 0;
    table.hay.forEach((h, i) => {
      const hit = q === "" || h.includes(q);
      if (hit) shown += 1;
      if (table.trs) table.trs[i].hidden = !hit;
    });
    table.section.querySelector(".shown").textContent = String(shown);
    table.section.hidden = shown === 0;
  }
  function filterTables(q) {
    tableRows.forEach((tr, i) => { tr.hidden = q !== "" && !tableHay[i].includes(q); });
    for (const table of lazy) filterLazy(table, q);
    for (const section of document.querySelectorAll("section[data-table]:not([data-lazy])")) {
      const rows = section.querySelectorAll("tr[data-filterable]");
      if (!rows.length) { section.hidden = q !== ""; continue; }
      const shown = Array.from(rows).filter((tr) => !tr.hidden).length;
      section.querySelector(".shown").textContent = String(shown);
      section.hidden = shown === 0;
    }
  }
  function setCounts(root, counts) {
    for (const span of root.querySelectorAll(".count[data-status]")) {
      span.textContent = String(counts[span.dataset.status] || 0);
    }
  }

  function applyIndex() {
    const q = value("filter").trim().toLowerCase();
    const status = value("filter-status"), body = value("filter-body"), kind = value("filter-type");
    const only = value("filter-inspection");
    const faceted = status !== "" || body !== "" || kind !== "";
    const per = data.inspections.map(() => ({}));
    const totals = {};
    for (const [i, b, t, s, n] of data.counts) {
      const name = data.statuses[s];
      if ((body !== "" && b !== +body) || (kind !== "" && t !== +kind) || (status !== "" && name !== status)) continue;
      if (only !== "" && i !== +only) continue;
      per[i][name] = (per[i][name] || 0) + n;
    }
    let shown = 0;
    for (const tr of document.querySelectorAll("tr.inspection")) {
      const i = +tr.dataset.inspectionIndex, counts = per[i];
      setCounts(tr, counts);
      const total = Object.values(counts).reduce((a, n) => a + n, 0);
      const hay = (data.inspections[i] + " " + Object.keys(counts).filter((s) => counts[s] > 0).map(label).join(" ")
        + " " + Object.keys(counts).join(" ")).toLowerCase();
      tr.hidden = (only !== "" && i !== +only) || (faceted && total === 0) || (q !== "" && !hay.includes(q));
      if (!tr.hidden) {
        shown += 1;
        for (const [s, n] of Object.entries(counts)) totals[s] = (totals[s] || 0) + n;
      }
    }
    setCounts($("overall-counts"), totals);
    const section = $("section-inspections");
    if (section.querySelector(".shown")) section.querySelector(".shown").textContent = String(shown);
    filterTables(q);
  }

  function applyInspection() {
    const q = value("filter").trim().toLowerCase();
    const status = value("filter-status"), body = value("filter-body"), kind = value("filter-type");
    const faceted = status !== "" || body !== "";
    const counts = {};
    const hits = data.items.map(() => 0);
    const itemOk = data.items.map((item, i) => (kind === "" || item.type === data.types[+kind]) && (q === "" || hay[i].includes(q)));
    data.cells.forEach((cell, c) => {
      const [item, b] = cell, rows = rowsOf(cell);
      let match = 0;
      if (itemOk[item] && (body === "" || b === +body)) {
        for (const r of rows) {
          const s = data.statuses[r[1]];
          if (status === "" || s === status) { match += 1; counts[s] = (counts[s] || 0) + 1; }
        }
      }
      hits[item] += match;
      if (buttons[c]) buttons[c].classList.toggle("dim", match === 0);
    });
    let shown = 0;
    for (const tr of document.querySelectorAll("table.matrix tbody tr")) {
      const i = +tr.dataset.i;
      tr.hidden = !itemOk[i] || (faceted && hits[i] === 0);
      if (!tr.hidden) shown += 1;
    }
    for (const node of document.querySelectorAll("table.matrix [data-b]")) {
      node.hidden = body !== "" && +node.dataset.b !== +body;
    }
    setCounts($("overall-counts"), counts);
    const none = $("nothing-matches");
    if (none) none.hidden = shown > 0 || data.items.length === 0;
    filterTables(q);
  }

  let hay = [], buttons = [];
  // A cell is [item, body, rows], or [item, body, scope] when every document of the body
  // has the item out of scope with no passage (most cells of a national inspection).
  const docsOf = (data.bodies || []).map(() => []);
  (data.docs || []).forEach((doc, d) => docsOf[doc.body].push(d));
  const outside = (data.statuses || []).indexOf("out_of_scope");
  const rowsOf = (cell) => (Array.isArray(cell[2]) ? cell[2] : docsOf[cell[1]].map((d) => [d, outside, null, cell[2]]));
  if (data.page === "inspection") {
    const statusesOf = data.items.map(() => new Set());
    for (const cell of data.cells) for (const r of rowsOf(cell)) statusesOf[cell[0]].add(data.statuses[r[1]]);
    hay = data.items.map((item, i) => [item.id, item.type, item.subject, item.text, ...Array.from(statusesOf[i]),
      ...Array.from(statusesOf[i]).map(label)].join(" ").toLowerCase());
    for (const button of document.querySelectorAll(".cell[data-cell]")) buttons[+button.dataset.cell] = button;
  }
  const apply = data.page === "index" ? applyIndex : applyInspection;
  for (const id of ["filter", "filter-status", "filter-body", "filter-type", "filter-inspection"]) {
    if ($(id)) $(id).addEventListener(id === "filter" ? "input" : "change", apply);
  }
  $("filters").addEventListener("submit", (event) => event.preventDefault());

  // The details of a cell: the item, then each document of the body with its answer.
  function answer(r) {
    const doc = data.docs[r[0]], status = data.statuses[r[1]], row = r[2] === null ? null : data.rows[r[2]];
    const source = doc.href ? el("a", { href: doc.href, field: "source" }, doc.id) : el("span", { field: "source" }, doc.id);
    const box = el("div", { class: "answer", "data-doc": doc.id },
      el("p", {}, source, " · ", el("span", { class: "badge s-" + status, field: "status" }, label(status)),
        " · scope ", el("span", { field: "scope" }, text(data.scopes[r[3]]))));
    if (doc.path) box.append(el("p", { class: "note" }, "File: ", el("span", { field: "path" }, doc.path)));
    if (doc.address) box.append(el("p", { class: "note" }, "Published at: ",
      el("a", { href: doc.address, rel: "noopener noreferrer", field: "address" }, doc.address)));
    if (row && row.passage) {
      const suggested = row.method === "similarity_suggestion";
      const score = typeof row.score === "number" ? String(+row.score.toFixed(2)) : text(row.score);
      box.append(el("p", {}, suggested
        ? el("strong", { field: "suggestion" }, "No answering passage. Nearest candidate paragraph (text similarity " + score + "), for you to check:")
        : el("strong", {}, "Answering passage"), suggested ? "" : el("span", { field: "method" }, " (" + text(row.method) + ", score " + score + ")")));
      box.append(el("p", { class: "context" + (suggested ? " suggestion" : "") },
        el("span", { field: "before" }, text(row.before)), el("mark", { field: "passage" }, text(row.passage)),
        el("span", { field: "after" }, text(row.after))));
      if (row.start !== null) box.append(el("p", { class: "note" }, "characters " + text(row.start) + "–" + text(row.end) + " of the normalised text"));
      if (row.commitments) box.append(el("p", {}, el("strong", {}, "Commitments: "), el("span", { field: "commitments" }, text(row.commitments))));
    } else if (status === "unaddressed") {
      box.append(el("p", { field: "passage" }, "No answering passage, and no similar paragraph in this document."));
    } else if (status === "out_of_scope") {
      box.append(el("p", { field: "passage" }, "Not this body's item (" + text(data.scopes[r[3]]) + ")."));
    }
    return box;
  }
  function show(button) {
    const cell = data.cells[+button.dataset.cell];
    const [item, b] = cell, rows = rowsOf(cell);
    const it = data.items[item];
    const panel = $("details-body");
    panel.replaceChildren(
      el("dl", {}, el("dt", {}, "Register item"), el("dd", { field: "register_id" }, it.id),
        el("dt", {}, "Type · subject"), el("dd", { field: "item_type_subject" }, [it.type, it.subject].filter(Boolean).join(" · ")),
        el("dt", {}, "Responding body"), el("dd", { field: "body" }, data.bodies[b]),
        el("dt", {}, "Item text"), el("dd", { field: "item_text" }, it.text)),
      el("h3", {}, rows.length + (rows.length === 1 ? " response" : " responses")),
      ...rows.map(answer));
    for (const old of document.querySelectorAll(".cell.selected")) old.classList.remove("selected");
    button.classList.add("selected");
    panel.hidden = false;
    $("details-hint").hidden = true;
  }
  document.addEventListener("click", (event) => {
    const cell = event.target.closest(".cell[data-cell]");
    if (cell) show(cell);
  });
  document.addEventListener("keydown", (event) => {
    const cell = event.target.closest && event.target.closest(".cell[data-cell]");
    if (cell && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); show(cell); }
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
