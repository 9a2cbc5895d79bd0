"""Whether a page is Welsh (crosswalk.ingest.language): the Welsh cues decide its type only then."""

from __future__ import annotations

from crosswalk.ingest.language import is_welsh


def test_a_welsh_paragraph_is_welsh_and_an_english_one_naming_welsh_places_is_not() -> None:
    assert is_welsh("Mae’r adroddiad yn dweud bod angen i’r heddlu wella ei ymateb i alwadau gan y cyhoedd.")
    assert not is_welsh("Heddlu Gwent and Heddlu Dyfed-Powys were both inspected by HMICFRS in 2023 in Wales.")

