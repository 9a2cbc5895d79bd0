"""Named word lists in a pattern file: written once, expanded where patterns name them,
and an unknown or unused name fails on load."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from crosswalk.ingest.doc_type import doc_type_cues
from crosswalk.pattern_lists import resolve_lists
from crosswalk.resources import patterns_dir

LISTS = {"title": ["chief constable", "commissioner"], "roles": ["{{title}}", "pcc"], "verbs": ["said", "has (?:said|noted)"]}


def test_a_named_list_reads_as_a_group_of_its_alternatives_in_order() -> None:
    data = {"_comment": "prose keeps {{roles}} as written", "lists": LISTS,
            "cues": [{"cue": r"\bthe {{roles}} {{verbs}}\b", "weight": 2}], "other": r"^{{title}}$"}
    resolved = resolve_lists(data, "test.json")
    assert resolved == {"_comment": "prose keeps {{roles}} as written",
                        "cues": [{"cue": r"\bthe (?:(?:chief constable|commissioner)|pcc) (?:said|has (?:said|noted))\b",
                                  "weight": 2}],
                        "other": r"^(?:chief constable|commissioner)$"}
    cue = re.compile(resolved["cues"][0]["cue"], re.I)
    assert cue.search("Then the Chief Constable has noted it") and cue.search("the PCC said")
    assert not cue.search("the chief said")


def test_an_unknown_list_name_fails_naming_the_place_and_the_lists() -> None:
    data = {"lists": LISTS, "cues": [{"cue": r"\bthe {{roles}} {{speaking_verbs}}\b"}]}
    with pytest.raises(ValueError, match=r"test\.json: cues\[0\]\.cue names unknown list \{\{speaking_verbs\}\} "
                                         r"\(lists: title, roles, verbs\)"):
        resolve_lists(data, "test.json")


def test_a_list_names_only_lists_written_before_it() -> None:
    with pytest.raises(ValueError, match=r"lists\.early names unknown list \{\{late\}\}"):
        resolve_lists({"lists": {"early": ["{{late}}", "x"], "late": ["y"]}, "cue": "{{early}}"}, "test.json")


def test_a_list_no_pattern_names_fails() -> None:
    with pytest.raises(ValueError, match=r"lists \['verbs'\] are named by no pattern"):
        resolve_lists({"lists": LISTS, "cue": "{{roles}}"}, "test.json")


@pytest.mark.parametrize("lists", [{"verbs": []}, {"verbs": "said"}, {"verbs": ["said", ""]}, {"Verbs": ["said"]},
                                   {"verbs": ["(?:said"]}])
def test_a_malformed_list_fails(lists: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="test.json: lists"):
        resolve_lists({"lists": lists, "cue": "{{verbs}}"}, "test.json")


def test_the_cue_file_names_the_pcc_role_words_once_for_the_cue_and_the_presenting_words() -> None:
    cues = doc_type_cues()
    pcc_named = next(cue.pattern.pattern for cue in cues.responders["pcc_response"]
                     if cue.pattern.pattern.pattern == cues.party_pcc_role.pattern)  # the same words, written once
    for text in ("the OPCC for Kent", "Police, Fire and Crime Commissioner", "the PFCC's office"):
        assert pcc_named.search(text) and cues.party_pcc_role.search(text)
    assert not cues.party_pcc_role.search("the Chief Constable of Kent")


def _refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: Callable[[dict[str, Any]], None], message: str) -> None:
    """Load a copy of the cue file edited by `edit` and expect it refused with `message`."""
    shutil.copytree(patterns_dir(), tmp_path / "patterns")
    path = tmp_path / "patterns" / "doc_types.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv("CROSSWALK_PATTERNS", str(tmp_path / "patterns"))
    doc_type_cues.cache_clear()
    try:
        with pytest.raises(ValueError, match=message):
            doc_type_cues()
    finally:
        doc_type_cues.cache_clear()


def test_the_cue_file_refuses_a_cue_naming_an_unknown_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _refused(tmp_path, monkeypatch, lambda data: data.update(party_pcc_role=r"\b{{pcc_roles_typo}}\b"),
             r"doc_types\.json: party_pcc_role names unknown list \{\{pcc_roles_typo\}\}")


def test_the_cue_file_refuses_a_misspelt_count_of_the_responding_body(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The responding body's counts (how many areas make a list, how far back a review is
    read) are the cue file's: a misspelt one fails naming the file, not as a count of 0."""
    def misspell(data: dict[str, Any]) -> None:
        data["responding_body"]["list_area"] = data["responding_body"].pop("list_areas")

    _refused(tmp_path, monkeypatch, misspell, r"doc_types\.json responding_body: keys must be")
