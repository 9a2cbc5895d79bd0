"""Context cues reach one way or both, as far as their scope, and stop at terminators."""

from __future__ import annotations

import pytest

from crosswalk.extraction.context import Flags, flags_for
from crosswalk.extraction.nlp import make_doc, shared_nlp
from crosswalk.extraction.patterns import PatternFileError, load_rules, parse_rules
from tests.conftest import ingest_text


def flags_at(text: str, target: str, dated: str = "Published 3 May 2024\n\n") -> Flags:
    """The flags of the sentence holding `target`, for the words of `target`."""
    document = ingest_text(dated + text, "context")
    nlp = shared_nlp()
    doc = nlp(make_doc(nlp, document))
    at = document.text.index(target)
    sentence = next(s for s in doc.sents if s.start_char <= at < s.end_char)
    return flags_for(doc, sentence.start_char, sentence.end_char, at, at + len(target))


def test_an_old_year_reaches_only_to_the_terminator() -> None:
    text = "HMICFRS graded Kent Police as inadequate in 2019, but the force is now good at investigating crime."
    assert flags_at(text, "graded Kent Police as inadequate").historic
    assert not flags_at(text, "is now good at").historic


def test_a_year_of_now_ends_an_old_years_reach() -> None:
    text = ("The service was rated inadequate in 2019 and after its inspection in 2024 it was rated good at "
            "preventing fires.")
    assert flags_at(text, "rated inadequate").historic
    assert not flags_at(text, "rated good at").historic


def test_last_month_opening_a_sentence_reaches_forward_only() -> None:
    assert flags_at("Last June, inspectors rated the force as requires improvement.", "rated the force").historic
    assert flags_at("Last week the inspectorate said the service was good at prevention.", "was good").historic
    assert not flags_at("The force was rated good last week by inspectors.", "rated good").historic


def test_last_year_and_this_year_split_one_sentence() -> None:
    text = "Kent Police was rated as inadequate for effectiveness last year and was told it requires improvement this year."
    assert flags_at(text, "rated as inadequate").historic
    assert not flags_at(text, "requires improvement").historic


def test_a_year_opening_the_sentence_reaches_forward() -> None:
    assert flags_at("In 2017 we judged the constabulary to be good at investigating crime.", "to be good at").historic


def test_a_recent_year_is_not_historic() -> None:
    assert flags_at("In 2023 the force was graded good at investigating crime.", "graded good") == Flags()


def test_years_ago_reaches_back_only() -> None:
    text = "The force has been judged to require improvement, particularly after a ‘good’ grading just 12 months ago."
    assert flags_at(text, "good").historic
    assert not flags_at(text, "judged to require improvement").historic


def test_a_year_with_when_is_historic_even_if_recent() -> None:
    text = "It has improved since our inspection in 2023, when it was judged as good."
    assert flags_at(text, "judged as good").historic


def test_a_span_of_years_to_now_is_not_historic() -> None:
    assert not flags_at("The report covering 2021 to 2024 rated the force good.", "rated the force good").historic
    assert flags_at("The report covering 2018 to 2020 rated the force good.", "rated the force good").historic


def test_over_the_last_years_is_historic() -> None:
    assert flags_at("The force has been consistently rated as good over the last three years.", "rated as good").historic


def test_once_again_marks_a_recurring_grade() -> None:
    flags = flags_at("Norfolk was once again graded as outstanding in use of resources.", "graded as outstanding")
    assert flags.recurring and not flags.historic


def test_once_again_reaches_a_grade_after_the_subject() -> None:
    text = "Once again, the force was given an overall grade of ‘good’ by inspectors."
    assert flags_at(text, "good").recurring


def test_another_grade_and_our_maintained_grade_recur() -> None:
    assert flags_at("The force welcomed another ‘good’ grade in the inspection report.", "good").recurring
    assert flags_at("The chief constable said we have maintained our grade of good for a third year.", "good").recurring


def test_round_one_dates_a_grade_and_stops_at_now() -> None:
    text = "In round 1 the inspectors found the service good at understanding risk."
    assert flags_at(text, "good at understanding").historic
    text = "Prevention was weak in round one, so the change means we now grade it as good."
    assert not flags_at(text, "grade it as good").historic


def test_negation_reaches_a_commitment_cue_forward() -> None:
    assert flags_at("No action will be taken on this recommendation.", "will be taken").negated
    assert not flags_at("The force will take no further part in the review.", "will take").negated


def test_pseudo_cue_cancels_negation() -> None:
    assert not flags_at("The force will not only review the policy but also train staff.", "review").negated


def test_hoped_for_grade_is_hypothetical() -> None:
    assert flags_at("The service aims to be outstanding by 2026.", "outstanding").hypothetical


def test_since_the_last_inspection_is_not_historic() -> None:
    assert not flags_at("Since the last inspection the force has improved and is good at prevention.", "is good at").historic


def test_context_rules_refuse_an_unknown_direction_or_scope() -> None:
    with pytest.raises(PatternFileError, match="direction"):
        parse_rules(['{"id": "a", "label": "X", "pattern": [], "direction": "sideways"}'], "x.jsonl")
    with pytest.raises(PatternFileError, match="max_scope"):
        parse_rules(['{"id": "a", "label": "X", "pattern": [], "max_scope": 0}'], "x.jsonl")
    with pytest.raises(PatternFileError, match="unknown keys"):
        parse_rules(['{"id": "a", "label": "X", "pattern": [], "scope": 3}'], "x.jsonl")


def test_a_refused_step_is_not_a_commitment() -> None:
    from tests.conftest import extract_text

    text = ("Response of the Chief Constable, 2 July 2024\n\n"
            "Recommendation 2 is not accepted. No action will be taken on it.\n\n"
            "The force will publish a new policy by March 2025.\n")
    assert [c.text for c in extract_text(text).commitments] == ["The force will publish a new policy by March 2025."]


def test_since_the_last_inspection_which_found_is_historic() -> None:
    text = "It is a year since the last inspection, which saw the force rated inadequate – with two areas rated good."
    assert flags_at(text, "rated inadequate").historic
    assert flags_at(text, "rated good").historic
    assert not flags_at("Since the last inspection the force has improved and is good.", "is good").historic


def test_what_the_last_inspection_found_needs_no_comma_and_its_year_dates_nothing_else() -> None:
    text = ("A report found Kent Fire and Rescue Service had improved since its last inspection when it was rated "
            "‘requires improvement’ in some areas.")
    assert flags_at(text, "rated").historic
    after = "The service is now rated ‘good’ in all areas, with clear improvements made since the last inspection in 2018/19."
    assert not flags_at(after, "rated ‘good’").historic


def test_what_the_last_inspection_found_may_follow_who_made_it() -> None:
    # "since the last report from <the inspectorate> which rated": the relative clause still says what it found
    text = ("Kent Police has improved since the last report from the inspectorate (HMICFRS) which rated the force "
            "as ‘inadequate’.")
    assert flags_at(text, "rated the force").historic
    assert not flags_at("Since the last inspection by HMICFRS, the force has been rated good.", "rated good").historic


def test_what_a_story_comes_after_is_earlier() -> None:
    assert flags_at("It comes after Kent Police was ranked as ‘outstanding’ by inspectors.", "ranked").historic
    text = "The force is making improvements 18 months after being rated ‘inadequate’ in all areas inspected."
    assert flags_at(text, "rated").historic
    assert not flags_at("The chief constable spoke after the force was rated ‘inadequate’.", "rated").historic


def test_a_year_in_since_the_first_inspection_dates_no_grade() -> None:
    text = "Inspectors graded the service ‘good’ in all areas, noting it had improved since its first inspection in July 2018."
    assert not flags_at(text, "graded").historic


def test_years_ago_opening_a_sentence_reaches_forward() -> None:
    text = "Three years ago, inspectors rated the constabulary inadequate at protecting vulnerable people."
    assert flags_at(text, "rated the constabulary inadequate").historic


def test_a_report_this_one_follows_on_from_is_earlier() -> None:
    text = ("The custody report follows on from the spring inspection of efficiency, "
            "where the force was rated good overall.")
    assert flags_at(text, "rated good").historic


def test_a_year_after_since_dates_no_grade() -> None:
    text = "In its first inspection since 2019, the force was rated adequate at investigating crime."
    assert not flags_at(text, "rated adequate").historic
    assert flags_at("In 2019, the force was rated adequate at investigating crime.", "rated adequate",
                    dated="Published 3 May 2024\n\n").historic


def test_a_cue_in_a_relative_clause_does_not_reach_back_over_it() -> None:
    text = ("The inspectors judged the force adequate at managing offenders, "
            "which at the previous inspection had been rated good.")
    assert not flags_at(text, "judged the force adequate").historic
    assert flags_at(text, "had been rated good").historic


def test_previously_reaches_a_grade_a_clause_later() -> None:
    text = "The panel had noted previously where inspectors said that the force was outstanding at engagement."
    assert flags_at(text, "was outstanding").historic


def test_a_grade_in_line_with_or_repeating_an_earlier_one_recurs() -> None:
    text = "Inspectors rated the force good for legitimacy, a result in line with its previous inspection."
    assert flags_at(text, "rated the force good").recurring
    text = "The service requires improvement, which repeats the grade of its first inspection."
    assert flags_at(text, "requires improvement").recurring
    text = "An inspection four years ago gave the service the same rating of 'requires improvement'."
    assert flags_at(text, "'requires improvement'").recurring


def test_the_context_readers_words_are_data() -> None:
    """The words the context reader reads beside its cue rules are `context_words.json`'s:
    the gap that makes a year old, the verbs of the inspectorate's own earlier judgment, the
    openers of a clause that says what an earlier inspection found or that a cue stays
    inside, and the terminators that date a text now (each a rule of context.jsonl)."""
    import re

    from crosswalk.extraction import context
    from crosswalk.resources import read_json

    data = read_json("context_words.json")
    assert context.WORDS.historic_gap_years == data["historic_gap_years"]
    assert context.DATES_NOW == tuple(data["now_terminators"])
    assert all(context.WE_JUDGED_IN_YEAR_RE.search(f"In 2018, we {verb} the force good.") for verb in data["judging_verbs"])
    assert all(re.fullmatch(context.RELATIVE_OPENER_RE, f", {word}") for word in data["relative_openers"])
    assert all(context.DESCRIBED_AFTER_RE.match(f", {word} it") and context.DESCRIBED_AFTER_RE.match(f" {word} it")
               for word in data["described_openers"])
    assert not context.DESCRIBED_AFTER_RE.match(" that it") and not context.DESCRIBED_AFTER_RE.match(", that it")
    rules = {rule.id for rule in load_rules("context.jsonl")}
    assert set(data["now_terminators"]) <= rules and set(data["contrast_terminators"]) <= rules


def test_a_grade_that_remains_recurs_but_remains_as_does_not() -> None:
    """"remains good", "remained 'good'": the grade held now and before (NOTES class 5);
    "remains as inadequate" restates the same inspection's published judgment."""
    assert flags_at("The constabulary's approach to tackling crime remains good.", "good").recurring
    assert flags_at("Inspectors said the service remained ‘good’ for protection.", "‘good’").recurring
    assert not flags_at("The overall judgment, shown at the top of this page, remains as inadequate.",
                        "inadequate").recurring
