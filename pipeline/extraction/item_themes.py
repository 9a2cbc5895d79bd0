"""Items named by their themes in running text: a kind ("three causes of concern",
"these recommendations") closely followed by an introducer ("focused on", "including",
":") and a list of themes, one item per theme; a subject a kind is said of ("the backlog
is a cause of concern"); and "They included A, B and C" after a sentence naming a plural
kind. The rules over the document's structure (lists, table rows, headings) are run by
`items` from its `item_*` rule modules; this module reads inside one block's sentences, and `item_pieces` cuts a list of
themes into its pieces."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from crosswalk.dates import DAY_NAMES, MONTH_NAMES
from crosswalk.extraction.context import flags_for
from crosswalk.extraction.extensions import spans_within, text_of
from crosswalk.extraction.grading_vocabulary import grading_words
from crosswalk.extraction.item_grammar import (
    AUXILIARIES, CLAUSE_OPENERS, FIRST_PERSON_SUBJECTS, NUMBER_WORDS, REPORT_NOUNS, SUBJECT_PRONOUNS, SUBORDINATORS,
    WH_WORDS,
)
from crosswalk.extraction.item_pieces import (
    ANOTHER_RE, JOINED_INFINITIVES_RE, LIST_AND_RE, ORDINAL_RE, area_name_at, is_clause, joined_areas, opens_clause,
    end_of_theme, parenthetical_relatives, semicolon_pieces, theme_pieces, trim_piece,
)
from crosswalk.extraction.item_reading import (
    DETERMINERS, GRAMMAR_FILE, LIMITS, SECTIONS_KEY, THEMES_KEY, THEME_STOPWORDS, YEAR_RE, Context, Scope, Unit, item_words,
    only_bodies,
)
from crosswalk.extraction.sentences import sentence_of, sentences_in
from crosswalk.extraction.subjects import MODIFYING_PREPOSITIONS, bodies_in, subjects_in
from crosswalk.model import ITEM_TYPES
from crosswalk.quote_marks import CLOSING_QUOTES, DASHES, OPENING_QUOTES
from crosswalk.resources import word_set

REFERENCE_NUMBER_RE = re.compile(r"^(?:no\.?|nos\.?|number|\d)")
ADVERBIAL_SUBORDINATORS = word_set(GRAMMAR_FILE, "adverbial_subordinators")
# "when there are causes of concern about A": a condition before an existential "there" names no items
# plural only: "there is innovative practice with ..." describes one finding, not a list of items
EXISTENTIAL_VERBS = word_set(GRAMMAR_FILE, "existential_verbs")
EXISTENTIAL_CONDITIONS = word_set(GRAMMAR_FILE, "existential_conditions")
VERB_INTRODUCERS = {"theme-include", "theme-relating-to", "theme-focused-on", "theme-highlighted-that"}
# "such as A", "; for example, how A and how B": what follows names examples of the kind
# before it, so its items only when the kind is one (see `_exemplified`).
EXAMPLES_INTRODUCERS = {"theme-such-as", "theme-for-example"}
EXAMPLE_OPENING_RE = re.compile(r"(?:for\s+(?:example|instance)\b|e\.g\.|such\s+as\b)", re.I)  # an aside after a dash or colon
BODY_IMPROVING_KINDS = {"kind-areas-where-need-improvement"}  # "areas where the force could improve": what a body is to improve
EXAMPLES_RE = re.compile(r",\s+such\s+as\s", re.I)  # what a carried sentence describes, with examples of it
DIRECTING_MODALS = word_set(GRAMMAR_FILE, "directing_modals")
INCLUDING_INTRODUCER = "theme-include"  # its themes are objects: a verb among them is a theme's own clause
# "X is a serious cause of concern", "X was seen as notable practice": the kinds a subject
# is said to be, the verbs that say it, and the words that cannot qualify the kind.
ACRONYM_LETTERS = (2, 6)  # an initialism that names a matter ("CDI", "ED&I" aside)
ASCRIBED_KINDS = {"cause_of_concern", "area_for_improvement", "innovative_practice"}
COPULAS = word_set(GRAMMAR_FILE, "copulas")
PARTICIPLES = word_set(GRAMMAR_FILE, "participles")
NOT_QUALIFIERS = word_set(GRAMMAR_FILE, "not_qualifiers")
# The themes are clauses that keep the introducer's last word: the wh-word of "in how", and
# the failure of "a cause of concern after failing to check its hydrants" (what it was for).
WH_INTRODUCERS = {"theme-in-how", "theme-for-how", "theme-after-failing"}
# "a cause of concern for how it ...": what a concern or an area for improvement is for;
# "recommendations for how forces can ..." say what the asks are for, not what they are.
FOR_HOW_INTRODUCER = "theme-for-how"
FOR_HOW_KINDS = {"cause_of_concern", "area_for_improvement"}
FAILING_INTRODUCER = "theme-after-failing"
SAID_MODAL_INTRODUCER = "theme-said-should"
# "how it plans for, and trains staff on, A": a comma right after a preposition leaves
# its object to come, so the theme goes on.
STRANDED_PREPOSITIONS = word_set(GRAMMAR_FILE, "stranded_prepositions")
ADJACENT_INTRODUCERS = {"theme-that", "theme-colon", "theme-dash", "theme-comma-on", "theme-on",
                        "theme-comma-saying"}  # only right after the kind
# "identified one cause of concern, saying the service did not ...": what a reporting
# participle right after one kind says is that item, a clause.
SAYING_INTRODUCER = "theme-comma-saying"
# "an area for improvement was for the service to allocate ...": what the body is to do is
# the item, a clause from "for" to the sentence's end (a comma inside it cuts nothing).
INFINITIVE_INTRODUCER = "theme-for-body-to"
# "three recommendations to tighten A, to develop B and to explore C": an infinitive that
# hangs on the kind says what each ask is; one after another verb is the writer's own aim.
PURPOSE_INTRODUCER = "theme-to-do"
PURPOSE_KINDS = {"recommendation"}
PURPOSE_VERBS = word_set(GRAMMAR_FILE, "purpose_verbs")  # "to ensure", "to explore": an ask's verbs
ON_INTRODUCER = "theme-on"  # "two causes of concern on A and B": not "on behalf of", "on 17 March", "on how"
# "on behalf of", "on how", "on Monday", "on March 17": the words of the file, and the
# days and months in full from the date reader, where dates keeps them
ON_NON_THEMES = word_set(GRAMMAR_FILE, "on_non_themes") | frozenset(DAY_NAMES) | frozenset(MONTH_NAMES)
APPOSITIVE_INTRODUCERS = {"theme-comma-on"}  # "the causes of concern, on A and B, have been closed"
SUBJECT_ADVERBS = word_set(GRAMMAR_FILE, "subject_adverbs")  # between a subject and its verb
SUBJECT_VERBS = word_set(GRAMMAR_FILE, "subject_verbs")  # "... were closed", not "should"
PROVIDING_VERBS = word_set(GRAMMAR_FILE, "providing_verbs")  # "provided recommendations on how ...", read with the reporting verbs
GIVING_PARTICIPLES = word_set(GRAMMAR_FILE, "giving_participles")  # "A and B issued after our inspection"
GIVING_FOLLOWERS = word_set(GRAMMAR_FILE, "giving_followers")
LOCATING_PREPOSITIONS = word_set(GRAMMAR_FILE, "locating_prepositions")  # "the areas for improvement in the report are"
SUBJECT_OPENERS = word_set(GRAMMAR_FILE, "subject_openers")  # "that", "before": a clause's subject follows
PREPOSITIONAL_INTRODUCERS = {"theme-comma-on", "theme-on", "theme-relating-to", "theme-around", "theme-in-respect-of",
                             "theme-focused-on", "theme-based-on"}  # a subject's themes follow a preposition
RELATIVE_SUBJECTS = word_set(GRAMMAR_FILE, "relative_subjects")
RELATIVE_OBJECTS = word_set(GRAMMAR_FILE, "relative_objects")  # after a preposition ("of which"), a relative clause opens
PLURAL_KIND_WORDS = word_set(GRAMMAR_FILE, "plural_kind_words")
AMONG_NON_THEMES = word_set(GRAMMAR_FILE, "among_non_themes")  # words after "Among the X were" that open no noun phrase
KIND_QUALIFIERS = word_set(GRAMMAR_FILE, "kind_qualifiers")
OBJECT_PRONOUNS = word_set(GRAMMAR_FILE, "object_pronouns")  # an object that points back ("identified them as")
MATTERLESS_NOUNS = word_set(GRAMMAR_FILE, "matterless_nouns")  # "those issues", "the area of concern": no matter named
FREE_RELATIVES = word_set(GRAMMAR_FILE, "free_relatives")  # "on what the review showed": no matter named
UNFINISHED_ENDINGS = word_set(GRAMMAR_FILE, "unfinished_endings")  # "the force doesn't": a clause cut short
DOUBLE_OPENING, DOUBLE_CLOSING = "“\"", "”\""  # a quotation's marks (a single one may be an apostrophe)
# an opening quote before it: a speaker's quoted paragraph that carries on the list;
# "Suggestions included A, B and C": the press's word for the asks the sentence before counted;
# "This includes A; B; and C" after a kind a report gave (`_pointed_at_given`)
NOT_LISTED_OPENERS = r"that|as|by|in|to|not|all|now|being|been"  # "These include all ...", "This includes being ...": no list follows
CARRIED_THEMES_RE = re.compile(r"^\s*[" + OPENING_QUOTES + r"]?\s*(?:(?:Suggestions|(?P<this>This))\s+(?:also\s+)?(?:include|includes|included)\s*:?\s+(?!(?:"
                               + NOT_LISTED_OPENERS + r")\b)"
                               r"|(?:They|These|Those)\s+(?:also\s+)?(?:include|includes|included|including|are|were|"
                               r"identified|highlighted|noted|listed|named|cited|relate\s+to|related\s+to)\s*:?\s+"
                               # "They are now met", "These are set out in section 6": no themes
                               r"(?!(?:" + NOT_LISTED_OPENERS + r"|set|shown|given|laid|made|found|kept|held|\w+ly|\w+ed)\b)"
                               r"|(?=The\s+first\s+(?:one\s+|area\s+)?(?:was|is|related|relating|concerned)\b)"
                               # "They were that the leadership ...; the force isn't ...": "that" opens
                               # the first of the findings the items state (not "They were that bad").
                               r"|(?:They|These|Those)\s+(?:are|were)\s+that\s+(?=(?:the|its|their|it|there|they)\b))")
# The inspectorate's enhanced monitoring named ("moved into Engage", "its enhanced Engage
# process", "an enhanced level of monitoring"), not the verb ("Engage with partners").
ENGAGE_RE = re.compile(r"\b(?:into|in|enhanced|the|its)\s+Engage\b|\bEngage\s+(?:process|phase|stage|status)\b"
                       r"|\benhanced\s+(?:level\s+of\s+)?monitoring\b")
TOPIC_PREPOSITIONS = word_set(GRAMMAR_FILE, "topic_prepositions")  # "a cause of concern in protection"
REASON_CONJUNCTIONS = word_set(GRAMMAR_FILE, "reason_conjunctions")  # "a cause of concern on A as it ...": the reason follows
DESCRIBED_DETERMINERS = word_set(GRAMMAR_FILE, "described_determiners")  # "a cause of concern in the leadership of the brigade"
STATING_PRONOUNS = word_set(GRAMMAR_FILE, "stating_pronouns")  # a finding's own subject opening a clause in a list of them
SEMICOLON_END_RE = re.compile(r";\s*(?:and|or)?\s*$", re.I)
BACK_POINTING_DETERMINERS = word_set(GRAMMAR_FILE, "back_pointing_determiners")  # "of the 26 recommendations"
POINTING_BACK = BACK_POINTING_DETERMINERS - {"the"}  # "these concerns": items named before
OPEN_COUNTS = word_set(GRAMMAR_FILE, "open_counts")  # "several", "some": a count without a number
PARTITIVE_COUNTS = word_set(GRAMMAR_FILE, "partitive_counts")  # "many of the", "most of its": some of a set
POSSESSIVES = word_set(GRAMMAR_FILE, "possessives")
CONCESSIVE_OPENERS = word_set(GRAMMAR_FILE, "concessive_openers")  # "While ..., it stated that": see `_closes_concession`
# Words between a counted kind and its one theme that make the theme one of the set: "five
# causes of concern, including A", "two causes of concern: the first around A".
SELECTION_RE = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                               for w in sorted(word_set(GRAMMAR_FILE, "selection_words"))) + r")\b", re.I)
ALONG_WITH_RE = re.compile(r",\s+(?:along|together)\s+with\s+(?=\w)", re.I)  # more of the kind after it
# "two causes of concern about the service's performance in A and B": whose performance
# frames the themes and is no part of the first.
PERFORMANCE_FRAME_RE = re.compile(r"(?:(?:the\s+)?(?:(?:[A-Z][\w&-]*|and|of)\s+){0,6}[\w&-]+[’']s|its|their)\s+performance\s+(?:in|at|on)\s+(?=\w)")
DEFINITE_OPENERS = word_set(GRAMMAR_FILE, "definite_openers")  # "The one area for improvement raised was A"
CONTINUING_OPENERS = word_set(GRAMMAR_FILE, "continuing_openers")  # "Another area for improvement was A"
PREDICATE_QUALIFIERS = word_set(GRAMMAR_FILE, "predicate_qualifiers")  # "The only area for improvement identified was A"
PERFECT_AUXILIARIES = word_set(GRAMMAR_FILE, "perfect_auxiliaries")  # "has been a cause of concern": a copula in the perfect
PERFECT_ADVERBS = word_set(GRAMMAR_FILE, "perfect_adverbs")  # "had also been", "has long been"


def kinds_in(ctx: Context, start: int, end: int) -> list[Span]:
    """The kinds named from start to end: the section rules' ("causes of concern"), then
    the theme rules' ("two areas where the service must improve"; not their introducers)."""
    return [*ctx.types_in(start, end), *(s for s in spans_within(ctx.doc, THEMES_KEY, start, end)
                                         if s.label_ != "THEME" and stands_as_kind(ctx, s))]


def stands_as_kind(ctx: Context, kind: Span) -> bool:
    """"areas of concern" names causes of concern only where the text calls them so nearby
    ("during our visit we found areas of concern around A and B. We gave these causes of
    concern to the service"); elsewhere it is a speaker's or a panel's word for what worries them.
    How near is the kind's rule's own `named_within` (`patterns/item_themes.jsonl`)."""
    near = ctx.named_within.get(kind.id_)
    if near is None:
        return True
    return any(t.label_ == kind.label_ for t in ctx.types_in(max(kind.start_char - near, 0), kind.end_char + near))


def plural_kinds(ctx: Context, sentence: Span) -> list[Span]:
    """The kinds a sentence names as a set of items ("the two causes of concern", "six
    areas that required improvement"), when it names one kind only."""
    kinds = [k for k in kinds_in(ctx, sentence.start_char, sentence.end_char) if not _is_singular(k)]
    return kinds if len({k.label_ for k in kinds}) == 1 else []


def themes(ctx: Context, start: int, end: int, scope: Scope) -> tuple[list[tuple[int, int]], tuple[str, str | None] | None]:
    """Items named by their themes: a kind ("three causes of concern", "areas for
    improvement", "these concerns") followed closely by an introducer ("focused on",
    "were highlighted around", "in respect of", "include") and a list of themes; one item
    per theme, the theme as its text. Returns the spans of the themes, and the kind and
    subject of a list whose items run on into the next block (one ending in ";")."""
    kinds = sorted(kinds_in(ctx, start, end), key=lambda s: s.start)
    introducers = [s for s in spans_within(ctx.doc, THEMES_KEY, start, end) if s.label_ == "THEME"]
    taken: list[tuple[int, int]] = []
    running_on: tuple[str, str | None] | None = None
    for sentence in sentences_in(ctx.doc, start, end):
        found = _sentence_themes(ctx, kinds, introducers, sentence, end)
        if found is None or not found[1]:
            continue
        kind, pieces, semicolons = found
        if len(pieces) == 1 and (count_of(kind) or 0) > 1 and not semicolons \
                and not SELECTION_RE.search(ctx.text, kind.end_char, pieces[0][0]):
            continue  # "three causes of concern about the force's safeguarding": what all are about, not each
        subject = _add_themes(ctx, kind, pieces, sentence, scope)
        taken.extend(pieces)
        if semicolons and SEMICOLON_END_RE.search(ctx.text[sentence.start_char : end]):
            running_on = (_theme_type(kind), subject)
    return taken, running_on


def _add_themes(ctx: Context, kind: Span, pieces: list[tuple[int, int]], sentence: Span, scope: Scope) -> str | None:
    """One item per theme, for the body named before the kind (else anywhere in the
    sentence, else the one in scope); returns that body, which a list running on keeps."""
    doc = ctx.doc
    subjects = subjects_in(doc, sentence.start_char, kind.start_char) or subjects_in(doc, sentence.start_char, sentence.end_char)
    subject = subjects[0] if subjects else scope.subject or ctx.own_body
    if _names_bodies(doc, pieces) or _quotes_a_finding(doc, pieces):
        return subject
    for piece_start, piece_end in pieces:
        piece_end = _quotation_closed_at(ctx.text, sentence.start_char, piece_start, piece_end)
        frame = PERFORMANCE_FRAME_RE.match(ctx.text, piece_start, piece_end)
        if frame is not None and frame.end() < piece_end:
            piece_start = frame.end()  # "about the service's performance in A": the theme is A
        if any(not _acted_on_within(kind, piece_start) for kind in ctx.types_in(piece_start, piece_end)) \
                or only_bodies(doc, piece_start, piece_end) \
                or _relative_appositive(doc, piece_start, piece_end) or _names_no_theme(doc, piece_start, piece_end) \
                or _names_a_rating(ctx.text, piece_start, piece_end) \
                or _unfinished(doc, piece_start, piece_end):
            continue  # "the area of concern": a kind again; "both A and B Police": who, not what
        ctx.builder.add(_theme_type(kind), piece_start, piece_end, "item-theme", subject, min_words=1,
                        historic=flags_for(doc, sentence.start_char, sentence.end_char).historic)
    return subject


def _acted_on_within(kind: Span, piece_start: int) -> bool:
    """"setting up a group to report on progress towards implementing recommendations": a
    kind that a verb of acting on items inside the theme takes as object is the theme's own
    words (what the ask is about), not a kind named again. The whole reach in which
    `acted_on` finds its verb lies inside the theme, so the verb is the theme's own."""
    return acted_on(kind) and kind.doc[max(kind.start - LIMITS.acted_on_reach_tokens, 0)].idx >= piece_start


def _quotes_a_finding(doc: Doc, pieces: list[tuple[int, int]]) -> bool:
    """A quotation that opens right after a theme's introducer and asks nothing (no
    "should", "must", "needs": 'gaps to close', noting that 'leaders now grasp the problems')
    is the report's words on what it found, or a speaker's, not a list of the items' themes."""
    text = text_of(doc)
    if not pieces or text[pieces[0][0] : pieces[0][1]].lstrip()[:1] not in OPENING_QUOTES:
        return False
    asking = item_words().asking_words
    return not any(t.lower_ in asking for start, end in pieces for t in doc.char_span(start, end, alignment_mode="expand") or ())


def _quotation_closed_at(text: str, floor: int, start: int, end: int) -> int:
    """'... "the worst was a cause for concern about A".': a
    quotation that holds the kind closes where its theme ends; the theme ends before the
    closing mark (the mark is the quotation's, not the theme's). Else `end` unchanged."""
    stop = end
    while stop > start and text[stop - 1] in " .,;":
        stop -= 1
    if stop <= start or text[stop - 1] not in DOUBLE_CLOSING or any(m in text[start : stop - 1] for m in DOUBLE_OPENING + DOUBLE_CLOSING):
        return end
    before = text[floor:start]
    opened = sum(before.count(m) for m in DOUBLE_OPENING if m != '"') - sum(before.count(m) for m in DOUBLE_CLOSING if m != '"')
    if opened <= 0 and before.count('"') % 2 == 0:
        return end  # no quotation open before the theme: the mark closes something else
    stop -= 1
    while stop > start and text[stop - 1] in " .,;":
        stop -= 1
    return stop


def _names_bodies(doc: Doc, pieces: list[tuple[int, int]]) -> bool:
    """"the report gave recommendations to bodies including the Home Office, the Ministry
    of Justice, the College of Policing and chief constables": a list of three or more pieces,
    half or more of them bodies, names who the items are for, not what they ask; the pieces
    that are no body's name are bodies too (a role, a ministry the table of bodies lacks)."""
    return len(pieces) >= LIMITS.body_list_min_pieces and 2 * sum(only_bodies(doc, s, e) for s, e in pieces) >= len(pieces)


@lru_cache(maxsize=1)
def _rating_re() -> re.Pattern[str]:
    """A grade word, quoted or not, and a grade noun after an article or a count: "an
    'inadequate' rating", "two 'requires improvement' ratings"."""
    words = grading_words()
    grades = "|".join(re.escape(g) for g in sorted(words.grades, key=len, reverse=True))
    nouns = "|".join(re.escape(n) for n in sorted(words.grade_nouns, key=len, reverse=True))
    return re.compile(rf"\W*(?:[\w-]+\s+)?\W?(?:{grades})\W?\s+(?:{nouns})\b", re.I)


def _names_a_rating(text: str, start: int, end: int) -> bool:
    """"Among them, an 'inadequate' rating for call handling": a piece that opens
    on a grade is a grading the story lists, not an item the report gave."""
    return _rating_re().match(text, start, end) is not None


def _names_no_theme(doc: Doc, start: int, end: int) -> bool:
    """A piece that points at a matter without naming one: function words and nouns such as
    "issues", "equivalents", "strengths" alone ("about these issues", "for chief officers
    and their equivalents", "the area of concern"), a stray word a cut list leaves ("with"),
    a clause a free relative opens ("about what they found"), or the attribution a comma
    cuts off as a piece ("..., the report said.")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    opening = next((t for t in span if not (t.is_punct or t.is_space)), None)
    if opening is not None and opening.lower_ in FREE_RELATIVES:
        return True  # "recommendations on what the review showed": what it is, unnamed
    said = [t.lower_ for t in span if t.is_alpha]
    if 2 <= len(said) <= LIMITS.attribution_words and said[-1] in item_words().summary_verbs \
            and said[0] in DETERMINERS | POSSESSIVES:
        return True  # "..., the report said.": the list's attribution, cut off as a piece
    words = [t for t in span if not (t.is_punct or t.is_space or t.lower_ in THEME_STOPWORDS)
             and not (t.is_stop and not t.text.isupper())]  # "IT" is a matter, "it" is not
    return all(t.lower_ in MATTERLESS_NOUNS for t in words)


def _unfinished(doc: Doc, start: int, end: int) -> bool:
    """A piece cut off inside a clause: it ends on a word that needs what follows it (an
    auxiliary, "doesn't", "to", a subordinator: "their observation that the force doesn't")
    or on a subordinator and a bare noun phrase ("outline how the Force"). What a list or
    an item's boundary cut short names no matter, and matches no item."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if len(words) < 2:
        return False
    last = words[-1].lower_
    if last in AUXILIARIES or last in UNFINISHED_ENDINGS or last in SUBORDINATORS:
        return True
    opener = words[-3] if len(words) >= 3 else None
    return opener is not None and opener.lower_ in SUBORDINATORS and words[-2].lower_ in DETERMINERS \
        and words[-1].is_alpha and not words[-1].lower_.endswith("ing")


def _relative_appositive(doc: Doc, start: int, end: int) -> bool:
    """"..., the details of which are set out below", "..., some of whom ...": a piece that
    opens a relative clause on what came before (a preposition then "which" or "whom" in
    its first words) comments on the list; it names no theme of its own."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t.lower_ for t in span[:LIMITS.relative_opening_words]]
    return any(word in MODIFYING_PREPOSITIONS and after in RELATIVE_OBJECTS for word, after in zip(words, words[1:]))


def _theme_type(kind: Span) -> str:
    """The type of the items a kind names. Areas named in plain words ("two areas where the
    service must improve") are causes of concern in a document about a body
    moved into the inspectorate's enhanced monitoring (Engage), which causes of concern
    bring about; elsewhere they are areas for improvement."""
    if kind.label_ == "area_for_improvement" and kind.id_.startswith("kind-") and ENGAGE_RE.search(text_of(kind.doc)):
        return "cause_of_concern"
    return _counted_before(kind) or kind.label_


def _counted_before(kind: Span) -> str | None:
    """"found 12 areas for improvement" and later "4 of the 12 recommendations, including
    A": a definite count points back to the set the document
    counted before, and that set keeps the kind it was first given (the later kind word is
    loose wording for the same items)."""
    count = count_of(kind)
    if count is None:  # no count before the kind: nothing to point back with (and no number to walk back to)
        return None
    at = kind.start - 1
    while at >= 0 and not (kind.doc[at].like_num or kind.doc[at].lower_ in NUMBER_WORDS):
        at -= 1
    if at < 1 or kind.doc[at - 1].lower_ not in BACK_POINTING_DETERMINERS:
        return None
    earlier = [s for s in (*spans_within(kind.doc, SECTIONS_KEY, 0, kind.start_char),
                           *spans_within(kind.doc, THEMES_KEY, 0, kind.start_char))
               if s.label_ in ITEM_TYPES and s.end <= at and count_of(s) == count]
    first = min(earlier, key=lambda s: s.start, default=None)
    return first.label_ if first is not None and first.label_ != kind.label_ else None


def _sentence_themes(ctx: Context, kinds: list[Span], introducers: list[Span], sentence: Span,
                     end: int) -> tuple[Span, list[tuple[int, int]], bool] | None:
    """A sentence's kind and its themes: those its introducer lists, else the subject the
    kind is said of ("the backlog is a cause for concern"); and whether semicolons separate
    them (a list that may run on into the next block). None when it names none."""
    topics = _topic_themes(kinds, sentence)
    if topics:
        return topics[0][0], [piece for _, piece in topics], False
    topic = _practice_theme(kinds, sentence, end)
    if topic is not None:
        return topic[0], [topic[1]], False
    predicate = _predicate_theme(kinds, sentence)
    if predicate is not None:
        return predicate[0], [predicate[1]], False
    identified = _identified_predicate(ctx, kinds, sentence)
    if identified is not None:
        return identified
    kind = _theme_kind(kinds, introducers, sentence)
    if kind is not None:
        return _introduced_themes(ctx, *kind, sentence, end)
    ascribed = _ascribed_theme(ctx, kinds, sentence) or _named_as_theme(ctx, kinds, sentence) \
        or _practice_subject_theme(ctx, kinds, sentence)
    if ascribed is None:
        return None
    kind_span, theme_start, theme_end = ascribed
    joined = _joined_after_kind(ctx.text, kind_span, sentence)
    if joined:
        return kind_span, [(theme_start, theme_end), *joined], False
    if any(t.lower_ in PLURAL_KIND_WORDS for t in kind_span) and count_of(kind_span) != 1:
        # "A, and B, were causes of concern", "A and B were identified as areas for
        # improvement": a plural kind said of a list names one item per piece of it.
        # With no count and no comma, its one "and" parts the two ("Call handling and crime
        # recording were identified as areas for improvement").
        count = count_of(kind_span) or (2 if "," not in ctx.text[theme_start:theme_end] else None)
        pieces = theme_pieces(ctx.text, theme_start, theme_end, count)
        if len(pieces) > 1:
            return kind_span, pieces, False
    return kind_span, [(theme_start, theme_end)], False


def _joined_after_kind(text: str, kind: Span, sentence: Span) -> list[tuple[int, int]]:
    """"A was a cause of concern at the brigade, along with B and C": what
    "along with" adds after a kind said of a subject is of the same kind, one item a piece."""
    match = ALONG_WITH_RE.search(text, kind.end_char, sentence.end_char)
    if match is None:
        return []
    return theme_pieces(text, match.end(), len(text[: sentence.end_char].rstrip()))


def _topic_themes(kinds: list[Span], sentence: Span) -> list[tuple[Span, tuple[int, int]]]:
    """"The cause of concern in protection had ...", "a cause of concern for culture, noting
    ...": a cause of concern followed by "in", "for" or "on" and a bare noun (no determiner,
    number or name) names its theme in a word or a few; the theme ends at the verb. "In
    relation to", "on behalf of" are prepositions of their own, not a theme. A sentence
    that issues one and then another ("a cause of concern on A, and another on B") names
    each one's theme."""
    doc = sentence.doc
    found: list[tuple[Span, tuple[int, int]]] = []
    for kind in kinds:
        if kind.label_ != "cause_of_concern" or not sentence.start <= kind.start < kind.end + 1 < sentence.end \
                or doc[kind.end].lower_ not in TOPIC_PREPOSITIONS or not _is_singular(kind):
            continue
        named = area_name_at(text_of(doc), doc[kind.end + 1].idx, sentence.end_char)
        if named is not None:  # a singular cause of concern on an area named with "and"s and commas: the whole name
            found.append((kind, named))
            continue
        described = _described_topic(kind, sentence)
        if described is not None:
            found.append((kind, described))
            continue
        words = 0
        for token in doc[kind.end + 1 : sentence.end]:
            if not (_topic_word(token, words) or _joins_topic_words(token, words)):
                break
            words += 1
        after = doc[kind.end + 1 + words] if kind.end + 1 + words < len(doc) else None
        if not 1 <= words <= LIMITS.topic_words_max or (after is not None and after.lower_ in ("to", "of")):
            continue
        last = doc[kind.end + words]
        if after is not None and after.lower_ in REASON_CONJUNCTIONS and after.i + 1 < sentence.end \
                and doc[after.i + 1].lower_ in CLAUSE_OPENERS:
            # "a cause of concern on home safety visits as it is worrying that ...": the
            # reason is the cause's own words, to the sentence's end.
            last = next(t for t in reversed(doc[after.i : sentence.end]) if not (t.is_punct or t.is_space or t.is_quote))
        found.append((kind, (doc[kind.end + 1].idx, last.idx + len(last.text))))
    return found


def _described_topic(kind: Span, sentence: Span) -> tuple[int, int] | None:
    """"We found a further cause of concern in the leadership of the brigade and the
    conduct of its managers": a cause of concern "in" a definite noun phrase that an "of"
    describes ("the culture of", "its handling of") names its theme in that phrase, to the
    clause's end. A time or a document ("in the December", "in the report") has no "of"
    after its noun, and "in the course of" is a preposition of its own, not a theme."""
    doc = sentence.doc
    first = kind.end + 1
    if doc[kind.end].lower_ != "in" or first + 2 >= sentence.end or doc[first].lower_ not in DESCRIBED_DETERMINERS:
        return None
    of = next((t.i for t in doc[first + 1 : first + 1 + LIMITS.described_noun_words] if t.lower_ == "of"), None)
    if of is None or of == first + 1 or any(not t.is_alpha or t.lower_ in item_words().adverbial_nouns
                                             or t.lower_ in item_words().durations or t.lower_ in ON_NON_THEMES
                                             for t in doc[first + 1 : of]):
        return None  # "in the course of", "in the December of that year", "in the year of": when, not what
    last = of
    for token in doc[of + 1 : sentence.end]:
        if token.text in (",", ";", ":") or token.lower_ in REASON_CONJUNCTIONS or opens_clause(token):
            break
        last = token.i
    if last == of:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _practice_theme(kinds: list[Span], sentence: Span, end: int) -> tuple[Span, tuple[int, int]] | None:
    """"praised for innovative practice in investigating A and B", "promising practice in
    respect of sharing data with C, including D": a practice named by what is done, a
    gerund after "in" (or "in respect of"); the theme runs to the sentence's end (or the block's). "its
    'innovative practice' to support A and improve B": the purpose it serves, from "to"."""
    doc = sentence.doc
    for kind in kinds:
        after = kind.end
        while after < sentence.end and doc[after].is_quote:
            after += 1  # the kind quoted: "highlighted its 'innovative practice' to ..."
        if kind.label_ != "innovative_practice" or doc[kind.end - 1].lower_ != "practice" or after + 1 >= sentence.end:
            continue
        if doc[after].lower_ == "to" and doc[after + 1].is_lower and doc[after + 1].is_alpha \
                and not _names_recipient(doc, after + 1, sentence):
            return kind, trim_piece(text_of(doc), doc[after].idx, min(sentence.end_char, end))
        if doc[after].lower_ != "in":
            continue
        start = after + 1
        if doc[start : start + 2].text.lower() == "respect of":
            start += 2
        if start < sentence.end and doc[start].is_lower and doc[start].lower_.endswith("ing") and len(doc[start]) > 5:
            return kind, trim_piece(text_of(doc), doc[start].idx, min(sentence.end_char, end))
        named = _practice_noun_phrase(doc, start, sentence)
        if named is not None:
            return kind, named
    return None


def _names_recipient(doc: Doc, start: int, sentence: Span) -> bool:
    """"shared its notable practice to every force": a body after "to" is who the
    practice goes to, not the purpose it serves."""
    return any(b.start == start for b in bodies_in(doc, doc[start].idx, sentence.end_char))


def _practice_noun_phrase(doc: Doc, start: int, sentence: Span) -> tuple[int, int] | None:
    """"praised 'promising practice' in joint water rescue reviews, which ...": the practice
    named by a noun phrase after "in", up to the comma, relative or full stop that closes
    it. A phrase that opens on a determiner, a possessive or an open count ("in this area",
    "in its teams", "in various teams") says where the practice was found, not what it is."""
    first = doc[start] if start < sentence.end else None
    if first is None or not (first.is_alpha and first.is_lower) or first.lower_ in DETERMINERS | POSSESSIVES | OPEN_COUNTS \
            or first.lower_ in SUBORDINATORS or first.lower_ in AUXILIARIES:
        return None
    last = start
    for token in doc[start : sentence.end]:
        if token.is_punct or token.lower_ in SUBORDINATORS or token.lower_ in AUXILIARIES:
            break
        last = token.i
    if last - start + 1 < LIMITS.practice_phrase_words:
        return None
    return doc[start].idx, doc[last].idx + len(doc[last].text)


def _predicate_theme(kinds: list[Span], sentence: Span) -> tuple[Span, tuple[int, int]] | None:
    """"One of its recommendations was to set up a register", "The key area for improvement
    around water rescue is to make sure ...": one item as the subject, a copula, then the
    infinitive that says what it asks; the item is the infinitive to the sentence's end, and
    any topic between the kind and the copula ("around water rescue") is only where it lies."""
    doc = sentence.doc
    for kind in kinds:
        if not sentence.start <= kind.start < sentence.end:
            continue
        if not _is_singular(kind) and not (kind.start >= 2 and doc[kind.start - 2].lower_ == "of"
                                           and kind.start >= 3 and doc[kind.start - 3].lower_ == "one"):
            continue
        copula = next((t.i for t in doc[kind.end : min(kind.end + LIMITS.predicate_reach_tokens, sentence.end)]
                       if t.lower_ in COPULAS or t.is_punct), None)
        if copula is None or doc[copula].is_punct or copula + 2 >= sentence.end:
            continue
        to, verb = doc[copula + 1], doc[copula + 2]
        if to.lower_ != "to" or not (verb.is_alpha and verb.is_lower) or verb.lower_ in DETERMINERS:
            continue
        last = sentence.end - 1
        while last > to.i and (doc[last].is_punct or doc[last].is_quote or doc[last].is_space):
            last -= 1
        return kind, (to.idx, doc[last].idx + len(doc[last].text))
    return None


def _identified_predicate(ctx: Context, kinds: list[Span], sentence: Span) -> tuple[Span, list[tuple[int, int]], bool] | None:
    """"The one area for improvement raised was the lack of a fleet plan", "The
    causes of concern raised were A and B": a definite kind opening its clause, at most a
    giving participle, then a copula and a noun phrase (a determiner, a possessive, a
    wh-word or a gerund opens it): the noun phrase names the item, or one item a piece of
    a plural kind's list. It ends at the sentence's end or a comma before a new clause."""
    doc = sentence.doc
    for kind in kinds:
        if not sentence.start < kind.start < sentence.end or kind.label_ == "innovative_practice":
            continue
        index = kind.start - 1
        while index > sentence.start and doc[index].lower_ in KIND_QUALIFIERS | PREDICATE_QUALIFIERS:
            index -= 1
        if not _among_opening(kind, sentence) and (
                doc[index].lower_ not in DEFINITE_OPENERS | CONTINUING_OPENERS
                or (index > sentence.start and not doc[index - 1].is_punct)):
            continue  # "the" opening the sentence (or after a comma or quote): the kind is its subject
        copula = _given_copula(doc, kind, sentence)
        if copula is None or copula + 1 >= sentence.end or doc[copula].lower_ not in COPULAS:
            continue
        stated = doc[copula + 1].lower_ == "that" and not _is_singular(kind) and copula + 2 < sentence.end
        opener = doc[copula + 1 + stated]
        listed = not _is_singular(kind) and ";" in ctx.text[opener.idx : sentence.end_char]
        if not (opener.lower_ in DETERMINERS - {"a", "an"} or opener.lower_ in POSSESSIVES or opener.lower_ in WH_WORDS
                or (opener.lower_.endswith("ing") and opener.is_lower)
                or _among_bare_noun(kind, sentence, opener)
                or ((stated or listed) and opener.lower_ in STATING_PRONOUNS)):
            continue  # "the cause of concern was closed", "the recommendation was a fair one"
        if listed:
            # "The main causes for concern identified were it doesn't A; it needs to B",
            # "were that the leadership isn't A; the force isn't B": the semicolons separate
            # the findings, each a clause, to the sentence's end.
            pieces = theme_pieces(ctx.text, opener.idx, len(ctx.text[: sentence.end_char].rstrip()), count_of(kind))
            return (kind, pieces, False) if len(pieces) > 1 else None
        if stated:
            continue  # "The recommendations were that the force should ...": one statement, read as such
        finish = end_of_theme(doc, doc[copula : copula + 1], sentence)
        while finish > opener.idx and (ctx.text[finish - 1] in CLOSING_QUOTES or ctx.text[finish - 1].isspace()):
            finish -= 1  # '... are A and B.”': the quote that closes around the sentence is no part of B
        if _is_singular(kind):
            piece = trim_piece(ctx.text, opener.idx, finish)
            return (kind, [piece], False) if piece[1] > piece[0] else None
        pieces = [_undashed(ctx.text, *piece) for piece in theme_pieces(ctx.text, opener.idx, finish, count_of(kind))]
        return kind, pieces, False
    return None


def _undashed(text: str, start: int, end: int) -> tuple[int, int]:
    """"A – and B": the dash before "and" joins the two themes and belongs to neither."""
    while end > start and (text[end - 1] in DASHES or text[end - 1] == " "):
        end -= 1
    return start, end


def _among_opening(kind: Span, sentence: Span) -> bool:
    """"Among those recommendations was A", "Among a raft of recommendations, inspectors
    said ...": a sentence that opens by selecting from a plural kind names one or more of
    its items in what follows (a few words only between "Among" and the kind)."""
    doc = sentence.doc
    opening = doc[sentence.start : kind.start]
    return 1 <= len(opening) <= LIMITS.among_words + 1 and opening[0].lower_ == "among" \
        and all(t.is_alpha for t in opening) and any(t.lower_ in PLURAL_KIND_WORDS for t in kind)


def _among_bare_noun(kind: Span, sentence: Span, opener: Token) -> bool:
    """"Among the areas for improvement were vetting backlogs": after an opening that
    selects from a plural kind, a bare noun phrase names the item as well as a determined
    one does (a news story drops the article); elsewhere a bare word after the copula
    describes the kind ("the recommendations were sound"). The pipeline tags no parts of
    speech, so a function word, an adverb or a past form ("were several", "were largely",
    "were accepted") is what rules a noun phrase out."""
    word = opener.lower_
    return _among_opening(kind, sentence) and opener.is_alpha and opener.is_lower and word not in AMONG_NON_THEMES \
        and not word.endswith(("ly", "ed"))


def _given_copula(doc: Doc, kind: Span, sentence: Span) -> int | None:
    """The index of the copula after a kind and at most what says it was given: a giving
    participle ("The causes of concern raised were"), with a short phrase of when or by whom
    ("identified by the HMIC are", "raised in our 2022 inspection were"); None when
    punctuation or more words stand between."""
    at = kind.end
    if at < sentence.end and doc[at].lower_ in LOCATING_PREPOSITIONS:
        return _located_copula(doc, at, sentence)
    if at >= sentence.end or doc[at].lower_ not in GIVING_PARTICIPLES:
        return at
    at += 1
    if at < sentence.end and doc[at].lower_ in GIVING_FOLLOWERS:
        for token in doc[at + 1 : min(at + 1 + LIMITS.given_phrase_words, sentence.end)]:
            if token.lower_ in COPULAS:
                return token.i
            if token.is_punct and not token.is_quote:
                return None
        return None
    return at


def _located_copula(doc: Doc, at: int, sentence: Span) -> int | None:
    """"The main areas for improvement in the report are A and B", "the causes of concern
    from the inspection were ...": a short phrase placing the kind in the report (a report
    noun in it) stands between the kind and its copula as a giving participle's phrase
    does; any other phrase ("areas for improvement in custody are ...") is no such place."""
    phrase = doc[at + 1 : min(at + 1 + LIMITS.given_phrase_words, sentence.end)]
    copula = next((t.i for t in phrase if t.lower_ in COPULAS or (t.is_punct and not t.is_quote)), None)
    if copula is None or doc[copula].lower_ not in COPULAS:
        return None
    return copula if any(t.lower_ in REPORT_NOUNS for t in doc[at + 1 : copula]) else None


def _joins_topic_words(token: Token, position: int) -> bool:
    """"a cause of concern on culture and staff welfare": an "and" between two bare
    nouns joins them into one theme (the matter a single cause of concern is on); an "and"
    before a past form, a determiner or a gerund opens a clause instead, and ends the theme."""
    after = token.i + 1
    return token.lower_ == "and" and position > 0 and after < len(token.doc) \
        and _topic_word(token.doc[after], position + 1) and not token.doc[after].lower_.endswith("ed")


def _topic_word(token: Token, position: int) -> bool:
    """A word of a bare noun phrase: lower case, no determiner, connector or auxiliary, and
    no participle after its first word ("for culture noting ...")."""
    word = token.lower_
    return token.is_alpha and token.is_lower and word not in DETERMINERS and word not in POSSESSIVES \
        and word not in NOT_QUALIFIERS and word not in AUXILIARIES and word not in SUBORDINATORS \
        and word not in CLAUSE_OPENERS and word not in item_words().clause_joiners \
        and not (position and word.endswith("ing"))


def _introduced_themes(ctx: Context, kind: Span, introducer: Span, sentence: Span,
                       end: int) -> tuple[Span, list[tuple[int, int]], bool] | None:
    """The themes an introducer lists after a kind: one for a singular kind, the segments
    of "A; B; and C", or the pieces of "A, B and C"."""
    doc = ctx.doc
    finish = end_of_theme(doc, introducer, sentence)
    clause_ok = _takes_clause(ctx, introducer)
    subject_end = _subject_themes_end(doc, kind, introducer, sentence)
    if introducer.id_ in APPOSITIVE_INTRODUCERS:
        if subject_end is None:
            return None  # ", on which ...", ", on behalf of": no appositive naming themes
        if _is_singular(kind, introducer):
            return kind, [trim_piece(ctx.text, introducer.end_char + 1, subject_end)], False
        return kind, theme_pieces(ctx.text, introducer.end_char, subject_end, count_of(kind)), False
    if _is_singular(kind, introducer) or introducer.id_ == SAID_MODAL_INTRODUCER:
        # "a new cause of concern regarding the backlog, citing delays": one item, its
        # theme up to the clause that goes on about it.
        piece = _single_theme(ctx.text, doc, introducer, finish, end, clause_ok)
        if piece and ANOTHER_RE.search(ctx.text, *piece):
            # "a cause of concern over A and another on B": one item, then another of its kind.
            return kind, theme_pieces(ctx.text, *piece), False
        return kind, [piece] if piece and not ctx.builder.restates(kind.label_, *piece) else [], False
    if not clause_ok and not _listed_objects(ctx, introducer, finish) and is_clause(doc, introducer.end, finish):
        if subject_end is not None and (count_of(kind) is not None or _possessed(kind) or _concerns_named(kind)):
            # "the service's causes of concern relating to A and B were also closed": a body's
            # (or a counted) set of items and its themes are the sentence's subject; the
            # themes run to its verb. "The recommendations around custody have been met"
            # picks out items named before.
            return kind, theme_pieces(ctx.text, _themes_begin(doc, introducer), subject_end, count_of(kind)), False
        return None  # "the recommendations around custody have been met": a subject, not a list
    begin = _themes_begin(doc, introducer)
    if introducer.id_ == PURPOSE_INTRODUCER:
        return kind, _purpose_pieces(doc, begin, finish), False
    if ctx.text[finish : finish + 1] != ";":
        return kind, theme_pieces(ctx.text, begin, finish, count_of(kind)), False
    # "A; B; and C": the semicolons separate the themes (an "and" inside one does not).
    pieces = semicolon_pieces(doc, begin, sentence, end)
    if not SEMICOLON_END_RE.search(ctx.text[sentence.start_char : end]):
        pieces = _counted(ctx.text, pieces, count_of(kind))  # closed here: all its pieces are in
    return kind, pieces, True


def _subject_themes_end(doc: Doc, kind: Span, introducer: Span, sentence: Span) -> int | None:
    """Where the themes end when a kind heads its sentence's subject ("Both causes of
    concern, on A and B, have now been closed", "The service's causes of concern relating
    to A were also closed"): before the subject's verb, an auxiliary, less the adverbs and
    comma before it. None when a verb comes before the kind (the kind is an object or a
    complement), when the themes open with a clause word (", on which the force ..."), or
    when no auxiliary follows them."""
    if introducer.id_ not in PREPOSITIONAL_INTRODUCERS or not _heads_subject(doc, kind, sentence):
        return None
    first = introducer.end
    if first >= sentence.end or doc[first].lower_ in SUBORDINATORS or doc[first].lower_ in CLAUSE_OPENERS:
        return None
    verb = next((t for t in doc[first + 1 : sentence.end] if t.lower_ in AUXILIARIES), None)
    if verb is None or verb.lower_ not in SUBJECT_VERBS:
        return None
    index = verb.i - 1
    while index > first and (doc[index].lower_ in SUBORDINATORS or doc[index].lower_ in SUBJECT_ADVERBS or doc[index].text == ","):
        if doc[index].lower_ in SUBORDINATORS:
            return None  # "relating to A that were ...": a relative clause, not the subject's verb
        index -= 1
    if introducer.id_ in APPOSITIVE_INTRODUCERS and (
            (doc[verb.i - 1].text != "," and doc[index + 1].text != ",")
            or any(t.lower_ in item_words().adverbial_nouns for t in doc[first : index + 1])):
        return None  # an appositive closes with a comma before the verb; "on the whole" names nothing
    given = _giving_participle(doc, first, index + 1)
    if given is not None:
        index = given - 1
    return doc[index].idx + len(doc[index].text) if index >= first else None


def _giving_participle(doc: Doc, start: int, stop: int) -> int | None:
    """Where a list of themes ends at a participle that says when or by whom the items were
    given ("prevention and culture issued after our inspection in 2021", "A and B raised in
    2019"): the index of the participle, after one theme word at least; None when none."""
    for token in doc[start + 1 : stop]:
        if token.lower_ in GIVING_PARTICIPLES and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in GIVING_FOLLOWERS \
                and not doc[token.i - 1].is_punct and doc[token.i - 1].lower_ not in AUXILIARIES:
            return token.i
    return None


def _heads_subject(doc: Doc, kind: Span, sentence: Span) -> bool:
    """The kind opens its sentence's subject, after an opening phrase closed by a comma ("In
    March, the service's causes of concern ..."): only determiners, qualifiers, quotes and
    a possessor ("Both", "The remaining", "the service's") stand before it. "The
    Commissioner said the recommendations ..." reports them: not its subject."""
    # "we found that the causes of concern relating to A had not been addressed": the kind
    # heads the subject of a clause "that" opens, as it does after an opening phrase.
    opening = max((t.i + 1 for t in doc[sentence.start : kind.start] if t.text == "," or t.lower_ in SUBJECT_OPENERS),
                  default=sentence.start)
    for token in doc[opening : kind.start]:
        possessor = token.i + 1 < kind.start and doc[token.i + 1].lower_ in POSSESSIVES
        if not (token.lower_ in DETERMINERS or token.lower_ in POSSESSIVES or token.lower_ in KIND_QUALIFIERS
                or token.is_quote or possessor or (token.i == opening and token.is_title)):
            return False
    return True


def _concerns_named(kind: Span) -> bool:
    """"The causes of concern relating to A and B hadn't been addressed": a body's causes of
    concern are few and known by their themes, so the plural kind with "the" names them
    (recommendations "around custody" pick out some of many, named before)."""
    return kind.label_ == "cause_of_concern" and not kind.id_.startswith("kind-") \
        and any(t.lower_ in PLURAL_KIND_WORDS for t in kind) and kind.start > 0 and kind.doc[kind.start - 1].lower_ == "the"


def _possessed(kind: Span) -> bool:
    """A possessor names whose items the kind are ("the service's causes of concern")."""
    index = kind.start - 1
    while index >= 0 and (kind.doc[index].is_quote or kind.doc[index].lower_ in KIND_QUALIFIERS):
        index -= 1
    return index >= 0 and kind.doc[index].lower_ in POSSESSIVES


def _listed_objects(ctx: Context, introducer: Span, finish: int) -> bool:
    """"areas for improvement, including A, B and the need for investment to ensure the
    agency is equipped": what an including verb lists are its objects, and a verb among them
    belongs to a clause a theme holds. A directive among them ("include that forces
    should ...") states the item itself, which the statement rules read."""
    if introducer.id_ != INCLUDING_INTRODUCER:
        return False
    listed = takewhile(lambda t: t.idx < finish, ctx.doc[introducer.end :])
    return not any(t.lower_ in DIRECTING_MODALS for t in listed)


def _themes_begin(doc: Doc, introducer: Span) -> int:
    """Where the first theme starts: after the introducer, but at an ordinal before it
    ("firstly around A and secondly around B": the ordinals separate the themes) and at
    the wh-word of a wh-introducer ("in how the force ...": the theme keeps its "how")."""
    if introducer.id_ in WH_INTRODUCERS:
        return doc[introducer.end - (2 if introducer.id_ == FAILING_INTRODUCER else 1)].idx
    if introducer.id_ == INFINITIVE_INTRODUCER:
        return introducer.start_char  # "for the service to ...": the item keeps who is to act
    if introducer.id_ == PURPOSE_INTRODUCER:
        return doc[introducer.start + 1].idx  # "recommendations to tighten A": the item is the ask, its verb kept
    ordinal = introducer.start > 0 and ORDINAL_RE.fullmatch(doc[introducer.start - 1].text) is not None
    return doc[introducer.start - 1].idx if ordinal else introducer.end_char


def _takes_clause(ctx: Context, introducer: Span) -> bool:
    """Whether a theme may be a clause: "that" introduces a clause; after a colon or dash, a
    theme may be a quotation or a wh-clause ("...: how crime is recorded; ..."); other
    introducers take noun phrases."""
    doc = ctx.doc
    if introducer.text.lower().endswith("that") or introducer.id_ in WH_INTRODUCERS \
            or introducer.id_ in (INFINITIVE_INTRODUCER, SAYING_INTRODUCER, SAID_MODAL_INTRODUCER, PURPOSE_INTRODUCER):
        return True
    return introducer.id_ in ("theme-colon", "theme-dash") and (
        ctx.text[introducer.end_char :].lstrip()[:1] in OPENING_QUOTES
        or (introducer.end < len(doc) and doc[introducer.end].lower_ in WH_WORDS))


def carried_themes(ctx: Context, unit: Unit, taken: list[tuple[int, int]], scope: Scope) -> list[tuple[int, int]]:
    """"The report found six areas that required improvement." / "They included A, B and
    C.": a sentence that opens "They include" (or "They identified", "These related to") lists the themes of the
    plural kind named by the sentence before it, in the block or ending the block before."""
    sentences = sentences_in(ctx.doc, unit.start, unit.end)
    found: list[tuple[int, int]] = []
    for index, sentence in enumerate(sentences):
        opener = CARRIED_THEMES_RE.match(ctx.text[sentence.start_char : sentence.end_char])
        if opener is None or any(sentence.start_char <= s < sentence.end_char for s, _ in taken):
            continue
        before = sentences[index - 1] if index else _last_sentence(ctx, ctx.previous)
        kinds = _carried_kinds(ctx, before) if before is not None else []
        if not kinds or (acted_on(kinds[0]) and not _partitive(kinds[0])):
            continue
        if opener["this"] and not _pointed_at_given(kinds[0]):
            continue
        finish = min(sentence.end_char, unit.end)
        while finish > sentence.start_char + opener.end() and (ctx.text[finish - 1] in CLOSING_QUOTES or ctx.text[finish - 1].isspace()):
            finish -= 1  # '"These included A and B."': the quote closing the speaker's paragraph is no part of B
        if EXAMPLES_RE.search(ctx.text, sentence.start_char + opener.end(), finish):
            continue  # "These are violent crimes ..., such as A, B and C": a class and its examples, not items
        for start, end in theme_pieces(ctx.text, sentence.start_char + opener.end(), finish):
            if _names_a_rating(ctx.text, start, end):
                continue
            if ctx.builder.add(kinds[0].label_, start, end, "item-theme", scope.subject or ctx.own_body, min_words=1):
                found.append((start, end))
    return found


def _pointed_at_given(kind: Span) -> bool:
    """"The report made recommendations on how the force can improve. This includes A; B":
    a singular "This" points at the kind only when the sentence before is about giving it (a
    reporting verb right before the kind); after "Despite the recommendations ..." or "the
    recommendations, four of these are complete" it points at what the clause says."""
    if kind.start == 0:
        return False
    before = kind.doc[kind.start - 1]
    return _reported(before) or before.lemma_.lower() in PROVIDING_VERBS or before.lower_ in PROVIDING_VERBS


def _carried_kinds(ctx: Context, sentence: Span) -> list[Span]:
    """The plural kind whose themes the next sentence lists: the sentence's one kind, else
    the last of two it names ("set out six areas for improvement and made 20 recommendations.
    These included A, B and C"): a list follows on from the kind named last, nearest to it."""
    kinds = plural_kinds(ctx, sentence)
    if kinds:
        return kinds
    named = sorted((k for k in kinds_in(ctx, sentence.start_char, sentence.end_char) if not _is_singular(k)),
                   key=lambda k: k.start)
    return named[-1:]


def acted_on(kind: Span) -> bool:
    """"You sent plans showing how you would address the concerns and the recommendations.
    These included A and B.": a kind that a verb of acting on items takes as object (a few
    words before it, no punctuation or preposition between but "of", and "to" or "on" right
    after the verb) is what the plans answer; "These" points to what was done about the
    items, not to the items. "responded to feedback in areas where ..." acts on no kind."""
    doc = kind.doc
    words = item_words()
    window = doc[max(kind.start - LIMITS.acted_on_reach_tokens, 0) : kind.start]
    for index in range(len(window) - 1, -1, -1):
        token = window[index]
        if token.lemma_.lower() in words.acting_verbs or token.lower_ in words.acting_verbs:
            return True
        after_verb = index > 0 and token.lower_ in ("to", "on") and window[index - 1].lemma_.lower() in words.acting_verbs
        if (token.is_punct and not token.is_quote) or (token.lower_ in MODIFYING_PREPOSITIONS - {"of"} and not after_verb):
            return False
    return False


def _acted_on_again(kind: Span) -> bool:
    """"the steps it took to tackle these concerns, including A and B": a kind that points
    back ("these", "those": its items were named before) and that a verb of acting on items
    takes as object; what "including" lists is what was done, not the items again."""
    before = kind.doc[kind.start - 1] if kind.start > 0 else None
    pointing = kind[0].lower_ in POINTING_BACK or (before is not None and before.lower_ in POINTING_BACK)
    return pointing and acted_on(kind)


def _partitive(kind: Span) -> bool:
    """"it has now met most of the recommendations we gave it. These include A and B": a
    count of some of the kind ("several of the", "three of its") selects items, and the
    sentence after it names which; "These" points to the items, not to what was done about
    them."""
    doc = kind.doc
    at = kind.start - 1
    if at >= 0 and (doc[at].lower_ in BACK_POINTING_DETERMINERS or doc[at].lower_ in POSSESSIVES):
        at -= 1
    if at < 1 or doc[at].lower_ != "of":
        return False
    count = doc[at - 1].lower_
    return count in OPEN_COUNTS or count in NUMBER_WORDS or count in PARTITIVE_COUNTS


def _last_sentence(ctx: Context, unit: Unit | None) -> Span | None:
    sentences = sentences_in(ctx.doc, unit.start, unit.end) if unit is not None else []
    return sentences[-1] if sentences else None


def _counted(text: str, pieces: list[tuple[int, int]], count: int | None) -> list[tuple[int, int]]:
    """"three areas: A; B and the C": a counted list one piece short joins its last two
    at an "and" that opens an item; cut there."""
    if count is None or len(pieces) != count - 1 or not pieces:
        return pieces
    start, end = pieces[-1]
    joint = LIST_AND_RE.search(text, start, end)
    if joint is None:
        return pieces
    return [*pieces[:-1], trim_piece(text, start, joint.start()), trim_piece(text, joint.start() + 1, end)]


def _theme_kind(kinds: list[Span], introducers: list[Span], sentence: Span) -> tuple[Span, Span] | None:
    """The kind and the introducer after it, a few words apart, in one sentence ("that"
    and a colon only right after the kind: "our cause of concern that ...", "two causes of
    concern: ...")."""
    doc = sentence.doc
    for introducer in introducers:
        if not sentence.start <= introducer.start < sentence.end:
            continue
        if introducer.start > 0 and introducer.doc[introducer.start - 1].lower_ == "and" \
                and introducer.id_ in VERB_INTRODUCERS:
            continue  # "will be met and included in our plan": a second verb, not a list
        if introducer.id_ == "theme-that" and introducer.end < len(doc) and (
                doc[introducer.end].lower_ in AUXILIARIES or doc[introducer.end].lower_ in RELATIVE_SUBJECTS) \
                and not _named_as(doc, introducer.start):
            continue  # "the recommendations that were made", "the cause of concern that we raised"
        if introducer.id_ == ON_INTRODUCER and (introducer.end >= len(doc) or doc[introducer.end].lower_ in ON_NON_THEMES
                                               or doc[introducer.end].like_num or doc[introducer.end].is_punct):
            continue  # "recommendations on behalf of all", "the cause of concern on 17 March"
        if introducer.id_ in ADJACENT_INTRODUCERS and introducer.end < len(doc) \
                and EXAMPLE_OPENING_RE.match(text_of(doc), doc[introducer.end].idx):
            continue  # "acting on the recommendations – for example, by ...": an example of the clause, no list
        gap = 1 if introducer.id_ in ADJACENT_INTRODUCERS and not _quotes_after(introducer) else LIMITS.theme_gap_tokens
        before = [k for k in kinds if sentence.start <= k.start and k.end <= introducer.start
                  and (introducer.start - k.end <= gap or _to_recipient(k, introducer))
                  and (gap == LIMITS.theme_gap_tokens or all(t.is_quote for t in doc[k.end : introducer.start])
                       or _to_recipient(k, introducer))
                  and (introducer.id_ in EXAMPLES_INTRODUCERS  # what may stand before examples: `_exemplified`
                       or not _clause_between(doc, k.end, introducer.start))
                  and not _quotation_closed_between(doc, k.end, introducer.start)]
        if introducer.id_ in EXAMPLES_INTRODUCERS:
            before = [k for k in before if _exemplified(k, introducer)]
        if introducer.id_ == INCLUDING_INTRODUCER:
            # "the steps it took to tackle these concerns, including A", "its push to resolve
            # its cause of concern, including an audit team": what was done, not the items.
            before = [k for k in before if not (_acted_on_again(k) or (_is_singular(k, introducer) and acted_on(k)))]
        if introducer.id_ == ON_INTRODUCER:
            before = [k for k in before if k.label_ == "cause_of_concern"]  # "recommendations on X" name a topic
        if introducer.id_ == SAID_MODAL_INTRODUCER:
            # "Among its recommendations, inspectors said the force should ...": what is said
            # to be asked is one of the items the opening selects from; elsewhere it is a finding.
            before = [k for k in before if _among_opening(k, sentence)]
        if introducer.id_ in (FOR_HOW_INTRODUCER, FAILING_INTRODUCER):
            before = [k for k in before if k.label_ in FOR_HOW_KINDS]
        if introducer.id_ in (INFINITIVE_INTRODUCER, SAYING_INTRODUCER):
            # "an area for improvement for the force to ...": one item, the body's ask; a plural
            # kind ("recommendations for the force to consider") is what the asks are for, and
            # what is said after several ("the causes of concern, saying it would act") is a
            # reaction to them.
            before = [k for k in before if _is_singular(k, introducer)]
        if introducer.id_ == PURPOSE_INTRODUCER:
            before = [k for k in before if k.label_ in PURPOSE_KINDS and _modified_by(k, introducer)]
        if introducer.id_ == "theme-that":
            # "our cause of concern that it lacked ...", not "It is a cause of concern that ...".
            before = [k for k in before if _is_singular(k, introducer) and not _after_copula(k)]
        # "innovative and promising practice": a kind inside a longer one is that one's word.
        before = [k for k in before if not any(o.start <= k.start and k.end <= o.end and len(o) > len(k) for o in before)]
        if before:
            # One list a sentence: the first kind closely followed by an introducer.
            kind = before[-1]
            if _listed_after_comma(kind, introducer) or _listed_after_colon(kind, introducer):
                return kind, introducer
            if _determined(kind, sentence, introducer.start - kind.end <= LIMITS.possessed_gap_tokens):
                return kind, introducer
            return None
    return None


def _purpose_pieces(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """"to ensure A, to ensure B and to explore C", "to strengthen A and deliver B": each ask
    opens with its own "to" or verb after a comma or "and"; the commas and "and"s inside
    one ("A and B are embedded") are its own."""
    text = text_of(doc)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    cuts: list[tuple[int, int]] = []
    for token in span[1:]:
        if token.lower_ not in (",", "and") or token.i + 1 >= span.end:
            continue
        after = doc[token.i + 1]
        if after.lower_ == "and" and token.lower_ == ",":
            after = doc[token.i + 2] if token.i + 2 < span.end else after
        if after.lower_ == "to" or (after.lemma_.lower() in PURPOSE_VERBS and after.is_lower):
            if not cuts or cuts[-1][1] <= token.idx:
                cuts.append((token.idx, after.idx))
    opens, closes = [start, *(c[1] for c in cuts)], [*(c[0] for c in cuts), end]
    pieces = [trim_piece(text, b, e) for b, e in zip(opens, closes)]
    return [(b, e) for b, e in pieces if e > b]


def _modified_by(kind: Span, introducer: Span) -> bool:
    """Whether "to <verb>", a verb of an ask, follows the kind at once or after the
    participle that gives it ("the recommendations made in the report to ensure ..."), and
    is not the aim of a verb of the writer's ("we went through the recommendations with
    partners to ensure ...") nor a purpose ("recommendations to improve A" says what for)."""
    doc = kind.doc
    if doc[introducer.start + 1].lemma_.lower() not in PURPOSE_VERBS:
        return False
    between = doc[kind.end : introducer.start]
    if not len(between):
        return True
    return between[0].lower_ in GIVING_PARTICIPLES and len(between) <= LIMITS.given_to_tokens \
        and not any(t.is_punct or t.lower_ in ("and", "or") for t in between)


def _to_recipient(kind: Span, introducer: Span) -> bool:
    """"gave a cause of concern to both brigades that they did not audit enough": the
    body a cause of concern was given to ("to" and a few words naming it) stands between the
    kind and the "that" whose clause states it."""
    between = kind.doc[kind.end : introducer.start]
    return introducer.id_ == "theme-that" and kind.label_ == "cause_of_concern" \
        and 2 <= len(between) <= LIMITS.recipient_words + 1 and between[0].lower_ == "to" \
        and all(t.is_alpha and t.lower_ not in AUXILIARIES and t.lower_ not in ("and", "or") for t in between[1:])


def _named_as(doc: Doc, index: int) -> bool:
    """"we raised as an area for improvement that its officers lacked ...": a kind
    after "as a" that "that" follows names what was found as that kind; the clause is the
    item, whatever its subject ("the force", "they")."""
    start = index - 1
    while start >= 0 and not (doc[start].lower_ in ("a", "an") and start > 0 and doc[start - 1].lower_ == "as"):
        if index - start > 5 or doc[start].is_punct:
            return False
        start -= 1
    return start > 0


def _exemplified(kind: Span, introducer: Span) -> bool:
    """"areas for improvement, such as A and B": "such as" gives the items of the kind named
    right before it, when the kind is named as such ("improvement is needed, such as" describes
    findings) and heads its phrase ("reasons for these concerns, such as" gives reasons)."""
    doc = kind.doc
    between = doc[kind.end : introducer.start]
    if _exemplified_by_clause(introducer):
        return False
    if kind.id_.startswith("kind-"):
        # "areas where the brigade could improve, such as A": areas a body is to improve, a
        # comma, then the examples name them; "areas in which the force must do better; for
        # example, how A and how B": a semicolon there opens no new clause but the examples, as
        # the comma does. "improvement is needed, such as", "there remain areas in which
        # improvement is needed, such as" describe findings.
        return kind.id_ in BODY_IMPROVING_KINDS and [t.text for t in between] in ([","], [";"])
    if any(t.text != "," for t in between) and not _given_then_exemplified(between):
        return False
    index = kind.start - 1
    while index >= 0 and (doc[index].lower_ in DETERMINERS or doc[index].lower_ in KIND_QUALIFIERS or doc[index].is_quote):
        index -= 1
    return index < 0 or doc[index].lower_ not in MODIFYING_PREPOSITIONS


def _exemplified_by_clause(introducer: Span) -> bool:
    """"the recommendations, for example by training staff": "for example" before "by"
    gives an example of how something is done, not a list of the kind's items."""
    doc = introducer.doc
    return introducer.id_ == "theme-for-example" and introducer.end < len(doc) and doc[introducer.end].lower_ == "by"


def _given_then_exemplified(between: Span) -> bool:
    """"the areas for improvement identified in our most recent inspection, such as A": a
    participle that says where or by whom the items were given ("identified in", "raised
    by"), its phrase unbroken, then the comma before "such as"; the examples are still the
    kind's items, not examples of the inspection."""
    if len(between) < 3 or between[-1].text != "," or between[0].lower_ not in GIVING_PARTICIPLES \
            or between[1].lower_ not in GIVING_FOLLOWERS:
        return False
    return not any(t.is_punct and not (t.is_quote or t.text in ("'", "’")) for t in between[2:-1])


def _clause_between(doc: Doc, start: int, end: int) -> bool:
    """A new clause opens between a kind and an introducer, which then belongs to it:
    "the recommendations, and after the visit we found that ...", "improvements are needed to
    make the unit work ..., including ...": a joined clause, one joined with no comma ("made
    in 2014 but we found that ..."), the main clause after a conceding one ("While there were
    areas for improvement, it stated that ..."), a second predicate after "and"
    ("act on the recommendations and be open about ..."), a clause of time or cause whose
    verb group an auxiliary marks ("made recommendations after concerns were raised about
    ..."; "after", "since" and "until" are prepositions too, and "after the visit in May"
    opens no clause),
    or an infinitive with its object."""
    for token in doc[start:end]:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.text == ";" or (token.text == "," and following is not None and following.lower_ in item_words().clause_joiners):
            return True
        if token.text == "," and _closes_concession(doc, token):
            return True
        if token.lower_ in item_words().clause_joiners and following is not None and following.lower_ in SUBJECT_PRONOUNS:
            return True  # "... but we found that": a clause of its own, its subject a pronoun
        if token.lower_ == "and" and following is not None and (following.lemma_ == "be" or following.lower_ in AUXILIARIES):
            return True  # "act on the recommendations and be open about ...": a second predicate
        if token.lower_ in ADVERBIAL_SUBORDINATORS and _auxiliary_before_break(doc, token.i + 1, end):
            return True  # "recommendations after concerns were raised about A": A is what the concerns were about
        if token.lower_ == "to" and following is not None and following.i + 1 < len(doc) and following.is_lower \
                and following.lower_ not in DETERMINERS and doc[following.i + 1].lower_ in DETERMINERS | POSSESSIVES:
            return True  # "to ensure the ...", not "to ministers, which"
    return False


def _auxiliary_before_break(doc: Doc, start: int, end: int) -> bool:
    """Whether an auxiliary marks a verb group in the clause that opens at `start`, before
    any punctuation closes it: in "after the visit in May, which was ..." the auxiliary is
    a relative clause's after the comma, and "after" stayed a preposition."""
    for token in doc[start:end]:
        if token.lower_ in AUXILIARIES:
            return True
        if token.is_punct and not token.is_quote:
            return False
    return False


def _closes_concession(doc: Doc, comma: Token) -> bool:
    """The first comma of a sentence that opens with a conceding word ("While acknowledging
    that there were areas for improvement, it stated that A and B were working well"): it
    closes the conceded clause, and what follows it is the main clause's, not the kind's."""
    sentence = sentence_of(doc, comma.i)
    words = [t for t in doc[sentence.start : comma.i] if not (t.is_punct or t.is_space)]
    return bool(words) and words[0].lower_ in CONCESSIVE_OPENERS \
        and not any(t.text == "," for t in doc[sentence.start : comma.i])


def _quotation_closed_between(doc: Doc, start: int, end: int) -> bool:
    """"praised “notable practice in two units” with regard to A": the kind is
    quoted with words of its own after it, and the quotation closes before the introducer,
    which then belongs to the writer's sentence, not to the kind ("two “causes of
    concern” including A", the kind alone in quotes, does introduce). An apostrophe glued
    to a plural ("HMICFRS’ most recent inspection") marks a possessive, not a quotation."""
    for token in doc[start:end]:
        if token.is_quote and token.text in CLOSING_QUOTES and token.i > start and not doc[token.i - 1].is_quote \
                and not _possessive_apostrophe(token):
            return True
    return False


def _possessive_apostrophe(token: Token) -> bool:
    """"the inspectorates’ findings", "HMICFRS’ report": an apostrophe glued to a word ending
    in "s", with a word after it, is that word's possessive mark."""
    doc = token.doc
    before = doc[token.i - 1]
    return token.text in ("'", "’") and not before.whitespace_ and before.text[-1:].lower() == "s" \
        and token.i + 1 < len(doc) and doc[token.i + 1].is_alpha


def _quotes_after(introducer: Span) -> bool:
    """"the area for improvement set out in the pack – ‘The service should ...’": a dash,
    colon or "that" that opens a quotation introduces the item though words stand between
    it and the kind."""
    doc = introducer.doc
    return introducer.id_ in ADJACENT_INTRODUCERS and introducer.end < len(doc) and doc[introducer.end].is_quote \
        and doc[introducer.end].text in OPENING_QUOTES


def _listed_after_comma(kind: Span, introducer: Span) -> bool:
    """"identifies areas for improvement, including A, B and C": a plural kind, a comma,
    then "including" lists the kind's items even with no determiner before the kind (a
    described kind with no comma, "regional areas for improvement including ...", does not)."""
    doc = kind.doc
    return (introducer.id_ == "theme-include" and introducer.start == kind.end + 1 and doc[kind.end].text == ","
            and any(t.lower_ in PLURAL_KIND_WORDS for t in kind))


def _listed_after_colon(kind: Span, introducer: Span) -> bool:
    """"made around other recommendations including: A; B; and C": a plural kind and
    "including" with a colon lead in to a list, which is the kind's items whatever word
    stands before the kind (as a lead-in's colon types the list after it)."""
    return (introducer.id_ == INCLUDING_INTRODUCER and introducer.text.endswith(":") and introducer.start == kind.end
            and any(t.lower_ in PLURAL_KIND_WORDS for t in kind))


def _determined(kind: Span, sentence: Span, possessive_ok: bool = True) -> bool:
    """The kind is counted or definite ("three causes of concern", "these
    recommendations", "the areas for improvement", "Areas for improvement were ...",
    "AFI 5"), so the themes after it are its items; a described kind ("regional areas
    for improvement relating to ...", "actionable recommendations regarding ...")
    characterises items that are stated elsewhere."""
    doc = kind.doc
    if kind.id_.startswith("kind-") or kind.start == sentence.start or _among_opening(kind, sentence):
        return True
    # "two “causes of concern”", "a new cause of concern", "a separate cause of concern":
    # quotes and a few qualifiers stand between the determiner and the kind.
    index = kind.start - 1
    while index > sentence.start and (doc[index].is_quote or doc[index].lower_ in KIND_QUALIFIERS):
        index -= 1
    before = doc[index]
    if _reported(before) or _given_by(kind):
        return True
    if before.lower_ in POSSESSIVES:
        # "the inspectorate’s recommendations including A", "our cause of concern that B"; with
        # words between ("the review’s recommendations are set out below, including next
        # steps") the introducer may belong to the clause.
        return possessive_ok
    if before.lower_ == "in" and kind.start - 1 == sentence.start:
        return True
    if _opens_joined_clause(before, sentence):
        return True  # "..., but areas for improvement were identified with regard to A": the clause's subject
    if _existential(before, sentence):
        return True  # "There were areas for improvement in terms of A and B": the sentence presents them
    after = kind.end
    if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
        after += 3  # "Action for Further Improvement (AFI) 7"
    elif after < len(doc) and doc[after].text == ")":
        after += 1  # the "AFI" of "(AFI) 7"
    if after < len(doc) and REFERENCE_NUMBER_RE.match(doc[after].lower_):
        return True  # "AFI No.5, relating to ...": a reference to one item
    return before.lower_ in DETERMINERS or before.like_num


def _existential(before: Token, sentence: Span) -> bool:
    """"There are areas for improvement around A and B", "there were some suggestions for
    improvement around C": an existential "there" and a plural form of "be" or "have" introduce
    the kind as what the sentence presents, so the themes after it are its items, as
    after a determiner. Without an introducer ("while there are areas for improvement")
    no theme follows and nothing is read. A condition ("when there are causes of concern
    about A or B") defines a process and presents no items."""
    doc, there = before.doc, before.i - 1
    return (before.lower_ in EXISTENTIAL_VERBS and there >= sentence.start and doc[there].lower_ == "there"
            and (there == sentence.start or doc[there - 1].lower_ not in EXISTENTIAL_CONDITIONS))


def _opens_joined_clause(before: Token, sentence: Span) -> bool:
    """The kind opens a clause of its own, as it does at a sentence's start, so the themes
    after it are its items: after a comma and a conjunction ("No area was graded
    inadequate, but areas for improvement were identified with regard to A, B and C"),
    after "that" or a reporting verb ("Inspectors found that areas for improvement
    included A", "The report said causes of concern remained around B"), or after a short
    opening phrase ("However, areas for improvement were found around C")."""
    doc = before.doc
    if before.lower_ in item_words().clause_joiners:
        return before.i == sentence.start or (before.i - 1 >= sentence.start and doc[before.i - 1].text in (",", ";"))
    if before.lower_ == "that" or before.lower_ in item_words().summary_verbs:
        return True
    return before.text == "," and before.i == _opening_phrase_end(doc, sentence)


def _reported(before: Token) -> bool:
    """The word before a kind makes it the object of a report: a reporting verb ("the report
    highlights promising practice in ..."), the verb and "for" ("praised for notable practice
    in ..."), or a quantity ("made a number of recommendations around ...")."""
    doc, words = before.doc, item_words()
    if before.lemma_.lower() in words.reporting_verbs or before.lower_ in words.reporting_verbs:
        return before.i == 0 or doc[before.i - 1].lower_ not in DETERMINERS  # "the report highlights", not "the list"
    return before.lower_ == "of" and before.i > 0 and doc[before.i - 1].lower_ in words.quantifiers


def _given_by(kind: Span) -> bool:
    """"areas for improvement identified by the inspectorate with regard to A and B",
    "recommendations made by HMICFRS in respect of C": a participle of giving and its agent
    right after the kind say whose items they are, which determines them as "the" would."""
    doc, after = kind.doc, kind.end
    return after + 1 < len(doc) and doc[after].lower_ in GIVING_PARTICIPLES and doc[after + 1].lower_ == "by"


def _after_copula(kind: Span) -> bool:
    """"It is a cause of concern that ...": the kind is predicated of a clause, not named."""
    doc = kind.doc
    index = kind.start - 1
    while index >= 0 and (doc[index].is_quote or doc[index].lower_ in KIND_QUALIFIERS or doc[index].lower_ in DETERMINERS):
        index -= 1
    return index >= 0 and doc[index].lower_ in ("is", "was", "remains", "remained", "be", "being")


def _is_singular(kind: Span, introducer: Span | None = None) -> bool:
    """"a cause of concern", "the recommendation", "AFI 5": one item, not a list; "Causes
    for concern were found in two areas, ..." counts its themes, and "improvement was
    required in areas ..." describes them; "one of the areas for improvement" is one."""
    doc = kind.doc
    if kind.start >= 3 and doc[kind.start - 3].lower_ == "one" and doc[kind.start - 2].lower_ == "of" \
            and doc[kind.start - 1].lower_ in DETERMINERS | POSSESSIVES:
        return True
    if kind.id_.startswith("kind-") or kind.label_ == "innovative_practice" or any(t.lower_ in PLURAL_KIND_WORDS for t in kind):
        return False  # "practice" is a mass noun: "the notable practice in how A, and how B"
    end = introducer.start if introducer is not None and not _quotes_after(introducer) else kind.end
    # "a cause of concern in 2021, involving A": a year says when, it counts nothing.
    return not any((t.like_num and not YEAR_RE.match(t.text)) or t.lower_ in ("areas", "ways", "respects")
                   for t in kind.doc[kind.end : end])


def count_of(kind: Span) -> int | None:
    """"three causes of concern": how many themes the list names."""
    doc = kind.doc
    index = kind.start - 1
    qualifiers = 0  # "three distinct areas", "two serious causes of concern": an adjective or two
    while index >= 0 and (doc[index].is_quote or doc[index].lower_ in KIND_QUALIFIERS
                          or (qualifiers < 2 and _qualifies(doc[index]) and doc[index].lower_ not in NUMBER_WORDS)):
        qualifiers += not doc[index].is_quote
        index -= 1
    if index < 0:
        return None
    word = doc[index].lower_
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _single_theme(text: str, doc: Doc, introducer: Span, finish: int, unit_end: int,
                  clause_ok: bool) -> tuple[int, int] | None:
    """The one theme of a singular kind: a quotation after it whole (even of several
    sentences), else the words up to the first comma or semicolon, or, after a preposition,
    up to the verb of the sentence ("a cause of concern relating to training is not ...")."""
    begin = _themes_begin(doc, introducer)  # "about how the service ...": the theme keeps its wh-word
    while begin < finish and text[begin] == " ":
        begin += 1
    if begin < len(text) and text[begin] in OPENING_QUOTES:
        # A quotation left open runs to the block's end (a page's opening stops mid-quote).
        close = _closing_quote(text, begin, unit_end)
        return begin + 1, close if close is not None else len(text[:unit_end].rstrip())
    stop = finish
    if introducer.id_ == INFINITIVE_INTRODUCER:
        start, stop = trim_piece(text, begin, stop)  # "to a prioritised, risk-based programme": one ask
        return (start, stop) if stop > start else None
    joined = [(begin + m.start(), begin + m.end()) for m in JOINED_INFINITIVES_RE.finditer(text[begin:finish])]
    # a joined name ("Equality, Diversity and Inclusion") is one theme: its commas part none
    joined += [(begin + m.start(), begin + m.end()) for m in joined_areas().finditer(text[begin:finish])]
    if clause_ok:
        joined += parenthetical_relatives(doc, introducer.end, finish)
    for token in doc[introducer.end :]:
        if token.idx >= finish:
            break
        if any(s <= token.idx < e for s, e in joined):
            continue  # "its processes to provide, record and monitor training": one theme
        if clause_ok and token.text == "," and doc[token.i - 1].lower_ in STRANDED_PREPOSITIONS:
            continue  # "how it plans for, and trains staff on, ...": the comma strands no theme
        if token.text in (",", ";") or (not clause_ok and (token.lower_ in AUXILIARIES or (
                token.i > introducer.end and opens_clause(token)))):
            stop = token.idx  # "relating to vetting as the force had ...": the theme ends at the clause
            break
    if not clause_ok:
        # "the cause of concern about A identified in our 2019 inspection": what follows
        # the participle says when it was given, not what it is about.
        last = next((t.i for t in doc[introducer.end :] if t.idx >= stop), len(doc))
        given = _giving_participle(doc, introducer.end, last)
        if given is not None:
            stop = doc[given].idx
    start, stop = trim_piece(text, begin, stop)
    return (start, stop) if stop > start else None


def _closing_quote(text: str, start: int, end: int) -> int | None:
    """Where the quotation opened at `start` closes: a closing mark not inside a word
    (the ’ of "doesn’t" is an apostrophe)."""
    for index in range(start + 1, end):
        if text[index] in CLOSING_QUOTES and (index + 1 >= len(text) or not text[index + 1].isalpha()):
            return index
    return None


def _ascribed_theme(ctx: Context, kinds: list[Span], sentence: Span) -> tuple[Span, int, int] | None:
    """"... notes that the backlog in vetting is a cause for concern", "the report found that
    A, particularly B, is a serious cause of concern", "In particular, the service's work
    with A, B and C, was seen as notable practice": the theme is the subject the kind is
    said of (a clause after "that", or after the comma before it; a subject closed by a
    comma runs from the sentence's opening). A noun phrase that opens the sentence ("The
    size of the backlog is a cause of concern") and a clause that "and this" or ", which"
    takes up ("A is not a priority and this is a cause of concern") are subjects too."""
    doc = ctx.doc
    for kind in kinds:
        if not (sentence.start + 3 <= kind.start < sentence.end) or kind.label_ not in ASCRIBED_KINDS:
            continue
        verb = _ascribing_verb(doc, kind, sentence.start)
        if verb is None:
            continue
        # A heading run into the sentence ("Cause of concern The size of ...") is no part of it.
        opening = max((k.end for k in kinds if k.start == sentence.start and k.end < verb), default=sentence.start)
        before = _sentence_taken_up(ctx, sentence, opening, verb, kind)
        if before is not None:
            return kind, *before
        span = _ascribed_subject(ctx, doc[opening : sentence.end], verb, _indefinite(doc, verb, kind))
        if span is None:
            continue  # "while there are areas for improvement": no theme is named
        opener, last = span
        return kind, doc[opener + 1].idx, doc[last].idx + len(doc[last].text)
    return None


def _sentence_taken_up(ctx: Context, sentence: Span, opening: int, verb: int, kind: Span) -> tuple[int, int] | None:
    """"The service rarely tests its hydrants. This is a cause of concern.": a sentence of
    "this", a copula and one kind and nothing more takes up the sentence before it in the
    same block, which is the theme (from inside its quotation, when it opens one: 'The
    report states: "A. This is a cause of concern."')."""
    doc, text = ctx.doc, ctx.text
    if verb != opening + 1 or doc[opening].lower_ != "this" or not _is_singular(kind) \
            or any(not (t.is_punct or t.is_space) for t in doc[kind.end : sentence.end]) or sentence.start == 0:
        return None
    previous = sentence_of(doc, sentence.start - 1)
    start, end = previous.start_char, previous.end_char
    if "\n" in text[start : sentence.start_char] or len(previous) < LIMITS.taken_up_min_tokens \
            or ctx.types_in(start, end):
        return None  # the sentence before is in another block, too short to be a matter, or names a kind itself
    opened = max(text.rfind(mark, start, end) for mark in DOUBLE_OPENING)
    if opened >= 0 and not any(mark in text[opened + 1 : end] for mark in DOUBLE_CLOSING):
        start = opened + 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _named_as_theme(ctx: Context, kinds: list[Span], sentence: Span) -> tuple[Span, int, int] | None:
    """"we highlighted custody checks as a cause of concern", "Inspectors identified
    'a process to assure ...' as an area for improvement": an active naming verb, its
    object, then "as" and one kind; the object is the theme. A pronoun object ("identified
    this as promising practice") points back and names nothing here."""
    doc = ctx.doc
    for kind in kinds:
        if kind.label_ not in ASCRIBED_KINDS or not (kind.label_ == "innovative_practice" or _is_singular(kind)):
            continue
        as_index = _as_before(doc, kind, sentence.start)
        if as_index is None:
            continue
        verb = _naming_verb(doc, as_index, sentence.start)
        if verb is None:
            continue
        first, last = verb + 1, as_index - 1
        while first <= last and doc[first].is_quote:
            first += 1
        while last >= first and (doc[last].is_quote or doc[last].text == ","):
            last -= 1
        if first > last or (first == last and doc[first].lower_ in item_words().expletives | OBJECT_PRONOUNS):
            continue
        return kind, doc[first].idx, doc[last].idx + len(doc[last].text)
    return None


def _practice_subject_theme(ctx: Context, kinds: list[Span], sentence: Span) -> tuple[Span, int, int] | None:
    """A practice said of the noun phrase that is its clause's subject, where the kind is
    not the copula's: "A works well, and we cited this as notable practice"
    (the pronoun points back to the clause before), "A has the potential to be notable
    practice", "... to see that A highlighted as promising practice" (a headline-style
    participle with no auxiliary). The subject runs from the sentence's opening (after an
    opening phrase, or after its first "that") to its first auxiliary or the participle."""
    doc = ctx.doc
    words = item_words()
    for kind in kinds:
        if kind.label_ != "innovative_practice" or doc[kind.end - 1].lower_ not in ("practice", "practices") \
                or kind.start - sentence.start < 4:
            continue
        before = _word_before_kind(doc, kind, sentence.start)
        word = doc[before].lower_
        if word == "as" and doc[before - 1].lower_ == "this" and doc[before - 2].lower_ in words.ascribing_verbs:
            # "..., and we have identified this as": the clause before "and" holds the subject.
            joint = next((i for i in range(before - 3, sentence.start, -1)
                          if doc[i].lower_ == "and" and doc[i - 1].text == ","), None)
            if joint is None:
                continue
            opener = _opening_phrase_end(doc, sentence)
            last = next((i - 1 for i in range(opener + 1, joint) if doc[i].lower_ in AUXILIARIES), None)
        elif word == "as" and doc[before - 1].lower_ in words.ascribing_verbs - words.as_verbs \
                and doc[before - 2].lower_ not in AUXILIARIES and not doc[before - 2].is_punct:
            thats = [i for i in range(sentence.start, before - 1) if doc[i].lower_ == "that"]
            if not thats:
                continue
            opener, last = thats[0], before - 2
            if any(t.lower_ in AUXILIARIES for t in doc[opener + 1 : opener + 3]):
                continue
        elif (be := kind.start - 1 - (doc[kind.start - 1].lower_ in ("a", "an"))) > sentence.start + 1 \
                and doc[be].lower_ == "be" and doc[be - 1].lower_ == "to":
            opener = _opening_phrase_end(doc, sentence)
            last = next((i - 1 for i in range(opener + 1, be) if doc[i].lower_ in AUXILIARIES), None)
        else:
            continue
        if last is None or last - opener < 2 or doc[opener + 1].lower_ in words.expletives \
                or doc[opener + 1].lower_ in FIRST_PERSON_SUBJECTS or doc[opener + 1].is_punct \
                or ctx.types_in(doc[opener + 1].idx, doc[last].idx + len(doc[last].text)):
            continue
        return kind, doc[opener + 1].idx, doc[last].idx + len(doc[last].text)
    return None


def _word_before_kind(doc: Doc, kind: Span, floor: int) -> int:
    """The index of the word before a kind's article, qualifiers and quote marks ("is" in
    "is a 'serious' cause of concern"): the word that says what the kind is to its subject."""
    index = kind.start - 1
    qualifiers = 0
    while index > floor and (doc[index].is_quote or (qualifiers < 2 and _qualifies(doc[index]))):
        qualifiers += not doc[index].is_quote
        index -= 1
    if doc[index].lower_ in ("a", "an"):
        index -= 1
    while index > floor and doc[index].is_quote:
        index -= 1
    return index


def _as_before(doc: Doc, kind: Span, floor: int) -> int | None:
    """The index of the "as" that names a kind ("as a serious cause of concern", "as
    'innovative practice'"), or None."""
    index = _word_before_kind(doc, kind, floor)
    return index if index > floor and doc[index].lower_ == "as" else None


def _naming_verb(doc: Doc, as_index: int, floor: int) -> int | None:
    """The active naming verb whose object runs up to "as": a past form of an ascribing verb
    ("highlighted", "cited") not after an auxiliary (the passive "was identified as"
    is the copula's), with no clause break (";", a modal, an auxiliary) in the object."""
    words = item_words()
    for index in range(as_index - 1, max(floor, as_index - LIMITS.named_object_tokens) - 1, -1):
        token = doc[index]
        if token.text in (";", ":") or token.lower_ in AUXILIARIES or token.lower_ in SUBORDINATORS:
            return None
        if token.lower_ in words.ascribing_verbs:  # "described A as a serious cause of concern" too
            before = doc[index - 1].lower_ if index > floor else ""
            return None if before in AUXILIARIES or index == as_index - 1 else index
    return None


def _indefinite(doc: Doc, verb: int, kind: Span) -> bool:
    """"is a cause of concern" ascribes the kind; "was the cause of concern" identifies one
    ("The focus of the revisit was the cause of concern")."""
    return not any(t.lower_ in DETERMINERS - {"a", "an"} or t.lower_ in POSSESSIVES for t in doc[verb + 1 : kind.start])


def _ascribed_subject(ctx: Context, sentence: Span, verb: int, indefinite: bool) -> tuple[int, int] | None:
    """The token before the subject a copula at `verb` ascribes a kind to, and the subject's
    last token; None when no subject of three words or more is named. A subject opening the
    sentence needs the kind to be ascribed, not identified (`indefinite`)."""
    doc = ctx.doc
    closed = doc[verb - 1].text == ","
    last = verb - 2 if closed else verb - 1
    taken_up = _taken_up_clause(doc, last, sentence.start)
    opener: int | None
    if closed:
        # The comma closes a subject that holds commas of its own: it runs from "that",
        # else from the sentence's opening (after an opening phrase: "In particular,").
        that = next((i for i in range(verb - 1, sentence.start - 1, -1) if doc[i].lower_ == "that"), None)
        opener = that if that is not None else _opening_phrase_end(doc, sentence)
    else:  # after "that", a comma, or a reporting verb ("Inspectors said A was a cause of concern")
        last = taken_up if taken_up is not None else last
        reported = {d.end - 1 for d in ctx.directives_in(sentence.start_char, doc[verb].idx) if d.label_ == "REPORTING"}
        opener = next((i for i in range(last, sentence.start - 1, -1)
                       if doc[i].lower_ in ("that", ",", ";") or i in reported), None)
        first = sentence.start
        while first < last and doc[first].is_quote and doc[first].text in OPENING_QUOTES:
            first += 1  # a quotation opening with its subject: '"The size of the backlog is ...," she said'
        if opener is None and (taken_up is not None or (indefinite and _bare_subject(doc, first, last))):
            opener = first - 1
        if opener is not None:
            opener = _joined_clause_subject(doc, opener, last)
    if opener is None or (last - opener < 2 and not _acronym_subject(doc, opener, last)) \
            or doc[last].lower_ in item_words().expletives \
            or all(t.lower_ in THEME_STOPWORDS for t in doc[opener + 1 : last + 1]):
        return None  # "'The force is a grave cause of concern'": the body, not a matter
    return opener, last


def _joined_clause_subject(doc: Doc, opener: int, last: int) -> int:
    """"that 500 audits were missed and its protection work was a cause of concern": a
    clause with a verb of its own, then "and", opens the span before the copula; the
    subject the kind is ascribed to is the second clause's, after the "and" (the token
    returned stands before it)."""
    joints = [i for i in range(opener + 1, last) if doc[i].lower_ == "and"
              and any(t.lower_ in AUXILIARIES for t in doc[opener + 1 : i])]
    return joints[-1] if joints and last - joints[-1] >= 2 else opener


def _acronym_subject(doc: Doc, opener: int, last: int) -> bool:
    """"the revisit showed that ASB is still a cause of concern": after "that", an initialism alone
    names a matter (anti-social behaviour), though it is one word."""
    word = doc[last]
    return last == opener + 1 and doc[opener].lower_ == "that" and word.is_alpha and word.is_upper \
        and ACRONYM_LETTERS[0] <= len(word.text) <= ACRONYM_LETTERS[1]


def _taken_up_clause(doc: Doc, last: int, floor: int) -> int | None:
    """"A is not a priority and this is a cause of concern", "A; this is a cause of concern",
    "A, which is a cause of concern": the last token of the clause that "and this" ("; this",
    ", which") takes up."""
    if last - 2 <= floor or doc[last].lower_ not in ("this", "which"):
        return None
    index = last - 1
    while index > floor and (doc[index].lower_ == "and" or doc[index].text in (",", ";")):
        index -= 1
    joined = [t.lower_ if t.text != "," else "," for t in doc[index + 1 : last]]
    if joined not in (["and"], [",", "and"], [","], [";"]) or (doc[last].lower_ == "this" and joined == [","]) \
            or (doc[last].lower_ == "which" and joined == [";"]):
        return None  # "As many calls involved children, this is a cause of concern": no clause taken up
    return index


def _bare_subject(doc: Doc, start: int, last: int) -> bool:
    """A noun phrase opening the sentence ("The size of the backlog"): no verb, pronoun or
    subordinate word in it, and no quotation or kind (a heading run into the sentence)."""
    words = doc[start : last + 1]
    return words[0].lower_ not in item_words().expletives and words[0].lower_ not in CLAUSE_OPENERS and not any(
        t.lower_ in AUXILIARIES or t.lower_ in SUBORDINATORS or t.lower_ in CLAUSE_OPENERS or t.is_quote
        or t.lower_ in ("concern", "improvement", "recommendation") for t in words)


def _ascribing_verb(doc: Doc, kind: Span, floor: int) -> int | None:
    """The copula that says the kind of its subject: "is a cause of concern", "remains a
    serious cause for concern", "was seen as notable practice"; its index, or None."""
    index = _word_before_kind(doc, kind, floor)
    words = item_words()
    if doc[index].lower_ == "as" and doc[index - 1].lower_ in words.ascribing_verbs:
        index -= 2
    elif doc[index].lower_ in words.ascribing_verbs - words.as_verbs:
        index -= 1  # "was considered a cause of concern"
    if doc[index].lower_ in ("also", "still", "all"):
        index -= 1  # "A and B were all highlighted as areas for improvement"
    if doc[index].lower_ == "been" and index - 1 > floor:
        # "A had been seen as an AFI", "A has also been a cause for concern": the
        # perfect's auxiliary stands where the copula would.
        index -= 1
        if doc[index].lower_ in PERFECT_ADVERBS and index - 1 > floor:
            index -= 1
        return index if doc[index].lower_ in PERFECT_AUXILIARIES else None
    return index if index > floor and doc[index].lower_ in COPULAS else None


def _qualifies(token: Token) -> bool:
    """An adjective before a kind ("serious", "key"): a lower-case word that is no function
    word and no participle ("were given causes of concern" says who received them)."""
    word = token.lower_
    return token.is_alpha and token.is_lower and word not in NOT_QUALIFIERS and word not in AUXILIARIES \
        and not word.endswith("ed") and word not in PARTICIPLES


def _opening_phrase_end(doc: Doc, sentence: Span) -> int:
    """The index before a sentence's subject: its first comma when an opening phrase of up
    to three words ends there ("In particular,", "However,"), else the token before it."""
    for index in range(sentence.start, min(sentence.start + 4, sentence.end)):
        if doc[index].text == ",":
            return index
    return sentence.start - 1
