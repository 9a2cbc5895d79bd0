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
import spacy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from crosswalk.extraction.extensions import text_of
from crosswalk.footnotes import FOOTNOTE_END_RE, FOOTNOTE_SUFFIX
from crosswalk.quote_marks import CLOSING_QUOTES, OPENING_QUOTES
from crosswalk.resources import read_lines, word_set
from crosswalk.textcat import english_vocab

GLUED_NUMBER_PREFIX = r"\d{1,2}\.(?=[A-Z][a-z])"  # "2.Where forces find ...": the entry's number, its space lost
# A stop whose space was lost when lines were joined: spaCy already splits "improved.This"
# (a lower-case letter before the stop); these split it after a number or a closing bracket
# ("by Summer 2018.This", "(p.38).The") and a closing quote off the next sentence's first
# word (“... service.”Chief Constable"). The next word must be capitalised then lower case,
# which keeps "No.E2", "U.K." and "H.M.Inspector" whole; a web address is one token before
# infixes are sought (spaCy's url_match), so "gov.uk/Report2018.Pdf" stays whole.
GLUED_STOP_INFIXES = (
    r"(?<=[0-9])\.(?=[A-Z][a-z])",
    r"(?<=[a-z0-9])[)\]](?=\.[A-Z][a-z])",
    r"(?<=[)\]])\.(?=[A-Z][a-z])",
    r"(?<=[.!?])”(?=[A-Z][a-z])",
)
LABEL_TOKEN_RE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[A-Z]{1,4}\d{1,2}|[a-z]|[ivx]{1,4})$")
CLOSERS = set(CLOSING_QUOTES + ")]")
ENDERS = {".", "!", "?", "…"}
ENDER_HASHES = numpy.array(sorted(map(get_string_id, ENDERS)), dtype="uint64")
CLOSER_HASHES = frozenset(map(get_string_id, CLOSERS))
STARTS_KEY = "crosswalk_sentence_starts"
WORDS_FILE = "extraction_words.json"  # the word list(s) below, kept as data (what each is for is said there)
SENTENCE_OPENERS = word_set(WORDS_FILE, "sentence_openers")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    return frozenset(read_lines("abbreviations.txt"))


def _starts_like_sentence(text: str) -> bool:
    first = text[:1]
    return first.isupper() or first.isdigit() or first in OPENING_QUOTES + "(•-–"


def _lowercase_start_after_word(previous: str, following: str) -> bool:
    """"... Kent Police. it is our aim": a full stop after a whole word
    followed by a pronoun or article starts a sentence even in lower case."""
    return previous.isalpha() and len(previous) >= 4 and following in SENTENCE_OPENERS


@Language.factory("crosswalk_sentences", requires=[], assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> "SentenceSegmenter":
    return SentenceSegmenter()


class SentenceSegmenter:
    """Reads token attributes as arrays and visits only the tokens that can end a
    sentence (newlines and end marks): a Python pass over every token cost a third as
    much as tokenising."""

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        starts = _opening_tokens(doc)
        starts.update(_footnote_ends(doc))
        # One array write: setting token.is_sent_start one token at a time re-checks the
        # whole doc's annotation on each call.
        values = numpy.full(n, -1, dtype="int64")
        values[sorted(starts)] = 1
        # (thinc types the 2-D int array from_array takes as its own Ints2d)
        doc.from_array([SENT_START], values.astype("uint64").reshape(n, 1))  # type: ignore[arg-type]
        doc.user_data[STARTS_KEY] = sorted(starts)
        return doc


def _opening_tokens(doc: Doc) -> set[int]:
    """Tokens that open a sentence: the first of the doc and of each new line, and the word
    after an end mark (past closing quotes or brackets) when it reads as an opening and
    the mark closes neither a list label ("1.", "a)") nor an abbreviation."""
    n = len(doc)
    strings = doc.vocab.strings
    attrs = doc.to_array([ORTH, IS_SPACE])
    orths = attrs[:, 0]
    spaces = numpy.flatnonzero(attrs[:, 1])
    newlines = [int(i) for i in spaces if "\n" in strings[orths[i]]]
    enders = numpy.flatnonzero(numpy.isin(orths, ENDER_HASHES)).tolist()
    is_space = set(spaces.tolist())
    starts = {0}
    block_start = 0
    for i, newline in sorted([(i, True) for i in newlines] + [(i, False) for i in enders]):
        if newline:
            if i + 1 < n:
                starts.add(i + 1)
                block_start = i + 1
            continue
        if i + 1 >= n:
            continue
        j = i + 1
        while j < n and orths[j] in CLOSER_HASHES:
            j += 1
        if j >= n or j in is_space:
            continue
        previous = strings[orths[i - 1]] if i > 0 else ""
        is_label = i - block_start <= 1 and LABEL_TOKEN_RE.match(previous) is not None
        if is_label or previous in abbreviations():
            continue
        following = strings[orths[j]]
        if not _starts_like_sentence(following) and not _lowercase_start_after_word(previous, following):
            continue
        starts.add(j)
    return starts


def _footnote_ends(doc: Doc) -> list[int]:
    """Tokens that open a sentence after a stop and a glued footnote number (a search of
    the text, which is cheaper than looking at every token)."""
    found = []
    for match in FOOTNOTE_END_RE.finditer(text_of(doc)):
        if match.group(1) in abbreviations():
            continue
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            found.append(span.start)
    return found


def _starts(doc: Doc) -> list[int]:
    """Sentence start token indexes, computed once per doc (spaCy's `span.sent` walks the
    doc from the start on every call, which is quadratic over a long document)."""
    cached = doc.user_data.get(STARTS_KEY)
    if cached is None:
        # The first token starts a sentence whether or not it is marked (spaCy reads it so).
        cached = [0] + [i for i, value in enumerate(doc.to_array([SENT_START]).tolist()) if value == 1 and i > 0]
        doc.user_data[STARTS_KEY] = cached
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


def sentence_chars(doc: Doc) -> tuple[tuple[int, int], ...]:
    """(start_char, end_char) of every sentence, without the spaces around it."""
    found = []
    for first, last in sentence_bounds(doc):
        while first < last and doc[first].is_space:
            first += 1
        while last > first and doc[last - 1].is_space:
            last -= 1
        if last > first:
            found.append((doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)))
    return tuple(found)


def split_footnote_references(nlp: Language) -> Language:
    """Give the model's tokenizer the glued footnote reference as a suffix
    (`FOOTNOTE_SUFFIX`): a cue that needs a word ("being" + a verb) finds it in PDF text
    whose sentences end "developed.120". A list number glued to its entry's first word
    (`GLUED_NUMBER_PREFIX`, "1.By July 2018," in a scraped register) is split off as a
    prefix, so a cue that needs the word ("By July 2018") finds it. A stop glued to the
    next sentence's first word (`GLUED_STOP_INFIXES`) is split off, so the segmenter sees
    the stop and the word that opens the next sentence."""
    suffixes = [*(nlp.Defaults.suffixes or ()), FOOTNOTE_SUFFIX]
    prefixes = [GLUED_NUMBER_PREFIX, *(nlp.Defaults.prefixes or ())]
    infixes = [*(nlp.Defaults.infixes or ()), *GLUED_STOP_INFIXES]
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    return nlp


@lru_cache(maxsize=1)
def _tokenizer() -> Tokenizer:
    """The tokenizer of the pipeline, for passages outside a doc."""
    tokenizer = split_footnote_references(spacy.blank("en", vocab=english_vocab())).tokenizer
    assert isinstance(tokenizer, Tokenizer)
    return tokenizer


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the sentences of a passage, by the same rules
    as the pipeline's segmenter (each line a unit, labels and abbreviations kept):
    the one sentence splitter for every module that splits text outside a doc.
    Offsets exclude surrounding white space; empty sentences are left out."""
    doc = _tokenizer()(text)
    SentenceSegmenter()(doc)
    return list(sentence_chars(doc))
