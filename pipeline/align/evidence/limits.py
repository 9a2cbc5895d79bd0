"""The crosswalk's tuning numbers, read once from `patterns/crosswalk_limits.json`: every
evidence finder and the alignment judge documents by them, so they load in one place."""

from __future__ import annotations

from dataclasses import dataclass

from crosswalk.resources import word_file


@dataclass(frozen=True)
class CrosswalkLimits:
    """The crosswalk's tuning numbers, of `patterns/crosswalk_limits.json` (what each counts is
    said there): thresholds that judge documents are data, tuned where they are described."""

    min_own_words: int
    topic_min_words: int
    topic_min_share: float
    suggestion_min_share: float
    heading_chars: int
    citation_reach: int
    status_cell_chars: int
    labelled_status_reach: int
    scope_heading_words: int
    list_label_chars: int
    list_answer_chars: int
    named_min_words: int
    prose_answer_reach: int
    max_statements_before: int
    grade_scale_words: int


LIMITS = word_file("crosswalk_limits.json", CrosswalkLimits)
