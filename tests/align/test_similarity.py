"""The core of an item's text is lemmatised with spaCy's lookup table (real table, no stubs)."""

from crosswalk.align.similarity import core_text, item_similarity


def test_inflected_words_are_reduced_to_their_lemmas() -> None:
    # spaCy's lemma_lookup table is keyed by string hashes: read as a plain dict of its
    # items it finds no word, and every inflected form stays as written.
    # (the addressee "The unit should" and stop words such as "say" are dropped)
    assert core_text("The unit should say how it investigated the fires its engines carries") \
        == "investigate fire engine carry"


def test_two_wordings_that_differ_only_in_inflection_have_one_core() -> None:
    one = "The brigade should review how it inspects its premises and trains its firefighters."
    other = "The brigade should review how it inspected its premises and trained its firefighter."
    assert core_text(one) == core_text(other)
    assert item_similarity(one, other) == 100.0
