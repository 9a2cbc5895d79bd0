"""Gold x predicted status matrix of one set of documents, counts only, with the referee's own matching.

usage: python -m bench.status_matrix OUT_DIR GOLD_DIR [--set REGEX] [--names]

Prints, overall and per gold doc_type, how many in-scope gold rows of each gold status were
predicted as each status (`missing`: no crosswalk row matched the item). For the rows gold
calls answered (actioned, acknowledged, declined) that we call unaddressed, it counts whether
the run kept a suggestion passage for the item (`similarity_suggestion`) and its score band:
a passage the aligner saw but did not take. Default set is the held-out one (`^(?:k[E-Z]|l[A-Z])_`),
for which it prints no document names; `--names` (refused for held-out names) lists the
readable documents of each answered-read-as-unaddressed row, for diagnosis.
"""
from __future__ import annotations

import collections
import json
import pathlib
import re
import sys
from typing import Any

from bench.referee import REFEREE

HELD_OUT = re.compile(r"^(?:k[E-Z]|l[A-Z])_")
STATUSES = ("actioned", "acknowledged", "declined", "unaddressed", "out_of_scope", "missing")


def _referee() -> dict[str, Any]:
    """The referee's scorer as a namespace: its norm, textsim and read_csv decide a match."""
    namespace: dict[str, Any] = {"__name__": "referee"}
    source = REFEREE.read_text()
    exec(compile(source, "referee", "exec"), namespace)
    return namespace


def _band(score: str | None) -> str:
    if not score:
        return "none"
    value = float(score)
    return "0-5" if value < 5 else "5-10" if value < 10 else "10-15" if value < 15 else "15-20"


def rows_of(out_dir: pathlib.Path, gold_dir: pathlib.Path, rx: re.Pattern[str]) -> list[dict[str, Any]]:
    """One record per in-scope gold row of the set: doc, gold doc_type, want, got, method, score."""
    ref = _referee()
    norm, textsim = ref["norm"], ref["textsim"]
    # each set is scored with its own gold only, as score_sets.py does: items defined outside it do not count
    golds = {p.stem: json.loads(p.read_text()) for p in sorted(gold_dir.glob("*.json")) if rx.search(p.stem)}
    global_items: dict[str, Any] = {}
    id_texts: dict[str, set[str]] = {}
    for g in golds.values():
        for it in g.get("items", []):
            global_items.setdefault(it["id"], it)
            id_texts.setdefault(it["id"], set()).add(norm(it["text"]))
    crosswalk: dict[str, list[dict[str, str]]] = {}
    for r in ref["read_csv"](out_dir / "crosswalk.csv"):
        key = r.get("response_doc", "")
        key = pathlib.Path(key).name.rsplit(".", 1)[0] if "/" in key else key
        crosswalk.setdefault(key, []).append(r)
    out = []
    for doc, g in golds.items():
        al = {a["item"]: a["status"] for a in g.get("alignment", [])}
        un = set(g.get("unaddressed", []))
        if not (al or un):
            continue
        known = dict(global_items)
        known.update({it["id"]: it for it in g.get("items", [])})
        for iid in sorted(set(al) | un):
            if iid not in known:
                continue
            best, best_sim = None, 0.0
            for r in crosswalk.get(doc, []):
                sim = max(textsim(t, norm(r.get("item_text"))) for t in id_texts.get(iid, {norm(known[iid]["text"])}))
                if sim > best_sim:
                    best, best_sim = r, sim
            got = norm(best.get("status")) if best is not None and best_sim >= 85 else "missing"
            out.append(dict(doc=doc, doc_type=g.get("doc_type"), item=iid,
                            want="unaddressed" if iid in un else al[iid], got=got,
                            method=(best or {}).get("method") if got != "missing" else None,
                            score=(best or {}).get("score") if got != "missing" else None))
    return out


def _matrix(records: list[dict[str, Any]]) -> str:
    counts = collections.Counter((r["want"], r["got"]) for r in records)
    cols = [s for s in STATUSES if any(k[1] == s for k in counts)]
    lines = ["| gold \\ predicted | " + " | ".join(cols) + " | n |", "|---" * (len(cols) + 2) + "|"]
    for want in ("actioned", "acknowledged", "declined", "unaddressed"):
        n = sum(v for k, v in counts.items() if k[0] == want)
        if n:
            lines.append(f"| {want} | " + " | ".join(str(counts.get((want, c), 0)) for c in cols) + f" | {n} |")
    ok = sum(v for (w, g), v in counts.items() if w == g)
    lines.append(f"right {ok}/{len(records)}")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    """Print the status matrix of one run (`argv`: program, OUT_DIR, GOLD_DIR, options as the
    module's usage says): overall, then per gold doc_type, then how many answered rows read
    as unaddressed had a passage the aligner saw. Counts only, so that the held-out set can be
    looked at without its names or texts; `--names` lists readable documents for diagnosis."""
    out_dir, gold_dir = pathlib.Path(argv[1]), pathlib.Path(argv[2])
    rx = re.compile(argv[argv.index("--set") + 1]) if "--set" in argv else HELD_OUT
    records = rows_of(out_dir, gold_dir, rx)
    held = any(HELD_OUT.match(r["doc"]) for r in records)
    print(f"## all ({len({r['doc'] for r in records})} documents)\n{_matrix(records)}\n")
    for dt in sorted({r["doc_type"] for r in records}, key=str):
        sub = [r for r in records if r["doc_type"] == dt]
        print(f"## {dt} ({len({r['doc'] for r in sub})} documents)\n{_matrix(sub)}\n")
    answered_un = [r for r in records if r["want"] != "unaddressed" and r["got"] == "unaddressed"]
    bands = collections.Counter((r["want"], "suggestion " + _band(r["score"]) if r["method"] else "no passage")
                                for r in answered_un)
    print("## answered read as unaddressed: passage kept for the item (similarity_suggestion score band)")
    for (want, band), c in sorted(bands.items()):
        print(f"  {want}: {band}: {c}")
    if "--names" in argv:
        if held:
            sys.exit("--names is refused on a set holding held-out documents")
        print("\n## answered read as unaddressed, per document")
        for doc, c in sorted(collections.Counter(r["doc"] for r in answered_un).items()):
            types = {r["doc_type"] for r in answered_un if r["doc"] == doc}
            print(f"  {doc} {c} {','.join(sorted(types))}")


if __name__ == "__main__":
    main(sys.argv)
