"""PdfSettings: one validated object for every threshold of PDF ingestion."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crosswalk.ingest.pdf import ingest_pdf
from crosswalk.ingest.pdf.settings import DEFAULT, PdfSettings
from tests.fixtures.render_pdf import render_with


@pytest.mark.parametrize("field, value", [("snap", -1.0), ("band", 0.6), ("band", 0.0), ("similar", 120.0),
                                          ("pitch_slack", 0.9), ("min_rule", "8")])
def test_nonsense_values_are_refused(field: str, value: object) -> None:
    with pytest.raises(ValueError, match=field):
        PdfSettings(**{field: value})  # type: ignore[arg-type]


def test_settings_reach_the_reader(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A band too narrow to hold the footer keeps it in the text."""

    def draw(canvas) -> None:  # type: ignore[no-untyped-def]
        canvas.setFont("Helvetica", 10)
        canvas.drawString(72, 700, "The force accepted every recommendation.")
        canvas.drawString(72, 60, "OFFICIAL")

    path = tmp_path / "letter.pdf"
    render_with(draw, path)
    assert ingest_pdf(path.read_bytes()).dropped == ("OFFICIAL",)
    narrow = replace(DEFAULT, band=0.05)
    assert ingest_pdf(path.read_bytes(), settings=narrow).dropped == ()
