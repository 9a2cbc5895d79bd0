"""Where the rule data lives.

`patterns/` is installed as the package `crosswalk.patterns`, so `importlib.resources`
finds it in an editable install and in a wheel alike. `CROSSWALK_PATTERNS` points at
another folder for researchers who keep their own edited copy.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import fields
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import AbstractSet, Any, TypeVar, get_origin, get_type_hints


def patterns_dir() -> Path:
    override = os.environ.get("CROSSWALK_PATTERNS")
    if override:
        return Path(override)
    return Path(str(resources.files("crosswalk.patterns")))


def pattern_file(name: str) -> Path:
    path = patterns_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"pattern file {name!r} not found in {patterns_dir()}")
    return path


def read_lines(name: str) -> list[str]:
    """Non-blank, non-comment lines of a text pattern file."""
    lines = pattern_file(name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


@lru_cache(maxsize=None)
def line_expressions(name: str, flags: int = 0) -> re.Pattern[str]:
    """A text pattern file of one regular expression a line, compiled once as one expression
    matching any of them: every list of furniture and markings a researcher extends a line at
    a time (`web_chrome.txt`, `interposed_lines.txt`, `protective_markings.txt`) is read so."""
    return re.compile("|".join(f"(?:{line})" for line in read_lines(name)), flags)


COMMENT_KEY = "_comment"  # a word file's prose: what each list is for


def read_json(name: str) -> Any:
    """A JSON pattern file, parsed once however many modules read it; the one reader of
    them all, so a missing file fails naming it (`pattern_file`). The parse is kept by the
    file's path, not its name, so a test or a researcher pointing `CROSSWALK_PATTERNS` at
    an edited copy reads that copy. Callers must not change what it returns (it is shared)."""
    return _parsed_json(pattern_file(name))


@lru_cache(maxsize=None)
def _parsed_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def check_keys(name: str, data: Any, keys: AbstractSet[str]) -> None:
    """Fail loudly, naming the file, unless a rule file's top-level keys are exactly `keys`:
    a misspelt key would otherwise read as a missing one, and its rule would match nothing
    without a word. The one check every module reading such a file on load makes."""
    if set(data) != keys:
        raise ValueError(f"{name}: keys must be {sorted(keys)}, found {sorted(data)}")


WordsT = TypeVar("WordsT")


def word_file(name: str, cls: type[WordsT], *, fold: bool = False,
              made: Mapping[str, Callable[[Any], Any]] | None = None, given: Mapping[str, Any] | None = None,
              also: AbstractSet[str] = frozenset()) -> WordsT:
    """The JSON word file `name` as the frozen dataclass `cls`, a field a key. The fields are
    the one list of what the file holds: the file's keys are checked against them on load
    (`check_keys`, with "_comment" and `also`, the keys other modules read), so no module
    writes its keys out again beside its fields, nor once more in the constructor's call.
    Each entry is made what its field's type says: a set or a tuple of words (a non-empty list
    of non-empty strings, lower-cased when `fold`), a mapping, a number, or an expression
    compiled ignoring case. `made`: a field's own reader where its type does not say enough
    (words sorted longest first, an expression with lists spliced in); `given`: fields that
    come from elsewhere than the file."""
    made, given = made or {}, given or {}
    data = read_json(name)
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    check_keys(name, data, (set(names) - set(given)) | set(also) | {COMMENT_KEY})
    hints = get_type_hints(cls)
    values = {key: given[key] if key in given else made[key](data[key]) if key in made
              else _typed_entry(name, key, hints[key], data[key], fold) for key in names}
    return cls(**values)


def checked_words(name: str, key: str, value: Any) -> list[str]:
    """A list of the word file `name`, refused, naming the file and the list, unless it is a
    non-empty list of non-empty strings: an empty list matches nothing without a word, as a
    misspelt key would. The one check of a list of words, however a module reads it."""
    if not isinstance(value, list) or not value or not all(isinstance(word, str) and word for word in value):
        raise ValueError(f"{name}: {key} must be a non-empty list of words")
    return value


def _typed_entry(name: str, key: str, hint: Any, value: Any, fold: bool) -> Any:
    """One entry of a word file made what its field's type `hint` says (see `word_file`)."""
    kind = get_origin(hint) or hint
    if kind in (frozenset, tuple):
        words = checked_words(name, key, value)
        return kind(word.lower() for word in words) if fold else kind(words)
    if kind is dict:
        return dict(value)
    if kind in (int, float):
        return kind(value)
    if kind is re.Pattern:
        return re.compile(value, re.I)
    raise TypeError(f"{name}: no reader for {key} of type {hint}")


_words_taken: dict[str, set[str]] = {}


def word_entry(name: str, key: str) -> Any:
    """One named entry of a JSON word file (an object of name -> list or mapping of words,
    with its prose under "_comment"). A name the file lacks fails here, naming the file, so
    a misspelt list stops the import instead of matching nothing; `untaken_words` reports
    the names nothing took, so a list left behind by a deleted rule is found too."""
    data = read_json(name)
    if not isinstance(data, dict) or key == COMMENT_KEY or key not in data:
        raise KeyError(f"word file {name!r} has no list {key!r}")
    _words_taken.setdefault(name, set()).add(key)
    return data[key]


def _word_list(name: str, key: str) -> list[str]:
    return checked_words(name, key, word_entry(name, key))


NumberT = TypeVar("NumberT", int, float)


def word_number(name: str, key: str, kind: type[NumberT]) -> NumberT:
    """A named number of a JSON word file: a reach or a threshold kept beside the words it
    judges with (what it counts is said in the file's "_comment"). Refused, naming the file,
    unless it is a number of `kind` (a count must be whole)."""
    value = word_entry(name, key)
    if isinstance(value, bool) or not isinstance(value, int if kind is int else (int, float)):
        raise ValueError(f"{name}: {key} must be {'a whole number' if kind is int else 'a number'}")
    return kind(value)


def word_set(name: str, key: str) -> frozenset[str]:
    """A named list of a JSON word file as a set of words (they are looked up, not ordered)."""
    return frozenset(_word_list(name, key))


def word_alternation(name: str, key: str) -> str:
    """A named list of a JSON word file as a regular-expression alternation of its words,
    escaped and tried in the order written, so an expression whose words moved to the file
    matches as it did when they were spelt out in it."""
    return "|".join(map(re.escape, _word_list(name, key)))


def untaken_words(name: str) -> list[str]:
    """The names of a word file that no module has taken (after the modules are imported)."""
    data = read_json(name)
    return sorted(set(data) - {COMMENT_KEY} - _words_taken.get(name, set()))


@lru_cache(maxsize=1)
def patterns_version() -> str:
    """A digest of every pattern file and of every file of the learned models under
    `models/`: part of the cache key of a processed document, so a rebuilt model, like an
    edited word list, makes the next run read its documents again."""
    root = patterns_dir()
    digest = hashlib.sha256()
    data = (path for path in root.iterdir() if path.is_file() and path.suffix in {".csv", ".json", ".jsonl", ".txt"})
    models = (path for path in (root / "models").rglob("*") if path.is_file())
    for path in sorted([*data, *models]):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
