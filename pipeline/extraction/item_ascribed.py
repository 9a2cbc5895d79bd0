"""Items named by the subject a kind is said of, where no introducer lists them: "the backlog
in vetting is a cause of concern" (`ascribed_theme`), "we highlighted custody checks as a
cause of concern" (`named_as_theme`), "A works well, and we cited this as notable practice"
(`practice_subject_theme`), "A. This is a cause of concern." (the sentence taken up), and "A
despite being highlighted as an area for improvement" (`trailing_theme`: a clause after the
theme ascribes the kind). The theme is a noun phrase or a clause before the kind, so these
rules walk back from the kind to a copula, a naming verb or the clause's opening word and
then to where the theme opens; `item_themes` tries them after the introduced lists."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from crosswalk.extraction.item_directing import INSPECTORATE_WORDS
from crosswalk.extraction.item_grammar import (
    AUXILIARIES, CLAUSE_OPENERS, COPULAS, FIRST_PERSON_SUBJECTS, PERFECT_ADVERBS, POSSESSIVES, REPORT_NOUNS,
    SUBORDINATORS, short_attribution,
)
from crosswalk.extraction.item_kinds import is_singular, qualifies, reported
from crosswalk.extraction.item_pieces import spaced_dash
from crosswalk.extraction.item_reading import DETERMINERS, GRAMMAR_FILE, LIMITS, THEME_STOPWORDS, Context, item_words
from crosswalk.extraction.lemmas import lookup_lemma
from crosswalk.extraction.sentences import sentence_of
from crosswalk.model import INSPECTORATE_TYPES, RESPONSE_TYPES
from crosswalk.extraction.extensions import text_of
from crosswalk.quote_marks import DASHES, DOUBLE_CLOSING, DOUBLE_OPENING, OPENING_QUOTES, open_quotations
from crosswalk.resources import word_set

ACRONYM_LETTERS = (2, 6)  # an initialism that names a matter ("CDI", "ED&I" aside)
# "X is a serious cause of concern", "X was seen as notable practice": the kinds a subject is said to be
ASCRIBED_KINDS = {"cause_of_concern", "area_for_improvement", "innovative_practice"}
OBJECT_PRONOUNS = word_set(GRAMMAR_FILE, "object_pronouns")  # an object that points back ("identified them as")
TRAILING_OPENERS = word_set(GRAMMAR_FILE, "trailing_openers")  # "A despite being highlighted as ...": see `trailing_theme`
TRAILING_ARTICLES = word_set(GRAMMAR_FILE, "trailing_articles")  # "A – another area of improvement"
TRAILING_ASCRIBING_VERBS = word_set(GRAMMAR_FILE, "trailing_ascribing_verbs")  # "A, which was marked amber under an AFI"
TRAILING_THEME_STOPS = word_set(GRAMMAR_FILE, "trailing_theme_stops")  # "working to improve A after it was ...": A opens after "to"
PERFECT_AUXILIARIES = word_set(GRAMMAR_FILE, "perfect_auxiliaries")  # "has been a cause of concern": a copula in the perfect
KIND_HEADS = word_set(GRAMMAR_FILE, "kind_heads")  # "concern", "improvement": a kind's head, so a heading run into the sentence
ASCRIBED_ADVERBS = word_set(GRAMMAR_FILE, "ascribed_adverbs")  # "were all highlighted as": between the subject and its verb
BESTOWING_PARTICIPLES = word_set(GRAMMAR_FILE, "bestowing_participles")  # "and I have given a cause of concern"


def ascribed_theme(ctx: Context, kinds: list[Span], sentence: Span) -> tuple[Span, int, int] | None:
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
    if verb != opening + 1 or doc[opening].lower_ != "this" or not is_singular(kind) \
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


def named_as_theme(ctx: Context, kinds: list[Span], sentence: Span) -> tuple[Span, int, int] | None:
    """"we highlighted custody checks as a cause of concern", "Inspectors identified
    'a process to assure ...' as an area for improvement": an active naming verb, its
    object, then "as" and one kind; the object is the theme. A pronoun object ("identified
    this as promising practice") points back and names nothing here."""
    doc = ctx.doc
    for kind in kinds:
        if kind.label_ not in ASCRIBED_KINDS or not (kind.label_ == "innovative_practice" or is_singular(kind)):
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


def practice_subject_theme(ctx: Context, kinds: list[Span], sentence: Span) -> tuple[Span, int, int] | None:
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
                or kind.start - sentence.start < LIMITS.theme_before_kind_tokens:
            continue
        before = _word_before_kind(doc, kind, sentence.start)
        word = doc[before].lower_
        if word == "as" and doc[before - 1].lower_ == "this" and doc[before - 2].lower_ in words.ascribing_verbs:
            # "..., and we have identified this as": the clause before "and" holds the subject.
            joint = next((i for i in range(before - 3, sentence.start, -1)
                          if doc[i].lower_ == "and" and doc[i - 1].text == ","), None)
            if joint is None:
                continue
            opener = opening_phrase_end(doc, sentence)
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
            opener = opening_phrase_end(doc, sentence)
            last = next((i - 1 for i in range(opener + 1, be) if doc[i].lower_ in AUXILIARIES), None)
        else:
            continue
        if last is None or last - opener < 2 or doc[opener + 1].lower_ in words.expletives \
                or doc[opener + 1].lower_ in FIRST_PERSON_SUBJECTS or doc[opener + 1].is_punct \
                or ctx.types_in(doc[opener + 1].idx, doc[last].idx + len(doc[last].text)):
            continue
        return kind, doc[opener + 1].idx, doc[last].idx + len(doc[last].text)
    return None


def trailing_theme(ctx: Context, kinds: list[Span], sentence: Span) -> tuple[Span, int, int] | None:
    """"work to tighten A after they were flagged as areas of concern", "A had worsened
    despite being highlighted as areas for improvement", "to combat A – another area of
    improvement named by the inspectorate", "the audit of A, which was marked amber under one
    area for improvement": a clause after the theme, opened by a word of
    `TRAILING_OPENERS`, ", which" or a dash, ascribes the kind to what stands before it. The
    theme runs back from that clause to a comma, a quotation mark or a word that opens it
    (`TRAILING_THEME_STOPS`: a complementiser or preposition of topic such as "that", "whether",
    "about", and "to" before an infinitive: see `_theme_stop`), within `trailing_theme_tokens`;
    failing that, to a "to" that governs a noun phrase (`_governing_to`). A run with no such
    start, or a pronoun alone, names no theme here."""
    doc = ctx.doc
    for kind in kinds:
        if kind.label_ not in ASCRIBED_KINDS or kind.start - sentence.start < LIMITS.theme_before_kind_tokens:
            continue
        opener = _trailing_opener(doc, kind, sentence.start)
        if opener is None:
            continue
        last = opener - 1
        while last > sentence.start and doc[last].text == ",":
            last -= 1
        first, governed = last, None
        while first > sentence.start and last - first < LIMITS.trailing_theme_tokens and not _theme_stop(doc[first - 1]):
            if governed is None and _governing_to(doc[first - 1]):
                governed = first  # "made to the use of A – an issue ...": the theme if no clause opens in reach
            first -= 1
        if governed is not None and (first <= sentence.start or not _theme_stop(doc[first - 1])):
            first = governed
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        if first <= sentence.start or not (_theme_stop(doc[first - 1]) or first == governed) or last <= first \
                or doc[first].lower_ in item_words().expletives or ctx.types_in(start, end):
            continue
        return kind, start, end
    return None


def given_after_theme(ctx: Context, kinds: list[Span], sentence: Span) -> tuple[Span, int, int] | None:
    """"I found that A, and I have also given a cause of concern": a clause joined after the
    theme by a comma and "and", whose subject is the inspector ("I", "we", the inspectorate),
    whose verb gives the kind in the perfect ("have given", "has issued") and which ends on
    it, names the clause before the comma as what the kind is about. The theme runs back
    from that comma to the last "that", stop or opening quote mark before it, or to where
    the sentence opens."""
    doc = ctx.doc
    for kind in kinds:
        if kind.label_ not in ASCRIBED_KINDS or not is_singular(kind) or not _ends_clause(doc[kind.end : sentence.end]):
            continue
        verb = _word_before_kind(doc, kind, sentence.start)
        if doc[verb].lower_ not in BESTOWING_PARTICIPLES or not any(t.lower_ in ("a", "an") for t in doc[verb + 1 : kind.start]):
            continue
        at = verb - 1
        while at > sentence.start and doc[at].lower_ in PERFECT_ADVERBS:
            at -= 1
        if doc[at].lower_ not in PERFECT_AUXILIARIES or at - 3 <= sentence.start \
                or doc[at - 2].lower_ != "and" or doc[at - 3].text != "," \
                or not _inspectorate_gives(ctx, doc[at - 1]):
            continue
        comma = at - 3
        # after its "that", else after a stop or an opening quote mark the sentence reader ran past
        opens = [i for i in range(sentence.start, comma) if doc[i].lower_ == "that" or doc[i].text in (".", "!", "?")
                 or doc[i].text in OPENING_QUOTES]
        first = opens[-1] + 1 if opens else sentence.start
        while first < comma and (doc[first].is_quote or doc[first].is_punct):
            first += 1
        last = comma - 1
        if last - first + 1 < LIMITS.taken_up_min_tokens:  # fewer name no matter
            continue
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        if ctx.types_in(start, end):
            continue
        return kind, start, end
    return None


def _inspectorate_gives(ctx: Context, subject: Token) -> bool:
    """Whether the subject of a giving verb is the inspectorate: its words ("the inspectorate
    has issued"), or "I" or "we" where the inspectorate speaks, in its own documents or in a
    quotation of a document that answers nothing (a story quoting the inspector). A force
    or a commissioner writing "we have given" speaks of itself."""
    if subject.lower_ in INSPECTORATE_WORDS:
        return True
    if subject.lower_ not in FIRST_PERSON_SUBJECTS:
        return False
    doc_type = str(getattr(ctx.doc._.meta, "doc_type", None))
    if doc_type in INSPECTORATE_TYPES:
        return True
    opening = _quotation_opening(ctx.doc, subject)
    if opening is None:
        return False
    # an answer quotes the inspector only where it names who speaks ('The inspector wrote: "..."')
    return doc_type not in RESPONSE_TYPES or _inspectorate_introduces(ctx.doc, opening)


def _quotation_opening(doc: Doc, token: Token) -> int | None:
    """The character offset where the quotation still open at the token opened in its
    paragraph (its marks paired by `crosswalk.quote_marks.open_quotations`, so an apostrophe
    inside a word, "the force's", opens nothing), or None: the words are someone's quoted
    speech (a paragraph of a quotation opens with its own mark)."""
    block = next((b for b in doc._.blocks if b[0] <= token.idx < b[1]), None)
    if block is None:
        return None
    text, opening = text_of(doc), None
    was_open = ""
    for index in range(block[0], token.idx):
        now_open = open_quotations(text, index, index + 1, was_open)
        if now_open and not was_open:
            opening = index
        was_open = now_open
    return opening if was_open else None


def _inspectorate_introduces(doc: Doc, opening: int) -> bool:
    """Whether the words of the sentence before the quotation's opening mark name the
    inspectorate ('The inspector wrote: "..."', 'HMICFRS said: "..."'): its words quoted."""
    mark = doc.char_span(opening, opening + 1, alignment_mode="expand")
    if mark is None or mark.start == 0:
        return False
    lead = doc[sentence_of(doc, mark.start - 1).start : mark.start]
    return any(t.lower_ in INSPECTORATE_WORDS for t in lead)


def _ends_clause(rest: Span) -> bool:
    """What follows a kind leaves it the last word of its clause: marks alone, or a comma and
    its speaker's short attribution ('A, and we have issued a cause of concern," she said.')."""
    words = [t for t in rest if not (t.is_punct or t.is_quote or t.is_space)]
    return not words or (rest[0].text == "," and short_attribution([t.lower_ for t in words]))


def _trailing_opener(doc: Doc, kind: Span, floor: int) -> int | None:
    """The index of the word that opens a clause ascribing the kind to the words before it:
    "despite" or "after" ("despite being highlighted as"), "which" after a comma (", which
    was marked amber under"), each with an ascribing verb before the kind; or a dash before
    the kind's article ("– another area of improvement") or before such a verb ("– an issue
    that was highlighted as"). None when another mark or clause comes between."""
    verbs = item_words().ascribing_verbs | TRAILING_ASCRIBING_VERBS
    for index in range(kind.start - 1, max(floor, kind.start - 1 - LIMITS.trailing_marker_tokens), -1):
        token = doc[index]
        gap = doc[index + 1 : kind.start]
        ascribed = any(t.lower_ in verbs for t in gap)
        if token.text in DASHES and (token.text != "-" or spaced_dash(token)):
            articles = [t for t in gap if not t.is_quote]
            return index if ascribed or (len(articles) == 1 and articles[0].lower_ in TRAILING_ARTICLES) else None
        if token.lower_ in TRAILING_OPENERS or (token.lower_ == "which" and doc[index - 1].text == ","):
            return index if ascribed else None
        if token.is_punct and not token.is_quote:
            return None
    return None


def _theme_stop(token: Token) -> bool:
    """Whether a trailing theme opens after this token: a mark (not a hyphen inside a word,
    "high-risk", which no space sets apart) or a word of `TRAILING_THEME_STOPS`, "to" only
    where an infinitive follows ("work to tighten A"): see `_governing_to`."""
    if (token.text == "-" and not spaced_dash(token)) or _governing_to(token):
        return False
    return token.is_punct or token.is_quote or token.lower_ in TRAILING_THEME_STOPS


def _governing_to(token: Token) -> bool:
    """A "to" that governs a noun phrase its determiner opens: the theme runs back past it to
    where its clause opens ("that a change to the custody rota – another area for
    improvement"), and opens after it only when no such opening is in reach ("the
    improvements made to the use of A – an issue that was highlighted as ...")."""
    return token.lower_ == "to" and token.i + 1 < len(token.doc) \
        and token.doc[token.i + 1].lower_ in DETERMINERS | POSSESSIVES


def _word_before_kind(doc: Doc, kind: Span, floor: int) -> int:
    """The index of the word before a kind's article, qualifiers and quote marks ("is" in
    "is a 'serious' cause of concern"): the word that says what the kind is to its subject."""
    index = kind.start - 1
    qualifiers = 0
    while index > floor and (doc[index].is_quote or (qualifiers < 2 and qualifies(doc[index]))):
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
    is the copula's), or its -ing form, which is active wherever it stands ("with inspectors
    branding A as a cause of concern"), with no clause break (";", a modal, an auxiliary) in
    the object."""
    words = item_words()
    for index in range(as_index - 1, max(floor, as_index - LIMITS.named_object_tokens) - 1, -1):
        token = doc[index]
        if token.text in (";", ":") or token.lower_ in AUXILIARIES or token.lower_ in SUBORDINATORS:
            return None
        if token.lower_ in words.ascribing_verbs:  # "described A as a serious cause of concern" too
            before = doc[index - 1].lower_ if index > floor else ""
            return None if before in AUXILIARIES or index == as_index - 1 else index
        if token.lower_.endswith("ing") and lookup_lemma(token.lower_) in _naming_lemmas():  # "with inspectors branding A as"
            named_by = doc[index - 1].lower_ if index > floor else ""
            # its subject says whose naming it is: "with residents branding A" is no item given
            return None if index == as_index - 1 or named_by not in INSPECTORATE_WORDS | REPORT_NOUNS else index
    return None


@lru_cache(maxsize=1)
def _naming_lemmas() -> frozenset[str]:
    """The lemmas of the naming verbs (`ascribing_verbs`, `trailing_ascribing_verbs`): an -ing
    form with one of them ("branding", "highlighting") names as their past forms do."""
    return frozenset(lookup_lemma(verb.lower()) for verb in item_words().ascribing_verbs | TRAILING_ASCRIBING_VERBS)


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
        opener = that if that is not None else opening_phrase_end(doc, sentence)
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
        or t.lower_ in KIND_HEADS for t in words)


def _ascribing_verb(doc: Doc, kind: Span, floor: int) -> int | None:
    """The copula that says the kind of its subject: "is a cause of concern", "remains a
    serious cause for concern", "was seen as notable practice"; its index, or None."""
    index = _word_before_kind(doc, kind, floor)
    words = item_words()
    if doc[index].lower_ == "as" and doc[index - 1].lower_ in words.ascribing_verbs:
        index -= 2
    elif doc[index].lower_ in words.ascribing_verbs - words.as_verbs:
        index -= 1  # "was considered a cause of concern"
    if doc[index].lower_ in ASCRIBED_ADVERBS:
        index -= 1  # "A and B were all highlighted as areas for improvement"
    if doc[index].lower_ == "been" and index - 1 > floor:
        # "A had been seen as an AFI", "A has also been a cause for concern": the
        # perfect's auxiliary stands where the copula would.
        index -= 1
        if doc[index].lower_ in PERFECT_ADVERBS and index - 1 > floor:
            index -= 1
        return index if doc[index].lower_ in PERFECT_AUXILIARIES else None
    return index if index > floor and doc[index].lower_ in COPULAS else None


def opening_phrase_end(doc: Doc, sentence: Span) -> int:
    """The index before a sentence's subject: its first comma when an opening phrase of up
    to three words ends there ("In particular,", "However,"), else the token before it."""
    for index in range(sentence.start, min(sentence.start + 4, sentence.end)):
        if doc[index].text == ",":
            return index
    return sentence.start - 1
