"""Items stated in running prose: the rest of their paragraph (`statement_context`), the
lead-in of a sentence that sets them out with a step, and, failing all else, the
statement itself (`mention`). A list of items, an inline one too, answers none."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from crosswalk.align.cues import cue
from crosswalk.align.evidence.layout import PROSE, own_line
from crosswalk.align.evidence.limits import LIMITS
from crosswalk.align.evidence.passage import INSPECTORATE_VOICE_RE, MENTION, Passage
from crosswalk.align.evidence.view import ResponseView
from crosswalk.model import Item

LISTED_WITH_RE = re.compile(r"[\s,;:()]*(?:and|&|or|as well as)?[\s,;:()]*", re.I)
# an inline list's enumerator, "(iii)", "b)", "2)": the entries of "(i) X; (ii) Y" are listed, not stated in prose
ENUMERATOR = r"\(?(?:[ivx]{1,5}|[a-h]|\d{1,2})\)"
ENUMERATED_RE = re.compile(ENUMERATOR + r"\s*$", re.I)
NEXT_ENTRY_RE = re.compile(r"[\s,;:.]*(?:and\s+)?" + ENUMERATOR + r"\s", re.I)
# words that lead a sentence into the items it sets out: "including:", "such as", "namely"
LEAD_IN_END_RE = re.compile(r"(?:\b(?:including|include|includes|such as|namely|as follows)|:)[\s,:;(\u2018\u201c'\"-]*$",
                            re.I)


def statement_contexts(view: ResponseView) -> Iterable[tuple[Item, Passage]]:
    """The rest of the paragraph after an item stated in prose (after the run of
    items it is listed with: "X, Y and Z"), up to the next item stated there."""
    if view.monitoring:
        return
    for start, end, item in view.statements:
        index = view.block_index(start)
        if index is None:
            continue
        kind = view.blocks[index].kind
        # A paragraph that states an item in prose, or a list entry that states it
        # and goes on in a sentence of its own (a tracker in minutes: "Policy to be
        # published. A draft policy was being reviewed."): the rest answers it.
        if not (kind in PROSE and not own_line(view, start, end)
                or kind == "list_item" and _sentence_follows(view, end, view.blocks[index].end)):
            continue
        block_end = view.blocks[index].end
        if _enumerated(view, start):  # an entry of an inline list: its answer, if any, is in the entry
            entry = NEXT_ENTRY_RE.search(view.text, end, block_end)
            sentence = next((e for s, e in view.sentences if s <= end <= e), block_end)
            block_end = min(entry.start() if entry else block_end, sentence, block_end)
        later = sorted((s, e) for s, e, other in view.statements if end <= s < block_end and other is not item)
        for s, e in later:
            if not _listed_with(view.text[end:s]):
                break
            end = max(end, e)
        stop = min([s for s, _ in later if s >= end] + [block_end])
        rest = view.text[end:stop]
        if len(rest.strip(" ,.;:")) >= 20:
            yield item, view.passage(end + len(rest) - len(rest.lstrip(" ,.;:")), stop, "statement_context")


def lead_in_answers(view: ResponseView) -> Iterable[tuple[Item, Passage]]:
    """The words that lead a sentence into the items it sets out in prose ("Progress is
    also being made on other recommendations, including: A; B; and C.") answer each of
    them when they state a step: the responder's account of its work, in the sentence
    that names the items. A lead-in that states none ("The report made three
    recommendations:") restates them and answers nothing."""
    if view.monitoring:
        return
    by_sentence: dict[tuple[int, int], list[tuple[int, Item]]] = {}
    for start, end, item in view.statements:
        index = view.block_index(start)
        if index is None or view.blocks[index].kind not in PROSE or own_line(view, start, end):
            continue
        at = bisect_right(view.sentences, (start, len(view.text) + 1)) - 1
        if at >= 0 and start < view.sentences[at][1]:
            by_sentence.setdefault(view.sentences[at], []).append((start, item))
    for (sentence_start, _), stated in by_sentence.items():
        first = min(start for start, _ in stated)
        lead = view.text[sentence_start:first]
        if not LEAD_IN_END_RE.search(lead) or INSPECTORATE_VOICE_RE.match(lead):
            continue
        passage = view.passage(sentence_start, first, "statement_context")
        # the step is the lead-in's own, not a commitment of the whole sentence that
        # goes on past the items
        if (not passage.refuses and view.steps.overlaps(sentence_start, first)
                and any(cue(kind).found_in(view.text, sentence_start, first) for kind in ("progress", "intent"))):
            yield from ((item, passage) for item in dict.fromkeys(item for _, item in stated))


def mentions(view: ResponseView) -> Iterable[tuple[Item, Passage]]:
    """An item stated in running prose is acknowledged; a list of items (an inline
    one too: "(i) X; (ii) Y") is not."""
    if view.monitoring:
        return
    for start, end, item in view.statements:
        index = view.block_index(start)
        if index is not None and view.blocks[index].kind in PROSE and not own_line(view, start, end) \
                and not _enumerated(view, start) and not _listed_inline(view, start, end, item):
            yield item, view.passage(start, end, MENTION)


def _sentence_follows(view: ResponseView, end: int, block_end: int) -> bool:
    """Whether the item's words close a sentence at `end` and a new sentence of some
    length follows in the block: someone else's words, not more of the item's."""
    rest = view.text[end:block_end].lstrip(" \t\n\u00a0")
    ended = view.text[:end].rstrip().endswith((".", "!", "?")) or rest[:1] in (".", "!", "?")
    rest = rest.lstrip(".!? ")
    return ended and len(rest) >= LIMITS.list_answer_chars and (rest[0].isupper() or rest[0] in "\u2018\u201c'\"")


def _listed_inline(view: ResponseView, start: int, end: int, item: Item) -> bool:
    """Whether the statement is an entry of an inline list: another item's statement
    sits next to it with nothing but list separators between ("include A; B; and C").
    Setting out the report's items in a sentence restates them; it answers none."""
    at = bisect_left(view.statement_spans, (start, -1))
    first = max(0, at - LIMITS.max_statements_before)
    for s, e, other in view.statements[first:]:
        if s > end + LIMITS.list_label_chars:
            break
        if other is item:
            continue
        if (s >= end and LISTED_WITH_RE.fullmatch(view.text, end, s)
                or e <= start and LISTED_WITH_RE.fullmatch(view.text, e, start)):
            return True
    return False


def _enumerated(view: ResponseView, start: int) -> bool:
    """Whether the statement opens an entry of an inline list ("... (ii) X; (iii) Y")."""
    return ENUMERATED_RE.search(view.text, max(0, start - 8), start) is not None


def _listed_with(between: str) -> bool:
    """Whether the words between two items stated in one passage list them together: list
    separators ("X, Y and Z"), or an enumeration's lead-in to the second ("The first was
    that X and the second was that Y", "one relating to X and the other relating to Y"),
    which says what the next item is, not what is done about the first."""
    return LISTED_WITH_RE.fullmatch(between) is not None or (
        "\n" not in between and cue("next_item_lead").found_in(between))
