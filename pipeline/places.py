"""The body answering, read from the places a text names (`patterns/places.json`).

Minutes and pages often never name their own body ("the Force", "the Authority"), yet name
where they serve: a town, a district, a borough ("the new station in Kettering", "officers
in Rotherham"). The place lies in one police force area and one fire and rescue service
area, so it says whose body the text is, in the document's sector. It is the weakest
evidence of all, read only when the text names no body by any other cue, and a text naming
the places of two areas as often names neither (a regional story, a list).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crosswalk.bodies import Body, fire_of_area, force_of_area, named_most
from crosswalk.resources import check_keys, read_json

FILE = "places.json"
KEYS = {"_comment", "areas"}
APOSTROPHES = "['’]"  # "King's Lynn" is as often typeset "King’s Lynn"


@dataclass(frozen=True)
class _Places:
    pattern: re.Pattern[str]  # every place, the longest first, as a whole name
    police: dict[str, Body]  # place -> the force of its police area
    fire: dict[str, Body]  # place -> the fire and rescue service of its area


@lru_cache(maxsize=1)
def _places() -> _Places:
    """The gazetteer, each area checked against `patterns/`: an area naming no force or fire
    service fails on load, naming the file, rather than leaving its places never read."""
    data = read_json(FILE)
    check_keys(FILE, data, KEYS)
    police: dict[str, Body] = {}
    fire: dict[str, Body] = {}
    for police_area, fire_areas in data["areas"].items():
        force = force_of_area(police_area)
        if force is None:
            raise ValueError(f"{FILE}: {police_area!r} is no police force area of patterns/")
        for fire_area, places in fire_areas.items():
            service = fire_of_area(fire_area)
            if service is None:
                raise ValueError(f"{FILE}: {fire_area!r} is no fire and rescue service area of patterns/")
            for place in places:
                police[place] = force
                fire[place] = service
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+").replace("'", APOSTROPHES)
                           for p in sorted(police, key=len, reverse=True))
    return _Places(re.compile(rf"(?<![\w-])(?<!New\s)(?:{alternation})(?![\w-])"), police, fire)


def place_body(text: str, sector: str | None = None) -> Body | None:
    """The force (in a fire document, the fire and rescue service) whose area the text's
    places lie in: the one they name most often, when no other area's places tie with it."""
    places = _places()
    table = places.fire if sector == "fire" else places.police
    counts: dict[Body, int] = {}
    for match in places.pattern.finditer(text):
        body = table[" ".join(match.group().replace("’", "'").split())]
        counts[body] = counts.get(body, 0) + 1
    return named_most(counts)
