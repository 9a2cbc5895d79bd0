"""Items named by the one noun before their kind ("the protection cause of concern",
item_predicates.premodified_topic): real responses and a release that name an item only so."""

from __future__ import annotations

from tests.conftest import REAL, extract_text

HEAD = "Kent Fire and Rescue Service response to HMICFRS inspection\n\n"


def texts(body: str) -> list[tuple[str, str]]:
    return [(i.type, i.text) for i in extract_text(HEAD + body + "\n").items]


def real(stem: str) -> list[tuple[str, str]]:
    text = (REAL / "docs" / f"{stem}.txt").read_text(encoding="utf-8")
    return [(i.type, i.text) for i in extract_text(text, stem).items]


def test_capitalised_area_before_a_cause_of_concern_in_cabinet_minutes() -> None:
    assert ("cause_of_concern", "Protection") in real("gT_resp_warwickshire_cabinet_frs_inspection_overview2023")


def test_pillar_before_a_closed_cause_of_concern_in_authority_minutes() -> None:
    assert ("cause_of_concern", "efficiency") in real("hV_resp_bucks_fa_frs2021_report_minutes")


def test_topic_noun_before_recommendations_in_a_service_release() -> None:
    assert real("gB_resp_bucks_frs_2021_report_news") == [("recommendation", "resourcing")]


def test_only_a_noun_before_a_kind_names_its_item() -> None:
    """A qualifier, a count, a reporter, a body or a participle before a kind names no matter;
    the noun before the last kind does."""
    for phrase in ("the following recommendations", "the remaining recommendations", "the accelerated cause of concern",
                   "the inspection recommendations", "the HMICFRS recommendations", "the Government recommendations",
                   "the priority recommendations", "the outstanding recommendations"):
        body = f"The service has worked on {phrase}. It has also closed the prevention cause of concern."
        assert texts(body) == [("cause_of_concern", "prevention")], phrase
