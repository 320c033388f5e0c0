"""Holders by grammatical role: who is the subject or agent of the predicate that carries a stance.

The sentence's dependency parse (Universal Dependencies labels, from ``parser.py``) decides who holds a position:
the subject of the stance-bearing verb, the agent after "by" or "from", those coordinated with it, its appositions and
the members listed after "like" or "including". Objects, targets, places and other actors' possessives are never
holders. Negation is read from the parse ("did not raise any objection" is no opposition).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..actors import ActorRegistry
from ..ingest.metadata import outlet_named
from ..ingest.quotes import quote_speaker
from .dates import event_date
from .engine import SentenceReading, Suggestion, _object_sign, gap_joins, is_question
from .evaluation import conduct, evaluations, is_effect
from .gapping import gapped
from .lexicon import Cue, Lexicon, find_cues, generic
from .linker import candidates, linker_enabled
from .mentions import FORMER, GOVERNING_PREPOSITIONS, Mention, finder_for, governing_word, judge
from .question import (
    ITS_OPPOSITION,
    RETALIATE,
    STOPPING,
    THREAT,
    UNDONE_BY,
    Question,
    about_measure,
    deliberates,
    does_measure,
    gives_up_opposition,
    is_measure_term,
    names_alternative,
    names_beyond,
    names_measure,
    names_reason,
    relative,
    restricts,
    restricts_text,
    stem,
)

Token = Any  # a spaCy token

NEGATORS = {"not", "n't", "never", "no", "neither", "nor", "without"}
# Nouns a country's name qualifies when it is the country that speaks or acts.
ACTOR_NOUNS = {
    "government", "minister", "ministry", "president", "chancellor", "premier", "leader", "official", "diplomat",
    "ambassador", "envoy", "spokesperson", "spokesman", "spokeswoman", "authority", "administration", "delegation",
    "negotiator", "representative", "cabinet", "office", "parliament", "secretary", "king", "queen", "counterpart",
    "side", "foreign", "state", "department", "mission", "regime", "lawmaker", "head", "presidency", "commissioner",
    "prime", "defence", "defense", "kremlin", "coalition", "junta", "military", "army", "politician", "legislator",
    "senator", "deputy", "vice", "pm", "fm", "embassy", "consulate", "service", "agency", "navy", "council", "rep",
    "reps", "colleague", "guard", "coastguard",
}
# People and bodies of a country that are not its government: "U.S. business groups", "Chinese investors"
NOT_STATE_NOUNS = {
    "business", "businesses", "bankers", "banks", "businessmen", "lenders", "creditors", "lobby", "lobbies",
    "lobbyists", "industry", "industries", "farmers", "activists",
    "investors", "executives", "competitors", "producers", "manufacturers", "carmakers", "automakers", "exporters",
    "importers", "unions", "workers", "voters", "experts", "analysts", "scientists", "economists", "academics",
    "scholars", "students", "consumers", "traders", "critics", "fans", "athletes", "companies", "firms", "media",
    # a company is never the state: "US oil giant Exxon", "the Chinese chipmaker", "a French carmaker"
    "giant", "giants", "company", "firm", "maker", "makers", "producer", "exporter", "importer", "manufacturer",
    "carmaker", "automaker", "chipmaker", "lender", "carrier", "airline", "airlines", "conglomerate", "multinational",
    "retailer", "insurer", "operator", "contractor", "shipbuilder", "miner", "miners", "refiner", "supplier",
    # trade bodies and the press: "the U.S. Chamber of Commerce", "the Egyptian Pilots Association", "the Chinese
    # tabloid Global Times"
    "chamber", "association", "associations", "federation", "tabloid", "tabloids", "newspaper", "newspapers",
    "broadcaster", "broadcasters", "pilots",
}
# Verbs whose subject receives what their object names: "the move drew condemnation from Spain".
RECEIVING = {"draw", "drew", "face", "meet", "receive", "spark", "trigger", "prompt", "provoke", "attract", "earn",
             "win", "get", "cause", "elicit", "see", "enjoy", "gain", "secure", "obtain", "lose", "court", "faced",
             "faces", "facing"}
# Verbs whose clause names what someone else is to do or is said to do: its subject is an addressee or a reported
# actor, not a holder ("asked that the U.S. sell the missiles", "said Russia had threatened").
REPORTING = {"agree", "acknowledge", "concede", "note", "worry", "deny", "request", "ask", "urge", "demand", "call",
             "press", "want", "expect", "say", "tell", "claim", "allege", "accuse", "report", "suggest", "insist",
             "argue", "believe", "think", "warn", "hope", "fear", "propose", "suspect", "contend", "assert"}
LIGHT_VERBS = {"raise", "raised", "voice", "voiced", "express", "expressed", "lodge", "lodged", "issue", "issued",
               "make", "made", "give", "gave", "offer", "offered", "extend", "extended", "register", "registered",
               "file", "filed", "reiterate", "reiterated", "signal", "signalled", "show", "showed", "declare",
               "declared", "pledge", "pledged", "have", "has", "had"}
# What an offered stance is for: "voiced solidarity with Denmark", "pledged support to Kyiv".
OFFERED_TO = {"for", "with", "to", "behind", "toward", "towards"}
# Nouns whose "of" phrase names who acts: "at the request of Tunisia" (not "the recognition of Kosovo").
AGENT_OF_NOUNS = {"request", "call", "demand", "proposal", "initiative", "behest", "invitation", "insistence",
                  "urging", "appeal", "offer", "refusal", "decision", "veto", "objection", "opposition", "support",
                  "backing", "blessing", "consent", "endorsement"}
RELATION_NOUNS = {"ally", "allies", "partner", "partners", "neighbour", "neighbor", "neighbours", "neighbors",
                  "rival", "rivals", "enemy", "enemies", "foe", "foes", "friend", "friends", "patron", "adversary",
                  "adversaries", "proxy", "proxies", "client"}
_RELATION_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:arch-?)?(?:" + "|".join(sorted(RELATION_NOUNS)) + r")\b",
                             re.I)  # "Iran's arch-enemy Israel": Israel is the one named
_RELATION_GAP = re.compile(
    r"\s*(?:,|and|or|, and)\s+(?:[\w-]+(?:\s+[\w-]+)?['’]s\s+)(?:[\w-]+\s+)?(?:arch-?)?(?:"
    + "|".join(sorted(RELATION_NOUNS)) + r")\s+", re.I
)  # "the United States and Pyongyang's ally China": China is listed
SUBJECT_DEPS = {"nsubj", "csubj", "nsubj:outer"}
PLEDGING = {"threaten", "vow", "pledge", "promise", "plan", "decide", "want", "seek", "move", "prepare", "intend"}
REPORTED_ACTS = {"accuse", "allege", "suspect", "blame", "charge", "criticise", "criticize", "condemn"}
# Verbs that end or leave what the measure stops: with a stopping question they are the measure's own action.
ENDING = re.compile(r"\b(?:leav|exit|quit|depart|withdr[ae]w|pull\w*\s+out|remov|end|lift|roll\w*\s+back|rollback|"
                    r"suspen[ds]|abolit|zero\b|halt|stop|"
                    r"cease|suspend|scrap|drop|cancel|revok|terminat|wind\w*\s+down|phas\w*\s+out|eliminat|abolish|repeal|"
                    r"rescind|dismantl|unwind|revers)\w*", re.I)
_EASED = re.compile(r"cut|relief|reduc|easing")
LEADING = {"lead", "led", "head", "spearhead", "champion"}
# A company named after a country: "Kenya Airways has suspended flights", "China Eastern", "Saudi Aramco"
_COMPANY = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}?(?:Airways|Airlines|Air|Eastern|Aramco|Bank|Telecom|Railways?|"
                      r"Petroleum|Oil|Gas|Post|Television|TV|Radio|Times|Daily|News|Group|Corp\w*|Company|Holdings|"
                      r"Motors|Steel|Energy|Electric|Mobile|Shipping|Lines)\b")
RIGHTS = {"right", "rights", "entitlement", "freedom", "prerogative"}
# Verbs of asking for what another would give: "sought Indian support", "requested U.S. backing"
SOUGHT = {"seek", "request", "ask", "want", "need", "court", "solicit", "beg", "crave"}
# What one is asked to give ("seek Beijing's commitment to …"), unlike one's own act ("want Germany's plan to …")
GIVEN = {"commitment", "commitments", "pledge", "pledges", "assurance", "assurances", "guarantee", "guarantees",
         "promise", "promises", "support", "help", "consent", "approval", "backing", "agreement", "permission",
         "cooperation", "blessing", "word"}
# Acts, not stances: the one whose act it is holds no position by it where another reacts to it
ACTS = {"offensive", "strike", "strikes", "attack", "attacks", "invasion", "incursion", "expulsion", "bombing",
        "shelling", "crackdown", "occupation", "annexation", "blockade", "test", "tests", "launch", "deployment",
        "seizure", "detention", "arrest", "arrests", "raid", "raids", "operation", "campaign", "takeover"}
# Verbs of calling or seeing something as something
CHARACTERISING = {"see", "call", "describe", "regard", "view", "consider", "term", "brand", "perceive", "label",
                  "portray", "characterise", "characterize", "dub", "deem"}
# Verbs of giving one's own account of a matter
ACCOUNT = {"say", "tell", "insist", "argue", "claim", "deny", "maintain", "state", "assert", "stress"}
OWNER_PRONOUNS = {"their", "its", "his", "her", "our", "my"}
GROUP_CASES = {"like", "including", "such", "among"}
MEMBER_NOUNS = {"states", "countries", "members", "nations", "governments", "capitals", "member"}
# Nouns that stand for the countries after them: "a number of EU states including Estonia", "like her counterparts
# in the Baltic states", "the leaders of Iceland, Ireland and Spain"
STAND_FOR = {"number", "group", "majority", "handful", "most", "many", "some", "several", "dozens", "counterparts",
             "counterpart", "peers", "colleagues", "leaders", "governments", "ministers", "officials", "states",
             "countries", "nations", "capitals", "diplomats", "envoys", "delegations", "representatives"}
PRONOUNS = {"it", "he", "she", "we", "they", "i", "which", "who", "that", "this"}
# Sources that only relay what someone named did: "X spoke to Y …, said a statement from his office"
RELAYS = {"statement", "readout", "communique", "communiqué", "release", "office", "report", "reports", "transcript"}
WEAK_DEPS = {"aux", "aux:pass", "det", "case", "mark", "cop", "advmod", "compound:prt", "neg", "amod"}


@dataclass
class _Hit:
    token: Any  # the predicate the cue is
    cue: Cue
    stance: int
    words: str
    certain: bool
    start: int
    object_text: str = ""
    on_measure: bool = False  # the cue acts on the question's measure itself ("warned against shooting down …")
    own_verb: bool = False  # the question's own action as the verb: only a state or its people hold it
    # a warning read as a threat of the measure: the warning's own reading (stance, on_measure), kept for holders the
    # question does not ask to act ("Armenia warned that it could resume fighting" when Azerbaijan is asked)
    warned: tuple[int, bool] | None = None


_IRREGULAR = {
    "drew": "draw", "drawn": "draw", "met": "meet", "won": "win", "lost": "lose", "saw": "see", "seen": "see",
    "got": "get", "told": "tell", "said": "say", "says": "say", "thought": "think", "sought": "seek", "has": "have",
    "had": "have", "having": "have", "gave": "give", "given": "give", "made": "make", "felt": "feel", "held": "hold",
    "ministries": "ministry", "authorities": "authority", "countries": "country", "states": "state",
    "froze": "freeze", "frozen": "freeze", "sold": "sell", "sent": "send", "shot": "shoot", "struck": "strike",
    "withdrew": "withdraw", "withdrawn": "withdraw", "took": "take", "taken": "take", "began": "begin",
    "begun": "begin", "left": "leave", "kept": "keep", "led": "lead", "broke": "break", "broken": "break",
    "fought": "fight", "paid": "pay", "built": "build", "bought": "buy", "brought": "bring", "chose": "choose",
    "chosen": "choose", "spoke": "speak", "spoken": "speak", "stood": "stand", "understood": "understand",
    "became": "become",
}  # fmt: skip


def _lemma(t: Token) -> str:
    """The word's dictionary form by a few rules (the parser runs without its lemmatizer, which saves load time)."""
    return _lemma_of(str(t.lower_))


@lru_cache(maxsize=8192)
def _lemma_of(w: str) -> str:
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for end, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(end) and len(w) - len(end) >= 3:
            stem = w[: -len(end)] + repl
            if end in ("ing", "ed") and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                stem = stem[:-1]  # "slammed" → "slam"
            if end == "ed" and stem.endswith(("at", "iz", "is", "ur", "rc", "nc", "v")):
                stem += "e"  # "urged"→"urge" is caught below; "activated" → "activate"
            return stem
    return w


def _in(t: Token, words: set[str]) -> bool:
    lemma = _lemma(t)
    return lemma in words or lemma + "e" in words or str(t.lower_) in words


def _length(doc: Any) -> int:
    """The text's length without building the text (``doc.text`` joins every token each time it is read)."""
    if not len(doc):
        return 0
    last = doc[len(doc) - 1]
    return int(last.idx + len(last.text_with_ws))


def _token_at(doc: Any, index: int) -> Token | None:
    span = doc.char_span(index, index + 1, alignment_mode="expand") if 0 <= index < _length(doc) else None
    if span is not None and len(span):
        return span[0]
    for t in doc:
        if t.idx <= index < t.idx + max(len(t.text), 1):
            return t
        if t.idx > index:
            return t
    return None


def _span_head(doc: Any, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand") if 0 <= start < end <= _length(doc) else None
    toks = [t for t in span if start <= t.idx < end] if span is not None else [t for t in doc if start <= t.idx < end]
    if not toks:
        return None
    inside = {t.i for t in toks}
    tops = [t for t in toks if (t.head.i not in inside or t.head.i == t.i) and not (t.dep_ == "det" and len(toks) > 1)]
    # "Mette Frederiksen’s appeal" parsed with "Mette" as a compound of "appeal": the name's own head is its last word
    for t in tops:
        if t.dep_ not in ("compound", "flat", "amod") or len(tops) == 1:
            return t
    return tops[-1] if tops else toks[-1]


def _predicate(tok: Token) -> Token:
    for _ in range(2):
        # "Trump rejected Ukraine's requests", "The envoy accused Japan of …" misparsed with the verb as an adjective
        # of the noun after it: a verb with a subject of its own stays the predicate
        own_subject = tok.tag_.startswith("VB") and any(c.dep_ in SUBJECT_DEPS for c in tok.children)
        if tok.dep_ in WEAK_DEPS and tok.head.i != tok.i and tok.lower_ not in ("back", "open", "ready") and not (
            own_subject
        ):
            tok = tok.head
        else:
            break
    return tok


# Participles whose "passive" subject feels or holds the stance: "Japan is not convinced", "Hungary is opposed to"
FEELING = {"convince", "oppose", "determine", "commit", "concern", "prepare", "worry", "alarm", "dismay",
           "disappoint", "satisfy", "persuade", "resolve", "inclin", "dispose", "disinclin", "frustrate", "anger",
           "irritate"}
# Verbs whose passive subject does what their clause says: "is expected to send", "is said to favour"
RAISING = {"expect", "set", "poise", "slate", "schedule", "say", "report", "believe", "think", "understand", "know",
           "see", "rumour", "rumor", "tip"}
# Feelings a by-phrase only causes: "alarmed by the move", "frustrated by Nepal's reluctance"
MOVED = {"concern", "worry", "alarm", "dismay", "disappoint", "frustrate", "anger", "irritate", "upset", "trouble"}
# Measures that make something laxer: a softer term is for them ("Should the pact be loosened?")
LOOSENING = re.compile(r"\b(?:loosen|relax|soften|ease|eased|easing|water(?:ed|ing)? down|flexib)\w*", re.I)
# "will not hesitate to defend": not being reluctant to do something is doing it, so the "not" stays with the verb
RELUCTANT = {"hesitate", "shy", "balk", "baulk", "flinch", "waver"}


def _denied_infinitive(p: Token, end: int) -> int | None:
    """Where the "not to" of the verb's own infinitive after ``end`` ends ("urged Israel on Monday not to annex"),
    or None. Only after the one the verb acts on ("pledged not to build" is read as it stands)."""
    if not any(c.dep_ in ("obj", "iobj") and c.i > p.i for c in p.children):
        return None
    for x in p.children:
        if x.dep_ not in ("xcomp", "advcl") or x.i <= p.i or x.idx < end:
            continue
        marks = [c for c in x.children if c.dep_ == "mark" and c.lower_ == "to" and c.i < x.i]
        nots = [c for c in x.children if c.lower_ in ("not", "never") and c.dep_ in ("advmod", "neg")]
        if marks and nots and nots[0].i == marks[0].i - 1 and nots[0].idx >= end:
            return marks[0].idx + len(marks[0].text)
    # the parse hung the infinitive elsewhere ("urged Israel on Monday not to halt settlement construction" with "halt"
    # read as a noun): a "not to" a few words on, with no verb or clause break between
    doc = p.doc
    for t in doc[p.i + 1 : min(len(doc) - 1, p.i + 8)]:
        if t.idx >= end and t.lower_ in ("not", "never") and doc[t.i + 1].lower_ == "to":
            return doc[t.i + 1].idx + 2
        if t.tag_.startswith(("VB", "MD")) or t.text in (",", ";", ":", "—", "–"):
            break
    return None


def _no_longer(t: Token) -> bool:
    """``t`` is the "longer" of "no longer", which the parse hangs on its verb with "no" below it."""
    return t.lower_ == "longer" and t.dep_ in ("advmod", "amod") and any(g.lower_ == "no" for g in t.children)


# Nouns of evidence whose "no" denies the clause they carry: "there is no sign that …", "no indication that …"
_NO_SIGN_NOUNS = {"sign", "signs", "indication", "indications", "suggestion", "hint", "prospect", "chance"}


def _negated(p: Token, cue: Cue) -> tuple[bool, str]:
    if any(w in NEGATORS for w in cue.phrase.lower().replace("n't", " not").split()):
        return False, ""
    for c in p.children:
        if c.lower_ in NEGATORS and c.dep_ in ("advmod", "neg", "det", "cc:preconj"):
            if c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in ("only", "just", "merely"):
                continue  # "not only the West backs"
            return True, c.text
        if _no_longer(c):
            return True, "no longer"  # "Germany no longer supports the sanctions"
    if p.dep_ in ("acl", "ccomp") and p.head.i != p.i and p.head.lower_ in _NO_SIGN_NOUNS and any(
        c.lower_ == "no" and c.dep_ == "det" for c in p.head.children
    ) and any(c.dep_ == "mark" and c.lower_ == "that" for c in p.children) and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "is", "are", "was", "were") for c in p.children
    ):  # (what is yet to come; "no evidence that Hungary opposed …" is a teller's doubt, not Hungary's stance)
        return True, f"no {p.head.text}"  # "there is no sign that Israel will ease its offensive"
    nominal = p.pos_ == "NOUN" or p.tag_.startswith("NN")
    if nominal and p.dep_ == "obj" and p.head.i != p.i and _dropping(p.head):
        # "dropped its opposition to the scheme", "withdrew its support": a stance given up is turned; one a holder
        # refuses to give up ("refuse to drop their opposition") or does not give up stands
        v = p.head
        kept = any(c.lower_ in NEGATORS and c.dep_ in ("advmod", "neg") for c in v.children) or (
            v.dep_ == "xcomp" and v.head.i != v.i and _in(v.head, _REFUSING_VERBS)
        )
        particle = next((c.text for c in v.children if c.dep_ == "compound:prt"), "")
        return (False, "") if kept else (True, f"{v.text} {particle}".strip())
    governed = p.dep_ == "xcomp" or (nominal and p.dep_ in ("obj", "nsubj:pass", "obl", "nmod") and not _owned(p))
    if p.dep_ == "xcomp" and p.head.i != p.i and p.head.lower_ == "unlikely":
        return True, p.head.text  # "Canada is unlikely to join the cartel"
    if governed and p.head.i != p.i and not _in(p.head, RELUCTANT):
        for c in p.head.children:
            if c.lower_ in NEGATORS and c.dep_ in ("advmod", "neg"):
                return True, c.text  # "did not raise any objection", "did not threaten to"
            if _no_longer(c):
                return True, "no longer"  # "no longer considers them a violation"
    if p.dep_ == "conj" and p.head.i < p.i and p.tag_ == p.head.tag_ and p.tag_ in ("VB", "VBG") and not any(
        c.dep_ in (*SUBJECT_DEPS, "aux", "aux:pass", "mark") or (c.dep_ == "cc" and c.lower_ in ("but", "yet", "then"))
        or (c.dep_ == "advmod" and c.lower_ in ("instead", "rather"))  # "would not retaliate and instead seek talks"
        for c in p.children
    ):
        # "was not going to step in and rescue the bank": a verb joined to a negated one under the same "not … to"
        # shares its negation (not "did not object and signed", whose second verb has a form of its own)
        return _negated(p.head, Cue(p.head.text, 1, 1, False))
    return False, ""


_NO_COMMENT = re.compile(r"\b(?:no (?:immediate |further )?comment|declined (?:immediately )?to comment|"
                         r"did not (?:immediately )?(?:respond|reply|comment)|could not be reached)\b", re.I)
_REPRISALS = {"retaliation", "reprisal", "reprisals", "response", "countermeasures", "backlash"}
_RISKING = {"risk", "provoke", "fear", "invite", "trigger", "face", "avoid", "prompt", "spark", "court"}
_SIGNALLING = {"signal", "signaled", "signalled", "signals", "signaling", "signalling", "indicate", "hint", "suggest"}
_DROPPING_VERBS = {
    "drop", "abandon", "withdraw", "lift", "shelve", "relinquish", "waive", "renounce", "retract", "change", "alter",
    "reverse",
}
_REFUSING_VERBS = {"refuse", "reject", "decline", "balk", "resist"}


def _dropping(v: Token) -> bool:
    """The verb gives up what it acts on: "dropped", "withdrew", "gave up", "wind down", "phase out"."""
    particle = {c.lower_ for c in v.children if c.dep_ == "compound:prt"}
    return _in(v, _DROPPING_VERBS) or (_lemma(v) == "give" and "up" in particle) or (
        _lemma(v) == "wind" and bool(particle & {"up", "down"})
    ) or (_lemma(v) == "phase" and "out" in particle)


def _owned(noun: Token) -> bool:
    """ "UK plans for a fuel tax have not been agreed", "France's proposal was rejected": a stance noun with a named
    owner of its own keeps its stance whatever is done to it after."""
    return any(
        c.dep_ in ("nmod:poss", "compound", "amod") and c.text[:1].isupper() and c.i < noun.i for c in noun.children
    )


# what a cue acts on is giving up a stand against something: "(refuse) to drop their opposition to the scheme"
_BE_AGAINST = re.compile(r"^(?:is|are|was|were|be|am|remain\*)\s+(?:(?:\w+ly|also|still)\s+)?against$")


# How warmly something is received: "a lukewarm reception", "tepid support" (rare adjectives the parser may take
# for nouns)
_TEMPERATE = {"lukewarm", "tepid", "frosty", "cool", "icy", "chilly", "muted", "half-hearted", "warm"}


def _hits(text: str, doc: Any, lex: Lexicon, q: Question | None = None) -> list[_Hit]:
    out: list[_Hit] = []
    for start, end, cue in find_cues(text, lex):
        tok = _token_at(doc, start)
        if tok is None:
            continue
        if cue.phrase.startswith("put") and re.match(r"\s+by\b", text[end:]):
            continue  # "was not put off by Russian threats": deterred, not postponing
        if tok.dep_ == "compound" and tok.lower_ in _TEMPERATE and tok.head.i > tok.i and tok.head.idx < end:
            tok = tok.head  # "tepid support", "a lukewarm reception" with the rare adjective parsed as a noun
        p = _predicate(tok)
        if _hypothetical(p):
            continue  # "if the U.S. imposes a tariff", "… could only succeed if Russia stopped strikes supporting …"
        if p.lower_ == "opposition" and p.dep_ in SUBJECT_DEPS and not any(_case(c) == "to" for c in p.children):
            continue  # "Syria's Saudi-backed opposition rejected …": the opposition is a group here, not a stance
        if tok.lower_ in ("support", "draft") and tok.dep_ in ("compound", "amod") and tok.head.i > tok.i and (
            tok.head.tag_.startswith("NN")
        ):
            continue  # "economic support funds", "a support package", "the draft resolution": a thing, no stance
        if tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.i and tok.doc[tok.i - 1].tag_ in ("DT", "RB", "RBS", "POS"):
            continue  # "a sanctioned Russian oligarch", "the most sanctioned country": what was done to it, no stance
        if tok.lower_ in _REPRISALS and tok.dep_ == "obj" and _in(tok.head, _RISKING):
            continue  # "without risking Russian retaliation", "could provoke retaliation": feared, not threatened
        if tok.lower_ == "protests" and tok.tag_ == "NNS" and not _voiced(tok):
            continue  # "Mass protests erupted": events, not a stance (but "protests came from Chile")
        words = text[start:end]
        if _BE_AGAINST.match(cue.phrase) and not any(
            c.dep_ in SUBJECT_DEPS and (c.tag_.startswith(("PRP", "NNP")) or c.lower_ in RELAYS)
            for c in (tok.head if tok.dep_ == "cop" else p).children
        ):
            continue  # "such attacks were against Palestinian interests": a judgement of a thing, nobody's stance
        object_text = _object_text(p, text, end)
        scant = next((c for c in p.children if c.dep_ == "amod" and c.lower_ in _SCANT), None) if _nominal(p) else None
        if cue.polarity == 0 or scant is not None:
            # "received little backing from France": next to none of it is no side taken
            shown = f"{scant.text} {words}" if scant is not None else words
            out.append(_Hit(p, cue, 0, shown, True, start, object_text))
            continue
        sign = cue.polarity
        strength = cue.strength
        certain = True
        on_measure = False
        neg, neg_word = _negated(p, cue)
        denied = _denied_infinitive(p, end) if not neg and cue.takes_object else None
        if denied is not None:
            # "urged Israel on Monday not to annex …": the cue's words stopped short of the "not to" its own
            # infinitive carries; they run to it, as in "urged Washington not to sign"
            end = denied
            words = text[start:end]
            object_text = _object_text(p, text, end)
        if neg:
            sign, strength, words = -sign, 1, f"{neg_word} {words}"
        elif "not" not in cue.phrase.split() and re.search(r"\s(?:not|never)\s+to$", words):
            # "urged Washington not to sign the deal": what is urged is not to do it
            neg, sign, strength = True, -sign, 1
        window = text[end : min(_span_end(p, end), end + 120)] if cue.takes_object else ""
        if q and q.measure and window and cue.polarity > 0 and deliberates(window, q) and is_measure_term(window, q):
            # "called for a full debate on the proposed tax": wanting the measure talked over takes no side on it
            talk = window.split()[:4]
            out.append(_Hit(p, cue, 0, f"{words} … {' '.join(talk)}".strip(), False, start, object_text))
            continue
        if q and q.measure and not q.stopping and cue.takes_object and is_measure_term(_own_words(words, cue), q) and (
            _names_measure(window, q)
        ):
            # "pressing the US to cut greenhouse gases" when the question is whether to cut them: the cue word is the
            # measure's own action, done on what the measure acts on, whatever its general direction
            words = f"{words} … {_first_measure_word(window, q) or window.split()[0]}"
            sign = -1 if neg else 1
            out.append(_Hit(p, cue, sign * max(1, strength), words.strip(), True, start, object_text, True))
            continue
        if cue.takes_object:
            obj_sign, obj_words = _object_sign(window, lex)
            if q and q.measure and obj_sign is None and _names_measure(window, q):
                # "called for a vote to challenge the agreement": no tougher or softer word, but the measure itself
                named = _first_measure_word(window, q)
                if named:
                    obj_sign, obj_words = 1, named
            if q and q.measure and obj_sign is not None and _names_measure(window, q):
                eased = obj_sign < 0 and "…" not in obj_words and not is_measure_term(obj_words, q)
                first_named = _first_measure_word(window, q)
                if eased and first_named and 0 <= window.find(first_named) < window.find(obj_words.strip()):
                    eased = False  # "called for zones where the ceasefire is enforced": the measure comes first
                if eased and first_named and re.search(
                    re.escape(obj_words.strip()) + r"\s+" + re.escape(first_named), window, re.I
                ):
                    eased = False  # "a diplomatic boycott": the softer word only says what kind of measure
                term = obj_words.split("…")[-1].strip().lower()  # "without … spending": what stands before "spending"
                lead = window[: max(0, window.lower().find(term))]
                if q.stopping and not names_beyond(term, q):
                    # the measure stops something: acting to end it is for the measure ("urged the U.S. to leave
                    # al-Tanf"), acting for it against ("will keep its base", "will not authorise any exports" halts)
                    upto = window[: len(lead) + len(term)]  # "to lift the sanctions": "lift" may be the term found
                    after = window[len(upto) :]  # "wanted the embargo to end", "called for the embargo to be lifted"
                    ended = bool(re.match(r"\s+(?:to\s+(?:be\s+)?)", after) and ENDING.match(after.split(None, 3)[-1]))
                    # "tariff cuts", "embargo removal", "the troops' departure", "the troops would leave": what comes
                    # after ends it
                    nxt = re.match(r"[’']?s?\s+(?:(?:would|will|must|should|could|can)\s+(?:soon\s+)?)?([a-z]+)", after)
                    ended = ended or bool(nxt and (ENDING.match(nxt.group(1)) or _EASED.match(nxt.group(1))))
                    inside = text[start:end].split(None, 1)[1:]  # "pressed for an end to": the stop inside the cue
                    stops = lex.reversers.search(upto) or ENDING.search(upto) or does_measure(upto, q) or ended
                    stops = stops or bool(inside and ENDING.search(inside[0]))
                    # "to take action against Russia's use of Swift": acting against what the measure stops
                    stops = stops or bool(
                        re.search(r"\b(?:action|actions|measures?|steps?|moves?)$", upto)
                        and re.match(r"\s+against\b", after)
                    )
                    obj_sign = 1 if stops else -1
                    dropped = gives_up_opposition(window, q)
                    if dropped:
                        # "urged Hungary to drop its veto on the aid" when the question is whether to block it: giving
                        # up opposition to what the measure stops is against the measure (to the measure itself, for)
                        obj_sign = 1 if does_measure(window[dropped.end() :][:60], q) else -1
                else:
                    # "sought flexibility on the spending target": a softer term that is not the measure eases it
                    toughened = obj_sign > 0 and "…" not in obj_words and not is_measure_term(obj_words, q)
                    # (not the measure's own verb: "agreed to exempt French farmers" when the question is whether to
                    # exempt them)
                    reversers = [r for r in lex.reversers.finditer(lead) if not is_measure_term(r.group(), q)]
                    reverser = reversers[0] if reversers else None
                    reversed_ = reverser or _reversed_measure(window, q, lex)
                    obj_sign = -1 if eased or reversed_ else 1
                    if reversed_ and STOPPING.search(lead) and restricts(q) and not restricts_text(term, q):
                        # "threatened to stop imports of Danish pork" when the question is whether to ban them:
                        # stopping what the measure restricts is doing the measure
                        obj_sign = 1
                    if sign < 0 and STOPPING.match(words) and restricts(q) and not restricts_text(term, q):
                        # "promised to halt all trade with South Africa" when the question is whether to ban trade
                        # with it: stopping what the measure restricts is doing the measure
                        obj_sign = -obj_sign
                    if (eased or toughened) and LOOSENING.search(q.text):
                        # the question is whether to loosen: "called for … flexibility" is for it, "strict
                        # enforcement" against it
                        obj_sign = 1 if eased else -1
                named_last = obj_words.split("…")[-1]
                # (a word of what the measure answers is not its action: "concern about … citizens being assaulted"
                # when the question is whether to punish the assault)
                on_measure = is_measure_term(named_last, q) and not (
                    q.reason and {stem(w) for w in re.findall(r"[A-Za-z][\w-]+", named_last)} <= q.reason - q.action
                )
            given_up = ITS_OPPOSITION.match(window)
            if obj_sign is not None and given_up and not (q and (q.stopping or is_measure_term(given_up["noun"], q))):
                # "refuse to drop their opposition to the scheme": what the cue acts on is the opposition to it
                obj_sign = -obj_sign
                obj_words = f"{given_up.group('noun')} … {obj_words}"
            if obj_sign is None:
                if generic(cue) and not (q and (_names_measure(window, q) or names_alternative(window, q))):
                    continue  # "maintains its own air monitor": a generic verb on nothing that says a position
                certain = False
            else:
                sign *= obj_sign
                words = f"{words} … {obj_words}" if obj_words else words
        out.append(_Hit(p, cue, sign * max(1, strength), words.strip(), certain, start, object_text, on_measure))
    if q and q.measure:
        starts = (_token_at(doc, h.start) for h in out)
        out += _measure_verbs(text, doc, q, {h.token.i for h in out} | {t.i for t in starts if t is not None})
    # "raised no objection", "voiced opposition": the noun carries the stance, not the verb that offers it.
    # "joined Poland in opposing the plan", "backed France in opposing it": the stance is the in-clause's, not the
    # joining's (unless the joining is denied: "did not back France in …").
    carried_all = {h.token.i for h in out}
    out = [
        h
        for h in out
        if not (
            _lemma(h.token) in JOINING and not _turned(h.token)
            and any(c.dep_ in ("advcl", "obl") and _joined_in(c) and any(t.i in carried_all for t in c.subtree)
                    for c in h.token.children)
        )
    ]
    # "threatened to veto the enlargement", "vowed to block it": a pledge to do what another stance word says is that
    # stance, held by the one who pledges
    inner = {h.token.head.i: h for h in out if h.token.dep_ == "xcomp" and h.token.head.i != h.token.i}
    for h in out:
        pledged = inner.get(h.token.i)
        if pledged and h.cue.polarity > 0 and _in(h.token, PLEDGING) and (pledged.stance > 0) != (h.stance > 0):
            h.stance = (1 if pledged.stance > 0 else -1) * max(abs(h.stance), abs(pledged.stance), 1)
            h.words = f"{h.words.split(' … ')[0]} … {pledged.words}"  # "prepared to … veto … reduce"
            h.certain = h.certain or pledged.certain
            h.object_text, h.on_measure = pledged.object_text, pledged.on_measure
    # "signaled he was not prepared to sign": a verb that only signals a stance is the stance of the clause it signals
    out = [
        h for h in out
        if not (
            _in(h.token, _SIGNALLING) and h.stance > 0 and "…" in h.words
            and any(c.dep_ == "ccomp" and any(t.i in {g.token.i for g in out if g is not h} for t in c.subtree)
                    for c in h.token.children)
        )
    ]
    # "Hungary warned that it would block the talks": a warning of one's own act is that act's stance (not "warned that
    # they would lead to more poverty", nor "warned that it would be a mistake")
    stances = {g.token.i for g in out if g.stance}  # (not "warned it will consider …": no side taken there)
    out = [
        h for h in out
        if not (
            _in(h.token, {"warn"}) and h.token.tag_.startswith("VB")
            and any(c.dep_ == "ccomp" and c.i in stances and not any(x.dep_ == "cop" for x in c.children)
                    and any(x.dep_ in SUBJECT_DEPS and x.lower_ in ("it", "they", "we") for x in c.children)
                    for c in h.token.children)
        )
    ]
    for h in out:
        threat = _own_act_warned_of(h, q) if q and h.stance < 0 else None
        if threat is not None:
            # "Israel warned that it could resume fighting": a warning that one will do the measure itself threatens
            # it, for it ("… that it would not resume fighting", against it)
            h.warned = (h.stance, h.on_measure)
            h.stance = threat * abs(h.stance)
            h.on_measure = True
    # Otherwise the verb governs the noun it acts on: "is studying the request" is no request.
    carried = {h.token.i for h in out}

    def light(t: Token) -> bool:
        return _in(t, LIGHT_VERBS) or t.lower_ in LIGHT_VERBS

    return [
        h
        for h in out
        if not (light(h.token) and any(c.dep_ == "obj" and c.i in carried for c in h.token.children))
        and not (
            h.token.dep_ == "obj" and h.token.head.i in carried and not light(h.token.head) and not _has_owner(h.token)
        )
    ]


def _core_of(token: Token) -> list[Token]:
    """``token`` and what hangs on it, without the clauses that qualify it ("enrichment if the talks failed")."""
    out = [token]
    for c in token.children:
        if c.dep_ not in ("advcl", "acl", "acl:relcl", "parataxis", "mark"):
            out += _core_of(c)
    return out


def _own_act_warned_of(h: _Hit, q: Question) -> int | None:
    """+1 when the warning ``h`` is that the warner ("it", "they", "we") will do the question's own action, -1 when
    that it will not; None for any other warning ("warned that Russia could resume strikes", "… that it would be a
    mistake")."""
    if not (_in(h.token, {"warn"}) and h.token.tag_.startswith("VB")):
        return None
    for c in h.token.children:
        if c.dep_ != "ccomp" or not c.tag_.startswith("VB") or any(x.dep_ == "cop" for x in c.children):
            continue
        if not any(x.dep_ in SUBJECT_DEPS and x.lower_ in ("it", "they", "we") for x in c.children):
            continue
        lemma = _lemma(c)
        if not _is_own_action(c, lemma, q) or (q.stopping and not (does_measure(c.text, q) or does_measure(lemma, q))):
            continue
        acted_on = " ".join(t.text for o in c.children if o.dep_ in ("obj", "xcomp", "obl") for t in _core_of(o))
        if not names_measure(acted_on, q):
            continue  # "warned that it would resume enrichment" when the question is whether to resume talks
        negated = any(x.dep_ in ("advmod", "neg") and x.lower_ in NEGATORS for x in c.children)
        return -1 if negated else 1
    return None


def _voiced(noun: Token) -> bool:
    """The noun of protest is one a state voices: it comes from or is lodged by someone, or a state's name owns it
    ("protests had come from exporters", "protests by Chile", "Peru's protests")."""
    if any(c.dep_ in ("nmod", "nmod:poss") and (c.dep_ == "nmod:poss" or _case(c) in ("from", "by")) for c in
           noun.children):
        return True
    head = noun.head
    return noun.dep_ in ("nsubj", "nsubj:pass", "obj") and any(
        c.dep_ in ("obl", "obl:agent", "nmod") and _case(c) in ("from", "by") for c in head.children
    ) and _in(head, {"come", "came", "receive", "lodge", "draw", "prompt", "spark", "trigger", "meet"})


_SCANT = {"little", "scant", "scarce", "scanty"}  # "little backing", "scant support"
_REASON_GIVING = {"saying", "arguing", "complaining", "claiming", "insisting", "stressing", "noting", "explaining",
                  "citing", "contending", "asserting"}


def _span_end(p: Token, end: int) -> int:
    """Where what the predicate governs ends; a verb misparsed as the adjective of the noun after it ("urged caution"
    with "urged" under "caution") governs that noun."""
    # "summoned the ambassador and demanded an apology": a verb with its own object stops before a second verb joined
    # to it (not "backed and signed the sanctions", where the object is shared)
    own_object = any(o.dep_ == "obj" for o in p.children)
    joined = [c.left_edge.i for c in p.children if c.dep_ == "conj" and c.tag_.startswith("VB")
              and p.tag_.startswith("VB") and own_object]
    # "condemned Israel's strikes, calling them a violation of the ceasefire", "condemned the incident, calling for the
    # protection of …": a participle after a comma is a further act of its own, not what the verb acts on (a reason
    # given, "…, saying it did not go far enough", stays)
    joined += [c.left_edge.i for c in p.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > p.i and own_object
               and c.lower_ not in _REASON_GIVING and p.doc[c.i - 1].text == ","]
    cut = min(joined) if joined else None
    tokens = [t for t in p.subtree if cut is None or t.i < cut]
    if p.dep_ == "amod" and p.head.i > p.i:
        tokens += list(p.head.subtree)
    return max([t.idx + len(t.text) for t in tokens] + [end])


def _with_condition(hit: _Hit, text: str) -> str:
    """What a threat acts on, with the condition its clause puts on it ("would take retaliatory measures if Sweden
    joined"): a threat on condition the measure is taken is against it (``question.relative``)."""
    first = hit.words.split()[0] if hit.words.split() else ""
    if not (THREAT.match(first) or RETALIATE.match(first)) or re.search(r"\b(?:if|once)\b", hit.object_text):
        return hit.object_text
    clause = hit.token
    for _ in range(3):
        if clause.tag_.startswith(("VB", "MD")) or clause.head is clause:
            break
        clause = clause.head
    for c in clause.children:
        if c.dep_ == "advcl" and c.i > hit.token.i and any(
            m.dep_ == "mark" and m.lower_ in ("if", "once") for m in c.children
        ):
            first_i = min(t.idx for t in c.subtree)
            return hit.object_text + " " + text[first_i : min(_span_end(c, first_i), first_i + 160)]
    return hit.object_text


def _object_text(p: Token, text: str, end: int) -> str:
    """What the predicate acts on: its words after the cue, or for "which drew condemnation" the noun "which" is."""
    parts = [text[end : min(_span_end(p, end), end + 160)]]
    for c in p.children:
        if c.dep_ == "nsubj:pass" and c.lower_ not in ("which", "that", "who", "it", "this", "they"):
            # "the levy was condemned by Chile": what is condemned is the passive's subject
            parts.append(" ".join(t.text for t in c.subtree)[:160])
    head = p.head
    if p.dep_ == "obj" and p.tag_.startswith("NN") and (_in(head, LIGHT_VERBS) or head.lower_ in LIGHT_VERBS):
        # "expressed disappointment at the failure …" with "at the failure" hung on "expressed": it is what the
        # disappointment is about
        for c in head.children:
            if c.dep_ in ("obl", "advcl") and c.i > p.i and _case(c) not in ("by", "from"):
                first = min(t.idx for t in c.subtree)
                parts[0] += " " + text[first : min(_span_end(c, first), first + 160)]
    if p.dep_ in ("obj",) and _in(head, RECEIVING):
        subj = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
        for s_ in subj:
            if s_.lower_ in ("which", "that") and head.dep_ == "acl:relcl" and head.head.i < s_.i:
                # "a day after the strikes, which drew a rare rebuke": the noun the clause hangs on, as the parse has it
                noun = head.head
                own = [t for t in noun.subtree if t.i < s_.i]
                own = [t for t in own if not (t.head.i == noun.i and t.dep_ in ("case", "punct"))]
                parts.append(" ".join(t.text for t in own)[-160:])
            elif s_.lower_ in ("which", "that"):
                # "the ICC decision, which drew condemnation": what is condemned is the noun before "which"
                parts.append(text[max(0, s_.idx - 80) : s_.idx].split(";")[-1])
            else:
                parts.append(" ".join(t.text for t in s_.subtree)[:160])
    return " ".join(parts)


_VOTE_LIST = re.compile(
    r"\bwith\s+((?:(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:,\s*|\s+and\s+|,\s+and\s+))*"
    r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)\s+(against|in favou?r|abstaining|for)\b"
)


_EXAMPLES = re.compile(r",\s*(?:including|such as|among them|notably)\s+|\b(?:were|are|included|include)\s+")
# the kind of states a list names, before "like" or "such as": "major oil producers like ", "big economies such as "
_KIND_LIKE = re.compile(r"(?:[a-z][\w-]*\s+){1,4}?(?:like|such\s+as)\s+")


def _example_lists(text: str, mentions: list[Mention], hits: list[_Hit]) -> list[tuple[Mention, _Hit]]:
    """Mentions listed after ", including" with the nearest stance word before the list in the same clause."""
    out: list[tuple[Mention, _Hit]] = []
    for e in _EXAMPLES.finditer(text):
        # "including the United States, Hungary and …": an article may stand before the first name; and what kind of
        # states they are before "like" ("including major oil producers like Saudi Arabia")
        kind = _KIND_LIKE.match(text, e.end()) if e.group().startswith(",") else None
        at = kind.end() if kind else e.end()
        start = at + 4 if text[at : at + 4].lower() == "the " else at
        first = [m for m in mentions if m.start in (at, start)]  # "the Netherlands" names itself with "the"
        if not first:
            continue
        listed = _listed_with(first, mentions, text)
        end = max(m.end for m in listed)
        # "11 countries, including A and B, abstained": the verb right after the list; else the one before it
        after = [h for h in hits if re.fullmatch(r"\s*,\s*(?:\w+ly\s+|have\s+|has\s+|had\s+)?", text[end : h.start])]
        # (not "dismissed criticism by countries in the region, including Peru": the list is the criticism's)
        before = [
            h for h in hits if h.start < e.start() and not re.search(r"[;:]|\b(?:by|from)\s", text[h.start : e.start()])
        ]
        last = max(before, key=lambda h: h.start) if before else None
        # a number of states as the holder: "42 countries have called on Russia to withdraw … from the plant,
        # including the US and Japan" (the list names examples of them, however far)
        # (not when the list follows another set of states: "the integrity of all states, including Ukraine")
        near = {_lemma_word(w) for w in re.findall(r"[A-Za-z]+", text[max(0, e.start() - 40) : e.start()])[-4:]}
        grouped = [
            h for h in hits if h.start < e.start() and not re.search(r"[;:]|\bby\s", text[h.start : e.start()])
            and len(text[h.start : e.start()].split()) <= 30 and _group_holder(h)
        ] if not near & GROUP_NOUNS else []
        if after:
            hit = after[0]
        elif grouped:
            hit = max(grouped, key=lambda h: h.start)
        elif last is not None and len(text[last.start : e.start()].split()) <= 12:
            hit = last
        else:
            continue
        out.extend((m, hit) for m in listed)
    return out


QUANTITIES = {"total", "number", "group", "majority", "dozen", "handful", "coalition", "bloc"}
GROUP_NOUNS = {"country", "state", "nation", "government", "member", "ally", "capital", "signatory", "partner"}


def _lemma_word(word: str) -> str:
    w = word.lower()
    return w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") and len(w) > 3 else w


def _group_holder(hit: _Hit) -> bool:
    """The stance word's holder is a number of states ("42 countries", "several member states"): a list after it
    names examples of them."""
    heads, _ = _holders(hit.token)
    # "a total of 42 countries", "a number of states": the noun the quantity counts
    counted = [c for h in heads if _lemma(h) in QUANTITIES for c in h.children if c.dep_ == "nmod"]
    return any(_lemma(h) in GROUP_NOUNS for h in [*heads, *counted])


_VOTE_MORE = re.compile(r"\s*,?\s+and\s+" + _VOTE_LIST.pattern.removeprefix(r"\bwith\s+"))


def _vote_lists(text: str, mentions: list[Mention]) -> list[tuple[Mention, int, str]]:
    out: list[tuple[Mention, int, str]] = []
    for first in _VOTE_LIST.finditer(text):
        v: re.Match[str] | None = first
        while v is not None:
            word = v.group(2).lower()
            stance = -1 if word == "against" else 0 if word == "abstaining" else 1
            for m in mentions:
                if v.start(1) <= m.start and m.end <= v.end(1):
                    out.append((m, stance, f"voted {word}" if word != "abstaining" else "abstained"))
            v = _VOTE_MORE.match(text, v.end())  # "… and Belgium abstaining"
    return out


_BEFORE_MEASURE = re.compile(r"\b(?:to|would|will|could)\s+(\w+)\s+(?:(?:the|any|new|such)\s+)*$")


# Verbs too light to say a position when the question happens to use them ("Should ships stay out …").
LIGHT_MEASURE_VERBS = {"be", "have", "do", "make", "take", "get", "go", "come", "keep", "let", "allow", "help", "stay",
                       "act", "give", "put", "set", "use", "see", "say", "hold", "move", "work", "try", "need", "want",
                       "agree", "accept", "address", "reach", "arrive", "face", "play", "show", "run", "find", "turn"}


UNASSERTED = {"hope", "fear", "speculation", "possibility", "prospect", "chance", "risk", "expectation", "rumour",
              "rumor", "suggestion", "idea", "question", "doubt"}
ASKING = {"wonder", "ask", "know", "see", "check", "decide", "determine", "question", "unclear", "uncertain", "doubt"}


def _hypothetical(p: Token) -> bool:
    """``p`` stands in an "if", "unless" or "whether" clause: a condition, no position. Above ``p`` only a conditional
    clause counts ("… could only succeed if Russia stopped strikes supporting …"), and a relative clause or a noun's
    own holder is asserted whatever surrounds it ("if Trump agrees to Beijing's demands": Beijing demands)."""
    t = p
    if p.tag_.startswith("NN") and any(c.dep_ == "nmod:poss" for c in p.children):
        return False
    for depth in range(8):
        mark = next((c for c in t.children if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")), None)
        if depth <= 1 and t.dep_ in ("acl", "ccomp") and t.head.tag_.startswith("NN") and (
            t.head.lower_.rstrip("s") in UNASSERTED
        ):
            return True  # "doused any hopes that Britain might reverse its decision": a hope, no one's position
        asked = t.dep_ == "ccomp" and _lemma(t.head) in ASKING  # "wondering if …", "uncertain whether …": a question
        if mark is not None and (depth == 0 or t.dep_ == "advcl" or (t.dep_ == "ccomp" and not asked)):
            # "a balance only if we put the British cheque back on the table": the speaker's own condition is a demand
            only = any(w.lower_ == "only" for w in t.doc[max(0, mark.i - 3) : mark.i]) or any(
                c.lower_ == "only" and c.dep_ == "advmod" for c in t.head.children
            )
            ours = any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("we", "i") for c in t.children)
            return not (only and ours)
        if t.head.i == t.i or t.dep_ == "acl:relcl" or (
            t.dep_ in ("ccomp", "parataxis") and t.head.i < t.i and _in(t.head, REPORTING)
        ):
            return False
        t = t.head
    return False


# Verbs of the acts a question may be about: done by the one the measure is aimed at, they are the matter, no position
_ACT_VERBS = re.compile(r"^(?:launch|fire|test|strik|struck|attack|bomb|shell|shoot|shot|sent|send|deploy|use[ds]?\b|"
                        r"using|conduct|carr|seiz|detain|arrest|hack|invad|annex|occup|expel|kill)\w*\b", re.I)


def _the_act_itself(hit: _Hit, q: Question) -> bool:
    """The cue is an act of the kind the question is about ("launched … missile" when the question is whether Iran's
    missile tests breach the resolution): done by the one the measure is aimed at, it is the matter, not a position."""
    first = hit.words.split()[0] if hit.words else ""
    if not _ACT_VERBS.match(first) or hit.own_verb:
        return False
    words = hit.words + " " + hit.object_text[:80]
    return names_reason(words, q) or (bool(q.reason or q.action) and names_measure(words, q) and not any(
        stem(w) in q.action for w in re.findall(r"[A-Za-z][\w-]+", first)))


def _a_deed(hit: _Hit) -> bool:
    """The cue is a physical act ("deployed forces", "seized the vessels", "shelled the militia"), not something said or
    decided: done by the one the measure is aimed at, it is part of the dispute, no position on the measure."""
    first = hit.words.split()[0] if hit.words else ""
    return bool(_ACT_VERBS.match(first)) and not hit.own_verb and hit.token.tag_.startswith("VB")


def _floated(heads: list[Token], anchors: list[tuple[Mention, Token | None]]) -> list[Token]:
    """ "Poland and Bulgaria both refused …" parsed with "both" as the subject: the names coordinated right before a
    floating "both", "all" or "each" are the holders."""
    if len(heads) != 1 or heads[0].lower_ not in ("both", "all", "each"):
        return []
    floating = heads[0]
    named = sorted((a for _, a in anchors if a is not None and floating.i - 6 <= a.i < floating.i), key=lambda t: t.i)
    if not named or named[-1].i != floating.i - 1:
        return []  # the names must stand right before it
    run = [named[-1]]
    for a in reversed(named[:-1]):
        between = floating.doc[a.i + 1 : run[0].i]
        if all(t.lower_ in ("and", ",") for t in between):
            run.insert(0, a)
    return run if len(run) >= 2 else []


def _is_own_action(tok: Token, lemma: str, q: Question) -> bool:
    """``tok`` (with its ``lemma``) is the question's own action: a word of the measure, not one that only describes
    it, and of its action when the question names one."""
    if not (is_measure_term(tok.text, q) or is_measure_term(lemma, q)) or stem(tok.text) in q.described:
        return False
    return not (q.action and not ({stem(tok.text), stem(lemma)} & q.action))


def _measure_verbs(text: str, doc: Any, q: Question, taken: set[int]) -> list[_Hit]:
    """ "Saudi Arabia said it would not freeze output", "the United States lifted the sanctions": the question's own
    action as the verb of a sentence is a position on it, doing it for, refusing it against (for a measure that
    stops something, doing what it stops is against it)."""
    out: list[_Hit] = []
    for tok in doc:
        enacted = _enacted_by(tok)
        acting = tok.tag_.startswith("VB") or enacted is not None or _given_from(tok)
        if not acting or tok.i in taken or len(tok.text) < 4:
            continue
        lemma = _lemma(tok)
        if lemma in LIGHT_MEASURE_VERBS or tok.lower_ in LIGHT_MEASURE_VERBS or tok.head.i in taken:
            continue  # "refusal to sign": the cue that governs the verb reads it
        # "Iran seized the tanker" when the question is whether to release it: the measure's undoing, done
        undoing = (lemma in UNDONE_BY.get(q.remedy, ()) or tok.lower_ in UNDONE_BY.get(q.remedy, ())) and (
            names_measure(_object_text(tok, text, tok.idx + len(tok.text)), q)
        )  # what is seized is what the measure would release ("the tanker"), not any seizure
        if not undoing and not _is_own_action(tok, lemma, q):
            # (and "… in response to North Korea's rocket tests": what the question answers is not its action)
            continue
        if enacted is not None:
            # "Trump signed an executive order granting refugee status …": who enacts the instrument does the measure
            sign = -1 if q.stopping and not (does_measure(tok.text, q) or does_measure(lemma, q)) else 1
            sign = -1 if undoing else sign
            words = f"{enacted.text} … {tok.text}"
            neg, neg_word = _negated(enacted, Cue(words, 1, 1, False))
            if neg:  # "did not sign an order granting …"
                sign, words = -sign, f"{neg_word} {words}"
            object_text = _object_text(tok, text, tok.idx + len(tok.text))
            out.append(_Hit(enacted, Cue(words, 1, 1, False), sign, words, True, enacted.idx, object_text, True,
                            own_verb=True))
            continue
        if tok.dep_ in ("amod", "acl", "compound") or _hypothetical(tok):
            continue  # "the lifted sanctions", "if the U.S. lifts …": no position
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "to" for c in tok.children):
            continue  # "met Berlusconi to talk about Turkey": a purpose, no position
        if tok.i >= 2 and doc[tok.i - 1].lower_ == "to" and tok.i - 2 in taken:
            continue  # "Bush's refusal to sign up", however the parse hung "sign": the cue before it reads it
        cue = Cue(tok.text, 1, 1, False)
        neg, neg_word = _negated(tok, cue)
        sign = -1 if neg else 1
        if (q.stopping and not (does_measure(tok.text, q) or does_measure(lemma, q))) or undoing:
            sign = -sign  # "Germany will keep exporting arms" when the question is whether to halt the exports
        words = f"{neg_word} {tok.text}" if neg else tok.text
        object_text = _object_text(tok, text, tok.idx + len(tok.text))
        out.append(_Hit(tok, cue, sign, words, True, tok.idx, object_text, True, own_verb=True))
    return out


_NOT_GETTING = {"face", "faced", "faces", "facing", "lose", "spark", "trigger", "provoke", "cause", "prompt", "draw",
                "drew", "meet", "see", "court", "elicit"}


def _given_from(noun: Token) -> bool:
    """ "The programme received funding from Norway": the measure named as a noun its receiver got from someone, who
    does the measure (the from-phrase holds it, as ``_own_holders`` reads "drew condemnation from Spain")."""
    if not noun.tag_.startswith("NN") or noun.dep_ != "obj" or noun.head.i == noun.i:
        return False
    if not _in(noun.head, RECEIVING) or _in(noun.head, _NOT_GETTING):
        return False  # (what is faced, lost or provoked is no gift)
    return any(c.dep_ in ("nmod", "obl") and _case(c) == "from" and c.i > noun.i
               for c in [*noun.children, *noun.head.children])


# Instruments that do what their verb says, and the verbs that enact them: "signed an executive order granting …"
INSTRUMENTS = {"order", "decree", "law", "bill", "legislation", "resolution", "directive", "regulation", "measure",
               "measures", "proclamation", "memorandum", "ordinance", "act", "amendment", "warrant"}

ENACTING = {"sign", "issue", "pass", "adopt", "approve", "enact", "introduce", "table", "unveil", "decree", "push",
            "propose", "draft", "submit", "sponsor", "co-sponsor", "cosponsor", "circulate", "present"}
_ENACTING_STEMS = ENACTING | {stem(w) for w in ENACTING}


def _enacted_by(tok: Token) -> Token | None:
    """The verb that enacts the instrument ``tok`` describes ("signed" in "signed an order granting …"), or None."""
    doc = tok.doc
    if tok.dep_ == "acl" and tok.tag_ in ("VBG", "VB") and tok.head.lower_ in INSTRUMENTS:
        noun = tok.head
        if noun.dep_ == "compound" and noun.head.dep_ == "obj":
            noun = noun.head  # "passed a law banning imports" parsed with "law" compounded to "imports"
    elif tok.dep_ in ("compound", "amod") and tok.lower_.endswith("ing") and tok.i and doc[tok.i - 1].lower_ in (
        INSTRUMENTS
    ):
        noun = _compound_top(tok)  # "signed an order granting refugee status" parsed as one compound noun
    else:
        return None
    if noun.dep_ != "obj":
        return None
    verb = noun.head
    if not ({_lemma(verb), stem(verb.text)} & _ENACTING_STEMS) or _hypothetical(verb):
        return None
    return verb


def _reversed_measure(window: str, q: Question, lex: Lexicon) -> bool:
    """ "pressed for a deal with Beijing to avoid the tariffs": a reversing verb right before the measure's first
    naming ("to avoid the", "would prevent any") turns what is pressed for against it."""
    clause = CLAUSE_END.split(window, maxsplit=1)[0]
    for n, m in enumerate(re.finditer(r"[A-Za-z][\w-]+", clause)):
        if n >= 12:
            return False
        if is_measure_term(m.group(), q):
            before = _BEFORE_MEASURE.search(clause[: m.start()])
            return bool(before and (r := lex.reversers.search(before.group(1))) and r.group() == before.group(1))
    return False


def _first_measure_word(window: str, q: Question) -> str:
    """The first word of ``window`` that names the question's measure ("agreement" for the pandemic agreement)."""
    window = _ASIDE.sub(" ", window)  # "see any outside actors, including Iran, interfering": the list is an aside
    for n, m in enumerate(re.finditer(r"[A-Za-z][\w-]+", CLAUSE_END.split(window, maxsplit=1)[0])):
        if n >= 6:
            break  # only what the cue acts on directly, not a word deep in what follows
        if is_measure_term(m.group(), q):
            return m.group()
    return ""


CLAUSE_END = re.compile(r"[.;:]|\s[—–]\s|,\s+(?:but|while|and)\s")
_ASIDE = re.compile(r",\s+(?:including|such as|like|notably|especially|particularly)\s+[^,;.]{1,60},")


def _names_measure(window: str, q: Question) -> bool:
    """The window names the measure: one of the question's words, or its action in another form ("lifting" for
    "lift")."""
    return is_measure_term(window, q)


def _has_owner(noun: Token) -> bool:
    """ "rejected Ukraine's requests": the noun's stance has a holder of its own."""
    return any(c.dep_ == "nmod:poss" or (c.dep_ == "nmod" and _case(c) in ("from", "by")) for c in noun.children)


def _is_passive(p: Token) -> bool:
    return any(c.dep_ in ("nsubj:pass", "aux:pass") for c in p.children) or (
        p.tag_ == "VBN" and p.dep_ in ("acl", "amod", "advcl")
    )


def _case(t: Token) -> str:
    for c in t.children:
        if c.dep_ in ("case", "mark"):
            return c.lower_
    # "by Poland and Baltic states" parsed with "by" under "Poland": the word before the phrase still says it
    i = t.left_edge.i
    if i > 0 and t.doc[i - 1].dep_ == "case" and t.doc[i - 1].lower_ in ("by", "from", "like", "including"):
        return t.doc[i - 1].lower_
    for c in t.subtree:
        if c.i in (t.left_edge.i, t.left_edge.i + 1) and c.dep_ == "case" and c.lower_ in ("by", "from"):
            return c.lower_
    return ""


# Saying verbs that only relay, and those whose word on a country is a charge, not a report
_RELAYING = {"say", "tell", "report", "note", "add", "state", "explain", "confirm"}
_OBLIGED = re.compile(r"\b(?:must|should|ought|needs?\s+to|has\s+to|have\s+to|had\s+to)\b", re.I)
_PARTISANS = {"critics", "critic", "opponents", "opponent", "detractors", "rivals", "enemies", "accusers", "activists",
              "campaigners", "protesters", "dissidents"}


def _reported_holders(
    p: Token, heads: list[Token], group: set[int], anchors: list[tuple[Mention, Token | None]]
) -> tuple[list[Token], set[int]]:
    """ "Bennett said West Germany and Britain oppose the tax": a clause reported by someone who is no country (a
    lobbyist, an analyst, a person the registry does not know) gives the position to the country that is the clause's
    own subject (not for a pronoun reporter, nor critics: their word on a country is a charge)."""
    if p.dep_ not in ("ccomp", "parataxis") or _lemma(p.head) not in _RELAYING:
        return heads, group
    if any(h.lower_ in PRONOUNS or h.lower_ in _PARTISANS for h in heads):
        return heads, group
    own = [t for t in _own_holders(p) if t.lower_ not in PRONOUNS]
    if own and _OBLIGED.search(p.doc[min(t.i for t in own) : p.i + 2].text):
        return heads, group  # "saying the United States needs to lift its embargo": a demand on it, not its word
    mine = _expand(own) if own else set()
    if not any(a is not None and a.i in mine for _, a in anchors):
        return heads, group
    return own, mine


def _nominal(p: Token) -> bool:
    """A noun, or a gerund used as one: "won backing from Chile" (the parser tags "backing" VBG, with no object or
    subject of its own)."""
    if p.pos_ in ("NOUN", "PROPN") or p.tag_.startswith("NN"):
        return True
    return p.tag_ == "VBG" and p.dep_ in ("obj", "nsubj", "nsubj:pass", "obl", "nmod", "appos") and not any(
        c.dep_ in ("obj", "nsubj", "ccomp", "xcomp", "iobj") for c in p.children
    )


def _judged_by_others(t: Token) -> bool:
    """A participle before its noun, with no agent: "a widely condemned proposal", "the much-criticised plan"."""
    return t.tag_ == "VBN" and t.dep_ == "amod" and t.i < t.head.i and not any(
        c.dep_ in ("obl", "obl:agent", "nmod") and _case(c) == "by" for c in t.children
    )


def _own_holders(p: Token) -> list[Token]:
    """The subject, the passive agent, or for a noun its possessor and "from"/"by" agent."""
    if any(c.dep_ in SUBJECT_DEPS for c in p.children):
        joint = _joint_with(p)  # "In a joint statement with Britain and France, Germany opposed …"
    else:
        joint = []
    moved = _in(p, MOVED)  # "Poland was alarmed by the move": the by-phrase is what moved it, Poland holds it
    # "Italy is expected to send troops", "France is said to favour the plan": the passive subject of a raising verb
    # holds what its clause does
    raised = _in(p, RAISING) and any(c.dep_ == "xcomp" for c in p.children)
    found = [c for c in p.children if c.dep_ in SUBJECT_DEPS or (c.dep_ == "nsubj:pass" and (
        _false_passive(p) or moved or raised or (_in(p, FEELING) and not _is_passive_by(p))))]  # "Israel is concerned"
    # "11 countries abstained, including Italy and Peru": the list names holders too
    found += [c for c in p.children if c.dep_ in ("obl", "nmod", "advcl") and _case(c) in GROUP_CASES]
    if (_is_passive(p) or (p.tag_ == "VBN" and not _active_object(p))) and not moved:
        found += [c for c in p.children if c.dep_ in ("obl", "obl:agent", "nmod") and _case(c) == "by"]
    if _nominal(p):
        if not re.search(r"(?:ers|ors|ents|ants|ics)$", p.lower_):  # "Trump's supporters" support Trump
            found += [c for c in p.children if c.dep_ == "nmod:poss"]
            # "despite US objections": a name compounded with a stance noun holds it
            found += [c for c in p.children if c.dep_ == "compound" and c.tag_.startswith("NNP") and c.i < p.i]
            # "the French proposal", "despite German objections": a nationality adjective too (but "an Israeli plan to
            # take the city" is a course of action, no position)
            if p.lower_ not in ("plan", "plans"):
                found += [
                    c for c in p.children if c.dep_ == "amod" and c.tag_ == "JJ" and c.text[:1].isupper() and c.i < p.i
                ]
        found += [c for c in p.children if c.dep_ in ("nmod", "obl") and _case(c) in ("from", "by")]
        # "concerns raised by Israel": who raised the concerns holds them
        found += [a for c in p.children if c.dep_ == "acl" and (_in(c, LIGHT_VERBS) or c.lower_ in LIGHT_VERBS)
                  for a in c.children if a.dep_ in ("obl", "obl:agent") and _case(a) == "by"]
        if _in(p, AGENT_OF_NOUNS):  # "at the request of Tunisia", "the proposal of France"
            found += [c for c in p.children if c.dep_ == "nmod" and _case(c) == "of"]
        if p.dep_ == "obj" and p.head.i != p.i and (_received(p) or _active_object(p.head)):
            # "drew condemnation from Spain", "dismissed criticism by Peru" with the by- or from-phrase hung on the verb
            found += [c for c in p.head.children if c.dep_ in ("nmod", "obl") and _case(c) in ("from", "by")
                      and c.i > p.i]
    return found + joint


def _characterised(noun: Token) -> bool:
    """The noun is how someone else calls or sees what another does: "what it called Iran's refusal", "what they see
    as Nepal's reluctance"."""
    return noun.dep_ in ("obj", "obl", "xcomp") and _lemma(noun.head) in CHARACTERISING and any(
        c.dep_ in SUBJECT_DEPS for c in noun.head.children
    )


def _active_object(p: Token) -> bool:
    """ "Chile's government dismissed criticism by Peru": a verb with its own subject and object is active, whatever
    its tag, and a by-phrase after the object is the object's."""
    return any(c.dep_ == "nsubj" for c in p.children) and any(c.dep_ == "obj" for c in p.children) and not any(
        c.dep_ == "aux:pass" for c in p.children
    )


def _is_passive_by(p: Token) -> bool:
    return any(c.dep_ in ("obl", "obl:agent", "nmod") and _case(c) == "by" for c in p.children)


def _false_passive(p: Token) -> bool:
    """ "…, while Belgium, Greece, … and Finland abstained": a long list parsed as a passive subject of an active
    verb (no "was"/"been" before it, no "by" agent after it) is its subject."""
    return p.tag_.startswith("VB") and not any(
        c.dep_ in ("aux:pass", "obl:agent") or (c.dep_ in ("obl", "nmod") and _case(c) == "by") for c in p.children
    )


def _holders(p: Token, depth: int = 0) -> tuple[list[Token], str]:
    """Holder heads of predicate ``p`` and how they were reached (subject, inherited, speaker; "nobody": the stance is
    an act another reacts to or how another calls it, held by no one whichever reading finds it). Read once per
    predicate of a parse: the rules, the linker and the vetter all ask."""
    if depth:
        return _find_holders(p, depth)
    known = p.doc.user_data.setdefault(_HOLDERS_KEY, {})
    if p.i not in known:
        known[p.i] = _find_holders(p, 0)
    found, how = known[p.i]
    return list(found), how


_HOLDERS_KEY = ("briefing", "holders")


def _find_holders(p: Token, depth: int) -> tuple[list[Token], str]:
    if p.tag_.startswith("NN") and _case(p) in ("on", "upon") and (
        {_lemma(p.head), stem(p.head.text)} & {"rely", "reli", "depend", "count", "lean"}
    ) and not any(_case(c) == "for" for c in [*p.children, *p.head.children]):
        # "Poland, which relies heavily on U.S. military support": support it gets, no stance (but "relied on support
        # from Moscow for its bid to keep the province" says what Moscow supports)
        return [], "nobody"
    if p.tag_.startswith("NN") and (
        (p.dep_ == "nsubj" and (_in(p.head, {"come", "came", "pour"}) or p.head.lower_ == "poured"))
        or (p.dep_ == "nsubj:pass" and _in(p.head, {"receive", "lodge", "voice", "raise", "register"}))
    ):
        # "Condemnation came from Spain and Ireland", "complaints had been received from Chile": who it came from
        # holds it
        sources = [c for c in p.head.children if c.dep_ in ("obl", "obl:agent")
                   and (_case(c) == "from" or (_case(c) == "by" and p.dep_ == "nsubj:pass"))]
        if sources:
            return sources, "subject"
    own = _own_holders(p)
    if own and p.dep_ == "obj" and all(t.dep_ == "nmod:poss" and t.lower_ in OWNER_PRONOUNS for t in own):
        own = []  # "voiced their solidarity": the noun's holder is the one who voices it
    if own and p.dep_ == "obj" and _lemma(p.head) in SOUGHT and _nominal(p):
        return [], "subject"  # "the BLA sought Indian support": support asked for is not yet given
    if own and _characterised(p) and all(t.dep_ == "nmod:poss" for t in own):
        return [], "nobody"  # "what they see as Nepal's reluctance to act": someone else's account of Nepal
    if own and all(t.dep_ == "nmod:poss" for t in own) and p.lower_ in ACTS and p.dep_ in (
        "obj", "obl", "obl:agent", "nmod"
    ) and p.head.i != p.i:
        return [], "nobody"  # "alarmed by Israel's expanded offensive": the act someone else reacts to is no position
    if len(own) == 1 and own[0].lower_ == "who":
        # "satisfying Trump -- who has threatened …": "who" stands for the name right before it, wherever the parse
        # hung the clause
        before = [t for t in p.doc[max(0, own[0].i - 3) : own[0].i] if not t.is_punct]
        if before and before[-1].tag_.startswith("NNP"):
            return [before[-1]], "subject"
    named = bool(own) and not all(t.lower_ in PRONOUNS for t in own)
    if named and p.dep_ == "ccomp" and _in(p.head, REPORTING) and depth <= 3 and not _adverbial(p):
        # "Kyiv asked that the U.S. send …", "Poland said Russia must withdraw": the one asking or saying holds
        # the stance; the subject of what is asked or reported does not
        up, _ = _holders(p.head, depth + 1)
        if up and all(t.lower_ in PRONOUNS or _unnamed_official(t) for t in up) and (_quoted(p) or _quoted_word(p)):
            # "“The German government will not …,” he said", 'Japan "strongly protests these acts", he said': the
            # quote names who acts
            return own, "subject"
        if up and all(_relay(t) for t in up):
            return own, "subject"  # "Netanyahu spoke to Merz …, said a statement from the prime minister's office"
        if _told_by_official(p.head) and not _demanded_of(p, own):
            return own, "subject"  # "the ministry spokeswoman said Albania had condemned …": Albania's own act
        if _reported_stance(p) and not _demanded_of(p, own):
            return own, "subject"  # "Australia said Beijing had scrapped the visit": a stance taken, reported
        return up, "inherited"
    if named and p.dep_ in ("advcl", "acl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in p.children):
        # "began warning in July that Iran was planning to …" with the that-clause hung on "began": what is warned of
        # is the warner's claim, not Iran's position
        teller = _reporting_above(p)
        if teller is not None:
            return _holders(teller, depth + 1)[0], "inherited"
    if named:
        return own, "subject"
    if depth > 3 or p.head.i == p.i:
        return own, "subject"
    head = p.head
    if not own and p.dep_ == "acl" and head.dep_ in ("ROOT", "root") and head.tag_.startswith("NN") and (
        p.tag_ == "VBD" or (p.tag_ == "VBN" and _only_verb(p))
    ):
        # "Arab countries including Qatar … joined calls for …" parsed as a noun with its clause: a past tense is no
        # participle, and the noun is the sentence's subject; so is a participle that is the sentence's only verb and
        # has no helper or agent ("Several allies — Poland and Estonia — called for …")
        return [head], "subject"
    if not own and p.tag_ == "VBN" and p.dep_ in ("acl", "advcl", "amod"):
        return [], "subject"  # "…, backed by …" without an agent found: the participle's holder is not the clause's
    if not own and p.dep_ == "acl" and head.dep_ in ("xcomp", "root", "ROOT") and _lemma(head.head) in ("become", "be"):
        # "The U.S. became the 23rd ally to approve …": who became it does it
        subjects = [c for c in head.head.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects, "subject"
    if not own and p.dep_ == "acl" and (enacting := _enacted_by(p)) is not None:
        return _holders(enacting, depth + 1)[0], "subject"  # "issued a warrant to seize the tanker": who issued it
    if not own and p.dep_ == "acl" and p.tag_ == "VB" and head.tag_.startswith("NN"):
        if head.dep_ == "obj" and _lemma(head.head) in SOUGHT and head.lower_ in GIVEN:
            return [], "subject"  # "Japan may seek Beijing's commitment to ease the curbs": asked for, not yet given
        noun_holders = [t for t in _own_holders(head) if t.lower_ not in OWNER_PRONOUNS]
        if noun_holders:
            return noun_holders, "subject"  # "a move by the United States and South Korea to deploy …"
    if own and p.dep_ == "acl:relcl" and any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in p.children):
        # "paid a visit to the UAE and Saudi Arabia, where he raised the issue": the place is not who raised it
        if all(t.lower_ in ("he", "she", "they", "we", "i") for t in own) and head.head.i != head.i:
            return _holders(head.head, depth + 1)[0], "inherited"
        return own, "subject"
    if own and p.dep_ == "acl:relcl":
        if all(t.lower_ in ("he", "she", "they", "we", "i") for t in own) and head.lower_ in RELAYS and _in(
            head.head, REPORTING
        ):
            # "said in a joint statement they hoped for …" with the clause hung on the statement: who said it
            return _holders(head.head, depth + 1)[0], "inherited"
        return [head], "subject"  # "Hungary, which blocked the plan"
    if p.dep_ == "acl" and p.tag_ == "VBG" and head.tag_ in ("NNS", "NNPS") and head.dep_ not in ("obj", "iobj"):
        return [head], "subject"  # "the countries voting against the resolution"
    if p.dep_ in ("xcomp", "conj", "ccomp", "parataxis", "advcl", "acl:relcl") or (
        p.dep_ in ("obj", "nsubj:pass") and (p.tag_.startswith("NN"))
        # "“We are against these duties,” Slovakia's foreign minister told reporters" with the quote hung loosely
    ) or (p.dep_ == "dep" and _in(head, REPORTING)):
        if p.dep_ == "obj" and _received(p):
            return own, "subject"
        if p.dep_ == "xcomp" and any(c.dep_ in ("obj", "iobj") for c in head.children):
            if not own and _lemma(head) in _PROMPTING:
                # "…, prompting Japan to lodge protests": the one moved to act does it
                return [c for c in head.children if c.dep_ == "obj"], "subject"
            # "urged Poland to respond": the one urged does not hold the urging's stance
            return own, "subject"
        if _lemma(head) in REPORTED_ACTS and _is_passive(head):
            return [], "subject"  # "Russia has been accused of blocking aid": someone else's claim
        if p.dep_ == "advcl" and p.tag_ == "VBG" and _lemma(head) in _FAULTING and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in p.children
        ) and any(c.dep_ == "obj" for c in head.children):
            return [], "subject"  # "denounced the United States for threatening Iran": the one denounced did it
        up, how = _holders(head, depth + 1)
        if _lemma(head) in JOINING and p.dep_ in ("advcl", "obl") and _joined_in(p) and not _turned(head):
            # "joined Poland in opposing the plan", "backed Brazil in resisting the quotas"
            up = up + [c for c in head.children if c.dep_ == "obj"]
        if _in(head, LEADING) and head.dep_ == "ROOT":
            # "Critics led by Ireland, …, say …" parsed with "led" as the main verb: who leads them holds it too
            up = up + [c for c in head.children if c.dep_ in ("obl", "obl:agent") and _case(c) == "by"]
        return up, "inherited" if how in ("subject", "nobody") else how  # "nobody" is the head's own verdict
    return own, "subject"


# Verbs that fault someone for what they did ("denounced the United States for threatening Iran")
_FAULTING = {"criticise", "criticize", "condemn", "blame", "denounce", "slam", "attack", "rebuke", "castigate",
             "chide", "fault", "censure", "lambast", "assail", "scold", "berate", "reproach"}


SUBORDINATORS = {"after", "before", "when", "while", "since", "because", "as", "although", "though", "until", "once"}


def _reaches_actor(heads: list[Token], anchors: list[tuple[Mention, Token | None]]) -> bool:
    """The first-person holder already reaches a named actor through the parse."""
    group = _expand(heads)
    return any(a is not None and a.i in group for _, a in anchors)


def _speaker_heads(text: str, at: int, anchors: list[tuple[Mention, Token | None]]) -> list[Token]:
    """ "“We are against these duties,” Slovak Foreign Minister Juraj Blanar told reporters": "we" inside a quotation
    is its speaker, wherever the parse hung the words after it."""
    who = quote_speaker(text, at)
    where = text.find(who) if who else -1
    if where < 0 or where <= at:
        return []
    return [a for m, a in anchors if a is not None and where <= m.start < where + len(who)]


# The press reporting what others did: "Reuters reported that New Delhi has offered …", "Israeli media said …"
PRESS = {"media", "newspaper", "newspapers", "daily", "broadcaster", "outlet", "outlets", "press", "wire", "agency"}


def _relay(t: Token) -> bool:
    """A statement, report or office that names nobody, or the press: it relays what the clause's own subject did or
    said."""
    return (t.lower_ in RELAYS and _names_nobody(t)) or t.lower_ in PRESS or _news_outlet(t)


def _news_outlet(t: Token) -> bool:
    """ "Reuters", "Bloomberg", "The New York Times": a news outlet by one of its names."""
    if not t.tag_.startswith("NNP"):
        return False
    phrase = " ".join(w.text for w in t.subtree if w.dep_ in ("compound", "flat", "det") or w.i == t.i)
    return bool(outlet_named(phrase) or outlet_named(t.text))


def _names_nobody(t: Token) -> bool:
    """No proper name or capitalised adjective stands in the phrase ("the foreign ministry", not "the Chinese
    ministry")."""
    return not any(w.tag_.startswith("NNP") or (w.tag_ == "JJ" and w.text[:1].isupper()) for w in t.subtree)


def _adverbial(p: Token) -> bool:
    """ "…, after Spain insisted it had won an exception": a clause a subordinator opens is the writer's, not what the
    verb above reports, whatever the parse hung it on."""
    return p.left_edge.lower_ in SUBORDINATORS


def _quoted(p: Token) -> bool:
    """The clause stands inside quotation marks."""
    return _quoted_word(p.left_edge)


def _judged_conduct(
    verb: Token, anchors: list[tuple[Mention, Token | None]], pressed: set[str]
) -> tuple[int, str] | None:
    """What is said of the conduct of one the measure presses, when a clause of the verb has it as its subject."""
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "parataxis")):
        inside = {t.i for t in clause.subtree}
        # (not inside a clausal subject: "said it would be wrong to punish Iran" judges the punishing, not Iran)
        subjects = {t.i for t in clause.subtree if t.dep_ in (SUBJECT_DEPS | {"nsubj:pass"}) - {"csubj", "csubj:pass"}
                    and t.head.i == clause.i}
        subjects |= {t.i for s in list(subjects) for t in clause.doc[s].subtree}
        if not any(a is not None and a.i in subjects and set(m.codes) & pressed for m, a in anchors):
            continue
        lo = min(inside)
        text = clause.doc[lo : max(inside) + 1].text
        sign, words = conduct(text)
        if sign:
            return -sign, words
    return None


def _blamed_for_measure(text: str, mentions: list[Mention], q: Question) -> list[tuple[Mention, str]]:
    """Those a sentence blames for doing the measure: "lashed out at the US and the UK for imposing sanctions"."""
    out: list[tuple[Mention, str]] = []
    for m in mentions:
        listed = _listed_with([m], mentions, text)
        last = max(listed, key=lambda x: x.end)
        done = _FOR_DOING.match(text, last.end)
        if done is None or stem(done.group(1)) not in q.action:
            continue
        if not _BLAMING.search(text[max(0, m.start - 60) : m.start]):
            continue
        out.append((m, f"blamed for {done.group(1)}"))
    return out


def _vote_tallies(text: str, mentions: list[Mention]) -> list[tuple[Mention, int, str]]:
    """Those a vote count names as voting for, against or abstaining: "passed with 95 in favour and four against —
    Israel, Hungary and Germany — and 27 abstentions" (the side each name stands after, until the list ends)."""
    out: list[tuple[Mention, int, str]] = []
    for tally in _TALLY.finditer(text):
        side = tally.group("side").lower()
        sign = 0 if side.startswith("abst") else -1 if side == "against" else 1
        end = _TALLY_END.search(text, tally.end())
        stop = end.start() if end else len(text)
        for m in mentions:
            if tally.end() <= m.start < stop:
                out.append((m, sign, tally.group().strip(" —–-:(")))
    return out


_NUMBER = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
           r"sixteen|seventeen|eighteen|nineteen|twenty)")
_TALLY = re.compile(_NUMBER + r"\s+(?:votes?\s+|countries\s+|members\s+|states\s+|nations\s+)?"
                    r"(?P<side>in\s+favou?r|against|abstentions?|abstaining|abstained)\s*(?:[—–]|--|:|\()\s*", re.I)
_TALLY_END = re.compile(r"\s*(?:[—–)]|--|;|\.(?:\s|$)|,?\s+(?:and|with|while|but)\s+" + _NUMBER + r"\b)", re.I)
_FOR_DOING = re.compile(r"\s+for\s+(\w+ing)\b")
_BLAMING = re.compile(r"\b(?:lash\w* out at|critici[sz]\w*|condemn\w*|blam\w*|attack\w*|slam\w*|denounc\w*|"
                      r"rebuk\w*|accus\w*|castigat\w*|chastis\w*|punish\w*|sanction\w*|thank\w*|prais\w*)\b"
                      r"(?:\s+\S+){0,8}\s*$", re.I)


def _demanded_of(p: Token, heads: list[Token]) -> bool:
    """The holders found are the subject of a "must" or "should" clause the predicate stands in: someone else's
    demand on them, not their position."""
    t = p
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in t.children) and any(
            c.dep_ in SUBJECT_DEPS and c.i in {h.i for h in heads} and c.lower_ not in ("we", "i") for c in t.children
        ):
            return True
        if t.dep_ not in ("xcomp", "advcl", "ccomp") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _reporting_above(p: Token) -> Token | None:
    """The verb of saying a that-clause hangs under, two steps up at most, or beside ("began warning that …")."""
    t = p
    for _ in range(2):
        if t.head.i == t.i:
            return None
        t = t.head
        if _in(t, REPORTING):
            return t
        for c in t.children:
            if c.dep_ == "xcomp" and _in(c, REPORTING):
                return t
    return None


def _unnamed_official(t: Token) -> bool:
    """ "the foreign ministry", "a spokesman": an official who names no country, speaking for the one the quote
    names."""
    return t.lower_ in ACTOR_NOUNS and _names_nobody(t)


def _quoted_word(t: Token) -> bool:
    """The word itself stands inside quotation marks."""
    before = t.doc.text[: t.idx]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _received(p: Token) -> bool:
    """ "drew condemnation", "has our backing": the verb's subject receives the stance the noun names."""
    head = p.head
    lemma = _lemma(head)
    if lemma in RECEIVING or head.lower_ in RECEIVING:
        return True
    if lemma == "have" or head.lower_ in ("has", "have", "had"):
        return any(c.dep_ == "nmod:poss" or (c.dep_ == "nmod" and _case(c) in ("of", "from")) for c in p.children)
    return False


def _expand(heads: list[Token]) -> set[int]:
    """The holder heads with what is coordinated with them, their appositions and lists after like/including."""
    out: set[int] = set()
    todo = list(heads)
    while todo:
        t = todo.pop()
        if t.i in out:
            continue
        out.add(t.i)
        if t.dep_ in SUBJECT_DEPS and any(c.dep_ == "cop" for c in t.head.children):
            todo.append(t.head)  # "the seven countries voting against were Belarus, Nicaragua, …"
        children = list(t.children)
        # "U.S. business groups", "U.S. farmers": people of the country, not its government
        people = t.lower_ in NOT_STATE_NOUNS or any(
            x.lower_ in NOT_STATE_NOUNS for x in children if x.dep_ == "compound"
        )
        for c in children:
            if c.dep_ == "compound" and (t.lower_ in RELATION_NOUNS or t.lower_ in MEMBER_NOUNS):
                continue  # "U.S. allies including Israel", "EU states including Latvia": not the United States or EU
            if c.dep_ in ("compound", "amod") and people:
                continue
            if c.dep_ in ("conj", "appos", "flat", "compound", "nmod:desc", "nmod:unmarked") or (
                c.dep_ in ("nmod", "acl") and _case(c) in GROUP_CASES
            ):
                todo.append(c)
            elif c.dep_ in ("nmod", "obl") and _along_with(c):
                todo.append(c)  # "Russia, together with China and Iran, …", "Germany, alongside Austria, …"
            elif c.dep_ in ("nmod", "obl") and (partners := _in_partnership(c)):
                todo.extend(partners)  # "Spain, in partnership with France, …"
            elif c.dep_ == "nmod" and t.lower_ in STAND_FOR and _case(c) in ("of", "in", "from") and not (
                _case(c) == "in" and _named_owner(t)  # "US officials in Baghdad": where they are
            ):
                todo.append(c)  # "a number of EU states including Estonia", "counterparts in the Baltic states"
            elif c.dep_ == "nmod" and t.lower_ in MEMBER_NOUNS and _case(c) == "of":
                # "the other members of the G7 — Canada, France, …": the members listed, not the whole group
                todo.extend(x for x in c.children if x.dep_ == "appos")
            elif c.dep_ == "acl" and _lemma(c) in LEADING:
                # "Opponents led by France": who leads them holds what they hold
                todo.extend(a for a in c.children if a.dep_ in ("obl:agent", "obl") and _case(a) == "by")
    return out


def _along_with(t: Token) -> bool:
    """ "together with China", "along with Austria", "alongside Austria": one who acts with the holder."""
    marks = {c.lower_ for c in t.children if c.dep_ in ("case", "advmod", "fixed")}
    return "alongside" in marks or ("with" in marks and bool(marks & {"together", "along"}))


def _in_partnership(t: Token) -> list[Token]:
    """ "in partnership with the United States and Britain", "in cooperation with Japan": those who act with the
    holder (the countries after "with", under the noun)."""
    if t.lower_ not in PARTNERING or _case(t) not in ("in", "jointly"):
        return []
    return [c for c in t.children if c.dep_ == "nmod" and _case(c) == "with"]


PARTNERING = {"partnership", "cooperation", "co-operation", "coordination", "co-ordination", "conjunction", "concert",
              "collaboration", "tandem", "league"}


def _reported_stance(p: Token) -> bool:
    """What is said or reported is a stance already taken ("Australia said Beijing had scrapped the visit", "U.S.
    officials said the plan was backed by Japan"): a verb of taking sides in the past tense, a perfect or a past
    passive, under a plain verb of saying, telling, adding, noting, confirming or announcing. Not a claim or an
    accusation, nor a deed that is no stance ("said Russia had increased its presence"), nor a stance said not to be
    taken, nor what one should or will do."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "might", "may", "must", "should", "can")
           for c in p.children):
        return False
    if _lemma(p.head) not in _RELAYING | {"announce"}:
        return False
    if not ({_lemma(p), stem(p.text)} & _REPORTED_STANCES) or _turned(p):
        return False  # (nor "said Austria had not rejected the plan": the teller's reading of it)
    if p.tag_ == "VBD":
        return True
    return p.tag_ == "VBN" and any(c.dep_ in ("aux", "aux:pass") and c.lower_ in ("had", "has", "have", "was", "were")
                                   for c in p.children)


_REPORTED_STANCES = {"support", "back", "oppose", "reject", "block", "veto", "refuse", "agree", "sign", "approve",
                     "endorse", "accept", "condemn", "decline", "welcome", "scrap", "cancel", "halt", "suspend",
                     "ratify", "vote", "join", "decide", "promise", "pledge", "denounce", "rule", "spurn", "rebuff"}
_REPORTED_STANCES |= {stem(w) for w in _REPORTED_STANCES}


# Taking another's side in what it does: "joined Poland in opposing …", "backed Brazil in resisting …"
JOINING = {"join", "back", "support"}


def _turned(v: Token) -> bool:
    """The verb is negated ("did not back France in …", "has never joined …"): its own stance word is read, not the
    clause it would carry."""
    return any(c.lower_ in NEGATORS and c.dep_ in ("advmod", "neg") for c in v.children)


def _joined_in(c: Token) -> bool:
    """``c`` is what another is joined in: "in opposing the plan" (for "join", any clause or phrase it takes)."""
    return _lemma(c.head) == "join" or any(m.lower_ == "in" and m.dep_ in ("mark", "case") for m in c.children)


def _only_verb(p: Token) -> bool:
    """``p`` is the sentence's one verb, with no helper and no "by" agent: a past tense the parse took for a
    participle."""
    if any(c.dep_ in ("aux", "aux:pass", "obl:agent") or (c.dep_ == "obl" and _case(c) == "by") for c in p.children):
        return False
    return not any(t.i != p.i and t.tag_.startswith(("VB", "MD")) and t.dep_ not in ("amod", "compound")
                   for t in p.doc)


def _joint_with(p: Token) -> list[Token]:
    """ "In a joint statement with Britain and France, Germany opposed …" (or "Britain, in a joint statement with
    France, …"): those the statement was made with; those added after the clause ("…, as well as Italy"); and those
    spoken for ("speaking on behalf of Norway and Iceland, she rejected …", "she was speaking on behalf of Norway when
    she rejected …")."""
    joint = [w for c in p.children if c.dep_ in ("obl", "advcl") for w in _joint_partners(c)] + [
        w for c in p.children if c.dep_ == "obl" for w in _in_partnership(c)  # "in partnership with Britain"
    ] + [
        # "Britain, in a joint statement with France, condemned …" with the statement hung on the subject
        w for s in p.children if s.dep_ in SUBJECT_DEPS for c in s.children
        if c.dep_ == "nmod" and _case(c) == "in" for w in _joint_partners(c)
    ]
    # (a participle of speaking or acting with no subject of its own: not "… and intervened on behalf of Algeria")
    around = [p, *(c for c in p.children if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG"
                   and not any(x.dep_ in SUBJECT_DEPS for x in c.children))]
    if p.dep_ == "advcl" and p.head.i != p.i and p.head.tag_ == "VBG":
        around.append(p.head)  # "she was speaking on behalf of Norway when she rejected …"
    around += [
        a for c in p.children if c.dep_ in SUBJECT_DEPS for a in c.children if a.dep_ == "acl" and a.tag_ == "VBG"
    ]
    return joint + _as_well_as(p) + [
        w for v in around for c in v.children if c.dep_ == "obl" and c.lower_ == "behalf" and _case(c) == "on"
        for w in c.children if w.dep_ == "nmod" and _case(w) == "of"
    ]


def _joint_partners(statement: Token) -> list[Token]:
    """Those a joint statement (or text) was made with: "a joint statement with Britain and France"."""
    if not any(a.lower_ == "joint" for a in statement.children):
        return []
    return [w for w in statement.children if w.dep_ == "nmod" and _case(w) == "with"]


def _as_well_as(p: Token) -> list[Token]:
    """ "France opposed the tariffs, as well as Italy", "agreed to support the measure, as well as Slovakia": a name
    added after the clause with "as well as" acts with the subject (not where the verb acts on a name: "sanctioned
    Russia, as well as Iran" adds to what is sanctioned)."""
    verbs = [p, *(c for c in p.children if c.dep_ == "xcomp")]
    if any(c.dep_ in ("obj", "iobj") and c.tag_.startswith("NNP") for v in verbs for c in v.children):
        return []
    return [
        c for v in verbs for c in v.children
        # (not a phrase with its own preposition: "… as well as on Vietnam" adds a place or a target)
        if (c.dep_ == "conj" or (c.dep_ == "obl" and not _case(c))) and c.tag_.startswith("NNP") and c.i > v.i and any(
            x.dep_ == "cc" and x.lower_ == "as" and any(f.lower_ == "well" for f in x.children) for x in c.children
        )
    ]


# A state's armed forces: what they do, the state does ("American planes delivered weapons", "Yemeni troops")
STATE_FORCES = {
    "troops", "forces", "force", "army", "navy", "military", "commandos", "soldiers", "planes", "aircraft", "jets",
    "warplanes", "bombers", "fighters", "warships", "ships", "vessels", "drones", "marines", "units", "navies",
}


def _state_force(anchor: Token) -> bool:
    """The mention's anchor is a state's armed force ("American C-130 planes", "US naval forces")."""
    return anchor.lower_ in STATE_FORCES or (anchor.lower_ == "fighter" and anchor.head.lower_ in STATE_FORCES)


def _compound_top(t: Token) -> Token:
    """The noun a chain of compounds ends in ("Taiwan Affairs Office" → "Office")."""
    for _ in range(6):
        if t.dep_ != "compound" or t.head.i == t.i:
            break
        t = t.head
    return t


def _anchor(m: Mention, doc: Any) -> Token | None:
    """The token standing for the actor a mention names: the noun phrase it heads or qualifies as speaker."""
    t = _span_head(doc, m.start, m.end)
    if t is None or FORMER.search(doc.text, max(0, m.start - 12), m.start):
        return None  # ("the former Soviet republic": another country, or what it once was)
    for _ in range(5):
        first = t.head
        if t.dep_ == "conj" and first.dep_ in ("amod", "compound") and first.i < t.i < first.head.i:
            t = first  # "his French and Italian counterparts": Italian qualifies the counterparts as French does
            continue
        if t.dep_ in ("compound", "flat", "amod", "nmod:poss", "nmod", "nmod:desc") and t.head.i != t.i:
            head = t.head
            if t.dep_ == "nmod" and _case(t) not in ("of", "from"):
                break
            if head.lower_ in RELATION_NOUNS or any(x.lower_ in RELATION_NOUNS for x in doc[t.i + 1 : head.i]):
                break  # "Pyongyang's ally China": the ally is another actor, not Pyongyang
            if head.lower_ in NOT_STATE_NOUNS and t.dep_ in ("amod", "compound"):
                break  # "the French carmaker Renault", "US oil giant Exxon": a company, not the state
            top = _compound_top(head)  # "China's Taiwan Affairs Office": the office, not "Affairs"
            actorish = any(_in(x, ACTOR_NOUNS) or x.lower_ in ACTOR_NOUNS or x.tag_ == "NNP" for x in (head, top)) or (
                _state_force(top)  # "American C-130 planes", "Yemeni counterterrorism troops"
            )
            if t.dep_ == "compound" and any(
                c.dep_ == "nmod:poss" and c.i < t.i for x in doc[t.i + 1 : top.i + 1] for c in x.children
            ):
                return None  # "China's Taiwan Affairs Office": the office is China's, Taiwan names its remit
            if t.dep_ == "nmod:poss" and head.dep_ == "compound" and top.i != head.i and actorish:
                t = top  # "China's Taiwan Affairs Office" stands for China
                continue
            if t.dep_ == "nmod" and _case(t) == "from" and not (_in(head, ACTOR_NOUNS) or head.lower_ in ACTOR_NOUNS):
                break  # "officials from Italy" speak for it; "imports from China" do not
            if t.dep_ in ("amod", "nmod:poss", "nmod") and not actorish:
                break
            if t.dep_ in ("compound", "nmod:desc") and not (actorish or head.tag_.startswith("NNP")):
                break
            t = head
        else:
            break
    return t


def _object_codes(p: Token, group: set[int], anchors: list[tuple[Mention, Token | None]]) -> set[str]:
    """Countries the predicate acts on or addresses: in its subtree, outside its holders."""
    inside = {t.i for t in p.subtree}
    if p.dep_ == "obj" and _in(p.head, LIGHT_VERBS):
        # "expressed support for Denmark" with "for Denmark" hung on the verb: it is the noun's
        inside |= {t.i for c in p.head.children if c.dep_ == "obl" and _case(c) in OFFERED_TO for t in c.subtree}
    # what a passive acts on stands before it: "Iran is expected to be supported by China"
    for v in (p, p.head if p.dep_ == "xcomp" else p):
        inside |= {t.i for c in v.children if c.dep_ == "nsubj:pass" for t in c.subtree}
    held: set[int] = set()
    own = {t.i for t in p.subtree}
    for i in group:
        # (a holder the predicate hangs on, "France called for …" misparsed with "called" under "France": not the
        # predicate's own words)
        sub = {t.i for t in p.doc[i].subtree}
        held |= sub - own if p.dep_ == "acl" and p.head.i == i else sub
    return {c for m, a in anchors if a is not None and a.i in inside and a.i not in held and a.i != p.i
            for c in m.codes}


def _account_verb(a: Token) -> Token | None:
    """The verb of saying the actor is the subject of, with a clause of what is said (None: the actor says nothing)."""
    if a.dep_ == "conj" and a.head.dep_ in SUBJECT_DEPS:
        a = a.head  # "Both Russia and Iran claimed …"
    verb = a.head
    subject = a.dep_ in SUBJECT_DEPS or (a.dep_ == "dep" and a.i < verb.i)  # a misparsed subject before its verb
    if not subject or _lemma(verb) not in ACCOUNT or _hypothetical(verb) or verb.dep_ in ("acl:relcl", "acl", "advcl"):
        return None  # "… carried out what the Pentagon said was an unsafe intercept": an aside, not an account
    if any(c.dep_ in ("ccomp", "parataxis", "xcomp") for c in verb.children):
        return verb
    # "said in a statement the four were suspected of …" with the clause hung on the statement: a clause after the verb
    clause = any(t.dep_ in ("nsubj", "nsubj:pass") and t.i > verb.i and t.head.i != verb.i for t in verb.subtree)
    return verb if clause else None


def _governed(text: str, m: Mention) -> bool:
    """ "a town on the border with Germany, Austria will …": a name a preposition governs lists with nobody."""
    return governing_word(text, m) in GOVERNING_PREPOSITIONS


_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_LIST_GAP = re.compile(r"(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?$", re.I)


def _between(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """The name stands in "between Washington and Pyongyang" or "between France, Italy and Spain": it says whose the
    talks or the rift are, whatever the parse made of it (a misparse can hang "stalled" on "Washington")."""
    if re.match(r",\s+(?:which|who)\b", text[m.end :]):
        return False  # "between France, which opposed the sanctions, and …": France holds its own clause
    start = m.start
    while True:
        before = text[max(0, start - 40) : start]
        if _BETWEEN.search(before):
            return True
        gap = _LIST_GAP.search(before)
        if gap is None:
            return False
        cut = start - (len(before) - gap.start())
        previous = [o for o in mentions if o.end == cut]
        if not previous:
            return False
        start = previous[0].start


def _after_group_noun(group: set[int], doc: Any, mentions: list[Mention], text: str) -> list[Mention]:
    """ "support from nine fellow EU members, the United States, Norway and Iceland": the country listed right after a
    holder that is a group of states (the list goes on past the group noun, however the parse hung it)."""
    out = []
    for i in group:
        tok = doc[i]
        if tok.lower_ not in MEMBER_NOUNS or not tok.text.islower():
            continue  # (not "the United States")
        end = tok.idx + len(tok.text)
        out += [m for m in mentions if m.start >= end and _FIRST_LISTED.fullmatch(text, end, m.start)]
    return out


_FIRST_LISTED = re.compile(r"\s*(?:,|, and|and)\s*(?:the\s+)?")


def _listed_with(holders: list[Mention], mentions: list[Mention], text: str) -> list[Mention]:
    """The holders with the mentions listed right beside them ("Chile, Peru and Ecuador"), whatever the parse made of
    the list."""
    out = list(holders)
    changed = True
    while changed:
        changed = False
        for m in mentions:
            if m in out or _RELATION_AFTER.match(text, m.end):
                continue  # "the United States and Pyongyang's ally China": the ally is listed, not Pyongyang
            # a name governed otherwise than its neighbour joins it only through "and": "a town on the border with
            # Germany, Austria will …" is no list; "condemnation from Chile, Peru and Ecuador" is one
            governed = _governed(text, m)
            gaps = [(text[o.end : m.start] if o.end <= m.start else text[m.end : o.start], _governed(text, o))
                    for o in out if o.end <= m.start or m.end <= o.start]
            if any(_RELATION_GAP.fullmatch(g) for g, _ in gaps) or any(
                gap_joins(g)
                and (governed == g_o or re.search(r"\b(?:and|or)\b", g))
                and not (m.possessive and g.rstrip().endswith("the"))  # "France, the EU's largest producer": apposition
                for g, g_o in gaps
            ):
                out.append(m)
                changed = True
    return out


def _told_by_official(verb: Token) -> bool:
    """ "The foreign secretary said the UK had condemned …": the one reporting is an official who names no one, so
    the country named in what is reported holds it (it is not another's claim about that country)."""
    tellers = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return bool(tellers) and all(
        not any(w.tag_.startswith("NNP") for w in c.subtree) and any(
            w.lower_ in ACTOR_NOUNS or (w.tag_ == "NNS" and w.lower_[:-1] in ACTOR_NOUNS) or w.lower_ in _SOURCES
            for w in c.subtree
        )
        for c in tellers
    )


# who reports without holding a position: "officials said Austria backed it", "diplomatic sources said …"
_SOURCES = {"source", "sources", "diplomats", "officials"}


def _own_words(words: str, cue: Cue) -> str:
    """The cue's own words, without what fills its gap ("urge its airlines to" → "urge to")."""
    parts = cue.phrase.split("…")
    if len(parts) < 2:
        return words
    found = words.split()
    head, tail = len(parts[0].split()), len(parts[-1].split())
    return " ".join(found[:head] + found[len(found) - tail :]) if head + tail <= len(found) else words


def _named_owner(noun: Token) -> bool:
    """A name before the noun says whose it is ("US officials", "China's envoys")."""
    return any(
        c.dep_ in ("compound", "amod", "nmod:poss") and c.i < noun.i and c.text[:1].isupper()
        and c.lower_ not in _OFFICE_WORDS  # "Foreign ministers in Egypt and Iran": an office, not an owner
        for c in noun.children
    )


_PROMPTING = {"prompt", "spur", "lead", "move", "cause"}  # what moves another to act, whose act it then is

_OFFICE_WORDS = {"foreign", "defence", "defense", "finance", "trade", "prime", "interior", "economy", "energy",
                 "deputy", "senior", "top", "chief"}


def _not_holder(a: Token, acted_on: set[int] | None = None) -> bool:
    """An object, target, place or someone else's possessive: never the holder of the sentence's stances.

    With ``acted_on`` (the predicates of the sentence's stance words), objects and places count only where a stance
    word governs them: the parse then agrees with the words, and a misparse elsewhere vetoes nothing."""

    def governed(t: Token) -> bool:
        return acted_on is None or t.head.i in acted_on

    if a.dep_ in ("obj", "iobj") and governed(a):
        return True
    if a.dep_ == "nsubj:pass" and governed(a) and not _false_passive(a.head) and not _in(a.head, FEELING):
        return True
    if a.dep_ in ("obl", "nmod", "obl:npmod") and _case(a) not in ("by", "from", "like", "including", "such") and (
        governed(a)
    ):
        return True
    if a.dep_ == "nmod:poss" and not _in(a.head, ACTOR_NOUNS):
        return True
    if acted_on is not None and a.dep_ == "nmod" and _case(a) == "of" and a.head.i not in acted_on and (
        a.head.dep_ in ("obj", "iobj", "obl", "nmod") and a.head.tag_.startswith("NN") and not _in(a.head, ACTOR_NOUNS)
    ):
        return True  # "a plan that raised the voting power of China and Mexico, and agreed to …": deep in an object
    if a.dep_ == "nmod" and _case(a) in ("in", "at", "near", "inside", "outside") and _named_owner(a.head):
        return True  # "US officials in Baghdad": where they are, not whose they are
    verb = a.head.head if a.head.dep_ in ("aux", "aux:pass") else a.head  # a subject hung on "has"
    if a.dep_ in SUBJECT_DEPS and any(c.dep_ == "obj" and _received(c) for c in verb.children):
        return True  # "Israel has enjoyed broad support": it receives the support
    if (
        a.dep_ in SUBJECT_DEPS
        and a.head.dep_ == "ccomp"
        and not _adverbial(a.head)
        and _in(a.head.head, REPORTING)
        and any(c.dep_ in SUBJECT_DEPS for c in a.head.head.children)
        and not _told_by_official(a.head.head)
    ):
        return True  # the subject of what someone else asks for or reports
    return a.dep_ in ("conj", "appos") and a.head.i != a.i and _not_holder(a.head, acted_on)


def read_parsed(
    text: str,
    doc: Any,
    registry: ActorRegistry,
    lex: Lexicon,
    published: str = "",
    rules: SentenceReading | None = None,
    question: Question | None = None,
    as_of: str = "",
    known: frozenset[str] = frozenset(),
) -> SentenceReading:
    """The sentence's positions by grammatical role; ``rules`` (the word rules' reading) fills in actors the parse
    leaves without a predicate, unless the parse shows them as objects, targets or places."""
    # the word rules read the same sentence's date already
    reading = SentenceReading(event_date=rules.event_date if rules is not None else event_date(text, published))
    mentions = finder_for(registry).find(text, published, as_of, known)
    if not mentions or is_question(text):
        return reading
    judge(text, mentions, lex)
    hits = _hits(text, doc, lex, question)
    found_hits = list(hits)  # the stance words as found, before the judgements below reshape the list
    judged: list[tuple[_Hit, Mention]] = []
    for ev in evaluations(text, question):
        # "argue the deal will help …", "branded the warrants unacceptable": the verb's holder judges the measure
        tok = _token_at(doc, ev.verb_start)
        if tok is not None:
            # the verb's own hit, and the effect words it reads ("fear a Brexit would … weaken the West")
            hits = [
                h for h in hits if h.token.i != tok.i and not (
                    h.start > ev.verb_end and is_effect(h.words)
                    and not re.search(r";|\sbut\s", text[ev.verb_end : h.start])
                )
            ]
            hit = _Hit(tok, Cue(ev.words, ev.sign, 1, False), ev.sign, ev.words, True, ev.verb_start, "", True)
            hits.append(hit)
            # the name right before the verb ("Latvia told reporters …"), should the parse find no subject
            before = [m for m in mentions if m.holder and 0 <= ev.verb_start - m.end <= 2]
            if ev.viewer:  # "For France, …"
                before = [m for m in mentions if m.start == ev.verb_start][:1]
            elif ev.speaker_after:  # "“…,” said Danish Prime Minister Mette Frederiksen"
                before = [m for m in mentions if m.holder and 0 <= m.start - ev.verb_end <= 2][:1] or before
            if before:
                judged.append((hit, before[-1]))
    anchors = [(m, _anchor(m, doc)) for m in mentions]
    # "…, but Mr Straw said", "… cautious but Mr Straw", "… did not respond to the demand but said he was …"
    but = re.search(r"[,;]\s+but\s|\sbut\s+(?=[A-Z])|\sbut\s+(?=(?:said|says|added|insisted|stressed)\b)", text)
    turn = but.start() if but else len(text)
    chosen: dict[str, tuple[tuple[bool, bool, bool, int, int], Suggestion]] = {}
    parsed_holders: dict[int, set[str]] = {}  # cue start → the countries the parse gives it (empty: someone else)
    unheld: set[int] = set()  # cues on an act another reacts to, or on how another calls it: nobody's, by any rule
    acted: set[str] = set()  # the one the measure is aimed at doing what the question is about: no position
    for hit in hits:
        heads, how = _holders(hit.token)
        heads = [h for h in heads if not any(c.lower_ in ("no", "none") and c.dep_ == "det" for c in h.children)]
        # "backed Syria's right to defend itself": the one whose right another affirms holds nothing by it
        heads = [h for h in heads if not (h.dep_ == "nmod:poss" and h.head.lower_ in RIGHTS and hit.token.i > h.head.i)]
        if not heads:
            if how == "nobody":
                unheld.add(hit.start)
            continue  # "no countries voted against"
        if hit.own_verb and how != "subject" and any(t.lower_ not in PRONOUNS for t in _own_holders(hit.token)):
            continue  # "The Pentagon said a Russian fighter had intercepted the plane": a report of another's act
        if all(h.lower_ in ("we", "i") for h in heads) and not _reaches_actor(heads, anchors):
            heads = _speaker_heads(text, hit.start, anchors) or heads
        elif _demanded_of(hit.token, heads):
            # "“President Erdogan must show he wants peace by accepting the ceasefire,” Scholz wrote": who must do it
            # is asked to; the one who says so holds the demand
            heads = _speaker_heads(text, hit.start, anchors) if _quoted_word(hit.token) else []
            if not heads:
                unheld.add(hit.start)  # nor does the word rules' reading give it to the one asked
                continue
        heads = _floated(heads, anchors) or heads
        group = _expand(heads)
        if how == "inherited" and not any(a is not None and a.i in group for _, a in anchors):
            heads, group = _reported_holders(hit.token, heads, group, anchors)
        parsed_holders.setdefault(hit.start, set()).update(
            c for m, a in anchors if a is not None and a.i in group for c in m.codes
        )
        object_codes = _object_codes(hit.token, group, anchors)
        held = _listed_with(
            [m for m, a in anchors if a is not None and a.i in group] + _after_group_noun(group, doc, mentions, text),
            mentions, text,
        )
        held = [m for m in held if not _between(text, m, mentions)]
        for m, a in anchors:
            if a is None or m not in held or _COMPANY.match(text, m.end):
                continue
            if hit.own_verb and m.role == "demonym" and not (m.titled or m.speaker) and not (
                _state_force(a) and not set(m.codes) & (question.targets if question else set())
            ):
                # "the Russian fighter had intercepted it": the act itself, no state's position (but "American planes
                # delivered weapons" when the question is whether to arm them: the state's forces do the measure)
                continue
            direct = how == "subject"
            confidence = (0.85 if abs(hit.stance) == 2 else 0.7 if hit.stance else 0.6) - (0 if hit.certain else 0.15)
            confidence -= 0 if direct else 0.05
            # after a contrasting ", but", the holder's line as it stands: "Britain has been cautious on the issue, but
            # Mr Straw said he also wanted it to end"
            rank = (hit.start > turn, direct, hit.certain, -abs(hit.token.i - a.i) // 6, abs(int(hit.stance)))
            for code in m.codes:
                if question and code in question.targets and (_the_act_itself(hit, question) or _a_deed(hit)):
                    # "Iran launched another missile" when the question is whether its tests breach a ban: the matter
                    # itself, by no rule and not for the linker either
                    unheld.add(hit.start)
                    acted.add(code)
                    continue
                stance, on_measure = hit.stance, hit.on_measure
                if hit.warned and question and code not in question.actors:
                    stance, on_measure = hit.warned  # a threat of the measure only from the one asked to act
                general: list[bool] = []
                if question:
                    what = _with_condition(hit, text)
                    stance = relative(
                        stance, code, hit.words, object_codes, what, question, on_measure, general,
                        settled=hit.certain,
                    )
                    on_measure = on_measure or about_measure(what, question)
                current = chosen.get(code)
                if current is None or rank > current[0]:
                    found = Suggestion(
                        code, stance, hit.words, round(confidence, 2), m.speaker, named_at=m.start,
                        general=bool(general), on_measure=on_measure,
                    )
                    chosen[code] = (rank, found)
    for hit, m in judged:
        if not _holders(hit.token)[0]:
            for code in m.codes:
                stance = relative(hit.stance, code, hit.words, set(), "", question, True) if question else hit.stance
                judged_one = Suggestion(code, stance, hit.words, 0.6, m.speaker, on_measure=True)
                chosen.setdefault(code, ((False, False, True, 0, 1), judged_one))
    for m, hit in _example_lists(text, mentions, hits):
        # "11 countries abstained, including Italy and Peru": the list takes the stance just before it
        for code in m.codes:
            stance = hit.stance
            general = []
            if question:
                # (read as the stance itself is: "oppose raising the limit" acts on the measure's own action)
                stance = relative(stance, code, hit.words, set(), hit.object_text, question, hit.on_measure, general,
                                  settled=hit.certain)
            chosen[code] = (
                (False, True, True, 0, 2),
                Suggestion(code, stance, hit.words, 0.65, m.speaker, general=bool(general),
                           on_measure=hit.on_measure or bool(question and about_measure(hit.object_text, question))),
            )
    for m, stance, words in _vote_lists(text, mentions):
        # "… with Austria and France against and Belgium abstaining": the list says each one's vote
        for code in m.codes:
            if question:
                stance = relative(stance, code, words, set(), "", question) if stance else 0
            # (a vote is cast on the measure)
            chosen[code] = ((False, True, True, 0, 2), Suggestion(code, stance, words, 0.7, m.speaker, on_measure=True))
    if rules is not None:
        # Only the mention's own role vetoes the word rules (a climbed anchor rests on more of the parse).
        own = [(m, _span_head(doc, m.start, m.end), a) for m, a in anchors]
        acted_on = {h.token.i for h in hits}

        def veto(t: Token | None, a: Token | None) -> bool:
            # its own role, or the noun phrase it heads being what a stance word acts on ("invite Israel's premier")
            return t is not None and (
                _not_holder(t, acted_on) or (a is not None and a.dep_ in ("obj", "iobj") and a.head.i in acted_on)
            )

        def self_reported(m: Mention, t: Token | None) -> bool:
            """ "Spain has not decided …, officials in Madrid said": the country reports its own position."""
            if t is None or t.dep_ not in SUBJECT_DEPS or t.head.dep_ != "ccomp":
                return False
            reporters = {x.i for c in t.head.head.children if c.dep_ in SUBJECT_DEPS for x in c.subtree}
            return any(o is not m and set(o.codes) & set(m.codes) and a is not None and a.i in reporters
                       for o, _, a in own)

        vetoed = [(m, veto(t, a) and not self_reported(m, t)) for m, t, a in own]
        reported_subjects = {
            c for m, t, _ in own if t is not None and t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ccomp"
            and _in(t.head.head, REPORTING) and not self_reported(m, t) and not _told_by_official(t.head.head)
            for c in m.codes
        }
        blocked = {c for m, v in vetoed if v for c in m.codes}
        free = {c for m, v in vetoed if not v for c in m.codes}
        vetoed_at = {m.start for m, v in vetoed if v}
        hit_at = {h.start: h for h in hits}
        # cues the word rules read that stand in a condition, or generic verbs the parse read and found acting on
        # nothing that says a position ("the campaign that was launched by Duterte"); and "Myanmar's government has
        # faced heavy criticism": the subject receives the stance, holds none
        idle = {h.start for h in hits if h.token.dep_ == "obj" and _received(h.token)} | unheld
        for start, _, cue in find_cues(text, lex):
            t = _token_at(doc, start)
            if (t is not None and _hypothetical(_predicate(t))) or (generic(cue) and start not in hit_at):
                idle.add(start)
            elif t is not None and start not in hit_at and _judged_by_others(t):
                idle.add(start)  # "made a widely condemned proposal": others judged it, not the one who made it
        for s in rules.suggestions:
            if s.named_at in vetoed_at or s.at in idle:
                continue  # the very mention the word rules read is an object or a place in the parse; a condition
            if s.at in parsed_holders and s.actor not in parsed_holders[s.at] and (
                parsed_holders[s.at] or s.actor in reported_subjects
            ):
                # the parse found which country holds this cue, and it is another one; or it found a holder that is
                # no country and the word rules' country is only the subject of what that holder said ("Castro
                # offered …, saying the United States needs to lift …")
                continue
            if s.actor not in chosen and (s.actor in free or s.actor not in blocked):
                parsed = hit_at.get(s.at)
                # what the cue acts on, as the parse has it: "voiced their solidarity with Denmark"
                acted_upon = _object_codes(parsed.token, set(), anchors) - {s.actor} if parsed is not None else set()
                general = []
                if question and parsed is not None and parsed.certain:
                    # the word rules found the holder, the parse read what the cue acts on: "called for a vote to
                    # challenge the agreement" is against adopting it
                    on_measure = parsed.on_measure
                    s.stance = relative(
                        parsed.stance, s.actor, parsed.words, acted_upon, parsed.object_text, question, on_measure,
                        general,
                    )
                    s.cue = parsed.words
                    s.on_measure = on_measure or about_measure(parsed.object_text, question)
                elif question:
                    # what the cue acts on, as the words have it: the clause after its last word
                    last = s.cue.split()[-1] if s.cue.split() and s.at >= 0 else ""
                    end = text.find(last, s.at) + len(last) if last and text.find(last, s.at) >= 0 else -1
                    after = text[end:] if end >= 0 and not parsed_holders.get(s.at) else ""
                    if any(is_measure_term(w, question) for w in s.cue.split()):
                        after = ""  # ("lifting": the cue is the measure's own word, read as such)
                    s.stance = relative(s.stance, s.actor, s.cue, acted_upon, after, question, general=general)
                    s.on_measure = about_measure(after, question)
                s.general = bool(general)
                chosen[s.actor] = ((False, False, False, 0, 0), s)
    # those the measure is aimed at, and those asked to stop or undo what they do ("Should Bahrain release the
    # journalists?")
    pressed = set(question.targets) if question else set()
    if question and question.conceding:
        pressed |= question.actors
    if pressed:
        for m, a in anchors:
            # "Pyongyang said it was a peaceful satellite launch": what the one the measure is aimed at says of the
            # dispute, with no stance word, is its defence
            codes = set(m.codes) & pressed - set(chosen)
            verb = _account_verb(a) if a is not None and m.holder and codes else None
            silent = _NO_COMMENT.search(text)  # "the ministry would have no immediate comment": no side taken
            if verb is not None:
                for code in codes:
                    defence = Suggestion(
                        code, 0 if silent else -1, silent.group() if silent else f"{verb.text} (its own account)",
                        0.5, m.speaker,
                    )
                    chosen[code] = ((False, False, False, 0, 0), defence)
    if question:
        for m, sign, words in _vote_tallies(text, mentions):
            # "passed with 95 in favour and four against — Israel, Hungary and Germany": how each named one voted on
            # the text at stake
            for code in set(m.codes) - set(chosen):
                chosen[code] = ((False, False, False, 0, 0), Suggestion(code, sign, words, 0.6, m.speaker))
        for m, words in _blamed_for_measure(text, mentions, question):
            # "Beijing lashed out at the United States and Britain for imposing sanctions": who is blamed for doing
            # the measure did it
            for code in set(m.codes) - set(chosen):
                chosen[code] = ((False, False, False, 0, 0), Suggestion(code, 1, words, 0.5, m.speaker))
    if pressed:
        for m, a in anchors:
            # "the Foreign Office spokesperson said the Kremlin was acting against an international treaty": judging
            # ill what the one the measure presses does is for the measure; calling it right, against
            if a is None or not m.holder or set(m.codes) & pressed or set(m.codes) <= set(chosen):
                continue
            teller = _account_verb(a)
            verdict = _judged_conduct(teller, anchors, pressed) if teller is not None else None
            if teller is not None and verdict is not None:
                shown = f"{teller.text} … {verdict[1]}"
                for code in set(m.codes) - set(chosen):
                    chosen[code] = ((False, False, False, 0, 0), Suggestion(code, verdict[0], shown, 0.5, m.speaker))
    for s in gapped(text, mentions, [s for _, s in chosen.values()]):
        chosen[s.actor] = ((False, False, False, 0, 0), s)  # "…, France 500 and Greece 300": the verb left out
    reading.suggestions = [s for _, s in chosen.values()]
    if question and linker_enabled():
        # every country named, placed or not, but those the measure is aimed at doing it: the linker scores the
        # unplaced ones, the vetter reads the places of the placed
        named = candidates(text, anchors, found_hits, question, set(chosen) | acted, registry.is_country,
                           skip=acted - set(chosen))
        reading.candidates = [c for c in named if c.code not in chosen]
        reading.placed = {c.code: c.features for c in named if c.code in chosen}
    speakers = [s.speaker for s in reading.suggestions if s.speaker]
    reading.speaker = speakers[0] if speakers else ""
    return reading

