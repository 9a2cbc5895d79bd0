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


def test_cause_of_concern_given_after_a_reported_finding_takes_it_up() -> None:
    """An HMI's "I was disappointed to find that A, and I have given a new cause of concern":
    the cause of concern names no theme of its own, so it is the finding the clause before
    reports (round 64: gH, iA; before, neither story gave the item)."""
    assert ("cause_of_concern", "the service wasn’t doing enough to make sure its protection work was effective") \
        in real("gH_press_hmicfrs_surrey_frs2023_news")


def test_this_concern_points_back_to_the_finding_reported_before_it() -> None:
    """"HMICFRS said A, and it must act ... / To address this concern, ...": the bare "this
    concern" takes up the finding the inspectorate is reported to have made, not the whole
    paragraph (round 64: gX, jH)."""
    got = real("gX_press_wiredgov_herts_frs_acoc2024")
    assert ("cause_of_concern", "prevention activity isn’t a sufficiently high priority for the service") in got
    assert not [t for _, t in got if t.startswith("it must act")]


def test_this_concern_takes_up_the_inspectorates_finding_not_a_speakers() -> None:
    """Only a finding reported in the inspectorate's voice (an inspectorate word before its
    verb) is what "this concern" points back to; a commissioner's own view is not."""
    got = invented(["HMICFRS said call handlers are not trained to assess the risk to callers, and it must act quickly.",
                    "To address this concern, the inspectorate says the force should train them this year.",
                    "The commissioner said response times in rural villages are far too slow, and residents agree.",
                    "To address this concern, the force will add two patrols."])
    assert "call handlers are not trained to assess the risk to callers" in got
    assert not [t for t in got if "response times in rural villages" in t]


def test_a_cause_of_concern_with_its_own_theme_takes_up_no_finding() -> None:
    """"..., and I have given a cause of concern about A": the kind names its theme after it,
    so the finding before is not taken up; with nothing after the kind, it is."""
    got = invented(["The inspector said: “I was disappointed to find that staff were not trained to use the new radios, "
                    "and I have given a cause of concern about call handling.”",
                    "She added: “I was disappointed to find that the control room was not checking its risk records, "
                    "and I have given a new cause of concern.”"])
    assert not [t for t in got if t.startswith("staff were not trained")]
    assert "the control room was not checking its risk records" in got
