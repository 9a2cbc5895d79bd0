"""Body mentions: the trie scan over lower-cased text finds what reading every word finds."""

from __future__ import annotations

import pytest

from crosswalk.bodies import find_bodies
from tests.conftest import SAMPLES, sample_text

# "İ" lower-cases to two characters, which sends find_bodies down its word-by-word path.
WORD_BY_WORD = " İ"

TRICKY = [
    "x-Kent Police", "o'Kent Police", "'Kent Police", "-Kent Police", "Kent Police's review",
    "KENT POLICE", "kent police and West Mercia", "_Kent Police", "&Kent Police", "’-Kent Police",
    "Kent_Police", "3Kent Police", "Kent Police-led", "Dyfed-Powys Police", "a&Kent Police",
    "the Metropolitan Police Service and the Met", "West Midlands ROCU (ROCUWM)",
]


def _canonical(text: str) -> list[tuple[int, int, str]]:
    return [(s, e, body.canonical) for s, e, body in find_bodies(text)]


@pytest.mark.parametrize("text", TRICKY)
def test_fast_scan_equals_word_by_word(text: str) -> None:
    assert _canonical(text) == _canonical(text + WORD_BY_WORD)


def test_fast_scan_equals_word_by_word_on_the_samples() -> None:
    found = 0
    for stem in SAMPLES:
        text = sample_text(stem)
        assert _canonical(text) == _canonical(text + WORD_BY_WORD), stem
        found += len(_canonical(text))
    assert found > 50


def test_a_word_inside_another_is_not_a_mention() -> None:
    assert _canonical("o'Kent Police") == []
    assert _canonical("Kent Police-led reviews") == [(0, 4, "Kent Police")]  # "Police-led" is one word
    assert [c for _, _, c in _canonical("'Kent Police' said")] == ["Kent Police"]


def test_fire_services_short_names_and_unshared_initials() -> None:
    from crosswalk.bodies import find_bodies

    def named(text: str) -> list[str]:
        return [body.canonical for _, _, body in find_bodies(text)]

    assert named("Hereford and Worcester Fire and Rescue said") == ["Hereford and Worcester Fire and Rescue Service"]
    assert named("HWFRS and KFRS") == ["Hereford and Worcester Fire and Rescue Service", "Kent Fire and Rescue Service"]
    assert named("BFRS") == []  # Bedfordshire or Buckinghamshire


@pytest.mark.parametrize(("text", "canonical"), [
    ("Shropshire and Wrekin Fire and Rescue Authority resolved", "Shropshire Fire and Rescue Service"),
    ("Shropshire & Wrekin Fire Authority resolved", "Shropshire Fire and Rescue Service"),
    ("a decision of the London Fire Commissioner", "London Fire Brigade"),  # the corporation sole over the brigade
    ("the London Fire and Emergency Planning Authority agreed", "London Fire Brigade"),  # its authority before 2018
])
def test_a_fire_authority_whose_name_is_not_its_services_area_is_that_service(text: str, canonical: str) -> None:
    assert [body.canonical for _, _, body in find_bodies(text)] == [canonical]


@pytest.mark.parametrize(("text", "found"), [
    ("the APCC’s chair said", ["Association of Police and Crime Commissioners"]),
    ("The NPCC's lead said", ["National Police Chiefs’ Council"]),
    ("the platform ‘What Works Kent’ hosts", []),  # a closing quote, not a possessive
])
def test_the_possessive_of_a_one_word_name_names_the_body(text: str, found: list[str]) -> None:
    assert [c for _, _, c in _canonical(text)] == found
    assert _canonical(text) == _canonical(text + WORD_BY_WORD)


@pytest.mark.parametrize(("text", "found"), [
    # an area whose commissioner is named in the possessive ("Surrey’s Police and Crime
    # Commissioner") still names its force by the bare possessive
    ("Inspectors thought Surrey’s handling of calls was good", ["Surrey Police"]),
    ("while Staffordshire's handling of calls was weaker", ["Staffordshire Police"]),
    ("In Kent’s view the plan works", ["Kent Police"]),  # a sentence's own capital before it
    ("Surrey’s Police and Crime Commissioner replied", ["Surrey PCC"]),
    # a capitalised word before the possessive makes another name of it
    ("the council of East Sussex’s towns met", []),
    ("a visit to Mid Sussex’s towns", []),
])
def test_a_bare_possessive_of_an_area_names_its_force(text: str, found: list[str]) -> None:
    assert [c for _, _, c in _canonical(text)] == found
    assert _canonical(text) == _canonical(text + WORD_BY_WORD)


def test_a_possessive_written_with_a_straight_apostrophe_is_found() -> None:
    found = [(body.kind, body.area) for _, _, body in find_bodies("Kent's Police and Crime Commissioner said")]
    assert found == [("pcc", "Kent")]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("the Isle of Man Constabulary", "Isle of Man Constabulary"),
        ("the Department of Home Affairs", "Isle of Man Government"),
        ("Bailiwick Law Enforcement (BLE)", "Bailiwick of Guernsey Law Enforcement"),
        ("the States of Guernsey", "States of Guernsey"),
        ("the States of Jersey Police", "States of Jersey Police"),
        ("the Government of Jersey", "Government of Jersey"),
        ("the RGP and the Gibraltar Police Authority", "Royal Gibraltar Police"),
        ("the PSNI", "Police Service of Northern Ireland"),
        ("the Northern Ireland Policing Board", "Northern Ireland PCC"),
        ("the BTPA", "British Transport Police PCC"),
        ("the CPS", "Crown Prosecution Service"),
        ("UK Border Force", "Border Force"),
    ],
)
def test_bodies_outside_the_home_office_forces_are_named(text: str, canonical: str) -> None:
    """HMICFRS inspects forces of the Crown Dependencies, Gibraltar, Northern Ireland and
    the non-territorial forces; their governments and police authorities answer."""
    assert _canonical(text)[0][2] == canonical


def test_a_force_name_is_not_read_as_its_government() -> None:
    """"States of Jersey Police" is the force, though "States of Jersey" is its government."""
    assert [c for _, _, c in _canonical("the States of Jersey Police and the States of Jersey")] == [
        "States of Jersey Police", "Government of Jersey"]


def test_a_bare_area_name_is_read_as_its_documents_sector_reads_it() -> None:
    from crosswalk.bodies import find_bodies_in_sector

    def named(text: str, sector: str | None) -> list[str]:
        return [body.canonical for _, _, body in find_bodies_in_sector(text, sector)]

    police = "Joy Allen said the people of County Durham and Darlington are safer; Durham Constabulary was graded good."
    assert named(police, "police") == ["Durham Constabulary", "Durham Constabulary"]
    assert named(police, None)[0] == "County Durham and Darlington Fire and Rescue Service"
    assert named("the people of Devon and Somerset", "police") == []  # a place, no force's area
    assert named("the people of Hampshire and the Isle of Wight", "fire") == [
        "Hampshire and Isle of Wight Fire and Rescue Service"]
    assert named("Kent Police and the people of Kent", "fire") == ["Kent Police", "Kent Fire and Rescue Service"]
    assert named("Devon and Somerset Fire and Rescue Service", "police") == [
        "Devon and Somerset Fire and Rescue Service"]
    # the service's own pages drop "County" ("Durham and Darlington Performance"): still the
    # service, and a police text's "Durham and Darlington" is still the force's area
    assert named("Durham and Darlington Performance", "fire") == ["County Durham and Darlington Fire and Rescue Service"]
    assert named("policing in Durham and Darlington", "police") == ["Durham Constabulary"]
    assert named("the PCC for Durham and Darlington", "police") == ["Durham PCC"]  # the commissioner's initials name the office


def test_the_association_of_police_authorities_is_a_national_body() -> None:
    # the police authorities' association before 2012 (the APCC's predecessor) answers in its own name
    assert [(c, body.kind) for _, _, c, body in ((s, e, b.canonical, b) for s, e, b in find_bodies(
        "APA responds to report; the Association of Police Authorities said"))] == [
        ("Association of Police Authorities", "national"), ("Association of Police Authorities", "national")]


def test_a_force_under_its_later_name_is_that_name_and_its_area() -> None:
    # Hampshire's force took the Isle of Wight into its name in 2022: a text printing the
    # new name keeps it (subject and responding body take the name the text prints), while
    # the older name and the bare area stay the older force's
    from crosswalk.ingest.responding_body import body_name
    assert _canonical("Hampshire & Isle of Wight Constabulary was rated adequate.")[0][2] == \
        "Hampshire and Isle of Wight Constabulary"
    later = find_bodies("the Hampshire and Isle of Wight Police and Crime Commissioner")[0][2]
    assert (later.kind, body_name(later)) == ("pcc", "Hampshire and Isle of Wight")
    assert [c for _, _, c in _canonical("Hampshire Constabulary serves Hampshire and the Isle of Wight")] == [
        "Hampshire Constabulary", "Hampshire Constabulary"]


@pytest.mark.parametrize(("text", "named"), [
    ("The minister met police chiefs on Monday.", []),  # a verb, not the Met
    ("Storms were forecast by the met office.", []),
    ("A Met Police spokesperson said the force accepted the findings.", ["Metropolitan Police Service"]),
    ("MET POLICE TOLD TO IMPROVE", ["Metropolitan Police Service"]),  # a headline's capitals
    ("The Met has accepted every recommendation.", ["Metropolitan Police Service"]),  # a sentence's capital
    ("the tarian of the old tales", []),  # Welsh for a shield; Tarian is the Welsh ROCU
    ("Tarian officers arrested three men.", ["ROCU Wales"]),
    ("the department of justice in another country", []),
    ("The Department of Justice replied to the report.", ["Department of Justice (Northern Ireland)"]),
])
def test_a_cased_alias_is_a_name_only_capitalised(text: str, named: list[str]) -> None:
    # aliases that are words of the language in lower case (patterns' cased_aliases) match
    # with their capitals only; the word-by-word path reads them alike
    assert [c for _, _, c in _canonical(text)] == named
    assert [c for _, _, c in _canonical(text + WORD_BY_WORD)] == named


@pytest.mark.parametrize(("text", "canonical", "kind"), [
    ("a letter from the OPCC for Cumbria", "Cumbria PCC", "pcc"),
    ("the PCC for Durham said", "Durham PCC", "pcc"),
    ("the PFCC for Essex welcomed the report", "Essex PCC", "pcc"),
    ("Awdurdod Tân ac Achub Canolbarth a Gorllewin Cymru", "Mid and West Wales Fire and Rescue Service", "fire"),
])
def test_a_commissioners_initials_before_the_area_and_welsh_area_names(text: str, canonical: str, kind: str) -> None:
    # the commissioner's office named by its initials with the long form's "for" is the
    # office, not the force of the area that follows; the Welsh name of the area alone names
    # Mid and West Wales's service as its English name alone does
    [(_, _, body)] = find_bodies(text)
    assert (body.canonical, body.kind) == (canonical, kind)
