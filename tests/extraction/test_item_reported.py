"""A news story's report of what the inspectorate says a body "should" do (item_statements.py):
the inspectorate's recommendation in the story's words, however the story attributes it."""

from __future__ import annotations

from tests.conftest import REAL, extract_text


def real(stem: str) -> list[tuple[str, str]]:
    text = (REAL / "docs" / f"{stem}.txt").read_text(encoding="utf-8")
    return [(i.type, i.text) for i in extract_text(text, stem).items]


def test_present_tense_frame_reports_the_ask() -> None:
    """"something inspectors say the service should focus on preventing": "say" reports as
    "says" and "said" do, so the clause after it is the ask, from its subject."""
    assert ("recommendation", "the service should focus on preventing.") in \
        real("jF_press_windsorobserver_royalberks_frs2019")


HOST = "jG_press_policeoracle_wiltshire_engage2022"  # a police story that reports no item (gold: none)
ANCHOR = "There was heavy criticism for the way it deals with domestic violence cases.\n"


def invented(paragraphs: list[str]) -> list[str]:
    """The host story with invented paragraphs of the genre after one of its own: the item
    texts the pipeline reads from it."""
    text = (REAL / "docs" / f"{HOST}.txt").read_text(encoding="utf-8")
    assert ANCHOR in text
    added = "".join(f"\n{p}\n" for p in paragraphs)
    return [i.text for i in extract_text(text.replace(ANCHOR, ANCHOR + added), HOST).items]


def test_someone_elses_voice_reports_no_ask() -> None:
    """"Parish councillors say the force should ...": the plural "say" reports the
    inspectorate's ask only when the inspectorate (or its report) is its subject; anyone
    else's "should" is their own view."""
    got = invented(["Parish councillors say the force should reopen the police station in the town centre."])
    assert not [t for t in got if "reopen the police station" in t]


def test_quoted_words_of_a_speaker_are_no_ask() -> None:
    """'The commissioner said the force should ‘make every contact count’': a quotation after
    "should" gives its speaker's words; a verb the directive patterns leave out ("make",
    "lead") opens no ask because a quotation mark stands before it."""
    got = invented(["The Police and Crime Commissioner said the force should ‘make every contact count’.",
                    "The chief constable said the force should 'lead the way' on neighbourhood policing."])
    assert not [t for t in got if "every contact count" in t or "lead the way" in t]


def test_work_reported_after_an_attribution_is_no_second_ask() -> None:
    """"It should improve A, the report said, and the force has started work on that": what
    follows the attribution's "and" is the story's own news, not a second ask."""
    got = invented(["It should also improve how it answers calls, the report said, and the force has "
                    "already started work on that."])
    assert not [t for t in got if "already started work" in t]
