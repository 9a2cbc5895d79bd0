"""The worker pool stops hung documents and survives dying workers."""

from __future__ import annotations

import os
import time

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
