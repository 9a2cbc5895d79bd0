"""Named word lists that token patterns write as "$name" instead of spelling the words out.

The grade words stood in full in most patterns of `gradings.jsonl`, each copy a chance to
drift from the others and from `grading_words.json`, where the written forms of a grade
are kept. Each list here is derived from that word file, so it is written once; the
pattern loader (`patterns.py`) splices a list in where a pattern names it and refuses a
name it does not know.
"""

from __future__ import annotations

from functools import lru_cache

from crosswalk.dates import MONTH_NAMES
from crosswalk.resources import read_json

GRADING_WORDS_FILE = "grading_words.json"


@lru_cache(maxsize=1)
def word_lists() -> dict[str, tuple[str, ...]]:
    """Every named list: grade_words, the grades written as one word ("good");
    grade_opening_words, the first word of every written grade ("good", "requires");
    improvement_verbs, the first word of the grades of more than one word ("requires",
    "requiring"); count_words, the numbers written as words; grade_nouns, the nouns after a grade
    ("rating"); grade_change_verbs, the lemmas of verbs that say a grade changed
    ("dropped from good to ..."); grading_participles, the participles that give a grade
    ("the overall grading was deemed as ..."); area_opening_prepositions, the words that open an
    area after a grade ("good in ...": a grade they follow is an area's, not the whole body's); month_names, the months in
    full ("january"), taken from the date reader's table so dated context cues and date
    parsing know the same months."""
    data = read_json(GRADING_WORDS_FILE)
    grades = [form.lower() for form in data["grades"]]
    return {
        "grade_words": tuple(form for form in grades if " " not in form),
        "grade_opening_words": tuple(dict.fromkeys(form.split()[0] for form in grades)),
        "improvement_verbs": tuple(dict.fromkeys(form.split()[0] for form in grades if " " in form)),
        "count_words": tuple(word.lower() for word in data["count_words"]),
        "grade_nouns": tuple(word.lower() for word in data["grade_nouns"]),
        "grade_change_verbs": tuple(word.lower() for word in data["grade_change_verbs"]),
        "grading_participles": tuple(word.lower() for word in data["grading_participles"]),
        "area_opening_prepositions": tuple(word.lower() for word in data["area_opening_prepositions"]),
        "month_names": MONTH_NAMES,
    }

