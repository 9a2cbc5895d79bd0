"""Items from phrasings of our own: other forces, years, fire services, PEEL pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswalk.extraction.item_reading import crosses_quotation
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
    items = extract_text(text).items
    assert items[0].type == "cause_of_concern"
    # The deadline belongs to the whole list: the lead-in is the recommendation, the bullets its parts.
    assert [(i.type, i.text, i.parent_id) for i in items[1:]] == [
        ("recommendation", "By 31 March 2025, the service should:", None),
        ("recommendation", "make sure its prevention plan targets those most at risk", items[1].item_id),
        ("recommendation", "evaluate its prevention activity.", items[1].item_id),
    ]


def test_letter_naming_its_concern_and_recommendations_then_numbered_paragraphs() -> None:
    text = (
        "Dorset Fire and Rescue Service: progress letter\n\n"
        "We inspected the service in May. We sent you the cause of concern and made recommendations as follows:\n\n"
        "The service does not have a reliable way to keep its risk records up to date.\n\n"
        "By 30 June 2022, the service should:\n\n"
        "• clear its backlog of risk visits;\n"
        "• train staff to use the new system.\n"
        "2. You sent us your action plan on 30 June 2022 and told us how you would meet the recommendations.\n"
        "3. The service has shown it is committed to the plan.\n"
    )
    items = extract_text(text).items
    assert [(i.type, i.parent_id is not None) for i in items] == [
        ("cause_of_concern", False), ("recommendation", False), ("recommendation", True), ("recommendation", True)]
    assert items[0].text.startswith("The service does not have")


def test_recommends_that_lead_in_under_a_cause_of_concern_types_its_list_as_recommendations() -> None:
    text = (
        "PEEL: police legitimacy (1234)\n\n"
        "To address this cause of concern, HMIC recommends that:\n\n"
        "• Within six months, all forces should publish their vetting plans.\n"
        "• Within a year, all forces should vet their whole workforce.\n"
    )
    assert [(k[0], k[2]) for k in kinds(text)] == [("recommendation", None), ("recommendation", None)]


def test_timed_lead_in_without_an_earlier_item_is_the_recommendation() -> None:
    text = (
        "Within six months the force should put in place arrangements to ensure that:\n\n"
        "• victims are believed at the point of report;\n"
        "• online reports are triaged when they are received.\n"
    )
    items = extract_text(text).items
    assert [(i.type, i.parent_id) for i in items] == [
        ("recommendation", None), ("recommendation", items[0].item_id), ("recommendation", items[0].item_id)]


def test_a_lead_in_with_its_deadline_between_commas_leads_in_to_parts() -> None:
    text = (
        "Recommendation\n\n"
        "Dorset Police should, within six months:\n\n"
        "• make sure every stalking investigation has a plan reviewed by a supervisor; and\n"
        "• make sure victims of stalking are updated on their case every month.\n"
    )
    items = extract_text(text).items
    assert [(i.type, i.parent_id) for i in items] == [
        ("recommendation", None), ("recommendation", items[0].item_id), ("recommendation", items[0].item_id)]


def test_a_labelled_item_in_minutes_ends_where_the_report_on_it_begins() -> None:
    text = (
        "AFI 4 – the force should improve how it answers non-emergency calls. The Assistant Chief Constable "
        "reported that a new online reporting service had been launched.\n\n"
        "Recommendation 2 - By June 2025, Dorset Police should train call handlers to recognise stalking\n\n"
        "Progress: training is under way.\n"
    )
    items = extract_text(text).items
    assert [(i.type, i.text) for i in items] == [
        ("area_for_improvement", "the force should improve how it answers non-emergency calls."),
        ("recommendation", "By June 2025, Dorset Police should train call handlers to recognise stalking")]


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


def test_every_name_of_a_type_labels_an_item() -> None:
    """Responses write "area of improvement" and "cause for concern" for the report's "area for
    improvement" and "cause of concern", and spell out "innovative practice"."""
    text = (
        "Area of improvement 3: Dorset Police should improve how it supervises investigations.\n\n"
        "Cause for concern 1: Kent Police is not doing enough to protect vulnerable people.\n\n"
        "Innovative practice 2: Cleveland Police has set up a team to review every missed call.\n"
    )
    items = extract_text(text).items
    assert [(i.type, i.number) for i in items] == [
        ("area_for_improvement", "AFI3"), ("cause_of_concern", "CoC1"), ("innovative_practice", "IP2")]


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


def test_two_asks_one_recommends_that_frame_reports_are_two_items() -> None:
    """"The report recommends that A must be X and says that B must be Y": the second frame,
    joined by "and" after the first ask, reports a second ask; each clause is an item, and
    neither keeps the frame's "that"."""
    text = ("Charity responds to police inspection\n\n"
            "The report recommends that stalking cases must be given more attention and says that people who report "
            "harassment must be offered specialist advocacy.\n")
    items = extract_text(text).items
    assert [(i.type, i.text) for i in items] == [
        ("recommendation", "stalking cases must be given more attention"),
        ("recommendation", "people who report harassment must be offered specialist advocacy."),
    ]


def test_innovative_practice_section() -> None:
    text = "Innovative practice\n\n• Essex Police uses a live dashboard to track domestic abuse cases.\n"
    assert kinds(text) == [("innovative_practice", "Essex Police", None, False)]


@pytest.mark.parametrize("text, expected", [
    (  # a practice titled under its heading, the paragraph describing it
        "Essex 2021/22\n\nEfficiency\n\n"
        "Essex Fire and Rescue Service is good at making best use of its resources.\n\n"
        "Promising practice\n\n"
        "The service runs a shared fleet workshop with its neighbours\n\n"
        "We found that the workshop saves money and keeps more fire engines on the run.\n\n"
        "It also trains apprentices for both services.\n",
        ("innovative_practice", "The service runs a shared fleet workshop with its neighbours", None),
    ),
    (  # a tracker entry titled by its directive, its finding after it
        "PEEL 2023-25 inspection findings for Essex Police\n\n"
        "Areas for Improvement (3)\n\n"
        "Essex Police should improve how it supervises its investigations\n\n"
        "Supervisors did not always review investigation plans, so some victims were not updated.\n",
        ("area_for_improvement", "Essex Police should improve how it supervises its investigations", None),
    ),
])
def test_a_line_titling_an_item_under_its_typed_heading_is_the_item(text: str, expected: tuple[str, str, None]) -> None:
    assert texts(text) == [expected]


def test_a_topic_line_under_an_improvement_heading_is_no_item() -> None:
    text = (
        "Areas for improvement\n\n"
        "Understanding the risk of fire and other emergencies\n\n"
        "The service has a good understanding of the risks in its area.\n"
    )
    assert texts(text) == []


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

    from crosswalk.extraction.extract import extract_document
    from crosswalk.ingest import ingest_file

    document = ingest_file(Path(__file__).parent / "peel_judgements_table.html").document
    assert document is not None
    items = extract_document(document).items
    assert [(i.number, i.text) for i in items] == [("AFI1", "The force should improve how it supervises investigations.")]


def test_fire_service_response_items_and_labelled_answers() -> None:
    """A PFCC answering for its fire and rescue service: "the service" is the fire service,
    and "Area for improvement 1: <answer>" refers to the item instead of stating a new one."""
    from pathlib import Path

    from crosswalk.extraction.extract import extract_document
    from crosswalk.ingest import ingest_file

    document = ingest_file(Path(__file__).parent / "fire_service_response.txt").document
    # A PFCC answering a fire inspection answers as the fire authority (corpus/gold/NOTES.md).
    assert document is not None and document.doc_type == "force_response"
    found = extract_document(document)
    assert [(i.item_id, i.type, i.subject) for i in found.items] == [
        ("CoC1", "cause_of_concern", "Essex County Fire and Rescue Service"),
        ("R1", "recommendation", "Essex County Fire and Rescue Service"),  # "By 1 June 2023, the service should:"
        ("R1.1", "recommendation", "Essex County Fire and Rescue Service"),
        ("R1.2", "recommendation", "Essex County Fire and Rescue Service"),
        ("AFI1", "area_for_improvement", "Essex County Fire and Rescue Service"),
    ]
    assert [(g.grade, g.area) for g in found.gradings] == [
        ("good", "understanding the risk of fire and other emergencies"),
        ("requires_improvement", "promoting the right values and culture"),
    ]
    assert [c.answers for c in found.commitments] == ["CoC1", None, "AFI1"]


# -- shapes of the genre the rules read (short invented examples) -------------------------


def texts(text: str) -> list[tuple[str, str, str | None]]:
    return [(i.type, i.text, i.parent_id) for i in extract_text(text).items]


def test_lead_in_that_says_more_than_its_clause_is_an_item_with_parts() -> None:
    text = (
        "Cause of concern\n\n"
        "The service doesn’t have an effective system to gather risk information.\n\n"
        "By 1 June 2024, the service should provide an action plan. The service should make sure:\n\n"
        "• its staff are trained to carry out risk visits;\n"
        "• risk information is uploaded promptly.\n"
    )
    found = texts(text)
    assert [t for t, _, _ in found] == ["cause_of_concern", "recommendation", "recommendation", "recommendation"]
    lead = extract_text(text).items[1]
    assert lead.text.endswith("The service should make sure:")
    assert [p for _, _, p in found[2:]] == [lead.item_id, lead.item_id]


def test_lead_in_that_names_its_step_is_the_recommendation_its_bullets_part_of() -> None:
    text = (
        "Cause of concern\n\n"
        "The force does not identify vulnerable callers quickly enough.\n\n"
        "To address this cause of concern the force should immediately take steps to improve its call handling by ensuring that:\n\n"
        "• call handlers ask every caller about risk; and\n"
        "• supervisors check a sample of calls each week.\n"
    )
    found = extract_text(text).items
    assert [i.type for i in found] == ["cause_of_concern", "recommendation", "recommendation", "recommendation"]
    assert found[1].text.startswith("To address this cause of concern") and found[1].text.endswith("ensuring that:")
    assert [i.parent_id for i in found[2:]] == [found[1].item_id, found[1].item_id]


@pytest.mark.usefixtures("cue_doc_types")
def test_a_bare_lead_in_hangs_its_parts_from_the_item_before_it() -> None:
    text = (
        "Areas for improvement\n\n"
        "The force should improve how it supervises investigations.\n\n"
        "The force should make sure that:\n\n"
        "• supervisors review each case within a week;\n"
        "• reviews are recorded.\n"
    )
    found = extract_text(text).items
    assert [(i.type, i.parent_id) for i in found] == [
        ("area_for_improvement", None), ("area_for_improvement", "AFI1"), ("area_for_improvement", "AFI1")]


@pytest.mark.usefixtures("cue_doc_types")
def test_lead_in_typed_by_the_kind_it_names() -> None:
    text = (
        "In 2021 HMICFRS issued the force with a cause of concern and made two recommendations, including that the force should:\n\n"
        "• improve how it records crime;\n"
        "• train its staff in the recording rules.\n"
    )
    assert [t for t, _, _ in texts(text)] == ["recommendation", "recommendation"]


def test_findings_lead_in_after_a_should_sentence_is_not_items() -> None:
    text = (
        "The service is good at looking after its people, although it should do better at developing leaders. It is good at:\n\n"
        "• promoting the right values;\n"
        "• getting the right people with the right skills.\n"
    )
    assert texts(text) == []


def test_inline_hollow_bullets_in_a_monitoring_record() -> None:
    text = (
        "PEEL: police effectiveness 2018 – Norfolk Constabulary (9001)\n\n"
        "Recommendation\n\n"
        "Within three months, the force should: ◦ review its missing persons policy; ◦ train its call handlers; and ◦ audit open cases.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("recommendation", "Within three months, the force should:"),  # the deadline is the whole list's
        ("recommendation", "review its missing persons policy"),
        ("recommendation", "train its call handlers"),
        ("recommendation", "audit open cases."),
    ]


def test_a_register_entry_opening_with_its_deadline_or_an_adverb_is_the_recommendation() -> None:
    timed = (
        "Norfolk Constabulary: Custody inspection 2019 (9002)\n\n"
        "Within six months, the force should review how it records detainees' property and make sure each record is checked.\n\n"
        "[on]9th February 2020 [status]awaiting-review[/status][/on][on]17th March 2020 [comment]\n\n"
        "The force has put a new checking process in place.\n\n"
        "[/comment][/on]\n"
    )
    assert [(t, x[:28]) for t, x, _ in texts(timed)] == [("recommendation", "Within six months, the force")]
    adverb = (
        "Norfolk Constabulary: Custody inspection 2019 (9003)\n\n"
        "Immediately Norfolk Constabulary should put in place a review of its custody staffing. "
        "The force should then train its detention officers in the new rota.\n\n"
        "[on]9th February 2020 [status]awaiting-review[/status][/on]\n"
    )
    assert [(t, x[:11], x[-35:]) for t, x, _ in texts(adverb)] == [
        ("recommendation", "Immediately", "detention officers in the new rota.")]
    lead = (
        "Norfolk Constabulary: Crime Data Integrity 2019 (9004)\n\n"
        "The force should take steps to close gaps in its crime recording. This work should include: "
        "◦a review of its incident types; and◦a review of its audit team.\n\n"
        "[on]9th February 2020 [status]awaiting-review[/status][/on]\n"
    )
    found = extract_text(lead).items
    assert [(i.type, i.text[-25:]) for i in found] == [
        ("recommendation", "This work should include:"), ("recommendation", "a review of its incident types"[-25:]),
        ("recommendation", "a review of its audit team."[-25:])]
    assert [i.parent_id for i in found] == [None, found[0].item_id, found[0].item_id]


def test_a_committee_papers_resolutions_are_not_items() -> None:
    numbered = (
        "Report of the Policing Committee on the inspection of Norfolk Constabulary\n\n"
        "A. Recommendations\n\n"
        "1. That the Committee notes the inspection report and the force's plan.\n"
        "2. That members agree how they will be told of progress on the plan.\n\n"
        "B. Supporting information\n"
    )
    assert texts(numbered) == []
    bare = (
        "Report of the Policing Committee on the inspection of Norfolk Constabulary\n\n"
        "A. Recommendations\n\n"
        "That\n\n"
        "- The Chief Constable be invited to comment on the report by 30 June.\n"
        "- The Committee receives a further report at its next meeting.\n"
    )
    assert texts(bare) == []


def test_a_last_block_cut_mid_word_that_opens_with_a_directive_is_the_next_item() -> None:
    text = (
        "Recommendations\n\n"
        "The force should immediately review how it assesses risk to victims.\n\n"
        "2\n\n"
        "Completed\n\n"
        "Within three months the force should rev"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("recommendation", "The force should immediately review how it assesses risk to victims."),
        ("recommendation", "Within three months the force should rev"),
    ]
    heading = "Recommendations\n\nThe force should immediately review how it assesses risk to victims.\n\nThe chief fir"
    assert len(texts(heading)) == 1


def test_a_cut_last_block_that_opens_as_the_run_of_items_does_is_the_next_item() -> None:
    labelled = (
        "Areas for improvement\n\n"
        "AFI The service should review how it trains its crews.\n"
        "AFI The service needs to improve its rota planning\n"
        "AFI The ser"
    )
    assert [x for _, x, _ in texts(labelled)][-1] == "The ser"  # its label is no part of it
    # cut before its matter: the body alone is still the next item's start
    assert [x for _, x, _ in texts(labelled + "vice")][-1] == "The service"
    timed = (
        "The force should immediately:\n\n"
        "  • review how it supervises its investigations;\n"
        "  • allocate crimes on the basis of risk.\n\n"
        "By 31 Octo"
    )
    assert texts(timed)[-1][:2] == ("recommendation", "By 31 Octo")
    bullets = (
        "The report's recommendations include\n\n"
        "  • A review of training in call handling should be undertaken.\n"
        "  • The Coll"
    )
    assert [x for _, x, _ in texts(bullets)] == ["A review of training in call handling should be undertaken.", "The Coll"]
    # a longer cut block that no rule reads as an item is none, whatever stands before it
    minutes = (
        "  • A review of training in call handling should be undertaken.\n"
        "  • In answer to a question from a member about the plan the officer noted that it was on tra"
    )
    assert [x for _, x, _ in texts(minutes)] == ["A review of training in call handling should be undertaken."]


def test_a_list_item_the_page_cuts_after_its_connector_is_no_restatement() -> None:
    text = (
        "Areas for improvement\n\n"
        "  • The force should monitor a full dataset on its use of force.\n"
        "  • The force should monitor a full dataset on its use of stop and"
    )
    assert len(texts(text)) == 2


def test_time_bound_lead_ins_are_recommendations() -> None:
    text = (
        "Recommendations\n\n"
        "By March 2025, chief constables should review how they record stalking offences.\n\n"
        "Within six months, the force should publish its plan for victim care.\n"
    )
    items = extract_text(text).items
    assert [(i.type, i.subject) for i in items] == [("recommendation", "all forces"), ("recommendation", None)]


def test_flattened_table_rows_with_pipes() -> None:
    text = (
        "Action plan\n\n"
        "Recommendation | Response | Status\n"
        "Cheshire Constabulary should improve how it supervises investigations. | A new audit is in place. | Completed\n"
        "Cheshire Constabulary should review its use of bail. | Reviews start in June. | Open\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("recommendation", "Cheshire Constabulary should improve how it supervises investigations."),
        ("recommendation", "Cheshire Constabulary should review its use of bail."),
    ]


def test_flattened_monitoring_table_one_item_per_frame() -> None:
    text = (
        "Recommendations\n1\nCompleted\n"
        "HMIC recommends that the force should immediately: review its workload; and Durham Constabulary 2 Completed "
        "HMIC recommends that the force should immediately: agree a plan for its estate.\n"
        "Durham Constabulary\n3\nOpen\n"
        "HMIC recommends that within six months the force should: improve its supervision.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("recommendation", "HMIC recommends that the force should immediately: review its workload"),
        ("recommendation", "HMIC recommends that the force should immediately: agree a plan for its estate."),
        ("recommendation", "HMIC recommends that within six months the force should: improve its supervision."),
    ]


def test_minutes_name_an_item_by_its_label_and_theme() -> None:
    text = (
        "Minutes\n\n"
        "The Chief Constable updated Members on Action for Further Improvement (AFI) 7, relating to the recording of use of force, which remained Red.\n\n"
        "Members noted the update.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [("area_for_improvement", "the recording of use of force")]


def test_items_paraphrased_in_prose_several_to_a_sentence() -> None:
    text = (
        "The Commissioner welcomed the report.\n\n"
        "Two recommendations made in the report are in respect of improving the response to missing children "
        "and the need for the force to review its vetting backlog.\n\n"
        "A cause of concern was identified in two areas, firstly around the supervision of detainees and secondly "
        "around the recording of strip searches.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("recommendation", "improving the response to missing children"),
        ("recommendation", "the need for the force to review its vetting backlog."),
        ("cause_of_concern", "the supervision of detainees"),
        ("cause_of_concern", "the recording of strip searches."),
    ]


def test_causes_of_concern_given_as_themes() -> None:
    text = (
        "Durham Constabulary was placed into enhanced monitoring.\n\n"
        "The inspectorate identified three causes of concern. These concerns include poor call answering, "
        "a gap between income and expenditure, and weak oversight of vetting.\n\n"
        "The report detailed two causes of concern, focused on Prevention and Equality, Diversity and Inclusion (ED&I).\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("cause_of_concern", "poor call answering"),
        ("cause_of_concern", "a gap between income and expenditure"),
        ("cause_of_concern", "weak oversight of vetting."),
        ("cause_of_concern", "Prevention"),
        ("cause_of_concern", "Equality, Diversity and Inclusion (ED&I)."),
    ]


def test_a_cause_of_concern_in_a_bare_topic_names_its_theme() -> None:
    text = (
        "Members asked about the inspection. The cause of concern in prevention had been expected by the service.\n\n"
        "The inspectorate closed a cause of concern for training noting the work done since 2022.\n\n"
        "The councillor raised a cause of concern on behalf of residents.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [("cause_of_concern", "prevention"), ("cause_of_concern", "training")]


def test_each_cause_of_concern_a_sentence_issues_names_its_joined_topic() -> None:
    text = (
        "In May the inspectorate raised a cause of concern on custody, and a further cause of concern "
        "on culture and staff welfare.\n\n"
        "The panel noted a cause of concern on vetting and discussed the plan.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("cause_of_concern", "custody"), ("cause_of_concern", "culture and staff welfare"), ("cause_of_concern", "vetting"),
    ]


def test_a_relative_clause_after_a_list_of_themes_names_no_theme() -> None:
    text = ("The inspectorate set out five causes of concern relating to Kent Police, the details of "
            "which were sent to the chief constable.\n")
    assert [x for _, x, _ in texts(text)] == []


def test_areas_to_improve_are_causes_of_concern_when_the_force_is_in_engage() -> None:
    plain = (
        "The inspection identified three areas where the force must make improvements: "
        "how it records crime; how it answers calls; and how it manages offenders.\n"
    )
    assert {t for t, _, _ in texts(plain)} == {"area_for_improvement"}
    engaged = plain + "\nThe inspectorate will now monitor the force under its enhanced Engage process.\n"
    assert [t for t, _, _ in texts(engaged)] == ["cause_of_concern"] * 3


def test_a_theme_that_names_a_kind_again_is_no_item() -> None:
    text = "Your letter contains recommendations for policing, including recommendations for chief officers (COs) and their deputies.\n"
    assert [x for _, x, _ in texts(text)] == ["their deputies."]


def test_a_theme_cut_off_inside_its_clause_is_no_item() -> None:
    negated = ("The second cause of concern relates to the finding that the constabulary doesn’t "
               "have a plan for its call handling.\n")
    assert [x for _, x, _ in texts(negated)] == []
    wh_clause = ("I welcome the report, and the pages below set out how the Service "
                 "is meeting the areas for improvement it found.\n")
    assert [x for _, x, _ in texts(wh_clause)] == []


def test_infinitives_joined_by_commas_are_one_theme() -> None:
    text = "The force has acted on our cause of concern about its systems to plan, fund and review officer training.\n"
    assert [x for _, x, _ in texts(text)] == ["its systems to plan, fund and review officer training."]
    gerunds = "The report raised causes of concern about its approach to training, vetting and custody.\n"
    assert [x for _, x, _ in texts(gerunds)] == ["its approach to training", "vetting", "custody."]


def test_a_practice_named_by_what_is_done_after_in_is_an_item() -> None:
    text = (
        "The force was praised for innovative practice in training its call handlers to spot coercive control.\n\n"
        "The report noted promising practice in respect of sharing data with councils, including weekly reports.\n\n"
        "Inspectors saw notable practice in Leeds.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("innovative_practice", "training its call handlers to spot coercive control."),
        ("innovative_practice", "sharing data with councils, including weekly reports."),
    ]


def test_described_kind_is_not_a_list_of_themes() -> None:
    text = "The report makes actionable recommendations regarding our strategies, and regional areas for improvement relating to joint working.\n"
    assert texts(text) == []


def test_news_release_gerund_bullets() -> None:
    text = (
        "Gloucestershire Police responds to inspection\n\n"
        "The force said the recommendations include:\n\n"
        "• improving how it answers 101 calls\n"
        "• making sure victims are updated.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("recommendation", "improving how it answers 101 calls"),
        ("recommendation", "making sure victims are updated."),
    ]


def test_reasons_for_engage_are_causes_of_concern_for_the_body_above() -> None:
    text = (
        "Forces in Engage\n\nLincolnshire Police\nEntered Engage\n2024\nReasons\n"
        "- The force doesn’t answer emergency calls quickly enough.\n"
        "- The force doesn’t understand its demand.\n"
    )
    items = extract_text(text).items
    assert [(i.type, i.subject) for i in items] == [("cause_of_concern", "Lincolnshire Police")] * 2


def test_a_grade_summary_in_news_is_not_an_item() -> None:
    text = (
        "Sussex Police needs to improve how it keeps people safe, the inspectorate said today.\n\n"
        "The report said Sussex Police needs to improve how it responds to the public.\n"
    )
    assert texts(text) == []


def test_opening_that_stops_mid_item_keeps_the_item() -> None:
    text = (
        "Cause of concern\n\nThe service hasn’t got an effective system for managing risk information.\n\n"
        "Cause of concern\n\nThe service’s mobilising arrangements are not reli"
    )
    assert [(t, x) for t, x, _ in texts(text)][1] == ("cause_of_concern", "The service’s mobilising arrangements are not reli")


def test_title_naming_a_kind_is_not_a_section() -> None:
    text = (
        "Avon Fire and Rescue Service: Cause of concern revisit\n"
        "During our inspection in 2022 we identified a cause of concern about how the service protects its staff from contaminants.\n"
        "We revisited the service in March 2023.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("cause_of_concern", "how the service protects its staff from contaminants.")
    ]


def test_parts_without_bullets_one_a_block_after_a_lead_in() -> None:
    from crosswalk.extraction.extract import extract_document
    from crosswalk.ingest import ingest_bytes

    page = (
        "<html><body><main><h1>Response to the inspection of Kent Fire and Rescue Service</h1>"
        "<h2>Cause of concern</h2>"
        "<p>The service hasn’t got an effective way to make sure its protection staff are trained.</p>"
        "<p>HMICFRS has recommended that the service should make sure:</p>"
        "<p>it has a plan to train all protection staff;</p>"
        "<p>its audits of high-risk premises are quality assured; and</p>"
        "<p>it reports progress to the fire authority.</p>"
        "<p>We accept this cause of concern and the fire authority agreed our plan in May.</p>"
        "</main></body></html>"
    )
    items = extract_document(ingest_bytes(page.encode("utf-8"), "kent", "kent.html", ".html")).items
    assert [(i.type, i.parent_id, i.text) for i in items] == [
        ("cause_of_concern", None, "The service hasn’t got an effective way to make sure its protection staff are trained."),
        ("recommendation", "CoC1", "it has a plan to train all protection staff"),
        ("recommendation", "CoC1", "its audits of high-risk premises are quality assured"),
        ("recommendation", "CoC1", "it reports progress to the fire authority."),
    ]


def test_kind_with_a_clause_after_it_is_not_a_list_of_themes() -> None:
    text = "The Commissioner said the recommendations around custody have all been met.\n"
    assert texts(text) == []


def test_bullets_after_a_labelled_item_are_comments_on_it() -> None:
    text = (
        "Members considered the Commissioner's report on the inspection findings.\n"
        "AFI 3 – the Force should ensure that its custody audits are completed on time.\n"
        "· Asked about AFI 3, the Commander confirmed that audits were now weekly.\n"
        "· The Chair requested that the audit results be circulated to Members.\n"
        "RESOLVED, that the report be received.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("area_for_improvement", "the Force should ensure that its custody audits are completed on time."),
    ]


def test_theme_list_ends_where_a_new_clause_joins_with_and() -> None:
    text = ("The report has highlighted several areas for improvement, including in our custody suites, "
            "and I will be making sure the Chief Constable acts on them.\n")
    assert [(t, x) for t, x, _ in texts(text)] == [("area_for_improvement", "in our custody suites")]


def test_second_verb_joined_by_and_does_not_introduce_themes() -> None:
    text = ("“Work is already under way. These recommendations will be taken forward and included in "
            "our existing plans where it makes sense.”\n")
    assert texts(text) == []


def test_deadline_opens_a_register_recommendation_without_a_named_body() -> None:
    text = (
        "Crime recording: an inspection of how forces record crime (1234)\n\n"
        "Not later than 30 June 2016 those forces that still use paper forms should move to a digital record.\n\n"
        "The status of this recommendation is being reviewed.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("recommendation", "Not later than 30 June 2016 those forces that still use paper forms should move to a digital record."),
    ]


def test_typed_lead_in_leads_in_to_list_items_not_paragraphs() -> None:
    text = (
        "Recommendations: Within six months chief constables should ensure that officers record breaches of orders.\n\n"
        "The force has considered the recommendations and advises that it:\n\n"
        "'has trained 40 officers, and we are working with partners to improve safety planning. "
        "We need to keep reviewing this.'\n"
    )
    assert [t for t, _, _ in texts(text)] == ["recommendation"]


def test_register_entries_as_word_sub_bullets_restate_recommendations() -> None:
    text = (
        "Minutes:\n\n"
        "·         The Head of Planning noted that four responses were Red, which included the following:\n\n"
        "o   Revised custody guidance to be published. A draft was with the legal team.\n\n"
        "o   Victim updates should be improved to meet the Code. Work had started.\n\n"
        "o   The board noted that the Chief Constable was content with progress.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("recommendation", "Revised custody guidance to be published."),
        ("recommendation", "Victim updates should be improved to meet the Code."),
    ]


def test_a_reported_need_or_a_wh_clause_before_to_be_is_no_register_entry() -> None:
    text = (
        "Minutes:\n\n"
        "·         The Head of Planning noted that four responses were Red, which included the following:\n\n"
        "o   Revised custody guidance to be published. A draft was with the legal team.\n\n"
        "o   Support for rural crews needed to be reviewed more closely in later inspections.\n\n"
        "o   The question of how much funding should be raised locally was left to the panel.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [("recommendation", "Revised custody guidance to be published.")]


@pytest.mark.parametrize("demand", [
    "Kent Police must ensure it has clear ways of finding and supporting repeat victims of anti-social behaviour.",
    "Chief Constables must ensure their officers and staff have the skills and the data to tackle anti-social "
    "behaviour, and commissioners will hold them to account.",
])
def test_a_commissioners_own_must_is_no_item_of_the_report(demand: str) -> None:
    text = ("Police and Crime Commissioner responds to HMICFRS report on neighbourhood policing\n\n"
            "The Police and Crime Commissioner for Kent has responded to the HMICFRS inspection of how forces "
            "tackle anti-social behaviour.\n\n" + demand + "\n\n"
            "The report said Kent Police should improve how it records reports of anti-social behaviour.\n")
    assert [x for _, x, _ in texts(text)] == ["Kent Police should improve how it records reports of anti-social behaviour."]


def test_a_recommendation_to_address_a_cause_of_concern_names_what_it_answers_not_an_ask() -> None:
    text = ("Inspectors made a single recommendation to tackle a serious cause of concern in the cells, "
            "and they listed twelve areas for improvement.\n")
    assert [x for _, x, _ in texts(text) if x.startswith("recommendation")] == []


def test_recommendation_named_by_its_infinitive_ends_at_the_verb() -> None:
    text = ("“Online fraud keeps growing. The inspectorate’s recommendation to merge the regional fraud teams "
            "is welcome and we will work with partners on it.”\n")
    assert [(t, x) for t, x, _ in texts(text)] == [("recommendation", "recommendation to merge the regional fraud teams")]


def test_theme_introduced_by_regarding() -> None:
    text = ("The force was discussing some of the areas for improvement identified in the report, "
            "in particular regarding the handling of missing persons.\n")
    assert [(t, x) for t, x, _ in texts(text)] == [("area_for_improvement", "the handling of missing persons.")]


def test_news_that_a_force_must_improve_summarises_its_grade() -> None:
    text = ("Kent Police has made progress since its last inspection, but must improve how it answers "
            "non-emergency calls, the inspectorate has said.\n")
    assert texts(text) == []


def test_quoted_finding_whose_should_comes_later_is_not_an_item() -> None:
    text = ("\"Kent Police is sharing its control room with Essex Police. This should continue to save money. "
            "The force has improved its planning.\"\n")
    assert texts(text) == []


# -- items named by their themes: singular kinds, counts, possessives, quotations -----------


def themes_of(text: str) -> list[tuple[str, str]]:
    return [(i.type, i.text) for i in extract_text(text).items]


def test_singular_cause_of_concern_takes_one_theme_up_to_its_clause() -> None:
    text = (
        "Inspectors raised a new cause of concern regarding the service’s backlog of home safety visits, citing "
        "delays after the pandemic. A separate cause of concern relating to culture was not part of this revisit.\n"
    )
    assert themes_of(text) == [("cause_of_concern", "the service’s backlog of home safety visits"),
                               ("cause_of_concern", "culture")]


def test_cause_of_concern_that_clause_is_its_theme() -> None:
    text = (
        "The service has responded well to our cause of concern that it didn’t have enough fire engines available. "
        "In our last inspection, a cause of concern was issued stating that staff fitness was not tested.\n"
    )
    assert themes_of(text) == [("cause_of_concern", "it didn’t have enough fire engines available."),
                               ("cause_of_concern", "staff fitness was not tested.")]


def test_relative_that_after_a_kind_is_no_theme() -> None:
    assert themes_of("The cause of concern that we raised in 2019 has now been closed.\n") == []


def test_counted_kind_with_colon_or_quotes_gives_that_many_themes() -> None:
    text = (
        "The revisit looked at two causes of concern: the risk information process and prevention activity.\n\n"
        "The report for the service identified two “causes of concern” about crewing of fire engines and the "
        "management of training for safety skills.\n"
    )
    assert [t for _, t in themes_of(text)] == [
        "the risk information process", "prevention activity.",
        "crewing of fire engines", "the management of training for safety skills."]


def test_causes_of_concern_on_their_themes() -> None:
    # "on" right after a concern names its themes; a date, "on behalf of" or a
    # recommendation's topic does not; "before" opens the clause whose subject is the kind.
    text = (
        "Kent Police must show more progress before the two remaining causes of concern on call handling and the "
        "supervision of investigations can be closed.\n\n"
        "The chief officer accepted the recommendations on victim care and thanked the inspectors.\n\n"
        "We wrote to you about the cause of concern on 12 May 2023 and again in June.\n"
    )
    assert themes_of(text) == [("cause_of_concern", "call handling"),
                               ("cause_of_concern", "the supervision of investigations")]


def test_themes_end_where_a_participle_says_when_they_were_given() -> None:
    text = (
        "At the revisit we found that the causes of concern relating to protection and equality, diversity and "
        "inclusion raised after the 2022 inspection hadn’t been addressed.\n"
    )
    assert themes_of(text) == [("cause_of_concern", "protection"),
                               ("cause_of_concern", "equality, diversity and inclusion")]


def test_sentences_before_a_typed_lead_in_name_concerns_by_theme() -> None:
    text = (
        "Norfolk Fire and Rescue Service: revisit letter\n\n"
        "In March we went back to the service. We found that the causes of concern relating to protection and "
        "equality, diversity and inclusion raised after the 2022 inspection hadn’t been addressed. In April we wrote to the "
        "service again and set out the following recommendations:\n\n"
        "• By 30 June 2024, the service should publish a revised protection plan.\n"
    )
    assert [t for t in themes_of(text) if t[0] == "cause_of_concern"] == [
        ("cause_of_concern", "protection"), ("cause_of_concern", "equality, diversity and inclusion")]


def test_quoted_cause_of_concern_after_a_colon_is_the_whole_quotation() -> None:
    text = ("The report set out this cause for concern: ‘The service doesn’t use its resources well. Staff rely on "
            "paper records’. It was revisited in October.\n")
    assert themes_of(text) == [("cause_of_concern", "The service doesn’t use its resources well. Staff rely on paper records")]


def test_possessive_kind_lists_its_themes() -> None:
    text = ("The Government has addressed some of the inspectorate’s recommendations including the independence of "
            "chief fire officers, reviewing pay and conditions and the role of the firefighter.\n")
    assert [t for _, t in themes_of(text)] == [
        "the independence of chief fire officers", "reviewing pay and conditions", "the role of the firefighter."]


def test_theme_that_names_a_stated_item_is_a_mention() -> None:
    text = (
        "Cause of concern\n\n"
        "The service’s mobilisation system isn’t reliable and crashes during emergency calls.\n\n"
        "We have now closed the accelerated cause of concern about the mobilisation system.\n"
    )
    items = extract_text(text).items
    assert [(i.type, len(i.mentions)) for i in items] == [("cause_of_concern", 1)]


def test_theme_mention_before_the_full_statement_under_its_heading_is_a_mention() -> None:
    text = (
        "Background\n\n"
        "In 2023 we inspected the service. We also gave it a new cause of concern about its protection work.\n\n"
        "Cause of concern\n\n"
        "Protection cause of concern\n\n"
        "The service hasn’t got enough qualified inspectors to audit its highest-risk premises.\n\n"
        "Recommendations\n\n"
        "By 30 June 2024, the service should:\n\n"
        "• train more staff to audit premises;\n"
        "• review its audit programme.\n"
    )
    concerns = [i for i in extract_text(text).items if i.type == "cause_of_concern"]
    assert [(i.text, len(i.mentions)) for i in concerns] == [
        ("The service hasn’t got enough qualified inspectors to audit its highest-risk premises.", 1)]


def test_theme_dated_to_an_earlier_inspection_stays_beside_the_full_statement() -> None:
    text = (
        "Published on: 8 November 2024\n\n"
        "Background\n\n"
        "During our 2024 inspection, we found that the cause of concern relating to prevention issued after our "
        "previous inspection in 2019 hadn’t been fully addressed.\n\n"
        "Cause of concern\n\n"
        "Prevention cause of concern\n\n"
        "The service still isn’t targeting its prevention work at those most at risk from fire.\n"
    )
    concerns = [i for i in extract_text(text).items if i.type == "cause_of_concern"]
    assert len(concerns) == 2


def test_semicolon_list_of_themes_keeps_each_theme_whole() -> None:
    text = ("The panel heard that the service was given three causes of concern within the areas of Response; "
            "Training; and Fairness, Respect and Belonging (FRB).\n")
    assert [t for _, t in themes_of(text)] == ["Response", "Training", "Fairness, Respect and Belonging (FRB)."]


def test_list_of_themes_running_on_into_the_next_blocks() -> None:
    text = (
        "The review makes two recommendations to ministers, which include: changing the law to widen the remit "
        "and clarifying who inspects the commissioners;\n\n"
        "funding new research on the effect of patrols; AND\n\n"
        "a study of why complaints take so long. The chief inspector spoke on Monday.\n\n"
        "The minister said the plans were welcome.\n"
    )
    assert [t for _, t in themes_of(text)] == [
        "changing the law to widen the remit and clarifying who inspects the commissioners",
        "funding new research on the effect of patrols",
        "a study of why complaints take so long.",
    ]


def test_directives_after_a_stated_cause_of_concern_are_its_recommendations() -> None:
    text = (
        "Kent Police: PEEL inspection 2023\n\n"
        "Cause of concern\n\n"
        "The force isn't answering calls from the public quickly enough.\n\n"
        "To address this, within three months the force should review how it answers emergency calls.\n\n"
        "The force should also train its call handlers in assessing risk.\n\n"
        "We found the force had too few call handlers.\n"
    )
    assert [(i.type, i.parent_id) for i in extract_text(text).items] == [
        ("cause_of_concern", None), ("recommendation", None), ("recommendation", None)]


def test_register_entry_opening_with_an_agentless_prescription_is_a_recommendation() -> None:
    text = (
        "Crime data integrity force reports (1234)\n\n"
        "Custody staff should be given further guidance on recording detainee complaints.\n\n"
        "[on]1st May 2015 [status]awaiting-review[/status][/on]\n\n"
        "Progress against this recommendation will be assessed at the next inspection.\n"
    )
    document_items = extract_text(text).items
    assert [(i.type, i.text) for i in document_items] == [
        ("recommendation", "Custody staff should be given further guidance on recording detainee complaints.")]


def test_paragraphs_after_a_lead_in_ending_in_its_kind_are_its_items() -> None:
    text = (
        "News\n\n"
        "Inspectors identified the following areas for improvement:\n\n"
        "The force should improve how it supervises investigations.\n\n"
        "The force should make sure it understands demand.\n\n"
        "The chief constable said she welcomed the report.\n"
    )
    assert [i.type for i in extract_text(text).items] == ["area_for_improvement", "area_for_improvement"]


def test_cause_of_concern_over_a_theme() -> None:
    assert themes_of("Inspectors raised a cause of concern over the handling of emergency calls, the report said.\n") == [
        ("cause_of_concern", "the handling of emergency calls")]


def test_colon_or_that_after_a_kind_not_introducing_themes() -> None:
    assert themes_of("The service has made good progress against our recommendations: it now has a clear plan.\n") == []
    assert themes_of("It is a cause of concern that so many calls go unanswered.\n") == []


def test_prescribing_bullets_after_a_stated_concern_are_recommendations() -> None:
    text = (
        "Kent Police: PEEL inspection 2023\n\n"
        "Cause of concern\n\n"
        "The force isn't answering calls from the public quickly enough.\n\n"
        "• Within three months the force should review how it answers emergency calls.\n"
        "• The force should train its call handlers in assessing risk.\n"
    )
    assert [i.type for i in extract_text(text).items] == ["cause_of_concern", "recommendation", "recommendation"]


def test_a_list_of_concerns_stays_concerns_when_one_says_the_force_needs_to_improve() -> None:
    text = (
        "Kent Police: PEEL inspection 2023\n\n"
        "Causes of concern\n\n"
        "• The force isn't answering calls from the public quickly enough.\n"
        "• The force needs to improve how it records crime.\n"
    )
    assert [i.type for i in extract_text(text).items] == ["cause_of_concern", "cause_of_concern"]


def test_practice_in_how_lists_its_clauses() -> None:
    text = ("Inspectors highlighted the ‘notable practice’ in how the joint team buys equipment, and how the digital "
            "team supports change, as examples for others.\n")
    assert themes_of(text) == [("innovative_practice", "how the joint team buys equipment"),
                               ("innovative_practice", "how the digital team supports change")]


def test_possessed_kind_far_from_its_introducer_lists_nothing() -> None:
    assert themes_of("The minister’s answer to the review’s recommendations is set out below, including next steps.\n") == []


# -- round 4: theme lists after a dash or ", including"; lead-in lists carried in paragraphs --


def test_counted_kind_then_a_dash_lists_its_themes_by_semicolons() -> None:
    text = (
        "The service was moved into Engage after inspectors found three causes of concern – "
        "staff training, supervision and welfare; fleet maintenance; and protection audits.\n"
    )
    assert themes_of(text) == [("cause_of_concern", "staff training, supervision and welfare"),
                               ("cause_of_concern", "fleet maintenance"),
                               ("cause_of_concern", "protection audits.")]


def test_bare_plural_kind_then_comma_including_lists_its_themes() -> None:
    text = "The inspection highlights recommendations, including custody records, bail management and victim updates.\n"
    assert themes_of(text) == [("recommendation", "custody records"), ("recommendation", "bail management"),
                               ("recommendation", "victim updates.")]


def test_described_kind_without_a_comma_before_including_is_not_a_list() -> None:
    text = "The report sets out regional areas for improvement including some that the forces share.\n"
    assert themes_of(text) == []


def test_lead_in_list_carried_in_lower_case_paragraphs_with_joined_last_parts() -> None:
    from crosswalk.extraction.extract import extract_document
    from crosswalk.ingest import ingest_bytes

    page = (
        "<html><body><main><h1>Force moved into enhanced monitoring</h1>"
        "<p>The inspectorate has issued Exampleshire Police with causes of concern because it must:</p>"
        "<p>answer emergency calls more quickly;</p>"
        "<p>improve the supervision of its investigations; and</p>"
        "<p>review its workforce plan.</p>"
        "<p>The chief constable said the force would respond.</p>"
        "</main></body></html>"
    )
    items = extract_document(ingest_bytes(page.encode("utf-8"), "ex", "ex.html", ".html")).items
    assert [(i.type, i.text) for i in items] == [
        ("cause_of_concern", "answer emergency calls more quickly"),
        ("cause_of_concern", "improve the supervision of its investigations"),
        ("cause_of_concern", "review its workforce plan."),
    ]


def test_lead_in_naming_a_kind_splits_a_carried_line_at_its_semicolon() -> None:
    text = (
        "Inspectors gave the force two causes of concern, which are that it needs to:\n\n"
        "reduce the backlog of digital devices awaiting examination; and improve how it records crime.\n"
    )
    assert themes_of(text) == [("cause_of_concern", "reduce the backlog of digital devices awaiting examination"),
                               ("cause_of_concern", "improve how it records crime.")]


def test_lead_in_inside_an_untyped_numbered_list_leads_in_to_no_items() -> None:
    text = (
        "Principles for sharing data\n\n"
        "1. Data should be entered once.\n\n"
        "2. Those who hold data should agree on a few shared aims:\n\n"
        "- record it once: keep one copy of each record\n\n"
        "- record it well: check each record when it is made\n"
    )
    assert themes_of(text) == []


def test_directive_to_all_forces_is_a_recommendation_and_its_entry_is_one_item() -> None:
    text = (
        "Chief constables should review how their forces record missing people. "
        "Chief constables should report their findings to the College of Policing.\n"
    )
    assert themes_of(text) == [(
        "recommendation",
        "Chief constables should review how their forces record missing people. "
        "Chief constables should report their findings to the College of Policing.",
    )]


def test_directives_to_one_force_stay_separate_areas_for_improvement() -> None:
    text = (
        "Dorset Police should review how it records missing people. "
        "Dorset Police should improve its call handling.\n"
    )
    assert [t for t, _ in themes_of(text)] == ["area_for_improvement", "area_for_improvement"]


def test_ordinal_themes_after_the_and_a_second_kind_that_surrounded_its_theme() -> None:
    text = (
        "Inspectors made two causes of concern: the first around the quality of risk assessments, specifically "
        "around repeat victims. The second cause of concern surrounded the welfare of staff working nights.\n"
    )
    assert themes_of(text) == [
        ("cause_of_concern", "the quality of risk assessments, specifically around repeat victims."),
        ("cause_of_concern", "the welfare of staff working nights."),
    ]


def test_quoted_item_after_a_dash_with_a_page_reference_between() -> None:
    text = (
        "Members noted the recommendation as set out at page 9 of the report – ‘The Service should audit "
        "its fleet every year’. Officers agreed to report back.\n"
    )
    assert themes_of(text) == [("recommendation", "The Service should audit its fleet every year")]


def test_inspectorate_recommends_a_noun_phrase_one_item_per_object() -> None:
    text = (
        "While inspectors sensibly recommended the merger of the two control rooms which are under strain and "
        "the review of shift patterns, the panel will watch the costs closely.\n"
    )
    assert themes_of(text) == [("recommendation", "the merger of the two control rooms"),
                               ("recommendation", "the review of shift patterns")]


def test_recommended_clause_or_vague_object_is_no_object_item() -> None:
    text = (
        "The report recommended a number of changes to custody. "
        "HMICFRS recommended the force should publish its plan.\n"
    )
    assert all(rule != "item-recommended" for rule in (i.rule for i in extract_text(text).items))


@pytest.mark.usefixtures("cue_doc_types")  # three lines of a committee paper: the cues type them, not a model unsure of so few words
def test_run_on_committee_report_items_split_at_each_the_force_should() -> None:
    text = (
        "3.1 The report set out two broad areas for improvement: The force should review its shift pattern. "
        "This is so that demand is met The force should improve its workforce plan. The plan should cover skills. "
        "3.2 The committee noted the report.\n"
    )
    assert themes_of(text) == [
        ("area_for_improvement", "The force should review its shift pattern. This is so that demand is met"),
        ("area_for_improvement", "The force should improve its workforce plan. The plan should cover skills."),
    ]


def test_a_response_tracker_restates_each_the_service_should_line_as_an_item() -> None:
    """A response that sets out its items a line each ("The Service should ..."), each
    followed by its update: every line is an item, though only the first is under a
    heading and none names its body."""
    text = (
        "Our response to the inspection\n\n"
        "The report made three recommendations. This page sets out our progress.\n\n"
        "Cause for concern\n\n"
        "The Service should make sure its board oversees the improvement plan.\n\n"
        "Action taken\n\n"
        "Status: In progress\n\n"
        "The Service should make sure its risk register is reviewed every quarter.\n\n"
        "Action taken\n\n"
        "Status: Completed\n\n"
        "The Service Should make sure fleet data is accurate.\n"
    )
    items = extract_text(text).items
    assert [i.text.split()[-1] for i in items] == ["plan.", "quarter.", "accurate."]
    assert [i.type for i in items[1:]] == ["recommendation", "recommendation"]


def test_the_force_should_inside_running_prose_is_no_standing_item() -> None:
    text = (
        "Our response to the inspection\n\n"
        "We agree that the force should do more, and the force should also review its training. "
        "We have started that work.\n"
    )
    assert extract_text(text).items == ()


def test_numbered_should_lines_each_over_its_answer_are_the_items() -> None:
    """A numbered or bulleted "The service should ..." line set alone between answer
    paragraphs restates an item, as the same line unnumbered does."""
    text = (
        "Oakridge Fire and Rescue Service: our response to the inspection report\n\n"
        "We thank the inspectorate for its report and accept its findings in full. Our response to each area follows.\n\n"
        "i) The service should make sure that its fire engines are available in line with its response standards.\n\n"
        "We have changed our crewing model and availability has risen.\n\n"
        "ii) The service should ensure that senior leaders are visible to staff in all stations.\n\n"
        "Our senior leaders now visit every station each quarter.\n\n"
        "Chief Fire Officer\n"
    )
    items = extract_text(text).items
    assert [(i.rule, i.text.split()[-1]) for i in items] == [("item-statement", "standards."),
                                                            ("item-statement", "stations.")]


def test_should_lines_in_a_run_or_after_the_writers_own_lead_in_are_no_items() -> None:
    """A story's run of graded findings, one a "should" line, is a summary: only a line set
    alone between paragraphs stands as an item. A line after the writer's own lead-in
    ("I have asked him for the following"), or one that asks something of the writer ("to
    me"), is the writer's ask, not an item the letter restates."""
    run = (
        "Fire service told it must improve after inspection\n\n"
        "Inspectors graded the service as requires improvement in six areas. Their findings included:\n\n"
        "- The service needs to do more to prevent fires in the home\n"
        "- The service should assure itself that staff are productive\n"
        "- The service needs to improve how it manages its budget\n\n"
        "The chief fire officer said the service accepted the findings.\n"
    )
    asked = (
        "Letter from the Police and Crime Commissioner\n\n"
        "I have met the Chief Constable about the inspection report. I have asked him for the following:\n\n"
        "1. The force should report to me each quarter on its progress against the plan.\n\n"
        "I will publish his reply on my website.\n"
    )
    for text in (run, asked):
        assert extract_text(text).items == ()


def test_a_table_row_whose_label_is_a_cell_of_its_own_types_and_numbers_its_item() -> None:
    """"AFI 1 | The force should ... | update": the label cell types and numbers the item
    in the cell after it, as a labelled line does; a short index label ("R1") is such a
    label too, not an index to skip."""
    text = (
        "Ellisford Constabulary: update on the inspection report\n\n"
        "This is the force's response to the HMICFRS report, published in the spring. "
        "We welcome the report and set out our progress against each item below.\n\n"
        "Area for improvement 1 | The force should make sure it understands the demand it faces from missing children. "
        "| A demand analysis was completed in August. | Complete\n\n"
        "R2 | The force should make sure every victim receives a needs assessment. "
        "| Needs assessments are now part of the crime recording form.\n\n"
        "Signed, on behalf of the chief constable.\n"
    )
    items = extract_text(text).items
    assert [(i.type, i.number, i.text.split()[-1]) for i in items] == [
        ("area_for_improvement", "AFI1", "children."), ("recommendation", "R2", "assessment.")]


def test_a_table_row_of_a_label_and_an_update_or_a_status_is_no_item() -> None:
    """A tracker's "AFI 1 | We have introduced ... | Complete" gives its update after the
    label cell, worded as no item (no directing modal): the label alone is no item, nor
    the update; so too a label and a status."""
    head = (
        "Marlow Vale Police - quarterly update to the Police and Crime Commissioner\n\n"
        "This is the force's update on the HMICFRS report, published last year. We set out progress below.\n\n"
    )
    statuses = "Reference | Status | Owner\nRecommendation 1 | Complete | ACC Crime\nAFI 3 | Closed | Head of HR\n"
    updates = ("AFI 1 | We have introduced a new training package for all call handlers across the force. | Complete\n\n"
               "AFI 2 | A new policy was published in May and is now in force. | Complete\n")
    for rows in (statuses, updates):
        assert extract_text(head + rows).items == ()


def test_a_standing_the_force_must_improve_summarises_a_grade_and_is_no_item() -> None:
    text = (
        "Commissioner responds to the inspection\n\n"
        "The report is disappointing and I have asked the Chief Constable for a plan.\n\n"
        "The force must improve.\n"
    )
    assert extract_text(text).items == ()


@pytest.mark.usefixtures("cue_doc_types")
def test_numbered_lead_in_that_opens_its_list_still_leads_in_to_items() -> None:
    text = (
        "Our response\n\n"
        "1. Dorset Police should:\n\n"
        "- review its custody records every month\n\n"
        "- train its staff in the new guidance\n"
    )
    assert [t for t, _ in themes_of(text)] == ["area_for_improvement", "area_for_improvement"]


def test_they_included_lists_the_themes_of_the_kind_ending_the_block_before() -> None:
    text = (
        "The inspector found six areas which needed improvement.\n\n"
        "They included fleet maintenance, staff welfare and the training of crews.\n"
    )
    assert themes_of(text) == [("area_for_improvement", "fleet maintenance"),
                               ("area_for_improvement", "staff welfare"),
                               ("area_for_improvement", "the training of crews.")]


def test_they_included_after_a_block_naming_no_kind_is_no_item() -> None:
    text = "The inspector visited six stations.\n\nThey included Horsham and Crawley.\n"
    assert themes_of(text) == []


def test_lead_in_that_points_back_takes_the_kind_of_the_sentence_before() -> None:
    text = (
        "Our letter reviewed the two causes of concern we gave the service last spring. These were:\n\n"
        "- The service does not check that its crews are trained to use breathing apparatus.\n"
        "- The service does not know how many of its fire engines are available each day.\n\n"
        "We found that the service had made progress.\n"
    )
    assert [i.type for i in extract_text(text).items] == ["cause_of_concern", "cause_of_concern"]


def test_lead_in_that_points_back_to_the_block_before() -> None:
    text = (
        "The report set out three areas for improvement for Dyfed-Powys Police.\n\n"
        "They related to the force’s:\n\n"
        "- supervision of its investigations;\n"
        "- use of body-worn video; and\n"
        "- records of stop and search.\n"
    )
    assert themes_of(text) == [("area_for_improvement", "supervision of its investigations"),
                               ("area_for_improvement", "use of body-worn video"),
                               ("area_for_improvement", "records of stop and search.")]


def test_lead_in_that_points_back_to_findings_is_no_list_of_items() -> None:
    text = (
        "We looked again at the force’s progress. These were our findings:\n\n"
        "- The force has recruited more call handlers.\n"
        "- The force answers more calls within ten seconds.\n"
    )
    assert extract_text(text).items == ()


def test_need_to_before_a_colon_leads_in_to_items() -> None:
    text = (
        "Inspectors found that several areas still need attention. In particular, forces need to:\n\n"
        "- review how they record hate crime;\n"
        "- train call handlers to recognise repeat victims.\n"
    )
    assert themes_of(text) == [("area_for_improvement", "review how they record hate crime"),
                               ("area_for_improvement", "train call handlers to recognise repeat victims.")]


def test_subject_said_to_be_a_kind_is_its_theme() -> None:
    text = (
        "The inspectors concluded that the handling of missing children, particularly those who go missing often, "
        "is a serious cause of concern.\n\n"
        "In particular, the service’s joint safety work with the council, the ambulance service, and local "
        "charities, was seen as notable practice.\n\n"
        "As many of these calls involved children, this is a significant cause of concern.\n\n"
        "The review found that the force’s senior leaders were given causes of concern.\n"
    )
    assert themes_of(text) == [
        ("cause_of_concern", "the handling of missing children, particularly those who go missing often"),
        ("innovative_practice", "the service’s joint safety work with the council, the ambulance service, and "
                                "local charities"),
    ]


def test_document_titled_by_a_kind_follows_those_items_up_so_they_are_current() -> None:
    body = (
        "Sent on 2 May 2024.\n\n"
        "In our 2019 inspection of the service we gave two causes of concern. These were:\n\n"
        "- The service does not check that its crews are trained to use breathing apparatus.\n"
        "- The service does not know how many of its fire engines are available each day.\n"
    )
    titled = kinds("Cumbria Fire and Rescue Service: causes of concern revisit letter\n\n" + body)
    untitled = kinds("Cumbria Fire and Rescue Service: letter to the chief fire officer\n\n" + body)
    assert [(k[0], k[3]) for k in titled] == [("cause_of_concern", False)] * 2
    assert [(k[0], k[3]) for k in untitled] == [("cause_of_concern", True)] * 2


def test_a_follow_up_title_makes_every_item_it_restates_current() -> None:
    """A revisit or post-inspection review follows up the inspection's items, whatever
    their kind; a sentence that uses the verb ("a pleasure to revisit") is no such title."""
    body = (
        "Sent on 2 May 2024.\n\n"
        "In our 2022 inspection of the force we made two recommendations. These were:\n\n"
        "- Within three months, Dorset Police should review its missing persons practice.\n"
        "- Within six months, Dorset Police should improve its child protection investigations.\n"
    )
    review = kinds("Response to the report: Dorset – child protection post-inspection review\n\n" + body)
    visit = kinds("It was a pleasure to revisit Dorset Police and meet its officers\n\n" + body)
    assert [(k[0], k[3]) for k in review] == [("recommendation", False)] * 2
    assert [(k[0], k[3]) for k in visit] == [("recommendation", True)] * 2


def test_introducer_in_a_clause_after_the_kind_lists_no_themes() -> None:
    text = (
        "We have worked through these recommendations, and after their visit inspectors found that we now "
        "answer more calls.\n\n"
        "The review found that major improvements are needed to make the unit work well, including the need for "
        "better training.\n"
    )
    assert themes_of(text) == []


@pytest.mark.usefixtures("cue_doc_types")
def test_kind_mentioned_by_its_occasion_only_is_no_item() -> None:
    text = (
        "Response of the Police and Crime Commissioner for Dorset\n\n"
        "The revisit looked at a cause of concern identified during the 2022 inspection of the force.\n\n"
        "This follows a cause of concern issued on the force’s handling of 999 calls in 2022.\n"
    )
    assert themes_of(text) == [("cause_of_concern", "a cause of concern issued on the force’s handling of 999 calls in 2022.")]


def test_deadline_between_commas_after_should_leads_in_to_parts() -> None:
    text = (
        "Recommendation:\n\n"
        "Lincolnshire Police should, within six months:\n\n"
        "- review how it allocates crimes to investigators; and\n"
        "- make sure supervisors check every investigation plan.\n"
    )
    found = [(i.item_id, i.type, i.parent_id) for i in extract_text(text).items]
    assert found == [("R1", "recommendation", None), ("R1.1", "recommendation", "R1"), ("R1.2", "recommendation", "R1")]


def test_quotation_opened_by_that_after_one_of_the_kind_is_the_item() -> None:
    text = (
        "A member asked how one of the recommendations made in the 2022 report that ‘the force should publish its "
        "stop and search data every month’ had been met.\n\n"
        "The board noted that the recommendations were discussed and said that ‘progress is good’.\n"
    )
    assert themes_of(text) == [("recommendation", "the force should publish its stop and search data every month")]


def test_writer_saying_what_it_must_do_states_no_item() -> None:
    text = (
        "Response of the Police and Crime Commissioner for Kent\n\n"
        "Areas for improvement\n\n"
        "We must make sure our call handlers are trained.\n\n"
        "To deliver this plan, we need to:\n\n"
        "- recruit more call handlers;\n"
        "- upgrade our systems.\n"
    )
    assert extract_text(text).items == ()


def test_label_followed_by_a_dash_is_trimmed_from_the_item() -> None:
    text = (
        "Response of the Police and Crime Commissioner for Kent\n\n"
        "Recommendation 4 – By March 2023, chief constables should review their vetting.\n\n"
        "AFI 3 - The force should improve how it supervises investigations.\n"
    )
    assert [(i.number, i.text) for i in extract_text(text).items] == [
        ("R4", "By March 2023, chief constables should review their vetting."),
        ("AFI3", "The force should improve how it supervises investigations."),
    ]


def test_writers_own_steps_in_a_list_of_items_are_not_items() -> None:
    text = (
        "Response of the Police and Crime Commissioner for Kent\n\n"
        "We have made progress on the areas for improvement in the report. These include:\n\n"
        "- We have recruited 20 call handlers.\n"
        "- We will upgrade our systems.\n\n"
        "Recommendations\n\n"
        "- The force should review custody.\n"
    )
    assert themes_of(text) == [("recommendation", "The force should review custody.")]


def test_lead_in_that_points_back_to_report_progress_is_no_list_of_items() -> None:
    text = (
        "Our letter reviewed the two causes of concern we gave the service last spring. These were all met:\n\n"
        "- The service now checks that its crews are trained.\n"
        "- The service now knows how many fire engines are available.\n"
    )
    assert extract_text(text).items == ()


def test_a_run_of_concerns_each_with_its_own_dated_lead_in() -> None:
    text = (
        "Cheshire Fire and Rescue Service: progress letter\n\n"
        "We identified two causes of concern and made recommendations for them, as follows:\n\n"
        "The service hasn’t done enough to target its prevention work at those most at risk.\n\n"
        "By 30 June 2024, the service should:\n\n"
        "• review its prevention strategy; and\n"
        "• train its staff in home safety visits.\n\n"
        "The service doesn’t know which of its premises carry the highest risk.\n\n"
        "By 30 June 2024, the service should:\n\n"
        "• audit its premises database; and\n"
        "• set targets for its inspection programme.\n"
    )
    found = extract_text(text).items
    assert [(i.type, i.text) for i in found if i.parent_id is None] == [
        ("cause_of_concern", "The service hasn’t done enough to target its prevention work at those most at risk."),
        ("recommendation", "By 30 June 2024, the service should:"),
        ("cause_of_concern", "The service doesn’t know which of its premises carry the highest risk."),
        ("recommendation", "By 30 June 2024, the service should:"),
    ]
    second = found[5]
    assert [i.text for i in found if i.parent_id == second.item_id] == [
        "audit its premises database", "set targets for its inspection programme."]


def test_a_lead_in_due_within_a_number_of_days_is_the_recommendation() -> None:
    text = (
        "Cause of concern\n\n"
        "The service can’t show that its protection work reaches the riskiest buildings.\n\n"
        "Recommendations\n\n"
        "Within 28 days, the service should send us a plan that shows how it will:\n\n"
        "• audit its premises; and\n"
        "• train its inspectors.\n"
    )
    found = texts(text)
    assert found[1][:2] == ("recommendation", "Within 28 days, the service should send us a plan that shows how it will:")
    assert [p for _, _, p in found[2:]] == [extract_text(text).items[1].item_id] * 2


def test_a_back_reference_lead_in_after_an_opener_types_its_list() -> None:
    text = (
        "Kent Police: our response\n\n"
        "The report made four recommendations for the force. In short, these were: –\n\n"
        "  1. Kent Police reviews how its control room grades calls about children.\n"
        "  2. Within three months, Kent Police trains its officers to record what children say.\n"
    )
    assert [t for t, _, _ in texts(text)] == ["recommendation", "recommendation"]


def test_a_reported_cause_of_concern_names_its_theme_after_the_reporting_verb() -> None:
    text = "Cheshire Fire and Rescue Service was inspected.\n\nInspectors said poor handling of 999 calls was a \"cause of concern\".\n"
    assert texts(text) == [("cause_of_concern", "poor handling of 999 calls", None)]


def test_an_expletive_names_no_theme() -> None:
    text = ("Kent Police: our response\n\nThe force is open with the public, while there are areas for improvement, "
            "and it commits resources to its ethics.\n")
    assert texts(text) == []


def test_a_heading_that_names_an_area_then_its_items() -> None:
    text = ("Kent Police: response of the commissioner\n\n"
            "Effectiveness: areas for improvement\n"
            "- The force should reduce the proportion of 101 calls that are abandoned.\n"
            "OPCC comment: work is under way.\n")
    assert texts(text)[:1] == [("area_for_improvement",
                                "The force should reduce the proportion of 101 calls that are abandoned.", None)]


def test_a_summary_lead_in_of_a_report_under_no_heading_gives_findings() -> None:
    text = ("PEEL: Police effectiveness 2017 – Kent Police\n\n"
            "Kent Police is good at keeping people safe. However, the force needs to:\n\n"
            "  • improve the consistency of supervision in investigations; and\n"
            "  • make sure workloads are manageable.\n\n"
            "Areas for improvement\n\n"
            "The force should improve how it supervises investigations.\n")
    assert texts(text) == [("area_for_improvement", "The force should improve how it supervises investigations.", None)]


def test_item_words_refuse_an_as_verb_that_is_no_ascribing_verb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json
    import shutil

    from crosswalk.extraction.item_reading import WORDS_FILE, item_words
    from crosswalk.resources import patterns_dir

    shutil.copytree(patterns_dir(), tmp_path / "patterns")
    path = tmp_path / "patterns" / WORDS_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**data, "as_verbs": [*data["as_verbs"], "treated"]}), encoding="utf-8")
    monkeypatch.setenv("CROSSWALK_PATTERNS", str(tmp_path / "patterns"))
    item_words.cache_clear()
    try:
        with pytest.raises(ValueError, match="treated"):
            item_words()
    finally:
        item_words.cache_clear()


def test_a_list_of_directives_under_an_untyped_heading_is_recommendations() -> None:
    text = (
        "A thematic inspection of custody\n\n"
        "What we found in the forces we visited.\n\n"
        "1. By June 2026, forces should review how detainees are checked overnight.\n\n"
        "2. By May 2026, forces should: publish their custody data each quarter.\n\n"
        "train every sergeant in the new checks.\n\n"
        "3. The College of Policing and the NPCC should agree one standard for cell checks.\n"
    )
    items = extract_text(text).items
    assert [(i.type, i.text, i.parent_id) for i in items] == [
        ("recommendation", "By June 2026, forces should review how detainees are checked overnight.", None),
        ("recommendation", "By May 2026, forces should:", None),
        ("recommendation", "publish their custody data each quarter.", items[1].item_id),
        ("recommendation", "train every sergeant in the new checks.", items[1].item_id),
        ("recommendation", "The College of Policing and the NPCC should agree one standard for cell checks.", None),
    ]


def test_a_listed_finding_or_grade_summary_is_no_directive_entry() -> None:
    text = (
        "Fire services inspected this year\n\n"
        "• Avon Fire and Rescue Service needs to make improvements\n"
        "• We found the service should have acted sooner on its backlog.\n"
    )
    assert extract_text(text).items == ()


def test_a_kind_reported_without_a_determiner_is_named_by_its_themes() -> None:
    text = (
        "Commissioner welcomes inspection of Dyfed-Powys Police\n\n"
        "In the county, the report highlights promising practice in how officers are briefed, "
        "support for repeat victims, and using drones to search for missing people.\n\n"
        "The inspection made a number of recommendations for the force around tackling fraud, "
        "protecting children and preventing burglary and theft.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("innovative_practice", "how officers are briefed"),
        ("innovative_practice", "support for repeat victims"),
        ("innovative_practice", "using drones to search for missing people."),
        ("recommendation", "tackling fraud"),
        ("recommendation", "protecting children"),
        ("recommendation", "preventing burglary and theft."),
    ]


def test_such_as_gives_the_items_of_the_kind_right_before_it() -> None:
    text = (
        "Commissioner responds to inspection of Dyfed-Powys Police\n\n"
        "It highlights areas for improvement, such as slow answering of 101 calls, and I will hold the force to account.\n\n"
        "The report gives reasons for these concerns, such as staff shortages and old systems.\n\n"
        "There remain areas where improvement is needed, such as custody.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [("area_for_improvement", "slow answering of 101 calls")]


def test_one_directive_in_a_list_of_findings_is_a_finding() -> None:
    text = (
        "Commissioner’s response to the inspection of Dyfed-Powys Police\n\n"
        "My reading of the main findings:\n\n"
        "• Most demand comes from the cities.\n"
        "• The force should make sure its plans are shared.\n"
        "• There is a new board to oversee the work.\n"
    )
    assert texts(text) == []


def test_areas_where_the_body_must_improve_name_their_themes() -> None:
    text = (
        "Commissioner responds to inspection of Dyfed-Powys Police\n\n"
        "The inspection named three areas where the force must make improvements: how calls are answered; "
        "its vetting backlog and the supervision of investigations.\n\n"
        "There are some aspects in which the force does need to improve, mainly around IT, training, "
        "and the report makes a number of recommendations.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("area_for_improvement", "how calls are answered"),
        ("area_for_improvement", "its vetting backlog"),
        ("area_for_improvement", "the supervision of investigations."),
        ("area_for_improvement", "IT"),
        ("area_for_improvement", "training"),
    ]


def test_themes_carried_from_the_sentence_before_that_names_the_kind() -> None:
    text = (
        "Commissioner responds to inspection of Dyfed-Powys Police\n\n"
        "Inspectors said the force needed to improve in some areas. They identified staff training and the recording of stop and search.\n\n"
        "The force acted fast in areas where improvements were required. These are answering 101 calls, and how it supports victims.\n\n"
        "We know the areas where we need to improve. They are regularly discussed at our board.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("area_for_improvement", "staff training"),
        ("area_for_improvement", "the recording of stop and search."),
        ("area_for_improvement", "answering 101 calls"),
        ("area_for_improvement", "how it supports victims."),
    ]


def test_a_short_theme_is_not_merged_into_a_longer_one_that_contains_its_words() -> None:
    text = (
        "Commissioner responds to inspection of Dyfed-Powys Police\n\n"
        "The report identified some areas for improvement, including IT, and tackling the corruption that some officers hide from it.\n"
    )
    assert [x for _, x, _ in texts(text)] == ["IT", "tackling the corruption that some officers hide from it."]


def test_a_verb_inside_a_themes_own_clause_does_not_make_the_list_a_subject() -> None:
    text = (
        "Commissioner responds to inspection of Dyfed-Powys Police\n\n"
        "The report identified some areas for improvement around the use of force and the need to check that bail is recorded.\n\n"
        "The recommendations around custody have been met.\n"
    )
    assert [x for _, x, _ in texts(text)] == ["the use of force", "the need to check that bail is recorded."]


def test_themes_counted_one_by_one_after_the_kind() -> None:
    text = (
        "Commissioner responds to inspection of Dyfed-Powys Police\n\n"
        "Two areas of promising practice were highlighted in the report, one was the use of drones to find "
        "missing people and another the work with local schools.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("innovative_practice", "the use of drones to find missing people"),
        ("innovative_practice", "the work with local schools."),
    ]


def test_lettered_parts_of_a_list_entry_that_leads_in() -> None:
    text = (
        "A thematic inspection of custody\n\n"
        "What we found in the forces we visited.\n\n"
        "1. By June 2026, forces should review how detainees are checked overnight.\n\n"
        "2. By May 2026, forces should:\n\n"
        "a) publish their custody data each quarter;\n\n"
        "b) train every sergeant in the new checks.\n\n"
        "3. The College of Policing should agree one standard for cell checks.\n"
    )
    items = extract_text(text).items
    assert [(i.text, i.parent_id) for i in items] == [
        ("By June 2026, forces should review how detainees are checked overnight.", None),
        ("By May 2026, forces should:", None),
        ("publish their custody data each quarter", items[1].item_id),
        ("train every sergeant in the new checks.", items[1].item_id),
        ("The College of Policing should agree one standard for cell checks.", None),
    ]


def test_must_make_urgent_improvements_summarises_a_grade() -> None:
    text = (
        "Dyfed-Powys Police told to improve\n\n"
        "Dyfed-Powys Police must make urgent improvements after it was graded inadequate, the inspectorate said.\n\n"
        "Dyfed-Powys Police should make sure that calls are answered quickly, the report said.\n"
    )
    assert [x for _, x, _ in texts(text)] == ["Dyfed-Powys Police should make sure that calls are answered quickly, the report said."]


def test_a_news_story_s_must_and_needs_to_sentences_are_findings_and_its_should_sentences_items() -> None:
    # A story names areas for improvement and causes of concern as such; its bare "must" and
    # "needs to" sentences tell what inspectors found, even of a force it gives a cause of concern.
    article = (
        "Suffolk Constabulary told to answer calls faster\n\n"
        "Inspectors said how the force answers emergency calls is a cause of concern.\n\n"
        "However, the inspectorate said Suffolk Constabulary needs to improve its response to the public. "
        "It also said that Suffolk Constabulary must ensure processes are in place to safeguard victims. "
        "It also said that Suffolk Constabulary should review how it supervises its investigations.\n"
    )
    found = extract_text(article, "suffolk-news").items
    assert [(i.type, i.text) for i in found if "must" in i.text or "needs" in i.text or "should" in i.text] == [
        ("recommendation", "Suffolk Constabulary should review how it supervises its investigations.")]
    no_concern = article.replace("Inspectors said how the force answers emergency calls is a cause of concern.\n\n", "")
    assert [(i.type, i.text) for i in extract_text(no_concern, "suffolk-news").items] == [
        ("recommendation", "Suffolk Constabulary should review how it supervises its investigations.")]


def test_a_news_story_s_needs_to_sentence_words_a_cause_of_concern_it_names_without_words() -> None:
    article = (
        "Force criticised over serious crime\n\n"
        "Suffolk Constabulary's approach to serious and organised crime has been branded a cause of concern by a watchdog.\n\n"
        "It said the force needs to improve how it works with its partners to tackle serious and organised crime.\n"
    )
    assert [(i.type, i.text) for i in extract_text(article, "suffolk-news").items] == [
        ("cause_of_concern", "the force needs to improve how it works with its partners to tackle serious and organised crime.")]


def test_a_news_story_s_needs_to_sentence_is_no_concern_when_the_concern_named_is_being_addressed() -> None:
    article = (
        "Force told to speed up\n\n"
        "The inspector said Suffolk Constabulary also needs to improve how quickly it answers 999 calls.\n\n"
        "She will keep checking the force's progress towards addressing the cause of concern she has set.\n"
    )
    assert not extract_text(article, "suffolk-news").items


def test_a_recommendation_reported_as_a_lead_in_is_the_item_its_parts_hang_from() -> None:
    press = (
        "Norfolk Fire and Rescue Service must improve its prevention work, inspectors said.\n\n"
        "The inspectorate has recommended that Norfolk Fire and Rescue Service should make sure:\n\n"
        "• it has a plan for home safety checks;\n"
        "• its staff know who is most at risk.\n"
    )
    found = extract_text(press).items
    assert [(i.type, i.text) for i in found] == [
        ("recommendation", "Norfolk Fire and Rescue Service should make sure:"),
        ("recommendation", "it has a plan for home safety checks"),
        ("recommendation", "its staff know who is most at risk."),
    ]
    assert [i.parent_id for i in found[1:]] == [found[0].item_id] * 2


def test_a_letters_lead_in_is_its_directing_clause_not_the_background_before_it() -> None:
    letter = (
        "Dorset Police: PEEL cause of concern revisit letter\n\n"
        "Background\n\n"
        "In 2022 we inspected the force and found it was slow to answer calls. "
        "We made the following recommendations, stating that the force should:\n\n"
        "- answer emergency calls more quickly; and\n"
        "- review how it triages non-emergency calls.\n"
    )
    found = extract_text(letter).items
    assert [(i.type, i.text, i.parent_id) for i in found] == [
        ("recommendation", "the force should:", None),
        ("recommendation", "answer emergency calls more quickly", found[0].item_id),
        ("recommendation", "review how it triages non-emergency calls.", found[0].item_id),
    ]


def test_an_item_the_page_cuts_mid_word_is_not_a_restatement_of_one_it_begins_like() -> None:
    text = (
        "Recommendations\n\n"
        "1. By May 2025, forces should ensure they have effective oversight of strip searches.\n\n"
        "2. By May 2025, forces should ensure they have effect"
    )
    assert [x for _, x, _ in texts(text)] == [
        "By May 2025, forces should ensure they have effective oversight of strip searches.",
        "By May 2025, forces should ensure they have effect",
    ]
    parts = "Within three months, the force should make sure that:\n\n• call handlers assess risk; and\n• ca"
    assert [x for _, x, _ in texts(parts)][-1] == "ca"


def test_a_one_word_theme_in_a_list_of_concerns_is_an_item() -> None:
    text = (
        "During our inspection, we identified three causes of concern in respect of:\n\n"
        "- custody;\n"
        "- vetting; and\n"
        "- call handling.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("cause_of_concern", "custody"), ("cause_of_concern", "vetting"), ("cause_of_concern", "call handling.")]


def test_a_concern_about_how_keeps_its_wh_clause_whole() -> None:
    text = ("In 2022 we gave Kent Fire and Rescue Service a cause of concern about how well the service "
            "is trained to respond to flooding. We have now revisited it.\n")
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("cause_of_concern", "how well the service is trained to respond to flooding.")]


def test_a_counted_list_of_themes_counts_past_an_adjective() -> None:
    text = ("The inspection found three distinct areas where the force must make improvements: how it records "
            "crime; its ability to answer calls quickly and the supervision of its investigations.\n")
    assert [x for _, x, _ in texts(text)] == [
        "how it records crime", "its ability to answer calls quickly", "the supervision of its investigations."]


def test_a_quoted_inspector_saying_the_force_should_restates_an_item_in_a_press_article() -> None:
    article = (
        "Dorset Police praised for its crime recording\n\n"
        "A POLICE force has been praised by the watchdog for how it records crime, the inspectorate has said.\n\n"
        "HM Inspector of Constabulary Jane Smith said:\n\n"
        "“Dorset Police has made real progress since our last inspection. There is still work to do. "
        "It should make sure victims are told when their crime is closed.\n\n"
        "“The force should also review how it records reports of stalking.\n\n"
        "\"The force should take heart from this,\" they added.\n"
    )
    found = extract_text(article, "dorset-news").items
    assert [(i.type, i.text, i.subject) for i in found] == [
        ("recommendation", "It should make sure victims are told when their crime is closed.", "Dorset Police"),
        ("recommendation", "The force should also review how it records reports of stalking.", "Dorset Police"),
    ]


def test_a_story_quoting_the_report_s_words_after_should_gives_the_quotation_as_the_item() -> None:
    article = (
        "Dorset Police told to speed up its answers to 999 calls\n\n"
        "A POLICE force has been told to answer emergency calls faster, the inspectorate has said.\n\n"
        "Inspectors said the force should \u201cimprove how quickly it answers emergency calls from the public,\u201d "
        "as well as train more call handlers.\n"
    )
    found = extract_text(article, "dorset-news").items
    assert [(i.type, i.text) for i in found] == [
        ("recommendation", "improve how quickly it answers emergency calls from the public"),
    ]


def test_a_quoted_inspector_directing_the_force_s_people_by_role_restates_an_item() -> None:
    article = (
        "Dorset Police told to improve its vetting\n\n"
        "A POLICE force has been told to improve how it vets its staff, the inspectorate has said.\n\n"
        "In a letter after their visit, they added: \u201cSenior leaders should review how vetting decisions are recorded.\n\n"
        "The force said it welcomed the findings.\n"
    )
    found = extract_text(article, "dorset-news").items
    assert [(i.type, i.text, i.subject) for i in found] == [
        ("recommendation", "Senior leaders should review how vetting decisions are recorded.", "Dorset Police"),
    ]


def test_areas_requiring_improvement_are_graded_areas_not_items() -> None:
    """"Requiring improvement" is a grade's name: the areas it introduces are the areas
    graded so, not areas for improvement (no gold in the corpus reads them as items)."""
    text = ("Kent Police was graded 'requires improvement' in three areas.\n\n"
            "The areas requiring improvement include how the force answers calls and how it investigates crime.")
    assert [kind for kind in kinds(text) if kind[0] == "area_for_improvement"] == []
    assert [kind[0] for kind in kinds("We will act on the areas of improvement around call handling and vetting.")] != []


def test_a_noun_phrase_or_a_clause_taken_up_by_this_is_the_theme_a_kind_is_said_of() -> None:
    """The subject a kind is ascribed to may open the sentence, or be a clause that "and
    this" or ", which" takes up; a kind the copula identifies ("the cause of concern") and a
    clause taken up after a bare comma ("..., this is") name no theme."""
    text = (
        "Cause of concern The number of unchecked radios in the fleet is a cause of concern.\n\n"
        "Youth diversion isn’t a priority for the service and this is a cause of concern.\n\n"
        "The service has made good progress in mapping local flood risk, which was an area for improvement "
        "at our last visit.\n\n"
        "The focus of the visit was the cause of concern.\n\n"
        "As many of these calls involved children, this is a significant cause of concern.\n"
    )
    assert themes_of(text) == [
        ("cause_of_concern", "The number of unchecked radios in the fleet"),
        ("cause_of_concern", "Youth diversion isn’t a priority for the service"),
        ("area_for_improvement", "The service has made good progress in mapping local flood risk"),
    ]


def test_a_sentence_of_this_and_a_kind_takes_up_the_sentence_before_it() -> None:
    """"A. This is a cause of concern.": the sentence before, in the same block (from inside
    the quotation it opens), is the theme; a sentence that says more than the kind, or one
    after a heading, takes up nothing."""
    text = (
        "Investigations\n\n"
        "The service has much work to do to keep its records of premises up to date. This is a cause of concern. "
        "Crews told us they were worried.\n\n"
        "The report states: \"The force cannot assure itself that restraint in custody is justified. "
        "This is a cause of concern.\"\n\n"
        "Prevention\n\n"
        "This is a cause of concern.\n\n"
        "The force has improved its call handling. This is a cause of concern for some partners.\n"
    )
    assert themes_of(text) == [
        ("cause_of_concern", "The service has much work to do to keep its records of premises up to date."),
        ("cause_of_concern", "The force cannot assure itself that restraint in custody is justified."),
    ]


def test_a_free_relative_or_an_attribution_is_no_theme() -> None:
    """"recommendations about what the force needs to do" names no matter, and "..., the
    report said." cut off by the comma is who said the list, not a theme of it."""
    text = (
        "An area for improvement in the force is around its grasp of county lines and the threat from fraud, "
        "the report said.\n\n"
        "In its report the inspectorate makes several recommendations about what the force needs to do next.\n"
    )
    assert themes_of(text) == [("area_for_improvement", "its grasp of county lines and the threat from fraud")]


def test_themes_of_a_plural_kind_enumerated_in_the_next_sentence() -> None:
    """"These included A; and B", "The first was that A and the second was that B", "They
    also included A and B": the sentence after a plural kind lists its themes."""
    text = (
        "Members heard that the service had been given two causes of concern. These included the service not "
        "doing enough to check its pumps, and keep its records; and the service not doing enough to train its crews.\n\n"
        "The officer said two causes for concern had been raised at the inspection. The first was that not enough "
        "had been done to test hydrants and the second was that not enough had been done to audit premises.\n\n"
        "The inspectors made four recommendations. They also included buying new radios and hiring two analysts.\n"
    )
    assert themes_of(text) == [
        ("cause_of_concern", "the service not doing enough to check its pumps, and keep its records"),
        ("cause_of_concern", "the service not doing enough to train its crews."),
        ("cause_of_concern", "not enough had been done to test hydrants"),
        ("cause_of_concern", "not enough had been done to audit premises."),
        ("recommendation", "buying new radios"),
        ("recommendation", "hiring two analysts."),
    ]


def test_a_kind_taken_up_by_a_relative_before_the_colon_introduces_paragraphs() -> None:
    text = (
        "Example Police custody inspection\n\n"
        "There were two main causes of concern, which were:\n\n"
        "The checks on detainees in the cells, which are not always recorded.\n\n"
        "In addition, inspectors found areas for improvement.\n"
    )
    assert themes_of(text)[0] == ("cause_of_concern", "The checks on detainees in the cells, which are not always recorded.")


def test_a_that_clause_the_inspectorate_recommends_without_a_modal_is_one_item() -> None:
    text = (
        "Example Police news\n\n"
        "Inspectors found that both forces kept good records, but recommended that both appoint a lead for "
        "missing children.\n\n"
        "Local officers recommended that residents lock their sheds.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [("recommendation", "both appoint a lead for missing children.")]


def test_a_modal_in_a_relative_clause_or_a_speakers_own_voice_states_no_item() -> None:
    """"a grade which should reassure the public" describes the grade; "the force must do
    more, which I have raised at every meeting" is the speaker's view: neither restates
    an item. A named body's directive with neither still does."""
    text = (
        "Commissioner welcomes inspection of Dyfed-Powys Police\n\n"
        "HMICFRS graded Dyfed-Powys Police as good, a result which should reassure residents of the county.\n\n"
        "Dyfed-Powys Police should review its control room, a point I have raised at every board.\n\n"
        "Dyfed-Powys Police should review how it records missing children.\n"
    )
    assert [x for _, x, _ in texts(text)] == ["Dyfed-Powys Police should review how it records missing children."]


def test_a_theme_that_only_names_bodies_is_no_item() -> None:
    """"improvement was needed in both A and B Police": the bodies the kind is given to,
    not a theme of it."""
    text = (
        "Welsh forces inspected\n\n"
        "Judging how well they prevent crime and protect people, both Dyfed-Powys Police and Gwent Police "
        "were told improvement was needed.\n"
    )
    assert texts(text) == []


def test_letter_narrative_after_a_counted_lead_in_is_no_item() -> None:
    # A dated account of what happened ("On <date>, we ...") under "we identified two
    # causes of concern:" tells the story of the items; it states none of them.
    text = (
        "Cause of concern revisit: Leicestershire Police\n\n"
        "In spring 2021 we inspected the force. During our inspection, we identified two causes of concern:\n\n"
        "On 4 May 2021, we published one of them early, and on 9 June 2021 we published the other in our report.\n\n"
        "Responding to the public\n\n"
        "The force should answer emergency calls more quickly.\n"
    )
    texts = [i.text for i in extract_text(text).items]
    assert not any(t.startswith("On 4 May 2021") for t in texts)


def test_narrative_openers_are_told_apart_from_items() -> None:
    # "We found how ..." reports what the writer found; "We are concerned that ..." states a
    # concern; a deadline ("By June 2023, ...") directs; "In 2022, a plan was sent" narrates.
    from crosswalk.extraction.item_reading import names_no_matter
    from crosswalk.extraction.nlp import shared_nlp

    nlp = shared_nlp()
    said = {
        "We also found how the force handled calls from victims.": True,
        "In 2022, an action plan was sent to the inspectorate by the service.": True,
        "We are concerned that forces do not record breaches of orders.": False,
        "By June 2023, Kent Police should review its vetting.": False,
        "In 2022, Kent Police should have set up a panel and should now review it.": False,
    }
    for sentence, narrative in said.items():
        assert names_no_matter(nlp(sentence), 0, len(sentence)) is narrative, sentence


@pytest.mark.parametrize("text,piece", [
    ("Recommendation 2: To Chief Constables\n\nThe board reviewed progress on the plan.\n", "To Chief Constables"),
    ("Residents said these concerns have been left unresolved for over three years, the councillor added.\n",
     "three years"),
])
def test_a_text_naming_only_whom_or_how_long_is_no_item(text: str, piece: str) -> None:
    # An addressee ("To Chief Constables") or a length of time ("over three years") says
    # who or how long, not what is to change.
    assert not any(piece in i.text for i in extract_text(text).items)


def test_themes_an_including_verb_lists_may_hold_a_clause_of_their_own() -> None:
    # "including A, B and the need for C to ensure the agency is ...": the verb belongs to
    # a clause the last theme holds, not to the list, which stays a list of themes.
    text = (
        "The inspection found the agency works well. However, the report also identifies a number of "
        "areas for improvement, including slow triage of new cases, ageing radios in rural teams and "
        "the need for steady funding to ensure the agency is able to plan ahead.\n"
    )
    assert [(i.type, i.text) for i in extract_text(text).items] == [
        ("area_for_improvement", "slow triage of new cases"),
        ("area_for_improvement", "ageing radios in rural teams"),
        ("area_for_improvement", "the need for steady funding to ensure the agency is able to plan ahead."),
    ]


def test_an_including_verb_before_a_directive_leaves_it_to_the_statement() -> None:
    # "Recommendations include that chief constables should, ...": the directive is the item.
    text = (
        "The recommendations include that chief constables and PCCs should, as part of their yearly planning, "
        "take account of their threat assessments.\n"
    )
    texts = [i.text for i in extract_text(text).items]
    assert "chief constables and PCCs should" not in texts


@pytest.mark.parametrize(
    ("text", "crosses"),
    [
        ("a concern about public safety in the county.\u201d", True),  # starts mid-sentence, stops at a close
        ("Keeping Roads Safe\u2019 (KRS) and \u2018Helping Young People", True),  # closes one, opens the next
        ("the service must own the failings.\u2019", True),
        ("The force should review its vetting backlog.\u201d", False),  # a quoted sentence taken whole
        ("the force\u2019s handling of calls and the forces\u2019 plans", False),  # apostrophes
        ("\u2018Keeping Roads Safe\u2019 and school visits", False),  # a quotation opened and closed
        ("\u201cthe officers\u2019 plans\u201d and school visits", False),  # a plural's apostrophe inside a double quotation
    ],
)
def test_a_piece_cut_across_a_quotation_is_told_apart(text: str, crosses: bool) -> None:
    assert crosses_quotation(text) is crosses


def test_a_theme_ending_at_a_quotation_close_is_no_item() -> None:
    # The inspector's quoted remark gives the concern; "about X.”" is its tail, not a theme.
    text = (
        "The inspector said: \u201cThe force is slow to answer calls from the public. This has given "
        "cause for concern about public safety in the county.\u201d\n"
    )
    assert all(not i.text.endswith("\u201d") for i in extract_text(text).items)


def test_themes_of_a_kind_heading_its_sentences_subject_run_to_its_verb() -> None:
    text = (
        "Fire service leaves enhanced monitoring\n\n"
        "Both causes of concern, on staff training and equality, diversity and inclusion, have now been closed. "
        "In May, the service's causes of concern relating to fleet maintenance were also closed.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("cause_of_concern", "staff training"),
        ("cause_of_concern", "equality, diversity and inclusion"),
        ("cause_of_concern", "fleet maintenance"),
    ]


def test_an_appositive_of_on_that_is_about_the_sentence_names_no_theme() -> None:
    text = (
        "Commissioner responds to inspection of Dyfed-Powys Police\n\n"
        "The causes of concern, on balance, were addressed well. "
        "The recommendations, on the whole, have been met. "
        "Both areas for improvement, on which we reported in 2019, have now been closed.\n"
    )
    assert texts(text) == []


def test_kind_named_as_what_was_found_takes_the_clause_after_that() -> None:
    text = (
        "Efficiency\n\n"
        "In 2017, we raised as an area for improvement that the force should review how it plans its workforce.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("area_for_improvement", "the force should review how it plans its workforce."),
    ]


def test_sentences_before_a_directing_lead_in_are_read_for_themes() -> None:
    text = (
        "Revisit letter\n\n"
        "We inspected the service in 2018 and identified as a cause of concern that it did not train its "
        "control room staff. Our recommendation was that, by the end of 2019, the service should:\n\n"
        "- put in place a training plan for the control room;\n"
        "- audit the training records of its control room staff.\n"
    )
    assert ("cause_of_concern", "it did not train its control room staff.") in [(t, x) for t, x, _ in texts(text)]


def test_a_news_storys_sentence_attributed_at_its_end_to_the_inspectorate_is_its_summary() -> None:
    press = (
        "Norfolk Fire and Rescue Service should urgently review its home safety checks, the fire inspectorate has said.\n\n"
        "The inspectorate has recommended that Norfolk Fire and Rescue Service should make sure:\n\n"
        "• it has a plan for home safety checks;\n"
        "• its staff know who is most at risk.\n"
    )
    found = extract_text(press).items
    assert [i.text for i in found] == [
        "Norfolk Fire and Rescue Service should make sure:",
        "it has a plan for home safety checks",
        "its staff know who is most at risk.",
    ]


def test_a_lead_in_that_counts_its_items_takes_that_many_paragraphs_without_bullets() -> None:
    press = (
        "Inspectors found two causes of concern, which were:\n\n"
        "The supervision of investigations, which is not always carried out.\n\n"
        "Poor care of detainees, including meals not always being provided.\n\n"
        "The force said it would act on the report.\n"
    )
    found = extract_text(press, doc_id="press_counted").items
    assert [(i.type, i.text) for i in found] == [
        ("cause_of_concern", "The supervision of investigations, which is not always carried out."),
        ("cause_of_concern", "Poor care of detainees, including meals not always being provided."),
    ]


def test_a_counted_lead_ins_bullets_do_not_carry_its_count_to_the_paragraph_after_them() -> None:
    press = (
        "Inspectors made two recommendations, which were:\n\n"
        "• review how calls are graded;\n"
        "• train the staff who answer them.\n\n"
        "The force said it would act on the report.\n"
    )
    found = extract_text(press, doc_id="press_counted").items
    assert [i.text for i in found] == ["review how calls are graded", "train the staff who answer them."]


def test_a_registers_untimed_directing_lead_in_is_a_recommendation() -> None:
    text = (
        "PEEL: police legitimacy 2018 (9005)\n\n"
        "Where forces find gaps in their vetting, they should show the public that they have:\n\n"
        "• reviewed the files of every officer affected;\n"
        "• told the officers what they must do.\n\n"
        "[on]9th February 2020 [status]awaiting-review[/status][/on]\n"
    )
    assert {t for t, _, _ in texts(text)} == {"recommendation"}


def test_the_paragraph_before_to_address_this_cause_of_concern_states_the_concern() -> None:
    text = (
        "PEEL: police legitimacy 2018 (9006)\n\n"
        "HMICFRS is worried that forces cannot show that their vetting decisions are fair to every applicant.\n\n"
        "To address this cause of concern, HMICFRS recommends that:\n\n"
        "• By July 2019, all forces should publish their vetting data.\n\n"
        "[on]9th February 2020 [status]awaiting-review[/status][/on]\n"
    )
    assert [(t, x[:30]) for t, x, _ in texts(text)] == [
        ("cause_of_concern", "HMICFRS is worried that forces"),
        ("recommendation", "By July 2019, all forces shoul"),
    ]


def test_a_registers_entries_numbered_without_a_space_are_read_as_entries() -> None:
    text = (
        "PEEL: police legitimacy 2018 (9007)\n\n"
        "To address this cause of concern HMICFRS recommends that:\n\n"
        "1.By July 2019, all forces should be regularly and thoroughly checking their vetting data to understand:\n\n"
        "• the reasons for any gaps in it; and\n"
        "• how long each check takes.\n\n"
        "[on]9th February 2020 [status]awaiting-review[/status][/on]\n"
    )
    assert [(t, x[:24]) for t, x, _ in texts(text)] == [
        ("recommendation", "1.By July 2019, all forc"),
        ("recommendation", "the reasons for any gaps"),
        ("recommendation", "how long each check take"),
    ]


def test_what_we_should_be_doing_is_the_writers_own_plan() -> None:
    text = "Fire authority minutes\n\nAs the lead authority, we should be providing more support to other services.\n"
    assert texts(text) == []


def test_a_quoted_practice_named_by_the_purpose_it_serves() -> None:
    press = "Service praised\n\nThe report highlighted the service's “innovative practice” to train its control room staff with local partners.\n"
    found = extract_text(press, doc_id="press_practice").items
    assert [(i.type, i.text) for i in found] == [
        ("innovative_practice", "to train its control room staff with local partners.")]


def test_these_after_a_kind_that_is_acted_on_lists_the_steps_not_the_items() -> None:
    letter = (
        "Revisit letter\n\n"
        "You sent us plans showing how you would address the recommendations. "
        "These included a new staffing model, and a training plan for supervisors.\n"
    )
    assert texts(letter) == []
    findings = (
        "Inspection summary\n\n"
        "The report found three areas that required improvement. "
        "These included call handling, and the supervision of investigations.\n"
    )
    assert [x for _, x, _ in texts(findings)] == ["call handling", "the supervision of investigations."]


def test_an_initialism_alone_can_be_the_matter_a_cause_of_concern_is_said_of() -> None:
    letter = "Revisit letter\n\nAt our revisit we found that ASB remained a cause of concern.\n"
    assert [(t, x) for t, x, _ in texts(letter)] == [("cause_of_concern", "ASB")]


def test_an_object_named_as_a_kind_is_the_item_with_its_object_as_text() -> None:
    """"Inspectors cited X as an area for improvement": the naming verb's object is the item;
    a pronoun object ("cited this as notable practice") names nothing."""
    found = texts("The fire service was inspected in the spring.\n\n"
                  "Inspectors cited the monitoring of hydrant checks as an area for improvement, the news site reported.\n\n"
                  "They also cited this as notable practice.\n")
    assert ("area_for_improvement", "the monitoring of hydrant checks", None) in found
    assert not any(t == "innovative_practice" for t, _, _ in found)


def test_a_theme_after_a_singular_kind_ends_where_a_clause_opens() -> None:
    """"the cause of concern relating to vetting as the force had ...": the theme is "vetting"."""
    found = texts("The inspectorate wrote to the chief constable in May.\n\n"
                  "We closed the cause of concern relating to vetting as the force had made enough progress.\n")
    assert ("cause_of_concern", "vetting", None) in found


def test_an_unstopped_directive_line_in_a_run_of_items_is_the_next_item() -> None:
    """A line that directs but has no full stop, after directive paragraphs under a typed
    heading, is the run's next item, not a heading that closes the section."""
    found = texts("Areas for improvement\n\n"
                  "The service should make sure its crews record hydrant defects promptly.\n\n"
                  "The service should review how it plans the rota for on-call staff.\n\n"
                  "The service needs to improve its fleet planning\n\n"
                  "The service should evaluate its school visits so it knows what works.\n")
    assert [t for t, _, _ in found] == ["area_for_improvement"] * 4
    assert found[2][1] == "The service needs to improve its fleet planning"


def test_a_quoted_subject_said_to_be_a_cause_of_concern_is_the_item() -> None:
    """A quotation that opens with its subject ('"The handling of 101 calls is a cause of
    concern," she said.') names the cause of concern; the bare body ("The force") names none."""
    found = texts("Inspectors published their report on the county force today.\n\n"
                  "“The handling of non-emergency calls is a cause of concern,” the inspector said.\n\n"
                  "'The force is a grave cause of concern'\n")
    assert ("cause_of_concern", "The handling of non-emergency calls", None) in found
    assert not any(text == "The force" for _, text, _ in found)


def test_a_lead_in_naming_its_kind_in_plain_words_types_its_list() -> None:
    """"Inspectors said areas for the service to improve included:" names areas for
    improvement in plain words; its bullets are the items."""
    found = texts("The fire service was inspected last spring.\n\n"
                  "Inspectors said areas for the service to improve included:\n"
                  "- Managing its fleet\n"
                  "- Training on-call crews\n\n"
                  "The chief fire officer welcomed the report.\n")
    assert [(t, text) for t, text, _ in found] == [("area_for_improvement", "Managing its fleet"),
                                                  ("area_for_improvement", "Training on-call crews")]


def test_an_inspectorates_call_for_something_is_a_recommendation_of_that_thing() -> None:
    """"We back the inspectorate's call for X" restates a recommendation; its text is X."""
    found = texts("The commissioners' association responded to the annual assessment today.\n\n"
                  "“We back the inspectorate’s repeated call for longer funding settlements for forces.\n")
    assert ("recommendation", "longer funding settlements for forces.", None) in found


def test_a_clause_taken_up_after_a_semicolon_is_the_item() -> None:
    """"A; this is a clear area for improvement": "this" takes up the clause before the semicolon."""
    found = texts("The inspectorate published its national review today.\n\n"
                  "Many forces do not yet audit their vetting decisions; this is a clear area for improvement for them.\n")
    assert ("area_for_improvement", "Many forces do not yet audit their vetting decisions", None) in found



def test_these_are_set_out_in_a_section_names_no_theme() -> None:
    """"These are set out in section 6" points to where the items are, and names none."""
    found = texts("The inspection was carried out in the spring.\n\n"
                  "Inspectors also found five areas for improvement. These are set out in section 6 of the report.\n")
    assert found == []


def test_a_bodys_calls_for_service_name_no_recommendation() -> None:
    """"the force's calls for service" is demand, not an ask: the object of a call is no
    item when it is a service, help or evidence sought from others."""
    found = texts("The commissioners' association responded to the annual assessment today.\n\n"
                  "We note that the force’s calls for service rose by a tenth last year.\n\n"
                  "The Home Office’s call for evidence closes in May.\n")
    assert found == []


def test_an_inspectors_quoted_paragraphs_run_together_in_a_news_story_are_read_sentence_by_sentence() -> None:
    text = (
        "Kent Police told to improve by inspectors\n\n"
        "Kent Police has made progress but must do more, a report has found.\n\n"
        "HM Inspector of Constabulary Jane Doe said:\n\n"
        "“I am encouraged by the work of officers in Kent Police to keep people safe. “We heard from staff "
        "who felt their workload was too high. However, the constabulary should review how it supervises "
        "the investigations of its officers. “I will monitor its progress closely.”\n\n"
        "The letter went on: \"Managers should explain the new shift pattern to staff.\n\n"
        "\"They should make sure the changes are understood across the force.\"\n"
    )
    assert [x for _, x, _ in texts(text)] == [
        "the constabulary should review how it supervises the investigations of its officers.",
        "Managers should explain the new shift pattern to staff.",
        "They should make sure the changes are understood across the force.",
    ]


def test_a_joined_name_in_a_list_of_themes_is_one_theme_and_its_and_separates() -> None:
    """An assessment area's name or a joined matter ("equality, diversity and inclusion",
    "values and culture") holds "and"s and commas that are its own; the "and" next to it
    separates two themes."""
    text = (
        "Fire service update\n\n"
        "In April, the service's causes of concern relating to fleet maintenance and equality, diversity and "
        "inclusion were both closed. "
        "In June, the service's causes of concern relating to values and culture and its on-call cover were closed.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("cause_of_concern", "fleet maintenance"),
        ("cause_of_concern", "equality, diversity and inclusion"),
        ("cause_of_concern", "values and culture"),
        ("cause_of_concern", "its on-call cover"),
    ]


def test_a_cause_of_concern_on_an_area_whose_name_holds_and_takes_the_whole_name() -> None:
    text = (
        "Revisit letter\n\n"
        "In 2021 we gave Kent Police a cause of concern on strategic planning, organisational management and "
        "value for money, which we have now closed.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("cause_of_concern", "strategic planning, organisational management and value for money"),
    ]


def test_a_news_story_reporting_what_a_service_should_do_restates_a_recommendation() -> None:
    press = (
        "Hampshire fire service told to improve\n\n"
        "A FIRE service has been told to improve how it plans for the future, the inspectorate has said.\n\n"
        "Inspectors found the service was good at responding to fires.\n\n"
        "It also said Hampshire and Isle of Wight Fire and Rescue Service should be more flexible to ensure "
        "incidents get the right level of response.\n\n"
        "The chief fire officer said he welcomed the report.\n"
    )
    found = extract_text(press, "hampshire-news").items
    assert [(i.type, i.rule) for i in found] == [("recommendation", "item-statement")]


def test_a_theme_that_points_at_matters_without_naming_one_is_no_item() -> None:
    letter = (
        "When we revisited the force in 2019, we found that it had met two out of eight areas for improvement. "
        "We have made five new recommendations relating to those issues.\n\n"
        "Your report contains recommendations for policing, including recommendations for Police and Crime "
        "Commissioners (PCCs) and their equivalents.\n"
    )
    assert texts(letter) == []


def test_a_responses_list_of_work_under_way_after_the_recommendation_is_not_items() -> None:
    response = (
        "Police and Crime Commissioner response to the HMICFRS super-complaint report\n\n"
        "The Police and Crime Commissioner for Kent welcomes the report.\n\n"
        "All PCCs accepted the recommendation and outlined their approaches:\n\n"
        "• Reassurance: Many PCCs, including Kent and Essex, are reviewing existing services to identify gaps.\n"
        "• Training: Several forces are implementing further training for officers and staff.\n"
    )
    assert [i.text for i in extract_text(response, "kent-pcc-response").items] == []
    # an ask whose dependent clause reports ("Improve how disruptions are recorded") stays an item
    asked = response.replace("outlined their approaches:", "set out the areas for improvement:").replace(
        "• Reassurance: Many PCCs, including Kent and Essex, are reviewing existing services to identify gaps.\n",
        "• Improve how disruptions are recorded to reflect regional performance.\n")
    assert [i.text for i in extract_text(asked, "kent-pcc-response").items][:1] == [
        "Improve how disruptions are recorded to reflect regional performance."]


# -- themes in more shapes ("that" clauses, counted areas, concerns in areas) -----------------


def test_causes_of_concern_heading_a_that_clause_name_their_themes() -> None:
    text = (
        "Revisit letter\n\n"
        "In our last inspection we found that the causes of concern relating to prevention and equality, "
        "diversity and inclusion hadn’t been fully addressed.\n"
    )
    assert themes_of(text) == [("cause_of_concern", "prevention"),
                               ("cause_of_concern", "equality, diversity and inclusion")]
    # Recommendations are many: "the recommendations around custody" picks out some named before.
    assert themes_of("Revisit letter\n\nWe found that the recommendations around custody have been met.\n") == []


def test_a_counted_kind_with_one_theme_names_what_all_are_about() -> None:
    text = (
        "Inspection letter\n\n"
        "We have identified three causes of concern about the force’s work to keep children safe. "
        "We set them out below.\n"
    )
    assert themes_of(text) == []
    # "including" (or "the first around") makes the one theme one of the set.
    assert [t for _, t in themes_of(
        "Custody news\n\nInspectors had four causes of concern, including the force’s use of strip searches.\n")] == [
        "the force’s use of strip searches."]


def test_themes_of_counted_areas_and_of_concerns_in_areas() -> None:
    assert [t for _, t in themes_of(
        "Council news\n\nInspectors said the service needed to improve in two main areas – how it audits its "
        "fleet and how it trains on-call staff.\n")] == ["how it audits its fleet", "how it trains on-call staff."]
    assert [t for _, t in themes_of(
        "Commissioner's blog\n\nThe force entered Engage due to concerns in three areas: the handling of "
        "emergency calls, the supervision of investigations, and crime recording.\n")] == [
        "the handling of emergency calls", "the supervision of investigations", "crime recording."]


def test_a_press_story_s_told_that_it_should_restates_a_recommendation_to_the_body_told() -> None:
    article = (
        "Two forces told to improve how they tackle organised crime\n\n"
        "TWO POLICE forces have been told to do more against organised crime, the inspectorate has said.\n\n"
        "Kent Police was told that it should improve the way it assesses threats from gangs.\n\n"
        "A spokesperson for the force said it welcomed the findings.\n"
    )
    found = extract_text(article, "gangs-news").items
    assert [(i.type, i.text, i.subject) for i in found] == [
        ("recommendation", "it should improve the way it assesses threats from gangs.", "Kent Police"),
    ]


# The opening of an invented fire story whose report is quoted after it ("It went on: ..."),
# shared by the two quotation tests below.
KENT_FIRE_LEAD = (
    "Fire service rated good at keeping people safe\n\n"
    "A FIRE service has been rated good by the inspectorate, the watchdog has said.\n\n"
    "The report stated that Kent Fire and Rescue Service understood the risks in its area.\n\n"
)


def test_a_quotation_opened_earlier_in_the_paragraph_carries_the_report_s_should_on() -> None:
    article = (
        KENT_FIRE_LEAD +
        "It went on: \u201cThe service answers most calls quickly. But it should publish how long its crews take to arrive.\n\n"
        "Chief Fire Officer Jo Smith said: \u201cI am proud of our staff and the work we do. They should feel pleased with this.\n"
    )
    found = extract_text(article, "kent-fire-news").items
    # the chief fire officer's "They should" is the service's own voice, not the report's
    assert [i.text for i in found] == ["it should publish how long its crews take to arrive."]


def test_a_plural_s_apostrophe_leaves_the_report_s_quotation_open() -> None:
    # "firefighters’" is a plural's possessive, no close of the quotation opened after "It went on:"
    article = (
        KENT_FIRE_LEAD +
        "It went on: \u201cThe firefighters\u2019 training is thorough. But it should publish how long its crews take to arrive.\n"
    )
    found = extract_text(article, "kent-fire-news").items
    assert [i.text for i in found] == ["it should publish how long its crews take to arrive."]


def test_an_unquoted_should_after_the_inspectorate_s_finding_restates_its_item() -> None:
    article = (
        "Fire service must do more on diversity\n\n"
        "A FIRE service has been told to improve, the watchdog has said.\n\n"
        "HMICFRS found that diversity isn't a high enough priority for Kent Fire and Rescue Service. "
        "The service should make sure its leaders set out clear goals for recruiting a more diverse workforce.\n"
    )
    found = extract_text(article, "kent-fire-news").items
    assert [(i.type, i.text) for i in found] == [
        ("recommendation", "The service should make sure its leaders set out clear goals for recruiting a more diverse workforce."),
    ]



def test_practice_said_of_its_clause_subject_is_the_theme() -> None:
    """A practice said of the subject of its clause, where the kind is not the copula's: the
    pronoun after "and we have identified" points back to the clause before; "has the
    potential to be notable practice"; a participle with no auxiliary ("... to see that A
    highlighted as promising practice"). "We have identified this as ..." alone names nothing."""
    found = texts("The service was inspected in the spring.\n\n"
                  "Joint hydrant surveys with the water board are thorough, and we have identified this as "
                  "promising practice.\n\n"
                  "However, the work of the county arson reduction panel has the potential to be notable practice.\n\n"
                  "It was pleasing to see that our efforts to cut false alarms from care homes highlighted as "
                  "promising practice.\n\n"
                  "We have identified this as notable practice.\n")
    practice = [x for t, x, _ in found if t == "innovative_practice"]
    assert practice == ["Joint hydrant surveys with the water board",
                        "the work of the county arson reduction panel",
                        "our efforts to cut false alarms from care homes"]


def test_a_list_of_who_the_items_are_for_is_no_list_of_themes() -> None:
    """"recommendations for agencies including A, B, C and D": pieces half or more of them
    bodies name who the items go to; a list of matters after the same kind still gives items."""
    found = extract_text("Stalking super-complaint: our plan\n\n"
                         "The report made 20 recommendations for agencies including the Home Office, the Ministry "
                         "of Justice, Police and Crime Commissioners, the College of Policing and chief constables.\n",
                         "stalking-plan").items
    assert not found
    found = extract_text("Stalking super-complaint: our plan\n\n"
                         "The report made recommendations for the force including better risk assessment, "
                         "training for call handlers and quicker use of protection orders.\n",
                         "stalking-plan").items
    assert [i.text for i in found] == ["better risk assessment", "training for call handlers",
                                       "quicker use of protection orders."]


def test_they_are_a_class_with_examples_is_no_list_of_items() -> None:
    """"These are crimes that ..., such as A, B and C" after a sentence naming recommendations
    describes what the last sentence was about, with examples; it lists no items."""
    found = extract_text("Inspection of the police response to hate crime\n\n"
                         "The report sets out findings and recommendations on how the police respond to hate "
                         "offences. These are crimes that target people for who they are, such as racist abuse, "
                         "homophobic attacks and disability hate crime.\n", "hate-page").items
    assert not found


def test_a_lead_in_to_the_following_points_is_no_list_of_items() -> None:
    """Minutes: the officer outlined the work on the recommendations "and highlighted the
    following points:"; the points are the meeting's, not the report's items."""
    found = extract_text("Minutes of the Fire Authority\n\n"
                         "The Chief Fire Officer presented the report on the national values and culture inspection, "
                         "set out the steps taken to address the recommendations, and highlighted the following points:\n\n"
                         "(a) The inspectorate visited ten services over the winter and surveyed staff in all of them.\n\n"
                         "(b) Our service was not one of the ten visited, and staff took part in the national survey.\n",
                         "fra-minutes").items
    assert not found


def test_a_contents_page_run_is_no_item() -> None:
    """A flattened contents page ("Introduction 4 Terms of reference 5 Methodology 6") after
    a kind is navigation; a dated ask ("By 31 March 2024, ... by 30 June 2024 ...") is not."""
    found = extract_text("An inspection of the regional organised crime units\n\n"
                         "Contents Summary of recommendations 3 Introduction 4 Terms of reference 5 "
                         "Methodology 6 Findings 7 Conclusions 9\n", "rocu-report").items
    assert not found
    from crosswalk.extraction.item_reading import is_contents
    assert is_contents("Introduction 4 Terms of reference 5 Methodology 6 Findings 7")
    assert not is_contents("By 31 March 2024 Chief Constables should report, and by 30 June 2024 Forces should act, "
                           "and by 1 May 2025 Services should review.")


@pytest.mark.parametrize("ask", [
    "The force should take immediate action to make sure its detainees are checked as often as their risk requires.",
    "The force should immediately review how it checks detainees who are under the influence of drink or drugs.",
])
def test_quoted_urgent_directive_in_press_is_a_recommendation(ask: str) -> None:
    # No kind word near the quotation: an ask to be met at once is a recommendation (the
    # steps the inspectorate attaches to a cause of concern), not the default area for improvement.
    text = (
        "Custody inspection finds risks to detainees in Essex\n\n"
        "Inspectors visited the custody suites of Essex Police in the spring.\n\n"
        "The report said: “These practices do not follow national guidance on the care of detainees.\n\n"
        f"“{ask}”\n\n"
        "A spokesperson for the force said it was reviewing the findings.\n"
    )
    items = extract_text(text).items
    assert [(i.type, i.subject) for i in items] == [("recommendation", "Essex Police")]


def test_plain_quoted_directive_in_press_stays_an_area_for_improvement() -> None:
    text = (
        "Custody inspection finds risks to detainees in Essex\n\n"
        "Inspectors visited the custody suites of Essex Police in the spring.\n\n"
        "The report said: “These practices do not follow national guidance on the care of detainees.\n\n"
        "“The force should improve how it records the checks it makes on detainees in its cells.”\n\n"
        "A spokesperson for the force said it was reviewing the findings.\n"
    )
    assert [i.type for i in extract_text(text).items] == ["area_for_improvement"]


def test_joined_labels_give_one_item_of_each_kind_on_the_theme() -> None:
    # An improvement plan's contents: "Cause for Concern 3 & Area for Improvement 7 - theme"
    # names two items of the inspection on one theme; the joined label is no part of the text.
    text = (
        "Surrey Fire and Rescue Service improvement plan\n\n"
        "Cause for Concern 1 - Preventing fires and other risks\n\n"
        "Area for Improvement 2 - Responding to fires and other emergencies\n\n"
        "Cause for Concern 2 & Area for Improvement 3 - Promoting the right values and culture\n\n"
        "Area for Improvement 4 - Managing performance and developing leaders\n"
    )
    items = extract_text(text).items
    assert [(i.type, i.number, i.text) for i in items] == [
        ("cause_of_concern", "CoC1", "Preventing fires and other risks"),
        ("area_for_improvement", "AFI2", "Responding to fires and other emergencies"),
        ("cause_of_concern", "CoC2", "Promoting the right values and culture"),
        ("area_for_improvement", "AFI3", "Promoting the right values and culture"),
        ("area_for_improvement", "AFI4", "Managing performance and developing leaders"),
    ]


def test_kind_given_by_an_agent_lists_its_themes() -> None:
    # "areas for improvement identified by X with regards to A, B and C": the participle and
    # its agent say whose items they are, so the themes after the introducer are its items.
    text = ("Surrey Police response\n\n"
            "Nothing was graded inadequate, but there have been areas for improvement named by the "
            "inspectorate with regards to call handling, crime recording and vetting.\n")
    assert [(i.type, i.text) for i in extract_text(text).items] == []
    text = text.replace("named by", "identified by")
    assert [(i.type, i.text) for i in extract_text(text).items] == [
        ("area_for_improvement", "call handling"), ("area_for_improvement", "crime recording"),
        ("area_for_improvement", "vetting.")]


def test_qualified_areas_of_improvement_and_a_hyphen_dash_introduce_themes() -> None:
    text = ("Dorset Council news\n\n"
            "The inspectorate noted areas of further improvement which mainly relate to the training of staff and the upkeep of its fleet.\n\n"
            "It also found two areas of promising practice - the use of drones at fires; and the work with schools "
            "on home safety.\n")
    assert [(i.type, i.text) for i in extract_text(text).items] == [
        ("area_for_improvement", "the training of staff"), ("area_for_improvement", "the upkeep of its fleet."),
        ("innovative_practice", "the use of drones at fires"),
        ("innovative_practice", "the work with schools on home safety.")]


def test_a_condition_or_a_closed_quotation_introduces_no_themes() -> None:
    # "when there are causes of concern about A, B or C", a bare kind, defines a process; it names no items.
    text = ("Letter to the chief constable\n\n"
            "In Engage, we give support to forces when there are causes of concern about their "
            "efficiency, effectiveness or legitimacy.\n")
    assert extract_text(text).items == ()
    # The kind is quoted with words of its own; what follows the closed quotation is the
    # writer's, not the kind's themes.
    text = ("News\n\nThe inspector praised “promising practice in several teams” in regards to joint work "
            "with the county council and the ambulance trust.\n")
    assert all(i.text.startswith("promising practice") for i in extract_text(text).items)


def test_register_row_label_types_the_item_and_its_parts() -> None:
    # An accountability register prints each row as "<label> <status> <text>": the label
    # types the item whatever its modal, and the parts of a row ending in a colon share it.
    # A short label printed with no status ("AFI The service ...") is no part of the item.
    text = (
        "Source · HMICFRS\n\n"
        "Inspection 2025: Northshire Fire and Rescue Service\n\n"
        "Causes for concern\n\n"
        "2\n"
        "Concern Open The service should put in place a training plan for its staff that:\n"
        "• covers every risk-critical skill;\n"
        "• is checked each year by its senior leaders.\n"
        "Concern Open The service needs to improve its fleet maintenance\n\n"
        "Areas for improvement\n\n"
        "3\n"
        "AFI The service should make sure its risk records are up to date.\n"
    )
    items = extract_text(text).items
    assert [(i.type, i.text, i.parent_id) for i in items] == [
        ("cause_of_concern", "The service should put in place a training plan for its staff that:", None),
        ("cause_of_concern", "covers every risk-critical skill", items[0].item_id),
        ("cause_of_concern", "is checked each year by its senior leaders.", items[0].item_id),
        ("cause_of_concern", "The service needs to improve its fleet maintenance", None),
        ("area_for_improvement", "The service should make sure its risk records are up to date.", None),
    ]


def test_register_rows_run_together_are_read_one_by_one() -> None:
    # A page whose rows bunch near one length and stop with no full stop reads as
    # hard-wrapped text, so a row runs on into the next: the next row's label and status
    # end the first item and open an item of their own.
    rows = [
        "The service needs to improve how it keeps its fleet of fire engines and other vehicles ready for use at all times",
        "The service needs to do more to make sure its managers keep to the standards set out in its code of ethics",
        "The service needs to make sure its risk information is accurate and up to date and ready for crews to use",
        "The service needs to improve how it plans the cover given by its on-call crews across the whole of the county",
        "The service needs to make sure that all its staff receive training in the skills they need to stay safe at work",
        "The service needs to improve how it records and reviews the safety visits it carries out in the homes of residents",
    ]
    text = ("Source · HMICFRS\n\nInspection 2025: Northshire Fire and Rescue Service\n\nCauses for concern\n\n6\n"
            + "".join(f"Concern Open {row}\n" for row in rows))
    assert [(i.type, i.text) for i in extract_text(text).items] == [("cause_of_concern", row) for row in rows]


def test_a_definite_count_keeps_the_kind_the_set_was_first_given() -> None:
    # "6 of the 12 recommendations" points back to the "12 areas for improvement" counted
    # before: the themes it lists are those areas for improvement.
    text = (
        "Cabinet minutes\n\n"
        "The inspection of the Fire and Rescue Service had identified 12 areas for improvement. "
        "The service has already addressed 5 of the 12 recommendations, including improvements in "
        "water safety, site visits, and staff training.\n"
    )
    assert {i.type for i in extract_text(text).items} == {"area_for_improvement"}


def test_a_bare_concern_heading_over_make_sure_asks_gives_recommendations() -> None:
    # A service's tracker page puts its asks under a bare "Cause for Concern" heading: a
    # concern states what is wrong, so a first paragraph that asks the service to make sure
    # of something is a recommendation, as the asks after it are.
    text = (
        "Our response to the inspection\n\n"
        "Cause for Concern\n\n"
        "The Service should make sure its board reviews the risks to its improvement plans each month.\n\n"
        "Action Taken\n\n"
        "Status: In Progress\n"
    )
    items = extract_text(text).items
    assert [i.type for i in items] == ["recommendation"]


def test_a_concern_stated_with_should_stays_the_concern() -> None:
    text = (
        "Letter to the chief fire officer\n\n"
        "Cause of concern\n\n"
        "The service should have its own response to terrorist attacks that is resilient and timely.\n\n"
        "As a result, we made the following recommendation:\n\n"
        "By 31 March 2022, the service should produce a plan to keep its response to such attacks.\n"
    )
    items = extract_text(text).items
    assert [i.type for i in items][:1] == ["cause_of_concern"]


def test_a_news_story_restates_the_items_it_counts_in_the_sentences_after() -> None:
    """A story that names a kind by its count, with no words of its own, then restates
    each item: the directive sentences right after it are those items, up to the count;
    the first sentence that restates none ends the run."""
    article = (
        "Kent Fire and Rescue Service told to improve\n\n"
        "Kent Fire and Rescue Service is better than it was in 2019, inspectors said.\n\n"
        "HM Inspector of Fire and Rescue Services Jane Smith said:\n\n"
        "“This time we found no new causes of concern, though we found several areas for improvement. "
        "The service needs to assess how well its prevention work reduces fires. "
        "It also needs to make sure its crews have up-to-date information about risks. "
        "Overall, I am pleased with the progress made. The service needs to review its fleet plans.”\n"
    )
    found = extract_text(article, "kent-fire-news").items
    assert [(i.type, i.text, i.subject) for i in found] == [
        ("area_for_improvement", "The service needs to assess how well its prevention work reduces fires.",
         "Kent Fire and Rescue Service"),
        ("area_for_improvement", "It also needs to make sure its crews have up-to-date information about risks.",
         "Kent Fire and Rescue Service"),
    ]
    one = article.replace("several areas for improvement", "one area for improvement")
    assert [i.text for i in extract_text(one, "kent-fire-news").items] == [
        "The service needs to assess how well its prevention work reduces fires."]


def test_a_news_story_restates_the_areas_a_kind_phrase_counts_in_itself() -> None:
    """"needs to make improvements in some areas." holds its own count: the directive
    sentences after it ("For example, it should ...") restate those areas; a sentence that
    runs on past the kind ("... in some areas to provide a good service.") counts none."""
    article = (
        "Kent Fire and Rescue Service told to improve\n\n"
        "Kent Fire and Rescue Service has been graded across 11 areas, inspectors said.\n\n"
        "But the inspectorate also said that the service needs to make improvements in some areas. "
        "For example, it should make sure its crews know the risks in their local areas. "
        "The service should also make sure its prevention visits reach those most at risk.\n"
    )
    found = extract_text(article, "kent-fire-news2").items
    assert [(i.type, i.text) for i in found] == [
        ("area_for_improvement", "it should make sure its crews know the risks in their local areas."),
        ("area_for_improvement", "The service should also make sure its prevention visits reach those most at risk."),
    ]
    running_on = article.replace("in some areas. For", "in some areas to provide a consistently good service. For")
    assert not extract_text(running_on, "kent-fire-news2").items


def test_areas_graded_requires_improvement_are_no_areas_for_improvement() -> None:
    """"three areas where the force requires improvement: A, B and C" names graded areas
    (the grade word), not items; "these concerns" that measures were taken to address,
    "including" what was done, names no items either."""
    minute = (
        "Police and Crime Commissioner's accountability board\n\n"
        "The inspection identified three areas where the force requires improvement: investigating crime, "
        "protecting vulnerable people, and leadership and force management. Chief officers presented "
        "measures taken to address these concerns, including improvements in training, governance, and resourcing.\n"
    )
    assert not extract_text(minute, "board-minute").items
    further = minute.replace("where the force requires improvement", "where the force requires further improvement")
    assert [i.text for i in extract_text(further, "board-minute").items][:1] == ["investigating crime"]


def test_themes_of_the_areas_a_count_selects_are_listed_after_it() -> None:
    """"has addressed several of the areas for improvement that we highlighted. These
    include A, B and C.": the partitive count selects items and "These" names them, where
    "address the recommendations. These included A" points to the plans that answer them."""
    page = (
        "Avon Fire and Rescue Service 2021/22 effectiveness\n\n"
        "Since our previous inspection in 2019, the service has addressed several of the areas for improvement "
        "that we highlighted. These include improving its debrief process, introducing quality assurance in "
        "its protection work and improving information given to the public about incidents.\n"
    )
    assert [(i.type, i.text) for i in extract_text(page, "avon-page").items] == [
        ("area_for_improvement", "improving its debrief process"),
        ("area_for_improvement", "introducing quality assurance in its protection work"),
        ("area_for_improvement", "improving information given to the public about incidents."),
    ]
    whole = page.replace("several of the areas", "the areas")
    assert not extract_text(whole, "avon-page").items


def test_a_news_story_s_counted_kind_at_a_paragraph_s_end_is_restated_in_the_next() -> None:
    article = (
        "Kent custody praised by inspectors\n\n"
        "Inspectors praised custody in the Kent Police area, the inspectorate said.\n\n"
        "The two inspectorates raised one cause of concern.\n\n"
        "The report went on: “Reviews of detention were not always recorded by the force.”\n\n"
        "The report also made eight recommendations to every force.\n\n"
        "The inspectorate said that there needs to be more care in how forces log incidents.\n"
    )
    found = extract_text(article, "kent-custody-news").items
    assert [(i.type, i.text, i.subject) for i in found] == [
        ("cause_of_concern", "Reviews of detention were not always recorded by the force.", "Kent Police"),
    ]


def test_a_sentence_after_a_count_that_names_the_kind_again_restates_no_item() -> None:
    """'explaining: "The combined weight of these causes of concern reaches ...': a quoted
    sentence right after a counted kind that names the kind again speaks of the set, not of
    one of its items."""
    article = (
        "Force moved into enhanced monitoring\n\n"
        "The inspectorate has placed Kent Police into its enhanced monitoring process in relation to four causes "
        "of concern.\n"
        "The chief inspector has written to the force explaining: “The combined weight of these causes of concern "
        "reaches the level at which we give extra support.\n"
    )
    assert not extract_text(article, "kent-engage-news").items


def test_a_practice_named_by_a_noun_phrase_after_in_is_an_item() -> None:
    # The label applied to a practice the sentence names after "in", up to the comma or
    # relative that closes the phrase; "in this area" or "in various teams" says where.
    text = (
        "Fire service praised by inspectors\n\n"
        "Inspectors singled out ‘promising practice’ in joint water rescue reviews with the coastguard, "
        "which are improving safety.\n\n"
        "The service has also shown innovative practice in this area.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("innovative_practice", "joint water rescue reviews with the coastguard"),
    ]


def test_improvement_needed_names_a_kind_only_in_areas() -> None:
    # "improvement was required in areas including ..." names areas for improvement;
    # "improvement was needed in relation to ..." says where the grade fell short.
    named = "The report noted that improvement was required in areas including supporting victims and its use of bail.\n"
    assert [(t, x) for t, x, _ in texts(named)] == [
        ("area_for_improvement", "supporting victims"),
        ("area_for_improvement", "its use of bail."),
    ]
    graded = ("The force was graded adequate in four areas. However, the report found that improvement was "
              "needed in relation to call handling, leadership and workforce planning.\n")
    assert texts(graded) == []


def test_an_item_said_to_be_an_infinitive_is_that_infinitive() -> None:
    # "One of its recommendations was to ...", "The main area for improvement around X was
    # to ...": the infinitive is the item; the topic before the copula is only where it lies.
    text = (
        "Inspection news\n\n"
        "The inspector made four recommendations in earlier reports. One of those recommendations was to "
        "set up a national register of fire engines.\n\n"
        "The main area for improvement around water rescue was to ensure crews train on the river every month.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("recommendation", "to set up a national register of fire engines"),
        ("area_for_improvement", "to ensure crews train on the river every month"),
    ]


def test_a_cause_on_a_topic_keeps_the_reason_it_gives() -> None:
    # "a cause of concern on A as it is ...": the reason after the topic is the cause's own words.
    text = (
        "Inspectors act on fire service\n\n"
        "“We have issued a cause of concern on water rescue as it is worrying that crews are not trained for it.”\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("cause_of_concern", "water rescue as it is worrying that crews are not trained for it"),
    ]


def test_a_practice_sent_to_a_body_names_no_purpose() -> None:
    # "promising practice to all forces": who it goes to, not the purpose it serves.
    text = (
        "Reports published\n\n"
        "The report led the college to send its promising practice to all forces in a bulletin.\n"
    )
    assert texts(text) == []


def test_a_second_predicate_between_kind_and_introducer_owns_it() -> None:
    # "act on the recommendations and be open about X": "about" belongs to the second predicate.
    text = (
        "Force statement\n\n"
        "“We will act on the recommendations and be open about our progress with staff and the public.”\n"
    )
    assert texts(text) == []


def test_a_dash_that_opens_an_example_lists_no_themes() -> None:
    # "acting on the recommendations – for example, by ...": an example of the clause.
    text = (
        "Council news\n\n"
        "The inspectorate needs more powers to ensure action is taken on its recommendations – for example, "
        "by requiring councils to publish a response and a plan.\n"
    )
    assert texts(text) == []


def test_area_for_improvement_for_a_body_to_act_is_its_ask() -> None:
    text = (
        "Brigade welcomes inspection of Kent Fire and Rescue Service\n\n"
        "One area for improvement from the last round was for the brigade to audit its fleet, its depots and its hydrants.\n\n"
        "The report made recommendations for the brigade to consider.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("area_for_improvement", "for the brigade to audit its fleet, its depots and its hydrants.")]


def test_areas_a_body_could_improve_are_the_examples_after_them() -> None:
    text = (
        "Commissioner responds to inspection of Dyfed-Powys Police\n\n"
        "“There are areas where the constabulary could improve, such as answering 101 calls – for example, "
        "by adding staff at peak times – and keeping victims informed.\n\n"
        "She spoke about areas where forces needed to improve such as estates and fleet.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("area_for_improvement", "answering 101 calls"), ("area_for_improvement", "keeping victims informed.")]


def test_a_kind_opening_a_joined_clause_lists_its_themes() -> None:
    text = (
        "Dyfed-Powys Police inspection published\n\n"
        "No area was judged poor, but areas for improvement were found in relation to call handling, custody and fleet.\n\n"
        "Inspectors saw some areas for further improvement, including vetting and the use of bail.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("area_for_improvement", "call handling"), ("area_for_improvement", "custody"), ("area_for_improvement", "fleet."),
        ("area_for_improvement", "vetting"), ("area_for_improvement", "the use of bail.")]


def test_a_theme_ends_where_a_participle_says_when_it_was_given() -> None:
    text = (
        "Revisit letter to the Chief Constable of Dyfed-Powys Police\n\n"
        "We found that the force had addressed the cause of concern about custody checks identified in our 2021 inspection.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [("cause_of_concern", "custody checks")]


def test_areas_identified_for_improvement_type_the_list_they_lead_in_to() -> None:
    text = (
        "Kent Fire and Rescue Service: summary\n\n"
        "The brigade has made progress. The following areas that were identified for improvement have been met:\n\n"
        "• auditing its fleet;\n"
        "• training its control staff.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("area_for_improvement", "auditing its fleet"), ("area_for_improvement", "training its control staff.")]


def test_immediate_steps_a_lead_in_asks_for_are_its_parts() -> None:
    text = (
        "Revisit letter to the Chief Constable of Dyfed-Powys Police\n\n"
        "Custody\n\n"
        "We recommended that the force take immediate steps to:\n\n"
        "- review its custody checks; and\n"
        "- train its custody staff.\n"
    )
    found = texts(text)
    assert [(t, x) for t, x, _ in found] == [
        ("recommendation", "the force take immediate steps to:"), ("recommendation", "review its custody checks"),
        ("recommendation", "train its custody staff.")]


def test_lines_after_a_needs_to_lead_in_open_with_its_verb() -> None:
    text = (
        "Commissioner responds to inspection of Dyfed-Powys Police\n\n"
        "The report found the force needs to:\n\n"
        "Answer calls within its targets\n\n"
        "Have a plan for its estate\n\n"
        "The Commissioner said he would hold the force to account.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("area_for_improvement", "Answer calls within its targets"), ("area_for_improvement", "Have a plan for its estate")]


def test_a_kind_and_including_with_a_colon_lists_its_items() -> None:
    text = (
        "Commissioner responds to inspection of Dyfed-Powys Police\n\n"
        "Work goes on around other recommendations including: training for staff; "
        "and ensuring all cases are reviewed on time.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("recommendation", "training for staff"), ("recommendation", "ensuring all cases are reviewed on time.")]


def test_a_kind_opening_a_reported_clause_lists_its_themes() -> None:
    text = (
        "Dyfed-Powys Police inspection published\n\n"
        "However, areas for improvement were found around custody, vetting and fleet.\n\n"
        "In addition, innovative and promising practice was identified with its drone unit, its cadets and its school visits.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("area_for_improvement", "custody"), ("area_for_improvement", "vetting"), ("area_for_improvement", "fleet."),
        ("innovative_practice", "its drone unit"), ("innovative_practice", "its cadets"),
        ("innovative_practice", "its school visits.")]


def test_theme_boundaries_of_asides_dashes_and_joined_clauses() -> None:
    text = (
        "Kent Fire and Rescue Service inspection\n\n"
        "Last time we set as an area for improvement that the brigade should ensure its risk plan, which the brigade "
        "calls its safety plan, is based on good data.\n\n"
        "The brigade was told improvements were needed in two areas – fleet upkeep and how it trains drivers – "
        "by the inspectorate last year.\n\n"
        "The report found that 500 audits had not been done and its protection work was a cause of concern.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("area_for_improvement", "the brigade should ensure its risk plan, which the brigade calls its safety plan, "
                                 "is based on good data."),
        ("area_for_improvement", "fleet upkeep"), ("area_for_improvement", "how it trains drivers"),
        ("cause_of_concern", "its protection work")]


def test_a_plural_kind_said_of_a_list_and_a_counted_pair_with_inner_ands() -> None:
    text = (
        "Anytown Police inspection published\n\n"
        "Fleet upkeep and driver training were all identified as areas for improvement.\n\n"
        "Inspectors raised two causes of concern relating to how it answers 999 calls and reviews of sexual and "
        "violent offences.\n\n"
        "There are areas for improvement in terms of the audit of bail and in the timeliness of file reviews.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("area_for_improvement", "Fleet upkeep"), ("area_for_improvement", "driver training"),
        ("cause_of_concern", "how it answers 999 calls"), ("cause_of_concern", "reviews of sexual and violent offences."),
        ("area_for_improvement", "the audit of bail"), ("area_for_improvement", "the timeliness of file reviews.")]


def test_a_kind_in_the_perfect_along_with_and_saying_after_one_kind() -> None:
    text = (
        "Anytown Fire and Rescue Service inspection\n\n"
        "Fleet upkeep had also been a cause of concern at the brigade, along with its hydrant checks and its "
        "training records.\n\n"
        "Last year the inspectorate gave one cause of concern, saying the brigade did not audit enough buildings.\n\n"
        "The brigade welcomed the causes of concern, saying it would act on them.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("cause_of_concern", "Fleet upkeep"), ("cause_of_concern", "its hydrant checks"),
        ("cause_of_concern", "its training records."),
        ("cause_of_concern", "the brigade did not audit enough buildings.")]


def test_a_definite_kind_identified_was_a_described_as_a_quoted_kind_and_a_performance_frame() -> None:
    text = (
        "Anytown Police inspection published\n\n"
        "The only area for improvement identified was the force's handling of lost property, which the report "
        "called slow.\n\n"
        "The review described the force's custody records as a serious cause of concern.\n\n"
        "The minister said \"the worst was a cause for concern in relation to the vetting of new staff\".\n\n"
        "In 2019 the inspectorate gave two causes of concern about Anytown Police's performance in answering calls "
        "and recording crime.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("area_for_improvement", "the force's handling of lost property"),
        ("cause_of_concern", "the force's custody records"),
        ("cause_of_concern", "the vetting of new staff"),
        ("cause_of_concern", "answering calls"), ("cause_of_concern", "recording crime.")]


def test_a_kind_for_how_after_failing_and_improvements_suggested() -> None:
    text = (
        "Anytown Fire and Rescue Service inspection\n\n"
        "The brigade was given a cause of concern for how it plans for, and trains staff on, its breathing sets.\n\n"
        "The brigade was issued with a cause of concern after failing to audit its high-rise buildings.\n\n"
        "Improvements suggested by inspectors include the need to audit the fleet more often.\n\n"
        "The report makes recommendations for how brigades can share data.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)] == [
        ("cause_of_concern", "how it plans for, and trains staff on, its breathing sets."),
        ("cause_of_concern", "failing to audit its high-rise buildings."),
        ("area_for_improvement", "the need to audit the fleet more often.")]


def test_a_deadline_before_should_have_asks_for_work_done_by_then() -> None:
    # "By <date>, X should have <participle>" is a future perfect: the work asked for, due then;
    # without a deadline "should have" criticises what was not done and asks for nothing
    text = (
        "Inspection of Rutland Fire and Rescue Service\n\n"
        "Recommendations\n\n"
        "By 30 June 2026, the service should have put in place a plan to train its fire safety inspectors.\n\n"
        "Findings\n\n"
        "The service should have recorded the visits it made to high-risk premises.\n"
    )
    items = extract_text(text).items
    assert [(i.type, i.text) for i in items] == [
        ("recommendation", "By 30 June 2026, the service should have put in place a plan to train its fire "
                           "safety inspectors."),
    ]


def test_a_press_subhead_naming_a_kind_does_not_silence_the_reported_should_below_it() -> None:
    """A story's subhead ("... rated good with recommendation to improve staffing") names a
    kind but opens no section of items: the inspectorate's "should" under it is still read."""
    article = (
        "Fire service rated good by inspectors\n\n"
        "A FIRE service has been rated good by the inspectorate, the watchdog has said.\n\n"
        "Kent service rated good overall with recommendation to improve staffing\n\n"
        "Inspectors noted the service works well with the council and answers calls quickly.\n\n"
        "However, the inspectorate said Kent Fire and Rescue Service should review how it plans its staffing for the summer.\n\n"
        "A spokesperson for the service said it welcomed the findings.\n"
    )
    found = extract_text(article, "kent-fire-news").items
    assert [(i.type, i.text) for i in found] == [
        ("recommendation", "Kent Fire and Rescue Service should review how it plans its staffing for the summer."),
    ]


def test_a_tracker_s_rows_run_together_give_each_row_s_concern_and_recommendation() -> None:
    """A tracker's table flattened into one paragraph ("| T1 | Cause of concern: ...
    Recommendation: ... | Kent Police | Completed | | T2 | ..."): one row a unit, its index
    cell skipped, and a concern and the recommendation on it are two items."""
    text = (
        "Cause of concern recommendations tracked for Kent Police\n\n"
        "Recommendations (2)\n\n"
        "| # | Recommendation | Directed at | Status |\n"
        "| T1 | Cause of concern: The force does not record all the crimes reported to it, so many victims are not "
        "safeguarded. Recommendation: The force should immediately review how its call handlers record crimes. "
        "| Kent Police | Completed | "
        "| T2 | Cause of concern: The force does not supervise its investigations well enough. Recommendation: The force "
        "should immediately put in place checks on every open investigation. | Kent Police | Completed |\n"
    )
    found = extract_text(text, "tracker").items
    assert [(i.type, i.text) for i in found] == [
        ("cause_of_concern", "The force does not record all the crimes reported to it, so many victims are not safeguarded."),
        ("recommendation", "The force should immediately review how its call handlers record crimes."),
        ("cause_of_concern", "The force does not supervise its investigations well enough."),
        ("recommendation", "The force should immediately put in place checks on every open investigation."),
    ]


def test_dash_glyphs_flattened_after_a_colon_or_semicolon_mark_the_parts() -> None:
    """A register export keeps a list's dash glyphs inline (":-one;-two; and-three"); a hyphen
    after a letter still joins a compound ("crime-recording")."""
    text = (
        "Norfolk Constabulary: Crime Data Integrity inspection 2019 (9005)\n\n"
        "Cause of concern\n\n"
        "In Norfolk Constabulary, officers too often make the wrong crime-recording decision when a victim first reports.\n\n"
        "Within six months, the force should train its call handlers in regard to:-the account a victim first gives;"
        "-offences of stalking and harassment; and-the crime-recording rules for repeat callers.\n"
    )
    assert [(t, x) for t, x, _ in texts(text)][1:] == [
        ("recommendation", "Within six months, the force should train its call handlers in regard to:"),
        ("recommendation", "the account a victim first gives"),
        ("recommendation", "offences of stalking and harassment"),
        ("recommendation", "the crime-recording rules for repeat callers."),
    ]


def test_a_demonstrative_sentence_before_the_colon_carries_on_the_directive_before_it() -> None:
    """"The force should close gaps in X. This work should include a review of:": "This work"
    directs no body of its own, so the sentence before it is part of the lead-in."""
    text = (
        "Norfolk Constabulary: Crime Data Integrity inspection 2019 (9006)\n\n"
        "Cause of concern\n\n"
        "In Norfolk Constabulary, too many reports of violent crime go unrecorded.\n\n"
        "Within three months, the force should find and close the gaps in how its control room records crime. "
        "This work should include a review of: • how incidents are graded; • how closed incidents are supervised.\n"
    )
    found = [(t, x) for t, x, _ in texts(text)][1:]
    assert found[0] == ("recommendation", "Within three months, the force should find and close the gaps in how its "
                        "control room records crime. This work should include a review of:")
    assert [x for _, x in found[1:]] == ["how incidents are graded", "how closed incidents are supervised."]


def test_a_forms_field_closing_a_response_page_is_no_item() -> None:
    """"Action: In Progress" ends a page that answers one recommendation: a field and its
    value, not the cut start of a second item."""
    text = (
        "Recommendation 7\n\n"
        "Values and Culture in Fire and Rescue Services\n\n"
        "Recommendation 7:\n\n"
        "By 1 March 2024, chief fire officers should make sure that staff who raise a concern are told how it was dealt with.\n\n"
        "Service action: Our procedure says how concerns are handled and when updates should be sent to staff. "
        "Our people team checks it.\n\n"
        "Action: In Progress"
    )
    assert [x[:30] for _, x, _ in texts(text)] == ["By 1 March 2024, chief fire of"]


def test_a_news_story_names_an_item_of_an_uncounted_plural_kind_in_a_sentence_opening_one() -> None:
    """"there were also areas for improvement. One is A.": a sentence that opens on the
    count "One" and a copula, right after a plural kind, names one of its items;
    "Another
    area for improvement was B" continues the count as a definite kind would."""
    article = (
        "Kent Police told to improve\n\n"
        "Kent Police was praised for its work with partners, inspectors said.\n\n"
        "The report found much to praise, but there were also areas for improvement.\n"
        "One is recording the outcome of stop and search encounters.\n\n"
        "Another area for improvement was supervising the work of new detectives.\n"
    )
    found = extract_text(article, "kent-news-one").items
    assert [(i.type, i.text) for i in found] == [
        ("area_for_improvement", "recording the outcome of stop and search encounters"),
        ("area_for_improvement", "supervising the work of new detectives."),
    ]
    pointing = article.replace("One is recording", "One of these was that the force should record")
    assert [i.text for i in extract_text(pointing, "kent-news-one").items][:1] == [
        "the force should record the outcome of stop and search encounters"]


def test_a_copular_list_of_a_plural_kind_in_a_quote_ends_before_the_closing_mark() -> None:
    """"The areas for improvement identified were A and B.”": the closing quote around the
    sentence is no part of the last item, which the quotation would otherwise cross."""
    body = ("Kent Fire and Rescue Service response to HMICFRS inspection\n\n"
            "The chief fire officer said, \u201cWe welcome the report. The areas for improvement identified were "
            "checking the safety of tall buildings and keeping our fleet ready.\u201d\n")
    assert [i.text for i in extract_text(body, "kent-fire-reply").items] == [
        "checking the safety of tall buildings", "keeping our fleet ready."]


def test_a_story_s_passive_of_advising_gives_one_item_per_ask() -> None:
    article = (
        "Dorset Police told to improve after watchdog visit\n\n"
        "A POLICE force has been told to improve how it protects victims, the inspectorate has said.\n\n"
        "Inspectors praised the force for its work with young people.\n\n"
        "However, the force has been advised to review how it supervises its investigations and to set out "
        "a clearer plan for its call handlers, while its neighbours were praised.\n\n"
        "The senior team was also encouraged to improve how it records stop and search.\n\n"
        "HMICFRS also advised the force to set up an open way of choosing its future leaders.\n"
    )
    found = extract_text(article, "dorset-news").items
    advised = [i.text for i in found if i.rule == "item-advised" and i.type == "recommendation"]
    assert advised == [
        "review how it supervises its investigations",
        "set out a clearer plan for its call handlers",
        "improve how it records stop and search.",
        "set up an open way of choosing its future leaders.",
    ]


def test_a_passive_of_advising_said_of_staff_or_the_writer_is_no_item() -> None:
    article = (
        "Dorset Police praised by the watchdog\n\n"
        "A POLICE force has been praised by the watchdog for how it records crime, the inspectorate has said.\n\n"
        "Staff are actively encouraged to use their discretion to help victims.\n\n"
        "We were encouraged to see how the force has improved its call handling.\n"
    )
    assert not [i for i in extract_text(article, "dorset-news").items if i.rule == "item-advised"]


def test_an_inspector_s_we_have_previously_recommended_is_the_inspectorate_s_recommendation() -> None:
    """The inspectorate's "we" with auxiliaries and an adverb before its verb ("We have
    previously recommended that ...") recommends as "we recommended" does, its speaker
    named as an inspector before the quotation."""
    article = (
        "Police must do more for victims of harassment, report finds\n\n"
        "HM Chief Inspector of Constabulary Jane Doe said, “We have previously recommended that "
        "harassment cases are given to trained investigators. Progress has been slow.”\n"
    )
    items = extract_text(article, "harassment-news").items
    assert [(i.type, i.text, i.historic) for i in items] == [
        ("recommendation", "harassment cases are given to trained investigators.", True)
    ]


def test_a_paragraph_telling_how_a_cause_of_concern_was_closed_does_not_state_it() -> None:
    """Under a line that names the kind, a paragraph whose verb closes the item ("has
    discharged its cause of concern") reports what became of it; the item is what the
    letter it quotes says the concern was."""
    page = (
        "Inspectorate lifts cause of concern\n\n"
        "The inspectorate has this week lifted its cause of concern after a revisit in the spring.\n\n"
        "The cause of concern stated that the service could not show its crews were trained to drive "
        "its new engines.\n"
    )
    texts = [i.text for i in extract_text(page, "service-news").items]
    assert not any("lifted" in t for t in texts)




@pytest.mark.parametrize("before, listed", [
    ("", []),
    ("The watchdog gave the force two areas for improvement. ",
     ["call takers record a risk assessment for every caller", "repeat callers are flagged and their history is checked"]),
])
def test_a_news_story_s_needs_to_lead_in_lists_items_only_after_a_kind(before: str, listed: list[str]) -> None:
    # a story's "needs to ensure that:" list is its account of the findings unless a kind is named
    article = (
        "Dorset Police told to improve its control room\n\n"
        "A POLICE force has been told to improve how it handles calls, the inspectorate has said.\n\n"
        f"{before}It says Dorset Police needs to ensure that:\n\n"
        "call takers record a risk assessment for every caller\n\n"
        "repeat callers are flagged and their history is checked\n\n"
        "The chief constable said the force would study the report closely.\n"
    )
    found = extract_text(article, "dorset-news").items
    assert [i.text for i in found if i.rule == "item-list"] == listed


def test_a_kind_named_in_the_list_before_a_news_story_s_needs_to_lead_in_labels_nothing() -> None:
    # the bullet before the lead-in ends another list ("it had completed its earlier recommendations"):
    # it says nothing of what the new list is
    article = (
        "Dorset Police told to improve its crime recording\n\n"
        "A POLICE force has improved how it records crime, the inspectorate has said.\n\n"
        "Since our last visit the force has:\n\n"
        "  • trained its call takers in the recording rules; and\n"
        "  • completed most of the recommendations from our earlier report.\n\n"
        "The force still needs to:\n\n"
        "  • check that its officers record reports of stalking; and\n"
        "  • audit how it closes crimes as no crime.\n\n"
        "The chief constable said the force would study the report closely.\n"
    )
    found = extract_text(article, "dorset-news").items
    assert [i.text for i in found if i.rule in ("item-list", "item-part")] == []


def test_an_urgent_bare_lead_in_with_no_item_before_it_is_the_item_its_parts_hang_from() -> None:
    letter = (
        "Kent Police: revisit letter\n\n"
        "Our cause of concern about custody came with two recommendations:\n\n"
        "The force should immediately:\n\n"
        "  • check every detainee as often as their risk requires; and\n"
        "  • train its custody staff in spotting risk.\n\n"
        "We found good progress.\n"
    )
    assert texts(letter) == [
        ("recommendation", "The force should immediately:", None),
        ("recommendation", "check every detainee as often as their risk requires", "R1"),
        ("recommendation", "train its custody staff in spotting risk.", "R1"),
    ]


# a fire service's news story whose heading names areas for improvement and which says the service
# was advised to do two things; each test adds the sentence that decides the asks' type
ADVISED_STORY = (
    "Cornwall Fire and Rescue Service makes progress, says watchdog\n\n"
    "Inspectors visited Cornwall Fire and Rescue Service for the third time this spring.\n\n"
    "Some areas for improvement still stand\n\n"
    "The service has been advised to improve how it checks its hose reels and to write a fuller plan for its "
    "school visits.\n\n"
)


def test_a_story_that_calls_the_asks_areas_for_improvement_types_its_advised_asks_so() -> None:
    """A story whose only kind is "areas for improvement" (a heading, no recommendations by
    noun or verb) restates the report's areas for improvement when it says the service was
    advised to do something or should do it."""
    article = ADVISED_STORY + (
        "Inspectors added that Cornwall Fire and Rescue Service should review how it trains its on-call crews.\n"
    )
    found = [(i.type, i.text) for i in extract_text(article, "cornwall-fire-news").items]
    assert found == [
        ("area_for_improvement", "improve how it checks its hose reels"),
        ("area_for_improvement", "write a fuller plan for its school visits."),
        ("area_for_improvement", "Cornwall Fire and Rescue Service should review how it trains its on-call crews."),
    ]


def test_a_story_that_says_the_report_recommended_keeps_its_advised_asks_recommendations() -> None:
    """The verb names recommendations as the noun does ("but recommended a review of A"):
    the story's advised asks stay recommendations though it also names areas for improvement."""
    article = ADVISED_STORY + (
        "The report said its risk information was good but recommended a review of how many engines it keeps ready.\n"
    )
    advised = [(i.type, i.text) for i in extract_text(article, "cornwall-fire-news").items if i.rule == "item-advised"]
    assert advised == [("recommendation", "improve how it checks its hose reels"),
                       ("recommendation", "write a fuller plan for its school visits.")]


def test_a_story_restates_as_many_items_as_its_hyphenated_count_says() -> None:
    # "twenty-two areas for improvement" counts twenty-two, not two: every directing sentence after it is one
    article = (
        "Dorset Police told to improve\n\n"
        "A POLICE force has been told to improve how it handles calls, the inspectorate has said.\n\n"
        "Inspectors raised twenty-two areas for improvement. The force needs to answer emergency calls more quickly. "
        "It also needs to record a risk assessment for every caller. "
        "The inspectorate said the force needs to check the history of repeat callers.\n\n"
        "The chief constable said the force would study the report closely.\n"
    )
    found = [i for i in extract_text(article, "dorset-news").items if i.rule == "item-restated-after-count"]
    assert len(found) == 3


def test_a_table_row_of_a_label_and_an_item_worded_without_a_modal_is_the_item() -> None:
    """A tracker's "AFI 3 | Improve how ... | In progress" states the item after its label
    cell in the imperative, with no directing modal: only a cell that reports progress (the
    first person, a verb group of progress or of the past) is the update, not the item."""
    text = (
        "Marlow Vale Police - quarterly update to the Police and Crime Commissioner\n\n"
        "This is the force's update on the HMICFRS report, published last year. We set out progress below.\n\n"
        "AFI 3 | Improve how the force supervises investigations | In progress\n"
    )
    assert [(i.type, i.text) for i in extract_text(text).items] == [
        ("area_for_improvement", "Improve how the force supervises investigations")]


def test_a_lead_in_that_asks_nothing_leaves_the_line_after_it_an_item() -> None:
    """Only a lead-in in which the writer asks ("I have asked him for the following:") or
    is the object ("to me") makes the line after it the writer's own ask; "... and our
    answers follow:" introduces the item the response restates."""
    text = (
        "Marlow Vale Police response to the HMICFRS inspection\n\n"
        "We have considered the report carefully and our answers follow:\n\n"
        "The force should improve how it supervises investigations of domestic abuse.\n\n"
        "We accept this and a new supervision policy is in place.\n"
    )
    assert [i.type for i in extract_text(text).items] == ["recommendation"]
