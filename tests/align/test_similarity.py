"""The core of an item's text is lemmatised with spaCy's lookup table (real table, no stubs)."""

from crosswalk.align.similarity import Coverage, core_text, core_words, item_similarity, item_words


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


ITEMS = [
    "The force should improve how it supervises its investigations.",
    "The constabulary should review its use of body worn cameras in domestic abuse cases.",
    "The service should make sure its fire engines are available when needed.",
    "The force should",  # no topic stem: nothing shared, share 0.0
]
PASSAGES = [
    "We welcome the report.",
    "Supervision of investigations has improved since the inspection.",
    "Every officer attending a domestic abuse incident now wears a body worn camera.",
    "Investigations are now supervised daily by a sergeant, and supervision is audited.",
    "Fire engine availability is reported to the board each month.",
]


def _pair(item: str, words: frozenset[str]) -> tuple[int, float]:
    """What an item and a passage share, by plain set arithmetic on their topic stems."""
    wanted = item_words(item)
    return (len(wanted & words), len(wanted & words) / len(wanted)) if wanted else (0, 0.0)


def test_coverage_of_every_pair_is_the_share_of_the_items_stems_the_passage_holds() -> None:
    bags = [core_words(p) for p in PASSAGES]
    cover = Coverage(ITEMS, bags)
    shared = cover.shared()
    assert shared.shape == (len(ITEMS), len(PASSAGES))
    for i, item in enumerate(ITEMS):
        for j, words in enumerate(bags):
            assert cover.of(i, j, shared) == _pair(item, words)
    held = cover.holds(2, 0.5)
    assert held[1, 2] and not held[1, 1] and not held[3].any()
    assert [[bool(h) for h in row] for row in held] == [
        [_pair(item, words)[0] >= 2 and _pair(item, words)[1] >= 0.5 for words in bags] for item in ITEMS]


def test_the_best_passage_is_the_first_holding_the_largest_share_however_the_items_are_split() -> None:
    bags = [core_words(p) for p in PASSAGES]
    expected = [max(((_pair(item, words), j) for j, words in enumerate(bags)), key=lambda p: p[0][1])[::-1]
                for item in ITEMS]
    assert Coverage(ITEMS, bags).best() == expected
    assert Coverage(ITEMS, bags).best(cells=len(PASSAGES)) == expected  # one item at a time
    assert expected[0] == (1, (2, 1.0))  # passages 1 and 3 hold both its stems: the first of them
    assert expected[1] == (2, (5, 5 / 7)) and expected[2][0] == 4
    assert expected[3] == (0, (0, 0.0))  # a stemless item: the first passage, nothing shared
    assert Coverage(ITEMS, []).best() == [None] * len(ITEMS)
    assert Coverage([], bags).best() == []
