"""Metadata and extraction survive rendering: the samples as PDF letters and web pages,
saved under names that say nothing, give the same type, date and author as the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswalk.evaluate import score_items
from crosswalk.export.rows import item_rows
from crosswalk.extraction.extract import extract_document
from crosswalk.ingest import ingest_file
from tests.conftest import SAMPLES, gold, sample_text
from tests.fixtures.render_html import render_html
from tests.fixtures.render_pdf import render_pdf

FORMATS = [("pdf", 0), ("html", 0), ("html", 1)]


@pytest.fixture(scope="module")
def renderings(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, int], Path]:
    folder = tmp_path_factory.mktemp("renderings")
    paths = {}
    for index, sample in enumerate(SAMPLES):
        for fmt, variant in FORMATS:
            path = folder / f"download-{index}-{variant}.{fmt}"
            if fmt == "pdf":
                is_letter = gold(sample)["doc_type"] == "pcc_response"
                render_pdf(sample_text(sample), path, table=sample.startswith("west-mercia-pcc"), letterhead=is_letter)
            else:
                render_html(sample_text(sample), path, variant=variant)
            paths[(sample, fmt, variant)] = path
    return paths


@pytest.mark.parametrize("sample", SAMPLES)
@pytest.mark.parametrize(("fmt", "variant"), FORMATS)
def test_rendered_metadata_matches_gold(renderings: dict, sample: str, fmt: str, variant: int) -> None:
    doc = ingest_file(renderings[(sample, fmt, variant)]).document
    expected = gold(sample)
    assert doc is not None
    assert (doc.doc_type, doc.date, doc.author) == (expected["doc_type"], expected["date"], expected["author"])


@pytest.mark.parametrize("sample", SAMPLES)
@pytest.mark.parametrize(("fmt", "variant"), FORMATS)
def test_rendered_items_keep_their_f1(renderings: dict, sample: str, fmt: str, variant: int) -> None:
    doc = ingest_file(renderings[(sample, fmt, variant)]).document
    assert doc is not None
    score = score_items(item_rows(extract_document(doc)), gold(sample)["items"])
    assert score.f1 >= 0.9, score


@pytest.mark.parametrize(("fmt", "variant"), FORMATS)
def test_rendered_corpus_holds_every_floor(renderings: dict, tmp_path: Path, fmt: str, variant: int) -> None:
    """The whole pipeline on the samples as PDF letters or web pages, scored against
    the same gold: table rows, page furniture and markup must not change the answers."""
    import shutil

    from crosswalk.evaluate import evaluate_corpus
    from tests.conftest import CORPUS, figure

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS / "gold", corpus / "gold")
    shutil.copy(CORPUS / ".crosswalkignore", corpus / ".crosswalkignore")
    for sample in SAMPLES:
        shutil.copy(renderings[(sample, fmt, variant)], corpus / f"{sample}.{fmt}")
    scores = evaluate_corpus(corpus, jobs=1)
    floors = {"items": 0.90, "gradings": 0.95, "commitments": 0.80}
    assert {k: figure(scores, k) for k in floors if figure(scores, k) < floors[k]} == {}
    assert figure(scores, "status", "accuracy") >= 0.90
    assert figure(scores, "unaddressed") >= 0.90
