"""The brief's key question read once into its measure and its target, and stances scored toward that measure.

"Should allies shoot down Russian aircraft …?" → measure words {shoot, aircraft, …}, target {RU}. A holder's stance
is then its attitude to the measure: supporting, demanding or pressing it is +, opposing, blocking or defending the
target against it is −, undecided or abstaining is 0. Where the measure is aimed at a holder, that holder's resistance
is −. Without a question the general restraint-to-escalation reading stands.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..actors import ActorRegistry
from ..assets import resource
from .lexicon import Lexicon
from .mentions import finder_for

STOP = {
    "should", "the", "a", "an", "of", "to", "be", "its", "their", "his", "her", "that", "which", "on", "in", "into",
    "under", "for", "with", "from", "by", "and", "or", "if", "as", "at", "all", "every", "any", "it", "he", "she",
    "they", "do", "does", "have", "has", "is", "are", "was", "were", "whether", "before", "after", "could", "would",
    "state", "states", "member", "members", "allies", "country", "countries", "basis", "used", "such", "like", "over",
    "including",
}
# Words that name the same kind of measure ("the accord" is "the agreement").
KINDS = [
    {"agreement", "accord", "deal", "pact", "treaty", "convention"},
    {"tariff", "duty", "levy", "duties", "tariffs"},
    {"resolution", "motion", "text", "draft"},
    {"plan", "proposal", "initiative", "framework"},
    {"arrest", "warrant", "detain", "apprehend", "surrender"},
    {"sanction", "sanctions", "embargo"},
    {"visa-free", "waiver", "liberalisation", "liberalization"},
]
# Verbs and nouns of support: aimed at the question's target, they defend it against the measure.
SUPPORT = re.compile(r"^(?:back|support|endors|welcom|defend|side|stand|solidarity|prais|hail|applaud|congratul|"
                     r"invit|host|shield|protect|reassur|assur|recogni[sz]|ally|laud|commend|thank|grateful|gratitude)",
                     re.I)
# Cues whose attitude to what they act on is against it (condemning the ICC's decision is against the arrest).
AGAINST = re.compile(r"^(?:withdr|recall|summon|protest|expel|condemn|criticis|criticiz|denounc|slam|reject|oppos|"
                     r"block|veto|object|dismiss|refus|"
                     r"protest|deplor|question|resist|balk|sceptic|skeptic|fight|challeng|sue|den[iy]|opposition|"
                     r"rejection|condemnation|criticism|objection|vot\w* against|spoke against|argu\w* against|"
                     r"(?:will|would|could)\s+not\s+tolerate|suspic|uneas|wary|rebuk|rebuff|lambast|spurn|snub|"
                     r"brush\w*\s+(?:aside|off)|shrug\w*\s+off|baulk|hits?\s+back|dissatisf|displeas|indignat|"
                     r"discontent|lash|cool reaction|cool response|cool reception|lukewarm|tepid|frosty|"
                     r"slap\w*\s+down|boycott|decr[iy]|castigat|chid|censur|reprimand|assail|repudiat|turn\w*\s+down|"
                     r"vot\w*\s+down|play\w*\s+down|downplay|push\w*\s+back)", re.I)
FOR = re.compile(r"^(?:back|support|endors|welcom|congratul|approv|demand|call|urg|push|press|insist|agree|sign|ratif|"
                 r"adopt|"
                 r"vot\w* for|vot\w* in favou?r|favou?r|in favou?r|prais|hail|pledg|commit|accept|request|seek|"
                 r"sought|want|propos|advocat|champion|invok|trigger|activat|implement|join|recogni|laud|commend|"
                 r"thank|grateful|gratitude|appreciat|sid\w* with)", re.I)
# A measure that goes on with what is done: "Should Australia keep deporting …?"
# How a question opens, before the one asked to act ("Should …", "Must …", "Ought …"); the plain form without "ought"
_ASKED = r"^\s*(?:should|must|will|would|can|could|ought)"
_ASKED_PLAIN = r"^\s*(?:should|must|will|would|can|could)"
_KEEP = re.compile(
    _ASKED_PLAIN + r"\s+(?:[\w’'.-]+\s+){0,5}?(?:keep|continue|go on|carry on|persist in)\b",
    re.I,
)
# The one asked to act asked whether to carry on with its own course, or be let do so ("Should Israel go ahead with its
# settlement plan?", "Should Ukraine be allowed to strike …?"): disapproving of what it does is against the measure
_OWN_COURSE = re.compile(
    _ASKED_PLAIN + r"\s+"
    # (not another's course that the one asked lets go on: "Should the EU let Poland go ahead …?")
    r"(?:(?!(?:let|allow|permit|authori[sz]e|tell|urge|ask|help|force|make|persuade|press)\b)[\w’'.-]+\s+){0,6}?"
    r"(?:go ahead|press ahead|push ahead|proceed|be (?:free|allowed|permitted|entitled) to|have the right to|"
    # (and its own project: "Should Ethiopia operate its Nile dam …?", "Should China build its mega-dam …?")
    r"(?:build|operate|complete|finish|construct|fill)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:dam|pipeline|plant|"
    r"reactor|base|wall|canal|port|railway|mine|project|shield|system))\b"
    # (nor a step back it would take: going ahead with a ceasefire, a withdrawal or talks answers what it does now)
    r"(?!.*\b(?:ceasefire|cease-fire|truce|talks|negotiat\w*|dialogue|withdraw\w*|pull(?:ing)?[- ]?out|pullback|"
    r"release|exchange|peace|de-?escalat\w*|disarm\w*|compromise|concession\w*|handover|hand over)\b)",
    re.I,
)
# What others hold against something, as what a cue acts on first: "dismissed public and private warnings from …"
# (a few words before the noun, which may be quoted: "condemned unspecified “threats” against …")
_SAID_LEAD = r"\s*(?:the\s+|all\s+|any\s+|such\s+|these\s+|those\s+)?(?:[\w’'.\"“”‘-]+\s+){0,3}?[\"“‘']?"
_OPPOSITION_FIRST = re.compile(
    _SAID_LEAD + r"(?:warnings?|criticism|criticisms|objections?|concerns?|opposition|threats?|fears?|doubts?|"
    r"reservations?|complaints?|protests?|misgivings|veto|vetoes)\b",
    re.I,
)
# What others said of an act, first in what the cue acts on ("rejected international statements over the arrest")
_JUDGED_FIRST = re.compile(_SAID_LEAD + r"(?:statements?|condemnations?|accusations?|remarks|comments)\b", re.I)
_SAID_OF = re.compile(r"[”\"’']?\s+(?:over|of|about|regarding|on)\s+", re.I)
_TO_STUDY = re.compile(
    r"\s*(?:to\s+)?(?:\w+ly\s+)?(?:study|examine|review|assess|weigh|look into|look at)\s+(?!\w+ing\b)", re.I
)
_RESTRICTING = re.compile(r"\b(?:restrict\w*|limit\w*|curb\w*|ban|bans|banned|banning|block\w*|bar|barred|barring|"
                          r"cap|caps|capped|screen\w*|sanction\w*|punish\w*|penali[sz]\w*)\b", re.I)
# What undoes a measure that releases or returns: "seized the tanker" when the question is whether to release it
_HOLDING = {"seize", "seized", "seizes", "seizing", "detain", "detained", "detaining", "impound", "impounded",
            "impounding", "arrest", "arrested", "arresting", "jail", "jailed", "jailing", "imprison", "imprisoned",
            "confiscate", "confiscated", "intercept", "intercepted", "intercepting", "interception", "detention",
            "seizure", "arrests", "capture", "captured", "sentence", "sentenced", "sentencing", "sentences",
            "conviction", "convicted", "verdict", "imprisonment", "custody"}
UNDONE_BY = {"release": _HOLDING, "free": _HOLDING, "return": _HOLDING | {"keep", "kept", "retain", "retained"}}
# Words that only carry the measure they name: "rejected the proposal to lift the requirement"
CARRIERS = {"proposal", "proposals", "plan", "plans", "idea", "ideas", "decision", "move", "call", "calls", "bid",
            "push", "initiative", "request", "suggestion", "offer", "demand", "demands", "effort", "efforts",
            "attempt", "attempts", "motion", "resolution", "draft", "bill"}
THREAT = re.compile(r"^(?:block|threat|attack|punish|isolat|sanction)", re.I)
DISQUIET = re.compile(r"^[“\"]?(?:concern|worr|alarm|dismay|disquiet|unease|outrage|frustrat|anger|angry|irritat)",
                      re.I)
# Complaining ("complained about the scheme", "lodged complaints")
_COMPLAINING = re.compile(r"^complain", re.I)
# Accusing or blaming someone ("accused Israel of …", "blamed Washington for …")
_ACCUSING = re.compile(r"^(?:accus|blam)", re.I)
PRESSURE = re.compile(r"^(?:urg|call|press|demand|ask|push|appeal|insist|request|woo|encourag|exhort|invit)", re.I)
# What the question's own actor is asked to stop: urging it to halt is against the measure.
STOPPING = re.compile(r"\b(?:halt|stop|cease|end|drop|refrain|abandon|back down|withdraw|scrap|suspend|pull back|"
                      r"pull out|back out|walk away|give up|cancel|reverse|departure|pullout|pull-out|wind up|"
                      r"wind down|phase out|tone down)\w*", re.I)
# Measure-target prepositions that do not make a country a target: recipients, partners, places.
# (and "over": what a dispute or talks are about, where a drone flies: "negotiate over the Falklands")
NOT_TARGET_CASES = {"to", "with", "for", "into", "in", "under", "within", "across", "at", "between", "over"}
# Before a possessive, the same without "for" ("sanctions for Russia's …") and with "from" ("from Israel's airport")
_PARTNER_CASES = (NOT_TARGET_CASES - {"for"}) | {"from"}


@dataclass
class Question:
    text: str
    measure: set[str] = field(default_factory=set)  # content words (lower case) naming the measure
    targets: set[str] = field(default_factory=set)  # countries the measure is aimed at
    actors: set[str] = field(default_factory=set)  # who the question asks to act
    target_names: set[str] = field(default_factory=set)  # the targets' names, demonyms and capitals (lower case)
    stopping: str = ""  # the measure's verb when it stops something ("halt" exports to Israel): for those, against it
    remedy: str = ""  # the measure's verb when it undoes what was done ("release" the detainees, "account" for them)
    conceding: bool = False  # the one asked to act is asked to stop or undo its own doing (not to lift a penalty)
    restraint: bool = False  # the measure is itself restraint ("agree to a ceasefire", "lift the sanctions")
    yielding: bool = False  # the one asked to act is asked to give way to another ("accept", "cede", "hand back")
    beneficiaries: set[str] = field(default_factory=set)  # countries the measure is for ("recognise Kosovo")
    beneficiary_names: set[str] = field(default_factory=set)
    described: set[str] = field(default_factory=set)  # stems of words that describe, not act ("planes flying near …")
    action: set[str] = field(default_factory=set)  # stems of the measure's words before any reason or qualifier
    measure_stems: set[str] = field(default_factory=set)  # stems of the measure's longer words ("settlement")
    reason: set[str] = field(default_factory=set)  # stems of what the measure answers ("for its attacks on …")
    pressers: set[str] = field(default_factory=set)  # who presses for the measure ("…, as Canada demands")
    judged: set[str] = field(default_factory=set)  # stems of what a condemnation judges ("the missile launch")
    stopped: set[str] = field(default_factory=set)  # stems of what a stopping measure stops ("settlement construction")
    beyond: set[str] = field(default_factory=set)  # stems of what qualifies the stop ("under the framework agreement")
    given_up: set[str] = field(default_factory=set)  # stems of the veto or objection the measure drops
    actor_names: set[str] = field(default_factory=set)  # the actors' names, demonyms and capitals (lower case)
    alternative: set[str] = field(default_factory=set)  # stems of what it is chosen over ("rather than …", "without …")
    aimed: set[str] = field(default_factory=set)  # stems of a group (no state) the measure is aimed at ("the Houthis")

    def __bool__(self) -> bool:
        return bool(self.text.strip())


def _is_country(code: str, registry: ActorRegistry) -> bool:
    actor = registry.get(code)
    return actor is not None and actor.kind == "country"


def _countries(codes: set[str], registry: ActorRegistry) -> set[str]:
    """The countries among ``codes``, a group standing for its members ("imports from its G-7 allies")."""
    out: set[str] = set()
    for code in codes:
        actor = registry.get(code)
        if _is_country(code, registry):
            out.add(code)
        elif actor is not None and actor.kind == "group":
            out |= {m for m in actor.members if _is_country(m, registry)}
    return out


def _words(text: str) -> set[str]:
    out: set[str] = set()
    for w in re.findall(r"[A-Za-z][\w-]+", text.lower()):
        if w in STOP or len(w) < 3:
            continue
        out.add(w)
        for kind in KINDS:
            if w in kind:
                out |= kind
        if w in KINDS[0]:
            out |= {"talks", "negotiations"}  # "conclude the deal": the talks toward it are its course
    return out


def question_of(text: str, registry: ActorRegistry, lex: Lexicon) -> Question | None:
    """The question read with its parse; None when the parser is switched off or not installed."""
    from .parser import load_parser, parse, parser_enabled

    nlp = load_parser() if parser_enabled() else None
    if nlp is None:
        return None
    return read_question(text, registry, lex, parse(nlp, text) if text.strip() else None)


def read_question(text: str, registry: ActorRegistry, lex: Lexicon, doc: Any | None = None) -> Question:
    """The question's measure and target, read from the question's words (``doc``, its parse, is not needed: the
    question's short fixed shape is read more steadily from its surface than from a parse)."""
    plain = _PULL_BACK.sub(lambda m: f"withdraw {m.group('what')}{' from' if m.group('from') else ''}", text)
    if plain != text:
        # "pull its troops back from the border", "pull its forces out of Lebanon": a withdrawal, read as one
        text, doc = plain, None
    q = Question(text)
    if not text.strip():
        return q
    mentions = finder_for(registry).find(text)
    names = {text[m.start : m.end].lower() for m in mentions}
    q.measure = {w for w in _words(text) if w not in names and not any(w in n.split() for n in names)}
    # "the mega-dam" is named by "the dam" too
    q.measure |= {w.split("-", 1)[1] for w in q.measure if _SIZE_PREFIX.match(w) and len(w.split("-", 1)[1]) >= 3}
    chosen_over = _ALTERNATIVE.search(text)
    if chosen_over:
        # "uphold multilateral pacts rather than turn to bilateral deals", "rebuild Gaza without displacing its
        # people": what the measure is chosen over or goes without is not the measure; backing it is against it
        over = _words(text[chosen_over.end() :]) - _words(text[: chosen_over.start()])
        q.measure -= over | _words(chosen_over.group())
        q.alternative = {stem(w) for w in over if w not in names | _PLAIN_VERBS and len(w) > 3}
        # (a short name counts too: "rather than the U.S. nominee Jim Yong Kim" is chosen over "Kim")
        q.alternative |= {w.lower() for w in re.findall(r"\b[A-Z][a-z]{2}\b", text[chosen_over.end() :])} & over
    resisted = None if chosen_over else _BACKED_AGAINST.match(text)
    if resisted and resisted["verb"].lower() == "back" and _STEPPING_BACK.search(text[: resisted.start("verb")]):
        resisted = None  # "start rolling back their measures against each other": a step back, no backing
    if resisted:
        # "back Siniora's government against the campaign to topple it": what the backing resists is not the measure;
        # pressing for it is against the measure
        over = _words(text[resisted.end() :]) - _words(text[: resisted.start("against")])
        q.measure -= over | {"against"}
        q.alternative = {stem(w) for w in over if w not in names | _PLAIN_VERBS and len(w) > 3}
    conceded = _CONCESSIVE.search(text)
    if conceded:
        # "… be ratified even though the United States has rejected it": what is conceded is a fact, not the measure
        q.measure -= _words(text[conceded.start() :]) - _words(text[: conceded.start()])
    q.measure -= _subject_words(text, doc)  # "Should European countries stop …": who acts is not the measure
    titled = _LEAD.match(text)
    leader = next((m for m in mentions if titled and m.start > titled.end() and _at_lead(text, m, titled)), None)
    if titled and leader is not None:
        q.measure -= _words(text[titled.end() : leader.start])  # "Should Prime Minister Netanyahu attend …": who acts
    q.measure |= related(q.measure)
    q.measure_stems = {stem(w) for w in q.measure if len(w) > 4}
    main = _main_clause(text)
    judged_over = _JUDGED_OVER.search(main)  # "condemn the United States over the shooting": what it is condemned for
    head = _REASON.split(main[: judged_over.start("over")] if judged_over else main, maxsplit=1)[0]
    q.action = {stem(w) for w in q.measure & (_words(head) | related(_words(head)))}
    # "… held responsible for the attacks on Saudi Arabia", "punish the officials who made the remarks": what the
    # measure answers
    marks = [(m.start(), m.end()) for m in (_REASON.search(text), _qualifier(text)) if m is not None]
    marks += [(judged_over.start("over"), judged_over.end("over"))] if judged_over else []
    why = min(marks) if marks else None
    q.reason = {stem(w) for w in q.measure & _words(text[why[1] :])} - q.action if why else set()
    if why and _AS_REQUIRED.match(text, why[0]):
        q.reason = set()  # "… as its EU obligations require": what requires the measure is no act it answers
    pressed_to = _PRESSED_TO_STOP.search(text) if not q.reason else None
    if pressed_to:
        # "press Myanmar's government to … stop arresting her party's members": what the pressure would stop is what
        # the measure answers (condemning the arrests presses it, defending them resists it)
        pressed_on = {stem(w) for w in q.measure & _words(pressed_to.group("what")) if not STOPPING.match(w)}
        q.reason |= pressed_on
        q.action -= pressed_on
    judging = _JUDGING_QUESTION.match(text) or _JUDGING_ACTIVE.match(text)
    if judging:
        # "Should North Korea's missile launch be condemned?": what is judged is not the measure's action; criticising
        # it presses the measure, defending it resists
        verb = {stem(w) for w in _words(judging.group("verb"))}
        # the judged act's own words, before what it was done on or to ("air strikes" in "… on Iranian targets")
        thing = re.split(r"\s(?:on|against|of|in|near|by|over|at|to|into|for|from|during|with)\s", judging["thing"])[0]
        named = _words(thing)
        q.judged = {stem(w) for w in named | related(named) if w in q.measure} - verb  # ("verdict": "the sentencing")
        if not q.judged:
            # "Should Russia be condemned for its abuses in Chechnya?": a country is judged for what the reason names
            q.judged = q.reason - verb
    if doc is not None:
        # "… planes flying near its borders", "refugees arriving in Greece": a participle after a noun describes
        q.described = {
            stem(t.text) for t in doc if t.i and t.tag_ in ("VBG", "VBN") and doc[t.i - 1].tag_.startswith("NN")
        }
    # Surface roles, steadier on questions than the parse: a country right after a recipient, partner or place
    # preposition ("to Ukraine", "with Egypt", "into Polish airspace") is no target; one that owns the measure
    # ("Morocco's plan") neither; one after "from" is a target only when nothing else is ("imported from China").
    core: set[str] = set()
    loose: set[str] = set()
    stop = _STOPPING_MEASURE.search(text) or _STOPPED_MEASURE.search(text)
    relieved = False  # what is stopped is a waiver or an exemption
    blocking = _BLOCKING.match(text, stop.end()) if stop else None
    if stop and blocking:
        stop = None  # "Should Hungary drop its veto on the aid …": the measure is what the veto stops
        # (so vetoing or blocking it is against the measure, not the measure's own action)
        vetoed = _words(blocking.group())
        q.given_up = {stem(w) for w in vetoed | related(vetoed)}
    penalised = bool(stop and stop.group("verb").lower() in ("suspend", "expel") and any(
        0 <= m.start - stop.end() <= 5 and re.fullmatch(r"\s*(?:the\s+)?", text[stop.end() : m.start])
        and _ALONE_AFTER.match(text, m.end)
        for m in mentions
    ))
    if penalised:
        stop = None  # "Should the Commonwealth suspend Zimbabwe": a penalty on the country, not a stop of its own doing
    q.stopping = stop.group("verb").lower() if stop else ""
    if stop:
        # what is stopped: the verb's object up to a preposition or a clause ("its curbs" in "ease its curbs on …")
        after = text[stop.end() :]
        left = re.match(r"\s*(?:from|out\s+of|of)\s+", after)  # "withdraw from the Paris agreement": what is left
        after = after[left.end() :] if left else after
        passive = _PASSIVE_SUBJECT.match(text) if stop.re is _STOPPED_MEASURE else None
        if passive:
            after = passive.group(1)  # "Should sanctions on North Korea be eased once …": what is stopped is before
        obj = _STOPPED_END.split(after, maxsplit=1)[0]
        relieved = bool(_RELIEF.search(obj))
        joined = re.match(r"\s+(?:and|or)\s+", after[len(obj) :])
        if joined and len(obj.split()) <= 2:
            # "end its beef and citrus import quotas": the words joined before the noun are one object
            obj += joined.group() + _STOPPED_END.split(after[len(obj) + joined.end() :], maxsplit=1)[0]
        said = {w for w in _words(obj) if w not in names}
        q.stopped = {stem(w) for w in said | related(said)}
        # what qualifies it after ("… under the U.S.-Russian framework agreement"): not what is stopped
        proper = {w.lower() for w in re.findall(r"\b[A-Z][\w-]+", after)}  # "in Nagorno-Karabakh": a place, no measure
        rest = _ALTERNATIVE.split(after[len(obj) :], maxsplit=1)[0]  # not what it is chosen over
        q.beyond = {stem(w) for w in _words(rest) if w not in names | proper} - q.stopped - {
            stem(q.stopping)
        }
    undo = _REMEDY.search(text)
    q.remedy = undo.group("verb").lower() if undo else ""
    # "Should the detained tanker be released?" (but "Should UN sanctions on Iran be reinstated?" re-imposes a penalty)
    undone = _REMEDIED.search(text) if not undo and not _HARM.search(text) else None
    if undone:
        q.remedy = _REMEDIED_BASE[undone.group("verb").lower()]  # "Should the detained tanker be released?"
    undone_words = {stem(w) for w in q.measure if w in _HOLDING} if q.remedy else set()
    if undone_words:
        # "return the drone it seized": the seizure is what the remedy undoes (objecting to it presses the remedy)
        q.reason |= undone_words
        q.action -= undone_words
    stopping = bool(stop)
    denying = _DENYING.search(text)
    lead = _LEAD.match(text)
    status = ""  # of the mention before, for "with Egypt and Sudan"
    # "…, as France proposes", "… who are not observing the ceasefire", "held responsible for the attacks on Saudi
    # Arabia", "… before President Bush leaves office": what qualifies the measure, gives its reason or sets its time
    # names no target
    qualifier = re.search(
        r",\s+as\b|\bas\s+(?=(?:[\w.’'-]+\s+){1,4}?(?:demands|demanded|proposes|proposed|wants|wanted|urges|urged|"
        r"warns|warned|requested|requests|asks|asked|insists|suggests|suggested|ruled|says|said|claims|claimed)\b)"
        r"|\b(?:who|which|that|despite|notwithstanding|during|amid|while)\b|\bin spite of\b"
        # (a time, not "once again", "for once", "hesitate before sanctioning")
        r"|\b(?:before|until)\b(?!\s+\w+ing\b)|(?<!\bfor )\bonce\b(?!\s+(?:again|more|and)\b)"
        r"|\bahead of\b"
        r"|\bfor\s+(?:the|its|their|his|her|(?:Foreign|Prime|Defen[cs]e|Interior) Minister|President)\b"
        r"|" + _BLAMED_FOR,
        text,
    )
    last_end = -1
    owners: set[str] = set()  # "ratify Sweden's NATO membership": the measure is for the one whose it is
    ties = stop is not None and bool(_STOPPED_TIES.match(text, stop.end()))  # "cut ties with India" is aimed at it
    harmed: set[str] = set()  # "stop flying aircraft into Taiwan's air defence zone": what is stopped is done to it
    acts_of = -1  # where a country's own act ends ("China's military drills" in "… drills around Taiwan"), or -1
    if judging:
        # "Should the attempted coup against Turkey's government be condemned?": the judged act's victim is no target
        acts_of = judging.start("thing") + len(thing.rstrip())
    accused_of = list(_DESCRIBED_SUBJECT.finditer(text))  # what the question's subject is accused of
    countered = -1  # where the last country on whom what the measure counters weighs ends, or -1
    for m in mentions:
        if lead and _at_lead(text, m, lead) and _PAIRED.match(text[m.end : m.end + 40]) and not _LED.match(
            text[m.end : m.end + 40]
        ):
            status, last_end = "none", m.end  # "Should the Chile-Peru maritime border be redrawn …": no role of its own
            continue
        if lead and _at_lead(text, m, lead):
            status, last_end = "subject", m.end
            acts_of = _act_end(text, m.end, acts_of)  # "Should China's drills …"
            bare = _SUBJECT_ACT.match(text, m.end)
            if bare and not re.match(r"['’]|-led\b", text[m.end :]) and (
                set(w.lower() for w in bare.group().split()[:-1]) - _ACT_QUALIFIERS
                or not (m.role == "demonym" or _NOUN_ONLY_ACT.search(bare.group()))
            ):
                bare = None  # "Should Israel launch strikes into Lebanon?", "Should China stage drills …": its verb
            acts_of = bare.end() if bare else acts_of  # "the US killing of …", "the Saudi-led coalition's bombing"
            if _PASSIVE.match(text[m.end :]):
                core.update(m.codes)  # "Should Ethiopia be pressed …": the measure is aimed at it
            continue
        before = re.findall(r"[\w’']+", text[: m.start].lower())
        while before and (before[-1] in ("the", "a", "an", "its", "their") or _REGION.fullmatch(before[-1])):
            before.pop()  # "in north-eastern Syria", "for eastern Ukraine": the preposition names the place
        prev = before[-1] if before else ""
        after = text[m.end : m.end + 40]
        if _DEMAND_THAT.search(text[: m.start]):
            kind = "core"  # "Should the UN demand that Israel end its occupation …": the measure presses Israel
        elif qualifier is not None and m.start >= qualifier.start():
            kind = "none"  # "…, as France proposes", "… who are not observing the ceasefire": no target
            if _PRESSED_BY.match(text, m.end) and re.match(r",?\s*as\b", text[qualifier.start() :]):
                q.pressers.update(m.codes)  # "…, as Canada demands": Canada presses for it
        elif prev == "to" and denying and m.start > denying.end() and not _CLAUSE_TURN.search(
            text, denying.end(), m.start
        ):
            kind = "core"  # "deny visas to Chinese officials", "refuse entry to Russian ships": aimed at them
        elif any(d.start() < m.start < d.end() for d in accused_of):
            # "Should the US marines accused of raping a Filipino woman be handed …": what the subject is accused of
            # is done to that country's people; the measure answers it for them
            kind = "none"
            owners.update(m.codes)
        elif not stopping and _GIVING.search(text[: m.start]) and re.match(r"(?:\s+[a-z]+){0,2}?\s+to\s+[A-Z]", after):
            kind = "none"  # "hand Hong Kong back to China": what is given, no target
        elif not stopping and _GIVEN_FIRST.search(text[: m.start]):
            kind = "none"  # "pay Russia the duties it avoided", "give Ukraine the jets": the one it goes to gains it
            owners.update(m.codes)
        elif stopping and not q.remedy and _NATIONALS.match(after) and prev not in _DONE_TO:
            # "stop issuing tourist visas to Russian citizens": stopping what a country's people get (but "roll back its
            # policies favouring domestic firms over American companies" ends what is done against them)
            kind = "core"
        elif (prev in ("on", "against", "upon") and _COUNTERED.search(text[max(0, m.start - 60) : m.start])) or (
            countered >= 0 and _COORDINATED.fullmatch(text[countered : m.start])
        ):
            # "to counter market pressure on Portugal and Greece": what the measure counters is done to them
            kind = "none"
            harmed.update(m.codes)
            countered = m.end
        elif (why and m.start >= why[1] and _HARMED_IN_REASON.search(text[why[1] : m.start])) or (
            _HARMED_IN_REASON.search(text[max(0, m.start - 40) : m.start])
            and _FOR_DOING.search(text[max(0, m.start - 40) : m.start])
        ):
            # "sanctioned for invading Kuwait", "respond after Russian drones entered Polish airspace": the one the
            # answered act was done to is wronged, no target
            kind = "none"
            harmed.update(m.codes)
        elif prev == "of" and _WRONG_DONE_OF.search(text, max(0, m.start - 40), m.start) and (
            judging or stopping or q.remedy or _NAMING_AS.search(text, 0, m.start)
            or _ANSWERS_WRONG.search(text, 0, m.start)
        ):
            # "recognise the killing of Armenians … as genocide", "respond to the invasion of Ukraine": those it was
            # done to are wronged (not where the measure carries the wrong out or backs it: "authorise the invasion
            # of Iraq")
            kind = "none"
            harmed.update(m.codes)
        elif judging and 0 <= m.start - acts_of <= 40 and prev in _DONE_TO | {"on", "upon"}:
            kind = "none"  # "the attempted coup against Turkey's government": the judged act's victim, no target
            harmed.update(m.codes)
        elif re.match(r"^-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+(?:" + "|".join(sorted(OWNED)) + r")\b", after) and (
            not stopping
        ):
            # "the US-South Korean proposal": both countries whose proposal it is press for it
            kind = "none"
            q.pressers.update(m.codes)
            paired = re.match(r"^-([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)", after)
            if paired and hasattr(registry, "resolve"):
                q.pressers.update(registry.resolve(paired.group(1)))
        elif stopping and _LEAVING.match(q.stopping) and _PACT_OF.match(after) and re.search(
            r"\b(?:from|of|out\s+of)\s+(?:the\s+)?$", text[max(0, m.start - 12) : m.start], re.I
        ):
            kind = "core"  # "withdraw from the Iran nuclear deal": leaving a pact named after a country is aimed at it
        elif _NOT_THE_STATE.match(after) or _NAMED_AFTER.match(after) or (
            _PAIRED.match(after) and not (stopping and _LED.match(after))
        ):
            # "the Paris climate agreement", "Syrian rebels", "the Ecuadorian embassy", "Israeli-Palestinian talks",
            # "a U.S.-Saudi agreement", "a US-led coalition": not the state, or the state only as a party or leader
            kind = "none"
            if _LED.match(after) and not stopping:
                owners.update(m.codes)
        elif last_end >= 0 and _COORDINATED.fullmatch(text[last_end : m.start]):
            kind = status  # coordinated with the mention before: the same role
        elif _ASKS_FOR.match(after):
            kind = "none"  # "pay the higher price Turkmenistan demands": the measure gives what it asks for
            owners.update(m.codes)
        elif re.match(r"^\s+(?:" + "|".join(sorted(OWNED)) + r")\b", after, re.I) and not stopping:
            kind = "none"  # "adopt the U.S. proposal to lower …": the country whose proposal it is presses for it
            q.pressers.update(m.codes)
        elif _VIOLATED.search(text[max(0, m.start - 40) : m.start]) and _SOVEREIGN.match(after):
            kind = "none"  # "condemned as a violation of Qatar's sovereignty": the one wronged, no target
            harmed.update(m.codes)
        elif re.match(r"^['’]s?\s", after) and prev in ("against", "to") and (answering := _ANSWERING.search(
            text[: m.start]
        )) and not _ANSWERED_KINDLY.match(after) and (
            re.match(r"(?:retaliat|counter|hit)", answering.group(), re.I)
            or _HARM.search(after[:50]) or _ACT_NOUNS.match(after) or _HOSTILE.search(after[:50])
            or re.search(r"\b(?:expuls|seizure|detention|execution|killing|closure|crackdown|hack)", after[:50], re.I)
        ):
            # "retaliate against China's tariffs on barley", "respond to US sanctions": the penalty answered is the
            # country's own doing, and the answer is aimed at it
            kind = "core"
            acts_of = _act_end(text, m.end, acts_of)
        elif re.match(r"^['’]s?\s", after) and prev in _PARTNER_CASES and not stopping and not _ACT_NOUNS.match(after):
            # "normalise relations with Assad's government", "fly abroad from Israel's Ramon airport": a partner or a
            # place, no target (but "respond to Russia's drone incursion" answers what it did)
            kind = "none"
        elif re.match(r"^['’]s?\s", after):
            # "Morocco's autonomy plan": the country proposes the measure; "to Russia's drone incursion": the measure
            # answers what the country did
            kind = "none" if _owns_measure(after) else "core"
            if kind == "none" and _LEAVING.search(text[max(0, m.start - 40) : m.start]):
                kind = "core"  # "Should Panama withdraw from China's Belt and Road Initiative?": aimed at China
            if kind == "none" and _PURSUED.match(after) and _TURNED_DOWN.search(text[max(0, m.start - 40) : m.start]):
                kind = "core"  # "Should the court dismiss Pakistan's case …?": turned down, aimed at it
            if kind == "core" and not stopping and _PLACE_NOUN.match(after) and _GUARDING.search(text[: m.start]):
                kind = "none"  # "take over policing Slovakia's airspace": guarding a country's place is for it
                owners.update(m.codes)
            if kind == "core" and _CHOOSING.search(text[max(0, m.start - 30) : m.start]) and (
                _PERSON_NAMED.match(after) or _CHOSEN_THING.match(after)
            ):
                kind = "none"  # "choose France's Christine Lagarde as …": the country whose national is chosen gains
                owners.update(m.codes)
            if kind == "core" and not _JOINED_ACT.search(text[max(0, m.start - 40) : m.start]):
                # "respond to Russia's drone incursion into Polish airspace": what Russia did is what the measure
                # answers (not so "support Israel's strikes against Iran", which joins the act)
                acts_of = _act_end(text, m.end, acts_of)
            if kind == "none":
                owners.update(m.codes)
            elif stopping and (prev in _DONE_TO or _PLACE_NOUN.match(after)):
                harmed.update(m.codes)
        elif prev == "by" and re.search(r"\bbe\s+\w+\s+by\s+(?:the\s+)?$", text[: m.start]):
            kind = "none"  # "Should the agreement be ratified by China?": the agent is who is asked to act
            q.actors.update(m.codes)
        elif prev == "by" and (described := _DESCRIBED_BY.search(text[: m.start])):
            kind = "none"  # "the summit hosted by Malaysia", "the plan proposed by Egypt": who did what is described
            if _OWNED_BY.match(described.group()):
                owners.update(m.codes)  # what it hosts, proposes or leads is its own
        elif 0 <= acts_of <= m.start and (
            (m.start - acts_of <= 12 and prev in _DONE_TO | {"in", "at", "on", "of", "toward", "towards"})
            or (m.start - acts_of <= 40 and prev in _DONE_TO and not re.search(r"[,;]", text[acts_of : m.start]))
        ):
            # ("North Korea's launch of a ballistic missile over Japan"; only after a country's own act, -1 being
            # none: "Should Norway protest against Swedish boats" names the protest's target)
            kind = "none"  # "China's military drills around Taiwan": where or to whom the act was done, no target
            harmed.update(m.codes)
        elif stopping and prev in _DONE_TO | {"on", "upon"} and not (why and m.start >= why[1]) and not (
            _ANOTHER_MEASURE.search(text, 0, m.start) or (stop and _ANSWERED.search(text, stop.end(), m.start))
        ):
            # (not what the stop answers, "… over the crackdown on Morsi supporters", nor a measure joined to the stop,
            # "… and reimpose sanctions on Iran")
            kind = "none"  # "stop flying aircraft over Taiwan": what is stopped is done to it
            harmed.update(m.codes)
        elif stopping and prev == "of" and _GOODS_OF.search(text[max(0, m.start - 60) : m.start]):
            kind = "none"  # "ease their restrictions on imports of Japanese food": whose goods are curbed gains
            harmed.update(m.codes)
        elif stopping and prev in ("from", "of") and _LEAVING.match(q.stopping):
            kind = "none"  # "withdraw its troops from Syria": where from, not at whom
        elif prev == "of" and re.search(r"\bpart\s+of\s+(?:the\s+)?$", text[: m.start], re.I) and not stopping:
            kind = "none"  # "recognised as part of Nepal": the country it would belong to gains it
            owners.update(m.codes)
        elif stopping and prev == "to" and _CEDING.fullmatch(q.stopping):
            kind = "none"  # "give up Greenland to the United States": the one it is given up to gains it
            owners.update(m.codes)
        elif not stopping and (restricted := _RESTRICTED_TO.search(text[max(0, m.start - 90) : m.start])) and not (
            _OWN_TRADE_HELD.search(restricted.group())
        ):
            kind = "core"  # "restrict chip exports to China", "tighten controls on chemicals bound for South Korea"
        elif not stopping and prev in ("in", "inside", "on", "against") and _HOSTILE_ACTS.search(
            text[max(0, m.start - 45) : m.start]
        ) and not re.match(r"['’]s?\s", after):
            kind = "core"  # "conduct covert operations in Venezuela", "launch air strikes in Syria": where they strike
        elif prev in NOT_TARGET_CASES and not (stopping and (prev == "to" or (prev == "with" and ties))):
            # "supply missiles to Ukraine"; but "halt exports to Israel", "cut ties with India" are aimed at them
            kind = "none"
            if prev == "to" and not stopping and _GIVING.search(text[: m.start]):
                owners.update(m.codes)  # "supply long-range artillery to Ukraine": the measure is for the recipient
        else:
            kind = "loose" if prev == "from" else "core"
        status, last_end = kind, m.end
        (core if kind == "core" else loose if kind == "loose" else set()).update(m.codes)
    q.targets = (core or loose) - harmed
    if conceded:
        # nor is one named only in what is conceded a target of the measure
        earlier = {c for m in mentions if m.start < conceded.start() for c in m.codes}
        q.targets -= {c for m in mentions if m.start >= conceded.start() for c in m.codes} - earlier
    _subject_by_position(text, mentions, q, doc)
    if q.remedy:
        # "Should Russia apologise for its treatment of the detained Japanese diplomat?", "Should Bahrain release the
        # U.S. journalists?": undoing what was done is for those it was done to (not for the subject of "Should China
        # be pressed to account for …")
        subject = {c for m in mentions if lead and _at_lead(text, m, lead) for c in m.codes}
        # (nor for the one pressed to undo it: "press Argentina to reverse its import restrictions")
        pressed = {c for m in mentions if _PRESSED_ONE.search(text[max(0, m.start - 30) : m.start]) for c in m.codes}
        done_to = q.targets - subject - q.actors - pressed
        if _OBSERVING.fullmatch(q.remedy) and _HARM.search(text):
            # "comply with the US sanctions on Iran": keeping to a penalty keeps it aimed at whom it is on
            done_to -= {c for m in mentions if _AIMED_ON.search(text[max(0, m.start - 12) : m.start]) for c in m.codes}
        q.beneficiaries |= done_to
        q.targets -= done_to
    # (a group the question is about, "Should the G20 be expanded …", is no aim at its members)
    subject = {c for m in mentions if lead and _at_lead(text, m, lead) for c in m.codes}
    q.targets = _countries(q.targets - subject, registry) | {c for c in q.targets & subject if _is_country(c, registry)}
    q.targets -= q.actors
    # (what is stopped, not a penalty imposed after it nor one it would breach: "stop oil reaching North Korea in
    # breach of UN sanctions")
    another = _ANOTHER_MEASURE.search(text) or _BREACHING.search(text)
    if q.stopping and _HARM.search(text, 0, another.start() if another else len(text)):
        # "Should the US roll back tariffs on Chinese goods?": ending a penalty is no measure against China
        q.targets = set()
    # "Should Israel agree to a ceasefire?", "Should the EU lift its sanctions?": a tougher line is against the measure
    main = _main_clause(text)  # not "… on rebels who are not observing the ceasefire"
    main = _PURPOSE.split(main, maxsplit=1)[0]  # nor "convened to revive peace talks"
    # (a stop aimed at nobody is restraint too: "Should producers freeze their output?")
    # (refusing something is no restraint unless what is refused is a penalty: "Should Hungary veto the aid?")
    refusing = bool(_REFUSING.fullmatch(q.stopping))
    # (cutting off what flows to someone withholds it: "raise tariffs on Colombia and cut off its aid" is no restraint)
    held = None if penalised else _HOLDING_BACK.search(main)
    held_flow = bool(held and _AID_HELD.match(re.sub(r"^\s+off\b", "", main[held.end() :])))
    stops = (q.stopping and not refusing) or (held and not held_flow)
    # (a penalty imposed after the stop is no penalty stopped: "withdraw from the deal and reimpose sanctions on Iran")
    stopped_part = main[: another.start()] if another else main
    q.restraint = bool(_RESTRAINT.search(main) or (stops and (_HARM.search(stopped_part) or not q.targets))
                       or (refusing and _HARM.search(stopped_part)))
    stopped = main[stop.end() :] if stop else main
    if stop and why and why[0] > stop.end():
        stopped = main[stop.end() : why[0]]  # not what it is stopped for
    answered = _ANSWERED.search(stopped)
    stopped = stopped[: answered.start()] if answered else stopped  # nor over: "… with Egypt over the crackdown"
    if q.stopping and (
        _HOSTILE.search(stopped) or _REPROACH.search(stopped) or _BRANDED.search(text[stop.end() :] if stop else text)
    ):
        # "Should Russia stop intercepting U.S. planes?": ending what is done to them is restraint, and for them
        q.restraint = True
        q.beneficiaries |= q.targets
        q.targets = set()
    flow = _FLOW.match(main, stop.end()) if stop else None
    # "halt its funding to the WHO": a penalty, no concession (but "lift its ban on exports" lifts a penalty)
    withheld = bool(flow and not _HARM.search(main, stop.end() if stop else 0, flow.end()))
    if withheld and not q.targets and not _RESTRAINT.search(main):
        q.restraint = False
    q.conceding = bool(q.remedy or (q.stopping and not refusing and not _HARM.search(main) and not q.targets
                                    and not withheld))
    # "recognise Kosovo's independence", "arm Ukraine", "defend Taiwan": the measure is for them, not aimed at them
    benefit: set[str] = set()
    gained = -1  # where the last mention the measure is for ends ("link Spain and Portugal with …": both gain)
    for m in mentions:
        owned_by = _BENEFIT_OF.search(text[max(0, m.start - 60) : m.start])
        if owned_by and not owned_by.group("founding") and _OWNED_HARM.search(owned_by.group("noun")):
            owned_by = None  # "condemn the invasion of Ukraine", "recognise the genocide of …": no gift to it
        if _PRESSURE_GIVEN.match(text, m.end) and re.search(r"\b(?:give|set|issue|send)\s+(?:the\s+)?$",
                                                            text[max(0, m.start - 20) : m.start], re.I):
            q.targets |= set(m.codes)  # "give Turkey a deadline": pressure on it, no gift
            gained = -1
            continue
        if _BENEFIT.search(text[max(0, m.start - 40) : m.start]) or owned_by or (
            _BENEFIT_EXAMPLES.search(text[max(0, m.start - 60) : m.start])
        ) or (
            # "buy French and German warships": whose goods are bought gains (but "buy the Faroe Islands" takes them)
            (m.role == "demonym" or _NAME_AS_ADJECTIVE.match(text, m.end))
            and _BUYING.search(text[max(0, m.start - 40) : m.start])
        ) or (
            # "Should Canada become the 51st US state?": the one it would become part of gains
            re.search(r"\bbecome\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?$", text[max(0, m.start - 40) : m.start])
            and re.match(r"\s+(?:state|province|territory|colony|dependency|protectorate|part)\b", text[m.end :])
        ) or (
            # "include Turkey in the defence mechanism": who is taken in gains (not "sanctions include Russian gas")
            m.role != "demonym" and _INCLUDING.search(text[max(0, m.start - 30) : m.start])
            and _INTO.match(text, m.end) and not _PENALTY_LIST.search(text, m.end, m.end + 60)
        ) or (
            gained >= 0 and _COORDINATED.fullmatch(text[gained : m.start])
        ):
            benefit.update(m.codes)
            gained = m.end
        else:
            gained = -1
    benefit |= _countries(benefit, registry)  # "join the Gulf states in …": each member gains
    q.beneficiaries |= benefit & q.targets
    q.beneficiaries |= (owners | harmed) - q.actors - q.targets
    q.targets -= q.beneficiaries
    if refusing and owners:
        # "Should Hungary veto Ukraine's membership bid?": turning down a country's own bid is aimed at it
        q.targets |= owners & q.beneficiaries
        q.beneficiaries -= owners
    if relieved:
        # "end Iraq's sanctions waiver", "scrap the exemption for Indian oil": ending a relief from a penalty is a step
        # up, aimed at whom it relieved
        q.restraint = False
        q.targets |= q.beneficiaries
        q.beneficiaries = set()
    if harmed and stops:
        q.restraint = True  # ending what is done to a country is restraint
    # a measure aimed at a territory is aimed at the state sovereign over it (Greenland → Denmark)
    q.targets |= {s for c in q.targets if (s := sovereigns().get(c)) and s not in q.actors | q.beneficiaries}
    for code in q.actors:
        a = registry.get(code)
        if a is not None:
            q.actor_names |= {f.lower() for f in (a.name, *a.aliases, *a.demonyms, *a.capitals) if f}
    for code in q.targets | q.beneficiaries:
        a = registry.get(code)
        if a is not None:
            names = {f.lower() for f in (a.name, *a.aliases, *a.demonyms, *a.capitals) if f}
            if code in q.targets:
                q.target_names |= names
            else:
                q.beneficiary_names |= names
    given = _YIELDING.match(text)
    q.yielding = bool(q.actors and given and (given.group(1).lower() != "become" or q.beneficiaries))
    if not (q.stopping or q.remedy or q.conceding or q.restraint):
        # "strikes against Yemen's Houthis", "the campaign against the Islamic State": a group it is aimed at
        spans = [(m.start, m.end) for m in mentions]
        for against in _AGAINST_GROUP.finditer(_main_clause(text)):
            phrase = []
            for w in re.finditer(r"[\w’'-]+", against.group("what")):
                at = against.start("what") + w.start()
                word = w.group().lower()
                if any(a <= at < b for a, b in spans) or word in _TITLES:
                    continue  # (a country, "U.S." or "Yemen's", is a target of its own; nor "President")
                if any(ch.isupper() for ch in w.group()) or word in _GROUP_NOUNS or word in ("state", "states"):
                    phrase.append(stem(word))
            if phrase and not set(phrase) <= {"state"}:
                q.aimed.add(" ".join(phrase))
    return q


# Answering a penalty in kind: retaliation, countermeasures, reprisals
_COUNTERING = re.compile(r"(?:retaliat\w*|countermeasures?|counter-measures?|reprisals?|counter-tariffs?)\b", re.I)
# Words by which the one the measure is for decries what is done to it, and by which the one asked commits itself
_DECRYING = re.compile(r"^(?:protest|condemn|critici[sz]|denounc|deplor|slam|lambast|castigat|refus|deni|deny|reject|"
                       r"warn|accus|object|oppos|resist|disput)", re.I)
_COMMITTING = re.compile(r"^(?:pledg|promis|commit|welcom|agree|offer|thank)", re.I)
# A measure by which the one asked gives way: accepts another's terms, cedes, hands back, pays ("Should Panama hand
# control of the canal back to the United States?", "Should Canada become the 51st US state?")
_YIELDING = re.compile(
    # (not accepting offers of help: "Should Turkey accept international offers of help?")
    r"\s*Should\s+(?:[\w’'.,()-]+\s+){1,8}?(accept(?!\s+(?:[\w’'-]+\s+){0,4}?(?:offers?|help|aid|assistance)\b)|"
    r"cede|return|hand(?:\s+[\w’'-]+){0,5}?\s+(?:over|back)|give\s+up|"
    r"give(?:\s+[\w’'-]+){0,5}?\s+back|"
    r"yield|concede|surrender|relinquish|repay|pay|become)\b",
    re.I,
)


@lru_cache(maxsize=1)
def sovereigns() -> dict[str, str]:
    """Dependent territory → the state sovereign over it (``resources/territories.json``)."""
    data = json.loads(resource("territories.json").read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data["sovereign"].items()}


def _owns_measure(after: str) -> bool:
    noun = re.match(r"^['’]s?\s+((?:[\w-]+\s+){0,2}[\w-]+)", after)
    words = set(noun.group(1).lower().split()) if noun else set()
    if words & _BROKEN:
        return False  # "condemn Russia's ceasefire violations": what it broke is its own doing, aimed at it
    if words & (_all_kinds() | OWNED):
        return True
    # a proposal named in more words, by its head: "Trump's Middle East peace plan", "Putin's unilateral Easter truce"
    group = re.match(r"^['’]s?\s+((?:(?!(?:of|to|for|in|on|at|with|from|by|and|or|that|which)\b)[\w-]+\s*){1,5})",
                     after)
    head = group.group(1).split()[-1].lower() if group else ""
    return head in _PROPOSALS and not set(group.group(1).lower().split()) & _BROKEN if group else False


_PROPOSALS = {"plan", "plans", "proposal", "proposals", "offer", "initiative", "truce", "ceasefire", "cease-fire"}
_BROKEN = {"violation", "violations", "breach", "breaches", "violators", "violator", "lenders"}


# A stop that hands something over: "give up Greenland to …"
_CEDING = re.compile(r"give up|hand over|surrender|cede", re.I)
# A country's own pursuit of something, and the verbs that turn it down
_PURSUITS = ("case", "complaint", "appeal", "petition", "lawsuit")  # its own, unless the question turns it down
_PURSUED = re.compile(r"^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(_PURSUITS) + r")\b", re.I)
_TURNED_DOWN = re.compile(r"\b(?:dismiss|reject|throw out|deny|refuse|overturn|strike down|quash)\w*\s+(?:the\s+)?$",
                          re.I)
# Words against a country, whose stop is for it: "tone down its criticism of Germany"
_REPROACH = re.compile(r"\b(?:criticism|criticis|criticiz|insult|rhetoric\s+(?:on|against|toward))\w*", re.I)
# Leaving what a country leads: "withdraw from China's …", "quit Russia's …"
_LEAVING = re.compile(r"\b(?:withdraw\w*|pull\w*\s+out|leav\w*|quit\w*|exit\w*)\s+(?:of\s+|from\s+)?(?:the\s+)?$", re.I)
# A relief from a penalty, as what a measure stops
_RELIEF = re.compile(r"\b(?:waivers?|exemptions?|exceptions?|reprieves?|carve-outs?)\b", re.I)
# What a country proposes or asks for: "Should Morocco's autonomy plan …", "Should the EU accept Turkey's terms …"
OWNED = {"plan", "plans", "bid", "offer", "autonomy", "initiative", "proposal", "proposals", "terms", "demands",
         "conditions", "membership", "accession", "application", "independence", "candidacy", "request",
         *_PURSUITS}


# The measure ends or withholds something: "Should Germany halt exports …", "Should the EU suspend the agreement …".
_PULL_BACK = re.compile(
    r"\bpull\s+(?P<what>(?:its|their|the|his|her|our|all)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:back|out)"
    r"(?P<from>\s+(?:from|of)\b)?",
    re.I,
)
# What may follow a country that is itself suspended or expelled ("suspend Zimbabwe from the Commonwealth", "… or
# impose sanctions"), not one that names what is suspended ("suspend Ukraine aid", "Zimbabwe's membership")
_ALONE_AFTER = re.compile(r"\s*(?:$|[?.,;]|(?:from|over|for|until|or|and|after|because|in|as|if|unless)\b)", re.I)
# What follows "against" in a question, up to where it is qualified: "against the Islamic State in Syria"
_AGAINST_GROUP = re.compile(r"\b(?:strikes?|airstrikes?|air\s+strikes|campaign|offensive|war|fight|coalition|"
                            r"action|operations?|force|attacks?|raids?|sanctions)\s+"
                            r"against\s+(?:the\s+)?(?P<what>(?:[\w’'-]+\s+){0,3}?[\w’'-]+?)(?:['’]s)?"
                            r"(?=\s+(?:in|over|for|from|on|at|who|that|which|to|and|after|as)\b|\s*[?.,;]|\s*$)")
_TITLES = {"president", "prime", "minister", "king", "queen", "leader", "general", "chancellor", "premier"}
# Groups a measure may be aimed at that are no state
_GROUP_NOUNS = {"rebels", "militants", "insurgents", "junta", "militia", "militias", "fighters", "separatists",
                "extremists", "jihadists", "pirates", "cartels", "gangs", "traffickers", "terrorists"}
_STOPPING_MEASURE = re.compile(
    _ASKED + r"\s+(?:(?!to\b|be\b)[\w’'.-]+\s+){0,5}?"
    # "Should North Korea be pressed to drop its plan …": the one pressed is asked to stop
    r"(?:be\s+(?:pressed|urged|made|forced|told|asked|pushed|persuaded|compelled|required)\s+to\s+)?"
    # "Should Brazil act to bring down the cost …": the act is the stop
    r"(?:(?:act|move|take\s+steps|take\s+action)\s+to\s+)?(?P<verb>halt|stop|(?<!\ba\s)(?<!\bthe\s)(?<!\ban\s)"
    r"(?<!humanitarian\s)pause|"
    r"suspend|end|cut off|cease|freeze|withhold|cancel|call off|abandon|shelve|postpone|scrap|revoke|withdraw|pull out|"
    r"give up|wind down|tone down|"
    r"roll back|lift|remove|drop|leave|exit|ease|relax|loosen|lower|"
    # (not "bring down Russian drones")
    r"bring down(?=\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:costs?|prices?|rates?|levels?|tariffs?|"
    r"deficits?|debts?|emissions|inflation|fees?|duties)\b)|"
    r"phase out|eliminate|abolish|repeal|rescind|dismantle|reduce|cut|reject|turn down|veto|block)\b",
    re.I,
)
# The measure undoes what was done: "Should Egypt release the journalists?", "Should China be pressed to account for …"
_REMEDY = re.compile(
    _ASKED + r"\s+"
    r"(?:(?!be\b)[\w’'.-]+\s+|be\s+(?:pressed|urged|asked|forced|made|told|pushed)\s+(?=to\b)){0,7}?(?P<verb>release|free|pardon|acquit|return|"
    r"repatriate|compensate|apologi[sz]e|account|reverse|restore|reinstate|reopen|respect|comply|abide|honou?r|"
    r"retract|recant|"
    # (paying is a remedy where what is paid is owed: compensation, damages, duties avoided, what it owes)
    r"pay(?=\s[^?]{0,60}?\b(?:compensation|reparations?|damages|duties|arrears|back|owe[sd]?|avoided|withheld)\b))\b",
    re.I,
)
# Remedies that keep to a rule or a penalty rather than undo an act
_OBSERVING = re.compile(r"comply|abide|respect|honou?r", re.I)
_AIMED_ON = re.compile(r"\b(?:on|against|upon)\s+(?:the\s+)?$", re.I)
_REMEDIED_BASE = {"released": "release", "freed": "free", "returned": "return", "repatriated": "repatriate",
                  "restored": "restore", "reinstated": "reinstate", "reopened": "reopen", "overturned": "overturn",
                  "quashed": "quash", "commuted": "commute", "pardoned": "pardon", "annulled": "annul"}
_REMEDIED = re.compile(_ASKED + r"\b[^?]*?\bbe\s+(?P<verb>"
                       + "|".join(_REMEDIED_BASE) + r")\b", re.I)
# What a country does that a measure answers: "China's military drills", "Russia's drone incursion"
_ACT_NOUNS = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:drills?|exercises?|(?:air)?strikes?|attacks?|incursions?|"
                        r"offensive|invasion|operations?|manoeuvres|maneuvers|flights?|overflights?|tests?|launch(?:es)?|"
                        r"deployments?|build-?up|blockade|patrols?|shelling|bombing|raids?|aggression|war|occupation|"
                        r"annexation|intervention|interference|crackdown|seizure)\b", re.I)


_ACTS = (r"(?:killing|killings|drills?|exercises?|(?:air)?strikes?|attacks?|incursions?|offensive|invasion|operations?|"
         r"shelling|shooting(?: down)?|bombing|raids?|airstrike|crackdown|occupation|annexation|detention|expulsion|"
         r"treatment|campaign|launch(?:es)?|tests?|remarks|comments|statements?|interference|conduct)\b")
_BARE_ACT = re.compile(r"\s+(?:[\w-]+\s+){0,1}?" + _ACTS, re.I)
_ACT_QUALIFIERS = {"military", "air", "missile", "drone", "naval", "nuclear", "cross-border", "recent", "latest", "new",
                   "continued", "ongoing", "repeated"}
# An act named by a word that is no verb of the question ("US strikes", "the US killing"; not "attack", "launch", nor
# "conduct": "Should China conduct drills …?")
_NOUN_ONLY_ACT = re.compile(r"(?:(?<!launche)s|ing|offensive|invasion|occupation|annexation|detention|expulsion|"
                            r"treatment|crackdown|interference)$", re.I)
# "Should Israel's air strikes …", "Should the US-led coalition's bombing …", "the Myanmar military's operations"
# (and "Should Venezuelan President Hugo Chavez's remarks …": its leader's act)
_SUBJECT_ACT = re.compile(
    r"(?:['’]s?|-led\s+[\w-]+['’]s?|(?-i:(?:\s+[A-Z][\w.-]*){1,4}?)['’]s?)?\s+(?:[\w-]+\s+){0,2}?" + _ACTS, re.I
)
_JUDGED = re.compile(r"\bbe\s+(?:condemned|censured|criticised|criticized|investigated|punished|sanctioned|labell?ed|"
                     r"called|declared|branded|deemed|denounced)\b", re.I)
_JOINED_ACT = re.compile(r"\b(?:support|back|join|endorse|assist|help|aid|fund|arm|supply|approve|welcome)\w*\s+"
                         r"(?:[\w-]+\s+){0,2}$", re.I)


def _act_end(text: str, at: int, current: int) -> int:
    """Where the act named right after a possessive at ``at`` ends ("'s military drills"), else ``current``."""
    m = _ACT_NOUNS.match(text, at)
    return m.end() if m else current


# "Should the rebate be ended?", "… be lifted or reduced?"
_PASSIVE_SUBJECT = re.compile(_ASKED + r"\s+(?:the\s+)?(.+?)\s+be\s+", re.I)
_STOPPED_MEASURE = re.compile(
    _ASKED + r"\b[^?]*?\bbe\s+(?P<verb>ended|lifted|scrapped|reduced|cut|"
    r"abolished|removed|cancell?ed|suspended|halted|stopped|withdrawn|dropped|phased out|rolled back|eliminated|"
    r"repealed|revoked|frozen|curbed|eased|relaxed|loosened|dismantled|rescinded)\b",
    re.I,
)
# A name or demonym that qualifies something other than the state: an accord or club named after a city, armed or
# displaced groups, a building.
_NOT_STATE_KINDS = (
    r"(?:agreement|accord|club|treaty|pact|protocol|convention|summit|process|format|rebels?|conference|meeting|forum|"
    r"talks|militias?|insurgents?|fighters|opposition|refugees|migrants|civilians|people|kurds|kurdish|embassy|"
    r"consulate|taliban|activists?|journalists?|booksellers?|dissidents?|workers|students|citizens|nationals|"
    r"prisoners|detainees|hostages|children|families|sailors|fishermen|crew|pilots|residents|soldiers|women|"
    r"minorit(?:y|ies)|groups|ngos|organi[sz]ations|airlines|airways|papers|climate|dollar|dollars|currency|"
    r"congress(?:wo)?m[ae]n|lawmakers|legislators|senators|scientists|researchers)\b"
)
# A second measure joined to a stop, which imposes something: "withdraw from the deal and reimpose sanctions on Iran"
_ANOTHER_MEASURE = re.compile(
    r"\b(?:and|then)\s+(?:re-?)?(?:impose|introduce|slap|levy|tighten|expand|extend|launch)\b", re.I
)
# What a stop answers, after what is stopped: "suspend military cooperation with Egypt over the crackdown on …"
_ANSWERED = re.compile(r"\b(?:over|after|following)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:crackdown|killing|"
                       r"arrests?|detention|repression|massacre|coup|abuses?|violence)\b", re.I)
# A rule or a penalty that what the measure stops would breach
_BREACHING = re.compile(r"\bin\s+(?:breach|violation|defiance|contravention)\s+of\b", re.I)
# A pact named after a country: "the Iran nuclear deal", "the Korea free trade agreement"
_PACT_OF = re.compile(r"^\s+(?:(?!(?:under|with|in|on|at|by|for|from|to|of|the|a|an)\b)[\w-]+\s+){0,2}?"
                      r"(?:deal|agreement|accord|pact|treaty)\b", re.I)
# What is named after a city, right after its name: "the Bucharest declaration", "the Uruguay round"
_NAMED_AFTER = re.compile(r"^\s+(?:declaration|communiqu[eé]|promise|pledge|rounds?|court|tribunal)\b", re.I)
_NOT_THE_STATE = re.compile(r"^\s+(?:(?!(?:to|with|in|on|at|for|from|into|over)\b)[\w-]+\s+){0,2}?" + _NOT_STATE_KINDS,
                            re.I)
# "Israeli-Palestinian", "U.S.-Saudi": the name joined to another in one adjective; "US-led": who leads something
_PAIRED = re.compile(r"^-(?:[A-Z][\w.]*\s+(?:[\w-]+\s+){0,3}?(?:talks|agreement|deal|accord|pact|treaty|relations|ties|"
                     r"summit|cooperation|dialogue|negotiations|peace|conflict|war|border|alliance|partnership)\b|"
                     r"(?:led|backed|brokered|sponsored|drafted|proposed|inspired|based)\b)")
_LED = re.compile(r"^-(?:led|backed|brokered|sponsored|drafted|proposed|inspired)\b")
# Without a parse, only capitalised words may stand between the subject's name and what it names
_SUBJECT_NOT_STATE = re.compile(r"^\s+(?:[A-Z][\w-]*\s+){0,2}?(?i:" + _NOT_STATE_KINDS + ")")


def _not_the_state(rest: str, at: int, the: bool, doc: Any | None) -> bool:
    """The question's subject is not the state when the words right after its name say so: "Should the Afghan
    Taliban join …", "Should the Paris climate agreement be …"; not "Should Russia join peace talks …", where a verb
    comes first (read from the parse when there is one)."""
    named = _NOT_THE_STATE.match(rest)
    if named is None:
        return False
    if _SUBJECT_NOT_STATE.match(rest):
        return True
    # lower-case words between: part of the name only after "the", and none of them a verb in the parse
    if not the or doc is None:
        return False
    return not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in doc if at <= t.idx < at + named.end())
# The measure's own verb gives something: "Should Western countries supply long-range artillery to Ukraine?"
# "as its EU obligations require", "as the treaty demands": what the measure would fulfil
_AS_REQUIRED = re.compile(r"as\s+(?:[\w’'-]+\s+){0,5}?(?:require|demand|stipulate|oblige|dictate|mandate)s?\b", re.I)
# A participle that says what the question's subject is accused or held for, up to the question's own verb
_DESCRIBED_SUBJECT = re.compile(r"\b(?:accused|charged|suspected|convicted)\s+(?:of|with|over)\s+.*?(?=\s+be\s)", re.I)
# The question's verb, up to five words in, and not a noun ("Iran's transfer of drones to Russia")
_GIVING_LEAD = (_ASKED + r"\s+(?:(?!be\b)[\w’'.-]+\s+){0,5}?"
                r"(?<!['’]s )(?<!\bthe )")
_GIVING = re.compile(_GIVING_LEAD + r"(?:supply|send|deliver|give|provide|sell|transfer|grant|offer|lend|donate|"
                     r"export|extend|hand|return|cede)\b", re.I)
# A giving verb with its receiver named right after it ("pay Russia the duties", "send Kyiv more air defence")
_GIVEN_FIRST = re.compile(_GIVING_LEAD + r"(?:pay|repay|compensate|reimburse|supply|send|give|provide|sell|grant|"
                          r"offer|lend|hand|owe)\s+$", re.I)
_DESCRIBED_BY = re.compile(r"\b(?:[a-z]+ed|hit|led|made|held|run|set|struck|brought|sent|paid|built|shut|kept|taken|"
                           r"given|seen|done|driven|caught)\s+by\s+(?:the\s+)?$")
_OWNED_BY = re.compile(r"(?:host|propos|offer|sponsor|broker|draft|organi[sz]|back|support|initiat|l)ed\b", re.I)
_ASKS_FOR = re.compile(r"^\s+(?:demands|demanded|wants|wanted|proposes|proposed|seeks|sought|offers|offered|requests|"
                       r"requested)\b(?!\s+(?:that|to)\b)", re.I)
_DEMAND_THAT = re.compile(r"\b(?:demand|insist|require|request|urge|ask|call on \w+)\s+that\s+(?:the\s+)?$", re.I)
_REGION = re.compile(r"(?:(?:north|south)(?:-?(?:east|west))?|east|west|central|occupied)(?:ern)?", re.I)
# A measure that refuses something to someone is aimed at them ("deny visas to Chinese officials")
_DENYING = re.compile(
    _ASKED + r"\s+(?:(?!be\b)[\w’'.-]+\s+){0,5}?"
    r"(?:deny|refuse|withhold|bar|ban)\b",
    re.I,
)
# Where the denial's clause ends: "ban Russian gas imports and send more aid to Ukraine" gives Ukraine the aid
_CLAUSE_TURN = re.compile(r"[,;]|\b(?:and|or|but)\s+(?!the\b|its\b|their\b)[a-z]+\s", re.I)
_NATIONALS = re.compile(r"^\s+(?:citizens|nationals|tourists|travell?ers|visitors|students|businesses|firms|"
                        r"companies|exporters|imports|goods)\b", re.I)
_UNDERGO = re.compile(r"^\s+(?:\w+ly\s+)?(?:face|suffer|undergo|incur)\b", re.I)
# What the measure answers or is for, not the measure itself: "… in response to North Korea's rocket tests"
# after being blamed, what "for" names is why: "Should Russia be condemned for expelling six British diplomats?"
# What an answered act did to its victim, up to the victim's name: "(for) invading ", "(after Russian drones) entered "
_HARMED_IN_REASON = re.compile(
    r"\b(?:invad|attack|bomb|strik|struck|shell|seiz|annex|occup|enter|violat|kill|detain|arrest|threaten|hack|"
    r"poison|shoot|shot|blockad|expel|raid|storm|harass|intimidat|coerc|abduct|kidnap|interfer\w*\s+in|meddl\w*\s+in)"
    r"\w*\s+(?:(?:the|its|their|a|an)\s+)?$",
    re.I,
)
# Offers and settlements, at the head of what a cue acts on: not hostile acts however they are called
_KIND_WORDS = re.compile(r"\b(?:plans?|proposals?|offers?|deals?|truce|ceasefire|agreements?|talks|bargain)\b", re.I)
_ANSWERING = re.compile(
    r"\b(?:retaliat\w*|respond\w*|react\w*|answer\w*|counter\w*|hit\s+back)\s+(?:\w+\s+)?(?:against|to)\s+$", re.I
)
# What answering a country's word is no penalty for: "respond to China's offer"
_ANSWERED_KINDLY = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:offers?|proposals?|requests?|invitations?|calls?|"
                             r"appeals?|plans?|initiatives?|overtures?|demands?|questions?|letters?|concerns?|peace|"
                             r"applications?|bids?|pleas?|results?|claims?)\b",
                             re.I)
# Hostile acts, right before where they are done: "covert CIA operations in", "air strikes inside"
_HOSTILE_ACTS = re.compile(r"\b(?:launch|conduct|carry\s+out|stage|mount|begin|start|intensify|expand|resume|step\s+up|"
                           r"escalate|authori[sz]e|order|use|join)\w*\s+(?:(?:the|a|an|more|new|further|its|their)\s+)?"
                           r"(?:[\w-]+\s+){0,2}?(?:(?:air\s*)?strikes?|airstrikes?|raids?|bombing|shelling|"
                           r"covert\s+(?:\w+\s+)?operations?|military\s+(?:operations?|action|intervention)|ground\s+(?:operations?|offensive)|"
                           r"incursions?|attacks?)\s+(?:\w+\s+)?(?:in|inside|on|against)\s+(?:the\s+)?$", re.I)
# What one is told one will face: "(Iran) would face new sanctions", "(Minsk) must … or face sanctions"
_FACING = re.compile(r"\b(?:(?:would|will|could|can|may|might|must|should|is\s+going\s+to)\s+(?:\w+\s+)?face|"
                     r"or\s+(?:else\s+)?face)\b", re.I)
# A country's own government or leader, as the question's subject: "Myanmar's military government", "Japan's prime
# minister"
_OWN_GOVERNMENT = re.compile(
    r"['’]s?\s+(?:(?:new|current|military|interim|transitional|ruling|federal|central|elected|coalition|caretaker)\s+)*"
    r"(?:government|leaders?|leadership|prime\s+minister|president|premier|chancellor|junta|regime|authorities|"
    r"administration|cabinet|foreign\s+ministry|military|army|navy|armed\s+forces)\b",
    re.I,
)
# Talking something over, first in what a cue acts on: "to begin informal talks on …", "discussing a peace deal"
_TALKING_IT_OVER = re.compile(
    r"\W*(?:to\s+)?(?:(?:begin|start|hold|open|have|enter\s+into|continue)\s+)?(?:(?:informal|formal|direct|further|"
    r"new|more)\s+)?(?:talks|discuss\w*|negotiat\w*|dialogue|consultations)\b",
    re.I,
)
_REFUSING_TALK = re.compile(r"(?:rul\w*\s+out|refus|reject|declin|rebuff|spurn|shun|walk\w*\s+out|break\w*\s+off)",
                            re.I)
# A restriction on what goes to a country: "restrict chip-equipment exports to", "controls on chemicals bound for"
_RESTRICTED_TO = re.compile(
    r"\b(?:restrict|curb|limit|ban|tighten|control|block|halt|cut)\w*\s+(?:[\w-]+\s+){0,5}?"
    r"(?:(?:exports?|sales?|shipments?|deliveries|supplies|transfers?)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?to|"
    r"(?:bound|destined|headed)\s+(?:for|to))\s+(?:the\s+)?$",
    re.I,
)
# A country asked to hold back its own trade, not to control what goes to another: "limit its steel shipments to"
_OWN_TRADE_HELD = re.compile(r"\b(?:limit|cut|curb|reduce|restrain)\w*\s+(?:its|their)\s+(?!(?:[\w-]+\s+){0,2}?"
                             r"(?:chip|semiconductor|technolog|arms|weapon|equipment|component|dual-use|nuclear|missile))",
                             re.I)
# Attacks, however named: "military aggression", "the wave of air strikes", "the Israeli attack"
_ATTACKS = re.compile(r"\b(?:aggression\w*|attacks?|(?:air\s*)?strikes?|airstrikes?|bombing|bombardment|raids?|"
                      r"offensive|assault|invasion|incursions?|shelling|operations?)\b", re.I)


def _actors_attacks(object_text: str, q: Question) -> bool:
    """What the cue acts on opens with the attacks of the one asked to strike ("Israel's military aggression", "the
    Israeli attack", "the wave of strikes that Israel launched")."""
    head = _lead_words(object_text.lower(), 9)

    def first(names: set[str]) -> int:
        found = [m.start() for n in names if (m := re.search(rf"\b{re.escape(n)}(?:['’]s)?\b", head))]
        return min(found) if found else len(head) + 1

    actor, target = first(q.actor_names), first(q.target_names | q.beneficiary_names)
    # (the one asked named before the one it would strike: not "Iran's attacks on Israel"), as the one that attacks:
    # "Israel's aggression", "the Israeli attack", "strikes that Israel launched", "attacks by Israel" (not "the attack
    # on Israel's embassy", "Israel's decision to hold off on attacks")
    if not (actor < len(head) and actor < target):
        return False
    for n in q.actor_names:
        name = re.escape(n)
        attacks = _ATTACKS.pattern
        if re.search(rf"\b{name}(?:['’]s)?\s+(?:[\w-]+\s+){{0,1}}?{attacks}", head) or re.search(
            rf"{attacks}\s+(?:that|which)\s+{name}\b|{attacks}\s+(?:\w+\s+)?by\s+(?:the\s+)?{name}\b", head
        ):
            return True
    return False


# The plan, decision or threat its owner names: "Trump's plans", "the British proposal", "Mr. Obama's executive order"
_ACTORS_PLAN = re.compile(
    r"^\W*(?:the\s+)?(?:(?:Mr|Mrs|Ms|President|Prime\s+Minister)\.?\s+)?(?:[A-Z][\w.’'-]*\s+){0,2}?[A-Z][\w.-]*(?:['’]s)?"
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:plans?|proposals?|decision|move|executive\s+order|threats?|policy|initiative|scheme)\b"
    r"(?!\s+(?:to|that|not)\b)"  # (not "Israel's decision to hold off on attacks": what it decided is read)
)
_FOR_DOING = re.compile(r"\bfor\s+\w+ing\s+(?:in\s+)?(?:(?:the|its|their|a|an)\s+)?$", re.I)
_BLAMED_FOR = "(?:" + "|".join(
    f"(?<={w} )" for w in ("condemned", "punished", "sanctioned", "blamed", "criticised", "criticized", "censured",
                           "penalised", "penalized", "rebuked", "responsible", "accountable", "pay")
) + r")for\b"
_REASON = re.compile(
    r"\b(?:in response to|because of|following|after|despite|as punishment for|in retaliation for|over its|"
    r"over their|for (?:the|its|their|his|her|(?:Foreign|Prime|Defen[cs]e|Interior) Minister|President))\b|"
    # "Should Malaysia investigate and punish the assault of …": the act to be answered follows the verb
    r"(?:(?<=punish )|(?<=prosecute )|(?<=investigate )|(?<=probe ))(?=the\b)|"
    + _BLAMED_FOR,
    re.I,
)
# "condemn the United States over the shooting": a judging verb, the one judged, then what for
_JUDGED_OVER = re.compile(
    r"\b(?:condemn|criticis|criticiz|censure|rebuke|denounce|punish|sanction|blame|penalis|penaliz|reprimand)\w*\s+"
    r"(?:[\w.’'-]+\s+){1,5}?(?P<over>over)\s+the\b",
    re.I,
)
_COORDINATED = re.compile(r"\s*(?:,|and|or|, and)\s*(?:the\s+)?")
_LISTED_SUBJECT = re.compile(r"(?:[\w-]+\s+){1,3}?(?:such as|including|like|notably)\s+", re.I)
# what a measure grants to whom it is for: "Should Kosovo's independence be recognised?"
_GRANTING = (r"be\s+(?:admitted|allowed|granted|recognised|recognized|accepted|approved|backed|endorsed|supported|"
             r"restored|upheld|respected|chosen|appointed|elected|re-elected|selected|nominated)\b")
_GRANTED_ANY = re.compile(r"^(?:\s+[A-Za-z-]+){0,4}?\s+" + _GRANTING)
_GRANTED_SUBJECT = re.compile(r"((?:[\w'’-]+\s+){1,12}?)" + _GRANTING)  # a subject of up to twelve words, and its kind
_OWNED_VIA = re.compile(r"\b(?:of|on|for|against|to|over|in|into|from|by|with|at|about|toward|towards)\b", re.I)
# What a measure for its subject does to it: "Should Russia be admitted …", "Should Hungary be exempted …"
_GRANTED_PASSIVES = (r"(?:admitted|allowed|invited|granted|given|helped|supported|recognised|recognized|welcomed|"
                     r"accepted|included|offered|compensated|rewarded|readmitted|reinstated|exempted|spared|chosen|"
                     r"appointed|elected|re-elected|selected|nominated)\b")
_GRANTED = re.compile(r"^(?:\s+[A-Za-z-]+){0,3}?\s+be\s+(?:\w+ly\s+)?" + _GRANTED_PASSIVES)
# The measure is for whom these verbs act on: "recognise Kosovo", "join Russia in air strikes" (a partner), "release
# the American citizens"
_BENEFIT_VERBS = (
    r"(?:recogni[sz]e|arm|defend|protect|escort|guard|rescue|evacuate|support|back|help|aid|assist|admit|welcome|accept|"
    r"invite|fund|shield|reassure|exempt|spare|stand by|stand with|stand behind|side with|stick by|stand up for|"
    r"guarantee|grant|give|join|let|allow|permit|release|free|repatriate|compensate|pardon|meet|visit|engage|"
    r"negotiate with|talk to|talk with|hold talks with|sit down with|link|connect|"
    r"(?:expand|enlarg|widen|broaden)\w*\s+to\s+include)"
)
# (its forms too: "keep backing Ukraine", "stop arming Kyiv")
_BENEFIT = re.compile(r"\b(?:" + _BENEFIT_VERBS + r"(?:s|ed|ing)?|recogni[sz]ing)\s+(?:the\s+|an?\s+)?"
                      r"(?:(?:more|new|further)\s+)?$", re.I)
# Taking a country into a body or a process: "include Turkey in …", "involve Pakistan in the talks"
_INCLUDING = re.compile(r"\b(?:include|involve|integrate|readmit|reinstate|bring)\s+(?:the\s+)?$", re.I)
# What taking a country in would penalise it: "include Pakistan in its grey list", "… in the sanctions package"
_PENALTY_LIST = re.compile(r"\b(?:grey|gray|black|watch)[\s-]?list|blacklist|list\s+of\s+sponsors|sanctions?|embargo|"
                           r"penalt\w*|terror\w*\s+list|designat\w*|(?:travel|entry|visa|import|export)\s+bans?|"
                           r"tariff\s+list", re.I)
_INTO = re.compile(r"(?!['’]s\b)\s+(?:(?:more\s+)?fully\s+|closely\s+)?(?:in|into|back\s+into)\b", re.I)
# A name used as an adjective, before its noun: "buy US F-35 fighter jets" (not "buy the Faroe Islands?")
_NAME_AS_ADJECTIVE = re.compile(
    r"\s+(?!(?:to|from|in|for|with|and|or|as|at|by|on|if|when|unless|now|then|again|soon|too|also|instead|back|outright|"
    r"after|before|because|while|so|but|once)\b|\w+ly\b)[\w-]+"
)
_BUYING = re.compile(r"\b(?:buy|purchase|import|order)\s+(?:the\s+|more\s+)?$", re.I)
# "admit new members such as Georgia", "protect small states like Moldova": the examples gain as the others do
_BENEFIT_EXAMPLES = re.compile(
    r"\b" + _BENEFIT_VERBS + r"\w*\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:such\s+as|like|including)\s+(?:the\s+)?$", re.I
)
# "recognise the result of Belarus's election", "respect the sovereignty of Ukraine": what is recognised is its owner's
_BENEFIT_OF = re.compile(
    r"\b(?:recogni[sz]e|accept|respect|uphold|guarantee|restore)\s+(?:the\s+)?(?P<noun>(?:[\w-]+\s+){1,3}?)"
    r"(?:of|for)\s+(?:the\s+|an?\s+)?$"
    # "commit to the creation of a Palestinian state": what is founded is its people's
    r"|\b(?P<founding>creation|establishment|founding|birth)\s+of\s+(?:the\s+|an?\s+)?(?:(?:new|independent|viable|"
    r"sovereign|demilitari[sz]ed|separate|future)\s+)?$",
    re.I,
)
_OWNED_HARM = re.compile(r"\b(?:invasion|annexation|occupation|genocide|massacre|killing|crimes?|atrocit\w*|attacks?|"
                         r"aggression|seizure|blockade|sanctions?|suspension|expulsion|isolation|exclusion|bans?|"
                         r"punishment|conviction|sentence)\b", re.I)
# Measures that answer a wrong: "respond to the invasion of Ukraine", "punish the killing of …"
_ANSWERS_WRONG = re.compile(
    r"\b(?:retaliat|respond|react|answer|counter|punish|sanction|investigat|prosecut|crack\w*\s+down)\w*\b", re.I
)
# A wrong named by what was done, right before those it was done to: "the killing of Armenians", "the invasion of …"
_WRONG_DONE_OF = re.compile(r"\b(?:invasion|annexation|occupation|genocide|massacres?|killings?|deportations?|"
                            r"persecution|expulsion|mistreatment|repression|leaks?|theft)\s+of\s+(?:the\s+)?$", re.I)
# A country's own sovereignty, territory or rights, wronged: "a violation of Qatar's sovereignty"
_VIOLATED = re.compile(r"\b(?:violation|violating|violated|breach|breaching|breached|infringement|infringing|"
                       r"infringed|affront|assault|attack|encroachment|storming|ransacking|torching|raid)\s+"
                       r"(?:of|on|upon|to)\s+(?:the\s+)?$", re.I)
_SOVEREIGN = re.compile(r"^(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:sovereignty|territor\w*|airspace|waters|integrity|"
                        r"independence|rights|borders?|dignity|embass(?:y|ies)|consulates?|diplomats|nationals|"
                        r"citizens)\b", re.I)
# Pressure on someone to stop something: "press Myanmar's government to stop arresting …", "be pressed to stop their
# nuclear testing"
_PRESSING = r"press(?:ed|ing)?|pressur(?:e|ed|ing)|push(?:ed)?|urg(?:e|ed)|compel(?:led)?|forc(?:e|ed)|persuad(?:e|ed)"
_PRESSED_TO_STOP = re.compile(
    r"\b(?:" + _PRESSING + r")\b"
    r"[^?;]*?\bto\s+(?:stop|end|halt|cease|drop|abandon|give\s+up|scrap|withdraw|suspend)\s+(?P<what>[^?;]+)",
    re.I,
)
# The one pressure is put on: "press Argentina to …", "urge the Iranian government to …"
_PRESSED_ONE = re.compile(r"\b(?:" + _PRESSING + r"|encourag(?:e|ed)|call\s+on|ask(?:ed)?)\s+(?:the\s+)?$", re.I)
# Approving what a refusal would turn down: "to approve the merger", "to clear the deal"
_TO_APPROVE = re.compile(r"(?:^\W*|\bto\s+)(?:approve|allow|accept|clear|authori[sz]e|greenlight|permit|let|ratify|"
                         r"endorse)\b", re.I)
# Undoing a restriction: "lift these restrictions"
_LIFTING = re.compile(r"\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|remov(?:e|es|ed|ing))\b", re.I)
_PRESSURE_GIVEN = re.compile(r"\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:deadline|ultimatum|warning|final warning)\b", re.I)
_UNLESS = re.compile(r"\bunless\b", re.I)
_IF_IT_HAPPENS = re.compile(r"\b(?:if|once|in case|in the event that)\b", re.I)
RETALIATE = re.compile(r"^(?:warn|retaliat|vow|countermeasure|reprisal)", re.I)
_CONCESSIVE = re.compile(r"\b(?:even though|although|though)\b", re.I)
_QUALIFIER = re.compile(r"\b(?:who|that|which|if|as|because|after|before|while|unless|until|though|although|once)\b",
                        re.I)
# The verbs of naming whose "as" says what something is named as ("recognise Jerusalem as Israel's capital", "list the
# group as a terrorist organisation"), somewhere before it in the same clause
_NAMING_AS = re.compile(r"\b(?:recogni[sz]\w*|designat\w*|declar\w*|list|label\w*|brand\w*|classif\w*|regard\w*|"
                        r"treat\w*|accept\w*|name|appoint\w*|elect|describ\w*|consider\w*|see|view|reinstat\w*|"
                        r"re-?elect|confirm)\b[^,;]*$", re.I)


def _qualifier(text: str) -> re.Match[str] | None:
    """Where a qualifier of the question's measure begins ("… on rebels who are not observing the ceasefire"); an "as"
    that says what something is named as ("recognise Jerusalem as Israel's capital") is none, one that starts a clause
    ("as peace talks stall") is one."""
    for m in _QUALIFIER.finditer(text):
        if m.group().lower() == "as" and _complement_as(text, m):
            continue
        return m
    return None


def _complement_as(text: str, m: re.Match[str]) -> bool:
    if text[m.end() :].startswith(" well as") or re.search(r"\bsuch\s*$", text[: m.start()]):
        return True  # "as well as", "such as": a list
    if not _NAMING_AS.search(text[: m.start()]):
        return False
    # what something is named as, not a clause ("as peace talks stall", "as the war drags on"): the parse cannot be
    # trusted to tell them apart in a question this short, the role a name gives can
    named = re.split(r"[,;?]|\s(?:as|while|after|before|when)\s", text[m.end() :], maxsplit=1)[0]
    return bool(_NAMED_ROLE.search(named))


# What a verb of naming names something as: "as Israel's capital", "as a terrorist organisation", "as nuclear weapons
# states", "as Venezuela's interim president", "as genocide"
_NAMED_ROLE = re.compile(
    r"\b(?:capital|president|leader|head|government|state|states|nation|nations|country|countries|territory|"
    r"organi[sz]ations?|group|groups|entity|entities|members?|sponsors?|partners?|ally|allies|representatives?|"
    r"party|successor|candidate|genocide|terroris\w*|legitimate|illegal|illegitimate|independent|sovereign\w*|"
    r"part|province|region|threat|enemy|adversary|rival|aggressor|occupier|occupation|crimes?|cleansing|"
    r"market economy|manipulator|violation)\b",
    re.I,
)


@lru_cache(maxsize=256)
def _main_clause(text: str) -> str:
    """The question up to its first qualifier (read again for each cue, so kept once per question)."""
    found = _qualifier(text)
    return text[: found.start()] if found else text
_PURPOSE = re.compile(
    r"(?<!\bagree )(?<!\bdecide )(?<!\bcontinue )(?<!\brefuse )(?<!\bvote )(?<!\bmove )(?<!\bseek )(?<!\bplan )"
    r"(?<!\bpledge )(?<!\bthreaten )(?<!\bstop )(?<!\bbegin )(?<!\bstart )(?<!\bresume )(?<!\bchoose )"
    r"\b(?:to|in order to)\s+(?!a\b|an\b|the\b|its\b|their\b)(?=[a-z]+\s)",
    re.I,
)  # "convened to revive peace talks" is a purpose; "agree to freeze" is the measure
# Giving up one's opposition to something: "drop their opposition to the scheme", "lift its veto on the aid"
# Giving something up, first in what a cue acts on: "(refused) to lift its veto"
_GIVE_UP = r"(?:drop|abandon|withdraw|lift|shelve|relinquish|waive|renounce|retract|give\s+up)"
_GIVING_UP = re.compile(r"\s*(?:to\s+)?" + _GIVE_UP + r"\b", re.I)
ITS_OPPOSITION = re.compile(
    r"\s+(?:to\s+)?" + _GIVE_UP + r"\s+"
    r"(?:(?:their|its|his|her|the|all|any|this|that)\s+)?(?:\w+\s+)?(?P<noun>opposition|objections?|resistance|veto|"
    r"reservations|boycott|blockade|hostility)\s+(?:to|of|against|on|over|about)\b",
    re.I,
)
# Stopping measures that refuse what another proposes or does: no concession by the one who refuses
_REFUSING = re.compile(r"reject|turn down|veto|block", re.I)
_HOLDING_BACK = re.compile(r"\b(?:freeze|halt|stop|cease|suspend|cut|reduce|curb|limit|withdraw|scale back)\b", re.I)
_RESTRAINT = re.compile(
    # ("accept the mediator's compromise proposals": giving ground, so refusing concessions is against it)
    r"\b(?:ceasefire|cease-fire|truce|armistice|de-?escalat\w*|restraint|compromise|"
    r"peace (?:talks|deal|agreement|process|plan|treaty|accord|initiative|proposal))\b",
    re.I,
)
# What flows to someone: stopping it withholds it ("halt its funding to the WHO", "suspend aid to Egypt")
_FLOW = re.compile(r"\s+(?:\w+\s+){0,3}?(?:funding|funds|aid|assistance|support|exports?|supplies|deliveries|sales|"
                   r"payments|contributions|loans|investment|cooperation|co-operation|ties|relations|contacts|dialogue|"
                   r"membership|participation)\b", re.I)
# Help to someone, cut off ("cut off its aid"), as against curbing one's own trade ("curb their exports")
_AID_HELD = re.compile(r"\s+(?:\w+\s+){0,3}?(?:funding|funds|aid|assistance|support|payments|contributions|loans)\b",
                       re.I)
# Penalties: stopping them is aimed at nobody ("lift sanctions on Iran" eases Iran's position).
_HARM = re.compile(r"\b(?:tariff|dut(?:y|ies)|sanction|embargo|blockade|restriction|levy|levies|penalt|curb|ban\b|"
                   r"export controls|visa ban|requirement)", re.I)
# What a stopped act is done to or where: "stop flying aircraft over Taiwan", "… into Taiwan's air defence zone"
_DONE_TO = {"into", "over", "near", "inside", "against", "around", "toward", "towards", "off"}
_PLACE_NOUN = re.compile(r"^['’]s?\s+(?:[\w-]+\s+){0,3}?(?:airspace|zone|waters|territory|border|borders|coast|"
                         r"islands?|soil|skies)\b", re.I)
# Measures that guard a place: "policing Slovakia's airspace", "protect Poland's border"
_GUARDING = re.compile(r"\b(?:polic\w*|protect\w*|patrol\w*|defend\w*|guard\w*|secur\w*|safeguard\w*|monitor\w*)"
                       r"\s+(?:the\s+)?$", re.I)


def _remedy_first(clause: str, q: Question) -> bool:
    """The remedy is named before what it would undo ("for its pardoning of two Israelis who had been jailed"; not
    "the arrest of the journalists a day after the release of two others")."""
    for w in re.findall(r"[A-Za-z]+", clause):
        if w.lower() in _HOLDING:
            return False
        if stem(w) == stem(q.remedy):
            return True
    return False


# A penalty on a country's goods: "restrictions on imports of …", "the ban on sales of …"
_GOODS_OF = re.compile(r"\b(?:restrictions?|curbs?|bans?|embargo(?:es)?|tariffs?|duties|quotas?|limits?|controls?|"
                       r"sanctions?|barriers?)\s+(?:on|against)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:imports|exports|shipments|"
                       r"sales|purchases|products|goods)\s+of\s+(?:the\s+)?$", re.I)  # (not "dependence on imports of")
_LEAVING = re.compile(r"withdraw|pull out|leave|exit|remove|withdrawn|removed", re.I)
# A question whose measure withholds something ("Should the US deny visas to …"), and what grants it instead
_DENYING_Q = re.compile(
    _ASKED + r"\s+(?:[\w’'.-]+\s+){0,5}?(?:deny|refuse|withhold|revoke)\b", re.I
)
# the one asked, before what it is asked to do: "Washington to ", "the United States to "
_ASKED_TO = r"\s*(?:(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,3}(?:to\s+)?|to\s+)?"
_GRANTS_INSTEAD = re.compile(_ASKED_TO + r"(?:grant|issue|allow|give|restore|approve|let)\w*\b")
_UNDENYING = re.compile(
    _ASKED_TO + r"(?:reverse|overturn|rescind|drop|lift|end)\w*\s+(?:[\w’'-]+\s+){0,4}?(?:deni|deny|refus|withh|revok)"
)
# A question whose measure changes what exists: "reopen the deal", "renegotiate the treaty", "revise the accord"
_CHANGING = re.compile(r"\b(?:reopen|renegotiate|revise|amend|rewrite|overhaul|modify|alter|change|changing)\w*\b",
                       re.I)
# A cue that keeps what it acts on: "stand by the deal", "stick to the accord", "uphold the treaty"
_KEEP_CUE = re.compile(
    r"(?:[\w’'-]+\s+)?(?:…\s+)?(?:stand\w*\s+by|stood\s+by|stick\w*\s+(?:to|with|by)|stuck\s+(?:to|with|by)|uphold\w*|"
    r"upheld|honou?r\w*|preserv\w*|defend\w*|respect\w*)\b",
    re.I,
)
# What is said should stay as it is: "(insists) it remain a bilateral issue", "(said) the troops would stay"
_STAYS = re.compile(
    r"\s*(?:that\s+)?(?:it|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:should\s+|must\s+|would\s+|will\s+)?(?:remain|stay)\b"
    # ("wanted to keep production unchanged", "to leave rates steady")
    r"|\s*(?:to\s+)?(?:keep|leave|hold|maintain)\s+(?:[\w-]+\s+){1,3}?(?:unchanged|steady|stable|as\s+it\s+is|"
    r"where\s+(?:it|they)\s+(?:is|are)|at\s+current\s+levels?)\b",
    re.I,
)
# The measure keeps the subject where it is: "Should the United States stay in the Paris agreement?"
_STAYING = re.compile(
    _ASKED + r"\s+(?:[\w’'.-]+\s+){0,5}?(?:stay|remain|keep|continue|"
    r"stick)\s+(?:in|with|within|part of|a (?:member|party) (?:of|to))\b",
    re.I,
)
# Leaving it, as what a cue acts on: "intends to pull the U.S. out of …", "to withdraw from …", "ditch the pact"
_LEAVING_ACT = re.compile(
    r"\s*(?:to\s+)?(?:pull(?:s|ed|ing)?\s+(?:[\w.’'-]+\s+){0,3}?out|withdraw\w*|leav(?:e|es|ing)|quit\w*|exit\w*|"
    r"ditch\w*|abandon\w*|renounc\w*|walk(?:s|ed|ing)?\s+away|get(?:s|ting)?\s+out|back(?:s|ed|ing)?\s+out)\b",
    re.I,
)
# Stopping these lets the measure happen: "drop its veto on …", "lift its objection to …"
_BLOCKING = re.compile(r"\s+(?:(?:its|their|the|his|her)\s+)?(?:[\w-]+\s+)?(?:veto|objections?|opposition|block)\b",
                       re.I)
# What a stop ends with a country: "cut diplomatic ties with India", "suspend its association agreement with Israel"
_STOPPED_TIES = re.compile(r"\s+(?:(?:its|their|the|all|diplomatic|trade|economic|military|association|free)\s+)*"
                           r"(?:[\w-]+\s+)?(?:ties|relations|agreements?|deals?|cooperation|contacts|partnership|"
                           r"pact|treaty|trade|talks|links)\s+with\b", re.I)
# Naming a country's act by what is wrong with it: "stop regarding Israeli settlements as illegal", "… as a state
# sponsor of terrorism" (the "as" that would end the measure at a qualifier)
_BRANDED = re.compile(r"\b(?:regard|consider|treat|designat|label|list|brand|class)\w*\s+(?:\S+\s+){0,8}?as\s+"
                      r"(?:an?\s+)?(?:\S+\s+){0,2}?(?:illegal|unlawful|terroris|sponsor of terror|violation|threat)",
                      re.I)
# Acts done to a country that harm it: stopping them is for it ("stop intercepting U.S. planes").
_HOSTILE = re.compile(r"\b(?:intercept|shell|bomb|strik|attack|detain|arrest|harass|raid|invad|occupy|occupying|annex|"
                      r"spy|spying|surveil|eavesdrop|wiretap|monitoring the communications|"
                      r"persecut|deport|expel|jam|shoot|shooting|firing on|seiz|threaten|violat|blockad|punish|"
                      r"confront|ramm|ram\b|chasing|obstruct|"
                      r"illegal|unlawful|terroris)\w*",
                      re.I)
_PASSIVE = re.compile(
    r"^(?:\s+[A-Za-z-]+){0,3}?\s+be\s+(?:(?!only\b)\w+ly\s+)?(?!" + _GRANTED_PASSIVES + r")(?:\w+(?:ed|en)|"
    r"held|made|told|kept|brought|sent|put|hit|struck|caught|sold|paid|left|built|shut|cut|set|led|bound|sought)\b"
)  # "Should Ethiopia be pressed …" aims the measure at Ethiopia; "Should Russia be admitted …" is for Russia
_LEAD = re.compile(_ASKED + r"\s+(?:(?:the|all|every|each|both)\s+)*", re.I)


def _at_lead(text: str, m: Any, lead: re.Match[str]) -> bool:
    """The mention stands right after "Should (the)": it is the question's subject ("the Vatican" keeps its "the"; a
    leader's title may come first: "Should Prime Minister Netanyahu attend …")."""
    return m.start == lead.end() or (m.start < lead.end() and text[m.start : lead.end()].strip().lower() == "the") or (
        m.role == "person" and _LEAD_TITLE.fullmatch(text, lead.end(), m.start) is not None
    )


# A leader's title between "Should" and the leader's name
_LEAD_TITLE = re.compile(
    r"(?:(?:prime|foreign|defen[cs]e|deputy|vice|crown|supreme|former)\s+)*(?:minister|president|chancellor|premier|"
    r"secretary(?:\s+of\s+state)?|king|queen|emperor|prince|sheikh|emir|leader)\s+",
    re.I,
)


def _subject_words(text: str, doc: Any | None = None) -> set[str]:
    """The words of a question's subject that names a group of states ("European countries", "donor countries",
    "Western governments"), a central bank, or (with the parse) a name that is no state followed by its own verb
    ("Should Hamas disarm …", "Should the ECB lower …"): who acts, not what the measure is. (The group is read from
    the words: the parse misreads questions such as "Should European states arrest …".)"""
    group = _GROUP_SUBJECT.match(text) or _BANK_SUBJECT.match(text)
    if group:
        return _words(group.group(1))
    named = _NAMED_SUBJECT.match(text)
    if named is None or doc is None:
        return set()
    verb = next((t for t in doc if t.idx == named.end()), None)
    if verb is None or verb.tag_ in ("CC", "IN", "DT", "TO", "POS") or verb.lower_ in ("be", "been", "is", "are"):
        return set()  # "Should Germany and France …"
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if not verb.tag_.startswith("VB") and after is not None and after.tag_.startswith(("VB", "MD")):
        return set()  # "Should Huawei equipment be banned …": the name is what the measure acts on
    return _words(named.group(1))


# What the measure is to counter, and on whom it weighs: "… to counter market pressure on Portugal and Greece"
_COUNTERED = re.compile(r"\b(?:counter|relieve|fight|combat|repel|deter|resist|stem)(?:s|ed|ing|ting|med|ming)?\s+"
                        r"(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:on|against|upon)\s+(?:the\s+)?$", re.I)
# Picking someone for a post, and a person named after a country's possessive ("France's Christine Lagarde")
_CHOOSING = re.compile(r"\b(?:choose|chose|appoint|elect|re-?elect|select|nominate|pick|name|back|support|endorse|"
                       r"confirm|unite behind|rally behind|get behind|line up behind)\s+$", re.I)
# What a country offers, chosen: "choose France's Rafale jet"
_CHOSEN_THING = re.compile(r"^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:jets?|fighters?|aircraft|planes?|submarines?|warships?|"
                           r"frigates?|tanks?|reactors?|system|design|technology|bid|offer|tender)\b", re.I)
_PERSON_NAMED = re.compile(r"^['’]s?\s+(?:[A-Z][\w.’'-]+\s+){1,3}(?:as|for|to)\b")
_GROUP_SUBJECT = re.compile(
    _ASKED + r"\s+(?:(?:the|all|other|some|more)\s+)*((?:[\w-]+\s+){0,4}?"
    r"(?:countries|states|nations|governments|allies|members|member states|leaders|powers|producers|donors|"
    r"creditors|lawmakers))\b"
    # the subject's own verb comes next ("… countries arrest …"), not a list or a place ("Should NATO admit new members
    # such as Moldova?": the members are what the measure takes in)
    r"(?=\s+(?!(?:such|like|including|of|from|to|in|into|on|with|that|who|which|whose)\b)[a-z])",
    re.I,
)


# "Should Hamas disarm …", "Should Gazprom take control of …": a name followed by a word (``_subject_words`` checks with
# the parse that it is the name's own verb); not an owner ("Should BAE Systems' alleged bribery … be investigated")
_NAMED_SUBJECT = re.compile(r"^\s*(?i:should)\s+(?:the\s+)?((?:[A-Z][\w.-]*\s+){1,3}?)(?=[a-z]+\b)")
# "Should the central bank resume buying bonds …" (not "Should sanctions on Russian banks be lifted?")
_BANK_SUBJECT = re.compile(_ASKED + r"\s+(?:the\s+)?((?:[\w-]+\s+)?central\s+bank)"
                           r"\s+(?!(?:be|been|is|are)\b)[a-z]", re.I)


def _subject_by_position(text: str, mentions: list[Any], q: Question, doc: Any | None = None) -> None:
    """ "Should the United States supply …": the actor named right after "Should" asks to act, whatever the parse made
    of the question; "Should Ethiopia be pressed …" makes it the target; "Should Morocco's plan …" neither."""
    lead = _LEAD.match(text)
    if not lead:
        return
    first = [m for m in mentions if _at_lead(text, m, lead)]
    listed = _LISTED_SUBJECT.match(text, lead.end())
    if not first and listed:
        # "Should developing countries such as China and India be allowed …": the listed ones are the subject
        first = [m for m in mentions if listed.end() <= m.start < listed.end() + 3]
    if first and first[0].role == "person":
        rest = text[first[0].end :]
        if not (_SUBJECT_ACT.match(rest) or re.match(r"^['’]s?\b", rest) or _PASSIVE.match(rest) or _UNDERGO.match(rest)
                or _GRANTED.match(rest)):
            q.actors |= set(first[0].codes)  # "Should Prime Minister Netanyahu attend …": the leader acts for the state
            return
        # "Should Saddam Hussein's death sentence be carried out?", "Should Putin be arrested?": a measure aimed at a
        # person (who may no longer lead the state: the question has no date) is not aimed at the state; what is
        # granted to him is read below as for it
        first = []
    if not first:
        # "Should Robert Mugabe's re-election as Zimbabwe's president be recognised?": what is recognised, granted or
        # accepted is the country's that owns it, and for it (not "Should the sanctions on Russia be approved?")
        granted = _GRANTED_SUBJECT.match(text, lead.end())
        subject = granted.group(1) if granted else ""
        if subject and not _HARM.search(subject):
            end = lead.end() + len(subject)
            # only the subject's own owner: no preposition but "as" before it ("re-election as Zimbabwe's president"),
            # so not what an act is done to ("the seizure of Iran's tanker", "a warrant for Israel's prime minister")
            codes = {
                c for m in mentions
                if lead.end() <= m.start < end and re.match(r"['’]s?\s", text[m.end :])
                and not _OWNED_VIA.search(text[lead.end() : m.start])
                for c in m.codes
            }
            q.beneficiaries |= codes - q.actors
            q.targets -= codes
        return
    m = first[0]
    if _PAIRED.match(text[m.end : m.end + 40]) and not _LED.match(text[m.end : m.end + 40]):
        return  # "Should the Chile-Peru maritime border be redrawn …": the pair names the border, not who acts
    # "Should Armenia and Azerbaijan stop fighting …": the names coordinated with the first share its role
    group = [m]
    for o in mentions:
        if o.start > group[-1].end and _COORDINATED.fullmatch(text[group[-1].end : o.start]):
            group.append(o)
    end = group[-1].end
    rest = text[end:]
    codes = {c for g in group for c in g.codes}
    q.actors -= codes
    q.targets -= codes
    q.beneficiaries -= codes
    if _SUBJECT_ACT.match(rest) and _JUDGED.search(rest):
        # "Should Israel's air strikes on … be condemned?", "Should the US killing of … be condemned?": aimed at who
        # did it
        q.targets |= codes
        q.actors -= codes
        q.beneficiaries -= codes
        return
    gov = _OWN_GOVERNMENT.match(rest)
    if gov:
        # "Should Myanmar's military government deport …", "Should Japan's prime minister visit …": the state acts
        # ("Should China's leaders face sanctions?", "Should Myanmar's military regime be pressed …": it is aimed at)
        after = rest[gov.end() :]
        if _PASSIVE.match(after) or _UNDERGO.match(after):
            q.targets |= codes
            q.beneficiaries -= codes
        elif _GRANTED.match(after) or _GRANTED_ANY.match(after):
            q.beneficiaries |= codes  # "Should Venezuela's government be recognised by the EU?"
            q.targets -= codes
        else:
            q.actors |= codes
        said = _words(gov.group())
        q.measure -= said
        q.measure_stems -= {stem(w) for w in said}
        q.action -= {stem(w) for w in said}
        return
    if _not_the_state(rest, end, lead.group().lower().rstrip().endswith("the"), doc):
        return  # "Should the Afghan Taliban join …": not the state
    if re.match(r"^['’]s?\b", rest):
        owned = re.match(r"^['’]s?\s+[\w-]+", rest)
        if owned and not _owns_measure(rest) and _PASSIVE.match(rest[owned.end() :]):
            q.targets |= codes  # "Should Venezuela's government be censured …": the measure is aimed at it
        elif owned and _GRANTED_ANY.match(rest[owned.end() :]):
            q.beneficiaries |= codes  # "Should India's sovereignty over Arunachal Pradesh be recognised?"
        return
    passive = re.search(r"\bbe\s+(\w+(?:ed|en))\b", rest)
    if m.role == "demonym" and re.match(r"^\s+[a-z]", rest) and passive and not _HARM.search(rest) and (
        q.remedy or _GRANTED.match(" be " + passive.group(1)) or _GRANTED_ANY.match(" be " + passive.group(1))
    ):
        # "Should the Iranian tanker detained in Gibraltar be released?", "Should the Chinese vessel be allowed to
        # dock …?": what the measure releases or allows is the country's; the measure is for it
        q.beneficiaries |= codes
        return
    if _PASSIVE.match(rest) or _UNDERGO.match(rest):
        q.targets |= codes  # "Should Ethiopia be pressed …", "Should France and Germany face sanctions …"
    elif _GRANTED.match(rest):
        q.beneficiaries |= codes  # "Should China and India be allowed more latitude …": the measure is for them
    else:
        q.actors |= codes


@lru_cache(maxsize=1)
def _families() -> list[tuple[frozenset[str], frozenset[str]]]:
    """The families of ``resources/lexicon/measure.json``, each as (its words' stems, its words)."""
    data = json.loads(resource("lexicon/measure.json").read_text(encoding="utf-8"))
    return [(frozenset(stem(w) for w in f), frozenset(f)) for f in data["families"]]


def related(words: set[str]) -> set[str]:
    """The words that name the same action as one of ``words`` in another form or word ("freeze" for "suspend",
    "accession" for "membership")."""
    stems = {stem(w) for w in words}
    return set().union(*(family for family_stems, family in _families() if family_stems & stems))


def gives_up_opposition(text: str, q: Question) -> re.Match[str] | None:
    """``text`` starts by giving up an opposition that is not what the measure stops nor one of its terms ("drop its
    objections to the aid", but not "lift its blockade" when the question is whether to lift it)."""
    m = ITS_OPPOSITION.match(text)
    if m and (stem(m["noun"]) in q.stopped or (is_measure_term(m["noun"], q) and not does_measure(m["noun"], q))):
        return None  # (but "its veto" when the question is whether to block: giving up the measure's own act)
    return m


def does_measure(text: str, q: Question) -> bool:
    """``text`` names the question's own stopping action in some form ("a freeze" when the question is whether to
    suspend repayments): proposing it is for the measure, not for what the measure stops."""
    if not q.stopping:
        return False
    # a verb of two words counts by its first ("call" for "call off", "pull" for "pull out")
    stems = {stem(w.split()[0]) for w in related({q.stopping}) | {q.stopping}}
    return any(stem(w) in stems for w in re.findall(r"[A-Za-z][\w-]+", text))


def _all_kinds() -> set[str]:
    return set().union(*KINDS)


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    w = word.lower().strip("“”\"'.,")
    w = re.sub(r"(?<=\w{3})(is|ys)(e|ed|es|ing|ation|ations)$", lambda m: "iz" + m.group(2) if m.group(1) == "is"
               else "yz" + m.group(2), w)  # British and American spellings alike: "apologise", "apologize"
    if re.search(r"\w{4}ments?$", w) and not w.startswith("govern"):
        return stem(w[: w.rindex("ment")])  # "enrichment" as "enriching", "deployments" as "deploy"
    for end in ("ing", "ed", "es", "s", "e"):
        if w.endswith(end) and len(w) - len(end) >= 4:
            w = w[: -len(end)]
            if end in ("ing", "ed") and len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]  # "cutting" → "cut", "banned" → "ban"
            elif end in ("ed", "es") and w.endswith("i"):
                w = w[:-1] + "y"  # "ratified", "ratifies" → "ratify", as "ratify" itself
            break
    if len(w) >= 5 and w[-1] == w[-2] and w[-1] not in "aeiouyl":
        w = w[:-1]  # a word's own final double consonant, as its ending leaves it: "boycott" as "boycotting"
    # a final double l, whether the word's own or doubled by its ending: "expelling" as "expel", "selling" as "sell"
    return w[:-1] if w.endswith("ll") and len(w) >= 4 else w


_STOPPED_END = re.compile(r"\s(?:on|in|under|from|with|for|by|at|against|over|before|after|until|unless|if|as|and|or|"
                          r"through|within|without|into|rather\s+than|instead\s+of|to\s+(?:the|its|their|a|an|any))\s"
                          r"|[,?;]", re.I)


def _named_first(text: str, q: Question, wanted: set[str], before: frozenset[str] | set[str] = frozenset(),
                 skip: Callable[[str], bool] | None = None) -> bool:
    """Among the first words of ``text``, a stem of ``wanted`` comes before one of ``before`` and before any other
    word of the question's measure (words ``skip`` accepts are passed over)."""
    for w in re.findall(r"[A-Za-z][\w-]+", text[:100]):
        s_ = stem(w)
        if s_ in before:
            return False
        if s_ in wanted and w.lower() not in STOP:
            return True
        if skip is not None and skip(w):
            continue
        if is_measure_term(w, q) and w.lower() not in STOP:
            return False
    return False


def names_beyond(text: str, q: Question) -> bool:
    """The words name what qualifies a stopping measure ("the framework agreement" in "give up its chemical weapons
    under the framework agreement") before what it stops."""
    return _named_first(text, q, q.beyond, before=q.stopped)


def names_stopped(text: str, q: Question) -> bool:
    """The words name what the stopping measure stops before any other word of the measure: "the settlement
    construction" when the question is whether to halt settlement construction (not "the framework agreement");
    the stop itself ("cut the tariffs") is passed over."""
    return _named_first(
        text, q, q.stopped, skip=lambda w: does_measure(w, q) or bool(STOPPING.match(w) or _ENDED.match(w))
    )


# What is stopped, said to be ending: "… would be lifted", "… will end in 48 hours"
_WILL_END = re.compile(r"\b(?:will|would|shall|is\s+to|are\s+to|was\s+to|were\s+to)\s+(?:soon\s+|now\s+)?(?:be\s+)?"
                       r"(?:lifted|removed|scrapped|ended|end|dropped|suspended|eased|rolled\s+back|phased\s+out|"
                       r"withdrawn|halted|cancell?ed|waived)\b", re.I)
_RATHER_THAN = re.compile(r"\b(?:rather\s+than|instead\s+of|in\s+place\s+of)\s+(?P<other>[^.;:,]{1,80})", re.I)


def _chosen_over(object_text: str, q: Question) -> int:
    """+1 when what a cue presses for is chosen over what the stopping measure stops, -1 when it is chosen over the
    measure itself, 0 otherwise."""
    m = _RATHER_THAN.search(object_text[:200])
    if m is None:
        return 0
    other = m.group("other")  # (what it is chosen over is another thing, even where the two share a word: "missiles")
    if q.stopping:
        if STOPPING.search(other) and names_measure(other, q):
            return -1  # "continue arms sales rather than give in to calls to halt arms sales": over the stop itself
        return 1 if names_stopped(other, q) else 0
    # ("impose sweeping sanctions rather than the narrow sanctions": two forms of the measure, both for it)
    return -1 if names_measure(other, q) and not names_measure(object_text[: m.start()], q) else 0


# Verbs that say how, not what: "rather than turn to bilateral deals" is chosen over the deals, not over turning
_PLAIN_VERBS = {"turn", "turning", "seek", "seeking", "make", "making", "take", "taking", "keep", "keeping", "leave",
                "leaving", "rely", "relying", "choose", "opt", "pursue", "pursuing", "allow", "let", "give", "go",
                "going", "use", "using", "continue", "stick"}
# "Should foreign governments back X against the campaign to topple it?": what the backing resists follows "against"
# (not "roll back their measures against each other": a step back, no backing)
_BACKED_AGAINST = re.compile(r"^\s*should\s+[^?]*?\b(?P<verb>back|support|defend|protect|help|stand by|side with)\b"
                             r"[^?]*?\s(?P<against>against)\s+", re.I)
_STEPPING_BACK = re.compile(
    r"\b(?:roll|pull|scale|cut|hold|held|step|draw|drew|drawn|bring|brought|give|gave|given|claw|turn|fall|fell|fallen|"
    r"go|goes|went|come|came)(?:s|es|ed|d|ing|ting|ped|ping|led|ling)?\s+$", re.I)  # (but "push back against" resists)
_ALTERNATIVE = re.compile(r",?\s+(?:rather\s+than|instead\s+of|in\s+preference\s+to|without)\s+", re.I)


def names_alternative(object_text: str, q: Question) -> bool:
    """The words name what the measure is chosen over before they name the measure (if at all)."""
    return bool(q.alternative) and _named_first(object_text, q, q.alternative)


def about_measure(object_text: str, q: Question) -> bool:
    """What a cue acts on is the measure: named ("rejected any changes to the deal"), or an act or a text named bare
    ("rejected the decision", "opposed the resolution"), and not only as the reason for it."""
    return bool(object_text) and (
        (names_measure(object_text, q) and not names_reason(object_text, q)) or _bare_act(object_text)
        or bool(_BARE_CARRIER.match(object_text)) or bool(_ITS_DECISION.match(object_text))
    )


_UNDOING = re.compile(r"\sto\s+(?P<end>expire|lapse|run\s+out)\b|"
                      r"\s(?:to\s+)?be\s+(?:\w+ly\s+)?(?P<verb>dropped|excluded|removed|scrapped|lifted|withdrawn|"
                      r"abandoned|deleted|struck\s+out|shelved|suspended|cancell?ed|postponed|delayed|repealed|"
                      r"rescinded|revoked)\b", re.I)


def _measure_undone(object_text: str, q: Question) -> bool:
    """What the cue presses for is the measure undone: the measure named, then "be dropped", "to be excluded", … in the
    same clause ("that wording on bringing the protocol into effect be excluded"), or left to end ("for the sanctions to
    expire")."""
    clause = re.split(r"[.;:]|,\s+(?:but|while|and)\s", object_text, maxsplit=1)[0][:200]
    stems = {stem(w) for w in q.measure}
    first = next((m.end() for m in re.finditer(r"[A-Za-z][\w-]+", clause) if stem(m.group()) in stems), -1)
    if first < 0:
        return False
    undone = _UNDOING.search(clause, first)
    return bool(undone and stem((undone.group("verb") or undone.group("end")).split()[0]) not in stems)


def _measure_failed(object_text: str, q: Question) -> bool:
    """What the cue judges is the measure's own failure: "(that) the resolution failed", "the draft was vetoed", "the
    failure of the resolution" (not "after an earlier draft was vetoed", "the rejection of the US amendment")."""
    lead = _FAILURE_OF.match(object_text)
    rest = object_text[lead.end() :] if lead else object_text
    det = _FAILED_SUBJECT.match(rest)
    if det is None:
        return False
    stems = {stem(w) for w in q.measure}
    for word in re.finditer(r"[\w’'-]+", rest[det.end() :]):
        if stem(word.group().lower()) in stems:
            return bool(lead) or bool(_MEASURE_FAILED.match(rest, det.end() + word.end()))
        if word.start() > 40 or word.group().lower() in ("to", "of", "on", "for", "in", "by", "and", "or"):
            break  # (the measure is not the head: "the US amendment to the resolution")
    return False


# The determiner that opens the failed measure's noun phrase: "that the", "the US-drafted", "Russia's"
_FAILED_SUBJECT = re.compile(r"\W*(?:that\s+)?(?:the|this|its|their|[A-Z][\w.-]*['’]s)\s+")
# How a measure fails: "the resolution failed", "the draft was vetoed", "the deal fell through"
_MEASURE_FAILED = re.compile(
    r"(?:\s+(?:on|for|of|to|in|at)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?"  # (what qualifies it: "the resolution on Syria")
    r"\s(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?P<verb>vetoed|blocked|rejected|defeated|"
    r"voted\s+down|killed|scuttled|torpedoed)|(?P<fell>failed|fell\s+through|collapsed|foundered))\b",
    re.I,
)
# The measure's failure named first: "the failure of the resolution", "the veto of the draft"
_FAILURE_OF = re.compile(r"\W*(?:the\s+|its\s+)?(?:failure|defeat|collapse|rejection|veto|vetoing|blocking|demise|"
                         r"scuttling)\s+of\s", re.I)
# Judging words, for what they judge (welcoming) or against it (regretting: ``REGRET`` and these)
_HAILING = re.compile(r"^(?:welcom|prais|hail|applaud|celebrat|laud|commend|happy|pleased|glad|satisf)", re.I)
_LAMENTING = re.compile(r"^(?:condemn|denounc|decr[iy]|sorry|sad|dismay)", re.I)


def names_measure(object_text: str, q: Question) -> bool:
    if names_alternative(object_text, q):
        return False  # "turn to bilateral deals" when the measure is to uphold multilateral pacts rather than that
    words = set(re.findall(r"[a-z][\w-]+", object_text.lower()))
    for w in list(words):
        for kind in KINDS:
            if w in kind:
                words |= kind
    if words & q.measure:
        return True
    if q.measure & _TRUCE and _END_OF_FIGHTING.search(object_text):
        return True  # "rejected calls for a permanent end to the war" when the question is whether to agree a ceasefire
    # "settlement blocs" names "settlements", "the deals" names "the deal"
    return bool({stem(w) for w in words if len(w) > 4} & q.measure_stems)


# Talking a measure over, not the measure: "a full debate on the proposed tax", "a review of the sanctions"
_DELIBERATION = re.compile(
    r"\W*(?:(?:a|an|the|this|that|full|wider|proper|broad|public|thorough|open|further|new|formal|urgent|"
    r"detailed|careful|serious|frank)\s+)*(?P<noun>debates?|discussions?|deliberations?|reviews?|re-examination|"
    r"reassessment|study|studies|examination|consultations?)\s+(?:on|of|about|over|into|regarding)\b",
    re.I,
)


def deliberates(object_text: str, q: Question) -> bool:
    """What the cue acts on is talk about the measure ("a full debate on the proposed tax"), not the measure."""
    m = _DELIBERATION.match(object_text)
    return m is not None and not {m["noun"].lower(), m["noun"].lower().rstrip("s")} & q.measure


_TRUCE = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
# An end to the fighting is what a ceasefire is
_END_OF_FIGHTING = re.compile(
    r"\b(?:end|halt|stop|cessation|pause)\s+(?:to|of|in)\s+(?:the\s+|all\s+)?(?:(?!trade|price|tariff|currency|cold|"
    r"culture|media|word)\w+\s+)?"
    r"(?:war|fighting|hostilities|bloodshed|bombing|bombardment|offensive)\b",
    re.I,
)


def names_reason(text: str, q: Question) -> bool:
    """The words name what the measure answers ("the attacks", "the treatment of the diplomat") and not the measure's
    own action."""
    if not q.reason or not names_measure(text, q):
        return False
    words = [stem(w) for w in re.findall(r"[A-Za-z][\w-]+", text)]
    if not set(words) & q.action:
        return bool(set(words) & q.reason)
    if not q.remedy:
        return False
    # what a remedy undoes, named before what it is done to: "the seizure of the tanker" when the question is whether
    # to return the tanker
    # (not an adjective: "that jailed rights activists be released" is on the release)
    raw = re.findall(r"[A-Za-z][\w-]+", text)
    first = next((stem(w) for w in raw if (stem(w) in q.reason or stem(w) in q.action) and not w.endswith("ed")), "")
    return first in q.reason and first not in q.action


def _uneasy(words: list[str], negated: bool) -> int:
    """-1 when the cue's words voice concern or disquiet ("expressed deep concern"), +1 when that is negated, else 0."""
    if any(DISQUIET.match(w) for w in words[1 if negated else 0 :]):
        return 1 if negated else -1
    return 0


def attitude(cue_words: str) -> int:
    """+1 when the cue is for what it acts on, -1 when against it, 0 when it cannot be told."""
    cue = cue_words.strip().lower()
    if cue.startswith(("not ", "no ", "never ", "n't ")):
        return -attitude(cue.split(" ", 1)[1])
    if AGAINST.match(cue):
        return -1
    if FOR.match(cue):
        return 1
    return 0


def is_measure_term(term: str, q: Question) -> bool:
    """ "shooting down" for "Should allies shoot down …": the words name the measure's own action."""
    stems = {stem(w) for w in q.measure}
    return any(stem(w) in stems for w in re.findall(r"[A-Za-z][\w-]+", term))


_SIZE_PREFIX = re.compile(r"^(?:mega|giga|super|mini|micro|maxi|hydro)-[a-z]", re.I)
# What a cue wants done to what the measure answers: kept ("to protect their banking secrecy") or ended
_KEEPING_IT = re.compile(
    r"\s*(?:to\s+)?(?:(?:protect|preserve|maintain|keep|defend|safeguard|uphold|retain|guard)\w*|"
    r"(?P<end>(?:end|abolish|scrap|drop|abandon|relax|ease|lift|give\s+up|phase\s+out)\w*))\b",
    re.I,
)
# A decision or choice not to do something: "the country's decision not to shoot down the weapons"
_DECIDED_NOT = re.compile(r"\b(?:decision|choice|decided)\s+not\s+to\s+(?P<verb>[a-z][\w-]+)", re.I)
# What others charge: "the accusations", "the allegations", "these claims"
# Saying one's own conduct was lawful: "(that) its activities were in line with the protocol", "it had broken no rule"
_SELF_DEFENCE = re.compile(
    r"^\W*(?:that\s+)?(?:(?:its|their|our)\s+(?:[\w’'-]+\s+)?(?:activit\w*|actions?|conduct|operations?|practices?|"
    r"polic\w*|measures?|moves?|steps?|exports?|shipments?|trade|behaviou?r|decisions?|laws?|rules?|scheme|"
    r"assistance|cooperation|co-operation|aid|supplies|deliveries|sales|programmes?|programs?)"
    r"(?:\s+(?:with|to|for|of|in)\s+(?:the\s+)?[\w’'-]+)?|it|they|we)\s+"
    r"(?:(?:was|were|is|are|had been|has been|have been|remained|remain)\s+"
    r"(?:fully\s+|entirely\s+|perfectly\s+|completely\s+|strictly\s+|purely\s+)?(?:legal|lawful|legitimate|"
    r"justified|peaceful|"
    r"in\s+line\s+with|in\s+accordance\s+with|in\s+compliance\s+with|consistent\s+with|"
    r"within\s+(?:its|their|the)\s+(?:rights|law|rules))|(?:had|has|have)\s+(?:not|never)\s+(?:broken|breached|violated)|"
    r"(?:had|has|have)\s+(?:done\s+nothing\s+wrong|broken\s+no|breached\s+no|violated\s+no))",
    re.I,
)
_CHARGES = re.compile(r"\W*(?:(?:the|these|those|such|all|any|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
                      r"(?:accusations?|allegations?|charges?|claims?|reports?)\b", re.I)
# A measure of force: strikes, military action, an attack
# Summoning or sending home another's envoy: "summoned the U.S. ambassador", "expelled the Israeli envoy"
_SUMMONS = re.compile(r"^(?:summon|expel|recall|call(?:s|ed|ing)?\s+in)", re.I)
_ENVOY = re.compile(r"\b(?:ambassadors?|envoys?|charg[eé]s? d['’]affaires|diplomats?)\b", re.I)
def _forceful_measure(q: Question) -> bool:
    """The measure itself is force ("carry out air strikes on militias"), not what it answers ("an inquiry into the
    bombing of the hospital")."""
    head = re.split(r"\b(?:into|of|over|for|after|because)\b", _main_clause(q.text), maxsplit=1)[0]
    return bool(_FORCEFUL.search(head)) and not re.search(r"\b(?:investigat|inquir|probe)", head, re.I)


_FORCEFUL = re.compile(r"\b(?:strikes?|airstrikes?|military|attack\w*|bomb\w*|invade|invasion|war|shoot\w*|"
                       r"retaliat\w*|offensive|force)\b", re.I)
# Calm asked for: "to avoid any further escalation", "to exercise restraint", "help cool down the situation"
_CALMING = re.compile(
    r"\b(?:restraint|de-?escalat\w*|calm\b|cool\w*\s+down|ease\s+(?:the\s+)?tensions?|reduce\s+(?:the\s+)?tensions?|"
    r"defuse|avoid\w*\s+(?:any\s+)?[“\"]?(?:further\s+)?(?:escalat\w*|confrontation|conflict))",
    re.I,
)
# Time given before acting, wherever in what the cue acts on: "to give the Saudi government a few more days"
_MORE_DAYS = re.compile(r"\b(?:a\s+few|several|some|more)\s+(?:more\s+)?(?:days|weeks|months)\b(?!\s+(?:of|ago))", re.I)
# Time asked to weigh the matter: "more time to think it over", "a few weeks to study the proposal"
_TO_THINK = re.compile(r"\btime\s+to\s+(?:think|consider|study|reflect|weigh|examine|assess|decide|review|look\s+at|"
                       r"make\s+up)\b", re.I)
# Seeing no need for something, and time before acting as what follows: "sees no need for further delays"
_NO_NEED = re.compile(r"(?:see|sees|saw|seeing)\s+no\s+need\b", re.I)
_NO_TIME = re.compile(r"\s*(?:(?:for|to)\s+)?(?:(?:any|further|more|a|an|new|extra)\s+)*(?:delays?|wait\w*|postpon\w*|"
                      r"time)\b", re.I)
# Time asked for before acting: "needed more time", "asked for a delay"
_MORE_TIME = re.compile(
    r"\s*(?:(?:for|some|a\s+little|much|a\s+lot\s+of)\s+)*(?:more|extra|additional)\s+time\b|\s*(?:for\s+)?(?:a\s+)?"
    r"(?:delay|postponement)\b",
    re.I,
)


_NOT_OPPOSING = re.compile(r"(?:oppos(?:e|es|ed|ing)|object(?:s|ed|ing)?)$", re.I)


def relative(
    stance: int,
    holder: str,
    cue_words: str,
    object_codes: set[str],
    object_text: str,
    q: Question,
    on_measure: bool = False,
    general: list[bool] | None = None,
    settled: bool = True,
) -> int:
    """``stance`` (on the general restraint-to-escalation reading) turned toward the question's measure;
    ``on_measure``: the stance was already read on the measure's own action, so a target named inside it
    ("warned against shooting down Russian aircraft") is part of the measure, not what the cue acts on.
    ``general`` gets True appended when nothing ties the stance to the measure and the general reading stands;
    ``settled``: the stance's direction was settled by its words, not only by the cue's own leaning ("supporting the
    request for a meeting" names nothing tougher or softer; callers that cannot tell leave it True)."""
    if not q or stance == 0:
        return stance
    strength = max(1, abs(stance))
    words = cue_words.split()
    if [w.lower() for w in words[:2]] == ["no", "longer"]:
        words = ["no longer", *words[2:]]  # (one negation: "no longer supports")
    negated = bool(words) and words[0].lower() in ("not", "no", "never", "n't", "no longer")
    first = words[1] if negated and len(words) > 1 else (words[0] if words else "")
    if negated and _NOT_OPPOSING.match(first) and not names_reason(object_text, q):
        # "decided not to oppose any wheat subsidy offer", "does not oppose alliances": letting it pass, no backing
        return 0
    if _NO_NEED.match(cue_words) and _NO_TIME.match(object_text):
        # "sees no need for further delays", "saw no need to wait": no time before the measure, for it now
        return strength
    if stance > 0 and _HEDGED.search(object_text[:120]) and (on_measure or names_measure(object_text, q)):
        return 0  # "ready to raise output if needed": no commitment either way
    over = _chosen_over(object_text, q) if not negated and (
        PRESSURE.match(first) or SUPPORT.match(first) or FOR.match(first)
    ) else 0
    if over:
        # "urged Turkey to buy Patriot missiles rather than the S-400s" when the question is whether it should cancel
        # the S-400 purchase: what is pressed for is chosen over what the measure stops (for the stop), or over the
        # measure itself (against it)
        return over * strength
    verdict = 1 if _HAILING.match(first) else -1 if REGRET.match(first) or _LAMENTING.match(first) else 0
    if verdict and not negated and _measure_failed(object_text, q):
        # "expressed disappointment that the resolution failed", "welcomed the veto of the draft": judging the
        # measure's failure judges the measure the other way
        return -verdict * strength
    if not negated and not q.stopping and (
        PRESSURE.match(first) or SUPPORT.match(first) or FOR.match(first) or re.match(r"wait", first, re.I)
    ) and _measure_undone(object_text, q):
        # "demanded that the protocol be dropped", "wants the wording on the tariffs to be removed": pressing for the
        # measure to be undone is against it
        return -strength
    if holder in q.targets:
        # The measure is aimed at this holder: whatever it says or does about it is resistance.
        return -strength
    if not negated and holder not in q.actors and not q.targets and not q.stopping and _HARM.search(q.text) and (
        _COUNTERING.match(first) or _COUNTERING.match(object_text.lstrip(" ,.:;“\"'"))
    ) and not _COUNTERING.search(q.text):
        # "said the cabinet would discuss retaliation", "was considering all kinds of countermeasures" when the question
        # is whether the United States should impose tariffs on imported cars, aimed at no one named: the countries
        # hit answer it, against it
        return -strength
    if holder in q.beneficiaries and not on_measure and not negated and (
        stance > 0 or DISQUIET.match(first) or _COMPLAINING.match(first) or _DECRYING.match(first)
    ) and not about_measure(object_text, q):
        # the one the measure is for, complaining, protesting or decrying anything but the measure ("complained about
        # the delay" when the question is whether to grant it a status; not "rejected the decision"), or taking a
        # harder line ("vowed to continue operations in the area"): it presses for the measure (not a cue denied, nor
        # a softer word: "played down the incident")
        return strength
    if object_text and not negated and (PRESSURE.match(first) or SUPPORT.match(first)) and deliberates(object_text, q):
        return 0  # "called for a full debate on the proposed tax": asking to talk it over takes no side on it
    first_two = " ".join(words[1:3] if negated else words[:2])
    if holder in q.actors and not negated and attitude(cue_words) >= 0 and _TALKING_IT_OVER.match(object_text) and not (
        q.measure & {"talks", "negotiate", "negotiations", "dialogue", "discuss", "discussions"}
    ) and not _REFUSING_TALK.match(first_two):
        # "Japan wants to begin informal talks on beef and citrus", "Putin is open to discussing a peace deal" when the
        # question is whether it should end its quotas or agree to a ceasefire: the one asked, ready to talk it over,
        # has not decided
        return 0
    if _CHANGING.search(q.text) and object_text and (
        _KEEP_CUE.match(cue_words) or _KEEP_CUE.match(object_text.lstrip(" '‘’\"“”"))
    ) and names_measure(object_text, q):
        # "agreed to stand by the Brexit deal" when the question is whether to reopen it: keeping what the measure
        # would change is against it
        return -strength if stance > 0 else strength
    staying = _STAYS.match(object_text) if object_text and stance > 0 and not negated else None
    if staying and not (_KEEP.search(q.text) or _STAYING.match(q.text)) and not names_measure(
        object_text[staying.end() :][:60], q
    ):
        # "insists it remain a bilateral issue" when the question is whether to put it to mediation: things as they
        # are, against the change the measure makes
        return -strength
    # (within the holder's own clause: "objected to the draft as too harsh, while Washington felt it did not go far
    # enough" says nothing of the objectors')
    own_clause = _OTHERS_CLAUSE.split(object_text[:160], 1)[0] if object_text else ""
    short = _NOT_FAR_ENOUGH.search(own_clause) if own_clause and not q.stopping else None
    if short and attitude(cue_words) < 0 and (
        names_measure(object_text[: short.start()], q) or _SHORT_OF_IT.match(object_text[: short.start()])
    ):
        # "voted against the plan, saying it did not go far enough": against the measure for being too little is
        # for more of it
        return strength
    on_short = _SHORT_ON.match(own_clause, short.end()) if short else None
    after_short = own_clause[on_short.end() :][:60] if on_short else ""
    what_falls = own_clause[: short.start()] if short else ""
    if after_short and names_measure(after_short, q) and not negated and (
        names_measure(what_falls, q) or _FORUM.search(what_falls)
    ) and (
        attitude(cue_words) < 0 or DISQUIET.match(first) or _WARNING.match(first)
    ):
        # "fear the summit will fall short of the mark on regulation of tax havens": dismay that too little of the
        # measure will come is for more of it
        return strength
    if not q.stopping and _STAYING.match(q.text) and _LEAVING_ACT.match(object_text) and (
        names_measure(object_text, q) or holder in q.actors
    ):
        # "intends to pull out of the agreement" when the question is whether to stay in it: wanting to leave is
        # against staying, refusing to leave for it
        return -strength if stance > 0 else strength
    if (q.stopping or q.remedy) and attitude(cue_words) < 0 and _CHARGES.match(object_text):
        if holder in q.actors:
            # "Rwanda has denied the accusations" when the question is whether it should withdraw: the one asked to
            # stop or undo something, rejecting the charge, resists the measure
            return -strength
        if holder in q.beneficiaries:
            # "Kuwait rejected charges that the boats seized were spy boats": the one the remedy is for, rejecting
            # the case for what was done to it, presses the remedy
            return strength
    if holder in q.actors and (q.conceding or q.stopping) and not negated and _SELF_DEFENCE.match(object_text):
        # "Minsk insisted its activities were in line with the treaty" when the question is whether it should pay
        # back what it avoided: the one asked to give way, defending what it did, resists the measure
        return -strength
    if holder in q.pressers and holder not in q.actors:
        # the one that presses for the measure ("…, as the United States proposed"): what it does on the matter
        # presses it
        return strength
    claim = _ITS_CLAIM.match(object_text)
    if claim and claim["who"].lower() in q.target_names and attitude(cue_words):
        # "backed Baghdad's argument that the flight was legal", "rejected Iraq's claim": the case the one the
        # measure is aimed at makes is its defence; backing it is against the measure, rejecting it for it
        return -attitude(cue_words) * strength
    if object_text and _DENYING_Q.match(q.text) and (PRESSURE.match(first) or SUPPORT.match(first)):
        granting = _GRANTS_INSTEAD.match(object_text) or _UNDENYING.match(object_text)
        if granting and (names_measure(object_text[granting.end() :][:60], q) or object_codes & q.targets):
            # "urged Washington to grant the visas", "called for the United States to allow access" when the question
            # is whether to deny them: pressing for what the measure withholds is against it
            return strength if negated else -strength
    unless = _UNLESS.search(object_text) if object_text else None
    if unless and (THREAT.match(first) or RETALIATE.match(first)) and names_measure(object_text[unless.end() :], q):
        # "threatened retaliation unless the tariffs were lifted": a threat on condition the measure is not taken
        # demands it
        return strength
    threat_if = _IF_IT_HAPPENS.search(object_text) if object_text else None
    condition = re.split(r"[.;,]", object_text[threat_if.end() :], maxsplit=1)[0] if threat_if else ""
    if condition and threat_if and not negated and (THREAT.match(first) or RETALIATE.match(first)) and (
        not names_measure(object_text[: threat_if.start()], q)  # "vowed to impose tariffs … if Beijing keeps …"
    ) and (
        names_measure(condition, q) or is_measure_term(condition, q)
    ):
        # "would take retaliatory measures if Sweden joined": a threat on condition the measure is taken is against it;
        # "threatened to scrap the deal if visa liberalisation was not granted", "… if it refused to accept the
        # flights" demands it
        refused = re.search(r"\b(?:not|n't|never|no longer|fails?|failed|refus\w*|reject\w*|declin\w*)\b", condition,
                            re.I) or (q.stopping and re.search(r"\b(?:continu\w*|keeps?|kept|keeping|persist\w*|"
                                                              r"maintain\w*|goes\s+on|go\s+on)\b", condition, re.I))
        return strength if refused else -strength
    if (q.measure & _EMBARGOES or restricts(q)) and not q.stopping:
        # a ban or embargo to be imposed: stopping what it would stop is doing it ("halted deliveries of F-35 parts to
        # Israel"), keeping it going is against it ("would continue to supply weapons")
        if _HALTING.match(first) and _SUPPLIES.search(" ".join(words[1:]) + " " + object_text[:80]) and not (
            names_measure(object_text, q)  # "ended the ban on oil imports" is on the measure, read below
        ):
            return -strength if negated else strength
        if _KEEPS_SUPPLYING.search(cue_words.split(" … ")[0] + " " + object_text[:80]):
            return strength if negated else -strength
    if q.measure & _PERMITTING and not q.stopping and _LOOSENING.match(first) and _RESTRICTIONS.search(
        " ".join(words[1:]) + " " + object_text[:60]
    ):
        # "pleaded with allies to lift the restrictions" when the question is whether to allow the strikes: lifting
        # what holds it back is allowing it
        return -strength if negated else strength
    if q.judged and object_text and _names_judged(object_text, q) and not is_measure_term(first, q):
        # "Japan criticised the launch" when the question is whether the launch should be condemned: criticising
        # what is judged presses the judgment, defending it resists it
        rest = words[1:] if negated else words
        way = -1 if any(AGAINST.match(w) or DISQUIET.match(w) or REGRET.match(w) for w in rest[:1]) else (
            1 if any(SUPPORT.match(w) or FOR.match(w) for w in rest[:1]) else 0
        )
        if way:
            return (way if negated else -way) * strength
    if object_text and names_alternative(object_text, q):
        # "insists that the profitability of companies should count" when the question is whether closures should be
        # shared "rather than according to companies' profitability": pressing for the alternative is against
        # (and concern about it, for)
        way = attitude(cue_words) or ((-1 if negated else 1) if PRESSURE.match(first) or SUPPORT.match(first) else 0)
        way = way or _uneasy(words, negated)
        if way:
            return -way * strength
    if _RESISTING.match(first) and (
        any(re.match(r"pressur|demands?$", w, re.I) for w in words[1:]) or _PRESSURE_OBJECT.match(object_text)
    ) and (names_measure(object_text, q) or not re.search(r"\bto\s+\w", object_text[:80])):
        # "Japan will resist the pressure fiercely", "stood firm against pressure to revalue the won": the pressure is
        # for the measure
        return strength if negated else -strength
    if first.lower() in UNDONE_BY.get(q.remedy, ()) and (
        names_measure(object_text, q) or object_text.lstrip().lower().startswith("by ")
    ):
        # "seized the tanker", "issued a warrant to seize the tanker", "the boats seized by Iran" when the question is
        # whether to release it
        return strength if negated else -strength
    if stem(first) in q.given_up and (
        names_measure(object_text, q) or not object_text.strip() or object_text.lstrip().lower().startswith("by ")
    ) and not (
        {stem(w) for w in re.findall(r"[A-Za-z][\w-]+", object_text[:80])} & q.given_up
    ) and not (
        _OPPOSITION_FIRST.match(object_text) or re.match(r"\W*(?:[\w.’'-]+['’]s\s+)?(?:veto|objections?|opposition)\b",
                                                       object_text, re.I)
    ):
        # "Hungary blocked the aid", "France vetoed the talks" when the question is whether it should drop its veto on
        # them: using the veto the measure would drop is against it
        return strength if negated else -strength
    if stem(first) in ({stem(w) for w in q.measure} - q.reason):
        # the cue is the measure's own verb ("Germany will halt the exports"; not a word of what the measure answers,
        # "as pledged in the statement"): doing it is for it; doing what a stopping measure stops ("Italy continues to
        # export arms") is against it
        way = -1 if q.stopping and not does_measure(first, q) else 1
        return -way * strength if negated else way * strength
    studied = _TO_STUDY.match(object_text) if PRESSURE.match(first) else None
    if studied and " and " not in re.split(r"[.;,]", object_text)[0] and not is_measure_term(studied.group(), q):
        return 0  # "urged Israelis and Palestinians to carefully study the plan": to weigh it, not to take it
    if PRESSURE.match(first) and not negated and q.stopping and _REFUSING.fullmatch(q.stopping) and (
        _TO_APPROVE.match(object_text) or (_TO_APPROVE.search(object_text[:80]) and object_codes & q.actors)
    ):
        # "urged President Biden to approve the merger" when the question is whether to block it: approving what the
        # measure would refuse is against it
        return -strength
    disquiet = any(DISQUIET.match(w) for w in cue_words.split(" … ")[0].split())
    if (q.stopping or q.remedy) and disquiet and object_text and names_measure(object_text, q) and not (
        re.search(r"\b" + stem(q.stopping or q.remedy).replace("z", "[sz]"), object_text, re.I)
        or STOPPING.search(object_text)
    ):
        # disquiet over what the measure would stop or undo ("deep concern over the arrests" when the question is
        # whether to release them; "concern about arms exports" when it is whether to halt them) is for the measure
        return -strength if negated else strength
    opposition = _OPPOSITION_FIRST.match(object_text)
    said_against = opposition or _JUDGED_FIRST.match(object_text)
    # what was said, of what: "criticism of the detention", "statements over the arrest" (not "threats against the
    # detained blogger", "statements defending the arrest")
    about = _SAID_OF.match(object_text, said_against.end()) if said_against else None
    judged = object_text[about.end() : about.end() + 80] if about else ""
    if attitude(cue_words) < 0 and judged and q.remedy and set(re.findall(r"[a-z]+", judged.lower())) & _HOLDING and (
        not does_measure(judged, q) and not re.search(r"\b" + re.escape(stem(q.remedy)), judged, re.I)
    ):
        # "rejected international criticism of the blogger's detention" when the question is whether to release him:
        # setting aside the case against what the measure would undo is against the measure
        return strength if negated else -strength
    if opposition and holder in q.actors and (q.stopping or q.conceding) and attitude(cue_words) < 0:
        # "China rejected the protest as baseless" when the question is whether it should halt its drilling: the one
        # asked to stop, setting aside the objections to what it does, resists the measure
        return strength if negated else -strength
    threat_of = bool(opposition and re.search(r"threats?$", opposition.group(), re.I) and re.match(
        r"\s+(?:to|of)\s", object_text[opposition.end() :]
    ) and names_measure(object_text[opposition.end() : opposition.end() + 80], q))
    # (and the threats of the one asked to act: "Russia condemns US threats" when the question is whether the US should
    # strike)
    threat_of = threat_of or bool(opposition and re.search(r"threats?$", opposition.group(), re.I) and (
        object_codes & q.actors) and holder not in q.actors and not object_codes & q.targets - q.actors)
    if threat_of and attitude(cue_words):
        # "condemning the threat to deport Suu Kyi": the threat carries the measure; judging it judges the measure
        if PRESSURE.match(first) and any(w.lower() in ("not", "never") for w in words[1:]):
            return -strength  # "urged Rwanda not to carry out its threats to send troops": pressed not to do it
        return attitude(cue_words) * strength
    if attitude(cue_words) < 0 and opposition and not STOPPING.search(object_text[:60]) and not (
        _GIVING_UP.match(object_text)  # "refused to lift its veto": keeping the opposition, not setting it aside
    ) and (
        names_measure(object_text[opposition.end() : opposition.end() + 80], q)
        or re.match(r"\s*(?:[.;,]|$|by\b|from\b)", object_text[opposition.end() :])  # "criticised the veto."
    ) and not restricts(q):
        # "dismissed warnings from the U.S. about the bank", "rejected criticism of the deal": setting aside the case
        # against the measure is for it (not when the measure restricts what the concerns are about: "brushed aside
        # concerns over Chinese investment" is against restricting it)
        return -strength if negated else strength
    if object_text and (attitude(cue_words) < 0 or disquiet or REGRET.match(first)) and _failed_measure(object_text, q):
        # "expressed disappointment at the failure to adopt the document", "criticised the bloc for its failure to
        # agree on the embargo": regretting that the measure failed is for it
        return -strength if negated else strength
    if object_codes & q.pressers and not object_codes & (q.targets | q.actors) and holder not in q.pressers:
        # acting on the one who presses for the measure: expelling its ambassador or condemning it is against the
        # measure, backing it for it ("Riyadh expelled the Canadian ambassador", Canada demanding the release)
        rest = words[1:] if negated else words
        hostile = any(AGAINST.match(w) or THREAT.match(w) for w in rest)
        way = -1 if hostile else 1 if any(SUPPORT.match(w) for w in rest) else 0
        if way:
            return (-way if negated else way) * strength
    protest = bool(_SUMMONS.match(first) and _ENVOY.search(object_text[:60]) and _forceful_measure(q))
    if protest and not negated and holder not in q.actors | q.targets and object_codes & q.actors and not (
        object_codes & q.targets or q.restraint or q.stopping or q.remedy or q.conceding or q.yielding
    ):
        # "would summon the U.S. ambassador to voice its disapproval" when the question is whether the United States
        # should strike militias on its soil: a protest to the one asked to use force is against the force
        return -strength
    decision = _ITS_DECISION.match(object_text)
    named = re.match(r"\s+to\s+([a-z][\w-]+)", object_text[decision.end() :]) if decision else None
    if named and not (is_measure_term(named.group(1), q) or does_measure(named.group(1), q)):
        decision = None  # "the Chilean decision to extend the quotas": a decision that is not the measure
    refusal = _ITS_DECISION.match(object_text)
    if object_codes & q.actors and holder not in q.actors and refusal and not q.stopping and re.match(
        r"\s+(?:to\s+)?(?:use\s+its\s+veto|veto|reject|block|refuse|turn\s+down|stay\s+out|not\s+to)\b",
        object_text[refusal.end() :],
    ):
        # "regretted Britain's decision to use its veto" when the question is whether Britain should join: the one
        # asked to act has refused it, and judging that refusal judges the measure the other way
        regret = REGRET.match(first) or DISQUIET.match(first)
        way = attitude(cue_words) or ((1 if negated else -1) if regret else 0)
        if way:
            return -way * strength
    if object_codes & q.actors and holder not in q.actors and decision:
        # "regret the American decision", "welcomed Washington's move": the one asked to act has acted, and the cue
        # is on what it did
        regret = REGRET.match(first) or DISQUIET.match(first)
        way = attitude(cue_words) or ((1 if negated else -1) if regret else 0)
        if way:
            return way * strength
    way = attitude(cue_words)
    if way and not (q.stopping or q.remedy or q.restraint or _KEEP.search(q.text)) and object_codes <= q.actors and (
        _bare_act(object_text)
    ) and not (q.reason and q.targets):
        # "condemned the plan", "the move was criticised by Denmark", "the surprise move by Ottawa drew rebukes from
        # Denmark": an act named by no more than its kind, in an article about the measure, is the measure (where the
        # measure stops or undoes something, "the move" is more often what it would stop, and is left to the rest)
        return way * strength
    # (a penalty is escalated by calls for calm from all sides, not by restraint in some other dispute)
    escalates = bool(_FORCEFUL.search(q.text) or (
        _HARM.search(_main_clause(q.text)) and re.search(r"\b(?:all|both)\s+(?:sides|parties)\b", object_text[:100])
    ))
    if escalates and not (q.restraint or q.stopping or q.remedy or negated) and (
        PRESSURE.match(first) or SUPPORT.match(first)
    ) and _CALMING.search(object_text[:100]):
        # "urged both Israel and Iran to avoid any further escalation", "welcomes all measures that will help cool down
        # the situation": calling for calm is against a measure that escalates (force or a penalty), whoever is urged
        return -strength
    if not negated and (PRESSURE.match(first) or SUPPORT.match(first)) and _MORE_DAYS.search(object_text[:80]) and (
        not names_measure(object_text, q)
    ):
        # "urged the president to give the Saudi government a few more days": time before the measure, even when the
        # one given it is the measure's target
        return -strength
    refused = _DECIDED_NOT.search(object_text[:120]) if object_text else None
    if refused and attitude(cue_words) and is_measure_term(refused.group("verb"), q):
        # "questioned the country's decision not to shoot down the missiles": judging a refusal of the measure
        return -attitude(cue_words) * strength
    warned = re.match(r"(?:warn|threat|caution)", first, re.I) and not any(
        AGAINST.match(w) or _COMPLAINING.match(w) for w in words[1:]
    )
    facing = _FACING.search(object_text[:120]) if object_text and q.targets and not negated and warned else None
    if facing and _first_named(object_text[: facing.start()], q.target_names) and not re.search(
        r"\b(?:block|oppose|veto|resist)\w*", object_text[facing.end() : facing.end() + 120], re.I
    ) and names_measure(
        object_text[facing.end() : facing.end() + 60], q
    ) and not q.stopping:
        # "warned that Iran would face new sanctions if it did not comply": the measure held over its target is a
        # threat of it, for it
        return strength
    ended = _WILL_END.search(object_text[:160]) if q.stopping and object_text else None
    if ended and attitude(cue_words) >= 0 and not re.match(r"(?:warn|threat|caution)", first, re.I) and not re.search(
        r"\b(?:no|not|never|none|nothing|n['’]t)\b", object_text[: ended.end()], re.I
    ) and names_stopped(object_text[: ended.start()], q):
        # "announced that its tariffs on US steel would be lifted": what the stop ends, said to be ending, is the
        # measure done (not "opposed the tariffs …")
        return -strength if negated else strength
    if q.aimed and not object_codes & (q.actors | q.beneficiaries) and _aimed_first(object_text, q) and (
        SUPPORT.match(first) or AGAINST.match(first)
    ):
        # Acting on the group the measure is aimed at ("Iran backs the Houthi rebels" when the question is whether to
        # strike the Houthis): backing it defends it, condemning it presses the measure
        way = -1 if SUPPORT.match(first) else 1
        return (-way if negated else way) * strength
    if on_measure:
        if stance > 0 and re.match(r"(?:warn|caution)", first, re.I) and _warned_of_measure(object_text, q):
            # "warned any annexation would be a crime", "warned the tariffs will change the trading system": what
            # the measure would bring, a warning against it
            return -strength
        if stance > 0 and PRESSURE.match(first) and re.match(r"\W*(?:not|never)\s", object_text):
            return -strength  # "asked Washington to not launch military action": urged not to do it
        # the cue acts on the measure's own action (the target named inside it is part of the measure)
        return strength if stance > 0 else -strength
    if object_codes & q.actors and object_text and PRESSURE.match(first):
        # urging the one the question asks to act: to stop is against the measure, to do it is for it
        if holder in q.beneficiaries and not negated:
            # the one the measure is for, urging the one asked to act ("called on EU members to reverse its decision"
            # when the question is whether the EU should let Turkey take part): pressure for the measure
            return strength
        stop_asked = STOPPING.search(object_text) or _LIFTING.search(object_text[:60])
        asked_word = stop_asked.group() if stop_asked else ""
        own_verb = is_measure_term(asked_word, q) or does_measure(asked_word, q)
        if stop_asked and q.stopping and not own_verb and (
            restricts_text(object_text[stop_asked.end() : stop_asked.end() + 60], q)
        ):
            # "urge Israel to lift these restrictions" when the question is whether it should cut off the electricity:
            # undoing the measure, not stopping something else
            return -strength
        if STOPPING.search(object_text):
            # urging the one asked to act to stop: against a measure that starts something, for one that stops
            return strength if q.stopping else -strength
        if gives_up_opposition(object_text, q):
            # "urged Budapest to lift its objections to the aid": the cue's own reading of what is given up holds
            return strength if stance > 0 else -strength
        if names_measure(object_text, q):
            # (urged "not to be suspicious about its holdings": what it is urged not to do)
            # ("asked Washington to not launch military action": the same, put the other way round)
            told_not = re.search(r"\b(?:not|never)\s+to$", cue_words) or re.match(r"\W*(?:not|never)\s", object_text)
            return -strength if told_not else strength
    way = attitude(cue_words)
    if way and object_codes & q.targets and _measure_before_target(object_text, q) and not (
        q.stopping and names_stopped(object_text, q)  # "deplores the nuclear tests India conducted": what is stopped
        # (but "questioned the idea of changing the terms of the Irish package" is on the change itself)
        and not (does_measure(object_text[:80], q) or _CHANGING.search(object_text[:80]))
    ):
        # "withdrew its ambassador in response to France's recognition of Moroccan sovereignty in Western Sahara":
        # the cue reacts to the measure; the target is named only inside it
        return way * strength
    if stance > 0 and not negated and object_text and _penalises_doers(cue_words, object_text, q):
        # "will impose sanctions on companies that sell weapons to Taiwan" when the question is whether to sell them:
        # a penalty on whoever takes the measure is against it
        return -strength
    direct = _first_named(object_text, q.beneficiary_names)
    if object_codes & q.beneficiaries and not object_codes & q.targets and direct:
        # the measure is for the one acted on directly: backing it is for the measure, blocking or threatening it
        # against ("vowed to block Kosovo's membership", "pledged to support Kosovo")
        rest = words[1:] if negated else words
        against = any(AGAINST.match(w) or THREAT.match(w) for w in rest)
        way = -1 if against else 1 if any(SUPPORT.match(w) or FOR.match(w) for w in rest) else -1 if stance > 0 else 0
        if way:
            return (-way if negated else way) * strength
    if object_codes & q.targets and stance < 0 and PRESSURE.match(first) and _with_target(object_text, q):
        # "urged the Commission to find a negotiated solution with China": pressing to talk with the target is
        # restraint, not pressure on it
        return -strength
    if object_codes & q.targets and SUPPORT.match(first) and (
        _harm_before_target(object_text, q) or _named_as_measure(object_text, q)
    ):
        # "recognised Russia as a state sponsor of terrorism" when the question is whether to declare it one:
        # naming the target as the measure would is no support for it
        # "France backs a ban on Russian gas": backing a penalty on the target presses the measure
        return -strength if negated else strength
    if object_codes & q.targets and AGAINST.match(first) and (
        _harm_before_target(object_text, q, _PRESSURE_ACT) or _harmed_target(object_text, q)
    ):
        # "blocked moves in the UN to censure Syria's president": turning down pressure on the target shields it;
        # "opposed the forced transfer of Palestinians": so does opposing what is done to it
        return strength if negated else -strength
    if way and object_codes & q.actors and _FORCEFUL.search(q.text) and not (
        q.restraint or q.stopping or q.remedy
    ) and _actors_attacks(object_text, q):
        # "condemned Israel's military aggression against Iran" when the question is whether Israel should strike
        # Iran: judging the attacks of the one asked to strike judges the measure
        return way * strength
    if way and object_codes & q.actors and object_codes <= q.actors | q.targets and holder not in q.actors and (
        _ACTORS_PLAN.match(object_text)
    ) and not (
        _first_named(object_text, q.target_names | q.beneficiary_names)
        # (where the measure stops, undoes or holds back, the plan may be what it ends or the stop itself)
        or q.stopping or q.conceding or q.yielding or q.remedy or q.restraint
    ):
        # "denounced Trump's plans", "greeted the British proposal warily": the plan of the one asked to act is the
        # measure
        return way * strength
    if _STANDING_BY.match(first) and object_codes & q.actors and holder not in q.actors | q.beneficiaries and (
        q.conceding or q.yielding or q.remedy
    ) and not object_codes & (q.targets | q.beneficiaries) and not names_measure(object_text, q):
        # "Portugal backed Spain" when the question is whether Spain should hand the islets back: backing the one
        # asked to give way backs its refusal
        return strength if negated else -strength
    if object_codes & q.targets and SUPPORT.match(first) and _side_taken_over_target(object_text, q):
        # "supporting the Saudi-led bloc over Qatar": taking the side of those asked to act against the one the
        # measure is aimed at presses the measure
        return -strength if negated else strength
    if object_codes & q.actors and holder not in q.actors and (AGAINST.match(first) or _FAULTING.match(first)) and (
        _state_named_first(object_text, q.actor_names) and not _first_named(object_text, q.target_names)
    ) and not (q.stopping or q.conceding or q.yielding or q.remedy or q.restraint) and not _FALLING_SHORT.search(
        object_text[:100]
    ):
        # "denounced the United States for threatening Iran and Iraq": faulting the one asked to act, for what it does
        # to the target, is against the measure (where the measure stops or undoes that doing, it is for it)
        return strength if negated else -strength
    if object_codes & q.targets:
        # Acting on the target: backing it defends it (−); condemning, urging or pressing it presses the measure (+);
        # "has never threatened Tokyo with sanctions" turns it
        way = -1 if SUPPORT.match(first) else 1
        return (-way if negated else way) * strength
    uneasy = _uneasy(words, negated)
    urged_to = bool(PRESSURE.match(first) and re.match(r"\s*(?:it|them|him|her|[A-Z][\w.’'-]*)\s+to\s", object_text))
    if (way or uneasy) and object_text and names_reason(object_text, q) and not urged_to:
        # ("called on it to prove its nuclear program was peaceful" urges someone to act on it: pressure, read below)
        # the cue acts on what the measure answers: "summoned the ambassador over the treatment of the diplomat",
        # "condemned the attacks", "expressed concern about the assaults" press the measure; defending them is
        # against it
        return -(way or uneasy) * strength
    kept = _KEEPING_IT.match(object_text) if object_text and not way and not negated else None
    if kept and names_reason(object_text, q):
        # "vowed to protect their banking secrecy" when the question is whether to crack down on havens that keep it:
        # keeping what the measure answers is against it, giving it up for it
        return (1 if kept.group("end") else -1) * (strength if stance > 0 else -strength)
    if way and object_text and names_measure(object_text, q):
        if "…" in cue_words and cue_words.split(" … ")[-1].lower() not in CARRIERS:
            # what the cue acts on was read already ("seeking … flexibility" on the spending target); but "rejected
            # the proposal to lift …" acts on the measure through a word that only carries it. That reading runs from
            # restraint to escalation: when the measure is itself restraint, it runs the other way ("rejected calls to
            # negotiate a ceasefire" is against a ceasefire)
            toward = -1 if q.restraint and not q.stopping and not q.remedy else 1
            return toward * (strength if stance > 0 else -strength)
        if q.stopping and _KEPT_ON.search(object_text[:80]):
            # "dissatisfaction with the decision to extend the quotas" when the question is whether to scrap them:
            # against keeping what the measure stops is for the measure
            return -way * strength
        clause = re.split(r"[.;:]", object_text, maxsplit=1)[0]
        carried = {w.lower() for w in re.findall(r"[A-Za-z]+", clause)} & CARRIERS  # "the visa proposal" carries it
        if q.stopping and names_stopped(clause, q) and not (
            does_measure(clause, q) or STOPPING.search(clause) or _ENDED.search(clause) or carried
        ):
            # "condemned the settlement construction", "criticised the Farm Act which provides subsidies" when the
            # question is whether to halt them: what the measure stops, not the stopping, is what the cue is on
            return -way * strength
        if q.remedy and (set(re.findall(r"[a-z]+", clause.lower())) & _HOLDING) and not (
            does_measure(clause, q) or _remedy_first(clause, q)
        ):
            # "summoned Israel's envoy after its forces intercepted the flotilla" when the question is whether to
            # release the activists: what the measure would undo, not the undoing, is what the cue is on (but "for
            # its pardoning of two Israelis who had been given jail terms" is on the undoing)
            return -way * strength
        return way * strength  # for or against the measure itself
    if q.remedy and object_text:
        held = re.split(r"[.;:,]", object_text, maxsplit=1)[0]
        if set(re.findall(r"[a-z]+", held.lower())[:6]) & _HOLDING and not does_measure(held, q):
            # "criticized the sentencing", "defended the verdict" when the question is whether to free him: judging what
            # the remedy would undo
            return -(way or (1 if stance > 0 else -1)) * strength
    offered = _lead_words(object_text, 4)
    if (object_codes & q.actors) - {holder} and not object_codes & q.targets and any(
        AGAINST.match(w) or DISQUIET.match(w) or _ACCUSING.match(w) for w in words[1 if negated else 0 :]
    ) and not (
        # ("rejected China's proposal to end the confrontations": the one asked offering the measure, turned down)
        _KIND_WORDS.search(offered) and (does_measure(object_text[:80], q) or STOPPING.search(object_text[:80]))
    ):
        # (not the one asked itself, named in its own defence: "rejected the protest, saying Beijing had the right")
        # disapproving of what the one asked to act is doing ("voiced deep concern to Turkey about the arrests",
        # "condemned Israel's settlement expansion", "accused Israel of …") presses it to do the measure; when the
        # measure is to keep doing it ("Should Australia keep deporting …?") or go ahead with it, it presses against
        way = -1 if _KEEP.search(q.text) or _OWN_COURSE.search(q.text) else 1
        return -way * strength if negated else way * strength
    if q.stopping and re.match(r"\s*(?:to\s+)?(?:" + STOPPING.pattern + ")", object_text, re.I):
        # the measure stops something and the cue acts on stopping ("is not prepared to stop forcing its youth into
        # service" when the question is whether to cut the service): for or against a stop is for or against it
        return (way or (1 if stance > 0 else -1)) * strength
    if way and holder in q.beneficiaries:
        # the one the measure is for, welcoming or rejecting what the cue acts on ("Israeli leaders welcomed the
        # decision" when the question is whether the US should stop calling its settlements illegal)
        head = _lead_words(object_text, 4)
        if q.stopping and way < 0 and object_text and (
            names_stopped(object_text, q) or _HOSTILE.search(head)
        ) and not _KIND_WORDS.search(head) and not names_measure(object_text, q):
            # (but "condemned the ramming" when the question is whether China should stop confronting its ships:
            # what the stop would end, condemned by the one it is done to, presses for the stop)
            return -way * strength
        return way * strength
    if holder in q.beneficiaries and q.remedy and not way and not names_measure(object_text, q) and any(
        AGAINST.match(w) or DISQUIET.match(w) or _COMPLAINING.match(w) for w in words[1 if negated else 0 :]
    ):
        # the one a remedy is for, complaining of what was done ("Russia complained about the scheme" when the
        # question is whether Belarus should pay it the duties it avoided): it presses for the remedy
        return -strength if negated else strength
    if (_MORE_TIME.match(object_text) or _MORE_DAYS.search(object_text[:80])) and _TO_THINK.search(object_text[:80]):
        return 0  # "needed more time to think it over": undecided, not against the measure now
    if (_MORE_TIME.match(object_text) or _MORE_DAYS.search(object_text[:80])) and not names_measure(object_text, q):
        # "said it needed more time", "rejected calls for a delay": time before the measure is taken, whatever the
        # measure (and even when it is itself restraint): wanting it is against the measure now
        return strength if stance > 0 else -strength
    # (the penalty a measure would end, named without the end: "tightened its sanctions" when the question is whether
    # to ease them is a step up, not the measure; not so what the one asked to stop is doing itself)
    stopped_only = bool(q.stopping and not q.conceding and object_text and names_stopped(object_text, q)
                        and not does_measure(object_text, q))
    if q.restraint and (stopped_only or not (object_text and names_measure(object_text, q))):
        # the measure is restraint: "vowed to send more troops" is against a ceasefire, "called for talks"
        # for it (but condemning the one asked to hold back presses it; "despite US objections", on nothing named,
        # objects to the measure)
        if way and (not object_text.strip() or object_text.lstrip().lower().startswith(("by ", "from "))):
            return way * strength  # nothing acted on is named but who holds it ("viewed with suspicion by Israel")
        if q.stopping and holder not in q.actors and not object_codes and not _BARE_CARRIER.match(object_text) and any(
            AGAINST.match(w) or DISQUIET.match(w) for w in (words[1:] if negated else words)
        ):
            # "lodged a protest after the missiles landed" when the question is whether to stop the drills: a protest
            # on nothing named is at what the measure would stop
            return -strength if negated else strength
        if way and _BARE_CARRIER.match(object_text):
            # "voted in favour of the resolution", "rejected the proposal": for or against the text at stake, not a
            # step up or down
            return way * strength
        if stance < 0:
            return strength
        if not object_codes & q.actors:
            # a step up ("vowed to send more troops", "raising the stakes"), backing or urging one ("backed the plan
            # to deploy more troops", "criticized the negotiations": what it acts on names something tougher or
            # softer), a threat, a word on another country ("called for an end to the trade war with China"), or any
            # stance of the one asked to hold back ("China defended its curbs") is against the restraint; another's
            # word for or against someone ("accused Israel of …"), or on nothing tougher or softer ("supporting the
            # request for a meeting", "ready to play a constructive role"), in an article on the measure, is for it
            judging = PRESSURE.match(first) or SUPPORT.match(first) or FOR.match(first) or AGAINST.match(first) or (
                _ACCUSING.match(first) or DISQUIET.match(first)
            )
            stepped_up = settled and ("…" in cue_words or not judging)
            stepped_up = stepped_up or bool(THREAT.match(first) or object_codes)
            return -strength if stepped_up or holder in q.actors else strength
        if holder in q.actors and "…" in cue_words:
            # one of those asked to hold back, stepping up against another ("Beijing launched an anti-dumping
            # investigation into Canadian canola" when the question is whether China and Canada should roll back
            # their measures)
            return -strength
    elif q.restraint and stance < 0 and not (q.stopping and names_stopped(object_text, q)):
        # the measure is restraint and what the cue acts on names it, not what it would stop ("willing to work with
        # Canada to put ties on a healthy path" when the question is whether to mend ties): a softer line is for it
        return strength
    accusing = bool(re.match(r"(?:accus|blam)", first, re.I))
    if holder in q.actors and q.conceding and stance > 0 and not negated and accusing and object_codes - {holder}:
        # the one asked to undo its own doing, accusing another ("China accused India of crossing the border" when
        # the question is whether China should pull its troops back): it resists the measure
        return -stance
    if holder in q.actors and q.yielding and stance > 0 and not _COMMITTING.match(first):
        # the one asked to give way, taking a harder line on anything ("ruled out talks with the United States",
        # "will never back down", "sent its patrol ships") when the question is whether it should hand something
        # back, cede or accept another's terms: it resists the measure (not a commitment: "pledged to honour its
        # financial commitments")
        return -stance
    if general is not None:
        general.append(True)
    return stance


# A ban or embargo, what it stops, stopping it and keeping it going
_EMBARGOES = frozenset({"embargo", "ban", "bans"})
_HALTING = re.compile(r"^(?:halt|stop|suspend|freez|froze|end|cancel)", re.I)
_SUPPLIES = re.compile(r"\b(?:arms|weapons?|deliver\w*|exports?|sales?|suppl\w*|shipments?|imports?|purchases?|parts|"
                       r"components|licen[cs]es)\b", re.I)
_KEEPS_SUPPLYING = re.compile(r"\b(?:continu\w*|keep(?:s|ing)?|kept|resum\w*)\s+(?:to\s+)?(?:supply|supplying|sell|"
                              r"selling|deliver\w*|export\w*|send|sending|ship\w*|import\w*|buy|buying)\b", re.I)
# A measure that lets someone do something, and lifting what holds it back
_PERMITTING = frozenset({"allow", "permit", "authorise", "authorize", "let"})
_LOOSENING = re.compile(r"^(?:lift|eas|remov|relax|loosen|scrap|drop|waiv)", re.I)
_RESTRICTIONS = re.compile(r"\b(?:restrictions?|limits?|limitations?|curbs?|constraints?|caveats?|red lines?)\b", re.I)
# The text at stake named bare ("the resolution", "the US-drafted proposal"), with nothing after it that says what
# it would do
_BARE_CARRIER = re.compile(
    r"^\W*(?:(?:of|for|to|on|against|with)\s+)?(?:the|this|that|its|their)\s+"
    r"(?:(?!(?:phone|telephone|video|conference|wake-up|roll|courtesy)\b)[\w’'-]+\s+){0,2}?"
    r"(?:resolution|proposal|plan|draft|motion|text|initiative|deal|agreement|bill|call|appeal|request)s?\b"
    # (not "the call-up", "the appeal court's ruling")
    r"(?![-’'])(?!\s+(?:to|for|that|which|by|would|of|calling|court|courts|judges?)\b)",
    re.I,
)
# An act named by its kind alone, at the head of what a cue acts on ("the move", "this plan", "the surprise
# announcement by Ottawa") or as the appended subject of a passive or of "drew … from" ("… The plan")
_ACT_KIND = (r"(?:the|this|that|[A-Z][\w.-]*\s?[’']s)\s+(?:(?!(?:the|a|an|of|to)\b)[\w’'-]+\s+){0,2}?"
             r"(?:move|plan|decision|proposal|announcement|news(?!\s+(?:on|from|in|about|of|that)\b)|step|idea|initiative)\b(?:\s+by\s+[\w.’'-]+(?:\s+[A-Z][\w.’'-]*)?)?")
_ACT_FIRST = re.compile(r"^\W*(?:(?:of|to|at|over|about|on|against|with|for)\s+)?" + _ACT_KIND
                        + r"(?=\s*(?:[.;,:]|$|as\b|and\b|on\b|from\b|in\b))", re.I)
_ACT_LAST = re.compile(r"(?:^|\s)" + _ACT_KIND + r"\s*$", re.I)
# Whoever does something, named by a clause: "companies that sell weapons to Taiwan", "any country which buys …"
_DOERS = re.compile(r"\b(?:compan(?:y|ies)|firms?|countr(?:y|ies)|states?|nations?|governments?|banks?|entit(?:y|ies)|"
                    r"individuals?|anyone|those|businesses|airlines?|ships?|vessels?)\s+(?:that|which|who)\s+"
                    r"(?:(?:would|will|do|does|did|might|dare|dares|try|tries|tried|continue|continues|seek|seeks)\s+"
                    r"(?:to\s+)?)?(?P<verb>[a-z][\w-]+)(?P<rest>[^.;:]{0,80})", re.I)


# What a warning says the measure would bring: "… any annexation would be a crime", "… such a test could involve …"
_WOULD_BRING = re.compile(r"\s*(?:that\s+)?(?P<subject>[^,;:“”\"]{2,70}?)\s+(?:would|could|will|might|may|risk\w*)\b"
                          # (not a forecast of the measure itself: "… could come as soon as next week")
                          r"(?!\s+(?:\w+ly\s+)?(?:come|happen|take\s+effect|start|begin|arrive|go\s+ahead|rise|increase|"
                          r"reach|last|apply|cover|be\s+(?:announced|imposed|introduced|in\s+place|ready|delayed|"
                          r"approved|signed|extended)))",
                          re.I)
_NOT_A_MEASURE = re.compile(r"(?:he|she|they|it|we|i|you|his|her|their|its|our)\b|.*\b(?:if|unless|without)\b", re.I)


def _warned_of_measure(object_text: str, q: Question) -> bool:
    """What a warning is about opens with the measure as the subject of what it would bring (not the holder's own
    threat, "warned it would impose levies", nor a condition, "… if it does not release the tanker")."""
    found = _WOULD_BRING.match(object_text)
    if found is None:
        return False
    subject = found.group("subject").strip()
    return not _NOT_A_MEASURE.match(subject) and names_measure(subject, q)


def _bare_act(object_text: str) -> bool:
    """What the cue acts on is an act named by its kind alone ("the move", "the plan by Ottawa")."""
    return bool(_ACT_FIRST.match(object_text) or _ACT_LAST.search(object_text))


def _penalises_doers(cue_words: str, object_text: str, q: Question) -> bool:
    """The cue is a penalty (not the measure's own) on whoever does the measure: "impose sanctions on companies that
    sell weapons to Taiwan", "threatened to punish firms that sell arms to Riyadh"."""
    if is_measure_term(cue_words, q) or does_measure(cue_words, q):
        return False
    head = " ".join(cue_words.split(" … ")[:1]) + " " + object_text[:60]
    if not (_HARM.search(head) or any(THREAT.match(w) or RETALIATE.match(w) for w in cue_words.split())):
        return False
    doers = _DOERS.search(object_text[:160])
    if doers is None:
        return False
    verb = doers["verb"].lower()  # (short verbs keep their endings in ``stem``: "buys", "sells")
    forms = {verb, re.sub(r"(?:s|es|ed|ing)$", "", verb)}
    return any(is_measure_term(f, q) or does_measure(f, q) for f in forms)


# The act of the one asked to act, named as its decision: "the American decision", "Washington's move"
# A country's own case: "Baghdad's argument that …", "Iraq's claim", "Tehran's version of events"
_ITS_CLAIM = re.compile(
    r"^\W*(?:the\s+)?(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s?\s+(?:[a-z-]+\s+)?(?:argument|claim|"
    r"position|view|assertion|explanation|case|version|account|insistence|denial|stance|contention|interpretation|"
    r"justification|defen[cs]e)s?\b"
)
# "the American decision", "Washington's move" (but not "accept their proposal": the decision acted on)
_ITS_DECISION = re.compile(r"^\W*(?:(?:by|with|at|over|about|of|to|on)\s+)?(?:the\s+)?[\w.’'-]+\s+"
                           r"(?:(?!(?:the|their|its|his|her|our|a|an)\b)[\w.’'-]+\s+){0,2}?"
                           r"(?:decision|move|announcement|step|plan|proposal|initiative)\b", re.I)


# "Should <something> be condemned?", "… be ruled illegal?": a question whose measure is a judgment of something
_JUDGING_QUESTION = re.compile(
    r"^\s*should\s+(?P<thing>.+?)\s+be\s+(?P<verb>(?:condemned|censured|criticised|criticized|denounced|"
    r"(?:ruled|declared|deemed|found|labell?ed|branded|called)\s+(?:as\s+)?(?:an?\s+)?"
    r"(?:illegal|unlawful|illegitimate|invalid|terrorism|terrorist|genocide|ethnic cleansing|war crimes?|aggression)"
    r")\w*)\b",
    re.I,
)
# The same asked of someone: "Should the West condemn the Khodorkovsky verdict as politically motivated?"
_JUDGING_ACTIVE = re.compile(
    r"^\s*should\s+(?:[\w’'.-]+\s+){1,5}?(?P<verb>condemn|censure|criticise|criticize|denounce)\s+"
    r"(?P<thing>.+?)(?:\s+as\b.*)?\?*\s*$",
    re.I,
)
# After the one who presses for the measure: "…, as Canada demands", "… as President Trump proposed"
# (and "… as Peru's new sea-boundary law claims": what its law claims)
_PRESSED_BY = re.compile(r"(?:['’]s)?\s+(?:[\w.’'-]+\s+){0,3}?(?:has\s+|had\s+)?"
                         r"(?:demand|propos|want|urg|warn|request|ask|insist|suggest|claim)\w*\b", re.I)


# Ending or easing something: "the freeze on settlement construction", "the lifting of the curbs"
_ENDED = re.compile(r"\b(?:lift(?:s|ed|ing)?|remov\w*|roll\w*\s+back|phas\w*\s+out|eliminat\w*|abolish\w*|repeal\w*|"
                    r"rescind\w*|freez(?:e|es|ing)|froze|eas(?:e|es|ed|ing)|relax\w*|loosen\w*|curbs?|cut(?:s|ting)?|"
                    r"reduc(?:e|es|ed|ing|tions?)|limit(?:s|ing)?|ban|bans|moratorium)\b", re.I)
# Keeping on with something: "the decision to extend the quotas", "plans to keep the base"
_KEPT_ON = re.compile(r"\bto\s+(?:extend|keep|maintain|continue|renew|prolong|expand|tighten|retain|preserve)\b", re.I)
# Standing up to pressure or demands
_RESISTING = re.compile(r"^(?:resist|reject|defy|defi|rebuff|withst|fight|fought|ignor|brush|shrug)", re.I)
_PRESSURE_OBJECT = re.compile(r"^\W*(?:(?:to|against|off|aside)\s+)?(?:[\w.’'-]+\s+){0,3}?(?:pressures?|demands?)\b",
                              re.I)


def _names_judged(object_text: str, q: Question) -> bool:
    """What the cue acts on is what the question judges ("the launch"), not the judgment ("a condemnation")."""
    stems = {stem(w) for w in re.findall(r"[A-Za-z][\w-]+", object_text)[:4]}  # the object's own first words
    return bool(stems & q.judged) and not stems & (q.action - q.judged)


# "the imposition of tariffs by the US": the target as the agent of the noun before it (not of a participle: "the
# tariffs imposed by the US", "goods made by the US" name what it did, not who answers)
_BY_AGENT = re.compile(r"\b(?!\w+ed\b|made\b|sold\b|built\b|paid\b|set\b|held\b|run\b|led\b)[a-z]+\s+by\s+(?:the\s+)?$",
                       re.I)


def _target_acted_on(low: str, q: Question) -> int:
    """Where the target is first named in ``low`` (lower-cased), or -1 where it is not named, or named as the agent of
    what comes before it ("the imposition of tariffs by the US": its own doing, which the measure answers)."""
    targets = [i for n in q.target_names if (i := _word_at(low, n)) >= 0]
    if not targets or _BY_AGENT.search(low[: min(targets)]):
        return -1
    return min(targets)


def _measure_before_target(object_text: str, q: Question) -> bool:
    """The object names the measure before it names the target ("recognition of Moroccan sovereignty in Western
    Sahara"), so the target is part of the measure the cue acts on, not what it acts on."""
    low = object_text.lower()
    target = _target_acted_on(low, q)
    if target < 0:
        return False
    # (a word the measure shares with what it answers names neither for sure: "the use of chemical weapons in last
    # week's attack in eastern Ghouta, Syria" when the question is whether to strike Syria over its chemical attack)
    stems = {stem(w) for w in q.measure} - q.reason
    first = next((m.start() for m in re.finditer(r"[a-z][\w-]+", low) if stem(m.group()) in stems), -1)
    return 0 <= first < target


# (and a condition on others: "would resume the loans only if other creditors did the same")
# What is too little of the measure: "did not go far enough", "falls short", "too timid"
_NOT_FAR_ENOUGH = re.compile(
    r"\b(?:(?:did|does|do|would|will|could|can)\s*(?:not|n['’]t)|not|never)\s+(?:go|going|went|gone)\s+far\s+enough\b|"
    r"\b(?:falls?|falling|fell)\s+(?:far\s+)?short\b|\btoo\s+(?:timid|modest|little|weak|limited|small|"
    r"cautious)\b|\bnot\s+(?:ambitious|bold|tough|strong)\s+enough\b",
    re.I,
)
# What falls short, named after it: "fall short of the mark on regulation of tax havens", "fall short on emissions cuts"
_SHORT_ON = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:mark|expectations|what\s+(?:is|was)\s+needed)\s+)?(?:on|in)\b", re.I)
_WARNING = re.compile(r"warn|fear|caution", re.I)
# Where a measure is agreed: what falls short there falls short of the measure
_FORUM = re.compile(r"\b(?:summit|talks|meeting|conference|negotiations|deal|agreement|accord|treaty|package|plan|"
                    r"proposals?|draft|council)\b", re.I)
# Where another's clause begins: ", while Washington felt", "; Paris said", ", whereas …", ", but …"
_OTHERS_CLAUSE = re.compile(r",?\s+(?:while|whereas)\b|;|,\s+but\b", re.I)
# What is judged too little, named in a few words before the judgment: "the package, saying it", "the offer as"
_SHORT_OF_IT = re.compile(
    r"^\W*(?:(?:of|to|at|over|about|on|against|with|for)\s+)?(?:the|this|that|its|their|[A-Z][\w.-]*\s?['’]s)\s+"
    r"(?:[\w-]+\s+){0,3}?[\w-]+\s*,?\s*(?:(?:saying|arguing|complaining|because|since|as)\s+)?(?:(?:that\s+)?(?:it|they)"
    r"\s+)?$",
    re.I,
)
_HEDGED = re.compile(r"\b(?:if|when|where)\s+(?:and\s+when\s+)?(?:needed|necessary|required|appropriate|warranted)\b|"
                     r"\bonly\s+(?:if|when|after|once)\b|\b(?:provided|on condition)\s+that\b", re.I)
REGRET = re.compile(r"^(?:disappoint|regret|lament|blam|frustrat|deplor|criticis|criticiz|fault)", re.I)
_FAILED = re.compile(r"\b(?:failure|failed|failing|fails|collapse|breakdown|lack|absence|delay|delays|inability|"
                     r"stalling|stalled|(?:was|were|is|are|had|has|have|been|be)\s+not|(?:was|were|is|are)n[’']t)\b",
                     re.I)  # (and the measure not done: "protested that it was not invited")


def restricts(q: Question) -> bool:
    """The measure stops, bans or penalises what it names ("restrict Chinese investment", "halt arms exports")."""
    return bool(q.stopping or _HARM.search(q.text) or _RESTRICTING.search(q.text))


def restricts_text(text: str, q: Question) -> bool:
    """``text`` names the restricting itself ("the curbs", "a ban"), not only what is restricted."""
    return bool(_HARM.search(text) or _RESTRICTING.search(text) or does_measure(text, q))


def _failed_measure(object_text: str, q: Question) -> bool:
    """What the cue acts on is the measure's failure or delay: "at the failure to adopt the final document"."""
    clause = re.split(r"[.;:]", object_text, maxsplit=1)[0]
    failed = _FAILED.search(clause)
    if failed is None:
        return False
    words = re.findall(r"[A-Za-z][\w-]+", clause[failed.end() :])[:8]
    return any(is_measure_term(w, q) for w in words)


def _named_as_measure(object_text: str, q: Question) -> bool:
    """ "Russia as a state sponsor of terrorism": the target named as what the measure would declare it."""
    named = re.search(r"\bas\s+(?:an?\s+|the\s+)?((?:[\w-]+\s+){0,5}[\w-]+)", object_text)
    return bool(named and any(is_measure_term(w, q) for w in named.group(1).split()))


def _harm_before_target(object_text: str, q: Question, harm: re.Pattern[str] = _HARM) -> bool:
    """What ``harm`` names (a penalty, or with ``_PRESSURE_ACT`` any pressure) stands before the target is named
    ("a ban on Russian gas", "moves to censure Syria's president")."""
    low = object_text.lower()
    target = _target_acted_on(low, q)
    found = harm.search(low)
    return bool(target >= 0 and found and found.start() < target)


# What is done to a people: "the forced transfer of Palestinians", "attacks on Indian nationals"
_HARMING_ACT = re.compile(r"\b(?:forced\s+(?:transfer|removal|displacement|deportation|expulsion)|forcible\s+\w+|"
                          r"displacement|expulsion|deportation|killings?|attacks?|persecution|massacre|"
                          r"ethnic cleansing|harassment|mistreatment|abuses?)[”\"’']?\s+(?:of|on|against|upon)\s+"
                          r"(?:the\s+|its\s+|their\s+)?$", re.I)


def _harmed_target(object_text: str, q: Question) -> bool:
    """The words name a harm done to the target, right before its name ("the forced transfer of Palestinians", "attacks
    on Indian nationals"; not "the killing of Kashmiris by Indian troops", "the deportation of children to Russia")."""
    low = object_text.lower()
    return any(
        _HARMING_ACT.search(low[:i]) for n in q.target_names if (i := _word_at(low, n)) >= 0
    )


# Pressure put on someone: "moves to censure Syria's president", "a resolution condemning Iran"
_PRESSURE_ACT = re.compile(r"\b(?:censur|condemn|sanction|punish|pressur|isolat|penalis|penaliz|embargo|tariff|"
                           r"resolution|rebuk|action against|measures against)", re.I)


_THE = re.compile(r"^\W*the\s+", re.I)
_FAULTING = re.compile(r"(?:accus|blam)", re.I)


def _state_named_first(object_text: str, names: set[str]) -> bool:
    """What the cue acts on opens with one of ``names`` as the state, not as the adjective of others ("the United
    States for …", "Washington of …", "American officials", not "Israeli settlers")."""
    lead = _THE.sub("", object_text).lstrip()
    for name in sorted(names, key=len, reverse=True):
        m = re.match(rf"{re.escape(name)}(?:['’]s)?\b\s*([\w-]*)", lead, re.I)
        if m:
            after = m.group(1)
            return not after or not after.islower() or after in _STATE_WORDS
    return False


# What follows a country's adjective when it names the state: "American officials", "the Chinese government"
_STATE_WORDS = {"of", "for", "over", "and", "to", "in", "on", "with", "as", "that", "which", "who", "is", "was", "has",
                "had", "officials", "government", "governments", "authorities", "administration", "leader", "leaders",
                "president", "premier", "ministry", "minister", "ministers", "forces", "troops", "army", "military",
                "navy", "envoy", "envoys", "diplomats", "embassy", "state", "regime", "delegation", "side",
                "counterpart", "counterparts", "policy", "stance", "position", "decision", "move", "moves", "plan",
                "plans"}
# Faulting someone for not doing enough: "for failing to", "for not", "of refusing to", "for dragging its feet"
_FALLING_SHORT = re.compile(r"\b(?:fail\w*|not|never|refus\w*|reluctan\w*|hesita\w*|delay\w*|stall\w*|drag\w*|"
                            r"soft\w*|lenien\w*|appeas\w*|embolden\w*|coddl\w*|indulg\w*|pander\w*|complacen\w*|"
                            r"blind\s+eye|go(?:es|ing)?\s+easy|lax\w*|"
                            r"inaction|too\s+little|too\s+slow\w*|half-hearted\w*|weak\w*)\b", re.I)


def _aimed_first(object_text: str, q: Question) -> bool:
    """The group the measure is aimed at, named in full ("the Islamic State", "the Houthi rebels" for "the Houthis"),
    opens what the cue acts on, before any word of the measure's own action (not "the fight against ISIS", nor
    "Islamic banking" for the Islamic State)."""
    words = [stem(w.lower().removesuffix("’s").removesuffix("'s")) for w in re.findall(r"[\w’'-]+", object_text)[:5]]
    words = words[1:] if words[:1] == ["the"] else words
    for group in q.aimed:
        parts = group.split()
        names = [parts]
        if len(parts) > 1 and parts[-1] in {stem(w) for w in _GROUP_NOUNS}:
            names += [parts[:-1], parts[-1:]]  # "the al-Shabaab militants": "al-Shabaab", "the militants"
        if any(words[: len(n)] == n for n in names):
            return True
    return False


def _lead_words(text: str, n: int) -> str:
    """The first ``n`` words of ``text``, joined by single spaces."""
    return " ".join(re.findall(r"[\w’'-]+", text)[:n])


# Backing a country, not welcoming what it did: "backed Spain", "sided with Spain", "stood by Spain"
_STANDING_BY = re.compile(r"(?:back|support|sid|stood|stand|defend)\w*$", re.I)
_OVER_SIDE = re.compile(r"\s(?:over|against|rather\s+than|instead\s+of)\s+(?:the\s+)?", re.I)


def _side_taken_over_target(object_text: str, q: Question) -> bool:
    """What a cue backs names those asked to act (or the one the measure is for) before it sets them over or against
    the target: "the Saudi-led bloc over Qatar"."""
    side = _OVER_SIDE.search(object_text[:160])
    if side is None:
        return False
    before, after = object_text[: side.start()].lower(), object_text[side.end() :].lower()
    ours = any(re.search(rf"\b{re.escape(n)}\b", before) for n in q.actor_names | q.beneficiary_names)
    # (the target itself, not what is its: "dialogue with Saudi Arabia over Qatar's concerns")
    theirs = any(re.search(rf"^{re.escape(n)}\b(?![’'-])", after) for n in q.target_names)
    return ours and theirs and not any(re.search(rf"\b{re.escape(n)}\b", before) for n in q.target_names)


def _first_named(object_text: str, names: set[str]) -> bool:
    """One of ``names`` stands among the first two words of what the cue acts on ("block Kosovo's membership")."""
    first = _lead_words(object_text.lower(), 2)
    return any(re.search(rf"\b{re.escape(n)}(?:['’]s)?\b", first) for n in names)


def _with_target(object_text: str, q: Question) -> bool:
    low = object_text.lower()
    return any(re.search(rf"\bwith\s+(?:the\s+)?{re.escape(n)}\b", low) for n in q.target_names)


def _word_at(text: str, name: str) -> int:
    m = re.search(rf"\b{re.escape(name)}\b", text)
    return m.start() if m else -1
