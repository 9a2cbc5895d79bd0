"""Benchmark results: one row per figure, printed, written to CSV and to the README."""

from __future__ import annotations

import csv
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

CSV_COLUMNS = ("stage", "metric", "value", "baseline", "ratio", "target", "met", "note")
README_START, README_END = "<!-- bench:start -->", "<!-- bench:end -->"


@dataclass
class Result:
    """One figure. `ratio` is value over baseline, both measured in the same process on
    the same inputs; `target` reads like "ratio <= 2.0" or "value < 2"; `met` is None
    for figures without a target."""

    stage: str
    metric: str
    value: float | None
    baseline: float | None = None
    ratio: float | None = None
    target: str = ""
    met: bool | None = None
    note: str = ""

    @classmethod
    def timed(cls, stage: str, metric: str, value: float, baseline: float, target: float | None = None,
              note: str = "") -> Result:
        """A figure whose ratio is value / baseline and whose target is an upper bound on the ratio."""
        ratio = value / baseline if baseline else math.nan
        met = None if target is None else ratio <= target
        return cls(stage, metric, value, baseline, ratio, f"ratio <= {target:g}" if target is not None else "", met, note)


def fmt_number(value: float | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return str(value)
    if value == 0:
        return "0"
    magnitude = abs(value)
    if magnitude >= 1000:
        return f"{value:,.0f}"
    if magnitude >= 100:
        return f"{value:.1f}"
    if magnitude >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"


def fmt_met(met: bool | None) -> str:
    return "" if met is None else ("yes" if met else "NO")


def write_csv(results: Sequence[Result], path: Path) -> None:
    """Write with LF line ends: the committed results.csv is LF, and the csv module's CRLF default
    made every `make bench` rewrite each line of it."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for r in results:
            writer.writerow([r.stage, r.metric, _raw(r.value), _raw(r.baseline), _raw(r.ratio), r.target,
                             "" if r.met is None else str(r.met).lower(), r.note])


def _raw(value: float | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return f"{value:.6g}"


def print_table(results: Sequence[Result], title: str = "crosswalk benchmark") -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for name, justify in (("stage", "left"), ("metric", "left"), ("value", "right"), ("baseline", "right"),
                          ("ratio", "right"), ("target", "left"), ("met", "center")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for r in results:
        met = {True: "[green]yes[/green]", False: "[bold red]NO[/bold red]", None: ""}[r.met]
        table.add_row(r.stage, r.metric, fmt_number(r.value), fmt_number(r.baseline), fmt_number(r.ratio),
                      r.target, met)
    Console(width=max(140, Console().width)).print(table)
    for r in results:
        if r.note:
            print(f"  note [{r.stage} / {r.metric}]: {r.note}")


def markdown_table(results: Sequence[Result]) -> str:
    lines = ["| stage | metric | value | baseline | ratio | target | met |", "|---|---|---|---|---|---|---|"]
    for r in results:
        metric = "· " + r.metric.strip() if r.metric.startswith(" ") else r.metric
        cells = [r.stage, metric, fmt_number(r.value), fmt_number(r.baseline), fmt_number(r.ratio), r.target,
                 fmt_met(r.met)]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)


def update_readme(results: Sequence[Result], readme_path: Path, header: str = "") -> None:
    """Replace what lies between the bench markers of `readme_path` with a table of `results`.

    Raises ValueError when the markers are missing or out of order, leaving the file alone.
    """
    text = readme_path.read_text(encoding="utf-8")
    start, end = text.find(README_START), text.find(README_END)
    if start < 0 or end < 0 or end < start:
        raise ValueError(f"{readme_path}: no {README_START} ... {README_END} block")
    shown = [r for r in results if r.stage != "build"]
    body = (header.strip() + "\n\n" if header.strip() else "") + markdown_table(shown)
    notes = [f"- {r.stage}, {r.metric.strip()}: {r.note}" for r in shown if r.note and (r.target or r.value is None)]
    if notes:
        body += "\n\n" + "\n".join(notes)
    new = text[: start + len(README_START)] + "\n" + body + "\n" + text[end:]
    readme_path.write_text(new, encoding="utf-8")


def read_csv(path: Path) -> list[Result]:
    """Results written by `write_csv` (for `--update-readme` without a new run)."""
    def num(text: str) -> float | None:
        return float(text) if text not in ("", None) else None

    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            met = {"true": True, "false": False}.get(row["met"])
            rows.append(Result(row["stage"], row["metric"], num(row["value"]), num(row["baseline"]), num(row["ratio"]),
                               row["target"], met, row.get("note") or ""))
    return rows
