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
