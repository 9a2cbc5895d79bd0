"""Whether a register item asks anything of a given response's body.

A PCC for Dorset must answer items addressed to Dorset Police (or to its own
office), region-wide items (the region's ROCU and its constituent forces), items for
the ROCU of its region, and items for all forces. Items for another force are not its
to answer; innovative practice asks for nothing; historic items are not this
inspection's.
"""

from __future__ import annotations

from functools import lru_cache

from crosswalk.align.register import RegisterItem
from crosswalk.bodies import force_of_area, gazetteer, lookup, region_wide, rocu_of

IN_SCOPE = "in_scope"
ALL_FORCES = "all forces"


def scope_of(item: RegisterItem, responding_body: str | None) -> str:
    if item.historic:
        return "historic"
    if item.type == "innovative_practice":
        return "innovative_practice"
    if item.subject is None or item.subject == ALL_FORCES:
        return IN_SCOPE
    return IN_SCOPE if item.subject in own_subjects(responding_body) else "other_body"


@lru_cache(maxsize=None)
def own_subjects(responding_body: str | None) -> frozenset[str]:
    """Canonical subjects a response from this area must answer for."""
    if not responding_body:
        return frozenset()
    force = force_of_area(responding_body) or lookup(responding_body)
    if force is None:
        return frozenset()
    subjects = {force.canonical, f"{force.area} PCC"}
    subjects.update(b.canonical for b in gazetteer().values() if b.kind == "fire" and b.area == force.area)
    wide, rocu = region_wide(force.region), rocu_of(force.region)
    subjects.update(s for s in (wide, rocu) if s)
    return frozenset(subjects)
