"""The chief officer a text names by person: "Chief Fire Officer A. Person said",
"A. Person, Chief Constable".

A force's or fire authority's own page, minutes or statement may name the chief who
presents it by name and role and never name the area (a service's news page on its
checkpoint letter, a fire authority's minute on the chief fire officer's report). The body
answering is then the one that person leads, which only a gazetteer of people
(`patterns/chief_officers.json`) can tell.
"""

from __future__ import annotations

from functools import lru_cache

from crosswalk.bodies import Body, fire_of_area, force_of_area
from crosswalk.office_holders import OfficeHolders, held_by_area, holder_named, office_holders
from crosswalk.resources import check_keys, read_json

FILE = "chief_officers.json"
KEYS = {"_comment", "title", "reach", "national_reach", "national_role", "police", "fire"}


@lru_cache(maxsize=1)
def chief_officers() -> OfficeHolders:
    """The gazetteer of chief constables and chief fire officers, built once: an area that
    is no force (no fire and rescue service) of `patterns/` fails on load."""
    data = read_json(FILE)
    check_keys(FILE, data, KEYS)
    held = [*held_by_area(FILE, data["police"], force_of_area, "police"),
            *held_by_area(FILE, data["fire"], fire_of_area, "fire")]
    return office_holders(data["title"], int(data["reach"]), held, data["national_role"],
                          int(data["national_reach"]))


def chief_named(text: str) -> Body | None:
    """The body of the first chief officer the text names beside a chief's title."""
    return holder_named(text, chief_officers())
