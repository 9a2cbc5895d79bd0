"""The `crosswalk` command: a thin layer over the pipeline's functions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from crosswalk.batch.work import Limits

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Crosswalk HMICFRS items to police and PCC responses.")
console = Console()


@app.command()
def ingest(
    file: Annotated[Path, typer.Argument(help="A PDF, HTML or text file.")],
    text: Annotated[bool, typer.Option("--text", help="Print the recovered text alone.")] = False,
) -> None:
    """Print a file's recovered metadata and text, for checking by eye."""
    from crosswalk.ingest import ingest_file

    outcome = ingest_file(file)
    if outcome.error is not None:
        e = outcome.error
        console.print(f"[red]error[/red] {e.path}: {e.stage} {e.error_type}: {e.message}")
        raise typer.Exit(1)
    doc = outcome.document
    assert doc is not None
    if text:
        typer.echo(doc.text)
        return
    table = Table(show_header=False, box=None)
    for field in ("doc_id", "path", "sha256", "source_format", "doc_type", "title", "inspection", "date",
                  "author", "responding_body", "pages"):
        table.add_row(f"[bold]{field}[/bold]", str(getattr(doc, field)))
    table.add_row("[bold]blocks[/bold]", str(len(doc.blocks)))
    table.add_row("[bold]dropped[/bold]", "; ".join(doc.dropped) or "-")
    for event in doc.history:
        table.add_row("[bold]history[/bold]", f"{event.date} {event.status or 'comment'}")
    console.print(table)
    console.rule("text")
    for span in doc.blocks:
        console.print(Text.assemble((f"{span.kind:>9} {span.start:>6} ", "dim"), doc.block_text(span)), highlight=False)


@app.command()
def run(
    inputs: Annotated[list[Path], typer.Argument(help="Files and folders (folders are searched recursively).")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the output tables, report and catalogue.")] = Path("outputs"),
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", help="Worker processes (default: all cores).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Process every document again, ignoring the catalogue.")] = False,
    fmt: Annotated[str, typer.Option("--format", help="csv (default) or parquet.")] = "csv",
    max_bytes: Annotated[int, typer.Option(help="Largest input file read, in bytes.")] = Limits.max_bytes,
    max_pages: Annotated[int, typer.Option(help="Most pages read from one PDF.")] = Limits.max_pages,
    timeout: Annotated[float, typer.Option(help="Seconds one document may take before it is stopped.")] = 120.0,
    strict: Annotated[bool, typer.Option("--strict", help="Exit with status 1 when any document failed.")] = False,
    manifest: Annotated[Optional[Path], typer.Option("--manifest", help="CSV of path,inspection: which documents belong together.")] = None,
) -> None:
    """Process a batch incrementally and write the tables, report.html and catalogue.sqlite."""
    from crosswalk.batch.runner import run_batch

    limits = Limits(max_bytes=max_bytes, max_pages=max_pages, seconds=timeout)
    with _progress() as progress:
        task = progress.add_task("documents", total=None, errors=0)

        def advance(doc_id: str, done: int, total: int, errors: int) -> None:
            progress.update(task, completed=done, total=total, errors=errors, description=doc_id[-40:])

        summary = run_batch(inputs, out, jobs=jobs, force=force, fmt=fmt, limits=limits, progress=advance,
                            manifest=manifest)
    table = Table(title=f"crosswalk run -> {out}/", show_header=False)
    table.add_row("documents", str(summary.documents))
    table.add_row("processed / reused", f"{summary.processed} / {summary.reused}")
    table.add_row("errors", str(summary.errors))
    if summary.outputs_written:
        table.add_row("items", str(summary.items))
        table.add_row("unaddressed", str(summary.unaddressed))
        table.add_row("inspections aligned", str(summary.inspections_aligned))
    else:
        table.add_row("outputs", "unchanged (nothing new to process)")
    table.add_row("seconds", ", ".join(f"{k} {v:.2f}" for k, v in summary.seconds.items()))
    console.print(table)
    for unmatched in summary.unmatched_corrections:
        console.print(f"[yellow]correction matches no crosswalk row[/yellow] ({out}/corrections.csv {unmatched})")
    if strict and summary.errors:
        raise typer.Exit(1)


def _progress() -> Any:
    """One bar: documents done of total, errors so far, documents per second."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn

    class RateColumn(ProgressColumn):
        def render(self, task: Any) -> Text:
            return Text(f"{task.speed:.1f} doc/s" if task.speed else "- doc/s")

    return Progress(
        TextColumn("{task.description:<40}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("errors {task.fields[errors]}"), RateColumn(), TimeElapsedColumn(),
        console=console, transient=True,
    )


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="A PDF, HTML or text file.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
) -> None:
    """Print a document's items, gradings and commitments with their spans."""
    from crosswalk.export.rows import commitment_rows, grading_rows, item_rows
    from crosswalk.extraction import extract_document
    from crosswalk.ingest import ingest_file

    outcome = ingest_file(file)
    if outcome.document is None:
        assert outcome.error is not None
        console.print(f"[red]error[/red] {outcome.error.error_type}: {outcome.error.message}")
        raise typer.Exit(1)
    extracted = extract_document(outcome.document)
    tables = {"items": item_rows(extracted), "gradings": grading_rows(extracted), "commitments": commitment_rows(extracted)}
    if as_json:
        typer.echo(json.dumps(tables, ensure_ascii=False, indent=2))
        return
    shown = {
        "items": ("item_id", "type", "subject", "parent_id", "historic", "start", "end", "rule", "text"),
        "gradings": ("subject", "grade", "area", "historic", "negated", "start", "end", "rule"),
        "commitments": ("actor", "deadline", "strength", "answers", "start", "end", "rule", "text"),
    }
    for name, rows in tables.items():
        table = Table(title=f"{name} ({len(rows)})", show_lines=False)
        for column in shown[name]:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(str(row[c]) for c in shown[name]))
        console.print(table)


@app.command(name="eval")
def evaluate(
    corpus: Annotated[Path, typer.Argument(help="A corpus folder with gold labels in gold/.")] = Path("corpus"),
    out: Annotated[Path, typer.Option("--out", help="Where eval.csv is written.")] = Path("outputs"),
) -> None:
    """Score the pipeline against the corpus's gold labels; write eval.csv."""
    from crosswalk.evaluate import evaluate_corpus
    from crosswalk.export.tables import write_csv

    scores = evaluate_corpus(corpus)
    write_csv(scores, out / "eval.csv")
    overall = scores[scores["doc_id"] == "ALL"]
    table = Table(title=f"crosswalk eval {corpus}: extraction")
    for column in ("kind", "tp", "fp", "fn", "untyped", "precision", "recall", "f1"):
        table.add_column(column, justify="right" if column != "kind" else "left")
    for row in overall[overall["kind"] != "alignment"].itertuples():
        table.add_row(row.kind, str(row.tp), str(row.fp), str(row.fn), str(row.untyped),
                      f"{row.precision:.3f}", f"{row.recall:.3f}", f"{row.f1:.3f}")
    console.print(table)
    aligned = scores[scores["kind"] == "alignment"]
    table = Table(title="alignment (responses)")
    for column in ("document", "items", "status accuracy", "unaddressed P", "unaddressed R", "unaddressed F1"):
        table.add_column(column, justify="left" if column == "document" else "right")
    for row in aligned.itertuples():
        table.add_row(row.doc_id, str(row.tp + row.fp), f"{row.status_accuracy:.3f}", f"{row.unaddressed_precision:.3f}",
                      f"{row.unaddressed_recall:.3f}", f"{row.unaddressed_f1:.3f}")
    console.print(table)


@app.command()
def calibrate(
    corpus: Annotated[Path, typer.Argument(help="A corpus folder with gold labels in gold/.")] = Path("corpus"),
    out: Annotated[Path, typer.Option("--out", help="Markdown file for the tables.")] = Path("docs/thresholds.md"),
) -> None:
    """Measure merge and passage thresholds against the gold; write a Markdown report."""
    from crosswalk.align.calibrate import as_markdown
    from crosswalk.align.calibrate import calibrate as measure
    from crosswalk.export.tables import atomic_write_bytes

    tables = measure(corpus)
    atomic_write_bytes(out, as_markdown(tables).encode("utf-8"))
    for name, frame in tables.items():
        best = frame.sort_values(["f1", "precision"], ascending=False).groupby("scorer").head(1)
        console.print(f"[bold]{name}[/bold]")
        console.print(best.to_string(index=False))
    console.print(f"written to {out}")


if __name__ == "__main__":
    app()
