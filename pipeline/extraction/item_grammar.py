"""The function-word classes of `item_grammar.json` that more than one item module takes (the
theme modules `item_themes`, `item_kinds`, `item_kind_choice`, `item_introduced`,
`item_predicates`, `item_ascribed`, the cutting of a list in `item_pieces`, and the structure
rules), with the numbers written as words; kept apart so no module imports another for a word
list. A list one module alone reads stays in that module.
"""

from __future__ import annotations

import re

from collections.abc import Sequence, Set

from spacy.tokens import Doc

from crosswalk.dates import DAY_NAMES, MONTH_NAMES
from crosswalk.extraction.grading_vocabulary import grading_words
from crosswalk.extraction.item_reading import GRAMMAR_FILE, LIMITS, item_words
from crosswalk.resources import word_entry, word_set

AUXILIARIES = word_set(GRAMMAR_FILE, "auxiliaries")
WH_WORDS = word_set(GRAMMAR_FILE, "wh_words")
SUBORDINATORS = word_set(GRAMMAR_FILE, "subordinators")
FIRST_PERSON_SUBJECTS = word_set("extraction_words.json", "first_person")  # "we have identified this as ...": the writer, not a matter
REPORT_NOUNS = word_set(GRAMMAR_FILE, "report_nouns")  # "the report shows": the reporter, opening a clause of its own
# the numbers written as words (grading_words.json's count_words, one list for every rule) and the
# item rules' own counts ("both")
NUMBER_WORDS = {**grading_words().count_words, **{word: int(count) for word, count in word_entry(GRAMMAR_FILE, "number_words").items()}}
SUBJECT_PRONOUNS = word_set(GRAMMAR_FILE, "subject_pronouns")  # "... but we found that": a clause joined without a comma
CLAUSE_OPENERS = word_set(GRAMMAR_FILE, "clause_openers")
DIRECTING_MODALS = word_set(GRAMMAR_FILE, "directing_modals")
COPULAS = word_set(GRAMMAR_FILE, "copulas")
NOT_QUALIFIERS = word_set(GRAMMAR_FILE, "not_qualifiers")
PURPOSE_VERBS = word_set(GRAMMAR_FILE, "purpose_verbs")  # "to ensure", "to explore": an ask's verbs
# "on behalf of", "on how", "on Monday", "on March 17": the words of the file, and the
# days and months in full from the date reader, where dates keeps them
ON_NON_THEMES = word_set(GRAMMAR_FILE, "on_non_themes") | frozenset(DAY_NAMES) | frozenset(MONTH_NAMES)
SUBJECT_ADVERBS = word_set(GRAMMAR_FILE, "subject_adverbs")  # between a subject and its verb
GIVING_PARTICIPLES = word_set(GRAMMAR_FILE, "giving_participles")  # "A and B issued after our inspection"
GIVING_FOLLOWERS = word_set(GRAMMAR_FILE, "giving_followers")
PLURAL_KIND_WORDS = word_set(GRAMMAR_FILE, "plural_kind_words")
KIND_QUALIFIERS = word_set(GRAMMAR_FILE, "kind_qualifiers")
# A response's entry that reports its own work in the present ("Most forces are reviewing
# ...", "The programme has introduced ...", "A protocol has already been agreed"); a negation
# ("are not reviewing") is none of the adverbs, so it reports nothing.
PROGRESS_RE = re.compile(r"\b(?:" + "|".join(sorted(word_set(GRAMMAR_FILE, "progress_auxiliaries"))) + r")\s+(?:(?:"
                         + "|".join(sorted(word_set(GRAMMAR_FILE, "progress_adverbs"))) + r")\s+){0,3}[a-z]{3,}(?:ing|ed|en)\b")
OPEN_COUNTS = word_set(GRAMMAR_FILE, "open_counts")  # "several", "some": a count without a number
POSSESSIVES = word_set(GRAMMAR_FILE, "possessives")
PERFECT_ADVERBS = word_set(GRAMMAR_FILE, "perfect_adverbs")  # "had also been", "has long been"


def number_ending_at(doc: Doc, index: int) -> int | None:
    """The number the words ending at token `index` say ("seven", "7"), a hyphenated one
    whole: the tokenizer splits "twenty-nine" at its hyphen, and its last part alone
    ("nine") is no count of the items."""
    word = doc[index].lower_
    if index >= 2 and doc[index - 1].text == "-" and (whole := NUMBER_WORDS.get(f"{doc[index - 2].lower_}-{word}")):
        return whole
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def short_attribution(said: Sequence[str], openers: Set[str] | None = None, slack: int = 0) -> bool:
    """Whether the words after a comma are a speaker's short attribution ("the report said",
    '," she said.'), which is who said the words before it, no part of them: at most
    `attribution_words` words (and `slack` more), the last a reporting verb
    (`summary_verbs`), the first one of `openers` where given. One test for the theme
    filters, the described areas and the clause a kind ends (item_theme_filters.py,
    item_predicates.py, item_ascribed.py)."""
    return 1 <= len(said) <= LIMITS.attribution_words + slack and said[-1] in item_words().summary_verbs \
        and (openers is None or said[0] in openers)
