"""The learned commitment-sentence model: trained only on the training documents, reproducibly,
shipped without its training words, and adding to the rules' commitments as the folds chose."""

from __future__ import annotations

import json
from pathlib import Path

from crosswalk import textcat
from crosswalk.extraction import commitment_model as cm
from tests.conftest import ingest_text

REAL = Path(__file__).resolve().parents[2] / "corpus" / "real"
# Sentences of the genre, written for these tests: a step promised in reply, and a procedural line.
STEP = "I will hold the Chief Constable to account for delivering the improvements set out in the action plan."
PROCEDURE = "The Chair thanked members for attending and the meeting closed at 4.15pm."
# A step worded as none of the rules' cues words it (no modal, no progressive, no plan "in place").
OVERSEEN = "Delivery of the force action plan to address the recommendations is overseen through the quarterly performance board."
LETTER = "Response of the Police and Crime Commissioner for Kent, 2 July 2024\n\n{}\n\nYours faithfully,\n\nJane Doe\n"


def test_no_held_out_document_is_trained_on() -> None:
    names = [path.name for path, _ in cm.training_files(REAL)]
    assert names and not any(textcat.SENTENCE_HELD_OUT_RE.match(name) for name in names)
    held_out = [p for p in (REAL / "docs").iterdir() if textcat.SENTENCE_HELD_OUT_RE.match(p.name)]
    assert held_out, "the corpus holds held-out documents, so the exclusion is exercised"
    assert all(textcat.SENTENCE_HELD_OUT_RE.match(f"{prefix}_x") for prefix in ("jY", "jZ", "kA", "kB", "lA"))
    assert not any(textcat.SENTENCE_HELD_OUT_RE.match(f"{prefix}_x")
                   for prefix in ("jP", "jE", "jQ", "jS", "jT", "jW", "jX", "iZ", "gA", "insp"))


def test_a_sentence_is_labelled_as_the_referee_matches_a_commitment() -> None:
    gold = ["The force will review its vetting procedures by June 2025."]
    pairs = cm.labelled(["The force will review its vetting procedures by June 2025, the PCC said.",
                         "The force will review", PROCEDURE], gold)
    assert [label for _, label in pairs] == ["commitment", "none", "none"]


def test_training_is_deterministic() -> None:
    pairs = [(STEP, "commitment"), (PROCEDURE, "none"),
             ("We will introduce a new training programme for call handlers.", "commitment"),
             ("The report was published on 4 May.", "none")]
    first, again = (cm.textcat.train(pairs, cm.LABELS, epochs=3) for _ in range(2))
    for text, _ in pairs:
        assert textcat.scores(first, text) == textcat.scores(again, text)


def test_the_shipped_model_loads_without_its_training_words() -> None:
    assert textcat.load(cm.MODEL) is not None
    strings = textcat.model_dir(cm.MODEL) / "vocab" / "strings.json"
    assert json.loads(strings.read_text(encoding="utf-8")) == []


def test_a_promised_step_the_rules_missed_is_added_and_a_procedural_line_is_not() -> None:
    text = f"{PROCEDURE} {STEP}"
    sentences = [(0, len(PROCEDURE)), (len(PROCEDURE) + 1, len(text))]
    added = cm.model_finds(text, "pcc_response", sentences, [])
    assert [(c.text, c.start, c.rule) for c in added] == [(STEP, len(PROCEDURE) + 1, cm.SUPPLEMENT_RULE)]


def test_nothing_is_added_where_the_rules_read_a_cue_or_outside_an_answer() -> None:
    sentences = [(0, len(STEP))]
    assert cm.model_finds(STEP, "pcc_response", sentences, sentences) == ()
    assert cm.model_finds(STEP, "inspection_report", sentences, []) == ()


def test_both_sentence_models_label_with_the_referees_normal_form() -> None:
    """One normal form: the referee's (`evaluate.normalise`), which the item and commitment
    labels both use; curly apostrophes and bullet glyphs fold as it folds."""
    from crosswalk.evaluate import normalise
    from crosswalk.extraction import item_tagger

    assert item_tagger.normalise is normalise and cm.normalise is normalise
    assert not hasattr(item_tagger, "norm") and not hasattr(cm, "_norm")
    gold = ["The force\u2019s new vetting unit will report to the board each quarter."]
    assert [label for _, label in cm.labelled(["\u2022 The force's new vetting unit will report to the board each quarter."],
                                              gold)] == ["commitment"]


def test_the_model_is_a_pipeline_component_after_the_commitment_rules() -> None:
    """The model reads what the rules read and judged (`doc._.commitment_cues`) through the
    pipeline, declared, not through a side channel after it."""
    from crosswalk.extraction.nlp import build_nlp

    nlp = build_nlp()
    names = nlp.pipe_names
    assert names.index(cm.COMPONENT) == names.index("crosswalk_commitments") + 1
    meta = nlp.get_pipe_meta(cm.COMPONENT)
    assert "doc._.commitment_cues" in meta.requires and meta.assigns == ["doc._.commitments"]
    assert "doc._.commitment_cues" in nlp.get_pipe_meta("crosswalk_commitments").assigns


def test_extraction_adds_the_models_step_and_training_reads_the_rules_alone() -> None:
    """In a letter answering a report, a step worded as no cue of the rules' words it is the
    model's; extraction with the component disabled (how training reads) has the rules' finds."""
    from crosswalk.extraction.extract import extract_document

    text = LETTER.format(f"{PROCEDURE}\n\n{OVERSEEN}")
    document = ingest_text(text, "letter")
    assert document.doc_type in cm.SUPPLEMENT_TYPES
    with_model = extract_document(document).commitments
    rules = extract_document(document, disable=(cm.COMPONENT,)).commitments
    added = [c for c in with_model if c.rule == cm.SUPPLEMENT_RULE]
    assert [c.text for c in added] == [OVERSEEN] and all(c.rule != cm.SUPPLEMENT_RULE for c in rules)
    assert [c for c in with_model if c.rule != cm.SUPPLEMENT_RULE] == list(rules)
