"""Items joined to an item by "as well as" (item_joined.py): the words after the joiner are a
second item of the same kind, whichever rule read the first."""

from __future__ import annotations

from tests.conftest import REAL, extract_text

HEAD = "Kent Police response to HMICFRS inspection\n\n"


def texts(body: str) -> list[tuple[str, str]]:
    return [(i.type, i.text) for i in extract_text(HEAD + body + "\n").items]


def test_joined_after_a_theme_named_as_a_kind() -> None:
    body = ("Inspectors identified the handling of missing person reports as an area for improvement, "
            "as well as checking how stations store seized property. The force agreed.")
    assert texts(body) == [("area_for_improvement", "the handling of missing person reports"),
                           ("area_for_improvement", "checking how stations store seized property")]


def test_joined_after_a_theme_of_a_kind() -> None:
    body = ("There are areas for improvement in relation to vetting backlogs, as well as "
            "the review of unused firearms licences. Officers were briefed.")
    assert texts(body) == [("area_for_improvement", "vetting backlogs"),
                           ("area_for_improvement", "the review of unused firearms licences")]


def real(stem: str) -> list[tuple[str, str]]:
    text = (REAL / "docs" / f"{stem}.txt").read_text(encoding="utf-8")
    return [(i.type, i.text) for i in extract_text(text, stem).items]


def test_joiner_inside_one_item_reads_two() -> None:
    """An HMI's quoted "should review A, as well as looking at B" is two areas for improvement."""
    assert real("gR_press_wiredgov_lancashire_peel2022") == [
        ("area_for_improvement", "the constabulary should review how it investigates domestic abuse"),
        ("area_for_improvement", "looking at the role and responsibilities of its response officers to ensure "
                                 "they have the capacity to meet demand"),
    ]


def test_joined_ask_drops_its_to() -> None:
    """'should "A" as well as to B': B is the second ask, without its "to"."""
    got = real("hV_press_hemeltoday_herts_frs_acoc_progress2025")
    assert ("recommendation", "detail how it will prioritise home fire safety checks to those most at risk") in got


def test_joiner_without_a_comma_inside_a_theme_stays_one_item() -> None:
    body = "Inspectors identified the sharing of crime maps as well as briefings with councils as notable practice. It was welcomed."
    assert [t for _, t in texts(body)] == ["the sharing of crime maps as well as briefings with councils"]


def test_numbered_item_stays_whole() -> None:
    """A labelled recommendation asks what its label gives, joiner and all."""
    body = ("Recommendation 1: By 30 June 2027, the force should review how it records hate crime, "
            "as well as how it trains its call handlers to spot it.")
    assert texts(body) == [("recommendation", "By 30 June 2027, the force should review how it records hate "
                                              "crime, as well as how it trains its call handlers to spot it.")]


def test_list_item_stays_whole() -> None:
    body = ("The inspection made these recommendations:\n\n"
            "• The force should review how it records hate crime, as well as how it trains its call handlers.\n"
            "• The force should clear its vetting backlog.\n\nWe accept them.")
    assert [t for _, t in texts(body)] == [
        "The force should review how it records hate crime, as well as how it trains its call handlers.",
        "The force should clear its vetting backlog."]


def test_refused_second_item_leaves_the_first_whole() -> None:
    """One word after the joiner is no item: the ask is not cut short before it."""
    body = "Inspectors said the force should review how it stores seized property, as well as training. The force agreed."
    assert [t for _, t in texts(body)] == ["the force should review how it stores seized property, as well as training."]


def test_joined_item_after_a_kind_needs_its_comma() -> None:
    body = ("Inspectors identified the handling of missing person reports as an area for improvement "
            "as well as checking how stations store seized property. The force agreed.")
    assert texts(body) == [("area_for_improvement", "the handling of missing person reports")]


def test_joined_item_ends_before_its_full_stop() -> None:
    body = ("Inspectors said the force should 'review how it stores seized property', as well as "
            "checking its custody records. The force agreed.")
    assert texts(body)[1] == ("area_for_improvement", "checking its custody records")
