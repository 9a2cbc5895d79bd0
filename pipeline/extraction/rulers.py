"""Apply the token patterns of one pattern file to a doc, fast.

The patterns are spaCy SpanRuler patterns, applied with the Matcher that SpanRuler
uses, but each only in the sentences where it can match. spaCy's Matcher costs about
as much per token as tokenising (it builds a Python Token for every position it
visits), so the sentences it visits are what we pay for.

A pattern's *requirements* are what every match must contain: for each required
token, the set of words it may be (its literal LOWER, TEXT, ORTH or LEMMA values), or
the regular expression its LOWER or TEXT must match. A sentence that lacks a word of
any set, or a word matching any expression, cannot hold a match, so the pattern is not
tried there. Patterns with the same requirements share one Matcher. Which sentences
hold which words is indexed once per doc and shared by every ruler, so finding the
sentences a pattern can match in costs a few dictionary lookups.

Each component owns its ruler with its own spans key, so rulers never erase each
other's matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from pipeline.extraction.patterns import PatternRule, load_rules
from pipeline.extraction.sentences import sentence_bounds

OPTIONAL_OPS = {"?", "*", "!"}
LITERAL_ATTRS = ("LOWER", "TEXT", "ORTH", "LEMMA")
REGEX_ATTRS = ("LOWER", "TEXT", "ORTH")
KEY_SEPARATOR = "\t"
INDEX_KEY = "crosswalk_sentence_index"


@dataclass(frozen=True)
class SentenceIndex:
    """A doc's sentences and, for every word, the sentences holding it.

    Built with array operations: a Python loop over every token's three words cost a
    third as much as tokenising."""

    bounds: list[tuple[int, int]]
    attrs: numpy.ndarray  # ORTH, LOWER, LEMMA hashes per token
    rows: dict[int, int]  # word hash -> its row in `offsets`
    offsets: list[int]  # sentences holding the word of row r: sentences[offsets[r]:offsets[r + 1]]
    sentences: list[int]

    def holding(self, word: int) -> list[int]:
        row = self.rows.get(word)
        return [] if row is None else self.sentences[self.offsets[row] : self.offsets[row + 1]]

    def words(self, sentence: int) -> set[int]:
        start, end = self.bounds[sentence]
        return set(self.attrs[start:end].ravel().tolist())


@dataclass(frozen=True)
class Requirements:
    """What a sentence must contain for a pattern to match in it."""

    word_sets: tuple[frozenset[int], ...]  # hashes: one of each set must occur
    regexes: tuple[str, ...]  # one word must match each expression (re.search)

    def sentences(self, index: SentenceIndex, strings: StringStore) -> list[int]:
        """Indexes of the sentences that meet every requirement."""
        candidates: set[int] | None = None
        for options in self.word_sets:
            holding = {i for word in options for i in index.holding(word)}
            candidates = holding if candidates is None else candidates & holding
            if not candidates:
                return []
        chosen = sorted(candidates) if candidates is not None else list(range(len(index.bounds)))
        if not self.regexes:
            return chosen
        return [i for i in chosen
                if all(any(_regex_matches(expression, word, strings) for word in index.words(i))
                       for expression in self.regexes)]


class Ruler:
    """The patterns of one file; each pattern is tried only in sentences that meet its requirements."""

    def __init__(self, nlp: Language, name: str, pattern_file: str, labels: frozenset[str] | None = None) -> None:
        self.name = name
        by_requirements: dict[Requirements, Matcher] = {}
        for rule in load_rules(pattern_file, labels):
            pattern = _token_pattern(nlp, rule)
            requirements = requirements_of(pattern, nlp.vocab.strings)
            matcher = by_requirements.get(requirements)
            if matcher is None:
                matcher = by_requirements[requirements] = Matcher(nlp.vocab, validate=True)
            matcher.add(f"{rule.label}{KEY_SEPARATOR}{rule.id}", [pattern])
        self.groups = list(by_requirements.items())

    def __call__(self, doc: Doc) -> list[Span]:
        """Matches as spans (label and id set), also kept in `doc.spans[name]`."""
        found: dict[tuple[int, int, int], Span] = {}
        strings = doc.vocab.strings
        index = sentence_index(doc)
        for requirements, matcher in self.groups:
            for sentence in requirements.sentences(index, strings):
                start, end = index.bounds[sentence]
                for match_id, first, last in matcher(doc[start:end]):
                    label, rule_id = strings[match_id].split(KEY_SEPARATOR)
                    span = Span(doc, start + first, start + last, label=label, span_id=rule_id)
                    found.setdefault((span.start, span.end, match_id), span)
        spans = sorted(found.values(), key=lambda s: (s.start, -s.end))
        doc.spans[self.name] = spans
        return spans


def sentence_index(doc: Doc) -> SentenceIndex:
    """The doc's sentence index, built on first use. Built only after the lemmatizer has
    run: lemmas are among the words."""
    cached = doc.user_data.get(INDEX_KEY)
    if cached is None:
        attrs = doc.to_array([ORTH, LOWER, LEMMA]).reshape(len(doc), 3)
        bounds = sentence_bounds(doc)
        lengths = [end - start for start, end in bounds]
        words = attrs.ravel()
        sentence_of_word = numpy.repeat(numpy.arange(len(bounds)), numpy.array(lengths) * 3)
        order = numpy.lexsort((sentence_of_word, words))
        words, sentence_of_word = words[order], sentence_of_word[order]
        # one entry per (word, sentence) pair, grouped by word
        new_pair = numpy.ones(len(words), dtype=bool)
        new_pair[1:] = (words[1:] != words[:-1]) | (sentence_of_word[1:] != sentence_of_word[:-1])
        words, sentence_of_word = words[new_pair], sentence_of_word[new_pair]
        new_word = numpy.ones(len(words), dtype=bool)
        new_word[1:] = words[1:] != words[:-1]
        firsts = numpy.flatnonzero(new_word)
        rows = dict(zip(words[firsts].tolist(), range(len(firsts))))
        offsets = [*firsts.tolist(), len(words)]
        cached = SentenceIndex(bounds, attrs, rows, offsets, sentence_of_word.tolist())
        doc.user_data[INDEX_KEY] = cached
    return cached


def requirements_of(pattern: list[dict[str, Any]], strings: StringStore) -> Requirements:
    """The literal word sets and expressions of a pattern's required tokens."""
    word_sets: list[frozenset[int]] = []
    regexes: list[str] = []
    for token in pattern:
        op = str(token.get("OP", ""))
        if op in OPTIONAL_OPS or op.startswith("{0") or op.startswith("{,"):
            continue
        words = _literal_words(token)
        if words is not None:
            word_sets.append(frozenset(strings.add(word) for word in words))
            continue
        for attr in REGEX_ATTRS:
            value = token.get(attr)
            if isinstance(value, dict) and "REGEX" in value:
                regexes.append(value["REGEX"])
    return Requirements(tuple(word_sets), tuple(dict.fromkeys(regexes)))


def _literal_words(token: dict[str, Any]) -> list[str] | None:
    """The words a token must be, as they appear among a sentence's ORTH, LOWER or
    LEMMA values; None when it has no literal value."""
    for attr in LITERAL_ATTRS:
        value = token.get(attr)
        values = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) else None
        if isinstance(values, list) and all(isinstance(v, str) for v in values):
            return list(values)
    return None


_REGEX_CACHE: dict[tuple[str, int], bool] = {}


def _regex_matches(expression: str, word: int, strings: StringStore) -> bool:
    """Whether the word (a hash) matches; a word's answer is kept for the process, as the
    same few thousand words recur in every document."""
    key = (expression, word)
    hit = _REGEX_CACHE.get(key)
    if hit is None:
        hit = _REGEX_CACHE[key] = re.search(expression, strings[word]) is not None
    return hit


def _token_pattern(nlp: Language, rule: PatternRule) -> list[dict[str, Any]]:
    if isinstance(rule.pattern, str):  # a phrase pattern: match its tokens literally
        return [{"ORTH": token.text} for token in nlp.make_doc(rule.pattern)]
    return rule.pattern


def in_range(spans: list[Span], start: int, end: int) -> list[Span]:
    return [s for s in spans if s.start_char >= start and s.end_char <= end]
