"""Grouping by items: a document that names no inspection joins the one whose items it restates."""

from __future__ import annotations

from crosswalk.align.inspections import group_documents
from crosswalk.batch.build_tables import DocSummary
from crosswalk.model import Extracted, Item


def item(doc: str, n: int, text: str, parent: int | None = None) -> Item:
    return Item(item_id=f"R{n}", type="recommendation", subject="all forces", text=text, start=0, end=len(text),
                rule="test", parent_id=f"R{parent}" if parent else None)


def summary(doc_id: str, inspection: str | None, published: str) -> DocSummary:
    return DocSummary(doc_id, inspection, published, f"sha-{doc_id}", inspection)


REPORT = (
    item("report", 1, "All forces should:"),
    item("report", 2, "monitor and analyse their stop and search records to understand any disparity", 1),
    item("report", 3, "publish that analysis and the action they take on it every year", 1),
    item("report", 4, "skills."),
)


def grouped(*other: tuple[str, tuple[Item, ...]]) -> list[list[str]]:
    docs = [summary("report", "Stop and search: an inspection of every force 2031", "2031-12"),
            *(summary(name, None, "2036-02") for name, _ in other)]
    extracted = {"report": Extracted("report", REPORT, (), ()), **{name: Extracted(name, items, (), ()) for name, items in other}}
    return sorted(g.doc_ids for g in group_documents(docs, extracted))


def test_a_story_restating_another_reports_list_lead_in_or_a_one_word_item_stays_apart() -> None:
    """A lead-in ("all police forces should ensure that:") and an item named in a word
    ("skills") are words every report of the genre holds: a story of another year's report
    whose lead-in, and whose items on training in communication skills, hold them restates
    no item of this one."""
    story = (
        item("story", 1, "By March 2036, all police forces should ensure that:"),
        item("story", 2, "their burglary investigations follow the national practice on scene management", 1),
        item("story", 3, "a sergeant reviews each of those investigations within a week", 1),
        item("story", 4, "By July 2036, forces should ensure that officers have training in communication skills"),
        item("story", 5, "By July 2036, forces should ensure that their staff refresh those skills each year"),
        item("story", 6, "forces should record the whole of each encounter on body-worn video"),
        item("story", 7, "forces should give scrutiny panels samples of that video to review"),
    )
    assert grouped(("story", story)) == [["report"], ["story"]]


def test_a_story_restating_the_reports_items_joins_it() -> None:
    story = (
        item("story", 1, "Every force should monitor and analyse its stop and search records to understand any disparity"),
        item("story", 2, "forces should publish that analysis and the action they take on it every year"),
    )
    assert grouped(("story", story)) == [["report", "story"]]
