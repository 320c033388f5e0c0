"""What a holder says the measure will do, or calls it: a stance toward the brief's question without a stance verb.

"Germany and Spain argue the deal will help offset lost business" is for signing the deal; "Opponents say the
agreement will undercut farmers" is against it; "Orban branded the arrest warrants an unacceptable decision" is against
arresting. Read only with a question (its measure names what "the deal" is) and only where the measure is the
subject of what is said, or the object of the calling: the words are plain (``resources/lexicon/evaluation.json``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from ..assets import resource
from .question import (
    STOPPING,
    Question,
    does_measure,
    is_measure_term,
    names_measure,
    names_reason,
    names_stopped,
    restricts,
    restricts_text,
    stem,
)


@dataclass(frozen=True)
class Evaluation:
    verb_start: int  # where the saying or calling verb stands (its holder is the holder)
    verb_end: int
    sign: int  # +1: good for the measure (for it), -1: bad (against it)
    words: str  # what is shown as the cue ("argue … will help")
    speaker_after: bool = False  # "“…,” said Danish Prime Minister Mette Frederiksen": who speaks follows the verb
    viewer: bool = False  # "For France, …": the name at ``verb_start`` holds the view, whatever its role in the clause


@dataclass(frozen=True)
class _Words:
    say: re.Pattern[str]
    call: re.Pattern[str]
    good: re.Pattern[str]
    bad: re.Pattern[str]
    good_names: re.Pattern[str]
    bad_names: re.Pattern[str]
    bad_anywhere: re.Pattern[str]  # the bad effects wherever they stand


def _alt(phrases: list[str]) -> str:
    out = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        out.append(r"\s+".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in phrase.split()))
    return "(?:" + "|".join(out) + ")"


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = json.loads(resource("lexicon/evaluation.json").read_text(encoding="utf-8"))
    return _Words(
        say=re.compile(r"\b" + _alt(data["say"]) + r"\b", re.I),
        call=re.compile(r"\b" + _alt(data["call"]) + r"\b", re.I),
        good=re.compile(r"^" + _alt(data["good_effects"]) + r"\b", re.I),
        bad=re.compile(r"^" + _alt(data["bad_effects"]) + r"\b", re.I),
        good_names=re.compile(r"\b" + _alt(data["good_names"]) + r"\b", re.I),
        bad_names=re.compile(r"\b" + _alt(data["bad_names"]) + r"\b", re.I),
        bad_anywhere=re.compile(r"\b" + _alt(data["bad_effects"]) + r"\b", re.I),
    )


def judged_ill(text: str) -> str:
    """The words by which the sentence calls something bad or harmful ("violate", "wrong", "illegitimate"), whatever
    it is said of; "" when it calls nothing so."""
    w = _words()
    found = w.bad_names.search(text) or w.bad_anywhere.search(text)
    return found.group() if found else ""


_DAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_SAID_WHEN = re.compile(
    r"(?:on|in|at|from|last|this|earlier|later|late|early|yesterday|today|again|also|after|during|following|publicly|"
    r"repeatedly|previously|" + _DAYS + r")\b[^;:“”\"]{0,60}?\bthat\s+",
    re.I,
)
_TOLD = re.compile(r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}|reporters|journalists|lawmakers|parliament|"
                   r"the (?:BBC|press|media|parliament|senate|assembly)|(?:local |state )?media)\s+")
_MODAL = r"(?:(?:will|would|could|can|may|might|is set to|is going to|is likely to|threatens to)\s+)?"
_NOT = r"[“\"‘]?(?:(?:not|n't)\s+(?:only|just|merely)\s+|(?P<neg>(?:not|never|n't)\s+))?"  # (a quotation may open
# before it: was “not justified”; "should not only agree …, but also …" is no negation)
_WORD = r"[^\s\"“”,;:()]+"  # "the UK's £3bn rebate": amounts and possessives are words of the noun phrase
_NP = r"(?:that\s+)?(?:(?:the|this|such an?|an?|its|their|our)\s+)?(?P<np>(?:" + _WORD + r"\s+){0,6}?[\w-]+)\s+"


# "the rebate is not up for renegotiation", "the embargo will not be lifted", "there will be no renegotiation"
_RULED_OUT = re.compile(
    r"(?:that\s+)?(?:(?:the|this|its|their|our|any|[A-Z][\w’'.-]*[’']s)\s+)?(?:" + _WORD + r"\s+){0,4}?"
    r"(?:(?:is|was|are|were|will|would|could|can|remains?|remained)\s+(?P<neg>not|never|no longer)\s+(?:be\s+)?"
    r"(?:(?:up|open|ready|available)\s+for\s+|(?:open|subject)\s+to\s+|on the table for\s+)?(?:any\s+)?"
    r"|there\s+(?:is|was|will be|would be)\s+(?P<no>no)\s+(?:question of\s+|need for\s+)?)"
    r"(?P<verb>[\w-]+(?:\s+[\w-]+)?)",  # "no renegotiation", "no further renegotiation": the measure in two words
    re.I,
)
_AGAINST_SUBJECT = re.compile(r"\b(?:opponents?|critics?|no|any|not)\b", re.I)
_HOPE = re.compile(r"\b(?:hope[sd]?|hoping|wish(?:es|ed)?|want(?:s|ed)?|optimism|optimistic|confident|confidence)\b",
                   re.I)
_HOPED_FOR = re.compile(r"\s+for\s+(?P<np>[^,;:.]{1,80})")
_WISHED = re.compile(
    r"\s+(?:(?:on\s+)?(?:" + _DAYS + r"|today|yesterday)\s+)?"
    r"(?:that\s+)?(?:the|an?|this|its|their)\s+(?P<np>(?:" + _WORD + r"\s+){0,3}?[\w-]+)\s+"
    r"(?:will|would|can|could)\s+(?P<neg>not\s+|never\s+)?(?:\w+ly\s+)?(?:be\s+)?(?P<verb>[\w-]+)",
    re.I,
)
_OUGHT = re.compile(
    r"(?:that\s+)?(?:(?:the|this|its|their|our|such|any|all)\s+)?(?P<np>(?:" + _WORD + r"\s+){0,3}?)"
    r"(?P<modal>should|must|ought to|needs? to|has to|have to)\s+(?:also\s+|still\s+)?" + _NOT
    + r"(?:be\s+)?(?:\w+ly\s+)?(?P<verb>[\w-]+)",
    re.I,
)


_SAID = re.compile(
    _NP + _MODAL + r"(?:(?:is|are|was|were|has|have|had)\s+)?" + _NOT + r"(?:been\s+)?(?:also\s+|\w+ly\s+)?"
    + _NOT.replace("neg", "neg2") + r"(?P<verb>[\w-]+(?:\s+(?:up|down|out))?)",
    re.I,
)
# the same with its modal required: "air strikes could do serious harm" (not "air" doing "strikes")
_SAID_MODAL = re.compile(
    _NP + _MODAL.removesuffix("?") + r"(?:(?:is|are|was|were|has|have|had)\s+)?" + _NOT + r"(?:been\s+)?"
    r"(?:also\s+|\w+ly\s+)?" + _NOT.replace("neg", "neg2") + r"(?P<verb>[\w-]+(?:\s+(?:up|down|out))?)",
    re.I,
)
_COPULA = re.compile(_NP + r"(?:is|was|are|were|would be|will be|remains?|remained)\s+" + _NOT, re.I)
# "called the ban a mistake", "described the plan as …": what is called, then what it is called
# "Macaire's arrest", "Russia's move" (a name's: not "it's", "what's")
_CALLED_DET = r"(?:the|this|its|their|his|an?|any|(?-i:[A-Z])(?!t['’]s\b|hat['’]s\b|here['’]s\b)[\w.-]*['’]s)"
_CALLING = re.compile(_CALLED_DET + r"\s+(?P<np>(?:" + _WORD + r"\s+){0,3}?[\w-]+)\s+(?:as\s+)?", re.I)
_CALLING_AS = re.compile(_CALLING.pattern.removesuffix(r"(?:as\s+)?") + r"as\s+", re.I)
# the same with a longer noun phrase: "called the draft resolution an interference"
_CALLING_LONGER = [
    re.compile(_CALLED_DET + r"\s+(?P<np>(?:" + _WORD + r"\s+){" + str(n) + r"}[\w-]+)\s+", re.I)
    for n in (1, 2)
]


# What is said will go on or end: "construction would go on", "the exports will not stop"
_CARRIES_ON = re.compile(
    _NP + r"(?:will|would|is going to|are going to|is set to|are set to|is to|are to|must|should|can|could)\s+"
    r"(?P<neg>not\s+|never\s+)?(?:be\s+allowed\s+to\s+)?(?P<verb>continue|go on|carry on|proceed|resume|press ahead|"
    r"keep going|stop|halt|end|cease)\b",
    re.I,
)
def _judged(text: str, at: int, q: Question, w: _Words) -> tuple[int, str] | None:
    """What the clause at ``at`` says the measure will do or is: (+1 good / -1 bad, the words), or None when the
    clause is not about the measure or says nothing either way ("the deal will help …", "the plan was a mistake")."""
    said, copula = _SAID, _COPULA
    goes = _CARRIES_ON.match(text, at) if q.stopping else None
    if goes and names_stopped(goes.group("np"), q) and not does_measure(goes.group("np"), q):
        # "said construction would go on" when the question is whether to halt it: what the measure stops, said to go
        # on, is against the stop; said to end, for it
        sign = (1 if STOPPING.match(goes.group("verb")) else -1) * (-1 if goes.group("neg") else 1)
        return sign, f"{'not ' if goes.group('neg') else ''}{goes.group('verb')}"
    ought = _OUGHT.match(text, at)
    if ought and _HESITATE.match(" " + text[ought.start("verb") :]) and not ought.group("neg") and not (
        set(re.findall(r"[\w-]+", ought.group("np").lower())) & (q.target_names | q.beneficiary_names)
    ):
        # "said the council should wait until the envoy reports", "feels the US must hold off": whoever is to act,
        # waiting is not acting now
        return -1, f"{ought.group('modal')} {ought.group('verb')}"
    if ought and is_measure_term(ought.group("verb"), q):
        # "said existing fiscal rules should be loosened": what should be done is the measure itself
        neg = bool(ought.group("neg"))
        sign = _own(ought.group("verb"), q) * (-1 if neg else 1)
        return sign, f"{ought.group('modal')} {'not ' if neg else ''}… {ought.group('verb')}"
    if ought and is_effect(ought.group("verb")) and not is_measure_term(ought.group("verb"), q):
        # "the export ban should not affect global markets": what it will do, not what it must do
        effect = ought.group("verb")
        about = _about(ought.group("np"), q)
        if about:
            sign = (1 if w.good.match(effect) else -1) * (-1 if ought.group("neg") else 1) * about
            shown = f"{ought.group('modal')} {'not ' if ought.group('neg') else ''}{effect}"
            return (-sign if q.stopping else sign), shown
    if ought and ought.group("np").strip() and names_measure(ought.group("np"), q) and not _AGAINST_SUBJECT.search(
        ought.group("np")
    ):
        # "“Negotiations have to go quickly,” Ayrault said", "joint airstrikes should also target convoys": what the
        # measure must do is for it
        neg = bool(ought.group("neg"))
        sign = _own(ought.group("np"), q) * (-1 if neg else 1)
        return sign, f"{ought.group('np').split()[-1]} … {ought.group('modal')} {'not ' if neg else ''}…"
    ruled = _RULED_OUT.match(text, at)
    if ruled and is_measure_term(ruled.group("verb"), q):
        # "the rebate is not up for renegotiation", "the embargo will not be lifted": the measure is ruled out
        term = next(w for w in ruled.group("verb").split() if is_measure_term(w, q))
        return -_own(term, q), f"{ruled.group('neg') or 'no'} … {term}"
    sign, words, np = _effect(text, at, q, w, said, copula) or (0, "", "")
    if sign:
        # what a stopping measure stops, judged, is judged against the stop ("the tariffs are vital"); the stop itself,
        # named, is judged for it ("removing the tariffs is an important condition")
        if q.stopping and _ENDS_IT.match(np):
            return sign * _about(np, q), words  # how the stop is judged, whichever word names it
        if q.stopping and _carries_the_stop(np, q):
            return sign, words  # "said the deal was unacceptable": the deal that makes the cut is the stop
        return (-sign if q.stopping else sign), words
    return _modal_claim(text, at, q)


_NOT_ONLY = r"(?!\s+(?:only|just|merely)\b)"  # "not only …, but also …" is no negation
# What is said must or cannot happen: "said all Western countries should ban Russian tourists", "said gas could not be
# part of the next set of sanctions", "said the council had no authority to send inspectors"
_MODAL_CLAIM = re.compile(
    r"\b(?P<modal>should|must|ought to|needs? to|has to|have to|(?:has|have|had) (?:an|a|the) (?:obligation|duty) to|"
    r"(?:is|are|was|were) (?:obliged|obligated|duty-bound) to|(?P<no>cannot|can't|could not|couldn't|"
    # ("should not only agree …, but also …" is no negation; "cannot just impose …" still is)
    r"should not" + _NOT_ONLY + r"|shouldn't|must not" + _NOT_ONLY + r"|mustn't|will not|"
    r"won't|would not|wouldn't|(?:has|have|had) no (?:right|authority|mandate) to))"
    r"(?P<neg>\s+(?:not|never)\b" + _NOT_ONLY + r")?",
    re.I,
)
_CLAIM_END = re.compile(r"[.;:?!]|\s[—–]\s|,\s+(?:but|while|although|though|as|after|before|when|because)\s|[”\"]")
_HESITATE = re.compile(r"\s+(?:\w+\s+)?(?:hesitate|delay|wait|hold back|hold off|shy away|postpone|put off)\b", re.I)
_STOP_AFTER = re.compile(r"\s+(?:be\s+)?(?:\w+ly\s+)?(?:stop|halt|cease|end|abandon|drop|scrap|lift|suspend|"
                         r"refrain from|give up|stopped|halted|ended|abandoned|dropped|scrapped|lifted|suspended)\b",
                         re.I)
_GOES_ON = re.compile(r"\s+(?:be\s+)?(?:allowed to\s+)?(?:continue|keep|resume|maintain|go on|carry on|allow)", re.I)


def _modal_claim(text: str, at: int, q: Question) -> tuple[int, str] | None:
    """What the clause at ``at`` says must or cannot be done, when it names the measure by at least two of its words:
    must is for the measure, cannot against it (for a measure that stops something, must go on is against it)."""
    clause = _CLAIM_END.split(text[at : at + 240], maxsplit=1)[0]
    modal = _MODAL_CLAIM.search(clause)
    if modal is None or len(clause[: modal.start()].split()) > 10:
        return None  # the modal of a clause further on, not of what is said
    named: list[str] = []
    for word in re.findall(r"[A-Za-z][\w-]+", clause):
        if is_measure_term(word, q) and word.lower() not in (n.lower() for n in named):
            named.append(word)
    if len(named) < 2 or not any(stem(w) in _core(q) for w in named):
        return None
    sign = -1 if modal.group("no") or modal.group("neg") else 1
    if _HESITATE.match(clause, modal.end()):
        sign = -sign  # "should not hesitate to lift the sanctions"; "must hold off until the envoy reports"
    if q.stopping and _GOES_ON.match(clause, modal.end()):
        sign = -sign  # "said the exports must continue" when the question is whether to halt them
    elif not q.stopping and _STOP_AFTER.match(clause, modal.end()):
        sign = -sign  # "said Europe must stop imposing sanctions" when the question is whether to impose them
    return sign, f"{modal.group('modal').lower()} {'not ' if modal.group('neg') else ''}… {named[0]}"


_PREPOSITIONS = {"of", "into", "on", "against", "over", "for", "to", "in", "from", "with", "after", "by", "at", "under",
                 "despite", "amid", "as", "before", "until", "within"}


def _core(q: Question) -> set[str]:
    """Stems of the measure's own words: those of the question up to the first preposition after its action ("extend
    the mandate" of "… extend the mandate of the inquiry into chemical attacks"), not what it is about."""
    out: set[str] = set()
    for word in re.findall(r"[A-Za-z][\w-]+", q.text):
        if word.lower() in _PREPOSITIONS and out:
            break
        if is_measure_term(word, q):
            out.add(stem(word))
    return out


def _own(verb: str, q: Question) -> int:
    """+1 when ``verb`` is the measure's own action, -1 when it is what a stopping measure ends ("should be
    punished" when the question is whether to lift the embargo)."""
    return -1 if q.stopping and not does_measure(verb, q) else 1


def _effect(
    text: str, at: int, q: Question, w: _Words, said: re.Pattern[str], copula: re.Pattern[str]
) -> tuple[int, str, str] | None:
    """What the clause at ``at`` says the measure will do, or what it calls it, on the measure as it is named; with
    the noun phrase it is said of."""
    m = said.match(text, at)
    if m is not None and said is _SAID and not (w.good.match(m.group("verb")) or w.bad.match(m.group("verb"))):
        m = _SAID_MODAL.match(text, at) or m  # "air strikes could do serious harm": the noun phrase before the modal
    if m and _about(m.group("np"), q):
        effect = m.group("verb")
        # (an effect of several words is read on from its verb: "would stay in place")
        tail = text[m.start("verb") : m.start("verb") + 40]
        found = w.good.match(tail) or w.bad.match(tail)
        effect = found.group() if found and len(found.group()) > len(effect) else effect
        sign = 1 if w.good.match(tail) else -1 if w.bad.match(tail) else 0
        if not sign:
            # "a Brexit would cause market turmoil, disrupt trade and weaken the West": the verbs coordinated with it
            for more in _MORE_VERBS.finditer(re.split(r"[.;:”\"]", text[m.end() : m.end() + 100], maxsplit=1)[0]):
                sign = 1 if w.good.match(more.group(1)) else -1 if w.bad.match(more.group(1)) else 0
                if sign:
                    effect = more.group(1)
                    break
        if sign:
            neg = bool(m.group("neg") or m.group("neg2"))
            np = m.group("np")
            return (-sign if neg else sign) * _about(np, q), f"{'not ' if neg else ''}{effect}", np
    # a longer subject: "that the U.S. decision to suspend visa processing was seriously hampering …"
    aux = _LONG_SUBJECT.match(text[at : at + 200])
    if aux and _about(aux.group("np"), q):
        effect = aux.group("verb")
        sign = 1 if w.good.match(effect) else -1 if w.bad.match(effect) else 0
        if sign:
            neg = bool(aux.group("neg"))
            np = aux.group("np")
            return (-sign if neg else sign) * _about(np, q), f"{'not ' if neg else ''}{effect}", np
    # "said the plan was a worrying issue", "argued the target is unrealistic": what the measure is called
    c = copula.match(text, at)
    if c and c.group("np").strip().lower() == "it":
        # "said it would be wrong to punish Iran", "said it was a mistake to expel Russia": what is judged is the act
        # named after the judgment
        rest = re.split(r"[.;:”\"]|\s[—–-]{1,2}\s", text[c.end() : c.end() + 140], maxsplit=1)[0]
        judged = _EXTRAPOSED.match(rest)
        if judged:
            good = w.good_names.fullmatch(judged.group("name"))
            bad = w.bad_names.fullmatch(judged.group("name"))
            verb = judged.group("act").split()[0]
            # (the act is a deed on the measure, not words about it: "wrong to punish Iran", "not necessary to increase
            # the fund", but not "wrong to claim the sanctions failed")
            own = not (w.say.match(verb) or _CLAIMING.match(verb))
            about = _about(judged.group("act"), q) if (good or bad) and own and not judged.group("agent") else 0
            if about:
                neg = bool(c.group("neg"))
                sign = (1 if good else -1) * (-1 if neg else 1) * about
                return sign, f"{'not ' if neg else ''}{judged.group('name')}", judged.group("act")
    if not c or not _about(c.group("np"), q):
        return None
    rest = re.split(r"[.;:”\"]|\s[—–-]{1,2}\s|,\s", text[c.end() : c.end() + 60], maxsplit=1)[0]
    good, bad = w.good_names.search(rest), w.bad_names.search(rest)
    found = min((x for x in (good, bad) if x), key=lambda x: (x.start(), -len(x.group())), default=None)
    if found is None:
        return None
    neg = bool(c.group("neg"))
    sign = (1 if found is good else -1) * (-1 if neg else 1) * _about(c.group("np"), q)
    return sign, f"{'not ' if neg else ''}{found.group()}", c.group("np")


# A judgment and the act it is of, after an empty "it": "(it would be) wrong to punish Iran", "(it was) a big mistake
# to expel Russia"
_EXTRAPOSED = re.compile(
    r"(?:an?\s+)?(?:\w+\s+)?(?P<name>[\w-]+)\s+(?:for\s+(?P<agent>[\w-]+)\s+)?to\s+(?P<act>[^,]{3,100})", re.I
)


_CLAIMING = re.compile(r"(?:claim|say|suggest|think|believe|assume|argue|insist|pretend|expect|conclude|assert)\w*$",
                       re.I)


# A deal or plan, as what is judged: it carries the stop, unless it is what is stopped ("scrap the trade deal")
_DEAL = re.compile(r"^(?:the|this|that|any|such an?|an?)?\s*(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|compromise|"
                   r"plan|proposal|package|offer|settlement)s?$", re.I)


def _carries_the_stop(np: str, q: Question) -> bool:
    return bool(_DEAL.match(np.strip())) and not names_stopped(np, q)


_ENDS_IT = re.compile(r"^(?:the\s+)?(?:remov|lift|end|scrap|abolish|abolition|eliminat|repeal|rescind|cut|reduc|"
                     r"roll\w*\s+back|rollback|phas\w*\s+out|eas|relax|loosen|dismantl|withdraw|halt|stop|suspen|"
                     r"drop|cancel)\w*\b", re.I)
_LONG_SUBJECT = re.compile(
    r"(?:that\s+)?(?P<np>(?:[^\s,;:“”\"]+\s+){1,18}?)(?:is|are|was|were|will|would|has|have|had|could|can|may|might)"
    r"\s+(?:be\s+|been\s+)?(?P<neg>not\s+|never\s+)?[“\"‘']?(?:\w+ly\s+)?(?P<verb>[\w-]+)",
    re.I,
)
_UNDOING = re.compile(r"\b(?:suspend|halt|stop|end|lift|cancel|scrap|block|freez|cut|reduc|withdraw|abandon|revok|"
                      r"abolish|drop|postpon|delay)\w*\s+(?:the\s+|its\s+|their\s+)?(?P<what>[\w-]+)", re.I)


_MORE_VERBS = re.compile(r"(?:,|\band|\bor)\s+(?:would\s+|could\s+|will\s+)?([a-z][\w-]+)")


def conduct(text: str) -> tuple[int, str]:
    """How a clause judges what someone did: (-1, the words) when it calls it wrong ("was acting against an
    international treaty", "violated the ceasefire"), (+1, the words) when it calls it right ("were purely
    defensive"), (0, "") otherwise; a "not" right before turns it."""
    w = _words()
    found = [m for m in (w.good_names.search(text), w.bad_names.search(text), _MISCONDUCT.search(text)) if m]
    if not found:
        return 0, ""
    first = min(found, key=lambda m: (m.start(), -len(m.group())))
    sign = 1 if first.re is w.good_names else -1
    if re.search(r"\b(?:not|never|n't|no)\s+(?:\w+\s+){0,2}$", text[: first.start()]):
        sign = -sign
    return sign, first.group()


_MISCONDUCT = re.compile(
    r"\b(?:violat\w*|breach\w*|flout\w*|against (?:an? |the )?international (?:law|treaty|norms|rules)|"
    r"sabotage|disinformation|harass\w*|intimidat\w*|aggression|atrocit\w*|war crimes?|ethnic cleansing|"
    r"genocide|abuses?|repression|crackdown)\b",
    re.I,
)


def is_effect(word: str) -> bool:
    """ "weaken", "help": a word of what the measure will do, read by an evaluation rather than as a stance word."""
    w = _words()
    return bool(w.good.match(word) or w.bad.match(word))


def _about(np: str, q: Question) -> int:
    """+1 when the noun phrase names the measure, -1 when it names its undoing ("the decision to suspend visa
    processing" when the question is whether to restore it; "a Brexit" when it is whether Britain should remain in
    the EU), 0 when neither."""
    if names_reason(np, q):
        return -1  # what the measure answers ("the attacks threaten regional security"): judging it ill presses it
    if names_measure(np, q):
        return _undone(np, q)
    if _KEEPING.search(" ".join(q.action)) and _LEAVING.search(np):
        return -1
    if _VOTED_TEXT.match(np.strip()):
        return 1  # "called the resolution politically motivated": the text put to the vote is the measure's
    if _BARE_BLOCK.match(np.strip()):
        return -1  # "called the veto unjust": a veto named bare, on a question, is the measure's
    if _actors_act(np, q):
        return 1  # "called the US decision a mistake": the one asked to act has acted, and its act is judged
    return 0


def _actors_act(np: str, q: Question) -> bool:
    """The noun phrase is the act of the one asked to act, named by its kind ("the US decision") where that act can
    only be the measure: not where it is asked to stop its own doing ("Israel's decision" when the question is whether
    it should halt construction), unless what it would stop is taking part ("withdraw from the deal")."""
    act = _ACTORS_ACT.match(np.strip())
    if not (act and act.group("who").lower() in q.actor_names):
        return False
    return not q.conceding or bool(_LEAVES.search(q.text))


_LEAVES = re.compile(r"\b(?:withdraw\s+from|pull\s+out\s+of|quit|leave|exit)\b", re.I)


# The act of someone named by its kind alone: "the US decision", "Washington's move"
_ACTORS_ACT = re.compile(r"^(?:the\s+)?(?P<who>[\w.-]+?)(?:['’]s?)?\s+(?:decision|move|announcement|step)$", re.I)


# A veto or blocking named bare or by whose it is ("the veto", "Austria's veto"): the measure's undoing
_BARE_BLOCK = re.compile(r"^(?:the\s+|this\s+|that\s+)?(?:[\w-]+['’]s?\s+)?(?:veto|vetoes|blockage|obstruction)$", re.I)


# A text put to a vote, named bare: on a question, it is the one that carries the measure
_VOTED_TEXT = re.compile(r"^(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+)?(?:draft\s+)?(?:resolution|motion)$", re.I)


_KEEPING = re.compile(r"\b(?:remain|stay|keep|retain|maintain|preserv|continu|extend|renew)", re.I)
_LEAVING = re.compile(r"\b(?:brexit|exit|leav(?:e|ing)|withdrawal|departure|quit(?:ting)?|break-?up)\b", re.I)


def _undone(np: str, q: Question) -> int:
    """-1 when the noun phrase undoes the measure ("the U.S. decision to suspend visa processing" when the question is
    whether to restore it): what is said of it is said against the measure."""
    m = _UNDOING.search(np)
    if m and is_measure_term(m.group("what"), q) and not is_measure_term(m.group(0).split()[0], q):
        return -1
    return 1


# A quotation or clause that comes before its speaker: "“This deal is unacceptable,” Macron said", "The deal will hurt
# farmers, the minister said", "“…,” said German Chancellor Friedrich Merz".
_OPENING = re.compile(r"\s*[“\"‘']?\s*")
# "For France, …", "In Poland's view, …": whose view the sentence gives
_IN_VIEW = re.compile(
    r"\s*(?:(?P<lead>For)\s+(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}?)|(?P<lead2>In)\s+"
    r"(?P<who2>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}?)['’]s\s+view),\s+"
)


# A noun phrase without an article, then "as": "sees high-level foreign visits to Taiwan as interference"
_BARE_AS = re.compile(
    r"(?:[A-Z][\w.-]*['’]s\s+)?(?P<np>(?:[\w’'-]+\s+){0,8}?[\w-]+)\s+as\s+(?!well\b|part\b|soon\b|long\b)"
)


def _bare_called(text: str, at: int, q: Question, w: _Words) -> int:
    """Where what is called ends when it has no article ("calling U.S. and European sanctions against Iran
    counterproductive"): the shortest run of words after ``at`` that names the measure and is followed at once by what
    it is called; -1 when there is none."""
    words = list(re.finditer(r"[\w.’'-]+", text[at : at + 120]))
    for n in range(1, min(9, len(words))):
        end = at + words[n - 1].end()
        np = text[at:end]
        named = _about(np, q) and any(stem(x) in _core(q) for x in re.findall(r"[A-Za-z][\w-]+", np)) and not (
            restricts(q) and not restricts_text(np, q)  # "sees Chinese investment as welcome": what is restricted
        )
        after = re.match(r"\s+(?:as\s+)?(?:an?\s+|the\s+)?", text[end:])
        judged = end + after.end() if after else -1
        if named and judged >= 0 and (w.good_names.match(text, judged) or w.bad_names.match(text, judged)):
            return end
    return -1


def evaluations(text: str, q: Question | None) -> list[Evaluation]:
    """The sentence's evaluations of the question's measure (none without a question)."""
    if not q or not q.measure:
        return []
    w = _words()
    out: list[Evaluation] = []
    says = list(w.say.finditer(text))
    for verb in says:
        at = verb.end() + len(text[verb.end() :]) - len(text[verb.end() :].lstrip())
        told = _TOLD.match(text, at)  # "told Straw the plan was …", "told reporters that the deal would …"
        if verb.group().lower() in ("told", "tells", "tell", "telling"):
            # "told senior U.S. officials during talks in Havana on Monday that the decision was …"
            that = re.match(r"(?:[^;:“”\"]{0,120}?)\bthat\s+", text[at:])
            at = at + that.end() if that else told.end() if told else at
        elif verb.group().lower().startswith(("agree", "declar", "reiterat", "reaffirm", "emphasi")):
            # "agreed on Monday that the sanctions …", "are in agreement that …" (not "agree to remove …"); "declared
            # that …" (not "declared a state of emergency after …")
            that = re.match(r"(?:[^;:“”\"]{0,60}?\s)?that\s+", text[at:])
            if that is None:
                continue
            at += that.end()
        else:
            # "said on Friday that …", "said in a statement that …": when and where it was said come first
            aside = _SAID_WHEN.match(text, at)
            at = aside.end() if aside else at
        judged = _judged(text, at, q, w)
        if judged:
            out.append(Evaluation(verb.start(), verb.end(), judged[0], f"{verb.group()} … {judged[1]}"))
    for verb in _HOPE.finditer(text):
        hoped = _HOPED_FOR.match(text, verb.end())
        if hoped and verb.group().lower().startswith("hop") and names_measure(hoped.group("np"), q):
            # "hoped for “a successful resumption” of the talks": hoping for the measure is for it
            out.append(Evaluation(verb.start(), verb.end(), _own(hoped.group("np"), q), f"{verb.group()} for …"))
            continue
        # "France hopes an international conference would set out a framework": wishing the measure done is for it
        wished = _WISHED.match(text, verb.end())
        if wished is None:
            continue
        named = names_measure(wished.group("np"), q)
        # (a want needs the measure named: "wants the council to …" is read elsewhere)
        if named or (is_measure_term(wished.group("verb"), q) and not verb.group().lower().startswith("want")):
            # (and "expressed optimism that the council will finally impose sanctions": the measure done is hoped for)
            sign = -1 if wished.group("neg") else 1
            done = wished.group("verb")
            way = _own(done, q) if is_measure_term(done, q) else _own(wished.group("np"), q)
            shown = wished.group("np").split()[-1] if named else done
            out.append(Evaluation(verb.start(), verb.end(), way * sign, f"{verb.group()} … {shown}"))
    start = _OPENING.match(text)
    judged = _judged(text, start.end() if start else 0, q, w) if not out else None
    if judged:
        # the saying verb after the clause, past its closing quotation mark or comma: its holder judges the measure
        for verb in says:
            between = text[: verb.start()]
            if verb.start() > 0 and re.search(r"[,”\"]\s*(?:\S+\s+){0,6}$", between):
                out.append(Evaluation(verb.start(), verb.end(), judged[0], f"{judged[1]} … {verb.group()}", True))
                break
    view = _IN_VIEW.match(text)
    if view and w.say.search(text, view.end()):
        view = None  # "For Russia, sanctions are the best option, a Polish diplomat argued": the speaker's view
    judged = _judged(text, view.end(), q, w) if view and not out else None
    if view and judged:
        # "For France, autonomy under Moroccan sovereignty is the only basis for a solution": the view is France's
        who = "who" if view.group("who") else "who2"
        at = view.start(who)
        lead = view.group("lead") or view.group("lead2")
        out.append(Evaluation(at, at, judged[0], f"{lead} … {judged[1]}", viewer=True))
    calling, calling_as = _CALLING, _CALLING_AS
    for verb in w.call.finditer(text):
        at = verb.end() + len(text[verb.end() :]) - len(text[verb.end() :].lstrip())
        # "described a potential ban as …" first; then "sees high-level visits to Taiwan as interference"
        bare = _BARE_AS.match(text, at)
        if bare is not None and (
            not any(stem(x) in _core(q) for x in re.findall(r"[A-Za-z][\w-]+", bare.group("np")))
            or (restricts(q) and not restricts_text(bare.group("np"), q))
        ):
            # "sees Chinese investment as welcome" when the question is whether to restrict it: what the measure acts
            # on, not the measure
            bare = None
        longer = [c.match(text, at) for c in _CALLING_LONGER]
        tries = (calling_as.match(text, at), calling.match(text, at), *longer, bare)
        m = next((t for t in tries if t is not None and _about(t.group("np"), q)), None)
        end = m.end() if m is not None else _bare_called(text, at, q, w)
        if end < 0:
            continue
        about = _about(m.group("np") if m is not None else text[at:end], q)
        rest = text[end : end + 80]
        rest = re.split(r"[.;:]|\s[—–-]{1,2}\s", rest, maxsplit=1)[0]
        good, bad = w.good_names.search(rest), w.bad_names.search(rest)
        found = min((x for x in (good, bad) if x), key=lambda x: (x.start(), -len(x.group())), default=None)
        if found is None:
            continue
        sign = 1 if found is good else -1
        if re.search(r"\b(?:not|never|n't|hardly)\s+(?:an?\s+)?$", rest[: found.start()]):
            sign = -sign
        called = m.group("np") if m is not None else text[at:end]
        if q.stopping and not _carries_the_stop(called, q) and not _actors_act(called, q):
            sign = -sign  # the measure ends what is called ("Should the rebate be ended?"): "unjustified" is for it
        out.append(Evaluation(verb.start(), verb.end(), sign * about, f"{verb.group()} … {found.group()}"))
    return out
