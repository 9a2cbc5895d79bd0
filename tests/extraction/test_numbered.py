"""Items of the "Recommendation N" heading layout of reviews and government responses."""

from __future__ import annotations

from tests.conftest import extract_text

RESPONSE = (
    "Recommendation 1\n\n"
    "The regulator should set up a national audit of ward staffing. The audit should:\n\n"
    "• count vacant posts on every ward\n\n"
    "• publish the figures each quarter\n\n"
    "Government response to recommendation 1\n\n"
    "The government supports this recommendation. The regulator will publish the first figures by June 2025.\n\n"
    "Recommendation 2\n\n"
    "Every hospital trust should name a board member responsible for ward data.\n\n"
    "Government response to recommendation 2\n\n"
    "The government supports this recommendation and trusts should name the member this year.\n\n"
    "Recommendation 3\n\n"
    "The department should review progress after 12 months.\n\n"
    "Government response to recommendation 3\n\n"
    "The department will review progress in 2026.\n"
)


def test_numbered_headings_give_items_with_parts_and_answers_are_not_items() -> None:
    items = extract_text(RESPONSE).items
    assert [(i.number, i.parent_id) for i in items] == [("R1", None), (None, items[0].item_id),
                                                        (None, items[0].item_id), ("R2", None), ("R3", None)]
    assert items[0].text.endswith("The audit should:")
    assert items[1].text.startswith("count vacant posts")
    assert all(i.type == "recommendation" for i in items)
    assert not any("government supports" in i.text for i in items)


def test_two_numbered_headings_are_not_the_layout() -> None:
    from crosswalk.extraction.numbered import numbered_blocks

    text = "Recommendation 1\nA.\nRecommendation 2\nB."
    blocks = [(0, 16, "heading"), (17, 19, "paragraph"), (20, 36, "heading"), (37, 39, "paragraph")]
    assert numbered_blocks(text, blocks) == []


VERDICTS = (
    "Table 2 Recommendations of the inquiry, accepted in full (F) or in principle (P)\n\n"
    "1 Pay interim support to every family now F F P\n\n"
    "2 Improve the safety of hospital\n\n"
    "F/P F P\n\n"
    "2a Audit every trust's safety records by 2027 F F F\n\n"
    "2b (i-ii) Publish the audits each year P P F\n\n"
    "3 Review the progress after a year P\n\n"
    "F = accepts in full; P = accepts in principle.\n\n"
    "The inquiry said that every trust should audit its safety records.\n"
)


def test_rows_of_a_verdict_table_are_items_and_their_lettered_parts() -> None:
    items = extract_text(VERDICTS).items
    found = [(i.text, i.parent_id) for i in items]
    assert ("Pay interim support to every family now", None) in found
    assert ("Review the progress after a year", None) in found
    parent = next(i for i in items if i.text == "Improve the safety of hospital")
    assert [t for t, p in found if p == parent.item_id] == ["Audit every trust's safety records by 2027",
                                                             "Publish the audits each year"]
    assert len(items) == 5  # the prose paraphrasing a row is not another item
