"""Real documents whose bulleted lists are set inline read as they do with the bullets.

A page may run a lead-in on with its list in one paragraph ("By May, the service should
develop a plan to: develop A; review B; and make sure C.") where the report printed one
bullet a line. Revisit letters and inspection pages from several labellers' sets put the
parts of a recommendation under a directing lead-in as bullets; the same text with the
bullets joined by semicolons onto the lead-in's line must give the same items, or the rules
fitted on the one layout miss the other.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import REAL, extract_text

GLYPH_RE = re.compile(r"^\s*[\u2022\u25cf\u25aa\uf0b7*\-\u2013]\s+(?=\S)")
ENDING_RE = re.compile(r"[;.,]?(?:\s+(?:and|or))?\s*$")  # "A;", "B; and", "C."


def inline(text: str) -> str:
    """The text with each run of three or more bullet lines after a lead-in ending in a
    colon, each a phrase rather than sentences, joined onto the lead-in's line, the parts split by semicolons and the last
    after "and", as a paragraph written out in full sets a list."""
    out: list[str] = []
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        end, parts = index, []
        while end < len(lines) and (GLYPH_RE.match(lines[end]) or (parts and not lines[end].strip()
                                                                   and end + 1 < len(lines) and GLYPH_RE.match(lines[end + 1]))):
            if lines[end].strip():
                parts.append(ENDING_RE.sub("", GLYPH_RE.sub("", lines[end]).strip()))
            end += 1
        while parts and out and not out[-1].strip():
            out.pop()
        fragments = all(len(part.split()) <= 30 and ". " not in part for part in parts)  # a sentence of its own stays a bullet
        if len(parts) >= 3 and fragments and out and out[-1].rstrip().endswith(":"):
            out[-1] = out[-1].rstrip() + " " + "; ".join(parts[:-1]) + "; and " + parts[-1] + "."
            index = end
        else:
            out.append(lines[index])
            index += 1
    return "\n".join(out)


@pytest.mark.parametrize(("stem", "count"), [
    # a cause of concern, then "By 31 May 2022, the brigade should develop an action plan to:"
    # and four bullets, each a recommendation
    ("gH_insp_lfb_coc_revisit_letter2023", 6),
    # a revisit letter's twelve items, causes of concern each with a lead-in and its bullets
    ("gO_insp_warwickshire_frs_coc_revisit_letter2023", 12),
    # "... we recommended that all forces should:" and three bullets
    ("hW_insp_peel2018_thamesvalley_legitimacy", 4),
    # a revisit letter's lead-in with its bullets
    ("gX_insp_wiltshire_peel_coc_revisit_letter2024", 6),
])
def test_a_list_set_inline_gives_the_items_its_bullets_give(stem: str, count: int) -> None:
    text = (REAL / "docs" / f"{stem}.txt").read_text(encoding="utf-8")
    joined = inline(text)
    assert joined != text
    bulleted = [(item.type, item.text.rstrip(".")) for item in extract_text(text, stem).items]
    inlined = [(item.type, item.text.rstrip(".")) for item in extract_text(joined, stem).items]
    assert len(bulleted) == count and inlined == bulleted
