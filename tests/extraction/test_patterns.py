"""Every shipped pattern loads, and matches the example sentences kept beside it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span

import crosswalk.extraction.sentences  # noqa: F401 - registers crosswalk_sentences
from crosswalk.extraction.patterns import PatternFileError, PatternRule, load_rules, parse_rules
from crosswalk.extraction.rulers import Ruler, _literal_columns, _Literal, _token_pattern, requirements_of, word_index
from crosswalk.extraction.word_lists import word_lists
from crosswalk.resources import COMMENT_KEY, patterns_dir, read_json
from tests.conftest import SAMPLES, sample_text

PATTERN_FILES = sorted(p.name for p in patterns_dir().glob("*.jsonl"))
RULES = [(name, rule) for name in PATTERN_FILES for rule in load_rules(name)]


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("crosswalk_sentences")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


def matched_ids(nlp: Language, rule: PatternRule, text: str) -> set[str]:
    ruler = SpanRuler(nlp, name="probe", spans_key="probe", validate=True)
    ruler.add_patterns([{"label": rule.label, "pattern": rule.pattern, "id": rule.id}])
    doc = ruler(nlp(text))
    return {span.id_ for span in doc.spans["probe"]}


def test_every_pattern_file_is_found_and_loads() -> None:
    assert {"sections.jsonl", "directives.jsonl", "gradings.jsonl", "commitments.jsonl", "context.jsonl"} <= set(PATTERN_FILES)
    assert all(load_rules(name) for name in PATTERN_FILES)


@pytest.mark.parametrize(("name", "rule"), RULES, ids=[f"{n}:{r.id}" for n, r in RULES])
def test_pattern_matches_its_examples(nlp: Language, name: str, rule: PatternRule) -> None:
    assert rule.examples, f"{name}:{rule.id} has no example sentence"
    missed = [text for text in rule.examples if rule.id not in matched_ids(nlp, rule, text)]
    wrongly = [text for text in rule.counter_examples if rule.id in matched_ids(nlp, rule, text)]
    assert (missed, wrongly) == ([], [])


@pytest.mark.parametrize(("name", "rule"), RULES, ids=[f"{n}:{r.id}" for n, r in RULES])
def test_anchor_filter_keeps_every_example_match(nlp: Language, name: str, rule: PatternRule) -> None:
    """The Ruler skips sentences without an anchor word; no example may be lost to it."""
    ruler = Ruler(nlp, "probe", name)
    missed = [text for text in rule.examples if rule.id not in {s.id_ for s in ruler(nlp(text))}]
    assert missed == []


@pytest.mark.parametrize("name", PATTERN_FILES)
def test_ruler_finds_what_the_matcher_finds_in_every_sentence(nlp: Language, name: str) -> None:
    """Skipping sentences that lack a pattern's required words loses no match: on every
    sample, the Ruler's spans equal one Matcher of all the file's patterns run on every
    sentence."""
    matched = 0
    for stem in SAMPLES:
        doc = nlp(sample_text(stem))
        found = _ruler_spans(nlp, name, doc)
        assert found == _matcher_spans(nlp, name, doc), stem
        matched += len(found)
    assert matched, f"{name} matched nothing in the samples: the comparison proved nothing"


def test_fixed_word_patterns_read_from_arrays_find_what_their_matcher_finds(nlp: Language) -> None:
    """A group whose one pattern is of fixed words is read from the doc's arrays, not
    run through its Matcher: on every sample, for every file, it finds the same matches
    in the same order as the Matcher does in the group's windows."""
    matched = 0
    for stem in SAMPLES:
        doc = nlp(sample_text(stem))
        index = word_index(doc)
        for name in PATTERN_FILES:
            ruler = _RULERS.get(name) or _RULERS.setdefault(name, Ruler(nlp, "probe", name))
            for group in ruler.groups:
                if group.literal is None:
                    continue
                length = len(group.literal.columns)
                read = [(start, start + length) for start in group.literal.starts(group.requirements, index)]
                run = [(start + first, start + last)
                       for start, end in group.requirements.windows(index, doc.vocab.strings, group.reach)
                       for _, first, last in group.matcher(Span(doc, start, end))]
                assert read == run, (stem, name, group.patterns)
                matched += len(read)
    assert matched, "no fixed-word pattern matched in the samples: the comparison proved nothing"


def test_word_set_table_counts_what_the_index_sums(nlp: Language) -> None:
    """Every word set of every file, counted at once with arrays, has the count summed
    word by word from the index; a set the doc lacks counts 0."""
    doc = nlp(sample_text(SAMPLES[0]))
    index = word_index(doc)
    for name in PATTERN_FILES:
        ruler = _RULERS.get(name) or _RULERS.setdefault(name, Ruler(nlp, "probe", name))
        index._counts.clear()
        ruler.word_sets.fill(index)
        filled = dict(index._counts)
        index._counts.clear()
        assert filled and filled == {words: index.count(words) for words in filled}, name
    assert index.count(frozenset({nlp.vocab.strings.add("zzyzx-absent")})) == 0


def test_a_fixed_word_pattern_matches_inside_one_sentence_only(nlp: Language) -> None:
    """"we" ending one sentence and "will" opening the next are no "we will"."""
    pattern = [{"LOWER": "we"}, {"LOWER": {"IN": ["will", "shall"]}}]
    columns = _literal_columns(pattern)
    assert columns == (1, 1)
    literal = _Literal(0, columns)
    words = ["They", "know", "we", "will", "act", "as", "we", "shall"]
    doc = Doc(nlp.vocab, words=words, sent_starts=[True, False, False, True, False, True, False, False])
    doc = nlp.get_pipe("lemmatizer")(doc)
    assert literal.starts(requirements_of(pattern, nlp.vocab.strings), word_index(doc)) == [6]
    assert _literal_columns([{"LOWER": "we", "OP": "?"}]) is None
    assert _literal_columns([{"LOWER": {"NOT_IN": ["we"]}}]) is None
    assert _literal_columns([{"LEMMA": "be"}, {"TEXT": "Kent"}]) == (2, 0)


def test_ruler_reads_a_doc_whose_first_token_is_not_marked(nlp: Language) -> None:
    """A doc segmented elsewhere may leave token 0 unmarked; spaCy still starts a
    sentence there, and so does the Ruler's word index."""
    words = ["We", "will", "publish", "it", ".", "The", "force", "will", "act", "."]
    doc = Doc(nlp.vocab, words=words, sent_starts=[None, None, None, None, None, True, None, None, None, None])
    doc = nlp.get_pipe("lemmatizer")(doc)
    assert _ruler_spans(nlp, "commitments.jsonl", doc) == _matcher_spans(nlp, "commitments.jsonl", doc) != set()


def test_ruler_refuses_a_doc_without_lemmas(nlp: Language) -> None:
    with pytest.raises(ValueError, match="lemmatizer"):
        Ruler(nlp, "probe", "gradings.jsonl")(nlp.make_doc("Kent Police was rated good."))


_RULERS: dict[str, Ruler] = {}
_MATCHERS: dict[str, Matcher] = {}


def _ruler_spans(nlp: Language, name: str, doc: Doc) -> set[tuple[int, int, str, str]]:
    ruler = _RULERS.get(name) or _RULERS.setdefault(name, Ruler(nlp, "probe", name))
    doc.user_data.clear()  # the word index and span caches are per doc and per run
    return {(s.start, s.end, s.label_, s.id_) for s in ruler(doc)}


def _matcher_spans(nlp: Language, name: str, doc: Doc) -> set[tuple[int, int, str, str]]:
    matcher = _MATCHERS.get(name)
    if matcher is None:
        matcher = _MATCHERS[name] = Matcher(nlp.vocab, validate=True)
        for rule in load_rules(name):
            matcher.add(f"{rule.label}\t{rule.id}", [_token_pattern(nlp, rule)])
    return {(sentence.start + first, sentence.start + last, *nlp.vocab.strings[key].split("\t"))
            for sentence in doc.sents for key, first, last in matcher(sentence)}


EXAMPLE_WORDS = sorted({word for _, rule in RULES for text in rule.examples for word in text.split()})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(EXAMPLE_WORDS), min_size=1, max_size=60))
def test_ruler_windows_lose_no_match_on_shuffled_example_words(nlp: Language, words: list[str]) -> None:
    """Sentences made of the pattern examples' words in any order: for every file, the
    Ruler (sentences by required words, then windows around anchors) finds what one
    Matcher of all patterns finds in every sentence."""
    doc = nlp(" ".join(words))
    for name in PATTERN_FILES:
        assert _ruler_spans(nlp, name, doc) == _matcher_spans(nlp, name, doc), name


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "a", "label": "X", "patern": []}', "unknown keys"),
        ('{"id": "a", "pattern": []}', "missing keys"),
        ('{"id": "a", "label": "X", "pattern": 3}', "pattern must be"),
        ("not json", "not valid JSON"),
    ],
)
def test_loader_rejects_malformed_lines(line: str, message: str) -> None:
    with pytest.raises(PatternFileError, match=message):
        parse_rules([line], "bad.jsonl")


def test_loader_rejects_unknown_labels_and_duplicate_ids() -> None:
    with pytest.raises(PatternFileError, match="label"):
        parse_rules(['{"id": "a", "label": "NOPE", "pattern": []}'], "x.jsonl", frozenset({"YES"}))
    with pytest.raises(PatternFileError, match="duplicate"):
        parse_rules(['{"id": "a", "label": "X", "pattern": []}'] * 2, "x.jsonl")


def test_patterns_ship_inside_the_package() -> None:
    assert (patterns_dir() / "bodies.csv").is_file()
    assert Path(patterns_dir()).name in ("patterns",)


def test_a_named_word_list_is_spliced_in_and_an_unknown_name_refused() -> None:
    line = '{"id": "a", "label": "X", "pattern": [{"LOWER": {"IN": ["very", "$grades"]}}, {"LOWER": {"NOT_IN": ["$5"]}}]}'
    rule = parse_rules([line], "x.jsonl", lists={"grades": ("good", "adequate")})[0]
    assert rule.pattern == [{"LOWER": {"IN": ["very", "good", "adequate"]}}, {"LOWER": {"NOT_IN": ["$5"]}}]
    with pytest.raises(PatternFileError, match=r"x.jsonl:1: unknown word list '\$grade'"):
        parse_rules([line.replace("$grades", "$grade")], "x.jsonl", lists={"grades": ("good",)})


def test_the_grade_words_of_the_patterns_are_those_of_the_word_file() -> None:
    """gradings.jsonl names the grade words; they come from grading_words.json's grades."""
    lists = word_lists()
    assert set(lists["grade_words"]) == {"outstanding", "good", "adequate", "inadequate"}
    assert set(lists["grade_opening_words"]) == set(lists["grade_words"]) | set(lists["improvement_verbs"])
    assert set(lists["improvement_verbs"]) == {"requires", "require", "requiring", "required"}
    pattern = next(r for r in load_rules("gradings.jsonl") if r.id == "grading-count").pattern
    assert isinstance(pattern, list) and "twelve" in pattern[0]["LOWER"]["IN"]


def test_the_month_names_of_the_context_cues_are_those_the_date_reader_knows() -> None:
    """Dated context cues ("in March 2019, when ...") name the months once, through the
    date reader's table, in full and in calendar order."""
    months = word_lists()["month_names"]
    assert months[0] == "january" and months[4] == "may" and months[8] == "september" and len(months) == 12
    pattern = next(r for r in load_rules("context.jsonl") if r.id == "historic-year-when").pattern
    assert isinstance(pattern, list) and "$month_names" not in pattern[1]["LOWER"]["IN"]
    assert set(months) <= set(pattern[1]["LOWER"]["IN"])


# Word files whose lists modules take by name through `resources.word_set`/`word_entry`.
WORD_FILES = ("commitment_words.json", "quote_words.json", "item_grammar.json", "extraction_words.json", "line_words.json",
              "months.json", "deadlines.json")


@pytest.mark.parametrize("name", WORD_FILES)
def test_every_list_of_a_word_file_is_taken(name: str) -> None:
    """A list no module takes is left behind (its rule deleted, or its name misspelt in the
    file): importing the whole pipeline takes every list the code reads."""
    import crosswalk.extraction.nlp  # noqa: F401 - imports every component, which take their lists
    import crosswalk.ingest  # noqa: F401 - the readers take theirs (line_words.json)
    from crosswalk.resources import untaken_words

    assert untaken_words(name) == []


JSON_FILES = sorted(p.name for p in patterns_dir().glob("*.json"))


@pytest.mark.parametrize("name", JSON_FILES)
def test_every_key_of_a_json_pattern_file_is_named_in_its_comment(name: str) -> None:
    """A JSON pattern file's `_comment` is where a researcher reads what each entry holds: a
    top-level key it never names (a list added without a word, or renamed since) is one
    whose use only the code tells. A key inside a dotted path ("area_expressions.x") names x's
    parent, not a top-level x."""
    data = read_json(name)
    comment = data[COMMENT_KEY]
    unnamed = [key for key in data if key != COMMENT_KEY
               and not re.search(rf"(?<![\w.]){re.escape(key)}(?!\w)", comment)]
    assert unnamed == []


def test_a_word_list_a_file_lacks_fails_naming_the_file() -> None:
    from crosswalk.resources import word_set

    with pytest.raises(KeyError, match="commitment_words.json"):
        word_set("commitment_words.json", "no_such_list")


def test_a_rebuilt_model_changes_the_patterns_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The run cache keys a processed document by the patterns version: a model rebuilt under
    `models/` must change it as an edited word list does, or a run would keep old results."""
    import shutil

    from crosswalk import resources

    copy = tmp_path / "patterns"
    shutil.copytree(patterns_dir(), copy)
    monkeypatch.setenv("CROSSWALK_PATTERNS", str(copy))
    resources.patterns_version.cache_clear()
    try:
        before = resources.patterns_version()
        weights = next(path for path in (copy / "models").rglob("*") if path.is_file() and path.parent.name == "textcat")
        weights.write_bytes(weights.read_bytes() + b"\0")
        resources.patterns_version.cache_clear()
        assert resources.patterns_version() != before
    finally:
        resources.patterns_version.cache_clear()


def test_a_kind_named_within_is_read_from_its_rule_and_must_be_a_distance() -> None:
    """How near an item kind's type must be named (`named_within`) is the kind's rule's own
    key: loaded with it, refused unless a positive number of characters."""
    [rule] = parse_rules(['{"id": "a", "label": "X", "pattern": [], "named_within": 120}'], "x.jsonl")
    assert rule.named_within == 120
    for wrong in ('0', '"near"', 'true'):
        with pytest.raises(PatternFileError, match="named_within must be"):
            parse_rules(['{"id": "a", "label": "X", "pattern": [], "named_within": %s}' % wrong], "x.jsonl")


def test_every_item_limit_is_read_by_an_item_rule_and_holds_a_count() -> None:
    """The item rules' tuning numbers are data (`item_limits.json`): each is a positive
    whole number (the tagger's threshold, typed float, a probability between 0 and 1), and
    some item module reads it by name, so a number left behind by a deleted rule is found
    as a word list left behind is."""
    from dataclasses import fields

    from crosswalk.extraction.item_reading import ItemLimits, item_limits

    import crosswalk.extraction as extraction

    folder = Path(extraction.__file__).parent
    sources = "".join(path.read_text(encoding="utf-8") for path in [*folder.glob("item*.py"), folder / "numbered.py"])
    for field in fields(ItemLimits):
        value = getattr(item_limits(), field.name)
        if field.type == "float":
            assert isinstance(value, float) and 0 < value < 1, field.name
        else:
            assert isinstance(value, int) and value > 0, field.name
        assert f"LIMITS.{field.name}" in sources, field.name


def test_every_grading_limit_is_read_by_a_grading_rule_and_holds_a_count() -> None:
    """The grading rules' tuning numbers are data (`grading_limits.json`), as the item rules'
    are: each is a positive whole number some grading module reads by name."""
    from dataclasses import fields

    from crosswalk.extraction.grading_vocabulary import LIMITS, GradingLimits

    import crosswalk.extraction as extraction

    folder = Path(extraction.__file__).parent
    sources = "".join(path.read_text(encoding="utf-8") for path in [*folder.glob("grading*.py"), folder / "gradings.py"])
    for field in fields(GradingLimits):
        value = getattr(LIMITS, field.name)
        assert isinstance(value, int) and value > 0, field.name
        assert f"LIMITS.{field.name}" in sources, field.name
