"""The words and numbers of an item's label ("Recommendation 3", "AFI 7", "Area for
improvement 2", "Cause of concern"): the one definition that ingest (a label line keeps
its answer apart), extraction (a labelled item is typed and numbered) and the aligner (a
response cites the item it answers) each build their own label pattern from.

It lives at the package root, as `dates` and `bodies` do, because ingest may not import
extraction and extraction may not import the aligner. Each reader keeps its own shape
around these words (a line start, a list of numbers, plurals), since each reads a
different place; the words themselves, their short forms and the number form are here.
"""

from __future__ import annotations

import re

# The short form an item's number carries ("R4", "AFI2", "CoC1", "IP3").
TYPE_PREFIX = {
    "recommendation": "R",
    "area_for_improvement": "AFI",
    "cause_of_concern": "CoC",
    "innovative_practice": "IP",
}
# The names a label spells out: reports write "area for improvement" and "cause of
# concern", responses also "area of improvement" and "cause for concern".
TYPE_NAMES = {
    "recommendation": ("recommendation",),
    "area_for_improvement": ("area for improvement", "area of improvement"),
    "cause_of_concern": ("cause of concern", "cause for concern"),
    "innovative_practice": ("innovative practice",),
}
# An item's number in its label: inspections number items from 1 and never reach 100.
LABEL_NUMBER = r"\d{1,2}"
# A list's plain label, with no item word ("1.", "2)", "1.2", "(a)", "iv)"): the reader keeps
# it as text, so the item readers (a labelled list line) and the grading readers (a list
# line's first words) both look past it.
LIST_LABEL = r"(?:\d{1,2}(?:\.\d{1,2})*[.)]?|\(?[a-z]\)|\(?[ivx]{1,4}\))"


def prefix_pattern(*types: str) -> str:
    """The short forms of these types, as regex alternatives ("R|AFI")."""
    return "|".join(re.escape(TYPE_PREFIX[type_]) for type_ in types)


def names_pattern(*types: str, plural: bool = False) -> str:
    """Every spelled-out name of these types, as regex alternatives; with `plural`, the
    head word may take an "s" ("areas for improvement")."""
    names = [name for type_ in types for name in TYPE_NAMES[type_]]
    return "|".join(_plural(name) if plural else name for name in names)


def _plural(name: str) -> str:
    head, _, rest = name.partition(" ")
    return f"{head}s? {rest}" if rest else f"{head}s?"


def label_types() -> dict[str, str]:
    """The type each short form and name stands for, keyed in lower case ("afi",
    "cause for concern"): what a label a pattern built here matched is an item of."""
    found = {prefix.lower(): type_ for type_, prefix in TYPE_PREFIX.items()}
    found.update((name, type_) for type_, names in TYPE_NAMES.items() for name in names)
    return found


# The names are plain words, so they go into patterns as they are.
assert all(re.fullmatch(r"[a-z]+(?: [a-z]+)*", name) for names in TYPE_NAMES.values() for name in names)
