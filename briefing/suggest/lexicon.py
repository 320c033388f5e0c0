"""The stance lexicon (``resources/lexicon/stance.json``) compiled into regular expressions."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..assets import resource
from ..errors import BriefingError

# What a '*' at the end of a lexicon word may stand for: the endings English verbs and nouns take.
_ENDINGS = (
    r"(?:s|es|ed|d|e|ing|ion|ions|ation|ations|ory|y|ies|ied|ying|ce|er|ers|ment|ments|ive|ence|ance|ant"
    r"|action"  # "dissatisfaction"
    r"|[lpgtnmbdr](?:ed|ing))?"  # a doubled last consonant: "cancelled", "banned", "planned"
)


def phrase_pattern(phrase: str) -> str:
    """A lexicon phrase as a regular expression: '*' ends a word with any usual ending, '…' stands for up
    to three words, apostrophes match both ' and ’."""
    body = ""
    gap = r"\s+"
    for word in phrase.split():
        if word == "…":
            gap = r"\s+(?:\S+\s+){0,3}?"
            continue
        part = re.escape(word[:-1]) + _ENDINGS if word.endswith("*") else re.escape(word)
        body = part if not body else body + gap + part
        gap = r"\s+"
    body = body.replace("’", "['’]").replace("'", "['’]")
    start = r"(?<![\w-])" if phrase[:1].isalnum() else ""
    return start + body + r"(?![\w])"


def any_of(phrases: list[str]) -> re.Pattern[str]:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return re.compile("|".join(phrase_pattern(p) for p in ordered), re.I)


@dataclass(frozen=True)
class Cue:
    phrase: str
    polarity: int
    strength: int
    takes_object: bool


_WORD = re.compile(r"[\w'’-]+")


class PhraseSet:
    """A list of phrases found word by word: only the phrases whose first word starts like the word at
    hand are tried, which is many times faster than one alternation of them all on long texts."""

    def __init__(self, phrases: list[str]) -> None:
        self.index: dict[str, list[re.Pattern[str]]] = {}
        for phrase in sorted(set(phrases), key=len, reverse=True):
            key = phrase.split()[0].rstrip("*").lower()[:3]
            self.index.setdefault(key, []).append(re.compile(phrase_pattern(phrase), re.I))

    def finditer(self, text: str) -> list[re.Match[str]]:
        found: list[re.Match[str]] = []
        cursor = 0
        for word in _WORD.finditer(text):
            if word.start() < cursor:
                continue
            for pattern in self.index.get(word.group()[:3].lower(), ()):
                m = pattern.match(text, word.start())
                if m:
                    found.append(m)
                    cursor = m.end()
                    break
        return found

    def search(self, text: str) -> re.Match[str] | None:
        found = self.finditer(text)
        return found[0] if found else None


@dataclass
class Lexicon:
    cues: list[Cue]
    cue_index: dict[str, list[tuple[re.Pattern[str], Cue]]]
    tough: PhraseSet
    soft: PhraseSet
    negators: re.Pattern[str]
    reversers: PhraseSet
    say_verbs: re.Pattern[str]
    titles: re.Pattern[str]
    not_holder_after: re.Pattern[str]
    place_prepositions: set[str]
    object_prepositions: set[str]
    by_phrase: re.Pattern[str]
    echo: re.Pattern[str] | None = None  # "followed suit", "echoed this sentiment": the line taken just before
    # what the cues act on, as read in this lexicon (``engine._object_sign``): the word rules and the parse ask alike
    read_objects: dict[str, tuple[int | None, str]] = field(default_factory=dict, repr=False, compare=False)


def build(data: dict[str, Any]) -> Lexicon:
    try:
        cues = [
            Cue(c["phrase"], int(c["polarity"]), int(c["strength"]), bool(c.get("object", False))) for c in data["cues"]
        ]
        echo = [str(e) for e in data.get("echo", [])]
        known = {c.phrase for c in cues}
        cues += [Cue(e, 0, 0, False) for e in echo if e not in known]  # found as cues; their stance comes later
        ordered = sorted(cues, key=lambda c: len(c.phrase), reverse=True)
        index: dict[str, list[tuple[re.Pattern[str], Cue]]] = {}
        for cue in ordered:  # longest first, so that "threatened to" wins over "threatened"
            key = cue.phrase.split()[0].rstrip("*").lower()[:3]
            index.setdefault(key, []).append((re.compile(phrase_pattern(cue.phrase), re.I), cue))
        return Lexicon(
            cues=cues,
            cue_index=index,
            tough=PhraseSet(data["tough"]),
            soft=PhraseSet(data["soft"]),
            negators=any_of(data["negators"]),
            reversers=PhraseSet(data["reversers"]),
            say_verbs=any_of(data["say_verbs"]),
            titles=any_of(data["titles"]),
            not_holder_after=any_of(data["not_holder_after"]),
            place_prepositions={w.lower() for w in data["place_prepositions"]},
            object_prepositions={w.lower() for w in data["object_prepositions"]},
            by_phrase=any_of(data["by_phrase"]),
            echo=any_of(echo) if echo else None,
        )
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise BriefingError(f"the stance lexicon is malformed ({exc})") from None


# A stance noun used as the name of a camp: "the Syrian opposition forces", "opposition lawmakers".
_AGENT_NOUN = re.compile(r"opposition|support|backing|resistance", re.I)
_NAMES_A_GROUP = re.compile(
    r"\s+(?:forces?|groups?|part(?:y|ies)|leaders?|figures?|lawmakers|activists|candidates?|politicians?|members?|"
    r"coalition|bloc|movement|fighters|rebels|militias?|camp|base|ships?|vessels?|troops|staff|services?|"
    r"coordinators?|spokes\w+|negotiators?|delegations?|representatives?|areas?|territory|strongholds?)\b",
    re.I,
)


_CAMP_BEFORE = re.compile(r"(?:\bthe|\b[A-Z][\w-]*|\bmoderate|\barmed|\bpolitical|\bmain|\bunited|\bexiled)\s+$")
_STANCE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:to|against|from|over|on|of|by)\b")
_STANCE_BEFORE = re.compile(
    r"\b(?:voiced|expressed|signalled|signaled|strong|fierce|firm|growing|his|her|its|their)\s+(?:[\w-]+\s+)?$"
)


def _the_opposition(text: str, m: re.Match[str]) -> bool:
    """ "the moderate Syrian opposition", "talks between the government and the opposition": the camp, named with no
    "to", "against" or "from" after it."""
    before = text[: m.start()]
    return (m.group().lower() == "opposition" and bool(_CAMP_BEFORE.search(before))
            and not _STANCE_AFTER.match(text, m.end()) and not _STANCE_BEFORE.search(before))


# Verbs that say something of a position only through what they act on: "maintains its own air monitor" is none,
# "will maintain the sanctions" is one.
_GENERIC = re.compile(
    r"(?:maintain|need|seek|sought|offer|plan|decid|join|commit|send|sent|begin|began|begun|launch|introduc|implement|"
    r"adopt|enact|proposal|secur|boost|initiative|pursu|scrambl|promis)\w*",
    re.I,
)


def generic(cue: Cue) -> bool:
    """The cue is a generic verb whose stance is only what it acts on."""
    return bool(_GENERIC.fullmatch(cue.phrase.replace("*", "").strip()))


_NOUNS = {"protests", "protesters", "protestors"}
# what stands before a verb: an adverb ("strongly"), or a name or pronoun as its subject ("Japan protests")
_VERB_BEFORE = re.compile(r"(?:\b\w+ly|\b(?:also|still|again|he|she|it)|\b[A-Z][\w.]+)[\"“”]?\s+[\"“”]?$")
# protests that someone voices: "protests against the levy have come from Chile", "protests by Peru"
_VOICED_FROM = re.compile(
    r"(?:\s+(?:against|over|at|about)\s+[^,.;:]{1,50}?)?\s+(?:(?:had|have|has)\s+(?:also\s+)?(?:come|been\s+(?:received|"
    r"lodged|voiced|registered))\s+|came\s+|come\s+|poured\s+in\s+|were\s+(?:received|lodged|voiced)\s+)?(?:from|by)\s"
)
_AGAINST_A_RULE = re.compile(
    r"(?:is|are|was|were|be)\s+against\s+(?:[\w-]+\s+){0,3}?(?:interests?|law|laws|rules|principles?|spirit|values|"
    r"norms|constitution|charter)\b",
    re.I,
)
# Where a stance word is an ordinary word: "back" as an adverb or a body part ("on the back of"), "question" as a
# noun, "demand" as the economy's ("strong demand from China").
_NOT_A_STANCE = re.compile(
    r"\b(?:claw\w*|c[oa]me?s?|coming|go(?:es|ing)?|went|brought|bring\w*|g[eo]t\w*|bounc\w*|turn\w*|look\w*|"
    r"fight\w*|fought|hit\w*|set\w*|draw\w*|drew|h[eo]ld\w*|call\w*|pa(?:y|id)\w*|wr[io]te\w*|answer\w*)\s+back\b"
    # "Britain pulled back after a revolt in parliament": a retreat, no backing (but "pulled back its troops")
    r"|\bpull\w*\s+back\b(?=\s*(?:[,.;]|(?:after|amid|as|when|from|over|in|on|last|this|at)\b))"
    r"|\bback\s+(?:to|in|into|from|home|at|then|when|where|and forth)\b"
    r"|\b(?:on|at|in|from|behind)\s+(?:the|its|their|his|her)\s+back\b"
    r"|\b(?:strong|stronger|weak|weaker|rising|falling|growing|slowing|sluggish|robust|domestic|consumer|global|"
    r"world|export|import|energy|oil|gas|market|supply and)\s+demand\b"
    r"|\b(?:a|an|the|this|that|one|no|any|each)\s+(?:\w+\s+)?question\b"
    # "the UK leader is under increasing pressure to cut …": received, not held
    r"|\bunder\s+(?:(?!(?:for|over|after|from)\b)[\w.-]+\s+){0,4}?pressure(?:\s+to\s+\w+)?\b"
    # "six billion dollars in Japan's favour", "the ruling went in its favour": to its benefit, not its stance
    r"|\bin\s+(?:[\w.-]+['’]s?|its|their|his|her|our|my|your)\s+favou?r\b"
    # "who asked not to be named", "when asked to comment", "asked for comment", "referred questions to the ministry":
    # a reporter's question, not a stance
    r"|\b(?:when|if|once|after being)\s+asked\b"
    # "asked its citizens to leave", "asked airlines to avoid the airspace": advice to people, not a stance
    r"|\basked\s+(?:its\s+|their\s+|all\s+)?(?:citizens|nationals|journalists|reporters|airlines|people|residents|"
    r"travell?ers|tourists|passengers|visitors|the\s+public)\b"
    r"|\basked\s+not\s+to\s+be\b|\basked\s+to\s+(?:be\s+(?:named|identified|quoted)|comment|respond|confirm|elaborate)\b"
    r"|\basked\s+(?:for|about)\s+(?:a\s+)?comment\b|\brefer\w*\s+(?:all\s+)?(?:questions|queries|inquiries)\b",
    re.I,
)


def find_cues(text: str, lex: Lexicon) -> list[tuple[int, int, Cue]]:
    """Every cue in ``text`` as (start, end, cue), longest match first at each word, without overlaps.

    Only the cues whose first word starts like the word at hand are tried, which keeps this fast on
    long articles (one big alternation of every cue is tried at every character otherwise). A sentence is read by
    the word rules and by the parse: the last sentences' answers are kept (the list is not to be changed)."""
    recent: dict[str, list[tuple[int, int, Cue]]] = lex.__dict__.setdefault("_recent_cues", {})
    found = recent.get(text)
    if found is None:
        found = _find_cues(text, lex)
        if len(recent) >= 256:
            recent.clear()
        recent[text] = found
    return found


def _find_cues(text: str, lex: Lexicon) -> list[tuple[int, int, Cue]]:
    found: list[tuple[int, int, Cue]] = []
    cursor = 0
    for word in _WORD.finditer(text):
        if word.start() < cursor:
            continue
        for pattern, cue in lex.cue_index.get(word.group()[:3].lower(), ()):
            m = pattern.match(text, word.start())
            if m:
                if _AGENT_NOUN.fullmatch(m.group()) and (
                    _NAMES_A_GROUP.match(text, m.end()) or re.match(r"\s+[A-Z]|-(?:held|controlled|run|led)\b",
                                                                    text[m.end() :])
                    or _the_opposition(text, m)
                ):
                    break  # "the Syrian opposition forces", "opposition Labour Party leader": a camp, not a stance
                first = m.group().split()[0].lower()
                stem = cue.phrase.split()[0].rstrip("*").lower()
                verb = first == "protests" and _VERB_BEFORE.search(text[: m.start()])  # "Japan strongly protests …"
                verb = verb or (first == "protests" and _VOICED_FROM.match(text, m.end()))  # "protests came from Peru"
                if (first.startswith(stem) and first[len(stem) :] in ("er", "ers", "or", "ors")) or (
                    first in _NOUNS and not verb
                ):
                    break  # "Trump's supporters", "amid protests": people and events, not a stance
                lo = max(0, m.start() - 50)
                if any(
                    lo + x.start() <= m.start() < lo + x.end()
                    # (but the phrase that is itself the stance stands: "hit back at the tariffs", "held back")
                    and not (m.start() == lo + x.start() and m.end() >= lo + x.end()
                             and x.group().split()[-1].lower() in cue.phrase.lower().split())
                    for x in _NOT_A_STANCE.finditer(text[lo : m.end() + 12])
                ):
                    break  # "stocks clawed back losses", "back to where he was", "a question about Brexit"
                if _AGAINST_A_RULE.match(text, m.start()):
                    break  # "such attacks were against Palestinian interests": a thing judged, nobody's stance
                found.append((m.start(), m.end(), cue))
                cursor = m.end()
                break
    return found


def starts_with_cue(text: str, lex: Lexicon) -> bool:
    word = _WORD.match(text)
    if not word:
        return False
    return any(p.match(text) for p, _ in lex.cue_index.get(word.group()[:3].lower(), ()))


def load_lexicon(path: str | os.PathLike[str] | None = None) -> Lexicon:
    path = path or resource("lexicon/stance.json")
    try:
        with open(path, encoding="utf-8") as handle:
            return build(json.load(handle))
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BriefingError(f"{path}: the stance lexicon cannot be read ({exc})") from None


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return load_lexicon(os.environ.get("BRIEFING_LEXICON") or None)
