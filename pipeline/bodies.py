"""The gazetteer of policing bodies: forces, ROCUs, national bodies, PCCs, fire services.

Items, gradings and commitments are only useful when their subject is a canonical body:
"WMP", "West Midlands Police" and "the force" (in a West Midlands letter) are one
subject. The lists are data (`patterns/bodies.csv`, `patterns/fire_services.csv`); PCC
offices are derived from the force areas so that 43 of them need no hand-typed rows.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.resources import pattern_file

BODY_FIELDS = ("canonical", "kind", "area", "region", "aliases")
FIRE_FIELDS = ("canonical", "area", "aliases")
PCC_FORMS = (
    "{area} Police and Crime Commissioner",
    "Police and Crime Commissioner for {area}",
    "{area} Police, Fire and Crime Commissioner",
    "Police, Fire and Crime Commissioner for {area}",
    "{area} PCC",
    "{area} PFCC",
    "{area} OPCC",
    "Office of the Police and Crime Commissioner for {area}",
)


@dataclass(frozen=True)
class Body:
    canonical: str
    kind: str  # force | rocu | national | pcc | fire
    area: str | None
    region: str | None


def _read(name: str, fields: tuple[str, ...]) -> list[dict[str, str]]:
    with pattern_file(name).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != fields:
            raise ValueError(f"{name}: columns must be {fields}, found {reader.fieldnames}")
        return list(reader)


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Body]:
    """Every surface form (alias) mapped to its body."""
    table: dict[str, Body] = {}
    for row in _read("bodies.csv", BODY_FIELDS):
        body = Body(row["canonical"], row["kind"], row["area"] or None, row["region"] or None)
        for alias in [row["canonical"], *filter(None, row["aliases"].split("|"))]:
            table.setdefault(alias, body)
        if body.kind == "force" and body.area:
            pcc = Body(f"{body.area} PCC", "pcc", body.area, body.region)
            for form in PCC_FORMS:
                table.setdefault(form.format(area=body.area), pcc)
    for row in _read("fire_services.csv", FIRE_FIELDS):
        body = Body(row["canonical"], "fire", row["area"] or None, None)
        for alias in [row["canonical"], *filter(None, row["aliases"].split("|"))]:
            table.setdefault(alias, body)
    return table


@lru_cache(maxsize=1)
def _matchers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Abbreviations (all capitals) match case-sensitively; names match in any case."""
    names = sorted(gazetteer(), key=len, reverse=True)
    upper = [n for n in names if n.isupper()]
    other = [n for n in names if not n.isupper()]

    def alternation(items: list[str]) -> str:
        return r"(?<![\w-])(?:" + "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in items) + r")(?![\w-])"

    return re.compile(alternation(upper)), re.compile(alternation(other), re.I)


@lru_cache(maxsize=1)
def _folded() -> dict[str, Body]:
    return {" ".join(alias.lower().split()): body for alias, body in gazetteer().items()}


def lookup(name: str) -> Body | None:
    """The body a surface form names, ignoring case and spacing."""
    folded = " ".join(name.lower().replace("'", "’").split())
    return _folded().get(folded) or _folded().get(" ".join(name.lower().split()))


def find_bodies(text: str) -> list[tuple[int, int, Body]]:
    """Every mention of a body in `text`, longest first, without overlaps."""
    found: list[tuple[int, int, Body]] = []
    for pattern in _matchers():
        for match in pattern.finditer(text):
            body = lookup(match.group())
            if body is None:
                continue
            if any(s < match.end() and match.start() < e for s, e, _ in found):
                continue
            found.append((match.start(), match.end(), body))
    return sorted(found, key=lambda hit: hit[0])


@lru_cache(maxsize=1)
def _forces_by_area() -> dict[str, Body]:
    return {b.area.lower(): b for b in gazetteer().values() if b.kind == "force" and b.area}


def force_of_area(area: str) -> Body | None:
    """The police force of an area name ("West Mercia" -> West Mercia Police)."""
    return _forces_by_area().get(" ".join(area.lower().split()))
