"""The pipeline's components declare what they read and write, and the order holds."""

from __future__ import annotations

import spacy

from crosswalk.extraction.extensions import tokens_lowered_as
from crosswalk.extraction.nlp import build_nlp


def test_every_component_declares_requires_and_assigns() -> None:
    nlp = build_nlp()
    for name in nlp.pipe_names:
        meta = nlp.get_pipe_meta(name)
        assert meta.assigns, f"{name} declares nothing it assigns"


def test_analyze_pipes_finds_no_problems() -> None:
    """Every attribute a component requires is assigned by a component before it."""
    analysis = build_nlp().analyze_pipes()
    assert analysis["problems"] == {name: [] for name in build_nlp().pipe_names}


def test_tokens_lowered_as_reads_the_tokens_whose_lower_case_is_a_word() -> None:
    """The array read finds what a loop over the tokens finds, in order."""
    doc = spacy.blank("en")("HMICFRS Recommended the review. The inspectors recommend it; we recommended nothing.")
    words = frozenset({"recommend", "recommended"})
    assert tokens_lowered_as(doc, words) == [t.i for t in doc if t.lower_ in words] == [1, 7, 11]
    assert tokens_lowered_as(doc, frozenset({"absent"})) == []
