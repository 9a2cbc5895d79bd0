"""The worker pool stops hung documents and survives dying workers."""

from __future__ import annotations

import os
import time

import pytest

from crosswalk.batch.pool import Failure, run_tasks


def work(task: str) -> str:
    if task == "hang":
        time.sleep(60)
    if task == "die":
        os._exit(3)
    return task.upper()


def test_hung_and_dying_tasks_become_failures_and_the_rest_finish() -> None:
    started = time.monotonic()
    results = dict(run_tasks(work, ["a", "hang", "b", "die", "c"], jobs=2, time_limit=1.0))
    assert {k: v for k, v in results.items() if not isinstance(v, Failure)} == {"a": "A", "b": "B", "c": "C"}
    assert (results["hang"].kind, results["die"].kind) == ("timeout", "worker_died")
    assert time.monotonic() - started < 20


def pid(task: int) -> int:
    return os.getpid()


def test_a_worker_is_replaced_after_its_share_of_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a long-lived worker accumulates must not grow with the batch: after
    TASKS_PER_WORKER tasks a fresh fork takes over, and every task still gets its result."""
    import crosswalk.batch.pool as pool

    monkeypatch.setattr(pool, "TASKS_PER_WORKER", 3)
    results = list(run_tasks(pid, list(range(10)), jobs=1, time_limit=None))
    assert sorted(task for task, _ in results) == list(range(10))
    pids = [worker for _, worker in sorted(results)]
    assert len(set(pids)) == 4 and all(not isinstance(p, Failure) for p in pids)
    assert pids == sorted(pids, key=pids.index)  # one worker after the other, three tasks each
    assert [pids.count(p) for p in dict.fromkeys(pids)] == [3, 3, 3, 1]


def burn(seconds: float) -> float:
    """Use `seconds` of this process's CPU time."""
    start = time.process_time()
    while time.process_time() - start < seconds:
        pass
    return seconds


def spin_forever(_: object) -> None:
    while True:
        pass


def test_the_limit_is_cpu_time_so_a_loaded_machine_does_not_stop_a_document() -> None:
    """Other processes hogging every core (a loaded machine, other jobs) stretch a task's
    wall time past the limit; its CPU time stays under it, and it finishes."""
    import multiprocessing as mp

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    hogs = [mp.get_context("fork").Process(target=spin_forever, args=(None,), daemon=True) for _ in range(3 * cores)]
    for hog in hogs:
        hog.start()
    try:
        started = time.monotonic()
        results = dict(run_tasks(burn, [0.6, 0.61, 0.62], jobs=1, time_limit=1.0))
        wall = time.monotonic() - started
    finally:
        for hog in hogs:
            hog.kill()
            hog.join()
    assert results == {0.6: 0.6, 0.61: 0.61, 0.62: 0.62}
    assert wall > 3 * 1.0  # each task took longer than the limit in wall time


def test_a_task_that_spins_is_stopped_after_its_cpu_seconds() -> None:
    started = time.monotonic()
    results = dict(run_tasks(spin_forever, ["spin"], jobs=1, time_limit=1.0))
    assert isinstance(results["spin"], Failure) and results["spin"].kind == "timeout"
    assert time.monotonic() - started < 30
