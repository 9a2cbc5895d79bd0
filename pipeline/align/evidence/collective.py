"""Words for all the items ("these recommendations", "the issues raised", "each of the
areas for improvement"): which items they answer (the kinds they name), and how
(`collective_reference`): a step, an acceptance, an outcome for an unnamed part of them, or
the only mention of items a response never states."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace

from crosswalk.align.citations import AFI, COC, REC
from crosswalk.align.cues import cue
from crosswalk.align.evidence.limits import LIMITS
from crosswalk.align.evidence.passage import Passage
from crosswalk.align.evidence.view import ResponseView, Spans, answerable
from crosswalk.align.other_reviews import of_other_review
from crosswalk.align.register import RegisterItem
from crosswalk.extraction.grading_vocabulary import grading_words
from crosswalk.item_labels import TYPE_PREFIX, names_pattern
from crosswalk.model import Item

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


def collective(view: ResponseView) -> tuple[list[tuple[Item, Passage]], list[tuple[RegisterItem, Passage]]]:
    """Words for all the items answer every item the response states; in a response
    that states none (linked to its inspection by title, key or declaration), every
    item of the inspection: "the causes of concern", even "the two causes of concern",
    are then the register's. Words that quantify over every item ("each of the
    recommendations") in a response that states some also answer those it does not
    state (the second list: register entries, which `crosswalk._answer_as_stated` answers
    as it answers those it does)."""
    answers: list[tuple[Item, Passage]] = []
    every_item: list[tuple[RegisterItem, Passage]] = []
    stated = answerable(i for _, _, i in view.statements if view.states_own) or answerable(
        entry.members[0][1] for entry in view.register if entry.members)
    if not stated:
        return answers, every_item
    found = _collective_words(view)
    cues = Spans(found)
    sentences = [(s, e) for s, e in view.answering if cues.overlaps(s, e)]
    accepted = any(view.acceptances.overlaps(s, e) for s, e in sentences)
    for start, end in sentences:
        index = view.block_index(start)
        stop = view.blocks[index].end if index is not None else end
        if index is not None and index + 1 < len(view.blocks) and view.blocks[index + 1].kind == "paragraph":
            following = view.blocks[index + 1]
            if not any(following.start <= s < following.end for s, _, _ in view.statements):
                stop = following.end
        part = None if view.states_own else _part_done_of(view, found, start, end)
        if part is not None:  # an outcome for an unnamed part: a mention of each item, no step for any
            passage = _part_done(view, start, end, part)
        else:
            passage = _whole_answer(view, view.passage(start, stop, "collective_reference"), accepted)
        if not view.states_own:
            passage = replace(passage, sole_mention=True)
        words = [view.text[s:e] for s, e in found if s < end and start < e]
        presents_plan = _presents_plan(view, start, end)
        if presents_plan:
            passage = replace(passage, acts=True)
        kinds = kinds_named(words, (item.type for item in stated))
        answers.extend((item, passage) for item in stated if kinds is None or item.type in kinds)
        if view.states_own and (presents_plan or any(EVERY_ITEM_RE.search(w) for w in words)):
            every_item.extend((entry, replace(passage, every_item=True)) for entry in _unstated(view)
                              if kinds is None or entry.members[0][1].type in kinds)
    return answers, every_item


def _collective_words(view: ResponseView) -> list[tuple[int, int]]:
    """Where the response names the items all together ("these recommendations", "the
    issues raised"). A response that states no item of its own names the inspection's by
    their kind ("the two causes of concern") or by the plan made in answer to them ("the
    HMICFRS improvement plan"): words for all of them, read in such responses alone (or
    only names their themes: headings such as "Prevention", "Protection"). Words counting
    or pointing back to another review's recommendations are that review's, and areas
    graded are no items."""
    named = cue("items_named").finds(view.text) if view.only_themes else ()
    plans = cue("plan_presented").finds(view.text)
    return sorted(with_coordinated_kind(view.text, found)
                  for found in [*cue("collective").finds(view.text), *named, *plans]
                  if not _of_another_review(view, *found) and not _graded_areas(view, *found))


def _presents_plan(view: ResponseView, start: int, end: int) -> bool:
    """Whether text[start:end] presents a plan or tracker as the body's answer to the report
    ("The following ... action plan is in response to the inspection", "our response to the
    inspectorate's report": the object is the inspectorate's work, not another body's
    review or survey). NOTES (round 61 audit, question 2, the rule written for every action
    plan): such a sentence answers, `actioned`, every in-scope item of the report that the
    plan does not answer in a cell or sentence of its own, those defined only in other
    documents included; so it is a step on each (the plan is under way), and it reaches the items the response does not state, as "each of the
    recommendations" does."""
    return cue("plan_presented").found_in(view.text, start, end)


def _of_another_review(view: ResponseView, start: int, end: int) -> bool:
    """Whether words for all the items at text[start:end] point back to another review's
    recommendations, named earlier in their block (`of_other_review`): they answer none
    of the inspection's items."""
    index = view.block_index(start)
    return of_other_review(view.text, view.blocks[index].start if index is not None else start, start, end)


def _graded_areas(view: ResponseView, start: int, end: int) -> bool:
    """Whether words for all the items at text[start:end] name only areas ("each of
    these areas", "in all these areas") in a sentence that grades or names a grade
    (`graded`: "a grade is given for each of these areas", "rated good in all these
    areas"): the areas graded (a PEEL pillar, a fire service's efficiency,
    effectiveness and people), not the report's items, so they answer none. Not when
    the sentence gives them a grade that opens items ("judged inadequate in several of
    these areas": a PEEL report's causes of concern are its inadequate areas), unless
    it names the whole scale (a grade "from outstanding, good or adequate to
    requires improvement or inadequate"), which says how areas are graded, not these ones."""
    words = view.text[start:end]
    if not AREAS_RE.search(words) or any(kind.search(words) for kind in ITEM_KINDS_RE):
        return False
    at = bisect_right(view.sentences, (start, len(view.text) + 1)) - 1
    sentence = view.sentences[at] if at >= 0 and start < view.sentences[at][1] else (start, end)
    if not cue("graded").found_in(view.text, *sentence):
        return False
    grades = {GRADES[m.group().lower()] for m in GRADE_RE.finditer(view.text, *sentence)}
    return not grades & ADVERSE_GRADES or len(grades) >= LIMITS.grade_scale_words


def _part_done_of(view: ResponseView, found: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The words in text[start:end] that tell an outcome for an unnamed part of the items
    (`part_done` of patterns/responses.json), when the words for all the items (`found`)
    are inside them ("Some of [the areas highlighted] have been addressed"), not beside
    them ("three causes of concern were identified, and two of these had been closed": the
    count is of the earlier ones), and
    are what the partitive counts ("some of the officers told her [the areas raised] have
    been addressed" tells the outcome of them all)."""
    return next((part for part in cue("part_done").finds(view.text, start, end)
                 if any(part[0] <= s and e <= part[1] and PARTITIVE_RE.fullmatch(view.text, part[0], s)
                        for s, e in found)), None)


def _part_done(view: ResponseView, start: int, end: int, part: tuple[int, int]) -> Passage:
    """A sentence that tells an outcome for an unnamed part of the items ("Some of the
    areas raised have since been addressed", "three of these recommendations
    have now been closed"): its answer to each item is the sentence alone, a step only when it
    says the responder will act outside that outcome ("... and we will finish the rest
    by May"); which items the outcome is for is not said, so it is no step on any one."""
    passage = view.passage(start, end, "collective_reference")
    intent = cue("intent")
    acts = intent.found_in(view.text, start, part[0]) or intent.found_in(view.text, part[1], end)
    return replace(passage, acts=acts)


def _unstated(view: ResponseView) -> list[RegisterItem]:
    """The register's entries for answerable items this response does not state
    itself: those of other documents of its inspection (or of its pool's other
    responses). Entries, not items: another document's item may share an own item's
    label ("R1"), which `entry` reads as the own one."""
    own = view.stated_entries()
    return [entry for entry in view.register if entry.members and entry.register_id not in own
            and answerable([entry.members[0][1]])]


def _whole_answer(view: ResponseView, passage: Passage, accepted: bool) -> Passage:
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
    if view.states_own or accepted or passage.acts or passage.refuses or not view.steps.starts:
        return passage
    return replace(passage, acts=True)


def kinds_named(cues: Iterable[str], types: Iterable[str] = ()) -> frozenset[str] | None:
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


def with_coordinated_kind(text: str, found: tuple[int, int]) -> tuple[int, int]:
    """Words for all the items at text[start:end], with another kind of item joined to them
    ("all of its areas for improvement (AFIs) and recommendations"): they name both kinds,
    and so answer both (`kinds_named`), not the first alone."""
    start, end = found
    line_end = text.find("\n", end)
    joined = cue("coordinated_kind").expression.match(text[end : len(text) if line_end < 0 else line_end])
    return (start, end + joined.end()) if joined is not None else found
