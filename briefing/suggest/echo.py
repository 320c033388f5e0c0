"""Stances taken by echoing: "Norway echoed this sentiment", "France followed suit", "Spain took a similar line".

The echo words (``echo`` in ``resources/lexicon/stance.json``) say nothing of their own direction: the holder takes the
line of whoever held a position just before, earlier in the same sentence or in the one or two sentences before it in
the same article. When those before disagree, or nobody held one, the echo is no position at all.
"""

from __future__ import annotations

import re

from .engine import SentenceReading, Suggestion
from .lexicon import Lexicon

LOOK_BACK = 2  # sentences
_NEGATED = re.compile(r"(?:not|never|n't|no)\b", re.I)


def is_echo(suggestion: Suggestion, lex: Lexicon) -> bool:
    return lex.echo is not None and bool(lex.echo.search(suggestion.cue))


# "Iraq insisted that the flight was humanitarian, a position which China and Russia supported": the cue acts on the
# position just stated, whoever held it
_SHARED_VIEW = re.compile(r",\s+(?:a|an|the)\s+(?:\w+\s+)?(?:position|view|stance|claim|argument|line|assessment)\s+"
                          r"(?:which|that)\s+[^;.]{0,80}$", re.I)
_BACKING = re.compile(r"(?:support|back|shar|endors|agree|accept|echo)", re.I)
_DISPUTING = re.compile(r"(?:reject|oppos|disput|challeng|dismiss|contest|deni)", re.I)


def _shared_view(sug: Suggestion, text: str) -> int:
    """+1 when the suggestion backs the position the sentence stated just before it, -1 when it disputes it, else 0."""
    here = _where(sug, text)
    if here <= 0 or not _SHARED_VIEW.search(text[:here]):
        return 0
    first = sug.cue.split(" … ")[0].split()
    verb = first[-1] if first else ""
    way = 1 if _BACKING.match(verb) else -1 if _DISPUTING.match(verb) else 0
    return -way if _NEGATED.match(sug.cue) else way


def _where(suggestion: Suggestion, text: str) -> int:
    """Where the suggestion's cue stands in the sentence (its first word; -1 when not found)."""
    if suggestion.at >= 0:
        return suggestion.at
    words = re.sub(r"^(?:not|no|never|n't)\s+", "", suggestion.cue.split(" … ")[0]).split()
    return text.lower().find(words[0].lower()) if words else -1


def resolve_echoes(
    reading: SentenceReading, text: str, earlier: list[list[tuple[str, int]]], lex: Lexicon
) -> None:
    """Give each echo in ``reading`` (of sentence ``text``) the stance it echoes, or drop it.

    ``earlier``: the (actor, stance) positions of the sentences before this one in the same article, nearest first."""
    for sug in reading.suggestions:
        way = _shared_view(sug, text)
        stated = [
            s for s in reading.suggestions
            if way and s is not sug and s.stance and 0 <= _where(s, text) < _where(sug, text)
            and not _shared_view(s, text)
        ]
        held = {(s.stance > 0) - (s.stance < 0) for s in stated}
        if way and len(held) == 1:
            sug.stance = way * held.pop() * max(1, abs(sug.stance))  # the stated position's line, backed or disputed
            sug.cue = f"{sug.cue} … {'like' if way > 0 else 'against'} {', '.join(sorted({s.actor for s in stated}))}"
    if lex.echo is None or not any(is_echo(s, lex) for s in reading.suggestions):
        return
    kept: list[Suggestion] = []
    for sug in reading.suggestions:
        if not is_echo(sug, lex):
            kept.append(sug)
            continue
        if _NEGATED.match(sug.cue):
            continue  # "did not follow suit": what it did instead is not said
        here = _where(sug, text)
        before = [
            (s.actor, s.stance)
            for s in reading.suggestions
            if s is not sug and not is_echo(s, lex) and s.actor != sug.actor and 0 <= _where(s, text) < here
        ]
        if not before:
            for positions in earlier[:LOOK_BACK]:
                before = [(actor, stance) for actor, stance in positions if actor != sug.actor]
                if before:
                    break
        values = {stance for _, stance in before}
        signs = {(v > 0) - (v < 0) for v in values}
        if len(signs) != 1:
            continue
        sign = signs.pop()
        sug.stance = values.pop() if len(values) == 1 else sign
        who = ", ".join(sorted({actor for actor, _ in before}))
        sug.cue = f"{sug.cue} … like {who}"
        kept.append(sug)
    reading.suggestions = kept
