"""The commissioner a text names by person: "PCC A. Person said", "A. Person, Police and
Crime Commissioner".

A commissioner's own page, column, minutes or statement names its author by name and role
and often never by area: the office's site says where it is, the page does not. The
responding body is then the office of that person, which only a gazetteer of people
(`patterns/commissioners.json`) can tell. A name counts only beside a commissioner's
title, so a namesake named in passing ("Matthew Scott, a local resident") is no
commissioner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crosswalk.bodies import Body, force_of_area, pcc_of
from crosswalk.resources import check_keys, read_json

FILE = "commissioners.json"
KEYS = {"_comment", "title", "reach", "names"}


@dataclass(frozen=True)
class Commissioners:
    title: re.Pattern[str]  # a commissioner's role, any case
    reach: int  # characters either side of a name where the role must stand
    names: re.Pattern[str]  # every commissioner's name, the longest first
    offices: dict[str, Body]  # name -> the commissioner's office (a `pcc` body of the force's area)


@lru_cache(maxsize=1)
def commissioners() -> Commissioners:
    """The gazetteer of commissioners, built once: a name whose area is no force of
    `patterns/bodies.csv` fails on load, not as a commissioner never found."""
    data = read_json(FILE)
    check_keys(FILE, data, KEYS)
    offices: dict[str, Body] = {}
    for area, names in data["names"].items():
        force = force_of_area(area)
        if force is None:
            raise ValueError(f"{FILE}: {area!r} is no force area of patterns/bodies.csv")
        for name in names:
            offices[name] = pcc_of(force)
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(offices, key=len, reverse=True))
    return Commissioners(re.compile(data["title"], re.I), int(data["reach"]),
                         re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), offices)


def commissioner_named(text: str) -> Body | None:
    """The office of the first commissioner the text names beside a commissioner's title."""
    table = commissioners()
    for match in table.names.finditer(text):
        before = text[max(0, match.start() - table.reach) : match.start()]
        after = text[match.end() : match.end() + table.reach]
        if table.title.search(before) or table.title.search(after):
            return table.offices[" ".join(match.group().split())]
    return None
