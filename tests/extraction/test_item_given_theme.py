"""A cause of concern whose theme a construction around the kind gives, where no introducer
after the kind lists it (item_ascribed.py): a clause joined after the theme that gives the kind
("A, and we have issued a cause of concern": `given_after_theme`), the -ing form of a naming
verb ("with inspectors branding A as a cause of concern": `_naming_verb`), and a kind qualified
"additional" before its comma and "on" ("An additional cause for concern, on A, was issued")."""

from __future__ import annotations

import pytest

from tests.conftest import REAL, extract_text


def real(stem: str) -> list[tuple[str, str]]:
    text = (REAL / "docs" / f"{stem}.txt").read_text(encoding="utf-8")
    return [(i.type, i.text.rstrip(".")) for i in extract_text(text, stem).items]


@pytest.mark.parametrize(("stem", "theme"), [
    # the inspector quoted: "... to find that A, and I have given a new [kind]."
    ("gH_press_hmicfrs_surrey_frs2023_news", "the service wasn’t doing enough to make sure its protection work was effective"),
    # the same, attributed after the kind: '..., and I have given a new [kind]," he said.'
    ("iA_press_bbc_surrey_frs2023", "the service wasn't doing enough to make sure its protection work was effective"),
    # "with inspectors branding A as a “cause of concern”"
    ("kC_press_edp24_norfolk_frs2022", "failures to identify people at risk"),
    # "An additional cause for concern, on A, was issued in July"
    ("iN_press_nottstv_notts_coc_revisit2025", "deterring of crime and antisocial behaviour and reducing vulnerability"),
])
def test_a_construction_around_the_kind_gives_its_theme(stem: str, theme: str) -> None:
    assert ("cause_of_concern", theme) in real(stem)


def test_the_given_clause_runs_back_to_its_sentence() -> None:
    """With no "that", the theme is the clause from where its sentence opens, not the sentence
    before that the reader ran into the quotation. A kind that is not the last word of its
    clause ("raised a cause of concern with the council") or that no giving verb in the
    perfect gives ("and a cause of concern remains") is said of nothing before the comma."""
    text = ('Midshire Police has been criticised by inspectors. "Too many emergency calls are not answered '
            'within ten seconds, and we have issued a cause of concern," the inspector said.')
    assert [(i.type, i.text) for i in extract_text(text).items] == [
        ("cause_of_concern", "Too many emergency calls are not answered within ten seconds")]
    for other in ("Staffing at the station is too low, and we have raised a cause of concern with the council about it.",
                  "Staffing at the station is too low, and a cause of concern remains."):
        assert not [i for i in extract_text(other).items if i.text.startswith("Staffing")]


def test_a_force_finding_its_own_area_for_improvement_gives_no_item() -> None:
    """Only the inspectorate gives an item: a force's "we have identified an area for
    improvement" in its own response, found by its own review, is no given item."""
    text = ("Marlow Vale Police response to the HMICFRS inspection\n\n"
            "This is the force's response to the HMICFRS report.\n\n"
            "Our review of custody found that detainees were not always seen promptly by a nurse, "
            "and we have identified an area for improvement.\n")
    assert extract_text(text).items == ()


@pytest.mark.parametrize("text", [
    # the -ing naming verb's subject is not the inspectorate
    "Town centre parking row\n\nThe new car park has drawn complaints, with residents branding the late "
    "opening hours of the site as a cause of concern.\n",
    # the kind is raised by others, not given by the inspectorate
    "School run anger\n\nAn additional cause of concern, on parking near the school gates, was raised by "
    "parents at the meeting.\n",
])
def test_a_cause_of_concern_named_by_others_is_no_item(text: str) -> None:
    assert extract_text(text).items == ()


def test_a_participle_and_by_inside_the_theme_leave_the_item() -> None:
    """"given/made/raised ... by" counts only right after the kind (or its comma-closed
    aside): one inside the theme ("the checks made by officers") says nothing of who gave
    the kind, and the watchdog is the inspectorate."""
    for text in ("Custody inspection\n\nInspectors have raised a cause of concern about the checks made by officers "
                 "when children go missing from home.\n",
                 "Custody inspection\n\nA cause of concern, on the checks when children go missing, was raised by "
                 "the watchdog.\n"):
        assert [i.type for i in extract_text(text).items] == ["cause_of_concern"], text


@pytest.mark.parametrize("text", [
    # "labelling" is a naming verb's -ing form, read by its lookup lemma
    "Call handling report\n\nThe report was published on Tuesday, with the inspectorate labelling the handling "
    "of emergency calls as an area for improvement.\n",
    # a capitalised -ing form opening its clause is read by the lower-cased word's lemma
    "Call handling report\n\nThe report was published on Tuesday. Inspectors Highlighting the handling of "
    "emergency calls as an area for improvement, the report set out its findings.\n",
])
def test_an_ing_naming_verb_of_the_inspectorate_names_the_item(text: str) -> None:
    assert [i.type for i in extract_text(text).items] == ["area_for_improvement"]


def test_an_answer_quoting_the_inspector_giving_a_cause_of_concern_has_the_item() -> None:
    """A response's "we" is the writer, except in a quotation the inspectorate is named as
    introducing ('The inspector wrote: "..., and we have given a cause of concern."')."""
    text = ("Marlow Vale Police response to the HMICFRS inspection\n\n"
            "This is the force's response to the HMICFRS report.\n\n"
            "The inspector wrote: \"Detainees were not always seen promptly by a nurse, and we have given "
            "a cause of concern.\"\n\n"
            "We accept this and have added nurses to every custody suite.\n")
    assert [i.type for i in extract_text(text).items] == ["cause_of_concern"]
