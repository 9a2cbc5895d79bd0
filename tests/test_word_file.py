"""A JSON word file read into a frozen dataclass, a field a key (`resources.word_file`): the
fields are the one list of what the file holds, and the file is checked against them on load."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from crosswalk.resources import word_alternation, word_file, word_number, word_set


@dataclass(frozen=True)
class _Probe:
    verbs: frozenset[str]
    suffixes: tuple[str, ...]
    synonyms: dict[str, str]
    share: float
    entry: re.Pattern[str]


GOOD = {"_comment": "what each list is for", "verbs": ["Said", "noted"], "suffixes": ["shire", "shire", "ham"],
        "synonyms": {"met": "Metropolitan Police"}, "share": "0.25", "entry": r"/recommendations?/\d+"}


def _file(folder: Path, monkeypatch: pytest.MonkeyPatch, data: dict) -> str:
    folder.mkdir(exist_ok=True)
    (folder / "probe.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv("CROSSWALK_PATTERNS", str(folder))
    return "probe.json"


def test_each_entry_is_made_what_its_field_says(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    words = word_file(_file(tmp_path, monkeypatch, GOOD), _Probe)
    assert words.verbs == frozenset({"Said", "noted"}) and words.suffixes == ("shire", "shire", "ham")
    assert words.synonyms == {"met": "Metropolitan Police"} and words.share == 0.25
    assert words.entry.search("/RECOMMENDATION/12")  # compiled ignoring case
    folded = word_file(_file(tmp_path / "folded", monkeypatch, GOOD), _Probe, fold=True)
    assert folded.verbs == frozenset({"said", "noted"})


def test_a_key_no_field_names_or_a_field_the_file_lacks_fails_naming_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    misspelt = {**{k: v for k, v in GOOD.items() if k != "verbs"}, "verb": ["said"]}
    with pytest.raises(ValueError, match="probe.json"):
        word_file(_file(tmp_path, monkeypatch, misspelt), _Probe)
    extra = {**GOOD, "spare": ["word"]}
    with pytest.raises(ValueError, match="probe.json"):
        word_file(_file(tmp_path / "extra", monkeypatch, extra), _Probe)
    assert word_file(_file(tmp_path / "also", monkeypatch, extra), _Probe, also={"spare"}).verbs  # read elsewhere


def test_an_empty_list_or_a_blank_word_fails_on_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty list matches nothing without a word, as a misspelt key would."""
    for n, verbs in enumerate(([], ["said", ""], "said")):
        with pytest.raises(ValueError, match="probe.json: verbs"):
            word_file(_file(tmp_path / str(n), monkeypatch, {**GOOD, "verbs": verbs}), _Probe)


def test_given_fields_come_from_elsewhere_and_made_ones_have_their_own_reader(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    without_share = {k: v for k, v in GOOD.items() if k != "share"}
    words = word_file(_file(tmp_path, monkeypatch, without_share), _Probe, given={"share": 0.5},
                      made={"suffixes": lambda words: tuple(sorted(set(words), key=len, reverse=True))})
    assert words.share == 0.5 and words.suffixes == ("shire", "ham")


def test_every_reader_of_a_named_list_refuses_an_empty_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`word_set` and `word_alternation` read a list by its name; an empty one fails there as
    it does in `word_file`, naming the file and the list."""
    name = _file(tmp_path, monkeypatch, {"_comment": "", "verbs": [], "nouns": ["report"]})
    assert word_set(name, "nouns") == frozenset({"report"})
    for reader in (word_set, word_alternation):
        with pytest.raises(ValueError, match="probe.json: verbs"):
            reader(name, "verbs")


def test_a_number_kept_beside_the_words_is_read_as_its_kind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reach or a share kept in a word file beside its lists (`word_number`): a count must be
    whole and a share a number; a list or a word there fails naming the file and the key."""
    name = _file(tmp_path, monkeypatch, {"_comment": "", "reach": 14, "share": 0.5, "cut": 2.5, "verbs": ["said"],
                                         "flag": True})
    assert word_number(name, "reach", int) == 14 and word_number(name, "share", float) == 0.5
    assert word_number(name, "reach", float) == 14.0
    for key, kind in (("cut", int), ("verbs", float), ("flag", int)):
        with pytest.raises(ValueError, match=f"probe.json: {key}"):
            word_number(name, key, kind)


def test_the_months_file_refuses_a_missing_month_or_an_empty_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A month missing would date every document after it wrongly; an empty month's list
    fails as any empty list of words does, naming the file and the month."""
    from crosswalk.dates import _month_rows

    months = [["january"], ["february"], ["march"], ["april"], ["may"], ["june"], ["july"], ["august"],
              ["september"], ["october"], ["november"], ["december"]]
    for n, english in enumerate((months[:11], [*months[:4], [], *months[5:]])):
        (tmp_path / str(n)).mkdir()
        (tmp_path / str(n) / "months.json").write_text(json.dumps({"english": english}), encoding="utf-8")
        monkeypatch.setenv("CROSSWALK_PATTERNS", str(tmp_path / str(n)))
        with pytest.raises(ValueError, match="months.json: english"):
            _month_rows("english")
