"""Who is speaking: the attribution of the quotation a sentence sits in.

Press articles and news releases carry commitments in quoted speech ('"We will ...," said
the Chief Constable'; 'The PCC said: "I will ..."'), and a quotation often runs over
several paragraphs, each opened by a quote mark, after one lead-in ending "said:". The
speaker decides whose step it is, and whether it is a step at all: a quoted inspector's
"we will work closely with the force" is the inspectorate's own plan.

An attribution is a reporting verb ("said", "added") next to a quotation: followed by a
colon or an opening quote mark (a lead-in), or preceded by a closing quote mark (a tail).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from crosswalk.extraction.extensions import text_of
from crosswalk.ingest.chrome import is_interposed
from crosswalk.quote_marks import CLOSING_MARKS, CLOSING_QUOTES, OPENING_QUOTES, closes_quote, opens_quote
from crosswalk.resources import word_number, word_set

WORDS_FILE = "quote_words.json"  # the word lists and numbers below, kept as data (what each is for is said there)
SIGNATURE_WORDS = word_number(WORDS_FILE, "signature_words", int)  # a name after a long title: "HM Inspector of ... Services Jo Bloggs"
SIGNATURE_CAPITALS = word_number(WORDS_FILE, "signature_capitals_share", float)  # a signature line's capitalised words
LEAD_IN_GAP = word_number(WORDS_FILE, "lead_in_gap_chars", int)  # characters between the verb and the colon or quote mark ("said: “")
TAIL_SUBJECT_WORDS = word_number(WORDS_FILE, "tail_subject_words", int)  # '," the Chief Constable said.'
LEAD_SPEAKER_WORDS = word_number(WORDS_FILE, "lead_speaker_words", int)  # the most words a lead-in's speaker runs to
TERM_WORDS = word_number(WORDS_FILE, "term_words", int)  # a term quoted inside a lead-in: "The HMICFRS’s ‘cause of concern’ found:"


def speaker_of(doc: Doc, sentence: Span, reporting: Sequence[Span]) -> tuple[int, int] | None:
    """Character range of the speaker of the quotation holding `sentence`, or None when
    the sentence is not quoted speech with a visible attribution. `reporting` are the
    reporting-verb spans of the doc, in order."""
    text = text_of(doc)
    start, end = sentence.start_char, sentence.end_char
    for verb in _between(reporting, start, end):
        tail = _tail_speaker(text, start, end, verb)
        if tail is not None:
            return tail
    blocks = doc._.blocks
    index = bisect_right(blocks, start, key=lambda b: b[0]) - 1
    limit = end  # a lead-in inside the sentence itself counts ('X said: "We will ...')
    while index >= 0:
        block_start, block_end = blocks[index][0], blocks[index][1]
        if limit < start and is_interposed(text[block_start:block_end]):
            index -= 1  # an ad slot printed between two paragraphs of the quotation parts neither
            limit = blocks[index][1] if index >= 0 else 0
            continue
        lead = [r for r in _between(reporting, block_start, limit) if _is_lead_in(text, r)]
        if lead:
            return _lead_speaker(doc, text, lead[-1])
        if limit < start:  # an earlier paragraph of the quotation, attributed at its end
            for verb in _between(reporting, block_start, limit):
                tail = _tail_speaker(text, block_start, block_end, verb)
                if tail is not None:
                    return tail
        if text[block_start:block_end].lstrip()[:1] not in OPENING_QUOTES:
            return _after(doc, sentence, reporting)  # a paragraph that does not continue a quotation ends the search
        index -= 1
        limit = blocks[index][1] if index >= 0 else 0
    return _after(doc, sentence, reporting)


def _after(doc: Doc, sentence: Span, reporting: Sequence[Span]) -> tuple[int, int] | None:
    """A speaker named after the quotation: at its close, or under it."""
    return _tail_after(doc, sentence, reporting) or _signature_after(doc, sentence.start_char)


def _tail_after(doc: Doc, sentence: Span, reporting: Sequence[Span]) -> tuple[int, int] | None:
    """The tail that closes the quotation the sentence sits in, later in its paragraph or
    in a paragraph it runs on to ('"The service is improving.' / '"We will keep in
    touch," she added.'): a quotation open at the sentence (its paragraph opens with a
    quote mark, not closed before the sentence) lasts to its first closing mark, over
    paragraphs that each open with a quote mark, and the verb after that mark names who
    spoke every sentence of it."""
    text, blocks = text_of(doc), doc._.blocks
    index = bisect_right(blocks, sentence.start_char, key=lambda b: b[0]) - 1
    if index < 0 or not _open_at(text, (blocks[index][0], blocks[index][1]), sentence.start_char):
        return None
    at = sentence.start_char  # the first closing mark from here closes the quotation
    for begin, end in ((b[0], b[1]) for b in blocks[index:]):
        if begin > sentence.start_char:  # a paragraph the quotation runs on to opens with a quote mark
            if is_interposed(text[begin:end]):
                continue  # an ad slot printed inside the quotation
            lead = len(text[begin:end]) - len(text[begin:end].lstrip())
            if text[begin + lead : begin + lead + 1] not in OPENING_QUOTES:
                return None
            at = begin + lead + 1
        closing = _closing_from(text, at, end)
        if closing >= 0:
            return _tail_at(doc, text, closing, reporting)
    return None


def _open_at(text: str, block: tuple[int, int], start: int) -> bool:
    """Whether a quotation opened at the head of the paragraph is still open at `start`:
    the paragraph opens with a quote mark, and no closing mark comes before `start`."""
    paragraph = text[block[0] : block[1]]
    head = block[0] + len(paragraph) - len(paragraph.lstrip())
    if head >= block[1] or text[head] not in OPENING_QUOTES:
        return False
    return _closing_from(text, head + 1, start) < 0


def _closing_from(text: str, start: int, end: int) -> int:
    """The first closing quote mark in text[start:end] (a mark with a letter right after
    it is an apostrophe), or -1."""
    for at in range(start, end):
        if text[at] in CLOSING_MARKS and not text[at + 1 : at + 2].isalnum():
            return at
    return -1


def _tail_at(doc: Doc, text: str, closing: int, reporting: Sequence[Span]) -> tuple[int, int] | None:
    """The speaker of a tail right after the closing mark at `closing`, in its sentence."""
    token = doc.char_span(closing, closing + 1, alignment_mode="expand")
    if token is None:
        return None
    sentence = token.sent
    for verb in _between(reporting, closing, sentence.end_char):
        return _tail_speaker(text, sentence.start_char, sentence.end_char, verb)
    return None


def _signature_after(doc: Doc, start: int) -> tuple[int, int] | None:
    """A quotation with no reporting verb, signed by the line under it: paragraphs that
    each open with a quote mark, the last closing one, then a short line of capitalised
    words with no end mark ('... progress made."' / 'His Majesty's Inspector Jo Bloggs'),
    as releases print a statement over its author's name and title."""
    text, blocks = text_of(doc), doc._.blocks
    index = bisect_right(blocks, start, key=lambda b: b[0]) - 1
    if index < 0 or text[blocks[index][0] : blocks[index][1]].lstrip()[:1] not in OPENING_QUOTES:
        return None
    while index < len(blocks):
        block = text[blocks[index][0] : blocks[index][1]].strip()
        if not block or block[0] not in OPENING_QUOTES:
            return None
        if block[-1] in CLOSING_QUOTES:
            break
        index += 1
    if index + 1 >= len(blocks):
        return None
    begin, end = blocks[index + 1][0], blocks[index + 1][1]
    line = text[begin:end].strip()
    words = line.split()
    if not words or len(words) > SIGNATURE_WORDS or line[-1] in ".!?:;" + CLOSING_QUOTES:
        return None
    if sum(word[:1].isupper() for word in words) <= SIGNATURE_CAPITALS * len(words):
        return None  # a line of prose, not a name and title
    offset = text.index(line, begin)
    return (offset, offset + len(line))


def _between(reporting: Sequence[Span], start: int, end: int) -> list[Span]:
    """The verbs wholly inside a character range (`reporting` is in order of start)."""
    low = bisect_left(reporting, start, key=lambda r: r.start_char)
    high = bisect_left(reporting, end, key=lambda r: r.start_char)
    return [r for r in reporting[low:high] if r.end_char <= end]


def _is_lead_in(text: str, verb: Span) -> bool:
    """'said: "', 'said "' and 'said, "' open a quotation."""
    after = text[verb.end_char : verb.end_char + LEAD_IN_GAP + 1].lstrip(" \u00a0")
    if after[:1] == ",":
        after = after[1:].lstrip(" \u00a0")
    return after[:1] == ":" or after[:1] in OPENING_QUOTES


def _lead_speaker(doc: Doc, text: str, verb: Span) -> tuple[int, int]:
    """The words before the verb in its sentence, after any quotation closed there
    ('"We will act," she added: "..."': "she"). A run longer than a lead-in's
    attribution is a sentence the text ran on from a heading above it ("Statement issued
    on behalf of ... to discuss the recent HMICFRS inspection ... Councillor Jo Lee
    said:"): the speaker is then the subject right before the verb, as a tail's is."""
    sentence = doc[verb.start].sent
    begin = sentence.start_char
    closing = _last_quotation_close(text, begin, verb.start_char)
    if closing >= 0:
        begin = closing + 1
    if len(text[begin : verb.start_char].split()) > LEAD_SPEAKER_WORDS:
        subject = _subject_span(doc, sentence.start, verb)
        if subject is not None:
            return (subject.start_char, verb.start_char)
    return (begin, verb.start_char)


def _last_quotation_close(text: str, start: int, end: int) -> int:
    """The last mark in text[start:end] that closes a quotation, or -1: an apostrophe
    ("The HMICFRS’s report said:") closes nothing, and neither does a term (`_term_closes`),
    which names what speaks rather than ending a quotation before the speaker."""
    quoted = _quote_closes(text, start, end)
    terms = _terms_among(text, quoted)
    closes = [close for close, _ in quoted if close not in terms]
    return closes[-1] if closes else -1


def _quote_closes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Each mark in text[start:end] that closes quoted words, with where its opening mark
    stands (-1 for a quotation opened before `start`); an apostrophe inside a word or after
    a plural closes nothing (`closes_quote`)."""
    opened: list[int] = []
    closes = []
    for index in range(start, end):
        if opens_quote(text, index):
            opened.append(index)
        elif closes_quote(text, index, "".join(text[at] for at in opened)):
            closes.append((index, opened.pop() if opened else -1))
    return closes


def _term_closes(text: str, start: int, end: int) -> set[int]:
    """The closing marks in text[start:end], the words before a lead-in's verb, that close
    a term, not a quotation: a pair of either kind of mark opened and closed there, short
    (`term_words`) and ending on a word, with the rest of the lead-in (its verb and colon
    or quote mark, at `end`) still to come ("The HMICFRS’s ‘cause of concern’ found:",
    "the HMIC “State of Policing” report, the chair said:"). A quotation ends on its own
    stop or comma ("‘We will act,’ she added:") or runs longer, and its close hands over to
    the attribution, so the speaker is who follows it."""
    return _terms_among(text, _quote_closes(text, start, end))


def _terms_among(text: str, quoted: list[tuple[int, int]]) -> set[int]:
    """The closes among `quoted` (`_quote_closes`' pairs) that close a term (`_term_closes`),
    so a caller that has the pairs does not scan the lead-in again."""
    return {close for close, opening in quoted
            if opening >= 0 and text[close - 1].isalnum() and len(text[opening + 1 : close].split()) <= TERM_WORDS}


def _tail_speaker(text: str, start: int, end: int, verb: Span) -> tuple[int, int] | None:
    """'"...," said the Chief Constable.' or '"...," she said.': the speaker around the
    verb after a closing quote. Before a lead-in's verb a term's close is no quotation's
    ("The HMICFRS’s “cause of concern” found: “..."), so it attributes nothing."""
    before = text[start : verb.start_char].rstrip()
    terms = {at - start for at in _term_closes(text, start, verb.start_char)} if _is_lead_in(text, verb) else set()
    for quote in CLOSING_MARKS:
        closing = _last_closing(before, quote, terms)
        if closing < 0:
            continue
        between = before[closing + 1 :].strip(" ,")
        if not between:  # '," said the Chief Constable.'
            return (verb.end_char, end)
        if len(between.split()) <= TAIL_SUBJECT_WORDS:  # '," the Chief Constable said.'
            return (start + closing + 1, verb.start_char)
    return None


def _last_closing(text: str, quote: str, terms: set[int] | frozenset[int] = frozenset()) -> int:
    """The last `quote` in the text that closes a quotation: a mark with a letter right
    after it is an apostrophe ("Her Majesty’s Inspectorate"), not a closing quote, and a
    mark at a position in `terms` closes a term."""
    at = text.rfind(quote)
    while at >= 0 and (text[at + 1 : at + 2].isalpha() or at in terms):
        at = text.rfind(quote, 0, at)
    return at


SUBJECT_BOUNDARIES = word_set(WORDS_FILE, "subject_boundaries")
AUXILIARIES = word_set(WORDS_FILE, "auxiliaries")
DETERMINERS = word_set(WORDS_FILE, "determiners")
PRONOUNS = word_set(WORDS_FILE, "pronouns")
PERSONAL_PRONOUNS = word_set(WORDS_FILE, "personal_pronouns")  # "he", "she": a person, never a report
THINGS_SAID = word_set(WORDS_FILE, "things_said")  # "This report acknowledges ...": a document speaking
FIRST_PERSON = word_set("extraction_words.json", "first_person")  # shared with commitments and items
COORDINATORS = word_set(WORDS_FILE, "coordinators")  # "has praised the crews and says": a second verb of one subject
NAME_JOINERS = word_set(WORDS_FILE, "name_joiners")  # "Chief Officer of Fire and Rescue": words inside a name
CONNECTIVES = word_set(WORDS_FILE, "connectives")  # "But she added:": a link to the sentence before
SUBJECT_MOST_TOKENS = word_number(WORDS_FILE, "subject_most_tokens", int)  # a speaker's name and title before the verb
PERSON_JOINERS = word_set(WORDS_FILE, "person_joiners")  # "Cornwall's Chief Fire Officer": words inside a person's title
NOT_PERSONS = word_set(WORDS_FILE, "not_persons") | THINGS_SAID  # "Kent Police", "the Fire Authority": a body, no "she"
LOOKBACK_VERBS = word_number(WORDS_FILE, "lookback_verbs", int)  # how far back a pronoun's reporter is looked for
SPEECH = "reporting-speech"  # verbs of saying; "found", "shows" report findings, not speakers


def reporter_of(doc: Doc, sentence: Span, cue_start: int, reporting: Sequence[Span]) -> str | None:
    """Who reports the step in reported speech ("the Head of Contact Management
    confirmed that they would ..."): the subject of the last reporting verb before the
    cue. A pronoun ("He explained that ...") stands for the last named reporter before
    it; "I" and "we" are the document's own voice, so None."""
    verbs = [r for r in _between(reporting, sentence.start_char, doc[cue_start].idx) if r.id_ == SPEECH]
    if not verbs:
        return None
    subject = _subject_before(doc, sentence.start, verbs[-1])
    if subject is None or subject.lower() in FIRST_PERSON:
        return None
    if subject.lower() not in PRONOUNS:
        return subject
    earlier = bisect_left(reporting, sentence.start_char, key=lambda r: r.start_char)
    for verb in reversed(reporting[max(0, earlier - LOOKBACK_VERBS) : earlier]):
        named = _subject_before(doc, doc[verb.start].sent.start, verb) if verb.id_ == SPEECH else None
        if named is not None and named.lower() not in PRONOUNS | FIRST_PERSON:
            return named
    return None


def named_speaker(doc: Doc, speaker: tuple[int, int], reporting: Sequence[Span]) -> tuple[int, int]:
    """The speaker a pronoun attribution stands for ('"...," he added.' after 'The
    inspector said ...'): the subject of the last earlier verb of saying that names
    one, and for "he" or "she" one that is no document ("This report acknowledges ..."
    quoted in the chief's words before "He added" is not who adds). Any other speaker is
    returned as it is."""
    said = text_of(doc)[speaker[0] : speaker[1]]
    if not _is_pronoun(said):
        return speaker
    personal = said.replace(",", " ").lower().split()[-1] in PERSONAL_PRONOUNS
    earlier = bisect_left(reporting, speaker[0], key=lambda r: r.start_char)
    previous = _previous_sentence(doc, speaker[0]) if personal else None
    opener = _person_opening(doc, previous) if previous is not None else None
    nearer = previous.start_char if previous is not None and opener is not None else -1
    for verb in reversed(reporting[max(0, earlier - LOOKBACK_VERBS) : earlier]):
        if verb.id_ != SPEECH:
            continue
        if verb.start_char < nearer:
            break  # the person the sentence before opens on is nearer than any earlier speaker
        subject = _subject_span(doc, doc[verb.start].sent.start, verb)
        if subject is None or subject.text.lower() in PRONOUNS | FIRST_PERSON:
            continue
        if personal and any(t.lower_ in THINGS_SAID for t in subject):
            continue  # 'He added' after "This report acknowledges ..." or "This report by HMIC found": he is no report
        return (subject.start_char, subject.end_char)
    if opener is not None:
        return (opener.start_char, opener.end_char)
    return speaker


def _previous_sentence(doc: Doc, char: int) -> Span | None:
    """The sentence before the one holding a character offset, if any."""
    token = doc.char_span(char, char + 1, alignment_mode="expand")
    if token is None or token.start == 0:
        return None
    sentence = doc[token.start].sent
    return doc[sentence.start - 1].sent if sentence.start > 0 else None


def _person_opening(doc: Doc, sentence: Span) -> Span | None:
    """The person a sentence of narration opens on ("Cornwall's Chief Fire Officer Jo Lee
    has welcomed the report and vowed to ..."), whom a "She said:" right after it quotes,
    though the sentence has no verb of saying: a run of capitalised words, joined by "of",
    "and" or a possessive, ending on a name of two words, with a lower-case verb after.
    A body ("Kent Police has welcomed ...") or a document is no person; a quotation is
    someone's words, not narration."""
    if sentence.text.lstrip()[:1] in OPENING_QUOTES:
        return None
    start = sentence.start
    while start < sentence.end and (doc[start].lower_ in DETERMINERS or doc[start].is_punct):
        start += 1
    stop = start
    while stop < sentence.end and stop - start < SIGNATURE_WORDS and (
            doc[stop].is_title or (doc[stop].lower_ in PERSON_JOINERS and stop + 1 < sentence.end and doc[stop + 1].is_title)):
        stop += 1
    if stop - start < 2 or stop >= sentence.end or not doc[stop].is_lower:
        return None
    last = doc[stop - 2 : stop]
    if not all(t.is_alpha and t.is_title for t in last) or any(t.lower_ in NOT_PERSONS for t in last):
        return None
    return doc[start:stop]


def _is_pronoun(said: str) -> bool:
    """Whether an attribution is a pronoun, after any connective that links it to the
    sentence before ("But she added:", "And he said:"): the connective names no one."""
    words = said.replace(",", " ").lower().split()
    while len(words) > 1 and words[0] in CONNECTIVES:
        words = words[1:]
    return len(words) == 1 and words[0] in PRONOUNS


def _joins_name(doc: Doc, i: int, floor: int) -> bool:
    """Whether the word at i is an "and" inside a name or title ("Inspector of Fire and
    Rescue", "Chief of Police and Crime"): capitalised words on both sides, so it joins no
    two subjects."""
    return (doc[i].lower_ == "and" and i > floor and i + 1 < len(doc)
            and doc[i - 1].is_title and doc[i + 1].is_title)


APPOSITION_OPENERS = word_set(WORDS_FILE, "apposition_openers")  # "Ann Lee, of the inspectorate, said"


def _apposition_head(doc: Doc, floor: int, start: int) -> int:
    """Where a subject starts when what the search found is an apposition that says where
    the speaker is from ("Ann Lee, of HMICFRS, said"): at the name before its comma, so
    the speaker holds both the name and the body."""
    if not (doc[start].lower_ in APPOSITION_OPENERS and start - 1 > floor and doc[start - 1].text == ","):
        return start
    head = start - 1
    while head > floor and start - head <= SUBJECT_MOST_TOKENS and doc[head - 1].is_title:
        head -= 1
    return head if head < start - 1 else start


def _subject_before(doc: Doc, floor: int, verb: Span) -> str | None:
    subject = _subject_span(doc, floor, verb)
    return None if subject is None else subject.text


def _subject_span(doc: Doc, floor: int, verb: Span) -> Span | None:
    end = verb.start
    while end > floor and (doc[end - 1].lower_ in AUXILIARIES or doc[end - 1].text == ","):
        end -= 1  # "has also said", "The commissioner, Ann Jones, said"
    if end - 1 > floor and doc[end - 1].lower_ in COORDINATORS:
        return _opening_name(doc, floor, end - 1)  # "Jo Lee has praised the crews and says": her second verb
    start = end
    while start > floor and end - start < SUBJECT_MOST_TOKENS and (doc[start - 1].lower_ not in SUBJECT_BOUNDARIES
                                                                 or _joins_name(doc, start - 1, floor)):
        start -= 1
    start = _apposition_head(doc, floor, start)
    while start < end and (doc[start].lower_ in DETERMINERS or doc[start].is_punct):
        start += 1
    if start >= end or (doc[start].is_lower and doc[start].lower_ not in PRONOUNS | FIRST_PERSON
                        and not any(t.is_title for t in doc[start:end])):
        return None  # "officers said", "staff told": no named reporter ("a spokesperson for Kent Police" names one)
    return doc[start:end]


def _opening_name(doc: Doc, floor: int, end: int) -> Span | None:
    """The subject a verb after "and" or "but" shares with the first verb of its sentence
    ("Chief Fire Officer Jo Lee has praised the crews and says ..."): the name that opens
    the sentence, its capitalised words joined by the words inside a name ("of", "and").
    Without a parser the first verb is not found, so a subject that is not a name
    ("The chief praised ... and said") is not read: None, as before."""
    start = floor
    while start < end and (doc[start].lower_ in DETERMINERS or doc[start].is_punct):
        start += 1
    stop = start
    while stop < end and stop - start < SUBJECT_MOST_TOKENS and (
            doc[stop].is_title or doc[stop].is_upper
            or (doc[stop].lower_ in NAME_JOINERS and stop + 1 < end and doc[stop + 1].is_title)):
        stop += 1
    if stop == start or doc[stop - 1].lower_ in NAME_JOINERS or doc[stop].is_punct:
        return None  # "Today, she ... and said": an opening adverb names no one
    if stop - start == 1 and not (doc[start].is_upper and len(doc[start]) > 1):
        return None  # one capitalised word opens any sentence ("On the issue ...", "Brigade bosses ..."); a name has two, an acronym one
    return doc[start:stop]


NAME_WORDS = word_set(WORDS_FILE, "name_words")  # inside a name and its title: "Ann Lee, HM Inspector of Fire and Rescue Services"
NAME_REACH = word_number(WORDS_FILE, "name_reach_tokens", int)  # tokens either side of a title that its name may stand in
RANK_TITLES = word_set(WORDS_FILE, "rank_titles")  # also a police rank ("Inspector Jo Bell"), so the inspectorate's only in its own form
INSPECTORATE_TITLE_BEFORE = word_set(WORDS_FILE, "inspectorate_title_before")  # "HM Inspector", "His Majesty's Inspector"


def titled_surnames(doc: Doc, titles: Sequence[Span], surnames: Sequence[Span], roles: re.Pattern[str]) -> frozenset[str]:
    """The surnames a document uses with an honorific ("Ms Lee said ...", "Mr Parr
    added") that it also gives, somewhere, inside the name and title of an inspector
    ("HM Inspector of Constabulary Ann Lee", "Ann Lee, of His Majesty's Inspectorate", or
    with no title, "Ann Lee, who led the inspection"):
    press names a person in full once and by surname after, so a later "Ms Lee said she
    would revisit the service" is the inspector speaking. A name run that also holds a
    responder's role ("HMICFRS logo. Police and Crime Commissioner Jo Bell") is not an
    inspector's. Lower case."""
    return _surnames_around(doc, [t for t in titles if _inspectorate_title(doc, t)], surnames, roles)


def affiliated_surnames(doc: Doc, affiliations: Sequence[Span], surnames: Sequence[Span],
                        roles: re.Pattern[str]) -> frozenset[str]:
    """The surnames a document uses with an honorific that it also gives, somewhere,
    beside a word saying the person answers for no responder ("Labour candidate Jo Bell
    and Sam Lee, standing as ...", "Ann Lee, Police Federation chair"): press states the
    affiliation once, with the full name, and a later "Mr Lee said: 'We will ...'" is
    still that outsider speaking. A name run that also holds a responder's role is left
    out. Lower case."""
    return _surnames_around(doc, affiliations, surnames, roles)


def _surnames_around(doc: Doc, words: Sequence[Span], surnames: Sequence[Span], roles: re.Pattern[str]) -> frozenset[str]:
    """The honorific surnames among the names that run on from any of `words`, in name
    runs holding no responder's role."""
    wanted = {s[-1].lower_ for s in surnames}
    found: set[str] = set()
    for word in words if wanted else ():
        name = _name_around(doc, word)
        if not roles.search(" ".join(t.text for t in sorted(name, key=lambda t: t.i))):
            found.update(t.lower_ for t in name if t.lower_ in wanted)
    return frozenset(found)


def _inspectorate_title(doc: Doc, title: Span) -> bool:
    word = doc[title.start]
    if word.lower_ not in RANK_TITLES:
        return True
    after = doc[title.end].lower_ if title.end < len(doc) else ""
    before = doc[title.start - 1].lower_ if title.start > 0 else ""
    return after == "of" or before in INSPECTORATE_TITLE_BEFORE


def _name_around(doc: Doc, title: Span) -> list[Token]:
    """The capitalised words (and the small words of a title) that run on from a title
    on either side, within the sentence: the name it belongs to."""
    words = []
    for step, start in ((-1, title.start - 1), (1, title.end)):
        i = start
        while 0 <= i < len(doc) and abs(i - start) < NAME_REACH and (
                doc[i].is_title or doc[i].is_upper or doc[i].lower_ in NAME_WORDS):
            words.append(doc[i])
            i += step
    return words

