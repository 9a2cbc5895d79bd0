"""Gradings from phrasings of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract_text


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


def test_negated_grading_is_kept_and_flagged() -> None:
    found = extract_text("Dyfed-Powys Police was not rated as inadequate at any point.").gradings
    assert [(g.subject, g.grade, g.negated) for g in found] == [("Dyfed-Powys Police", "inadequate", True)]


@pytest.mark.parametrize(
    "text",
    [
        "The current resourcing of the unit is inadequate for the number of prisons.",
        "Good practice is shared across Merseyside Police.",
        "'Inadequate' West Yorkshire Police response to knife crime a 'cause for concern'",
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

    from crosswalk.extraction import extract_document
    from crosswalk.ingest import ingest_file

    document = ingest_file(Path(__file__).parent / "peel_judgements_table.html").document
    assert document is not None
    found = [(g.subject, g.grade, g.area) for g in extract_document(document).gradings]
    assert found == [
        ("Kent Police", "requires_improvement", "Investigating crime"),
        ("Kent Police", "good", "Preventing crime"),
        ("Kent Police", "adequate", "Protecting vulnerable people"),
    ]
