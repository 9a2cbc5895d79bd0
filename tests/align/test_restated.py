"""A response that its key links to nothing but that restates an item of its own force's
inspection in a sentence of its own is linked to that inspection by the restatement, and
the sentence answers the item (`crosswalk.align.restated`)."""

from __future__ import annotations

from pathlib import Path

from crosswalk.batch.runner import run
from tests.align.test_linking import rows_of, write

REPORT = """Durham Constabulary: crime data integrity inspection 2022

Published on: 4 May 2022

We inspected Durham Constabulary in January 2022.

Areas for improvement

Area for improvement 1: The force should improve how supervisors review the quality of investigations into burglary and vehicle theft.

Area for improvement 2: The force should make sure that officers record the wishes of victims when an investigation is closed.
"""
PANEL = """Durham Police and Crime Panel

Minutes of the meeting held on 14 September 2022

Present: Councillors D. Brown (Chair), E. Green and F. Hall.

5. Update from the Commissioner

The Police and Crime Commissioner told members that supervisors now review the quality of every investigation into burglary and vehicle theft each week, and that a new checklist has been introduced for detectives.

Members thanked the Commissioner for the update.
"""
UNRELATED = """Kent Fire and Rescue Service: Causes of concern revisit letter

Published on: 10 March 2024

We inspected Kent Fire and Rescue Service in the spring of 2023 and identified a cause of concern.

Cause of concern

The service doesn't have an effective process to keep the risk information it holds about high-risk premises up to date.
"""


def test_minutes_restating_an_item_answer_their_forces_inspection(tmp_path: Path) -> None:
    write(tmp_path, report=REPORT, panel=PANEL)
    # the panel names no thematic and no programme: no key links it; its sentence restating the
    # first area for improvement, with a step, does, and answers that item alone
    assert rows_of(run(tmp_path)["crosswalk"], "panel") == {"AFI1": "actioned", "AFI2": "unaddressed"}


def test_unrelated_documents_change_nothing(tmp_path: Path) -> None:
    write(tmp_path, report=REPORT, panel=PANEL, unrelated=UNRELATED)
    assert rows_of(run(tmp_path)["crosswalk"], "panel") == {"AFI1": "actioned", "AFI2": "unaddressed"}


def test_another_forces_minutes_are_not_linked(tmp_path: Path) -> None:
    write(tmp_path, report=REPORT, panel=PANEL.replace("Durham", "Cleveland"))
    assert rows_of(run(tmp_path)["crosswalk"], "panel") == {}


def test_minutes_written_before_the_inspection_are_not_linked(tmp_path: Path) -> None:
    write(tmp_path, report=REPORT, panel=PANEL.replace("2022", "2019"))
    assert rows_of(run(tmp_path)["crosswalk"], "panel") == {}
