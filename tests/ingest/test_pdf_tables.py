"""Ruled tables (crosswalk.ingest.pdf.tables): pdfplumber's grid functions on pdfium's
rulings, and what is not a table."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from crosswalk.ingest.pdf import ingest_pdf
from crosswalk.ingest.pdf.tables import find_tables, survey
from tests.fixtures.render_pdf import render_with


def tables_of(path: Path) -> list[list[list[str]]]:
    doc = pdfium.PdfDocument(path.read_bytes())
    page = doc[0]
    return [table.rows for table in find_tables(page, page.get_textpage(), 0)]


def grid(canvas: Canvas, xs: list[float], ys: list[float]) -> None:
    canvas.setLineWidth(0.6)
    for x in xs:
        canvas.line(x, ys[0], x, ys[-1])
    for y in ys:
        canvas.line(xs[0], y, xs[-1], y)


def test_shaded_lines_inside_a_cell_do_not_cut_it_into_rows(tmp_path: Path) -> None:
    """Word shades each line of a highlighted cell with its own filled rectangle."""

    def draw(canvas: Canvas) -> None:
        grid(canvas, [72, 250, 500], [760, 700, 660])
        canvas.setFillColor(colors.lightgrey)
        for y in (740, 726, 712):
            canvas.rect(74, y - 3, 174, 12, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.setFont("Helvetica", 10)
        for y, text in ((740, "Share data with"), (726, "partners every"), (712, "month")):
            canvas.drawString(76, y, text)
        canvas.drawString(254, 740, "Agreed")
        canvas.drawString(76, 680, "R2")
        canvas.drawString(254, 680, "Declined")

    path = tmp_path / "shaded.pdf"
    render_with(draw, path)
    assert tables_of(path) == [[["Share data with partners every month", "Agreed"], ["R2", "Declined"]]]


def test_box_around_a_heading_and_paragraph_is_not_a_table(tmp_path: Path) -> None:
    def draw(canvas: Canvas) -> None:
        grid(canvas, [72, 500], [760, 730, 650])
        canvas.setFont("Helvetica", 10)
        canvas.drawString(76, 740, "Inspection outcome")
        canvas.drawString(76, 700, "There are widespread weaknesses in the arrangements.")

    path = tmp_path / "box.pdf"
    render_with(draw, path)
    assert tables_of(path) == []
    assert [b.kind for b in ingest_pdf(path.read_bytes()).blocks] == ["heading", "paragraph"]


def test_form_with_a_cell_taller_than_the_page_share_is_prose(tmp_path: Path) -> None:
    """A coroner's form: a number column and one tall cell of paragraphs."""

    def draw(canvas: Canvas) -> None:
        grid(canvas, [72, 100, 520], [780, 300])
        canvas.setFont("Helvetica", 10)
        canvas.drawString(76, 760, "4")
        canvas.drawString(104, 760, "CIRCUMSTANCES OF THE DEATH")
        canvas.drawString(104, 730, "The first paragraph of the circumstances.")
        canvas.drawString(104, 700, "The second paragraph of the circumstances.")

    path = tmp_path / "form.pdf"
    render_with(draw, path)
    assert tables_of(path) == []
    texts = [b.text for b in ingest_pdf(path.read_bytes()).blocks]
    assert "The second paragraph of the circumstances." in texts


def test_survey_finds_drawn_bullets_and_rulings(tmp_path: Path) -> None:
    def draw(canvas: Canvas) -> None:
        canvas.setFont("Helvetica", 12)
        canvas.circle(76, 704, 2.2, stroke=0, fill=1)
        canvas.drawString(86, 700, "abuse")
        canvas.drawString(72, 650, "No bullet here.")

    path = tmp_path / "bullets.pdf"
    render_with(draw, path)
    doc = pdfium.PdfDocument(path.read_bytes())
    found = survey(doc[0])
    assert len(found.marks) == 1 and not found.rulings
    blocks = ingest_pdf(path.read_bytes()).blocks
    assert [(b.kind, b.text) for b in blocks] == [("list_item", "abuse"), ("paragraph", "No bullet here.")]
