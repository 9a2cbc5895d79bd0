"""Regular-expression searches over whole documents that try only where a match can start.

Metadata cues (`patterns/doc_types.json`, `patterns/inspection_titles.txt`) are searched
over whole documents, and most occur nowhere or a few times. Python's `re` has no fast
scan for case-insensitive patterns, so each search tried the pattern at every position
of the text: that was most of ingestion's cost. A `Screen` reads from the pattern itself
its *needles*: literal strings one of which every match contains, each with its *lead*,
where it can sit after the match start. It finds the needles in the lower-cased text
with native substring search and tries the pattern only at the starts they allow. The
cue files stay plain regular expressions.

Exactness: the starts tried include every start of a match, in order, and `re` reads
`\\b`, `^` and look-behinds at a start position from the whole string, so the first
success is the match `pattern.search` returns. Needles hold only ASCII characters; with
`re.IGNORECASE` an ASCII letter matches only its two cases and the characters in
`FOLDS_TO_ASCII`, and a text holding any of those is searched plainly (one of them is
also the only character whose lower case is longer, so offsets in the lower-cased text
are offsets in the text).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from itertools import product
from typing import Any, cast

try:  # `re`'s own parser, private: if a Python release changes it, every pattern is searched plainly
    try:  # Python 3.11+
        sre_compile = importlib.import_module("re._compiler")
        sre_constants = importlib.import_module("re._constants")
        sre_parse = importlib.import_module("re._parser")
    except ImportError:  # pragma: no cover - Python 3.10
        sre_compile = importlib.import_module("sre_compile")
        sre_constants = importlib.import_module("sre_constants")
        sre_parse = importlib.import_module("sre_parse")
    _LITERAL, _BRANCH, _SUBPATTERN, _IN = (sre_constants.LITERAL, sre_constants.BRANCH, sre_constants.SUBPATTERN,
                                           sre_constants.IN)
    _ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
    _REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
    _REPEATS |= {getattr(sre_constants, "POSSESSIVE_REPEAT", sre_constants.MAX_REPEAT)}
    _ATOMIC = getattr(sre_constants, "ATOMIC_GROUP", None)
    PARSER_READABLE = True
except (ImportError, AttributeError):  # pragma: no cover - a newer `re`
    PARSER_READABLE = False

# Non-ASCII characters that `re.IGNORECASE` matches to an ASCII letter ("İ", "ı" ~ i,
# "ſ" ~ s, the Kelvin sign ~ k); `tests/ingest/test_screen.py` checks the list is whole.
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
MAX_STRINGS = 64  # alternations spelled out as strings up to this many
MAX_TRIES = 48  # start positions worth trying one by one; past this one search is cheaper
USEFUL_LENGTH = 6  # needles this long are rare enough; past it, fewer needles matter more

Strings = frozenset[str]
Item = tuple[object, object]


@dataclass(frozen=True)
class Lead:
    """Where a needle sits after the start of the match holding it: `low` to `high`
    characters, or, with `run`, after any number of characters that `run` matches."""

    low: int = 0
    high: int = 0
    run: re.Pattern[str] | None = None

    def starts(self, text: str, at: int) -> range:
        """Match starts that put the needle at `at`."""
        return range(self.earliest(text, at), at - self.low + 1)

    def earliest(self, text: str, at: int) -> int:
        """The first start that could put the needle at `at` (never after a later needle's)."""
        if self.run is None:
            return max(0, at - self.high)
        first = at
        while first > 0 and self.run.match(text, first - 1):
            first -= 1
        return first


AT_START = Lead()
Needle = tuple[str, Lead | None]  # lead None: anywhere in the match


@dataclass(frozen=True)
class Info:
    """What a piece of pattern says about the strings it matches (lower case)."""

    exact: Strings | None = None  # all of them, when few and ASCII
    needles: frozenset[Needle] | None = None  # one of these is in each
    prefixes: Strings | None = None  # each starts with one of these


def fold(text: str) -> str | None:
    """The text as screens read it (lower case), or None when it holds a character that
    case-insensitive matching treats as an ASCII letter, so that no screen applies."""
    if not text.isascii() and any(char in text for char in FOLDS_TO_ASCII):
        return None
    return text.lower()


@dataclass(frozen=True)
class Screen:
    """A compiled pattern and the needles of its matches (None: none known)."""

    pattern: re.Pattern[str]
    needles: frozenset[Needle] | None

    def search(self, text: str, folded: str | None) -> re.Match[str] | None:
        """The same match as `pattern.search(text)`; `folded` is `fold(text)`."""
        if self.needles is None or folded is None:
            return self.pattern.search(text)
        starts = _starts(text, folded, self.needles)
        if isinstance(starts, int):
            return self.pattern.search(text, starts)
        for start in starts:
            found = self.pattern.match(text, start)
            if found is not None:
                return found
        return None


def _starts(text: str, folded: str, needles: frozenset[Needle]) -> list[int] | int:
    """Every start a match could have, in order; or, when there are more than
    `MAX_TRIES` (or a needle has no known lead), the first, to search from."""
    firsts = [(needle, lead, at) for needle, lead in needles if (at := folded.find(needle)) >= 0]
    if not firsts:
        return []
    if any(lead is None for _, lead, _ in firsts):
        return 0
    starts: set[int] = set()
    for needle, lead, at in firsts:
        while at >= 0:
            starts.update(lead.starts(text, at))  # type: ignore[union-attr]
            if len(starts) > MAX_TRIES:
                return min(lead.earliest(text, first) for _, lead, first in firsts)  # type: ignore[union-attr]
            at = folded.find(needle, at + 1)
    return sorted(starts)


def screen(pattern: re.Pattern[str]) -> Screen:
    """A `Screen` for a compiled pattern; one `re` cannot re-read gets no needles."""
    if not PARSER_READABLE:  # pragma: no cover - a newer `re`
        return Screen(pattern, None)
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        needles = _Reader(parsed.state, pattern.flags).sequence(list(parsed)).needles
    except (re.error, TypeError, ValueError, AttributeError, IndexError, KeyError):  # pragma: no cover - a newer `re`
        return Screen(pattern, None)
    return Screen(pattern, needles)


def _join(left: Strings | None, right: Strings | None) -> Strings | None:
    if left is None or right is None or len(left) * len(right) > MAX_STRINGS:
        return None
    return frozenset(a + b for a, b in product(left, right))


def _usable(strings: Strings | None) -> bool:
    return bool(strings) and "" not in strings  # type: ignore[operator]


def _strength(needles: frozenset[Needle]) -> tuple[bool, int, int, int]:
    """Known leads, needles long enough to be rare, then fewer needles, then longer."""
    shortest = min(len(n) for n, _ in needles)
    return all(lead is not None for _, lead in needles), min(shortest, USEFUL_LENGTH), -len(needles), shortest


def _best(candidates: list[frozenset[Needle]]) -> frozenset[Needle] | None:
    usable = [c for c in candidates if c and all(n for n, _ in c)]
    return max(usable, key=_strength) if usable else None


class _Reader:
    """Reads `Info` off a parsed pattern (the parser of `re` itself)."""

    def __init__(self, state: object, flags: int) -> None:
        self.state = state
        self.flags = flags

    def sequence(self, items: list[Item]) -> Info:
        """Consecutive exact items join into runs ("crime" + " " + "commissioner"), each
        step of which is a candidate; a run followed by a non-exact item also joins that
        item's prefixes."""
        candidates: list[frozenset[Needle]] = []
        infos = [self.item(op, av) for op, av in items]
        run: Strings | None = frozenset({""})
        run_start = 0
        for index, info in enumerate(infos):
            if info.needles is not None:
                by = self.lead(items[:index])
                candidates.append(frozenset((s, _shift(inner, by)) for s, inner in info.needles))
            joined = _join(run, info.exact)
            if joined is not None:
                if _usable(run) and info.exact != frozenset({""}):  # a shorter run may need fewer needles
                    candidates.append(frozenset((s, self.lead(items[:run_start])) for s in run))  # type: ignore[union-attr]
                run = joined
                continue
            lead = self.lead(items[:run_start])
            for strings in (run, _join(run, info.prefixes)):
                if _usable(strings):
                    candidates.append(frozenset((s, lead) for s in strings))  # type: ignore[union-attr]
            run, run_start = info.exact, index
        if _usable(run):
            candidates.append(frozenset((s, self.lead(items[:run_start])) for s in run))  # type: ignore[union-attr]
        exact: Strings | None = frozenset({""})
        prefixes: Strings | None = None
        for info in infos:
            if info.exact is None or (joined := _join(exact, info.exact)) is None:
                prefixes = _join(exact, info.prefixes) if info.prefixes is not None else exact
                exact = None
                break
            exact = joined
        return Info(exact, _best(candidates), exact if exact is not None else prefixes)

    def item(self, op: object, av: object) -> Info:
        """`Info` of one parsed item; anything not understood gives no information."""
        if op is _LITERAL:
            char = chr(av)  # type: ignore[arg-type]
            return Info(frozenset({char.lower()}), None, frozenset({char.lower()})) if char.isascii() else Info()
        if op in _ZERO_WIDTH:
            return Info(frozenset({""}))
        if op is _SUBPATTERN:  # (group, add_flags, del_flags, body)
            _, add_flags, del_flags, body = cast(tuple[Any, int, int, Any], av)
            # Scoped flags ("(?-i:...)") would change a run's class: not read.
            return self.sequence(list(body)) if not (add_flags or del_flags) else Info()
        if _ATOMIC is not None and op is _ATOMIC:
            return self.sequence(list(av))  # type: ignore[call-overload]
        if op is _BRANCH:
            return _branch([self.sequence(list(branch)) for branch in av[1]])  # type: ignore[index]
        if op in _REPEATS:
            low, _, body = cast(tuple[int, Any, Any], av)
            if low < 1:
                return Info()
            inner = self.sequence(list(body))  # every match holds a first repetition
            exact = frozenset((s, AT_START) for s in inner.exact) if _usable(inner.exact) else None  # type: ignore[union-attr]
            return Info(None, _best([n for n in (exact, inner.needles) if n]), inner.prefixes)
        return Info()

    def lead(self, items: list[Item]) -> Lead | None:
        """The lead of whatever follows `items`: their width when bounded, or a run of one
        character class (`^\\s*`) among zero-width items; else None."""
        low, high = sre_parse.SubPattern(self.state, items).getwidth()
        if high < sre_constants.MAXREPEAT:
            return Lead(low, high)
        consuming = [(op, av) for op, av in items if op not in _ZERO_WIDTH]
        if len(consuming) != 1 or consuming[0][0] not in _REPEATS:
            return None
        body = list(consuming[0][1][2])  # type: ignore[index]
        if len(body) != 1 or body[0][0] not in (_IN, _LITERAL) or sre_parse.SubPattern(self.state, body).getwidth() != (1, 1):
            return None
        return Lead(run=sre_compile.compile(sre_parse.SubPattern(self.state, body), self.flags))


def _shift(lead: Lead | None, by: Lead | None) -> Lead | None:
    """A needle's lead within an item, seen from the start of the sequence holding it."""
    if lead is None or by is None:
        return None
    if lead == AT_START:
        return by
    if by == AT_START:
        return lead
    if lead.run is None and by.run is None:
        return Lead(lead.low + by.low, lead.high + by.high)
    return None


def _branch(branches: list[Info]) -> Info:
    """An alternation: exact if every branch is, needles and prefixes if every branch has some."""
    exacts = [b.exact for b in branches]
    exact = frozenset().union(*exacts) if all(e is not None for e in exacts) else None  # type: ignore[arg-type]
    if exact is not None and len(exact) > MAX_STRINGS:
        exact = None
    each: list[frozenset[Needle] | None] = [
        b.needles or (frozenset((s, AT_START) for s in b.exact) if _usable(b.exact) else None)  # type: ignore[union-attr]
        for b in branches
    ]
    needles = frozenset().union(*each) if all(n for n in each) else None  # type: ignore[arg-type]
    prefix_sets = [b.prefixes for b in branches]
    prefixes = frozenset().union(*prefix_sets) if all(_usable(p) for p in prefix_sets) else None  # type: ignore[arg-type]
    return Info(exact, needles, prefixes)
