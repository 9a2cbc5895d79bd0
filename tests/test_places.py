"""The body answering read from the places a text names (`crosswalk.places`): the weakest
cue, read only when a force's, commissioner's or fire authority's text names no body at all."""

from __future__ import annotations

import pytest

from tests.ingest.test_address import FIRE_MINUTES
from tests.conftest import ingest_text

# A force's page that names only the towns it polices.
TOWNS_PAGE = """Our response to the inspection of how we investigate burglary

The Force welcomes the inspectorate's report. We have opened new investigation hubs in {first} and
{second}, and every burglary reported there is now attended within a day. The Force will publish
its progress on this page every six months.
"""


@pytest.mark.parametrize(
    ("first", "second", "body"),
    [
        ("Rotherham", "Doncaster", "South Yorkshire"),
        ("Kettering", "Corby", "Northamptonshire"),
        ("Swindon", "Chippenham", "Wiltshire"),
        ("Swansea", "Port Talbot", "South Wales"),  # policed by South Wales, not its fire service's area
    ],
)
def test_a_text_naming_no_body_but_its_towns_is_their_areas(first: str, second: str, body: str) -> None:
    text = TOWNS_PAGE.format(first=first, second=second)
    assert ingest_text(text, "page").responding_body == body


@pytest.mark.parametrize(
    ("place", "body"),
    [
        ("King’s Lynn", "Norfolk"),  # typeset with a curly apostrophe, listed with a straight one
        ("Staines-upon-Thames", "Surrey"),  # the town's full name, whose hyphen no bare "Staines" crosses
        ("Newark-on-Trent", "Nottinghamshire"),
    ],
)
def test_a_place_typeset_otherwise_or_by_its_full_name_is_its_areas(place: str, body: str) -> None:
    text = TOWNS_PAGE.format(first=place, second="the villages around it")
    assert ingest_text(text, "page").responding_body == body


@pytest.mark.parametrize(
    ("where", "body"),
    [
        ("at the stations in Slough and Maidenhead", "Royal Berkshire"),
        ("for the people of Oxfordshire", "Oxfordshire"),  # a county whose fire service is not its force's
        ("across MAWWFRS", "Mid and West Wales"),  # the service's initials
        ("at the stations in Swansea and Neath", "Mid and West Wales"),  # South Wales Police's, not its fire service's
    ],
)
def test_a_fire_authoritys_minutes_naming_its_towns_are_their_fire_services(where: str, body: str) -> None:
    text = FIRE_MINUTES.replace("protection officers", f"protection officers {where}")
    assert ingest_text(text, "minutes").responding_body == body


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Rotherham", "Kettering"),  # two areas' towns tie: a regional text, neither answers
        ("New York", "New Jersey"),  # "York" inside another place's name is no place of North Yorkshire
        ("Beeston", "the villages around it"),  # a name two areas share (a Nottinghamshire town, a district of Leeds)
        ("the Rother Valley", "the villages around it"),  # South Yorkshire's, not East Sussex's district of Rother
        ("West Derby", "the villages around it"),  # a district of Liverpool, not Derbyshire's city
        ("Chester Road", "the villages around it"),  # a road in Trafford and in Sutton Coldfield, not Cheshire's city
        ("Halton", "the villages around it"),  # Cheshire's borough, a district of Leeds, a Buckinghamshire RAF station
        ("Sudbury", "the villages around it"),  # a Suffolk town, a Derbyshire prison village, a district of Brent
        ("St Helens", "the villages around it"),  # Merseyside's borough, an Isle of Wight village
        ("Newark", "the villages around it"),  # bare, a district of Peterborough too
        ("Hambleton", "the villages around it"),  # North Yorkshire's district, Lancashire's and Rutland's villages
        ("Redhill", "the villages around it"),  # Surrey's town, Nottinghamshire's and North Somerset's villages
        ("Harrow", "the villages around it"),  # a borough, and a word
    ],
)
def test_towns_of_two_areas_tied_or_a_place_inside_another_name_none(first: str, second: str) -> None:
    text = TOWNS_PAGE.format(first=first, second=second)
    assert ingest_text(text, "page").responding_body is None


def test_a_body_the_text_names_outranks_its_towns() -> None:
    text = TOWNS_PAGE.format(first="Rotherham", second="Doncaster").replace("The Force welcomes", "Norfolk Constabulary welcomes")
    assert ingest_text(text, "page").responding_body == "Norfolk"
