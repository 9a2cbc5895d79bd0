"""Decide a document's type, title, inspection, date, author and responding body.

Everything here reads the text, never the file name: researchers save files under any
name, and the same letter arrives as `response.pdf` and as `item-8929.html`. Cue lists
and title patterns are data in `patterns/`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from crosswalk import textcat
from crosswalk.align.inspection_keys import document_sector, names_sector
from crosswalk.bodies import Body, find_bodies, find_bodies_in_sector, force_of_area, gazetteer, lookup, named_most, pcc_of
from crosswalk.chief_officers import chief_named
from crosswalk.commissioners import commissioner_named
from crosswalk.dates import find_dates, is_date_line
from crosswalk.ingest.address import NATIONAL_KINDS, Publisher, area_body, publisher, register_entry_body, written_publisher
from crosswalk.ingest.screen import Screen, fold, screen
from crosswalk.model import ANSWER_TYPES, DOC_TYPES, RESPONSE_TYPES
from crosswalk.pattern_lists import resolve_lists
from crosswalk.places import place_body
from crosswalk.quote_marks import CLOSING_QUOTES
from crosswalk.resources import check_keys, read_json, read_lines
from crosswalk.role_titles import signature_titles

SIGN_OFF_RE = re.compile(r"^(?:yours (?:faithfully|sincerely|truly)|kind regards|best wishes)\b", re.I)
ROLE_RE = re.compile(r"\b" + signature_titles() + r"\b", re.I)  # patterns/role_titles.json
TITLE_WORDS_RE = re.compile(r"\b(?:inspection|response|report|peel|hmicfrs|hmic)\b", re.I)


PUBLISHED_RE = re.compile(r"\bpublish(?:ed|es|ing)?\b", re.I)
LETTERHEAD_BLOCKS, SIGNATURE_BLOCKS = 20, 12  # where a letter's date line sits
# An area's bare name as a possessive ("Durham’s Crime Data Integrity", "Surrey’s Head of
# Crime", "Cornwall’s unique geography"): up to four capitalised words before "’s".
AREA_POSSESSIVE_RE = re.compile(r"(?<![\w-])((?:[A-Z][\w-]*)(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})['’]s(?!\w)")
SEVERAL_AREAS = 2  # a head line naming the bodies of this many areas lists them (pilot services, a region): none of them answers by it
REVIEWED_REACH = 40  # characters before a body's name read for the review it is the subject of
NATIONAL_MENTIONS = 3  # a national body named this often, and most, in a text naming no area's body wrote it
HEAD_BLOCKS = 12  # the head of a document is at most this many blocks ...
HEAD_WORDS = 30  # ... and ends with the first sentence-ending block this long (body text)
LEAD_EXTRA_BLOCKS = 2  # blocks after the head where a release introduces its speaker
AFTER_LABELLED_DATE_RE = re.compile(
    r"[ \t]*(?:$|\n|,?[ \t]*(?:at[ \t]+)?\d{1,2}[:.]\d\d\b|by\b|[|•·–-]|(?-i:[A-Z]))", re.I)
WEEKDAY_RE = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.I)
BYLINE_RE = re.compile(r"[ \t]*(?:\||[•·]|by\b)", re.I)
DISPATCH_RE = re.compile(r"\b(?:sent|wrote)\b[^.\n]{0,80}?\bon\s+")
TITLE_DATE_RE = re.compile(r"\(([^()]{6,30})\)\s*$")
HOME_OFFICE, GOVERNMENT = "Home Office", "UK Government"
POLICING_INSPECTORATE_RE = re.compile(r"\bhmic(?:frs)?\b|\binspectorate of constabulary\b", re.I)
OTHER_DEPARTMENT_RE = re.compile(r"\b(?:department (?:of|for)|ministry of|cabinet office|treasury)\b|\bdhsc\b", re.I)


@dataclass(frozen=True)
class Metadata:
    doc_type: str
    title: str | None
    inspection: str | None
    date: str | None
    author: str | None
    responding_body: str | None
    published: str | None
    body_by_address: bool = False  # the responding body is the address's, not the text's


@dataclass(frozen=True)
class Answering:
    """Who answers a document (`find_responding_body`), and whether its declared address
    decided it (`by_address`): where the text alone would answer otherwise (a register
    entry's or a national body's own site outranking the text, a body's own site setting
    aside the national body its lead presents, the address's body where the text names
    none). Such a body is the one the page is about, not the one its words "the force" name
    (`Document.body_by_address`); said where it is decided, so the text is read a second time
    only where the address outranks it (`_outranking`)."""

    body: str | None
    by_address: bool = False


@dataclass(frozen=True)
class Cue:
    pattern: Screen  # searched over the whole text, so screened (see `screen`)
    weight: int
    narration: bool = False  # searched outside quotations only: a voice the document speaks in itself


@dataclass(frozen=True)
class DocTypeCues:
    """`patterns/doc_types.json`: genre cues, then who-responds cues for responses."""

    min_score: int
    default_responder: str
    genres: dict[str, tuple[Cue, ...]]
    responders: dict[str, tuple[Cue, ...]]
    carried_statement: Screen  # a press lead reporting a body's answer
    national_responders: dict[str, str]  # national body (canonical) -> the type its answers take
    party_weight: int  # response-genre weight of a head that presents a national body answering
    local_party_weight: int  # ... a force, PCC or fire service answering (press leads do that too)
    party_after: re.Pattern[str]  # what follows a body the head presents as answering ...
    party_before: re.Pattern[str]  # ... or what precedes it
    party_not_after: re.Pattern[str]  # a body after a preposition is addressed or mentioned, not answering
    party_pcc_role: re.Pattern[str]  # a commissioner's role named in the words that present an area's body
    reviewed_before: re.Pattern[str]  # the words before a body that a review or inquiry is of: its subject, not who answers
    employer: tuple[re.Pattern[str], re.Pattern[str]]  # the words before and after a body that a person named in passing serves
    collectives: tuple[tuple[re.Pattern[str], str], ...]  # "Police and Crime Commissioners" -> their association
    role_parties: tuple[tuple[re.Pattern[str], str], ...]  # a role speaking in the lead -> its responder
    role_bodies: tuple[tuple[Screen, str], ...]  # a role or committee naming its body (an area's or a national one's)
    fire_lead: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]  # names of both services, fire words, police words
    lead_cues: dict[str, tuple[tuple[re.Pattern[str], int], ...]]  # genre -> cues read in the head and lead only
    several_areas: tuple[str, int, int]  # genre, areas and weight: a head naming the bodies of that many areas
    responder_floor: dict[str, int]  # responder -> the weight its cues need to decide who answers
    untyped: dict[str, tuple[Cue, ...]]  # genre -> cues read only in a text no other cue types
    site_chrome: dict[str, tuple[tuple[re.Pattern[str], int], ...]]  # genre -> cues read in the dropped web furniture
    quotation: re.Pattern[str]  # a quoted passage: words the document reports, not its own
    police_authority: tuple[re.Pattern[str], re.Pattern[str]]  # an area's police authority named, a commissioner named
    third_parties: tuple[re.Pattern[str], ...]  # a union, charity, campaign or MP: who speaks for no answering body
    third_party_role: re.Pattern[str]  # its role just before its name: "Chief Executive of X, said"
    welsh_parties: re.Pattern[str]  # a Welsh party or elected member, case kept ("AS" a member, "as" no word)


def _cues(group: str, entries: list[dict[str, Any]]) -> tuple[Cue, ...]:
    for entry in entries:
        if not {"cue", "weight"} <= set(entry) <= {"cue", "weight", "narration"}:
            raise ValueError(f"doc_types.json: {group} cue needs cue and weight (and narration only): {entry}")
    return tuple(Cue(screen(re.compile(e["cue"], re.I | re.M)), int(e["weight"]), bool(e.get("narration", False)))
                 for e in entries)


@lru_cache(maxsize=1)
def doc_type_cues() -> DocTypeCues:
    data = resolve_lists(read_json("doc_types.json"), "doc_types.json")
    known = {"_comment", "min_score", "default_responder", "genres", "responders", "carried_statement",
             "national_responders", "party_weight", "local_party_weight", "party_after", "party_before", "party_not_after", "party_pcc_role",
             "reviewed_before", "employer", "third_parties",
             "collectives", "role_parties", "role_bodies", "fire_lead", "lead_cues", "several_areas",
             "responder_floor", "untyped", "site_chrome", "quotation", "police_authority"}
    check_keys("doc_types.json", data, known)
    responders = {t: _cues(t, e) for t, e in data["responders"].items()}
    unknown = (set(data["genres"]) - {"response"} | set(responders)) - set(DOC_TYPES)
    unknown |= (set(data["lead_cues"]) | {data["several_areas"]["genre"]}) - set(data["genres"])
    unknown |= set(data["responder_floor"]) - set(responders)
    unknown |= set(data["untyped"]) - set(data["genres"])
    unknown |= set(data["site_chrome"]) - set(data["genres"])
    if unknown or "response" not in data["genres"] or data["default_responder"] not in responders:
        raise ValueError(f"doc_types.json: unknown document types {sorted(unknown)} or no response genre/default")
    national = dict(data["national_responders"])
    named = {b.canonical for b in gazetteer().values()
             if b.kind in ("national", "government") or b.kind == "pcc" and b.area}
    collectives = tuple((re.compile(c["cue"], re.I | re.M), c["body"]) for c in data["collectives"])
    role_parties = tuple((re.compile(c["cue"], re.I), c["responder"]) for c in data["role_parties"])
    role_bodies = tuple((screen(re.compile(c["cue"], re.I | re.M)), c["body"]) for c in data["role_bodies"])
    if {r for _, r in role_parties} - set(responders) or any(lookup(b) is None for _, b in role_bodies):
        raise ValueError("doc_types.json: role_parties need responder types, role_bodies gazetteer bodies")
    if set(national) - named or set(national.values()) - set(responders) or {b for _, b in collectives} - set(national):
        raise ValueError("doc_types.json: national_responders and collectives need national, government or "
                         "police authority bodies of patterns/bodies.csv and responder types")
    return DocTypeCues(
        min_score=int(data["min_score"]),
        default_responder=data["default_responder"],
        genres={g: _cues(g, e) for g, e in data["genres"].items()},
        responders=responders,
        carried_statement=screen(re.compile(data["carried_statement"], re.I | re.M)),
        national_responders=national,
        party_weight=int(data["party_weight"]),
        local_party_weight=int(data["local_party_weight"]),
        party_after=re.compile(data["party_after"], re.I),
        party_before=re.compile(data["party_before"], re.I),
        party_not_after=re.compile(data["party_not_after"], re.I),
        party_pcc_role=re.compile(data["party_pcc_role"], re.I),
        reviewed_before=re.compile(data["reviewed_before"], re.I),
        employer=(re.compile(data["employer"]["before"], re.I), re.compile(data["employer"]["after"], re.I)),
        collectives=collectives,
        role_parties=role_parties,
        role_bodies=role_bodies,
        fire_lead=tuple(re.compile(data["fire_lead"][k], re.I) for k in ("both", "fire", "police")),  # type: ignore[arg-type]
        lead_cues={g: tuple((c.pattern.pattern, c.weight) for c in _cues(g, e)) for g, e in data["lead_cues"].items()},
        several_areas=(data["several_areas"]["genre"], int(data["several_areas"]["areas"]),
                       int(data["several_areas"]["weight"])),
        responder_floor={r: int(w) for r, w in data["responder_floor"].items()},
        untyped={g: _cues(g, e) for g, e in data["untyped"].items()},
        site_chrome={g: tuple((c.pattern.pattern, c.weight) for c in _cues(g, e)) for g, e in data["site_chrome"].items()},
        quotation=re.compile(data["quotation"], re.M),
        police_authority=(re.compile(data["police_authority"]["authority"], re.I),
                          re.compile(data["police_authority"]["commissioner"], re.I)),
        third_parties=(re.compile(data["third_parties"]["names"]), re.compile(data["third_parties"]["forms"])),
        third_party_role=re.compile(data["third_parties"]["role_of"], re.I),
        welsh_parties=re.compile(data["third_parties"]["welsh"]),
    )


@lru_cache(maxsize=1)
def _inspection_res() -> tuple[Screen, ...]:
    return tuple(screen(re.compile(line, re.I | re.M)) for line in read_lines("inspection_titles.txt"))


def _score(cues: dict[str, tuple[Cue, ...]], text: str, folded: str | None) -> dict[str, int]:
    # blank the quotations only when a cue reads the narration: a long text is folded once more otherwise
    told = narration(text) if any(c.narration for cs in cues.values() for c in cs) else (text, folded)
    return {t: sum(c.weight for c in cs if _fires(c, text, folded, told)) for t, cs in cues.items()}


def narration(text: str) -> tuple[str, str | None]:
    """The text with its quotations blanked, and that folded: what the document says in its
    own voice. An inspector or a chief officer quoted in a news story speaks for their
    body, not for the page that quotes them."""
    told = doc_type_cues().quotation.sub(lambda m: " " * len(m.group(0)), text)
    return told, fold(told)


def _fires(cue: Cue, text: str, folded: str | None, told: tuple[str, str | None]) -> bool:
    return (cue.pattern.search(*told) if cue.narration else cue.pattern.search(text, folded)) is not None


def doc_type_scores(text: str, folded: str | None = None) -> dict[str, int]:
    """Each genre's and each responder's cue weight total; a cue counts once however
    often it occurs. `folded` is `fold(text)` when the caller already has it."""
    cues = doc_type_cues()
    folded = fold(text) if folded is None else folded
    return {**_score(cues.genres, text, folded), **_score(cues.responders, text, folded)}


def answering_party(top: list[str]) -> Body | None:
    """The body the head of a page presents as answering: a national body (APCC, NPCC,
    Home Office) or a force, PCC or fire service of an area, named with a statement verb
    ("NPCC responds to", "APCC Chair X said:", "The Commissioner for Kent has welcomed",
    "A Home Office spokesperson said", "the APCC's national leads ... said", "the APCC has
    released an update"), after a statement noun ("The statement made by the Minister for
    Policing"), as the publisher opening a republished release ("date 2024-01-02
    Association of ..."), as the collective a title speaks for ("Police and Crime
    Commissioners to scrutinise ...") or whose lead speaks ("National Policing Lead for X
    ... said": the NPCC's), or by a title that presents its response ("NPCC Response: ...").
    A body only addressed or mentioned there (a letter to the Home Secretary), or reported
    in indirect speech ("the Home Office said that it expected ...": a story's source), is
    not the one answering."""
    cues = doc_type_cues()
    for text in top:
        for pattern, name in cues.collectives:
            if pattern.search(text):
                return lookup(name)
        for start, end, found in find_bodies(text):
            if found.canonical not in cues.national_responders and _answering_body(found) is None:
                continue
            before = text[max(0, start - 120) : start]
            if (presented := cues.party_before.search(before)) is not None:
                return _speaker(found, presented.group(0))
            if not cues.party_not_after.search(before) and cues.party_after.match(text, end):
                return found
    return None


def third_party_speaks(top: list[str]) -> bool:
    """Whether the head of a page presents a party that answers for no body HMICFRS
    inspects as the one speaking (`third_parties` of `patterns/doc_types.json`: a union, a
    staff association, a charity or campaign, a commissioner for a group of people, an MP),
    by the words that present an answering body (`party_before`, `party_after`): "Fire
    Brigades Union response to", "StopWatch welcomes", "Response from Unseen to". Its
    statement on a report is the stance of an outside voice, typed as the press is (SCHEMA:
    the responding body is the force or PCC answering); the learned model reads its "we
    welcome the report" as a commissioner's or a force's."""
    cues = doc_type_cues()
    for text in top:
        for pattern in cues.third_parties:
            for match in pattern.finditer(text):
                before = text[max(0, match.start() - 120) : match.start()]
                presented = cues.third_party_role.search(before) or not cues.party_not_after.search(before)
                if cues.party_before.search(before) or (presented and cues.party_after.match(text, match.end())):
                    return True
    return False


def _speaker(found: Body, presenting: str) -> Body:
    """The body that speaks when the words presenting an area's body name a commissioner's
    role ("Response from: the PCC's office, Kent", "Response by the Commissioner (PCC) to
    the report on Kent Police"): the PCC of that area, though the area's name alone reads
    as its force."""
    if found.kind == "force" and found.area and doc_type_cues().party_pcc_role.search(presenting):
        return pcc_of(found)
    return found


def speaking_role(top: list[str]) -> str | None:
    """The responder type of the first answering role speaking in the lead ("Chief Fire
    Officer A. Person said", "the Commissioner has welcomed") when no body is named."""
    cues = doc_type_cues()
    hits = [(index, m.start(), r) for index, text in enumerate(top) for p, r in cues.role_parties
            if (m := p.search(text))]
    return None if not hits else min(hits)[2]


def party_responder(party: Body) -> str:
    """The response type of an answering body: its national entry, else by kind (a fire
    service or authority answers as a force does)."""
    national = doc_type_cues().national_responders
    return national.get(party.canonical) or ("pcc_response" if party.kind == "pcc" else "force_response")


LEARNED_MODEL = "doc_type"  # patterns/models/doc_type/, built by `python -m crosswalk.textcat doc_type`
NOT_OF_GENRE = 0.5  # below this best probability, a text no cue reaches is not of the genre at all
GOVERNMENT_RESPONDER = "government_response"
STRONG_RESPONDER_WEIGHT = 3  # a government cue of this weight (parliament's record, "the Government accepts") outranks the model
RESPONSE_GENRE = "response"  # the cues' genre of every response type, before who answers is read
REPORTING_GENRE = "press_article"  # a story's cue of `STRONG_RESPONDER_WEIGHT` (its narration attributing findings) outranks the model too
LAYOUT_GENRES = ("peel_page",)  # genres whose page layout the cues read surely (the inspectorate's PEEL assessment site)
STRONG_LAYOUT_WEIGHT = 4  # two of that layout's cues (each weighs 2): the page is of the genre, whatever the model reads
UNSURE_STORY = 0.6  # below this probability the model's story yields to the cues' force or commissioner answering
LOCAL_ANSWERS = ("pcc_response", "force_response")  # the answers of an area's own bodies, which write releases of their own
UNSURE_RESPONDER = 0.5  # below this probability the model's force or commissioner yields to the one the cues read
UNSURE_ANSWER = 0.9  # below this summed probability the model's force or commissioner yields to the story the cues read
NEAR_ANSWER = 0.25  # at or above this summed probability of an area's answer, the model's story is a near call
REGISTER_GENRE = "monitoring_record"  # a register's cue of `STRONG_RESPONDER_WEIGHT` (its field labels) outranks the model
INSPECTORATE_GENRE = "inspection_report"  # the inspectorate's own report or letter, whose layout the cues read


def decide_doc_type(text: str, has_history: bool, folded: str | None = None, top: list[str] | None = None,
                    chrome: tuple[str, ...] = (), *, welsh: bool) -> str:
    """The document's type: a monitoring register's own markup (the input says what it is)
    first, then the learned classifier (`crosswalk.textcat`, model `doc_type`, trained on
    the training documents' gold) for a text of the length it reads (`textcat.HEAD`), then
    the cue rules for longer texts and where there is no model.

    Why the model and not the cues decides: the cues of `patterns/doc_types.json` were
    fitted over 23 rounds on the training documents and do not carry to documents nobody
    fitted them to. They score 0.936 on the training documents (in-sample) but 0.788 pooled
    over the 170 held-out documents; the model scores 0.862 in 5-fold cross-validation by
    document, 0.820 with folds by labeller prefix, and 0.853 pooled on the held-out sets.
    The cues keep what the model cannot do: a text no genre or responder cue reaches, that
    never names the inspectorate (the cues' "unknown") and that the model gives no type with
    probability `NOT_OF_GENRE` is not of the genre at all ("unknown", a page of opening
    hours); the model has no such class. A text that names the inspectorate is of the genre
    even when no cue reaches it (the cues read it as a response of a layout they do not
    know), so the model's best type stands however low its probability: a force's page of
    an inspection's key findings or a commissioner's page on a PEEL inspection spreads the
    model's probability over the response types, and "unknown" is never right there. A government cue of
    `STRONG_RESPONDER_WEIGHT` (parliament's record, the government's response in its own
    name) outranks the model, which reads a minister's answer as the story or local page
    its words resemble (`_outranking_cue`). Likewise a story's cue of that weight
    (`REPORTING_GENRE`: its own voice attributing the findings, "according to a report
    issued today by ..."), when the cues type the page a story: a news site reprinting a
    force's release reads to the model as the release, but a body's own statement does not
    attribute its inspection's findings to the report in its own voice. So does a newspaper's
    drop cap opening the lead ("THE Police and Crime Commissioner has welcomed": a lead cue of
    that weight, `_outranking_lead`) outrank the model's answer. Conversely a page
    whose own voice speaks as the body inspected ("we were inspected", "the inspectorate
    rated us": a response cue of that weight read outside quotations, not minutes or a
    "section 55" a story may report) with no story cue of its own is that body's response
    as the cues type it, whatever story the model reads in its words (`_speaks_as_inspected`). A page the model
    types as a story but whose furniture is a body's own site (`_own_site`) is that body's
    response as the cues type it; so is such a page the model types as the inspectorate's
    (a commissioner's page carrying the PEEL assessments' words), and one whose words the
    cues too read as a story (a commissioner's page narrating "HMIC inspectors say" in the
    third person) is the response of whoever the cues read answering (`_cue_responder`): no
    news outlet publishes on a police, fire or commissioner's own site platform. A story the model reads
    with probability under `UNSURE_STORY` is the force's or commissioner's answer when the
    cues read one (`LOCAL_ANSWERS`): a service's own news item laid out as a story, its
    chief officer speaking, splits the model between the story and the answer (their words
    are the same), and the cues, which read who speaks, settle it; conversely a force's or
    commissioner's answer the model reads under `UNSURE_STORY` is the story the cues read (a
    paper quoting a chief fire officer at length reads to the model as the service's own
    page), the model's force and commissioner counted together (`_answer_probability`),
    and so is one it reads under `UNSURE_ANSWER` when the cues read the story outright,
    its weight above the response genre's (`_story_outweighs`): the model gives the
    answers of the pages it trained on 0.99 and more, but the stories of pages it never
    saw (rows iF-jX) between 0.6 and 0.9, a story's quotations being the answer's words,
    while a body's own news page reaches the story's cues only to a tie;
    and they settle it when the
    model gives its force's or commissioner's answer under `UNSURE_RESPONDER` (a force's
    page and its commissioner's share their words; the cues read the body presented
    answering or the role that speaks). Two layout cues of the inspectorate's PEEL assessment
    pages (`LAYOUT_GENRES`, `STRONG_LAYOUT_WEIGHT`: "Last updated 22/02/2016", a
    "Hertfordshire PEEL 2015" title, "How well has the force performed ...?") are that
    site's own furniture, which no story or response reprints whole; the model, which reads
    words and not layout, reads such a page about other reports as the story its words
    resemble. Likewise the cues' inspectorate report (`INSPECTORATE_GENRE`: its foreword
    and "we inspected", its "Print this document" and contents) stands when the model gives
    no type `NOT_OF_GENRE`: the model spreads such a text over the story and the answers
    that speak of the same inspection, the report's layout is the inspectorate's own.
    So does a register's cue of `STRONG_RESPONDER_WEIGHT` (`REGISTER_GENRE`: the field
    label "Applicable forces" of the trackers filing each recommendation by force) when the
    cues type the page a register: the model reads its entries' words as the report's.
    Who answers and who speaks (`answering_party`,
    `speaking_role`) still read the cues for the responding body. A response whose head
    presents an outside party speaking (`third_party_speaks`: a union, a charity, an MP) and
    no body that answers is that party's statement, typed as the press is: the model reads
    its "we welcome the report" as a commissioner's or a force's; so is a Welsh page naming a
    party or member at its head (`_welsh_party_speaks`). A Welsh page the model reads as a
    story (it learned from English pages, and reads the language) is the answer the Welsh
    cues read, when they read a force's or commissioner's."""
    if has_history:
        return "monitoring_record"
    found = _model_or_cue_type(text, folded, top or [], chrome, welsh)
    if found in ANSWER_TYPES and answering_party(top or []) is None and (
            third_party_speaks(top or []) or _names_no_answerer(text) and third_party_speaks(textcat.head(text).split("\n"))
            or welsh and _welsh_party_speaks(text)):
        return REPORTING_GENRE
    return found


def _welsh_party_speaks(text: str) -> bool:
    """Whether a Welsh page (`Document.welsh`: the caller asks only of one) names a political
    party or an elected member in the opening the model reads: the Welsh counterpart of
    `third_party_speaks`, whose English presenting words ("X responds", "statement from X") a
    Welsh release never writes. A party's release on a report speaks for no inspected body,
    though it quotes the commissioner or asks that the chief constable be held to account,
    words the Welsh cues read as the commissioner's."""
    return doc_type_cues().welsh_parties.search(textcat.head(text)) is not None


def _names_no_answerer(text: str) -> bool:
    """Whether the opening the model reads (`textcat.HEAD`) names no force, PCC or fire
    service of an area and no national body that answers: nobody there but an outside
    party, wherever it speaks, can have written the page."""
    national = doc_type_cues().national_responders
    return not any(_answering_body(b) is not None or b.canonical in national or b.kind == "government"
                   for _, _, b in find_bodies(textcat.head(text)))


def _model_or_cue_type(text: str, folded: str | None, top: list[str], chrome: tuple[str, ...], welsh: bool) -> str:
    """`decide_doc_type`'s reading of a text with no register markup: the learned model
    for a text of the length it reads, with the cues that outrank it, else the cues."""
    cue_scores = doc_type_scores(text, folded)
    by_cues, cued = _cue_type(cue_scores, text, folded, top, chrome)
    # a longer text (a whole report, letter or briefing) is not what the model learned from
    # (page openings of at most about 2,000 characters): it types such texts wrongly and
    # surely (the three gold PDFs of corpus/realpdf, each at probability 0.5-1.0)
    learned = _learned_type(text) if len(text) <= textcat.HEAD else None
    if learned is None:
        return by_cues
    label, probability = learned
    if label == GOVERNMENT_RESPONDER and not cue_scores[GOVERNMENT_RESPONDER] and not _names_government(text):
        return _cue_responder(cue_scores, top)  # a government's answer names its government, department or minister
    if label == "pcc_response" and _police_authority_era(text):
        label = "force_response"  # a police authority's paper, before commissioners: answers as the force's side
    if label == REPORTING_GENRE and cued and by_cues in LOCAL_ANSWERS and welsh:
        return by_cues  # a Welsh page: the model reads its language as a story, the Welsh cues read who answers
    if label not in RESPONSE_TYPES and _own_site(chrome):
        if by_cues in RESPONSE_TYPES:
            return by_cues  # published on the body's own site: its release or page, not a story or the inspectorate's page
        if by_cues == REPORTING_GENRE:
            return _cue_responder(cue_scores, top)  # a story's words, but no news outlet publishes on the body's site
    if label == REPORTING_GENRE and probability < UNSURE_STORY and cued and by_cues in LOCAL_ANSWERS:
        return by_cues  # the model barely reads a story, the cues read who answers: the body's own release
    if label in LOCAL_ANSWERS and cued and by_cues == REPORTING_GENRE and (
            (answer := _answer_probability(text)) < UNSURE_STORY
            or answer < UNSURE_ANSWER and _story_outweighs(cue_scores, top)):
        return by_cues  # the model barely reads an answer, the cues read a story: the press carrying the answer
    if label in LOCAL_ANSWERS and probability < UNSURE_RESPONDER and cued and by_cues in LOCAL_ANSWERS:
        return by_cues  # the model's force or commissioner is a coin toss: the cues read who speaks
    if (by_cues == GOVERNMENT_RESPONDER or by_cues == REPORTING_GENRE and not _strong_cue(by_cues, text, folded)) \
            and _outranking_cue(GOVERNMENT_RESPONDER, text, folded):
        return GOVERNMENT_RESPONDER  # parliament's record or the government's own response says what the page is
    if by_cues == REPORTING_GENRE and _outranking_cue(by_cues, text, folded):
        return by_cues  # the story's own voice attributes the findings: a story, not the release it carries
    if label in ANSWER_TYPES and _outranking_lead(REPORTING_GENRE, top):
        return REPORTING_GENRE  # a newspaper's house style opens the story: not the answer it quotes
    if label == REPORTING_GENRE and by_cues in RESPONSE_TYPES and _speaks_as_inspected(text, folded):
        return by_cues  # the body itself, in its own voice, was the one inspected: its page, not a story about it
    if by_cues in LAYOUT_GENRES and cue_scores[by_cues] >= STRONG_LAYOUT_WEIGHT:
        return by_cues  # the inspectorate's own site layout says what the page is
    if by_cues == REGISTER_GENRE and _outranking_cue(by_cues, text, folded):
        return by_cues  # a register's own field labels: an entry filed by force, not the report it copies
    if by_cues == INSPECTORATE_GENRE and cued and probability < NOT_OF_GENRE:
        return by_cues  # the model reads no type surely, the cues read the inspectorate's own report or letter
    if cued or probability >= NOT_OF_GENRE:
        return label
    if by_cues != doc_type_cues().default_responder:
        return by_cues  # never names the inspectorate: its untyped cues ("unknown" or the inspectorate's page) stand
    # a text naming the inspectorate is of the genre: the inspectorate's own page when it speaks
    # as the inspectorate, else the model's best type however unsure the model is
    return untyped if (untyped := _untyped(text, folded)) != "unknown" else label


def _names_government(text: str) -> bool:
    """Whether the text names a government or its department (the Home Office, an island's
    government or ministers): a government's answer, in parliament's record or its own
    letter, names who gives it. A force's release whose words the model reads as the
    department's (it praises the force's work in the inspectorate's terms) names neither
    and no government cue reaches it: it is the answer of whoever the cues read answering."""
    return any(b.kind == "government" or b.canonical == HOME_OFFICE for _, _, b in find_bodies(text))


def _story_outweighs(cue_scores: dict[str, int], top: list[str]) -> bool:
    """Whether the cues read a story outright: its genre's weight above the response
    genre's, not a tie the story takes by being listed first (a body's own news page
    names the report and "said" as a story does, and no more)."""
    scores, _, _ = _cue_scores(cue_scores, top)
    return scores[REPORTING_GENRE] > scores[RESPONSE_GENRE]


def _police_authority_era(text: str) -> bool:
    """Whether the text names an area's police authority and no commissioner: a paper of the
    years before police and crime commissioners (2012), when the authority held the force to
    account. The labellers type its answers `force_response`, as the Association of Police
    Authorities' (`national_responders`); the learned model reads the authority's committee
    papers as a commissioner's, whose words they share. The police authorities that still
    answer (Jersey's, Gibraltar's, the British Transport Police's) are not of that era."""
    authority, commissioner = doc_type_cues().police_authority
    return authority.search(text) is not None and commissioner.search(text) is None


def _outranking_cue(doc_type: str, text: str, folded: str | None) -> bool:
    """Whether a cue of `STRONG_RESPONDER_WEIGHT` of the type (a responder's or a genre's)
    fires. For the government: a page of parliament's record ("Volume 712: debated on", a
    written ministerial statement, "laid before the House") or a response in its own name
    ("The Government accepts"): the learned model reads a minister's answer in Hansard as
    the story or the commissioner's page its words resemble (it names a force, a report, a
    grade), but those layouts are the record's own. For a story: its narration attributing
    the inspection's findings ("according to the latest inspection report"), which a body
    answering in its own name does not write and which the model, reading a reprinted
    release's words, does not see apart from them. For a register: the field labels of the
    trackers filing each recommendation by force ("Applicable forces"), whose entries the
    model reads as the report they copy. Each outranks the model."""
    cues = doc_type_cues()
    told = narration(text)
    return any(c.weight >= STRONG_RESPONDER_WEIGHT and _fires(c, text, folded, told)
               for c in (*cues.responders.get(doc_type, ()), *cues.genres.get(doc_type, ())))


def _outranking_lead(genre: str, top: list[str]) -> bool:
    """Whether a lead cue of the genre of `STRONG_RESPONDER_WEIGHT` fires in the head and lead
    of the page: a newspaper's drop cap ("THE Police and Crime Commissioner has welcomed"),
    a house style of the press that no body's own release or page writes. The learned model
    reads words, not their case, so a story quoting a commissioner's welcome reads to it as
    the commissioner's page."""
    lead = "\n".join(top)
    return any(weight >= STRONG_RESPONDER_WEIGHT and pattern.search(lead)
               for pattern, weight in doc_type_cues().lead_cues.get(genre, ()))


def _speaks_as_inspected(text: str, folded: str | None) -> bool:
    """Whether the text, outside its quotations, speaks as the body that was inspected: a
    response-genre cue of `STRONG_RESPONDER_WEIGHT` read in the page's own voice (a
    `narration` cue: "we were inspected", "the inspectorate rated us", "our service has been
    assessed") and no story's own cue of weight above 1 (`_strong_cue`: a dateline, "dear
    readers", "said last week"). A news story quotes the body's "we" but narrates it in the
    third person; a force's own newsletter or a fire service's own page narrates its
    inspection in the first person, which the learned model, reading words rather than
    voice, types as the story it resembles ("rated as good", "the report found"). The
    response cues of that weight that speak in no voice (a meeting's minutes, "section 55",
    "the commissioner has published his response") a story may report, so they do not
    outrank the model's story."""
    told = narration(text)
    return any(c.weight >= STRONG_RESPONDER_WEIGHT and c.narration and _fires(c, text, folded, told)
               for c in doc_type_cues().genres[RESPONSE_GENRE]) and not _strong_cue(REPORTING_GENRE, text, folded)


def _own_site(chrome: tuple[str, ...]) -> bool:
    """Whether the web furniture dropped from the page (`chrome`) is that of a police, fire
    or commissioner's own site platform: the response cues of `site_chrome` in
    `patterns/doc_types.json` (the quick-exit button and beta banner of the forces' common
    site platform, a commissioner site's accessibility bar), which a news outlet carrying
    the body's statement does not share. The learned model reads only the text, so it types
    a force's third-person release ("X Police has welcomed ...") as a story; the page's
    publisher says otherwise, and the cues, which read the furniture, say who answers."""
    furniture = "\n".join(chrome)
    return any(pattern.search(furniture) for pattern, _ in doc_type_cues().site_chrome.get("response", ()))


@lru_cache(maxsize=1)
def _learned_scores(text: str) -> dict[str, float] | None:
    """The learned classifier's probability of each type for the text, read once per text
    (its best type and the sum of its answers both read it); None when the model is not
    shipped."""
    nlp = textcat.load(LEARNED_MODEL)
    return None if nlp is None else dict(textcat.scores(nlp, text))


def _learned_type(text: str) -> tuple[str, float] | None:
    """The learned classifier's best type for the text and its probability; None when the
    model is not shipped."""
    got = _learned_scores(text)
    if got is None:
        return None
    best = max(got, key=lambda label: got[label])
    return best, got[best]


def _answer_probability(text: str) -> float:
    """The learned model's probability that the text is a force's or a commissioner's
    answer, the two summed: a force's page and its commissioner's share their words, so
    the model splits an answer between them, and only the sum says how surely it reads an
    answer rather than the story that quotes one."""
    got = _learned_scores(text) or {}
    return sum(got.get(label, 0.0) for label in LOCAL_ANSWERS)


def _near_answer(text: str) -> str | None:
    """The area's answer (force's or commissioner's, the likelier) the learned model reads
    in a text it types a story when it gives the answers together `NEAR_ANSWER` or more, so
    the type is a near call; else None. A body's own release whose lead quotes no one
    answering ("X Police retains its good rating", "Information sent on behalf of X
    Police") reads to the model as the story it resembles; typed so, it would answer for
    no body, though its text names one. Its body is read as an answer's: a story it
    truly is carries no row of the crosswalk, so the body only says whom it is about. A
    text naming the bodies of `SEVERAL_AREAS` areas is no one body's near answer."""
    if len(text) > textcat.HEAD or _answer_probability(text) < NEAR_ANSWER:
        return None
    if len({body.area for body in _answering_bodies(text) if body.area}) >= SEVERAL_AREAS:
        return None  # a story of several areas' bodies: none of them is the one it is near answering for
    got = _learned_scores(text) or {}
    return max(LOCAL_ANSWERS, key=lambda label: got.get(label, 0.0))


def _cue_type(cue_scores: dict[str, int], text: str, folded: str | None, top: list[str],
              chrome: tuple[str, ...]) -> tuple[str, bool]:
    """The type the cue rules give, and whether any genre or responder cue reached the text.
    The genre with most cue weight; a response is then typed by who answers (`_responder`).
    With no genre cue, words for who answers still make a response; with neither, a text
    naming the inspectorate is taken for a response of a layout no cue knows (the default
    responder) and any other text is "unknown".
    `cue_scores` are the text's own cue weights (`doc_type_scores`), which the caller also
    reads alone (the layout check); `top` is the head of the document and its lead
    (`lead_blocks(blocks)`); `chrome` the web furniture lines dropped from the text, whose
    site says who publishes the page."""
    cues = doc_type_cues()
    scores, party, role = _cue_scores(cue_scores, top)
    furniture = "\n".join(chrome)
    for genre, chrome_cues in cues.site_chrome.items():
        scores[genre] += sum(weight for pattern, weight in chrome_cues if pattern.search(furniture))
    genre = max(cues.genres, key=lambda g: scores[g])  # first listed wins a tie ...
    if (party is not None or role is not None) and genre != "response" and scores["response"] == scores[genre] \
            and not _strong_cue(genre, text, folded):
        genre = "response"  # ... but a body or role answering in the lead tips a tie with weak cues only
    if scores[genre] < cues.min_score:
        if max(scores[r] for r in cues.responders) < cues.min_score:
            return (cues.default_responder if _about_inspection(text) else _untyped(text, folded)), False
        genre = "response"  # no genre cue, but words for who answers: a response of another layout
    return (_responder(scores, party, top) if genre == "response" else genre), True


def _cue_responder(cue_scores: dict[str, int], top: list[str]) -> str:
    """Who answers, as the cues read it, in a text whose genre the page's publisher settles
    as a response (`_own_site`) whatever its words: a commissioner's page written as a story
    ("HMIC inspectors say the constabulary is good") reads to the genre cues as the press,
    but who answers is still read from its responder cues and the body its head presents."""
    scores, party, _ = _cue_scores(cue_scores, top)
    return _responder(scores, party, top)


def _cue_scores(cue_scores: dict[str, int], top: list[str]) -> tuple[dict[str, int], Body | None, str | None]:
    """Each genre's and responder's weight: the cues of the whole text, the cues read in the
    lead only, a head naming several areas, and the body (else the role) the lead presents as
    answering, which is returned with the scores."""
    cues = doc_type_cues()
    scores = dict(cue_scores)  # the text's own weights stay as they are for the layout check
    lead = "\n".join(top)
    for genre, lead_cues in cues.lead_cues.items():  # a story's first words, read where a story has them
        scores[genre] += sum(weight for pattern, weight in lead_cues if pattern.search(lead))
    genre, areas, weight = cues.several_areas
    if len(_areas_named(head(top))) >= areas:
        scores[genre] += weight
    party = answering_party(top)
    role = None
    if party is not None:
        national = party.canonical in cues.national_responders
        scores["response"] += cues.party_weight if national else cues.local_party_weight
        scores[party_responder(party)] += cues.local_party_weight
    elif (role := speaking_role(top)) is not None:
        scores["response"] += cues.local_party_weight
        scores[role] += cues.local_party_weight
    return scores, party, role


def _responder(scores: dict[str, int], party: Body | None, top: list[str]) -> str:
    """Who answers a response: the national body the head presents as answering, else the PCC
    or the panel scrutinising the PCC, the force or fire authority, the government, by cue
    weight (a local body the head presents as answering counted among the cues). A tie goes
    to the responder the title presents as answering ("Commissioner's response to"), else to
    the first listed. A title whose role answers ("Commissioner's response to ...") outranks a
    national body presented further down ("A response by the College of Policing was
    published"): the page answers in its own name and reports the others'."""
    cues = doc_type_cues()
    title = top[:1]
    favoured = party_responder(titled) if (titled := answering_party(title)) else speaking_role(title)
    if party is not None and party.canonical in cues.national_responders and (titled or not favoured):
        return as_fire_authority(party_responder(party), top)
    responder = max(cues.responders, key=lambda r: (_answers(r, scores), scores[r], r == favoured))
    return as_fire_authority(responder if _answers(responder, scores) else cues.default_responder, top)


def _answers(responder: str, scores: dict[str, int]) -> bool:
    """Whether the responder's cues weigh enough to say it answers: a government's
    weak cues alone (a gov.uk link in a page's footer, a minister named as background
    in a committee paper) mention the government; a local body's paper carrying them
    still answers for itself."""
    return scores[responder] >= max(1, doc_type_cues().responder_floor.get(responder, 1))


def _untyped(text: str, folded: str | None) -> str:
    """The genre of a text no cue types and that never names the inspectorate: the
    inspectorate's own page when it speaks of its inspections ("How we inspect", "we
    began inspecting") or grades a force or service ("X Police is good at reducing
    crime", a table of grade lines); "unknown" otherwise."""
    folded = fold(text) if folded is None else folded
    scores = _score(doc_type_cues().untyped, text, folded)
    genre = max(scores, key=lambda g: scores[g], default=None)
    return genre if genre is not None and scores[genre] >= doc_type_cues().min_score else "unknown"


def _about_inspection(text: str) -> bool:
    """Whether a text no cue types speaks of an inspection: names the inspectorate. Such a
    text in no genre's layout (a freedom of information reply, a force's page on a
    super-complaint) is read as a response: the schema has no unknown type, and a response
    typed otherwise is never aligned, while an inspectorate text read as a response keeps
    its items. A text that names no inspectorate (a page of opening hours, a line on a body
    and "inspectors") stays unknown."""
    return POLICING_INSPECTORATE_RE.search(text) is not None


def as_fire_authority(responder: str, top: list[str]) -> str:
    """A commissioner (or their association) answering a fire inspection answers as the
    fire and rescue authority: `force_response` where the lead is about fire."""
    return "force_response" if responder == "pcc_response" and _about_fire(top) else responder


def _areas_named(top: list[str]) -> set[str]:
    """The areas whose force, PCC or fire service the head names. A body answers for its
    own area; a head about the inspections of several areas is news about them."""
    return {body.area.lower() for text in top for _, _, body in find_bodies(text)
            if body.kind in ("force", "fire", "pcc") and body.area}


def _strong_cue(genre: str, text: str, folded: str | None) -> bool:
    """Whether a cue that only its genre uses (weight above 1: a dateline, "said last
    week", a letter's "we inspected") fires, rather than the weak cues a body's own
    release shares with the press ("said: “", "published today")."""
    told = narration(text)
    return any(c.weight > 1 and _fires(c, text, folded, told) for c in doc_type_cues().genres[genre])


def _about_fire(top: list[str]) -> bool:
    """Whether the lead speaks of fire more than of policing, once the names that hold
    both words are set aside (the inspectorate's, a police, fire and crime
    commissioner's): a fire and rescue service, a fire authority or the fire sector is
    what the document answers about, whoever in a commissioner's office or association
    writes it."""
    both, fire, police = doc_type_cues().fire_lead
    lead = both.sub(" ", "\n".join(top))
    return len(fire.findall(lead)) > len(police.findall(lead))


def find_inspection(text: str, folded: str | None = None) -> str | None:
    """The inspection title as the document writes it (earliest mention)."""
    folded = fold(text) if folded is None else folded
    hits = [m for r in _inspection_res() for m in [r.search(text, folded)] if m]
    if not hits:
        return None
    first = min(hits, key=lambda m: m.start())
    return " ".join(first.group("title").split())


def find_title(blocks: list[str], given: str | None) -> str | None:
    if given:
        return given
    head = blocks[:10]
    for text in head:
        if TITLE_WORDS_RE.search(text) and len(text.split()) <= 40:
            return text
    return head[0] if head else None


def find_letter_date(blocks: list[str]) -> str | None:
    """A line that is only a full date, above a letter or under its signature: how
    letters and web responses carry their own date ("June 2023." on a line of its own is
    a sentence cut by a page, not a date line)."""
    zone = blocks if len(blocks) <= LETTERHEAD_BLOCKS + SIGNATURE_BLOCKS else (
        blocks[:LETTERHEAD_BLOCKS] + blocks[-SIGNATURE_BLOCKS:])  # a date line mid-report is a table's or a quote's
    for text in zone:
        if is_date_line(text) and len(iso := find_dates(text)[0][2]) == 10:
            return iso
    return None


def signature(blocks: list[str]) -> list[str]:
    """The name and role lines that close a letter (after "Yours faithfully", or last)."""
    start = next((i + 1 for i, t in enumerate(blocks) if SIGN_OFF_RE.match(t)), None)
    if start is None:
        tail: list[str] = []
        for text in reversed(blocks):
            if is_date_line(text) and not tail:
                continue  # the letter's date under the signature
            if len(text.split()) > (14 if ROLE_RE.search(text) else 8) or text.endswith("."):
                break
            tail.insert(0, text)
        lines = tail[-4:]
    else:
        lines = []
        for text in blocks[start : start + 5]:
            if is_date_line(text) or len(text.split()) > 10 or text.startswith("["):
                break
            lines.append(text.rstrip(","))
    return lines if any(ROLE_RE.search(line) for line in lines) else []


def _name_then_role(line: str) -> str:
    """"Jane Doe Police and Crime Commissioner" (a line break lost) -> "Jane Doe, Police ..."."""
    role = ROLE_RE.search(line)
    if role is None or role.start() == 0:
        return line
    before = line[: role.start()].strip()
    if before.endswith((",", "the", "for")) or force_of_area(before) is not None:
        return line  # "West Midlands Police and Crime Commissioner": an area, not a name
    return f"{before}, {line[role.start():]}"


def find_author(doc_type: str, blocks: list[str], text: str) -> str | None:
    if doc_type == "monitoring_record":
        return "HMICFRS"
    if doc_type == "press_article":
        first = blocks[0] if blocks else ""
        return first if 0 < len(first.split()) <= 6 else None
    lines = signature(blocks)
    if not lines:
        return None
    author = ", ".join(_name_then_role(line) for line in lines)
    if not any(body.area for _, _, body in find_bodies(author)):
        # "Police and Crime Commissioner" alone: take the area the letter gives the role.
        role = next(line for line in lines if ROLE_RE.search(line))
        match = re.search(re.escape(role) + r" for ([A-Z][\w-]+(?: (?:and )?[A-Z][\w-]+)*)", text)
        if match and force_of_area(match.group(1)):
            author = author.replace(role, f"{role} for {match.group(1)}", 1)
    return author


def head(blocks: list[str]) -> list[str]:
    """The blocks before the body text, and the first block of it: where a page or a
    letter carries its own title, date, publisher and the lead that says who answers."""
    found: list[str] = []
    for text in blocks[:HEAD_BLOCKS]:
        found.append(text)
        if len(text.split()) > HEAD_WORDS and text.rstrip(CLOSING_QUOTES + " )").endswith((".", "!", "?")):
            break
    return found


def lead_blocks(blocks: list[str]) -> list[str]:
    """The head and the two blocks after it: where a release names who speaks for the
    body answering ("Commenting on the report, the Commissioner said:") after its lead."""
    return blocks[: len(head(blocks)) + LEAD_EXTRA_BLOCKS]


def _answering_body(body: Body) -> Body | None:
    return body if body.kind in ("force", "pcc", "fire") and body.area else None


def body_name(body: Body) -> str:
    """The short name of the body answering: its area ("Norfolk", "West Mercia"), or
    its own name when the area does not name it (the Met polices "London")."""
    assert body.area is not None
    if body.kind == "force" and body.area.lower() not in body.canonical.lower():
        return body.canonical
    return body.area


def responder_name(body: Body) -> str:
    """The name a national body, government or police authority answers under: a Crown
    Dependency's or territory's government, or the board or authority that holds a force
    outside the PCC system to account, by its area ("Isle of Man", "Northern Ireland"),
    as its force's area is named; else its own name ("Northern Ireland Office")."""
    return body.area if body.kind in ("government", "pcc") and body.area else body.canonical


@lru_cache(maxsize=1)
def _government_areas() -> frozenset[str]:
    """The jurisdictions with a government of their own in the gazetteer (the Crown
    Dependencies, Gibraltar): HMICFRS inspects their forces on commission."""
    return frozenset(b.area for b in gazetteer().values() if b.kind == "government" and b.area)


def _own_government_area(text: str) -> str | None:
    """The first jurisdiction with its own government that a text names by any of its
    bodies (its force, police authority or government), unless the text names the Home
    Office: a minister who answers about the States of Jersey Police is Jersey's."""
    found = [b for _, _, b in find_bodies(text)]
    if any(b.canonical == HOME_OFFICE for b in found):
        return None
    return next((b.area for b in found if b.area in _government_areas()), None)


def _reviewed(text: str, start: int) -> bool:
    """Whether the body named at `start` is what a review or inquiry is of ("a culture
    review of London Fire Brigade"): a fire authority's minutes on the lessons of another
    service's review name that service as the review's subject, not as who answers."""
    return doc_type_cues().reviewed_before.search(text[max(0, start - REVIEWED_REACH):start]) is not None


def _answering_bodies(text: str, sector: str | None = None, reviewed: frozenset[Body] = frozenset()) -> list[Body]:
    """The forces, PCCs and fire services a line or paragraph names, in order. In a fire
    document an area's bare name that `in_sector` leaves a force (no fire and rescue
    service has that area: "Durham fire station" where the service is County Durham and
    Darlington's) names a place there, not who answers."""
    return [body for start, end, found in find_bodies_in_sector(text, sector)
            if (body := _answering_body(found)) is not None and not _reviewed(text, start) and body not in reviewed
            and not (sector == "fire" and body.kind == "force" and not names_sector(text[start:end], "police"))]


def _employer(text: str, start: int, end: int) -> bool:
    """Whether the body named at `start` is only where a person named in passing serves
    ("the West Yorkshire Chief Constable" on a radio programme, "a firefighter of the London
    Fire Brigade", an inspector "recently retired Chief Constable of Cumbria Constabulary"):
    a body's own papers name its own officers by their bare role ("the Chief Constable")."""
    before, after = doc_type_cues().employer
    return before.search(text[max(0, start - REVIEWED_REACH):start]) is not None or after.match(text, end) is not None


def _review_subjects(text: str, sector: str | None) -> frozenset[Body]:
    """The bodies a text names anywhere as what a review or inquiry is of (`_reviewed`),
    when it names some other force, PCC or fire service too: a fire authority's minutes on
    the lessons of "a culture review of London Fire Brigade" name that service again, bare
    ("staff within London Fire Brigade"), as the review's subject still. A text naming no
    other body reviews its own ("a review of the Service's performance")."""
    named = [(found, _reviewed(text, start)) for start, _, found in find_bodies_in_sector(text, sector)
             if _answering_body(found) is not None]
    subjects = frozenset(found for found, reviewed in named if reviewed)
    return subjects if any(found not in subjects for found, _ in named) else frozenset()


def _first_area(text: str, kind: str | None = None, sector: str | None = None) -> Body | None:
    return next((b for _, _, found in find_bodies_in_sector(text, sector)
                 if (b := _answering_body(found)) and kind in (None, b.kind)), None)


def find_responding_body(doc_type: str, author: str | None, title: str | None, blocks: list[str],
                         text: str, sector: str | None = None, published: Publisher = Publisher(None)) -> Answering:
    """Who answers: the government department, or the force, PCC or fire area named by
    the signature, else the title, else the head of the page, else the most named. A
    press article has one only when its lead reports a body's answer ("PCC X has
    welcomed the report"): the answer it carries; or when the learned model reads it near an
    answer (`_near_answer`): the body that answers if it is one. An area's bare name is read as the
    document's `sector` reads it ("the people of Kent" in a fire service's release). A
    signature, title or head line that names the bodies of `SEVERAL_AREAS` areas or more
    (the three pilot services of an inspection programme, the forces of a region) lists
    them: the first of the list is no more the one answering than the last, so the
    answering body is looked for in the other lines and, failing them, the text. A national
    body the lead presents as answering whose own type is not the one read (the learned model
    reads the chiefs' association's release as a commissioner's) answers when nothing else
    does: the type is the model's guess, who speaks is the lead's word (not on a force's,
    commissioner's or fire service's own site, which quotes the minister or the chiefs'
    council and answers for itself). Last, a commissioner
    named by person beside the role ("PCC A. Person said") names the office answering
    (`commissioner_named`): their own pages name them, not always their area; and so,
    after them, does a chief constable or chief fire officer (`chief_named`), and after them the
    addresses the text itself writes out (a footer's link, an e-mail address, "Follow @NorthantsPolice":
    `written_publisher`), which are content and so count on bare files. A response whose
    text names no body at all is its declared public address's (`published`, `crosswalk.ingest.address`:
    minutes and a force's or commissioner's own pages that say only "the Authority", "the
    Force"), a register entry is filed under the force its address names, and a national
    body's own site (`apccs.police.uk`) publishes that body's answer whichever forces its
    lead names. Last of all, a force's or commissioner's answer naming none of these is the
    area's whose towns it names (`crosswalk.places`): the weakest cue, read on bare files only
    when nothing else speaks."""
    top = head(blocks)
    party = answering_party(opening := lead_blocks(blocks))
    national = party if party is not None and party.canonical in doc_type_cues().national_responders else None
    if national is not None and doc_type == as_fire_authority(party_responder(national), opening):
        return Answering(responder_name(national))
    if doc_type == "government_response":
        heads = [b for part in (author or "", *top) for _, _, b in find_bodies(part)]
        named = {b.canonical for b in heads}
        if own := next((b for b in heads if b.kind == "government"), None):
            return Answering(responder_name(own))  # an island's or Northern Ireland's own government answers
        if HOME_OFFICE not in named and (local := _own_government_area(text)) is not None:
            return Answering(local)  # its minister answering its assembly about its own force ("the States of Jersey Police")
        if HOME_OFFICE in named or (POLICING_INSPECTORATE_RE.search(text) and not OTHER_DEPARTMENT_RE.search(text)):
            return Answering(HOME_OFFICE)  # the department answerable for policing and fire answers their inspectorate
        return Answering(GOVERNMENT)
    if doc_type == "press_article":
        lead = "\n".join(top[:3])
        if not doc_type_cues().carried_statement.search(lead, fold(lead)):
            if (answer := _near_answer(text)) is None:
                return Answering(None)
            doc_type = answer  # a near call between the story and an answer: who answers, if it is one
    elif doc_type not in RESPONSE_TYPES:
        return Answering(None)
    if doc_type == "monitoring_record" and (listed := register_entry_body(text, sector)) is not None:
        return Answering(body_name(listed))
    if doc_type == "monitoring_record" and (declared := address_body(published, doc_type)):
        return _outranking(declared, doc_type, author, title, blocks, text, sector)
    if published.body is not None and published.body.kind in NATIONAL_KINDS and address_body(published, doc_type):
        # a national body's own site: its lead names the forces it speaks of
        return _outranking(responder_name(published.body), doc_type, author, title, blocks, text, sector)
    sources = [source for source in (author, title, *top) if source]
    lead = " \n".join([*sources, *lead_blocks(blocks)[len(top):]])
    if doc_type == "pcc_response" and (pcc := _first_area(lead, kind="pcc")) is not None:
        return Answering(body_name(pcc))  # the commissioner the lead names answers, whichever forces it names first
    reviewed = _review_subjects(text, sector)
    for source in sources:
        bodies = _answering_bodies(source, sector, reviewed)
        if bodies and len({body.area for body in bodies if body.area}) < SEVERAL_AREAS:
            return Answering(body_name(bodies[0]))
    folded = fold(text)
    for role, name in doc_type_cues().role_bodies:
        if role.search(text, folded) and (body := lookup(name)) is not None:
            if _answering_body(body):
                return Answering(body_name(body))
            if doc_type_cues().national_responders.get(body.canonical) == doc_type:
                return Answering(responder_name(body))  # a national body's own committee, whose answers take this type
    if (most := _most_named(text, doc_type, sources[:2], sector, reviewed)) is not None:
        return Answering(most)
    own_site = published.own_site and published.body is not None and _answering_body(published.body) is not None
    presented = national if doc_type in ANSWER_TYPES else None
    if presented is not None and not own_site:
        return Answering(responder_name(presented))  # the national body the lead presents answers, whichever response type was read
    # past here on a body's own site, the address has set aside the national body the text alone would answer
    if (office := commissioner_named(text)) is not None:
        return Answering(body_name(office), by_address=presented is not None)  # a commissioner named beside the role, by person only: the office's area
    if (chief := chief_named(text)) is not None:
        return Answering(body_name(chief), by_address=presented is not None)  # a chief constable or chief fire officer named so: the body they lead
    if (written := written_publisher(text, sector)) is not None and (own := _answering_body(written)) is not None:
        return Answering(body_name(own))  # the page's own link, e-mail address or handle
    if (declared := address_body(published, doc_type)) is not None:
        return Answering(declared, by_address=True)
    placed = place_body(text, sector) if doc_type in LOCAL_ANSWERS else None
    return Answering(body_name(placed) if placed is not None else None)  # the towns it names: the weakest cue, last


def _outranking(declared: str, doc_type: str, author: str | None, title: str | None, blocks: list[str], text: str,
                sector: str | None) -> Answering:
    """The body an address names where it outranks the text (a register entry's, a national
    body's own site): by the address only when the text alone would answer otherwise, which
    only here needs the text read without the address (a register entry whose text names
    its force is the force's as much as an undeclared one is)."""
    return Answering(declared, by_address=declared != find_responding_body(doc_type, author, title, blocks, text, sector).body)


def address_body(published: Publisher, doc_type: str) -> str | None:
    """The name of the body a document's address says published it, as the content's
    bodies are named: a force, commissioner or fire service by its area, a national body
    by its own name when its answers take the document's type (the inspectorate's own
    site publishes no response)."""
    body = published.body
    if body is None:
        return None
    if _answering_body(body) is not None:
        return body_name(body)
    if doc_type_cues().national_responders.get(body.canonical) is not None:
        return responder_name(body)
    return None


def _most_named(text: str, doc_type: str, first: list[str], sector: str | None = None,
                reviewed: frozenset[Body] = frozenset()) -> str | None:
    """The force, PCC or fire area the text names most. A text that names no area's body
    is a national body's own page or minutes when it names one whose answers take this
    document's type in its first lines (a "Source:" line, a signature), or names it at
    least `NATIONAL_MENTIONS` times and more often than any other: a passing mention
    ("the NFCC's guidance", "the Home Office, LGA and NFCC") is no author. A body that a
    review or inquiry is of (`_reviewed`) is that review's subject and is not counted."""
    counts: dict[Body, int] = {}
    national: dict[Body, int] = {}
    responders = doc_type_cues().national_responders
    for start, end, found in find_bodies_in_sector(text, sector):
        if _reviewed(text, start) or found in reviewed or _employer(text, start, end):
            continue
        if (body := _answering_body(found)) is not None:
            key = force_of_area(body.area or "") or body
            counts[key] = counts.get(key, 0) + 1
        elif responders.get(found.canonical) == doc_type:
            national[found] = national.get(found, 0) + 1
    if counts:
        return body_name(max(counts, key=lambda b: counts[b]))
    if named := [b for part in first for _, _, b in find_bodies(part) if b in national]:
        return responder_name(named[0])
    if (most := named_most(national, NATIONAL_MENTIONS)) is not None:
        return responder_name(most)
    if (own := _possessive_area(text, sector)) is not None:
        return body_name(own)
    return None


def _possessive_area(text: str, sector: str | None = None) -> Body | None:
    """The area a text that names no body's full name speaks of as its own through a
    possessive ("Durham’s Crime Data Integrity", "Surrey’s Head of Crime", "Cornwall’s
    unique geography"): the one it names so most often, when no other ties with it. The
    gazetteer reads "Kent’s Police and Crime Commissioner" but not a bare "Kent’s"."""
    counts: dict[Body, int] = {}
    for match in AREA_POSSESSIVE_RE.finditer(text):
        words = match.group(1).split()
        for start in range(len(words)):  # the longest area the capitalised run ends with
            if (body := area_body(" ".join(words[start:]), sector)) is not None:
                counts[body] = counts.get(body, 0) + 1
                break
    return named_most(counts)


@lru_cache(maxsize=1)
def _date_label_re() -> re.Pattern[str]:
    labels = "|".join(f"(?:{label})" for label in read_lines("date_labels.txt"))
    return re.compile(rf"(?<![\w-])(?:{labels})\s*[:–-]?\s*", re.I)


def _labelled_date(blocks: list[str], top: list[str]) -> str | None:
    """"Published on 6 February 2024", "Last updated 15/12/2021", " date 2024-07-23":
    a label written as metadata (at a line start or with a capital) and a date right
    after it that ends the line or is followed by a new sentence ("Published on 14 May
    2024, this inspection ..." dates the inspection, not the page)."""
    for index, text in enumerate(top):
        dates = find_dates(text)
        if dates and dates[0][0] == 0 and len(dates[0][2]) == 10 and BYLINE_RE.match(text, dates[0][1]):
            return dates[0][2]  # "4 May 2021 By A. Writer"
        for label in _date_label_re().finditer(text):
            at_line_start = label.start() == 0 or text[label.start() - 1] == "\n"
            if not (at_line_start or text[label.start()].isupper()):
                continue
            rest = text[label.end() :]
            if not rest.strip() and index + 1 < len(blocks):
                rest = blocks[index + 1]  # the label ends its line, the date is on the next
            if weekday := WEEKDAY_RE.match(rest):
                rest = rest[weekday.end() :]
            dates = find_dates(rest)
            if dates and dates[0][0] == 0 and AFTER_LABELLED_DATE_RE.match(rest, dates[0][1]):
                return dates[0][2]
    return None


def _dispatch_date(top: list[str]) -> str | None:
    """"The PCC sent this letter to the Policing Minister on 4 March 2021, after ..."."""
    for text in top:
        for match in DISPATCH_RE.finditer(text):
            dates = find_dates(text[match.end() :])
            if dates and dates[0][0] == 0:
                return dates[0][2]
    return None


def _title_date(top: list[str]) -> str | None:
    """A news archive title closing with its date: "Force rated good by inspectors (3 Mar 2017)"."""
    match = TITLE_DATE_RE.search(top[0]) if top else None
    dates = find_dates(match.group(1)) if match else []
    return dates[0][2] if len(dates) == 1 and len(dates[0][2]) == 10 else None


def find_document_date(blocks: list[str]) -> str | None:
    """The document's own date: a letter's date line, else a labelled date in the head
    ("Published", "Last updated", "Posted on"), else the date a letter was sent on, else
    a date closing the title."""
    top = head(blocks)
    return find_letter_date(blocks) or _labelled_date(blocks, top) or _dispatch_date(top) or _title_date(top)


def publication_date(text: str, own_date: str | None = None) -> str | None:
    """The inspection report's publication date as the text gives it ("On 3 March 2023,
    HMICFRS published its report", "Published on 3rd March 2023"); full dates beat months.
    A response's own date (its "Published on" label) is not its report's: pass it as
    `own_date` to leave it out."""
    found: list[str] = []
    for match in PUBLISHED_RE.finditer(text):
        window = text[max(0, match.start() - 60) : match.end() + 60]
        found.extend(iso for _, _, iso in find_dates(window) if iso != own_date)
    if not found:
        return None
    return max(found, key=lambda iso: (len(iso), -found.index(iso)))


def decide_metadata(text: str, blocks: list[str], given_title: str | None, has_history: bool,
                    dropped: tuple[str, ...] = (), address: str | None = None, *, welsh: bool) -> Metadata:
    """A document's metadata from its text, and from its public `address` when one is
    declared (`crosswalk.align.declared`): without one, the text alone decides. `welsh`:
    whether the text is written in Welsh (`crosswalk.ingest.language`), decided once by ingest."""
    folded = fold(text)
    doc_type = decide_doc_type(text, has_history, folded, lead_blocks(blocks), dropped, welsh=welsh)
    title = find_title(blocks, given_title)
    sector = document_sector(title, text)
    published = publisher(address, sector)  # read once: the type and the body both consult it
    doc_type = own_site_type(doc_type, published)
    author = find_author(doc_type, blocks, text)
    date = find_document_date(blocks)
    answering = find_responding_body(doc_type, author, title, blocks, text, sector, published)
    return Metadata(
        doc_type=doc_type,
        title=title,
        inspection=find_inspection(text, folded),
        date=date,
        author=author,
        responding_body=answering.body,
        published=publication_date(text, date if doc_type in RESPONSE_TYPES else None),
        body_by_address=answering.by_address,
    )


OWN_SITE_STRANGERS = ("press_article", "government_response")  # types a local body's own site never publishes


def own_site_type(doc_type: str, published: Publisher) -> str:
    """A page the text reads as a news story or a government's answer is the body's own
    response when its address is the site of a force, commissioner or fire service: a news
    outlet carrying a body's statement is not published there, nor a minister's answer (the
    page quotes the department; the inspectorate's news feed is the inspectorate's)."""
    body = published.body
    if (doc_type not in OWN_SITE_STRANGERS or not published.own_site or body is None
            or _answering_body(body) is None):
        return doc_type
    return "pcc_response" if body.kind == "pcc" else "force_response"
