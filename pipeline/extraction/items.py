"""Find the formal HMICFRS items a document states or restates.

Items come in four shapes, read in one pass over the document's blocks:

- sections: a heading names a type ("Areas for improvement", "Cause for concern:") and
  the list items (or the first directive paragraph) under it are items of that type;
  a lead-in ending in a colon ("Within three months, the force should:") makes the
  list items that follow parts of the item before it. A cause of concern's parts are
  its recommendations. Narrative paragraphs after the items explain them; they are not
  items, and directive list items may still follow them in the same section;
- labelled items ("R4. Provide ...", "AFI 2: ...") anywhere, typed by their label;
- statements in running text, outside sections, in responses and news (not in reports,
  whose running text explains findings): a named body (or a reported "the force") with
  a directive ("should improve", "needs to improve"), or a block that is one quoted
  finding; a quoted finding without a directive after a mention of innovative practice
  is innovative practice;
- mentions of an item by kind ("a 'cause of concern' issued on ... in 2017").

An item stated twice (listed, then restated as a heading of the answer) is kept once;
the restatement is recorded in `Item.mentions`, which alignment reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc, Span

from crosswalk.extraction.context import flags_for
from crosswalk.extraction.rulers import Ruler
from crosswalk.extraction.sentences import sentence_of, sentences_in
from crosswalk.extraction.subjects import bodies_in, subjects_in
from crosswalk.model import ITEM_TYPES, Item
from crosswalk.extraction.extensions import spans_within, text_of

TYPE_PREFIX = {
    "recommendation": "R",
    "area_for_improvement": "AFI",
    "cause_of_concern": "CoC",
    "innovative_practice": "IP",
}
LABEL_TYPES = {
    "r": "recommendation",
    "recommendation": "recommendation",
    "afi": "area_for_improvement",
    "area for improvement": "area_for_improvement",
    "coc": "cause_of_concern",
    "cause of concern": "cause_of_concern",
    "ip": "innovative_practice",
}
TYPED_LABEL_RE = re.compile(
    r"^\s*(?P<prefix>R|AFI|CoC|IP|Recommendation|Area for improvement|Cause of concern)\s?(?P<num>\d{1,2})[.:)]?\s+",
    re.I,
)
PLAIN_LABEL_RE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|\(?[a-z]\)|\(?[ivx]{1,4}\))\s+")
INLINE_TYPE_RE = re.compile(r"^[^:]{0,60}?(?:\([A-Za-z’']{2,6}\))?\s*[:–-]\s+(?=\S)")
QUOTES = "'\"‘’“”"
TRAILING_CONNECTOR_RE = re.compile(r"(?:\s*[;,]\s*(?:and|or)?|\s+(?:and|or))\s*$")
LABEL_HEADING_RE = re.compile(
    r"^\s*(?:Recommendation|Area for improvement|AFI|Cause of concern|Innovative practice)\s*(?P<num>\d{1,2})\s*[.:]?\s*$", re.I
)
COLON_END_RE = re.compile(r"[:]\s*[–—-]?\s*$")
PUNCTUATION_RE = re.compile(r"[^\w\s]")
FIRST_SENTENCE_RE = re.compile(r"(?<=[.;])\s")
HEADING_WORDS_MAX = 12
LABEL_RULES = {"item-labelled", "item-inline-label"}
# Reports state their items formally, under headings; a "should" in their running text
# explains a finding. Responses and news stories restate items in running text.
REPORT_TYPES = {"inspection_report", "peel_page"}
SECTIONS_KEY, DIRECTIVES_KEY, MENTIONS_KEY = "crosswalk_sections", "crosswalk_directives", "crosswalk_item_mentions"


@dataclass
class _Section:
    """Where the pass is: the item type in force and what the items hang from."""

    type: str | None = None
    subject: str | None = None
    historic: bool = False
    parent: str | None = None  # set after a lead-in: the following list items are parts
    parts_type: str | None = None
    items_open: bool = True  # the first paragraph after a heading may be an item
    last_item: str | None = None
    number: str | None = None  # "Recommendation 3" as a heading numbers the item below it


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
    ) -> str | None:
        start, end = clean_bounds(text_of(self.doc), start, end)
        text = text_of(self.doc)[start:end]
        if len(text.split()) < 2:
            return None
        existing = self.find(type_, text, parent)
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

    def subject_of(self, item_id: str | None) -> str | None:
        return next((i.subject for i in self.items if i.item_id == item_id), None)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case, punctuation as spaces, single spaces; kept per text, as each new item
    is compared with every item found before it."""
    return " ".join(PUNCTUATION_RE.sub(" ", text.lower()).split())


@lru_cache(maxsize=8192)
def _first_sentence_folded(text: str) -> str:
    return fold(FIRST_SENTENCE_RE.split(text.strip(), maxsplit=1)[0])


def rewords_ending(a: str, b: str) -> bool:
    """A restatement that rewords the end of the original ("... force improvement. This
    should include ..."): the first sentence of one stands whole inside the other."""
    first = _first_sentence_folded(a)
    if len(first) < 40:
        return False
    other = fold(b)
    return (len(first) >= 0.6 * min(len(other), len(fold(a)))
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
    default_config={"sections": "sections.jsonl", "directives": "directives.jsonl", "mentions": "item_mentions.jsonl", "merge_threshold": 90.0},
)
def make_items(nlp: Language, name: str, sections: str, directives: str, mentions: str, merge_threshold: float) -> "ItemExtractor":
    return ItemExtractor(nlp, sections, directives, mentions, merge_threshold)


class ItemExtractor:
    def __init__(self, nlp: Language, sections: str, directives: str, mentions: str, merge_threshold: float) -> None:
        self.sections = Ruler(nlp, SECTIONS_KEY, sections, frozenset(ITEM_TYPES))
        self.directives = Ruler(nlp, DIRECTIVES_KEY, directives)
        self.mentions = Ruler(nlp, MENTIONS_KEY, mentions, frozenset(ITEM_TYPES))
        self.threshold = merge_threshold

    def __call__(self, doc: Doc) -> Doc:
        section_spans = self.sections(doc)
        self.directives(doc)
        self.mentions(doc)
        builder = _Builder(doc, self.threshold)
        concern_subjects = self._concern_subjects(doc, section_spans)
        state = _Section()
        blocks = list(doc._.blocks)
        for index, (start, end, kind) in enumerate(blocks):
            text = text_of(doc)[start:end]
            if kind == "table_row":
                # A "Recommendation | Response" row: the item is the first cell, the other
                # cells answer it (alignment reads them); a header row names the type.
                if is_header_row(text):
                    header_types = {s.label_ for s in spans_within(doc, SECTIONS_KEY, start, start + len(text.split("\n")[0]))}
                    state = _Section(type=next(iter(header_types))) if len(header_types) == 1 else _Section()
                    continue
                end = start + len(text.split("\n")[0])
                text = text_of(doc)[start:end]
            types = {s.label_ for s in spans_within(doc, SECTIONS_KEY, start, end)}
            directives = spans_within(doc, DIRECTIVES_KEY, start, end)
            typed = TYPED_LABEL_RE.match(text)
            if typed:
                type_ = LABEL_TYPES[typed["prefix"].lower()]
                number = f"{TYPE_PREFIX[type_]}{typed['num']}"
                builder.add(type_, start, end, "item-labelled", self._subject(doc, start, end, directives, state),
                            number=number, historic=state.historic)
                continue
            inline = self._inline_type(text, spans_within(doc, SECTIONS_KEY, start, end), start)
            if inline is not None:
                type_, body_start = inline
                state = _Section(type=type_)
                subject = self._subject(doc, body_start, end, directives, state)
                state.last_item = builder.add(type_, body_start, end, "item-inline-label", subject)
                state.subject = subject
                state.items_open = False
                continue
            heading_like = kind == "heading" or COLON_END_RE.search(text) is not None
            if heading_like:
                state = self._after_heading(doc, start, end, text, types, directives, state, builder)
                continue
            if kind in ("list_item", "table_row"):
                self._list_item(doc, start, end, directives, state, builder)
                continue
            first_end = _first_sentence_end(doc, start, end)
            is_directive = any(d.label_ == "DIRECTIVE" and d.start_char < first_end for d in directives)
            if state.type and state.items_open and (is_directive or state.type in ("cause_of_concern", "innovative_practice")):
                # Consecutive short directive paragraphs under a heading are items (PEEL
                # pages state one AFI a paragraph); the first narrative paragraph ends them.
                subject = self._subject(doc, start, end, directives, state)
                state.last_item = builder.add(state.type, start, end, "item-section-paragraph", subject,
                                              number=state.number, historic=state.historic)
                state.number = None
                state.items_open = is_directive and state.type in ("area_for_improvement", "recommendation")
                continue
            state.items_open = False
            state.parent = None
            if state.type is None and getattr(doc._.meta, "doc_type", None) not in REPORT_TYPES:
                previous = blocks[index - 1] if index else None
                self._statements(doc, start, end, directives, concern_subjects, builder, previous)
                self._mentions(doc, start, end, builder)
        doc._.items = tuple(builder.items)
        return doc

    # -- block roles -------------------------------------------------------------------

    @staticmethod
    def _inline_type(text: str, spans: list[Span], start: int) -> tuple[str, int] | None:
        """"Recommendation (R): Kent Police should ..." -> (type, start of the item text)."""
        first = next((s for s in spans if s.start_char - start <= 4), None)
        if first is None:
            return None
        match = INLINE_TYPE_RE.match(text[first.end_char - start :])
        if match is None or len(text[first.end_char - start + match.end() :].split()) < 4:
            return None
        return first.label_, first.end_char + match.end()

    def _after_heading(self, doc: Doc, start: int, end: int, text: str, types: set[str], directives: list[Span],
                       state: _Section, builder: _Builder) -> _Section:
        """A heading opens a typed section, makes a lead-in, or closes the section."""
        is_colon = COLON_END_RE.search(text) is not None
        if is_colon and directives and not (types and len(text.split()) <= HEADING_WORDS_MAX and not directives):
            # A lead-in: what follows are parts of the last item, or items of this section.
            subject = self._subject(doc, start, end, directives, state) or state.subject
            parent = state.last_item if state.type else None
            if state.type is None:
                state = _Section(type="area_for_improvement", subject=subject, historic=state.historic)
            state.parent = parent
            state.parts_type = "recommendation" if state.type == "cause_of_concern" else state.type
            state.subject = subject
            return state
        short = len(text.split()) <= HEADING_WORDS_MAX
        if len(types) == 1 and (short or is_colon):
            type_ = next(iter(types))
            subjects = subjects_in(doc, start, end)
            historic = flags_for(doc, start, end).historic
            label = LABEL_HEADING_RE.match(text)
            number = f"{TYPE_PREFIX[type_]}{label['num']}" if label else None
            return _Section(type=type_, subject=subjects[0] if subjects else None, historic=historic, number=number)
        return _Section()

    def _list_item(self, doc: Doc, start: int, end: int, directives: list[Span], state: _Section,
                   builder: _Builder) -> None:
        if state.type is None:
            return
        if state.parent is not None:
            subject = builder.subject_of(state.parent) or state.subject
            builder.add(state.parts_type or state.type, start, end, "item-part", subject,
                        parent=state.parent, historic=state.historic)
            return
        type_ = state.parts_type or state.type
        subject = self._subject(doc, start, end, directives, state)
        state.last_item = builder.add(type_, start, end, "item-list", subject, number=state.number,
                                      historic=state.historic)
        state.items_open = False
        state.number = None

    # -- running text ------------------------------------------------------------------

    def _statements(self, doc: Doc, start: int, end: int, directives: list[Span], concern_subjects: set[str],
                    builder: _Builder, previous: tuple[int, int, str] | None) -> None:
        text = text_of(doc)[start:end]
        quoted = text.rstrip(".").strip()[:1] in QUOTES and text.rstrip(".").strip()[-1:] in QUOTES
        if quoted and len(text.split()) >= 5:
            subjects = subjects_in(doc, start, directives[0].start_char if directives else end)
            if subjects and directives:
                builder.add(self._statement_type(directives, subjects[0], concern_subjects), start, end,
                            "item-quoted-statement", subjects[0])
                return
            after_practice = previous is not None and any(
                s.label_ == "innovative_practice" for s in spans_within(doc, SECTIONS_KEY, previous[0], previous[1])
            )
            if subjects and after_practice:
                builder.add("innovative_practice", start, end, "item-quoted-practice", subjects[0])
            return
        for sentence in sentences_in(doc, start, end):
            self._sentence_statement(doc, sentence, directives, concern_subjects, builder)

    def _sentence_statement(self, doc: Doc, sentence: Span, directives: list[Span], concern_subjects: set[str],
                            builder: _Builder) -> None:
        directive = next((d for d in directives if d.label_ == "DIRECTIVE"
                          and sentence.start_char <= d.start_char < sentence.end_char), None)
        if directive is None:
            return
        frames = [d for d in directives if d.label_ == "REPORTING"
                  and sentence.start_char <= d.start_char and d.end_char <= directive.start_char]
        zone_start = frames[-1].end_char if frames else sentence.start_char
        spans = [s for s in bodies_in(doc, zone_start, directive.start_char) if s.label_ != "national"]
        subjects = subjects_in(doc, zone_start, directive.start_char)
        if not subjects or not spans:
            return
        explicit = any(not is_anaphor(s) or s.label_ == "forces" for s in spans)
        if not (explicit or frames):
            return
        start = min(s.start_char for s in spans)
        timed = [d for d in directives if sentence.start_char <= d.start_char < sentence.end_char]
        type_ = self._statement_type(timed, subjects[0], concern_subjects)
        builder.add(type_, start, sentence.end_char, "item-statement", subjects[0])

    @staticmethod
    def _statement_type(directives: list[Span], subject: str, concern_subjects: set[str]) -> str:
        """A dated directive is a recommendation; one aimed at a body with a cause of
        concern restates that concern; any other is an area for improvement."""
        if any(s.label_ == "TIMED" for s in directives):
            return "recommendation"
        return "cause_of_concern" if subject in concern_subjects else "area_for_improvement"

    def _mentions(self, doc: Doc, start: int, end: int, builder: _Builder) -> None:
        for span in spans_within(doc, MENTIONS_KEY, start, end):
            sentence = sentence_of(doc, span.start)
            bodies = [s.kb_id_ for s in bodies_in(doc, span.start_char, sentence.end_char) if s.label_ != "national"]
            builder.add(span.label_, span.start_char, sentence.end_char, span.id_, bodies[0] if bodies else None)

    @staticmethod
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

    @staticmethod
    def _subject(doc: Doc, start: int, end: int, directives: list[Span], state: _Section) -> str | None:
        stop = next((d.start_char for d in directives if d.label_ == "DIRECTIVE" and start <= d.start_char < end), end)
        subjects = subjects_in(doc, start, stop)
        if subjects:
            return subjects[0]
        return state.subject or getattr(doc._.meta, "own_body", None)


def _first_sentence_end(doc: Doc, start: int, end: int) -> int:
    """Where a block's first sentence ends: an item's directive comes first ("The force
    should ..."); a finding explains before it prescribes."""
    sentences = sentences_in(doc, start, end)
    return sentences[0].end_char if sentences else end


def is_header_row(text: str) -> bool:
    """A table's header row: short labels in every cell ("Recommendation", "Response")."""
    cells = [cell for cell in text.split("\n") if cell.strip()]
    return bool(cells) and all(len(cell.split()) <= 4 and not cell.rstrip().endswith(".") for cell in cells)


def is_anaphor(span: Span) -> bool:
    return span.id_ == "anaphor"
