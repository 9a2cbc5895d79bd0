"""Whether a page is Welsh (crosswalk.ingest.language): the Welsh cues decide its type only then."""

from __future__ import annotations

from crosswalk.extraction.meta import DocMeta
from crosswalk.ingest.language import is_welsh
from tests.conftest import ingest_text


def test_a_welsh_paragraph_is_welsh_and_an_english_one_naming_welsh_places_is_not() -> None:
    assert is_welsh("Mae’r adroddiad yn dweud bod angen i’r heddlu wella ei ymateb i alwadau gan y cyhoedd.")
    assert not is_welsh("Heddlu Gwent and Heddlu Dyfed-Powys were both inspected by HMICFRS in 2023 in Wales.")


def test_ingest_decides_the_language_once_and_the_document_carries_it() -> None:
    """The type's reader and the Welsh gradings both ask whether a page is Welsh: ingest asks
    once, and every later reader takes the answer from the Document (and a piece of it)."""
    welsh = ingest_text("Mae’r heddlu yn dda am ymateb i alwadau gan y cyhoedd yn y sir.\n", "w")
    english = ingest_text("Heddlu Gwent was inspected by HMICFRS in Wales in 2023.\n", "e")
    assert welsh.welsh and not english.welsh
    assert DocMeta.of(welsh).welsh and not DocMeta.of(english).welsh
