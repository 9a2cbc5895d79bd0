"""Batch runs: the catalogue of processed documents, worker processes, the run itself."""
