"""The records that flow between stages.

Every stage hands plain, frozen dataclasses to the next one so that results can be
pickled across worker processes, written to CSV without conversion, and compared in
tests. Offsets always point into `Document.text`, the one normalised text of a document.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table_row", "comment", "footnote"]

DOC_TYPES = (
    "pcc_response",
    "force_response",
    "government_response",
    "peel_page",
    "monitoring_record",
    "press_article",
    "inspection_report",
    "unknown",
)
# A news story: a reporter retelling an inspection (its items and grades second-hand), no body's own answer.
PRESS_TYPE = "press_article"
# Documents that answer an inspection: aligned item by item to what it asked.
RESPONSE_TYPES = ("pcc_response", "force_response", "government_response", "monitoring_record")
# A body's own answer (a register of progress is a response, not an answer).
ANSWER_TYPES = frozenset({"pcc_response", "force_response", "government_response"})
# A force's or PCC's own answer, written for one body: a grade it states naming no other is that body's.
OWN_BODY_TYPES = frozenset({"pcc_response", "force_response"})
# The inspectorate's own documents: its reports and letters, and its PEEL assessment pages.
INSPECTORATE_TYPES = frozenset({"inspection_report", "peel_page"})


@dataclass(frozen=True)
class Block:
    """One structural unit recovered by an ingestor, before offsets are assigned.

    Ingestors know where headings, paragraphs, list items and table rows begin and end;
    extraction needs exactly that (sentences never cross a block). A table row keeps its
    cells in one block, separated by newlines, so a recommendation stays beside its
    response.

    A footnote that a page break put in the middle of a paragraph follows the whole
    paragraph (the text that extraction reads keeps every sentence in one piece), and
    `anchor` says where the page shows it: an offset into the text of the nearest block
    before it that is no footnote. Printing the page (`crosswalk ingest --text`) puts it
    back there.
    """

    kind: BlockKind
    text: str
    anchor: int | None = None


@dataclass(frozen=True)
class BlockSpan:
    """A block placed in the document text: `text[start:end]` is the block; a footnote's
    `anchor` is the offset in the text where its page shows it (see `Block`)."""

    kind: BlockKind
    start: int
    end: int
    anchor: int | None = None


@dataclass(frozen=True)
class StatusEvent:
    """One dated entry of an HMICFRS monitoring record (`[on]DATE [status]S[/status]`)."""

    date: str | None
    status: str | None
    comment_start: int | None = None
    comment_end: int | None = None


@dataclass(frozen=True)
class Extraction:
    """What a format-specific ingestor recovers from one file."""

    blocks: tuple[Block, ...]
    title: str | None = None
    dropped: tuple[str, ...] = ()  # header, footer and chrome lines removed, for the record
    history: tuple[StatusEvent, ...] = ()  # comment_start/end index into `blocks` here
    pages: int = 0
    warnings: tuple[str, ...] = ()  # repairs made while reading (encoding, mojibake, scripts)


@dataclass(frozen=True)
class Document:
    """A document as the rest of the pipeline sees it.

    `doc_id` is the path relative to the input root without its suffix, so that the same
    file keeps its id wherever the corpus is moved. Metadata is decided from the text
    alone, never from the file name.
    """

    doc_id: str
    path: str
    sha256: str
    text: str
    blocks: tuple[BlockSpan, ...]
    source_format: str
    doc_type: str = "unknown"
    title: str | None = None
    inspection: str | None = None
    date: str | None = None
    author: str | None = None
    responding_body: str | None = None
    published: str | None = None  # publication date of the report the text refers to
    history: tuple[StatusEvent, ...] = ()
    dropped: tuple[str, ...] = ()
    pages: int = 0
    warnings: tuple[str, ...] = ()
    address: str | None = None  # its public address, when declared (`crosswalk.align.declared`)
    body_by_address: bool = False  # `responding_body` is the address's: the text names no body of its own
    welsh: bool = False  # written in Welsh (`crosswalk.ingest.language`), decided once at ingest for every reader

    def block_text(self, span: BlockSpan) -> str:
        return self.text[span.start : span.end]


@dataclass(frozen=True)
class IngestError:
    """A file that could not be turned into a Document: failures are data, never silence."""

    doc_id: str
    path: str
    stage: str
    error_type: str
    message: str
    sha256: str | None = None


@dataclass
class IngestOutcome:
    """Either a document or an error for one input file (exactly one is set)."""

    document: Document | None = None
    error: IngestError | None = None


ITEM_TYPES = ("recommendation", "area_for_improvement", "cause_of_concern", "innovative_practice")
# A crosswalk row's status, strongest answer first (README: how a status is decided).
STATUSES = ("actioned", "acknowledged", "declined", "unaddressed", "out_of_scope")


@dataclass(frozen=True)
class Item:
    """A formal HMICFRS finding stated (or restated) in a document.

    `mentions` holds every other place the document restates the item, as character
    offsets: a response that quotes an item as a heading answers it in what follows.
    """

    item_id: str
    type: str
    subject: str | None
    text: str
    start: int
    end: int
    rule: str
    number: str | None = None
    parent_id: str | None = None
    historic: bool = False
    negated: bool = False
    hypothetical: bool = False
    mentions: tuple[tuple[int, int], ...] = ()

    @property
    def statements(self) -> tuple[tuple[int, int], ...]:
        """Every place the document states the item: its own text, then its mentions."""
        return ((self.start, self.end), *self.mentions)


@dataclass(frozen=True)
class Grading:
    subject: str
    grade: str
    area: str | None
    sentence: str
    start: int
    end: int
    rule: str
    historic: bool = False
    negated: bool = False
    hypothetical: bool = False


@dataclass(frozen=True)
class Commitment:
    actor: str | None
    text: str
    start: int
    end: int
    rule: str
    strength: str  # firm | planned | hedged
    deadline: str | None = None
    answers: str | None = None  # item_id within the same document


@dataclass(frozen=True)
class Extracted:
    """Everything extraction finds in one document."""

    doc_id: str
    items: tuple[Item, ...]
    gradings: tuple[Grading, ...]
    commitments: tuple[Commitment, ...]
    steps: tuple[tuple[int, int, str], ...] = ()  # sentences stating a step already taken
    # (start, end) of every sentence as the extraction segmenter cut it: alignment reads
    # passages by sentence without tokenising the text again
    sentences: tuple[tuple[int, int], ...] = ()
