"""Our array lemmatizer gives exactly the lemmas of spaCy's lookup lemmatizer."""

from __future__ import annotations

import spacy

import crosswalk.extraction.lemmas  # noqa: F401 - registers crosswalk_lemmatizer
from tests.conftest import SAMPLES, sample_text


def test_lemmas_equal_spacys_lookup_lemmatizer_on_every_sample() -> None:
    ours = spacy.blank("en")
    ours.add_pipe("crosswalk_lemmatizer")
    ours.initialize()
    theirs = spacy.blank("en")
    theirs.add_pipe("lemmatizer", config={"mode": "lookup"})
    theirs.initialize()
    compared = 0
    for stem in SAMPLES:
        text = sample_text(stem)
        for _ in range(2):  # the second pass reads the per-word cache
            doc = ours(text)
            assert [t.lemma_ for t in doc] == [t.lemma_ for t in theirs(text)], stem
        compared += sum(1 for t in doc if t.lemma_ != t.text)
    assert compared > 100  # many words have a lemma other than themselves


def test_an_empty_doc_passes() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("crosswalk_lemmatizer")
    nlp.initialize()
    assert len(nlp("")) == 0
