"""Ingest reads sentences with extraction's one splitter (`extraction.sentences`), but
must not load the spaCy pipeline and its components with it: a process that only
ingests (doc_type, responding_body, the CLI's `ingest`) would pay for all of them."""

from __future__ import annotations

import subprocess
import sys


def test_importing_ingest_loads_no_extraction_component() -> None:
    probe = ("import sys, crosswalk.ingest; "
             "print(' '.join(sorted(m for m in sys.modules if m.startswith('crosswalk.extraction.'))))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = set(result.stdout.split())
    assert "crosswalk.extraction.sentences" in loaded  # the one sentence splitter, shared
    assert not loaded & {"crosswalk.extraction.nlp", "crosswalk.extraction.items", "crosswalk.extraction.commitment_model"}, loaded
