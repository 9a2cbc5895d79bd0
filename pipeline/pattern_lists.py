"""Named word lists in a pattern file: each list written once, its regular expressions
using it by name.

A cue file's patterns share classes of words (the words that name a commissioner's role,
the verbs a role speaks with). Copied into each pattern, the copies drift apart and a word
added to one is missing from the others. So such a file holds a top-level "lists" object,
name -> alternatives (each a regular-expression fragment, tried in the order written), and
a pattern names a list as `{{name}}`, read as the group `(?:first|second|...)`. A list may
name lists written before it (a wider class built on a narrower one), never a later one, so
there is no cycle. An unknown name, a list no pattern uses and a list that does not compile
fail loudly on load, naming the file and the place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

LISTS_KEY = "lists"
REFERENCE_RE = re.compile(r"\{\{([^{}]*)\}\}")
NAME_RE = re.compile(r"[a-z][a-z0-9_]*")
NOT_PATTERNS = frozenset({"_comment"})  # keys whose strings are prose, left as written


def expand(pattern: str, groups: Mapping[str, str], source: str, where: str, used: set[str] | None = None) -> str:
    """`pattern` with each `{{name}}` replaced by that list's group; `used` collects the names."""

    def group(reference: re.Match[str]) -> str:
        name = reference.group(1)
        if name not in groups:
            known = ", ".join(groups) or "none"
            raise ValueError(f"{source}: {where} names unknown list {{{{{name}}}}} (lists: {known})")
        if used is not None:
            used.add(name)
        return groups[name]

    return REFERENCE_RE.sub(group, pattern)


def list_groups(lists: object, source: str, used: set[str] | None = None,
                given: Mapping[str, str] | None = None) -> dict[str, str]:
    """Each list of the "lists" object as its regular-expression group, lists named inside
    a list already expanded (and collected in `used`); `given` groups, written in another
    file, come first and may be named too."""
    if not isinstance(lists, dict):
        raise ValueError(f"{source}: {LISTS_KEY} must be an object of name -> list of alternatives")
    groups: dict[str, str] = dict(given or {})
    for name, alternatives in lists.items():
        where = f"{LISTS_KEY}.{name}"
        if not NAME_RE.fullmatch(name):
            raise ValueError(f"{source}: {where}: a list name is lower-case letters, digits and _")
        if not isinstance(alternatives, list) or not alternatives or \
                not all(isinstance(a, str) and a for a in alternatives):
            raise ValueError(f"{source}: {where} must be a non-empty list of non-empty strings")
        group = "(?:" + "|".join(expand(a, groups, source, where, used) for a in alternatives) + ")"
        try:
            re.compile(group)
        except re.error as error:
            raise ValueError(f"{source}: {where} is no regular expression: {error}") from None
        groups[name] = group
    return groups


def resolve_lists(data: dict[str, Any], source: str, given: Mapping[str, str] | None = None) -> dict[str, Any]:
    """`data` without its "lists" object, every `{{name}}` in its strings (prose keys aside)
    replaced by the list's group, `given` groups (a list another file writes, such as the
    numbers written as words) among them. Fails on an unknown name and on a list nothing uses."""
    used: set[str] = set()  # a list named only inside another list counts as used
    groups = list_groups(data.get(LISTS_KEY, {}), source, used, given)

    def walk(value: Any, where: str) -> Any:
        if isinstance(value, str):
            return expand(value, groups, source, where, used)
        if isinstance(value, list):
            return [walk(v, f"{where}[{i}]") for i, v in enumerate(value)]
        if isinstance(value, dict):
            return {k: v if k in NOT_PATTERNS else walk(v, f"{where}.{k}" if where else k) for k, v in value.items()}
        return value

    resolved = walk({k: v for k, v in data.items() if k != LISTS_KEY}, "")
    if unused := [name for name in groups if name not in used]:
        raise ValueError(f"{source}: lists {unused} are named by no pattern")
    return dict(resolved)
