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
    pool = _Pool(function, time_limit, _wall_limit(time_limit, jobs))
    try:
        pool.open(max(1, min(jobs, len(pending))))
        while pending or pool.busy():
            pool.hand_out(pending)
            yield from pool.collect(pool.ready(), pending)
    finally:
        pool.close()


def _wall_limit(time_limit: float | None, jobs: int) -> float | None:
    """The wall-time limit used where a worker's CPU time cannot be read: more jobs than
    cores share each core, so each task gets that many times the CPU limit."""
    return None if time_limit is None else time_limit * max(1.0, jobs / (os.cpu_count() or 1))


class _Pool(Generic[T, R]):
    """The workers of one `run_tasks` call, a slot each, and the limits they run under.

    One object holds what each step of the loop needs (the slots, the fork context, the
    limits), so that handing out tasks, waiting and collecting outcomes are each a step
    of their own.
    """

    def __init__(self, function: Callable[[T], R], time_limit: float | None, wall_limit: float | None) -> None:
        self.context = mp.get_context("fork")
        self.function = function
        self.time_limit, self.wall_limit = time_limit, wall_limit
        self.slots: list[_Slot[T]] = []

    def open(self, workers: int) -> None:
        """Fork the workers: no more than there are tasks, at least one."""
        for _ in range(workers):
            self.slots.append(self._start())

    def _start(self) -> _Slot[T]:
        """A fresh worker, forked so it starts with the spaCy pipeline already in memory."""
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_worker, args=(child, self.function), daemon=True)
        process.start()
        child.close()
        return _Slot(process, parent)

    def busy(self) -> bool:
        """Whether a worker still holds a task: the loop runs until every result is in."""
        return any(s.task is not None for s in self.slots)

    def hand_out(self, pending: list[T]) -> None:
        """Give each idle worker the next task (`pending` is in reverse order, so pop)."""
        for slot in self.slots:
            if slot.task is None and pending:
                slot.begin(pending.pop())
                slot.conn.send(slot.task)

    def ready(self) -> list[Any]:
        """Wait for a busy worker's result or death; with a time limit, wake at least
        every POLL_SECONDS so CPU time is read while nothing else happens."""
        busy = [s for s in self.slots if s.task is not None]
        timeout = None if self.time_limit is None else min(POLL_SECONDS, self.time_limit)
        return wait([s.conn for s in busy] + [s.process.sentinel for s in busy], timeout)

    def collect(self, ready: list[Any], pending: list[T]) -> Iterator[tuple[T, R | Failure]]:
        """Each busy worker's outcome this round: its result, its death or its overrun.
        A worker that failed is replaced by a fresh fork; so is one that has done its
        share of tasks while more are pending."""
        for index, slot in enumerate(self.slots):
            if slot.task is None:
                continue
            task = slot.task
            if slot.conn in ready and slot.conn.poll():
                result = _receive(slot)
                slot.task = None
                slot.done += 1
                yield task, result
                if isinstance(result, Failure) or (slot.done >= TASKS_PER_WORKER and pending):
                    self._replace(index, kill=isinstance(result, Failure))
            elif slot.process.sentinel in ready or not slot.process.is_alive():
                code = slot.process.exitcode
                self._replace(index)
                yield task, Failure(ErrorType.WORKER_DIED, f"the worker process died (exit code {code})")
            elif self._overran(slot):
                self._replace(index)
                yield task, Failure(ErrorType.TIMEOUT, f"processing took more than {self.time_limit:g} s of CPU time, "
                                                       "or was blocked that long")

    def _overran(self, slot: _Slot[T]) -> bool:
        """Whether the worker's task is past the limit (never, without a limit)."""
        return (self.time_limit is not None and self.wall_limit is not None
                and slot.over(self.time_limit, self.wall_limit))

    def _replace(self, index: int, kill: bool = True) -> None:
        """Stop the worker in slot `index` (killed: its task hung or it failed) and fork
        a fresh one in its place."""
        _stop(self.slots[index], kill=kill)
        self.slots[index] = self._start()

    def close(self) -> None:
        """Stop every worker, however the loop ended (a consumer may stop reading early)."""
        for slot in self.slots:
            _stop(slot)


def _receive(slot: _Slot[T]) -> Any:
    """The worker's result, or a Failure when the pipe broke before it came."""
    try:
        return slot.conn.recv()
    except (EOFError, OSError):
        return Failure(ErrorType.WORKER_DIED, "the worker process ended without a result")


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
