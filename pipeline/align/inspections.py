"""Group documents by the inspection they concern, and date each inspection's report.

A batch mixes inspections. Documents name their inspection in many ways ("An inspection
of how forces tackle fraud (fraud)" and the
same without "(SOC)"), so titles are compared fuzzily; two titles that name different
years or different bodies ("PEEL 2017" and "PEEL 2019", "... of Kent Police" and
"... of Essex Police") are never the same inspection, whatever their similarity, and
neither are documents whose reports were published months apart. A programme's series
title that names no body ("PEEL: Police effectiveness") is every force's: the documents
sharing it are one inspection per body. A document that names
no inspection (a news story) joins the group whose items it restates, if any; before that,
a response titled "Government response to the X" pairs with the document titled "X" (as
GOV.UK publishes a review and the answer to it), whatever either says of its inspection.

Grouping reads the documents as a set, never as a sequence: researchers add documents
in batches and name files as they please, and the same documents must give the same
inspections (and so the same tables) whatever their names or the order they came in.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from rapidfuzz import fuzz, process

from crosswalk.align.link_keys import LinkKey, other_rounds, series_title
from crosswalk.align.linking import link_responses, precision_order, root_of
from crosswalk.align.register import LIMITS
from crosswalk.align.similarity import core_text
from crosswalk.bodies import find_bodies
from crosswalk.model import Extracted, Item

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
    return text_a == text_b or fuzz.ratio(text_a, text_b) >= LIMITS.title_threshold


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
    def sha256(self) -> str: ...

    @property
    def inspection(self) -> str | None: ...

    @property
    def published(self) -> str | None: ...

    @property
    def title(self) -> str | None: ...


def _content_order(doc: Titled) -> tuple[str, str]:
    """The order every choice between equals is made in: by the document's bytes (its
    hash), so that neither its name nor the order it came in decides (the doc_id only
    tells apart two copies of one file)."""
    return doc.sha256 or "", doc.doc_id


def group_documents(documents: Sequence[Titled], extracted: Mapping[str, Extracted],
                    declared: Mapping[str, str] | None = None,
                    keys: Mapping[str, LinkKey] | None = None) -> list[Inspection]:
    """Inspections, each with its documents. `declared` (doc_id -> inspection name, from a
    manifest or a folder: `crosswalk.align.declared`) puts a document in the inspection of
    that name, whatever its text says. `keys` (doc_id -> its inspection key,
    `crosswalk.align.linking`) then links each response left on its own to the one
    inspection its key fits.

    The inspections are a function of the SET of documents: the same documents give the
    same inspections whatever order they come in (the order of their names, of the
    folders given, of incremental runs). No step asks which document came first: titles
    join as connected components (`_titled_groups`), each untitled document is placed
    against the titled groups alone, and every choice between equals is broken by content
    (`_content_order`). The result is then presented in one order (`_presented`): members
    by doc_id, inspections by their first member, keys made unique earliest-published first."""
    declared = declared or {}
    ordered = sorted(documents, key=_content_order)
    rank = {doc.doc_id: n for n, doc in enumerate(ordered)}
    named: dict[str, list[Titled]] = {}
    for doc in ordered:
        if doc.doc_id in declared:
            named.setdefault(declared[doc.doc_id], []).append(doc)
    groups = [_declared_group(name, docs) for name, docs in sorted(named.items())]
    groups += _titled_groups([d for d in ordered if d.doc_id not in declared and d.inspection], keys or {})
    untitled = [d for d in ordered if d.doc_id not in declared and not d.inspection]
    _place_untitled(_pair_by_title(untitled, groups), groups, extracted, rank)
    linked = link_responses(groups, keys, declared) if keys else groups
    return _presented(linked, rank)


def _declared_group(name: str, docs: list[Titled]) -> Inspection:
    """The inspection a manifest or folder names, with the documents declared in it."""
    group = Inspection(key=slug(name), title=name)
    for doc in docs:
        _join(group, doc)
    return group


def _titled_groups(docs: list[Titled], keys: Mapping[str, LinkKey]) -> list[Inspection]:
    """Documents that name their inspection, grouped. Two dated documents are of one
    inspection when their titles name the same inspection (`same_inspection`) and their
    reports were published no more than `LIMITS.publication_gap_months` apart; an inspection is
    a connected component of that relation, so no document's place depends on which
    document founded a group. Documents with no publication date are grouped by title
    alone, and such a group joins the one dated inspection its titles name: it stands on
    its own when they name none or several (an undated "PEEL spotlight report" response
    is not to bridge the spotlight reports of 2019 and 2023). Nor does an undated document
    join one of another round of its body's programme by the title alone (`_other_rounds`:
    every round's report of a force is titled "An inspection of Exshire Police")."""
    parent = list(range(len(docs)))

    def find(i: int) -> int:
        return root_of(parent, i)

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    by_title: dict[str, list[int]] = {}
    for i, doc in enumerate(docs):
        by_title.setdefault(doc.inspection or "", []).append(i)
    similar = _similar_titles(sorted(by_title))
    for a, b in similar:
        for i in by_title[a]:
            for j in by_title[b]:
                if bool(docs[i].published) == bool(docs[j].published) \
                        and _months_apart(docs[i].published, docs[j].published) <= LIMITS.publication_gap_months \
                        and (docs[i].published or not _other_rounds(docs[i], docs[j], keys)):
                    union(i, j)
    _attach_undated(docs, by_title, similar, find, union, keys)
    components: dict[int, list[Titled]] = {}
    for i, doc in enumerate(docs):
        components.setdefault(find(i), []).append(doc)
    groups = []
    for component in components.values():
        title = _most_common_title(component)
        for part in _by_body(component, title, keys):
            groups.append(Inspection(key=slug(title), title=title))
            for doc in part:
                _join(groups[-1], doc)
    return groups


def _by_body(docs: list[Titled], title: str, keys: Mapping[str, LinkKey]) -> list[list[Titled]]:
    """A component's documents as the inspections they are of: one, unless its title is a
    programme's series title (`series_title`: "PEEL: Police effectiveness") and its documents
    are of several local bodies (their keys' areas), when each body's documents are its own
    inspection, and those of no one local body (a release on every force, a page whose key
    is unread) stay together under the title."""
    areas = {doc.doc_id: key.area for doc in docs if (key := keys.get(doc.doc_id)) is not None and key.area != "national"}
    if len(set(areas.values())) < 2 or not series_title(title):
        return [docs]
    parts: dict[str | None, list[Titled]] = {}
    for doc in docs:
        parts.setdefault(areas.get(doc.doc_id), []).append(doc)
    return list(parts.values())


def _similar_titles(titles: list[str]) -> list[tuple[str, str]]:
    """Every pair (a <= b) of distinct-or-equal titles naming the same inspection; titles
    are compared only within their years and bodies, which must agree anyway."""
    buckets: dict[tuple[frozenset[str], frozenset[str]], list[str]] = {}
    for title in titles:
        years, bodies, _ = _title_key(title)
        buckets.setdefault((years, bodies), []).append(title)
    return [(a, b) for bucket in buckets.values() for n, a in enumerate(bucket) for b in bucket[n:]
            if same_inspection(a, b)]


def _attach_undated(docs: list[Titled], by_title: dict[str, list[int]], similar: list[tuple[str, str]],
                    find: Callable[[int], int], union: Callable[[int, int], None],
                    keys: Mapping[str, LinkKey]) -> None:
    """Join each group of undated documents to the one group of dated documents whose
    titles name its inspection, when there is exactly one (see `_titled_groups`); a dated
    document of another round of the body's programme (`_other_rounds`) is none it names."""
    fits: dict[int, set[int]] = {}
    for a, b in similar:
        for i in by_title[a] + by_title[b]:
            for j in by_title[b] + by_title[a]:
                if not docs[i].published and docs[j].published and not _other_rounds(docs[i], docs[j], keys):
                    fits.setdefault(find(i), set()).add(find(j))
    for undated, dated in fits.items():
        if len(dated) == 1:
            union(undated, dated.pop())


def _other_rounds(one: Titled, other: Titled, keys: Mapping[str, LinkKey]) -> bool:
    """Whether two documents sharing a title are of different rounds of their body's
    programme, as their keys' years say (`link_keys.other_rounds`): an undated one is then
    not placed by the title alone."""
    return other_rounds(keys.get(one.doc_id), keys.get(other.doc_id))


def _most_common_title(docs: Sequence[Titled]) -> str:
    """The title most of an inspection's documents give it (the first in sorted order
    among equals)."""
    counts = Counter(doc.inspection or "" for doc in docs)
    return min(counts, key=lambda title: (-counts[title], title))


def _join(group: Inspection, doc: Titled) -> None:
    """Add a document to an inspection, keeping the most precise publication date (the
    longest; the earliest among equals) with the document it came from."""
    group.doc_ids.append(doc.doc_id)
    published = doc.published
    if published and (group.published is None or precision_order(published) < precision_order(group.published)):
        group.published, group.published_source = published, doc.doc_id


def _presented(groups: list[Inspection], rank: Mapping[str, int]) -> list[Inspection]:
    """The inspections in the order the tables show them: members by doc_id, inspections
    by their first member; two inspections whose titles share a key are told apart by
    "-2", "-3"... given earliest-published first (then by content), so a key never
    depends on which document was read first."""
    for group in groups:
        group.doc_ids.sort()
    taken: dict[str, int] = {}
    ranked = sorted(groups, key=lambda g: (g.key, g.published or "~", min(rank[d] for d in g.doc_ids)))
    for group in ranked:
        base = group.key
        taken[base] = taken.get(base, 0) + 1
        if taken[base] > 1:
            group.key = f"{base}-{taken[base]}"
            while group.key in taken:  # a title whose own slug ends in "-2"
                group.key += "-2"
            taken[group.key] = 1
    return sorted(groups, key=lambda g: g.doc_ids[0])


def _place_untitled(untitled: list[Titled], groups: list[Inspection], extracted: Mapping[str, Extracted],
                    rank: Mapping[str, int]) -> None:
    """Documents naming no inspection join the one whose items they restate, or stand as
    an inspection of their own (which linking by key may later join to another). Each is
    placed against the titled groups alone (it never joins another untitled one here), and
    their items are indexed in content order, so that neither a document's position nor
    another untitled document's changes where it goes."""
    by_content = sorted(groups, key=lambda g: min(rank[d] for d in g.doc_ids))
    index = _item_index(by_content, extracted) if untitled else {}
    placed: list[tuple[Inspection, Titled]] = []
    for doc in untitled:
        group = _group_by_items(doc, index, extracted)
        if group is None:
            group = Inspection(key=f"untitled-{slug(doc.doc_id)}", title=None)
            groups.append(group)
        placed.append((group, doc))
    for group, doc in placed:
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
    it: with the document whose title is the closest when several fit (the first in
    `untitled`'s content order among equals), and every response answering one document
    in its group. Returns the documents left over, in order."""
    reports = [doc for doc in untitled if doc.title and answered_title(doc.title) is None]
    names = {report.doc_id: bare_title(report.title or "") for report in reports}  # read once, matched per response
    answers: dict[str, list[Titled]] = {}
    for doc in untitled:
        answered = answered_title(doc.title)
        if answered is None:
            continue
        fits = [r for r in reports if same_inspection(answered, names[r.doc_id])]
        if fits:
            wanted = normalise_title(answered)
            best = max(fits, key=lambda r: fuzz.ratio(wanted, normalise_title(names[r.doc_id])))
            answers.setdefault(best.doc_id, []).append(doc)
    for report in reports:
        if report.doc_id in answers:
            name = names[report.doc_id]
            group = Inspection(key=slug(name), title=name, published=report.published,
                               published_source=report.doc_id)
            group.doc_ids.extend([report.doc_id, *(doc.doc_id for doc in answers[report.doc_id])])
            groups.append(group)
    paired = {d for group in groups for d in group.doc_ids}
    return [doc for doc in untitled if doc.doc_id not in paired]


def _item_index(groups: list[Inspection], extracted: Mapping[str, Extracted]) -> dict[tuple[str, str | None], tuple[list[str], list[Inspection]]]:
    """(type, subject) -> the distinct item cores stated in each titled group."""
    index: dict[tuple[str, str | None], tuple[list[str], list[Inspection]]] = {}
    seen: set[tuple[str, str | None, str, int]] = set()  # keys are not yet unique: the group's id
    for group in groups:
        for doc_id in group.doc_ids:
            for item, core in _listed(extracted[doc_id].items) if doc_id in extracted else ():
                if (item.type, item.subject, core, id(group)) in seen:
                    continue
                seen.add((item.type, item.subject, core, id(group)))
                cores, owners = index.setdefault((item.type, item.subject), ([], []))
                cores.append(core)
                owners.append(group)
    return index


def _listed(items: Sequence[Item]) -> list[tuple[Item, str]]:
    """The items that can place a document by its restatements: neither the lead-in of a
    list ("By March 2031, all police forces should ensure that:", the parent of the bullets
    under it), whose words are those of every list of the genre, nor an item named in a word
    or two ("skills", under fewer than `LIMITS.bare_theme_words` words of core), which any longer
    statement holds as a subset of its words: two reports of different years and themes
    share both, so a document restating one restates no item of the other's. Each with its
    core, which the caller matches on."""
    parents = {item.parent_id for item in items if item.parent_id}
    cored = ((item, core_text(item.text)) for item in items if item.item_id not in parents)
    return [(item, core) for item, core in cored if len(core.split()) >= LIMITS.bare_theme_words]


def _group_by_items(doc: Titled, index: dict[tuple[str, str | None], tuple[list[str], list[Inspection]]],
                    extracted: Mapping[str, Extracted]) -> Inspection | None:
    """The group whose items this document restates best (token_set_ratio of cores)."""
    own = [i for i in extracted[doc.doc_id].items if not i.historic] if doc.doc_id in extracted else []
    best, best_score = None, 0.0
    restated: Counter[int] = Counter()  # id of a group (keys are not yet unique)
    for item, core in _listed(own):  # every item of its own counts against the share, these alone for it
        cores, owners = index.get((item.type, item.subject), ([], []))
        hit = process.extractOne(core, cores, scorer=fuzz.token_set_ratio,
                                 score_cutoff=LIMITS.merge_threshold) if cores else None
        if hit is not None:
            restated[id(owners[hit[2]])] += 1
        if hit is not None and hit[1] > best_score:
            best, best_score = owners[hit[2]], hit[1]
    if best is not None and restated[id(best)] * LIMITS.restated_items_one_in < len(own):
        return None  # a document whose items are mostly its own is not another's
    return best
