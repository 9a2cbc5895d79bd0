"""Real documents hard-wrapped as a PDF converter wraps them read as they do unwrapped.

Text saved from a PDF breaks its sentences at the page width; the corpus holds such files
from many labellers' sets. The same document wrapped that way must give the same items and
title as written a paragraph to a line, or the rules fitted on the one form miss the other.
"""

from __future__ import annotations

import textwrap

import pytest

from crosswalk.ingest.lines import lines_to_blocks
from tests.conftest import REAL, extract_text, ingest_text

WIDTH = 85  # a PDF page's line, in characters


def rewrap(text: str, width: int = WIDTH) -> str:
    """The text with every line longer than a page's width broken at the width, between
    words, as a converter breaks a PDF's lines (shorter lines, headings and the blank lines
    between paragraphs stay as they are)."""
    lines: list[str] = []
    for line in text.split("\n"):
        if len(line) > width + 15:
            lines.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
        else:
            lines.append(line)
    return "\n".join(lines)


def real_text(stem: str) -> str:
    return (REAL / "docs" / f"{stem}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(("stem", "count"), [
    # areas for improvement one to a line after "AFI" and no number, some without their full
    # stop: the short last line of each wrapped item ends it
    ("gQ_mon_accountabilityindex_wmfs_frs2023_25", 15),
    # each area for improvement a line without its full stop, its findings after it opening
    # "The force ...": a line opening a sentence starts a block, at the width or not
    ("jG_mon_accountabilityindex_dorset_peel2025", 3),
])
def test_a_wrapped_tracker_gives_the_items_it_gives_unwrapped(stem: str, count: int) -> None:
    text = real_text(stem)
    unwrapped = [(item.type, item.text) for item in extract_text(text, stem).items]
    wrapped = [(item.type, item.text) for item in extract_text(rewrap(text), stem).items]
    assert len(unwrapped) == count and wrapped == unwrapped


def test_a_wrap_before_the_pronoun_i_goes_on_with_the_sentence() -> None:
    """A PCC's letter whose wrap puts "I" at a line's start mid-sentence ("... Below" / "I set
    out progress ..."): "I" is capitalised wherever it stands, so unlike "The" or "We" it is
    no sign of a new sentence, and the commitment keeps its opening words."""
    stem = "gZ_resp_westmercia_pcc_soteria2024"
    text = real_text(stem)
    unwrapped = extract_text(text, stem)
    wrapped = extract_text(rewrap(text), stem)
    assert [(item.type, item.text) for item in wrapped.items] == [(item.type, item.text) for item in unwrapped.items]
    assert [c.text for c in wrapped.commitments] == [c.text for c in unwrapped.commitments]
    assert len(unwrapped.commitments) == 4


def test_a_wrapped_line_opening_with_i_joins_the_line_it_carries_on() -> None:
    """Invented lines of a wrapped PCC letter: the line before each "I" is cut at the width
    mid-sentence, so the two are one block."""
    filler = "The force has set out a plan to improve its response to victims of domestic abuse."
    lines = [filler[:80], filler[:80], "and in the months to come and working with partners across the county, as Commissioner",
             "I will ask the Chief Constable to report on progress at each of my scrutiny meetings.",
             filler[:80], filler[:80], filler[:80], filler[:80]]
    blocks = [block.text for block in lines_to_blocks(lines)]
    assert any("as Commissioner I will ask" in block for block in blocks)


def test_a_blank_line_after_a_line_short_of_the_width_ends_the_paragraph() -> None:
    """A press story's list of the report's causes of concern, one to a paragraph between
    blank lines and without full stops: in wrapped text a blank line goes on with the
    sentence only after a line cut at nearly the full width (a page break)."""
    stem = "hG_press_lincolnshireworld_lincs_pcc_engage2024"
    text = real_text(stem)
    unwrapped = [(item.type, item.text) for item in extract_text(text, stem).items]
    wrapped = [(item.type, item.text) for item in extract_text(rewrap(text), stem).items]
    assert unwrapped[:2] == wrapped[:2]
    assert wrapped[0][1] == "Attend calls in line with its published target attendance times"


def test_a_page_date_line_under_a_wrapped_title_is_no_part_of_the_title() -> None:
    """HMICFRS pages put "Published on: <date>" under their title; the title names the
    inspection the letter belongs to, so a date run into it loses the letter its inspection."""
    stem = "hB_insp_bucks_frs_return_to_scan_letter2025"
    text = real_text(stem)
    assert ingest_text(rewrap(text), stem).title == ingest_text(text, stem).title
    assert ingest_text(text, stem).title == "Buckinghamshire Fire and Rescue Service: Return to default phase of monitoring"


def test_only_the_last_line_of_a_joined_block_says_whether_the_next_goes_on() -> None:
    """Two items of a wrapped list: the first's last line ends well short of the width, so
    the second starts a block, however long the first item has grown."""
    text = real_text("gQ_mon_accountabilityindex_wmfs_frs2023_25")
    blocks = [block.text for block in lines_to_blocks(rewrap(text).split("\n"))]
    assert any(block.endswith("better support in this area") for block in blocks)


@pytest.mark.parametrize(("stem", "ending"), [
    # a reply quoting its recommendation on a line without a full stop, its answer opening
    # "Since being elected ..." on the next
    ("gE_resp_westmercia_pcc_gettingagrip2023", "reduce the risk of skilled personnel leaving the organisation"),
    # a revisit letter's last bulleted recommendation without its full stop, the letter going
    # on "On 6 October 2023, you submitted ..." after a blank line
    ("gH_insp_warwickshire_frs_coc_revisit_letter2024", "for improving its management of risk information"),
])
def test_a_line_opening_an_introductory_phrase_starts_a_block_after_an_unstopped_item(stem: str, ending: str) -> None:
    """A line opening a sentence with its introductory phrase ("On <date>, ...", "Since ...")
    opens a sentence as "The ..." does: the unstopped item before it ends there, wrapped or not."""
    text = real_text(stem)
    for variant in (text, rewrap(text)):
        texts = [item.text for item in extract_text(variant, stem).items]
        assert any(item.endswith(ending) for item in texts), texts


def test_a_field_label_line_starts_a_block_after_an_unstopped_line() -> None:
    """A fire service's page states each recommendation on a line without its full stop and
    its progress under "Summary: ..." after a blank line: the field's label starts a block, so
    the recommendation (answered by many services' replies) is not run into its summary."""
    stem = "gN_resp_humberside_frs_valuesculture_page"
    text = real_text(stem)
    for variant in (text, rewrap(text)):
        texts = [item.text for item in extract_text(variant, stem).items]
        assert "Chief Fire Officers should review their implementation of the Core Code of Ethics" in texts, texts
