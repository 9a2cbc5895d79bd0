"""A deadline opening an item: "By 30 March 2026, chief constables should ...", "Within six
months, the force should ...", "Not later than 30 June 2016, all forces should ...". A
report's recommendations to every body of a sector open so, and three readers read the
opening, each for its own job, with the opening words of `patterns/deadlines.json`:

- `opening_date` (`align.link_keys`): the date of a deadline naming its year, which marks the
  items of one report in the replies that restate them;
- `without_opening` (`align.similarity`): the text without the phrase up to its comma, as the
  items of one list share their date and it would make two of them alike;
- `opens_cut` (`extraction.item_sections`): a page's opening cut before the date could be
  read ("By 30 Septe", "Within thr"), which opens an item as a whole deadline does.

A fourth reads a deadline anywhere in running text, with its own opening words
(`due_openers`: "by 2025", "until the end of March 2024", "before 2030"):

- `without_due_years` (`extraction.meta`): the text with its deadlines blanked, so the
  year an undated document is of is not taken from a year it names as due.

A fifth reads a time mark anywhere in running text, with the due openers and a few more
(`time_openers`: "within six months", "from April") before a month, a year or a word of time:

- `names_time_mark` (`extraction.commitment_grammar`): a dedication to securing an outcome
  set in time ("committed to ensuring this is in place by March") is a step, not a value.
"""

from __future__ import annotations

import re

from crosswalk.dates import MONTH_NAMES
from crosswalk.resources import word_alternation

DEADLINES_FILE = "deadlines.json"
_OPENER = r"\s*(?:" + word_alternation(DEADLINES_FILE, "openers") + r")\s+"
# "By 30 March 2026", "within April 2031": a date with its year
_DATED_RE = re.compile(_OPENER + r"(?P<date>(?:\d{1,2}\s+)?[a-z]+\s+(?:19|20)\d\d)\b", re.I)
# "By 27 March 2031, ", "Within six months, ": the phrase and its comma, when short
_PHRASE_RE = re.compile(_OPENER + r"[^,.;:]{1,30},\s*", re.I)
# "By 30 Septe", "6. Within thr": the opening with a number a list may put before it
_CUT_RE = re.compile(r"\s*(?:\d{1,2}[.)]\s+)?" + _OPENER + r"\S", re.I)
# "by 2025", "until the end of March 2024", "before 31 December 2030": a year named as due
_DUE_YEAR_RE = re.compile(r"\b(?:" + word_alternation(DEADLINES_FILE, "due_openers")
                          + r")\s+(?:the\s+end\s+of\s+)?(?:\w+\s+){0,2}20\d\d\b", re.I)
# "by December", "from April", "by the end of the year", "within six months", "by 2025": a time
# mark, its opener and up to three words before a month (capitalised, as "may" is a verb), a year
# or a word of time
_TIME_MARK_RE = re.compile(
    r"\b(?:" + word_alternation(DEADLINES_FILE, "due_openers") + "|" + word_alternation(DEADLINES_FILE, "time_openers")
    + r")\s+(?:[\w-]+\s+){0,3}?(?:(?-i:" + "|".join(name.capitalize() for name in MONTH_NAMES) + r")|(?:19|20)\d\d|"
    + word_alternation(DEADLINES_FILE, "time_words") + r")\b", re.I)


def opening_date(text: str) -> str | None:
    """The date of the deadline `text` opens with ("30 march 2026"), lower-cased with its
    spaces folded, or None when it opens with none or its deadline names no year."""
    deadline = _DATED_RE.match(text)
    return " ".join(deadline.group("date").lower().split()) if deadline else None


def without_opening(text: str) -> str:
    """`text` without the deadline it opens with, up to the comma ending it (the text as it
    is when it opens with none, or with one longer than a date or period)."""
    phrase = _PHRASE_RE.match(text)
    return text[phrase.end():] if phrase else text


def opens_cut(text: str) -> bool:
    """Whether `text` opens as a deadline does, however soon after its opening word it is cut."""
    return _CUT_RE.match(text) is not None


def without_due_years(text: str) -> str:
    """`text` with each deadline in it ("by 2025", "until the end of March 2024") made one
    space, wherever it stands: what is left names only years the text may be of."""
    return _DUE_YEAR_RE.sub(" ", text)


def names_time_mark(text: str) -> bool:
    """Whether `text` sets something in time ("by December", "from April", "by the end of
    the year", "within six months", "by 31 March 2025"), wherever the mark stands."""
    return _TIME_MARK_RE.search(text) is not None
