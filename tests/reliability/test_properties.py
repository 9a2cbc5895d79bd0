"""Property tests: normalisation and every extractor on arbitrary text."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosswalk.dates import find_dates
from crosswalk.errors import UnreadableDocument
from crosswalk.extraction.extract import extract_document
from crosswalk.ingest import ingest_bytes
from crosswalk.ingest.lines import lines_to_blocks
from crosswalk.ingest.normalise import normalise_with_report
from tests.conftest import ingest_text

GENRE_WORDS = [
    "Kent Police", "the force", "should", "improve", "will", "review", "by March 2025", "was rated as", "'good'",
    "inadequate", "requires improvement", "at tackling crime", "Areas for improvement", "Cause of concern",
    "Recommendations", "R1.", "AFI 2:", "•", "-", ":", ";", ".", "\n", "\n\n", "’", "“", "”", "the ROCU",
    "and its constituent forces", "is in the process of", "has committed", "in 2018", "not", "HMICFRS",
    "Innovative practice", "recommendation 2", "PCC", "I", "we", "are being", "ﬁ", "\u00a0", "é", "\t",
]
genre_text = st.lists(st.sampled_from(GENRE_WORDS) | st.text(max_size=12), max_size=60).map(" ".join)
settings.register_profile("crosswalk", deadline=None, max_examples=150,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile("crosswalk")


@given(st.text())
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalise_with_report(text)[0]  # the text, without the report of what was repaired
    assert normalise_with_report(once)[0] == once


@given(st.text())
def test_line_grouping_never_raises_and_keeps_no_empty_block(text: str) -> None:
    assert all(block.text.strip() for block in lines_to_blocks(text.split("\n")))


@given(st.text())
def test_dates_are_valid_iso_and_inside_the_text(text: str) -> None:
    for start, end, iso in find_dates(text, default_year=2024):
        assert 0 <= start < end <= len(text)
        assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", iso)


@given(st.binary(max_size=2000))
def test_ingesting_arbitrary_bytes_gives_a_document_or_a_typed_error(data: bytes) -> None:
    try:
        document = ingest_bytes(data, "x", "x.bin")
    except UnreadableDocument as exc:
        assert exc.error_type and exc.message
        return
    for span in document.blocks:
        assert 0 <= span.start < span.end <= len(document.text)


@given(genre_text)
def test_extractors_never_raise_and_spans_stay_inside_the_text(text: str) -> None:
    try:
        document = ingest_text(text, "x")
    except UnreadableDocument:
        return
    found = extract_document(document)
    size = len(document.text)
    for item in found.items:
        assert 0 <= item.start <= item.end <= size and document.text[item.start : item.end] == item.text
        assert all(0 <= s <= e <= size for s, e in item.mentions)
    for grading in found.gradings:
        assert 0 <= grading.start < grading.end <= size
    for commitment in found.commitments:
        assert 0 <= commitment.start < commitment.end <= size
        assert document.text[commitment.start : commitment.end] == commitment.text
