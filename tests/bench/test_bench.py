"""Smoke test of the benchmark (`python -m bench`): every stage runs end to end on a
handful of documents. No timing is asserted; the figures come from `make bench`."""

from __future__ import annotations

import csv
import math
import shutil
from pathlib import Path

import pytest

from bench import stages
from bench.results import README_END, README_START, Result, update_readme, write_csv
from bench.synth import Builder

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def builder(tmp_path_factory: pytest.TempPathFactory) -> Builder:
    builder = Builder(tmp_path_factory.mktemp("bench-cache"))
    builder.build(6, 4)  # PDF 3 is a West Mercia response with its recommendations as a table
    return builder


def test_synthetic_batch_is_varied_and_cached(builder: Builder) -> None:
    texts, pdfs = builder.text_entries(6), builder.pdf_entries(4)
    assert len(texts) == 6 and len(pdfs) == 4
    assert {e.fmt for e in texts} == {"txt", "html0", "html1"}
    assert len({e.sha256 for e in texts + pdfs}) == 10
    assert all(2 <= e.pages <= 10 for e in pdfs)
    assert any(e.table_pages for e in pdfs)
    again = Builder(builder.cache)
    assert again.build(6, 4)[1] == 0  # nothing rendered twice


def _check(results: list[Result]) -> None:
    assert results
    for r in results:
        assert r.value is None or not math.isnan(r.value), r


def test_stages_run(builder: Builder, tmp_path: Path) -> None:
    text = stages.text_pipeline(builder, builder.text_entries(6), chunk=3)
    pdf = stages.pdf_ingest(builder, builder.pdf_entries(4))
    align = stages.alignment_scaling((20, 50))
    memory = stages.memory(builder, (2, 4), builder.text_entries(6))
    memory += stages.memory_scale(builder, (2, 6), builder.text_entries(6), jobs=1)
    long = stages.long_document(builder, (1_000, 40_000))
    small = tmp_path / "docs"
    small.mkdir()
    for name in ("west-mercia-pcc-response-soc-2024.txt", "peel-2017-west-mercia-monitoring-8929.txt"):
        shutil.copy(REPO / "corpus" / name, small / name)
    incremental = stages.incremental(small, tmp_path)
    for results in (text, pdf, align, memory, long, incremental):
        _check(results)
    assert text[0].target and text[0].met is not None
    assert any("table pages" in r.metric for r in pdf)
    assert all(r.value is not None and r.baseline for r in align)
    assert [r.metric for r in align][:4] == ["20 x 20 seconds", "20 x 50 seconds", "50 x 20 seconds", "50 x 50 seconds"]
    assert incremental[2].value == 1  # editing one file processes only it
    assert "errors 0 / 0" in long[0].note and long[0].value and long[0].baseline
    scale = next(r for r in memory if r.stage == "memory_scale" and r.target)
    assert scale.target == "ratio <= 1.3" and "one inspection per synthetic group" in scale.metric

    out = tmp_path / "results.csv"
    write_csv(text + pdf + align + memory + incremental, out)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0])[:7] == ["stage", "metric", "value", "baseline", "ratio", "target", "met"]
    assert b"\r" not in out.read_bytes()


def test_update_readme_replaces_only_the_block(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(f"# title\n\nbefore\n\n{README_START}\n(not measured yet)\n{README_END}\n\nafter\n", encoding="utf-8")
    results = [Result.timed("text_pipeline", "seconds", 4.0, 1.0, 2.0), Result("alignment", "a | b", 1.5)]
    update_readme(results, readme, "header line")
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("# title\n\nbefore\n\n") and text.endswith(f"{README_END}\n\nafter\n")
    assert "(not measured yet)" not in text and "| text_pipeline | seconds | 4.00 | 1.00 | 4.00 | ratio <= 2 | NO |" in text
    assert "a \\| b" in text
    update_readme(results, readme, "header line")
    assert readme.read_text(encoding="utf-8") == text  # idempotent
    readme.write_text("no markers", encoding="utf-8")
    with pytest.raises(ValueError):
        update_readme(results, readme)


def test_report_stage_measures_pages_in_chromium(builder: Builder) -> None:
    from bench.report_pages import report_pages

    results = report_pages(builder, builder.text_entries(6) + builder.pdf_entries(4))
    _check(results)
    largest, load = results[0], results[1]
    assert largest.metric == "largest report page MB" and 0 < (largest.value or 0) < 5 and largest.met
    assert load.target == "value < 2" and (load.value or 0) > 0


def test_write_stage_times_both_writes_against_pandas(builder: Builder) -> None:
    results = stages.write_outputs(builder, builder.text_entries(6))
    _check(results)
    assert [r.stage for r in results] == ["write", "write"]
    assert all(r.value and r.baseline for r in results)
    assert "report pages" in results[0].note


def test_item_tagger_cv_pairs_gold_and_found_sentences_by_the_tagger_threshold() -> None:
    """`bench.item_tagger_cv` pairs by the tagger's own same-text threshold (now in
    `patterns/item_limits.json`): a found sentence that is the gold one less its stop pairs,
    an unrelated one does not."""
    from bench.item_tagger_cv import greedy

    gold = ["The constabulary should review how it supervises its digital investigations."]
    found = ["Staff told us that morale in the control room was low", gold[0].rstrip(".")]
    assert greedy(gold, found) == [(0, 1)]


def test_sentence_models_cv_reads_a_fold_without_the_shipped_sentence_models(tmp_path: Path) -> None:
    """`bench.sentence_models_cv` runs a fold with a copy of `patterns/` holding no shipped sentence
    model (in sample for every readable fold), only the one it trained without the fold, and the
    tagger's threshold it is given; the document type model stays."""
    import json

    from bench.sentence_models_cv import MODELS, patterns_copy
    from crosswalk import textcat

    pairs = [("The force should review its vetting of new recruits.", "recommendation"),
             ("The meeting closed at four.", "none")] * 4
    rules = patterns_copy(tmp_path / "rules", None, [])
    tagged = patterns_copy(tmp_path / "tagged", "item_sentence", pairs, 0.9)
    assert (rules / "models" / "doc_type" / "config.cfg").is_file()
    assert not any((rules / "models" / name).exists() for name in MODELS)
    assert [name for name in MODELS if (tagged / "models" / name).exists()] == ["item_sentence"]
    assert json.loads((tagged / "item_limits.json").read_text(encoding="utf-8"))["tagger_threshold"] == 0.9
    assert (json.loads((rules / "item_limits.json").read_text(encoding="utf-8"))
            == json.loads((textcat.patterns_dir() / "item_limits.json").read_text(encoding="utf-8")))


def test_sentence_models_cv_sets_the_commitment_models_own_threshold(tmp_path: Path) -> None:
    """A threshold given for the commitment model is its `model_threshold`
    (`patterns/commitment_limits.json`), never the tagger's; a second copy for the same fold
    takes the model already trained on the same pairs (`trained`) instead of training it again."""
    import json

    from bench.sentence_models_cv import patterns_copy
    from crosswalk import textcat

    pairs = [("We will review our vetting of new recruits by March.", "commitment"),
             ("The meeting closed at four.", "none")] * 4
    first = patterns_copy(tmp_path / "first", "commitment_sentence", pairs, 0.8)
    second = patterns_copy(tmp_path / "second", "commitment_sentence", pairs, 0.95, first)
    for copy, threshold in ((first, 0.8), (second, 0.95)):
        limits = json.loads((copy / "commitment_limits.json").read_text(encoding="utf-8"))
        assert limits["model_threshold"] == threshold
        assert (json.loads((copy / "item_limits.json").read_text(encoding="utf-8"))
                == json.loads((textcat.patterns_dir() / "item_limits.json").read_text(encoding="utf-8")))
    model = Path("models") / "commitment_sentence"
    assert sorted(p.name for p in (second / model).rglob("*")) == sorted(p.name for p in (first / model).rglob("*"))
    assert (second / model / "textcat" / "model").read_bytes() == (first / model / "textcat" / "model").read_bytes()


def test_the_doc_type_cross_validation_refuses_a_wrong_argument_in_a_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    """A flag with no path, or a fold that does not exist, is one sentence and exit status 2,
    not a traceback or a silent run of every fold."""
    from bench.doc_type_cv import arguments

    assert arguments(["dev", "--rows", "rows.tsv"]) == (["dev"], {"--rows": Path("rows.tsv")})
    for argv in (["--rows"], ["--models", "--rows", "r.tsv"], ["gZZ"]):
        with pytest.raises(SystemExit) as stop:
            arguments(argv)
        assert stop.value.code == 2
        assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_sentence_models_cv_builds_again_a_copy_from_an_earlier_round(tmp_path: Path) -> None:
    """A patterns copy is kept only under the stamp it would be built under today (patterns'
    version, model, threshold, training pairs): a folder an earlier round left, when the plain
    "commitment_sentence" run meant threshold 0.8, is built again at the shipped threshold,
    and a copy trained on other pairs lends its model to no other threshold's copy."""
    import json

    from bench.sentence_models_cv import patterns_copy
    from crosswalk import textcat

    pairs = [("We will review our vetting of new recruits by March.", "commitment"),
             ("The meeting closed at four.", "none")] * 4
    shipped = json.loads((textcat.patterns_dir() / "commitment_limits.json").read_text(encoding="utf-8"))
    assert shipped["model_threshold"] != 0.8
    old = patterns_copy(tmp_path / "old_round", "commitment_sentence", pairs, 0.8)
    plain = tmp_path / "patterns_commitment_sentence"
    shutil.copytree(old, plain)  # as an earlier round left it: its name, its 0.8, no stamp of today's
    patterns_copy(plain, "commitment_sentence", pairs)
    assert json.loads((plain / "commitment_limits.json").read_text(encoding="utf-8")) == shipped

    weights = Path("models") / "commitment_sentence" / "textcat" / "model"
    other = [("The panel noted the update.", "none"), ("We have agreed to publish the plan.", "commitment")] * 4
    lent = patterns_copy(tmp_path / "lent", "commitment_sentence", other, 0.95, old)
    fresh = patterns_copy(tmp_path / "fresh", "commitment_sentence", other, 0.95)
    assert (lent / weights).read_bytes() == (fresh / weights).read_bytes() != (old / weights).read_bytes()


def test_sentence_models_cv_runs_a_fold_again_when_its_run_is_stale(tmp_path: Path) -> None:
    """A fold's run (`out_<key>`) is kept only under its copy's stamp, the pipeline's version and
    its documents: a run an earlier round left is run again, a current one is kept, and a
    document added to the fold runs it again."""
    import os

    from bench.sentence_models_cv import patterns_copy, run

    names = ["gR_resp_essex_frs_valuesculture_rec9.txt", "gD_mon_essex_misconduct_rec872.txt",
             "jW_resp_rbfrs_valuesculture_rec32.txt"]
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in names[:2]:
        shutil.copy(REPO / "corpus" / "real" / "docs" / name, docs / name)
    patterns = patterns_copy(tmp_path / "patterns_rules", None, [])
    out = tmp_path / "out_rules"
    out.mkdir()
    (out / "items.csv").write_text("left by an earlier round\n", encoding="utf-8")
    run(patterns, docs, out)
    items = (out / "items.csv").read_text(encoding="utf-8")
    assert "earlier round" not in items
    os.utime(out / "items.csv", (0, 0))
    run(patterns, docs, out)
    assert (out / "items.csv").stat().st_mtime == 0
    shutil.copy(REPO / "corpus" / "real" / "docs" / names[2], docs / names[2])
    run(patterns, docs, out)
    assert (out / "items.csv").stat().st_mtime != 0
