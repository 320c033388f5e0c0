"""A learned second look at the countries a sentence names that no rule gave a position.

The grammatical rules (``grammar.py``) give a stance to a country only where a rule links the two. Many positions in
real news are held in ways no rule reaches: "…, Spain said", a name the parse hangs loosely, a stance word the rules
could not tie to its holder. For each country a parsed sentence names and no rule placed, a small logistic model
scores whether it holds a position on the brief's question, from the parse alone: the name's grammatical role and the
verb it hangs on, its case, whether it is the one the measure is aimed at, and the path from it to the nearest stance
word. The weights ship in ``resources/models/holder_linker.json``, made by ``resources/models/train_linker.py`` from
labelled real news sentences.

Where a country is placed by the model, its sign is its line in the same article (the majority of its other positions
there, the analyst's included); without one, its sign comes from the sentence (``default_sign``): the one the
measure is aimed at resists it, one that refuses is against it, one whose sentence leaves the line open takes no side,
one whose sentence calls something bad or voices disquiet is against it unless what it calls bad is more likely the
target's doing, and any other is for it.
The model only runs with a question: its features and its signs are relative to the question's measure.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

Token = Any  # a spaCy token

@dataclass
class Candidate:
    """A country the sentence names that no rule placed, with what the model reads of it."""

    code: str
    features: dict[str, float]
    cue: str  # the words shown to the analyst as the reason: the name and the word it hangs on ("Spain … said")
    speaker: str = ""
    default: int = 1  # its sign when it has no line in the article (see ``default_sign``)
    default_words: str = ""  # the words that made that sign, shown with the reason ("mistake")
    # the countries named first in the list that names this one ("Norway, Chile and Malta": Chile's and Malta's is
    # Norway): a list shares its verb, so a list placed by the linker is placed whole (``suggest._link_unplaced``)
    listed_with: tuple[str, ...] = ()


@dataclass
class Model:
    weights: dict[str, float]
    intercept: float
    threshold: float  # the probability to suggest at, where the country has a line in the article
    threshold_without_line: float  # where it has none, and its sign is only a default: the model must be surer

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


def linker_enabled() -> bool:
    return os.environ.get("BRIEFING_LINKER", "").strip().lower() not in ("off", "0", "no", "none", "false")


def default_model() -> Model | None:
    """The shipped model (or the one ``BRIEFING_LINKER_MODEL`` names), or None when it is missing or unreadable:
    suggestions then come from the rules alone."""
    return shipped_weights("BRIEFING_LINKER_MODEL", "models/holder_linker.json")


def shipped_weights(variable: str, name: str) -> Model | None:
    """The weights the environment ``variable`` names, or else the shipped resource ``name``; None when they are
    missing or unreadable. Read again only when the file changes."""
    from ..assets import resource

    path = Path(os.environ.get(variable) or resource(name))
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return None
    return _load(str(path), stamp)


_MAX_SIZE = 8 * 1024 * 1024  # the shipped weights take under 200 KB each


@lru_cache(maxsize=4)
def _load(path: str, stamp: int) -> Model | None:
    """The weights at ``path`` as last changed at ``stamp``; None unless every number is finite and in range."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(_MAX_SIZE + 1)
        if len(raw) > _MAX_SIZE:
            return None
        data = json.loads(raw.decode("utf-8"))
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        intercept = float(data["intercept"])
        threshold = float(data["threshold"])
        without = float(data.get("threshold_without_line", threshold))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None
    numbers = [intercept, *weights.values()]
    if not all(math.isfinite(x) and abs(x) <= 100 for x in numbers) or not (0 < threshold < 1 and 0 < without < 1):
        return None
    return Model(weights, intercept, threshold, without)


def _path(a: Token, b: Token) -> tuple[list[str], list[str]]:
    """Dependency labels from ``a`` up to the lowest head it shares with ``b``, and from there down to ``b``."""
    up_a = [a, *a.ancestors]
    index = {t.i: k for k, t in enumerate(up_a)}
    down: list[str] = []
    t = b
    for _ in range(len(b.doc) + 1):
        if t.i in index:
            return [x.dep_ for x in up_a[: index[t.i]]], list(reversed(down))
        down.append(t.dep_)
        if t.head.i == t.i:
            break
        t = t.head
    return [x.dep_ for x in up_a], list(reversed(down))


_PLEN = (1, 2, 3, 4, 6)  # path lengths told apart
_DIST = (2, 4, 8, 15)  # distances in words told apart
_ORDER = {"1": 1, "2": 2, "3": 3, "4": 4, "6": 6, "8": 8, "15": 15, "more": 99}


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return "more"


def _name_features(m: Any, a: Token) -> list[str]:
    """How the sentence names the country: as a name, demonym or capital; a holder by the word rules' judgement;
    with a title, as a speaker, in a possessive; and the preposition it follows."""
    from .grammar import _case

    return [
        "role=" + str(m.role),
        "holder=" + str(bool(m.holder)),
        "titled=" + str(bool(m.titled)),
        "speaker=" + str(bool(m.speaker)),
        "poss=" + str(bool(m.possessive)),
        "case=" + (_case(a) or "-"),
    ]


def _anchor_names(m: Any, a: Token) -> list[str]:
    """What both feature sets read of the name itself: its role, the word it hangs on, how the sentence names it."""
    from .grammar import _lemma

    head = a.head
    return ["adep=" + a.dep_, "ahead=" + head.pos_, "aheadl=" + _lemma(head), *_name_features(m, a)]


def _one_hot(names: list[str]) -> dict[str, float]:
    out = {"bias": 1.0}
    out.update(dict.fromkeys(names, 1.0))
    return out


def mention_features(
    text: str, m: Any, a: Token, question: Any, chosen: set[str], measure_named: bool, n_hits: int,
    anchor: list[str] | None = None,
) -> dict[str, float]:
    """What the name's place in the sentence says: its role, the verb it hangs on, its case, the question's view
    (``anchor``: ``_anchor_names`` of the name, when already read)."""
    from .grammar import SUBJECT_DEPS, _lemma

    root = a
    while root.head.i != root.i:
        root = root.head
    codes = set(m.codes)
    names = [
        *(anchor or _anchor_names(m, a)),
        "aheaddep=" + a.head.dep_,
        "rootl=" + _lemma(root),
        "a_is_rootsubj=" + str(a.head.i == root.i and a.dep_ in SUBJECT_DEPS),
        "nchosen=" + str(min(len(chosen), 2)),
        "measure=" + str(measure_named),
        "nhits=" + str(min(n_hits, 2)),
        "quote=" + str(any(q in text for q in "\"“”")),
        "target=" + str(bool(codes & set(question.targets))),
        "qactor=" + str(bool(codes & set(question.actors))),
        "benef=" + str(bool(codes & set(question.beneficiaries))),
        "conceding=" + str(bool(question.conceding)),
    ]
    return _one_hot(names)


def hit_features(
    text: str, m: Any, a: Token, hit: Any, question: Any, chosen: set[str], how: str, held: bool,
    path: tuple[list[str], list[str]] | None = None, anchor: list[str] | None = None,
) -> dict[str, float]:
    """What ties the name to one stance word: the path between them (``path``, when already found), their order and
    distance, the word itself (``anchor``: ``_anchor_names`` of the name, when already read)."""
    h = hit.token
    up, down = path or _path(a, h)
    codes = set(m.codes)
    names = [
        "up=" + ">".join(up[:3]) + ("+" if len(up) > 3 else ""),
        "down=" + ">".join(down[:3]) + ("+" if len(down) > 3 else ""),
        "path=" + ">".join(up[:2]) + "|" + ">".join(down[:2]),
        "plen=" + _bucket(len(up) + len(down), _PLEN),
        *(anchor or _anchor_names(m, a)),
        "hdep=" + h.dep_,
        "hpos=" + h.pos_,
        "order=" + ("before" if a.i < h.i else "after"),
        "dist=" + _bucket(abs(a.i - h.i), _DIST),
        "how=" + how,
        "held_other=" + str(held),
        "nchosen=" + _bucket(len(chosen), (0, 1)),
        "in_hsub=" + str(a.i == h.i or h.is_ancestor(a)),
        "stance=" + str((hit.stance > 0) - (hit.stance < 0)),
        "certain=" + str(bool(hit.certain)),
        "own_verb=" + str(bool(hit.own_verb)),
        "on_measure=" + str(bool(hit.on_measure)),
        "cue=" + hit.cue.phrase.lower(),
        "quote=" + str(any(q in text for q in "\"“”")),
        "target=" + str(bool(codes & set(question.targets))),
        "qactor=" + str(bool(codes & set(question.actors))),
    ]
    return _one_hot(names)


def candidates(
    text: str,
    anchors: list[tuple[Any, Token | None]],
    hits: list[Any],
    question: Any,
    chosen: set[str],
    countries: Callable[[str], bool],
    skip: set[str] | None = None,
) -> list[Candidate]:
    """The countries ``text`` names that the rules left unplaced (``chosen``: the ones they placed), each with the
    features of its first mention and of the stance word nearest to any of its mentions by the parse (``anchors``: each
    mention with the token that stands for it; ``countries``: whether a code is a country's). With ``skip``, only the
    countries in it are left out, and the placed ones come too (``vetter.py`` reads theirs)."""
    from .grammar import _COMPANY, _expand, _holders
    from .question import is_measure_term

    if not question:
        return []
    measure_named = is_measure_term(text, question)
    firsts: dict[str, dict[str, float]] = {}
    nearest: dict[str, tuple[tuple[int, int], Any, Token, Any]] = {}
    verbs: dict[str, str] = {}
    speakers: dict[str, str] = {}
    paths: dict[tuple[int, int], tuple[list[str], list[str]]] = {}  # from a name to a stance word, found once
    named: dict[tuple[int, int], list[str]] = {}  # what each name says of it, read once
    for m, a in anchors:
        if a is None or _COMPANY.match(text, m.end):
            continue  # "Kenya Airways", "The Washington Post": a company's name, not the state
        for code in m.codes:
            if code in (chosen if skip is None else skip) or not countries(code):
                continue
            if (m.start, a.i) not in named:
                named[(m.start, a.i)] = _anchor_names(m, a)
            if code not in firsts:
                firsts[code] = mention_features(
                    text, m, a, question, chosen, measure_named, len(hits), named[(m.start, a.i)]
                )
                verbs[code] = f"{text[m.start:m.end]} … {a.head.text}" if a.head.i != a.i else text[m.start : m.end]
                speakers[code] = m.speaker
            for hit in hits:
                if hit.token.i == a.i:
                    continue
                path = paths.get((a.i, hit.token.i))
                if path is None:
                    path = paths[(a.i, hit.token.i)] = _path(a, hit.token)
                up, down = path
                near = (_ORDER[_bucket(len(up) + len(down), _PLEN)], _ORDER[_bucket(abs(a.i - hit.token.i), _DIST)])
                if code not in nearest or near < nearest[code][0]:
                    nearest[code] = (near, m, a, hit)
    out = []
    held: dict[int, tuple[str, set[int]]] = {}  # who each stance word's parse says holds it, read once per word
    for code, first in firsts.items():
        f = dict(first)
        cue = verbs[code]
        if code in nearest:
            _, m, a, hit = nearest[code]
            if hit.token.i not in held:
                found, how = _holders(hit.token)
                held[hit.token.i] = (how, _expand(found) if found else set())
            how, group = held[hit.token.i]
            hf = hit_features(text, m, a, hit, question, chosen, how, bool(group) and a.i not in group,
                              paths.get((a.i, hit.token.i)), named.get((m.start, a.i)))
            del hf["bias"]
            f.update(zip(["h:" + k for k in hf], hf.values()))
        else:
            f["h:none"] = 1.0
        if code in chosen:
            out.append(Candidate(code, f, cue, speakers[code]))  # placed by a rule: it takes the rule's sign
            continue
        own = next(a for m, a in anchors if a is not None and code in m.codes and not _COMPANY.match(text, m.end))
        sign, words = default_sign(text, code, question, anchors, own)
        first = _first_conjunct(own)
        listed = tuple(
            c
            for m, a in anchors
            if first.i != own.i and _in_subject(first) and a is not None
            and (a.i == first.i or m.start <= first.idx < m.end)
            for c in m.codes
            if c != code
        )
        out.append(Candidate(code, f, cue, speakers[code], sign, words, listed))
    return out


def _in_subject(token: Token) -> bool:
    """Whether ``token`` is the subject or agent of its verb, or named in it ("the ministers of Norway", "G7
    members – Germany, …"): a list there is the verb's holders; elsewhere ("talks between Russia, …") it is no one's."""
    while token.dep_ in ("appos", "flat", "nmod") and token.head.i != token.i:
        if token.dep_ == "nmod" and not any(c.dep_ == "case" and c.lower_ == "of" for c in token.children):
            return False
        token = token.head
    return token.dep_ in ("nsubj", "nsubj:pass", "obl:agent")


def _first_conjunct(token: Token) -> Token:
    """The first name of the list ``token`` is in ("Malta" in "Norway, Chile and Malta": "Norway"), or itself."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def default_sign(
    text: str, code: str, question: Any, anchors: list[tuple[Any, Token | None]], own: Token | None = None
) -> tuple[int, str]:
    """A linked country's sign when it has no line in the article: the one the measure is aimed at resists it; one
    that refuses, rejects or pushes back (``own``: the token that stands for its name; "Germany's government had
    refused", "Mexico and Canada have pushed back at the demands") is against it; one whose sentence leaves the line
    open ("declined further comment", "too early to assess") takes no side (0, which holds whatever its line in the
    article); one whose sentence calls something bad or harmful ("would violate international law", "quite simply
    wrong") or voices concern or regret, when the measure is aimed at no one and judges nothing or the sentence names
    the one asked to act, and is no holding back or undoing nor for this country, is against it (what it calls bad is
    the measure or who presses it; where the measure is aimed at someone and the sentence names neither, what is
    called bad is mostly what that one did: "called the incidents a violation");
    any other is for it. With the sign, the words that made it ("mistake", "refused", "too early to"), or ""."""
    from .evaluation import judged_ill
    from .question import does_measure

    if code in question.targets:
        return -1, ""
    refusal = _refusing(own) if own is not None else ""
    if refusal:
        return -1, refusal
    undecided = _UNDECIDED.search(text)
    if undecided:
        return 0, undecided.group()  # "declined further comment", "too early to assess", "if needed"
    denial = _not_doing(own) if own is not None else ""
    if denial:
        return -1, denial  # "Ottawa was not considering any limits", "said it is not setting any export quota"
    backed = _backing_the_one_asked(text, question)
    if backed and code not in question.actors:
        # "voted in support of the UK" when the question is whether Britain should hand the islands back: backing the
        # one asked to give way is backing its refusal
        return -1, backed
    if code in question.actors - question.beneficiaries and (
        question.conceding or question.yielding or (question.restraint and question.stopping)
    ) and not does_measure(text, question) and not _COMING_ROUND.search(text):
        # the one asked to stop or undo its own doing, to give way, or to lift its own penalty mostly resists being
        # asked (where the sentence does not name the stop itself, "ordered the withdrawal", nor a step toward it,
        # "ready for talks"; a ceasefire or talks, which stop nothing named, are not asked of one side alone)
        return -1, ""
    named = {c for m, _ in anchors for c in m.codes}
    if code in question.beneficiaries or question.restraint or question.remedy or question.stopping or (
        named & set(question.targets)
    ) or ((question.targets or question.judged) and not named & set(question.actors)):
        return 1, ""  # (the one the measure is for, or a measure that holds back, undoes or is aimed at someone)
    ill = judged_ill(text) or _disquiet(text)
    return (-1, ill) if ill else (1, "")


# Words of a step toward giving way: "was ready for talks", "open to returning", "described the talks as constructive"
_COMING_ROUND = re.compile(r"\b(?:ready|willing|open\s+to|prepared\s+to|constructive|progress|compromise|agree\w*|"
                           r"accept\w*|consider\w*|offer\w*|propos\w*)\b", re.I)

_BACKING_WORDS = (r"(?:in\s+support\s+of|in\s+favou?r\s+of|sid\w*\s+with|stood\s+(?:by|with)|stand\w*\s+(?:by|with)|"
                  r"backing)")


def _backing_the_one_asked(text: str, question: Any) -> str:
    """The words by which a sentence backs the one the question asks to give way (to concede, hand back, undo its
    own doing), when it names that one right after them and not the measure; "" otherwise."""
    if not (question.conceding or question.yielding or question.remedy) or not question.actor_names:
        return ""
    from .question import is_measure_term

    names = "|".join(re.escape(n) for n in sorted(question.actor_names, key=len, reverse=True))
    found = re.search(rf"\b{_BACKING_WORDS}\s+(?:the\s+)?(?:{names})\b(?![’'-])", text, re.I)
    if found is None or is_measure_term(" ".join(text[found.end() :].split()[:4]), question):
        return ""  # (not "in support of Britain returning the archipelago": that backs the measure)
    return found.group()


# Words by which a sentence leaves its holder's line open
_UNDECIDED = re.compile(r"\b(?:declined (?:further |to )?comment|no (?:immediate |further )?comment|"
                        r"declined to (?:say|elaborate|specify)|"
                        # "wouldn't categorize America's position", "would not characterise his view"
                        r"(?:would|will|did|could)\s*(?:not|n['’]t)\s+(?:categori[sz]e|characteri[sz]e|spell out|"
                        r"say where|specify (?:what|whether|which|if))|"
                        r"too early to|no opinion|(?:publicly |remained |remains |was |is )silent|"
                        r"if (?:and when )?(?:needed|necessary)|(?:has|have|had) not (?:yet )?decided|undecided|"
                       r"(?:has|have|had|did) not (?:yet )?(?:responded|respond|received|receive)\b|"
                        r"wait and see|not my thing|(?:watching|monitoring|following)\s+(?:[\w-]+\s+){0,4}?closely|"
                        r"closely (?:watching|monitoring|following)|keeping a close (?:eye|watch)|"
                        r"(?:is|are|was|were) free to (?:decide|choose)|(?:is|was) (?:up|a matter) (?:to|for) "
                        r"(?:each|every|the)\s+\w+(?:\s+\w+)? to decide|"
                        r"(?:(?:has|have|had) not (?:yet )?(?:taken|adopted)|(?:has|have|had) yet to (?:take|adopt)|"
                        r"without taking) an? (?:position|stance|view|side)|taken no (?:position|stance|side))\b", re.I)
_DISQUIET_WORDS = re.compile(r"\b(?:concerned|worried|alarmed|dismayed|disappointed|dissatisfied|regrets?|regretted|"
                             r"deplored?|dissatisfaction|disappointment|dismay|displeasure|outrage|outraged)\b", re.I)


def _disquiet(text: str) -> str:
    """A word of disquiet or regret in the sentence ("said it was 'concerned' by …"), or ""."""
    found = _DISQUIET_WORDS.search(text)
    return found.group() if found else ""


# What a holder does when it turns the measure down, whatever the measure: refuses, rejects, pushes back, votes against
_REFUSALS = {"refuse", "reject", "oppose", "resist", "decline", "balk", "rebuff", "spurn", "veto", "object"}
_REFUSING_PHRASES = {("push", "back"), ("vote", "against"), ("rule", "out"), ("hold", "out"), ("dig", "in")}


def _name_head(token: Token) -> Token:
    """The word that stands for a whole name in its clause: "Mexico and Canada", "Germany's government", "German
    officials" stand where their first or head word does."""
    t = token
    while t.dep_ in ("conj", "appos", "flat", "compound", "nmod:poss", "amod") and t.head is not t:
        t = t.head
    return t


def _negation(verb: Token) -> Token | None:
    """The word that negates ``verb`` ("not", "never", "n't"), or None."""
    return next((c for c in verb.children
                 if (c.dep_ == "advmod" and c.lower_ in ("not", "never", "n't")) or c.dep_ == "neg"), None)


def _refusing(token: Token) -> str:
    """The verb by which the holder ``token`` stands for turns something down, unnegated ("Germany's government had
    refused", "Both Mexico and Canada have pushed back", "the U.K. and France, voting against it"), or ""."""
    from .grammar import _lemma

    t = _name_head(token)
    verbs = [t.head] if t.dep_ in ("nsubj", "csubj") else []
    verbs += [c for c in t.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")]  # "France, voting against it"
    for v in verbs:
        if _negation(v) is not None:
            continue
        lemma = _lemma(v)
        forms = {lemma, lemma + "e"}
        after = {c.lower_ for c in v.children if c.dep_ in ("compound:prt", "advmod")}
        after |= {g.lower_ for c in v.children for g in c.children if g.dep_ == "case"}  # "voting against it"
        if forms & _REFUSALS or {(f, w) for f in forms for w in after} & _REFUSING_PHRASES:
            return v.text
    return ""


# Verbs whose negation is no refusal ("would not hesitate to", "did not object", "was not surprised")
_NEGATIVE_VERBS = _REFUSALS | {"hesitate", "block", "rule", "oppose", "stop", "halt", "prevent", "allow", "surprise",
                               "exclude", "deny", "criticize", "criticise", "condemn", "fear", "worry", "mind"}
_SAYING = {"say", "tell", "state", "add", "insist", "stress", "confirm", "announce", "declare", "maintain", "assure",
           "reiterate", "explain", "note", "argue", "repeat"}
# the holder again, as the subject of what it says ("said it is not setting", "said his country was not cooperating")
_SELF = {"it", "we", "he", "she", "i"}
_SELF_NOUNS = {"country", "government", "nation", "administration", "state"}


def _not_doing(token: Token) -> str:
    """The negated verb by which the holder ``token`` stands for says it is not doing something ("Ottawa was not
    considering any limits", "Pakistan has no cooperation with …", "Australia has said it is not setting any quota",
    "said his country was not cooperating"), or "": a country that says it does not do a thing is against doing it.
    Not a verb that is itself a refusal or a misgiving ("would not hesitate", "did not oppose"), nor "not only"."""
    from .grammar import _lemma

    t = _name_head(token)
    if t.dep_ != "nsubj":
        return ""
    verbs = [t.head]
    if _lemma(t.head) in _SAYING:
        listed = any(c.dep_ == "conj" for c in t.children)  # "Finland and Sweden said they …"
        for c in t.head.children:
            subject = next((s for s in c.children if s.dep_ == "nsubj"), None) if c.dep_ == "ccomp" else None
            if subject is not None and (subject.lower_ in _SELF or (listed and subject.lower_ == "they") or (
                subject.lower_ in _SELF_NOUNS
                and any(p.dep_ == "nmod:poss" and p.tag_ == "PRP$" for p in subject.children)
            )):
                verbs.append(c)
    for v in verbs:
        if not v.tag_.startswith("VB") or {_lemma(v), _lemma(v) + "e"} & _NEGATIVE_VERBS:
            continue
        if any(c.lower_ in ("back", "by", "idly") for c in v.children):
            continue  # "would not sit back", "will not stand idly by": a warning, no denial
        not_word = _negation(v)
        if not_word is not None and not (not_word.i + 1 < len(v.doc) and v.doc[not_word.i + 1].lower_ == "only"):
            return f"{not_word.text} {v.text}"
        no = next((d for c in v.children if c.dep_ == "obj" for d in c.children
                   if d.dep_ == "det" and d.lower_ == "no"), None)
        if no is not None and not any(c.dep_ == "obj" and c.lower_ in ("comment", "choice", "doubt", "objection",
                                                                       "objections", "problem", "problems")
                                      for c in v.children):
            return f"{v.text} no {no.head.text}"
    return ""


def article_lines(claims: list[Any], fresh: set[int] | None = None) -> dict[tuple[str, str], int]:
    """Each country's lean in each article: its positions there toward the question, +1 or -1 each. The analyst's
    count everywhere; suggestions only on the claims of ``fresh`` (their ``id()``; all when None), the ones just
    read toward the current question (others may be left from an earlier question)."""
    lines: dict[tuple[str, str], int] = {}
    for c in claims:
        for p in c.positions:
            if p.stance and (not p.suggested or fresh is None or id(c) in fresh):
                key = (c.source, p.actor)
                lines[key] = lines.get(key, 0) + (1 if p.stance > 0 else -1)
    return lines
