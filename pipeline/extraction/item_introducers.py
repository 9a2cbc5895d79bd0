"""The theme introducers of `patterns/item_themes.jsonl` ("including", "focused on", "that",
a colon) by their rule ids, and what an introducer alone says of the themes after it: whether
they may be clauses (`takes_clause`), where the first begins (`themes_begin`), whether it opens
a quotation (`quotes_after`) or an example of how ("for example by", `exemplified_by_clause`).
Kept apart so that the modules that choose an introducer's kind (`item_kind_choice`), read its
list (`item_introduced`) and count a kind (`item_kinds`) name the same ids from one place."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from crosswalk.extraction.item_grammar import WH_WORDS
from crosswalk.extraction.item_pieces import ORDINAL_RE
from crosswalk.extraction.item_reading import Context
from crosswalk.quote_marks import OPENING_QUOTES

INCLUDING_INTRODUCER = "theme-include"  # its themes are objects: a verb among them is a theme's own clause
THAT_INTRODUCER = "theme-that"  # "our cause of concern that it lacked ...": a clause, after one kind only
FOR_EXAMPLE_INTRODUCER = "theme-for-example"
VERB_INTRODUCERS = {INCLUDING_INTRODUCER, "theme-relating-to", "theme-focused-on", "theme-highlighted-that"}
# "such as A", "; for example, how A and how B": what follows names examples of the kind
# before it, so its items only when the kind is one (see `item_kind_choice._exemplified`).
EXAMPLES_INTRODUCERS = {"theme-such-as", FOR_EXAMPLE_INTRODUCER}
# "a cause of concern for how it ...": what a concern or an area for improvement is for;
# "recommendations for how forces can ..." say what the asks are for, not what they are.
FOR_HOW_INTRODUCER = "theme-for-how"
FAILING_INTRODUCER = "theme-after-failing"
# The themes are clauses that keep the introducer's last word: the wh-word of "in how", and
# the failure of "a cause of concern after failing to check its hydrants" (what it was for).
WH_INTRODUCERS = {"theme-in-how", FOR_HOW_INTRODUCER, FAILING_INTRODUCER}
SAID_MODAL_INTRODUCER = "theme-said-should"
# "identified one cause of concern, saying the service did not ...": what a reporting
# participle right after one kind says is that item, a clause.
SAYING_INTRODUCER = "theme-comma-saying"
# "an area for improvement was for the service to allocate ...": what the body is to do is
# the item, a clause from "for" to the sentence's end (a comma inside it cuts nothing).
INFINITIVE_INTRODUCER = "theme-for-body-to"
# "three recommendations to tighten A, to develop B and to explore C": an infinitive that
# hangs on the kind says what each ask is; one after another verb is the writer's own aim.
PURPOSE_INTRODUCER = "theme-to-do"
ON_INTRODUCER = "theme-on"  # "two causes of concern on A and B": not "on behalf of", "on 17 March", "on how"
APPOSITIVE_INTRODUCERS = {"theme-comma-on"}  # "the causes of concern, on A and B, have been closed"
ADJACENT_INTRODUCERS = {THAT_INTRODUCER, "theme-colon", "theme-dash", *APPOSITIVE_INTRODUCERS, ON_INTRODUCER,
                        SAYING_INTRODUCER}  # only right after the kind
PREPOSITIONAL_INTRODUCERS = {*APPOSITIVE_INTRODUCERS, ON_INTRODUCER, "theme-relating-to", "theme-around", "theme-in-respect-of",
                             "theme-focused-on", "theme-based-on"}  # a subject's themes follow a preposition


def themes_begin(doc: Doc, introducer: Span) -> int:
    """Where the first theme starts: after the introducer, but at an ordinal before it
    ("firstly around A and secondly around B": the ordinals separate the themes) and at
    the wh-word of a wh-introducer ("in how the force ...": the theme keeps its "how")."""
    if introducer.id_ in WH_INTRODUCERS:
        return doc[introducer.end - (2 if introducer.id_ == FAILING_INTRODUCER else 1)].idx
    if introducer.id_ == INFINITIVE_INTRODUCER:
        return introducer.start_char  # "for the service to ...": the item keeps who is to act
    if introducer.id_ == PURPOSE_INTRODUCER:
        return doc[introducer.start + 1].idx  # "recommendations to tighten A": the item is the ask, its verb kept
    ordinal = introducer.start > 0 and ORDINAL_RE.fullmatch(doc[introducer.start - 1].text) is not None
    return doc[introducer.start - 1].idx if ordinal else introducer.end_char


def takes_clause(ctx: Context, introducer: Span) -> bool:
    """Whether a theme may be a clause: "that" introduces a clause; after a colon or dash, a
    theme may be a quotation or a wh-clause ("...: how crime is recorded; ..."); other
    introducers take noun phrases."""
    doc = ctx.doc
    if introducer.text.lower().endswith("that") or introducer.id_ in WH_INTRODUCERS \
            or introducer.id_ in (INFINITIVE_INTRODUCER, SAYING_INTRODUCER, SAID_MODAL_INTRODUCER, PURPOSE_INTRODUCER):
        return True
    return introducer.id_ in ("theme-colon", "theme-dash") and (
        ctx.text[introducer.end_char :].lstrip()[:1] in OPENING_QUOTES
        or (introducer.end < len(doc) and doc[introducer.end].lower_ in WH_WORDS))


def exemplified_by_clause(introducer: Span) -> bool:
    """"the recommendations, for example by training staff": "for example" before "by"
    gives an example of how something is done, not a list of the kind's items."""
    doc = introducer.doc
    return introducer.id_ == FOR_EXAMPLE_INTRODUCER and introducer.end < len(doc) and doc[introducer.end].lower_ == "by"


def quotes_after(introducer: Span) -> bool:
    """"the area for improvement set out in the pack – ‘The service should ...’": a dash,
    colon or "that" that opens a quotation introduces the item though words stand between
    it and the kind."""
    doc = introducer.doc
    return introducer.id_ in ADJACENT_INTRODUCERS and introducer.end < len(doc) and doc[introducer.end].is_quote \
        and doc[introducer.end].text in OPENING_QUOTES
