"""Researchers declare which documents belong together: a manifest CSV or a folder per
inspection. A reply that names no inspection and restates no item is then aligned with
its report, its "Recommendation 1" headings resolved against the report's items."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from crosswalk.batch.runner import run
from crosswalk.cli import app

REPORT = """An inspection of Kent Police's response to stalking

Published on 3 March 2024.

We inspected how well Kent Police responds to reports of stalking. This report sets out our findings.

Recommendations

Kent Police should review how it records breaches of stalking protection orders.

Kent Police should train call handlers to recognise patterns of stalking.
"""
REPLY = """Letter from the Police and Crime Commissioner for Kent

Dear Home Secretary,

Thank you for the report. I respond under section 55 of the Police Act 1996.

Recommendation 1

The force has appointed a stalking coordinator and will audit every breach recorded since 2023 by June 2024.

Recommendation 2

This recommendation is not accepted and no action will be taken.

Yours sincerely,

Matthew Scott
Police and Crime Commissioner for Kent
"""


def write_pair(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    (folder / "reply.txt").write_text(REPLY, encoding="utf-8")


def statuses(crosswalk: pd.DataFrame) -> dict[str, str]:
    return dict(zip(crosswalk["register_id"].str.split("/").str[-1], crosswalk["status"]))


def test_without_a_declaration_a_reply_whose_key_fits_no_inspection_has_nothing_to_answer(tmp_path: Path) -> None:
    write_pair(tmp_path / "kent")
    reply = tmp_path / "kent" / "reply.txt"
    reply.write_text(reply.read_text(encoding="utf-8").replace("2023 by June 2024", "2019 by June 2019"),
                     encoding="utf-8")  # a reply of another year (crosswalk.align.linking)
    assert run(tmp_path)["crosswalk"].empty


def test_without_a_declaration_the_reply_is_linked_by_its_inspection_key(tmp_path: Path) -> None:
    write_pair(tmp_path / "kent")  # Kent, police, stalking, 2024 in both
    assert statuses(run(tmp_path)["crosswalk"]) == {"R1": "actioned", "R2": "declined"}


def test_a_folder_with_an_inspection_file_is_one_inspection(tmp_path: Path) -> None:
    write_pair(tmp_path / "kent")
    (tmp_path / "kent" / ".inspection").write_text("Kent stalking 2024\n", encoding="utf-8")
    crosswalk = run(tmp_path)["crosswalk"]
    assert set(crosswalk["inspection"]) == {"Kent stalking 2024"}
    assert statuses(crosswalk) == {"R1": "actioned", "R2": "declined"}


def test_a_manifest_passed_on_the_command_line(tmp_path: Path) -> None:
    write_pair(tmp_path / "docs")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("path,inspection\ndocs/report.txt,Kent stalking 2024\ndocs/reply.txt,Kent stalking 2024\n",
                        encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(tmp_path / "docs"), "--out", str(out), "--manifest", str(manifest),
                                      "--jobs", "1"])
    assert result.exit_code == 0, result.output
    crosswalk = pd.read_csv(out / "crosswalk.csv", encoding="utf-8-sig")
    assert statuses(crosswalk) == {"R1": "actioned", "R2": "declined"}
    items = pd.read_csv(out / "items.csv", encoding="utf-8-sig")
    assert set(items["register_id"]) == set(crosswalk["register_id"])


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, "is not a file"),
        (b"file,name\ndocs/report.txt,Kent stalking 2024\n", "needs the columns path and inspection"),
        (b"\xff\xfepath,inspection\n", "cannot be read"),
    ],
)
def test_a_wrong_manifest_is_refused_in_one_sentence(tmp_path: Path, content: bytes | None, words: str) -> None:
    """A missing, mis-headed or unreadable manifest is a wrong argument: one sentence,
    exit status 2, before any document is read, and no output folder is made."""
    write_pair(tmp_path / "docs")
    manifest = tmp_path / "manifest.csv"
    if content is not None:
        manifest.write_bytes(content)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(tmp_path / "docs"), "--out", str(out), "--manifest", str(manifest)])
    assert result.exit_code == 2, result.output
    assert words in " ".join(result.output.split())
    assert "Traceback" not in result.output
    assert not out.exists()


def test_corrections_are_applied_on_every_run_and_stale_ones_reported(tmp_path: Path) -> None:
    from crosswalk.batch.runner import run_batch

    write_pair(tmp_path / "kent")
    (tmp_path / "kent" / ".inspection").write_text("Kent stalking 2024\n", encoding="utf-8")
    out = tmp_path / "out"
    (out).mkdir()
    (out / "corrections.csv").write_text(
        "response_doc,item,status,passage,note\n"
        "reply,R2,acknowledged,This recommendation is not accepted,the board later agreed it\n"
        "kent/letter,R1,actioned,,a document that is not in the batch\n", encoding="utf-8")
    summary = run_batch([tmp_path / "kent"], out, jobs=1)
    crosswalk = pd.read_csv(out / "crosswalk.csv", encoding="utf-8-sig").set_index("register_id")
    corrected = crosswalk.loc["kent-stalking-2024/R2"]
    assert (corrected["status"], corrected["method"], corrected["score"]) == ("acknowledged", "correction", 100.0)
    reply = (tmp_path / "kent" / "reply.txt").read_text(encoding="utf-8")
    assert reply[int(corrected["passage_start"]):].startswith("This recommendation is not accepted")
    assert crosswalk.loc["kent-stalking-2024/R1", "status"] == "actioned"
    assert summary.unmatched_corrections == ["line 3: kent/letter / R1"]
    (out / "corrections.csv").write_text("response_doc,item,status\n", encoding="utf-8")
    run_batch([tmp_path / "kent"], out, jobs=1)  # removing the correction re-aligns
    assert pd.read_csv(out / "crosswalk.csv", encoding="utf-8-sig").set_index("register_id").loc[
        "kent-stalking-2024/R2", "status"] == "declined"


@pytest.mark.parametrize("answer", [
    "I fully support the two key areas highlighted for action, and I will be working with the Chief Constable "
    "to see them delivered.",  # counted and qualified words for the items
    "The force has appointed a stalking coordinator to act on all the recommendations of the report.",
])
def test_words_for_all_the_reports_items_answer_them_in_a_reply_that_restates_none(tmp_path: Path, answer: str) -> None:
    """The reply names no item and answers the report's items together: each of them is
    answered there, as a reply that restates them would be."""
    folder = tmp_path / "kent"
    write_pair(folder)
    (folder / "reply.txt").write_text(
        f"Statement from the Police and Crime Commissioner for Kent\n\n{answer}\n", encoding="utf-8")
    (folder / ".inspection").write_text("Kent stalking 2024\n", encoding="utf-8")
    crosswalk = run(tmp_path)["crosswalk"]
    reply = crosswalk[crosswalk["response_doc"] == "kent/reply"]
    assert statuses(reply) == {"R1": "actioned", "R2": "actioned"}
    assert set(reply["method"]) == {"collective_reference"}


def test_words_for_all_the_reports_items_with_no_step_acknowledge_them_in_a_reply_that_restates_none(
        tmp_path: Path) -> None:
    """A reply that names no item and mentions the report's items together, stating no
    step ("an update against those recommendations"), mentions each of them: they are
    acknowledged, not unaddressed (NOTES.md: a collective comment on 'the
    recommendations' marks every in-scope item as mentioned)."""
    folder = tmp_path / "kent"
    write_pair(folder)
    (folder / "reply.txt").write_text(
        "Inspection reports of the Police and Crime Commissioner for Kent\n\n"
        "HMICFRS published its report on stalking in March 2024. Kent Police has sent the Commissioner "
        "an update against those recommendations.\n", encoding="utf-8")
    (folder / ".inspection").write_text("Kent stalking 2024\n", encoding="utf-8")
    crosswalk = run(tmp_path)["crosswalk"]
    reply = crosswalk[crosswalk["response_doc"] == "kent/reply"]
    assert statuses(reply) == {"R1": "acknowledged", "R2": "acknowledged"}
    assert set(reply["method"]) == {"collective_reference"}
