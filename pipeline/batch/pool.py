"""Process documents in worker processes, each with a time limit.

concurrent.futures cannot stop a task that hangs inside a parser, so this small pool
keeps one pipe per worker: a document that runs past the limit has its worker killed
and replaced, and comes back as a `timeout` error. The limit is CPU time, the worker's
own since the task began (read from /proc): wall time made a loaded machine (or more
jobs than cores) stop documents that would finish, and a 10 MB text timed out under a
load of 15 on 2 cores after 7 s of CPU. A task that uses no CPU at all for as long as
the limit (blocked, asleep) is stopped too; where /proc is missing, wall time is used,
scaled to the jobs that share each core; a worker that dies (a parser
crash, the memory killer) gives a `worker_died` error for the document it held. Either
way the batch goes on. Workers are forked after the spaCy pipeline is built, so each
starts with it in memory instead of loading its own. A worker is replaced by a fresh
fork after `TASKS_PER_WORKER` documents: what a long-lived worker accumulates (spaCy's
string store keeps every new token, allocator fragmentation) made its peak grow with
the batch (1.39x from 1,000 to 10,000 documents).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Generic, TypeVar

from crosswalk.errors import ErrorType

POLL_SECONDS = 1.0  # how often CPU time is read while tasks run
TASKS_PER_WORKER = 250  # a fork costs milliseconds; 250 documents take a worker minutes
T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Failure:
    """A task the pool could not finish: `kind` is timeout or worker_died."""

    kind: ErrorType
    message: str


def _worker(conn: Connection, function: Callable[[Any], Any]) -> None:
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        conn.send(function(task))


@dataclass
class _Slot(Generic[T]):
    process: mp.process.BaseProcess
    conn: Connection
    task: T | None = None
    started: float = 0.0
    done: int = 0  # tasks this worker has finished
    cpu_start: float | None = None  # the worker's CPU seconds when its task began
    cpu_seen: float = 0.0  # ... when last read
    progressed: float = 0.0  # when the worker's CPU time last grew

    def begin(self, task: T) -> None:
        self.task, self.started = task, time.monotonic()
        self.cpu_start = _cpu_seconds(self.process.pid)
        self.cpu_seen, self.progressed = self.cpu_start or 0.0, self.started

    def over(self, limit: float, wall_limit: float) -> bool:
        """Whether the task has used more than `limit` CPU seconds, or none for `limit`
        seconds; past `wall_limit` of wall time where CPU time cannot be read."""
        now = time.monotonic()
        cpu = _cpu_seconds(self.process.pid)
        if cpu is None or self.cpu_start is None:
            return now - self.started > wall_limit
        if cpu > self.cpu_seen:
            self.cpu_seen, self.progressed = cpu, now
        return cpu - self.cpu_start > limit or now - self.progressed > limit


def _cpu_seconds(pid: int | None) -> float | None:
    """User and system CPU seconds of a process (Linux), None where they cannot be read."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def run_tasks(
    function: Callable[[T], R], tasks: Iterable[T], jobs: int, time_limit: float | None
) -> Iterator[tuple[T, R | Failure]]:
    """Yield (task, result or Failure) as tasks finish, in completion order; a task past
    `time_limit` CPU seconds (see the module's docstring) is a Failure.

    `function` must catch its own exceptions; the pool only handles hangs and deaths.
    """
    pending = list(tasks)
    pending.reverse()
    if not pending:
        return
    context = mp.get_context("fork")
    slots: list[_Slot[T]] = []
    wall_limit = None if time_limit is None else time_limit * max(1.0, jobs / (os.cpu_count() or 1))

    def start() -> _Slot[T]:
        parent, child = context.Pipe()
        process = context.Process(target=_worker, args=(child, function), daemon=True)
        process.start()
        child.close()
        return _Slot(process, parent)

    try:
        for _ in range(max(1, min(jobs, len(pending)))):
            slots.append(start())
        while pending or any(s.task is not None for s in slots):
            for slot in slots:
                if slot.task is None and pending:
                    slot.begin(pending.pop())
                    slot.conn.send(slot.task)
            busy = [s for s in slots if s.task is not None]
            timeout = None if time_limit is None else min(POLL_SECONDS, time_limit)
            ready = wait([s.conn for s in busy] + [s.process.sentinel for s in busy], timeout)
            for index, slot in enumerate(slots):
                if slot.task is None:
                    continue
                task = slot.task
                if slot.conn in ready and slot.conn.poll():
                    try:
                        result = slot.conn.recv()
                    except (EOFError, OSError):
                        result = Failure(ErrorType.WORKER_DIED, "the worker process ended without a result")
                    slot.task = None
                    slot.done += 1
                    yield task, result
                    if isinstance(result, Failure):
                        slots[index] = _replace(slot, start)
                    elif slot.done >= TASKS_PER_WORKER and pending:
                        _stop(slot)
                        slots[index] = start()
                elif slot.process.sentinel in ready or not slot.process.is_alive():
                    code = slot.process.exitcode
                    slots[index] = _replace(slot, start)
                    yield task, Failure(ErrorType.WORKER_DIED, f"the worker process died (exit code {code})")
                elif time_limit is not None and wall_limit is not None and slot.over(time_limit, wall_limit):
                    slots[index] = _replace(slot, start)
                    yield task, Failure(ErrorType.TIMEOUT, f"processing took more than {time_limit:g} s of CPU time, "
                                                           "or was blocked that long")
    finally:
        for slot in slots:
            _stop(slot)


def _replace(slot: _Slot[T], start: Callable[[], _Slot[T]]) -> _Slot[T]:
    _stop(slot, kill=True)
    return start()


def _stop(slot: _Slot[T], kill: bool = False) -> None:
    try:
        if not kill and slot.process.is_alive():
            slot.conn.send(None)
            slot.process.join(timeout=2)
    except (BrokenPipeError, OSError):
        pass
    if slot.process.is_alive():
        slot.process.kill()
        slot.process.join(timeout=2)
    slot.conn.close()


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
