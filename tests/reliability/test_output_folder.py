"""An output folder that cannot be written: read-only, or on a full disk (issue 15, item 7).

Each failure is produced for real, not by mocking our code, in ways that work as root
(which ignores permission bits) and as an ordinary user in CI:

* read-only: `chattr +i` on the folder and every file in it when we are root (an
  immutable file refuses even root); `chmod a-w` otherwise;
* full disk: the run is a subprocess with `RLIMIT_FSIZE` lowered, so any write past the
  limit fails with EFBIG, as on a full disk (Python ignores SIGXFSZ, so the write returns
  the error instead of killing the process); the limit is swept so that the run stops at
  different points: in the catalogue, and while the tables are being written.

Every case must end with one plain sentence, exit status 3, and outputs that are either
all of one generation or marked `INCOMPLETE`.
"""

from __future__ import annotations

import filecmp
import os
import resource
import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import CORPUS, run_cli

EXIT_OUTPUT_FOLDER = 3
FIRST = [CORPUS / "west-mercia-pcc-response-soc-2024.txt", CORPUS / "express-and-star-west-mercia-soc-2024.txt"]
SECOND = sorted(CORPUS.glob("*.txt"))  # a later batch: more documents, so every table changes


def _cli(inputs: list[Path], out: Path, preexec: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "400"}  # the sentence on one line
    return run_cli("run", *map(str, inputs), "--out", str(out), "--jobs", "1", env=env, preexec=preexec)


def _tables(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.csv"))


def _same_tables(a: Path, b: Path) -> bool:
    return _tables(a) == _tables(b) and all(filecmp.cmp(a / n, b / n, shallow=False) for n in _tables(a))


def _one_sentence(result: subprocess.CompletedProcess[str]) -> str:
    said = " ".join((result.stdout + result.stderr).split())
    assert result.returncode == EXIT_OUTPUT_FOLDER, said
    assert "Traceback" not in said and said.startswith("error crosswalk could not write its outputs to ")
    assert said.count(". ") == 0 and said.endswith("."), said  # one sentence
    return said


@pytest.fixture(scope="module")
def generations(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A folder written from FIRST, and one written from SECOND (what a whole second run gives)."""
    base = tmp_path_factory.mktemp("generations")
    for name, inputs in (("first", FIRST), ("second", SECOND)):
        result = _cli(inputs, base / name)
        assert result.returncode == 0, result.stdout + result.stderr
    return base / "first", base / "second"


# --------------------------------------------------------------------- read-only


@contextmanager
def _make_read_only(folder: Path) -> Iterator[None]:
    paths = [folder, *folder.rglob("*")]
    if os.geteuid() == 0:
        if shutil.which("chattr") is None:
            pytest.skip("running as root, which ignores permission bits, and chattr (e2fsprogs) is missing")
        made = subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True, text=True)
        if made.returncode != 0:
            subprocess.run(["chattr", "-i", *map(str, paths)], capture_output=True)
            pytest.skip(f"running as root, and this file system refuses chattr +i: {made.stderr.strip()}")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", *map(str, paths)], check=True)
    else:
        modes = {p: p.stat().st_mode for p in paths}
        for p in paths:
            p.chmod(modes[p] & ~0o222)
        try:
            yield
        finally:
            for p in reversed(paths):
                p.chmod(modes[p])


def test_a_read_only_output_folder_is_one_sentence_and_status_3(generations: tuple[Path, Path],
                                                               tmp_path: Path) -> None:
    first, _ = generations
    out = tmp_path / "out"
    shutil.copytree(first, out)
    with _make_read_only(out):
        result = _cli(SECOND, out)  # new documents: the tables would change
        said = _one_sentence(result)
        assert str(out) in said
    assert _same_tables(out, first) and not (out / "INCOMPLETE").exists()


@pytest.mark.parametrize("lock_file", [True, False], ids=["lock file", "no lock file"])
def test_a_read_only_output_folder_with_nothing_to_change_is_a_run_that_changes_nothing(
        generations: tuple[Path, Path], tmp_path: Path, lock_file: bool) -> None:
    """A re-run with every document cached and the outputs current writes nothing, so a
    folder that cannot be written must not stop it: no lock file, no SQLite journal."""
    first, _ = generations
    out = tmp_path / "out"
    shutil.copytree(first, out)
    assert not list(out.glob("catalogue.sqlite-*"))  # closed cleanly: no WAL or shared-memory file
    if not lock_file:
        (out / ".crosswalk.lock").unlink()
    with _make_read_only(out):
        result = _cli(FIRST, out)
        said = " ".join((result.stdout + result.stderr).split())
        assert result.returncode == 0, said
        assert "unchanged (nothing new to process)" in said and "Traceback" not in said
    assert _same_tables(out, first) and sorted(p.name for p in out.iterdir()) == sorted(p.name for p in first.iterdir()
                                                                                        if lock_file or p.name != ".crosswalk.lock")


def test_an_output_folder_that_cannot_be_created_is_one_sentence_and_status_3(tmp_path: Path) -> None:
    # /proc and /sys refuse new entries to root too
    target = next((Path(p) for p in ("/proc", "/sys") if Path(p).is_dir()), None)
    if target is None:
        pytest.skip("no /proc or /sys on this system")
    result = _cli(FIRST, target / "crosswalk-out")
    _one_sentence(result)


# --------------------------------------------------------------------- full disk


def _file_size_limit(limit: int) -> Callable[[], None]:
    def limit_writes() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))

    return limit_writes


def test_a_full_disk_leaves_outputs_of_one_generation_or_marked_incomplete(generations: tuple[Path, Path],
                                                                          tmp_path: Path) -> None:
    first, second = generations
    # The catalogue is the largest file a run writes: limits below its final size stop the
    # run at different points, from the first document stored to the last table mirrored.
    largest = max(p.stat().st_size for p in second.rglob("*") if p.is_file())
    stopped_while_writing = 0
    for fraction in (0.01, 0.3, 0.75):
        out = tmp_path / f"out-{fraction}"
        shutil.copytree(first, out)
        result = _cli(SECOND, out, _file_size_limit(int(largest * fraction)))
        said = _one_sentence(result)
        assert "too large" in said.lower() or "disk" in said.lower(), said
        incomplete = (out / "INCOMPLETE").exists()
        assert incomplete or _same_tables(out, first) or _same_tables(out, second), fraction
        assert not list(out.glob(".*.tmp")), "a temporary file survived the failed write"
        stopped_while_writing += incomplete
        # the next run, with room again, writes the second generation whole
        again = _cli(SECOND, out)
        assert again.returncode == 0 and _same_tables(out, second) and not (out / "INCOMPLETE").exists()
    assert stopped_while_writing, "no limit stopped the run while it wrote the tables: the marker went untested"
