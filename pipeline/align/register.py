"""The register of an inspection: its items, de-duplicated across documents.

Three PCC letters and a news story restate the same area for improvement in their own
words. Two statements are one register item when they have the same type, the same
subject (or both open by addressing every force or service of a sector, "chief fire
officers should": `inspection_keys.to_sector`, whatever subject each was read with), the same
historic flag and the same parent (parts merge only under merged parents), and their
cores are similar: `item_similarity >= LIMITS.merge_threshold`. The
threshold comes from `crosswalk calibrate` on the gold (docs/thresholds.md): same-item
pairs of the same subject score 95 or more, different items at most 76 (with the
lemmatised cores), so any threshold from 80 to 95 separates them; 80 is the lowest.
A response or news page that names an item by its theme ("prevention activity") is
compared by the theme's topic words in the whole statement (`_similarity`), and may
restate an item read under no subject (`_same_subject`).
Every register item keeps its provenance: which documents state it, under which ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from crosswalk.align.inspection_keys import to_sector
from crosswalk.align.similarity import core_words, item_similarity, theme_similarity
from crosswalk.align.themes import is_theme
from crosswalk.item_labels import TYPE_PREFIX
from crosswalk.model import Document, Extracted, Item
from crosswalk.resources import word_file


@dataclass(frozen=True)
class RegisterLimits:
    """The register's tuning numbers, of `patterns/register_limits.json` (what each counts is
    said there): when two items' cores are one item, and how long a statement is to be one."""

    merge_threshold: float
    distinct_words: int
    bare_theme_words: int
    themes_shared: float
    title_threshold: float
    publication_gap_months: int
    restated_items_one_in: int
    restated_share: float
    restated_stems: int
    correction_text_match: float


LIMITS = word_file("register_limits.json", RegisterLimits)
SOURCE_PREFERENCE = ("inspection_report", "peel_page", "monitoring_record", "pcc_response", "force_response",
                     "unknown", "press_article")


@dataclass
class RegisterItem:
    register_id: str
    type: str
    subject: str | None
    text: str
    historic: bool
    parent_id: str | None
    members: list[tuple[str, Item]] = field(default_factory=list)  # (doc_id, item)

    @property
    def sources(self) -> list[str]:
        return sorted({doc_id for doc_id, _ in self.members})


def build_register(documents: Sequence[Document], extracted: dict[str, Extracted], key: str = "") -> list[RegisterItem]:
    """Merge the items of one inspection's documents; parents before their parts. Ids are
    `KEY/R1`, `KEY/AFI2.3` with the inspection's key, so that they are unique across a
    batch (two inspections both have a first cause of concern).

    Documents are read by `_reading_rank`, never in the order given, so that the same
    documents give the same register (its ids, and which wording stands for an item)
    whatever they are named and whatever order they came in."""
    ranked = sorted(documents, key=_reading_rank)
    register: list[RegisterItem] = []
    where: dict[tuple[str, str], RegisterItem] = {}  # (doc_id, item_id) -> register item
    counters: dict[str, int] = {}
    for want_parts in (False, True):
        for doc in ranked:
            for item in extracted[doc.doc_id].items if doc.doc_id in extracted else ():
                if (item.parent_id is not None) != want_parts:
                    continue
                parent = where.get((doc.doc_id, item.parent_id)) if item.parent_id else None
                if want_parts and parent is None:
                    continue
                target = _find(register, item, parent, doc.doc_id)
                if target is None:
                    target = RegisterItem(_new_id(item.type, parent, counters, key), item.type, item.subject, item.text,
                                          item.historic, parent.register_id if parent else None)
                    register.append(target)
                target.members.append((doc.doc_id, item))
                target.text = _statement_text(target)
                where[(doc.doc_id, item.item_id)] = target
    return _in_reading_order(register)


def causes_of_recommendations(register: Sequence[RegisterItem]) -> dict[str, str]:
    """The cause of concern each recommendation (and each of its parts) belongs to: the
    one the document stating them sets it under. A report or revisit letter states a
    cause of concern and then the recommendations that remedy it (a dated lead-in, "the
    service should, within three months:", and its parts), before the next cause or
    another kind of item; the first document (in reading order) that states a recommendation so decides.
    A response that answers the cause in its own words answers these with it."""
    ordered: dict[str, list[tuple[int, Item, RegisterItem]]] = {}
    for entry in register:
        if entry.parent_id is None:
            for doc_id, item in entry.members:
                if item.parent_id is None:
                    ordered.setdefault(doc_id, []).append((item.start, item, entry))
    under: dict[tuple[str, str], str] = {}  # (doc_id, recommendation's register id) -> cause's
    for doc_id, found in ordered.items():
        cause: str | None = None
        for _, item, entry in sorted(found, key=lambda one: one[0]):
            if item.type == "cause_of_concern":
                cause = None if item.historic else entry.register_id
            elif item.type != "recommendation":
                cause = None
            elif cause is not None:
                under[(doc_id, entry.register_id)] = cause
    causes: dict[str, str] = {}
    for entry in register:
        if entry.parent_id is None:
            cause = next((under[(doc_id, entry.register_id)] for doc_id, _ in entry.members
                          if (doc_id, entry.register_id) in under), None)
            if cause is not None:
                causes[entry.register_id] = cause
        elif entry.parent_id in causes:  # parents come before their parts (`_in_reading_order`)
            causes[entry.register_id] = causes[entry.parent_id]
    return causes


def _reading_rank(document: Document) -> tuple[int, str, str, str]:
    """Inspectorate's documents first, then responses, then press (`SOURCE_PREFERENCE`);
    among documents of one kind, the earliest dated first (the original statement before
    its restatements; undated last), then by content (the hash)."""
    kind = SOURCE_PREFERENCE.index(document.doc_type) if document.doc_type in SOURCE_PREFERENCE else 5
    return kind, document.date or "~", document.sha256, document.doc_id


def _find(register: list[RegisterItem], item: Item, parent: RegisterItem | None, doc_id: str) -> RegisterItem | None:
    """The register item `item` (of document `doc_id`) restates: the most similar one of
    its type, subject, historic flag and parent at or above `LIMITS.merge_threshold`, never one that
    already holds another full item of the same document (`_distinct`) or another part of the
    same item of it (`_siblings`)."""
    best, best_score = None, LIMITS.merge_threshold
    for entry in register:
        if (entry.type, entry.historic) != (item.type, item.historic) \
                or not _same_subject(entry, item):
            continue
        if entry.parent_id != (parent.register_id if parent else None):
            continue
        if any(member_doc == doc_id and (_distinct(member, item) or _siblings(member, item))
               for member_doc, member in entry.members):
            continue
        score = max(_similarity(item.text, member.text) for _, member in entry.members)
        if score >= best_score:
            best, best_score = entry, score
    return best


def _same_subject(entry: RegisterItem, item: Item) -> bool:
    """Whether a statement may restate a register item by its subject: the same subject,
    both addressed to a whole sector (`to_sector`), or a theme (`is_theme`) with either
    subject unread: a news page names "prevention activity" under the service it is about,
    where the letter's finding ("Prevention activity isn't a priority") names no subject."""
    if entry.subject == item.subject or to_sector(entry.text) and to_sector(item.text):
        return True
    return (entry.subject is None or item.subject is None) \
        and (is_theme(item.text) or any(is_theme(member.text) for _, member in entry.members))


def _similarity(one: str, other: str) -> float:
    """`item_similarity`, or, where one of the two is a theme (`is_theme`: a response or news
    page naming a cause of concern by what it is about, "prevention activity"), how far the
    theme names the other (`theme_similarity`): a theme shares too few words with the
    inspectorate's sentence for a token-set ratio of the two to find it. Two themes are
    one item only when the longer holds most of the shorter's topic words (`LIMITS.themes_shared`):
    the ratio finds a three-word phrase almost whole in any longer one sharing two of its
    words, one of them as common as "improving"."""
    if is_theme(one) and is_theme(other):
        shorter, longer = sorted((one, other), key=lambda text: len(text.split()))
        if core_words(shorter) and theme_similarity(shorter, longer) <= LIMITS.themes_shared:
            return 0.0  # a token-set ratio finds a short phrase in any longer one sharing a word or two
    score = item_similarity(one, other)
    for theme, statement in ((one, other), (other, one)):
        if is_theme(theme) and not is_theme(statement):
            score = max(score, theme_similarity(theme, statement))
    return score


def _statement_text(entry: RegisterItem) -> str:
    """The wording that stands for a register item: its first member's in reading order,
    unless that is a bare theme (a word or two: "consistency", "culture") and a later
    member states the item in full (`LIMITS.distinct_words` or more): a response or a news page
    may name the item before the inspectorate's own wording is read, and every row of the
    item shows this text. A longer first wording (a theme with its qualifier, "preventing
    crime and antisocial behaviour") is kept: it may be how the responses word it too."""
    first = entry.members[0][1].text
    if len(first.split()) >= LIMITS.bare_theme_words:
        return first
    return next((member.text for _, member in entry.members if len(member.text.split()) >= LIMITS.distinct_words), first)


def _siblings(one: Item, other: Item) -> bool:
    """Two parts of one item of a document ("that: are of a serious nature; relate to ..."):
    each is a part of its own, however short."""
    return one.parent_id is not None and one.parent_id == other.parent_id


def _distinct(one: Item, other: Item) -> bool:
    """Two statements of one document that are both full items, not a theme naming one."""
    return min(len(one.text.split()), len(other.text.split())) >= LIMITS.distinct_words


def _new_id(type_: str, parent: RegisterItem | None, counters: dict[str, int], inspection: str = "") -> str:
    key = parent.register_id if parent else TYPE_PREFIX[type_]
    counters[key] = counters.get(key, 0) + 1
    if parent:
        return f"{key}.{counters[key]}"
    return f"{inspection}/{key}{counters[key]}" if inspection else f"{key}{counters[key]}"


def _in_reading_order(register: list[RegisterItem]) -> list[RegisterItem]:
    """Parents followed by their parts, so the register reads like the report."""
    parts: dict[str, list[RegisterItem]] = {}
    for entry in register:
        if entry.parent_id:
            parts.setdefault(entry.parent_id, []).append(entry)
    ordered: list[RegisterItem] = []
    for entry in register:
        if entry.parent_id is None:
            ordered.append(entry)
            ordered.extend(parts.get(entry.register_id, []))
    return ordered
