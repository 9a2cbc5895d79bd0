"""Every threshold of PDF ingestion in one validated object, as pdfplumber's `TableSettings`.

The modules read their tolerances from `PdfSettings` instead of module constants, so a
caller (or a test) can try other values in one place, and a nonsensical value (a negative
tolerance, a band wider than half the page) is refused when the settings are made, not
discovered as odd output later.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class PdfSettings:
    """Tolerances in PDF points unless said otherwise."""

    # running headers and footers (running.py)
    band: float = 0.12  # share of the page height at top and bottom where running lines live
    same_height: float = 4.0  # a short running line (a bare date) sits at the same baseline on every page
    anywhere_letters: int = 8  # a line with this many letters runs at any height within its band
    similar: float = 90.0  # rapidfuzz ratio at which two band lines are one running line (truncated variants)
    similar_min_chars: int = 15  # shorter lines must match exactly (digits aside)
    # tables (tables.py)
    min_rule: float = 8.0  # shorter strokes are underlines or bullets, not table rulings
    snap: float = 3.0  # rulings this close are one line (pdfplumber's snap and join tolerance)
    inset: float = 1.0  # a cell's text is looked up this far inside its rulings
    max_bar: float = 3.0  # a filled shape thicker than this both ways is a background, not a ruling
    max_mark: float = 8.0  # a filled shape at most this wide and tall left of a line is a drawn bullet
    max_cell_share: float = 0.4  # a grid with a cell taller than this share of the page is a form, not a table
    # paragraphs (blocks.py)
    pitch_slack: float = 1.12  # a line further below the previous one than pitch x this starts a block
    column_gap: float = 2.0  # points a full line may fall short of the column's right edge
    note_size: float = 0.85  # lines at a page's foot set at most this share of the body size are footnotes

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"PdfSettings.{f.name} must be a non-negative number, not {value!r}")
        if not 0 < self.band < 0.5:
            raise ValueError(f"PdfSettings.band is a share of the page height below one half, not {self.band!r}")
        if self.similar > 100:
            raise ValueError(f"PdfSettings.similar is a 0-100 ratio, not {self.similar!r}")
        if self.pitch_slack < 1:
            raise ValueError(f"PdfSettings.pitch_slack must be at least 1, not {self.pitch_slack!r}")


DEFAULT = PdfSettings()
