"""Where the project's referee lives: the scorer every figure of the project is judged by.

The cross-validation scripts (`bench/sentence_models_cv.py`) run it on each fold's gold, and
`bench/status_matrix.py` reads its own matching (norm, textsim, read_csv) from it, so both
judge a row exactly as the referee does. One path, so a move of the referee is one edit.
"""
from __future__ import annotations

from pathlib import Path

REFEREE = Path("/work/shared/tools/score.py")
