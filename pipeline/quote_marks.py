"""The quote marks, curly and straight, and the dashes, defined once.

Ingestion (where a line ends), extraction (who speaks, what is quoted, what to strip
from a grade or a theme) and alignment (a quoted restatement) all look for quotation
marks; kept in one place, a mark added here is known to every one of them. This module
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
