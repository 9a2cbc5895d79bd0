"""What the grading phrases' reader and the general fallback share: the gradings found
so far in a document (one per subject, grade, historic flag and area), the body a bare
county name stands for in context, the body the document is about (`own_subject`), a line
that leads in a list (`lead_in`), and the guards that say a grade word grades nothing
(a scale explained, a grade qualifying a noun). The readers of sentences (gradings.py) and
of rows and lines (grading_rows.py) share them too.

Both readers add to one `Found`, so the fallback sees what the phrases read and a grading
stated twice is kept once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile
from typing import Literal

from spacy.tokens import Doc, Span

from crosswalk.bodies import find_bodies, gazetteer
from crosswalk.extraction.bodies import SPANS_KEY
from crosswalk.extraction.context import Flags
from crosswalk.extraction.extensions import spans_within, text_of
from crosswalk.extraction.grading_lists import list_parts, placed_parts, split_areas
from crosswalk.extraction.grading_vocabulary import LIMITS, WORDS_FILE, alternation, area_expression, expressions, grading_words
from crosswalk.extraction.sentences import sentence_chars, sentence_of
from crosswalk.extraction.stems import stem
from crosswalk.extraction.subjects import is_subject_candidate
from crosswalk.extraction.word_lists import word_lists
from crosswalk.item_labels import LIST_LABEL
from crosswalk.model import Grading
from crosswalk.quote_marks import QUOTES
from crosswalk.resources import word_alternation, word_set


EXTRACTION_WORDS = "extraction_words.json"  # the word lists of the connecting and pointing words below
GROUP_KINDS = {"force", "rocu", "region", "forces", "fire"}
GRADED_BODIES_KEY = "crosswalk_graded_bodies"  # the bodies a grade may be given to, place names standing for services included
MOSTLY_FIRE_KEY = "crosswalk_gradings_mostly_fire"
# a grading noun as the grade's subject ("our overall rating is good"): a possessive before it owns the grade
RATING_SUBJECT_RULES = ("grading-rating-is", "grading-overall-assessment-is")
# a grade stated as the whole body's ("rated good overall")
OVERALL_RE = re.compile(r"\b(?:" + word_alternation(EXTRACTION_WORDS, "overall_words") + r")\b", re.I)
# the overall word on the grading noun itself ("the overall grading was ..."), not elsewhere in the sentence
OVERALL_NOUN_RE = re.compile(r"\b(?:" + word_alternation(EXTRACTION_WORDS, "overall_words") + r")\s+(?:assessment|"
                             + "|".join(map(re.escape, word_lists()["grade_nouns"])) + r")\b", re.I)
SENTENCE_END_RE = re.compile(rf"[.!?:][{QUOTES})]*$")  # a sentence, not a headline or caption line
EFFECTIVENESS = "effectiveness"  # the area a pillar word of grading_words.json names for the effectiveness pillar
EFFECTIVENESS_KEY = frozenset({EFFECTIVENESS})  # the area key of a grade given to the effectiveness pillar
WAY_CLAUSE_RE = re.compile(r"^(?:how|the\s+way)\s+(?:it|they|the\s+\w+)\s+\w+", re.I)  # "how the force treats the public"
ATTRIBUTIVE_NEXT_RE = re.compile(r"[\s" + QUOTES + r"]*(?P<word>\w+)")
CONNECTOR_RE = re.compile(r"^[\s,&–—-]*(?:(?:" + word_alternation(EXTRACTION_WORDS, "connector_words") + r")[\s,&–—-]*)*$", re.I)
CLAUSE_BREAK_RE = re.compile(r"[,;:–—()]")  # a negation beyond one of these is another clause's
NAME_BEFORE_RE = re.compile(r"(?:\b[A-Z]\w*|&)\s+$")  # "... Fire & Rescue Services" is a name, not a class
POINTING_RE = re.compile(r"\b(?:" + word_alternation(EXTRACTION_WORDS, "pointing_words") + r")\b", re.I)  # a word standing for a body named before
LIST_OPENER_RE = re.compile(r"[\W_]*(?P<pronoun>(?:they|these|those)\s+(?:were|are|included?|includes)\b\s*:?)?", re.I)
QUOTED_LIST_RE = re.compile(r"[" + QUOTES + r"]\s*,?\s*(?:and|or|as well as)\s+[" + QUOTES + r"]", re.I)  # "'A' and 'B'": two names
LIST_VERB_RE = re.compile(r"[\s,]*(?:were|are|have|had|all|both|each)\b", re.I)  # the list is the next sentence's subject


LIST_GLYPH_RE = re.compile(r"^\s*[>»›►▸]\s*")  # a list marker the reader keeps as text ("> A;")
# What may stand before a list line's words: a glyph or dash, quotes, spaces ("• ‘"), and a
# list label ("1.", "2)", "(a)", "iv)"), which the reader keeps as text (`list_marks_only`).
LIST_MARK_CHARS = " \t•·*-–"
LIST_LABEL_RE = re.compile(LIST_LABEL)
LEADING_LABEL_RE = re.compile(r"^\s*" + LIST_LABEL + r"\s+")
NAMED_LINE_RE = re.compile(r"^(?P<name>[A-Z][\w'’ ,-]{2,40}?)\s+[–—]\s+\S")  # "People – how it treats its staff."
LIST_LINE_JOIN_RE = re.compile(r"(?:[;,.]|\s+(?:and|or)\b)+\s*$", re.I)  # "A;", "B; and,", "C, or"
CARRY_KINDS = {"force", "fire", "rocu", "region", "forces"}  # the bodies a carried subject ("the service", "it") may stand for
CLAUSE_PART_RE = re.compile(r"^(?:" + word_alternation(WORDS_FILE, "clause_openers") + r")\b|\b(?:"
                            + word_alternation(WORDS_FILE, "clause_verbs") + r")\b", re.I)  # a clause, not an area's name
LEAD_IN_RE = re.compile(r":[-–]?[\s•·*\uf0b7]*$")  # ":-" leads in as ":" does
OTHER_CLAUSE_RE = re.compile(r"\b(?:" + word_alternation(EXTRACTION_WORDS, "other_clause_words") + r")\b", re.I)  # "but", "while": a clause set against the one before


def group_ending_with(named: list[Span], joined: Callable[[Span, Span], bool]) -> list[Span]:
    """The last span of `named` with the spans before it joined to it one by one ("A and B",
    "A, B and C"): `joined(earlier, first)` says whether `earlier` joins the group whose
    first span is `first`. The one walk back for every reading of a group of bodies (a
    plural pronoun's antecedents, a subject listed before its grade, a Welsh list)."""
    group = [named[-1]]
    for span in reversed(named[:-1]):
        if not joined(span, group[0]):
            break
        group.insert(0, span)
    return group


def list_marks_only(before: str) -> bool:
    """Whether the text of a line before a phrase holds only what marks a list's line: a
    glyph, quotes, or a list label. A list may be bulleted ("• is ‘good’ at ..."), numbered
    ("1. is ‘good’ at ...") or lettered ("(a) ..."); the reader drops a glyph but keeps a
    label as text, so a reader that asks whether a phrase opens its line skips either
    (round 64: the same documents with their bullets numbered lost their list gradings)."""
    rest = before.strip(LIST_MARK_CHARS + QUOTES)
    return not rest or LIST_LABEL_RE.fullmatch(rest) is not None


def without_label(line: str) -> str:
    """A list line without its leading list label ("1. Good – in ..." -> "Good – in ...")."""
    return LEADING_LABEL_RE.sub("", line, count=1)


def list_line_style(line: str, kind: str) -> str | None:
    """How a line under a lead-in ("It is good at:") is written as one of its list items:
    a list item or table row as the reader marked it; a line led by a marker the reader
    keeps as text ("> A;"); a short line with no full stop that the reader took for a
    heading; a name before a dash ("People – how it treats its staff."). None: no list
    item. A list keeps one style, so the first line's style is the run's (a heading after
    bulleted items is the next section, not an item)."""
    line = line.strip()
    if kind in ("list_item", "table_row"):
        return "item"
    if LIST_GLYPH_RE.match(line):
        return "glyph"
    if kind == "heading" and len(line.split()) <= LIMITS.heading_list_words and not line.endswith((".", ":", "?", "!")):
        return "heading"
    if NAMED_LINE_RE.match(line):
        return "named"
    return None


def list_line_text(line: str, style: str) -> str:
    """The area a list line names: without its marker and joining punctuation, and for a
    name before a dash, the name alone."""
    line = without_label(LIST_GLYPH_RE.sub("", line.strip()))
    if style == "named" and (m := NAMED_LINE_RE.match(line)):
        line = m["name"]
    return LIST_LINE_JOIN_RE.sub("", line).strip()


def block_index(doc: Doc, char: int) -> int | None:
    """The index of the reader's block holding a character (a lead-in's sentence), the
    place the lines listed under it are counted from (`listed_lines`)."""
    return next((i for i, (s, e, _) in enumerate(doc._.blocks) if s <= char < e), None)


def items_led_in(doc: Doc, sentence: Span) -> list[str]:
    """The list items right under the block a lead-in sentence ends ("... but 'inadequate'
    in:"), each its first line without marker, quotes or joining punctuation; the list
    stops at a line too short to be an area (text cut) or too long (a list of sentences).
    One reading for the English fallback and the Welsh grades alike."""
    index = block_index(doc, sentence.start_char)
    items: list[str] = []
    for _start, _end, line in listed_lines(doc, index) if index is not None else []:
        item = without_label(line).strip(LIST_MARK_CHARS + QUOTES)
        if len(item) < 3 or len(item.split()) > LIMITS.area_words:
            break
        items.append(item)
    return items


def listed_lines(doc: Doc, index: int) -> list[tuple[int, int, str]]:
    """The lines listed right under block `index` (a lead-in): (start, end, area), in the
    style of the first, each its first line without marker and joining punctuation
    (`list_line_text`: the one place a list line's "; and" comes off); a list in a style the
    reader did not mark (no list items) needs two lines, one such line being as likely a
    heading of what follows."""
    text = text_of(doc)
    lines: list[tuple[int, int, str]] = []
    first: str | None = None
    for start, end, kind in list(doc._.blocks)[index + 1 :]:
        line = text[start:end].split("\n")[0]
        style = list_line_style(line, kind)
        if style is None or first is not None and style != first:
            break
        first = style
        lines.append((start, end, list_line_text(line, style)))
    return lines if first == "item" or len(lines) >= 2 else []


class Found:
    """The gradings of one document, one per subject, grade, historic flag and area."""

    def __init__(self, doc: Doc | None = None) -> None:
        self.text = text_of(doc) if doc is not None else ""
        self.sentences = sentence_chars(doc) if doc is not None else ()  # where a pillar count may look back
        self.gradings: list[Grading] = []
        self.keys: set[tuple[str, str, bool, frozenset[str]]] = set()
        self.area_names: dict[tuple[str, str, bool, frozenset[str]], str | None] = {}  # key -> the area as written
        self.last_area: dict[str, tuple[int, str | None]] = {}  # subject -> (sentence end, area)
        self.overall_starts: dict[tuple[str, str, bool], list[int]] = {}  # where a grade was read as overall, repeats too
        self.copies: set[int] = set()  # the places in `gradings` of the historic copies a recurring grade adds

    def add(self, subject: str, grade: str, area: str | None, sentence: tuple[int, int, str], rule: str,
            flags: Flags) -> None:
        if flags.hypothetical:
            return  # a grade only hoped for or imagined
        if pillars := programme_pillars(subject, area, sentence[2], lambda: self._before(sentence[0])):
            for pillar in pillars:  # "good in all three areas": the three pillars, one grading each
                self.add(subject, grade, pillar, sentence, rule, flags)
            return
        start, end, text = sentence
        if area is None and not (rule in RATING_SUBJECT_RULES and OVERALL_NOUN_RE.search(text)):
            # "Kent Police was good in its 2018/19 assessment" after the area's own grading; an overall
            # grading noun's grade ("the overall grading was ...") is the body's whole grade, no area's
            last_end, last_area = self.last_area.get(subject, (-LIMITS.carry_area_chars, None))
            # a later sentence's area never reaches back (rules run in their own order, not the text's)
            follows = 0 <= start - last_end <= LIMITS.carry_area_chars or last_end == end
            if follows and (last_area is None or area_count(last_area) is None):
                area = last_area  # a count of areas names no one area to carry
        self.last_area[subject] = (end, area)
        for historic in (False, True) if flags.recurring else (flags.historic,):  # held now and before
            if area is None and OVERALL_RE.search(text):
                self.overall_starts.setdefault((subject, grade, historic), []).append(start)
            key = (subject, grade, historic, area_key(area))
            if key in self.keys or any(_same_area(key[3], k[3]) or _area_within(key[3], k[3], area, self.area_names.get(k))
                                       for k in self.keys if k[:3] == key[:3]):
                continue
            self.keys.add(key)
            self.area_names[key] = area
            if historic and flags.recurring and not flags.historic:
                self.copies.add(len(self.gradings))
            self.gradings.append(Grading(subject, grade, area, text, start, end, rule, historic, flags.negated, False))

    def _before(self, start: int) -> str:
        """The sentences just before the one starting at `start`: where a release names the
        pillars it then counts ("assessed in three core areas - A, B and C. ... It was
        'good' across all three areas"). Only sentences that end as sentences do: a caption
        between is passed over, and a headline's "is effective, efficient and cares for
        its staff" names qualities, not the areas counted after it."""
        earlier = [(s, e) for s, e in self.sentences if e <= start and SENTENCE_END_RE.search(self.text, s, e)]
        return " ".join(self.text[s:e] for s, e in earlier[-LIMITS.pillars_named_before:])

    def last_subject(self, before: int) -> list[str]:
        """The body of the grading read last before `before`, if it ends near it: what a
        sentence that names no body ("Rated as adequate were: A, B") goes on grading. It
        lives with the area carried (`last_area`) because both carry state across sentences."""
        near = [g for g in self.gradings if g.end <= before and before - g.end <= LIMITS.last_graded_chars]
        return [max(near, key=lambda g: g.end).subject] if near else []

    def result(self, headings: tuple[tuple[int, int], ...]) -> tuple[Grading, ...]:
        """Without a grading of a headline or heading (`headings`, character ranges) that names no
        area when the same grade of the same subject is also stated with one (the sentence
        that details it), nor one whose area is only words the effectiveness pillar is
        defined by ("is good at keeping people safe") where the same grade is given to the
        pillar by name alone or in those words ("is effective at keeping people safe ... is good").
        In the body, a grade stated without an area ("X and Y were rated 'good'") is kept here
        even where the same grade is given to an area (on a PEEL page the extractor drops it
        after, as said again: `gradings._without_restatements`), and a headline's
        grade the body states as the overall one ("given an overall rating of 'good'") is
        kept (one row). An "area" that
        only names the report or inspection ("in their annual PEEL assessment") is the
        occasion, not what was graded: where the same grade of the same body is read again
        (with an area or none) it adds no grading; nor does an area that points back to one
        named before ("inadequate in this regard") where the same grade is read otherwise.
        The headline's grade of an area is the body's said short: where the body gives the
        same grade of the same body to an area sharing a content word with it, the body's
        row stands for both (a press headline is a summary of its first sentences); a page's
        judgment line under its title ("Good" alone) is no summary and stays."""
        named: dict[tuple[str, str, bool], int] = {}  # areas named one by one; a recurring grade's copy names no earlier area
        for index, g in enumerate(self.gradings):
            if g.area and area_count(g.area) is None and index not in self.copies:
                named[(g.subject, g.grade, g.historic)] = named.get((g.subject, g.grade, g.historic), 0) + 1
        with_area = {k[:3] for k in self.keys if k[3]}
        pillar: dict[tuple[str, str, bool], list[frozenset[str]]] = {}
        other_pillars: dict[tuple[str, str, bool], list[frozenset[str]]] = {}
        for g in self.gradings:  # the words of each grade given to a pillar by name
            graded = area_key(g.area)
            if graded == EFFECTIVENESS_KEY:
                pillar.setdefault((g.subject, g.grade, g.historic), []).append(_words(g.area))
            elif graded and graded <= PILLAR_KEYS:
                other_pillars.setdefault((g.subject, g.grade, g.historic), []).append(_words(g.area))
        occasion = area_expression("occasion_area")
        plain: dict[tuple[str, str, bool], int] = {}  # gradings whose area is not an occasion, by subject, grade and flag
        for g in self.gradings:
            if not (g.area and occasion.match(g.area.strip())):
                plain[(g.subject, g.grade, g.historic)] = plain.get((g.subject, g.grade, g.historic), 0) + 1
        every = area_expression("all_areas")
        vague = area_expression("vague_areas")
        by_name: dict[tuple[str, str, bool], list[int]] = {}  # where one area is named, by subject, grade and flag
        for g in self.gradings:
            if g.area and area_count(g.area) is None and not every.match(g.area.strip()) and \
                    not vague.match(g.area.strip()) and not occasion.match(g.area.strip()):
                by_name.setdefault((g.subject, g.grade, g.historic), []).append(g.start)
        back = area_expression("back_reference")
        pointing = [bool(g.area and back.match(g.area.strip())) for g in self.gradings]  # "in this regard"
        referents = {(g.subject, g.grade, g.historic) for g, points in zip(self.gradings, pointing)
                     if not points}  # gradings a back reference may restate
        headline = headings[:1]  # the document's own headline comes first
        in_body: dict[tuple[str, str, bool], list[frozenset[str]]] = {}  # area keys read below the headline
        for g in self.gradings:
            if not _within(g.start, headline):
                in_body.setdefault((g.subject, g.grade, g.historic), []).append(area_key(g.area))
        kept = []
        for g, points in zip(self.gradings, pointing):
            key = (g.subject, g.grade, g.historic)
            if points and key in referents:
                continue  # "inadequate in this regard" after the area's own grading: said again
            whole = every.match(g.area.strip()) if g.area else None
            if whole and len(by_name.get(key, [])) >= (count_value(whole["count"] or "") or LIMITS.all_areas_named):
                continue  # "good in all three areas" and the three areas named good: the sum adds nothing
            if not g.area and key in with_area and _within(g.start, headings) and \
                    all(_within(start, headings) for start in self.overall_starts.get(key, [])):
                continue  # the headline's grade, detailed by area below; the body's "an overall rating of good" keeps it
            if g.area and _within(g.start, headline) and not expressions().grade.fullmatch(g.sentence.strip(" " + QUOTES)) \
                    and any(area_key(g.area) & words for words in in_body.get(key, [])):
                continue  # the headline's "good at responding to emergencies", the body's "... to fires and other emergencies"
            if g.area and occasion.match(g.area.strip()) and plain.get(key, 0):
                continue  # "rated 'good' in their yearly assessment" beside the same grade read with its area
            if g.area and area_expression("effectiveness_tagline").match(g.area.strip()) and (
                    any(_words(g.area) <= words or words <= PILLAR_ALONE for words in pillar.get(key, []))
                    or any(_words(g.area) <= words for words in other_pillars.get(key, []))):
                # "is good at keeping people safe" beside "is effective at keeping people safe ... is good",
                # or beside "good at legitimately keeping people safe": the grade that pillar's
                continue
            count = area_count(g.area) if g.area else None
            if count is not None and named.get(key, 0) >= count:
                continue  # "good in five areas" and the five areas named: the count adds nothing
            if g.area and vague.match(g.area.strip()) and _said_vaguely(g, by_name.get(key, [])):
                continue  # "requires improvement in some areas" (or "in others") and the areas it requires improvement in named
            kept.append(g)
        return tuple(kept)


def _said_vaguely(grading: Grading, named_at: list[int]) -> bool:
    """Whether a grade given to a vague quantity of areas ("requires improvement in some
    areas", "in others") only says vaguely what the document grades by name (`named_at`: the
    sentence starts of the same grade of the same body given to a named area). A summary
    ahead of its detail (a headline or opening line, "requires improvement in half its
    areas", then the areas one by one) is said vaguely where one named area follows
    it. A vague row after or beside a named one ("rated requires improvement at investigating
    crime ... also rated requires improvement in several other areas", "requires improvement
    in A, and in others") means areas besides it, so only as many named areas as
    vague_areas_named make it the same grading."""
    if named_at and all(grading.start < start for start in named_at):
        return True
    return len(named_at) >= LIMITS.vague_areas_named


def _within(start: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= start < high for low, high in ranges)


def attributive(text: str, span: Span) -> bool:
    """"recognised the work as good practice": a phrase that ends on its grade word, the
    word after it a noun the grade qualifies, states no grading."""
    if not expressions().grade.fullmatch(span[-1].text if not span[-1].is_quote or len(span) < 2 else span[-2].text):
        return False
    after = ATTRIBUTIVE_NEXT_RE.match(text, span.end_char)
    return after is not None and after["word"].lower() in grading_words().attributive_nouns


def in_scale(text: str, sentence: Span, phrase: Span) -> bool:
    """Whether the phrase's grade word is part of an explanation of the grade scale (a
    grade named as a point of it, "one level below 'outstanding'", or defined on its own
    line), or of a choice of grades ("graded as 'good' or 'outstanding'" applies no one grade)."""
    for expression in (expressions().scale, area_expression("scale_point"), area_expression("scale_definition")):
        for m in expression.finditer(text, sentence.start_char, sentence.end_char):
            if m.start() < phrase.end_char and phrase.start_char < m.end():
                return True
    return False


def area_key(area: str | None) -> frozenset[str]:
    """The content words of an area, roughly stemmed, so that "the way it looks after its
    people" and "looking after its people" are the same area; an area named by a pillar
    ("effective at keeping people safe", "the efficiency of its services", "legitimately keeping
    people safe and reducing crime") is the pillar.
    A name inside the area ("the way Kent Fire and Rescue Service trains its staff")
    is left out, unless every word is capitalised (a title), and so is the rest of a
    compound preposition an area may open on ("respect of the efficiency")."""
    if not area:
        return frozenset()
    count = area_count(area)
    if count is not None:  # "four areas" and "four areas of policing"
        return frozenset({f"#{count}"})
    words = grading_words()
    # "in respect of the efficiency": the area was cut after "in", and the rest of the
    # compound preposition is no part of what was graded (the pillar named after it is)
    area = area_expression("compound_lead_in").sub("", area.strip(), count=1) or area
    owned = area_expression("pillar_owned_at").match(area.strip())
    rest = area.strip()[owned.end() :].strip() if owned else ""
    if rest.lower() in words.known_areas and not area_expression("effectiveness_tagline").match(rest):
        return area_key(rest)  # "its effectiveness at" + a PEEL question's name: the question
    adverb = area_expression("pillar_adverb").match(area.strip())
    if adverb and area_expression("effectiveness_tagline").match(adverb["rest"].strip()):
        return frozenset({words.pillars[adverb["pillar"].lower()]})  # "legitimately keeping people safe and reducing crime"
    cased = re.findall(r"[A-Za-z]+", area)
    named = [t for i, t in enumerate(cased) if i and t[0].isupper()]
    tokens = [t.lower() for i, t in enumerate(cased) if not (i and t[0].isupper()) or len(named) == len(cased) - 1]
    opening = tokens[:10] if tokens[1:4] == ["extent", "to", "which"] else tokens[:3]  # "the extent to which it is efficient"
    for token in opening:
        if token in words.pillars:
            return frozenset({words.pillars[token]})
    return frozenset(stem(t) for t in tokens if t not in words.area_stopwords) or frozenset(tokens)


def _words(area: str | None) -> frozenset[str]:
    """The words of an area, roughly stemmed, without the "the way it" or "how it" that
    may open it ("the way it keeps people safe" is in "effective at keeping people safe")."""
    return frozenset(stem(t) for t in re.findall(r"[a-z]+", (area or "").lower())) - grading_words().area_openers


def _same_area(one: frozenset[str], other: frozenset[str]) -> bool:
    """Two area keys that name one area in other words: "understanding its current and
    likely future demand" and "its understanding of current and future demand" (one holds
    the other, and shares three or more words with it)."""
    shared = one & other
    return len(shared) >= 3 and (shared == one or shared == other)


def _area_within(one: frozenset[str], other: frozenset[str], one_area: str | None, other_area: str | None) -> bool:
    """One area read twice, once cut short or reworded: "tackling serious" and "tackling
    serious and organised crime", "supporting victims" and "supporting all victims of
    crime well" (the content words of one all in the other,
    two or more of them). A count of areas is no area to hold another, and neither is a
    list of quoted names ("'preventing fires' as well as 'protecting the public'"): the
    shorter is then one of the listed areas, graded in its own right."""
    shared = one & other
    if len(shared) < 2 or not (shared == one or shared == other):
        return False
    if any(word.startswith("#") for word in one | other):
        return False
    return not any(QUOTED_LIST_RE.search(area or "") for area in (one_area, other_area))


# The words of the effectiveness pillar named alone ("(overall) effectiveness"), as _words reads them.
PILLAR_ALONE = frozenset({"overall", stem(EFFECTIVENESS)})
PILLAR_KEYS = frozenset(grading_words().pillars.values())  # the area key of a grade given to a pillar by name


def area_count(area: str) -> int | None:
    """The number in a count of areas ("six areas", "five out of six areas"), else None."""
    m = expressions().counted.match(area.strip())
    return count_value(m.group(1)) if m else None


def programme_pillars(subject: str, area: str | None, said: str,
                      before: Callable[[], str] = lambda: "") -> tuple[str, ...]:
    """"the report weighs its effectiveness, efficiency and legitimacy and rates it good in
    all three areas": where the sentence, or one of the sentences just `before` it (read
    only for such a count), names the pillars it then counts, the programmes that grade a
    body on three pillars (PEEL to 2017, the fire inspections) give a grading per pillar. A count nothing near names
    ("a 'Good' rating across all three pillars") stays one grading of the count; so does
    any other area, and a body of no kind the pillars are known for."""
    if not area or not area_expression("programme_pillars").match(area.strip(" " + QUOTES)):
        return ()
    words = grading_words()
    body = gazetteer().get(subject)
    if not body or body.kind not in words.programme_pillars:
        return ()
    for text in (said, before()):
        stems = {w.removesuffix("ly") for w in re.findall(r"[a-z]+", text.lower())}  # "how effectively and efficiently"
        if len({words.pillars[w] for w in stems if w in words.pillars}) >= 2:
            return words.programme_pillars[body.kind]
    return ()


def count_value(word: str) -> int | None:
    """The number a count word or figure says ("seven", "7"), else None."""
    return int(word) if word.isdigit() else grading_words().count_words.get(word.lower())


def in_context(doc: Doc, span: Span) -> str:
    """A bare county name ("West Yorkshire") is its fire and rescue service where its
    sentence (or, for a title line, the words after it) speaks of fire services, not of
    police forces, or where the document speaks of fire more than of police."""
    canonical = span.kb_id_
    police, fire = _word_res()
    if span.label_ != "force" or police.search(span.text):
        return canonical
    sentence = sentence_of(doc, span.start)
    said = text_of(doc)[sentence.start_char : sentence.end_char]
    if police.search(said):
        return canonical
    window = said + text_of(doc)[sentence.end_char : sentence.end_char + 200]
    about_fire = "fire" in (getattr(doc._.meta, "subject_body", None) or "").lower() or mostly_fire(doc)
    if not about_fire and not fire.search(window):
        return canonical
    before = doc[span.start - 1].text if span.start else ""
    return fire_of_area(f"{before} {span.text.strip()}") or fire_of_area(span.text.strip()) or canonical


@lru_cache(maxsize=1)
def _word_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = grading_words()
    return tuple(re.compile(r"\b(?:" + "|".join(map(re.escape, group)) + r")\b", re.I)  # type: ignore[return-value]
                 for group in (words.police_words, words.fire_words))


def mostly_fire(doc: Doc) -> bool:
    """Whether the document speaks of fire more than of police (counted once per doc)."""
    cached = doc.user_data.get(MOSTLY_FIRE_KEY)
    if cached is None:
        text = text_of(doc)
        police, _ = _word_res()
        cached = doc.user_data[MOSTLY_FIRE_KEY] = len(re.findall(r"\bfire\b", text, re.I)) > len(police.findall(text))
    return bool(cached)


@lru_cache(maxsize=None)
def fire_of_area(area: str) -> str | None:
    folded = area.lower()
    return next((b.canonical for b in gazetteer().values()
                 if b.kind == "fire" and (b.area or "").lower() == folded), None)


def class_subject(doc: Doc, start: int, end: int) -> re.Match[str] | None:
    """The class of bodies the words before a grade name as its subject ("The other fire
    services inspected were all", "HMIC identified four forces as"), where they name no body
    and no word there stands for one ("It was one of four forces"): the grade is then given
    to no body named before, only to the bodies the text lists for the class. A place
    inside the class ("All four Yorkshire forces") only says which bodies it holds."""
    text = text_of(doc)
    m = class_of_bodies(text, start, end)
    if m is None or POINTING_RE.search(text, start, end) or \
            any(s.label_ in GROUP_KINDS and not m.start() <= s.start_char < m.end() for s in bodies_in(doc, start, end)):
        return None
    return m


def class_of_bodies(text: str, start: int, end: int, names_too: bool = False) -> re.Match[str] | None:
    """The first class of bodies named between `start` and `end` ("four forces"), not a
    name that ends in a plural ("Her Majesty's Inspectorate of ... Fire & Rescue Services"),
    unless `names_too`: a reader that must only know no class is named at all takes a
    capitalised one too ("only 5 Police Forces in the UK")."""
    for m in _class_of_bodies_re().finditer(text, start, end):
        if names_too or not (m["noun"][0].isupper() and
                             NAME_BEFORE_RE.search(text, max(start, m.start("noun") - 40), m.start("noun"))):
            return m
    return None


@lru_cache(maxsize=1)
def _class_of_bodies_re() -> re.Pattern[str]:
    """A class of bodies with the words before its noun ("the other fire services", "four forces")."""
    return re.compile(rf"\b(?:\w+\s+){{0,3}}?(?P<noun>{alternation(grading_words().body_classes)})\b", re.I)


def bodies_listed_next(doc: Doc, sentence: Span, named_class: re.Match[str]) -> list[Span]:
    """The bodies a class of bodies stands for where the next sentence opens by listing
    them: "They were A, B and C." (every body it names) or "A, B and C were judged ..."
    (two or more, joined as one list, then the verb); as many as the class counts, if it
    counts them ("four forces")."""
    if sentence.end >= len(doc):
        return []
    following = sentence_of(doc, sentence.end)
    text = text_of(doc)
    opener = LIST_OPENER_RE.match(text, following.start_char, following.end_char)
    start = opener.end() if opener else following.start_char
    if opener is not None and opener["pronoun"]:
        listed = [s for s in bodies_in(doc, start, following.end_char) if s.label_ in GROUP_KINDS]
    else:
        listed = joined_bodies(doc, start, following.end_char)
        if listed and not LIST_VERB_RE.match(text, listed[-1].end_char, following.end_char):
            return []
    counts = [n for word in named_class.group().split() if (n := count_value(word)) is not None]
    return listed if len(listed) >= 2 and (not counts or counts[-1] == len(listed)) else []


def joined_bodies(doc: Doc, start: int, end: int) -> list[Span]:
    """The bodies from `start` that form one written list ("A, B and C"): the first right
    at `start`, each next after only commas, "and" or "the"."""
    text = text_of(doc)
    group: list[Span] = []
    position = start
    for span in bodies_in(doc, start, end):
        if span.label_ not in GROUP_KINDS:
            continue
        if CONNECTOR_RE.match(text[position : span.start_char]) is None:
            break
        group.append(span)
        position = span.end_char
    return group


def bodies_in(doc: Doc, start: int, end: int) -> list[Span]:
    """The body spans wholly inside the range, with the place names that stand for a fire
    and rescue service there (`mark_places`); every grading reader finds bodies here."""
    return spans_within(doc, GRADED_BODIES_KEY, start, end)


def mark_places(doc: Doc) -> None:
    """The bodies of the document plus the bare place names that stand for a fire and
    rescue service ("Avon was rated 'inadequate'", "Cornwall, Kent and Surrey") where the
    sector is plain: the sentence speaks of fire and not of police (or the document of
    fire more than of police), and the name is a subject, not after "in" or "across". Only
    the areas no police force is called by are read so; a county that is also a force's
    name is a body already, which `in_context` turns into its fire service."""
    bodies = list(doc.spans[SPANS_KEY])
    taken = [(b.start_char, b.end_char) for b in bodies]
    places = _place_names()
    text = text_of(doc)
    found = []
    for m in places.finditer(text) if places is not None and "fire" in text.lower() else ():
        span = doc.char_span(m.start(), m.end(), label="fire", kb_id=fire_of_area(m.group()) or "", alignment_mode="strict")
        if span is None or not span.kb_id_ or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if is_subject_candidate(span) and _fire_sector(doc, span):
            found.append(span)
    doc.spans[GRADED_BODIES_KEY] = bodies + found


def _fire_sector(doc: Doc, span: Span) -> bool:
    """Whether the sentence around a name speaks of fire and rescue services, not police."""
    police, fire = _word_res()
    sentence = sentence_of(doc, span.start)
    said = text_of(doc)[sentence.start_char : sentence.end_char]
    if police.search(said):
        return False
    window = text_of(doc)[max(0, sentence.start_char - 200) : sentence.end_char + 200]
    return mostly_fire(doc) or fire.search(window) is not None


@lru_cache(maxsize=1)
def _place_names() -> re.Pattern[str] | None:
    """The areas of fire and rescue services that are no body's name on their own."""
    names = {b.area for b in gazetteer().values() if b.kind == "fire" and b.area and b.area not in gazetteer()}
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b(?![\w-])")


def lead_in(text: str) -> bool:
    """A line that leads in a list: it ends in ":", a stray bullet glyph copied from the
    page aside ("we are good at: ·")."""
    return LEAD_IN_RE.search(text) is not None


def own_subject(doc: Doc) -> str | None:
    """The body the document is about: the one its title names (its area's fire and rescue
    service where the document speaks of fire more than of police). Never the file name's:
    a file name is whatever the person who saved it chose, and a body read from it would be
    a guess the evidence column could not show."""
    subject = getattr(doc._.meta, "subject_body", None)
    body = gazetteer().get(subject) if subject else None
    if body is not None and body.kind == "force" and body.area and mostly_fire(doc):
        subject = fire_of_area(body.area) or subject
    return subject


# the words that may stand between a list of areas and the grade it is given ("– judged
# 'inadequate'", "were all rated as"): the list is that grade's subject
_LIST_TO_GRADE_RE = re.compile(r"^[\s,–—)\-" + re.escape(QUOTES) + r"]*(?:(?:"
                               + alternation([*word_set(WORDS_FILE, "list_grade_links"), *grading_words().absolute_fillers,
                                              *grading_words().grading_participles])
                               + r")\s+)*[\s" + re.escape(QUOTES) + r"]*$", re.I)
# what may open a count of areas after its preposition ("all of the", "a further"), at the
# end of the words the two patterns below read before the count
_BEFORE_COUNT = r"(?:(?:all|each|both)\s+(?:of\s+)?)?(?:(?:the|its|their|a\s+further)\s+)?$"
# the words that may stand between a grade and the count of areas it is given ("‘good’ in
# the three main pillars", "“good overall” for the three pillars")
_GRADE_TO_COUNT_RE = re.compile(r"^[\s" + re.escape(QUOTES) + r"]*(?:overall[\s" + re.escape(QUOTES) + r"]*)?(?:(?:"
                                + alternation(grading_words().area_opening_prepositions) + r")\s+)"
                                + _BEFORE_COUNT, re.I)
COUNT_OPENING_RE = re.compile(r"^(?:(?:the|its|their|all|a\s+further)\s+)+", re.I)  # "the three main pillars"
_OPENING_COUNT_RE = re.compile(r"^\W*(?:(?:" + alternation(grading_words().area_opening_prepositions) + r")\s+)?"
                               + _BEFORE_COUNT, re.I)  # "In a further three areas, A, B and C, ..."


def counted_list_areas(text: str, start: int, end: int, grade_start: int, grade_end: int,
                       area: str | None) -> list[str]:
    """For a grade read with no area or only a count of areas (`area`), the areas a count of areas names right after it, as many as it counts ("the three
    pillars of A, B and C", "two areas – A and B –", "three areas where it is outstanding,
    which are A, B and C", "In a further three areas, A, B and C, it was rated"), where the
    grade at `grade_start`..`grade_end` is the one given to them: the grade the list is
    the subject of (only a verb between them, or the count opens the sentence), else the
    grade the count follows (only a preposition between) or whose clause holds the count.
    Each area named is graded (one row per area, the count no row of its own: the count
    only vouches for the list); none when the list names more or fewer than the count."""
    if area is not None and area_count(COUNT_OPENING_RE.sub("", area)) is None:
        return []
    grades = [(start + m.start(), start + m.end()) for m in expressions().grade.finditer(text[start:end])]
    for m in area_expression("counted_list").finditer(text, start, end):
        counted = counted_list(m, IN_SENTENCE_COUNT)
        list_end = counted.end if counted else None
        if counted is None or list_end is None:
            continue
        after = [g for g in grades if g[0] >= list_end]
        before = [g for g in grades if g[1] <= counted.list_start]
        if after and (_LIST_TO_GRADE_RE.match(text[list_end : after[0][0]])
                      or _OPENING_COUNT_RE.match(text[start : counted.start]) and not before):
            owner = after[0]
        elif before and (_GRADE_TO_COUNT_RE.match(text[before[-1][1] : counted.start]) or before[-1][0] >= counted.start):
            owner = before[-1]
        else:
            continue
        if owner[0] < grade_end and grade_start < owner[1]:
            return counted.names
    return []


@dataclass(frozen=True)
class ListReading:
    """One way of reading a counted list: how it is divided into parts (`split`), which
    part is an area's name and not a clause (`is_name`), and the marks cut from each name
    once it has passed (`tidy`)."""
    split: Callable[[str], list[str]]
    is_name: Callable[[str], bool]
    tidy: str = ""


@dataclass(frozen=True)
class CountRule:
    """How one grading shape reads the list its count of areas vouches for. `readings` are
    tried in turn. With `every_part`, each part must be a name and the first reading whose
    parts all are is the list; else the names are the parts before the first that is not
    (what follows is the sentence going on), and a reading whose names miss the count gives
    way to the next. `refuse`: a name that says the list counts something else (another
    grade, bodies), so there is none. `over`, a list longer than its count: "closed" is
    its first parts where "and" joins the last one counted, "cut" its first parts always,
    None no list. `split_known`: a list one part short has a part joining two known areas'
    names split in two. `placed`: every name must stand in the text as written (a name the
    list reader rebuilt has no place, so no end to read)."""
    readings: tuple[ListReading, ...]
    every_part: bool = False
    refuse: Callable[[str], bool] | None = None
    over: Literal["closed", "cut"] | None = None
    split_known: bool = False
    placed: bool = True


@dataclass(frozen=True)
class CountedList:
    """A count of areas and the names it vouches for, as many as it counts: one row per
    name for the grade the list belongs to, and no row for the count."""
    count: int
    names: list[str]
    places: list[tuple[int, int]]  # where each name stands in the text read (none where the rule reads no places)
    start: int  # where the count's phrase starts
    list_start: int  # where its list starts

    @property
    def end(self) -> int | None:
        """Where the last name ends: what follows is the sentence going on. None where the
        list has no places (a rule with `placed` False keeps a name the list reader rebuilt,
        "preventing crime" out of "preventing and investigating crime"), so a caller must say
        what a list with no end means rather than fail on it."""
        return self.places[-1][1] if self.places else None


_ALL_COUNTED = ("all", "both")  # counts that say "as many as the list names"


def counted_list(m: re.Match[str] | None, rule: CountRule, count: str | None = None) -> CountedList | None:
    """The one reader of "a count of areas vouches for a list of that many names": `m`, a
    match of a count pattern (counted_list, count_named, count_listed) with a `list` group
    and, unless the count is read apart (`count`: "three 'good' ratings, for A, B and C"),
    a `count` group, read by `rule`. None where the list names more or fewer than the
    count (two at least), or where the rule asks for places and a name has none."""
    if m is None:
        return None
    word = m["count"] if count is None else count
    listed = m["list"]
    named: list[str] = []
    for reading in rule.readings:
        parts = reading.split(listed)
        want = len(parts) if word.lower() in _ALL_COUNTED else count_value(word)
        if not want or want < 2:
            continue
        if rule.every_part:
            if not all(reading.is_name(part) for part in parts):
                continue
            named = parts
        else:
            named = list(takewhile(reading.is_name, parts))
        named = [part.strip(reading.tidy) for part in named] if reading.tidy else named
        if rule.refuse is not None and any(rule.refuse(part) for part in named[:want]):
            return None
        named = _fit_to_count(named, want, listed, rule)
        if named or rule.every_part:
            break
    if not named:
        return None
    places = placed_parts(m.string, named, m.start("list"))
    if places is None and rule.placed:
        return None  # a name the list reader rebuilt: not the list as written, so no list
    return CountedList(len(named), named, places or [], m.start(), m.start("list"))


def _fit_to_count(named: list[str], want: int, listed: str, rule: CountRule) -> list[str]:
    """The names that meet the count `want` (see `CountRule` for the shapes), else none."""
    if len(named) == want:
        return named
    if len(named) > want:
        closed = rule.over == "closed" and _closes_list(listed, named[want - 2], named[want - 1])
        return named[:want] if rule.over == "cut" or closed else []
    split = _split_to_count(named, want) if rule.split_known else named
    return split if len(split) == want else []


def _closes_list(listed: str, last_but_one: str, last: str) -> bool:
    """Whether "and" joins the last two parts counted, so that the list ends with them; not
    where either part is one the list reader rebuilt, so is not in the list as written."""
    placed = placed_parts(listed, [last_but_one, last])
    return placed is not None and re.search(r"\band\b|&", listed[placed[0][1] : placed[1][0]]) is not None


def _split_to_count(named: list[str], want: int) -> list[str]:
    """A list one part short of its count ("three areas – A, B and C" read as A and "B
    and C" because "B and C" is also one assessment area's name): the count says which
    reading the writer meant, so a part joining two known area names is split in two."""
    known = grading_words().known_areas
    split: list[str] = []
    for index, part in enumerate(named):
        halves = [h.strip(" .\n") for h in re.split(r"\s+and\s+", part, maxsplit=1)]
        short = len(split) + len(named) - index < want  # parts so far and still to come
        split.extend(halves if short and len(halves) == 2 and all(h.lower() in known for h in halves) else [part])
    return split if len(split) == want else named


def list_name(part: str, words: int | None = None) -> bool:
    """A list part that may be an area's name: at most `words` words (a list part's length
    unless a rule asks for fewer) and no clause. The one test of a name's length and
    clause the list readers share (grading_lists.short_name is another test: it reads an
    area's own name, its shared activities left out)."""
    return not CLAUSE_PART_RE.search(part) and len(part.split()) <= (LIMITS.list_part_words if words is None else words)


def _names_other(part: str) -> bool:
    """A name that is a grade or a body: "two areas, 'adequate' in three" counts other
    grades, "including A Service and B Service" bodies, so the count vouches for no areas."""
    return bool(expressions().grade.search(part) or find_bodies(part))


# "the three pillars of A, B and C" anywhere in a sentence: the list read as its areas'
# own names first ("ensuring fairness and promoting diversity" one area), else as the
# commas and "and" divide it, closing where "and" joins the last part counted ("A, B and
# C, Kent Police received ...": what follows is the sentence going on)
IN_SENTENCE_COUNT = CountRule((ListReading(split_areas, list_name, " ," + QUOTES),
                               ListReading(list_parts, list_name, " ," + QUOTES)),
                              refuse=_names_other, over="closed")
# "in all three inspection areas (A, B and C)", "in three others – A, B and C" right after a
# grade: as many parts as the count says (a clause after the list, or a part opening a
# clause set against the one before, is no area), a part joining two known names split
# where the list is one short
NAMES_AFTER_COUNT = CountRule((ListReading(lambda listed: list_parts(listed.rstrip(" ." + QUOTES)),
                                           lambda part: list_name(part) and not OTHER_CLAUSE_RE.match(part)),),
                              over="cut", split_known=True)
