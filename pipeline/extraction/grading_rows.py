"""Gradings stated as rows or lines rather than sentences: a lead-in ("Norfolk received the
following gradings:") or short heading over grade lines, each heading the area lines (or
the lines of bodies) under it; a judgements table's rows, also flattened to lines ("Kent
Police | Good", "Area - good", "good at area", an area line then its grade line); and a
line that is only a grade under the question or area it answers. `GradingExtractor`
reads these first, so a phrase inside one is not read again as a sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from crosswalk.extraction.extensions import text_of
from crosswalk.extraction.grading_common import (CARRY_KINDS, CLAUSE_PART_RE, GROUP_KINDS, LIST_GLYPH_RE, LIST_LINE_JOIN_RE,
                                                 bodies_in, in_context, lead_in, own_subject, without_label)
from crosswalk.extraction.grading_lists import list_parts, pillar_pair
from crosswalk.extraction.grading_vocabulary import LIMITS, expressions, grade_name, grading_words
from crosswalk.model import Grading
from crosswalk.quote_marks import QUOTES
from crosswalk.resources import word_set

EXTRACTION_WORDS = "extraction_words.json"  # the small words of an area's name
QUESTION_OPENER_RE = re.compile(r"^how\s+(?:\w+\s+){0,2}?(?:is|are|does|do)\s+(?:the|its|this|our)\s+\w+\s+(?:at\s+|in\s+)?",
                                re.I)  # "How effective is the force at", heading the area it asks about


def line_gradings(doc: Doc) -> list[Grading]:
    """The gradings stated as rows or lines rather than sentences: heading lists, table
    rows, then rows flattened to lines (not the lines a heading list took)."""
    headed = _heading_lists(doc)
    taken = {g.start for g in headed}
    return headed + _table_gradings(doc) + _line_rows(doc, taken)


def _heading_lists(doc: Doc) -> list[Grading]:
    """"Norfolk received the following gradings:" (or a short heading such as "Our
    judgements" right over a grade line) then grade lines, each heading the area lines
    under it (a judgements table flattened to lines)."""
    expr = expressions()
    text = text_of(doc)
    blocks = list(doc._.blocks)
    found: list[Grading] = []
    for index, (start, end, _) in enumerate(blocks):
        lead = text[start:end].strip()
        if not any(noun in lead.lower() for noun in grading_words().grade_nouns):
            continue
        headed = index + 1 < len(blocks) and expr.grade_line.match(text[blocks[index + 1][0] : blocks[index + 1][1]].strip())
        listed = headed and index + 2 < len(blocks) and blocks[index + 2][2] == "list_item"
        if not lead_in(lead) and not (headed and (listed or len(lead.split()) <= 6 and not lead.endswith((".", "?", "!")))):
            continue  # a lead-in ending in ":", a short heading ("Our judgements") right over a grade
            # line, or a paragraph on the grades right over a grade line heading a list of areas
        subjects = [s for s in bodies_in(doc, start, end) if s.label_ in GROUP_KINDS]
        subject = in_context(doc, subjects[-1]) if subjects else own_subject(doc)
        grade = None
        rows: list[Grading] = []
        for b_start, b_end in _heading_list_units(doc, blocks[index + 1 :]):
            line = text[b_start:b_end].strip()
            heading = expr.grade_line.match(line)
            if heading:
                grade = grade_name(heading.group(1))
                continue
            if _joined_grade(line):
                rows = []  # "Good", "Requires Improvement or", "Inadequate": the scale listed, no one graded
                break
            if grade is None:
                break
            named = _line_of_bodies(doc, b_start, b_end)
            if named:  # "HMIC graded forces as follows:", ":: Good", "Cheshire, Dorset and Kent"
                rows.extend(Grading(in_context(doc, body), grade, None, line, b_start, b_end,
                                    "grading-heading-bodies") for body in named)
                continue
            if subject is None or len(line.split()) > 12 or line.endswith("."):
                break
            rows.append(Grading(subject, grade, line, line, b_start, b_end, "grading-heading-list"))
        found.extend(rows)
    return found


def _joined_grade(line: str) -> bool:
    """Whether a list line is a grade joined to the next as a series is ("Requires Improvement
    or", "Good and"): the lines are the points of a scale or a choice, not grades heading areas.
    A line that is only a grade and punctuation ("Good,", "Requires Improvement;") is read by
    `grade_line` before it comes here, so only the joining word tells the scale."""
    if line.endswith("."):
        return False
    bare = LIST_LINE_JOIN_RE.sub("", LIST_GLYPH_RE.sub("", line)).strip()
    return bare != line and expressions().grade_line.match(bare) is not None


def _line_rows(doc: Doc, taken: set[int]) -> list[Grading]:
    """A judgements table flattened to lines: "Kent Police | Good" (cells split by a bar
    or a tab), "Area - good" lines, "good at area" list lines, or an area line followed
    by its grade line, at least twice in a row."""
    expr = expressions()
    text = text_of(doc)
    blocks = [(s, e) for s, e, kind in doc._.blocks if kind != "table_row" and s not in taken]
    cells, whole = _cell_rows(doc, blocks)
    found = []
    for start, end, label, grade_cell in cells + _label_grade_line_pairs(text, blocks):
        grade = grade_name(expr.grade.search(grade_cell).group(1))  # type: ignore[union-attr]
        bodies = [s for s in bodies_in(doc, start, end) if s.label_ in GROUP_KINDS]
        if bodies and bodies[0].text.strip(" " + QUOTES) == label:
            found.append(Grading(in_context(doc, bodies[0]), grade, None, text[start:end], start, end, "grading-line-row"))
            continue
        earlier = [s for s in bodies_in(doc, max(0, start - 3000), start) if s.label_ in CARRY_KINDS]
        subject = in_context(doc, earlier[-1]) if earlier else own_subject(doc)
        if not subject:
            continue
        for row_label, row_grade in _unglued(label, grade):
            # "Treatment of the public, managing offenders - adequate": a row per area
            areas = (pillar_pair(row_label) or [row_label]) if start in whole else _label_areas(row_label)
            found.extend(Grading(subject, row_grade, area, text[start:end], start, end, "grading-line-row")
                         for area in areas)
    return found


def _table_gradings(doc: Doc) -> list[Grading]:
    """"Investigating crime | Requires improvement" rows of a judgements table: the
    grade is a cell of its own, the other cell an area (the subject the document's
    force) or a body ("Kent Police | Good")."""
    expr = expressions()
    own = own_subject(doc)
    found = []
    for start, end, kind in doc._.blocks:
        if kind != "table_row":
            continue
        cells = [c.strip(" " + QUOTES) for c in text_of(doc)[start:end].split("\n")]
        grades = [c for c in cells if expr.grade_line.match(c)]
        others = [c for c in cells if c and c not in grades]
        if len(grades) != 1 or len(others) != 1:
            continue
        grade = grade_name(expr.grade_line.match(grades[0]).group(1))  # type: ignore[union-attr]
        bodies = [s for s in bodies_in(doc, start, end) if s.label_ in GROUP_KINDS]
        if bodies and bodies[0].text.strip(" " + QUOTES) == others[0]:
            found.append(Grading(in_context(doc, bodies[0]), grade, None, text_of(doc)[start:end], start, end,
                                 "grading-table-row"))
        elif own is not None:
            found.append(Grading(own, grade, others[0], text_of(doc)[start:end], start, end, "grading-table-row"))
    return found


DATE_LINE_RE = re.compile(r"^\W*(?:[A-Za-z]+\s+){0,3}(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\W*$")
# "How well ...? Good": a question, then the cell after it; the question opens after the last
# sentence before it on the line ("The force was inadequate in 2019. How well ...? Good"), at a
# stop before a capital ("e.g. its staff" inside the question is no break)
ANSWERED_QUESTION_RE = re.compile(r"(?:(?P<before>.*[.!?][\"”’')]*)\s+(?=\W*[A-Z]))?(?P<question>[^?]+\?)\s+")
Line = tuple[int, int, str]  # (start, end, text without the cell bars around it) of a line that holds words


def _content_lines(text: str) -> list[Line]:
    """The lines of a text that hold words, with their offsets; a table flattened with bars
    is read cell by cell ("How well ...? | Good | How well ...? | Requires improvement |"
    joined on one line is four lines), without the bars, and so is a question with its grade
    after it on one line ("How well does it plan ahead? Good", a table laid
    out with spaces, which ingest closes up)."""
    lines = []
    for m in re.finditer(r"[^\n|]+", text):
        if re.search(r"\w", m.group()):
            lead = len(m.group()) - len(m.group().lstrip())
            start, end = m.start() + lead, m.start() + len(m.group().rstrip())
            asked = ANSWERED_QUESTION_RE.match(text, start, end)
            if asked and expressions().grade_line.match(text[asked.end() : end]):
                if asked["before"]:  # the sentences before the question are a line of their own
                    lines.append((start, asked.end("before"), asked["before"]))
                lines.append((asked.start("question"), asked.end("question"), asked["question"]))
                start = asked.end()
            lines.append((start, end, text[start:end]))
    return lines


def bare_grade_lines(doc: Doc, read: list[Grading], stated: list[Grading]) -> list[Grading]:
    """A line that is only a grade ("Good", "Requires improvement |") under the line that
    names what it grades: a question an inspection page answers ("How well does the
    service promote its values and culture?") or an area's name, a date line between them
    aside ("Last updated ..."). The body is the one the label names, else the one named
    before, else the one the document is about. Not a line of a grade scale (a grade line
    next to another), not a line a table or list reading took, and not where the section
    under the line states the same grade in prose (the page's summary then grades it)."""
    grade_line = expressions().grade_line
    lines = _content_lines(text_of(doc))
    taken = [(g.start, g.end) for g in read]
    read_lines = {i for i, (start, _, _) in enumerate(lines) if any(s <= start < e for s, e in taken)}
    bare = [i for i, (_, _, words) in enumerate(lines) if grade_line.match(words)
            and not read_lines & {i - 1, i, i + 1}]  # nor a grade heading the lines a list reading took
    found = []
    for n, i in enumerate(bare):
        if (i - 1 in bare) or (i + 1 in bare):
            continue  # a scale ("Outstanding / Good / ...") or a column of grades
        start, end, words = lines[i]
        label = _bare_line_label(lines[:i])
        subject = _bare_line_subject(doc, start, label)
        section_end = _summary_end(lines, i, lines[bare[n + 1]][0] if n + 1 < len(bare) else len(text_of(doc)))
        grade = grade_name(grade_line.match(words).group(1))  # type: ignore[union-attr]
        if label is None or subject is None or any(g.grade == grade and not g.historic and (
                end <= g.start < section_end or _names_label(g.area, label[1])) for g in stated):
            continue
        found.append(Grading(subject, grade, label[1], words, start, end, "grading-bare-line"))
    return found


def _stems(words: str) -> set[str]:
    return {w[:4] for w in re.findall(r"[a-z]{3,}", words.lower()) if w not in SMALL_WORDS}


def _names_label(area: str | None, label: str) -> bool:
    """A grading stated in prose whose area is the one a bare grade line's label names (a
    page's summary above its judgement lines): most of the label's words, stems compared."""
    wanted = _stems(label)
    return bool(area and wanted) and len(wanted & _stems(area or "")) * 5 >= len(wanted) * 3


def _summary_end(lines: list[Line], index: int, limit: int) -> int:
    """Where the summary under a bare grade line ends: its first paragraph (the first line
    of running prose below it), which restates the grade when the page details it."""
    for start, end, words in lines[index + 1 :]:
        if start >= limit:
            break
        if len(words.split()) >= LIMITS.summary_words:
            return end
    return limit


def _bare_line_label(above: list[Line]) -> tuple[int, str] | None:
    """The label a bare grade line grades, as (its start, the area it names): the last cell
    of the line above (a date line skipped), when it is a question or a short name, not a
    sentence, a lead-in, or a line that itself states a grade."""
    above = [line for line in above[-2:] if not DATE_LINE_RE.match(line[2])]
    if not above:
        return None
    start, _, words = above[-1]
    label = words.strip(QUOTES)
    question = label.endswith("?")
    asked = QUESTION_OPENER_RE.sub("", label.rstrip("?").strip()) if question else label
    if expressions().grade.search(asked) or not (question and len(label.split()) <= 35 or _is_label(label)):
        return None
    return start, asked


def _bare_line_subject(doc: Doc, start: int, label: tuple[int, str] | None) -> str | None:
    """The body a bare grade line grades: one its label names, else the one named last
    before it, else the one the document is about, else the first named after it."""
    if label is None:
        return None
    named = [s for s in bodies_in(doc, label[0], start) if s.label_ in GROUP_KINDS]
    earlier = named or [s for s in bodies_in(doc, max(0, start - 3000), start) if s.label_ in CARRY_KINDS]
    if earlier:
        return in_context(doc, earlier[-1])
    own = own_subject(doc)
    if own is not None:
        return own
    later = [s for s in bodies_in(doc, start, start + 1500) if s.label_ in CARRY_KINDS]
    return in_context(doc, later[0]) if later else None


@lru_cache(maxsize=1)
def _bulleted_grade_re() -> re.Pattern[str]:
    """A grade after a bullet glyph ("::", "•") inside a paragraph: a grade line run in."""
    return re.compile(rf"(?:::|[•·▪])\s*[{QUOTES}]?(?=({grading_words().grade_alternation})\b)", re.I)


BODY_LIST_GLUE_RE = re.compile(r"^[\s,;]*(?:and\s+)?(?:[A-Z][\w'&-]*\s*){0,3}[\s,;]*(?:and\s*)?$")


def _heading_list_units(doc: Doc, blocks: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The units read under a grading lead-in: each block, or, for a block that opens on a
    line of bodies, its pieces cut at each bulleted grade inside it (a league table of
    forces whose grade lines the page ran into one paragraph: "Cheshire, Kent :: Requires
    improvement Devon and Cornwall")."""
    text = text_of(doc)
    units: list[tuple[int, int]] = []
    for start, end, _ in blocks:
        bullets = [(start + m.start(), start + m.end()) for m in _bulleted_grade_re().finditer(text[start:end])
                   if m.start() > 0]
        if not bullets or not _line_of_bodies(doc, start, bullets[0][0]):
            units.append((start, end))
            continue
        units.append((start, bullets[0][0]))
        for (left, grade_at), (right, _) in zip(bullets, [*bullets[1:], (end, end)]):
            heading = expressions().grade.match(text, grade_at)
            if heading:  # the bulleted grade, then the bodies after it
                units.extend([(left, heading.end()), (heading.end(), right)])
    return units


def _line_of_bodies(doc: Doc, start: int, end: int) -> list[Span]:
    """The bodies a line under a grade heading is made of, where it is nothing but bodies
    joined by commas and "and" ("Avon & Somerset, Cheshire and Kent"): a league table of
    forces flattened to a grade line and the line of the forces given it."""
    text = text_of(doc)
    bodies = [s for s in bodies_in(doc, start, end) if s.label_ in GROUP_KINDS]
    if len(bodies) * 2 < len(re.split(r",|;|\s+and\s+", text[start:end])):
        return []  # a name or two the gazetteer does not hold may stand among the bodies, not more
    position = start
    for body in bodies:
        if not BODY_LIST_GLUE_RE.match(text[position : body.start_char]):
            return []
        position = body.end_char
    return bodies if bodies and BODY_LIST_GLUE_RE.match(text[position:end].rstrip(".")) else []


def _label_areas(label: str) -> list[str]:
    """The areas of a row's label ("in A, as well as B"), split only where the label is a
    written list (commas or semicolons, or "and" between two areas' names): "Treating the
    public with fairness and respect" is one cell, one area; a label that is an assessment
    area's name in other small words ("engaging and treating the public with fairness",
    the name having "engaging with and treating ...") is one area, and so is the area a
    question names ("How effective is the force at A? (Good)")."""
    label = re.sub(r"^(?:in|at|for)\s+", "", QUESTION_OPENER_RE.sub("", label.strip()), flags=re.I)
    label = re.sub(r"\s*\([^)]*\)", "", label).strip() or label  # "Efficiency (how we manage our finances)": the gloss is no area
    if label.lower() in grading_words().known_areas or _content_words(label) in _known_by_content():
        return [label]
    if pair := pillar_pair(label):  # "effectively and efficiently keeping people safe - requires improvement"
        return pair
    parts = [re.sub(r"^(?:in|at|for|as\s+well\s+as)\s+", "", p, flags=re.I) for p in list_parts(label)]
    if not re.search(r"[,;]", label) and not all(p.lower() in grading_words().known_areas for p in parts):
        return [label]  # a cell names one area; a written list ("A, B and C - adequate", "A and B", both names) several
    return parts


SMALL_WORDS = word_set(EXTRACTION_WORDS, "small_words")


def _content_words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[\w&-]+", name.lower()) if w not in SMALL_WORDS)


@lru_cache(maxsize=1)
def _known_by_content() -> frozenset[frozenset[str]]:
    """The content words of each assessment area's name that has more than one."""
    return frozenset(c for c in map(_content_words, grading_words().known_areas) if len(c) >= 2)


def _unglued(label: str, grade: str) -> list[tuple[str, str]]:
    """The rows of a line that holds more than one "area - grade" pair ("Area A - good.
    Area B - adequate", a list whose line break was lost): each
    area with the grade written after it, the last with the line's own grade."""
    rows = []
    while m := expressions().glued_row.match(label):
        rows.append((m["label"].strip(" " + QUOTES), grade_name(m["grade"])))
        label = m["rest"]
    return [*rows, (label, grade)]


def _is_label(line: str, words: int = 12) -> bool:
    """A short line that names an area or a body: a table cell, not a sentence."""
    return 0 < len(line.split()) <= words and not line.endswith((".", ":", "?", "!"))


Row = tuple[int, int, str, str]  # (start, end, label cell, grade cell) of a line read as a table's row


def _cell_rows(doc: Doc, blocks: list[tuple[int, int]]) -> tuple[list[Row], set[int]]:
    """Lines that are a row on their own: "Kent Police | Good" (cells split by a bar or a
    tab), and runs of "Area - good", "Area? (Good)" or unquoted "good at area" lines; with
    the starts of the "good at area" rows, whose area is one phrase (as in a sentence)."""
    expr = expressions()
    text = text_of(doc)
    rows: list[Row] = []
    dashed: list[Row] = []  # a run of "Area - grade" lines
    whole: set[int] = set()
    for start, end in blocks:
        line = without_label(text[start:end].strip())
        cells = [c.strip(" " + QUOTES) for c in re.split(r"\s\|\s|\t", line)]
        grades = [c for c in cells if expr.grade_line.match(c)]
        others = [c for c in cells if c and c not in grades]
        if len(cells) == 2 and len(grades) == 1 and len(others) == 1:
            rows.append((start, end, others[0], grades[0]))
            continue
        phrased = expr.grade_at_label.match(line)
        row = expr.label_grade.match(line) or expr.grade_label.match(line) or phrased or _spaced_row(line)
        if row and _is_label(row["label"].rstrip(" ?" + QUOTES), words=25) and \
                not expr.grade_line.match(row["label"]):  # a question a page answers is a label too
            if dashed and dashed[-1][1] < start and text[dashed[-1][1] : start].strip():
                rows.extend(_runs_of_rows(doc, dashed))
                dashed = []
            dashed.append((start, end, row["label"].strip(" ?" + QUOTES), row.groupdict().get("grade") or row["bracketed"]))
            if row is phrased:
                whole.add(start)
    return rows + _runs_of_rows(doc, dashed), whole


def _spaced_row(line: str) -> re.Match[str] | None:
    """"Protecting vulnerable people Good": a judgements table whose cells were flattened
    to one space, the grade capitalised at the line's end and the label a name, not a
    clause; read only in a run of such lines, as the other row shapes."""
    row = expressions().spaced_row.match(line)
    if row is None or not row["grade"][0].isupper():
        return None
    name = re.sub(r"\([^)]*\)", " ", row["label"])  # "Efficiency (how we manage our finances) Good": the name before the gloss
    if CLAUSE_PART_RE.search(name):
        return None
    said = set(re.findall(r"\w+", name.lower()))
    return None if said & {"as", "be", *grading_words().grading_participles} else row  # "rated us as Good": a sentence


def _label_grade_line_pairs(text: str, blocks: list[tuple[int, int]]) -> list[Row]:
    """An area line followed by a line that is only its grade, at least twice in a row."""
    expr = expressions()
    rows: list[Row] = []
    run: list[Row] = []
    i = 0
    while i + 1 < len(blocks):
        (a_start, a_end), (b_start, b_end) = blocks[i], blocks[i + 1]
        label, grade = text[a_start:a_end].strip(), text[b_start:b_end].strip()
        if expr.grade_line.match(grade) and not expr.grade_line.match(label) and _is_label(label):
            run.append((a_start, b_end, label, grade))
            i += 2
            continue
        if len(run) >= 2:
            rows.extend(run)
        run = []
        i += 1
    if len(run) >= 2:
        rows.extend(run)
    return rows


def _runs_of_rows(doc: Doc, rows: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """"Area - grade" lines read as a judgements table: two or more in a row, or one whose
    label is a body, an assessment area's name, a pillar or a grade noun ("Overall
    judgement: Inadequate"); a line of prose may end in " - good"."""
    if len(rows) >= 2:
        return rows
    words = grading_words()
    return [(start, end, label, grade) for start, end, label, grade in rows
            if label.lower() in words.known_areas or label.lower() in words.pillars
            or any(w in words.grade_nouns for w in re.findall(r"\w+", label.lower()))  # "Overall judgement: Inadequate"
            or any(s.label_ in GROUP_KINDS and s.text.strip(" " + QUOTES) == label for s in bodies_in(doc, start, end))]
