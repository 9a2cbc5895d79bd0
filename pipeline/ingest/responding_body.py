"""Decide which body a response answers for (`responding_body`): its author and title, the
bodies its head and text name, and the public address a document may declare. The
document's type is decided first (`crosswalk.ingest.doc_type`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from crosswalk.align.inspection_keys import names_sector
from crosswalk.bodies import Body, find_bodies, find_bodies_in_sector, force_of_area, gazetteer, lookup, named_most
from crosswalk.chief_officers import chief_named
from crosswalk.commissioners import commissioner_named
from crosswalk.ingest.address import NATIONAL_KINDS, Publisher, register_entry_body, written_publisher
from crosswalk.ingest.doc_type import HOME_OFFICE, LOCAL_ANSWERS, POLICING_INSPECTORATE_RE, answering_body, doc_type_cues, national_answer, near_answer
from crosswalk.ingest.document_head import head, lead_blocks
from crosswalk.extraction.sentences import split_sentences
from crosswalk.ingest.screen import fold
from crosswalk.model import ANSWER_TYPES, RESPONSE_TYPES
from crosswalk.places import place_body

GOVERNMENT = "UK Government"
OTHER_DEPARTMENT_RE = re.compile(r"\b(?:department (?:of|for)|ministry of|cabinet office|treasury)\b|\bdhsc\b", re.I)


@dataclass(frozen=True)
class Answering:
    """Who answers a document (`find_responding_body`), and whether its declared address
    decided it (`by_address`): where the text alone would answer otherwise (a register
    entry's or a national body's own site outranking the text, a body's own site setting
    aside the national body its lead presents, the address's body where the text names
    none). Such a body is the one the page is about, not the one its words "the force" name
    (`Document.body_by_address`); said where it is decided, so the text is read a second time
    only where the address outranks it (`_outranking`)."""

    body: str | None
    by_address: bool = False


def body_name(body: Body) -> str:
    """The short name of the body answering: its area ("Norfolk", "West Mercia"), or
    its force's own name when the area does not name it (the Met polices "London"): so
    too for the area's commissioner, London's being the Mayor's office, which answers for
    the Met (SCHEMA: the force or PCC area answering; London's fire brigade keeps "London")."""
    assert body.area is not None
    force = body if body.kind == "force" else force_of_area(body.area) if body.kind == "pcc" else None
    if force is not None and force.area is not None and force.area.lower() not in force.canonical.lower():
        return force.canonical
    return body.area


def responder_name(body: Body) -> str:
    """The name a national body, government or police authority answers under: a Crown
    Dependency's or territory's government, or the board or authority that holds a force
    outside the PCC system to account, by its area ("Isle of Man", "Northern Ireland"),
    as its force's area is named; else its own name ("Northern Ireland Office")."""
    return body.area if body.kind in ("government", "pcc") and body.area else body.canonical


@lru_cache(maxsize=1)
def _government_areas() -> frozenset[str]:
    """The jurisdictions with a government of their own in the gazetteer (the Crown
    Dependencies, Gibraltar): HMICFRS inspects their forces on commission."""
    return frozenset(b.area for b in gazetteer().values() if b.kind == "government" and b.area)


def _own_government_area(text: str) -> str | None:
    """The first jurisdiction with its own government that a text names by any of its
    bodies (its force, police authority or government), unless the text names the Home
    Office: a minister who answers about the States of Jersey Police is Jersey's."""
    found = [b for _, _, b in find_bodies(text)]
    if any(b.canonical == HOME_OFFICE for b in found):
        return None
    return next((b.area for b in found if b.area in _government_areas()), None)


def _reviewed(text: str, start: int) -> bool:
    """Whether the body named at `start` is what a review or inquiry is of ("a culture
    review of London Fire Brigade"): a fire authority's minutes on the lessons of another
    service's review name that service as the review's subject, not as who answers."""
    cues = doc_type_cues()
    return cues.reviewed_before.search(text[max(0, start - cues.responding.reviewed_chars):start]) is not None


def _answering_bodies(text: str, sector: str | None = None, reviewed: frozenset[Body] = frozenset()) -> list[Body]:
    """The forces, PCCs and fire services a line or paragraph names, in order. In a fire
    document an area's bare name that `in_sector` leaves a force (no fire and rescue
    service has that area: "Durham fire station" where the service is County Durham and
    Darlington's) names a place there, not who answers."""
    return [body for start, end, found in find_bodies_in_sector(text, sector)
            if (body := answering_body(found)) is not None and not _reviewed(text, start) and body not in reviewed
            and not (sector == "fire" and body.kind == "force" and not names_sector(text[start:end], "police"))]


def _employer(text: str, start: int, end: int) -> bool:
    """Whether the body named at `start` is only where a person named in passing serves
    ("the West Yorkshire Chief Constable" on a radio programme, "a firefighter of the London
    Fire Brigade", an inspector "recently retired Chief Constable of Cumbria Constabulary"):
    a body's own papers name its own officers by their bare role ("the Chief Constable")."""
    cues = doc_type_cues()
    before, after = cues.employer
    return before.search(text[max(0, start - cues.responding.reviewed_chars):start]) is not None or after.match(text, end) is not None


def _review_subjects(text: str, sector: str | None) -> frozenset[Body]:
    """The bodies a text names anywhere as what a review or inquiry is of (`_reviewed`),
    when it names some other force, PCC or fire service too: a fire authority's minutes on
    the lessons of "a culture review of London Fire Brigade" name that service again, bare
    ("staff within London Fire Brigade"), as the review's subject still. A text naming no
    other body reviews its own ("a review of the Service's performance")."""
    named = [(found, _reviewed(text, start)) for start, _, found in find_bodies_in_sector(text, sector)
             if answering_body(found) is not None]
    subjects = frozenset(found for found, reviewed in named if reviewed)
    return subjects if any(found not in subjects for found, _ in named) else frozenset()


def _several_areas(bodies: list[Body]) -> bool:
    """Whether the bodies named are of `several_areas` areas or more (`patterns/doc_types.json`,
    whose head naming so many makes a story): a list of them (the pilot services of a
    programme, the forces of a region), no one of which answers by it."""
    _, areas, _ = doc_type_cues().several_areas
    return len({body.area for body in bodies if body.area}) >= areas


def _first_area(text: str, kind: str | None = None, sector: str | None = None) -> Body | None:
    return next((b for _, _, found in find_bodies_in_sector(text, sector)
                 if (b := answering_body(found)) and kind in (None, b.kind)), None)


def find_responding_body(doc_type: str, author: str | None, title: str | None, blocks: list[str],
                         text: str, sector: str | None = None, published: Publisher = Publisher(None)) -> Answering:
    """Who answers: the government department, or the force, PCC or fire area named by
    the signature, else the title, else the head of the page, else the most named. A
    press article has one only when its lead reports a body's answer ("PCC X has
    welcomed the report"): the answer it carries; or when the learned model reads it near an
    answer (`near_answer`): the body that answers if it is one, unless its text names the
    bodies of `several_areas` areas (no one of them is the one). An area's bare name is read as the
    document's `sector` reads it ("the people of Kent" in a fire service's release). A
    signature, title or head line that names the bodies of `several_areas` areas or more
    (the three pilot services of an inspection programme, the forces of a region) lists
    them: the first of the list is no more the one answering than the last, so the
    answering body is looked for in the other lines and, failing them, the text. A national
    body the lead presents as answering whose own type is not the one read (the learned model
    reads the chiefs' association's release as a commissioner's) answers when nothing else
    does: the type is the model's guess, who speaks is the lead's word (not on a force's,
    commissioner's or fire service's own site, which quotes the minister or the chiefs'
    council and answers for itself). Last, a commissioner
    named by person beside the role ("PCC A. Person said") names the office answering
    (`commissioner_named`): their own pages name them, not always their area; and so,
    after them, does a chief constable or chief fire officer (`chief_named`), and after them the
    addresses the text itself writes out (a footer's link, an e-mail address, "Follow @NorthantsPolice":
    `written_publisher`), which are content and so count on bare files. A response whose
    text names no body at all is its declared public address's (`published`, `crosswalk.ingest.address`:
    minutes and a force's or commissioner's own pages that say only "the Authority", "the
    Force"), a register entry is filed under the force its address names, and a national
    body's own site (`apccs.police.uk`) publishes that body's answer whichever forces its
    lead names. Last of all, a force's or commissioner's answer naming none of these is the
    area's whose towns it names (`crosswalk.places`): the weakest cue, read on bare files only
    when nothing else speaks."""
    top = head(blocks)
    found = national_answer(lead_blocks(blocks))
    national = found[0] if found is not None else None
    if found is not None and doc_type == found[1]:
        return Answering(responder_name(found[0]))
    if doc_type == "government_response":
        heads = [b for part in (author or "", *top) for _, _, b in find_bodies(part)]
        named = {b.canonical for b in heads}
        if own := next((b for b in heads if b.kind == "government"), None):
            return Answering(responder_name(own))  # an island's or Northern Ireland's own government answers
        if HOME_OFFICE not in named and (local := _own_government_area(text)) is not None:
            return Answering(local)  # its minister answering its assembly about its own force ("the States of Jersey Police")
        if HOME_OFFICE in named or (POLICING_INSPECTORATE_RE.search(text) and not OTHER_DEPARTMENT_RE.search(text)):
            return Answering(HOME_OFFICE)  # the department answerable for policing and fire answers their inspectorate
        return Answering(GOVERNMENT)
    if doc_type == "press_article":
        lead = "\n".join(top[:3])
        if not doc_type_cues().carried_statement.search(lead, fold(lead)):
            if (answer := near_answer(text)) is None or _several_areas(_answering_bodies(text)):
                return Answering(None)  # a story, or one of several areas' bodies: none of them the one it is near answering for
            doc_type = answer  # a near call between the story and an answer: who answers, if it is one
    elif doc_type not in RESPONSE_TYPES:
        return Answering(None)
    if doc_type == "monitoring_record" and (listed := register_entry_body(text, sector)) is not None:
        return Answering(body_name(listed))
    if doc_type == "monitoring_record" and (declared := address_body(published, doc_type)):
        return _outranking(declared, doc_type, author, title, blocks, text, sector)
    if published.body is not None and published.body.kind in NATIONAL_KINDS and address_body(published, doc_type):
        # a national body's own site: its lead names the forces it speaks of
        return _outranking(responder_name(published.body), doc_type, author, title, blocks, text, sector)
    sources = [source for source in (author, title, *top) if source]
    lead = " \n".join([*sources, *lead_blocks(blocks)[len(top):]])
    if doc_type == "pcc_response" and (pcc := _first_area(lead, kind="pcc")) is not None:
        return Answering(body_name(pcc))  # the commissioner the lead names answers, whichever forces it names first
    reviewed = _review_subjects(text, sector)
    for source in sources:
        bodies = _answering_bodies(source, sector, reviewed)
        if bodies and not _several_areas(bodies):
            return Answering(body_name(bodies[0]))
    folded = fold(text)
    for role, name in doc_type_cues().role_bodies:
        if role.search(text, folded) and (body := lookup(name)) is not None:
            if answering_body(body):
                return Answering(body_name(body))
            if doc_type_cues().national_responders.get(body.canonical) == doc_type:
                return Answering(responder_name(body))  # a national body's own committee, whose answers take this type
    if (most := _most_named(text, doc_type, sources[:2], sector, reviewed)) is not None:
        return Answering(most)
    own_site = published.own_site and published.body is not None and answering_body(published.body) is not None
    presented = national if doc_type in ANSWER_TYPES else None
    if presented is not None and not own_site:
        return Answering(responder_name(presented))  # the national body the lead presents answers, whichever response type was read
    # past here on a body's own site, the address has set aside the national body the text alone would answer
    if (office := commissioner_named(text)) is not None:
        return Answering(body_name(office), by_address=presented is not None)  # a commissioner named beside the role, by person only: the office's area
    if (chief := chief_named(text)) is not None:
        return Answering(body_name(chief), by_address=presented is not None)  # a chief constable or chief fire officer named so: the body they lead
    if (written := written_publisher(text, sector)) is not None and (own := answering_body(written)) is not None:
        return Answering(body_name(own))  # the page's own link, e-mail address or handle
    if (declared := address_body(published, doc_type)) is not None:
        return Answering(declared, by_address=True)
    placed = place_body(text, sector) if doc_type in LOCAL_ANSWERS else None
    return Answering(body_name(placed) if placed is not None else None)  # the towns it names: the weakest cue, last


def _outranking(declared: str, doc_type: str, author: str | None, title: str | None, blocks: list[str], text: str,
                sector: str | None) -> Answering:
    """The body an address names where it outranks the text (a register entry's, a national
    body's own site): by the address only when the text alone would answer otherwise, which
    only here needs the text read without the address (a register entry whose text names
    its force is the force's as much as an undeclared one is)."""
    return Answering(declared, by_address=declared != find_responding_body(doc_type, author, title, blocks, text, sector).body)


def address_body(published: Publisher, doc_type: str) -> str | None:
    """The name of the body a document's address says published it, as the content's
    bodies are named: a force, commissioner or fire service by its area, a national body
    by its own name when its answers take the document's type (the inspectorate's own
    site publishes no response)."""
    body = published.body
    if body is None:
        return None
    if answering_body(body) is not None:
        return body_name(body)
    if doc_type_cues().national_responders.get(body.canonical) is not None:
        return responder_name(body)
    return None


def _most_named(text: str, doc_type: str, first: list[str], sector: str | None = None,
                reviewed: frozenset[Body] = frozenset()) -> str | None:
    """The force, PCC or fire area the text names most. A text that names no area's body
    is a national body's own page or minutes when it names one whose answers take this
    document's type in its first lines (a "Source:" line, a signature), or names it at
    least `national_mentions` times and more often than any other: a passing mention
    ("the NFCC's guidance", "the Home Office, LGA and NFCC") is no author. A body that a
    review or inquiry is of (`_reviewed`) is that review's subject and is not counted,
    nor are the bodies a sentence lists (`_in_lists`).
    A text naming areas only by their bare names in the possessive ("Durham’s Crime Data
    Integrity", "Surrey’s Head of Crime", `_bare_possessive`) speaks of its own area so
    more weakly: a national body it names answers first, and no tie between two areas
    ("Kent’s results with Essex’s") wins."""
    counts: dict[Body, int] = {}
    national: dict[Body, int] = {}
    named_fully = False  # some area's body named other than by its bare name in the possessive
    responders = doc_type_cues().national_responders
    found_all = find_bodies_in_sector(text, sector)
    listed = _in_lists(text, found_all)
    for start, end, found in found_all:
        if _reviewed(text, start) or found in reviewed or _employer(text, start, end) or start in listed:
            continue
        if (body := answering_body(found)) is not None:
            key = force_of_area(body.area or "") or body
            counts[key] = counts.get(key, 0) + 1
            named_fully = named_fully or not _bare_possessive(text, start, end, found)
        elif responders.get(found.canonical) == doc_type:
            national[found] = national.get(found, 0) + 1
    if counts and named_fully:
        return body_name(max(counts, key=lambda b: counts[b]))
    if named := [b for part in first for _, _, b in find_bodies(part) if b in national]:
        return responder_name(named[0])
    if (most := named_most(national, doc_type_cues().responding.national_mentions)) is not None:
        return responder_name(most)
    if (own := named_most(counts)) is not None:
        return body_name(own)  # only bare possessives counted
    return None


def _in_lists(text: str, found: tuple[tuple[int, int, Body], ...]) -> frozenset[int]:
    """Where the bodies named in a list stand: a sentence (or line) naming the forces, PCCs
    or fire services of `list_areas` areas or more ("the six forces inspected: Avon and
    Somerset, Durham, Essex, ..."; sentences as the pipeline's one splitter cuts them)
    lists them, and the first of the list is no more the text's own body than the last, so
    none of them counts towards the most named."""
    areas = [(start, answering.area) for start, _, body in found
             if (answering := answering_body(body)) is not None and answering.area]
    list_areas = doc_type_cues().responding.list_areas
    if len({area for _, area in areas}) < list_areas:
        return frozenset()  # no list possible: the text is not split
    starts = [start for start, _ in split_sentences(text)]
    sentences: dict[int, list[tuple[int, str]]] = {}
    for start, area in areas:
        sentences.setdefault(bisect_right(starts, start), []).append((start, area))
    return frozenset(start for named in sentences.values() if len({area for _, area in named}) >= list_areas
                     for start, _ in named)


def _bare_possessive(text: str, start: int, end: int, found: Body) -> bool:
    """Whether the body named at `start` is an area's bare name in the possessive ("Kent’s
    results"): the weakest way a text names a body (`_most_named`)."""
    return found.area is not None and text[start:end].lower() == found.area.lower() and text[end:end + 2] in ("’s", "'s")
