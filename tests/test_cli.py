"""The command line's own words: each command's help and a wrong argument's answer."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from crosswalk.cli import app

COMMANDS = ("ingest", "run", "extract", "eval", "calibrate")


def _said(arguments: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(app, arguments)
    return result.exit_code, " ".join(result.output.split())


def test_the_command_says_what_it_reads_and_writes() -> None:
    """`crosswalk --help` says in one plain sentence what the program does: what it reads
    and what it writes, not its own name used as a verb."""
    code, said = _said(["--help"])
    assert code == 0
    assert "Read HMICFRS inspection documents and the police, fire and PCC responses to them, and write tables of " \
           "which response answers which item, and how." in said, said


@pytest.mark.parametrize("command", COMMANDS)
def test_every_subcommand_says_what_it_does_in_one_sentence(command: str) -> None:
    code, said = _said([command, "--help"])
    callback = next(c.callback for c in app.registered_commands if c.callback and (c.name or c.callback.__name__) == command)
    first = (callback.__doc__ or "").strip().split("\n\n")[0]
    assert code == 0 and first.endswith(".") and ". " not in first and " ".join(first.split()) in said, said


def test_an_unknown_subcommand_is_refused_with_exit_2() -> None:
    """A wrong argument is one sentence and exit status 2 (a missing folder and a wrong
    manifest are tested with the batch's inputs and declarations)."""
    code, said = _said(["frobnicate"])
    assert code == 2 and "No such command 'frobnicate'." in said and "Traceback" not in said, said

