"""Turn physical lines (from a text file or a PDF page) into logical blocks.

Text files saved from PDFs and PDF text layers both break sentences at the page width and
hyphenate words at line ends. Extraction needs whole paragraphs, whole list items and
headings on their own, so this module decides, line by line, whether a line continues
the previous one. It works on plain strings so every format can share it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from crosswalk.dates import is_labelled_date_line
from crosswalk.footnotes import FOOTNOTED_END_RE
from crosswalk.ingest.limits import LIMITS
from crosswalk.item_labels import LABEL_NUMBER, names_pattern, prefix_pattern
from crosswalk.model import Block
from crosswalk.quote_marks import CLOSING_QUOTES
from crosswalk.resources import word_set

# A bullet glyph, a dash bullet, or a list label such as "1.", "1.1.", "(a)", "a)", "R4.".
# Geometric shapes (U+25A0-U+25FF: ■ ▪ ● ◼ ►), arrows and ticks serve as bullets; symbol fonts
# (Wingdings, Symbol) draw theirs from the Private Use Area (U+F06E, U+F0B7), which is what
# a PDF's text layer then holds.
# A word processor's second-level bullet saved as text is a letter "o" before a capital.
BULLET_RE = re.compile(
    r"^\s*(?:[•◦‣∙·\u25a0-\u25ff➢➤✓✔❖♦\ue000-\uf8ff\-–*]\s+"
    r"|[•◦‣∙·\u25a0-\u25ff➢➤✓✔❖♦\ue000-\uf8ff]"
    r"|o(?:\s{2,}|\s(?=[A-Z])))"
)
# A number and full stop set tight against a capitalised word ("20.When the variant ...") is
# a label too: some generators leave out the space and place the text with a tab stop.
LABEL_RE = re.compile(
    r"^\s*(?:(?:\(?[a-z]\)|\(?[ivx]{1,4}\)|\d{1,2}(?:\.\d{1,2})*\.?(?=\s)|[A-Z]{1,4}\s?\d{1,2}[.:)]?(?=\s))\s+"
    r"|\d{1,2}\.(?=[A-Z][a-z]))"
)
# An item's short form with no number, then its text ("AFI The service should ..."), as a
# tracker lists its items one a line: the line opens an item of its own. ("R" alone is no
# such cue: it is too often a word's initial.)
PREFIX_LABEL_RE = re.compile(r"^\s*(?:" + prefix_pattern("area_for_improvement", "cause_of_concern") + r")\s+(?=[A-Z])")
# A field's one-word label and its value ("Summary: ...", "Venue: ...", "To: ..."): a tracker's
# or a page's field starts a line of its own, so it never goes on from an unstopped line above.
FIELD_LABEL_RE = re.compile(r"^\s*[A-Z][a-z]+:\s+\S")
TERMINAL_RE = re.compile(r"[.:;!?…][" + CLOSING_QUOTES + r"\)]*\s*$")
# The shares of the page width that tell a line cut by the wrap (LIMITS.wrapped_share) and,
# across a blank line, one cut by a page break (LIMITS.page_break_share) are judgements about
# documents: they live in patterns/ingest_limits.json.
HYPHEN_END_RE = re.compile(r"(\w)[-\u00ad]$")
SOFT_HYPHEN = "\u00ad"
LIST_CONNECTOR_RE = re.compile(r"(?:[;,]|[;,]?\s(?:and|or))$")
# Words a phrase cannot end on: a line ending in one goes on in the next.
CARRYING_WORDS = word_set("line_words.json", "carrying_words")
# Capitalised words that open a sentence: after a long line that stops short of its full stop, a
# line opening with one starts the paragraph under a heading line, not the rest of a sentence.
SENTENCE_OPENERS = word_set("line_words.json", "sentence_openers")
# Of those, the ones written with a capital anywhere in a sentence ("I"): in hard-wrapped text
# a wrap puts them at a line's start mid-sentence, so there they open nothing.
WRAPPED_SENTENCE_OPENERS = SENTENCE_OPENERS - word_set("line_words.json", "capitalised_anywhere")
# An item restated after its label ("Recommendation 2: By June, forces should ..."): a line
# of its own that often lacks its full stop; the answer starts on the next line.
ITEM_LABEL_RE = re.compile(
    r"^\s*(?:" + names_pattern("recommendation", "area_for_improvement", "cause_of_concern")
    + "|" + prefix_pattern("area_for_improvement") + r")\s*" + LABEL_NUMBER + r"\s*[:.)–-]",
    re.I,
)


def is_bullet(line: str) -> bool:
    return bool(BULLET_RE.match(line))


def is_labelled(line: str) -> bool:
    return bool(LABEL_RE.match(line))


def strip_bullet(line: str) -> str:
    """Remove a leading bullet glyph or dash (numbering labels are kept: they carry ids)."""
    return BULLET_RE.sub("", line, count=1).strip()


def wrap_width(lines: Sequence[str]) -> int | None:
    """The page width the lines were wrapped at, or None when lines are whole paragraphs.

    Hard-wrapped text has many lines whose lengths bunch just below one maximum and that
    stop mid-sentence; text written one paragraph (or one sentence) per line has lengths
    all over the place, or ends its long lines with a full stop.
    """
    long_lines = [line.strip() for line in lines if len(line.strip()) >= 40]
    if len(long_lines) < 6:
        return None
    lengths = sorted(len(line) for line in long_lines)
    p90 = lengths[int(0.9 * (len(lengths) - 1))]
    if p90 > 140:
        return None
    near = [line for line in long_lines if len(line) >= 0.75 * p90]
    cut = sum(1 for line in near if not TERMINAL_RE.search(line))
    return p90 if len(near) >= 0.6 * len(long_lines) and cut >= 0.5 * len(near) else None


def join_hyphenated(left: str, right: str) -> str:
    """Join two pieces of a word broken at a line end ("investi-" + "gation")."""
    left = left.rstrip()
    if left.endswith(SOFT_HYPHEN):
        return left[:-1] + right.lstrip()
    match = HYPHEN_END_RE.search(left)
    nxt = right.lstrip()
    if match and nxt[:1].islower():
        return left[:-1] + nxt
    return left + " " + nxt


def continues(previous: str, line: str, width: int | None, after_blank: bool = False,
              physical: str | None = None) -> bool:
    """Whether `line` is the continuation of `previous` rather than a new block.

    `after_blank`: a blank line stands between them, which in text that is not
    hard-wrapped ends the paragraph unless the line plainly goes on (lower case, a
    word hyphenated across the break).
    `physical`: the last line of `previous` as it stood on the page, when `previous` is a
    block already joined from several; in hard-wrapped text its length, not the block's,
    tells a line cut at the page width from the short last line of a paragraph or list
    item (else every block past the width's share goes on into the next line)."""
    prev = previous.rstrip()
    cur = line.strip()
    if not prev or not cur or is_bullet(cur) or is_labelled_date_line(cur) or FIELD_LABEL_RE.match(cur):
        return False
    if HYPHEN_END_RE.search(prev) and cur[:1].islower():
        return True
    if TERMINAL_RE.search(prev):
        return False
    if cur[:1].islower():
        return True
    if is_labelled(cur) or PREFIX_LABEL_RE.match(cur):
        return False
    if after_blank and (ITEM_LABEL_RE.match(prev) or ITEM_LABEL_RE.match(cur)):
        return False  # a labelled item restated on a line of its own between blank lines: the answer follows it
    # A wrapped line ends close to the page width; a heading ends well short of it. With
    # no width known, only a long unlabelled line that stops mid-sentence is continued.
    # Either way a line opening a sentence after one that stops on no carrying word starts
    # a block: a wrap rarely puts a capitalised determiner at a line's start mid-sentence.
    if width is not None:
        share = LIMITS.page_break_share if after_blank else LIMITS.wrapped_share
        last = (physical if physical is not None else prev).strip()
        return len(last) >= share * width and not opens_sentence(last, cur, WRAPPED_SENTENCE_OPENERS)
    return not after_blank and len(prev) >= LIMITS.long_line and not (is_bullet(prev) or is_labelled(prev)
                                                                       or ITEM_LABEL_RE.match(prev)
                                                                       or opens_sentence(prev, cur))


def opens_sentence(previous: str, line: str, openers: frozenset[str] = SENTENCE_OPENERS) -> bool:
    """Whether `line` opens a sentence of its own after `previous`, a line without its full
    stop: a line opening with a sentence's determiner or pronoun ("The force doesn't ...")
    after a line that ends on no carrying word. In text written a paragraph to a line, such a
    `previous` is a heading (an area for improvement stated on a line of its own, its
    paragraph of findings after it), and joining the two would make one run-on item.
    `openers`: the words that count; hard-wrapped text passes those a wrap cannot put at a
    line's start mid-sentence (not "I", capitalised wherever it stands)."""
    words = previous.split()
    first = line.split(None, 1)[0] if line.split() else ""
    return bool(words) and words[-1].lower() not in CARRYING_WORDS and first in openers


def unbulleted_part(previous: str, line: str) -> bool:
    """In text that is not hard-wrapped, the lines after a lead-in's colon that lost their
    bullets ("the force should:" / "improve how it answers calls" / "review its rota") are
    one part a line: a lower-case line after a whole phrase opens the next part. A line
    after a connector or a function word ("... partners to" / "prevent ...") goes on."""
    last = previous.rstrip().rsplit(None, 1)[-1].lower() if previous.strip() else ""
    first = line.split(None, 1)[0].lower() if line.strip() else ""
    return first[:1].islower() and first not in CARRYING_WORDS and last not in CARRYING_WORDS \
        and not LIST_CONNECTOR_RE.search(previous.rstrip()) and not HYPHEN_END_RE.search(previous.rstrip())


def lines_to_blocks(lines: Iterable[str], width: int | None = None, detect_width: bool = True) -> list[Block]:
    """Group lines into blocks. Blank lines end a block only where the sentence ends.

    `width` may be given by a caller that knows the page geometry (PDF); otherwise it is
    estimated from the line lengths.
    """
    raw = [line.rstrip() for line in lines]
    if width is None and detect_width:
        width = wrap_width(raw)
    blocks: list[list[str]] = []
    listing = False  # the block in hand is a line of a lead-in's list that lost its bullet
    after_blank = False
    physical = ""  # the last line read, as it stood
    for line in raw:
        if not line.strip():
            after_blank = True
            continue
        if blocks and continues(blocks[-1][-1], line, width, after_blank, physical) \
                and not (listing and width is None and unbulleted_part(blocks[-1][-1], line)):
            blocks[-1][-1] = join_hyphenated(blocks[-1][-1], line)
        else:
            # a lower-case line with no bullet right after a colon carries the lead-in's sentence on
            listing = bool(blocks) and line.strip()[:1].islower() and (listing or blocks[-1][-1].rstrip().endswith(":"))
            blocks.append([line.strip()])
        after_blank = False
        physical = line
    found = (block for parts in blocks for block in split_inline_bullets(" ".join(parts)))
    return [block for block in found if block.text.strip()]  # a lone bullet glyph is no block


INLINE_BULLET_RE = re.compile(r"\s*[•●▪◦‣]\s*")
# A dash bullet flattened into its paragraph ("a review of:-the first;-the second; and-the
# third"): a hyphen right after the colon or semicolon that ends a list's lead-in or one of
# its parts. After a letter a hyphen joins a compound ("crime-recording"); after ":" or ";"
# (or "; and") it can only be the glyph of the next part.
INLINE_DASH_BULLET_RE = re.compile(r"(?:(?<=[:;])\s*|(?<=;\sand)|(?<=;\sor))-(?=[A-Za-z])")
INLINE_SPACES_RE = re.compile(r"[ \t\u00a0]+")


def split_inline_bullets(text: str) -> list[Block]:
    """Split "lead-in: • one; • two" written on one line into a lead-in and list items.

    Web exports flatten lists into one paragraph with the glyphs left inline; the glyphs
    are the only trace of the list structure, so two or more of them mark a list. Dash
    glyphs count only where `INLINE_DASH_BULLET_RE` tells them from a compound's hyphen.
    """
    parts = INLINE_BULLET_RE.split(text.strip())
    if len(parts) < 3:
        dashed = INLINE_DASH_BULLET_RE.split(text.strip())
        parts = dashed if len(dashed) >= 3 else parts
    if len(parts) < 3:
        return [classify(text)]
    lead, items = parts[0], [part for part in parts[1:] if part.strip()]
    blocks = [classify(lead)] if lead.strip() else []
    return blocks + [Block("list_item", item.strip()) for item in items]


def classify(text: str) -> Block:
    """Name a block's kind from its shape: list item, heading or paragraph."""
    if "  " in text or "\t" in text or "\u00a0" in text:  # else the substitution changes nothing
        text = INLINE_SPACES_RE.sub(" ", text)
    text = text.strip()
    if is_bullet(text):
        return Block("list_item", strip_bullet(text))
    if is_heading(text):
        return Block("heading", text)
    if is_labelled(text):
        return Block("list_item", text)
    return Block("paragraph", text)


def is_heading(text: str) -> bool:
    """Short lines without a closing full stop read as headings ("Force areas for improvement"); a
    numbered line ending in a full stop is a heading only in title case
    ("2. Comments from the Chief Constable."), else a list item ("1. The quality of plans.").
    A full stop with a footnote number after it closes a sentence, not a heading, and so does
    one inside a closing quote mark: 'The chief said, "We will publish the plan."' is a line
    of prose however short."""
    words = text.split()
    if not words or len(words) > 14 or LIST_CONNECTOR_RE.search(text) or FOOTNOTED_END_RE.search(text[-16:]):
        return False
    if text.rstrip(CLOSING_QUOTES).endswith("."):
        if not is_labelled(text):
            return False
        content = [w for w in words[1:] if len(w) > 3]
        return bool(content) and sum(w[:1].isupper() for w in content) >= 0.6 * len(content)
    return text[:1].isupper() or text[:1].isdigit() or text.endswith(":")
