"""A story's one-area form (item_predicates.one_area_theme): "One area flagged as needing
further work is X" names one of the inspectorate's areas for improvement by what is said of
the area, not by the label; the grade phrase ("highlighted as requiring improvement") names none."""

from __future__ import annotations

import pytest

from tests.conftest import REAL, extract_text


def real(stem: str) -> list[tuple[str, str]]:
    text = (REAL / "docs" / f"{stem}.txt").read_text(encoding="utf-8")
    return [(i.type, i.text) for i in extract_text(text, stem).items]


@pytest.mark.parametrize(("stem", "theme"), [
    # a PCC quoted: "One area flagged as needing further work is ..."
    ("jZ_press_strayfm_northyorks_legitimacy2015", "stop and search, in particular the need for the police to explain their actions"),
    # "An area the inspectors said the force could do better was ..." (the page is cut mid-word)
    ("iW_press_lincsonline_leics_peel2023_25", "recording when neighbourhood officers are taken away f"),
    # "The key area the force needed improvement was ...": one area, its "or" no list
    ("jD_press_hellorayo_warwickshire_peel2025", "responding quickly to 999 or 101 calls"),
    # "One of the areas flagged by the inspectors relates to ...", after "the areas for improvement"
    ("jO_press_hellorayo_hiwfrs_frs2025", "a nightly software update that impacts our mobilisation system"),
])
def test_one_described_area_is_an_area_for_improvement(stem: str, theme: str) -> None:
    found = [(type_, text.rstrip(".")) for type_, text in real(stem)]
    assert ("area_for_improvement", theme) in found


def test_the_grade_phrase_is_no_described_area() -> None:
    """"One area flagged as needing further work is X" is an item, while "One area highlighted
    as needing improvement was X" after the grades is the press's paraphrase of the
    requires-improvement grade, whose area the text grades: no item (review round 68,
    finding B: the second sentence is the review's)."""
    assert ("area_for_improvement", "stop and search, in particular the need for the police to explain their actions.") \
        in real("jZ_press_strayfm_northyorks_legitimacy2015")
    text = ("Kent Police was inspected. It was rated adequate in two areas. One area highlighted as needing "
            "improvement was responding to the public.")
    assert [(i.type, i.text) for i in extract_text(text).items] == []


@pytest.mark.parametrize("attribution", ["the report said", "according to the inspectorate"])
def test_a_described_area_ends_before_its_attribution(attribution: str) -> None:
    """"One area flagged as needing more work was its fleet, the report said.": who said it
    is no part of the area (review round 68, finding B)."""
    text = f"Kent Police was inspected. One area flagged as needing more work was its fleet, {attribution}."
    assert [(i.type, i.text) for i in extract_text(text).items] == [("area_for_improvement", "its fleet")]


def test_areas_flagged_by_inspectors_name_items_only_beside_the_label() -> None:
    """"One of the areas flagged by the inspectors relates to A" after "the areas for
    improvement" names one; "One of the areas identified by HMICFRS [that requires
    improvement] was regarding ..." with no area for improvement named nearby names none (the
    response's cause of concern is stated under its own label)."""
    assert ("area_for_improvement", "a nightly software update that impacts our mobilisation system.") \
        in real("hP_resp_hiwfrs_cfo_round3_2025")
    assert not [t for _, t in real("gG_resp_surrey_frs_coc_actions2023") if t.startswith("our ability")]
