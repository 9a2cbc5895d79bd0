"""The quote marks, curly and straight, defined once.

Ingestion (where a line ends), extraction (who speaks, what is quoted, what to strip
from a grade or a theme) and alignment (a quoted restatement) all look for quotation
marks; kept in one place, a mark added here is known to every one of them. This module
imports nothing, so any layer may use it.
"""

from __future__ import annotations

OPENING_QUOTES = "“\"‘'"
CLOSING_QUOTES = "”\"’'"
QUOTES = OPENING_QUOTES + "”’"  # every mark, opening or closing
