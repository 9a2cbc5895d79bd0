"""The pipeline's components declare what they read and write, and the order holds."""

from __future__ import annotations

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
