"""The cues of an inspection key, read from `patterns/inspection_keys.json`, and an item's
sector voice.

`linking` reads a document's key with these cues (its sector, topic and programme);
`to_sector` is read beside it by the register and by scope: an item whose own opening
words make it to every force or service of a sector ("By <date>, chief fire officers
should ...": `sector_voice`) is one item for every body of the sector, whatever subject
extraction read for it; `document_sector` says whether a document is about police or
fire, for its links, its responding body (ingest) and the body a bare area name means in
it (extraction). All load the file here, so each cue has one reader and no module of
ingest, extraction, the register or scope needs the linking of responses.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from itertools import chain
from typing import Any

from crosswalk.resources import COMMENT_KEY, check_keys, read_json

OPEN_ITEMS_PROGRAMME = "engage"  # the programme of a body's open causes of concern (patterns/inspection_keys.json)
CYCLE_PROGRAMME = "peel"  # a programme whose documents are titled by the year its cycle begins (patterns/inspection_keys.json)


@dataclass(frozen=True)
class KeyLimits:
    """The numbers by which keys are read and joined, of `limits` in
    `patterns/inspection_keys.json` (what each counts is said there): kept beside the cues
    they bound, so that a window is tuned where it is described."""

    opening_chars: int
    sector_dominance: int
    heading_lines: int
    window_years: int
    thematic_window_years: int


@dataclass(frozen=True)
class KeyCues:
    thematics: dict[str, tuple[re.Pattern[str], ...]]
    programmes: dict[str, tuple[re.Pattern[str], ...]]
    open_items_grades: tuple[re.Pattern[str], ...]  # a grade reported of the body that opens its causes of concern
    later_round: tuple[re.Pattern[str], ...]  # a response's years are an earlier round's ("since their last inspection in 2019")
    recalled_round: tuple[re.Pattern[str], ...]  # an earlier round the inspectorate's document recalls ("since our inspection in 2018"): no time of its own
    round_heading: tuple[re.Pattern[str], ...]  # the inspectorate's page headed by its round ("Exshire 2021/22"): the heading's years are its time
    named_plan: tuple[re.Pattern[str], ...]  # a year naming a plan or programme ("the Exshire Control 2031 Programme"): no time of the text's own
    compared: tuple[re.Pattern[str], ...]  # a year the text compares with ("than it had in 2010"): no time of the text's own
    next_round: tuple[re.Pattern[str], ...]  # a year named as the next inspection's ("the next inspection ... in 2023"): no time of the text's own
    programme_topic: str  # what every programme reads as: a body's own inspection and its follow-ups are one
    sector_programmes: dict[str, tuple[re.Pattern[str], ...]]  # per sector: its programme when nothing is named
    own_inspection: tuple[re.Pattern[str], ...]  # a body's own latest inspection: its programme, in the title first
    sectors: dict[str, tuple[re.Pattern[str], ...]]
    sector_neutral: tuple[re.Pattern[str], ...]  # names holding both sectors' words that say neither
    sector_voice: dict[str, tuple[re.Pattern[str], ...]]  # per sector: a recommendation made to all its bodies
    sector_names: dict[str, tuple[re.Pattern[str], ...]]  # per sector: words that put a body's name in it
    broad_thematics: frozenset[str]  # a report's format ("spotlight") or a subject spanning narrower ones (VAWG): yields to a thematic named beside it
    graded_thematics: frozenset[str]  # thematics that grade a body: a graded text naming another names its round's findings
    deadlines: tuple[re.Pattern[str], ...]  # a year items are due by ("by April 2021"): no time a statement of them is of
    limits: KeyLimits
    report_subject: tuple[re.Pattern[str], ...]  # "the inspection of" up to a thematic: the report's subject, no finding


def _compiled(entries: Mapping[str, Any], where: str) -> dict[str, tuple[re.Pattern[str], ...]]:
    """Each entry's expressions, checked against its examples."""
    found: dict[str, tuple[re.Pattern[str], ...]] = {}
    for name, entry in entries.items():
        if set(entry) != {"patterns", "examples"}:
            raise ValueError(f"inspection_keys.json {where}.{name}: keys must be patterns and examples")
        patterns = tuple(re.compile(p, re.I) for p in entry["patterns"])
        for example in entry["examples"]:
            if not any(p.search(example) for p in patterns):
                raise ValueError(f"inspection_keys.json {where}.{name}: example not matched: {example!r}")
        found[name] = patterns
    return found


@lru_cache(maxsize=1)
def key_cues() -> KeyCues:
    data = read_json("inspection_keys.json")
    cues = KeyCues(_compiled(data["thematics"], "thematics"), _compiled(data["programmes"], "programmes"),
                   tuple(chain.from_iterable(_compiled(data["open_items_grades"], "open_items_grades").values())),
                   tuple(chain.from_iterable(_compiled(data["later_round"], "later_round").values())),
                   tuple(chain.from_iterable(_compiled(data["recalled_round"], "recalled_round").values())),
                   tuple(chain.from_iterable(_compiled(data["round_heading"], "round_heading").values())),
                   tuple(chain.from_iterable(_compiled(data["named_plan"], "named_plan").values())),
                   tuple(chain.from_iterable(_compiled(data["compared"], "compared").values())),
                   tuple(chain.from_iterable(_compiled(data["next_round"], "next_round").values())),
                   data["programme_topic"], _compiled(data["sector_programmes"], "sector_programmes"),
                   tuple(chain.from_iterable(_compiled(data["own_inspection"], "own_inspection").values())),
                   _compiled(data["sector"], "sector"),
                   tuple(chain.from_iterable(_compiled(data["sector_neutral"], "sector_neutral").values())),
                   _compiled(data["sector_voice"], "sector_voice"), _compiled(data["sector_names"], "sector_names"),
                   frozenset(data["broad_thematics"]["names"]),
                   frozenset(data["graded_thematics"]["names"]),
                   tuple(chain.from_iterable(_compiled(data["deadline"], "deadline").values())),
                   _limits(data["limits"]),
                   tuple(chain.from_iterable(_compiled(data["report_subject"], "report_subject").values())))
    if cues.programme_topic in cues.thematics or set(cues.sectors) != {"police", "fire"} \
            or not set(cues.sector_programmes) <= set(cues.sectors) \
            or set(cues.sector_voice) != set(cues.sectors) or set(cues.sector_names) != set(cues.sectors):
        raise ValueError("inspection_keys.json: programme_topic must be no thematic; sectors are police and fire;"
                         " sector_programmes, sector_voice and sector_names are given by sector")
    if not cues.broad_thematics | cues.graded_thematics <= cues.thematics.keys():
        raise ValueError("inspection_keys.json: broad_thematics and graded_thematics must name thematics")
    if not {OPEN_ITEMS_PROGRAMME, CYCLE_PROGRAMME} <= cues.programmes.keys():
        raise ValueError(f"inspection_keys.json: programmes must hold {OPEN_ITEMS_PROGRAMME!r} and {CYCLE_PROGRAMME!r}")
    return cues


def _limits(entry: Mapping[str, Any]) -> KeyLimits:
    """`limits` of the file, refused unless it holds exactly `KeyLimits`'s numbers."""
    names = [f.name for f in fields(KeyLimits)]
    check_keys("inspection_keys.json limits", entry, {*names, COMMENT_KEY})
    return KeyLimits(**{name: int(entry[name]) for name in names})


def to_sector(text: str, sector: str | None = None) -> bool:
    """Whether an item's own opening words make it to every force or service of a sector
    ("By <date>, chief fire officers should ...": `sector_voice`), whatever subject
    extraction read for it (a service's page restating it is no addressee); with `sector`,
    to every body of that sector."""
    voices = key_cues().sector_voice
    chosen = voices.values() if sector is None else [voices.get(sector, ())]
    return any(p.search(text) for patterns in chosen for p in patterns)


def names_sector(name: str, sector: str) -> bool:
    """Whether a body's name carries its sector's words ("Kent Police", "DSFRS"), unlike an
    area's bare name ("Kent"), which each sector reads as its own body (`sector_names`)."""
    return any(p.search(name) for p in key_cues().sector_names[sector])


@lru_cache(maxsize=16)
def sector_of(text: str) -> str | None:
    """Police or fire, by which sector's cue words outnumber the other's. The inspectorate's
    own name holds both sectors' words and counts for neither (`sector_neutral`), or a fire
    authority's minutes that name it twice read as no sector. Kept for the last few texts:
    a document's key, its pool and its series mark each read its sector (`link_keys`)."""
    cues = key_cues()
    for pattern in cues.sector_neutral:
        text = pattern.sub(" ", text)
    counts = {name: sum(len(p.findall(text)) for p in patterns) for name, patterns in cues.sectors.items()}
    dominance = cues.limits.sector_dominance
    if counts["fire"] > dominance * counts["police"]:
        return "fire"
    if counts["police"] > dominance * counts["fire"]:
        return "police"
    return None


def document_sector(title: str | None, text: str) -> str | None:
    """A document's sector: `sector_of` its title and opening. The one place that says
    whether a document is about police or fire (its links, its responding body, the body
    a bare area name means in it)."""
    return sector_of(f"{title or ''}\n{text[:key_cues().limits.opening_chars]}")
