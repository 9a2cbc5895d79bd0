"""Load the JSONL token patterns in `patterns/` and refuse malformed ones at load time.

Each line is a spaCy SpanRuler pattern (`label`, `pattern`, `id`) plus `examples`:
sentences the pattern must match, kept beside it so that a test proves every rule still
does what it was written for. Context cues (`context.jsonl`) also say which way they
reach and how far (`direction`, `max_scope` in tokens), as medspaCy's ConText rules do; a
kind of item that is also everyday speech ("areas of concern") says how near its type must
be named for it to stand as one (`named_within`, in characters). A misspelt key fails loudly
here instead of silently never matching (the medspaCy habit).

A word list of a token (the value of `IN` or `NOT_IN`) may name a shared list as "$name"
(`{"LOWER": {"IN": ["$grade_words"]}}`): the loader splices that list's words in, so a
list kept in a word file is not copied into every pattern. An unknown name fails here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from crosswalk.extraction.word_lists import word_lists
from crosswalk.quote_marks import QUOTES, written_either_way
from crosswalk.resources import pattern_file

REQUIRED_KEYS = {"label", "pattern", "id"}
ALLOWED_KEYS = REQUIRED_KEYS | {"examples", "counter_examples", "direction", "max_scope", "named_within"}
DIRECTIONS = ("forward", "backward", "bidirectional", "terminate", "pseudo")
LIST_OPERATORS = ("IN", "NOT_IN")
LIST_NAME_RE = re.compile(r"^\$([a-z_]+)$")
# The token attributes whose words are matched as written: a quote mark in one is read in
# either form (`quote_marks.written_either_way`).
WORD_ATTRS = frozenset({"ORTH", "TEXT", "LOWER", "NORM"})


@dataclass(frozen=True)
class PatternRule:
    label: str
    pattern: list[dict[str, Any]] | str
    id: str
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    direction: str = "bidirectional"  # which way a context cue reaches
    max_scope: int | None = None  # how many tokens it reaches; None: to the clause's end
    named_within: int | None = None  # an item kind's match stands only where its type is named this many characters either side


class PatternFileError(ValueError):
    """A pattern file that does not follow the format; names file and line."""


def expand_lists(pattern: list[dict[str, Any]] | str, lists: Mapping[str, tuple[str, ...]],
                 where: str) -> list[dict[str, Any]] | str:
    """The pattern with each "$name" in a token's IN or NOT_IN list replaced by the words
    of that named list (an unknown name is refused), and each word with a quote mark in
    it standing for its forms with the mark straight or curly (`_either_way`): a pattern
    written with "’s" or "‘" reads documents that write "'s" and "'" too (round 64: a
    document's marks swapped lost matches of patterns that named one form)."""
    if isinstance(pattern, str):
        return pattern
    expanded = []
    for token in pattern:
        copy = dict(token)
        for attr, value in token.items():
            if isinstance(value, str) and attr in WORD_ATTRS and (forms := _either_way([value])) != [value]:
                copy[attr] = {"IN": forms}
            if not isinstance(value, dict):
                continue
            copy[attr] = {op: _listed(attr, _spliced(words, lists, where)) if op in LIST_OPERATORS and isinstance(words, list)
                          else words for op, words in value.items()}
        expanded.append(copy)
    return expanded


def _listed(attr: str, words: list[Any]) -> list[Any]:
    return _either_way(words) if attr in WORD_ATTRS else words


def _either_way(words: list[Any]) -> list[Any]:
    """The words, each with a quote mark followed by its other forms not already listed."""
    if not any(isinstance(word, str) and any(mark in word for mark in QUOTES) for word in words):
        return words
    out: list[Any] = []
    for word in words:
        for form in written_either_way(word) if isinstance(word, str) else [word]:
            if form not in out:
                out.append(form)
    return out


def _spliced(words: list[Any], lists: Mapping[str, tuple[str, ...]], where: str) -> list[Any]:
    out: list[Any] = []
    for word in words:
        name = LIST_NAME_RE.match(word) if isinstance(word, str) else None
        if name is None:
            out.append(word)
        elif name[1] in lists:
            out.extend(lists[name[1]])
        else:
            raise PatternFileError(f"{where}: unknown word list {word!r}; the lists are {sorted(lists)}")
    return out


def parse_rules(lines: list[str], source: str, labels: frozenset[str] | None = None,
                lists: Mapping[str, tuple[str, ...]] | None = None) -> list[PatternRule]:
    """The rules of a pattern file's lines; "$name" word lists are taken from `lists`
    (by default the shared ones of `word_lists`)."""
    lists = word_lists() if lists is None else lists
    rules: list[PatternRule] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        where = f"{source}:{number}"
        entry = _entry(line, where)
        _check(entry, where, labels, seen)
        seen.add(entry["id"])
        rules.append(
            PatternRule(
                label=entry["label"],
                pattern=expand_lists(entry["pattern"], lists, where),
                id=entry["id"],
                examples=tuple(entry.get("examples", ())),
                counter_examples=tuple(entry.get("counter_examples", ())),
                direction=entry.get("direction", "bidirectional"),
                max_scope=entry.get("max_scope"),
                named_within=entry.get("named_within"),
            )
        )
    return rules


def _entry(line: str, where: str) -> dict[str, Any]:
    """One line as a JSON object, or an error that names the file and line."""
    try:
        entry = json.loads(line)
    except json.JSONDecodeError as exc:
        raise PatternFileError(f"{where}: not valid JSON ({exc.msg})") from exc
    if not isinstance(entry, dict):
        raise PatternFileError(f"{where}: each line must be a JSON object")
    return entry


def _check(entry: dict[str, Any], where: str, labels: frozenset[str] | None, seen: set[str]) -> None:
    """Refuse a rule that would load but do the wrong thing (a misspelt key silently
    ignored, a label no component reads, an id shadowing another's evidence, a scope
    that is not a token count), so a pattern file's mistake stops the run at load."""
    unknown = set(entry) - ALLOWED_KEYS
    missing = REQUIRED_KEYS - set(entry)
    if unknown:
        raise PatternFileError(f"{where}: unknown keys {sorted(unknown)}")
    if missing:
        raise PatternFileError(f"{where}: missing keys {sorted(missing)}")
    if labels is not None and entry["label"] not in labels:
        raise PatternFileError(f"{where}: label {entry['label']!r} is not one of {sorted(labels)}")
    if entry["id"] in seen:
        raise PatternFileError(f"{where}: duplicate id {entry['id']!r}")
    if not isinstance(entry["pattern"], (list, str)):
        raise PatternFileError(f"{where}: pattern must be a token list or a phrase string")
    if entry.get("direction", "bidirectional") not in DIRECTIONS:
        raise PatternFileError(f"{where}: direction must be one of {list(DIRECTIONS)}")
    scope = entry.get("max_scope")
    if scope is not None and (not isinstance(scope, int) or isinstance(scope, bool) or scope < 1):
        raise PatternFileError(f"{where}: max_scope must be a positive number of tokens or null")
    near = entry.get("named_within")
    if near is not None and (not isinstance(near, int) or isinstance(near, bool) or near < 1):
        raise PatternFileError(f"{where}: named_within must be a positive number of characters or null")


@lru_cache(maxsize=None)
def load_rules(name: str, labels: frozenset[str] | None = None) -> tuple[PatternRule, ...]:
    """The rules of one pattern file in `patterns/`."""
    path = pattern_file(name)
    return tuple(parse_rules(path.read_text(encoding="utf-8").splitlines(), path.name, labels))
