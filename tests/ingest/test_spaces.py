"""Shortcuts past white-space substitutions give what the substitutions give."""

from __future__ import annotations

import re
import sys

from hypothesis import given
from hypothesis import strategies as st

from crosswalk.ingest import normalise
from crosswalk.ingest.html import _collapse
from crosswalk.ingest.lines import classify

SPACES = " \t\u00a0\u2002\u2009\u202f\u205f\u3000\u200b\n\r\x0b"
texts = st.text(alphabet=st.sampled_from(list(SPACES) + list("ab.•")), max_size=30)


def test_collapse_splits_at_every_character_that_backslash_s_matches() -> None:
    for code in range(sys.maxunicode + 1):
        text = f"a{chr(code)} b"
        assert _collapse(text) == re.sub(r"\s+", " ", text).strip(), hex(code)


@given(texts)
def test_collapse_spaces_equals_the_substitution_on_every_line(text: str) -> None:
    expected_lines = [normalise._SPACES.sub(" ", line).strip() for line in normalise._ZERO_WIDTH.sub("", text).split("\n")]
    assert normalise._collapse_spaces(text) == "\n".join(expected_lines)


@given(texts)
def test_classify_reads_the_text_with_inline_spaces_collapsed(text: str) -> None:
    assert classify(text) == classify(re.sub(r"[ \t\u00a0]+", " ", text))
