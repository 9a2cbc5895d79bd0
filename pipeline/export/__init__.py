"""Exports: the output tables (CSV or Parquet), their rows, and the HTML report."""

# Every table a run writes, in the order the README documents them.
TABLE_NAMES = ("documents", "errors", "items", "gradings", "commitments", "register", "crosswalk", "unaddressed",
               "compliance")
