"""People named beside their office's title, read from a gazetteer of office holders.

A body's own page, minutes or statement often names who speaks for it by name and role
only ("PCC A. Person said", "A. Person, Chief Fire Officer") and never its area: the
body's site says where it is, the page does not. Only a gazetteer of people can then tell
the body, and a name counts only beside the office's title, so a namesake named in passing
("Matthew Scott, a local resident") holds no office. The commissioners
(`crosswalk.commissioners`) and the chief officers (`crosswalk.chief_officers`) are read
the same way, each from its own file of `patterns/`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from crosswalk.bodies import Body


@dataclass(frozen=True)
class OfficeHolders:
    """One gazetteer of office holders, compiled once: the commissioners and the chief officers
    differ only in their titles, their lists and whether a holder may speak for another body."""

    title: re.Pattern[str]  # the office's title, any case
    reach: int  # characters either side of a name where the title must stand
    names: re.Pattern[str]  # every holder's name, the longest first
    offices: dict[str, Body | None]  # name -> the body they lead; None when they led several
    elsewhere: re.Pattern[str] | None = None  # words that make them speak for another body ...
    elsewhere_reach: int = 0  # ... within this many characters either side of the name


def held_by_area(file: str, names: dict[str, list[str]], body_of: Callable[[str], Body | None],
                 sector: str) -> list[tuple[str, Body]]:
    """The (name, body) pairs of a gazetteer that lists its holders by area: an area that
    `body_of` reads as no body of `patterns/` fails on load, naming the file, rather than
    leaving its holders never found."""
    held: list[tuple[str, Body]] = []
    for area, listed in names.items():
        body = body_of(area)
        if body is None:
            raise ValueError(f"{file}: {area!r} is no {sector} area of patterns/")
        held.extend((name, body) for name in listed)
    return held


def office_holders(title: str, reach: int, held: list[tuple[str, Body]],
                   elsewhere: str | None = None, elsewhere_reach: int = 0) -> OfficeHolders:
    """The table of (name, body) pairs: a name held under two bodies (a chief who moved
    from one force to another) names neither, since the name alone does not say which.
    `elsewhere`: words that, within `elsewhere_reach` of the name, make the holder speak for
    some other body (a chief constable as the chiefs' council's lead for a subject)."""
    offices: dict[str, Body | None] = {}
    for name, body in held:
        offices[name] = body if offices.get(name, body) == body else None
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(offices, key=len, reverse=True))
    return OfficeHolders(re.compile(title, re.I), reach,
                         re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), offices,
                         re.compile(elsewhere, re.I) if elsewhere else None, elsewhere_reach)


def holder_named(text: str, table: OfficeHolders) -> Body | None:
    """The body of the first office holder the text names beside the office's title, and not
    as speaking for another body."""
    for match in table.names.finditer(text):
        before = text[max(0, match.start() - table.reach) : match.start()]
        after = text[match.end() : match.end() + table.reach]
        if table.elsewhere is not None and table.elsewhere.search(
                text, max(0, match.start() - table.elsewhere_reach), match.end() + table.elsewhere_reach):
            continue
        if table.title.search(before) or table.title.search(after):
            if (body := table.offices[" ".join(match.group().split())]) is not None:
                return body
    return None
