"""The titles of a force's or a service's leaders, read from `patterns/role_titles.json`.

Three readers look for these titles and each once kept its own list: commitments (who
speaks in a response: "the Chief Constable said"), the metadata reader (which line of a
signature block holds the signer's title) and the document facts (which role "I" holds).
The titles now live in one file, the pieces they share written once as named lists. The
readers keep their own expressions because their uses differ: a speaker's title is matched
as a response capitalises it when it names a person, a signature line in any case and with the bare words "Commissioner" and "Deputy"
that a signature block puts on a line of their own, and an author's role by plain words
tried in order, so a signature naming two roles gets the longer one. Merging the lists
would change what each finds, so the file keeps them apart and its comment says so.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from crosswalk.pattern_lists import resolve_lists
from crosswalk.resources import check_keys, read_json

FILE = "role_titles.json"
KEYS = {"_comment", "speaker_titles", "signature_titles", "author_roles"}  # "lists" is taken by resolve_lists


@lru_cache(maxsize=1)
def _titles() -> dict[str, Any]:
    data = resolve_lists(read_json(FILE), FILE)
    check_keys(FILE, data, KEYS)
    return data


def _alternation(key: str) -> str:
    titles = _titles()[key]
    if not isinstance(titles, list) or not titles or not all(isinstance(t, str) and t for t in titles):
        raise ValueError(f"{FILE}: {key} must be a non-empty list of expressions")
    return "(?:" + "|".join(titles) + ")"


def speaker_titles() -> str:
    """The titles that name a speaker, as one group (to be matched case-sensitively)."""
    return _alternation("speaker_titles")


def signature_titles() -> str:
    """The titles of a signature line, as one group (to be matched ignoring case)."""
    return _alternation("signature_titles")


def author_roles() -> tuple[tuple[str, str], ...]:
    """(lower-case words of an author's title, the role they name), in the order tried."""
    roles = _titles()["author_roles"]
    if not all(isinstance(r, list) and len(r) == 2 and all(isinstance(w, str) and w for w in r) for r in roles):
        raise ValueError(f"{FILE}: author_roles must be [words, role] pairs")
    return tuple((words, role) for words, role in roles)
