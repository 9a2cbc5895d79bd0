"""A news story's report of what the inspectorate says a body "should" do (item_statements.py):
the inspectorate's recommendation in the story's words, however the story attributes it."""

from __future__ import annotations

from tests.conftest import REAL, extract_text


def real(stem: str) -> list[tuple[str, str]]:
    text = (REAL / "docs" / f"{stem}.txt").read_text(encoding="utf-8")
    return [(i.type, i.text) for i in extract_text(text, stem).items]


def test_present_tense_frame_reports_the_ask() -> None:
    """"something inspectors say the service should focus on preventing": "say" reports as
    "says" and "said" do, so the clause after it is the ask, from its subject."""
    assert ("recommendation", "the service should focus on preventing.") in \
        real("jF_press_windsorobserver_royalberks_frs2019")


def test_quoted_words_after_should_are_the_ask() -> None:
    """'found that the service should ‘make the best possible use of ...’': a quotation mark
    after "should" gives the report's own words, whose verb ("make") would otherwise open
    no directive ("should make a difference")."""
    assert ("recommendation", "make the best possible use of its resources to achieve better results for the public") \
        in real("jC_press_hemeltoday_herts_frs2023")


def test_pronoun_should_attributed_after_it_and_the_ask_joined_after_the_attribution() -> None:
    """"It should also improve A, the report said, and do more to B": the attribution after
    the clause reports it as a frame before it would; the "and" after it joins a second ask.
    Attributed to someone else (", the councillor said,"), the same words report no item."""
    stem = "iE_press_bbc_herefordworcester_frs2021"
    got = real(stem)
    assert ("recommendation", "It should also improve its use of resources") in got
    assert ("recommendation", "do more to plan for future financial challenges") in got
    text = (REAL / "docs" / f"{stem}.txt").read_text(encoding="utf-8")
    said = "resources, the report said, and"
    assert said in text
    other = [i.text for i in extract_text(text.replace(said, "resources, the councillor said, and"), stem).items]
    assert not {"It should also improve its use of resources", "do more to plan for future financial challenges"} & set(other)
