"""The HTML ingestor against the five samples rendered as real-looking web pages.

Each sample is rendered twice (tests/fixtures/render_html.py): a modern page with
<main>/<article>, and an old CMS page with anonymous <div>s, loose text between
<br><br> and every non-ASCII character written as an entity. Both carry menus, cookie
banners, breadcrumbs, scripts, sidebars and footers that must not reach extraction.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from crosswalk.ingest import html as html_ingest
from crosswalk.errors import UnreadableDocument
from crosswalk.ingest.html import ingest_html
from crosswalk.ingest.limits import LIMITS
from crosswalk.model import Block, Extraction
from tests.fixtures.compare import in_order_recall
from tests.fixtures.render_html import (
    CHROME_MARKERS,
    CONTENT_SCRIPT_STRING,
    VARIANTS,
    parse_sample,
    render_html,
    sample_blocks,
    source_without_chrome,
)

from tests.conftest import CORPUS, SAMPLES  # noqa: E402 - one definition of the sample set


@dataclass(frozen=True)
class Rendered:
    source: str
    html: bytes
    extraction: Extraction

    @property
    def recovered(self) -> str:
        return "\n\n".join(block.text for block in self.extraction.blocks)


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], Rendered]:
    """Every sample in every page variant, rendered once and ingested once."""
    out_dir = tmp_path_factory.mktemp("html_pages")
    pages: dict[tuple[str, int], Rendered] = {}
    for name in SAMPLES:
        source = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
        for variant in VARIANTS:
            path = out_dir / f"{name}.v{variant}.html"
            render_html(source, path, variant=variant)
            data = path.read_bytes()
            pages[name, variant] = Rendered(source, data, ingest_html(data))
    return pages


CASES = [pytest.param(name, variant, id=f"{name}-v{variant}") for name in SAMPLES for variant in VARIANTS]


def test_five_samples_are_present() -> None:
    assert len(SAMPLES) == 5


@pytest.mark.parametrize(("name", "variant"), CASES)
def test_document_words_survive_in_order(rendered: dict, name: str, variant: int) -> None:
    page = rendered[name, variant]
    assert in_order_recall(source_without_chrome(page.source), page.recovered) >= 0.99


@pytest.mark.parametrize(("name", "variant"), CASES)
def test_site_chrome_does_not_leak_into_text(rendered: dict, name: str, variant: int) -> None:
    page = rendered[name, variant]
    clean_source = source_without_chrome(page.source).lower()
    for marker in CHROME_MARKERS:
        assert marker.lower() not in clean_source, f"fixture marker {marker!r} occurs in the sample itself"
        assert marker.lower() not in page.recovered.lower(), f"chrome {marker!r} leaked"


def test_every_chrome_marker_is_on_some_rendered_page(rendered: dict) -> None:
    """Guards the leak test against markers the renderer stopped writing."""
    pages = [page.html.decode("utf-8").replace("&#x27;", "'") for page in rendered.values()]
    for marker in CHROME_MARKERS:
        assert any(marker in page for page in pages), f"no page carries {marker!r}"


@pytest.mark.parametrize(("name", "variant"), CASES)
def test_blocks_keep_the_rendered_structure(rendered: dict, name: str, variant: int) -> None:
    """Headings, paragraphs and list items come back one block each, of the rendered kind."""
    page = rendered[name, variant]
    got = [(block.kind, block.text) for block in page.extraction.blocks]
    assert got == sample_blocks(page.source)


@pytest.mark.parametrize(("name", "variant"), CASES)
def test_bullet_lines_become_list_items_without_glyphs(rendered: dict, name: str, variant: int) -> None:
    page = rendered[name, variant]
    bullets = [" ".join(item.text.split()) for item in parse_sample(page.source) if item.tag == "ul"]
    items = [block.text for block in page.extraction.blocks if block.kind == "list_item"]
    for bullet in bullets:
        assert bullet in items
    assert not any(text.startswith(("•", "- ")) for text in items)


@pytest.mark.parametrize(("name", "variant"), CASES)
def test_title_is_the_page_heading(rendered: dict, name: str, variant: int) -> None:
    page = rendered[name, variant]
    assert page.extraction.title == " ".join(parse_sample(page.source)[0].text.split())


@pytest.mark.parametrize(("name", "variant"), CASES)
def test_removed_chrome_is_recorded(rendered: dict, name: str, variant: int) -> None:
    dropped = " ".join(rendered[name, variant].extraction.dropped)
    assert "We use cookies" in dropped and "Skip to content" in dropped
    assert all(len(record) <= html_ingest.DROPPED_CHARS for record in rendered[name, variant].extraction.dropped)


def test_legacy_page_really_has_no_semantic_landmarks(rendered: dict) -> None:
    """Variant 1 must exercise the density fallback, not the <main>/<article> shortcut."""
    data = rendered[SAMPLES[0], 1].html
    for tag in (b"<main", b"<article", b"<nav", b"<header", b"<footer", b"<aside", b'role="main"'):
        assert tag not in data


def test_entity_encoded_apostrophes_decode(rendered: dict) -> None:
    page = rendered["warwickshire-pcc-response-soc-2024", 1]
    assert b"&rsquo;" in page.html and b"&#8217;" in page.html
    assert "His Majesty’s Inspectorate" in page.recovered
    assert "&rsquo;" not in page.recovered and "&#8217;" not in page.recovered


@pytest.mark.parametrize("variant", VARIANTS)
def test_script_in_rendered_content_area_does_not_leak(rendered: dict, variant: int) -> None:
    page = rendered["west-mercia-pcc-response-soc-2024", variant]
    html_text = page.html.decode("utf-8")
    assert html_text.index(CONTENT_SCRIPT_STRING) > html_text.index("<h1")  # inside the content
    assert CONTENT_SCRIPT_STRING not in page.recovered
    assert "trackPageView" not in page.recovered and "enable JavaScript" not in page.recovered


def test_no_break_spaces_become_plain_spaces(rendered: dict) -> None:
    page = rendered["warwickshire-pcc-response-soc-2024", 0]
    assert "\u00a0".encode() in page.html
    assert "1. Local Policing Body’s Comments." in [b.text for b in page.extraction.blocks]
    assert "\u00a0" not in page.recovered


def test_pound_sign_and_quotes_survive_both_encodings(rendered: dict) -> None:
    for variant in VARIANTS:
        text = rendered["express-and-star-west-mercia-soc-2024", variant].recovered
        assert "almost £1million" in text and "“cause of concern”" in text


# ------------------------------------------------------------------ handmade pages


def _page(body: str, head: str = "<title>Statement | Shirevale OPCC</title>") -> bytes:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()


def test_script_inside_content_does_not_leak_code() -> None:
    data = _page(
        "<article><h1>Statement</h1><p>The force will publish a plan.</p>"
        "<script>var note = \"This sentence looks like text.\"; track('x');</script>"
        "<style>.x { color: red }</style><p>It will report in June.</p></article>"
    )
    texts = [b.text for b in ingest_html(data).blocks]
    assert texts == ["Statement", "The force will publish a plan.", "It will report in June."]


def test_text_after_a_text_node_over_ten_megabytes_is_kept() -> None:
    """libxml2 stops at a 10 MB text node unless told the tree may be huge, and says
    nothing: the recommendation after it would be lost without a trace."""
    data = _page("<article><h1>Statement</h1><pre>" + "word " * 2_100_000 + "</pre>"
                 "<p>Recommendation 1: the force should act.</p></article>")
    assert ingest_html(data).blocks[-1].text == "Recommendation 1: the force should act."


def test_inline_elements_do_not_split_a_paragraph() -> None:
    data = _page("<main><p>The <a href='#'>force</a> <strong>will</strong> <em>act</em><br>on <span>this</span>.</p></main>")
    assert [(b.kind, b.text) for b in ingest_html(data).blocks] == [("paragraph", "The force will act on this.")]


def test_loose_div_text_splits_into_paragraphs_at_double_breaks() -> None:
    data = _page("<div id='x'><div class='content'>First paragraph.<br><br>Second one<br>continues.<br>\n<br>Third.</div></div>")
    assert [b.text for b in ingest_html(data).blocks] == ["First paragraph.", "Second one continues.", "Third."]


def test_table_rows_keep_cells_together() -> None:
    data = _page(
        "<main><table><tr><th>Recommendation</th><th>Response</th></tr>"
        "<tr><td><p>Improve 4P plans.</p></td><td>Plans are <b>now</b> reviewed monthly.</td></tr></table></main>"
    )
    blocks = ingest_html(data).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("table_row", "Recommendation\nResponse"),
        ("table_row", "Improve 4P plans.\nPlans are now reviewed monthly."),
    ]


def test_nested_list_items_stay_separate() -> None:
    data = _page("<main><ul><li>Outer item<ul><li>Inner item</li></ul></li><li>• Glyph item</li></ul></main>")
    assert [(b.kind, b.text) for b in ingest_html(data).blocks] == [
        ("list_item", "Outer item"),
        ("list_item", "Inner item"),
        ("list_item", "Glyph item"),
    ]


def test_title_falls_back_to_head_title_without_site_suffix() -> None:
    data = _page("<main><p>Body text of the statement.</p></main>", "<title>PCC statement on SOC | Shirevale OPCC</title>")
    assert ingest_html(data).title == "PCC statement on SOC"
    dashed = _page("<main><p>Body text.</p></main>", "<title>PCC statement on SOC - Shirevale OPCC</title>")
    assert ingest_html(dashed).title == "PCC statement on SOC"


def test_page_wide_form_wrapper_is_not_dropped_as_chrome() -> None:
    """ASP.NET sites wrap the whole page in one <form>; it holds the content."""
    text = "The Commissioner will hold the force to account at every quarterly board."
    data = _page(
        "<form id='aspnetForm'><div class='menu'><a href='/'>Home</a></div>"
        f"<div id='c'><h1>Response</h1><p>{text}</p></div></form>"
    )
    assert [b.text for b in ingest_html(data).blocks] == ["Response", text]


def test_heading_inside_article_header_is_kept() -> None:
    data = _page("<header><a>Site</a></header><article><header><h1>Response to the report</h1></header><p>Text.</p></article>")
    extraction = ingest_html(data)
    assert extraction.title == "Response to the report"
    assert [b.text for b in extraction.blocks] == ["Response to the report", "Text."]


def test_unmarked_sidebar_and_footer_are_left_out_by_density() -> None:
    prose = "".join(f"<p>Paragraph {i} of the response sets out what the force will do next.</p>" for i in range(12))
    data = _page(
        "<div id='page'><div id='l'><a href='/a'>Annual report</a><br><a href='/b'>Meetings</a></div>"
        f"<div id='r'><h2>Response</h2>{prose}</div><div id='bottom'>Unit 4, Quayside House, Shirevale</div></div>"
    )
    text = "\n".join(b.text for b in ingest_html(data).blocks)
    assert "Quayside" not in text and "Annual report" not in text and "Paragraph 11" in text


# ------------------------------------------------------------------ encodings


def test_cp1252_page_with_declared_charset_decodes_curly_quotes() -> None:
    data = "<html><head><meta charset='windows-1252'></head><body><p>The force’s plan costs £5.</p></body></html>"
    assert ingest_html(data.encode("cp1252")).blocks[0].text == "The force’s plan costs £5."


def test_utf8_page_with_stale_latin1_declaration_decodes_as_utf8() -> None:
    data = "<html><head><meta charset='iso-8859-1'></head><body><p>The force’s plan.</p></body></html>"
    assert ingest_html(data.encode("utf-8")).blocks[0].text == "The force’s plan."


def test_bom_marked_utf16_page_decodes() -> None:
    data = "<html><body><p>The force’s plan.</p></body></html>".encode("utf-16")
    assert ingest_html(data).blocks[0].text == "The force’s plan."


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_page_without_bom_decodes(codec: str) -> None:
    data = "<html><body><p>The force’s plan.</p></body></html>".encode(codec)
    assert ingest_html(data).blocks[0].text == "The force’s plan."


def test_undeclared_non_utf8_bytes_fall_back_to_cp1252() -> None:
    data = "<p>Majesty’s Inspectorate – 2024</p>".encode("cp1252")
    assert ingest_html(data).blocks[0].text == "Majesty’s Inspectorate – 2024"


# ------------------------------------------------------------------ failures


def test_deeply_nested_divs_do_not_raise_recursion_error() -> None:
    depth = 5000
    data = _page("<div>" * depth + "<p>Deep text survives.</p>" + "</div>" * depth)
    assert [b.text for b in ingest_html(data).blocks] == ["Deep text survives."]


def test_deeply_nested_inline_elements_do_not_raise_recursion_error() -> None:
    depth = 5000
    data = _page("<main><p>Start " + "<span><b>" * depth + "deep" + "</b></span>" * depth + " end.</p></main>")
    assert [b.text for b in ingest_html(data).blocks] == ["Start deep end."]


def test_parser_recursion_error_falls_back_to_plain_text_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(text: str) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(html_ingest, "_extract", explode)
    data = _page("<script>var a = 'no';</script><div><p>First.</p><p>Second &amp; last.</p></div>")
    assert [b.text for b in ingest_html(data).blocks] == ["First.", "Second & last."]


@pytest.mark.parametrize("data", [b"", b"   \n\t "], ids=["empty", "whitespace"])
def test_empty_input_is_reported_as_empty_file(data: bytes) -> None:
    with pytest.raises(UnreadableDocument) as caught:
        ingest_html(data)
    assert caught.value.error_type == "empty_file"


def test_binary_junk_is_reported_as_not_html() -> None:
    junk = random.Random(7).randbytes(4096)
    with pytest.raises(UnreadableDocument) as caught:
        ingest_html(junk)
    assert caught.value.error_type == "not_html"


def test_nul_padded_bytes_are_reported_as_not_html() -> None:
    with pytest.raises(UnreadableDocument) as caught:
        ingest_html(b"<html>" + b"\x00\x01\x02\x03" * 500 + b"</html>")
    assert caught.value.error_type == "not_html"


def test_page_of_only_chrome_is_reported_as_no_text() -> None:
    data = _page("<nav><a href='/'>Home</a></nav><script>var a = 'text';</script><footer>© 2024</footer>")
    with pytest.raises(UnreadableDocument) as caught:
        ingest_html(data)
    assert caught.value.error_type == "no_text"


def test_collapsed_accordion_panel_keeps_its_text() -> None:
    """Hidden panels of an accordion hold the document; only small hidden bits are dropped."""
    answer = "The force will review every 4P plan by March and report progress to the board. " * 4
    data = _page(
        "<main><h2>Recommendation 1</h2>"
        f"<div class='accordion-panel' hidden><p>{answer.strip()}</p></div>"
        "<span aria-hidden='true'>Opens in new window</span></main>"
    )
    assert [b.text for b in ingest_html(data).blocks] == ["Recommendation 1", answer.strip()]


def test_layout_table_is_read_as_page_not_as_one_row() -> None:
    prose = "".join(f"<p>Point {i} of the response says what happens next.</p>" for i in range(8))
    data = _page(
        "<table width='100%'><tr><td class='l'><a href='/'>Home</a><br><a href='/n'>News</a></td>"
        f"<td><h1>Response</h1>{prose}</td></tr></table>"
    )
    blocks = ingest_html(data).blocks
    assert blocks[0].text == "Response" and len(blocks) == 9
    assert {b.kind for b in blocks} == {"heading", "paragraph"}


def test_social_share_and_advert_widgets_inside_content_are_dropped() -> None:
    data = _page(
        "<main><p>The plan is published.</p><div class='sharedaddy'>Share on Facebook</div>"
        "<div class='ad-slot'>Advertisement: cheap loans</div><div id='comments'><p>Reader says hi.</p></div></main>"
    )
    assert [b.text for b in ingest_html(data).blocks] == ["The plan is published."]


def test_page_title_above_the_content_column_is_kept() -> None:
    """Themes put the <h1> in a page header above the content; the density choice must not lose it."""
    prose = "".join(f"<p>Paragraph {i} of the response says what the force will do.</p>" for i in range(10))
    data = _page(
        "<div id='top'><a href='/'><h1>Shirevale OPCC</h1></a></div>"
        "<div id='col'><div class='page-title'><h1>Response to the SOC inspection</h1></div>"
        f"<div class='body'>{prose}</div></div><div id='bottom'>Quayside House</div>"
    )
    extraction = ingest_html(data)
    assert extraction.title == "Response to the SOC inspection"
    assert extraction.blocks[0] == Block("heading", "Response to the SOC inspection")
    assert "Shirevale OPCC" not in [b.text for b in extraction.blocks]


def test_logo_heading_is_not_taken_for_the_page_title() -> None:
    prose = "".join(f"<p>Paragraph {i} of the response says what the force will do.</p>" for i in range(10))
    for logo in ("<a href='/'><h1>Shirevale OPCC</h1></a>", "<h1><a href='/'>Shirevale OPCC</a></h1>"):
        data = _page(f"<div id='top'>{logo}</div><div id='col'><div class='body'>{prose}</div></div>")
        extraction = ingest_html(data)
        assert extraction.title == "Statement"
        assert "Shirevale OPCC" not in [b.text for b in extraction.blocks]


def test_paragraphs_inside_list_items_stay_list_items() -> None:
    """WordPress and Word exports wrap each item's text in <p>; it is still one list item."""
    data = _page("<main><ul><li><p>First item.</p></li><li><p>Second item</p><p>continues.</p></li></ul></main>")
    assert [(b.kind, b.text) for b in ingest_html(data).blocks] == [
        ("list_item", "First item."),
        ("list_item", "Second item continues."),
    ]


# ------------------------------------------------------------------ text pieces of the lxml tree


def test_ruby_annotations_are_not_text() -> None:
    data = _page("<main><p>Kanji <ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby> stays.</p></main>")
    assert [b.text for b in ingest_html(data).blocks] == ["Kanji 漢 stays."]


def test_control_characters_after_dropped_furniture_are_kept_as_text() -> None:
    data = _page("<main><div><nav>Menu</nav>\x01The force will act.<span class='sr-only'>hint</span>\x02 By May.</div></main>")
    assert "The force will act." in "\n".join(b.text for b in ingest_html(data).blocks)


def test_white_space_between_inline_elements_counts_once_when_measuring_a_cell() -> None:
    """A data cell near the layout limit stays a data row however the markup is indented."""
    words = "x" * (LIMITS.layout_cell_chars - 10)
    cell = f"<span>{words}</span>{' ' * 40}<span>end</span>"
    data = _page(f"<main><table><tr><td>{cell}</td><td>Response</td></tr></table></main>")
    assert [b.kind for b in ingest_html(data).blocks] == ["table_row"]
    preformatted = f"<pre><span>{words}</span>{' ' * 40}<span>end</span></pre>"
    data = _page(f"<main><table><tr><td>{preformatted}</td><td>Response</td></tr></table></main>")
    assert "table_row" not in [b.kind for b in ingest_html(data).blocks]
