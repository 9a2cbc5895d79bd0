"""`python -m bench`: build the synthetic batch (cached), run every stage, print the
figures, write `bench/results.csv`; with `--update-readme`, also replace the block
between `<!-- bench:start -->` and `<!-- bench:end -->` in README.md.

    python -m bench                    # full run (1,000 text/HTML docs, 200 PDFs)
    python -m bench --quick            # smoke run (100 docs, 20 PDFs, alignment to 1,000 x 1,000)
    python -m bench --stages text,pdf  # some stages only
    python -m bench --profile text     # cProfile of a stage's workload, top hotspots
    python -m bench --update-readme    # full run, then rewrite the README block
    python -m bench --update-readme --from-csv   # README block from the last results.csv
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.results import Result, print_table, read_csv, update_readme, write_csv
from bench.synth import DEFAULT_CACHE, Builder

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
STAGES = ("text", "pdf", "realpdf", "align", "memory", "memory_scale", "long_document", "incremental", "report", "write")
PROFILES = ("text", "batchalign", "pdf", "align", "memory")


@dataclass(frozen=True)
class Config:
    text_docs: int
    pdf_docs: int
    align_sizes: tuple[int, ...]
    memory_counts: tuple[int, int]
    scale_counts: tuple[int, int]  # memory_scale: N and 10 x N documents
    long_sizes: tuple[int, int]  # long_document: bytes of the short and the long text
    profile_text_docs: int = 200
    profile_pdf_docs: int = 40


FULL = Config(1_000, 200, (100, 1_000, 10_000), (100, 1_000), (1_000, 10_000), (10_000, 10_000_000))
QUICK = Config(100, 20, (100, 1_000), (10, 100), (10, 100), (10_000, 1_000_000), profile_text_docs=30, profile_pdf_docs=10)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small smoke run")
    parser.add_argument("--stages", default=",".join(STAGES), help=f"comma-separated subset of {','.join(STAGES)}")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="folder of the synthetic batch")
    parser.add_argument("--results", type=Path, default=None,
                        help="CSV to write (default bench/results.csv, bench/results-quick.csv with --quick)")
    parser.add_argument("--update-readme", action="store_true",
                        help="replace the bench block of README.md with the figures")
    parser.add_argument("--readme", type=Path, default=REPO / "README.md")
    parser.add_argument("--from-csv", action="store_true", help="with --update-readme: use the last results CSV")
    parser.add_argument("--profile", default="", help="profile instead of benchmarking: text (ingest+extract+align of 100 docs), batchalign "
                             "(group_documents+align_inspection over the whole batch), pdf, align, memory")
    parser.add_argument("--profiler", choices=("cprofile", "pyinstrument"), default="cprofile",
                        help="cprofile (default) or pyinstrument (sampling; mis-attributes spaCy's Cython frames)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    os.chdir(REPO)
    config = QUICK if args.quick else FULL
    results_path = args.results or HERE / ("results-quick.csv" if args.quick else "results.csv")
    if args.update_readme and args.from_csv:
        stored = read_csv(results_path)
        measured = next((r.note.split("measured ", 1)[1] for r in stored
                         if r.stage == "build" and "measured " in r.note), "unknown state")
        update_readme(stored, args.readme, readme_header(config, measured))
        print(f"{args.readme}: bench block updated from {results_path}")
        return 0
    if args.update_readme and args.quick:
        print("--update-readme takes the full run's figures; drop --quick", file=sys.stderr)
        return 2
    stages = [s.strip() for s in (args.profile or args.stages).split(",") if s.strip()]
    unknown = set(stages) - set(PROFILES if args.profile else STAGES)
    if unknown:
        print(f"unknown stage(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2

    state = tree_state()
    print(f"measuring {state}", flush=True)
    builder = Builder(args.cache)
    text_docs = config.text_docs if {"text", "memory", "batchalign", "report", "write"} & set(stages) else 0
    if "memory_scale" in stages:
        text_docs = max(text_docs, *config.scale_counts)
    seconds, made = builder.build(text_docs,
                                  config.pdf_docs if {"pdf", "report"} & set(stages) else 0)
    print(f"synthetic batch: {config.text_docs} text/HTML + {config.pdf_docs} PDF documents in {args.cache} "
          f"({made} rendered now, {seconds:.1f} s build time; not part of any figure)", flush=True)
    if args.profile:
        return profile(stages, builder, config, args.cache, args.profiler or "")

    results: list[Result] = [Result("build", "seconds to render the synthetic batch (cached)", seconds,
                                    note=f"{made} documents rendered in this run; measured {state}")]
    for stage in stages:
        started = time.perf_counter()
        print(f"-- {stage} ...", flush=True)
        results.extend(run_stage(stage, builder, config))
        print(f"   {stage} done in {time.perf_counter() - started:.1f} s", flush=True)
    print_table(results, f"crosswalk benchmark ({'quick' if args.quick else 'full'}, {os.cpu_count()} cores)")
    if set(stages) != set(STAGES) and results_path.is_file():
        # a subset of the stages: the other stages keep their last figures
        ran = {r.stage for r in results}
        results = results[:1] + [r for r in read_csv(results_path) if r.stage not in ran] + results[1:]
    write_csv(results, results_path)
    print(f"written {results_path}")
    if args.update_readme:
        update_readme(results, args.readme, readme_header(config, state))
        print(f"{args.readme}: bench block updated")
    missed = [r for r in results if r.met is False]
    if missed:
        print("targets missed: " + "; ".join(f"{r.stage} {r.metric.strip()}" for r in missed))
    return 0


def run_stage(stage: str, builder: Builder, config: Config) -> list[Result]:
    from bench import stages as s

    if stage == "text":
        return s.text_pipeline(builder, builder.text_entries(config.text_docs))
    if stage == "pdf":
        return s.pdf_ingest(builder, builder.pdf_entries(config.pdf_docs))
    if stage == "realpdf":
        return s.real_pdf_ingest()
    if stage == "align":
        return s.alignment_scaling(config.align_sizes)
    if stage == "memory":
        return s.memory(builder, config.memory_counts, builder.text_entries(config.text_docs))
    if stage == "memory_scale":
        return s.memory_scale(builder, config.scale_counts, builder.text_entries(max(config.scale_counts)))
    if stage == "long_document":
        return s.long_document(builder, config.long_sizes)
    if stage == "incremental":
        return s.incremental(scratch=builder.cache)
    if stage == "write":
        return s.write_outputs(builder, builder.text_entries(config.text_docs))
    if stage == "report":
        from bench.report_pages import report_pages

        return report_pages(builder, builder.text_entries(config.text_docs) + builder.pdf_entries(config.pdf_docs))
    raise ValueError(stage)


def profile(stages: list[str], builder: Builder, config: Config, cache: Path, profiler: str = "") -> int:
    from bench import profiling

    for stage in stages:
        if stage == "text":
            work = profiling.text_work(builder, builder.text_entries(config.text_docs)[: config.profile_text_docs])
        elif stage == "batchalign":
            work = profiling.batch_align_work(builder, builder.text_entries(config.text_docs))
        elif stage == "pdf":
            work = profiling.pdf_work(builder, builder.pdf_entries(config.pdf_docs)[: config.profile_pdf_docs])
        elif stage == "align":
            largest = max(config.align_sizes)
            work = profiling.align_work(min(1_000, largest), largest)
        elif stage == "memory":
            print(memory_profile(builder, config), flush=True)
            continue
        else:
            print(f"no profile for {stage}", file=sys.stderr)
            continue
        print(profiling.run_profile(stage, work, cache, profiler=profiler), flush=True)
        if stage == "text":
            print("\n" + profiling.component_times(builder, builder.text_entries(config.text_docs)[: config.profile_text_docs]))
            print("\n" + profiling.doc_text_cost(builder, builder.text_entries(config.text_docs)[: config.profile_text_docs]))
        print(f"(full listing: {cache / f'profile-{stage}.txt'})\n")
    return 0


def memory_profile(builder: Builder, config: Config) -> str:
    """tracemalloc's top allocation sites in the parent of the largest memory run (the
    product path, with an output folder)."""
    from bench.stages import memory_children

    n = max(config.memory_counts)
    report = memory_children(builder, [(n, True)], builder.text_entries(config.text_docs), trace=True)[(n, True)]
    lines = [f"memory profile: run_batch on {n} documents with an output folder, jobs=1 (parent process)"]
    lines.append(f"  {'point':<22} {'RSS MB':>8} {'HWM MB':>8} {'traced MB':>10} {'traced peak in phase MB':>24}")
    for name, phase in report["phases"].items():
        lines.append(f"  {name:<22} {phase['rss_kb'] / 1024:8.1f} {phase['hwm_kb'] / 1024:8.1f} "
                     f"{phase.get('traced_mb', 0):10.1f} {phase.get('traced_peak_mb', 0):24.1f}")
    for name, top in report["traced"].items():
        lines.append(f"  tracemalloc at {name}:")
        lines += [f"    {line}" for line in top]
    text = "\n".join(lines)
    (builder.cache / "profile-memory.txt").write_text(text + "\n", encoding="utf-8")
    return text


def tree_state() -> str:
    """The commit measured, and how many files under pipeline/ differ from it."""
    import subprocess

    try:
        sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True,
                             check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "pipeline", "patterns"], cwd=REPO,
                               capture_output=True, text=True, check=True).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        return "not a git checkout"
    return f"commit {sha}" + (f" + {len(dirty)} uncommitted file(s) in pipeline/ or patterns/" if dirty else "")


def readme_header(config: Config, state: str) -> str:
    return (f"`python -m bench` ({state}) on {config.text_docs:,} text/HTML and {config.pdf_docs} PDF documents "
            f"rendered from the samples by the test fixtures; {os.cpu_count()} cores, Python "
            f"{platform.python_version()}, {time.strftime('%Y-%m-%d')}. `ratio` = value / baseline, both measured in "
            "the same process on the same inputs. Baselines: text, `spacy.blank(\"en\")` tokenising the same "
            "normalised texts with `nlp.pipe`; PDF (rendered and real), pypdfium2's raw text of every page; alignment, the aligner's "
            "scoring run again on the topic stems the timed run found (the matching alone; the rest is normalisation); memory, "
            "the 100-document run; incremental, the first run.")


if __name__ == "__main__":
    raise SystemExit(main())
