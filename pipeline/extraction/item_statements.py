"""Items restated sentence by sentence in the running text of responses and news (a report's
running text explains findings; it states its items under headings): a named body, or a
reported "the force", with a directive; a block that is one quoted finding; a quotation
opened by its speaker; national bodies told what they "should" do. A story's "must" and
"needs to" sentences and its closing summary are its account of the findings, not items.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Span, Token

from crosswalk.extraction.item_directing import (
    FIRST_PERSON, FRAME_RULE, INSPECTORATE_WORDS, SHOULD_DIRECTIVES, WEAK_DIRECTIVES, entry_type, first_sentence_directs,
    first_token, is_anaphor, recommends,
)
from crosswalk.extraction.item_grammar import AUXILIARIES, CLAUSE_OPENERS, DIRECTING_MODALS, WH_WORDS
from crosswalk.extraction.item_kinds import kinds_in
from crosswalk.extraction.item_reading import DETERMINERS, GRAMMAR_FILE, LIMITS, Context, Unit, clean_bounds, item_words
from crosswalk.extraction.sentences import sentences_in
from crosswalk.extraction.subjects import bodies_in, subjects_in
from crosswalk.model import ANSWER_TYPES
from crosswalk.quote_marks import CLOSING_MARKS, OPENING_MARKS, QUOTES, open_quotations
from crosswalk.resources import word_set

MUST_DIRECTIVE = "directive-must"  # "X must ensure ...": in a response, the responder's own demand unless reported
AGENTLESS_RE = re.compile(r"^(?P<subject>[A-Z][^.;:!?]{3,90}?)\s(?:should|must|to)\s+be\s+(?:[a-z]+ly\s+)?"
                          r"(?:[a-z]+ed|[a-z]+en|made|put|set|held|kept|done|shown|built|sent|paid|taught)\b")
QUOTE_OPENED_RE = re.compile(r":\s*[" + OPENING_MARKS + r"]\s*")  # 'The inspector said: “'
QUOTE_TAIL_RE = re.compile(r"[" + CLOSING_MARKS + r"],?\s+[a-z]")  # '...," they added.'
# "However, the force should ...": a link to the sentence before, shared with quotes (the attribution "But she added:")
CONNECTIVES = word_set("quote_words.json", "connectives")
GENERIC_OPENING_RE = re.compile(r"^\W*(?:a|an|any|every)\s", re.I)  # "“A force that ...": any body, not this one
QUOTE_CLOSED_RE = re.compile(r"[”\"]|’(?![A-Za-z])")  # a closing mark, not the apostrophe of "service’s"
NATIONAL_SUBJECT_OPENERS = word_set(GRAMMAR_FILE, "national_subject_openers")  # words before a national subject that open its clause
NATIONAL_JOINING_WORDS = word_set(GRAMMAR_FILE, "national_joining_words")  # "the", "and", "its" between national subjects: no partner
WRITER_OBJECTS = word_set(GRAMMAR_FILE, "writer_objects")  # "The force should report to me": the writer's ask
WRITER_ASKING_VERBS = word_set(GRAMMAR_FILE, "writer_asking_verbs")  # "I have asked him for the following:"
PRONOUN_SUBJECTS = {"it", "they"}  # "was told that it should ...": the subject of a reported clause that points back
RUN_ON_OPENER_RE = re.compile(r"\bThe (?:force|service|constabulary|Service|Force|Constabulary) (?:should|must|Should|Must)\b")
# ", the police inspectorate has said." closing a sentence: at most six words after its last comma.
SUMMARY_TAIL_RE = re.compile(r",\s+(?P<tail>(?:[\w’'-]+\s+){1,5}[a-z]+)\s*[.!]?[" + CLOSING_MARKS + r"]?\s*$")
RELATIVE_PRONOUNS = word_set(GRAMMAR_FILE, "relative_pronouns")  # a modal after one describes, it does not direct
MODAL_WORDS = DIRECTING_MODALS | word_set(GRAMMAR_FILE, "other_modals")  # a clause with one is a directive
# Words that make what comes before an agentless "to be" a clause, not an entry's noun phrase:
# a modal ("needed to be looked at": a report) or a wh-word ("the decision about how much money should be raised").
CLAUSE_MAKING_WORDS = MODAL_WORDS | word_set(GRAMMAR_FILE, "past_modals") | WH_WORDS


def statements(ctx: Context, unit: Unit, previous: Unit | None, taken: list[tuple[int, int]]) -> None:
    """A named body (or a reported "the force") with a directive, or a block that is
    one quoted finding."""
    doc, text = ctx.doc, unit.text
    directives = ctx.directives_in(unit.start, unit.end)
    quoted = text.rstrip(".").strip()[:1] in QUOTES and text.rstrip(".").strip()[-1:] in QUOTES
    if quoted and len(text.split()) >= LIMITS.quoted_finding_min_words:
        subjects = subjects_in(doc, unit.start, directives[0].start_char if directives else unit.end)
        if subjects and directives and first_sentence_directs(ctx, unit):  # a finding explains before it prescribes
            if not _weak(directives[0], bodies_in(doc, unit.start, unit.end), subjects[0], ctx):
                ctx.builder.add(_statement_type(directives, subjects[0], ctx.concern_subjects), unit.start, unit.end,
                                "item-quoted-statement", subjects[0])
            return
        if subjects and previous is not None and any(
                s.label_ == "innovative_practice" for s in ctx.types_in(previous.start, previous.end)):
            # A quoted finding after a mention of innovative practice is that practice.
            ctx.builder.add("innovative_practice", unit.start, unit.end, "item-quoted-practice", subjects[0])
            return
        if not ctx.is_press or GENERIC_OPENING_RE.match(text):
            return
        # A news story's quoted paragraph that is no one finding (an inspector's quoted
        # paragraphs glued together, each opening with its own quote mark; "They should
        # ..." after the finding it follows): its sentences are read one by one, as the
        # paragraphs of a quotation are. One that opens on "A fire and rescue service
        # that ... should" says what any body should do, not this one.
    sentences = sentences_in(doc, unit.start, unit.end)
    if (unit.kind == "list_item" or ctx.is_register) and sentences and _agentless_prescription(sentences[0].text):
        # A bullet (or a register's paragraph) that opens "Detainee care should be improved
        # ..." or "Guidance to be issued to forces ...": an action-register entry restating a
        # recommendation; the sentences after it report progress on it.
        ctx.builder.add("recommendation", sentences[0].start_char, sentences[0].end_char, "item-register-entry",
                        ctx.own_body)
        return
    before = len(ctx.builder.items)
    alone = _standing_directive(ctx, unit, sentences)
    for sentence in sentences:
        _sentence_statement(ctx, sentence, directives, taken, alone)
    if ctx.is_register or (unit.kind == "paragraph" and any(s.label_ == "all" for s in bodies_in(doc, unit.start, unit.end))
                           and ctx.builder.every_sentence(before, sentences)):
        ctx.builder.join_entry(before)


def _agentless_prescription(sentence: str) -> bool:
    """A noun phrase, then "should/must/to be" and a participle, with no verb before it."""
    match = AGENTLESS_RE.match(sentence.strip())
    return match is not None and not any(w.lower() in AUXILIARIES or w.lower() in CLAUSE_OPENERS
                                         or w.lower() in CLAUSE_MAKING_WORDS
                                         for w in re.findall(r"[A-Za-z]+", match["subject"]))


def _standing_directive(ctx: Context, unit: Unit, sentences: list[Span]) -> bool:
    """A paragraph that is one sentence opening "The service should ..." (a tracker's or an
    action plan's entry, set out a line of its own between its updates): the response
    restates an item, though it names its body only as "the service". A numbered or
    bulleted line stands so too when it is set alone between paragraphs ("1. The force
    should ...", then the answer): a list of such lines with no lead-in (a story's run of
    graded findings, "- The service needs to ...") is a summary, not the items."""
    worded = [s for s in sentences if any(t.is_alpha for t in s)]
    if len(worded) != 1 or unit.kind not in ("paragraph", "list_item"):
        return False
    start = clean_bounds(ctx.text, unit.start, unit.end)[0]
    if RUN_ON_OPENER_RE.match(ctx.text, start) is None:
        return False  # first the opener: the neighbour tests below walk the units, so only a directive's line pays for them
    if unit.kind == "list_item" and not _set_alone(ctx, unit):
        return False
    # "I have asked him for the following: 1. The force should report to me ...": the writer's ask
    return not (any(t.lower_ in WRITER_OBJECTS for t in worded[0]) or _after_writers_lead_in(ctx, unit))


def _after_writers_lead_in(ctx: Context, unit: Unit) -> bool:
    """The unit before this one is the writer's own lead-in: it has "I" or "we", an asking
    verb or a word of the writer as object ("me", "my"), and ends on a colon or on "the
    following" ("I have asked him for the following"): what follows is what the writer
    asks, not an item the response restates. A lead-in that only introduces ("We have
    set out our response to each recommendation below:") asks nothing."""
    index = ctx.index_of(unit)
    if not index:
        return False
    lead = ctx.units[index - 1].text.strip()
    words = re.findall(r"[A-Za-z]+", lead.lower())
    return (lead.endswith(":") or words[-2:] == ["the", "following"]) and any(w in FIRST_PERSON for w in words) \
        and any(w in WRITER_ASKING_VERBS | WRITER_OBJECTS for w in words)


def _set_alone(ctx: Context, unit: Unit) -> bool:
    """A list item whose neighbouring units are no list items: one numbered line between
    paragraphs (an item restated over its answer), not a line of a list."""
    index = ctx.index_of(unit)
    if index is None:
        return False
    neighbours = ctx.units[max(index - 1, 0) : index] + ctx.units[index + 1 : index + 2]
    return all(u.kind != "list_item" for u in neighbours)


def _sentence_statement(ctx: Context, sentence: Span, directives: list[Span], taken: list[tuple[int, int]],
                        alone: bool = False) -> None:
    doc = ctx.doc
    inside = [d for d in directives if sentence.start_char <= d.start_char < sentence.end_char
              and not any(s <= d.start_char < e for s, e in taken)]
    directive = next((d for d in inside if d.label_ in ("DIRECTIVE", "PASSIVE")), None)
    if directive is None or (directive.start > 0 and doc[directive.start - 1].lower_ in RELATIVE_PRONOUNS | FIRST_PERSON):
        return  # "a rating which should give confidence", "evidence that should inform": a description; "we should": the writer's own
    if any(k.start_char <= directive.start_char < k.end_char for k in kinds_in(ctx, sentence.start_char, sentence.end_char)):
        return  # "areas of focus which the service must address": the modal names a kind of item, it directs nothing
    frames = [d for d in inside if d.label_ == "REPORTING" and d.end_char <= directive.start_char]
    zone_start = frames[-1].end_char if frames else sentence.start_char
    spans = [s for s in bodies_in(doc, zone_start, directive.start_char) if s.label_ != "national"]
    subjects = subjects_in(doc, zone_start, directive.start_char)
    if _unaddressed_statement(ctx, sentence, directive, inside, frames, spans, subjects, alone):
        return
    if not frames and _answers_own_demand(ctx, directive):
        return
    if not frames and _quoted_opener(ctx, sentence, directive):
        return
    if frames and not spans and _reported_pronoun(ctx, sentence, directive, max(frames, key=lambda f: f.end_char)):
        return
    if not spans and _national_should(ctx, sentence, directive, zone_start):
        return
    if directive.label_ != "DIRECTIVE" or not subjects or not spans:
        return
    explicit = any(not is_anaphor(s) or s.label_ == "forces" for s in spans)
    if not (explicit or frames or alone):
        return
    themed = any(sentence.start_char <= s < sentence.end_char for s, _ in taken)
    # A sentence that names its cause of concern as a theme directs something else.
    # A register lists recommendations, and a directive to all forces is one (areas for
    # improvement and causes of concern are each given to one force or service).
    national = ctx.is_register or any(s.label_ == "all" for s in spans)
    type_ = "recommendation" if national or _reported_should(ctx, directive) \
        else _statement_type(inside, subjects[0], set() if themed else ctx.concern_subjects)
    if _weak(directive, spans, subjects[0], ctx) or (ctx.is_press and _summed_up(ctx.text[sentence.start_char : sentence.end_char])):
        return
    if _press_finding(ctx, type_, spans, subjects[0]):
        return
    if type_ == "recommendation" and not national and _reported_should(ctx, directive):
        type_ = entry_type(ctx, sentence)  # a story that calls the report's asks areas for improvement
    start, end = _quoted_ask(ctx, directive, sentence) or (min(s.start_char for s in spans), sentence.end_char)
    ctx.builder.add(type_, start, end, "item-statement", subjects[0])


def _answers_own_demand(ctx: Context, directive: Span) -> bool:
    """In a response (a commissioner's or a force's own page), "Chief constables must
    ensure ..." said with no report verb before it ("the report says", "HMIC found") is the
    responder's own demand, in its own voice: the inspectorate's items are stated with
    "should" (and "must" only where the page reports the inspectorate saying so)."""
    return directive.id_ == MUST_DIRECTIVE and getattr(ctx.doc._.meta, "doc_type", None) in ANSWER_TYPES


def _quoted_ask(ctx: Context, directive: Span, sentence: Span) -> tuple[int, int] | None:
    """'the force should “immediately improve ...”': a story that quotes the report's words
    right after the modal gives the item in the report's words; the item is the quotation
    (what follows the closing mark is the story's own: "as well as to ...")."""
    doc = ctx.doc
    after = directive.start + 1
    if after >= sentence.end or not doc[after].is_quote or doc[after].text not in OPENING_MARKS:
        return None
    closed = QUOTE_CLOSED_RE.search(ctx.text, doc[after].idx + 1, sentence.end_char)
    return doc[after].idx, closed.end() if closed else sentence.end_char


def _national_should(ctx: Context, sentence: Span, directive: Span, zone_start: int) -> bool:
    """In a news story, "the Home Office, the LGA and the NFCC should work together to ...":
    national bodies that are the subject of a "should" (nothing but their names, "and" and
    a partner of a word or two between them and the modal) are what an inspectorate's national recommendation is
    addressed to; the story restates it. Add it and say whether it did."""
    if not ctx.is_press or directive.id_ not in SHOULD_DIRECTIVES:
        return False
    doc = ctx.doc
    named = [s for s in bodies_in(doc, zone_start, directive.start_char) if s.label_ == "national"]
    if not named:
        return False
    first = named[0]
    start = first.start - 1 if first.start > 0 and doc[first.start - 1].lower_ == "the" else first.start
    covered = {i for s in named for i in range(s.start, s.end)}
    between = [t for t in doc[start : directive.start] if t.i not in covered
               and not (t.is_punct or t.lower_ in NATIONAL_JOINING_WORDS)]
    if len(between) > LIMITS.national_partner_words or (start > sentence.start and doc[start - 1].lower_ not in NATIONAL_SUBJECT_OPENERS and not doc[start - 1].is_punct):
        return False
    ctx.builder.add("recommendation", doc[start].idx, sentence.end_char, "item-statement", first.kb_id_)
    return True


def _reported_should(ctx: Context, directive: Span) -> bool:
    """A news story that reports what the inspectorate says a body "should" do ("Inspectors
    added that the force should answer calls faster"): the report's recommendation in the story's
    words. A story names areas for improvement and causes of concern as such; its bare
    "should" sentences carry the report's recommendations."""
    return ctx.is_press and ctx.doc[directive.start].lower_ == "should"


def _press_finding(ctx: Context, type_: str, bodies: list[Span], subject: str) -> bool:
    """A news story's "must" or "needs to" sentence ("It also said that the force must
    make sure victims are safeguarded"): the story's account of what inspectors found. A
    story names areas for improvement as such (by kind or by theme); its bare directives
    carry the report's recommendations ("should", _reported_should, or a dated or urgent
    ask), a region's forces told to work together, and a cause of concern the story names
    without its words ("branded a cause of concern ... It said the force needs to improve
    ..."), but not a second one for a body whose cause of concern already has its words
    ("a cause of concern regarding its ability to respond to major incidents ... the
    service needs to improve its effectiveness")."""
    if not ctx.is_press or type_ == "recommendation" or any(s.label_ in ("region", "forces", "rocu") for s in bodies):
        return False
    return type_ != "cause_of_concern" or any(
        i.type == "cause_of_concern" and i.subject == subject and not i.historic for i in ctx.builder.items)


def _summed_up(sentence: str) -> bool:
    """A news story's sentence attributed at its end to the inspectorate ("Kent Police must
    improve how it answers calls, the police inspectorate has said."): the story's summary
    of the findings (its standfirst), not one of the report's items restated."""
    tail = SUMMARY_TAIL_RE.search(sentence)
    if tail is None:
        return False
    words = item_words()
    said = re.findall(r"[A-Za-z]+", tail["tail"].lower())
    return said[-1] in words.summary_verbs and any(w in words.summary_reporters for w in said[:-1])


def _unaddressed_statement(ctx: Context, sentence: Span, directive: Span, inside: list[Span], frames: list[Span],
                           spans: list[Span], subjects: list[str], alone: bool) -> bool:
    """Add the item of a statement that names no addressee of its own, when its form
    still makes it one, and say whether it did: the addressee is then the response's own
    body (or, for a timed national recommendation, the subject it names, if any)."""
    if not spans and frames and frames[-1].id_ == FRAME_RULE:
        # "inspectors recommended that refresher courses should be given to call handlers": a
        # recommendation restated without its addressee.
        frame_end = max(f.end_char for f in frames if f.start_char == frames[-1].start_char)  # "recommends that"
        for start, end in _reported_clauses(ctx, sentence, frame_end, inside):
            ctx.builder.add("recommendation", start, end, "item-statement", ctx.own_body)
        return True
    if directive.label_ == "DIRECTIVE" and not (subjects and spans) and _opens_timed(inside, sentence):
        # "Not later than 1 May 2016 any force that ... should publish ...": a national
        # recommendation, whose deadline opens it, restated in a register or a response.
        ctx.builder.add("recommendation", sentence.start_char, sentence.end_char, "item-statement",
                        subjects[0] if subjects else ctx.own_body)
        return True
    if alone and directive.label_ == "DIRECTIVE" and directive.id_ not in WEAK_DIRECTIVES and not subjects:
        # the response's own body, unnamed: "The service should ..." on a line of its own
        ctx.builder.add(entry_type(ctx, sentence), sentence.start_char, sentence.end_char, "item-statement",
                        ctx.own_body)
        return True
    return False


def _reported_clauses(ctx: Context, sentence: Span, start: int, inside: list[Span]) -> list[tuple[int, int]]:
    """The asks a "recommends that" frame reports, from `start` (the frame's end): the rest
    of the sentence, unless "and" and a second frame with its "that" follow an ask and open
    another ("recommends that A must be given priority and says that B must be given
    support"), which is a second item; each clause ends before the "and" that joins them."""
    doc = ctx.doc
    asks = [d.start_char for d in inside if d.label_ in ("DIRECTIVE", "PASSIVE")]
    clauses: list[tuple[int, int]] = []
    for frame in sorted((d for d in inside if d.label_ == "REPORTING"), key=lambda d: (d.start_char, -d.end_char)):
        if frame.start_char < start or frame.start == 0 or doc[frame.start - 1].lower_ != "and" \
                or doc[frame.end - 1].lower_ != "that":
            continue
        joint = doc[frame.start - 1].idx
        if any(start <= a < joint for a in asks) and any(a >= frame.end_char for a in asks):
            clauses.append((start, len(ctx.text[:joint].rstrip())))
            start = frame.end_char
    return [*clauses, (start, sentence.end_char)]


def _quoted_opener(ctx: Context, sentence: Span, directive: Span) -> bool:
    """In a press article, a quoted sentence that opens "It should ..." or "The force
    should ..." (a quotation opened by its speaker: 'The inspector said: "...' and the
    paragraphs that carry it on) restates an item of the body named last before it. Add
    it and say whether it did. "Must" and "needs to" put a grade's summary; a quotation
    attributed after it ('..., they added.') is a remark about the report."""
    if not ctx.is_press or directive.id_ not in SHOULD_DIRECTIVES:
        return False
    start = _quoted_start(ctx, sentence, directive)
    if start is None:
        return False
    doc = ctx.doc
    words = [t for t in doc[first_token(doc, start) : directive.start] if not (t.is_punct or t.is_quote)]
    if len(words) > 1 and words[0].lower_ in CONNECTIVES:
        # "However, the force should ...", "But it should ...": the item starts at its subject
        start, words = words[1].idx, words[1:]
    spans = bodies_in(doc, start, directive.start_char)
    if not (len(words) == 1 and words[0].lower_ == "it") and not _role_subject(words) and not (
            len(spans) == 1 and is_anaphor(spans[0]) and spans[0].start == words[0].i and spans[0].end == directive.start):
        return False
    before = [s for s in bodies_in(doc, 0, sentence.start_char) if s.label_ in ("force", "fire")]
    subject = spans[0].kb_id_ if spans else (before[-1].kb_id_ if before else ctx.own_body)
    if subject is None:
        return False
    end = sentence.end_char
    while end > start and (ctx.text[end - 1].isspace() or ctx.text[end - 1] in CLOSING_MARKS):
        end -= 1  # the quotation's closing mark is not the item's
    ctx.builder.add(entry_type(ctx, sentence), start, end, "item-quoted-opener", subject)
    return True


def _reported_pronoun(ctx: Context, sentence: Span, directive: Span, frame: Span) -> bool:
    """In a press article, "Kent Police was told that it should review ...", "but said it
    \"should check ...\"": a reporting frame whose clause has only "it" or "they" for
    its subject restates a recommendation to the body the sentence names before the frame
    (the inspectorate reporting, or the body being told). Add it and say whether it did."""
    if not ctx.is_press or directive.id_ not in SHOULD_DIRECTIVES:
        return False
    doc = ctx.doc
    words = [t for t in doc[frame.end : directive.start] if not (t.is_punct or t.is_quote)]
    if len(words) != 1 or words[0].lower_ not in PRONOUN_SUBJECTS:
        return False
    named = [s for s in bodies_in(doc, sentence.start_char, frame.start_char) if s.label_ in ("force", "fire")]
    reporter = any(t.lower_ in INSPECTORATE_WORDS for t in doc[sentence.start : frame.start])
    if not named and not reporter:
        return False
    before = named or [s for s in bodies_in(doc, 0, sentence.start_char) if s.label_ in ("force", "fire")]
    subject = before[-1].kb_id_ if before else ctx.own_body
    end = sentence.end_char
    while end > words[0].idx and (ctx.text[end - 1].isspace() or ctx.text[end - 1] in CLOSING_MARKS):
        end -= 1
    ctx.builder.add("recommendation", words[0].idx, end, "item-reported-pronoun", subject)
    return True


def _role_subject(words: list[Token]) -> bool:
    """"Senior leaders should ...", "They should ...": a quoted sentence that directs the
    body's own people, named by their role, not by a name of their own."""
    roles = item_words().quoted_role_subjects
    return bool(words) and words[-1].lower_ not in DETERMINERS and all(w.lower_ in roles for w in words)


def _quoted_start(ctx: Context, sentence: Span, directive: Span) -> int | None:
    """Where a quoted sentence's own words start: after the opening quote that follows its
    speaker's colon in the sentence, or at the sentence in a paragraph that carries a
    quotation on (it opens with a quote mark, or a quotation opened earlier in it is still
    open), or that carries on the inspectorate's reported words from the sentence before.
    None when the sentence is no quotation or is attributed at its end."""
    text = ctx.text
    if QUOTE_TAIL_RE.search(text, sentence.start_char, sentence.end_char):
        return None
    opened = QUOTE_OPENED_RE.search(text, sentence.start_char, directive.start_char)
    if opened is not None:
        return opened.end()
    index = bisect_right(ctx.units, sentence.start_char, key=lambda u: u.start) - 1
    block = ctx.units[index] if index >= 0 else None
    if block is None or sentence.start_char >= block.end:
        return None
    if block.text.lstrip()[:1] not in OPENING_MARKS and not _quotation_open(text, block.start, sentence.start_char) \
            and not _reported_before(ctx, block.start, sentence.start_char):
        return None
    start = sentence.start_char
    while start < sentence.end_char and (text[start].isspace() or text[start] in QUOTES):
        start += 1
    return start


def _quotation_open(text: str, start: int, at: int) -> bool:
    """'The report went on: "The service answers ... But it should ...': a quotation its speaker opened
    earlier in the paragraph and has not closed (its marks paired, `crosswalk.quote_marks.open_quotations`:
    no apostrophe of "officers’" closes it) carries on into the sentence at `at`. A
    speaker who talks of "I" or "we" before it is the body's own ("I am proud of our staff
    ... They should ..."), not the report's."""
    opened = None
    for opened in QUOTE_OPENED_RE.finditer(text, start, at):
        pass
    return opened is not None and bool(open_quotations(text, opened.end(), at, opened.group().rstrip()[-1])) \
        and not any(w.lower() in FIRST_PERSON for w in re.findall(r"[A-Za-z]+", text[opened.end() : at]))


def _reported_before(ctx: Context, start: int, at: int) -> bool:
    """"Inspectors found that training is not a priority for the service. The service
    should ...": the sentence before, in the same paragraph, reports the inspectorate's
    words (an inspectorate word, then a reporting verb), and the sentence at `at` carries
    them on."""
    sentences = [s for s in sentences_in(ctx.doc, start, at) if s.end_char <= at + 1]
    if not sentences:
        return False
    last = sentences[-1]
    frames = [d for d in ctx.directives_in(last.start_char, last.end_char) if d.label_ == "REPORTING"]
    return any(t.lower_ in INSPECTORATE_WORDS for f in frames[:1] for t in ctx.doc[last.start : f.start])


def _opens_timed(directives: list[Span], sentence: Span) -> bool:
    """A deadline opens the sentence ("Within six months", "Not later than 31 March")."""
    return any(d.label_ == "TIMED" and d.start - sentence.start <= 1 for d in directives)


def _weak(directive: Span, bodies: list[Span], subject: str, ctx: Context) -> bool:
    """"Kent Police needs to improve how it treats victims": the summary of a
    force's grade, not one of its items. A region's forces that "need to" work together
    is one, and so is a force's restated cause of concern."""
    return (directive.id_ in WEAK_DIRECTIVES and subject not in ctx.concern_subjects
            and not any(s.label_ in ("region", "forces", "rocu") for s in bodies))


def _statement_type(directives: list[Span], subject: str, concern_subjects: set[str]) -> str:
    """A dated or urgent directive is a recommendation; one aimed at a body with a cause of
    concern restates that concern; any other is an area for improvement."""
    if recommends(directives):
        return "recommendation"
    return "cause_of_concern" if subject in concern_subjects else "area_for_improvement"
