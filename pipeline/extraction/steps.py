"""Steps already taken ("have established", "has been developed", "now has a team").

The schema counts a response as having *actioned* an item when it states steps taken
or to be taken; commitments cover the second, these cues the first. They are kept as
evidence spans for alignment rather than as commitments, which are forward-looking.
A sentence that opens with "This will provide ..." right after steps are described
foretells their effect: it is no commitment of its own (its subject is no one who
acts), but it tells that the item was acted on.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from crosswalk.extraction.rulers import Ruler
from crosswalk.extraction.sentences import sentence_of
from crosswalk.extraction.extensions import text_of
from crosswalk.resources import word_entry

# words before a step cue that make it the inspectorate's own finding or action (phrases, found as substrings)
EXCLUDED_ACTORS = tuple[str, ...](word_entry("extraction_words.json", "excluded_actors"))


@Language.factory("crosswalk_steps", default_config={"patterns": "steps.jsonl"}, requires=["token.is_sent_start", "token.lemma"], assigns=["doc._.steps", "doc.spans"])
def make_steps(nlp: Language, name: str, patterns: str) -> "StepMarker":
    return StepMarker(nlp, patterns)


class StepMarker:
    def __init__(self, nlp: Language, patterns: str) -> None:
        self.ruler = Ruler(nlp, "crosswalk_step_cues", patterns, frozenset({"STEP"}))

    def __call__(self, doc: Doc) -> Doc:
        steps = []
        for cue in self.ruler(doc):
            sentence = sentence_of(doc, cue.start)
            before = text_of(doc)[sentence.start_char : cue.start_char].lower()
            if any(actor in before for actor in EXCLUDED_ACTORS):
                continue  # the inspectorate's own findings and actions are not steps
            steps.append((sentence.start_char, sentence.end_char, cue.id_))
        doc._.steps = tuple(steps)
        return doc
