"""Alignment on the samples and on small batches written for the test."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from crosswalk.batch.runner import run
from crosswalk.model import Item
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def sample_tables() -> dict[str, pd.DataFrame]:
    return run(CORPUS)


def in_scope(tables: dict[str, pd.DataFrame], doc_id: str) -> pd.DataFrame:
    crosswalk = tables["crosswalk"]
    return crosswalk[(crosswalk["response_doc"] == doc_id) & (crosswalk["scope"] == "in_scope")]


def test_west_midlands_agrees_but_names_few_steps(sample_tables: dict[str, pd.DataFrame]) -> None:
    counts = in_scope(sample_tables, "west-midlands-pcc-response-soc-2024")["status"].value_counts().to_dict()
    assert counts.get("acknowledged", 0) > counts.get("actioned", 0) + counts.get("unaddressed", 0)


def test_west_mercia_recommendations_are_actioned_by_their_own_paragraphs(sample_tables: dict[str, pd.DataFrame]) -> None:
    rows = in_scope(sample_tables, "west-mercia-pcc-response-soc-2024")
    # The force's own nine: the corpus also holds the inspectorate's release of the same report, whose
    # recommendation to the regional unit (another subject) this response leaves unaddressed.
    own = (rows["item_type"] == "recommendation") & (rows["subject"] == "West Mercia Police")
    recommendations = rows[own].sort_values("passage_start")
    text = (CORPUS / "west-mercia-pcc-response-soc-2024.txt").read_text(encoding="utf-8")
    assert list(recommendations["status"]) == ["actioned"] * 9
    assert list(recommendations["method"]) == ["restatement"] * 9
    for number, passage in enumerate(recommendations["passage"], start=1):
        heading = text.index(f"R{number}. ")
        following = text.index("\n", heading) + 1
        assert " ".join(text[following : following + 60].split()) == " ".join(passage.split())[: len(" ".join(text[following : following + 60].split()))]


def test_items_of_other_forces_are_out_of_scope_not_unaddressed(sample_tables: dict[str, pd.DataFrame]) -> None:
    crosswalk = sample_tables["crosswalk"]
    mercia = crosswalk[crosswalk["response_doc"] == "west-mercia-pcc-response-soc-2024"]
    other = mercia[mercia["subject"].isin(["Warwickshire Police", "West Midlands Police"])]
    assert len(other) and set(other["status"]) == {"out_of_scope"}


def test_register_merges_the_same_item_stated_in_several_documents(sample_tables: dict[str, pd.DataFrame]) -> None:
    register = sample_tables["register"]
    regional = register[(register["subject"] == "ROCU West Midlands and constituent forces") & register["parent_id"].isna()]
    assert len(regional) == 1
    assert len(regional.iloc[0]["sources"].split(";")) == 4


def test_compliance_counts_days_from_publication(sample_tables: dict[str, pd.DataFrame]) -> None:
    compliance = sample_tables["compliance"].set_index("response_doc")
    assert compliance.loc["warwickshire-pcc-response-soc-2024", "days"] == 49
    assert compliance.loc["west-mercia-pcc-response-soc-2024", "late"] == False  # noqa: E712 - 56 days is in time
    assert pd.isna(compliance.loc["west-midlands-pcc-response-soc-2024", "days"])


REPORT = """An inspection of Kent Police’s response to fraud

Published on 3 March 2023.

Areas for improvement

Kent Police should improve how it supports victims of fraud.

Kent Police should improve how it records fraud.

Essex Police should review its fraud triage.
"""

RESPONSE = """Response to HMICFRS report: An inspection of Kent Police’s response to fraud

Dear Home Secretary,

This is my response under section 55 of the Police Act 1996.

‘Kent Police should improve how it supports victims of fraud’.

The force will appoint two victim advocates by June 2023.

Yours faithfully,

Jane Doe

Police and Crime Commissioner for Kent

12 June 2023
"""

OTHER_INSPECTION = """Response to HMICFRS report: An inspection of Kent Police’s response to knife crime

Dear Home Secretary,

‘Kent Police should improve how it supports victims of fraud’.

I note this finding.

Yours faithfully,

Jane Doe

Police and Crime Commissioner for Kent

1 February 2025
"""


def test_small_batch_statuses_scope_and_lateness(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "letter.txt").write_text(RESPONSE, encoding="utf-8")
    (tmp_path / "other.txt").write_text(OTHER_INSPECTION, encoding="utf-8")
    tables = run(tmp_path)
    crosswalk = tables["crosswalk"]
    letter = crosswalk[crosswalk["response_doc"] == "letter"]
    assert {text.rstrip("."): status for text, status in zip(letter["item_text"], letter["status"])} == {
        "Kent Police should improve how it supports victims of fraud": "actioned",
        "Kent Police should improve how it records fraud": "unaddressed",
        "Essex Police should review its fraud triage": "out_of_scope",
    }
    assert tables["register"]["inspection"].nunique() == 2  # knife crime is another inspection
    assert tables["register"]["register_id"].is_unique  # each carries its inspection's key
    compliance = tables["compliance"].set_index("response_doc")
    assert (compliance.loc["letter", "days"], compliance.loc["letter", "late"]) == (101, True)
    assert list(tables["unaddressed"]["response_doc"]) == ["letter"]


def test_fire_service_response_statuses(tmp_path: Path) -> None:
    """Recommendations the response only lists at the top are restated, not answered:
    unaddressed; the items answered under "Cause of concern:" and "Area for improvement
    1:" are actioned."""
    import shutil

    shutil.copy(Path(__file__).parents[1] / "extraction" / "fire_service_response.txt", tmp_path / "response.txt")
    crosswalk = run(tmp_path)["crosswalk"]
    assert dict(zip(crosswalk["register_id"].str.split("/").str[-1], crosswalk["status"])) == {
        "CoC1": "actioned", "R1": "unaddressed", "R1.1": "unaddressed", "R1.2": "unaddressed", "AFI1": "actioned",
    }  # R1 is the timed lead-in ("By 1 June 2023, the service should:"), R1.1 and R1.2 its bullets


def test_response_table_rows_answer_their_items(tmp_path: Path) -> None:
    """A web page answering each AFI in a "Area for improvement | Response" table."""
    import shutil

    shutil.copy(Path(__file__).parent / "pcc_response_table.html", tmp_path / "page.html")
    tables = run(tmp_path)
    assert dict(zip(tables["crosswalk"]["register_id"].str.split("/").str[-1], tables["crosswalk"]["status"])) == {
        "AFI1": "actioned", "AFI2": "acknowledged", "AFI3": "actioned",
    }
    gradings = tables["gradings"]
    assert list(zip(gradings["grade"], gradings["area"])) == [
        ("good", "preventing crime"), ("requires_improvement", "investigating crime"),
    ]
    document = tables["documents"].iloc[0]
    assert (document["author"], document["date"]) == (
        "David Allen, Police, Fire and Crime Commissioner for Cumbria", "2023-12-04",
    )
    assert tables["compliance"].iloc[0]["days"] == 53


def test_items_carry_the_register_id_they_merged_into(sample_tables: dict[str, pd.DataFrame]) -> None:
    items, register = sample_tables["items"], sample_tables["register"]
    assert list(items.columns)[-1] == "register_id"
    assert items["register_id"].notna().all()
    assert set(items["register_id"]) == set(register["register_id"])
    # the regional AFI restated in four documents is one register item
    regional = register[(register["subject"] == "ROCU West Midlands and constituent forces") & register["parent_id"].isna()]
    assert items[items["register_id"] == regional.iloc[0]["register_id"]]["doc_id"].nunique() == 4


THEMES_REPORT = """An inspection of Kent Police’s response to fraud

Published on 3 March 2023.

The report identified areas for improvement around supporting victims of fraud and recording fraud accurately.
"""

THEMES_MINUTES = """Response to HMICFRS report: An inspection of Kent Police’s response to fraud

The Panel was reminded of the two themes of the report: ‘Supporting Victims of Fraud’ and ‘Recording Fraud Accurately’.

The Commissioner said that the force has appointed two victim advocates and has set up a fraud desk, which he will review in September.
"""


def test_items_named_in_the_same_words_as_another_document_are_stated_there(tmp_path: Path) -> None:
    """Minutes that name the report's items in its own words (in title case, quoted) without
    extraction reading them as items: they are mentioned, so the step after them answers
    them, rather than leaving them unaddressed."""
    (tmp_path / "report.txt").write_text(THEMES_REPORT, encoding="utf-8")
    (tmp_path / "minutes.txt").write_text(THEMES_MINUTES, encoding="utf-8")
    crosswalk = run(tmp_path)["crosswalk"]
    minutes = crosswalk[crosswalk["response_doc"] == "minutes"]
    assert len(minutes) == 2
    assert set(minutes["status"]) == {"actioned"}
    assert set(minutes["passage"].str[:16]) == {"The Commissioner"}


def _stated(text: str, start: int) -> Item:
    return Item(item_id=f"AFI{start}", type="area_for_improvement", subject=None, text=text, start=start,
                end=start + len(text), rule="item-labelled")


def test_a_row_shows_the_fullest_wording_its_response_gives_the_item() -> None:
    """A response names the item in a short heading before it restates it whole: the row
    shows the whole, not the heading that came first."""
    from crosswalk.align.evidence.view import fullest_wording

    heading = _stated("Preventing crime", 120)
    restated = _stated("The force should improve how it prevents crime and anti-social behaviour in its "
                       "neighbourhoods.", 480)
    assert fullest_wording([heading, restated]) == restated.text
    assert fullest_wording([restated, heading]) == restated.text  # whatever order the register kept them in


def test_wordings_as_long_as_each_other_are_taken_in_reading_order() -> None:
    from crosswalk.align.evidence.view import fullest_wording

    first, later = _stated("Improve call handling.", 40), _stated("Improve crime records.", 900)
    assert fullest_wording([later, first]) == first.text
    assert fullest_wording([]) is None


def test_a_statement_cut_mid_word_is_the_item_it_opens_in_another_document() -> None:
    """Two trackers of one inspection, each copy cut short: one stops mid-word inside a
    recommendation the other states whole. The cut one is that item, not an item of its
    own; a cut word of a letter or two names no word, so it stays apart."""
    from crosswalk.align.register import build_register
    from crosswalk.model import Document, Extracted

    tracker = Document("tracker", "tracker.txt", "a", "", (), "text", doc_type="monitoring_record")
    index = Document("index", "index.txt", "b", "", (), "text", doc_type="monitoring_record")
    whole = Item("R1", "recommendation", "Kent Police", "The force should immediately review how its call handlers "
                 "record crimes.", 0, 80, "test")
    cut = Item("R1", "recommendation", "Kent Police", "The force should immediately review how its call hand", 0, 50, "test")
    extracted = {"tracker": Extracted("tracker", (cut,), (), (), ()), "index": Extracted("index", (whole,), (), (), ())}
    assert len(build_register([tracker, index], extracted, "K")) == 1
    timed = replace(whole, text="Within three months the force should complete a review of how it records crimes.")
    stub = replace(cut, text="Within three months the force should c")
    extracted = {"tracker": Extracted("tracker", (stub,), (), (), ()), "index": Extracted("index", (timed,), (), (), ())}
    assert len(build_register([tracker, index], extracted, "K")) == 2
    extracted["tracker"] = Extracted("tracker", (replace(stub, text="Within three months the force should compl"),), (), (), ())
    assert len(build_register([tracker, index], extracted, "K")) == 1


def test_a_register_item_named_first_by_a_theme_stands_for_its_full_statement() -> None:
    """A response read before the inspectorate's page names a recommendation by one word
    ("consistency"); the page states it whole: the register shows the whole."""
    from crosswalk.align.register import build_register
    from crosswalk.model import Document, Extracted

    reply = Document("reply", "reply.txt", "a", "", (), "text", doc_type="pcc_response")
    page = Document("page", "page.txt", "b", "", (), "text", doc_type="press_article")
    theme = Item("R1", "recommendation", None, "consistency", 0, 11, "test")
    full = Item("R2", "recommendation", None, "improving the quality and consistency of vetting decisions and "
                "their recording", 0, 90, "test")
    extracted = {"reply": Extracted("reply", (theme,), (), (), ()), "page": Extracted("page", (full,), (), (), ())}
    register = build_register([page, reply], extracted, "K")
    assert [entry.text for entry in register] == [full.text]
    assert [doc_id for doc_id, _ in register[0].members] == ["reply", "page"]
    # a theme with its qualifier is a wording of its own, kept when read first
    qualified = replace(theme, text="consistency of vetting decisions")
    extracted["reply"] = Extracted("reply", (qualified,), (), (), ())
    assert [entry.text for entry in build_register([page, reply], extracted, "K")] == [qualified.text]


def test_a_theme_restating_a_finding_merges_with_it_whatever_subject_each_was_read_with() -> None:
    """A revisit letter states its causes of concern as findings; a news page of the service
    names them by theme. The theme is the letter's item (its row, not a second item left
    unaddressed) when the finding holds its topic words: before a late modal too ("...
    more needs to be done"), in another form ("investigated", "investigating"), and with
    the finding read under no subject. A theme whose topic the finding lacks stays apart."""
    from crosswalk.align.register import build_register
    from crosswalk.model import Document, Extracted

    letter = Document("letter", "letter.txt", "a", "", (), "text", doc_type="inspection_report")
    news = Document("news", "news.txt", "b", "", (), "text", doc_type="press_article")
    service = "Exmoor Fire and Rescue Service"
    findings = (Item("CoC1", "cause_of_concern", None, "Home fire safety visits are not a high enough priority "
                     "for the service, and no plan directs them", 0, 90, "test"),
                Item("CoC2", "cause_of_concern", service, "The service has made a start on improving its culture, "
                     "but much more needs to be done", 100, 180, "test"),
                Item("CoC3", "cause_of_concern", service, "Inspectors found the force slow at investigating "
                     "burglary and it needs to ensure each case is reviewed", 200, 290, "test"))
    themes = (Item("CoC1", "cause_of_concern", service, "home fire safety visits", 0, 24, "test"),
              Item("CoC2", "cause_of_concern", service, "culture", 30, 37, "test"),
              Item("CoC3", "cause_of_concern", service, "how it investigated burglary", 40, 68, "test"))
    extracted = {"letter": Extracted("letter", findings, (), (), ()), "news": Extracted("news", themes, (), (), ())}
    register = build_register([news, letter], extracted, "K")
    assert [entry.sources for entry in register] == [["letter", "news"]] * 3
    extracted["news"] = Extracted("news", (replace(themes[1], text="the way it trains its firefighters"),), (), (), ())
    assert len(build_register([news, letter], extracted, "K")) == 4



def test_two_themes_merge_only_when_the_longer_holds_most_of_the_shorter() -> None:
    """A news story names a report's recommendations in short phrases; the inspectorate's
    page sets them out in longer ones, in no item's voice either. A short phrase sharing
    one of its two topic words with a longer one ("investigation") is another item, though
    a token-set ratio of the two finds the short one almost whole inside the long one; a
    phrase whose topic words the longer holds is its restatement."""
    from crosswalk.align.register import build_register
    from crosswalk.model import Document, Extracted

    page = Document("page", "page.txt", "a", "", (), "text", doc_type="inspection_report")
    story = Document("story", "story.txt", "b", "", (), "text", doc_type="press_article")
    listed = Item("R1", "recommendation", None, "better procedures for handling vetting risks, corruption "
                  "investigations and data protection", 0, 90, "test")
    named = Item("R1", "recommendation", None, "improving investigation techniques", 0, 34, "test")
    extracted = {"page": Extracted("page", (listed,), (), (), ()), "story": Extracted("story", (named,), (), (), ())}
    assert len(build_register([page, story], extracted, "K")) == 2
    extracted["story"] = Extracted("story", (replace(named, text="improving vetting procedures"),), (), (), ())
    assert [entry.sources for entry in build_register([page, story], extracted, "K")] == [["page", "story"]]

CAUSE_LETTER = """An inspection of Kent Police’s response to fraud

Published on 3 March 2023.

Cause of concern

Kent Police does not do enough to support victims of fraud after they report a crime.

Recommendation

By 30 June 2023, Kent Police should:

• appoint trained staff to contact every vulnerable victim of fraud within a week; and
• check each month that victims are kept informed of their case.

Area for improvement

Kent Police should improve how it records fraud.
"""

CAUSE_MINUTES = """Response to HMICFRS report: An inspection of Kent Police’s response to fraud

Minutes of the Police and Crime Panel, 12 June 2023

Members were reminded that the inspectorate had raised a cause of concern: Kent Police does not do enough to support victims of fraud after they report a crime.

The Commissioner said that the force has set up a victim care unit and will report on its progress to the Panel in September.
"""


def _rows_answering_the_cause_letter(folder: Path, name: str, response: str) -> pd.DataFrame:
    """The crosswalk rows of `response` (saved as `name`) run beside the cause-of-concern
    letter, indexed by the item's own id (the register id's last part)."""
    (folder / "letter.txt").write_text(CAUSE_LETTER, encoding="utf-8")
    (folder / f"{name}.txt").write_text(response, encoding="utf-8")
    crosswalk = run(folder)["crosswalk"]
    rows = crosswalk[crosswalk["response_doc"] == name]
    return rows.set_index(rows["register_id"].str.split("/").str[-1])


def test_a_causes_recommendation_takes_the_answer_to_the_cause(tmp_path: Path) -> None:
    """Minutes that answer a cause of concern with a step, never naming the recommendation
    the letter sets under it, answer that recommendation and its parts with it (they used
    to be unaddressed); the area for improvement after it is no part of the cause."""
    minutes = _rows_answering_the_cause_letter(tmp_path, "minutes", CAUSE_MINUTES)
    assert minutes.loc["CoC1", "status"] == "actioned"
    for rid in ("R1", "R1.1", "R1.2"):
        assert (minutes.loc[rid, "status"], minutes.loc[rid, "method"]) == ("actioned", "parent")
        assert minutes.loc[rid, "passage"].startswith("Members were reminded")
    assert minutes.loc["AFI1", "status"] == "unaddressed"


PLAN_DECISION = """Response to HMICFRS report: An inspection of Kent Police’s response to fraud

Decision of the Cabinet Member, 12 June 2023

Kent Police has drawn up an improvement plan to respond to the recommendations of the report, and the Commissioner will review it every quarter.
"""


def test_the_reports_recommendations_are_its_causes_not_its_areas_for_improvement(tmp_path: Path) -> None:
    """A decision that answers "the recommendations of the report" with a step, in a
    report with a cause of concern (whose recommendation it carries) and an area for
    improvement, answers the cause and its recommendation; the area for improvement is
    no recommendation and stays unaddressed (it used to be actioned)."""
    decision = _rows_answering_the_cause_letter(tmp_path, "decision", PLAN_DECISION)
    assert decision.loc["CoC1", "status"] == "actioned"
    assert decision.loc["R1", "status"] == "actioned"
    assert decision.loc["AFI1", "status"] == "unaddressed"


TWO_CAUSES_LETTER = """An inspection of Kent Police’s response to fraud

Published on 3 March 2023.

Cause of concern

Kent Police does not do enough to support victims of fraud after they report a crime.

Cause of concern

Kent Police does not record fraud accurately enough.
"""

ONE_CAUSE_NAMED_PAGE = """Response to HMICFRS report: An inspection of Kent Police’s response to fraud

The report identified a cause of concern about recording fraud accurately. The force launched an improvement plan which made sure that the concerns raised by the inspectorate were addressed.
"""


def test_words_for_all_the_items_answer_the_reports_items_whatever_the_responses_own_labels(tmp_path: Path) -> None:
    """A page that names the report's second cause of concern by its theme (its own "CoC1")
    and answers "the concerns raised" with a step answers both causes. The report's first
    cause shares the page's own label "CoC1" but is another register item: it used to be
    read as the page's own, so the second cause took both answers and the first was
    left unaddressed."""
    (tmp_path / "letter.txt").write_text(TWO_CAUSES_LETTER, encoding="utf-8")
    (tmp_path / "page.txt").write_text(ONE_CAUSE_NAMED_PAGE, encoding="utf-8")
    crosswalk = run(tmp_path)["crosswalk"]
    page = crosswalk[crosswalk["response_doc"] == "page"]
    rows = page.set_index(page["register_id"].str.split("/").str[-1])
    assert dict(rows["status"]) == {"CoC1": "actioned", "CoC2": "actioned"}
    assert rows.loc["CoC1", "method"] == "collective_reference"
