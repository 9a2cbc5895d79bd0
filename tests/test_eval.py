"""The floors the extraction must hold on the sample gold (issue: extraction)."""

from __future__ import annotations

import pandas as pd
import pytest

from crosswalk.evaluate import Score, evaluate_corpus, score_items
from tests.conftest import CORPUS

FLOORS = {"items": 0.90, "gradings": 0.95, "commitments": 0.80}


@pytest.fixture(scope="module")
def scores() -> pd.DataFrame:
    return evaluate_corpus(CORPUS)


def test_extraction_holds_its_f1_floors_on_the_sample_gold(scores: pd.DataFrame) -> None:
    overall = scores[scores["doc_id"] == "ALL"].set_index("kind")["f1"].to_dict()
    below = {kind: overall[kind] for kind, floor in FLOORS.items() if overall[kind] < floor}
    assert below == {}


def test_alignment_holds_its_floors_on_the_sample_gold(scores: pd.DataFrame) -> None:
    overall = scores[(scores["doc_id"] == "ALL") & (scores["kind"] == "alignment")].iloc[0]
    assert (overall["status_accuracy"] >= 0.90, overall["unaddressed_f1"] >= 0.90) == (True, True)


def test_scorer_counts_type_errors_in_the_untyped_bucket() -> None:
    gold = [{"type": "recommendation", "text": "Improve how it records crime"}]
    wrong_type = [{"type": "area_for_improvement", "text": "Improve how it records crime."}]
    assert score_items(wrong_type, gold) == Score(tp=0, fp=1, fn=1, untyped=1)
