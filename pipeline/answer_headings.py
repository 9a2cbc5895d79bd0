"""The heading or label that opens a responder's answer ("Response:", "Our response", "Force
response", "Progress update", "Action taken", "Government response to recommendation 2"): the one
definition that the readers of it build their patterns from. Its words are data
(`patterns/answer_headings.json`), each with the shapes it is read in:

- "line": a heading of its own line (the aligner: the answer to the item above starts under it);
- "colon": a label inside the run of a restated item (extraction: the item ends before it);
- "to": the answer naming the item it answers, "response to recommendation 4" (the aligner: the
  heading cites that item; extraction: a numbered recommendation's body ends there).

It lives at the package root, as `item_labels` does, because extraction may not import the
aligner and both read the same words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crosswalk.resources import check_keys, checked_words, read_json

FILE = "answer_headings.json"
SHAPES = ("line", "colon", "to")
# A word that may stand before the answer word: an owner's name or role ("Exshire FRS",
# "Chief Constable's", "Police & Crime Commissioner's", "Force-wide").
LEAD_WORD = r"[\w’'&-]+"


@dataclass(frozen=True)
class Shape:
    """One shape's answer words (lower case) and how many words may stand before them."""

    words: tuple[str, ...]
    words_before: int

    def lead(self) -> str:
        """The words before the answer word and the word itself, as a pattern."""
        return rf"(?:{LEAD_WORD}\s+){{0,{self.words_before}}}(?:{'|'.join(map(re.escape, self.words))})"


@lru_cache(maxsize=1)
def shapes() -> dict[str, Shape]:
    """Each shape of `patterns/answer_headings.json` with the words read in it; a shape no
    word is read in, or a word read in an unknown shape, fails on load."""
    data = read_json(FILE)
    check_keys(FILE, data, {"_comment", "words", "shapes"})
    check_keys(FILE, data["shapes"], set(SHAPES))
    found: dict[str, list[str]] = {shape: [] for shape in SHAPES}
    for entry in data["words"]:
        keys = set(entry)
        check_keys(f"{FILE} entry {entry.get('word')!r}", entry, {"word", "reads"} | ({"why"} & keys))
        for shape in checked_words(FILE, entry["word"], entry["reads"]):
            if shape not in found:
                raise ValueError(f"{FILE}: {entry['word']!r} is read in an unknown shape {shape!r}")
            found[shape].append(entry["word"].lower())
    for shape in SHAPES:
        check_keys(f"{FILE} shape {shape!r}", data["shapes"][shape], {"words_before"})
    words_before = {shape: data["shapes"][shape]["words_before"] for shape in SHAPES}
    if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in words_before.values()):
        raise ValueError(f"{FILE}: each shape's words_before must be a whole number")
    return {shape: Shape(tuple(checked_words(FILE, shape, words)), words_before[shape]) for shape, words in found.items()}


@lru_cache(maxsize=1)
def _heading_re() -> re.Pattern[str]:
    return re.compile(rf"\s*{shapes()['line'].lead()}\s*:?\s*", re.I)


def is_answer_heading(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a heading, is all an answer heading ("Force response",
    "Progress update:"): the answer to the item above it starts under it."""
    return _heading_re().fullmatch(text, start, end) is not None


@lru_cache(maxsize=1)
def _label_re() -> re.Pattern[str]:
    return re.compile(rf"^(?:{LEAD_WORD}\s+){{0,{shapes()['colon'].words_before}}}(?P<word>\w+)\s*:")


def opens_with_answer_label(sentence: str) -> bool:
    """Whether a sentence or clause opens with a label naming the answer ("Response: ...",
    "Exshire FRS action: ..."): the word before its colon is one of the label words."""
    label = _label_re().match(sentence)
    return label is not None and label["word"].lower() in shapes()["colon"].words


def answer_to_pattern() -> str:
    """The lead of an answer naming the item it answers ("Government response to", "Our
    response to the"), as a pattern to be compiled ignoring case, up to where the reader's
    own name of the item starts ("recommendation 4", "AFI 2")."""
    return rf"\s*(?:the\s+)?{shapes()['to'].lead()}\s+to\s+(?:the\s+)?"
