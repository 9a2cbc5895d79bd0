"""Align each response to its inspection's register: which passage answers which item,
and with what status.

Evidence is gathered from the response itself, and every decision keeps it (passage,
offsets, score, method). `SCORES` says how strong each kind is (0-100):

- reference_heading (95): the paragraphs under a heading that names items by number
  ("Recommendation 1", "AFI 3 - Vetting");
- explicit_reference (90): a sentence naming items by number ("AFI No.5, relating to
  ...", "Areas for Improvement (AFIs) Nos. 4 & 5", "(recommendation 2)") and the rest
  of its paragraph;
- tracker_status (90): the status word beside an item in a tracker ("Completed");
- table_row (85): the other cells of a "Recommendation | Response" row;
- restatement (80): the paragraphs after an item the response restates on its own line;
- list_answer (55): the paragraphs after a run of items the response sets out together
  (a summary of a cause of concern and its recommendations), for each item of the run;
  and the paragraph after one that names items in prose, when it states a step (or one
  of the next few, when it holds a commitment);
- statement_context (70): the rest of the paragraph in which the response states an
  item in its own words;
- scope_heading, monitoring_comment (60): paragraphs under a heading naming a scope
  ("Regional AFIs"); a monitoring record's progress comment that cites no number;
- collective_reference (50): a sentence answering the stated items together ("these
  two recommendations", "the issues raised"), or the register's items when the response
  states none (it answers "the eight key areas highlighted" of a report it does not
  restate; there, with no step, it still mentions them: acknowledged);
- topic_sentence (40): a sentence after a stated item that repeats what it asks for
  and states a step; in a response stating no item, a sentence with a step that repeats
  most of what a register item asks for (as `restated` links such a response);
- mention (30): the item stated in running prose, and nothing more (an item another
  document of the inspection states counts as stated here when the response names it
  in the same words, `_named_in_same_words`);
- parent: a part answered only through its parent takes the parent's passage (its
  score, less a tenth); so does a cause of concern's recommendation (and its parts) that
  the response leaves unanswered while it answers the cause (`_through_cause`);
- similarity_suggestion (0-20): for an unaddressed item, the paragraph holding most of
  its words, for a researcher to check (never a status).

A list of items (a list item, a line of its own, a monitoring record's own statement
of its items) is restating, not answering: it is no evidence by itself. The first five
kinds are *dedicated* answers: when an item has one, its status comes from them alone;
otherwise from the rest. Among the passages of that tier, an item is `actioned` when one
states a step (a commitment, a step already taken, a progress word), else `declined`
when one refuses it with no step (`patterns/responses.json`), else `acknowledged`; an
in-scope item with no passage is `unaddressed`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any


from crosswalk.align.citations import AFI, ANSWER_LEAD_RE, CITATION_RE, COC, REC, TYPE_OF, cited_labels, resolve
from crosswalk.align.cues import cue
from crosswalk.align.other_reviews import of_other_review
from crosswalk.align.register import LIMITS as REGISTER_LIMITS, RegisterItem
from crosswalk.align.scope import IN_SCOPE, own_subjects, scope_of
from crosswalk.align.similarity import Coverage, core_words
from crosswalk.align.themes import only_themes
from crosswalk.bodies import find_bodies
from crosswalk.extraction.grading_vocabulary import grading_words
from crosswalk.extraction.references import fills_block
from crosswalk.extraction.sentences import split_sentences
from crosswalk.item_labels import TYPE_PREFIX, names_pattern
from crosswalk.model import RESPONSE_TYPES, BlockSpan, Document, Extracted, Item
from crosswalk.quote_marks import OPENING_QUOTES
from crosswalk.resources import word_file


@dataclass(frozen=True)
class CrosswalkLimits:
    """The crosswalk's tuning numbers, of `patterns/crosswalk_limits.json` (what each counts is
    said there): thresholds that judge documents are data, tuned where they are described."""

    min_own_words: int
    topic_min_words: int
    topic_min_share: float
    suggestion_min_share: float
    heading_chars: int
    citation_reach: int
    status_cell_chars: int
    labelled_status_reach: int
    scope_heading_words: int
    list_label_chars: int
    list_answer_chars: int
    named_min_words: int
    prose_answer_reach: int
    max_statements_before: int
    grade_scale_words: int


LIMITS = word_file("crosswalk_limits.json", CrosswalkLimits)

MENTION = "mention"  # the item stated in running prose, and nothing more (`_mentions`)
PARENT = "parent"  # a part's (or a cause's recommendation's) answer taken from its parent's (`_via_parent`)
PARENT_SHARE = 0.9  # the share of its parent's score such an answer keeps: weaker than the parent's own (a score weight of the output column, as SCORES, not a threshold)
SCORES = {
    "correction": 100.0, "reference_heading": 95.0, "explicit_reference": 90.0, "tracker_status": 90.0,
    "table_row": 85.0, "restatement": 80.0, "statement_context": 70.0, "scope_heading": 60.0,
    "monitoring_comment": 60.0, "list_answer": 55.0, "collective_reference": 50.0, "topic_sentence": 40.0, MENTION: 30.0,
}
DEDICATED = ("correction", "reference_heading", "explicit_reference", "tracker_status", "table_row", "restatement")
FOR_ALL = ("list_answer", "collective_reference")  # answers to many items at once
WEAK = (*FOR_ALL, "topic_sentence")
# answers in the responder's own words in the item's own place (not a status word or a correction)
OWN_WORDS = ("reference_heading", "explicit_reference", "table_row", "restatement")
# the item's own voice (a directive, or words about what the recommendation asks) in prose
# after it: the report restated or described, not what the responder does
ITEM_VOICE_RE = re.compile(r"\b(?:should|must|ought to|recommend\w*)\b", re.I)
SUGGESTION_SCALE = 20.0  # a similarity suggestion scores at most this
# a table row's answer has a word in it: cells of codes alone ("F", "P", "F/P", ticks)
# are a key the row's reader looks up, not a passage that answers the item
WORD_RE = re.compile(r"[^\W\d_]{3,}")
CONTENTS_LINE_RE = re.compile(r"\)\s+\d{1,3}\s*$")  # a title closing a citation, then its page number
LABELLED_CELL_RE = re.compile(r"\s*[^\W\d_][\w ]{0,29}:\s*\S")  # a label and its value on one line
LISTED_WITH_RE = re.compile(r"[\s,;:()]*(?:and|&|or|as well as)?[\s,;:()]*", re.I)
# an inline list's enumerator, "(iii)", "b)", "2)": the entries of "(i) X; (ii) Y" are listed, not stated in prose
ENUMERATOR = r"\(?(?:[ivx]{1,5}|[a-h]|\d{1,2})\)"
ENUMERATED_RE = re.compile(ENUMERATOR + r"\s*$", re.I)
NEXT_ENTRY_RE = re.compile(r"[\s,;:.]*(?:and\s+)?" + ENUMERATOR + r"\s", re.I)
# the inspectorate's words reported in a response ("Overall, the inspectors concluded that
# ..."): what the report says, not the responder's answer
INSPECTORATE_VOICE_RE = re.compile(
    r"\W*(?:[\w ]{1,20},\s*)?(?:the |his majesty[’']s |her majesty[’']s |hm )?(?:inspectors?|inspectorate|hmicfrs|hmic|hmi)\b"
    r"[^.\n]{0,40}?\b(?:concluded|found|finds|said|says|stated|noted|highlighted|identified|recommended|recommends|"
    r"reported|judged|warned)\b", re.I)
# a short heading that names what follows as the answer ("Force response", "Progress update")
ANSWER_HEADING_RE = re.compile(
    r"\s*(?:[\w’'&-]+\s+){0,3}(?:response|update|progress|comments?|actions?(?: taken)?|position)\s*:?\s*", re.I)
PROSE = ("paragraph", "list_item")  # blocks in which an item may be stated in running prose
PASSAGE_SHOWN = 400
EFFECT_RULE = "effect-of-steps"  # patterns/steps.jsonl: "This will give ...", the effect of the sentence before
FOLD_QUOTES = str.maketrans("‘’“”", "''\"\"")
# words that lead a sentence into the items it sets out: "including:", "such as", "namely"
LEAD_IN_END_RE = re.compile(r"(?:\b(?:including|include|includes|such as|namely|as follows)|:)[\s,:;(\u2018\u201c'\"-]*$",
                            re.I)


@dataclass(frozen=True)
class Passage:
    start: int
    end: int
    method: str
    score: float
    acts: bool
    refuses: bool
    accepts: bool = False  # accepts, agrees, supports or welcomes (no step, but an answer)
    describes: bool = False  # the responder's own prose in the item's place, with no cue (_describes)
    # words for all the items in a response that states none of its own: its only mention of them
    sole_mention: bool = False
    # words for every item ("each of the recommendations") in a response that states some of its
    # own: they answer those it does not state as it answers those it does (`_answer_as_stated`)
    every_item: bool = False


@dataclass(frozen=True)
class CrosswalkRow:
    inspection: str
    response_doc: str
    responding_body: str | None
    register_id: str
    item_type: str
    subject: str | None
    item_text: str
    scope: str
    status: str
    passage: str | None
    passage_start: int | None
    passage_end: int | None
    score: float | None
    method: str | None
    commitments: str | None

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def is_response(document: Document) -> bool:
    """Responses are aligned whether or not their responding body was recognised: an
    unknown body answers for the items it states (see `scope_of`)."""
    return document.doc_type in RESPONSE_TYPES


def align_response(
    inspection: str, document: Document, extracted: Extracted, register: Sequence[RegisterItem],
    causes: Mapping[str, str],
) -> list[CrosswalkRow]:
    """One row per register item for this response. `causes` is the register's
    (`causes_of_recommendations`): the same for every response of the inspection, so read once."""
    response = _Response(document, extracted, register)
    passages: dict[str, list[Passage]] = {entry.register_id: [] for entry in register}
    for entry, found in response.evidence():
        passages[entry.register_id].append(found)
    stated = response.stated_entries()
    opening = min((s for s, _, _ in response.statements), default=len(document.text))
    chosen = {rid: _decide(evidence, opening) for rid, evidence in passages.items()}
    for entry in register:  # parts answered only through their parent, or only by words for all the items
        if (entry.parent_id and chosen.get(entry.parent_id)
                and _weak(chosen[entry.register_id]) and not _weak(chosen[entry.parent_id])):
            parent = chosen[entry.parent_id]
            assert parent is not None
            chosen[entry.register_id] = _via_parent(parent)
    _answer_as_stated(register, passages, chosen, stated)
    _through_cause(register, causes, chosen, stated)
    entries = {e.register_id: e for e in register}
    scopes = {e.register_id: scope_of(e, document.responding_body, e.register_id in stated,
                                      entries.get(e.parent_id) if e.parent_id else None,
                                      _answers(chosen[e.register_id])) for e in register}
    unanswered = [e for e in register if scopes[e.register_id] == IN_SCOPE and chosen[e.register_id] is None]
    suggestions = response.suggestions(unanswered)
    rows = []
    for entry in register:
        scope = scopes[entry.register_id]
        decided = chosen[entry.register_id]
        if scope != IN_SCOPE:
            status = "out_of_scope"
        else:
            status = decided[1] if decided else "unaddressed"
        passage: Passage | None = decided[0] if decided else suggestions.get(entry.register_id)
        rows.append(_row(inspection, document, entry, scope, status, passage, response))
    return rows


def _describes(text: str) -> bool:
    """Prose the responder writes in an item's own place that neither refuses, accepts
    nor defers tells what it does about the item ("Training is provided to all call
    handlers ...", "The service runs three ways to raise concerns ..."): steps in
    place, which the schema counts as `actioned`. A quotation (the item or the
    inspectorate's words, restated or retold: "the inspectors found ...", "forces should
    ...", "the recommendation asks ...") and a few words (a heading, a status cell) are
    no such prose."""
    return (not text.startswith(tuple(OPENING_QUOTES)) and len(text.split()) >= LIMITS.min_own_words
            and INSPECTORATE_VOICE_RE.search(text) is None and ITEM_VOICE_RE.search(text) is None)


def _answers(decided: tuple[Passage, str] | None) -> bool:
    """Whether the chosen passage answers an item (a step or a refusal), not only mentions it."""
    return decided is not None and decided[1] in ("actioned", "declined")


def _weak(decided: tuple[Passage, str] | None) -> bool:
    """No answer, or one from words for all the items ("these recommendations", the
    answer to a run of items): a part whose parent has an answer of its own takes the
    parent's. A topic sentence repeats the part's own words, and stays."""
    return decided is None or decided[0].method in FOR_ALL


# the words of each kind, from the one list of item names (`crosswalk.item_labels`), with
# the looser words responders use for them ("areas for development", "concerns")
AFI_WORDS_RE = re.compile(rf"\b(?:{names_pattern(AFI, plural=True)}|areas? (?:for|of) development|{TYPE_PREFIX[AFI]}s?)\b", re.I)
PARTITIVE_RE = re.compile(r"(?:\S+\s+){1,2}of\s+(?:(?:the|these|those|its|our|their)\s+)?", re.I)  # "some of (the) " before the words it counts
RECOMMENDATION_WORDS_RE = re.compile(rf"\b(?:{names_pattern(REC, plural=True)})\b", re.I)
# words for all the items that quantify over every one ("each of the recommendations",
# "all the causes of concern", a page's "progress against the recommendations"), not those
# just listed ("these recommendations")
EVERY_ITEM_RE = re.compile(r"\b(?:all|each|every)\b|^progress\b", re.I)
CONCERN_WORDS_RE = re.compile(rf"\b(?:{names_pattern(COC, plural=True)}|areas? of concern|concerns?)\b", re.I)
# the formal name alone ("the two causes of concern", "both CoCs"), not a loose "concerns"
CAUSE_NAMES_RE = re.compile(rf"\b(?:{names_pattern(COC, plural=True)}|{TYPE_PREFIX[COC]}s?)\b", re.I)
AREAS_RE = re.compile(r"\bareas\b", re.I)
GRADES = grading_words().grades  # a grade's words -> its value
GRADE_RE = re.compile(rf"\b(?:{grading_words().grade_alternation})\b", re.I)
# the grades that open items: every grade but the praising ones the grade words name
ADVERSE_GRADES = frozenset(GRADES.values()) - grading_words().praising_grades
ITEM_KINDS_RE = (AFI_WORDS_RE, CONCERN_WORDS_RE, RECOMMENDATION_WORDS_RE)  # words that name a kind of item
FORMAL_KINDS = frozenset({"recommendation", "cause_of_concern"})  # a cause of concern and its remedies


def _kinds_named(cues: Iterable[str], types: Iterable[str] = ()) -> frozenset[str] | None:
    """The item types words for all the items answer, among the `types` of the items they
    may answer: words that name the areas for improvement alone ("our plan covers each
    area for improvement the report sets out") answer those and not the report's
    recommendations or causes of concern. Words that name the recommendations alone, where
    the items include a cause of concern, answer the causes and the recommendations they
    carry, not the areas for improvement beside them: such a report's recommendations are
    its causes' remedies ("an improvement plan to respond to the report's
    recommendations" answers a fire report's causes; NOTES: its AFIs are no
    recommendations). Words that name the causes of concern alone, by their formal name
    ("the service has closed both causes of concern"),
    answer the causes and their remedies, not the areas for improvement the report sets
    beside them. Elsewhere "the recommendations" may be what a responder calls its
    areas for improvement ("the force will act on the report's recommendations"), so
    they answer every type (None), as does anything else: "the issues raised" name no
    kind."""
    afi = concern = cause = recommendation = False
    for words in cues:
        afi |= bool(AFI_WORDS_RE.search(words))
        concern |= bool(CONCERN_WORDS_RE.search(words))
        cause |= bool(CAUSE_NAMES_RE.search(words))
        recommendation |= bool(RECOMMENDATION_WORDS_RE.search(words))
    if afi and not (concern or recommendation):
        return frozenset({"area_for_improvement"})
    if (recommendation and not (afi or concern) or cause and not (afi or recommendation)) \
            and "cause_of_concern" in set(types):
        return FORMAL_KINDS
    return None


def _answer_as_stated(register: Sequence[RegisterItem], passages: dict[str, list[Passage]],
                      chosen: dict[str, tuple[Passage, str] | None], stated: set[str]) -> None:
    """Items a response does not state, answered only by its words for every item ("this
    page provides an update on each of the recommendations"), are answered as the items it
    states are: when it answers one of those with a step (its own prose in the item's
    place), the page's update on each recommendation is one on these too, though the
    words themselves state no step."""
    if not any((found := chosen.get(rid)) is not None and found[1] == "actioned" for rid in stated):
        return
    for entry in register:
        every = [p for p in passages[entry.register_id] if p.every_item]
        if entry.register_id not in stated and chosen[entry.register_id] is None and every:
            chosen[entry.register_id] = (max(every, key=lambda p: (p.score, -p.start)), "actioned")


def _through_cause(register: Sequence[RegisterItem], causes: Mapping[str, str],
                   chosen: dict[str, tuple[Passage, str] | None], stated: set[str]) -> None:
    """A cause of concern's recommendations (`causes_of_recommendations`) that a response
    neither states nor answers take the cause's answer when it has one: the
    recommendation is the remedy the inspectorate sets the cause (a plan to put it right,
    by a date), so minutes on the work done about the cause report work on its remedy
    (gold gives a cause's recommendations its status in 85 of 95 rows). A response that sets
    the recommendation out itself (a letter restating the report's items, a monitoring
    record of one cause and its recommendations) and answers only the cause has left it
    unanswered; a refusal of the cause is not carried to a remedy the response never names."""
    entries = {entry.register_id: entry for entry in register}
    for rid, cause in causes.items():
        answer = chosen.get(cause)
        if rid in stated or entries[rid].parent_id in stated:
            continue
        if chosen.get(rid) is None and answer is not None and answer[1] in ("actioned", "acknowledged"):
            chosen[rid] = _via_parent(answer)


def _via_parent(answer: tuple[Passage, str]) -> tuple[Passage, str]:
    """The parent's answer and status, for an item answered only through it: the same
    passage, its method `PARENT`, its score a share of the parent's (`PARENT_SHARE`)."""
    passage, status = answer
    return replace(passage, method=PARENT, score=round(passage.score * PARENT_SHARE, 1)), status


def _decide(passages: Sequence[Passage], opening: int) -> tuple[Passage, str] | None:
    """The passage that decides an item's status, and the status. A dedicated answer
    that refuses the item and states no step declines it, whatever else the response
    says, and words for all the items (or on its topic) do not count beside it;
    otherwise any passage that states a step actions it, else one that refuses
    declines it, else the responder's own prose in the item's place (`_describes`)
    actions it, else the strongest passage acknowledges it; words for all the items
    acknowledge it when they accept ("we accept the recommendations"), or when they are
    the response's only mention of the items (`sole_mention`: a response that states
    none of its own, "the force has provided an update against those recommendations";
    NOTES.md: a collective comment on "the recommendations" marks every in-scope item
    as mentioned, and gold so labels it across labellers). In a response that states
    its items, words that name them together with no step, refusal or acceptance are a
    lead-in ("our response to these recommendations:"), not a mention of an item it
    then leaves unanswered, which stays unaddressed. The one exception: words
    for all the items that come before the response states any (`opening`: "I hold the
    force to account on these matters monthly. The areas for improvement are:")
    answer each of them, when what follows an item in its own place (the report's
    explanation, restated) states no step, refuses nothing and accepts nothing: an
    acceptance in the item's own place ("I accept this area for improvement") is its
    answer, and the step before the list is not."""
    if not passages:
        return None
    dedicated = [p for p in passages if p.method in DEDICATED]
    if dedicated:  # an item answered in its own place is not answered by words for all ...
        silent = not any(p.acts or p.refuses or p.accepts for p in dedicated)
        passages = [p for p in passages if p.method not in WEAK
                    or silent and p.method == "collective_reference" and p.end <= opening]  # ... but by a preamble
    best = lambda found: max(found, key=lambda p: (p.score, -p.start))  # noqa: E731
    if any(p.refuses for p in dedicated) and not any(p.acts for p in dedicated):
        return best([p for p in dedicated if p.refuses]), "declined"
    for status, wanted in (("actioned", [p for p in passages if p.acts]),
                           ("declined", [p for p in passages if p.refuses]),
                           ("actioned", [p for p in dedicated if p.describes])):
        if wanted:
            return best(wanted), status
    heard = [p for p in passages if p.method not in FOR_ALL or p.accepts or p.sole_mention]
    return (best(heard), "acknowledged") if heard else None


class _Response:
    """One response read for evidence: its blocks, sentences, statements of items,
    citations, steps and cues."""

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
        self.named_elsewhere = self._named_in_same_words(register)
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
        self.steps = Spans(acts + self._effects_of(Spans(acts), extracted.steps, not_steps))
        # a response that states no item names the inspection's by their kind ("the two
        # causes of concern") or by the plan made in answer to them ("the HMICFRS
        # improvement plan"): words for all of them, read in such responses alone
        # (or only names their themes: headings such as "Prevention", "Protection")
        themes = only_themes(self.items)
        named = cue("items_named").finds(self.text) if themes else ()
        # words counting or pointing back to another review's recommendations are that review's
        self.collective_found = sorted(_with_coordinated_kind(self.text, found)
                                       for found in [*cue("collective").finds(self.text), *named]
                                       if not self._of_other_review(*found) and not self._graded_areas(*found))
        self.collective_cues = Spans(self.collective_found)
        # the response states items of its own (not only names some another document states)
        self.states_own = not themes and any(item not in self.named_elsewhere for _, _, item in self.statements)
        self.statement_spans = sorted((s, e) for s, e, _ in self.statements)
        self.statement_starts = [s for s, _ in self.statement_spans]
        self._answering: list[tuple[int, int]] | None = None
        self.every_item_found: list[tuple[RegisterItem, Passage]] = []  # `_collective`: items it does not state
        self.commitments = [(c.start, c.end, c.text) for c in extracted.commitments]

    def _effects_of(self, acts: Spans, steps: Sequence[tuple[int, int, str]], not_steps: Spans) -> list[tuple[int, int]]:
        """"This will give ..." foretells the effect of what the sentence before it does: a
        step only when that sentence states one. After "We agree with the recommendation
        that ..." it foretells the effect of the recommendation, which accepts the item
        and takes no step."""
        found = []
        for start, end, rule in steps:
            if rule != EFFECT_RULE or not_steps.overlaps(start, end):
                continue
            before = [s for s, e in self.sentences if e <= start]  # where the sentence before starts
            if before and acts.overlaps(before[-1], start):
                found.append((start, end))
        return found

    def _named_in_same_words(self, register: Sequence[RegisterItem]) -> list[Item]:
        """Items another document of the inspection states that this response names in
        the same words without extraction reading them as items ("... were identified:
        'Protecting Vulnerable People and Supporting Victims' ..."): the response
        mentions them, so they are stated here (at the words) and not unaddressed. Short
        texts (a one-word theme) are left alone: the same word may be anything; so are
        words inside a grading (a PEEL question's name is often an item's text too)."""
        if self.document.doc_type == "monitoring_record":
            return []  # a record states its own items; its comments answer them
        folded = _folded(self.text)
        graded = Spans((g.start, g.end) for g in self.gradings)
        read = Spans(span for item in self.items for span in item.statements)  # where extraction read an item
        found: list[Item] = []
        for entry in register:
            if (entry.historic or entry.type == "innovative_practice"
                    or any(doc_id == self.document.doc_id for doc_id, _ in entry.members)):
                continue
            for _, member in entry.members:
                words = _folded(member.text).strip(" .,;:")
                if len(words.split()) < LIMITS.named_min_words:
                    continue
                at = folded.find(words)
                # an area graded is not an item named; nor is what extraction read as an item,
                # nor words another named item already covers
                if (at >= 0 and not graded.overlaps(at, at + len(words)) and not read.overlaps(at, at + len(words))
                        and not any(o.start < at + len(words) and at < o.end for o in found)):
                    item = replace(member, item_id=f"{member.item_id}@{entry.register_id}", start=at,
                                   end=at + len(words), mentions=(), number=None)
                    self.entry_of[(self.document.doc_id, item.item_id)] = entry
                    found.append(item)
                    break
        return found

    # -- passages ------------------------------------------------------------------------

    def passage(self, start: int, end: int, method: str, score: float | None = None) -> Passage:
        while start < end and self.text[start].isspace():
            start += 1
        acts = _overlaps(self.steps, start, end)
        refuses = _overlaps(self.refusals, start, end)
        accepts = _overlaps(self.acceptances, start, end)
        describes = (method in OWN_WORDS and not (acts or refuses or accepts) and _describes(self.text[start:end])
                     and not _overlaps(self.no_step, start, end))
        return Passage(start, end, method, SCORES.get(method, 0.0) if score is None else score, acts, refuses,
                       accepts, describes)

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

    def evidence(self) -> Iterable[tuple[RegisterItem, Passage]]:
        answers = [*self._citations(), *self._restatements(), *self._table_rows(), *self._statement_contexts(),
                   *self._lead_in_answers()]
        claimed = [(p.start, p.end, item) for item, p in answers]
        for item, passage in (*answers, *self._tracker_statuses(), *self._monitoring_comments(),
                              *self._collective(), *self._prose_answers(), *self._topics(claimed), *self._mentions()):
            entry = self.entry(item)
            if entry is not None and not self._cut_fragment(passage):
                yield entry, passage
        yield from ((entry, passage) for entry, passage in self.every_item_found if not self._cut_fragment(passage))
        yield from self._scope_headings()

    def _cut_fragment(self, passage: Passage) -> bool:
        """A few words that the page's end cuts mid-word ("The or"), or an item stated in
        prose that the end cuts inside its own statement, with no cue in them: what would
        have answered the item is not in the text, so nothing answers it (NOTES: in a text
        cut before any answer, restating the item leaves it unaddressed; a complete text
        that only restates it acknowledges it)."""
        text = self.text
        return (not text[passage.end :].strip() and passage.end > passage.start and text[passage.end - 1].isalpha()
                and (passage.method == MENTION or len(text[passage.start : passage.end].split()) < LIMITS.min_own_words)
                and not (passage.acts or passage.refuses or passage.accepts))

    def _of_other_review(self, start: int, end: int) -> bool:
        """Whether words for all the items at text[start:end] point back to another review's
        recommendations, named earlier in their block (`of_other_review`): they answer none
        of the inspection's items."""
        index = self._block_index(start)
        return of_other_review(self.text, self.blocks[index].start if index is not None else start, start, end)

    def _graded_areas(self, start: int, end: int) -> bool:
        """Whether words for all the items at text[start:end] name only areas ("each of
        these areas", "in all these areas") in a sentence that grades or names a grade
        (`graded`: "a grade is given for each of these areas", "rated good in all these
        areas"): the areas graded (a PEEL pillar, a fire service's efficiency,
        effectiveness and people), not the report's items, so they answer none. Not when
        the sentence gives them a grade that opens items ("judged inadequate in several of
        these areas": a PEEL report's causes of concern are its inadequate areas), unless
        it names the whole scale (a grade "from outstanding, good or adequate to
        requires improvement or inadequate"), which says how areas are graded, not these ones."""
        words = self.text[start:end]
        if not AREAS_RE.search(words) or any(kind.search(words) for kind in ITEM_KINDS_RE):
            return False
        at = bisect_right(self.sentences, (start, len(self.text) + 1)) - 1
        sentence = self.sentences[at] if at >= 0 and start < self.sentences[at][1] else (start, end)
        if not cue("graded").found_in(self.text, *sentence):
            return False
        grades = {GRADES[m.group().lower()] for m in GRADE_RE.finditer(self.text, *sentence)}
        return not grades & ADVERSE_GRADES or len(grades) >= LIMITS.grade_scale_words

    def _block_index(self, position: int) -> int | None:
        index = bisect_right(self.block_starts, position) - 1
        return index if index >= 0 and position < self.blocks[index].end else None

    def _own_line(self, start: int, end: int) -> bool:
        index = self._block_index(start)
        if index is None:
            return False
        block = self.blocks[index]
        # A heading is a line of its own; a list entry when the item fills it or opens it
        # after a label ("Recommendation 2 (page 14):"); an item named at the end of a
        # long entry of minutes is stated in prose.
        return (block.kind == "heading" or fills_block(start, end, block.start, block.end)
                or block.kind == "list_item" and start - block.start <= LIMITS.list_label_chars)

    def _items_cited(self, text: str) -> list[Item]:
        own = [i for _, _, i in self.statements if i not in self.named_elsewhere]
        found: list[Item] = []
        for _, _, label in cited_labels(text):
            item = resolve(label, own, self.elsewhere) or self._nth_of_register(label)
            if item is not None and item not in found:
                found.append(item)
        return found

    def _nth_of_register(self, label: str) -> Item | None:
        """"Recommendation 2" in a response that states no recommendation: the second of
        the inspection's register (as its report numbers them, in reading order); "the
        cause of concern" of an inspection with one."""
        prefix = label.rstrip("0123456789")
        if prefix not in TYPE_OF or any(i.type == TYPE_OF[prefix] for _, _, i in self.statements
                                        if i not in self.named_elsewhere):
            return None
        ordered = [e for e in self.register if e.type == TYPE_OF[prefix] and e.parent_id is None and not e.historic]
        if prefix == label:
            return ordered[0].members[0][1] if len(ordered) == 1 else None
        number = int(label[len(prefix):])
        return ordered[number - 1].members[0][1] if 0 < number <= len(ordered) else None

    def _opens_with_citation(self, block: BlockSpan) -> bool:
        match = CITATION_RE.search(self.text, block.start, min(block.end, block.start + LIMITS.citation_reach))
        return match is not None and (match.start() - block.start <= 4
                                      or ANSWER_LEAD_RE.fullmatch(self.text, block.start, match.start()) is not None)

    def _is_restating(self, start: int, end: int) -> bool:
        """Half or more of the span is the text of items (a quoted list, a heading)."""
        first = max(0, bisect_left(self.statement_spans, (start, -1)) - LIMITS.max_statements_before)
        covered = 0
        for s, e in self.statement_spans[first:]:
            if s >= end:
                break
            covered += max(0, min(e, end) - max(s, start))
        return covered * 2 >= end - start

    def _region_after(self, index: int, answering: Sequence[Item]) -> tuple[int, int] | None:
        """The blocks after block `index` that answer `answering`: up to the next heading,
        citation, or statement of another item (a restatement of the same item is skipped)."""
        start = end = None
        prose = False  # lead-in headings alone ("Recommendation:") answer nothing
        for block in self.blocks[index + 1 :]:
            lead_in = self._lead_in(block) or self._answer_heading(block)
            if (block.kind == "heading" and not lead_in) or self._opens_with_citation(block) and not (
                    start is None and self._cites_only(block, answering)):
                break  # a heading that ends in ":" leads into a list of the answer
            inside = [item for s, _, item in self.statements if block.start <= s < block.end]
            if inside and any(item not in answering for item in inside):
                break
            if any(item not in answering for item in self._items_cited(self.text[block.start : block.end])):
                break  # "... under recommendation 1": the answer to another item
            if any(block.start <= c < block.end for c in self.comment_starts) and self.monitoring:
                break
            if start is None and (inside or self._within_statement(block, answering)):
                continue  # the item restated under its heading (each paragraph of it)
            if start is None and self._answer_heading(block):
                continue  # "Force response": the answer starts under it
            start = block.start if start is None else start
            end = block.end
            prose = prose or block.kind not in ("heading", "footnote")  # a footnote answers nothing
        return (start, end) if start is not None and end is not None and prose else None

    def _within_statement(self, block: BlockSpan, answering: Sequence[Item]) -> bool:
        """Whether the block lies inside a statement of one of `answering` that runs over
        several paragraphs: the item's own words, not the answer to it."""
        return any(s <= block.start and block.end <= e for s, e, item in self.statements if item in answering)

    def _cites_only(self, block: BlockSpan, answering: Sequence[Item]) -> bool:
        """The block cites items, all of them among `answering`: under a heading that
        cites recommendations 7 and 9, a paragraph opening "Recommendation 7 ..." goes on
        with the same answer."""
        cited = self._items_cited(self.text[block.start : block.end])
        return bool(cited) and all(item in answering for item in cited)

    def _states(self, block: BlockSpan) -> bool:
        """Whether an item's statement starts inside `block`."""
        at = bisect_left(self.statement_starts, block.start)
        return at < len(self.statement_starts) and self.statement_starts[at] < block.end

    def _citations(self) -> Iterable[tuple[Item, Passage]]:
        for index, block in enumerate(self.blocks):
            states = self._states(block)
            chunk = self.text[block.start : block.end]
            if block.end - block.start <= LIMITS.heading_chars and CONTENTS_LINE_RE.search(chunk):
                continue  # a contents line ("... (recommendations 1-3) 28") names items, answers none
            if (not states and (block.kind == "heading" or block.end - block.start <= LIMITS.heading_chars)
                    and (self._opens_with_citation(block) or block.kind == "heading" and CITATION_RE.search(chunk))):
                cited = self._items_cited(self.text[block.start : block.end])
                region = self._region_after(index, cited) if cited else None
                if region is not None:
                    passage = self.passage(*region, "reference_heading")
                    yield from ((item, passage) for item in cited)
                    continue
            yield from self._cited_sentences(block)

    def _cited_sentences(self, block: BlockSpan) -> Iterable[tuple[Item, Passage]]:
        # a title or heading naming an item, with no answer under it, answers it only with a
        # status of its own ("Recommendation 3: completed"), not by naming it
        titled = block.kind == "heading" and block.end - block.start <= LIMITS.heading_chars
        first = bisect_left(self.sentences, (block.start, -1))
        last = bisect_left(self.sentences, (block.end, -1))
        sentences = self.sentences[first:last]
        cited = [(s, e, self._items_cited(self.text[s:e])) for s, e in sentences]
        sets_out = self._sets_out_items(block)
        for position, (start, end, items) in enumerate(cited):
            if not items or self._is_restating(start, end) or _label_only(self.text[start:end]):
                continue  # a bare label ("Cause of concern", "Recommendation 2:") heads a section, answers nothing
            if sets_out and position == len(cited) - 1 and self.text[start:end].rstrip().endswith(":"):
                continue  # "The cause of concern is set out below:" leads in to the items, answers none
            stop = next((s for s, _, others in cited[position + 1 :] if others and others != items), block.end)
            passage = self.passage(start, stop, "explicit_reference")
            if titled and not (passage.acts or passage.refuses):
                continue
            yield from ((item, passage) for item in items)

    def _sets_out_items(self, block: BlockSpan) -> bool:
        """Whether the blocks after this one (past headings) open with a statement of items."""
        index = self._block_index(block.start)
        for after in self.blocks[index + 1 :] if index is not None else []:
            if any(after.start <= s < after.end for s, _, _ in self.statements):
                return True
            if after.kind != "heading":
                return False
        return False

    def _restatements(self) -> Iterable[tuple[Item, Passage]]:
        if self.monitoring:
            return  # the record states its own items; its comments answer them
        for start, end, item in self.statements:
            index = self._block_index(start)
            if index is None or not self._own_line(start, end):
                continue
            if index > 0 and self._states_other(self.blocks[index - 1], item):
                yield from self._list_answer(index)  # the last of a list of items: what follows answers the list
                continue
            following = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
            if following is not None and (following.kind in ("paragraph", "list_item") or self._answer_heading(following)
                                          or self._lead_in(following)):
                region = self._region_after(index, [item, *self._parts_of(item)])
                if region is not None:
                    yield item, self.passage(*region, "restatement")

    def _parts_of(self, item: Item) -> list[Item]:
        """The parts of a multi-part item the response states with it ("... should notify
        HMICFRS of any allegations that:" and its bullets): the answer under them answers
        the lead-in item, and the parts through it (their parent's status)."""
        return [part for _, _, part in self.statements if part.parent_id is not None and part.parent_id == item.item_id]

    def _lead_in(self, block: BlockSpan) -> bool:
        """A heading ending in ":" ("For PCCs, this should include the following:") leads
        into the parts of the item restated above it, its answer under them."""
        return block.kind == "heading" and self.text[block.start : block.end].rstrip().endswith(":")

    def _answer_heading(self, block: BlockSpan) -> bool:
        """"Force response", "Progress update", "Our response": a heading that introduces
        the answer to the item above it, as a lead-in ending in a colon does."""
        return block.kind == "heading" and ANSWER_HEADING_RE.fullmatch(self.text, block.start, block.end) is not None

    def _list_answer(self, index: int) -> Iterable[tuple[Item, Passage]]:
        """The prose right after a run of items the response sets out (a summary of the
        concern and its recommendations, their headings and lead-ins between them)
        answers the run as a whole: weaker than an answer in an item's own place."""
        if index + 1 >= len(self.blocks) or self.blocks[index + 1].kind not in ("paragraph", "list_item"):
            return
        run: list[Item] = []
        for block in reversed(self.blocks[: index + 1]):
            stated = [item for s, e, item in self.statements if block.start <= s < block.end and self._own_line(s, e)]
            if not stated and block.kind != "heading":
                break
            run.extend(item for item in stated if item not in run)
        region = self._region_after(index, run)
        if region is None:
            return
        # the responder's own words: the inspectorate's verdict retold after the list answers nothing
        first = next((s for s, e in self._answer_sentences() if region[0] <= s < region[1]), None)
        if first is not None:
            passage = self.passage(first, region[1], "list_answer")
            yield from ((item, passage) for item in run)

    def _prose_answers(self) -> Iterable[tuple[Item, Passage]]:
        """The paragraphs after one that states items in prose ("It makes several
        recommendations, including A and B.") answer them together when one of them states
        a step and none names an item of its own: the next paragraph (with the list its
        lead-in ends in ":" opens), else the first of a few more, before the next heading,
        that holds a commitment ("Some positives were found ... A formal holding to
        account process is under way.").
        As weak as the answer to a run of items set out on their own lines."""
        if self.monitoring:
            return
        stated: dict[int, list[Item]] = {}
        for start, end, item in self.statements:
            index = self._block_index(start)
            if (index is not None and self.blocks[index].kind == "paragraph" and not self._own_line(start, end)
                    and not item.historic and item.type != "innovative_practice"):
                stated.setdefault(index, [])
                stated[index] += [item] if item not in stated[index] else []
        for index, items in stated.items():
            passage = next((p for n, p in enumerate(self._answers_after_prose(index, items))
                            if p.acts and not p.refuses and (n == 0 or self._commits(p))), None)
            if passage is not None:
                yield from ((item, passage) for item in items)

    def _about_one(self, block: BlockSpan, items: Sequence[Item]) -> bool:
        """Whether the block repeats the words of one of `items` (as a topic sentence does)."""
        words = core_words(self.text[block.start : block.end])
        return bool(Coverage([item.text for item in items], [words]).holds(LIMITS.topic_min_words, LIMITS.topic_min_share).any())

    def _commits(self, passage: Passage) -> bool:
        """Whether the passage holds one of the response's commitments. Further from the
        items than the next paragraph, a step told in the past ("has improved the way it
        identifies ...") is as often the report's praise retold as the responder's own;
        a commitment (which extraction keeps only in the responder's voice) is not."""
        return any(s < passage.end and passage.start < e for s, e, _ in self.commitments)

    def _answers_after_prose(self, index: int, items: Sequence[Item]) -> Iterable[Passage]:
        """Each paragraph after block `index` (with the list entries its closing colon leads
        into), up to `LIMITS.prose_answer_reach` of them, the next heading, or a block that names
        an item (by number, or a recommendation by its words: "the recommendation on
        custody records", whose answer it is); past the next paragraph, up to one about one of `items` in its words
        (the answer to that item alone, `_topics`)."""
        at, seen = index + 1, 0
        while at < len(self.blocks) and seen < LIMITS.prose_answer_reach:
            block = self.blocks[at]
            if (block.kind != "paragraph" or self._states(block) or self._items_cited(self.text[block.start : block.end])
                    or cue("item_in_words").found_in(self.text, block.start, block.end)):
                return
            if seen and self._about_one(block, items):
                return
            end, at = block.end, at + 1
            if self.text[block.start : block.end].rstrip().endswith(":"):
                while (at < len(self.blocks) and self.blocks[at].kind == "list_item"
                       and not self._states(self.blocks[at])):
                    end, at = self.blocks[at].end, at + 1
            seen += 1
            first = next((s for s, _ in self._answer_sentences() if block.start <= s < block.end), None)
            if first is not None:
                yield self.passage(first, end, "list_answer")

    def _states_other(self, block: BlockSpan, item: Item) -> bool:
        return any(block.start <= s < block.end and other is not item and self._own_line(s, e)
                   for s, e, other in self.statements)

    def _table_rows(self) -> Iterable[tuple[Item, Passage]]:
        """The cells after an item in its row answer it, up to the next item the row
        states: a tracker's row that sets out a cause of concern and then its
        recommendation ("Cause of concern: ... Recommendation: ... | Completed") gives
        its status cell to the recommendation, not to the cause."""
        for start, end, item in self.statements:
            index = self._block_index(start)
            if index is None or self.blocks[index].kind != "table_row":
                continue
            stop = next((s for s in self.statement_starts[bisect_right(self.statement_starts, end - 1):]
                         if s >= end), self.blocks[index].end)
            stop = min(stop, self.blocks[index].end)
            if end < stop - 1 and WORD_RE.search(self.text, end, stop):
                yield item, self.passage(end, stop, "table_row")

    def _statement_contexts(self) -> Iterable[tuple[Item, Passage]]:
        """The rest of the paragraph after an item stated in prose (after the run of
        items it is listed with: "X, Y and Z"), up to the next item stated there."""
        if self.monitoring:
            return
        for start, end, item in self.statements:
            index = self._block_index(start)
            if index is None:
                continue
            kind = self.blocks[index].kind
            # A paragraph that states an item in prose, or a list entry that states it
            # and goes on in a sentence of its own (a tracker in minutes: "Policy to be
            # published. A draft policy was being reviewed."): the rest answers it.
            if not (kind in PROSE and not self._own_line(start, end)
                    or kind == "list_item" and self._sentence_follows(end, self.blocks[index].end)):
                continue
            block_end = self.blocks[index].end
            if self._enumerated(start):  # an entry of an inline list: its answer, if any, is in the entry
                entry = NEXT_ENTRY_RE.search(self.text, end, block_end)
                sentence = next((e for s, e in self.sentences if s <= end <= e), block_end)
                block_end = min(entry.start() if entry else block_end, sentence, block_end)
            later = sorted((s, e) for s, e, other in self.statements if end <= s < block_end and other is not item)
            for s, e in later:
                if not _listed_with(self.text[end:s]):
                    break
                end = max(end, e)
            stop = min([s for s, _ in later if s >= end] + [block_end])
            rest = self.text[end:stop]
            if len(rest.strip(" ,.;:")) >= 20:
                yield item, self.passage(end + len(rest) - len(rest.lstrip(" ,.;:")), stop, "statement_context")

    def _lead_in_answers(self) -> Iterable[tuple[Item, Passage]]:
        """The words that lead a sentence into the items it sets out in prose ("Progress is
        also being made on other recommendations, including: A; B; and C.") answer each of
        them when they state a step: the responder's account of its work, in the sentence
        that names the items. A lead-in that states none ("The report made three
        recommendations:") restates them and answers nothing."""
        if self.monitoring:
            return
        by_sentence: dict[tuple[int, int], list[tuple[int, Item]]] = {}
        for start, end, item in self.statements:
            index = self._block_index(start)
            if index is None or self.blocks[index].kind not in PROSE or self._own_line(start, end):
                continue
            at = bisect_right(self.sentences, (start, len(self.text) + 1)) - 1
            if at >= 0 and start < self.sentences[at][1]:
                by_sentence.setdefault(self.sentences[at], []).append((start, item))
        for (sentence_start, _), stated in by_sentence.items():
            first = min(start for start, _ in stated)
            lead = self.text[sentence_start:first]
            if not LEAD_IN_END_RE.search(lead) or INSPECTORATE_VOICE_RE.match(lead):
                continue
            passage = self.passage(sentence_start, first, "statement_context")
            # the step is the lead-in's own, not a commitment of the whole sentence that
            # goes on past the items
            if (not passage.refuses and _overlaps(self.steps, sentence_start, first)
                    and any(cue(kind).found_in(self.text, sentence_start, first) for kind in ("progress", "intent"))):
                yield from ((item, passage) for item in dict.fromkeys(item for _, item in stated))

    def _sentence_follows(self, end: int, block_end: int) -> bool:
        """Whether the item's words close a sentence at `end` and a new sentence of some
        length follows in the block: someone else's words, not more of the item's."""
        rest = self.text[end:block_end].lstrip(" \t\n\u00a0")
        ended = self.text[:end].rstrip().endswith((".", "!", "?")) or rest[:1] in (".", "!", "?")
        rest = rest.lstrip(".!? ")
        return ended and len(rest) >= LIMITS.list_answer_chars and (rest[0].isupper() or rest[0] in "\u2018\u201c'\"")

    def _tracker_statuses(self) -> Iterable[tuple[Item, Passage]]:
        """A status word on a short line of its own beside the item ("Completed",
        "Accepted", "Not accepted", "Superseded"): in the two lines before it, or in the
        run of short lines after it (a tracker's cells, "Action taken", "Status: In
        progress") or under a "Status" label past the answer, up to the next item. A
        tracker keeps one layout: once an item's status is found after it, the line
        before the next item is the previous item's status."""
        follows = False
        for start, _, item in self.statements:
            index = self._block_index(start)
            if index is None:
                continue
            after = self._cells_after(index)
            for near in (*(() if follows else (index - 1, index - 2)), *after):
                if not 0 <= near < len(self.blocks) or near == index:
                    continue
                block = self.blocks[near]
                if block.end - block.start > LIMITS.status_cell_chars:
                    continue
                if any(other is not item for other in self._items_cited(self.text[block.start : block.end])):
                    continue  # "Recommendation 1: completed" beside the second item is the first's status
                if self._status_cell(block.start, block.end):
                    follows = follows or near > index
                    yield item, self.passage(block.start, block.end, "tracker_status")
                    break

    def _status_cell(self, start: int, end: int) -> bool:
        return (_overlaps(self.no_step, start, end) or _overlaps(self.progress, start, end)
                or cue("acceptance").found_in(self.text, start, end) or cue("refusal").found_in(self.text, start, end))

    def _cells_after(self, index: int) -> list[int]:
        """The short lines right after block `index`, up to a longer block or one that
        states an item: the cells a tracker prints under its item."""
        cells = []
        for near in range(index + 1, len(self.blocks)):
            block = self.blocks[near]
            if block.end - block.start > LIMITS.status_cell_chars or self._states(block):
                break
            cells.append(near)
        return (cells or [index + 1]) + self._labelled_status_after(index)

    def _labelled_status_after(self, index: int) -> list[int]:
        """The line under a "Status" label further down the item's section, past its
        answer ("Action we have taken" / prose / "Status" / "On track"), or a labelled
        status on a line of its own there ("Action: Ongoing"), before the next item: the
        value of the item's status cell."""
        for near in range(index + 1, min(len(self.blocks), index + 1 + LIMITS.labelled_status_reach)):
            block = self.blocks[near]
            if self._states(block):
                return []
            if near + 1 < len(self.blocks) and cue("status_label").found_in(self.text, block.start, block.end):
                return [near + 1]
            if (near > index + 1 and block.end - block.start <= LIMITS.status_cell_chars
                    and LABELLED_CELL_RE.match(self.text, block.start, block.end)
                    and self._status_cell(block.start, block.end)):
                return [near]  # "Action: Ongoing" closing the item's section, past its answer
        return []

    def _monitoring_comments(self) -> Iterable[tuple[Item, Passage]]:
        """A progress comment citing no number answers the record's cause of concern
        (the record's top item), or every top item when it has none or several. A record
        is one entry of the register, the cause and the recommendation set to remedy it:
        when it holds one recommendation, the comment answers the entry as a whole, the
        cause and its recommendation alike, whatever else the comment names ("the College
        of Policing recommendations are awaited" is news on the entry, not on another one).
        When it holds several, a comment may answer one of them only, so it answers them
        all only when it names the recommendation by its kind ("This recommendation is
        therefore complete", "Recommendation can not yet be discharged")."""
        if not self.monitoring:
            return
        own = [i for _, _, i in self.statements if i.parent_id is None and not i.historic]
        concerns = [i for i in own if i.type == "cause_of_concern"]
        top = list(dict.fromkeys(concerns if len(concerns) == 1 else own))
        remedies = list(dict.fromkeys(i for i in own if i.type == "recommendation" and i not in top))
        if not self.comment_starts:  # a record copied without its markup
            region = self._plain_comment()
            if region is not None:
                passage = self.passage(*region, "monitoring_comment")
                yield from ((item, passage) for item in dict.fromkeys(own) if item.type != "innovative_practice")
            return
        # the record's own status ("[status]complete") reports the step its comments describe
        closed = any(event.status and cue("progress").found_in(event.status.replace("-", " "))
                     for event in self.document.history)
        for event in self.document.history:
            if event.comment_start is None or event.comment_end is None:
                continue
            comment = self.text[event.comment_start : event.comment_end]
            if not self._items_cited(comment):
                passage = self.passage(event.comment_start, event.comment_end, "monitoring_comment")
                passage = replace(passage, acts=True) if closed and not passage.refuses else passage
                whole = len(remedies) == 1 or cue("own_recommendation").found_in(comment)
                named = remedies if whole else []
                yield from ((item, passage) for item in (*top, *named))

    def _plain_comment(self) -> tuple[int, int] | None:
        """A record whose progress comment carries no markup (a register page copied as
        text): the prose after its last stated item is the one update on the whole entry,
        so it answers every item the entry states (the cause of concern and the
        recommendations listed under it alike)."""
        if not self.statements:
            return None
        last = max(e for _, e, _ in self.statements)
        after = [b for b in self.blocks if b.start >= last and b.kind in PROSE and not self._is_restating(b.start, b.end)
                 and not self._items_cited(self.text[b.start : b.end])]
        return (after[0].start, after[-1].end) if after else None

    def _answer_sentences(self) -> list[tuple[int, int]]:
        """Sentences that may answer: not a statement of items, not before a monitoring
        record's first comment (the record itself)."""
        if self._answering is None:
            first_comment = self.comment_starts[0] if self.monitoring and self.comment_starts else 0
            self._answering = [(s, e) for s, e in self.sentences if s >= first_comment and not self._is_restating(s, e)
                               and not INSPECTORATE_VOICE_RE.match(self.text, s, e)]
        return self._answering

    def _collective(self) -> Iterable[tuple[Item, Passage]]:
        """Words for all the items answer every item the response states; in a response
        that states none (linked to its inspection by title, key or declaration), every
        item of the inspection: "the causes of concern", even "the two causes of concern",
        are then the register's. Words that quantify over every item ("each of the
        recommendations") in a response that states some also answer those it does not
        state (`every_item_found`), as it answers those it does (`_answer_as_stated`)."""
        stated = self._answerable(i for _, _, i in self.statements if self.states_own) or self._answerable(
            entry.members[0][1] for entry in self.register if entry.members)
        if not stated:
            return
        sentences = [(s, e) for s, e in self._answer_sentences() if _overlaps(self.collective_cues, s, e)]
        accepted = any(_overlaps(self.acceptances, s, e) for s, e in sentences)
        for start, end in sentences:
            index = self._block_index(start)
            stop = self.blocks[index].end if index is not None else end
            if index is not None and index + 1 < len(self.blocks) and self.blocks[index + 1].kind == "paragraph":
                following = self.blocks[index + 1]
                if not any(following.start <= s < following.end for s, _, _ in self.statements):
                    stop = following.end
            part = None if self.states_own else self._part_done_of(start, end)
            if part is not None:  # an outcome for an unnamed part: a mention of each item, no step for any
                passage = self._part_done(start, end, part)
            else:
                passage = self._whole_answer(self.passage(start, stop, "collective_reference"), accepted)
            if not self.states_own:
                passage = replace(passage, sole_mention=True)
            words = [self.text[s:e] for s, e in self.collective_found if s < end and start < e]
            kinds = _kinds_named(words, (item.type for item in stated))
            yield from ((item, passage) for item in stated if kinds is None or item.type in kinds)
            if self.states_own and any(EVERY_ITEM_RE.search(w) for w in words):
                self.every_item_found.extend((entry, replace(passage, every_item=True)) for entry in self._unstated()
                                             if kinds is None or entry.members[0][1].type in kinds)

    def _part_done_of(self, start: int, end: int) -> tuple[int, int] | None:
        """The words in text[start:end] that tell an outcome for an unnamed part of the items
        (`part_done`), when the words for all the items are inside them ("Some of [the areas
        highlighted] have been addressed"), not beside them ("three causes of concern were
        identified, and two of these had been closed": the count is of the earlier ones), and
        are what the partitive counts ("some of the officers told her [the areas raised] have
        been addressed" tells the outcome of them all)."""
        return next((part for part in cue("part_done").finds(self.text, start, end)
                     if any(part[0] <= s and e <= part[1] and PARTITIVE_RE.fullmatch(self.text, part[0], s)
                            for s, e in self.collective_found)), None)

    def _part_done(self, start: int, end: int, part: tuple[int, int]) -> Passage:
        """A sentence that tells an outcome for an unnamed part of the items ("Some of the
        areas raised have since been addressed", "three of these recommendations
        have now been closed"): its answer to each item is the sentence alone, a step only when it
        says the responder will act outside that outcome ("... and we will finish the rest
        by May"); which items the outcome is for is not said, so it is no step on any one."""
        passage = self.passage(start, end, "collective_reference")
        intent = cue("intent")
        acts = intent.found_in(self.text, start, part[0]) or intent.found_in(self.text, part[1], end)
        return replace(passage, acts=acts)

    def _unstated(self) -> list[RegisterItem]:
        """The register's entries for answerable items this response does not state
        itself: those of other documents of its inspection (or of its pool's other
        responses). Entries, not items: another document's item may share an own item's
        label ("R1"), which `entry` reads as the own one."""
        own = self.stated_entries()
        return [entry for entry in self.register if entry.members and entry.register_id not in own
                and self._answerable([entry.members[0][1]])]

    def _whole_answer(self, passage: Passage, accepted: bool) -> Passage:
        """Words for all the items in a response that states none (a statement, minutes, a
        chief officer's page answering "the causes of concern" another document sets out):
        the whole response is its answer to them, so a step it states anywhere ("determined
        to make improvements", a plan set out further down) is a step on them, unless the
        words themselves refuse. Not when the response `accepted` the items in its words for
        them ("The service accepts all the recommendations", or judges them: "these
        recommendations are helpful", an attitude): the acceptance is its answer, and a step
        it states elsewhere without naming them is its own work, not one on the items
        (NOTES: acceptance makes items `actioned` only with a step tied to them, "will seek
        to implement the recommendations"; else `acknowledged`; round 58 gold audit item 4:
        recommendations found useful, and no step of their own, are `acknowledged`)."""
        if self.states_own or accepted or passage.acts or passage.refuses or not self.steps.starts:
            return passage
        return replace(passage, acts=True)

    @staticmethod
    def _answerable(items: Iterable[Item]) -> list[Item]:
        """The items words for all the items answer, once each: current items that ask
        for an answer. The response's own statements of them, else (a response that
        restates none, answering "the recommendations" of a report another document
        states) the register's."""
        return list(dict.fromkeys(i for i in items if not i.historic and i.type != "innovative_practice"))

    def _topics(self, claimed: Sequence[tuple[int, int, Item]]) -> Iterable[tuple[Item, Passage]]:
        """Each answering sentence goes to the stated item(s) whose words it repeats most,
        unless it lies in the answer to another item (its paragraph, its section). In a
        response that states no item, to the register's items it repeats most of (at
        least `restated_share` of their topic stems, patterns/register_limits.json): such a sentence restates the item
        in the responder's own words, wherever the item is stated."""
        stated = list(dict.fromkeys(i for _, _, i in self.statements if not i.historic and i.type != "innovative_practice"))
        # a response stating no item (linked by key, or by these very sentences: `restated`) answers
        # the register's items in its own words: a sentence restating most of what one asks for
        unstated = not stated and not self.states_own
        if unstated:
            stated = self._answerable(entry.members[0][1] for entry in self.register if entry.members)
        if not stated:
            return
        least_words, least_share = ((REGISTER_LIMITS.restated_stems, REGISTER_LIMITS.restated_share) if unstated
                                    else (LIMITS.topic_min_words, LIMITS.topic_min_share))
        claims = sorted(claimed, key=lambda claim: claim[0])
        claim_starts = [s for s, _, _ in claims]
        claim_reach = list(accumulate((e for _, e, _ in claims), max))
        answering = []
        for start, end in self._answer_sentences():
            index = self._block_index(start)
            stop = self.blocks[index].end if index is not None else end
            if _overlaps(self.steps, start, stop):  # sharing words with an item says something only with a step
                answering.append((start, end, stop))
        cover = Coverage([item.text for item in stated], [core_words(self.text[s:e]) for s, e, _ in answering])
        shared_stems = cover.shared()
        for sentence, (start, end, stop) in enumerate(answering):
            within = bisect_right(claim_starts, start)  # the claims that open at or before it
            claimers = ({id(other) for s, e, other in claims[:within] if start < e}
                        if within and claim_reach[within - 1] > start else set())
            scored = []
            for number, item in enumerate(stated):
                if not unstated and start < item.start:
                    continue  # an answer follows the item it answers
                if not unstated and any(s <= start < e or start <= s < end for s, e in item.statements):
                    continue  # the sentence that states the item is not its answer
                if claimers - {id(item)}:
                    continue  # it lies in the answer to another item
                shared, share = cover.of(number, sentence, shared_stems)
                if shared >= least_words and share >= least_share:
                    scored.append((share, item))
            if not scored:
                continue
            best = max(share for share, _ in scored)
            passage = self.passage(start, stop, "topic_sentence")
            if not passage.acts:
                continue  # the step was inside a refusal
            yield from ((item, passage) for share, item in scored if share == best)

    def _mentions(self) -> Iterable[tuple[Item, Passage]]:
        """An item stated in running prose is acknowledged; a list of items (an inline
        one too: "(i) X; (ii) Y") is not."""
        if self.monitoring:
            return
        for start, end, item in self.statements:
            index = self._block_index(start)
            if index is not None and self.blocks[index].kind in PROSE and not self._own_line(start, end) \
                    and not self._enumerated(start) and not self._listed_inline(start, end, item):
                yield item, self.passage(start, end, MENTION)

    def _listed_inline(self, start: int, end: int, item: Item) -> bool:
        """Whether the statement is an entry of an inline list: another item's statement
        sits next to it with nothing but list separators between ("include A; B; and C").
        Setting out the report's items in a sentence restates them; it answers none."""
        at = bisect_left(self.statement_spans, (start, -1))
        first = max(0, at - LIMITS.max_statements_before)
        for s, e, other in self.statements[first:]:
            if s > end + LIMITS.list_label_chars:
                break
            if other is item:
                continue
            if (s >= end and LISTED_WITH_RE.fullmatch(self.text, end, s)
                    or e <= start and LISTED_WITH_RE.fullmatch(self.text, e, start)):
                return True
        return False

    def _enumerated(self, start: int) -> bool:
        """Whether the statement opens an entry of an inline list ("... (ii) X; (iii) Y")."""
        return ENUMERATED_RE.search(self.text, max(0, start - 8), start) is not None

    def _scope_headings(self) -> Iterable[tuple[RegisterItem, Passage]]:
        """Paragraphs under a heading naming a scope ("Regional AFIs") answer the items of
        that scope the response itself states."""
        stated = {e.register_id: e for e in (self.entry(i) for _, _, i in self.statements) if e is not None}
        for index, block in enumerate(self.blocks[:-1]):
            if block.kind != "heading" or self.blocks[index + 1].kind != "paragraph" or self._is_title(index):
                continue
            if len(self.text[block.start : block.end].split()) > LIMITS.scope_heading_words:
                continue
            subjects = _heading_subjects(self.text[block.start : block.end], self.document.responding_body)
            if not subjects:
                continue
            end = next((b.start for b in self.blocks[index + 1 :] if b.kind == "heading"), self.blocks[-1].end)
            passage = self.passage(self.blocks[index + 1].start, end, "scope_heading")
            yield from ((entry, passage) for entry in stated.values() if entry.subject in subjects
                        and not entry.historic and entry.type != "innovative_practice")

    def _is_title(self, index: int) -> bool:
        """Whether block `index` is the document's title ("Commissioner welcomes report on
        X Police"): it names what the whole text is about, not the scope of a section."""
        block = self.blocks[index]
        title = " ".join((self.document.title or "").split()).casefold()
        return index == 0 or bool(title) and " ".join(self.text[block.start : block.end].split()).casefold() == title

    def suggestions(self, unanswered: Sequence[RegisterItem]) -> dict[str, Passage]:
        """For each unanswered item, the paragraph holding the largest share of its words."""
        paragraphs = [b for b in self.blocks if b.kind in ("paragraph", "list_item", "table_row")
                      and not self._is_restating(b.start, b.end)]
        bags = [core_words(self.text[b.start : b.end]) for b in paragraphs]
        found = {}
        for entry, best in zip(unanswered, Coverage([entry.text for entry in unanswered], bags).best()):
            if best is not None and best[1][0] >= LIMITS.topic_min_words and best[1][1] >= LIMITS.suggestion_min_share:
                block = paragraphs[best[0]]
                found[entry.register_id] = self.passage(block.start, block.end, "similarity_suggestion",
                                                        round(best[1][1] * SUGGESTION_SCALE, 1))
        return found


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


def _overlaps(spans: Spans, start: int, end: int) -> bool:
    return spans.overlaps(start, end)


def _folded(text: str) -> str:
    """Case and quotation marks folded, with the text's length kept (offsets stay valid)."""
    return text.casefold().translate(FOLD_QUOTES) if len(text.casefold()) == len(text) else text.lower()


def _listed_with(between: str) -> bool:
    """Whether the words between two items stated in one passage list them together: list
    separators ("X, Y and Z"), or an enumeration's lead-in to the second ("The first was
    that X and the second was that Y", "one relating to X and the other relating to Y"),
    which says what the next item is, not what is done about the first."""
    return LISTED_WITH_RE.fullmatch(between) is not None or (
        "\n" not in between and cue("next_item_lead").found_in(between))


def _with_coordinated_kind(text: str, found: tuple[int, int]) -> tuple[int, int]:
    """Words for all the items at text[start:end], with another kind of item joined to them
    ("all of its areas for improvement (AFIs) and recommendations"): they name both kinds,
    and so answer both (`_kinds_named`), not the first alone."""
    start, end = found
    line_end = text.find("\n", end)
    joined = cue("coordinated_kind").expression.match(text[end : len(text) if line_end < 0 else line_end])
    return (start, end + joined.end()) if joined is not None else found


def _label_only(text: str) -> bool:
    """Whether a sentence is nothing but item labels ("Cause of concern", "AFI 3:")."""
    return WORD_RE.search(CITATION_RE.sub(" ", text)) is None


SCOPE_HEADING_RE = re.compile(r"\b(?P<region>regional|region|ROCU\w*)\b", re.I)


def _heading_subjects(heading: str, responding_body: str | None) -> set[str]:
    """The subjects a heading's scope word covers: 'Regional' -> region-wide and ROCU."""
    own = own_subjects(responding_body)
    if SCOPE_HEADING_RE.search(heading):
        return {s for s in own if "ROCU" in s}
    named = {body.canonical for _, _, body in find_bodies(heading)}
    return named & own


def fullest_wording(statements: Sequence[Item]) -> str | None:
    """The fullest of the wordings one document gives an item: the longest, the earliest
    in reading order of those as long. A response may name an item in a short heading or
    a table cell before it restates it whole; the first wording alone would show the row's
    reader the stub. None when the document states the item nowhere."""
    if not statements:
        return None
    return min(statements, key=lambda item: (-len(item.text), item.start, item.end)).text


def _row(inspection: str, document: Document, entry: RegisterItem, scope: str, status: str,
         passage: Passage | None, response: _Response) -> CrosswalkRow:
    text = document.text[passage.start : passage.end].strip() if passage else None
    commitments = response.commitments_in(passage) if passage else []
    return CrosswalkRow(
        inspection=inspection,
        response_doc=document.doc_id,
        responding_body=document.responding_body,
        register_id=entry.register_id,
        item_type=entry.type,
        subject=entry.subject,
        item_text=response.own_wording(entry),
        scope=scope,
        status=status,
        passage=text[:PASSAGE_SHOWN] if text else None,
        passage_start=passage.start if passage else None,
        passage_end=passage.end if passage else None,
        score=passage.score if passage else None,
        method=passage.method if passage else None,
        commitments=" | ".join(commitments) or None,
    )
