"""Items whose theme the kind's own clause states right after it, with no introducer: a topic
after a singular cause of concern ("a cause of concern on culture", "in the leadership of the
brigade"), a practice by what is done ("innovative practice in investigating A"), an ask as a
predicate ("One of its recommendations was to set up a register"), and a noun phrase after a
definite kind and its copula ("The causes of concern raised were A and B"), and a noun
before a definite kind ("the protection cause of concern", read last). `item_themes`
tries these before the introduced lists, since their shapes would otherwise read as one."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from crosswalk.extraction.extensions import text_of
from crosswalk.extraction.grading_vocabulary import grading_words
from crosswalk.extraction.item_grammar import (
    AUXILIARIES, CLAUSE_OPENERS, COPULAS, GIVING_FOLLOWERS, GIVING_PARTICIPLES, KIND_QUALIFIERS, NOT_QUALIFIERS,
    ON_NON_THEMES, OPEN_COUNTS, POSSESSIVES, REPORT_NOUNS, SUBORDINATORS, WH_WORDS,
    short_attribution,
)
from crosswalk.extraction.item_directing import INSPECTORATE_WORDS
from crosswalk.extraction.item_kinds import among_opening, count_of, is_singular
from crosswalk.extraction.item_pieces import area_name_at, end_of_theme, opens_clause, theme_pieces, trim_piece
from crosswalk.extraction.item_reading import DETERMINERS, GRAMMAR_FILE, LIMITS, Context, item_words
from crosswalk.extraction.subjects import bodies_in
from crosswalk.model import RESPONSE_TYPES
from crosswalk.quote_marks import CLOSING_QUOTES, DASHES
from crosswalk.resources import word_set

LOCATING_PREPOSITIONS = word_set(GRAMMAR_FILE, "locating_prepositions")  # "the areas for improvement in the report are"
AMONG_NON_THEMES = word_set(GRAMMAR_FILE, "among_non_themes")  # words after "Among the X were" that open no noun phrase
TOPIC_PREPOSITIONS = word_set(GRAMMAR_FILE, "topic_prepositions")  # "a cause of concern in protection"
REASON_CONJUNCTIONS = word_set(GRAMMAR_FILE, "reason_conjunctions")  # "a cause of concern on A as it ...": the reason follows
DESCRIBED_DETERMINERS = word_set(GRAMMAR_FILE, "described_determiners")  # "a cause of concern in the leadership of the brigade"
STATING_PRONOUNS = word_set(GRAMMAR_FILE, "stating_pronouns")  # a finding's own subject opening a clause in a list of them
DEFINITE_OPENERS = word_set(GRAMMAR_FILE, "definite_openers")  # "The one area for improvement raised was A"
CONTINUING_OPENERS = word_set(GRAMMAR_FILE, "continuing_openers")  # "Another area for improvement was A"
PREDICATE_QUALIFIERS = word_set(GRAMMAR_FILE, "predicate_qualifiers")  # "The only area for improvement identified was A"
ONE_AREA_OPENERS = word_set(GRAMMAR_FILE, "one_area_openers")  # "One area ...", "An area ...", "The key area ..."
ONE_AREA_HEADS = word_set(GRAMMAR_FILE, "one_area_heads")  # "area", not "areas"
RELATING_VERBS = word_set(GRAMMAR_FILE, "relating_verbs")  # "relates to": a copula's stand-in
PREMODIFIED_DETERMINERS = word_set(GRAMMAR_FILE, "premodified_determiners")  # "the protection cause of concern"
PREMODIFIER_NOUN_ENDINGS = tuple(sorted(word_set(GRAMMAR_FILE, "premodifier_noun_endings")))  # "protection", "efficiency"
PREMODIFIER_NOT_NOUNS = word_set(GRAMMAR_FILE, "premodifier_not_nouns")  # "the priority recommendations"
PREMODIFIER_THEMES = word_set(GRAMMAR_FILE, "premodifier_themes")  # "the Protection Cause of Concern", "the resourcing recommendations"


def topic_themes(kinds: list[Span], sentence: Span) -> list[tuple[Span, tuple[int, int]]]:
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
                or doc[kind.end].lower_ not in TOPIC_PREPOSITIONS or not is_singular(kind):
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


def premodified_topic(kinds: list[Span], sentence: Span) -> tuple[Span, tuple[int, int]] | None:
    """"the Protection Cause of Concern", "this efficiency Cause of Concern", "to address the
    resourcing recommendations": a definite kind with one noun before it names its theme by
    that noun, as "the cause of concern on protection" does by the noun after it. A response
    or a minute names an item it never states so (the area the inspectorate named it by),
    whatever the sentence says of it, so no verb or introducer is needed. A count, a
    qualifier ("the accelerated cause of concern", "the remaining recommendations"), the
    reporter ("the inspection recommendations"), a word in capitals (a body or a programme:
    "the HMICFRS recommendations", "the PEEL recommendations") or a participle before the
    kind names no matter. Only a document that answers items (a response, a monitoring
    record) names them so; elsewhere the shape is an adjective's ("the sweeping
    recommendations" of a news story)."""
    doc = sentence.doc
    if str(getattr(doc._.meta, "doc_type", None)) not in RESPONSE_TYPES:
        return None
    for kind in kinds:
        word_at = kind.start - 1
        if word_at - 1 < sentence.start or count_of(kind) is not None:
            continue
        word, determiner = doc[word_at], doc[word_at - 1]
        if determiner.lower_ in PREMODIFIED_DETERMINERS and _premodifying_noun(word):
            return kind, (word.idx, word.idx + len(word.text))
    return None


def _premodifying_noun(token: Token) -> bool:
    """A noun naming a matter before a kind. A known theme (`premodifier_themes`: a one-word
    theme, pillar or assessment area, "Protection", "resourcing") in lower case or
    capitalised as an area's name is; a capitalised word else is most often a body ("the
    Commission recommendations"), never a matter. The pipeline tags no parts of speech, so a
    lower-case noun is known by its ending ("efficiency"), never one of the adjectives or
    bodies of those endings ("priority", "authority"), a qualifier of the kind, a reporter
    or an acronym. The endings -ing and -ure are none of them: before a kind such a word is
    an adjective or a participle ("the sweeping recommendations", "the future ones")."""
    word = token.lower_
    if not token.is_alpha or not (token.is_lower or token.is_title):
        return False
    if word in premodifier_themes():
        return True
    return token.is_lower and word.endswith(PREMODIFIER_NOUN_ENDINGS) and word not in PREMODIFIER_NOT_NOUNS \
        and word not in KIND_QUALIFIERS and word not in REPORT_NOUNS and word not in INSPECTORATE_WORDS


@lru_cache(maxsize=1)
def premodifier_themes() -> frozenset[str]:
    """The one-word matters a kind may be premodified by in any case: item_grammar.json's
    premodifier_themes, the pillars an inspection grades and the assessment areas of one
    word (grading_words.json, assessment_areas.txt), each a theme the project knows."""
    words = grading_words()
    return frozenset(PREMODIFIER_THEMES | set(words.pillars.values())
                     | {area for area in words.known_areas if area.isalpha()})


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


def practice_theme(kinds: list[Span], sentence: Span, end: int) -> tuple[Span, tuple[int, int]] | None:
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


def predicate_theme(kinds: list[Span], sentence: Span) -> tuple[Span, tuple[int, int]] | None:
    """"One of its recommendations was to set up a register", "The key area for improvement
    around water rescue is to make sure ...": one item as the subject, a copula, then the
    infinitive that says what it asks; the item is the infinitive to the sentence's end, and
    any topic between the kind and the copula ("around water rescue") is only where it lies."""
    doc = sentence.doc
    for kind in kinds:
        if not sentence.start <= kind.start < sentence.end:
            continue
        if not is_singular(kind) and not (kind.start >= 2 and doc[kind.start - 2].lower_ == "of"
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


def one_area_theme(kinds: list[Span], sentence: Span) -> tuple[Span, tuple[int, int]] | None:
    """"One area flagged as needing more work is its fleet", "The main area the service needed
    improvement was its training", "One of the areas flagged by inspectors relates to A": a
    story names one of the inspectorate's areas for improvement by what is said of the area
    (flagged, needing work, where the body could do better), not by the label. The described
    area opens its clause ("one", "an", "the key", or "one of the" before the plural), a
    copula ("relates to" too) follows it at once, and the theme runs to the sentence's end or
    a new clause: one item, never cut at its "and"s (one area is named). The grade phrase
    ("highlighted as requiring improvement") and "areas of concern" make no such kind, so
    their sentences name none."""
    doc = sentence.doc
    for kind in kinds:
        if kind.label_ != "area_for_improvement" or not kind.id_.startswith("kind-") or kind.start <= sentence.start:
            continue
        opening = kind.start
        while opening > sentence.start and doc[opening - 1].is_alpha:
            opening -= 1  # back to the clause's start: the sentence's, or a colon or quote mark before it
        words = [t.lower_ for t in doc[opening : kind.start]]
        if doc[kind.start].lower_ in ONE_AREA_HEADS:
            opens = bool(words) and words[0] in ONE_AREA_OPENERS and len(words) <= 3 \
                and all(w in KIND_QUALIFIERS | PREDICATE_QUALIFIERS for w in words[1:])
        else:
            opens = words[:2] == ["one", "of"] and len(words) == 3 and words[2] in DEFINITE_OPENERS
        if not opens or kind.end + 1 >= sentence.end:
            continue
        verb = doc[kind.end]
        if verb.lower_ in COPULAS:
            start = kind.end + 1
        elif verb.lower_ in RELATING_VERBS and doc[kind.end + 1].lower_ == "to":
            start = kind.end + 2
        else:
            continue
        if start >= sentence.end or not (doc[start].is_alpha or doc[start].is_quote):
            continue
        finish = end_of_theme(doc, doc[kind.end : start], sentence)
        text = text_of(doc)
        finish = _before_attribution(doc, start, finish)
        while finish > doc[start].idx and (text[finish - 1] in CLOSING_QUOTES or text[finish - 1].isspace()):
            finish -= 1
        piece = trim_piece(text, doc[start].idx, finish)
        if piece[1] > piece[0]:
            return kind, piece
    return None


def _before_attribution(doc: Doc, start: int, finish: int) -> int:
    """Where a described area ends before the story's attribution after its last comma
    ("..., the report said.", "..., according to the inspectorate."): who said it is no part
    of the area. The attribution is "according to" and what follows, or a few words opening
    on a determiner and closing on a reporting verb (`summary_verbs`)."""
    commas = [t for t in doc[start:] if t.idx < finish and t.text == ","]
    if not commas:
        return finish
    comma = commas[-1]
    said = [t.lower_ for t in doc[comma.i + 1 :] if t.idx < finish and t.is_alpha]
    if said[:2] == ["according", "to"]:
        return comma.idx
    if short_attribution(said, DETERMINERS, slack=2):
        return comma.idx
    return finish


def identified_predicate(ctx: Context, kinds: list[Span], sentence: Span) -> tuple[Span, list[tuple[int, int]], bool] | None:
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
        if not among_opening(kind, sentence) and (
                doc[index].lower_ not in DEFINITE_OPENERS | CONTINUING_OPENERS
                or (index > sentence.start and not doc[index - 1].is_punct)):
            continue  # "the" opening the sentence (or after a comma or quote): the kind is its subject
        copula = _given_copula(doc, kind, sentence)
        if copula is None or copula + 1 >= sentence.end or doc[copula].lower_ not in COPULAS:
            continue
        stated = doc[copula + 1].lower_ == "that" and not is_singular(kind) and copula + 2 < sentence.end
        opener = doc[copula + 1 + stated]
        listed = not is_singular(kind) and ";" in ctx.text[opener.idx : sentence.end_char]
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
        if is_singular(kind):
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


def _among_bare_noun(kind: Span, sentence: Span, opener: Token) -> bool:
    """"Among the areas for improvement were vetting backlogs": after an opening that
    selects from a plural kind, a bare noun phrase names the item as well as a determined
    one does (a news story drops the article); elsewhere a bare word after the copula
    describes the kind ("the recommendations were sound"). The pipeline tags no parts of
    speech, so a function word, an adverb or a past form ("were several", "were largely",
    "were accepted") is what rules a noun phrase out."""
    word = opener.lower_
    return among_opening(kind, sentence) and opener.is_alpha and opener.is_lower and word not in AMONG_NON_THEMES \
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
