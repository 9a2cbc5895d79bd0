"""Group documents by the inspection they concern, and date each inspection's report.

A batch mixes inspections. Documents name their inspection in many ways ("An inspection
of the West Midlands regional response to serious and organised crime (SOC)" and the
same without "(SOC)"), so titles are compared fuzzily; two titles that name different
years or different bodies ("PEEL 2017" and "PEEL 2019", "... of Kent Police" and
"... of Essex Police") are never the same inspection, whatever their similarity, and
neither are documents whose reports were published months apart. A document that names
no inspection (a news story) joins the group whose items it restates, if any.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from pipeline.align.similarity import item_similarity
from pipeline.bodies import find_bodies
from pipeline.model import Document, Extracted

TITLE_THRESHOLD = 90.0  # fuzz.ratio between normalised titles: they differ by a topic word
ITEM_JOIN_THRESHOLD = 80.0  # = register.MERGE_THRESHOLD  # an untitled document joins a group whose item it restates
PUBLICATION_GAP_MONTHS = 2
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


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


def same_inspection(a: str, b: str) -> bool:
    if set(YEAR_RE.findall(a)) != set(YEAR_RE.findall(b)):
        return False
    if {body.canonical for _, _, body in find_bodies(a)} != {body.canonical for _, _, body in find_bodies(b)}:
        return False
    # Not token_set_ratio: "... response to fraud" is nearly a subset of "... response
    # to knife crime", and the two are different inspections.
    return fuzz.ratio(normalise_title(a), normalise_title(b)) >= TITLE_THRESHOLD


def slug(text: str) -> str:
    return "-".join(normalise_title(text).split())[:80] or "untitled"


def _months_apart(a: str | None, b: str | None) -> int:
    if not a or not b:
        return 0
    return abs((int(a[:4]) * 12 + int(a[5:7])) - (int(b[:4]) * 12 + int(b[5:7])))


def group_documents(documents: Sequence[Document], extracted: dict[str, Extracted]) -> list[Inspection]:
    """Inspections in order of first appearance, each with its documents."""
    groups: list[Inspection] = []
    titles: dict[str, list[str]] = {}
    untitled: list[Document] = []
    for doc in documents:
        if not doc.inspection:
            untitled.append(doc)
            continue
        published = doc.published
        group = next(
            (g for g in groups if any(same_inspection(doc.inspection, t) for t in titles[g.key])
             and _months_apart(g.published, published) <= PUBLICATION_GAP_MONTHS),
            None,
        )
        if group is None:
            group = Inspection(key=slug(doc.inspection), title=doc.inspection)
            while any(g.key == group.key for g in groups):
                group.key += "-2"
            groups.append(group)
            titles[group.key] = []
        titles[group.key].append(doc.inspection)
        group.doc_ids.append(doc.doc_id)
        if published and (group.published is None or len(published) > len(group.published)):
            group.published, group.published_source = published, doc.doc_id
    for group in groups:
        group.title = Counter(titles[group.key]).most_common(1)[0][0]
    for doc in untitled:
        group = _group_by_items(doc, groups, extracted)
        if group is None:
            group = Inspection(key=f"untitled-{slug(doc.doc_id)}", title=None)
            groups.append(group)
        group.doc_ids.append(doc.doc_id)
    return groups


def _group_by_items(doc: Document, groups: list[Inspection], extracted: dict[str, Extracted]) -> Inspection | None:
    own = [i for i in extracted[doc.doc_id].items if not i.historic] if doc.doc_id in extracted else []
    best, best_score = None, 0.0
    for group in groups:
        theirs = [i for d in group.doc_ids if d in extracted for i in extracted[d].items]
        for mine in own:
            for other in theirs:
                if mine.type == other.type and mine.subject == other.subject:
                    score = item_similarity(mine.text, other.text)
                    if score > best_score:
                        best, best_score = group, score
    return best if best_score >= ITEM_JOIN_THRESHOLD else None
