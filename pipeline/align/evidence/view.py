"""What every evidence finder reads of one response: its blocks and sentences, the items it
states (its own, and those of other documents it names in the same words), the register
entries they belong to, and the cues found once over its text (steps, refusals,
acceptances, progress words). The finders (the other modules of this package) are
functions of this view; none keeps state of its own, so each can be read and tested alone."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cached_property
from itertools import accumulate

from crosswalk.align.cues import cue
from crosswalk.align.evidence.limits import LIMITS
from crosswalk.align.evidence.passage import INSPECTORATE_VOICE_RE, OWN_WORDS, SCORES, Passage, describes
from crosswalk.align.register import RegisterItem
from crosswalk.align.themes import only_themes
from crosswalk.extraction.sentences import split_sentences
from crosswalk.model import BlockSpan, Document, Extracted, Grading, Item

EFFECT_RULE = "effect-of-steps"  # patterns/steps.jsonl: "This will give ...", the effect of the sentence before
FOLD_QUOTES = str.maketrans("‘’“”", "''\"\"")


class Spans:
    """Character spans sorted once, so that "does any overlap [start, end)?" is a bisection
    rather than a scan: a long response asks it of every one of its sentences."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))  # the furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        opened = bisect_left(self.starts, end)  # spans that open before `end`
        return opened > 0 and self.reach[opened - 1] > start


class ResponseView:
    """One response read for evidence: its blocks, sentences, statements of items,
    steps and cues, read once and shared by every finder."""

    def __init__(self, document: Document, extracted: Extracted, register: Sequence[RegisterItem]) -> None:
        self.document, self.text = document, document.text
        self.blocks: list[BlockSpan] = [b for b in document.blocks if b.end > b.start]
        self.block_starts = [b.start for b in self.blocks]
        self.items = [i for i in extracted.items]
        self.entry_of: dict[tuple[str, str], RegisterItem] = {
            (doc_id, item.item_id): entry for entry in register for doc_id, item in entry.members}
        self.elsewhere = [item for entry in register for doc_id, item in entry.members if doc_id != document.doc_id]
        self.entry_by_id = {id(item): entry for entry in register for _, item in entry.members}
        self.register = register
        self.sentences = sorted(extracted.sentences) or split_sentences(self.text)  # an extraction made without them
        self.gradings = extracted.gradings
        self.named_elsewhere = []
        for item, entry in named_in_same_words(document, self.items, self.gradings, register):
            self.entry_of[(document.doc_id, item.item_id)] = entry
            self.named_elsewhere.append(item)
        self.statements = sorted(((s, e, item) for item in (*self.items, *self.named_elsewhere) for s, e in item.statements
                                  if (document.doc_id, item.item_id) in self.entry_of), key=lambda found: found[:2])
        self.monitoring = document.doc_type == "monitoring_record"
        self.comment_starts = sorted(e.comment_start for e in document.history if e.comment_start is not None)
        # Spans, sorted once: every answering sentence of a long response asks whether it
        # overlaps one of them.
        refusals = list(cue("refusal").finds(self.text))
        no_step = list(cue("no_step").finds(self.text))
        self.refusals, self.no_step = Spans(refusals), Spans(no_step)
        self.acceptances = Spans(cue("acceptance").finds(self.text))
        # A commitment inside a refusal ("no action will be taken") or a deferral to a
        # later inspection ("will be reviewed during the next inspection") is no step.
        not_steps = Spans(refusals + no_step)
        progress = list(cue("progress").finds(self.text))
        self.progress = Spans(progress)
        # the responder's own "we will", "the force is committed to": a step whether or
        # not commitment extraction kept the sentence
        intents = [(s, e) for s, e in cue("intent").finds(self.text) if not not_steps.overlaps(s, e)]
        acts = ([(c.start, c.end) for c in extracted.commitments if not not_steps.overlaps(c.start, c.end)]
                + [(s, e) for s, e, rule in extracted.steps if rule != EFFECT_RULE and not not_steps.overlaps(s, e)]
                + progress + intents)
        self.steps = Spans(acts + effects_of(self.sentences, Spans(acts), extracted.steps, not_steps))
        # a response that states no item of its own may only name their themes (headings
        # such as "Prevention", "Protection"): `collective` then reads its words for all of them
        self.only_themes = only_themes(self.items)
        # the response states items of its own (not only names some another document states)
        self.states_own = not self.only_themes and any(item not in self.named_elsewhere for _, _, item in self.statements)
        self.statement_spans = sorted((s, e) for s, e, _ in self.statements)
        self.statement_starts = [s for s, _ in self.statement_spans]
        self.commitments = [(c.start, c.end, c.text) for c in extracted.commitments]

    def passage(self, start: int, end: int, method: str, score: float | None = None) -> Passage:
        while start < end and self.text[start].isspace():
            start += 1
        acts = self.steps.overlaps(start, end)
        refuses = self.refusals.overlaps(start, end)
        accepts = self.acceptances.overlaps(start, end)
        own = (method in OWN_WORDS and not (acts or refuses or accepts) and describes(self.text[start:end])
               and not self.no_step.overlaps(start, end))
        return Passage(start, end, method, SCORES.get(method, 0.0) if score is None else score, acts, refuses,
                       accepts, own)

    def commitments_in(self, passage: Passage) -> list[str]:
        return [t for s, e, t in self.commitments if s < passage.end and passage.start < e]

    def entry(self, item: Item) -> RegisterItem | None:
        """The register entry of an item: the entry that holds this very item (another
        document's item may share an own item's label, "CoC2"), else, for an item read
        here under its own label, the entry its label maps to."""
        found = self.entry_by_id.get(id(item))
        return found if found is not None else self.entry_of.get((self.document.doc_id, item.item_id))

    def own_wording(self, entry: RegisterItem) -> str:
        """The item as this response states it, when it does (a response restating a theme
        in fuller words than the register's first source: "preventing crime and anti-social
        behaviour" for a page's heading "Preventing Crime"), else the register's text."""
        stated = fullest_wording([member for doc_id, member in entry.members if doc_id == self.document.doc_id])
        return entry.text if stated is None else stated

    def stated_entries(self) -> set[str]:
        return {entry.register_id for entry in (self.entry(item) for _, _, item in self.statements) if entry}

    def block_index(self, position: int) -> int | None:
        index = bisect_right(self.block_starts, position) - 1
        return index if index >= 0 and position < self.blocks[index].end else None

    def is_restating(self, start: int, end: int) -> bool:
        """Half or more of the span is the text of items (a quoted list, a heading)."""
        first = max(0, bisect_left(self.statement_spans, (start, -1)) - LIMITS.max_statements_before)
        covered = 0
        for s, e in self.statement_spans[first:]:
            if s >= end:
                break
            covered += max(0, min(e, end) - max(s, start))
        return covered * 2 >= end - start

    @cached_property
    def answering(self) -> list[tuple[int, int]]:
        """Sentences that may answer: not a statement of items, not before a monitoring
        record's first comment (the record itself)."""
        first_comment = self.comment_starts[0] if self.monitoring and self.comment_starts else 0
        return [(s, e) for s, e in self.sentences if s >= first_comment and not self.is_restating(s, e)
                and not INSPECTORATE_VOICE_RE.match(self.text, s, e)]


def answerable(items: Iterable[Item]) -> list[Item]:
    """The items words for all the items answer, once each: current items that ask
    for an answer. The response's own statements of them, else (a response that
    restates none, answering "the recommendations" of a report another document
    states) the register's."""
    return list(dict.fromkeys(i for i in items if not i.historic and i.type != "innovative_practice"))


def effects_of(sentences: Sequence[tuple[int, int]], acts: Spans, steps: Sequence[tuple[int, int, str]],
               not_steps: Spans) -> list[tuple[int, int]]:
    """"This will give ..." foretells the effect of what the sentence before it does: a
    step only when that sentence states one. After "We agree with the recommendation
    that ..." it foretells the effect of the recommendation, which accepts the item
    and takes no step."""
    found = []
    for start, end, rule in steps:
        if rule != EFFECT_RULE or not_steps.overlaps(start, end):
            continue
        before = [s for s, e in sentences if e <= start]  # where the sentence before starts
        if before and acts.overlaps(before[-1], start):
            found.append((start, end))
    return found


def named_in_same_words(document: Document, items: Sequence[Item], gradings: Sequence[Grading],
                        register: Sequence[RegisterItem]) -> list[tuple[Item, RegisterItem]]:
    """Items another document of the inspection states that this response names in
    the same words without extraction reading them as items ("... were identified:
    'Protecting Vulnerable People and Supporting Victims' ..."): the response
    mentions them, so they are stated here (at the words) and not unaddressed. Short
    texts (a one-word theme) are left alone: the same word may be anything; so are
    words inside a grading (a PEEL question's name is often an item's text too)."""
    if document.doc_type == "monitoring_record":
        return []  # a record states its own items; its comments answer them
    folded = _folded(document.text)
    graded = Spans((g.start, g.end) for g in gradings)
    read = Spans(span for item in items for span in item.statements)  # where extraction read an item
    found: list[tuple[Item, RegisterItem]] = []
    for entry in register:
        if (entry.historic or entry.type == "innovative_practice"
                or any(doc_id == document.doc_id for doc_id, _ in entry.members)):
            continue
        for _, member in entry.members:
            words = _folded(member.text).strip(" .,;:")
            if len(words.split()) < LIMITS.named_min_words:
                continue
            at = folded.find(words)
            # an area graded is not an item named; nor is what extraction read as an item,
            # nor words another named item already covers
            if (at >= 0 and not graded.overlaps(at, at + len(words)) and not read.overlaps(at, at + len(words))
                    and not any(o.start < at + len(words) and at < o.end for o, _ in found)):
                item = replace(member, item_id=f"{member.item_id}@{entry.register_id}", start=at,
                               end=at + len(words), mentions=(), number=None)
                found.append((item, entry))
                break
    return found


def _folded(text: str) -> str:
    """Case and quotation marks folded, with the text's length kept (offsets stay valid)."""
    return text.casefold().translate(FOLD_QUOTES) if len(text.casefold()) == len(text) else text.lower()


def fullest_wording(statements: Sequence[Item]) -> str | None:
    """The fullest of the wordings one document gives an item: the longest, the earliest
    in reading order of those as long. A response may name an item in a short heading or
    a table cell before it restates it whole; the first wording alone would show the row's
    reader the stub. None when the document states the item nowhere."""
    if not statements:
        return None
    return min(statements, key=lambda item: (-len(item.text), item.start, item.end)).text
