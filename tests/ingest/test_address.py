"""A document's public address as evidence of who published it (`crosswalk.ingest.address`):
host names read against the bodies gazetteer, a committee site's area read with the
content's sector, and a text that names its body deciding before any address does."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswalk.ingest.address import publisher
from tests.conftest import ingest_text

# Fire authority minutes that never name their own body: "the Authority", "the Service".
FIRE_MINUTES = """Minutes of the meeting of the Authority held on 12 March 2024

Item 7: Inspection progress

The Chief Fire Officer introduced the update on the inspectorate's causes of concern. Members heard
that the Service has recruited additional protection officers and that the fire safety audit
programme is ahead of plan. The Authority noted the update and asked for a further report in June.
"""

# A force's own page that says only "the Force" and "we".
FORCE_PAGE = """Our response to the inspection of how we deal with stalking

The Force welcomes the inspectorate's report on how police respond to stalking. We have appointed
a lead officer for stalking and will train every call handler by the end of the year. The Force
will publish its progress on this page every six months.
"""


@pytest.mark.parametrize(
    ("address", "sector", "body"),
    [
        ("https://leics-fire.gov.uk/inspection/plan/", None, "Leicestershire Fire and Rescue Service"),
        ("https://www.bucksfire.gov.uk/authority/plan/", None, "Buckinghamshire Fire and Rescue Service"),
        ("https://hwfire.org.uk/about/reports", None, "Hereford and Worcester Fire and Rescue Service"),
        ("https://www.cambs.police.uk/about-us/plan/", None, "Cambridgeshire Constabulary"),
        ("https://foi.west-midlands.police.uk/request-1/", None, "West Midlands Police"),
        ("https://www.kent-pcc.gov.uk/news/report/", None, "Kent PCC"),
        ("https://www.cleveland.pcc.police.uk/news/item/", None, "Cleveland PCC"),
        ("https://www.merseysidepcc.info/36/section.aspx/35/item", None, "Merseyside PCC"),
        ("https://democracy.leics.gov.uk/mgAi.aspx?ID=1", "police", "Leicestershire Police"),
        ("https://democracy.leics.gov.uk/mgAi.aspx?ID=1", "fire", "Leicestershire Fire and Rescue Service"),
        # a city council's committee site names the county by its town (the county's name less "shire")
        ("https://committee.nottinghamcity.gov.uk/mgAi.aspx?ID=7", "fire", "Nottinghamshire Fire and Rescue Service"),
        ("https://democracy.leicester.gov.uk/ieListDocuments.aspx?MId=3", "police", "Leicestershire Police"),
        ("https://lga.moderngov.co.uk/mgAi.aspx?ID=2", "fire", "Local Government Association"),
        ("https://www.apccs.police.uk/latest-news/a-response/", None, "Association of Police and Crime Commissioners"),
        ("https://www.justiceinspectorates.gov.uk/hmicfrs/?recommendation-force=essex", None, "Essex Police"),
        ("https://www.justiceinspectorates.gov.uk/hmicfrs/recommendation/north-wales/8044/", None, "North Wales Police"),
    ],
)
def test_a_host_names_its_publisher(address: str, sector: str | None, body: str) -> None:
    found = publisher(address, sector).body
    assert found is not None and found.canonical == body


@pytest.mark.parametrize(
    "address",
    [
        "https://www.bbc.co.uk/news/uk-england-kent-1",  # press: no body from the host
        "https://www.kentonline.co.uk/news/police-report/",  # a local paper named by its area, no sector
        "https://www.kent.gov.uk/about/council/report",  # a county council's own site, no committee
        "https://www.gov.uk/government/publications/a-response",  # the government's site
        "https://www.police.uk/",  # a sector with no area
        "https://hmicfrs.justiceinspectorates.gov.uk/publications/kent-police-report/",
    ],
)
def test_a_host_naming_no_sector_names_no_publisher(address: str) -> None:
    assert publisher(address, "police").body is None or publisher(address, "police").body.kind == "national"


@pytest.mark.parametrize("address", ["https://[www.kent.police.uk/a-page/", "https://www.kent.police.uk]/"])
def test_a_malformed_address_names_no_publisher_and_costs_no_document(address: str) -> None:
    assert publisher(address, "police").body is None
    document = ingest_text(FORCE_PAGE, "page", address=address)
    assert document.responding_body is None
    assert document.address == address


def test_the_inspectorates_own_site_publishes_no_response() -> None:
    document = ingest_text(FORCE_PAGE, "page",
                            address="https://hmicfrs.justiceinspectorates.gov.uk/publications/a-report/")
    assert document.responding_body is None


def test_minutes_naming_no_body_take_the_committee_sites_area_and_the_contents_sector() -> None:
    address = "https://buckinghamshire.moderngov.co.uk/mgAi.aspx?ID=25"
    assert ingest_text(FIRE_MINUTES, "minutes").responding_body is None
    document = ingest_text(FIRE_MINUTES, "minutes", address=address)
    assert document.responding_body == "Buckinghamshire"
    assert document.address == address


def test_a_forces_own_page_naming_no_body_is_the_forces() -> None:
    assert ingest_text(FORCE_PAGE, "page").responding_body is None
    document = ingest_text(FORCE_PAGE, "page",
                            address="https://www.herts.police.uk/about-us/stalking-plan/")
    assert document.responding_body == "Hertfordshire"


def test_a_text_that_names_its_body_outranks_a_local_address() -> None:
    text = FORCE_PAGE.replace("The Force welcomes", "Norfolk Constabulary welcomes")
    document = ingest_text(text, "page",
                            address="https://www.herts.police.uk/about-us/stalking-plan/")
    assert document.responding_body == "Norfolk"


def test_a_press_host_adds_nothing() -> None:
    plain = ingest_text(FORCE_PAGE, "page")
    pressed = ingest_text(FORCE_PAGE, "page",
                           address="https://www.bbc.co.uk/news/uk-england-1")
    assert (pressed.doc_type, pressed.responding_body) == (plain.doc_type, plain.responding_body)


# A force's plan answering a thematic's recommendations, which it restates as "the force should".
THEMATIC_PLAN = """Our action plan on the stalking super-complaint

Recommendations

Recommendation 1

The force should make sure that every victim of stalking is given a named contact officer.

Recommendation 2

The force should review every stalking protection order breach recorded in the last two years.

Our response

We have appointed a lead officer and will review every open case by March 2025.
"""


def test_a_body_only_the_address_names_answers_but_gives_restated_items_no_subject() -> None:
    from crosswalk.extraction.extract import extract_document

    document = ingest_text(THEMATIC_PLAN, "plan",
                            address="https://www.herts.police.uk/about-us/stalking-plan/")
    assert (document.responding_body, document.body_by_address) == ("Hertfordshire", True)
    assert [item.subject for item in extract_document(document).items] == [None, None]


# A release told in the third person, as a newspaper tells it.
STORY = """Watchdog says county police must improve crime investigations

By a staff reporter

A POLICE force has been told it must get better at investigating crime after a visit from inspectors.

His Majesty's Inspectorate of Constabulary rated the force good at keeping people safe but said it required
improvement at investigating crime.

The police boss said officers were already working on the problems. The county's commissioner said she would
be watching progress closely.
"""


@pytest.mark.parametrize(
    ("address", "doc_type"),
    [
        (None, "press_article"),
        ("https://www.bbc.co.uk/news/uk-england-1", "press_article"),
        ("https://hmicfrs.justiceinspectorates.gov.uk/news/news-feed/a-story/", "press_article"),
        ("https://www.northyorkshire-pfcc.gov.uk/news/item/", "pcc_response"),
        ("https://www.southwales-fire.gov.uk/newsroom/news/item", "force_response"),
    ],
)
def test_a_story_on_a_bodys_own_site_is_its_release(address: str | None, doc_type: str) -> None:
    assert ingest_text(STORY, "story", address=address).doc_type == doc_type


def test_a_town_spelling_needs_a_council_or_sector_word() -> None:
    """A city's own news pages name no publisher, and a town's spelling never outranks an
    alias's own (a host that is the county's full name keeps reading as the county)."""
    assert publisher("https://www.nottinghamcity.gov.uk/news/a-story/", "fire").body is None
    found = publisher("https://democracy.nottinghamshire.gov.uk/mgAi.aspx?ID=7", "police").body
    assert found is not None and found.canonical == "Nottinghamshire Police"


# A force's page quoting the minister at length, which alone reads as the government's answer.
MINISTER_QUOTED = """Inspection of police legitimacy published

The Home Secretary said: "I welcome the inspectorate's report on police legitimacy. The Government
will consider the recommendations carefully and the Home Office will respond to each of them."
The Minister for Policing added that the Government expects every force to act on the findings.
"""


def test_a_forces_own_site_publishes_no_government_answer() -> None:
    plain = ingest_text(MINISTER_QUOTED, "page")
    document = ingest_text(MINISTER_QUOTED, "page",
                            address="https://www.herts.police.uk/news/legitimacy-report/")
    assert plain.doc_type == "government_response"
    assert (document.doc_type, document.responding_body) == ("force_response", "Hertfordshire")


def test_ingest_and_extract_take_a_declared_address(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from crosswalk.cli import app

    minutes = tmp_path / "minutes.txt"
    minutes.write_text(FIRE_MINUTES, encoding="utf-8")
    address = "https://buckinghamshire.moderngov.co.uk/mgAi.aspx?ID=25"
    plain = CliRunner().invoke(app, ["ingest", str(minutes)])
    declared = CliRunner().invoke(app, ["ingest", str(minutes), "--address", address])
    assert plain.exit_code == declared.exit_code == 0
    assert "Buckinghamshire" not in plain.output
    assert "Buckinghamshire" in declared.output and address in declared.output
    assert CliRunner().invoke(app, ["extract", str(minutes), "--address", address, "--json"]).exit_code == 0


@pytest.mark.parametrize("command", ["ingest", "extract"])
@pytest.mark.parametrize("value", ["buckinghamshire.moderngov.co.uk/mgAi.aspx", "javascript:alert(1)",
                                   "ftp://example.org/minutes.pdf", "https://", "https://example.org/a b"])
def test_an_address_that_is_no_web_address_is_refused_in_one_sentence(tmp_path: Path, command: str,
                                                                        value: str) -> None:
    from typer.testing import CliRunner

    from crosswalk.cli import app

    minutes = tmp_path / "minutes.txt"
    minutes.write_text(FIRE_MINUTES, encoding="utf-8")
    result = CliRunner().invoke(app, [command, str(minutes), "--address", value])
    assert result.exit_code == 2
    assert "--address must be the http(s) address" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) <= 2  # one sentence (folded at most once by the terminal width)


def test_a_register_entry_whose_text_names_its_force_is_not_the_address_s_alone() -> None:
    """A register entry's address outranks its text, but the force is the address's alone
    (`Answering.by_address`: its "the force" then names no force) only when the text would
    not name it too: an entry that names its force reads as an undeclared one does."""
    from crosswalk.ingest.responding_body import find_responding_body

    entry = publisher("https://www.justiceinspectorates.gov.uk/hmicfrs/recommendation/northumbria/1234/", "police")
    named = ("Cause of concern\n\nNorthumbria Police takes too long to examine seized phones, so "
             "investigations stall.\n\nStatus: open")
    unnamed = named.replace("Northumbria Police", "The force")
    for text, alone in ((named, False), (unnamed, True)):
        blocks = text.split("\n\n")
        answering = find_responding_body("monitoring_record", None, blocks[0], blocks, text, "police", entry)
        assert (answering.body, answering.by_address) == ("Northumbria", alone)


@pytest.mark.parametrize(
    ("footer", "body"),
    [
        ("For further information write to us at plans@cambs.police.uk.", "Cambridgeshire"),
        ("Follow @NorthantsPolice for updates on our plan.", "Northamptonshire"),
        ("Read the plan in full at www.herts.police.uk/about-us/plans", "Hertfordshire"),
        ("Follow us: @Kent_Police", "Kent"),
    ],
)
def test_an_address_the_text_writes_out_names_the_body_it_never_names(footer: str, body: str) -> None:
    document = ingest_text(f"{FORCE_PAGE}\n{footer}\n", "page")
    assert document.responding_body == body


def test_a_fire_authoritys_minutes_with_its_services_link_are_that_services() -> None:
    text = f"{FIRE_MINUTES}\nPapers for this meeting are at https://www.leics-fire.gov.uk/your-fire-service/authority/\n"
    assert ingest_text(text, "minutes").responding_body == "Leicestershire"


@pytest.mark.parametrize(
    "footer",
    [
        "The report is at https://hmicfrs.justiceinspectorates.gov.uk/publications/a-report/",  # the inspectorate's
        "Questions to enquiries@npcc.police.uk",  # a national body's address is a reference, not the page's own
        "Compare www.kent-pcc.gov.uk and www.herts.police.uk",  # two bodies' links name neither
        "Tweeted by @CouncilNews",  # a handle naming no area and sector
    ],
)
def test_a_written_address_of_no_single_local_body_names_none(footer: str) -> None:
    document = ingest_text(f"{FORCE_PAGE}\n{footer}\n", "page")
    assert document.responding_body is None


def test_a_body_the_text_names_outranks_its_written_address() -> None:
    text = FORCE_PAGE.replace("The Force welcomes", "Norfolk Constabulary welcomes") + "\nContact: help@cambs.police.uk\n"
    assert ingest_text(text, "page").responding_body == "Norfolk"

