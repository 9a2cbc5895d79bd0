"""Real documents with their bulleted lists numbered or lettered give the gradings they give bulleted.

A list's lines are bulleted ("• is ‘good’ at ..."), numbered ("1. ...") or lettered ("(a) ...")
as the writer's word processor had it; the corpus holds each style, from many labellers' sets.
The reader drops a bullet glyph but keeps a label as text (it carries an item's number), so a
reader of list lines must skip either (`grading_common.list_marks_only`, `without_label`).
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import REAL, extract_text

BULLET_LINE_RE = re.compile(r"^([ \t]*)(?:[•◦▪*]|[-–](?= ))[ \t]*(?=\S)")


def labelled(text: str, style: str) -> str:
    """The text with each run of bulleted lines labelled in order, "1. " or "(a) " on."""
    lines, number = [], 0
    for line in text.split("\n"):
        bullet = BULLET_LINE_RE.match(line)
        if bullet is None:
            number = 0 if line.strip() else number
            lines.append(line)
            continue
        number += 1
        label = f"{number}. " if style == "number" else f"({'abcdefghijklmnopqrstuvwxyz'[(number - 1) % 26]}) "
        lines.append(bullet.group(1) + label + line[bullet.end() :])
    return "\n".join(lines)


def gradings(text: str, stem: str) -> list[tuple[str, str, str | None]]:
    return sorted((g.subject, g.grade, g.area) for g in extract_text(text, stem).gradings)


@pytest.mark.parametrize("style", ["number", "letter"])
@pytest.mark.parametrize(("stem", "count"), [
    # a grade and its areas a line ("• Outstanding – in engaging and treating the public ...")
    ("gC_resp_avonsomerset_chief_peel2022", 9),
    # a force named in a lead-in, its grades listed under it ("• is ‘good’ at ...")
    ("gB_insp_peel2018_group1_press_releases", 5),
])
def test_numbered_or_lettered_lists_give_the_gradings_bulleted_ones_give(stem: str, count: int, style: str) -> None:
    text = (REAL / "docs" / f"{stem}.txt").read_text(encoding="utf-8")
    bulleted = gradings(text, stem)
    assert len(bulleted) >= count
    assert gradings(labelled(text, style), stem) == bulleted
