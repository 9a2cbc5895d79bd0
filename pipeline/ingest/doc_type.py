"""Decide a document's type (`crosswalk.model.DOC_TYPES`) from its text: the cues of
`patterns/doc_types.json`, who is answering in its head, and the learned model of
`patterns/models/doc_type/`, each outranking the others where it reads surely. The title,
date, author and body answering are read in `crosswalk.ingest.metadata` and
`crosswalk.ingest.responding_body`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

from crosswalk import textcat
from crosswalk.bodies import Body, find_bodies, gazetteer, lookup, pcc_of
from crosswalk.ingest.address import Publisher
from crosswalk.ingest.document_head import head
from crosswalk.ingest.screen import Screen, fold, screen
from crosswalk.model import ANSWER_TYPES, DOC_TYPES, INSPECTORATE_TYPES, PRESS_TYPE, RESPONSE_TYPES
from crosswalk.pattern_lists import resolve_lists
from crosswalk.resources import check_keys, read_json

POLICING_INSPECTORATE_RE = re.compile(r"\bhmic(?:frs)?\b|\binspectorate of constabulary\b", re.I)


@dataclass(frozen=True)
class Cue:
    pattern: Screen  # searched over the whole text, so screened (see `screen`)
    weight: int
    narration: bool = False  # searched outside quotations only: a voice the document speaks in itself
    layout: bool = False  # a mark of the inspectorate's own layout or voice (`_inspectorate_layout`), not of its words
    opening: int = 0  # its weight as a site's own furniture heading the text (`_opening_furniture`); 0: not furniture


@dataclass(frozen=True)
class ResponderCounts:
    """The numbers the responding body is read by (`responding_body` in `patterns/doc_types.json`,
    whose comment says what each counts; read by `crosswalk.ingest.responding_body`)."""

    list_areas: int  # a sentence naming the bodies of this many areas lists them: none counts as most named
    reviewed_chars: int  # characters before a body's name read for the review it is the subject of
    national_mentions: int  # a national body named this often, and most, in a text naming no area's body wrote it


@dataclass(frozen=True)
class DocTypeCues:
    """`patterns/doc_types.json`: genre cues, then who-responds cues for responses."""

    min_score: int
    model_unsure: float  # the learned model's best probability below which the head's answering body decides
    model_unsure_story: float  # below this its story yields to the cues' force or commissioner answering
    model_unsure_responder: float  # below this its force or commissioner yields to the one the cues read
    model_unsure_answer: float  # below this its summed answers yield to the story the cues read, and its story to an answer no story cue reaches
    model_unsure_layout: float  # below this its best answer or story yields to the inspectorate's layout read outright
    model_near_answer: float  # at or above this its summed answers make its story a near call
    model_not_of_genre: float  # below this best probability, a text no cue reaches is not of the genre at all
    outranking_weight: int  # a cue of this weight (a government's, a story's own voice, a register's label) outranks the model
    inspectorate_layout: int  # the inspectorate's layout marks of this weight, its genre outweighing every other, outrank the model's answer or story
    storyless_answer: int  # the response genre's weight at which a page no story cue reaches is the answer the cues read, over the model's unsure story
    site_platform_weight: int  # a site_chrome response cue of this weight names a body's own site platform, not any site
    responding: ResponderCounts
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
    lead_cues: dict[str, tuple[Cue, ...]]  # genre -> cues read in the head and lead only
    several_areas: tuple[str, int, int]  # genre, areas and weight: a head naming the bodies of that many areas
    responder_floor: dict[str, int]  # responder -> the weight its cues need to decide who answers
    untyped: dict[str, tuple[Cue, ...]]  # genre -> cues read only in a text no other cue types
    site_chrome: dict[str, tuple[tuple[re.Pattern[str], int], ...]]  # genre -> cues read in the dropped web furniture
    opening_furniture: dict[str, tuple[Cue, ...]]  # genre -> its cues marked opening (site furniture heading the text)
    opening_chars: int  # ... read in this many characters of the text
    quotation: re.Pattern[str]  # a quoted passage: words the document reports, not its own
    third_parties: tuple[re.Pattern[str], ...]  # a union, charity, campaign or MP: who speaks for no answering body
    third_party_role: re.Pattern[str]  # its role just before its name: "Chief Executive of X, said"
    welsh_parties: re.Pattern[str]  # a Welsh party or elected member, case kept ("AS" a member, "as" no word)


def _cues(group: str, entries: list[dict[str, Any]]) -> tuple[Cue, ...]:
    for entry in entries:
        if not {"cue", "weight"} <= set(entry) <= {"cue", "weight", "narration", "layout", "opening"}:
            raise ValueError(f"doc_types.json: {group} cue needs cue and weight (and narration, layout or opening only): {entry}")
    return tuple(Cue(screen(re.compile(e["cue"], re.I | re.M)), int(e["weight"]), bool(e.get("narration", False)),
                     bool(e.get("layout", False)), int(e.get("opening", 0)))
                 for e in entries)


@lru_cache(maxsize=1)
def doc_type_cues() -> DocTypeCues:
    data = resolve_lists(read_json("doc_types.json"), "doc_types.json")
    known = {"_comment", "min_score", "model_unsure", "model_unsure_story", "model_unsure_responder", "model_unsure_answer",
             "model_unsure_layout", "model_near_answer", "model_not_of_genre", "outranking_weight", "inspectorate_layout", "storyless_answer", "site_platform_weight", "default_responder", "genres", "responders", "carried_statement",
             "responding_body",
             "national_responders", "party_weight", "local_party_weight", "party_after", "party_before", "party_not_after", "party_pcc_role",
             "reviewed_before", "employer", "third_parties",
             "collectives", "role_parties", "role_bodies", "fire_lead", "lead_cues", "several_areas",
             "responder_floor", "untyped", "site_chrome", "opening_chars", "quotation"}
    check_keys("doc_types.json", data, known)
    check_keys("doc_types.json responding_body", data["responding_body"], {f.name for f in fields(ResponderCounts)})
    responders = {t: _cues(t, e) for t, e in data["responders"].items()}
    unknown = (set(data["genres"]) - {"response"} | set(responders)) - set(DOC_TYPES)
    unknown |= (set(data["lead_cues"]) | {data["several_areas"]["genre"]}) - set(data["genres"])
    unknown |= set(data["responder_floor"]) - set(responders)
    unknown |= set(data["untyped"]) - set(data["genres"])
    unknown |= set(data["site_chrome"]) - set(data["genres"])
    genres = {g: _cues(g, e) for g, e in data["genres"].items()}
    lead_cues = {g: _cues(g, e) for g, e in data["lead_cues"].items()}
    if any(c.layout for g, cs in (*genres.items(), *lead_cues.items(), *responders.items())
           if g not in INSPECTORATE_TYPES for c in cs):
        raise ValueError("doc_types.json: only the inspectorate's own genres have layout cues")
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
        model_unsure=float(data["model_unsure"]),
        model_unsure_story=float(data["model_unsure_story"]),
        model_unsure_responder=float(data["model_unsure_responder"]),
        model_unsure_answer=float(data["model_unsure_answer"]),
        model_unsure_layout=float(data["model_unsure_layout"]),
        model_near_answer=float(data["model_near_answer"]),
        model_not_of_genre=float(data["model_not_of_genre"]),
        outranking_weight=int(data["outranking_weight"]),
        inspectorate_layout=int(data["inspectorate_layout"]),
        storyless_answer=int(data["storyless_answer"]),
        site_platform_weight=int(data["site_platform_weight"]),
        responding=ResponderCounts(**{key: int(value) for key, value in data["responding_body"].items()}),
        default_responder=data["default_responder"],
        genres=genres,
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
        lead_cues=lead_cues,
        several_areas=(data["several_areas"]["genre"], int(data["several_areas"]["areas"]),
                       int(data["several_areas"]["weight"])),
        responder_floor={r: int(w) for r, w in data["responder_floor"].items()},
        untyped={g: _cues(g, e) for g, e in data["untyped"].items()},
        site_chrome={g: tuple((c.pattern.pattern, c.weight) for c in _cues(g, e)) for g, e in data["site_chrome"].items()},
        opening_furniture={g: furniture for g, cs in genres.items()
                           if (furniture := tuple(c for c in cs if c.opening))},
        opening_chars=int(data["opening_chars"]),
        quotation=re.compile(data["quotation"], re.M),
        third_parties=(re.compile(data["third_parties"]["names"]), re.compile(data["third_parties"]["forms"])),
        third_party_role=re.compile(data["third_parties"]["role_of"], re.I),
        welsh_parties=re.compile(data["third_parties"]["welsh"]),
    )


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
    Policing"), as the publisher of the page ("Published by the Home Office" opening a
    line, "a statement issued by the NPCC": not a thing it published, "the guidance published
    by the College", which a story's force adopts), as the publisher opening a republished
    release ("date 2024-01-02 Association of ..."), as the collective a title speaks for ("Police and Crime
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
            if found.canonical not in cues.national_responders and answering_body(found) is None:
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


Reading = Callable[[str], dict[str, float] | None]  # a model's reading of a text: each type's probability, None with no model
LEARNED_MODEL = "doc_type"  # patterns/models/doc_type/, built by `python -m crosswalk.textcat doc_type`
GOVERNMENT_RESPONDER = "government_response"
RESPONSE_GENRE = "response"  # the cues' genre of every response type, before who answers is read
REPORTING_GENRE = PRESS_TYPE  # a story's cue of `outranking_weight` (its narration attributing findings) outranks the model too
LOCAL_ANSWERS = ("pcc_response", "force_response")  # the answers of an area's own bodies, which write releases of their own
HOME_OFFICE = "Home Office"  # the department answerable for policing and fire
REGISTER_GENRE = "monitoring_record"  # a register's cue of `outranking_weight` (its field labels) outranks the model
INSPECTORATE_GENRE = "inspection_report"  # the inspectorate's own report or letter, whose layout the cues read


def decide_doc_type(text: str, has_history: bool, folded: str | None = None, top: list[str] | None = None,
                    chrome: tuple[str, ...] = (), *, welsh: bool, reading: Reading | None = None) -> str:
    """The document's type: a monitoring register's own markup (the input says what it is)
    first, then the learned classifier (`crosswalk.textcat`, model `doc_type`, trained on
    the training documents' gold) for a text of the length it reads (`textcat.HEAD`), then
    the cue rules for longer texts and where there is no model.

    `reading`: how the model reads a text (each type's probability; None where no model is
    shipped), the shipped model's (`_learned_scores`) unless another is given. The rules below
    take the model's reading as their input and are written for readings of a kind ("a story
    under `model_unsure`"), not for what one trained model gives one text: given a reading,
    they are judged by what they do with it, whatever a model retrained tomorrow reads.

    Why the model and not the cues decides: the cues of `patterns/doc_types.json` were
    fitted over 23 rounds on the training documents and do not carry to documents nobody
    fitted them to. They score 0.936 on the training documents (in-sample) but 0.788 pooled
    over the 170 held-out documents; the model scores 0.862 in 5-fold cross-validation by
    document, 0.820 with folds by labeller prefix, and 0.853 pooled on the held-out sets.
    The cues keep what the model cannot do: a text no genre or responder cue reaches, that
    never names the inspectorate (the cues' "unknown") and that the model gives no type with
    probability `model_not_of_genre` is not of the genre at all ("unknown", a page of opening
    hours); the model has no such class. A text that names the inspectorate is of the genre
    even when no cue reaches it (the cues read it as a response of a layout they do not
    know), so the model's best type stands however low its probability: a force's page of
    an inspection's key findings or a commissioner's page on a PEEL inspection spreads the
    model's probability over the response types, and "unknown" is never right there. A government cue of
    `outranking_weight` (parliament's record, the government's response in its own
    name) outranks the model, which reads a minister's answer as the story or local page
    its words resemble (`_outranking_cue`). Likewise a story's cue of that weight
    (`REPORTING_GENRE`: its own voice attributing the findings, "according to a report
    issued today by ..."), when the cues type the page a story: a news site reprinting a
    force's release reads to the model as the release, but a body's own statement does not
    attribute its inspection's findings to the report in its own voice. So does a newspaper's
    drop cap opening the lead ("THE Police and Crime Commissioner has welcomed": a lead cue of
    that weight, `_outranking_lead`) outrank the model's answer, and so does a news outlet's own
    furniture left in the text's opening (`_outlet_furniture`: "On air now", a byline line,
    "Local & National News for"), over a statement or column the outlet carries. Conversely a page
    whose own voice speaks as the body inspected ("we were inspected", "the inspectorate
    rated us": a response cue of that weight read outside quotations, not minutes or a
    "section 55" a story may report) with no story cue of its own is that body's response
    as the cues type it, whatever story the model reads in its words (`_speaks_as_inspected`). A page the model
    types as a story but whose furniture is a body's own site (`_own_site`, the dropped furniture
    or that left in the text's opening) is that body's
    response as the cues type it; so is such a page the model types as the inspectorate's
    (a commissioner's page carrying the PEEL assessments' words), and one whose words the
    cues too read as a story (a commissioner's page narrating "HMIC inspectors say" in the
    third person) is the response of whoever the cues read answering (`_cue_responder`)
    when the furniture names the platform (`site_platform_weight`): no news outlet
    publishes on a police, fire or commissioner's own site platform, but a bare "Skip to
    content" only says some site published the page. A story the model reads
    with probability under `model_unsure_story` is the force's or commissioner's answer when the
    cues read one (`LOCAL_ANSWERS`): a service's own news item laid out as a story, its
    chief officer speaking, splits the model between the story and the answer (their words
    are the same), and the cues, which read who speaks, settle it; so they do under
    `model_unsure_answer` when no story cue reaches the page at all (`_storyless_answer`: a
    body's news item quoting no one); conversely a force's or
    commissioner's answer the model reads under `model_unsure_story` is the story the cues read (a
    paper quoting a chief fire officer at length reads to the model as the service's own
    page), the model's force and commissioner counted together (`_answers_together`),
    and so is one it reads under `model_unsure_answer` when the cues read the story outright,
    its weight above the response genre's (`_outweighs`): the model gives the
    answers of the pages it trained on 0.99 and more, but the stories of pages it never
    saw (rows iF-jX) between 0.6 and 0.9, a story's quotations being the answer's words,
    while a body's own news page reaches the story's cues only to a tie;
    and they settle it when the
    model gives its force's or commissioner's answer under `model_unsure_responder` (a force's
    page and its commissioner's share their words; the cues read the body presented
    answering or the role that speaks; round 57 raised the bar from 0.5 to 0.8: with the
    models of `bench/doc_type_cv.py` 14 pages typed right and one wrong between the two), and whatever its probability when the head presents a
    national body answering whose answers are one of the two (`national_answer`: the chiefs'
    council, the commissioners' association). So do they when the model gives its force's or commissioner's
    answer under `model_unsure` and the cues read a government answering (a minister's
    statement on an inspection of the force, an island committee's page on its police: the
    model trained on few of them splits them between the answers whose words they share; with
    the models of `bench/doc_type_cv.py` 6 such pages of the 2,020 readable ones typed right, none
    wrong; the models' answers that the cues misread as a government's are sure, 0.97 and over). A page the model reads as neither a response nor
    surely anything else (its best probability under `model_unsure` of
    `patterns/doc_types.json`: a story, a PEEL page) is the response the cues read when its
    head presents a body answering (`answering_party`: "X Police response to the HMICFRS
    inspection", a commissioner's section 55 letter under "Response of the Commissioner")
    and the response's cue weight is above the model's genre's (`_outweighs`: a story
    headed "X makes progress, says watchdog" presents X too, but its cues only tie):
    the page says who answers, the model only guesses (round 54: the model trained on
    every readable row reads such invented letters as a story at 0.60 and a force's answers
    under "Area for improvement" headings as a PEEL page at 0.48; round 55 raised the bar from
    0.65 to 0.9: with the models of `bench/doc_type_cv.py`, trained without the labeller set they
    type, a body's own release headed as its answer reads as a story at 0.7-0.9, and the
    rule types 13 more of the 2,020 readable documents right). The cues' inspectorate report (`INSPECTORATE_GENRE`: its foreword
    and "we inspected", its "Print this document" and contents) stands when the model gives
    no type `model_not_of_genre`: the model spreads such a text over the story and the answers
    that speak of the same inspection, the report's layout is the inspectorate's own; and
    when the model reads an answer or a story under `model_unsure_layout` but the marks of the
    layout read the report outright (`_inspectorate_layout`), as they may a PEEL page.
    So do the cues of a text no genre or responder cue reaches (`_untyped`: the inspectorate
    speaking of its inspections, "How we inspect", "we introduced our PEEL inspections", or
    grading a force in its opening, "X Police is good at reducing crime") when the model reads
    an answer or a story under `model_unsure_layout`: such a page names no body answering and
    carries no mark of the press, and the model, which never read the series, reads its words
    (the force, its grades) as a story of them (round 66, with the models of
    `bench/doc_type_cv.py`: the inspectorate's "How we inspect PEEL" page and a 2014 PEEL page
    typed right, none wrong).
    So does a register's cue of `outranking_weight` (`REGISTER_GENRE`: the field
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
    found = _model_or_cue_type(text, folded, top or [], chrome, welsh, reading or _learned_scores)
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
    return not any(answering_body(b) is not None or b.canonical in national or b.kind == "government"
                   for _, _, b in find_bodies(textcat.head(text)))


def _model_or_cue_type(text: str, folded: str | None, top: list[str], chrome: tuple[str, ...], welsh: bool,
                       reading: Reading) -> str:
    """`decide_doc_type`'s reading of a text with no register markup: the learned model's
    (`reading`) for a text of the length it reads, with the cues that outrank it, else the cues."""
    cue_scores = doc_type_scores(text, folded)
    by_cues, cued = _cue_type(cue_scores, text, folded, top, chrome)
    # a longer text (a whole report, letter or briefing) is not what the model learned from
    # (page openings of at most about 2,000 characters): it types such texts wrongly and
    # surely (the three gold PDFs of corpus/realpdf, each at probability 0.5-1.0)
    got = reading(text) if len(text) <= textcat.HEAD else None
    if not got:
        return by_cues
    label, probability = _best(got)
    cues = doc_type_cues()
    if label == GOVERNMENT_RESPONDER and not cue_scores[GOVERNMENT_RESPONDER] and not _names_government(text):
        return _cue_responder(cue_scores, top)  # a government's answer names its government, department or minister
    if label == REPORTING_GENRE and cued and by_cues in LOCAL_ANSWERS and welsh:
        return by_cues  # a Welsh page: the model reads its language as a story, the Welsh cues read who answers
    if label in ANSWER_TYPES and _outlet_furniture(text):
        return REPORTING_GENRE  # a news outlet's own furniture heads the page: its story, whatever answer it carries
    if label not in RESPONSE_TYPES and (site := _own_site(chrome, text, probability < cues.model_unsure_answer)):
        if by_cues in RESPONSE_TYPES:
            return by_cues  # published on the body's own site: its release or page, not a story or the inspectorate's page
        if by_cues == REPORTING_GENRE and site >= cues.site_platform_weight:
            return _cue_responder(cue_scores, top)  # a story's words, but no news outlet publishes on the body's site
    if label not in RESPONSE_TYPES and probability < cues.model_unsure and cued and by_cues in RESPONSE_TYPES \
            and answering_party(top) is not None and _outweighs(RESPONSE_GENRE, label, cue_scores, top):
        return by_cues  # the model reads no genre surely, the head presents a body answering: its response
    if label == REPORTING_GENRE and probability < cues.model_unsure_story and cued and by_cues in LOCAL_ANSWERS:
        return by_cues  # the model barely reads a story, the cues read who answers: the body's own release
    if label == REPORTING_GENRE and probability < cues.model_unsure_answer and cued and by_cues in LOCAL_ANSWERS \
            and _storyless_answer(cue_scores, top):
        return by_cues  # no mark of a story anywhere, the cues read the body answering: its own release or page
    if label in LOCAL_ANSWERS and cued and by_cues == REPORTING_GENRE and (
            (answer := _answers_together(got)) < cues.model_unsure_story
            or answer < cues.model_unsure_answer and _outweighs(REPORTING_GENRE, RESPONSE_GENRE, cue_scores, top)):
        return by_cues  # the model barely reads an answer, the cues read a story: the press carrying the answer
    if label in LOCAL_ANSWERS and probability < cues.model_unsure and cued and by_cues == GOVERNMENT_RESPONDER:
        return by_cues  # the model's force or commissioner is unsure, the cues read a government or minister answering
    if label in LOCAL_ANSWERS and cued and by_cues != label and by_cues in LOCAL_ANSWERS \
            and (national := national_answer(top)) is not None and by_cues == national[1]:
        return by_cues  # a national body the lead presents answering says whose answer it is, the model's force or commissioner not
    if label in LOCAL_ANSWERS and probability < cues.model_unsure_responder and cued and by_cues in LOCAL_ANSWERS:
        return by_cues  # the model unsure between force and commissioner, whose words they share: the cues read who speaks
    if (by_cues == GOVERNMENT_RESPONDER or by_cues == REPORTING_GENRE and not _strong_cue(by_cues, text, folded)) \
            and _outranking_cue(GOVERNMENT_RESPONDER, text, folded):
        return GOVERNMENT_RESPONDER  # parliament's record or the government's own response says what the page is
    if by_cues == REPORTING_GENRE and _outranking_cue(by_cues, text, folded):
        return by_cues  # the story's own voice attributes the findings: a story, not the release it carries
    if label in ANSWER_TYPES and _outranking_lead(REPORTING_GENRE, top):
        return REPORTING_GENRE  # a newspaper's house style opens the story: not the answer it quotes
    if label == REPORTING_GENRE and by_cues in RESPONSE_TYPES and _speaks_as_inspected(text, folded):
        return by_cues  # the body itself, in its own voice, was the one inspected: its page, not a story about it
    if by_cues == REGISTER_GENRE and _outranking_cue(by_cues, text, folded):
        return by_cues  # a register's own field labels: an entry filed by force, not the report it copies
    if by_cues == INSPECTORATE_GENRE and cued and probability < cues.model_not_of_genre:
        return by_cues  # the model reads no type surely, the cues read the inspectorate's own report or letter
    if by_cues in INSPECTORATE_TYPES and (label in ANSWER_TYPES or label == REPORTING_GENRE) \
            and probability < cues.model_unsure_layout and _inspectorate_layout(by_cues, text, folded, cue_scores, top):
        return by_cues  # an answer or story the model reads, which the inspectorate's own layout belies
    if not cued and (label in ANSWER_TYPES or label == REPORTING_GENRE) and probability < cues.model_unsure_layout \
            and (own := _untyped(text, folded)) in INSPECTORATE_TYPES:
        return own  # no cue reaches the page, but the inspectorate speaks of its inspections or grades a force in it
    if cued or probability >= cues.model_not_of_genre:
        return label
    if by_cues != cues.default_responder:
        return by_cues  # never names the inspectorate: its untyped cues ("unknown" or the inspectorate's page) stand
    # a text naming the inspectorate is of the genre: the inspectorate's own page when it speaks
    # as the inspectorate, else the model's best type however unsure the model is
    return untyped if (untyped := _untyped(text, folded)) != "unknown" else label


def national_answer(top: list[str]) -> tuple[Body, str] | None:
    """The national body the head presents answering (`answering_party`: "NPCC responds to",
    "APA responds to report", "the APCC's national lead said") and the type of its answer (the
    commissioners' association answers as a commissioner does, the chiefs' council, the police
    authorities' association and the College as a force does, a fire-led one as the fire
    authority); None when the party the head presents is no national body. One reading for
    the type (`_model_or_cue_type`) and the body (`responding_body`). The learned model splits
    such a statement between the force's and the commissioner's answers, whose words it shares,
    but who speaks is the lead's word (round 57, with the models of `bench/doc_type_cv.py`,
    which never read the set they type: 7 of the 2,020 readable pages typed right by it, the
    chiefs' council's and the commissioners' association's statements read as the other answer
    at 0.5-1.0, none typed wrong)."""
    party = answering_party(top)
    if party is None or party.canonical not in doc_type_cues().national_responders:
        return None
    return party, as_fire_authority(party_responder(party), top)


def _names_government(text: str) -> bool:
    """Whether the text names a government or its department (the Home Office, an island's
    government or ministers): a government's answer, in parliament's record or its own
    letter, names who gives it. A force's release whose words the model reads as the
    department's (it praises the force's work in the inspectorate's terms) names neither
    and no government cue reaches it: it is the answer of whoever the cues read answering."""
    return any(b.kind == "government" or b.canonical == HOME_OFFICE for _, _, b in find_bodies(text))


def _outweighs(genre: str, other: str, cue_scores: dict[str, int], top: list[str]) -> bool:
    """Whether the cues read `genre` outright over `other`: its weight above the other's,
    not a tie taken by being listed first or tipped by a body the lead presents. A story
    over a response: a body's own news page names the report and "said" as a story does,
    and no more. A response over the genre an unsure model reads: a story headed "X makes
    progress, says watchdog" presents X, but its cues tie, while a section 55 letter or a
    force's answers under its title outweigh the story or PEEL page the model guesses."""
    scores, _, _ = _cue_scores(cue_scores, top)
    return scores[genre] > scores.get(other, 0)


def _storyless_answer(cue_scores: dict[str, int], top: list[str]) -> bool:
    """Whether the cues read a response (`storyless_answer` of weight or more: its minutes'
    labels, "our communities", a chief fire officer presenting the report) and not one mark of
    a story: no dateline, byline, "said: “", "watchdog", reporter's verb or newspaper's lead.
    A story about a body's inspection carries some mark of the press that reports it; a body's
    own news item or page that quotes no one carries none, yet the learned model, reading its
    words (the report's grades, "inspectors found"), types it as the story it resembles.
    Round 60, with the models of `bench/doc_type_cv.py`: the pages the model reads as a story
    at 0.6-0.95 that no story cue reaches and the cues read answering are ten answers of ten
    labeller sets (fire services' and a county's news items, a chief's progress page, the
    fire committee's minutes, a commissioner's blog) and two stories (a reprinted release, a
    2004 story quoting no one); the model gives their answers 0.04-0.36 together, under
    `model_near_answer` in half of them, so as stories most had no body."""
    scores, _, _ = _cue_scores(cue_scores, top)
    return scores[REPORTING_GENRE] == 0 and scores[RESPONSE_GENRE] >= doc_type_cues().storyless_answer


def _outranking_cue(doc_type: str, text: str, folded: str | None) -> bool:
    """Whether a cue of `outranking_weight` of the type (a responder's or a genre's)
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
    return any(c.weight >= cues.outranking_weight and _fires(c, text, folded, told)
               for c in (*cues.responders.get(doc_type, ()), *cues.genres.get(doc_type, ())))


def _inspectorate_layout(genre: str, text: str, folded: str | None, cue_scores: dict[str, int], top: list[str]) -> bool:
    """Whether the cues read one of the inspectorate's own genres (`INSPECTORATE_TYPES`) by its
    layout, outright: the genre's cues marked `layout` in `patterns/doc_types.json`, in the text
    and (`lead_cues`) in the head, weigh `inspectorate_layout` or more (for a report "Print this
    document", an ISBN, "Report on an inspection visit to", the "Published on: <date>" line
    heading its page, or a contents or foreword heading with another mark; for a PEEL page its
    question line, "How effective is the force at ...?", or its "Last updated" line) and all
    the genre's cues weigh more than every other genre's. The inspectorate telling, in its own
    voice (outside quotations), who commissioned its inspection or what the inspection assessed
    ("the Home Secretary commissioned us to", "our inspection assessed", "we published our
    interim report") is such a mark of weight 1, never enough alone: an answer or a story
    reports the commission in the third person and quotes the report's "we" (round 66, with
    the models of `bench/doc_type_cv.py`: a thematic report's foreword reprinted by a watch
    scheme and a child protection report's summary page typed right, none wrong). A report's or PEEL page's opening names
    the forces, services and commissioners inspected and speaks of their answers, so a model
    that never read the series types it as their answer or a story of it; no answer or story
    carries the inspectorate's furniture unless quoting it, and then its own cues weigh as much. The genre's other cues
    are its words, which an answer shares: a force's page headed "Police and crime plan 2021"
    reaches the PEEL page's heading cue, one saying "read more about" its link cue, a force's
    answer to a revisit letter names the letter, and none of them is the inspectorate's page."""
    cues = doc_type_cues()
    lead = "\n".join(top)
    marks = _score({genre: tuple(c for c in cues.genres[genre] if c.layout)}, text, folded)[genre] + sum(
        c.weight for c in cues.lead_cues.get(genre, ()) if c.layout and _in_lead(c, lead))
    scores, _, _ = _cue_scores(cue_scores, top)
    return marks >= cues.inspectorate_layout and all(scores[other] < scores[genre] for other in cues.genres if other != genre)


def _in_lead(cue: Cue, lead: str) -> bool:
    """Whether a lead cue fires in the head and lead of a page (`lead_cues`: read there only)."""
    return cue.pattern.search(lead, None) is not None


def _outranking_lead(genre: str, top: list[str]) -> bool:
    """Whether a lead cue of the genre of `outranking_weight` fires in the head and lead
    of the page: a newspaper's drop cap ("THE Police and Crime Commissioner has welcomed"),
    a house style of the press that no body's own release or page writes. The learned model
    reads words, not their case, so a story quoting a commissioner's welcome reads to it as
    the commissioner's page."""
    lead = "\n".join(top)
    cues = doc_type_cues()
    return any(c.weight >= cues.outranking_weight and _in_lead(c, lead) for c in cues.lead_cues.get(genre, ()))


def _speaks_as_inspected(text: str, folded: str | None) -> bool:
    """Whether the text, outside its quotations, speaks as the body that was inspected: a
    response-genre cue of `outranking_weight` read in the page's own voice (a
    `narration` cue: "we were inspected", "the inspectorate rated us", "our service has been
    assessed") and no story's own cue of weight above 1 (`_strong_cue`: a dateline, "dear
    readers", "said last week"). A news story quotes the body's "we" but narrates it in the
    third person; a force's own newsletter or a fire service's own page narrates its
    inspection in the first person, which the learned model, reading words rather than
    voice, types as the story it resembles ("rated as good", "the report found"). The
    response cues of that weight that speak in no voice (a meeting's minutes, "section 55",
    "the commissioner has published his response") a story may report, so they do not
    outrank the model's story."""
    told, cues = narration(text), doc_type_cues()
    return any(c.weight >= cues.outranking_weight and c.narration and _fires(c, text, folded, told)
               for c in cues.genres[RESPONSE_GENRE]) and not _strong_cue(REPORTING_GENRE, text, folded)


def _own_site(chrome: tuple[str, ...], text: str, unsure: bool) -> int:
    """How surely the web furniture dropped from the page (`chrome`) is that of a body's
    own site: the weight of the strongest response cue of `site_chrome` in
    `patterns/doc_types.json` it carries, 0 for none. The quick-exit button and beta banner
    of the forces' common site platform and a commissioner site's accessibility bar name the
    platform (`site_platform_weight`); a "Skip to content" link says only that the page was
    taken whole from a site (the bodies' sites, the inspectorate's, the government's: of the
    2,020 readable pages 68 answers and one story keep it), which the news pages gathered do
    not keep. The learned model reads only the text, so it types a force's third-person
    release ("X Police has welcomed ...") as a story; the page's publisher says otherwise,
    and the cues, which read the furniture, say who answers. The furniture no line of
    `patterns/web_chrome.txt` drops, left in the opening of the text (`_opening_furniture`),
    says the same, but weighs at most 1 (settling a page the cues read a response) unless the model
    is `unsure` of its own answer: left in the text, such a line may be a story's own ("Posted on
    12 March by Newsdesk"), which the dropped furniture never is."""
    furniture = "\n".join(chrome)
    opening = _opening_furniture(text, RESPONSE_GENRE)
    return max((*(weight for pattern, weight in doc_type_cues().site_chrome.get("response", ()) if pattern.search(furniture)),
                *(weight if unsure else min(weight, 1) for weight in opening)), default=0)


def _opening_furniture(text: str, genre: str, over_weight: bool = False) -> list[int]:
    """The furniture weights (`opening`) of the genre's cues of `patterns/doc_types.json` marked
    so, read in the opening of the text (`opening_chars`): the site furniture that the ingest
    keeps as text. With `over_weight`, what each adds to the weight the genre's score already
    counts for it (a cue counts once: in the opening it weighs its furniture weight instead).
    One place per cue: a cue that is furniture wherever it stands ("Posted on", "On air now")
    carries its furniture weight as a flag; one that is furniture only in the opening (a "Become
    a member" prompt, an editor's byline line) has weight 0 elsewhere. Whole lines only: a
    headline's "Good news for ...", a release's "We will advertise for ...", a "Share on
    Facebook" button or a letter "to the Editor" are no outlet's furniture (round 68 review).
    A body's own site (the response genre): a blog platform's "Posted on" date line, a "News and
    events" section head, a mobile menu toggle, font size and contrast controls, a "Set your
    postcode" box, the force's "call 999 in an emergency" banner line; the learned model reads the
    release under it, written in the third person, as the story it resembles (round 68, with the
    models of `bench/doc_type_cv.py`: 9 answers of 8 labeller sets read as stories carry one; of
    the 797 readable stories none does). A news outlet's (the press): a radio station's "On air
    now" line, an editor's or reporter's byline line, "Local and national news for", a membership
    prompt closing a line; the model reads the statement or column it carries as the body's answer
    (`_outlet_furniture`)."""
    cues = doc_type_cues()
    opening = text[: cues.opening_chars]
    folded = fold(opening)
    return [c.opening - (c.weight if over_weight else 0)
            for c in cues.opening_furniture.get(genre, ()) if c.pattern.search(opening, folded)]


def _outlet_furniture(text: str) -> bool:
    """Whether a news outlet's own furniture heads the text (`opening_furniture` of the press,
    weighing `outranking_weight`): the page is the outlet's, whatever answer it carries (NOTES:
    a news outlet carrying a body's statement, or a commissioner's column, is a press_article),
    so it outranks the model's answer (round 68, with the models of `bench/doc_type_cv.py`: five
    stories of five labeller sets that the fold models read as answers; no readable answer
    carries such furniture in its opening)."""
    return sum(_opening_furniture(text, REPORTING_GENRE)) >= doc_type_cues().outranking_weight


@lru_cache(maxsize=1)
def _learned_scores(text: str) -> dict[str, float] | None:
    """The learned classifier's probability of each type for the text, read once per text
    (its best type and the sum of its answers both read it); None when the model is not
    shipped."""
    nlp = textcat.load(LEARNED_MODEL)
    return None if nlp is None else dict(textcat.scores(nlp, text))


def _best(got: dict[str, float]) -> tuple[str, float]:
    """A reading's best type and its probability."""
    best = max(got, key=lambda label: got[label])
    return best, got[best]


def _answers_together(got: dict[str, float]) -> float:
    """A reading's probability of a force's and a commissioner's answer, the two summed: a
    force's page and its commissioner's share their words, so the model splits an answer
    between them, and only the sum says how surely it reads an answer rather than the
    story that quotes one."""
    return sum(got.get(label, 0.0) for label in LOCAL_ANSWERS)


def near_answer(text: str, reading: Reading | None = None) -> str | None:
    """The area's answer (force's or commissioner's, the likelier) the learned model reads
    in a text it types a story when it gives the answers together `model_near_answer` or more, so
    the type is a near call; else None. A body's own release whose lead quotes no one
    answering ("X Police retains its good rating", "Information sent on behalf of X
    Police") reads to the model as the story it resembles; typed so, it would answer for
    no body, though its text names one (`crosswalk.ingest.responding_body` reads its body as
    an answer's: a story it truly is carries no row of the crosswalk, so the body only says
    whom it is about). `reading` as in `decide_doc_type`: the model is read once, through it."""
    if len(text) > textcat.HEAD:
        return None
    got = (reading or _learned_scores)(text) or {}
    if _answers_together(got) < doc_type_cues().model_near_answer:
        return None
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
    for genre in cues.opening_furniture:
        scores[genre] += sum(_opening_furniture(text, genre, over_weight=True))
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
        scores[genre] += sum(c.weight for c in lead_cues if _in_lead(c, lead))
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


def answering_body(body: Body) -> Body | None:
    return body if body.kind in ("force", "pcc", "fire") and body.area else None


OWN_SITE_STRANGERS = ("press_article", "government_response")  # types a local body's own site never publishes


def own_site_type(doc_type: str, published: Publisher) -> str:
    """A page the text reads as a news story or a government's answer is the body's own
    response when its address is the site of a force, commissioner or fire service: a news
    outlet carrying a body's statement is not published there, nor a minister's answer (the
    page quotes the department; the inspectorate's news feed is the inspectorate's)."""
    body = published.body
    if (doc_type not in OWN_SITE_STRANGERS or not published.own_site or body is None
            or answering_body(body) is None):
        return doc_type
    return "pcc_response" if body.kind == "pcc" else "force_response"
