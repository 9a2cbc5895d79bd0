"""Text ingestion: encodings, mojibake, wrapped lines, monitoring markup."""

from __future__ import annotations

import codecs

import pytest

from crosswalk.ingest import ingest_bytes, with_monitoring_history
from crosswalk.ingest.chrome import is_chrome, is_interposed
from crosswalk.errors import UnreadableDocument
from crosswalk.ingest.lines import is_heading
from crosswalk.ingest.text import decode_text, ingest_text

SENTENCE = "His Majesty’s Inspectorate said the force’s plan – costing £2m – was “late”."


@pytest.mark.parametrize(
    "data",
    [
        SENTENCE.encode("utf-8"),
        codecs.BOM_UTF8 + SENTENCE.encode("utf-8"),
        SENTENCE.encode("utf-16"),
        codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"),
        SENTENCE.encode("cp1252"),
        SENTENCE.encode("utf-16-le"),
        SENTENCE.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1252", "utf16-le-no-bom", "utf16-be-no-bom"],
)
def test_every_common_encoding_decodes_to_the_same_text(data: bytes) -> None:
    assert ingest_bytes(data, "x", "x.txt").text == SENTENCE


@pytest.mark.parametrize(
    ("data", "warning"),
    [
        (SENTENCE.encode("utf-8"), None),
        (codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), None),
        (SENTENCE.encode("utf-16"), "decoded from UTF-16 (byte-order mark)"),
        (SENTENCE.encode("utf-16-le"), "decoded from UTF-16 (no byte-order mark)"),
        (SENTENCE.encode("utf-32"), "decoded from UTF-32 (byte-order mark)"),
        (SENTENCE.encode("cp1252"), "not UTF-8: decoded as a legacy single-byte encoding (cp1252 or the declared charset)"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16-no-bom", "utf32-bom", "cp1252"],
)
def test_the_warning_names_the_encoding_the_text_was_read_in(data: bytes, warning: str | None) -> None:
    """The warning is read from the same decision as the text: UTF-16 without a mark is not
    called a single-byte encoding, and a UTF-32 mark is not called UTF-16."""
    document = ingest_bytes(data, "x", "x.txt")
    assert document.text == SENTENCE
    assert [w for w in document.warnings if w.startswith(("decoded from", "not UTF-8"))] == ([warning] if warning else [])


@pytest.mark.parametrize("garbled", ["Majestyâ€™s Inspectorate", "Majestyā€™s Inspectorate"])
def test_mojibake_is_repaired_and_reported(garbled: str) -> None:
    document = ingest_bytes(garbled.encode("utf-8"), "x", "x.txt")
    assert document.text == "Majesty’s Inspectorate"
    assert any("mojibake" in warning for warning in document.warnings)


def test_ligatures_and_non_breaking_spaces_are_normalised() -> None:
    document = ingest_bytes("The ﬁnal\u00a0ﬂow of  work.".encode(), "x", "x.txt")
    assert (document.text, document.warnings) == ("The final flow of work.", ())


def test_lines_wrapped_at_page_width_are_rejoined_into_paragraphs() -> None:
    body = (
        "The inspectorate found that there were insufficient financial investigators to\n\n"
        "engage at the early stages of serious and organised crime investigations and the\n\n"
        "Economic Crime Unit reported that they only become involved towards the end of\n\n"
        "investigations, despite being able to provide much more valuable input overall.\n\n"
        "Consequently, I support the finding that there is an opportunity to enhance the\n\n"
        "resourcing and skills of investigators to improve their involvement in all cases.\n"
    )
    blocks = ingest_text(body.encode()).blocks
    assert [b.kind for b in blocks] == ["paragraph", "paragraph"]
    assert blocks[0].text.startswith("The inspectorate found") and blocks[0].text.endswith("valuable input overall.")


def test_hyphenated_line_break_is_rejoined() -> None:
    blocks = ingest_text(b"The force will improve its investi-\ngation of fraud.\n").blocks
    assert blocks[0].text == "The force will improve its investigation of fraud."


def test_a_labelled_item_without_its_full_stop_ends_its_line() -> None:
    item = ("Recommendation 3: By June 2025, every force should review how it shares its data on repeat "
            "victims with local partners")
    text = item + "\nSince the report, the force has set up a data-sharing board with the council.\n"
    blocks = ingest_text(text.encode()).blocks
    assert [b.text for b in blocks] == [item, "Since the report, the force has set up a data-sharing board with the council."]


def test_a_long_heading_line_without_its_stop_ends_before_a_sentence_opening_its_paragraph() -> None:
    statement = ("The constabulary needs to make sure that its officers record every crime reported to them, "
                 "so that victims get the service and support they need")
    finding = "The constabulary doesn’t always record crimes when victims first call about them."
    blocks = ingest_text(f"AFI\n{statement}\n{finding}\n".encode()).blocks
    assert [b.text for b in blocks] == ["AFI", statement, finding]


def test_a_long_line_ending_on_a_carrying_word_goes_on_in_the_next() -> None:
    text = ("The inspectorate found that the constabulary needs to make sure that its officers record "
            "every crime reported to them by\nThe Victims’ Commissioner and by partners.\n")
    blocks = ingest_text(text.encode()).blocks
    assert len(blocks) == 1


def test_bullets_and_headings_become_their_own_blocks() -> None:
    text = "Areas for improvement\n\n• Improve the quality of plans;\n• Develop a regional approach.\n"
    blocks = ingest_text(text.encode()).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Areas for improvement"),
        ("list_item", "Improve the quality of plans;"),
        ("list_item", "Develop a regional approach."),
    ]


def test_lower_case_lines_after_a_lead_in_colon_are_one_part_a_line() -> None:
    # a lead-in's list whose bullets were lost in copying: each line is a part of its own
    text = ("Inspectors said the service should:\n"
            "review how it staffs its on-call stations\n"
            "train all crews in the new incident command system\n"
            "publish its response times each quarter\n")
    blocks = ingest_text(text.encode()).blocks
    assert [b.text for b in blocks] == [
        "Inspectors said the service should:",
        "review how it staffs its on-call stations",
        "train all crews in the new incident command system",
        "publish its response times each quarter",
    ]


def test_a_part_cut_after_a_function_word_goes_on_in_the_next_line() -> None:
    text = ("Inspectors said the service should:\n"
            "review how it staffs its stations and works with\n"
            "neighbouring services on cover at night\n")
    blocks = ingest_text(text.encode()).blocks
    assert [b.text for b in blocks][1:] == ["review how it staffs its stations and works with neighbouring services on cover at night"]


def test_inline_bullets_split_into_lead_in_and_items() -> None:
    text = "The service should: • review its plans; • train its staff; and • publish results."
    blocks = ingest_text(text.encode()).blocks
    assert [b.kind for b in blocks] == ["heading", "list_item", "list_item", "list_item"]
    assert blocks[2].text == "train its staff; and"


def test_web_furniture_lines_are_dropped_and_recorded() -> None:
    extraction = ingest_text(b"Skip to content\nText size: A A A\nOpen Menu\n\nResponse to the report.\n")
    assert [b.text for b in extraction.blocks] == ["Response to the report."]
    assert extraction.dropped == ("Skip to content", "Text size: A A A", "Open Menu")


def test_an_advertisement_control_run_into_a_sentence_is_cut_off_it() -> None:
    # Saved from a news site's page: the ad slot's label and control, then the paragraph after
    # it with no line break between them.
    text = (
        "Advertisement\nHide AdAdvertisement\n"
        "Hide AdThe force was rated as adequate in five areas and good in one.\n"
        "Hide And Seek, the force's awareness campaign, was praised.\n"
    )
    extraction = ingest_text(text.encode())
    assert [b.text for b in extraction.blocks][-2:] == [
        "The force was rated as adequate in five areas and good in one.",
        "Hide And Seek, the force's awareness campaign, was praised.",
    ]
    assert extraction.dropped == ("Hide Ad",)


@pytest.mark.parametrize(
    "line",
    [
        "Leave site Skip to content",
        "Skip Content Skip Content",
        "Skip to content Skip to menu",
        "Accessibility Options",
        "Default Text Size icon Large Text Size icon Largest Text Size icon",
        "This site uses cookies",
        "Necessary Cookies",
        "Necessary cookies make the site work. You can switch them off in your browser settings, "
        "which may change how the site behaves.",
        "No cookies to display.",
        "Customize Consent Preferences",
        "Your browser is out of date. Upgrade to a newer browser to see this site properly.",
        "Thanks for trying the 'beta' version of our website. Tell us what you think.",
        "Sign up to our daily newsletter Sign up Thanks for signing up!",
        "Subscribe to updates",
        "Follow us on @examplepolice",
        "Source · HMICFRS",
    ],
)
def test_consent_and_navigation_lines_are_furniture(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "The force has improved how it uses stop and search. Officers now record cookies found on seized "
        "laptops as digital evidence.",
        "The service should make sure its website is accessible.",
        "Subscribe to our professional plan to ask questions about this meeting.",
        "Skip to the recommendations that concern the service's response to calls.",
        "Source · HMICFRS inspection of the force, 2023",
        "Source: HMICFRS",
        "Advertisement of the new posts began in May.",
    ],
)
def test_document_sentences_naming_web_words_are_kept(line: str) -> None:
    assert not is_chrome(line)


@pytest.mark.parametrize("block", ["Hide Ad\nHide Ad", "Advertisement", "Hide AdAdvertisement", "Advertisement Hide Ad",
                                   "By Jane Smith"])
def test_advertisement_slots_and_bylines_are_interposed(block: str) -> None:
    assert is_interposed(block)


@pytest.mark.parametrize("block", ["Advertisement of the new posts began in May.", "Hide Ad\nThe force was rated good.", "",
                                   "By March 2025 the force should review its plans."])
def test_text_beside_an_advertisement_slot_is_not_interposed(block: str) -> None:
    assert not is_interposed(block)


def test_monitoring_markup_becomes_history_and_comment_blocks() -> None:
    record = (
        "Recommendation 2\n\nThe force should map all organised crime groups.\n\n"
        "[on]1st June 2021 [status]awaiting-review[/status][/on]"
        "[on]3rd August 2021 [comment]\n\nThe force has mapped its groups.\n\n[/comment][/on]"
        "[on]4th October 2021 [status]completed[/status][/on]"
    )
    extraction = with_monitoring_history(ingest_text(record.encode()))
    assert [(e.date, e.status) for e in extraction.history] == [
        ("2021-06-01", "awaiting-review"), ("2021-08-03", None), ("2021-10-04", "completed"),
    ]
    comment = extraction.history[1]
    assert [b.text for b in extraction.blocks[comment.comment_start : comment.comment_end]] == [
        "The force has mapped its groups."
    ]
    assert not any("[on]" in b.text or "[/status]" in b.text for b in extraction.blocks)


def test_a_comment_whose_opening_tag_the_export_dropped_keeps_its_date() -> None:
    # "[on]DATE" alone on its line, the comment below it: the comment runs to its closing tag,
    # to the next entry, or (a truncated export) to the end of the text
    record = (
        "Recommendation 4\n\nForces should review their call handling.\n\n"
        "[on]5th May 2016 [status]awaiting-review[/status][/on][on]2nd February 2017\n\n"
        "The force has trained its call handlers.\n\n[/comment][/on][on]9th March 2018\n\n"
        "The force told us that its review will be fin"
    )
    extraction = with_monitoring_history(ingest_text(record.encode()))
    assert [(e.date, e.status) for e in extraction.history] == [
        ("2016-05-05", "awaiting-review"), ("2017-02-02", None), ("2018-03-09", None),
    ]
    assert [[b.text for b in extraction.blocks[e.comment_start : e.comment_end]] for e in extraction.history[1:]
            if e.comment_start is not None and e.comment_end is not None] == [
        ["The force has trained its call handlers."], ["The force told us that its review will be fin"],
    ]
    assert not any("[on]" in b.text or "[/comment]" in b.text for b in extraction.blocks)


@pytest.mark.parametrize(
    ("data", "error_type"),
    [(b"", "empty_file"), (b"   \n\n", "empty_file"), (bytes(range(256)) * 40, "binary_file")],
    ids=["zero-bytes", "whitespace", "binary-junk"],
)
def test_unreadable_text_raises_a_typed_error(data: bytes, error_type: str) -> None:
    with pytest.raises(UnreadableDocument) as info:
        ingest_text(data)
    assert info.value.error_type == error_type


def test_decode_prefers_utf8_when_valid() -> None:
    assert decode_text("café".encode()) == "café"


def test_one_sentence_per_line_is_not_mistaken_for_wrapped_text() -> None:
    text = (
        "PEEL 2025: An inspection of Essex Police\n\nOur judgements\n\n"
        "Essex Police is good at investigating crime and at managing offenders.\n"
        "The force is adequate at preventing crime and anti-social behaviour.\n"
        "The force should improve how it supervises its investigations.\n"
        "The force should make sure it records all crimes reported to it.\n"
        "The force does not always protect vulnerable people effectively.\n"
        "The force has a good understanding of demand in its control room.\n"
    )
    blocks = ingest_text(text.encode()).blocks
    assert [b.text for b in blocks[:3]] == [
        "PEEL 2025: An inspection of Essex Police", "Our judgements",
        "Essex Police is good at investigating crime and at managing offenders.",
    ]


@pytest.mark.parametrize("line", ["The force has met this.12", "The force has met this.12,13", "It was “in hand”.7,8"])
def test_a_short_line_ending_in_a_stop_and_footnote_numbers_is_no_heading(line: str) -> None:
    assert not is_heading(line)


def test_a_pipe_table_reads_as_rows_of_cells_without_its_rule() -> None:
    text = ("Actions tracked for the constabulary\n"
            "| Ref | Action | Status |\n"
            "|---|:---:|---|\n"
            "| A1 | Review the triage of missing person reports. | Closed |\n"
            "| A2 | Train supervisors in the new policy. | Ongoing |\n"
            "Last updated in May.\n")
    blocks = ingest_text(text.encode("utf-8")).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Actions tracked for the constabulary"),
        ("table_row", "Ref\nAction\nStatus"),
        ("table_row", "A1\nReview the triage of missing person reports.\nClosed"),
        ("table_row", "A2\nTrain supervisors in the new policy.\nOngoing"),
        ("paragraph", "Last updated in May."),
    ]


def test_stray_pipes_stay_lines_of_text() -> None:
    blocks = ingest_text("|Printable version\n||\nThe board met in June.\n".encode("utf-8")).blocks
    assert all(b.kind != "table_row" for b in blocks)
