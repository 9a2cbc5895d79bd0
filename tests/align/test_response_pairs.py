"""A government response that restates each recommendation under "Recommendation N" and
answers it under "Government response to recommendation N"; the real DHSC pair."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from crosswalk.align.inspections import answered_title, bare_title
from crosswalk.batch.runner import run

RESPONSE = """Government response to the rapid review into data on ward staffing

This section sets out the government's response, taking each recommendation in turn.

Recommendation 1

The regulator should set up a national audit of ward staffing. The audit should:

• count vacant posts on every ward

• publish the figures each quarter

Government response to recommendation 1

The government supports this recommendation. The regulator will publish the first figures by June 2025.

The audit will also:

• include agency staff

Recommendation 2

Every hospital trust should name a board member responsible for ward data.

Government response to recommendation 2

The government notes this recommendation and recognises the role of boards.

Recommendation 3

The department should review progress after 12 months.

Government response to recommendation 3

The department will review progress against these recommendations in 2026 and report to Parliament.
"""


def crosswalk_of(tmp_path: Path, text: str) -> pd.DataFrame:
    (tmp_path / "response.txt").write_text(text, encoding="utf-8")
    crosswalk = run(tmp_path)["crosswalk"]
    return crosswalk.set_index(crosswalk["register_id"].str.split("/").str[-1])


def test_each_answer_heading_answers_its_recommendation(tmp_path: Path) -> None:
    rows = crosswalk_of(tmp_path, RESPONSE)
    assert rows.loc["R1", "method"] == "reference_heading"
    assert rows.loc["R1", "passage"].startswith("The government supports this recommendation.")
    assert "include agency staff" in rows.loc["R1", "passage"]  # a lead-in heading carries the answer on
    assert rows.loc["R1", "status"] == "actioned"
    assert rows.loc["R2", "status"] == "acknowledged"
    assert rows.loc["R3", "passage"].startswith("The department will review progress")
    assert rows.loc["R3", "status"] == "actioned"


REAL = Path(__file__).parents[2] / "corpus" / "realpdf"


@pytest.mark.skipif(not (REAL / "dhsc-2024-govt-response-rapid-review-mh-inpatient-data.pdf").exists(),
                    reason="real PDFs not present")
def test_dhsc_response_answers_all_13_recommendations(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    pdf = REAL / "dhsc-2024-govt-response-rapid-review-mh-inpatient-data.pdf"
    (tmp_path / "in" / pdf.name).write_bytes(pdf.read_bytes())
    crosswalk = run(tmp_path / "in")["crosswalk"]
    top = crosswalk[crosswalk["register_id"].str.split("/").str[-1].str.fullmatch(r"R\d+")]
    headed = top[top["method"] == "reference_heading"]
    assert len(headed) == 13  # the public tool's reference test expects 10
    assert headed["passage"].str.startswith("The government").sum() >= 12
    assert (headed["status"] == "actioned").all()


BRIEFING = """Government response to the review of ward safety

Contents

Safety of wards (recommendations 1 and 2) 12

Review (recommendation 3) 14

Table 2 Recommendations, accepted in full (F) or in principle (P)

1 Audit the safety of every ward F F

2 Publish the audits each year F P

3 Review the progress after a year P P

Safety of wards (recommendations 1 and 2)

The government accepted both recommendations and said it will fund the audits from April 2025.

Review (recommendation 3)

The government accepted this recommendation in principle and noted its importance.
"""


def test_a_heading_naming_items_answers_them_and_a_contents_line_does_not(tmp_path: Path) -> None:
    rows = crosswalk_of(tmp_path, BRIEFING)
    assert rows.loc["R1", "passage"].startswith("The government accepted both")
    assert rows.loc["R1", "method"] == "reference_heading"
    assert rows.loc["R3", "passage"].startswith("The government accepted this recommendation in principle")


REVIEW = """Rapid review into data on ward staffing: final report and recommendations - GOV.UK

Recommendations

Recommendation 1

The regulator should set up a national audit of ward staffing.

Recommendation 2

Every hospital trust should name a board member responsible for ward data.

Recommendation 3

The department should review progress after 12 months.

Recommendation 4

Every trust should publish its ward staffing figures on its website each month.
"""
ANSWER = """Government response to the rapid review into data on ward staffing - GOV.UK

Recommendation 1

The regulator should set up a national audit of ward staffing.

Government response to recommendation 1

The government supports this recommendation. The regulator will publish the first figures by June 2025.

Recommendation 2

Every hospital trust should name a board member responsible for ward data.

Government response to recommendation 2

The government notes this recommendation and recognises the role of boards.
"""


def test_a_response_pairs_with_the_report_it_names_by_title(tmp_path: Path) -> None:
    """"Government response to the X" answers "X: final report and recommendations": one
    inspection, so the report's recommendation the response leaves out is unaddressed."""
    (tmp_path / "review.txt").write_text(REVIEW, encoding="utf-8")
    (tmp_path / "answer.txt").write_text(ANSWER, encoding="utf-8")
    crosswalk = run(tmp_path)["crosswalk"]
    assert set(crosswalk["inspection"]) == {"Rapid review into data on ward staffing"}
    rows = crosswalk.set_index(crosswalk["register_id"].str.split("/").str[-1])
    assert dict(rows["status"]) == {"R1": "actioned", "R2": "acknowledged", "R3": "unaddressed", "R4": "unaddressed"}


def test_titles_name_what_a_response_answers() -> None:
    assert answered_title("Government response to the rapid review into data on ward staffing - GOV.UK") == (
        "rapid review into data on ward staffing")
    assert answered_title("Rapid review into data on ward staffing: final report and recommendations") is None
    assert bare_title("Rapid review into data on ward staffing: final report and recommendations - GOV.UK") == (
        "Rapid review into data on ward staffing")


def test_a_document_restating_one_of_many_items_by_chance_joins_no_group(tmp_path: Path) -> None:
    """The Commons briefing states 45 items of its own; one of them near another
    inspection's item is no reason to put it in that inspection."""
    (tmp_path / "review.txt").write_text(REVIEW, encoding="utf-8")
    (tmp_path / "answer.txt").write_text(ANSWER, encoding="utf-8")
    own = "\n\n".join(f"Recommendation {n}\n\nThe council should {verb} its {thing} by {year}."
                      for n, (verb, thing, year) in enumerate(
                          [("review", "parking permits", 2026), ("repair", "library roof", 2027),
                           ("publish", "budget papers", 2026), ("audit", "school meals", 2027),
                           ("replace", "street lights", 2028)], start=1))
    other = "A briefing on the council's plans\n\n" + own + (
        "\n\nRecommendation 6\n\nThe regulator should set up a national audit of ward staffing.\n")
    (tmp_path / "briefing.txt").write_text(other, encoding="utf-8")
    crosswalk = run(tmp_path)["crosswalk"]
    paired = crosswalk[crosswalk["inspection"] == "Rapid review into data on ward staffing"]
    assert len(paired) == 4  # the briefing's six recommendations are not the review's


SECTIONS = """Government response to the review of ward safety

Table 2 Recommendations, accepted in full (F) or in principle (P)

1 Audit the safety of every ward F F

2 Make ward data public F P

2a Publish the audits of every ward each year F P

2b Publish the number of staff on each ward every month F P

3 Review the progress after a year P P

Safety of wards (recommendations 1 and 3)

Recommendation 1 asked for an audit of every ward, and recommendation 3 for a review after a year. The government accepted both in full.

The government will fund the audits from April 2025 and will review progress in 2026.

Ward data (recommendation 2)

The government accepted recommendation 2 in principle and noted its importance.

Next steps

The department will deliver these recommendations by 2026.
"""


def test_a_paragraph_citing_only_the_headings_items_goes_on_with_their_answer(tmp_path: Path) -> None:
    """Under "(recommendations 1 and 3)" the first paragraph opens "Recommendation 1 ...":
    it cites no other item, so the answer runs on through it to the step below (it used
    to stop the heading's passage, and the citing sentence alone acknowledged both)."""
    rows = crosswalk_of(tmp_path, SECTIONS)
    for rid in ("R1", "R3"):
        assert rows.loc[rid, "method"] == "reference_heading"
        assert "will fund the audits" in rows.loc[rid, "passage"]
        assert rows.loc[rid, "status"] == "actioned"


def test_parts_answered_only_by_words_for_all_take_their_parents_answer(tmp_path: Path) -> None:
    """Recommendation 2 is accepted in principle in its own place; its parts 2a and 2b
    are named nowhere, and "these recommendations" in the closing paragraph is no answer
    to them beside their parent's own (it used to action them)."""
    rows = crosswalk_of(tmp_path, SECTIONS)
    assert rows.loc["R2", "status"] == "acknowledged"
    for rid in ("R2.1", "R2.2"):
        assert (rows.loc[rid, "status"], rows.loc[rid, "method"]) == ("acknowledged", "parent")
