"""Statuses from letters of each shape: list-then-answer, accept / decline / note,
references by number, prose news releases, trackers. Each letter runs through the whole
pipeline (ingest, extraction, alignment) as a one-document batch."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from crosswalk.align.citations import cited_labels
from crosswalk.align.evidence.collective import kinds_named, with_coordinated_kind
from crosswalk.align.evidence.passage import SCORES
from crosswalk.align.cues import cue_kinds
from crosswalk.batch.runner import run
from crosswalk.extraction.sentences import split_sentences

OPENING = """Response of the Police and Crime Commissioner for Dorset to the HMICFRS inspection of Dorset Police's response to stalking

Dear Home Secretary,

This is my response under section 55 of the Police Act 1996 to the inspection report published on 4 March 2024.

The report made three recommendations:

• Dorset Police should review how it records breaches of stalking protection orders.
• Dorset Police should train call handlers to recognise patterns of stalking.
• Dorset Police should publish its stalking data every quarter.
"""
CLOSING = """
Yours sincerely,

David Sidwick
Police and Crime Commissioner for Dorset
"""


def crosswalk_of(tmp_path: Path, text: str) -> pd.DataFrame:
    (tmp_path / "letter.txt").write_text(text, encoding="utf-8")
    crosswalk = run(tmp_path)["crosswalk"]
    assert crosswalk["register_id"].str.contains("/").all()  # KEY/R1: unique across a batch
    return crosswalk.set_index(crosswalk["register_id"].str.split("/").str[-1])


def test_a_list_then_answers_under_headings_leaves_the_unanswered_item_unaddressed(tmp_path: Path) -> None:
    text = OPENING + """
Recommendation 1

The force has appointed a stalking coordinator and will audit every breach recorded since 2023 by June 2024.

Recommendation 2

Call handlers will complete new training on stalking patterns by September 2024.
""" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert dict(rows["status"]) == {"R1": "actioned", "R2": "actioned", "R3": "unaddressed"}
    assert rows.loc["R1", "passage"].startswith("The force has appointed")  # the answer, not the list line
    assert rows.loc["R2", "passage"].startswith("Call handlers will complete")
    assert set(rows.loc[["R1", "R2"], "method"]) == {"reference_heading"}


def test_accept_decline_and_note(tmp_path: Path) -> None:
    text = OPENING + """
Recommendation 1

Accepted. The force will audit every breach recorded since 2023 by June 2024.

Recommendation 2

This recommendation is not accepted. The force's call handlers already receive this training and no action will be taken.

Recommendation 3

Accepted in principle. I note the recommendation.
""" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert dict(rows["status"]) == {"R1": "actioned", "R2": "declined", "R3": "acknowledged"}


def test_rejecting_the_ask_but_stating_other_steps_is_actioned(tmp_path: Path) -> None:
    text = OPENING + """
Recommendation 3

This recommendation is not accepted as written. Instead, the force has published a stalking dashboard that is updated every month.
""" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert rows.loc["R3", "status"] == "actioned"
    assert set(rows.loc[["R1", "R2"], "status"]) == {"unaddressed"}


def test_numbered_references_in_running_text(tmp_path: Path) -> None:
    text = OPENING + """
The force has now introduced a weekly audit of breaches of orders under recommendation 1. Recommendations 2 and 3 were discussed with the Chief Constable, who supports them.
""" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert dict(rows["status"]) == {"R1": "actioned", "R2": "acknowledged", "R3": "acknowledged"}
    assert set(rows["method"]) == {"explicit_reference"}


@pytest.mark.parametrize(("text", "labels"), [
    ("Areas for Improvement (AFIs) Nos. 4 & 5", ["AFI4", "AFI5"]),
    ("how AFI No.5, relating to the timeliness", ["AFI5"]),
    ("AFI 7", ["AFI7"]),
    ("Recommendation 1", ["R1"]),
    ("recommendations 1-3", ["R1", "R2", "R3"]),
    ("R4 and R5", ["R4", "R5"]),
    ("The report made 16 recommendations and 5 areas for improvement.", []),
])
def test_citations(text: str, labels: list[str]) -> None:
    assert [label for _, _, label in cited_labels(text)] == labels


def test_sentences_keep_abbreviations_whole() -> None:
    text = "Det. Supt. Jones will lead the review. It reports in May."
    assert [text[s:e] for s, e in split_sentences(text)] == ["Det. Supt. Jones will lead the review.", "It reports in May."]


def test_scores_rank_methods() -> None:
    order = ["reference_heading", "explicit_reference", "table_row", "restatement", "statement_context",
             "scope_heading", "collective_reference", "topic_sentence", "mention"]
    assert [SCORES[m] for m in order] == sorted((SCORES[m] for m in order), reverse=True)
    assert len({SCORES[m] for m in ("reference_heading", "restatement", "statement_context", "topic_sentence")}) == 4
    assert "following_paragraph" not in SCORES  # a prose item's next paragraph is often a quote about something else


def test_response_cues_match_their_examples() -> None:
    for kind in cue_kinds().values():
        assert all(kind.found_in(e) for e in kind.examples), kind.name
        assert not any(kind.found_in(e) for e in kind.counter_examples), kind.name


def test_an_unaddressed_item_gets_a_similarity_suggestion_when_a_paragraph_shares_its_words(tmp_path: Path) -> None:
    """Issue 13: the suggestion never appeared. A paragraph about the item's subject that
    does not name it is offered, scored low, and the status stays unaddressed."""
    text = OPENING + """
Recommendation 1

The force has appointed a stalking coordinator and will audit every breach recorded since 2023 by June 2024.

Recommendation 2

Call handlers will complete new training on stalking patterns by September 2024.

Our figures on stalking are reported to the Police and Crime Panel, and we intend to publish that data every quarter on the website.
""" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert rows.loc["R3", "status"] == "unaddressed"
    assert rows.loc["R3", "method"] == "similarity_suggestion"
    assert 0 < float(rows.loc["R3", "score"]) <= 20


def test_a_list_entry_that_states_an_item_and_goes_on_answers_it(tmp_path: Path) -> None:
    """Minutes that run through a tracker: each entry states the item, then its progress
    in a sentence of its own; an entry with no sentence after the item answers nothing."""
    text = """Agenda item

Inspection update

Minutes:

Members received the update report of the Chief Constable of Dorset Police. The Head of Planning noted that three responses to inspection reports were still open, which included the following:

• Breaches of stalking protection orders to be recorded consistently. A revised recording policy had been approved by the board in May.
• Call handlers to be trained to recognise patterns of stalking. The Chief Superintendent explained that the training would be delivered to every call handler by the end of the year.
• Stalking data to be published every quarter.
"""
    rows = crosswalk_of(tmp_path, text)
    assert dict(rows["status"]) == {"R1": "actioned", "R2": "actioned", "R3": "unaddressed"}
    assert rows.loc["R1", "passage"].startswith("A revised recording policy")


def test_an_item_left_to_the_next_inspection_is_acknowledged(tmp_path: Path) -> None:
    text = OPENING + """
Recommendation 1

The force has appointed a stalking coordinator to review every breach.

Recommendation 2

Training for call handlers was not part of this revisit and will be reviewed during the next full inspection.

Recommendation 3

The force will publish its stalking data every quarter from April 2024.
""" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert dict(rows["status"]) == {"R1": "actioned", "R2": "acknowledged", "R3": "actioned"}


def test_an_item_named_at_the_end_of_a_long_list_entry_is_stated_in_prose(tmp_path: Path) -> None:
    """Points noted in minutes are list entries; an item named inside one is answered by
    its own sentence there, not by the next point."""
    text = """Agenda item

Inspection update

Minutes:

The Police and Crime Panel considered a report of the Police and Crime Commissioner for Dorset on the inspection of Dorset Police.

Arising from discussions the following points were noted:

(i) The Commissioner would hold the force to account at the assurance board. Dorset Police had started a review with the inspectorate of the area for improvement regarding the service to victims.
(ii) The inspectorate would carry out a further inspection next year, which may come too soon to show results.
"""
    rows = crosswalk_of(tmp_path, text)
    assert rows["status"].tolist() == ["actioned"]
    assert not rows["passage"].iloc[0].startswith("The inspectorate would carry out")


def test_a_list_entry_opening_with_a_long_label_still_restates_its_item(tmp_path: Path) -> None:
    text = OPENING.split("The report made")[0] + """The report made one recommendation, which I restate here:

• Recommendation 1, as set out on page 14 of the report: Dorset Police should review its records.

The force has appointed a stalking coordinator who now audits every breach recorded since 2023.
""" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert rows["status"].tolist() == ["actioned"]
    assert rows["method"].tolist() == ["restatement"]


def test_a_table_of_verdict_codes_answers_no_item(tmp_path: Path) -> None:
    """A summary table gives each recommendation a code ("F" accepted in full, "P" in
    principle): a key to look up, not a passage. The item answered in prose under its
    own heading is actioned from there; the one with a code alone is answered only by the
    words for all ("accepts the recommendations"), never by its "P"."""
    page = """<html><body><h1>Government response to the inspection of stalking</h1>
<p>The government accepts the recommendations in full (F) or in principle (P).</p>
<table><tr><th>Recommendation</th><th>UK Government</th></tr>
<tr><td>Recommendation 1: Dorset Police should review how it records breaches of stalking protection orders.</td><td>F</td></tr>
<tr><td>Recommendation 2: Dorset Police should train call handlers to recognise patterns of stalking.</td><td>P</td></tr>
</table>
<h2>Recommendation 1</h2>
<p>The force has appointed a stalking coordinator and will audit every breach recorded since 2023 by June 2024.</p>
</body></html>"""
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    crosswalk = run(tmp_path)["crosswalk"]
    rows = crosswalk.set_index(crosswalk["register_id"].str.split("/").str[-1])
    assert rows.loc["R1", "status"] == "actioned" and rows.loc["R1", "method"] == "reference_heading"
    assert rows.loc["R2", "method"] == "collective_reference" and rows.loc["R2", "passage"] != "P"


def test_the_answer_after_a_restated_concern_and_its_recommendations_answers_them_all(tmp_path: Path) -> None:
    text = """Response of the Police and Crime Commissioner for Dorset to the HMICFRS revisit letter

Dear Home Secretary,

I write about the revisit letter published last month. The concern and its recommendation are set out below:

Cause of concern

The force needs to improve how it supervises investigations of stalking offences.

Recommendation:

Dorset Police should, within six months:

  • make sure every stalking investigation has a plan reviewed by a supervisor; and
  • make sure victims of stalking are updated on their case every month.

I am pleased that the inspectorate found that the force has made considerable progress on each of these points.
""" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert len(rows) == 4  # the concern, the recommendation's lead-in and its two parts
    assert set(rows["status"]) == {"actioned"}
    assert set(rows["passage"].str[:27]) == {"I am pleased that the inspe"}  # not a heading, a title or the lead-in


def test_a_monitoring_record_without_markup_answers_every_item_it_states(tmp_path: Path) -> None:
    text = """Cause of concern

The force's approach to missing children is not good enough and leaves some children at risk.

• The force should immediately review how it grades reports of missing children. • The force should make sure that every missing child is spoken to when they return.

The force has responded positively to this recommendation and has achieved it in full. Every returning child is now offered an interview.

This recommendation is complete
"""
    rows = crosswalk_of(tmp_path, text)
    assert len(rows) == 3
    assert set(rows["status"]) == {"actioned"}
    assert set(rows["method"]) == {"monitoring_comment"}


def test_a_register_entry_whose_status_is_complete_is_actioned(tmp_path: Path) -> None:
    text = ("An inspection of call handling (1234)\n\nBy 31 March 2016, all forces should review how they "
            "answer non-emergency calls.\n\n[on]4th September 2015 [status]awaiting-review[/status][/on]"
            "[on]9th June 2017 [status]complete[/status][/on][on]9th June 2017 [comment]\n\nA review of the "
            "call centre found no calls left unanswered for more than an hour.\n\n[/comment][/on]")
    rows = crosswalk_of(tmp_path, text)
    assert list(rows["status"]) == ["actioned"]
    assert list(rows["method"]) == ["monitoring_comment"]


def test_a_register_comment_on_this_recommendation_answers_the_entrys_recommendation_too(tmp_path: Path) -> None:
    """A register entry states a cause of concern and the recommendation set to remedy it;
    a comment that cites no number answers the cause, and, when it names "this
    recommendation", the entry's recommendation as well."""
    text = ("Cause of concern\n\nHMIC found that in many forces the approach to missing children leaves some "
            "children at risk of harm.\n\nImmediately, all forces should review how they grade reports of missing "
            "children and make sure every returning child is spoken to.\n\n[on]3rd March 2017 "
            "[status]awaiting-review[/status][/on][on]9th June 2018 [comment]\n\nA new grading policy is in place "
            "and every returning child is offered an interview. This recommendation is therefore complete.\n\n"
            "[/comment][/on]")
    rows = crosswalk_of(tmp_path, text)
    assert len(rows) == 2
    assert set(rows["status"]) == {"actioned"}
    assert set(rows["method"]) == {"monitoring_comment"}


def test_a_register_comment_answers_an_entry_of_one_recommendation_as_a_whole(tmp_path: Path) -> None:
    """A register entry of one cause of concern and the one recommendation set to remedy
    it is answered as a whole by its comment: the cause and the recommendation take the
    comment's status, even when the comment names no recommendation of its own and speaks
    of somebody else's ("the College of Policing recommendations ... are awaited")."""
    text = ("Cause of concern\n\nHMIC found that in many forces the approach to missing children leaves some "
            "children at risk of harm.\n\nImmediately, all forces should review how they grade reports of missing "
            "children and make sure every returning child is spoken to.\n\n[on]3rd March 2017 "
            "[status]awaiting-review[/status][/on][on]9th June 2018 [comment]\n\nA new grading policy is in place. "
            "The College of Policing recommendations on missing persons are awaited.\n\n[/comment][/on]")
    rows = crosswalk_of(tmp_path, text)
    assert sorted(rows["item_type"]) == ["cause_of_concern", "recommendation"]
    assert set(rows["method"]) == {"monitoring_comment"}
    assert rows["status"].nunique() == 1


def test_a_register_comment_on_one_of_several_recommendations_answers_only_the_cause(tmp_path: Path) -> None:
    """An entry of a cause and several recommendations: a comment that gives news of one
    of them (here the crime recording one) without naming "this recommendation" does not
    answer each of them, so it is the cause's answer only."""
    text = ("Cause of concern: We are concerned that forces deal with breaches of court orders one at a time and "
            "miss the wider pattern of harm.\n\nRecommendations: Within six months chief constables should make sure "
            "that forces record a crime when a victim reports a breach of an order.\n\nWithin six months chief "
            "constables should make sure that officers treat every breach as part of a wider pattern of offending."
            "\n\n[on]10th April 2019 [status]awaiting-review[/status][/on][on]4th June 2019 [comment]\n\nThe force "
            "has asked the Home Office to clarify the crime recording rules and awaits a reply.\n\n[/comment][/on]")
    rows = crosswalk_of(tmp_path, text)
    by_type = rows.groupby("item_type")["method"].agg(list).to_dict()
    assert by_type["cause_of_concern"] == ["monitoring_comment"]
    assert len(by_type.get("recommendation", [])) == 2
    assert "monitoring_comment" not in by_type["recommendation"]


def test_answers_under_a_response_heading_below_each_item(tmp_path: Path) -> None:
    text = """Dorset Police response to the HMICFRS PEEL inspection

Area for improvement 1
The force should improve how it responds to calls for service.
Force response
A new call handling model went live in March and answer times are monitored weekly.

Area for improvement 2
The force should improve how it supervises investigations.
Force response
We recognise this finding.

Area for improvement 3
The force should make sure it records equality data.
Force response
We do not accept this area for improvement.
"""
    rows = crosswalk_of(tmp_path, text)
    assert dict(rows["status"]) == {"AFI1": "actioned", "AFI2": "acknowledged", "AFI3": "declined"}
    assert rows.loc["AFI2", "passage"] == "We recognise this finding."  # under the heading, not the heading


def test_minutes_reporting_on_each_labelled_item_in_its_paragraph(tmp_path: Path) -> None:
    text = """Minutes of the Police and Crime Panel meeting

Present: Councillor A. Person (Chair)

6. HMICFRS PEEL inspection of Dorset Police: progress update

Cause of concern: the force needs to improve how it answers calls from the public. Members were informed that a new call handling model had been introduced in March.

Area for improvement: the force should improve its use of stop and search. The Panel noted that the report had been discussed.

RESOLVED that the update be noted.
"""
    rows = crosswalk_of(tmp_path, text)
    assert sorted(rows["item_text"]) == ["the force needs to improve how it answers calls from the public.",
                                         "the force should improve its use of stop and search."]
    assert dict(zip(rows["item_type"], rows["status"])) == {"cause_of_concern": "actioned",
                                                            "area_for_improvement": "acknowledged"}


def test_accepted_in_principle_and_only_considered_or_promised_on_a_condition_is_acknowledged(tmp_path: Path) -> None:
    """Deliberation ("will consider", "is being considered"), a promise that waits on
    somebody else's decision ("if Parliament decided to ..., the government would ...")
    and the report's own words ("The report suggests that ... could") state no step
    (House of Commons Library briefing CBP-10081, section 3.1: gold says acknowledged)."""
    text = OPENING + """
Recommendation 1

Accepted in principle. The force will consider ways to embed the learning in its guidance.

Recommendation 2

Accepted in principle. I said that if the panel decided to adopt the proposals, the force would publish its reasons.

Recommendation 3

The report suggests that publishing the data could help to address the concerns of victims. The proposals are being considered by the force.
""" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert dict(rows["status"]) == {"R1": "acknowledged", "R2": "acknowledged", "R3": "acknowledged"}


def test_considering_and_then_taking_action_is_actioned(tmp_path: Path) -> None:
    """"Consider ... and take the necessary action" is a step (the Lancashire response's
    gold commitment), as is a regulator that will "consider under" its framework."""
    text = OPENING + """
Recommendation 1

We will consider each of these and will take the necessary action to ensure relevant issues are addressed.

Recommendation 2

As part of its assessment framework, the force will consider under a quality statement whether call handlers are trained.

Recommendation 3

The force will publish its stalking data every quarter from April 2024.
""" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert dict(rows["status"]) == {"R1": "actioned", "R2": "actioned", "R3": "actioned"}


def test_an_oversight_step_before_a_restated_list_answers_each_item_the_report_explains(tmp_path: Path) -> None:
    # each item is followed only by the report's explanation of it (no step): the PCC's words
    # for all of them, before the list, are the answer
    text = """Response of the Police and Crime Commissioner for Dorset to the HMICFRS PEEL inspection

Dear Home Secretary,

I welcome the report. I have held the chief constable to account on these issues at my monthly performance board. The areas for improvement are:

1. The force needs to improve how it answers calls for service from the public.

Dorset Police is missing opportunities to identify vulnerable callers at first contact.

2. The force needs to improve how it supervises investigations of crime.

Too many investigations are not supervised well enough and victims are not kept informed.
""" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert len(rows) == 2
    assert set(rows["status"]) == {"actioned"}
    assert set(rows["passage"].str[:28]) == {"I have held the chief consta"}


def test_an_acceptance_in_the_items_own_place_is_its_answer_not_the_step_before_the_list(tmp_path: Path) -> None:
    # each item is followed by the responder's acceptance of it, with no step: the item is
    # answered in its own place, so the oversight step before the list is not its answer
    # (it used to be, and made both items actioned)
    text = """Response of the Police and Crime Commissioner for Dorset to the HMICFRS PEEL inspection

Dear Home Secretary,

I welcome the report. I have held the chief constable to account on these issues at my monthly performance board. The areas for improvement are:

1. The force needs to improve how it answers calls for service from the public.

I accept this area for improvement and fully support the inspectorate's view of it.

2. The force needs to improve how it supervises investigations of crime.

I accept this area for improvement and fully support the inspectorate's view of it.
""" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert len(rows) == 2
    assert set(rows["status"]) == {"acknowledged"}
    assert set(rows["passage"].str[:8]) == {"I accept"}


def test_a_trackers_status_cell_under_an_action_cell_answers_the_item_above(tmp_path: Path) -> None:
    text = """Response of the Police and Crime Commissioner for Dorset to the HMICFRS inspection

This page details our response to these recommendations:

Dorset Police should review how it records breaches of stalking protection orders.

Action taken

xxx

Status: In progress

Dorset Police should train call handlers to recognise patterns of stalking.

Action taken

xxx

Status: Not started
""" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert rows.loc["R1", "status"] == "actioned"
    assert rows.loc["R1", "passage"] == "Status: In progress"
    assert rows.loc["R1", "method"] == "tracker_status"


def test_a_tracker_that_prints_each_status_after_its_item_keeps_that_layout(tmp_path: Path) -> None:
    """The status line right before the second item is the first item's: once a status is
    found after its item, the lines before the next item are not read; the last item,
    whose cells the page cut, has no status of its own."""
    text = """Response of the Police and Crime Commissioner for Dorset to the HMICFRS inspection

Cause for concern

Dorset Police should review how it records breaches of stalking protection orders.

Action taken

Status: Completed

Dorset Police should train call handlers to recognise patterns of stalking.

Action taken

Status: In progress

Dorset Police should publish its stalking data every quarter.
"""
    rows = crosswalk_of(tmp_path, text)
    by_text = rows.set_index(rows["item_text"].str.split().str[3])
    assert by_text.loc["review", "passage"] == "Status: Completed"
    assert by_text.loc["train", "passage"] == "Status: In progress"
    assert by_text.loc["publish", "method"] != "tracker_status"


def test_a_practice_already_in_place_is_a_step(tmp_path: Path) -> None:
    """"This already takes place ..." answers a restated item with a step in place."""
    text = OPENING + """
Recommendation 1

This already takes place through the monthly assurance board chaired by my office.

Recommendation 2

I note this recommendation.
""" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert rows.loc["R1", "status"] == "actioned"
    assert rows.loc["R2", "status"] == "acknowledged"


def test_the_responders_own_account_of_its_practice_under_an_item_is_a_step(tmp_path: Path) -> None:
    """Prose of the responder's own under an item, with no step cue, acceptance or refusal,
    tells what it does ("Call handlers receive ... every spring"): actioned. The report's
    words restated there (a directive, the inspectors' findings) and a bare note are not."""
    text = OPENING + """
Recommendation 1

Every breach of a protection order is logged by the case team and checked by a sergeant within two working days of the report.

Recommendation 2

Call handlers should be able to spot a pattern of repeat calls, so the inspectors found the training lacking in places.

Recommendation 3

I note this recommendation.
""" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert rows.loc["R1", "status"] == "actioned"
    assert rows.loc["R1", "passage"].startswith("Every breach of a protection order")
    assert rows.loc["R2", "status"] != "actioned"
    assert rows.loc["R3", "status"] == "acknowledged"


def test_the_responders_own_will_and_acting_on_the_recommendations_together(tmp_path: Path) -> None:
    """"We will act on the recommendations" answers every stated item at once, with a step."""
    text = OPENING + """
The commissioner said: "We welcome the report and we will act on the recommendations within it."
""" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert set(rows["status"]) == {"actioned"}
    assert cue_kinds()["collective"].found_in("We will act on the recommendations within it.")
    assert not cue_kinds()["intent"].found_in("Forces will need to act on the recommendations.")


def test_items_set_out_in_one_sentence_are_restated_not_answered(tmp_path: Path) -> None:
    """"Areas for improvement include A; B; and C." restates the report; with nothing
    after it, each item is unaddressed, not acknowledged by being named."""
    text = """Response of the Chief Fire Officer of Dorset and Wiltshire Fire and Rescue Service to the HMICFRS inspection

The inspection report was published today. Areas for improvement include using its risk plan to keep the public safe from the risks it identified; and evaluating its prevention work to understand the benefits better.

I am proud of the staff who took part in the inspection.

Yours sincerely,

Ben Ansell
Chief Fire Officer, Dorset and Wiltshire Fire and Rescue Service
"""
    rows = crosswalk_of(tmp_path, text)
    assert len(rows) == 2
    assert set(rows["status"]) == {"unaddressed"}


def test_a_paragraph_after_items_stated_in_prose_answers_them_with_a_step(tmp_path: Path) -> None:
    """Items named in a sentence of prose, then a paragraph of steps that names no item:
    the paragraph answers them together."""
    text = """Response of the Police and Crime Commissioner for Dorset to the HMICFRS inspection of Dorset Police's response to stalking

Dear Home Secretary,

The report found that victims were often let down. It makes a number of recommendations, including around the recording of breaches of orders and increasing the use of arrest against offenders.

Work is already under way to make improvements, with a new stalking unit opening across the county this spring.
""" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert len(rows) == 2
    assert set(rows["status"]) == {"actioned"}
    assert set(rows["method"]) == {"list_answer"}
    assert set(rows["passage"].str[:16]) == {"Work is already "}


def test_a_commitment_two_paragraphs_after_items_stated_in_prose_answers_them(tmp_path: Path) -> None:
    """Items named in prose, a paragraph of the report's praise with no step, then the
    commissioner's own commitment: the commitment answers them together."""
    text = """Commissioner demands faster progress from Dorset Police

The inspection report made recommendations for the force around the recording of breaches of orders and increasing the use of arrest against offenders.

Inspectors also noted some good work with partner agencies across the county.

The Commissioner will meet the Chief Constable every month to check progress against a written plan.
"""
    rows = crosswalk_of(tmp_path, text)
    assert len(rows) == 2
    assert set(rows["status"]) == {"actioned"}
    assert set(rows["method"]) == {"list_answer"}
    assert set(rows["passage"].str[:20]) == {"The Commissioner wil"}


def test_a_status_under_its_label_after_the_answer_is_the_items_not_the_next(tmp_path: Path) -> None:
    """A service's tracker page: item, the action taken in prose, then "Status" over its
    value. The value belongs to the item above it; the next item, cut before its own
    answer, borrows nothing from it."""
    text = """Dorset and Wiltshire Fire and Rescue Service: our response to the HMICFRS inspection

The HMICFRS report contained two areas for improvement. This page sets out our progress against them.

Area for improvement

The service should make sure its staff understand how to safeguard vulnerable people.

What we did

We reviewed our safeguarding course and will train every crew in the new approach this winter.

Status

On track

Area for improvement

The service should make sure it audits its fire safety checks to one standard.
"""
    rows = crosswalk_of(tmp_path, text)
    assert len(rows) == 2
    first, second = rows.sort_values("item_text").index  # "...audits..." before "...staff..."
    assert rows.loc[second, "status"] == "actioned"
    assert rows.loc[second, "passage"] == "On track"
    assert rows.loc[first, "status"] == "unaddressed"


@pytest.mark.usefixtures("cue_doc_types")
def test_a_news_title_naming_the_force_is_no_scope_heading(tmp_path: Path) -> None:
    """A PCC's news page titled after its force: the title says what the page is about, so
    the whole page is not an answer to every item for that force; the words after the
    items answer them ("made changes" is a step)."""
    text = """Commissioner welcomes inspection report on Dorset Police

Police and Crime Commissioner David Sidwick has welcomed a report by His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) on Dorset Police.

The report found the force should improve in two areas:

• The force should improve how it supervises investigations.
• The force should make sure it records crimes accurately.

Mr Sidwick said: "The force has already made changes to address both issues."
"""
    rows = crosswalk_of(tmp_path, text)
    assert len(rows) == 2
    assert set(rows["status"]) == {"actioned"}
    assert "scope_heading" not in set(rows["method"])


@pytest.mark.parametrize("answer", ["The force has stopped recording breaches on paper.",
                                    "The constabulary has continued the quarterly audit of breaches."])
def test_a_change_already_made_actions_the_item(tmp_path: Path, answer: str) -> None:
    """A step taken is told in the perfect of any verb of change, not only of the verbs
    of setting up ('has introduced'): stopping a practice, continuing one."""
    text = OPENING + "\nRecommendation 1\n\n" + answer + "\n" + CLOSING
    assert crosswalk_of(tmp_path, text).loc["R1", "status"] == "actioned"


@pytest.mark.parametrize("sentence, found", [
    ("The chief officer set out how the force is addressing the findings of the review.", True),
    ("Officers will work with partners to resolve the areas of concern this year.", True),
    ("The service has reported advancement in all areas highlighted as risks last spring.", True),
    ("The commissioner said she welcomed the findings of the review.", False),
])
def test_words_for_all_the_findings_or_areas_of_concern_answer_every_item(sentence: str, found: bool) -> None:
    """Acting on "the findings" or "the areas of concern" (or reporting on "all areas
    highlighted as" them) answers every item of the inspection at once; welcoming the
    findings only acknowledges them, so those words are no collective answer."""
    assert cue_kinds()["collective"].found_in(sentence) is found


def test_reported_advancement_is_progress() -> None:
    assert cue_kinds()["progress"].found_in("The force reported advancement in its call handling.")


@pytest.mark.parametrize("sentence, found", [
    ("The commissioner is assured the identified shortcomings are being put right.", True),
    ("The new chief officer knows what needs to improve in the control room.", True),
    ("Inspectors also saw opportunities for further improvement, which our plan covers.", True),
    ("The report found shortcomings in how the force records crime.", False),
    ("The report lists areas for improvement in call handling.", False),
])
def test_words_for_the_reports_shortcomings_answer_every_item(sentence: str, found: bool) -> None:
    """"The perceived shortcomings", "what needs to improve", "opportunities for further
    improvement" name the report's findings all together in a response (a PCC reassured
    they are addressed, a chief officer who knows what needs to improve); shortcomings
    "in" something are a finding, not the items."""
    assert cue_kinds()["collective"].found_in(sentence) is found


@pytest.mark.parametrize("sentence, found", [
    ("The inspectorate made a number of recommendations about how we answer calls.", True),
    ("HMICFRS identified 11 areas for improvement in its report on the service.", True),
    ("Officers are working through the changes that need to be made to investigations.", True),
    ("We have been tackling several areas that needed attention since the visit.", True),
    ("The revisit letter noted ‘good progress’ against previously raised concerns.", True),
    ("The changes to the rota begin in May.", False),
    ("There are areas of the county that need more patrols.", False),
])
def test_a_count_of_the_reports_items_or_the_changes_it_needs_names_them_all(sentence: str, found: bool) -> None:
    """A response that states none of an inspection's items still names them all when it
    counts them ("made a number of recommendations", "identified 11 areas for
    improvement"), or calls them the changes or the areas that need work, or reports
    progress against the concerns raised: with a step anywhere, each item is actioned."""
    assert cue_kinds()["collective"].found_in(sentence) is found


def test_a_shortened_will_and_issues_that_will_have_been_addressed_are_steps() -> None:
    assert cue_kinds()["intent"].found_in("Over the next two years we’ll deliver the improvement plan.")
    assert not cue_kinds()["intent"].found_in("We'll consider what the report says.")
    assert cue_kinds()["progress"].found_in("The inspectors noted these gaps will have been addressed by May.")
    assert not cue_kinds()["progress"].found_in("The gaps have not been addressed.")


def test_a_commissioner_reassured_the_shortcomings_are_being_addressed_actions_each_item(tmp_path: Path) -> None:
    """Words for all the report's findings that report them in hand ("the shortcomings are
    being addressed") answer every item the response states, with a step."""
    text = OPENING + """
The commissioner's view

I meet the chief constable every month, and I am satisfied that the shortcomings are being addressed.
""" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert dict(rows["status"]) == {"R1": "actioned", "R2": "actioned", "R3": "actioned"}
    assert set(rows["method"]) == {"collective_reference"}


def test_an_item_led_into_the_next_one_shares_its_answer(tmp_path: Path) -> None:
    """"The first was that A and the second was that B. <steps>": the words between A and
    B lead in to B; they do not answer A, which is listed with B and answered with it."""
    text = """Fire and rescue scrutiny committee: inspection feedback

Members were told that the service had been given two causes of concern after the inspection in 2021. The first was that not enough had been done to embed its values and behaviours and the second was that not enough had been done to promote equality and inclusion. In response, the service will deliver an improvement plan, which the inspectorate signed off in March 2022.
"""
    rows = crosswalk_of(tmp_path, text)
    assert len(rows) == 2
    assert set(rows["status"]) == {"actioned"}
    assert set(rows["passage"].str[:15]) == {"In response, th"}


def test_an_item_under_its_label_heading_in_its_own_subjectless_form(tmp_path: Path) -> None:
    """A heading that only labels an item ("Recommendation 2:", "Recommendation 3: To
    Chief Constables") over a timed ask or a quotation, with no subject of its own: those
    paragraphs (and the asking one after) are the item; the answer follows."""
    text = """Response of the Association of Police and Crime Commissioners to the super-complaint report on stalking

Recommendation 2:

By 27 March 2025, review whether the right specialist services have been commissioned to support stalking victims in each area.

Commissioners should provide the necessary services where they do not exist.

All 43 commissioners accepted the recommendation.

Recommendation 3: To Chief Constables

“As an interim measure, where officers have doubts about a victim’s status, they stop sharing information on victims. Instead, officers should refer the victim to a third party for advice.”

Our response

The force changed its practice at once and has trained every call handler in the new approach.
"""
    rows = crosswalk_of(tmp_path, text)
    stated = rows[rows["item_text"].str.startswith(("By 27 March", "As an interim"))]
    assert len(stated) == 2
    assert stated["item_text"].str.contains("should provide the necessary services|should refer the victim").all()
    assert list(stated["status"]) == ["acknowledged", "actioned"]
    assert list(stated["passage"].str[:15]) == ["All 43 commissi", "The force chang"]


def test_a_tracker_of_unnumbered_labels_with_each_status_closing_its_section(tmp_path: Path) -> None:
    """"AFI: The service should ..." twice: two items, not the first answered by the second.
    The labelled status line after an item's answer ("Action: Ongoing") is that item's, not
    the next one's; an entry the page's end cuts before its answer is unaddressed."""
    text = """Response of the Chief Fire Officer of Dorset and Wiltshire Fire and Rescue Service to the HMICFRS inspection

Progress against the areas for improvement from our inspection report, as of April 2024.

Areas for Improvement (AFI) updates:

AFI: The Service should ensure its firefighters have good access to relevant and up-to-date risk information.

We have a risk inspection policy in place, and crews now share risk information with neighbouring services.

Action: Ongoing

AFI: The Service should make sure it catches up on the home fire safety visits that built up during the pandemic.

The or"""
    rows = crosswalk_of(tmp_path, text)
    assert len(rows) == 2
    assert list(rows["status"]) == ["actioned", "unaddressed"]
    assert rows["item_text"].iloc[1].startswith("The Service should make sure it catches up")


def test_an_item_restated_with_its_parts_under_a_lead_in_is_answered_after_them(tmp_path: Path) -> None:
    """A restated item, then a lead-in heading ending in ":" with the item's parts under
    it, then "Commissioner's response": the answer under that heading is the item's."""
    text = """Commissioner's response to the super-complaint on stalking

Responses from commissioners were invited on the recommendation below.

Recommendation 4:

Commissioners and chief constables should make sure support services can meet the needs of every victim of stalking.

For commissioners, this should include the following:

  • reviewing whether local services can support victims through the complaints system

Commissioner's response

We accept this action. The commissioner's office has funded two new advocates and meets the service every quarter.
"""
    rows = crosswalk_of(tmp_path, text)
    stated = rows[rows["item_text"].str.startswith("Commissioners and chief constables")]
    assert len(stated) == 1
    assert list(stated["status"]) == ["actioned"]
    assert list(stated["method"]) == ["restatement"]


def test_a_lead_in_for_all_the_items_a_response_states_mentions_none_it_leaves_unanswered(tmp_path: Path) -> None:
    """A response that states its items and answers them one by one introduces the answers
    with words for all of them ("my response to these recommendations"): a lead-in, not a
    mention of the item it then never answers, which stays unaddressed."""
    text = OPENING + """
This letter sets out my response to these recommendations.

Recommendation 1

The force has appointed a stalking coordinator and will audit every breach recorded since 2023 by June 2024.
""" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert rows.loc["R1", "status"] == "actioned"
    assert rows.loc["R2", "status"] == "unaddressed" and rows.loc["R3", "status"] == "unaddressed"


@pytest.mark.parametrize("words, types, kinds", [
    (["the areas for improvement highlighted"], (), frozenset({"area_for_improvement"})),
    (["the recommendations"], (), None),
    (["the recommendations"], ("area_for_improvement",), None),
    (["the recommendations"], ("recommendation", "area_for_improvement"), None),
    (["the recommendations"], ("cause_of_concern", "area_for_improvement"),
     frozenset({"recommendation", "cause_of_concern"})),
    (["the two causes of concern"], ("cause_of_concern", "area_for_improvement"),
     frozenset({"recommendation", "cause_of_concern"})),
    (["both CoCs"], ("cause_of_concern", "recommendation", "area_for_improvement"),
     frozenset({"recommendation", "cause_of_concern"})),
    (["the two causes of concern"], ("area_for_improvement",), None),
    (["the concerns raised"], ("cause_of_concern", "area_for_improvement"), None),
    (["the issues raised"], ("recommendation", "area_for_improvement"), None),
    (["the areas for improvement", "these recommendations"], ("recommendation", "area_for_improvement"), None),
])
def test_words_for_the_areas_for_improvement_alone_answer_no_recommendation(
        words: list[str], types: tuple[str, ...], kinds: frozenset[str] | None) -> None:
    """Words that name only the areas for improvement ("our plan covers each area for
    improvement the report sets out") answer those, not the report's cause of concern
    or the recommendations made under it; "the recommendations", and the causes of
    concern by their formal name, answer the causes of concern and their recommendations
    when the items hold a cause; "the recommendations" may be what a responder calls its
    areas for improvement otherwise, and a loose "concerns" names no kind."""
    assert kinds_named(words, types) == kinds


def test_causes_of_concern_formally_discharged_are_progress() -> None:
    assert cue_kinds()["progress"].found_in("Both causes of concern have now officially been discharged.")
    assert not cue_kinds()["progress"].found_in("The causes of concern have not been discharged.")


@pytest.mark.parametrize("sentence, found", [
    ("An action owner has been assigned to every recommendation in the report.", True),
    ("The board reviews progress on each area for improvement at every meeting.", True),
    ("Every force should review its vetting within six months.", False),
])
def test_each_item_in_the_singular_names_them_all(sentence: str, found: bool) -> None:
    """"Each recommendation", "every area for improvement" quantify over the items as
    "each of the recommendations" does: a collective answer, with a step anywhere."""
    assert cue_kinds()["collective"].found_in(sentence) is found


@pytest.mark.parametrize("sentence, found", [
    ("On 2 May the service submitted an action plan setting out how it would address both concerns.", True),
    ("Following the report the force drew up an improvement plan with its partners.", True),
    ("The force has not yet produced an action plan.", False),
    ("The force should submit an action plan by June.", False),
])
def test_a_plan_made_in_answer_to_the_report_is_a_step(sentence: str, found: bool) -> None:
    """A responder that submitted, published or drew up an action (improvement) plan
    tells a step taken on the items, in the simple past as in the perfect."""
    assert cue_kinds()["progress"].found_in(sentence) is found


def test_an_action_plan_submitted_for_the_areas_of_concern_actions_each_item(tmp_path: Path) -> None:
    """A response that tells that an action plan addressing "the areas of concern" was
    submitted answers every item it states with a step."""
    text = OPENING + """
In May 2024 the force submitted an action plan to the inspectorate on the areas of concern.
""" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert dict(rows["status"]) == {"R1": "actioned", "R2": "actioned", "R3": "actioned"}


@pytest.mark.parametrize("sentence, found", [
    ("We have been working with the chief constable to improve how victims are updated.", True),
    ("The service worked incredibly hard to address the areas for improvement.", True),
    ("The force should work harder to address the gaps in supervision.", False),
    ("The force worked with three partners in 2019.", False),
])
def test_work_under_way_or_done_on_the_items_is_a_step(sentence: str, found: bool) -> None:
    """"Have been working", "worked hard to address" tell a step under way or taken, as
    "is being addressed" does; an ask ("should work harder") or a bare account of past
    partners is no step on the items."""
    assert cue_kinds()["progress"].found_in(sentence) is found


def test_striving_to_meet_the_recommendations_actions_each_item(tmp_path: Path) -> None:
    """Meeting "the recommendations" names them all, and striving to is work under way."""
    text = OPENING + "\nSince the visit our managers have been striving to meet the recommendations.\n" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert dict(rows["status"]) == {"R1": "actioned", "R2": "actioned", "R3": "actioned"}



def test_an_answer_under_a_restated_multi_part_item_and_its_bullets_actions_every_part(tmp_path: Path) -> None:
    """A fire service's tracker page restates one recommendation whose lead-in ends in
    "that:" with its parts as bullets, then answers under "ECFRS action:": the bullets are
    the item's own parts, not another item's statement, so the answer after them is the
    lead-in item's (a restatement) and its parts take its status."""
    source = Path(__file__).parents[2] / "corpus/real/docs/hP_resp_essex_frs_valuesculture_rec11.txt"
    rows = crosswalk_of(tmp_path, source.read_text(encoding="utf-8"))
    assert len(rows) == 4
    assert set(rows["status"]) == {"actioned"}
    assert rows.loc["R1", "method"] == "restatement"


@pytest.mark.parametrize("paragraph, status", [
    ("Last year an independent review of the county's control room was published. It set out 12 recommendations, "
     "and the force will deliver these recommendations by the spring.", "unaddressed"),
    ("Last year an independent review of the county's control room was published. The inspectorate then made its "
     "own report, and the force will deliver these recommendations by the spring.", "actioned"),
])
def test_words_for_another_reviews_recommendations_answer_no_item(tmp_path: Path, paragraph: str, status: str) -> None:
    """A count of recommendations, or "these recommendations", after another review the
    paragraph names (an independent review, an inquiry) are that review's: they answer
    none of the inspection's items (here the two the response answers nowhere else). Once
    the inspectorate is named again, they may be its."""
    answer = "\nRecommendation 1\n\nThe force now audits every breach of an order each month.\n\n"
    rows = crosswalk_of(tmp_path, OPENING + answer + paragraph + "\n" + CLOSING)
    assert dict(rows["status"]) == {"R1": "actioned", "R2": status, "R3": status}


@pytest.mark.parametrize("lead_in, status", [
    ("Progress is already being made on the report's other recommendations, including:", "actioned"),
    ("The report also set out other recommendations, including:", "unaddressed"),
])
def test_a_lead_in_stating_a_step_answers_the_items_it_sets_out_in_prose(tmp_path: Path, lead_in: str,
                                                                          status: str) -> None:
    """The words leading a sentence into the items it lists in prose answer each of them
    when they state a step ("progress is being made on ... including:"); a lead-in that
    only restates them answers none."""
    text = ("Commissioner welcomes vetting inspection of Dorset Police\n\n"
            "The Police and Crime Commissioner for Dorset has welcomed the inspectorate's report on vetting in "
            "Dorset Police, published in May 2023, which found the force compliant with national vetting standards.\n\n"
            f"{lead_in} reviewing how vetting decisions are recorded; extra training for the vetting unit; and "
            "better links to support services for vulnerable people.\n")
    rows = crosswalk_of(tmp_path, text)
    assert len(rows) == 3
    assert set(rows["status"]) == {status}


def test_the_areas_where_the_force_needs_to_improve_are_words_for_all_the_items(tmp_path: Path) -> None:
    """"Areas where the force needs to improve" name the report's items as a set, as "the
    areas that need improvement" do: work on all of them answers each item the response
    answers nowhere else."""
    text = OPENING + ("\nRecommendation 1\n\nThe force now audits every breach of an order each month.\n\n"
                      "The report named areas where the force needs to improve, all of which are being addressed "
                      "through our delivery plan.\n") + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert dict(rows["status"]) == {"R1": "actioned", "R2": "actioned", "R3": "actioned"}
    assert rows.loc["R2", "method"] == "collective_reference"


def test_progress_in_the_recommendations_is_words_for_all_the_items(tmp_path: Path) -> None:
    """Progress "in" the recommendations, as progress "on" or "against" them, names the report's
    items as a set: in a letter that answers one item under its heading, the progress answers
    the items it answers nowhere else."""
    text = OPENING + ("\nRecommendation 1\n\nThe force now audits every breach of an order each month.\n\n"
                      "The force is making steady progress in the recommendations through its delivery plan.\n") + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert dict(rows["status"]) == {"R1": "actioned", "R2": "actioned", "R3": "actioned"}
    assert rows.loc["R2", "method"] == "collective_reference"


def _statement_rows(tmp_path: Path, answer: str) -> dict[str, str]:
    """The statuses a commissioner's statement on a PEEL letter's two items gets when `answer`
    is its second sentence; the statement states neither item and holds one step of its own
    ("the force will recruit extra call handlers") that names neither."""
    from tests.align.test_linking import POLICE_LETTER, rows_of, write

    statement = ("Commissioner responds to PEEL report\n\nLincolnshire Police and Crime Commissioner, 2023\n\n"
                 f"The Police and Crime Commissioner spoke about the PEEL findings on 999 calls. {answer}\n\n"
                 "She thanked the officers who answer calls every night.\n\n"
                 "She said she is determined to see a better service, and the force will recruit extra call "
                 "handlers this winter.\n")
    write(tmp_path, letter=POLICE_LETTER, statement=statement)
    return rows_of(run(tmp_path)["crosswalk"], "statement")


@pytest.mark.parametrize("answer, status", [
    # the acceptance is the answer: the step is the commissioner's own work, named on no item
    ("She said she accepts the recommendations.", "acknowledged"),
    # judging the items' worth is the same stance: an attitude to them, no step on them
    ("She said the detailed recommendations made by the inspectors are most helpful.", "acknowledged"),
    # a step tied to the items, in the words for them
    ("Her office has read and accepts the recommendations, and will seek to implement the recommendations by May.",
     "actioned"),
    # no acceptance: the whole reply answers the items, and its step anywhere is a step on them
    ("She said the areas raised by the inspectorate are serious.", "actioned"),
])
def test_an_acceptance_of_the_items_in_a_reply_that_states_none_takes_no_step_it_does_not_tie_to_them(
        tmp_path: Path, answer: str, status: str) -> None:
    """In a reply that states no item, words for all the items take a step the reply states
    anywhere, unless they accept the items (or judge them useful or helpful, an attitude to
    them): then the acceptance is the reply's answer, and a step that names none of them is
    its own work (NOTES: an acceptance makes items `actioned` only with a step tied to them;
    round 58 gold audit item 4: recommendations found "very useful" are `acknowledged`)."""
    assert _statement_rows(tmp_path, answer) == {"CoC1": status, "R1": status}


@pytest.mark.parametrize("answer", [
    "She said she had seen the same issues identified by the inspectorate in her own scrutiny.",
    "She said the concerns that were raised by the inspectorate are serious.",
    "In response to the findings of the inspectorate's report, her office has agreed a plan with the force.",
])
def test_words_for_all_the_items_in_a_statement_that_states_none_take_its_step(tmp_path: Path, answer: str) -> None:
    """Words that name the report's items as a set ("the same issues identified by" the
    inspectorate, "the concerns that were raised", what is done "in response to the findings
    of" the report) are words for all the
    items: in a reply that states none of them and accepts none, the reply's step anywhere
    answers each (round 60: such statements were read as answering nothing, gold actioned)."""
    assert _statement_rows(tmp_path, answer) == {"CoC1": "actioned", "R1": "actioned"}


def test_the_areas_where_a_named_body_can_improve_are_words_for_all_the_items(tmp_path: Path) -> None:
    """"Areas where Lincolnshire Police can improve" names the report's items as a set, as
    "areas where the force can improve" does: in a reply that states none of them, with no
    step, it mentions each (acknowledged), not none (unaddressed)."""
    from tests.align.test_linking import POLICE_LETTER, rows_of, write

    statement = ("Commissioner responds to PEEL report\n\nLincolnshire Police and Crime Commissioner, 2023\n\n"
                 "The Police and Crime Commissioner said the PEEL report was mostly positive, but that it also found "
                 "areas where Lincolnshire Police can improve, chiefly on 999 calls.\n\n"
                 "She thanked the officers who answer calls every night.\n")
    write(tmp_path, letter=POLICE_LETTER, statement=statement)
    assert rows_of(run(tmp_path)["crosswalk"], "statement") == {"CoC1": "acknowledged", "R1": "acknowledged"}


def test_a_trackers_status_column_answers_the_recommendation_of_its_row_not_its_cause(tmp_path: Path) -> None:
    """A tracker saved as text prints a pipe table: each row sets out a cause of concern and
    then its recommendation, and its last cell is the status. The status cell is the
    recommendation's; the cause is only set out beside it."""
    text = """Recommendations tracked for Dorset Police

| # | Recommendation | Directed at | Status |
|---|---|---|---|
| T1 | Cause of concern: Dorset Police is not making sure that breaches of stalking protection orders are recorded. Recommendation: Dorset Police should review how it records breaches of stalking protection orders. | Dorset Police | Completed |
"""
    rows = crosswalk_of(tmp_path, text)
    assert rows.loc["R1", "status"] == "actioned"
    assert rows.loc["R1", "method"] == "table_row"
    assert rows.loc["R1", "passage"].endswith("Completed")
    assert rows.loc["CoC1", "status"] != "actioned"


def test_a_hyphenated_count_of_items_is_read_whole() -> None:
    """"twenty-nine recommendations" counts twenty-nine, never "nine recommendations": the
    count words point back (to another inspection's twenty-nine) as one number."""
    text = "Of the twenty-nine recommendations made in 2014, the force has achieved fifteen."
    named = [text[s:e] for s, e in cue_kinds()["items_named"].finds(text)]
    pointing = [text[s:e] for s, e in cue_kinds()["pointing_back"].finds(text)]
    assert named == ["twenty-nine recommendations"]
    assert "twenty-nine" in pointing and "nine" not in pointing
    assert cue_kinds()["collective"].found_in("The board will track these thirty-five recommendations.")


CUT_IN_ITS_ITEM = """Response of the Police and Crime Commissioner for Dorset to the HMICFRS inspection of Dorset Police's response to stalking

Dear Home Secretary,

This is my response under section 55 of the Police Act 1996 to the inspection report published on 4 March 2024.

The inspectors found that the force answers most calls quickly, and the inspectors recommended that it needs to review how it records breaches of stalking protection orders so that every breach is investigated and the vic"""


@pytest.mark.parametrize("ending, status", [
    ("", "unaddressed"),
    ("tim is told of the outcome.\n\nYours sincerely,\n\nJane Smith", "acknowledged"),
])
def test_an_item_stated_in_prose_that_the_page_cuts_is_unaddressed(tmp_path: Path, ending: str, status: str) -> None:
    """A response cut inside the only statement of its item (a 2,000-character copy) was
    cut before any answer: the item is unaddressed; the same response complete, restating
    the item and answering nothing, acknowledges it."""
    rows = crosswalk_of(tmp_path, CUT_IN_ITS_ITEM + ending)
    stated = rows[rows["item_text"].str.contains("records breaches of stalking protection orders")]
    assert list(stated["status"]) == [status]


GRADED_PAGE = """Commissioner responds to HMICFRS PEEL inspection of Exshire Police

The Police and Crime Commissioner for Exshire has responded to the HMICFRS PEEL inspection of Exshire Police published on 4 March 2024.

{sentence}

The report set out two areas for improvement:

• The force should improve how it records crimes reported by victims of anti-social behaviour.
• The force should make sure its call handlers complete training on identifying repeat victims.
""" + CLOSING


@pytest.mark.parametrize("sentence, status", [
    ("As a result of the PEEL assessment, forces are given a grade in each of these three areas, and the "
     "Commissioner will publish the grades on this page every year.", "unaddressed"),
    ("Forces are graded as outstanding, good, adequate, requires improvement or inadequate in most of these areas, "
     "and the Commissioner will publish the grades on this page every year.", "unaddressed"),
    ("The force was judged inadequate in two of these areas, and the Commissioner will hold the Chief Constable to "
     "account for improving them.", "actioned"),
])
def test_areas_a_sentence_grades_are_no_words_for_the_items(tmp_path: Path, sentence: str, status: str) -> None:
    """"Each of these three areas" in a sentence that grades areas (or names the grading
    scale) names the areas graded, not the report's items: the step beside it answers none
    of them. Areas given a grade that opens items ("judged inadequate in two of these
    areas") are the items' areas, and the step answers them."""
    rows = crosswalk_of(tmp_path, GRADED_PAGE.format(sentence=sentence))
    assert dict(rows["status"]) == {"AFI1": status, "AFI2": status}


def test_words_for_one_kind_joined_to_another_answer_both(tmp_path: Path) -> None:
    """"All of its areas for improvement (AFIs) and recommendations" names both kinds: the
    recommendations are answered as the area for improvement is, not left out because
    the words open with the areas for improvement (`coordinated_kind`)."""
    text = OPENING + """
The report also set out one area for improvement:

• Dorset Police should improve how it updates victims of stalking.

The force has drawn up a plan with an owner and a date for all of its areas for improvement (AFIs) and recommendations, and the board will review it every month.
""" + CLOSING
    rows = crosswalk_of(tmp_path, text)
    assert set(rows["status"]) == {"actioned"} and len(rows) == 4


@pytest.mark.parametrize("words, joined", [
    ("all of its areas for improvement (AFIs) and recommendations with a summary",
     "all of its areas for improvement (AFIs) and recommendations"),
    ("all the recommendations as well as the two causes of concern",
     "all the recommendations as well as the two causes of concern"),
    ("all the recommendations and the report", "all the recommendations"),
])
def test_the_words_for_all_the_items_take_in_a_kind_joined_to_them(words: str, joined: str) -> None:
    """The words for all the items reach over "and" (or "as well as") to another kind of
    item, not to anything else the sentence goes on to name."""
    found = cue_kinds()["collective"].expression.search(words)
    assert found is not None
    start, end = with_coordinated_kind(words, found.span())
    assert words[start:end] == joined


@pytest.mark.parametrize("sentence, found", [
    ("The commissioner said the detailed recommendations made by inspectors were useful.", True),
    ("This page tracks the HMICFRS recommendations set out in its spring report.", True),
    ("The other recommendations made by the panel are for the council.", False),
])
def test_the_reports_recommendations_named_by_their_author_or_as_detailed_are_words_for_all_the_items(
        sentence: str, found: bool) -> None:
    """"The detailed recommendations made by inspectors", "the HMICFRS recommendations set
    out in ..." name the report's items as a set, as "the key recommendations made" does;
    "the other recommendations" are only some of them."""
    assert cue_kinds()["collective"].found_in(sentence) is found


@pytest.mark.parametrize("answer, status", [
    # an outcome for an unnamed part: every item is mentioned, none is shown to be acted on
    ("She said some of the areas raised by the inspectorate have since been addressed.", "acknowledged"),
    # the same outcome for them all: the whole reply answers them, its step anywhere a step on them
    ("She said the areas raised by the inspectorate have since been addressed.", "actioned"),
    # the partitive counts somebody else: the outcome is still told of all the areas
    ("She said some of the officers told her the areas raised by the inspectorate have since been addressed.",
     "actioned"),
])
def test_an_outcome_told_of_an_unnamed_part_of_the_items_acknowledges_each(
        tmp_path: Path, answer: str, status: str) -> None:
    """"Some of the areas raised have been addressed" (as "three of these recommendations have
    been implemented") tells an outcome for a part of the items without saying which: in a
    reply that states none, it mentions each (acknowledged), and the reply's steps elsewhere
    are not lent to them (NOTES: a count or outcome for an unnamed part only is acknowledged)."""
    assert _statement_rows(tmp_path, answer) == {"CoC1": status, "R1": status}


def test_a_register_entry_retold_in_the_past_is_answered_by_its_comment(tmp_path: Path) -> None:
    """A register entry whose own words look back ("the recommendations in HMIC's 2014
    report") is read as historic, yet it is the item the record is about: its comment
    answers it, so it is in scope and actioned, not out of scope."""
    text = ("Call handling 2: progress since the last inspection (4321)\n\nChief constables should, without delay, "
            "publish plans for completing the work needed on the recommendations in HMIC's 2014 report on call "
            "handling.\n\n[on]2nd April 2016 [status]awaiting-review[/status][/on][on]5th May 2017 "
            "[status]complete[/status][/on][on]5th May 2017 [comment]\n\nThe force has published its plan on its "
            "website and a new call centre manager reviews progress every month.\n\n[/comment][/on]")
    rows = crosswalk_of(tmp_path, text)
    assert list(rows["scope"]) == ["in_scope"]
    assert list(rows["status"]) == ["actioned"]


def test_a_cause_raised_years_before_is_current_where_minutes_report_work_on_it(tmp_path: Path) -> None:
    """Minutes that retell a cause of concern an earlier report raised and report the
    work done on it answer it (an update answering an earlier item makes it current);
    minutes that only retell it owe it nothing."""
    retold = ("Police and Crime Panel minutes, 12 May 2023\n\nThe inspectorate's report published in 2019 "
              "described the force's service to victims of crime as a cause of concern.")
    rows = crosswalk_of(tmp_path, retold + " In response, the force has created a victims' hub and trained every "
                        "call handler in victim care.\n")
    assert list(rows["scope"]) == ["in_scope"]
    assert list(rows["status"]) == ["actioned"]
    rows = crosswalk_of(tmp_path, retold + " Members asked about the report's other findings.\n")
    assert list(rows["scope"]) == ["historic"]
    assert list(rows["status"]) == ["out_of_scope"]


@pytest.mark.parametrize("sentence, status", [
    ("The constabulary has accepted the three recommendations.", "acknowledged"),
    ("The constabulary has accepted all three HMICFRS recommendations.", "acknowledged"),
    ("The constabulary has accepted the resourcing recommendations.", "unaddressed"),  # names a part
    ("The constabulary has accepted the recommendations made to the Home Office.", "unaddressed"),
    # this inspection's report or the inspectorate, by any determiner or name, is the items' own source
    ("The constabulary has accepted the recommendations of this report.", "acknowledged"),
    ("The constabulary has accepted the recommendations of HM Inspectorate.", "acknowledged"),
    # a local addressee is the responder's own; a national one makes them another body's items
    ("The constabulary has accepted the recommendations made to chief constables.", "acknowledged"),
    ("The constabulary has accepted the recommendations made to Dorset Police.", "acknowledged"),
    ("The constabulary has accepted the recommendations made to the College of Policing.", "unaddressed"),
    ("The constabulary has accepted the recommendations made to the NPCC.", "unaddressed"),
    ("Officers are already acting on the recommendations of this report.", "actioned"),
])
def test_words_for_the_items_are_read_as_one_phrase(tmp_path: Path, sentence: str, status: str) -> None:
    """The phrase by which a response refers to its items all together is read as one noun
    phrase: a determiner, a count or a word that does not narrow them ("three", "HMICFRS"),
    a kind word; a topic word ("resourcing") names a part, another addressee other items.
    The three items the opening lists are read (a topic word before the kind also names an
    item of its own by that theme, item_predicates.premodified_topic, which the sentence answers:
    accepting it, it acknowledges it); no phrase else adds a row."""
    rows = crosswalk_of(tmp_path, OPENING + "\n" + sentence + "\n" + CLOSING)
    listed = rows["item_text"].str.startswith("Dorset Police should")
    assert listed.sum() == 3 and set(rows[listed]["status"]) == {status}
    named = {"resourcing": "acknowledged"} if "resourcing recommendations" in sentence else {}
    assert dict(zip(rows[~listed]["item_text"], rows[~listed]["status"])) == named


PLAN_ITEMS = """Recommendation 1: By June 2025, chief constables should make sure stalking protection orders are considered in every suitable case.
Recommendation 2: By June 2025, chief constables should review the training given to call handlers on stalking.
Recommendation 3: Chief constables should publish their stalking data each quarter.
"""


@pytest.mark.parametrize("opening, status", [
    ("The following stalking action plan is in response to the joint report on the police response to stalking.\n"
     "Executive lead: Assistant Chief Constable A. Brown", "actioned"),
    ("Our improvement plan below is our response to the inspectorate's report on stalking.", "actioned"),
    ("This tracker is the force's response to the national report on stalking, and it is updated each month.",
     "actioned"),
    ("The council agreed a plan in response to rising demand for its services.", "unaddressed"),
    ("Our plan is in draft and will be published later.", "unaddressed"),
    # review round 69: a plan that answers another body's review, survey or report answers none of the items
    ("This plan is our response to the review of the force estate commissioned by the council.", "unaddressed"),
    ("This tracker was my response to the findings of the local residents survey.", "unaddressed"),
    ("Our delivery plan has been developed in response to the budget review.", "unaddressed"),
    ("The following plan is the panel's response to the commissioner's report on precept options.", "unaddressed"),
])
def test_a_plan_presented_as_the_response_actions_the_items_it_restates(tmp_path: Path, opening: str,
                                                                        status: str) -> None:
    """A page that presents its plan or tracker as the body's response to a report, then
    restates the report's items with no answer of their own, answers each of them through
    the plan, a step under way (NOTES, round 61 audit question 2: the rule written for every
    action plan). A plan made in response to something else (another body's review, survey or
    report: the object must be the inspectorate's work or "the report" of no other owner), or
    one not yet made, answers none: the restated items stay unaddressed (restating is not answering)."""
    text = f"Wessex Constabulary stalking action plan\n\n{opening}\n\n{PLAN_ITEMS}"
    rows = crosswalk_of(tmp_path, text)
    assert dict(rows["status"]) == {"R1": status, "R2": status, "R3": status}


def test_a_plan_presented_as_the_response_actions_the_items_another_document_states(tmp_path: Path) -> None:
    """A force's stalking action plan page opening "The following ... Action Plan is in
    response to the Super Complaint ..." (cut after its first rows) answers, `actioned`, the
    super-complaint's chief-constable recommendations that only the commissioners' summary
    states, not only the ones it restates (hH_resp_cambs_police_stalking_actionplan in gold)."""
    docs = Path(__file__).parents[2] / "corpus/real/docs"
    for name in ("hH_resp_cambs_police_stalking_actionplan", "gP_resp_apcc_stalking_supercomplaint2024_summary"):
        (tmp_path / f"{name}.txt").write_text((docs / f"{name}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    crosswalk = run(tmp_path)["crosswalk"]
    plan = crosswalk[crosswalk["response_doc"].str.contains("cambs")]
    assert len(plan) >= 4
    assert set(plan["status"]) == {"actioned"}
    assert plan["passage"].str.startswith("The following Stalking Action Plan").all()
