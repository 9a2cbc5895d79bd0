"""Turn a PDF's text layer into blocks: paragraphs, list items, headings and table rows.

pdfium does the reading; pdfplumber lends its table geometry:

* pypdfium2 reads every page: its text page gives the characters in reading order with
  their boxes for a fraction of the cost of pdfplumber's layout analysis. From it we
  build physical lines with their geometry (left/right edge, baseline, font size), which
  is all that paragraph grouping and header/footer detection need.
* Ruled tables come from pdfium too: on pages whose objects draw rulings, the straight
  segments of the path objects go through pdfplumber's grid functions (snap, join,
  intersections, cells, tables), and pdfium returns the text inside each cell's box.
  pdfplumber itself never parses a page.

Modules: `text` (pdfium characters to physical lines), `tables` (ruled tables),
`running` (running headers and footers), `blocks` (paragraphs, list items, table rows).
"""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from crosswalk.errors import ErrorType, UnreadableDocument
from crosswalk.ingest.pdf.blocks import group_blocks, items_in_order
from crosswalk.ingest.pdf.model import PageText, TableFragment
from crosswalk.ingest.pdf.running import drop_chrome
from crosswalk.ingest.pdf.settings import DEFAULT, PdfSettings
from crosswalk.ingest.pdf.tables import find_tables, inside, mark_bullets, survey
from crosswalk.ingest.pdf.text import LIGATURES, page_lines
from crosswalk.model import Extraction

__all__ = ["ingest_pdf", "sensible_title"]

PLACEHOLDER_TITLES = {
    "untitled", "untitled document", "(anonymous)", "anonymous", "(unspecified)", "unspecified", "unknown",
    "title", "document", "microsoft word", "slide 1", "none", "null",
}
FILENAME_RE = re.compile(r"\.(?:docx?|pdf|rtf|odt|pptx?|xlsx?|txt|html?|indd|qxd)$", re.I)
OFFICE_PREFIX_RE = re.compile(r"^microsoft\s+(?:word|powerpoint|excel)\s*-\s*", re.I)


PAGES_LEFT_OUT = ErrorType.PAGES_LEFT_OUT.value


def ingest_pdf(data: bytes, max_pages: int | None = None, settings: PdfSettings = DEFAULT) -> Extraction:
    """Read a PDF's text layer into blocks; raise UnreadableDocument when there is none.
    A PDF of more than `max_pages` pages is read up to that page (a limit, so one huge file
    cannot stall a batch), with a warning that says how many pages were left out."""
    _check_container(data)
    doc = _open(data)
    try:
        count = len(doc)
        if count == 0:
            raise UnreadableDocument("corrupt_pdf", "the PDF has no pages")
        read = count if max_pages is None else min(count, max_pages)
        title = sensible_title(doc.get_metadata_dict().get("Title"))
        pages = [_read_page(doc, index, settings) for index in range(read)]
    except pdfium.PdfiumError as exc:
        raise UnreadableDocument("corrupt_pdf", f"pdfium could not read a page: {exc}") from exc
    finally:
        doc.close()
    if not any(page.lines or page.tables for page in pages):
        raise UnreadableDocument(
            "no_text_layer", f"none of the {count} page(s) has a text layer: a scanned or image-only PDF needs OCR"
        )
    dropped = drop_chrome(pages, settings)
    blocks = group_blocks(list(items_in_order(pages)), settings)
    if not blocks:
        raise UnreadableDocument("no_text_layer", "the only text in the PDF is running headers, footers and page numbers")
    warnings = () if read == count else (
        f"{PAGES_LEFT_OUT}: the PDF has {count} pages; the first {read} were read (--max-pages)",)
    return Extraction(blocks=tuple(blocks), title=title, dropped=tuple(dropped), pages=count, warnings=warnings)


def _check_container(data: bytes) -> None:
    """Reject empty, non-PDF and truncated files before handing them to pdfium.

    pdfium repairs a damaged cross-reference table silently, so a download cut short
    could come back as a shorter document; a file whose last %%EOF is missing or is
    followed by more objects was cut off, and we say so instead.
    """
    if not data or data.isspace():
        raise UnreadableDocument("empty_file", "the file is empty")
    if b"%PDF-" not in data[:1024]:
        raise UnreadableDocument("not_pdf", "no %PDF- header in the first 1 KB: this is not a PDF (an HTML error page?)")
    eof = data.rfind(b"%%EOF")
    if eof < 0 or data.find(b"endobj", eof) >= 0:
        raise UnreadableDocument(
            "corrupt_pdf", f"the PDF is truncated (no final %%EOF marker after {len(data)} bytes); download it again"
        )


def _open(data: bytes) -> pdfium.PdfDocument:
    """Open with pdfium, naming password protection apart from other damage."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise UnreadableDocument("encrypted_pdf", f"the PDF is password-protected or encrypted: {exc}") from exc
        raise UnreadableDocument("corrupt_pdf", f"the PDF cannot be parsed: {exc}") from exc


def sensible_title(raw: object) -> str | None:
    """The metadata title if it names the document, not a tool default or a file name."""
    if not isinstance(raw, str):
        return None
    title = re.sub(r"\s+", " ", raw.translate(LIGATURES)).strip()
    title = OFFICE_PREFIX_RE.sub("", title)
    if title.lower() in PLACEHOLDER_TITLES or FILENAME_RE.search(title):
        return None
    if len(title) < 4 or not re.search(r"[^\W\d_]{3}", title) or (" " not in title and "_" in title):
        return None
    return title


def _read_page(doc: pdfium.PdfDocument, index: int, settings: PdfSettings = DEFAULT) -> PageText:
    """Lines (and, on ruled pages, tables) of one page; the page is closed afterwards."""
    page = doc[index]
    try:
        _, bottom, _, top = page.get_mediabox()
        textpage = page.get_textpage()
        try:
            lines = page_lines(textpage, index)
            found: list[TableFragment] = []
            drawing = survey(page, settings) if lines else None
            if drawing:
                mark_bullets(lines, drawing.marks)
            if drawing and drawing.rulings:
                found = find_tables(page, textpage, index, settings, drawing.paths)
                lines = [line for line in lines if not any(inside(line, table) for table in found)]
        finally:
            textpage.close()
        return PageText(index, bottom, top - bottom, lines, found)
    finally:
        page.close()
