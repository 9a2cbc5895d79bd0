"""A restated item in a response ends where the responder's answer begins
(crosswalk.extraction.item_answers): invented responses, read through the whole pipeline."""

from __future__ import annotations

from crosswalk.extraction.item_answers import answer_start
from crosswalk.extraction.item_reading import item_words
from tests.conftest import extract_text

LETTER = (
    "Response of the Chief Constable of Avon and Somerset Constabulary to the HMICFRS report\n\n"
    "Published 3 May 2024\n\n"
    "I welcome the report. The report made the following recommendation.\n\n"
)


def _cut(text: str) -> str | None:
    end = answer_start(text, 0, len(text), item_words())
    return None if end is None else text[:end]


def test_a_label_naming_the_answer_ends_the_item() -> None:
    text = "By 1 June 2025, chief constables should review stop and search records.\n\nForce action: Our panel reviews them monthly."
    assert _cut(text) == "By 1 June 2025, chief constables should review stop and search records."


def test_the_responder_speaking_after_a_colon_ends_the_item() -> None:
    text = "The Home Office should define the role of a firefighter: the council believes this should rest on risk."
    assert _cut(text) == "The Home Office should define the role of a firefighter"


def test_a_comment_on_the_recommendation_as_a_thing_ends_the_item() -> None:
    text = "Guidance to be given to victims about the reporting centre. The lead for this recommendation had changed in May."
    assert _cut(text) == "Guidance to be given to victims about the reporting centre."


def test_the_inspectorates_voice_is_never_cut() -> None:
    # "We recommend" asks; a second sentence that asks is the item's own
    assert _cut("We recommend that the force reviews its custody records. We recommend that it trains staff.") is None
    assert _cut("The force should improve call handling. This recommendation should be met by June.") is None
    assert _cut("Forces should share data: this will help victims.") is None


def test_a_response_keeps_the_responders_view_out_of_the_restated_items() -> None:
    text = LETTER + (
        "The recommendations in the report are\n\n"
        "The Home Office should define the role of a police community support officer: "
        "the constabulary believes this should rest on local risk.\n\n"
        "The College of Policing should review the training of call handlers: "
        "the constabulary is happy to help with this work.\n"
    )
    assert [i.text for i in extract_text(text, "avon_response").items] == [
        "The Home Office should define the role of a police community support officer",
        "The College of Policing should review the training of call handlers",
    ]


def test_a_response_keeps_its_comment_on_the_recommendation_out_of_the_item() -> None:
    text = LETTER + (
        "Recommendations\n\n"
        "• Guidance to be provided to call handlers to make sure victims are told what happens next. "
        "The lead for this recommendation had recently changed, which delayed the work.\n"
    )
    assert [i.text for i in extract_text(text, "avon_response").items] == [
        "Guidance to be provided to call handlers to make sure victims are told what happens next."
    ]


def test_a_recommendation_describing_itself_is_not_cut() -> None:
    text = "Boards will draw up estate plans by 2025. This recommendation is for local boards to review the estate."
    assert _cut(text) is None


def test_a_second_ask_is_the_items_own_whatever_stance_verb_follows_its_modal() -> None:
    # the modal comes before "support"/"welcome": the inspectorate asks, the responder does not answer
    assert _cut("The Home Office should define the role of a firefighter. "
                "Chief constables should support the work by June 2025.") is None
    assert _cut("The force should improve its triage. Forces must also welcome scrutiny of their data.") is None


def test_a_colon_after_a_modal_leads_in_to_the_asks_verb() -> None:
    assert _cut("The force should: ensure officers support victims.") is None
    assert _cut("The service should make sure that: staff support the new rota.") is None


def test_the_inspectorates_finding_is_never_cut() -> None:
    assert _cut("The force should review its custody records. We found that records were incomplete.") is None
    assert _cut("The force should review its custody records. Our inspection found gaps in supervision.") is None
    # the responder's own voice still ends the item
    assert _cut("The force should review its custody records. We welcome this recommendation.") == (
        "The force should review its custody records.")
