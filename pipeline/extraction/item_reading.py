"""What the item rules and the theme rules share while reading a document: its units
(blocks), the scope a heading or lead-in carries, the context of the reading, and the
builder that collects items and merges restatements, and the rules' tuning numbers
(`LIMITS`, from `patterns/item_limits.json`). Kept apart from the rules so that the
modules of the rules over structure (`items` and its `item_*` rule modules) and
`item_themes` with the theme modules it reads (items named by their themes) all read it
without importing each other."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span

from crosswalk.dates import MONTH_NAMES
from crosswalk.extraction.context import flags_for
from crosswalk.extraction.item_answers import answer_start
from crosswalk.extraction.extensions import spans_within, text_of
from crosswalk.extraction.sentences import split_sentences
from crosswalk.extraction.subjects import bodies_in, subjects_in
from crosswalk.item_labels import (LABEL_NUMBER, LIST_LABEL, TYPE_NAMES, TYPE_PREFIX, label_types, names_pattern,
                                   prefix_pattern)
from crosswalk.model import Item
from crosswalk.quote_marks import QUOTES, closes_quote, opens_quote
from crosswalk.resources import word_file, word_set

WORDS_FILE = "item_words.json"
LIMITS_FILE = "item_limits.json"
CONTENTS_PAGE_RE = re.compile(r"(?P<word>[A-Za-z]+)\s(?P<page>\d{1,3})\s+(?=[A-Z][a-z])")  # "Methodology 7 Findings"
GRAMMAR_FILE = "item_grammar.json"  # the function-word lists below, kept as data (what each is for is said there)
NOT_PAGE_WORDS = frozenset(m.lower() for m in MONTH_NAMES) | word_set(GRAMMAR_FILE, "not_page_words")


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
    follow_up_words: frozenset[str]
    demonstrative_openers: frozenset[str]
    lead_in_fillers: frozenset[str]
    clause_continuers: frozenset[str]
    narrative_openers: frozenset[str]
    durations: frozenset[str]
    addressee_words: frozenset[str]
    narrative_adverbs: frozenset[str]
    auxiliaries: frozenset[str]
    adverbial_nouns: frozenset[str]
    summary_reporters: frozenset[str]
    summary_verbs: frozenset[str]
    acting_verbs: frozenset[str]
    quoted_role_subjects: frozenset[str]
    urgency_words: frozenset[str]
    urgency_steps: frozenset[str]
    asking_words: frozenset[str]
    responder_openers: frozenset[str]
    stance_verbs: frozenset[str]
    stance_adjectives: frozenset[str]
    telling_auxiliaries: frozenset[str]
    present_copulas: frozenset[str]
    recommending_verbs: frozenset[str]
    finding_verbs: frozenset[str]
    answer_subject_words: int


@lru_cache(maxsize=1)
def item_words() -> ItemWords:
    words = word_file(WORDS_FILE, ItemWords, fold=True)
    if not words.as_verbs <= words.ascribing_verbs:  # the 'as' verbs are ascribing verbs that need their 'as'
        raise ValueError(f"{WORDS_FILE}: as_verbs must be ascribing_verbs, not {sorted(words.as_verbs - words.ascribing_verbs)}")
    return words


@dataclass(frozen=True)
class ItemLimits:
    """The item rules' tuning numbers, of `patterns/item_limits.json` (what each counts is
    said there): kept as data beside the rules' words, so a threshold is tuned in one place
    and every module reads the same value."""

    labelled_min_words: int
    timed_subject_words: int
    list_line_words_max: int
    heading_words_max: int
    title_words_min: int
    heading_blocks_max: int
    kind_theme_words: int
    stem_letters: int
    label_words_max: int
    urgency_reach_tokens: int
    purpose_kind_tokens: int
    entry_subject_words: int
    national_partner_words: int
    open_count_sentences: int
    step_words_min: int
    cut_opening_words: int
    back_reference_chars: int
    contents_pages_min: int
    narrative_opener_words: int
    clause_subject_words: int
    theme_gap_tokens: int
    possessed_gap_tokens: int
    given_to_tokens: int
    relative_opening_words: int
    attribution_words: int
    taken_up_min_tokens: int
    named_object_tokens: int
    body_list_min_pieces: int
    predicate_reach_tokens: int
    practice_phrase_words: int
    acted_on_reach_tokens: int
    topic_words_max: int
    recipient_words: int
    among_words: int
    given_phrase_words: int
    described_noun_words: int
    pair_side_words: int
    modifier_pair_words: int
    inline_label_opening_chars: int
    inline_label_min_words: int
    quoted_finding_min_words: int
    section_area_words: int
    cell_words_max: int
    body_cell_words_max: int
    frame_opening_chars: int
    header_cell_words_max: int
    recommended_clause_min_words: int
    tagger_threshold: float
    tagger_min_words: int
    tagger_max_words: int
    tagger_part_of: int
    tagger_part_min_words: int
    numbered_min_headings: int
    verdict_min_rows: int
    verdict_line_chars_max: int
    trailing_marker_tokens: int
    trailing_theme_tokens: int
    theme_before_kind_tokens: int
    joined_kind_words: int
    progress_subject_words: int


@lru_cache(maxsize=1)
def item_limits() -> ItemLimits:
    return word_file(LIMITS_FILE, ItemLimits)


LIMITS = item_limits()
LABEL_TYPES = label_types()
# "R4. Provide ...", "Area of improvement 2: ...": a label opening an item, by its short form or a name.
TYPED_LABEL_RE = re.compile(
    r"^\s*(?P<prefix>" + prefix_pattern(*TYPE_PREFIX) + "|" + names_pattern(*TYPE_NAMES) + ")"
    r"\s?(?P<num>" + LABEL_NUMBER + r")\s*[.:)–—|-]?\s+",  # "|": a flattened table's label cell
    re.I,
)


def label_alone(text: str, rest_re: re.Pattern[str] | None = None) -> re.Match[str] | None:
    """The label match of a text that is an item's label alone ("AFI 1", "R2",
    "Recommendation 3", a heading or a table's label cell), or the label and a rest that
    `rest_re` accepts (a heading's addressee, "To Chief Constables"); None when the text says
    more, since then it states the item itself. One test for the heading rule
    (item_layouts.py) and the table rule (item_units.py)."""
    stripped = text.strip(" |")
    typed = TYPED_LABEL_RE.match(stripped + " ")
    if typed is None:
        return None
    rest = stripped[typed.end() - 1 :].strip() if typed.end() <= len(stripped) else ""
    return typed if not rest or (rest_re is not None and rest_re.fullmatch(rest)) else None


# "Cause of concern 2 & AFI 5 - a theme": a second label joined to the first
# names a second item of its own kind on the same theme.
JOINED_LABEL_RE = re.compile(
    r"^\s*(?:&|and)\s+(?P<prefix>" + prefix_pattern(*TYPE_PREFIX) + "|" + names_pattern(*TYPE_NAMES) + ")"
    r"\s?(?P<num>" + LABEL_NUMBER + r")\s*[.:)–—-]?\s*",
    re.I,
)
PLAIN_LABEL_RE = re.compile(r"^\s*" + LIST_LABEL + r"\s+")
# "AFI The service should ...": a register row's short label with no number before the item's
# own first word (written as printed: "AFI", "CoC"; a one-letter "R" could be any word)
BARE_LABEL_RE = re.compile(r"^\s*(?:" + "|".join(sorted(p for p in TYPE_PREFIX.values() if len(p) > 2)) + r")\s+(?=[A-Z][a-z])")
# The first person singular: an item is the inspectorate's ask of a body, never a speaker's
# own view ("the force must do more, as I have said"); "ED&I" and "Part I of" are no pronoun.
FIRST_PERSON_RE = re.compile(r"(?<![&\w.])I(?=\s+(?!of\b|and\b|to\b|in\b|or\b)[a-z])|\bmy\b|\bI['’](?:m|ve|ll|d)\b")
TRAILING_CONNECTOR_RE = re.compile(r"(?:\s*[;,]\s*(?:and|or)?|\s+(?:and|or))\s*$", re.I)
PUNCTUATION_RE = re.compile(r"[^\w\s]")
LABEL_RULES = {"item-labelled", "item-inline-label"}
# Rules that cut a piece out of a sentence (a theme, a statement's clause): their bounds come
# from grammar, not from quotation marks, so a piece may start or stop inside a quotation.
PIECE_RULES = {"item-theme", "item-statement"}
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
SECTIONS_KEY, DIRECTIVES_KEY, MENTIONS_KEY = "crosswalk_sections", "crosswalk_directives", "crosswalk_item_mentions"
THEMES_KEY = "crosswalk_item_themes"
# Determiners and counts before a noun ("the", "its", "three"): no matter of their own.
DETERMINERS = word_set(GRAMMAR_FILE, "determiners")
THEME_STOPWORDS = word_set(GRAMMAR_FILE, "theme_stopwords")


@dataclass
class ItemBuilder:
    """Collects items, merging restatements into the item they restate."""

    doc: Doc
    threshold: float
    is_register: bool = False  # as `Context.is_register`: the document is a monitoring record
    entry_end: int | None = None  # as `Context.entry_end`: where the record's progress comments start
    answering: bool = False  # the document answers items (a response): a restated item ends before its answer
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
        directs: bool = False,
    ) -> str | None:
        """Record the item read at [start, end) and return its id; or the id of the item it
        restates (recorded as a mention of it); or None when the text is too short to be
        an item or is a label that answers an item already stated."""
        # A text the page's end cuts ("... a dataset on stop and") is cut though its bounds
        # drop the connector the cut leaves last.
        raw_end = start + len(text_of(self.doc)[start:end].rstrip())
        start, end = clean_bounds(text_of(self.doc), start, end)
        if self.answering and (answer := answer_start(text_of(self.doc), start, end, item_words())) is not None:
            start, end = clean_bounds(text_of(self.doc), start, answer)  # the answer after a restated item is not the item
        text = text_of(self.doc)[start:end]
        cut = is_cut(text_of(self.doc), end) or is_cut(text_of(self.doc), raw_end)
        if len(text.split()) < (1 if cut else min_words) or FIRST_PERSON_RE.search(text) \
                or (names_no_matter(self.doc, start, end) and not (cut and rule == CUT_RULE)):
            # too short; a speaker's own remark ("issues I am well aware of"); or no matter to
            # act on, unless the page's end cut the item before its matter ("AFI The service")
            return None
        if rule in PIECE_RULES and not cut and crosses_quotation(text):
            return None  # a piece whose bounds cut across a quotation's marks is no item's whole text
        if rule in PIECE_RULES and (read := self._same_piece(start, end, parent)) is not None:
            return self.items[read].item_id  # the very words a theme already made an item of, read again as a statement
        # A text the page's end cuts mid-word is the start of an item of its own: its words
        # are a prefix of many ("should ensure they have effect"), so it restates none.
        restated = None if cut else self._restated(type_, text, parent, rule)
        if restated is not None:
            return self._mention(restated, start, end, number)
        if rule in LABEL_RULES and self.labelled_already(type_, number) and not (directs and number is None):
            # "Area for improvement 1: <answer>" after AFI 1 was stated: the label refers
            # to the item and the text answers it (alignment reads it as a reference). An
            # unnumbered label over a directive that restates no item ("AFI: The service
            # should ...", a tracker's next entry) states a new one.
            return None
        return self._append(type_, start, end, rule, subject, number, parent, historic)

    def _same_piece(self, start: int, end: int, parent: str | None) -> int | None:
        """Index of the item cut from the same words by another piece rule: "among its
        recommendations, inspectors said the force should 'review ...'" is a theme's item and
        a statement's ask at once, and the two readings may type it differently (the kind the
        theme names, the ask an area for improvement); the first reading stands."""
        return next((index for index, item in enumerate(self.items) if item.rule in PIECE_RULES
                     and (item.start, item.end, item.parent_id) == (start, end, parent)), None)

    def _restated(self, type_: str, text: str, parent: str | None, rule: str) -> int | None:
        """Index of the item this text restates, if any. A lead-in repeated word for word
        under each concern ("By 31 August, the service should:") is no restatement: each
        concern has its own list of steps, so each lead-in is an item of its own."""
        existing = self.find(type_, text, parent)
        if existing is not None and rule == "item-lead-in" and self.items[existing].rule == rule:
            return None
        return existing

    def _mention(self, index: int, start: int, end: int, number: str | None) -> str:
        """A restatement adds its place to the item's mentions (alignment finds answers near
        any of them) and lends the item its number when the first statement had none."""
        item = self.items[index]
        self.items[index] = replace(item, number=item.number or number, mentions=(*item.mentions, (start, end)))
        return item.item_id

    def _append(
        self,
        type_: str,
        start: int,
        end: int,
        rule: str,
        subject: str | None,
        number: str | None,
        parent: str | None,
        historic: bool,
    ) -> str:
        """A new item with the next id of its type (or of its parent), flagged by the context
        cues in its text (historic also when the caller already knows it is)."""
        item_id = self.new_id(type_, parent)
        flags = flags_for(self.doc, start, end)
        self.items.append(
            Item(
                item_id=item_id,
                type=type_,
                subject=subject,
                text=text_of(self.doc)[start:end],
                start=start,
                end=end,
                rule=rule,
                number=number,
                parent_id=parent,
                historic=historic or flags.historic and not self._register_entry(start),
                negated=flags.negated,
                hypothetical=flags.hypothetical,
            )
        )
        return item_id

    def narrowed(self, item: Item, start: int, end: int) -> Item:
        """The item cut to [start, end), its flags read again over the shorter text as
        `_append` flags a new one. The builder keeps no note of why an item is historic, so
        the reason is worked out from the flags over its old text: historic with no cue
        there, the caller knew it (a "Previous recommendations" heading), and no cut unmakes
        that; a cue there but not historic, the item is a register entry whose cues do not
        count (`_register_entry`), and they count no more over less of its text; else the
        cue made the flag, and a cue over the shorter text makes it now."""
        old, new = flags_for(self.doc, item.start, item.end), flags_for(self.doc, start, end)
        if item.historic and not old.historic:
            historic = True
        elif old.historic and not item.historic:
            historic = False
        else:
            historic = new.historic
        return replace(item, start=start, end=end, text=text_of(self.doc)[start:end], negated=new.negated,
                       hypothetical=new.hypothetical, historic=historic)

    def _register_entry(self, start: int) -> bool:
        """Whether an item at `start` is a monitoring record's own entry (before its first
        progress comment; anywhere in a record copied without its markup): the item the
        record is about, current whatever tense its words retell it in ("an enduring cause
        of concern from HMIC's 2015 report", "the recommendations in HMIC's 2013 report").
        Only a heading the caller read ("Previous recommendations") makes it historic."""
        return self.is_register and (self.entry_end is None or start < self.entry_end)

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
        first: str | None = None  # the first sentence, folded: read once, when a ratio falls short
        for index, item in enumerate(self.items):
            if item.type != type_ and parent is None:
                continue
            if fuzz.ratio(folded, fold(item.text)) >= self.threshold:
                return index
            if first is None:
                first = _first_sentence_folded(text)
            if rewords_ending(text, item.text, first=first, folded=folded):
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


def rewords_ending(a: str, b: str, *, first: str | None = None, folded: str | None = None) -> bool:
    """A restatement that rewords the end of the original ("... force improvement. This
    should include ..."): the first sentence of one stands whole inside the other."""
    first = _first_sentence_folded(a) if first is None else first  # given when one text is compared with many
    if len(first) < 40:
        return False
    other = fold(b)
    # partial_ratio finds the shorter string in the longer: the other must hold the first sentence.
    return (len(other) >= len(first) and len(first) >= 0.6 * min(len(other), len(fold(a) if folded is None else folded))
            and fuzz.partial_ratio(first, other, score_cutoff=97) >= 97)


def crosses_quotation(text: str) -> bool:
    """A piece cut across a quotation: it closes a quotation it never opened, and so holds
    the tail of a quoted remark or title. Either it runs on past the close into the text
    around it ("Crime’ and ‘Protecting People") or it starts inside a sentence and stops
    at the close ("about public safety in the county.”"). A quoted sentence taken whole up
    to its close ("The force should review X.”") is the item a speaker quotes. An opening
    mark left unclosed is no cue: a quotation may run on over paragraphs. An apostrophe
    inside a word ("force’s") or after a plural ("forces’") is no quotation mark
    (`crosswalk.quote_marks.closes_quote`)."""
    opened = ""
    for index in range(len(text)):
        if opens_quote(text, index):
            opened += text[index]
        elif closes_quote(text, index, opened):
            if opened:
                opened = opened[:-1]
            elif text[index + 1 :].strip(" .,;:!?)") or not text[:1].isupper():
                return True
    return False


def names_no_matter(doc: Doc, start: int, end: int) -> bool:
    """A text that says who, when or what happened, but names nothing to act on: bodies
    alone ("To chief constables"), a length of time ("over four years"), or the writer's
    narrative (`tells_past`)."""
    words = re.findall(r"[a-z]+|\d+", text_of(doc)[start:end].lower())
    if words and all(w.isdigit() or w in DETERMINERS or w in item_words().durations for w in words) \
            and any(w in item_words().durations for w in words):
        return True
    return only_bodies(doc, start, end, item_words().addressee_words) or tells_past(doc, start, end) \
        or is_contents(text_of(doc)[start:end])


def is_contents(text: str) -> bool:
    """A run of a contents page ("Introduction 4 Scope 5 Our approach 6 What we found
    9"): titles each followed by a page number, no item's text; a day of a date
    ("By 31 March 2024, ...") is no page number."""
    pages = [m for m in CONTENTS_PAGE_RE.finditer(text) if m.group("word").lower() not in NOT_PAGE_WORDS]
    return len(pages) >= LIMITS.contents_pages_min


def only_bodies(doc: Doc, start: int, end: int, fillers: frozenset[str] = frozenset({"and", "or"})) -> bool:
    """A piece that names bodies and nothing else ("the force", "both A and B Police"): the
    bodies an item is given to, not what it asks of them."""
    spans = bodies_in(doc, start, end)
    if not spans:
        return False
    rest = text_of(doc)[start:end]
    for span in sorted(spans, key=lambda s: s.start_char, reverse=True):
        rest = rest[: span.start_char - start] + " " + rest[span.end_char - start :]
    return all(word in DETERMINERS or word in fillers for word in re.findall(r"[a-z]+", rest.lower()))


def tells_past(doc: Doc, start: int, end: int) -> bool:
    """The writer's account of what happened, not an item: a text that opens with a dated
    adverbial ("On 30 May 2021, ...", "In 2019, ...") or with "we" and a verb in the past
    ("We reported ...", "We also found how ..."), and directs nobody in its first sentence.
    "We are concerned that ...", "We expect forces to ..." state an item in the present."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return False
    words = doc[span.start : next((t.i for t in span if t.text in (".", ";")), span.end)]
    if not len(words) or not (_dated_opener(words) or _past_we(words)):
        return False
    return not any(s.label_ in ("DIRECTIVE", "PASSIVE", "TIMED")
                   for s in spans_within(doc, DIRECTIVES_KEY, words.start_char, words.end_char))


def _dated_opener(words: Span) -> bool:
    """"On 30 September 2021,", "Between 6 and 17 May 2019,": a preposition, a year, a comma."""
    if words[0].lower_ not in item_words().narrative_openers:
        return False
    comma = next((t.i for t in words[:LIMITS.narrative_opener_words] if t.text == ","), None)
    return comma is not None and any(YEAR_RE.match(t.text) for t in words.doc[words.start : comma])


def _past_we(words: Span) -> bool:
    """"We reported", "We also found": "we", perhaps an adverb, and a verb in the past."""
    if words[0].lower_ != "we":
        return False
    verb = next((t for t in words[1:4] if not (t.lower_.endswith("ly") or t.lower_ in item_words().narrative_adverbs)), None)
    return verb is not None and verb.is_alpha and verb.lower_ not in item_words().auxiliaries and (
        verb.lower_.endswith("ed") or (verb.lemma_.lower() != verb.lower_ and not verb.lower_.endswith("s")))


CUT_RULE = "item-cut"  # the rule that reads a page's cut last block as the next item by its place


def is_cut(text: str, end: int) -> bool:
    """The text ends at `end`, mid-word: the page's opening stops inside an item."""
    return end > 0 and not text[end:].strip() and text[end - 1].isalpha()


def clean_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim labels, bullets, wrapping quotes and list connectors (`; and`) from an item."""
    chunk = text[start:end]
    for pattern in (TYPED_LABEL_RE, PLAIN_LABEL_RE, BARE_LABEL_RE):
        match = pattern.match(chunk)
        if match:
            start += match.end()
            chunk = chunk[match.end() :]
            joined = JOINED_LABEL_RE.match(chunk) if pattern is TYPED_LABEL_RE else None
            if joined:
                start += joined.end()
                chunk = chunk[joined.end() :]
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
    counted: int = 0  # paragraphs still to read as items after a lead-in that counts them ("three causes of concern, which were:")


@dataclass
class Context:
    """The doc and what the rules share while reading it."""

    doc: Doc
    builder: "ItemBuilder"
    concern_subjects: set[str]
    is_report: bool
    own_body: str | None
    previous: Unit | None = None  # the unit before the one being read
    previous_rule: str | None = None  # the rule that took it
    is_register: bool = False  # a recommendation register's entry (monitoring record)
    is_press: bool = False  # a press article or news release: it quotes the inspectorate
    entry_end: int | None = None  # where a register's progress comments start (None: no comment)
    units: tuple["Unit", ...] = ()  # every unit of the document, in order
    # a kind a story named by its count at a paragraph's end: its type, how many items are still to
    # come, the index of the unit that may restate them, and whether only a sentence opening
    # "One is" may (a plural kind named without a count) (items.restated_after_count)
    restating: tuple[str, int, int, bool] | None = None
    named_within: Mapping[str, int] = field(default_factory=dict)  # theme rule id -> how near its type is named (`item_kinds.stands_as_kind`)

    @property
    def text(self) -> str:
        return text_of(self.doc)

    def index_of(self, unit: "Unit") -> int | None:
        """Where a unit stands among the document's units (None: not one of them), for the
        rules that read its neighbours."""
        return next((i for i, u in enumerate(self.units) if u.start == unit.start), None)

    def types_in(self, start: int, end: int) -> list[Span]:
        return spans_within(self.doc, SECTIONS_KEY, start, end)

    def directives_in(self, start: int, end: int) -> list[Span]:
        return spans_within(self.doc, DIRECTIVES_KEY, start, end)

    def subject(self, start: int, end: int, scope: Scope) -> str | None:
        """The body named before the unit's directive, else the one in scope."""
        stop = next((d.start_char for d in self.directives_in(start, end) if d.label_ == "DIRECTIVE"), end)
        subjects = subjects_in(self.doc, start, stop)
        return subjects[0] if subjects else scope.subject or self.own_body
