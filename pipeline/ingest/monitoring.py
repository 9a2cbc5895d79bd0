"""HMICFRS monitoring records: the `[on]DATE [status]S[/status][/on]` markup.

The inspectorate's recommendation-monitoring portal exports each recommendation with a
dated trail of statuses ("awaiting-review", "being-progressed") and progress comments.
The trail is kept as a status history; comment text is kept as ordinary blocks so that
extraction and alignment read it like any other response text.
"""

from __future__ import annotations

import re

from crosswalk.dates import parse_date
from crosswalk.ingest.lines import lines_to_blocks
from crosswalk.model import Block, StatusEvent

# A comment left open at the end of the export (a truncated record) runs to the end. Some
# exports drop a comment's opening tag: its date stands alone on its line ("[on]DATE" and
# the comment below it), and the comment runs to its closing tag, the next entry or the end.
ENTRY_RE = re.compile(
    r"\[on\](?P<date>[^\[\n]*?)\s*(?:"
    r"\[status\](?P<status>.*?)\[/status\]\s*(?:\[/on\])?"
    r"|\[comment\](?P<comment>.*?)(?:\[/comment\]\s*(?:\[/on\])?|\Z)"
    r"|(?<=\n)(?P<bare>[^\[].*?)(?:\[/comment\]\s*(?:\[/on\])?|(?=\[on\])|\Z))",
    re.S | re.I,
)


def has_monitoring_markup(text: str) -> bool:
    return ENTRY_RE.search(text) is not None


def parse_monitoring(text: str) -> tuple[list[Block], list[StatusEvent]]:
    """Blocks of the record and its dated history.

    In the returned events `comment_start`/`comment_end` are indexes into the returned
    block list (the comment's blocks); assembly turns them into character offsets.
    """
    blocks: list[Block] = []
    events: list[StatusEvent] = []
    cursor = 0
    for match in ENTRY_RE.finditer(text):
        blocks.extend(lines_to_blocks(text[cursor : match.start()].split("\n")))
        cursor = match.end()
        when = parse_date(match["date"] or "")
        comment = match["comment"] if match["comment"] is not None else match["bare"]
        if comment is not None:
            first = len(blocks)
            blocks.extend(lines_to_blocks(comment.split("\n")))
            events.append(StatusEvent(when, None, first, len(blocks)))
        else:
            events.append(StatusEvent(when, (match["status"] or "").strip() or None))
    blocks.extend(lines_to_blocks(text[cursor:].split("\n")))
    return blocks, events
