"""Researchers declare which documents belong together: a manifest CSV or a folder per
inspection. A reply that names no inspection and restates no item is then aligned with
its report, its "Recommendation 1" headings resolved against the report's items."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from crosswalk.batch.runner import run, run_batch
from crosswalk.cli import app
from tests.conftest import refuse_reading

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


def test_an_inspection_file_saved_in_another_encoding_still_declares_the_folder(tmp_path: Path) -> None:
    """A marker written by an editor in a Windows code page ("Kent caf\xe9 2024" in cp1252)
    is read as an index table is, its undecodable bytes replaced: one odd letter in the
    name, not a traceback that stops the whole batch."""
    write_pair(tmp_path / "kent")
    (tmp_path / "kent" / ".inspection").write_bytes("Kent stalking caf\u00e9 2024\n".encode("cp1252"))
    crosswalk = run(tmp_path)["crosswalk"]
    assert set(crosswalk["inspection"]) == {"Kent stalking caf\ufffd 2024"}
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
        (b"file,name\ndocs/report.txt,Kent stalking 2024\n", "needs the column path and at least one of"),
        (b"path,title\ndocs/report.txt,Kent stalking 2024\n", "needs the column path and at least one of"),
        (b"\xff\xfepath,inspection\n", "cannot be read"),
        (b'path,inspection\ndocs/report.txt,"Kent stalking 2024\n', "quotation mark"),  # never closed
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
    assert "".join(result.output.split()).count(manifest.name) == 1  # the file named once
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


# Fire authority minutes that never name their own body ("the Authority", "the Service").
MINUTES = """Minutes of the meeting of the Authority held on 12 March 2024

Item 7: Inspection progress

The Chief Fire Officer introduced the update on the inspectorate's causes of concern. Members heard
that the Service has recruited additional protection officers and that the fire safety audit
programme is ahead of plan. The Authority noted the update and asked for a further report in June.
"""
COMMITTEE_SITE = "https://buckinghamshire.moderngov.co.uk/mgAi.aspx?ID=25"


def minutes_body(out: Path) -> tuple[str | None, str | None]:
    documents = pd.read_csv(out / "documents.csv", encoding="utf-8-sig", keep_default_na=False).set_index("doc_id")
    row = documents.loc["minutes"]
    return row["responding_body"] or None, row["address"] or None


def test_an_address_declared_in_a_manifest_is_evidence_of_the_publisher(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(f"path,address\ndocs/minutes.txt,{COMMITTEE_SITE}\n", encoding="utf-8")
    plain, declared = tmp_path / "plain", tmp_path / "declared"
    assert CliRunner().invoke(app, ["run", str(docs), "--out", str(plain), "--jobs", "1"]).exit_code == 0
    result = CliRunner().invoke(app, ["run", str(docs), "--out", str(declared), "--manifest", str(manifest),
                                      "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert minutes_body(plain) == (None, None)
    assert minutes_body(declared) == ("Buckinghamshire", COMMITTEE_SITE)


def write_index(folder: Path, line: str) -> None:
    (folder / "INDEX.md").write_text(f"# Where the documents came from\n\n{line}\n", encoding="utf-8")
    (folder / ".crosswalkignore").write_text("*.md\n", encoding="utf-8")


def test_an_index_table_declares_addresses_and_only_its_address_cell_is_read(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    write_index(docs, f"minutes | force_response | {COMMITTEE_SITE} | the Authority's minutes")
    first = run_batch([docs], tmp_path / "a", jobs=1)
    assert first.documents == 1  # the index is no document
    assert minutes_body(tmp_path / "a") == ("Buckinghamshire", COMMITTEE_SITE)
    write_index(docs, f"minutes | press_article | {COMMITTEE_SITE} | https://www.kent-pcc.gov.uk/ in a note")
    run_batch([docs], tmp_path / "b", jobs=1)
    for table in ("documents", "items", "gradings", "commitments", "crosswalk"):
        assert (tmp_path / "a" / f"{table}.csv").read_bytes() == (tmp_path / "b" / f"{table}.csv").read_bytes()


def test_a_manifest_row_wins_over_an_index_line(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    write_index(docs, "minutes | x | https://www.bbc.co.uk/news/1 | a press copy")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(f"path,inspection,address\ndocs/minutes.txt,,{COMMITTEE_SITE}\n", encoding="utf-8")
    run_batch([docs], tmp_path / "out", jobs=1, manifest=manifest)
    assert minutes_body(tmp_path / "out") == ("Buckinghamshire", COMMITTEE_SITE)


def test_a_document_is_read_again_when_its_address_changes(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    out = tmp_path / "out"
    assert run_batch([docs], out, jobs=1).processed == 1
    assert minutes_body(out) == (None, None)
    write_index(docs, f"minutes | x | {COMMITTEE_SITE} | declared later")
    assert run_batch([docs], out, jobs=1).processed == 1
    assert minutes_body(out) == ("Buckinghamshire", COMMITTEE_SITE)
    assert run_batch([docs], out, jobs=1).processed == 0  # unchanged address: reused
    write_index(docs, "minutes | x | https://democracy.leics.gov.uk/mgAi.aspx?ID=3 | moved")
    assert run_batch([docs], out, jobs=1).processed == 1
    assert minutes_body(out)[0] == "Leicestershire"


@pytest.mark.parametrize("name", ["INDEX.md", ".inspection"])
def test_a_declaration_the_system_will_not_read_is_refused_in_one_sentence(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """An index table or inspection marker beside the documents that the operating system
    refuses to read (permissions, a vanished network share) is the user's to fix: one
    sentence naming it, exit status 2, not a traceback nor a complaint about the output
    folder. (Run as root, permissions refuse nothing: the refusal is the system's read.)"""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    write_index(docs, f"minutes | x | {COMMITTEE_SITE} | declared")
    (docs / ".inspection").write_text("Buckinghamshire 2024\n", encoding="utf-8")
    refused = docs / name
    refuse_reading(monkeypatch, refused)
    result = CliRunner().invoke(app, ["run", str(docs), "--out", str(tmp_path / "out"), "--jobs", "1"])
    assert result.exit_code == 2, result.output
    said = " ".join(result.output.split())
    assert "Traceback" not in result.output and "Permission denied" in said
    assert "".join(result.output.split()).count(name) == 1
