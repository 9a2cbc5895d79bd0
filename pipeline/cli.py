"""The `crosswalk` command: a thin layer over the pipeline's functions."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from pipeline.ingest import ingest_file

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Crosswalk HMICFRS items to police and PCC responses.")
console = Console()


@app.command()
def ingest(
    file: Annotated[Path, typer.Argument(help="A PDF, HTML or text file.")],
    text: Annotated[bool, typer.Option("--text", help="Print the recovered text alone.")] = False,
) -> None:
    """Print a file's recovered metadata and text, for checking by eye."""
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
    inputs: Annotated[list[Path], typer.Argument(help="Files and folders (searched recursively).")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the output tables.")] = Path("outputs"),
) -> None:
    """Process a batch and write the output tables."""
    from pipeline.run import run as run_batch

    tables = run_batch(inputs, out)
    docs = tables["documents"]
    ok = int((docs["status"] == "ok").sum())
    console.print(f"{len(docs)} documents: {ok} read, {len(docs) - ok} errors. Tables in {out}/")


if __name__ == "__main__":
    app()
