"""Read a document's inspection KEY (sector, area, topic, years) and its pool (whose
replies it gathers), which `crosswalk.align.linking` joins: what each part of the key is,
and why, is said there. This module reads one document; linking reads the batch.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from crosswalk.align.inspection_keys import (
    CYCLE_PROGRAMME,
    OPEN_ITEMS_PROGRAMME,
    document_sector,
    key_cues,
    to_sector,
)
from crosswalk.align.themes import states_items
from crosswalk.bodies import find_bodies, fire_of_area, force_of_area, lookup
from crosswalk.dates import DAY_MONTH_YEAR
from crosswalk.deadlines import opening_date
from crosswalk.model import ANSWER_TYPES, INSPECTORATE_TYPES, PRESS_TYPE, Document, Extracted, Item

RESPONSE_ROLE_TYPES = ANSWER_TYPES
INSPECTION_ROLE_TYPES = INSPECTORATE_TYPES
RECORD_ROLE_TYPES = frozenset({"monitoring_record"})  # track an inspection's items: linked to when no inspection's own document fits
PRESS_ROLE_TYPES = frozenset({PRESS_TYPE})  # a reporter's statement of an inspection's items, of no body's own
STATEMENT_ROLE_TYPES = RESPONSE_ROLE_TYPES | PRESS_ROLE_TYPES  # state an inspection's items second-hand
NATIONAL_KINDS = frozenset({"national", "all"})
OPEN_ITEM_TYPE = "cause_of_concern"  # what a body has open until the inspectorate closes it (`_names_open_items`)
THEMATIC_ITEM_TYPE = "recommendation"  # what a national thematic makes; areas for improvement and causes of concern are a body's own inspection's
NOT_A_RESPONDER = frozenset({"HMICFRS"})  # the inspectorate answers nothing it inspects
POOLED = "pooled"  # a restating response's key that links nothing: only its `pool` is read
NAMED_DATE = "named_date"  # a full date such a reply names: it joins the one pool of its thematic whose deadline that is (`linking.pool_responses`)
ANSWERS = "answers"  # the pool mark of a reply restating none of a thematic's items (`linking.pool_responses`)
SERIES = "series"  # the pool mark of a body's page headed by one numbered recommendation (`linking.pool_responses`)
LINKED_ROLES = ("inspection", "record", "statement")  # what a response links to, first to last
INSPECTION_SIDE = LINKED_ROLES[:2]  # the inspectorate's documents: all a response naming its items' themes links to
YEAR_RE = re.compile(r"(?<!\bAct )\b(?:19|20)\d\d\b")  # a statute's year ("Police Act 1996") is no time
# a span of two years written short ("2018/19", "2021-22"): a financial year or an inspection round runs over both
YEAR_SPAN_RE = re.compile(r"(?<!\bAct )\b((?:19|20)\d\d)\s?[/\u2013-]\s?(\d\d)\b")
# a line that is a numbered recommendation's heading alone ("Recommendation 11"): a page headed by one is one of a series
NUMBERED_HEADING_RE = re.compile(r"^[ \t]*recommendation[ \t]+(\d{1,2}[a-z]?)[ \t]*:?[ \t]*$", re.I | re.M)


Pool = frozenset[tuple[str, ...]]  # what a restating response shares with others of its thematic (`_pool`)


@dataclass(frozen=True)
class LinkKey:
    """What must agree for a response to answer an inspection's items."""

    role: str  # "response" (links), "inspection" (is linked to), "record" (when no inspection is) or "statement" (when neither is)
    sector: str  # "police" | "fire"
    area: str  # a body's area, or "national"
    topic: frozenset[str]
    years: frozenset[int]  # empty: a response naming no year, which links only by `open_items`
    open_items: bool = False  # names the open causes of concern: a response in its title or opening, an inspection's document in its title
    themed: bool = False  # a response naming its items' themes alone: linked to the inspectorate's documents only
    pool: Pool = frozenset()  # a restating response's national thematic (`linking.pool_responses`)
    later_round: bool = False  # a response whose years are an earlier round's: it answers the round after them (`linking._next_round`)
    restates: bool = False  # a response's statement of items: left alone, it links as a reply naming their themes (`linking._lone_response_targets`)
    span_ends: frozenset[int] = frozenset()  # the years its title and opening name as a span's second ("2018/19"): its round runs into them (`linking._join_rounds`)
    second_hand: bool = False  # the press's statement of items, no body's own: left alone, it links as a reply naming their themes (`linking._lone_response_targets`)

    @property
    def untimed_story(self) -> bool:
        """A story naming no year on no thematic: keyed only to link itself, never a statement
        a response links to (which year's inspection it states is unread)."""
        return self.second_hand and not self.years and not thematic(self.topic)

    @property
    def inspection_year(self) -> int | None:
        """The earliest year named; None for a thematic's document naming no year
        (`document_key`), which only `linking._lone_thematic` places."""
        return min(self.years, default=None)

    @property
    def time(self) -> int | frozenset[int] | None:
        """What a response must match of the document's time: the year of an inspection
        (the earliest its inspectorate's documents name); all the years a statement of it
        (press, a response) names: a second-hand statement names the year it was written
        in and those of the rounds it recalls (`linking._fits` says which responses match)."""
        return self.years if self.role == "statement" else self.inspection_year


def _named(cues: Mapping[str, tuple[re.Pattern[str], ...]], text: str) -> frozenset[str]:
    """The cues `text` names. A match that lies inside another cue's longer match names
    nothing of its own: "police perpetrated domestic abuse" names that super-complaint, not
    also the domestic abuse inspection, as the longest match wins in any gazetteer."""
    found = [(name, m.start(), m.end()) for name, patterns in cues.items() for p in patterns for m in p.finditer(text)]
    return frozenset(name for name, start, end in found
                     if not any(other != name and s <= start and end <= e and e - s > end - start
                                for other, s, e in found))


def series_title(title: str) -> bool:
    """Whether an inspection title names a body's own programme and neither a thematic nor a
    body ("PEEL: Police effectiveness", "PEEL Assessment 2023-25"): the series every force's
    inspection of that programme is published under, so documents sharing it are of one
    inspection only when they are of one body (`inspections._titled_groups`)."""
    cues = key_cues()
    return not _named(cues.thematics, title) and bool(_named(cues.programmes, title)) and not find_bodies(title)


@lru_cache(maxsize=16)
def topic_of(title: str, opening: str, sector: str, graded: bool = False) -> frozenset[str]:
    """What the title names (its thematics, else its programmes), else what the opening
    names likewise: a title says what a document is about, an opening may list the
    inspection's findings ("domestic abuse" among an Engage force's causes of concern).
    All of a body's programmes are one topic: a force's PEEL inspection, the causes of
    concern it gave, Engage and the revisits (a reply naming "PEEL" answers the letter
    titled "PEEL cause of concern revisit"), as a fire service's round and revisits are.
    A text naming none of them reads as its sector's programme when it names what
    `sector_programmes` lists for the sector: the inspectorate's report on a fire and rescue
    service that names no thematic is the service's round, whatever the text calls it
    ("the report published today", "HMICFRS inspected the service"; the inspectorate's page of
    a service, which names neither itself nor a programme, is headed by the service and its
    round's years, "Exshire 2021/22"), while a police force
    answers many thematics that the cues do not list: only its own "annual", "routine" or
    "latest" inspection (`own_inspection`, in either sector) is its programme (PEEL). A
    title naming it so ("the Constabulary's latest inspection") says what the document is
    about before any thematic its opening names: a reply to its body's own inspection may
    name one of the findings there ("poor crime recording practices"). Kept for the last
    few documents: a document's key and its pool each read it (`document_key`).

    `graded`: the document grades one body (`grades_one_body`). Only a body's own round and the
    few thematics that grade a body (`graded_thematics`: crime recording, vetting) give grades,
    so a graded text's opening naming any other thematic names its round's findings ("must
    improve how it responds to ... domestic abuse" in a story of a PEEL report): the round is
    its topic. A thematic its title names stands, graded or not, and so does one its opening
    names as a report's subject ("welcomed the inspection of the police response to domestic
    abuse": `report_subject`), though the text also states its body's current grade."""
    cues = key_cues()
    for index, text in enumerate((title, opening)):
        thematics = _subjects(_named(cues.thematics, text), cues.broad_thematics)
        if thematics and graded and index and not thematics & cues.graded_thematics \
                and not _report_subject(thematics, text):
            return frozenset({cues.programme_topic})
        if thematics:
            return thematics
        if _named(cues.programmes, text) or any(p.search(text) for p in cues.own_inspection):
            return frozenset({cues.programme_topic})
    if any(p.search(f"{title}\n{opening}") for p in cues.sector_programmes.get(sector, ())):
        return frozenset({cues.programme_topic})
    return frozenset()


def grades_one_body(extracted: Extracted) -> bool:
    """Whether a document's own current gradings (no earlier round's, none negated or
    supposed) grade one area's local bodies (`area_of`): it reports that body's graded
    inspection. Gradings of a national body or of a subject no body list resolves are left
    out, and a force and its area's fire and rescue service are one area."""
    areas = {area_of(grading.subject) for grading in extracted.gradings
             if not (grading.historic or grading.negated or grading.hypothetical)}
    return len(areas - {None, "national"}) == 1


def _report_subject(thematics: frozenset[str], text: str) -> bool:
    """Whether `text` names one of `thematics` as a report's subject ("the inspection of the
    police response to domestic abuse"): `report_subject` searched in the words before it."""
    cues = key_cues()
    return any(subject.search(text, 0, found.start()) for name in thematics for pattern in cues.thematics[name]
               for found in pattern.finditer(text) for subject in cues.report_subject)


def _subjects(thematics: frozenset[str], broad: frozenset[str]) -> frozenset[str]:
    """The thematics named, without the broad ones (`broad_thematics`) when a narrower one is
    named beside them: "the spotlight report into values and culture" is the values and
    culture inspection, as a reply naming that subject alone is; a reply on stalking that
    recalls its force's strategy on violence against women and girls answers the stalking
    report. Named alone, a broad one is the topic: the VAWG inspection (how police forces respond to
    violence against women and girls), whose page lists domestic abuse and stalking among the
    offences it covers (its title names it, and a title's thematics are read first)."""
    return subjects if (subjects := thematics - broad) else thematics


def other_rounds(one: LinkKey | None, other: LinkKey | None) -> bool:
    """Whether two documents are of different rounds of one body's own programme: both keyed
    to the programme of one local body, each naming years and none in common (a story of
    its 2021 report and one of its 2024 report). The inspectorate titles every round's report
    of a force alike ("An inspection of Exshire Police"), so an undated document sharing
    that title with another is not of its inspection when their years say another round.
    A thematic's documents are left alone: a reply a year later is to the same report."""
    if one is None or other is None or not one.years or not other.years:
        return False
    programme = frozenset({key_cues().programme_topic})
    return one.topic == other.topic == programme and one.area == other.area != "national" \
        and one.sector == other.sector and one.years.isdisjoint(other.years)


def thematic(topic: frozenset[str]) -> bool:
    """A named thematic's topic (no body's own programme)."""
    return bool(topic) and topic <= key_cues().thematics.keys()


def area_of(name: str | None) -> str | None:
    """The area a body's name stands for ("Avon" for Avon Fire and Rescue Service), or
    "national" for a national body."""
    if not name:
        return None
    body = lookup(name) or force_of_area(name) or fire_of_area(name)
    if body is None or body.canonical in NOT_A_RESPONDER:
        return None
    return "national" if body.kind in NATIONAL_KINDS else body.area


def _addressee_area(extracted: Extracted, top: str) -> str | None:
    """The one area a document's current items are addressed to (None when they are
    addressed to several: a page listing the forces in Engage is no one's inspection);
    items addressed to nobody in a text whose title and opening name no local body are
    an inspection of all forces."""
    current = [item for item in extracted.items if not item.historic]
    areas = {area_of(item.subject) for item in current if item.subject}
    if not areas and not _names_local_body(top):
        return "national"
    return areas.pop() if len(areas) == 1 else None


def _names_local_body(top: str) -> bool:
    """Whether a title and opening name a local body (a force, a service, a commissioner)."""
    return any(body.area for _, _, body in find_bodies(top))


def _titled_area(extracted: Extracted, top: str) -> str | None:
    """The one local body's area an inspectorate's document whose current items name no
    addressee at all names in its title and opening ("Warwickshire PEEL 2018" and its one
    area for improvement, "the force should ..."): its page is of that body. None when it
    names several, or when any item names an addressee (`_addressee_area` reads those)."""
    current = [item for item in extracted.items if not item.historic]
    if not current or any(item.subject for item in current):
        return None
    areas = {area_of(body.canonical) for _, _, body in find_bodies(top) if body.area} - {None, "national"}
    return areas.pop() if len(areas) == 1 else None


def cycle_years(title: str) -> frozenset[int]:
    """The year after the one an inspectorate's document titled by a programme and one year
    ("Leicestershire PEEL 2018") names: a programme named by its year is a cycle published
    over that year and the next (PEEL 2018/19), so a reply naming the next year answers it
    (as one naming a revisit letter's year does, `linking._fits`). Empty for other titles."""
    years = {int(y) for y in YEAR_RE.findall(title)}
    if len(years) != 1 or not any(p.search(title) for p in key_cues().programmes[CYCLE_PROGRAMME]):
        return frozenset()
    return frozenset({years.pop() + 1})


def years_of(title: str, opening: str, dates: Sequence[str | None],
             unless: Sequence[re.Pattern[str]] = (), in_title: bool = False) -> frozenset[int]:
    """The years a title names ("State of Policing 2023" is not the 2022 report its opening
    recalls); else those its opening names and its dates. A year the opening names
    as the next inspection's ("the next full inspection is likely in early 2023") is when
    the text expects a report it cannot answer yet, not a time it is of; so is a year that
    names a plan, programme or strategy ("the Fire Control 2020 Programme", "our Community
    Risk Management Plan 2024-2028": `named_plan`), a year it compares its body with ("300
    fewer officers than it had in 2010": `compared`), and a year `unless` reads (a deadline,
    for a statement of the items; an earlier round the inspectorate's page recalls). With
    `in_title`, what `unless` reads is no year of the title either: the inspectorate's page
    may be titled by a sentence recalling the last round ("... has got better since our
    inspection in 2018"), whose year is not the page's."""
    if in_title:
        title = _without(title, unless)
    return named_years(title) or named_years(_own_times(opening, unless)) | {int(d[:4]) for d in dates if d}


def _own_times(text: str, unless: Sequence[re.Pattern[str]] = ()) -> str:
    """The text without the years that are no time it is of (`years_of`): a plan's, a
    comparison's, the next inspection's, and those `unless` reads."""
    return _without(text, (*key_cues().named_plan, *key_cues().compared, *key_cues().next_round, *unless))


def _without(text: str, patterns: Sequence[re.Pattern[str]]) -> str:
    """The text with what each of `patterns` reads blanked out, in their order."""
    for pattern in patterns:
        text = pattern.sub(" ", text)
    return text


def named_years(text: str) -> frozenset[int]:
    """The years a text names, a span written short naming both of its years: "revisit
    2018/19" is of a round (or a financial year) that runs over 2018 and 2019, and a reply
    of 2019 names the round's time. A span's second year must follow its first ("2021-25"
    is a range whose end is read as no year of its own)."""
    return frozenset(int(y) for y in YEAR_RE.findall(text)) | span_ends(text)


def span_ends(text: str) -> frozenset[int]:
    """The second years of the spans a text names written short: "2018/19" names 2019 as
    the end of a round (or financial year) that began in 2018."""
    return frozenset(int(first) + 1 for first, second in YEAR_SPAN_RE.findall(text) if (int(first) + 1) % 100 == int(second))


def document_key(document: Document, extracted: Extracted) -> LinkKey | None:
    """The document's key, or None when a part of it cannot be read (no link then). The
    years its title, opening and dates name are read once, for its key and its pool."""
    title, opening = document.title or "", document.text[:key_cues().limits.opening_chars]
    # the inspectorate's page of a round recalls the last one ("since our inspection in 2018"):
    # that year is the earlier round's, not the time of the page (a sentence of it may be its title)
    recalled = key_cues().recalled_round if document.doc_type in INSPECTION_ROLE_TYPES else ()
    years = _round_years(document) or years_of(title, opening, (document.date, document.published, first_logged(document)),
                                               recalled, in_title=True)
    key = _document_key(document, extracted, years)
    pool = _pool(document, extracted, years) or (_series_mark(document) if key is None else frozenset())
    if not pool:
        return key
    # a page of a thematic's recommendation keyed by no thematic names the inspectorate as the
    # recommendation does ("should notify HMICFRS of ..."): that is no sign of the body's own round
    if key is None or not thematic(key.topic):
        return LinkKey(POOLED, "", "national", frozenset(), frozenset(), pool=pool)
    return replace(key, pool=pool)


def _round_years(document: Document) -> frozenset[int]:
    """The years of the round an inspectorate's page is headed by ("Exshire 2021/22", its first
    line, `round_heading`): the page is of that round, whatever earlier years its sentences
    recall ("in 2018 we found", "it responded to our 2019 inspection", one of which may be read
    as its title), which `recalled_round` cannot all list. Empty for any other document."""
    if document.doc_type not in INSPECTION_ROLE_TYPES:
        return frozenset()
    heading = next((m for p in key_cues().round_heading if (m := p.match(document.text))), None)
    return named_years(heading.group(0)) if heading else frozenset()


def first_logged(document: Document) -> str | None:
    """The first date of a monitoring record's dated trail: the register logs a
    recommendation soon after its report is published, so this is the inspection's time,
    where the years its progress comments name are later ones (None without a trail)."""
    return min((event.date for event in document.history if event.date), default=None)


def _pool(document: Document, extracted: Extracted, years: frozenset[int]) -> Pool:
    """What marks a response restating a national thematic's recommendations, made to
    every force or service of its sector (`sector_voice`: "By <date>, chief fire
    officers should ..."): each thematic its title (else its opening) names, with its
    sector and the latest year named there (the year it answers in), and each deadline
    such an item names ("1 june 2023": a report's recommendations share their deadlines).
    Responses sharing any of these answer one report (`linking.pool_responses`). `years`: the
    document's `years_of`. Empty for anything else."""
    if document.doc_type not in RESPONSE_ROLE_TYPES:
        return frozenset()
    title, opening = document.title or "", document.text[:key_cues().limits.opening_chars]
    sector = document_sector(title, document.text)
    if sector is None:
        return frozenset()
    topic = topic_of(title, opening, sector, grades_one_body(extracted))
    national = [item.text for item in extracted.items if not item.historic
                and (to_sector(item.text, sector) or thematic(topic) and _dated_to_nobody(item))]
    if not national:
        if not thematic(topic) or area_of(document.responding_body) != "national" \
                and states_items(item for item in extracted.items if item.type == THEMATIC_ITEM_TYPE):
            return frozenset()
        # a reply restating none of the thematic's items ("the report's 35 recommendations")
        # answers the report of a year it names: it joins that pool, never joins two. Its
        # body's own areas for improvement or causes of concern, which a progress report on
        # the thematic may list beside it, are none of the thematic's: a thematic recommends.
        # So does a national body's statement restating recommendations in its own words ("the
        # three recommendations made to commissioners, to ensure ..."): it speaks for every
        # body the thematic was made to, and names no body whose own items they could be. A
        # full date it names ("members asked why the first deadline reads 30 June 2031") that is a
        # deadline of its thematic's recommendations is the report's: it joins that pool too (one
        # naming no year is placed as such, `linking._undated_reply`)
        dates = _full_dates(document.text) if years else frozenset()
        return frozenset((ANSWERS, sector, name, str(year)) for name in topic for year in years) \
            | frozenset((NAMED_DATE, sector, date) for date in dates)
    marks: set[tuple[str, ...]] = set()
    if years and thematic(topic):
        marks.update(("thematic", sector, name, str(max(years))) for name in topic)
    for text in national:
        deadline = opening_date(text)
        if deadline:
            marks.add(("deadline", sector, deadline))
    return frozenset(marks | _series_mark(document))


def _full_dates(text: str) -> frozenset[str]:
    """The dates a text names with day, month and year, written as a pool's deadline marks
    are ("1 february 2025")."""
    found = (" ".join(m.group(0).lower().split()) for m in DAY_MONTH_YEAR.finditer(text) if m.group("year"))
    return frozenset(date.removeprefix("the ") for date in found)


def _dated_to_nobody(item: Item) -> bool:
    """Whether an item is one of a thematic's dated recommendations restated under its lead-in
    ("By 27 March 2031, review their training on ...": the lead-in "chief constables should"
    left out), addressed to no one body: in a reply on a named thematic it is the report's
    recommendation to every body of the sector, as one in the sector's voice is (`_pool`). One
    addressed to a body is that body's own ("By March 2031, Exshire Police should ...")."""
    return item.type == THEMATIC_ITEM_TYPE and opening_date(item.text) is not None \
        and (not item.subject or area_of(item.subject) == "national")


def _series_mark(document: Document) -> Pool:
    """The series mark of a body's page headed by one numbered recommendation ("Recommendation
    11"): a body that publishes a page each on one report's recommendations makes them one
    series, so its siblings' pool is its own. It holds whatever the recommendation's wording
    (one made jointly to the chief fire officers and a national body is not in the sector's
    voice) and though the page names no thematic or year: the heading is the sign, not the
    words under it. Empty for a page that is not so headed, of a national body, or of no
    sector."""
    if document.doc_type not in RESPONSE_ROLE_TYPES or not _numbered_page(document.text):
        return frozenset()
    sector = document_sector(document.title or "", document.text)
    area = area_of(document.responding_body)
    if sector is None or not area or area == "national":
        return frozenset()
    return frozenset({(SERIES, sector, area)})


def _numbered_page(text: str) -> bool:
    """Whether a text is a page on one numbered recommendation: a heading "Recommendation
    11" is among its first lines (the page's own heading, under the site's name at most)
    and no other number heads any of its lines (a document of several recommendations)."""
    headings = {h.group(1) for h in NUMBERED_HEADING_RE.finditer(text)}
    return len(headings) == 1 and any(NUMBERED_HEADING_RE.fullmatch(line) for line in _lines(text)[:key_cues().limits.heading_lines])


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def _document_key(document: Document, extracted: Extracted, years: frozenset[int]) -> LinkKey | None:
    """The key's parts (`document_key`); `years`: the document's `years_of`."""
    current = any(not item.historic for item in extracted.items)
    title, opening = document.title or "", document.text[:key_cues().limits.opening_chars]
    top = f"{title}\n{opening}"
    sector = document_sector(title, document.text)
    if document.doc_type in RESPONSE_ROLE_TYPES and not states_items(extracted.items):  # one that restates items is grouped by them
        role, area = "response", area_of(document.responding_body)
    elif document.doc_type in INSPECTION_ROLE_TYPES | RECORD_ROLE_TYPES and current:
        role = "record" if document.doc_type in RECORD_ROLE_TYPES else "inspection"
        area = _addressee_area(extracted, top) or _titled_area(extracted, top)
    elif document.doc_type in STATEMENT_ROLE_TYPES and current:
        role, area = "statement", _addressee_area(extracted, top)
    else:
        return None
    if sector is None:
        return None
    topic = topic_of(title, opening, sector, grades_one_body(extracted))
    if area is None and role == "response" and not current and not _names_local_body(top) and thematic(topic):
        area = "national"  # a reply on a thematic naming no body of its own, nor any item, answers it as every body does
    if area is None:
        return None
    # a body's own statement of its open causes of concern names them as a reply naming them does;
    # one of a national thematic's recommendations (made to every force: its key's area is national)
    # names that thematic as a reply naming it does, and a thematic has one report a year. A body's
    # restatement of its own areas for improvement is left alone: its own rounds and revisits share
    # its key, and such links went to the wrong one of them as often as to the right one
    open_stated = any(item.type == OPEN_ITEM_TYPE for item in extracted.items if not item.historic)
    restates = role == "statement" and document.doc_type in RESPONSE_ROLE_TYPES and (open_stated or area == "national")
    open_items = (restates and open_stated) or _names_open_items(role, title, top)
    yearless = not YEAR_RE.search(_own_times(document.text))  # "fewer officers than it had in 2010" names no time of its own
    # a thematic's text naming no year: a reply, or the inspectorate's or the press's statement of the
    # items (a force's restatement naming none says too little of when, and of whom, to be linked to)
    timeless = thematic(topic) and (role != "statement" or document.doc_type not in RESPONSE_ROLE_TYPES)
    # a story naming no year at all ("the force has been told ...") is keyed for its own link
    # alone, as a reply naming none is (`linking._lone_response_targets`); no response links to it
    second_hand = role == "statement" and document.doc_type in PRESS_ROLE_TYPES
    if not topic or not (years or yearless and (role == "response" or timeless or second_hand)):
        return None
    if role == "statement":
        # a statement's time is when it was written: the deadlines its items give ("to be
        # delivered by April 2021") are later than that, so a reply of the report's year meets it
        years = years_of(title, opening, (document.date, document.published), key_cues().deadlines) or years
    if role in INSPECTION_SIDE:
        years |= cycle_years(title)
    later_round = role == "response" and any(p.search(top) for p in key_cues().later_round)
    return LinkKey(role, sector, area, topic, years, open_items, role == "response" and current, later_round=later_round,
                   restates=restates, span_ends=span_ends(top),
                   second_hand=second_hand)


def _names_open_items(role: str, title: str, top: str) -> bool:
    """Whether a document names its body's open causes of concern: an inspection's document
    or statement in its title (a revisit letter), a response in its title or opening, by
    the programme's words (Engage, causes of concern, revisits) or by the grade that opens
    them ("graded inadequate" in a force's reply that names no year: a body graded so has
    its causes of concern open, and a reply reporting the grade answers them)."""
    cues = key_cues()
    if role != "response":
        return any(p.search(title) for p in cues.programmes[OPEN_ITEMS_PROGRAMME])
    return any(p.search(top) for p in (*cues.programmes[OPEN_ITEMS_PROGRAMME], *cues.open_items_grades))
