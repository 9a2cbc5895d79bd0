"""The heading or label that opens a responder's answer (crosswalk.answer_headings): one list of
words, read in three shapes, on real documents of the corpus."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from crosswalk.align.citations import ANSWER_LEAD_RE, CITATION_RE
from crosswalk.answer_headings import FILE, answer_to_pattern, is_answer_heading, opens_with_answer_label, shapes
from crosswalk.extraction.numbered import ANSWER_RE
from crosswalk.resources import pattern_file, read_json
from tests.conftest import REAL, REAL_PDFS

DOCS = REAL / "docs"
DHSC = REAL_PDFS / "dhsc-2024-govt-response-rapid-review-mh-inpatient-data.pdf"


def _line(name: str, opening: str, rest: str = ".*") -> tuple[str, int, int]:
    """A document's text and the span of its first line that opens with `opening`, `rest` after it."""
    text = (DOCS / name).read_text(encoding="utf-8")
    found = re.search(rf"^{re.escape(opening)}{rest}$", text, re.M)
    assert found is not None, f"{name} has no line opening {opening!r}"
    return text, found.start(), found.end()


def test_a_heading_of_its_own_line_opens_the_answer() -> None:
    text, start, end = _line("gZ_resp_northants_pfcc_force_safetoshare2021.txt", "Our response", "")
    assert is_answer_heading(text, start, end)
    text, start, end = _line("gZ_resp_northants_pfcc_force_safetoshare2021.txt", "Recommendation 1:")
    assert not is_answer_heading(text, start, end)  # the item's own heading


def test_a_label_before_a_colon_opens_the_answer_inside_an_items_run() -> None:
    text, start, end = _line("gR_resp_essex_frs_valuesculture_rec9.txt", "Action:")
    assert opens_with_answer_label(text[start:end])
    text, start, end = _line("gG_resp_shropshire_frs_hmicfrs_response_page.txt", "Status:")
    assert opens_with_answer_label(text[start:end])
    # a "Status" line of its own labels a tracker's status cell: it ends the answer's prose
    assert not is_answer_heading(text, start, start + len("Status:"))
    assert not opens_with_answer_label("The response to calls")  # no colon: the item's own words


def test_the_words_are_written_once() -> None:
    """No other word file keeps a list of the answer words beside this one."""
    assert "answer_labels" not in read_json("item_words.json")
    assert {"response", "update", "progress", "action"} <= set(shapes()["line"].words) & set(shapes()["colon"].words)
    assert shapes()["to"].words == ("response",)


@pytest.mark.skipif(not DHSC.exists(), reason="real PDFs not present")
def test_an_answer_naming_its_recommendation_is_read_by_both_readers() -> None:
    from crosswalk.ingest import ingest_bytes

    text = ingest_bytes(DHSC.read_bytes(), "dhsc", DHSC.name, ".pdf").text
    heads = [line for line in text.splitlines() if re.match(answer_to_pattern() + "recommendation", line, re.I)]
    assert len(heads) == 13  # "Government response to recommendation 1" ... 13
    for line in heads:
        assert ANSWER_RE.match(line)  # ends the numbered recommendation's body
        cited = CITATION_RE.search(line)
        assert cited is not None and ANSWER_LEAD_RE.fullmatch(line, 0, cited.start())  # cites the item
    # a sentence naming another answer in passing is no answer heading
    passing = [line for line in text.splitlines() if "(see the response to recommendation" in line]
    assert passing and not any(ANSWER_RE.match(line) for line in passing)


@pytest.mark.parametrize("entry, named", [
    ({"word": "response", "raeds": ["line"]}, "'response'"),  # a misspelt key
    ({"word": "response", "reads": ["lines"]}, "'lines'"),  # a shape no reader reads
])
def test_a_misspelt_entry_fails_naming_the_file_and_the_entry(entry: dict, named: str, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A researcher's typo in the list fails on load with the file and the entry named, not as
    a bare KeyError or a word silently read in no shape."""
    data = json.loads((Path(pattern_file(FILE))).read_text(encoding="utf-8"))
    data["words"] = [entry]
    (tmp_path / FILE).write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv("CROSSWALK_PATTERNS", str(tmp_path))
    shapes.cache_clear()
    try:
        with pytest.raises(ValueError, match=rf"{FILE}.*{named}"):
            shapes()
    finally:
        shapes.cache_clear()
