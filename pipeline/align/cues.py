"""The words by which a response answers an item, read from `patterns/responses.json`.

A passage that refuses an item ("not accepted", "no action will be taken") and states no
step toward it is `declined`; a tracker's status word ("Completed", "In progress") or a
progress phrase ("is already being addressed") counts as a step; "Superseded" closes an
item without one; "these recommendations" and "the issues raised" answer the items a
response states all together; in a response that states none, naming them by kind ("the
two causes of concern", "the recommendations") does too. These are data, not code: the loader compiles every
expression and refuses a kind whose examples it does not match (or whose counter-examples
it does), so a researcher can add a phrasing and `make test` proves it still reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from crosswalk.bodies import names_of_kind
from crosswalk.extraction.grading_vocabulary import alternation, grading_words
from crosswalk.pattern_lists import resolve_lists
from crosswalk.resources import read_json

KINDS = ("refusal", "acceptance", "progress", "intent", "no_step", "collective", "plan_presented", "coordinated_kind",
         "own_recommendation", "part_done", "other_review", "inspectorate_named", "pointing_back", "items_named",
         "status_label", "next_item_lead", "graded", "item_in_words")
FILE = "responses.json"


@dataclass(frozen=True)
class CueKind:
    name: str
    expression: re.Pattern[str]
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]
    triggers: tuple[str, ...] = ()  # every match holds one of these (lower case)

    def finds(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
        """(start, end) of every cue in text[start:end], as offsets into `text`. Cues never
        cross a line, so only the lines holding a trigger word are searched: the regular
        expression engine tries every position of what it is given."""
        end = len(text) if end is None else end
        while start < end:
            line_end = text.find("\n", start, end)
            line_end = end if line_end < 0 else line_end
            line = text[start:line_end].lower()
            if not self.triggers or any(t in line for t in self.triggers):
                for match in self.expression.finditer(text, start, line_end):
                    yield match.start(), match.end()
            start = line_end + 1

    def found_in(self, text: str, start: int = 0, end: int | None = None) -> bool:
        return next(self.finds(text, start, end), None) is not None


@lru_cache(maxsize=1)
def cue_kinds() -> dict[str, CueKind]:
    """Every kind of `responses.json`, checked against its examples; its shared word lists
    are read into the patterns first, so each is written once, and so are the lists another
    file writes: the numbers written as words, and the national bodies' names of the gazetteer."""
    data = resolve_lists(read_json(FILE), FILE, {"count_words": _counts_of_several(),
                                                 "national_bodies": names_of_kind("national")})
    unknown = set(data) - {"_comment", "kinds", "generic_words", "theme_voice"}
    if unknown:
        raise ValueError(f"{FILE}: unknown keys {sorted(unknown)}")
    kinds = data.get("kinds", {})
    if set(kinds) != set(KINDS):
        raise ValueError(f"{FILE}: kinds must be exactly {sorted(KINDS)}, not {sorted(kinds)}")
    loaded = {}
    for name, entry in kinds.items():
        unknown = set(entry) - {"patterns", "examples", "counter_examples", "triggers"}
        if unknown or not entry.get("patterns") or not entry.get("examples"):
            raise ValueError(f"{FILE}: {name} needs patterns and examples, and no other keys than "
                             "counter_examples and triggers")
        expression = re.compile("|".join(f"(?:{p})" for p in entry["patterns"]), re.I | re.M)
        kind = CueKind(name, expression, tuple(entry["examples"]), tuple(entry.get("counter_examples", ())),
                       tuple(t.lower() for t in entry.get("triggers", ())))
        missed = [e for e in kind.examples if not kind.found_in(e)]
        wrong = [e for e in kind.counter_examples if kind.found_in(e)]
        if missed or wrong:
            raise ValueError(f"{FILE}: {name} misses examples {missed} or matches counter-examples {wrong}")
        loaded[name] = kind
    return loaded


def _counts_of_several() -> str:
    """The {{count_words}} group: a count of two or more written as words, a hyphenated one
    whole ("twenty-nine", never its last part "nine"), from the one table of numbers written
    as words (`patterns/grading_words.json`)."""
    words = [word for word, value in grading_words().count_words.items() if value >= 2]
    return f"(?:{alternation(words)})"


def cue(name: str) -> CueKind:
    return cue_kinds()[name]


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    """Words nearly every item uses: no evidence that a passage is about an item."""
    data = read_json(FILE)
    return frozenset(w.lower() for w in data.get("generic_words", {}).get("words", ()))
