"""The running-text rule: themes are read everywhere ("three causes of concern, focused on
A, B and C"); in responses and news, also statements (`item_statements`), restatements after
a count (`item_counts`), mentions of an item by kind, the inspectorate's verb with its
object ("HMICFRS recommends the introduction of A"), a story's passive of advising ("was
advised to improve A"), and "The force should" run on after a flattened lead-in.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from crosswalk.extraction.context import flags_for
from crosswalk.extraction.extensions import spans_within, tokens_lowered_as
from crosswalk.extraction.item_counts import restated_after_count
from crosswalk.extraction.item_directing import FIRST_PERSON, INSPECTORATE_WORDS, RECOMMEND_VERBS, entry_type, first_token
from crosswalk.extraction.item_carried import carried_themes
from crosswalk.extraction.item_grammar import AUXILIARIES, PERFECT_ADVERBS, SUBJECT_ADVERBS
from crosswalk.extraction.item_pieces import is_clause, trim_piece
from crosswalk.extraction.item_reading import GRAMMAR_FILE, LIMITS, MENTIONS_KEY, Context, Scope, Unit, item_words
from crosswalk.extraction.item_statements import RUN_ON_OPENER_RE, statements
from crosswalk.extraction.item_themes import themes
from crosswalk.extraction.sentences import sentence_of
from crosswalk.extraction.subjects import bodies_in, subjects_in
from crosswalk.resources import word_set

OBJECT_MENTIONS = {"mention-call-for"}  # mentions whose item is the object after them ("X's call for ...")
INFINITIVE_MENTION = "mention-recommendation-to"  # "the recommendation to merge ...": the ask is its infinitive
NOT_ASKED = word_set(GRAMMAR_FILE, "not_asked_objects")  # "calls for service", "a call for evidence": demand, no ask
PARAGRAPH_NUMBER_RE = re.compile(r"\s\d{1,2}\.\d{1,2}\s")
VAGUE_OBJECTS = word_set(GRAMMAR_FILE, "vague_objects")
ADVISING_PARTICIPLES = word_set(GRAMMAR_FILE, "advising_participles")  # "has been advised to improve A"
ADVISED_SUBJECT_NOUNS = word_set(GRAMMAR_FILE, "advised_subject_nouns")  # "the leadership team advised to ..."
ADVISED_CLAUSE_OPENERS = word_set(GRAMMAR_FILE, "advised_clause_openers")  # ", while ...": the asks end
ADVISED_ASK_SPLIT_RE = re.compile(r",?\s+and\s+to\s+")  # "to improve A and to develop B": two asks


def running_text(ctx: Context, unit: Unit, scope: Scope) -> Scope | None:
    """Outside sections, in responses and news (not in reports, whose running text
    explains findings): statements of items, and mentions of an item by kind. Themes
    ("causes of concern focused on A, B and C") are read everywhere."""
    themed, running_on = themes(ctx, unit.start, unit.end, scope)
    themed += carried_themes(ctx, unit, themed, scope)
    if (scope.type is None or ctx.is_press) and not ctx.is_report:
        themed += recommended_objects(ctx, unit, themed, scope)
        themed += advised_asks(ctx, unit, themed, scope)
        themed += run_on_directives(ctx, unit, themed, scope)
        themed += restated_after_count(ctx, unit, themed)
        statements(ctx, unit, ctx.previous, themed)
        mentions(ctx, unit.start, unit.end, themed)
    return replace(scope, open=False, parent=None, listing=running_on)


def mentions(ctx: Context, start: int, end: int, taken: list[tuple[int, int]]) -> None:
    """"a 'cause of concern' issued on the force's custody in 2019"; "the inspectorate's call
    for longer funding settlements" (the words that introduce it are not the item's own)."""
    for span in spans_within(ctx.doc, MENTIONS_KEY, start, end):
        if any(s <= span.start_char < e for s, e in taken):
            continue
        if _names_occasion_only(ctx.doc, span.end):
            continue  # "a cause of concern raised at our 2019 visit": which one, not what
        if span.id_ in OBJECT_MENTIONS and span.end < len(ctx.doc) and ctx.doc[span.end].lower_ in NOT_ASKED:
            continue  # "the force's calls for service rose": what others ask of it, not an ask of it
        if span.id_ == INFINITIVE_MENTION and _acts_on_a_kind(ctx, span):
            continue  # "a recommendation to tackle the cause of concern": what it answers, not what it asks
        sentence = sentence_of(ctx.doc, span.start)
        item_start = span.end_char if span.id_ in OBJECT_MENTIONS else span.start_char
        # "the recommendation to merge the control rooms is welcome": the verb after it ends it.
        verb = next((t for t in ctx.doc[span.end : sentence.end] if t.lower_ in AUXILIARIES), None)
        item_end = ctx.doc[verb.i - 1].idx + len(ctx.doc[verb.i - 1].text) if verb is not None else sentence.end_char
        bodies = [s.kb_id_ for s in bodies_in(ctx.doc, span.start_char, item_end) if s.label_ != "national"]
        ctx.builder.add(span.label_, item_start, item_end, span.id_, bodies[0] if bodies else None)


def _acts_on_a_kind(ctx: Context, span: Span) -> bool:
    """"gave a recommendation to resolve the cause of concern": the infinitive is a verb
    of acting on items (address, tackle, resolve) whose object, a few words on, is an item's
    kind; it says what the recommendation answers, and the ask itself is told elsewhere."""
    verb = ctx.doc[span.end - 1]
    if verb.lemma_.lower() not in item_words().acting_verbs and verb.lower_ not in item_words().acting_verbs:
        return False
    last = ctx.doc[min(span.end + LIMITS.purpose_kind_tokens, len(ctx.doc) - 1)]
    return bool(ctx.types_in(span.end_char, last.idx + len(last.text)))


def _names_occasion_only(doc: Doc, after: int) -> bool:
    """A mention whose words after "issued", "identified" say when or where the item was
    given ("during the spring visit", "in 2019", "at our last inspection", "on 3 May")
    refers to an item by its occasion: it states no theme, so it is no item of its own."""
    if after >= len(doc):
        return True
    first = doc[after]
    return first.lower_ in item_words().occasion_words or (first.lower_ == "on" and after + 1 < len(doc) and doc[after + 1].like_num)


def recommended_objects(ctx: Context, unit: Unit, taken: list[tuple[int, int]], scope: Scope) -> list[tuple[int, int]]:
    """"HMICFRS recommends the introduction of A", "inspectors rightly recommended the
    abolition of B and the review of C": the inspectorate's verb with a noun phrase for
    its object restates a recommendation in a response's own words; one item per object,
    up to the first comma. A "that" clause with no modal ("recommended that the scheme is
    revised", "recommended that both forces introduce A") is one item; one with "should"
    or "must" is left to the directive rules."""
    doc, found = ctx.doc, []
    verbs = tokens_lowered_as(doc, RECOMMEND_VERBS)
    for token in (doc[i] for i in verbs[bisect_left(verbs, sentence_of(doc, first_token(doc, unit.start)).start) :]):
        if token.idx >= unit.end:
            break
        if token.i + 1 >= len(doc) or any(s <= token.idx < e for s, e in taken) or not _inspectorate_verb(doc, token):
            continue
        first = doc[token.i + 1]
        if first.lower_ == "that":
            found += _recommended_clause(ctx, unit, first, scope)
        elif first.lower_ in ("the", "a", "an") and doc[first.i : first.i + 3].text.lower() not in VAGUE_OBJECTS:
            found += _recommended_nouns(ctx, unit, first, scope)
    return found


def advised_asks(ctx: Context, unit: Unit, taken: list[tuple[int, int]], scope: Scope) -> list[tuple[int, int]]:
    """A news story's passive of advising ("The service has been advised to improve A and
    to develop B", "the force was encouraged to improve C", "the leadership team advised
    to look for D"), or its active with the inspectorate for subject ("inspectors advised
    the brigade to review E"): said of a body or its managers, it restates what the report
    asks of that body in the story's words. Each infinitive joined by "and to" is one ask,
    up to the clause's end (a semicolon, or a comma before another clause: ", while the
    other force was ..."). A recommendation, as a story's bare "should" is (_reported_should):
    a story names areas for improvement and causes of concern as such. Read in news only:
    a report's "staff are encouraged to" praises."""
    if not ctx.is_press:
        return []
    doc, found = ctx.doc, []
    verbs = tokens_lowered_as(doc, ADVISING_PARTICIPLES)
    for i in verbs[bisect_left(verbs, first_token(doc, unit.start)) :]:
        token = doc[i]
        if token.idx >= unit.end:
            break
        if any(s <= token.idx < e for s, e in taken):
            continue
        to: int | None = None
        if i + 1 < len(doc) and doc[i + 1].lower_ == "to" and _advised_body(ctx, token):
            to, subject = i + 1, _advised_subject(ctx, token) or scope.subject or ctx.own_body
        else:
            to, subject = _advised_object(ctx, token)
        if to is None or to + 1 >= len(doc) or not doc[to + 1].is_alpha:
            continue
        ask_start, ask_end = doc[to + 1].idx, _advised_end(ctx, unit, doc[to])
        offset = ask_start
        for part in ADVISED_ASK_SPLIT_RE.split(ctx.text[ask_start:ask_end]):
            start, end = trim_piece(ctx.text, offset, offset + len(part))
            if ctx.builder.add(entry_type(ctx, unit), start, end, "item-advised", subject, min_words=3) is not None:
                found.append((start, end))
            offset = ctx.text.find(part, offset) + len(part)
            gap = ADVISED_ASK_SPLIT_RE.match(ctx.text, offset)
            offset = gap.end() if gap else offset
    return found


def _advised_object(ctx: Context, token: Token) -> tuple[int | None, str | None]:
    """The active form ("inspectors advised the brigade to review A"): the inspectorate
    advises a body named right after the verb. The index of the "to" after the body and the
    body's subject; (None, None) when the verb has no such object."""
    doc = ctx.doc
    if not _inspectorate_verb(doc, token):
        return None, None
    named = next((s for s in bodies_in(doc, token.idx, doc[min(token.i + 6, len(doc) - 1)].idx)
                  if s.start in (token.i + 1, token.i + 2)), None)
    if named is None or named.end >= len(doc) or doc[named.end].lower_ != "to" \
            or (named.start == token.i + 2 and doc[token.i + 1].lower_ != "the"):
        return None, None
    subjects = subjects_in(doc, named.start_char, named.end_char)
    return named.end, subjects[0] if subjects else ctx.own_body


def _advised_clause_start(ctx: Context, token: Token) -> int:
    """The first token of the clause a participle of advising ends: after the last comma
    or semicolon of its sentence before it."""
    doc = ctx.doc
    sentence = sentence_of(doc, token.i)
    return next((t.i + 1 for t in reversed(doc[sentence.start : token.i]) if t.text in (",", ";")), sentence.start)


def _advised_body(ctx: Context, token: Token) -> bool:
    """Whether a passive of advising is said of a body or its managers ("The service has
    been advised", "Managers were advised", "the leadership team advised"): the participle
    follows an auxiliary (an adverb between them aside) or, reduced, the subject's noun,
    and its clause names a body or managers, and not the writer ("we are encouraged to
    see"), nor staff or the public."""
    doc = ctx.doc
    start = _advised_clause_start(ctx, token)
    if start >= token.i:
        return False
    at = token.i - 1
    while at > start and (doc[at].lower_ in SUBJECT_ADVERBS or doc[at].lower_.endswith("ly")):
        at -= 1  # "was also advised", "has been strongly encouraged"
    before = doc[at]
    if before.lower_ not in AUXILIARIES | {"be", "being"} and before.lower_ not in ADVISED_SUBJECT_NOUNS \
            and not bodies_in(doc, before.idx, token.idx):
        return False
    words = {t.lower_ for t in doc[start : token.i]}
    return not words & FIRST_PERSON and (bool(words & ADVISED_SUBJECT_NOUNS) or bool(_advised_subject(ctx, token)))


def _advised_subject(ctx: Context, token: Token) -> str | None:
    """The body named in the clause of a passive of advising, if any."""
    subjects = subjects_in(ctx.doc, ctx.doc[_advised_clause_start(ctx, token)].idx, token.idx)
    return subjects[0] if subjects else None


def _advised_end(ctx: Context, unit: Unit, to: Token) -> int:
    """Where the asks after the "to" of advising end: the sentence's end, a semicolon, or
    a comma before a word that opens another clause."""
    doc = ctx.doc
    sentence = sentence_of(doc, to.i)
    for t in doc[to.i + 1 : sentence.end]:
        if t.text == ";" or (t.text == "," and t.i + 1 < sentence.end and doc[t.i + 1].lower_ in ADVISED_CLAUSE_OPENERS):
            return min(t.idx, unit.end)
    return min(sentence.end_char, unit.end)


def _inspectorate_verb(doc: Doc, token: Token) -> bool:
    """The inspectorate recommends: its name just before the verb ("HMIC has recommended"),
    or opening a sentence whose next clause the verb opens ("HMICFRS found A, but recommended")."""
    if any(t.lower_ in INSPECTORATE_WORDS for t in doc[max(token.i - 3, 0) : token.i]):
        return True
    sentence = sentence_of(doc, token.i)
    we = _subject_before_verb(doc, token, sentence.start)
    if we is not None and doc[we].lower_ == "we" \
            and any(t.lower_ in INSPECTORATE_WORDS for t in doc[sentence.start : we]):
        # "In the inspectorate's 2019 review we recommended that ...", "HMIC Recommendation 2
        # We recommend that ...", 'the Chief Inspector said, "We have previously recommended
        # that ...': the inspectorate's "we", its name earlier in the sentence.
        return True
    return token.i >= 2 and doc[token.i - 1].lower_ in ("but", "and") and doc[token.i - 2].text == "," \
        and any(t.lower_ in INSPECTORATE_WORDS for t in doc[sentence.start : min(sentence.start + 3, token.i)])


def _subject_before_verb(doc: Doc, token: Token, floor: int) -> int | None:
    """The index of the word before a verb once its auxiliaries and adverbs are passed
    ("we have previously recommended": "we"); None at the sentence's start."""
    index = token.i - 1
    while index > floor and (doc[index].lower_ in AUXILIARIES or doc[index].lower_ in PERFECT_ADVERBS):
        index -= 1
    return index if index >= floor else None


def _recommended_nouns(ctx: Context, unit: Unit, first: Token, scope: Scope) -> list[tuple[int, int]]:
    """The noun phrases a recommending verb takes as objects, one item each."""
    doc, found = ctx.doc, []
    sentence = sentence_of(doc, first.i)
    stop = next((t.idx for t in doc[first.i : sentence.end] if t.text in (",", ";", ":")), sentence.end_char)
    stop = min(stop, unit.end)
    offset = first.idx
    for part in re.split(r" and (?=(?:the|a|an)\b)", ctx.text[first.idx : stop]):
        # "the abolition of notices which are misused": the relative clause describes the object.
        relative = re.search(r"\s(?:which|who|that)\s", part)
        start, end = trim_piece(ctx.text, offset, offset + (relative.start() if relative else len(part)))
        head = first_token(doc, start)
        if not is_clause(doc, head, end) and ctx.builder.add(
                "recommendation", start, end, "item-recommended", scope.subject or ctx.own_body, min_words=3) is not None:
            found.append((start, end))  # not "recommended the force should ...", a directive clause
        offset += len(part) + len(" and ")
    return found


def _recommended_clause(ctx: Context, unit: Unit, that: Token, scope: Scope) -> list[tuple[int, int]]:
    """The clause after "recommended that", up to a semicolon or the sentence's end, when
    no directive in it is left to the directive rules. A modal that directs nothing they read
    ("recommended that it needs to think about ...", "a child's needs") leaves the clause
    the recommendation the verb states."""
    doc = ctx.doc
    sentence = sentence_of(doc, that.i)
    stop = next((t.i for t in doc[that.i + 1 : sentence.end] if t.text == ";" or t.idx >= unit.end), sentence.end)
    words = doc[that.i + 1 : stop]
    if len(words) < LIMITS.recommended_clause_min_words or any(d.label_ in ("DIRECTIVE", "PASSIVE") for d in ctx.directives_in(words.start_char, words.end_char)):
        return []
    start, end = trim_piece(ctx.text, words.start_char, words.end_char)
    while start < end and ctx.text[start] in ", ":
        start += 1  # "recommend that, within three months, ...": the clause opens at its deadline
    item = ctx.builder.add("recommendation", start, end, "item-recommended", scope.subject or ctx.own_body,
                           historic=flags_for(doc, sentence.start_char, sentence.end_char).historic)
    return [(start, end)] if item is not None else []


def run_on_directives(ctx: Context, unit: Unit, taken: list[tuple[int, int]], scope: Scope) -> list[tuple[int, int]]:
    """"... set out three areas for improvement: The force should A. This is so B The force
    should C": a lead-in naming a kind, ended by a colon inside a run-on block (a report to
    a committee, its list flattened), and after it each "The force should" opens the next
    item, running to the next one (a paragraph number, "2.4", ends the last)."""
    found: list[tuple[int, int]] = []
    for kind in ctx.types_in(unit.start, unit.end):
        colon = ctx.text.find(":", kind.end_char, unit.end)
        if colon < 0 or len(ctx.text[kind.end_char : colon].split()) > LIMITS.theme_gap_tokens:
            continue
        openers = [m.start() for m in RUN_ON_OPENER_RE.finditer(ctx.text, colon, unit.end)]
        if len(openers) < 2 or ctx.text[colon + 1 : openers[0]].strip():
            break  # the list starts right after the colon and runs on: two openers at least
        closing = PARAGRAPH_NUMBER_RE.search(ctx.text, openers[-1], unit.end)
        for start, end in zip(openers, [*openers[1:], closing.start() if closing else unit.end]):
            if any(s <= start < e for s, e in taken):
                continue
            start, end = trim_piece(ctx.text, start, end)
            if ctx.builder.add(kind.label_, start, end, "item-run-on", ctx.subject(start, end, scope)) is not None:
                found.append((start, end))
        break
    return found
