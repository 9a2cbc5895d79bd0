"""The PDF ingestor against the five samples rendered as real-looking letters.

Each sample is rendered by tests/fixtures/render_pdf.py with a letterhead, a running
"OFFICIAL" header, a "Page N of M" footer, bullet glyphs, words hyphenated at line ends
and paragraphs running over page breaks; west-mercia also gets its recommendations and
answers as a ruled two-column table that breaks across pages inside a row. The checks
read the PDFs' text layer with pdfplumber, independently of the ingestor's pdfium path,
to know what the ingestor had to undo.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table, TableStyle

from crosswalk.errors import UnreadableDocument
from crosswalk.ingest.pdf import ingest_pdf, sensible_title
from crosswalk.ingest.pdf.tables import find_tables
from crosswalk.ingest.pdf.text import clean_text, join_lines
from crosswalk.model import Extraction
from tests.fixtures.compare import in_order_recall, words
from tests.fixtures.render_pdf import (
    FOOTER_TEXT,
    LETTERHEAD,
    RUNNING_HEADER,
    TABLE_HEADER,
    body_text,
    recommendation_pairs,
    render_pdf,
    render_with,
)

from tests.conftest import CORPUS, SAMPLES  # noqa: E402 - one definition of the sample set
TABLE_SAMPLE = "west-mercia-pcc-response-soc-2024"
PAGE_RE = re.compile(r"Page \d+ of \d+")
LINE_END_HYPHEN_RE = re.compile(r"([A-Za-z]+)-\n([a-z]+)")
TERMINAL_RE = re.compile(r"[.:;!?'\"’”)]$")


@dataclass(frozen=True)
class Rendered:
    source: str  # the sample body as rendered (a leading "OFFICIAL" line moved to the margin)
    data: bytes
    pages: list[str]  # pdfplumber's text of each page, for independent checks
    extraction: Extraction

    @property
    def recovered(self) -> str:
        return "\n\n".join(block.text for block in self.extraction.blocks)


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Rendered]:
    """Every sample rendered once and ingested once for the whole session."""
    out = tmp_path_factory.mktemp("pdf")
    result = {}
    for stem in SAMPLES:
        text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
        path = out / f"{stem}.pdf"
        render_pdf(text, path, table=stem == TABLE_SAMPLE)
        with pdfplumber.open(path) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
        data = path.read_bytes()
        result[stem] = Rendered(body_text(text), data, pages, ingest_pdf(data))
    return result


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ------------------------------------------------------------------------ samples


@pytest.mark.parametrize("stem", SAMPLES)
def test_source_words_come_back_in_order(rendered: dict[str, Rendered], stem: str) -> None:
    doc = rendered[stem]
    assert in_order_recall(doc.source, doc.recovered) >= 0.99


@pytest.mark.parametrize("stem", SAMPLES)
def test_running_header_dropped_on_every_page(rendered: dict[str, Rendered], stem: str) -> None:
    doc = rendered[stem]
    assert len(doc.pages) >= 2 and doc.extraction.pages == len(doc.pages)
    assert all(block.text.strip() != RUNNING_HEADER for block in doc.extraction.blocks)
    assert doc.extraction.dropped.count(RUNNING_HEADER) == len(doc.pages)


@pytest.mark.parametrize("stem", SAMPLES)
def test_footer_and_page_numbers_dropped(rendered: dict[str, Rendered], stem: str) -> None:
    doc = rendered[stem]
    for block in doc.extraction.blocks:
        assert not PAGE_RE.search(block.text), block.text
        assert FOOTER_TEXT not in block.text
    assert sum(bool(PAGE_RE.fullmatch(line)) for line in doc.extraction.dropped) == len(doc.pages)


@pytest.mark.parametrize("stem", SAMPLES)
def test_letterhead_is_kept_as_document_text(rendered: dict[str, Rendered], stem: str) -> None:
    """The letterhead is on page 1 only: not repeated, so not chrome."""
    assert LETTERHEAD[0] in [block.text for block in rendered[stem].extraction.blocks]


def test_longer_samples_span_several_pages(rendered: dict[str, Rendered]) -> None:
    assert len(rendered["warwickshire-pcc-response-soc-2024"].pages) >= 3
    assert all(len(doc.pages) >= 2 for doc in rendered.values())


@pytest.mark.parametrize("stem", SAMPLES)
def test_line_end_hyphenation_is_undone(rendered: dict[str, Rendered], stem: str) -> None:
    doc = rendered[stem]
    broken = [m.groups() for page in doc.pages for m in LINE_END_HYPHEN_RE.finditer(page)]
    assert broken, "the renderer should hyphenate some words in every sample"
    got = set(words(doc.recovered))
    for head, tail in broken:
        whole = (head + tail).lower()
        assert whole in set(words(doc.source)), f"fixture split a word that is not in the source: {whole}"
        assert whole in got
        assert f"{head}- {tail}" not in doc.recovered and f"{head}-{tail}" not in doc.recovered


def test_several_words_hyphenated_across_samples(rendered: dict[str, Rendered]) -> None:
    total = sum(len(LINE_END_HYPHEN_RE.findall(page)) for doc in rendered.values() for page in doc.pages)
    assert total >= 10


def _body_lines(page: str) -> list[str]:
    chrome = {RUNNING_HEADER, FOOTER_TEXT}
    return [line for line in page.splitlines() if line.strip() not in chrome and not PAGE_RE.fullmatch(line.strip())]


def test_paragraph_rejoined_across_page_break(rendered: dict[str, Rendered]) -> None:
    """Where a page ends mid-sentence, the paragraph carries on in the same block."""
    cases = 0
    for stem, doc in rendered.items():
        if stem == TABLE_SAMPLE:
            continue  # its page breaks fall in the table, checked below
        for page, following in zip(doc.pages, doc.pages[1:]):
            last, first = _body_lines(page)[-1], _body_lines(following)[0]
            if TERMINAL_RE.search(last) or last.endswith("-") or not re.match(r"[A-Za-z]", first):
                continue
            cases += 1
            seam = words(last)[-3:] + words(first)[:3]
            assert any(_contains(words(block.text), seam) for block in doc.extraction.blocks), (stem, last, first)
    assert cases >= 2, "the fixture should break some paragraphs across pages"


def _contains(haystack: list[str], needle: list[str]) -> bool:
    return any(haystack[i : i + len(needle)] == needle for i in range(len(haystack) - len(needle) + 1))


# -------------------------------------------------------------------------- table


def test_table_spans_page_break_with_a_split_row(rendered: dict[str, Rendered]) -> None:
    """Guard the fixture: the table continues on a second page inside a cut row."""
    with pdfplumber.open(io.BytesIO(rendered[TABLE_SAMPLE].data)) as pdf:
        parts = [(page.page_number, table.extract()) for page in pdf.pages for table in page.find_tables()]
    assert len(parts) >= 2 and parts[1][0] == parts[0][0] + 1
    first_data_row = parts[1][1][1]
    assert not re.match(r"R\d", first_data_row[0] or ""), "the row at the page break should be split"


def test_table_rows_keep_recommendation_with_its_response(rendered: dict[str, Rendered]) -> None:
    doc = rendered[TABLE_SAMPLE]
    rows = [_norm(block.text) for block in doc.extraction.blocks if block.kind == "table_row"]
    pairs = recommendation_pairs((CORPUS / f"{TABLE_SAMPLE}.txt").read_text(encoding="utf-8"))
    assert len(pairs) == 9
    for left, right in pairs:
        assert f"{_norm(left)} {_norm(right)}" in rows, left


def test_table_row_cells_separated_by_newline(rendered: dict[str, Rendered]) -> None:
    doc = rendered[TABLE_SAMPLE]
    rows = [block.text for block in doc.extraction.blocks if block.kind == "table_row"]
    assert all(len(row.split("\n")) == 2 for row in rows)


def test_repeated_table_header_kept_once(rendered: dict[str, Rendered]) -> None:
    doc = rendered[TABLE_SAMPLE]
    assert sum(block.text == "\n".join(TABLE_HEADER) for block in doc.extraction.blocks) == 1


def test_table_text_not_duplicated_outside_table(rendered: dict[str, Rendered]) -> None:
    doc = rendered[TABLE_SAMPLE]
    outside = " ".join(_norm(block.text) for block in doc.extraction.blocks if block.kind != "table_row")
    for left, right in recommendation_pairs((CORPUS / f"{TABLE_SAMPLE}.txt").read_text(encoding="utf-8")):
        assert _norm(right)[:60] not in outside
        assert _norm(left)[:40] not in outside


def _no_pdfplumber(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("pdfplumber was opened: the pdfium grid reader should have read this table")

    monkeypatch.setattr(pdfplumber, "open", refuse)


def _draw_table(canvas: Canvas, rows: list[list[str]], widths: list[float], top: float, extra: tuple = ()) -> None:
    """A ruled ReportLab table with its top-left corner at (72, top); `extra` style commands."""
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), *extra]))
    _, height = table.wrapOn(canvas, sum(widths), 700)
    table.drawOn(canvas, 72, top - height)


def _table_rows(extraction: Extraction) -> list[str]:
    return [block.text for block in extraction.blocks if block.kind == "table_row"]


def test_table_pages_read_without_pdfplumber(rendered: dict[str, Rendered], monkeypatch: pytest.MonkeyPatch) -> None:
    """The rendered table (plain grid, split across a page break) takes the fast path."""
    _no_pdfplumber(monkeypatch)
    assert ingest_pdf(rendered[TABLE_SAMPLE].data) == rendered[TABLE_SAMPLE].extraction
    assert len(_table_rows(rendered[TABLE_SAMPLE].extraction)) == 10


def test_grid_reader_matches_pdfplumber_on_the_rendered_table(rendered: dict[str, Rendered]) -> None:
    """Same cells and the same table box as pdfplumber's own find_tables on both pages
    (told, as we close them, where the verticals end)."""
    data = rendered[TABLE_SAMPLE].data
    doc, plumber = pdfium.PdfDocument(data), pdfplumber.open(io.BytesIO(data))
    try:
        for index in (1, 2):
            page = doc[index]
            textpage = page.get_textpage()
            fast = find_tables(page, textpage, index)
            ppage = plumber.pages[index]
            ends = sorted({round(e[k], 1) for e in ppage.edges if e["orientation"] == "v" for k in ("top", "bottom")})
            slow = ppage.find_tables({"explicit_horizontal_lines": ends})
            assert len(fast) == len(slow) == 1
            rows = [[re.sub(r"\s+", " ", cell or "").strip() for cell in row] for row in slow[0].extract()]
            assert [[_norm(cell) for cell in row] for row in fast[0].rows] == [row for row in rows if any(row)]
            x0, top, x1, bottom = slow[0].bbox
            height = page.get_height()
            for ours, theirs in zip(
                (fast[0].top, fast[0].bottom, fast[0].left, fast[0].right), (height - top, height - bottom, x0, x1)
            ):
                assert ours == pytest.approx(theirs, abs=1.0)
            textpage.close()
            page.close()
    finally:
        plumber.close()
        doc.close()


def test_three_column_table_with_empty_cells(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [
        ["Ref", "Finding", "Action"],
        ["A1", "Cells can be empty", ""],
        ["A2", "", "Owner to confirm by March"],
        ["A3", "Partnership data is shared monthly", "Done"],
    ]

    def draw(canvas: Canvas) -> None:
        canvas.setFont("Helvetica", 10)
        canvas.drawString(72, 780, "The actions agreed are these.")
        _draw_table(canvas, rows, [60, 200, 190], 760)
        canvas.drawString(72, 600, "Progress is reported quarterly.")

    path = tmp_path / "three-columns.pdf"
    render_with(draw, path)
    _no_pdfplumber(monkeypatch)
    extraction = ingest_pdf(path.read_bytes())
    assert [block.text for block in extraction.blocks] == [
        "The actions agreed are these.",
        "Ref\nFinding\nAction",
        "A1\nCells can be empty",
        "A2\nOwner to confirm by March",
        "A3\nPartnership data is shared monthly\nDone",
        "Progress is reported quarterly.",
    ]
    doc = pdfium.PdfDocument(path.read_bytes())
    page = doc[0]
    tables = find_tables(page, page.get_textpage(), 0)
    assert [table.rows for table in tables] == [rows]  # empty cells keep their column


def test_rulings_from_filled_bars_and_form_xobjects(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Word draws borders as thin filled rectangles; some generators put a table in a
    scaled form XObject, whose objects pdfium reports in the form's own space."""

    def draw(canvas: Canvas) -> None:
        canvas.setFont("Helvetica", 10)
        xs, ys = [72, 250, 500], [780, 750, 720]
        for x in xs:
            canvas.rect(x - 0.25, ys[-1], 0.5, ys[0] - ys[-1], stroke=0, fill=1)
        for y in ys:
            canvas.rect(xs[0], y - 0.25, xs[-1] - xs[0], 0.5, stroke=0, fill=1)
        for row, y in enumerate(ys[1:]):
            canvas.drawString(76, y + 10, f"Bar item {row + 1}")
            canvas.drawString(254, y + 10, f"Bar answer {row + 1}")
        canvas.beginForm("table")
        _draw_table(canvas, [["Form item", "Form answer"], ["Scaled left", "Scaled right"]], [100, 150], 100)
        canvas.endForm()
        canvas.saveState()
        canvas.translate(0, 400)
        canvas.scale(1.5, 1.5)
        canvas.doForm("table")
        canvas.restoreState()

    path = tmp_path / "bars-and-form.pdf"
    render_with(draw, path)
    _no_pdfplumber(monkeypatch)
    assert _table_rows(ingest_pdf(path.read_bytes())) == [
        "Bar item 1\nBar answer 1",
        "Bar item 2\nBar answer 2",
        "Form item\nForm answer",
        "Scaled left\nScaled right",
    ]


def test_merged_cells_read_without_parsing_the_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cell spanning two columns: pdfplumber's cell logic on pdfium's rulings places it,
    and pdfplumber never opens the file."""

    def draw(canvas: Canvas) -> None:
        rows = [["Recommendation", "Response"], ["Section one: partnerships", ""], ["R1. Share data.", "Agreed."]]
        _draw_table(canvas, rows, [150, 250], 760, extra=(("SPAN", (0, 1), (1, 1)),))

    path = tmp_path / "merged.pdf"
    render_with(draw, path)
    _no_pdfplumber(monkeypatch)
    rows = _table_rows(ingest_pdf(path.read_bytes()))
    assert rows == ["Recommendation\nResponse", "Section one: partnerships", "R1. Share data.\nAgreed."]


# ----------------------------------------------------------------- unreadable files


def test_encrypted_pdf_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "encrypted.pdf"
    render_with(lambda c: c.drawString(72, 700, "Sensitive response letter"), path, encrypt="secret")
    with pytest.raises(UnreadableDocument) as err:
        ingest_pdf(path.read_bytes())
    assert err.value.error_type == "encrypted_pdf"


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, 0.995])
def test_truncated_pdf_is_reported(rendered: dict[str, Rendered], keep: float) -> None:
    data = rendered["peel-2017-west-mercia-monitoring-8929"].data
    with pytest.raises(UnreadableDocument) as err:
        ingest_pdf(data[: int(len(data) * keep)])
    assert err.value.error_type == "corrupt_pdf"


def test_garbled_pdf_is_reported() -> None:
    """Complete (ends in %%EOF) but not parseable: corrupt, not truncated."""
    with pytest.raises(UnreadableDocument) as err:
        ingest_pdf(b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
    assert err.value.error_type == "corrupt_pdf"


def test_scanned_pdf_without_text_layer_is_reported(tmp_path: Path) -> None:
    def draw(canvas: Canvas) -> None:
        scan = Image.new("RGB", (400, 500), "white")
        scan.paste((40, 40, 40), (40, 60, 360, 70))
        canvas.drawImage(ImageReader(scan), 72, 200, width=400, height=500)
        canvas.rect(72, 100, 200, 50, fill=1)

    path = tmp_path / "scan.pdf"
    render_with(draw, path)
    with pytest.raises(UnreadableDocument) as err:
        ingest_pdf(path.read_bytes())
    assert err.value.error_type == "no_text_layer"


@pytest.mark.parametrize(
    ("data", "error_type"),
    [(b"", "empty_file"), (b"  \n", "empty_file"), (b"<html><body>Not found</body></html>", "not_pdf")],
)
def test_empty_or_non_pdf_bytes_are_reported(data: bytes, error_type: str) -> None:
    with pytest.raises(UnreadableDocument) as err:
        ingest_pdf(data)
    assert err.value.error_type == error_type


# ------------------------------------------------------------------- small details


def test_ligatures_expanded(tmp_path: Path) -> None:
    """A TrueType font with ligature glyphs puts U+FB01 etc. in the text layer."""
    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))

    def draw(canvas: Canvas) -> None:
        canvas.setFont("Vera", 11)
        canvas.drawString(72, 700, "The ﬁnal report reﬂects the efﬁciency of the ﬁnancial ﬂow.")

    path = tmp_path / "ligatures.pdf"
    render_with(draw, path)
    text = ingest_pdf(path.read_bytes()).blocks[0].text
    assert text == "The final report reflects the efficiency of the financial flow."
    assert clean_text("oﬃce, baﬄe, staﬀ, ﬅ") == "office, baffle, staff, st"  # glyphs Vera lacks


def test_bare_page_number_dropped_on_single_page(tmp_path: Path) -> None:
    def draw(canvas: Canvas) -> None:
        canvas.setFont("Helvetica", 10)
        canvas.drawString(72, 700, "The force should improve how it records disruption activity.")
        canvas.drawCentredString(297, 30, "1")

    path = tmp_path / "one-page.pdf"
    render_with(draw, path)
    extraction = ingest_pdf(path.read_bytes())
    assert [block.text for block in extraction.blocks] == ["The force should improve how it records disruption activity."]
    assert extraction.dropped == ("1",)


def test_metadata_title_used_only_when_sensible(tmp_path: Path) -> None:
    text = (CORPUS / "peel-2017-west-mercia-monitoring-8929.txt").read_text(encoding="utf-8")
    path = tmp_path / "titled.pdf"
    render_pdf(text, path, title="PEEL: police effectiveness 2017 – West Mercia Police")
    assert ingest_pdf(path.read_bytes()).title == "PEEL: police effectiveness 2017 – West Mercia Police"


@pytest.mark.parametrize("raw", ["(anonymous)", "untitled", "Microsoft Word - response_v3.docx", "", None, "x"])
def test_placeholder_titles_ignored(rendered: dict[str, Rendered], raw: str | None) -> None:
    assert sensible_title(raw) is None
    assert rendered[SAMPLES[0]].extraction.title is None  # ReportLab's default "(anonymous)"


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("an investi-", "gation of", "an investigation of"),
        ("a multi-", "agency response", "a multi-agency response"),
        ("the Anti-", "Social Behaviour", "the Anti-Social Behaviour"),
        ("from 2023-", "2024 onwards", "from 2023-2024 onwards"),
        ("crime: –", "partners", "crime: – partners"),
    ],
)
def test_line_joining_keeps_real_hyphens(left: str, right: str, joined: str) -> None:
    assert join_lines(left, right, frozenset({"multi-agency"})) == joined
