"""Rules for list items and the lines that carry a list on: a part under a typed heading or a
lead-in (with or without its bullet), a list of directives to a body (each entry an item
whatever the heading says), the segments of a list of themes ended by ";", and a committee
paper's resolutions (what the members decide, no items).
"""

from __future__ import annotations

import re
from dataclasses import replace

from crosswalk.extraction.item_directing import (
    LIST_NUMBER_RE, entry_type, first_sentence_directs, first_sentence_end, first_sentence_prescribes, opening_directive,
)
from crosswalk.extraction.item_grammar import CLAUSE_OPENERS, POSSESSIVES, PROGRESS_RE
from crosswalk.extraction.item_pieces import trim_piece
from crosswalk.extraction.item_introduced import SEMICOLON_END_RE
from crosswalk.extraction.item_prose import running_text
from crosswalk.extraction.item_reading import DETERMINERS, GRAMMAR_FILE, LIMITS, Context, Scope, Unit, clean_bounds
from crosswalk.extraction.sentences import sentences_in
from crosswalk.resources import word_set

INFINITIVE_LEAD_RE = re.compile(r"\b(?:needs?|ought|has|have) to:\s*$", re.I)  # "the force needs to:": its lines open with a verb
BASE_VERBS = {"have", "be"}  # clause openers as finite verbs, the bare verb a "to" takes
RESOLUTION_RE = re.compile(r"That\s+(?:the\s+)?[A-Z]?[a-z]")  # "That the Authority notes", "That Members note"
WRITERS_STEP_RE = re.compile(r"(?:We|I)\s+(?:will|have|had|did|can|now|also|continue|plan|intend|aim)\b")
ASK_OPENERS = word_set(GRAMMAR_FILE, "ask_openers")
LEAD_IN_RULES = {"lead_in", "list_part", "directive_entry", "register_entry"}  # rules after which a lower-case line carries on a list


def resolution(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """Under a committee paper's "Recommendations" heading, the entries are resolutions put
    to the meeting ("1. That the Authority notes the report", "That" / "- the Commissioner
    be invited to comment"): what the members are asked to decide, not the inspection's
    items. They direct no one with a modal; the list after a bare "That" runs on."""
    if scope.type is None or unit.kind not in ("list_item", "paragraph") or first_sentence_directs(ctx, unit):
        return None
    start = clean_bounds(ctx.text, unit.start, unit.end)[0]
    after_that = ctx.previous is not None and ctx.previous.text.strip(" :–—-\n") == "That"
    if not (RESOLUTION_RE.match(ctx.text, start) or after_that
            or (ctx.previous_rule == "resolution" and unit.kind == "list_item")):
        return None
    return replace(scope, open=False, parent=None)


def list_part(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """A list item (or table row) under a typed heading or a lead-in. After a lead-in,
    a block that carries on its sentence in lower case ("... should make sure:" / "it
    has a plan ...") is a part though it has no bullet glyph (one part a line)."""
    if scope.type is None:
        return None
    if ctx.previous_rule == "list_part" and ctx.previous is not None and ctx.previous.kind == unit.kind == "list_item" \
            and bool(LIST_NUMBER_RE.match(ctx.previous.text)) != bool(LIST_NUMBER_RE.match(unit.text)):
        # Bullets, then "2. You submitted an action plan ...": the numbering changes, so a new
        # list (the letter's own numbered paragraphs) has begun.
        return running_text(ctx, unit, Scope())
    carried = unit.kind not in ("list_item", "table_row")
    if carried and not (ctx.previous_rule in LEAD_IN_RULES and (unit.text[:1].islower() or infinitive_line(ctx, unit))):
        return None
    if WRITERS_STEP_RE.match(ctx.text, clean_bounds(ctx.text, unit.start, unit.end)[0]) or _reports_progress(ctx, unit, scope):
        return scope  # "We have recruited 20 call handlers" in the list: the writer's step, not an item
    if scope.labelled and scope.parent is None and not first_sentence_directs(ctx, unit):
        return None  # "AFI 7 - the force should ...", then bullets of what was said about it
    parts = _semicolon_parts(ctx.text, unit) if carried else [(unit.start, unit.end)]
    if scope.parent is not None:
        # The parts of a directing lead-in: a carried-on line holding several ("to: A; B;
        # and C", a list set inline) gives one part for each.
        subject = ctx.builder.subject_of(scope.parent) or scope.subject
        for start, end in parts:
            ctx.builder.add(scope.parts_type or scope.type, start, end, "item-part", subject,
                            parent=scope.parent, historic=scope.historic)
        return scope
    type_ = scope.parts_type or scope.type
    if type_ == "cause_of_concern" and scope.last_item is not None and first_sentence_prescribes(ctx, unit):
        type_ = "recommendation"  # the concern is stated; the bullets that prescribe are its recommendations
    item = None
    # A carried-on line holds one part, or the last two when the layout joined them ("A; and B.").
    # A list item of one word is a theme ("- vulnerability;"); a one-word piece of a line is its connector.
    for start, end in parts:
        item = ctx.builder.add(type_, start, end, "item-list", ctx.subject(start, end, scope),
                               number=scope.number, historic=scope.historic, min_words=2 if carried else 1)
    return replace(scope, last_item=item, open=False, number=None)


def infinitive_line(ctx: Context, unit: Unit) -> bool:
    """After a lead-in that ends "needs to:", lines that lost their bullets open with the
    verb its "to" needs, capitalised as a list's lines are ("Attend calls in line with its
    targets" / "Improve its understanding of demand"): each is a part. A line that ends
    in a full stop, is long, or opens with a word no verb is (a determiner, a pronoun) is
    the text going on after the list."""
    if not _list_line(ctx, unit):
        return False
    index = ctx.index_of(unit)
    assert index is not None, "a unit read is one of the document's units"
    while index > 0 and _list_line(ctx, ctx.units[index - 1]):
        index -= 1
    return index > 0 and INFINITIVE_LEAD_RE.search(ctx.units[index - 1].text) is not None


def _list_line(ctx: Context, unit: Unit) -> bool:
    """A paragraph shaped as a list's line: one capitalised phrase of a few words with no
    closing stop, opening with a word that may be a verb."""
    text = ctx.text[unit.start : unit.end].strip()
    words = text.split()
    if unit.kind not in ("paragraph", "heading") or not text[:1].isupper() or text[-1:] in ".!?:;" or not 2 <= len(words) <= LIMITS.list_line_words_max:
        return False
    first = words[0].lower()
    return first.isalpha() and first not in DETERMINERS and first not in POSSESSIVES \
        and (first not in CLAUSE_OPENERS or first in BASE_VERBS)  # "Have plans in place" after "to:" is a verb


def _reports_progress(ctx: Context, unit: Unit, scope: Scope) -> bool:
    """In a response, a list entry that reports work done or under way in its first
    sentence's main clause ("Oversight: most commissioners are reviewing their contracts",
    "3.1 All referrals are checked by a central team") and directs nobody: the responder's
    answer set out under the item, not an item. A cause of concern is a finding, whatever
    its verbs; "make sure plans are created" asks."""
    if not str(getattr(ctx.doc._.meta, "doc_type", None)).endswith("_response") or scope.type == "cause_of_concern" \
            or (scope.parts_type or scope.type) == "cause_of_concern" or first_sentence_directs(ctx, unit):
        return False
    first = ctx.text[unit.start : first_sentence_end(ctx.doc, unit.start, unit.end)]
    found = PROGRESS_RE.search(first)
    return found is not None and not any(w in ASK_OPENERS for w in re.findall(r"[a-z]+", first[: found.start()].lower()))


def _semicolon_parts(text: str, unit: Unit) -> list[tuple[int, int]]:
    """The parts of a carried-on line of a lead-in's list, split at its semicolons."""
    parts, offset = [], unit.start
    for segment in text[unit.start : unit.end].split(";"):
        start, end = trim_piece(text, offset, offset + len(segment))
        if end > start:
            parts.append((start, end))
        offset += len(segment) + 1
    return parts


def directive_entry(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """A list entry that opens with its directive ("2. By July, forces should ensure ...",
    "• The Home Office should publish ...") is an item whatever the heading above it
    says: a list of directives to a body is a list of items. An entry that leads in
    mid-block ("3. By May, forces should: ensure A" / "review B") is the item, and what
    follows its colon, and the lower-case lines after it, are its parts."""
    if not (scope.type is None or scope.entries) or not _entry_shaped(unit):
        return None
    if scope.entries and scope.parent is not None and _is_part(ctx, unit):
        return None  # "a) publish the data" after "2. By May, forces should:": a part (list_part reads it)
    directive = opening_directive(ctx, unit)
    if directive is None or not (_directive_list(ctx, unit) or _cut_entry(ctx, unit)):
        return running_text(ctx, unit, Scope()) if scope.entries else None
    type_ = entry_type(ctx, unit)
    subject = ctx.subject(unit.start, unit.end, scope)
    colon = ctx.text.find(":", directive.start_char, directive.end_char + 2)
    if colon < 0:
        ctx.builder.add(type_, unit.start, unit.end, "item-entry", subject, historic=scope.historic)
        return replace(scope, open=False, parent=None, entries=True)
    parent = ctx.builder.add(type_, unit.start, colon + 1, "item-entry", subject, historic=scope.historic)
    if ctx.text[colon + 1 : unit.end].strip():
        ctx.builder.add(type_, colon + 1, unit.end, "item-part", subject, parent=parent, historic=scope.historic)
    return Scope(type=type_, subject=subject, historic=scope.historic, parent=parent, parts_type=type_, open=False,
                 entries=True)


def _is_part(ctx: Context, unit: Unit) -> bool:
    """A list item that carries on a lead-in's sentence: lower case after its label."""
    start, end = clean_bounds(ctx.text, unit.start, unit.end)
    return ctx.text[start:end][:1].islower()


def _entry_shaped(unit: Unit) -> bool:
    """A list item, or a numbered line read as a heading ("2. By May, forces should:")."""
    return unit.kind == "list_item" or (unit.kind == "heading" and LIST_NUMBER_RE.match(unit.text) is not None)


def _cut_entry(ctx: Context, unit: Unit) -> bool:
    """A numbered line read as a heading after an entry, or as the page's last block: an
    entry that the page's opening cut short."""
    return unit.kind == "heading" and (unit.last or ctx.previous_rule == "directive_entry")


def _directive_list(ctx: Context, unit: Unit) -> bool:
    """The unit's list (its run of list items, with the lower-case lines and items that carry
    an entry on) has two entries or more, and every one opens with a directive: a list of
    findings with one "should" among them is findings."""
    index = ctx.index_of(unit)
    assert index is not None, "a unit read is one of the document's units"

    def in_list(other: Unit) -> bool:
        return _entry_shaped(other) or (other.kind == "paragraph" and other.text[:1].islower())

    first = index
    while first > 0 and in_list(ctx.units[first - 1]):
        first -= 1
    last = index
    while last + 1 < len(ctx.units) and in_list(ctx.units[last + 1]):
        last += 1
    entries = [u for u in ctx.units[first : last + 1] if _entry_shaped(u) and not _is_part(ctx, u)]
    return len(entries) >= 2 and all(opening_directive(ctx, u) is not None for u in entries)


def listed_theme(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """The blocks that carry on a list of themes ended by ";" ("... which include: A;" /
    "B; and C."): each segment is an item, up to the sentence that closes the list."""
    if scope.listing is None or unit.kind not in ("paragraph", "list_item"):
        return None
    type_, subject = scope.listing
    sentences = sentences_in(ctx.doc, unit.start, unit.end)
    last = ctx.text.rfind(";", unit.start, unit.end)
    finish = next((s.end_char for s in sentences if s.end_char > last), unit.end) if last >= 0 else (
        sentences[0].end_char if sentences else unit.end)
    offset = unit.start
    for segment in ctx.text[unit.start:finish].split(";"):
        start, end = trim_piece(ctx.text, offset, offset + len(segment))
        if end > start:
            ctx.builder.add(type_, start, end, "item-theme", subject)
        offset += len(segment) + 1
    running = SEMICOLON_END_RE.search(unit.text) is not None
    return replace(scope, listing=scope.listing if running else None, open=False, parent=None)
