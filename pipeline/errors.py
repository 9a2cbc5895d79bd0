"""The one exception type ingestors raise for a file they cannot read.

The batch catches it (and any other exception) and turns it into an error row, so the
type name and message must say what a researcher needs to fix the file.
"""

from __future__ import annotations


class UnreadableDocument(Exception):
    """A file that cannot be turned into text: corrupt, encrypted, empty, junk, unknown."""

    def __init__(self, error_type: str, message: str) -> None:
        super().__init__(message)
        self.error_type = error_type
        self.message = message
