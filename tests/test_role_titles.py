"""The role titles in `patterns/role_titles.json` are read by three readers, each its own way."""

from __future__ import annotations

import pytest

from crosswalk.extraction.commitments import ROLE_RE as SPEAKER_RE
from crosswalk.extraction.meta import AUTHOR_ROLES
from crosswalk.ingest.metadata import ROLE_RE as SIGNATURE_RE


@pytest.mark.parametrize("title", ["Deputy Chief Constable", "Chief Fire Officer",
                                   "Police, Fire and Crime Commissioner", "Deputy PCC", "NPCC"])
def test_a_speakers_title_is_found_as_capitalised(title: str) -> None:
    assert SPEAKER_RE.search(f"The {title} said") and not SPEAKER_RE.search(f"the {title.lower()} said")


@pytest.mark.parametrize("line", ["Police and Crime Commissioner for Kent", "Deputy", "PFCC", "chief executive"])
def test_a_signature_line_holds_a_title_in_any_case(line: str) -> None:
    assert SIGNATURE_RE.search(line)


def test_an_authors_role_is_the_longest_title_first() -> None:
    role = next(name for words, name in AUTHOR_ROLES if words in "chief constable and police and crime commissioner")
    assert role == "PCC" and dict(AUTHOR_ROLES)["chief constable"] == "Chief Constable"
