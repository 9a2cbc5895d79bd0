"""A sentence end with a footnote reference glued to it, as PDF text has it: the raised
number follows the stop with no space ("to be simplified.86", "by 2025.116 The", "“in
history”.124 The").

Ingest reads it at a line's end (a line that ends so ends its sentence, so the next line is
not joined to it as a heading's would be); extraction reads it inside a block (a sentence
ends there) and in the tokenizer (the word before is a word again). Each reads the same
parts, defined once here at the package root, where both may import them.
"""

from __future__ import annotations

import re

from crosswalk.quote_marks import CLOSING_QUOTES, OPENING_MARKS

CLOSER = "[" + CLOSING_QUOTES + r")\]]"  # a closing quote or bracket between word, stop and number
STOP = r"[.!?]"
YEAR = r"(?:19|20)\d\d"  # "by 2025.116": a year ends a sentence as a word does
REFERENCE = r"\d{1,3}"  # footnotes run into the hundreds, never the thousands
REFERENCES = REFERENCE + r"(?:," + REFERENCE + r")*"  # "services.12,13"

# At a line's end: a word (its last two letters lower case) or a year, the stop, the numbers.
FOOTNOTED_END_RE = re.compile(rf"(?:[a-z]{{2}}|{YEAR}){CLOSER}*{STOP}{CLOSER}*{REFERENCES}\s*$")
# Inside a block: the stop and number glued to a word ("patients.107 On 19 May") are one
# token, so no end mark is seen. The word before the stop is a lower-case word (or a year);
# a capital opens the next sentence. Decimals ("3.5 The") and section numbers ("C.4") are
# not this shape; abbreviations ("No.12 The") are for the reader to check against its list
# (group 1 is the word).
FOOTNOTE_END_RE = re.compile(
    rf"(?<![\w.])([A-Za-z][a-z]+|{YEAR}){CLOSER}*{STOP}{CLOSER}*{REFERENCES}[ \t]+(?=[A-Z{OPENING_MARKS}(])")
# For the tokenizer, as a suffix: the stop and the number come off the word as one token
# of their own (".120"), so the word before is a word again ("were being developed.120"
# reads as "were being developed") while the sentence keeps its text and its end. Only
# after two lower-case letters, or one and a closing quote: "s.55", "No.12", "3.5", "2.1",
# "e.g." and years ("2014.89") keep their number.
FOOTNOTE_SUFFIX = rf"(?<=[a-z]{{2}}|[a-z]{CLOSER}){STOP}{REFERENCES}$"
