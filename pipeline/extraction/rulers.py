"""Apply the token patterns of one pattern file to a doc, fast.

The patterns are spaCy SpanRuler patterns, applied with the Matcher that SpanRuler
uses, but only to the sentences that can match. Every pattern has a word it cannot
match without (an *anchor*: the literal LOWER, TEXT or LEMMA of a required token); a
sentence without any anchor of a file is skipped. On a response letter that leaves a
fraction of the sentences, and the Matcher's cost is per token and pattern. A file with
a pattern that has no anchor is applied to every sentence.

Each component owns its ruler with its own spans key, so rulers never erase each
other's matches.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from pipeline.extraction.patterns import PatternRule, load_rules
from pipeline.extraction.sentences import sentence_bounds

OPTIONAL_OPS = {"?", "*"}
KEY_SEPARATOR = "\t"


class Ruler:
    """The patterns of one file, matched sentence by sentence where an anchor occurs."""

    def __init__(self, nlp: Language, name: str, pattern_file: str, labels: frozenset[str] | None = None) -> None:
        self.name = name
        self.matcher = Matcher(nlp.vocab, validate=True)
        rules = load_rules(pattern_file, labels)
        for rule in rules:
            self.matcher.add(f"{rule.label}{KEY_SEPARATOR}{rule.id}", [_token_pattern(nlp, rule)])
        self.anchors = _anchors(nlp, rules)

    def __call__(self, doc: Doc) -> list[Span]:
        """Matches as spans (label and id set), also kept in `doc.spans[name]`."""
        found: dict[tuple[int, int, int], Span] = {}
        strings = doc.vocab.strings
        for start, end in self._candidate_sentences(doc):
            for match_id, first, last in self.matcher(doc[start:end]):
                label, rule_id = strings[match_id].split(KEY_SEPARATOR)
                span = Span(doc, start + first, start + last, label=label, span_id=rule_id)
                found.setdefault((span.start, span.end, match_id), span)
        spans = sorted(found.values(), key=lambda s: (s.start, -s.end))
        doc.spans[self.name] = spans
        return spans

    def _candidate_sentences(self, doc: Doc) -> Iterable[tuple[int, int]]:
        bounds = sentence_bounds(doc)
        if self.anchors is None:
            return bounds
        lowers, lemmas = self.anchors
        attrs = doc.to_array([LOWER, LEMMA])
        hits = numpy.isin(attrs[:, 0], lowers) | numpy.isin(attrs[:, 1], lemmas)
        if not hits.any():
            return []
        cumulative = numpy.concatenate(([0], numpy.cumsum(hits)))
        return [(start, end) for start, end in bounds if cumulative[end] > cumulative[start]]


def _token_pattern(nlp: Language, rule: PatternRule) -> list[dict[str, Any]]:
    if isinstance(rule.pattern, str):  # a phrase pattern: match its tokens literally
        return [{"ORTH": token.text} for token in nlp.make_doc(rule.pattern)]
    return rule.pattern


def _anchors(nlp: Language, rules: Iterable[PatternRule]) -> tuple[numpy.ndarray, numpy.ndarray] | None:
    """Hashes of the LOWER and LEMMA values one of which every match must contain."""
    lowers: set[int] = set()
    lemmas: set[int] = set()
    strings = nlp.vocab.strings
    for rule in rules:
        anchor = _anchor(_token_pattern(nlp, rule))
        if anchor is None:
            return None
        attr, values = anchor
        target = lemmas if attr == "LEMMA" else lowers
        target.update(strings.add(value if attr == "LEMMA" else value.lower()) for value in values)
    as_array = lambda values: numpy.array(sorted(values), dtype="uint64")  # noqa: E731
    return as_array(lowers), as_array(lemmas)


def _anchor(pattern: list[dict[str, Any]]) -> tuple[str, list[str]] | None:
    """The literal values of the first required token that has any."""
    for token in pattern:
        op = str(token.get("OP", ""))
        if op in OPTIONAL_OPS or op.startswith("{0") or op.startswith("{,") or op == "!":
            continue
        for attr in ("LOWER", "TEXT", "ORTH", "LEMMA"):
            value = token.get(attr)
            if isinstance(value, str):
                return attr, [value]
            if isinstance(value, dict) and set(value) == {"IN"}:
                return attr, list(value["IN"])
    return None


def in_range(spans: list[Span], start: int, end: int) -> list[Span]:
    return [s for s in spans if s.start_char >= start and s.end_char <= end]

