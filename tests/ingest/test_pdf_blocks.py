"""Grouping lines into blocks (crosswalk.ingest.pdf.blocks) on lines with set geometry."""

from __future__ import annotations

from crosswalk.ingest.pdf.blocks import group_blocks
from crosswalk.ingest.pdf.model import Line
from crosswalk.model import Block

BODY, NOTE = 12.0, 9.0


def body_lines(page: int, top: float, texts: list[str]) -> list[Line]:
    return [Line(t, page, 72.0, 520.0 if i < len(texts) - 1 else 300.0, top - 14.0 * i, BODY, 30.0)
            for i, t in enumerate(texts)]


def note_lines(page: int, top: float, texts: list[str]) -> list[Line]:
    return [Line(t, page, 72.0, 400.0, top - 11.0 * i, NOTE, 20.0) for i, t in enumerate(texts)]


def many(page: int, top: float, n: int) -> list[Line]:
    """A few full paragraphs so the layout has a body size and pitches to measure."""
    return body_lines(page, top, [f"Line {i} of a long paragraph that runs on and on across the page" for i in range(n)]
                      [:-1] + ["and ends here."])


def test_footnote_waits_until_the_paragraph_ends_on_the_next_page() -> None:
    page0 = many(0, 760.0, 8) + body_lines(0, 600.0, ["The board agreed to publish the data every month and", "to report its"])
    page0[-1].right = 520.0  # the page ends on a full line, mid-sentence
    notes = note_lines(0, 80.0, ["12 Board minutes, 3 May 2024", "13 Data strategy, 2023"])
    page1 = body_lines(1, 780.0, ["progress to the committee."]) + body_lines(1, 760.0, ["Next paragraph."])
    blocks = group_blocks(page0 + notes + page1)
    texts = [b.text for b in blocks]
    paragraph = next(t for t in texts if t.startswith("The board agreed"))
    assert paragraph.endswith("to report its progress to the committee.")
    assert texts.index("12 Board minutes, 3 May 2024") == texts.index(paragraph) + 1
    assert "13 Data strategy, 2023" in texts


def _paragraph_and_notes(last_lines: list[str], next_lines: list[str]) -> list[Block]:
    page0 = many(0, 760.0, 8) + body_lines(0, 600.0, last_lines)
    page0[-1].right = 520.0
    notes = note_lines(0, 80.0, ["12 Board minutes, 3 May 2024"])
    return group_blocks(page0 + notes + body_lines(1, 780.0, next_lines))[-2:]


def test_paragraph_cut_above_footnotes_stays_whole_and_the_footnote_is_anchored_at_the_break() -> None:
    """The paragraph runs on for sentences on the next page: it stays one block (no
    sentence is cut, and no piece of it moves), and the footnote, a block of its own kind
    after it, is anchored where the page shows it, at the page break."""
    paragraph, note = _paragraph_and_notes(
        ["Twelve trusts took part. The board agreed to publish the data", "every month and to report its"],
        ["progress to the committee. The committee meets four times a year and",
         "reads every report the board sends it before each of its meetings."])
    assert paragraph.kind == "paragraph" and paragraph.text == (
        "Twelve trusts took part. The board agreed to publish the data every month and to report its progress to "
        "the committee. The committee meets four times a year and reads every report the board sends it before "
        "each of its meetings.")
    assert (note.kind, note.text) == ("footnote", "12 Board minutes, 3 May 2024")
    assert note.anchor is not None and paragraph.text[:note.anchor].endswith("to report its")


def test_hyphen_at_a_page_break_over_footnotes_anchors_inside_the_word() -> None:
    paragraph, note = _paragraph_and_notes(["The board agreed to publish the data every month and to meas-"],
                                           ["ure its progress against the plan."])
    assert paragraph.text.endswith("to measure its progress against the plan.")
    assert note.anchor is not None and paragraph.text[:note.anchor].endswith("to meas")


def test_short_footnote_is_no_heading() -> None:
    """"103 Commons Library research briefing CBP-10099" is short and has no full stop; as
    a heading it would end the section it sits in."""
    page0 = many(0, 760.0, 6) + body_lines(0, 600.0, ["The board agreed to publish the data."])
    notes = note_lines(0, 80.0, ["103 Commons Library research briefing CBP-10099"])
    page1 = body_lines(1, 780.0, ["A new paragraph starts here."])
    blocks = group_blocks(page0 + notes + page1)
    note = next(b for b in blocks if b.text.startswith("103 "))
    assert note.kind == "footnote"


def test_footnotes_after_a_finished_paragraph_stay_in_place() -> None:
    page0 = many(0, 760.0, 6) + body_lines(0, 600.0, ["The board agreed to publish the data."])
    notes = note_lines(0, 80.0, ["12 Board minutes, 3 May 2024"])
    page1 = body_lines(1, 780.0, ["A new paragraph starts here."])
    texts = [b.text for b in group_blocks(page0 + notes + page1)]
    assert texts[-3:] == ["The board agreed to publish the data.", "12 Board minutes, 3 May 2024",
                          "A new paragraph starts here."]


def test_next_number_starts_the_next_footnote_even_after_a_full_line() -> None:
    lines = many(0, 760.0, 6) + [
        Line("58 Infected Blood Inquiry, The Report Overview and Recommendations (Volume 1), p266", 0, 72.0, 520.0,
             100.0, NOTE, 10.0),
        Line("59 Infected Blood Inquiry, The Report Overview and Recommendations (Volume 1), p258", 0, 72.0, 520.0,
             89.0, NOTE, 10.0),
    ]
    texts = [b.text for b in group_blocks(lines)]
    assert texts[-2].startswith("58 ") and texts[-1].startswith("59 ")


def test_hanging_bullet_continuation_joins_its_item() -> None:
    lines = many(0, 760.0, 6) + [
        Line("◼ The recruitment and retention of a workforce that is experienced, competent and", 0, 72.0, 520.0,
             600.0, BODY, 6.9),
        Line("confident to deliver improvements.", 0, 89.0, 300.0, 586.0, BODY, 40.0),
    ]
    last = group_blocks(lines)[-1]
    assert last.kind == "list_item"
    assert last.text == ("The recruitment and retention of a workforce that is experienced, competent and confident "
                         "to deliver improvements.")
