"""Finding the actors a sentence names, and telling position holders from mere mentions."""

from __future__ import annotations

import re

from ..names import Mention, MentionFinder, finder_for  # noqa: F401  (moved there; imported from here too)
from .lexicon import Lexicon, starts_with_cue

_POSSESSIVE = re.compile(r"^['’]s?\b")
_NAME_WORD = re.compile(r"\s*([A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]+)")
_AUX = re.compile(
    r"^\s*(?:,\s*)?(?:has|have|had|is|are|was|were|will|would|could|should|can|may|might|must|"
    r"also|again|already|now|then|too|on \w+day|,)\b",
    re.I,
)


def judge(text: str, mentions: list[Mention], lex: Lexicon) -> None:
    """Mark the mentions that can hold a position, and find the speaker each one names.

    A sentence is judged for the word rules and again for the parse: the last sentences' verdicts are kept."""
    recent: dict[tuple[object, ...], list[_Verdict]] = lex.__dict__.setdefault("_recent_judged", {})
    key = (text, *((m.start, m.end, tuple(m.codes), m.role, m.speaker) for m in mentions))
    done = recent.get(key)
    if done is None:
        _judge(text, mentions, lex)
        if len(recent) >= 256:
            recent.clear()
        recent[key] = [(tuple(m.codes), m.role, m.holder, m.speaker, m.possessive, m.titled) for m in mentions]
        return
    for m, (codes, role, holder, speaker, possessive, titled) in zip(mentions, done):
        m.codes, m.role, m.holder, m.speaker = list(codes), role, holder, speaker
        m.possessive, m.titled = possessive, titled


_Verdict = tuple[tuple[str, ...], str, bool, str, bool, bool]  # codes, role, holder, speaker, possessive, titled


def _judge(text: str, mentions: list[Mention], lex: Lexicon) -> None:
    for m in mentions:
        after = text[m.end :]
        poss = _POSSESSIVE.match(after)
        if poss:
            m.possessive = True
            after = after[poss.end() :]
        stripped = after.lstrip()
        title = lex.titles.match(stripped) or _title_after_adjectives(stripped, lex)
        m.titled = bool(title)
        before_word = _previous_word(text, m.start)
        governing = governing_word(text, m)  # "talks with Japan, Canada and Mexico", "a lawyer in the UK": with, in
        if (
            governing in lex.object_prepositions | lex.place_prepositions
            and governing not in ("by", "of")
            and not (title or m.possessive)  # "a spokesperson for the British Foreign Office" speaks for it
        ):
            before_word = governing
        if _ACTS_ON.fullmatch(governing) and governing not in _NOT_VERBS and not m.possessive:
            m.holder = False  # "accused Japan and Canada of meddling", "urged Serbia to": what a verb acts on
            continue
        if after.startswith("-") or FORMER.search(text, max(0, m.start - 12), m.start):
            # "Britain-based", "Russia-backed"; not "Britain - also an ICC member - was"; "the former Soviet republic",
            # "post-Soviet states": another country, or what it once was
            m.holder = False
        elif _OFFICIALS_IN.search(text, 0, m.start):
            m.holder = True  # "officials in Rome said …", "diplomats in Berlin": the government there
        elif title:
            m.holder = before_word not in lex.object_prepositions | lex.place_prepositions or before_word == "by"
        elif m.possessive:
            m.holder = False
        elif _title_of(text, m.start, lex):
            m.holder = True  # "the Prime Minister of Sweden, Ulf Kristersson, …"
        elif (
            lex.not_holder_after.match(stripped)
            or (stripped[:1].isupper() and m.role != "group" and not _starts_verbish(stripped, lex))
            or (m.role == "name" and _MODIFIES.match(stripped) and not _starts_verbish(stripped, lex))
        ):
            m.holder = False  # "Russian aircraft", "the Paris Agreement", "Washington Post", "a U.S. policy problem"
        elif m.role == "demonym":
            # A demonym alone holds a position only as a people: "the French said", "Germans rejected".
            # "44 percent of Americans want …" is a public, not a government: only "the French", "the Germans".
            m.holder = before_word == "the" and _starts_verbish(stripped, lex)
        elif m.role in ("capital", "metonym"):
            m.holder = before_word not in lex.place_prepositions | lex.object_prepositions and _starts_verbish(
                stripped, lex
            )
        else:
            m.holder = before_word not in lex.place_prepositions | lex.object_prepositions or before_word == "by"
        if m.holder and m.role != "person":
            m.speaker = _speaker(text, m, lex)
    for m in mentions:  # "Polish Prime Minister Donald Tusk": the person is inside the country's speaker
        if m.role == "person" and any(
            o.speaker and o.codes == m.codes and o.start < m.start < o.start + len(o.speaker) + 4 for o in mentions
        ):
            m.holder = False


FORMER = re.compile(r"\b(?:former|ex-|post-)\s*$", re.I)
_OFFICIALS_IN = re.compile(
    r"\b(?:officials?|diplomats?|government sources|authorities|policymakers|policy-makers)\s+in\s+(?:the\s+)?$", re.I
)


def _starts_verbish(after: str, lex: Lexicon) -> bool:
    return bool(
        _AUX.match(after)
        or lex.say_verbs.match(after)
        or starts_with_cue(after, lex)
        or re.match(r"^(?:and|or|,)\b", after)
        or re.match(r"^[a-z]+(?:ed|s)\b", after)
    )


_NOT_ADJECTIVE = re.compile(r"^(?:and|or|but|the|a|an|to|of|in|on|is|was|has|had|said|says|will|would)\b", re.I)


def _title_after_adjectives(after: str, lex: Lexicon) -> re.Match[str] | None:
    """ "the Danish defence ministry", "US Trade Representative": up to two words before the title."""
    if _NOT_ADJECTIVE.match(after):
        return None
    words = re.match(r"^([A-Za-z-]+\s+)([A-Za-z-]+\s+)?", after)
    if not words:
        return None
    one = words.group(1)
    title = lex.titles.match(after[len(one) :])
    if title or not words.group(2) or _NOT_ADJECTIVE.match(words.group(2)):
        return title
    return lex.titles.match(after[len(one) + len(words.group(2)) :])


_OF_BEFORE = re.compile(r"\s+of\s+(?:the\s+)?$")


_LEADERS_OF = re.compile(r"\b(?:leaders|heads of (?:state|government)|governments|prime ministers|presidents|"
                         r"foreign ministers|defen[cs]e ministers)\s*$", re.I)


def _title_of(text: str, index: int, lex: Lexicon) -> bool:
    """ "the Prime Minister of Sweden": a capitalised office title with "of" right before the country."""
    before = text[max(0, index - 60) : index]
    of = _OF_BEFORE.search(before)
    if not of:
        return False
    if _LEADERS_OF.search(before[: of.start()]):
        return True  # "the leaders of Iceland, Ireland and Norway", "the governments of Spain and Portugal"
    words = re.findall(r"[A-Za-z-]+|[^\sA-Za-z-]", before[: of.start()])[-3:]
    return any(
        words[i][:1].isupper() and lex.titles.fullmatch(" ".join(words[i:])) is not None for i in range(len(words))
    )


# A name followed by a noun it qualifies ("U.S. economic data", "a U.S. policy problem"), not by a verb, an adverb
# or a time word.
_MODIFIES = re.compile(
    r"^(?!(?:today|yesterday|now|also|again|still|then|however|too|alone|itself|instead|first|last|later|earlier|"
    r"once|soon|already|never|always|often|later|together|too)\b)[a-z][a-z-]+\s+[a-z]"
)
# Prepositions that make a name a place, a partner or what is acted on ("with Germany", "in the UK").
GOVERNING_PREPOSITIONS = {"with", "in", "to", "into", "at", "from", "against", "on", "over", "about", "between",
                          "toward", "towards", "near", "via", "across", "inside", "outside", "around", "for", "under"}
_ACTS_ON = re.compile(r"[a-z]{3,}ed|urges?|tells?|asks?|warns?|presses|invites?|summons|accuses|blames")
_NOT_VERBS = {"allied", "united", "embattled", "beleaguered", "landlocked", "isolated", "neighboured", "talked"}
_IN_LIST_AFTER = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?[A-Z]")
_IN_LIST_BEFORE = re.compile(r"(?:,\s*(?:and|or)|\b(?:and|or))\s+(?:the\s+)?$")
_LIST_BACK = re.compile(r"(?:(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s*(?:,\s*(?:and|or)?|and|or|&)\s+)+$")


def governing_word(text: str, m: Mention) -> str:
    """The word that governs the mention, past "the" and past the list it stands in: "in" for "a lawyer in the UK",
    "including" for "with other partners, including Europe, Japan, Canada and Mexico"."""
    before = text[: m.start]
    if _IN_LIST_AFTER.match(text[m.end :]) or _IN_LIST_BEFORE.search(before):
        back = _LIST_BACK.search(before)
        if back:
            before = before[: back.start()]
    words = re.findall(r"[\w’'-]+", before[-60:].lower())
    while words and words[-1] in ("the", "a", "an"):
        words.pop()
    return words[-1] if words else ""


def _previous_word(text: str, index: int) -> str:
    m = re.search(r"([\w’'-]+)\W*$", text[:index])
    return m.group(1).lower() if m else ""


_WHEN = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|"
                   r"September|October|November|December|Today|Yesterday|Tonight")


def _speaker(text: str, m: Mention, lex: Lexicon) -> str:
    """The person or body the mention introduces: "Polish Prime Minister Donald Tusk"."""
    if not m.titled:
        return ""
    start = m.start
    if text[max(0, start - 4) : start].lower() == "the ":
        start -= 4
    cursor = m.end
    poss = _POSSESSIVE.match(text[cursor:])
    if poss:
        cursor += poss.end()
    # the title (with up to two adjectives before it)
    rest = text[cursor:]
    lead = len(rest) - len(rest.lstrip())
    t = lex.titles.match(rest[lead:]) or _title_after_adjectives(rest[lead:], lex)
    if t is None:
        return ""
    # t may have matched a slice of rest (after one or two adjectives): measure from where that slice starts
    cursor += lead + (len(rest) - lead - len(t.string)) + t.end()
    # then a name: up to three capitalised words ("Donald Tusk", "Radosław Sikorski")
    for _ in range(3):
        n = _NAME_WORD.match(text, cursor)
        if not n or lex.say_verbs.fullmatch(n.group(1)) or starts_with_cue(n.group(1), lex) or _WHEN.fullmatch(
            n.group(1)
        ):
            break  # (not a day or month after the name: "Prime Minister Ehud Barak Thursday expressed …")
        cursor = n.end()
    return text[start:cursor].strip(" ,").rstrip(".")
