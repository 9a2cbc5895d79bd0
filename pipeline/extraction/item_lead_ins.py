"""The lead-in rule: a block ending in a colon whose last sentence directs or names a kind;
the list items after it are parts, typed by the kind it names, else a deadline, else the
scope (any other such block leads in to findings). Also the paragraph a lead-in that
points back ("To deal with this cause of concern, the force should:") says is the concern.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from crosswalk.extraction.context import flags_for
from crosswalk.extraction.item_directing import (
    COLON_END_RE, FRAME_RULE, LIST_NUMBER_RE, SHOULD_DIRECTIVES, WEAK_DIRECTIVES, directives_to_others,
    first_token, urgent_in,
)
from crosswalk.extraction.item_grammar import DIRECTING_MODALS
from crosswalk.extraction.item_kinds import count_of, kinds_in, plural_kinds
from crosswalk.extraction.item_reading import GRAMMAR_FILE, LIMITS, Context, Scope, Unit, item_words
from crosswalk.extraction.item_themes import themes
from crosswalk.extraction.sentences import sentences_in
from crosswalk.extraction.subjects import subjects_in
from crosswalk.resources import word_set

# What may stand between a kind and the colon that introduces its items: "..., which were:",
# "that we identified are:", "as follows:" ("the recommendations and advises that it:" is a clause).
LIST_KIND_TAIL_RE = re.compile(r"(?:,?\s*(?:which|that|these|they|and\s+these|and\s+they|namely)\b)?"
                               r"(?:\s*(?:are|were|is|was|include|included|includes))?"
                               r"(?:\s*(?:as\s+follows|below|listed\s+below|set\s+out\s+below))?", re.I)
# A lead-in that points back and names ("These were:", "They related to the service's:"):
# the kind of its list is named in the sentence before it ("These were all met:" reports).
# A short opener may come first ("In brief, these were:").
BACK_REFERENCE_RE = re.compile(
    r"^\s*(?:[A-Z][\w’']*(?:\s+[\w’']+){0,2},\s+(?=[Tt]h))?(?:[Tt]hey|[Tt]hese|[Tt]hose|[Tt]he following)(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))?\s+"
    r"(?:are|were|include|includes|included|relate|relates|related|concern|concerned|cover|covered|focus|focused|"
    r"focussed)\b(?!\s+(?:all|now|being|been|not|fully|mostly|largely|addressed|completed|met|closed|discharged)\b)")
PURPOSE_RE = re.compile(r"\s*(?:To|In (?:order|response|answer) to)\b")  # a sentence that opens with its purpose
LIST_NOUNS = word_set(GRAMMAR_FILE, "list_nouns")  # "... on the recommendations, and raised the following points:"
FOLLOWING_NOUN_RE = re.compile(r"\bfollowing\s+(?:[\w’'-]+\s+){0,2}?(?P<noun>[a-z]+)\s*:\s*[–—-]?\s*$")


def lead_in(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """A block ending in a colon whose last sentence directs or names a type: the list
    items after it are parts (any other such block leads in to findings). A lead-in that
    directs is read by `_directing_lead_in`, one that only names a kind by `_typed_lead_in`."""
    if not COLON_END_RE.search(unit.text):
        return None
    sentences = sentences_in(ctx.doc, unit.start, unit.end)
    last_start = _continued_directive_start(ctx, sentences) if sentences else unit.start
    directives = directives_to_others(ctx, last_start, unit.end)
    if directives:
        # "In 2018 we gave a cause of concern about A. ... Our recommendation: the service
        # should:": the sentences before a directing lead-in may name items by theme.
        themes(ctx, unit.start, last_start, scope)
        return _directing_lead_in(ctx, unit, scope, len(sentences), last_start)
    # "Inspectors named three areas in which it must improve:": a kind named in plain words types its list too.
    types = ctx.types_in(last_start, unit.end) or (plural_kinds(ctx, sentences[-1]) if sentences else []) \
        or _kinds_referred_to(ctx, unit, sentences)
    if not types or types[-1].label_ == "recommendation" or not _names_kind(ctx, unit.start, last_start, types[-1].label_):
        # "... the causes of concern relating to A and B hadn't been addressed. We issued
        # them and made these recommendations:", "... two causes of concern, one on A and
        # the other on B. The chief said:": the sentences before a lead-in may name items by
        # theme, unless they name the lead-in's own kind, which its list restates ("three
        # causes of concern about X. The causes of concern are:"); a lead-in to
        # recommendations answers what they name.
        themes(ctx, unit.start, last_start, scope)
    if not types or _introduces_other_list(ctx, unit, types[-1]):
        # "The force is graded good at tackling SOC: -", "It is good at:": the list it
        # leads in to is findings, not items, and it closes the section.
        return Scope(subject=scope.subject)
    if any(d.id_ == FRAME_RULE for d in ctx.directives_in(last_start, unit.end)):
        return _recommending_lead_in(ctx, unit, scope)
    return _typed_lead_in(ctx, unit, scope, types)


def _names_kind(ctx: Context, start: int, end: int, label: str) -> bool:
    """Whether the text from start to end names a kind of the given type ("causes of
    concern", "two areas where the service must improve")."""
    return any(k.label_ == label for k in kinds_in(ctx, start, end))


def _continued_directive_start(ctx: Context, sentences: list[Span]) -> int:
    """Where a lead-in's last directing sentence starts. "By June, the force should
    audit how it records crime. This audit should cover:": the sentence with the colon
    directs through a demonstrative ("This audit", "These plans"),
    not a body, so it carries on the directive before it, and the two are the lead-in."""
    last = sentences[-1]
    if len(sentences) < 2 or ctx.doc[last.start].lower_ not in item_words().demonstrative_openers \
            or not any(t.lower_ in DIRECTING_MODALS for t in last) \
            or directives_to_others(ctx, last.start_char, last.end_char):
        return last.start_char
    before = sentences[-2]
    return before.start_char if directives_to_others(ctx, before.start_char, before.end_char) else last.start_char


def _introduces_other_list(ctx: Context, unit: Unit, kind: Span) -> bool:
    """"... reported on the work done on the recommendations, and raised the following
    points:": after the kind it names, the lead-in's colon introduces a list of
    other things (points, findings, updates), so the list is those, not the kind's items."""
    found = FOLLOWING_NOUN_RE.search(ctx.text, kind.end_char, unit.end)
    return found is not None and found.group("noun") in LIST_NOUNS


def _recommending_lead_in(ctx: Context, unit: Unit, scope: Scope) -> Scope:
    """"In answer to the concern, we recommend that:": what follows is recommended,
    whichever kind the lead-in also names."""
    subjects = subjects_in(ctx.doc, unit.start, unit.end)
    return Scope(type="recommendation", subject=subjects[0] if subjects else scope.subject,
                 historic=flags_for(ctx.doc, unit.start, unit.end).historic, open=False)


def _typed_lead_in(ctx: Context, unit: Unit, scope: Scope, types: list[Span]) -> Scope:
    """"Areas for improvement:", "made three recommendations, including:": a list typed by
    the last kind the lead-in names. Paragraphs after it may be items too when the lead-in
    is a bare label or the kind is what its colon introduces."""
    if len({t.label_ for t in types}) > 1 and any(t.label_ == "cause_of_concern" for t in types):
        # "We gave the service a cause of concern and these recommendations:": the
        # concern is stated first, as a paragraph; its recommendations follow as directives.
        return Scope(type="cause_of_concern", subject=scope.subject, open=True,
                     historic=flags_for(ctx.doc, unit.start, unit.end).historic)
    short = len(unit.text.split()) <= LIMITS.heading_words_max
    subjects = subjects_in(ctx.doc, unit.start, unit.end)
    return Scope(type=types[-1].label_, subject=subjects[0] if subjects else scope.subject,
                 historic=flags_for(ctx.doc, unit.start, unit.end).historic or (short and scope.historic),
                 open=len(unit.text.split()) <= LIMITS.label_words_max or _names_list_kind(ctx, unit, types[-1]),
                 counted=count_of(types[-1]) or 0)


def _directing_lead_in(ctx: Context, unit: Unit, scope: Scope, sentence_count: int, last_start: int) -> Scope:
    """"Within three months, the force should:": its list items are parts, typed by the kind
    the lead-in names, else by a deadline (AFIs and concerns carry none), else by the scope.
    A lead-in that says more than "The force should:" (more sentences, or a deadline for the
    whole list) is the item itself and its parts hang from it; a bare one hangs them from the
    item before it."""
    types = ctx.types_in(last_start, unit.end)
    named = types[-1].label_ if types else None
    if named == "cause_of_concern" and PURPOSE_RE.match(ctx.text, last_start):
        # "To resolve the cause of concern, the service should ... make sure that:": the
        # concern is what the list answers; a list of steps to take is its recommendations.
        named = "recommendation"
    timed = any(d.label_ == "TIMED" for d in ctx.directives_in(last_start, unit.end))
    framed = scope.type is None and any(d.id_ == FRAME_RULE for d in ctx.directives_in(last_start, unit.end))
    named = named or ("recommendation" if framed else None)  # "X has recommended that the force should:"
    if scope.type is None and not named and not timed and _lists_findings(ctx, unit):
        return Scope(subject=scope.subject)
    subject = ctx.subject(last_start, unit.end, scope)
    # A register (monitoring record) records recommendations: its untyped lists direct as they do.
    urgent = urgent_in(ctx.directives_in(last_start, unit.end))
    type_ = named or ("recommendation" if timed or urgent or ctx.is_register else None) or scope.type or "area_for_improvement"
    parts_type = named or ("recommendation" if type_ == "cause_of_concern" else type_)
    parent = scope.last_item if scope.type and not named else None
    # An urgent ask ("The force should immediately:") is timed as a dated one is, at once: with
    # no item before it to hang its parts from, it is the item (after a stated concern, the
    # concern's parts, as a bare one's are).
    if (sentence_count > 1 and scope.type) or timed or (urgent and scope.last_item is None) \
            or _names_step(ctx, last_start, unit.end) \
            or (named == "recommendation" and (ctx.is_report or framed)):
        # The inspectorate states its recommendation as the lead-in and its parts: the
        # lead-in is the clause that directs, after the sentences and frame before it.
        parent = ctx.builder.add(parts_type, _directing_clause_start(ctx, unit, last_start), unit.end,
                                 "item-lead-in", subject, historic=scope.historic) or parent
    return Scope(type=type_, subject=subject, historic=scope.historic, parent=parent, parts_type=parts_type,
                 last_item=scope.last_item, open=False, concerns=scope.concerns or scope.type == "cause_of_concern")


def _directing_clause_start(ctx: Context, unit: Unit, directing_start: int) -> int:
    """Where a lead-in's directing clause starts: at the run of directing sentences that
    ends the block (its narrative before is background), after the last "that" before
    its first directive ("We made these recommendations, stating that the force should:",
    "They were that, by May, the service should:")."""
    sentences = sentences_in(ctx.doc, unit.start, unit.end)
    first = next((i for i, s in enumerate(sentences) if s.end_char > directing_start), len(sentences) - 1)
    while first > 0 and directives_to_others(ctx, sentences[first - 1].start_char, sentences[first - 1].end_char):
        first -= 1
    start = sentences[first].start_char if sentences else unit.start
    directives = directives_to_others(ctx, start, unit.end)
    if not directives:
        return start
    that = [t for t in ctx.doc[first_token(ctx.doc, start) : directives[0].start] if t.lower_ == "that"]
    return that[-1].idx + len(that[-1].text) if that else start


def _names_step(ctx: Context, start: int, end: int) -> bool:
    """A lead-in whose directive names the step before its colon ("the force should take
    immediate steps to:", "should set up a panel to check that:") states the
    item, and its list completes its clause; a bare "should:" or "should make sure that:"
    only opens the list, and "should improve in two areas:" counts it."""
    directives = [d for d in directives_to_others(ctx, start, end) if d.id_ not in WEAK_DIRECTIVES]
    if not directives or any(d.label_ == "REPORTING" and d.start_char > directives[0].start_char
                             for d in ctx.directives_in(start, end)):
        return False  # "... must improve X, the chief constable said:" leads in to a quotation
    said = re.findall(r"[A-Za-z’']+", ctx.text[directives[0].start_char : end].lower())[1:]
    words = [w for w in said if w not in item_words().lead_in_fillers]
    return len(words) >= LIMITS.step_words_min and said[-1] in item_words().clause_continuers


def _lists_findings(ctx: Context, unit: Unit) -> bool:
    """An untyped, undated lead-in whose list is findings, not items: "5. Those responsible
    should agree what matters:" inside a numbered list whose entries before it were read as
    no items (a list of principles), or "However, the force needs to:" in a report's summary
    (the inspector's findings in brief; the report states its items under their headings)."""
    return (LIST_NUMBER_RE.match(unit.text) is not None and _in_plain_numbered_list(ctx)) or ctx.is_report \
        or _press_findings_lead_in(ctx, unit)


def _press_findings_lead_in(ctx: Context, unit: Unit) -> bool:
    """In a news story, a lead-in that says what a body "needs to" or "must" do ("Inspectors
    say the force needs to ensure that:") lists the story's account of the findings, as
    its bare "must" sentences are (`_press_finding`): a story names formal items as such, so
    its list is items only when the lead-in or the block before names a kind, or when
    the lead-in says "should" (the report's recommendations in the story's words). A list
    item before it ends another list ("... completed most of our 2014 recommendations"):
    the kind it names is no label of the list that follows."""
    if not ctx.is_press or any(d.id_ in SHOULD_DIRECTIVES for d in directives_to_others(ctx, unit.start, unit.end)):
        return False
    previous = ctx.previous
    return not ctx.types_in(unit.start, unit.end) and not (previous is not None and previous.kind != "list_item"
                                                           and ctx.types_in(previous.start, previous.end))


def _kinds_referred_to(ctx: Context, unit: Unit, sentences: list[Span]) -> list[Span]:
    """"... the causes of concern we gave in 2018. These were:": a short lead-in that
    points back takes the kind of its list from the sentence before it (in the block, or
    the block before when the lead-in stands alone)."""
    last = ctx.text[sentences[-1].start_char if sentences else unit.start : unit.end]
    if not BACK_REFERENCE_RE.match(last) or len(last.split()) > LIMITS.heading_words_max:
        return []
    if len(sentences) > 1:
        return plural_kinds(ctx, sentences[-2])
    previous = ctx.previous
    if previous is None or previous.kind != "paragraph":
        return []
    before = sentences_in(ctx.doc, previous.start, previous.end)
    return plural_kinds(ctx, before[-1]) if before else []


def _in_plain_numbered_list(ctx: Context) -> bool:
    """The block before is a numbered entry that running text read (no item of its own)."""
    previous = ctx.previous
    return previous is not None and ctx.previous_rule == "running_text" and LIST_NUMBER_RE.match(previous.text) is not None \
        and not any(previous.start <= item.start < previous.end for item in ctx.builder.items)


def concern_stated_before(ctx: Context, unit: Unit) -> None:
    """"To deal with this cause of concern, the force should:" points back: the paragraph
    right before it states the concern (a record or page that carries no "Cause of concern"
    heading). A paragraph that already gave an item, or leads in to a list, is not it."""
    previous = ctx.previous
    if previous is None or previous.kind != "paragraph" or COLON_END_RE.search(previous.text) \
            or not PURPOSE_RE.match(unit.text) or ctx.types_in(previous.start, previous.end) \
            or any(previous.start <= item.start < previous.end for item in ctx.builder.items):
        return
    opening = ctx.text[unit.start : unit.start + LIMITS.back_reference_chars]
    kinds = [k for k in ctx.types_in(unit.start, unit.start + len(opening)) if k.label_ == "cause_of_concern"]
    if kinds and kinds[0].start > 0 and ctx.doc[kinds[0].start - 1].lower_ == "this":
        ctx.builder.add("cause_of_concern", previous.start, previous.end, "item-concern-before",
                        ctx.subject(previous.start, previous.end, Scope()), historic=flags_for(ctx.doc, previous.start, previous.end).historic)


def _names_list_kind(ctx: Context, unit: Unit, kind: Span) -> bool:
    """"identified the following areas for improvement:", "made two recommendations as
    follows:": the kind is what the colon introduces, so the paragraphs after it are its
    items (not only list items); a kind earlier in the sentence ("considered the
    recommendations and advises that it:") is not."""
    between = ctx.text[kind.end_char : unit.end].strip(" :–—-\n")
    return LIST_KIND_TAIL_RE.fullmatch(between) is not None
