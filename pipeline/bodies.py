"""The gazetteer of policing bodies: forces, ROCUs, national bodies, PCCs, fire services.

Items, gradings and commitments are only useful when their subject is a canonical body:
"GMP", "Greater Manchester Police" and "the force" (in a Manchester letter) are one
subject. The lists are data (`patterns/bodies.csv`, `patterns/fire_services.csv`: aliases
matched in any case, and those that are names only capitalised, `cased_aliases`); PCC
offices are derived from the force areas so that 43 of them need no hand-typed rows; the
few police authorities and boards that hold a force outside that system to account (the
Northern Ireland Policing Board, the British Transport Police Authority) are `pcc` rows
of their force's area. Governments of the Crown Dependencies, Gibraltar and Northern
Ireland are `government` rows: HMICFRS inspects their forces on commission and they answer.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from typing import TypeVar

from crosswalk.align.inspection_keys import names_sector
from crosswalk.resources import pattern_file

BODY_FIELDS = ("canonical", "kind", "area", "region", "aliases", "cased_aliases")
FIRE_FIELDS = ("canonical", "area", "aliases", "cased_aliases")
Named = TypeVar("Named")
PCC_FORMS = (
    "{area} Police and Crime Commissioner",
    "{area} Police, Fire and Crime Commissioner",
    "Police, Fire and Crime Commissioner for {area}",
    "{area} Police, Crime and Victims’ Commissioner",
    "Police, Crime and Victims’ Commissioner for {area}",
    "{area} PCC",
    "{area} PFCC",
    "{area} OPCC",
    "PCC for {area}",  # the initials take the long form's "for" too ("the OPCC for Cumbria")
    "PFCC for {area}",
    "OPCC for {area}",
    "{area} OPFCC",  # the office of a police, fire and crime commissioner
    "OPFCC for {area}",
    "Police and Crime Commissioner for {area}",
    "Office of the Police and Crime Commissioner for {area}",
    "{area}’s Police and Crime Commissioner",
    "{area}’s Police, Fire and Crime Commissioner",
    "{area}’s Police Commissioner",  # the possessive makes "Police Commissioner" the area's PCC, not a force's head
)
FIRE_AUTHORITY_FORMS = (
    "{area} Fire Authority",
    "{area} Fire and Rescue Authority",
    "{area} Combined Fire Authority",
)
FIRE_SERVICE_FORMS = (  # short forms of a service's own name that press and minutes use
    "{area} Fire and Rescue Service",
    "{area} Fire and Rescue",
    "{area} Fire Service",
)


@dataclass(frozen=True)
class Body:
    canonical: str
    kind: str  # force | rocu | national | government | pcc | fire | all
    area: str | None
    region: str | None


def named_most(counts: Mapping[Named, int], least: int = 1) -> Named | None:
    """The body (or area) a text names most often, when it is named at least `least` times
    and no other is named as often: a tie between two leaves the text's body undecided, as
    much as a text naming none."""
    ranked = sorted(counts.values(), reverse=True) + [0, 0]
    if ranked[0] >= least and ranked[0] > ranked[1]:
        return max(counts, key=lambda name: counts[name])
    return None


def pcc_of(force: Body) -> Body:
    """The commissioner of a force's area: PCC offices have no rows of their own, so this
    is the one place that names them."""
    return Body(f"{force.area} PCC", "pcc", force.area, force.region)


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
        for alias in [row["canonical"], *_listed(row, "aliases"), *_listed(row, "cased_aliases")]:
            table.setdefault(alias, body)
        if body.kind == "force" and body.area:
            pcc = pcc_of(body)
            for form in PCC_FORMS:  # "Police & Crime Commissioner" too
                for variant in _ampersand_variants(form.format(area=body.area)):
                    table.setdefault(variant, pcc)
    for row in _read("fire_services.csv", FIRE_FIELDS):
        body = Body(row["canonical"], "fire", row["area"] or None, None)
        names = [row["canonical"], *_listed(row, "aliases"), *_listed(row, "cased_aliases")]
        if body.area:  # the authority that governs the service answers for it
            names += [form.format(area=body.area) for form in FIRE_AUTHORITY_FORMS + FIRE_SERVICE_FORMS]
        for alias in names:
            for variant in _ampersand_variants(alias):
                table.setdefault(variant, body)
    for initials, body in _fire_initials().items():  # "DSFRS", "KFRS"
        table.setdefault(initials, body)
    return table


def _listed(row: dict[str, str], column: str) -> list[str]:
    return [alias for alias in row[column].split("|") if alias]


@lru_cache(maxsize=1)
def cased_aliases() -> frozenset[str]:
    """The aliases that are names only as written, capitalised ("the Met", "Met Police",
    "Zephyr", "Department of Justice"): in lower case they are words of the language or
    another country's office ("the minister met police chiefs", "the met office", Welsh
    "tarian", a shield; "the department of justice"). They match as written or in capitals
    (a headline's "MET POLICE"), as abbreviations do; every other alias in any case."""
    return frozenset(variant for name, fields in (("bodies.csv", BODY_FIELDS), ("fire_services.csv", FIRE_FIELDS))
                     for row in _read(name, fields) for alias in _listed(row, "cased_aliases")
                     for variant in _ampersand_variants(alias))


def _fire_initials() -> dict[str, Body]:
    """Each fire and rescue service's initials ("Devon and Somerset" -> "DSFRS"), where no
    other service shares them (Bedfordshire and Buckinghamshire would both be "BFRS")."""
    found: dict[str, list[Body]] = {}
    for row in _read("fire_services.csv", FIRE_FIELDS):
        if row["area"] and row["canonical"].endswith("Fire and Rescue Service"):
            letters = "".join(w[0] for w in row["area"].split() if w[0].isupper())
            found.setdefault(f"{letters}FRS", []).append(Body(row["canonical"], "fire", row["area"], None))
    return {initials: bodies[0] for initials, bodies in found.items() if len(bodies) == 1}


def _ampersand_variants(name: str) -> list[str]:
    """Every way of writing each "and" of a name as "&" ("Devon & Somerset Fire and
    Rescue Service"): fire services and their authorities write both, in any mix."""
    parts = re.split(r" (?:and|&) ", name)
    return [parts[0] + "".join(j + p for j, p in zip(joins, parts[1:]))
            for joins in product((" and ", " & "), repeat=len(parts) - 1)]


WORD_RE = re.compile(r"\w[\w’'&-]*")
WORD_JOINERS = "’'&-"  # continue a word, cannot start one
WORD_CHAR_RE = re.compile(r"\w")
# A name ends where no word character or joiner follows, or at its possessive ("the APCC’s
# chair"), which names the body as much as the bare name does ("Kent’ hosts" closes a
# quotation: the mark is also a closing quote, so a bare one is no possessive).
POSSESSIVE_OR_END = r"(?![\w&-])(?!['’](?!s\b))"
POSSESSIVE_RE = re.compile(r"(?P<name>.+)’s")


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]]:
    """Aliases indexed by their first word: (abbreviations and `cased_aliases`, whose
    capitals must be capitals; names in any case).

    One alternation of 600 aliases tried at every character is slow; trying only the
    aliases that begin with the word at hand is not.
    """
    groups: dict[str, tuple[list[str], list[str]]] = {}
    cased = cased_aliases()
    for alias in sorted(gazetteer(), key=len, reverse=True):
        first = WORD_RE.match(alias)
        if first is None:
            continue
        written, other = groups.setdefault(first.group().lower(), ([], []))
        (written if alias.isupper() or alias in cased else other).append(alias)

    def alternation(items: list[str], flags: int) -> re.Pattern[str] | None:
        if not items:
            return None
        return re.compile(r"(?:" + "|".join(map(_alias_pattern, items)) + r")(?![\w-])", flags)

    return {word: (alternation(written, 0), alternation(other, re.I)) for word, (written, other) in groups.items()}


def names_of_kind(kind: str) -> str:
    """Every name of the gazetteer's bodies of one kind as one regular-expression group,
    longest first, each a whole word: a pattern file's words for, say, the national bodies
    (patterns/responses.json's {{national_bodies}}: 'made to the Home Office', 'to the NPCC')
    are the gazetteer's, never a second list of the same names."""
    names = sorted((alias for alias, body in gazetteer().items() if body.kind == kind), key=len, reverse=True)
    if not names:
        raise ValueError(f"bodies.csv: no body of kind {kind!r}")
    return "(?:" + "|".join(map(_alias_pattern, names)) + r")(?![\w-])"


def _alias_pattern(alias: str) -> str:
    """An alias as a regular expression: any run of spaces where it has one, either
    apostrophe, and each small letter in either case, so that a case-sensitive match
    still takes a sentence's or a headline's capitals ("The Met", "MET POLICE") but not
    a small letter where the alias has a capital ("the met office")."""
    return "".join(r"\s+" if char == " " else "['’]" if char == "’"
                   else f"[{char}{char.upper()}]" if char.islower() and len(char.upper()) == 1 else re.escape(char)
                   for char in alias)


@lru_cache(maxsize=1)
def _first_word_re() -> re.Pattern[str]:
    """Whole lower-case words (as WORD_RE reads them) that begin some alias.

    Built as a trie and run on the lower-cased text, so the regular expression engine
    finds the few words worth looking up instead of a Python loop visiting every word."""
    trie: dict[str, dict] = {}
    for word in _by_first_word():
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return re.compile(r"(?<!\w)" + _trie_pattern(trie) + POSSESSIVE_OR_END)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _word_starts_here(text: str, position: int) -> bool:
    """Whether WORD_RE, reading left to right, starts a word at `position` rather than
    inside one ("o'Kent", "x-Kent"): no word character before the joiners preceding it."""
    before = position - 1
    while before >= 0 and text[before] in WORD_JOINERS:
        before -= 1
    return before < 0 or WORD_CHAR_RE.match(text, before) is None


@lru_cache(maxsize=1)
def _folded() -> dict[str, Body]:
    return {" ".join(alias.lower().split()): body for alias, body in gazetteer().items()}


def lookup(name: str) -> Body | None:
    """The body a surface form names, ignoring case and spacing."""
    folded = " ".join(name.lower().replace("'", "’").split())
    return _folded().get(folded) or _folded().get(" ".join(name.lower().split()))


PREVIOUS_WORD_RE = re.compile(r"(?P<word>[A-Z][\w’'&-]*)[ \t]+$")
NEAR = 40  # characters looked back over for the word before a possessive, and for its sentence's start
SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\n(“\"]|\.\W)\s*$")


def _names_another(text: str, start: int, name: str) -> bool:
    """Whether a capitalised word inside the sentence runs into the possessive of `name` at
    `start`, making another name of it: "East Sussex’s" is a county's, not Sussex Police's, where
    "Sussex’s" alone is the force area's. A capital that opens its sentence ("In Kent’s")
    is only a sentence's capital."""
    before = PREVIOUS_WORD_RE.search(text, max(0, start - NEAR), start)  # only the words just before: texts are long
    if before is None:
        return False
    return f"{before['word']} {name}".lower() in _areas() or SENTENCE_START_RE.search(text, max(0, before.start() - NEAR), before.start()) is None


@lru_cache(maxsize=1)
def _areas() -> frozenset[str]:
    """Every area the gazetteer knows, lower case ("east sussex", "west yorkshire")."""
    return frozenset(b.area.lower() for b in gazetteer().values() if b.area)


@lru_cache(maxsize=16)
def find_bodies(text: str) -> tuple[tuple[int, int, Body], ...]:
    """Every mention of a body in `text`, in order; the longest where mentions overlap.

    Kept for the last few texts: ingestion reads a response's whole text for the body
    it names most, and extraction marks every body in the same text moments later."""
    index = _by_first_word()
    found: list[tuple[int, int, Body]] = []
    lowered = text.lower().replace("'", "’")  # aliases spell possessives with ’ ("Kent’s Police and ...")
    if len(lowered) != len(text):  # a character whose lower case is longer: read word by word
        words = ((w.start(), w.group().lower().replace("'", "’")) for w in WORD_RE.finditer(text))
    else:
        words = ((w.start(), w.group()) for w in _first_word_re().finditer(lowered)
                 if _word_starts_here(text, w.start()))
    reached = 0
    for start, word in words:
        if start < reached or (start > 0 and text[start - 1] == "-"):
            continue
        possessive = POSSESSIVE_RE.fullmatch(word)
        groups = [index.get(word)]
        if possessive is not None and not _names_another(text, start, possessive["name"]):
            groups.append(index.get(possessive["name"]))  # "APCC’s", and "Sussex’s" past its PCC forms
        matches: list[re.Match[str]] = []
        for patterns in filter(None, groups):
            matches = [m for p in patterns if p is not None and (m := p.match(text, start))]
            if matches:
                break
        for match in sorted(matches, key=lambda m: -m.end()):
            body = lookup(match.group())
            if body is not None:
                found.append((match.start(), match.end(), body))
                reached = match.end()
                break
    return tuple(found)


@lru_cache(maxsize=1)
def _forces_by_area() -> dict[str, Body]:
    return {b.area.lower(): b for b in gazetteer().values() if b.kind == "force" and b.area}


def force_of_area(area: str) -> Body | None:
    """The police force of an area name ("Kent" -> Kent Police)."""
    return _forces_by_area().get(" ".join(area.lower().split()))


@lru_cache(maxsize=1)
def _fire_by_area() -> dict[str, Body]:
    return {b.area.lower(): b for b in gazetteer().values() if b.kind == "fire" and b.area}


def fire_of_area(area: str) -> Body | None:
    """The fire and rescue service of an area name ("Avon" -> Avon Fire and Rescue
    Service): fire areas often match no police force ("Avon", "Cornwall")."""
    return _fire_by_area().get(" ".join(area.lower().split()))


THE_RE = re.compile(r"\bthe\s+", re.I)


def in_sector(name: str, body: Body, sector: str | None) -> Body | None:
    """The body an area's bare name ("Kent", "County Durham and Darlington", "Hampshire
    and the Isle of Wight") names in a document of a sector ("police" or "fire"): the
    gazetteer files such a name under one sector, but a fire document speaking of "the
    people of Kent" means its fire service, a police article speaking of "County Durham
    and Darlington" means the place its force polices. In a police document a bare fire
    area is the force whose area it names, if exactly one, else a place (None). Names
    with their sector's words ("Kent Police", "DSFRS": `names_sector`, patterns/inspection_keys.json)
    and other kinds stay as found."""
    if sector == "fire" and body.kind == "force" and not names_sector(name, "police"):
        return fire_of_area(THE_RE.sub("", name)) or body
    if sector == "police" and body.kind == "fire" and not names_sector(name, "fire"):
        words = f" {' '.join(name.lower().split())} "
        forces = [force for area, force in _forces_by_area().items() if f" {area} " in words]
        return forces[0] if len(forces) == 1 else None
    return body


@lru_cache(maxsize=16)
def find_bodies_in_sector(text: str, sector: str | None) -> tuple[tuple[int, int, Body], ...]:
    """`find_bodies`, each bare area name read as its document's sector reads it (`in_sector`).
    Cached like `find_bodies`: the responding-body rules read one text's bodies several times
    (review subjects, the most named, the first area)."""
    if sector is None:
        return find_bodies(text)
    return tuple((start, end, named) for start, end, body in find_bodies(text)
                 if (named := in_sector(text[start:end], body, sector)) is not None)


# -- queries over the gazetteer: regions and their ROCUs ------------------------------


@lru_cache(maxsize=1)
def region_re() -> re.Pattern[str]:
    regions = sorted({b.region for b in gazetteer().values() if b.kind == "rocu" and b.region}, key=len, reverse=True)
    return re.compile(r"\b(?:the )?(?P<region>" + "|".join(map(re.escape, regions)) + r") region\b")


@lru_cache(maxsize=None)
def rocu_of(region: str | None) -> str | None:
    return next((b.canonical for b in gazetteer().values() if b.kind == "rocu" and b.region == region), None)


def region_wide(region: str | None) -> str | None:
    """The canonical subject of a region-wide item: a ROCU together with its forces."""
    rocu = rocu_of(region)
    return f"{rocu} and constituent forces" if rocu else None


@lru_cache(maxsize=None)
def region_of(canonical: str) -> str | None:
    return next((b.region for b in gazetteer().values() if b.canonical == canonical), None)
