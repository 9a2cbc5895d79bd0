"""Topic sentences (`topic_sentence`): a sentence with a step that repeats what an item asks
for answers it, unless it lies in the answer to another item."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate

from crosswalk.align.evidence.limits import LIMITS
from crosswalk.align.evidence.passage import Passage
from crosswalk.align.evidence.view import ResponseView, answerable
from crosswalk.align.register import LIMITS as REGISTER_LIMITS
from crosswalk.align.similarity import Coverage, core_words
from crosswalk.model import Item


def topics(view: ResponseView, claimed: Sequence[tuple[int, int, Item]]) -> Iterable[tuple[Item, Passage]]:
    """Each answering sentence goes to the stated item(s) whose words it repeats most,
    unless it lies in the answer to another item (its paragraph, its section). In a
    response that states no item, to the register's items it repeats most of (at
    least `restated_share` of their topic stems, patterns/register_limits.json): such a sentence restates the item
    in the responder's own words, wherever the item is stated."""
    stated = list(dict.fromkeys(i for _, _, i in view.statements if not i.historic and i.type != "innovative_practice"))
    # a response stating no item (linked by key, or by these very sentences: `restated`) answers
    # the register's items in its own words: a sentence restating most of what one asks for
    unstated = not stated and not view.states_own
    if unstated:
        stated = answerable(entry.members[0][1] for entry in view.register if entry.members)
    if not stated:
        return
    least_words, least_share = ((REGISTER_LIMITS.restated_stems, REGISTER_LIMITS.restated_share) if unstated
                                else (LIMITS.topic_min_words, LIMITS.topic_min_share))
    claims = sorted(claimed, key=lambda claim: claim[0])
    claim_starts = [s for s, _, _ in claims]
    claim_reach = list(accumulate((e for _, e, _ in claims), max))
    answering = []
    for start, end in view.answering:
        index = view.block_index(start)
        stop = view.blocks[index].end if index is not None else end
        if view.steps.overlaps(start, stop):  # sharing words with an item says something only with a step
            answering.append((start, end, stop))
    cover = Coverage([item.text for item in stated], [core_words(view.text[s:e]) for s, e, _ in answering])
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
        passage = view.passage(start, stop, "topic_sentence")
        if not passage.acts:
            continue  # the step was inside a refusal
        yield from ((item, passage) for share, item in scored if share == best)
