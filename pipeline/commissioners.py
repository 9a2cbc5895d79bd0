"""The commissioner a text names by person: "PCC A. Person said", "A. Person, Police and
Crime Commissioner".

A commissioner's own page, column, minutes or statement names its author by name and role
and often never by area: the office's site says where it is, the page does not. The
responding body is then the office of that person, which only a gazetteer of people
(`patterns/commissioners.json`, read as `crosswalk.office_holders` reads such files) can
tell.
"""

from __future__ import annotations

from functools import lru_cache

from crosswalk.bodies import Body, force_of_area, pcc_of
from crosswalk.office_holders import OfficeHolders, held_by_area, holder_named, office_holders
from crosswalk.resources import check_keys, read_json

FILE = "commissioners.json"
KEYS = {"_comment", "title", "reach", "names"}


@lru_cache(maxsize=1)
def commissioners() -> OfficeHolders:
    """The gazetteer of commissioners, built once: a name whose area is no force of
    `patterns/bodies.csv` fails on load, not as a commissioner never found."""
    data = read_json(FILE)
    check_keys(FILE, data, KEYS)
    return office_holders(data["title"], int(data["reach"]), held_by_area(FILE, data["names"], _office_of_area, "force"))


def _office_of_area(area: str) -> Body | None:
    """The commissioner's office of a force's area; None where the area is no force's."""
    force = force_of_area(area)
    return None if force is None else pcc_of(force)


def commissioner_named(text: str) -> Body | None:
    """The office of the first commissioner the text names beside a commissioner's title."""
    return holder_named(text, commissioners())
