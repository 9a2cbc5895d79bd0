"""Real documents with their quote marks swapped, curly for straight or straight for curly,
read as they do with the marks they were written with.

Web pages and word processors write apostrophes and quotation marks curly ("the force’s",
“good”), plain-text exports and some publishers straight ("the force's", "good"); the corpus
holds both, from many labellers' sets. The learned sentence readers (items, commitments) key
exact tokens and learned mostly from curly marks, so they read a text with straight marks in
its curled form too (`textcat.read_forms`); the pattern readers match a word with a mark in
either form (`patterns.expand_lists`). A document must give the same items and commitments
whichever marks it was written with.
"""

from __future__ import annotations

import pytest

from tests.conftest import REAL, extract_text


def straightened(text: str) -> str:
    """The text with every curly quote mark written straight, as a plain-text export writes it."""
    return text.translate(str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'}))


def real_text(stem: str) -> str:
    return (REAL / "docs" / f"{stem}.txt").read_text(encoding="utf-8")


def read(text: str, stem: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(type, text) of each item and the text of each commitment, marks written straight
    so the two versions compare."""
    extracted = extract_text(text, stem)
    return ([(item.type, straightened(item.text)) for item in extracted.items],
            [straightened(c.text) for c in extracted.commitments])


@pytest.mark.parametrize(("stem", "items", "commitments"), [
    # an item the item tagger reads, in a quoted statement that welcomes it
    ("hV_resp_npcc_integritymatters2015", 1, 0),
    # an item the tagger reads, a quoted phrase of the report inside it
    ("iL_press_firemagazine_kent_frs2025", 1, 0),
    ("jF_press_chelmsford_essex_frs2019", 1, 0),
    # a commitment the commitment model reads, quoted words inside it
    ("gH_press_berwick_northumberland_frs2019", 0, 1),
    ("hC_press_okehamptontoday_devoncornwall_peel2024", 0, 1),
])
def test_straight_marks_give_what_curly_ones_give(stem: str, items: int, commitments: int) -> None:
    text = real_text(stem)
    written = read(text, stem)
    assert len(written[0]) >= items and len(written[1]) >= commitments
    assert read(straightened(text), stem) == written


@pytest.mark.parametrize(("stem", "count"), [
    # "rated ‘Requires improvement’ in two of its three key areas, ‘Efficiency’ and ‘People’"
    ("hK_press_lutontoday_bedsfrs2018", 4),
    # "requires improvement in its ability to ‘respond to the public’ and ‘record data about crime’"
    ("hT_press_lincolnite_lincs_peel2023", 4),
])
def test_quoted_area_names_read_with_straight_marks(stem: str, count: int) -> None:
    """Areas named each in its own quotes are one area each, the quotes straight or curly
    (`grading_lists.QUOTED_NAME_RE`)."""
    text = real_text(stem)
    curly = sorted((g.subject, g.grade, g.area) for g in extract_text(text, stem).gradings)
    straight = sorted((g.subject, g.grade, g.area) for g in extract_text(straightened(text), stem).gradings)
    assert len(curly) >= count and straight == curly


def test_a_pattern_word_with_a_mark_matches_either_form() -> None:
    """A token pattern's word with an apostrophe ("n't") matches it straight or curly, and a
    curly mark standing alone ("‘") matches the straight one too."""
    from crosswalk.extraction.patterns import expand_lists

    pattern = expand_lists([{"LOWER": {"IN": ["not", "n't"]}}, {"ORTH": "‘"}], {}, "test")
    assert isinstance(pattern, list)
    assert pattern[0]["LOWER"]["IN"] == ["not", "n't", "n’t"]
    assert pattern[1]["ORTH"] == {"IN": ["‘", "'"]}
