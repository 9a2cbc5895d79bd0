"""Link a response that restates no item to the inspection whose items it answers.

A fire authority's scrutiny minutes, a chief officer's news page or a national body's
statement often answer "the causes of concern" or "the recommendations" of an inspection
whose items only another document of the batch states (the inspectorate's letter, its
page, the press). Titles do not join them (the response names no inspection title) and
items do not (it restates none). What does is an inspection KEY read from each text,
whose every part must agree:

- sector: police or fire and rescue (the cue words of each in the title and opening; one
  must outnumber the other two to one), so a county's police never meets its fire service;
- area: the responding body's area, or `national` for a national body (an association of
  commissioners or chiefs, a government department) answering an inspection of all forces;
  for the inspection's documents (the inspectorate's reports, letters, pages and
  monitoring records: a press article's items are a reporter's selection, under its own
  wording), the body its items are addressed to (items addressed to nobody: the one local
  body its title and opening name, `_titled_area`);
- topic: the named thematics in the title (else the opening), or else the body's own
  programme (PEEL, Engage and causes of concern, revisits; a fire service's inspection
  round: whatever it is called, one topic), all as data in `patterns/inspection_keys.json`;
  a fire and rescue service's text that names the inspectorate and no thematic or programme
  ("the report published today") is of its round (`sector_programmes`);
- time: the year of the inspection (the earliest year a document of it names: in its title
  when the title names one, else in its opening or dates) is named by the response (in
  its title when that names one), which names no year more than `WINDOW_YEARS` later.
  A programme's page titled by one year ("PEEL 2018") also names the next: its cycle
  runs over both (`cycle_years`).
  A response whose text and dates name no year at all but that names a force's open
  causes of concern (the Engage programme: causes of concern, Engage, revisits, enhanced
  monitoring; or the body graded "inadequate", `open_items_grades`) answers the one
  inspection of its sector, area and topic whose documents are titled by that programme:
  a body has one set of causes of concern open at a time, so naming them fixes the time as
  a year would. For the same reason a response naming
  them and years none of which is an inspection's of its key (minutes of 2024 on the causes
  of concern the 2021 inspection gave) answers the latest inspection titled by that
  programme in the `WINDOW_YEARS` before its latest year. Naming no year and no such programme
  (a reply "today" to a PEEL report), it answers the batch's one inspection of its sector,
  area and topic when the batch holds one alone (and states no items of that key, naming
  no year, elsewhere); with another year's report of the same body, it links to nothing.
  A response naming no inspection's year answers the one inspection in the window whose
  documents name its latest year (a revisit letter names its own year beside the
  inspection's: a force's statement of that year answers the items revisited). An
  inspection whose causes of concern later documents are titled by (revisit and progress
  letters) is answered until the window after the last year they name, not only after its
  own year: its causes of concern stay open until the last letter (`_last_year`). A
  national body's reply on a thematic that fits nothing so (naming no year, or the
  inspectorate's page of it naming none) answers the batch's one inspection of all
  forces on that thematic, when it holds no other in any year
  (`_lone_thematic`). A local body's reply on a thematic that fits nothing, when the batch
  holds no document of that body on it, is read as a national body's (`_targets`): a
  thematic inspection of all forces makes its recommendations to every chief officer. So is a
  reply on a thematic that names no body of its own (a commissioner's page naming its office
  only in the site's banner: no local body in its title and opening, no responding body read)
  and states no item: it answers as every body does.

The inspectorate's documents are what a response is linked to first: its reports, letters
and pages, and only when none of them fits, its monitoring records. A record tracks the
items of one dated inspection and their progress ("Cause of concern ... | Completed"):
it is the inspection's as a letter is, but a reply is to the report or letter it names,
so a record is weighed apart from them (a force's reply naming no year answers the one
inspection of its key the inspectorate reported on, whatever older inspection's record
the batch also holds). When the batch holds
none of the response's key (no inspection of its sector, area, topic and year), a document
that states the inspection's current items second-hand serves as its statement: a press
article, or another response restating them (a national body's summary of a thematic's
recommendations, a county's news story). Its area is that of the body its items are
addressed to, like an inspection document's; its time is the years it names: a story
names the year it was written in and the rounds it recalls, so its earliest year is no
inspection's. A response is of its time when the latest year it names is the latest the
statement names (both were written then), whatever earlier years each recalls (a reply to
2017's report does not meet a story of 2018's re-visit that recalls 2017; a reply naming
2023 meets a restatement of 2023's revisit that recalls the 2021 report; a national body's
reply naming the report's year and the deadline's meets a force's plan naming the deadline's
alone: which earlier rounds a text recalls is its own choice). When no statement is of its
time so, a response naming the statement's latest year beside later ones answers it: a
service's plan page names the years its plan runs to ("2024 to 2028") beside the year of the
report it answers, and the story of that report names no later year.

Replies alone in a group of their own (a body's reply and another page restating the same
recommendation share the report's title and month) join the inspection their replies' keys
all fit, as one reply alone would (`_replies_targets`): which other replies a batch holds
does not decide whether a reply is linked.

A body's own statement of its inspection's items (an improvement plan listing the causes of
concern and areas for improvement by their headings, minutes restating them) that no titled
group's items join it to is linked as a reply naming their themes is, to the inspectorate's
documents alone; stating a cause of concern names the open causes of concern as a reply naming
them does (`_lone_response_targets`).

Statements of one sector, area and programme whose latest year is the response's are of
one inspection, whatever earlier rounds each recalls (a story of the causes of concern
lifted, a county's page of all the service's inspections): the response joins them all.
Statements of a national thematic are not gathered so (two reports of one year may share
a thematic).

A response naming the years of two inspections of its key answers the later: minutes naming
the 2021 and the 2023 inspections are of the time of 2023's report, and recall 2021's. A
response that fits two inspections otherwise links to neither; nor does one whose
inspection's documents lie in several named groups (in one named group and loose, ungrouped
documents, they are one inspection's: all join).
A group of replies alone, of bodies of several areas, on their own programme, was gathered
by a generic title ("PEEL Assessment 2023-2025"): it is split, and each reply linked by its
own key (`_split_responses`). Declared documents (a manifest or an `.inspection` folder)
never link: a declaration overrides.
Documents are indexed by key, so linking is linear in the batch.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from crosswalk.align.inspection_keys import (
    CYCLE_PROGRAMME,
    OPEN_ITEMS_PROGRAMME,
    OPENING_CHARS,
    document_sector,
    key_cues,
    sector_of,
    to_sector,
)
from crosswalk.align.themes import states_items
from crosswalk.bodies import find_bodies, fire_of_area, force_of_area, lookup
from crosswalk.model import ANSWER_TYPES, Document, Extracted

if TYPE_CHECKING:
    from crosswalk.align.inspections import Inspection

WINDOW_YEARS = 3  # a response names no year later than this after its inspection's
NEXT_YEAR_ONLY = 1  # a thematic reply naming several years answers the report of the year after the latest (`_later_marks`)
RESPONSE_ROLE_TYPES = ANSWER_TYPES
INSPECTION_ROLE_TYPES = frozenset({"inspection_report", "peel_page"})
RECORD_ROLE_TYPES = frozenset({"monitoring_record"})  # track an inspection's items: linked to when no inspection's own document fits
STATEMENT_ROLE_TYPES = RESPONSE_ROLE_TYPES | {"press_article"}  # state an inspection's items second-hand
NATIONAL_KINDS = frozenset({"national", "all"})
OPEN_ITEM_TYPE = "cause_of_concern"  # what a body has open until the inspectorate closes it (`_names_open_items`)
THEMATIC_ITEM_TYPE = "recommendation"  # what a national thematic makes; areas for improvement and causes of concern are a body's own inspection's
NOT_A_RESPONDER = frozenset({"HMICFRS"})  # the inspectorate answers nothing it inspects
POOLED = "pooled"  # a restating response's key that links nothing: only its `pool` is read
ANSWERS = "answers"  # the pool mark of a reply restating none of a thematic's items (`pool_responses`)
SERIES = "series"  # the pool mark of a body's page headed by one numbered recommendation (`pool_responses`)
LINKED_ROLES = ("inspection", "record", "statement")  # what a response links to, first to last
INSPECTION_SIDE = LINKED_ROLES[:2]  # the inspectorate's documents: all a response naming its items' themes links to
YEAR_RE = re.compile(r"(?<!\bAct )\b(?:19|20)\d\d\b")  # a statute's year ("Police Act 1996") is no time
# an item's deadline ("By 30 March 2026, chief constables should ..."): one of a pool's marks
DEADLINE_RE = re.compile(r"\s*(?:by|within)\s+(?P<date>(?:\d{1,2}\s+)?[a-z]+\s+(?:19|20)\d\d)\b", re.I)
# a line that is a numbered recommendation's heading alone ("Recommendation 11"): a page headed by one is one of a series
HEADING_LINES = 3  # a page's own heading is among its first lines
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
    pool: Pool = frozenset()  # a restating response's national thematic (`pool_responses`)
    later_round: bool = False  # a response whose years are an earlier round's: it answers the round after them (`_next_round`)
    restates: bool = False  # a response's statement of items: left alone, it links as a reply naming their themes (`_lone_response_targets`)

    @property
    def inspection_year(self) -> int | None:
        """The earliest year named; None for a thematic's document naming no year
        (`document_key`), which only `_lone_thematic` places."""
        return min(self.years, default=None)

    @property
    def time(self) -> int | frozenset[int] | None:
        """What a response must match of the document's time: the year of an inspection
        (the earliest its inspectorate's documents name); all the years a statement of it
        (press, a response) names: a second-hand statement names the year it was written
        in and those of the rounds it recalls (`_fits` says which responses match)."""
        return self.years if self.role == "statement" else self.inspection_year


def _named(cues: Mapping[str, tuple[re.Pattern[str], ...]], text: str) -> frozenset[str]:
    return frozenset(name for name, patterns in cues.items() if any(p.search(text) for p in patterns))


def topic_of(title: str, opening: str, sector: str) -> frozenset[str]:
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
    answers many thematics that the cues do not list: only its "annual" or "routine"
    inspection, or "the latest inspection of the force", is its programme (PEEL)."""
    cues = key_cues()
    for text in (title, opening):
        thematics = _subjects(_named(cues.thematics, text), cues.format_thematics)
        if thematics:
            return thematics
        programmes = _named(cues.programmes, text)
        if programmes:
            return frozenset({cues.programme_topic})
    if any(p.search(f"{title}\n{opening}") for p in cues.sector_programmes.get(sector, ())):
        return frozenset({cues.programme_topic})
    return frozenset()


def _subjects(thematics: frozenset[str], formats: frozenset[str]) -> frozenset[str]:
    """The thematics named, without a report format's ("spotlight report") when a subject is
    named beside it: "the spotlight report into values and culture" is the values and
    culture inspection, as a reply naming that subject alone is."""
    return subjects if (subjects := thematics - formats) else thematics


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
    (as one naming a revisit letter's year does, `_fits`). Empty for other titles."""
    years = {int(y) for y in YEAR_RE.findall(title)}
    if len(years) != 1 or not any(p.search(title) for p in key_cues().programmes[CYCLE_PROGRAMME]):
        return frozenset()
    return frozenset({years.pop() + 1})


def years_of(title: str, opening: str, dates: Sequence[str | None],
             unless: Sequence[re.Pattern[str]] = ()) -> frozenset[int]:
    """The years a title names ("State of Policing 2023" is not the 2022 report, whatever
    its text recalls); else those its opening names and its dates. A year the opening names
    as the next inspection's ("the next full inspection is likely in early 2023") is when
    the text expects a report it cannot answer yet, not a time it is of; so is a year
    `unless` reads (a deadline, for a statement of the items)."""
    named = frozenset(int(y) for y in YEAR_RE.findall(title))
    for pattern in (*key_cues().next_round, *unless):
        opening = pattern.sub(" ", opening)
    return named or frozenset(int(y) for y in YEAR_RE.findall(opening)) | {int(d[:4]) for d in dates if d}


def document_key(document: Document, extracted: Extracted) -> LinkKey | None:
    """The document's key, or None when a part of it cannot be read (no link then). The
    years its title, opening and dates name are read once, for its key and its pool."""
    years = years_of(document.title or "", document.text[:OPENING_CHARS], (document.date, document.published))
    key = _document_key(document, extracted, years)
    pool = _pool(document, extracted, years) or (_series_mark(document) if key is None else frozenset())
    if not pool:
        return key
    # a page of a thematic's recommendation keyed by no thematic names the inspectorate as the
    # recommendation does ("should notify HMICFRS of ..."): that is no sign of the body's own round
    if key is None or not thematic(key.topic):
        return LinkKey(POOLED, "", "national", frozenset(), frozenset(), pool=pool)
    return replace(key, pool=pool)


def _pool(document: Document, extracted: Extracted, years: frozenset[int]) -> Pool:
    """What marks a response restating a national thematic's recommendations, made to
    every force or service of its sector (`sector_voice`: "By <date>, chief fire
    officers should ..."): each thematic its title (else its opening) names, with its
    sector and the latest year named there (the year it answers in), and each deadline
    such an item names ("1 june 2023": a report's recommendations share their deadlines).
    Responses sharing any of these answer one report (`pool_responses`). `years`: the
    document's `years_of`. Empty for anything else."""
    if document.doc_type not in RESPONSE_ROLE_TYPES:
        return frozenset()
    title, opening = document.title or "", document.text[:OPENING_CHARS]
    sector = document_sector(title, document.text)
    if sector is None:
        return frozenset()
    national = [item.text for item in extracted.items if not item.historic and to_sector(item.text, sector)]
    topic = topic_of(title, opening, sector)
    if not national:
        if states_items(item for item in extracted.items if item.type == THEMATIC_ITEM_TYPE) or not thematic(topic):
            return frozenset()
        # a reply restating none of the thematic's items ("the report's 35 recommendations")
        # answers the report of a year it names: it joins that pool, never joins two. Its
        # body's own areas for improvement or causes of concern, which a progress report on
        # the thematic may list beside it, are none of the thematic's: a thematic recommends
        return frozenset((ANSWERS, sector, name, str(year)) for name in topic for year in years)
    marks: set[tuple[str, ...]] = set()
    if years and thematic(topic):
        marks.update(("thematic", sector, name, str(max(years))) for name in topic)
    for text in national:
        deadline = DEADLINE_RE.match(text)
        if deadline:
            marks.add(("deadline", sector, " ".join(deadline.group("date").lower().split())))
    return frozenset(marks | _series_mark(document))


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
    return len(headings) == 1 and any(NUMBERED_HEADING_RE.fullmatch(line) for line in _lines(text)[:HEADING_LINES])


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def _document_key(document: Document, extracted: Extracted, years: frozenset[int]) -> LinkKey | None:
    """The key's parts (`document_key`); `years`: the document's `years_of`."""
    current = any(not item.historic for item in extracted.items)
    title, opening = document.title or "", document.text[:OPENING_CHARS]
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
    topic = topic_of(title, opening, sector)
    if area is None and role == "response" and not current and not _names_local_body(top) and thematic(topic):
        area = "national"  # a reply on a thematic naming no body of its own, nor any item, answers it as every body does
    if area is None:
        return None
    # a body's own statement of its open causes of concern names them as a reply naming them does
    restates = role == "statement" and document.doc_type in RESPONSE_ROLE_TYPES and any(
        item.type == OPEN_ITEM_TYPE for item in extracted.items if not item.historic)
    open_items = restates or _names_open_items(role, title, top)
    yearless = not YEAR_RE.search(document.text)
    # a thematic's text naming no year: a reply, or the inspectorate's or the press's statement of the
    # items (a force's restatement naming none says too little of when, and of whom, to be linked to)
    timeless = thematic(topic) and (role != "statement" or document.doc_type not in RESPONSE_ROLE_TYPES)
    if not topic or not (years or yearless and (role == "response" or timeless)):
        return None
    if role == "statement":
        # a statement's time is when it was written: the deadlines its items give ("to be
        # delivered by April 2021") are later than that, so a reply of the report's year meets it
        years = years_of(title, opening, (document.date, document.published), key_cues().deadlines) or years
    if role in INSPECTION_SIDE:
        years |= cycle_years(title)
    later_round = role == "response" and any(p.search(top) for p in key_cues().later_round)
    return LinkKey(role, sector, area, topic, years, open_items, role == "response" and current, later_round=later_round,
                   restates=restates)


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


Index = dict[tuple[str, str, frozenset[str], int | frozenset[int] | None], list["Inspection"]]
OpenYears = dict[tuple[str, str, frozenset[str]], set[int]]
NamedYears = dict[tuple[str, str, frozenset[str]], dict[int, set[int]]]  # -> inspection year -> years its documents name
Indexed = tuple[Index, OpenYears, NamedYears]


def _index(groups: Sequence[Inspection], keys: Mapping[str, LinkKey], declared: Mapping[str, str],
           role: str) -> Indexed:
    """(sector, area, topic, inspection year) -> the groups holding documents of `role`
    (an inspection's, or the statements of one); (sector, area, topic) -> the years
    of inspections a document of which is titled by the open causes of concern; and
    (sector, area, topic) -> each inspection's year -> every year its documents name (a
    revisit letter names the inspection's year and its own)."""
    index: Index = {}
    open_years: OpenYears = {}
    named_years: NamedYears = {}
    for group in groups:
        for doc_id in group.doc_ids:
            key = keys.get(doc_id)
            if key is not None and key.role == role and doc_id not in declared:
                found = index.setdefault((key.sector, key.area, key.topic, key.time), [])
                if group not in found:
                    found.append(group)
                if key.open_items and key.inspection_year is not None:
                    open_years.setdefault((key.sector, key.area, key.topic), set()).add(key.inspection_year)
                if key.inspection_year is not None:
                    named_years.setdefault((key.sector, key.area, key.topic), {}).setdefault(
                        key.inspection_year, set()).update(key.years)
    return index, open_years, named_years


def _fits(key: LinkKey, indexed: Indexed, role: str) -> list[list[Inspection]]:
    """The groups of each inspection of `index` (of documents of `role`) this response's
    key fits. A statement fits a response whose latest year is its own latest; when none
    does, one whose latest year the response names beside later ones. A response
    naming no year fits the inspection of its causes of concern, when there is one, and no
    statement; else the batch's one inspection of its sector, area and topic, when it
    holds one alone (a body's reply "today" to the report the batch holds of it). One
    saying the years it names are an earlier round's fits the round after them
    (`_next_round`) before any inspection of those years. One
    naming the years of several inspections fits the latest of them in the window. One
    naming no inspection's year fits the one inspection in the window before its latest
    year whose documents name that year (the revisit letter of 2023 to a 2021 inspection,
    answered in 2023), else, naming the causes of concern, the latest inspection titled by
    them in that window. An inspection titled by its causes of concern is of its time until
    the window after the last year its documents name (`_last_year`)."""
    index, open_years, named_years = indexed
    if role == "statement":
        timed = [(years, groups) for (sector, area, topic, years), groups in index.items()
                 if (sector, area, topic) == (key.sector, key.area, key.topic) and isinstance(years, frozenset)
                 and bool(key.years) and bool(years) and max(years) in key.years]
        # of its time first; else one whose time the response names beside later years (its plan's)
        return [groups for years, groups in timed if max(years) == max(key.years)] \
            or [groups for _, groups in timed]
    inspections = named_years.get((key.sector, key.area, key.topic), {})
    if not key.years:
        held = sorted(open_years.get((key.sector, key.area, key.topic), ())) if key.open_items else []
        if not held and len(inspections) == 1:
            held = list(inspections)
        return [index[(key.sector, key.area, key.topic, year)] for year in held]
    revisits = open_years.get((key.sector, key.area, key.topic), set())
    following = _next_round(key, inspections)
    if following is not None:  # the years it names are an earlier round's: not the report it answers
        return [index[(key.sector, key.area, key.topic, following)]]
    named = [index[(key.sector, key.area, key.topic, year)] for year in sorted(key.years)
             if (key.sector, key.area, key.topic, year) in index
             and max(key.years) - _last_year(year, inspections, revisits) <= WINDOW_YEARS]
    if named:
        return named[-1:]
    latest = max(key.years)
    revisited = [year for year, years in inspections.items()
                 if latest in years and 0 <= latest - year and latest - _last_year(year, inspections, revisits) <= WINDOW_YEARS]
    if len(revisited) == 1:
        return [index[(key.sector, key.area, key.topic, revisited[0])]]
    if not key.open_items:
        return []
    held = [year for year in open_years.get((key.sector, key.area, key.topic), ())
            if 0 <= max(key.years) - year <= WINDOW_YEARS]
    return [index[(key.sector, key.area, key.topic, max(held))]] if held else []


def _next_round(key: LinkKey, inspections: Mapping[int, set[int]]) -> int | None:
    """The inspection a response answers when the years it names are an earlier round's
    ("improvements since their last inspection in 2019", "the judgements compared to
    2018": `later_round`): the first inspection of its key after its latest year, within
    `WINDOW_YEARS` (a fire service's round follows the last one by two or three years),
    whether or not the batch also holds the earlier round's documents (its page "Exshire
    2018/19"): the text says that round is behind it. A reply naming an earlier year
    without saying it is an earlier round's may answer that round's report, absent from
    the batch: no link."""
    if not key.later_round:
        return None
    latest = max(key.years)
    following = [year for year in inspections if 0 < year - latest <= WINDOW_YEARS]
    return min(following, default=None)


def _last_year(year: int, inspections: Mapping[int, set[int]], revisits: set[int]) -> int:
    """The last year an inspection is answered from: its own year, or, when documents titled
    by its causes of concern follow it (revisit and progress letters), the latest year they
    name: its causes of concern stay open until the last letter, and a reply of that time
    answers them (minutes of 2024 on the revisit letter of 2023 to the 2019 inspection)."""
    return max(inspections.get(year) or {year}) if year in revisits else year


def _targets(key: LinkKey, indexes: Sequence[Indexed]) -> list[Inspection]:
    """The groups of the one inspection this response fits (`_key_targets`). A local
    body's reply on a thematic that fits nothing, when the batch holds no document of its
    own sector, area and thematic in any year (no inspection of that body on it, nor a
    statement of one), answers the inspection of all forces on the thematic, whose
    recommendations are made to every chief officer or commissioner (a county's PCC on
    the national vetting report): it is read as a national body's reply."""
    found = _key_targets(key, indexes)
    if found or key.area == "national" or not thematic(key.topic) or _holds_own(key, indexes):
        return found
    return _key_targets(replace(key, area="national"), indexes)


def _holds_own(key: LinkKey, indexes: Sequence[Indexed]) -> bool:
    """Whether the batch holds a document of the key's sector, area and topic, in any
    year and any role linked to."""
    return any(_indexed(key, index) for index, _, _ in indexes)


def _indexed(key: LinkKey, index: Index) -> bool:
    """Whether `index` holds a document of the key's sector, area and topic, in any year."""
    return any((sector, area, topic) == (key.sector, key.area, key.topic) for sector, area, topic, _time in index)


def _key_targets(key: LinkKey, indexes: Sequence[Indexed]) -> list[Inspection]:
    """The groups of the one inspection this response fits: by its inspectorate's
    documents, else (none of the key in the batch) by the press or responses that state
    its items."""
    for role, indexed in zip(INSPECTION_SIDE if key.themed else LINKED_ROLES, indexes):
        if role == "record" and not key.years and _indexed(key, indexes[0][0]):
            # naming no year, a reply answers the one inspection of its key the inspectorate reported
            # on: when that is none of several, a record of one of them does not decide
            continue
        fits = _fits(key, indexed, role)
        if fits and not key.years and not key.open_items and _stated_apart(key, fits[0], indexes[-1][0]):
            return []  # the one inspection of its key, but a statement of its items in another group may be another's
        if fits and role == "statement" and not thematic(key.topic):
            # of one latest year, the statements of a body's programme are one inspection's
            return list({id(group): group for groups in fits for group in groups}.values())
        if fits:
            return fits[0] if len(fits) == 1 else []
    return _lone_thematic(key, indexes)


def _stated_apart(key: LinkKey, groups: Sequence[Inspection], statements: Index) -> bool:
    """Whether the batch states items of the key's sector, area and topic, naming no year,
    in a group other than `groups`: such a news page may be of another inspection (one
    naming years is of those years, as a reply naming them would be)."""
    return any(group not in groups for (sector, area, topic, time), found in statements.items()
               if (sector, area, topic) == (key.sector, key.area, key.topic) and not time for group in found)


def _lone_thematic(key: LinkKey, indexes: Sequence[Indexed]) -> list[Inspection]:
    """A national thematic's response or document that names no year at all (a national
    body's statement on "this report", the inspectorate's or a paper's news page of it)
    cannot be placed in time: the response fits the batch's one inspection of all forces on
    its sector and thematic, its inspectorate's documents first, else its second-hand
    statements, when the batch holds no other of that key in any year (an inspection dated
    in a year a reply does not name, when it names years, is none it answers). A reply may
    name more thematics than the inspection's documents do ("vetting and counter-corruption" for
    the inspection of vetting): the one inspection in the batch on any of them is the one
    it answers. (A force's reply comes here only as `_targets` reads it as national: the
    thematic may be its own inspection's.)"""
    if not thematic(key.topic) or key.area != "national" or key.themed:
        return []
    *inspection_side, (statement_index, _, _) = indexes  # as LINKED_ROLES: the inspectorate's documents, then statements
    inspections, statements = ([(time, groups) for index in side for (sector, area, topic, time), groups in index.items()
                                if (sector, area) == (key.sector, key.area) and topic <= key.topic]
                               for side in ([index for index, _, _ in inspection_side], [statement_index]))
    # an inspection placed in a year the reply does not name is not the one it answers
    # (a 2017 letter on counter-corruption beside a reply naming only 2022)
    inspections = [(time, groups) for time, groups in inspections
                   if not key.years or not isinstance(time, int) or time in key.years]
    if inspections:  # its statements must be of it: one naming no year may be of another
        time = inspections[0][0]
        if any(not isinstance(years, frozenset) or time not in years for years, _ in statements):
            return []
    candidates = inspections or statements
    if len(candidates) != 1:
        return []
    time, groups = candidates[0]
    return groups if not key.years or time is None or time == frozenset() else []


def link_responses(groups: list[Inspection], keys: Mapping[str, LinkKey], declared: Mapping[str, str]) -> list[Inspection]:
    """`groups` (inspections with `doc_ids`, `key`, `title`) with each lone response moved
    into the inspection its key fits; an inspection whose documents are loose ungrouped
    documents is gathered into one group first. Returns the groups left, in order.

    Every response's targets are read from the groups as given (the index of all their
    keys), never from what linking another response did, and the links are then merged as
    connected components: so the result does not depend on the order of `groups` or of
    the responses, only on which group a merged component is named after (its first
    target in `groups`)."""
    groups = [part for group in groups for part in _split_responses(group, keys, declared)]
    indexes = [_index(groups, keys, declared, role) for role in LINKED_ROLES]
    position = {id(group): n for n, group in enumerate(groups)}
    parent = list(range(len(groups)))

    def find(n: int) -> int:
        return root_of(parent, n)

    linked: set[int] = set()  # positions of the lone responses linked
    for n, group in enumerate(groups):
        targets = _lone_response_targets(group, keys, declared, indexes)
        if targets:
            linked.add(n)
            for target in targets:  # the response's group is never the root: a target names the component
                a, b = sorted((find(position[id(target)]), find(n)), key=lambda m: (m in linked, m))
                parent[b] = a
    kept = _merged(groups, find, linked)
    return pool_responses(kept, keys, declared)


def _split_responses(group: Inspection, keys: Mapping[str, LinkKey], declared: Mapping[str, str]) -> list[Inspection]:
    """A group of responses alone to their bodies' own programme (no thematic), of bodies
    of different areas, as one group per response: a generic title ("PEEL Assessment
    2023-2025") names every force's inspection of a programme, so the replies it gathers
    answer different inspections, each its own body's (linked by key). Replies of several
    bodies to one national thematic stay together, as does any other group."""
    members = [keys.get(d) for d in group.doc_ids]
    if len(members) < 2 or any(d in declared for d in group.doc_ids) \
            or not all(key is not None and key.role == "response" and not thematic(key.topic) for key in members) \
            or len({key.area for key in members if key is not None}) < 2:
        return [group]
    return [replace(group, doc_ids=[doc_id]) for doc_id in group.doc_ids]


def pool_responses(groups: list[Inspection], keys: Mapping[str, LinkKey], declared: Mapping[str, str]) -> list[Inspection]:
    """Groups of responses alone that restate a national thematic's recommendations
    (`LinkKey.pool`), joined when they share its marks (a thematic and year, a
    deadline): one service's page restates the recommendations it acts on, another's
    others of the same report, and the report makes every one of them to each service,
    so each is read against all (those it never mentions are unaddressed). A group
    holding any document that is not a response (an inspection's, the press's) or a
    response of no pool's is left as it is: its register is its inspection's. A group of
    replies on the thematic that restate none of its recommendations ("the report's 35
    recommendations", `ANSWERS` marks: the thematic and each year named) joins the one pool
    of the thematic and a year it names, and stays alone when that is none or several: it
    never joins two pools, nor is it pooled with other such replies (no items to share).
    Such a reply on one thematic naming one year that is no pool's joins the one pool on
    that thematic alone of the `WINDOW_YEARS` after it (`_later_marks`); one naming no year
    joins the one pool of its thematic when the batch holds no other year's document on it
    (`_undated_reply`, `_other_year`)."""
    parent = list(range(len(groups)))
    first: dict[tuple[str, ...], int] = {}
    series: dict[tuple[str, ...], list[int]] = {}  # a series mark -> the groups sharing a thematic's marks beside it
    answering: list[tuple[int, set[tuple[str, ...]], bool]] = []  # groups of replies restating none of the items
    undated: list[int] = []  # lone replies on a thematic naming no year (`_undated_reply`)
    for n, group in enumerate(groups):
        if _undated_reply(group, keys, declared):
            undated.append(n)
            continue
        members = [keys.get(d) if d not in declared else None for d in group.doc_ids]
        if not all(key is not None and key.pool and key.role in (POOLED, "response", "statement") for key in members):
            continue
        marks = set().union(*(key.pool for key in members if key is not None))
        if all(mark[0] in (ANSWERS, SERIES) for mark in marks):
            local = all(key is not None and key.area != "national" for key in members)  # bodies with rounds of their own
            answering.append((n, {("thematic", *mark[1:]) if mark[0] == ANSWERS else mark for mark in marks}, local))
            continue
        for mark in sorted(marks):
            if mark[0] == ANSWERS:
                continue
            if mark[0] == SERIES:  # never joins pools by itself: a body's pages may be on two reports
                series.setdefault(mark, []).append(n)
                continue
            root = first.setdefault(mark, n)
            a, b = sorted((root_of(parent, root), root_of(parent, n)))
            parent[b] = a
    themes: dict[int, set[str]] = {}  # a pool's root -> the thematics its marks name
    for mark, m in first.items():
        if mark[0] == "thematic":
            themes.setdefault(root_of(parent, m), set()).add(mark[2])
    for n, marks, local in answering:  # joins the one pool of the thematic it names (or its series'), else stays alone
        roots = {root_of(parent, first[mark]) for mark in marks if mark in first} \
            or {root for later in _later_marks(marks, local) if later in first
                and themes.get(root := root_of(parent, first[later])) == {later[2]}}
        roots |= {root_of(parent, m) for mark in marks for m in series.get(mark, ())}
        if len(roots) == 1:
            parent[n] = roots.pop()
    for n in undated:  # joins the one pool of its thematic, of whatever year, when no other year's is in the batch
        key = keys[groups[n].doc_ids[0]]
        roots = {root_of(parent, m) for mark, m in first.items()
                 if mark[0] == "thematic" and mark[1] == key.sector and mark[2] in key.topic}
        if len(roots) == 1 and not _other_year(key, roots, groups, parent, keys):
            parent[n] = roots.pop()
    return _merged(groups, lambda n: root_of(parent, n), set())


def _later_marks(marks: set[tuple[str, ...]], local: bool) -> list[tuple[str, ...]]:
    """The thematic marks of the years after those a reply on one thematic names: a pool's
    year is the latest its restating pages name (progress written after the report), while
    such a reply names the year of what prompted it (the report, the complaint before it),
    so it answers the one pool of its thematic in the `WINDOW_YEARS` after that year, when
    that pool is on its thematic alone (a pool also on a narrower one, police-perpetrated
    domestic abuse beside domestic abuse, is on a report the reply does not name). A reply
    of a `local` body (a force, a service, their commissioner) naming several years recalls
    its own body's rounds ("our inspection published in 2019", "the latest inspection report
    (2022)") beside the report it answers, which it names by its title alone: that report is
    the next year's, after the latest round it recalls (`NEXT_YEAR_ONLY`). A national body
    has no rounds of its own to recall, and a reply naming several thematics answers none."""
    thematic_marks = [mark for mark in marks if mark[0] == "thematic"]  # their years written from numbers (`_pool`)
    if len({mark[1:3] for mark in thematic_marks}) != 1 or (len(thematic_marks) > 1 and not local):
        return []
    mark = max(thematic_marks, key=lambda m: int(m[3]))
    window = WINDOW_YEARS if len(thematic_marks) == 1 else NEXT_YEAR_ONLY
    return [(*mark[:3], str(int(mark[3]) + step)) for step in range(1, window + 1)]


def _undated_reply(group: Inspection, keys: Mapping[str, LinkKey], declared: Mapping[str, str]) -> bool:
    """Whether a group is one undeclared reply on a named thematic that names no year and
    restates none of its items (a service's "statement in response to the spotlight report
    into values and culture"): it has no pool's marks, yet it answers the thematic's report
    when the batch holds one year's alone (`pool_responses`)."""
    if len(group.doc_ids) != 1 or group.doc_ids[0] in declared:
        return False
    key = keys.get(group.doc_ids[0])
    return key is not None and key.role == "response" and thematic(key.topic) and not key.years \
        and not key.pool and not key.themed


def _other_year(key: LinkKey, roots: set[int], groups: Sequence[Inspection], parent: list[int],
                keys: Mapping[str, LinkKey]) -> bool:
    """Whether a document outside the pool (`roots`) is keyed by the sector and a thematic of
    `key` and names a year none of the pool's documents names: the batch then holds another
    year's report on it (stop and search of 2015 and of 2021), and a reply naming no year
    may answer either."""
    pooled: set[int] = set()
    outside: list[LinkKey] = []
    for n, group in enumerate(groups):
        found = [k for d in group.doc_ids if (k := keys.get(d)) is not None and k.sector == key.sector]
        if root_of(parent, n) in roots:
            pooled.update(*(k.years for k in found))
        else:
            outside.extend(k for k in found if k.topic & key.topic and k.years)
    return any(not k.years <= pooled for k in outside)


def _lone_response_targets(group: Inspection, keys: Mapping[str, LinkKey], declared: Mapping[str, str],
                           indexes: Sequence[Indexed]) -> list[Inspection]:
    """The groups a group holding one undeclared response is to join: those of the one
    inspection its key fits, when that is one named group or only loose documents. A
    response restating items (`LinkKey.restates`) left on its own is read as a reply naming
    their themes: it is linked to the inspectorate's documents, never to another statement.
    An inspection whose documents lie in one named group and loose documents (a revisit
    letter the batch holds alone beside the group its other letter is titled in) is one
    inspection: all join; in two named groups it is ambiguous."""
    if len(group.doc_ids) != 1:
        return _replies_targets(group, keys, declared, indexes)
    doc_id = group.doc_ids[0]
    key = keys.get(doc_id)
    if key is not None and key.restates:
        # a body's plan or minutes restating its inspection's items, none of which a titled group
        # states in words close enough to join it by them: its own items name its inspection as a
        # reply naming their themes does, so it links to the inspectorate's documents alone
        key = replace(key, role="response", themed=True)
    if key is None or key.role != "response" or doc_id in declared:
        return []
    targets = _targets(key, indexes)
    if len(targets) > 1 and sum(not _loose(t, declared) for t in targets) > 1:
        return []
    return targets


def _replies_targets(group: Inspection, keys: Mapping[str, LinkKey], declared: Mapping[str, str],
                     indexes: Sequence[Indexed]) -> list[Inspection]:
    """The groups a group of replies alone is to join: two replies sharing a report's title
    and month (a body's reply and another's page restating the same recommendation) are no
    inspection of their own, so they join the one their replies' keys all fit, as a lone
    reply would; a member restating items to pool (`POOLED`) goes with them. Nothing when a
    member is not such a reply, or the replies fit different inspections or none."""
    members = [keys.get(d) if d not in declared else None for d in group.doc_ids]
    if not all(key is not None and key.role in ("response", POOLED) for key in members):
        return []
    found = [_lone_response_targets(replace(group, doc_ids=[d]), keys, declared, indexes)
             for d, key in zip(group.doc_ids, members) if key is not None and key.role == "response"]
    if not found or not found[0] or any([id(t) for t in f] != [id(t) for t in found[0]] for f in found[1:]):
        return []
    return found[0]


def _merged(groups: list[Inspection], find: Callable[[int], int], responses: set[int]) -> list[Inspection]:
    """Each component's groups as one, named after its root (the first target in
    `groups`), with the other members' documents after its own in `groups`' order. Its
    publication date is the most precise of its targets' (the earliest among equals), or
    when none has one, of the linked `responses`' (positions): the date of the report a
    response refers to."""
    kept: list[Inspection] = []
    dated: dict[int, list[tuple[bool, int, str, int]]] = {}  # root -> (a response?, -length, date, position)
    for n, group in enumerate(groups):
        root = find(n)
        if group.published:
            dated.setdefault(root, []).append((n in responses, *precision_order(group.published), n))
        if root == n:
            kept.append(group)
        else:
            groups[root].doc_ids.extend(group.doc_ids)
    for root, candidates in dated.items():
        best = groups[min(candidates)[3]]
        groups[root].published, groups[root].published_source = best.published, best.published_source
    return kept


def root_of(parent: list[int], n: int) -> int:
    """The root of `n` in a forest of disjoint sets (`parent[root] == root`), halving the
    path on the way: grouping and linking both gather documents as connected components,
    which no order of reading can change."""
    while parent[n] != n:
        parent[n] = parent[parent[n]]
        n = parent[n]
    return n


def precision_order(published: str) -> tuple[int, str]:
    """Publication dates ordered most precise first ("2019-06-14" before "2019-06", the
    longer being the more precise), the earliest first among equals: the date an
    inspection keeps when its documents give several."""
    return -len(published), published


def _loose(group: Inspection, declared: Mapping[str, str]) -> bool:
    return group.title is None and len(group.doc_ids) == 1 and group.doc_ids[0] not in declared
