"""Extraction: items, gradings and commitments from an ingested document."""

from __future__ import annotations

from crosswalk.extraction.nlp import make_doc, shared_nlp
from crosswalk.extraction.sentences import sentence_chars
from crosswalk.model import Document, Extracted


def extract_document(document: Document) -> Extracted:
    nlp = shared_nlp()
    doc = nlp(make_doc(nlp, document))
    return Extracted(
        document.doc_id, tuple(doc._.items), tuple(doc._.gradings), tuple(doc._.commitments), tuple(doc._.steps),
        sentence_chars(doc),
    )
