"""The quote marks, curly and straight, and the dashes, defined once.

Ingestion (where a line ends), extraction (who speaks, what is quoted, what to strip
from a grade or a theme) and alignment (a quoted restatement) all look for quotation
marks; kept in one place, a mark added here is known to every one of them, and so is the
one reading of which quotation is open where (`open_quotations`). This module
imports nothing, so any layer may use it.
"""

from __future__ import annotations

OPENING_QUOTES = "“\"‘'"
CLOSING_QUOTES = "”\"’'"
QUOTES = OPENING_QUOTES + "”’"  # every mark, opening or closing
# The marks but the straight apostrophe, which stands inside words ("the force's") far more
# often than it opens or closes a quotation: where a stray one would cut or end a text.
OPENING_MARKS = OPENING_QUOTES.replace("'", "")
# The double marks alone: a single one may be an apostrophe, a double one opens or closes a quotation.
DOUBLE_OPENING, DOUBLE_CLOSING = "“\"", "”\""
CLOSING_MARKS = CLOSING_QUOTES.replace("'", "")
# A dash standing alone as a token, en, em or hyphen: a hyphen inside a word is no token
# of its own, so a token that is one of these marks a break (a theme's or a clause's end).
DASHES = frozenset({"–", "—", "-"})
SINGLE_OPENING = "‘'"  # the single opening marks: a right single mark closes only one of these, or an apostrophe
# Regular-expression pieces for a mark opening and one closing a quotation, straight marks
# among them: a straight single mark opens before a word and after none ("'Efficiency'") and
# closes after a word or a stop and before none; inside a word ("force's") it is an apostrophe.
OPENING_MARK_RE = r"(?:[‘“\"]|(?<![\w’'])'(?=\w))"
CLOSING_MARK_RE = r"(?:[’”\"]|(?<=[\w.,!?])'(?!\w))"


def opens_quote(text: str, index: int) -> bool:
    """An opening mark at `index`: a left quote, or a straight one before a word and after none."""
    char, before, after = text[index], text[index - 1 : index], text[index + 1 : index + 2]
    return char in "‘“" or (char in "'\"" and not before.isalnum() and after.isalnum())


def closes_quote(text: str, index: int, opened: str = "") -> bool:
    """A closing mark at `index`, given the opening marks still open (`opened`, innermost
    last): a right quote (or straight one) after a word or a stop and before none. A single
    mark after a plural's "s" is the plural's possessive ("the forces’ plans", "Our
    officers’ training") unless a single quotation is open innermost for it to close."""
    char, before, after = text[index], text[index - 1 : index], text[index + 1 : index + 2]
    if char not in "’”'\"" or after.isalnum() or not (before.isalnum() or before in ".,!?"):
        return False
    return char in "”\"" or before.lower() != "s" or opened[-1:] in tuple(SINGLE_OPENING)


def open_quotations(text: str, start: int, at: int, opened: str = "") -> str:
    """The opening marks still open at `at` (innermost last), reading marks from `start`
    with `opened` already open: each opening mark opens a quotation, each closing mark
    closes the innermost one (`opens_quote`, `closes_quote`); an apostrophe inside a word
    or after a plural closes nothing."""
    for index in range(start, min(at, len(text))):
        if opens_quote(text, index):
            opened += text[index]
        elif opened and closes_quote(text, index, opened):
            opened = opened[:-1]
    return opened


def curled(text: str) -> str:
    """The text with every straight quote mark written as its curly form, the same length:
    one that opens a quotation (`opens_quote`) as the left mark, any other (an apostrophe, a
    closing mark) as the right one. A reader that learned words as written (the sentence
    and genre models read exact tokens) meets "the force's" and "the force’s" as different
    words; most documents write the curly marks, so this is the one form such a reader is given."""
    if "'" not in text and '"' not in text:
        return text
    marks = {"'": ("‘", "’"), '"': ("“", "”")}
    return "".join(marks[char][0 if opens_quote(text, index) else 1] if char in marks else char
                   for index, char in enumerate(text))


def written_either_way(word: str) -> list[str]:
    """The word and its other forms, the word first: a word with an apostrophe in it ("'s",
    "n't", "’ll") written with the straight mark and with the curly one; a curly quote mark
    standing alone ("‘", "”") also as the straight mark of its kind. A straight mark standing
    alone is left as it is: it opens or closes, and a pattern that names it beside curly marks
    names the curly ones it means ("‘", "“", '"': opening marks, never "”")."""
    if len(word) == 1:
        straight = {"‘": "'", "’": "'", "“": '"', "”": '"'}.get(word)
        return [word] if straight is None else [word, straight]
    if "'" not in word and "’" not in word:
        return [word]
    forms = [word.replace("’", "'"), word.replace("'", "’")]
    return [word] + [form for form in dict.fromkeys(forms) if form != word]
