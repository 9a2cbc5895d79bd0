"""Long documents in pieces: spaCy refuses texts over `nlp.max_length` (1,000,000
characters), and a whole HMICFRS report or a State of Policing report runs to several
hundred thousand. A document longer than `PIECE_CHARS` is cut at block boundaries into
pieces, each extracted on its own; every offset is shifted back into the whole text, so
the tables cannot tell a piece from a whole document. Memory then grows with the piece,
not the document.

What a piece loses is context across its first boundary: a heading's subject does not
carry into the next piece. Items of pieces after the first get ids suffixed `-p2`,
`-p3`... (`R1-p2`), so ids stay unique within the document.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from crosswalk.model import BlockSpan, Document, Extracted

PIECE_CHARS = 200_000


def pieces(document: Document, size: int = PIECE_CHARS) -> Iterator[tuple[int, Document]]:
    """(offset, piece) pairs covering the document; one pair when it is short enough."""
    if len(document.text) <= size:
        yield 0, document
        return
    blocks = list(document.blocks)
    start, first = 0, 0
    while first < len(blocks):
        last = first
        while last + 1 < len(blocks) and blocks[last + 1].end - start <= size:
            last += 1
        group = blocks[first:last + 1]
        if group[-1].end - start > size:  # one block over the size: cut it at white space
            yield from _split_block(document, group[0], size)
            first = last + 1
            start = blocks[first].start if first < len(blocks) else start
            continue
        end = group[-1].end
        yield start, _piece(document, start, end, group)
        first = last + 1
        start = blocks[first].start if first < len(blocks) else end


def _split_block(document: Document, block: BlockSpan, size: int) -> Iterator[tuple[int, Document]]:
    start = block.start
    while start < block.end:
        end = min(block.end, start + size)
        if end < block.end:
            cut = document.text.rfind(" ", start + size // 2, end)
            end = cut if cut > start else end
        yield start, _piece(document, start, end, [replace(block, start=start, end=end)])
        start = end


def _piece(document: Document, start: int, end: int, blocks: list[BlockSpan]) -> Document:
    """The text from start to end, with its blocks and the monitoring entries whose comment
    lies inside it, shifted to the piece."""
    spans = tuple(replace(b, start=b.start - start, end=b.end - start) for b in blocks)
    history = tuple(
        replace(e, comment_start=e.comment_start - start, comment_end=e.comment_end - start)
        if e.comment_start is not None and e.comment_end is not None else e
        for e in document.history
        if e.comment_start is None or e.comment_end is None or start <= e.comment_start and e.comment_end <= end)
    return replace(document, text=document.text[start:end], blocks=spans, history=history)


def shifted(extracted: Extracted, offset: int, part: int) -> Extracted:
    """A piece's findings with offsets into the whole text and ids unique across pieces."""
    if offset == 0 and part == 1:
        return extracted

    def item_id(value: str | None) -> str | None:
        return None if value is None or part == 1 else f"{value}-p{part}"

    items = tuple(replace(i, item_id=item_id(i.item_id) or i.item_id, parent_id=item_id(i.parent_id),
                          start=i.start + offset, end=i.end + offset,
                          mentions=tuple((s + offset, e + offset) for s, e in i.mentions)) for i in extracted.items)
    gradings = tuple(replace(g, start=g.start + offset, end=g.end + offset) for g in extracted.gradings)
    commitments = tuple(replace(c, start=c.start + offset, end=c.end + offset, answers=item_id(c.answers))
                        for c in extracted.commitments)
    steps = tuple((s + offset, e + offset, rule) for s, e, rule in extracted.steps)
    sentences = tuple((s + offset, e + offset) for s, e in extracted.sentences)
    return Extracted(extracted.doc_id, items, gradings, commitments, steps, sentences)


def joined(parts: list[Extracted]) -> Extracted:
    return Extracted(parts[0].doc_id, tuple(i for p in parts for i in p.items),
                     tuple(g for p in parts for g in p.gradings), tuple(c for p in parts for c in p.commitments),
                     tuple(s for p in parts for s in p.steps), tuple(s for p in parts for s in p.sentences))
