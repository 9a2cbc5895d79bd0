"""How a commitment cue's sentence reads: the word lists and the tests on the words around a cue.

`commitments` finds the cues and decides, sentence by sentence, which state a step; the
questions it asks of a cue's sentence (is the cue negated, inside a question, a purpose, a
request of others, a finding the inspectorate reports, a noun's description, an aim that
stands) are answered here, from the matches of `patterns/commitments.jsonl` (`Marks`) and the
word lists of `patterns/commitment_words.json`. Nothing here knows about the extractor, so
each test can be read, and changed, on its own sentence."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from crosswalk.deadlines import names_time_mark
from crosswalk.extraction.extensions import text_of
from crosswalk.extraction.item_pieces import aside_close
from crosswalk.extraction.sentences import sentence_of
from crosswalk.quote_marks import CLOSING_QUOTES, DASHES, open_quotations
from crosswalk.resources import word_entry, word_file, word_set

WORDS_FILE = "commitment_words.json"  # the word lists below, kept as data (what each is for is said there)


def commitment_words(name: str) -> frozenset[str]:
    return word_set(WORDS_FILE, name)


@dataclass(frozen=True)
class CommitmentLimits:
    """The grammar's tuning numbers, of `patterns/commitment_limits.json` (what each counts is
    said there): kept as data beside the word lists, so that a threshold is tuned where it is
    described and not in the code that applies it."""

    mission_reach: int
    apposition_words: int
    subject_run: int
    title_words: int
    cut_step_words: int
    question_subject_words: int
    secured_subject_words: int
    minutes_heading_words: int
    signpost_reach: int
    report_subject_run: int
    inspection_link_reach: int
    apposition_reach: int
    work_noun_reach: int
    relative_reach: int
    working_purpose_reach: int
    purpose_object_reach: int
    progress_reach: int
    agent_reach: int
    own_record_reach: int
    pull_quote_words: int
    opening_agent_words: int
    attribution_reach: int
    cut_paragraph_words: int
    coordinated_reach: int
    question_near: int
    minutes_meeting_words: int
    minutes_reported_clauses: int
    minutes_meeting_words_alone: int
    minutes_chars_per_meeting_word: int
    reported_that_reach: int
    tail_reach: int
    model_threshold: float
    supplement_min_chars: int
    long_sentence_chars: int
    clause_min_words: int
    opening_min_words: int
    restated_rest_words: int
    training_min_share: float


LIMITS = word_file("commitment_limits.json", CommitmentLimits)


CUE_STRENGTH = {"FIRM": "firm", "BACKSHIFTED": "firm", "PLANNED": "planned", "HEDGED": "hedged", "DEDICATION": "hedged"}
PRONOUN_VIEW = "expectation-of-a-pronoun"  # "confident they will": a view of what a body or a trend named before will do
OTHERS_VIEW = "expectation-of-others"  # "we expect that partners will": a view of what others will do
EXPECTATIONS = {OTHERS_VIEW, "expectation-without-that", PRONOUN_VIEW, "sure-that", "normative-that",
                "expect-others-to"}  # a view of others' work ("it is right that partners ..."), which a clause of one's own may follow
SUBJECT_SKIP = commitment_words("subject_skip")
THINGS = commitment_words("things")
FIRST_PERSON_SUBJECTS = word_set("extraction_words.json", "first_person")  # shared with quotes and items
SUBJECT_CONNECTORS = commitment_words("subject_connectors")
DETERMINERS = commitment_words("determiners")
OPENING_SKIP = DETERMINERS | commitment_words("other_determiners")
PREPOSITIONS = commitment_words("prepositions")
# prepositions whose object ends a subject's describing phrase ("use of IT among staff"); not "of",
# which joins a role to its body ("the Chief Constable of Kent Police will provide ...")
PHRASE_PREPOSITIONS = PREPOSITIONS | commitment_words("phrase_prepositions")
COORDINATORS = commitment_words("coordinators")
CONTRASTS = commitment_words("contrasts")
JOINERS = COORDINATORS | CONTRASTS  # "and we", "but we": what joins a clause of its own to the one before
CLAUSE_OPENERS = JOINERS | commitment_words("clause_openers")
INFINITIVE_MARKERS = commitment_words("infinitive_markers")
COMPLEMENTISERS = commitment_words("complementisers")  # ", and how X is": a second object
MODALS = commitment_words("modals")
GENERIC_PRONOUNS = commitment_words("generic_pronouns")  # the subject carried from a sentence about a kind of body
BARE_CUE_VERBS = commitment_words("bare_cue_verbs")  # cues in the base form
CONTINUING = commitment_words("continuing")
PERFECT_PROGRESSIVE = "perfect-progressive"  # "have been working": work so far, a step only when aimed at change
CHANGE_VERBS = commitment_words("change_verbs")  # "have been reviewing": work so far that is change of itself
FUTURE_CLITICS = commitment_words("future_clitics")
NON_FINITE_CUE_VERBS = BARE_CUE_VERBS | commitment_words("participle_cue_verbs")  # cue verbs that may stand in the infinitive or as a participle
CONDITIONS = commitment_words("conditions")
OPENING_CONDITIONS = commitment_words("opening_conditions")  # "If the government is serious, they will ...": the whole sentence hangs on it
PURPOSE_OPENERS = commitment_words("purpose_openers")  # "so that", "in order that": what the step is for
ENSURE_VERBS = commitment_words("ensure_verbs")  # "to ensure that", "to make sure that": the aim of a step
CONCESSIONS = commitment_words("concessions")  # "Whilst we are making progress, I accept ...": the ground conceded
SUBORDINATORS = commitment_words("subordinators")
CONTINUATION_ADVERBS = commitment_words("continuation_adverbs")  # "; and is also making": one more predicate  # a clause the directive's verb governs
NOT_A_SUBJECT = commitment_words("not_a_subject")  # "the inspectorate's concerns but confirmed"
CLAUSE_STOPS = NOT_A_SUBJECT - {"and"}  # "acknowledged the inspectorate's concerns but confirmed"
POSSESSIVES = commitment_words("possessives")
CLAUSE_VERBS = commitment_words("clause_verbs")  # a word that opens a clause or a verb phrase of its own
FIRST_PERSON_RE = re.compile(r"\b(I|we|We|our|Our|my|My)\b")
FUTURE_MODALS = commitment_words("future_modals")
CONFIDENCE_WORDS = commitment_words("confidence_words")  # "we are confident that the plans we have made will": vouching for one's own work
SIGNPOST_OWNERS = commitment_words("signpost_owners")  # "Below I set out how", "the following sections outline how", "a plan setting out how"
# a verb that takes an object, left without one: the cue sits in a relative clause that
# describes a noun ("the progress the force is making in ...", "the work it is doing, ...")
OBJECT_VERBS = commitment_words("object_verbs")
# phrasal verbs whose particle comes before the object ("is carrying out a review"); a particle
# with nothing after it leaves the object gapped, so the cue describes the noun before it
PARTICLES = {verb: tuple[str, ...](after) for verb, after in word_entry(WORDS_FILE, "particles").items()}
PARTICLE_VERBS = frozenset(PARTICLES)
GAP_FOLLOWERS = PREPOSITIONS - commitment_words("not_gap_prepositions") | commitment_words("gap_followers")
# "making to local people": a preposition that leaves only this verb's object gapped (see the words file)
VERB_GAP_FOLLOWERS = {verb: frozenset(after) for verb, after in word_entry(WORDS_FILE, "verb_gap_followers").items()}
FINITE_AUXILIARIES = commitment_words("finite_auxiliaries")  # a verb of the main clause after a gapped object
RELATIVE_SUBJECTS = commitment_words("relative_subjects")
# a word that opens a noun phrase, and the words that lead into one without ending another
NOUN_PHRASE_OPENERS = OPENING_SKIP - {"that"} | RELATIVE_SUBJECTS  # "that" opens a relative clause as often
NOUN_PHRASE_LEADS = OPENING_SKIP | PREPOSITIONS | PHRASE_PREPOSITIONS | SUBJECT_CONNECTORS | SUBJECT_SKIP
RELATIVE_PRONOUNS = commitment_words("relative_pronouns")
CLAUSE_WORDS = COORDINATORS | COMPLEMENTISERS | CONDITIONS | commitment_words("clause_words")
# "is putting in place new checks": the object comes after
PHRASAL_OBJECTS = frozenset((first, second) for first, second in word_entry(WORDS_FILE, "phrasal_objects"))
REPORT_MODIFIERS = commitment_words("report_modifiers")  # "the latest report", "the recent inspection"
REPORT_SUBJECT_WORDS = DETERMINERS | POSSESSIVES | SUBJECT_CONNECTORS | REPORT_MODIFIERS
REPORT_PRONOUNS = commitment_words("report_pronouns")  # "It highlights that ...", "They found ..."
REPORTED_PRONOUNS = commitment_words("reported_pronouns")  # "...; it is also improving": the subject reported before the ";"
INSPECTION_PROCESS = commitment_words("inspection_process")  # the inspection itself as a step's topic
INSPECTION_LINKS = commitment_words("inspection_links")  # the inspection as the step's cause or partner ("following", "with") or the responder's own ("our fire safety")
INSPECTION_OUTCOME_STEMS = tuple(sorted(commitment_words("inspection_outcome_stems")))  # what an inspection found or grades
SPEAKER_AUXILIARIES = commitment_words("speaker_auxiliaries")
AIM_CUE = "hedge-seek"  # the pattern id of the hedged verbs (seek, hope, consider, explore) that may state a standing aim
WORK_NOUNS = commitment_words("work_nouns")  # "the work two forces are undertaking to ...": the noun a relative clause describes
GAPPED_PURPOSE_VERBS = OBJECT_VERBS | commitment_words("gapped_purpose_verbs")  # "something the board is working to fix as ..."
# anchors that name what the report found wrong ("to address this", "the concerns raised"): a step toward them answers it
PROBLEM_ANCHORS = {"problem-anaphor", "issues-raised", "required-improvements", "areas-for-improvement"}
PASSIVE_MARKER = "being"  # "is being taken": the word of a passive progressive
PROGRESS_NOUNS = commitment_words("progress_nouns")  # "making (good) progress": a claim of progress, a step only on the report's points
PRESENT_MAKE = commitment_words("progress_make_forms")  # "continue to make progress": the verb the infinitive cue governs
PROGRESS_TARGETS = commitment_words("progress_targets")  # "progress against the actions": what it is made on
WORKING_FORMS = commitment_words("working_forms")  # "have been working to ...": work so far with an end of its own
TAKE_ACTION = "take-action"  # "is taking steps to ...": a body at work, a remedy when its purpose puts right what was found
PROBLEM_NOUNS = commitment_words("problem_nouns")  # "taking steps to clear the backlog": what a remedy's purpose puts right
VERDICTS = {"not-yet-verdict"}  # "does not yet know": a verdict on what a body lacks, which the body may also say of itself
VERDICT_AUXILIARIES = commitment_words("verdict_auxiliaries")  # lemmas passed back from "not yet" to its subject
OWN_REFERENCES = {"inspectorate-own-findings", "inspectorate-own-recommendations"}  # "our concerns", "our inspection": the inspectorate names its own work
INSPECTORATE_SUBJECT = "inspectorate-subject"  # the exclusion "HMICFRS will": the inspectorate as the subject of a future
AGENT_MARKERS = commitment_words("agent_markers")  # "the changes sought by HMICFRS will follow": the inspectorate is a passive's agent
RECORD_SUBJECTS = commitment_words("record_subjects")  # "the reports will be followed by ...": what an inspection or a process yields acts on nothing
REPORTED_MODALS = commitment_words("reported_modals")  # "the report would cover ...": a record's prediction retold in minutes
OWN_RECORD_MARKERS = commitment_words("own_record_markers")  # "a further report will go to the panel": the responder's own paper
RECORD_PREPOSITIONS = PHRASE_PREPOSITIONS | commitment_words("record_prepositions")  # "the points of the report will": no subject
NOT_RECORD_SUBJECT = OWN_RECORD_MARKERS | RECORD_PREPOSITIONS  # either before the noun: no outside record as subject
DEDICATED_STATES = commitment_words("dedicated_states")  # "committed to maintaining ...": a state kept, a step only when the findings, or change and the report, are named
SECURING_VERBS = commitment_words("securing_verbs")  # "committed to ensuring ...": a state kept only when a state follows
STATE_COPULAS = commitment_words("state_copulas")  # "ensuring we are ...", "that people feel ...": the verb of a state secured
STATE_POSSESSIONS = commitment_words("state_possessions")  # "ensuring we have the right resources", not "have introduced"
CREDITED_CUES = commitment_words("credited_cues")  # "the report shows we are tackling ...": cue ids a report may credit the writer with


@dataclass
class Marks:
    """The matches of one doc, by label, in order of start, searched by bisection: a
    long document has thousands of marks, and every cue asks about its own sentence."""

    by_label: dict[str, list[Span]] = field(default_factory=dict)
    starts: dict[str, list[int]] = field(default_factory=dict)
    longest: dict[str, int] = field(default_factory=dict)
    inspectors: frozenset[str] = frozenset()  # surnames of the inspectors the document names (lower case)
    outsiders: frozenset[str] = frozenset()  # surnames of the third parties the document names (lower case)

    @classmethod
    def of(cls, spans: Iterable[Span]) -> "Marks":
        marks = cls()
        for span in sorted(spans, key=lambda s: (s.start, s.end)):
            marks.by_label.setdefault(span.label_, []).append(span)
        for label, found in marks.by_label.items():
            marks.starts[label] = [s.start for s in found]
            marks.longest[label] = max(len(s) for s in found)
        return marks

    def get(self, label: str) -> list[Span]:
        return self.by_label.get(label, [])

    def starting(self, label: str, low: int, high: int) -> list[Span]:
        """Spans of a label that start inside the token range."""
        starts = self.starts.get(label, [])
        return self.get(label)[bisect_left(starts, low) : bisect_left(starts, high)]

    def within(self, label: str, start: int, end: int) -> list[Span]:
        """Spans of a label that lie inside the token range."""
        return [s for s in self.starting(label, start, end) if s.end <= end]

    def within_chars(self, label: str, start: int, end: int) -> list[Span]:
        found = self.get(label)
        low = bisect_left(found, start, key=lambda s: s.start_char)
        return [s for s in found[low : bisect_left(found, end, key=lambda s: s.start_char)] if s.end_char <= end]

    def overlapping(self, label: str, start: int, end: int) -> list[Span]:
        low = start - self.longest.get(label, 0)
        return [s for s in self.starting(label, low, end) if start < s.end]


def remedial(doc: Doc, sentence: Span, cue: Span, marks: Marks) -> bool:
    """A remedy under way: a present (not future) cue whose object is action taken or
    what the report found wrong, done by someone other than the speaker ("the unit is
    taking steps to fix this", "action is already being taken", "the service is now
    tackling these gaps"). Whoever reports it, the inspectorate included, it is the
    body's step in response; its progress or its plans as the inspectorate judges them
    ("is making progress", "will need to") are findings. The inspectorate naming its own
    findings in the sentence ("our concerns", "the issues we have raised") says the work
    is on them: "since then it has begun to act on our concerns"."""
    if doc[cue.start].lower_ in MODALS or cue.label_ not in {"FIRM", "BACKSHIFTED"}:
        return False
    subject = subject_index(doc, sentence, cue.start - 1)
    if doc[cue.start].lower_ in FIRST_PERSON_SUBJECTS or (subject >= sentence.start and doc[subject].lower_ in FIRST_PERSON_SUBJECTS):
        return False  # "we are taking action": the speaker's own, judged as any other step
    verb = cue.end - 1  # the remedy is the cue's own verb and object, not a purpose further on
    remedies = marks.overlapping("REMEDY", verb, cue.end)
    if remedies:
        return not _steps_to_business(sentence, remedies[0], marks)
    if marks.within("OWN_FINDINGS", sentence.start, sentence.end):
        return True  # "since then it has begun to act on our concerns": the body at work on what the inspectorate found
    return any(a.id_ in PROBLEM_ANCHORS for a in marks.overlapping("ANCHOR", verb, cue.end))


def _steps_to_business(sentence: Span, remedy: Span, marks: Marks) -> bool:
    """Steps a body is taking for an end that is neither change nor the report's points ("is taking
    steps to reduce demand", "to make sure staff time is productive", "to understand what
    the public want"): an account of how a body goes about its business, as inspectors
    describe it, not a remedy. Steps taken "to address these concerns", "to improve", "to
    clear the backlog", or with no end named, remain a remedy; so does action being taken
    ("action is being taken to train more staff"), the body's answer in its passive form."""
    doc = sentence.doc
    if remedy.id_ != TAKE_ACTION or remedy.end >= sentence.end or doc[remedy.end].lower_ not in INFINITIVE_MARKERS:
        return False
    purpose = doc[remedy.end + 1 : min(remedy.end + 1 + LIMITS.purpose_object_reach, sentence.end)]
    if any(t.lower_ in PROBLEM_NOUNS for t in purpose):
        return False  # "steps to clear the backlog", "to tackle this problem": what was wrong is put right
    return not _aims_at_change(sentence, remedy, marks)


def makes_progress(doc: Doc, sentence: Span, cue: Span) -> bool:
    """Whether the cue's verb is "making" (or, in the present, the "make" an infinitive cue
    governs: "we continue to make progress") with progress as its object ("we are making
    progress", "is making significant progress"): the responding side's claim of progress,
    which states work under way only when the progress is on the report's points (its
    areas, recommendations or causes of concern, or "in response to" it), and not "in key
    areas" or "day by day"."""
    verb = cue.end - 1
    infinitive = doc[verb].lower_ == "to" and cue.end < sentence.end and doc[cue.end].lower_ in PRESENT_MAKE \
        and doc[cue.start].lower_ not in MODALS | FUTURE_CLITICS
    if infinitive:
        # "we continue to make significant progress": the same claim, in the present; a
        # future "will continue to make progress" is a promise and is read as any other
        verb = cue.end
    elif doc[verb].lower_ != "making":
        return False
    for i in range(verb + 1, min(verb + 1 + LIMITS.progress_reach, sentence.end)):
        word = doc[i]
        if word.lower_ in PROGRESS_NOUNS:
            # "continue to make progress against the outstanding actions" names the work
            # the progress is on: only the bare claim is no step
            return not (infinitive and i + 1 < sentence.end and doc[i + 1].lower_ in PROGRESS_TARGETS)
        if not word.is_alpha or word.lower_ in CLAUSE_WORDS | PREPOSITIONS:
            return False
    return False


def progress_on_work(doc: Doc, sentence: Span, cue: Span) -> bool:
    """Whether the progress claimed is made on a named piece of work ("making progress on the
    new legislation", "making good headway against the plan"): work under way, as against
    progress "in key areas" or "day by day", a claim of how well things go."""
    for i in range(cue.end, min(cue.end + LIMITS.progress_reach + 2, sentence.end - 1)):
        if doc[i].lower_ in PROGRESS_NOUNS:
            following = doc[i + 1]
            if following.text in CLOSING_QUOTES:  # "making ‘progress’ on"
                following = doc[i + 2] if i + 2 < sentence.end else following
            return following.lower_ in PROGRESS_TARGETS
    return False


def subject_index(doc: Doc, sentence: Span, i: int, *, past_punct: bool = False) -> int:
    """Where a cue's subject stands: the first word at or before `i` that is none of the
    words between a subject and its verb ("also", "now", "will": SUBJECT_SKIP), nor a
    punctuation mark with `past_punct`; below `sentence.start` when the sentence has none.
    Each reader of a cue's subject walks back this one way, so they agree on the word."""
    while i >= sentence.start and ((past_punct and doc[i].is_punct) or doc[i].lower_ in SUBJECT_SKIP):
        i -= 1
    return i


def agent_before(doc: Doc, sentence: Span, cue: Span, marks: Marks) -> bool:
    """Whether the cue's subject, right before it past modals, adverbs and quote marks, is
    a body or a pronoun for one ("said it would 'continue to improve'")."""
    i = cue.start - 1
    while i >= sentence.start and (doc[i].is_quote or doc[i].lower_ in SUBJECT_SKIP | MODALS):
        i -= 1
    return i >= sentence.start and (doc[i].lower_ in GENERIC_PRONOUNS or bool(marks.overlapping("AGENT", i, i + 1)))


def record_subject(doc: Doc, sentence: Span, cue: Span) -> bool:
    """Whether the subject of a "will" cue is a report, its findings or a claim ("The
    reports will be followed by ...", "Findings will feed a national picture", "the
    claims will go back to a tribunal"): such a record is what an inspection or
    a process yields, and foretells what happens to it, not a step of the responder. A
    record of the responder's own ("our report will", "a further report will go to the
    panel") is its step, and a record named after a preposition is no subject ("each
    point raised in the inspectorate's report will go into our plan"). Minutes retell
    the same with "would" ("the report would be published and would cover findings so
    far"), but there a passive ("the report would be scrutinised by the panel") is what
    a body does with the record, its step: "would" counts only before an active verb.
    A second predicate joined by "and" shares the first one's subject."""
    modal = doc[cue.start].lower_
    if modal not in FUTURE_MODALS and not (modal in REPORTED_MODALS and not _passive_after(doc, sentence, cue)):
        return False
    i = subject_index(doc, sentence, cue.start - 1, past_punct=True)
    if i >= sentence.start and doc[i].lower_ in COORDINATORS:
        i = _first_predicate_subject(doc, sentence, i, modal)
    if i < sentence.start or doc[i].lower_ not in RECORD_SUBJECTS:
        return False
    before = doc[max(sentence.start, i - LIMITS.own_record_reach) : i]
    # "in the HMIC report": a preposition a few words before makes the noun its object
    return not any(t.lower_ in NOT_RECORD_SUBJECT for t in before)


def _passive_after(doc: Doc, sentence: Span, cue: Span) -> bool:
    """Whether "be" is the verb after the cue's modal, past adverbs ("would then be
    reviewed"): a passive, or a state, not what the subject does."""
    verb = cue.start + 1
    while verb < sentence.end and doc[verb].lower_ in SUBJECT_SKIP:
        verb += 1
    return verb < sentence.end and doc[verb].lower_ == "be"


def _first_predicate_subject(doc: Doc, sentence: Span, joiner: int, modal: str) -> int:
    """The subject of the predicate before "and <modal>" ("the report would be published
    and would cover ..."): that of the same modal earlier in the sentence, or below the
    sentence when there is none."""
    for j in range(joiner - 1, sentence.start - 1, -1):
        if doc[j].lower_ == modal:
            return subject_index(doc, sentence, j - 1, past_punct=True)
    return sentence.start - 1


def prepositional_object(doc: Doc, sentence: Span, i: int) -> bool:
    """Whether the word at i is the object of a preposition right before it (or before
    its determiner): "among staff", "for the force"."""
    before = i - 1
    if before > sentence.start and doc[before].lower_ in DETERMINERS:
        before -= 1
    return before >= sentence.start and doc[before].lower_ in PHRASE_PREPOSITIONS


def is_title_line(doc: Doc, sentence: Span) -> bool:
    """Whether the sentence is the document's opening line, short and with no end mark
    ("Kent Police will keep improving after inspection"): a title, which the text under
    it states again in full, even when the page gives it no heading markup."""
    if block_index(doc, sentence) != 0:
        return False
    start, end = doc._.blocks[0][:2]
    line = text_of(doc)[start:end].strip()
    return ("\n" not in line and len(line.split()) <= LIMITS.title_words
            and not line.endswith((".", "!", "?", ":", ";", ",", *CLOSING_QUOTES)))


def cut_short(doc: Doc, sentence: Span) -> bool:
    """Whether the sentence is the last words of a text cut off mid-sentence after only a
    few words ('"We are working thro'): a page teaser or a truncated copy, whose cue is
    left with no step after it. A longer cut sentence names its step before the cut ("I
    will be asking the Chief Consta", "Work is ongoing to address this, ensu") and is
    kept, as gold keeps it."""
    said = sentence.text.strip()
    if text_of(doc)[sentence.end_char :].strip() or len(said.split()) >= LIMITS.cut_step_words:
        return False
    return not said.rstrip("".join(CLOSING_QUOTES)).endswith((".", "!", "?", ":", ";"))


def block_index(doc: Doc, sentence: Span) -> int:
    """The index of the block the sentence starts in (-1 before the first)."""
    return bisect_right(doc._.blocks, sentence.start_char, key=lambda b: b[0]) - 1


def register_writer(doc: Doc, sentence: Span, i: int) -> bool:
    """Whether the word at `i` is an "I" or "we" of the inspectorate: in the progress
    comments of a recommendation register (after its entry, `meta.entry_end`, set only
    where the record's dated markup holds comments) the writer is the HMICFRS monitor
    ("I will look at this recommendation again next year", "we have not yet seen
    the new policy in use"), and the force speaks there only in quotation ("The force
    advises: 'We will train every officer'"), or of itself in the third person."""
    entry_end = getattr(doc._.meta, "entry_end", None)
    if entry_end is None or sentence.start_char < entry_end or not sentence.start <= i < sentence.end:
        return False
    return doc[i].lower_ in FIRST_PERSON_SUBJECTS and not _quotation_open(doc, sentence, doc[i].idx)


def _quotation_open(doc: Doc, sentence: Span, at: int) -> bool:
    """Whether a quotation opened in the sentence's paragraph is still open at `at`, its
    marks paired (`crosswalk.quote_marks.open_quotations`): an apostrophe inside a word
    ("the force's", "SPOC’s") or after a plural ("Our officers’ training") closes nothing."""
    index = block_index(doc, sentence)
    floor = doc._.blocks[index][0] if index >= 0 else sentence.start_char
    return bool(open_quotations(text_of(doc), floor, at))


def cues_by_sentence(doc: Doc, spans: Iterable[Span]) -> dict[int, list[Span]]:
    """The step cues (those with a strength) grouped by the start token of their sentence:
    a sentence is read once, as one commitment, whatever number of cues it holds."""
    by_sentence: dict[int, list[Span]] = {}
    for cue in spans:
        if cue.label_ in CUE_STRENGTH:
            by_sentence.setdefault(sentence_of(doc, cue.start).start, []).append(cue)
    return by_sentence


def block_kind(doc: Doc, sentence: Span) -> str | None:
    """The kind of the block the sentence starts in ("footnote", "heading", ...)."""
    index = block_index(doc, sentence)
    return doc._.blocks[index][2] if index >= 0 else None


def is_heading_line(doc: Doc, word: Span) -> bool:
    """Whether the word opens a block of a few words ("Minutes:", "Agenda item 4")."""
    blocks = doc._.blocks
    index = bisect_right(blocks, word.start_char, key=lambda b: b[0]) - 1
    if index < 0:
        return False
    line = text_of(doc)[blocks[index][0] : blocks[index][1]].strip()
    return line.startswith(word.text) and len(line.split()) <= LIMITS.minutes_heading_words


def describes_a_kind(doc: Doc, sentence: Span, marks: Marks) -> bool:
    """"An efficient service will manage its budget well. It will spend ...": a sentence whose subject is any body of a kind (an indefinite or "every" noun
    phrase) describes a standard, and so does a sentence after it in the same paragraph
    whose subject is "It" or "They", which refers back to that body."""
    if marks.within("GENERIC", sentence.start, sentence.end):
        return True
    if doc[sentence.start].lower_ not in GENERIC_PRONOUNS:
        return False
    blocks = doc._.blocks
    index = block_index(doc, sentence)
    return index >= 0 and bool(marks.within_chars("GENERIC", blocks[index][0], sentence.start_char))


def directed(doc: Doc, sentence: Span, cue: Span, marks: Marks) -> bool:
    """A cue that completes what is asked of someone is part of the request, not a step
    taken: an infinitive after a directive ("the services should review their plans, and
    set out the next steps to continue to improve"), or a bare verb that shares the
    directive's subject or is what it demands ("the government should act and publicly
    commit to a timetable", "it is vital that the force continue to improve"), or a clause
    the directive governs ("should satisfy themselves that all action is being taken",
    "should ensure the plan is being delivered"). A clause break or a first-person subject
    between them makes the cue the writer's own."""
    directives = marks.within("DIRECTIVE", sentence.start, cue.start)
    if not directives:
        return _opens_directive(doc, sentence, cue, marks)
    between = doc[directives[-1].end : cue.start]
    if any(t.lower_ in FIRST_PERSON_SUBJECTS for t in between):
        return False
    if cue.start > sentence.start and doc[cue.start - 1].lower_ == "to":
        return True
    if (any(t.lower_ in SUBORDINATORS for t in between) or _secures(between)) and not _directive_ends(between):
        return True  # "should satisfy themselves that action is being taken": what the request asks to be so
    if doc[cue.start].lower_ not in BARE_CUE_VERBS or doc[cue.start - 1].lower_ in MODALS:
        return False
    return not _directive_ends(between)


def _secures(between: Span) -> bool:
    """Whether a verb of securing ("ensure", "make sure") lies in the span: it governs a
    clause with its "that" left out ("should make sure the new process will be used by all
    staff"), which states what is asked to be so."""
    words = [t.lower_ for t in between]
    return any(word in ENSURE_VERBS and (word != "make" or after == "sure")
               for word, after in zip(words, [*words[1:], ""]))


def before_apposition(doc: Doc, sentence: Span, i: int) -> int:
    """The last word of a subject before a name set off by commas ("an officer from the
    inspectorate, Jo Bloggs, would ..."): the name renames the subject before it. Any other
    word is returned as it is."""
    if i <= sentence.start or doc[i].text != ",":
        return i
    j = i - 1
    while j > sentence.start and i - j <= LIMITS.apposition_words and doc[j].is_title:
        j -= 1
    return j - 1 if j < i - 1 and doc[j].text == "," else i


def _directive_ends(between: Span) -> bool:
    """Whether a clause of its own follows the directive: a clause break, unless the break
    is ", and" before one more bare verb the directive governs ("the unit should check its
    files, and set up a board so that it knows the checks are being made").
    A word after "and" that a verb or modal follows is a new subject ("..., and staff will"), as is
    a name that runs from "and" to the cue, with or without a comma ("must ensure their staff are
    trained and Police and Crime Commissioners (PCCs) will check this")."""
    if _named_subject_after_and(between):
        return True
    if not new_clause(between):
        return False
    words = list(between)
    if ";" in [t.lower_ for t in words] or sum(stands_alone(t) for t in words) % 2 == 1:
        return True
    for i, word in enumerate(words[:-2]):
        opener, first = words[i + 1], words[i + 2]
        if word.text != "," or opener.lower_ not in CLAUSE_OPENERS or first.lower_ in COMPLEMENTISERS:
            continue
        if not (opener.lower_ == "and" and _bare_verb(first, words[i + 3 : i + 4])):
            return True
    return False


def _named_subject_after_and(between: Span) -> bool:
    """Whether the span ends in "and" and a name (capitalised words, a bracketed short
    name, "Police and Crime Commissioners (PCCs)"), the subject of the cue that follows it,
    after a lower-case word that ends the clause before ("... are trained and"). An
    "and" between two names ("Kent Police and Essex Police will") joins the subject."""
    words = list(between)
    for i, word in enumerate(words):
        rest = words[i + 1 :]
        if word.lower_ == "and" and rest and rest[0].is_title \
                and all(t.text[:1].isupper() or t.lower_ == "and" or t.text in {"(", ")"} for t in rest):
            return i > 0 and words[i - 1].is_lower
    return False


def _bare_verb(word: Token, after: list[Token]) -> bool:
    """A lower-case word in its own base form, not followed by a modal or a form of "be" or
    "have" (which would make it the subject of a clause of its own): "and introduce", "and
    begin to"."""
    if not (word.is_alpha and word.is_lower and word.lemma_ == word.lower_):
        return False
    if word.lower_ in OPENING_SKIP | CLAUSE_WORDS | FIRST_PERSON_SUBJECTS | RELATIVE_SUBJECTS | THINGS:
        return False
    return not any(t.lower_ in MODALS | CLAUSE_VERBS - JOINERS - INFINITIVE_MARKERS for t in after)


def _opens_directive(doc: Doc, sentence: Span, cue: Span, marks: Marks) -> bool:
    """A purpose that opens a sentence whose verb is a directive ("To address this, the
    force should review ...") is the request's aim, not a step of the writer's own; a
    first-person subject ("To address this, we must ...") makes it the writer's."""
    if cue.start != sentence.start or doc[cue.start].lower_ != "to":
        return False
    directives = marks.within("DIRECTIVE", cue.end, sentence.end)
    return bool(directives) and not any(t.lower_ in FIRST_PERSON_SUBJECTS for t in doc[cue.end : directives[0].start])


def object_gap(doc: Doc, sentence: Span, cue: Span) -> bool:
    """A verb that needs an object, followed by a preposition, a comma or the end: the
    object is the noun before, so the cue describes it ("the headway the unit is making
    in custody", "the work it has done, and is continuing to do, ...", "the changes we are
    working to deliver.") and states no step of its own. The last word of the cue, or the verb right after an
    infinitive cue ("continuing to do"), is the verb."""
    verb = cue.end - 1
    infinitive = doc[verb].lower_ == "to" and cue.end < sentence.end
    if infinitive and doc[cue.end].is_punct:
        return True  # "a duty each council is subject to, as ...": the stranded "to" governs the noun before
    if infinitive:
        verb = cue.end
    elif verb + 2 < sentence.end and doc[verb + 1].lower_ == "to" and doc[verb + 2].lower_ in OBJECT_VERBS:
        verb += 2  # "the organisation we are working to deliver.": the purpose's object is gapped
    if (verb + 1 < sentence.end and doc[verb].lower_ in PARTICLE_VERBS
            and doc[verb + 1].lower_ in PARTICLES.get(doc[verb].lower_, ())):
        verb += 1  # "the audits crews are carrying out.": the particle ends the verb
        return verb + 1 >= sentence.end or doc[verb + 1].is_punct or doc[verb + 1].lower_ in GAP_FOLLOWERS
    after = doc[verb + 1] if verb + 1 < sentence.end else None
    if doc[verb].lower_ not in OBJECT_VERBS:
        # "the public trust we seek to uphold.": a pronoun right after a noun, and nothing after the verb
        return infinitive and (after is None or after.is_punct) and _after_noun(doc, sentence, cue)
    if after is not None and verb + 2 < sentence.end and (after.lower_, doc[verb + 2].lower_) in PHRASAL_OBJECTS:
        return False
    # "the progress the force was making had been recognised": a finite verb right after ends the relative clause
    return after is None or after.is_punct or after.lower_ in GAP_FOLLOWERS | FINITE_AUXILIARIES \
        or after.lower_ in VERB_GAP_FOLLOWERS.get(doc[verb].lower_, frozenset())


def describes_work(doc: Doc, sentence: Span, cue: Span) -> bool:
    """A cue in a relative clause on a noun for work, whose verb's object is that noun and
    is followed by its purpose or topic: "the joint work two forces are undertaking to
    curb drug supply", "the action councils are taking on housing", "something that the
    board is working to address as its first task". The
    sentence describes the work and states no step of its own; the caller keeps it when
    the sentence names the findings ("sets out the steps the unit is taking to meet the
    areas for improvement"). In the passive the noun is the relative clause's subject:
    "the work that is now being done", "the progress which is being made"."""
    if _passive_relative_on_work(doc, sentence, cue):
        return True
    verb = cue.end - 1
    if verb + 1 >= sentence.end:
        return False
    after = doc[verb + 1].lower_
    if doc[verb].lower_ in OBJECT_VERBS:
        if after not in {"to", "on"}:
            return False
    elif not (after == "to" and verb + 3 < sentence.end and doc[verb + 2].lower_ in GAPPED_PURPOSE_VERBS
              and (doc[verb + 3].is_punct or doc[verb + 3].lower_ in PREPOSITIONS | {"as"})):
        return False  # "working to fix as its first task": the purpose's object is gapped
    i = subject_index(doc, sentence, cue.start - 1)
    subject = 0
    while i >= sentence.start and subject <= LIMITS.work_noun_reach:
        word = doc[i]
        if word.lower_ in WORK_NOUNS:
            return subject > 0
        if word.lower_ in RELATIVE_PRONOUNS - {"who"} and subject > 0:
            return i > sentence.start and doc[i - 1].lower_ in WORK_NOUNS
        if word.lower_ in COORDINATORS:
            if not (i > sentence.start and is_name(doc[i - 1])):
                return False  # "Police and Crime Commissioners", not "work continues and the force"
        elif not (word.is_alpha or word.lower_ in POSSESSIVES) or word.lower_ in CLAUSE_VERBS | MODALS:
            return False
        subject += 1
        i -= 1
    return False


def _passive_relative_on_work(doc: Doc, sentence: Span, cue: Span) -> bool:
    """Whether a passive progressive cue ("is being taken") opens a relative clause
    whose subject is a noun for work or progress just before it ("welcomed the steps
    that are now being taken"): the clause says which work is meant, the sentence what
    is thought of it."""
    being = next((t.i for t in cue if t.lower_ == PASSIVE_MARKER), None)
    if being is None:
        return False
    i = being - 1
    while i > sentence.start and being - i < LIMITS.relative_reach and doc[i].lower_ not in RELATIVE_PRONOUNS:
        i -= 1  # "that is already being", "which are now also being"
    return i - 1 >= sentence.start and doc[i].lower_ in RELATIVE_PRONOUNS - {"who"} \
        and doc[i - 1].lower_ in WORK_NOUNS | PROGRESS_NOUNS


def _after_noun(doc: Doc, sentence: Span, cue: Span) -> bool:
    """Whether the cue's subject is a pronoun right after a lower-case content word ("the
    children they seek to"): the opening of a relative clause with no "that"."""
    pronoun = cue.start - 1
    if pronoun <= sentence.start or doc[pronoun].lower_ not in RELATIVE_SUBJECTS:
        return False
    noun = doc[pronoun - 1]
    return noun.is_alpha and noun.is_lower and noun.lower_ not in CLAUSE_WORDS


def conditional(doc: Doc, sentence: Span, cue: Span) -> bool:
    """A cue inside a clause of time or condition sets the scene for another statement
    and states no step: "when officers are acting corruptly, it undermines ...", "the
    act requires that carers are involved when plans are being made", "assess if progress
    is being made", and so does a concession that opens the sentence ("Whilst we are
    making progress, I accept that ..."). The clause runs from its opening word to the next comma.
    A sentence that opens on "If" states what would follow a condition, not a step taken
    or promised: "If we have missed lines of enquiry, we will follow them up", "If the
    government is serious, they will fund it"."""
    opening = next((word for word in sentence if word.is_alpha), None)
    if opening is not None and opening.i < cue.start and opening.lower_ in OPENING_CONDITIONS:
        return True
    for i in range(cue.start - 1, sentence.start - 1, -1):
        word = doc[i].lower_
        if word in {",", ";", ":"} or stands_alone(doc[i]):
            return False
        if word in CONDITIONS or word in CONCESSIONS and i == sentence.start:
            return True
    return False


def excluded(doc: Doc, sentence: Span, cue: Span, marks: Marks) -> bool:
    """Whether an exclusion ("I expect that", "the inspectorate will", "told inspectors")
    reaches the cue. It governs the whole sentence, except a remedy under way in a clause
    before it: "the force is taking steps to fix this, but the inspectorate will monitor
    it" keeps the body's step of the first clause and drops the inspectorate's own. A
    writer's expectation that ends before the writer's own clause does not reach it either:
    "While I am sure the changes are being made, we will keep checking them". Nor does a
    view stated in a clause after the step ("We remain determined to address ..., and are
    confident that the changes ..."): it judges the step, it does not make it another's,
    and a view of what "they" or "it" will do, after the step, points back at it."""
    remedy = remedial(doc, sentence, cue, marks)
    for exclusion in marks.within("EXCLUDE", sentence.start, sentence.end):
        if exclusion.id_ == INSPECTORATE_SUBJECT and _passive_agent(doc, sentence, exclusion):
            continue  # "the points raised by the inspectorate will be addressed": the points are the subject
        if remedy and exclusion.id_ in OWN_REFERENCES:
            continue  # "since our inspection the force has begun work on our concerns": the inspectorate's work is named, not done
        if exclusion.id_ in EXPECTATIONS and exclusion.end <= cue.start and _own_subject_after(doc, exclusion, cue):
            continue
        if _confident_in_own_work(doc, exclusion, cue):
            continue
        if exclusion.id_ in VERDICTS and _verdict_apart(doc, sentence, exclusion, cue):
            continue
        if exclusion.id_ in EXPECTATIONS and exclusion.start >= cue.end and (
                new_clause(doc[cue.end : exclusion.start]) or _own_clause_joined(doc[cue.end : exclusion.start])):
            continue  # a view in a clause after the step
        if exclusion.id_ == PRONOUN_VIEW and exclusion.start >= cue.end:
            continue  # "While the review is under way, we are confident it will": "it" looks back at the step
        if not remedy or exclusion.start < cue.end or not new_clause(doc[cue.end : exclusion.start]):
            return True
    return False


def _passive_agent(doc: Doc, sentence: Span, exclusion: Span) -> bool:
    """Whether the inspectorate that opens an exclusion is the agent of a passive before it
    ("the changes sought by HMICFRS will follow", "the issues raised
    by HMICFRS would be addressed"): "by" a few words before it, with no clause break
    between, makes the noun before "by" the subject of the "will" after it."""
    low = max(sentence.start, exclusion.start - LIMITS.agent_reach)
    for i in range(exclusion.start - 1, low - 1, -1):
        if doc[i].lower_ in AGENT_MARKERS:
            return True
        if doc[i].is_punct:
            return False
    return False


def _confident_in_own_work(doc: Doc, exclusion: Span, cue: Span) -> bool:
    """Whether a writer's confidence is in what its own work will do ("we are confident
    that the action plans we have put in place will ...", "I am confident that work begun
    by my office will ..."): the step is the writer's, vouched for, not a view of others'.
    Confidence ("confident", "believe", "trust") only, never a fear or a forecast, and the
    first person stands between the "that" and the cue."""
    if exclusion.id_ != OTHERS_VIEW or exclusion.end > cue.start:
        return False
    if doc[exclusion.start].lower_ not in CONFIDENCE_WORDS:
        return False
    return bool(FIRST_PERSON_RE.search(doc[exclusion.end : cue.start].text))


def _verdict_apart(doc: Doc, sentence: Span, exclusion: Span, cue: Span) -> bool:
    """Whether a verdict on what is lacking ("not yet") leaves the cue the body's own: said
    by the body of itself ("we have not yet completed the review and will do so by June":
    "I" or "we" its subject, past the auxiliaries before "not"), or closed by a clause
    break before a cue after it ("the review has not yet been completed; we will complete
    it by June", "..., but the force will", "... and we will"). A verdict after the cue, or
    in the cue's own clause with another subject, stays the inspectorate's finding."""
    subject = exclusion.start - 1
    while subject > sentence.start and (doc[subject].lemma_ in VERDICT_AUXILIARIES or doc[subject].lower_ in SUBJECT_SKIP):
        subject -= 1
    if subject >= sentence.start and doc[subject].lower_ in FIRST_PERSON_SUBJECTS and not register_writer(doc, sentence, subject):
        return True  # the body's own "we have not yet": a register's monitor saying it is a finding
    if exclusion.end > cue.start:
        return False
    between = doc[exclusion.end : cue.start]
    return new_clause(between) or _own_clause_joined(between)


def _own_clause_joined(between: Span) -> bool:
    """Whether "and I" or "but we" opens a clause of the writer's own in the span: with its
    own subject it is a new clause even without a comma ("work is under way on the backlog
    and I am sure that ...": the view judges the step, it is a clause after it)."""
    words = [t.lower_ for t in between]
    return any(a in JOINERS and b in FIRST_PERSON_SUBJECTS for a, b in zip(words, words[1:]))


def _own_subject_after(doc: Doc, exclusion: Span, cue: Span) -> bool:
    """Whether the cue opens a clause of the writer's own after the exclusion: a comma or a
    clause break, then "I" or "we" as the cue's subject (", I will continue to ..."); a
    coordinator may join the clause after the break (", and we will monitor ...", ", but we
    will ...")."""
    subject = cue.start if doc[cue.start].lower_ in FIRST_PERSON_SUBJECTS else cue.start - 1
    while subject > exclusion.end and doc[subject].lower_ in SUBJECT_SKIP:
        subject -= 1
    if subject <= exclusion.end or doc[subject].lower_ not in FIRST_PERSON_SUBJECTS:
        return False
    before = subject - 1
    if doc[before].lower_ in JOINERS and before - 1 > exclusion.end:
        before -= 1
    return doc[before].text in {",", ";"} or stands_alone(doc[before])


def non_finite(doc: Doc, sentence: Span, cue: Span) -> bool:
    """A cue verb that is not finite states no step of its own: an infinitive
    ("committed to continue to improve", "helping the force to continue to improve",
    "determined to continue to provide") is the complement of the word before it, which
    decides (a cue of its own there, "we will seek to continue to", is read as itself);
    a participle right after a noun ("with the pandemic continuing to add pressure")
    describes that noun. A participle after a form of "be", a comma or "and" is the
    clause's own verb ("is continuing to", ", continuing to meet")."""
    if cue.start <= sentence.start or doc[cue.start].lower_ not in NON_FINITE_CUE_VERBS:
        return False
    before = doc[cue.start - 1]
    if doc[cue.start].lower_.endswith("ing"):
        return (before.is_alpha and before.lemma_ != "be" and not before.lower_.endswith("ly")
                and before.lower_ not in COORDINATORS | CONTINUATION_ADVERBS | SUBJECT_SKIP | CLAUSE_WORDS)
    return before.lower_ == "to"


def standing_aim(doc: Doc, sentence: Span, cue: Span) -> bool:
    """A hedged cue in the simple present ("we seek to put victims first", "the
    programme seeks to deliver change", "we hope to meet these challenges", "PCCs
    considering whether ...") states an aim or a hope that stands, not a step: only a
    modal, a form of "be" or an infinitive "to" before it ("we will seek to", "the force is
    exploring options", "agreed to consider whether") makes it a step, hedged."""
    if cue.id_ != AIM_CUE:
        return False
    i = cue.start - 1
    while i >= sentence.start and (doc[i].lower_ in SUBJECT_SKIP - MODALS or doc[i].lower_.endswith("ly")):
        i -= 1
    if i < sentence.start:
        return True
    word = doc[i]
    return not (word.lower_ in MODALS | FUTURE_CLITICS | {"to"} or word.lemma_ == "be")


def in_purpose(doc: Doc, sentence: Span, cue: Span) -> bool:
    """A cue inside a clause of purpose or result ("..., so that we will achieve our
    vision", "in order that the unit can see what is being done") states what a step
    is for, not a step; a new clause after it ("..., and we will also ...") is a step
    of its own. "To ensure" governs its clause with the "that" left out as well ("holds
    meetings to ensure action is being taken"); a comma closes such a clause when it
    opens the sentence ("To ensure the plan is being delivered, the PCC will meet ..."),
    so the step after the comma is the writer's own."""
    for i in range(cue.start - 1, sentence.start, -1):
        if doc[i].lower_ == "that" and (doc[i - 1].lower_ in PURPOSE_OPENERS or _ensure_purpose(doc, sentence, i - 1)):
            return not new_clause(doc[i + 1 : cue.start])
        if _ensures_bare_clause(doc, sentence, i, cue):
            return True
    return False


def _ensures_bare_clause(doc: Doc, sentence: Span, verb: int, cue: Span) -> bool:
    """Whether "to ensure" ("to make sure") at `verb` governs a clause holding the cue with
    its "that" left out: a state wished for ("to ensure action is being taken"), its subject
    alone between them. A comma, a clause break or a coordinator ends the aim (the
    sentence's own clause or predicate resumes: "to ensure we comply and are now seeking
    to improve"), and so does a second noun phrase opened after the aim's first words
    ("To ensure compliance the force is developing ...", "To ensure this happens the
    force is ...": the comma left out, the sentence's own subject follows the aim). A
    modal ("to make sure it will achieve ...") or speech reported in the past states what
    the body does to that end, not a state."""
    if doc[verb].lower_ == "make" or not _ensure_purpose(doc, sentence, verb):
        return False
    aim = doc[verb + 1 : cue.start]
    if len(aim) == 0 or aim[0].lower_ == "that" or doc[cue.start].lower_ in MODALS or cue.label_ == "BACKSHIFTED":
        return False
    return (not any(t.text == "," or t.lower_ in COORDINATORS for t in aim) and not new_clause(aim)
            and not _second_noun_phrase(aim))


def _second_noun_phrase(aim: Span) -> bool:
    """Whether a determiner or a subject pronoun opens a noun phrase of its own after a
    word that ends one ("compliance | the force", "this happens | the force"), not one
    that leads into it ("all the staff", "each of our teams", "staff in the unit")."""
    return any(word.lower_ in NOUN_PHRASE_OPENERS and before.is_alpha and before.lower_ not in NOUN_PHRASE_LEADS
               for before, word in zip(aim, aim[1:]))


def _ensure_purpose(doc: Doc, sentence: Span, verb: int) -> bool:
    """"... to ensure that", "... to make sure that": what a step is meant to secure, so a
    cue in the clause after it ("convened a meeting to ensure that work is being done")
    states the aim, not a step."""
    if doc[verb].lower_ == "sure" and verb > sentence.start and doc[verb - 1].lower_ == "make":
        verb -= 1
    return doc[verb].lower_ in ENSURE_VERBS and verb > sentence.start and doc[verb - 1].lower_ == "to"


def standing_arrangement(doc: Doc, sentence: Span, cue: Span, marks: Marks) -> bool:
    """What a body continues to do now is a standing arrangement ("the office continues to
    scrutinise the force", "crews continue to respond", "we continue to support the call
    for ..."), not a step in response, unless what continues is change: its clause names
    improvement, progress, something new, or the recommendations ("continue to introduce
    new measures", "is continuing to make improvements"). A promise to continue ("we will
    continue to scrutinise") is read by its modal, not here."""
    if doc[cue.start].lower_ not in CONTINUING:
        return False
    before = cue.start - 1
    while before > sentence.start and doc[before].lower_ in SUBJECT_SKIP | {"to"}:
        before -= 1  # "will also continue to", "will need to continue to"
    if before >= sentence.start and doc[before].lower_ in MODALS | FUTURE_CLITICS:
        return False
    # what continues answers the report's points ("continuing to be taken to resolve each area of concern")
    return not _aims_at_change(sentence, cue, marks)


def work_so_far(sentence: Span, cue: Span, marks: Marks) -> bool:
    """What a body has been doing ("we have been working with partners", "the unit has
    been looking at how cases are built") is an account of its work to date, not a step in
    response, unless the work aims at change or the report's points ("have been working
    through the recommendations", "have been working to address the concerns"): as with
    what a body continues to do."""
    if cue.id_ != PERFECT_PROGRESSIVE:
        return False
    if sentence.doc[cue.end - 1].lower_ in CHANGE_VERBS:
        return False  # "has been reviewing every open case", "have been developing": the verb is the change
    return not (_aims_at_change(sentence, cue, marks) or _working_towards(sentence, cue))


def _working_towards(sentence: Span, cue: Span) -> bool:
    """Whether "have been working" has an end of its own ("have been working hard to build
    a joint approach", "working closely with the mayor to fund more patrols"): work under
    way toward a goal, as "we are working to" is; not an aim to keep things so ("working
    with the force to ensure it remains a priority"), nor work "with partners" alone."""
    doc = sentence.doc
    if doc[cue.end - 1].lower_ not in WORKING_FORMS:
        return False
    for i in range(cue.end, min(cue.end + LIMITS.working_purpose_reach, sentence.end - 1)):
        word = doc[i]
        if word.is_punct or word.lower_ in CLAUSE_WORDS:
            return False
        if word.lower_ in INFINITIVE_MARKERS:
            verb = doc[i + 1]
            # "working to since the spring", "working to the plan": a preposition's "to", no end of its own
            return verb.is_alpha and verb.is_lower and verb.lower_ not in ENSURE_VERBS | PREPOSITIONS | CLAUSE_WORDS \
                | OPENING_SKIP
    return False


def dedicated_to_change(sentence: Span, cue: Span, marks: Marks) -> bool:
    """Whether a dedication ("we are committed to", "determined to") states a step: it must be
    dedicated to the findings or to change, named after the cue, not in a clause before ("We
    welcome the recommendations and remain committed to doing everything possible"); a
    mission ("committed to keeping people safe", "to doing everything possible") is a standing
    duty unless the findings are its object, and a state kept or secured ("committed to
    ensuring we are an effective force") is a value unless it names the findings, or
    change together with the report it answers."""
    if marks.within("ANCHOR", cue.start, sentence.end):
        return True  # "the proposed approach to addressing these matters": the cue may end inside the anchor
    if marks.starting("MISSION", cue.start, cue.end + LIMITS.mission_reach):
        return False
    if cue.end < sentence.end and (sentence.doc[cue.end].lower_ in DEDICATED_STATES
                                   or _secures_a_state(sentence, cue.end)):
        # "committed to maintaining these services", "to ensuring we are an effective force": a state
        # kept or secured, no step, unless change follows the report it answers
        if not marks.within("INSPECTORATE", cue.end, sentence.end):
            return False
    return bool(marks.within("CHANGE", cue.end, sentence.end))


def _secures_a_state(sentence: Span, start: int) -> bool:
    """Whether the word at `start` ("ensuring") governs a clause that states a state ("ensuring
    we are a highly effective force", "ensuring this is undertaken in a positive way", "ensuring
    that more people feel safe", "ensuring we have the right resources"): a value, as a state
    kept is. Before a change ("ensuring every officer completes the training"), a change made
    ("ensuring we have introduced ...") or with a time mark after it ("... by December") it
    secures an outcome set in train, read as any dedication is (a step when change follows)."""
    doc = sentence.doc
    if doc[start].lower_ not in SECURING_VERBS:
        return False
    first = start + 1
    if first < sentence.end and doc[first].lower_ in COMPLEMENTISERS:
        first += 1  # "ensuring that ..."
    if names_time_mark(doc[first : sentence.end].text):
        return False
    for i in range(first + 1, min(first + 1 + LIMITS.secured_subject_words, sentence.end)):
        word = doc[i - 1]
        if not word.is_alpha or word.lower_ in CLAUSE_WORDS:
            return False  # no subject of a clause of its own before the verb
        verb = doc[i]
        if verb.lower_ in STATE_COPULAS:
            return True
        if verb.lower_ in STATE_POSSESSIONS:
            return not (i + 1 < sentence.end and doc[i + 1].lower_.endswith("ed"))  # "have introduced": made
    return False


def pledged_to_a_thing(doc: Doc, sentence: Span, cue: Span) -> bool:
    """Whether "committed to" governs a noun phrase, not a verb ("officers committed to a
    'right first time' attitude", "staff who are committed to their communities"): devotion
    to a thing is an attitude, a step only when the thing is change or the findings."""
    return (doc[cue.end - 1].lower_ == "to" and doc[cue.end - 2].lower_ == "committed" and cue.end < sentence.end
            and doc[cue.end].lower_ in OPENING_SKIP)


def aims_only_at_mission(sentence: Span, cue: Span, marks: Marks) -> bool:
    """Whether all the cue governs before a generic mission further on is the body's
    ordinary work ("will carry on supporting our partners so that our towns stay safe",
    "is engaging with residents so that they feel safe", "we aim to give every village a service that
    puts residents at the heart of what it does"): the mission is then its only end, a
    general aim (NOTES, round 66 audit question 2 (e)), not a step on the report's points.
    A change or the report's points named between the cue and the mission ("continue to
    develop our processes so that victims get the best possible service") make it a step;
    a mission right after the cue is read by its own, nearer rule (mission_reach)."""
    missions = marks.starting("MISSION", cue.end + LIMITS.mission_reach, sentence.end)
    if not missions:
        return False
    start = missions[0].start
    doc = sentence.doc
    if any(doc[i].lower_ in COORDINATORS and doc[i + 1].lower_ in FIRST_PERSON_SUBJECTS for i in range(cue.start, start)):
        return False  # "the changes will go on and we stay committed to ...": the mission is another clause's
    return not (marks.overlapping("CHANGE", cue.start, start) or marks.overlapping("ANCHOR", cue.start, start))


def _aims_at_change(sentence: Span, cue: Span, marks: Marks) -> bool:
    """Whether what a cue of continuing or dedication governs is change or the report's
    points: "continue to introduce new measures", "committed to improving the service",
    "determined to address the findings", as against "continue to scrutinise the force" or
    "committed to keeping people safe" (a standing duty)."""
    return bool(marks.within("CHANGE", cue.end, sentence.end) or marks.within("ANCHOR", cue.end, sentence.end))


def subject_only(between: Span) -> bool:
    """Whether the words between a question word and a cue can only be the cue's subject
    ("how full compliance with the new rules will be achieved"): a short run of words
    with no punctuation and no verb of a clause of its own (a modal or a form of "be" or
    "have" would open one)."""
    return len(between) <= LIMITS.question_subject_words and all(
        (t.is_alpha or t.lower_ in POSSESSIVES) and t.lower_ not in MODALS | CLAUSE_VERBS | FIRST_PERSON_SUBJECTS
        for t in between)


def is_name(word: Token) -> bool:
    """A word that names someone: capitalised ("Kent Police"), or a body's initials
    ("DHSC will provide", "the NFCC will publish")."""
    return word.is_title or (word.is_upper and word.is_alpha and len(word) > 1)


def owned_signpost(sentence: Span, signpost: Span) -> bool:
    """Whether the author or their plan sets out the steps that follow ("Below I set out
    how", "the following sections outline how", "an improvement plan setting out how"),
    not a national blueprint nor a demand ("should ... as well as to detail how")."""
    doc = sentence.doc
    if signpost.start > sentence.start and doc[signpost.start - 1].lower_ == "to":
        return False
    before = doc[max(sentence.start, signpost.start - LIMITS.signpost_reach) : signpost.start]
    return any(t.lower_ in SIGNPOST_OWNERS for t in before)


def inspection_business(doc: Doc, sentence: Span, cue: Span) -> bool:
    """Whether the step is about the inspection itself, its regime, timing or the run-up
    to it ("the inspectorate will take on a regime for fire services too", "later rounds
    would move to remote inspections", "will join us ahead of our next inspection"): the
    inspection is no item's remedy, so arranging for it answers nothing. The sentence must say nothing of what an inspection found, graded or asked
    ("improving performance in inspections", "a better rating next time"), and the
    inspection must not be the step's cause or partner ("will be in place following an
    inspection", "working closely with the Inspectorate"), nor the responder's own
    inspections ("our fire safety inspections of high-rise buildings")."""
    mentions = [t for t in doc[cue.end : sentence.end]
                if t.lower_ in INSPECTION_PROCESS and not new_clause(doc[cue.end : t.i])]  # the step's own clause
    if not mentions or any(w.lower_ in INSPECTION_LINKS
                           for t in mentions for w in doc[max(cue.end, t.i - LIMITS.inspection_link_reach) : t.i]):
        return False  # "will be in place following an inspection by the Inspectorate": its cause
    return not any(t.lower_.startswith(INSPECTION_OUTCOME_STEMS) for t in sentence)


def _report_subject_end(doc: Doc, sentence: Span, marks: Marks) -> int | None:
    """Where the subject ends when a sentence opens with the inspectorate or its report
    ("The HMICFRS report ...", "The inspectorate's latest report ..."): names, their
    determiners and possessives, and the few modifiers of a report, up to the last
    inspectorate word, which must be the head. None when anything else comes first ("The
    chief welcomed the report") or a name follows ("Chief Inspector Jo Bloggs", a rank)."""
    sources = {t for s in marks.within("INSPECTORATE", sentence.start, sentence.end) for t in range(s.start, s.end)}
    end = None
    i = sentence.start
    while i < sentence.end and (doc[i].is_punct or doc[i].is_quote) and doc[i].text not in {",", ";", ":"}:
        i += 1
    while i < sentence.end and i - sentence.start <= LIMITS.report_subject_run:
        word = doc[i]
        if i in sources:
            end = i + 1
        elif not (word.is_title or word.is_upper or word.lower_ in REPORT_SUBJECT_WORDS
                  or word.text in {"(", ")"}):
            break
        i += 1
    return end if end == i else None


def report_speaks_on(doc: Doc, sentence: Span, cue: Span, marks: Marks) -> bool:
    """"The inspectorate's report praises the force and says it is developing ...", "The
    report gives the service a good rating, saying that it is planning ...": when the
    report is the sentence's subject, a verb of saying joined to its first verb ("and
    says", ", saying") has the report as its subject too, so what follows is its finding.
    A verb with a subject of its own ("and the chief said") is someone else speaking."""
    end = _report_subject_end(doc, sentence, marks)
    if end is None or end >= cue.start:
        return False
    verbs = [r for r in marks.within("REPORTING", end, cue.start)]
    if not verbs:
        return False
    for verb in verbs:
        before = doc[verb.start - 1] if verb.start > end else None
        while before is not None and before.lower_ in SUBJECT_SKIP and before.i > end:
            before = doc[before.i - 1]
        if before is not None and before.i >= end and before.lower_ not in COORDINATORS and before.text != ",":
            return False  # "and the Chief Constable said": a subject of its own
    return not own_clause(doc, verbs[-1], cue)


def new_clause(between: Span) -> bool:
    """Whether a clause break lies in the span: ";", a dash standing alone ("accept the
    recommendations in their report – we are already acting"), or a comma and a word that
    opens a clause of its own (", and", ", but", ", where the service is ...")."""
    words = [t.lower_ for t in between]
    dashes = sum(stands_alone(t) for t in between)  # a pair of dashes encloses an aside
    return (";" in words or dashes % 2 == 1
            or any(a == "," and b in CLAUSE_OPENERS and c not in COMPLEMENTISERS
                   for a, b, c in zip(words, words[1:], words[2:] + [""])))


def _shares_subject(between: Span) -> bool:
    """Whether the cue is one more predicate of the clause before the break, with no
    subject of its own: "the force has a plan; is working well ...; and is making
    progress", "its use of resources gives value, and continues to improve": the break
    ends a list of what was reported, not the report."""
    words = [t.lower_ for t in between]
    breaks = [i for i, w in enumerate(words) if w in {";", ","} or stands_alone(between[i])]
    return bool(breaks) and all(w in COORDINATORS or w in CONTINUATION_ADVERBS for w in words[breaks[-1] + 1 :])


def stands_alone(word: Token) -> bool:
    """A dash with a space on either side ("report – we are acting"); the tokenizer also
    splits the hyphen of "long-term", which joins two words and breaks no clause."""
    if word.lower_ not in DASHES:
        return False
    before = word.doc[word.i - 1].whitespace_ if word.i > 0 else " "
    return bool(before or word.whitespace_)


def speech_subject(doc: Doc, sentence: Span, speech: list[Span]) -> Span:
    """Who says it: the words right before the last verb of saying, with a title set
    off by commas ("Cllr Jo Bloggs, leader of the opposition group, said") or a short name
    in brackets ("the Crown Prosecution Service (CPS) said"). "..., but
    added that ..." has the subject of the verb of saying before it."""
    for verb in reversed(speech):
        i = verb.start - 1
        end = verb.start
        if i > sentence.start and doc[i].text == ",":
            j = i - 1
            while j >= sentence.start and i - j <= LIMITS.apposition_reach and doc[j].text != ",":
                j -= 1
            if j >= sentence.start and doc[j].text == ",":
                i = j - 1  # the apposition, and the name before it
        if i > sentence.start and doc[i].text == ")":
            j = i - 1
            while j > sentence.start and i - j <= LIMITS.apposition_reach and doc[j].text != "(":
                j -= 1
            if doc[j].text == "(":
                i = j - 1  # "the Crown Prosecution Service (CPS) said": the short name and the full one
        while i >= sentence.start and end - i <= LIMITS.subject_run + LIMITS.apposition_reach and not doc[i].is_punct \
                and doc[i].lower_ not in CLAUSE_STOPS:
            i -= 1
        named = doc[i + 1 : end]
        if any(t.lower_ not in SPEAKER_AUXILIARIES for t in named) \
                or not (i >= sentence.start and doc[i].lower_ in CLAUSE_STOPS):
            return named
    return doc[sentence.start : sentence.start]


def inspectorate_reports(doc: Doc, sentence: Span, cue: Span, marks: Marks) -> bool:
    """Whether the inspectorate or its report is the subject of a reporting verb before
    the cue in the sentence, with the cue in the clause that verb governs."""
    for source in marks.within("INSPECTORATE", sentence.start, cue.start):
        after = past_relative_aside(doc, sentence, source, cue.start)
        verbs = [r for r in marks.within("REPORTING", after, cue.start)
                 if r.start - after <= LIMITS.attribution_reach
                 and not any(t.lower_ in NOT_A_SUBJECT for t in doc[after : r.start])]
        if verbs and (not own_clause(doc, verbs[0], cue) or credited_to_writer(doc, sentence, verbs[0], cue, marks)):
            return True
    for verb in marks.within("REPORTING", sentence.start, cue.start):
        if verb.id_ != "reporting-finding" or verb.start <= sentence.start:
            continue
        before = verb.start - 1
        while before > sentence.start and doc[before].lower_ in CONTINUATION_ADVERBS:
            before -= 1  # "It also highlights the activity ...": the adverb stands between the report and its verb
        if doc[before].lower_ in REPORT_PRONOUNS \
                and (not own_clause(doc, verb, cue) or credited_to_writer(doc, sentence, verb, cue, marks)):
            return True  # "It highlights that our teams are engaging": the report speaks
    return False


def past_relative_aside(doc: Doc, sentence: Span, source: Span, end: int) -> int:
    """Where the words after an inspectorate subject go on once a relative clause set off by
    commas is passed ("The inspection, which took place in May, found:", "Inspectors, who
    visited twice, said"): the aside describes the subject, so the verb after it is still the
    subject's. Only when the inspectorate's noun phrase opens its clause: after a preposition
    or a participle it is an object ("Jane Morton, responding to the report, which was
    published on Tuesday, said the force will ..."), the aside describes that object, and
    the verb after it is the speaker's, so its commas still part the two, as NOT_A_SUBJECT
    has them do. `source.end` itself when no such aside opens there or it does not close
    before `end`."""
    close = aside_close(doc, source.end, end)
    return source.end if close is None or not _opens_its_clause(doc, sentence, source) else close + 1


def _opens_its_clause(doc: Doc, sentence: Span, source: Span) -> bool:
    """Whether an inspectorate mention opens its clause: only the words of its own name
    (determiners, possessives, a report's modifiers, capitalised names) stand between it and
    the sentence's start, a punctuation mark or a word that opens a clause; never a
    preposition or an -ing word, which make it the object of another word."""
    i = source.start - 1
    while i >= sentence.start and not doc[i].is_punct and not doc[i].is_quote and doc[i].lower_ not in CLAUSE_WORDS:
        word = doc[i]
        if word.lower_ in PREPOSITIONS or word.lower_.endswith("ing") \
                or not (word.is_title or word.is_upper or word.lower_ in REPORT_SUBJECT_WORDS):
            return False
        i -= 1
    return True


def credited_to_writer(doc: Doc, sentence: Span, verb: Span, cue: Span, marks: Marks) -> bool:
    """Whether a "we" or "I" in the clause a report's verb governs is only the report's
    finding about the writer, cited as credit ("the inspection shows we are tackling what
    matters to residents", "the report accepts we are committed to fair treatment", "it
    highlights the gaps we are addressing"): no clause break and no comma sets the writer's
    words apart from the report's ("the inspectors recognised that since the visit, we have
    trained staff, and we are on course to ..."; "It notes two gaps, ..., we will fix them"),
    no "and we" opens a clause of the writer's own, the cue is one a report can credit the
    writer with (`CREDITED_CUES`: work under way, a dedication, being on track) and no step
    on the report's points. A pledge or a start ("the inspectorate acknowledges we will
    introduce ...", "HMICFRS found we have already started to ..."), the writer's plan ("it
    also recognises we ... have plans in place and underway") and work on what the report
    found ("it notes we are acting on its recommendations") are still the writer's step."""
    between = doc[verb.end : cue.start]
    if new_clause(between) or any(t.text == "," for t in between):
        return False
    reach = doc[verb.end : cue.start + 1]
    if any(a.lower_ in COORDINATORS and b.lower_ in FIRST_PERSON_SUBJECTS for a, b in zip(reach, reach[1:])):
        return False  # "the report notes our progress and we are now recruiting": a subject of the writer's own
    if cue.id_ not in CREDITED_CUES:
        return False  # "the report acknowledges we will introduce ...": a pledge or a start is the writer's own
    return not marks.within("ANCHOR", cue.start, sentence.end)


def finding_list_item(doc: Doc, sentence: Span, cue: Span, marks: Marks) -> bool:
    """Whether the cue opens a list item that completes a finding: the lead-in has the
    inspectorate report ("During the revisit, inspectors found that the force:") and
    each item ("• continues to develop its capacity") is what it found, not the body's
    word. An item that says "we" or "I" is the writer's own."""
    index = block_index(doc, sentence)
    if index < 0 or doc._.blocks[index][2] != "list_item":
        return False
    if text_of(doc)[doc._.blocks[index][0] : sentence.start_char].strip():
        return False  # a later sentence of the item may be the writer's own
    if any(t.lower_ in FIRST_PERSON_SUBJECTS for t in doc[sentence.start : cue.end]):
        return False
    lead_in = lead_in_of(doc, sentence)
    return lead_in is not None and inspectorate_reports(doc, lead_in, lead_in[-1:], marks)


def own_clause(doc: Doc, verb: Span, cue: Span) -> bool:
    """Whether the cue stands in a clause of the writer's own, out of the reach of a
    reporting verb before it: a clause break lies between them, or the cue's subject is
    "we" or "I" ("the report highlights ... and we are already taking action")."""
    between = doc[verb.end : cue.start]
    if new_clause(between) and not _shares_subject(between) and not _reported_pronoun_clause(between):
        return True
    return any(t.lower_ in FIRST_PERSON_SUBJECTS for t in doc[verb.end : cue.start + 1])


def _reported_pronoun_clause(between: Span) -> bool:
    """Whether the clause after the last ";" has a third-person pronoun as its subject
    ("inspectors said the force is good at A; it is good at B and is continuing to
    improve C"): the pronoun points back to what was reported, so the report goes on.
    The writer's own clause would name the body or say "we"."""
    words = [t.lower_ for t in between]
    if ";" not in words:
        return False
    after = words[len(words) - 1 - words[::-1].index(";") + 1 :]
    return bool(after) and after[0] in REPORTED_PRONOUNS and not any(w in FIRST_PERSON_SUBJECTS for w in after)


def opens_list_item(doc: Doc, sentence: Span, verb: Span) -> bool:
    """Whether the verb is the first word of a list item's first sentence (past a bullet
    mark the text may keep)."""
    index = block_index(doc, sentence)
    if index < 0 or doc._.blocks[index][2] != "list_item":
        return False
    first = sentence.start
    while first < verb.start and doc[first].is_punct:
        first += 1
    return first == verb.start and not text_of(doc)[doc._.blocks[index][0] : sentence.start_char].strip()


def lead_in_of(doc: Doc, sentence: Span) -> Span | None:
    """The sentence that leads into the run of list items holding the sentence: the last
    one of the block before the run, when it ends in a colon."""
    blocks = doc._.blocks
    index = block_index(doc, sentence)
    while index >= 0 and blocks[index][2] == "list_item":
        index -= 1
    if index < 0:
        return None
    start, end = blocks[index][:2]
    block = doc.char_span(start, end, alignment_mode="contract")
    if block is None or not len(block) or not text_of(doc)[start:end].rstrip().endswith(":"):
        return None
    return sentence_of(doc, block.end - 1)
