"""Items a response names by number: "Recommendation 3", "R4", "AFI 7", "AFI No.5",
"Areas for Improvement (AFIs) Nos. 4 & 5", "recommendations 2 and 3", "(the) cause of
concern" (a document with one current cause of concern).

A number names the item labelled with it in the response ("R4" from a "Recommendation 4"
heading), else the n-th current unlabelled item of that type the response states, else the item of
the inspection's register whose statement elsewhere carries that label. (This reads
more shapes than `crosswalk.extraction.references`, which the commitments' `answers`
column still uses.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosswalk.answer_headings import answer_to_pattern
from crosswalk.item_labels import LABEL_NUMBER, TYPE_PREFIX, names_pattern, prefix_pattern
from crosswalk.model import Item

REC, AFI, COC = "recommendation", "area_for_improvement", "cause_of_concern"
NUMBERS = LABEL_NUMBER + r"(?:\s*(?:,|&|and|to|-|–|or)\s*" + LABEL_NUMBER + ")*"
CITATION_RE = re.compile(
    r"\b(?:(?P<rec>" + names_pattern(REC, plural=True) + r"|recs?\.?)"
    r"|(?P<afi>" + names_pattern(AFI, plural=True) + f"|{TYPE_PREFIX[AFI]}s?|{TYPE_PREFIX[AFI]}[’']s)"
    r"|(?P<coc>" + names_pattern(COC, plural=True) + f"|{TYPE_PREFIX[COC]}s?))"
    r"\s*(?:\((?:AFIs?|CoCs?|recs?)\)\s*)?(?:(?:nos?|numbers?)\.?\s*)?(?P<nums>" + NUMBERS + r")\b"
    r"|\b(?P<short>" + prefix_pattern(REC, AFI, COC) + ")(?P<short_n>" + LABEL_NUMBER + r")\b"
    r"|\b(?:the )?(?P<the_coc>" + names_pattern(COC) + r")\b(?!s)",
    re.I,
)
# "Government response to recommendation 4", "Our response to AFI 2": a heading that
# names the item it answers after a short lead, as a heading of the number alone does.
ANSWER_LEAD_RE = re.compile(answer_to_pattern(), re.I)
RANGE_RE = re.compile(r"(\d{1,2})\s*(?:to|-|–)\s*(\d{1,2})")
PREFIX = {"rec": TYPE_PREFIX[REC], "afi": TYPE_PREFIX[AFI], "coc": TYPE_PREFIX[COC]}
TYPE_OF = {TYPE_PREFIX[type_]: type_ for type_ in (REC, AFI, COC)}
SHORT = {prefix.lower(): prefix for prefix in TYPE_OF}  # the matched short form ("afi") as a label writes it


def cited_labels(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of every item label a text cites, e.g. (.., .., "AFI5")."""
    found = []
    for match in CITATION_RE.finditer(text):
        if match["the_coc"]:
            found.append((match.start(), match.end(), "CoC"))
            continue
        if match["short"]:
            prefix = SHORT[match["short"].lower()]
            found.append((match.start(), match.end(), f"{prefix}{int(match['short_n'])}"))
            continue
        prefix = next(PREFIX[g] for g in PREFIX if match[g])
        found.extend((match.start(), match.end(), f"{prefix}{n}") for n in _numbers(match["nums"]))
    return found


def _numbers(text: str) -> list[int]:
    numbers: list[int] = []
    for low, high in RANGE_RE.findall(text):
        if int(low) < int(high) <= int(low) + 20:
            numbers.extend(range(int(low), int(high) + 1))
    numbers.extend(int(n) for n in re.findall(r"\d{1,2}", RANGE_RE.sub(" ", text)))
    return sorted(set(numbers))


def resolve(label: str, own: Sequence[Item], elsewhere: Sequence[Item] = ()) -> Item | None:
    """The item a label names: labelled in the response, n-th of its type there, or
    labelled in another document of the inspection. "CoC" alone is the only one."""
    prefix = re.match(r"[A-Za-z]+", label)
    assert prefix is not None
    type_ = TYPE_OF[prefix.group()]
    if label == "CoC":
        current = [i for i in own if i.type == type_ and not i.historic and i.parent_id is None]
        return current[0] if len(current) == 1 else None
    labelled = [i for i in own if i.number == label]
    if labelled:
        return labelled[0]
    number = int(label[len(prefix.group()):])
    current = [i for i in own if i.type == type_ and not i.historic and i.number is None]
    # the parts of multi-part items when the response has no whole item of the type
    ordered = [i for i in current if i.parent_id is None] or current
    if 0 < number <= len(ordered):
        return ordered[number - 1]
    return next((i for i in elsewhere if i.number == label), None)
