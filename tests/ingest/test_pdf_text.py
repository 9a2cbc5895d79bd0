"""Reading pdfium's text page into lines (crosswalk.ingest.pdf.text)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen.canvas import Canvas

from crosswalk.ingest.lines import is_bullet, is_labelled, strip_bullet
from crosswalk.ingest.pdf.text import page_lines
from tests.fixtures.render_pdf import render_with


def lines_of(path: Path) -> list:
    doc = pdfium.PdfDocument(path.read_bytes())
    return page_lines(doc[0].get_textpage(), 0)


def test_raised_footnote_number_keeps_its_line_whole(tmp_path: Path) -> None:
    def draw(canvas: Canvas) -> None:
        text = canvas.beginText(72, 700)
        text.setFont("Helvetica", 12)
        text.textOut("It can damage the liver.")
        text.setFont("Helvetica", 7)
        text.setRise(5)
        text.textOut("25")
        text.setRise(0)
        text.setFont("Helvetica", 12)
        text.textOut(" The report recommends monitoring.")
        canvas.drawText(text)

    path = tmp_path / "raised.pdf"
    render_with(draw, path)
    found = lines_of(path)
    assert [line.text for line in found] == ["It can damage the liver.25 The report recommends monitoring."]
    assert found[0].size == 12 and abs(found[0].baseline - 700) < 0.5


def test_bullet_glyph_in_another_size_does_not_set_the_line_size(tmp_path: Path) -> None:
    def draw(canvas: Canvas) -> None:
        text = canvas.beginText(72, 700)
        text.setFont("Helvetica", 16)
        text.textOut("\u2022 ")
        text.setFont("Helvetica", 10)
        text.textOut("There is limited evidence of planning.")
        canvas.drawText(text)

    path = tmp_path / "bullet.pdf"
    render_with(draw, path)
    assert [round(line.size) for line in lines_of(path)] == [10]


@pytest.mark.parametrize("line", ["◼ The recruitment of staff", "\uf06e Safeguarding is ineffective.", "\uf0b7 There is",
                                  "► Next steps", "✓ Done", "• Item"])
def test_bullet_glyphs_of_real_pdfs_are_bullets(line: str) -> None:
    assert is_bullet(line) and not strip_bullet(line)[:1] in "◼\uf06e\uf0b7►✓•"


@pytest.mark.parametrize("line, labelled", [("20.When the Delta variant emerged", True), ("2.The approach", True),
                                             ("3.50pm was the time", False), ("No.5 was", False)])
def test_number_set_tight_against_its_text_is_a_label(line: str, labelled: bool) -> None:
    assert is_labelled(line) is labelled
