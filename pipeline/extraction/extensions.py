"""The custom attributes our components read and write, declared in one table.

Extension values are plain tuples and frozen dataclasses (never Span objects), so what
the components found can cross process boundaries. `doc.user_data` also holds the
components' per-doc caches (the text, sentence starts, the word index, span lists read
from their groups): those hold spaCy and numpy objects, are for the components only,
and are never read from a doc after its pipeline has run.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

DOC_EXTENSIONS: dict[str, object] = {
    "blocks": (),  # ((start_char, end_char, kind), ...) from ingestion
    "meta": None,  # DocMeta: what the document says about itself
    "sections": (),  # per block: (section_type | None, is_lead_in)
    "items": (),
    "gradings": (),
    "commitments": (),
    "commitment_cues": (),  # ((sentence_start, sentence_end), ...): sentences a step cue was read in
    "steps": (),  # ((sentence_start, sentence_end, rule_id), ...): steps already taken
}


TEXT_KEY = "crosswalk_text"


def text_of(doc: Doc) -> str:
    """The doc's text, built once: spaCy's `doc.text` joins every token on each call,
    which made rule components quadratic in document length. `make_doc` stores the
    text it tokenised, which is the same string."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def spans_within(doc: Doc, key: str, start: int, end: int) -> list[Span]:
    """The spans of `doc.spans[key]` wholly inside a character range, in order of start.

    Components ask this thousands of times per document. Iterating a SpanGroup builds
    every Span object anew, so the group is read once per doc into a list sorted by
    start, which is then searched by bisection."""
    cache_key = f"crosswalk_spans:{key}"
    cached = doc.user_data.get(cache_key)
    if cached is None:
        spans = sorted(doc.spans[key], key=lambda s: s.start_char)
        cached = doc.user_data[cache_key] = (spans, [s.start_char for s in spans])
    spans, starts = cached
    return [s for s in spans[bisect_left(starts, start) : bisect_left(starts, end)] if s.end_char <= end]


def tokens_lowered_as(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indexes of the tokens whose lower case is one of the words, in order; read from
    the doc's LOWER array once per doc and word set, so that a rule looking for a few
    words in every block does not build a Token for every position of each."""
    cache_key = "crosswalk_lowered_as:" + " ".join(sorted(words))
    cached = doc.user_data.get(cache_key)
    if cached is None:
        hashes = numpy.array(sorted(doc.vocab.strings.add(word) for word in words), dtype="uint64")
        cached = doc.user_data[cache_key] = numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), hashes)).tolist()
    return cached


def register_extensions() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
