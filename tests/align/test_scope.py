"""Which register items a responding body must answer for."""

from __future__ import annotations

import pytest

from crosswalk.align.register import RegisterItem
from crosswalk.align.scope import IN_SCOPE, scope_of


def _item(subject: str) -> RegisterItem:
    return RegisterItem("K/CoC1", "cause_of_concern", subject, "The service should improve its prevention work.",
                        False, None)


@pytest.mark.parametrize("area, subject", [
    ("Avon", "Avon Fire and Rescue Service"),  # a fire area that no police force shares
    ("Cornwall", "Cornwall Fire and Rescue Service"),
    ("Kent", "Kent Fire and Rescue Service"),  # a fire area that is also a police area
    ("Kent", "Kent Police"),
])
def test_a_fire_or_police_area_answers_for_its_own_service(area: str, subject: str) -> None:
    assert scope_of(_item(subject), area) == IN_SCOPE


def test_a_fire_area_does_not_answer_for_another_service() -> None:
    assert scope_of(_item("Devon and Somerset Fire and Rescue Service"), "Cornwall") == "other_body"


@pytest.mark.parametrize("subject", ["all fire and rescue services", "police service", "government and police chiefs"])
def test_a_national_body_answers_for_its_sector(subject: str) -> None:
    assert scope_of(_item(subject), "National Fire Chiefs Council") == IN_SCOPE
    assert scope_of(_item(subject), "Association of Police and Crime Commissioners") == IN_SCOPE


def test_a_national_body_does_not_answer_for_one_force() -> None:
    assert scope_of(_item("Kent Police"), "National Police Chiefs’ Council") == "other_body"
    assert scope_of(_item("all fire and rescue services"), "Kent") == "other_body"


@pytest.mark.parametrize("text", [
    "Within three months, the Home Office should publish revised guidance on vetting.",
    "Within six months the National Police Chiefs’ Council (NPCC) lead and the CPS lead should agree a protocol.",
    "Home Office to review the funding formula for fire and rescue services.",
])
def test_an_item_whose_opening_names_only_national_bodies_asks_nothing_of_a_force(text: str) -> None:
    item = RegisterItem("K/R1", "recommendation", "all forces", text, False, None)
    assert scope_of(item, "Kent") == "other_body"
    assert scope_of(item, None) == IN_SCOPE  # an unrecognised responder may be that body


@pytest.mark.parametrize("text", [
    "Forces should work with the Home Office to improve their data.",
    "The College of Policing and chief constables should review training.",
])
def test_an_item_for_forces_beside_a_national_body_stays_in_scope(text: str) -> None:
    assert scope_of(RegisterItem("K/R1", "recommendation", None, text, False, None), "Kent") == IN_SCOPE


def test_a_national_body_answers_items_addressed_to_it() -> None:
    item = RegisterItem("K/R1", "recommendation", None, "NFCC and LGA to produce a code of ethics.", False, None)
    assert scope_of(item, "National Fire Chiefs Council") == IN_SCOPE
    assert scope_of(item, "Kent") == "other_body"


def test_a_part_of_a_recommendation_made_to_every_service_is_every_services_to_answer() -> None:
    # one service's page restates a recommendation to all chief fire officers and its parts;
    # extraction reads that service as the parts' subject, but the parts are asked of every service
    parent = RegisterItem("K/R4", "recommendation", "Essex County Fire and Rescue Service",
                          "With immediate effect, chief fire officers should report to the inspectorate any case that:",
                          False, None)
    part = RegisterItem("K/R4.1", "recommendation", "Essex County Fire and Rescue Service",
                        "concerns a senior officer", False, "K/R4")
    assert scope_of(part, "Royal Berkshire", parent=parent) == IN_SCOPE
    # a part of a recommendation made to one service alone stays that service's
    own = RegisterItem("K/R4", "recommendation", "Essex County Fire and Rescue Service",
                       "The service should report to its authority any case that:", False, None)
    assert scope_of(part, "Royal Berkshire", parent=own) == "other_body"
    assert scope_of(part, "Royal Berkshire") == "other_body"



@pytest.mark.parametrize(("subject", "text", "responder"), [
    ("Essex County Fire and Rescue Service",
     "By 1 May 2030, ahead of a new national leadership college, chief fire officers and the fire chiefs' council should agree a common course for senior leaders.",
     "Royal Berkshire"),
    ("Kent Police",
     "Within six months, working with the national policing lead, chief constables should publish their plans for stop and search.",
     "Dorset"),
])
def test_a_recommendation_to_every_service_after_a_deadline_and_a_clause_is_every_services(
        subject: str, text: str, responder: str) -> None:
    # one body's page restating it gave it that body as subject; its own opening words (a
    # deadline, then a clause, then the sector's chief officers) make it every body's to answer
    assert scope_of(RegisterItem("K/R4", "recommendation", subject, text, False, None), responder) == IN_SCOPE
    # a deadline and a clause before the body's own name leave it that body's
    own = text.split(", ")[0] + ", ahead of the audit, the service should act."
    assert scope_of(RegisterItem("K/R4", "recommendation", subject, own, False, None), responder) == "other_body"
