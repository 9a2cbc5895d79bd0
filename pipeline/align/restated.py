"""Link a response that its key joins to no inspection by the items its text restates.

A scrutiny panel's minutes or a chief officer's page often answer an inspection without
naming it in a way its key reads (no thematic, no programme, a year the key does not
fit), yet repeat what an item asks for in a sentence of their own ("the force should
improve how it supervises its investigations" comes back as "we have improved how
investigations are supervised"). Extraction does not read such prose as items (it is no
list of recommendations), so the response stands in a group of its own, with no register
and no rows (`link_responses` found no key to join). Its words name the inspection: it
joins the one group of its responding body's sector and area whose items its sentences
or paragraphs restate (`restated_share` of an item's topic stems in one of them, for at
least one item), when no other group of that body's has as many restated,
and when the response names a year no earlier than the inspection's (a 2016 report's
minutes do not answer a 2024 inspection of the same force, whatever words they share).

The body must agree because a sentence alone is weak evidence: every force is told to
"improve how it records crime". A group's place is what its inspection's documents (and
second-hand statements) are keyed to; a national body's reply is left to the keys and
pools, which read thematics. Each lone response is compared with the groups as grouping
left them, never with the other lone responses: so whether a response is linked does not
depend on which unrelated documents the batch holds, only on its own body's inspections.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from crosswalk.align.inspection_keys import document_sector
from crosswalk.align.inspections import Inspection
from crosswalk.align.link_keys import LINKED_ROLES, YEAR_RE, LinkKey, area_of
from crosswalk.align.register import LIMITS
from crosswalk.align.similarity import Coverage, core_words, item_words
from crosswalk.model import ANSWER_TYPES, Document, Extracted, Item


def link_by_text(groups: list[Inspection], document_of: Callable[[str], Document | None],
                 extracted: Mapping[str, Extracted], keys: Mapping[str, LinkKey],
                 declared: Mapping[str, str]) -> list[Inspection]:
    """`groups` with each lone response group (responses alone, stating no item) merged
    into the one group whose items its text restates (see the module's docstring).
    Returns the groups left, ordered by their first member as grouping presents them."""
    current = {d: [i for i in extracted[d].items if not i.historic] for g in groups for d in g.doc_ids if d in extracted}
    items = {id(g): _item_texts(g, current) for g in groups}
    places = {id(g): _place(g, keys) for g in groups if items[id(g)]}
    targets: dict[int, Inspection] = {}
    for group in groups:
        if any(current.get(d) or d in declared for d in group.doc_ids):  # states items: grouped by them
            continue
        documents = [document_of(d) for d in group.doc_ids]
        if not documents or not all(d is not None and d.doc_type in ANSWER_TYPES for d in documents):
            continue
        place = _responder_place([d for d in documents if d is not None])
        if place is None:
            continue
        named = frozenset(int(y) for d in documents if d is not None for y in YEAR_RE.findall(d.text))
        stated = [g for g in groups if places.get(id(g)) == place and _of_time(named, _years(g, keys))]
        target = _restated_group([d for d in documents if d is not None], stated, items, extracted)
        if target is not None:
            targets[id(group)] = target
    if not targets:
        return groups
    for group in groups:
        if id(group) in targets:
            targets[id(group)].doc_ids.extend(group.doc_ids)
    kept = [g for g in groups if id(g) not in targets]
    for group in kept:
        group.doc_ids.sort()
    return sorted(kept, key=lambda g: g.doc_ids[0])


def _years(group: Inspection, keys: Mapping[str, LinkKey]) -> frozenset[int]:
    """Every year the keys of the group's statements of items name."""
    return frozenset().union(*(k.years for k in _stating_keys(group, keys)))


def _of_time(named: frozenset[int], years: frozenset[int]) -> bool:
    """Whether a response whose text names the years `named` may answer an inspection
    whose documents' keys name `years`: the latest year it names is no earlier than the
    inspection's (a 2016 report's minutes do not answer a 2024 inspection of the same force,
    whatever items the two share); a response naming no year may answer any."""
    if not named or not years:
        return True
    return max(named) >= min(years)


def _place(group: Inspection, keys: Mapping[str, LinkKey]) -> tuple[str, str] | None:
    """The one (sector, local area) the group's statements of items are addressed to, as
    their keys read it; None when they name none or several, or a national body."""
    found = {(k.sector, k.area) for k in _stating_keys(group, keys)}
    if len(found) != 1:
        return None
    place = found.pop()
    return None if place[1] == "national" else place


def _stating_keys(group: Inspection, keys: Mapping[str, LinkKey]) -> list[LinkKey]:
    """The keys of the group's documents that state its items, in the roles a response links
    to (`link_keys.LINKED_ROLES`): the inspection's own, a register's and second-hand ones."""
    return [k for d in group.doc_ids if (k := keys.get(d)) is not None and k.role in LINKED_ROLES]


def _responder_place(documents: Sequence[Document]) -> tuple[str, str] | None:
    """The one (sector, local area) of the responses' responding bodies."""
    found = {(document_sector(d.title, d.text), area_of(d.responding_body)) for d in documents}
    if len(found) != 1:
        return None
    sector, area = found.pop()
    return (sector, area) if sector and area and area != "national" else None


def _item_texts(group: Inspection, current: Mapping[str, list[Item]]) -> list[str]:
    """The texts of the group's current items long enough in topic stems to recognise, once each."""
    return list(dict.fromkeys(item.text for doc_id in group.doc_ids for item in current.get(doc_id, ())
                              if len(item_words(item.text)) >= LIMITS.restated_stems))


def _restated_group(documents: Sequence[Document], stated: Sequence[Inspection],
                    items: Mapping[int, list[str]],
                    extracted: Mapping[str, Extracted]) -> Inspection | None:
    """The one group of `stated` most of whose items the responses restate, when it
    restates at least one and more than any other's. An item is restated by a sentence or
    paragraph holding `restated_share` of its topic stems, at least `restated_stems` of
    them (`patterns/register_limits.json`), measured as the crosswalk measures a topic sentence (`similarity.Coverage`), so
    that the sentence linking a response is one that answers."""
    units = [core_words(d.text[s:e]) for d in documents for s, e in _units(d, extracted)]
    texts = list(dict.fromkeys(text for group in stated for text in items[id(group)]))
    held = Coverage(texts, units).holds(LIMITS.restated_stems, LIMITS.restated_share)
    restated = {text: bool(held[row].any()) for row, text in enumerate(texts)}
    counts: list[tuple[int, Inspection]] = []
    for group in stated:
        found = sum(restated[text] for text in items[id(group)])
        if found:
            counts.append((found, group))
    counts.sort(key=lambda c: -c[0])
    if not counts or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]


def _units(document: Document, extracted: Mapping[str, Extracted]) -> list[tuple[int, int]]:
    """The response's sentences and paragraphs: an item is restated in one of them."""
    sentences = list(extracted[document.doc_id].sentences) if document.doc_id in extracted else []
    return sentences + [(b.start, b.end) for b in document.blocks if b.end > b.start]
