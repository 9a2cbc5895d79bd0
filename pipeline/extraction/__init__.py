"""Extraction: items, gradings and commitments from an ingested document."""

from __future__ import annotations

from dataclasses import replace

from crosswalk.extraction.chunks import joined, pieces, shifted
from crosswalk.extraction.nlp import make_doc, shared_nlp
from crosswalk.extraction.sentences import sentence_chars
from crosswalk.model import Document, Extracted


def rule_read(document: Document) -> tuple[Extracted, tuple[tuple[int, int], ...]]:
    """What the rules find, in pieces for a long document (`chunks`), and the sentences in which
    they read a step cue (whether they kept it or not), before the commitment model adds to it."""
    nlp = shared_nlp()
    parts, cued = [], []
    for part, (offset, piece) in enumerate(pieces(document), start=1):
        doc = nlp(make_doc(nlp, piece))
        found = Extracted(piece.doc_id, tuple(doc._.items), tuple(doc._.gradings), tuple(doc._.commitments),
                          tuple(doc._.steps), sentence_chars(doc))
        parts.append(shifted(found, offset, part))
        cued += [(start + offset, end + offset) for start, end in doc._.commitment_cues]
    return (parts[0] if len(parts) == 1 else joined(parts)), tuple(cued)


def extract_document(document: Document) -> Extracted:
    """Everything extraction finds: the rules' commitments with those the commitment model adds
    (`commitment_model`, imported here so that `python -m` can run that module)."""
    from crosswalk.extraction.commitment_model import model_finds

    found, cued = rule_read(document)
    judged = (*cued, *((c.start, c.end) for c in found.commitments))  # a listed step may hold no cue
    added = model_finds(document.text, document.doc_type, found.sentences, judged)
    commitments = sorted([*found.commitments, *added], key=lambda c: c.start)
    return replace(found, commitments=tuple(commitments))
