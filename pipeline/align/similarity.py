"""Text similarity for items and passages, on a normalised "core" of each text.

Surface similarity alone cannot tell two items apart: "The unit ... should improve the
quality of its local profiles" and "... should improve how it manages offenders" share
their whole opening. The core drops the addressee ("X should"), folds abbreviations
and synonyms (`patterns/synonyms.csv`: "serious and organised crime" = "SOC",
"enhance" = "improve"), lemmatises with the spaCy lookup table and drops stop words, so
that what is compared is what the item asks for. rapidfuzz does no preprocessing of its
own since 3.0, so everything is folded here.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy
from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS
from thinc.api import NumpyOps

from crosswalk.deadlines import without_opening
from crosswalk.extraction.lemmas import lookup_lemma
from crosswalk.resources import pattern_file, word_file

ADDRESSEE_RE = re.compile(r"^.{0,160}?\b(?:should|needs? to|must)\b\s*:?\s*", re.I | re.S)
WORD_RE = re.compile(r"[a-z0-9]+")
BEST_CELLS = 1 << 22  # (item, passage) counts `Coverage.best` holds at once: 16 MB


@dataclass(frozen=True)
class SimilarityLimits:
    """How statements' words are compared, of `patterns/similarity_limits.json` (what each
    counts is said there): a stem's letters, a cut statement's words, a theme's length."""

    stem_chars: int
    cut_words_min: int
    cut_letters_min: int
    theme_max_words: int


LIMITS = word_file("similarity_limits.json", SimilarityLimits)


@lru_cache(maxsize=1)
def _synonyms() -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every term (longest first) and what each folds to."""
    with pattern_file("synonyms.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if rows and set(rows[0]) != {"term", "canonical"}:
        raise ValueError("synonyms.csv: columns must be term, canonical")
    terms = sorted((row["term"] for row in rows), key=len, reverse=True)
    mapping = {row["term"]: row["canonical"] for row in rows}
    return re.compile(r"\b(" + "|".join(map(re.escape, terms)) + r")\b"), mapping


def _folded_words(text: str) -> list[str]:
    """A text's words, lower-cased, its synonyms folded (before any lemma is looked up)."""
    pattern, mapping = _synonyms()
    return WORD_RE.findall(pattern.sub(lambda m: mapping[m.group(1)], text.lower().replace("’", "'")))


def _core_words(text: str) -> list[str]:
    words = (lookup_lemma(word) for word in _folded_words(text))
    return [word for word in words if word not in STOP_WORDS]


@lru_cache(maxsize=65536)
def core_text(text: str) -> str:
    """What an item asks for, folded: no addressee, nor the deadline that opens it when no
    addressee follows (`deadlines.without_opening`: a report's recommendations share their dates, so
    a date would make two of them alike), synonyms merged, lemmas, no stop words."""
    return " ".join(_core_words(without_opening(ADDRESSEE_RE.sub("", text, count=1))))


def item_similarity(a: str, b: str) -> float:
    """token_set_ratio on the cores: the scorer chosen by `crosswalk calibrate`. A statement
    cut mid-word that opens the other (`cut_opening`) is the same item (100)."""
    if cut_opening(a, b) or cut_opening(b, a):
        return 100.0
    return float(fuzz.token_set_ratio(core_text(a), core_text(b)))


def theme_similarity(theme: str, text: str) -> float:
    """How far a theme ("culture", "how it investigated crime") names what a statement is
    about: the share of the theme's topic stems (`core_words`: "the service" names no item,
    "investigated" and "investigating" are one) that the statement's whole text holds. The
    whole text, not the item core: a finding may put its topic before a late modal ("...
    improve its culture ... more needs to be done"), and the core drops what precedes it."""
    wanted = core_words(theme)
    if not wanted:
        return 0.0
    return 100.0 * len(wanted & core_words(text)) / len(wanted)


def cut_opening(cut: str, full: str) -> bool:
    """Whether `cut` is a statement whose text stops mid-word ("The force should immediately
    reinfor": a page, or the copy of it, ends there) and `full` opens with it and goes on
    with that word: one document's whole item, another's cut one. The cut word must keep
    `cut_letters_min` letters and the statement `cut_words_min` words to name the item."""
    cut, full = (" ".join(t.lower().replace("’", "'").split()) for t in (cut, full))
    words = cut.split()
    return len(words) >= LIMITS.cut_words_min and len(words[-1]) >= LIMITS.cut_letters_min and words[-1].isalpha() \
        and len(full) > len(cut) and full.startswith(cut) and full[len(cut)].isalpha()


def word_bag(text: str, item: bool = False) -> str:
    """The distinct core words of a text in sorted order: comparing two bags with plain
    `fuzz.ratio` approximates a token-set comparison at the speed of `ratio`."""
    words = core_text(text).split() if item else _core_words(text)
    return " ".join(sorted(set(words)))


def core_words(text: str) -> frozenset[str]:
    """The distinct topic stems of a passage: core words less the words every item
    uses, less a plural "s", cut to their first `stem_chars` letters ("recording" and
    "record", "breaches" and "breach", "times" and "time" are one)."""
    return frozenset(filter(None, map(_topic_stem, _folded_words(text))))


@lru_cache(maxsize=65536)
def _topic_stem(word: str) -> str | None:
    """A folded word's topic stem (`core_words`), None for a stop word, a generic word or a
    number: one cached look-up a word, as the same words recur in every passage (before it,
    running a chain of generators for every word took most of `core_words`' time)."""
    from crosswalk.align.cues import generic_words

    lemma = lookup_lemma(word)
    if lemma in STOP_WORDS or lemma in generic_words() or lemma.isdigit():
        return None
    return (lemma[:-1] if len(lemma) > 3 and lemma.endswith("s") else lemma)[:LIMITS.stem_chars]


@lru_cache(maxsize=1)
def _ops() -> NumpyOps:
    """thinc's numpy backend, made once: its `gemm` is spaCy's single-threaded BLIS (why,
    in `Coverage.shared`)."""
    return NumpyOps()


@lru_cache(maxsize=65536)
def item_words(item_text: str) -> frozenset[str]:
    """What an item asks for, as topic stems: its `core_words` without its addressee."""
    return core_words(ADDRESSEE_RE.sub("", item_text, count=1))


class Coverage:
    """How many of each item's topic stems each passage holds, and what share of them, for
    many items against many passages in one step: a passage about the same thing repeats
    what the item asks for ("body worn cameras", "domestic abuse"), whatever else it says.

    Items and passages are incidence matrices over the items' stems (a passage word no item
    asks for counts for none), and the counts of shared stems are their one matrix product.
    One call per pair in Python was 99% of the aligner's scoring of 1,000 items x 10,000
    passages (bench `alignment`). The counts are whole numbers in float32 (exact below 2**24
    stems), and a share is the same float as `shared / len(stems)` in Python (an item with
    no stem: nothing shared, share 0.0)."""

    def __init__(self, item_texts: Sequence[str], passages: Sequence[frozenset[str]]) -> None:
        wanted = [item_words(text) for text in item_texts]
        vocabulary: dict[str, int] = {}
        for words in wanted:
            for word in words:
                vocabulary.setdefault(word, len(vocabulary))
        self.sizes = numpy.array([len(words) for words in wanted], dtype=numpy.intp)
        self.items = _incidence(wanted, vocabulary)
        self.passages = _incidence(passages, vocabulary)

    def shared(self, first: int = 0, last: int | None = None) -> numpy.ndarray:
        """The counts of shared stems of items `first` to `last` (all by default) against
        every passage: an (items x passages) array. The product is spaCy's own BLIS
        (`thinc`'s `gemm`, one thread), not numpy's `@`: OpenBLAS's threads, on a machine
        whose cores are busy, took about 20 ms to multiply 30 items by 300 sentences
        (1 ms in one thread), and the aligner takes such a product for every response."""
        return _ops().gemm(self.items[first:last], self.passages, trans2=True)

    def of(self, item: int, passage: int, shared: numpy.ndarray) -> tuple[int, float]:
        """(shared stems, share) of one pair, read from `shared` (the counts of every item)."""
        return self._pair(item, int(shared[item, passage]))

    def _pair(self, item: int, count: int) -> tuple[int, float]:
        size = int(self.sizes[item])
        return (count, count / size) if size else (0, 0.0)

    def holds(self, least_shared: int, least_share: float) -> numpy.ndarray:
        """Which passages hold at least `least_shared` of each item's stems and at least
        `least_share` of them: an (items x passages) array of booleans."""
        shared = self.shared()
        sizes = self.sizes[:, None]
        share = numpy.divide(shared, sizes, out=numpy.zeros(shared.shape), where=sizes > 0)
        return (shared >= least_shared) & (share >= least_share)

    def best(self, cells: int = BEST_CELLS) -> list[tuple[int, tuple[int, float]] | None]:
        """For each item, the first passage holding the largest share of its stems, with
        its (shared stems, share); None when there is no passage. The items are taken
        `cells` pairs at a time, so that the counts held stay small."""
        if not len(self.passages):
            return [None] * len(self.sizes)
        found: list[tuple[int, tuple[int, float]] | None] = []
        step = max(1, cells // len(self.passages))
        for first in range(0, len(self.sizes), step):
            shared = self.shared(first, first + step)
            found += [(passage, self._pair(first + row, int(shared[row, passage])))
                      for row, passage in enumerate(shared.argmax(axis=1).tolist())]
        return found


def _incidence(bags: Sequence[frozenset[str]], vocabulary: Mapping[str, int]) -> numpy.ndarray:
    """A (bags x vocabulary) matrix of 1.0 where a bag holds a word of the vocabulary."""
    held = [words & vocabulary.keys() for words in bags]
    matrix = numpy.zeros((len(bags), len(vocabulary)), dtype=numpy.float32)
    matrix[[row for row, words in enumerate(held) for _ in words], [vocabulary[word] for words in held for word in words]] = 1.0
    return matrix
