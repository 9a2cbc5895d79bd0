"""A response that restates no item is linked to the inspection whose items it answers by
an inspection key that must agree in full: sector, area, topic and time. Two fitting
inspections mean no link, and a declaration (manifest or folder) overrides the key."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from crosswalk.align.inspection_keys import document_sector, key_cues, sector_of
from crosswalk.align.inspections import Inspection, group_documents
from crosswalk.align.themes import is_theme
from crosswalk.align.link_keys import ANSWERS, POOLED, SERIES, LinkKey, cycle_years, span_ends, topic_of, years_of
from crosswalk.align.linking import link_responses, pool_responses
from crosswalk.batch.build_tables import DocSummary
from crosswalk.batch.runner import run
from crosswalk.ingest import ingest_file

LETTER = """Lincolnshire Fire and Rescue Service: Causes of concern revisit letter

Published on: 10 March 2024

We inspected Lincolnshire Fire and Rescue Service in the spring of 2023 and identified a cause of concern.

Cause of concern

The service doesn't have an effective process to keep the risk information it holds about high-risk premises up to date.

Recommendation

By 30 April 2024, the service should make sure the risk information its crews use at incidents is accurate and current.
"""
MINUTES = """Lincolnshire Fire and Rescue Authority

Minutes of the scrutiny committee held on 12 June 2024

Present: Councillors A. Smith (Chair), B. Jones and C. Patel.

1. Inspection progress

The Chief Fire Officer reported on the cause of concern issued by the inspectorate after its 2023 inspection of the fire and rescue service. The service has established a dedicated team to act on the recommendations, and every high-risk site has now been visited by fire crews.

Members noted the report.
"""
POLICE = """Lincolnshire Police and Crime Commissioner

Statement on the 2023 inspection of Lincolnshire Police

The Police and Crime Commissioner said the force has set up a new team to act on the recommendations about the cause of concern, and the Chief Constable will report progress to the police and crime panel.
"""


def write(folder: Path, **texts: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def rows_of(crosswalk: pd.DataFrame, response: str) -> dict[str, str]:
    mine = crosswalk[crosswalk["response_doc"] == response]
    return dict(zip(mine["register_id"].str.split("/").str[-1], mine["status"]))


def test_fire_minutes_answer_the_letter_of_their_inspection_and_the_county_police_do_not(tmp_path: Path) -> None:
    write(tmp_path, letter=LETTER, minutes=MINUTES, police=POLICE)
    crosswalk = run(tmp_path)["crosswalk"]
    # "act on the recommendations": words for all the items answer every item of the inspection
    assert rows_of(crosswalk, "minutes") == {"CoC1": "actioned", "R1": "actioned"}
    assert rows_of(crosswalk, "police") == {}  # same area, other sector


def test_a_response_of_another_year_is_not_linked(tmp_path: Path) -> None:
    write(tmp_path, letter=LETTER, minutes=MINUTES.replace("2024", "2020").replace("2023", "2019"))
    assert rows_of(run(tmp_path)["crosswalk"], "minutes") == {}


def test_a_declaration_overrides_the_key(tmp_path: Path) -> None:
    write(tmp_path / "docs", letter=LETTER)
    write(tmp_path / "other", minutes=MINUTES)
    (tmp_path / "other" / ".inspection").write_text("Lincolnshire budget 2024\n", encoding="utf-8")
    crosswalk = run(tmp_path)["crosswalk"]
    assert rows_of(crosswalk, "other/minutes") == {}


def key(role: str, years: set[int], area: str = "Lincolnshire", topic: str = "service_inspection") -> LinkKey:
    return LinkKey(role, "fire", area, frozenset({topic}), frozenset(years))


def group(name: str, *doc_ids: str, title: str | None = None) -> Inspection:
    return Inspection(key=name, title=title, doc_ids=list(doc_ids))


def test_loose_documents_of_one_inspection_are_gathered_with_the_response() -> None:
    groups = [group("a", "letter"), group("b", "revisit"), group("c", "minutes")]
    keys = {"letter": key("inspection", {2023, 2024}), "revisit": key("inspection", {2023}),
            "minutes": key("response", {2023, 2024})}
    linked = link_responses(groups, keys, {})
    assert [g.doc_ids for g in linked] == [["letter", "revisit", "minutes"]]


def test_a_response_naming_the_years_of_two_inspections_answers_the_later() -> None:
    # minutes of 2023 on that year's report recall the 2021 inspection's grades: the latest
    # year named is the time they are of, an earlier one what they compare it with
    groups = [group("a", "letter2021", "reply", title="Inspection 2021"), group("b", "letter2023"), group("c", "minutes")]
    keys = {"letter2021": key("inspection", {2021, 2022}), "letter2023": key("inspection", {2023}),
            "minutes": key("response", {2021, 2023})}
    assert [g.doc_ids for g in link_responses(groups, keys, {})] == [["letter2021", "reply"], ["letter2023", "minutes"]]


def test_a_response_that_fits_two_statements_of_one_body_links_to_neither() -> None:
    groups = [group("a", "story", "x", title="Story"), group("b", "page", "y", title="Page"), group("c", "minutes")]
    keys = {"story": LinkKey("statement", "fire", "Lincolnshire", frozenset({"vetting"}), frozenset({2023})),
            "page": LinkKey("statement", "fire", "Lincolnshire", frozenset({"vetting"}), frozenset({2022, 2023})),
            "minutes": LinkKey("response", "fire", "Lincolnshire", frozenset({"vetting"}), frozenset({2023}))}
    assert [g.doc_ids for g in link_responses(groups, keys, {})][-1] == ["minutes"]


def test_replies_of_several_bodies_under_a_generic_title_each_answer_their_own_bodys_inspection() -> None:
    # "PEEL Assessment 2023-2025" titles every force's report: the replies it gathers are
    # of different inspections, each linked by its own key
    def peel(role: str, area: str) -> LinkKey:
        return LinkKey(role, "police", area, frozenset({"programme"}), frozenset({2023, 2025}))

    groups = [group("a", "lincs_page"), group("b", "norfolk_page"),
              group("c", "lincs_reply", "norfolk_reply", title="PEEL Assessment 2023-2025")]
    keys = {"lincs_page": peel("inspection", "Lincolnshire"), "norfolk_page": peel("inspection", "Norfolk"),
            "lincs_reply": peel("response", "Lincolnshire"), "norfolk_reply": peel("response", "Norfolk")}
    assert sorted(g.doc_ids for g in link_responses(groups, keys, {})) == [["lincs_page", "lincs_reply"],
                                                                           ["norfolk_page", "norfolk_reply"]]
    # replies of two bodies to one national thematic answer one inspection: kept together
    vetting = {name: replace(found, topic=frozenset({"vetting"})) for name, found in keys.items()}
    groups = [group("c", "lincs_reply", "norfolk_reply", title="Vetting, misconduct and misogyny")]
    assert [g.doc_ids for g in link_responses(groups, vetting, {})] == [["lincs_reply", "norfolk_reply"]]
    # one body's replies, or replies beside the inspection's own document, stay as titled
    same = {"lincs_reply": peel("response", "Lincolnshire"), "lincs_minutes": peel("response", "Lincolnshire")}
    groups = [group("c", "lincs_reply", "lincs_minutes", title="PEEL Assessment 2023-2025")]
    assert [g.doc_ids for g in link_responses(groups, same, {})] == [["lincs_reply", "lincs_minutes"]]


def test_documents_under_a_programmes_series_title_are_one_inspection_per_body() -> None:
    # "PEEL: Police effectiveness" titles every force's page and reply of a year: each force's
    # documents are one inspection, the force's own; a release on every force (no key read)
    # stays under the title, and a reply of a force whose page the batch lacks stays apart
    def peel(role: str, area: str) -> LinkKey:
        return LinkKey(role, "police", area, frozenset({"programme"}), frozenset({2018}))

    def titled(doc_id: str, title: str) -> DocSummary:
        return DocSummary(doc_id, title, None, doc_id)

    series = "PEEL: Police effectiveness"
    docs = [titled(d, series) for d in ("lincs_page", "lincs_reply", "norfolk_reply", "release")]
    keys = {"lincs_page": peel("inspection", "Lincolnshire"), "lincs_reply": peel("response", "Lincolnshire"),
            "norfolk_reply": peel("response", "Norfolk")}
    grouped = sorted(g.doc_ids for g in group_documents(docs, {}, {}, keys))
    assert grouped == [["lincs_page", "lincs_reply"], ["norfolk_reply"], ["release"]]
    # a title naming a thematic, or a body, is one inspection's, whoever's documents share it
    for title in ("PEEL spotlight report: police response to fraud", "PEEL: Police effectiveness of Lincolnshire Police"):
        docs = [titled(d, title) for d in ("lincs_page", "lincs_reply", "norfolk_reply")]
        assert [g.doc_ids for g in group_documents(docs, {}, {}, keys)] == [["lincs_page", "lincs_reply", "norfolk_reply"]]


def test_a_round_named_by_two_years_is_one_inspection_with_the_documents_of_its_second_year() -> None:
    # "Lincolnshire revisit 2018/19" and a page of 2019 on the same round: a reply of 2019
    # answers the round, both documents of it
    page = replace(key("inspection", {2018, 2019}), span_ends=frozenset({2019}))
    keys = {"page": page, "letter": key("inspection", {2019}), "reply": key("response", {2019})}
    groups = [group("a", "page"), group("b", "letter"), group("c", "reply")]
    assert [g.doc_ids for g in link_responses(groups, keys, {})] == [["page", "letter", "reply"]]
    # a page naming both years but no span ("published in 2018, revisited in 2019") is its own year's
    keys["page"] = key("inspection", {2018, 2019})
    groups = [group("a", "page"), group("b", "letter"), group("c", "reply")]
    assert [g.doc_ids for g in link_responses(groups, keys, {})] == [["page"], ["letter", "reply"]]


def test_an_inspection_in_several_named_groups_is_ambiguous() -> None:
    groups = [group("a", "letter", "x", title="Letter"), group("b", "page", "y", title="Page"), group("c", "minutes")]
    keys = {"letter": key("inspection", {2023}), "page": key("inspection", {2023}), "minutes": key("response", {2023})}
    assert [g.doc_ids for g in link_responses(groups, keys, {})][-1] == ["minutes"]


def test_an_inspection_in_one_named_group_and_loose_documents_is_one_inspection() -> None:
    # a revisit letter the batch holds alone, beside the named group holding the inspection's
    # other letter: the reply joins both, which become one
    groups = [group("a", "letter", "x", title="Letter"), group("b", "revisit"), group("c", "minutes")]
    keys = {"letter": key("inspection", {2023}), "revisit": key("inspection", {2023, 2024}),
            "minutes": key("response", {2024})}
    assert [sorted(g.doc_ids) for g in link_responses(groups, keys, {})] == [["letter", "minutes", "revisit", "x"]]


def test_every_part_of_the_key_must_agree() -> None:
    groups = [group("a", "letter"), group("b", "minutes")]
    inspection = key("inspection", {2023})
    for response in (key("response", {2023}, area="Norfolk"), key("response", {2023}, topic="vetting"),
                     key("response", {2022}), key("response", {2023, 2027}),  # named years: none before, none too late
                     LinkKey("response", "police", "Lincolnshire", frozenset({"service_inspection"}), frozenset({2023}))):
        linked = link_responses([group("a", "letter"), group("b", "minutes")], {"letter": inspection, "minutes": response}, {})
        assert len(linked) == 2, response
    assert len(link_responses(groups, {"letter": inspection, "minutes": key("response", {2023, 2025})}, {})) == 1


def test_a_response_naming_open_causes_of_concern_answers_the_latest_inspection_that_gave_them() -> None:
    # one set of causes of concern is open at a time: minutes of 2024 naming them answer the
    # 2021 inspection's (revisited since), not 2018's, though they name neither year
    def concern(role: str, years: set[int]) -> LinkKey:
        return LinkKey(role, "fire", "Lincolnshire", frozenset({"programme"}), frozenset(years), open_items=True)

    keys = {"revisit2019": concern("inspection", {2018}), "revisit2023": concern("inspection", {2021, 2023}),
            "minutes": concern("response", {2024})}
    groups = [group("a", "revisit2019"), group("b", "revisit2023"), group("c", "minutes")]
    assert [g.doc_ids for g in link_responses(groups, keys, {})] == [["revisit2019"], ["revisit2023", "minutes"]]
    keys["minutes"] = concern("response", {2025})  # the causes of concern given longer ago than the window
    groups = [group("a", "revisit2019"), group("b", "revisit2023"), group("c", "minutes")]
    assert len(link_responses(groups, keys, {})) == 3
    keys["minutes"] = LinkKey("response", "fire", "Lincolnshire", frozenset({"programme"}), frozenset({2024}))
    groups = [group("a", "revisit2019"), group("b", "revisit2023"), group("c", "minutes")]
    assert len(link_responses(groups, keys, {})) == 3  # naming no causes of concern: its year must be named


def test_the_key_is_read_from_title_and_opening() -> None:
    key_cues()  # the examples of patterns/inspection_keys.json are checked on load
    assert sector_of("Minutes of the fire authority: the fire and rescue service inspection") == "fire"
    assert sector_of("The police and crime panel heard from the fire service and the police") is None
    # a title's thematic wins over what the opening lists among the findings
    assert topic_of("Force moved into enhanced monitoring", "causes of concern about domestic abuse", "police") \
        == frozenset({"programme"})
    assert topic_of("Minutes", "the causes of concern of its Round 3 inspection", "fire") \
        == frozenset({"programme"})
    # Engage is the programme's name; the verb names none ("engage with women and girls")
    assert topic_of("Panel minutes", "the force was moved into Engage", "police") == frozenset({"programme"})
    assert topic_of("Panel minutes", "the force will engage with women and girls", "police") == frozenset()
    assert topic_of("Panel minutes", "the force is now out of the engage phase", "police") == frozenset({"programme"})
    # a force's programmes are one topic, as a fire service's are: PEEL and its cause of concern revisit
    assert topic_of("PEEL: the force's response", "", "police") \
        == topic_of("PEEL cause of concern revisit letter", "", "police")
    # the inspectorate's own name holds both sectors' words and says neither
    assert sector_of("The Inspectorate of Constabulary and Fire & Rescue Services reported to the fire authority "
                     "on the fire and rescue service") == "fire"
    assert sector_of("All chief constables should act on the report") == "police"
    assert years_of("State of Policing 2023", "recalls the 2022 report", (None,)) == frozenset({2023})
    assert years_of("Letter", "under section 55 of the Police Act 1996, by June 2024", (None,)) == frozenset({2024})


def test_the_inspectorates_name_as_written_says_neither_sector() -> None:
    # press and commissioners write the name in many ways (no "and" before "fire", a plural
    # "constabularies", no "services"): each holds the word "fire" once, which beside one
    # "force" or "police" would read as no sector at all
    for name in ("Inspectorate of Constabularies and Fire & Rescue", "Inspectorate of Constabulary, Fire and Rescue",
                 "Inspectorate of Constabulary Fire and Rescue", "Inspectorate of Constabulary and Fire and Rescue"):
        assert sector_of(f"Exshire Police answers the {name}") == "police", name


@pytest.mark.parametrize("name", ["hZ_resp_staffordshire_pfcc_panel_scrutiny_update2023",
                                  "hZ_resp_gmca_deputymayor_panel_gmp_victims2020"])
def test_a_commissioners_office_holding_both_sectors_words_says_neither(name: str) -> None:
    # "Police, Fire and Crime Commissioner", "Police, Crime and Fire Panel": the office's name
    # holds the word fire once beside police, which read the commissioner's reply to a police
    # inspection as no sector; its policing words decide (real commissioners' pages)
    document = ingest_file(Path(__file__).resolve().parents[2] / "corpus" / "real" / "docs" / f"{name}.txt").document
    assert document is not None and document_sector(document.title, document.text) == "police"


def test_minutes_naming_the_items_by_kind_answer_them_all(tmp_path: Path) -> None:
    letter = LETTER.replace("identified a cause of concern.", "identified two causes of concern.").replace(
        "\nRecommendation\n", "\nCause of concern\n\nThe service doesn't do enough to promote a positive culture among "
        "its staff.\n\nRecommendation\n")
    minutes = MINUTES.replace(
        "The Chief Fire Officer reported on the cause of concern issued by the inspectorate after its 2023 inspection of "
        "the fire and rescue service. The service has established a dedicated team to act on the recommendations, and "
        "every high-risk site has now been visited by fire crews.",
        "Members were reminded that the fire and rescue service had been told of two causes of concern after its 2023 "
        "inspection.\n\nAn improvement plan was signed off by the inspectorate in May.")
    assert minutes != MINUTES and letter != LETTER
    write(tmp_path, letter=letter, minutes=minutes)
    assert rows_of(run(tmp_path)["crosswalk"], "minutes") == {"CoC1": "actioned", "CoC2": "actioned", "R1": "actioned"}


def test_the_inspectorates_documents_are_linked_to_and_others_stating_items_are_statements() -> None:
    from crosswalk.align.link_keys import document_key
    from crosswalk.model import Document, Extracted, Item

    item = Item("CoC1", "cause_of_concern", "Lincolnshire Fire and Rescue", "The service doesn't keep risk information "
                "up to date.", 0, 10, "test")
    extracted = Extracted("doc", (item,), (), (), ())
    for doc_type, role in (("inspection_report", "inspection"), ("monitoring_record", "record"),
                           ("press_article", "statement"),  # a reporter's selection of the items: second-hand
                           ("pcc_response", "statement"), ("minutes", None)):
        document = Document("doc", "doc.txt", "0", LETTER, (), "text", doc_type=doc_type,
                            title="Lincolnshire Fire and Rescue Service: Causes of concern revisit letter")
        found = document_key(document, extracted)
        assert (found.role if found else None) == role, doc_type


def _round_page_key(text: str, title: str, doc_type: str) -> LinkKey | None:
    """The link key of a page of the given type holding one area for improvement of a fire
    service's round (the two round tests below share it)."""
    from crosswalk.align.link_keys import document_key
    from crosswalk.model import Document, Extracted, Item

    item = Item("AFI1", "area_for_improvement", "Lincolnshire Fire and Rescue", "The service should make sure its "
                "crews can use the new mobile data terminals.", 0, 10, "test")
    document = Document("doc", "doc.txt", "0", text, (), "text", doc_type=doc_type, title=title)
    return document_key(document, Extracted("doc", (item,), (), (), ()))


def test_a_round_the_inspectorates_page_recalls_is_no_time_of_the_page() -> None:
    # the inspectorate's page of the 2033/34 round is titled by a sentence recalling the last
    # inspection: the year it recalls is the earlier round's, so the page is of its own round
    # (a reply of 2034 answers it), not of 2031
    title = "Lincolnshire Fire and Rescue Service has got better since our inspection in 2031."
    text = (f"Lincolnshire 2033/34\n\n{title} It was good in its 2031/32 assessment.\n\nAreas for improvement\n\n"
            "The service should make sure its crews can use the new mobile data terminals.\n")
    for doc_type, year in (("peel_page", 2033), ("press_article", 2031)):  # a story's recalled years are its own to name
        found = _round_page_key(text, title, doc_type)
        assert found is not None and min(found.years) == year, doc_type


def test_the_inspectorates_page_headed_by_its_round_is_of_that_round_whatever_its_sentences_recall() -> None:
    # the page's first line names its round ("Lincolnshire 2033/34"); its sentences recall the
    # last round in words no list of recalled phrases holds ("In 2031 we also found", "it
    # answered our 2031 inspection by ..."), one of them read as its title: the heading decides
    title = "The fire and rescue service answered our 2031 inspection by buying new terminals."
    text = (f"Lincolnshire 2033/34\n\n{title} In 2031 we also found its systems were out of date.\n\n"
            "Areas for improvement\n\nThe service should make sure its crews can use the new mobile data terminals.\n")
    for doc_type, years in (("peel_page", {2033, 2034}), ("press_article", {2031})):  # a story's first line heads no round: its title's year stands
        found = _round_page_key(text, title, doc_type)
        assert found is not None and found.years == frozenset(years), (doc_type, found)


def test_a_round_recalled_in_the_title_is_no_year_of_it_when_the_title_is_read_without_it() -> None:
    # the inspectorate's page titled by a sentence recalling the last round: with the flag, what
    # `unless` reads leaves the title too, and the opening's round is the page's time
    recalled = key_cues().recalled_round
    title = "Exshire Fire and Rescue Service has got better since our inspection in 2031."
    opening = "Exshire 2033/34\n\nIt was good in its 2031/32 assessment."
    assert years_of(title, opening, (None,), recalled, in_title=True) == frozenset({2033, 2034})
    assert years_of(title, opening, (None,), recalled) == frozenset({2031})  # without it the title's year stands
    # a title recalling nothing keeps its own year
    assert years_of("Exshire 2033/34", opening, (None,), recalled, in_title=True) == frozenset({2033, 2034})


POLICE_LETTER = """Lincolnshire Police: PEEL cause of concern revisit letter

Published on: 10 March 2024

We revisited Lincolnshire Police in 2023 to review the cause of concern from its PEEL inspection.

Cause of concern

The force doesn't answer emergency calls quickly enough.

Recommendation

By 30 April 2024, the force should make sure its control room is staffed to meet demand.
"""
PEEL_STATEMENT = """Commissioner responds to PEEL report

Lincolnshire Police and Crime Commissioner, 2023

The Police and Crime Commissioner said she was disappointed by the PEEL findings on 999 calls, and that the areas raised by the inspectorate are serious.

She thanked the officers who answer calls every night.

She said she is determined that the force makes improvements, and the Chief Constable will set out a plan to the police and crime panel.
"""


def test_a_reply_on_peel_answers_the_forces_cause_of_concern_revisit(tmp_path: Path) -> None:
    # a force's programmes are one topic (PEEL, its causes of concern, the revisit), and in a
    # reply that states no item, words for all of them take the step it states elsewhere
    write(tmp_path, letter=POLICE_LETTER, statement=PEEL_STATEMENT)
    assert rows_of(run(tmp_path)["crosswalk"], "statement") == {"CoC1": "actioned", "R1": "actioned"}


def test_words_for_all_the_items_without_a_step_acknowledge_them_in_a_reply_that_states_none(tmp_path: Path) -> None:
    # "the areas raised ... are serious" in a reply that states no item is its mention of
    # the items together, with no step: each is acknowledged (NOTES.md, the collective
    # comment rule), as it is when the reply accepts them ("we accept the recommendations")
    statement = PEEL_STATEMENT.replace(
        "She said she is determined that the force makes improvements, and the Chief Constable will set out a plan "
        "to the police and crime panel.", "She said the report was long.")
    write(tmp_path / "a", letter=POLICE_LETTER, statement=statement)
    assert rows_of(run(tmp_path / "a")["crosswalk"], "statement") == {"CoC1": "acknowledged", "R1": "acknowledged"}
    accepted = statement.replace("the areas raised by the inspectorate are serious.",
                                 "the areas raised by the inspectorate are serious. We accept the recommendations.")
    write(tmp_path / "b", letter=POLICE_LETTER, statement=accepted)
    assert rows_of(run(tmp_path / "b")["crosswalk"], "statement") == {"CoC1": "acknowledged", "R1": "acknowledged"}
    # without the words for all the items the reply does not mention them
    silent = statement.replace(", and that the areas raised by the inspectorate are serious.", ".")
    write(tmp_path / "c", letter=POLICE_LETTER, statement=silent)
    assert rows_of(run(tmp_path / "c")["crosswalk"], "statement") == {"CoC1": "unaddressed", "R1": "unaddressed"}


def test_a_response_naming_no_year_links_only_by_the_causes_of_concern_it_names() -> None:
    # no year: the one inspection of the body whose documents are titled by its causes of
    # concern (one set of them is open at a time); another year's report does not count
    letter = LinkKey("inspection", "fire", "Lincolnshire", frozenset({"service_inspection"}), frozenset({2023}), True)
    report = key("inspection", {2019})
    engage = LinkKey("response", "fire", "Lincolnshire", frozenset({"service_inspection"}), frozenset(), True)
    linked = link_responses([group("a", "report"), group("b", "letter"), group("c", "minutes")],
                            {"report": report, "letter": letter, "minutes": engage}, {})
    assert [g.doc_ids for g in linked] == [["report"], ["letter", "minutes"]]
    # naming no year and no cause of concern: the batch's one inspection of its key, when it
    # holds one alone ("the report published today"); with another year's report, no link
    silent = LinkKey("response", "fire", "Lincolnshire", frozenset({"service_inspection"}), frozenset(), False)
    assert [g.doc_ids for g in link_responses([group("b", "letter"), group("c", "minutes")],
                                              {"letter": letter, "minutes": silent}, {})] == [["letter", "minutes"]]
    assert len(link_responses([group("a", "report"), group("b", "letter"), group("c", "minutes")],
                              {"report": report, "letter": letter, "minutes": silent}, {})) == 3
    # two inspections titled by causes of concern, in two years: no link
    older = LinkKey("inspection", "fire", "Lincolnshire", frozenset({"service_inspection"}), frozenset({2018}), True)
    assert len(link_responses([group("a", "old"), group("b", "letter"), group("c", "minutes")],
                              {"old": older, "letter": letter, "minutes": engage}, {})) == 3


def test_a_monitoring_record_of_an_older_inspection_leaves_a_reply_to_the_inspectorate_s_letter() -> None:
    # a tracker of the 2020 inspection's causes of concern beside the 2021 revisit letter: a reply
    # naming no year answers the letter (the one inspection the inspectorate reported on), as it
    # does without the tracker; with no letter in the batch, the record is what the reply answers
    letter = LinkKey("inspection", "fire", "Lincolnshire", frozenset({"service_inspection"}), frozenset({2021, 2022}), True)
    tracker = LinkKey("record", "fire", "Lincolnshire", frozenset({"service_inspection"}), frozenset({2020}))
    silent = LinkKey("response", "fire", "Lincolnshire", frozenset({"service_inspection"}), frozenset(), False)
    keys = {"letter": letter, "tracker": tracker, "reply": silent}
    linked = link_responses([group("a", "tracker"), group("b", "letter"), group("c", "reply")], keys, {})
    assert [g.doc_ids for g in linked] == [["tracker"], ["letter", "reply"]]
    alone = link_responses([group("a", "tracker"), group("c", "reply")], keys, {})
    assert [g.doc_ids for g in alone] == [["tracker", "reply"]]
    # two inspectorate's reports of two years: no link, as before (the record does not decide)
    report = LinkKey("inspection", "fire", "Lincolnshire", frozenset({"service_inspection"}), frozenset({2020}))
    assert len(link_responses([group("a", "tracker"), group("b", "letter"), group("d", "report"), group("c", "reply")],
                              {**keys, "report": report}, {})) == 4


def test_a_reply_reporting_its_body_graded_inadequate_names_its_open_causes_of_concern() -> None:
    from crosswalk.align.link_keys import document_key
    from crosswalk.model import Document, Extracted

    extracted = Extracted("doc", (), (), (), ())
    texts = {"Lincolnshire Police statement on the PEEL report\n\nThe report grades the force as 'inadequate' at responding to the "
             "public. We accept the findings.": True,
             "Lincolnshire Police statement on the PEEL report\n\nThe report grades the force as 'good' at responding to the "
             "public. We accept the findings.": False}
    for text, open_items in texts.items():
        document = Document("doc", "doc.txt", "0", text, (), "text", doc_type="force_response", title=text.split("\n")[0],
                            responding_body="Lincolnshire Police")
        found = document_key(document, extracted)
        assert found is not None and found.open_items == open_items, text


def test_the_key_of_a_response_naming_no_year() -> None:
    from crosswalk.align.link_keys import document_key
    from crosswalk.model import Document, Extracted

    extracted = Extracted("doc", (), (), (), ())
    texts = {"Panel update: the force's progress on its causes of concern\n\nThe Commissioner told the police and crime "
             "panel that the force had made progress.": True,  # names the open causes of concern
             "Panel update on the PEEL report\n\nThe Commissioner told the police and crime panel that the force had "
             "made progress.": True,  # names a report of some year, not which: the batch's one of its key, if one
             "Panel update: causes of concern\n\nThe Commissioner told the police and crime panel in 2019 that the "
             "force had made progress.": True}  # names a year: the year decides
    for text, linked in texts.items():
        document = Document("doc", "doc.txt", "0", text, (), "text", doc_type="pcc_response", title=text.split("\n")[0],
                            responding_body="Lincolnshire")
        found = document_key(document, extracted)
        assert (found is not None) == linked, text
        assert found is None or found.open_items == ("causes of concern" in text)


def test_a_reply_naming_a_revisits_year_answers_the_inspection_revisited() -> None:
    # the 2023 letter on the causes of concern of the 2021 inspection names both years; a
    # force's statement of 2023 names only its own year, and answers it
    letter = key("inspection", {2021, 2023})
    linked = link_responses([group("a", "letter"), group("b", "reply")], {"letter": letter, "reply": key("response", {2023})}, {})
    assert [g.doc_ids for g in linked] == [["letter", "reply"]]
    # a year no document of the inspection names is no link, nor is a year past the window
    for years in ({2022}, {2025}):
        keys = {"letter": key("inspection", {2021, 2025} if years == {2025} else {2021, 2023}), "reply": key("response", years)}
        assert len(link_responses([group("a", "letter"), group("b", "reply")], keys, {})) == 2, years


def test_a_statement_of_the_items_serves_when_the_batch_holds_no_inspection_document() -> None:
    statement = LinkKey("statement", "fire", "Lincolnshire", frozenset({"service_inspection"}), frozenset({2023, 2024}))
    letter = key("inspection", {2023})
    # no inspection of the key: the press story (or a response restating the items) of the same years
    linked = link_responses([group("a", "story"), group("b", "minutes")],
                            {"story": statement, "minutes": key("response", {2023, 2024})}, {})
    assert [g.doc_ids for g in linked] == [["story", "minutes"]]
    # the story was written in 2024 and recalls 2023: a reply naming 2024 alone is of its time
    linked = link_responses([group("a", "story"), group("b", "minutes")],
                            {"story": statement, "minutes": key("response", {2024})}, {})
    assert [g.doc_ids for g in linked] == [["story", "minutes"]]
    # so is one naming an earlier year the story does not recall: each text recalls the rounds it chooses
    linked = link_responses([group("a", "story"), group("b", "minutes")],
                            {"story": statement, "minutes": key("response", {2022, 2024})}, {})
    assert [g.doc_ids for g in linked] == [["story", "minutes"]]
    # one naming 2023 alone (not the year it was written), or later years alone, is of another time
    for years in ({2023}, {2025}):
        assert len(link_responses([group("a", "story"), group("b", "minutes")],
                                  {"story": statement, "minutes": key("response", years)}, {})) == 2, years
    # one naming 2024 beside the later years its plan runs to answers the story of 2024
    linked = link_responses([group("a", "story"), group("b", "plan")],
                            {"story": statement, "plan": key("response", {2019, 2024, 2028})}, {})
    assert [g.doc_ids for g in linked] == [["story", "plan"]]
    # a story of the response's own latest year comes first: the plan meets it alone, not both
    later = LinkKey("statement", "fire", "Lincolnshire", frozenset({"service_inspection"}), frozenset({2028}))
    linked = link_responses([group("a", "story"), group("c", "later"), group("b", "plan")],
                            {"story": statement, "later": later, "plan": key("response", {2019, 2024, 2028})}, {})
    assert sorted(g.doc_ids for g in linked) == [["later", "plan"], ["story"]]
    # another body's story of 2028 is unrelated: the plan still meets its own body's story
    other = replace(later, area="Kent")
    linked = link_responses([group("a", "story"), group("c", "other"), group("b", "plan")],
                            {"story": statement, "other": other, "plan": key("response", {2019, 2024, 2028})}, {})
    assert sorted(g.doc_ids for g in linked) == [["other"], ["story", "plan"]]
    # the inspectorate's own document comes first
    linked = link_responses([group("a", "story"), group("b", "letter"), group("c", "minutes")],
                            {"story": statement, "letter": letter, "minutes": key("response", {2023, 2024})}, {})
    assert [g.doc_ids for g in linked] == [["story"], ["letter", "minutes"]]


def test_an_inspections_causes_of_concern_are_answered_until_the_last_letter_on_them() -> None:
    # the 2019 inspection's causes of concern, revisited by letters up to 2023: a reply naming
    # 2023, or 2019 and 2024, is of their time although it is more than three years after 2019
    def letter(open_items: bool) -> LinkKey:
        return LinkKey("inspection", "fire", "Lincolnshire", frozenset({"service_inspection"}),
                       frozenset({2019, 2021, 2023}), open_items)

    for years in ({2023}, {2019, 2024}):
        keys = {"letter": letter(True), "reply": key("response", years)}
        linked = link_responses([group("a", "letter"), group("b", "reply")], keys, {})
        assert [g.doc_ids for g in linked] == [["letter", "reply"]], years
        # a document not titled by the causes of concern keeps its own year's window
        keys = {"letter": letter(False), "reply": key("response", years)}
        assert len(link_responses([group("a", "letter"), group("b", "reply")], keys, {})) == 2, years
    # nor does the last letter's year stretch the window further
    keys = {"letter": letter(True), "reply": key("response", {2027})}
    assert len(link_responses([group("a", "letter"), group("b", "reply")], keys, {})) == 2


def test_statements_of_one_latest_year_are_one_inspections_and_the_reply_joins_them_all() -> None:
    # a news story naming 2022 and 2023 and a county page recalling the 2021 round as well: both
    # were written in 2023 about the service's round, so a reply naming 2022 and 2023 answers both
    story = LinkKey("statement", "fire", "Lincolnshire", frozenset({"programme"}), frozenset({2022, 2023}))
    page = LinkKey("statement", "fire", "Lincolnshire", frozenset({"programme"}), frozenset({2021, 2022, 2023}))
    reply = LinkKey("response", "fire", "Lincolnshire", frozenset({"programme"}), frozenset({2022, 2023}))
    linked = link_responses([group("a", "story"), group("b", "page"), group("c", "reply")],
                            {"story": story, "page": page, "reply": reply}, {})
    assert [sorted(g.doc_ids) for g in linked] == [["page", "reply", "story"]]
    # statements of a national thematic are not so gathered: each year's may be another report's
    thematic = {name: replace(k, area="national", topic=frozenset({"vetting"})) for name, k in
                (("story", story), ("page", page), ("reply", reply))}
    assert len(link_responses([group("a", "story"), group("b", "page"), group("c", "reply")], thematic, {})) == 3


REAL = Path(__file__).resolve().parents[2] / "corpus" / "real" / "docs"


def test_a_national_reply_answers_the_recommendations_a_news_story_states(tmp_path: Path) -> None:
    # the APCC's reply to the State of Policing names no recommendation; the trade press's
    # story of the report states them, and no inspectorate document is in the batch
    for name in ("gP_resp_apcc_stateofpolicing2022_govmemo", "gB_press_emergencyservicestimes_stateofpolicing2022"):
        (tmp_path / f"{name}.txt").write_text((REAL / f"{name}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    rows = rows_of(run(tmp_path)["crosswalk"], "gP_resp_apcc_stateofpolicing2022_govmemo")
    assert rows and set(rows.values()) <= {"actioned"}, rows


def test_a_fire_service_text_naming_the_inspectorate_and_no_programme_reads_as_its_round() -> None:
    opening = ("Her Majesty's Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) found that the "
               "service needed to improve how it carries out inspections of premises.")
    assert topic_of("Latest fire and rescue report published", opening, "fire") == frozenset({"programme"})
    assert topic_of("Issue details", "In November 2018 HMICFRS inspected the fire and rescue service.", "fire") \
        == frozenset({"programme"})
    # a force answers thematics the cues do not list: the inspectorate's name alone is no topic
    assert topic_of("Statement", "HMICFRS published its report on the force today.", "police") == frozenset()
    assert topic_of("Latest fire and rescue report published", "The service published its plan.", "fire") == frozenset()
    # a named thematic still wins, and the service's graded area "values and culture" names none
    assert topic_of("Values and Culture report and action plan", opening, "fire") == frozenset({"values_culture"})
    assert topic_of("Report", f"{opening} It promotes the right values and culture in the service.", "fire") \
        == frozenset({"programme"})
    assert topic_of("Improvement plan", "Cause for Concern 1 - Preventing Fire and Other Risks", "fire") \
        == frozenset({"programme"})


def test_a_fire_news_story_on_the_inspectorates_report_answers_its_inspection(tmp_path: Path) -> None:
    news = """Lincolnshire Fire and Rescue Service welcomes inspection report

Lincolnshire Fire and Rescue Service has welcomed the report published today by HMICFRS on its 2023 inspection.

The Chief Fire Officer said the service has put a plan in place and will act on the recommendations this year.
"""
    write(tmp_path, letter=LETTER, news=news)
    assert rows_of(run(tmp_path)["crosswalk"], "news") == {"CoC1": "actioned", "R1": "actioned"}


def test_a_national_reply_naming_no_year_links_to_the_lone_national_thematic() -> None:
    # an association's statement on "this report" of vetting names no year, nor does the
    # inspectorate's news page stating its recommendations: the one such inspection in the batch
    def thematic(role: str, years: set[int], area: str = "national") -> LinkKey:
        return LinkKey(role, "police", area, frozenset({"vetting"}), frozenset(years))

    page, reply = thematic("statement", set()), thematic("response", set())
    linked = link_responses([group("a", "page", title="An inspection of vetting"), group("b", "reply")],
                            {"page": page, "reply": reply}, {})
    assert [g.doc_ids for g in linked] == [["page", "reply"]]
    # a reply naming its year meets the page naming none
    linked = link_responses([group("a", "page"), group("b", "reply")], {"page": page, "reply": thematic("response", {2022})}, {})
    assert [g.doc_ids for g in linked] == [["page", "reply"]]
    # a reply naming vetting and counter-corruption answers the one inspection on either
    both = LinkKey("response", "police", "national", frozenset({"vetting", "counter_corruption"}), frozenset({2022}))
    linked = link_responses([group("a", "page"), group("b", "reply")], {"page": page, "reply": both}, {})
    assert [g.doc_ids for g in linked] == [["page", "reply"]]
    # an inspection of one of them dated in a year the reply does not name is none it answers
    # (a 2017 letter on counter-corruption beside a reply naming 2022)
    letter = LinkKey("inspection", "police", "national", frozenset({"counter_corruption"}), frozenset({2017}))
    linked = link_responses([group("a", "page"), group("c", "letter"), group("b", "reply")],
                            {"page": page, "letter": letter, "reply": both}, {})
    assert sorted(g.doc_ids for g in linked) == [["letter"], ["page", "reply"]]
    # another inspection of the thematic in the batch: which one is not known
    keys = {"page": page, "report": thematic("inspection", {2019}), "reply": reply}
    assert len(link_responses([group("a", "page"), group("c", "report"), group("b", "reply")], keys, {})) == 3
    # both naming years that do not meet: no link
    keys = {"report": thematic("inspection", {2019}), "reply": thematic("response", {2024})}
    assert len(link_responses([group("c", "report"), group("b", "reply")], keys, {})) == 2
    # a force's reply to a thematic naming no year: the thematic may be its own inspection's
    keys = {"page": thematic("statement", set(), "Surrey"), "reply": thematic("response", set(), "Surrey")}
    assert len(link_responses([group("a", "page"), group("b", "reply")], keys, {})) == 2


def test_a_county_reply_on_a_thematic_answers_the_national_one_when_the_batch_holds_none_of_its_own() -> None:
    # a county PCC's statement on the 2022 vetting report, whose recommendations are made to
    # every chief constable: the batch holds the inspectorate's news page of it, naming no year
    def thematic(role: str, years: set[int], area: str = "national", topic: str = "vetting") -> LinkKey:
        return LinkKey(role, "police", area, frozenset({topic}), frozenset(years))

    page, reply = thematic("statement", set()), thematic("response", {2022}, "Surrey")
    linked = link_responses([group("a", "page"), group("b", "reply")], {"page": page, "reply": reply}, {})
    assert [g.doc_ids for g in linked] == [["page", "reply"]]
    # a national statement naming the reply's latest year is met as a national body's reply meets it
    keys = {"story": thematic("statement", {2021, 2023}, topic="stop_and_search"),
            "reply": thematic("response", {2018, 2023}, "Bedfordshire", "stop_and_search")}
    assert [g.doc_ids for g in link_responses([group("a", "story"), group("b", "reply")], keys, {})] == [["story", "reply"]]
    # the batch holds a document of the county's own on the thematic (another year's): its own it may be
    keys = {"page": page, "own": thematic("inspection", {2019}, "Surrey"), "reply": reply}
    assert len(link_responses([group("a", "page"), group("c", "own"), group("b", "reply")], keys, {})) == 3
    # a body's own programme is no thematic: a county's PEEL reply never answers a national report
    keys = {"page": LinkKey("statement", "police", "national", frozenset({"programme"}), frozenset({2022})),
            "reply": LinkKey("response", "police", "Surrey", frozenset({"programme"}), frozenset({2022}))}
    assert len(link_responses([group("a", "page"), group("b", "reply")], keys, {})) == 2
    # the thematic named in a commissioner's news opening
    assert topic_of("", "The PCC has welcomed a national report into police forces’ response to group-based child "
                    "sexual exploitation (CSE).", "police") == frozenset({"group_based_cse"})


def test_a_thematic_document_naming_no_year_has_a_key_unless_a_force_restates_it() -> None:
    from crosswalk.align.link_keys import document_key
    from crosswalk.model import Document, Extracted, Item

    text = ("Police vetting standards are not high enough, a new report has found.\n\n"
            "The inspectorate has made recommendations which include:\n\n- updating standards for checks\n")
    item = Item("R1", "recommendation", None, "updating standards for checks", 0, 10, "test")
    extracted = Extracted("doc", (item,), (), (), ())
    for doc_type, role in (("press_article", "statement"), ("inspection_report", "inspection"), ("force_response", None)):
        document = Document("doc", "doc.txt", "0", text, (), "text", doc_type=doc_type, title="An inspection of vetting")
        found = document_key(document, extracted)
        assert (found.role if found else None) == role, doc_type
        assert found is None or found.years == frozenset()


def test_minutes_naming_the_themes_of_the_causes_of_concern_answer_the_letter(tmp_path: Path) -> None:
    # the themes read as items of the minutes' own, but state none of the letter's: the minutes are
    # linked by their key like minutes naming no item
    themed = MINUTES.replace(
        "The service has established",
        "The service received two causes of concern within the areas of Prevention; and Protection. The service has established")
    write(tmp_path, letter=LETTER, minutes=themed)
    rows = rows_of(run(tmp_path)["crosswalk"], "minutes")
    assert {"CoC1", "R1"} <= set(rows)


def test_a_theme_is_a_phrase_in_no_items_voice() -> None:
    assert is_theme("Equality, Diversity and Inclusion (EDI).")
    assert is_theme("how it carries out inspections of premises in the county")
    assert not is_theme("By 1 October 2023, chief fire officers should make sure their services provide a confidential route")
    assert not is_theme("The service should make sure it quality assures its prevention activity, so staff carry out "
                        "safe and well visits to an appropriate standard.")


def test_a_finding_restated_in_the_bodys_voice_is_no_theme() -> None:
    assert not is_theme("The service doesn't keep risk information up to date.")
    assert is_theme("the Service’s risk information process")


def test_a_reply_naming_the_plan_it_put_in_place_answers_every_item(tmp_path: Path) -> None:
    # a reply that states no item and names no item by its kind, but names the plan made
    # in answer to the inspection ("put in place an action plan"): words for all the items
    plain = PEEL_STATEMENT.replace(
        "and that the areas raised by the inspectorate are serious.", "and said so to the chief constable.").replace(
        "She said she is determined that the force makes improvements, and the Chief Constable will set out a plan "
        "to the police and crime panel.", "A new duty manager has been appointed to the control room.")
    write(tmp_path / "a", letter=POLICE_LETTER, statement=plain)
    assert rows_of(run(tmp_path / "a")["crosswalk"], "statement") == {"CoC1": "unaddressed", "R1": "unaddressed"}
    planned = plain.replace("She thanked the officers", "Since then the force has put in place an action plan. She thanked the officers")
    write(tmp_path / "b", letter=POLICE_LETTER, statement=planned)
    assert rows_of(run(tmp_path / "b")["crosswalk"], "statement") == {"CoC1": "actioned", "R1": "actioned"}


ESSEX_REC = """Essex County Fire and Rescue Service

Recommendation 9

By 1 June 2023, chief fire officers should have plans in place to meet the national standard for leaders.

Essex County Fire and Rescue Service action:

The service has put plans in place to meet both standards, and progress is reported to the Continuous Improvement Board.
"""
DEVON_PAGE = """Devon and Somerset Fire and Rescue Service: values and culture update

In March 2023 HMICFRS published its report on values and culture in fire and rescue services.

By 1 June 2023, chief fire officers should make sure every member of staff can raise a concern in confidence.

Devon and Somerset Fire and Rescue Service has published guidance for staff on raising concerns and has appointed an independent confidential reporting line.
"""


def test_services_restating_recommendations_of_one_national_thematic_share_its_register(tmp_path: Path) -> None:
    # each page restates one recommendation made to every chief fire officer, with the
    # report's deadline: each is read against both (the other's is not its answer)
    write(tmp_path, essex=ESSEX_REC, devon=DEVON_PAGE)
    crosswalk = run(tmp_path)["crosswalk"]
    for response in ("essex", "devon"):
        mine = crosswalk[crosswalk["response_doc"] == response]
        assert len(mine) == 2 and set(mine["scope"]) == {"in_scope"}
        assert sorted(mine["status"]) == ["actioned", "unaddressed"]


BERKS_PROGRESS = """Royal Berkshire Fire and Rescue Service: progress on values and culture

In March 2023, HMICFRS published its report on values and culture in fire and rescue services, which contained 35 recommendations.

The service has put in place an action plan for all of the recommendations, and progress is reported to the Fire Authority each quarter.
"""


def test_a_service_reply_restating_none_of_a_national_thematics_recommendations_shares_its_register(tmp_path: Path) -> None:
    # the reply restates no recommendation and the batch holds no inspectorate document of
    # the thematic: it is read against those the other services' pages restate
    write(tmp_path, essex=ESSEX_REC, devon=DEVON_PAGE, berks=BERKS_PROGRESS)
    crosswalk = run(tmp_path)["crosswalk"]
    mine = crosswalk[crosswalk["response_doc"] == "berks"]
    assert len(mine) == 2 and set(mine["scope"]) == {"in_scope"}


CUMBRIA_PROGRESS = """Cumbria Fire and Rescue Service: values and culture progress report

1. Purpose

To inform members of the progress made against the HMICFRS report on values and culture in fire and rescue services, published in March 2023.

2. The service's own inspection

Area for improvement

The service should make sure its prevention work reaches the people most at risk of fire.

Action: a new targeting model has been agreed and is in use by every station.

3. Values and culture

Members noted the progress made against the recommendations, which the leadership team reviews every month.
"""


def test_a_thematic_progress_report_listing_its_own_areas_for_improvement_shares_the_thematics_register(
        tmp_path: Path) -> None:
    # the report restates an area for improvement of the service's own inspection, and none of
    # the thematic's recommendations: it answers the thematic's pool as a reply stating nothing
    # does, and its progress "against the recommendations" answers those it does not restate
    write(tmp_path, essex=ESSEX_REC, devon=DEVON_PAGE, cumbria=CUMBRIA_PROGRESS)
    crosswalk = run(tmp_path)["crosswalk"]
    mine = crosswalk[crosswalk["response_doc"] == "cumbria"]
    recommendations = mine[mine["item_type"] == "recommendation"]
    assert len(recommendations) == 2 and set(recommendations["status"]) == {"actioned"}
    assert list(mine[mine["item_type"] == "area_for_improvement"]["status"]) == ["actioned"]


def test_a_reply_restating_no_recommendation_joins_one_pool_and_never_bridges_two() -> None:
    def pooled(*marks: tuple[str, ...]) -> LinkKey:
        return LinkKey("response", "fire", "national", frozenset({"values_culture"}), frozenset(), pool=frozenset(marks))
    keys = {"essex": pooled(("thematic", "fire", "values_culture", "2023")),
            "devon": pooled(("thematic", "fire", "values_culture", "2023")),
            "later": pooled(("thematic", "fire", "values_culture", "2025")),
            "berks": pooled((ANSWERS, "fire", "values_culture", "2023"), (ANSWERS, "fire", "values_culture", "2024")),
            "both": pooled((ANSWERS, "fire", "values_culture", "2023"), (ANSWERS, "fire", "values_culture", "2025")),
            "alone": pooled((ANSWERS, "fire", "values_culture", "2019"))}
    groups = [group(name, name) for name in keys]
    assert sorted(g.doc_ids for g in pool_responses(groups, keys, {})) == [
        ["alone"], ["both"], ["essex", "devon", "berks"], ["later"]]


NORFOLK_STATEMENT = """Norfolk Fire and Rescue Service statement on the HMICFRS spotlight report into values and culture in fire and rescue services

Norfolk Fire and Rescue Service accepts the recommendations made in the spotlight report.

The service has commissioned an independent review of its culture, and its leaders will report progress to the fire authority.
"""


def test_a_services_reply_naming_no_year_joins_the_one_pool_of_its_thematic(tmp_path: Path) -> None:
    # the statement names neither a year nor a recommendation: the batch's one report on the
    # thematic (the other services' pages, of 2023) is the one it answers
    write(tmp_path, essex=ESSEX_REC, devon=DEVON_PAGE, norfolk=NORFOLK_STATEMENT)
    crosswalk = run(tmp_path)["crosswalk"]
    mine = crosswalk[crosswalk["response_doc"] == "norfolk"]
    assert len(mine) == 2 and set(mine["scope"]) == {"in_scope"}


def test_a_reply_naming_no_year_joins_no_pool_when_another_years_document_is_on_its_thematic() -> None:
    def keyed(role: str, years: set[int], *marks: tuple[str, ...]) -> LinkKey:
        return LinkKey(role, "police", "national", frozenset({"stop_and_search"}), frozenset(years), pool=frozenset(marks))
    pool_2015 = keyed("statement", {2013, 2015}, ("thematic", "police", "stop_and_search", "2015"))
    keys = {"chart": pool_2015, "undated": keyed("response", set())}
    groups = [group(name, name) for name in keys]
    assert sorted(g.doc_ids for g in pool_responses(groups, keys, {})) == [["chart", "undated"]]
    # the 2021 report on the same thematic is in the batch: a reply naming no year may answer either
    keys["report"] = keyed("inspection", {2021})
    groups = [group(name, name) for name in keys]
    assert sorted(g.doc_ids for g in pool_responses(groups, keys, {})) == [["chart"], ["report"], ["undated"]]


def test_a_reply_on_one_thematic_naming_one_year_joins_the_one_pool_of_that_thematic_in_the_window_after() -> None:
    # the forces' pages restating the report's recommendations name the year of their
    # progress (2025); a force's plan names the year the complaint was made (2022)
    def pooled(*marks: tuple[str, ...]) -> LinkKey:
        return LinkKey("response", "police", "national", frozenset({"stalking"}), frozenset(), pool=frozenset(marks))
    keys = {"progress": pooled(("thematic", "police", "stalking", "2025")),
            "plan": pooled((ANSWERS, "police", "stalking", "2022")),
            "older": pooled((ANSWERS, "police", "stalking", "2017")),
            # a page naming two years (a body's list of its inspections) is no reply to one report
            "listing": pooled((ANSWERS, "police", "stalking", "2015"), (ANSWERS, "police", "stalking", "2024"))}
    groups = [group(name, name) for name in keys]
    assert sorted(g.doc_ids for g in pool_responses(groups, keys, {})) == [
        ["listing"], ["older"], ["progress", "plan"]]
    # a pool also on a narrower thematic (police-perpetrated domestic abuse) is on a report
    # a reply naming domestic abuse alone does not name
    keys = {"overview": pooled(("thematic", "police", "domestic_abuse", "2023"),
                               ("thematic", "police", "perpetrated_domestic_abuse", "2023")),
            "blog": pooled((ANSWERS, "police", "domestic_abuse", "2021"))}
    groups = [group(name, name) for name in keys]
    assert sorted(g.doc_ids for g in pool_responses(groups, keys, {})) == [["blog"], ["overview"]]


def test_a_local_bodys_reply_recalling_its_own_rounds_joins_the_thematic_pool_of_the_next_year() -> None:
    # a service's statement on the thematic names it by its aims alone ("values, culture,
    # fairness and diversity") and the years of its own inspections (2019, 2022): the report it
    # answers is the year after the latest of them
    assert topic_of("Statement", "The report aims to help services improve their values, culture, fairness and "
                    "diversity. Our own inspection in 2019 found strong values.", "fire") == frozenset({"values_culture"})

    def reply(area: str, *years: int) -> LinkKey:
        return LinkKey("response", "fire", area, frozenset({"values_culture"}), frozenset(years),
                       pool=frozenset((ANSWERS, "fire", "values_culture", str(y)) for y in years))
    pool = LinkKey("response", "fire", "national", frozenset({"values_culture"}), frozenset(),
                   pool=frozenset({("thematic", "fire", "values_culture", "2023")}))
    keys = {"pages": pool, "humber": reply("Humberside", 2019, 2022),
            # rounds recalled two years and more before the report: not its reply
            "older": reply("Kent", 2018, 2021),
            # a national body has no rounds of its own: two years name no one report
            "council": reply("national", 2019, 2022)}
    groups = [group(name, name) for name in keys]
    assert sorted(g.doc_ids for g in pool_responses(groups, keys, {})) == [
        ["council"], ["older"], ["pages", "humber"]]


def test_a_page_of_a_bodys_series_of_numbered_recommendations_joins_the_one_pool_of_its_siblings() -> None:
    # a body publishes a page per recommendation ("Recommendation 11"); one made "with immediate
    # effect" names no deadline and no thematic, so only its siblings' pool says which report it is of
    def pooled(*marks: tuple[str, ...]) -> LinkKey:
        return LinkKey("pooled", "", "national", frozenset(), frozenset(), pool=frozenset(marks))
    essex, kent = (SERIES, "fire", "Essex"), (SERIES, "fire", "Kent")
    keys = {"rec9": pooled(("deadline", "fire", "1 june 2023"), essex),
            "devon": pooled(("deadline", "fire", "1 june 2023"), ("thematic", "fire", "values_culture", "2023")),
            "rec11": pooled(essex),
            # a series mark bridges no two pools: Kent's pages are on two reports, its third joins neither
            "kent1": pooled(("deadline", "fire", "1 october 2023"), kent),
            "kent2": pooled(("deadline", "fire", "1 february 2025"), kent),
            "kent3": pooled(kent)}
    groups = [group(name, name) for name in keys]
    assert sorted(g.doc_ids for g in pool_responses(groups, keys, {})) == [
        ["kent1"], ["kent2"], ["kent3"], ["rec9", "devon", "rec11"]]


ESSEX_IMMEDIATE = """Essex County Fire and Rescue Service

Recommendation 11

With immediate effect, chief fire officers should tell HMICFRS about every allegation of gross misconduct by a senior officer.

Essex County Fire and Rescue Service action:

The service has told the inspectorate of every case since February 2023, and progress is reported to the Continuous Improvement Board.
"""
ESSEX_ROUND = """Essex County Fire and Rescue Service: our latest inspection

HMICFRS published its report on Essex County Fire and Rescue Service in January 2024. The service was found to be good at preventing fires.

The Chief Fire Officer said the service will act on the findings.
"""


def test_a_numbered_recommendation_page_naming_the_inspectorate_joins_its_series_not_the_round(tmp_path: Path) -> None:
    # the page names HMICFRS only because the recommendation does: it is no statement of the
    # service's own inspection round, and is read with its sibling page's thematic
    write(tmp_path, essex=ESSEX_REC, devon=DEVON_PAGE, immediate=ESSEX_IMMEDIATE, round=ESSEX_ROUND)
    crosswalk = run(tmp_path)["crosswalk"]
    sizes = crosswalk.groupby("response_doc").size().to_dict()
    assert sizes.get("immediate") == 3 and sizes.get("essex") == 3 and sizes.get("devon") == 3
    assert "round" not in sizes
    # a page of two numbered recommendations is no page of the series: it stays apart
    write(tmp_path / "b", essex=ESSEX_REC, devon=DEVON_PAGE,
          immediate=ESSEX_IMMEDIATE + "\nRecommendation 12\n\nThe service has also acted.\n")
    sizes = run(tmp_path / "b")["crosswalk"].groupby("response_doc").size().to_dict()
    assert sizes.get("essex") == 2 and sizes.get("devon") == 2


ESSEX_JOINT = """Essex County Fire and Rescue Service

Recommendation 4

By 1 October 2023, the fire chiefs' national council, working with chief fire officers, should agree with the Home Office how leaders are trained.

Essex County Fire and Rescue Service action:

A full review of leadership training was commissioned and is monitored through the annual plan.
"""


def test_a_numbered_recommendation_page_not_in_the_sectors_voice_joins_its_series(tmp_path: Path) -> None:
    # the recommendation is made to a national body (the chief fire officers only work with it), so
    # it is not worded to every service, and the page names no thematic: its heading alone says it is
    # one of the body's series, and it is read with its siblings' register
    write(tmp_path, essex=ESSEX_REC, devon=DEVON_PAGE, joint=ESSEX_JOINT)
    sizes = run(tmp_path)["crosswalk"].groupby("response_doc").size().to_dict()
    assert sizes.get("joint") == sizes.get("essex") == sizes.get("devon") == 3
    # without a sibling page of its body, it stays apart
    write(tmp_path / "b", devon=DEVON_PAGE, joint=ESSEX_JOINT)
    sizes = run(tmp_path / "b")["crosswalk"].groupby("response_doc").size().to_dict()
    assert sizes.get("devon") == 1


def test_services_restating_recommendations_of_other_deadlines_stay_apart(tmp_path: Path) -> None:
    write(tmp_path, essex=ESSEX_REC.replace("1 June 2023", "1 March 2021"), devon=DEVON_PAGE.replace("values and culture", "training"))
    crosswalk = run(tmp_path)["crosswalk"]
    assert crosswalk.groupby("response_doc").size().to_dict() == {"devon": 1, "essex": 1}


def test_the_inspectorates_page_of_a_fire_service_headed_by_its_rounds_years_is_the_round() -> None:
    # the inspectorate's page of one service names neither the inspectorate nor a programme:
    # its heading, the service and the round's years, says it is the service's round
    finding = "The service should make sure its prevention work is targeted at those most at risk."
    assert topic_of("Exshire 2021/22", finding, "fire") == frozenset({"programme"})
    assert topic_of("Efficiency", "Exshire 2018/19\n" + finding, "fire") == frozenset({"programme"})
    # a year span inside a sentence is no heading, and a police page is not read so
    assert topic_of("Minutes", "The plan for 2021/22 was agreed. " + finding, "fire") == frozenset()
    assert topic_of("Exshire 2021/22", "The force should review its crime plans.", "police") == frozenset()


def test_a_police_text_naming_its_annual_or_routine_inspection_reads_as_its_programme() -> None:
    # a force's statement on "an annual inspection report" or "a routine inspection" is on its
    # own inspection programme (PEEL), though it names neither PEEL nor a thematic
    assert topic_of("Force statement", "The force has welcomed an annual inspection report published today by "
                    "HMICFRS.", "police") == frozenset({"programme"})
    assert topic_of("Statement", "We accept the findings of HMICFRS, which follows a routine inspection.", "police") \
        == frozenset({"programme"})
    assert topic_of("News", "The report follows the latest inspection of the force by HMICFRS.", "police") \
        == frozenset({"programme"})
    assert topic_of("News", "The report relates to the force’s inspection last winter.", "police") \
        == frozenset({"programme"})
    # the inspectorate's name alone is still no topic, and a named thematic still wins
    assert topic_of("Statement", "HMICFRS published its report on the force today.", "police") == frozenset()
    assert topic_of("Custody inspection", "an annual inspection of custody suites", "police") == frozenset({"custody"})


def test_a_peel_cycle_titled_by_its_first_year_is_answered_in_the_next() -> None:
    assert cycle_years("Warwickshire PEEL 2018") == frozenset({2019})
    assert cycle_years("Warwickshire PEEL") == frozenset()  # no year named
    assert cycle_years("Warwickshire Police: cause of concern revisit 2018") == frozenset()  # no cycle's programme
    assert cycle_years("PEEL 2018 and the revisit of 2020") == frozenset()  # two years: which begins the cycle is unsaid
    page = LinkKey("inspection", "police", "Suffolk", frozenset({"programme"}), frozenset({2018}) | cycle_years("Suffolk PEEL 2018"))
    reply = LinkKey("response", "police", "Suffolk", frozenset({"programme"}), frozenset({2019}))
    linked = link_responses([group("a", "page"), group("b", "reply")], {"page": page, "reply": reply}, {})
    assert [g.doc_ids for g in linked] == [["page", "reply"]]
    # an inspection of the reply's own year comes first
    letter = LinkKey("inspection", "police", "Suffolk", frozenset({"programme"}), frozenset({2019}))
    linked = link_responses([group("a", "page"), group("b", "letter"), group("c", "reply")],
                            {"page": page, "letter": letter, "reply": reply}, {})
    assert [g.doc_ids for g in linked] == [["page"], ["letter", "reply"]]


PEEL_PAGE = """Suffolk PEEL 2018

How effectively does the force reduce crime and keep people safe?

Suffolk Constabulary is good at preventing crime and tackling anti-social behaviour.

Areas for improvement

The force should ensure that it allocates each crime to an officer with the training to investigate it.
"""
PEEL_REPLY = """Commissioner responds to the PEEL inspection of Suffolk Constabulary

Published 2 May 2019

The Police and Crime Commissioner said the force has already acted on what the inspectorate found.
"""


def test_a_reply_of_the_next_year_answers_the_peel_page_of_its_cycle(tmp_path: Path) -> None:
    write(tmp_path, page=PEEL_PAGE, reply=PEEL_REPLY)
    assert set(rows_of(run(tmp_path)["crosswalk"], "reply")) == {"AFI1"}
    write(tmp_path, reply=PEEL_REPLY.replace("2019", "2021"))  # past the cycle: another year's report
    assert rows_of(run(tmp_path)["crosswalk"], "reply") == {}


def test_an_inspection_page_whose_items_name_no_addressee_is_of_the_body_its_title_names(tmp_path: Path) -> None:
    # the PEEL page's one finding says "the force needs to"; its title names Warwickshire, and the
    # commissioner's reply of the cycle's second year answers it
    for name in ("hM_insp_peel2018_warwickshire_effectiveness", "gE_resp_warwickshire_pcc_peel2019"):
        (tmp_path / f"{name}.txt").write_text((REAL / f"{name}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert rows_of(run(tmp_path)["crosswalk"], "gE_resp_warwickshire_pcc_peel2019")


def test_a_forces_plan_restating_a_national_thematics_recommendations_answers_its_inspection(tmp_path: Path) -> None:
    # a force's action plan restates two of the 2013 stop and search recommendations made to
    # all forces, in words too far from the register's to join it by them: like a reply naming
    # the thematic and its year, it answers the record of that inspection
    plan, record = "kB_resp_cumbria_stopsearch2013_actionplan2015", "gQ_mon_stopsearch2013_register_scrutiny"
    for name in (plan, record):
        (tmp_path / f"{name}.txt").write_text((REAL / f"{name}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    crosswalk = run(tmp_path)["crosswalk"]
    assert set(crosswalk[crosswalk["response_doc"] == plan]["inspection"]) \
        == set(crosswalk[crosswalk["response_doc"] == record]["inspection"]) != set()


ESSEX_PARTS = """Essex County Fire and Rescue Service

Recommendation 11

With immediate effect, chief fire officers should tell HMICFRS about any allegation of gross misconduct that:

  •  involve claims of a criminal nature that could damage trust in the service;
  •  are of a serious nature; or
  •  concerns a senior officer at any level above station manager.

Essex County Fire and Rescue Service action:

The service has told the inspectorate of every case since February 2023, and progress is reported to the Continuous Improvement Board.
"""


def test_each_part_of_a_restated_recommendation_stays_its_own_register_item(tmp_path: Path) -> None:
    # a short part ("are of a serious nature") is no restatement of its longer sibling, however alike they read
    write(tmp_path, essex=ESSEX_REC, parts=ESSEX_PARTS, devon=DEVON_PAGE)
    crosswalk = run(tmp_path)["crosswalk"]
    mine = crosswalk[crosswalk["response_doc"] == "devon"]
    assert any(text.strip(" ;.") == "are of a serious nature" for text in mine["item_text"]), list(mine["item_text"])
    assert len(mine) == 6


def test_a_report_format_yields_to_the_thematic_named_beside_it() -> None:
    """"Spotlight report" names a report's format: a fire service's reply to "the spotlight
    report into values and culture" answers the values and culture thematic, as a
    restatement naming the subject alone does; with no subject named, the format stays."""
    opening = "The inspectorate wrote a spotlight report on values and culture of the FRS."
    assert topic_of("Report of the chief fire officer", opening, "fire") == frozenset({"values_culture"})
    assert topic_of("Our statement on the Spotlight Report into Values and Culture in Fire and Rescue Services", "",
                    "fire") == topic_of("Values and culture report and action plan", "", "fire")
    assert topic_of("Our response to the spotlight report", "", "police") == frozenset({"peel_spotlight"})


def test_a_reply_on_violence_against_women_and_girls_answers_that_inspection(tmp_path: Path) -> None:
    # a commissioner's reply to "Police response to violence against women and girls" and the
    # inspectorate's page of it, whose opening lists domestic abuse and stalking among the offences it
    # covers: both are of that inspection, as a reply on stalking recalling its force's VAWG strategy is not
    page, reply = "hV_insp_hmicfrs_vawg_engagement2021_page", "hV_resp_hampshire_pcc_vawg2021"
    for name in (page, reply):
        (tmp_path / f"{name}.txt").write_text((REAL / f"{name}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert rows_of(run(tmp_path)["crosswalk"], reply)  # the reply states no item: its rows are the page's
    opening = "Our strategy on violence against women and girls frames the police response to stalking."
    assert topic_of("Reply to the inspection of the police response to stalking", opening, "police") \
        == frozenset({"stalking"})
    assert topic_of("Statement", "We welcome the police response to violence against women and girls report.",
                    "police") == frozenset({"vawg"})


def test_a_reply_naming_only_the_earlier_rounds_year_answers_the_round_after_it() -> None:
    # a council's news story on the service's new report says it improved "since its last
    # inspection in 2019" and names no other year: the 2021 round's report is what it answers
    cue = "The service has made real progress since its last inspection in 2019, the report found."
    assert any(p.search(cue) for p in key_cues().later_round)
    keys = {"page": key("inspection", {2021}), "letter": key("inspection", {2021, 2022}),
            "news": replace(key("response", {2019}), later_round=True)}
    linked = link_responses([group("a", "page"), group("b", "letter"), group("c", "news")], keys, {})
    assert [sorted(g.doc_ids) for g in linked] == [["letter", "news", "page"]]
    # without the cue an earlier year may be that round's own report, absent from the batch: no link
    keys["news"] = key("response", {2019})
    assert len(link_responses([group("a", "page"), group("b", "letter"), group("c", "news")], keys, {})) == 3
    # nor is a round past the window the one after it
    keys["news"] = replace(key("response", {2017}), later_round=True)
    assert len(link_responses([group("a", "page"), group("b", "letter"), group("c", "news")], keys, {})) == 3


def test_a_reply_naming_an_earlier_rounds_year_answers_the_round_after_it_though_the_batch_holds_that_round() -> None:
    # minutes comparing the service's new grades "to 2018" name no other year; the batch holds the
    # inspectorate's page of the 2018/19 round beside the 2021 round's revisit letter: the minutes
    # say 2018 is behind them, so they answer the round after it, not the page of 2018
    keys = {"old": key("inspection", {2018, 2019}), "letter": key("inspection", {2021, 2022}),
            "minutes": replace(key("response", {2018}), later_round=True)}
    linked = link_responses([group("a", "old"), group("b", "letter"), group("c", "minutes")], keys, {})
    assert sorted(sorted(g.doc_ids) for g in linked) == [["letter", "minutes"], ["old"]]
    # without the cue the year named is the report it answers
    keys["minutes"] = key("response", {2018})
    linked = link_responses([group("a", "old"), group("b", "letter"), group("c", "minutes")], keys, {})
    assert sorted(sorted(g.doc_ids) for g in linked) == [["letter"], ["minutes", "old"]]


PLAN = """Lincolnshire Fire and Rescue Service improvement plan 2025

Cause for Concern 1 - Keeping what crews know about the county's riskiest buildings accurate

Action: a new team now checks the records held on each such building every quarter.
"""


def test_a_services_plan_restating_its_cause_of_concern_in_its_own_words_answers_the_inspection(tmp_path: Path) -> None:
    # the plan states the cause of concern in words too far from the letter's to join it by
    # them, and names only its own year: stating a cause of concern names the open causes of
    # concern as a reply naming them does, so it answers the inspection that gave them
    write(tmp_path, letter=LETTER, plan=PLAN)
    crosswalk = run(tmp_path)["crosswalk"]
    texts = list(crosswalk[crosswalk["response_doc"] == "plan"]["item_text"])
    assert any(t.startswith("By 30 April 2024") for t in texts) and any(t.startswith("Keeping what crews") for t in texts)


def test_a_body_restating_items_left_alone_links_as_a_reply_naming_their_themes() -> None:
    keys = {"letter": replace(key("inspection", {2023, 2024}), open_items=True),
            "plan": replace(key("statement", {2025}), open_items=True, restates=True),
            "story": replace(key("statement", {2025}), open_items=True)}
    linked = link_responses([group("a", "letter"), group("b", "plan"), group("c", "story")], keys, {})
    # the body's plan joins the letter; a press story stating items is linked to, never links
    assert sorted(sorted(g.doc_ids) for g in linked) == [["letter", "plan"], ["story"]]


def test_a_year_named_as_the_next_inspections_is_no_time_of_the_text() -> None:
    # minutes of 2022 on the 2021 inspection expect the next one in 2023: naming that year, they
    # would answer a later inspection of the batch (its revisit letter) rather than 2021's
    opening = ("The inspectorate visited the service in spring 2021 and the re-inspection took place in "
               "February 2022. The next full inspection is likely to take place in early 2023.")
    assert years_of("Scrutiny committee: inspection report", opening, ()) == frozenset({2021, 2022})


def test_a_services_plan_restating_only_areas_for_improvement_is_left_alone(tmp_path: Path) -> None:
    # areas for improvement are no open items a plan names its inspection by: a plan restating
    # only those, in words too far from the letter's, is not linked to the letter (such links
    # went to the wrong one of a service's inspections more often than to the right one)
    write(tmp_path, letter=LETTER, plan=PLAN.replace("Cause for Concern 1", "Area for improvement 1"))
    crosswalk = run(tmp_path)["crosswalk"]
    texts = list(crosswalk[crosswalk["response_doc"] == "plan"]["item_text"])
    assert texts and not any(t.startswith("By 30 April 2024") for t in texts)


def test_replies_that_share_a_title_group_join_the_inspection_their_keys_fit() -> None:
    # a body's reply and another page restating the report's recommendation share its title and
    # month, so they form a title group of two with no inspectorate document: together they join
    # the inspection the reply's key fits, as the reply alone would
    keys = {"letter": key("inspection", {2023}), "reply": key("response", {2023}),
            "page": replace(key("response", {2023}), role=POOLED)}
    linked = link_responses([group("a", "letter"), group("b", "reply", "page")], keys, {})
    assert [sorted(g.doc_ids) for g in linked] == [["letter", "page", "reply"]]
    # replies whose keys fit different inspections (of 2023 and of 2021) stay as they are
    keys |= {"old": key("inspection", {2021}), "earlier": key("response", {2021})}
    kept = link_responses([group("a", "letter"), group("o", "old"), group("b", "reply", "earlier")], keys, {})
    assert sorted(sorted(g.doc_ids) for g in kept) == [["earlier", "reply"], ["letter"], ["old"]]


def test_the_culture_of_fire_and_rescue_services_names_the_values_and_culture_thematic() -> None:
    """The thematic's subject is the culture of the fire and rescue services: a national
    body's reply to "the inspectorate's fire services report" that speaks of improving "the
    working culture in the fire and rescue service", or minutes recalling the inspectorate's
    review "on the culture within fire and rescue services", answer it, not the body's own
    round; a service promoting culture in its own ranks names no thematic."""
    thematic = frozenset({"values_culture"})
    assert topic_of("Statement", "Responding to the HMICFRS report on fire services, the association said more must be "
                    "done to improve the working culture in the fire and rescue service.", "fire") == thematic
    assert topic_of("Agenda item", "Members noted that HMICFRS had carried out a review of the culture within Fire and "
                    "Rescue Services in 2023.", "fire") == thematic
    assert topic_of("Report", "HMICFRS found the service promotes a positive culture among its staff.", "fire") \
        == frozenset({"programme"})


def test_a_reply_on_a_thematic_naming_no_body_of_its_own_is_keyed_as_every_bodys() -> None:
    """A commissioner's statement on the inspectorate's vetting thematic that names no body
    (the office's page carries its name only in the site's banner) answers the thematic as
    every force's reply does: it is keyed as a national reply, so it meets the thematic's one
    inspection or pool. Naming a force in its opening, or answering no thematic, it stays
    unlinked: whose reply it is, or to what, is not known."""
    from crosswalk.align.link_keys import document_key
    from crosswalk.model import Document, Extracted

    extracted = Extracted("doc", (), (), (), ())

    def key(text: str) -> LinkKey | None:
        document = Document("doc", "doc.txt", "0", text, (), "text", doc_type="pcc_response", title=text.split("\n")[0])
        return document_key(document, extracted)

    thematic = key("My statement on the inspectorate's report into police vetting\n\nThe report published in 2022 "
                   "makes hard reading for every chief constable and every police officer.")
    assert thematic is not None
    assert (thematic.role, thematic.area, thematic.topic) == ("response", "national", frozenset({"vetting"}))
    for unknown in ("My statement on the inspectorate's report into police vetting\n\nThe report published in 2022 "
                    "says Kent Police must do better.",
                    "My statement on the inspectorate's report\n\nThe report published in 2022 makes hard reading for "
                    "every police officer."):
        found = key(unknown)
        assert found is None or found.role == POOLED, unknown  # at most a pool's mark, never a link of its own


EXSHIRE_SOTERIA = """Exshire Police and Crime Commissioner: Operation Soteria inspection

In 2024 the inspectorate published its findings on how forces have put the Operation Soteria model in place.

By 31 January 2025, chief constables should make sure that every rape investigation is reviewed by a trained supervisor within a week.

Exshire Police has trained all of its investigation supervisors and reviews each case weekly.
"""
CHIEFS_SOTERIA = """Chiefs' council responds to the Soteria inspection

The national policing lead for adult sexual offences said the 2023 launch of the Soteria programme had changed how forces investigate these crimes, and welcomed the inspectorate's report.

Chief constables across the country have committed to building the learning into their investigation teams.
"""


def test_a_national_reply_naming_operation_soteria_answers_the_recommendations_a_force_restates(tmp_path: Path) -> None:
    """Operation Soteria names its thematic as "stalking" or "vetting" does: a national body's
    reply naming it and restating none of its recommendations is read against those a force's
    page restates in the sector's voice (a reply naming no thematic is linked to nothing)."""
    assert topic_of("Statement", "Forces have adopted the Operation Soteria model for rape investigations.",
                    "police") == frozenset({"soteria"})
    write(tmp_path, exshire=EXSHIRE_SOTERIA, chiefs=CHIEFS_SOTERIA)
    crosswalk = run(tmp_path)["crosswalk"]
    assert (crosswalk["response_doc"] == "chiefs").sum() == 1


def test_thematic_programmes_are_named_by_the_words_the_inspectorate_and_replies_use_for_them() -> None:
    """Roads policing, the online sexual abuse of children and abuse of position for a sexual
    purpose are thematics as stalking and vetting are: a
    commissioner's reply naming one answers that report, not the force's own programme, and
    meets the force's record or the inspectorate's letter naming the same thematic."""
    cases = {
        "roads_policing": ("Statement on the inspectorate's roads policing report",
                           "The Commissioner has asked the Chief Constable how the force will respond."),
        "online_child_abuse": ("Commissioner's response", "The report looked at how forces and the national "
                               "agency tackle online child sexual abuse and the harm it causes."),
        "abuse_of_position": ("Commissioner responds",
                              "The inspectorate has reviewed each force's plans to tackle officers who abuse their "
                              "position for a sexual purpose."),
    }
    for name, (title, opening) in cases.items():
        assert topic_of(title, opening, "police") == frozenset({name}), name


def test_a_statement_of_the_items_is_of_the_year_it_was_written_not_the_year_they_are_due() -> None:
    """A commissioner's record restating a thematic's recommendations names the report's month
    and the dates they are due by ("to be delivered by April 2031"): it was written in the
    report's year, so a reply naming that year alone meets it; the due date stays in its pool's
    marks, and an inspection's own years are read as before."""
    from crosswalk.align.link_keys import document_key
    from crosswalk.model import Document, Extracted, Item

    text = ("Inspection response record\n\nThe roads policing report was published in July 2030. Most of its "
            "recommendations are to be delivered by April or August 2031.\n\n"
            "With immediate effect, chief constables should review their road safety plans.\n")
    item = Item("R1", "recommendation", None, "chief constables should review their road safety plans", 0, 10, "test")
    extracted = Extracted("doc", (item,), (), (), ())
    document = Document("doc", "doc.txt", "0", text, (), "text", doc_type="pcc_response", title="Inspection response record")
    found = document_key(document, extracted)
    assert found is not None and found.role == "statement" and found.years == frozenset({2030})
    report = replace(document, doc_type="inspection_report")
    found = document_key(report, extracted)
    assert found is not None and found.role == "inspection" and found.years == frozenset({2030, 2031})


SPAN_LETTER = """Lincolnshire Fire and Rescue Service revisit 2023/24

We revisited Lincolnshire Fire and Rescue Service to check its progress against the cause of concern we identified.

Cause of concern

The service doesn't have an effective process to keep the risk information it holds about high-risk premises up to date.

Recommendation

The service should make sure the risk information its crews use at incidents is accurate and current.
"""
COUNCIL_NEWS = """News

Cabinet agrees extra money for the fire service

Councillors agreed today to fund Lincolnshire Fire and Rescue Service's improvement plan after its HMICFRS report, adding staff and training over three years.

Part of the money pays for the fixes HMICFRS asked of the chief fire officer in January 2024; the rest buys new radios under the Fire Control 2027 Programme.
"""


def test_a_year_span_names_both_its_years_and_a_plans_year_is_no_time() -> None:
    # "2018/19" is a round or a financial year running over both; a year that names a plan,
    # programme or strategy ("the Fire Control 2027 Programme") is not when the text was written
    assert years_of("Exshire Fire and Rescue Service revisit 2023/24", "", (None,)) == frozenset({2023, 2024})
    assert years_of("Exshire 2021-22", "", (None,)) == frozenset({2021, 2022})
    assert years_of("Exshire 2021-25", "", (None,)) == frozenset({2021})  # no span of one year: a range's end is not read
    assert span_ends("Exshire revisit 2018/19, and the plan for 2021-25") == frozenset({2019})
    assert years_of("News", "raised in January 2024, part of the Fire Control 2027 Programme", (None,)) == frozenset({2024})
    assert years_of("News", "towards the Policing Vision 2030 and our Community Risk Management Plan 2024-2028",
                    (None,)) == frozenset()


def test_council_news_naming_the_revisits_second_year_answers_the_inspection_revisited(tmp_path: Path) -> None:
    # the revisit letter is titled by its round's years, "2023/24"; the council's news names
    # January 2024 (and a programme's year, no time of its own): it answers the letter's items
    write(tmp_path, letter=SPAN_LETTER, news=COUNCIL_NEWS)
    rows = rows_of(run(tmp_path)["crosswalk"], "news")
    assert set(rows) == {"CoC1", "R1"}, rows


ASSOCIATION_SUMMARY = """Association of Police and Crime Commissioners response to the stalking super-complaint
Published 9 February 2031
From: the Chair of the Association of Police and Crime Commissioners
To: the Chief Inspector of Constabulary
Your report was sent to every commissioner, and we reply on behalf of them all.
Recommendation 12:
By 30 June 2031, review whether the right specialist advocates have been commissioned to support victims of stalking in their area.
All commissioners accepted the recommendation and are reviewing the services they fund.
"""
FORCE_STALKING_PLAN = """Exshire Constabulary stalking action plan
This plan is our reply to the super-complaint on the police response to stalking, published in 2031.
By 30 June 2031, review and update their training on stalking for call handlers and investigators.
Progress: the force has rewritten its stalking course and will train every investigator by the autumn.
"""


def test_replies_restating_a_thematics_dated_recommendations_under_no_lead_in_share_its_register(tmp_path: Path) -> None:
    # each restates the report's recommendations as "By <date>, <what to do>", the lead-in naming
    # who should do it left out: recommendations to every body of the sector, so each reply is read
    # against the other's too (it answers its own and leaves the other's unaddressed)
    write(tmp_path, association=ASSOCIATION_SUMMARY, force=FORCE_STALKING_PLAN)
    sizes = run(tmp_path)["crosswalk"].groupby("response_doc").size().to_dict()
    assert sizes == {"association": 2, "force": 2}, sizes
    # an item addressed to one body is that body's own, with whatever deadline
    own = FORCE_STALKING_PLAN.replace("By 30 June 2031, review", "By 30 June 2031, Kent Police should review")
    write(tmp_path / "b", association=ASSOCIATION_SUMMARY, force=own)
    sizes = run(tmp_path / "b")["crosswalk"].groupby("response_doc").size().to_dict()
    assert sizes.get("association") == 1, sizes


ASSOCIATION_STATEMENT = """Association of Police and Crime Commissioners statement on the stalking super-complaint
Published 10 July 2031
The joint report on the super-complaint about the police response to stalking made two recommendations to commissioners.
All commissioners have accepted the two recommendations made to them, which are:
The commissioners should make sure that specialist support services for victims of stalking are available in their areas.
The commissioners should make sure that their force works closely with local victim support services.
"""


def test_a_national_bodys_statement_restating_a_thematics_recommendations_shares_its_register(tmp_path: Path) -> None:
    # the association restates the recommendations made to commissioners in its own words: it
    # speaks for every body the thematic was made to, so it joins the register the force's plan
    # restating another of its recommendations shares, as a reply naming the thematic does
    write(tmp_path, association=ASSOCIATION_STATEMENT, force=FORCE_STALKING_PLAN)
    crosswalk = run(tmp_path)["crosswalk"]
    sizes = crosswalk.groupby("response_doc").size().to_dict()
    assert sizes == {"association": 3, "force": 3}, sizes


FORCE_STALKING_MINUTES = """Agenda item 8
The Head of Service reported on the joint report on the super-complaint on the police response to stalking, published in 2032.
Members asked why the deadline of the first recommendation was shown as 30 June 2031 when the action plan gave a later date.
The action plan sets out how every recommendation will be delivered, and progress will be reported to each meeting.
"""


def test_a_reply_naming_a_deadline_of_its_thematics_pool_joins_it(tmp_path: Path) -> None:
    # minutes on the thematic name a year that is no pool's, but a deadline of its recommendations
    # ("30 June 2031"): they answer that report, and join the register its restating replies share
    write(tmp_path, association=ASSOCIATION_SUMMARY, force=FORCE_STALKING_PLAN, minutes=FORCE_STALKING_MINUTES)
    sizes = run(tmp_path)["crosswalk"].groupby("response_doc").size().to_dict()
    assert sizes.get("minutes") == 2, sizes
    # a date that is no deadline of the pool names nothing
    write(tmp_path / "b", association=ASSOCIATION_SUMMARY, force=FORCE_STALKING_PLAN,
          minutes=FORCE_STALKING_MINUTES.replace("30 June 2031", "12 June 2031"))
    sizes = run(tmp_path / "b")["crosswalk"].groupby("response_doc").size().to_dict()
    assert "minutes" not in sizes, sizes


RECORD = """Seeing the harm - the police response to domestic abuse (9120)

Chief constables should make sure that every officer attending a domestic incident is trained to recognise coercive control.

[on]12th March 2019 [status]awaiting-review[/status][/on][on]4th February 2021 [status]being-progressed[/status][/on][on]4th February 2021 [comment]

The force told us that training for response officers will be completed by December 2021.

[/comment][/on]
"""


def test_a_monitoring_records_time_is_when_its_trail_begins(tmp_path: Path) -> None:
    # the register logs a recommendation soon after its report is published: the trail's first
    # date is the inspection's time, where its progress comments name later years
    from crosswalk.align.link_keys import document_key
    from crosswalk.extraction.extract import extract_document
    from crosswalk.ingest import ingest_file

    write(tmp_path, record=RECORD)
    document = ingest_file(tmp_path / "record.txt").document
    assert document is not None
    found = document_key(replace(document, doc_type="monitoring_record"), extract_document(document))
    assert found is not None and found.role == "record" and found.inspection_year == 2019


def test_a_title_naming_the_bodys_own_latest_inspection_outranks_a_thematic_in_the_opening() -> None:
    # a commissioner's reply to "the Constabulary's latest inspection" names one of its findings
    # ("poor crime recording") in its opening: the reply is to the force's own programme
    title = "The Commissioner responds to the Constabulary’s latest inspection"
    opening = "The Commissioner said poor crime recording had been allowed to persist for years."
    assert topic_of(title, opening, "police") == frozenset({"programme"})
    # a title naming no inspection of its own leaves the opening's thematic as before
    assert topic_of("The Commissioner responds", opening, "police") == frozenset({"crime_data_integrity"})
    # and a thematic the title names still wins over its own inspection named beside it
    assert topic_of("The force’s latest inspection: vetting", "", "police") == frozenset({"vetting"})
    # a fire title naming only the inspectorate is no own inspection: the opening's thematic stands
    assert topic_of("HMICFRS report", "the values and culture in fire and rescue services", "fire") \
        == frozenset({"values_culture"})


def test_a_year_the_text_compares_its_body_with_is_no_time_it_is_of() -> None:
    opening = ("The Commissioner said the force was placed in enhanced monitoring today. Lincolnshire Police was left with "
               "300 fewer officers than it had in 2010.")
    assert years_of("Statement on enhanced monitoring", opening, ()) == frozenset()
    assert years_of("Statement", "The force was inspected in 2023.", ()) == frozenset({2023})
    # so a reply naming only such a year names none: it answers its body's open causes of concern
    from crosswalk.align.link_keys import document_key
    from crosswalk.model import Document, Extracted

    text = f"The Commissioner's statement on enhanced monitoring\n\n{opening}"
    document = Document("doc", "doc.txt", "0", text, (), "text", doc_type="pcc_response", title=text.split("\n")[0],
                        responding_body="Lincolnshire")
    found = document_key(document, Extracted("doc", (), (), (), ()))
    assert found is not None and found.years == frozenset() and found.open_items


def test_a_thematic_is_read_by_the_words_its_stories_name_it_with() -> None:
    """The acquisitive crime thematic is named by its crimes as often as by its title: a
    story of "burglary, robbery and theft" is on it, as a force's reply naming the thematic
    is, so the reply can meet the story when the batch holds nothing else of the report."""
    assert topic_of("Police response to burglary, robbery and theft falls short, says watchdog", "", "police") \
        == topic_of("Our response to the thematic on serious acquisitive crime", "", "police") \
        == frozenset({"acquisitive_crime"})


def test_key_limits_are_the_numbers_of_the_file_and_refuse_a_stray_key() -> None:
    """The windows and counts keys are read and joined by are `limits` of
    `inspection_keys.json`, loaded with the cues: each number of the file, no other."""
    from crosswalk.align.inspection_keys import _limits
    from crosswalk.resources import read_json

    entry = read_json("inspection_keys.json")["limits"]
    assert vars(key_cues().limits) == {key: value for key, value in entry.items() if key != "_comment"}
    with pytest.raises(ValueError, match="limits"):
        _limits({**entry, "window_yaers": 3})


def test_a_graded_texts_opening_thematic_is_its_rounds_finding_unless_the_thematic_grades() -> None:
    # a commissioner's reply to the force's graded report names one of its findings (domestic
    # abuse) in its opening: only a body's round (and a thematic that grades, crime recording)
    # grades a force, so the reply is to the force's programme, not a domestic abuse thematic
    from crosswalk.align.link_keys import document_key
    from crosswalk.model import Document, Extracted, Grading

    def key_of(title: str, text: str, graded: str) -> LinkKey | None:
        grading = Grading("Exshire Police", "requires_improvement", graded, "sentence", 0, 10, "test")
        document = Document("doc", "doc.txt", "0", text, (), "text", doc_type="pcc_response", title=title,
                            responding_body="Kent Police")
        return document_key(document, Extracted("doc", (), (replace(grading, subject="Kent Police"),), (), ()))

    opening = ("The Commissioner said the 2023 report graded the police force as requiring improvement and that it must "
               "improve how it supports victims of domestic abuse.")
    found = key_of("Commissioner responds", opening, "responding to the public")
    assert found is not None and found.topic == frozenset({"programme"})
    # ungraded, the opening's thematic stands as before
    assert topic_of("Commissioner responds", opening, "police") == frozenset({"domestic_abuse"})
    # a thematic that grades a force (crime recording) stays the topic, graded or not
    recording = "The Commissioner said the 2023 report graded the police force's crime recording as requiring improvement."
    found = key_of("Commissioner responds", recording, "crime recording")
    assert found is not None and found.topic == frozenset({"crime_data_integrity"})
    # and a thematic the title names stands, graded or not
    found = key_of("Commissioner responds to the domestic abuse report", opening, "responding to the public")
    assert found is not None and found.topic == frozenset({"domestic_abuse"})


def test_a_graded_texts_opening_naming_a_thematic_as_the_reports_subject_keeps_it() -> None:
    # a reply to a thematic that also states its force's current grade: the opening names the
    # thematic as what the report is on ("the report into ... domestic abuse"), so it is the
    # topic, not a finding of the force's round
    opening = ("The Commissioner praised the new national report into how forces respond to domestic abuse. "
               "Exshire Police remains good at protecting vulnerable people.")
    assert topic_of("Commissioner replies to report", opening, "police", graded=True) == frozenset({"domestic_abuse"})
    finding = ("The Commissioner praised the report. Exshire Police remains good at protecting vulnerable people "
               "but must improve how it supports victims of domestic abuse.")
    assert topic_of("Commissioner replies to report", finding, "police", graded=True) == frozenset({"programme"})


@pytest.mark.parametrize(("story", "letter", "reply"), [
    # a local news story of 2024 states two of the force's causes of concern in its own words and
    # names no inspection title; the inspectorate's revisit letter names the inspection's years and
    # the force's statement of 2024 answers it (gold lists both in its alignment, actioned)
    ("gU_press_bnn_notts_engage2024", "hB_insp_notts_peel_coc_revisit_letter2025",
     "iR_resp_notts_force_peel2024_published"),
    # a local story states the fire service's recommendation in a reporter's words and names no
    # year at all; the batch holds one inspection of the service (the inspectorate's progress
    # letter), which the chief fire officer's statement answers (gold: actioned)
    ("gU_press_richmondshire_nyfrs_next_inspection2023", "iT_insp_northyorks_frs_coc_progress_letter2023",
     "gU_resp_nyfrs_cfo_statement2023"),
])
def test_a_news_story_left_alone_joins_the_inspection_its_key_fits_and_its_items_are_answered(
        tmp_path: Path, story: str, letter: str, reply: str) -> None:
    """A press story left alone, dated or naming no year, is of the inspection its key fits: its
    items are that inspection's, and the response linked to the inspection answers them."""
    for name in (story, letter, reply):
        (tmp_path / f"{name}.txt").write_text((REAL / f"{name}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    tables = run(tmp_path)
    register = tables["register"]
    from_story = set(register[register["sources"] == story]["register_id"])
    assert from_story and set(register[register["sources"] == story]["inspection"]) \
        == set(register[register["sources"] == letter]["inspection"])
    answered = tables["crosswalk"][tables["crosswalk"]["response_doc"] == reply]
    assert set(answered[answered["register_id"].isin(from_story)]["status"]) == {"actioned"}


def test_a_news_story_is_no_reply_and_keys_it_second_hand() -> None:
    story = LinkKey("statement", "police", "Nottinghamshire", frozenset({"programme"}), frozenset({2024}),
                    second_hand=True)
    letter = LinkKey("inspection", "police", "Nottinghamshire", frozenset({"programme"}),
                     frozenset({2023, 2024, 2025}), open_items=True)
    linked = link_responses([group("a", "letter"), group("b", "story")], {"letter": letter, "story": story}, {})
    assert [g.doc_ids for g in linked] == [["letter", "story"]]
    # a guard, unchanged by the press's link: a body's own statement of its items is left alone
    # (its rounds and revisits share its key)
    own = replace(story, second_hand=False)
    linked = link_responses([group("a", "letter"), group("b", "story")], {"letter": letter, "story": own}, {})
    assert [g.doc_ids for g in linked] == [["letter"], ["story"]]
    # a story naming no year is linked alone to the one inspection of its key, and no response links to it
    untimed = replace(story, years=frozenset())
    assert untimed.untimed_story and not story.untimed_story
    linked = link_responses([group("a", "letter"), group("b", "story")], {"letter": letter, "story": untimed}, {})
    assert [g.doc_ids for g in linked] == [["letter", "story"]]
    reply = LinkKey("response", "police", "Nottinghamshire", frozenset({"programme"}), frozenset({2024}))
    linked = link_responses([group("b", "story"), group("c", "reply")], {"story": untimed, "reply": reply}, {})
    assert [g.doc_ids for g in linked] == [["story"], ["reply"]]


GLOS_ROUNDS = ("gX_press_hmicfrs_glos_peel2021_news", "gX_press_wiredgov_glos_peel2024",
               "gX_insp_glos_peel_coc_revisit_letter2023", "gA_resp_glos_panel_peel2021")


def test_an_undated_story_of_one_round_is_not_grouped_with_another_rounds_by_the_title_alone(tmp_path: Path) -> None:
    """Every PEEL report of a force since 2021 is titled "An inspection of <force>": the
    inspectorate's undated story of the 2021 report and a dated story of the 2024 one share
    that title but name no year in common, so the 2021 story is not placed with the 2024 one
    by its title; left alone, it joins the 2021 inspection its revisit letter is of, whose
    reply then answers the recommendation only the story states."""
    for doc_id in GLOS_ROUNDS:
        (tmp_path / f"{doc_id}.txt").write_bytes((REAL / f"{doc_id}.txt").read_bytes())
    tables = run(tmp_path)
    register = tables["register"]
    inspection_of = {source: row.inspection for row in register.itertuples() for source in row.sources.split(";")}
    story_2021, story_2024, letter, reply = GLOS_ROUNDS
    assert inspection_of[story_2021] != inspection_of[story_2024]
    assert inspection_of[story_2021] == inspection_of[letter]
    crosswalk = tables["crosswalk"]
    answered = crosswalk[(crosswalk["response_doc"] == reply) & crosswalk["item_text"].str.contains("demand")]
    assert set(answered["status"]) == {"actioned"}


def test_a_thematic_named_only_inside_a_longer_thematic_name_is_not_named() -> None:
    """The Surrey commissioner's page on the police perpetrated domestic abuse super-complaint
    names that report, not also the domestic abuse inspection whose two words its name holds;
    a page naming both in their own words names both."""
    text = (REAL / "gS_resp_surrey_pcc_ppda_supercomplaint.txt").read_text(encoding="utf-8")
    title, _, opening = text.partition("\n")
    assert topic_of(title, opening, "police") == frozenset({"perpetrated_domestic_abuse"})
    assert topic_of("Response", "the police response to domestic abuse and to police perpetrated domestic abuse",
                    "police") == frozenset({"perpetrated_domestic_abuse", "domestic_abuse"})
