"""The benchmark stages. Each returns `Result` rows; every timed figure has its baseline
measured in the same process, on the same inputs, interleaved with it where possible
(chunk by chunk or document by document) so that machine noise hits both sides alike."""

from __future__ import annotations

import csv
import gc
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from bench.results import Result
from bench.synth import CORPUS, REGION_RE, SEED, Builder, Entry, force_areas, samples, sample_text

REPO = Path(__file__).resolve().parent.parent
perf = time.perf_counter

TEXT_TARGET = 2.0
PDF_TARGET = 3.0
ALIGN_TARGET_SECONDS = 2.0
MEMORY_TARGET = 1.5
MEMORY_SCALE_TARGET = 1.3
LONG_TIMEOUT = 3600.0  # long_document measures memory: a loaded machine must not stop the long text
INCREMENTAL_TARGET = 0.1
ALIGN_SKIP_SECONDS = 60.0


def _chunks(seq: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(seq), size):
        yield seq[start : start + size]


def doc_id(entry: Entry) -> str:
    return Path(entry.path).with_suffix("").as_posix()


# ---------------------------------------------------------------- text pipeline


def text_pipeline(builder: Builder, entries: Sequence[Entry], chunk: int = 50) -> list[Result]:
    """ingest_bytes + extract_document per document, then alignment over the batch, vs
    spacy.blank("en") tokenising the same normalised texts with nlp.pipe.

    The two sides alternate chunk by chunk; models are built and every format's parser
    is warmed up before the clock starts (the runner also builds the model up front)."""
    import spacy

    from crosswalk.align.batch import align_inspection
    from crosswalk.align.inspections import group_documents
    from crosswalk.extraction.extract import extract_document
    from crosswalk.extraction.nlp import shared_nlp
    from crosswalk.ingest import ingest_bytes

    stage = "text_pipeline"
    inputs = [(e, builder.path(e).read_bytes()) for e in entries]
    shared_nlp()
    blank = spacy.blank("en")
    for fmt in ("txt", "html0", "html1"):  # warm-up: lazy imports, regex compilation, caches of patterns
        first = next(((e, d) for e, d in inputs if e.fmt == fmt), None)
        if first:
            warm = ingest_bytes(first[1], "warm-up", first[0].path, Path(first[0].path).suffix)
            extract_document(warm)
            list(blank.pipe([warm.text]))

    t_ingest = t_extract = t_base = 0.0
    documents, extracted, chars = [], {}, 0
    gc.collect()
    for part in _chunks(inputs, chunk):
        texts = []
        for entry, data in part:
            t0 = perf()
            document = ingest_bytes(data, doc_id(entry), entry.path, Path(entry.path).suffix)
            t1 = perf()
            result = extract_document(document)
            t2 = perf()
            t_ingest += t1 - t0
            t_extract += t2 - t1
            documents.append(document)
            extracted[document.doc_id] = result
            texts.append(document.text)
        chars += sum(map(len, texts))
        t0 = perf()
        for _ in blank.pipe(texts):
            pass
        t_base += perf() - t0

    t0 = perf()
    groups = group_documents(documents, extracted)
    t1 = perf()
    by_id = {d.doc_id: d for d in documents}
    rows = 0
    per_group = []
    for inspection in groups:
        g0 = perf()
        payload = align_inspection(inspection, [by_id[i] for i in inspection.doc_ids], extracted)
        per_group.append((perf() - g0, inspection, len(payload["register"]), len(payload["crosswalk"])))
        rows += len(payload["crosswalk"])
    t2 = perf()
    t_group, t_align = t1 - t0, t2 - t1
    slowest = max(per_group, key=lambda g: g[0])
    largest = max(len(g.doc_ids) for g in groups)

    n = len(inputs)
    total = t_ingest + t_extract + t_group + t_align
    formats = {f: sum(1 for e in entries if e.fmt == f) for f in ("txt", "html0", "html1")}
    note = (f"{n} docs ({formats['txt']} text, {formats['html0']} HTML v0, {formats['html1']} HTML v1), "
            f"{chars / n / 1000:.1f} k chars/doc, {len(groups)} inspections (largest: {largest} docs), {rows} crosswalk "
            f"rows; slowest inspection to align: {slowest[1].key[:40]} ({len(slowest[1].doc_ids)} docs, register of "
            f"{slowest[2]} items, {slowest[3]} rows, {slowest[0]:.2f} s)")
    return [
        Result.timed(stage, "seconds (ingest+extract+align)", total, t_base, TEXT_TARGET, note),
        Result(stage, "docs/s", n / total, n / t_base),
        Result.timed(stage, "  ingest_bytes seconds", t_ingest, t_base),
        Result.timed(stage, "  extract_document seconds", t_extract, t_base),
        Result.timed(stage, "  align: group_documents seconds", t_group, t_base),
        Result.timed(stage, "  align: align_inspection seconds", t_align, t_base),
    ]


# ----------------------------------------------------------------------- PDF


def _baseline_pdf(data: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        count = len(doc)
        for index in range(count):
            page = doc[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        return count
    finally:
        doc.close()


def _baseline_pdf_pages(data: bytes) -> tuple[list[float], float]:
    """Per-page seconds of the baseline, and the document-level rest (open, close)."""
    import pypdfium2 as pdfium

    t0 = perf()
    doc = pdfium.PdfDocument(data)
    pages = []
    for index in range(len(doc)):
        p0 = perf()
        page = doc[index]
        textpage = page.get_textpage()
        textpage.get_text_range()
        textpage.close()
        page.close()
        pages.append(perf() - p0)
    doc.close()
    return pages, perf() - t0 - sum(pages)


def pdf_ingest(builder: Builder, entries: Sequence[Entry]) -> list[Result]:
    """ingest_pdf vs pypdfium2's raw text, document by document, alternating which goes first."""
    import crosswalk.ingest.pdf as pdf_module
    from crosswalk.ingest.pdf import ingest_pdf

    stage = "pdf_ingest"
    inputs = [(e, builder.path(e).read_bytes()) for e in entries]
    warm = next((d for e, d in inputs if e.table_pages), inputs[0][1])
    ingest_pdf(warm)  # opens pdfplumber once: imports and font caches
    _baseline_pdf(warm)

    pipe = {True: 0.0, False: 0.0}  # has a table page -> seconds
    base = {True: 0.0, False: 0.0}
    pages = {True: 0, False: 0}
    gc.collect()
    for i, (entry, data) in enumerate(inputs):
        has_table = bool(entry.table_pages)
        order = (0, 1) if i % 2 == 0 else (1, 0)
        for side in order:
            t0 = perf()
            if side == 0:
                _baseline_pdf(data)
                base[has_table] += perf() - t0
            else:
                ingest_pdf(data)
                pipe[has_table] += perf() - t0
        pages[has_table] += entry.pages

    n_pages = pages[True] + pages[False]
    n_table_pages = sum(len(e.table_pages) for e in entries)
    t_pipe, t_base = pipe[True] + pipe[False], base[True] + base[False]
    results = [
        Result.timed(stage, "seconds (ingest_pdf)", t_pipe, t_base, PDF_TARGET,
                     f"{len(inputs)} PDFs, {n_pages} pages ({n_table_pages} with a ruled table), "
                     f"{min(e.pages for e in entries)}-{max(e.pages for e in entries)} pages each"),
        Result(stage, "pages/s", n_pages / t_pipe, n_pages / t_base),
    ]
    if pages[True] and pages[False]:
        results.append(Result.timed(stage, f"  docs with a table ({sum(1 for e in entries if e.table_pages)}) seconds",
                                    pipe[True], base[True]))
        results.append(Result.timed(stage, f"  docs without a table ({sum(1 for e in entries if not e.table_pages)}) "
                                    "seconds", pipe[False], base[False]))

    # Per page, on the documents that hold a table (table and plain pages side by side):
    # time each `_read_page` call of the ingestor and each page of the baseline.
    tabled = [(e, d) for e, d in inputs if e.table_pages]
    if tabled:
        results.extend(_pdf_page_split(pdf_module, tabled))
    return results


def _pdf_page_split(pdf_module: Any, tabled: Sequence[tuple[Entry, bytes]]) -> list[Result]:
    stage = "pdf_ingest"
    original = pdf_module._read_page
    calls: list[tuple[int, float]] = []

    def timed_read_page(doc: Any, index: int, *args: Any) -> Any:
        t0 = perf()
        try:
            return original(doc, index, *args)
        finally:
            calls.append((index, perf() - t0))

    pipe_page = {True: 0.0, False: 0.0}
    base_page = {True: 0.0, False: 0.0}
    count = {True: 0, False: 0}
    pipe_doc = base_doc = 0.0
    n_pages = 0
    pdf_module._read_page = timed_read_page
    try:
        for entry, data in tabled:
            table = set(entry.table_pages)
            calls.clear()
            t0 = perf()
            pdf_module.ingest_pdf(data)
            total = perf() - t0
            for index, seconds in calls:
                pipe_page[index in table] += seconds
            pipe_doc += total - sum(s for _, s in calls)
            per_page, rest = _baseline_pdf_pages(data)
            for index, seconds in enumerate(per_page):
                base_page[index in table] += seconds
                count[index in table] += 1
            base_doc += rest
            n_pages += len(per_page)
    finally:
        pdf_module._read_page = original
    out = []
    for is_table, label in ((True, "table pages"), (False, "plain pages")):
        if count[is_table]:
            out.append(Result.timed(stage, f"  ms/page, {label} ({count[is_table]}), page read only",
                                    1000 * pipe_page[is_table] / count[is_table],
                                    1000 * base_page[is_table] / count[is_table]))
    base_all = sum(base_page.values()) + base_doc
    out.append(Result.timed(stage, "  ms/page, document-level (chrome, grouping) vs baseline all-in",
                            1000 * pipe_doc / n_pages, 1000 * base_all / n_pages,
                            note="page split measured on the documents that hold a table, with _read_page wrapped "
                                 "by a timer; document-level = ingest_pdf minus its _read_page calls, against the "
                                 "baseline's whole cost per page"))
    return out


REAL_PDFS = REPO / "corpus" / "realpdf"


def real_pdf_ingest(folder: Path = REAL_PDFS, rounds: int = 3) -> list[Result]:
    """ingest_pdf vs pypdfium2's raw text on the real published PDFs (corpus/realpdf):
    browser-printed GOV.UK pages with decorative rules on every page, a briefing paper
    with footnotes and a ruled appendix, Ofsted reports, coroners' forms laid out as grids.
    Document by document, alternating which side goes first, `rounds` times over."""
    from crosswalk.ingest.pdf import ingest_pdf

    stage = "pdf_real"
    inputs = [(path.stem, path.read_bytes()) for path in sorted(folder.glob("*.pdf"))]
    if not inputs:
        return []
    ingest_pdf(inputs[0][1])  # imports and caches, as in pdf_ingest
    _baseline_pdf(inputs[0][1])
    pipe: dict[str, float] = {name: 0.0 for name, _ in inputs}
    base: dict[str, float] = {name: 0.0 for name, _ in inputs}
    pages = 0
    gc.collect()
    for r in range(rounds):
        for i, (name, data) in enumerate(inputs):
            for side in ((0, 1) if (i + r) % 2 == 0 else (1, 0)):
                t0 = perf()
                if side == 0:
                    _baseline_pdf(data)
                    base[name] += perf() - t0
                else:
                    extraction = ingest_pdf(data)
                    pipe[name] += perf() - t0
                    pages += extraction.pages if r == 0 else 0
    t_pipe, t_base = sum(pipe.values()) / rounds, sum(base.values()) / rounds
    worst = max(pipe, key=lambda name: pipe[name] / base[name])
    return [
        Result.timed(stage, "seconds (ingest_pdf)", t_pipe, t_base, PDF_TARGET,
                     f"{len(inputs)} real published PDFs in corpus/realpdf, {pages} pages, mean of {rounds} rounds"),
        Result(stage, "pages/s", pages / t_pipe, pages / t_base),
        Result.timed(stage, f"  slowest document ({worst}) seconds", pipe[worst] / rounds, base[worst] / rounds),
    ]


# ------------------------------------------------------------------ alignment


SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def corpus_strings() -> tuple[list[str], list[str]]:
    """Sentences and paragraphs of the samples (no monitoring markup, no short lines)."""
    sentences: list[str] = []
    paragraphs: list[str] = []
    for stem in samples():
        for line in sample_text(stem).splitlines():
            line = line.strip(" \t•-")
            if "[" in line or len(line) < 40:
                continue
            if len(line) >= 120:
                paragraphs.append(line)
            sentences.extend(s for s in SENTENCE_RE.split(line) if 40 <= len(s) <= 400)
    return sorted(set(sentences)), sorted(set(paragraphs))


def alignment_strings(n_items: int, n_passages: int, seed: int = SEED) -> tuple[list[str], list[str]]:
    """Distinct item texts ("X should ..." and plain sentences) and passages (a paragraph,
    or a run of its sentences, as long as the samples' paragraphs: about 300 characters),
    with force areas substituted at random."""
    sentences, paragraphs = corpus_strings()
    areas = force_areas()
    rng = random.Random(f"{seed}:align")

    def swap_forces(text: str) -> str:
        return REGION_RE.sub(lambda _m: rng.choice(areas), text)

    items: list[str] = []
    seen: set[str] = set()
    while len(items) < n_items:
        sentence = swap_forces(rng.choice(sentences))
        if rng.random() < 0.5:
            text = f"{rng.choice(areas)} Police should {sentence[:1].lower()}{sentence[1:]}"
        else:
            text = sentence
        if text in seen:
            text = f"{text.rstrip('.')} in {rng.choice(areas)}."
        if text not in seen:
            seen.add(text)
            items.append(text)
    passages: list[str] = []
    seen = set()
    split = [SENTENCE_RE.split(p) for p in paragraphs]
    while len(passages) < n_passages:
        parts = rng.choice(split)
        if rng.random() < 0.5 and len(parts) > 1:  # a run of the paragraph's sentences
            start = rng.randrange(len(parts))
            parts = parts[start : start + rng.randint(1, len(parts) - start)]
        text = swap_forces(" ".join(parts))
        if text in seen:
            text = f"{text} {swap_forces(rng.choice(sentences))}"
        if text not in seen:
            seen.add(text)
            passages.append(text)
    return items, passages


def _clear_string_caches(module: Any) -> None:
    """Clear the module's per-string lru caches (not the one-slot table loaders)."""
    for value in vars(module).values():
        info = getattr(value, "cache_info", None)
        if info is not None and (info().maxsize is None or info().maxsize > 1):
            value.cache_clear()


def best_passages(items: Sequence[str], bags: Sequence[frozenset[str]]) -> list[tuple[int, float]]:
    """For each item, the (shared stems, share) of the passage holding the largest share of
    its topic stems: the aligner's own scoring (`Coverage` of every item against every
    passage's `core_words`, as its topic sentences and similarity suggestions score them)."""
    from crosswalk.align.similarity import Coverage

    return [best[1] if best is not None else (0, 0.0) for best in Coverage(items, bags).best()]


def align_scoring(items: Sequence[str], passages: Sequence[str]) -> tuple[float, float]:
    """Seconds of the aligner's scoring of items x passages from raw text (every passage's
    `core_words`, then `best_passages`), and of the same `best_passages` again on the
    stems so found: the matching alone, normalisation done and cached."""
    from crosswalk.align.similarity import core_words

    gc.collect()
    gc.disable()  # a collection falling in one run and not the other would outweigh the normalisation
    try:
        t0 = perf()
        bags = [core_words(passage) for passage in passages]
        first = best_passages(items, bags)
        total = perf() - t0
        t0 = perf()
        again = best_passages(items, bags)
        matching = perf() - t0
    finally:
        gc.enable()
    assert again == first
    return total, matching


def alignment_scaling(sizes: Sequence[int], skip_seconds: float = ALIGN_SKIP_SECONDS) -> list[Result]:
    """The aligner's scoring (`align_scoring`) of N items x M passages for every N x M, with
    the similarity module's string caches cleared before each run so that every
    configuration normalises its strings afresh. Baseline = the matching itself (the
    same scoring on the stems already found); value - baseline = normalisation (cores,
    lemmas, topic stems)."""
    import crosswalk.align.similarity as similarity

    stage = "alignment"
    largest = max(sizes)
    items, passages = alignment_strings(largest, largest)
    align_scoring(items[:10], passages[:10])  # warm-up: lemma table, synonyms, generic words
    results: list[Result] = []
    timings: dict[tuple[int, int], float] = {}
    for n in sizes:
        for m in sizes:
            estimate = _estimate(timings, n, m)
            if estimate is not None and estimate > skip_seconds:
                results.append(Result(stage, f"{n:,} x {m:,} seconds", None,
                                      note=f"skipped: estimated {estimate:.0f} s from the smaller runs "
                                           f"(over the {skip_seconds:.0f} s budget)"))
                continue
            repeats = 3 if (estimate or 0) < 1.0 else 1
            best_total = best_matching = float("inf")
            for _ in range(repeats):
                _clear_string_caches(similarity)
                total, matching = align_scoring(items[:n], passages[:m])
                best_total, best_matching = min(best_total, total), min(best_matching, matching)
            timings[(n, m)] = best_total
            target = ALIGN_TARGET_SECONDS if (n, m) == (1_000, 10_000) else None
            rest = best_total - best_matching
            note = (f"normalisation {rest:.3f} s ({100 * rest / best_total:.0f}%), "
                    f"matching {best_matching:.3f} s ({100 * best_matching / best_total:.0f}%)")
            results.append(Result(stage, f"{n:,} x {m:,} seconds", best_total, best_matching,
                                  best_total / best_matching, f"value < {target:g} s" if target else "",
                                  (best_total < target) if target else None, note))
    _clear_string_caches(similarity)
    return results


def _estimate(timings: dict[tuple[int, int], float], n: int, m: int) -> float | None:
    """Scale the largest measured configuration linearly in n x m (the matching dominates)."""
    known = [(a, b, t) for (a, b), t in timings.items() if a <= n and b <= m]
    if not known:
        return None
    a, b, t = max(known, key=lambda k: k[0] * k[1])
    return t * (n * m) / (a * b)


# --------------------------------------------------------------------- memory


Run = tuple[int, bool]  # (documents, with an output folder)


def memory_children(builder: Builder, runs: Sequence[Run], entries: Sequence[Entry],
                    trace: bool = False, groups: bool = False, jobs: int = 1) -> dict[Run, dict[str, Any]]:
    """Run `bench.memchild` once per (count, with an output folder), all at the same
    time; their JSON reports. `groups`: a manifest declares each synthetic group (the
    five documents rendered from the samples with one draw of force areas) an
    inspection of its own."""
    work = Path(tempfile.mkdtemp(prefix="bench-memory-", dir=builder.cache))
    try:
        procs = {}
        manifest = work / "manifest.csv"
        if groups:
            with manifest.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(["path", "inspection"])
                for entry in entries:
                    writer.writerow([str(builder.path(entry)), f"synthetic group {entry.index // len(samples())}"])
        for n, product in runs:
            listing = work / f"inputs-{n}.json"
            listing.write_text(json.dumps([str(builder.path(e)) for e in entries[:n]]), encoding="utf-8")
            command = [sys.executable, "-m", "bench.memchild", str(listing), "--jobs", str(jobs)]
            command += ["--out", str(work / f"out-{n}")] if product else []
            command += ["--manifest", str(manifest)] if groups else []
            command += ["--trace"] if trace else []
            procs[(n, product)] = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                                   text=True)
        figures = {}
        for run, proc in procs.items():
            out, err = proc.communicate()
            if proc.returncode != 0:
                raise RuntimeError(f"memory child for {run[0]} documents failed:\n{err[-2000:]}")
            figures[run] = json.loads(out.strip().splitlines()[-1])
        return figures
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _mb(kb: float) -> float:
    return kb / 1024


def _peak(report: dict[str, Any]) -> float:
    """The larger of a memory child's own peak and its workers' peak, in MB."""
    return _mb(max(report["self_kb"], report["children_kb"]))


def _phase(report: dict[str, Any], name: str) -> float:
    return _mb(report["phases"].get(name, {}).get("rss_kb", 0))


def _phase_rows(stage: str, a: dict[str, Any], b: dict[str, Any]) -> list[Result]:
    """The parent's RSS at each phase of run_batch, large (b) against small (a): where memory grows."""
    return [
        Result.timed(stage, "  parent RSS after processing (catalogue filled) MB",
                     _phase(b, "after_process"), _phase(a, "after_process")),
        Result.timed(stage, "  parent RSS in build at group_documents MB",
                     _phase(b, "tables_loaded"), _phase(a, "tables_loaded")),
        Result.timed(stage, "  parent RSS after build (aligned, rows stored) MB",
                     _phase(b, "after_build"), _phase(a, "after_build")),
        Result.timed(stage, "  parent RSS after writing the outputs MB",
                     _phase(b, "after_write"), _phase(a, "after_write")),
    ]


def memory(builder: Builder, counts: Sequence[int], entries: Sequence[Entry]) -> list[Result]:
    """Peak RSS on the first N text/HTML documents, each N in a fresh subprocess
    (`bench.memchild`), for the product path, `run_batch(files, out_dir, jobs=1)` as
    `crosswalk run --out` does (the target), and for the in-memory API,
    `run_batch(files, None, jobs=1)`, which returns the tables as DataFrames and so
    holds them (no target). All children run at the same time: only their peaks are
    compared, not their speed."""
    stage = "memory"
    small, large = min(counts), max(counts)
    figures = memory_children(builder, [(n, product) for product in (True, False) for n in (small, large)], entries)
    a, b = figures[(small, True)], figures[(large, True)]
    api_a, api_b = figures[(small, False)], figures[(large, False)]

    return [
        Result.timed(stage, f"peak RSS MB, {large:,} vs {small:,} docs, run_batch(files, out_dir) (largest process)",
                     _peak(b), _peak(a), MEMORY_TARGET,
                     f"run_batch(files, out_dir, jobs=1), as `crosswalk run --out` does, in a fresh interpreter "
                     f"each; the parent keeps the catalogue on disk, aligns, and streams every table into its "
                     f"files, its SQL mirror and the report; one forked worker ingests and extracts. "
                     f"processed {a['processed']} / {b['processed']}, wall {a['seconds']:.0f} s / {b['seconds']:.0f} s"),
        Result.timed(stage, "  parent peak RSS MB (VmHWM)", _mb(b["self_kb"]), _mb(a["self_kb"])),
        Result.timed(stage, "  worker peak RSS MB (RUSAGE_CHILDREN)", _mb(b["children_kb"]), _mb(a["children_kb"])),
        Result.timed(stage, "  parent RSS before run_batch (modules imported) MB", _mb(b["startup_kb"]), _mb(a["startup_kb"])),
    ] + _phase_rows(stage, a, b) + [
        Result.timed(stage, f"in-memory API (secondary, no target): peak RSS MB, {large:,} vs {small:,} docs, "
                     "run_batch(files, None) (largest process)", _peak(api_b), _peak(api_a), None,
                     f"run_batch(files, None, jobs=1): an in-memory catalogue, and the tables returned as "
                     f"DataFrames, which hold the crosswalk whole (responses x items rows). "
                     f"wall {api_a['seconds']:.0f} s / {api_b['seconds']:.0f} s"),
        Result.timed(stage, "  in-memory API: parent peak RSS MB (VmHWM)", _mb(api_b["self_kb"]), _mb(api_a["self_kb"])),
        Result.timed(stage, "  in-memory API: worker peak RSS MB (RUSAGE_CHILDREN)", _mb(api_b["children_kb"]),
                     _mb(api_a["children_kb"])),
    ]


def memory_scale(builder: Builder, counts: Sequence[int], entries: Sequence[Entry], jobs: int = 2) -> list[Result]:
    """Peak RSS of the parent of `run_batch(files, out_dir)` (the product path) on the
    first N and the first 10 x N text/HTML documents, each in a fresh subprocess, both at
    the same time: what grows with the batch in the process that groups, aligns and
    writes. The synthetic groups are declared inspections (a manifest): grouped by their
    titles, the groups merge into a few inspections that grow with the batch (200
    documents at 1,000, 2,000 at 10,000), whose crosswalk grows with responses x items,
    which is the size of one inspection, not of the batch. `jobs` workers ingest and
    extract (their peak is per document, shown apart)."""
    stage = "memory_scale"
    small, large = min(counts), max(counts)
    figures = memory_children(builder, [(small, True), (large, True)], entries, groups=True, jobs=jobs)
    a, b = figures[(small, True)], figures[(large, True)]

    return [
        Result.timed(stage, f"parent peak RSS MB, {large:,} vs {small:,} docs, run_batch(files, out_dir), "
                     "one inspection per synthetic group", _mb(b["self_kb"]), _mb(a["self_kb"]), MEMORY_SCALE_TARGET,
                     f"run_batch(files, out_dir, jobs={jobs}, manifest) in a fresh interpreter each, "
                     f"{large // len(samples()):,} / {small // len(samples()):,} inspections of {len(samples())} "
                     f"documents; the parent keeps a summary of each document, reads extractions back from the "
                     f"catalogue per inspection, and streams the tables; processed {a['processed']} / "
                     f"{b['processed']}, wall {a['seconds']:.0f} s / {b['seconds']:.0f} s"),
        Result.timed(stage, "  worker peak RSS MB (RUSAGE_CHILDREN)", _mb(b["children_kb"]), _mb(a["children_kb"])),
    ] + _phase_rows(stage, a, b)


def long_text(folder: Path, size: int) -> Path:
    """A text of at least `size` bytes shaped like a long report: the five samples once
    (headings, lists, items, prose), then their prose paragraphs (no item, heading or list
    line) drawn at random until the size is reached. Repeating whole samples instead
    would restate each item a thousand times, which no report does."""
    from bench.synth import prose_lines

    path = folder / f"long-{size}.txt"
    if not path.is_file():
        texts = [sample_text(stem) for stem in samples()]
        prose = [text.split("\n")[i].strip() for text in texts for i in prose_lines(text)]
        rng = random.Random(f"{SEED}:long:{size}")
        parts: list[str] = []
        total = 0
        while total < size:
            parts.append(texts[len(parts)] if len(parts) < len(texts) else rng.choice(prose))
            total += len(parts[-1].encode("utf-8")) + 2
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text("\n\n".join(parts), encoding="utf-8")
    return path


def long_document(builder: Builder, sizes: Sequence[int] = (10_000, 10_000_000)) -> list[Result]:
    """Peak RSS and wall time of `run_batch([one file], out_dir, jobs=1)` on a long text
    (10 MB: extracted in pieces, spaCy refusing over 1,000,000 characters at once) against
    a short one, each in a fresh interpreter (`bench.memchild`), one after the other, with
    a time limit high enough that the long text is never stopped (`LONG_TIMEOUT`)."""
    stage = "long_document"
    short, long = min(sizes), max(sizes)
    work = Path(tempfile.mkdtemp(prefix="bench-long-", dir=builder.cache))
    figures = {}
    try:
        for size in (short, long):
            path = long_text(builder.cache / "long", size)
            listing = work / f"inputs-{size}.json"
            listing.write_text(json.dumps([str(path)]), encoding="utf-8")
            proc = subprocess.run([sys.executable, "-m", "bench.memchild", str(listing), "--out", str(work / f"out-{size}"),
                                   "--timeout", str(LONG_TIMEOUT)],
                                  cwd=REPO, capture_output=True, text=True)
            if proc.returncode != 0:
                raise RuntimeError(f"long document child ({size} bytes) failed:\n{proc.stderr[-2000:]}")
            figures[size] = json.loads(proc.stdout.strip().splitlines()[-1])
            figures[size]["bytes"] = path.stat().st_size
            items = rows_in(work / f"out-{size}" / "items.csv")
            figures[size]["items"] = items
    finally:
        shutil.rmtree(work, ignore_errors=True)
    a, b = figures[short], figures[long]

    note = (f"one file of {b['bytes'] / 1e6:.1f} MB ({b['items']:,} items) vs one of {a['bytes'] / 1e3:.0f} KB "
            f"({a['items']} items), run_batch(files, out_dir, jobs=1); errors {b['errors']} / {a['errors']}")
    return [
        Result.timed(stage, f"peak RSS MB, {long / 1e6:.0f} MB vs {short / 1e3:.0f} KB text (largest process)",
                     _peak(b), _peak(a), None, note),
        Result.timed(stage, "  worker peak RSS MB (RUSAGE_CHILDREN)", _mb(b["children_kb"]), _mb(a["children_kb"])),
        Result.timed(stage, "  parent peak RSS MB (VmHWM)", _mb(b["self_kb"]), _mb(a["self_kb"])),
        Result.timed(stage, "  wall seconds", b["seconds"], a["seconds"]),
    ]


def rows_in(path: Path) -> int:
    """Rows of a CSV the run wrote (0 when it wrote none)."""
    if not path.is_file():
        return 0
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return max(0, sum(1 for _ in csv.reader(handle)) - 1)


# ---------------------------------------------------------------- incremental


RUN_RE = re.compile(r"processed / reused\s*\S?\s*(\d+)\s*/\s*(\d+)")


def _crosswalk(args: Sequence[str]) -> tuple[float, int, int, str]:
    exe = Path(sys.executable).with_name("crosswalk")
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
    t0 = perf()
    proc = subprocess.run([str(exe), *args], cwd=REPO, capture_output=True, text=True, env=env)
    seconds = perf() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"crosswalk {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    match = RUN_RE.search(proc.stdout)
    if match is None:
        raise RuntimeError(f"cannot read 'processed / reused' from:\n{proc.stdout}")
    return seconds, int(match.group(1)), int(match.group(2)), proc.stdout


def code_digest() -> str:
    """What the catalogue's pipeline version is made of (pipeline/*.py, patterns/): when it
    changes between two runs, the second one re-processes everything."""
    import hashlib

    digest = hashlib.sha256()
    for folder, pattern in ((REPO / "pipeline", "*.py"), (REPO / "patterns", "*")):
        for path in sorted(folder.rglob(pattern)):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def incremental(corpus: Path = CORPUS, scratch: Path | None = None, attempts: int = 3) -> list[Result]:
    """`incremental_once`, again when pipeline code or patterns changed during the runs
    (others editing the tree would make the catalogue re-process everything)."""
    for attempt in range(1, attempts + 1):
        before = code_digest()
        results = incremental_once(corpus, scratch)
        if code_digest() == before:
            return results
        print(f"   pipeline code changed during the incremental runs (attempt {attempt}); measuring again", flush=True)
    for r in results:
        r.note = (r.note + "; " if r.note else "") + "UNRELIABLE: pipeline code kept changing during the runs"
    return results


def incremental_once(corpus: Path = CORPUS, scratch: Path | None = None) -> list[Result]:
    """`crosswalk run corpus --out X` twice (wall time of the real CLI), then, on a copy
    of the corpus, an mtime-only touch and a one-file edit with the processed counts."""
    stage = "incremental"
    work = Path(tempfile.mkdtemp(prefix="bench-incremental-", dir=scratch))
    try:
        out = work / "out"
        first, p1, _, _ = _crosswalk(["run", str(corpus), "--out", str(out)])
        second, p2, r2, _ = _crosswalk(["run", str(corpus), "--out", str(out)])
        copy = work / "corpus"
        shutil.copytree(corpus, copy)
        out2 = work / "out2"
        _, total, _, _ = _crosswalk(["run", str(copy), "--out", str(out2)])
        files = sorted(p for p in copy.glob("*.txt"))
        os.utime(files[0], (time.time() + 5, time.time() + 5))  # mtime only, same bytes
        _, touched, _, _ = _crosswalk(["run", str(copy), "--out", str(out2)])
        with files[0].open("a", encoding="utf-8") as handle:
            handle.write("\nThis sentence was added by the benchmark.\n")
        edit_seconds, edited, edit_reused, _ = _crosswalk(["run", str(copy), "--out", str(out2)])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    note = f"first run processed {p1}, second processed {p2} / reused {r2}"
    if p2:
        note += " (the second run re-processed documents: pipeline code changed between the runs?)"
    return [
        Result(stage, "seconds, second run vs first (CLI wall time)", second, first, second / first,
               f"ratio < {INCREMENTAL_TARGET:g}", second / first < INCREMENTAL_TARGET, note),
        Result(stage, "docs processed after touching one file (mtime only)", touched, total, None, "value = 0",
               touched == 0, "content hashes decide, not mtimes: a touch re-processes nothing"),
        Result(stage, "docs processed after editing one file", edited, total, None, "value = 1", edited == 1,
               f"{edit_reused} reused; that run took {edit_seconds:.2f} s"),
    ]


# ---------------------------------------------------------------------- write


WRITE_ROUNDS = 2


def write_outputs(builder: Builder, entries: Sequence[Entry]) -> list[Result]:
    """The write stage alone (every table's file and SQL mirror, then the report), on the
    batch processed and aligned by `run_batch` beforehand: a first write, with no chart
    and no output kept in the catalogue, and a re-write, with the charts and the outputs
    of the first (what an incremental run pays when its changes leave most inspections
    alone: the index is written again, the other outputs kept, `crosswalk.batch.kept`). Baseline: pandas
    writing the same tables, held in memory, to CSV (`DataFrame.to_csv`). The sides
    alternate, and each figure is the best of `WRITE_ROUNDS`."""
    from crosswalk.batch import runner
    from crosswalk.batch.build_tables import build
    from crosswalk.batch.catalogue import Catalogue
    from crosswalk.batch.kept import STATE

    stage = "write"
    out = builder.cache / "write-run"
    shutil.rmtree(out, ignore_errors=True)
    runner.run_batch([builder.path(e) for e in entries], out, jobs=os.cpu_count())
    tables = runner.load_tables(out)
    first, again, base = [], [], []
    with Catalogue(out / runner.CATALOGUE) as catalogue:
        built = build(catalogue, frames=False, schemas=True, keep_alignments=True)
        for _ in range(WRITE_ROUNDS):
            base.append(_pandas_write(tables, out / "baseline"))
            if catalogue.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'charts'").fetchone():
                catalogue.db.execute("DELETE FROM charts")
            catalogue.db.execute("DELETE FROM state WHERE key = ?", (STATE,))  # no output kept either
            gc.collect()
            t0 = perf()
            runner._write_marked(catalogue, built, out, "csv", "bench")
            first.append(perf() - t0)
            gc.collect()
            t0 = perf()
            runner._write_marked(catalogue, built, out, "csv", "bench")
            again.append(perf() - t0)
    pages = len(list((out / "report").glob("*.html"))) + 1
    rows = sum(len(t) for t in tables.values())
    note = f"{len(entries)} documents, {rows:,} table rows, {pages} report pages"
    return [
        Result.timed(stage, "seconds, first write (every chart drawn)", min(first), min(base), note=note),
        Result.timed(stage, "seconds, re-write (charts and outputs kept in the catalogue)", min(again), min(base)),
    ]


def _pandas_write(tables: dict[str, Any], folder: Path) -> float:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    gc.collect()
    t0 = perf()
    for name, frame in tables.items():
        frame.to_csv(folder / f"{name}.csv", index=False)
    return perf() - t0
