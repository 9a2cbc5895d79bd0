"""Real documents with the body they are about renamed to another body of the same kind.

Unseen documents are about forces, services and commissioners in proportions the corpus
does not have; a rule or gazetteer entry that knows one spelling fails on them silently. Each
test here takes a readable corpus document, renames its body consistently (as its own writer
would have written the other body's name) and asks for what the untouched document gives.
"""

from __future__ import annotations

import re

import pytest

from crosswalk.bodies import lookup
from tests.conftest import REAL, extract_text


def renamed(stem: str, names: dict[str, str]) -> str:
    """A readable corpus document's text with each name (longest first, whole words)
    replaced, as a writer naming the other body would have written it."""
    text = (REAL / "docs" / f"{stem}.txt").read_text(encoding="utf-8")
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w-])")
    return pattern.sub(lambda m: names[m.group()], text)


@pytest.mark.parametrize(("stem", "names"), [
    # "HMIC have now graded Devon & Cornwall Police as GOOD across all three strands (...)":
    # the ampersand is a joiner inside the name, as "and" is
    ("gM_resp_westyorks_pcc_peel2016", {"West Yorkshire": "Devon & Cornwall"}),
    ("gS_resp_westmidlands_pcc_effectiveness2017", {"West Midlands Police": "Hampshire & Isle of Wight Constabulary"}),
])
def test_a_grade_given_to_a_name_written_with_an_ampersand_is_read(stem: str, names: dict[str, str]) -> None:
    plain = {(g.grade, g.area) for g in extract_text(renamed(stem, {k: v.replace("&", "and") for k, v in names.items()}), stem).gradings}
    written = {(g.grade, g.area) for g in extract_text(renamed(stem, names), stem).gradings}
    assert len(plain) >= 3
    assert written == plain


@pytest.mark.parametrize(("name", "canonical"), [
    ("WYP", "West Yorkshire Police"),
    ("NYP", "North Yorkshire Police"),
    ("SYP", "South Yorkshire Police"),
    ("Northamptonshire OPFCC", "Northamptonshire PCC"),
    ("IOSFRS", "Isles of Scilly Fire and Rescue Service"),
    ("D&SFRS", "Devon and Somerset Fire and Rescue Service"),
])
def test_the_short_forms_writers_use_are_names(name: str, canonical: str) -> None:
    body = lookup(name)
    assert body is not None and body.canonical == canonical
