"""The learned document classifier: trains reproducibly on real corpus texts, and the
shipped model loads and scores a real document."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import pytest
import spacy

from crosswalk import textcat
from crosswalk.extraction import commitment_model
from crosswalk.ingest import ingest_file

REAL = Path(__file__).resolve().parents[1] / "corpus" / "real"
# Two documents of each of two types, from the training documents of the dev set.
TINY = ("press2_itv_cumbria_peel2024", "press2_sussexexpress_sussex_peel2023",
        "insp2_cumbria_peel2018_effectiveness", "insp2_frs2021_cornwall_effectiveness")


def _text(doc_id: str) -> str:
    document = ingest_file(REAL / "docs" / f"{doc_id}.txt", REAL / "docs").document
    assert document is not None
    return document.text


def _gold(doc_id: str) -> str:
    return str(json.loads((REAL / "gold" / f"{doc_id}.json").read_text(encoding="utf-8"))["doc_type"])


def test_a_tiny_model_learns_its_training_texts_reproducibly() -> None:
    examples = [(_text(d), _gold(d)) for d in TINY]
    labels = sorted({label for _, label in examples})
    assert len(labels) == 2
    first = textcat.train(examples, labels, epochs=5)
    again = textcat.train(examples, labels, epochs=5)
    for text, label in examples:
        got = textcat.scores(first, text)
        assert set(got) == set(labels) and abs(sum(got.values()) - 1) < 1e-4
        assert max(got, key=lambda k: got[k]) == label
        assert textcat.scores(again, text) == pytest.approx(got)


def test_the_shipped_model_scores_a_real_document() -> None:
    nlp = textcat.load("doc_type")
    assert nlp is not None
    got = textcat.scores(nlp, _text("press2_bridportnews_dorset_peel2016"))
    assert {"press_article", "pcc_response", "force_response", "peel_page"} <= set(got)
    assert max(got, key=lambda k: got[k]) == "press_article"


@pytest.mark.parametrize("name", sorted(textcat.MODELS))
def test_the_pipeline_and_every_shipped_model_share_one_vocabulary(name: str) -> None:
    """A word the pipeline met is not made a lexeme again by each model that reads its
    sentences; the model scores as it does with a vocabulary of its own."""
    from crosswalk.extraction.nlp import shared_nlp

    nlp = textcat.load(name)
    assert nlp is not None
    assert nlp.vocab is shared_nlp().vocab is textcat.english_vocab()
    alone = spacy.load(textcat.model_dir(name))
    text = _text("press2_bridportnews_dorset_peel2016")
    assert textcat.scores(nlp, text) == textcat.scores(alone, text)


def test_no_model_is_none() -> None:
    assert textcat.load("no_such_model") is None


def test_held_out_prefixes_are_never_training() -> None:
    assert all(textcat.HELD_OUT_RE.match(f"{prefix}_x") for prefix in ("jY", "jZ", "kA", "kB", "kH", "kZ", "lA", "lZ"))
    assert not any(textcat.HELD_OUT_RE.match(f"{prefix}_x") for prefix in ("hY", "hZ", "iA", "iF", "iJ", "iK", "iP", "iZ", "jA", "jX", "insp"))


def test_the_shipped_model_carries_no_words_of_the_training_documents() -> None:
    strings = textcat.model_dir("doc_type") / "vocab" / "strings.json"
    assert json.loads(strings.read_text(encoding="utf-8")) == []


def test_a_model_saved_without_its_strings_scores_the_same(tmp_path: Path) -> None:
    examples = [(_text(d), _gold(d)) for d in TINY]
    nlp = textcat.train(examples, sorted({label for _, label in examples}), epochs=3)
    textcat.save(nlp, tmp_path / "tiny")
    again = spacy.load(tmp_path / "tiny")
    assert json.loads((tmp_path / "tiny" / "vocab" / "strings.json").read_text(encoding="utf-8")) == []
    for text, _ in examples:
        assert textcat.scores(again, text) == pytest.approx(textcat.scores(nlp, text))


# Documents of the dev set with items and commitments in their gold, of two types, for building
# every model of `textcat.MODELS` on a corpus small enough to build twice in a test.
SMALL = ("resp2_gwent_pcc_peel2017_effectiveness", "resp_norfolk_pcc_custody",
         "press2_lincolnshireworld_lincs_peel2025", "press2_itv_cumbria_peel2024")


def _small_corpus(root: Path) -> Path:
    for folder in ("docs", "gold"):
        (root / folder).mkdir(parents=True)
    for doc_id in SMALL:
        (root / "docs" / f"{doc_id}.txt").write_bytes((REAL / "docs" / f"{doc_id}.txt").read_bytes())
        (root / "gold" / f"{doc_id}.json").write_bytes((REAL / "gold" / f"{doc_id}.json").read_bytes())
    return root


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("name", sorted(textcat.MODELS))
def test_every_model_builds_to_the_same_bytes_twice(name: str, tmp_path: Path) -> None:
    """`make models` reproduces a model byte for byte from the same corpus and ingest: the
    shipped bytes can be checked by rebuilding, and a changed model is a changed input."""
    corpus = _small_corpus(tmp_path / "corpus")
    first = _files(textcat.build(name, corpus, tmp_path / "first"))
    again = _files(textcat.build(name, corpus, tmp_path / "again"))
    assert "config.cfg" in first and any(path.startswith("textcat") for path in first)
    assert first == again


@pytest.mark.parametrize("name", sorted(textcat.MODELS))
def test_the_command_line_never_writes_over_a_shipped_model(name: str) -> None:
    """No shipped model is what today's ingest builds: the command line (`make models`) builds
    each as a candidate beside the shipped one, to be measured before it replaces it."""
    assert textcat.cli_out(name).resolve() != textcat.model_dir(name).resolve()


def test_the_command_line_writes_candidates_in_the_checkout_from_any_folder(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from another folder, `python -m crosswalk.textcat` still writes its candidates
    under the checkout's build/models, beside the patterns the shipped models are kept in,
    not under whatever folder the shell stands in."""
    monkeypatch.chdir(tmp_path)
    out = textcat.cli_out("doc_type")
    assert out.is_absolute() and tmp_path not in out.parents
    assert out.parent.parent.parent == textcat.model_dir("doc_type").parent.parent.parent


def test_the_default_training_corpus_is_the_checkouts_from_any_folder(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """`make models`, a test or a notebook may run in any folder: the corpus a model is built
    from by default is the checkout's labelled corpus, not a folder named after it under the
    working directory (which trained on nothing, or on whatever stood there)."""
    monkeypatch.chdir(tmp_path)
    for function in (textcat.build, commitment_model.training_files, commitment_model.training_pairs):
        default = inspect.signature(function).parameters["corpus"].default
        assert default.resolve() == REAL.resolve(), function.__name__
    assert commitment_model.training_files(), "the default corpus's training documents are found"


@pytest.mark.parametrize("name", ["item_sentence", "commitment_sentence"])
def test_a_sentence_models_pairs_by_document_are_its_training_pairs(name: str, tmp_path: Path) -> None:
    """The cross-validation by labeller set (`bench/sentence_models_cv.py`) trains a fold's model on
    every other document's pairs: by document, in order, they are the pairs the model is built from."""
    from crosswalk.extraction import item_tagger

    corpus = _small_corpus(tmp_path / "corpus")
    module = item_tagger if name == "item_sentence" else commitment_model
    by_document = module.pairs_by_document(corpus)
    assert by_document and set(by_document) <= {f"{doc_id}.txt" for doc_id in SMALL}
    assert [pair for pairs in by_document.values() for pair in pairs] == textcat.training_pairs(name, corpus)
