"""Find commitments: sentences that state a step taken or to be taken in response.

A sentence is a commitment when a cue from `patterns/commitments.jsonl` marks a future,
progressive or committing form ("will", "is in the process of", "has committed",
"is being progressed", "continue to", "have been working through", "a working group has
been set up to address") that states a step,
and no exclusion marks the whole sentence as somebody else's expectation or request
("It was hoped that", "The Chair requested that"), or as the inspectorate's own
activity. Publishing ("will be published") is procedural: it voids its own clause only,
so "the guidance is being updated and will be published" still states a step. Inspection reports and PEEL pages are
findings, not responses, so only other document types are read, and minutes, which
report a meeting and so are never the inspectorate's own text.

A cue states no step when (labels of the pattern file):
- a VOID span overlaps it: negation ("no action will be taken", "we do not intend
  to"), a modal or a wish ("we can continue to", "we want to continue to"), an
  evaluation ("is collaborating well"), a stative verb ("continues to be"), a second
  person ("you will be keen"), discourse ("which I will come on to");
- a PREDICTION overlaps it and its subject is not an AGENT: "this will help", "the
  investments will make the force more efficient" foretell effects, while "we will
  provide training" is a step;
- a generic MISSION follows it closely ("working hard to keep you safe", "committed to
  reducing harm") and no ANCHOR ties the sentence to the findings; a DEDICATION cue
  ("we are committed to") needs an ANCHOR or a CHANGE after it ("committed to improving
  how we record crime"), and no MISSION unless the findings are its object; so does a
  "committed to" that governs a noun phrase ("staff committed to their communities");
- it sits in an embedded QUESTION or in what someone asks or urges of others ("asked
  when these would come into effect", "asked for confirmation of when ...", "called on
  the government to ...", "providers are encouraged to ...");
- it reports an inspectorate finding ("the inspectors found that the force is ...",
  "It highlights that ...", "..., a damning report has found"), unless a clause of the
  writer's own begins before it (a lone dash, ", where", "we" with a pledge, a plan or the
  report's points, not the report's credit: "it shows we are tackling what matters"); a report never insists or
  vows, so "It insisted ..." is the body speaking; a bullet under a lead-in in which the
  inspectorate reports ("inspectors found that the force:") completes the finding;
- its verb's object is the noun before it, so it describes that noun: "the headway the
  unit is making in custody";
- it is done by the inspectorate ("forces are being watched by the inspectorate"), or
  by the monitor who writes a recommendation register's progress comments, whose "I"
  and "we" are the inspectorate's unless quoting the force ("I will look again in June");
- its sentence is quoted speech of an inspector (the attribution, from `quotes`; a
  pronoun attribution, "he added", speaks for the speaker named before it);
- an inspector reports it ("HM Inspector Ann Lee said that the service is ...");
- its subject is the inspectorate or its work ("The HMICFRS liaison lead will ...",
  "all inspection work would be paused and would restart");
- it sits in a heading (unless the line names who said it: "Jo Bloggs said that the
  service is making changes" is the story's own report), a pull-quote, the untitled
  opening line of a page, a question ("... and when will it start?") or a footnote (which
  cites a source: "12 J Doe, 'We will fix this', The Times"), or repeats a sentence
  already counted.

Minutes report speech in the past: "would" and "was ongoing" are the speaker's "will"
and "is ongoing". BACKSHIFTED cues count only there: in a document of minutes (MEETING
words and reported "that"-clauses), or after a reporting verb in the same sentence
("said he would be monitoring closely"), and not when the sentence dates itself in the
PAST ("last year").

A commitment's text is its sentence, or, in a sentence long enough to string statements
together, the clause around its first cue.

Each commitment gets an actor, a deadline (ISO, when a date is named), a strength (the
weakest cue decides: hedged < planned < firm), and the item it answers when it refers
to one or follows a restatement of one.

This module holds the component and the extractor; the tests a cue's sentence is read by
(the word lists and `Marks`) are in `commitment_grammar`, the choice of a commitment's
text (a long sentence's clause, a restated plan) in `commitment_spans`.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from crosswalk.dates import find_dates
from crosswalk.extraction.commitment_grammar import (
    LIMITS, COMPLEMENTISERS, COORDINATORS, CUE_STRENGTH, DETERMINERS, JOINERS, FIRST_PERSON_RE, FIRST_PERSON_SUBJECTS, FUTURE_MODALS,
    MODALS, PREPOSITIONS, RELATIVE_PRONOUNS, REPORT_MODIFIERS, SPEAKER_AUXILIARIES, SUBJECT_CONNECTORS,
    SUBJECT_SKIP, SUBORDINATORS, THINGS, WORDS_FILE, Marks, agent_before, before_apposition, block_index, block_kind, commitment_words,
    conditional, cues_by_sentence, cut_short, dedicated_to_change, describes_a_kind, describes_work, directed, excluded,
    finding_list_item, in_purpose, inspection_business, inspectorate_reports, is_heading_line, is_name, is_title_line,
    lead_in_of, makes_progress, new_clause, non_finite, object_gap, opens_list_item, own_clause, owned_signpost,
    pledged_to_a_thing, prepositional_object, progress_on_work, record_subject, register_writer, remedial, report_speaks_on,
    aims_only_at_mission, speech_subject, standing_aim, standing_arrangement, subject_index, subject_only, work_so_far,
)
from crosswalk.extraction.commitment_spans import clause_of, opening_of, restates
from crosswalk.extraction.extensions import text_of
from crosswalk.extraction.meta import AUTHOR_ROLES
from crosswalk.extraction.quotes import affiliated_surnames, named_speaker, reporter_of, speaker_of, titled_surnames
from crosswalk.extraction.references import answer_regions, answered_item
from crosswalk.extraction.rulers import Ruler
from crosswalk.extraction.sentences import sentence_of
from crosswalk.extraction.subjects import bodies_in, is_subject_candidate
from crosswalk.model import INSPECTORATE_TYPES, PRESS_TYPE, Commitment
from crosswalk.quote_marks import CLOSING_QUOTES, OPENING_MARKS, OPENING_QUOTES
from crosswalk.resources import word_entry
from crosswalk.role_titles import speaker_titles

MARKS = frozenset({"EXCLUDE", "VOID", "PREDICTION", "AGENT", "DOCUMENT", "MISSION", "ANCHOR", "INSPECTORATE", "REPORTING",
                   "QUESTION", "MEETING", "MINUTES_HEADING", "PAST", "DIRECTIVE", "GENERIC", "REMEDY", "CHANGE",
                   "HONORIFIC", "LISTED_STEP", "LEAD_IN", "STRANDED", "INSPECTION_LEAD", "SIGNPOST",
                   "OWN_FINDINGS"})
LABELS = frozenset(CUE_STRENGTH) | MARKS
STRENGTH_ORDER = {"firm": 0, "planned": 1, "hedged": 2}
# "would improve.": a trend, unless someone reports a body's own promise ("the chief said the service would improve")
PROMISED_CHANGE = {"will-improve-intransitive", "continue-to-improve-intransitive"}
# the inspectorate and its work: its assessments and their method are its own process, no body's step
INSPECTION_WORK = commitment_words("inspection_work")
INSPECTION_WORDS = commitment_words("inspectors") | INSPECTION_WORK
INSPECTORS = INSPECTION_WORDS - INSPECTION_WORK
SUBJECT_RUN_WORDS = INSPECTION_WORDS | SUBJECT_CONNECTORS | commitment_words("subject_run_nouns")
EMBEDDING_OPENERS = COMPLEMENTISERS | SUBORDINATORS | RELATIVE_PRONOUNS  # "recognises that this remains ...": a clause with a subject of its own
NAME_RE = re.compile(r"\b(?:[A-Z][\w&’'-]*\s+){1,5}(?:Board|Group|Team|Unit|Department|Office|Officer|Panel|Meeting|Forum|Committee|Partnership|Service|Hub)\b")
ROLE_RE = re.compile(r"\b" + speaker_titles() + r"\b")  # patterns/role_titles.json
OWNERLESS_AGENTS = commitment_words("ownerless_agents")  # in a news story's own voice these may be the inspectors or anyone
RETOLD_SUBJECTS = commitment_words("retold_subjects")  # a news story's own "It is investing ...": the inspectorate's summary retold
# a role written out, named as the actor is ("Police and Crime Commissioner" -> "PCC"): the
# roles a signature names (meta.AUTHOR_ROLES), one list for both
ROLE_NAMES = dict(AUTHOR_ROLES)
SERVICE_SUBJECTS = commitment_words("service_subjects")  # what a service's step is done through
FINDINGS_NOT_STEPS = commitment_words("findings_not_steps")
INSPECTORATE_PERSONS = commitment_words("inspectorate_persons")  # "he", "she" in the inspectorate's own pages: its people
SPEECH_VERBS = "reporting-speech"  # the pattern id of verbs of saying, as against verbs of finding
THIRD_PARTIES = commitment_words("third_parties")  # speakers who answer for no responding body: the opposition, a union, another watchdog (the IOPC)
SOURCE_PHRASES = tuple(tuple(words) for words in word_entry(WORDS_FILE, "source_phrases"))  # "..., according to the report"
THING_SPEAKERS = commitment_words("thing_speakers")  # a speaker who is a thing is the report, whoever was named before it
AVOWALS = commitment_words("avowals")  # "It insisted all crews will be trained": a report never insists, so "it" is the body
PROGRESS_EVALUATIONS = {"progress-evaluation"}  # the void on "making good progress", lifted when the progress is on the report's points


@Language.factory("crosswalk_commitments", default_config={"patterns": "commitments.jsonl"}, requires=["token.is_sent_start", "token.lemma", "doc.spans", "doc._.items"], assigns=["doc._.commitments", "doc._.commitment_cues", "doc.spans"])
def make_commitments(nlp: Language, name: str, patterns: str) -> "CommitmentExtractor":
    return CommitmentExtractor(nlp, patterns)


class CommitmentExtractor:
    def __init__(self, nlp: Language, patterns: str) -> None:
        self.ruler = Ruler(nlp, "crosswalk_commitment_cues", patterns, LABELS)

    def __call__(self, doc: Doc) -> Doc:
        spans = self.ruler(doc)
        marks = Marks.of(spans)
        # an inspector is named by a title ("HM Inspector Ann Lee") or by the inspection they led
        titles = [s for s in marks.get("INSPECTORATE") if s.id_ == "inspectorate"] + marks.get("INSPECTION_LEAD")
        marks.inspectors = titled_surnames(doc, titles, marks.get("HONORIFIC"), ROLE_RE)
        # an opposition member, a candidate, a union official is named in full once, by surname after
        affiliations = [doc[t.i : t.i + 1] for t in doc if t.lower_ in THIRD_PARTIES]
        marks.outsiders = affiliated_surnames(doc, affiliations, marks.get("HONORIFIC"), ROLE_RE)
        minutes = self._is_minutes(doc, marks)
        # minutes are never an inspection report, whatever their type
        findings = getattr(doc._.meta, "doc_type", None) in INSPECTORATE_TYPES and not minutes
        # a news story's own "it" or "this", naming no one, retells the inspectorate's findings
        press = getattr(doc._.meta, "doc_type", None) == PRESS_TYPE and not minutes
        items = doc._.items
        regions = answer_regions(items, doc._.blocks)
        item_spans = [span for item in items for span in item.statements]
        found = []
        seen: set[str] = set()
        stated: dict[str, list[list[str]]] = {}  # opening up to the cue -> the words after it, by sentence
        cued = cues_by_sentence(doc, spans)
        # what the rules read and judged (kept or vetoed): a learned reader adds nothing here
        doc._.commitment_cues = tuple((s.start_char, s.end_char) for s in (sentence_of(doc, t) for t in sorted(cued)))
        for start_token, sentence_cues in sorted(cued.items()):
            sentence = sentence_of(doc, start_token)
            if self._states_no_step(doc, sentence, marks):
                continue
            said = " ".join(sentence.text.split()).lower()
            if said in seen:
                continue  # a plan stated again (in a summary, at the end) is one commitment
            if any(s <= sentence.start_char and sentence.end_char <= e for s, e in item_spans):
                continue  # a restated item is not a step
            speaker = self._speaker(doc, sentence, marks)
            # an inspector speaks: their own plans are no step, only the body's remedy they report
            inspector = speaker is not None and self._is_inspectorate(doc, marks, speaker)
            live = self._live_cues(doc, sentence, sentence_cues, marks, minutes, findings, inspector)
            if not live:
                continue
            first = min(live, key=lambda c: c.start)
            if press and speaker is None and self._unowned_report(doc, sentence, first, marks):
                continue
            # the same plan stated again, cut short ("... to addressing these matters"), after any of its cues
            openings = [opening_of(doc, sentence, cue) for cue in sorted(live, key=lambda c: c.start)]
            if any(restates(opening, rest, stated) for opening, rest in openings):
                continue
            seen.add(said)
            for opening, rest in openings:
                stated.setdefault(opening, []).append(rest)
            answers = answered_item(items, regions, text_of(doc), sentence.start_char, sentence.end_char)
            found.append(self._commitment(doc, sentence, live, first, speaker, marks, answers))
        found.extend(self._listed_steps(doc, marks, findings, seen, item_spans, regions))
        doc._.commitments = tuple(sorted(found, key=lambda c: c.start))
        return doc

    @staticmethod
    def _unowned_report(doc: Doc, sentence: Span, cue: Span, marks: Marks) -> bool:
        """A news story's own sentence, neither quoted nor in anyone's first person, whose
        subject is only "it", "they" or "this" retells what others found ("It is investing
        in IT", the inspectorate's summary; "They said senior leaders are prioritising", the
        inspectors): no step, unless a body, a role, a plan of the body, the report's points
        or a reported speaker are named. (Requiring the body as subject of every such
        sentence lost plans and models stated as subjects: "an action plan is in place".)"""
        said = sentence.text
        if any(q in said for q in OPENING_MARKS + "”") or FIRST_PERSON_RE.search(said):  # no apostrophes
            return False
        if marks.within("ANCHOR", sentence.start, sentence.end):
            return False  # "the areas targeted for improvement are being tackled": a step on the report's points
        speech = [r for r in marks.within("REPORTING", sentence.start, cue.start) if r.id_ == SPEECH_VERBS]
        if speech and not any(t.lower_ in OWNERLESS_AGENTS for t in speech_subject(doc, sentence, speech)):
            return False  # "Mark Cashin explained that work was ongoing": someone's reported speech
        if any(r[-1].lower_ in AVOWALS for r in speech):
            return False  # an avowal (AVOWALS): the body speaking, not the report
        zone = text_of(doc)[sentence.start_char : cue.start_char]
        if ROLE_RE.search(zone):
            return False
        if any(t.lower_ in SERVICE_SUBJECTS - OWNERLESS_AGENTS for t in doc[sentence.start : cue.start]):
            return False  # "an action plan is in place": the body's plan is its step
        if any(is_subject_candidate(s) and s.label_ != "national" for s in bodies_in(doc, sentence.start_char, cue.start_char)):
            return False
        if any(doc[a.start].lower_ not in OWNERLESS_AGENTS for a in marks.within("AGENT", sentence.start, cue.start)):
            return False
        # only a pronoun with no one named for it: a plan or a model as subject may be the body's own
        return any(t.lower_ in RETOLD_SUBJECTS for t in doc[sentence.start : cue.start])

    def _states_no_step(self, doc: Doc, sentence: Span, marks: Marks) -> bool:
        """Sentences whose cues are never read as a step, whatever the cue: where a step
        could only be quoted, cited or described rather than promised."""
        if is_title_line(doc, sentence):
            return True  # a headline quotes a step without stating it ("'We will do more'")
        if self._is_heading(doc, sentence) and not self._reports_speech(sentence, marks):
            return True  # a sub-heading that reports who said it ("X said the service is ...") is the story's own line
        if cut_short(doc, sentence):
            return True  # '"We are working c': the page's text ends before the step is named
        if block_kind(doc, sentence) == "footnote":
            return True  # a footnote cites a source, whose title may quote a promise
        if sentence.text.rstrip().rstrip("".join(CLOSING_QUOTES)).endswith("?"):
            return True  # a question asks for a step ("... and when will improvements be seen?")
        if any(doc[s.end : sentence.end].text.strip() == ""
               for s in marks.within("STRANDED", sentence.start, sentence.end)):
            return True  # "We will do this by:": the list under it states the steps
        return describes_a_kind(doc, sentence, marks)  # what any good service does is a standard, not a step

    @staticmethod
    def _reports_speech(sentence: Span, marks: Marks) -> bool:
        """Whether a verb of saying has its speaker before it in the sentence ("Simon
        Shelton said that ...", "The service say they're ...")."""
        return any(r.id_ == SPEECH_VERBS and r.start > sentence.start
                   for r in marks.within("REPORTING", sentence.start, sentence.end))

    def _listed_steps(self, doc: Doc, marks: Marks, findings: bool, seen: set[str], item_spans: list[tuple[int, int]],
                      regions: list[tuple[int, int, str]]) -> list[Commitment]:
        """Bullets that open with a verb of action ("Reviewing processes for ...", "Improve
        training so ...") under a lead-in that states a plan and ends in a colon ("they plan
        to:", "the force is reviewing processes including:", "This plan includes work to:"):
        each bullet completes the lead-in's step, and bears no cue of its own. Bullets of
        nouns name topics, not steps; the inspectorate's own lists are findings."""
        found = []
        for verb in marks.get("LISTED_STEP"):
            sentence = sentence_of(doc, verb.start)
            if findings or not opens_list_item(doc, sentence, verb):
                continue
            lead_in = lead_in_of(doc, sentence)
            if lead_in is None or not self._states_plan(doc, lead_in, marks):
                continue
            said = " ".join(sentence.text.split()).lower()
            if said in seen or any(s <= sentence.start_char and sentence.end_char <= e for s, e in item_spans):
                continue
            seen.add(said)
            speaker = self._speaker(doc, lead_in, marks)
            found.append(Commitment(
                actor=self._actor(doc, lead_in, doc[lead_in.end - 1 : lead_in.end], speaker, marks.get("REPORTING")),
                text=sentence.text.strip(), start=sentence.start_char,
                end=sentence.start_char + len(sentence.text.rstrip()), rule=verb.id_, strength="planned",
                deadline=self._deadline(doc, sentence),
                answers=answered_item(doc._.items, regions, text_of(doc), sentence.start_char, sentence.end_char)))
        return found

    def _states_plan(self, doc: Doc, lead_in: Span, marks: Marks) -> bool:
        """Whether a list's lead-in states a plan: a step cue or a plan that includes
        what follows, and nothing that makes it a request, a question, someone else's
        expectation or an inspector's words."""
        start, end = lead_in.start, lead_in.end
        if not (marks.within("LEAD_IN", start, end) or any(marks.within(label, start, end) for label in CUE_STRENGTH)):
            return False
        if any(marks.within(label, start, end) for label in ("DIRECTIVE", "EXCLUDE", "QUESTION")):
            return False
        speaker = self._speaker(doc, lead_in, marks)
        return speaker is None or not self._is_inspectorate(doc, marks, speaker)

    @staticmethod
    def _speaker(doc: Doc, sentence: Span, marks: Marks) -> tuple[int, int] | None:
        """Who the sentence quotes, by name where the quote names them: the actor of its
        step, and the test of whether the plan is the inspectorate's own."""
        speaker = speaker_of(doc, sentence, marks.get("REPORTING"))
        if speaker is None:
            return None
        return named_speaker(doc, speaker, marks.get("REPORTING"))

    def _live_cues(self, doc: Doc, sentence: Span, cues: list[Span], marks: Marks, minutes: bool,
                   findings: bool, inspector: bool) -> list[Span]:
        """The sentence's cues that state a step; in the inspectorate's own documents only
        the service's future steps it reports count, and in an inspector's words only the
        remedy the inspector reports the body to be taking."""
        voided = self._voided_starts(doc, sentence, cues, marks, minutes, findings)
        live = [c for c in cues if c.start not in voided and not excluded(doc, sentence, c, marks)
                and not self._monitor_speaks(doc, sentence, c)]
        if findings or inspector:
            live = [c for c in live if remedial(doc, sentence, c, marks)
                    or findings and not inspector and self._service_will(doc, sentence, c, marks)]
        return live

    @staticmethod
    def _monitor_speaks(doc: Doc, sentence: Span, cue: Span) -> bool:
        """A register comment's "I will look again ..." or "we are awaiting ...": the
        HMICFRS monitor's own plan (`register_writer`), no step of the force."""
        subject = cue.start if doc[cue.start].lower_ in FIRST_PERSON_SUBJECTS else subject_index(doc, sentence, cue.start - 1)
        return register_writer(doc, sentence, subject)

    def _commitment(self, doc: Doc, sentence: Span, live: list[Span], first: Span,
                    speaker: tuple[int, int] | None, marks: Marks, answers: str | None) -> Commitment:
        """The sentence as one commitment: the first live cue names its rule and actor, and
        the weakest live cue its strength (a promise hedged anywhere is hedged)."""
        weakest = max((CUE_STRENGTH[c.label_] for c in live), key=STRENGTH_ORDER.__getitem__)
        said = clause_of(doc, sentence, first)
        return Commitment(
            actor=self._actor(doc, sentence, first, speaker, marks.get("REPORTING")),
            text=said.text.strip(),
            start=said.start_char,
            end=said.start_char + len(said.text.rstrip()),
            rule=first.id_,
            strength=weakest,
            deadline=self._deadline(doc, sentence),
            answers=answers,
        )

    @staticmethod
    def _is_minutes(doc: Doc, marks: Marks) -> bool:
        """Minutes: meeting words ("A Member asked", "The Chairman") and speech reported
        in "that"-clauses ("advised Members that", "confirmed that"); or meeting words
        alone when there are many (minutes that list "the following points were noted");
        or a heading of their own ("Minutes:", "Agenda item"), which a council's pages of
        minutes carry whoever is speaking ("The Commissioner explained ...")."""
        reported = sum(1 for r in marks.get("REPORTING")
                       if any(t.lower_ == "that" for t in doc[r.end : r.end + LIMITS.reported_that_reach]))
        meeting = len(marks.get("MEETING"))
        if meeting * LIMITS.minutes_chars_per_meeting_word < len(text_of(doc)):
            return False  # a long report that names "the Chair" of its review twice is no minutes
        if meeting >= LIMITS.minutes_meeting_words_alone or any(is_heading_line(doc, h) for h in marks.get("MINUTES_HEADING")):
            return True
        return meeting >= LIMITS.minutes_meeting_words and reported >= LIMITS.minutes_reported_clauses

    def _voided_starts(self, doc: Doc, sentence: Span, cues: list[Span], marks: Marks, minutes: bool,
                       findings: bool) -> set[int]:
        """Start tokens of the cues that state no step. A cue pattern may match several
        lengths from one start ("will also", "will also continue to"): a start is voided
        when any of its matches is."""
        anchored = bool(marks.within("ANCHOR", sentence.start, sentence.end))
        voided = set()
        for cue in cues:
            # speech reported in the past backshifts "will" to "would"; a finding ("judged",
            # "highlighted") reports no one's plan
            reported = minutes or any(r.id_ == SPEECH_VERBS for r in marks.within("REPORTING", sentence.start, cue.start))
            if not self._states_step(doc, sentence, cue, marks, reported, anchored, findings):
                voided.add(cue.start)
        return voided

    def _states_step(self, doc: Doc, sentence: Span, cue: Span, marks: Marks, reported: bool, anchored: bool,
                     findings: bool) -> bool:
        if cue.label_ == "BACKSHIFTED" and (not reported or marks.within("PAST", sentence.start, sentence.end)):
            return False  # "announced he would be pausing it in November last year": a past plan
        if cue.label_ == "DEDICATION" and not dedicated_to_change(sentence, cue, marks):
            return False
        if pledged_to_a_thing(doc, sentence, cue) and not dedicated_to_change(sentence, cue, marks):
            return False  # "staff committed to their communities": an attitude, unless change is its object
        progress = makes_progress(doc, sentence, cue)
        if progress and not (marks.within("ANCHOR", cue.end, sentence.end) or progress_on_work(doc, sentence, cue)):
            return False  # "we are making progress day by day": progress untied to the report's points is a claim
        for void in marks.overlapping("VOID", cue.start, cue.end):
            if progress and void.id_ in PROGRESS_EVALUATIONS:
                continue  # "is making steady progress on the cause of concern"
            if reported and void.id_ == "modal" and doc[void.start].lower_ == "would":
                continue
            if not (reported and void.id_ in PROMISED_CHANGE and agent_before(doc, sentence, cue, marks)):
                return False
        for prediction in marks.overlapping("PREDICTION", cue.start, cue.end):
            if not self._has_agent_subject(doc, sentence, prediction, marks):
                return False
        if not anchored and marks.starting("MISSION", cue.start, cue.end + LIMITS.mission_reach):
            return False
        if not anchored and aims_only_at_mission(sentence, cue, marks):
            return False
        if standing_arrangement(doc, sentence, cue, marks) or work_so_far(sentence, cue, marks):
            return False
        if self._in_question(sentence, cue, marks, findings):
            return False
        if directed(doc, sentence, cue, marks) or conditional(doc, sentence, cue) or object_gap(doc, sentence, cue):
            return False
        if not anchored and (describes_work(doc, sentence, cue) or inspection_business(doc, sentence, cue)):
            return False
        if in_purpose(doc, sentence, cue) or non_finite(doc, sentence, cue) or standing_aim(doc, sentence, cue):
            return False
        if self._inspectorate_subject(doc, sentence, cue) or record_subject(doc, sentence, cue):
            return False
        if remedial(doc, sentence, cue, marks):
            return True  # the inspectorate may report it: the body's remedy under way is its step
        if self._inspector_reports(doc, sentence, cue, marks):
            return False
        return not self._reports_finding(doc, sentence, cue, marks)

    @staticmethod
    def _service_will(doc: Doc, sentence: Span, cue: Span, marks: Marks) -> bool:
        """In the inspectorate's own pages and letters, the only steps are those it
        reports of the service in the future ("It will use existing governance to
        oversee the plan", "The new process will consider the backlog"): an active
        verb after "will" whose subject is the service, a body or its plan. "We will"
        is the inspectorate, and so is "he" or "she" (an inspector the letter names: "He
        will keep this under review"); its present tense ("the service is reviewing ...")
        and "will need to" are findings, "This will", "which will" or a predicted
        effect ("a new unit will help it meet its duties") foretell effects, and a "will"
        after a question word ("predicts how many calls it will receive") is what the
        service works out, not what it will do."""
        if doc[cue.start].lower_ not in FUTURE_MODALS:
            return False
        verb = cue.start + 1
        while verb < sentence.end and doc[verb].lower_ in SUBJECT_SKIP:
            verb += 1
        if verb >= sentence.end or doc[verb].lower_ in FINDINGS_NOT_STEPS:
            return False
        if FIRST_PERSON_RE.search(text_of(doc)[sentence.start_char : cue.start_char]):
            return False
        if marks.overlapping("PREDICTION", cue.start, cue.end):
            return False  # "a new unit will help it meet its duties": an effect the inspectors foresee
        if marks.within("QUESTION", sentence.start, cue.start):
            return False  # "models how much demand it will face": what it works out, not what it will do
        subject = subject_index(doc, sentence, cue.start - 1)
        if subject < sentence.start:
            return False
        word = doc[subject]
        if word.lower_ in INSPECTORATE_PERSONS:
            return False  # "He will keep this under review": a person in the inspectorate's letter is one of its own
        return (word.lower_ in SERVICE_SUBJECTS or bool(marks.overlapping("AGENT", subject, subject + 1))
                or (word.is_title and word.lower_ not in THINGS and subject > sentence.start))

    @staticmethod
    def _inspector_reports(doc: Doc, sentence: Span, cue: Span, marks: Marks) -> bool:
        """"Inspector of Fire and Rescue Services Ann Lee said that the service is
        working to ...", "He added that ..." after her: what an inspector reports of
        the service is a finding, however long the inspector's title. "It also noted
        that ..." is the report speaking, even after a quote of the chief: a person is
        never "it"."""
        speech = [r for r in marks.within("REPORTING", sentence.start, cue.start) if r.id_ == "reporting-speech"]
        if not speech or own_clause(doc, speech[-1], cue):
            return False
        said = speech_subject(doc, sentence, speech)  # "Inspector of Fire and Rescue Services Ann Lee said"
        named = [t.lower_ for t in reversed(said)]
        if any(word in INSPECTORS or word in marks.inspectors or word in THIRD_PARTIES or word in marks.outsiders
               for word in named) \
                and not ROLE_RE.search(said.text):
            return True  # an inspector, or the opposition or a union speaking of the body, states no step of it
        subject = [word for word in named if word not in SPEAKER_AUXILIARIES][:1]
        if subject and subject[0] in THING_SPEAKERS and speech[-1][-1].lower_ not in AVOWALS:
            return True  # "It also noted where the force is ...": a person is never "it", so the report speaks
        reporter = reporter_of(doc, sentence, cue.start, marks.get("REPORTING"))  # "She added that ..."
        if reporter is None:
            return False
        if ROLE_RE.search(reporter):
            return False
        return any(word in INSPECTORS or word in marks.inspectors for word in re.findall(r"[a-z]+", reporter.lower()))

    @staticmethod
    def _has_agent_subject(doc: Doc, sentence: Span, prediction: Span, marks: Marks) -> bool:
        """Whether the word before the modal is someone who can act: a pronoun for a
        person, a body, or a capitalised name (not "This" or "It" opening a sentence, nor
        a document's title: "the State of Policing Report will inform" foretells an effect).
        A noun after a preposition is no subject but part of a phrase that describes one: in
        "wider use of laptops among officers will raise output" the subject is "use"."""
        i = subject_index(doc, sentence, prediction.start - 1, past_punct=True)
        if i >= sentence.start and doc[i].lower_ in JOINERS:
            return CommitmentExtractor._opening_agent(doc, sentence, i, marks)
        if i < sentence.start or prepositional_object(doc, sentence, i):
            return False
        if marks.overlapping("AGENT", i, i + 1):
            return True
        if marks.overlapping("DOCUMENT", i, i + 1):
            return False
        return is_name(doc[i]) and doc[i].lower_ not in THINGS and i > sentence.start

    @staticmethod
    def _opening_agent(doc: Doc, sentence: Span, joiner: int, marks: Marks) -> bool:
        """Whether a verb joined to the one before it ("WMFS has made great strides, but will
        seek to implement the recommendations"), with no subject of its own, shares a
        subject that can act: a body or a pronoun for one among the first words of the clause
        it is joined to ("The force", "Kent Police", "We"), or a body's initials opening it.
        That clause is the one the joiner continues: an embedded clause opened before it
        has a subject of its own ("The PCC recognises that this remains a focus and will
        require monitoring": "this" requires, a thing), else the sentence's. An attribution
        to the inspectorate inside it (", inspectors said, but will require follow-up")
        makes the whole the inspectors' report. A capitalised word that only opens the
        sentence ("Investment has risen and will help") is no name."""
        start = next((j + 1 for j in range(joiner - 1, sentence.start - 1, -1) if doc[j].lower_ in EMBEDDING_OPENERS),
                     sentence.start)
        for said in marks.within("REPORTING", start, joiner):
            if said.id_ == SPEECH_VERBS and marks.within("INSPECTORATE", max(start, said.start - LIMITS.attribution_reach), said.start):
                return False
        words = [t for t in doc[start:joiner] if t.is_alpha][:LIMITS.opening_agent_words]
        if not words:
            return False
        if any(marks.overlapping("AGENT", t.i, t.i + 1) or t.lower_ in FIRST_PERSON_SUBJECTS for t in words):
            return True
        return words[0].is_upper and len(words[0]) > 1

    @staticmethod
    def _is_heading(doc: Doc, sentence: Span) -> bool:
        """Whether the sentence is a heading block of its own: headlines,
        sub-headings and pull-quotes of press pages (a short quoted line with no full
        stop, "'We will act now'") quote or sum up; the step, if any, is stated in the
        text under them."""
        blocks = doc._.blocks
        index = block_index(doc, sentence)
        if index < 0:
            return False
        start, end, kind = blocks[index][:3]
        if sentence.start_char + len(sentence.text.rstrip()) > end:
            return False  # the sentence runs on past the block
        if kind == "heading":
            if sentence.text.rstrip().endswith("."):
                return False  # a headline has no full stop: a line with one is prose ("The force is ... ."), cut from its text
            block = text_of(doc)[start:end].rstrip()
            # the text of a page opening ends mid-sentence ("Meanwhile, the force said ongoing
            # work is expected, i"): its last block is a paragraph cut short, not a heading
            cut = (index == len(blocks) - 1 and not block.endswith((".", "!", "?", ":"))
                   and len(block.split()) >= LIMITS.cut_paragraph_words)
            # a clause ending in ":" leads into the list that completes it ("The programme
            # of work will also:"): the step is stated, the list says what it covers
            lead_in = block.endswith(":") and len(block.split()) >= LIMITS.opening_min_words
            return not (cut or lead_in)
        line = text_of(doc)[start:end].strip()
        return (kind == "paragraph" and len(line) > 2 and line[0] in OPENING_QUOTES and line[-1] in CLOSING_QUOTES
                and len(line.split()) <= LIMITS.pull_quote_words and not any(mark in line for mark in ".!?"))

    @staticmethod
    def _inspectorate_subject(doc: Doc, sentence: Span, cue: Span) -> bool:
        """Whether the cue's subject is the inspectorate or its work: "The HMICFRS Liaison
        Officer will meet the force", "all inspection work would be paused". The subject is the run of names and inspection nouns right before
        the cue; a lower-case word ends it, so "the inspection report recommendations
        will be implemented" has the recommendations as its subject. A cue that opens
        with its own subject ("we are on track to", "we are reviewing") names it: in
        "HMICFRS have recognised that ... and we are on track to" the writer acts."""
        if doc[cue.start].lower_ in FIRST_PERSON_SUBJECTS:
            return False
        # a cue that opens with its coordinator ("and vowed to") starts the second of two verbs
        i = subject_index(doc, sentence, cue.start if doc[cue.start].lower_ in COORDINATORS else cue.start - 1)
        i = before_apposition(doc, sentence, i)
        relative = i > sentence.start and doc[i].lower_ in RELATIVE_PRONOUNS
        if relative:
            i -= 1  # "said by inspectors who are visiting the unit": the head of the relative clause
        if i >= sentence.start and doc[i].lower_ in COORDINATORS:
            # "all inspection work would be paused and would restart": the subject of the first verb
            earlier = [j for j in range(max(sentence.start, i - LIMITS.coordinated_reach), i) if doc[j].lower_ in MODALS]
            if earlier:
                return CommitmentExtractor._inspectorate_subject(doc, sentence, doc[earlier[-1] : earlier[-1] + 1])
            # "HMICFRS operated a risk based approach and would prioritise ...": the sentence's own subject
            opening = [t.lower_ for t in doc[sentence.start : i] if not t.is_punct and t.is_alpha and len(t) > 1][:1]
            return bool(opening) and opening[0] in INSPECTORS
        run: list[str] = []
        while i >= sentence.start and len(run) < LIMITS.subject_run and (
            doc[i].is_title or doc[i].is_upper or doc[i].lower_ in SUBJECT_RUN_WORDS
        ):
            run.append(doc[i].lower_)
            i -= 1
        if not run or run[0] in SUBJECT_CONNECTORS:
            return False  # "accepts the report of HMICFRS and will act": a new clause
        # past the determiner and a report's modifiers ("the recent inspection"), so that "an update on
        # the recent inspection will be provided" finds the update, the object of "on", as the subject
        while i >= sentence.start and doc[i].lower_ in DETERMINERS | REPORT_MODIFIERS:
            i -= 1
        if i >= sentence.start and doc[i].lower_ in PREPOSITIONS and not relative:
            # the run is the object of a preposition: the subject is the noun before it,
            # "the inspection by the inspectorate is ongoing", not "the issues raised by the inspection"
            head = [t.lower_ for t in doc[max(sentence.start, i - 2) : i] if not t.is_punct]
            return any(word in INSPECTION_WORDS for word in head)
        return any(word in INSPECTION_WORDS for word in run)

    @staticmethod
    def _in_question(sentence: Span, cue: Span, marks: Marks, findings: bool) -> bool:
        """"asked when these would come into effect", "how effectively it is being
        tackled": a cue inside an embedded question; "an acknowledgement that
        improvements are being made" embeds someone's view in the same way. A reporting verb after the question
        ("..., and the Director confirmed that they would") starts an answer. So does a new
        clause: "The sections below set out how the force is responding, and I will monitor
        progress" signposts the first step and states the second. A body's own signpost
        to the steps that follow ("Below I set out how the force will address these
        recommendations", "a plan setting out how it will deliver them") states them as
        its plan, in the present or with "will"; in the inspectorate's pages, or backshifted
        ("setting out how you would address"), it only reports a plan."""
        backshifted = cue.label_ == "BACKSHIFTED"
        signposts = [] if findings or backshifted else [s for s in marks.within("SIGNPOST", sentence.start, cue.start)
                                                         if owned_signpost(sentence, s)]
        for question in marks.within("QUESTION", sentence.start, cue.start):
            if any(s.start <= question.start and question.end <= s.end for s in signposts):
                continue
            near = cue.start - question.end < LIMITS.question_near or subject_only(sentence.doc[question.end : cue.start])
            if (len(question) > 1 or near) and not marks.within("REPORTING", question.end, cue.start) \
                    and not new_clause(sentence.doc[question.end : cue.start]):
                return True
        return False

    @staticmethod
    def _reports_finding(doc: Doc, sentence: Span, cue: Span, marks: Marks) -> bool:
        """"Inspectors found that the constabulary is ...", "HMICFRS confirmed
        that ...": the inspectorate (or its report) reporting on the force is a finding.
        The inspectorate must be the verb's subject: in "acknowledged the inspectorate's
        concerns but confirmed that ..." someone else confirms.
        It is still the responder's own word when the reported clause says "we" or "I"
        ("it also recognises we ... have plans in place and underway") or a new clause
        begins before the cue ("the report named points to improve, on which the service
        already acts"); not when the "we" is only what the report credits the writer with,
        work under way that is no plan and no work on its points ("the inspection shows we
        are tackling what matters": `credited_to_writer`); a pledge ("acknowledges we will
        ...") stays the writer's own."""
        if inspectorate_reports(doc, sentence, cue, marks) or report_speaks_on(doc, sentence, cue, marks):
            return True
        return finding_list_item(doc, sentence, cue, marks) or CommitmentExtractor._finding_tail(doc, sentence, cue, marks)

    @staticmethod
    def _finding_tail(doc: Doc, sentence: Span, cue: Span, marks: Marks) -> bool:
        """"Victims are being left at risk, a damning report has found": the attribution
        comes after the statement, a comma and the inspectorate or its report as the
        subject of a reporting verb."""
        for k in range(cue.end + 1, sentence.end):
            if doc[k - 1].text == "," and any(tuple(t.lower_ for t in doc[k : k + len(p)]) == p for p in SOURCE_PHRASES) \
                    and marks.within("INSPECTORATE", k, sentence.end):
                return True  # "..., according to a review published today by the inspectorate"
        for verb in marks.within("REPORTING", cue.end, sentence.end):
            if any(t.lower_ == "that" for t in doc[verb.end : verb.end + 1]):
                continue  # "the report has found that ...": a statement of its own follows
            tail = doc[max(cue.end, verb.start - LIMITS.tail_reach) : verb.start]
            commas = [t.i for t in tail if t.text in {",", "”", '"'}]
            if commas and marks.within("INSPECTORATE", commas[-1], verb.start):
                return True
        return False

    @staticmethod
    def _is_inspectorate(doc: Doc, marks: Marks, speaker: tuple[int, int]) -> bool:
        """An inspector speaks when the attribution names the inspectorate and no
        responder's role: "Responding to the HMIC report, the APCC lead said" and "Ann
        Jones, PCC, a member of the HMIC reference group" are responders speaking."""
        said = text_of(doc)[speaker[0] : speaker[1]]
        if ROLE_RE.search(said):
            return False
        named = [w for w in re.findall(r"[\w’']+", said.lower()) if w not in SPEAKER_AUXILIARIES]
        if len(named) == 1 and named[0] in THING_SPEAKERS:
            return True  # 'It said: "..."', 'It went on to say: "..."' that names no one before it: the report speaks
        if any(word in THIRD_PARTIES or word in marks.outsiders for word in re.findall(r"[\w’']+", said.lower())):
            return True  # an opposition member or a union official quoted ('Mr Lee said' after naming him one)
        if any(word in marks.inspectors for word in re.findall(r"[\w’']+", said.lower())):
            return True  # 'Mr Parr added: "..."' after "HM Inspector Matt Parr" named him
        opener = said.split(",", 1)
        if len(opener) == 2 and opener[1].strip() and opener[0].split()[:1] \
                and (opener[0].split()[0].lower() in PREPOSITIONS or opener[0].split()[0].lower().endswith("ing")):
            # "In response to the HMIC report, the force said": the report is where, not who
            speaker = (speaker[0] + len(opener[0]) + 1, speaker[1])
        found = marks.within_chars("INSPECTORATE", *speaker)
        if any(s.id_ == "inspectorate" for s in found):
            return True
        words = [w for w in re.findall(r"[\w’']+", text_of(doc)[speaker[0] : speaker[1]].lower())
                 if w not in SPEAKER_AUXILIARIES]
        # '"...," an inspection report has found': the report itself is the speaker
        return bool(words) and any(s.text.lower() == words[-1] for s in found)

    @staticmethod
    def _actor(doc: Doc, sentence: Span, cue: Span, speaker: tuple[int, int] | None,
               reporting: list[Span]) -> str | None:
        """Who takes the step: a body or named group before the cue, else who reports
        it ("the Director confirmed that ..."), else the quoted speaker, else the
        document's own voice."""
        meta = doc._.meta
        text = text_of(doc)
        zone = text[sentence.start_char : cue.start_char]
        bodies = [s for s in bodies_in(doc, sentence.start_char, cue.start_char)
                  if is_subject_candidate(s) and s.label_ != "national"]
        role = ROLE_RE.search(zone)
        if role:
            return ROLE_NAMES.get(role.group().lower(), role.group())
        named = NAME_RE.search(zone)
        if named and (not bodies or named.start() < bodies[0].start_char - sentence.start_char):
            return named.group().strip()
        if bodies:
            return "PCC" if bodies[0].label_ == "pcc" else bodies[0].kb_id_
        reporter = reporter_of(doc, sentence, cue.start, reporting)
        if reporter is not None:
            return reporter
        if speaker is not None:
            said = ROLE_RE.search(text[speaker[0] : speaker[1]])
            if said:
                return ROLE_NAMES.get(said.group().lower(), said.group())
            speaking = [s for s in bodies_in(doc, *speaker) if s.label_ != "national"]
            if speaking:
                return "PCC" if speaking[0].label_ == "pcc" else speaking[0].kb_id_
        pronoun = FIRST_PERSON_RE.search(zone)
        if pronoun and pronoun.group(1) in ("I", "my", "My"):
            return getattr(meta, "author_role", None) or getattr(meta, "own_body", None)
        return getattr(meta, "own_body", None) or getattr(meta, "author_role", None)

    @staticmethod
    def _deadline(doc: Doc, sentence: Span) -> str | None:
        """The first date the sentence names, read with the document's own year."""
        year = getattr(doc._.meta, "year", None)
        dates = find_dates(sentence.text, default_year=year)
        return dates[0][2] if dates else None
