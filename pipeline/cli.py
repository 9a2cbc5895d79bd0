"""The `crosswalk` command: a thin layer over the pipeline's functions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from crosswalk.batch.work import Limits
from crosswalk.discover import display

if TYPE_CHECKING:
    from crosswalk.batch.runner import RunSummary
    from crosswalk.model import BlockSpan, Document

ADDRESS_HELP = ("The http(s) address (URL) the file was published at, evidence of who published it, "
                "as a manifest's address column declares it.")

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Read HMICFRS inspection documents and the police, fire and PCC responses to them, and write "
                       "tables of which response answers which item, and how.")
console = Console()


@app.command()
def ingest(
    file: Annotated[Path, typer.Argument(help="A PDF, HTML or text file.")],
    text: Annotated[bool, typer.Option(
        "--text", help="Print the recovered text alone, each list item after a bullet.")] = False,
    address: Annotated[Optional[str], typer.Option("--address", help=ADDRESS_HELP)] = None,
) -> None:
    """Print a file's recovered metadata and text, for checking by eye."""
    doc = _read_one(file, address)
    if text:
        typer.echo(readable_text(doc))
        return
    table = Table(show_header=False, box=None)
    for field in ("doc_id", "path", "sha256", "source_format", "doc_type", "title", "inspection", "date",
                  "author", "responding_body", "address", "pages"):
        table.add_row(Text(field, style="bold"), Text(str(getattr(doc, field))))
    table.add_row(Text("blocks", style="bold"), Text(str(len(doc.blocks))))
    table.add_row(Text("dropped", style="bold"), Text("; ".join(doc.dropped) or "-"))
    for event in doc.history:
        table.add_row(Text("history", style="bold"), Text(f"{event.date} {event.status or 'comment'}"))
    console.print(table)
    console.rule("text")
    for span in doc.blocks:
        console.print(Text.assemble((f"{span.kind:>9} {span.start:>6} ", "dim"), doc.block_text(span)), highlight=False)


def readable_text(doc: Document) -> str:
    """The document's text with a "• " before each list item that has no label of its own.

    The bullets are not in the text (a PDF often draws them as shapes, and extraction
    wants the item's words alone), but a reader checking the text by eye needs to see
    that "assault and conflict" after "abuse" is the next item of a list, not a
    sentence cut in two.
    """
    from crosswalk.ingest import BLOCK_SEPARATOR
    from crosswalk.ingest.lines import is_labelled

    return BLOCK_SEPARATOR.join(
        ("• " if kind == "list_item" and not is_labelled(part) else "") + part for kind, part in page_order(doc))


def page_order(doc: Document) -> list[tuple[str, str]]:
    """The blocks (kind, text) as the pages show them: a footnote that follows a
    paragraph a page break cut (extraction reads the paragraph whole) goes back to the
    page break, between the paragraph's two parts."""
    inside: dict[int, list[BlockSpan]] = {}
    for span in doc.blocks:
        at = span.anchor
        host = None if at is None else next((b for b in doc.blocks if b.anchor is None and b.start < at < b.end), None)
        if host is not None:
            inside.setdefault(host.start, []).append(span)
    placed = {id(span) for spans in inside.values() for span in spans}
    shown: list[tuple[str, str]] = []
    for span in doc.blocks:
        if id(span) in placed:
            continue
        start = span.start
        for note in sorted(inside.get(span.start, []), key=lambda n: (n.anchor, n.start)):
            assert note.anchor is not None
            shown.append((span.kind, doc.text[start:note.anchor].strip()))
            shown.append((note.kind, doc.block_text(note)))
            start = note.anchor
        shown.append((span.kind, doc.text[start:span.end].strip()))
    return [(kind, part) for kind, part in shown if part]


@app.command()
def run(
    inputs: Annotated[list[Path], typer.Argument(help="Files and folders (folders are searched recursively).")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the output tables, report and catalogue.")] = Path("outputs"),
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", help="Worker processes (default: all cores).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Process every document again, ignoring the catalogue.")] = False,
    fmt: Annotated[str, typer.Option("--format", help="csv (default) or parquet.")] = "csv",
    max_bytes: Annotated[int, typer.Option(help="Largest input file read, in bytes.")] = Limits.max_bytes,
    max_pages: Annotated[int, typer.Option(
        help="Most pages read from one PDF: a longer one is read up to here, with a warning.")] = Limits.max_pages,
    timeout: Annotated[float, typer.Option(
        help="CPU seconds one document may take before it is stopped (whatever else shares the cores; a "
             "document blocked that long is stopped too).")] = 120.0,
    strict: Annotated[bool, typer.Option("--strict", help="Exit with status 1 when any document failed.")] = False,
    manifest: Annotated[Optional[Path], typer.Option("--manifest", help="CSV of path and inspection and/or address: which documents belong together, and where each was published.")] = None,
) -> None:
    """Process a batch incrementally and write the tables, report.html and catalogue.sqlite."""
    _check_run_arguments(inputs, fmt, jobs, timeout, max_bytes, max_pages, manifest)
    limits = Limits(max_bytes=max_bytes, max_pages=max_pages, seconds=timeout)
    summary = _run_with_progress(inputs, out, jobs=jobs, force=force, fmt=fmt, limits=limits, manifest=manifest)
    console.print(_summary_table(summary, out))
    _print_warnings(summary, out)
    if strict and summary.errors:
        raise typer.Exit(1)


def _check_run_arguments(inputs: list[Path], fmt: str, jobs: int | None, timeout: float, max_bytes: int,
                         max_pages: int, manifest: Path | None) -> None:
    """Refuse a wrong argument before any document is read: a typo found after minutes
    of processing would waste them. The first wrong one is named, in one sentence."""
    from crosswalk.batch.runner import OUTPUT_FORMATS

    _refuse(fmt not in OUTPUT_FORMATS, f"--format must be one of {', '.join(OUTPUT_FORMATS)}, not {fmt!r}.")
    missing = [display(p) for p in inputs if not p.exists() and not p.is_symlink()]
    _refuse(bool(missing), f"No such file or folder: {', '.join(missing)}.")
    if manifest is not None:
        _check_manifest(manifest)
    _refuse_jobs(jobs)
    _refuse(timeout <= 0, f"--timeout must be a positive number of seconds, not {timeout:g}.")
    _refuse(max_bytes < 1, f"--max-bytes must be 1 or more, not {max_bytes}.")
    _refuse(max_pages < 1, f"--max-pages must be 1 or more, not {max_pages}.")
    if fmt == "parquet":
        from crosswalk.export.write_tables import require_parquet

        try:
            require_parquet()
        except RuntimeError as exc:
            _refuse(True, f"{exc}.")


def _refuse_jobs(jobs: int | None) -> None:
    """--jobs of `run` and `eval`: none (all cores) or a count of workers."""
    _refuse(jobs is not None and jobs < 1, f"--jobs must be 1 or more, not {jobs}.")


def _check_manifest(manifest: Path) -> None:
    """A manifest that is missing or unreadable is a wrong argument like any other: read
    it once before the batch, so the mistake costs no processing and shows no traceback."""
    import csv

    from crosswalk.align.declared import read_manifest

    _refuse(not manifest.is_file(), f"--manifest must be a CSV file of path and inspection or address, and {manifest} is not a file.")
    try:
        read_manifest(manifest)
    except (ValueError, csv.Error, OSError) as exc:  # read_manifest's own errors name the file: say it once
        _refuse(True, f"--manifest {manifest} cannot be read: {str(exc).removeprefix(f'{manifest}: ')}.")


def _run_with_progress(inputs: list[Path], out: Path, *, jobs: int | None, force: bool, fmt: str, limits: Limits,
                       manifest: Path | None) -> RunSummary:
    """The batch under the progress bar. An output folder that cannot be written is the
    user's to fix (`_writing_to`); an index table or inspection marker in the input that
    cannot be read is a wrong argument: a sentence naming it and exit status 2."""
    from crosswalk.align.declared import DeclarationError
    from crosswalk.batch.runner import run_batch

    try:
        with _writing_to(out), _progress() as progress:
            task = progress.add_task("documents", total=None, errors=0)

            def advance(doc_id: str, done: int, total: int, errors: int) -> None:
                progress.update(task, completed=done, total=total, errors=errors, description=doc_id[-40:])

            return run_batch(inputs, out, jobs=jobs, force=force, fmt=fmt, limits=limits, progress=advance,
                             manifest=manifest)
    except DeclarationError as exc:  # a wrong argument (`_refuse`), met only when the batch reads its folders
        _say_error(f"{exc}: make it readable or move it out of the input folder.")
        raise typer.Exit(2) from None


@contextmanager
def _writing_to(out: Path, folder: bool = True) -> Iterator[None]:
    """An output folder that cannot be written (read-only, full, locked, a file) is the
    user's to fix: a sentence saying how and exit status 3, never a traceback. Both
    `run` and `eval` (whose kept runs and eval.csv live in --out) write there;
    `calibrate` writes one file (`folder=False`)."""
    import sqlite3

    try:
        yield
    except (OSError, sqlite3.Error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        where, choose = (f"its outputs to {display(out)}/", "folder") if folder else (display(out), "file")
        _say_error(f"crosswalk could not write {where} ({reason}): free some space or choose a writable {choose} "
                   "with --out.")
        raise typer.Exit(EXIT_OUTPUT_FOLDER) from None


def _summary_table(summary: RunSummary, out: Path) -> Table:
    """What the run did, in counts; the outputs' counts only when they were written
    (a re-run with nothing new leaves them as they were)."""
    table = Table(title=f"crosswalk run -> {out}/", show_header=False)
    table.add_row("documents", str(summary.documents))
    table.add_row("processed / reused", f"{summary.processed} / {summary.reused}")
    table.add_row("errors", str(summary.errors))
    if summary.outputs_written:
        table.add_row("items", str(summary.items))
        table.add_row("responses", str(summary.responses))
        table.add_row("unaddressed", str(summary.unaddressed))
        table.add_row("inspections aligned", str(summary.inspections_aligned))
    else:
        table.add_row("outputs", "unchanged (nothing new to process)")
    table.add_row("seconds", ", ".join(f"{k} {v:.2f}" for k, v in summary.seconds.items()))
    return table


def _print_warnings(summary: RunSummary, out: Path) -> None:
    """A batch that found no document (a wrong folder, or one whose files are all
    skipped), corrections that matched no row, and a batch with no response in it: there
    "unaddressed 0" would read as good news when nothing was checked at all."""
    if summary.documents == 0:
        console.print(Text.assemble(("No document was found", "yellow"), " in the inputs (hidden files, patterns of a "
                                    "folder's .crosswalkignore and output folders are skipped): the tables are empty."),
                      soft_wrap=True)
    for unmatched in summary.unmatched_corrections:
        console.print(Text.assemble(("correction matches no crosswalk row", "yellow"),
                                    f" ({display(out)}/corrections.csv {unmatched})"), soft_wrap=True)
    if summary.outputs_written and summary.documents > summary.errors and not summary.responses:
        console.print("[yellow]No document was recognised as a response[/yellow] (pcc_response, force_response, "
                      "government_response or a monitoring record with progress comments), so nothing was checked "
                      "for answers: 'unaddressed 0' says nothing here. See doc_type in documents.csv.")


# Exit statuses: 0 the batch completed (error rows included), 1 --strict and a document
# failed, 2 a wrong argument, 3 the output folder could not be written (read-only, full, locked).
EXIT_OUTPUT_FOLDER = 3


def _read_one(file: Path, address: str | None) -> Document:
    """The document `ingest` and `extract` show: a file that cannot be read is said in one
    line (its path, the stage and the error's type and message) with exit status 1. A
    path that names no file (missing, or a folder) is a wrong argument: exit status 2."""
    from crosswalk.ingest import ingest_file

    _refuse(not file.exists() and not file.is_symlink(), f"No such file: {display(file)}.")
    _refuse(file.is_dir() and not file.is_symlink(),
            f"{display(file)} is a folder: give one file (crosswalk run reads folders).")
    _check_address(address)
    outcome = ingest_file(file, address=address)
    if outcome.document is None:
        assert outcome.error is not None
        e = outcome.error
        _say_error(f"{e.path}: {e.stage} {e.error_type}: {e.message}")
        raise typer.Exit(1)
    return outcome.document


def _check_address(address: str | None) -> None:
    """A declared address must be an http(s) URL: anything else would be read as naming
    no publisher, silently, when the user meant to say where the file came from."""
    from crosswalk.ingest.address import is_web_address

    _refuse(address is not None and not is_web_address(address),
            f"--address must be the http(s) address the document was published at, and {address!r} is not one.")


def _refuse(condition: bool, sentence: str) -> None:
    """A wrong argument: one plain sentence and exit status 2, never a traceback."""
    if condition:
        _say_error(sentence, soft_wrap=False)
        raise typer.Exit(2)


def _say_error(sentence: str, soft_wrap: bool = True) -> None:
    """An error in one sentence, printed as written: a path or a document's words in it
    ("[draft]", "[red]") are never read as the console's markup."""
    console.print(Text.assemble(("error", "red"), " ", sentence), soft_wrap=soft_wrap)


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
    address: Annotated[Optional[str], typer.Option("--address", help=ADDRESS_HELP)] = None,
) -> None:
    """Print a document's items, gradings and commitments with their spans."""
    from crosswalk.export.rows import commitment_rows, grading_rows, item_rows
    from crosswalk.extraction.extract import extract_document

    extracted = extract_document(_read_one(file, address))
    tables = {"items": item_rows(extracted), "gradings": grading_rows(extracted), "commitments": commitment_rows(extracted)}
    if as_json:
        typer.echo(json.dumps(tables, ensure_ascii=False, indent=2))
        return
    shown = {
        "items": ("item_id", "type", "subject", "parent_id", "historic", "start", "end", "rule", "text"),
        "gradings": ("subject", "grade", "area", "historic", "negated", "start", "end", "rule"),
        "commitments": ("actor", "deadline", "strength", "answers", "start", "end", "rule", "text"),
    }
    if not console.is_terminal:  # piped to a file or a program: whole cells, tab-separated, one table after another
        import csv
        import sys

        writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
        for name, rows in tables.items():
            sys.stdout.write(f"# {name} ({len(rows)})\n")
            writer.writerow(shown[name])
            writer.writerows([[" ".join(str(row[c]).split()) for c in shown[name]] for row in rows])
        return
    for name, rows in tables.items():
        table = Table(title=f"{name} ({len(rows)})", show_lines=False)
        for column in shown[name]:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(Text(str(row[c])) for c in shown[name]))  # the document's words, never markup
        console.print(table)


@app.command(name="eval")
def evaluate(
    corpus: Annotated[Path, typer.Argument(
        help="A folder with gold labels in gold/ (its documents beside gold/ or in docs/); every such folder "
             "below it is scored too.")] = Path("corpus"),
    out: Annotated[Path, typer.Option(
        "--out", help="Where eval.csv is written; the sets' runs are kept below it in eval-runs/, so a "
                      "second evaluation of unchanged documents and code takes seconds.")] = Path("outputs"),
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", help="Worker processes (default: all cores).")] = None,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print the per-doc_type tables as Markdown.")] = False,
    addresses: Annotated[bool, typer.Option(
        "--addresses", help="Also read the public addresses the sets' index tables declare (by default the "
                            "documents are scored from their text alone, as the referee runs them).")] = False,
) -> None:
    """Score the pipeline against gold labels, overall and per doc_type; write eval.csv."""
    from crosswalk.align.declared import DeclarationError
    from crosswalk.evaluate import ALL, EVAL_RUNS, GoldError, as_markdown, evaluate_corpus
    from crosswalk.export.write_tables import write_csv

    _refuse(not corpus.is_dir(), f"{corpus} is not a folder.")
    _refuse_jobs(jobs)
    with _writing_to(out):
        try:
            scores = evaluate_corpus(corpus, jobs, addresses, out / EVAL_RUNS)
        except (FileNotFoundError, DeclarationError, GoldError) as e:  # no gold here; an index table or gold file unread
            _refuse(True, str(e))
        write_csv(scores, out / "eval.csv")
    if markdown:
        typer.echo(as_markdown(scores))
        return
    wide = Console(width=max(console.width, 110))  # the per-doc_type table needs ten columns
    for name, rows in scores.groupby("set", sort=False):
        _print_set(wide, str(name), rows, ALL)


def _print_set(out: Console, name: str, rows: Any, everything: str) -> None:
    """One evaluation set: P/R/F1 per kind and the accuracies, then a line per doc_type."""
    overall = rows[rows["doc_type"] == everything]
    table = Table(title=f"crosswalk eval {name} ({int(overall['documents'].iloc[0])} documents)")
    for column in ("figure", "matched", "gold", "predicted", "P", "R", "F1 / acc."):
        table.add_column(column, justify="left" if column == "figure" else "right", no_wrap=True)
    for row in overall.itertuples():
        if row.f1 is not None and row.f1 == row.f1:
            table.add_row(row.kind, str(row.matched), str(row.gold), str(int(row.predicted)),
                          f"{row.precision:.3f}", f"{row.recall:.3f}", f"{row.f1:.3f}")
        elif row.gold:
            table.add_row(row.kind, str(row.matched), str(row.gold), "", "", "", f"{row.accuracy:.3f}")
    out.print(table)
    kinds = ("items", "items_typed", "gradings", "commitments", "status", "doc_type", "responding_body")
    headers = ("items", "typed", "grades", "commits", "status", "type", "body")
    table = Table(title=f"{name} per doc_type: F1 (items to commitments), accuracy (status, doc_type, body)")
    for column in ("doc_type", "docs", *headers):
        table.add_column(column, justify="left" if column == "doc_type" else "right", no_wrap=True)
    for doc_type, group in rows.groupby("doc_type", sort=False):
        by_kind = group.set_index("kind")
        cells = []
        for kind in kinds:
            row = by_kind.loc[kind]
            value = row["f1"] if kind in kinds[:4] else row["accuracy"]
            if (not row["gold"] and not (row["predicted"] or 0)) or value is None or value != value:
                cells.append("-")
            else:
                cells.append(f"{value:.2f}")
        table.add_row(str(doc_type), str(int(group["documents"].iloc[0])), *cells)
    out.print(table)


@app.command()
def calibrate(
    corpus: Annotated[Path, typer.Argument(help="A corpus folder with gold labels in gold/.")] = Path("corpus"),
    out: Annotated[Path, typer.Option("--out", help="Markdown file for the tables.")] = Path("docs/thresholds.md"),
) -> None:
    """Measure merge and passage thresholds against the gold; write a Markdown report."""
    from crosswalk.align.calibrate import as_markdown
    from crosswalk.align.calibrate import calibrate as measure
    from crosswalk.evaluate import GoldError
    from crosswalk.export.write_tables import atomic_write_bytes

    _refuse(not corpus.is_dir(), f"{display(corpus)} is not a folder.")
    try:
        tables = measure(corpus)
    except (FileNotFoundError, GoldError) as e:  # no gold here, a gold file unread or without its document
        _refuse(True, f"{str(e).rstrip('.')}.")
    with _writing_to(out, folder=False):
        atomic_write_bytes(out, as_markdown(tables).encode("utf-8"))
    for name, frame in tables.items():
        best = frame.sort_values(["f1", "precision"], ascending=False).groupby("scorer").head(1)
        console.print(f"[bold]{name}[/bold]")
        console.print(best.to_string(index=False))
    console.print(Text(f"written to {display(out)}"))


if __name__ == "__main__":
    app()
