"""Which kind, if any, an introducer lists the items of (`theme_kind`): the kind a few words
before the introducer in one sentence, if it is counted or definite (`_determined`: "three
causes of concern", "these recommendations"), no new clause opens between them ("the
recommendations, and after the visit we found that ..."), the introducer's own conditions
hold ("such as" after a kind that heads its phrase, "that" after a singular kind not
predicated of a clause, "to" after an ask's verb), and no verb acts on items named before
("the steps it took to tackle these concerns, including ..."). Kept apart from the reading of
the list (`item_introduced`): choosing the kind reads the words between the two, the list
reads the words after."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from crosswalk.extraction.extensions import text_of
from crosswalk.extraction.item_ascribed import opening_phrase_end
from crosswalk.extraction.item_directing import INSPECTORATE_WORDS
from crosswalk.extraction.item_grammar import (
    AUXILIARIES, GIVING_FOLLOWERS, GIVING_PARTICIPLES, KIND_QUALIFIERS, ON_NON_THEMES, PLURAL_KIND_WORDS, POSSESSIVES,
    PURPOSE_VERBS, REPORT_NOUNS, SUBJECT_PRONOUNS,
)
from crosswalk.extraction.item_introducers import (
    ADJACENT_INTRODUCERS, EXAMPLES_INTRODUCERS, FAILING_INTRODUCER, FOR_HOW_INTRODUCER, INCLUDING_INTRODUCER,
    INFINITIVE_INTRODUCER, ON_INTRODUCER, PURPOSE_INTRODUCER, SAID_MODAL_INTRODUCER, SAYING_INTRODUCER, THAT_INTRODUCER,
    VERB_INTRODUCERS, exemplified_by_clause, quotes_after,
)
from crosswalk.extraction.item_kinds import acted_on, acted_on_again, among_opening, is_singular, qualifies, reported
from crosswalk.extraction.item_reading import DETERMINERS, GRAMMAR_FILE, LIMITS, item_words
from crosswalk.extraction.sentences import sentence_of
from crosswalk.extraction.subjects import MODIFYING_PREPOSITIONS
from crosswalk.quote_marks import CLOSING_QUOTES
from crosswalk.resources import word_set

REFERENCE_NUMBER_RE = re.compile(r"^(?:no\.?|nos\.?|number|\d)")
ADVERBIAL_SUBORDINATORS = word_set(GRAMMAR_FILE, "adverbial_subordinators")
CLAUSE_COPULAS = word_set(GRAMMAR_FILE, "clause_copulas")  # "It is a cause of concern that": the copula before a kind predicated of a clause
# "when there are causes of concern about A": a condition before an existential "there" names no items
# plural only: "there is innovative practice with ..." describes one finding, not a list of items
EXISTENTIAL_VERBS = word_set(GRAMMAR_FILE, "existential_verbs")
EXISTENTIAL_CONDITIONS = word_set(GRAMMAR_FILE, "existential_conditions")
EXAMPLE_OPENING_RE = re.compile(r"(?:for\s+(?:example|instance)\b|e\.g\.|such\s+as\b)", re.I)  # an aside after a dash or colon
BODY_IMPROVING_KINDS = {"kind-areas-where-need-improvement"}  # "areas where the force could improve": what a body is to improve
FOR_HOW_KINDS = {"cause_of_concern", "area_for_improvement"}
PURPOSE_KINDS = {"recommendation"}
RELATIVE_SUBJECTS = word_set(GRAMMAR_FILE, "relative_subjects")
CONCESSIVE_OPENERS = word_set(GRAMMAR_FILE, "concessive_openers")  # "While ..., it stated that": see `_closes_concession`


def theme_kind(kinds: list[Span], introducers: list[Span], sentence: Span) -> tuple[Span, Span] | None:
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
        if introducer.id_ == THAT_INTRODUCER and introducer.end < len(doc) and (
                doc[introducer.end].lower_ in AUXILIARIES or doc[introducer.end].lower_ in RELATIVE_SUBJECTS) \
                and not _named_as(doc, introducer.start):
            continue  # "the recommendations that were made", "the cause of concern that we raised"
        if introducer.id_ == ON_INTRODUCER and (introducer.end >= len(doc) or doc[introducer.end].lower_ in ON_NON_THEMES
                                               or doc[introducer.end].like_num or doc[introducer.end].is_punct):
            continue  # "recommendations on behalf of all", "the cause of concern on 17 March"
        if introducer.id_ in ADJACENT_INTRODUCERS and introducer.end < len(doc) \
                and EXAMPLE_OPENING_RE.match(text_of(doc), doc[introducer.end].idx):
            continue  # "acting on the recommendations – for example, by ...": an example of the clause, no list
        gap = 1 if introducer.id_ in ADJACENT_INTRODUCERS and not quotes_after(introducer) else LIMITS.theme_gap_tokens
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
            before = [k for k in before if not (acted_on_again(k) or (is_singular(k, introducer) and acted_on(k)))]
        if introducer.id_ == ON_INTRODUCER:
            before = [k for k in before if k.label_ == "cause_of_concern"]  # "recommendations on X" name a topic
        before = [k for k in before if not _given_by_others(k, sentence)]
        if introducer.id_ == SAID_MODAL_INTRODUCER:
            # "Among its recommendations, inspectors said the force should ...": what is said
            # to be asked is one of the items the opening selects from; elsewhere it is a finding.
            before = [k for k in before if among_opening(k, sentence)]
        if introducer.id_ in (FOR_HOW_INTRODUCER, FAILING_INTRODUCER):
            before = [k for k in before if k.label_ in FOR_HOW_KINDS]
        if introducer.id_ in (INFINITIVE_INTRODUCER, SAYING_INTRODUCER):
            # "an area for improvement for the force to ...": one item, the body's ask; a plural
            # kind ("recommendations for the force to consider") is what the asks are for, and
            # what is said after several ("the causes of concern, saying it would act") is a
            # reaction to them.
            before = [k for k in before if is_singular(k, introducer)]
        if introducer.id_ == PURPOSE_INTRODUCER:
            before = [k for k in before if k.label_ in PURPOSE_KINDS and _modified_by(k, introducer)]
        if introducer.id_ == THAT_INTRODUCER:
            # "our cause of concern that it lacked ...", not "It is a cause of concern that ...".
            before = [k for k in before if is_singular(k, introducer) and not _after_copula(k)]
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
    return introducer.id_ == THAT_INTRODUCER and kind.label_ == "cause_of_concern" \
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
    if exemplified_by_clause(introducer):
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


def _listed_after_comma(kind: Span, introducer: Span) -> bool:
    """"identifies areas for improvement, including A, B and C": a plural kind, a comma,
    then "including" lists the kind's items even with no determiner before the kind (a
    described kind with no comma, "regional areas for improvement including ...", does not)."""
    doc = kind.doc
    return (introducer.id_ == INCLUDING_INTRODUCER and introducer.start == kind.end + 1 and doc[kind.end].text == ","
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
    if kind.id_.startswith("kind-") or kind.start == sentence.start or among_opening(kind, sentence):
        return True
    # "two “causes of concern”", "a new cause of concern", "a separate cause of concern":
    # quotes and a few qualifiers stand between the determiner and the kind; after a
    # possessor ("the inspectorates’ joint recommendations") any one adjective does.
    index = kind.start - 1
    while index > sentence.start and ((doc[index].is_quote and not _possessive_apostrophe(doc[index]))
                                      or doc[index].lower_ in KIND_QUALIFIERS):
        index -= 1
    if index > sentence.start and qualifies(doc[index]) and _possessive(doc[index - 1]):
        index -= 1  # "the inspectorates’ joint recommendations": whose they are, then what sort
    before = doc[index]
    if reported(before) or _given_by(kind):
        return True
    if _possessive(before):
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


def _possessive(token: Token) -> bool:
    """A possessor's mark: "’s", "our", or the apostrophe of a plural ("the inspectorates’")."""
    return token.lower_ in POSSESSIVES or _possessive_apostrophe(token)


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
    return before.text == "," and before.i == opening_phrase_end(doc, sentence)


def _given_by(kind: Span) -> bool:
    """"areas for improvement identified by the inspectorate with regard to A and B",
    "recommendations made by HMICFRS in respect of C": a participle of giving and its agent
    right after the kind say whose items they are, which determines them as "the" would."""
    doc, after = kind.doc, kind.end
    return after + 1 < len(doc) and doc[after].lower_ in GIVING_PARTICIPLES and doc[after + 1].lower_ == "by"


def _given_by_others(kind: Span, sentence: Span) -> bool:
    """"A cause of concern, on A, was raised by parents": a giving participle and "by" after
    the kind whose agent is no inspectorate or report ("by the inspectorate", "by HMICFRS")
    and names no one by name (an inspector may be named): the kind is someone's worry, no
    item the inspectorate gave. Only the participle right after the kind, its comma-closed
    aside or its auxiliaries counts: one further on belongs to the theme ("a cause of concern
    about the checks made by officers")."""
    doc = kind.doc
    index = kind.end
    if index < sentence.end and doc[index].text == ",":  # "A cause of concern, on A, was raised by"
        close = next((t.i for t in doc[index + 1 : sentence.end] if t.text == ","), None)
        if close is None:
            return False
        index = close + 1
    while index < sentence.end and doc[index].lower_ in AUXILIARIES:
        index += 1
    if index + 1 < sentence.end and doc[index].lower_ in GIVING_PARTICIPLES and doc[index + 1].lower_ == "by":
        agent = []
        for token in doc[index + 2 : sentence.end]:
            if token.is_punct or token.lower_ in AUXILIARIES or token.lower_ in GIVING_FOLLOWERS - {"by"}:
                break
            agent.append(token)
        named = [t for t in agent if t.lower_ not in DETERMINERS and t.lower_ not in POSSESSIVES]
        return bool(named) and not any(t.lower_ in INSPECTORATE_WORDS | REPORT_NOUNS or t.is_title or t.is_upper
                                       for t in named)
    return False


def _after_copula(kind: Span) -> bool:
    """"It is a cause of concern that ...": the kind is predicated of a clause, not named."""
    doc = kind.doc
    index = kind.start - 1
    while index >= 0 and (doc[index].is_quote or doc[index].lower_ in KIND_QUALIFIERS or doc[index].lower_ in DETERMINERS):
        index -= 1
    return index >= 0 and doc[index].lower_ in CLAUSE_COPULAS
