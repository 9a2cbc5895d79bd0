"""No name, link, duplicate or limit loses a document or stops a batch (issue 15).

Each test builds the awkward input on disk and runs the real batch over it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from crosswalk.batch.runner import run_batch
from crosswalk.batch.work import Limits
from crosswalk.batch.version import EXTRACTION_LIBRARIES, library_versions
from crosswalk.errors import ErrorType
from tests.conftest import CORPUS, run_cli

LETTER = (CORPUS / "west-mercia-pcc-response-soc-2024.txt").read_bytes()


def _documents(out: Path) -> pd.DataFrame:
    return pd.read_csv(out / "documents.csv", keep_default_na=False)


def test_a_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as handle:
        handle.write(LETTER)
    for _ in range(2):  # the re-run must not crash on what the first stored
        run_batch([folder], tmp_path / "out", jobs=1)
    documents = _documents(tmp_path / "out")
    assert list(documents["doc_id"]) == ["caf\\xe9"]
    assert documents.loc[0, "status"] == "ok" and documents.loc[0, "path"].endswith("caf\\xe9.txt")


def test_links_are_rows_whatever_they_point_at(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "letter.txt").write_bytes(LETTER)
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "folder-link").symlink_to(folder / "sub", target_is_directory=True)
    run_batch([folder], tmp_path / "out", jobs=1)
    documents = _documents(tmp_path / "out").set_index("doc_id")
    assert sorted(documents.index) == ["dangling", "folder-link", "loop", "sub/letter"]
    assert set(documents.loc[["dangling", "folder-link", "loop"], "status"]) == {"error"}
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    assert set(errors["error_type"]) == {"symlink"}


def test_n_inputs_give_n_rows_with_unique_doc_ids(tmp_path: Path) -> None:
    inputs = []
    for name in ("d1", "d2", "d3"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.txt").write_bytes(LETTER)
        inputs.append(tmp_path / name / "a.txt")
    (tmp_path / "d1" / "a.pdf").write_bytes(b"%PDF-1.4 junk")
    inputs.append(tmp_path / "d1" / "a.pdf")
    (tmp_path / "link1.txt").symlink_to(tmp_path / "d1" / "a.txt")
    (tmp_path / "link2.txt").symlink_to(tmp_path / "d1" / "a.txt")
    inputs += [tmp_path / "link1.txt", tmp_path / "link2.txt"]
    run_batch(inputs, tmp_path / "out", jobs=1)
    documents = _documents(tmp_path / "out")
    assert len(documents) == len(inputs) and documents["doc_id"].is_unique
    # names are given in path order (d1/a.pdf first), whatever the order of the inputs
    assert sorted(documents["doc_id"]) == sorted(["a", "a.txt", "a.txt~2", "a.txt~3", "link1", "link2"])
    assert documents.set_index("doc_id").loc["a", "path"].endswith("a.pdf")


def test_the_same_file_given_twice_is_read_once(tmp_path: Path) -> None:
    letter = tmp_path / "in" / "letter.txt"
    letter.parent.mkdir()
    letter.write_bytes(LETTER)
    summary = run_batch([letter, letter, letter.parent], tmp_path / "out", jobs=1)
    assert summary.documents == 1 and list(_documents(tmp_path / "out")["doc_id"]) == ["letter"]


def test_the_output_folder_inside_the_input_folder_is_never_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "letter.txt").write_bytes(LETTER)
    first = run_batch([folder], folder / "out", jobs=1)
    second = run_batch([folder], folder / "out", jobs=1)
    elsewhere = run_batch([folder], tmp_path / "other", jobs=1)  # another run's folder inside the input
    assert (first.documents, second.documents, second.processed, elsewhere.documents) == (1, 1, 0, 1)


def test_a_timeout_is_tried_again_on_the_next_run(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "letter.txt").write_bytes(LETTER * 20)
    run_batch([folder], tmp_path / "out", jobs=1, limits=Limits(seconds=0.001))
    assert pd.read_csv(tmp_path / "out" / "errors.csv")["error_type"].tolist() == ["timeout"]
    summary = run_batch([folder], tmp_path / "out", jobs=1)
    assert summary.processed == 1 and summary.errors == 0




def test_a_file_removed_while_the_run_reads_is_read_again_when_it_is_back(tmp_path: Path) -> None:
    """A sync tool or a user moves files while a batch runs: a file hashed when the batch
    began and gone when its worker opened it is an error row of this run, not a fact about
    its bytes, so the next run reads it again once it is back (it stayed an error for
    good, cached under the bytes' hash)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.txt").write_bytes(LETTER)
    moved: list[Path] = []

    def move_the_others(doc_id: str, done: int, total: int, errors: int) -> None:
        if done == 1:  # the first document is read: the others vanish before their turn
            moved.extend(p for p in folder.iterdir() if p.stem != doc_id)
            for path in moved:
                path.rename(tmp_path / path.name)

    run_batch([folder], tmp_path / "out", jobs=1, progress=move_the_others)
    assert set(pd.read_csv(tmp_path / "out" / "errors.csv")["error_type"]) == {"unreadable"}
    for path in moved:
        (tmp_path / path.name).rename(path)
    summary = run_batch([folder], tmp_path / "out", jobs=1)
    assert (summary.processed, summary.errors) == (len(moved), 0)
    assert pd.read_csv(tmp_path / "out" / "errors.csv").empty


def test_only_limits_load_and_refusals_are_transient() -> None:
    transient = {e.value for e in ErrorType if e.transient}
    assert transient == {"unreadable", "too_large", "timeout", "worker_died"}


def test_the_cache_key_names_every_extraction_library() -> None:
    from importlib import metadata

    versions = library_versions()
    assert all(f"{name}={metadata.version(name)}" in versions for name in EXTRACTION_LIBRARIES)
    assert {"spacy", "spacy-lookups-data", "pypdfium2", "lxml"} <= set(EXTRACTION_LIBRARIES)


def test_outputs_follow_the_umask(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "letter.txt").write_bytes(LETTER)
    old = os.umask(0o022)
    try:
        run_batch([tmp_path / "in"], tmp_path / "out", jobs=1)
    finally:
        os.umask(old)
    assert oct((tmp_path / "out" / "documents.csv").stat().st_mode & 0o777) == oct(0o644)
    assert oct((tmp_path / "out" / "report.html").stat().st_mode & 0o777) == oct(0o644)


def test_temporary_files_of_a_killed_run_are_cleaned(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "letter.txt").write_bytes(LETTER)
    out = tmp_path / "out"
    run_batch([tmp_path / "in"], out, jobs=1)
    stale = out / ".documents.csv.k3j2.tmp"
    stale.write_bytes(b"half a table")
    run_batch([tmp_path / "in"], out, jobs=1)
    assert not stale.exists() and not (out / "INCOMPLETE").exists()


def test_temporary_report_pages_of_a_killed_run_are_cleaned(tmp_path: Path) -> None:
    """A run killed while writing an inspection's page leaves its temporary file in the
    report's folder of pages, not beside the tables: the next run clears it there too."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "letter.txt").write_bytes(LETTER)
    out = tmp_path / "out"
    run_batch([tmp_path / "in"], out, jobs=1)
    stale = out / "report" / ".some-inspection.html.q8v1.tmp"
    stale.write_bytes(b"half a page")
    run_batch([tmp_path / "in"], out, jobs=1)
    assert not stale.exists() and list((out / "report").glob("*.html"))


def test_a_run_takes_only_its_own_temporary_files(tmp_path: Path) -> None:
    """`crosswalk eval --out outputs` writes eval.csv beside the tables of `crosswalk run
    --out outputs`, under no lock of the run's: a run starting meanwhile clears the
    temporaries of its own files only, never the one eval.csv is being written into."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "letter.txt").write_bytes(LETTER)
    out = tmp_path / "out"
    out.mkdir()
    others = out / ".eval.csv.x7q2.tmp"
    others.write_bytes(b"half an evaluation")
    own = out / ".report.html.p0w9.tmp"
    own.write_bytes(b"half a report")
    run_batch([tmp_path / "in"], out, jobs=1)
    assert others.read_bytes() == b"half an evaluation" and not own.exists()


@pytest.mark.parametrize("args", [
    ["run", "{in}", "--format", "xlsx", "--out", "{out}"],
    ["run", "{in}", "--format", "parquet", "--out", "{out}"],  # pyarrow is not among the test extras
    ["run", "{tmp}/nonexistent", "--out", "{out}"],
    ["run", "{in}", "--jobs", "0", "--out", "{out}"],
    ["run", "{in}", "--jobs", "-3", "--out", "{out}"],
    ["run", "{in}", "--timeout", "-1", "--out", "{out}"],
    ["run", "{in}", "--max-pages", "0", "--out", "{out}"],
    ["eval", "{tmp}/nonexistent", "--out", "{out}"],
    ["ingest", "{tmp}/nonexistent.txt"],
    ["extract", "{in}"],
    ["calibrate", "{tmp}/nonexistent", "--out", "{out}/thresholds.md"],
    ["calibrate", "{in}", "--out", "{out}/thresholds.md"],  # a folder with no gold/ in it
])
def test_a_wrong_argument_is_one_sentence_and_status_2(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "letter.txt").write_bytes(LETTER)
    if "parquet" in args and _has_pyarrow():
        pytest.skip("pyarrow is installed here")
    result = run_cli(*(a.format(**{"in": str(tmp_path / "in"), "tmp": str(tmp_path), "out": str(tmp_path / "out")})
                       for a in args))
    said = result.stdout + result.stderr
    assert result.returncode == 2, said
    assert "Traceback" not in said and "Usage:" not in said, said  # ours, not the parser's refusal of a wrong option
    assert len(said.strip().splitlines()) <= 3


def test_a_path_and_a_documents_words_are_shown_as_written(tmp_path: Path) -> None:
    """The console reads "[red]" or "[draft]" as its own markup: a path or a document's
    words holding one lost it (the title "... [draft]" showed without it, a missing input
    "[red]x" was named "x")."""
    from typer.testing import CliRunner

    from crosswalk.cli import app

    letter = tmp_path / "letter.txt"
    letter.write_text("Inspection of Kent Police [draft]\n\nKent Police should improve its [red]plans[/red].\n",
                      encoding="utf-8")
    shown = " ".join(CliRunner().invoke(app, ["ingest", str(letter)]).output.split())
    assert "Inspection of Kent Police [draft]" in shown and "[red]plans[/red]" in shown, shown
    missing = tmp_path / "[red]x"
    result = CliRunner().invoke(app, ["run", str(missing), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and f"{missing}." in "".join(result.output.split()), result.output


def test_a_batch_that_finds_no_document_says_so(tmp_path: Path) -> None:
    """A wrong folder, or one whose files are all hidden or ignored, is a run of nothing:
    said in a sentence, so that empty tables are not read as a clean result."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / ".hidden.txt").write_bytes(LETTER)
    result = run_cli("run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--jobs", "1")
    assert result.returncode == 0
    assert "No document was found" in " ".join(result.stdout.split())


def _has_pyarrow() -> bool:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def test_an_output_folder_that_cannot_be_written_is_its_own_exit_status(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "letter.txt").write_bytes(LETTER)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run_cli("run", str(tmp_path / "in"), "--out", str(blocker / "out"))
    assert result.returncode == 3 and "Traceback" not in result.stdout + result.stderr
    assert "could not write" in " ".join(result.stdout.split())


def test_force_aligns_every_inspection_again(tmp_path: Path) -> None:
    shutil.copytree(CORPUS, tmp_path / "in", ignore=shutil.ignore_patterns("real", "realpdf"))
    run_batch([tmp_path / "in"], tmp_path / "out", jobs=1)
    summary = run_batch([tmp_path / "in"], tmp_path / "out", jobs=1, force=True)
    assert summary.inspections_aligned > 0


def test_a_batch_without_responses_says_so(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    shutil.copy(CORPUS / "express-and-star-west-mercia-soc-2024.txt", tmp_path / "in")
    result = run_cli("run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--jobs", "1")
    assert result.returncode == 0
    assert "No document was recognised as a response" in " ".join(result.stdout.split())


def test_extract_piped_to_a_file_keeps_whole_texts() -> None:
    import json

    result = run_cli("extract", str(CORPUS / "west-mercia-pcc-response-soc-2024.txt"))
    gold = json.loads((CORPUS / "gold" / "west-mercia-pcc-response-soc-2024.json").read_text(encoding="utf-8"))
    assert result.returncode == 0
    assert [i["id"] for i in gold["items"] if " ".join(i["text"].split()) not in result.stdout] == []


def catalogue_markdown() -> str:
    """The error catalogue as the README's table."""
    lines = ["| error_type | retried on the next run | what it means |", "|---|---|---|"]
    lines += [f"| `{e.value}` | {'yes' if e.transient else 'no'} | {e.sentence} |" for e in ErrorType]
    return "\n".join(lines)


def test_the_readme_lists_the_error_catalogue() -> None:
    readme = (CORPUS.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- errors:start -->\n", 1)[1].split("\n<!-- errors:end -->", 1)[0]
    assert block == catalogue_markdown()


def test_an_error_type_outside_the_catalogue_is_refused() -> None:
    from crosswalk.errors import UnreadableDocument

    with pytest.raises(ValueError):
        UnreadableDocument("something_new", "a type nobody documented")


def test_a_tag_with_200000_attributes_is_read_without_them() -> None:
    """libxml2 checks each attribute against the others: 200,000 on one tag took 104 s."""
    from crosswalk.ingest import ingest_bytes

    attributes = " ".join(f'data-a{i}="v"' for i in range(200_000))
    page = f"<html><body><main><div {attributes}><p>Kent Police should improve its plans.</p></div></main></body></html>"
    document = ingest_bytes(page.encode(), "crowded", "crowded.html", ".html")
    assert "Kent Police should improve its plans." in document.text
    assert any("attributes" in w for w in document.warnings)


def test_max_pages_reads_the_first_pages_with_a_warning(tmp_path: Path) -> None:
    pdf = CORPUS / "realpdf" / "dhsc-2024-govt-response-rapid-review-mh-inpatient-data.pdf"
    (tmp_path / "in").mkdir()
    shutil.copy(pdf, tmp_path / "in" / "response.pdf")
    run_batch([tmp_path / "in"], tmp_path / "out", jobs=1, limits=Limits(max_pages=3))
    documents = _documents(tmp_path / "out")
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    assert documents.loc[0, "status"] == "warning"
    assert errors["error_type"].tolist() == ["pages_left_out"] and "first 3" in errors.loc[0, "message"]
    summary = run_batch([tmp_path / "in"], tmp_path / "out", jobs=1)  # the limit raised: read again, whole
    assert summary.processed == 1 and pd.read_csv(tmp_path / "out" / "errors.csv").empty


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_ingest_and_extract_name_a_file_they_cannot_read_alike(tmp_path: Path, command: str) -> None:
    """One file shown by eye: a file that cannot be read is one line naming the file, the
    stage and the error, whichever of the two commands was asked."""
    from typer.testing import CliRunner

    from crosswalk.cli import app

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    result = CliRunner().invoke(app, [command, str(empty)])
    said = " ".join(result.output.split())
    assert result.exit_code == 1 and "Traceback" not in said, said
    assert "empty.txt: ingest empty_file:" in said, said


def test_a_run_waiting_on_a_folder_removed_meanwhile_locks_it_anew(tmp_path: Path) -> None:
    """`crosswalk eval` removes a stale kept run with the folder's lock held: a run that was
    waiting on that lock would hold a lock on a file gone with its folder, excluding nobody,
    and write into no folder; it opens the folder's lock anew and runs."""
    import fcntl
    import threading
    import time

    from crosswalk.batch.runner import LOCK_FILE

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "letter.txt").write_bytes(LETTER)
    out = tmp_path / "out"
    out.mkdir()
    failures: list[BaseException] = []

    def run() -> None:
        try:
            run_batch([tmp_path / "in"], out, jobs=1)
        except BaseException as exc:  # reported by the assertion below
            failures.append(exc)

    with open(out / LOCK_FILE, "a+b") as held:  # another open file: its lock excludes the run's, as another process's
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        waiting = threading.Thread(target=run, daemon=True)
        waiting.start()
        deadline = time.monotonic() + 120
        while _opened(out / LOCK_FILE) < 2:  # the run opens the lock file and waits on it
            assert waiting.is_alive() and time.monotonic() < deadline
            time.sleep(0.05)
        shutil.rmtree(out)
    waiting.join(timeout=120)
    assert not failures and (out / "documents.csv").is_file() and (out / LOCK_FILE).is_file(), failures


def _opened(path: Path) -> int:
    """How many of this process's open files are `path`."""
    count = 0
    for fd in Path("/proc/self/fd").iterdir():
        try:
            count += os.readlink(fd) == str(path)
        except OSError:
            continue
    return count
