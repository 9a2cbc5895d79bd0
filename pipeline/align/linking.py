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
  body its title and opening name, `link_keys._titled_area`);
- topic: the named thematics in the title (else the opening), or else the body's own
  programme (PEEL, Engage and causes of concern, revisits; a fire service's inspection
  round: whatever it is called, one topic), all as data in `patterns/inspection_keys.json`;
  a fire and rescue service's text that names the inspectorate and no thematic or programme
  ("the report published today") is of its round (`sector_programmes`);
- time: the year of the inspection (the earliest year a document of it names: in its title
  when the title names one, else in its opening or dates: a monitoring record's dates hold
  the first of its trail, when the register logged the item, `link_keys.first_logged`) is named by the response (in
  its title when that names one), which names no year more than `window_years` later (`limits`
  of `patterns/inspection_keys.json`).
  A year the inspectorate's own page recalls as an earlier round's ("since our inspection in
  2018") is none of its time (`recalled_round`): its round is a later one.
  A programme's page titled by one year ("PEEL 2018") also names the next: its cycle
  runs over both (`link_keys.cycle_years`). A round named by two years ("revisit
  2018/19") is one inspection with the documents of the second year on it
  (`_join_rounds`).
  A response whose text and dates name no year at all but that names a force's open
  causes of concern (the Engage programme: causes of concern, Engage, revisits, enhanced
  monitoring; or the body graded "inadequate", `open_items_grades`) answers the one
  inspection of its sector, area and topic whose documents are titled by that programme:
  a body has one set of causes of concern open at a time, so naming them fixes the time as
  a year would. For the same reason a response naming
  them and years none of which is an inspection's of its key (minutes of 2024 on the causes
  of concern the 2021 inspection gave) answers the latest inspection titled by that
  programme in the `window_years` before its latest year. Naming no year and no such programme
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
them does (`_lone_response_targets`). So does a body's action plan restating a national
thematic's recommendations to every force (items whose key's area is `national`): it names that
thematic as a reply naming it does, and answers the inspection of its year (a force's 2015 plan on
the 2013 stop and search recommendations, the inspection's record). A body's statement of its own
areas for improvement alone stays apart: its rounds and revisits share its key.

A press article left on a group of its own (a local story stating a force's causes of
concern in a reporter's words, naming no inspection title, restating no item closely enough
to join by it) is linked as a reply naming its items' themes is, to the inspectorate's
documents alone (`_lone_response_targets`): its items are the inspection's, which the
responses linked to the inspection answer (gold lists a story's items in their alignments).
A story naming no year at all on a body's own programme is linked so too (to the one
inspection of its key, as a reply naming no year is), and is no statement any response
links to (`LinkKey.untimed_story`: which year's inspection it states is unread). A body's
own statement of its items is not so linked (above).

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
Documents are indexed by key, so linking is linear in the batch. A document's key and pool
are read in `crosswalk.align.link_keys`; this module joins the batch's keys.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from crosswalk.align.inspection_keys import key_cues
from crosswalk.align.link_keys import ANSWERS, INSPECTION_SIDE, LINKED_ROLES, NAMED_DATE, POOLED, SERIES, LinkKey, thematic

if TYPE_CHECKING:
    from crosswalk.align.inspections import Inspection


Index = dict[tuple[str, str, frozenset[str], int | frozenset[int] | None], list["Inspection"]]
OpenYears = dict[tuple[str, str, frozenset[str]], set[int]]
NamedYears = dict[tuple[str, str, frozenset[str]], dict[int, set[int]]]  # -> inspection year -> years its documents name
Indexed = tuple[Index, OpenYears, NamedYears]
SpanEnds = dict[tuple[str, str, frozenset[str], int], set[int]]  # an inspection -> the years its documents name as a span's second


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
    span_ends: SpanEnds = {}
    for group in groups:
        for doc_id in group.doc_ids:
            key = keys.get(doc_id)
            if key is not None and key.role == role and doc_id not in declared and not key.untimed_story:
                found = index.setdefault((key.sector, key.area, key.topic, key.time), [])
                if group not in found:
                    found.append(group)
                if key.open_items and key.inspection_year is not None:
                    open_years.setdefault((key.sector, key.area, key.topic), set()).add(key.inspection_year)
                if key.inspection_year is not None:
                    named_years.setdefault((key.sector, key.area, key.topic), {}).setdefault(
                        key.inspection_year, set()).update(key.years)
                    span_ends.setdefault((key.sector, key.area, key.topic, key.inspection_year), set()).update(key.span_ends)
    _join_rounds(index, open_years, named_years, span_ends)
    return index, open_years, named_years


def _join_rounds(index: Index, open_years: OpenYears, named_years: NamedYears, span_ends: SpanEnds) -> None:
    """One round named by two years is one inspection: when an inspection's documents name
    it as a span ("Exshire revisit 2018/19", "Exshire 2021/22"), the documents whose
    earliest year is the span's second (a page of 2019 on it, a revisit letter of 2022) are
    indexed under the span's first year, so a reply fits the round once, not two
    inspections of consecutive years."""
    for (sector, area, topic), inspections in named_years.items():
        for year in sorted(inspections):
            first = year - 1
            if first not in inspections or year not in span_ends.get((sector, area, topic, first), ()) \
                    or (sector, area, topic, year) not in index:
                continue
            found = index[(sector, area, topic, first)]
            found.extend(g for g in index.pop((sector, area, topic, year)) if g not in found)
            inspections[first] |= inspections.pop(year)
            held = open_years.get((sector, area, topic), set())
            if year in held:
                held.discard(year)
                held.add(first)


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
    window = key_cues().limits.window_years
    following = _next_round(key, inspections)
    if following is not None:  # the years it names are an earlier round's: not the report it answers
        return [index[(key.sector, key.area, key.topic, following)]]
    named = [index[(key.sector, key.area, key.topic, year)] for year in sorted(key.years)
             if (key.sector, key.area, key.topic, year) in index
             and max(key.years) - _last_year(year, inspections, revisits) <= window]
    if named:
        return named[-1:]
    latest = max(key.years)
    revisited = [year for year, years in inspections.items()
                 if latest in years and 0 <= latest - year and latest - _last_year(year, inspections, revisits) <= window]
    if len(revisited) == 1:
        return [index[(key.sector, key.area, key.topic, revisited[0])]]
    if not key.open_items:
        return []
    held = [year for year in open_years.get((key.sector, key.area, key.topic), ())
            if 0 <= max(key.years) - year <= window]
    return [index[(key.sector, key.area, key.topic, max(held))]] if held else []


def _next_round(key: LinkKey, inspections: Mapping[int, set[int]]) -> int | None:
    """The inspection a response answers when the years it names are an earlier round's
    ("improvements since their last inspection in 2019", "the judgements compared to
    2018": `later_round`): the first inspection of its key after its latest year, within
    `window_years` (a fire service's round follows the last one by two or three years),
    whether or not the batch also holds the earlier round's documents (its page "Exshire
    2018/19"): the text says that round is behind it. A reply naming an earlier year
    without saying it is an earlier round's may answer that round's report, absent from
    the batch: no link."""
    if not key.later_round:
        return None
    latest = max(key.years)
    following = [year for year in inspections if 0 < year - latest <= key_cues().limits.window_years]
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

    linked: set[int] = set()  # positions of the lone responses (and lone press statements) linked
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
    never joins two pools, nor is it pooled with other such replies (no items to share);
    a full date it names that is a deadline of a pool on its thematic (`NAMED_DATE` marks:
    minutes discussing "the deadline ... 1 February 2025") names that pool as its year does.
    Such a reply on one thematic naming one year that is no pool's joins the one pool on
    that thematic alone of the `window_years` after it (`_later_marks`); one naming no year
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
        if all(mark[0] in (ANSWERS, SERIES, NAMED_DATE) for mark in marks):
            local = all(key is not None and key.area != "national" for key in members)  # bodies with rounds of their own
            answering.append((n, {("thematic", *mark[1:]) if mark[0] == ANSWERS else ("deadline", *mark[1:]) if mark[0] == NAMED_DATE
                                  else mark for mark in marks}, local))
            continue
        for mark in sorted(marks):
            if mark[0] in (ANSWERS, NAMED_DATE):
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
        named = {mark[2] for mark in marks if mark[0] == "thematic"}
        roots = {root_of(parent, first[mark]) for mark in marks if mark in first
                 and (mark[0] != "deadline" or themes.get(root_of(parent, first[mark]), set()) & named)} \
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
    so it answers the one pool of its thematic in the `window_years` after that year, when
    that pool is on its thematic alone (a pool also on a narrower one, police-perpetrated
    domestic abuse beside domestic abuse, is on a report the reply does not name). A reply
    of a `local` body (a force, a service, their commissioner) naming several years recalls
    its own body's rounds ("our inspection published in 2019", "the latest inspection report
    (2022)") beside the report it answers, which it names by its title alone: that report is
    the next year's, after the latest round it recalls (`thematic_window_years`). A national body
    has no rounds of its own to recall, and a reply naming several thematics answers none."""
    thematic_marks = [mark for mark in marks if mark[0] == "thematic"]  # their years written from numbers (`link_keys._pool`)
    if len({mark[1:3] for mark in thematic_marks}) != 1 or (len(thematic_marks) > 1 and not local):
        return []
    mark = max(thematic_marks, key=lambda m: int(m[3]))
    limits = key_cues().limits
    window = limits.window_years if len(thematic_marks) == 1 else limits.thematic_window_years
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
    inspection: all join; in two named groups it is ambiguous.

    A press article left alone (`LinkKey.second_hand`: a local story stating a force's causes of
    concern in a reporter's words) is read so too: its items are the inspection's, which the
    responses linked to it answer (gold lists a story's items in their alignments). A story naming
    no year on a thematic is not (a thematic has a report a year); one naming none on a body's own
    programme (`LinkKey.untimed_story`) joins the batch's one inspection of its key, as a reply naming
    no year does, whatever that inspection's year (kept on the measure: restricting it to an inspection
    titled by its causes of concern lost status rows gold aligns to such stories). A story carrying a
    dateline or publication date names that year: its key has years. `_targets`' national
    fallback is the one branch's, and never moves a story: a story on a thematic is indexed as a
    statement of its own key (`_holds_own`), and an untimed one is on no thematic."""
    if len(group.doc_ids) != 1:
        return _replies_targets(group, keys, declared, indexes)
    doc_id = group.doc_ids[0]
    key = keys.get(doc_id)
    untimed_thematic = key is not None and key.second_hand and not key.years and thematic(key.topic)
    if key is not None and (key.restates or key.second_hand) and not untimed_thematic:
        # a body's plan or minutes, or a story, restating an inspection's items, none of which a titled
        # group states in words close enough to join it by them: its items name its inspection as a
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
