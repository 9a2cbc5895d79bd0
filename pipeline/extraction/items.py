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

The units, scopes and item builder the rules share are in `item_reading`; the reading of
themes inside a block's sentences is in `item_themes`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from crosswalk.extraction.context import flags_for
from crosswalk.extraction.extensions import spans_within, text_of, tokens_lowered_as
from crosswalk.extraction.item_tagger import RULE as TAGGER_RULE
from crosswalk.extraction.item_tagger import untaken_items
from crosswalk.extraction.item_reading import (
    DETERMINERS, DIRECTIVES_KEY, JOINED_LABEL_RE, LABEL_TYPES, MENTIONS_KEY, PLAIN_LABEL_RE, SECTIONS_KEY, THEME_STOPWORDS, THEMES_KEY,
    TYPED_LABEL_RE, Context, ItemBuilder, Scope, Unit, clean_bounds, fold, item_words,
)
from crosswalk.extraction.item_themes import (
    AUXILIARIES, CARRIED_THEMES_RE, CLAUSE_OPENERS, COPULAS, DIRECTING_MODALS, KIND_QUALIFIERS, NUMBER_WORDS, PERFECT_ADVERBS, PLURAL_KIND_WORDS, POSSESSIVES, SEMICOLON_END_RE, SUBJECT_ADVERBS, THEME_GAP, WH_WORDS, acted_on,
    carried_themes, count_of, is_clause, kinds_in, plural_kinds, stands_as_kind, themes, trim_piece,
)
from crosswalk.extraction.numbered import ASK_RE, numbered_blocks, verdict_rows
from crosswalk.extraction.patterns import load_rules
from crosswalk.extraction.rulers import Ruler
from crosswalk.extraction.sentences import sentence_chars, sentence_of, sentences_in
from crosswalk.extraction.stems import root
from crosswalk.extraction.subjects import bodies_in, subjects_in
from crosswalk.ingest.chrome import is_interposed
from crosswalk.item_labels import LABEL_NUMBER, TYPE_NAMES, TYPE_PREFIX, names_pattern, prefix_pattern
from crosswalk.model import ANSWER_TYPES, INSPECTORATE_TYPES, ITEM_TYPES, Item
from crosswalk.quote_marks import CLOSING_MARKS, OPENING_MARKS, QUOTES
from crosswalk.resources import word_alternation, word_entry, word_set

GRAMMAR_FILE = "item_grammar.json"  # the function-word lists below, kept as data (what each is for is said there)

LABELLED_MIN_WORDS = 3  # words after an item's label: fewer is a status or a title
FIELD_LINE_RE = re.compile(r"^[^\s:]+(?:\s[^\s:]+)?:\s*(?:\S+\s?){1,3}$")  # "Action: In Progress": a form's field and its value
TIMED_SUBJECT_WORDS = 4  # words after a deadline in which a named body would be the ask's subject
# what may follow an item's label in a heading that only labels it: the item's addressee
ADDRESSEE_RE = re.compile(r"(?:to|for)\s+[^.:;]{3,60}", re.I)
LIST_NUMBER_RE = re.compile(r"^\s*(?:\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}\))\s+")
INLINE_TYPE_RE = re.compile(r"^[^:]{0,60}?(?:\([A-Za-z’']{2,6}\))?\s*[:–-]\s+(?=\S)")
LABEL_HEADING_RE = re.compile(
    r"^\s*(?:" + names_pattern(*TYPE_NAMES) + "|" + prefix_pattern("area_for_improvement") + ")"
    r"\s*(?P<num>" + LABEL_NUMBER + r")\s*[.:]?\s*$",
    re.I,
)
COLON_END_RE = re.compile(r"[:]\s*[–—-]?\s*$")
INFINITIVE_LEAD_RE = re.compile(r"\b(?:needs?|ought|has|have) to:\s*$", re.I)  # "the force needs to:": its lines open with a verb
BASE_VERBS = {"have", "be"}  # clause openers as finite verbs, the bare verb a "to" takes
LIST_LINE_WORDS_MAX = 30  # words of a list's line that lost its bullet
# What may stand between a kind and the colon that introduces its items: "..., which were:",
# "that we identified are:", "as follows:" ("the recommendations and advises that it:" is a clause).
LIST_KIND_TAIL_RE = re.compile(r"(?:,?\s*(?:which|that|these|they|and\s+these|and\s+they|namely)\b)?"
                               r"(?:\s*(?:are|were|is|was|include|included|includes))?"
                               r"(?:\s*(?:as\s+follows|below|listed\s+below|set\s+out\s+below))?", re.I)
HEADING_WORDS_MAX = 12
TITLE_WORDS_MIN = 4  # words of a line that titles an item ("Applicable Forces", "Cleveland Police" are cells)
THEME_RULES = {"item-theme"}  # items read as a theme after a kind ("the cause of concern about X")
HEADING_BLOCKS_MAX = 2  # heading blocks above a statement that title it ("Cause of concern" / "Protection cause of concern")
KIND_THEME_WORDS = 2  # words before a kind that name its theme ("the protection cause of concern")
STEM_LETTERS = 5  # letters of a word's stem that its derived forms share
# "Cause for concern:" is a label, and the paragraph under it is the item; a sentence that
# names a kind and ends in a colon ("... considered the recommendations and advises that
# it:") leads in to list items only.
LABEL_WORDS_MAX = 6
# Reports state their items formally, under headings; a "should" in their running text
# explains a finding. Responses and news stories restate items in running text.
URGENCY_REACH = 5  # the modal and the words after it that may say "at once" ("should take immediate action")
OPEN_TYPES = ("area_for_improvement", "recommendation")  # stated one a paragraph, several in a row
PIPE_OR_LINE_RE = re.compile(r"\n| \| ")
ROW_BOUNDARY_RE = re.compile(r"\|\s+(?=\|\s*#?[A-Za-z]{0,3}\d{1,3}[a-z]?\.?\s+\|)")  # "... | Open | | T2 | ..."
INDEX_CELL_RE = re.compile(r"\|?\s*#?[A-Za-z]{0,3}\d{1,3}[a-z]?\.?\s*")  # "| T1", "3.", "R12": a row's index, no item
FRAME_RULE = "reporting-recommends"
OBJECT_MENTIONS = {"mention-call-for"}  # mentions whose item is the object after them ("X's call for ...")
INFINITIVE_MENTION = "mention-recommendation-to"  # "the recommendation to merge ...": the ask is its infinitive
PURPOSE_KIND_REACH = 4  # tokens between a verb of acting and the kind it acts on ("to tackle a serious cause of concern")
NOT_ASKED = word_set(GRAMMAR_FILE, "not_asked_objects")  # "calls for service", "a call for evidence": demand, no ask
REGISTER_RULE = "item-register-directive"  # the recommendation a register page records
# "The service should make sure ...", "The force must ensure ...": an ask opening the paragraph.
ENSURING_RE = re.compile(r"\s*[A-Z][^.;:]{0,80}?\b(?:" + word_alternation(GRAMMAR_FILE, "directing_modals") + r")\s+(?:"
                         + word_alternation(GRAMMAR_FILE, "ensuring_verbs") + r")\b", re.I)
# "Concern Open The service should ...", "AFI Closed The service needs to ...": a register's
# row opens with the item's label and its status; the label types the item, whatever its modal.
REGISTER_LABEL_TYPES = {**LABEL_TYPES, **word_entry(GRAMMAR_FILE, "register_labels")}
REGISTER_LABEL_RE = re.compile(
    r"^\s*(?P<label>(?i:" + "|".join(sorted(map(re.escape, REGISTER_LABEL_TYPES), key=len, reverse=True)) + r"))"
    r"\s+(?:" + word_alternation(GRAMMAR_FILE, "register_statuses") + r")\s+(?=[A-Z])"
)
RESOLUTION_RE = re.compile(r"That\s+(?:the\s+)?[A-Z]?[a-z]")  # "That the Authority notes", "That Members note"  # "HMIC recommends that": opens one item of a flattened table
# "needs to improve" ("must improve", "must make urgent improvements") said of one force in news and letters summarises its grade; it is an
# item only when it restates a cause of concern or is addressed to a region's forces.
MUST_DIRECTIVE = "directive-must"  # "X must ensure ...": in a response, the responder's own demand unless reported
WEAK_DIRECTIVES = {"directive-needs-to", "directive-must-improve", "directive-must-make-improvements"}
AGENTLESS_RE = re.compile(r"^(?P<subject>[A-Z][^.;:!?]{3,90}?)\s(?:should|must|to)\s+be\s+(?:[a-z]+ly\s+)?"
                          r"(?:[a-z]+ed|[a-z]+en|made|put|set|held|kept|done|shown|built|sent|paid|taught)\b")
SHOULD_DIRECTIVES = {"directive-should", "directive-should-make-sure", "directive-should-have", "directive-should-parenthetical",
                     "directive-should-have-timed"}
TIMED_PERFECT_ID = "directive-should-have-timed"  # "By <date>, X should have <participle>": the ask `_timed_perfects` adds
DEADLINE_PARTICIPLES = word_set(GRAMMAR_FILE, "deadline_participles")  # "put", "set", "begun": irregular participles
QUOTE_OPENED_RE = re.compile(r":\s*[" + OPENING_MARKS + r"]\s*")  # 'The inspector said: “'
QUOTE_TAIL_RE = re.compile(r"[" + CLOSING_MARKS + r"],?\s+[a-z]")  # '...," they added.'
ENTRY_SUBJECT_WORDS = 8  # words naming who a list entry directs ("The Home Office and the NPCC")
FIRST_PERSON = word_set("extraction_words.json", "first_person")  # shared with commitments and quotes
# "However, the force should ...": a link to the sentence before, shared with quotes (the attribution "But she added:")
CONNECTIVES = word_set("quote_words.json", "connectives")
GENERIC_OPENING_RE = re.compile(r"^\W*(?:a|an|any|every)\s", re.I)  # "“A force that ...": any body, not this one
WRITERS_STEP_RE = re.compile(r"(?:We|I)\s+(?:will|have|had|did|can|now|also|continue|plan|intend|aim)\b")
# A response's entry that reports its own work in the present ("Most forces are reviewing
# ...", "The programme has introduced ...", "A protocol has already been agreed"); a negation
# ("are not reviewing") is none of the adverbs, so it reports nothing.
PROGRESS_RE = re.compile(r"\b(?:" + "|".join(sorted(word_set(GRAMMAR_FILE, "progress_auxiliaries"))) + r")\s+(?:(?:"
                         + "|".join(sorted(word_set(GRAMMAR_FILE, "progress_adverbs"))) + r")\s+){0,3}[a-z]{3,}(?:ing|ed|en)\b")
ASK_OPENERS = word_set(GRAMMAR_FILE, "ask_openers")
QUOTE_CLOSED_RE = re.compile(r"[”\"]|’(?![A-Za-z])")  # a closing mark, not the apostrophe of "service’s"
NATIONAL_SUBJECT_OPENERS = word_set(GRAMMAR_FILE, "national_subject_openers")  # words before a national subject that open its clause
NATIONAL_JOINING_WORDS = word_set(GRAMMAR_FILE, "national_joining_words")  # "the", "and", "its" between national subjects: no partner
NATIONAL_PARTNER_WORDS = 2  # words of a partner no body list names among national subjects ("and trade unions")
PRONOUN_SUBJECTS = {"it", "they"}  # "was told that it should ...": the subject of a reported clause that points back
RUN_ON_OPENER_RE = re.compile(r"\bThe (?:force|service|constabulary|Service|Force|Constabulary) (?:should|must|Should|Must)\b")
# ", the police inspectorate has said." closing a sentence: at most six words after its last comma.
SUMMARY_TAIL_RE = re.compile(r",\s+(?P<tail>(?:[\w’'-]+\s+){1,5}[a-z]+)\s*[.!]?[" + CLOSING_MARKS + r"]?\s*$")
PARAGRAPH_NUMBER_RE = re.compile(r"\s\d{1,2}\.\d{1,2}\s")
# A lead-in that points back and names ("These were:", "They related to the service's:"):
# the kind of its list is named in the sentence before it ("These were all met:" reports).
# A short opener may come first ("In brief, these were:").
BACK_REFERENCE_RE = re.compile(
    r"^\s*(?:[A-Z][\w’']*(?:\s+[\w’']+){0,2},\s+(?=[Tt]h))?(?:[Tt]hey|[Tt]hese|[Tt]hose|[Tt]he following)(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))?\s+"
    r"(?:are|were|include|includes|included|relate|relates|related|concern|concerned|cover|covered|focus|focused|"
    r"focussed)\b(?!\s+(?:all|now|being|been|not|fully|mostly|largely|addressed|completed|met|closed|discharged)\b)")
OPEN_COUNTS = word_set(GRAMMAR_FILE, "open_counts")  # "several areas for improvement": a count without a number
SINGLE_COUNTS = word_set(GRAMMAR_FILE, "single_counts")  # "one cause of concern"
ONE_OF_POINTERS = word_set(GRAMMAR_FILE, "one_of_pointers")  # "One of these was A"
OPEN_COUNT_REACH = 4  # sentences an open count may restate
# what may close a sentence after the kind it ends on: its full stop and a closing mark
COUNTED_END_RE = re.compile(r"\s*[" + CLOSING_MARKS + r"]?\s*\.\s*[" + CLOSING_MARKS + r"]?\s*")
STEP_WORDS_MIN = 3  # words after a lead-in's modal, fillers aside, that name a step ("take immediate steps to:")
# Words of a cut last block read as an item by its place alone: a few words say too little
# to be read by what they say, and a longer block that no rule took as an item is none.
CUT_OPENING_WORDS = 6
# A deadline's opening, which a page's opening may cut before its month ("By 30 Septe", "Within thr").
CUT_DEADLINE_RE = re.compile(r"^\s*(?:\d{1,2}[.)]\s+)?(?:By\s+\d{1,2}\b|Within\s|No(?:t)? later than\b)")
BACK_REFERENCE_REACH = 60  # characters: "To resolve this cause of concern" opens the block
PURPOSE_RE = re.compile(r"\s*(?:To|In (?:order|response|answer) to)\b")  # a sentence that opens with its purpose
RECOMMEND_VERBS = word_set(GRAMMAR_FILE, "recommend_verbs")
INSPECTORATE_WORDS = word_set(GRAMMAR_FILE, "inspectorate_words")
CLOSING_VERBS = word_set(GRAMMAR_FILE, "closing_verbs")  # "has discharged its cause of concern": what became of it
RELATIVE_PRONOUNS = word_set(GRAMMAR_FILE, "relative_pronouns")  # a modal after one describes, it does not direct
MODAL_WORDS = DIRECTING_MODALS | word_set(GRAMMAR_FILE, "other_modals")  # a clause with one is a directive
# Words that make what comes before an agentless "to be" a clause, not an entry's noun phrase:
# a modal ("needed to be looked at": a report) or a wh-word ("the decision about how much money should be raised").
CLAUSE_MAKING_WORDS = MODAL_WORDS | word_set(GRAMMAR_FILE, "past_modals") | WH_WORDS
VAGUE_OBJECTS = word_set(GRAMMAR_FILE, "vague_objects")
ADVISING_PARTICIPLES = word_set(GRAMMAR_FILE, "advising_participles")  # "has been advised to improve A"
ADVISED_SUBJECT_NOUNS = word_set(GRAMMAR_FILE, "advised_subject_nouns")  # "the leadership team advised to ..."
ADVISED_CLAUSE_OPENERS = word_set(GRAMMAR_FILE, "advised_clause_openers")  # ", while ...": the asks end
ADVISED_ASK_SPLIT_RE = re.compile(r",?\s+and\s+to\s+")  # "to improve A and to develop B": two asks
LIST_NOUNS = word_set(GRAMMAR_FILE, "list_nouns")  # "... on the recommendations, and raised the following points:"
FOLLOWING_NOUN_RE = re.compile(r"\bfollowing\s+(?:[\w’'-]+\s+){0,2}?(?P<noun>[a-z]+)\s*:\s*[–—-]?\s*$")
# A word after the type that is not a preposition, a number or a connector: the type
# qualifies another noun ("Causes of concern revisit letter"), so the heading is a title.
TITLE_AFTER_TYPE_RE = re.compile(r"^\s*(?:['’]s\b)?\s*(?!(?:for|to|of|in|from|and|or|at|by|on|with|identified|highlighted|made|raised|issued|noted|set|summary)\b)[A-Za-z]")


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


# -- rules: each reads one unit and returns the scope after it, or None to pass ----------


Rule = Callable[[Context, Unit, Scope], "Scope | None"]


def table_header(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """A "Recommendation | Response" header row names the type of the rows below it."""
    if unit.kind != "table_row" or not is_header_row(ctx.text[unit.start : unit.end]):
        return None
    first_cell = PIPE_OR_LINE_RE.split(unit.text)[0]
    types = {s.label_ for s in ctx.types_in(unit.start, unit.start + len(first_cell))}
    return Scope(type=next(iter(types))) if len(types) == 1 else Scope()


def labelled_item(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """"R4. Provide ...", "AFI 2: ..." anywhere: typed and numbered by the label."""
    typed = TYPED_LABEL_RE.match(unit.text)
    if not typed or len(unit.text[typed.end() :].split()) < LABELLED_MIN_WORDS:
        return None  # "Recommendation 2: in progress" is a tracker's status, not the item
    type_ = LABEL_TYPES[typed["prefix"].lower()]
    end = _directed_end(ctx, unit)
    ctx.builder.add(type_, unit.start, end, "item-labelled", ctx.subject(unit.start, end, scope),
                    number=f"{TYPE_PREFIX[type_]}{typed['num']}", historic=scope.historic)
    joined = JOINED_LABEL_RE.match(unit.text[typed.end() :])
    if joined:
        # "Cause of concern 2 & AFI 5 - a theme": the second label's item.
        second = LABEL_TYPES[joined["prefix"].lower()]
        ctx.builder.add(second, unit.start, end, "item-labelled", ctx.subject(unit.start, end, scope),
                        number=f"{TYPE_PREFIX[second]}{joined['num']}", historic=scope.historic)
    return replace(scope, labelled=True)


def _directed_end(ctx: Context, unit: Unit, start: int | None = None) -> int:
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


def inline_label(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """"Recommendation (R): Kent Police should ...": the label types the item and opens a
    section whose following directive paragraphs are items of the same type."""
    spans = ctx.types_in(unit.start, unit.end)
    first = next((s for s in spans if s.start_char - unit.start <= 4), None)
    if first is None:
        return None
    match = INLINE_TYPE_RE.match(unit.text[first.end_char - unit.start :])
    if match is None or len(unit.text[first.end_char - unit.start + match.end() :].split()) < 4:
        return None
    body_start = first.end_char + match.end()
    second = _second_inline_label(ctx, unit, body_start)
    if second is not None:
        # "Cause of concern: The force does not ... Recommendation: The force should ...":
        # a tracker's cell gives a concern and the recommendation made on it, each its own item
        # (the concern's label answers no item stated before it: its recommendation follows).
        ctx.builder.add(first.label_, body_start, second[0], "item-inline-pair", ctx.subject(body_start, second[0], scope))
        first, body_start = second[2], second[1]
    end = _directed_end(ctx, unit, body_start)
    subject = ctx.subject(body_start, end, scope)
    directs = any(d.label_ == "DIRECTIVE" for d in ctx.directives_in(body_start, end))
    item = ctx.builder.add(first.label_, body_start, end, "item-inline-label", subject, directs=directs)
    return Scope(type=first.label_, subject=subject, last_item=item, open=first.label_ in OPEN_TYPES, labelled=True)


def _second_inline_label(ctx: Context, unit: Unit, body_start: int) -> tuple[int, int, Span] | None:
    """A second label of another type that opens a sentence of the labelled body ("...
    safeguarded. Recommendation: The force should ..."): where the first item ends, where
    the second's text starts, and its label."""
    for sentence in sentences_in(ctx.doc, body_start, unit.end):
        if sentence.start_char <= body_start:
            continue
        label = next((s for s in ctx.types_in(sentence.start_char, sentence.end_char)
                      if s.start_char - sentence.start_char <= 1), None)
        after = INLINE_TYPE_RE.match(ctx.text[label.end_char : sentence.end_char]) if label is not None else None
        if label is not None and after is not None and after.end() <= 3:
            return sentence.start_char, label.end_char + after.end(), label
    return None


def register_label(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """"Concern Open The service should develop ... and:": a register row's label and status
    open the item, and the label types it (a label word beats the modal). A row that ends in
    a colon leads in to its parts, which are items of the row's type."""
    if unit.kind == "list_item":
        return None
    label = REGISTER_LABEL_RE.match(unit.text)
    if label is None or len(unit.text[label.end() :].split()) < LABELLED_MIN_WORDS:
        return None
    type_ = REGISTER_LABEL_TYPES[label["label"].lower()]
    start = unit.start + label.end()
    colon = COLON_END_RE.search(unit.text) is not None
    end = unit.end if colon else _directed_end(ctx, unit, start)
    subject = ctx.subject(start, end, scope)
    item = ctx.builder.add(type_, start, end, "item-register-label", subject, historic=scope.historic)
    if colon and item is not None:
        return Scope(type=type_, subject=subject, historic=scope.historic, parent=item, parts_type=type_, open=False)
    return Scope(type=type_, subject=subject, historic=scope.historic, last_item=item or scope.last_item,
                 open=type_ in OPEN_TYPES, labelled=True)


def register_entry(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """A register's entry, before its progress comments, is a paragraph that opens with its
    directive ("Within six months, the force should ...", "Immediately the force should
    ..."): the recommendation, with every directing sentence after the first; an entry
    that ends "This work should include:" leads in to its parts. A register page records
    one recommendation: a directing paragraph after it restates or answers it."""
    if not ctx.is_register or scope.type is not None or unit.kind != "paragraph" \
            or (ctx.entry_end is not None and unit.end > ctx.entry_end) \
            or any(i.rule == REGISTER_RULE for i in ctx.builder.items) or _opening_directive(ctx, unit) is None:
        return None
    colon = COLON_END_RE.search(unit.text) is not None
    end = unit.end if colon else _directed_end(ctx, unit)
    subject = ctx.subject(unit.start, end, scope)
    item = ctx.builder.add("recommendation", unit.start, end, REGISTER_RULE, subject, historic=scope.historic)
    if not colon or item is None:
        return replace(scope, last_item=item or scope.last_item, open=False, parent=None)
    return Scope(type="recommendation", subject=subject, historic=scope.historic, parent=item,
                 parts_type="recommendation", open=False)


def lead_in(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """A block ending in a colon whose last sentence directs or names a type: the list
    items after it are parts (any other such block leads in to findings). A lead-in that
    directs is read by `_directing_lead_in`, one that only names a kind by `_typed_lead_in`."""
    if not COLON_END_RE.search(unit.text):
        return None
    sentences = sentences_in(ctx.doc, unit.start, unit.end)
    last_start = _continued_directive_start(ctx, sentences) if sentences else unit.start
    directives = _directives_to_others(ctx, last_start, unit.end)
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
            or _directives_to_others(ctx, last.start_char, last.end_char):
        return last.start_char
    before = sentences[-2]
    return before.start_char if _directives_to_others(ctx, before.start_char, before.end_char) else last.start_char


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
    short = len(unit.text.split()) <= HEADING_WORDS_MAX
    subjects = subjects_in(ctx.doc, unit.start, unit.end)
    return Scope(type=types[-1].label_, subject=subjects[0] if subjects else scope.subject,
                 historic=flags_for(ctx.doc, unit.start, unit.end).historic or (short and scope.historic),
                 open=len(unit.text.split()) <= LABEL_WORDS_MAX or _names_list_kind(ctx, unit, types[-1]),
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
    urgent = _urgent(ctx.directives_in(last_start, unit.end))
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
    while first > 0 and _directives_to_others(ctx, sentences[first - 1].start_char, sentences[first - 1].end_char):
        first -= 1
    start = sentences[first].start_char if sentences else unit.start
    directives = _directives_to_others(ctx, start, unit.end)
    if not directives:
        return start
    that = [t for t in ctx.doc[_first_token(ctx.doc, start) : directives[0].start] if t.lower_ == "that"]
    return that[-1].idx + len(that[-1].text) if that else start


def _names_step(ctx: Context, start: int, end: int) -> bool:
    """A lead-in whose directive names the step before its colon ("the force should take
    immediate steps to:", "should set up a panel to check that:") states the
    item, and its list completes its clause; a bare "should:" or "should make sure that:"
    only opens the list, and "should improve in two areas:" counts it."""
    directives = [d for d in _directives_to_others(ctx, start, end) if d.id_ not in WEAK_DIRECTIVES]
    if not directives or any(d.label_ == "REPORTING" and d.start_char > directives[0].start_char
                             for d in ctx.directives_in(start, end)):
        return False  # "... must improve X, the chief constable said:" leads in to a quotation
    said = re.findall(r"[A-Za-z’']+", ctx.text[directives[0].start_char : end].lower())[1:]
    words = [w for w in said if w not in item_words().lead_in_fillers]
    return len(words) >= STEP_WORDS_MIN and said[-1] in item_words().clause_continuers


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
    if not ctx.is_press or any(d.id_ in SHOULD_DIRECTIVES for d in _directives_to_others(ctx, unit.start, unit.end)):
        return False
    previous = ctx.previous
    return not ctx.types_in(unit.start, unit.end) and not (previous is not None and previous.kind != "list_item"
                                                           and ctx.types_in(previous.start, previous.end))


def _directives_to_others(ctx: Context, start: int, end: int) -> list[Span]:
    """The directives in a stretch that direct someone other than the writer: "To deliver
    this, we must:", "We need to review ..." are the writer's own plan, not an item."""
    def said_of_writer(directive: Span) -> bool:
        doc = directive.doc
        return any(t.lower_ in FIRST_PERSON for t in doc[max(directive.start - 3, directive.sent.start) : directive.start])

    return [d for d in ctx.directives_in(start, end) if d.label_ == "DIRECTIVE" and not said_of_writer(d)]


def _kinds_referred_to(ctx: Context, unit: Unit, sentences: list[Span]) -> list[Span]:
    """"... the causes of concern we gave in 2018. These were:": a short lead-in that
    points back takes the kind of its list from the sentence before it (in the block, or
    the block before when the lead-in stands alone)."""
    last = ctx.text[sentences[-1].start_char if sentences else unit.start : unit.end]
    if not BACK_REFERENCE_RE.match(last) or len(last.split()) > HEADING_WORDS_MAX:
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


def cut_directive(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """The page's opening stops mid-word in its last block, which opens as the items of
    the section or list above it do: with a directive ("6. Within six months, the force
    should impr"), with the kind's label ("AFI The serv") or a deadline ("By 30 Septe")
    after a run of items, or as a bullet after a bullet that was an item ("• The Nati").
    It is the start of the next item, though the layout reads it as a heading ("The chief
    fir" after a section's paragraph opens no item)."""
    if not (unit.last and unit.text.rstrip()[-1:].isalpha()):
        return None
    few = len(unit.text.split()) <= CUT_OPENING_WORDS
    if unit.kind == "list_item" and scope.type is None and few:
        before = _item_of_previous(ctx, unit)
        if before is None:
            return None
        ctx.builder.add(before.type, unit.start, unit.end, "item-cut", before.subject, historic=before.historic)
        return scope
    if unit.kind != "heading" or scope.type is None:
        return None
    if _opening_directive(ctx, unit) is None \
            and not (few and _item_of_previous(ctx, unit) is not None and _opens_like_item(ctx, unit)):
        return None
    timed = any(d.label_ == "TIMED" for d in ctx.directives_in(unit.start, unit.end)) \
        or CUT_DEADLINE_RE.match(unit.text) is not None
    type_ = "recommendation" if timed else scope.parts_type or scope.type
    ctx.builder.add(type_, unit.start, unit.end, "item-cut", ctx.subject(unit.start, unit.end, scope),
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
    return CUT_DEADLINE_RE.match(unit.text) is not None or (bool(kinds) and kinds[0].start_char == opening
                                                          and kinds[0].end_char < unit.end)


def heading(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """A heading opens a typed section ("Areas for improvement", "Cause of concern 2",
    "Entered Engage"), names the body the items below are for ("Cleveland Police"),
    is a cell of a flattened table ("1", "Completed"), or closes the section."""
    if unit.kind != "heading" or _truncated_item(ctx, unit, scope) or CARRIED_THEMES_RE.match(unit.text) \
            or _unstopped_item(ctx, unit, scope) or (scope.type and ctx.previous_rule in LEAD_IN_RULES and _infinitive_line(ctx, unit)):
        return None  # "They included A" (a page's opening cut mid-sentence) is no heading; nor is a list's line
    if scope.type and _titles_item(ctx, unit, scope):
        item = ctx.builder.add(scope.type, unit.start, unit.end, "item-section-title", ctx.subject(unit.start, unit.end, scope),
                               number=scope.number, historic=scope.historic)
        return replace(scope, last_item=item or scope.last_item, number=None, open=False)
    types = [s for s in ctx.types_in(unit.start, unit.end) if _names_section(ctx, unit, s)]
    subjects = subjects_in(ctx.doc, unit.start, unit.end)
    words = unit.text.split()
    if len({s.label_ for s in types}) == 1 and len(words) <= HEADING_WORDS_MAX:
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
    if len(text.split()) < TITLE_WORDS_MIN or not text[:1].isupper() or text[-1:] in ":;?" \
            or ctx.types_in(unit.start, unit.end) or PLAIN_LABEL_RE.match(text) is not None:
        return False
    return scope.type == "innovative_practice" or _directs(ctx, unit)


def _unstopped_item(ctx: Context, unit: Unit, scope: Scope) -> bool:
    """In a run of directive paragraphs under a typed heading, a line that directs but has no
    full stop ("The service needs to improve its rota planning") is the run's next item,
    though the layout reads a short unstopped line as a heading."""
    return scope.type in OPEN_TYPES and scope.open and ctx.previous_rule == "section_paragraph" \
        and not any(_names_section(ctx, unit, s) for s in ctx.types_in(unit.start, unit.end)) and _directs(ctx, unit)


def resolution(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """Under a committee paper's "Recommendations" heading, the entries are resolutions put
    to the meeting ("1. That the Authority notes the report", "That" / "- the Commissioner
    be invited to comment"): what the members are asked to decide, not the inspection's
    items. They direct no one with a modal; the list after a bare "That" runs on."""
    if scope.type is None or unit.kind not in ("list_item", "paragraph") or _directs(ctx, unit):
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
    if carried and not (ctx.previous_rule in LEAD_IN_RULES and (unit.text[:1].islower() or _infinitive_line(ctx, unit))):
        return None
    if WRITERS_STEP_RE.match(ctx.text, clean_bounds(ctx.text, unit.start, unit.end)[0]) or _reports_progress(ctx, unit, scope):
        return scope  # "We have recruited 20 call handlers" in the list: the writer's step, not an item
    if scope.labelled and scope.parent is None and not _directs(ctx, unit):
        return None  # "AFI 7 - the force should ...", then bullets of what was said about it
    if scope.parent is not None:
        subject = ctx.builder.subject_of(scope.parent) or scope.subject
        ctx.builder.add(scope.parts_type or scope.type, unit.start, unit.end, "item-part", subject,
                        parent=scope.parent, historic=scope.historic)
        return scope
    type_ = scope.parts_type or scope.type
    if type_ == "cause_of_concern" and scope.last_item is not None and _prescribes(ctx, unit):
        type_ = "recommendation"  # the concern is stated; the bullets that prescribe are its recommendations
    item = None
    # A carried-on line holds one part, or the last two when the layout joined them ("A; and B.").
    # A list item of one word is a theme ("- vulnerability;"); a one-word piece of a line is its connector.
    for start, end in _semicolon_parts(ctx.text, unit) if carried else [(unit.start, unit.end)]:
        item = ctx.builder.add(type_, start, end, "item-list", ctx.subject(start, end, scope),
                               number=scope.number, historic=scope.historic, min_words=2 if carried else 1)
    return replace(scope, last_item=item, open=False, number=None)


def _infinitive_line(ctx: Context, unit: Unit) -> bool:
    """After a lead-in that ends "needs to:", lines that lost their bullets open with the
    verb its "to" needs, capitalised as a list's lines are ("Attend calls in line with its
    targets" / "Improve its understanding of demand"): each is a part. A line that ends
    in a full stop, is long, or opens with a word no verb is (a determiner, a pronoun) is
    the text going on after the list."""
    if not _list_line(ctx, unit):
        return False
    index = next(i for i, u in enumerate(ctx.units) if u.start == unit.start)
    while index > 0 and _list_line(ctx, ctx.units[index - 1]):
        index -= 1
    return index > 0 and INFINITIVE_LEAD_RE.search(ctx.units[index - 1].text) is not None


def _list_line(ctx: Context, unit: Unit) -> bool:
    """A paragraph shaped as a list's line: one capitalised phrase of a few words with no
    closing stop, opening with a word that may be a verb."""
    text = ctx.text[unit.start : unit.end].strip()
    words = text.split()
    if unit.kind not in ("paragraph", "heading") or not text[:1].isupper() or text[-1:] in ".!?:;" or not 2 <= len(words) <= LIST_LINE_WORDS_MAX:
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
            or (scope.parts_type or scope.type) == "cause_of_concern" or _directs(ctx, unit):
        return False
    first = ctx.text[unit.start : _first_sentence_end(ctx.doc, unit.start, unit.end)]
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
    directive = _opening_directive(ctx, unit)
    if directive is None or not (_directive_list(ctx, unit) or _cut_entry(ctx, unit)):
        return running_text(ctx, unit, Scope()) if scope.entries else None
    type_ = _entry_type(ctx, unit)
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
    index = next(i for i, u in enumerate(ctx.units) if u.start == unit.start)

    def in_list(other: Unit) -> bool:
        return _entry_shaped(other) or (other.kind == "paragraph" and other.text[:1].islower())

    first = index
    while first > 0 and in_list(ctx.units[first - 1]):
        first -= 1
    last = index
    while last + 1 < len(ctx.units) and in_list(ctx.units[last + 1]):
        last += 1
    entries = [u for u in ctx.units[first : last + 1] if _entry_shaped(u) and not _is_part(ctx, u)]
    return len(entries) >= 2 and all(_opening_directive(ctx, u) is not None for u in entries)


def _opening_directive(ctx: Context, unit: Unit) -> Span | None:
    """The directive an entry opens with: after its number and a deadline ("By July
    2021,"), a short noun phrase naming who is directed, then the modal. A clause before
    the modal ("We found the force should", "Where it can, it should") is a finding."""
    start = clean_bounds(ctx.text, unit.start, unit.end)[0]
    first_end = _first_sentence_end(ctx.doc, unit.start, unit.end)
    # "X needs to improve" summarises a grade (a list of graded bodies), it prescribes no step.
    directives = [d for d in _directives_to_others(ctx, start, first_end) if d.start_char < first_end
                  and d.id_ not in WEAK_DIRECTIVES]
    if not directives:
        return None
    directive = directives[0]
    timed = [d for d in ctx.directives_in(start, directive.start_char) if d.label_ == "TIMED"]
    opener = ctx.text[timed[0].end_char if timed and timed[0].start_char <= start + 1 else start : directive.start_char]
    words = re.findall(r"[A-Za-z’']+", opener)
    if not 1 <= len(words) <= ENTRY_SUBJECT_WORDS or any(
            w.lower() in AUXILIARIES or w.lower() in CLAUSE_OPENERS or w.lower() in FIRST_PERSON for w in words):
        return None
    return directive


def _entry_type(ctx: Context, unit: Unit | Span) -> str:
    """A list of directives (or a news story's reported asks) is the document's
    recommendations, unless the document calls its items areas for improvement and never
    recommendations, by the noun or the verb ("but recommended a review of A"); a deadline
    or an urgent ask ("should immediately") always makes a recommendation."""
    start, end = (unit.start_char, unit.end_char) if isinstance(unit, Span) else (unit.start, unit.end)
    if _recommends(ctx.directives_in(start, end)):
        return "recommendation"
    named = {s.label_ for s in ctx.types_in(0, len(ctx.text))}
    if "area_for_improvement" not in named or "recommendation" in named:
        return "recommendation"
    return "recommendation" if any(t.lower_ in RECOMMEND_VERBS for t in ctx.doc) else "area_for_improvement"


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
    is_directive = _directs(ctx, unit)
    # Under a cause of concern, once the concern is stated, the directives after it are
    # its recommendations (stated as items of their own).
    after_concern = scope.type == "cause_of_concern" and scope.last_item is not None
    if after_concern and not _prescribes(ctx, unit):
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
    first_end = _first_sentence_end(ctx.doc, unit.start, unit.end)
    return ENSURING_RE.match(ctx.text, unit.start, first_end) is not None


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


def running_text(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """Outside sections, in responses and news (not in reports, whose running text
    explains findings): statements of items, and mentions of an item by kind. Themes
    ("causes of concern focused on A, B and C") are read everywhere."""
    themed, running_on = themes(ctx, unit.start, unit.end, scope)
    themed += carried_themes(ctx, unit, themed, scope)
    if (scope.type is None or ctx.is_press) and not ctx.is_report:
        themed += recommended_objects(ctx, unit, themed, scope)
        themed += advised_asks(ctx, unit, themed, scope)
        themed += run_on_directives(ctx, unit, themed, scope)
        themed += restated_after_count(ctx, unit, themed)
        statements(ctx, unit, ctx.previous, themed)
        mentions(ctx, unit.start, unit.end, themed)
    return replace(scope, open=False, parent=None, listing=running_on)


def restated_after_count(ctx: Context, unit: Unit, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A news story that names a kind by its count and gives it no words of its own ("we
    found several areas for improvement.", "inspectors raised one cause of concern.") and
    then restates them: the sentences right after it, in its paragraph or (when it ends
    the paragraph) in the next, that direct the body ("The service needs to ...", "It
    also needs to ...", "the inspectorate said the force needs to ...") or quote the
    report ('The report went on: "..."') are those items, up to the count; so is a
    sentence that opens "One is ..." or "One of them was ...", the one shape a response
    restates in too. A plural kind without a count ("there are also areas for
    improvement.") is restated by such a sentence alone. The first sentence that does none of these ends the run. Returns the items'
    spans."""
    index = bisect_left(ctx.units, unit.start, key=lambda u: u.start)
    carried = ctx.restating if ctx.restating is not None and ctx.restating[2] == index else None
    ctx.restating = None
    if unit.kind != "paragraph":
        return []
    kind, left, one_only = (carried[0], carried[1], carried[3]) if carried else (None, 0, False)
    found: list[tuple[int, int]] = []
    sentences = sentences_in(ctx.doc, unit.start, unit.end)
    for sentence in sentences:
        if kind is not None and left > 0:
            piece = _one_of_piece(ctx, sentence, taken + found)
            if piece is None and not one_only and ctx.is_press:
                piece = _restating_piece(ctx, sentence, taken + found)
            if piece is not None:
                start, end, subject = piece
                if ctx.builder.add(kind, start, end, "item-restated-after-count", subject) is not None:
                    found.append((start, end))
                left -= 1
                continue
        kind, left, one_only = None, 0, False  # a sentence that restates none ends the run
        named = _counted_kind_ending(ctx, sentence)
        if named is not None:
            kind, left, one_only = named
    if kind is not None and left > 0 and sentences and _counted_kind_ending(ctx, sentences[-1]) is not None:
        ctx.restating = (kind, left, index + 1, one_only)
    return found


def _counted_kind_ending(ctx: Context, sentence: Span) -> tuple[str, int, bool] | None:
    """A sentence that ends on a kind it counts ("gave the force two causes of concern.",
    "made several recommendations."): the kind's type, how many items it counts (an
    open count, "several", reads a few sentences at most), and False. A plural kind with
    no count ("there are also areas for improvement.") gives one item, True: only a
    sentence that opens "One is" restates it."""
    counting = [k for k in spans_within(ctx.doc, THEMES_KEY, sentence.start_char, sentence.end_char)
                if _count_within(k) and stands_as_kind(ctx, k)]
    kinds = sorted([*ctx.types_in(sentence.start_char, sentence.end_char), *counting], key=lambda k: k.end)
    if not kinds or not COUNTED_END_RE.fullmatch(ctx.text, kinds[-1].end_char, sentence.end_char):
        return None
    kind = kinds[-1]
    count = count_of(kind) or _count_within(kind)
    if count is None:
        doc, at = ctx.doc, kind.start - 1
        while at >= 0 and (doc[at].is_quote or doc[at].lower_ in KIND_QUALIFIERS):
            at -= 1
        word = doc[at].lower_ if at >= 0 else ""
        count = OPEN_COUNT_REACH if word in OPEN_COUNTS else 1 if word in SINGLE_COUNTS else None
        if count is None and any(t.lower_ in PLURAL_KIND_WORDS for t in kind):
            return kind.label_, 1, True
    return (kind.label_, count, False) if count else None


def _count_within(kind: Span) -> int | None:
    """"should make improvements in several areas.", "must improve in two key areas.": a
    kind phrase that holds its own count before its last word; an open count reads a few
    sentences at most."""
    if not kind.id_.startswith("kind-") or kind.label_ == "THEME" or len(kind) < 2:
        return None
    at = kind.end - 2
    while at > kind.start and kind.doc[at].lower_ in KIND_QUALIFIERS:
        at -= 1
    word = kind.doc[at].lower_
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word) or (OPEN_COUNT_REACH if word in OPEN_COUNTS else None)


def _one_of_piece(ctx: Context, sentence: Span, taken: list[tuple[int, int]]) -> tuple[int, int, str | None] | None:
    """"One is answering calls quickly enough.", "One of them is that the service should
    ...": right after a sentence that ended on a plural kind, a sentence opening on the
    count "One" (with "of" and a word pointing back) and a copula names one of its items:
    the words after the copula (and a stating "that") to the sentence's end; the body it is for."""
    doc, text = ctx.doc, ctx.text
    at = sentence.start
    while at < sentence.end and doc[at].is_quote:
        at += 1
    if at + 2 >= sentence.end or doc[at].lower_ not in SINGLE_COUNTS:
        return None
    at += 1
    if doc[at].lower_ == "of" and doc[at + 1].lower_ in ONE_OF_POINTERS:
        at += 2
    if at + 1 >= sentence.end or doc[at].lower_ not in COPULAS:
        return None
    at += 1 + (doc[at + 1].lower_ == "that")
    if at >= sentence.end or not doc[at].is_alpha or any(s <= doc[at].idx < e for s, e in taken):
        return None
    end = sentence.end_char
    while end > doc[at].idx and (text[end - 1].isspace() or text[end - 1] in CLOSING_MARKS or text[end - 1] == "."):
        end -= 1
    return doc[at].idx, end, _body_named_before(ctx, sentence)


def _body_named_before(ctx: Context, sentence: Span) -> str | None:
    """The force or service last named before a sentence, else the document's own body."""
    before = [s for s in bodies_in(ctx.doc, 0, sentence.start_char) if s.label_ in ("force", "fire")]
    return before[-1].kb_id_ if before else ctx.own_body


def _restating_piece(ctx: Context, sentence: Span, taken: list[tuple[int, int]]) -> tuple[int, int, str | None] | None:
    """The words of a sentence that restate one item of a kind just counted: a directive
    from its subject (a named body, "the service", or "it") to its end, or the words of the
    report that it quotes after a colon ('The report explained: "..."'); the body it is for."""
    doc, text = ctx.doc, ctx.text
    named_last = _body_named_before(ctx, sentence)
    # a directive, or a bare modal ("needs to evaluate", which the directive patterns leave to a grade's summary)
    modal = next((t.i for t in sentence if t.lower_ in MODAL_WORDS and not any(s <= t.idx < e for s, e in taken)), None)
    if modal is not None:
        at = modal - 1
        while at >= sentence.start and (doc[at].lower_ in SUBJECT_ADVERBS or doc[at].is_quote):
            at -= 1  # "It also needs to", "the force still needs to"
        if at < sentence.start:
            return None
        end = sentence.end_char
        while end > sentence.start_char and (text[end - 1].isspace() or text[end - 1] in CLOSING_MARKS):
            end -= 1
        if doc[at].lower_ in PRONOUN_SUBJECTS:
            return doc[at].idx, end, named_last
        spans = [s for s in bodies_in(doc, sentence.start_char, doc[modal].idx)
                 if s.end == at + 1 and (s.label_ in ("force", "fire") or is_anaphor(s))]
        if not spans:
            return None
        subjects = subjects_in(doc, spans[-1].start_char, spans[-1].end_char)
        return spans[-1].start_char, end, subjects[0] if subjects and not is_anaphor(spans[-1]) else named_last
    opened = QUOTE_OPENED_RE.search(text, sentence.start_char, sentence.end_char)
    if opened is None or not any(t.lower_ in INSPECTORATE_WORDS for t in doc[sentence.start : _first_token(doc, opened.start())]):
        return None
    unit_end = next((u.end for u in ctx.units if u.start <= sentence.start_char < u.end), sentence.end_char)
    closed = QUOTE_CLOSED_RE.search(text, opened.end(), unit_end)
    return opened.end(), closed.start() if closed else unit_end, named_last


def concern_stated_before(ctx: Context, unit: Unit) -> None:
    """"To deal with this cause of concern, the force should:" points back: the paragraph
    right before it states the concern (a record or page that carries no "Cause of concern"
    heading). A paragraph that already gave an item, or leads in to a list, is not it."""
    previous = ctx.previous
    if previous is None or previous.kind != "paragraph" or COLON_END_RE.search(previous.text) \
            or not PURPOSE_RE.match(unit.text) or ctx.types_in(previous.start, previous.end) \
            or any(previous.start <= item.start < previous.end for item in ctx.builder.items):
        return
    opening = ctx.text[unit.start : unit.start + BACK_REFERENCE_REACH]
    kinds = [k for k in ctx.types_in(unit.start, unit.start + len(opening)) if k.label_ == "cause_of_concern"]
    if kinds and kinds[0].start > 0 and ctx.doc[kinds[0].start - 1].lower_ == "this":
        ctx.builder.add("cause_of_concern", previous.start, previous.end, "item-concern-before",
                        ctx.subject(previous.start, previous.end, Scope()), historic=flags_for(ctx.doc, previous.start, previous.end).historic)


RULES: tuple[Rule, ...] = (listed_theme, table_header, labelled_item, inline_label, register_label, directive_entry,
                           register_entry, lead_in, cut_directive, heading, resolution, list_part, section_paragraph,
                           running_text)
LEAD_IN_RULES = {"lead_in", "list_part", "directive_entry", "register_entry"}  # rules after which a lower-case line carries on a list


# -- the component -------------------------------------------------------------------


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
        self.mentions(doc)
        self.themes(doc)
        ctx = Context(doc, ItemBuilder(doc, self.threshold), _concern_subjects(doc, section_spans),
                      getattr(doc._.meta, "doc_type", None) in INSPECTORATE_TYPES, getattr(doc._.meta, "own_body", None),
                      is_register=getattr(doc._.meta, "doc_type", None) == "monitoring_record",
                      is_press=getattr(doc._.meta, "doc_type", None) == "press_article",
                      entry_end=getattr(doc._.meta, "entry_end", None), named_within=self.named_within)
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
        _tagged_sentences(ctx)
        doc._.items = tuple(_followed_up(ctx, _theme_mentions_folded(ctx, ctx.builder.items)))
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


def _theme_mentions_folded(ctx: Context, items: list[Item]) -> list[Item]:
    """A letter names a cause of concern by its theme ("the cause of concern related to
    prevention", "a cause of concern on how it investigates crime") before or after
    stating it in full under its own heading: one item, one row (SCHEMA: ids name items), so
    the theme becomes a mention of the full statement of the same kind whose words (its text,
    its heading, the recommendations it carries) hold every word of the theme, or whose
    heading's theme the theme holds. A theme its own sentence dates to an earlier inspection
    ("identified in our 2019 PEEL inspection") names an earlier item beside a current one, and
    stays; so does a theme that no full statement covers."""
    full = [item for item in items if item.rule not in THEME_RULES and item.parent_id is None]
    folded: dict[str, Item] = {}
    for theme in (i for i in items if i.rule in THEME_RULES):
        words = _stems(theme.text)
        same_kind = [f for f in full if f.type == theme.type and not (theme.historic and not f.historic)]
        if not words or not same_kind:
            continue
        contexts = [(f, *_statement_words(ctx, items, f)) for f in same_kind]
        covering = next((f for f, stated, titled in contexts if words <= stated or (titled and titled <= words)), None)
        if covering is None and len(same_kind) > 1 and words <= set().union(*(stated for _, stated, _ in contexts)):
            covering = same_kind[0]  # "the causes of concern on A and B": each stated in full
        if covering is not None:
            folded[theme.item_id] = covering
    if not folded:
        return items
    kept = []
    for item in items:
        if item.item_id in folded:
            continue
        places = tuple(place for theme in items if folded.get(theme.item_id) is item
                       for place in ((theme.start, theme.end), *theme.mentions))
        kept.append(replace(item, mentions=(*item.mentions, *places)) if places else item)
    return kept


def _statement_words(ctx: Context, items: list[Item], item: Item) -> tuple[set[str], set[str]]:
    """The words a full statement spells its theme in: its text, the heading just above
    it ("Protection cause of concern"), and the recommendations that follow it up to the
    next item of its kind; and, apart, the heading's own theme (the heading without the
    kind's words)."""
    heading = _heading_above(ctx, item.start)
    kind_words = {w for s in ctx.types_in(*heading) for w in _stems(s.text, keep_all=True)} if heading else set()
    heading_words = _stems(ctx.text[heading[0] : heading[1]]) if heading else set()
    following = min((i.start for i in items if i.type == item.type and i.start > item.start), default=len(ctx.text))
    carried = [i.text for i in items if i.type == "recommendation" and item.start < i.start < following]
    # "It has acted on the protection cause of concern": a theme the text names by a kind is
    # another item's, not this one's
    named = {_stem_of(t.lower_) for s in ctx.types_in(item.start, item.end) for t in ctx.doc[max(s.start - KIND_THEME_WORDS, 0) : s.start]}
    stated = (_stems(item.text) - named) | _stems(" ".join(carried)) | heading_words
    return stated, heading_words - kind_words - {_stem_of(w) for w in KIND_QUALIFIERS}


def _heading_above(ctx: Context, start: int) -> tuple[int, int] | None:
    """The heading blocks right above a text ("Cause of concern" / "Protection cause of
    concern"), as one span; None when the block before is no heading."""
    blocks = [(s, e) for s, e, _ in ctx.doc._.blocks]
    at = bisect_right([s for s, _ in blocks], start) - 1
    if at >= 0 and blocks[at][0] <= start < blocks[at][1]:
        at -= 1  # the text's own block
    first = at
    while first >= 0 and ctx.doc._.blocks[first][2] == "heading" and at - first < HEADING_BLOCKS_MAX:
        first -= 1
    return (blocks[first + 1][0], blocks[at][1]) if first < at else None


def _stems(text: str, keep_all: bool = False) -> set[str]:
    """A text's words, folded and cut to their stems, without the words that name no matter."""
    return {_stem_of(w) for w in fold(text).split() if keep_all or w not in THEME_STOPWORDS}


def _stem_of(word: str) -> str:
    """A theme word's root cut to the letters its derived forms share ("investigating" and
    "investigations"; "crime" and "crimes")."""
    return root(word)[:STEM_LETTERS]


def _followed_up(ctx: Context, items: list[Item]) -> list[Item]:
    """A document titled by a kind ("Causes of concern revisit letter", "Cause of concern -
    progress letter") follows those items up: the items of that kind it restates are
    current, however long ago they were given."""
    titles = [(start, end) for start, end, _ in ctx.doc._.blocks[:1]]
    title = getattr(ctx.doc._.meta, "title", None) or ""
    at = ctx.text.find(title) if title else -1
    if at >= 0:
        titles.append((at, at + len(title)))
    titled = {span.label_ for start, end in titles if len(ctx.text[start:end].split()) <= HEADING_WORDS_MAX
              for span in ctx.types_in(start, end)}
    if any(_names_follow_up(ctx.text[start:end]) for start, end in titles):
        titled = set(ITEM_TYPES)
    return [replace(i, historic=False) if i.type in titled else i for i in items]


def _names_follow_up(title: str) -> bool:
    """A title that names a follow-up ("... post-inspection review", "... revisit 2018/19"),
    not a sentence that uses the verb ("It was a pleasure to revisit ...")."""
    words = re.findall(r"[\w’'-]+", title.lower())
    return len(words) <= 2 * HEADING_WORDS_MAX and any(
        word in item_words().follow_up_words and (i == 0 or words[i - 1] != "to") for i, word in enumerate(words))


def numbered_items(ctx: Context) -> list[tuple[int, int]]:
    """Items of the "Recommendation N" heading layout (see numbered.py); returns the spans
    the layout owns, which the per-unit rules then skip."""
    blocks = numbered_blocks(ctx.text, [(s, e, kind) for s, e, kind in ctx.doc._.blocks])
    for block in blocks:
        subject = ctx.subject(block.lead[0], block.lead[1], Scope())
        item = ctx.builder.add("recommendation", block.lead[0], block.lead[1], "item-numbered-block", subject,
                               number=f"{TYPE_PREFIX['recommendation']}{block.number}")
        for start, end in block.parts if item is not None else ():
            ctx.builder.add("recommendation", start, end, "item-part", ctx.subject(start, end, Scope()) or subject,
                            parent=item)
    rows = verdict_rows(ctx.text, [(s, e, kind) for s, e, kind in ctx.doc._.blocks])
    # A recommendation listed twice (a summary table, then the full one) is read from the fuller, later row.
    tops = {row.number: row for row in rows if not row.sub}
    parents = {number: ctx.builder.add("recommendation", *row.span, "item-verdict-row", ctx.subject(*row.span, Scope()),
                                       number=f"{TYPE_PREFIX['recommendation']}{number}")
               for number, row in tops.items()}
    for row in rows:
        if row.sub:
            ctx.builder.add("recommendation", *row.span, "item-part", ctx.subject(*row.span, Scope()),
                            parent=parents.get(row.number))
    if rows:
        # The table is the document's list of the items: its prose paraphrases them, so the
        # prose is read for answers, not for more items.
        return [(0, len(ctx.text))]
    return [block.region for block in blocks]


def labelled_bodies(ctx: Context, owned: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A heading that is one item's label alone, or with its addressee ("Recommendation 15:",
    "Recommendation 1: To Chief Constables"), over paragraphs in the item's own form that
    carry no subject of their own: a quotation ("“As an interim measure, ... officers
    should ...”") or a timed ask ("By 27 March 2025, review whether ..."). Those paragraphs,
    with the asking ones after them, are the item; the first that asks nothing (the
    answer: "All 43 PCCs accepted the recommendation.") or the next heading ends it.
    Returns the spans read, which the per-unit rules then skip."""
    blocks = [(s, e, kind) for s, e, kind in ctx.doc._.blocks]
    read: list[tuple[int, int]] = []
    for index, (start, end, kind) in enumerate(blocks):
        label = _item_label(ctx.text[start:end]) if kind == "heading" else None
        if label is None or any(s <= start < e for s, e in owned):
            continue
        body = _label_body(ctx, blocks[index + 1 :])
        if body is None:
            continue
        type_, number = label
        subject = ctx.subject(body[0], body[1], Scope()) or ctx.subject(start, end, Scope())
        ctx.builder.add(type_, body[0], body[1], "item-labelled-body", subject, number=f"{TYPE_PREFIX[type_]}{number}")
        read.append(body)
    return read


def _item_label(heading: str) -> tuple[str, str] | None:
    """The type and number a heading labels, when it is the label alone or the label and
    the addressee ("To Chief Constables"): a heading that says more states the item."""
    typed = TYPED_LABEL_RE.match(heading + " ")
    if typed is None:
        return None
    rest = heading[typed.end() - 1 :].strip() if typed.end() <= len(heading) else ""
    if rest and not ADDRESSEE_RE.fullmatch(rest):
        return None
    return LABEL_TYPES[typed["prefix"].lower()], typed["num"]


def _label_body(ctx: Context, following: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The span of the paragraphs under a label heading that state its item (see
    `labelled_bodies`), or None when the first is not in an item's own subjectless form."""
    end = None
    for start, stop, kind in following:
        if kind != "paragraph":
            break
        chunk = ctx.text[start:stop].strip()
        own_form = _wholly_quoted(chunk) or _opens_timed_ask(ctx, start, stop)
        if end is None and not own_form:
            return None
        if end is not None and not (own_form or ASK_RE.search(chunk)):
            break
        end = stop
    return (following[0][0], end) if end is not None else None


def _wholly_quoted(text: str) -> bool:
    """A paragraph that is one quotation: the report's item quoted under its label."""
    return len(text.split()) >= LABELLED_MIN_WORDS and text[:1] in QUOTES and text.rstrip(".")[-1:] in QUOTES


def _opens_timed_ask(ctx: Context, start: int, end: int) -> bool:
    """"By 27 March 2025, review ...": a deadline, then the ask with no one named before it."""
    timed = [d for d in ctx.directives_in(start, end) if d.label_ == "TIMED"]
    if not timed or ctx.text[start : timed[0].start_char].strip():
        return False
    words = ctx.text[timed[0].end_char : end].lstrip(" ,").split(" ")
    reach = min(end, timed[0].end_char + len(" ".join(words[:TIMED_SUBJECT_WORDS])) + 2)
    return words[0][:1].islower() and not subjects_in(ctx.doc, timed[0].end_char, reach)


def units(doc: Doc) -> list[Unit]:
    text = text_of(doc)
    blocks = _row_lines(text, list(doc._.blocks))
    found = []
    for index, (start, end, kind) in enumerate(blocks):
        if is_interposed(text[start:end]):
            continue  # "Hide Ad", a byline or a date between a sentence and the one carrying it on: no unit of the text
        if kind != "table_row" and len(cells_of(text[start:end])) > 1:
            kind = "table_row"  # "Recommendation | Response | Status", flattened with pipes
        if kind == "table_row" and not is_header_row(text[start:end]):
            # The item is the first cell; the other cells answer it (alignment reads them).
            start = _after_index_cell(text, start, end)
            end = start + len(PIPE_OR_LINE_RE.split(text[start:end])[0].rstrip())
        found.append(Unit(start, end, kind, text[start:end], index == len(blocks) - 1))
    return found


def _row_lines(text: str, blocks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A block of piped table rows run together ("| T1 | ... | Open | | T2 | ... |", a table
    flattened as text) is one row a unit: each row states its own item. A row starts where
    one row's closing pipe meets the next row's opening pipe and its index cell."""
    rows: list[tuple[int, int, str]] = []
    for start, end, kind in blocks:
        cuts = [m.end() for m in ROW_BOUNDARY_RE.finditer(text, start, end)]
        if not cuts or not text.startswith("|", start):
            rows.append((start, end, kind))
            continue
        bounds = [start, *cuts, end]
        rows += [(a, b, "table_row") for a, b in zip(bounds, bounds[1:])]
    return rows


def _after_index_cell(text: str, start: int, end: int) -> int:
    """Where a row's item cell starts: a tracker's row that opens with its index ("| T1 |
    Cause of concern: ... | Directed at | Status") gives the item in the cell after it."""
    separator = PIPE_OR_LINE_RE.search(text, start, end)
    if separator is None or not INDEX_CELL_RE.fullmatch(text[start : separator.start()]):
        return start
    return separator.end()


# -- running text ----------------------------------------------------------------------


def statements(ctx: Context, unit: Unit, previous: Unit | None, taken: list[tuple[int, int]]) -> None:
    """A named body (or a reported "the force") with a directive, or a block that is
    one quoted finding."""
    doc, text = ctx.doc, unit.text
    directives = ctx.directives_in(unit.start, unit.end)
    quoted = text.rstrip(".").strip()[:1] in QUOTES and text.rstrip(".").strip()[-1:] in QUOTES
    if quoted and len(text.split()) >= 5:
        subjects = subjects_in(doc, unit.start, directives[0].start_char if directives else unit.end)
        if subjects and directives and _directs(ctx, unit):  # a finding explains before it prescribes
            if not _weak(directives[0], bodies_in(doc, unit.start, unit.end), subjects[0], ctx):
                ctx.builder.add(_statement_type(directives, subjects[0], ctx.concern_subjects), unit.start, unit.end,
                                "item-quoted-statement", subjects[0])
            return
        if subjects and previous is not None and any(
                s.label_ == "innovative_practice" for s in ctx.types_in(previous.start, previous.end)):
            # A quoted finding after a mention of innovative practice is that practice.
            ctx.builder.add("innovative_practice", unit.start, unit.end, "item-quoted-practice", subjects[0])
            return
        if not ctx.is_press or GENERIC_OPENING_RE.match(text):
            return
        # A news story's quoted paragraph that is no one finding (an inspector's quoted
        # paragraphs glued together, each opening with its own quote mark; "They should
        # ..." after the finding it follows): its sentences are read one by one, as the
        # paragraphs of a quotation are. One that opens on "A fire and rescue service
        # that ... should" says what any body should do, not this one.
    sentences = sentences_in(doc, unit.start, unit.end)
    if (unit.kind == "list_item" or ctx.is_register) and sentences and _agentless_prescription(sentences[0].text):
        # A bullet (or a register's paragraph) that opens "Detainee care should be improved
        # ..." or "Guidance to be issued to forces ...": an action-register entry restating a
        # recommendation; the sentences after it report progress on it.
        ctx.builder.add("recommendation", sentences[0].start_char, sentences[0].end_char, "item-register-entry",
                        ctx.own_body)
        return
    before = len(ctx.builder.items)
    alone = _standing_directive(ctx, unit, sentences)
    for sentence in sentences:
        _sentence_statement(ctx, sentence, directives, taken, alone)
    if ctx.is_register or (unit.kind == "paragraph" and any(s.label_ == "all" for s in bodies_in(doc, unit.start, unit.end))
                           and ctx.builder.every_sentence(before, sentences)):
        ctx.builder.join_entry(before)



def _agentless_prescription(sentence: str) -> bool:
    """A noun phrase, then "should/must/to be" and a participle, with no verb before it."""
    match = AGENTLESS_RE.match(sentence.strip())
    return match is not None and not any(w.lower() in AUXILIARIES or w.lower() in CLAUSE_OPENERS
                                         or w.lower() in CLAUSE_MAKING_WORDS
                                         for w in re.findall(r"[A-Za-z]+", match["subject"]))


def _standing_directive(ctx: Context, unit: Unit, sentences: list[Span]) -> bool:
    """A paragraph that is one sentence opening "The service should ..." (a tracker's or an
    action plan's entry, set out a line of its own between its updates): the response
    restates an item, though it names its body only as "the service"."""
    if unit.kind != "paragraph" or len(sentences) != 1:
        return False
    start = clean_bounds(ctx.text, unit.start, unit.end)[0]
    return RUN_ON_OPENER_RE.match(ctx.text, start) is not None


def _sentence_statement(ctx: Context, sentence: Span, directives: list[Span], taken: list[tuple[int, int]],
                        alone: bool = False) -> None:
    doc = ctx.doc
    inside = [d for d in directives if sentence.start_char <= d.start_char < sentence.end_char
              and not any(s <= d.start_char < e for s, e in taken)]
    directive = next((d for d in inside if d.label_ in ("DIRECTIVE", "PASSIVE")), None)
    if directive is None or (directive.start > 0 and doc[directive.start - 1].lower_ in RELATIVE_PRONOUNS | FIRST_PERSON):
        return  # "a rating which should give confidence", "evidence that should inform": a description; "we should": the writer's own
    frames = [d for d in inside if d.label_ == "REPORTING" and d.end_char <= directive.start_char]
    zone_start = frames[-1].end_char if frames else sentence.start_char
    spans = [s for s in bodies_in(doc, zone_start, directive.start_char) if s.label_ != "national"]
    subjects = subjects_in(doc, zone_start, directive.start_char)
    if _unaddressed_statement(ctx, sentence, directive, inside, frames, spans, subjects, alone):
        return
    if not frames and _answers_own_demand(ctx, directive):
        return
    if not frames and _quoted_opener(ctx, sentence, directive):
        return
    if frames and not spans and _reported_pronoun(ctx, sentence, directive, max(frames, key=lambda f: f.end_char)):
        return
    if not spans and _national_should(ctx, sentence, directive, zone_start):
        return
    if directive.label_ != "DIRECTIVE" or not subjects or not spans:
        return
    explicit = any(not is_anaphor(s) or s.label_ == "forces" for s in spans)
    if not (explicit or frames or alone):
        return
    themed = any(sentence.start_char <= s < sentence.end_char for s, _ in taken)
    # A sentence that names its cause of concern as a theme directs something else.
    # A register lists recommendations, and a directive to all forces is one (areas for
    # improvement and causes of concern are each given to one force or service).
    national = ctx.is_register or any(s.label_ == "all" for s in spans)
    type_ = "recommendation" if national or _reported_should(ctx, directive) \
        else _statement_type(inside, subjects[0], set() if themed else ctx.concern_subjects)
    if _weak(directive, spans, subjects[0], ctx) or (ctx.is_press and _summed_up(ctx.text[sentence.start_char : sentence.end_char])):
        return
    if _press_finding(ctx, type_, spans, subjects[0]):
        return
    if type_ == "recommendation" and not national and _reported_should(ctx, directive):
        type_ = _entry_type(ctx, sentence)  # a story that calls the report's asks areas for improvement
    start, end = _quoted_ask(ctx, directive, sentence) or (min(s.start_char for s in spans), sentence.end_char)
    ctx.builder.add(type_, start, end, "item-statement", subjects[0])


def _answers_own_demand(ctx: Context, directive: Span) -> bool:
    """In a response (a commissioner's or a force's own page), "Chief constables must
    ensure ..." said with no report verb before it ("the report says", "HMIC found") is the
    responder's own demand, in its own voice: the inspectorate's items are stated with
    "should" (and "must" only where the page reports the inspectorate saying so)."""
    return directive.id_ == MUST_DIRECTIVE and getattr(ctx.doc._.meta, "doc_type", None) in ANSWER_TYPES


def _quoted_ask(ctx: Context, directive: Span, sentence: Span) -> tuple[int, int] | None:
    """'the force should “immediately improve ...”': a story that quotes the report's words
    right after the modal gives the item in the report's words; the item is the quotation
    (what follows the closing mark is the story's own: "as well as to ...")."""
    doc = ctx.doc
    after = directive.start + 1
    if after >= sentence.end or not doc[after].is_quote or doc[after].text not in OPENING_MARKS:
        return None
    closed = QUOTE_CLOSED_RE.search(ctx.text, doc[after].idx + 1, sentence.end_char)
    return doc[after].idx, closed.end() if closed else sentence.end_char


def _national_should(ctx: Context, sentence: Span, directive: Span, zone_start: int) -> bool:
    """In a news story, "the Home Office, the LGA and the NFCC should work together to ...":
    national bodies that are the subject of a "should" (nothing but their names, "and" and
    a partner of a word or two between them and the modal) are what an inspectorate's national recommendation is
    addressed to; the story restates it. Add it and say whether it did."""
    if not ctx.is_press or directive.id_ not in SHOULD_DIRECTIVES:
        return False
    doc = ctx.doc
    named = [s for s in bodies_in(doc, zone_start, directive.start_char) if s.label_ == "national"]
    if not named:
        return False
    first = named[0]
    start = first.start - 1 if first.start > 0 and doc[first.start - 1].lower_ == "the" else first.start
    covered = {i for s in named for i in range(s.start, s.end)}
    between = [t for t in doc[start : directive.start] if t.i not in covered
               and not (t.is_punct or t.lower_ in NATIONAL_JOINING_WORDS)]
    if len(between) > NATIONAL_PARTNER_WORDS or (start > sentence.start and doc[start - 1].lower_ not in NATIONAL_SUBJECT_OPENERS and not doc[start - 1].is_punct):
        return False
    ctx.builder.add("recommendation", doc[start].idx, sentence.end_char, "item-statement", first.kb_id_)
    return True


def _reported_should(ctx: Context, directive: Span) -> bool:
    """A news story that reports what the inspectorate says a body "should" do ("Inspectors
    added that the force should answer calls faster"): the report's recommendation in the story's
    words. A story names areas for improvement and causes of concern as such; its bare
    "should" sentences carry the report's recommendations."""
    return ctx.is_press and ctx.doc[directive.start].lower_ == "should"


def _press_finding(ctx: Context, type_: str, bodies: list[Span], subject: str) -> bool:
    """A news story's "must" or "needs to" sentence ("It also said that the force must
    make sure victims are safeguarded"): the story's account of what inspectors found. A
    story names areas for improvement as such (by kind or by theme); its bare directives
    carry the report's recommendations ("should", _reported_should, or a dated or urgent
    ask), a region's forces told to work together, and a cause of concern the story names
    without its words ("branded a cause of concern ... It said the force needs to improve
    ..."), but not a second one for a body whose cause of concern already has its words
    ("a cause of concern regarding its ability to respond to major incidents ... the
    service needs to improve its effectiveness")."""
    if not ctx.is_press or type_ == "recommendation" or any(s.label_ in ("region", "forces", "rocu") for s in bodies):
        return False
    return type_ != "cause_of_concern" or any(
        i.type == "cause_of_concern" and i.subject == subject and not i.historic for i in ctx.builder.items)


def _summed_up(sentence: str) -> bool:
    """A news story's sentence attributed at its end to the inspectorate ("Kent Police must
    improve how it answers calls, the police inspectorate has said."): the story's summary
    of the findings (its standfirst), not one of the report's items restated."""
    tail = SUMMARY_TAIL_RE.search(sentence)
    if tail is None:
        return False
    words = item_words()
    said = re.findall(r"[A-Za-z]+", tail["tail"].lower())
    return said[-1] in words.summary_verbs and any(w in words.summary_reporters for w in said[:-1])


def _unaddressed_statement(ctx: Context, sentence: Span, directive: Span, inside: list[Span], frames: list[Span],
                           spans: list[Span], subjects: list[str], alone: bool) -> bool:
    """Add the item of a statement that names no addressee of its own, when its form
    still makes it one, and say whether it did: the addressee is then the response's own
    body (or, for a timed national recommendation, the subject it names, if any)."""
    if not spans and frames and frames[-1].id_ == FRAME_RULE:
        # "inspectors recommended that refresher courses should be given to call handlers": a
        # recommendation restated without its addressee.
        ctx.builder.add("recommendation", frames[-1].end_char, sentence.end_char, "item-statement", ctx.own_body)
        return True
    if directive.label_ == "DIRECTIVE" and not (subjects and spans) and _opens_timed(inside, sentence):
        # "Not later than 1 May 2016 any force that ... should publish ...": a national
        # recommendation, whose deadline opens it, restated in a register or a response.
        ctx.builder.add("recommendation", sentence.start_char, sentence.end_char, "item-statement",
                        subjects[0] if subjects else ctx.own_body)
        return True
    if alone and directive.label_ == "DIRECTIVE" and directive.id_ not in WEAK_DIRECTIVES and not subjects:
        # the response's own body, unnamed: "The service should ..." on a line of its own
        ctx.builder.add(_entry_type(ctx, sentence), sentence.start_char, sentence.end_char, "item-statement",
                        ctx.own_body)
        return True
    return False


def _quoted_opener(ctx: Context, sentence: Span, directive: Span) -> bool:
    """In a press article, a quoted sentence that opens "It should ..." or "The force
    should ..." (a quotation opened by its speaker: 'The inspector said: "...' and the
    paragraphs that carry it on) restates an item of the body named last before it. Add
    it and say whether it did. "Must" and "needs to" put a grade's summary; a quotation
    attributed after it ('..., they added.') is a remark about the report."""
    if not ctx.is_press or directive.id_ not in SHOULD_DIRECTIVES:
        return False
    start = _quoted_start(ctx, sentence, directive)
    if start is None:
        return False
    doc = ctx.doc
    words = [t for t in doc[_first_token(doc, start) : directive.start] if not (t.is_punct or t.is_quote)]
    if len(words) > 1 and words[0].lower_ in CONNECTIVES:
        # "However, the force should ...", "But it should ...": the item starts at its subject
        start, words = words[1].idx, words[1:]
    spans = bodies_in(doc, start, directive.start_char)
    if not (len(words) == 1 and words[0].lower_ == "it") and not _role_subject(words) and not (
            len(spans) == 1 and is_anaphor(spans[0]) and spans[0].start == words[0].i and spans[0].end == directive.start):
        return False
    before = [s for s in bodies_in(doc, 0, sentence.start_char) if s.label_ in ("force", "fire")]
    subject = spans[0].kb_id_ if spans else (before[-1].kb_id_ if before else ctx.own_body)
    if subject is None:
        return False
    end = sentence.end_char
    while end > start and (ctx.text[end - 1].isspace() or ctx.text[end - 1] in CLOSING_MARKS):
        end -= 1  # the quotation's closing mark is not the item's
    ctx.builder.add(_entry_type(ctx, sentence), start, end, "item-quoted-opener", subject)
    return True


def _reported_pronoun(ctx: Context, sentence: Span, directive: Span, frame: Span) -> bool:
    """In a press article, "Kent Police was told that it should review ...", "but said it
    \"should check ...\"": a reporting frame whose clause has only "it" or "they" for
    its subject restates a recommendation to the body the sentence names before the frame
    (the inspectorate reporting, or the body being told). Add it and say whether it did."""
    if not ctx.is_press or directive.id_ not in SHOULD_DIRECTIVES:
        return False
    doc = ctx.doc
    words = [t for t in doc[frame.end : directive.start] if not (t.is_punct or t.is_quote)]
    if len(words) != 1 or words[0].lower_ not in PRONOUN_SUBJECTS:
        return False
    named = [s for s in bodies_in(doc, sentence.start_char, frame.start_char) if s.label_ in ("force", "fire")]
    reporter = any(t.lower_ in INSPECTORATE_WORDS for t in doc[sentence.start : frame.start])
    if not named and not reporter:
        return False
    before = named or [s for s in bodies_in(doc, 0, sentence.start_char) if s.label_ in ("force", "fire")]
    subject = before[-1].kb_id_ if before else ctx.own_body
    end = sentence.end_char
    while end > words[0].idx and (ctx.text[end - 1].isspace() or ctx.text[end - 1] in CLOSING_MARKS):
        end -= 1
    ctx.builder.add("recommendation", words[0].idx, end, "item-reported-pronoun", subject)
    return True


def _role_subject(words: list[Token]) -> bool:
    """"Senior leaders should ...", "They should ...": a quoted sentence that directs the
    body's own people, named by their role, not by a name of their own."""
    roles = item_words().quoted_role_subjects
    return bool(words) and words[-1].lower_ not in DETERMINERS and all(w.lower_ in roles for w in words)


def _quoted_start(ctx: Context, sentence: Span, directive: Span) -> int | None:
    """Where a quoted sentence's own words start: after the opening quote that follows its
    speaker's colon in the sentence, or at the sentence in a paragraph that carries a
    quotation on (it opens with a quote mark, or a quotation opened earlier in it is still
    open), or that carries on the inspectorate's reported words from the sentence before.
    None when the sentence is no quotation or is attributed at its end."""
    text = ctx.text
    if QUOTE_TAIL_RE.search(text, sentence.start_char, sentence.end_char):
        return None
    opened = QUOTE_OPENED_RE.search(text, sentence.start_char, directive.start_char)
    if opened is not None:
        return opened.end()
    index = bisect_right(ctx.units, sentence.start_char, key=lambda u: u.start) - 1
    block = ctx.units[index] if index >= 0 else None
    if block is None or sentence.start_char >= block.end:
        return None
    if block.text.lstrip()[:1] not in OPENING_MARKS and not _quotation_open(text, block.start, sentence.start_char) \
            and not _reported_before(ctx, block.start, sentence.start_char):
        return None
    start = sentence.start_char
    while start < sentence.end_char and (text[start].isspace() or text[start] in QUOTES):
        start += 1
    return start


def _quotation_open(text: str, start: int, at: int) -> bool:
    """'The report went on: "The service answers ... But it should ...': a quotation its speaker opened
    earlier in the paragraph and has not closed carries on into the sentence at `at`. A
    speaker who talks of "I" or "we" before it is the body's own ("I am proud of our staff
    ... They should ..."), not the report's."""
    opened = None
    for opened in QUOTE_OPENED_RE.finditer(text, start, at):
        pass
    return opened is not None and QUOTE_CLOSED_RE.search(text, opened.end(), at) is None \
        and not any(w.lower() in FIRST_PERSON for w in re.findall(r"[A-Za-z]+", text[opened.end() : at]))


def _reported_before(ctx: Context, start: int, at: int) -> bool:
    """"Inspectors found that training is not a priority for the service. The service
    should ...": the sentence before, in the same paragraph, reports the inspectorate's
    words (an inspectorate word, then a reporting verb), and the sentence at `at` carries
    them on."""
    sentences = [s for s in sentences_in(ctx.doc, start, at) if s.end_char <= at + 1]
    if not sentences:
        return False
    last = sentences[-1]
    frames = [d for d in ctx.directives_in(last.start_char, last.end_char) if d.label_ == "REPORTING"]
    return any(t.lower_ in INSPECTORATE_WORDS for f in frames[:1] for t in ctx.doc[last.start : f.start])


def _opens_timed(directives: list[Span], sentence: Span) -> bool:
    """A deadline opens the sentence ("Within six months", "Not later than 31 March")."""
    return any(d.label_ == "TIMED" and d.start - sentence.start <= 1 for d in directives)


def _recommends(directives: list[Span]) -> bool:
    """A dated or an urgent directive: how a recommendation asks, whatever kind is near."""
    return any(d.label_ == "TIMED" for d in directives) or _urgent(directives)


def _urgent(directives: list[Span]) -> bool:
    """A directive to be met at once ("should immediately review", "should take immediate
    action", "must urgently"): the inspectorate asks so in the recommendations it attaches
    to a cause of concern, never in an area for improvement (item_words: urgency_words)."""
    words = item_words()
    for directive in directives:
        if directive.label_ != "DIRECTIVE":
            continue
        doc = directive.doc
        after = [t.lower_ for t in doc[directive.start + 1 : min(directive.start + URGENCY_REACH, len(doc))]]
        if after[:1] == ["to"]:
            after = after[1:]  # "needs to urgently"
        if after[:1] and after[0] in words.urgency_words:
            return True
        if len(after) >= 3 and after[1] in words.urgency_words and after[2] in words.urgency_steps:
            return True  # "should take immediate action"
    return False


def _weak(directive: Span, bodies: list[Span], subject: str, ctx: Context) -> bool:
    """"Kent Police needs to improve how it treats victims": the summary of a
    force's grade, not one of its items. A region's forces that "need to" work together
    is one, and so is a force's restated cause of concern."""
    return (directive.id_ in WEAK_DIRECTIVES and subject not in ctx.concern_subjects
            and not any(s.label_ in ("region", "forces", "rocu") for s in bodies))


def _statement_type(directives: list[Span], subject: str, concern_subjects: set[str]) -> str:
    """A dated or urgent directive is a recommendation; one aimed at a body with a cause of
    concern restates that concern; any other is an area for improvement."""
    if _recommends(directives):
        return "recommendation"
    return "cause_of_concern" if subject in concern_subjects else "area_for_improvement"


def mentions(ctx: Context, start: int, end: int, taken: list[tuple[int, int]]) -> None:
    """"a 'cause of concern' issued on the force's custody in 2019"; "the inspectorate's call
    for longer funding settlements" (the words that introduce it are not the item's own)."""
    for span in spans_within(ctx.doc, MENTIONS_KEY, start, end):
        if any(s <= span.start_char < e for s, e in taken):
            continue
        if _names_occasion_only(ctx.doc, span.end):
            continue  # "a cause of concern raised at our 2019 visit": which one, not what
        if span.id_ in OBJECT_MENTIONS and span.end < len(ctx.doc) and ctx.doc[span.end].lower_ in NOT_ASKED:
            continue  # "the force's calls for service rose": what others ask of it, not an ask of it
        if span.id_ == INFINITIVE_MENTION and _acts_on_a_kind(ctx, span):
            continue  # "a recommendation to tackle the cause of concern": what it answers, not what it asks
        sentence = sentence_of(ctx.doc, span.start)
        item_start = span.end_char if span.id_ in OBJECT_MENTIONS else span.start_char
        # "the recommendation to merge the control rooms is welcome": the verb after it ends it.
        verb = next((t for t in ctx.doc[span.end : sentence.end] if t.lower_ in AUXILIARIES), None)
        item_end = ctx.doc[verb.i - 1].idx + len(ctx.doc[verb.i - 1].text) if verb is not None else sentence.end_char
        bodies = [s.kb_id_ for s in bodies_in(ctx.doc, span.start_char, item_end) if s.label_ != "national"]
        ctx.builder.add(span.label_, item_start, item_end, span.id_, bodies[0] if bodies else None)


def _acts_on_a_kind(ctx: Context, span: Span) -> bool:
    """"gave a recommendation to resolve the cause of concern": the infinitive is a verb
    of acting on items (address, tackle, resolve) whose object, a few words on, is an item's
    kind; it says what the recommendation answers, and the ask itself is told elsewhere."""
    verb = ctx.doc[span.end - 1]
    if verb.lemma_.lower() not in item_words().acting_verbs and verb.lower_ not in item_words().acting_verbs:
        return False
    last = ctx.doc[min(span.end + PURPOSE_KIND_REACH, len(ctx.doc) - 1)]
    return bool(ctx.types_in(span.end_char, last.idx + len(last.text)))


def _names_occasion_only(doc: Doc, after: int) -> bool:
    """A mention whose words after "issued", "identified" say when or where the item was
    given ("during the spring visit", "in 2019", "at our last inspection", "on 3 May")
    refers to an item by its occasion: it states no theme, so it is no item of its own."""
    if after >= len(doc):
        return True
    first = doc[after]
    return first.lower_ in item_words().occasion_words or (first.lower_ == "on" and after + 1 < len(doc) and doc[after + 1].like_num)


def recommended_objects(ctx: Context, unit: Unit, taken: list[tuple[int, int]], scope: Scope) -> list[tuple[int, int]]:
    """"HMICFRS recommends the introduction of A", "inspectors rightly recommended the
    abolition of B and the review of C": the inspectorate's verb with a noun phrase for
    its object restates a recommendation in a response's own words; one item per object,
    up to the first comma. A "that" clause with no modal ("recommended that the scheme is
    revised", "recommended that both forces introduce A") is one item; one with "should"
    or "must" is left to the directive rules."""
    doc, found = ctx.doc, []
    verbs = tokens_lowered_as(doc, RECOMMEND_VERBS)
    for token in (doc[i] for i in verbs[bisect_left(verbs, sentence_of(doc, _first_token(doc, unit.start)).start) :]):
        if token.idx >= unit.end:
            break
        if token.i + 1 >= len(doc) or any(s <= token.idx < e for s, e in taken) or not _inspectorate_verb(doc, token):
            continue
        first = doc[token.i + 1]
        if first.lower_ == "that":
            found += _recommended_clause(ctx, unit, first, scope)
        elif first.lower_ in ("the", "a", "an") and doc[first.i : first.i + 3].text.lower() not in VAGUE_OBJECTS:
            found += _recommended_nouns(ctx, unit, first, scope)
    return found


def advised_asks(ctx: Context, unit: Unit, taken: list[tuple[int, int]], scope: Scope) -> list[tuple[int, int]]:
    """A news story's passive of advising ("The service has been advised to improve A and
    to develop B", "the force was encouraged to improve C", "the leadership team advised
    to look for D"), or its active with the inspectorate for subject ("inspectors advised
    the brigade to review E"): said of a body or its managers, it restates what the report
    asks of that body in the story's words. Each infinitive joined by "and to" is one ask,
    up to the clause's end (a semicolon, or a comma before another clause: ", while the
    other force was ..."). A recommendation, as a story's bare "should" is (_reported_should):
    a story names areas for improvement and causes of concern as such. Read in news only:
    a report's "staff are encouraged to" praises."""
    if not ctx.is_press:
        return []
    doc, found = ctx.doc, []
    verbs = tokens_lowered_as(doc, ADVISING_PARTICIPLES)
    for i in verbs[bisect_left(verbs, _first_token(doc, unit.start)) :]:
        token = doc[i]
        if token.idx >= unit.end:
            break
        if any(s <= token.idx < e for s, e in taken):
            continue
        to: int | None = None
        if i + 1 < len(doc) and doc[i + 1].lower_ == "to" and _advised_body(ctx, token):
            to, subject = i + 1, _advised_subject(ctx, token) or scope.subject or ctx.own_body
        else:
            to, subject = _advised_object(ctx, token)
        if to is None or to + 1 >= len(doc) or not doc[to + 1].is_alpha:
            continue
        ask_start, ask_end = doc[to + 1].idx, _advised_end(ctx, unit, doc[to])
        offset = ask_start
        for part in ADVISED_ASK_SPLIT_RE.split(ctx.text[ask_start:ask_end]):
            start, end = trim_piece(ctx.text, offset, offset + len(part))
            if ctx.builder.add(_entry_type(ctx, unit), start, end, "item-advised", subject, min_words=3) is not None:
                found.append((start, end))
            offset = ctx.text.find(part, offset) + len(part)
            gap = ADVISED_ASK_SPLIT_RE.match(ctx.text, offset)
            offset = gap.end() if gap else offset
    return found


def _advised_object(ctx: Context, token: Token) -> tuple[int | None, str | None]:
    """The active form ("inspectors advised the brigade to review A"): the inspectorate
    advises a body named right after the verb. The index of the "to" after the body and the
    body's subject; (None, None) when the verb has no such object."""
    doc = ctx.doc
    if not _inspectorate_verb(doc, token):
        return None, None
    named = next((s for s in bodies_in(doc, token.idx, doc[min(token.i + 6, len(doc) - 1)].idx)
                  if s.start in (token.i + 1, token.i + 2)), None)
    if named is None or named.end >= len(doc) or doc[named.end].lower_ != "to" \
            or (named.start == token.i + 2 and doc[token.i + 1].lower_ != "the"):
        return None, None
    subjects = subjects_in(doc, named.start_char, named.end_char)
    return named.end, subjects[0] if subjects else ctx.own_body


def _advised_clause_start(ctx: Context, token: Token) -> int:
    """The first token of the clause a participle of advising ends: after the last comma
    or semicolon of its sentence before it."""
    doc = ctx.doc
    sentence = sentence_of(doc, token.i)
    return next((t.i + 1 for t in reversed(doc[sentence.start : token.i]) if t.text in (",", ";")), sentence.start)


def _advised_body(ctx: Context, token: Token) -> bool:
    """Whether a passive of advising is said of a body or its managers ("The service has
    been advised", "Managers were advised", "the leadership team advised"): the participle
    follows an auxiliary (an adverb between them aside) or, reduced, the subject's noun,
    and its clause names a body or managers, and not the writer ("we are encouraged to
    see"), nor staff or the public."""
    doc = ctx.doc
    start = _advised_clause_start(ctx, token)
    if start >= token.i:
        return False
    at = token.i - 1
    while at > start and (doc[at].lower_ in SUBJECT_ADVERBS or doc[at].lower_.endswith("ly")):
        at -= 1  # "was also advised", "has been strongly encouraged"
    before = doc[at]
    if before.lower_ not in AUXILIARIES | {"be", "being"} and before.lower_ not in ADVISED_SUBJECT_NOUNS \
            and not bodies_in(doc, before.idx, token.idx):
        return False
    words = {t.lower_ for t in doc[start : token.i]}
    return not words & FIRST_PERSON and (bool(words & ADVISED_SUBJECT_NOUNS) or bool(_advised_subject(ctx, token)))


def _advised_subject(ctx: Context, token: Token) -> str | None:
    """The body named in the clause of a passive of advising, if any."""
    subjects = subjects_in(ctx.doc, ctx.doc[_advised_clause_start(ctx, token)].idx, token.idx)
    return subjects[0] if subjects else None


def _advised_end(ctx: Context, unit: Unit, to: Token) -> int:
    """Where the asks after the "to" of advising end: the sentence's end, a semicolon, or
    a comma before a word that opens another clause."""
    doc = ctx.doc
    sentence = sentence_of(doc, to.i)
    for t in doc[to.i + 1 : sentence.end]:
        if t.text == ";" or (t.text == "," and t.i + 1 < sentence.end and doc[t.i + 1].lower_ in ADVISED_CLAUSE_OPENERS):
            return min(t.idx, unit.end)
    return min(sentence.end_char, unit.end)


def _inspectorate_verb(doc: Doc, token: Token) -> bool:
    """The inspectorate recommends: its name just before the verb ("HMIC has recommended"),
    or opening a sentence whose next clause the verb opens ("HMICFRS found A, but recommended")."""
    if any(t.lower_ in INSPECTORATE_WORDS for t in doc[max(token.i - 3, 0) : token.i]):
        return True
    sentence = sentence_of(doc, token.i)
    we = _subject_before_verb(doc, token, sentence.start)
    if we is not None and doc[we].lower_ == "we" \
            and any(t.lower_ in INSPECTORATE_WORDS for t in doc[sentence.start : we]):
        # "In the inspectorate's 2019 review we recommended that ...", "HMIC Recommendation 2
        # We recommend that ...", 'the Chief Inspector said, "We have previously recommended
        # that ...': the inspectorate's "we", its name earlier in the sentence.
        return True
    return token.i >= 2 and doc[token.i - 1].lower_ in ("but", "and") and doc[token.i - 2].text == "," \
        and any(t.lower_ in INSPECTORATE_WORDS for t in doc[sentence.start : min(sentence.start + 3, token.i)])


def _subject_before_verb(doc: Doc, token: Token, floor: int) -> int | None:
    """The index of the word before a verb once its auxiliaries and adverbs are passed
    ("we have previously recommended": "we"); None at the sentence's start."""
    index = token.i - 1
    while index > floor and (doc[index].lower_ in AUXILIARIES or doc[index].lower_ in PERFECT_ADVERBS):
        index -= 1
    return index if index >= floor else None


def _recommended_nouns(ctx: Context, unit: Unit, first: Token, scope: Scope) -> list[tuple[int, int]]:
    """The noun phrases a recommending verb takes as objects, one item each."""
    doc, found = ctx.doc, []
    sentence = sentence_of(doc, first.i)
    stop = next((t.idx for t in doc[first.i : sentence.end] if t.text in (",", ";", ":")), sentence.end_char)
    stop = min(stop, unit.end)
    offset = first.idx
    for part in re.split(r" and (?=(?:the|a|an)\b)", ctx.text[first.idx : stop]):
        # "the abolition of notices which are misused": the relative clause describes the object.
        relative = re.search(r"\s(?:which|who|that)\s", part)
        start, end = trim_piece(ctx.text, offset, offset + (relative.start() if relative else len(part)))
        head = _first_token(doc, start)
        if not is_clause(doc, head, end) and ctx.builder.add(
                "recommendation", start, end, "item-recommended", scope.subject or ctx.own_body, min_words=3) is not None:
            found.append((start, end))  # not "recommended the force should ...", a directive clause
        offset += len(part) + len(" and ")
    return found


def _recommended_clause(ctx: Context, unit: Unit, that: Token, scope: Scope) -> list[tuple[int, int]]:
    """The clause after "recommended that", up to a semicolon or the sentence's end, when
    no directive in it is left to the directive rules. A modal that directs nothing they read
    ("recommended that it needs to think about ...", "a child's needs") leaves the clause
    the recommendation the verb states."""
    doc = ctx.doc
    sentence = sentence_of(doc, that.i)
    stop = next((t.i for t in doc[that.i + 1 : sentence.end] if t.text == ";" or t.idx >= unit.end), sentence.end)
    words = doc[that.i + 1 : stop]
    if len(words) < 4 or any(d.label_ in ("DIRECTIVE", "PASSIVE") for d in ctx.directives_in(words.start_char, words.end_char)):
        return []
    start, end = trim_piece(ctx.text, words.start_char, words.end_char)
    while start < end and ctx.text[start] in ", ":
        start += 1  # "recommend that, within three months, ...": the clause opens at its deadline
    item = ctx.builder.add("recommendation", start, end, "item-recommended", scope.subject or ctx.own_body,
                           historic=flags_for(doc, sentence.start_char, sentence.end_char).historic)
    return [(start, end)] if item is not None else []


def _first_token(doc: Doc, char: int) -> int:
    """The token at a character offset: a block's start, where its first sentence is found.
    Found by bisection: a scan from the document's start made every block pay for the
    whole document before it (a third of extraction on long documents)."""
    return min(bisect_left(doc, char, key=lambda t: t.idx), len(doc) - 1)


def run_on_directives(ctx: Context, unit: Unit, taken: list[tuple[int, int]], scope: Scope) -> list[tuple[int, int]]:
    """"... set out three areas for improvement: The force should A. This is so B The force
    should C": a lead-in naming a kind, ended by a colon inside a run-on block (a report to
    a committee, its list flattened), and after it each "The force should" opens the next
    item, running to the next one (a paragraph number, "2.4", ends the last)."""
    found: list[tuple[int, int]] = []
    for kind in ctx.types_in(unit.start, unit.end):
        colon = ctx.text.find(":", kind.end_char, unit.end)
        if colon < 0 or len(ctx.text[kind.end_char : colon].split()) > THEME_GAP:
            continue
        openers = [m.start() for m in RUN_ON_OPENER_RE.finditer(ctx.text, colon, unit.end)]
        if len(openers) < 2 or ctx.text[colon + 1 : openers[0]].strip():
            break  # the list starts right after the colon and runs on: two openers at least
        closing = PARAGRAPH_NUMBER_RE.search(ctx.text, openers[-1], unit.end)
        for start, end in zip(openers, [*openers[1:], closing.start() if closing else unit.end]):
            if any(s <= start < e for s, e in taken):
                continue
            start, end = trim_piece(ctx.text, start, end)
            if ctx.builder.add(kind.label_, start, end, "item-run-on", ctx.subject(start, end, scope)) is not None:
                found.append((start, end))
        break
    return found


# -- structure helpers -----------------------------------------------------------------


def _names_section(ctx: Context, unit: Unit, span: Span) -> bool:
    """A type word names a section when the heading is about it ("Areas for
    improvement", "Our recommendations for the service", "Cause of concern 2") and not
    when it qualifies another noun ("Causes of concern revisit letter")."""
    before = ctx.text[unit.start : span.start_char]
    if ":" in before and not (before.rstrip().endswith(":") and len(before.split()) <= 3
                              and not ctx.text[span.end_char : unit.end].strip(" :–—-")):
        # "PEEL: Kent Police causes of concern", a report's title; "Effectiveness: areas for
        # improvement" heads the items of one area
        return False
    return TITLE_AFTER_TYPE_RE.match(ctx.text[span.end_char : unit.end]) is None


def _names_list_kind(ctx: Context, unit: Unit, kind: Span) -> bool:
    """"identified the following areas for improvement:", "made two recommendations as
    follows:": the kind is what the colon introduces, so the paragraphs after it are its
    items (not only list items); a kind earlier in the sentence ("considered the
    recommendations and advises that it:") is not."""
    between = ctx.text[kind.end_char : unit.end].strip(" :–—-\n")
    return LIST_KIND_TAIL_RE.fullmatch(between) is not None


def _is_cell(ctx: Context, unit: Unit, allow_body: bool = False) -> bool:
    """A short heading that is a cell of a flattened table or a sub-heading ("1",
    "Completed", "2019", "Reasons", "Cleveland Police"): it does not end the section."""
    words = unit.text.split()
    if len(words) <= 2:
        return True
    return allow_body and PLAIN_LABEL_RE.match(unit.text) is None and len(words) <= 6 and bool(subjects_in(ctx.doc, unit.start, unit.end))


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
    starts = sorted({s for s in starts if s > unit.start + 20})
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


def _next_concern(ctx: Context, unit: Unit) -> bool:
    """A paragraph of one sentence that states rather than directs, right before a block
    that leads in to recommendations ("... should:"): a concern in a run of concerns."""
    if unit.kind != "paragraph" or len(sentences_in(ctx.doc, unit.start, unit.end)) != 1 or _directs(ctx, unit):
        return False
    after = next(((s, e) for s, e, _ in ctx.doc._.blocks if s >= unit.end), None)
    if after is None or not COLON_END_RE.search(ctx.text[after[0] : after[1]]):
        return False
    return bool(_directives_to_others(ctx, *after))


def _directs(ctx: Context, unit: Unit) -> bool:
    """The unit's first sentence directs (an item states its directive first)."""
    first_end = _first_sentence_end(ctx.doc, unit.start, unit.end)
    return any(d.start_char < first_end for d in _directives_to_others(ctx, unit.start, unit.end))


def _prescribes(ctx: Context, unit: Unit) -> bool:
    """The unit's first sentence prescribes a step ("should review", "Within three months
    ... should"), not only that the body "needs to improve" (how a concern is put)."""
    first_end = _first_sentence_end(ctx.doc, unit.start, unit.end)
    return any(d.id_ not in WEAK_DIRECTIVES and d.start_char < first_end
               for d in _directives_to_others(ctx, unit.start, unit.end))


def _first_sentence_end(doc: Doc, start: int, end: int) -> int:
    """Where a block's first sentence ends: an item's directive comes first ("The force
    should ..."); a finding explains before it prescribes."""
    sentences = sentences_in(doc, start, end)
    return sentences[0].end_char if sentences else end


def cells_of(text: str) -> list[str]:
    """A table row's cells: one a line, or separated by pipes in a flattened table."""
    return [cell for cell in PIPE_OR_LINE_RE.split(text) if cell.strip()]


def is_header_row(text: str) -> bool:
    """A table's header row: short labels in every cell ("Recommendation", "Response")."""
    cells = cells_of(text)
    return bool(cells) and all(len(cell.split()) <= 4 and not cell.rstrip().endswith(".") for cell in cells)


def is_anaphor(span: Span) -> bool:
    return span.id_ == "anaphor"
