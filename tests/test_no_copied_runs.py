"""No run of 8 words of a sample or real evaluation document appears in the rules.

Rules written from one document's sentences do not carry to documents nobody has seen,
and the evaluation cannot tell. Gazetteers of names (bodies, fire services, inspection
titles) and the list of web-site furniture are exempt: they are lists of names, not rules.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import CORPUS, REPO

RUN = 8
EXEMPT = {"bodies.csv", "fire_services.csv", "inspection_titles.txt", "web_chrome.txt", "assessment_areas.txt"}
WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def _runs(text: str) -> set[tuple[str, ...]]:
    words = WORD_RE.findall(text.lower().replace("\u2019", "'"))
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def _documents() -> list[Path]:
    return sorted([*CORPUS.glob("*.txt"), *(CORPUS / "real" / "docs").glob("*.txt")])


def _rule_files() -> list[Path]:
    files = [*(REPO / "pipeline").rglob("*.py"), *(REPO / "patterns").iterdir()]
    return sorted(p for p in files if p.is_file() and p.name not in EXEMPT and p.suffix in {".py", ".json", ".jsonl",
                                                                                             ".csv", ".txt"})


def test_no_eight_word_run_of_a_corpus_document_is_in_the_rules() -> None:
    corpus: dict[tuple[str, ...], str] = {}
    for document in _documents():
        for run in _runs(document.read_text(encoding="utf-8", errors="replace")):
            corpus.setdefault(run, document.stem)
    copied = {f"{path.relative_to(REPO)}: '{' '.join(run)}' ({corpus[run]})"
              for path in _rule_files() for run in _runs(path.read_text(encoding="utf-8")) if run in corpus}
    assert sorted(copied) == []
