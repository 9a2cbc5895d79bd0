"""Items from phrasings of our own: other forces, years, fire services, PEEL pages."""

from __future__ import annotations

from tests.conftest import extract_text


def kinds(text: str) -> list[tuple[str, str | None, str | None, bool]]:
    return [(i.type, i.subject, i.parent_id, i.historic) for i in extract_text(text).items]


def test_peel_page_should_statements_under_a_heading() -> None:
    text = (
        "PEEL 2023–25: An inspection of Kent Police\n\n"
        "Areas for improvement\n\n"
        "The force should improve how it records crime.\n\n"
        "We found that the force did not always record crimes correctly.\n"
    )
    items = extract_text(text).items
    assert [(i.type, i.subject, i.text) for i in items] == [
        ("area_for_improvement", "Kent Police", "The force should improve how it records crime.")
    ]


def test_fire_service_cause_of_concern_and_timed_recommendations() -> None:
    text = (
        "Cheshire Fire and Rescue Service inspection 2023\n\n"
        "Cause of concern\n\n"
        "The service hasn’t got an effective system to make sure its prevention work reaches the most vulnerable.\n\n"
        "Recommendations\n\n"
        "By 31 March 2025, the service should:\n\n"
        "• make sure its prevention plan targets those most at risk;\n"
        "• evaluate its prevention activity.\n"
    )
    found = kinds(text)
    assert found[0][0] == "cause_of_concern"
    assert [k[0] for k in found[1:]] == ["recommendation", "recommendation"]


def test_labelled_recommendation_and_afi_are_typed_by_label() -> None:
    text = (
        "Recommendation 1: By June 2025, Dorset Police should review its custody arrangements.\n\n"
        "AFI 2: Greater Manchester Police should improve how it supervises investigations.\n"
    )
    items = extract_text(text).items
    assert [(i.type, i.number, i.subject) for i in items] == [
        ("recommendation", "R1", "Dorset Police"),
        ("area_for_improvement", "AFI2", "Greater Manchester Police"),
    ]


def test_quoted_finding_in_a_letter_is_an_item() -> None:
    text = (
        "Dear Home Secretary,\n\n"
        "‘Cleveland Police should improve how it supervises investigations’.\n\n"
        "I support this finding and have asked the Chief Constable for a plan.\n"
    )
    items = extract_text(text).items
    assert [(i.type, i.subject, i.text) for i in items] == [
        ("area_for_improvement", "Cleveland Police", "Cleveland Police should improve how it supervises investigations")
    ]


def test_reported_recommendation_in_running_text() -> None:
    text = "In its report the inspectorate recommends that Thames Valley Police should strengthen its oversight of stop and search.\n"
    items = extract_text(text).items
    assert [(i.subject, i.text) for i in items] == [
        ("Thames Valley Police", "Thames Valley Police should strengthen its oversight of stop and search.")
    ]


def test_innovative_practice_section() -> None:
    text = "Innovative practice\n\n• Essex Police uses a live dashboard to track domestic abuse cases.\n"
    assert kinds(text) == [("innovative_practice", "Essex Police", None, False)]


def test_earlier_inspection_items_are_historic() -> None:
    text = (
        "Response of the Police and Crime Commissioner for Suffolk, 4 March 2024\n\n"
        "In the 2019 PEEL inspection HMICFRS identified two areas for improvement: –\n\n"
        "1. The supervision of investigations.\n"
        "2. The use of pre-charge bail.\n"
    )
    found = kinds(text)
    assert len(found) == 2 and all(k[0] == "area_for_improvement" and k[3] for k in found)


def test_lead_in_makes_parts_of_the_item_before_it() -> None:
    text = (
        "Area for improvement\n\n"
        "Sussex Police should improve how it safeguards children at risk of exploitation.\n\n"
        "The force should:\n\n"
        "• train its call handlers;\n"
        "• share information with schools; and\n"
        "• review missing children cases.\n"
    )
    items = extract_text(text).items
    parent = items[0]
    assert parent.subject == "Sussex Police"
    assert [(i.parent_id, i.text) for i in items[1:]] == [
        (parent.item_id, "train its call handlers"),
        (parent.item_id, "share information with schools"),
        (parent.item_id, "review missing children cases."),
    ]


def test_region_wide_item_names_the_rocu_and_its_forces() -> None:
    text = "Area for improvement\n\nTITAN and its constituent forces should develop a regional approach to 4P plans.\n"
    assert kinds(text) == [("area_for_improvement", "ROCU North West and constituent forces", None, False)]


def test_findings_that_say_should_are_not_items() -> None:
    text = (
        "Durham Constabulary has been graded as good at preventing crime: –\n\n"
        "• It should make sure it collects intelligence on all threats.\n"
        "• The force should be proud of its neighbourhood teams.\n\n"
        "This should lead to improvements.\n"
    )
    assert kinds(text) == []


def test_restated_item_is_kept_once_with_its_number() -> None:
    text = (
        "Recommendations\n\n"
        "- Improve how it records disruption activity\n"
        "- Review its delivery plan so that it measures progress\n\n"
        "Our response\n\n"
        "R2. Review its delivery plan so that it measures progress.\n\n"
        "The delivery plan will be reviewed by the board in May.\n"
    )
    items = extract_text(text).items
    assert [(i.item_id, i.number, len(i.mentions)) for i in items] == [("R1", None, 0), ("R2", "R2", 1)]


def test_national_recommendation_under_a_numbered_heading() -> None:
    text = (
        "Recommendation 2\n\n"
        "By 31 March 2025, chief constables should review how their forces vet new recruits.\n\n"
        "The force will complete its review by January 2025.\n"
    )
    items = extract_text(text).items
    assert [(i.type, i.number, i.subject) for i in items] == [("recommendation", "R2", "all forces")]


def test_report_narrative_that_says_should_is_not_an_item() -> None:
    from pathlib import Path

    from crosswalk.extraction import extract_document
    from crosswalk.ingest import ingest_file

    document = ingest_file(Path(__file__).parent / "peel_judgements_table.html").document
    assert document is not None
    items = extract_document(document).items
    assert [(i.number, i.text) for i in items] == [("AFI1", "The force should improve how it supervises investigations.")]


def test_fire_service_response_items_and_labelled_answers() -> None:
    """A PFCC answering for its fire and rescue service: "the service" is the fire service,
    and "Area for improvement 1: <answer>" refers to the item instead of stating a new one."""
    from pathlib import Path

    from crosswalk.extraction import extract_document
    from crosswalk.ingest import ingest_file

    document = ingest_file(Path(__file__).parent / "fire_service_response.txt").document
    # A PFCC answering a fire inspection answers as the fire authority (corpus/gold/NOTES.md).
    assert document is not None and document.doc_type == "force_response"
    found = extract_document(document)
    assert [(i.item_id, i.type, i.subject) for i in found.items] == [
        ("CoC1", "cause_of_concern", "Essex County Fire and Rescue Service"),
        ("R1", "recommendation", "Essex County Fire and Rescue Service"),
        ("R2", "recommendation", "Essex County Fire and Rescue Service"),
        ("AFI1", "area_for_improvement", "Essex County Fire and Rescue Service"),
    ]
    assert [(g.grade, g.area) for g in found.gradings] == [
        ("good", "understanding the risk of fire and other emergencies"),
        ("requires_improvement", "promoting the right values and culture"),
    ]
    assert [c.answers for c in found.commitments] == ["CoC1", None, "AFI1"]
