"""Memory child: `python -m bench.memchild LISTING.json [--out DIR] [--manifest CSV] [--jobs N] [--timeout S] [--trace]`
runs the batch runner on the files listed (a JSON list of paths) with one worker (or N), then
prints one JSON line with its peak RSS (self and reaped children, in KB), as a fresh
interpreter sees it. `--manifest` declares which documents belong to which inspection
(`crosswalk run --manifest`).

With `--out DIR` it is the product path, `run_batch(files, DIR, jobs=1)` (what
`crosswalk run --out DIR` does): the catalogue on disk, every table streamed into its
files, its SQL mirror and the report. Without, it is the in-memory API,
`run_batch(files, None, jobs=1)`: an in-memory catalogue and the tables returned as
DataFrames.

The runner's phases are observed from outside (module attributes wrapped, no pipeline
code changed): RSS and high-water mark after processing (the catalogue filled), when
`build` has every document loaded (its call to `group_documents`), after `build` (every
inspection aligned and, with `--out`, its rows stored), and after the outputs are
written. With `--trace`, tracemalloc is started once processing is over (so the worker
is not slowed) and the top allocation sites are reported at those points.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any


def _status_kb(field: str) -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _top(snapshot: Any, limit: int = 12) -> list[str]:
    import tracemalloc

    snapshot = snapshot.filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
    stats = snapshot.statistics("lineno")
    total = sum(s.size for s in stats)
    lines = [f"traced total {total / 2**20:.1f} MB"]
    for stat in stats[:limit]:
        frame = stat.traceback[0]
        lines.append(f"{stat.size / 2**20:8.1f} MB {stat.count:9d} blocks  {frame.filename}:{frame.lineno}")
    return lines


class _Probe:
    """RSS at named points of the run and, with tracing, tracemalloc's peak since the
    point before (the phase's own transient high)."""

    def __init__(self, trace: bool) -> None:
        self.trace = trace
        self.phases: dict[str, dict[str, float]] = {}
        self.traced: dict[str, list[str]] = {}
        self.phase_peak = 0
        self.calls: list[tuple[float, str, int, int]] = []  # (peak MB, inspection, docs, crosswalk rows)

    def start_tracing(self) -> None:
        if self.trace:
            import tracemalloc

            tracemalloc.start()

    def _peak(self) -> int:
        import tracemalloc

        if not tracemalloc.is_tracing():
            return 0
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        self.phase_peak = max(self.phase_peak, peak)
        return peak

    def mark(self, name: str, snapshot: bool = False) -> None:
        self._peak()
        phase: dict[str, float] = {"rss_kb": _status_kb("VmRSS"), "hwm_kb": _status_kb("VmHWM")}
        if self.trace:
            import tracemalloc

            phase["traced_mb"] = tracemalloc.get_traced_memory()[0] / 2**20 if tracemalloc.is_tracing() else 0.0
            phase["traced_peak_mb"] = self.phase_peak / 2**20
            if snapshot and tracemalloc.is_tracing():
                self.traced[name] = _top(tracemalloc.take_snapshot())
        self.phases[name] = phase
        self.phase_peak = 0

    def around_call(self, label: str, docs: int, call: Any) -> Any:
        """Run `call`, recording its own traced peak (kept in the phase peak too)."""
        if not self.trace:
            return call()
        import tracemalloc

        self._peak()
        base = tracemalloc.get_traced_memory()[0]
        result = call()
        peak = tracemalloc.get_traced_memory()[1]
        self._peak()
        rows = len(result.get("crosswalk", ())) if isinstance(result, dict) else 0
        self.calls.append(((peak - base) / 2**20, label, docs, rows))
        return result


def main(argv: list[str]) -> int:
    trace = "--trace" in argv
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else None
    manifest = Path(argv[argv.index("--manifest") + 1]) if "--manifest" in argv else None
    jobs = int(argv[argv.index("--jobs") + 1]) if "--jobs" in argv else 1
    timeout = float(argv[argv.index("--timeout") + 1]) if "--timeout" in argv else None
    paths = [Path(p) for p in json.loads(Path(argv[0]).read_text(encoding="utf-8"))]
    import crosswalk.batch.runner as runner
    import crosswalk.batch.build_tables as tables

    probe = _Probe(trace)
    process, write_outputs = runner._process, runner._write_outputs
    build, group_documents, align_inspection = tables.build, tables.group_documents, tables.align_inspection

    def watched_process(*args: Any, **kwargs: Any) -> Any:
        result = process(*args, **kwargs)
        probe.mark("after_process")
        probe.start_tracing()  # after the worker is gone: tracing does not slow processing
        return result

    def watched_group(*args: Any, **kwargs: Any) -> Any:
        probe.mark("tables_loaded", snapshot=True)
        result = group_documents(*args, **kwargs)
        probe.mark("after_group_documents")
        return result

    def watched_align(inspection: Any, members: Any, *args: Any, **kwargs: Any) -> Any:
        return probe.around_call(inspection.key, len(members), lambda: align_inspection(inspection, members, *args, **kwargs))

    def watched_build(*args: Any, **kwargs: Any) -> Any:
        result = build(*args, **kwargs)
        probe.mark("after_build", snapshot=True)  # peak here: alignments, stored rows, DataFrames if kept
        return result

    def watched_write(*args: Any, **kwargs: Any) -> Any:
        result = write_outputs(*args, **kwargs)
        probe.mark("after_write", snapshot=True)  # peak here: the streamed tables and report
        return result

    from crosswalk.batch.catalogue import Catalogue

    put_alignment = Catalogue.put_alignment
    stored = {"payload_bytes": 0, "largest": 0}

    def watched_put_alignment(self: Catalogue, key: str, signature: str, tables: dict[str, list[list[Any]]]) -> None:
        size = len(json.dumps(tables)) if trace else 0  # about what the catalogue serialises
        stored["payload_bytes"] += size
        stored["largest"] = max(stored["largest"], size)
        put_alignment(self, key, signature, tables)

    runner._process, runner._write_outputs = watched_process, watched_write
    tables.build, tables.group_documents, tables.align_inspection = watched_build, watched_group, watched_align
    if trace:
        Catalogue.put_alignment = watched_put_alignment  # type: ignore[method-assign]
    from crosswalk.batch.work import Limits

    limits = Limits(seconds=timeout) if timeout else Limits()
    startup = _status_kb("VmRSS")
    t0 = time.perf_counter()
    summary = runner.run_batch(paths, out, jobs=jobs, manifest=manifest, limits=limits)
    seconds = time.perf_counter() - t0
    probe.mark("end")
    if probe.calls:
        top = sorted(probe.calls, reverse=True)[:5]
        probe.traced["align_inspection (largest transient peaks)"] = [
            f"{mb:8.1f} MB  {label[:50]} ({docs} docs, {rows} crosswalk rows)" for mb, label, docs, rows in top
        ] + [f"{len(probe.calls)} inspections aligned; crosswalk rows in all: {sum(c[3] for c in probe.calls)}"]
        if out is not None:
            probe.traced["align_inspection (largest transient peaks)"].append(
                f"alignment rows stored in the catalogue as JSON: {stored['payload_bytes'] / 2**20:.1f} MB in all, "
                f"largest inspection {stored['largest'] / 2**20:.1f} MB")
    print(json.dumps({
        "documents": summary.documents,
        "processed": summary.processed,
        "errors": summary.errors,
        "seconds": seconds,
        "startup_kb": startup,
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork + execve, so a child
        # started by a big process reports the launcher's peak instead of its own.
        "self_kb": _status_kb("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "ru_maxrss_self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "children_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        "hwm_kb": _status_kb("VmHWM"),
        "phases": probe.phases,
        "traced": probe.traced,
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
