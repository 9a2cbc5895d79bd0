"""The item builder (crosswalk.extraction.item_reading.ItemBuilder): an item cut shorter keeps
its historic flag for the reason the builder set it."""

from __future__ import annotations

from crosswalk.extraction.item_reading import ItemBuilder
from crosswalk.extraction.nlp import make_doc, shared_nlp
from tests.conftest import ingest_text

DATED = "Published 3 May 2024\n\n"
# "In 2017" opens the sentence and reaches forward over the recommendation after it
OLD = "In 2017 inspectors said the force should review how it records crime, as well as its custody checks."
NOW = "Inspectors said the force should review how it records crime, as well as its custody checks."


def _builder(text: str, is_register: bool = False) -> tuple[ItemBuilder, int, int, int]:
    """A builder over `text` read through the pipeline, and the bounds of the recommendation
    ("the force should ...", to the end of the sentence) and where its joiner cuts it."""
    document = ingest_text(DATED + text, "builder")
    nlp = shared_nlp()
    doc = nlp(make_doc(nlp, document))
    start = document.text.index("the force should")
    return ItemBuilder(doc, 0.9, is_register=is_register), start, document.text.index(".", start), \
        document.text.index(", as well as", start)


def test_a_cut_that_drops_the_old_year_drops_the_flag_it_made() -> None:
    builder, start, end, cut = _builder(OLD)
    builder.add("recommendation", len(DATED), end, "item-statement", None)
    assert builder.items[0].historic
    assert not builder.narrowed(builder.items[0], start, cut).historic


def test_a_cut_that_keeps_the_old_year_keeps_the_flag() -> None:
    builder, _, end, cut = _builder(OLD)
    builder.add("recommendation", len(DATED), end, "item-statement", None)
    assert builder.items[0].historic
    assert builder.narrowed(builder.items[0], len(DATED), cut).historic


def test_the_callers_historic_survives_the_cut() -> None:
    # no cue in the text: a heading the caller read made the item historic
    builder, start, end, cut = _builder(NOW)
    builder.add("recommendation", start, end, "item-statement", None, historic=True)
    assert builder.narrowed(builder.items[0], start, cut).historic


def test_a_register_entrys_cue_still_does_not_count() -> None:
    # a monitoring record's own entry is current whatever year its words retell
    builder, _, end, cut = _builder(OLD, is_register=True)
    builder.add("recommendation", len(DATED), end, "item-statement", None)
    assert not builder.items[0].historic
    assert not builder.narrowed(builder.items[0], len(DATED), cut).historic
