"""Who published a document, as its public address (URL) says.

A researcher who collects responses knows where each came from, and the address names
the publisher's area and often its sector: `kent-pcc.gov.uk` is Kent's commissioner,
`cambs.police.uk` Cambridgeshire's force, `leics-fire.gov.uk` Leicestershire's fire
service, `buckinghamshire.moderngov.co.uk` the county's committee site (the area only: a
police and crime panel's minutes answer for the commissioner, a fire authority's for its
service, which the content's sector says). Minutes and force or commissioner pages often
never name their own body ("the Authority", "the Force"), so the address is the evidence
left. The rule reads host names against the bodies gazetteer (area names and the short
forms of its aliases: "Leics Police" gives `leics`), not a table of addresses; the words
are data (`patterns/addresses.json`). A host that names no sector (a local paper, a
council's own site, the inspectorate, gov.uk) names no publisher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qs, urlsplit

from crosswalk.bodies import Body, fire_of_area, force_of_area, gazetteer, lookup, pcc_of
from crosswalk.resources import word_file

FILE = "addresses.json"
NATIONAL_KINDS = ("national", "government")
LOCAL_KINDS = ("force", "pcc", "fire")
LETTERS_RE = re.compile(r"[a-z0-9]+")
FIRE_INITIALS = "frs"


@dataclass(frozen=True)
class Publisher:
    """What an address says: the body publishing (None: the address names none), and
    whether the host is that body's own site (a force's, commissioner's or fire service's,
    not a council's committee site nor a register entry)."""

    body: Body | None
    own_site: bool = False


@dataclass(frozen=True)
class _Words:
    """The words of `patterns/addresses.json`, a field a key (`resources.word_file`)."""

    police_words: frozenset[str]
    pcc_words: frozenset[str]
    fire_words: frozenset[str]
    glue_words: frozenset[str]
    county_suffixes: tuple[str, ...]
    committee_words: frozenset[str]
    committee_paths: tuple[str, ...]
    register_parameters: tuple[str, ...]
    register_entry: re.Pattern[str]  # a register entry's path, its force's name as a slug in group "area"
    host_synonyms: dict[str, str]
    alias_tail_words: frozenset[str]  # an alias's closing words that name its sector or office, not its area


@lru_cache(maxsize=1)
def _words() -> _Words:
    return word_file(FILE, _Words)


def _squash(name: str) -> list[str]:
    return LETTERS_RE.findall(name.lower().replace("&", " and "))


@lru_cache(maxsize=1)
def _area_keys() -> dict[str, dict[str, Body]]:
    """A host label's spelling of an area (an alias's words without its sector tail, run
    together: "avonandsomerset", "leics", "hw") -> the force and the fire service of that
    area by kind. A spelling that two forces (or two services) share names neither."""
    keys: dict[str, dict[str, Body]] = {}
    clashes: set[tuple[str, str]] = set()
    tail = _words().alias_tail_words
    for alias, body in gazetteer().items():
        if body.kind not in LOCAL_KINDS or not body.area:
            continue
        words = _squash(alias)
        if words[:1] == ["the"]:
            words = words[1:]
        while words and words[-1] in tail:
            words.pop()
        kind = "fire" if body.kind == "fire" else "force"
        local = force_of_area(body.area) if body.kind == "pcc" else body
        if local is None:
            continue
        key = "".join(words)
        spellings = [key, key[: -len(FIRE_INITIALS)]] if kind == "fire" and key.endswith(FIRE_INITIALS) else [key]
        for spelling in spellings:  # a service's initials read without their "FRS" ("HWFRS": `hwfire`)
            if len(spelling) < 2:
                continue
            held = keys.setdefault(spelling, {})
            if kind in held and held[kind] != local:
                clashes.add((spelling, kind))
            held.setdefault(kind, local)
    for key, kind in clashes:
        del keys[key][kind]
    return _with_towns(keys)


def _with_towns(keys: dict[str, dict[str, Body]]) -> dict[str, dict[str, Body]]:
    """`keys` and each county's spelling without its suffix ("nottinghamshire" ->
    "nottingham"): a city council's host names the county by its town, and the county's
    fire authority and police panel seat that council. A shortened spelling never
    replaces an alias's own, and one two counties share names neither."""
    towns: dict[str, dict[str, Body]] = {}
    clashes: set[tuple[str, str]] = set()
    for key, held in keys.items():
        for suffix in _words().county_suffixes:
            town = key[: -len(suffix)]
            if not key.endswith(suffix) or len(town) < 2 or town in keys:
                continue
            for kind, body in held.items():
                if towns.setdefault(town, {}).setdefault(kind, body) != body:
                    clashes.add((town, kind))
    for town, kind in clashes:
        del towns[town][kind]
    return {**keys, **{town: held for town, held in towns.items() if held}}


@lru_cache(maxsize=1)
def _national_labels() -> dict[str, Body]:
    """A national body's or government's alias as one host label ("lga", "acpo", "npcc")."""
    labels = {"".join(_squash(alias)): body for alias, body in gazetteer().items() if body.kind in NATIONAL_KINDS}
    for label, alias in _words().host_synonyms.items():
        if (body := lookup(alias)) is not None and body.kind in NATIONAL_KINDS:
            labels[label] = body
    return labels


@lru_cache(maxsize=1)
def _host_keys() -> dict[str, dict[str, Body]]:
    """The area spellings of `_area_keys` and the host synonyms naming a local body ("met")."""
    found = dict(_area_keys())
    for label, alias in _words().host_synonyms.items():
        body = lookup(alias)
        if body is not None and body.kind in LOCAL_KINDS:
            found[label] = {"fire" if body.kind == "fire" else "force": body}
    return found


def _sector_words(rest: str) -> list[str] | None:
    """`rest` read as a run of sector and glue words ("fireresauth" -> fire, resauth),
    or None when it is not one."""
    w = _words()
    vocabulary = w.police_words | w.pcc_words | w.fire_words | w.glue_words
    if not rest:
        return []
    for size in range(len(rest), 0, -1):
        head = rest[:size]
        if head in vocabulary and (tail := _sector_words(rest[size:])) is not None:
            return [head, *tail]
    return None


def _read_label(label: str) -> tuple[dict[str, Body] | None, list[str]]:
    """One host label (hyphens dropped): the area it names, if any, and its sector words."""
    squashed = label.replace("-", "")
    if (words := _sector_words(squashed)) is not None:
        return None, words
    keys = _host_keys()
    for size in range(len(squashed), 1, -1):
        area = keys.get(squashed[:size])
        if area and (words := _sector_words(squashed[size:])) is not None:
            return area, words
    return None, []


WEB_SCHEMES = ("http", "https")


def is_web_address(value: str | None) -> bool:
    """Whether `value` is an http(s) address with a host: what a declared address must be
    to be read here, offered on the command line or shown as a link in the report (a
    `javascript:` or `file:` value is no publisher's page)."""
    if not value or value != value.strip() or any(c.isspace() or ord(c) < 32 for c in value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.hostname)


def publisher(address: str | None, sector: str | None = None) -> Publisher:
    """The body an address names as publishing (see the module's docstring); `sector` is
    the content's ("police" or "fire"), which decides what a committee site's area means.
    An address that is no URL (a typo in a manifest or an index table: "https://[host")
    names no publisher: it is the researcher's note, and must not cost the document."""
    if not address:
        return Publisher(None)
    try:
        parts = urlsplit(address.strip())
        host = (parts.hostname or "").lower()
    except ValueError:
        return Publisher(None)
    w = _words()
    query = parse_qs(parts.query.lower())
    for parameter in w.register_parameters:
        for slug in query.get(parameter, []):
            if (body := area_body(slug.replace("-", " "), sector)) is not None:
                return Publisher(body)
    if w.register_entry.search(path := parts.path.lower()) is not None:
        return Publisher(register_entry_body(path, sector))
    labels = [label for label in host.split(".") if label and label != "www"]
    return _labels_publisher(labels, parts.path.lower(), sector)


def _labels_publisher(labels: list[str], path: str, sector: str | None) -> Publisher:
    """The body a host's labels (and the address's path, for a committee site) name."""
    w = _words()
    if national := next((_national_labels()[label] for label in labels if label in _national_labels()), None):
        return Publisher(national, own_site=True)
    area: dict[str, Body] | None = None
    words: set[str] = set()
    for label in labels:
        named, said = _read_label(label)
        area = area or named
        words.update(said)
    if area is None:
        return Publisher(None)
    if words & w.fire_words:
        return Publisher(area.get("fire"), own_site=True)
    if words & w.pcc_words and (force := area.get("force")) is not None:
        return Publisher(pcc_of(force), own_site=True)
    if words & w.police_words:
        return Publisher(area.get("force"), own_site=True)
    if set(labels) & w.committee_words or any(marker in path for marker in w.committee_paths):
        preferred = ("fire", "force") if sector == "fire" else ("force", "fire")  # a county with no force of its own
        return Publisher(next((area[kind] for kind in preferred if kind in area), None))
    return Publisher(None)


def area_body(name: str, sector: str | None) -> Body | None:
    """The force (in a fire document, the fire and rescue service) of an area's name, as
    an address's slug ("north-wales") or a possessive ("Durham’s") gives it."""
    if sector == "fire":
        return fire_of_area(name) or force_of_area(name)
    return force_of_area(name)


def register_entry_body(text: str, sector: str | None) -> Body | None:
    """The force an entry of the inspectorate's recommendation register is filed under, read
    from the entry's path ("/recommendation/north-wales/8044/") in a declared address or on a
    saved page that keeps it: the register files each entry under the force's name, which the
    entry's own text need not repeat (labeller D's force-filtered-address rule)."""
    match = _words().register_entry.search(text)
    return area_body(match["area"].replace("-", " "), sector) if match else None


WRITTEN_ADDRESS_RE = re.compile(
    r"(?<![\w@.-])(?:https?://|www\.)(?P<url>[^\s<>\"'()\[\]]+)"  # a link written out
    r"|(?<![\w.-])[\w.+-]+@(?P<mail>[a-z0-9-]+(?:\.[a-z0-9-]+)+)"  # an e-mail address
    r"|(?<![\w@.-])@(?P<handle>[a-z0-9_]{3,30})(?![\w@.-])",  # a social media handle ("Follow @NorthantsPolice")
    re.I)


def written_publisher(text: str, sector: str | None = None) -> Body | None:
    """The force, commissioner or fire service whose own addresses a text writes out (a
    footer's link, "contact us at x@essex.police.uk", "Follow @NorthantsPolice"), read as
    a declared address is (`publisher`): a page names where to reach its publisher even
    when its prose says only "the Force" or "the Service". Only a local body's own site or
    committee site counts (a link to the inspectorate or a national body is a reference,
    not a signature), and a text that writes the addresses of two such bodies (a list of
    links to several forces) names neither."""
    found: set[Body] = set()
    for match in WRITTEN_ADDRESS_RE.finditer(text):
        if match["handle"]:
            said = _labels_publisher([match["handle"].lower().replace("_", "")], "", sector)
        else:
            said = publisher("https://" + (match["url"] or match["mail"]).rstrip(".,;:"), sector)
        if said.body is not None and said.body.kind in LOCAL_KINDS:
            found.add(said.body)
    return next(iter(found)) if len(found) == 1 else None
