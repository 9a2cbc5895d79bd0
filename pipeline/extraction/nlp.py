"""The spaCy pipeline: a blank English model plus our rule components.

No statistical model is downloaded: the lemmatizer reads the lookup table shipped in
`spacy-lookups-data`, sentences come from our own block-aware segmenter, and every
other component is a rule component whose patterns live in `patterns/`, but for the
commitment model (`commitment_model`), a learned reader after the commitment rules.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import crosswalk.extraction.bodies  # noqa: F401 - registers crosswalk_bodies
import crosswalk.extraction.commitment_model  # noqa: F401 - registers crosswalk_commitment_model
import crosswalk.extraction.commitments  # noqa: F401 - registers crosswalk_commitments
import crosswalk.extraction.context  # noqa: F401 - registers crosswalk_context
import crosswalk.extraction.gradings  # noqa: F401 - registers crosswalk_gradings
import crosswalk.extraction.items  # noqa: F401 - registers crosswalk_items
import crosswalk.extraction.lemmas  # noqa: F401 - registers crosswalk_lemmatizer
import crosswalk.extraction.sentences  # noqa: F401 - registers crosswalk_sentences
import crosswalk.extraction.steps  # noqa: F401 - registers crosswalk_steps
from crosswalk.extraction.extensions import TEXT_KEY, register_extensions
from crosswalk.extraction.meta import DocMeta
from crosswalk.extraction.sentences import split_footnote_references
from crosswalk.model import Document
from crosswalk.textcat import english_vocab

COMPONENTS = (
    "crosswalk_sentences",
    "crosswalk_lemmatizer",
    "crosswalk_bodies",
    "crosswalk_context",
    "crosswalk_items",
    "crosswalk_gradings",
    "crosswalk_commitments",
    "crosswalk_commitment_model",
    "crosswalk_steps",
)


def build_nlp() -> Language:
    """A fresh pipeline; use `shared_nlp()` to reuse one per process."""
    register_extensions()
    nlp = split_footnote_references(spacy.blank("en", vocab=english_vocab()))
    for name in COMPONENTS:
        nlp.add_pipe(name)
    nlp.initialize()
    return nlp


@lru_cache(maxsize=1)
def shared_nlp() -> Language:
    return build_nlp()


def make_doc(nlp: Language, document: Document, length: int | None = None) -> Doc:
    """A tokenised doc carrying the document's blocks and metadata for the components;
    `length` is the whole document's when `document` is one piece of it (`chunks`)."""
    doc = nlp.make_doc(document.text)
    doc.user_data[TEXT_KEY] = document.text  # what `doc.text` would rebuild from every token
    doc._.blocks = tuple((b.start, b.end, b.kind) for b in document.blocks)
    doc._.meta = DocMeta.of(document, length)
    return doc
