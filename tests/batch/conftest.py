"""A writable copy of the sample corpus for batch tests, and the edit they make to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import copy_samples

EDITED_LETTER = "west-mercia-pcc-response-soc-2024.txt"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    copy_samples(folder)
    return folder


def edit_letter(corpus: Path) -> Path:
    """Add a commitment to one response letter, as a revised publication would."""
    letter = corpus / EDITED_LETTER
    letter.write_text(letter.read_text(encoding="utf-8") + "\nThe force will report progress in October 2024.\n",
                      encoding="utf-8")
    return letter
