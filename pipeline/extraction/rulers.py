"""Apply the token patterns of one pattern file to a doc, fast.

The patterns are spaCy SpanRuler patterns, applied with the Matcher that SpanRuler
uses, but each only in the sentences where it can match. spaCy's Matcher costs about
as much per token as tokenising (it builds a Python Token for every position it
visits), so the sentences it visits are what we pay for.

A pattern's *requirements* are what every match must contain: for each required
token, the set of words it may be (its literal LOWER, TEXT, ORTH or LEMMA values), or
the regular expression its LOWER, TEXT or ORTH must match. A sentence that lacks a word of
any set, or a word matching any expression, cannot hold a match, so the pattern is not
tried there. Patterns with the same requirements share one Matcher. Where each word
occurs is indexed once per doc and shared by every ruler, so finding the sentences a
pattern can match in costs a few lookups.

Inside a sentence, a match holds one of the words of each required word set; the set
rarest in the doc is the *anchor*, and a match lies between the sentence's first anchor
word, less the most tokens a match can have before it, and its last, plus the most a
match can have from there. The Matcher is run on that window only.

A pattern of fixed words (each token one LOWER, TEXT, ORTH or LEMMA value or list of
values, no operator), alone in its group, needs no Matcher: its matches are the places
where each anchor word, less its position in the pattern, starts a run of the pattern's
words inside one sentence, read from the doc's arrays. That is exactly what the Matcher
finds in the windows (every match holds an anchor word, and the windows hold every
match), in the same order; half the Matcher's work was such patterns ("we", "will").

Each component owns its ruler with its own spans key, so rulers never erase each
other's matches.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from crosswalk.extraction.patterns import PatternRule, load_rules
from crosswalk.extraction.sentences import sentence_bounds

OPTIONAL_OPS = {"?", "*", "!"}
LITERAL_ATTRS = ("LOWER", "TEXT", "ORTH", "LEMMA")
REGEX_ATTRS = ("LOWER", "TEXT", "ORTH")
KEY_SEPARATOR = "\t"
INDEX_KEY = "crosswalk_word_index"


@dataclass(frozen=True)
class WordIndex:
    """A doc's sentences and, for every word, the tokens that are it (as ORTH, LOWER or
    LEMMA). Built with array operations: a Python loop over every token's three words
    cost a third as much as tokenising."""

    bounds: list[tuple[int, int]]
    sentence_of_token: list[int]
    attrs: numpy.ndarray  # ORTH, LOWER, LEMMA hashes per token
    rows: dict[int, int]  # word hash -> its row in `offsets`
    offsets: list[int]  # tokens that are the word of row r: positions[offsets[r]:offsets[r + 1]]
    positions: list[int]
    unique_words: numpy.ndarray  # every word hash of the doc, sorted (the rows' order)
    word_counts: numpy.ndarray  # how many tokens are each of them
    _words: dict[int, frozenset[int]] = field(default_factory=dict)
    # Kept per doc: rulers share word sets (the commitment cues' 162 groups hold 260
    # distinct sets), and each was counted again by every group that names it.
    _counts: dict[frozenset[int], int] = field(default_factory=dict)
    _tokens: dict[frozenset[int], list[int]] = field(default_factory=dict)
    _regex_met: dict[tuple[str, int], bool] = field(default_factory=dict)
    _columns: list[list[int]] = field(default_factory=list)

    def count(self, words: frozenset[int]) -> int:
        """How many tokens are any of the words."""
        held = self._counts.get(words)
        if held is None:
            rows, offsets = self.rows, self.offsets
            held = 0
            for word in words:
                row = rows.get(word)
                if row is not None:
                    held += offsets[row + 1] - offsets[row]
            self._counts[words] = held
        return held

    def tokens(self, words: frozenset[int]) -> list[int]:
        """Positions of the tokens that are any of the words, in order."""
        held = self._tokens.get(words)
        if held is None:
            found: list[int] = []
            for word in words:
                row = self.rows.get(word)
                if row is not None:
                    found.extend(self.positions[self.offsets[row] : self.offsets[row + 1]])
            held = self._tokens[words] = sorted(found)
        return held

    def columns(self) -> tuple[list[int], list[int], list[int]]:
        """ORTH, LOWER and LEMMA of every token, as lists (read by position)."""
        held = self._columns
        if not held:
            held.extend(self.attrs.T.tolist())
        return held[0], held[1], held[2]

    def any_word_matches(self, expression: str, sentence: int, strings: StringStore) -> bool:
        """Whether a word of the sentence matches the expression; each word is tested
        once ("the", "will" recur in every sentence and every document)."""
        tested, search = _tested(expression), _compiled(expression).search
        for word in self.words(sentence):
            hit = tested.get(word)
            if hit is None:
                hit = tested[word] = search(strings[word]) is not None
            if hit:
                return True
        return False

    def words(self, sentence: int) -> frozenset[int]:
        """Every word of a sentence, gathered on first use."""
        held = self._words.get(sentence)
        if held is None:
            start, end = self.bounds[sentence]
            held = self._words[sentence] = frozenset(self.attrs[start:end].ravel().tolist())
        return held


@dataclass(frozen=True)
class Requirements:
    """What a sentence must contain for a pattern to match in it."""

    word_sets: tuple[frozenset[int], ...]  # hashes: one of each set must occur
    regexes: tuple[str, ...]  # one word must match each expression (re.search)

    def windows(self, index: WordIndex, strings: StringStore,
                reach: Sequence[tuple[int | None, int | None]]) -> list[tuple[int, int]]:
        """Token ranges, at most one per sentence, that hold every match. `reach[k]` is
        the most tokens a match can have before the token that is one of `word_sets[k]`,
        and from it to the end (None: no limit). The rarest set in this doc anchors the
        windows; the others only decide which sentences qualify."""
        if not self.word_sets:
            return [index.bounds[i] for i in range(len(index.bounds)) if self._regexes_met(index, i, strings)]
        anchor = self.anchor(index)
        if anchor is None:
            return []
        anchors: dict[int, list[int]] = {}
        sentence_of = index.sentence_of_token
        for token in index.tokens(self.word_sets[anchor]):
            anchors.setdefault(sentence_of[token], []).append(token)
        others = self.word_sets[:anchor] + self.word_sets[anchor + 1 :]
        before, after = reach[anchor]
        windows = []
        for i, tokens in anchors.items():
            if others:
                words = index.words(i)
                if any(options.isdisjoint(words) for options in others):
                    continue
            if not self._regexes_met(index, i, strings):
                continue
            start, end = index.bounds[i]
            low = start if before is None else max(start, tokens[0] - before)
            high = end if after is None else min(end, tokens[-1] + after)
            # every match lies in the window and holds a word of each set: a window that
            # lacks one holds none (most windows of the patterns that rarely match)
            if any(not _holds_between(index.tokens(options), low, high) for options in others):
                continue
            windows.append((low, high))
        return windows

    def anchor(self, index: WordIndex) -> int | None:
        """The word set rarest in the doc (the first of them); None when the doc lacks
        every word of some set, so that nothing can match."""
        anchor, fewest = None, 0
        for k, words in enumerate(self.word_sets):
            count = index.count(words)
            if not count:
                return None
            if anchor is None or count < fewest:
                anchor, fewest = k, count
        return anchor

    def _regexes_met(self, index: WordIndex, sentence: int, strings: StringStore) -> bool:
        if not self.regexes:
            return True
        for expression in self.regexes:  # groups share expressions: each sentence is read once for each
            met = index._regex_met.get((expression, sentence))
            if met is None:
                met = index._regex_met[(expression, sentence)] = index.any_word_matches(expression, sentence, strings)
            if not met:
                return False
        return True


class WordSetTable:
    """Every word set of a ruler's patterns, counted in a doc with array operations at
    once: counting them one by one in Python cost more than the Matcher on short
    documents (the commitment cues name 260 sets)."""

    def __init__(self, word_sets: list[frozenset[int]]) -> None:
        self.sets = list(dict.fromkeys(word_sets))
        pairs = [(k, word) for k, words in enumerate(self.sets) for word in words]
        self.set_ids = numpy.array([k for k, _ in pairs], dtype="int64")
        self.words = numpy.array([word for _, word in pairs], dtype="uint64")

    def fill(self, index: WordIndex) -> None:
        """Store each set's count in the index (what `WordIndex.count` would sum)."""
        if not len(self.sets):
            return
        found = numpy.zeros(len(self.words), dtype="int64")
        if len(index.unique_words):
            at = numpy.minimum(numpy.searchsorted(index.unique_words, self.words), len(index.unique_words) - 1)
            hit = index.unique_words[at] == self.words
            found[hit] = index.word_counts[at[hit]]
        counts = numpy.bincount(self.set_ids, weights=found, minlength=len(self.sets)).astype("int64").tolist()
        index._counts.update(zip(self.sets, counts))


@dataclass
class _Group:
    """Patterns with the same requirements; for each required word set, the widest reach
    of any of them around the token that is one of its words."""

    requirements: Requirements
    matcher: Matcher
    reach: list[tuple[int | None, int | None]]
    patterns: list[tuple[int, list[dict[str, Any]]]] = field(default_factory=list)  # (match id, pattern)
    literal: _Literal | None = None  # the group's one pattern, when it is of fixed words


@dataclass(frozen=True)
class _Literal:
    """A pattern of fixed words: for each token, the column of `WordIndex.attrs` it reads
    and (`Requirements.word_sets`, in pattern order) the words it may be."""

    match_id: int
    columns: tuple[int, ...]

    def starts(self, requirements: Requirements, index: WordIndex) -> list[int]:
        """Where the pattern matches, in order: what the Matcher finds in the windows."""
        anchor = requirements.anchor(index)
        if anchor is None:
            return []
        word_sets, columns, length = requirements.word_sets, self.columns, len(self.columns)
        values = index.columns()
        if length == 1:  # one word: every token that is it (the index lists a token once per word it is)
            column, words = values[columns[0]], word_sets[0]
            return sorted({token for token in index.tokens(words) if column[token] in words})
        bounds, sentence_of = index.bounds, index.sentence_of_token
        found: list[int] = []
        for token in index.tokens(word_sets[anchor]):
            start = token - anchor
            first, end = bounds[sentence_of[token]]
            if start < first or start + length > end or (found and found[-1] == start):
                continue
            if all(values[column][start + k] in words for k, (column, words) in enumerate(zip(columns, word_sets))):
                found.append(start)
        return found


class Ruler:
    """The patterns of one file; each pattern is tried only where it can match."""

    def __init__(self, nlp: Language, name: str, pattern_file: str, labels: frozenset[str] | None = None) -> None:
        self.name = name
        self.keys: dict[int, tuple[int, int]] = {}  # match id -> (label, rule id), hashes
        groups: dict[Requirements, _Group] = {}
        for rule in load_rules(pattern_file, labels):
            pattern = _token_pattern(nlp, rule)
            requirements = requirements_of(pattern, nlp.vocab.strings)
            reach = reach_around_words(pattern)
            group = groups.get(requirements)
            if group is None:
                group = groups[requirements] = _Group(requirements, Matcher(nlp.vocab, validate=True), reach)
            group.reach = [(_wider(b1, b2), _wider(a1, a2)) for (b1, a1), (b2, a2) in zip(group.reach, reach)]
            key = f"{rule.label}{KEY_SEPARATOR}{rule.id}"
            group.matcher.add(key, [pattern])
            match_id = nlp.vocab.strings.add(key)
            group.patterns.append((match_id, pattern))
            self.keys[match_id] = (nlp.vocab.strings.add(rule.label), nlp.vocab.strings.add(rule.id))
        self.groups = list(groups.values())
        self.word_sets = WordSetTable([words for group in self.groups for words in group.requirements.word_sets])
        for group in self.groups:
            if len(group.patterns) == 1:
                match_id, pattern = group.patterns[0]
                columns = _literal_columns(pattern)
                if columns is not None:
                    group.literal = _Literal(match_id, columns)

    def __call__(self, doc: Doc) -> list[Span]:
        """Matches as spans (label and id set), also kept in `doc.spans[name]`."""
        found: dict[tuple[int, int, int], Span] = {}
        strings = doc.vocab.strings
        index = word_index(doc)
        self.word_sets.fill(index)
        keys = self.keys
        for group in self.groups:
            if group.literal is not None:
                match_id, length = group.literal.match_id, len(group.literal.columns)
                for start in group.literal.starts(group.requirements, index):
                    key = (start, start + length, match_id)
                    if key not in found:
                        label, rule_id = keys[match_id]
                        found[key] = Span(doc, start, start + length, label=label, span_id=rule_id)
                continue
            matcher = group.matcher
            for start, end in group.requirements.windows(index, strings, group.reach):
                # word_index has checked the lemmas the patterns read (allow_missing skips
                # the Matcher's own check on every window)
                for match_id, first, last in matcher(Span(doc, start, end), allow_missing=True):
                    key = (start + first, start + last, match_id)
                    if key not in found:
                        label, rule_id = keys[match_id]
                        found[key] = Span(doc, key[0], key[1], label=label, span_id=rule_id)
        spans = [found[key] for key in sorted(found, key=lambda k: (k[0], -k[1]))]  # by start, longest first
        doc.spans[self.name] = spans
        return spans


def _holds_between(tokens: list[int], low: int, high: int) -> bool:
    """Whether a token of the ordered list lies in [low, high)."""
    at = bisect_left(tokens, low)
    return at < len(tokens) and tokens[at] < high


def word_index(doc: Doc) -> WordIndex:
    """The doc's word index, built on first use. Built only after the lemmatizer has
    run: lemmas are among the words."""
    cached = doc.user_data.get(INDEX_KEY)
    if cached is None:
        if len(doc) and not doc.has_annotation("LEMMA"):
            raise ValueError("the word index needs lemmas: run the lemmatizer before any ruler")
        attrs = doc.to_array([ORTH, LOWER, LEMMA]).reshape(len(doc), 3)
        bounds = sentence_bounds(doc)
        words = attrs.ravel()
        positions = numpy.repeat(numpy.arange(len(doc)), 3)
        order = numpy.lexsort((positions, words))
        words, positions = words[order], positions[order]
        # one entry per (word, token) pair, grouped by word, tokens in order
        new_pair = numpy.ones(len(words), dtype=bool)
        new_pair[1:] = (words[1:] != words[:-1]) | (positions[1:] != positions[:-1])
        words, positions = words[new_pair], positions[new_pair]
        new_word = numpy.ones(len(words), dtype=bool)
        new_word[1:] = words[1:] != words[:-1]
        firsts = numpy.flatnonzero(new_word)
        rows = dict(zip(words[firsts].tolist(), range(len(firsts))))
        offsets = [*firsts.tolist(), len(words)]
        sentence_of_token = numpy.repeat(numpy.arange(len(bounds)), [end - start for start, end in bounds]).tolist()
        cached = WordIndex(bounds, sentence_of_token, attrs, rows, offsets, positions.tolist(), words[firsts],
                           numpy.diff(numpy.array(offsets, dtype="int64")))
        doc.user_data[INDEX_KEY] = cached
    return cached


def reach_around_words(pattern: list[dict[str, Any]]) -> list[tuple[int | None, int | None]]:
    """For each required token with literal words (the order of `requirements_of`): the
    most tokens a match can have before it, and from it to the match's end; None when
    unbounded."""
    return [(_most_tokens(pattern[:i]), _most_tokens(pattern[i:])) for i, token in enumerate(pattern)
            if not _optional(token) and _literal_words(token) is not None]


def _most_tokens(tokens: list[dict[str, Any]]) -> int | None:
    total = 0
    for token in tokens:
        op = str(token.get("OP", ""))
        if op in ("*", "+"):
            return None
        if op.startswith("{"):
            bounds = op.strip("{}").split(",")
            if bounds[-1].strip() == "":
                return None
            total += int(bounds[-1])
        else:  # "", "?", "!" (counted as one token: a safe over-estimate)
            total += 1
    return total


def _wider(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else max(a, b)


def _optional(token: dict[str, Any]) -> bool:
    op = str(token.get("OP", ""))
    return op in OPTIONAL_OPS or op.startswith("{0") or op.startswith("{,")


def requirements_of(pattern: list[dict[str, Any]], strings: StringStore) -> Requirements:
    """The literal word sets and expressions of a pattern's required tokens."""
    word_sets: list[frozenset[int]] = []
    regexes: list[str] = []
    for token in pattern:
        if _optional(token):
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


LITERAL_COLUMNS = {"ORTH": 0, "TEXT": 0, "LOWER": 1, "LEMMA": 2}  # the Matcher reads TEXT as ORTH


def _literal_columns(pattern: list[dict[str, Any]]) -> tuple[int, ...] | None:
    """For a pattern of fixed words, the column each token reads; None for any other."""
    columns = []
    for token in pattern:
        if len(token) != 1:
            return None
        attr, value = next(iter(token.items()))
        if attr not in LITERAL_COLUMNS or _literal_words(token) is None:
            return None
        if isinstance(value, dict) and set(value) != {"IN"}:
            return None
        columns.append(LITERAL_COLUMNS[attr])
    return tuple(columns) if columns else None


WORDS_KEPT = 1 << 13  # per expression
_TESTED: dict[str, dict[int, bool]] = {}


def _tested(expression: str) -> dict[int, bool]:
    """Which words (hashes) match the expression, kept for the most recent words: the
    same few thousand recur in every document, and a long batch must not grow the cache
    with its whole vocabulary (it is emptied when full)."""
    tested = _TESTED.get(expression)
    if tested is None or len(tested) >= WORDS_KEPT:
        tested = _TESTED[expression] = {}
    return tested


@lru_cache(maxsize=None)
def _compiled(expression: str) -> re.Pattern[str]:
    return re.compile(expression)


def _token_pattern(nlp: Language, rule: PatternRule) -> list[dict[str, Any]]:
    if isinstance(rule.pattern, str):  # a phrase pattern: match its tokens literally
        return [{"ORTH": token.text} for token in nlp.make_doc(rule.pattern)]
    return rule.pattern
