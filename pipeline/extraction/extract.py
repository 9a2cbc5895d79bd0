"""`extract_document`: run the spaCy pipeline over an ingested document.

Its own module, not the package's `__init__`: importing any one extraction module
(ingest reads sentences with `sentences.split_sentences`) would otherwise load the
whole pipeline and every component with their word lists and models.
"""

from __future__ import annotations

from collections.abc import Sequence

from crosswalk.extraction.chunks import joined, pieces, shifted
from crosswalk.extraction.nlp import make_doc, shared_nlp
from crosswalk.extraction.sentences import sentence_chars
from crosswalk.model import Document, Extracted


def extract_document(document: Document, disable: Sequence[str] = ()) -> Extracted:
    """Everything extraction finds, in pieces for a long document (`chunks`); `disable` names
    components left out (training the commitment model reads the rules' finds without it)."""
    nlp = shared_nlp()
    parts = []
    with nlp.select_pipes(disable=list(disable)):
        for part, (offset, piece) in enumerate(pieces(document), start=1):
            doc = nlp(make_doc(nlp, piece, len(document.text)))
            found = Extracted(piece.doc_id, tuple(doc._.items), tuple(doc._.gradings), tuple(doc._.commitments),
                              tuple(doc._.steps), sentence_chars(doc))
            parts.append(shifted(found, offset, part))
    return parts[0] if len(parts) == 1 else joined(parts)
