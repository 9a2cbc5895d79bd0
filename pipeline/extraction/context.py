"""Context flags: historic, negated, hypothetical and recurring mentions are kept and flagged.

A response often quotes an earlier inspection ("in 2018 HMICFRS graded the force as
'Good'"): the grading is real but historic, and must not be counted as the current one.
A cue reaches only so far, as in medspaCy's ConText: each rule in
`patterns/context.jsonl` has a `direction` (forward, backward, bidirectional) and a
`max_scope` in tokens (none: to the end of its clause), and TERMINATE cues ("but",
"however", "now", ";") end every scope, so in "graded inadequate in 2019, but the force is
now good" only the first grade is historic. PSEUDO cues cancel a cue they overlap
("not only", "no doubt"), except where a relative clause follows and says what the
earlier inspection found ("since the last inspection, which rated it inadequate"), and an
old year inside one ("since the last inspection in 2019", "its first report since 2019") dates
nothing. A historic cue inside a relative clause (", which at the last inspection was good")
reaches back no further than the clause's "which" (a recurring one does: "rated good, which
matches its last report"). A year
two or more years before the document's own year is a historic cue reaching both ways to
its clause's ends or to a year of now, whichever is nearer ("inadequate in 2022 and, after an
inspection in 2025, good"). RECURRING ("once again graded")
marks a grade held now and before. A historic cue inside a comparison ("a grade higher than
last year's", "in contrast to the previous assessment, which judged it good", "despite the
changes of the past three years,") dates what is compared, not the clause it is set in: it
reaches from the comparison's word to the comma that closes it (and through a relative
clause that says what the earlier one found).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from crosswalk.dates import MONTH_NAMES
from crosswalk.extraction.extensions import spans_within, text_of
from crosswalk.extraction.patterns import load_rules
from crosswalk.extraction.rulers import Ruler
from crosswalk.resources import word_alternation, word_file

SPANS_KEY = "crosswalk_context"
RULES_KEY = "crosswalk_context_rules"
MODIFIERS = ("HISTORIC", "NEGATED", "HYPOTHETICAL", "RECURRING")
LABELS = frozenset({*MODIFIERS, "TERMINATE", "PSEUDO", "COMPARISON"})


WORDS_FILE = "context_words.json"
_ALTERNATIONS = ("judging_verbs", "described_openers", "relative_openers")  # spliced into the expressions below


@dataclass(frozen=True)
class ContextWords:
    """The numbers and rule ids the context reader reads beside its cue rules
    (`patterns/context_words.json`, what each is said there), a field a key; the file's
    word lists (`_ALTERNATIONS`) are spliced into the expressions below as they are written."""

    historic_gap_years: int
    now_terminators: tuple[str, ...]
    contrast_terminators: tuple[str, ...]


WORDS = word_file(WORDS_FILE, ContextWords, also=frozenset(_ALTERNATIONS))
_EITHER = {key: word_alternation(WORDS_FILE, key) for key in _ALTERNATIONS}
YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")
YEAR_RANGE_END_RE = re.compile(r"\s*(?:to|until|-|–|/)\s*((?:19|20)?\d\d)\b")  # "2023 to 2025", "2021/22"
_MONTHS = "(?:" + "|".join(MONTH_NAMES) + ")"  # crosswalk.dates: the one list of month names
# The inspectorate's own earlier judgment dated a year back: "In 2018, we found it good at
# A", "we published that report in May 2018 and concluded ..." (in a 2019 reinspection). A
# year one year back is not old by itself (fieldwork precedes publication), but a judgment
# "we" made then ("we" and a verb of judging in the past, or "and concluded") is the earlier
# inspection's. What "we inspected" then is left alone (a revisit's items are that
# inspection's, still open), and so is what a third party says the inspectorate "judged" or
# "rated" then (a press piece's year is often the current report's).
WE_JUDGED_IN_YEAR_RE = re.compile(
    rf"\b(?:in|during)\s+(?:{_MONTHS}\s+)?(?P<year>(?:19|20)\d\d)\s*,?\s+"
    rf"(?:we\s+(?:\w+ly\s+)?(?:{_EITHER['judging_verbs']})|and\s+concluded)\b", re.I)
# "since the last inspection, which rated it good": the clause after the pseudo cue says what
# that inspection found, so the cue it overlaps ("last inspection") stands; "when" and "which"
# need no comma, and its date may come first ("since its last inspection (in 2019) when it was rated"),
# and so may who made it ("since the last report from the inspectorate (HMICFRS) which rated it")
DESCRIBED_AFTER_RE = re.compile(
    r"(?:\s+(?:by|from|of)\s+[^,.;:!?\n]{1,120}?)?"
    r"(?:\s+in\s+(?:[A-Za-z]+\s+)?(?:19|20)\d\d(?:/\d\d)?)?"
    rf"(?:\s*,\s*|\s+)(?:{_EITHER['described_openers']})\b", re.I)
# ", which at the earlier inspection had been judged good": a cue inside a relative clause
# dates what that clause says, not the clause it hangs on, so it reaches back no further than
# the clause's opening word
RELATIVE_OPENER_RE = re.compile(rf",\s*(?P<word>{_EITHER['relative_openers']})\b", re.I)


@dataclass(frozen=True)
class Flags:
    historic: bool = False
    negated: bool = False
    hypothetical: bool = False
    recurring: bool = False  # held now and before ("once again graded outstanding")


@dataclass(frozen=True)
class _Cue:
    """A modifier cue with the character range it reaches."""

    label: str
    start: int
    end: int
    scope_start: int
    scope_end: int


@Language.factory("crosswalk_context", default_config={"patterns": "context.jsonl"},
                  requires=["token.is_sent_start", "token.lemma"], assigns=["doc.spans"])
def make_context(nlp: Language, name: str, patterns: str) -> "ContextMarker":
    return ContextMarker(nlp, patterns)


class ContextMarker:
    def __init__(self, nlp: Language, patterns: str) -> None:
        self.ruler = Ruler(nlp, SPANS_KEY, patterns, LABELS)
        self.reach = {rule.id: (rule.direction, rule.max_scope) for rule in load_rules(patterns, LABELS)}

    def __call__(self, doc: Doc) -> Doc:
        self.ruler(doc)  # spans kept in doc.spans[SPANS_KEY]
        doc.user_data[RULES_KEY] = self.reach
        return doc


def flags_for(doc: Doc, start: int, end: int, cue_start: int | None = None, cue_end: int | None = None,
              apart: tuple[int, int] | None = None) -> Flags:
    """Flags for the text `start`..`end` (a sentence, an item): a flag is set when a cue in
    that text reaches the target, which is `cue_start`..`cue_end` (a grading phrase, a
    commitment cue) or, by default, the whole text. Cues inside `apart` are left out (in
    "fell from good at the last inspection to adequate" the cue between
    the two grades dates the grade before, not the grade now)."""
    target_start = start if cue_start is None else cue_start
    target_end = end if cue_end is None else cue_end
    labels = {cue.label for cue in cues_in(doc, start, end)
              if cue.scope_start < target_end and target_start < cue.scope_end
              and not (apart is not None and apart[0] <= cue.start and cue.end <= apart[1])}
    return Flags(*(label in labels for label in MODIFIERS))


def cues_in(doc: Doc, start: int, end: int) -> list[_Cue]:
    """The modifier cues inside a text, each with the range it reaches there."""
    spans = spans_within(doc, SPANS_KEY, start, end) if SPANS_KEY in doc.spans else []
    reach = doc.user_data.get(RULES_KEY, {})
    text = text_of(doc)
    pseudo = [s for s in spans if s.label_ == "PSEUDO" and not DESCRIBED_AFTER_RE.match(text, s.end_char)]
    terminators = sorted((s.start_char, s.end_char) for s in spans if s.label_ == "TERMINATE")
    comparisons = sorted(s.start_char for s in spans if s.label_ == "COMPARISON")
    cues = []
    for span in spans:
        if span.label_ not in MODIFIERS or any(p.start < span.end and span.start < p.end for p in pseudo):
            continue
        direction, max_scope = reach.get(span.id_, ("bidirectional", None))
        low, high = _scope(doc, span, direction, max_scope, start, end, terminators)
        if span.label_ == "HISTORIC" and direction != "forward":
            low = _relative_opening(text, low, span.start_char)
        if span.label_ == "HISTORIC":
            low, high = _framed(text, span.start_char, span.end_char, low, high, comparisons)
        cues.append(_Cue(span.label_, span.start_char, span.end_char, low, high))
    years_now = _years_now(doc, start, end)
    for low, high in _old_years(doc, start, end):
        if any(p.start_char <= low and high <= p.end_char for p in pseudo):
            continue  # "since the last inspection in 2019": the year dates the change, not a grade
        scope_start, scope_end = _clause(low, high, start, end, sorted([*terminators, *years_now]))
        scope_start, scope_end = _framed(text, low, high, scope_start, scope_end, comparisons)
        cues.append(_Cue("HISTORIC", low, high, scope_start, scope_end))
    return cues


def _framed(text: str, cue_start: int, cue_end: int, low: int, high: int, comparisons: list[int]) -> tuple[int, int]:
    """The reach of a historic cue that stands in a comparison (a comparison's word before
    it, no comma between): from that word to the comma closing the comparison, a relative
    clause after that comma included ("in contrast to last year's, which judged it good")."""
    segment_start = text.rfind(",", low, cue_start) + 1 or low
    framing = [c for c in comparisons if max(low, segment_start) <= c < cue_start]
    if not framing:
        return low, high
    close = cue_end
    while (comma := text.find(",", close, high)) >= 0:
        if not DESCRIBED_AFTER_RE.match(text, comma):
            return framing[-1], comma
        close = comma + 1
    return framing[-1], high


def _scope(doc: Doc, cue: Span, direction: str, max_scope: int | None, start: int, end: int,
           terminators: list[tuple[int, int]]) -> tuple[int, int]:
    clause_start, clause_end = _clause(cue.start_char, cue.end_char, start, end, terminators)
    low, high = cue.start_char, cue.end_char
    if direction in ("forward", "bidirectional"):
        high = clause_end
        if max_scope is not None and cue.end + max_scope - 1 < len(doc):
            token = doc[cue.end + max_scope - 1]
            high = min(high, token.idx + len(token))
    if direction in ("backward", "bidirectional"):
        low = clause_start
        if max_scope is not None:
            low = max(low, doc[max(cue.start - max_scope, 0)].idx)
    return low, max(high, cue.end_char)


def _relative_opening(text: str, start: int, cue_start: int) -> int:
    """Where the relative clause holding a cue opens (its "which") after `start`, else `start`."""
    openers = list(RELATIVE_OPENER_RE.finditer(text, start, cue_start))
    return openers[-1].start("word") if openers else start


def _clause(cue_start: int, cue_end: int, start: int, end: int, terminators: list[tuple[int, int]]) -> tuple[int, int]:
    """The stretch around a cue that no terminator interrupts."""
    low = max([t_end for t_start, t_end in terminators if t_end <= cue_start], default=start)
    high = min([t_start for t_start, _ in terminators if t_start >= cue_end], default=end)
    return low, high


def _old_years(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Years at least `historic_gap_years` before the document's own year, and a year one
    year before it that dates what "we" (the inspectorate) judged then."""
    year = getattr(doc._.meta, "year", None)
    if year is None:
        return []
    text = text_of(doc)[start:end]
    old = [(start + m.start(), start + m.end()) for m in YEAR_RE.finditer(text)
           if year - int(m.group(1)) >= WORDS.historic_gap_years and not _runs_to(text, m.end(), year)]
    for m in WE_JUDGED_IN_YEAR_RE.finditer(text):
        if year - int(m.group("year")) == 1:
            old.append((start + m.start("year"), start + m.end("year")))
    return old


def _years_now(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Years less than `historic_gap_years` before the document's own (or after it): each
    ends an old year's reach, as a terminator does ("rated inadequate in 2022 and after an
    inspection in 2025 rated good": the later year opens what is graded now)."""
    year = getattr(doc._.meta, "year", None)
    if year is None:
        return []
    text = text_of(doc)[start:end]
    return [(start + m.start(), start + m.end()) for m in YEAR_RE.finditer(text)
            if year - int(m.group(1)) < WORDS.historic_gap_years]


def _runs_to(text: str, at: int, year: int) -> bool:
    """Whether the year ending at `at` opens a span of years that runs to the document's
    own year ("the period 2023 to 2025", "2023-25" in a 2025 report): the span is now."""
    m = YEAR_RANGE_END_RE.match(text, at)
    if m is None:
        return False
    end = int(m.group(1))
    return (end if end > 100 else 2000 + end) >= year


DATES_NOW = WORDS.now_terminators  # "today", "the latest report": the sentence is about now


def dates_now(doc: Doc, start: int, end: int) -> bool:
    """Whether a text dates itself to now ("today", "now", "the latest inspection") or names
    a year within a year of the document's own."""
    if any(s.id_ in DATES_NOW for s in spans_within(doc, SPANS_KEY, start, end) if s.label_ == "TERMINATE"):
        return True
    return bool(_years_now(doc, start, end))


def contrast_end(doc: Doc, start: int, end: int) -> int | None:
    """Where the last contrast cue in a text ends ("but", "while", "whereas": a TERMINATE rule
    of `contrast_terminators`), the clause after it set against the one before, with a
    subject of its own; None when the text holds none."""
    return max((s.end_char for s in spans_within(doc, SPANS_KEY, start, end)
                if s.label_ == "TERMINATE" and s.id_ in WORDS.contrast_terminators), default=None)


def historic_to_end(doc: Doc, start: int, end: int) -> bool:
    """Whether a historic cue (an earlier inspection, an old year) reaches a text's last
    words, so that what the text says last is dated earlier ("rated inadequate in 2019,
    and in 2024 rated good" ends on what is graded now)."""
    last = start + len(text_of(doc)[start:end].rstrip(" \t\n.,;:!?\"'’”)"))
    return any(cue.label == "HISTORIC" and cue.scope_end >= last for cue in cues_in(doc, start, end))
