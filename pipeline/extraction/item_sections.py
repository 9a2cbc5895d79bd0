"""Rules for headings and the paragraphs under them: a heading opens a typed section, names
the body the items below are for, is a cell of a flattened table, or closes the section;
under a typed heading the directive paragraphs are items (a cause of concern or a practice
is the first paragraph); and a page's opening cut mid-word in its last block is the start
of the next item.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from crosswalk.deadlines import opens_cut
from crosswalk.extraction.context import flags_for
from crosswalk.extraction.item_carried import CARRIED_THEMES_RE
from crosswalk.extraction.item_directing import (
    COLON_END_RE, FRAME_RULE, OPEN_TYPES, directives_to_others, first_sentence_directs,
    first_sentence_end, first_sentence_prescribes, opening_directive,
)
from crosswalk.extraction.item_lists import LEAD_IN_RULES, infinitive_line
from crosswalk.extraction.item_reading import CUT_RULE, GRAMMAR_FILE, LIMITS, PLAIN_LABEL_RE, Context, Scope, Unit
from crosswalk.extraction.sentences import sentences_in
from crosswalk.extraction.subjects import subjects_in
from crosswalk.item_labels import LABEL_NUMBER, TYPE_NAMES, TYPE_PREFIX, names_pattern, prefix_pattern
from crosswalk.model import Item
from crosswalk.resources import word_alternation, word_set

FIELD_LINE_RE = re.compile(r"^[^\s:]+(?:\s[^\s:]+)?:\s*(?:\S+\s?){1,3}$")  # "Action: In Progress": a form's field and its value
LABEL_HEADING_RE = re.compile(
    r"^\s*(?:" + names_pattern(*TYPE_NAMES) + "|" + prefix_pattern("area_for_improvement") + ")"
    r"\s*(?P<num>" + LABEL_NUMBER + r")\s*[.:]?\s*$",
    re.I,
)
# "The service should make sure ...", "The force must ensure ...": an ask opening the paragraph.
ENSURING_RE = re.compile(r"\s*[A-Z][^.;:]{0,80}?\b(?:" + word_alternation(GRAMMAR_FILE, "directing_modals") + r")\s+(?:"
                         + word_alternation(GRAMMAR_FILE, "ensuring_verbs") + r")\b", re.I)
CLOSING_VERBS = word_set(GRAMMAR_FILE, "closing_verbs")  # "has discharged its cause of concern": what became of it
# A word after the type that is not a preposition, a number or a connector: the type
# qualifies another noun ("Causes of concern revisit letter"), so the heading is a title.
TITLE_AFTER_TYPE_RE = re.compile(r"^\s*(?:['’]s\b)?\s*(?!(?:for|to|of|in|from|and|or|at|by|on|with|identified|highlighted|made|raised|issued|noted|set|summary)\b)[A-Za-z]")


def cut_directive(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """The page's opening stops mid-word in its last block, which opens as the items of
    the section or list above it do: with a directive ("6. Within six months, the force
    should impr"), with the kind's label ("AFI The serv") or a deadline ("By 30 Septe")
    after a run of items, or as a bullet after a bullet that was an item ("• The Nati").
    It is the start of the next item, though the layout reads it as a heading ("The chief
    fir" after a section's paragraph opens no item)."""
    if not (unit.last and unit.text.rstrip()[-1:].isalpha()):
        return None
    few = len(unit.text.split()) <= LIMITS.cut_opening_words
    if unit.kind == "list_item" and scope.type is None and few:
        before = _item_of_previous(ctx, unit)
        if before is None:
            return None
        ctx.builder.add(before.type, unit.start, unit.end, CUT_RULE, before.subject, historic=before.historic)
        return scope
    if unit.kind != "heading" or scope.type is None:
        return None
    if opening_directive(ctx, unit) is None \
            and not (few and _item_of_previous(ctx, unit) is not None and _opens_like_item(ctx, unit)):
        return None
    timed = any(d.label_ == "TIMED" for d in ctx.directives_in(unit.start, unit.end)) \
        or opens_cut(unit.text)
    type_ = "recommendation" if timed else scope.parts_type or scope.type
    ctx.builder.add(type_, unit.start, unit.end, CUT_RULE, ctx.subject(unit.start, unit.end, scope),
                    parent=scope.parent, historic=scope.historic)
    return scope


def _item_of_previous(ctx: Context, unit: Unit) -> Item | None:
    """The last item read in the block before this one, when that block is of the same
    layout (a bullet after a bullet; a line after an item's paragraph or list item)."""
    previous = ctx.previous
    if previous is None or (unit.kind == "list_item" and previous.kind != "list_item"):
        return None
    inside = [item for item in ctx.builder.items if previous.start <= item.start < previous.end]
    return inside[-1] if inside else None


def _opens_like_item(ctx: Context, unit: Unit) -> bool:
    """A cut line that opens with the kind's label ("AFI The serv") or with a deadline's
    opening ("By 30 Septe"): how the items of a run open."""
    opening = unit.start + len(unit.text) - len(unit.text.lstrip())
    kinds = ctx.types_in(unit.start, unit.end)
    return opens_cut(unit.text) or (bool(kinds) and kinds[0].start_char == opening
                                                          and kinds[0].end_char < unit.end)


def heading(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """A heading opens a typed section ("Areas for improvement", "Cause of concern 2",
    "Entered Engage"), names the body the items below are for ("Cleveland Police"),
    is a cell of a flattened table ("1", "Completed"), or closes the section."""
    if unit.kind != "heading" or _truncated_item(ctx, unit, scope) or CARRIED_THEMES_RE.match(unit.text) \
            or _unstopped_item(ctx, unit, scope) or (scope.type and ctx.previous_rule in LEAD_IN_RULES and infinitive_line(ctx, unit)):
        return None  # "They included A" (a page's opening cut mid-sentence) is no heading; nor is a list's line
    if scope.type and _titles_item(ctx, unit, scope):
        item = ctx.builder.add(scope.type, unit.start, unit.end, "item-section-title", ctx.subject(unit.start, unit.end, scope),
                               number=scope.number, historic=scope.historic)
        return replace(scope, last_item=item or scope.last_item, number=None, open=False)
    types = [s for s in ctx.types_in(unit.start, unit.end) if _names_section(ctx, unit, s)]
    subjects = subjects_in(ctx.doc, unit.start, unit.end)
    words = unit.text.split()
    if len({s.label_ for s in types}) == 1 and len(words) <= LIMITS.heading_words_max:
        type_ = types[0].label_
        label = LABEL_HEADING_RE.match(unit.text)
        return Scope(type=type_, subject=subjects[0] if subjects else scope.subject,
                     historic=flags_for(ctx.doc, unit.start, unit.end).historic,
                     number=f"{TYPE_PREFIX[type_]}{label['num']}" if label else None)
    if scope.type and (_is_cell(ctx, unit) or scope.open and _is_cell(ctx, unit, allow_body=True)):
        # Inside a run of items, a body's name is the cell of a flattened table row.
        return replace(scope, subject=subjects[0] if subjects else scope.subject, parent=None)
    if subjects and _is_cell(ctx, unit, allow_body=True):
        return Scope(subject=subjects[0])
    return Scope()


def _titles_item(ctx: Context, unit: Unit, scope: Scope) -> bool:
    """The line right under a typed heading that reads as a heading itself is the item's
    title when the paragraph under it only describes it: inspection pages title a practice
    ("Promising practice" / "The service runs a shared fleet workshop" / the paragraph
    that describes it) and a tracker titles its entries by their directive ("Areas for
    Improvement (3)" / "The force should improve ..." / the finding). A title that does not
    direct is an item only under a practice heading (under the other headings it names a
    topic)."""
    if scope.type is None or not scope.open or scope.last_item is not None or ctx.previous_rule != "heading":
        return False
    text = unit.text.strip()
    if len(text.split()) < LIMITS.title_words_min or not text[:1].isupper() or text[-1:] in ":;?" \
            or ctx.types_in(unit.start, unit.end) or PLAIN_LABEL_RE.match(text) is not None:
        return False
    return scope.type == "innovative_practice" or first_sentence_directs(ctx, unit)


def _unstopped_item(ctx: Context, unit: Unit, scope: Scope) -> bool:
    """In a run of directive paragraphs under a typed heading, a line that directs but has no
    full stop ("The service needs to improve its rota planning") is the run's next item,
    though the layout reads a short unstopped line as a heading."""
    return scope.type in OPEN_TYPES and scope.open and ctx.previous_rule == "section_paragraph" \
        and not any(_names_section(ctx, unit, s) for s in ctx.types_in(unit.start, unit.end)) and first_sentence_directs(ctx, unit)


def section_paragraph(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """Under a typed heading, consecutive directive paragraphs are items (PEEL pages
    state one AFI a paragraph); a cause of concern or a practice is the first paragraph.
    The first narrative paragraph ends them. A paragraph that runs several framed items
    together ("HMIC recommends that ... 2 Completed HMIC recommends that ...", a flattened
    table) gives one item per frame."""
    if scope.concerns and not scope.open and _next_concern(ctx, unit):
        # After one concern's recommendations, the statement that leads in to more is the next concern.
        item = ctx.builder.add("cause_of_concern", unit.start, unit.end, "item-section-paragraph",
                               ctx.subject(unit.start, unit.end, scope), historic=scope.historic)
        return Scope(type="cause_of_concern", subject=scope.subject, historic=scope.historic, last_item=item,
                     concerns=True)
    if scope.counted and scope.type and unit.kind == "paragraph" and unit.text.lstrip()[:1].isupper() \
            and ctx.previous_rule in ("lead_in", "section_paragraph"):
        # "There were three causes of concern, which were:" and three paragraphs without a
        # bullet glyph: the count says how many of the paragraphs right after it are the items.
        item = ctx.builder.add(scope.type, unit.start, unit.end, "item-counted-paragraph",
                               ctx.subject(unit.start, unit.end, scope), historic=scope.historic)
        return replace(scope, counted=scope.counted - 1, last_item=item or scope.last_item, open=False, parent=None)
    if not scope.type or not scope.open:
        return None
    is_directive = first_sentence_directs(ctx, unit)
    # Under a cause of concern, once the concern is stated, the directives after it are
    # its recommendations (stated as items of their own).
    after_concern = scope.type == "cause_of_concern" and scope.last_item is not None
    if after_concern and not first_sentence_prescribes(ctx, unit):
        return None
    if not (is_directive or scope.type in ("cause_of_concern", "innovative_practice") or _truncated_item(ctx, unit, scope)):
        return None
    if not is_directive and _reports_closure(ctx, unit):
        return None
    type_ = "recommendation" if after_concern or _ensuring_first(ctx, unit, scope) else scope.type
    item = None
    for start, end in _framed_pieces(ctx, unit):
        item = ctx.builder.add(type_, start, end, "item-section-paragraph", ctx.subject(start, end, scope),
                               number=scope.number, historic=scope.historic)
    return replace(scope, last_item=item or scope.last_item, number=None, parent=None,
                   open=(is_directive and scope.type in OPEN_TYPES) or scope.type == "cause_of_concern")


def _reports_closure(ctx: Context, unit: Unit) -> bool:
    """"The inspectorate has today discharged its cause of concern": a paragraph that tells
    how an item was closed, the item named by its kind as the verb's object, reports what
    became of the item; it does not state it (under a headline that names the kind, too)."""
    doc = ctx.doc
    for kind in ctx.types_in(unit.start, unit.end):
        before = [t for t in doc[max(kind.start - 3, 0) : kind.start] if t.idx >= unit.start]
        if any(t.lower_ in CLOSING_VERBS for t in before):
            return True
    return False


def _ensuring_first(ctx: Context, unit: Unit, scope: Scope) -> bool:
    """"Cause for Concern" over "The service should make sure ...": a cause of concern
    states what is wrong; a first paragraph that asks the body to make sure of something is
    one of the recommendations the concern carries, the concern itself left unstated."""
    if scope.type != "cause_of_concern" or scope.last_item is not None:
        return False
    first_end = first_sentence_end(ctx.doc, unit.start, unit.end)
    return ENSURING_RE.match(ctx.text, unit.start, first_end) is not None


def _names_section(ctx: Context, unit: Unit, span: Span) -> bool:
    """A type word names a section when the heading is about it ("Areas for
    improvement", "Our recommendations for the service", "Cause of concern 2") and not
    when it qualifies another noun ("Causes of concern revisit letter")."""
    before = ctx.text[unit.start : span.start_char]
    if ":" in before and not (before.rstrip().endswith(":") and len(before.split()) <= LIMITS.section_area_words
                              and not ctx.text[span.end_char : unit.end].strip(" :–—-")):
        # "PEEL: Kent Police causes of concern", a report's title; "Effectiveness: areas for
        # improvement" heads the items of one area
        return False
    return TITLE_AFTER_TYPE_RE.match(ctx.text[span.end_char : unit.end]) is None


def _is_cell(ctx: Context, unit: Unit, allow_body: bool = False) -> bool:
    """A short heading that is a cell of a flattened table or a sub-heading ("1",
    "Completed", "2019", "Reasons", "Cleveland Police"): it does not end the section."""
    words = unit.text.split()
    if len(words) <= LIMITS.cell_words_max:
        return True
    return allow_body and PLAIN_LABEL_RE.match(unit.text) is None and len(words) <= LIMITS.body_cell_words_max and bool(subjects_in(ctx.doc, unit.start, unit.end))


def _truncated_item(ctx: Context, unit: Unit, scope: Scope) -> bool:
    """The page's opening stops mid-sentence: its last block, under an item heading, is
    the start of an item even though it reads like a heading. A form's field closing the
    page ("Action: In Progress") is no item's start."""
    return unit.last and scope.type is not None and scope.open and scope.last_item is None \
        and len(unit.text.split()) >= 3 and not FIELD_LINE_RE.match(unit.text.strip()) \
        and not ctx.types_in(unit.start, unit.end) and unit.text.rstrip()[-1:].isalpha()


def _framed_pieces(ctx: Context, unit: Unit) -> list[tuple[int, int]]:
    """A paragraph's items, one per "X recommends that" frame when it runs several
    together; the words between one item's clause end and the next frame are table
    cells ("; and West Mercia Police 2 Completed")."""
    frames = [d for d in ctx.directives_in(unit.start, unit.end) if d.label_ == "REPORTING" and d.id_ == FRAME_RULE]
    starts = [_frame_start(ctx.doc, f) for f in frames]
    starts = sorted({s for s in starts if s > unit.start + LIMITS.frame_opening_chars})
    if starts and not any(d.label_ == "DIRECTIVE" for d in ctx.directives_in(unit.start, starts[0])):
        # "To resolve this concern, we recommend that ...": words before the first
        # frame that direct nothing are its preamble, not an item of their own.
        starts = starts[1:]
    if not starts:
        return [(unit.start, unit.end)]
    pieces = []
    bounds = [unit.start, *starts]
    for piece_start, next_start in zip(bounds, [*starts, unit.end]):
        piece_end = next_start
        if next_start != unit.end:
            clause_end = max(ctx.text.rfind(";", piece_start, next_start), ctx.text.rfind(". ", piece_start, next_start))
            if clause_end > piece_start:
                piece_end = clause_end
        pieces.append((piece_start, piece_end))
    return pieces


def _frame_start(doc: Doc, frame: Span) -> int:
    """Where "HMIC recommends that" starts: the recommender before the verb."""
    i = frame.start - 1
    if i >= 0 and doc[i].text[:1].isupper():
        return doc[i].idx
    if i >= 1 and doc[i - 1].lower_ == "the":
        return doc[i - 1].idx
    return frame.start_char


def _next_concern(ctx: Context, unit: Unit) -> bool:
    """A paragraph of one sentence that states rather than directs, right before a block
    that leads in to recommendations ("... should:"): a concern in a run of concerns."""
    if unit.kind != "paragraph" or len(sentences_in(ctx.doc, unit.start, unit.end)) != 1 or first_sentence_directs(ctx, unit):
        return False
    after = next(((s, e) for s, e, _ in ctx.doc._.blocks if s >= unit.end), None)
    if after is None or not COLON_END_RE.search(ctx.text[after[0] : after[1]]):
        return False
    return bool(directives_to_others(ctx, *after))
