"""The function-word classes of `item_grammar.json` that both the reading of themes
(`item_themes`) and the cutting of a list into its themes (`item_pieces`) take, with the
numbers written as words; kept apart so neither module imports the other for a word list.
"""

from __future__ import annotations

from crosswalk.extraction.grading_vocabulary import grading_words
from crosswalk.extraction.item_reading import GRAMMAR_FILE
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
