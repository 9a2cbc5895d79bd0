"""A list of themes cut into its pieces, one item each: where a theme ends (a clause, a
relative, a reporting clause after it), which commas, "and"s, semicolons and ordinals part
two themes and which join one ("equality, diversity and inclusion", a body's name, verbs an
infinitive's "to" shares), and a piece trimmed of its connectors and quotation marks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from crosswalk.extraction.extensions import text_of
from crosswalk.extraction.grading_vocabulary import grading_words
from crosswalk.extraction.item_grammar import (
    AUXILIARIES, CLAUSE_OPENERS, FIRST_PERSON_SUBJECTS, NUMBER_WORDS, REPORT_NOUNS, SUBJECT_PRONOUNS, SUBORDINATORS,
    WH_WORDS,
)
from crosswalk.extraction.item_reading import DETERMINERS, GRAMMAR_FILE, LIMITS, item_words
from crosswalk.quote_marks import DASHES
from crosswalk.resources import word_alternation, word_set

# "A and how B, C and D": a last theme that is a wh-clause after "and"; a wh-word after a
# comma opens a theme of its own ("how A, how B and how C").
WH_AND_RE = re.compile(r"(?:,\s*|\s)and\s+(?=(?:how|whether|why|what)\b)", re.I)
WH_AFTER_COMMA_RE = re.compile(r",\s*(?:and\s+)?(?:how|whether|why|what)\b", re.I)
RELATIVE_PRONOUNS = word_set(GRAMMAR_FILE, "aside_relatives")  # ", which the service calls its CRMP,": an aside on the noun before
# "A – for example, by doing X – and B": a dashed aside of examples inside a list of themes
# is neither a theme nor a separator; the theme before it ends where it opens.
EXAMPLE_ASIDE_RE = re.compile(r"\s[–—-]\s+(?:for\s+(?:example|instance)\b|e\.g\.)[^–—;]*?\s[–—-](?=\s)", re.I)
# "how it plans its crews, mainly at night": a comma before a narrowing
# adverb opens a qualification of the theme before it, not a second theme.
QUALIFYING_COMMA_RE = re.compile(r",(?=\s+(?:mainly|chiefly|primarily|especially|particularly|specifically)\s)", re.I)
JOINED_THEMES = word_set(GRAMMAR_FILE, "joined_themes")  # "equality, diversity and inclusion": one theme
# "the mobilising system of the County Fire and Rescue Service": a name's "and" separates nothing.
JOINED_BODY_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                                     for w in sorted(word_set(GRAMMAR_FILE, "joined_body_words"), key=len, reverse=True))
                            + r")(?!\w)", re.I)
REPORTING_PARTICIPLES = word_set(GRAMMAR_FILE, "reporting_participles")  # ", concluding that": the reporter's clause
# "its processes to provide, record and monitor training": verbs an infinitive's "to" joins
# share its object; their commas separate no themes (plural nouns, gerunds and past forms
# after "to" are a list of their own: "to victims, staff and partners").
VERB_FORM = r"[a-z]+(?<!s)(?<!ed)(?<!ing)"
JOINED_INFINITIVES_RE = re.compile(rf"\bto (?:{VERB_FORM}, )+{VERB_FORM},? (?:and|or) {VERB_FORM} (?=[a-z])")
LIST_END_JOINT_RE = re.compile(r"\s(?:" + word_alternation(GRAMMAR_FILE, "list_end_joints") + r")\s", re.I)  # "A, B and C", Welsh "A, a B"
# "how we collect": a wh-word, a pronoun subject and its verb, before an "and" that joins a second verb to it
WH_VERB_BEFORE_RE = re.compile(r"\b(?:" + "|".join(sorted(WH_WORDS)) + r")\s+(?:"
                               + "|".join(sorted(SUBJECT_PRONOUNS)) + r")\s+[a-z]+$", re.I)
# What ties an enumerated theme to its place: "the first was that A", "the other relating to B".
ORDINALS = r"first|second|third|fourth|fifth"
THEME_LINKS = r"relat(?:ed|ing)\s+to|around|about|on|with|regarding|concerning|that"
ENUMERATED_NOUN = r"(?:\s+(?:one|area))?(?:\s+(?:was|is|being))?"
ENUMERATED_LINK = ENUMERATED_NOUN + r"(?:\s+(?:" + THEME_LINKS + r"|in))?"
ORDINAL_RE = re.compile(r"(?:,?\s*(?:and\s+)?)(?:the\s+)?\b(?:" + ORDINALS + r"|finally|lastly)(?:ly)?\b"
                        + ENUMERATED_LINK + r"\s*", re.I)
# "; the first was that A", "; the second relating to B": an ordinal tied to its theme (the link required).
LINKED_ORDINAL_RE = re.compile(r"(?:the\s+)?\b(?:" + ORDINALS + r")(?:ly)?" + ENUMERATED_NOUN
                               + r"\s+(?:" + THEME_LINKS + r")\s+", re.I)
# "the causes of concern on A and on B": the topic's preposition said again after "and" opens a second theme
REPEATED_TOPIC_RE = re.compile(r"\s*,?\s+and\s+(?:also\s+)?(?:" + word_alternation(GRAMMAR_FILE, "repeated_topic_prepositions") + r")\s+", re.I)
ANOTHER_RE = re.compile(r"\s*,?\s+(?:and|while|whilst)\s+(?:another|the other|a second|the second|a third|the third)"
                        + ENUMERATED_LINK + r"\s+")
# Welsh fuses "and" with the article or possessive after it ("A a’i B", A and its B): the
# joint is the space before the fused word, which stays with the theme it opens.
LIST_AND_RE = re.compile(r" (?:and (?=(?:" + word_alternation(GRAMMAR_FILE, "list_and_openers") + r"|\w+ing|in\s+(?:"
                         + word_alternation(GRAMMAR_FILE, "list_and_in_openers") + r"))\b)|(?=(?:"
                         + word_alternation(GRAMMAR_FILE, "welsh_list_and_joints") + r")\s))")
# Themes named as capitalised headings ("Prevention and Protection") join at any "and".
TITLE_CASE_LIST_RE = re.compile(r"^[A-Z][\w&]*(?:[\s_]+(?:(?:and|_nd)\s+)?[A-Z(][\w&)]*)*\.?$")
TITLE_AND_RE = re.compile(r" and (?=[A-Z])")
ACRONYM_RE = re.compile(r"\((?P<letters>[A-Z](?:[A-Z&/]){1,6})\)")
# "in terms of A and in the timeliness of B": a preposition repeated after "and" opens the
# next theme and is no part of it.
LEADING_CONNECTOR_RE = re.compile(r"^\s*(?:(?:and|or|that)\s+(?:in\s+(?=(?:the|its|their|how)\b))?)?", re.I)
# "two causes of concern, one on A and one about B", "one relating to A and the other to B":
# the "one" that stands for the kind, and its preposition, open each theme ("one in five
# crimes", a proportion, is no such "one").
LEADING_ONE_RE = re.compile(r"(?:one|another|the\s+other)\s+(?:in\s+relation\s+to|relat(?:ed|ing)\s+to|in|on|about|around|"
                            r"regarding|concerning|over)\s+(?!(?:\d|" + "|".join(sorted(NUMBER_WORDS)) + r")\b)", re.I)


def semicolon_pieces(doc: Doc, begin: int, sentence: Span, block_end: int) -> list[tuple[int, int]]:
    """The themes of a list separated by semicolons, up to the sentence's end: a segment
    that is a clause ("; the service has accepted them") ends the list."""
    text = text_of(doc)
    finish = min(sentence.end_char, block_end)
    pieces: list[tuple[int, int]] = []
    offset = begin
    for number, segment in enumerate(text[begin:finish].split(";")):
        piece = trim_piece(text, offset, offset + len(segment))
        ordinal = LINKED_ORDINAL_RE.match(text, piece[0], piece[1]) if number else None
        if ordinal is not None and ordinal.end() < piece[1]:
            # "two causes of concern about its staff; the first was that A": the segment
            # before the ordinals names what the set is about, the ordinals each item.
            pieces = pieces[1:] if number == 1 else pieces
            pieces.append(trim_piece(text, ordinal.end(), piece[1]))
            offset += len(segment) + 1
            continue
        first = next((t.i for t in doc[sentence.start : sentence.end] if t.idx >= piece[0]), sentence.end)
        if number and not _gerund_opening(doc, first) and is_clause(doc, first, piece[1]):
            break
        if piece[1] > piece[0]:
            pieces.append(piece)
        offset += len(segment) + 1
    return pieces


def _gerund_opening(doc: Doc, index: int) -> bool:
    """"; and ensuring all opportunities are used": a segment that opens with a gerund is a
    theme whose verbs are its own clause's, not a clause that ends the list (its lemma is
    the verb's: "ensuring", not "nothing")."""
    if index >= len(doc):
        return False
    token = doc[index]
    return token.is_lower and token.lower_.endswith("ing") and token.lemma_ != token.lower_


def aside_close(doc: Doc, comma: int, end: int) -> int | None:
    """Where a relative clause set off by commas that opens at token `comma` closes (", which
    the service calls its CRMP,"; "The inspection, which took place in May, found"): the
    index of its closing comma before token `end`. None when no aside relative follows the
    comma, or a semicolon or `end` comes first, since then the clause runs on to the end of
    what it describes and sets nothing apart. The one reading of such an aside that item
    themes and commitment subjects share, with one word list (aside_relatives: not 'that',
    which opens a complement as often as an aside)."""
    if comma + 1 >= end or doc[comma].text != "," or doc[comma + 1].lower_ not in RELATIVE_PRONOUNS:
        return None
    closing = next((t for t in doc[comma + 2 : end] if t.text in (",", ";")), None)
    return closing.i if closing is not None and closing.text == "," else None


def parenthetical_relatives(doc: Doc, start: int, finish: int) -> list[tuple[int, int]]:
    """"that the service should ensure its plan (IRMP), which the service calls its CRMP, is
    informed by ...": a relative clause between commas inside a clause the theme is names
    what came before; the clause goes on after it, so its commas end nothing. A relative
    clause that runs to the end (", which meant victims waited.") comments on the item and
    still ends it. Returns the character spans of such asides, commas included."""
    asides: list[tuple[int, int]] = []
    end = next((t.i for t in doc[start:] if t.idx >= finish), len(doc))
    for comma in range(start, end):
        closing = aside_close(doc, comma, end)
        if closing is None or closing + 1 >= end or doc[closing + 1].lower_ in item_words().clause_joiners:
            continue
        asides.append((doc[comma].idx, doc[closing].idx + 1))
    return asides


def is_clause(doc: Doc, first_token: int, end_char: int) -> bool:
    """Themes are noun phrases; a finite verb among them makes them a clause's subject. A
    verb inside a clause a theme holds ("the need to make sure that searches are recorded")
    is that clause's."""
    for token in doc[first_token:]:
        if token.idx >= end_char or (token.lower_ in SUBORDINATORS and token.i > first_token):
            return False
        if token.lower_ in AUXILIARIES:
            return True
    return False


def end_of_theme(doc: Doc, introducer: Span, sentence: Span) -> int:
    """Where a list of themes ends: the sentence's end, or a comma before a new clause
    ("..., were confident that", "..., I will be supporting")."""
    text = text_of(doc)
    end = sentence.end_char
    # "that the service should ensure its plan, which it calls X, is informed by ...": the clause goes on
    asides = parenthetical_relatives(doc, introducer.end, end) if introducer.text.lower().endswith("that") else []
    # "Areas for improvement – including A and B – are being addressed": a list inside a dashed aside ends at its closing dash
    dashed = introducer.id_ == "theme-dash" or any(spaced_dash(t) for t in doc[sentence.start + 1 : introducer.start])
    for token in doc[introducer.end : sentence.end]:
        if any(s <= token.idx < e for s, e in asides):
            continue
        if dashed and token.i > introducer.end and spaced_dash(token):
            return token.idx  # "in two areas – A and B – by the inspectorate": the dashes close the list
        if token.text == "," and token.i + 2 < sentence.end and doc[token.i + 1].lower_ in ("and", "but") \
                and (opens_clause(doc[token.i + 2]) or _reports_next(doc, token.i + 2, sentence.end)):
            return token.idx  # "..., and I will be ensuring", "..., and the report makes": a new clause
        if token.text in (";",) or (token.text == "," and token.i + 1 < sentence.end and opens_clause(doc[token.i + 1])):
            return token.idx
        if token.text in DASHES and token.whitespace_ and token.i + 1 < sentence.end and doc[token.i + 1].lower_ == "but":
            return len(text[: token.idx].rstrip())  # "A – but the force says work is under way": the writer's reply
        if token.lower_ in DETERMINERS and token.i > introducer.end and token.i + 1 < sentence.end \
                and doc[token.i + 1].lower_ in REPORT_NOUNS and not doc[token.i - 1].is_punct \
                and _reports_next(doc, token.i, sentence.end):
            return len(text[: token.idx].rstrip())  # "A and B the report overall shows a ...": a new clause, its comma lost
        if token.lower_ == "that" and token.i > introducer.end and token.i + 1 < sentence.end \
                and doc[token.i + 1].lower_ in FIRST_PERSON_SUBJECTS:
            return token.idx  # "areas for improvement in A and in B that we are already addressing": the writer's remark
        if token.text == "," and token.i + 2 < sentence.end and doc[token.i + 1].lower_ in REPORTING_PARTICIPLES \
                and doc[token.i + 2].lower_ == "that":
            return token.idx  # "A and B, concluding that the public is at risk": the reporter's clause, no theme
    return len(text[:end].rstrip())


def spaced_dash(token: Token) -> bool:
    """A dash with a space either side: it opens or closes an aside ("A – including B – C")."""
    return token.text in DASHES and bool(token.whitespace_) and bool(token.doc[token.i - 1].whitespace_)


def opens_clause(token: Token) -> bool:
    """A word that opens a clause ("it", "we", "which"); "IT" in capitals is a theme."""
    return token.lower_ in CLAUSE_OPENERS and not (len(token.text) > 1 and token.is_upper)


def _reports_next(doc: Doc, start: int, stop: int) -> bool:
    """A short subject, an inflected reporting verb and its object ("the report makes a",
    "inspectors found that"): a clause of its own, not the next theme ("issues with ...")."""
    for token in doc[start + 1 : min(start + LIMITS.clause_subject_words + 1, stop - 1)]:
        if token.text in (",", ";"):
            return False
        following = doc[token.i + 1]
        if token.lemma_.lower() in item_words().reporting_verbs and token.lower_ != token.lemma_.lower() \
                and not token.lower_.endswith("ing") and (following.lower_ in DETERMINERS | {"that"} or following.like_num):
            return True
    return False


def theme_pieces(text: str, start: int, end: int, count: int | None = None) -> list[tuple[int, int]]:
    """Split "A, B and C" (or "firstly around A and secondly around B") into pieces; a
    counted list ("two causes of concern: A and B") is cut at its "and" when nothing
    else separates the pieces."""
    while start < end and text[start] in " :":
        start += 1
    chunk = text[start:end]
    if not chunk.strip():
        return []
    if ";" in chunk:  # "A, and B; and C": the semicolons separate the themes
        bounds = [0, *(m.end() for m in re.finditer(";", chunk))]
        return [trim_piece(text, start + b, start + e) for b, e in zip(bounds, [*bounds[1:], len(chunk)])
                if chunk[b:e].strip(" ;")]
    marked = _marked_pieces(chunk)
    if marked is not None:
        return [trim_piece(text, start + b, start + e) for b, e in marked]
    asides = [(m.start(), m.end()) for m in EXAMPLE_ASIDE_RE.finditer(chunk)]
    if asides:
        return _pieces_around_asides(text, start, chunk, asides, count)
    tail = _wh_clause_tail(chunk)
    if tail is not None:
        head_end, tail_start = tail
        return [*theme_pieces(text, start, start + head_end, None), trim_piece(text, start + tail_start, end)]
    masked = _mask_atoms(chunk)
    pieces = _comma_pieces(masked)
    if _commas_join_one_theme(masked, pieces, count, text[end:]):
        return [trim_piece(text, start, end)]
    first_and = masked.find(" and ")
    if count == 2 and len(pieces) > 1 and 0 < first_and < pieces[0][1] \
            and re.match(r"\s*(?:and|or)\b", masked[pieces[1][0] : pieces[1][1]]) is None:
        # "both causes of concern, on A and B, C and D": two themes, the first "and" between
        # them; the commas after it are the second theme's own ("A and B, and C" is not so).
        pieces = [(0, first_and), (first_and + 1, len(masked))]
        return [trim_piece(text, start + s, start + e) for s, e in pieces]
    pieces = _split_last_piece(masked, pieces) if len(pieces) > 1 else _and_pieces(chunk, masked, count)
    found = [trim_piece(text, start + s, start + e) for s, e in pieces]
    return [(s, e) for s, e in found if len(text[s:e].split()) >= 1 and e > s]


def _commas_join_one_theme(masked: str, pieces: list[tuple[int, int]], count: int | None, after: str) -> bool:
    """"so that crews have accurate, up-to-date risk information": commas with no joint
    ("and", "or", Welsh "a") to end a list join words of one theme, unless a count says
    they part themes, a piece opens a phrase or clause of its own ("A, the force is doing
    well"), or a comma ends the list ("around IT, training, and the report ...": its joint
    was cut off with the clause after it). The joint that ends a list joins its last theme,
    so it stands after the last comma: an "and" before it is a theme's own ("visited in a
    prompt and thorough way so that crews hold accurate, current information")."""
    if len(pieces) < 2 or count == len(pieces) or LIST_END_JOINT_RE.search(masked, pieces[-1][0]):
        return False
    if masked.rstrip().endswith(",") or after.lstrip().startswith(","):
        return False
    return not any(_opens_phrase(masked[s:e]) for s, e in pieces[1:])


def _opens_phrase(piece: str) -> bool:
    """A piece after a comma that opens with a determiner or a subject pronoun starts a noun
    phrase or a clause of its own; one that opens otherwise may carry on the words before."""
    words = piece.split()
    return bool(words) and (words[0].lower() in DETERMINERS or words[0].lower() in SUBJECT_PRONOUNS)


def _wh_clause_tail(chunk: str) -> tuple[int, int] | None:
    """"its efficiency and how it can use staff across prevention, protection and response":
    the last theme, opened by a wh-word after "and", is a clause whose commas and "and"s are
    its own; where the themes before it end and where it opens (its wh-word), when it holds
    a comma and no later theme opens with a wh-word of its own. None when the list ends
    otherwise."""
    joints = list(WH_AND_RE.finditer(chunk))
    if not joints:
        return None
    tail = joints[-1].end()
    if "," not in chunk[tail:] or WH_AFTER_COMMA_RE.search(chunk, tail) or not chunk[: joints[-1].start()].strip(" ,"):
        return None
    return joints[-1].start(), tail


def _pieces_around_asides(text: str, start: int, chunk: str, asides: list[tuple[int, int]],
                          count: int | None) -> list[tuple[int, int]]:
    """"giving a better service to A – for example, by recording B – and responding to C":
    the aside's commas and "and"s separate nothing, and the theme before it ends where it
    opens; the list is read with the asides blanked, each piece cut at an aside inside it."""
    blanked = list(chunk)
    for aside_start, aside_end in asides:
        blanked[aside_start:aside_end] = "_" * (aside_end - aside_start)
    found = []
    for piece_start, piece_end in theme_pieces("".join(blanked), 0, len(chunk), count):
        cut = next((s for s, e in asides if piece_start <= s < piece_end), piece_end)
        piece_start = next((e for s, e in asides if s <= piece_start < e), piece_start)
        piece = trim_piece(text, start + piece_start, start + cut)
        if piece[1] > piece[0] and text[piece[0] : piece[1]].strip(" _"):
            found.append(piece)
    return found


def _marked_pieces(chunk: str) -> list[tuple[int, int]] | None:
    """Pieces that words mark rather than commas: ordinals ("firstly around A and secondly
    around B"), "another" ("the use of drones and another the work with schools") or the
    topic's preposition said again ("on its culture and on its protection work") open
    each theme. None when no such word separates them."""
    ordinals = list(ORDINAL_RE.finditer(chunk))
    if ordinals and ordinals[0].start() == 0:
        bounds = [m.end() for m in ordinals]
        ends = [m.start() for m in ordinals[1:]] + [len(chunk)]
    else:
        others = list(ANOTHER_RE.finditer(chunk)) or list(REPEATED_TOPIC_RE.finditer(chunk))
        if not others:
            return None
        bounds = [0, *(m.end() for m in others)]
        ends = [*(m.start() for m in others), len(chunk)]
    return [(b, e) for b, e in zip(bounds, ends) if chunk[b:e].strip()]


def _comma_pieces(masked: str) -> list[tuple[int, int]]:
    """The pieces between the commas that are list separators (not those `_mask_atoms` hid)."""
    pieces: list[tuple[int, int]] = []
    previous = 0
    for cut in [*(m.start() for m in re.finditer(r",", masked)), len(masked)]:
        pieces.append((previous, cut))
        previous = cut + 1
    return pieces


def _split_last_piece(masked: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"A, B and C": the last comma's piece holds the last two themes, unless an Oxford
    comma ("A, B, and C") already cut them. "..., protecting people and preventing crime and
    disorder": a second item opens where an "and" is followed by what opens an item (a
    gerund, a determiner), else at the last "and" (or "or")."""
    last_start, last_end = pieces[-1]
    if re.match(r"\s*(?:and|or)\b", masked[last_start:last_end]) is not None:
        return pieces
    parallel = LIST_AND_RE.search(masked, last_start, last_end)
    joint = parallel.start() if parallel else _last_list_and(masked, last_start, last_end)
    if joint < 0:
        joint = masked.rfind(" or ", last_start, last_end)
    if joint > last_start:
        return [*pieces[:-1], (last_start, joint), (joint + 1, last_end)]
    return pieces


def _last_list_and(masked: str, start: int, end: int) -> int:
    """The last " and " between `start` and `end` that can join two items (-1 if none): not
    one that joins two verbs of a wh-clause ("improve how we collect and assess
    intelligence", "how it identifies and supports victims"), whose subject is a pronoun
    right after its wh-word; that clause is one item's, and its "and" is inside it. Nor one
    between a single word and a pair of words that end the list, after an "and" before it
    ("firefighters and menopause and maternity provisions", "A and sexual and violent
    offenders"): the word is the pair's modifier's partner, and the list's joint is the
    earlier "and" ("pay and terms and a review of its role": a longer last theme is one
    of its own)."""
    joint = masked.rfind(" and ", start, end)
    while joint > start and WH_VERB_BEFORE_RE.search(masked, start, joint):
        joint = masked.rfind(" and ", start, joint)
    earlier = masked.rfind(" and ", start, joint) if joint > start else -1
    if earlier > start and len(masked[earlier + 5 : joint].split()) == 1 \
            and len(masked[joint + 5 : end].split()) <= LIMITS.modifier_pair_words:
        return earlier
    return joint


def _and_pieces(chunk: str, masked: str, count: int | None) -> list[tuple[int, int]]:
    """A list with no commas: cut at each "and" that opens an item (at every "and" before a
    capital in a list of titles); a list counted as two is cut at its only "and"."""
    pieces: list[tuple[int, int]] = []
    previous = 0
    joints = LIST_AND_RE if not TITLE_CASE_LIST_RE.match(masked.strip()) else TITLE_AND_RE
    cuts = sorted({m.start() for m in joints.finditer(masked)} | _name_joints(chunk))
    for cut in cuts:
        pieces.append((previous, cut))
        previous = cut + 1
    pieces.append((previous, len(masked)))
    if len(pieces) == 1 and count == 2 and " and " in masked:
        joint = _pair_joint(masked)
        if joint is not None:
            pieces = [(0, joint), (joint + 1, len(masked))]
    return pieces


def _pair_joint(masked: str) -> int | None:
    """The "and" (its leading space) that parts a list counted as two: its only one, else
    the one that leaves the two most even sides of two words or more ("how it answers
    999 calls and reviews of sexual and violent offences": the "and" between two
    adjectives leaves a stub). Two themes counted together are named in
    like measure; a stub of one word is a modifier's partner, not a theme."""
    joints = [m.start() for m in re.finditer(r" and ", masked)]
    if len(joints) == 1:
        return joints[0]
    sides = [(len(masked[:j].split()), len(masked[j + 5 :].split()), j) for j in joints]
    even = [(abs(left - right), j) for left, right, j in sides if min(left, right) >= LIMITS.pair_side_words]
    return min(even)[1] if even else None


def _name_joints(chunk: str) -> set[int]:
    """The "and"s (their leading space) that border a joined name `_mask_atoms` hides
    ("prevention and equality, diversity and inclusion", "values and culture and
    protection"): one theme ends there and another begins, however the words around read."""
    names = [(m.start(), m.end()) for m in joined_areas().finditer(chunk)]
    return {m.start() for m in re.finditer(r" and ", chunk)
            if any(end == m.start() or start == m.end() for start, end in names)}


@lru_cache(maxsize=1)
def joined_areas() -> re.Pattern[str]:
    """The names of assessment areas (patterns/assessment_areas.txt) and of joined matters
    (item_grammar.json joined_themes) that hold "and" or a comma, longest first, as one
    whole-word expression in any case (a capitalised area name with "and" in it is one
    area, not two titles)."""
    names = [n for n in [*grading_words().known_areas, *JOINED_THEMES] if " and " in n or "," in n]
    names.sort(key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.I)


def area_name_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A joined name (`joined_areas`) that opens the text at `start`
    and ends before `end`: one theme, however its "and"s read."""
    match = joined_areas().match(text, start, end)
    return (match.start(), match.end()) if match else None


def _mask_atoms(chunk: str) -> str:
    """Commas and "and"s inside brackets, before a narrowing adverb (", mainly at night"),
    inside a body's name ("County Fire and Rescue Service", "Police, Fire and Crime Panel"),
    inside a named expansion of an acronym
    ("Equality, Diversity and Inclusion (ED&I)"), and inside a joined name (`joined_areas`:
    an assessment area or a joined matter such as "equality, diversity and inclusion") are
    not list separators."""
    masked = list(chunk)
    for joined in (JOINED_BODY_RE, joined_areas()):
        for match in joined.finditer(chunk):
            segment = chunk[match.start() : match.end()].replace(",", "_").replace(" and ", " _nd ")
            masked[match.start() : match.end()] = list(segment)
    for match in JOINED_INFINITIVES_RE.finditer(chunk):
        segment = chunk[match.start() : match.end()].replace(",", "_").replace(" and ", " _nd ").replace(" or ", " _r ")
        masked[match.start() : match.end()] = list(segment)
    for match in QUALIFYING_COMMA_RE.finditer(chunk):
        masked[match.start()] = "_"
    depth = 0
    for i, char in enumerate(chunk):
        depth += char == "("
        depth -= char == ")" and depth > 0
        if depth and char == ",":
            masked[i] = "_"
    for match in ACRONYM_RE.finditer(chunk):
        letters = [c for c in match["letters"] if c.isalpha()]
        words = list(re.finditer(r"[A-Za-z]+", chunk[: match.start()]))
        capitals = [w for w in words if w.group()[0].isupper()]
        if len(capitals) < len(letters):
            continue
        expansion = capitals[-len(letters) :]
        if [w.group()[0] for w in expansion] != letters:
            continue
        for i in range(expansion[0].start(), match.start()):
            if masked[i] == ",":
                masked[i] = "_"
        segment = "".join(masked[expansion[0].start() : match.start()]).replace(" and ", " _nd ").replace(" or ", " _r ")
        masked[expansion[0].start() : match.start()] = list(segment)
    return "".join(masked)


def trim_piece(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    lead = LEADING_CONNECTOR_RE.match(piece)
    if lead:
        start += lead.end()
    one = LEADING_ONE_RE.match(text, start, end)
    if one:
        start = one.end()
    while end > start and text[end - 1] in " ,;":
        end -= 1
    return start, end
