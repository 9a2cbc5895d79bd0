"""Real inspection pages whose judgements table is laid out with spaces read as they do
with each cell on a line of its own.

An inspection page answers its questions in a table: the question, then its grade. Saved
one cell a line, the grade stands on a line under the question; laid out with spaces, the
two share a line ("How well does the force plan for the future?   Good"), which ingest
closes up to one space. Pages of four labellers' sets print such questions; joined onto
the question's line, each grade must still be read, as it is on a line of its own.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import REAL, extract_text

GRADE_LINE_RE = re.compile(r"\s*(?:Outstanding|Good|Adequate|Requires improvement|Inadequate)\s*", re.I)


def spaced(text: str) -> str:
    """The text with each line that asks a question joined to the grade line after it (blank
    lines between dropped), three spaces between, as a table laid out with spaces prints it."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        after = index + 1
        while after < len(lines) and not lines[after].strip():
            after += 1
        if line.rstrip().endswith("?") and after < len(lines) and GRADE_LINE_RE.fullmatch(lines[after]):
            out.append(line.rstrip() + "   " + lines[after].strip())
            index = after + 1
        else:
            out.append(line)
            index += 1
    return "\n".join(out)


@pytest.mark.parametrize("stem", [
    "gW_insp_peel2018_merseyside_efficiency",  # "How well does the force plan for the future?" / "Good"
    "hI_insp_frs2021_lincolnshire_efficiency",  # "How well is the FRS making best use of its resources?"
    "hM_insp_frs2021_northamptonshire_people",  # "How well does the FRS promote its values and culture?"
    "jO_insp_frs2018_gloucestershire_efficiency",  # "How well does the service use resources to manage risk?"
])
def test_a_grade_on_its_question_line_is_read_as_on_a_line_of_its_own(stem: str) -> None:
    text = (REAL / "docs" / f"{stem}.txt").read_text(encoding="utf-8")
    joined = spaced(text)
    assert joined != text
    lined = {(g.subject, g.grade, g.area, g.historic) for g in extract_text(text, stem).gradings}
    one_line = {(g.subject, g.grade, g.area, g.historic) for g in extract_text(joined, stem).gradings}
    assert any(area and area.startswith(("use", "making", "promote", "plan")) for _, _, area, _ in lined)
    assert one_line == lined


def test_a_sentence_before_the_question_on_its_line_is_no_part_of_the_question() -> None:
    """gW_insp_peel2018_merseyside_efficiency laid out with spaces, a sentence of the text
    run onto the line of a question and its grade ("The force was inadequate in 2016. How
    well does the force plan for the future?   Good"): the question opens after that
    sentence, so its grade is read with its area as on a line of its own."""
    stem = "gW_insp_peel2018_merseyside_efficiency"
    joined = spaced((REAL / "docs" / f"{stem}.txt").read_text(encoding="utf-8"))
    question = "How well does the force plan for the future?"
    assert joined.count(question) == 1
    run_on = joined.replace(question, f"The force was inadequate in 2016. {question}")
    rows = {(g.subject, g.grade, g.area) for g in extract_text(run_on, stem).gradings}
    assert ("Merseyside Police", "good", "plan for the future") in rows
