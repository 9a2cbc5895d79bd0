"""Dates as UK documents write them ("3rd March 2023", "21 June 2025", "August 2024",
"27-Nov-2014", "15/12/2021", "2024-07-23").

Used for document dates, monitoring-record entries and commitment deadlines. Results
are ISO strings: `YYYY-MM-DD` when a day is named, `YYYY-MM` when only a month is.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from crosswalk.resources import checked_words, line_expressions, read_lines, word_entry

MONTHS_FILE = "months.json"
LETTER_DATE_LABELS_FILE = "letter_date_labels.txt"


def _month_rows(language: str) -> list[list[str]]:
    """One language's twelve months' names (patterns/months.json), checked: a month missing or
    out of order would date every document after it wrongly without a word."""
    rows = word_entry(MONTHS_FILE, language)
    if not isinstance(rows, list) or len(rows) != 12:
        raise ValueError(f"{MONTHS_FILE}: {language} must be twelve lists of names, in calendar order")
    return [checked_words(MONTHS_FILE, f"{language} month {number}", row) for number, row in enumerate(rows, start=1)]


# Each month's names in every language documents date themselves in (English and Welsh: a Welsh
# page's own date and the years it names decide what is historic and which inspection it answers).
_ENGLISH_MONTHS = _month_rows("english")
MONTHS = {name: number for rows in (_ENGLISH_MONTHS, _month_rows("welsh"))
          for number, names in enumerate(rows, start=1) for name in names}
MONTH_NAMES = tuple(names[0] for names in _ENGLISH_MONTHS)  # in full, in calendar order
# The days of the week, in full: no date here is read by them, but the rules that must know
# a date when they meet one ("on Monday", "on 17 March") take them from beside the months.
DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

DAY_MONTH_YEAR = re.compile(rf"\b(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?\b", re.I)
MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I)
MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.I)
END_OF_YEAR = re.compile(r"\b(?:the\s+)?end\s+of\s+(?P<year>(?:19|20)\d\d)\b", re.I)
NUMERIC = re.compile(r"\b(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>(?:19|20)\d\d)\b")
# "27-Nov-2014" (press offices, content systems) and ISO "2024-07-23" (page metadata).
HYPHENATED = re.compile(rf"\b{_DAY}-{_MONTH}-{_YEAR}\b", re.I)
ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
DIGIT = re.compile(r"\d")  # every form above names a day or a year in digits


def _iso(year: int, month: int, day: int | None) -> str | None:
    try:
        if day is None:
            date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str, default_year: int | None = None) -> list[tuple[int, int, str]]:
    """All dates in `text` as (start, end, iso), earliest first, without overlaps.

    A day and month without a year ("on the 16th July") takes `default_year` (the
    document's own year) when one is known, and is skipped otherwise.
    """
    found: list[tuple[int, int, str]] = []
    if DIGIT.search(text) is None:
        return found
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, iso: str | None) -> None:
        if iso and not any(s < end and start < e for s, e in taken):
            found.append((start, end, iso))
            taken.append((start, end))

    for m in DAY_MONTH_YEAR.finditer(text):
        if not m["month"][0].isupper():  # "4 may be" is not the fourth of May
            continue
        year = int(m["year"]) if m["year"] else default_year
        if year is not None:
            add(m.start(), m.end(), _iso(year, MONTHS[m["month"].lower()], int(m["day"])))
    for m in MONTH_DAY_YEAR.finditer(text):
        if m["month"][0].isupper():
            add(m.start(), m.end(), _iso(int(m["year"]), MONTHS[m["month"].lower()], int(m["day"])))
    for m in HYPHENATED.finditer(text):
        add(m.start(), m.end(), _iso(int(m["year"]), MONTHS[m["month"].lower()], int(m["day"])))
    for pattern in (NUMERIC, ISO):
        for m in pattern.finditer(text):
            add(m.start(), m.end(), _iso(int(m["year"]), int(m["month"]), int(m["day"])))
    for m in END_OF_YEAR.finditer(text):
        add(m.start(), m.end(), f"{m['year']}-12")
    for m in MONTH_YEAR.finditer(text):
        if m["month"][0].isupper():
            add(m.start(), m.end(), _iso(int(m["year"]), MONTHS[m["month"].lower()], None))
    return sorted(found)


def parse_date(text: str, default_year: int | None = None) -> str | None:
    """The first date in `text`, or None."""
    dates = find_dates(text, default_year)
    return dates[0][2] if dates else None


def date_line_label(text: str) -> str | None:
    """When `text` is nothing but one date, bare or after a date label of
    patterns/date_labels.txt ("12 January 2022", "Date: 12 January 2022", "Published on: 12
    January 2022"), the label as written without its colon ("" for a bare date); else None.
    One shape for every reader of date lines: metadata and chrome take a letter's date line
    (`is_date_line`), the line reader a page's (`is_labelled_date_line`)."""
    text = text.strip()
    label = date_label_re().match(text)
    rest = text[label.end() :] if label is not None else text.lstrip(" ,.")
    dates = find_dates(rest)
    if len(dates) != 1 or dates[0][0] != 0 or rest[dates[0][1] :].strip(" ,."):
        return None
    return label.group().strip(" :–-") if label is not None else ""


def is_date_line(text: str) -> bool:
    """A line that is nothing but a date, bare or after a letter's own label
    (patterns/letter_date_labels.txt: "Date:", "Dated"): how letters carry their own date."""
    label = date_line_label(text)
    if label is None:
        return False
    return label == "" or line_expressions(LETTER_DATE_LABELS_FILE, re.I).fullmatch(label) is not None


def is_labelled_date_line(text: str) -> bool:
    """A capitalised date label and its date, and nothing after them ("Published on: 12
    January 2022"): a page's own date line, which stands on a line of its own however the
    text around it was wrapped, so never goes on from the title above it. (A lower-case
    "published on 14 March 2024." at a line's start carries on the sentence above.)"""
    return bool(date_line_label(text)) and text.strip()[:1].isupper()


@lru_cache(maxsize=1)
def date_label_re() -> re.Pattern[str]:
    """A label that gives a document its own date (patterns/date_labels.txt: "Published on",
    "Last updated") and the colon or dash after it."""
    labels = "|".join(f"(?:{label})" for label in read_lines("date_labels.txt"))
    return re.compile(rf"(?<![\w-])(?:{labels})\s*[:–-]?\s*", re.I)
