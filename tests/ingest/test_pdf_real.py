"""Regression tests on real published PDFs (corpus/realpdf, provenance in its INDEX.md).

One test or more per file, each named after the layout problem it pins, as pdfplumber
names its issue tests. Each file is ingested once per session.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pdfplumber
import pytest
from typer.testing import CliRunner

from crosswalk.cli import app
from crosswalk.ingest.pdf import ingest_pdf
from crosswalk.model import Block, Extraction

REAL = Path(__file__).resolve().parents[2] / "corpus" / "realpdf"


@cache
def ingested(stem: str) -> Extraction:
    return ingest_pdf((REAL / f"{stem}.pdf").read_bytes())


def blocks(stem: str, kind: str | None = None) -> list[Block]:
    return [b for b in ingested(stem).blocks if kind is None or b.kind == kind]


def block_with(stem: str, phrase: str) -> Block:
    found = [b for b in ingested(stem).blocks if phrase in b.text]
    assert len(found) == 1, f"{phrase!r} in {len(found)} blocks of {stem}"
    return found[0]


def lines_like(stem: str, pattern: str) -> list[str]:
    text = "\n".join(b.text for b in ingested(stem).blocks)
    return [line for line in text.splitlines() if re.search(pattern, line)]


# --------------------------------------------------------- GOV.UK pages printed by a browser


GOVUK_RESPONSE = "dhsc-2024-govt-response-rapid-review-mh-inpatient-data"
GOVUK_REPORT = "dhsc-2024-rapid-review-mh-inpatient-data-report"


def test_govuk_print_stamp_is_dropped() -> None:
    """The browser's date, time, page title and "GOV.UK" at the top of every page."""
    assert lines_like(GOVUK_RESPONSE, r"\d:\d\d [AP]M Government response") == []
    assert sum("8:19 PM" in line for line in ingested(GOVUK_RESPONSE).dropped) == 20


def test_govuk_url_footer_truncated_differently_is_dropped() -> None:
    """The URL footer is cut at a width that depends on "n/20": "...respo… 1/20" and
    "...resp… 20/20" are one running line."""
    assert lines_like(GOVUK_RESPONSE, r"^https://www\.gov\.uk/government/publications/rapid-review") == []
    footers = [line for line in ingested(GOVUK_RESPONSE).dropped if line.startswith("https://www.gov.uk/")]
    assert len(footers) == 20 and len({line.split("…")[0] for line in footers}) > 1


def test_govuk_decorative_rules_are_not_tables() -> None:
    """Page frames, the cover banner and boxes around contents lists are no tables."""
    assert blocks(GOVUK_RESPONSE, "table_row") == []
    assert blocks(GOVUK_REPORT, "table_row") == []


def test_govuk_bullets_drawn_as_shapes_make_list_items() -> None:
    kinds = {b.text: b.kind for b in blocks(GOVUK_REPORT)}
    assert kinds["assault and conflict"] == "list_item"
    assert kinds["lack of positive and therapeutic culture"] == "list_item"


def test_govuk_lower_case_list_items_print_after_a_bullet() -> None:
    """The bullets are drawn shapes, so pdfium's text has none; `ingest --text` shows each
    item after a "•" so that "abuse" then "assault and conflict" read as a list, not as a
    sentence cut in two."""
    result = CliRunner().invoke(app, ["ingest", str(REAL / f"{GOVUK_REPORT}.pdf"), "--text"])
    assert result.exit_code == 0, result.output
    assert "\n\n• abuse\n\n• assault and conflict\n\n• self-harm\n\n" in result.output


def test_govuk_line_with_a_link_in_a_smaller_face_stays_in_its_paragraph() -> None:
    block = block_with(GOVUK_REPORT, "the data strategy for health and care aimed at tackling")
    assert block.text.startswith("The Department of Health and Social Care") or "Data Saves Lives" in block.text


# ----------------------------------------------------------- briefing paper with footnotes


COMMONS = "commons-library-cbp10081-infected-blood-recs-and-responses"


def test_footnote_is_its_own_block() -> None:
    note = block_with(COMMONS, "Blood Production and Tracking (BPaT), no")
    assert note.text == ("61 Health and Social Care Business Services Organisation, Blood Production and Tracking "
                         "(BPaT), no date, accessed 25 July 2024")
    assert block_with(COMMONS, "59 Infected Blood Inquiry").text.endswith("p266")  # one footnote, not a run


def test_paragraph_continues_across_page_break_over_footnotes() -> None:
    """Page 13 ends mid-sentence above its footnotes; page 14 finishes the sentence."""
    block = block_with(COMMONS, "of different scanning techniques")
    assert block.text.startswith("In June and September 2024, NHS England wrote to the inquiry")
    assert "Infected Blood Inquiry, The Report Overview" not in block.text


def test_footnotes_under_a_cut_paragraph_follow_it_anchored_at_the_page_break() -> None:
    """Page 13 ends mid-sentence ("...including on the use") above its footnotes; the
    sentence ends on page 14 and its paragraph runs on. The paragraph stays one block, so
    extraction reads every sentence whole; the footnotes follow it as blocks of their own
    kind, each anchored at the page break, where the page (and pdfium) shows them."""
    texts = [b.text for b in blocks(COMMONS)]
    cut = texts.index(block_with(COMMONS, "of different scanning techniques").text)
    paragraph, note = blocks(COMMONS)[cut], blocks(COMMONS)[cut + 1]
    assert paragraph.text.endswith("clarified the purpose of the recommendation:")
    assert (note.kind, note.text) == ("footnote", "25 NHS, Overview Hepatitis C, 27 October 2021")
    assert note.anchor is not None and paragraph.text[:note.anchor].endswith("including on the use")


def test_ingest_text_prints_footnotes_where_the_page_shows_them() -> None:
    """`crosswalk ingest --text` prints the pages' order: the paragraph's part on page 13,
    the page's footnotes, then the rest of the paragraph on page 14 (the word-sequence
    check against pdfium's text counted the moved sentence pieces twice)."""
    result = CliRunner().invoke(app, ["ingest", str(REAL / f"{COMMONS}.pdf"), "--text"])
    shown = result.output.split("\n\n")
    head = next(i for i, part in enumerate(shown) if part.endswith("including on the use"))
    assert shown[head + 1] == "25 NHS, Overview Hepatitis C, 27 October 2021"
    tail = next(i for i, part in enumerate(shown) if part.startswith("of different scanning techniques."))
    assert all(re.match(r"\d+ ", part) for part in shown[head + 1 : tail])


def test_footnote_that_pdfium_runs_into_the_next_is_cut_where_the_lower_line_starts() -> None:
    """pdfium leaves out the break between "...p257-" / "258" and the next footnote's
    line ("258 27 Guy's ..."): the two footnotes were one block, cut mid-citation."""
    assert block_with(COMMONS, "p257-258").text == (
        "26 Infected Blood Inquiry, The Report Overview and Recommendations (Volume 1), 20 May 2024, p257-258")
    assert block_with(COMMONS, "Overview FibroScan").text.startswith("27 Guy’s and St Thomas’ NHS Foundation Trust")
    assert block_with(COMMONS, "New GP drive to find undiagnosed").text.startswith("108 NHS England")


def test_short_footnote_does_not_end_the_section_as_a_heading() -> None:
    """Footnote 103 sits between the first paragraph of "(recommendations 1-3)" and the
    government's plans for them; as a heading it cut the answer off."""
    assert block_with(COMMONS, "103 Commons Library research briefing CBP-10099").kind == "footnote"


def test_raised_footnote_number_stays_on_its_line() -> None:
    """pdfium breaks the line at a raised "25"; the sentence after it is the same paragraph."""
    block = block_with(COMMONS, "damage the liver.25 The report")
    assert block.text.endswith("should receive ongoing monitoring.")


def test_sentence_closed_by_a_footnote_number_is_no_heading() -> None:
    """A one-sentence paragraph ending "simplified.86" has no closing stop at its very end;
    read as a heading it ended the section it sits in."""
    assert block_with(COMMONS, "the report calls for the regulatory framework to be simplified.86").kind == "paragraph"
    assert block_with(COMMONS, "Scottish Transfusion Team strategy.52").kind == "paragraph"


def test_year_that_closes_a_footnote_on_the_last_line_is_kept() -> None:
    """Footnote 11's date wraps and "2018" stands alone at the page foot, where a bare
    number used to be taken for a page number; the briefing's folios are in its header."""
    assert block_with(COMMONS, "to Rt Hon David Lidington CBE MP").text.endswith("15 October 2018")
    assert block_with(COMMONS, "Initial Response to its Report").text.endswith("20 May 2024")


def test_raised_footnote_label_in_its_margin_opens_its_footnote() -> None:
    """Page 8 sets each footnote's number raised and smaller, in the margin its text hangs
    from: pdfium gives "1" a line of its own, and the number stood apart from its note."""
    assert "1 Prime Minister’s Office, PM statement on contaminated blood inquiry, 11 July 2017" in [b.text for b in blocks(COMMONS)]
    assert block_with(COMMONS, "Lords Library research briefing").text == (
        "2 Lords Library research briefing, Infected blood scandal: Background, impacts, interim compensation "
        "and inquiry outcomes, 22 May 2024")
    assert not [b for b in blocks(COMMONS) if b.text in ("1", "2", "3")]


def test_running_title_and_briefing_footer_are_dropped() -> None:
    assert lines_like(COMMONS, r"^\d+ Commons Library Research Briefing") == []
    assert len(lines_like(COMMONS, r"^Infected Blood Inquiry: recommendations for recognition, healthcare")) <= 1


# ------------------------------------------------------------------ Covid-19 Inquiry


def test_two_line_running_title_is_dropped() -> None:
    stem = "covid-inquiry-m2-report-recs-in-brief"
    assert lines_like(stem, r"^governance$") == []
    assert len(lines_like(stem, r"Module 2, 2A, 2B, 2C: Core decision-making and political")) <= 1


def test_paragraph_number_set_tight_against_its_text_keeps_its_hanging_lines() -> None:
    """"20.When the Delta variant ..." with the rest of the paragraph indented under the text."""
    block = block_with("covid-inquiry-m2-report-recs-in-brief", "20.When the Delta variant emerged")
    assert "learned from the experience of earlier lockdowns." in block.text


def test_transcript_without_chrome_keeps_every_paragraph_whole() -> None:
    stem = "covid-inquiry-m2-chair-statement"
    assert ingested(stem).dropped == ()
    texts = [b.text for b in blocks(stem)]
    cut = [(a, b) for a, b in zip(texts, texts[1:]) if re.search(r"[a-z,]$", a) and re.match(r"[a-z]", b)]
    assert cut == []


# ---------------------------------------------------------------------- Ofsted reports


def test_footer_that_moves_with_the_page_is_dropped() -> None:
    """The SEND report's footer sits higher or lower as the text above it ends."""
    stem = "ofsted-cqc-area-send-nottinghamshire-2023"
    assert lines_like(stem, r"^Area SEND inspection report: Nottinghamshire") == []
    assert lines_like(stem, r"^30 January 2023 to 3 February 2023 \d+$") == []


def test_priority_action_table_keeps_responsible_body_with_its_action() -> None:
    rows = blocks("ofsted-cqc-area-send-nottinghamshire-2023", "table_row")
    assert rows[0].text == "Responsible body\nAreas for priority action"
    assert rows[1].text.startswith("Nottinghamshire County Council and NHS Nottingham and Nottinghamshire")
    assert "\nLeaders, NHS Nottingham and Nottinghamshire" in rows[1].text


def test_square_bullet_items_are_whole() -> None:
    item = block_with("ofsted-ilacs-bcp-2022-inadequate", "recruitment and retention of a workforce")
    assert item.kind == "list_item"
    assert item.text.endswith("multiple changes of social worker or personal adviser.")


def test_running_title_and_inspection_dates_are_dropped() -> None:
    stem = "ofsted-ilacs-bcp-2025-reinspection"
    assert len(lines_like(stem, r"^Inspection of Bournemouth, Christchurch and Poole local authority")) <= 1
    assert lines_like(stem, r"^\d+ to \d+ December 2024 \d+$") == []


def test_footer_dates_with_page_numbers_are_dropped() -> None:
    stem = "ofsted-ilacs-dorset-2021"
    assert lines_like(stem, r"^27 September to 8 October 2021") == []
    assert sum("27 September to 8 October 2021" in line for line in ingested(stem).dropped) >= 7


def test_judgement_grid_keeps_each_judgement_with_its_grade() -> None:
    rows = [b.text for b in blocks("ofsted-ilacs-dorset-2025", "table_row")]
    assert "The experiences and progress of care leavers\nGood" in rows
    assert rows[0] == "Judgement\nGrade"


def test_symbol_font_bullets_make_whole_list_items() -> None:
    """Wingdings bullets arrive as U+F06E in the text layer."""
    stem = "ofsted-school-rounds-green-2016-inadequate"
    item = block_with(stem, "Safeguarding is ineffective.")
    assert item.kind == "list_item" and item.text.startswith("Safeguarding is ineffective. Not enough attention")
    assert not any("\uf06e" in b.text for b in blocks(stem))


def test_inspection_report_page_footer_is_dropped() -> None:
    stem = "ofsted-school-rounds-green-2016-inadequate"
    assert lines_like(stem, r"Page \d+ of 13") == []


# ------------------------------------------------------------- coroners' reports (Reg 28)


def test_form_laid_out_as_a_grid_keeps_its_prose_as_paragraphs() -> None:
    """The report is a two-column form; the tall cells hold paragraphs, which stay
    paragraphs instead of one table cell per section."""
    stem = "pfd-reg28-amy-henderson"
    assert max(len(b.text) for b in blocks(stem)) < 1500
    assert len(blocks(stem, "paragraph")) >= 10


def test_form_section_number_stays_with_its_heading() -> None:
    rows = [b.text for b in blocks("pfd-reg28-peter-lawrence", "table_row")]
    assert any(row.startswith("1\nCORONER I am Mrs Heidi J. Connor") for row in rows)
    assert block_with("pfd-reg28-peter-lawrence", "CIRCUMSTANCES OF THE DEATH").kind == "heading"


def test_recipients_cell_is_one_row() -> None:
    row = block_with("pfd-reg28-chris-evans", "THIS REPORT IS BEING SENT TO:")
    assert row.kind == "table_row" and "5. Chief Coroner" in row.text


def test_symbol_bullet_concerns_are_whole_items() -> None:
    items = [b for b in blocks("pfd-reg28-jodie-mccann", "list_item") if b.text.startswith("There is limited evidence")]
    assert len(items) == 3
    assert "comprehensive airway strategies" in items[0].text


def test_template_footer_is_dropped() -> None:
    stem = "pfd-reg28-joseph-maunick"
    assert lines_like(stem, r"^Regulation 28 – After Inquest$") == []
    assert lines_like(stem, r"^Document Template Updated") == []


# -------------------------------------------------------------------------- all of them


@pytest.mark.parametrize("path", sorted(REAL.glob("*.pdf")), ids=lambda p: p.stem)
def test_real_pdf_is_read_without_parsing_a_page_with_pdfplumber(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables come from pdfium's rulings; pdfplumber lends only its grid functions."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("pdfplumber opened the file")

    monkeypatch.setattr(pdfplumber, "open", refuse)
    assert ingest_pdf(path.read_bytes()).blocks
