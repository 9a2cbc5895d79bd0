"""A monitoring record's progress comments (`monitoring_comment`): which of the record's items
a comment citing no number answers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from crosswalk.align.cues import cue
from crosswalk.align.evidence.layout import PROSE, items_cited
from crosswalk.align.evidence.passage import Passage
from crosswalk.align.evidence.view import ResponseView
from crosswalk.model import Item


def monitoring_comments(view: ResponseView) -> Iterable[tuple[Item, Passage]]:
    """A progress comment citing no number answers the record's cause of concern
    (the record's top item), or every top item when it has none or several. A record
    is one entry of the register, the cause and the recommendation set to remedy it:
    when it holds one recommendation, the comment answers the entry as a whole, the
    cause and its recommendation alike, whatever else the comment names ("the College
    of Policing recommendations are awaited" is news on the entry, not on another one).
    When it holds several, a comment may answer one of them only, so it answers them
    all only when it names the recommendation by its kind ("This recommendation is
    therefore complete", "Recommendation can not yet be discharged")."""
    if not view.monitoring:
        return
    own = [i for _, _, i in view.statements if i.parent_id is None and not i.historic]
    concerns = [i for i in own if i.type == "cause_of_concern"]
    top = list(dict.fromkeys(concerns if len(concerns) == 1 else own))
    remedies = list(dict.fromkeys(i for i in own if i.type == "recommendation" and i not in top))
    if not view.comment_starts:  # a record copied without its markup
        region = _plain_comment(view)
        if region is not None:
            passage = view.passage(*region, "monitoring_comment")
            yield from ((item, passage) for item in dict.fromkeys(own) if item.type != "innovative_practice")
        return
    # the record's own status ("[status]complete") reports the step its comments describe
    closed = any(event.status and cue("progress").found_in(event.status.replace("-", " "))
                 for event in view.document.history)
    for event in view.document.history:
        if event.comment_start is None or event.comment_end is None:
            continue
        comment = view.text[event.comment_start : event.comment_end]
        if not items_cited(view, comment):
            passage = view.passage(event.comment_start, event.comment_end, "monitoring_comment")
            passage = replace(passage, acts=True) if closed and not passage.refuses else passage
            whole = len(remedies) == 1 or cue("own_recommendation").found_in(comment)
            named = remedies if whole else []
            yield from ((item, passage) for item in (*top, *named))


def _plain_comment(view: ResponseView) -> tuple[int, int] | None:
    """A record whose progress comment carries no markup (a register page copied as
    text): the prose after its last stated item is the one update on the whole entry,
    so it answers every item the entry states (the cause of concern and the
    recommendations listed under it alike)."""
    if not view.statements:
        return None
    last = max(e for _, e, _ in view.statements)
    after = [b for b in view.blocks if b.start >= last and b.kind in PROSE and not view.is_restating(b.start, b.end)
             and not items_cited(view, view.text[b.start : b.end])]
    return (after[0].start, after[-1].end) if after else None
