"""The learned item-sentence tagger: how its training sentences are labelled, that it
trains reproducibly and never on held-out documents, and that the shipped model tags an
item sentence of the genre and not a response's own step."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosswalk import textcat
from crosswalk.evaluate import normalise
from crosswalk.extraction import item_tagger as tagger
from crosswalk.extraction.item_reading import LIMITS
from tests.conftest import ingest_text

ITEMS = [(normalise("The force should improve how it records the outcomes of investigations into fraud."),
          "area_for_improvement"),
         (normalise("By March 2026, chief constables should make sure that every officer who attends a report of "
                      "stalking has been trained to recognise it, and that supervisors check each case."),
          "recommendation")]


def test_a_sentence_that_is_the_item_takes_its_type() -> None:
    sentence = "The force should improve how it records outcomes of investigations into fraud."
    assert tagger.label_of(sentence, ITEMS) == "area_for_improvement"


def test_a_sentence_that_is_part_of_a_longer_item_is_left_out() -> None:
    assert tagger.label_of("every officer who attends a report of stalking has been trained to recognise it",
                           ITEMS) is None


def test_any_other_sentence_is_none() -> None:
    assert tagger.label_of("We have appointed a new lead for fraud and the work is under way.", ITEMS) == tagger.NONE


def test_held_out_prefixes_are_never_training() -> None:
    assert all(tagger.textcat.SENTENCE_HELD_OUT_RE.match(f"{prefix}_x") for prefix in ("jY", "jZ", "kA", "kB", "lA"))
    assert not any(textcat.SENTENCE_HELD_OUT_RE.match(f"{prefix}_x")
                   for prefix in ("jP", "jE", "jQ", "jS", "jT", "jV", "jX", "iQ", "gA", "insp"))


def test_a_held_out_document_gives_no_training_sentence(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "gold").mkdir()
    text = "Report on fraud\n\nThe force should improve how it records outcomes of investigations into fraud.\n"
    gold = {"doc_type": "peel_page", "items": [{"type": "area_for_improvement", "text": text.splitlines()[2]}]}
    for name in ("gA_kept", "jY_held"):
        (tmp_path / "docs" / f"{name}.txt").write_text(text, encoding="utf-8")
        (tmp_path / "gold" / f"{name}.json").write_text(json.dumps(gold), encoding="utf-8")
    found = list(tagger.corpus_sentences(tmp_path))
    assert {s.doc for s in found} == {"gA_kept"}
    assert [s.label for s in found] == ["area_for_improvement"]


def test_training_is_deterministic() -> None:
    pairs = [("The force should review how it supervises investigations of burglary.", "area_for_improvement"),
             ("We will report progress to the panel in the spring.", tagger.NONE),
             ("Chief constables should ensure that victims are kept informed.", "recommendation"),
             ("The chief constable has welcomed the report.", tagger.NONE)]
    labels = sorted({label for _, label in pairs})
    first, again = textcat.train(pairs, labels, epochs=3), textcat.train(pairs, labels, epochs=3)
    for text, _ in pairs:
        assert textcat.scores(again, text) == pytest.approx(textcat.scores(first, text))


def test_the_shipped_model_loads_without_the_training_words() -> None:
    nlp = tagger.model()
    assert nlp is not None
    assert json.loads((textcat.model_dir(tagger.MODEL) / "vocab" / "strings.json").read_text(encoding="utf-8")) == []


MINUTES = "gA_resp_cityoflondon_peel2018_legitimacy_afi_minutes"  # a training document: minutes restating AFIs


def _minutes_sentences() -> list[str]:
    from crosswalk.ingest import ingest_file

    docs = Path(__file__).resolve().parents[2] / "corpus" / "real" / "docs"
    document = ingest_file(docs / f"{MINUTES}.txt", docs).document
    assert document is not None
    return [document.text[start:end] for start, end in tagger.document_sentences(document)]


def test_the_shipped_model_tags_an_item_sentence_of_the_genre_and_not_the_answer_to_it() -> None:
    nlp = tagger.model()
    assert nlp is not None
    sentences = _minutes_sentences()
    item = next(s for s in sentences if "counter-corruption unit" in s)
    answer = next(s for s in sentences if s.startswith("The Assistant Commissioner noted"))
    (item_type, item_score), (_, answer_score) = tagger.best_types(nlp, [item, answer])
    assert item_type == "area_for_improvement" and item_score > LIMITS.tagger_threshold
    assert answer_score < LIMITS.tagger_threshold


def test_a_sentence_of_our_own_is_tagged_and_a_step_is_not() -> None:
    nlp = tagger.model()
    assert nlp is not None
    scored = tagger.best_types(nlp, [
        "The service should ensure it has effective systems in place to understand the risk of fire in its area.",
        "We will report our progress against this recommendation to the police and crime panel in the spring.",
    ])
    assert scored[0][0] == "area_for_improvement" and scored[0][1] > LIMITS.tagger_threshold
    assert scored[1][1] < LIMITS.tagger_threshold


def test_a_sentence_no_rule_reads_is_an_item_marked_as_the_tagger_read_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import extract_text

    text = ("News\n\nInspectors found the constabulary should ensure it has effective processes in place to assess risk and answer emergency calls quickly.\n\n"
            "The chief constable said he welcomed the report.\n")
    assert [(i.type, i.rule) for i in extract_text(text).items] == [("area_for_improvement", tagger.RULE)]
    monkeypatch.setattr(tagger, "model", lambda: None)
    assert not extract_text(text).items


def test_the_tagger_reads_no_text_longer_than_the_page_openings_it_learned_from() -> None:
    """The same news sentence the tagger takes in a page opening is no item of a long report's
    narrative: its training texts were at most about 2,000 characters (`textcat.HEAD` is the
    longest text a model reads)."""
    from tests.conftest import extract_text

    said = "Inspectors found the constabulary should ensure it has effective processes in place to assess risk and answer emergency calls quickly.\n\n"
    narrative = "The panel met in the spring and heard from the chief constable about the budget.\n\n"
    short = f"News\n\n{said}The chief constable said he welcomed the report.\n"
    long = f"News\n\n{said}{narrative * (textcat.HEAD // len(narrative) + 1)}"
    assert len(short) <= textcat.HEAD < len(long)
    assert [i.rule for i in extract_text(short).items] == [tagger.RULE]
    assert [i.rule for i in extract_text(long).items if i.rule == tagger.RULE] == []


def test_a_short_last_piece_of_a_very_long_document_is_measured_by_the_whole() -> None:
    """A document over `chunks.PIECE_CHARS` is extracted in pieces; its short last piece is
    still part of a long text, which the tagger does not read (the piece's metadata carries
    the whole document's length)."""
    from crosswalk.extraction.chunks import PIECE_CHARS, pieces
    from tests.conftest import extract_text

    said = "Inspectors found the constabulary should ensure it has effective processes in place to assess risk and answer emergency calls quickly.\n\n"
    narrative = "The panel met in the spring and heard from the chief constable about the budget.\n\n"
    text = f"News\n\n{narrative * (PIECE_CHARS // len(narrative) + 2)}{said}"
    document = ingest_text(text)
    last = list(pieces(document))[-1][1]
    assert said.strip() in last.text and len(last.text) <= textcat.HEAD
    assert [i.rule for i in extract_text(last.text).items] == [tagger.RULE]
    assert [i.rule for i in extract_text(text).items if i.rule == tagger.RULE] == []


def test_a_tagged_sentence_naming_promising_practice_is_that_practice() -> None:
    """The model weighs words as a bag: praise of the work can make it read a sentence as a
    recommendation; a sentence that names innovative practice (and no other kind) is one.
    The sentence is one the shipped model reads, at the shipped threshold, as a
    recommendation: the kind it names retypes it."""
    from tests.conftest import extract_text

    said = ("Inspectors said the service should share how it uses volunteers in its prevention work, identifying "
            "this as promising practice.")
    nlp = tagger.model()
    assert nlp is not None
    read, score = tagger.best_types(nlp, [said])[0]
    assert read == "recommendation" and score > LIMITS.tagger_threshold
    text = ("Fire service rated good by inspectors\n\nThe county fire and rescue service has been rated good by His "
            "Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS).\n\n" + said + "\n")
    assert [(i.type, i.rule) for i in extract_text(text).items] == [("innovative_practice", tagger.RULE)]


def test_a_sentence_the_model_is_unsure_of_is_no_item() -> None:
    """Between 0.5 and the threshold (`tagger_threshold`, 0.9) the additions of models trained without the documents
    were mostly no gold item (round 49, through whole runs; round 56, `bench/sentence_models_cv.py`,
    where 0.9 lost less than 0.7): such a sentence stays out, one scored 0.7-0.9 too."""
    from tests.conftest import extract_text

    nlp = tagger.model()
    assert nlp is not None
    for said in ("The inspectorate said the force should make sure it answers emergency calls quickly.",
                 "Inspectors said the force should ensure it answers emergency calls quickly."):
        assert 0.5 < tagger.best_types(nlp, [said])[0][1] <= LIMITS.tagger_threshold
        assert not extract_text(f"News\n\n{said}\n\nThe chief constable said he welcomed the report.\n").items
    assert tagger.best_types(nlp, ["Inspectors said the force should ensure it answers emergency calls quickly."])[0][1] > 0.7


def test_a_heading_that_praises_is_no_item_though_the_model_would_tag_it() -> None:
    """An assessment page's finding heading "... is good" states a judgement: the model, which
    learned the asks of the same matter, scores it an area for improvement, and the tagger
    does not read it; the same words with no grade after them are still read."""
    from tests.conftest import extract_text

    heading = "Working with local people to build a comprehensive risk profile is good"
    nlp = tagger.model()
    assert nlp is not None and tagger.best_types(nlp, [heading])[0][1] > LIMITS.tagger_threshold
    page = ("Exshire Fire and Rescue Service\n\nWe set out our findings below.\n\n" + heading + "\n\n"
            "The service consulted its communities widely when it wrote its plan.\n")
    assert [i.rule for i in extract_text(page).items if i.rule == tagger.RULE] == []
    unjudged = heading.removesuffix(" is good")
    assert [i.rule for i in extract_text(page.replace(heading, unjudged)).items] == [tagger.RULE]


def test_the_praising_grades_are_the_grade_gazetteers_words() -> None:
    """The grades that ask nothing of a body are chosen by name from the one gazetteer of
    grade forms (`grading_words.json`'s grades): their words are written there only, and a
    name that is no grade is refused, as it would choose no word."""
    import pytest

    from crosswalk.extraction.grading_vocabulary import _grade_names, grading_words

    words = grading_words()
    assert tagger.PRAISING_GRADES == {form for form, grade in words.grades.items()
                                      if grade in {"outstanding", "good", "adequate"} and " " not in form}
    assert not tagger.PRAISING_GRADES & {"inadequate", "requires improvement"}
    with pytest.raises(ValueError, match="praising_grades"):
        _grade_names(["good", "excellent"], words.grades)
