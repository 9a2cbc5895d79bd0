"""Exports: the output tables (CSV or Parquet), their rows, and the HTML report."""

from crosswalk.export.spec import TABLE_NAMES  # every table a run writes, in order (specified in spec.py)

# Rows per chunk when tables are stored, read and written piece by piece: what a write
# holds at once, whatever the size of the batch. Read when used (`export.CHUNK_ROWS`),
# so that tests can make chunks small enough for the samples to span several.
CHUNK_ROWS = 2_000
