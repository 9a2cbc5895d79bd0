"""`crosswalk eval`: the referee's figures, per doc_type, and the floors the pipeline holds.

The referee (`shared/tools/score.py`, copied as `tests/fixtures/referee_score.py`) scores a
`crosswalk run` output folder; `crosswalk eval` must agree with it within 0.01 on every
figure, on the samples and on the real dev set, or the project's own evaluation would
report figures nobody else measures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from crosswalk.batch.runner import run_batch
from crosswalk.evaluate import ALL, Score, evaluate_corpus, evaluation_sets, load_gold, score_items, score_outputs
from tests.conftest import CORPUS, REAL, figure, run_cli

REFEREE = Path(__file__).parent / "fixtures" / "referee_score.py"

# The five samples stay where they are; the real set's floors sit just under what main measures.
SAMPLE_FLOORS = {"items": 1.0, "items_typed": 1.0, "gradings": 1.0, "commitments": 0.96}
SAMPLE_ACCURACY_FLOORS = {"status": 1.0, "status_balanced": 1.0, "doc_type": 1.0, "responding_body": 1.0}
DEV_FLOORS = {"items": 0.87, "items_typed": 0.86, "gradings": 0.90, "commitments": 0.77}
DEV_ACCURACY_FLOORS = {"status": 0.48, "doc_type": 0.95, "responding_body": 0.86}


def _run(folder: Path, out: Path) -> tuple[pd.DataFrame, dict]:
    [evaluation_set] = [s for s in evaluation_sets(folder) if Path(s.name) == folder]
    run_batch(list(evaluation_set.documents), out, jobs=1)
    ours = score_outputs(load_gold(evaluation_set.gold_dir), out)
    referee = subprocess.run([sys.executable, str(REFEREE), str(evaluation_set.gold_dir), str(out), "--json"],
                             capture_output=True, text=True, check=True)
    return ours, json.loads(referee.stdout)["summary"]


@pytest.fixture(scope="module", params=["samples", "dev"])
def scored(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, pd.DataFrame, dict]:
    folder = CORPUS if request.param == "samples" else REAL
    ours, referee = _run(folder, tmp_path_factory.mktemp(request.param))
    return request.param, ours, referee


def test_eval_agrees_with_the_referee_on_every_figure(scored: tuple[str, pd.DataFrame, dict]) -> None:
    _, ours, referee = scored
    pairs = {f"{kind} {m}": (figure(ours, kind, m), referee[kind][r])
             for kind in ("items", "items_typed", "gradings", "commitments", "unaddressed")
             for m, r in (("precision", "p"), ("recall", "r"), ("f1", "f1"))}
    pairs["status"] = (figure(ours, "status", "accuracy"), referee["status_accuracy"])
    pairs["status_balanced"] = (figure(ours, "status_balanced", "accuracy"), referee["status_balanced"])
    pairs["doc_type"] = (figure(ours, "doc_type", "accuracy"), referee["doc_type_accuracy"])
    pairs["responding_body"] = (figure(ours, "responding_body", "accuracy"), referee["responding_body_accuracy"])
    apart = {name: (a, b) for name, (a, b) in pairs.items() if b is not None and abs(a - b) > 0.01}
    assert apart == {}


def test_eval_holds_its_floors(scored: tuple[str, pd.DataFrame, dict]) -> None:
    name, ours, _ = scored
    floors, accuracy = (SAMPLE_FLOORS, SAMPLE_ACCURACY_FLOORS) if name == "samples" else (DEV_FLOORS, DEV_ACCURACY_FLOORS)
    below = {k: figure(ours, k) for k, floor in floors.items() if figure(ours, k) < floor}
    below |= {k: figure(ours, k, "accuracy") for k, floor in accuracy.items() if figure(ours, k, "accuracy") < floor}
    assert below == {}


def test_eval_reports_every_figure_per_doc_type(scored: tuple[str, pd.DataFrame, dict]) -> None:
    _, ours, _ = scored
    gold_types = {g["doc_type"] for g in load_gold((CORPUS if scored[0] == "samples" else REAL) / "gold").values()}
    assert set(ours["doc_type"]) == gold_types | {ALL}
    documents = ours[ours["kind"] == "items"].set_index("doc_type")["documents"]
    assert documents[ALL] == documents.drop(ALL).sum()


def test_evaluation_sets_are_found_below_a_folder() -> None:
    sets = {Path(s.name): len(s.documents) for s in evaluation_sets(CORPUS)}
    assert sets[CORPUS] == 5 and sets[REAL] >= 55


def test_eval_of_a_folder_without_gold_is_refused(tmp_path: Path) -> None:
    (tmp_path / "letter.txt").write_text("Dear Home Secretary", encoding="utf-8")
    with pytest.raises(FileNotFoundError):
        evaluate_corpus(tmp_path)
    result = run_cli("eval", str(tmp_path), "--out", str(tmp_path / "o"))
    assert result.returncode == 2 and "no gold labels" in " ".join(result.stdout.split())


def test_scorer_counts_type_errors_in_the_untyped_bucket() -> None:
    gold = [{"type": "recommendation", "text": "Improve how it records crime"}]
    wrong_type = [{"type": "area_for_improvement", "text": "Improve how it records crime."}]
    assert score_items(wrong_type, gold) == Score(tp=0, fp=1, fn=1, untyped=1)


def test_markdown_figures_have_a_row_per_doc_type(scored: tuple[str, pd.DataFrame, dict]) -> None:
    from crosswalk.evaluate import as_markdown

    _, ours, _ = scored
    rows = [line for line in as_markdown(ours).splitlines() if line.startswith("| ") and "docs" not in line]
    assert [r.split(" | ")[0][2:] for r in rows] == list(dict.fromkeys(ours["doc_type"]))


def test_eval_scores_text_alone_unless_asked_to_read_declared_addresses(tmp_path: Path) -> None:
    """The dev set's layout: documents in docs/, gold in gold/, the index of addresses beside
    them. The referee runs the docs/ folder, whose root holds no index, so the evaluation
    scores the text alone by default; asked, it reads the index as `crosswalk run` on the
    set's folder does."""
    from crosswalk.evaluate import evaluate_set

    stem = "resp_leics_frs_improvement_plan2019"  # a fire service's own page that never names its area
    (tmp_path / "docs").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "docs" / f"{stem}.txt").write_bytes((REAL / "docs" / f"{stem}.txt").read_bytes())
    (tmp_path / "gold" / f"{stem}.json").write_bytes((REAL / "gold" / f"{stem}.json").read_bytes())
    (tmp_path / "INDEX.md").write_text(f"{stem} | force_response | https://leics-fire.gov.uk/hmicfrs/improvement-plan/ | x\n",
                                       encoding="utf-8")
    [evaluation_set] = evaluation_sets(tmp_path)

    def body_accuracy(addresses: bool) -> float:
        return figure(evaluate_set(evaluation_set, jobs=1, addresses=addresses), "responding_body", "accuracy")

    assert body_accuracy(addresses=False) == 0.0
    assert body_accuracy(addresses=True) == 1.0


def test_eval_refuses_an_unreadable_index_table_in_one_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Read with --addresses, an index table the system refuses (permissions, a vanished
    share; as root permissions refuse nothing, so the system's read is made to refuse it)
    is the user's to fix: one sentence naming it, exit status 2, no traceback."""
    from typer.testing import CliRunner

    from crosswalk.cli import app
    from tests.conftest import refuse_reading

    stem = "resp_leics_frs_improvement_plan2019"
    (tmp_path / "docs").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "docs" / f"{stem}.txt").write_bytes((REAL / "docs" / f"{stem}.txt").read_bytes())
    (tmp_path / "gold" / f"{stem}.json").write_bytes((REAL / "gold" / f"{stem}.json").read_bytes())
    refused = tmp_path / "INDEX.md"
    refused.write_text(f"{stem} | x | https://leics-fire.gov.uk/ | x\n", encoding="utf-8")
    refuse_reading(monkeypatch, refused)
    result = CliRunner().invoke(app, ["eval", str(tmp_path), "--addresses", "--out", str(tmp_path / "out"), "--jobs", "1"])
    assert result.exit_code == 2, result.output
    said = " ".join(result.output.split())
    assert "Traceback" not in result.output and "Permission denied" in said


def test_a_repeated_eval_reuses_its_kept_runs_and_keeps_text_and_addresses_apart(tmp_path: Path) -> None:
    """`crosswalk eval` keeps each set's run below --out/eval-runs: evaluated again with
    nothing changed, the run is left as it was (no document processed, no table written)
    and the figures are the same; the run with declared addresses lives in a folder of its
    own, so it neither reuses the text-alone results nor disturbs them."""
    from typer.testing import CliRunner

    from crosswalk.cli import app
    from crosswalk.evaluate import EVAL_RUNS

    stem = "resp_leics_frs_improvement_plan2019"  # its body comes only from the declared address
    corpus = tmp_path / "set"
    (corpus / "docs").mkdir(parents=True)
    (corpus / "gold").mkdir()
    (corpus / "docs" / f"{stem}.txt").write_bytes((REAL / "docs" / f"{stem}.txt").read_bytes())
    (corpus / "gold" / f"{stem}.json").write_bytes((REAL / "gold" / f"{stem}.json").read_bytes())
    (corpus / "INDEX.md").write_text(f"{stem} | force_response | https://leics-fire.gov.uk/hmicfrs/plan/ | x\n",
                                     encoding="utf-8")
    out = tmp_path / "out"

    def evaluate(*extra: str) -> pd.DataFrame:
        result = CliRunner().invoke(app, ["eval", str(corpus), "--out", str(out), "--jobs", "1", *extra])
        assert result.exit_code == 0, result.output
        return pd.read_csv(out / "eval.csv")

    first = evaluate()
    [kept] = list((out / EVAL_RUNS / "text").iterdir())
    written = (kept / "documents.csv").stat().st_mtime_ns
    second = evaluate()
    assert (kept / "documents.csv").stat().st_mtime_ns == written
    pd.testing.assert_frame_equal(first, second)
    assert figure(second, "responding_body", "accuracy") == 0.0
    assert figure(evaluate("--addresses"), "responding_body", "accuracy") == 1.0
    assert (kept / "documents.csv").stat().st_mtime_ns == written
    assert figure(evaluate(), "responding_body", "accuracy") == 0.0


def _kept_set(folder: Path, *stems: str) -> None:
    """A set of real documents with their gold, in the dev set's layout (docs/, gold/)."""
    (folder / "docs").mkdir(parents=True, exist_ok=True)
    (folder / "gold").mkdir(exist_ok=True)
    for stem in stems:
        (folder / "docs" / f"{stem}.txt").write_bytes((REAL / "docs" / f"{stem}.txt").read_bytes())
        (folder / "gold" / f"{stem}.json").write_bytes((REAL / "gold" / f"{stem}.json").read_bytes())


def test_a_corpus_named_relative_then_absolute_reuses_one_kept_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The kept run knows a document by its path: named "set" one time and by its absolute
    path the next, the corpus keeps one folder and nothing is processed again."""
    from crosswalk.evaluate import EVAL_RUNS, evaluate_corpus

    _kept_set(tmp_path / "set", "gD_mon_humberside_demand_rec88")
    monkeypatch.chdir(tmp_path)
    runs = tmp_path / "out" / EVAL_RUNS
    first = evaluate_corpus(Path("set"), 1, runs=runs)
    [kept] = list((runs / "text").iterdir())
    written = (kept / "documents.csv").stat().st_mtime_ns
    again = evaluate_corpus(tmp_path / "set", 1, runs=runs)
    assert list((runs / "text").iterdir()) == [kept]
    assert (kept / "documents.csv").stat().st_mtime_ns == written
    pd.testing.assert_frame_equal(first.drop(columns="set"), again.drop(columns="set"))


def test_documents_taken_out_of_a_set_leave_its_kept_run(tmp_path: Path) -> None:
    """A document whose gold (or file) is removed is no longer the set's: the kept run drops
    its rows, so neither the figures nor the kept tables count it."""
    from crosswalk.evaluate import EVAL_RUNS, evaluate_corpus

    kept_stem, removed = "gD_mon_humberside_demand_rec88", "hH_resp_lancashire_police_stalking_actionplan"
    _kept_set(tmp_path / "set", kept_stem, removed)
    runs = tmp_path / "out" / EVAL_RUNS
    assert figure(evaluate_corpus(tmp_path / "set", 1, runs=runs), "items", "documents") == 2
    (tmp_path / "set" / "gold" / f"{removed}.json").unlink()
    assert figure(evaluate_corpus(tmp_path / "set", 1, runs=runs), "items", "documents") == 1
    [kept] = list((runs / "text").iterdir())
    assert pd.read_csv(kept / "documents.csv", encoding="utf-8-sig")["doc_id"].tolist() == [kept_stem]


@pytest.mark.parametrize(("arguments", "status", "sentence"), [
    (["--out", "a-file"], 3, "could not write its outputs to a-file/"),  # its kept runs and eval.csv go there
    (["--jobs", "0"], 2, "--jobs must be 1 or more, not 0."),
])
def test_eval_with_an_output_it_cannot_write_or_no_workers_says_so_in_one_sentence(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, arguments: list[str], status: int, sentence: str) -> None:
    from typer.testing import CliRunner

    from crosswalk.cli import app

    _kept_set(tmp_path / "set", "gD_mon_humberside_demand_rec88")
    monkeypatch.chdir(tmp_path)
    Path("a-file").write_text("not a folder", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "set", *arguments])
    said = " ".join(result.output.split())
    assert result.exit_code == status and "Traceback" not in said and sentence in said, said


def test_an_eval_scores_its_kept_run_before_another_may_rewrite_it(tmp_path: Path) -> None:
    """Two evaluations at once on one --out share the set's kept folder: each scores the
    tables with the run's lock still held, so a second run (other code, an edited document)
    cannot rewrite them while the first reads. The gold file is a pipe here: reading it
    (the scoring's first step) waits for this test, which meanwhile finds the lock taken."""
    import fcntl
    import os
    import threading
    import time

    from crosswalk.evaluate import EVAL_RUNS, evaluate_set, run_folder

    stem = "gD_mon_humberside_demand_rec88"
    _kept_set(tmp_path / "set", stem)
    gold_file = tmp_path / "set" / "gold" / f"{stem}.json"
    gold = gold_file.read_bytes()
    gold_file.unlink()
    os.mkfifo(gold_file)
    [evaluation_set] = evaluation_sets(tmp_path / "set")
    runs = tmp_path / "out" / EVAL_RUNS
    scored: list[pd.DataFrame] = []
    evaluation = threading.Thread(target=lambda: scored.append(evaluate_set(evaluation_set, 1, runs=runs)), daemon=True)
    evaluation.start()
    deadline = time.monotonic() + 120
    while True:  # the pipe opens for writing once the evaluation starts to read the gold
        try:
            pipe = os.open(gold_file, os.O_WRONLY | os.O_NONBLOCK)
            break
        except OSError:  # no reader yet
            assert evaluation.is_alive() and time.monotonic() < deadline
            time.sleep(0.05)
    try:
        with (run_folder(runs, evaluation_set, False) / ".crosswalk.lock").open("rb") as lock:
            with pytest.raises(BlockingIOError):
                fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.set_blocking(pipe, True)
        os.write(pipe, gold)
    finally:
        os.close(pipe)
    evaluation.join(timeout=120)
    assert figure(scored[0], "items", "documents") == 1


def test_an_eval_names_its_set_in_the_kept_run_only_once_it_holds_the_lock(tmp_path: Path) -> None:
    """The name of the set a kept run is of (`SET_FILE`) is written once the run holds the
    folder's lock: before, another evaluation removing the folder as a stale run could take
    it from under the write."""
    import fcntl
    import threading
    import time

    from crosswalk.batch.runner import LOCK_FILE
    from crosswalk.evaluate import EVAL_RUNS, SET_FILE, evaluate_set, run_folder

    _kept_set(tmp_path / "set", "gD_mon_humberside_demand_rec88")
    [evaluation_set] = evaluation_sets(tmp_path / "set")
    runs = tmp_path / "out" / EVAL_RUNS
    folder = run_folder(runs, evaluation_set, False)
    folder.mkdir(parents=True)
    scored: list[pd.DataFrame] = []
    with open(folder / LOCK_FILE, "a+b") as held:  # another open file: its lock excludes the run's, as another process's
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        evaluation = threading.Thread(target=lambda: scored.append(evaluate_set(evaluation_set, 1, runs=runs)),
                                      daemon=True)
        evaluation.start()
        time.sleep(1.0)
        assert evaluation.is_alive() and not (folder / SET_FILE).exists()
    evaluation.join(timeout=120)
    assert (folder / SET_FILE).read_text(encoding="utf-8") == str(tmp_path / "set") and scored


def test_sets_whose_paths_flatten_alike_keep_runs_apart(tmp_path: Path) -> None:
    """A kept run's folder is named by its set's path made readable ("/x/a-b" and "/x/a/b"
    both read "x-a-b"); the path's digest keeps two such sets in folders of their own."""
    from crosswalk.evaluate import EvaluationSet, run_folder

    runs = tmp_path / "runs"
    dashed = EvaluationSet(str(tmp_path / "a-b"), tmp_path / "a-b" / "gold", ())
    nested = EvaluationSet(str(tmp_path / "a" / "b"), tmp_path / "a" / "b" / "gold", ())
    assert run_folder(runs, dashed, False) != run_folder(runs, nested, False)


def test_eval_names_a_gold_file_it_cannot_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A gold file the system refuses to read (permissions, a vanished share; made to refuse
    here, as root reads anything) is the user's to fix: one sentence naming the gold file and
    exit status 2, not the output folder's "could not write" (the reading happens while the
    run's outputs are being written, and an OSError there read as one)."""
    from typer.testing import CliRunner

    from crosswalk.cli import app
    from tests.conftest import refuse_reading

    stem = "gD_mon_humberside_demand_rec88"
    _kept_set(tmp_path / "set", stem)
    refused = tmp_path / "set" / "gold" / f"{stem}.json"
    refuse_reading(monkeypatch, refused)
    result = CliRunner().invoke(app, ["eval", str(tmp_path / "set"), "--out", str(tmp_path / "out"), "--jobs", "1"])
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and "Traceback" not in said and "could not write" not in said, said
    assert f"goldfile{refused}cannotbereadPermissiondenied" in "".join(said.split()).replace("(", "").replace(")", ""), said


def test_kept_runs_of_sets_gone_from_the_corpus_are_removed(tmp_path: Path) -> None:
    """A set whose gold/ is gone is no set: evaluating the corpus it was below removes its
    kept run, while the runs of the sets still there, and of another corpus evaluated into
    the same --out, stay."""
    from crosswalk.evaluate import EVAL_RUNS, EvaluationSet, evaluate_corpus, run_folder

    stem = "gD_mon_humberside_demand_rec88"
    names = ("corpus/kept", "corpus/gone", "other")
    for name in names:
        _kept_set(tmp_path / name, stem)
    runs = tmp_path / "out" / EVAL_RUNS
    kept, gone, other = (run_folder(runs, EvaluationSet(str(tmp_path / name), tmp_path / name / "gold", ()), False)
                         for name in names)
    evaluate_corpus(tmp_path / "corpus", 1, runs=runs)
    evaluate_corpus(tmp_path / "other", 1, runs=runs)
    assert kept.is_dir() and gone.is_dir() and other.is_dir()
    (tmp_path / "corpus" / "gone" / "gold" / f"{stem}.json").unlink()
    (tmp_path / "corpus" / "gone" / "gold").rmdir()
    evaluate_corpus(tmp_path / "corpus", 1, runs=runs)
    assert kept.is_dir() and not gone.exists() and other.is_dir()


def test_an_eval_into_a_kept_run_makes_no_scratch_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a kept run (--out's eval-runs/) and no addresses to declare, the run needs no
    temporary folder: none is made."""
    import tempfile

    from crosswalk.evaluate import EVAL_RUNS, evaluate_corpus

    _kept_set(tmp_path / "set", "gD_mon_humberside_demand_rec88")
    made: list[str] = []
    mkdtemp = tempfile.mkdtemp

    def recording(*args: object, **kwargs: object) -> str:
        made.append(str(kwargs.get("prefix")))
        return mkdtemp(*args, **kwargs)  # type: ignore[call-overload,no-any-return]

    monkeypatch.setattr(tempfile, "mkdtemp", recording)
    evaluate_corpus(tmp_path / "set", 1, runs=tmp_path / "out" / EVAL_RUNS)
    assert not [prefix for prefix in made if prefix.startswith("crosswalk-eval")], made


def _kept_run_of(runs: Path, set_folder: Path) -> Path:
    """A kept run's folder naming `set_folder` as its set, as an evaluation leaves it."""
    from crosswalk.evaluate import SET_FILE, EvaluationSet, run_folder

    folder = run_folder(runs, EvaluationSet(str(set_folder), set_folder / "gold", ()), False)
    folder.mkdir(parents=True)
    (folder / SET_FILE).write_text(str(set_folder), encoding="utf-8")
    return folder


def test_the_kept_run_of_a_set_below_a_linked_folder_stays(tmp_path: Path) -> None:
    """The search for a corpus's sets does not follow a linked folder, so a set reached
    through a link ("corpus/real", evaluated on its own before) is not among the sets found
    when its corpus is evaluated; its gold/ is still there, so its kept run is no stale run."""
    from crosswalk.evaluate import EVAL_RUNS, remove_stale_runs

    (tmp_path / "shared" / "real" / "gold").mkdir(parents=True)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "real").symlink_to(tmp_path / "shared" / "real", target_is_directory=True)
    runs = tmp_path / "out" / EVAL_RUNS
    linked = _kept_run_of(runs, tmp_path / "corpus" / "real")
    assert evaluation_sets(tmp_path / "corpus") == []  # the link is not followed
    assert remove_stale_runs(runs, tmp_path / "corpus", []) == [] and linked.is_dir()


def test_a_stale_kept_run_another_evaluation_holds_is_left_alone(tmp_path: Path) -> None:
    """A kept run whose set is gone is removed only when no evaluation holds its lock (one
    running on it, or waiting to score it); once the lock is let go, the next evaluation
    removes it."""
    import fcntl

    from crosswalk.batch.runner import LOCK_FILE
    from crosswalk.evaluate import EVAL_RUNS, remove_stale_runs

    (tmp_path / "corpus").mkdir()
    runs = tmp_path / "out" / EVAL_RUNS
    gone = _kept_run_of(runs, tmp_path / "corpus" / "gone")
    with open(gone / LOCK_FILE, "a+b") as held:  # another open file: its lock excludes ours, as another process's
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        assert remove_stale_runs(runs, tmp_path / "corpus", []) == [] and gone.is_dir()
    assert remove_stale_runs(runs, tmp_path / "corpus", []) == [gone] and not gone.exists()
