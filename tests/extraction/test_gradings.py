"""Gradings from phrasings of our own."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from crosswalk.extraction.grading_welsh import may_hold_welsh_grade
from crosswalk.model import Grading
from tests.conftest import REAL, extract_text


def gradings(text: str) -> list[tuple[str, str, bool]]:
    return [(g.subject, g.grade, g.historic) for g in extract_text(text).gradings if not g.negated]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent Police was graded as 'good' at investigating crime.", [("Kent Police", "good", False)]),
        ("HMICFRS rated Durham Constabulary as outstanding at preventing crime.",
         [("Durham Constabulary", "outstanding", False)]),
        ("Cheshire Fire and Rescue Service was rated requires improvement at promoting the right values.",
         [("Cheshire Fire and Rescue Service", "requires_improvement", False)]),
        ("Both Cumbria Constabulary and Lancashire Constabulary were rated as inadequate in 2024.",
         [("Cumbria Constabulary", "inadequate", False), ("Lancashire Constabulary", "inadequate", False)]),
        ("Wiltshire Police received an overall rating of ‘requires improvement’ in the 2024 inspection.",
         [("Wiltshire Police", "requires_improvement", False)]),
        ("The Metropolitan Police Service is inadequate at responding to the public.",
         [("Metropolitan Police Service", "inadequate", False)]),
        ("Our judgement for 2024: Avon and Somerset Constabulary is adequate at preventing crime.",
         [("Avon and Somerset Constabulary", "adequate", False)]),
        ("It found Gwent Police was 'Inadequate' at managing offenders.", [("Gwent Police", "inadequate", False)]),
        # the quote opens on the grade and closes after the area it is given for
        ('Inspectors found Kent Fire and Rescue Service "inadequate at training its crews".',
         [("Kent Fire and Rescue Service", "inadequate", False)]),
        ("While Norfolk Constabulary was rated as good, the other two forces – Suffolk and Essex – were both "
         "rated as 'requires improvement'.",
         [("Norfolk Constabulary", "good", False), ("Suffolk Constabulary", "requires_improvement", False),
          ("Essex Police", "requires_improvement", False)]),
        ("The South West region's response to fraud as a whole was rated 'adequate' in 2024.",
         [("ROCU South West and constituent forces", "adequate", False)]),
    ],
)
def test_grading_phrasings(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert gradings(text) == expected


def test_earlier_grading_is_historic() -> None:
    text = (
        "Response of the Police and Crime Commissioner, 2 July 2024\n\n"
        "HMICFRS last inspected Surrey Police in 2018. HMICFRS graded the force’s response at that time as ‘Good’.\n"
    )
    assert gradings(text) == [("Surrey Police", "good", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dyfed-Powys Police was not rated as inadequate at any point.", []),
        ("Kent Police was rated good in all other areas, with no areas that 'require improvement'.",
         [("Kent Police", "good")]),
        ("For Kent Police there isn't a single 'inadequate' grading in this report.", []),
        # a negation in another clause leaves the grading
        ("Although the review was not finished, Kent Police was rated good.", [("Kent Police", "good")]),
        # a count of none is a negation: no area was given the grade (nor is "none" the count "one")
        ("Kent Police was assessed in eight areas, and zero were rated 'Outstanding'.", []),
        ("Of the eight areas inspected at Kent Police, none were rated 'Outstanding', two were rated 'Good' and "
         "six were rated 'Adequate'.", [("Kent Police", "good"), ("Kent Police", "adequate")]),
    ],
)
def test_a_negated_grading_gives_no_row(text: str, expected: list[tuple[str, str]]) -> None:
    """A grade phrase with a negation a few words before it, in its clause, states no grading
    (the gold's convention, and the fallback's guard)."""
    assert [(g.subject, g.grade) for g in extract_text(text).gradings] == expected


def test_a_count_whose_grade_is_a_verb_before_another_count() -> None:
    """"seven of them required improvement and four others were rated as adequate": the count
    before the graded count needs no "were" when its grade is the verb itself, "of them" may
    follow it, and "four others" is a bare count as "four" is; nor does the later "as adequate"
    reach back over the "required improvement" to the first verb."""
    text = ("Kent Fire and Rescue Service was graded in eleven areas, seven of them required improvement and "
            "four others were rated as adequate.")
    assert graded(text) == [("Kent Fire and Rescue Service", "adequate", "four areas", False),
                            ("Kent Fire and Rescue Service", "requires_improvement", "seven areas", False)]


def test_a_grade_word_between_a_verb_and_a_later_as_grade_is_a_grading_of_its_own() -> None:
    """"graded 'Good' in seven areas, with the other four graded as 'Adequate'": the verb's
    object runs to the next grade word, not on to the "as" of a later clause's grade."""
    text = ("Overall, Kent Fire and Rescue Service was graded 'Good' in seven of its eleven areas, with the "
            "other four graded as 'Adequate'.")
    assert gradings(text) == [("Kent Fire and Rescue Service", "good", False),
                              ("Kent Fire and Rescue Service", "adequate", False)]


@pytest.mark.parametrize(
    "text",
    [
        "The current resourcing of the unit is inadequate for the number of prisons.",
        "Good practice is shared across Merseyside Police.",
        "'Inadequate' West Yorkshire Police response to knife crime a 'cause for concern'",
        # areas for improvement the inspection found, not areas graded 'requires improvement'
        "Durham Constabulary was inspected. Several areas requiring improvement were identified and six "
        "recommendations followed.",
    ],
)
def test_grade_words_that_are_not_gradings(text: str) -> None:
    assert gradings(text) == []


def test_area_is_what_follows_at() -> None:
    grading = extract_text("Kent Police was graded as 'good' at investigating crime.").gradings[0]
    assert grading.area == "investigating crime"


def test_judgements_table_of_a_peel_page() -> None:
    """PEEL pages grade in a table: area in one cell, grade in the other."""
    from pathlib import Path

    from crosswalk.extraction.extract import extract_document
    from crosswalk.ingest import ingest_file

    document = ingest_file(Path(__file__).parent / "peel_judgements_table.html").document
    assert document is not None
    found = [(g.subject, g.grade, g.area) for g in extract_document(document).gradings]
    assert found == [
        ("Kent Police", "requires_improvement", "Investigating crime"),
        ("Kent Police", "good", "Preventing crime"),
        ("Kent Police", "adequate", "Protecting vulnerable people"),
    ]


def graded(text: str) -> list[tuple[str, str, str | None, bool]]:
    return [(g.subject, g.grade, g.area, g.historic) for g in extract_text(text).gradings]


def test_one_grade_for_several_areas_is_one_grading_per_area() -> None:
    text = "HMICFRS has rated Kent Police as 'Good' for effectiveness, efficiency and legitimacy."
    assert graded(text) == [("Kent Police", "good", "effectiveness", False), ("Kent Police", "good", "efficiency", False),
                            ("Kent Police", "good", "legitimacy", False)]


def test_areas_each_after_its_own_preposition_and_a_comma_are_one_row_each() -> None:
    """"requires improvement to A, to B and at C": the preposition each area repeats after
    a comma opens a new area, as "and at" does; the "and" inside a name stays."""
    text = ("Kent Fire and Rescue Service requires improvement to its training, to how it plans its spending "
            "and at keeping its fleet ready.")
    assert [g.area for g in extract_text(text).gradings] == [
        "its training", "how it plans its spending", "keeping its fleet ready"]


def test_good_at_one_area_and_at_another_is_two_gradings() -> None:
    """FRS overview pages join two areas with "and at" + an activity: one row per area,
    each area keeping its own inner "and" ("ensuring fairness and promoting diversity")."""
    text = ("Suffolk Fire and Rescue Service is good at looking after its people. It is good at promoting "
            "the right values and culture and at ensuring fairness and promoting diversity. But it requires "
            "improvement at getting the right people with the right skills and at managing performance and "
            "developing leaders.")
    assert graded(text) == [
        ("Suffolk Fire and Rescue Service", "good", "looking after its people", False),
        ("Suffolk Fire and Rescue Service", "good", "promoting the right values and culture", False),
        ("Suffolk Fire and Rescue Service", "good", "ensuring fairness and promoting diversity", False),
        ("Suffolk Fire and Rescue Service", "requires_improvement", "getting the right people with the right skills", False),
        ("Suffolk Fire and Rescue Service", "requires_improvement", "managing performance and developing leaders", False),
    ]


@pytest.mark.parametrize(
    ("text", "areas"),
    [
        ("Inspectors rated Kent Police 'good' in preventing and deterring crime and managing suspects.",
         ["preventing and deterring crime", "managing suspects"]),
        ("Inspectors found Kent Police was good at identifying and recording modern slavery crimes.",
         ["identifying and recording modern slavery crimes"]),
        ("Kent Police was rated adequate at building, supporting and protecting the workforce.",
         ["building, supporting and protecting the workforce"]),
        # each activity with the object is an area's own name: two areas
        ("Kent Police is good at preventing and investigating crime.", ["preventing crime", "investigating crime"]),
    ],
)
def test_activities_sharing_one_object_are_one_area(text: str, areas: list[str]) -> None:
    """"preventing and deterring crime": a lone activity before "and" shares the object of
    the activity after it, so the two are one area, not "preventing" and another."""
    assert [g[2] for g in graded(text)] == areas


def test_a_long_written_list_of_areas_is_one_grading_per_part() -> None:
    text = ("Inspectors judged Kent Fire and Rescue Service as 'Good' in checking building safety, answering "
            "emergency calls, the cost of its fleet, staff wellbeing, and managing performance and developing leaders.")
    assert [g[2] for g in graded(text)] == ["checking building safety", "answering emergency calls", "the cost of its fleet",
                                            "staff wellbeing", "managing performance and developing leaders"]
    text = ("Kent Police received a 'good' grade for stopping crime and helping victims of crime, for catching "
            "and charging offenders, and for tackling serious and organised crime.")
    assert [g[2] for g in graded(text)] == ["stopping crime and helping victims of crime", "catching and charging offenders",
                                            "tackling serious and organised crime"]


@pytest.mark.parametrize(
    ("text", "areas"),
    [
        ("Kent Police has been rated good for efficiency, legitimacy and effectiveness in a new inspection.",
         ["efficiency", "legitimacy", "effectiveness"]),
        ("Kent Police was rated 'outstanding' overall for efficiency and 'good' overall for legitimacy and effectiveness.",
         ["efficiency", "legitimacy", "effectiveness"]),
        ("Inspectors said Kent Fire and Rescue Service was, however, good at answering calls.", ["answering calls"]),
        ("Kent Fire and Rescue Service is pleased, receiving three 'good' judgments this year.", ["three areas"]),
    ],
)
def test_variants_of_the_grade_phrase(text: str, areas: list[str]) -> None:
    assert [g[2] for g in graded(text)] == areas


def test_verbs_of_describing_give_a_grade_with_as() -> None:
    text = "The inspectorate identifies Kent Police as 'good' at answering calls, finding missing people and stopping crime."
    assert [g[2] for g in graded(text)] == ["answering calls", "finding missing people", "stopping crime"]
    assert graded("Inspectors described Kent Police as requiring improvement in how it vets staff.")[0][1] == \
        "requires_improvement"


def test_a_grade_qualifying_a_noun_is_no_grading() -> None:
    assert graded("The inspectorate recognised Kent Police's work with schools as good practice.") == []
    # a body's own word on the report: its areas are "at a 'good' standard", a quality, not a grade given
    assert graded("Kent Fire and Rescue Service said many of its areas of work are at a ‘good’ standard.") == []


def test_areas_listed_after_a_dash_that_follows_the_grade() -> None:
    text = "Kent Police was inspected. Three areas of its work drew a 'good' score – answering calls, stopping crime and vetting."
    assert [g[2] for g in graded(text)] == ["answering calls", "stopping crime", "vetting"]


def test_a_count_of_areas_then_the_areas_named_after_a_dash_or_the_grader() -> None:
    """"good in five areas - including A and B": the count (more than the areas named)
    and each area named; so too where the grader stands between count and list."""
    text = "Kent Fire and Rescue Service was rated 'good' in five areas - including answering calls and checking buildings."
    assert [g[2] for g in graded(text)] == ["five areas", "answering calls", "checking buildings"]
    text = "Kent Police was graded 'outstanding' in four areas by the inspectorate including stopping crime and vetting."
    assert [g[2] for g in graded(text)] == ["four areas", "stopping crime", "vetting"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a grade for the whole force, then bare counts that are their own clauses' subjects: other forces
        ("Dorset Police was judged good, and nine were judged outstanding.", [("good", None)]),
        ("Among the 43 forces, Dorset Police was judged good, and nine were judged outstanding and two inadequate.",
         [("good", None)]),
        # a grade for counted areas, then a bare count: more of the force's areas
        ("Dorset Police was judged good in six areas, and 3 were judged outstanding.",
         [("good", "six areas"), ("outstanding", "3 areas")]),
        # counts of any noun of areas ("pillars", "questions") are the body's own areas, each chained grade read
        ("Dorset Police was judged good, and two pillars were judged outstanding and one pillar adequate.",
         [("good", None), ("outstanding", "two areas"), ("adequate", "one area")]),
    ],
)
def test_a_bare_count_after_a_whole_body_grade_counts_other_bodies(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(g[1], g[2]) for g in graded(text)] == expected


def test_the_areas_of_a_count_named_in_the_next_sentence() -> None:
    """"requires improvement in all three areas. Those areas are A, B and C.": a row per
    area named, with the subject and grade of the sentence before (an "and" inside an
    earlier part of the list stays in its area)."""
    text = ("Inspectors found that Kent Police requires improvement in all three areas looked at. Those areas are "
            "the checks on officers and staff, handling complaints and tackling corruption.")
    assert graded(text) == [("Kent Police", "requires_improvement", "the checks on officers and staff", False),
                            ("Kent Police", "requires_improvement", "handling complaints", False),
                            ("Kent Police", "requires_improvement", "tackling corruption", False)]


def test_a_question_a_page_answers_is_one_area_per_line() -> None:
    text = ("Kent Police inspection results\n\n"
            "How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe? (Good)\n\n"
            "How effective is the force at investigating crime and reducing re-offending? (Good)\n")
    assert [g[2] for g in graded(text)] == ["preventing crime, tackling anti-social behaviour and keeping people safe",
                                            "investigating crime and reducing re-offending"]


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police was inspected. Two areas graded as requiring improvement are answering calls and vetting.",
        "Kent Police was inspected. The chief will tackle the two areas that were rated as 'inadequate' – answering "
        "calls and vetting – without delay.",
    ],
)
def test_counted_areas_a_grade_is_given_to_then_named(text: str) -> None:
    assert [g[2] for g in graded(text)] == ["answering calls", "vetting"]


def test_a_demonstrative_subject_carries_the_body_named_last() -> None:
    text = ("Kent Fire and Rescue Service was inspected in the spring. The report praised its work on staff wellbeing. "
            "This was graded as inadequate in a previous inspection.")
    assert [(g[0], g[1], g[3]) for g in graded(text)] == [("Kent Fire and Rescue Service", "inadequate", True)]


def test_a_grade_in_a_purpose_clause_is_only_hoped_for() -> None:
    text = "Kent Police was inspected. We will act on the findings so that we can be 'Outstanding' in all areas."
    assert graded(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The commissioner told the chief fire officer she expects Kent Fire and Rescue Service to be rated good by "
        "the time inspectors return.",
        "Kent Fire and Rescue Service set up a board to steer the service's journey to 'Good'.",
        "The commissioner and the chief constable have their sights set on making Kent Police an 'outstanding' force.",
        "Bosses are hopeful that Kent Fire and Rescue Service will be rated good at its next inspection.",
    ],
)
def test_a_grade_only_aspired_to_grades_no_one(text: str) -> None:
    assert graded(text) == []


def test_an_active_verb_with_its_object_and_a_bare_grade_reads_the_chain() -> None:
    text = "Inspectors ruled the constabulary ‘inadequate’ in three of eight areas and good in five. It is Kent Police."
    assert graded(text) == [("Kent Police", "inadequate", "three of eight areas", False),
                            ("Kent Police", "good", "five areas", False)]
    text = "The inspectorate rated Kent Fire and Rescue Service good in seven areas and requiring improvement in four."
    assert graded(text) == [("Kent Fire and Rescue Service", "good", "seven areas", False),
                            ("Kent Fire and Rescue Service", "requires_improvement", "four areas", False)]


def test_the_county_force_carries_the_body_named_before() -> None:
    text = "Kent Police was inspected this spring.\n\nInspectors rated the county force 'Good' in answering calls and managing suspects."
    assert graded(text) == [("Kent Police", "good", "answering calls", False), ("Kent Police", "good", "managing suspects", False)]


@pytest.mark.parametrize("service", ["the county’s service", "the county's fire service",
                                     "the county’s fire and rescue service"])
def test_the_countys_service_carries_the_service_named_before(service: str) -> None:
    """The county's service is the service the page is about, not the class of bodies named between."""
    text = ("Staff at Cumbria Fire and Rescue Service were told of the report on Monday.\n\n"
            "The HMICFRS assesses the police forces and fire and rescue services of England.\n\n"
            f"In a new review, the panel graded {service} as ‘requires improvement’ at responding to fires.")
    assert graded(text) == [("Cumbria Fire and Rescue Service", "requires_improvement", "responding to fires", False)]


def test_an_assessment_area_name_is_not_split() -> None:
    text = "Kent Police is good at preventing crime and tackling anti-social behaviour."
    assert graded(text) == [("Kent Police", "good", "preventing crime and tackling anti-social behaviour", False)]


def test_grades_as_counts_go_on_in_the_clause() -> None:
    text = ("HMICFRS graded Kent Police’s performance across nine areas. It found the force was ‘good’ in three areas, "
            "‘adequate’ in four areas and ‘inadequate’ in two areas.")
    assert graded(text) == [("Kent Police", "good", "three areas", False), ("Kent Police", "adequate", "four areas", False),
                            ("Kent Police", "inadequate", "two areas", False)]


def test_a_grade_put_straight_after_the_body_found_or_graded() -> None:
    text = ("Kent Fire and Rescue Service was inspected in the spring. The report found the service outstanding in "
            "one area, good in six and adequate in four.")
    assert graded(text) == [("Kent Fire and Rescue Service", "outstanding", "one area", False),
                            ("Kent Fire and Rescue Service", "good", "six areas", False),
                            ("Kent Fire and Rescue Service", "adequate", "four areas", False)]


def test_an_ability_to_do_a_written_list_of_things_is_one_area_per_thing() -> None:
    text = ("The report rates Kent Police as inadequate in its ability to answer calls, find missing people and "
            "manage offenders and suspects. It rates it as adequate in its ability to prevent crime and anti-social "
            "behaviour.")
    assert [(g[1], g[2]) for g in graded(text)] == [
        ("inadequate", "answer calls"), ("inadequate", "find missing people"),
        ("inadequate", "manage offenders and suspects"),
        ("adequate", "its ability to prevent crime and anti-social behaviour")]


def test_counted_ratings() -> None:
    text = "Kent Police has been inspected. The force received two 'outstanding', five ‘good’ and one 'adequate' ratings."
    assert [(s, g, a) for s, g, a, _ in graded(text)] == [
        ("Kent Police", "outstanding", "two areas"), ("Kent Police", "good", "five areas"),
        ("Kent Police", "adequate", "one areas")]


def test_a_count_is_dropped_when_its_areas_are_named() -> None:
    text = ("Kent Police has welcomed the report, which graded the force as good in two out of three areas. "
            "The report judged the force as being good in the following areas:\n\n"
            "• Preventing crime\n• Responding to the public\n")
    assert [a for _, _, a, _ in graded(text)] == ["Preventing crime", "Responding to the public"]


def test_subject_carried_from_the_previous_sentence() -> None:
    text = ("Inspectors looked at Kent Police this spring. The service said it was graded good at preventing crime. "
            "Its response to the public is inadequate.")
    assert graded(text) == [("Kent Police", "good", "preventing crime", False),
                            ("Kent Police", "inadequate", "response to the public", False)]


def test_a_plural_pronoun_carries_the_group_named_last() -> None:
    # "they" after "A and B" stands for both; "it" after them for the one named last
    text = ("Police news\n\nInspectors visited Surrey Police and Sussex Police in March. They were rated as "
            "requiring improvement at answering calls.")
    assert [(s, g) for s, g, _, _ in graded(text)] == [("Surrey Police", "requires_improvement"),
                                                       ("Sussex Police", "requires_improvement")]
    text = "Police news\n\nInspectors visited Surrey Police and Sussex Police in March. It was rated good at answering calls."
    assert [(s, g) for s, g, _, _ in graded(text)] == [("Sussex Police", "good")]


def test_a_lead_in_grades_its_list() -> None:
    text = ("Kent Fire and Rescue Service needs to improve. It requires improvement in:\n\n"
            "- understanding the risk of fire;\n- preventing fires; and\n- responding to national risks.\n")
    assert [a for _, _, a, _ in graded(text)] == ["understanding the risk of fire", "preventing fires",
                                                  "responding to national risks"]


def test_grade_lines_head_the_area_lines_under_them() -> None:
    text = ("Kent Police received the following gradings:\n\nGood\n\nInvestigating crime\n\nResponding to the public\n\n"
            "Inadequate\n\nProtecting vulnerable people\n\nThe Commissioner said the force would improve.\n")
    assert graded(text) == [("Kent Police", "good", "Investigating crime", False),
                            ("Kent Police", "good", "Responding to the public", False),
                            ("Kent Police", "inadequate", "Protecting vulnerable people", False)]


@pytest.mark.parametrize("layout", ["lines", "run-in"])
def test_grade_lines_head_lines_of_forces_under_them(layout: str) -> None:
    # a league table of forces in a press story: each grade line heads the forces given that grade
    lines = ["HMIC graded forces for their overall efficiency as follows:", ":: Outstanding", "Durham",
             ":: Good", "Cheshire, Kent and Surrey", ":: Inadequate", "Bedfordshire"]
    text = "\n\n".join(lines) if layout == "lines" else "\n\n".join(lines[:4]) + "\n\n" + " ".join(lines[4:])
    assert sorted((s, g) for s, g, _, _ in graded(text)) == [
        ("Bedfordshire Police", "inadequate"), ("Cheshire Constabulary", "good"), ("Durham Constabulary", "outstanding"),
        ("Kent Police", "good"), ("Surrey Police", "good")]


def test_force_and_grade_rows_of_a_table() -> None:
    from crosswalk.extraction.extract import extract_document
    from crosswalk.ingest import ingest_bytes

    html = ("<html><body><h1>PEEL grades</h1><table><tr><th>Force</th><th>Grade</th></tr>"
            "<tr><td>Kent Police</td><td>Good</td></tr><tr><td>Essex Police</td><td>Inadequate</td></tr>"
            "</table></body></html>")
    document = ingest_bytes(html.encode(), "table", "table.html", ".html")
    assert [(g.subject, g.grade) for g in extract_document(document).gradings] == [
        ("Kent Police", "good"), ("Essex Police", "inadequate")]


def test_extent_sentences_of_a_fire_service_page() -> None:
    text = ("Kent 2018/19\n\nThe extent to which the service is effective at keeping people safe and secure from fire "
            "and other risks requires improvement.\n\nThe extent to which the service looks after its people is good.\n\n"
            "We have concerns about Kent Fire and Rescue Service.\n")
    assert [(s, g) for s, g, _, _ in graded(text)] == [("Kent Fire and Rescue Service", "requires_improvement"),
                                                      ("Kent Fire and Rescue Service", "good")]


def test_a_grade_in_a_headline() -> None:
    text = "Kent Police rated ‘Good’ for effectiveness\n\nThe force welcomed the report published today.\n"
    assert graded(text) == [("Kent Police", "good", "effectiveness", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent Police was rated as inadequate for effectiveness last year and was told it requires improvement in "
         "its efficiency this year.",
         [("Kent Police", "inadequate", True), ("Kent Police", "requires_improvement", False)]),
        ("Published 2 May 2024\n\nHMICFRS graded Kent Police as inadequate in 2019, but the force is now good at "
         "investigating crime.",
         [("Kent Police", "inadequate", True), ("Kent Police", "good", False)]),
        ("Kent Police was once again graded as ‘Outstanding’ in use of resources.",
         [("Kent Police", "outstanding", False), ("Kent Police", "outstanding", True)]),
        ("Kent Police has been consistently rated as good over the last three years.", [("Kent Police", "good", True)]),
        ("Published 2 May 2024\n\nKent Fire and Rescue Service is good at making best use of its resources.\n\n"
         "Kent Fire and Rescue Service required improvement in its 2018/19 assessment.",
         [("Kent Fire and Rescue Service", "good", False), ("Kent Fire and Rescue Service", "requires_improvement", True)]),
        # "an improvement on/from" the grade it names: that grade is the earlier one
        ("This year Kent Police was given an overall rating of 'Good', a marked improvement on the rating of "
         "'Inadequate' it was given before.",
         [("Kent Police", "good", False), ("Kent Police", "inadequate", True)]),
    ],
)
def test_historic_comparisons(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert gradings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year framed by "when": the event it dates is past, whatever the document's year
        ("Cleveland Police was in the headlines in 2019 when inspectors rated it as ‘inadequate’ in every area.",
         [("Cleveland Police", "inadequate", True)]),
        # "N years ago" reaches back over the grade before it, not over the clause before the comma
        ("Humberside Police, which was rated ‘inadequate’ seven years ago, has now been graded outstanding.",
         [("Humberside Police", "inadequate", True), ("Humberside Police", "outstanding", False)]),
        # the cue between the two grades of a change dates only the grade before
        ("Published 2 May 2021\n\nKent Fire and Rescue Service has dropped from ‘good’ at its last inspection to "
         "‘requires improvement’.",
         [("Kent Fire and Rescue Service", "good", True), ("Kent Fire and Rescue Service", "requires_improvement", False)]),
        # a span of years running to the document's own year is now
        ("Published 2 May 2025\n\nGwent Police was graded ‘outstanding’ at recording crime in the report that covers "
         "the period 2023 to 2025.",
         [("Gwent Police", "outstanding", False)]),
    ],
)
def test_dated_phrases_decide_historic(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert gradings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police is failing and has been put into special measures.",
        "Each force is graded on a scale of outstanding, good, adequate, requires improvement or inadequate.",
        "Kent Police aims to be outstanding at preventing crime by 2026.",
        "Kent Police was good in 17 cases we looked at.",
        "Of the 43 forces graded, 36 were assessed as ‘good’.",
    ],
)
def test_what_is_not_a_grading(text: str) -> None:
    assert graded(text) == []


def test_the_same_grade_as_a_named_body() -> None:
    text = "Of the forces inspected, six others received the same ‘Inadequate’ grading as Kent Police."
    assert gradings(text) == [("Kent Police", "inadequate", False)]


def test_a_body_compared_with_is_not_the_one_graded() -> None:
    text = ("Fire services: the final tranche\n\nKent joins the fire and rescue services with ten good gradings. "
            "Surrey is now in the same club as Essex with ten good gradings plus an outstanding grading for values "
            "and culture.\n")
    found = [(s, g, a) for s, g, a, _ in graded(text)]
    assert ("Surrey Fire and Rescue Service", "outstanding", "values and culture") in found
    assert all(not s.startswith("Essex") for s, _, _ in found)


def test_a_grade_that_changed_is_two_gradings() -> None:
    text = "Kent Police has dropped from ‘good’ to ‘requires improvement’ at investigating crime."
    assert graded(text) == [("Kent Police", "good", "investigating crime", True),
                            ("Kent Police", "requires_improvement", "investigating crime", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent Police was inspected. Its staff are good at recording crime.", []),
        ("Kent Police said it would continue to be good at answering calls.", []),
        ("Kent Police is the only force rated outstanding for legitimacy, said the Commissioner.",
         [("Kent Police", "outstanding", "legitimacy", False)]),
    ],
)
def test_possessives_hopes_and_attributions(text: str, expected: list[tuple[str, str, str | None, bool]]) -> None:
    assert graded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an area named in the possessive is its force, whose own commissioner forms do not hide it
        ("Inspectors found Surrey’s handling of calls to be good, while Staffordshire’s handling of calls "
         "was judged as requiring improvement.",
         [("Surrey Police", "good", "handling of calls", False),
          ("Staffordshire Police", "requires_improvement", "handling of calls", False)]),
        # an area "of" a possessive that owns only the body again: the possessive names the body, not the area
        ("In their view the efficiency of Norfolk’s service requires improvement.",
         [("Norfolk Fire and Rescue Service", "requires_improvement", None, False)]),
    ],
)
def test_an_area_named_in_the_possessive(text: str, expected: list[tuple[str, str, str | None, bool]]) -> None:
    assert graded(text) == expected


def test_a_judgements_table_flattened_to_lines() -> None:
    text = ("Kent Police PEEL 2024\n\nOur judgements\n\nPreventing crime\nGood\nInvestigating crime\n"
            "Requires improvement\nResponding to the public\nAdequate\n\nThe force is improving.\n")
    assert graded(text) == [("Kent Police", "good", "Preventing crime", False),
                            ("Kent Police", "requires_improvement", "Investigating crime", False),
                            ("Kent Police", "adequate", "Responding to the public", False)]


def test_force_and_grade_lines_split_by_a_bar() -> None:
    text = "PEEL grades 2024\n\nKent Police | Good\nEssex Police | Inadequate\n"
    assert gradings(text) == [("Kent Police", "good", False), ("Essex Police", "inadequate", False)]


def test_the_same_area_stated_twice_is_one_grading() -> None:
    text = ("Kent Fire and Rescue Service was inspected.\n\nThe extent to which the service looks after its people "
            "requires improvement.\n\nThe way Kent Fire and Rescue Service looks after its people requires improvement.\n")
    assert gradings(text) == [("Kent Fire and Rescue Service", "requires_improvement", False)]


def test_the_area_force_names_the_force() -> None:
    text = "The Kent force was said to be good at investigating and preventing crime, but needs to do more."
    assert graded(text) == [("Kent Police", "good", "investigating crime", False), ("Kent Police", "good", "preventing crime", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Watchdog rates Kent Police 'good' at keeping people safe\n\nThe report was published today.\n",
         [("Kent Police", "good", False)]),
        ("'Good' HMIC assessment of policing by Kent Police (2 May 2024)\n\nThe Commissioner welcomed the report.\n",
         [("Kent Police", "good", False)]),
    ],
)
def test_grades_in_headlines(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert gradings(text) == expected


def test_area_and_grade_lines_split_by_a_dash_or_colon() -> None:
    """Minutes and press pages flatten a judgements table to "Area - grade" lines; one line
    grading several areas is a grading per area, an assessment area's own name kept whole."""
    text = ("Kent Police was inspected in 2023 and graded as follows:\n\n"
            "• Managing offenders and suspects – good\n"
            "• Treatment of the public, investigating crime and responding to the public – adequate\n"
            "• Good use of resources: Requires improvement.\n")
    assert graded(text) == [("Kent Police", "good", "Managing offenders and suspects", False),
                            ("Kent Police", "adequate", "Treatment of the public", False),
                            ("Kent Police", "adequate", "investigating crime", False),
                            ("Kent Police", "adequate", "responding to the public", False),
                            ("Kent Police", "requires_improvement", "Good use of resources", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police met the panel.\n\nThe chair asked about the response - good.\n",
        "Kent Police met the panel.\n\nQuestion: was the meeting good\n",
    ],
)
def test_a_single_line_ending_in_a_grade_is_not_a_table(text: str) -> None:
    assert graded(text) == []


def test_assessment_area_names_are_a_gazetteer_of_their_own() -> None:
    from crosswalk.extraction.grading_lists import list_parts
    from crosswalk.extraction.gradings import grading_words

    assert "managing offenders and suspects" in grading_words().known_areas
    assert list_parts("Preventing crime and anti-social behaviour, managing offenders and suspects and good use of "
                      "resources") == ["Preventing crime and anti-social behaviour", "managing offenders and suspects",
                                       "good use of resources"]


def test_a_count_of_areas_named_after_a_colon() -> None:
    text = "Kent Police was judged as ‘requires improvement’ in all three areas: effectiveness, efficiency and legitimacy."
    assert [(g, a) for _, g, a, _ in graded(text)] == [("requires_improvement", "effectiveness"),
                                                       ("requires_improvement", "efficiency"),
                                                       ("requires_improvement", "legitimacy")]


def test_the_rating_for_a_body_was_a_grade() -> None:
    text = ("A member noted that previously the rating for Kent Police had been ‘outstanding’, with the latest "
            "rating being ‘good’, and asked what the plan was.")
    assert gradings(text) == [("Kent Police", "outstanding", True), ("Kent Police", "good", False)]


def test_a_choice_of_grades_is_no_grading() -> None:
    text = "For Kent Police, nine of the ten areas were graded as ‘good’ or ‘outstanding’."
    assert graded(text) == []


def test_the_police_service_carries_and_a_restated_area_is_one_grading() -> None:
    text = ("Kent Police is outstanding at understanding its current and likely future demand, according to the report.\n\n"
            "The Commissioner said residents will be glad that their police service is outstanding in its "
            "understanding of current and future demand and is good at planning for the years ahead.\n")
    assert graded(text) == [("Kent Police", "outstanding", "understanding its current and likely future demand", False),
                            ("Kent Police", "good", "planning for the years ahead", False)]


def test_a_grade_without_area_in_the_body_is_kept_beside_graded_areas() -> None:
    text = ("PEEL results for the region\n\nStaffordshire Police requires improvement, while Kent Police and Essex Police "
            "were rated 'good'.\n\nKent Police was said to be good at investigating crime.\n")
    assert graded(text) == [("Staffordshire Police", "requires_improvement", None, False),
                            ("Kent Police", "good", None, False), ("Essex Police", "good", None, False),
                            ("Kent Police", "good", "investigating crime", False)]


def test_a_headline_grade_is_the_grade_the_body_details() -> None:
    text = "Kent Police rated 'good' by inspectors\n\nThe report rated Kent Police as good at preventing crime.\n"
    assert graded(text) == [("Kent Police", "good", "preventing crime", False)]


def test_a_section_heading_grade_is_the_grade_its_section_details() -> None:
    """A piece on several bodies heads each body's section with its grade, as a headline
    does: the section's sentences that detail it by area are the rows."""
    text = ("Inspectors report on three fire services\n\nThe inspectorate published its reports today.\n\n"
            "Kent rated 'good' overall and praised for prevention\n\n"
            "Kent Fire and Rescue Service was rated good in seven categories and adequate in four.\n")
    assert [(g.grade, g.area) for g in extract_text(text).gradings] == [("good", "seven categories"),
                                                                        ("adequate", "four areas")]


def test_a_report_downgraded_grades_the_body_named_before() -> None:
    text = ("Minutes of the committee, Kent Police.\n\nThe head of strategy explained that the PEEL legitimacy report "
            "had been downgraded from “good” to “requires improvement”.\n")
    assert gradings(text) == [("Kent Police", "good", True), ("Kent Police", "requires_improvement", False)]


def test_a_body_never_named_is_not_guessed_from_the_file_name() -> None:
    """A file name is the saver's choice, not evidence: 'the Service' of minutes that never
    name it grades nobody, whatever the file is called."""
    text = ("Minutes\n\nThe Chief Fire Officer presented the inspection report. "
            "The Service had been judged as good in future affordability.\n")
    assert graded_in(text, "lincs_fra_minutes") == []
    named = text.replace("Minutes", "Lincolnshire Fire and Rescue Service: minutes")
    assert graded_in(named, "notes_of_a_meeting") == [
        ("Lincolnshire Fire and Rescue", "good", "future affordability", False)]


def graded_in(text: str, doc_id: str) -> list[tuple[str, str, str | None, bool]]:
    return [(g.subject, g.grade, g.area, g.historic) for g in extract_text(text, doc_id).gradings]


def test_grade_groups_separated_by_semicolons_each_grade_their_areas() -> None:
    text = ("Surrey Fire and Rescue Service was judged as good in understanding fire and risk and future "
            "affordability; adequate in responding to major incidents, right people, right skills and promoting "
            "fairness and diversity; and requires improvement in preventing fire and risk and best use of resources.")
    assert [(g, a) for _, g, a, _ in graded(text)] == [
        ("good", "understanding fire and risk"), ("good", "future affordability"),
        ("adequate", "responding to major incidents"), ("adequate", "right people, right skills"),
        ("adequate", "promoting fairness and diversity"), ("requires_improvement", "preventing fire and risk"),
        ("requires_improvement", "best use of resources")]


def test_a_list_of_mostly_named_areas_is_split() -> None:
    text = "Kent Fire and Rescue Service was rated ‘good’ in future affordability, fire regulation and values and culture."
    assert [a for _, _, a, _ in graded(text)] == ["future affordability", "fire regulation", "values and culture"]
    text = "Kent Police is good at tackling serious and organised crime, and its partners say so."
    assert [a for _, _, a, _ in graded(text)] == ["tackling serious and organised crime"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent Fire and Rescue Service was inspected in 2019. The Authority achieved a judgement of requiring "
         "improvement for both effectiveness and efficiency and a good for people.",
         [("requires_improvement", "effectiveness"), ("requires_improvement", "efficiency"), ("good", "people")]),
        ("Kent Fire and Rescue Service was inspected. The report has graded the Service “Requires Improvement” "
         "across the three pillars of the inspection, which are effectiveness, efficiency, and people.",
         [("requires_improvement", "effectiveness"), ("requires_improvement", "efficiency"),
          ("requires_improvement", "people")]),
    ],
)
def test_pillar_judgements_of_an_authority(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(g, a) for _, g, a, _ in graded(text)] == expected


def test_pillar_lines_under_a_lead_in_of_a_body_the_title_names() -> None:
    text = ("Staffordshire Fire and Rescue Service action plan\n\nDuring its inspection the service was judged:\n\n"
            "• Effectiveness – good\n• People – inadequate\n")
    assert graded_in(text, "action_plan") == [
        ("Staffordshire Fire and Rescue Service", "good", "Effectiveness", False),
        ("Staffordshire Fire and Rescue Service", "inadequate", "People", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent Fire and Rescue Service was inspected. It was rated ‘good’ in future affordability. However, preventing "
         "fire and risk and promoting values and culture were rated ‘requires improvement’.",
         [("good", "future affordability", False), ("requires_improvement", "preventing fire and risk", False),
          ("requires_improvement", "promoting values and culture", False)]),
        ("• Ratings for efficiency and effectiveness move to good from requires improvement\n\n"
         "Kent Fire and Rescue Service has been inspected.",
         [("requires_improvement", "efficiency", True), ("good", "efficiency", False),
          ("requires_improvement", "effectiveness", True), ("good", "effectiveness", False)]),
    ],
)
def test_areas_that_open_the_sentence_are_what_is_graded(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert [(g, a, h) for s, g, a, h in graded(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("• Cumbria Fire and Rescue Service is performing to a good standard",
         [("Cumbria Fire and Rescue Service", "good", None)]),
        ("“Dorset and Wiltshire is good at understanding the risk of fire and other emergencies.”",
         [("Dorset and Wiltshire Fire and Rescue Service", "good", "understanding the risk of fire and other emergencies")]),
        ("Inspectors said KFRS is ‘good’ at effectively keeping people safe and secure from fire and other risks.",
         [("Kent Fire and Rescue Service", "good", "effectively keeping people safe and secure from fire and other risks")]),
        ("Kent Police is ‘good’ at effectively reducing crime and keeping people safe.",
         [("Kent Police", "good", "effectively reducing crime and keeping people safe")]),
        ("The inspection judged that Essex Fire and Rescue Service “requires improvement” in every area: effectively "
         "keeping people safe and secure from fire and other risks, efficiently keeping people safe and secure from "
         "fire and other risks and looking after its people.",
         [("Essex County Fire and Rescue Service", "requires_improvement", a) for a in (
             "effectively keeping people safe and secure from fire and other risks",
             "efficiently keeping people safe and secure from fire and other risks", "looking after its people")]),
        ("Kent Fire and Rescue Service is good at looking after its people, too.",
         [("Kent Fire and Rescue Service", "good", "looking after its people")]),
    ],
)
def test_fire_service_short_names_and_overall_formulas(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(s, g, a) for s, g, a, _ in graded(text)] == expected


def test_the_way_a_named_service_does_something_is_the_area_stated_before() -> None:
    text = ("Kent Fire and Rescue Service requires improvement at looking after its people. The way that Kent Fire "
            "and Rescue Service looks after its people also requires improvement.")
    assert len(graded(text)) == 1


@pytest.mark.parametrize(
    "lead_in",
    [
        "In particular, it requires improvement to its work in:",  # the area runs on to the colon: a stub
        "We saw that it is good in its:",
        "The report found that the service is particularly good at:",  # an adverb between copula and grade
    ],
)
def test_a_lead_in_whose_area_is_a_stub_grades_the_list(lead_in: str) -> None:
    text = f"Kent Fire and Rescue Service was inspected.\n\n{lead_in}\n\n• preventing fires\n• responding to emergencies\n\nEnd.\n"
    assert [a for _, _, a, _ in graded(text)] == ["preventing fires", "responding to emergencies"]


def test_a_list_item_that_opens_with_a_quoted_grade() -> None:
    text = "Inspectors said Kent Police is\n\n• ‘good’ at preventing crime\n• ‘requires improvement’ at managing offenders\n"
    assert [(g, a) for _, g, a, _ in graded(text)] == [("good", "preventing crime"),
                                                       ("requires_improvement", "managing offenders")]
    text = "Kent Police was graded ‘Outstanding’ for efficiency in 2017, ‘Good’ for legitimacy (December 2017)."
    assert "grading-quoted-at" not in [g.rule for g in extract_text(text).gradings]  # a sentence, not a list item


def test_a_body_with_its_initials_in_brackets_and_areas_including() -> None:
    text = ("The report rated Kent Fire and Rescue Service (KFRS) as 'good' in several areas including the training "
            "of firefighters and responding to major incidents.")
    assert [(s, a) for s, _, a, _ in graded(text)] == [
        ("Kent Fire and Rescue Service", "the training of firefighters"),
        ("Kent Fire and Rescue Service", "responding to major incidents")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The services rated good for effectiveness were:\n\n• Kent Fire and Rescue Service\n"
         "• Surrey Fire and Rescue Service\n",
         [("Kent Fire and Rescue Service", "good", "effectiveness"), ("Surrey Fire and Rescue Service", "good", "effectiveness")]),
        ("The following fire and rescue services were graded inadequate for people:\n\n• Avon Fire and Rescue Service\n"
         "• Cornwall Fire and Rescue Service\n",
         [("Avon Fire and Rescue Service", "inadequate", "people"), ("Cornwall Fire and Rescue Service", "inadequate", "people")]),
        ("Services rated as good in all areas include Cheshire Fire and Rescue Service and Kent Fire and Rescue Service.",
         [("Cheshire Fire and Rescue Service", "good", "all areas"), ("Kent Fire and Rescue Service", "good", "all areas")]),
    ],
)
def test_services_named_after_the_grade(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(s, g, a) for s, g, a, _ in graded(text)] == expected


def test_a_lead_in_with_a_grade_and_a_list_of_areas_is_not_a_list_of_services() -> None:
    text = "Kent Fire and Rescue Service was inspected. The services rated good were good at:\n\n• preventing fires\n"
    assert all(s == "Kent Fire and Rescue Service" for s, _, _, _ in graded(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent Fire and Rescue Service was inspected. “Adequate” areas included responding to fires and making best "
         "use of resources.", [("adequate", "responding to fires"), ("adequate", "making best use of resources")]),
        ("Kent Fire and Rescue Service was inspected. The areas where it was rated inadequate were training and skills "
         "and values and culture.", [("inadequate", "training and skills"), ("inadequate", "values and culture")]),
        ("Kent Fire and Rescue Service was rated outstanding in three areas, good in seven and adequate in two.",
         [("outstanding", "three areas"), ("good", "seven areas"), ("adequate", "two areas")]),
    ],
)
def test_areas_listed_after_a_grade_and_bare_counts(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(g, a) for _, g, a, _ in graded(text)] == expected


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Kent Fire and Rescue Service was inspected. On effectiveness, the service was rated good.", "effectiveness"),
        ("Kent Fire and Rescue Service was inspected. In terms of people, it was judged to be inadequate.", "people"),
        ("Kent Fire and Rescue Service was inspected. For the first time, the service was judged to be inadequate.", None),
    ],
)
def test_an_area_named_at_the_sentence_opening(text: str, area: str | None) -> None:
    assert [a for _, _, a, _ in graded(text)] == [area]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent Fire and Rescue Service was inspected. It has improved from requires improvement in 2019 to good.",
         [("requires_improvement", None, True), ("good", None, False)]),
        ("Kent Fire and Rescue Service was graded good for effectiveness, up from requires improvement at its last "
         "inspection.", [("good", "effectiveness", False), ("requires_improvement", "effectiveness", True)]),
    ],
)
def test_a_grade_and_the_grade_it_rose_from(text: str, expected: list[tuple[str, str | None, bool]]) -> None:
    assert [(g, a, h) for _, g, a, h in graded(text)] == expected


def test_last_year_reaches_only_the_words_near_it() -> None:
    text = ("With the sudden loss of its chief officer in August last year, Kent Fire and Rescue Service was the only "
            "fire and rescue service in the whole group to be judged ‘Inadequate’ for efficiency.")
    assert [h for _, _, _, h in graded(text)] == [False]
    assert [h for _, _, _, h in graded("Kent Fire and Rescue Service was rated inadequate last year.")] == [True]


@pytest.mark.parametrize(
    ("text", "areas"),
    [
        ("Kent Fire and Rescue Service was rated good across effectiveness, efficiency and people.",
         ["effectiveness", "efficiency", "people"]),
        ("Kent Fire and Rescue Service was rated good across all three pillars.", ["all three pillars"]),
        ("Cleveland Fire Brigade was inspected. The brigade was rated good for effectiveness.", ["effectiveness"]),
    ],
)
def test_one_grade_across_pillars(text: str, areas: list[str]) -> None:
    assert [a for _, _, a, _ in graded(text)] == areas


def test_a_pillar_that_opens_the_sentence_with_an_apposition() -> None:
    text = ("Kent Fire and Rescue Service was inspected. Efficiency, how well it uses its money and plans for the "
            "future, also received a 'Good' rating overall.")
    assert graded(text) == [("Kent Fire and Rescue Service", "good", "Efficiency", False)]


def test_the_extent_to_which_a_named_force_does_something_is_the_area() -> None:
    text = "The extent to which Kent Police is effective at keeping people safe and reducing crime is good."
    assert graded(text) == [("Kent Police", "good", "is effective at keeping people safe and reducing crime", False)]


def test_an_open_clause_before_a_colon_grades_the_list_under_it() -> None:
    text = ("Dorset Fire and Rescue Service requires improvement in how it:\n\n"
            "  • plans its training;\n  • checks its buildings; and\n  • answers its calls.\n")
    assert [a for _, _, a, _ in graded(text)] == ["plans its training", "checks its buildings", "answers its calls"]


def test_two_areas_each_opened_by_a_preposition() -> None:
    text = "Kent Fire and Rescue Service requires improvement in the way it manages its fleet and in the cost of its estate."
    assert [a for _, _, a, _ in graded(text)] == ["the way it manages its fleet", "the cost of its estate"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent Fire and Rescue Service has its report. Three areas were rated 'good' and four were 'adequate'.",
         [("good", "three areas", False), ("adequate", "four areas", False)]),
        ("It is two years since the last inspection, which saw Kent Police rated 'inadequate' overall – with three "
         "areas rated 'requires improvement'.",
         [("inadequate", None, True), ("requires_improvement", "three areas", True)]),
        ("Kent Police has been rated inadequate overall and in two key areas by His Majesty's Inspectorate.",
         [("inadequate", "overall", False), ("inadequate", "two key areas", False)]),
        ("Kent Police was graded good in two of its areas, and five were judged to be adequate.",
         [("good", "two of its areas", False), ("adequate", "five areas", False)]),
    ],
)
def test_counted_areas_as_what_is_graded(text: str, expected: list[tuple[str, str | None, bool]]) -> None:
    assert [(g, a, h) for _, g, a, h in graded(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent Police requires improvement in three areas including answering calls; finding suspects and "
         "managing offenders.", ["answering calls", "finding suspects", "managing offenders"]),
        ("Kent Police requires improvement in four areas, in particular answering calls and finding suspects.",
         ["four areas", "answering calls", "finding suspects"]),
        ("Kent Police was rated good in several areas including its training and its response to floods, such as "
         "the storm in 2020.", ["its training", "its response to floods"]),
    ],
)
def test_areas_named_after_including(text: str, expected: list[str]) -> None:
    assert [a for _, _, a, _ in graded(text)] == expected


def test_areas_named_next_take_up_a_count_read_after_an_area_named() -> None:
    # "outstanding at A and good in five other areas. These included ...": the count's areas
    text = ("Kent Police news\n\nThe force was rated as ‘outstanding’ at answering calls and ‘good’ in five other "
            "areas.\n\nThese included vetting its staff, managing offenders, finding suspects and leadership.\n")
    assert [(g, a) for _, g, a, _ in graded(text)] == [
        ("outstanding", "answering calls"), ("good", "five other areas"), ("good", "vetting its staff"),
        ("good", "managing offenders"), ("good", "finding suspects"), ("good", "leadership")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later grade of the clause: its count (larger than the areas named) and the areas named
        ("Inspectors judged Kent Police ‘good’ at answering calls, adequate across six areas including finding "
         "suspects and managing offenders, and ‘inadequate’ in recording crime.",
         [("good", "answering calls", False), ("adequate", "six areas", False), ("adequate", "finding suspects", False),
          ("adequate", "managing offenders", False), ("inadequate", "recording crime", False)]),
        # a count of areas "of" what they belong to; a relative clause after the list grades on its own
        ("Inspectors rated Kent Police as adequate in a further four areas of its work, including how it answers "
         "calls, which at the previous inspection was judged outstanding.",
         [("adequate", "a further four areas of its work", False), ("adequate", "how it answers calls", False),
          ("outstanding", "how it answers calls", True)]),
    ],
)
def test_a_count_of_areas_then_the_areas_included(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert [(g, a, h) for _, g, a, h in graded(text)] == expected


def test_areas_named_next_take_up_the_last_of_several_counts() -> None:
    """"good in four areas, adequate in one and requires improvement in five. They included A,
    B and C.": the pronoun takes up the count read last."""
    text = ("Kent fire report\n\nKent Fire and Rescue Service was judged good in four areas and adequate in one but "
            "requires improvement in five.\n\nThose included training its crews, checking buildings, and "
            "handling emergency calls.\n")
    assert [(g, a) for _, g, a, _ in graded(text)] == [
        ("good", "four areas"), ("adequate", "one areas"), ("requires_improvement", "five areas"),
        ("requires_improvement", "training its crews"), ("requires_improvement", "checking buildings"),
        ("requires_improvement", "handling emergency calls")]


def test_areas_named_next_take_up_a_bare_count_read_after_an_area_named() -> None:
    """"good at A and adequate in five. Those included ...": the bare count is made the area
    "five areas", which the sentence does not hold word for word; it is read where its count
    stands, after the area named, so the pronoun takes it up."""
    text = ("Kent fire report\n\nKent Fire and Rescue Service was judged good at answering calls and adequate in "
            "five.\n\nThose included training its crews, checking buildings, and handling emergency calls.\n")
    assert [(g, a) for _, g, a, _ in graded(text)] == [
        ("good", "answering calls"), ("adequate", "five areas"), ("adequate", "training its crews"),
        ("adequate", "checking buildings"), ("adequate", "handling emergency calls")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent Police is only Adequate – at recording crime.", [("Kent Police", "adequate", "recording crime", False)]),
        ("Kent Police was rated good in efficiency, which covers how it plans its money, and outstanding in legitimacy.",
         [("Kent Police", "good", "efficiency", False), ("Kent Police", "outstanding", "legitimacy", False)]),
        ("The report rates Beds Police as Good for legitimacy.", [("Bedfordshire Police", "good", "legitimacy", False)]),
        ("Kent Police is outstanding at recording crime and in the way it plans, and is good at answering calls.",
         [("Kent Police", "outstanding", "recording crime", False),
          ("Kent Police", "outstanding", "the way it plans", False), ("Kent Police", "good", "answering calls", False)]),
    ],
)
def test_grades_passed_over_clauses_and_short_county_names(text: str,
                                                         expected: list[tuple[str, str, str | None, bool]]) -> None:
    assert graded(text) == expected


def test_a_grade_said_to_continue_is_held_now_and_before_in_each_area() -> None:
    """"continues to be assessed as good in A, and in its B": the preposition said again
    with an owner opens a second area, and each area is graded now and at the inspection
    before."""
    text = ("The inspector said Kent Police continues to be rated as 'good' in the way it answers calls from the "
            "public, and in its long-term planning.")
    first, second = "the way it answers calls from the public", "its long-term planning"
    assert graded(text) == [("Kent Police", "good", first, False), ("Kent Police", "good", first, True),
                            ("Kent Police", "good", second, False), ("Kent Police", "good", second, True)]


def test_a_chained_grade_across_a_count_of_areas_and_a_grade_deemed() -> None:
    """"'adequate' across six areas but 'requires improvement' in B": the chained grade
    takes "across" and ends before "but"; "deemed X as good" grades as "rated X as good"."""
    text = ("Kent Police was assessed as 'good' in answering calls, 'adequate' across six areas but 'requires "
            "improvement' in managing offenders.\n\nThe inspectorate deemed Kent Police as 'outstanding' at preventing crime.")
    assert [(g, a) for _, g, a, _ in graded(text)] == [
        ("good", "answering calls"), ("adequate", "six areas"), ("requires_improvement", "managing offenders"),
        ("outstanding", "preventing crime")]


def test_judged_the_same_in_both_inspections_is_held_now_and_before() -> None:
    text = "Kent Fire and Rescue Service's response to major incidents was judged as 'good' in both inspections."
    assert [(g, h) for _, g, _, h in graded(text)] == [("good", False), ("good", True)]


def test_the_effectiveness_tagline_in_other_words_restates_the_pillar() -> None:
    """Press writes the effectiveness pillar's tagline as "keeping people safe and tackling
    (cutting) crime": one area, the pillar graded by name said again."""
    text = ("Kent Police was graded good for effectiveness, efficiency and legitimacy. The force is good at keeping "
            "people safe and tackling crime.")
    assert [a for _, _, a, _ in graded(text)] == ["effectiveness", "efficiency", "legitimacy"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent Police was inspected. The chief regretted that preventing crime and managing offenders were judged as "
         "requiring improvement.",
         [("Kent Police", "requires_improvement", "preventing crime", False),
          ("Kent Police", "requires_improvement", "managing offenders", False)]),
        ("Kent Police was inspected in May. The outcome of the inspection was an 'inadequate' rating.",
         [("Kent Police", "inadequate", None, False)]),
        ("Kent Police was inspected in May. The chief had hoped there was the potential for the force to receive a "
         "good rating.", []),
        ("I note the inspectorate's assessment of Kent Police's custody work as 'Adequate'.",
         [("Kent Police", "adequate", None, False)]),
        ("Kent Police was the only force rated outstanding in legitimacy for three consecutive years.",
         [("Kent Police", "outstanding", "legitimacy", False), ("Kent Police", "outstanding", "legitimacy", True)]),
    ],
)
def test_reported_areas_outcomes_hopes_and_recurring_grades(text: str,
                                                           expected: list[tuple[str, str, str | None, bool]]) -> None:
    assert [(s, g, a if g != "adequate" else None, h) for s, g, a, h in graded(text)] == expected


def test_a_row_label_that_is_an_area_name_in_other_small_words_is_one_area() -> None:
    text = ("Kent Police was graded as follows:\n\n  • Outstanding – in engaging and treating the public with fairness "
            "and respect\n  • Good – in use of resources, as well as supporting and protecting the workforce\n")
    assert [(g, a) for _, g, a, _ in graded(text)] == [
        ("outstanding", "engaging and treating the public with fairness and respect"),
        ("good", "use of resources"), ("good", "supporting and protecting the workforce")]


def test_a_count_restated_with_more_words_and_way_clauses_listed_after_areas() -> None:
    text = ("The inspectorate rated Kent Police as 'outstanding' in three areas. The 'outstanding' areas included how "
            "the force answers calls and how it treats victims. HMI said: I have graded the force as outstanding in "
            "three areas of policing.")
    assert [a for _, _, a, _ in graded(text)] == ["three areas", "how the force answers calls", "how it treats victims"]


def test_areas_owned_before_which_and_named_after_including() -> None:
    text = ("Kent Fire and Rescue Service was inspected.\n\n  • Better work in the service’s efficiency, which has "
            "moved from 'adequate' to 'good'.\n  • Two areas have also moved from 'adequate' to 'good', including "
            "'Preventing fires' and 'Protecting the public'.\n")
    assert [(g, a, h) for _, g, a, h in graded(text)] == [
        ("adequate", "efficiency", True), ("good", "efficiency", False),
        ("adequate", "Preventing fires", True), ("good", "Preventing fires", False),
        ("adequate", "Protecting the public", True), ("good", "Protecting the public", False)]


def test_a_written_list_of_activities_is_one_grading_per_activity() -> None:
    text = "Kent Police is good at answering calls, tackling local disorder and working with partners to solve problems."
    assert [a for _, _, a, _ in graded(text)] == ["answering calls", "tackling local disorder",
                                                  "working with partners to solve problems"]


def test_a_list_written_with_semicolons_ends_before_its_clause() -> None:
    text = ("Kent Police was graded as good for investigating crime; responding to the public; and protecting "
            "vulnerable people, with the rest rated adequate.")
    assert [(g, a) for _, g, a, _ in graded(text)][:3] == [
        ("good", "investigating crime"), ("good", "responding to the public"), ("good", "protecting vulnerable people")]
    assert "adequate" in [g for _, g, _, _ in graded(text)]


def test_grades_of_a_list_of_bullets_are_not_one_semicolon_list() -> None:
    text = ("Inspectors found that Kent Police:\n\n  • is ‘good’ at reducing crime;\n"
            "  • is ‘good’ at operating efficiently; and\n  • is ‘adequate’ in the way it treats the public.\n")
    assert "and" not in [a for _, _, a, _ in graded(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Message from the Chief Constable of Kent Police\n\nI am pleased that we were graded as ‘good’ at "
         "investigating crime.", [("Kent Police", "good", False)]),
        ("Kent Fire and Rescue Service news\n\nIn its latest report HMICFRS rated us as ‘outstanding’ for "
         "future affordability.", [("Kent Fire and Rescue Service", "outstanding", False)]),
        ("Kent Police news\n\nWe have been assessed as ‘requires improvement’ in managing offenders.",
         [("Kent Police", "requires_improvement", False)]),
        ("Kent Police news. Inspectors said this force is good at investigating crime.", [("Kent Police", "good", False)]),
    ],
)
def test_first_person_gradings_take_the_body_the_document_names(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert gradings(text) == expected


def test_first_person_without_a_named_body_is_no_grading() -> None:
    assert gradings("About us\n\nI am pleased that we were graded as ‘good’ at investigating crime.") == []


def test_a_grade_line_under_a_heading_grades_what_the_heading_names() -> None:
    text = ("Kent Police: an inspection of crime recording\n\nHow well does the force record crime?\n\ngraded inadequate\n\n"
            "How well is the work led?\n\ngraded requires improvement\n\nThe force has made some progress.")
    assert graded(text) == [("Kent Police", "inadequate", "How well does the force record crime", False),
                            ("Kent Police", "requires_improvement", "How well is the work led", False)]


def test_a_headline_that_runs_on_past_its_grade_is_not_a_grade_line() -> None:
    text = "Kent fire service rated good by inspectors\n\nKent Fire and Rescue Service was rated good at preventing fires."
    assert [a for _, _, a, _ in graded(text)] == ["preventing fires"]


def test_a_bare_count_after_a_grade_counts_areas() -> None:
    text = "The report found Kent Police to be ‘good’ in one area, ‘adequate’ in four and ‘requiring improvement’ in four."
    assert [(g, a) for _, g, a, _ in graded(text)] == [("good", "one area"), ("adequate", "four areas"),
                                                        ("requires_improvement", "four areas")]


def test_a_lead_in_with_a_stray_bullet_glyph_still_grades_its_list() -> None:
    text = ("Kent Fire and Rescue Service\n\nThis means we are ‘Good’ at: ·\n- Preventing fires.\n"
            "- Future affordability.\nWe have done a lot of work.")
    assert [a for _, _, a, _ in graded(text)] == ["Preventing fires", "Future affordability"]


def test_our_grades_the_speaker_only_where_it_owns_the_area() -> None:
    text = "Kent Police news\n\nOur response to emergencies is good. Our staff are good at listening."
    assert graded(text) == [("Kent Police", "good", "response to emergencies", False)]


def test_a_single_judgement_line_is_a_grading() -> None:
    text = "Kent Police crime data inspection\n\nOverall judgement: Inadequate\n\nThe force has made some progress."
    assert graded(text) == [("Kent Police", "inadequate", "Overall judgement", False)]


def test_clauses_joined_by_semicolons_are_not_a_list_of_areas() -> None:
    text = "Kent Police is good at investigating crime; it needs to improve its call handling; and its vetting is slow."
    assert [a for _, _, a, _ in graded(text)] == ["investigating crime"]


def test_grade_lines_under_a_short_judgements_heading() -> None:
    text = ("Kent Police PEEL inspection\n\nOur judgements\n\nGood\n\nInvestigating crime\n\nResponding to the public\n\n"
            "Adequate\n\nPreventing crime\n\nThe force serves a large county with many towns and villages.")
    assert [(g, a) for _, g, a, _ in graded(text)] == [("good", "Investigating crime"), ("good", "Responding to the public"),
                                                        ("adequate", "Preventing crime")]


def test_a_contrast_opens_a_clause_whose_own_body_is_graded() -> None:
    # several bodies in the sentence, the grade the phrases did not read in the clause after "but": its one body
    text = ("Police news\n\nSurrey Police and Sussex Police were rated 'good' for efficiency by inspectors, but Kent "
            "Police was told it 'requires improvement'.")
    assert [(s, g) for s, g, _, _ in graded(text)] == [("Surrey Police", "good"), ("Sussex Police", "good"),
                                                       ("Kent Police", "requires_improvement")]


def test_the_scale_listed_under_a_lead_in_grades_no_one() -> None:
    # the grades as bullets joined as a series ("Requires improvement; or"): the scale, not grades over areas
    text = ("Kent Police and Crime Commissioner\n\nEvery force is inspected each year and given one of four "
            "ratings for each pillar:\n\n  • Outstanding\n  • Good\n  • Requires improvement; or\n  • Inadequate\n\n"
            "The reports are published online.")
    assert graded(text) == []


def test_a_list_after_a_clause_of_its_own_is_not_graded() -> None:
    text = ("Kent Police news\n\nHMICFRS graded the force’s response as ‘Good’ but identified two areas for improvement: –\n\n"
            "  1. The quality of plans.\n  2. The management of offenders.\n")
    assert [(g, a) for _, g, a, _ in graded(text)] == [("good", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HMICFRS has graded Kent Police as ‘inadequate’ across all three inspection areas (effectiveness, "
         "efficiency and legitimacy).", ["effectiveness", "efficiency", "legitimacy"]),
        ("Kent Police was rated as 'good' for all three areas assessed this year: efficiency, effectiveness and "
         "legitimacy.", ["efficiency", "effectiveness", "legitimacy"]),
        ("Durham Fire and Rescue Service was rated good for each of the three main areas – effectiveness, "
         "efficiency and people, but the chief said more was to do.", ["effectiveness", "efficiency", "people"]),
    ],
)
def test_a_count_of_areas_then_their_names(text: str, expected: list[str]) -> None:
    assert [g.area for g in extract_text(text).gradings] == expected


def test_a_chained_count_then_its_named_areas() -> None:
    text = ("Inspectors found Kent Police was ‘adequate’ in four areas and ‘required improvement’ in two others – "
            "investigating crime and leadership and force management.")
    assert graded(text) == [("Kent Police", "adequate", "four areas", False),
                            ("Kent Police", "requires_improvement", "investigating crime", False),
                            ("Kent Police", "requires_improvement", "leadership and force management", False)]


def test_a_chained_grade_after_a_copula_ends_the_area_before_it() -> None:
    """"'requires improvement' in four categories, is 'adequate' in three areas": the copula
    and grade after the comma open the next grade of the chain, not the area's words."""
    text = ("Inspectors gave Kent Police one ‘Good’ rating, said it ‘Requires Improvement’ in four categories, "
            "is ‘Adequate’ in three areas, and ‘Inadequate’ in one.")
    assert [(g[1], g[2]) for g in graded(text)][-3:] == [("requires_improvement", "four categories"),
                                                        ("adequate", "three areas"), ("inadequate", "one areas")]


def test_words_after_a_count_that_state_a_grade_name_no_areas() -> None:
    """"good in six areas – a remark and 'adequate' in one area": the part after the dash
    holding a grade goes on to that grade, so the count is the area of the first."""
    text = "Inspectors found that Kent Fire and Rescue Service was ‘good’ in six areas – a fine result and ‘adequate’ in one area."
    assert [(g[1], g[2]) for g in graded(text)] == [("good", "six areas"), ("adequate", "one area")]


def test_a_gerund_of_grading_with_counts_reads_the_chain() -> None:
    text = ("Kent Fire and Rescue Service was inspected this year. The inspection graded the service across 11 areas, "
            "rating two as ‘good’, two as ‘adequate’, six as ‘requires improvement’ and one as ‘inadequate’.")
    assert [g[1] for g in graded(text)] == ["good", "adequate", "requires_improvement", "inadequate"]


def test_a_predicate_grade_after_a_colon() -> None:
    text = ("Kent Police: PEEL 2016\n\nThe extent to which the force is legitimate at keeping people safe and reducing "
            "crime is: good.\n")
    assert [(g[0], g[1]) for g in graded(text)] == [("Kent Police", "good")]


def test_a_count_splits_a_part_joining_two_area_names() -> None:
    # "investigating crime and managing offenders" is also one known name; the count of three says it is two here
    text = ("Inspectors found Kent Police was ‘good’ in one area and ‘inadequate’ in three areas – "
            "responding to the public, investigating crime and managing offenders.\n\n")
    assert graded(text) == [("Kent Police", "good", "one area", False),
                            ("Kent Police", "inadequate", "responding to the public", False),
                            ("Kent Police", "inadequate", "investigating crime", False),
                            ("Kent Police", "inadequate", "managing offenders", False)]


def test_two_area_grade_rows_glued_on_one_list_line_give_a_row_each() -> None:
    text = ("The latest report graded Kent Police in three areas:\n\n"
            "  • Preventing crime – adequate. Treatment of the public – good\n"
            "  • Investigating crime – requires improvement\n")
    assert sorted(graded(text)) == [("Kent Police", "adequate", "Preventing crime", False),
                                    ("Kent Police", "good", "Treatment of the public", False),
                                    ("Kent Police", "requires_improvement", "Investigating crime", False)]


def test_a_list_longer_than_no_count_is_not_cut() -> None:
    text = "Kent Police was rated good in two areas: preventing crime and responding to the public, and adequate in four."
    assert graded(text) == [("Kent Police", "good", "preventing crime", False),
                            ("Kent Police", "good", "responding to the public", False),
                            ("Kent Police", "adequate", "four areas", False)]


def test_an_active_grade_of_a_possessive_object_names_its_areas() -> None:
    text = ("Cheshire Fire and Rescue Service was inspected.\n\n"
            "The inspectorate rated the fire service's effectiveness and efficiency as requiring improvement.")
    assert graded(text) == [("Cheshire Fire and Rescue Service", "requires_improvement", "effectiveness", False),
                            ("Cheshire Fire and Rescue Service", "requires_improvement", "efficiency", False)]


def test_a_list_item_naming_two_areas_is_two_gradings() -> None:
    text = ("Kent Fire and Rescue Service has been graded as good at:\n\n"
            "  • Understanding the risk of fire and other emergencies and responding to fires and other emergencies.\n"
            "  • Making best use of resources.\n")
    assert [g.area for g in extract_text(text).gradings] == [
        "Understanding the risk of fire and other emergencies", "responding to fires and other emergencies",
        "Making best use of resources"]


def test_it_stands_for_the_head_of_a_relative_clause_not_a_body_inside_it() -> None:
    text = ("Dorset and Kent have been told to improve. Kent also has to improve how it investigates crime.\n"
            "The force, which ended a shared back office deal with Essex in 2020, must also upgrade its IT.\n"
            "Overall, it was rated ‘good’ in one area and ‘adequate’ in four areas.")
    assert {g.subject for g in extract_text(text).gradings} == {"Kent Police"}


@pytest.mark.parametrize(
    "text",
    ["Kent Police received an overall grading of ‘requires improvement’, which was unchanged from last year.",
     "Kent Police were graded as ‘good’ for legitimacy, the same grading as they received last year."],
)
def test_a_grade_unchanged_from_last_year_is_current_and_historic(text: str) -> None:
    assert sorted(g.historic for g in extract_text(text).gradings) == [False, True]


def test_a_short_name_of_an_area_with_and_is_one_area() -> None:
    text = ("Kent Police: the report is divided into graded sections:\n\n"
            "· Crime Prevention – Good\n· Serious and Organised Crime – Good\n")
    assert [g.area for g in extract_text(text).gradings] == ["Crime Prevention", "Serious and Organised Crime"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent Fire and Rescue Service was inspected. The chair noted that six out of eleven areas were graded by "
         "the inspectorate as requiring improvement.", [("requires_improvement", "six areas", False)]),
        ("Kent Fire and Rescue Service was inspected. HMICFRS previously rated five areas as ‘good’.",
         [("good", "five areas", True)]),
    ],
)
def test_a_count_of_areas_graded_takes_the_body_named_before(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert [(g.grade, g.area, g.historic) for g in extract_text(text).gradings
            if g.subject == "Kent Fire and Rescue Service"] == expected


def test_list_lines_that_open_with_an_activity_then_its_grade() -> None:
    text = ("Kent Fire and Rescue Service was graded as follows:\n\n"
            "  • Responding to fire and other emergencies, graded as Requires Improvement\n"
            "  • Making best use of its fleet and buildings, graded as Adequate\n")
    assert [(g.grade, g.area) for g in extract_text(text).gradings] == [
        ("requires_improvement", "Responding to fire and other emergencies"),
        ("adequate", "Making best use of its fleet and buildings")]


def test_in_respect_of_a_pillar_is_the_pillar() -> None:
    from crosswalk.extraction.grading_common import area_key

    found = extract_text("Kent Police has been assessed as good in respect of the efficiency with which it keeps people safe.")
    assert [g.area for g in found.gradings] == ["the efficiency"]
    assert area_key("the efficiency") == area_key("The extent to which the force is efficient at keeping people safe is")


def test_rest_of_a_compound_preposition_is_no_part_of_the_area_key() -> None:
    """An area cut after "in" of "in respect of" / "in terms of" keys as the pillar it names,
    so the pillar graded again in other words is one grading, not two."""
    from crosswalk.extraction.grading_common import area_key

    assert area_key("respect of the efficiency") == area_key("is efficient at keeping people safe and reducing crime")
    assert area_key("terms of how effective it is") == area_key("effectiveness")
    assert area_key("respect of its effectiveness at keeping people safe") == area_key("effectiveness")
    assert area_key("relation to crime recording") == area_key("crime recording")


def test_area_expressions_name_word_lists_and_an_unknown_name_fails(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """{{area_nouns}} in an area expression is the list of that name; a misspelt name is refused on load."""
    from crosswalk.extraction.grading_vocabulary import area_expression, grading_words
    from crosswalk.resources import patterns_dir

    assert area_expression("referring_area").match("all three key strands")
    data = json.loads((patterns_dir() / "grading_words.json").read_text(encoding="utf-8"))
    data["area_expressions"]["referring_area"] = data["area_expressions"]["referring_area"].replace("{{area_nouns}}",
                                                                                                    "{{area_noun}}")
    copy = shutil.copytree(patterns_dir(), tmp_path / "patterns")
    (copy / "grading_words.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv("CROSSWALK_PATTERNS", str(copy))
    grading_words.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"referring_area names unknown list \{\{area_noun\}\}"):
            grading_words()
    finally:
        monkeypatch.delenv("CROSSWALK_PATTERNS")
        grading_words.cache_clear()


def test_a_count_of_questions_or_strands_names_its_areas() -> None:
    found = {(g.subject, g.area) for g in extract_text(
        "Kent Police was rated good in all three questions: preventing crime, treatment of the public and "
        "managing offenders.").gradings}
    assert found == {("Kent Police", "preventing crime"), ("Kent Police", "treatment of the public"),
                     ("Kent Police", "managing offenders")}


def test_unquoted_grades_opening_the_lines_of_a_list_take_the_lead_ins_body() -> None:
    text = ("The report rates Kent Police as being:\n\n  • good in reducing crime and keeping people safe;\n"
            "  • good in operating efficiently; and\n  • adequate in the way it treats the public.\n")
    assert graded(text) == [("Kent Police", "good", "reducing crime and keeping people safe", False),
                            ("Kent Police", "good", "operating efficiently", False),
                            ("Kent Police", "adequate", "the way it treats the public", False)]


def test_questions_a_page_answers_with_a_bracketed_grade_are_rows() -> None:
    text = ("Kent Police has kept its grades.\n\nThe inspectorate graded four questions:\n\n"
            "  • How effective is the force at tackling serious crime? (Outstanding)\n"
            "  • How effective is the force at preventing crime? (Good)\n")
    assert [(s, g) for s, g, _, _ in graded(text)] == [("Kent Police", "outstanding"), ("Kent Police", "good")]


def test_a_count_of_grades_after_a_quantity_lead_is_the_documents_bodys() -> None:
    text = ("Kent Police congratulated on its inspection\n\nThe inspectorate published its report today.\n\n"
            "A total of six outstanding grades and two good grades were awarded across the pillars.\n")
    assert [(s, g, a) for s, g, a, _ in graded(text)] == [("Kent Police", "outstanding", "six areas"),
                                                          ("Kent Police", "good", "two areas")]


def test_a_maintained_rating_is_held_now_and_before() -> None:
    assert graded("Kent Police has maintained its \u2018good\u2019 rating from inspectors.") == [
        ("Kent Police", "good", None, False), ("Kent Police", "good", None, True)]


OPENING = "Kent Police published its plan today. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last week inspectors handed the unit a ‘good’ in preventing crime.", [("Kent Police", "good", "preventing crime")]),
        ("Inspectors gave a good rating to its work with partners.", [("Kent Police", "good", None)]),
        ("Inspectors handed the unit a ‘good’ in its last inspection.", [("Kent Police", "good", None)]),
    ],
)
def test_fallback_grades_the_body_named_before(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """A grade in grading position that no phrase reads grades the body the sentence
    before names; the area is the phrase after it, none when it names an occasion."""
    found = extract_text(OPENING + text).gradings
    assert [(g.subject, g.grade, g.area) for g in found] == expected
    assert all(g.rule == "grading-fallback" for g in found)


def test_fallback_carries_the_body_past_sentences_naming_none_to_a_grade_leading_in_a_list() -> None:
    """A grade that leads in a list ("'requires improvement' include:", "Under the 'adequate'
    grade were: A; B") grades the body named up to three sentences before it (a quote or an
    aside between), one row per area listed; a grade that leads in nothing reaches only the
    sentence before."""
    text = ("Kent Fire and Rescue Service was rated inadequate at fire safety.\n"
            "The chief fire officer said work to address failings had begun.\n"
            "Other things listed in the report as \"requiring improvement\" include:\n"
            "- Preventing fires through home visits.\n- Answering calls quickly.\n")
    assert [(s, g, a) for s, g, a, _ in graded(text)] == [
        ("Kent Fire and Rescue Service", "inadequate", "fire safety"),
        ("Kent Fire and Rescue Service", "requires_improvement", "Preventing fires through home visits"),
        ("Kent Fire and Rescue Service", "requires_improvement", "Answering calls quickly")]
    text = ("Kent Police was rated good for answering calls. This is a big rise since 2023. "
            "Under the 'adequate' grade were: recording crime; preventing crime; managing orders and leadership.")
    assert [(s, g, a) for s, g, a, _ in graded(text)] == [
        ("Kent Police", "good", "answering calls"), ("Kent Police", "adequate", "recording crime"),
        ("Kent Police", "adequate", "preventing crime"), ("Kent Police", "adequate", "managing orders"),
        ("Kent Police", "adequate", "leadership")]
    text = ("Kent Police was rated good for answering calls. This is a big rise since 2023. "
            "The aim is to lift every area to 'outstanding' soon.")
    assert [(s, g) for s, g, _, _ in graded(text)] == [("Kent Police", "good")]


def test_fallback_reads_a_grade_the_phrases_left_in_their_sentence() -> None:
    """The phrases read the first grade of a sentence; a second grade they did not read
    there is the fallback's."""
    found = extract_text(OPENING + "It was “good” in three areas – including responding to the public – and "
                         "“adequate” at managing offenders.").gradings
    assert ("Kent Police", "adequate", "managing offenders") in [(g.subject, g.grade, g.area) for g in found]


def test_fallback_gives_each_body_listed_after_were() -> None:
    found = extract_text("The forces described as “inadequate” were: Kent Police and Essex Police.").gradings
    assert [(g.subject, g.grade) for g in found] == [("Kent Police", "inadequate"), ("Essex Police", "inadequate")]


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors never called the unit ‘inadequate’.",  # negation
        "Would inspectors call the unit ‘outstanding’?",  # a question
        "The unit was graded ‘good’ or ‘excellent’ by inspectors.",  # a choice
        "Inspectors use the grades “outstanding”, “good” and “inadequate”.",  # the scale
        "Its handling of calls was described as “inadequate” in 17 cases.",  # counted cases
        "Eight were given a ‘good’ rating.",  # a count as the subject
        "Forces described as “inadequate” are monitored.",  # a class of bodies
        "Two recommendations remain outstanding.",  # not yet done
        "Its handling of calls is inadequate for the size of the county.",  # a thing, not a body
    ],
)
def test_fallback_guards(text: str) -> None:
    assert extract_text(OPENING + text).gradings == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent Police was rated ‘good’ (just one level below an ‘outstanding’ grading) overall.", ["good"]),
        ("Inspectors put Kent Police in the ‘requires improvement’ category, a step above the lowest grade, ‘inadequate’.",
         ["requires_improvement"]),
        ("Kent Police was inspected.\n\n· Adequate – the force has shown some of the characteristics we look for.\n",
         []),
        ("Essex Police was rated ‘requires improvement’ overall, which is one below ‘adequate’ and one above the "
         "lowest rating of ‘inadequate’.", ["requires_improvement"]),
        ("Essex Police was rated ‘good’ overall. The top possible grade is ‘outstanding’.", ["good"]),
        ("For its latest inspections of Essex County Fire and Rescue Service the inspectorate introduced a new "
         "grading of ‘adequate’.", []),
    ],
)
def test_a_grade_named_as_a_point_of_the_scale_grades_no_one(text: str, expected: list[str]) -> None:
    """A grade placed on the scale ("one level below", "a step above", "one above the
    lowest rating of", "the top possible grade is"), newly brought into it ("introduced a
    new grading of") or defined on its own line explains the scale; it grades no one."""
    assert [g for _, g, _ in gradings(text)] == expected


def test_fallback_needs_one_body() -> None:
    text = "Kent Police and Essex Police published plans today. Inspectors called the unit ‘outstanding’."
    assert extract_text(text).gradings == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The inspectorate named three forces as 'inadequate' in how they protect victims. Kent, Essex and Surrey "
         "were told to act at once.",
         [("Kent Police", "inadequate", False), ("Essex Police", "inadequate", False), ("Surrey Police", "inadequate", False)]),
        ("Kent Police was rated outstanding. The other forces inspected were all rated 'good' for their audits. "
         "They were Durham, Dorset and Cumbria.",
         [("Kent Police", "outstanding", False), ("Durham Constabulary", "good", False), ("Dorset Police", "good", False),
          ("Cumbria Constabulary", "good", False)]),
        # a class of bodies that lists none grades no one body, not the body named last
        ("Kent Police was rated outstanding for legitimacy. All other forces were judged as 'good'.",
         [("Kent Police", "outstanding", False)]),
        # a class as the object of an active verb grades no one body either
        ("Kent Police was inspected in May. The inspectors rated one force as 'good' and two forces as 'inadequate'.",
         []),
        # the bodies a class holds, named after the grade by "including" or "among them"
        ("Fire inspections news\n\nJust nine services were judged 'good' in every area, including Kent Fire and "
         "Rescue Service and Cumbria Fire and Rescue Service.",
         [("Kent Fire and Rescue Service", "good", False), ("Cumbria Fire and Rescue Service", "good", False)]),
        ("Police inspections news\n\nSeveral forces were graded 'inadequate' this year, among them Essex Police.",
         [("Essex Police", "inadequate", False)]),
        # the bodies a class names as its examples before the grade; the clause after "while" has its own
        # body, graded now and before ("still")
        ("Crime recording news\n\nThe review criticised Essex Police. Other forces such as Kent have been "
         "judged 'good' after changes, while some like Surrey still 'require improvement'.",
         [("Kent Police", "good", False), ("Surrey Police", "requires_improvement", False),
          ("Surrey Police", "requires_improvement", True)]),
        # the list must hold as many bodies as the class counts
        ("The inspectorate named two forces as 'inadequate'. Kent, Essex and Surrey were told to act at once.", []),
    ],
)
def test_a_class_of_bodies_grades_the_bodies_listed_next(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert gradings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fire services were inspected last year. Avon was rated 'inadequate' at protecting the public, and Cornwall "
         "was rated 'good'.",
         [("Avon Fire and Rescue Service", "inadequate", False), ("Cornwall Fire and Rescue Service", "good", False)]),
        ("Avon was rated 'good' by the police inspectorate.", []),  # the sector is police: no fire service
        ("Fire crews in Cornwall were rated 'good' by inspectors.", []),  # a place after "in" is where, not who
    ],
)
def test_a_place_name_stands_for_its_fire_service_where_the_sector_is_fire(
        text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert gradings(text) == expected


def test_a_bare_grade_line_grades_the_question_above_it() -> None:
    """An inspection page answers each question with a line that is only a grade; the
    page's summary restates the pillar's grade in prose, which is not a second grading."""
    text = ("Kent Fire and Rescue Service 2024\n\nHow well does the service look after its people?\n\n"
            "Last updated 01/02/2024\nRequires improvement\n\n"
            "Overall, Kent Fire and Rescue Service requires improvement at looking after its people.\n\n"
            "How well does the service promote its values and culture?\n\nGood\n\nAreas for improvement\n\n"
            "The service should review its staff survey.\n")
    assert gradings(text) == [("Kent Fire and Rescue Service", "requires_improvement", False),
                              ("Kent Fire and Rescue Service", "good", False)]


def test_bare_grade_cells_of_a_table_flattened_with_bars() -> None:
    text = ("Essex Police was inspected in 2023.\n\nQuestion | Grade |\n"
            "How well does the force train its staff? | Good | How well does it plan for the future? | "
            "Requires improvement |\n")
    assert graded(text) == [("Essex Police", "good", "train its staff", False),
                            ("Essex Police", "requires_improvement", "How well does it plan for the future", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police was inspected.\n\nThe grades are:\n\nOutstanding\n\nGood\n\nRequires improvement\n\nInadequate\n",
        "Kent Police was inspected.\n\nThe chair said the meeting went well.\n\nGood\n",
    ],
)
def test_a_grade_scale_or_a_lone_grade_under_a_sentence_grades_nothing(text: str) -> None:
    assert gradings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Report of 3 May 2019.\n\nThe report has graded Kent Police as 'Requires Improvement', a grade higher than "
         "last year's grade.", [("Kent Police", "requires_improvement", False)]),
        ("Report of 2018.\n\nThe report finds that Essex Police requires improvement, in contrast to the previous "
         "year's assessment, which judged the force to be good.",
         [("Essex Police", "requires_improvement", False), ("Essex Police", "good", True)]),
        ("Despite the changes of the past three years, Surrey Police is rated as good overall.",
         [("Surrey Police", "good", False)]),
        ("Despite a previous inspection that rated it inadequate, Kent Police is now rated as good.",
         [("Kent Police", "inadequate", True), ("Kent Police", "good", False)]),
    ],
)
def test_a_historic_cue_in_a_comparison_dates_only_what_is_compared(text: str,
                                                                    expected: list[tuple[str, str, bool]]) -> None:
    assert gradings(text) == expected


@pytest.mark.parametrize(
    ("text", "historic"),
    [
        ("Inspectors last inspected how Kent Police records crime in 2017. That inspection found many problems "
         "and the force was graded 'inadequate'. The force has improved a great deal by 2020.", True),
        ("We published the report on Kent Police in May 2017. As a result, Kent Police was given an overall "
         "judgment of inadequate. In 2020 we looked again.", True),
        ("Inspectors last inspected Kent Police in 2017. The report published today grades Kent Police as "
         "'good'. We looked again in 2020.", False),
        ("Inspectors last inspected Kent Police in 2017.\nThe report grades Kent Police as 'good'. In 2020 it "
         "was revisited.", False),
        ("Kent Police was inspected in 2017 and after the inspection in 2020 it improved. The report grades Kent "
         "Police as 'good'.", False),
    ],
)
def test_a_sentence_pointing_back_takes_the_date_of_the_one_before(text: str, historic: bool) -> None:
    """"That inspection ...", "As a result, ...": the grade is of the earlier inspection the
    sentence before dates, unless the sentence dates itself now, opens a new paragraph, or
    follows one whose date of old stops before its end (a year of now ends its reach)."""
    assert [g.historic for g in extract_text(text).gradings] == [historic]


@pytest.mark.parametrize(
    ("text", "grade", "historic"),
    [
        ("Wiltshire Police is now rated good at preventing crime. The previous report in 2021 found Wiltshire "
         "Police to be 'inadequate' in responding to the public. It was also found to 'require improvement' in "
         "investigating crime. The report was published in 2024.", "requires_improvement", True),
        ("Wiltshire Police is now rated good at preventing crime.\n\nThis is a vast improvement from the previous "
         "report in 2021 that found Wiltshire Police to be 'Inadequate' - the lowest possible grading - in responding "
         "to the public.\n\nIt was also found to 'Require Improvement' in investigating crime. The report was "
         "published in 2024.", "requires_improvement", True),
        ("Wiltshire Police is now rated good at preventing crime. It was also found to be 'adequate' in "
         "investigating crime. The report was published in 2024.", "adequate", False),
        ("The previous report in 2021 found Wiltshire Police to be 'inadequate' in responding to the public. "
         "It is also now rated 'adequate' at investigating crime. The report was published in 2024.",
         "adequate", False),
        ("In a report released today, the inspectorate graded Lancashire Fire and Rescue Service 'good' in all "
         "areas, noting it had improved since its first inspection in 2018. It was also rated 'outstanding' at "
         "promoting the right values and culture. The report was published in 2022.", "outstanding", False),
    ],
)
def test_an_also_sentence_after_earlier_gradings_is_historic(text: str, grade: str, historic: bool) -> None:
    """"It was also found to ..." adds to the sentence before: after one that speaks only of
    an earlier inspection it is historic too; after a current grade, or where either sentence
    dates itself now, it is current."""
    assert [g.historic for g in extract_text(text).gradings if g.grade == grade] == [historic]


@pytest.mark.parametrize(
    ("text", "areas"),
    [
        ("Kent Police is good at tackling anti-social behaviour, including managing serious and organised crime.",
         ["tackling anti-social behaviour"]),
        ("“Kent Police is good at understanding demand,” the inspector said.", ["understanding demand"]),
        ("Kent Police is good at understanding demand, with teams having a strong identity.", ["understanding demand"]),
    ],
)
def test_a_tail_that_qualifies_an_area_is_no_area(text: str, areas: list[str]) -> None:
    """", including C" (one thing), ", with ...", "...,” she said" qualify the area or close
    a quotation."""
    assert [g.area for g in extract_text(text).gradings] == areas


def test_an_including_tail_naming_areas_grades_them() -> None:
    """", including A and B" names areas graded: a row each, besides the area before it."""
    text = ("Kent Fire and Rescue Service is good at keeping people safe, including preventing fires and other "
            "risks and responding to national risks.")
    assert len(extract_text(text).gradings) == 3


def test_a_table_flattened_with_single_spaces_is_read_row_by_row() -> None:
    """"Area Grade" lines (a judgements table whose cells lost their separators) are rows
    when two or more stand together; a gloss in brackets is no area, and a sentence that
    ends on a grade is not a row."""
    text = ("Kent Police\n\nOur judgements\n\nArea Grade\nInvestigating crime Good\n"
            "Efficiency (how we manage our money) Requires improvement\nProtecting vulnerable people Adequate\n")
    assert [(g.grade, g.area) for g in extract_text(text).gradings] == [
        ("good", "Investigating crime"), ("requires_improvement", "Efficiency"), ("adequate", "Protecting vulnerable people")]


def test_a_second_grade_leading_in_a_list_grades_each_item() -> None:
    """"It was rated 'adequate' at A, but 'inadequate' in:" and a list: each item is an area
    graded inadequate, for the body the sentence's first grade was given to."""
    text = ("Kent Police was inspected in 2024.\n\nIt was rated ‘adequate’ at managing offenders, but ‘inadequate’ in:\n\n"
            "  • investigating crime\n\n  • responding to the public\n\nThe force has a plan.")
    assert sorted((g.grade, g.area) for g in extract_text(text).gradings) == [
        ("adequate", "managing offenders"), ("inadequate", "investigating crime"), ("inadequate", "responding to the public")]


@pytest.mark.parametrize(
    ("lines", "areas"),
    [
        ("Good – Treating the public with fairness and respect\nGood – Managing offenders and suspects\n",
         ["Treating the public with fairness and respect", "Managing offenders and suspects"]),
        ("Adequate – Responding to the public, preventing crime and protecting vulnerable people\n"
         "Good – Developing a positive workplace\n",
         ["Responding to the public", "preventing crime", "protecting vulnerable people", "Developing a positive workplace"]),
    ],
)
def test_a_row_label_is_one_area_unless_it_is_a_written_list(lines: str, areas: list[str]) -> None:
    """A table cell names one area ("... fairness and respect"); a label written as a list
    with commas names several."""
    assert [g.area for g in extract_text("Kent Police\n\n" + lines).gradings] == areas


@pytest.mark.parametrize(("before", "named"), [("The areas in which Kent Police was", True),
                                               ("The areas where it was", True),
                                               ("The areas in which our staff said they were", False)])
def test_the_subject_of_an_areas_before_clause_is_a_pronoun_the_or_a_capitalised_name(before: str, named: bool) -> None:
    """The expression is case-blind, so a name's capital must be asked for on its own: any
    five lower-case words would otherwise pass for a body's name."""
    from crosswalk.extraction.grading_vocabulary import expressions

    assert bool(expressions().areas_before.search(before)) is named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The extent to which Essex Police is effective at keeping people safe and reducing crime is good.\n\n"
         "Essex Police is good at keeping people safe and reducing crime. It is good at investigating crime.",
         ["is effective at keeping people safe and reducing crime", "investigating crime"]),
        ("The extent to which Essex County Fire and Rescue Service is effective at keeping people safe and secure "
         "from fire and other risks requires improvement.\n\nThe service requires improvement in the way it keeps "
         "people safe and secure.",
         ["is effective at keeping people safe and secure from fire and other risks"]),
        ("Essex Police’s overall effectiveness is good. Essex Police is good at keeping people safe and reducing "
         "crime.", ["overall effectiveness"]),
        # the pillar named with other words: the activity stays a grading of its own
        ("Essex Police's effectiveness in reducing crime was rated good. Essex Police is good at keeping people safe.",
         ["effectiveness in reducing crime", "keeping people safe"]),
    ],
)
def test_the_effectiveness_pillars_defining_words_restate_its_grade(text: str, expected: list[str]) -> None:
    """"X is good at keeping people safe and reducing crime" beside "the extent to which X
    is effective at keeping people safe and reducing crime is good" restates the pillar's
    grade in the words that define it: one grading, not two."""
    assert [g.area for g in extract_text(text).gradings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive list of pillars: one row per pillar
        ("Inspectors rated Essex Police as 'good' for its effectiveness, efficiency and legitimacy.",
         ["effectiveness", "efficiency", "legitimacy"]),
        # a lone count of one grade followed by as many pillars grades the pillars, not a count
        ("Inspectors gave Kent Fire and Rescue Service three 'good' ratings in its effectiveness, efficiency and "
         "people categories.", ["effectiveness", "efficiency", "people"]),
        ("Kent Fire and Rescue Service was pleased to receive two 'good' judgements across the two areas "
         "(effectiveness and efficiency) inspected this year.", ["effectiveness", "efficiency"]),
        # the pillars open the sentence
        ("Kent Fire and Rescue Service report.\nIn all the three main areas of effectiveness, efficiency and people – "
         "the service was rated as 'good'.", ["effectiveness", "efficiency", "people"]),
        ("In terms of effectiveness and efficiency, Kent Fire and Rescue Service was found to be 'good' in each area.",
         ["effectiveness", "efficiency"]),
    ],
)
def test_a_grade_given_to_listed_pillars_is_one_row_per_pillar(text: str, expected: list[str]) -> None:
    assert [g.area for g in extract_text(text).gradings if g.grade == "good"] == expected


def test_a_count_of_requires_improvement_ratings_is_a_count_row() -> None:
    text = "Kent Fire and Rescue Service has received two 'requires improvement' ratings and one 'good' rating."
    assert [(g.grade, g.area) for g in extract_text(text).gradings] == [
        ("requires_improvement", "two areas"), ("good", "one areas")]


def test_several_areas_beside_the_named_areas_adds_no_row() -> None:
    text = ("Kent Police was found to be inadequate in several areas, inspectors said. It was inadequate at "
            "responding to the public. It was also inadequate at investigating crime and inadequate at managing "
            "offenders.")
    assert [g.area for g in extract_text(text).gradings] == [
        "responding to the public", "investigating crime", "managing offenders"]


def test_pillars_listed_before_as_in_a_fallback_sentence() -> None:
    text = "Kent Fire and Rescue Service news.\nThe report had singled out both Efficiency and Effectiveness as 'good'."
    assert [g.area for g in extract_text(text).gradings] == ["Efficiency", "Effectiveness"]


@pytest.mark.parametrize(
    "text",
    ["Essex Police requires improvement in respect of its effectiveness at keeping people safe and reducing crime.",
     "Essex Police has been assessed as requiring improvement in respect of how effective it is at keeping people safe "
     "and reducing crime."])
def test_a_pillar_owned_and_defined_by_its_tagline_is_one_area(text: str) -> None:
    """"its effectiveness at keeping people safe and reducing crime" is the pillar in its
    own words: one grading, not a second one for "reducing crime"."""
    from crosswalk.extraction.grading_common import area_key

    found = extract_text(text).gradings
    assert [(g.subject, g.grade) for g in found] == [("Essex Police", "requires_improvement")]
    assert area_key(found[0].area) == area_key("effectiveness")


def test_a_pillar_owned_at_another_question_is_that_question() -> None:
    """"Its effectiveness at investigating crime and reducing re-offending" grades the PEEL
    question, not the pillar, so it is not folded into the pillar's own grade; the pillar
    in its own words is the pillar."""
    from crosswalk.extraction.grading_common import area_key

    assert area_key("its effectiveness at investigating crime and reducing re-offending") == area_key(
        "investigating crime and reducing re-offending")
    assert area_key("its effectiveness at keeping people safe and reducing crime") == area_key("effectiveness")


@pytest.mark.parametrize(
    ("text", "areas"),
    [("Inspectors judged Kent Fire and Rescue Service inadequate at its efficiency and how it looks after staff.",
      ["efficiency", "how it looks after staff"]),
     ("Kent Fire and Rescue Service was rated good for its effectiveness, efficiency and how well it trains and "
      "supports its staff.",
      ["effectiveness", "efficiency", "how well it trains and supports its staff"])])
def test_pillars_then_the_third_in_a_clause_are_one_area_each(text: str, areas: list[str]) -> None:
    """Pillars named alone then the last in a clause's words ("how it looks after ..."):
    one grading per part, the clause kept whole."""
    assert [g.area for g in extract_text(text).gradings] == areas



@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Essex Police is good at investigating crimes and reducing re-offending.",
         "investigating crimes and reducing re-offending"),
        ("Essex Police requires improvement at preventing crime, tackling anti-social behaviour (ASB) and keeping "
         "people safe.", "preventing crime, tackling anti-social behaviour"),  # the area read ends at the bracket
        ("Essex Police requires improvement in the way it protects vulnerable people from harm and supports victims.",
         "the way it protects vulnerable people from harm and supports victims"),
    ],
)
def test_a_known_joined_area_in_other_word_forms_is_one_area(text: str, area: str) -> None:
    """A PEEL question's name written with a plural, an abbreviation in brackets or its
    verbs conjugated is still one area, not one grading per "and"."""
    assert [g[2] for g in graded(text)] == [area]


def test_areas_beside_a_known_joined_name_are_still_split() -> None:
    from crosswalk.extraction.grading_lists import split_areas

    assert split_areas("managing offenders and suspects and investigating crime") == [
        "managing offenders and suspects", "investigating crime"]
    # an activity on "them" acts on the object named before it: one area, as labelled
    assert split_areas("keeping vulnerable people safe and protecting them from harm") == [
        "keeping vulnerable people safe and protecting them from harm"]


def test_the_effectiveness_pillars_own_phrase_is_one_area() -> None:
    """The effectiveness pillar in its own words ("keeping people safe and tackling crime",
    either order) is one graded area, not two activities: gold gives one row (NOTES, gold
    audit 2 of round 60, question 5)."""
    from crosswalk.extraction.grading_lists import split_areas

    for area in ("keeping people safe and tackling crime", "cutting crime and keeping people safe"):
        assert split_areas(area) == [area]
    text = "Kent Police was rated good at cutting crime and keeping people safe, including managing its demand."
    assert [(g.grade, g.area) for g in extract_text(text).gradings] == [("good", "cutting crime and keeping people safe")]


def test_a_pillar_at_a_known_area_is_that_area_not_the_pillar() -> None:
    """"Its effectiveness at investigating crime and reducing re-offending also requires
    improvement" grades a PEEL question, not the effectiveness pillar graded before it."""
    text = ("Essex Police requires improvement in respect of its effectiveness at keeping people safe and reducing "
            "crime. Its effectiveness at investigating crime and reducing re-offending also requires improvement.")
    assert [g[2] for g in graded(text)] == ["its effectiveness at keeping people safe and reducing crime",
                                            "effectiveness at investigating crime and reducing re-offending"]


def test_an_area_named_later_never_reaches_back_to_an_earlier_grade() -> None:
    """The list rule runs before the rule that reads the earlier sentence: the later
    sentence's last area must not be carried back to it."""
    text = ("Kent Police has been assessed by the inspectorate.\n\n"
            "The inspection gives grades in eight areas - with only one, 'responding to the public', found to be outstanding.\n\n"
            "Three categories were rated 'good' - including 'preventing crime', 'investigating crime', and 'managing offenders'.\n")
    rows = graded(text)
    assert ("Kent Police", "good", "managing offenders", False) in rows
    assert [area for _, grade, area, _ in rows if grade == "outstanding"] != ["managing offenders"]


@pytest.mark.parametrize(
    ("text", "areas"),
    [
        ("Norfolk Constabulary was found to require improvement in relation to effectiveness and efficiency.",
         ["effectiveness", "efficiency"]),
        ("Kent Police requires improvement in respect of legitimacy and leadership.", ["legitimacy", "leadership"]),
    ],
)
def test_in_relation_to_and_in_respect_of_open_the_areas_graded(text: str, areas: list[str]) -> None:
    """"requires improvement in relation to A and B" grades A and B, as "at A and B" does
    (not one area named "relation to A and B")."""
    assert [a for _, _, a, _ in graded(text)] == areas


@pytest.mark.parametrize(
    ("text", "areas"),
    [
        ("Essex County Fire and Rescue Service was rated adequate at preventing fire and risk as well as "
         "responding to fires and emergencies.",
         ["preventing fire and risk", "responding to fires and emergencies"]),
        ("Avon and Somerset Constabulary was rated good in preventing crime and anti-social behaviour as well as "
         "at managing offenders.",
         ["preventing crime and anti-social behaviour", "managing offenders"]),
    ],
)
def test_as_well_as_joins_a_second_area_to_the_grade(text: str, areas: list[str]) -> None:
    """"adequate at A as well as B" grades two areas."""
    assert [a for _, _, a, _ in graded(text)] == areas


def test_as_well_as_before_a_long_clause_adds_no_area() -> None:
    """"..., as well as remaining on track to save £20 million by 2018": a clause of its own, no area."""
    text = ("The report found Devon and Cornwall Police was good at reducing crime, as well as remaining on track "
            "to achieve £20 million of savings by 2018.")
    assert len(graded(text)) == 1


def test_the_vetting_inspections_area_on_a_line_of_its_own_is_graded() -> None:
    """A vetting inspection states its one judgement as "Area: grade" under its title; the
    area is the vetting inspection's own name, so the line is a judgement, not prose."""
    text = ("Inspection of vetting arrangements in Durham Constabulary\n\n"
            "Vetting, IT monitoring and counter-corruption: adequate\n\n"
            "We inspected the force in the spring and set out below what we found.")
    assert graded(text) == [("Durham Constabulary", "adequate", "Vetting, IT monitoring and counter-corruption", False)]


def test_best_use_of_its_resources_is_a_known_area_beside_another() -> None:
    """"good at making best use of its resources and future affordability": two fire and
    rescue questions, the first in the press's "its" form of its name."""
    text = "Inspectors said Cleveland Fire Brigade is good at making best use of its resources and future affordability."
    assert [a for _, _, a, _ in graded(text)] == ["making best use of its resources", "future affordability"]


def test_areas_opening_the_sentence_before_all_graded_are_each_graded() -> None:
    """"A, B and C were all graded as ...": the areas open the sentence and "all" stands
    between them and the grade; each area is a grading of the body named before."""
    text = ("Dyfed-Powys Police was inspected last spring. Responding to the public, protecting vulnerable people "
            "and leadership and force management were all graded as requiring improvement.")
    assert [a for _, _, a, _ in graded(text)] == ["Responding to the public", "protecting vulnerable people",
                                                  "leadership and force management"]


def test_across_a_number_of_areas_including_a_list_grades_each_listed_area() -> None:
    """"good across a number of areas including A, B and C": the areas named after
    "including" are graded, not the vague count."""
    text = ("Norfolk Constabulary was judged 'good' across a number of important areas including tackling "
            "organised crime, working with local partners and supporting victims.")
    areas = [a for _, _, a, _ in graded(text)]
    assert areas[-3:] == ["tackling organised crime", "working with local partners", "supporting victims"]


def test_the_three_peel_pillar_taglines_in_one_list_are_three_areas() -> None:
    """The 2018/19 PEEL pillars in their taglines ("its effectiveness in reducing crime and
    keeping people safe, providing sustainable services to the public, and the way it
    treats the public and its workforce") are three areas; the last keeps "the public and
    its workforce" whole."""
    text = ("Cumbria Constabulary was rated good overall for its effectiveness in reducing crime and keeping people "
            "safe, providing sustainable services to the public, and the way it treats the public and its workforce.")
    assert len(graded(text)) == 3


def test_for_how_it_does_one_thing_and_how_another_is_two_areas() -> None:
    """"for how it X, and how it Y": two areas, each a "how" clause."""
    text = "Inspectors rated Essex Police as 'inadequate' for how it handles calls, and how it supports victims."
    assert [a for _, _, a, _ in graded(text)] == ["how it handles calls", "how it supports victims"]


def test_both_before_the_preposition_after_the_grade_opens_the_areas() -> None:
    """"rated as outstanding both for A and B": "both" stands before the preposition that
    opens the areas; each is graded."""
    text = "The inspectorate rated Merseyside Fire and Rescue Service as 'good' both for understanding risk and protecting the public."
    assert [a for _, _, a, _ in graded(text)] == ["understanding risk", "protecting the public"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Essex Fire and Rescue Service was assessed on 11 separate areas. Five were rated “good”, four were rated "
         "“requires improvement” and two were rated “inadequate”.",
         [("good", "five areas"), ("requires_improvement", "four areas"), ("inadequate", "two areas")]),
        ("Essex County Fire and Rescue Service was assessed in 11 different areas. Five were rated \"good\", four were "
         "rated \"requires improvement\" and two were rated \"inadequate\".",  # each later phrase repeats its chained count
         [("good", "five areas"), ("requires_improvement", "four areas"), ("inadequate", "two areas")]),
        ("Kent Police was inspected again. This time 8 areas were graded – 3 of which were Good, 1 was Adequate and "
         "4 were Requires Improvement.",
         [("good", "3 areas"), ("adequate", "one area"), ("requires_improvement", "4 areas")]),
        ("Kent Fire and Rescue Service was inspected. Its protection work was one of six areas judged to be "
         "“adequate”, compared to five which were “good”.",
         [("adequate", "protection work was one of six areas"), ("good", "five areas")]),
    ],
)
def test_a_bare_count_of_areas_counted_before_is_graded(text: str, expected: list[tuple[str, str | None]]) -> None:
    """"There are 11 areas ... Six were rated good, four ...": a bare count that stands for
    areas counted just before is a count row of the body named last; the counts chained
    after a comma are read too."""
    assert sorted((g, a) for _, g, a, _ in graded(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police published its plan today. Eight were given a ‘good’ rating.",  # no areas counted before
        "Kent Police was one of 43 forces in 11 areas of the country inspected. Of those forces, 33 were rated good.",
    ],
)
def test_a_bare_count_of_nothing_counted_or_of_bodies_is_no_grading(text: str) -> None:
    assert [g for g in graded(text) if g[2] and g[2].endswith(("areas", "area"))] == []


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Durham Constabulary is good at identifying repeat and vulnerable victims.",
         ["identifying repeat and vulnerable victims"]),
        ("Avon Fire and Rescue Service requires improvement at preventing fires and other risks.",
         ["preventing fires and other risks"]),
        ("Essex Police is rated adequate at managing the risk posed by violent and sexual offenders.",
         ["managing the risk posed by violent and sexual offenders"]),
    ],
)
def test_an_and_inside_one_activity_joins_no_two_areas(text: str, area: str) -> None:
    """Two nouns or adjectives inside one activity's object are one area, not one
    grading per "and"."""
    assert [g[2] for g in graded(text)] == area


def test_an_and_before_an_activity_or_a_known_area_still_splits() -> None:
    from crosswalk.extraction.grading_lists import list_parts, split_areas

    assert split_areas("responding to the public and investigating crime") == ["responding to the public", "investigating crime"]
    assert list_parts("how it protects vulnerable people, identifying repeat and vulnerable victims, its leadership") == [
        "how it protects vulnerable people", "identifying repeat and vulnerable victims", "its leadership"]
    assert list_parts("supporting the workforce and force management") == ["supporting the workforce", "force management"]
    assert list_parts("Effectiveness, Response and Understanding Risk") == ["Effectiveness", "Response", "Understanding Risk"]
    assert list_parts("managing offenders and crime recording") == ["managing offenders", "crime recording"]
    assert list_parts("how it protected victims and managed offenders") == ["how it protected victims", "managed offenders"]


def test_an_and_opening_a_clause_or_a_named_quality_splits_two_areas() -> None:
    """"the way it X and how it Y", "the way it X and the affordability of Y": each part
    is an area; "the way it treats the public and its workforce" stays one."""
    from crosswalk.extraction.grading_lists import split_areas

    assert split_areas("the way it trains crews and how it plans for incidents") == [
        "the way it trains crews", "how it plans for incidents"]
    assert split_areas("the way it uses resources and the affordability of its service") == [
        "the way it uses resources", "the affordability of its service"]
    assert split_areas("the way it treats the public and its workforce") == ["the way it treats the public and its workforce"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cumbria Fire and Rescue Service has improved its rating from ‘inadequate’ in this area to ‘good’.",
         [("inadequate", True), ("good", False)]),
        ("An action plan helped Cumbria Fire and Rescue Service progress from good to outstanding in prevention.",
         [("good", True), ("outstanding", False)]),
        ("The efficiency of Cumbria Constabulary had decreased from a good rating.", [("good", True)]),
        ("Cumbria Constabulary lost both its ‘good’ ratings.", [("good", True)]),
    ],
)
def test_a_comparison_names_the_past_grade_and_the_present_one(text: str, expected: list[tuple[str, bool]]) -> None:
    """The comparison's verb and direction say which grade is past: the grade after 'from' or the
    one a body 'lost' is historic, the grade after 'to' is current."""
    assert sorted((g, h) for _, g, h in gradings(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "areas"),
    [
        ("Kent Police was rated 'good' in four of the nine areas it was assessed on – answering calls, "
         "tackling fraud, managing offenders and supporting victims.",
         ["answering calls", "tackling fraud", "managing offenders", "supporting victims"]),
        ("Kent Police was rated good in all three areas; understanding demand, use of resources and planning for the future.",
         ["understanding demand", "use of resources", "planning for the future"]),
    ],
)
def test_a_count_of_areas_then_their_names_after_of_the_n_or_a_semicolon(text: str, areas: list[str]) -> None:
    """"in four of the nine areas ... – A, B, C and D", "in all three areas; A, B and C": the
    count (with the whole it is counted out of) and the names after a dash or semicolon;
    each named area is graded."""
    assert [a for _, _, a, _ in graded(text)] == areas


def test_seen_as_a_grade_opens_the_list_after_it() -> None:
    """"was seen as adequate in A, B and C" grades as "rated as" does."""
    text = "Kent Fire and Rescue Service was seen as adequate in preventing fires, protecting the public and future affordability."
    assert graded(text) == [("Kent Fire and Rescue Service", "adequate", a, False)
                            for a in ("preventing fires", "protecting the public", "future affordability")]

def test_only_before_the_grade_and_a_good_use_of_resources_stay_on_the_list() -> None:
    """"only 'adequate' at A, its B, C, D and making good use of resources": "only" between
    "as" and the grade, and "good" opening a known area's name ("good use of resources"),
    not the next grade: five areas."""
    text = ("Inspectors graded Kent Police as only 'adequate' at preventing crime, its treatment of the public, "
            "protecting vulnerable people, managing offenders and making good use of resources.")
    assert [a for _, _, a, _ in graded(text)] == ["preventing crime", "its treatment of the public",
                                                  "protecting vulnerable people", "managing offenders",
                                                  "making good use of resources"]


def test_the_areas_of_a_written_list_grade_each_area() -> None:
    """"requiring improvement in the areas of A, B and C": one grading per named area."""
    text = ("Inspectors rated Kent Police as requiring improvement in the areas of preventing crime and tackling "
            "anti-social behaviour, investigating crime and reducing re-offending, and protecting vulnerable people.")
    assert [a for _, _, a, _ in graded(text)] == ["preventing crime and tackling anti-social behaviour",
                                                  "investigating crime and reducing re-offending",
                                                  "protecting vulnerable people"]


def test_counted_plural_grade_nouns() -> None:
    text = "Cleveland Fire Brigade has been inspected. The brigade scored one Outstanding, seven Goods and three Adequates."
    assert [(s, g, a) for s, g, a, _ in graded(text)] == [
        ("Cleveland Fire Brigade", "outstanding", "one areas"), ("Cleveland Fire Brigade", "good", "seven areas"),
        ("Cleveland Fire Brigade", "adequate", "three areas")]


@pytest.mark.parametrize("text", [
    "Cheshire Fire and Rescue Service requires improvements to the way it trains its crews.",
    "Cheshire Fire and Rescue Service required improvements in its first inspection.",
])
def test_requires_improvements_in_the_plural_is_the_grade(text: str) -> None:
    assert [g[:2] for g in gradings(text)] == [("Cheshire Fire and Rescue Service", "requires_improvement")]


def test_a_relative_pronoun_stands_for_the_body_named_before_it_in_its_sentence() -> None:
    text = ("Inspectors graded Dorset Police as good for efficiency. The inspectors raised worries over parts of "
            "Gwent Police's work, which was found to require improvement in all areas.")
    assert graded(text) == [("Dorset Police", "good", "efficiency", False),
                            ("Gwent Police", "requires_improvement", "all areas", False)]



def test_good_at_a_and_at_b_affordable_now_and_in_the_future() -> None:
    """"good at A and at B ... now and in the future": the preposition said again opens a
    second area even when the two together are too long for one name, and "now and in the
    future" is the time of the second area, not a third area."""
    text = ("Kent Fire and Rescue Service has been inspected. It is good at making the best use of resources and at "
            "making its services affordable now and in the future.")
    assert [a for _, _, a, _ in graded(text)] == ["making the best use of resources",
                                                  "making its services affordable now and in the future"]


def test_a_colon_after_the_grade_opens_the_list_of_areas() -> None:
    text = ("Gwent Police was inspected. The inspection identified three areas where the force requires "
            "improvement: investigating crime, protecting vulnerable people, and leadership and force management.")
    assert [a for _, _, a, _ in graded(text)] == ["investigating crime", "protecting vulnerable people",
                                                  "leadership and force management"]


def test_a_judgment_we_made_a_year_back_is_the_earlier_inspections() -> None:
    """In a reinspection, "We published the report of this inspection in <last year> and
    concluded ... As a result, we gave X an overall judgment of inadequate" and "In <last
    year>, we found that the force was good at A": the earlier inspection's grades."""
    text = ("Crime data integrity re-inspection 2019\n\nNorth Yorkshire Police\n\nIn December 2017, HMICFRS conducted "
            "a crime data integrity inspection of North Yorkshire Police.\n\nWe published the report of this inspection "
            "in February 2018 and concluded that the arrangements were not acceptable. As a result, we gave North "
            "Yorkshire Police an overall judgment of inadequate.\n\nIn 2018, we found that the force was good at "
            "identifying and recording modern slavery crimes.\n")
    assert {(g.grade, g.historic) for g in extract_text(text, "insp_northyorks_cdi2019").gradings} == {
        ("inadequate", True), ("good", True)}


def test_continues_to_be_in_the_reports_own_voice_holds_now_and_before() -> None:
    text = "Royal Berkshire Fire and Rescue Service inspection\n\nThe service continues to be good at preventing fires."
    assert sorted(gradings(text)) == [("Royal Berkshire Fire and Rescue Service", "good", False),
                                      ("Royal Berkshire Fire and Rescue Service", "good", True)]


@pytest.mark.parametrize(
    ("area", "expected"),
    [
        # owned noun phrases in a written list are one area each, as gerunds are
        ("tackling fraud, its handling of complaints and supporting staff",
         ["tackling fraud", "its handling of complaints", "supporting staff"]),
        ("its use of data, its planning for demand",
         ["its use of data", "its planning for demand"]),
        # owned pillars keep the pillar reading (one word after "its" is no owned name)
        ("its effectiveness, efficiency and legitimacy", ["effectiveness", "efficiency", "legitimacy"]),
    ],
)
def test_owned_nouns_in_a_written_list_are_areas_of_their_own(area: str, expected: list[str]) -> None:
    from crosswalk.extraction.grading_lists import split_areas
    assert split_areas(area) == expected


@pytest.mark.parametrize(
    ("area", "expected"),
    [
        # a count of areas that names them after "for"/"of" is those areas
        ("the two main areas assessed for efficiency and legitimacy", ["efficiency", "legitimacy"]),
        # the count must be the number named
        ("the three areas of efficiency and legitimacy", ["the three areas of efficiency and legitimacy"]),
    ],
)
def test_a_count_of_areas_named_after_for_is_those_areas(area: str, expected: list[str]) -> None:
    from crosswalk.extraction.grading_lists import split_areas
    assert split_areas(area) == expected


def test_a_semicolon_list_of_how_questions_is_one_area_each() -> None:
    text = ("Kent Police inspection\n\nThe force was rated good for understanding demand; how well it uses "
            "its resources; and for how well it is planning for the future.")
    assert [g.area for g in extract_text(text).gradings if g.grade == "good"] == [
        "understanding demand", "how well it uses its resources", "how well it is planning for the future"]


def test_areas_opening_the_sentence_may_include_a_longer_plain_name() -> None:
    # most parts are known area names, so a part of a few more words is an area too
    text = ("Derbyshire Constabulary inspection\n\nDerbyshire Constabulary was inspected this spring. "
            "Investigating crime, protecting vulnerable people and fair handling of public complaints "
            "have all been graded as good.")
    assert sorted(g.area or "" for g in extract_text(text).gradings if g.grade == "good") == [
        "Investigating crime", "fair handling of public complaints", "protecting vulnerable people"]


def test_a_count_of_one_grade_for_named_areas_is_those_areas() -> None:
    text = ("Kent Police inspection\n\nKent Police was given two 'adequate' ratings for managing offenders "
            "and responding to the public.")
    assert sorted(g.area or "" for g in extract_text(text).gradings) == ["managing offenders", "responding to the public"]


def test_a_list_opened_by_on_is_graded_whole() -> None:
    text = ("Avon and Somerset Constabulary inspection\n\nAvon and Somerset Constabulary was inspected this year.\n"
            "- On investigating crime, responding to the public and protecting vulnerable people were rated "
            "'adequate'.")
    assert len([g for g in extract_text(text).gradings if g.grade == "adequate"]) == 3


def test_a_list_graded_by_a_relative_clause() -> None:
    text = ("Durham Constabulary inspection\n\nDurham Constabulary was inspected this year. Work goes on in areas "
            "including responding to the public, investigating crime and protecting vulnerable people, which "
            "were found to require improvement.")
    assert len([g for g in extract_text(text).gradings if g.grade == "requires_improvement"]) == 3


def test_lead_in_lists_the_reader_did_not_mark() -> None:
    """A lead-in's list written with "> " markers, as short lines with no full stop, or as
    names before a dash: each line is an area of the lead-in's grade."""
    marked = ("Dorset Police was inspected this spring.\n\nInspectors judged the force to be 'good' at:\n\n"
              "> Tackling burglary;\n\n> Answering calls; and,\n\n> Supporting victims.\n\nThe chief was pleased.\n")
    areas = [g.area for g in extract_text(marked).gradings]
    assert areas == ["Tackling burglary", "Answering calls", "Supporting victims"]
    named = ("Dorset Police was inspected this spring.\n\nThe force received a 'good' rating in two of its pillars:\n\n"
             "Effectiveness – how it keeps people safe.\n\nLegitimacy – how it treats the public.\n\nThe chief was pleased.\n")
    assert [g.area for g in extract_text(named).gradings] == ["Effectiveness", "Legitimacy"]


def test_activity_on_the_object_before_is_one_area() -> None:
    """"good at A and B-ing them": the part after "and" acts on the object the part before it
    names, so the two are one area; "good at preventing and responding to them" stays two."""
    one = extract_text("Dorset Police is good at keeping victims safe and supporting them afterwards.").gradings
    assert [g.area for g in one] == ["keeping victims safe and supporting them afterwards"]


@pytest.mark.parametrize(
    "listed",
    [
        "• managing demand;\n• responding to emergencies; and\n• protecting its brand",  # list items the reader marks
        "> managing demand;\n> responding to emergencies; and\n> protecting its brand",  # a marker kept as text
    ],
)
def test_list_lines_lose_their_joining_words_and_keep_words_ending_in_and(listed: str) -> None:
    """A list line's "; and" comes off once, in the list reader; "and" glued to a word's
    end ("demand", "brand") is the word's own."""
    text = f"Kent Fire and Rescue Service was inspected.\n\nThe report found that the service is good at:\n\n{listed}\n\nEnd.\n"
    assert [a for _, _, a, _ in graded(text)] == ["managing demand", "responding to emergencies", "protecting its brand"]


def test_fallback_list_items_keep_words_ending_in_and() -> None:
    text = (OPENING + "It was rated ‘adequate’ at responding to the public, but ‘inadequate’ in:\n\n"
            "• managing demand; and\n• protecting its brand\n\nEnd.\n")
    found = [(g.grade, g.area) for g in extract_text(text).gradings if g.grade == "inadequate"]
    assert found == [("inadequate", "managing demand"), ("inadequate", "protecting its brand")]


def test_a_counted_grade_then_a_dash_names_its_areas() -> None:
    # a press summary line per grade: the count, the grade, a dash, then the areas
    text = ("Norfolk Constabulary inspection\n\nNorfolk Constabulary was graded in five areas.\n\n"
            "Three \"Inadequate\" - investigating crime, managing offenders, good use of resources\n\n"
            "Two \"Good\" - preventing crime, responding to the public\n")
    assert sorted((g.grade, g.area or "") for g in extract_text(text).gradings) == [
        ("good", "preventing crime"), ("good", "responding to the public"),
        ("inadequate", "good use of resources"), ("inadequate", "investigating crime"),
        ("inadequate", "managing offenders")]


def test_press_short_names_of_areas_open_a_graded_list() -> None:
    # "crime prevention", "workplace culture": the press's names for PEEL areas vouch for the list
    text = ("Suffolk Constabulary inspection\n\nSuffolk Constabulary was inspected this year. Crime prevention, "
            "use of police powers and workplace culture were all judged as good.")
    assert sorted(g.area or "" for g in extract_text(text).gradings if g.grade == "good") == [
        "Crime prevention", "use of police powers", "workplace culture"]


def test_a_grade_change_with_last_time_between_its_grades() -> None:
    # "from X last time to Y": the first grade is the earlier inspection's, the second is now
    text = ("Dorset and Wiltshire Fire and Rescue Service inspection\n\nDorset and Wiltshire Fire and Rescue "
            "Service was inspected again. Responding to fires and other emergencies has improved, from "
            "'inadequate' last time to 'good' this time.")
    assert sorted((g.grade, g.historic) for g in extract_text(text).gradings) == [("good", False), ("inadequate", True)]


def test_noted_as_a_grade_is_a_grading() -> None:
    text = ("Surrey Police inspection\n\nSurrey Police was graded across nine areas. Three of those were noted "
            "as 'Good', four 'Adequate' and two 'Requires Improvement'.")
    assert sorted((g.grade, g.area) for g in extract_text(text).gradings) == [
        ("adequate", "four areas"), ("good", "three areas"), ("requires_improvement", "two areas")]


def test_fallback_gives_each_area_of_a_written_list_its_grade() -> None:
    # a grade the phrases miss, then a list of activities (one opens on an adverb): one grading each
    text = (OPENING + "The force has been officially recognised as ‘Outstanding’ at answering emergency calls, "
            "tackling drug dealing and quickly arresting suspects.")
    found = extract_text(text).gradings
    assert all(g.rule == "grading-fallback" for g in found)
    assert [(g.grade, g.area) for g in found] == [
        ("outstanding", "answering emergency calls"), ("outstanding", "tackling drug dealing"),
        ("outstanding", "quickly arresting suspects")]


def test_fallback_keeps_one_area_when_a_clause_follows_its_comma() -> None:
    for tail in ("the report added.", "but needs to improve elsewhere."):
        text = OPENING + "The force has been officially recognised as ‘Outstanding’ at answering calls, " + tail
        assert [(g.grade, g.area) for g in extract_text(text).gradings] == [("outstanding", "answering calls")]


def test_a_list_under_a_colon_is_the_grade_nearest_the_colon() -> None:
    # "good at A, it requires improvement at:": the listed lines are the second grade's, A the first's
    text = ("Avon Fire and Rescue Service inspection\n\nAlthough Avon Fire and Rescue Service is good at training "
            "its firefighters, it requires improvement at:\n\n• planning for the future\n• managing its buildings\n\nEnd.\n")
    found = sorted((g.grade, g.area or "") for g in extract_text(text).gradings)
    assert [grade for grade, _ in found] == ["good", "requires_improvement", "requires_improvement"]
    assert [area for grade, area in found if grade == "requires_improvement"] == [
        "managing its buildings", "planning for the future"]


def test_leadership_and_management_is_one_peel_area() -> None:
    # the press's short name for "leadership and force management" is one area, not two
    text = ("Kent Police inspection\n\nKent Police was found to require improvement in protecting vulnerable people "
            "and leadership and management.")
    assert sorted(g.area or "" for g in extract_text(text).gradings) == [
        "leadership and management", "protecting vulnerable people"]


def test_a_grade_after_the_overall_grade_goes_on_the_chain() -> None:
    # "good overall, and outstanding in three areas: A, B and C": the second grade is read past "overall"
    text = ("Dorset Police inspection\n\nInspectors rated Dorset Police as good overall, and outstanding in three "
            "areas: answering emergency calls, its efficiency, and legitimacy.")
    found = sorted((g.grade, g.area or "") for g in extract_text(text).gradings)
    assert found == [("good", ""), ("outstanding", "answering emergency calls"), ("outstanding", "its efficiency"),
                     ("outstanding", "legitimacy")]


def test_a_count_before_a_counted_grade_is_read_back() -> None:
    # "four were 'good' and seven were 'adequate'": the first count is read from the second's phrase
    text = ("Kent fire inspection\n\nFor Kent Fire and Rescue Service, of the eleven judgements the inspectors "
            "made, four were ‘Good’ and seven were ‘Adequate’.")
    assert sorted((g.grade, g.area) for g in extract_text(text).gradings) == [
        ("adequate", "seven areas"), ("good", "four areas")]


def test_a_count_of_bodies_before_a_grade_is_no_count_of_areas() -> None:
    text = "Forces inspected\n\nOf the 43 forces inspected, four were ‘Good’ and seven were ‘Adequate’."
    assert extract_text(text).gradings == ()


def test_an_inverted_list_takes_the_body_just_graded() -> None:
    # "Rated as adequate were: A, B and C" names no body: the one graded in the sentence before
    text = ("Essex Police inspection\n\nInspectors found Essex Police was inadequate in investigating crime. "
            "Rated as adequate were: responding to the public, managing offenders and protecting children.")
    assert sorted((g.subject, g.grade, g.area) for g in extract_text(text).gradings) == [
        ("Essex Police", "adequate", "managing offenders"), ("Essex Police", "adequate", "protecting children"),
        ("Essex Police", "adequate", "responding to the public"),
        ("Essex Police", "inadequate", "investigating crime")]


def test_a_plain_word_before_or_glosses_the_grade() -> None:
    # "competent or 'Adequate'" is one grade explained, not a choice of two grades;
    # "in the following areas: A, B and C" gives each listed area its row
    text = ("Kent Police news\n\nInspectors rated Kent Police as ‘Good’ in preventing crime. It also rated the force as "
            "capable or ‘Adequate’ in the following areas: managing offenders, responding to the public and "
            "protecting children.")
    assert sorted((g.grade, g.area) for g in extract_text(text).gradings if g.grade == "adequate") == [
        ("adequate", "managing offenders"), ("adequate", "protecting children"), ("adequate", "responding to the public")]


def test_a_choice_of_two_grades_is_still_no_grading() -> None:
    text = "Kent Police news\n\nKent Police hopes to be rated ‘good’ or ‘outstanding’ next time."
    assert extract_text(text).gradings == ()


def test_a_question_row_ends_in_its_grade() -> None:
    # a judgements table flattened so the grade cell follows the question it answers,
    # with a space or with nothing between them
    text = ("Dorset Police response\n\nOur grades\n\n"
            "How well does the force prevent crime?Good\n"
            "How well does the force support its workforce? Requires improvement\n")
    assert sorted((g.subject, g.grade) for g in extract_text(text).gradings) == [
        ("Dorset Police", "good"), ("Dorset Police", "requires_improvement")]


def test_a_class_graded_before_a_named_body_is_no_grade_of_that_body() -> None:
    # the class of bodies is the grade's subject; the body named in a later clause is not
    text = ("Inspection results\n\nTwenty forces were judged to be ‘good’, and one force, Essex Police, was "
            "rated as ‘outstanding’.\n\nAll three Welsh forces were rated as good by the inspectorate, although "
            "they were told to improve, while nearby Cheshire Constabulary was one of six forces given a lower grade.")
    assert [(g.subject, g.grade) for g in extract_text(text).gradings] == [("Essex Police", "outstanding")]


def test_bodies_listed_right_after_were_take_the_class_grade() -> None:
    text = "Inspection results\n\nThe forces graded good were Kent Police and Essex Police."
    assert sorted((g.subject, g.grade) for g in extract_text(text).gradings) == [
        ("Essex Police", "good"), ("Kent Police", "good")]


def test_two_questions_joined_by_and_are_two_areas() -> None:
    from crosswalk.extraction.grading_lists import split_areas
    assert split_areas("how well it prevents fires and how quickly it answers calls") == [
        "how well it prevents fires", "how quickly it answers calls"]
    assert split_areas("how well it trains its staff and volunteers") == ["how well it trains its staff and volunteers"]


def _areas_graded(text: str) -> list[tuple[str, str, str | None]]:
    return [(g.subject, g.grade, g.area) for g in extract_text(text).gradings if not g.negated]


def test_a_list_of_areas_goes_on_past_a_semicolon() -> None:
    # a list that a semicolon divides: every part after it is an area too; a clause after it ends the list
    text = ("Inspection results\n\nInspectors judged Dorset Police adequate at investigating crime, managing offenders, "
            "protecting vulnerable people; supporting its workforce and responding to calls.")
    assert [a for _, grade, a in _areas_graded(text) if grade == "adequate"] == [
        "investigating crime", "managing offenders", "protecting vulnerable people", "supporting its workforce",
        "responding to calls"]
    text = ("Inspection results\n\nDorset Police was good at investigating crime, managing offenders, protecting "
            "vulnerable people; it was adequate at responding to calls.")
    assert [(grade, a) for _, grade, a in _areas_graded(text)] == [
        ("good", "investigating crime"), ("good", "managing offenders"), ("good", "protecting vulnerable people"),
        ("adequate", "responding to calls")]


def test_the_way_it_does_a_list_of_things_is_one_area_per_verb() -> None:
    from crosswalk.extraction.grading_lists import split_areas
    assert split_areas("parts of the way it answers calls, supports victims and tracks offenders") == [
        "answers calls", "supports victims", "tracks offenders"]
    assert split_areas("how it treats the public and its workforce") == ["how it treats the public and its workforce"]


def test_a_counted_set_of_areas_set_off_before_the_grade() -> None:
    text = ("Inspection results\n\nIn three areas – answering emergency calls, catching offenders and supporting "
            "victims – Dorset Police was judged to be good.")
    assert [(grade, a) for _, grade, a in _areas_graded(text)] == [
        ("good", "answering emergency calls"), ("good", "catching offenders"), ("good", "supporting victims")]
    text = ("Inspection results\n\nIn two areas – answering emergency calls, catching offenders and supporting "
            "victims – Dorset Police was judged to be good.")
    assert len(_areas_graded(text)) == 1  # three named, two counted: not read as the areas


def test_an_activity_keeps_its_preposition_in_the_fallback_list() -> None:
    text = ("Inspection results\n\nWe welcome the decision to give Dorset Police a ‘Good’ when it comes to working "
            "with partners, solving problems and keeping people safe.")
    assert [a for _, _, a in _areas_graded(text)] == ["working with partners", "solving problems", "keeping people safe"]


@pytest.mark.parametrize(
    ("area", "parts"),
    [("the way the constabulary answers calls, supports victims and tracks offenders",
      ["answers calls", "supports victims", "tracks offenders"]),
     ("how it answers calls, its use of money and tracks offenders", [])])  # "its" opens no verb
def test_a_subjects_verbs_listed_with_commas_are_one_area_each(area: str, parts: list[str]) -> None:
    """"the way it A, B and C": one area per verb, each part opening with a verb; a part
    opening with an owner or a pronoun (`not_verb_openers`) is no verb, so the list is not
    read so."""
    from crosswalk.extraction.grading_lists import clause_verb_parts

    assert clause_verb_parts(area) == parts


def test_the_body_nouns_and_the_non_verbs_of_a_verb_list_are_the_word_files() -> None:
    """The nouns that name the body spoken of ("the force") and the words that open no verb
    are lists of grading_words.json, named by the expressions that read them, not words
    written in the code."""
    from crosswalk.extraction.grading_vocabulary import area_expression, grading_words
    from crosswalk.resources import read_json

    expressions = read_json("grading_words.json")["area_expressions"]
    assert "{{body_nouns}}" in expressions["way_list"] and "{{body_nouns}}" in expressions["extent"]
    assert area_expression("way_list").match("how the service answers calls, trains staff and buys engines")
    assert {"its", "the", "which"} <= grading_words().not_verb_openers


def test_bare_nouns_after_an_activity_with_its_object_are_more_of_its_objects() -> None:
    from crosswalk.extraction.grading_lists import split_areas

    area = "assessing its risks, community needs, workforce pressures and budget forecasts"
    assert split_areas(area) == [area]
    assert split_areas("assessing its risks, preventing fires, protecting the public and responding to fires") == [
        "assessing its risks", "preventing fires", "protecting the public", "responding to fires"]


def test_relative_clause_grades_the_list_it_hangs_on() -> None:
    text = ("Kent Police inspection report published\n\n"
            "Inspectors rated Kent Police 'Good' in preventing crime, and 'Adequate' at recording data about crime.\n\n"
            "But work is needed in treating victims fairly and with respect, answering calls and managing "
            "offenders, which were all judged to 'Require Improvement'.\n")
    found = [(g.grade, g.area) for g in extract_text(text).gradings if g.grade == "requires_improvement"]
    assert found == [("requires_improvement", "treating victims fairly and with respect"),
                     ("requires_improvement", "answering calls"), ("requires_improvement", "managing offenders")]


def test_quoted_grades_before_a_collective_are_no_areas() -> None:
    text = ("Kent Police inspection report published\n\n"
            "Inspectors rated Kent Police 'Good' in preventing crime, and 'Adequate' at recording data about crime.\n\n"
            "The remaining areas were all judged to be 'requiring improvement'.\n")
    found = [g.area for g in extract_text(text).gradings if g.grade == "requires_improvement"]
    assert len(found) == 1 and found[0] not in ("Good", "Adequate")


def test_areas_ranked_or_classed_as_requiring_improvement() -> None:
    text = ("Kent Police inspection report published\n\n"
            "Three categories were ranked as 'requires improvement', including 'answering calls', "
            "'managing offenders' and 'leadership and force management'.\n")
    assert [(g.subject, g.grade) for g in extract_text(text).gradings] == [("Kent Police", "requires_improvement")] * 3


def test_pillars_named_then_counted_give_a_grading_each() -> None:
    police = ("Kent Police inspection\n\nThe new report weighs the effectiveness, efficiency and legitimacy of "
              "Kent Police, which has been rated as good in all three areas.\n")
    fire = ("Kent fire inspection\n\nKent Fire and Rescue Service was judged on its effectiveness, its efficiency "
            "and how it treats staff, and was graded as good in all three areas.\n")
    assert sorted(g.area or "" for g in extract_text(police).gradings) == ["effectiveness", "efficiency", "legitimacy"]
    assert sorted(g.area or "" for g in extract_text(fire).gradings) == ["effectiveness", "efficiency",
                                                                        "looking after its people"]


def test_a_count_of_pillars_named_nowhere_stays_one_grading() -> None:
    text = "Kent fire inspection\n\nKent Fire and Rescue Service was graded as good in all three areas.\n"
    assert [g.grade for g in extract_text(text).gradings] == ["good"]


def test_pillars_named_in_a_sentence_before_the_count_give_a_grading_each() -> None:
    """A release names the pillars, then (a caption line between) gives one grade "across all
    three core themes": a grading per pillar, the people pillar once."""
    text = ("Kent fire inspection\n\nInspectors spent a year judging Kent Fire and Rescue Service on three core "
            "themes - effectiveness, efficiency and how well it looks after its people.\n\n"
            "Firefighters at a training day\n\n"
            "They found that Kent Fire and Rescue Service was 'good' across all three core themes. "
            "The service was rated 'good' at how it looks after its people.\n")
    assert sorted(g.area or "" for g in extract_text(text).gradings) == ["effectiveness", "efficiency",
                                                                        "looking after its people"]


def test_pillars_named_three_sentences_before_the_count() -> None:
    """Another grade may come between the pillars named and the count of them."""
    text = ("Kent fire inspection\n\nThe inspection weighed how effectively and efficiently Kent Fire and Rescue "
            "Service keeps people safe. It also weighed how it treats its staff. The service, one of the second "
            "group inspected, was rated outstanding for its values. Inspectors found that Kent Fire and Rescue "
            "Service was 'good' across all three core areas.\n")
    assert sorted((g.grade, g.area or "") for g in extract_text(text).gradings) == [
        ("good", "effectiveness"), ("good", "efficiency"), ("good", "looking after its people"),
        ("outstanding", "its values")]


def test_a_headline_of_qualities_names_no_pillars_for_a_count() -> None:
    """A headline's "is effective, efficient and cares for its staff" praises; the count of
    areas after it stays one grading."""
    text = ("Kent Fire and Rescue Service is effective, efficient and cares for its staff, report says\n\n"
            "After the inspection Kent Fire and Rescue Service has been awarded 'good' in all three areas.\n")
    assert [g.area for g in extract_text(text).gradings] == ["all three areas"]


def test_a_second_count_after_the_pillars_is_a_grading_of_its_own() -> None:
    text = ("Kent fire inspection\n\nThe inspection weighed how effectively and efficiently the service works.\n\n"
            "Kent Fire and Rescue Service was 'good' across all three areas as well as all ten sub-sections - "
            "one of few services to do so.\n")
    assert [g.area for g in extract_text(text).gradings] == ["effectiveness", "efficiency", "looking after its people",
                                                              "all ten sub-sections"]


def test_a_headline_grade_the_body_states_as_overall_stays() -> None:
    """The headline's bare grade gives way to the body's areas, but not where the body says it
    again as the overall grade."""
    headline = "Kent Police rated 'good' by inspectors\n\nThe report was published today. "
    overall = headline + "Kent Police was given an overall rating of 'good'. The force was rated good at answering calls.\n"
    detailed = headline + "Kent Police was rated good at answering calls.\n"
    assert [(g.grade, g.area) for g in extract_text(overall).gradings] == [("good", None), ("good", "answering calls")]
    assert [(g.grade, g.area) for g in extract_text(detailed).gradings] == [("good", "answering calls")]


def test_a_headline_grade_of_an_area_the_body_restates_is_one_row() -> None:
    """A press headline says short what the body then says in full ("good at responding to
    emergencies", "good at responding to fires and other emergencies"): one row. A headline's
    area the body never grades again stays, and so does a page's bare judgment line."""
    restated = ("Kent Fire and Rescue Service rated good at responding to emergencies in the county\n\n"
                "The inspectorate found that Kent Fire and Rescue Service is good at responding to fires and other "
                "emergencies and good at protecting the public through fire regulation.\n")
    assert [(g.grade, g.area) for g in extract_text(restated).gradings] == [
        ("good", "responding to fires and other emergencies"), ("good", "protecting the public through fire regulation")]
    other = ("Kent Fire and Rescue Service rated good at preventing fires by inspectors\n\n"
             "The inspectorate found that Kent Fire and Rescue Service is good at answering emergency calls.\n")
    assert [(g.grade, g.area) for g in extract_text(other).gradings] == [
        ("good", "preventing fires"), ("good", "answering emergency calls")]


def test_names_each_in_its_own_quotes_are_one_area_each() -> None:
    """The writer's quotes mark where each listed name ends, the "and" inside one included;
    a count of areas before them is the names' count, not a row of its own."""
    text = ("Kent Police news\n\nThe inspection also rated Kent Police as requires improvement in its ability to "
            "‘respond to the public’ and ‘record data about crime and incidents’.")
    assert [g.area for g in extract_text(text).gradings] == ["respond to the public", "record data about crime and incidents"]
    counted = ("Kent Fire and Rescue Service news\n\nKent Fire and Rescue Service requires improvement in two of "
               "its three key areas, ‘Efficiency’ and ‘People’.")
    assert [g.area for g in extract_text(counted).gradings] == ["Efficiency", "People"]


def test_an_area_that_points_back_adds_no_row() -> None:
    # "inadequate in this regard" restates the grading of the area named before it;
    # alone, "good in this particular area" is still the grading it states
    text = ("Kent Police news\n\nThe report found Kent Police inadequate at crime recording. "
            "The panel heard that the force was inadequate in this regard, with accuracy of 80%.")
    assert [(g.grade, g.area) for g in extract_text(text).gradings] == [("inadequate", "crime recording")]
    alone = "Kent Police news\n\nThe report found Kent Police good in this particular area."
    assert [g.grade for g in extract_text(alone).gradings] == ["good"]


def test_recognised_us_grades_the_speakers_body() -> None:
    # "the inspectorate has recognised us as outstanding": the body the document speaks for
    text = ("Kent Police news\n\nThe Chief Constable said: “I am glad the inspectors have recognised us as "
            "outstanding in recording crime accurately.”")
    assert gradings(text) == [("Kent Police", "outstanding", False)]


def test_a_relative_clause_grades_its_head() -> None:
    # the grade in ", which was rated ..." is its head's, not the main clause subject's
    text = "Surrey Police minutes\n\nSurrey Police has been learning from Kent Police, which was rated ‘Outstanding’."
    assert gradings(text) == [("Kent Police", "outstanding", False)]


def test_these_counted_areas_point_back_to_the_list_before() -> None:
    # "in A, B and C, with these three areas rated ...": one row per listed area, not "three areas"
    text = ("Kent Police news\n\nKent Police was rated good at preventing crime. The report says the force must do "
            "more in answering calls, investigating crime and protecting vulnerable people, with these three areas "
            "rated as requiring improvement.")
    assert sorted(g.area or "" for g in extract_text(text).gradings if g.grade == "requires_improvement") == [
        "answering calls", "investigating crime", "protecting vulnerable people"]


def test_a_heading_line_that_ends_on_its_grade() -> None:
    # a press release heading "X's effectiveness at ... is good" has no full stop after the grade
    text = ("Kent Police news\n\nThe report came out.\n\nKent Police’s effectiveness at reducing crime is good\n\n"
            "The inspectors also looked at how it answers calls.")
    assert gradings(text) == [("Kent Police", "good", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group of bodies joined by "a", a judgement noun, a quoted grade
        ("Adroddiad newydd. Cafodd Heddlu Gwent a Heddlu De Cymru ddyfarniad ‘Da’ gan yr Arolygiaeth.",
         [("Gwent Police", "good", None), ("South Wales Police", "good", None)]),
        # a grade leading a list in grades each item for the body named last before it
        ("Heddlu Gogledd Cymru: adroddiad PEEL. Trafodwyd y meysydd a raddiwyd fel rhai sydd angen eu gwella:\n"
         "  • Ymchwilio i droseddau\n  • Diogelu pobl fregus\n",
         [("North Wales Police", "requires_improvement", "Ymchwilio i droseddau"),
          ("North Wales Police", "requires_improvement", "Diogelu pobl fregus")]),
        # a negation before the judgement word, a choice of grades, the scale, a plain adjective: no grade given
        ("Heddlu Dyfed-Powys oedd yr unig heddlu i beidio â derbyn gradd ‘da’ gan yr arolygwyr.", []),
        ("Gallai Heddlu Gwent gael gradd ‘da’ neu ‘rhagorol’ y tro nesaf.", []),
        ("Mae'r Arolygiaeth yn rhoi gradd ‘rhagorol’, ‘da’, ‘angen gwella’ neu ‘annigonol’ i Heddlu Gwent.", []),
        ("Dyma waith da gan Heddlu Gwent, a wnaeth ddyfarniad da.", []),
        # a negation of believing disputes a grade given: the grade stands ("sy’n dweud bod" bridges it)
        ("Heddlu Gwent: y cefndir. “Dydyn ni ddim yn meddwl bod y dyfarniad sy’n dweud bod angen gwella yn haeddiannol.”",
         [("Gwent Police", "requires_improvement", None)]),
        # "X yn dda am A": X is good at A, the area kept; a negation before the body withholds it
        ("Adroddiad newydd. Mae Heddlu Gwent yn dda am ddal troseddwyr ond mae angen iddo ateb galwadau’n gynt.",
         [("Gwent Police", "good", "ddal troseddwyr")]),
        ("Adroddiad newydd. Nid yw Heddlu Gwent yn dda am ateb galwadau, yn ôl y papur.", []),
        # the mutated 'ddigonol' after "yn"
        ("Cafodd Heddlu De Cymru ei raddio yn ddigonol am y tro cyntaf.", [("South Wales Police", "adequate", None)]),
        # a quoted label of several words needs no judgement word; a sentence naming no body takes the
        # group of bodies named last before it, all of them, not only the last one
        ("Heddlu Dyfed-Powys a Heddlu Gogledd Cymru dan y chwyddwydr.\n\nDywedwyd wrth heddluoedd y ddwy ardal bod "
         "‘angen iddyn nhw wella’ ar ôl yr arolwg.",
         [("Dyfed-Powys Police", "requires_improvement", None), ("North Wales Police", "requires_improvement", None)]),
        ("Heddlu Gwent a Heddlu De Cymru: adroddiad newydd.\n\nCafodd y ddau heddlu ddyfarniad ‘Da’ eleni.",
         [("Gwent Police", "good", None), ("South Wales Police", "good", None)]),
        # a quoted single word is no label (it may be any praise); a negation before the label withholds it
        ("Heddlu Gwent: y cefndir. Roedd y bwyd yn ‘da’ iawn, meddai'r staff.", []),
        ("Heddlu Gwent: y cefndir. Nid oedd neb wedi dweud bod ‘angen gwella’ o gwbl.", []),
        # a bridge written onto the judgement word ("raddio’n", graded as)
        ("Adroddiad newydd. Cafodd Heddlu Gwent ei raddio’n ‘rhagorol’ gan yr arolygwyr eleni.",
         [("Gwent Police", "outstanding", None)]),
        # a grade before a list of areas written with commas ("o ran A, B ac C"): one row per area; a
        # rating noun ("raddfeydd") and a verb of assessing ("aseswyd") give grades as the others do
        ("Adroddiad newydd. Enillodd Heddlu De Cymru raddfeydd ‘da’ o ran ateb galwadau, rheoli troseddwyr ac "
         "amddiffyn plant. Aseswyd hefyd eu bod yn ‘ddigonol’ o ran cadw cofnodion, hyfforddi staff a defnyddio arian.",
         [("South Wales Police", "good", "ateb galwadau"), ("South Wales Police", "good", "rheoli troseddwyr"),
          ("South Wales Police", "good", "amddiffyn plant"), ("South Wales Police", "adequate", "cadw cofnodion"),
          ("South Wales Police", "adequate", "hyfforddi staff"), ("South Wales Police", "adequate", "defnyddio arian")]),
        # one area's name joining two words, no comma: the grade's one row
        ("Adroddiad newydd. Cafodd Heddlu Gwent radd ‘da’ o ran atal trosedd ac ymddygiad gwrthgymdeithasol.",
         [("Gwent Police", "good", None)]),
    ],
)
def test_welsh_gradings(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """Welsh press and commissioners' pages give grades in Welsh words after a judgement word
    (grading_welsh.py): the bodies named before it are graded, by their Welsh names."""
    assert [(g.subject, g.grade, g.area) for g in extract_text(text).gradings] == expected


def test_a_ranking_is_a_grade_noun() -> None:
    """Press pieces call a grade a "ranking" as readily as a "rating": "given outstanding
    rankings for A" grades A for each body given it."""
    text = ("Welsh policing news\n\nThe report came out today. Dyfed-Powys Police and North Wales Police were given "
            "outstanding rankings for the way they handle complaints.")
    assert graded(text) == [("Dyfed-Powys Police", "outstanding", "the way they handle complaints", False),
                            ("North Wales Police", "outstanding", "the way they handle complaints", False)]


def test_the_welsh_pass_leaves_an_english_text_at_once() -> None:
    """The Welsh pass runs on every document: a text without any Welsh judgement word (nearly
    every English one) is left before the phrase expression runs; a Welsh one, in any case, is read."""
    assert not may_hold_welsh_grade("Kent Police was graded good at preventing crime by the inspectorate.")
    assert may_hold_welsh_grade("Cafodd Heddlu Gwent DDYFARNIAD ‘Da’ gan yr Arolygiaeth.")
    assert may_hold_welsh_grade("Y meysydd a raddiwyd fel rhai sydd angen eu gwella.")


def test_an_old_year_after_an_improvement_from_dates_only_the_grade_compared() -> None:
    """"rated good at A, a marked improvement from the 'inadequate' it received in 2021": the
    year dates the grade the improvement is measured from, not the grade given now."""
    text = ("Kent Police news, May 2025.\n\nInspectors graded Kent Police as ‘good’ at answering emergency calls, "
            "a marked improvement from the ‘inadequate’ grade it was given in that area in 2021.\n")
    assert sorted(gradings(text)) == [("Kent Police", "good", False), ("Kent Police", "inadequate", True)]


def test_the_force_is_the_pages_own_past_a_force_named_in_passing() -> None:
    """On a page about one force, "the force" after a paragraph naming a partner force only
    in passing ("shares its services with X") is still the page's own force."""
    text = ("Kent PEEL 2016\n\nLegitimacy\n\nKent Police is good at treating the public fairly.\n\n"
            "The force shares its back-office services with Essex Police under a joint agreement.\n\n"
            "The force is good at ensuring its workforce behaves ethically.\n")
    assert [(g.subject, g.grade) for g in extract_text(text).gradings] == [("Kent Police", "good")] * 2


def test_how_it_looks_after_is_one_area() -> None:
    """"requires improvement in how it looks after its staff": "after" is the verb's particle,
    so the area is not cut to "how it looks" and restates the area read before it."""
    text = ("Kent Fire and Rescue Service\n\nThe extent to which the service looks after its staff requires improvement.\n\n"
            "The service requires improvement in how it looks after its staff. While good at training its crews, "
            "it requires improvement at:\n\n  • promoting fair treatment\n  • managing its leaders\n")
    areas = [g.area for g in extract_text(text).gradings if g.grade == "requires_improvement"]
    assert "how it looks" not in areas and len(areas) == 3


def test_the_force_is_the_pages_own_past_a_force_a_thing_was_sent_to() -> None:
    """A force something is sent or said "to" is named in passing, as one worked "with" is:
    "the force" after it is still the page's own (`bodies.named_in_passing`)."""
    text = ("Kent PEEL 2016\n\nLegitimacy\n\nKent Police is good at treating the public fairly.\n\n"
            "The force sent its action plan to Essex Police under a joint agreement.\n\n"
            "The force is good at ensuring its workforce behaves ethically.\n")
    assert [(g.subject, g.grade) for g in extract_text(text).gradings] == [("Kent Police", "good")] * 2


def test_a_pronoun_carries_the_pages_own_service_past_a_body_named_in_passing() -> None:
    """The grading's carried subject and "the force" share one test of a body named in
    passing: "it" after "remarks to the X board" is still the service the page is about."""
    text = ("Kent Fire and Rescue Service inspection 2019\n\nKent Fire and Rescue Service has published its response.\n\n"
            "The chief officer's remarks to the Essex Police board came a month after the report.\n\n"
            "Inspectors said it was good at preventing fires.\n")
    assert [(g.subject, g.grade) for g in extract_text(text).gradings] == [("Kent Fire and Rescue Service", "good")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the legitimacy pillar in its adverb form, then the tagline alone in a later line
        ("The inspectors found Essex Police 'good' at legitimately keeping people safe and reducing crime.\n\n"
         "The force was praised as 'good' at keeping people safe and reducing crime.",
         ["legitimately keeping people safe and reducing crime"]),
        ("HMIC judged Essex Police as requiring improvement in how it efficiently keeps people safe and reduces "
         "crime.\n\nEssex Police requires improvement at keeping people safe and reducing crime.",
         ["how it efficiently keeps people safe and reduces crime"]),
    ],
)
def test_a_pillars_adverb_before_the_tagline_is_that_pillar(text: str, expected: list[str]) -> None:
    """"good at legitimately keeping people safe and reducing crime" is the legitimacy
    pillar's PEEL question in its adverb form (as "efficiently" is efficiency's): the tagline
    alone beside it, with the same grade, restates that pillar's grade, not a second one."""
    from crosswalk.extraction.grading_common import area_key

    found = extract_text(text).gradings
    assert [g.area for g in found] == expected
    assert area_key(found[0].area) in (area_key("legitimacy"), area_key("efficiency"))


def test_a_pillars_adverb_before_other_words_is_no_pillar() -> None:
    """Only the tagline after the adverb makes the pillar: "efficiently manages its fleet"
    is an activity of its own."""
    from crosswalk.extraction.grading_common import area_key

    assert area_key("how it efficiently manages its fleet") != area_key("efficiency")
    assert area_key("how legitimately it keeps people safe and reduces crime") == area_key("legitimacy")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Overall, 14 forces were rated good in all three areas, including Kent Police and Essex Police.",
         [("Kent Police", "all three areas"), ("Essex Police", "all three areas")]),
        ("Kent Fire and Rescue Service was inspected on effectiveness, efficiency and people. Only nine services were "
         "judged good for all three pillars including Kent Fire and Rescue Service and Essex County Fire and Rescue "
         "Service.",
         [("Kent Fire and Rescue Service", "effectiveness"), ("Kent Fire and Rescue Service", "efficiency"),
          ("Kent Fire and Rescue Service", "looking after its people"),
          ("Essex County Fire and Rescue Service", "effectiveness"),
          ("Essex County Fire and Rescue Service", "efficiency"),
          ("Essex County Fire and Rescue Service", "looking after its people")]),
        # a singular area noun after "every" or "each" is a class of areas as much as "all three pillars" is
        ("Only six forces were judged good in every pillar, including Kent Police and Essex Police.",
         [("Kent Police", "every pillar"), ("Essex Police", "every pillar")]),
        ("Kent Police was rated good in each category, including preventing crime and responding to the public.",
         [("Kent Police", "preventing crime"), ("Kent Police", "responding to the public")]),
    ],
)
def test_bodies_included_after_a_class_are_graded_in_what_the_class_was(text: str,
                                                                        expected: list[tuple[str, str]]) -> None:
    """"N services were rated good in all three pillars, including A and B": A and B are
    the bodies graded, and what they are graded in is what comes before "including" (all
    three pillars, one row per pillar), not no area and not the bodies' own names."""
    assert [(g.subject, g.area) for g in extract_text(text).gradings] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police news\n\nKent Police and 20 other forces were judged good, and four were said to require improvement.",
        "Police news\n\nKent Police was rated good, while six forces were rated as requiring improvement.",
        "Police news\n\nOf the 43 forces, Kent Police and 30 others were rated good, but two were rated inadequate.",
    ],
)
def test_a_later_clause_whose_subject_is_a_count_or_class_of_bodies_grades_other_bodies(text: str) -> None:
    """"A and 20 other forces were judged good, and four were said to ...": the bare count
    (or "six forces") is the later clause's own subject, other bodies than A, so the later
    grade is not A's, through the phrases (the sentence's earlier subject) or the fallback."""
    assert [(g.subject, g.grade) for g in extract_text(text).gradings] == [("Kent Police", "good")]


def test_an_and_inside_a_bodys_name_opens_no_clause_of_a_class() -> None:
    """"placed Avon and Somerset Police among 27 forces 'requiring improvement'": the "and" of
    the body's name opens no clause whose subject is the class; the body is graded."""
    text = ("Police news\n\nInspectors placed Avon and Somerset Police among 27 forces “requiring improvement” but "
            "praised how the force protects vulnerable people.")
    assert [(g.subject, g.grade) for g in extract_text(text).gradings] == \
        [("Avon and Somerset Constabulary", "requires_improvement")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent Police was inspected last month. Inspectors said its areas requiring improvement include how the force "
         "answers the public, how it keeps victims informed, and how it manages offenders and suspects.",
         ["how the force answers the public", "how it keeps victims informed", "how it manages offenders and suspects"]),
        ("Fire news\n\nInspectors rated Essex County Fire and Rescue Service good for ensuring fairness and promoting "
         "diversity and inclusion.",
         ["ensuring fairness and promoting diversity and inclusion"]),
    ],
)
def test_an_assessment_areas_verb_forms_are_one_area(text: str, expected: list[str]) -> None:
    """"how it manages offenders and suspects" and "ensuring fairness and promoting diversity
    and inclusion" name one assessment area each (assessment_areas.txt), not an area and a
    lone noun ("suspects", "inclusion") graded of its own."""
    assert [g.area for g in extract_text(text).gradings] == expected


def test_a_second_area_after_the_preposition_said_again_with_how_is_its_own_row() -> None:
    """"good at A and in how it B", "requires improvement to how it A and to the way it B":
    the preposition said again before "how"/"the way" opens a second area, however long
    the two are together."""
    text = ("Kent Fire and Rescue Service is good at getting the right people with the right skills and in how it "
            "ensures fairness and promotes diversity.")
    assert [a for _, _, a, _ in graded(text)] == ["getting the right people with the right skills",
                                                  "how it ensures fairness and promotes diversity"]
    text = "Kent Fire and Rescue Service requires improvement to how it plans its budget and to the way it buys equipment."
    assert [a for _, _, a, _ in graded(text)] == ["how it plans its budget", "the way it buys equipment"]


def test_a_colon_after_the_preposition_opens_the_list_on_its_line() -> None:
    text = ("Inspectors said Kent Fire and Rescue Service is good at: responding to fires, protecting the public, "
            "and keeping its fleet affordable now and in the future.")
    assert [a for _, _, a, _ in graded(text)] == ["responding to fires", "protecting the public",
                                                  "keeping its fleet affordable now and in the future"]


def test_now_and_in_the_future_closing_a_list_is_no_area_of_its_own() -> None:
    """"..., and its approach to money, both now and in the future": the time says when the
    last area holds, it is no area (nor two: "both now", "in the future")."""
    text = ("Kent Fire and Rescue Service was rated good across nine areas including for its culture, ability to "
            "train and develop new leaders and its approach to money management, both now and in the future.")
    areas = [a or "" for _, _, a, _ in graded(text)]
    assert not any(a.startswith(("both now", "in the future", "now and")) for a in areas)
    assert areas[-1] == "its approach to money management"


def test_an_aside_placing_the_grade_on_its_scale_stands_between_grade_and_areas() -> None:
    """"'Inadequate' – the lowest possible grading – in A, B and C": the aside says where the
    grade sits on the scale; the areas graded come after it."""
    text = ("The previous report judged Kent Police 'Inadequate' - the lowest possible grading - in answering "
            "calls, protecting children and managing its budget.")
    assert [(g, a) for _, g, a, _ in graded(text)] == [("inadequate", "answering calls"), ("inadequate", "protecting children"),
                                                        ("inadequate", "managing its budget")]
    text = "Surrey Police was given a grade of 'requires improvement' – the third ranking – for its use of stop and search."
    assert [a for _, _, a, _ in graded(text)] == ["its use of stop and search"]


def test_a_known_area_whose_name_holds_a_comma_is_one_part_of_a_list() -> None:
    """The general fallback reads a list whose last part is a known area's name holding a
    comma as it reads any other list, the name one area."""
    text = ("The previous report judged Kent Police 'Inadequate' – the lowest grading – in answering calls, "
            "protecting children and strategic planning, organisational management and value for money.")
    assert [a for _, _, a, _ in graded(text)] == ["answering calls", "protecting children",
                                                  "strategic planning, organisational management and value for money"]


def test_a_graded_noun_phrase_closing_on_a_body_before_a_predicate_grades_that_body() -> None:
    """"the effectiveness of its vetting arrangements in Kent Police is adequate": the phrase
    headed by what is graded ends on the body, whatever preposition sets it there; a phrase
    with no such head ("custody services in Kent were good") grades nobody."""
    text = "Inspectors found that the effectiveness of the arrangements for vetting in Kent Police is adequate."
    assert [(s, g) for s, g, _, _ in graded(text)] == [("Kent Police", "adequate")]
    assert graded("The leadership of custody services in Kent Police were good, with a clear aim.") == []


def test_a_body_in_an_absolute_construction_is_what_its_participle_grades() -> None:
    """"..., with Avon Fire and Rescue Service rated as 'inadequate' in A": the body after
    "with" and right before the participle is what is graded, not a body the sentence's
    "which" would carry from elsewhere (here the one named next); a body after "with" in a
    phrase of its own still grades nothing."""
    text = ("NEWS Fire checks fall\n\nThe BBC reported on a release from the watchdog, which stated that services "
            "do well in emergencies, but cuts have hurt prevention work, with Avon Fire and Rescue Service rated as "
            "‘inadequate’ in its protection work.\n\nSix services were told to improve: Kent, Surrey and Cornwall.\n")
    assert gradings(text) == [("Avon Fire and Rescue Service", "inadequate", False)]
    worked = ("Kent Fire and Rescue Service was among the services inspected.\n\n"
              "It worked with Avon Fire and Rescue Service and was rated as 'good' in its fire regulation work.\n")
    assert gradings(worked) == [("Kent Fire and Rescue Service", "good", False)]


def test_a_grade_that_remains_is_a_current_and_a_historic_row() -> None:
    text = "Kent Police was inspected in May. The force's approach to tackling crime remains good."
    assert graded(text) == [("Kent Police", "good", "approach to tackling crime", False),
                            ("Kent Police", "good", "approach to tackling crime", True)]


def test_a_graded_question_joining_two_activities_is_one_row_in_any_spelling() -> None:
    """One PEEL question is one row (NOTES gold audit 2, round 60, question 5): its name
    stays whole after an owner ("its approach to ..."), with "anti-social" written spaced
    or closed, also as a part of a written list."""
    assert graded("Kent Police requires improvement in its approach to preventing crime and reducing anti-social "
                  "behaviour.") == [("Kent Police", "requires_improvement",
                                     "its approach to preventing crime and reducing anti-social behaviour", False)]
    assert [g[2] for g in graded("Kent Police is good at preventing crime and anti social behaviour and in "
                                 "tackling serious and organised crime.")] == [
        "preventing crime and anti social behaviour", "tackling serious and organised crime"]
    assert [g[2] for g in graded("Kent Police is good at preventing crime and tackling antisocial behaviour, "
                                 "investigating crime and planning for the future.")] == [
        "preventing crime and tackling antisocial behaviour", "investigating crime", "planning for the future"]


NATIONAL_RESPONSE = ("Commissioner's response to the HMICFRS State of Policing report 2022\n\n"
                     "I welcome the Chief Inspector's annual assessment. HMICFRS graded Kent Police as good at "
                     "investigating crime. I will ask the Chief Constable to respond.\n")


def test_a_grade_quoted_in_a_response_to_a_national_report_is_of_an_earlier_inspection() -> None:
    """State of Policing grades no force: the grade a response to it quotes is the force's own
    earlier inspection's, historic; the same sentence answering a PEEL report is current."""
    assert graded_in(NATIONAL_RESPONSE, "v_national") == [("Kent Police", "good", "investigating crime", True)]
    peel = NATIONAL_RESPONSE.replace("State of Policing report", "PEEL report on Kent Police")
    assert graded_in(peel, "v_peel") == [("Kent Police", "good", "investigating crime", False)]


def test_a_lead_naming_every_fire_and_rescue_service_is_a_national_report_answered() -> None:
    text = ("Kent Fire and Rescue Service responds to HMICFRS report\n\n"
            "The report found bullying across the 44 fire and rescue services it looked at. "
            "HMICFRS rated Kent Fire and Rescue Service as good at preventing fires.\n")
    assert graded_in(text, "v_fire") == [("Kent Fire and Rescue Service", "good", "preventing fires", True)]
    inspected = text.replace("The report found bullying across the", "Inspectors visited us in a programme of all")
    assert graded_in(inspected, "v_fire_round") == [("Kent Fire and Rescue Service", "good", "preventing fires", False)]


def test_a_service_counted_among_all_fire_and_rescue_services_names_no_national_report() -> None:
    """"one of two services in all 44 fire and rescue services": the service's own standing
    among the others, no national report answered (no report noun before it): its grade is current."""
    text = ("Kent Fire and Rescue Service responds to HMICFRS report\n\n"
            "Kent is one of two services in all 44 fire and rescue services with this result. "
            "HMICFRS rated Kent Fire and Rescue Service as good at preventing fires.\n")
    assert graded_in(text, "v_fire_own") == [("Kent Fire and Rescue Service", "good", "preventing fires", False)]


def test_a_recurring_grade_names_no_earlier_area_a_count_could_sum() -> None:
    """"remained 'good' for A" is held now and before, but its copy of before names no area
    counted by "good in one area" of the last inspection: that count row stays."""
    text = ("In its previous inspection Kent Fire and Rescue Service was rated 'good' in one area. "
            "This year the service remained 'good' for handling emergencies.")
    assert sorted(graded_in(text, "v_recurring_count")) == [
        ("Kent Fire and Rescue Service", "good", "handling emergencies", False),
        ("Kent Fire and Rescue Service", "good", "handling emergencies", True),
        ("Kent Fire and Rescue Service", "good", "one area", True)]


@pytest.mark.parametrize(
    ("name", "restating"),
    [
        # "areas ... previously judged to be good", beside last year's good effectiveness
        ("hY_insp_peel2016_sussex_effectiveness", ("Sussex Police", "good", True)),
        # a decline from the last inspection's "good", beside the areas graded good then
        ("kA_peel_derbyshire_2018_effectiveness", ("Derbyshire Constabulary", "good", True)),
        # the efficiency pillar said again with an aside, beside "The extent to which ... is inadequate"
        ("jI_frs_northyorkshire_2021_overview", ("North Yorkshire Fire and Rescue Service", "inadequate", False)),
    ],
)
def test_a_peel_page_restating_a_grade_without_its_area_adds_no_row(name: str, restating: tuple[str, str, bool]) -> None:
    """On the inspectorate's page a grade given no area beside the same grade given to
    areas says it again: no row without an area, the rows with areas kept."""
    from crosswalk.extraction.extract import extract_document
    from crosswalk.ingest import ingest_file

    path = Path(__file__).resolve().parents[2] / "corpus" / "real" / "docs" / f"{name}.txt"
    document = ingest_file(path).document
    assert document is not None
    found = [g for g in extract_document(document).gradings if (g.subject, g.grade, g.historic) == restating]
    assert found and all(g.area for g in found)


def test_a_peel_page_grade_pointing_back_to_its_area_keeps_its_row() -> None:
    """"our assessment of this area has dropped ... to 'requires improvement'" grades the area
    the page is about, though its words name none: the row stays."""
    from crosswalk.extraction.extract import extract_document
    from crosswalk.ingest import ingest_file

    path = Path(__file__).resolve().parents[2] / "corpus" / "real" / "docs" / "hA_insp_frs2021_buckinghamshire_people.txt"
    document = ingest_file(path).document
    assert document is not None
    assert any(not g.area and g.grade == "requires_improvement" for g in extract_document(document).gradings)


@pytest.mark.parametrize(("sentence", "grades_one"), [
    ("The force is good at how it works with partners.", True),
    ("The force was rated ‘good’ in preventing crime.", True),
    ("The force was rated good in the PEEL inspection.", False),
    ("The force was rated good in its PEEL assessment.", False),
    ("The force was rated good in spring 2016.", False),
    ("The force was good on the whole.", False),
    ("The force was rated good by the inspectors.", False),
])
def test_a_peel_page_grade_before_its_area_grades_one(sentence: str, grades_one: bool) -> None:
    """On a PEEL page an area-less grade is kept where the words after it open an area (a
    preposition that opens one, then a gerund, "how", ...), not where they name the
    occasion ("in the PEEL inspection"), a season or "on the whole"."""
    from crosswalk.extraction.gradings import _grades_an_area

    assert _grades_an_area(sentence) is grades_one


@pytest.mark.parametrize(("name", "subject", "grade", "areas"), [
    ("gJ_press_westwaleschronicle_southwales_peel2019", "South Wales Police", "good",
     {"ability to meet current demands", "its planning for the future"}),
    ("jJ_press_lutontoday_beds_peel2014", "Bedfordshire Police", "requires_improvement",
     {"investigation of offending", "work to reduce and prevent crime"}),
])
def test_areas_the_body_owns_before_the_grade_are_each_graded(name: str, subject: str, grade: str,
                                                               areas: set[str]) -> None:
    """"The force's A, and its B, are also rated good", "the force's A and B, all of which
    were found to fall in the 'requires improvement' category": the list the body owns
    before the grade is what is graded, a row per area (the single possessive area stops at
    the list's first comma, and the phrase read no area at all)."""
    from crosswalk.extraction.extract import extract_document
    from crosswalk.ingest import ingest_file

    path = Path(__file__).resolve().parents[2] / "corpus" / "real" / "docs" / f"{name}.txt"
    document = ingest_file(path).document
    assert document is not None
    found = {g.area for g in extract_document(document).gradings if (g.subject, g.grade, g.historic) == (subject, grade, False)}
    assert areas <= found


@pytest.mark.parametrize(("before", "areas"), [
    ("The force’s ability to meet current demands, and its planning for the future, are also",
     ["ability to meet current demands", "its planning for the future"]),
    ("It found the force’s crime recording, which it praised, was", []),
    ("Kent Police’s approach to legitimacy is", []),
    # a comma aside (a date, a name, a qualifier) is no area of the list
    ("Lincolnshire Police’s crime data integrity, last inspected in 2014, was", []),
    ("Gwent Police’s overall grade, after two years, is now", []),
    ("Cumbria Constabulary’s chief constable, Michelle Skeer, and her officers are", []),
    ("Surrey Fire and Rescue Service’s leaders, in particular the chief fire officer and her deputy, were", []),
    # "all" after the verb as before it
    ("Essex Police’s investigation of crime, protection of vulnerable people and response to calls were all",
     ["investigation of crime", "protection of vulnerable people", "response to calls"]),
])
def test_possessed_list(before: str, areas: list[str]) -> None:
    """A list runs from a possessive to the verb before the grade; a clause inside it, or
    one area alone (the single possessive's reading), is no list."""
    from crosswalk.extraction.gradings import _list_part
    from crosswalk.extraction.grading_lists import possessed_list

    assert possessed_list(before, _list_part) == areas


@pytest.mark.parametrize(("name", "grade", "area"), [
    ("kA_peel_derbyshire_2015_effectiveness", "good", "preventing crime and anti-social behaviour and keeping people safe"),
    ("iR_resp_leics_pcc_effectiveness2015_thankyou", "good", "preventing crime and antisocial behaviour and keeping people safe"),
    ("gM_resp_southyorks_pcc_peel2015_effectiveness", "good", "preventing crime and anti-social behaviour, and keeping people safe"),
    ("hF_press_wiredgov_wiltshire_peel2021_22", "inadequate", "strategic planning and value for money"),
    ("hS_insp_glos_ncpi2025", "requires_improvement", "assessing risk and making referrals"),
])
def test_a_graded_question_named_with_and_is_one_area(name: str, grade: str, area: str) -> None:
    """A graded question's own name that holds "and" (the 2015 PEEL effectiveness question,
    the 2021/22 short name for strategic planning, a child protection inspection's
    question) is one area, one row, as gold counts it: not one row per part."""
    from crosswalk.extraction.extract import extract_document
    from crosswalk.ingest import ingest_file

    path = Path(__file__).resolve().parents[2] / "corpus" / "real" / "docs" / f"{name}.txt"
    document = ingest_file(path).document
    assert document is not None
    rows = [g for g in extract_document(document).gradings if g.grade == grade]
    assert any(g.area == area for g in rows)
    parts = {p.strip(" ,") for p in area.replace(", and ", " and ").split(" and ")}
    assert not any(g.area in parts for g in rows)


def test_an_infinitive_with_a_shared_object_is_one_part() -> None:
    """"work to reduce and prevent crime" (jJ_press_lutontoday_beds_peel2014's gold area):
    the two verbs of one infinitive share the object after the second, one list part."""
    from crosswalk.extraction.grading_lists import list_parts

    assert list_parts("investigation of offending and work to reduce and prevent crime") == [
        "investigation of offending", "work to reduce and prevent crime"]


def test_a_listed_infinitive_with_a_shared_object_is_one_area() -> None:
    """jF_resp_ddfire_frs2025_news (gold: "culture", "ability to manage and develop future
    leaders", "approach to money management ..."): the shared infinitive is one area of the
    list, and its first verb does not make the part too long to be a name."""
    from crosswalk.extraction.extract import extract_document
    from crosswalk.ingest import ingest_file

    path = Path(__file__).resolve().parents[2] / "corpus" / "real" / "docs" / "jF_resp_ddfire_frs2025_news.txt"
    document = ingest_file(path).document
    assert document is not None
    areas = {g.area for g in extract_document(document).gradings if g.grade == "good"}
    assert "ability to manage and develop future leaders" in areas
    assert "develop future leaders" not in areas


def _real_rows(name: str) -> tuple[Grading, ...]:
    """The gradings the pipeline reads from one readable corpus document."""
    from crosswalk.extraction.extract import extract_document
    from crosswalk.ingest import ingest_file

    path = Path(__file__).resolve().parents[2] / "corpus" / "real" / "docs" / f"{name}.txt"
    document = ingest_file(path).document
    assert document is not None
    return extract_document(document).gradings


def _real_gradings(name: str) -> list[tuple[str, str | None]]:
    """The (grade, area) rows the pipeline reads from one readable corpus document."""
    return [(g.grade, g.area) for g in _real_rows(name)]


@pytest.mark.parametrize(("name", "grade", "areas"), [
    ("gL_press_daventryexpress_northants_peel2014", "good",
     ["reducing crime, preventing offending", "tackling anti-social behaviour"]),
    ("gY_press_eadt_suffolk_frs2019", "requires_improvement",
     ["the way it prevents fires", "how it protects the public through fire regulation"]),
    ("hY_resp_suffolk_cc_frs2025_investment_news", "good",
     ["preventing fires and risk", "protecting the public through fire regulation"]),
])
def test_a_list_of_areas_closed_by_a_clause_is_one_row_per_area(name: str, grade: str, areas: list[str]) -> None:
    """"good at A, B and C, as well as remaining on track ...", "requires improvements to
    the way it X, and how it Y, as staff have ...": a written list of areas that a comma and
    a clause of the writer's close is read whole, one row per area, not cut to its first
    part (gold: a row for each of the areas named)."""
    rows = _real_gradings(name)
    assert all((grade, area) in rows for area in areas)


@pytest.mark.parametrize(("name", "last"), [
    ("gL_press_daventryexpress_northants_peel2014", "tackling anti-social behaviour"),  # then ", as well as ..."
    ("gZ_resp_cambs_pcc_peel2014", "reducing anti-social behaviour"),
    ("jG_press_dorsetecho_dorset_peel2014", "tackling anti-social behaviour"),
])
def test_a_known_area_written_as_two_list_parts_is_one_area(name: str, last: str) -> None:
    """"good at reducing crime, preventing offending and tackling anti-social behaviour":
    the first two parts are the PEEL 2014 question "reducing crime and preventing offending"
    written with a comma (gold: one row for it, one for anti-social behaviour, in all four
    documents that write it so), so the list is not divided inside the known name."""
    good = [a for g, a in _real_gradings(name) if g == "good"]
    assert "reducing crime, preventing offending" in good and last in good
    assert "reducing crime" not in good and "preventing offending" not in good


def test_a_clause_of_the_speaker_after_the_area_is_no_list() -> None:
    """gE_resp_surrey_chief_peel2022_bookham: "'requires improvement' in our management of
    offenders and suspects, and I am committed to addressing this, it is integral to ...":
    the part opening on "I" is the speaker's clause, so no list of areas stands before the
    last clause, and the one area is read as before. A regression guard (it passed before
    lists closed by a clause were read): reading the lists must not split the speaker's
    clause into areas."""
    rows = _real_gradings("gE_resp_surrey_chief_peel2022_bookham")
    assert [a for g, a in rows if g == "requires_improvement"] == ["our management of offenders and suspects"]


def test_a_list_of_areas_runs_to_a_contrast_before_the_next_grade() -> None:
    """gJ_press_bbc_dyfedpowys_peel2016: "North Wales was graded 'good' in effectiveness and
    efficiency but required improvement in the area of legitimacy": the contrast word, not
    the "and", ends the areas graded good (gold: effectiveness and efficiency, one row each)."""
    rows = _real_gradings("gJ_press_bbc_dyfedpowys_peel2016")
    assert ("good", "effectiveness") in rows and ("good", "efficiency") in rows


@pytest.mark.parametrize(("name", "grade", "areas"), [
    ("hO_press_bbc_dyfedpowys_legitimacy2015", "good", ["issues of stop-and-search", "its use of stun guns"]),
    ("iJ_resp_wiltshire_force_peel2022_improvements_news", "inadequate",
     ["its approach to strategic planning", "its ability to respond to the public",
      "its ability to protect vulnerable people"]),
])
def test_and_its_with_no_verb_after_it_is_one_more_area(name: str, grade: str, areas: list[str]) -> None:
    """"rated good on issues of stop-and-search and its use of stun guns", "'inadequate' in
    its approach to A, its ability to B and its ability to C": "and its" opens a clause only
    where a verb follows its noun ("and its staff were praised"); with none it names one
    more area graded (gold: a row for each). Before a verb it still ends the area."""
    rows = _real_gradings(name)
    assert all((grade, area) in rows for area in areas)
    assert graded("Kent Police was rated good at investigating crime and its staff were praised.") == [
        ("Kent Police", "good", "investigating crime", False)]


def test_a_list_of_owned_areas_ends_before_another_subject_s_clause() -> None:
    """iQ_resp_bucks_fa_hmicfrs_actionplan_minutes2020: "judged to require improvement in its
    Efficiency and its Effectiveness, and the People element was judged as good": ", and the
    People element was" opens a clause of another subject, so the areas required to improve
    are the two owned ones, and no area holds the next clause (gold: RI efficiency, RI
    effectiveness)."""
    rows = _real_gradings("iQ_resp_bucks_fa_hmicfrs_actionplan_minutes2020")
    assert ("requires_improvement", "Efficiency") in rows and ("requires_improvement", "Effectiveness") in rows
    assert not [a for _, a in rows if a and "judged" in a]


@pytest.mark.parametrize(("sentence", "areas"), [
    ("Kent Police was rated good in efficiency and its chief constable, Alan Pike, said the result reflected hard work.",
     ["efficiency"]),
    ("Kent Police was rated good at preventing crime and its officers' response to domestic abuse was praised.",
     ["preventing crime"]),
])
def test_and_its_before_a_verb_past_a_comma_ends_the_area(sentence: str, areas: list[str]) -> None:
    """"and its chief constable, Alan Pike, said ...", "and its officers' response to domestic
    abuse was praised": the verb after "and its" may come past an aside in commas or five
    words on; "and its" still opens the clause and the area ends before it."""
    assert [a for _, _, a, _ in graded(sentence)] == areas


@pytest.mark.parametrize(("name", "subject", "grade"), [
    ("hO_press_bbc_dyfedpowys_legitimacy2015", "Dyfed-Powys Police", "requires_improvement"),
    ("gF_resp_dorset_force_peel2015_news", "Dorset Police", "good"),
])
def test_a_way_clause_before_the_grade_is_an_area_of_its_own(name: str, subject: str, grade: str) -> None:
    """"The way the force treats the public 'requires improvement'", "the way it uses its
    resources ... is already 'good'": the general fallback reads the "the way" clause as the
    area graded, so the row stands beside the body's other grading of that grade (read with
    another area) instead of being dropped as a restatement of it."""
    from crosswalk.extraction.extract import extract_document
    from crosswalk.ingest import ingest_file

    path = Path(__file__).resolve().parents[2] / "corpus" / "real" / "docs" / f"{name}.txt"
    document = ingest_file(path).document
    assert document is not None
    rows = [g for g in extract_document(document).gradings if (g.subject, g.grade, g.historic) == (subject, grade, False)]
    assert len(rows) == 2
    assert any((g.area or "").lower().startswith("the way ") for g in rows)


@pytest.mark.parametrize(("clause", "area"), [
    ("The way the force answers calls from the public ", "The way the force answers calls from the public"),
    ("We judged the way it promotes the right values and culture to be ", "the way it promotes the right values and culture"),
    ("The report rated the way the service looks after staff as “", "the way the service looks after staff"),
    ("This report assessed that the way Dorset Police uses its resources is already ‘", "the way Dorset Police uses its resources"),
    # a "how"/"the way" clause with no verb after its subject names no area (the old
    # pattern read "how the force" and "The way forward")
    ("The chief said that how the force was judged ", None),
    ("The way forward is ", None),
    # guards the anchor: "the way" that neither opens the clause nor follows a grading
    # participle ("It was the way forward") is no subject of the grade
    ("It was the way forward and the force is ", None),
])
def test_way_subject(clause: str, area: str | None) -> None:
    """The area a "the way" clause names before a grade, as the clause's subject or a
    grading participle's object, its subject followed by a verb; nothing for a clause
    with no verb after its subject or that opens on anything else."""
    from crosswalk.extraction.grading_fallback import _way_subject

    assert _way_subject(clause) == area


@pytest.mark.parametrize(("name", "subject", "grade", "count"), [
    ("gZ_resp_cityoflondon_hmicfrs_update_minutes2018_hatecrime", "City of London Police", "good", 1),
    ("jM_resp_staffordshire_force_peel2016_responses_page", "Staffordshire Police", "requires_improvement", 1),
    ("iO_resp_londonassembly_met_peel2025_motion", "Metropolitan Police Service", "inadequate", 2),
])
def test_a_grade_naming_no_body_in_a_response_is_its_own_bodys(name: str, subject: str, grade: str, count: int) -> None:
    """A force's or PCC's response that states a grade with no body named or pointed to in
    the sentence ("had been graded Good", "we have an overall grading of ...", areas "rated
    as 'Inadequate'") speaks of its own body's report: gold gives the grade to that body."""
    rows = [g for g in _real_rows(name) if (g.subject, g.grade, g.historic) == (subject, grade, False)]
    assert len(rows) == count


@pytest.mark.parametrize("sentence", [
    "The neighbouring county was rated inadequate for its response to the public.",
    "The victim support service, run by a local charity, was judged outstanding by the Ministry of Justice.",
    "The partnership was graded outstanding.",
    "Across England and Wales, most were rated good.",
])
def test_a_grade_of_another_subject_in_a_response_is_not_its_own_bodys(sentence: str) -> None:
    """jM_resp_staffordshire_force_peel2016_responses_page, a force's own page, with one
    sentence more: a grade whose subject is another noun phrase (a county, a service, a
    partnership) or that is set across the country is not the force's, though no body is
    named in it; the force's own grade in the page is still read."""
    name = "jM_resp_staffordshire_force_peel2016_responses_page"
    text = (REAL / "docs" / f"{name}.txt").read_text(encoding="utf-8")
    anchor = "The report outlines that"
    assert anchor in text
    found = extract_text(text.replace(anchor, f"{sentence}\n\n{anchor}", 1), name).gradings
    assert not [g for g in found if g.sentence.strip() == sentence and g.subject == "Staffordshire Police"]
    assert any(g.subject == "Staffordshire Police" and g.grade == "requires_improvement" for g in found)


@pytest.mark.parametrize(("name", "grade", "expected"), [
    # the count before a gerund: "in the three main pillars assessing A, B and C"
    ("iC_resp_wyfrs_news_frs2019", "good",
     ["effectiveness", "efficiency", "how well the service looks after its staff"]),
    # the count heading a relative clause that holds the grade: "three areas where X is outstanding, which are A, B and C"
    ("jO_press_hmicfrs_merseyside_frs2021_news", "outstanding",
     ["fire prevention", "major incident response", "providing value for money"]),
    # the count set off between dashes, the list the subject of the grade after it, not the grade before it
    ("jS_press_radiocms_westsussex_frs_reinspection2020", "inadequate",
     ["protecting the public through fire regulation", "ensuring fairness and promoting diversity"]),
    # the count opening the sentence, its list set off by commas before the body and its grade
    ("iD_press_policeprofessional_suffolk_peel2022", "adequate",
     ["investigating crime", "responding to the public", "protecting vulnerable people"]),
])
def test_a_count_of_areas_names_them_in_its_sentence(name: str, grade: str, expected: list[str]) -> None:
    """A count of areas followed by as many names ("the three pillars of A, B and C", "two
    areas – A and B – judged", "three areas where it is outstanding, which are A, B and
    C") gives one row per name to the grade the list belongs to, the count no row of its
    own (the gold's one-row-per-area rule; a count equal to the areas named adds none)."""
    from crosswalk.extraction.grading_common import area_count

    text = (REAL / "docs" / f"{name}.txt").read_text(encoding="utf-8")
    areas = [g.area for g in extract_text(text, name).gradings if g.grade == grade and not g.historic]
    assert [a for a in areas if a in expected] == expected
    assert [a for a in areas if area_count(a or "") is not None] == []  # the count no row of its own


@pytest.mark.parametrize("text", [
    # a count's list read by counted_list_areas, whose parts the list reader rebuilds
    # ("preventing and tackling crime" read as "preventing crime")
    "In two areas, preventing and tackling crime, and responding to the public, and managing offenders, "
    "Essex Police was rated good.",
    # the same list after the grade, read by the count-then-names reader
    "Kent Police has been rated good in two areas – preventing and tackling crime, and responding to the "
    "public, and protecting vulnerable people.",
])
def test_a_counted_list_whose_parts_are_rebuilt_loses_no_document(text: str) -> None:
    """A list part rebuilt by the list reader is no substring of the text: looking for it
    must not raise (the runner would drop every row of the document), and the grade still
    reads."""
    gradings = extract_text(text, "counted_rebuilt").gradings
    assert any(g.grade == "good" for g in gradings)


@pytest.mark.parametrize("link", [", which are ", ", namely "])
def test_a_count_of_areas_leads_its_list_in_with_which_are_or_namely(link: str) -> None:
    """"three areas, which are A, B and C" and "three areas, namely A, B and C": the words
    leading the list in are no part of its first name (the comma alone was read as the
    link, so the list read "which are A, ..." and failed as a clause)."""
    from crosswalk.extraction.grading_common import counted_list_areas

    text = f"Essex Police was rated good in three areas{link}preventing crime, responding to the public and protecting vulnerable people."
    grade = text.index("good")
    assert counted_list_areas(text, 0, len(text), grade, grade + len("good"), None) == [
        "preventing crime", "responding to the public", "protecting vulnerable people"]


def test_a_list_part_is_placed_after_the_one_before_it_or_not_at_all() -> None:
    """Each part is found after the one before it; a part the list reader rebuilt is not
    in the text as written, so the list has no place (the readers then read no list)."""
    from crosswalk.extraction.grading_lists import placed_parts

    text = "two areas, A and B, and A again"
    assert placed_parts(text, ["A", "B", "A"], 10) == [(11, 12), (17, 18), (24, 25)]
    assert placed_parts("preventing and tackling crime, and managing offenders", ["preventing crime"]) is None


@pytest.mark.parametrize(("name", "grade", "vague"), [
    ("hK_press_leightonbuzzard_bedsfrs2021", "requires_improvement", "some areas"),
    ("gR_press_bbc_derbyshire_peel2025", "requires_improvement", "half of its graded areas"),
    ("jF_press_echo_essex_frs2024", "requires_improvement", "more than half of key areas"),
    ("hX_press_watfordobserver_herts_pcc_peel2024", "inadequate", "more than half the categories"),
    ("jP_press_warwickshireworld_warwickshire_peel2022", "requires_improvement", "others"),
])
def test_a_vague_quantity_of_areas_beside_a_named_area_adds_no_row(name: str, grade: str, vague: str) -> None:
    """A grade given to a vague quantity of areas ("requires improvement in some areas",
    "in half of its graded areas", "adequately in some areas but requires improvement in
    others") says vaguely what the same document grades by name: where the same grade of the
    same body is given to a named area, the vague row adds none (gold's restated-grade rule),
    and the named rows stay."""
    text = (REAL / "docs" / f"{name}.txt").read_text(encoding="utf-8")
    rows = [g for g in extract_text(text, name).gradings if g.grade == grade and not g.historic and not g.negated]
    assert not [g.area for g in rows if g.area and g.area.lower().startswith(vague)]
    assert any(g.area and not g.area.lower().startswith(vague) for g in rows)


@pytest.mark.parametrize(("name", "opening", "shape", "expected"), [
    # a count of areas anywhere in a sentence, a gerund linking its list (counted_list_areas)
    ("iC_resp_wyfrs_news_frs2019", "three main pillars", "in_sentence",
     ["effectiveness", "efficiency", "how well the service looks after its staff"]),
    # a count right after a grade, its list in brackets (the count-then-names shape)
    ("gG_resp_cleveland_force_peel2019", "across all three inspection areas", "after_count",
     ["effectiveness", "efficiency", "legitimacy"]),
    # the same after a dash, a clause set against it ("but work to ...") no part of the list
    ("gH_press_berwick_northumberland_frs2019", "for each of the three main areas", "after_count",
     ["effectiveness", "efficiency", "people"]),
    # a lone count of one grade, its list the pillars after it (the count read apart)
    ("hL_resp_oxfordshire_cc_news_frs2022", "three ‘good’ ratings", "grade_count",
     ["effectiveness", "efficiency", "people"]),
])
def test_one_reader_reads_a_count_of_areas_and_the_names_it_vouches_for(
        name: str, opening: str, shape: str, expected: list[str]) -> None:
    """The three shapes of "a count of areas vouches for a list of that many names" are
    read by one reader (`counted_list`), each by its rule: the count, the names, and where
    each name stands in the text read (the last one's end is where the sentence goes on)."""
    from crosswalk.extraction import gradings
    from crosswalk.extraction.grading_common import IN_SENTENCE_COUNT, NAMES_AFTER_COUNT, counted_list
    from crosswalk.extraction.grading_vocabulary import area_expression, expressions

    text = (REAL / "docs" / f"{name}.txt").read_text(encoding="utf-8")
    at = text.index(opening)
    if shape == "in_sentence":
        read, counted = text, counted_list(area_expression("counted_list").search(text, at), IN_SENTENCE_COUNT)
    elif shape == "after_count":
        read = text[at:]
        counted = counted_list(expressions().count_named.match(read), NAMES_AFTER_COUNT)
    else:
        count = expressions().count.match(text, at)
        assert count is not None
        read = text[count.end() :]
        counted = counted_list(area_expression("count_listed").match(read), gradings._GRADE_COUNT_NAMES, count["count"])
    assert counted is not None
    assert (counted.count, counted.names) == (len(expected), expected)
    assert [read[start:end] for start, end in counted.places] == expected
    assert counted.end == counted.places[-1][1] and counted.list_start <= counted.places[0][0]


def test_a_count_of_areas_whose_names_the_list_reader_rebuilt_vouches_for_no_list() -> None:
    """The counterpart of the test above, and what it adds over the old readers: the
    in-sentence count reader takes a list only where every name it vouches for stands in the
    text as written. "effective and efficient, as well as legitimate" split to its two
    counted areas gives "effective, as well as legitimate" and "efficient, as well as
    legitimate", written nowhere, so no list and no row from it. Before the one reader
    (fdbf4b99) only the last name was looked for, it was found inside the sentence, and
    the two rebuilt names were graded (review round 67, findings 5 and 11; no corpus
    document has the case, so the corpus outputs did not move)."""
    from crosswalk.extraction.grading_common import IN_SENTENCE_COUNT, counted_list, counted_list_areas
    from crosswalk.extraction.grading_vocabulary import area_expression

    text = "It was judged in two areas: effective and efficient, as well as legitimate."
    assert counted_list(area_expression("counted_list").search(text), IN_SENTENCE_COUNT) is None
    graded = "It was judged good in two areas: effective and efficient, as well as legitimate."
    grade = graded.index("good")
    assert counted_list_areas(graded, 0, len(graded), grade, grade + len("good"), None) == []


def test_a_counted_list_read_without_places_has_no_end_and_raises_nothing() -> None:
    """A lone count of one grade may vouch for names the list reader rebuilt ("preventing
    crime" and "investigating crime" out of "preventing and investigating crime"): that rule
    reads no places, so the list has no end to give, and asking for it says so (None) rather
    than raising IndexError (review round 67, finding 10)."""
    from crosswalk.extraction import gradings
    from crosswalk.extraction.grading_common import counted_list
    from crosswalk.extraction.grading_vocabulary import area_expression, expressions

    text = "It received two ‘good’ ratings for preventing and investigating crime."
    count = expressions().count.search(text)
    assert count is not None and count["count"] == "two"
    read = text[count.end() :]
    counted = counted_list(area_expression("count_listed").match(read), gradings._GRADE_COUNT_NAMES, count["count"])
    assert counted is not None and counted.names == ["preventing crime", "investigating crime"]
    assert counted.places == [] and counted.end is None


def test_a_count_of_areas_may_follow_any_of_the_word_files_opening_prepositions() -> None:
    """The prepositions a count of areas may follow are read from the word file's one list
    (area_opening_prepositions), by both count patterns, not written out in each."""
    from crosswalk.extraction.grading_common import _OPENING_COUNT_RE
    from crosswalk.extraction.grading_vocabulary import expressions, grading_words

    for preposition in grading_words().area_opening_prepositions:
        named = expressions().count_named.match(f"{preposition} all three areas (effectiveness, efficiency and legitimacy)")
        assert named is not None and named["list"] == "effectiveness, efficiency and legitimacy", preposition
        assert _OPENING_COUNT_RE.match(f"{preposition.capitalize()} a further ") is not None, preposition


@pytest.mark.parametrize(("text", "areas"), [
    ("Cumbria Constabulary has been rated requires improvement at investigating crime. "
     "The force was also rated requires improvement in several other areas.",
     ["investigating crime", "several other areas"]),
    ("Cumbria Constabulary requires improvement in managing offenders, and requires improvement in others.",
     ["managing offenders", "others"]),
])
def test_a_vague_quantity_of_areas_after_a_named_area_means_other_areas(text: str, areas: list[str]) -> None:
    """A vague quantity of areas after or beside one area named with the same grade ("also
    rated requires improvement in several other areas", "in A, and in others") counts areas
    besides it, so it keeps its row; only ahead of the named areas (a headline's summary, as
    in the documents of the test above) does one named area make it the same grading
    (review round 67, finding 4: the sentences are the review's)."""
    rows = [g for g in extract_text(text).gradings if g.grade == "requires_improvement" and not g.negated]
    assert [g.area for g in rows] == areas


@pytest.mark.parametrize(("name", "grade", "expected"), [
    # a copula and the grade, the area after "when it comes to", "still" making it held before too
    ("hO_press_cornwallreports_cornwall_frs2020", "inadequate",
     [("responding to fires and other emergencies", False), ("responding to fires and other emergencies", True)]),
    # the copula with a pronoun subject, the past tense "came"
    ("iN_press_northernecho_durham_cdi2018", "outstanding",
     [("demonstrating the leadership necessary for meeting national standards in crime reporting", False)]),
    # a passive grading verb whose area list "when it came to" opens
    ("hG_press_dorsetecho_dwfrs_frs2018", "good",
     [("looking after its staff", False), ("promoting diversity", False), ("developing leaders", False)]),
])
def test_when_it_comes_or_came_to_opens_the_area_of_a_grade(name: str, grade: str,
                                                            expected: list[tuple[str, bool]]) -> None:
    """"is still inadequate when it comes to A", "was outstanding when it came to A", "rated
    good when it came to A, B and C": the phrase opens the area as "at" does, in the past
    tense as in the present, after a copula as after a grading verb (press retelling a
    report uses both tenses)."""
    text = (REAL / "docs" / f"{name}.txt").read_text(encoding="utf-8")
    found = [(g.area, g.historic) for g in extract_text(text, name).gradings if g.grade == grade and not g.negated]
    assert [a for a in found if a in expected] == expected


@pytest.mark.parametrize(("name", "grade", "area"), [
    ("hK_press_caerphillyobserver_gwent_peel2023", "inadequate", "the speed at which it answers 999 calls and attends incidents"),
    ("gU_press_somersetgazette_devonsomerset_frs2019", "good", "the way in which we train our staff"),
    ("iB_press_heraldwales_dyfedpowys_effectiveness2015", "requires_improvement", "the way in which it treats members of the public"),
])
def test_which_after_a_relative_preposition_goes_on_with_the_area(name: str, grade: str, area: str) -> None:
    """"inadequate when it comes to the speed at which it answers calls", "good at the way in
    which we train": "which" after one of the relative prepositions the fallback reads opens
    a relative clause on the noun before, part of the area, not a clause of its own (the
    rule path cut it to "the speed", "the way"); a reporting tail (", inspectors have
    said") is still cut."""
    text = (REAL / "docs" / f"{name}.txt").read_text(encoding="utf-8")
    assert area in [g.area for g in extract_text(text, name).gradings if g.grade == grade and not g.negated]


@pytest.mark.parametrize(("name", "grade", "area"), [
    ("gU_press_itv_cumbria_frs2023", "inadequate", "keeping people safe from fire"),
    ("iE_press_bbc_herefordworcester_frs2021", "good", "protecting the public through fire regulation"),
    ("gH_press_wiredgov_lfb_frs2024", "outstanding", "its response to major and multi-agency incidents"),
])
def test_a_reporting_clause_with_its_subject_ends_the_area(name: str, grade: str, area: str) -> None:
    """"inadequate at keeping people safe from fire, a report has found", "..., the fire
    inspectorate has said": a comma, a short subject and a reporting verb open the press's
    attribution, no part of the area, as a bare ", said" already was."""
    text = (REAL / "docs" / f"{name}.txt").read_text(encoding="utf-8")
    assert area in [g.area for g in extract_text(text, name).gradings if g.grade == grade and not g.negated]


@pytest.mark.parametrize("text", [
    # the "it" of "when it came to" stands for no body: the copula's subject is a team no body carries
    "Kent Police was inspected this year. Residents said the new neighbourhood team was outstanding when it came to "
    "the summer festival.",
    # an area that is only a pronoun points back and names none
    "Kent Police was inspected this year. The force is good when it comes to that.",
])
def test_when_it_comes_to_reads_a_subject_and_an_area_as_at_does(text: str) -> None:
    """"X was outstanding when it came to A" grades a body only where X is a body or a carrier
    standing for one, as "X was outstanding at A" does (the phrase's own "it" carries none),
    and an area that is only a pronoun ("good when it comes to that") names no area, so no
    grading (review round 68, finding A: the sentences are the review's)."""
    assert not extract_text(text).gradings


@pytest.mark.parametrize(("name", "subject", "grade"), [
    # "our overall assessment is good" in the chief constable's words a PCC release quotes
    ("gS_resp_westmidlands_pcc_peel2016", "West Midlands Police", "good"),
    # "the overall grading was deemed as 'requiring improvement'" after two areas graded so
    ("gZ_resp_leics_pcc_effectiveness2016", "Leicestershire Police", "requires_improvement"),
])
def test_a_response_states_its_overall_grade_through_a_grading_noun(name: str, subject: str, grade: str) -> None:
    """A response that gives its body's overall grade as what a grading noun is ("our overall
    assessment is good", "the overall grading was deemed as ...") gives an overall row (area
    null) beside the areas it grades, as gold's body overall statements do (round 18 class 1):
    the possessive owns the grade, a participle may stand before it, and an area graded just
    before does not carry into a grade stated as the overall one."""
    text = (REAL / "docs" / f"{name}.txt").read_text(encoding="utf-8")
    rows = [g for g in extract_text(text, name).gradings if g.grade == grade and not g.historic and not g.negated]
    assert any(g.subject == subject and g.area is None for g in rows)


@pytest.mark.parametrize(("text", "expected"), [
    ("Dorset Police statement on the PEEL report\n\nHMICFRS has published its PEEL report on Dorset Police. "
     "The force was graded good at investigating crime. Our overall assessment is good, and we will keep improving.",
     [("Dorset Police", "good", "investigating crime"), ("Dorset Police", "good", None)]),
    ("Kent Police and Crime Commissioner welcomes report\n\nThe Commissioner noted that Kent Police was rated "
     "adequate for responding to the public. The overall grading was judged to be 'good', which she welcomed.",
     [("Kent Police", "adequate", "responding to the public"), ("Kent Police", "good", None)]),
])
def test_overall_grade_phrasings_of_our_own(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = extract_text(text, "c1_resp_dorset_force_overall").gradings
    assert [(g.subject, g.grade, g.area) for g in found if not g.historic] == expected


@pytest.mark.parametrize(("name", "subject", "grade"), [
    ("gX_press_hmicfrs_cheshire_cdi2018_news", "Cheshire Constabulary", "outstanding"),  # "proud of its ‘outstanding’ grade"
    ("jZ_press_bordercounties_westmercia_legitimacy2017", "West Mercia Police", "requires_improvement"),  # "disappointed with the ... rating"
    ("jP_press_bedfordtoday_bedfordshire_peel2017", "Bedfordshire Police", "inadequate"),  # "to judge the force as inadequate"
    ("hO_press_pembrokeshireherald_dyfedpowys_effectiveness2017", "Dyfed-Powys Police", "good"),  # "the second consecutive ‘good’ grading"
])
def test_a_press_grade_said_again_without_its_area_adds_no_row(name: str, subject: str, grade: str) -> None:
    """A press story gives its body's grade with the area first and then says it again in a
    quote or an aside with no area: the restatement adds no row (labeller C's restated-grade
    rule; gold one row for the grade)."""
    rows = [g for g in _real_rows(name) if (g.subject, g.grade, g.historic) == (subject, grade, False)]
    assert len(rows) == 1 and rows[0].area



@pytest.mark.parametrize(("name", "grade", "expected"), [
    # "It also earned this rating for A and B." after "found to be good at C and D"
    ("gY_press_bbc_cumbria_frs_sixareas", "good",
     ["how it dealt with major and multi-agency incidents", "making the service affordable now and in the future"]),
    # "It has also been given the same mark for efficiency - because ..." two sentences after the grade
    ("hT_press_maidenhead_bucks_frs2019", "requires_improvement", ["efficiency"]),
    # "... has received this grade in relation to A, B and C." after a sentence that names the grade alone
    ("iM_press_bucksherald_thamesvalley_peel2022", "adequate",
     ["preventing crime", "investigating crime", "protecting vulnerable people", "developing a positive workplace"]),
])
def test_a_grade_received_by_reference_grades_the_areas_named(name: str, grade: str, expected: list[str]) -> None:
    """A sentence that states no grade but receives the one stated before ("earned this
    rating for", "given the same mark for", "received this grade in relation to") gives it
    to each area it names."""
    text = (REAL / "docs" / f"{name}.txt").read_text(encoding="utf-8")
    found = [g for g in extract_text(text, name).gradings if g.rule == "grading-referred"]
    assert [(g.grade, g.area) for g in found] == [(grade, area) for area in expected]


@pytest.mark.parametrize("sentence", [
    "The force has now received this rating for the third year in a row.",  # a time, no area
    "Its officers earned this rating for their hard work, the commissioner said.",  # someone else's praise
])
def test_a_grade_received_by_reference_needs_an_area_of_the_body(sentence: str) -> None:
    """A time after "for", or a subject other than the body, names no area graded; the
    sentence after, that receives the grade for an area, still gives it."""
    text = (f"Merseyside Police was rated good by the inspectorate in its latest report.\n\n{sentence}\n\n"
            "It also received this rating for protecting vulnerable people.\n")
    found = [g for g in extract_text(text).gradings if g.rule == "grading-referred"]
    assert [(g.subject, g.grade, g.area) for g in found] == [("Merseyside Police", "good", "protecting vulnerable people")]


def test_a_grade_received_by_reference_is_the_last_grading_not_the_last_grade_word() -> None:
    """"this rating" refers to the grade last given to an area, not to a grade word that
    grades nothing in between ("Good progress has also been made"; review finding 7)."""
    text = ("Merseyside Fire and Rescue Service was rated outstanding at preventing fires by the inspectorate.\n\n"
            "Good progress has also been made on the workforce plan.\n\n"
            "It also earned this rating for protecting the public through fire regulation.\n")
    found = [g for g in extract_text(text).gradings if g.rule == "grading-referred"]
    assert [(g.grade, g.area) for g in found] == [("outstanding", "protecting the public through fire regulation")]


@pytest.mark.parametrize("sentence", [
    "The force received this rating for the third year.",  # a time, no area
    "It earned this rating for the dedication shown by its officers.",  # a reason, no area
])
def test_a_grade_received_by_reference_for_a_time_or_a_reason_names_no_area(sentence: str) -> None:
    """"for the third year", "for the dedication shown by its officers" name no area
    graded (review finding 8)."""
    text = f"Merseyside Police was rated good by the inspectorate in its latest report.\n\n{sentence}\n"
    assert not [g for g in extract_text(text).gradings if g.rule == "grading-referred"]


def test_a_grade_received_by_reference_leaves_out_the_body_compared() -> None:
    """"the same rating for efficiency as Essex Police": the body compared is no part of
    the area (review finding 8)."""
    text = ("Kent Police was rated good by the inspectorate in its latest report.\n\n"
            "It was given the same rating for efficiency as Essex Police.\n")
    found = [g for g in extract_text(text).gradings if g.rule == "grading-referred"]
    assert [(g.grade, g.area) for g in found] == [("good", "efficiency")]


def test_a_grade_named_alone_before_it_is_received_by_reference_is_no_row_of_its_own() -> None:
    """hZ_resp_thamesvalley_force_peel2022_tvpcareers: "a grading ... of 'Adequate'" names
    the grade, and the next sentence receives it for four areas: four rows, none without an area."""
    name = "hZ_resp_thamesvalley_force_peel2022_tvpcareers"
    text = (REAL / "docs" / f"{name}.txt").read_text(encoding="utf-8")
    found = [g.area for g in extract_text(text, name).gradings if g.grade == "adequate"]
    assert found == ["preventing crime", "investigating crime", "protecting vulnerable people", "developing a positive workplace"]


def test_an_overall_assessment_followed_by_an_area_is_no_overall_grade() -> None:
    """"Our overall assessment is now good in every area of the plan" in a commissioner's
    release speaks of the plan, not a graded area of the force: the overall-assessment rule
    reads a grade only where it ends its clause (review round 69, finding 7)."""
    text = ("West Mercia PCC statement on the PEEL report\n\nHMICFRS has published its PEEL report on West Mercia "
            "Police. Our overall assessment is now good in every area of the police and crime plan.")
    assert not extract_text(text, "c1_resp_pcc_overall").gradings
