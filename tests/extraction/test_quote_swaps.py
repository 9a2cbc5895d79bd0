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
