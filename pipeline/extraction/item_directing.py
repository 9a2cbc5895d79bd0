"""How a block directs, for the rules of every shape.

The directives in a stretch that direct someone other than the writer; whether a block's
first sentence directs, or prescribes a step (not only "needs to improve"); the directive a
list entry opens with; where a labelled item's directing sentences end; and the type a
list of directives takes (a deadline or an urgent ask always makes a recommendation).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span

from crosswalk.extraction.item_grammar import AUXILIARIES, CLAUSE_OPENERS
from crosswalk.extraction.item_reading import GRAMMAR_FILE, LIMITS, Context, Unit, clean_bounds, item_words
from crosswalk.extraction.sentences import sentences_in
from crosswalk.resources import word_set

LIST_NUMBER_RE = re.compile(r"^\s*(?:\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}\))\s+")
COLON_END_RE = re.compile(r"[:]\s*[–—-]?\s*$")
OPEN_TYPES = ("area_for_improvement", "recommendation")  # stated one a paragraph, several in a row
FRAME_RULE = "reporting-recommends"  # "HMIC recommends that": opens one item of a flattened table
SAY_FRAME = "reporting-frame-say"  # plural "say": reports the inspectorate only with its word as subject (`items._voiced_frames`)
# "needs to improve" ("must improve", "must make urgent improvements") said of one force in news and letters summarises its grade; it is an
# item only when it restates a cause of concern or is addressed to a region's forces.
WEAK_DIRECTIVES = {"directive-needs-to", "directive-must-improve", "directive-must-make-improvements"}
TIMED_PERFECT_ID = "directive-should-have-timed"  # "By <date>, X should have <participle>": the ask `items._timed_perfects` adds
SHOULD_DIRECTIVES = {"directive-should", "directive-should-make-sure", "directive-should-have", "directive-should-parenthetical",
                     TIMED_PERFECT_ID}
FIRST_PERSON = word_set("extraction_words.json", "first_person")  # shared with commitments and quotes
RECOMMEND_VERBS = word_set(GRAMMAR_FILE, "recommend_verbs")
INSPECTORATE_WORDS = word_set(GRAMMAR_FILE, "inspectorate_words")


def directed_end(ctx: Context, unit: Unit, start: int | None = None) -> int:
    """Where a labelled item ends: after its directing sentences. Minutes and trackers
    restate an item after its label and report on it in the same paragraph ("AFI 4 - the
    force should X. The ACC reported that ..."): the report is the answer, not the item."""
    def directs(sentence: Span) -> bool:
        return any(d.label_ == "DIRECTIVE" for d in ctx.directives_in(sentence.start_char, sentence.end_char))

    sentences = [s for s in sentences_in(ctx.doc, unit.start, unit.end) if s.end_char > (start or unit.start)]
    if len(sentences) < 2 or not directs(sentences[0]):
        return unit.end
    end = sentences[0].end_char
    for sentence in sentences[1:]:
        if not directs(sentence):
            return end
        end = sentence.end_char
    return unit.end


def directives_to_others(ctx: Context, start: int, end: int) -> list[Span]:
    """The directives in a stretch that direct someone other than the writer: "To deliver
    this, we must:", "We need to review ..." are the writer's own plan, not an item."""
    def said_of_writer(directive: Span) -> bool:
        doc = directive.doc
        return any(t.lower_ in FIRST_PERSON for t in doc[max(directive.start - 3, directive.sent.start) : directive.start])

    return [d for d in ctx.directives_in(start, end) if d.label_ == "DIRECTIVE" and not said_of_writer(d)]


def opening_directive(ctx: Context, unit: Unit) -> Span | None:
    """The directive an entry opens with: after its number and a deadline ("By July
    2021,"), a short noun phrase naming who is directed, then the modal. A clause before
    the modal ("We found the force should", "Where it can, it should") is a finding."""
    start = clean_bounds(ctx.text, unit.start, unit.end)[0]
    first_end = first_sentence_end(ctx.doc, unit.start, unit.end)
    # "X needs to improve" summarises a grade (a list of graded bodies), it prescribes no step.
    directives = [d for d in directives_to_others(ctx, start, first_end) if d.start_char < first_end
                  and d.id_ not in WEAK_DIRECTIVES]
    if not directives:
        return None
    directive = directives[0]
    timed = [d for d in ctx.directives_in(start, directive.start_char) if d.label_ == "TIMED"]
    opener = ctx.text[timed[0].end_char if timed and timed[0].start_char <= start + 1 else start : directive.start_char]
    words = re.findall(r"[A-Za-z’']+", opener)
    if not 1 <= len(words) <= LIMITS.entry_subject_words or any(
            w.lower() in AUXILIARIES or w.lower() in CLAUSE_OPENERS or w.lower() in FIRST_PERSON for w in words):
        return None
    return directive


def entry_type(ctx: Context, unit: Unit | Span) -> str:
    """A list of directives (or a news story's reported asks) is the document's
    recommendations, unless the document calls its items areas for improvement and never
    recommendations, by the noun or the verb ("but recommended a review of A"); a deadline
    or an urgent ask ("should immediately") always makes a recommendation."""
    start, end = (unit.start_char, unit.end_char) if isinstance(unit, Span) else (unit.start, unit.end)
    if recommends(ctx.directives_in(start, end)):
        return "recommendation"
    named = {s.label_ for s in ctx.types_in(0, len(ctx.text))}
    if "area_for_improvement" not in named or "recommendation" in named:
        return "recommendation"
    return "recommendation" if any(t.lower_ in RECOMMEND_VERBS for t in ctx.doc) else "area_for_improvement"


def recommends(directives: list[Span]) -> bool:
    """A dated or an urgent directive: how a recommendation asks, whatever kind is near."""
    return any(d.label_ == "TIMED" for d in directives) or urgent_in(directives)


def urgent_in(directives: list[Span]) -> bool:
    """A directive to be met at once ("should immediately review", "should take immediate
    action", "must urgently"): the inspectorate asks so in the recommendations it attaches
    to a cause of concern, never in an area for improvement (item_words: urgency_words)."""
    words = item_words()
    for directive in directives:
        if directive.label_ != "DIRECTIVE":
            continue
        doc = directive.doc
        after = [t.lower_ for t in doc[directive.start + 1 : min(directive.start + LIMITS.urgency_reach_tokens, len(doc))]]
        if after[:1] == ["to"]:
            after = after[1:]  # "needs to urgently"
        if after[:1] and after[0] in words.urgency_words:
            return True
        if len(after) >= 3 and after[1] in words.urgency_words and after[2] in words.urgency_steps:
            return True  # "should take immediate action"
    return False


def first_token(doc: Doc, char: int) -> int:
    """The token at a character offset: a block's start, where its first sentence is found.
    Found by bisection: a scan from the document's start made every block pay for the
    whole document before it (a third of extraction on long documents)."""
    return min(bisect_left(doc, char, key=lambda t: t.idx), len(doc) - 1)


def first_sentence_directs(ctx: Context, unit: Unit) -> bool:
    """The unit's first sentence directs (an item states its directive first)."""
    first_end = first_sentence_end(ctx.doc, unit.start, unit.end)
    return any(d.start_char < first_end for d in directives_to_others(ctx, unit.start, unit.end))


def first_sentence_prescribes(ctx: Context, unit: Unit) -> bool:
    """The unit's first sentence prescribes a step ("should review", "Within three months
    ... should"), not only that the body "needs to improve" (how a concern is put)."""
    first_end = first_sentence_end(ctx.doc, unit.start, unit.end)
    return any(d.id_ not in WEAK_DIRECTIVES and d.start_char < first_end
               for d in directives_to_others(ctx, unit.start, unit.end))


def first_sentence_end(doc: Doc, start: int, end: int) -> int:
    """Where a block's first sentence ends: an item's directive comes first ("The force
    should ..."); a finding explains before it prescribes."""
    sentences = sentences_in(doc, start, end)
    return sentences[0].end_char if sentences else end


def is_anaphor(span: Span) -> bool:
    return span.id_ == "anaphor"
