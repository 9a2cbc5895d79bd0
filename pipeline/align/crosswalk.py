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
  in the same words, `evidence.view.named_in_same_words`);
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

Each kind is read by its own finder in `crosswalk.align.evidence` (one module per family,
each a function of the response's shared view, `evidence.view.ResponseView`); this module
gathers their passages and decides each item's status from them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from crosswalk.align.evidence.cited import citations
from crosswalk.align.evidence.collective import collective
from crosswalk.align.evidence.limits import LIMITS
from crosswalk.align.evidence.list_answers import prose_answers
from crosswalk.align.evidence.monitoring import monitoring_comments
from crosswalk.align.evidence.passage import DEDICATED, FOR_ALL, MENTION, WEAK, Passage
from crosswalk.align.evidence.prose import lead_in_answers, mentions, statement_contexts
from crosswalk.align.evidence.restatements import restatements
from crosswalk.align.evidence.scopes import scope_headings
from crosswalk.align.evidence.suggestions import suggestions
from crosswalk.align.evidence.tables import table_rows, tracker_statuses
from crosswalk.align.evidence.topics import topics
from crosswalk.align.evidence.view import ResponseView
from crosswalk.align.register import RegisterItem
from crosswalk.align.scope import IN_SCOPE, scope_of
from crosswalk.model import RESPONSE_TYPES, Document, Extracted

PARENT = "parent"  # a part's (or a cause's recommendation's) answer taken from its parent's (`_via_parent`)
PARENT_SHARE = 0.9  # the share of its parent's score such an answer keeps: weaker than the parent's own (a score weight of the output column, as SCORES, not a threshold)
PASSAGE_SHOWN = 400


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
    response = ResponseView(document, extracted, register)
    passages: dict[str, list[Passage]] = {entry.register_id: [] for entry in register}
    for entry, found in _evidence(response):
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
    suggested = suggestions(response, unanswered)
    rows = []
    for entry in register:
        scope = scopes[entry.register_id]
        decided = chosen[entry.register_id]
        if scope != IN_SCOPE:
            status = "out_of_scope"
        else:
            status = decided[1] if decided else "unaddressed"
        passage: Passage | None = decided[0] if decided else suggested.get(entry.register_id)
        rows.append(_row(inspection, document, entry, scope, status, passage, response))
    return rows


def _evidence(response: ResponseView) -> Iterable[tuple[RegisterItem, Passage]]:
    """Every finder's passages, each with the register entry it answers, in one order (the
    order breaks ties between passages of one score). The answers in an item's own place
    come first: a topic sentence inside one of them answers no other item."""
    answers = [*citations(response), *restatements(response), *table_rows(response),
               *statement_contexts(response), *lead_in_answers(response)]
    claimed = [(p.start, p.end, item) for item, p in answers]
    for_stated, for_every_item = collective(response)
    for item, passage in (*answers, *tracker_statuses(response), *monitoring_comments(response), *for_stated,
                          *prose_answers(response), *topics(response, claimed), *mentions(response)):
        entry = response.entry(item)
        if entry is not None and not _cut_fragment(response.text, passage):
            yield entry, passage
    yield from ((entry, passage) for entry, passage in for_every_item if not _cut_fragment(response.text, passage))
    yield from scope_headings(response)


def _cut_fragment(text: str, passage: Passage) -> bool:
    """A few words that the page's end cuts mid-word ("The or"), or an item stated in
    prose that the end cuts inside its own statement, with no cue in them: what would
    have answered the item is not in the text, so nothing answers it (NOTES: in a text
    cut before any answer, restating the item leaves it unaddressed; a complete text
    that only restates it acknowledges it)."""
    return (not text[passage.end :].strip() and passage.end > passage.start and text[passage.end - 1].isalpha()
            and (passage.method == MENTION or len(text[passage.start : passage.end].split()) < LIMITS.min_own_words)
            and not (passage.acts or passage.refuses or passage.accepts))


def _answers(decided: tuple[Passage, str] | None) -> bool:
    """Whether the chosen passage answers an item (a step or a refusal), not only mentions it."""
    return decided is not None and decided[1] in ("actioned", "declined")


def _weak(decided: tuple[Passage, str] | None) -> bool:
    """No answer, or one from words for all the items ("these recommendations", the
    answer to a run of items): a part whose parent has an answer of its own takes the
    parent's. A topic sentence repeats the part's own words, and stays."""
    return decided is None or decided[0].method in FOR_ALL


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
    declines it, else the responder's own prose in the item's place (`evidence.passage.describes`)
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


def _row(inspection: str, document: Document, entry: RegisterItem, scope: str, status: str,
         passage: Passage | None, response: ResponseView) -> CrosswalkRow:
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
