"""Where a restated item ends in a response: before the answer that follows it.

WHY: responses (action plans, letters, minutes, a national body's reply) restate an item and
answer it in the same paragraph, or in the next block under the same label ("Recommendation 4:
<item> / RBFRS action: <answer>", "<item>: NFCC believes ...", "<item>. The ownership of this
recommendation had changed ..."). A rule that reads the whole run as the item swallows the
answer: the item's text no longer matches the item, and alignment finds the answer inside the
item, so reads it as unaddressed. The answer is told by who speaks, not by its topic: it opens
a sentence, a block or the clause after a colon in the responder's voice, with a label that
names the answer ("Response:", "RBFRS action:", "Status:"), the responder as its subject ("We",
"Our", a name with a verb or adjective of stance: "NFCC believes", "the service is happy to"),
or a comment on the item as a thing that tells what happened to it ("this recommendation had
changed ...") and asks nothing of anyone ("This recommendation is for local boards to review ..."
is the item describing itself, and stays).
The inspectorate's own voice ("We recommend that ...") asks, so it is never cut.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from crosswalk.item_labels import names_pattern

if TYPE_CHECKING:
    from crosswalk.extraction.item_reading import ItemWords

# Where a sentence, a block or a clause after a colon may open inside an item's span.
BOUNDARY_RE = re.compile(r"(?:(?<=[.!?])\s+|\s*\n\s*|:\s+)(?=\S)")
SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)|\n")
WORD_RE = re.compile(r"[\w&'’]+")
# "<up to three words> action:", "Response:": a label; its last word says what follows.
LABEL_RE = re.compile(r"^(?:[\w&'’]+\s+){0,3}(?P<word>[\w]+)\s*:")
# "this recommendation", "this area for improvement": the item spoken of as a thing.
ANAPHOR_RE = re.compile(rf"\bthis\s+(?:{names_pattern('recommendation', 'area_for_improvement', 'cause_of_concern')}|afi)\b",
                        re.IGNORECASE)
ASKING_RE = re.compile(r"\brecommend(?:s|ed|ing)?\b", re.IGNORECASE)  # "we recommend", never "recommendation"
SUBJECT_WORDS_MAX = 4  # "the Chief Fire Officer believes": the stance verb comes within four words


def answer_start(text: str, start: int, end: int, words: ItemWords) -> int | None:
    """Where the answer inside [start, end) begins (the end of the item's own words), or None
    when the span holds no answer. Only a boundary after the span's first words counts: an
    item that opens with a label is cut of it elsewhere."""
    for boundary in BOUNDARY_RE.finditer(text, start, end):
        if boundary.start() <= start:
            continue
        opened = boundary.end()
        stop = SENTENCE_END_RE.search(text, opened, end)
        if _answers(text[opened:stop.end() if stop else end], words):
            return boundary.start()
    return None


def _answers(sentence: str, words: ItemWords) -> bool:
    """The sentence (or clause) is the responder's: see the module's note."""
    label = LABEL_RE.match(sentence)
    if label is not None and label["word"].lower() in words.answer_labels:
        return True
    tokens = [w.lower() for w in WORD_RE.findall(sentence)]
    if not tokens:
        return False
    asks = bool(ASKING_RE.search(sentence)) or any(t in words.asking_words for t in tokens)
    if tokens[0] in words.responder_openers and not ASKING_RE.search(sentence):
        return True
    for k in range(1, min(SUBJECT_WORDS_MAX + 1, len(tokens))):
        if tokens[k] in words.stance_verbs or (tokens[k] in words.stance_adjectives and tokens[k - 1] in ("is", "are")):
            return not ASKING_RE.search(sentence)
    return not asks and ANAPHOR_RE.search(sentence) is not None and any(t in words.telling_auxiliaries for t in tokens)
