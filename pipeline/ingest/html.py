"""Web pages (HTML) to blocks: the document without the site around it.

PCC responses and news reports are often published as web pages. The statement sits
among menus, cookie banners, breadcrumbs, scripts, sidebars and footers, none of which
may reach extraction (a menu item reading "Our priorities" is not a commitment). The page
markup says where headings, paragraphs, list items and table rows are, so blocks come
from the tags rather than from guessing at line shapes.

Steps: decode the bytes, parse with lxml, drop code and site furniture (by tag and by the
words in id/class/role/aria-label, listed in the tables below), choose the content
container (<main>/<article> or, on old CMS sites without them, the element holding most
of the non-link text), and walk it once to emit blocks. Every walk is iterative: pages
with thousands of nested elements must not hit Python's recursion limit.
"""

from __future__ import annotations

import codecs
import html as htmllib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple, TypeAlias

from bs4.dammit import EncodingDetector
from lxml import etree

from crosswalk.errors import UnreadableDocument
from crosswalk.ingest.decoding import decode_unambiguous, decoding_warnings
from crosswalk.ingest.furniture import furniture_words
from crosswalk.ingest.limits import LIMITS
from crosswalk.ingest.lines import is_bullet, split_inline_bullets, strip_bullet
from crosswalk.model import Block, BlockKind, Extraction

# ------------------------------------------------------------------ data tables

# Tags whose content is never document text.
CODE_TAGS = (
    "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "video", "audio", "map", "input", "select", "textarea", "button", "link", "meta",
)
# Page furniture by structure. Dropped unless the element wraps the content (see `_wraps_content`).
CHROME_TAGS = ("nav", "header", "footer", "aside", "form", "dialog", "menu")
# ARIA landmark roles of furniture.
CHROME_ROLES = ("navigation", "banner", "contentinfo", "search", "complementary", "menu", "menubar", "dialog", "alertdialog")
# Words of id/class/aria-label that name furniture: data, `patterns/page_furniture.json`.
CHROME_SUBSTRINGS, CHROME_WORDS, CHROME_AFFIXES = furniture_words()
# Content containers, in order of preference, when the page marks its content.
CONTENT_SELECTORS = ("main", "[role=main]", "article")  # tag names, or one [attribute=value]

HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
PARAGRAPH_TAGS = ("p", "dt", "dd", "caption", "figcaption", "pre", "address", "summary", "legend")
CONTAINER_TAGS = (
    "html", "body", "div", "section", "article", "main", "ul", "ol", "dl", "table", "thead",
    "tbody", "tfoot", "tr", "td", "th", "blockquote", "figure", "center", "details", "fieldset",
    "hr", "header", "footer", "aside", "nav", "form", "hgroup", "search",
)
# Containers the density search may step into (a <p> or <ul> is content, not a container).
DESCEND_TAGS = ("body", "div", "section", "article", "main", "form", "table", "tbody", "tr", "td", "th", "center", "font", "span")

# The shares and sizes that choose the content: data, `patterns/ingest_limits.json`.
DROPPED_CHARS = 120  # width of a record of dropped text

BR = "\x00"  # marks a <br> in collected text (NUL never survives decoding: see `_clean`)
INVISIBLE_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
PARAGRAPH_BREAK_RE = re.compile(BR + r"\s*" + BR + r"[\s" + BR + "]*")
BULLET_BREAK_RE = re.compile(BR + r"(?=\s*(?:[•●▪◦‣∙·○■□]|[-–*]\s))")
WORD_SPLIT_RE = re.compile(r"[^a-z0-9]+")
CAMEL_RE = re.compile(r"([a-z0-9])([A-Z])")
TITLE_SUFFIX_RE = re.compile(r"\s+(?:\||[-–—:•·])\s+(?P<site>[^|–—\-]{2,60})$")
NON_SPACE_RE = re.compile(r"\S+")
HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


Tag: TypeAlias = etree._Element
# Ruby annotations (pronunciation set over CJK text) are not document text.
RUBY_TAGS = ("rt", "rp")
# Whitespace-only text keeps its exact characters only inside these.
PRESERVE_TAGS = ("pre", "textarea")
ASCII_SPACES = " \t\n\r\x0c"
REMOVED = "crosswalk-removed"  # what a dropped element becomes (see `_remove`)

# ------------------------------------------------------------------ entry point


def ingest_html(data: bytes) -> Extraction:
    """Blocks, title and dropped furniture of one web page; raises UnreadableDocument."""
    if not data.strip():
        raise UnreadableDocument("empty_file", "the file is empty")
    text = decode_html(data)
    if _looks_binary(text):
        raise UnreadableDocument("not_html", "the file holds binary data, not an HTML page")
    warnings = decoding_warnings(data)
    text, crowded = _drop_crowded_attributes(text)
    if crowded:
        warnings.append(f"dropped the attributes of {crowded} tag(s) of over {CROWDED_TAG_CHARS:,} characters "
                        "(the HTML parser's cost grows with the square of a tag's attributes)")
    depth = nesting_depth(text)
    try:
        if depth > MAX_PARSER_DEPTH:
            raise RecursionError(depth)
        blocks, title, dropped = _extract(text)
    except RecursionError:
        blocks, title, dropped = _fallback_blocks(text), None, []
        warnings.append(f"page nested {depth} elements deep, too deep for the HTML parser: read with the plain-text fallback")
    if not blocks:
        raise UnreadableDocument("no_text", "the page has no content text (only site furniture, scripts or images)")
    scripts = len(SCRIPT_TAG_RE.findall(text))
    if scripts:
        warnings.append(f"removed {scripts} <script> element(s); their code is never run or kept")
    return Extraction(blocks=tuple(blocks), title=title, dropped=tuple(dropped), warnings=tuple(warnings))


# A start tag this long holds thousands of attributes: libxml2 checks each against all the
# others, so 200,000 of them take minutes. Text never sits inside a tag, so the tag keeps
# its name and loses its attributes. `[^<>]` keeps the search linear.
CROWDED_TAG_CHARS = 20_000
CROWDED_TAG_RE = re.compile(r"<([a-zA-Z][\w:-]*)[^<>]{%d,}>" % CROWDED_TAG_CHARS)


def _drop_crowded_attributes(text: str) -> tuple[str, int]:
    if len(text) < CROWDED_TAG_CHARS:
        return text, 0
    return CROWDED_TAG_RE.subn(r"<\1>", text)


SCRIPT_TAG_RE = re.compile(r"<script\b", re.I)
TAG_RE = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>")
VOID_ELEMENTS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                           "source", "track", "wbr", "p", "li", "td", "th", "tr", "option", "dt", "dd"})
# libxml2 stops building the tree at 256 levels and drops what is deeper, silently.
MAX_PARSER_DEPTH = 200


def nesting_depth(text: str) -> int:
    """The deepest element nesting, estimated from the tags alone (elements whose end tag
    may be omitted do not count), so a pathological page is caught before parsing."""
    depth = deepest = 0
    for closing, name, self_closing in TAG_RE.findall(text):
        if name.lower() in VOID_ELEMENTS or self_closing:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _extract(text: str) -> tuple[list[Block], str | None, list[str]]:
    """Blocks, title and dropped records of decoded page text (furniture goes before the
    container is chosen, so a cookie banner cannot win the density contest)."""
    document = parse(text)
    if document is None:
        return [], None, []
    head_title = _head_title(document)
    dropped = _drop_furniture(document)
    root = choose_content_root(document)
    if root is None:
        return [], None, dropped
    dropped.extend(_outside_texts(root))
    blocks = emit_blocks(root)
    heading = heading_before(root)
    if heading:
        blocks.insert(0, Block("heading", heading))
    return blocks, heading or _page_title(root, head_title), dropped


# ------------------------------------------------------------------ parsing


def parse(text: str) -> Tag | None:
    """The page's <html> element (None for a page without elements).

    The tree is lxml's own, built in C (Beautiful Soup's tree, built in Python from
    the same parser's events, was the dearest part of ingestion). Two of its rules are
    kept, so blocks and sizes stay as they were: text inside <rt>/<rp> is dropped, and
    text of only white space becomes one newline (if it has one) or one space, except
    inside <pre>. A page that cannot be parsed at all reads as one without elements.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    # huge_tree: without it libxml2 silently drops everything after a text node of 10 MB
    # (nesting depth is bounded by MAX_PARSER_DEPTH before parsing).
    parser = etree.HTMLParser(recover=True, huge_tree=True)
    try:
        parser.feed(text)
        root = parser.close()
    except (etree.ParserError, etree.XMLSyntaxError):
        return None
    if root is None:
        return None
    for ruby in root.iter(*RUBY_TAGS):
        ruby.text = None
        for node in ruby.iterdescendants():
            if isinstance(node.tag, str):
                node.text = None
            node.tail = None
    preserved = {node for keep in root.iter(*PRESERVE_TAGS) for node in keep.iter()}
    for node in root.iter():
        # Only white space is ever written back: lxml refuses control characters.
        if isinstance(node.tag, str) and _is_blank(node.text) and node not in preserved:
            node.text = "\n" if "\n" in node.text else " "
        if _is_blank(node.tail) and node.getparent() not in preserved:
            node.tail = "\n" if "\n" in node.tail else " "
    return root


def _is_blank(text: str | None) -> bool:
    return bool(text) and not text.strip(ASCII_SPACES)  # type: ignore[union-attr]


def _elements(tag: Tag) -> list[Tag]:
    """The element children (not comments)."""
    return [child for child in tag if isinstance(child.tag, str)]


def _strings(tag: Tag) -> list[str]:
    """The text directly inside `tag`, piece by piece (before, between and after children)."""
    pieces = [tag.text] if tag.text else []
    pieces.extend(child.tail for child in tag if child.tail)
    return pieces


def get_text(tag: Tag, separator: str = "") -> str:
    """All the text inside `tag`, its pieces joined by `separator`."""
    return separator.join(tag.itertext())


def _remove(tag: Tag) -> None:
    """Empty an element of everything but the text after it, which stays a piece of its
    own (removing the element would lose that text or, moved, merge it with the text
    before). The empty element is renamed so that no rule reads it: it has no text and
    no attributes, and no rule names it."""
    tag.clear(keep_tail=True)
    tag.tag = REMOVED


def _has_ancestor(tag: Tag, names: tuple[str, ...]) -> Tag | None:
    return next(tag.iterancestors(*names), None)


# ------------------------------------------------------------------ decoding


def decode_html(data: bytes) -> str:
    """Bytes to text: what the bytes say themselves (`decode_unambiguous`: a BOM, UTF-16,
    strict UTF-8), then the page's declared charset, then cp1252.

    A page, unlike a text file, may say its charset in a <meta>; it is read only after
    UTF-8, because pages saved as UTF-8 often keep a stale "iso-8859-1" declaration. A
    declared single-byte Latin charset is read as cp1252, as browsers do.
    """
    text = decode_unambiguous(data)
    if text is not None:
        return text
    declared = _usable_encoding(EncodingDetector.find_declared_encoding(data, is_html=True))
    if declared:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    return data.decode("cp1252", errors="replace")


def _usable_encoding(name: str | None) -> str | None:
    """A codec for a declared charset; Latin-1 and ASCII declarations mean cp1252 on the web."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    if codec in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return None if codec.startswith("utf-16") or codec.startswith("utf-32") else codec


def _looks_binary(text: str) -> bool:
    """Images, archives and random bytes decode to text full of control characters."""
    sample = text[:8192]
    return len(CONTROL_RE.findall(sample)) > LIMITS.html_binary_share * max(len(sample), 1)


# ------------------------------------------------------------------ furniture


def _drop_furniture(document: Tag) -> list[str]:
    """Remove code and site furniture in place; return short records of what went."""
    for tag in _outermost(document, lambda tag: tag.tag in CODE_TAGS):
        _remove(tag)
    sizes = text_sizes(document)
    page = _prose(sizes, _body(document))
    dropped: list[str] = []
    for tag in _outermost(document, lambda tag: _should_drop(tag, sizes, page)):
        record = _short(get_text(tag, " "))
        if record:
            dropped.append(record)
        _remove(tag)
    return dropped


def _body(document: Tag) -> Tag:
    return next(document.iter("body"), document)


def _outermost(document: Tag, wanted: Callable[[Tag], bool]) -> list[Tag]:
    """Elements matching `wanted` that are not inside another match, in document order
    (collected before anything is removed)."""
    inside: set[Tag] = set()
    found: list[Tag] = []
    for tag in document.iter(etree.Element):
        if tag.getparent() in inside:
            inside.add(tag)
        elif wanted(tag):
            inside.add(tag)
            found.append(tag)
    return found


def _should_drop(tag: Tag, sizes: Sizes, page: int) -> bool:
    if tag.tag in ("html", "body"):  # body classes such as "has-sidebar" describe the page
        return False
    if is_furniture(tag):
        return not _wraps_content(tag, sizes, page)
    if is_hidden(tag):
        # Collapsed accordion panels are hidden too and hold the document: only small or
        # link-heavy hidden elements (icons, screen-reader hints, closed menus) go.
        size = sizes.get(tag, NO_SIZE)
        return size.text - size.links <= LIMITS.hidden_prose_max or size.links > size.text / 2
    return False


def is_furniture(tag: Tag) -> bool:
    """Whether a tag is site furniture by its name, landmark role or attribute words."""
    if tag.tag in CHROME_TAGS and not _in_content_section(tag):
        return True
    if tag.get("role") in CHROME_ROLES:
        return True
    return _has_chrome_words(_attribute_text(tag))


def is_hidden(tag: Tag) -> bool:
    """Hidden by attribute or inline style (the page never shows it as it stands)."""
    if "hidden" in tag.attrib or tag.get("aria-hidden") == "true":
        return True
    return bool(HIDDEN_STYLE_RE.search(str(tag.get("style") or "")))


def _in_content_section(tag: Tag) -> bool:
    """A <header> or <footer> inside an <article>/<main> belongs to it (it may hold the <h1>)."""
    if tag.tag not in ("header", "footer"):
        return False
    return _has_ancestor(tag, ("article", "main")) is not None


def _attribute_text(tag: Tag) -> str:
    values: list[str] = []
    for name in ("id", "class", "aria-label"):
        value = tag.get(name)
        if name == "class" and value:
            values.extend(NON_SPACE_RE.findall(value))  # a list of class names
        elif value:
            values.append(value)
    return " ".join(values)


def _has_chrome_words(attributes: str) -> bool:
    if not attributes:
        return False
    lowered = attributes.lower()
    if any(token in lowered for token in CHROME_SUBSTRINGS):
        return True
    words = WORD_SPLIT_RE.split(CAMEL_RE.sub(r"\1 \2", attributes).lower())
    for word in words:
        if word in CHROME_WORDS:
            return True
        if any(word.startswith(a) or word.endswith(a) for a in CHROME_AFFIXES):
            return True
    return False


def _wraps_content(tag: Tag, sizes: Sizes, page: int) -> bool:
    """Furniture-looking wrappers around the whole page (an ASP.NET <form>, a
    <div class="page has-sidebar">) must stay: they hold the content, not the chrome.

    A wrapper holds the marked content, or most of the page's prose laid out as a
    document (a heading or several paragraphs): a footer on a near-empty page does not.
    """
    size = sizes.get(tag, NO_SIZE)
    if size.landmark:
        return True
    if page == 0 or size.text - size.links <= LIMITS.wrapper_share * page:
        return False
    return size.h1 or size.paragraphs >= 3


def _short(text: str) -> str:
    text = _collapse(text)
    return text if len(text) <= DROPPED_CHARS else text[: DROPPED_CHARS - 1] + "…"


# ------------------------------------------------------------------ content container


class Size(NamedTuple):
    """What the furniture and container choices need to know about one element's subtree."""

    text: int  # characters of text
    links: int  # characters of text inside <a>
    landmark: bool  # holds <main>, <article> or [role=main]
    h1: bool  # holds an <h1>
    paragraphs: int  # number of <p>


Sizes = dict[Tag, Size]
NO_SIZE = Size(0, 0, False, False, 0)


def text_sizes(document: Tag) -> Sizes:
    """The `Size` of every element, in one pass without recursion.

    Elements come in document order, so walking them backwards sees every child before
    its parent and each parent sums its children: no per-element subtree search, which
    would be quadratic on deeply nested pages.
    """
    sizes: Sizes = {}
    for element in reversed(list(document.iter(etree.Element))):
        name = element.tag
        text = sum(len(piece.strip()) for piece in _strings(element))
        links = paragraphs = 0
        landmark = name in ("main", "article") or element.get("role") == "main"
        h1 = name == "h1"
        for child in element:
            size = sizes.get(child)
            if size is not None:
                text, links, paragraphs = text + size.text, links + size.links, paragraphs + size.paragraphs
                landmark, h1 = landmark or size.landmark, h1 or size.h1
        sizes[element] = Size(text, text if name == "a" else links, landmark, h1, paragraphs + (name == "p"))
    return sizes


def choose_content_root(document: Tag) -> Tag | None:
    """The element holding the document: a marked content region or the densest container."""
    sizes = text_sizes(document)
    body = _body(document)
    page = _prose(sizes, body)
    if page == 0:
        return None
    marked = _marked_content(document, sizes, page)
    return marked if marked is not None else densest_container(body, sizes)


def _prose(sizes: Sizes, tag: Tag) -> int:
    """Text that is not link text: menus and link lists score low."""
    size = sizes.get(tag, NO_SIZE)
    return size.text - size.links


def _marked_content(document: Tag, sizes: Sizes, page: int) -> Tag | None:
    """<main>, [role=main] or the largest <article>, when it holds a fair share of the page."""
    for selector in CONTENT_SELECTORS:
        candidates = _select(document, selector)
        if not candidates:
            continue
        best = max(candidates, key=lambda tag: _prose(sizes, tag))
        if _prose(sizes, best) >= LIMITS.semantic_min_share * page:
            return best
    return None


def _select(document: Tag, selector: str) -> list[Tag]:
    """Elements named `selector`, or with the attribute value `[name=value]`, in document order."""
    if selector.startswith("["):
        name, value = selector[1:-1].split("=")
        return [tag for tag in document.iter(etree.Element) if tag.get(name) == value]
    return list(document.iter(selector))


def densest_container(start: Tag, sizes: Sizes) -> Tag:
    """Walk down from <body> while one child container holds most of the non-link text.

    The walk stops at an element whose text is spread over several children (the
    content's paragraphs) or that holds headings or loose text itself (old CMS content
    divs), so an unmarked sidebar or footer beside the content is left out.
    """
    current = start
    while True:
        own = _prose(sizes, current)
        if own == 0 or _holds_prose_itself(current):
            return current
        children = _elements(current)
        if not children:
            return current
        best = max(children, key=lambda tag: _prose(sizes, tag))
        if best.tag not in DESCEND_TAGS or _prose(sizes, best) < LIMITS.descend_share * own:
            return current
        current = best


def _holds_prose_itself(tag: Tag) -> bool:
    """Headings or loose text directly inside an element mark it as the content itself."""
    if tag.tag == "body":
        return False
    if any(child.tag in HEADING_TAGS for child in tag):
        return True
    loose = sum(len(piece.strip()) for piece in _strings(tag))
    return loose > LIMITS.loose_prose_chars


def _outside_texts(root: Tag) -> list[str]:
    """Short records of the text beside the chosen container, kept in `dropped`."""
    records: list[str] = []
    node: Tag | None = root
    while node is not None and node.getparent() is not None and node.tag != "body":
        for sibling in _elements(node.getparent()):
            if sibling is not node:
                record = _short(get_text(sibling, " "))
                if record:
                    records.append(record)
        node = node.getparent()
    return records


# ------------------------------------------------------------------ block emission


@dataclass
class _Walk:
    """State of one pass over the content: finished blocks and the text being collected."""

    blocks: list[Block]
    pieces: list[str]

    def flush(self, kind: BlockKind) -> None:
        if self.pieces:
            self.blocks.extend(make_blocks(kind, "".join(self.pieces)))
            self.pieces = []


_EXIT = object()  # stack marker: the element's block ends here
_SPACE = object()  # stack marker: the element only separates words (a <p> inside an <li>)
_Stack = list[tuple[object, "Tag | str"]]
# Inside a list item these wrap the item's own text instead of starting a new block.
ITEM_WRAPPER_TAGS = ("p", "div", "section", "blockquote", "figure")


def emit_blocks(root: Tag) -> list[Block]:
    """One block per heading, paragraph, list item and table row, in document order.

    Inline elements (a, strong, span…) only add their text; block elements end the text
    collected so far. Text loose in a <div> becomes paragraphs split at <br><br>.
    """
    walk = _Walk(blocks=[], pieces=[])
    kinds: list[BlockKind] = ["paragraph"]
    stack: _Stack = [(None, root)]
    while stack:
        marker, node = stack.pop()
        if marker is _SPACE:
            walk.pieces.append(" ")
            continue
        if marker is _EXIT:
            walk.flush(kinds[-1])
            if _kind_of(node) is not None:
                kinds.pop()
            continue
        if isinstance(node, str):
            walk.pieces.append(_clean(node))
            continue
        _enter(node, walk, kinds, stack)
    walk.flush(kinds[-1])
    return walk.blocks


def _enter(tag: Tag, walk: _Walk, kinds: list[BlockKind], stack: _Stack) -> None:
    """Handle one element on the way down: a break, a table row, a block or an inline."""
    if tag.tag == "br":
        walk.pieces.append(BR)
        return
    if kinds[-1] == "list_item" and tag.tag in ITEM_WRAPPER_TAGS:
        # <li><p>text</p></li> (WordPress, Word exports) is one list item, not a paragraph.
        walk.pieces.append(" ")
        stack.append((_SPACE, tag))
        stack.extend((None, child) for child in reversed(_contents(tag)))
        return
    if tag.tag == "tr" and is_data_row(tag):
        walk.flush(kinds[-1])
        row = table_row(tag)
        if row:
            walk.blocks.append(Block("table_row", row))
        return
    kind = _kind_of(tag)
    if kind is not None or tag.tag in CONTAINER_TAGS:
        walk.flush(kinds[-1])
        if kind is not None:
            kinds.append(kind)
        stack.append((_EXIT, tag))
    stack.extend((None, child) for child in reversed(_contents(tag)))


def _contents(tag: Tag) -> list[Tag | str]:
    """Child elements and pieces of text, in document order (comments left out)."""
    contents: list[Tag | str] = [tag.text] if tag.text else []
    for child in tag:
        if isinstance(child.tag, str):
            contents.append(child)
        if child.tail:
            contents.append(child.tail)
    return contents


def _kind_of(tag: Tag) -> BlockKind | None:
    if tag.tag in HEADING_TAGS:
        return "heading"
    if tag.tag == "li":
        return "list_item"
    if tag.tag in PARAGRAPH_TAGS:
        return "paragraph"
    return None


def make_blocks(kind: BlockKind, raw: str) -> list[Block]:
    """Blocks from collected text: paragraphs split at <br><br> and before "• " lines;
    a bullet glyph makes a list item; glyphs inside one paragraph make a lead-in and items."""
    if kind != "paragraph":
        text = _collapse(raw.replace(BR, " "))
        if kind == "list_item" and is_bullet(text):
            text = strip_bullet(text)
        return [Block(kind, text)] if text else []
    blocks: list[Block] = []
    for chunk in PARAGRAPH_BREAK_RE.split(raw):
        for line in BULLET_BREAK_RE.split(chunk):
            text = _collapse(line.replace(BR, " "))
            if not text:
                continue
            if is_bullet(text):
                blocks.append(Block("list_item", strip_bullet(text)))
            else:
                blocks.extend(_paragraph_blocks(text))
    return blocks


def _paragraph_blocks(text: str) -> list[Block]:
    """A paragraph, or its lead-in and items when a web export flattened a list into it.

    `split_inline_bullets` also reclassifies by shape; markup already said "paragraph",
    so only its list split is taken.
    """
    blocks = split_inline_bullets(text)
    if len(blocks) == 1:
        return [Block("paragraph", text)]
    return [block if block.kind == "list_item" else Block("paragraph", block.text) for block in blocks]


def is_data_row(row: Tag) -> bool:
    """A row of a data table, not of a page-layout table.

    Layout tables (old sites) hold headings, nested tables or whole pages in one cell;
    data cells may hold paragraphs and lists (Word exports do) and stay one row.
    """
    table = _has_ancestor(row, ("table",))
    if table is not None and table.get("role") == "presentation":
        return False
    if next(row.iterdescendants("table", "h1", "h2", "h3"), None) is not None:
        return False
    return all(len(get_text(cell)) <= LIMITS.layout_cell_chars for cell in _cells(row))


def _cells(row: Tag) -> list[Tag]:
    return [cell for cell in row if cell.tag in ("td", "th")]


def table_row(row: Tag) -> str:
    """The row's cells, each on one line, so a recommendation stays beside its response."""
    cells = [_collapse(_clean(get_text(cell, " "))) for cell in _cells(row)]
    return "\n".join(cell for cell in cells if cell)


# ------------------------------------------------------------------ title


def _head_title(document: Tag) -> str | None:
    tag = next(document.iter("title"), None)
    return _collapse(get_text(tag)) if tag is not None else None


def heading_before(root: Tag) -> str | None:
    """The page's <h1> when it sits just before the content container, not inside it.

    Themes put the title in a page header above the content column, where the
    container choice leaves it out. It is taken only when the content has no <h1> of
    its own, only a little text lies between the two, and it is not a logo link.
    """
    if root.tag == "h1" or next(root.iterdescendants("h1"), None) is not None:
        return None
    h1 = _previous(root, "h1")
    if h1 is None:
        return None
    text = _collapse(_clean(get_text(h1, " ")))
    links = sum(len(piece.strip()) for a in h1.iterdescendants("a") for piece in a.itertext())
    is_logo = (
        links > len(text) / 2
        or _has_ancestor(h1, ("a",)) is not None
        or next(h1.iterdescendants("img"), None) is not None
    )
    if not text or is_logo or _text_between(h1, root) > LIMITS.between_title_chars:
        return None
    return text


def _previous(start: Tag, name: str) -> Tag | None:
    """The nearest element named `name` that opens before `start` (an ancestor included)."""
    node: Tag | None = start
    while node is not None:
        for sibling in node.itersiblings(preceding=True):
            found = None
            for found in sibling.iter(name):
                pass
            if found is not None:
                return found
        node = node.getparent()
        if node is not None and node.tag == name:
            return node
    return None


def _text_between(first: Tag, last: Tag) -> int:
    """Characters of text after `first` (outside it) and before `last`, up to a limit.

    The walk runs through `first`'s own text before leaving it, so its length is taken
    off again.
    """
    own = sum(len(piece.strip()) for piece in first.itertext())
    total = 0
    for node in _following(first):
        if node is last or total - own > LIMITS.between_title_chars:
            break
        if isinstance(node, str):
            total += len(node.strip())
    return total - own


def _following(first: Tag) -> Iterator[Tag | str]:
    """Elements and pieces of text after the start of `first`, in document order."""
    yield from _descendants(first)
    node: Tag | None = first
    while node is not None:
        if node.tail:
            yield node.tail
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str):
                yield sibling
                yield from _descendants(sibling)
            if sibling.tail:
                yield sibling.tail
        node = node.getparent()


def _descendants(tag: Tag) -> Iterator[Tag | str]:
    """Elements and pieces of text inside `tag`, in document order."""
    stack: list[Tag | str] = list(reversed(_contents(tag)))
    while stack:
        node = stack.pop()
        yield node
        if not isinstance(node, str):
            stack.extend(reversed(_contents(node)))


def _page_title(root: Tag, head_title: str | None) -> str | None:
    """The content's <h1>, else the <title> without its " | Site name" suffix."""
    h1 = next(root.iterdescendants("h1"), None) if root.tag != "h1" else root
    if h1 is not None:
        text = _collapse(_clean(get_text(h1, " ")))
        if text:
            return text
    return strip_site_suffix(head_title) if head_title else None


def strip_site_suffix(title: str) -> str:
    """"Statement | Site" and "Statement - Site" lose the site; a bare title is kept."""
    if " | " in title:
        return title.split(" | ")[0].strip() or title
    match = TITLE_SUFFIX_RE.search(title)
    if match and len(match.group("site").split()) <= 6 and match.start() > 0:
        return title[: match.start()].strip()
    return title


# ------------------------------------------------------------------ helpers and fallback


def _clean(text: str) -> str:
    """Drop NUL (our <br> marker), soft hyphens and zero-width characters from page text."""
    return INVISIBLE_RE.sub("", text.replace(BR, ""))


def _collapse(text: str) -> str:
    """Whitespace as a browser renders it; no-break spaces become ordinary spaces.

    `str.split` splits at the characters `\\s` matches (test_html checks every one)."""
    return " ".join(text.split())


FALLBACK_DROP_RE = re.compile(r"<(script|style|noscript|template|svg|head)\b.*?</\1\s*>", re.I | re.S)
FALLBACK_BLOCK_RE = re.compile(r"</?(?:p|div|h[1-6]|li|tr|table|ul|ol|section|article)\b[^>]*>|(?:<br\s*/?>\s*){2,}", re.I)
FALLBACK_TAG_RE = re.compile(r"<[^>]*>")


def _fallback_blocks(text: str) -> list[Block]:
    """Paragraphs from a plain regular-expression walk, for pages too deep for the parser."""
    body = FALLBACK_DROP_RE.sub(" ", text)
    body = FALLBACK_BLOCK_RE.sub("\n\n", body)
    body = htmllib.unescape(FALLBACK_TAG_RE.sub(" ", body))
    return [Block("paragraph", c) for c in (_collapse(p) for p in body.split("\n\n")) if c]
