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
  findings), a named body with a directive, a block that is one quoted finding, and
  mentions of an item by kind ("a 'cause of concern' issued on ... in 2017").

An item stated twice (listed, then restated as a heading of the answer) is kept once;
the restatement is recorded in `Item.mentions`, which alignment reads.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from crosswalk.extraction.context import flags_for
from crosswalk.extraction.numbered import numbered_blocks, verdict_rows
from crosswalk.extraction.rulers import Ruler
from crosswalk.extraction.sentences import sentence_of, sentences_in, split_sentences
from crosswalk.extraction.subjects import MODIFYING_PREPOSITIONS, bodies_in, subjects_in
from crosswalk.model import ITEM_TYPES, Item
from crosswalk.resources import pattern_file
from crosswalk.extraction.extensions import spans_within, text_of
from crosswalk.item_labels import LABEL_NUMBER, TYPE_NAMES, TYPE_PREFIX, label_types, names_pattern, prefix_pattern

WORDS_FILE = "item_words.json"


@dataclass(frozen=True)
class ItemWords:
    """The word lists of `patterns/item_words.json` (what each is for is said there)."""

    ascribing_verbs: frozenset[str]
    as_verbs: frozenset[str]
    occasion_words: frozenset[str]
    clause_joiners: frozenset[str]
    expletives: frozenset[str]
    reporting_verbs: frozenset[str]
    quantifiers: frozenset[str]


@lru_cache(maxsize=1)
def item_words() -> ItemWords:
    data = json.loads(pattern_file(WORDS_FILE).read_text(encoding="utf-8"))
    keys = {f.name for f in fields(ItemWords)}
    if set(data) - {"_comment"} != keys:
        raise ValueError(f"{WORDS_FILE}: keys must be {sorted(keys)}, found {sorted(data)}")
    words = ItemWords(**{key: frozenset(w.lower() for w in data[key]) for key in keys})
    if not words.as_verbs <= words.ascribing_verbs:  # the 'as' verbs are ascribing verbs that need their 'as'
        raise ValueError(f"{WORDS_FILE}: as_verbs must be ascribing_verbs, not {sorted(words.as_verbs - words.ascribing_verbs)}")
    return words


LABEL_TYPES = label_types()
# "R4. Provide ...", "Area of improvement 2: ...": a label opening an item, by its short form or a name.
TYPED_LABEL_RE = re.compile(
    r"^\s*(?P<prefix>" + prefix_pattern(*TYPE_PREFIX) + "|" + names_pattern(*TYPE_NAMES) + ")"
    r"\s?(?P<num>" + LABEL_NUMBER + r")\s*[.:)–—-]?\s+",
    re.I,
)
LABELLED_MIN_WORDS = 3  # words after an item's label: fewer is a status or a title
LIST_NUMBER_RE = re.compile(r"^\s*(?:\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}\))\s+")
PLAIN_LABEL_RE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|\(?[a-z]\)|\(?[ivx]{1,4}\))\s+")
INLINE_TYPE_RE = re.compile(r"^[^:]{0,60}?(?:\([A-Za-z’']{2,6}\))?\s*[:–-]\s+(?=\S)")
QUOTES = "'\"‘’“”"
TRAILING_CONNECTOR_RE = re.compile(r"(?:\s*[;,]\s*(?:and|or)?|\s+(?:and|or))\s*$", re.I)
LABEL_HEADING_RE = re.compile(
    r"^\s*(?:" + names_pattern(*TYPE_NAMES) + "|" + prefix_pattern("area_for_improvement") + ")"
    r"\s*(?P<num>" + LABEL_NUMBER + r")\s*[.:]?\s*$",
    re.I,
)
COLON_END_RE = re.compile(r"[:]\s*[–—-]?\s*$")
PUNCTUATION_RE = re.compile(r"[^\w\s]")
HEADING_WORDS_MAX = 12
# "Cause for concern:" is a label, and the paragraph under it is the item; a sentence that
# names a kind and ends in a colon ("... considered the recommendations and advises that
# it:") leads in to list items only.
LABEL_WORDS_MAX = 6
LABEL_RULES = {"item-labelled", "item-inline-label"}
# Reports state their items formally, under headings; a "should" in their running text
# explains a finding. Responses and news stories restate items in running text.
REPORT_TYPES = {"inspection_report", "peel_page"}
SECTIONS_KEY, DIRECTIVES_KEY, MENTIONS_KEY = "crosswalk_sections", "crosswalk_directives", "crosswalk_item_mentions"
THEMES_KEY = "crosswalk_item_themes"
OPEN_TYPES = ("area_for_improvement", "recommendation")  # stated one a paragraph, several in a row
PIPE_OR_LINE_RE = re.compile(r"\n| \| ")
FRAME_RULE = "reporting-recommends"  # "HMIC recommends that": opens one item of a flattened table
# "needs to improve" ("must improve", "must make urgent improvements") said of one force in news and letters summarises its grade; it is an
# item only when it restates a cause of concern or is addressed to a region's forces.
WEAK_DIRECTIVES = {"directive-needs-to", "directive-must-improve", "directive-must-make-improvements"}
DETERMINERS = {"the", "these", "those", "this", "a", "an", "its", "their", "both", "two", "three", "four", "five", "six",
               "seven", "eight", "nine", "ten", "several", "some", "further"}
REFERENCE_NUMBER_RE = re.compile(r"^(?:no\.?|nos\.?|number|\d)")
AGENTLESS_RE = re.compile(r"^(?P<subject>[A-Z][^.;:!?]{3,90}?)\s(?:should|must|to)\s+be\s+(?:[a-z]+ly\s+)?"
                          r"(?:[a-z]+ed|[a-z]+en|made|put|set|held|kept|done|shown|built|sent|paid|taught)\b")
AUXILIARIES = {"have", "has", "had", "is", "are", "was", "were", "will", "would", "can", "could", "should", "must",
               "may", "been", "shall"}
VERB_INTRODUCERS = {"theme-include", "theme-relating-to", "theme-focused-on", "theme-highlighted-that"}
ENTRY_SUBJECT_WORDS = 8  # words naming who a list entry directs ("The Home Office and the NPCC")
EXAMPLES_INTRODUCER = "theme-such-as"
CLAUSE_SUBJECT_WORDS = 3  # words of a subject between ", and" and its verb ("the inspection report found")
THEME_GAP = 12  # tokens between a kind ("causes of concern") and its introducer ("focused on")
# "X is a serious cause of concern", "X was seen as notable practice": the kinds a subject
# is said to be, the verbs that say it, and the words that cannot qualify the kind.
ASCRIBED_KINDS = {"cause_of_concern", "area_for_improvement", "innovative_practice"}
COPULAS = {"is", "was", "remains", "remained", "were", "are"}
PARTICIPLES = {"given", "made", "seen", "shown", "taken", "known", "been", "being", "set", "put", "found"}
NOT_QUALIFIERS = {"a", "an", "as", "of", "in", "for", "to", "on", "at", "by", "with", "from", "and", "or", "not", "no"}
FIRST_PERSON = {"we", "i"}
WRITERS_STEP_RE = re.compile(r"(?:We|I)\s+(?:will|have|had|did|can|now|also|continue|plan|intend|aim)\b")
WH_INTRODUCERS = {"theme-in-how"}  # the themes are clauses that keep their wh-word
WH_WORDS = {"how", "whether", "what", "why"}
SUBORDINATORS = {"that", "whether", "how", "why", "where", "when", "which", "who", "if"}
POSSESSED_GAP = 2  # tokens between a possessed kind and its introducer
ADJACENT_INTRODUCERS = {"theme-that", "theme-colon", "theme-dash"}  # introduce themes only right after the kind
RELATIVE_SUBJECTS = {"i", "we", "you", "hmicfrs", "hmic", "inspectors", "the", "this", "which"}
PLURAL_KIND_WORDS = {"causes", "recommendations", "areas", "afis", "afi's", "afi’s", "practices", "concerns",
                     "improvements", "actions"}
KIND_QUALIFIERS = {"new", "further", "separate", "prior", "previous", "earlier", "accelerated", "remaining",
                   "original", "formal", "single", "second", "first", "national", "specific", "key", "main"}
RUN_ON_OPENER_RE = re.compile(r"\bThe (?:force|service|constabulary|Service|Force) (?:should|must)\b")
PARAGRAPH_NUMBER_RE = re.compile(r"\s\d{1,2}\.\d{1,2}\s")
CARRIED_THEMES_RE = re.compile(r"^\s*(?:They|These|Those)\s+(?:include|includes|included|including|are|were|"
                               r"identified|highlighted|noted|listed|named|cited)\s*:?\s+"
                               r"(?!(?:that|as|by|in|to|not|all|now|being|been|\w+ly|\w+ed)\b)")  # "They are now met": no themes
# A lead-in that points back and names ("These were:", "They related to the service's:"):
# the kind of its list is named in the sentence before it ("These were all met:" reports).
# A short opener may come first ("In brief, these were:").
BACK_REFERENCE_RE = re.compile(
    r"^\s*(?:[A-Z][\w’']*(?:\s+[\w’']+){0,2},\s+(?=[Tt]h))?(?:[Tt]hey|[Tt]hese|[Tt]hose|[Tt]he following)(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))?\s+"
    r"(?:are|were|include|includes|included|relate|relates|related|concern|concerned|cover|covered|focus|focused|"
    r"focussed)\b(?!\s+(?:all|now|being|been|not|fully|mostly|largely|addressed|completed|met|closed|discharged)\b)")
RECOMMEND_VERBS = {"recommend", "recommends", "recommended"}
INSPECTORATE_WORDS = {"hmic", "hmicfrs", "inspectors", "inspectorate", "hmi", "report", "inspection", "review"}
VAGUE_OBJECTS = {"a number of", "a series of", "a range of", "the following", "a list of", "the following:"}
SEMICOLON_END_RE = re.compile(r";\s*(?:and|or)?\s*$", re.I)
THEME_STOPWORDS = {"the", "a", "an", "of", "its", "their", "s", "service", "force", "and", "in", "to"}
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
POSSESSIVES = {"'s", "’s", "our", "his", "her", "my"}
OPENING_QUOTES = "'\"‘“"
CLOSING_QUOTES = "'\"’”"
CLAUSE_OPENERS = {"i", "we", "he", "she", "it", "they", "which", "who", "were", "was", "is", "are", "has", "have",
                  "would", "will", "but", "although", "while", "whilst", "as", "so"}
ORDINAL_RE = re.compile(r"(?:,?\s*(?:and\s+)?)(?:the\s+)?\b(?:first|second|third|fourth|fifth|finally|lastly)(?:ly)?\b"
                        r"(?:\s+(?:around|about|on|in|with|regarding|concerning|that))?\s*", re.I)
ANOTHER_RE = re.compile(r"\s*,?\s+(?:and|while|whilst)\s+(?:another|the other|a second|the second|a third|the third)"
                        r"(?:\s+(?:one|area))?(?:\s+(?:was|is|being))?\s+")
LIST_AND_RE = re.compile(r" and (?=(?:the|a|an|its|their|how|what|whether|why|where|when|who|\w+ing)\b)")
# Themes named as capitalised headings ("Prevention and Protection") join at any "and".
TITLE_CASE_LIST_RE = re.compile(r"^[A-Z][\w&]*(?:[\s_]+(?:(?:and|_nd)\s+)?[A-Z(][\w&)]*)*\.?$")
TITLE_AND_RE = re.compile(r" and (?=[A-Z])")
ACRONYM_RE = re.compile(r"\((?P<letters>[A-Z](?:[A-Z&/]){1,6})\)")
LEADING_CONNECTOR_RE = re.compile(r"^\s*(?:(?:and|or|that)\s+)?", re.I)
# A word after the type that is not a preposition, a number or a connector: the type
# qualifies another noun ("Causes of concern revisit letter"), so the heading is a title.
TITLE_AFTER_TYPE_RE = re.compile(r"^\s*(?:['’]s\b)?\s*(?!(?:for|to|of|in|from|and|or|at|by|on|with|identified|highlighted|made|raised|issued|noted|set|summary)\b)[A-Za-z]")


@dataclass
class _Builder:
    """Collects items, merging restatements into the item they restate."""

    doc: Doc
    threshold: float
    items: list[Item] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)

    def add(
        self,
        type_: str,
        start: int,
        end: int,
        rule: str,
        subject: str | None,
        *,
        number: str | None = None,
        parent: str | None = None,
        historic: bool = False,
        min_words: int = 2,
    ) -> str | None:
        start, end = clean_bounds(text_of(self.doc), start, end)
        text = text_of(self.doc)[start:end]
        if len(text.split()) < min_words:
            return None
        existing = self.find(type_, text, parent)
        if existing is not None and rule == "item-lead-in" and self.items[existing].rule == rule:
            existing = None  # "By 31 August, the service should:" under each concern: one item each
        if existing is not None:
            item = self.items[existing]
            self.items[existing] = replace(
                item, number=item.number or number, mentions=(*item.mentions, (start, end))
            )
            return item.item_id
        if rule in LABEL_RULES and self.labelled_already(type_, number):
            # "Area for improvement 1: <answer>" after AFI 1 was stated: the label refers
            # to the item and the text answers it (alignment reads it as a reference).
            return None
        item_id = self.new_id(type_, parent)
        flags = flags_for(self.doc, start, end)
        self.items.append(
            Item(
                item_id=item_id,
                type=type_,
                subject=subject,
                text=text,
                start=start,
                end=end,
                rule=rule,
                number=number,
                parent_id=parent,
                historic=historic or flags.historic,
                negated=flags.negated,
                hypothetical=flags.hypothetical,
            )
        )
        return item_id

    def restates(self, type_: str, start: int, end: int) -> bool:
        """A theme that names an item stated before ("the cause of concern about the
        mobilisation system" after the concern itself): every word of the theme is in the
        item; the theme is recorded as a mention of it."""
        words = set(fold(text_of(self.doc)[start:end]).split()) - THEME_STOPWORDS
        if len(words) < 2:
            return False
        for index, item in enumerate(self.items):
            if item.type == type_ and words <= set(fold(item.text).split()):
                self.items[index] = replace(item, mentions=(*item.mentions, (start, end)))
                return True
        return False

    def labelled_already(self, type_: str, number: str | None) -> bool:
        """An item with this label exists: by number, or the document's only one of the type."""
        if number is not None:
            return any(item.number == number for item in self.items)
        return sum(1 for item in self.items if item.type == type_ and not item.historic) == 1

    def find(self, type_: str, text: str, parent: str | None) -> int | None:
        folded = fold(text)
        for index, item in enumerate(self.items):
            if item.type != type_ and parent is None:
                continue
            if fuzz.ratio(folded, fold(item.text)) >= self.threshold or rewords_ending(text, item.text):
                return index
        return None

    def new_id(self, type_: str, parent: str | None) -> str:
        key = parent or TYPE_PREFIX[type_]
        self.counters[key] = self.counters.get(key, 0) + 1
        return f"{parent}.{self.counters[key]}" if parent else f"{key}{self.counters[key]}"

    def join_entry(self, first: int) -> None:
        """A register entry states one recommendation, however many "should" sentences it
        runs to ("All forces should A. All forces should report B."): the statements read
        from one entry (items from `first` on) become one item."""
        added = self.items[first:]
        if len(added) < 2 or any(i.rule != "item-statement" or i.subject != added[0].subject for i in added):
            return
        text = text_of(self.doc)
        self.items[first:] = [replace(added[0], end=added[-1].end, text=text[added[0].start : added[-1].end])]
        key = TYPE_PREFIX[added[0].type]
        self.counters[key] -= len(added) - 1

    def every_sentence(self, first: int, sentences: list[Span]) -> bool:
        """Each sentence of the block gave one of the items from `first` on: the block is
        nothing but the statements (a bare entry, not a comment that quotes them)."""
        return len(self.items) - first == len(sentences)

    def subject_of(self, item_id: str | None) -> str | None:
        return next((i.subject for i in self.items if i.item_id == item_id), None)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case, punctuation as spaces, single spaces; kept per text, as each new item
    is compared with every item found before it."""
    return " ".join(PUNCTUATION_RE.sub(" ", text.lower()).split())


@lru_cache(maxsize=8192)
def _first_sentence_folded(text: str) -> str:
    text = text.strip()
    sentences = split_sentences(text)
    return fold(text[: sentences[0][1]] if sentences else text)


def rewords_ending(a: str, b: str) -> bool:
    """A restatement that rewords the end of the original ("... force improvement. This
    should include ..."): the first sentence of one stands whole inside the other."""
    first = _first_sentence_folded(a)
    if len(first) < 40:
        return False
    other = fold(b)
    # partial_ratio finds the shorter string in the longer: the other must hold the first sentence.
    return (len(other) >= len(first) and len(first) >= 0.6 * min(len(other), len(fold(a)))
            and fuzz.partial_ratio(first, other, score_cutoff=97) >= 97)


def clean_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim labels, bullets, wrapping quotes and list connectors (`; and`) from an item."""
    chunk = text[start:end]
    for pattern in (TYPED_LABEL_RE, PLAIN_LABEL_RE):
        match = pattern.match(chunk)
        if match:
            start += match.end()
            chunk = chunk[match.end() :]
    while True:
        stripped = chunk.strip()
        lead = len(chunk) - len(chunk.lstrip())
        start, end = start + lead, start + lead + len(stripped)
        chunk = stripped
        if not chunk:
            return start, end
        connector = TRAILING_CONNECTOR_RE.search(chunk)
        if connector and connector.start() > 0:
            end -= len(chunk) - connector.start()
            chunk = chunk[: connector.start()]
            continue
        if chunk[:1] in QUOTES and (chunk[-1:] in QUOTES or chunk[-2:-1] in QUOTES):
            if chunk[-1:] == ".":
                chunk, end = chunk[:-1], end - 1
            if chunk[-1:] in QUOTES:
                chunk, start, end = chunk[1:-1], start + 1, end - 1
                continue
        return start, end


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


# -- the structure the rules read ------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """A structural unit of the document: a block (a table row's first cell)."""

    start: int
    end: int
    kind: str
    text: str
    last: bool  # the document's last block: openings of pages stop mid-word


@dataclass(frozen=True)
class Scope:
    """What a heading or lead-in carries to the units under it. Rules never change a
    scope; they return the scope that holds after their unit."""

    type: str | None = None
    subject: str | None = None
    historic: bool = False
    number: str | None = None  # "Recommendation 3" as a heading numbers the item below it
    open: bool = True  # paragraphs under the heading may still be items
    parent: str | None = None  # after a lead-in: the list items that follow are its parts
    parts_type: str | None = None
    last_item: str | None = None  # a lead-in's parts hang from the item before it
    labelled: bool = False  # items here carry labels; an unlabelled list item comments on one
    listing: tuple[str, str | None] | None = None  # kind and subject of a list of themes running on past ";"
    concerns: bool = False  # a run of causes of concern, each stated and then its recommendations' lead-in
    entries: bool = False  # a list whose entries are each a directive: its next numbered entry is an item, not a part


@dataclass
class Context:
    """The doc and what the rules share while reading it."""

    doc: Doc
    builder: "_Builder"
    concern_subjects: set[str]
    is_report: bool
    own_body: str | None
    previous: Unit | None = None  # the unit before the one being read
    previous_rule: str | None = None  # the rule that took it
    is_register: bool = False  # a recommendation register's entry (monitoring record)
    units: tuple["Unit", ...] = ()  # every unit of the document, in order

    @property
    def text(self) -> str:
        return text_of(self.doc)

    def types_in(self, start: int, end: int) -> list[Span]:
        return spans_within(self.doc, SECTIONS_KEY, start, end)

    def directives_in(self, start: int, end: int) -> list[Span]:
        return spans_within(self.doc, DIRECTIVES_KEY, start, end)

    def subject(self, start: int, end: int, scope: Scope) -> str | None:
        """The body named before the unit's directive, else the one in scope."""
        stop = next((d.start_char for d in self.directives_in(start, end) if d.label_ == "DIRECTIVE"), end)
        subjects = subjects_in(self.doc, start, stop)
        return subjects[0] if subjects else scope.subject or self.own_body


Rule = Callable[[Context, Unit, Scope], "Scope | None"]


# -- rules: each reads one unit and returns the scope after it, or None to pass ----------


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
    end = _directed_end(ctx, unit, body_start)
    subject = ctx.subject(body_start, end, scope)
    item = ctx.builder.add(first.label_, body_start, end, "item-inline-label", subject)
    return Scope(type=first.label_, subject=subject, last_item=item, open=first.label_ in OPEN_TYPES, labelled=True)


def lead_in(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """A block ending in a colon whose last sentence directs or names a type: the list
    items after it are parts (any other such block leads in to findings). A lead-in that
    directs is read by `_directing_lead_in`, one that only names a kind by `_typed_lead_in`."""
    if not COLON_END_RE.search(unit.text):
        return None
    sentences = sentences_in(ctx.doc, unit.start, unit.end)
    last_start = sentences[-1].start_char if sentences else unit.start
    directives = _directives_to_others(ctx, last_start, unit.end)
    if directives:
        return _directing_lead_in(ctx, unit, scope, len(sentences), last_start)
    types = ctx.types_in(last_start, unit.end) or _kinds_referred_to(ctx, unit, sentences)
    if not types:
        # "The force is graded good at tackling SOC: -", "It is good at:": the list it
        # leads in to is findings, not items, and it closes the section.
        return Scope(subject=scope.subject)
    if any(d.id_ == FRAME_RULE for d in ctx.directives_in(last_start, unit.end)):
        return _recommending_lead_in(ctx, unit, scope)
    return _typed_lead_in(ctx, unit, scope, types)


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
                 open=len(unit.text.split()) <= LABEL_WORDS_MAX or _names_list_kind(ctx, unit, types[-1]))


def _directing_lead_in(ctx: Context, unit: Unit, scope: Scope, sentence_count: int, last_start: int) -> Scope:
    """"Within three months, the force should:": its list items are parts, typed by the kind
    the lead-in names, else by a deadline (AFIs and concerns carry none), else by the scope.
    A lead-in that says more than "The force should:" (more sentences, or a deadline for the
    whole list) is the item itself and its parts hang from it; a bare one hangs them from the
    item before it."""
    types = ctx.types_in(last_start, unit.end)
    named = types[-1].label_ if types else None
    timed = any(d.label_ == "TIMED" for d in ctx.directives_in(last_start, unit.end))
    if scope.type is None and not named and not timed and _lists_findings(ctx, unit):
        return Scope(subject=scope.subject)
    subject = ctx.subject(last_start, unit.end, scope)
    type_ = named or ("recommendation" if timed else None) or scope.type or "area_for_improvement"
    parts_type = named or ("recommendation" if type_ == "cause_of_concern" else type_)
    parent = scope.last_item if scope.type and not named else None
    if (sentence_count > 1 and scope.type) or timed:
        parent = ctx.builder.add(parts_type, unit.start, unit.end, "item-lead-in", subject,
                                 historic=scope.historic) or parent
    return Scope(type=type_, subject=subject, historic=scope.historic, parent=parent, parts_type=parts_type,
                 last_item=scope.last_item, open=False, concerns=scope.concerns or scope.type == "cause_of_concern")


def _lists_findings(ctx: Context, unit: Unit) -> bool:
    """An untyped, undated lead-in whose list is findings, not items: "5. Those responsible
    should agree what matters:" inside a numbered list whose entries before it were read as
    no items (a list of principles), or "However, the force needs to:" in a report's summary
    (the inspector's findings in brief; the report states its items under their headings)."""
    return (LIST_NUMBER_RE.match(unit.text) is not None and _in_plain_numbered_list(ctx)) or ctx.is_report


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
        return _plural_kinds(ctx, sentences[-2])
    previous = ctx.previous
    if previous is None or previous.kind != "paragraph":
        return []
    before = sentences_in(ctx.doc, previous.start, previous.end)
    return _plural_kinds(ctx, before[-1]) if before else []


def _plural_kinds(ctx: Context, sentence: Span) -> list[Span]:
    """The kinds a sentence names as a set of items ("the two causes of concern", "six
    areas that required improvement"), when it names one kind only."""
    kinds = [k for k in (*ctx.types_in(sentence.start_char, sentence.end_char),
                         *(s for s in spans_within(ctx.doc, THEMES_KEY, sentence.start_char, sentence.end_char)
                           if s.label_ != "THEME"))
             if not _is_singular(k)]
    return kinds if len({k.label_ for k in kinds}) == 1 else []


def _in_plain_numbered_list(ctx: Context) -> bool:
    """The block before is a numbered entry that running text read (no item of its own)."""
    previous = ctx.previous
    return previous is not None and ctx.previous_rule == "running_text" and LIST_NUMBER_RE.match(previous.text) is not None \
        and not any(previous.start <= item.start < previous.end for item in ctx.builder.items)


def heading(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """A heading opens a typed section ("Areas for improvement", "Cause of concern 2",
    "Entered Engage"), names the body the items below are for ("Cleveland Police"),
    is a cell of a flattened table ("1", "Completed"), or closes the section."""
    if unit.kind != "heading" or _truncated_item(ctx, unit, scope) or CARRIED_THEMES_RE.match(unit.text):
        return None  # "They included A" (a page's opening cut mid-sentence) is no heading
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
    if carried and not (ctx.previous_rule in LEAD_IN_RULES and unit.text[:1].islower()):
        return None
    if WRITERS_STEP_RE.match(ctx.text, clean_bounds(ctx.text, unit.start, unit.end)[0]):
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
    for start, end in _semicolon_parts(ctx.text, unit) if carried else [(unit.start, unit.end)]:
        item = ctx.builder.add(type_, start, end, "item-list", ctx.subject(start, end, scope),
                               number=scope.number, historic=scope.historic)
    return replace(scope, last_item=item, open=False, number=None)


def _semicolon_parts(text: str, unit: Unit) -> list[tuple[int, int]]:
    """The parts of a carried-on line of a lead-in's list, split at its semicolons."""
    parts, offset = [], unit.start
    for segment in text[unit.start : unit.end].split(";"):
        start, end = _trim_piece(text, offset, offset + len(segment))
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


def _entry_type(ctx: Context, unit: Unit) -> str:
    """A list of directives is the document's recommendations, unless the document calls
    its items areas for improvement (and never recommendations); a deadline always makes
    a recommendation."""
    if any(d.label_ == "TIMED" for d in ctx.directives_in(unit.start, unit.end)):
        return "recommendation"
    named = {s.label_ for s in ctx.types_in(0, len(ctx.text))}
    return "area_for_improvement" if "area_for_improvement" in named and "recommendation" not in named else "recommendation"


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
    type_ = "recommendation" if after_concern else scope.type
    item = None
    for start, end in _framed_pieces(ctx, unit):
        item = ctx.builder.add(type_, start, end, "item-section-paragraph", ctx.subject(start, end, scope),
                               number=scope.number, historic=scope.historic)
    return replace(scope, last_item=item or scope.last_item, number=None, parent=None,
                   open=(is_directive and scope.type in OPEN_TYPES) or scope.type == "cause_of_concern")


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
        start, end = _trim_piece(ctx.text, offset, offset + len(segment))
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
    if scope.type is None and not ctx.is_report:
        themed += recommended_objects(ctx, unit, themed, scope)
        themed += run_on_directives(ctx, unit, themed, scope)
        statements(ctx, unit, ctx.previous, themed)
        mentions(ctx, unit.start, unit.end, themed)
    return replace(scope, open=False, parent=None, listing=running_on)


RULES: tuple[Rule, ...] = (listed_theme, table_header, labelled_item, inline_label, directive_entry, lead_in, heading,
                           list_part, section_paragraph, running_text)
LEAD_IN_RULES = {"lead_in", "list_part", "directive_entry"}  # rules after which a lower-case line carries on a list


# -- the component -------------------------------------------------------------------


class ItemExtractor:
    """Reads the document's units in order; the first rule that takes a unit says what
    it is and which scope holds after it."""

    def __init__(self, nlp: Language, sections: str, directives: str, mentions: str, themes: str,
                 merge_threshold: float) -> None:
        self.sections = Ruler(nlp, SECTIONS_KEY, sections, frozenset(ITEM_TYPES))
        self.directives = Ruler(nlp, DIRECTIVES_KEY, directives)
        self.mentions = Ruler(nlp, MENTIONS_KEY, mentions, frozenset(ITEM_TYPES))
        self.themes = Ruler(nlp, THEMES_KEY, themes, frozenset(ITEM_TYPES) | {"THEME"})
        self.threshold = merge_threshold

    def __call__(self, doc: Doc) -> Doc:
        section_spans = self.sections(doc)
        self.directives(doc)
        self.mentions(doc)
        self.themes(doc)
        ctx = Context(doc, _Builder(doc, self.threshold), _concern_subjects(doc, section_spans),
                      getattr(doc._.meta, "doc_type", None) in REPORT_TYPES, getattr(doc._.meta, "own_body", None),
                      is_register=getattr(doc._.meta, "doc_type", None) == "monitoring_record")
        owned = numbered_items(ctx)
        scope = Scope()
        ctx.units = tuple(units(doc))
        for unit in ctx.units:
            if any(start <= unit.start < end for start, end in owned):
                continue
            for rule in RULES:
                after = rule(ctx, unit, scope)
                if after is not None and after.listing is not None and rule not in (running_text, listed_theme):
                    after = replace(after, listing=None)  # a list of themes runs on through running text only
                if after is not None:
                    scope, ctx.previous, ctx.previous_rule = after, unit, rule.__name__
                    break
        doc._.items = tuple(_followed_up(ctx, ctx.builder.items))
        return doc


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
    return [replace(i, historic=False) if i.type in titled else i for i in items]


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


def units(doc: Doc) -> list[Unit]:
    text = text_of(doc)
    blocks = list(doc._.blocks)
    found = []
    for index, (start, end, kind) in enumerate(blocks):
        if kind != "table_row" and len(cells_of(text[start:end])) > 1:
            kind = "table_row"  # "Recommendation | Response | Status", flattened with pipes
        if kind == "table_row" and not is_header_row(text[start:end]):
            # The item is the first cell; the other cells answer it (alignment reads them).
            end = start + len(PIPE_OR_LINE_RE.split(text[start:end])[0].rstrip())
        found.append(Unit(start, end, kind, text[start:end], index == len(blocks) - 1))
    return found


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
        elif subjects and previous is not None and any(
                s.label_ == "innovative_practice" for s in ctx.types_in(previous.start, previous.end)):
            # A quoted finding after a mention of innovative practice is that practice.
            ctx.builder.add("innovative_practice", unit.start, unit.end, "item-quoted-practice", subjects[0])
        return
    sentences = sentences_in(doc, unit.start, unit.end)
    if (unit.kind == "list_item" or ctx.is_register) and sentences and _agentless_prescription(sentences[0].text):
        # A bullet (or a register's paragraph) that opens "Detainee care should be improved
        # ..." or "Guidance to be issued to forces ...": an action-register entry restating a
        # recommendation; the sentences after it report progress on it.
        ctx.builder.add("recommendation", sentences[0].start_char, sentences[0].end_char, "item-register-entry",
                        ctx.own_body)
        return
    before = len(ctx.builder.items)
    for sentence in sentences:
        _sentence_statement(ctx, sentence, directives, taken)
    if ctx.is_register or (unit.kind == "paragraph" and any(s.label_ == "all" for s in bodies_in(doc, unit.start, unit.end))
                           and ctx.builder.every_sentence(before, sentences)):
        ctx.builder.join_entry(before)


def _agentless_prescription(sentence: str) -> bool:
    """A noun phrase, then "should/must/to be" and a participle, with no verb before it."""
    match = AGENTLESS_RE.match(sentence.strip())
    return match is not None and not any(w.lower() in AUXILIARIES or w.lower() in CLAUSE_OPENERS
                                         for w in re.findall(r"[A-Za-z]+", match["subject"]))


def _sentence_statement(ctx: Context, sentence: Span, directives: list[Span], taken: list[tuple[int, int]]) -> None:
    doc = ctx.doc
    inside = [d for d in directives if sentence.start_char <= d.start_char < sentence.end_char
              and not any(s <= d.start_char < e for s, e in taken)]
    directive = next((d for d in inside if d.label_ in ("DIRECTIVE", "PASSIVE")), None)
    if directive is None:
        return
    frames = [d for d in inside if d.label_ == "REPORTING" and d.end_char <= directive.start_char]
    zone_start = frames[-1].end_char if frames else sentence.start_char
    spans = [s for s in bodies_in(doc, zone_start, directive.start_char) if s.label_ != "national"]
    subjects = subjects_in(doc, zone_start, directive.start_char)
    if not spans and frames and frames[-1].id_ == FRAME_RULE:
        # "inspectors recommended that refresher courses should be given to call handlers": a
        # recommendation restated without its addressee.
        ctx.builder.add("recommendation", frames[-1].end_char, sentence.end_char, "item-statement", ctx.own_body)
        return
    if directive.label_ == "DIRECTIVE" and not (subjects and spans) and _opens_timed(inside, sentence):
        # "Not later than 1 May 2016 any force that ... should publish ...": a national
        # recommendation, whose deadline opens it, restated in a register or a response.
        ctx.builder.add("recommendation", sentence.start_char, sentence.end_char, "item-statement",
                        subjects[0] if subjects else ctx.own_body)
        return
    if directive.label_ != "DIRECTIVE" or not subjects or not spans:
        return
    explicit = any(not is_anaphor(s) or s.label_ == "forces" for s in spans)
    if not (explicit or frames):
        return
    themed = any(sentence.start_char <= s < sentence.end_char for s, _ in taken)
    # A sentence that names its cause of concern as a theme directs something else.
    # A register lists recommendations, and a directive to all forces is one (areas for
    # improvement and causes of concern are each given to one force or service).
    national = ctx.is_register or any(s.label_ == "all" for s in spans)
    type_ = "recommendation" if national else _statement_type(inside, subjects[0], set() if themed else ctx.concern_subjects)
    if _weak(directive, spans, subjects[0], ctx):
        return
    start = min(s.start_char for s in spans)
    ctx.builder.add(type_, start, sentence.end_char, "item-statement", subjects[0])


def _opens_timed(directives: list[Span], sentence: Span) -> bool:
    """A deadline opens the sentence ("Within six months", "Not later than 31 March")."""
    return any(d.label_ == "TIMED" and d.start - sentence.start <= 1 for d in directives)


def _weak(directive: Span, bodies: list[Span], subject: str, ctx: Context) -> bool:
    """"Kent Police needs to improve how it treats victims": the summary of a
    force's grade, not one of its items. A region's forces that "need to" work together
    is one, and so is a force's restated cause of concern."""
    return (directive.id_ in WEAK_DIRECTIVES and subject not in ctx.concern_subjects
            and not any(s.label_ in ("region", "forces", "rocu") for s in bodies))


def _statement_type(directives: list[Span], subject: str, concern_subjects: set[str]) -> str:
    """A dated directive is a recommendation; one aimed at a body with a cause of
    concern restates that concern; any other is an area for improvement."""
    if any(s.label_ == "TIMED" for s in directives):
        return "recommendation"
    return "cause_of_concern" if subject in concern_subjects else "area_for_improvement"


def mentions(ctx: Context, start: int, end: int, taken: list[tuple[int, int]]) -> None:
    """"a 'cause of concern' issued on the force's custody in 2019"."""
    for span in spans_within(ctx.doc, MENTIONS_KEY, start, end):
        if any(s <= span.start_char < e for s, e in taken):
            continue
        if _names_occasion_only(ctx.doc, span.end):
            continue  # "a cause of concern raised at our 2019 visit": which one, not what
        sentence = sentence_of(ctx.doc, span.start)
        # "the recommendation to merge the control rooms is welcome": the verb after it ends it.
        verb = next((t for t in ctx.doc[span.end : sentence.end] if t.lower_ in AUXILIARIES), None)
        end = ctx.doc[verb.i - 1].idx + len(ctx.doc[verb.i - 1].text) if verb is not None else sentence.end_char
        bodies = [s.kb_id_ for s in bodies_in(ctx.doc, span.start_char, end) if s.label_ != "national"]
        ctx.builder.add(span.label_, span.start_char, end, span.id_, bodies[0] if bodies else None)


def _names_occasion_only(doc: Doc, after: int) -> bool:
    """A mention whose words after "issued", "identified" say when or where the item was
    given ("during the spring visit", "in 2019", "at our last inspection", "on 3 May")
    refers to an item by its occasion: it states no theme, so it is no item of its own."""
    if after >= len(doc):
        return True
    first = doc[after]
    return first.lower_ in item_words().occasion_words or (first.lower_ == "on" and after + 1 < len(doc) and doc[after + 1].like_num)


def themes(ctx: Context, start: int, end: int, scope: Scope) -> tuple[list[tuple[int, int]], tuple[str, str | None] | None]:
    """Items named by their themes: a kind ("three causes of concern", "areas for
    improvement", "these concerns") followed closely by an introducer ("focused on",
    "were highlighted around", "in respect of", "include") and a list of themes; one item
    per theme, the theme as its text. Returns the spans of the themes, and the kind and
    subject of a list whose items run on into the next block (one ending in ";")."""
    spans = spans_within(ctx.doc, THEMES_KEY, start, end)
    kinds = sorted([*ctx.types_in(start, end), *(s for s in spans if s.label_ != "THEME")], key=lambda s: s.start)
    introducers = [s for s in spans if s.label_ == "THEME"]
    taken: list[tuple[int, int]] = []
    running_on: tuple[str, str | None] | None = None
    for sentence in sentences_in(ctx.doc, start, end):
        found = _sentence_themes(ctx, kinds, introducers, sentence, end)
        if found is None or not found[1]:
            continue
        kind, pieces, semicolons = found
        subject = _add_themes(ctx, kind, pieces, sentence, scope)
        taken.extend(pieces)
        if semicolons and SEMICOLON_END_RE.search(ctx.text[sentence.start_char : end]):
            running_on = (kind.label_, subject)
    return taken, running_on


def _add_themes(ctx: Context, kind: Span, pieces: list[tuple[int, int]], sentence: Span, scope: Scope) -> str | None:
    """One item per theme, for the body named before the kind (else anywhere in the
    sentence, else the one in scope); returns that body, which a list running on keeps."""
    doc = ctx.doc
    subjects = subjects_in(doc, sentence.start_char, kind.start_char) or subjects_in(doc, sentence.start_char, sentence.end_char)
    subject = subjects[0] if subjects else scope.subject or ctx.own_body
    for piece_start, piece_end in pieces:
        ctx.builder.add(kind.label_, piece_start, piece_end, "item-theme", subject, min_words=1,
                        historic=flags_for(doc, sentence.start_char, sentence.end_char).historic)
    return subject


def _sentence_themes(ctx: Context, kinds: list[Span], introducers: list[Span], sentence: Span,
                     end: int) -> tuple[Span, list[tuple[int, int]], bool] | None:
    """A sentence's kind and its themes: those its introducer lists, else the subject the
    kind is said of ("the backlog is a cause for concern"); and whether semicolons separate
    them (a list that may run on into the next block). None when it names none."""
    kind = _theme_kind(kinds, introducers, sentence)
    if kind is not None:
        return _introduced_themes(ctx, *kind, sentence, end)
    ascribed = _ascribed_theme(ctx, kinds, sentence)
    if ascribed is None:
        return None
    kind_span, theme_start, theme_end = ascribed
    return kind_span, [(theme_start, theme_end)], False


def _introduced_themes(ctx: Context, kind: Span, introducer: Span, sentence: Span,
                       end: int) -> tuple[Span, list[tuple[int, int]], bool] | None:
    """The themes an introducer lists after a kind: one for a singular kind, the segments
    of "A; B; and C", or the pieces of "A, B and C"."""
    doc = ctx.doc
    finish = _theme_end(doc, introducer, sentence)
    clause_ok = _takes_clause(ctx, introducer)
    if _is_singular(kind, introducer):
        # "a new cause of concern regarding the backlog, citing delays": one item, its
        # theme up to the clause that goes on about it.
        piece = _single_theme(ctx.text, doc, introducer, finish, end, clause_ok)
        return kind, [piece] if piece and not ctx.builder.restates(kind.label_, *piece) else [], False
    if not clause_ok and _is_clause(doc, introducer.end, finish):
        return None  # "the recommendations around custody have been met": a subject, not a list
    begin = _themes_begin(doc, introducer)
    if ctx.text[finish : finish + 1] != ";":
        return kind, theme_pieces(ctx.text, begin, finish, _count_of(kind)), False
    # "A; B; and C": the semicolons separate the themes (an "and" inside one does not).
    pieces = semicolon_pieces(doc, begin, sentence, end)
    if not SEMICOLON_END_RE.search(ctx.text[sentence.start_char : end]):
        pieces = _counted(ctx.text, pieces, _count_of(kind))  # closed here: all its pieces are in
    return kind, pieces, True


def _themes_begin(doc: Doc, introducer: Span) -> int:
    """Where the first theme starts: after the introducer, but at an ordinal before it
    ("firstly around A and secondly around B": the ordinals separate the themes) and at
    the wh-word of a wh-introducer ("in how the force ...": the theme keeps its "how")."""
    if introducer.id_ in WH_INTRODUCERS:
        return doc[introducer.end - 1].idx
    ordinal = introducer.start > 0 and ORDINAL_RE.fullmatch(doc[introducer.start - 1].text) is not None
    return doc[introducer.start - 1].idx if ordinal else introducer.end_char


def _takes_clause(ctx: Context, introducer: Span) -> bool:
    """Whether a theme may be a clause: "that" introduces a clause; after a colon or dash, a
    theme may be a quotation or a wh-clause ("...: how crime is recorded; ..."); other
    introducers take noun phrases."""
    doc = ctx.doc
    if introducer.text.lower().endswith("that") or introducer.id_ in WH_INTRODUCERS:
        return True
    return introducer.id_ in ("theme-colon", "theme-dash") and (
        ctx.text[introducer.end_char :].lstrip()[:1] in OPENING_QUOTES
        or (introducer.end < len(doc) and doc[introducer.end].lower_ in WH_WORDS))


def recommended_objects(ctx: Context, unit: Unit, taken: list[tuple[int, int]], scope: Scope) -> list[tuple[int, int]]:
    """"HMICFRS recommends the introduction of A", "inspectors rightly recommended the
    abolition of B and the review of C": the inspectorate's verb with a noun phrase for
    its object (not a "that" clause, which the directive rules read) restates a
    recommendation in a response's own words; one item per object, up to the first comma."""
    doc, found = ctx.doc, []
    for token in doc[sentence_of(doc, _first_token(doc, unit.start)).start :]:
        if token.idx >= unit.end:
            break
        if token.lower_ not in RECOMMEND_VERBS or token.i + 1 >= len(doc) or any(s <= token.idx < e for s, e in taken):
            continue
        before = [t.lower_ for t in doc[max(token.i - 3, 0) : token.i]]
        if not any(word in INSPECTORATE_WORDS for word in before):
            continue
        first = doc[token.i + 1]
        if first.lower_ not in ("the", "a", "an") or doc[first.i : first.i + 3].text.lower() in VAGUE_OBJECTS:
            continue
        sentence = sentence_of(doc, token.i)
        stop = next((t.idx for t in doc[first.i : sentence.end] if t.text in (",", ";", ":")), sentence.end_char)
        stop = min(stop, unit.end)
        offset = first.idx
        for part in re.split(r" and (?=(?:the|a|an)\b)", ctx.text[first.idx : stop]):
            # "the abolition of notices which are misused": the relative clause describes the object.
            relative = re.search(r"\s(?:which|who|that)\s", part)
            start, end = _trim_piece(ctx.text, offset, offset + (relative.start() if relative else len(part)))
            head = _first_token(doc, start)
            if not _is_clause(doc, head, end) and ctx.builder.add(
                    "recommendation", start, end, "item-recommended", scope.subject or ctx.own_body, min_words=3) is not None:
                found.append((start, end))  # not "recommended the force should ...", a directive clause
            offset += len(part) + len(" and ")
    return found


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
            start, end = _trim_piece(ctx.text, start, end)
            if ctx.builder.add(kind.label_, start, end, "item-run-on", ctx.subject(start, end, scope)) is not None:
                found.append((start, end))
        break
    return found


def carried_themes(ctx: Context, unit: Unit, taken: list[tuple[int, int]], scope: Scope) -> list[tuple[int, int]]:
    """"The report found six areas that required improvement." / "They included A, B and
    C.": a sentence that opens "They include" (or "They identified") lists the themes of the
    plural kind named by the sentence before it, in the block or ending the block before."""
    sentences = sentences_in(ctx.doc, unit.start, unit.end)
    found: list[tuple[int, int]] = []
    for index, sentence in enumerate(sentences):
        opener = CARRIED_THEMES_RE.match(ctx.text[sentence.start_char : sentence.end_char])
        if opener is None or any(sentence.start_char <= s < sentence.end_char for s, _ in taken):
            continue
        before = sentences[index - 1] if index else _last_sentence(ctx, ctx.previous)
        kinds = _plural_kinds(ctx, before) if before is not None else []
        if not kinds:
            continue
        finish = min(sentence.end_char, unit.end)
        for start, end in theme_pieces(ctx.text, sentence.start_char + opener.end(), finish):
            if ctx.builder.add(kinds[0].label_, start, end, "item-theme", scope.subject or ctx.own_body, min_words=1):
                found.append((start, end))
    return found


def _last_sentence(ctx: Context, unit: Unit | None) -> Span | None:
    sentences = sentences_in(ctx.doc, unit.start, unit.end) if unit is not None else []
    return sentences[-1] if sentences else None


def _first_token(doc: Doc, char: int) -> int:
    return next((t.i for t in doc if t.idx >= char), len(doc) - 1)


def semicolon_pieces(doc: Doc, begin: int, sentence: Span, block_end: int) -> list[tuple[int, int]]:
    """The themes of a list separated by semicolons, up to the sentence's end: a segment
    that is a clause ("; the service has accepted them") ends the list."""
    text = text_of(doc)
    finish = min(sentence.end_char, block_end)
    pieces: list[tuple[int, int]] = []
    offset = begin
    for number, segment in enumerate(text[begin:finish].split(";")):
        piece = _trim_piece(text, offset, offset + len(segment))
        first = next((t.i for t in doc[sentence.start : sentence.end] if t.idx >= piece[0]), sentence.end)
        if number and _is_clause(doc, first, piece[1]):
            break
        if piece[1] > piece[0]:
            pieces.append(piece)
        offset += len(segment) + 1
    return pieces


def _counted(text: str, pieces: list[tuple[int, int]], count: int | None) -> list[tuple[int, int]]:
    """"three areas: A; B and the C": a counted list one piece short joins its last two
    at an "and" that opens an item; cut there."""
    if count is None or len(pieces) != count - 1 or not pieces:
        return pieces
    start, end = pieces[-1]
    joint = LIST_AND_RE.search(text, start, end)
    if joint is None:
        return pieces
    return [*pieces[:-1], _trim_piece(text, start, joint.start()), _trim_piece(text, joint.start() + 1, end)]


def _theme_kind(kinds: list[Span], introducers: list[Span], sentence: Span) -> tuple[Span, Span] | None:
    """The kind and the introducer after it, a few words apart, in one sentence ("that"
    and a colon only right after the kind: "our cause of concern that ...", "two causes of
    concern: ...")."""
    doc = sentence.doc
    for introducer in introducers:
        if not sentence.start <= introducer.start < sentence.end:
            continue
        if introducer.start > 0 and introducer.doc[introducer.start - 1].lower_ == "and" \
                and introducer.id_ in VERB_INTRODUCERS:
            continue  # "will be met and included in our plan": a second verb, not a list
        if introducer.id_ == "theme-that" and introducer.end < len(doc) and (
                doc[introducer.end].lower_ in AUXILIARIES or doc[introducer.end].lower_ in RELATIVE_SUBJECTS):
            continue  # "the recommendations that were made", "the cause of concern that we raised"
        gap = 1 if introducer.id_ in ADJACENT_INTRODUCERS and not _quotes_after(introducer) else THEME_GAP
        before = [k for k in kinds if sentence.start <= k.start and k.end <= introducer.start
                  and introducer.start - k.end <= gap
                  and (gap == THEME_GAP or all(t.is_quote for t in doc[k.end : introducer.start]))
                  and not _clause_between(doc, k.end, introducer.start)]
        if introducer.id_ == EXAMPLES_INTRODUCER:
            before = [k for k in before if _exemplified(k, introducer)]
        if introducer.id_ == "theme-that":
            # "our cause of concern that it lacked ...", not "It is a cause of concern that ...".
            before = [k for k in before if _is_singular(k, introducer) and not _after_copula(k)]
        if before:
            # One list a sentence: the first kind closely followed by an introducer.
            kind = before[-1]
            if _listed_after_comma(kind, introducer):
                return kind, introducer
            if _determined(kind, sentence, introducer.start - kind.end <= POSSESSED_GAP):
                return kind, introducer
            return None
    return None


def _exemplified(kind: Span, introducer: Span) -> bool:
    """"areas for improvement, such as A and B": "such as" gives the items of the kind named
    right before it, when the kind is named as such ("improvement is needed, such as" describes
    findings) and heads its phrase ("reasons for these concerns, such as" gives reasons)."""
    doc = kind.doc
    between = doc[kind.end : introducer.start]
    if kind.id_.startswith("kind-") or any(t.text != "," for t in between):
        return False
    index = kind.start - 1
    while index >= 0 and (doc[index].lower_ in DETERMINERS or doc[index].lower_ in KIND_QUALIFIERS or doc[index].is_quote):
        index -= 1
    return index < 0 or doc[index].lower_ not in MODIFYING_PREPOSITIONS


def _clause_between(doc: Doc, start: int, end: int) -> bool:
    """A new clause opens between a kind and an introducer, which then belongs to it:
    "the recommendations, and after the visit we found that ...", "improvements are needed to
    make the unit work ..., including ...": a joined clause, or an infinitive with its object."""
    for token in doc[start:end]:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.text == ";" or (token.text == "," and following is not None and following.lower_ in item_words().clause_joiners):
            return True
        if token.lower_ == "to" and following is not None and following.i + 1 < len(doc) and following.is_lower \
                and following.lower_ not in DETERMINERS and doc[following.i + 1].lower_ in DETERMINERS | POSSESSIVES:
            return True  # "to ensure the ...", not "to ministers, which"
    return False


def _quotes_after(introducer: Span) -> bool:
    """"the area for improvement set out in the pack – ‘The service should ...’": a dash,
    colon or "that" that opens a quotation introduces the item though words stand between
    it and the kind."""
    doc = introducer.doc
    return introducer.id_ in ADJACENT_INTRODUCERS and introducer.end < len(doc) and doc[introducer.end].is_quote \
        and doc[introducer.end].text in OPENING_QUOTES


def _listed_after_comma(kind: Span, introducer: Span) -> bool:
    """"identifies areas for improvement, including A, B and C": a plural kind, a comma,
    then "including" lists the kind's items even with no determiner before the kind (a
    described kind with no comma, "regional areas for improvement including ...", does not)."""
    doc = kind.doc
    return (introducer.id_ == "theme-include" and introducer.start == kind.end + 1 and doc[kind.end].text == ","
            and any(t.lower_ in PLURAL_KIND_WORDS for t in kind))


def _determined(kind: Span, sentence: Span, possessive_ok: bool = True) -> bool:
    """The kind is counted or definite ("three causes of concern", "these
    recommendations", "the areas for improvement", "Areas for improvement were ...",
    "AFI 5"), so the themes after it are its items; a described kind ("regional areas
    for improvement relating to ...", "actionable recommendations regarding ...")
    characterises items that are stated elsewhere."""
    doc = kind.doc
    if kind.id_.startswith("kind-") or kind.start == sentence.start:
        return True
    # "two “causes of concern”", "a new cause of concern", "a separate cause of concern":
    # quotes and a few qualifiers stand between the determiner and the kind.
    index = kind.start - 1
    while index > sentence.start and (doc[index].is_quote or doc[index].lower_ in KIND_QUALIFIERS):
        index -= 1
    before = doc[index]
    if _reported(before):
        return True
    if before.lower_ in POSSESSIVES:
        # "the inspectorate’s recommendations including A", "our cause of concern that B"; with
        # words between ("the review’s recommendations are set out below, including next
        # steps") the introducer may belong to the clause.
        return possessive_ok
    if before.lower_ == "in" and kind.start - 1 == sentence.start:
        return True
    after = kind.end
    if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
        after += 3  # "Action for Further Improvement (AFI) 7"
    elif after < len(doc) and doc[after].text == ")":
        after += 1  # the "AFI" of "(AFI) 7"
    if after < len(doc) and REFERENCE_NUMBER_RE.match(doc[after].lower_):
        return True  # "AFI No.5, relating to ...": a reference to one item
    return before.lower_ in DETERMINERS or before.like_num


def _reported(before: Token) -> bool:
    """The word before a kind makes it the object of a report: a reporting verb ("the report
    highlights promising practice in ..."), the verb and "for" ("praised for notable practice
    in ..."), or a quantity ("made a number of recommendations around ...")."""
    doc, words = before.doc, item_words()
    if before.lemma_.lower() in words.reporting_verbs or before.lower_ in words.reporting_verbs:
        return before.i == 0 or doc[before.i - 1].lower_ not in DETERMINERS  # "the report highlights", not "the list"
    return before.lower_ == "of" and before.i > 0 and doc[before.i - 1].lower_ in words.quantifiers


def _after_copula(kind: Span) -> bool:
    """"It is a cause of concern that ...": the kind is predicated of a clause, not named."""
    doc = kind.doc
    index = kind.start - 1
    while index >= 0 and (doc[index].is_quote or doc[index].lower_ in KIND_QUALIFIERS or doc[index].lower_ in DETERMINERS):
        index -= 1
    return index >= 0 and doc[index].lower_ in ("is", "was", "remains", "remained", "be", "being")


def _is_singular(kind: Span, introducer: Span | None = None) -> bool:
    """"a cause of concern", "the recommendation", "AFI 5": one item, not a list; "Causes
    for concern were found in two areas, ..." counts its themes, and "improvement was
    required in areas ..." describes them; "one of the areas for improvement" is one."""
    doc = kind.doc
    if kind.start >= 3 and doc[kind.start - 3].lower_ == "one" and doc[kind.start - 2].lower_ == "of" \
            and doc[kind.start - 1].lower_ in DETERMINERS | POSSESSIVES:
        return True
    if kind.id_.startswith("kind-") or kind.label_ == "innovative_practice" or any(t.lower_ in PLURAL_KIND_WORDS for t in kind):
        return False  # "practice" is a mass noun: "the notable practice in how A, and how B"
    end = introducer.start if introducer is not None and not _quotes_after(introducer) else kind.end
    return not any(t.like_num or t.lower_ in ("areas", "ways", "respects") for t in kind.doc[kind.end : end])


def _count_of(kind: Span) -> int | None:
    """"three causes of concern": how many themes the list names."""
    doc = kind.doc
    index = kind.start - 1
    while index >= 0 and (doc[index].is_quote or doc[index].lower_ in KIND_QUALIFIERS):
        index -= 1
    if index < 0:
        return None
    word = doc[index].lower_
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _single_theme(text: str, doc: Doc, introducer: Span, finish: int, unit_end: int,
                  clause_ok: bool) -> tuple[int, int] | None:
    """The one theme of a singular kind: a quotation after it whole (even of several
    sentences), else the words up to the first comma or semicolon, or, after a preposition,
    up to the verb of the sentence ("a cause of concern relating to training is not ...")."""
    begin = introducer.end_char
    while begin < finish and text[begin] == " ":
        begin += 1
    if begin < len(text) and text[begin] in OPENING_QUOTES:
        # A quotation left open runs to the block's end (a page's opening stops mid-quote).
        close = _closing_quote(text, begin, unit_end)
        return begin + 1, close if close is not None else len(text[:unit_end].rstrip())
    stop = finish
    for token in doc[introducer.end :]:
        if token.idx >= finish:
            break
        if token.text in (",", ";") or (not clause_ok and token.lower_ in AUXILIARIES):
            stop = token.idx
            break
    start, stop = _trim_piece(text, begin, stop)
    return (start, stop) if stop > start else None


def _closing_quote(text: str, start: int, end: int) -> int | None:
    """Where the quotation opened at `start` closes: a closing mark not inside a word
    (the ’ of "doesn’t" is an apostrophe)."""
    for index in range(start + 1, end):
        if text[index] in CLOSING_QUOTES and (index + 1 >= len(text) or not text[index + 1].isalpha()):
            return index
    return None


def _ascribed_theme(ctx: Context, kinds: list[Span], sentence: Span) -> tuple[Span, int, int] | None:
    """"... notes that the backlog in vetting is a cause for concern", "the report found that
    A, particularly B, is a serious cause of concern", "In particular, the service's work
    with A, B and C, was seen as notable practice": the theme is the subject the kind is
    said of (a clause after "that", or after the comma before it; a subject closed by a
    comma runs from the sentence's opening)."""
    doc = ctx.doc
    for kind in kinds:
        if not (sentence.start + 3 <= kind.start < sentence.end) or kind.label_ not in ASCRIBED_KINDS:
            continue
        verb = _ascribing_verb(doc, kind, sentence.start)
        if verb is None:
            continue
        closed = doc[verb - 1].text == ","
        last = verb - 2 if closed else verb - 1
        opener: int | None
        if closed:
            # The comma closes a subject that holds commas of its own: it runs from "that",
            # else from the sentence's opening (after an opening phrase: "In particular,").
            that = next((i for i in range(verb - 1, sentence.start - 1, -1) if doc[i].lower_ == "that"), None)
            opener = that if that is not None else _opening_phrase_end(doc, sentence)
        else:  # after "that", a comma, or a reporting verb ("Inspectors said A was a cause of concern")
            reported = {d.end - 1 for d in ctx.directives_in(sentence.start_char, doc[verb].idx) if d.label_ == "REPORTING"}
            opener = next((i for i in range(verb - 1, sentence.start - 1, -1)
                           if doc[i].lower_ in ("that", ",", ";") or i in reported), None)
        if opener is None or last - opener < 2 or doc[last].lower_ in item_words().expletives:
            continue  # "while there are areas for improvement": no theme is named
        return kind, doc[opener + 1].idx, doc[last].idx + len(doc[last].text)
    return None


def _ascribing_verb(doc: Doc, kind: Span, floor: int) -> int | None:
    """The copula that says the kind of its subject: "is a cause of concern", "remains a
    serious cause for concern", "was seen as notable practice"; its index, or None."""
    index = kind.start - 1
    qualifiers = 0
    while index > floor and (doc[index].is_quote or (
            qualifiers < 2 and _qualifies(doc[index]))):
        qualifiers += not doc[index].is_quote
        index -= 1
    if doc[index].lower_ in ("a", "an"):
        index -= 1
    while index > floor and doc[index].is_quote:
        index -= 1
    words = item_words()
    if doc[index].lower_ == "as" and doc[index - 1].lower_ in words.ascribing_verbs:
        index -= 2
    elif doc[index].lower_ in words.ascribing_verbs - words.as_verbs:
        index -= 1  # "was considered a cause of concern"
    if doc[index].lower_ in ("also", "still"):
        index -= 1
    return index if index > floor and doc[index].lower_ in COPULAS else None


def _qualifies(token: Token) -> bool:
    """An adjective before a kind ("serious", "key"): a lower-case word that is no function
    word and no participle ("were given causes of concern" says who received them)."""
    word = token.lower_
    return token.is_alpha and token.is_lower and word not in NOT_QUALIFIERS and word not in AUXILIARIES \
        and not word.endswith("ed") and word not in PARTICIPLES


def _opening_phrase_end(doc: Doc, sentence: Span) -> int:
    """The index before a sentence's subject: its first comma when an opening phrase of up
    to three words ends there ("In particular,", "However,"), else the token before it."""
    for index in range(sentence.start, min(sentence.start + 4, sentence.end)):
        if doc[index].text == ",":
            return index
    return sentence.start - 1


def _is_clause(doc: Doc, first_token: int, end_char: int) -> bool:
    """Themes are noun phrases; a finite verb among them makes them a clause's subject. A
    verb inside a clause a theme holds ("the need to make sure that searches are recorded")
    is that clause's."""
    for token in doc[first_token:]:
        if token.idx >= end_char or (token.lower_ in SUBORDINATORS and token.i > first_token):
            return False
        if token.lower_ in AUXILIARIES:
            return True
    return False


def _theme_end(doc: Doc, introducer: Span, sentence: Span) -> int:
    """Where a list of themes ends: the sentence's end, or a comma before a new clause
    ("..., were confident that", "..., I will be supporting")."""
    text = text_of(doc)
    end = sentence.end_char
    for token in doc[introducer.end : sentence.end]:
        if token.text == "," and token.i + 2 < sentence.end and doc[token.i + 1].lower_ in ("and", "but") \
                and (_opens_clause(doc[token.i + 2]) or _reports_next(doc, token.i + 2, sentence.end)):
            return token.idx  # "..., and I will be ensuring", "..., and the report makes": a new clause
        if token.text in (";",) or (token.text == "," and token.i + 1 < sentence.end and _opens_clause(doc[token.i + 1])):
            return token.idx
    return len(text[:end].rstrip())


def _opens_clause(token: Token) -> bool:
    """A word that opens a clause ("it", "we", "which"); "IT" in capitals is a theme."""
    return token.lower_ in CLAUSE_OPENERS and not (len(token.text) > 1 and token.is_upper)


def _reports_next(doc: Doc, start: int, stop: int) -> bool:
    """A short subject, an inflected reporting verb and its object ("the report makes a",
    "inspectors found that"): a clause of its own, not the next theme ("issues with ...")."""
    for token in doc[start + 1 : min(start + CLAUSE_SUBJECT_WORDS + 1, stop - 1)]:
        if token.text in (",", ";"):
            return False
        following = doc[token.i + 1]
        if token.lemma_.lower() in item_words().reporting_verbs and token.lower_ != token.lemma_.lower() \
                and not token.lower_.endswith("ing") and (following.lower_ in DETERMINERS | {"that"} or following.like_num):
            return True
    return False


def theme_pieces(text: str, start: int, end: int, count: int | None = None) -> list[tuple[int, int]]:
    """Split "A, B and C" (or "firstly around A and secondly around B") into pieces; a
    counted list ("two causes of concern: A and B") is cut at its "and" when nothing
    else separates the pieces."""
    while start < end and text[start] in " :":
        start += 1
    chunk = text[start:end]
    if not chunk.strip():
        return []
    marked = _marked_pieces(chunk)
    if marked is not None:
        return [_trim_piece(text, start + b, start + e) for b, e in marked]
    masked = _mask_atoms(chunk)
    pieces = _comma_pieces(masked)
    pieces = _split_last_piece(masked, pieces) if len(pieces) > 1 else _and_pieces(masked, count)
    found = [_trim_piece(text, start + s, start + e) for s, e in pieces]
    return [(s, e) for s, e in found if len(text[s:e].split()) >= 1 and e > s]


def _marked_pieces(chunk: str) -> list[tuple[int, int]] | None:
    """Pieces that words mark rather than commas: ordinals ("firstly around A and secondly
    around B") or "another" ("the use of drones and another the work with schools") open
    each theme. None when no such word separates them."""
    ordinals = list(ORDINAL_RE.finditer(chunk))
    if ordinals and ordinals[0].start() == 0:
        bounds = [m.end() for m in ordinals]
        ends = [m.start() for m in ordinals[1:]] + [len(chunk)]
    else:
        others = list(ANOTHER_RE.finditer(chunk))
        if not others:
            return None
        bounds = [0, *(m.end() for m in others)]
        ends = [*(m.start() for m in others), len(chunk)]
    return [(b, e) for b, e in zip(bounds, ends) if chunk[b:e].strip()]


def _comma_pieces(masked: str) -> list[tuple[int, int]]:
    """The pieces between the commas that are list separators (not those `_mask_atoms` hid)."""
    pieces: list[tuple[int, int]] = []
    previous = 0
    for cut in [*(m.start() for m in re.finditer(r",", masked)), len(masked)]:
        pieces.append((previous, cut))
        previous = cut + 1
    return pieces


def _split_last_piece(masked: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"A, B and C": the last comma's piece holds the last two themes, unless an Oxford
    comma ("A, B, and C") already cut them. "..., protecting people and preventing crime and
    disorder": a second item opens where an "and" is followed by what opens an item (a
    gerund, a determiner), else at the last "and" (or "or")."""
    last_start, last_end = pieces[-1]
    if re.match(r"\s*(?:and|or)\b", masked[last_start:last_end]) is not None:
        return pieces
    parallel = LIST_AND_RE.search(masked, last_start, last_end)
    joint = parallel.start() if parallel else masked.rfind(" and ", last_start, last_end)
    if joint < 0:
        joint = masked.rfind(" or ", last_start, last_end)
    if joint > last_start:
        return [*pieces[:-1], (last_start, joint), (joint + 1, last_end)]
    return pieces


def _and_pieces(masked: str, count: int | None) -> list[tuple[int, int]]:
    """A list with no commas: cut at each "and" that opens an item (at every "and" before a
    capital in a list of titles); a list counted as two is cut at its only "and"."""
    pieces: list[tuple[int, int]] = []
    previous = 0
    joints = LIST_AND_RE if not TITLE_CASE_LIST_RE.match(masked.strip()) else TITLE_AND_RE
    for match in joints.finditer(masked):
        pieces.append((previous, match.start()))
        previous = match.start() + 1
    pieces.append((previous, len(masked)))
    if len(pieces) == 1 and count == 2 and masked.count(" and ") == 1:
        joint = masked.index(" and ")
        pieces = [(0, joint), (joint + 1, len(masked))]
    return pieces


def _mask_atoms(chunk: str) -> str:
    """Commas and "and"s inside brackets, and inside a named expansion of an acronym
    ("Equality, Diversity and Inclusion (ED&I)"), are not list separators."""
    masked = list(chunk)
    depth = 0
    for i, char in enumerate(chunk):
        depth += char == "("
        depth -= char == ")" and depth > 0
        if depth and char == ",":
            masked[i] = "_"
    for match in ACRONYM_RE.finditer(chunk):
        letters = [c for c in match["letters"] if c.isalpha()]
        words = list(re.finditer(r"[A-Za-z]+", chunk[: match.start()]))
        capitals = [w for w in words if w.group()[0].isupper()]
        if len(capitals) < len(letters):
            continue
        expansion = capitals[-len(letters) :]
        if [w.group()[0] for w in expansion] != letters:
            continue
        for i in range(expansion[0].start(), match.start()):
            if masked[i] == ",":
                masked[i] = "_"
        segment = "".join(masked[expansion[0].start() : match.start()]).replace(" and ", " _nd ").replace(" or ", " _r ")
        masked[expansion[0].start() : match.start()] = list(segment)
    return "".join(masked)


def _trim_piece(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    lead = LEADING_CONNECTOR_RE.match(piece)
    if lead:
        start += lead.end()
    while end > start and text[end - 1] in " ,;":
        end -= 1
    return start, end


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
    return between.lower() in ("", "as follows", "below", "are", "were", "are as follows", "were as follows")


def _is_cell(ctx: Context, unit: Unit, allow_body: bool = False) -> bool:
    """A short heading that is a cell of a flattened table or a sub-heading ("1",
    "Completed", "2019", "Reasons", "Cleveland Police"): it does not end the section."""
    words = unit.text.split()
    if len(words) <= 2:
        return True
    return allow_body and PLAIN_LABEL_RE.match(unit.text) is None and len(words) <= 6 and bool(subjects_in(ctx.doc, unit.start, unit.end))


def _truncated_item(ctx: Context, unit: Unit, scope: Scope) -> bool:
    """The page's opening stops mid-sentence: its last block, under an item heading, is
    the start of an item even though it reads like a heading."""
    return unit.last and scope.type is not None and scope.open and scope.last_item is None \
        and len(unit.text.split()) >= 3 \
        and not ctx.types_in(unit.start, unit.end) and unit.text.rstrip()[-1:].isalpha()


def _framed_pieces(ctx: Context, unit: Unit) -> list[tuple[int, int]]:
    """A paragraph's items, one per "X recommends that" frame when it runs several
    together; the words between one item's clause end and the next frame are table
    cells ("; and West Mercia Police 2 Completed")."""
    frames = [d for d in ctx.directives_in(unit.start, unit.end) if d.label_ == "REPORTING" and d.id_ == FRAME_RULE]
    starts = [_frame_start(ctx.doc, f) for f in frames]
    starts = [s for s in starts if s > unit.start + 20]
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
    subjects of the words before "cause of concern" in its sentence."""
    subjects: set[str] = set()
    for span in section_spans:
        if span.label_ != "cause_of_concern":
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
