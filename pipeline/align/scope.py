"""Whether a register item asks anything of a given response's body.

A PCC for Dorset must answer items addressed to Dorset Police (or to its own
office, or to its fire and rescue service; a fire area such as Avon answers for its
service), region-wide items (the region's ROCU and its constituent forces), items for
the ROCU of its region, and items for all forces; an item for several bodies
("Norfolk Constabulary and Suffolk Constabulary") is in scope for each. Items for
another force are not its to answer; innovative practice asks for nothing; historic
items are not this inspection's, unless the response states the item itself and answers it
with a step or a refusal (a monitoring record's comment on its own entry, minutes reporting
the work done on a cause raised years before): an update answering an earlier item makes it
current, whatever tense the item is retold in. When the responding body was not recognised, the
response answers for the items it states itself (it chose to restate them) and for
items addressed to no one or to all forces. A national body answers for its sector:
every item addressed to no particular force, service or PCC. An item whose opening words
address only national bodies ("Home Office to ...", "the NPCC lead should ...") asks
nothing of a force, PCC or service, whatever subject extraction gave it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswalk.align.inspection_keys import to_sector
from crosswalk.align.register import RegisterItem
from crosswalk.bodies import Body, find_bodies, fire_of_area, force_of_area, gazetteer, lookup, pcc_of, region_wide, rocu_of

IN_SCOPE = "in_scope"
ALL_FORCES = "all forces"


def scope_of(item: RegisterItem, responding_body: str | None, stated_here: bool = False,
             parent: RegisterItem | None = None, answered: bool = False) -> str:
    """The scope of `item` for a response from `responding_body`: `IN_SCOPE` or why not.
    `stated_here`: the response states the item itself; `answered`: it answers it with a
    step or a refusal (not a mention alone)."""
    if item.historic and not (stated_here and answered):
        return "historic"
    if item.type == "innovative_practice":
        return "innovative_practice"
    if item.subject is None or item.subject == ALL_FORCES:
        actors = _national_actors(item.text)
        if actors and responding_body and not {lookup(responding_body), *_own_bodies(responding_body)} & actors:
            return "other_body"  # "Home Office to ...", "the NPCC lead should ...": not a force's to answer
        return IN_SCOPE
    if to_sector(item.text) or parent is not None and to_sector(parent.text):
        # "chief fire officers should ...": made to every service, whatever subject was read, and so
        # is each part of it ("... notify HMICFRS of allegations that: are of a serious nature; ...")
        return IN_SCOPE
    own = own_subjects(responding_body)
    if not own:
        return IN_SCOPE if stated_here else "other_body"
    if item.subject in own or _named_bodies(item.subject) & own:
        return IN_SCOPE
    if _speaks_for_sector(responding_body) and not _names_local_body(item.subject):
        return IN_SCOPE  # a national body answers what the sector is asked ("police service", "all services")
    return "other_body"


# what an item asks of opens its text: "Within six months, the NPCC lead and the CPS lead
# should ...", "Home Office to ..."
ACTOR_RE = re.compile(r"\s*(?:(?:within|by)\s+(?:[^,]{1,30},|[\w ]{1,20}?\b(?:days?|weeks?|months?|years?|20\d\d))\s*)?(?P<actor>.{2,120}?)\s+(?:should|must|needs? to|to)\b",
                      re.I)
# what may stand beside the bodies in that opening: articles, "and", a body's "lead", an
# abbreviation in brackets or standing for a body the gazetteer lacks ("the CPS lead")
ACTOR_FILLER_RE = re.compile(r"(?:\s|[,()&]|\b(?:the|and|lead|leads)\b|\b[A-Z]{2,6}\b)*")


@lru_cache(maxsize=4096)
def _national_actors(text: str) -> frozenset[Body]:
    """The national bodies an item is addressed to by its own opening words, when its
    opening names nothing else: such an item asks nothing of a force or a PCC."""
    match = ACTOR_RE.match(text)
    if match is None:
        return frozenset()
    actor = match.group("actor")
    bodies = find_bodies(actor)
    if not bodies or any(body.kind != "national" for _, _, body in bodies):
        return frozenset()
    rest, last = [], 0
    for start, end, _ in bodies:
        rest.append(actor[last:start])
        last = end
    rest.append(actor[last:])
    return frozenset(b for _, _, b in bodies) if ACTOR_FILLER_RE.fullmatch(" ".join(rest)) else frozenset()


def _own_bodies(responding_body: str) -> set[Body]:
    return {body for _, _, body in find_bodies(responding_body)}


@lru_cache(maxsize=None)
def _speaks_for_sector(responding_body: str | None) -> bool:
    """Whether the response comes from a national body (NPCC, APCC, NFCC, LGA, ...)."""
    body = lookup(responding_body) if responding_body else None
    return body is not None and body.kind == "national"


@lru_cache(maxsize=4096)
def _names_local_body(subject: str) -> bool:
    return any(body.kind in ("force", "pcc", "fire", "rocu") for _, _, body in find_bodies(subject))


@lru_cache(maxsize=4096)
def _named_bodies(subject: str) -> frozenset[str]:
    return frozenset(body.canonical for _, _, body in find_bodies(subject))


@lru_cache(maxsize=None)
def own_subjects(responding_body: str | None) -> frozenset[str]:
    """Canonical subjects a response from this area must answer for."""
    if not responding_body:
        return frozenset()
    force = force_of_area(responding_body) or lookup(responding_body) or fire_of_area(responding_body)
    if force is None:
        named = [body for _, _, body in find_bodies(responding_body)]
        force = named[0] if named else None
    if force is None:
        return frozenset()
    subjects = {force.canonical}
    if service := fire_of_area(responding_body):  # "Hampshire and Isle of Wight": its service, whatever force shares the name
        subjects.add(service.canonical)
    if force.area:
        subjects.add(pcc_of(force).canonical)
        subjects.update(b.canonical for b in gazetteer().values() if b.kind == "fire" and b.area == force.area)
    wide, rocu = region_wide(force.region), rocu_of(force.region)
    subjects.update(s for s in (wide, rocu) if s)
    return frozenset(subjects)
