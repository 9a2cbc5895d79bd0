"""Sentence boundaries: the one splitter every module uses (`split_sentences`)."""

from __future__ import annotations

import pytest

from crosswalk.extraction.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # House of Commons Library briefing CBP-10081, section 3.1: the raised footnote
        # number comes straight after the stop in pdfium's text.
        ("The UK Government said that a new online GP registration service for England would be used to "
         "identify undiagnosed patients.107 On 19 May 2025, NHS England announced a new question.",
         "The UK Government said that a new online GP registration service for England would be used to "
         "identify undiagnosed patients.107"),
        ("The plan says that legislative proposals for Northern Ireland will be introduced by September "
         "2025.116 The Scottish and Welsh Government accepted the recommendations.",
         "The plan says that legislative proposals for Northern Ireland will be introduced by September 2025.116"),
        ("It aims for the NHS to return to “the highest patient satisfaction in history”.124 The UK Government "
         "reported on existing measures.",
         "It aims for the NHS to return to “the highest patient satisfaction in history”.124"),
        ("The review closed (the Ockenden review).74 Healthcare professionals’ training follows.",
         "The review closed (the Ockenden review).74"),
    ],
)
def test_footnote_number_glued_to_a_sentence_end_ends_the_sentence(text: str, first: str) -> None:
    assert _sentences(text)[0] == first


@pytest.mark.parametrize(
    "text",
    [
        "The rate rose to 3.5 The force said so.",  # a decimal is no stop
        "It is set out in paragraph 2.1 The force should act.",  # a section number
        "People were infected with hepatitis C.4 At least some were.",  # a capital before the stop: an initial?
        "See No.12 The force agreed.",  # an abbreviation before the number
    ],
)
def test_footnote_number_shape_does_not_split_numbers_or_abbreviations(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("plans were being drafted.42 The", ["plans", "were", "being", "drafted", ".42", "The"]),
        ("a “fresh start”.7 Then", ["a", "“", "fresh", "start", "”", ".7", "Then"]),
        ("were being drafted.12,13 The", ["were", "being", "drafted", ".12,13", "The"]),
        ("under s.55 of the Act", ["under", "s.55", "of", "the", "Act"]),
        ("rose to 3.5 and 2.1", ["rose", "to", "3.5", "and", "2.1"]),
        ("See No.12 and e.g. this", ["See", "No.12", "and", "e.g.", "this"]),
        ("began in 2014.89 The", ["began", "in", "2014.89", "The"]),
        ("see https://www.example.org.uk/ now", ["see", "https://www.example.org.uk/", "now"]),
    ],
)
def test_footnote_reference_glued_to_a_word_is_a_token_of_its_own(text: str, tokens: list[str]) -> None:
    """A cue that needs a word after "being" must see "drafted", not "drafted.42"; the
    reference keeps its stop so that the sentence's text and end do not change."""
    from crosswalk.extraction.nlp import shared_nlp

    assert [t.text for t in shared_nlp().make_doc(text)] == tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The space after the stop lost when a scraped page's lines were joined.
        ("Training will be delivered by Autumn 2019.The board monitors it.",
         ["Training will be delivered by Autumn 2019.", "The board monitors it."]),
        ("The figures are in the annex (page 12).They show a rise.",
         ["The figures are in the annex (page 12).", "They show a rise."]),
        ("Officers will be trained (see action 4).Progress is reported monthly.",
         ["Officers will be trained (see action 4).", "Progress is reported monthly."]),
        ("“We will act on every recommendation.”Chief Constable Jones added more.",
         ["“We will act on every recommendation.”", "Chief Constable Jones added more."]),
        ("The detection rate fell to 4.2.The force agreed.", ["The detection rate fell to 4.2.", "The force agreed."]),
    ],
)
def test_a_stop_glued_to_the_next_sentence_ends_the_sentence(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "See Ref No.E4 for the action.",  # an abbreviation, and a capital not followed by lower case
        "The U.K.There rule is kept.",  # initials
        "Dear H.M.Inspector, we write.",  # initials glued to a title
        "See www.example.gov.uk/Plan2019.Final for the plan.",  # a web address
        "Write to a.jones2019.Office@example.police.uk today.",  # an e-mail address
        "1.1.The force should review its plan.",  # a numbered label, its space lost
    ],
)
def test_glued_stop_splitting_keeps_abbreviations_addresses_and_labels(text: str) -> None:
    assert _sentences(text) == [text]
