"""Lemmas from spaCy's lookup table, written as one array per doc.

spaCy's lookup lemmatizer sets `token.lemma_` one token at a time, which costs about
as much as tokenising. A lookup lemma depends on nothing but the token's text, so
this component computes each distinct word's lemma once (keeping up to
`MAX_KNOWN_WORDS` at a time) and writes a
doc's lemmas with one `Doc.from_array` call. The table is the same
(`spacy-lookups-data`'s `lemma_lookup`), so the lemmas are the same.
"""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.lookups import Table, load_lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

MAX_KNOWN_WORDS = 1 << 18  # distinct words whose lemma is kept at once


@lru_cache(maxsize=1)
def _lemma_table() -> Table:
    """spaCy's `lemma_lookup` table, the one its lookup-mode lemmatizer reads. Read it with
    `Table.get`: the table is keyed by string hashes, so a plain dict of its items (hash ->
    lemma) never finds a word and leaves "investigated" and "engines" as they are."""
    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


@lru_cache(maxsize=65536)
def lookup_lemma(word: str) -> str:
    """A word's lookup lemma (itself where the table has none), as spaCy's lookup-mode
    `Lemmatizer` gives it; cached, as the same words recur in every passage. The one reader
    of the table: the pipeline's lemmatizer, the aligner and the item rules all take it."""
    lemma = _lemma_table().get(word, word)
    return lemma if isinstance(lemma, str) else lemma[0]  # a list of lemmas: spaCy takes the first


@Language.factory("crosswalk_lemmatizer", requires=[], assigns=["token.lemma"])
def make_lemmatizer(nlp: Language, name: str) -> "ArrayLemmatizer":
    return ArrayLemmatizer(nlp.vocab, name)


class ArrayLemmatizer(Lemmatizer):
    """spaCy's lookup-mode Lemmatizer, applied per distinct word instead of per token."""

    def __init__(self, vocab: Vocab, name: str) -> None:
        super().__init__(vocab, None, name, mode="lookup", overwrite=False)
        self._lemma_of: dict[int, int] = {}  # orth hash -> lemma hash

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables()
        if not len(doc):
            return doc
        orths, existing = doc.to_array([ORTH, LEMMA]).T
        known = self._lemma_of
        lemmas = [known.get(orth) or self._learn(orth) for orth in orths.tolist()]
        # Like spaCy's component with overwrite off: a lemma already set stays.
        values = numpy.where(existing != 0, existing, numpy.array(lemmas, dtype="uint64"))
        # (thinc types the 2-D int array from_array takes as its own Ints2d)
        doc.from_array([LEMMA], values.astype("uint64").reshape(len(doc), 1))  # type: ignore[arg-type]
        return doc

    def _learn(self, orth: int) -> int:
        if len(self._lemma_of) >= MAX_KNOWN_WORDS:  # a long batch must not keep its whole vocabulary
            self._lemma_of.clear()
        strings = self.vocab.strings
        lemma_hash = self._lemma_of[orth] = strings.add(lookup_lemma(strings[orth]))
        return lemma_hash
