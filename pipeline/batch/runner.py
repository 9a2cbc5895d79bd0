"""A batch run: discover inputs, process what is new, align what it touches, write tables.

Every input file yields exactly one row in `documents.csv`, whether it was read or not;
files that failed also get a row in `errors.csv` with the stage and reason. With an
output folder, the catalogue (`catalogue.sqlite`) makes runs incremental: unchanged
documents are not processed again, unchanged inspections are not aligned again, and
when nothing changed at all the outputs are left as they are.

An output folder that cannot be written (read-only, immutable, on a read-only mount)
still answers a run that would change nothing: the lock file cannot be opened for
writing, so the run takes a shared lock on the existing one (opened for reading; no lock
when there is none: nothing can write the folder then), opens the catalogue read-only
and, when the outputs are current, ends as a no-change run does. When anything would
have to be written, it fails with the error the lock file gave, before writing anything.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from crosswalk.batch.catalogue import Catalogue, Entry
from crosswalk.batch.pool import Failure, default_jobs, run_tasks
from crosswalk.batch.work import Done, Limits, Task, process_task, warm_up
from crosswalk.discover import CATALOGUE_NAME, check_input, discover, display, read_input, unique_doc_ids
from crosswalk.export import TABLE_NAMES
from crosswalk.errors import ErrorType, UnreadableDocument
from crosswalk.model import IngestError

if TYPE_CHECKING:
    from crosswalk.align.corrections import Correction
    from crosswalk.batch.build_tables import Built
    from crosswalk.batch.stored import StoredTables

CATALOGUE = CATALOGUE_NAME
LOCK_FILE = ".crosswalk.lock"
# Present only while the tables are being written: left behind, it says the folder mixes two runs.
INCOMPLETE_MARKER = "INCOMPLETE"
TRANSIENT_ERRORS = frozenset(e.value for e in ErrorType if e.transient)
OUTPUT_FORMATS = ("csv", "parquet")
REPORT = "report.html"
# The files a run writes in its output folder (in either format): the temporary files it
# clears at its start are theirs alone (and its report's pages', in the pages' own folder).
OUTPUT_FILES = (*(f"{name}.{fmt}" for name in TABLE_NAMES for fmt in OUTPUT_FORMATS), REPORT)
Progress = Callable[[str, int, int, int], None]  # (doc_id, done, total, errors)


@dataclass
class RunSummary:
    """What a run did, for the closing summary and for tests."""

    documents: int = 0
    processed: int = 0
    reused: int = 0
    errors: int = 0
    items: int = 0
    unaddressed: int = 0
    responses: int = 0  # documents read as responses (one compliance row each)
    inspections_aligned: int = 0
    outputs_written: bool = False
    seconds: dict[str, float] = field(default_factory=dict)
    tables: dict[str, Any] = field(default_factory=dict)
    wordings: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # register item -> texts
    unmatched_corrections: list[str] = field(default_factory=list)  # corrections that match no crosswalk row


@dataclass(frozen=True)
class Planned:
    task: Task | None  # None when the file could not even be read
    error: IngestError | None = None


def plan(inputs: Iterable[Path], limits: Limits, exclude: Iterable[Path] = ()) -> list[Planned]:
    """Hash every input file; unreadable, linked or oversized files become errors here."""
    planned: list[Planned] = []
    for path, doc_id in unique_doc_ids(discover(inputs, exclude)):
        shown = display(path)
        try:
            check_input(path, limits.max_bytes)
            sha256 = hashlib.sha256(read_input(path)).hexdigest()
        except UnreadableDocument as exc:
            planned.append(Planned(None, IngestError(doc_id, shown, "read", exc.error_type, exc.message)))
            continue
        except OSError as exc:
            planned.append(Planned(None, IngestError(doc_id, shown, "read", ErrorType.UNREADABLE,
                                                     f"{type(exc).__name__}: {display(str(exc))}")))
            continue
        planned.append(Planned(Task(str(path), doc_id, sha256, limits)))
    return planned


def run_batch(
    inputs: Iterable[Path],
    out: Path | None = None,
    *,
    jobs: int | None = None,
    force: bool = False,
    fmt: str = "csv",
    limits: Limits = Limits(),
    progress: Progress | None = None,
    wordings: bool = False,
    keep_tables: bool = False,
    manifest: Path | None = None,
    corrections: Path | None = None,
    reading: Callable[[], None] | None = None,
    locked: Callable[[], None] | None = None,
) -> RunSummary:
    """Process a batch incrementally; write outputs into `out` (None: keep in memory).

    With `out`, every table is streamed from the catalogue into its files, its SQL
    mirror and the report, and none is held whole, so the memory a run takes does not
    grow with the crosswalk; `keep_tables=True` also returns the tables as DataFrames
    (always so without `out`). `wordings=True` also returns every text each register
    item was stated in (the evaluation matches gold items against them). `manifest` (a CSV of
    path, inspection) and `.inspection` files in folders declare which documents belong to
    which inspection (`crosswalk.align.declared`). `corrections` (default: `corrections.csv`
    in `out`, when there is one) corrects crosswalk rows (`crosswalk.align.corrections`).
    `reading` is called once the tables are written or found current, the folder still
    locked: a caller that reads them (`crosswalk eval`) reads this run's tables, never a
    mix with those of a run another process starts on the folder meanwhile. `locked` is
    called once the folder is locked, before the run reads it: what a caller writes into
    the folder then (`crosswalk eval`'s name of the set a kept run is of) is written while no
    other process may remove the folder or run in it."""
    from crosswalk.batch.version import pipeline_version

    if fmt not in OUTPUT_FORMATS:
        raise ValueError(f"format must be one of {OUTPUT_FORMATS}")
    if fmt == "parquet":
        from crosswalk.export.write_tables import require_parquet

        require_parquet()
    summary = RunSummary()
    clock = _Clock(summary)
    # a PDF read up to --max-pages is read again, whole, when the limit changes
    version = f"{pipeline_version()};pages={limits.max_pages}"
    with _output_lock(out) as refused:
        if locked is not None:
            locked()
        summary = _run_locked(inputs, out, summary, clock, version, jobs=jobs, force=force, fmt=fmt, limits=limits,
                              progress=progress, wordings=wordings, keep_tables=keep_tables, manifest=manifest,
                              corrections=corrections, refused=refused)
        if reading is not None:
            reading()
        return summary


# What a folder that cannot be written answers when its lock file is opened for writing.
READ_ONLY_ERRORS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


@contextmanager
def _output_lock(out: Path | None) -> Iterator[OSError | None]:
    """One run at a time per output folder: a second run waits for the first. Under the
    lock, temporary files of a run that was killed while writing are removed. Yields
    None, or for a folder that cannot be written the error its lock file gave (the run
    may then only read: see the module's docstring)."""
    if out is None:
        yield None
        return
    from crosswalk.export.report import PAGES, pages_folder
    from crosswalk.export.write_tables import remove_stale_temporaries

    while True:
        out.mkdir(parents=True, exist_ok=True)
        try:
            handle = open(out / LOCK_FILE, "a+b")
        except OSError as exc:
            if exc.errno not in READ_ONLY_ERRORS:
                raise
            with _shared_lock(out / LOCK_FILE):
                yield exc
            return
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        if still_there(handle, out / LOCK_FILE):
            break
        handle.close()  # the folder was removed while we waited (a stale kept run of `crosswalk eval`)
    with handle:
        try:
            remove_stale_temporaries(out, OUTPUT_FILES)
            remove_stale_temporaries(pages_folder(out / REPORT), [PAGES])
            yield None
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def still_there(handle: IO[bytes], path: Path) -> bool:
    """Whether the lock file `handle` holds is still the one at `path`: a lock taken on a
    file removed meanwhile (with its folder) excludes nobody who opens the path anew."""
    try:
        return os.path.samestat(os.fstat(handle.fileno()), os.stat(path))
    except FileNotFoundError:
        return False


@contextmanager
def _shared_lock(path: Path) -> Iterator[None]:
    """A reader's lock on an existing lock file (a writer's run holds it exclusively)."""
    try:
        handle = open(path, "rb")
    except OSError:
        yield  # no lock file, and none can be made: no run can write this folder either
        return
    with handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_SH)
        yield


def _run_locked(inputs: Iterable[Path], out: Path | None, summary: RunSummary, clock: _Clock, version: str, *,
                jobs: int | None, force: bool, fmt: str, limits: Limits, progress: Progress | None,
                wordings: bool, keep_tables: bool, manifest: Path | None = None,
                corrections: Path | None = None, refused: OSError | None = None) -> RunSummary:
    if refused is not None and (out is None or not (out / CATALOGUE).is_file()):
        raise refused  # nothing to read the outputs' state from: they would have to be written
    catalogue = Catalogue(out / CATALOGUE if out is not None else Path(":memory:"), read_only=refused is not None)
    try:
        inputs = list(inputs)
        planned = plan(inputs, limits, exclude=[out] if out is not None else [])
        declared, fixes, addresses = _declarations(inputs, planned, out, manifest, corrections)
        planned = [Planned(replace(p.task, address=addresses.get(p.task.doc_id))) if p.task else p for p in planned]
        clock.lap("discover")
        known = catalogue.entries()
        stale, todo, failed = _work(planned, known, version, force)
        summary.documents = len(planned)
        summary.reused = len(planned) - len(todo) - len(failed)
        signature = _signature(planned, version, fmt, declared, [list(c.__dict__.values()) for c in fixes])
        if not (todo or stale or force) and _outputs_current(catalogue, out, signature, fmt, failed, known):
            summary.errors = sum(1 for e in known.values() if e.status == "error")
            clock.lap("check")
            return summary
        if refused is not None:
            raise refused  # the outputs would change, and the folder cannot be written
        catalogue.remove(stale)
        for error in failed:
            catalogue.put(error.doc_id, error.path, None, version, error=_dump_error(error))
        summary.processed = _process(catalogue, todo, version, jobs, progress, failed)
        clock.lap("process")
        from crosswalk.batch.build_tables import build, member_texts

        built = build(catalogue, frames=keep_tables or out is None, schemas=out is not None,
                      keep_alignments=out is not None or wordings, force=force,
                      declared=declared, corrections=fixes)
        if wordings:
            summary.wordings = member_texts(catalogue)
        clock.lap("align")
        _count_built(summary, built)
        if out is not None:
            _write_marked(catalogue, built, out, fmt, signature)
            summary.outputs_written = True
        clock.lap("write")
        return summary
    finally:
        catalogue.close()


def _declarations(inputs: list[Path], planned: list[Planned], out: Path | None, manifest: Path | None,
                  corrections: Path | None) -> tuple[dict[str, str], list[Correction], dict[str, str]]:
    """What the user said beside the documents: the inspections declared by a manifest or
    by `.inspection` folders, the corrections (by default the file kept in the output
    folder, so that a re-run keeps applying them), and the documents' public addresses
    declared by a manifest or by index tables (`crosswalk.align.declared`)."""
    from crosswalk.align.corrections import FILE, read_corrections
    from crosswalk.align.declared import declared_addresses, declared_inspections

    roots = {str(path): root for path, root in discover(inputs, [out] if out is not None else [])}
    files = [(p.task.doc_id, Path(p.task.path), roots.get(p.task.path, Path("."))) for p in planned if p.task]
    declared = declared_inspections(files, manifest)
    addresses = declared_addresses(files, manifest)
    if corrections is None and out is not None and (out / FILE).is_file():
        corrections = out / FILE
    fixes = read_corrections(corrections) if corrections is not None else []
    return declared, fixes, addresses


def _work(planned: list[Planned], known: dict[str, Entry], version: str,
          force: bool) -> tuple[list[str], list[Task], list[IngestError]]:
    """What this run must do against the catalogue: the documents no longer given (to
    remove), those new or changed since they were stored (to process), and the files that
    could not be read at all (to record as errors)."""
    current = {p.task.doc_id if p.task else p.error.doc_id: p for p in planned}  # type: ignore[union-attr]
    stale = [doc_id for doc_id in known if doc_id not in current]
    todo = [p.task for p in planned if p.task and (force or _changed(known.get(p.task.doc_id), p.task, version))]
    failed = [p.error for p in planned if p.error is not None]
    return stale, todo, failed


def _count_built(summary: RunSummary, built: Built) -> None:
    """The closing summary's counts, read from what the tables' build learnt."""
    summary.unmatched_corrections = [f"line {c.line}: {c.response_doc} / {c.item}" for c in built.unmatched_corrections]
    summary.inspections_aligned = built.aligned
    summary.tables = built.tables or {}
    summary.errors = built.error_documents
    summary.items = built.lengths["items"]
    summary.unaddressed = built.lengths["unaddressed"]
    summary.responses = built.lengths["compliance"]


def _write_marked(catalogue: Catalogue, built: Built, out: Path, fmt: str, signature: str) -> None:
    """Write every output with a marker in the folder while doing so: a run stopped
    half-way leaves the marker to say the folder mixes two runs, and only a whole write
    records the signature that lets the next run find the outputs current."""
    from crosswalk.batch.stored import StoredTables

    marker = out / INCOMPLETE_MARKER
    marker.write_text("A crosswalk run stopped while writing the outputs in this folder, so they may mix two "
                      "runs. Run crosswalk again to write them whole.\n", encoding="utf-8")
    _write_outputs(StoredTables(catalogue, built), out, fmt, catalogue)
    catalogue.set_state("outputs", signature)
    marker.unlink()


def run(inputs: Iterable[Path] | Path | str, out: Path | str | None = None, **options: Any) -> dict[str, Any]:
    """Process a batch and return its tables as pandas DataFrames (the Python API).

    With `out`, the tables are also written there and later runs are incremental.
    """
    paths = [Path(inputs)] if isinstance(inputs, (str, Path)) else [Path(p) for p in inputs]
    summary = run_batch(paths, Path(out) if out is not None else None, keep_tables=True, **options)
    if not summary.tables and out is not None:
        return load_tables(Path(out))
    return summary.tables


def load_tables(out: Path) -> dict[str, Any]:
    """The output tables of an earlier run, read back from its catalogue, their boolean
    columns as booleans (`_as_booleans`)."""
    import pandas as pd

    with Catalogue(out / CATALOGUE) as catalogue:
        names = [row[0] for row in catalogue.db.execute("SELECT name FROM sqlite_master WHERE name LIKE 'out_%'")]
        return {name[4:]: _as_booleans(name[4:], pd.read_sql_query(f'SELECT * FROM "{name}"', catalogue.db))
                for name in names}


def _as_booleans(table: str, frame: Any) -> Any:
    """The table's BOOLEAN columns (`crosswalk.export.spec`) as the run that made them gave
    them: SQLite keeps them as 0 and 1, so a re-run's `run()` answered `historic` with
    integers, where `~tables["items"]["historic"]` is -1 or -2 and selects nothing right.
    A column with a blank keeps True, False and None as objects."""
    import pandas as pd

    from crosswalk.export.spec import sql_type

    for column in frame.columns:
        if sql_type(table, column) == "BOOLEAN":
            values = frame[column].astype(object).map(lambda v: None if pd.isna(v) else bool(v))
            frame[column] = values.astype(bool) if values.notna().all() else values
    return frame


def _changed(entry: Entry | None, task: Task, version: str) -> bool:
    """New bytes, a new version or declared address, a moved file, or an error of this
    run's limits, load or file system (a timeout, or a file gone when its worker opened it,
    is not a fact about the bytes: the next run tries again)."""
    return (entry is None or entry.sha256 != task.sha256 or entry.version != task_version(version, task)
            or entry.path != display(task.path) or entry.error_type in TRANSIENT_ERRORS)


def task_version(version: str, task: Task) -> str:
    """What a document was processed under: the pipeline's version and limits, and its
    declared address (metadata reads it), so a document is read again when its address
    changes. A document with no address keeps the plain version."""
    return version if task.address is None else f"{version};address={task.address}"


def _signature(planned: list[Planned], version: str, fmt: str, declared: dict[str, str], fixes: list[Any]) -> str:
    keys = sorted((p.task.doc_id, p.task.sha256) if p.task else (p.error.doc_id, p.error.error_type)  # type: ignore[union-attr]
                  for p in planned)
    return hashlib.sha256(json.dumps([version, fmt, keys, sorted(declared.items()), fixes]).encode()).hexdigest()


def _outputs_current(catalogue: Catalogue, out: Path | None, signature: str, fmt: str,
                     failed: list[IngestError], known: dict[str, Entry]) -> bool:
    if out is None or catalogue.get_state("outputs") != signature or (out / INCOMPLETE_MARKER).exists():
        return False
    if any(e.doc_id not in known for e in failed):
        return False
    return all((out / f"{name}.{fmt}").is_file() for name in TABLE_NAMES) and (out / REPORT).is_file()


def _process(catalogue: Catalogue, todo: list[Task], version: str, jobs: int | None,
             progress: Progress | None, failed: list[IngestError]) -> int:
    if not todo:
        return 0
    warm_up()  # before the workers fork, so each starts with the pipeline loaded and its caches built
    errors = len(failed)
    workers = jobs or default_jobs()
    time_limit = todo[0].limits.seconds  # CPU seconds: the same whatever else shares the cores
    for done_count, (task, result) in enumerate(run_tasks(process_task, todo, workers, time_limit), start=1):
        if isinstance(result, Failure):
            result = Done(task, error=IngestError(task.doc_id, display(task.path), "process", result.kind, result.message,
                                                  task.sha256))
        _store(catalogue, result, version)
        errors += result.error is not None
        if progress is not None:
            progress(task.doc_id, done_count, len(todo), errors)
    return len(todo)


def _store(catalogue: Catalogue, done: Done, version: str) -> None:
    task = done.task
    version = task_version(version, task)
    if done.error is not None:
        catalogue.put(task.doc_id, display(task.path), task.sha256, version, error=_dump_error(done.error))
    else:
        catalogue.put(task.doc_id, display(task.path), task.sha256, version, document=done.document,
                      extracted=done.extracted, inspection=done.inspection, link_key=done.link_key)


def _dump_error(error: IngestError) -> str:
    from crosswalk.batch.serialise import dump_error

    return dump_error(error)


def _write_outputs(source: StoredTables, out: Path, fmt: str, catalogue: Catalogue) -> None:
    """Each table chunk by chunk into its file and its mirror `out_<table>` (the mirrors
    replaced in one transaction), then the report, which reuses the charts of the last
    run whose data did not change (kept in the catalogue). A table or page whose inputs
    are those it was last written from, in a file that still holds it, is left as it is
    and not built (`crosswalk.batch.kept`): an incremental run changes a few of them."""
    from crosswalk.batch.kept import InputDigests, KeptOutputs, KeptPages
    from crosswalk.export.report import write_report
    from crosswalk.export.write_tables import table_file

    digests, kept = InputDigests(catalogue, source), KeptOutputs(catalogue, out)
    with catalogue.transaction():
        for name in TABLE_NAMES:
            file, digest = f"{name}.{fmt}", digests.table(name, fmt)
            if (digest is not None and kept.current(file, digest) is not None
                    and catalogue.out_rows(name) == source.length(name)):
                continue
            template = source.template(name)
            mirror = catalogue.out_table(name, list(template.columns))
            with table_file(out / file, fmt, template) as table:
                for chunk in source.chunks(name):
                    table.write(chunk)
                    mirror.write(chunk)
            if digest is not None:
                kept.wrote(file, digest)
    charts = catalogue.charts()
    with catalogue.transaction():
        write_report(source, out / REPORT, texts=lambda doc_id: _document_text(catalogue, doc_id),
                     store=charts, cache=KeptPages(digests, kept, charts, REPORT))
        charts.prune()
    kept.save()


def _document_text(catalogue: Catalogue, doc_id: str) -> str | None:
    """A document's normalised text, for the report to show a passage in its context."""
    from crosswalk.batch.serialise import load_document

    payload = catalogue.payload(doc_id, "document")
    return load_document(payload).text if payload else None


class _Clock:
    def __init__(self, summary: RunSummary) -> None:
        self.summary = summary
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.summary.seconds[stage] = round(now - self.last, 3)
        self.last = now
