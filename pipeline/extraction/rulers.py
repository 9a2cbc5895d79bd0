"""Build a SpanRuler from one pattern file, to be called on a span or a whole doc.

Each component owns its ruler with its own spans key: rulers that share a key erase
each other's matches.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span

from pipeline.extraction.patterns import load_rules


def make_ruler(nlp: Language, name: str, pattern_file: str, labels: frozenset[str] | None = None) -> SpanRuler:
    ruler = SpanRuler(nlp, name=name, spans_key=name, validate=True, overwrite=True)
    ruler.add_patterns([rule.as_spacy() for rule in load_rules(pattern_file, labels)])
    return ruler


def matches(ruler: SpanRuler, doc: Doc) -> list[Span]:
    """Run the ruler on a doc and return its spans (kept under the ruler's key)."""
    ruler(doc)
    return list(doc.spans[ruler.key])


def in_range(spans: list[Span], start: int, end: int) -> list[Span]:
    return [s for s in spans if s.start_char >= start and s.end_char <= end]
