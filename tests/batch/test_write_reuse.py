"""What a re-run reuses when it writes: the report's charts whose data did not change."""

from __future__ import annotations

import functools
import sqlite3
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from crosswalk.batch.runner import run_batch
from crosswalk.export import charts
from tests.batch.conftest import edit_letter


def _count_draws(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Count every chart actually drawn (not read back from the catalogue)."""
    drawn: Counter[str] = Counter()

    def counting(draw: Callable[..., bytes]) -> Callable[..., bytes]:
        @functools.wraps(draw)
        def wrapper(*data: Any) -> bytes:
            drawn[draw.__name__] += 1
            return draw(*data)
        return wrapper

    for name in ("_draw_status", "_draw_days"):
        monkeypatch.setattr(charts, name, counting(getattr(charts, name)))
    return drawn


def _pages(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in [out / "report.html", *(out / "report").glob("*.html")]}


def _stored_charts(out: Path) -> int:
    with sqlite3.connect(out / "catalogue.sqlite") as db:
        (count,) = db.execute("SELECT COUNT(*) FROM charts").fetchone()
    return int(count)


def test_a_rerun_draws_only_the_charts_whose_data_changed(corpus: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    drawn = _count_draws(monkeypatch)
    run_batch([corpus], out, jobs=1)
    first = sum(drawn.values())
    assert first >= 2 and _stored_charts(out) == first
    drawn.clear()
    edit_letter(corpus)  # one response gains a commitment: its inspection's rows change
    run_batch([corpus], out, jobs=1)
    redrawn = sum(drawn.values())
    assert redrawn < first
    fresh = tmp_path / "fresh"
    run_batch([corpus], fresh, jobs=1)  # no charts kept: every one drawn
    assert _pages(out) == _pages(fresh)
    assert _stored_charts(out) == _stored_charts(fresh)  # the charts the report no longer shows are dropped


def test_a_kept_chart_is_the_chart_drawn() -> None:
    store: dict[str, bytes] = {}

    class Store:
        def get(self, key: str) -> bytes | None:
            return store.get(key)

        def put(self, key: str, svg: bytes) -> None:
            store[key] = svg

    by_body = {"Kent Police": Counter({"actioned": 3, "unaddressed": 1}), "Kent PCC": Counter({"declined": 2})}
    statuses = ["actioned", "declined", "unaddressed"]
    colours = {"actioned": "#009E73", "declined": "#CC79A7", "unaddressed": "#D55E00"}
    drawn = charts.status_chart(by_body, statuses, colours)
    assert charts.status_chart(by_body, statuses, colours, Store()) == drawn
    assert len(store) == 1 and charts.status_chart(by_body, statuses, colours, Store()) == drawn
    rows = [{"response_doc": "a", "responding_body": "Kent PCC", "days": 70.0}, {"response_doc": "b", "days": None}]
    assert charts.days_chart(rows, 56, Store()) == charts.days_chart(rows, 56) and len(store) == 2


def _identities(out: Path) -> dict[str, tuple[int, int]]:
    """Each output file's inode and modification time (ns): what a rewrite changes."""
    files = [out / "report.html", *(out / "report").glob("*.html"), *out.glob("*.csv")]
    return {p.relative_to(out).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns) for p in files}


def test_a_rerun_leaves_unchanged_outputs_in_place_and_replaces_changed_ones(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([corpus], out, jobs=1)
    before, pages = _identities(out), _pages(out)
    edit_letter(corpus)  # one inspection's rows change; the other inspections' pages do not
    run_batch([corpus], out, jobs=1)
    after, changed = _identities(out), _pages(out)
    kept = {name for name in before if name in pages and pages[name] == changed.get(name)}
    rewritten = {name for name in pages if name in changed and pages[name] != changed[name]}
    assert kept and rewritten  # the edit changes some pages and leaves others
    assert all(after[name] == before[name] for name in kept)  # not rewritten: same inode, same mtime
    assert all(after[name][0] != before[name][0] for name in rewritten)  # replaced by a renamed temporary
    assert not list(out.rglob("*.tmp"))
