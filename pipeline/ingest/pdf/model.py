"""What a PDF page yields: physical lines with their geometry, and table fragments."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Line:
    """One physical line of a page with the geometry paragraph grouping needs."""

    text: str
    page: int
    left: float
    right: float
    baseline: float  # PDF user space: larger is higher on the page
    size: float
    first_word: float  # width of the first word: would it have fitted on the line above?


@dataclass
class TableFragment:
    """The part of one ruled table that lies on one page, as rows of cell texts."""

    page: int
    top: float  # PDF user space, for placing the table among the page's lines
    bottom: float
    left: float
    right: float
    rows: list[list[str]]


@dataclass
class PageText:
    """What one page yields; `bottom` is the MediaBox origin, for the margin bands."""

    number: int
    bottom: float
    height: float
    lines: list[Line]
    tables: list[TableFragment] = field(default_factory=list)
