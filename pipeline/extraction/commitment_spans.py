"""Which text a commitment is: the clause of a long sentence that holds the step, and
whether a sentence restates a plan already counted.

A commitment's text is its sentence; a sentence long enough to string statements
together is cut to the clause around its first cue, and a plan stated again, cut short,
is not counted twice."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from crosswalk.extraction.commitment_grammar import JOINERS, LIMITS, OPENING_SKIP, stands_alone


def opening_of(doc: Doc, sentence: Span, cue: Span) -> tuple[str, list[str]]:
    """A sentence's words up to the end of its first cue, and the words after it
    (determiners skipped, since a restatement points back with "these")."""
    opening = " ".join(t.lower_ for t in doc[sentence.start : cue.end] if not t.is_punct)
    rest = [t.lower_ for t in doc[cue.end : sentence.end] if not t.is_punct and t.lower_ not in OPENING_SKIP]
    return opening, rest


def restates(opening: str, rest: list[str], stated: dict[str, list[list[str]]]) -> bool:
    """Whether a plan already counted is stated again, cut short: the same opening up to
    the cue, then only a word or two that the first statement also had ("Our plan sets
    out the proposed way of tackling the concerns the report raised" and, later, "... of
    tackling these concerns"). Different steps of one actor ("We will review our custody
    policy", "We will review our vetting backlog") go on to different words."""
    if len(opening.split()) < LIMITS.opening_min_words or len(rest) > LIMITS.restated_rest_words:
        return False
    return any(set(rest) <= set(earlier) for earlier in stated.get(opening, []))


def clause_of(doc: Doc, sentence: Span, cue: Span) -> Span:
    """The part of a long sentence that states the step: the clause around the cue, between
    the breaks (";", ":", a lone dash, ", and", ", but") nearest it. A sentence this long
    strings statements together ("X shared the panel's concerns, and he gave assurance
    that he was monitoring the issue"; 'said work was under way and added: "I am proud
    ..."'), and the step is the clause, not the string."""
    if len(sentence.text) <= LIMITS.long_sentence_chars:
        return sentence
    start = next((i + 1 + _breaks_at(doc, i) for i in range(cue.start - 1, sentence.start - 1, -1)
                  if _breaks_at(doc, i) >= 0), sentence.start)
    end = next((i for i in range(cue.end, sentence.end) if _breaks_at(doc, i) >= 0), sentence.end)
    clause = doc[start:end]
    return clause if len(clause) >= LIMITS.clause_min_words and clause.start <= cue.start else sentence


def _breaks_at(doc: Doc, i: int) -> int:
    """-1 when no clause break starts at token i; else how many words after it belong to
    the break (1 for the coordinator of ", and", 0 for ";", ":" or a lone dash)."""
    word = doc[i].text
    if word in {";", ":"} or stands_alone(doc[i]):
        return 0
    if word == "," and i + 1 < len(doc) and doc[i + 1].lower_ in JOINERS:
        return 1
    return -1
