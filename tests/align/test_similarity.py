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


def test_the_deadline_a_reports_list_shares_is_no_part_of_what_an_item_asks_for() -> None:
    # under a lead-in ("By 30 June 2031, chief constables should:") a reply restates each item
    # as "By 30 June 2031, <what to do>": two items of the list share the date, not the ask
    one = "By 30 June 2031, review whether the right specialist advocates have been commissioned in their area."
    other = "By 30 June 2031, review and update their training on stalking for call handlers."
    assert core_text(one).startswith("review right specialist")
    assert item_similarity(one, other) < 80.0
    # the same item restated with its date written otherwise is one item
    assert core_text("Within three months, review and update their training on stalking for call handlers.") \
        == core_text(other)
    assert core_text("Not later than 30 June 2031, review and update their training on stalking for call handlers.") \
        == core_text(other)
