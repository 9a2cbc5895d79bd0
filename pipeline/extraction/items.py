"""Find the formal HMICFRS items a document states or restates.

The document is read once, unit by unit (its blocks: headings, paragraphs, list items,
table rows). Each unit is offered to a short list of rules, each one shape of the genre;
the first that takes it adds its items and says which scope (item type, subject, lead-in
item) holds for the units after it:

- a table header row ("Recommendation | Response") types the rows below it;
- a labelled item ("R4. Provide ...", "AFI 2: ...") anywhere, typed by its label;
- an inline label ("Recommendations: Within six months chief constables should ...");
- a lead-in ending in a colon ("Within three months, the force should:", "made three
  recommendations, including that the force should:", "moved into Engage because:"):
  the list items after it are its parts, typed by the kind it names (a cause of
  concern's parts are its recommendations);
- a heading names a type ("Areas for improvement", "Entered Engage"), names the body
  the items below are for, is a cell of a flattened table, or closes the section;
- a list item under a typed heading or a lead-in;
- a paragraph under a typed heading (consecutive directive paragraphs; a cause of
  concern or a practice is the first paragraph);
- running text: items named by their themes ("three causes of concern, focused on A, B
  and C"), and, in responses and news (not in reports, whose running text explains
  findings), a named body with a directive, a block that is one quoted finding,
  mentions of an item by kind ("a 'cause of concern' issued on ... in 2017"), and in news
  the sentences that restate a kind a story has just counted ("raised two causes of
  concern. It said the force must ...").

An item stated twice (listed, then restated as a heading of the answer) is kept once;
the restatement is recorded in `Item.mentions`, which alignment reads.

This module holds the rules' order and the component that runs them. Each shape is a
module of its own: the units (`item_units`), the layouts read before the rules
(`item_layouts`), labelled items (`item_labelled`), lead-ins (`item_lead_ins`), list items
(`item_lists`), headings and their paragraphs (`item_sections`), running text
(`item_prose`, with `item_statements` and `item_counts`), and what is done once all are
read (`item_joined`, `item_folding`); how a block directs is `item_directing`. The units, scopes and item
builder the rules share are in `item_reading`; the reading of themes inside a block's
sentences is in `item_themes` (with the theme modules it reads: `item_kinds`,
`item_kind_choice`, `item_introduced`, `item_predicates`, `item_ascribed`, `item_carried`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from crosswalk.extraction.context import flags_for
from crosswalk.extraction.item_directing import INSPECTORATE_WORDS, SAY_FRAME, TIMED_PERFECT_ID
from crosswalk.extraction.item_folding import followed_up, theme_mentions_folded
from crosswalk.extraction.item_joined import joined_items
from crosswalk.extraction.item_kinds import acted_on
from crosswalk.extraction.item_labelled import inline_label, labelled_item, register_entry, register_label, table_header
from crosswalk.extraction.item_layouts import labelled_bodies, numbered_items
from crosswalk.extraction.item_lead_ins import concern_stated_before, lead_in
from crosswalk.extraction.item_lists import directive_entry, list_part, listed_theme, resolution
from crosswalk.extraction.item_prose import running_text
from crosswalk.extraction.item_reading import (
    DIRECTIVES_KEY, GRAMMAR_FILE, MENTIONS_KEY, SECTIONS_KEY, THEMES_KEY, Context, ItemBuilder, Scope, Unit,
)
from crosswalk.extraction.item_sections import cut_directive, heading, section_paragraph
from crosswalk.extraction.item_tagger import RULE as TAGGER_RULE, untaken_items
from crosswalk.extraction.item_units import units
from crosswalk.extraction.patterns import load_rules
from crosswalk.extraction.rulers import Ruler
from crosswalk.extraction.sentences import sentence_chars, sentence_of
from crosswalk.extraction.subjects import subjects_in
from crosswalk.model import ANSWER_TYPES, INSPECTORATE_TYPES, ITEM_TYPES, PRESS_TYPE
from crosswalk.resources import word_set

DEADLINE_PARTICIPLES = word_set(GRAMMAR_FILE, "deadline_participles")  # "put", "set", "begun": irregular participles
Rule = Callable[[Context, Unit, Scope], "Scope | None"]
RULES: tuple[Rule, ...] = (listed_theme, table_header, labelled_item, inline_label, register_label, directive_entry,
                           register_entry, lead_in, cut_directive, heading, resolution, list_part, section_paragraph,
                           running_text)


@Language.factory(
    "crosswalk_items",
    requires=["token.is_sent_start", "token.lemma", "doc.spans"],
    assigns=["doc._.items", "doc.spans"],
    default_config={"sections": "sections.jsonl", "directives": "directives.jsonl", "mentions": "item_mentions.jsonl",
                    "themes": "item_themes.jsonl", "merge_threshold": 90.0},
)
def make_items(nlp: Language, name: str, sections: str, directives: str, mentions: str, themes: str,
               merge_threshold: float) -> "ItemExtractor":
    return ItemExtractor(nlp, sections, directives, mentions, themes, merge_threshold)


class ItemExtractor:
    """Reads the document's units in order; the first rule that takes a unit says what
    it is and which scope holds after it."""

    def __init__(self, nlp: Language, sections: str, directives: str, mentions: str, themes: str,
                 merge_threshold: float) -> None:
        self.sections = Ruler(nlp, SECTIONS_KEY, sections, frozenset(ITEM_TYPES))
        self.directives = Ruler(nlp, DIRECTIVES_KEY, directives)
        self.mentions = Ruler(nlp, MENTIONS_KEY, mentions, frozenset(ITEM_TYPES))
        theme_labels = frozenset(ITEM_TYPES) | {"THEME"}
        self.themes = Ruler(nlp, THEMES_KEY, themes, theme_labels)
        self.named_within = {rule.id: rule.named_within for rule in load_rules(themes, theme_labels)
                             if rule.named_within is not None}
        self.threshold = merge_threshold

    def __call__(self, doc: Doc) -> Doc:
        section_spans = self.sections(doc)
        self.directives(doc)
        _timed_perfects(doc)
        _voiced_frames(doc)
        self.mentions(doc)
        self.themes(doc)
        doc_type = getattr(doc._.meta, "doc_type", None)
        is_register, entry_end = doc_type == "monitoring_record", getattr(doc._.meta, "entry_end", None)
        ctx = Context(doc, ItemBuilder(doc, self.threshold, is_register, entry_end, doc_type in ANSWER_TYPES), _concern_subjects(doc, section_spans),
                      doc_type in INSPECTORATE_TYPES, getattr(doc._.meta, "own_body", None),
                      is_register=is_register, is_press=doc_type == PRESS_TYPE,
                      entry_end=entry_end, named_within=self.named_within)
        owned = numbered_items(ctx)
        owned += labelled_bodies(ctx, owned)
        scope = Scope()
        ctx.units = tuple(units(doc))
        for unit in ctx.units:
            if any(start <= unit.start < end for start, end in owned):
                continue
            concern_stated_before(ctx, unit)
            for rule in RULES:
                after = rule(ctx, unit, scope)
                if after is not None and after.listing is not None and rule not in (running_text, listed_theme):
                    after = replace(after, listing=None)  # a list of themes runs on through running text only
                if after is not None:
                    scope, ctx.previous, ctx.previous_rule = after, unit, rule.__name__
                    break
        joined_items(ctx)
        _tagged_sentences(ctx)
        doc._.items = tuple(followed_up(ctx, theme_mentions_folded(ctx, ctx.builder.items)))
        return doc


def _tagged_sentences(ctx: Context) -> None:
    """After the rules, the learned tagger (`item_tagger`) reads the sentences no rule
    made an item from: rules fitted by reading did not carry to unseen documents, and a
    bag-of-words model trained on the training documents' item sentences is a second
    reader there. Its items are marked by their rule; a rule's item is never dropped or
    retyped (a tagged sentence that restates one becomes its mention, as any restatement).
    A tagged sentence that names innovative practice and no other kind ("identified this as
    an area of promising practice") is that practice: the model weighs its words as a bag,
    and the words of praise and of the work praised can outweigh the kind's name. (A
    sentence naming a kind of shortfall is not so retyped: "hasn't done enough to address
    the areas for improvement" is a cause of concern.)"""
    taken = [span for item in ctx.builder.items for span in item.statements]
    doc_type = getattr(ctx.doc._.meta, "doc_type", None)
    for start, end, type_ in untaken_items(ctx.doc, taken, sentence_chars(ctx.doc), doc_type):
        named = {kind.label_ for kind in ctx.types_in(start, end)}
        ctx.builder.add("innovative_practice" if named == {"innovative_practice"} else type_, start, end, TAGGER_RULE,
                        ctx.subject(start, end, Scope()))


def _timed_perfects(doc: Doc) -> None:
    """"By <date>, the body should have set up a panel", "Within N months, every force should
    have begun a review": after a deadline, "should have" and a participle is a future
    perfect that asks for the work to be done by then. Without a deadline it is the
    criticism of what was not done ("the force should have recorded the crime"), which the
    directive patterns leave out; a token pattern cannot see the deadline span before it, so
    the ask is added here, where the deadline the patterns found in its sentence can be seen."""
    spans = list(doc.spans[DIRECTIVES_KEY])
    asks = {s.start for s in spans if s.label_ == "DIRECTIVE"}
    added: list[Span] = []
    for deadline in (s for s in spans if s.label_ == "TIMED"):
        sentence = sentence_of(doc, deadline.start)
        for i in range(deadline.end, sentence.end - 2):
            if doc[i].lower_ != "should" or doc[i + 1].lower_ != "have":
                continue
            word = doc[i + 2].lower_
            if i not in asks and (word in DEADLINE_PARTICIPLES or (word.endswith("ed") and word.isalpha())):
                added.append(Span(doc, i, i + 3, label="DIRECTIVE", span_id=TIMED_PERFECT_ID))
            break
    if added:
        doc.spans[DIRECTIVES_KEY] = [*spans, *added]


def _voiced_frames(doc: Doc) -> None:
    """"Inspectors say the force should ...": the plural "say" reports the inspectorate's
    ask only when an inspectorate word (the inspectors, the report) stands before it in its
    sentence; "Parish councillors say the force should ..." is their own view, not an item,
    so the frame is dropped before the rules read it. "said" and "says" are left unrestricted:
    a story carries the report on with "It said ...", "She said: ...", "The notice also
    said ...", whose subject is no inspectorate word (hC, hK, hV, jB, hG lose gold items)."""
    spans = list(doc.spans[DIRECTIVES_KEY])
    kept = [s for s in spans if s.id_ != SAY_FRAME
            or any(t.lower_ in INSPECTORATE_WORDS for t in doc[sentence_of(doc, s.start).start : s.start])]
    if len(kept) != len(spans):
        doc.spans[DIRECTIVES_KEY] = kept


def _concern_subjects(doc: Doc, section_spans: list[Span]) -> set[str]:
    """Bodies the document says were given a (current) cause of concern: the
    subjects of the words before "cause of concern" in its sentence. A sentence that says
    what is done about one ("monitor its progress towards addressing the cause of concern")
    names no body given it: its subject is who acts."""
    subjects: set[str] = set()
    for span in section_spans:
        if span.label_ != "cause_of_concern" or acted_on(span):
            continue
        sentence = sentence_of(doc, span.start)
        if flags_for(doc, sentence.start_char, sentence.end_char).historic:
            continue
        subjects.update(subjects_in(doc, sentence.start_char, span.start_char))
    return subjects
