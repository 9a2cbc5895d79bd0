"""Extraction: items, gradings and commitments from an ingested document
(`extract.extract_document`; the spaCy pipeline in `nlp`)."""
