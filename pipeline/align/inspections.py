"""Group documents by the inspection they concern, and date each inspection's report.

A batch mixes inspections. Documents name their inspection in many ways ("An inspection
of how forces tackle fraud (fraud)" and the
same without "(SOC)"), so titles are compared fuzzily; two titles that name different
years or different bodies ("PEEL 2017" and "PEEL 2019", "... of Kent Police" and
"... of Essex Police") are never the same inspection, whatever their similarity, and
neither are documents whose reports were published months apart. A document that names
no inspection (a news story) joins the group whose items it restates, if any; before that,
a response titled "Government response to the X" pairs with the document titled "X" (as
GOV.UK publishes a review and the answer to it), whatever either says of its inspection.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from rapidfuzz import fuzz, process

from crosswalk.align.linking import LinkKey, link_responses
from crosswalk.align.similarity import core_text
from crosswalk.bodies import find_bodies
from crosswalk.model import Extracted

TITLE_THRESHOLD = 90.0  # fuzz.ratio between normalised titles: they differ by a topic word
ITEM_JOIN_THRESHOLD = 80.0  # = register.MERGE_THRESHOLD  # an untitled document joins a group whose item it restates
PUBLICATION_GAP_MONTHS = 2
RESTATED_SHARE = 4  # an untitled document joins a group when a quarter or more of its items restate the group's
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# "Government response to the X", "The Home Office's response to X": X is what it answers
ANSWERS_TITLE_RE = re.compile(r"^[\w’'. ]{0,60}?\bresponse to (?:the )?(?P<answered>.{12,})$", re.I)
# what a publisher adds to a title: the site's name, "final report and recommendations"
TITLE_TAIL_RE = re.compile(
    r"(?:\s+[-–|]\s+(?:GOV\.UK|[A-Z][\w.]*\.(?:uk|org|com)))$|(?::|\s+[-–])\s*(?:final |interim )?report(?: and recommendations)?$",
    re.I)


@dataclass
class Inspection:
    key: str
    title: str | None
    published: str | None = None
    published_source: str | None = None
    doc_ids: list[str] = field(default_factory=list)


def normalise_title(title: str) -> str:
    text = re.sub(r"\([A-Z]{2,6}\)", " ", title)
    text = re.sub(r"[^\w\s]", " ", text.lower())
    return " ".join(text.split())


@lru_cache(maxsize=4096)
def _title_key(title: str) -> tuple[frozenset[str], frozenset[str], str]:
    """What must agree for two titles to name one inspection: years, bodies, wording."""
    bodies = frozenset(body.canonical for _, _, body in find_bodies(title))
    return frozenset(YEAR_RE.findall(title)), bodies, normalise_title(title)


def same_inspection(a: str, b: str) -> bool:
    years_a, bodies_a, text_a = _title_key(a)
    years_b, bodies_b, text_b = _title_key(b)
    if years_a != years_b or bodies_a != bodies_b:
        return False
    # Not token_set_ratio: "... response to fraud" is nearly a subset of "... response
    # to knife crime", and the two are different inspections.
    return text_a == text_b or fuzz.ratio(text_a, text_b) >= TITLE_THRESHOLD


def slug(text: str) -> str:
    return "-".join(normalise_title(text).split())[:80] or "untitled"


def _months_apart(a: str | None, b: str | None) -> int:
    if not a or not b:
        return 0
    return abs((int(a[:4]) * 12 + int(a[5:7])) - (int(b[:4]) * 12 + int(b[5:7])))


class Titled(Protocol):
    """What grouping reads of a document (a Document, or a lighter summary of one);
    read-only, as both are frozen."""

    @property
    def doc_id(self) -> str: ...

    @property
    def inspection(self) -> str | None: ...

    @property
    def published(self) -> str | None: ...

    @property
    def title(self) -> str | None: ...


def group_documents(documents: Sequence[Titled], extracted: Mapping[str, Extracted],
                    declared: Mapping[str, str] | None = None,
                    keys: Mapping[str, LinkKey] | None = None) -> list[Inspection]:
    """Inspections in order of first appearance, each with its documents. `declared`
    (doc_id -> inspection name, from a manifest or a folder: `crosswalk.align.declared`)
    puts a document in the inspection of that name, whatever its text says. `keys`
    (doc_id -> its inspection key, `crosswalk.align.linking`) then links each response
    left on its own to the one inspection its key fits."""
    groups: list[Inspection] = []
    titles: dict[str, Counter[str]] = {}  # group key -> the inspection titles its documents carry
    untitled: list[Titled] = []
    named: dict[str, Inspection] = {}
    for doc in documents:
        name = (declared or {}).get(doc.doc_id)
        if name is not None:
            group = named.get(name)
            if group is None:
                group = named[name] = _new_group(slug(name), name, groups, titles)
            _join(group, doc, name, titles)
        elif not doc.inspection:
            untitled.append(doc)
        else:
            group = _titled_group(doc.inspection, doc.published, groups, titles)
            if group is None:
                group = _new_group(slug(doc.inspection), doc.inspection, groups, titles)
            _join(group, doc, doc.inspection, titles)
    for group in groups:
        group.title = titles[group.key].most_common(1)[0][0]
    for name, group in named.items():
        group.title = name
    _place_untitled(_pair_by_title(untitled, groups), groups, extracted)
    return link_responses(groups, keys, declared or {}) if keys else groups


def _new_group(key: str, title: str, groups: list[Inspection], titles: dict[str, Counter[str]]) -> Inspection:
    """A new inspection, its key made unique ("-2" added until no group has it): two
    inspections may share a title's slug and must still be told apart in the tables."""
    group = Inspection(key=key, title=title)
    while any(g.key == group.key for g in groups):
        group.key += "-2"
    groups.append(group)
    titles[group.key] = Counter()
    return group


def _join(group: Inspection, doc: Titled, title: str, titles: dict[str, Counter[str]]) -> None:
    """Add a document to an inspection, counting the title it gave (the most common one
    names the inspection); the most precise publication date (the longest) is kept,
    with the document it came from."""
    titles[group.key][title] += 1
    group.doc_ids.append(doc.doc_id)
    published = doc.published
    if published and (group.published is None or len(published) > len(group.published)):
        group.published, group.published_source = published, doc.doc_id


def _titled_group(title: str, published: str | None, groups: list[Inspection],
                  titles: dict[str, Counter[str]]) -> Inspection | None:
    """The first inspection with a title naming the same inspection, published close
    enough in time: the same title years apart is a later round of the programme."""
    return next(
        (g for g in groups if any(same_inspection(title, t) for t in titles[g.key])
         and _months_apart(g.published, published) <= PUBLICATION_GAP_MONTHS),
        None,
    )


def _place_untitled(untitled: list[Titled], groups: list[Inspection], extracted: Mapping[str, Extracted]) -> None:
    """Documents naming no inspection join the one whose items they restate, or stand as
    an inspection of their own (which linking by key may later join to another)."""
    index = _item_index(groups, extracted) if untitled else {}  # only documents without a title join by items
    for doc in untitled:
        group = _group_by_items(doc, index, extracted)
        if group is None:
            group = Inspection(key=f"untitled-{slug(doc.doc_id)}", title=None)
            groups.append(group)
        group.doc_ids.append(doc.doc_id)


def bare_title(title: str) -> str:
    """A title without what its publisher adds ("... - GOV.UK", ": final report and
    recommendations"), however many of those there are."""
    previous = None
    while previous != title:
        previous, title = title, TITLE_TAIL_RE.sub("", title.strip()).strip()
    return title


def answered_title(title: str | None) -> str | None:
    """What a response's title says it answers: "Government response to the rapid review
    into X - GOV.UK" answers "rapid review into X"."""
    match = ANSWERS_TITLE_RE.match(bare_title(title)) if title else None
    return match.group("answered") if match else None


def _pair_by_title(untitled: list[Titled], groups: list[Inspection]) -> list[Titled]:
    """Put each response whose title answers another document's title in one group with
    it; the documents left over, in order."""
    paired: set[str] = set()
    for doc in untitled:
        answered = answered_title(doc.title)
        if answered is None or doc.doc_id in paired:
            continue
        report = next((other for other in untitled if other.doc_id != doc.doc_id and other.doc_id not in paired
                       and other.title and answered_title(other.title) is None
                       and same_inspection(answered, bare_title(other.title))), None)
        if report is None:
            continue
        name = bare_title(report.title or answered)
        group = Inspection(key=slug(name), title=name)
        while any(g.key == group.key for g in groups):
            group.key += "-2"
        group.doc_ids.extend([report.doc_id, doc.doc_id])
        group.published, group.published_source = report.published, report.doc_id
        groups.append(group)
        paired.update((report.doc_id, doc.doc_id))
    return [doc for doc in untitled if doc.doc_id not in paired]


def _item_index(groups: list[Inspection], extracted: Mapping[str, Extracted]) -> dict[tuple[str, str | None], tuple[list[str], list[Inspection]]]:
    """(type, subject) -> the distinct item cores stated in each titled group."""
    index: dict[tuple[str, str | None], tuple[list[str], list[Inspection]]] = {}
    seen: set[tuple[str, str | None, str, str]] = set()
    for group in groups:
        for doc_id in group.doc_ids:
            for item in extracted[doc_id].items if doc_id in extracted else ():
                core = core_text(item.text)
                if (item.type, item.subject, core, group.key) in seen:
                    continue
                seen.add((item.type, item.subject, core, group.key))
                cores, owners = index.setdefault((item.type, item.subject), ([], []))
                cores.append(core)
                owners.append(group)
    return index


def _group_by_items(doc: Titled, index: dict[tuple[str, str | None], tuple[list[str], list[Inspection]]],
                    extracted: Mapping[str, Extracted]) -> Inspection | None:
    """The group whose items this document restates best (token_set_ratio of cores)."""
    own = [i for i in extracted[doc.doc_id].items if not i.historic] if doc.doc_id in extracted else []
    best, best_score = None, 0.0
    restated: Counter[str] = Counter()
    for item in own:
        cores, owners = index.get((item.type, item.subject), ([], []))
        hit = process.extractOne(core_text(item.text), cores, scorer=fuzz.token_set_ratio,
                                 score_cutoff=ITEM_JOIN_THRESHOLD) if cores else None
        if hit is not None:
            restated[owners[hit[2]].key] += 1
        if hit is not None and hit[1] > best_score:
            best, best_score = owners[hit[2]], hit[1]
    if best is not None and restated[best.key] * RESTATED_SHARE < len(own):
        return None  # a document whose items are mostly its own is not another's
    return best
