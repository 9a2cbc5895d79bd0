"""Apply the token patterns of one pattern file to a doc, fast.

The patterns are spaCy SpanRuler patterns, applied with the Matcher that SpanRuler
uses, but each only where it can match. Almost every pattern has a word it cannot match
without (an *anchor*: the literal LOWER, TEXT or LEMMA of a required token); patterns
are grouped by anchor and a group is tried only on the sentences that contain one of
its anchor words. The Matcher's cost is per token and pattern, so this skips most of
it. A pattern with no anchor is tried on every sentence.

Each component owns its ruler with its own spans key, so rulers never erase each
other's matches.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from pipeline.extraction.patterns import PatternRule, load_rules
from pipeline.extraction.sentences import sentence_bounds

OPTIONAL_OPS = {"?", "*"}
KEY_SEPARATOR = "\t"


class Ruler:
    """The patterns of one file; each pattern is tried only in sentences holding its anchor."""

    def __init__(self, nlp: Language, name: str, pattern_file: str, labels: frozenset[str] | None = None) -> None:
        self.name = name
        self.groups: list[tuple[frozenset[int] | None, Matcher]] = []
        by_anchor: dict[frozenset[int] | None, Matcher] = {}
        for rule in load_rules(pattern_file, labels):
            pattern = _token_pattern(nlp, rule)
            anchors = _anchor_hashes(nlp, pattern)
            matcher = by_anchor.get(anchors)
            if matcher is None:
                matcher = by_anchor[anchors] = Matcher(nlp.vocab, validate=True)
            matcher.add(f"{rule.label}{KEY_SEPARATOR}{rule.id}", [pattern])
        self.groups = list(by_anchor.items())

    def __call__(self, doc: Doc) -> list[Span]:
        """Matches as spans (label and id set), also kept in `doc.spans[name]`."""
        found: dict[tuple[int, int, int], Span] = {}
        strings = doc.vocab.strings
        attrs = doc.to_array([LOWER, LEMMA])
        for start, end in sentence_bounds(doc):
            present = set(attrs[start:end].ravel().tolist())
            for anchors, matcher in self.groups:
                if anchors is not None and anchors.isdisjoint(present):
                    continue
                for match_id, first, last in matcher(doc[start:end]):
                    label, rule_id = strings[match_id].split(KEY_SEPARATOR)
                    span = Span(doc, start + first, start + last, label=label, span_id=rule_id)
                    found.setdefault((span.start, span.end, match_id), span)
        spans = sorted(found.values(), key=lambda s: (s.start, -s.end))
        doc.spans[self.name] = spans
        return spans


def _token_pattern(nlp: Language, rule: PatternRule) -> list[dict[str, Any]]:
    if isinstance(rule.pattern, str):  # a phrase pattern: match its tokens literally
        return [{"ORTH": token.text} for token in nlp.make_doc(rule.pattern)]
    return rule.pattern


def _anchor_hashes(nlp: Language, pattern: list[dict[str, Any]]) -> frozenset[int] | None:
    """Hashes of the LOWER or LEMMA values one of which a match must contain, or None
    when the pattern has no literal required token (it is then tried everywhere)."""
    anchor = _anchor(pattern)
    if anchor is None:
        return None
    attr, values = anchor
    strings = nlp.vocab.strings
    return frozenset(strings.add(value if attr == "LEMMA" else value.lower()) for value in values)


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

