"""Documents over spaCy's 1,000,000 characters are extracted in pieces, with offsets
into the whole text (issue 15: a whole HMICFRS report must not fail with E088)."""

from __future__ import annotations

from crosswalk.extraction.extract import extract_document
from crosswalk.extraction.chunks import pieces
from tests.conftest import ingest_text, sample_text

LETTER = sample_text("west-mercia-pcc-response-soc-2024")


def test_pieces_cover_the_text_at_block_boundaries() -> None:
    document = ingest_text(LETTER, "long")
    parts = list(pieces(document, size=2_000))
    assert len(parts) > 3
    for offset, piece in parts:
        assert document.text[offset:offset + len(piece.text)] == piece.text
        assert all(piece.text[b.start:b.end] == document.text[offset + b.start:offset + b.end] for b in piece.blocks)
    covered = {(offset + b.start, offset + b.end) for offset, piece in parts for b in piece.blocks}
    assert covered == {(b.start, b.end) for b in document.blocks}


def test_a_text_over_a_million_characters_is_extracted_whole() -> None:
    text = "\n\n".join([LETTER] * (1_050_000 // len(LETTER) + 1))
    document = ingest_text(text, "long")
    assert len(document.text) > 1_000_000
    found = extract_document(document)
    assert found.items and found.commitments
    assert len({i.item_id for i in found.items}) == len(found.items)
    ids = {i.item_id for i in found.items}
    assert all(c.answers is None or c.answers in ids for c in found.commitments)
    misplaced = [c for c in found.commitments if " ".join(c.text.split())[:40] not in
                 " ".join(document.text[c.start:c.end].split())]
    assert misplaced == [] and max(c.end for c in found.commitments) > 1_000_000 - len(LETTER)
