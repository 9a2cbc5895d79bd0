"""Where a restated item ends in a response: before the answer that follows it.

WHY: responses (action plans, letters, minutes, a national body's reply) restate an item and
answer it in the same paragraph, or in the next block under the same label ("Recommendation 4:
<item> / Exshire FRS action: <answer>", "<item>: the council believes ...", "<item>. This recommendation
has been met since ..."). A rule that reads the whole run as the item swallows the
answer: the item's text no longer matches the item, and alignment finds the answer inside the
item, so reads it as unaddressed. The answer is told by who speaks, not by its topic: it opens
a sentence, a block or the clause after a colon in the responder's voice, with a label that
names the answer ("Response:", "Exshire FRS action:", "Status:"), the responder as its subject ("We",
"Our", a name with a verb or adjective of stance: "the council believes", "the service is happy to"),
or a comment on the item as a thing that tells what happened to it ("this recommendation has
been met ...") and asks nothing of anyone ("This recommendation is for local boards to review ..."
is the item describing itself, and stays).
The inspectorate's own voice is never cut: it asks ("We recommend that ...", "Chief constables
should support ...") or reports what it found ("We found that ...", "Our inspection found ...").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from crosswalk.answer_headings import opens_with_answer_label
from crosswalk.item_labels import names_pattern

if TYPE_CHECKING:
    from crosswalk.extraction.item_reading import ItemWords

# Where a sentence, a block or a clause after a colon may open inside an item's span.
BOUNDARY_RE = re.compile(r"(?:(?<=[.!?])\s+|\s*\n\s*|:\s+)(?=\S)")
SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)|\n")
WORD_RE = re.compile(r"[\w&'’]+")
# "this recommendation", "this area for improvement": the item spoken of as a thing.
ANAPHOR_RE = re.compile(rf"\bthis\s+(?:{names_pattern('recommendation', 'area_for_improvement', 'cause_of_concern')}|afi)\b",
                        re.IGNORECASE)


def answer_start(text: str, start: int, end: int, words: ItemWords) -> int | None:
    """Where the answer inside [start, end) begins (the end of the item's own words), or None
    when the span holds no answer. Only a boundary after the span's first words counts: an
    item that opens with a label is cut of it elsewhere. A colon after a modal or a lead-in's
    last word ("The force should: ensure ...", "should make sure that: ...") leads in to the
    ask's own verb, so the clause after it is the item's."""
    for boundary in BOUNDARY_RE.finditer(text, start, end):
        if boundary.start() <= start or _leads_in(text[start:boundary.start()], boundary.group(), words):
            continue
        opened = boundary.end()
        stop = SENTENCE_END_RE.search(text, opened, end)
        if _answers(text[opened:stop.end() if stop else end], words):
            return boundary.start()
    return None


def _leads_in(before: str, boundary: str, words: ItemWords) -> bool:
    """The colon `boundary` ends a lead-in whose verb comes after it: the word before it is a
    modal or a word a lead-in ends in."""
    if not boundary.lstrip().startswith(":"):
        return False
    said = WORD_RE.findall(before)
    return bool(said) and said[-1].lower() in words.asking_words | words.lead_in_fillers | words.clause_continuers


def _answers(sentence: str, words: ItemWords) -> bool:
    """The sentence (or clause) is the responder's: see the module's note. A sentence whose
    first words hold a modal of asking ("Chief constables should support ...", "Forces must
    also welcome ...") or a verb of the inspectorate's finding ("We found that ...", "Our
    inspection found ...") is the inspectorate's voice, whatever stance verb follows."""
    if opens_with_answer_label(sentence):
        return True
    tokens = [w.lower() for w in WORD_RE.findall(sentence)]
    if not tokens:
        return False
    recommends = any(t in words.recommending_verbs for t in tokens)  # "we recommend", never "recommendation"
    for k, token in enumerate(tokens[:words.answer_subject_words + 1]):
        if token in words.asking_words or token in words.finding_verbs:
            return False
        if k and (token in words.stance_verbs or (token in words.stance_adjectives and tokens[k - 1] in words.present_copulas)):
            return not recommends
    if tokens[0] in words.responder_openers and not recommends:
        return True
    asks = recommends or any(t in words.asking_words for t in tokens)
    return not asks and ANAPHOR_RE.search(sentence) is not None and any(t in words.telling_auxiliaries for t in tokens)
