"""Who speaks in a response, and what is listed rather than answered: the aligner fed
items placed by hand in a real ingested and extracted document."""

from __future__ import annotations

from dataclasses import replace

from crosswalk.align.crosswalk import align_response
from crosswalk.align.register import RegisterItem, causes_of_recommendations
from crosswalk.extraction.extract import extract_document
from crosswalk.model import Item
from tests.conftest import ingest_text


def _statuses(text: str, items: list[str], answered_elsewhere: tuple[str, ...] = ()) -> dict[str, str]:
    document = ingest_text(text, "minutes")
    extracted = extract_document(document)
    register: list[RegisterItem] = []
    own: list[Item] = []
    for n, words in enumerate([*items, *answered_elsewhere]):
        start = document.text.find(words)
        item = Item(f"R{n + 1}", "recommendation", None, words, max(start, 0), max(start, 0) + len(words), "test")
        here = n < len(items)
        assert start >= 0 or not here
        register.append(RegisterItem(f"R{n + 1}", "recommendation", None, words, False, None,
                                     [("minutes" if here else "report", item)]))
        if here:
            own.append(item)
    rows = align_response("x", document, replace(extracted, items=tuple(own)), register,
                          causes_of_recommendations(register))
    return {row.register_id: row.status for row in rows}


MINUTES = (
    "Agenda item\n\nState of the service report\n\nMinutes:\n\n"
    "The inspector summarised the national recommendations: (i) services to publish their response times; "
    "(ii) the sector to agree a code of conduct for staff; (iii) ministers to review pay bargaining. "
    "Overall, the inspectors concluded that reform was needed to address these issues.\n\n"
    "Members thanked the inspector for the presentation.\n"
)


def test_entries_of_an_inline_list_are_listed_not_answered() -> None:
    statuses = _statuses(MINUTES, ["the sector to agree a code of conduct for staff",
                                   "ministers to review pay bargaining"])
    assert statuses == {"R1": "unaddressed", "R2": "unaddressed"}


def test_an_entry_of_an_inline_list_answered_before_the_next_is_answered() -> None:
    text = MINUTES.replace("code of conduct for staff;", "code of conduct for staff, which is already being addressed;")
    statuses = _statuses(text, ["the sector to agree a code of conduct for staff"])
    assert statuses == {"R1": "actioned"}


LISTED = ("Our response to the inspection\n\nThe report made two recommendations:\n\n"
          "• Forces should record every breach of a stalking order.\n\n"
          "• Forces should train call handlers to spot stalking.\n\n")
ITEMS = ["Forces should record every breach of a stalking order.", "Forces should train call handlers to spot stalking."]


def test_the_inspectorates_words_do_not_answer_the_items() -> None:
    text = LISTED + "Overall, the inspectors concluded that forces must do more to address these issues.\n"
    assert set(_statuses(text, ITEMS).values()) == {"unaddressed"}


def test_the_responders_words_on_the_same_issues_answer_them() -> None:
    text = LISTED + "Overall, we have set up a stalking unit to address these issues.\n"
    assert set(_statuses(text, ITEMS).values()) == {"actioned"}
