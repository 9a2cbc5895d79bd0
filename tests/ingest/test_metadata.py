"""Metadata is read from the text, never the file name."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from crosswalk.dates import find_dates
from crosswalk.ingest import ingest_file
from tests.conftest import CORPUS, gold, ingest_text


@pytest.fixture(autouse=True)
def cue_rules_alone(cue_doc_types: None) -> None:
    """The document types asserted here are the cue rules' (patterns/doc_types.json): the
    type where no learned model ships, and whether any cue reaches a text ("unknown").
    With the shipped `doc_type` model the model decides the type; that is tested on real
    documents in tests/ingest/test_doc_type.py (invented texts of a few lines are not what
    a bag-of-words model reads)."""


def test_metadata_matches_gold_whatever_the_file_name(sample: str, tmp_path: Path) -> None:
    renamed = tmp_path / "download (3).txt"
    shutil.copy(CORPUS / f"{sample}.txt", renamed)
    doc = ingest_file(renamed).document
    expected = gold(sample)
    assert doc is not None
    assert (doc.doc_type, doc.date, doc.author) == (expected["doc_type"], expected["date"], expected["author"])
    assert doc.responding_body == expected["responding_body"]


def test_inspection_title_is_recovered_as_written(sample: str) -> None:
    doc = ingest_file(CORPUS / f"{sample}.txt").document
    assert doc is not None
    assert doc.inspection == gold(sample)["inspection"]


def test_block_offsets_point_into_the_text(sample: str) -> None:
    doc = ingest_file(CORPUS / f"{sample}.txt").document
    assert doc is not None
    for span in doc.blocks:
        block = doc.text[span.start : span.end]
        assert block and block == block.strip()
    assert doc.text.count("\n\n") >= len(doc.blocks) - 1


# -- document type and responding body, one genre cue family each (invented texts) -------


def test_police_committee_minutes_are_the_forces_answer() -> None:
    doc = ingest_text(
        "Agenda item\n\nHMICFRS PEEL Inspection 2022\n\nReport of the Commissioner of Police\n\nMinutes:\n\n"
        "The Sub-Committee received a report of the Commissioner of Police on the inspection findings.\n\n"
        "A Member asked how the areas for improvement would be owned. The Assistant Commissioner explained "
        "that each had a named lead.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("force_response", "City of London")


def test_police_and_crime_panel_minutes_are_the_pccs_answer() -> None:
    doc = ingest_text(
        "Agenda item\n\nHMICFRS Report: Vetting inspection\n\nMinutes:\n\n"
        "The Police and Crime Panel considered a report of the Police and Crime Commissioner on the "
        "inspection of Surrey Police.\n\nArising from discussions the following points were noted:\n\n"
        "(i) The Commissioner would hold the Chief Constable to account for the action plan.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("pcc_response", "Surrey")


def test_fire_authority_minutes_name_the_fire_area() -> None:
    doc = ingest_text(
        "Minutes of the meeting of Kent Fire and Rescue Authority\n\nPresent: Councillors A, B and C\n\n"
        "The Authority received a report on progress against the HMICFRS cause of concern. "
        "Members were advised that the prevention actions were complete.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("force_response", "Kent")


def test_improvement_plan_page_is_the_services_answer() -> None:
    doc = ingest_text(
        "In March we received our inspection report from HMICFRS, which graded the Service as requiring "
        "improvement and identified 12 areas for improvement.\n\nIn response we have now produced our "
        "Improvement Plan, which the Combined Fire Authority will monitor.\n"
    )
    assert doc.doc_type == "force_response"


def test_chief_constables_statement_is_the_forces_answer() -> None:
    doc = ingest_text(
        "Force response to the HMICFRS PEEL inspection\n\nWe welcome the findings of the inspectorate and "
        "accept every area for improvement. We are working to improve how we investigate crime.\n\n"
        "Jane Smith\n\nChief Constable\n"
    )
    assert doc.doc_type == "force_response"


def test_pcc_news_release_in_the_first_person_is_the_pccs_answer() -> None:
    doc = ingest_text(
        "PCC welcomes inspection report on Durham Constabulary\n\n"
        "I welcome the report of His Majesty's Inspectorate of Constabulary and Fire and Rescue Services "
        "on Durham Constabulary, and I will be holding the Chief Constable to account for the plan.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("pcc_response", "Durham")


def test_a_statement_naming_the_chief_constable_as_a_partner_is_the_pccs() -> None:
    """"The acting Chief Constable Sam Person and I" speaks as the chief constable's partner, not as the chief."""
    doc = ingest_text(
        "STATEMENT ON THE INSPECTORATE'S EFFICIENCY REPORT\n\n"
        "Statement from A. Person on the inspectorate's report on the efficiency of Kent Police:\n\n"
        "\u201cLast spring acting Chief Constable Sam Person and I asked for a review of the force, and this "
        "report adds little to it.\u201d\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("pcc_response", "Kent")


def test_a_headline_with_the_commissioner_as_its_subject_is_the_pccs_answer() -> None:
    """"PCC pleased with ..." or "..., says PCC": the headline speaks for the commissioner."""
    doc = ingest_text(
        "PCC Pleased with Kent Custody Inspection\n\n"
        "A report after an unannounced inspection of custody suites in Kent found that detainees were "
        "treated well and that the suites were clean.\n\nThe report published today follows visits by "
        "the inspectorates of prisons and of constabulary.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("pcc_response", "Kent")


def test_a_commissioners_blog_is_the_pccs_answer() -> None:
    """A blog headed as the commissioner's speaks in the commissioner's voice, whatever it quotes."""
    doc = ingest_text(
        "PCC Blog 12\n\n\u2018The force keeps people safe.\u2019\n\nThose were the words of the "
        "inspector who led last year's inspection of Kent Police by HMI, published last week.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("pcc_response", "Kent")


def test_a_photo_credit_marks_a_news_page() -> None:
    """A photo credit under a picture is a news site's furniture, not a force's own page."""
    doc = ingest_text(
        "Exshire police improve, report finds\n\nKent Police\n\nKent Police - Credit: A. Agency\n\n"
        "Kent Police is good at investigating crime, its latest inspection report by HMIC found.\n"
    )
    assert doc.doc_type == "press_article"


def test_home_office_letter_is_a_government_response() -> None:
    doc = ingest_text(
        "Correspondence\n\nVetting report: government response\n\nHome Secretary\n2 Marsham Street\n\n"
        "3 April 2024\n\nDear Andy,\n\nI have set out my response to your recommendations below. The government "
        "accepts recommendation 1 and will consult on it.\n\nYours sincerely,\n\nThe Home Secretary\n"
    )
    assert (doc.doc_type, doc.responding_body, doc.date) == ("government_response", "Home Office", "2024-04-03")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a written statement laying an inspection of another agency: the minister speaks to Parliament
        ("The agency leads the national response to organised crime.\n\nThis is the fifth HMICFRS inspection "
         "of the agency. The report has been published today and I will place a copy of the report "
         "in the Library of the House. The agency will respond to these recommendations.", "Home Office"),
        ("Inspection reports of the service police\n\nStatement made on 1 June 2022\n\nI wish to inform the "
         "House that I am laying today, on behalf of the Secretary of State for Defence, the reports of the "
         "inspectorate. I welcome these reports.", "Ministry of Defence"),
        # an old written answer, the member's name glued to the question
        ("\u00a7 Mr. PersonTo ask the Secretary of State for the Home Department whether he will publish the "
         "inspectorate's reports on the county police.\n\nThe report conveys the professional judgment of the "
         "inspectorate; the chief constable and the police committee have it.", "Home Office"),
        ("Minister welcomes police inspection report\n\nJustice Minister A. Person has welcomed the report of an "
         "inspection of the Police Service of Northern Ireland.\n\nThe Department of Justice commissioned it. The "
         "Minister said: I welcome the report.",
         "Department of Justice (Northern Ireland)"),
    ],
)
def test_a_minister_answering_parliament_or_named_by_office_is_the_departments_answer(text: str, body: str) -> None:
    doc = ingest_text(text)
    assert (doc.doc_type, doc.responding_body) == ("government_response", body)


def test_an_island_ministers_answer_about_its_own_force_is_its_governments() -> None:
    """An assembly's question to its Minister for Home Affairs: no government in the head,
    but the answer speaks of the island's own force, so the island answers, not the Home Office."""
    from crosswalk.ingest.responding_body import find_responding_body

    blocks = ["Oral question", "When will the Minister receive the report of Her Majesty's Inspectorate of Constabulary?",
              "The Minister for Home Affairs answered the Assembly:",
              "The report is expected in the autumn and will be circulated to Members. The last report found the "
              "States of Jersey Police to be efficient."]
    text = "\n\n".join(blocks)
    assert find_responding_body("government_response", None, blocks[0], blocks, text).body == "Jersey"
    home_office = text.replace("States of Jersey Police", "Kent Police") + "\n\nThe Home Office will publish it."
    assert find_responding_body("government_response", None, blocks[0], home_office.split("\n\n"), home_office).body == \
        "Home Office"


def test_other_departments_answer_as_the_government() -> None:
    doc = ingest_text(
        "Department for Education\n\nPolicy paper\n\nGovernment response to the review of school "
        "inspections Published 21 March 2024\n\nThe government accepts recommendation 2.\n"
    )
    assert (doc.doc_type, doc.responding_body, doc.date) == ("government_response", "UK Government", "2024-03-21")


def test_inspectorate_news_release_is_a_press_article_without_a_body() -> None:
    doc = ingest_text(
        "HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)\n\nPrintable version\n\n"
        "Kent Police moved into enhanced monitoring\n\nHMICFRS has today published its report. "
        "HMICFRS said the force must improve how it answers calls.\n\nGet the report\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("press_article", None)


def test_newspaper_report_is_a_press_article() -> None:
    doc = ingest_text(
        "Inspectors have said Essex Police needs to improve how it investigates crime.\n\n"
        "Mr Jones said the force would study the findings. The force has been contacted for comment.\n"
    )
    assert doc.doc_type == "press_article"


def test_press_article_carrying_a_pccs_answer_names_the_pccs_area() -> None:
    doc = ingest_text(
        "Police and Crime Commissioner Ann Jones has welcomed the HMICFRS report on Gwent Police.\n\n"
        "She said last week: \u201cThe force has improved.\u201d\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("press_article", "Gwent")


@pytest.mark.parametrize(
    ("headline", "body", "answering"),
    [
        ("NWFRS response to the HMICFRS report on its culture", "North Wales Fire and Rescue Service", "North Wales"),
        ("Fire service statement on the latest inspection report from Derbyshire", "Derbyshire Fire and Rescue Service",
         "Derbyshire"),
        ("Met responds to the inspectorate's findings on child protection", "the Metropolitan Police Service",
         "Metropolitan Police Service"),
        ("London Fire Brigade has welcomed the inspection report", "London Fire Brigade", "London"),
        ("The fire authority has accepted the inspectors' findings", "Devon and Somerset Fire and Rescue Service",
         "Devon and Somerset"),
    ],
)
def test_press_article_headlining_a_services_response_names_the_service(headline: str, body: str,
                                                                         answering: str) -> None:
    # a service's response or statement on the report, under its initials, "fire service",
    # "fire brigade", "fire authority" or "the Met", is an answer the story carries, as "the
    # service has welcomed" would be
    doc = ingest_text(
        f"{headline}\n\nInspectors said last week that the service had improved. The report on "
        f"{body} was published on Thursday.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("press_article", answering)


@pytest.mark.parametrize(
    "lead",
    [
        "Inspectors found that the fire service responded to emergencies too slowly",
        "The county's fire service responds to incidents later than elsewhere",
        "Inspectors who met staff criticised the slow pace of change",
    ],
)
def test_press_article_on_a_services_work_carries_no_answer(lead: str) -> None:
    # the operational sense of responding (to emergencies, incidents, calls) reports on the
    # service's work; it carries no answer of the service's own; nor does the verb "met",
    # which is not "the Met"
    doc = ingest_text(
        f"{lead}.\n\nInspectors said last week that Derbyshire Fire and Rescue Service must "
        "improve. The report was published on Thursday.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("press_article", None)


def test_inspectorate_assessment_page_is_a_peel_page() -> None:
    doc = ingest_text(
        "Skip to content\n\nSuffolk 2021/22\n\nHow efficient is the fire and rescue service at keeping people "
        "safe and secure?\n\nLast updated 15/12/2021\n\nSuffolk Fire and Rescue Service\u2019s overall efficiency "
        "is good.\n\nIt was good in its 2018/19 assessment.\n"
    )
    assert (doc.doc_type, doc.date) == ("peel_page", "2021-12-15")


def test_an_inspectors_first_person_overview_of_a_peel_assessment_is_a_peel_page() -> None:
    """The inspector speaks as "I" of the force in the third person, as a commissioner might: the words
    that present the assessment tell the page from a commissioner's statement."""
    doc = ingest_text(
        "In making this PEEL assessment of Exshire I have considered how the area is policed.\n\n"
        "I have been impressed by the way the force supports victims, and the force will need to improve "
        "how it plans for demand.\n"
    )
    assert doc.doc_type == "peel_page"


def test_revisit_letter_is_an_inspection_report() -> None:
    doc = ingest_text(
        "Cleveland Fire Brigade: Cause of concern revisit\n\nDuring our inspection of Cleveland Fire Brigade "
        "we identified a cause of concern about its protection work. We revisited the service in March.\n\n"
        "This letter gives an update on our findings.\n"
    )
    assert doc.doc_type == "inspection_report"


def test_recommendation_tracker_is_a_monitoring_record_of_the_force_in_its_title() -> None:
    doc = ingest_text(
        "PEEL 2019 \u2013 Dorset Police\n\n4 recommendations\n\n1\n\nCompleted\n\nThe force should review its "
        "investigative workload.\n\nDorset Police\n\n2\n\nSuperseded\n\nThe force should improve its vetting.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("monitoring_record", "Dorset")


def test_an_index_sites_attribution_line_is_not_the_trackers_title() -> None:
    # a recommendation index reproduces the inspectorate's tracker under "Source · HMICFRS": the
    # page's title is the inspection's, which the title and opening are read for (its inspection key)
    doc = ingest_text(
        "Source \u00b7 HMICFRS\nAn inspection of the service provided to victims of crime by Dorset Police\n"
        "PEEL Force Inspection\n4 recommendations\nRecommendations\n1\nCompleted\nThe force should review its "
        "investigative workload.\nDorset Police\n"
    )
    assert doc.title == "An inspection of the service provided to victims of crime by Dorset Police"


@pytest.mark.parametrize("sentence", [
    "the inspection of the service provided to victims of crime by Dorset Police (DP) undertaken by Her "
    "Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services that had been released on 4 May 2021.",
    "the inspection of the service provided to victims of crime by Dorset Police, published in May 2021.",
    "the inspection of the service provided to victims of crime by Dorset Police by HMICFRS, which found "
    "that the force was failing to record crimes.",
])
def test_an_inspection_title_ends_before_who_did_it_and_when_it_came_out(sentence: str) -> None:
    # the words after the title say who inspected and when the report came out; a date among
    # them would keep the minutes apart from the inspectorate's documents titled without one
    doc = ingest_text(f"Agenda item\n\nThe Panel considered a report on {sentence}\n")
    assert doc.inspection is not None
    assert doc.inspection.removesuffix(" (DP)") == (
        "the inspection of the service provided to victims of crime by Dorset Police")


def test_action_plan_page_is_the_services_answer() -> None:
    doc = ingest_text(
        "HMICFRS Inspection Report Action Plan\n\nThis plan sets out how the Service will address the areas "
        "for improvement and the cause of concern in the 2022 inspection report.\n"
    )
    assert doc.doc_type == "force_response"


def test_response_to_a_review_from_a_department_is_a_government_response() -> None:
    doc = ingest_text(
        "Corporate report\n\nResponse to the independent review of police misconduct hearings\n\nUpdated 2 May "
        "2024\n\nThe review was commissioned by the Home Secretary. The government\u2019s answer to each "
        "recommendation follows.\n"
    )
    assert (doc.doc_type, doc.responding_body, doc.date) == ("government_response", "Home Office", "2024-05-02")


def test_joint_welcome_headlined_by_the_force_is_the_forces_answer() -> None:
    doc = ingest_text(
        "Force welcomes HMIC report on the state of policing\n\nWiltshire Police and the Police and Crime "
        "Commissioner have welcomed the report released today.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("force_response", "Wiltshire")


def test_panel_minutes_where_the_commissioner_speaks_are_the_pccs_answer() -> None:
    doc = ingest_text(
        "Agenda item\n\nInspection report on Cumbria Constabulary\n\nMinutes:\n\nThe Police, Crime and "
        "Victims\u2019 Commissioner explained the findings. The PCC advised that the Chief Constable had an "
        "action plan.\n"
    )
    assert doc.doc_type == "pcc_response"


@pytest.mark.parametrize(
    ("answerer", "area"),
    [
        ("Devon & Somerset Fire and Rescue Authority", "Devon and Somerset"),
        ("Dorset & Wiltshire Fire & Rescue Service", "Dorset and Wiltshire"),
        ("Police, Crime and Victims\u2019 Commissioner for Durham", "Durham"),
    ],
)
def test_answering_body_written_any_way(answerer: str, area: str) -> None:
    doc = ingest_text(f"Agenda item\n\nMinutes:\n\nThe {answerer} received the inspection report. "
                  "A Member asked about the action plan.\n")
    assert doc.responding_body == area


def test_committee_paper_of_a_fire_authority_is_the_services_answer() -> None:
    doc = ingest_text(
        "Lancashire Combined Fire Authority\n\nPlanning Committee\n\nMeeting to be held on 18 November 2024\n\n"
        "Inspectorate update\n\nRecommendation\n\nThe Committee is requested to note the update.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("force_response", "Lancashire")


def test_a_headline_ending_in_a_role_is_not_a_signature() -> None:
    doc = ingest_text(
        "\u2018Positive comments\u2019 in HMICFRS report welcomed by chief constable\n\nThe chief constable "
        "praised officers. Mr Green said: \u201cWe are pleased.\u201d\n"
    )
    assert doc.doc_type == "press_article"


def test_metropolitan_police_answers_under_its_own_name() -> None:
    doc = ingest_text("Met response to HMIC inspection\n\nThe MPS has welcomed the report.\n\nChief Constable\n")
    assert doc.responding_body == "Metropolitan Police Service"


def test_londons_commissioner_answers_under_the_mets_name() -> None:
    """London's commissioner is the Mayor's office: its answer is named as the force it
    holds to account is, not by the area (the gold names such answers "Metropolitan Police")."""
    doc = ingest_text(
        "Response of the Police and Crime Commissioner for London\n\nDear Inspector,\n\n"
        "I write in response to your inspection of policing in the capital. I have asked the force "
        "to report to me each quarter.\n\nYours sincerely\n\nDeputy Mayor for Policing and Crime\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("pcc_response", "Metropolitan Police Service")


# -- the document's own date, one form each ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vetting inspection letter\n\nPublished on 6 February 2024\n\nThe force should act.", "2024-02-06"),
        ("PCC statement\n\nPosted on 14 May 2024 by Admin\n\nI welcome the report.", "2024-05-14"),
        ("Norfolk 2017\n\nLast updated 09/11/2017\n\nThe force is good.", "2017-11-09"),
        ("Custody inspection\n\nLast updated: 3 March 2023\n\nThe force is good.", "2023-03-03"),
        ("Report\n\nDate of publication: 21 March 2024\n\nThe force is good.", "2024-03-21"),
        ("Policy paper Government response to the review Published 21 March 2024\n\nText.", "2024-03-21"),
        (" date 2024-07-23 Cumbria Police has been praised by inspectors.\n\nMore text.", "2024-07-23"),
        ("Press Bureau\n\nThis page was last updated on\n\n27-Nov-2014 9:47\n\nThe MPS welcomed it.", "2014-11-27"),
        ("The Commissioner sent the following letter to the Home Secretary on 11 July 2019, in response to "
         "the national report on fraud published by the inspectorate in April of that year and its findings.",
         "2019-07-11"),
        ("'Good' HMIC assessment of West Yorkshire Police (24 Feb 2016)\n\nThe PCC welcomed it.", "2016-02-24"),
        ("Research Briefing\n\n5 June 2025 By Claire Jones\n\nThe inquiry made recommendations.", "2025-06-05"),
        ("News\n\nPublished: Thursday 13 April 2023, 10:15\n\nThe force was graded.", "2023-04-13"),
        ("News\n\nPublication date: 2 May 2022\n\nThe force was graded.", "2022-05-02"),
        ("Statement\n\nPosted on March 12, 2024 at 9:30\n\nThe PCC welcomed it.", "2024-03-12"),
        ("Dear Home Secretary,\n\nI write in response.\n\nYours sincerely,\n\nA Person\n\n2 July 2024", "2024-07-02"),
    ],
)
def test_document_date_forms(text: str, expected: str) -> None:
    assert ingest_text(text).date == expected


@pytest.mark.parametrize(
    "text",
    [
        "Response from the PCC.\n\nPublished on 14th May 2024, this inspection presents regional findings.",
        "PCC response\n\nI welcome the report published on 3 March 2023 by the inspectorate.",
        "Government response\n\nThe report was published on 28\n\nJune 2023.\n\nThe government accepts it.",
        "Last updated\n\nWatch more of our videos\n\nThe force was graded good.",
    ],
)
def test_dates_that_are_not_the_documents_own(text: str) -> None:
    assert ingest_text(text).date is None


def test_welsh_dates_are_read_with_a_day_or_year_beside_the_month() -> None:
    """Welsh pages date themselves in Welsh, months soft-mutated after some words ("o
    Fawrth"); a Welsh word that is also a month ("mai", that) is no date without digits."""
    text = "Cyhoeddwyd 21 Mehefin 2025. Arolwg Hydref 2015, ac eto o Fawrth 2019. Dywedodd mai da oedd hi."
    assert [iso for _, _, iso in find_dates(text)] == ["2025-06-21", "2015-10", "2019-03"]
    assert ingest_text("Datganiad y Comisiynydd\n\n3 Rhagfyr 2024\n\nMae'r heddlu yn dda.").date == "2024-12-03"


def test_iso_and_hyphenated_dates_are_read() -> None:
    assert [iso for _, _, iso in find_dates("on 27-Nov-2014 and 2024-07-23")] == ["2014-11-27", "2024-07-23"]


@pytest.mark.parametrize(
    ("text", "doc_type", "body"),
    [
        ("NPCC responds to HMICFRS report on custody\n\nThe chiefs' council lead, a deputy chief constable, "
         "said: \u201cForces will act on every recommendation and work is already under way.\u201d",
         "force_response", "National Police Chiefs\u2019 Council"),
        ("12 Mar 2024\n\nAssociation of Police and Crime Commissioners Chair, A. Person, said:\n\n"
         "\u201cCommissioners will hold chief constables to account for this report.\u201d",
         "pcc_response", "Association of Police and Crime Commissioners"),
        ("Police and Crime Commissioners to review force plans on stalking\n\nTwo commissioners, members of the "
         "reference group, said:\n\n\u201cWe will strengthen our scrutiny of forces.\u201d",
         "pcc_response", "Association of Police and Crime Commissioners"),
        ("Speeches\n\nThe statement made by A. Person, the Minister for Crime, Policing and Fire, in the House "
         "of Commons.\n\nThe government response to the inspectorate's report is set out below. We will "
         "legislate to strengthen vetting and the government accepts every recommendation made to it.",
         "government_response", "Home Office"),
        # the body's possessive names it; a republished release opens with its date
        ("date 2024-03-12 The APCC's leads on local policing, A. Person and B. Person, commented on the "
         "inspectorate's report on neighbourhood policing:\n\n\u201cThe report shows good practice.\u201d",
         "pcc_response", "Association of Police and Crime Commissioners"),
        # "responded to" after the speaker's name
        ("NPCC Chair, A. Person responded to the inspectorate's annual assessment\n\n\u201cThe report rightly "
         "names the challenges chiefs face.\u201d",
         "force_response", "National Police Chiefs\u2019 Council"),
        # a letter page: the national body in the head outweighs the page's "Letter information"
        ("APCC response to the super-complaint report\n\nPublished 8 January 2025\n\n"
         "Letter information\n\nFrom: A. Person, APCC Chair\n\nYour report contains recommendations for "
         "commissioners. We accept them.",
         "pcc_response", "Association of Police and Crime Commissioners"),
        # the association's lead speaks for it, though the role line goes on to name a local commissioner
        ("Inspectorate report on protective orders\n\nThe inspectorate found that orders are not always used "
         "well.\n\nAPCC Joint Lead for Victims, and the Police and Crime Commissioner for Kent, A. Person "
         "said: \u201cCommissioners will press forces to use every order open to them.\u201d",
         "pcc_response", "Association of Police and Crime Commissioners"),
        # its leads (plural), each a local commissioner named by area, speak for the association
        ("Commissioners share the inspectorate's concern on custody\n\nThe inspectorate published its report "
         "on custody today and called on forces to act on its findings.\n\nIn reply, the APCC's national leads "
         "for criminal justice \u2013 Kent PCC A. Person and Essex PCC B. Person \u2013 said: \u201cCommissioners "
         "will scrutinise every force's plans.\u201d",
         "pcc_response", "Association of Police and Crime Commissioners"),
        # a release of its own, with the areas it goes on to name as examples
        ("Report on the vetting super-complaint\n\nSummary\n\nThe Association of Police and Crime Commissioners "
         "(APCC) has released an update on the commissioners' answers to the report.\n\nMany PCCs, among them "
         "Kent and Essex, will fund new services.",
         "pcc_response", "Association of Police and Crime Commissioners"),
        # the chiefs' council's national lead for a topic speaks for the council
        ("2 May 2016\n\nForces will act on the inspectorate's findings on custody, National Policing Lead for "
         "Custody, Chief Constable Sam Person said:\n\n\u201cWe accept the recommendations and will work with "
         "the Home Office on them.\u201d",
         "force_response", "National Police Chiefs\u2019 Council"),
        # a national policing body of its own, answering as the chiefs' council does
        ("Forensic Capability Network responds to the inspectorate's report\n\nThe inspectorate found forensic "
         "services overstretched. We will help forces act on the recommendations.",
         "force_response", "Forensic Capability Network"),
        # the prosecutors answering a joint inspection: a non-ministerial department, the government's answer
        ("CPS response to the joint inspection of rape cases\n\nThe inspectorates published their report today. "
         "We accept the recommendations and will work with the police on them.",
         "government_response", "Crown Prosecution Service"),
    ],
)
def test_a_national_body_the_head_presents_as_answering_types_the_response(text: str, doc_type: str,
                                                                            body: str) -> None:
    doc = ingest_text(text)
    assert (doc.doc_type, doc.responding_body) == (doc_type, body)


def test_a_page_on_an_island_governments_official_website_is_its_answer() -> None:
    """The site's owner, named in its banner, publishes the page: an island government answers."""
    doc = ingest_text(
        "The official website for the States of Guernsey\n\nNews\n\nThe inspectorate's report on law "
        "enforcement has been laid before the Assembly, and work on its recommendations has begun.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("government_response", "Bailiwick of Guernsey")


def test_a_letter_addressed_to_the_home_secretary_is_not_the_home_offices_answer() -> None:
    doc = ingest_text(
        "Rt Hon A Person MP\nHome Secretary\nHome Office\n2 Marsham Street\nLondon SW1P 4DF\n\n1 May 2024\n\n"
        "Dear Home Secretary,\n\nI am writing to you in response to the HMICFRS report on vetting. As the Police "
        "and Crime Commissioner for Kent I welcome it and will hold the Chief Constable to account.")
    assert doc.doc_type == "pcc_response"
    assert doc.responding_body == "Kent"


def test_panel_minutes_on_the_commissioners_report_are_the_pccs_answer() -> None:
    doc = ingest_text(
        "Agenda item\n\nPEEL inspection governance report\n\nMinutes:\n\n"
        "The Commissioner introduced his report on the oversight of the force's improvement plan. "
        "The Panel asked how the Chief Constable would be held to account, and the Panel noted the update.")
    assert doc.doc_type == "pcc_response"


def test_a_release_leading_with_the_commissioner_who_answers_is_the_pccs() -> None:
    doc = ingest_text(
        "The Police and Crime Commissioner for Kent says she expects rapid change after the inspection.\n\n"
        "The inspectorate graded the force in nine areas and published its report today, with findings on "
        "crime recording, custody and the way the force answers calls from the public.\n\n"
        "In response the Commissioner said: \u201cI will be holding the Chief Constable to account.\u201d")
    assert (doc.doc_type, doc.responding_body) == ("pcc_response", "Kent")


def test_a_fire_services_release_with_its_chief_fire_officer_speaking_is_its_answer() -> None:
    doc = ingest_text(
        "Service responds to inspection\n\nThe inspectorate has published its report on Kent Fire and Rescue "
        "Service, which it found good at preventing fires and protecting the public through regulation.\n\n"
        "Chief Fire Officer A. Person said: \u201cI am proud of our staff and we will act on every finding.\u201d")
    assert (doc.doc_type, doc.responding_body) == ("force_response", "Kent")


def test_committee_minutes_on_a_report_of_the_commissioner_are_the_city_of_londons() -> None:
    doc = ingest_text(
        "Agenda item\n\nHMICFRS Inspection Update\n\nReport of the Commissioner.\n\nMinutes:\n\n"
        "The Committee received a report of the Commissioner on the inspection. A Member asked about the "
        "recommendations and the Assistant Commissioner explained that work was under way.")
    assert (doc.doc_type, doc.responding_body) == ("force_response", "City of London")


def test_register_markup_without_status_events_is_a_monitoring_record() -> None:
    doc = ingest_text(
        "An inspection of call handling (1234)\n\nBy 31 March 2016, forces should review their call handling.\n\n"
        "[on]4th September 2015\n\nThe status of this recommendation is under review.\n\n[/comment][/on]")
    assert doc.doc_type == "monitoring_record"


def test_an_inspector_quoted_in_the_third_person_is_a_press_release() -> None:
    doc = ingest_text(
        "Fire inspections 2019/20 - service press releases\n\nThe inspectorate has today published its reports. "
        "We inspected the service in June.\n\nHM Inspector of Fire & Rescue Services A. Person said: "
        "\u201cThe service is good at responding to fires.\u201d")
    assert doc.doc_type == "press_article"


def test_a_pfcc_answering_a_fire_inspection_answers_as_the_fire_authority() -> None:
    doc = ingest_text(
        "Commissioner responds to fire inspection\n\nThe Police, Fire and Crime Commissioner for Essex has "
        "welcomed the inspectorate's report on Essex Fire and Rescue Service.\n\n"
        "As the Police, Fire and Crime Commissioner I will hold the service to account for its improvement plan.")
    assert doc.doc_type == "force_response"


def test_a_pfcc_answering_a_police_inspection_stays_the_pccs() -> None:
    doc = ingest_text(
        "Commissioner responds to police inspection\n\nThe Police, Fire and Crime Commissioner for Essex has "
        "welcomed the inspectorate's report on Essex Police.\n\n"
        "As the Police, Fire and Crime Commissioner I will hold the force to account for its improvement plan.")
    assert doc.doc_type == "pcc_response"


def test_a_commissioners_association_answering_the_fire_sector_answers_as_fire_authorities() -> None:
    doc = ingest_text(
        "APCC responds to the fire inspectorate\n\nThe inspectorate has published its reports on fire and rescue "
        "services today, with concerns about how fire services manage risk.\n\nThe APCC fire lead, a Police, "
        "Fire and Crime Commissioner, said:\n\n\u201cWe will support fire services to act on the findings.\u201d")
    assert (doc.doc_type, doc.responding_body) == ("force_response", "Association of Police and Crime Commissioners")


def test_a_commissioners_office_welcoming_a_fire_report_answers_as_the_fire_authority() -> None:
    doc = ingest_text(
        "Kent Commissioner welcomes fire report\n\nThe Commissioner's Office for Kent has welcomed the report on "
        "the county's fire service, which praises how firefighters respond to fires.\n\n"
        "The Commissioner said: \u201cI will hold the fire service to account for its plan.\u201d")
    assert doc.doc_type == "force_response"


def test_a_fire_services_own_news_item_names_itself_the_service_with_a_capital() -> None:
    doc = ingest_text(
        "Inspection report published for Exshire\n\nThe inspectorate has published today its report on Exshire "
        "Fire and Rescue Service. The report found the Service had improved how it prevents fires.\n\n"
        "Its report of last year had asked the Service to improve.")
    assert doc.doc_type == "force_response"


def test_a_story_whose_first_words_are_in_capitals_is_the_press() -> None:
    doc = ingest_text(
        "A POLICE force has been rated good by inspectors in its latest assessment.\n\n"
        "The Chief Constable said: \u201cWe welcome the report and thank our officers.\u201d")
    assert doc.doc_type == "press_article"


@pytest.mark.parametrize("line", ["HMICFRS inspection of the force", "NPCC CPAI lead for the area"])
def test_an_acronym_opening_a_line_is_no_newspaper_capital(line: str) -> None:
    doc = ingest_text(f"{line}\n\nThe Chief Constable said: \u201cWe welcome the report and thank our officers.\u201d")
    assert doc.doc_type == "force_response"


def test_a_story_on_the_inspections_of_two_forces_is_the_press() -> None:
    doc = ingest_text(
        "Two forces told to improve\n\nKent Police and Essex Police must improve how they answer calls, the "
        "inspectorate has found.\n\nThe Chief Constable of Kent Police said: \u201cThe findings are fair.\u201d")
    assert doc.doc_type == "press_article"


def test_a_statement_title_from_a_national_body_is_its_answer() -> None:
    doc = ingest_text(
        "Statement on the inspectorate's report on custody\n\nThe APCC lead for custody, A. Person, said:\n\n"
        "\u201cCommissioners will scrutinise their forces' plans.\u201d")
    assert (doc.doc_type, doc.responding_body) == ("pcc_response", "Association of Police and Crime Commissioners")


@pytest.mark.parametrize(
    ("text", "date", "published"),
    [
        ("Response to the inspection report\nPublished on 6 February 2024\nThe Commissioner welcomes the report, "
         "which HMICFRS published on 21 March 2023. I will hold the force to account.", "2024-02-06", "2023-03-21"),
        ("Posted on 14 May 2024\nPCC responds to inspection\nThe inspection report was published by HMICFRS on "
         "21 March 2024. The force will act on every recommendation.", "2024-05-14", "2024-03-21"),
    ],
)
def test_a_responses_own_published_label_is_not_its_reports_date(text: str, date: str, published: str) -> None:
    """Issue 13: "Published on", "Posted on" and "published ... on" each feed the 56-day table:
    the label is the response's own date, the sentence the report's."""
    doc = ingest_text(text)
    assert (doc.date, doc.published) == (date, published)


def test_a_fire_services_headline_responding_to_its_report_is_its_answer() -> None:
    doc = ingest_text(
        "Kent Fire and Rescue Service responds to fire inspection report\n\n"
        "Residents can have confidence in their fire service, following an independent inspection. "
        "We found that the service had made a good start, the inspectors wrote in a letter to it in October.\n\n"
        "Her Majesty's Inspector of Fire and Rescue Services acknowledged the progress made since July.")
    assert (doc.doc_type, doc.responding_body) == ("force_response", "Kent")


def test_a_services_own_news_page_calls_itself_the_service() -> None:
    doc = ingest_text(
        "Inspectorate closes a cause of concern\n\n"
        "The inspectorate has published a letter recognising improvements made by Kent Fire and Rescue "
        "Service since its inspection.\n\nRead the full letter on the HMICFRS website\n\n"
        "The revisit looked at the Service\u2019s prevention work. The Chief Fire Officer said: \u201cWe are pleased.\u201d")
    assert (doc.doc_type, doc.responding_body) == ("force_response", "Kent")


def test_a_fire_authority_named_only_by_its_abbreviation_is_found() -> None:
    doc = ingest_text(
        "Agenda item\n\nInspection Report\n\nMinutes:\n\nMembers considered the report of the Chief Fire Officer "
        "on the inspection. Members were informed that MFRS received a rating of good in all three pillars.")
    assert (doc.doc_type, doc.responding_body) == ("force_response", "Merseyside")


def test_an_overview_of_peel_grades_is_a_peel_page() -> None:
    doc = ingest_text(
        "This is an overview of the grades forces received for PEEL 2018/19.\n\n"
        "PEEL is an annual assessment of police forces in England and Wales. Forces are assessed on their "
        "effectiveness, efficiency and legitimacy.")
    assert doc.doc_type == "peel_page"


@pytest.mark.parametrize(
    "lead",
    [
        "PCC Jo Bloggs held a public accountability meeting last week on the PEEL report for Norfolk Constabulary.",
        "Decision of PCC: Noted\n\nReason for decision:\n\nThe PCC was assured by the update from the Force.",
        "The Police and Crime Commissioner for Norfolk, Jo Bloggs, has commented on the inspection findings.",
    ],
)
def test_a_commissioner_acting_in_the_lead_makes_the_pccs_answer(lead: str) -> None:
    doc = ingest_text(f"{lead}\n\nThe report rated the force as adequate at investigating crime overall.\n")
    assert doc.doc_type == "pcc_response"


def test_a_passive_role_does_not_speak() -> None:
    from crosswalk.ingest.doc_type import speaking_role

    assert speaking_role(["Members asked how the Chief Constable would be held to account."]) is None


def test_a_title_where_the_commissioner_comments_is_not_press() -> None:
    doc = ingest_text(
        "PCC comments on inspection report into Norfolk Constabulary\n\nNorfolk Police & Crime Commissioner, "
        "Jo Bloggs, has commented today on the report.\n\n\u201cI welcome the scrutiny.\u201d\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("pcc_response", "Norfolk")


def test_a_commissioners_response_heading_decides_a_tie() -> None:
    doc = ingest_text(
        "Commissioner\u2019s response to HMICFRS report on custody in Norfolk\n\nI welcome this report. I have "
        "asked the Chief Constable for his response.\n\nChief Constable response\n\nThe force has an action plan.\n"
    )
    assert doc.doc_type == "pcc_response"


@pytest.mark.parametrize(
    ("lead", "body"),
    [
        ("NFCC responds to the national fire inspection report", "National Fire Chiefs Council"),
        ("After the reports were published, the National Fire Chiefs Council has responded to the findings.",
         "National Fire Chiefs Council"),
    ],
)
def test_a_national_fire_body_answering_is_a_service_answer(lead: str, body: str) -> None:
    doc = ingest_text(f"{lead}\n\nThe inspectorate looked at fourteen services and found most were good.\n")
    assert (doc.doc_type, doc.responding_body) == ("force_response", body)


def test_a_parliamentary_statement_is_the_governments_answer() -> None:
    doc = ingest_text(
        "State of policing\n\nVolume 600: debated on Thursday 4 March 2016\n\nToday the inspectorate "
        "published its annual assessment.\n\nI am pleased that most forces were judged good.\n"
    )
    assert doc.doc_type == "government_response"


def test_a_byline_marks_a_news_article() -> None:
    doc = ingest_text(
        "Norfolk Constabulary leaves enhanced monitoring\n\nThe inspectorate has removed the force from "
        "its enhanced monitoring.\n\nMar 3, 2023\n\nBy Sam Writer\n\nThe force entered the process in 2021.\n"
    )
    assert doc.doc_type == "press_article"


def test_a_government_answer_to_the_police_inspectorate_is_the_home_offices() -> None:
    doc = ingest_text(
        "Policing statement\n\nVolume 600: debated on Thursday 4 March 2016\n\nToday HMIC published its "
        "annual assessment.\n\nI am pleased that most forces were judged good.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("government_response", "Home Office")


def test_a_page_reporting_what_a_report_found_is_a_news_article() -> None:
    doc = ingest_text(
        "A new report released on 3 May 2018 by the police inspectorate into hate crime has found that victims "
        "are let down.\n\nThe report finds that\n\nForces do not record hate crime consistently.\n"
    )
    assert doc.doc_type == "press_article"


@pytest.mark.parametrize("opening", ["I\u2019m pleased", "I've been pleased", "I'm glad"])
def test_a_first_person_answer_in_short_forms_is_a_response(opening: str) -> None:
    doc = ingest_text(f"Reflections on the inspection\n\n{opening} that the inspectorate recognised our progress "
                  "on crime recording this year.\n")
    assert doc.doc_type in ("force_response", "pcc_response")


def test_a_services_own_page_speaking_of_being_inspected_is_its_answer() -> None:
    doc = ingest_text(
        "Inspections\n\nFire services are inspected by the inspectorate every few years.\n\n"
        "We were inspected in 2019 and again in 2023, and the inspectors rated us good in every area. "
        "Read about how Rutland Fire and Rescue Service keeps improving below.\n"
    )
    assert doc.doc_type == "force_response"


def test_meeting_notes_chaired_by_the_commissioner_are_the_pccs_answer() -> None:
    doc = ingest_text(
        "Date: 4 March 2024\n\nChair: PCC Jane Doe\n\nJane Doe, Police and Crime Commissioner\n\n"
        "John Roe, Deputy Chief Constable\n\nQuarterly Performance Meeting Notes\n\n"
        "1. Inspection update\n\nThe force reported progress on the inspection findings for Dorset Police.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("pcc_response", "Dorset")


def test_an_answer_to_a_parliamentary_question_is_a_government_response() -> None:
    doc = ingest_text(
        "Fraud reporting: standards\n\nQuestion to the Home Office:\n\n"
        "To ask the Secretary of State for the Home Department, what steps she is taking on fraud.\n\n"
        "Answered by\n\nA. Minister\n\nWork is under way with the inspectorate on the findings.\n"
    )
    assert doc.doc_type == "government_response"


def test_a_register_entry_whose_update_closes_the_recommendation_is_a_monitoring_record() -> None:
    doc = ingest_text(
        "Recommendation\n\nThe force should review how it answers non-emergency calls.\n\n"
        "The force has reviewed its call handling and now answers most calls within a minute.\n\n"
        "This recommendation is complete\n"
    )
    assert doc.doc_type == "monitoring_record"


def test_a_forces_own_release_quoting_its_chief_is_its_answer_though_it_reads_like_news() -> None:
    doc = ingest_text(
        "We use some essential cookies to make our website work. We would like to set additional cookies so "
        "we can remember your preferences and understand how you use our site.\n\n"
        "The inspectorate's report on Dorset Police was published today and covers how the force answers calls.\n\n"
        "Chief Constable A. Person said: “We welcome the report and the chance it gives us to improve.”\n"
    )
    assert not doc.text.startswith("We use some essential cookies")  # a cookie banner is furniture
    assert (doc.doc_type, doc.responding_body) == ("force_response", "Dorset")


def test_a_news_story_retelling_the_inspectorates_verdict_is_a_press_article() -> None:
    doc = ingest_text(
        "Force told to improve its crime recording\n\nThe inspectorate deemed the force's record keeping "
        "unreliable and urged it to act quickly.\n\nThe report says: \u201cSome victims are not being "
        "heard.\u201d\n")
    assert doc.doc_type == "press_article"


def test_a_commissioners_office_presenting_its_areas_response_is_the_pccs_answer() -> None:
    # the area's name alone reads as its force; the role in the words that present it says who speaks
    doc = ingest_text(
        "HMICFRS PEEL 2023: Police effectiveness - Kent Police\n"
        "Response from: Office of the Police and Crime Commissioner, Kent\n"
        "The report recognises the work of the force on vulnerability. The Commissioner will hold the "
        "Chief Constable to account for the areas for improvement at the next performance board.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("pcc_response", "Kent")


def test_a_response_by_the_commissioner_to_the_inspection_of_a_force_is_the_pccs_answer() -> None:
    doc = ingest_text(
        "Response by the Police and Crime Commissioner to HMIC Inspections of Kent Police\n"
        "Title of Inspection: Effectiveness 2016. Date response sent: 03/04/2017\n"
        "The report found the force good at tackling serious and organised crime.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("pcc_response", "Kent")


def test_a_force_named_by_its_older_county_name_answers_as_that_area() -> None:
    doc = ingest_text(
        "Hampshire Constabulary response to the HMICFRS PEEL inspection\n\nWe welcome the findings of the "
        "inspectorate and accept every area for improvement.\n\nJane Smith\n\nChief Constable\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("force_response", "Hampshire")


def test_a_ministers_statement_with_no_genre_cue_is_typed_by_who_answers() -> None:
    doc = ingest_text(
        "HMICFRS Recommendations\n\nVolume 12: debated on Tuesday 1 March 2022\n\n"
        "With permission, I wish to make a statement on the inspection of the police response to fraud. "
        "The government accepts the inspectorate's findings in full.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("government_response", "Home Office")


def test_a_text_with_no_cue_at_all_stays_unknown() -> None:
    assert ingest_text("Opening hours\n\nThe library opens at nine on weekdays.\n").doc_type == "unknown"


def test_an_untyped_text_speaking_of_its_own_inspections_is_the_inspectorates() -> None:
    doc = ingest_text(
        "Specialist forces inspections\n\nWe began inspecting the specialist forces in 2014. The inspections "
        "cover four forces, and the first set looked at leadership and training.\n"
    )
    assert doc.doc_type == "inspection_report"


def test_an_untyped_text_grading_a_force_in_its_opening_words_is_a_peel_page() -> None:
    doc = ingest_text(
        "Northshire Police is good at reducing crime and preventing offending. The force requires improvement "
        "in investigating offending.\n\nRecorded crime has fallen over the past four years.\n"
    )
    assert doc.doc_type == "peel_page"


def test_a_text_on_an_inspection_with_no_cue_is_a_response_of_an_unknown_layout() -> None:
    doc = ingest_text(
        "Information request 123\n\nHMIC published a report on firearms licensing in 2015. Please give the "
        "action taken on each recommendation.\n\nRecommendation 1\n\nForces should review their licensing "
        "procedures.\n\nCompleted in March 2016.\n"
    )
    assert doc.doc_type == "force_response"


def test_the_inspectorates_finding_with_an_adverb_is_its_own_voice() -> None:
    doc = ingest_text("Overall judgment\n\nSince 2014 the force has improved its recording. We also found that "
                  "staff in the control room record crimes at first contact.\n")
    assert doc.doc_type == "inspection_report"


def test_a_national_lead_introduced_then_speaking_in_the_next_sentence_answers_for_the_body() -> None:
    doc = ingest_text(
        "Review shows progress against recommendations\n\n"
        "HMICFRS has today published a review of progress on its report into vetting.\n\n"
        "Chief Constable Jane Doe is National Police Chiefs’ Council lead for vetting. She said:\n\n"
        "“Forces have acted quickly and we will now examine the review's findings in detail.”\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("force_response", "National Police Chiefs’ Council")


def test_in_minutes_the_role_that_speaks_answers_not_the_role_only_named() -> None:
    doc = ingest_text(
        "Minutes:\n\nThe Commissioner introduced the report on the progress of Kent Police against the HMICFRS "
        "PEEL findings. He reminded Members that the Chief Constable would be held to account.\n\n"
        "A Member asked about response times, and the Commissioner confirmed that a review was under way.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("pcc_response", "Kent")


def test_a_speaker_who_names_the_chief_constable_in_the_third_person_is_the_pcc() -> None:
    doc = ingest_text(
        "Response to the inspection of Norfolk Constabulary\n\nI welcome this report. I will discuss its "
        "findings with the Chief Constable at our next board.\n\nThe force has an action plan.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("pcc_response", "Norfolk")


def test_a_commissioners_title_outranks_a_chief_constable_quoted_below_it() -> None:
    doc = ingest_text(
        "Jo Bloggs\n\nNorfolk Police, Fire & Rescue and Crime Commissioner response to HMICFRS report\n\n"
        "The inspectorate has published its report on the force today.\n\n"
        "In his response, Chief Constable Sam Smith said: \u201cWe accept the findings.\u201d\n"
    )
    assert doc.doc_type == "pcc_response"


def test_a_headline_police_commissioner_responding_is_the_pcc() -> None:
    doc = ingest_text(
        "Police Commissioner responds to HMICFRS assessment of Norfolk Constabulary\n\n"
        "Norfolk's Police Commissioner has responded to the report.\n\n\u201cThe force must improve.\u201d\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("pcc_response", "Norfolk")


def test_chief_constables_written_without_the_apostrophe_are_not_their_council() -> None:
    doc = ingest_text(
        "I have asked the Chief Constable to respond on how Norfolk Constabulary is addressing the report.\n\n"
        "The Chief Constables response was:\n\n\u201cWe welcome the report.\u201d\n\n"
        "Jo Bloggs, Norfolk Police and Crime Commissioner\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("pcc_response", "Norfolk")


def test_minutes_of_an_accountability_board_are_the_pccs_answer() -> None:
    doc = ingest_text(
        "Police Accountability Board Notes\n\n1. Welcome and introductions\n\nThe board noted the Chief "
        "Constable's update on the findings of the inspection.\n"
    )
    assert doc.doc_type == "pcc_response"


def test_a_response_written_in_the_first_person_singular_is_the_pccs() -> None:
    doc = ingest_text(
        "Response to HMICFRS report\n\nI welcome the findings of this report on Norfolk Constabulary, which "
        "shows the progress the force has made.\n\nThere is more to do on investigations.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("pcc_response", "Norfolk")


def test_a_letter_from_the_home_secretary_is_the_governments_answer() -> None:
    doc = ingest_text(
        "Letter from the Home Secretary to the Commissioner of Police\n\nHome Secretary\n\nDear Commissioner,\n\n"
        "I am writing to you in response to the report of the inspectorate.\n\nYours sincerely,\n"
    )
    assert doc.doc_type == "government_response"


def test_a_commissioner_making_it_clear_in_the_lead_answers() -> None:
    doc = ingest_text(
        "Police and Crime Commissioner Jo Bloggs has made it clear that action must be taken, after an "
        "inspection of Norfolk Constabulary.\n\nThe report graded the force as requiring improvement.\n\n"
        "Jo Bloggs said: \u201cThe force must improve.\u201d\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("pcc_response", "Norfolk")


def test_watchdogs_in_the_plural_mark_the_press() -> None:
    doc = ingest_text(
        "Kent fire service rated good by inspectors\n\nKent's fire service has been rated as good by watchdogs.\n\n"
        "Email this article to a friend\n\nInspectors assessed how well Kent Fire and Rescue Service prevents fires.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("press_article", None)


@pytest.mark.parametrize(("furniture", "doc_type"), [
    ("", "force_response"),
    ("Author: Sam TaylorPublished 3rd May 2024\n\n", "press_article"),
    ("Stock image Exshire Police\n\n", "press_article"),
])
def test_a_news_sites_byline_or_stock_photo_marks_the_press(furniture: str, doc_type: str) -> None:
    # a reporter's byline and a stock photo's caption are a news site's furniture; without them the
    # page reads as the service's own news ("The service will form an action plan")
    doc = ingest_text(
        "Inspectors say progress made at Exshire Fire and Rescue Service\n\n"
        "The report sets out where the service has improved and where it must do more.\n\n"
        f"{furniture}"
        "Exshire Fire and Rescue Service has improved in several areas, inspectors found.\n\n"
        "The service will form an action plan to address the areas for improvement.\n"
    )
    assert doc.doc_type == doc_type


@pytest.mark.parametrize(("narration", "doc_type"), [
    ("", "force_response"),
    ("HMICFRS rated the county force good at preventing crime.\n\n", "press_article"),
    ("It is the second time the local force has been inspected since 2022.\n\n", "press_article"),
    ("Published\n\n", "press_article"),
])
def test_a_story_telling_of_the_force_in_the_third_person_is_the_press(narration: str, doc_type: str) -> None:
    # a reporter rates "the county force", "the local force" (or a news site's bare "Published" line);
    # with no such words the page naming the inspectorate reads as a response of an unknown layout
    doc = ingest_text(
        "Exshire Police makes progress after inspection\n\n"
        f"{narration}"
        "Exshire Police has improved since it was placed in special measures, a report by HMICFRS shows.\n\n"
        "Its recording of crime is now adequate.\n"
    )
    assert doc.doc_type == doc_type


@pytest.mark.parametrize(("chrome", "doc_type"), [
    ("", "press_article"),
    ("Posted on 3rd May 2024\n\n", "pcc_response"),
])
def test_a_responders_posted_on_line_marks_its_own_page(chrome: str, doc_type: str) -> None:
    # a commissioner's news page dates its posts ("Posted on ..."), a site's chrome, not a paper's
    doc = ingest_text(
        f"{chrome}Exshire custody suites rated good in new report\n\n"
        "Custody suites in Exshire have been rated good in a new report released today.\n\n"
        "Police and Crime Commissioner A. Person said: \u201cThis report is a testament to the officers.\u201d\n"
    )
    assert doc.doc_type == doc_type


def test_tabloid_verbs_mark_the_press() -> None:
    doc = ingest_text(
        "Norfolk Constabulary slammed in damning report\n\nThe force was given a rating of requires improvement "
        "for its effectiveness.\n"
    )
    assert doc.doc_type == "press_article"


def test_the_commissioner_the_lead_names_answers_whichever_force_it_names_first() -> None:
    doc = ingest_text(
        "Commissioner responds to inspection report\n\n"
        "The inspectorate put Essex Police and the Metropolitan Police Service into enhanced monitoring, "
        "and also named other forces in the same position in its report published this week.\n\n"
        "Norfolk\u2019s Police and Crime Commissioner says the Constabulary is making progress.\n\n"
        "I take these issues very seriously.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("pcc_response", "Norfolk")


@pytest.mark.parametrize(
    ("text", "doc_type", "body"),
    [
        ("Isle of Man Government welcomes inspection of the Constabulary\n\nThe Minister said: \u201cWe accept "
         "the recommendations and the Department will publish a plan to carry them out.\u201d\n",
         "government_response", "Isle of Man"),
        ("Committee for Home Affairs responds to HMICFRS report\n\nThe Committee said it welcomed the "
         "inspection of Bailiwick Law Enforcement and will track each recommendation.\n",
         "government_response", "Bailiwick of Guernsey"),
        ("Jersey Police Authority welcomes HMICFRS report\n\nThe Authority said it will hold the Chief Officer "
         "of the States of Jersey Police to account for each recommendation.\n", "pcc_response", "Jersey"),
        ("Inspection report published\n\nWe at the British Transport Police Authority welcome the report on "
         "the Force and will monitor its progress against each area for improvement.\n",
         "pcc_response", "British Transport Police"),
        ("Board responds\n\nThe Chair of the Northern Ireland Policing Board has welcomed the inspection "
         "report on the PSNI and will ask the Chief Constable for a plan on each recommendation.\n",
         "pcc_response", "Northern Ireland"),
        ("College of Policing responds to HMICFRS report\n\nA spokesperson said: \u201cWe will update the "
         "guidance for forces by the end of the year.\u201d\n", "force_response", "College of Policing"),
    ],
)
def test_bodies_outside_the_home_office_forces_answer_as_notes_type_them(text: str, doc_type: str,
                                                                       body: str) -> None:
    """An island's government answers as a government, a police authority holding a force
    outside the PCC system to account answers as a PCC, a national body as a force."""
    doc = ingest_text(text)
    assert (doc.doc_type, doc.responding_body) == (doc_type, body)


def test_the_northern_ireland_secretary_answering_is_the_nio() -> None:
    doc = ingest_text(
        "Written answers\n\nPolice Service of Northern Ireland: Inspection\n\nThe Secretary of State for "
        "Northern Ireland said: \u201cThe Government accepts the recommendations of the inspection report.\u201d\n")
    assert (doc.doc_type, doc.responding_body) == ("government_response", "Northern Ireland Office")


@pytest.mark.parametrize("lead", [
    "Police and Crime Commissioner A. Person has today issued a statement after the inspectorate moved Kent "
    "Police into enhanced monitoring.",
    "Police and Crime Commissioner A. Person has today published his statutory response to the annual "
    "assessment of policing, which Her Majesty's Chief Inspector of Constabulary said was a turning point.",
])
def test_a_commissioner_issuing_a_statement_in_the_lead_is_the_statement(lead: str) -> None:
    """The page is the statement the lead says the commissioner issued, though a reporter's
    cues ('published today', the chief inspector 'said') come with it."""
    doc = ingest_text(lead + "\n\n\u201cThe report was published today and I will hold the force to account.\u201d")
    assert doc.doc_type == "pcc_response"


@pytest.mark.parametrize(
    "title",
    ["NPCC Response: inspection of police vetting", "Report on police vetting: NPCC Response"],
)
def test_a_title_that_presents_a_bodys_response_names_who_answers(title: str) -> None:
    doc = ingest_text(f"{title}\n\nPurpose\n\nThis paper summarises the reply of chiefs to the report. "
                  "Forces have reviewed their vetting files.\n")
    assert (doc.doc_type, doc.responding_body) == ("force_response", "National Police Chiefs’ Council")


@pytest.mark.parametrize(
    "lead",
    ["In reply, the Home Office said that it expected services to act quickly on the failings.",
     "Home Secretary A. Person said the report, which she had ordered, made grim reading."],
)
def test_a_national_body_reported_in_indirect_speech_is_a_source_not_the_author(lead: str) -> None:
    doc = ingest_text("Fire services told to improve safety checks\n\n"
                  f"Inspectors have found that most fire services need to improve their checks. {lead}\n")
    assert doc.doc_type != "government_response"
    assert doc.responding_body != "Home Office"


def test_a_national_body_speaking_with_a_colon_still_answers() -> None:
    doc = ingest_text("Statement on the vetting report\n\nA Home Office spokesperson said:\n\n"
                  "“We accept the recommendations and will legislate.”\n")
    assert (doc.doc_type, doc.responding_body) == ("government_response", "Home Office")


def test_a_page_naming_no_area_is_by_the_national_body_it_names_most() -> None:
    doc = ingest_text("We respond to the inspectorate's annual report\n\n"
                  "Fire and rescue services have been praised in the annual assessment. I am glad the "
                  "report notes the work of the NFCC.\n\nServices will adopt NFCC standards, and NFCC "
                  "guidance on culture is in use.\n")
    assert (doc.doc_type, doc.responding_body) == ("force_response", "National Fire Chiefs Council")


def test_a_national_body_named_in_passing_does_not_answer_for_a_services_minutes() -> None:
    doc = ingest_text("Agenda item\n\nInspection update\n\nMinutes:\n\nThe Chief Fire Officer presented the update. "
                  "Members noted that the NFCC had issued guidance which the Service was adopting.\n")
    assert doc.doc_type == "force_response"
    assert doc.responding_body is None


def test_chief_inspector_warning_is_reported_speech_of_a_story() -> None:
    doc = ingest_text(
        "Forces still struggle with stalking cases\n\nThe number of reports keeps rising, the chief inspector "
        "of constabulary has warned.\n\nThe report looked at how forces record the offence.\n"
    )
    assert doc.doc_type == "press_article"


@pytest.mark.parametrize(
    "lead",
    [
        "Devon and Somerset Fire and Rescue Service is slow to inspect high-rise buildings, according to inspectors.",
        "Norfolk Fire and Rescue Service has been urged to speed up its home fire safety visits.",
    ],
)
def test_a_story_retelling_a_verdict_in_its_own_voice_is_the_press(lead: str) -> None:
    # "according to inspectors" and "has been urged" are the reporter's attribution and verbs,
    # never the way a service's own release speaks of itself; the quoted chief answers for the service
    doc = ingest_text(
        f"Fire service told to improve\n\n{lead}\n\n"
        "The inspection also looked at how the service trains its staff.\n\n"
        "Chief Fire Officer A. Person said: \u201cWe welcome the report and will act on it.\u201d\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("press_article", None)


def test_the_cover_of_an_inspection_report_is_not_a_peel_page() -> None:
    # a month and year on a cover dates the report; it is not a force's "Westshire 2019" PEEL heading,
    # and the inspectorate's copyright and ISBN mark a published report
    doc = ingest_text(
        "Crime recording in Westshire\n\nAn inspection of Westshire Police\n\nMarch 2019\n\n"
        "\u00a9 HMICFRS 2019\n\nISBN: 978-1-00000-000-0\n\nContents\n\n"
        "The force has improved how it records reports of violent crime since 2016.\n"
    )
    assert doc.doc_type == "inspection_report"


def test_a_publication_page_dated_under_its_title_is_an_inspection_report() -> None:
    # the inspectorate's publication pages carry "Published on: <date>" under the title; its
    # "Get the report" link and a Home Secretary named in passing do not make it news or an answer
    doc = ingest_text(
        "Custody in England and Wales: a thematic review\n\nPublished on: 4 June 2021\n\n"
        "In 2020 we looked at how forces keep detainees safe in custody.\n\n"
        "The Home Secretary asked us to report on progress.\n\nGet the report\n"
    )
    assert doc.doc_type == "inspection_report"


def test_a_bodys_own_site_chrome_marks_its_release_as_a_response() -> None:
    # a commissioner's or force's site carries "Accessibility Options" and "News and events";
    # its release tells the story in the third person like the press, but it is the body's own answer
    doc = ingest_text(
        "Accessibility Options\n\nNews and events\n\n"
        "Westshire Police rated good at keeping people safe in report released today\n\n"
        "Westshire Police has been rated good at keeping people safe, according to a report released today.\n\n"
        "Police and Crime Commissioner A. Person said: \u201cThis is a good result for the county.\u201d\n"
    )
    assert doc.doc_type == "pcc_response"


def test_the_police_sites_furniture_marks_a_forces_release_as_a_response() -> None:
    # the forces' common site platform: its quick-exit button and beta banner are dropped as
    # furniture, but they still say whose page it is; the release itself reads like a story
    doc = ingest_text(
        "Quickly exit this site by pressing the Escape key Leave this site\n"
        "This site is a beta, which means it's a work in progress and we'll be adding more to it.\n"
        "The inspectorate's latest report into Westshire Police has been published today (Tuesday 12 March).\n\n"
        "Chief Constable A. Person said: \u201cWe welcome today\u2019s report.\u201d\n"
    )
    assert doc.doc_type == "force_response"
    assert "Quickly exit" not in doc.text


def test_a_commissioners_site_title_marks_the_commissioners_page() -> None:
    # the site's name and a separator head the page; the release tells the story in the third person
    doc = ingest_text(
        "Westshire Police and Crime Commissioner -\n01234 567890\n"
        "Westshire\u2019s Police and Crime Commissioner A. Person has answered last week\u2019s critical report "
        "from the police watchdog.\n\nThe Assistant Chief Constable set out the changes made.\n"
    )
    assert doc.doc_type == "pcc_response"


@pytest.mark.parametrize("opening", [
    "A police boss has welcomed an inspection report on Westshire.\n\n"
    "Police and Crime Commissioner A. Person said: \u201cI welcome the report.\u201d\n",
    "Westshire\u2019s fire chief has set out plans after inspectors graded the service.\n\n"
    "Chief Fire Officer A. Person said: \u201cWe accept the findings.\u201d\n",
    "Delays to reports \u201cnot helpful\u201d says chief\n\nWestshire\u2019s chief constable A. Person has said "
    "the delay is not helpful.\n",
])
def test_a_journalists_name_for_a_bodys_head_makes_a_press_article(opening: str) -> None:
    assert ingest_text(opening).doc_type == "press_article"


@pytest.mark.parametrize("opening", [
    # the inspectorate's publication page: its "Print this document" line under the contents link,
    # though its foreword speaks in the first person as a response does
    "Standards of behaviour in fire and rescue services\n\nContents\n\nPrint this document\n\nForeword\n\n"
    "I am pleased to see services setting out what they expect of their staff.\n",
    # a joint custody inspection report, however the upload site titles it (a gov.uk link in its text)
    "Report on an unannounced inspection visit to police custody suites in Westshire by HM Inspectorate "
    "of Prisons and HM Inspectorate of Constabulary\n\nFurther copies are on www.gov.uk.\n",
    # an inspector's letter under the inspectorate's letterhead, addressed to a chief constable
    "6th Floor, Globe House, 89 Eccleston Square, London SW1V 1PN\n\nA. Person\nHer Majesty\u2019s Inspector "
    "of Constabulary\n\nChief Constable B. Person\n\n2 October 2017\n\nDear Chief Constable\n\n"
    "We wrote to all forces last year about vetting.\n",
    # a report's copyright line whose ISBN number a converter moved away
    "Regional units\n\nA review of capability\n\nNovember 2015 HMIC 2015 ISBN:\n\nContents\n\n"
    "Regional units are a part of the national network.\n",
])
def test_the_inspectorates_own_publication_marks_make_an_inspection_report(opening: str) -> None:
    assert ingest_text(opening).doc_type == "inspection_report"


@pytest.mark.parametrize("opening", [
    # a radio station's page carries its on-air chrome around the story
    "On Air Now\n\nWestshire Radio\n\nNow Playing\n\nWestshire Fire and Rescue Service requires improvement\n\n"
    "The inspectorate graded the Service as requires improvement.\n\n"
    "Its chief fire officer set out plans to improve its prevention work.\n",
    # a paper or a residents' newsletter addressing its readers
    "Readers may remember our article on the fire service last year.\n\nThe inspectorate has now graded "
    "Westshire Police as good in two areas.\n\nThe force response is expected soon.\n",
    # a newspaper's capitals opening a story with a hyphenated or possessive name
    "NORTH-WESTSHIRE POLICE has this week been graded good by the inspectorate.\n\n"
    "The Chief Constable said: \u201cWe welcome the report.\u201d\n",
    "ENGLAND\u2019S fire watchdog has praised Westshire Fire and Rescue Service.\n\n"
    "It rated the Service good in all three areas.\n",
])
def test_a_news_outlets_own_marks_make_a_press_article(opening: str) -> None:
    assert ingest_text(opening).doc_type == "press_article"


def test_an_action_log_under_each_recommendation_is_the_services_answer() -> None:
    # a page that gives, under each national recommendation, the service's own action heading
    # is its answer, though the "Recommendation" heading alone reads like the inspectorate's
    doc = ingest_text(
        "Recommendation 4\n\nBy 1 March 2024, chief fire officers should notify HMICFRS of complaints "
        "that meet the HMI criteria.\n\nKFRS action:\n\nMay 2024\n\nNotifications continue to be made to "
        "HMICFRS as complaints meeting the HMI criteria arise.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("force_response", "Kent")


def test_a_council_decision_record_on_the_inspection_is_the_services_answer() -> None:
    doc = ingest_text(
        "Decision details\n\nInspection report for Surrey Fire and Rescue Service\n\nDecision Maker: Cabinet\n\n"
        "Decision status: Recommendations Approved\n\nTo update Cabinet on the HMI report and the "
        "improvement actions under way.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("force_response", "Surrey")


def test_a_quote_running_over_paragraphs_is_the_speakers_voice_not_the_pages() -> None:
    # a news story quotes a chief fire officer over three paragraphs; the last one closes the
    # quotation without opening it, and its "I was pleased" is the officer's, not the page's
    doc = ingest_text(
        "Exshire fire service told to improve by inspectors\n\n"
        "The fire service in Exshire has been told it must improve how it protects people from fire.\n\n"
        "Chief Fire Officer A. Person said:\n\n"
        "\u201cWe welcome the report and are pleased that two areas of our work were recognised as good.\n\n"
        "\u201cWe are committed to making the improvements the inspectors set out.\n\n"
        "I was pleased to see that our staff were praised for their commitment.\u201d\n"
    )
    assert doc.doc_type == "press_article"


def test_a_commissioner_quoted_on_their_plan_does_not_make_the_story_theirs() -> None:
    # "my Police and Crime Plan", "holding the Chief Constable to account" in a commissioner's
    # quoted words are the commissioner speaking in a story, not the commissioner's own page
    doc = ingest_text(
        "Exshire Police rated good at keeping people safe\n\n"
        "Exshire Police has been rated good at keeping people safe and reducing crime by the police watchdog.\n\n"
        "The inspection found officers understood the needs of the communities they serve.\n\n"
        "A. Person, Exshire's police and crime commissioner, said: \u201cI am pleased. Holding the Chief "
        "Constable to account is my job and this is part of my Police and Crime Plan.\u201d\n"
    )
    assert doc.doc_type == "press_article"


def test_a_fire_services_chief_naming_its_area_bare_answers_for_the_fire_service() -> None:
    # the area's bare name is filed under its police force; a fire document means its service
    doc = ingest_text(
        "In response to the report the Chief Fire Officer said \u201cI am proud of our firefighters, who "
        "work every day to keep the people of Hampshire and the Isle of Wight safe from fires.\u201d\n\n"
        "\u201cThe inspectors looked at our fire prevention and protection work and found areas to improve.\u201d")
    assert (doc.doc_type, doc.responding_body) == ("force_response", "Hampshire and Isle of Wight")


@pytest.mark.parametrize(("doc_type", "text", "sector", "body"), [
    # a panel's minutes naming the force only as "Durham’s" (the commissioner by office)
    ("pcc_response", "Agenda item\n\nInspection update - Report of the Commissioner\n\nMinutes:\n\nThe Panel "
     "considered the inspectorate's report into Durham’s crime recording, published in February.\n",
     "police", "Durham"),
    # a commissioner's comments naming the force by a possessive of its officer
    ("pcc_response", "1. Commissioner comments\n\nI welcome the report. The board, led by Surrey’s Head of "
     "Crime, meets every month.\n", "police", "Surrey"),
    # a fire service page: the bare area is its fire and rescue service's
    ("force_response", "Action plan and response to the inspectorate\n\nMessage from the Chief Fire Officer\n\n"
     "We explain what you can expect from your fire and rescue service. Cornwall’s geography and visitor "
     "numbers shape our plan.\n", "fire", "Cornwall"),
])
def test_an_areas_bare_possessive_names_who_answers_when_no_body_is_named(doc_type: str, text: str,
                                                                          sector: str, body: str) -> None:
    from crosswalk.ingest.responding_body import find_responding_body
    blocks = text.split("\n\n")
    assert find_responding_body(doc_type, None, blocks[0], blocks, text, sector).body == body


@pytest.mark.parametrize(("text", "body"), [
    # a commissioner's statement that names its author by role and name, never the area
    ("My statement on the inspectorate's vetting report\n\nDarryl Preston, Police and Crime Commissioner\n\n"
     "Today's findings are hard to read, and high standards of behaviour remain one of my priorities.\n",
     "Cambridgeshire"),
    # a panel's minutes that list the commissioner by role, name and initials
    ("Minutes of the accountability board\n\nPresent: PFCC Stephen Mold (SM)\n\nThe board discussed the "
     "inspection report and the force's plan to address its findings.\n", "Northamptonshire"),
])
def test_a_commissioner_named_beside_the_role_names_the_office_answering(text: str, body: str) -> None:
    from crosswalk.ingest.responding_body import find_responding_body
    blocks = text.split("\n\n")
    assert find_responding_body("pcc_response", None, blocks[0], blocks, text, "police").body == body


@pytest.mark.parametrize(("text", "body"), [
    # a fire service's news page quoting its chief, which never names the service's area
    ("Inspection checkpoint letter\n\nWe are glad to share the inspectorate's letter on our progress.\n\n"
     "Chief Fire Officer Ben Ansell said: the letter shows the progress our teams have made.\n",
     "Dorset and Wiltshire"),
    # an authority's minute on a report its chief presents, named before the role
    ("Agenda item\n\nInspection report and update\n\nMinutes:\n\nRoger Thomas, Chief Fire Officer, presented "
     "the report, which informs the Authority of the inspection's outcome.\n", "Mid and West Wales"),
    # London Fire Brigade's head is the London Fire Commissioner
    ("Our response to the inspection\n\nLondon Fire Commissioner Andy Roe said the brigade accepts every "
     "finding and has a plan to act on them.\n", "London"),
    # a Welsh page names the chief fire officer as 'Prif Swyddog Tân'
    ("Ymateb i'r arolygiad\n\nDywedodd y Prif Swyddog Tân, Huw Jakeway, fod y gwasanaeth yn croesawu'r "
     "adroddiad.\n", "South Wales"),    # services title their chief in other ways: Greater Manchester's County Fire Officer ...
    ("Response to the inspection\n\nCounty Fire Officer Jim Wallace told members the service welcomed "
     "the findings.\n", "Greater Manchester"),
    # ... a chief fire and rescue officer ...
    ("Inspection results\n\nCallum Faint, chief fire and rescue officer, thanked staff for their work "
     "during the inspection.\n", "Leicestershire"),
    # ... a chief executive who leads the service ...
    ("Our inspection report\n\nAnn Millington, Chief Executive, said the service would build on what the "
     "inspectors found.\n", "Kent"),
    # ... a director of community safety who is also the chief ...
    ("Inspection outcome\n\nThe report was presented by Sabrina Cohen-Hatton, Director of Community "
     "Safety, who set out the next steps.\n", "West Sussex"),
    # ... or a bare chief officer
    ("Inspection outcome\n\nChief Officer Dan Quin said the service has a plan for each area the "
     "inspectors raised.\n", "Surrey"),
])
def test_a_chief_officer_named_beside_the_role_names_the_body_answering(text: str, body: str) -> None:
    from crosswalk.ingest.responding_body import find_responding_body
    blocks = text.split("\n\n")
    assert find_responding_body("force_response", None, blocks[0], blocks, text, "fire").body == body


@pytest.mark.parametrize("text", [
    # a deputy's post says nothing of the body answering
    "Statement on the inspection\n\nDeputy Chief Constable Sarah Crew welcomed the report's findings.\n",
    # a chief who led two forces: the name alone does not say which answers
    "Statement on the inspection\n\nChief Constable Craig Guildford welcomed the report's findings.\n",
    # an interim chief is often another force's officer
    "Statement on the inspection\n\nInterim Chief Constable Dave Jones welcomed the report's findings.\n",
    # a chief speaking as the chiefs' national lead for a subject speaks for no force
    "Statement on the inspection\n\nThe chiefs' council's national lead for custody matters, Chief Constable "
    "Simon Cole, welcomed the report's findings.\n",    # a serving chief who chairs the fire chiefs' council speaks for the council
    "Statement on the inspection\n\nPhil Garrigan, NFCC Chair and Chief Fire Officer, welcomed the "
    "report's findings.\n",
    # a council's chief executive is nobody's chief officer: only a listed name counts
    "Statement on the inspection\n\nThe council's Chief Executive, Jane Doe, welcomed the report's findings.\n",
])
def test_a_deputy_an_interim_a_national_lead_or_a_chief_of_two_forces_names_no_body(text: str) -> None:
    from crosswalk.ingest.responding_body import find_responding_body
    blocks = text.split("\n\n")
    assert find_responding_body("force_response", None, blocks[0], blocks, text, "police").body is None


def test_the_title_only_durhams_commissioner_held_names_durham() -> None:
    """Durham's commissioner alone was titled "Police, Crime and Victims' Commissioner": the
    panel's minutes that name the office by that title alone are Durham's; the national
    Victims' Commissioner is no area's."""
    from crosswalk.ingest.responding_body import find_responding_body
    text = ("Agenda item\n\nInspection reports - Report of the Acting Police, Crime and Victims' Commissioner\n\n"
            "Minutes:\n\nMembers were given the findings of the inspectorate's latest reports on the force.\n")
    blocks = text.split("\n\n")
    assert find_responding_body("pcc_response", None, blocks[0], blocks, text, "police").body == "Durham"
    other = ("Statement on the inspection\n\nThe Victims' Commissioner said the report's findings on "
             "support for victims were worrying.\n")
    blocks = other.split("\n\n")
    assert find_responding_body("pcc_response", None, blocks[0], blocks, other, "police").body is None


@pytest.mark.parametrize("text", [
    # the committee's minutes, naming it by its initials and the association only in passing beside
    # the fire chiefs' council
    "Agenda item\n\nCulture in the fire service\n\nMinutes:\n\nThe Chair asked the policy adviser to "
    "introduce the paper. Members stressed that the LGA should keep working with the National Fire Chiefs "
    "Council on the problems raised. A member, the FSMC's lead on equalities, welcomed the next "
    "steps.\n",
    # the association's news page quoting the committee's chair
    "The sector has improved but the government must press on with reform, the chief inspector says.\n\n"
    "Cllr A. Person, who chairs the LGA\u2019s Fire Services Management Committee, said firefighters had "
    "done excellent work.\n",
])
def test_the_fire_services_management_committee_answers_for_the_lga(text: str) -> None:
    """The Fire Services Management Committee is the Local Government Association's: its
    minutes and its chair's words answer for the association, which they seldom name as such."""
    from crosswalk.ingest.responding_body import find_responding_body
    blocks = text.split("\n\n")
    assert find_responding_body("force_response", None, blocks[0], blocks, text, "fire").body == "Local Government Association"


def test_a_commissioners_namesake_without_the_role_names_no_body() -> None:
    from crosswalk.ingest.responding_body import find_responding_body
    text = ("Statement on the inspection report\n\nLocal resident Matthew Scott asked the panel how the "
            "inspection findings would be shared with residents.\n")
    blocks = text.split("\n\n")
    assert find_responding_body("pcc_response", None, blocks[0], blocks, text, "police").body is None


def test_a_possessive_of_a_non_area_or_two_areas_tied_names_no_body() -> None:
    from crosswalk.ingest.responding_body import find_responding_body
    for text in ("Agenda item\n\nMinutes:\n\nThe Panel noted Her Majesty’s Inspector’s remarks on the "
                 "report.\n",
                 "Agenda item\n\nMinutes:\n\nMembers compared Kent’s results with Essex’s results.\n"):
        blocks = text.split("\n\n")
        assert find_responding_body("pcc_response", None, blocks[0], blocks, text, "police").body is None


def test_an_area_named_in_the_possessive_as_a_reviews_subject_names_no_body() -> None:
    """The possessive is read where every other mention is (`find_bodies`), with the same
    exclusions: the subject of a review is not who answers, however it is named."""
    from crosswalk.ingest.responding_body import find_responding_body
    text = "Agenda item\n\nMinutes:\n\nMembers noted a culture review of Kent’s fire and rescue service.\n"
    blocks = text.split("\n\n")
    assert find_responding_body("pcc_response", None, blocks[0], blocks, text, "police").body is None


def test_a_government_publication_header_makes_a_letter_to_a_commissioner_the_governments() -> None:
    """The publishing site's label and 'Published' line head the government's own page,
    whoever the letter on it addresses."""
    doc = ingest_text(
        "Correspondence\n\nLetter to the Commissioner (accessible version)\n\nPublished 5 May 2023\n\n"
        "A. Person\n\n2 May 2023\n\nDear Alex,\n\nI am writing to you as you take up the role of Commissioner. "
        "I expect the force to act on the concerns HMICFRS raised in its recent inspection and I will "
        "follow your progress closely.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("government_response", "Home Office")


def test_a_head_line_listing_several_areas_does_not_name_the_one_answering() -> None:
    doc = ingest_text(
        "Agenda item\n\nThe Deputy Chief Fire Officer presented the report. Three services were chosen as "
        "pilots for the new inspection programme (Kent, Essex and Devon and Somerset Fire and Rescue "
        "Service), before the inspection of this service was planned for the autumn.\n\n"
        "Members noted that Norfolk Fire and Rescue Service had prepared for the inspection and that "
        "Norfolk Fire and Rescue Service staff would be interviewed.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("force_response", "Norfolk")


def test_a_body_a_review_is_of_does_not_answer_a_fire_authoritys_minutes() -> None:
    """Minutes on the lessons of another service's culture review name that service first,
    as the review's subject; the service the minutes name as itself answers."""
    doc = ingest_text(
        "Report of the Chief Fire Officer\n\nMinutes:\n\n"
        "Following the findings of the Independent Cultural Review of London Fire Brigade, the "
        "Minister commissioned HMICFRS to report on the values and culture of fire and rescue services. "
        "Derbyshire Fire and Rescue Service (DFRS) was not one of the services inspected.\n\n"
        "The Chief Fire Officer presented the report and the steps the Service will take against "
        "each recommendation.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("force_response", "Derbyshire")


def test_a_register_entry_takes_the_force_its_saved_address_files_it_under() -> None:
    """The entry's text speaks only of "the force"; the register's address kept on the
    saved page files it under North Wales."""
    doc = ingest_text(
        "Page not found https://www.justiceinspectorates.gov.uk/hmicfrs/recommendation/north-wales/1234/\n\n"
        "Cause of concern\n\nThe force's handling of calls from vulnerable people is a cause of concern.\n\n"
        "[on]4th September 2017\n\nThe force has reviewed its call handling procedures.\n\n[/comment][/on]")
    assert (doc.doc_type, doc.responding_body) == ("monitoring_record", "North Wales")


def test_a_page_speaking_of_our_annual_inspections_is_the_inspectorates() -> None:
    doc = ingest_text(
        "Stop and search\n\nAs part of our annual inspections of the police, the use of stop and search by "
        "each force was examined this year.\n"
    )
    assert doc.doc_type == "inspection_report"


def test_a_body_a_review_is_of_stays_its_subject_where_named_again() -> None:
    """Minutes on the lessons of another service's review name that service again, bare,
    more often than the authority names itself: it is still the review's subject."""
    doc = ingest_text(
        "Agenda item\n\nOrganisational culture\n\nMinutes:\n\n"
        "The Chief Fire Officer spoke of events at London Fire Brigade that led to an independent "
        "review of London Fire Brigade in 2022, whose findings were drawn from staff within London "
        "Fire Brigade.\n\nMembers noted that work on each finding has been under way at Cheshire Fire "
        "and Rescue Authority since 2023.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("force_response", "Cheshire")


def test_a_body_named_only_as_a_reviews_subject_still_answers() -> None:
    """A text naming no other body reviews its own performance: its other mentions count."""
    doc = ingest_text(
        "Agenda item\n\nPerformance\n\nMinutes:\n\nThe Chief Fire Officer presented a review of "
        "Kent Fire and Rescue Service performance against the inspection plan, and Members noted the "
        "progress Kent Fire and Rescue Service had made.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("force_response", "Kent")


@pytest.mark.parametrize("mention", [
    "a programme that featured the Kent Chief Constable",
    "a talk by the former Chief Constable of Kent Police",
])
def test_a_body_named_only_as_where_someone_serves_does_not_answer(mention: str) -> None:
    """A panel's minutes name another force only through the officer they mention; the
    area the minutes speak of answers."""
    doc = ingest_text(
        "Agenda item\n\nInspection reports\n\nMinutes:\n\nThe Panel considered a report of the Police "
        "and Crime Commissioner on the recent inspections of the inspectorate which required the "
        "Commissioner to comment, and the Commissioner set out how each would be followed up.\n\n"
        f"The PCC referred to {mention}.\n\n"
        "A member welcomed the rating for Durham and asked what remained to improve.\n"
    )
    assert (doc.doc_type, doc.responding_body) == ("pcc_response", "Durham")


@pytest.mark.parametrize(("lead", "body"), [
    ("President of ACPO, Sir Jo Person, said:", "Association of Chief Police Officers"),
    ("National Policing Lead on Standards, Chief Constable Jo Person said:", "National Police Chiefs’ Council"),
])
def test_the_chiefs_national_body_speaking_by_its_president_or_lead_answers(lead: str, body: str) -> None:
    """Before 2015 the Association of Chief Police Officers answered for chief officers as
    the NPCC does now; a national lead "on" a subject speaks for the NPCC as one "for" it does."""
    doc = ingest_text(f"12 Mar 2014\n\nThe inspectorate's report on call handling is out today\n\n{lead}\n\n"
                  "\u201cForces will act on every recommendation and report progress.\u201d\n")
    assert (doc.doc_type, doc.responding_body) == ("force_response", body)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Annual assessment: Police and Crime Commissioners welcome the inspectorate's findings",
         "Association of Police and Crime Commissioners"),
        ("Custody report: chief constables commit to faster reviews", "National Police Chiefs\u2019 Council"),
    ],
)
def test_a_collective_after_a_headlines_topic_prefix_answers(title: str, body: str) -> None:
    """A release's headline often opens with its topic and a colon ("HMIC annual report: ...");
    the collective that then speaks is the answering party, as at the headline's start."""
    from crosswalk.ingest.doc_type import answering_party

    party = answering_party([title])
    assert party is not None and party.canonical == body


@pytest.mark.parametrize("cell", ["Chief Constables |", "Police and Crime Commissioners", "Owner: chief constables"])
def test_a_collective_alone_on_its_line_is_a_table_cell_not_a_speaker(cell: str) -> None:
    """An action plan's table names who owns each recommendation in a cell of its own
    ("Chief Constables |" under "Rec. Owner"): the collective ends its line and says
    nothing, so it is no headline speaking for it; the force's plan is not the NPCC's."""
    from crosswalk.ingest.doc_type import answering_party

    assert answering_party(["Action plan on stalking", "Rec. Owner |", cell]) is None


@pytest.mark.parametrize(
    "line",
    ["The force will adopt the practice guidance published by the College of Policing and work with partners.",
     "Officers now follow the new code issued by the National Police Chiefs\u2019 Council on stalking."],
)
def test_a_thing_a_body_published_does_not_present_the_body_answering(line: str) -> None:
    """"Published by", "issued by" present the page's publisher only when the page is what
    was published: a line opening with them, or a statement, release or response published
    by the body. Guidance or a programme a story's force adopts, "published by the College",
    is the College's product, not the College speaking."""
    from crosswalk.ingest.doc_type import answering_party

    assert answering_party(["Force sets out its plans on stalking after inspection", line]) is None


@pytest.mark.parametrize(
    "line",
    ["Published by the Home Office", "A statement issued by the National Police Chiefs\u2019 Council",
     "A statement was issued by the National Police Chiefs\u2019 Council"],
)
def test_a_page_or_statement_published_by_a_body_presents_it_answering(line: str) -> None:
    from crosswalk.ingest.doc_type import answering_party

    assert answering_party([line, "We accept the recommendations of the inspectorate."]) is not None


def test_a_topic_prefix_does_not_make_a_named_commissioner_the_collective() -> None:
    from crosswalk.ingest.doc_type import answering_party

    party = answering_party(["Custody report: Police and Crime Commissioner for Kent welcomes findings"])
    assert party is None or party.canonical != "Association of Police and Crime Commissioners"


def test_a_national_body_the_lead_presents_answers_when_the_response_type_read_differs() -> None:
    """The response type comes from the learned model; who answers comes from the lead. A
    national body the lead presents as answering is the responding body even when the type
    read is not its own (the chiefs' association's release read as a commissioner's), when
    no area's body is named: the page has no other author."""
    from crosswalk.ingest.responding_body import find_responding_body

    text = ("In the Media\n\nACPO response to the inspectorate's report on stop and search\n\n"
            "National policing lead on stop and search, Deputy Commissioner A. Person said:\n\n"
            "\u201cForces will improve how they record each search.\u201d\n")
    blocks = [b for b in text.split("\n\n")]
    assert find_responding_body("pcc_response", None, blocks[1], blocks, text).body == \
        "Association of Chief Police Officers"


def test_acpo_release_read_as_a_commissioners_keeps_its_body() -> None:
    doc = ingest_file(CORPUS / "real" / "docs" / "jH_resp_acpo_stopsearch2013.txt").document
    assert doc is not None
    label = json.loads((CORPUS / "real" / "gold" / "jH_resp_acpo_stopsearch2013.json").read_text(encoding="utf-8"))
    assert doc.responding_body == label["responding_body"] == "Association of Chief Police Officers"


def test_a_commissioners_formal_area_name_names_the_force_area() -> None:
    """The Devon and Cornwall commissioner's office is styled for "Devon, Cornwall and the
    Isles of Scilly": a commissioner's page that names its area only that way still answers
    for Devon and Cornwall (the gazetteer lists the formal area with the force's aliases)."""
    from crosswalk.ingest.responding_body import find_responding_body
    text = ("Why oversight matters\n\nAs your commissioner I want residents across Devon, Cornwall and the "
            "Isles of Scilly to trust how complaints are handled, and I will keep asking for progress.\n")
    blocks = text.split("\n\n")
    assert find_responding_body("pcc_response", None, blocks[0], blocks, text, "police").body == "Devon and Cornwall"
    from crosswalk.bodies import lookup
    assert lookup("Devon") is None  # the comma inside the quoted alias makes no stray alias of its first word


@pytest.mark.parametrize("head", [
    "Response from the Example Carers Trust to the inspectorate's report on missing people",
    "The Riverside Tenants Union welcomes the HMICFRS report on neighbourhood policing",
    "Children's Commissioner for England, A. Person, said:",
])
def test_an_outside_party_speaking_on_a_report_is_press_without_a_body(head: str) -> None:
    """A charity, a union or a commissioner for a group of people answers for no body
    HMICFRS inspects: its statement is typed as the press is, and names no responding body,
    though its first person reads like a response."""
    doc = ingest_text(f"{head}\n\nWe welcome the HMICFRS report and we will keep pressing Kent Police to act on it.\n")
    assert (doc.doc_type, doc.responding_body) == ("press_article", None)


def test_a_union_named_only_as_an_addressee_leaves_the_forces_answer() -> None:
    doc = ingest_text("Kent Police responds to the HMICFRS report\n\nWe have written to the Example Union about "
                  "the findings and we will publish our action plan.\n")
    assert doc.doc_type == "force_response"


def test_a_bare_police_area_in_a_fire_document_is_a_place_not_who_answers() -> None:
    # "Durham" names no fire and rescue service (County Durham and Darlington's is the
    # service there), so in a fire release's photo caption it is where a station stands;
    # the service named in the next line answers
    from crosswalk.ingest.responding_body import find_responding_body
    text = ("Service praised in new inspection\n\nPhoto: crews beside the Durham fire station appliances.\n\n"
            "County Durham and Darlington Fire and Rescue Service has been graded good in most areas by the "
            "inspectorate in a report out this week.\n\nThe Chief Fire Officer said the crews had earned it.\n")
    blocks = text.split("\n\n")
    assert find_responding_body("force_response", None, blocks[0], blocks, text, "fire").body == \
        "County Durham and Darlington"
    # the same name with its sector's word still names the force in a fire document
    police = text.replace("the Durham fire station", "Durham Police's").replace(
        "County Durham and Darlington Fire and Rescue Service", "The service")
    blocks = police.split("\n\n")
    assert find_responding_body("force_response", None, blocks[0], blocks, police, "fire").body == "Durham"


STORY = ("By Sam Writer, Local Democracy Reporter\n\nThe inspectorate's report, published on Tuesday, found that "
         "response times had slipped over two years. Residents told this newspaper they had waited hours for "
         "officers to arrive. One shop owner said: \u201cWe just want to see them on the street.\u201d Readers can "
         "share their views on our letters page.\n")


@pytest.mark.parametrize(("lead", "body"), [
    ("Norfolk Police and Crime Commissioner urges ministers to fund neighbourhood officers", "Norfolk"),
    ("Cumbria Constabulary has vowed to answer calls faster after inspection", "Cumbria"),
    ("Police and Crime Commissioner for Dorset has called on the chief constable to act", "Dorset"),
])
def test_a_story_whose_lead_carries_a_bodys_pledge_or_call_names_that_body(lead: str, body: str) -> None:
    """A news lead in which a force or commissioner urges, calls on or vows, as well as one
    in which it welcomes or responds, carries that body's answer."""
    doc = ingest_text(f"{lead}\n\n{STORY}")
    assert (doc.doc_type, doc.responding_body) == ("press_article", body)


@pytest.mark.parametrize("lead", [
    "Cumbria Constabulary urged to answer calls faster after inspection",
    "Forces in the north are today urged by inspectors to answer calls faster",
    "Cumbria Constabulary has been called on to answer calls faster",
])
def test_a_body_urged_by_others_in_a_story_lead_answers_nothing(lead: str) -> None:
    doc = ingest_text(f"{lead}\n\n{STORY}")
    assert (doc.doc_type, doc.responding_body) == ("press_article", None)


def test_the_forces_a_thematic_inspected_listed_in_a_sentence_are_not_who_answers() -> None:
    # a force answering a thematic names the forces inspected in one sentence; the first of
    # that list is no more the force answering than the last: the force it names alone answers
    from crosswalk.ingest.responding_body import find_responding_body
    text = ("Chief Constable's response to the thematic inspection of the police response to burglary\n\n"
            "The inspectorate visited six forces for this report: Avon and Somerset, Durham, Essex, Kent, "
            "Leicestershire and West Midlands. This force was not one of them, but the recommendations apply to all "
            "forces.\n\n"
            "Recommendation 1: By March, chief constables should ensure that burglary victims are visited. "
            "Response: Lincolnshire Police already visits every burglary victim and will audit compliance quarterly.\n")
    blocks = text.split("\n\n")
    assert find_responding_body("force_response", None, blocks[0], blocks, text, "police").body == "Lincolnshire"


def test_a_welsh_commissioners_title_in_its_throseddu_spelling_is_a_commissioners_answer() -> None:
    """Welsh writes the commissioner's title both "Comisiynydd Heddlu a Throsedd" and
    "Comisiynydd Heddlu a Throseddu" (the Dyfed-Powys office's own spelling): either names
    the commissioner, whose answer it is, not the force's."""
    doc = ingest_text(
        "12 Medi 2024\n\nMae Comisiynydd Heddlu a Throseddu Gwent wedi cyhoeddi ei ymateb i adroddiad yr "
        "Arolygiaeth ar blismona heddiw.\n\nMae’r adroddiad yn nodi bod angen gwella gwasanaethau i "
        "ddioddefwyr, ac mae’r Comisiynydd wedi gofyn am gynllun.\n")
    assert doc.doc_type == "pcc_response"
