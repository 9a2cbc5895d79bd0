"""Items given in prose by their themes (item_themes.py): shapes read since round 32."""

from __future__ import annotations

from tests.conftest import extract_text

HEAD = "Kent Police response to HMICFRS inspection\n\n"


def texts(body: str) -> list[tuple[str, str]]:
    return [(i.type, i.text) for i in extract_text(HEAD + body + "\n").items]


def test_carried_findings_after_they_were_that() -> None:
    body = ("Inspectors set out three causes of concern with its cells. "
            "They were that the leadership isn't making sure cells are safe; the force isn't checking "
            "on detainees; and the oversight of restraint isn't good enough. Inspectors found more.")
    assert [t for _, t in texts(body)] == [
        "the leadership isn't making sure cells are safe",
        "the force isn't checking on detainees",
        "the oversight of restraint isn't good enough.",
    ]


def test_cause_of_concern_in_a_described_phrase() -> None:
    body = "We found a further cause of concern in the leadership of the brigade and the conduct of its managers. It sent a plan."
    assert texts(body) == [("cause_of_concern", "the leadership of the brigade and the conduct of its managers.")]


def test_cause_of_concern_in_a_time_is_no_theme() -> None:
    assert texts("The force was given a cause of concern in the December of that year. It acted.") == []


def test_examples_after_where_the_items_were_given() -> None:
    body = ("The force addressed the areas for improvement raised in the inspectorates’ latest report, "
            "such as how it stores its plans. Some are discharged.")
    assert texts(body) == [("area_for_improvement", "how it stores its plans.")]


def test_semicolon_findings_after_a_given_kind_and_copula() -> None:
    body = ("The main causes of concern raised by inspectors are it doesn’t answer calls in time; "
            "it needs to improve its investigations.")
    assert [t for _, t in texts(body)] == ["it doesn’t answer calls in time", "it needs to improve its investigations."]


def test_among_the_kind_selects_items() -> None:
    body = "Among those recommendations was the creation of a risk register – and the review of staffing levels."
    assert [t for _, t in texts(body)] == ["the creation of a risk register", "the review of staffing levels."]


def test_among_the_kind_then_what_inspectors_said_it_should_do() -> None:
    body = "Among its recommendations, inspectors said the force should “review how it deploys officers.” More followed."
    assert texts(body) == [("recommendation", "review how it deploys officers.")]


def test_cause_of_concern_given_to_a_body_that_states_it() -> None:
    body = "In 2018 the inspectorate gave a cause of concern to both brigades that they didn’t audit enough buildings, but they improved."
    assert texts(body) == [("cause_of_concern", "they didn’t audit enough buildings")]


def test_a_quotation_after_the_introducer_that_asks_nothing_names_no_theme() -> None:
    """'areas that need to improve' stating that 'the force is ...': the report's words on
    what it found; a quoted ask after the introducer is still the item's theme."""
    finding = ("The report names areas that need to improve, stating that 'the force is now making "
               "steady progress with its plans'. The force welcomed it.")
    assert texts(finding) == []
    ask = ("The report names areas that need to improve, stating that 'the force needs to review how "
           "it supervises its investigations'. The force welcomed it.")
    assert [t for t, _ in texts(ask)] == ["area_for_improvement"]


def test_bare_noun_phrase_after_among_the_kind() -> None:
    body = ("Among the areas for improvement were crime recording standards – but the force says work "
            "is already under way to address this, including hiring more staff.")
    assert texts(body) == [("area_for_improvement", "crime recording standards")]


def test_areas_a_long_named_body_can_do_better_give_their_examples() -> None:
    """A paraphrase of the kind (areas where a body can improve or do better) introduces
    its list as a named kind does: after a long body name, after "specifically in terms of",
    and after "; for example," (the semicolon opens no clause there)."""
    body = ("The report names areas where Kent Fire and Rescue Service can improve, specifically in terms of "
            "its fleet and how it trains crews.\n\n"
            "It found areas in which the force needs to do better; for example, how it answers calls and "
            "how it updates victims.")
    assert texts(body) == [
        ("area_for_improvement", "its fleet"), ("area_for_improvement", "how it trains crews."),
        ("area_for_improvement", "how it answers calls"), ("area_for_improvement", "how it updates victims."),
    ]


def test_for_example_by_gives_no_items() -> None:
    body = "There are areas where the force could improve, for example by training its staff. It will take a year."
    assert [t for _, t in texts(body)] == []


def test_a_last_wh_clause_theme_keeps_its_own_commas() -> None:
    body = ("Inspectors found areas where the service could improve, such as its estates and how it plans, "
            "trains and equips its crews.")
    assert texts(body) == [
        ("area_for_improvement", "its estates"), ("area_for_improvement", "how it plans, trains and equips its crews."),
    ]


def test_a_semicolon_before_examples_follows_only_areas_a_body_is_to_improve() -> None:
    """A lone semicolon between a kind and "for example" opens the kind's examples only
    where the kind is areas a body is to improve (`item_kind_choice._exemplified`, the one place that says
    what may stand between a kind and its examples); after a plain kind it opens a new
    clause, whose examples are not the kind's items."""
    improving = ("The report found areas where the brigade could do better; for example, how it checks "
                 "hydrants and how it trains crews.")
    plain = ("The report made several recommendations; for example, how it checks hydrants and how it "
             "trains crews.")
    assert [t for _, t in texts(improving)] == ["how it checks hydrants", "how it trains crews."]
    assert [t for _, t in texts(plain)] == []


def test_what_an_effort_to_address_a_cause_of_concern_included_is_no_item() -> None:
    """"a push to resolve its cause of concern, including an audit team": what "including"
    lists after a singular kind that a verb of acting on items takes is what was done."""
    body = ("The brigade made a real push to resolve its cause of concern, including an audit team to "
            "check buildings and a new records system.")
    assert texts(body) == []


def test_a_year_after_a_cause_of_concern_counts_nothing() -> None:
    """"a cause of concern ruling in 2019, involving A and B": the year says when, so the
    kind stays one item with one theme, which "involving" introduces."""
    body = ("Inspectors returned after a ‘cause of concern’ ruling in 2019, involving gaps in collecting "
            "and sharing risk information.")
    assert texts(body) == [("cause_of_concern", "gaps in collecting and sharing risk information.")]


def test_a_decline_in_this_area_names_no_theme() -> None:
    """"There has been a decline in this area and this is a cause of concern": the clause
    points back at a matter named before; a decline in "this area" names none itself."""
    body = ("The inspector said: “The service can’t show its staff are fit. "
            "There has been a decline in this area and this is a cause of concern.”")
    assert ("cause_of_concern", "There has been a decline in this area") not in texts(body)


def test_a_dated_cause_of_concern_over_a_and_another_on_b_gives_two() -> None:
    """A year between the kind and its theme leaves it one cause of concern, and "and
    another on B" then opens the second, as after an undated one."""
    body = ("The inspectorate issued a cause of concern in May 2024 over how the force answered calls "
            "and another on its vetting of new staff.")
    assert texts(body) == [("cause_of_concern", "how the force answered calls"),
                           ("cause_of_concern", "its vetting of new staff.")]


def test_what_a_set_is_about_then_the_first_was_that_gives_the_item() -> None:
    """"two causes of concern in relation to its workforce; the first was that A": the
    segment before the ordinal says what the set is about; the ordinal's clause is the item."""
    body = ("The service was given two causes of concern in relation to its workforce; the first was that managers "
            "did not deal with complaints of bullying. Workshops have been held since.")
    assert texts(body) == [("cause_of_concern", "managers did not deal with complaints of bullying.")]


def test_kind_placed_in_the_report_before_its_copula() -> None:
    body = ("The chief officer said: 'The main areas for us to improve in this report are assessing "
            "the risk of flooding and checking high-rise buildings.'")
    assert texts(body) == [
        ("area_for_improvement", "assessing the risk of flooding"),
        ("area_for_improvement", "checking high-rise buildings."),
    ]


def test_kind_placed_in_a_subject_is_no_place_in_the_report() -> None:
    body = "The areas for improvement in custody are being worked on by a new team."
    assert texts(body) == []


def test_areas_the_body_needs_to_tackle_carried_into_a_quoted_list() -> None:
    body = ("The chief constable said the report set out several areas the force needs to tackle.\n\n"
            "\u201cThese included improving how we check vetting decisions, cutting the time complaints take "
            "and training our call handlers.\u201d")
    assert texts(body) == [
        ("area_for_improvement", "improving how we check vetting decisions"),
        ("area_for_improvement", "cutting the time complaints take"),
        ("area_for_improvement", "training our call handlers."),
    ]


def test_recommendations_named_by_what_they_ask_to_do() -> None:
    """"three recommendations made in the report to ensure A, to ensure B and to explore C":
    an infinitive hanging on the kind names each ask, one item per "to"."""
    body = ("Every commissioner accepted the three recommendations made in the report to ensure victims can "
            "reach specialist advocates, to ensure forces share case files with support charities and to "
            "explore how councils and forces can plan services together. We will report back in spring.")
    assert texts(body) == [
        ("recommendation", "ensure victims can reach specialist advocates"),
        ("recommendation", "to ensure forces share case files with support charities"),
        ("recommendation", "to explore how councils and forces can plan services together."),
    ]


def test_an_aim_of_the_writers_own_after_the_kind_names_no_item() -> None:
    """"We went through the recommendations with partners to ensure ...": the infinitive
    is the writer's own aim, not what the recommendations ask."""
    body = "We went through the recommendations with partners to ensure victims are supported. It is a good report."
    assert not [t for t, _ in texts(body) if t == "recommendation"]


def test_a_grade_listed_among_what_needs_improving_is_no_item() -> None:
    """"These include an 'inadequate' rating for A and two 'requires improvement' ratings for
    B": the story lists the gradings, which are no items."""
    body = ("The inspectorate identified areas in which the force must get better. These include an "
            "‘inadequate’ rating for how it answers calls, and two ‘requires improvement’ ratings for "
            "investigating crime and managing offenders. The commissioner said work had begun.")
    assert texts(body) == []


def test_asks_joined_by_and_without_their_own_to() -> None:
    """"recommendations to strengthen A and deliver B": a verb of an ask after "and" opens
    the next item even without its own "to"."""
    body = ("The inspectorate made two recommendations to strengthen joint patrols and deliver "
            "better updates to victims. The commissioner will hold the force to account.")
    assert texts(body) == [("recommendation", "strengthen joint patrols"),
                           ("recommendation", "deliver better updates to victims.")]


def test_a_topic_preposition_said_again_after_and_opens_a_second_theme() -> None:
    body = "The inspectorate has now closed its causes of concern on the force's call handling and on its custody suites."
    assert texts(body) == [("cause_of_concern", "the force's call handling"), ("cause_of_concern", "its custody suites.")]


def test_a_kind_in_a_conceding_clause_names_no_themes_after_it() -> None:
    """"While accepting that there were areas for improvement, the report said that A and B
    were working": the comma closes the conceded clause; what the main clause says is no
    list of the kind's themes."""
    body = ("While accepting that there were some areas for improvement, the report said that the new "
            "training scheme and the custody review were making a difference. The commissioner welcomed it.")
    assert texts(body) == []


def test_a_kind_in_a_conceding_clause_keeps_the_themes_inside_it() -> None:
    body = "While inspectors found areas for improvement in how the force answers calls, the force is doing well."
    assert texts(body) == [("area_for_improvement", "how the force answers calls")]


def test_a_clause_joined_without_a_comma_owns_the_introducer_after_it() -> None:
    """"progress on the recommendations of our earlier report but we found that ...": "but"
    and a pronoun open a clause of their own; what was found is no recommendation."""
    body = ("The force has made progress on the recommendations of our earlier report but we found that "
            "some of the changes had lapsed. It will act.")
    assert not [t for t, _ in texts(body) if t == "recommendation"]


def test_a_news_sites_advertisement_slot_parts_no_carried_list() -> None:
    """A "Hide Ad" slot printed between the sentence naming the kind and the "These include"
    after it: the item rules read past it, as a reader does."""
    body = ("Inspectors also named several areas in which the service needed to improve.\n\nHide Ad\nHide Ad\n\n"
            "These include checking that tower blocks are visited often enough. The chief fire officer welcomed it.")
    assert texts(body) == [("area_for_improvement", "checking that tower blocks are visited often enough.")]


def test_these_related_to_carries_the_themes_of_the_kind_before() -> None:
    """"two causes of concern were raised. These related to A; and B": "related to" after a
    pointing pronoun lists the themes of the plural kind the sentence before named."""
    body = ("The panel heard that the service had been given two causes of concern in March. These related to "
            "the service not having done enough to check its fire engines; and the service not having trained "
            "enough drivers. Members noted the update.")
    assert texts(body) == [
        ("cause_of_concern", "the service not having done enough to check its fire engines"),
        ("cause_of_concern", "the service not having trained enough drivers."),
    ]


def test_a_date_and_byline_between_the_kind_and_its_themes_part_nothing() -> None:
    """A story's date and byline printed after its opening paragraph: the sentence after
    them still carries the kind the opening named."""
    body = ("The force has left enhanced monitoring after two causes of concern the inspectorate raised were "
            "found to be resolved.\n\n"
            "June 4, 2025\nBy Sam Carter\n\n"
            "These related to how the force supervises investigations and how it manages registered sex "
            "offenders. The chief constable welcomed the decision.")
    assert texts(body) == [
        ("cause_of_concern", "how the force supervises investigations"),
        ("cause_of_concern", "how it manages registered sex offenders."),
    ]


def test_two_verbs_of_a_last_wh_clause_are_one_theme() -> None:
    body = ("The chief constable said the report set out several areas the force needs to tackle.\n\n"
            "\u201cThese included improving how we check vetting decisions, cutting the time complaints take "
            "and improve how we gather and grade corruption intelligence.\u201d")
    assert texts(body) == [
        ("area_for_improvement", "improving how we check vetting decisions"),
        ("area_for_improvement", "cutting the time complaints take"),
        ("area_for_improvement", "improve how we gather and grade corruption intelligence."),
    ]


def test_our_after_and_opens_a_second_theme_in_a_response() -> None:
    body = ("In its report HMICFRS highlighted areas of promising practice: our work with the county council "
            "on water rescue and our partnership with the ambulance trust on falls response.")
    assert [t for _, t in texts(body)] == [
        "our work with the county council on water rescue",
        "our partnership with the ambulance trust on falls response.",
    ]


def test_one_theme_keeps_the_commas_of_a_joined_name() -> None:
    body = "The panel asked about the cause of concern in relation to Equality, Diversity and Inclusion (EDI), which remains open."
    assert texts(body) == [("cause_of_concern", "Equality, Diversity and Inclusion (EDI)")]


def test_welsh_causes_of_concern_named_by_theme() -> None:
    body = "Nododd yr arolygwyr ddau achos pryder – sef atal tanau yn y cartref, a diwylliant y gwasanaeth."
    found = texts(body)
    assert [t for t, _ in found] == ["cause_of_concern", "cause_of_concern"]
    assert found[0][1] == "atal tanau yn y cartref"


def test_welsh_areas_a_body_must_improve_named_by_theme() -> None:
    # "meysydd ... y mae’n rhaid i X eu gwella, gan gynnwys A": areas X must improve, including A
    body = ("Mae meysydd a nodwyd yn yr adroddiad y mae’n rhaid i Heddlu Caint eu gwella yn fuan, "
            "gan gynnwys sut mae’n ateb galwadau nad ydynt yn rhai brys.")
    assert [t for t, _ in texts(body)] == ["area_for_improvement"]
    assert texts(body)[0][1].startswith("sut mae’n ateb galwadau")


def test_a_welsh_heading_of_areas_to_improve_alone_names_no_item() -> None:
    body = "Meysydd i’w gwella\n\nRoedd y feirniadaeth yn debyg ar draws y ddau heddlu."
    assert texts(body) == []


def test_themes_before_a_colon_that_opens_a_quotation() -> None:
    # the block ends "... said:" and a quotation follows: the colon names no kind, and the
    # sentence before it still names two causes of concern by theme
    body = ("After its visit the inspectorate found two causes of concern, one relating to the "
            "call-handling system and the other regarding the records of hydrants. The chief officer said:\n\n"
            "“We are working hard on both and expect to report progress soon.”")
    assert texts(body) == [("cause_of_concern", "the call-handling system"),
                           ("cause_of_concern", "the records of hydrants.")]


def test_themes_before_a_lead_in_to_a_list_of_another_kind() -> None:
    # the lead-in types its list as areas for improvement; the sentence before it names
    # causes of concern by theme, which that list does not restate
    body = ("The inspectors found two causes of concern, one relating to the call-handling system "
            "and the other regarding the records of hydrants. They also found these areas for improvement:\n\n"
            "- the audit of training records\n- the checks of the fleet\n")
    assert texts(body) == [("cause_of_concern", "the call-handling system"),
                           ("cause_of_concern", "the records of hydrants."),
                           ("area_for_improvement", "the audit of training records"),
                           ("area_for_improvement", "the checks of the fleet")]


def test_a_clause_of_time_between_the_kind_and_about_takes_the_introducer() -> None:
    # "about" follows the clause "after worries were voiced": what the worries were about,
    # not what the recommendations are
    body = ("The two inspectorates set out several recommendations for change after worries were "
            "voiced about the handling of detainees at the station.")
    assert texts(body) == []


def test_after_as_a_preposition_between_the_kind_and_about_keeps_the_themes() -> None:
    # "after their visit" is a phrase, no clause with a verb group of its own: "about"
    # still introduces what the recommendations are
    body = ("The inspectors made two recommendations after their visit about the handling of "
            "detainees and the training of staff.")
    assert texts(body) == [("recommendation", "the handling of detainees"),
                           ("recommendation", "the training of staff.")]


def test_suggestions_listed_after_a_sentence_naming_two_kinds_are_the_last_kinds_items() -> None:
    body = ("The inspectors gave four areas for improvement and made 31 recommendations. "
            "Suggestions included tightening the checks on new recruits, widening the rules on gross misconduct "
            "and improving how complaints are investigated. The chief constable welcomed the report.")
    assert texts(body) == [
        ("recommendation", "tightening the checks on new recruits"),
        ("recommendation", "widening the rules on gross misconduct"),
        ("recommendation", "improving how complaints are investigated."),
    ]


def test_themes_carried_after_two_kinds_take_the_type_of_the_last() -> None:
    body = ("Inspectors raised two causes of concern and made eight recommendations. "
            "These included a review of the call centre's staffing, and better training for supervisors. The force agreed.")
    assert texts(body) == [
        ("recommendation", "a review of the call centre's staffing"),
        ("recommendation", "better training for supervisors."),
    ]


def test_this_includes_lists_the_kind_a_report_provided_the_sentence_before() -> None:
    body = ("The report named areas to improve and provided recommendations on how the force can make its cells safer. "
            "This includes checking detainees more often; recording each search in full; and training staff in first aid. "
            "The commissioner will monitor progress.")
    assert texts(body) == [
        ("recommendation", "checking detainees more often"),
        ("recommendation", "recording each search in full"),
        ("recommendation", "training staff in first aid."),
    ]


def test_this_includes_after_a_kind_no_report_gave_names_no_items() -> None:
    body = ("Despite recommendations in earlier reviews, inspectors found that the old problems remain. "
            "This includes slow file handling, and weak shared targets. The force accepted the findings.")
    assert texts(body) == []


def test_areas_of_concern_named_causes_of_concern_nearby_give_their_themes() -> None:
    body = ("In our visit we found areas of concern with respect to fleet maintenance and the welfare of staff. "
            "We sent these causes of concern to the chief fire officer with our recommendations.")
    assert texts(body) == [("cause_of_concern", "fleet maintenance"), ("cause_of_concern", "the welfare of staff.")]


def test_areas_of_concern_with_no_cause_of_concern_near_are_no_kind() -> None:
    body = "Councillors raised areas of concern with regard to fleet maintenance and the welfare of staff. The officer replied."
    assert texts(body) == []


def test_an_auxiliary_after_a_break_leaves_a_clause_of_time_a_preposition() -> None:
    # "after its visit" is a preposition's phrase: the "was" inside the brackets is the
    # aside's verb, not the verb group of a clause that "after" opens, so the list is the kind's
    body = ("The inspectorate made two recommendations after its visit (which was brief) including "
            "the vetting of new officers and the training of call handlers.")
    assert texts(body) == [("recommendation", "the vetting of new officers"),
                           ("recommendation", "the training of call handlers.")]


def test_a_theme_that_acts_on_the_kind_in_its_own_words_is_kept() -> None:
    """"a national group to watch the progress made towards implementing recommendations":
    the kind inside the theme is what a verb of the theme acts on, not a kind named again."""
    body = ("The inspectorate found that stalking is not taken seriously. Recommendations include: every force "
            "writing a plan for dealing with it; creating a national group to watch the progress made towards "
            "implementing recommendations. The force replied.")
    assert [t for _, t in texts(body)] == [
        "every force writing a plan for dealing with it",
        "creating a national group to watch the progress made towards implementing recommendations.",
    ]


def test_commas_with_no_joint_to_end_a_list_join_words_of_one_theme() -> None:
    """"crews hold accurate, current risk information": a comma that no "and" or "or"
    follows ends no list; the words either side belong to one theme."""
    body = ("The inspectorate raised areas for improvement. These include work to make sure tall blocks are visited "
            "in good time so that crews hold accurate, current risk information at all times. The service agreed.")
    assert [t for _, t in texts(body)] == [
        "work to make sure tall blocks are visited in good time so that crews hold accurate, current risk information "
        "at all times."]


def test_an_and_before_the_last_comma_ends_no_list() -> None:
    """"visited in a prompt and thorough way so that crews hold accurate, current risk
    information": the "and" that ends a list joins its last theme, after the last comma; an
    "and" before it is a theme's own, and the comma still parts no themes."""
    body = ("The inspectorate raised areas for improvement. These include work to make sure tall blocks are visited "
            "in a prompt and thorough way so that crews hold accurate, current risk information at all times. "
            "The service agreed.")
    assert [t for _, t in texts(body)] == [
        "work to make sure tall blocks are visited in a prompt and thorough way so that crews hold accurate, current "
        "risk information at all times."]


def test_a_kind_with_a_dashed_aside_that_names_some_is_no_label_and_the_dash_ends_the_list() -> None:
    """"Areas for improvement identified in the report – including A, and B – are being
    addressed": the dash after the kind opens an aside that names some of its items (no
    label and its item), and the closing dash ends the list before the sentence goes on."""
    body = ("Areas for improvement identified in the report – including the supervision of detainees at night, and "
            "the training needs of custody staff – are already being addressed by the force.")
    assert texts(body) == [
        ("area_for_improvement", "the supervision of detainees at night"),
        ("area_for_improvement", "the training needs of custody staff"),
    ]


def test_a_counted_list_with_commas_alone_keeps_its_themes() -> None:
    body = "Inspectors found three causes of concern: custody, vetting, call handling. The force replied."
    assert [t for _, t in texts(body)] == ["custody", "vetting", "call handling."]


def test_a_welsh_list_ends_on_its_own_joint() -> None:
    """Welsh "a" ("and") joins a list's last theme: the comma before it parts two themes."""
    body = ("Dywedodd yr arolygwyr fod 'achosion pryder' mewn dau faes arall – sef deall y risg o lifogydd, "
            "a diogelu'r cyhoedd trwy archwilio adeiladau.")
    themes = [t for _, t in texts(body)]
    assert len(themes) == 2 and themes[0] == "deall y risg o lifogydd"


def test_other_asks_a_directing_modal_includes_after_a_counted_kind() -> None:
    """"Other changes must include A, B and C" after a sentence counting the recommendations:
    the rest of the asks, each an item of the kind counted; without the modal ("Other changes
    include") the sentence may say what was done, and gives none."""
    counted = "Inspectors made nine recommendations for how the force could improve its records.\n\n"
    body = counted + ("Other changes must include closer checks on cases involving children, a revised case "
                      "system, and refresher courses for call handlers.\n\nThe chief constable welcomed it.")
    assert texts(body) == [("recommendation", "closer checks on cases involving children"),
                           ("recommendation", "a revised case system"),
                           ("recommendation", "refresher courses for call handlers.")]
    assert texts(counted + "Other changes include a new victim assessment and a revised process.") == []


def test_areas_of_focus_a_body_must_address_carried_and_no_statement() -> None:
    """"areas of focus that the force must address. These include A, B and C": the modal
    names the kind whose themes the next sentence lists; it directs nothing of its own, so
    the sentence that names the kind is no item."""
    body = ("The inspectorate rated the force as requiring improvement and set out a number of areas of "
            "focus that the Force must address. These include the Force\u2019s call handling, its custody "
            "records and the supervision of its detectives.")
    assert texts(body) == [
        ("area_for_improvement", "the Force\u2019s call handling"),
        ("area_for_improvement", "its custody records"),
        ("area_for_improvement", "the supervision of its detectives."),
    ]


def test_a_word_joined_to_a_last_pair_of_words_is_one_theme() -> None:
    """"A, B and sleep and rest support": one word between two "and"s, before a
    last pair of words, shares the pair's noun; the list's joint is the earlier "and". A
    longer last theme after it is a theme of its own ("pay and leave and a fresh look ...")."""
    body = ("Promising practice was identified with our open days, the new gym kit at each station "
            "and sleep and rest support.")
    assert [t for _, t in texts(body)] == [
        "our open days", "the new gym kit at each station", "sleep and rest support."]
    body = ("The inspectorate repeated its recommendations around the powers of chief officers, "
            "setting out the rules on pay and leave and a fresh look at how crews are trained.")
    assert [t for _, t in texts(body)][-2:] == [
        "setting out the rules on pay and leave", "a fresh look at how crews are trained."]


def test_a_welsh_lead_in_to_recommendations_types_its_list() -> None:
    """"argymhellion" (recommendations) is the kind a Welsh lead-in names, as "recommendations"
    is an English one's: the list after its colon is the recommendations."""
    body = ("Mae argymhellion yr arolygiaeth i’r heddluoedd yn cynnwys:\n\n"
            "  • gwella’r ffordd mae galwadau brys yn cael eu hateb;\n"
            "  • adolygu’r hyfforddiant i swyddogion newydd; a\n"
            "  • cyhoeddi data ar stopio a chwilio.")
    found = texts(body)
    assert [t for t, _ in found] == ["recommendation"] * 3
    assert found[0][1].startswith("gwella’r ffordd")


def test_welsh_improvements_needed_in_areas_name_them_by_theme() -> None:
    """"angen gwelliannau mewn meysydd, gan gynnwys A a’i B" (improvements needed in areas,
    including A and its B): areas for improvement, one a theme; Welsh fuses "and" with "its"."""
    body = ("Dywedodd y Comisiynydd fod angen gwelliannau mewn rhai meysydd gan gynnwys sut mae’r "
            "heddlu yn cofnodi troseddau a’i waith gyda dioddefwyr.")
    assert texts(body) == [("area_for_improvement", "sut mae’r heddlu yn cofnodi troseddau"),
                           ("area_for_improvement", "a’i waith gyda dioddefwyr.")]


def test_counts_that_part_a_counted_set_name_no_items() -> None:
    """"12 recommendations: two for A, four for B and six for C": the counts add up to the
    kind's, so the list says whom the items are for, not what they ask."""
    body = "The report made 12 recommendations: two for the police, four needing national action and six for every service."
    assert texts(body) == []


def test_a_plural_possessor_and_an_adjective_determine_the_kind() -> None:
    """"the inspectorates’ joint recommendations include A, B and C": the possessor determines
    the kind as "the" would, whatever one adjective says what sort they are."""
    body = ("Some of the inspectorates’ joint recommendations include faster updates for victims, "
            "setting up specialist courts, and a review of charging advice.")
    assert [t for _, t in texts(body)] == ["faster updates for victims", "setting up specialist courts",
                                          "a review of charging advice."]


def test_kind_ascribed_by_a_clause_after_its_theme() -> None:
    """Round 59: a clause after the theme ascribes the kind to it ("despite being ... as",
    a dash's appositive, ", which was ... under"); the theme runs back to "that", "to" or a mark."""
    body = ("The panel heard that response times for emergency calls had slipped despite being identified as "
            "an area for improvement last year. The chief answered.\n\n"
            "Members will ask what the chief has done to tackle rural theft – another area for improvement "
            "in the report. They meet monthly.\n\n"
            "A councillor asked about the progress of the fleet audit, which was marked as amber under an area "
            "for improvement in the plan. Officers replied.")
    assert texts(body) == [
        ("area_for_improvement", "response times for emergency calls had slipped"),
        ("area_for_improvement", "tackle rural theft"),
        ("area_for_improvement", "the progress of the fleet audit"),
    ]


def test_dash_before_a_kind_with_no_article_names_no_theme() -> None:
    """A dash before a kind opened by "the" opens an aside, not an appositive that ascribes
    the kind to what stands before it (only "a", "an", "another" do)."""
    body = "The panel noted that the plan – the areas for improvement in the report – is late."
    assert texts(body) == []


def test_trailing_theme_runs_past_to_before_a_noun_phrase() -> None:
    """Round 59 review: "to" opens a trailing theme before an infinitive ("to tackle rural
    theft"), not where a preposition governs a noun phrase ("a change to the custody rota")."""
    body = ("The panel heard that a change to the custody rota – another area for improvement in the report – "
            "was delayed. Members asked why.")
    assert texts(body) == [("area_for_improvement", "a change to the custody rota")]


def test_trailing_theme_opens_after_to_when_no_clause_opens_in_reach() -> None:
    """With no clause opening within reach, the noun phrase that "to" governs is the theme."""
    body = ("Inspectors praised the steady work across the force and the clear improvements made to the handling "
            "of hate crime reports – an issue that was highlighted as an area for improvement. It was welcome.")
    assert texts(body) == [("area_for_improvement", "the handling of hate crime reports")]
