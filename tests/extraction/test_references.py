"""Items a passage names by their label, in every spelling a response uses."""

from __future__ import annotations

from crosswalk.extraction.references import explicit_references
from crosswalk.model import Item


def test_a_response_names_an_area_for_improvement_by_either_of_its_names() -> None:
    items = [Item(f"AFI{n}", "area_for_improvement", None, "The force should improve.", 0, 25, "test",
                  number=f"AFI{n}") for n in (1, 2, 3)]
    assert explicit_references(items, "Our work on area for improvement 1 and on area of improvement 3") == ["AFI1", "AFI3"]
