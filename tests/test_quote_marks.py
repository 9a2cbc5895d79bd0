"""The one reading of which quotation is open where (`crosswalk.quote_marks.open_quotations`)."""

from __future__ import annotations

import pytest

from crosswalk.quote_marks import open_quotations


@pytest.mark.parametrize(
    ("text", "still_open"),
    [
        ("The force advises: \u201cOur officers\u2019 training is under review. We will", "\u201c"),  # a plural's apostrophe
        ("The force advises: \u201cThe force\u2019s plan is late. We will", "\u201c"),  # an apostrophe inside a word
        ("The force advises: \u201cWe will act.\u201d We will", ""),  # opened and closed
        ("He said: \u201cWe call it \u2018the hub\u2019 now. We will", "\u201c"),  # a single quotation inside closes alone
        ("It was called \u2018the key officers\u2019 in the report", ""),  # a single quotation open: the mark closes it
    ],
)
def test_marks_are_paired_and_an_apostrophe_closes_nothing(text: str, still_open: str) -> None:
    assert open_quotations(text, 0, len(text)) == still_open
