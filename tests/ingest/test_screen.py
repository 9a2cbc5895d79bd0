"""Screened searches find exactly what a plain `re` search finds, only sooner."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswalk.ingest.doc_type import doc_type_cues
from crosswalk.ingest.metadata import _inspection_res
from crosswalk.ingest.screen import FOLDS_TO_ASCII, Screen, fold, screen
from tests.conftest import SAMPLES, sample_text


def _cue_screens() -> list[Screen]:
    cues = doc_type_cues()
    groups = [*cues.genres.values(), *cues.responders.values()]
    return [cue.pattern for entries in groups for cue in entries] + list(_inspection_res())


# Patterns with what the cue files may one day hold: look-arounds, back-references,
# scoped flags, lazy and possessive repeats, anchors and classes before the needle.
SHAPES = [
    r"(?<=the )force\b",
    r"\b(\w+) and \1\b",
    r"(?-i:Police) force",
    r"^\s*dear\b",
    r"^[ \t]*(?:yours|kind) regards?\s*$",
    r"\bpolice(?: and)?,? crime\b",
    r"x{2,}y",
    r"(?:ab)+c",
    r"\bsaid:\s*[“\"]",
    r"(?>inspect)ion",
    r"\ba\b|\bb\b",
    r"(?:police|polic)e? force",
    r"\Apolice",
    r"force\Z",
    r"[A-Z]{2,6}\)",
]
FRAGMENTS = ["police", "Police", " ", "  ", "\n", "\n\n", "the ", "force", "dear", "Dear", "said:", "“", "\"",
             "and", ",", "crime", "x", "y", "ab", "c", "inspection", "ion", "a", "b", "İ", "ı", "yours",
             "regards", "\t", "HMI", "peel", "PEEL 2024", "(", "ABC)", "commissioner", "for", "Kent"]
compiled_shapes = [re.compile(p, re.I | re.M) for p in SHAPES]


def _same(found: re.Match[str] | None, expected: re.Match[str] | None) -> bool:
    return (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


def test_only_the_listed_characters_fold_to_ascii_under_ignorecase() -> None:
    ascii_class = re.compile(r"[\x00-\x7f]", re.I)
    folding = {chr(c) for c in range(0x80, sys.maxunicode + 1) if ascii_class.fullmatch(chr(c))}
    assert folding == set(FOLDS_TO_ASCII)
    # Positions of the lower-cased text are positions of the text for every other character.
    assert {chr(c) for c in range(sys.maxunicode + 1) if len(chr(c).lower()) != 1} <= set(FOLDS_TO_ASCII)


def test_cues_have_needles() -> None:
    """The screens do read the cue files (a parser change would silently lose them)."""
    assert all(s.needles for s in _cue_screens())


@pytest.mark.parametrize("stem", SAMPLES)
def test_cue_screens_agree_with_plain_search_on_the_samples(stem: str) -> None:
    text = sample_text(stem)
    variants = [text, text.upper(), text.replace("\n", "\n  \n"), text[len(text) // 3 :], "İ" + text]
    for variant in variants:
        folded = fold(variant)
        for s in _cue_screens():
            assert _same(s.search(variant, folded), s.pattern.search(variant)), (s.pattern.pattern, stem)


def test_a_text_with_a_folding_character_is_searched_plainly() -> None:
    assert fold("İnspection of Kent") is None
    s = screen(re.compile(r"\binspection of\b", re.I))
    assert s.search("İNSPECTION OF Kent", None) is not None


def test_a_needle_before_its_lead_allows_is_no_match() -> None:
    s = screen(re.compile(r"\bthe (?:force|service) should\b", re.I))
    assert s.needles
    assert s.search("force should", fold("force should")) is None
    assert s.search("  The Force should", fold("  The Force should")).span() == (2, 18)  # type: ignore[union-attr]


def test_whitespace_before_an_anchored_needle_is_walked_back() -> None:
    s = screen(re.compile(r"^\s*(?:dear|yours)\b", re.I | re.M))
    for text in ("Ref 1\n  \n \tDear Sir", "  Dear Sir", "Dear Sir", "Ref\n \n"):
        assert _same(s.search(text, fold(text)), s.pattern.search(text)), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40), st.sampled_from(compiled_shapes + [s.pattern for s in _cue_screens()]))
def test_screens_agree_with_plain_search(parts: list[str], pattern: re.Pattern[str]) -> None:
    text = "".join(parts)
    assert _same(screen(pattern).search(text, fold(text)), pattern.search(text))
