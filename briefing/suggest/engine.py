"""Reading positions from a sentence: who holds one, which way they lean, and the words that say so."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from ..actors import ActorRegistry
from .dates import event_date
from .lexicon import Cue, Lexicon, find_cues, generic
from .mentions import Mention, finder_for, judge

CLAUSE_BREAK = re.compile(r";|\s+[—–]\s+|,?\s+(?:while|whereas|but|although|though|even as)\s+(?=\S)", re.I)
COORDINATED = re.compile(r"(?:,|\band|\bbut)\s+(?:\w+ly\s+)?$")
_LIST_GAP = re.compile(r"\s*(?:,|and|, and|,?\s*as well as|&|or)\s*(?:the\s+)?")
# A list of office holders: "the Prime Minister of Sweden, Ulf Kristersson, the Prime Minister of Norway, …"
_TITLE_GAP = re.compile(
    r"(?:\s*(?:,|and|the|of|[’']s)\s*|\s*\b(?:Prime|Foreign|Defen[cs]e|Deputy|Vice|President|Premier|Chancellor|"
    r"Minister|Secretary|King|Queen|Leader|Ambassador|Envoy)\b\s*)+"
)


def gap_joins(gap: str) -> bool:
    """The text between two actors lists them together: a list mark, or office titles with a list mark."""
    if _LIST_GAP.fullmatch(gap):
        return True
    return bool(_TITLE_GAP.fullmatch(gap)) and ("," in gap or " and " in gap)


OBJECT_END = re.compile(r",?\s+(?:and|but)\s+(?=[a-z]+(?:ed|s)\b)")


@dataclass
class Suggestion:
    actor: str
    stance: int
    cue: str
    confidence: float
    speaker: str = ""
    at: int = -1  # where its cue starts in the sentence (-1: not one cue's)
    named_at: int = -1  # where the mention it was read from starts (-1: unknown)
    general: bool = False  # the sign is the general restraint-to-escalation reading: no tie to the measure was found
    on_measure: bool = False  # what its cue acts on is the question's measure ("rejected the decision")


@dataclass
class SentenceReading:
    suggestions: list[Suggestion] = field(default_factory=list)
    speaker: str = ""
    event_date: str = ""
    candidates: list[Any] = field(default_factory=list)  # countries named that no rule placed (``linker.py``)
    # the linker's features of the countries the rules placed; None where the sentence was not parsed
    placed: dict[str, dict[str, float]] | None = None


@dataclass
class _CueHit:
    start: int
    end: int
    cue: Cue
    stance: int
    words: str
    certain: bool
    passive: bool = False  # "blocked by Hungary": the agent after "by" holds the stance


def _cues(text: str, lex: Lexicon) -> list[_CueHit]:
    hits: list[_CueHit] = []
    hypothetical = [(m.start(), m.end()) for m in _IF_CLAUSE.finditer(text)]
    for start, end, cue in find_cues(text, lex):
        if any(a <= start < b for a, b in hypothetical):
            continue  # "If the U.S. imposes a tariff, …": a hypothetical position is none
        if _DRAFT_TEXT.match(text, start):
            continue  # "called the draft resolution …": a text, not the act of drafting it
        if _PASSIVE_AUX.search(text[max(0, start - 30) : start]) and re.match(r"\w+ed\b", text[start:end]) and not (
            re.match(r"\s+by\b", text[end:])
        ):
            continue  # "Russia has been accused of …": the subject receives the accusation
        if re.match(r"\s+by\b", text[end:]):
            if cue.phrase.startswith("put"):
                continue  # "was not put off by Russian threats": deterred, not postponing
            if lex.by_phrase.match(text[start : end + 3]):
                continue  # "backed by Poland": a by-phrase, read separately
            # A passive: what the verb acts on stands before it ("the sanctions were blocked by …").
            stance, words, certain = _score_passive(text, start, end, cue, lex)
            hits.append(_CueHit(start, end, cue, stance, words, certain, passive=True))
            continue
        stance, words, certain = _score(text, start, end, cue, lex)
        if not certain and generic(cue):
            continue  # "maintains its own air monitor": a generic verb on nothing that says a position
        hits.append(_CueHit(start, end, cue, stance, words, certain))
    return hits


_DRAFT_TEXT = re.compile(r"draft\s+(?:[\w-]+\s+)?(?:resolution|law|bill|text|treaty|agreement|constitution|decision|"
                         r"statement|declaration|proposal|legislation|document|budget|regulation|directive)s?\b", re.I)
_IF_CLAUSE = re.compile(
    r"(?:^|[,;:“\"‘(]\s*|\b(?:and|but|over|about|on)\s+)(?:even\s+)?(?:if|unless|whether)\b[^,;]*", re.I
)
# "Russia has been accused of blocking aid": what the subject is said to do is someone else's claim
_REPORTED_ACT = re.compile(
    r"\b(?:accused|alleged|suspected|blamed|charged|criticised|criticized)\s+(?:of|for|with|to)\b"
)
# "Trump assailed Williams as one of those who oppose …": the clause's subject is the noun before "who", not Trump
_OTHER_RELATIVE = re.compile(r"\w.*\b(?:who|which)\s", re.S)
_PASSIVE_AUX = re.compile(r"\b(?:been|being|was|were|is|are|be|get|gets|got)\s+(?:\w+ly\s+)?$", re.I)


def _score_passive(text: str, start: int, end: int, cue: Cue, lex: Lexicon) -> tuple[int, str, bool]:
    words = text[start:end]
    if cue.polarity == 0:
        return 0, words, True
    head = CLAUSE_BREAK.split(text[max(0, start - 90) : start])[-1]
    obj_sign, obj_words = _object_sign(head, lex) if cue.takes_object else (1, "")
    sign = cue.polarity * (obj_sign if obj_sign is not None else 1)
    shown = f"{obj_words} … {words}" if obj_words else words
    return sign * max(1, cue.strength), shown.strip(), obj_sign is not None or not cue.takes_object


def _score(text: str, start: int, end: int, cue: Cue, lex: Lexicon) -> tuple[int, str, bool]:
    """The stance a cue gives: its polarity, turned by negation and by what it acts on."""
    words = text[start:end]
    if cue.polarity == 0:
        return 0, words, True
    sign = cue.polarity
    strength = cue.strength
    certain = True
    before = text[max(0, start - 25) : start]
    neg = lex.negators.search(before.split(",")[-1])
    if neg and not re.match(r"\s+(?:only|just|merely)\b", before.split(",")[-1][neg.end() :]):  # "not only X backs"
        sign = -sign
        strength = 1
        words = before.split(",")[-1][neg.start() :].strip() + " " + words  # from the negator on: "not backed"
    if cue.takes_object:
        obj_sign, obj_words = _object_sign(text[end : end + 90], lex)
        if obj_sign is None:
            certain = False
        else:
            sign *= obj_sign
            words = f"{words} … {obj_words}" if obj_words else words
    return sign * max(1, strength), words.strip(), certain


_UNDONE = re.compile(r"\s+(?:to\s+be|be|being|been|is|are|was|were)\s+(?:\w+ly\s+)?(?P<verb>\w+(?:\s+(?:back|down))?)")


def _object_sign(window: str, lex: Lexicon) -> tuple[int | None, str]:
    """+1 when a cue acts on a tougher measure (sanctions, shooting down), -1 on restraint (talks). Read once per
    window and lexicon."""
    known = lex.read_objects
    if window not in known:
        if len(known) > 20_000:
            known.clear()
        known[window] = _read_object_sign(window, lex)
    return known[window]


def _read_object_sign(window: str, lex: Lexicon) -> tuple[int | None, str]:
    window = CLAUSE_BREAK.split(window, maxsplit=1)[0]
    window = OBJECT_END.split(window, maxsplit=1)[0]
    window = re.split(r"[.;]", window, maxsplit=1)[0]
    hits: list[tuple[int, int, int, str]] = []
    for pattern, sign in ((lex.soft, -1), (lex.tough, 1)):
        for m in pattern.finditer(window):
            hits.append((m.start(), -len(m.group()), sign, m.group()))
    if not hits:
        return None, ""
    hits.sort()
    first_start, _, sign, term = hits[0]
    reverser = lex.reversers.search(window[:first_start])
    if reverser:
        return -sign, f"{reverser.group()} … {term}"
    undone = _UNDONE.match(window, first_start + len(term))
    flip = lex.reversers.search(undone.group("verb")) if undone else None
    if undone and flip and flip.start() == 0:
        return -sign, f"{term} … {undone.group('verb')}"  # "called for the embargo to be lifted"
    return sign, term


def is_question(text: str) -> bool:
    """ "What tariffs has the United States imposed?": a question states no position."""
    return text.rstrip().rstrip("”’\"')").endswith("?")


def read_sentence(
    text: str,
    registry: ActorRegistry,
    lex: Lexicon,
    published: str = "",
    as_of: str = "",
    known: frozenset[str] = frozenset(),
) -> SentenceReading:
    """``as_of``: the day people in office are looked up on when ``published`` is unknown; ``known``: the people the
    article names in full, whose surnames alone then name them ("Ishaq Dar" … "Dar said")."""
    reading = SentenceReading(event_date=event_date(text, published))
    if is_question(text):
        return reading
    mentions = finder_for(registry).find(text, published, as_of, known)
    if not mentions:
        return reading
    judge(text, mentions, lex)
    cues = _cues(text, lex)
    found: dict[str, Suggestion] = {}
    cue_at: dict[str, int] = {}  # where the cue that gave each actor its stance stands

    chosen: dict[str, _CueHit] = {}

    def give(m: Mention, hit: _CueHit, confidence: float) -> None:
        """Keep, per actor, the cue with a known object first, then the strongest, then the first."""
        for code in m.codes:
            current = chosen.get(code)
            if current is None or (hit.certain, abs(hit.stance)) > (current.certain, abs(current.stance)):
                found[code] = Suggestion(
                    code, hit.stance, hit.words, round(confidence, 2), m.speaker, hit.start, m.start
                )
                cue_at[code] = hit.start
                chosen[code] = hit

    # 1. Subjects: the nearest holder before a cue in the same clause, with those coordinated with it.
    #    A subject takes its first cue, and further cues only in coordinated verbs ("dismissed … and
    #    threatened to"); other cues after it belong to what it says, not to what it does.
    bounds = [0, *[b.end() for b in CLAUSE_BREAK.finditer(text)], len(text) + 1]
    for lo, hi in itertools.pairwise(bounds):
        clause_mentions = [m for m in mentions if lo <= m.start < hi and m.holder]
        served: set[int] = set()
        for hit in (h for h in cues if lo <= h.start < hi and not h.passive):
            before = [m for m in clause_mentions if m.end <= hit.start and not _after_by(text, m)]
            if not before:
                continue
            subject = before[-1]
            if _object_of_say(text, subject, lex):
                # "British Energy Secretary … said London would": the same actor, named again.
                same = [m for m in before[:-1] if m.codes == subject.codes]
                if not same:
                    continue
                subject = same[-1]
            if id(subject) in served and not COORDINATED.search(text[max(lo, hit.start - 30) : hit.start]):
                continue
            served.add(id(subject))
            gap = text[subject.end : hit.start]
            if len(gap.split()) > 25 or _REPORTED_ACT.search(gap) or _OTHER_RELATIVE.search(gap):
                continue
            group = [subject]
            for m in reversed(before[: before.index(subject)]):
                between = text[m.end : group[-1].start]
                if re.fullmatch(r"[’']?s?\s*(?:,|and|, and|as well as|&|or|nor)\s*(?:the\s+)?", between) or gap_joins(
                    between
                ):
                    group.append(m)
                else:
                    break
            confidence = (0.85 if abs(hit.stance) == 2 else 0.7 if hit.stance else 0.6) - (0 if hit.certain else 0.15)
            for m in group:
                give(m, hit, confidence - (0.05 if m.role in ("capital", "metonym", "demonym") else 0))

    # 1b. Passives: "the sanctions were blocked by Hungary and Slovakia".
    for hit in (h for h in cues if h.passive):
        by = re.match(r"\s+by\s+", text[hit.end :])
        if by is None:
            continue
        for m in _coordinated_after(text, hit.end + by.end(), mentions):
            confidence = (0.8 if abs(hit.stance) == 2 else 0.65 if hit.stance else 0.55) - (0 if hit.certain else 0.15)
            give(m, hit, confidence)

    # 2. Speakers named after the quote or at the end: "“…,” said Poland's foreign minister" / "…, Germany said."
    for m in mentions:
        if not m.holder or any(code in found for code in m.codes):
            continue
        head = text[: m.start].rstrip()
        tail = text[m.end :]
        said_before = re.search(r"(?:" + lex.say_verbs.pattern + r")\s*$", head, re.I)
        said_after = lex.say_verbs.match(tail.lstrip(" ’'s") if m.titled else tail.lstrip())
        if not (said_before or (said_after and head.endswith((",", "”", '"')))):
            continue
        ranked = sorted((h for h in cues if h.end <= m.start), key=lambda h: -abs(h.stance))
        if ranked:
            give(m, ranked[0], 0.6)

    # 3. By-phrases: "backed by Poland and Baltic states" takes the stance of what it backs.
    for by in lex.by_phrase.finditer(text):
        backers = _coordinated_after(text, by.end(), mentions)
        if not backers:
            continue
        backer_codes = {c for m in backers for c in m.codes}
        backed = [s for s in found.values() if s.actor not in backer_codes and cue_at[s.actor] < by.start()]
        prior = [h for h in cues if h.end <= by.start()]
        if backed and prior and prior[-1].start > max(cue_at[s.actor] for s in backed) and not prior[-1].passive and (
            not text[prior[-1].end : by.start()].strip(" ,")
        ):
            backed = []  # "opposition led by Nigeria": the stance word the by-phrase hangs on, not an earlier one
        if backed:
            base = max(backed, key=lambda s: cue_at[s.actor])  # the nearest stance before the by-phrase
            stance = max(-1, min(1, base.stance))
            words = f"{by.group()} (what {base.actor} {base.cue.split(' … ')[0]})"
        elif prior:
            stance = max(-1, min(1, prior[-1].stance))
            words = f"{by.group()} ({prior[-1].words})"
        else:
            sign, term = _object_sign(text[max(0, by.start() - 60) : by.start()], lex)
            if sign is None:
                continue
            stance, words = sign, f"{by.group()} ({term})"
        for m in backers:
            for code in m.codes:
                found.setdefault(code, Suggestion(code, stance, words, 0.6, m.speaker))

    reading.suggestions = list(found.values())
    speakers = [s.speaker for s in reading.suggestions if s.speaker]
    reading.speaker = speakers[0] if speakers else ""
    return reading


def _after_by(text: str, m: Mention) -> bool:
    return bool(re.search(r"\bby\s+(?:the\s+)?(?:\S+\s+(?:and|,)\s+)*$", text[max(0, m.start - 60) : m.start]))


def _object_of_say(text: str, m: Mention, lex: Lexicon) -> bool:
    """ "Poland said Russia must…": the actor after a verb of saying is what is talked about, not who talks."""
    before = text[: m.start].rstrip()
    if re.search(r"(?:" + lex.say_verbs.pattern + r")(?:\s+that)?\s*$", before, re.I):
        return True
    # "Kyiv requested that the U.S. sell the missiles": the one asked to act does not hold the asking's stance
    return bool(_ASKED_THAT.search(before))


_ASKED_THAT = re.compile(
    r"\b(?:request|ask|urge|demand|insist|propose|suggest|recommend|press|call)\w*\s+that(?:\s+the)?$", re.I
)


def _coordinated_after(text: str, index: int, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    cursor = index
    for m in sorted((m for m in mentions if m.start >= index), key=lambda m: m.start):
        between = text[cursor : m.start]
        if re.fullmatch(r"\s*(?:the\s+)?|\s*(?:,|and|, and|as well as|&)\s*(?:the\s+)?", between):
            out.append(m)
            cursor = m.end
        else:
            break
    return out
