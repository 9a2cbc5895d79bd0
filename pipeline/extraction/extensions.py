"""The custom attributes our components read and write, declared in one table.

Values are plain tuples and frozen dataclasses (never Span objects) so that processed
documents can cross process boundaries.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS: dict[str, object] = {
    "blocks": (),  # ((start_char, end_char, kind), ...) from ingestion
    "meta": None,  # DocMeta: what the document says about itself
    "sections": (),  # per block: (section_type | None, is_lead_in)
    "items": (),
    "gradings": (),
    "commitments": (),
    "steps": (),  # ((sentence_start, sentence_end, rule_id), ...): steps already taken
}


def text_of(doc: Doc) -> str:
    """The doc's text, built once: spaCy's `doc.text` joins every token on each call,
    which made rule components quadratic in document length."""
    text = doc.user_data.get("crosswalk_text")
    if text is None:
        text = doc.user_data["crosswalk_text"] = doc.text
    return text


def register_extensions() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
