"""Profile of one stage's workload: where the time goes, for the stages that miss a target.

`python -m bench --profile text|pdf|align` writes `bench/.cache/profile-<stage>.txt` and
prints the top functions by cumulative and by own time. cProfile by default: spaCy's
Cython modules are built with profiling hooks, so both profilers pay a hook per token
access (inflating token loops several-fold), and pyinstrument then loses the callers
of those frames. `doc_text_cost` therefore costs the main hotspot without a profiler.
`--profiler pyinstrument` (`pip install pyinstrument`) is there for the PDF and
alignment stages.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bench.synth import Builder, Entry

REPO = Path(__file__).resolve().parent.parent


def _short(func: tuple[str, int, str]) -> str:
    path, line, name = func
    if path == "~":
        return name
    for marker in ("/site-packages/", "/lib/python3"):
        if marker in path:
            path = path.split(marker, 1)[1]
            break
    else:
        try:
            path = str(Path(path).resolve().relative_to(REPO))
        except ValueError:
            pass
    return f"{path}:{line}({name})"


def hotspots(profile: cProfile.Profile, top: int = 20) -> tuple[list[tuple[str, float, float, int]], pstats.Stats]:
    """(function, cumulative s, own s, calls), highest cumulative first."""
    stats = pstats.Stats(profile)
    rows = [(_short(func), ct, tt, nc) for func, (_cc, nc, tt, ct, _callers) in stats.stats.items()]  # type: ignore[attr-defined]
    rows.sort(key=lambda r: -r[1])
    return rows[:top], stats


def run_profile(name: str, work: Callable[[], object], cache: Path, top: int = 25, profiler: str = "") -> str:
    if (profiler or "cprofile") == "pyinstrument":
        return _run_pyinstrument(name, work, cache, top)
    return _run_cprofile(name, work, cache, top)


def _run_pyinstrument(name: str, work: Callable[[], object], cache: Path, top: int) -> str:
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.001)
    profiler.start()
    work()
    profiler.stop()
    root = profiler.last_session.root_frame()
    cumulative: dict[str, float] = {}
    own: dict[str, float] = {}

    def walk(frame: object, ancestors: frozenset[str]) -> None:
        key = _frame_key(frame)
        if key not in ancestors:
            cumulative[key] = cumulative.get(key, 0.0) + frame.time  # type: ignore[attr-defined]
        own[key] = own.get(key, 0.0) + sum(c.time for c in frame.children if c.is_synthetic_leaf)  # type: ignore[attr-defined]
        for child in frame.children:  # type: ignore[attr-defined]
            if not child.is_synthetic:
                walk(child, ancestors | {key})

    walk(root, frozenset())
    total = root.time
    lines = [f"profile: {name} (total {total:.2f} s, pyinstrument sampling every 1 ms)", "", "by cumulative time:",
             f"{'cum s':>8} {'own s':>8}  function"]
    lines += [f"{c:8.2f} {own.get(f, 0.0):8.2f}  {f}" for f, c in sorted(cumulative.items(), key=lambda kv: -kv[1])[:top]]
    lines += ["", "by own time:", f"{'own s':>8} {'cum s':>8}  function"]
    lines += [f"{t:8.2f} {cumulative.get(f, 0.0):8.2f}  {f}" for f, t in sorted(own.items(), key=lambda kv: -kv[1])[:top]]
    report = "\n".join(lines)
    tree = profiler.output_text(unicode=False, color=False, show_all=False)
    cache.mkdir(parents=True, exist_ok=True)
    (cache / f"profile-{name}.txt").write_text(report + "\n\n" + tree, encoding="utf-8")
    return report


def _frame_key(frame: object) -> str:
    path = getattr(frame, "file_path", None) or ""
    return _short((path or "~", getattr(frame, "line_no", 0) or 0, getattr(frame, "function", "?")))


def _run_cprofile(name: str, work: Callable[[], object], cache: Path, top: int = 25) -> str:
    profile = cProfile.Profile()
    profile.enable()
    work()
    profile.disable()
    rows, stats = hotspots(profile, 10_000)
    total = max((r[1] for r in rows), default=0.0)
    lines = [f"profile: {name} (total {total:.2f} s under cProfile)", "", "by cumulative time:",
             f"{'cum s':>8} {'own s':>8} {'calls':>9}  function"]
    lines += [f"{c:8.2f} {t:8.2f} {n:9d}  {f}" for f, c, t, n in rows[:top]]
    lines += ["", "by own time:", f"{'own s':>8} {'cum s':>8} {'calls':>9}  function"]
    lines += [f"{t:8.2f} {c:8.2f} {n:9d}  {f}" for f, c, t, n in sorted(rows, key=lambda r: -r[2])[:top]]
    report = "\n".join(lines)
    buffer = io.StringIO()
    stats.stream = buffer  # type: ignore[attr-defined]
    stats.sort_stats("cumulative").print_stats(80)
    cache.mkdir(parents=True, exist_ok=True)
    (cache / f"profile-{name}.txt").write_text(report + "\n\n" + buffer.getvalue(), encoding="utf-8")
    return report


def text_work(builder: Builder, entries: Sequence[Entry]) -> Callable[[], object]:
    from crosswalk.align.batch import align_inspection
    from crosswalk.align.inspections import group_documents
    from crosswalk.extraction.extract import extract_document
    from crosswalk.extraction.nlp import shared_nlp
    from crosswalk.ingest import ingest_bytes

    shared_nlp()
    inputs = [(e, builder.path(e).read_bytes()) for e in entries]
    warm = ingest_bytes(inputs[0][1], "warm", inputs[0][0].path, Path(inputs[0][0].path).suffix)
    extract_document(warm)

    def work() -> None:
        documents, extracted = [], {}
        for entry, data in inputs:
            document = ingest_bytes(data, Path(entry.path).with_suffix("").as_posix(), entry.path,
                                    Path(entry.path).suffix)
            documents.append(document)
            extracted[document.doc_id] = extract_document(document)
        by_id = {d.doc_id: d for d in documents}
        for inspection in group_documents(documents, extracted):
            align_inspection(inspection, [by_id[i] for i in inspection.doc_ids], extracted)

    return work


def batch_align_work(builder: Builder, entries: Sequence[Entry]) -> Callable[[], object]:
    """Alignment over the whole batch (group_documents + align_inspection); the documents
    are ingested and extracted beforehand, outside the profile."""
    from crosswalk.align.batch import align_inspection
    from crosswalk.align.inspections import group_documents
    from crosswalk.extraction.extract import extract_document
    from crosswalk.ingest import ingest_bytes

    documents, extracted = [], {}
    for entry in entries:
        document = ingest_bytes(builder.path(entry).read_bytes(), Path(entry.path).with_suffix("").as_posix(),
                                entry.path, Path(entry.path).suffix)
        documents.append(document)
        extracted[document.doc_id] = extract_document(document)

    def work() -> None:
        by_id = {d.doc_id: d for d in documents}
        for inspection in group_documents(documents, extracted):
            align_inspection(inspection, [by_id[i] for i in inspection.doc_ids], extracted)

    return work


def pdf_work(builder: Builder, entries: Sequence[Entry]) -> Callable[[], object]:
    from crosswalk.ingest.pdf import ingest_pdf

    inputs = [builder.path(e).read_bytes() for e in entries]
    ingest_pdf(inputs[0])

    def work() -> None:
        for data in inputs:
            ingest_pdf(data)

    return work


def align_work(n: int, m: int) -> Callable[[], object]:
    import crosswalk.align.similarity as similarity
    from bench.stages import _clear_string_caches, align_scoring, alignment_strings

    items, passages = alignment_strings(n, m)
    align_scoring(items[:5], passages[:5])

    def work() -> None:
        _clear_string_caches(similarity)
        align_scoring(items, passages)

    return work


# ------------------------------------------------------------ spaCy Doc.text


def _doc_text_lines() -> set[int]:
    """Lines cProfile may report for spaCy's `Doc.text` property (decorator or def)."""
    import spacy.tokens.doc as doc_module

    source = Path(doc_module.__file__).with_name("doc.pyx")
    if not source.is_file():
        return set()
    lines = source.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        if line.strip() == "def text(self):" and lines[number - 2].strip() == "@property":
            return {number - 1, number}
    return set()


def doc_text_cost(builder: Builder, entries: Sequence[Entry]) -> str:
    """How much of extraction is spaCy rebuilding `Doc.text` from its tokens.

    `Doc.text` is not stored: every access joins every token's text (O(tokens)). The
    components read it per item, block and sentence. Counted with cProfile per document
    (calls and callers), then costed without any profiler: calls x one access's time."""
    import timeit

    from crosswalk.extraction.extract import extract_document
    from crosswalk.extraction.nlp import shared_nlp
    from crosswalk.ingest import ingest_bytes

    lines = _doc_text_lines()
    if not lines:
        return "spaCy's doc.pyx is not shipped: Doc.text calls cannot be located"
    nlp = shared_nlp()
    calls_total = 0
    estimated = extract_seconds = 0.0
    callers: dict[str, int] = {}
    for entry in entries:
        data = builder.path(entry).read_bytes()
        document = ingest_bytes(data, "probe", entry.path, Path(entry.path).suffix)
        t0 = time.perf_counter()
        extract_document(document)
        extract_seconds += time.perf_counter() - t0
        profile = cProfile.Profile()
        profile.enable()
        extract_document(document)
        profile.disable()
        stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
        calls = 0
        for func, (_cc, nc, _tt, _ct, who) in stats.items():
            if func[0].endswith("doc.pyx") and func[2] == "__get__" and func[1] in lines:
                calls += nc
                for caller, value in who.items():
                    key = _short(caller)
                    callers[key] = callers.get(key, 0) + (value[1] if isinstance(value, tuple) else value)
        doc = nlp.make_doc(document.text)
        one = min(timeit.repeat(lambda: doc.text, number=3, repeat=3)) / 3  # noqa: B023
        calls_total += calls
        estimated += calls * one
    top = sorted(callers.items(), key=lambda kv: -kv[1])[:12]
    lines_out = [
        f"spaCy Doc.text (rebuilt from every token on each access): {calls_total} accesses over {len(entries)} docs "
        f"({calls_total / len(entries):.0f} per doc)",
        f"  un-profiled cost: about {estimated:.2f} s of {extract_seconds:.2f} s extract_document time "
        f"({100 * estimated / extract_seconds:.0f}%)",
        "  accesses by caller:",
    ]
    lines_out += [f"    {count:7d}  {caller}" for caller, count in top]
    return "\n".join(lines_out)


# ---------------------------------------------------------- per component


def component_times(builder: Builder, entries: Sequence[Entry]) -> str:
    """Without a profiler: ingest_bytes per format, and extraction per spaCy component
    (the components called one by one on the same docs, as Language.__call__ does),
    each against spacy.blank("en") tokenising the same texts."""
    import spacy

    from crosswalk.extraction.nlp import make_doc, shared_nlp
    from crosswalk.ingest import ingest_bytes

    nlp = shared_nlp()
    blank = spacy.blank("en")
    ingest: dict[str, float] = {}
    counts: dict[str, int] = {}
    documents = []
    for entry in entries:
        data = builder.path(entry).read_bytes()
        t0 = time.perf_counter()
        document = ingest_bytes(data, Path(entry.path).with_suffix("").as_posix(), entry.path, Path(entry.path).suffix)
        ingest[entry.fmt] = ingest.get(entry.fmt, 0.0) + time.perf_counter() - t0
        counts[entry.fmt] = counts.get(entry.fmt, 0) + 1
        documents.append(document)
    t0 = time.perf_counter()
    for _ in blank.pipe([d.text for d in documents]):
        pass
    baseline = time.perf_counter() - t0
    components: dict[str, float] = {"make_doc (tokenizer + blocks, meta)": 0.0}
    for document in documents:
        t0 = time.perf_counter()
        doc = make_doc(nlp, document)
        components["make_doc (tokenizer + blocks, meta)"] += time.perf_counter() - t0
        for name, component in nlp.pipeline:
            t0 = time.perf_counter()
            doc = component(doc)
            components[name] = components.get(name, 0.0) + time.perf_counter() - t0
    lines = [f"un-profiled split on {len(entries)} docs; baseline spacy.blank('en').pipe = {baseline:.3f} s",
             f"{'seconds':>9} {'x baseline':>10}  part"]
    for fmt, seconds in sorted(ingest.items(), key=lambda kv: -kv[1]):
        lines.append(f"{seconds:9.3f} {seconds / baseline:10.2f}  ingest_bytes, {fmt} ({counts[fmt]} docs)")
    for name, seconds in sorted(components.items(), key=lambda kv: -kv[1]):
        lines.append(f"{seconds:9.3f} {seconds / baseline:10.2f}  extract: {name}")
    return "\n".join(lines)
