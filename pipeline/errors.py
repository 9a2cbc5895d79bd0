"""Every error and warning a batch can record, in one catalogue, and the exception ingestors raise.

A researcher reads `errors.csv` to decide what to do about a file, so each type has one
sentence that says what it means (README lists them, from this table). Types are also
sorted by whether they are a fact about the file's bytes (cached with them: the same
bytes fail the same way) or about this run's limits and load (tried again on the next
run: a higher `--timeout` or a quieter machine may get through).
"""

from __future__ import annotations

from enum import Enum


class ErrorType(str, Enum):
    """The `error_type` column of `errors.csv`. A str, so rows and JSON stay plain text."""

    sentence: str
    transient: bool

    def __new__(cls, value: str, sentence: str, transient: bool = False) -> ErrorType:
        member = str.__new__(cls, value)
        member._value_ = value
        member.sentence = sentence
        member.transient = transient
        return member

    def __str__(self) -> str:  # the plain value in CSV cells, f-strings and messages
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)

    @classmethod
    def named(cls, value: ErrorType | str) -> ErrorType:
        """The catalogue's entry for a type; an unknown type is a bug, refused at once."""
        member = cls._value2member_map_.get(str(value))
        if not isinstance(member, ErrorType):
            raise ValueError(f"{value!r} is not in the error catalogue (crosswalk.errors.ErrorType)")
        return member

    # facts about the file: cached under its sha256
    SYMLINK = ("symlink", "a symbolic link; links are not followed, so a downloads folder cannot reach the rest of the machine")
    NOT_REGULAR_FILE = ("not_regular_file", "a pipe, socket or device, not a file")
    EMPTY_FILE = ("empty_file", "the file is empty or holds only white space")
    BINARY_FILE = ("binary_file", "binary data, not text")
    NOT_HTML = ("not_html", "named as a web page but holds binary data")
    NOT_PDF = ("not_pdf", "named .pdf but has no PDF header (often an HTML error page)")
    CORRUPT_PDF = ("corrupt_pdf", "a PDF that pdfium cannot parse")
    ENCRYPTED_PDF = ("encrypted_pdf", "a password-protected or encrypted PDF")
    NO_TEXT_LAYER = ("no_text_layer", "a PDF with no text layer (scanned) or only running headers")
    NO_TEXT = ("no_text", "no text was recovered")
    UNSUPPORTED_FORMAT = ("unsupported_format", "a format crosswalk does not read (Word, spreadsheets, images...)")
    PARSER_ERROR = ("parser_error", "the PDF or HTML parser failed on this file")
    PIPELINE_ERROR = ("pipeline_error", "crosswalk itself failed on this document: a bug to report, with the file")
    # limits and load of this run, and the file system's refusals (a file removed or locked
    # while the run read it is no fact about its bytes): tried again on the next run
    UNREADABLE = ("unreadable", "the operating system refused to read it (permissions, a vanished file, a loop of links)", True)
    TOO_LARGE = ("too_large", "over --max-bytes", True)
    TIMEOUT = ("timeout", "took more than --timeout seconds of CPU time, or was blocked that long", True)
    WORKER_DIED = ("worker_died", "the worker process died (out of memory, killed)", True)
    # warnings: the document was read, and something was repaired or left out
    REPAIRED = ("repaired", "read after a repair: a legacy encoding, mojibake, scripts removed, deep nesting")
    PAGES_LEFT_OUT = ("pages_left_out", "a PDF longer than --max-pages: the first pages were read, the rest left out")


class UnreadableDocument(Exception):
    """A file that cannot be turned into text: corrupt, encrypted, empty, junk, unknown."""

    def __init__(self, error_type: ErrorType | str, message: str) -> None:
        super().__init__(message)
        self.error_type = ErrorType.named(error_type)
        self.message = message
