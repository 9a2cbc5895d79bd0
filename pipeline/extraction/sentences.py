"""Sentence boundaries that respect the document's structure.

A heading, a list item and a table cell are each a sentence whatever their punctuation,
and no sentence runs from one block into the next; inside a block, a full stop, question
or exclamation mark ends a sentence when the next word starts like a sentence. Numbered
labels ("R1.", "1.1.") and abbreviations ("Det. Supt.") do not end one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.resources import read_lines

LABEL_TOKEN_RE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[A-Z]{1,4}\d{1,2}|[a-z]|[ivx]{1,4})$")
CLOSERS = set("\"'’”)]")
ENDERS = {".", "!", "?", "…"}
SENTENCE_OPENERS = {"it", "this", "the", "we", "i", "there", "these", "they", "our", "my", "in", "as"}


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    return frozenset(read_lines("abbreviations.txt"))


def _starts_like_sentence(text: str) -> bool:
    first = text[:1]
    return first.isupper() or first.isdigit() or first in "\"'‘“(•-–"


def _lowercase_start_after_word(previous: str, following: str) -> bool:
    """"... Kent Police. it is our aim": a full stop after a whole word
    followed by a pronoun or article starts a sentence even in lower case."""
    return previous.isalpha() and len(previous) >= 4 and following in SENTENCE_OPENERS


@Language.factory("crosswalk_sentences")
def make_sentences(nlp: Language, name: str) -> "SentenceSegmenter":
    return SentenceSegmenter()


class SentenceSegmenter:
    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        starts = [False] * n
        if n:
            starts[0] = True
        block_start = 0
        for i, token in enumerate(doc):
            if token.is_space and "\n" in token.text:
                if i + 1 < n:
                    starts[i + 1] = True
                    block_start = i + 1
                continue
            if "\n" in token.whitespace_ and i + 1 < n:
                starts[i + 1] = True
                block_start = i + 1
                continue
            if token.text not in ENDERS or i + 1 >= n:
                continue
            j = i + 1
            while j < n and doc[j].text in CLOSERS:
                j += 1
            if j >= n or doc[j].is_space:
                continue
            previous = doc[i - 1].text if i > 0 else ""
            is_label = i - block_start <= 1 and LABEL_TOKEN_RE.match(previous) is not None
            if is_label or previous in abbreviations():
                continue
            if not _starts_like_sentence(doc[j].text) and not _lowercase_start_after_word(previous, doc[j].text):
                continue
            starts[j] = True
        # One array write: setting token.is_sent_start one token at a time re-checks the
        # whole doc's annotation on each call.
        if n:
            values = numpy.array([1 if start else -1 for start in starts], dtype="int64").astype("uint64")
            doc.from_array([SENT_START], values)
        return doc


def _starts(doc: Doc) -> list[int]:
    """Sentence start token indexes, computed once per doc (spaCy's `span.sent` walks the
    doc from the start on every call, which is quadratic over a long document)."""
    cached = doc.user_data.get("crosswalk_sentence_starts")
    if cached is None:
        cached = [token.i for token in doc if token.is_sent_start] or [0]
        doc.user_data["crosswalk_sentence_starts"] = cached
    return cached


def sentence_of(doc: Doc, token_index: int) -> Span:
    """The sentence holding a token."""
    starts = _starts(doc)
    position = bisect_right(starts, token_index) - 1
    end = starts[position + 1] if position + 1 < len(starts) else len(doc)
    return doc[starts[position] : end]


def sentences_in(doc: Doc, start_char: int, end_char: int) -> list[Span]:
    """The sentences that begin inside a character range (a block)."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return []
    starts = _starts(doc)
    first = bisect_left(starts, span.start)
    found = []
    for position in range(first, len(starts)):
        if starts[position] >= span.end:
            break
        end = starts[position + 1] if position + 1 < len(starts) else len(doc)
        found.append(doc[starts[position] : min(end, len(doc))])
    return found


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indexes of every sentence."""
    starts = _starts(doc)
    return list(zip(starts, [*starts[1:], len(doc)]))
