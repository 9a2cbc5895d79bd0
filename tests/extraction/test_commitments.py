"""Commitments from phrasings of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract_text

LETTER = "Response of the Police and Crime Commissioner for Kent, 2 July 2024\n\n{}\n\nYours faithfully,\n\nJane Doe\n\nPolice and Crime Commissioner for Kent\n"


def commitments(sentence: str):
    return extract_text(LETTER.format(sentence)).commitments


@pytest.mark.parametrize(
    ("sentence", "strength", "deadline"),
    [
        ("The force will complete a review of its custody suites by March 2025.", "firm", "2025-03"),
        ("We are in the process of recruiting 20 additional investigators.", "firm", None),
        ("The constabulary is currently developing a new performance framework.", "firm", None),
        ("The service intends to publish a new prevention strategy.", "planned", None),
        ("I have committed £250,000 to fund two new analysts.", "firm", None),
        ("We will seek to improve how we record disruptions.", "hedged", None),
        ("Work is under way to roll out body-worn video to all officers by the end of 2025.", "firm", "2025-12"),
        ("The Chief Constable will report progress to my Accountability Board on 3 September 2024.", "firm", "2024-09-03"),
        ("Further work is ongoing with partners to improve information sharing.", "firm", None),
        ("New case files are being audited every month by the crime registrar.", "firm", None),
        ("I shall be raising this at my forthcoming scrutiny panel on the 16th October.", "planned", "2024-10-16"),
    ],
)
def test_commitment_phrasings(sentence: str, strength: str, deadline: str | None) -> None:
    found = commitments(sentence)
    assert [(c.text, c.strength, c.deadline) for c in found] == [(sentence, strength, deadline)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The force has recruited 20 investigators since the inspection.",
        "This response will be published on our website.",
        "I expect that the force will meet the deadline.",
        "HMICFRS will revisit the force in 2025.",
        "There are areas where we can continue to improve.",
        "The force said that it is introducing a civil orders team.",
    ],
)
def test_statements_that_are_not_commitments(sentence: str) -> None:
    assert commitments(sentence) == ()


def test_actor_is_the_named_role_or_the_speaker() -> None:
    chief = commitments("The Chief Constable will report progress to the board.")[0]
    pcc = commitments("I will hold the Chief Constable to account at my panel.")[0]
    assert (chief.actor, pcc.actor) == ("Chief Constable", "PCC")


def test_commitment_answers_the_recommendation_it_names() -> None:
    text = (
        "Recommendations\n\n"
        "- Improve how it records disruption activity\n"
        "- Review its delivery plan so that it measures progress\n\n"
        "In response to recommendation 2, the force will rewrite the delivery plan by May 2025.\n"
    )
    found = extract_text(LETTER.format(text)).commitments
    assert [(c.answers, c.deadline) for c in found] == [("R2", "2025-05")]
