"""Performance benchmark for crosswalk: `python -m bench` (see `bench/__main__.py`).

Every timed figure is a ratio against a baseline measured in the same process on the
same inputs, so that a noisy machine moves both sides together:

* text/HTML pipeline (ingest + extract + alignment) vs `spacy.blank("en")` tokenisation;
* PDF ingestion vs pypdfium2's raw text layer;
* alignment scaling (the aligner's `core_words` + `Coverage` scoring of items x passages, one matrix product)
  vs the same matching on the topic stems already found;
* peak memory of 1,000 vs 100 documents, each in a fresh subprocess;
* an incremental `crosswalk run` vs the first run.

The synthetic batch is rendered once into `bench/.cache/` by the same fixtures the
tests use (`tests/fixtures/render_pdf.py`, `tests/fixtures/render_html.py`).
"""
