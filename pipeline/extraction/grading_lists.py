"""How the grading readers take a written list of areas apart: "A, B and C", "both A and
B", "its effectiveness, efficiency and legitimacy", "its ability to X, Y and Z", an
assessment area's own name holding "and" kept whole. The grading phrases' reader
(`gradings`), the readers of rows and lines (`grading_rows`) and the general fallback
(`grading_fallback`) all read lists this way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from crosswalk.extraction.grading_vocabulary import LIMITS, area_expression, grading_words
from crosswalk.extraction.stems import root
from crosswalk.quote_marks import CLOSING_MARK_RE, OPENING_MARK_RE, QUOTES

AND_IN_RE = re.compile(r"(?<!\bnow)\s+and\s+(?:in|at|for)\s+(?=(?:the|its|their|how|\w+ing)\b)|\s*,\s+(?:and\s+)?(?:to|at)\s+(?=(?:the|its|their|how|\w+ing)\b)|\s*,\s+and\s+(?=how\s)|\s+and\s+to\s+(?=how\s|the\s+way\s)|\s+and\s+(?=how\s+(?:it|they|the|officers|staff)\b|the\s+way\s)"
                       r"|(?<=\w)\s+and\s+(?=the\s+\w+(?:ity|ion|ness|ment)\s+of\s)", re.I)  # "good at A and at B", "improvement to A, to B" (a comma and the preposition again), "in the way it X and in Y", "for how it X, and how it Y", "to how it X and to the way it Y", "the way it X and the affordability of Y"; "affordable now and in the future" is one time, not a second area
AS_WELL_AS_RE = re.compile(r"\s*,?\s+as\s+well\s+as\s+(?:(?:in|at|for)\s+)?(?=(?:the|its|their|how|\w+ing)\b)", re.I)  # "good at A as well as (at) B"
OWNER_RE = re.compile(r"^(?:its|their|the)\s+", re.I)
PILLAR_CLAUSE_RE = re.compile(r"^(?:how|the\s+way)\s+(?:well\s+)?(?:it|they|the\s+\w+)\s+\w+", re.I)  # a pillar in a clause's words
REFERS_BACK_RE = re.compile(r"\bthem\b", re.I)  # an activity on the object the part before it names
GERUND_RE = re.compile(r"^\w+ing\b")  # a part opening on an activity: "working", "understanding"
GERUND_PART_RE = re.compile(GERUND_RE.pattern + r"(?:\s+\S+){0,9}$")  # "working with partners to solve problems"
OWNED_PART_RE = re.compile(r"^(?:its|their)\s+[a-z]\w*(?:\s+\S+){1,7}$")  # "its treatment of the public", "its ability to respond to calls"
EXAMPLES_OPENER_RE = re.compile(r"^(?:including|such\s+as|namely|notably)\b", re.I)  # a part that gives examples of the one before
OWNED_CLAUSE_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|should|must|will|would|can|could|needs?|remains?)\b", re.I)
HOW_OPENER_RE = re.compile(r"^how\s+\w+", re.I)  # an area written as the question it answers
LONE_ACTIVITY_RE = re.compile(r"^[a-z]{3,}ing$", re.I)  # "preventing" in "preventing and deterring crime"
# "‘answering calls’", its closing quote cut or not; straight marks too ("'answering calls'"),
# an apostrophe inside a word ("the force's") no mark
QUOTED_NAME_RE = re.compile(rf"{OPENING_MARK_RE}(?P<name>(?:[^‘’“”\"']|(?<=\w)'(?=\w)){{2,80}}?)\s*(?:{CLOSING_MARK_RE}|$)")
TITLE_CASE_NAME_RE = re.compile(r"(?:[A-Z][\w’'-]*\s*)+")  # "Michelle Skeer": a person's name set off by commas, no area
QUOTED_JOIN_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s(?:and|or)\s+|\s*&\s*)", re.I)  # what stands between two quoted names


def placed_parts(text: str, parts: list[str], start: int = 0) -> list[tuple[int, int]] | None:
    """Where each of a list's parts stands in `text`, each found after the one before it
    (from `start`), or None where one is not there: the list readers may rebuild a part
    ("preventing crime" of "preventing and tackling crime"), so a part read from a list is
    not always the list as written, and its place is looked for, never assumed."""
    spans = []
    for part in parts:
        found = text.find(part, start)
        if found < 0:
            return None
        start = found + len(part)
        spans.append((found, start))
    return spans


def split_areas(area: str) -> list[str]:
    """"Effectiveness, Efficiency and Legitimacy" is three areas, "responding to the public
    and investigating crime" two ("and" before a verb joins two areas); an assessment
    area's own name is one, and so is an area named by its pillar ("effective at
    protecting the public and reducing harm")."""
    if quoted := quoted_names(area):
        return quoted
    area = re.sub(r"^both\s+(?=\S.*\band\b)", "", area.strip(" " + QUOTES), flags=re.I)  # "both A and B"
    if pair := pillar_pair(area):
        return pair
    joined = [p.strip(" ,") for p in AND_IN_RE.split(area) if p.strip(" ,")]  # "in A, and in B": no comma kept
    also = AS_WELL_AS_RE.split(area, maxsplit=1)
    if len(joined) < 2 and len(also) == 2 and also[0].strip() and 0 < len(also[1].split()) <= LIMITS.also_part_words \
            and not re.search(r"\d", also[1]):
        joined = also
    if len(joined) >= 2:  # "in the way it trains staff and in the cost of its fleet"
        joined = [OWNER_RE.sub("", p) if is_pillar(OWNER_RE.sub("", p).strip()) else p for p in joined]  # "its efficiency"
        return [a for part in joined for a in split_areas(part)]
    words = grading_words()
    including = re.match(r"^(?:\w+\s+){0,2}areas?,?\s+(?:including|such\s+as|namely)\s+(?P<list>.+)$", area, re.I)
    if including:  # "several areas including A and its B": the areas named
        area = including["list"]
    if counted := counted_named(area):  # "the three main areas inspected for A, B and C"
        return counted
    bare = re.sub(r"^\w+ly\s+", "", area.lower())  # "effectively reducing crime and keeping people safe"
    if area.lower() in words.known_areas or bare in words.known_areas or area_expression("pillar_area").match(area):
        return [area]
    if names_joined_area(area):  # a known name in other forms of its words
        return [area]
    if area_expression("effectiveness_tagline").match(bare):  # "keeping people safe and tackling crime": the pillar's own phrase
        return [area]
    pillar_owned = area_expression("pillar_owned_at").match(area)  # "its effectiveness at" + the tagline
    if pillar_owned and area_expression("effectiveness_tagline").match(area[pillar_owned.end() :].strip()):
        return [area]  # the pillar in its own words, one area (not "reducing crime" apart)
    if abilities := ability_parts(area):
        return abilities
    if verbs := clause_verb_parts(area):
        return verbs
    named = list_parts(area)
    known = [p for p in named if p.lower() in words.known_areas]
    others = [p for p in named if p.lower() not in words.known_areas]
    if len(named) >= 2 and len(known) >= len(others) and all(short_name(p) for p in others):
        return named  # "treatment of the public, managing offenders"; "responding to major incidents, fire regulation"
    if gerund_objects(named, known):
        return [area]  # "understanding its demand, local priorities and public expectations": one activity's objects
    if len(named) >= 3 and "," in area and all(short_name(p) or GERUND_PART_RE.match(p) for p in others):
        return named  # a written list "A, B and C" of names or activities, none of them known
    if len(named) >= 3 and "," in area and all(short_name(p) or GERUND_PART_RE.match(p) or owned_name(p) for p in others) \
            and not any(EXAMPLES_OPENER_RE.match(p) for p in named):
        return named  # the same with owned nouns ("its treatment of the public"), not "A, including its B and C"
    if len(named) >= 2 and "," in area and all(owned_name(p) for p in named):
        return named  # "its approach to planning, its ability to respond": owned nouns in a row, one area each
    head = re.match(r"^(?:its\s+|their\s+)?(?P<head>[\w\s,]+?)\s+at\s+\w", area)
    for listed in ([head["head"]] if head else []) + [area]:  # "effectiveness, efficiency and legitimacy at keeping ..."
        parts = [p.strip(" " + QUOTES) for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", listed)
                 if p.strip(" " + QUOTES)]
        if len(parts) >= 2 and all(len(p.split()) == 1 for p in parts):
            return parts
    owned = [p.strip(" " + QUOTES) for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.sub(r"^(?:its|their)\s+", "", area, flags=re.I))]
    if len(owned) >= 2 and all(is_pillar(p) for p in owned):  # "its effectiveness, efficiency and legitimacy"
        return owned
    if pillars := pillars_then_last(area):  # "its efficiency and how it leads its crews"
        return pillars
    verb = r"\w+ing" + ("|" + "|".join(map(re.escape, words.area_verbs)) if area_expression("clause_area").match(area) else "")
    verb += "|how" if HOW_OPENER_RE.match(area) else ""  # "how well it prevents fires and how quickly it answers calls": two questions, two areas
    parts = _shared_objects(re.split(rf"(\s+and\s+)(?=(?:{verb}|its|their)\b)", area))
    return parts if len(parts) >= 2 else [area]


def quoted_names(area: str) -> list[str] | None:
    """"its ability to ‘answer calls’ and ‘find and protect missing people’", "two of its
    areas, ‘Efficiency’ and ‘People’": two or more names each in its own quotes,
    joined only by commas and "and", are one area each; the writer's quotes mark where each
    name ends, whatever "and" it holds. What comes before the first name only leads in to
    them (a preposition ends it, or a count of areas the names then name)."""
    words = grading_words()
    first = re.search(OPENING_MARK_RE, area)
    if first is None:
        return None
    lead = area[: first.start()].strip(" ,:;-–—").split()
    if len(lead) > LIMITS.quoted_lead_words or lead and lead[-1].lower() not in words.area_opening_prepositions \
            and lead[-1].lower() not in words.area_tail_prepositions and lead[-1].lower() not in words.area_nouns:
        return None
    names: list[str] = []
    at = first.start()
    for m in QUOTED_NAME_RE.finditer(area, first.start()):
        if m.start() != at and not (names and QUOTED_JOIN_RE.fullmatch(area[at : m.start()])):
            return None
        names.append(m["name"].strip())
        at = m.end()
    return names if len(names) >= 2 and not area[at:].strip(" .,") else None


def pillar_pair(area: str) -> list[str] | None:
    """"effectively and efficiently keeping people safe", "an effective and efficient
    service", "how effective and legitimately it performs": two pillars' adjectives or
    adverbs joined on one activity grade it once for each pillar, two areas ("effectively
    keeping people safe", "efficiently keeping people safe"); None when the area is no such pair."""
    m = _pillar_pair_re().match(area)
    if m is None or not m["after"].strip():
        return None
    return [f"{m['before']}{m[word]}{m['after']}".strip() for word in ("one", "two")]


@lru_cache(maxsize=1)
def _pillar_pair_re() -> re.Pattern[str]:
    """Two pillar adjectives or adverbs joined by "and" ("effective and efficient"), with
    the words before and after them; the adjectives are the pillar words that are not the
    pillar's own noun (grading_words.json, pillars)."""
    adjectives = sorted(word for word, pillar in grading_words().pillars.items() if word != pillar)
    word = r"(?:" + "|".join(map(re.escape, adjectives)) + r")(?:ly)?"
    return re.compile(rf"^(?P<before>(?:.*?\s)?)(?P<one>{word})\s*,?\s+and\s+(?P<two>{word})\b(?P<after>.*)$", re.I)


def _shared_objects(pieces: list[str]) -> list[str]:
    """The parts of a list split with its separators kept (part, separator, part, ...),
    a lone activity joined to the part after it: "preventing and deterring crime",
    "identifying and recording modern slavery crimes" and "building, supporting and
    protecting the workforce" are one area each, the verbs sharing the object the last
    one names. Where both activities head areas of their own ("preventing and
    investigating crime", "preventing and responding to fires"), they are two areas."""
    parts: list[str] = []
    pending = ""
    own_object = False  # the last part names its own object (not one shared with the part after it)
    for index in range(0, len(pieces), 2):
        part = pieces[index].strip()
        if not part:
            continue
        if index + 2 < len(pieces) and LONE_ACTIVITY_RE.match(part.strip(" " + QUOTES)):
            after = pieces[index + 2].strip(" " + QUOTES)
            if pending or not _heads_areas(part.strip(" " + QUOTES), after):
                pending += part + pieces[index + 1]
            else:
                parts.append(_with_shared_object(part.strip(" " + QUOTES), after))
                own_object = False
            continue
        if parts and own_object and not pending and REFERS_BACK_RE.search(part):
            parts[-1] += pieces[index - 1] + part  # "keeping victims safe and then supporting them": one area
            continue
        parts.append(pending + part)
        own_object = not pending and len(part.split()) >= 2
        pending = ""
    return parts


def _heads_areas(activity: str, after: str) -> bool:
    """Whether a lone activity and the one opening the part after it each head an area's
    name ("preventing" and "investigating"), not only a name that joins activities
    ("building, supporting and ...")."""
    heads = _area_heads(grading_words().known_areas)
    return activity.lower() in heads and after.split()[0].lower() in heads


@lru_cache(maxsize=2)
def _area_heads(known_areas: tuple[str, ...]) -> frozenset[str]:
    """The activities that open a known area's name with its object ("preventing crime"),
    not those that open a list of activities ("building, supporting and protecting ...")."""
    return frozenset(words[0] for name in known_areas if len(words := name.split()) >= 2
                     and LONE_ACTIVITY_RE.match(words[0]) and words[1] != "and")


def _with_shared_object(activity: str, after: str) -> str:
    """"preventing" before "investigating crime": the activity with the object of the part
    after it ("preventing crime") when that opens a known area's name, else the activity."""
    distributed = f"{activity} {after.partition(' ')[2]}".strip()
    return distributed if any(name.startswith(distributed.lower()) for name in grading_words().known_areas) else activity


def _stems(area: str) -> frozenset[str]:
    text = re.sub(r"\s*\([^()]{1,15}\)", " ", area.lower())  # an abbreviation in brackets is no word
    for spelling, word in _hyphen_spellings(grading_words().known_areas):  # "anti social behaviour"
        text = spelling.sub(word, text)
    return frozenset(root(w) for w in re.findall(r"[a-z][a-z-]*", text) if w not in grading_words().area_fillers)


def _hyphenated(name: str) -> str:
    """A known name as an expression in which each hyphenated word may also be written
    spaced or closed ("anti social", "antisocial" for "anti-social"): the press and the
    inspectorate write the same name all three ways."""
    return re.sub(r"\\-", r"[\\s-]?", re.escape(name))


@lru_cache(maxsize=2)
def _hyphen_spellings(known_areas: tuple[str, ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each hyphenated word of the known names with the expression of its three spellings."""
    words = sorted({w for name in known_areas for w in re.findall(r"[a-z]+(?:-[a-z]+)+", name)}, key=len, reverse=True)
    return tuple((re.compile(rf"(?<![\w-]){_hyphenated(w)}(?![\w-])"), w) for w in words)


def _joins(area: str) -> int:
    return len(re.findall(r"\band\b|,", area, re.I))


@lru_cache(maxsize=2)
def _joined_name_stems(known_areas: tuple[str, ...]) -> tuple[tuple[frozenset[str], int], ...]:
    """The stems of each known area name that joins three or more words with "and" or a
    comma, with the number of its joins."""
    return tuple((stems, _joins(name)) for name in known_areas if " and " in name or "," in name
                 if len(stems := _stems(name)) >= 3)


def names_joined_area(area: str) -> bool:
    """Whether an area is a known joined name in other forms of its words: a plural
    ("investigating crimes and ..."), an abbreviation in brackets ("behaviour (ASB)"), verbs
    conjugated after "the way it" ("protects ... and supports ..."), a word or two more
    ("from harm"). Every word of the name is there, joined no more often, and at most
    `joined_area_extra_words` more, none of them an activity ("-ing") of its own."""
    joins = _joins(area)
    if not joins:
        return False
    stems = _stems(area)
    activities = {root(w) for w in re.findall(r"[a-z]+ing\b", area.lower())}
    for name, name_joins in _joined_name_stems(grading_words().known_areas):
        extra = stems - name
        if joins <= name_joins and name <= stems and len(extra) <= LIMITS.joined_area_extra_words and not extra & activities:
            return True
    return False


def pillars_then_last(area: str) -> list[str]:
    """"its efficiency and how it leads its crews", "its effectiveness, efficiency and
    people management": pillars named alone, then a last part that is a pillar in more
    words or the third pillar in the words of a clause ("how ...", "the way ..."), the last
    part kept whole ("how well it trains and supports staff" is one area); [] otherwise."""
    *firsts, last = re.split(r"\s*,\s*", area.strip(" " + QUOTES))
    joined = re.match(r"^and\s+(?P<last>.+)$", last, re.I)
    if joined:  # "A, B, and how ...": the serial comma leaves the last part whole
        parts = [*firsts, joined["last"]]
    else:
        head = re.match(r"^(?P<head>\S+(?:\s+\S+)?)\s+and\s+(?P<last>.+)$", last, re.I)
        if head is None:
            return []
        parts = [*firsts, head["head"], head["last"]]
    parts = [OWNER_RE.sub("", p).strip(" " + QUOTES) for p in parts]
    *pillars, final = parts
    if not pillars or not all(is_pillar(p) for p in pillars):
        return []
    if is_pillar(final) or is_pillar(final.split()[0]) or PILLAR_CLAUSE_RE.match(final):
        return parts
    return []


def named_areas_listed(listed: str) -> list[str]:
    """The parts of a written list ("effectiveness, efficiency and people") when every
    part is a pillar, else none."""
    parts = pillar_parts(listed)
    return parts if len(parts) >= 2 and all(is_pillar(p) for p in parts) else []


def pillar_parts(listed: str) -> list[str]:
    """A written list's parts read as pillars' names would be: each area of each part, its
    "its"/"their"/"the" left out ("its effectiveness" is the pillar)."""
    return [re.sub(r"^(?:its|their|the)\s+", "", p, flags=re.I) for part in list_parts(listed.strip(" ." + QUOTES))
            for p in split_areas(part)]


def ability_parts(area: str) -> list[str]:
    """"its ability to answer calls, find missing people and track offenders and
    suspects": one ability per verb phrase of the written list (commas, then the first
    "and" of the last part), the head "its ability to" read once for all of them. Without
    a comma the list may be one area's name ("to keep roads and railways safe")."""
    m = area_expression("ability_list").match(area)
    if m is None:
        return []
    *parts, last = [re.sub(r"^and\s+", "", p.strip(), flags=re.I) for p in m["list"].split(",")]
    return [p for p in [*parts, *re.split(r"\s+and\s+", last, maxsplit=1)] if p]


def clause_verb_parts(area: str) -> list[str]:
    """"the way it answers calls, supports victims and tracks offenders": one
    subject's verbs listed with commas are one area each, the verb with its object. Each
    part opens with a verb in the first one's form ("-s" after "it"); without a comma the
    clause may be one area's name ("how it trains and equips its staff")."""
    m = area_expression("way_list").match(area.strip(" " + QUOTES))
    if m is None:
        return []
    *firsts, last = [p.strip() for p in m["list"].split(",")]
    parts = [*firsts, *re.split(r"\s+and\s+", re.sub(r"^and\s+", "", last, flags=re.I), maxsplit=1)]
    if len(parts) < 3 or any(len(p.split()) < 2 for p in parts):
        return []
    verbs = [p.split()[0].lower() for p in parts]
    finite = verbs[0].endswith("s")
    not_verbs = grading_words().not_verb_openers  # "its", "the", "which": a part that opens with one is no verb
    if any(v.endswith("s") != finite or v in not_verbs or v.endswith("ing") for v in verbs):
        return []
    return parts




def joins_one_area(before: str, after: str) -> bool:
    """Whether a bare "and" joins two nouns or adjectives inside one activity's object
    ("manages suspects and offenders", "identifying repeat and vulnerable victims",
    "preventing fires and other risks") rather than two areas. A part after "and" that
    opens with an activity, an owner or a clause ("and investigating crime", "and its
    leadership", "and how it ..."), holds a verb form ("crime recording", "managed
    offenders"), or is a known area's name or the end of one ("force management") is an
    area of its own; so is the part after a known area's name ("managing offenders and ...")."""
    left_part = before.strip(" " + QUOTES)
    left = left_part.split()
    right_part = re.split(r"\s*[,;]\s*|\s+and\s+", after.strip(" " + QUOTES), maxsplit=1)[0]
    right = right_part.split()
    if len(left) < 2 or not right or len(right) > LIMITS.shared_part_words or re.search(r"\band\b", left_part, re.I):
        return False
    words = grading_words()
    first = left[0].lower()
    if not ((first.endswith("ing") and len(first) > 5) or first in words.area_verbs):
        return False  # only an activity's object is joined ("treatment of victims and use of resources" is two)
    if left_part.lower() in words.known_areas or is_pillar(right_part) or \
            any(name == right_part.lower() or name.endswith(" " + right_part.lower()) for name in words.known_areas):
        return False  # "... and force management" ends a known name ("leadership and force management")
    if right[0].lower() in words.joined_clause_openers or right[0][0].isupper() or right[0].lower() in words.area_verbs:
        return False
    return not any(re.search(r"(?:ing|ed)$", w.lower()) and len(w) > 4 for w in right)


OPEN_INFINITIVE_RE = re.compile(r"\bto\s+[a-z]{3,}$")  # "work to reduce": an infinitive whose object comes later
SHARED_INFINITIVE_RE = re.compile(r"\bto\s+[a-z]{3,}\s+and\s+(?=[a-z]{3,}\s+[a-z])")  # "to manage and " before "develop future leaders"
SHARED_OBJECT_VERB_RE = re.compile(r"^[a-z]{3,}\s+[a-z]")  # "prevent crime": a bare verb and its object


def shared_infinitive_object(before: str, after: str) -> bool:
    """Whether "and" joins two verbs of one infinitive that share the object after the
    second ("work to reduce and prevent crime" is one area): the part before ends on "to"
    and a verb with no object of its own, the part after opens on a bare verb with one. The
    list splitter would otherwise leave "work to reduce" with no object as an area."""
    right = re.split(r"\s*[,;]\s*|\s+and\s+", after.strip(" " + QUOTES), maxsplit=1)[0]
    first = right.split()[0].lower() if right.split() else ""
    return bool(OPEN_INFINITIVE_RE.search(before.strip(" " + QUOTES)) and SHARED_OBJECT_VERB_RE.match(right)) \
        and first not in grading_words().joined_clause_openers and not first.endswith("ing")


SHARED_ACTIVITIES_RE = re.compile(r"^(?:[a-z]{3,}ing\s*(?:,\s*(?:and\s+)?|\s+and\s+))+(?=[a-z]{3,}ing\b)", re.I)  # "building and " before "developing its workforce"


OWNED_OBJECT_RE = re.compile(r"^[a-z]+ing\s+(?:its|their)\s+\w+$", re.I)  # "understanding its demand"


def gerund_objects(named: list[str], known: list[str]) -> bool:
    """Whether a list opening on an activity with its own object ("understanding its demand")
    goes on with bare nouns ("local priorities and public expectations"), none a known area
    nor an activity of its own: they are more objects of that one activity, one area."""
    return len(named) >= 3 and not known and OWNED_OBJECT_RE.match(named[0]) is not None and \
        all(short_name(p) and not GERUND_RE.match(p) for p in named[1:])


def short_name(part: str) -> bool:
    """A part of a list of areas that reads as an area's name: a few words, not a clause
    (the activities sharing its object not counted: "building and developing its workforce",
    "ability to manage and develop future leaders", its "to" with them)."""
    tokens = SHARED_INFINITIVE_RE.sub("", SHARED_ACTIVITIES_RE.sub("", part)).lower().split()
    return 0 < len(tokens) <= LIMITS.area_name_words and tokens[0] not in grading_words().name_openers


COUNTED_FOR_RE = re.compile(r"^(?:(?:all|the|its|their)\s+)*(?P<count>\w+)\s+(?:[a-z]+\s+){0,3}?areas?\s+(?:[a-z]+\s+)?(?:for|of)\s+(?P<list>.+)$", re.I)


def counted_named(area: str) -> list[str] | None:
    """"the three main areas inspected for A, B and C": a count of areas that names them
    after "for"/"of" is those areas, one each, where the count is the number named and each
    is a pillar or a known area's name (not "three areas of its work")."""
    m = COUNTED_FOR_RE.match(area.strip(" " + QUOTES))
    if m is None or grading_words().count_words.get(m["count"].lower()) is None:
        return None
    parts = [p.strip(" " + QUOTES) for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m["list"]) if p.strip(" " + QUOTES)]
    known = grading_words().known_areas
    if len(parts) != grading_words().count_words[m["count"].lower()] \
            or not all(is_pillar(p) or p.lower() in known for p in parts):
        return None
    return parts


def owned_name(part: str) -> bool:
    """A part of a written list that names what the body owns ("its treatment of the
    public", "its approach to strategic planning"): a noun phrase of a few words after
    "its"/"their", not a clause ("its staff are ..."). In a list of three or more parts
    joined by commas, each such part is an area of its own, as a gerund's is."""
    return bool(OWNED_PART_RE.match(part)) and not OWNED_CLAUSE_RE.search(part)


def list_parts(listed: str) -> list[str]:
    """The parts of a list written with commas and "and" ("A, B and C"), an assessment
    area's own name ("managing offenders and suspects") kept whole."""
    if names_joined_area(listed.strip(" " + QUOTES)):
        return [listed.strip(" " + QUOTES)]
    kept = _known_name_spans(listed)
    pieces, start = [], 0
    for m in re.finditer(r"\s*[,;]\s*(?:and\s+(?:also\s+)?)?|(?<!\bnow)\s+and\s+(?:also\s+)?", listed):  # "A, B and also C";
        # "affordable now and in the future" is one time, not a second area
        if any(s < m.start() < e for s, e in kept):
            continue
        if m.group().strip() == "and" and (joins_one_area(listed[start : m.start()], listed[m.end() :])
                                           or shared_infinitive_object(listed[start : m.start()], listed[m.end() :])):
            continue
        pieces.extend([listed[start : m.start()], m.group()])
        start = m.end()
    pieces.append(listed[start:])
    parts = [p.strip(" " + QUOTES) for p in _shared_objects(pieces) if p.strip(" " + QUOTES)]
    timed = area_expression("enduring_time")  # "..., both now and in the future": when the part before it is, not an area
    return [p for i, p in enumerate(parts) if not (i and timed.match(" " + p))] if len(parts) > 1 and timed.match(" " + parts[-1]) \
        else parts


def comma_parts(listed: str) -> list[str]:
    """The parts of a list that commas and semicolons divide ("A, B, C and D" gives A, B
    and "C and D"), an assessment area's own name that holds a comma kept whole: a list
    whose first two parts are the two halves of one PEEL 2014 question, written with a
    comma where the question's name has "and", grades that question once, not each half."""
    kept = _known_name_spans(listed)
    pieces, start = [], 0
    for m in re.finditer(r"\s*[,;]\s*", listed):
        if any(s < m.start() < e for s, e in kept):
            continue
        pieces.append(listed[start : m.start()])
        start = m.end()
    pieces.append(listed[start:])
    return [p for p in pieces if p]


def _known_name_spans(listed: str) -> list[tuple[int, int]]:
    """Where the known area names that hold "and" or a comma stand in a list, the longest
    first and none overlapping: the list is not divided inside them."""
    lowered = listed.lower()
    kept: list[tuple[int, int]] = []
    for name in _joined_area_names(grading_words().known_areas):  # longest first
        for m in name.finditer(lowered):
            if not any(m.start() < e and s < m.end() for s, e in kept):
                kept.append((m.start(), m.end()))
    return kept


@lru_cache(maxsize=2)
def _joined_area_names(known_areas: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The known area names holding "and" or a comma, each as a whole-word expression,
    compiled once (there are more than `re` keeps compiled)."""
    return tuple(re.compile(rf"(?<!\w){_hyphenated(name)}(?!\w)") for name in known_areas if " and " in name or "," in name)


def is_pillar(area: str) -> bool:
    """A pillar named alone ("efficiency", "effective", "people")."""
    words = grading_words()
    return area.lower() in words.pillars or area.lower() in words.pillars.values() or area.lower() == "people"


def possessed_list(before: str, is_part: Callable[[str], bool]) -> list[str]:
    """The areas a grade's clause opens on as a list its body owns ("The force's A, and
    its B, are also rated good", "X's A, B and C – all now assessed as good", "the force's A
    and B, all of which were found to ..."): the list runs from a possessive to where the
    words before the grade begin (the verb, "all of which", the quote), one area a part.
    The genre writes the areas before the grade so, and the single-area reading
    (`possessive_area`) stops at the list's first comma; [] where no list of two or more
    parts that `is_part` takes runs from a possessive to there. A comma aside is no area
    ("X's integrity, last inspected in 2014, was", "X's chief, Jane Doe, and her team are"):
    the qualifier tail is cut, the last comma's part must join with "and", and no part may
    be a Title-Case name."""
    zone = area_expression("possessed_list_tail").sub("", before).rstrip(" ,–—-")
    found = area_expression("possessed_list").search(zone)
    while found is not None:
        listed = area_expression("qualifier_tail").sub("", found["list"]).strip(" ," + QUOTES)
        parts = list_parts(listed)
        if len(parts) >= 2 and re.search(r"\band\b", re.split(r"\s*,\s*", listed)[-1]) and all(is_part(p) for p in parts) \
                and not any(TITLE_CASE_NAME_RE.fullmatch(p) for p in parts):
            return parts
        found = area_expression("possessed_list").search(zone, found.start() + 1)
    return []
