"""Running headers and footers (crosswalk.ingest.pdf.running) on pages built from lines."""

from __future__ import annotations

import pytest

from crosswalk.ingest.pdf.model import Line, PageText
from crosswalk.ingest.pdf.running import drop_chrome, is_margin_mark, shape

HEIGHT = 842.0


def line(text: str, baseline: float, page: int = 0, size: float = 10.0) -> Line:
    return Line(text, page, 72.0, 72.0 + 5 * len(text), baseline, size, 20.0)


def pages_of(*contents: list[Line]) -> list[PageText]:
    return [PageText(n, 0.0, HEIGHT, [Line(l.text, n, l.left, l.right, l.baseline, l.size, l.first_word) for l in lines])
            for n, lines in enumerate(contents)]


def body(n: int) -> Line:
    return line(f"Body text of page {n} that says something different every time.", 500.0)


def texts(page: PageText) -> list[str]:
    return [l.text for l in page.lines]


def test_url_footer_truncated_at_different_widths_is_one_running_line() -> None:
    stem = "https://www.example.gov.uk/government/publications/a-long-report/the-long-report-"
    pages = pages_of(*[[body(n), line(stem + ("respo… " if n < 5 else "resp… ") + f"{n + 1}/10", 16.0)] for n in range(10)])
    dropped = drop_chrome(pages)
    assert len(dropped) == 10
    assert all(texts(page) == [body(page.number).text] for page in pages)


def test_footer_with_words_may_move_within_its_band() -> None:
    pages = pages_of(*[[body(n), line("Area inspection report: Somewhere Local Partnership", 20.0 + 9 * n)] for n in range(6)])
    assert len(drop_chrome(pages)) == 6


def test_short_line_must_keep_its_height() -> None:
    """A bare date at varying heights in the band is not taken for a running line."""
    pages = pages_of(*[[body(n), line("May 2024", 20.0 + 9 * n)] for n in range(4)])
    assert drop_chrome(pages) == []


def test_line_on_fewer_than_half_the_pages_stays() -> None:
    pages = pages_of(*[[body(n)] + ([line("Annex A: data sources and methods", 20.0)] if n < 2 else []) for n in range(6)])
    assert drop_chrome(pages) == []


def test_repeated_text_outside_the_margin_bands_stays() -> None:
    pages = pages_of(*[[line("Recommendations", 400.0), body(n)] for n in range(4)])
    assert drop_chrome(pages) == []


@pytest.mark.parametrize("mark", ["OFFICIAL", "OFFICIAL-SENSITIVE", "NOT PROTECTIVELY MARKED", "Page 1", "- 2 -", "3"])
def test_margin_mark_is_dropped_on_a_one_page_letter(mark: str) -> None:
    pages = pages_of([line(mark, 800.0), line("Dear Chief Constable,", 700.0), line(mark, 30.0)])
    assert drop_chrome(pages) == [mark, mark]
    assert texts(pages[0]) == ["Dear Chief Constable,"]


@pytest.mark.parametrize("text", ["Official response to the inspection", "Page one of the plan", "Secretary of State"])
def test_words_that_open_like_a_marking_are_not_margin_marks(text: str) -> None:
    assert not is_margin_mark(text)


def test_shape_folds_digits_case_and_spaces() -> None:
    assert shape("Page  3 of 12") == shape("page 4 of 12") == "page # of #"


def test_year_closing_a_footnote_at_the_page_foot_is_no_page_number() -> None:
    """House of Commons Library briefing CBP-10081: a footnote's date wraps, and its year
    ("2018") stands alone on the page's last line. Folios count with the pages (here
    from 7); the year and a footnote's own number ("3") keep no such step and stay."""
    contents = []
    for n in range(6):
        lines = [body(n), line(str(n + 7), 20.0)]
        if n == 2:
            lines[1:1] = [line("11 Letter from the Chair to the Minister, 15 October", 60.0), line("2018", 48.0)]
        if n == 4:
            lines[1:1] = [line("3", 60.0)]
        contents.append(lines)
    pages = pages_of(*contents)
    dropped = drop_chrome(pages)
    assert dropped == [str(n + 7) for n in range(6)]
    assert texts(pages[2])[-1] == "2018" and texts(pages[4])[-1] == "3"
