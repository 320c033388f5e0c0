"""The part of a claim that places a country: a window around its mention and the cue, with ellipses where cut.

A long claim often names several countries. Cutting it at a fixed length shows every one of them the same
opening words, which may say nothing about where that country stands ("Germany warned …" as Estonia's basis).
The window here always holds the country's mention and the words that place it; context is added around them
up to the length allowed, preferring to stop at clause boundaries, and an ellipsis marks each cut.
"""

from __future__ import annotations

import re

from ..actors import ActorRegistry, default_registry
from ..model import Claim, Position

ELLIPSIS = "…"
_CLAUSE_START = re.compile(r"(?:^|[,;:—–(]\s+|\.\s+|\s[—–]\s)")
_DANGLING = re.compile(r"\s+(?:and|or|but|while|whereas|as|with|of|to|the|a|an|that|which|who)$", re.I)
_CLAUSE_END = re.compile(r"[,;:—–)]|\.(?:\s|$)|\s[—–]\s")


def basis_quote(claim: Claim, position: Position, registry: ActorRegistry | None = None, limit: int = 115) -> str:
    """The claim as a quote for ``position``'s actor, at most about ``limit`` characters, never cut inside the
    country's mention or the cue that places it."""
    text = " ".join(claim.text.split())
    if len(text) <= limit:
        return text
    anchor = _anchor(text, position, registry or default_registry())
    return window(text, anchor, limit)


def claim_quote(claim: Claim, registry: ActorRegistry | None = None, limit: int = 230) -> str:
    """The claim as a quote of key evidence: whole when short, else the window around its first position's placing
    words (the analyst's positions first)."""
    text = " ".join(claim.text.split())
    if len(text) <= limit or not claim.positions:
        return window(text, None, limit)
    ranked = sorted(claim.positions, key=lambda p: p.suggested)
    registry = registry or default_registry()
    spans = [_anchor(text, p, registry) for p in ranked]
    found = [s for s in spans if s is not None]
    if not found:
        return window(text, None, limit)
    # Every position's placing words when they fit together; otherwise the first one's.
    start, end = min(s[0] for s in found), max(s[1] for s in found)
    return window(text, (start, end) if end - start <= limit else found[0], limit)


def window(text: str, anchor: tuple[int, int] | None, limit: int) -> str:
    """``text`` cut to about ``limit`` characters around ``anchor`` (start, end), with ellipses where cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    start, end = anchor if anchor is not None else (0, 0)
    start, end = _word_start(text, start), _word_end(text, end)
    if end - start >= limit:
        # The placing words alone are longer than the limit: keep them whole (they are the point of the quote).
        return _dress(text, start, end)
    budget = limit - (end - start) - 2
    starts = _clause_starts(text)
    ends = _clause_ends(text)
    # The clause the placing words sit in, as far as it fits: back to its start, on to its end.
    left, right = start, end
    before = [b for b in starts if b <= start]
    if before and start - before[-1] <= budget * 0.6:
        left = before[-1]
    after = [e for e in ends if e >= end]
    if after and after[0] - end <= budget - (start - left):
        right = after[0]
    elif not after or after[0] - end > budget - (start - left):
        right = _word_end_before(text, min(len(text), end + budget - (start - left)))
        right = max(right, end)
    # Room left over: whole clauses after, then whole clauses before.
    for e in ends:
        if e > right and (e - left) <= limit - 2 and right in ends:
            right = e
    for b in reversed(starts):
        if b < left and (right - b) <= limit - 2:
            left = b
        elif b < left:
            break
    # Still much room: the end of the clause before, which often says what the country backs or opposes.
    room = limit - 2 - (right - left)
    if left > 0 and room >= 25:
        left = _word_start(text, left - room + 1)
    right = _outside_quotes(text, left, max(right, end), end)
    return _dress(text, left, right)


def _outside_quotes(text: str, left: int, right: int, end: int) -> int:
    """Never stop inside a quotation: finish it when it closes soon after, else stop before it opens."""
    opened = text.rfind("“", left, right)
    if opened < 0 or text.find("”", opened, right) >= 0:
        return right
    closes = text.find("”", right)
    if 0 <= closes - right <= 25:
        return closes + 1
    before = _word_end_before(text, opened - 1) if opened > 0 else opened
    return before if before >= end else right


def _dress(text: str, left: int, right: int) -> str:
    body = text[left:right].strip()
    if left > 0:
        body = ELLIPSIS + body.lstrip(",;:—– ")
    if right < len(text):
        body = _DANGLING.sub("", body.rstrip(",;:—– ")).rstrip(",;:—– ") + ELLIPSIS
    return body


def _word_start(text: str, i: int) -> int:
    while 0 < i < len(text) and not text[i - 1].isspace():
        i -= 1
    return i


def _word_end(text: str, i: int) -> int:
    while 0 < i < len(text) and not text[i].isspace():
        i += 1
    return i


def _word_end_before(text: str, i: int) -> int:
    """The end of the last whole word at or before ``i``."""
    if i >= len(text):
        return len(text)
    while i > 0 and not text[i].isspace():
        i -= 1
    return i


def _clause_starts(text: str) -> list[int]:
    return sorted({m.end() for m in _CLAUSE_START.finditer(text)})


def _clause_ends(text: str) -> list[int]:
    out = {m.start() + (1 if text[m.start()] == "." else 0) for m in _CLAUSE_END.finditer(text)}
    out.add(len(text))
    return sorted(out)


def _anchor(text: str, position: Position, registry: ActorRegistry) -> tuple[int, int] | None:
    """The span holding the actor's mention and its cue, as close together as they occur."""
    mentions = _mention_spans(text, position.actor, registry)
    cues = _cue_spans(text, position.cue)
    if not mentions and not cues:
        return None
    if not cues:
        return mentions[0]
    if not mentions:
        return min(c[0] for c in cues), max(c[1] for c in cues)
    best: tuple[int, int] | None = None
    for m in mentions:
        span = (min(m[0], *(c[0] for c in cues)), max(m[1], *(c[1] for c in cues)))
        if best is None or span[1] - span[0] < best[1] - best[0]:
            best = span
    return best


def _mention_spans(text: str, actor: str, registry: ActorRegistry) -> list[tuple[int, int]]:
    from ..names import finder_for

    spans = [(m.start, m.end) for m in finder_for(registry).find(text) if actor in m.codes]
    if spans:
        return spans
    known = registry.get(actor)
    names = [actor, *(known.aliases if known else []), *(known.demonyms if known else [])]
    for name in sorted(set(names), key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            spans.append((m.start(), m.end()))
    return sorted(spans)


def _cue_spans(text: str, cue: str) -> list[tuple[int, int]]:
    """Each part of a cue ("warned against … shooting down"; a note in brackets is not part of the text)."""
    cue = re.sub(r"\([^)]*\)", "", cue)
    spans: list[tuple[int, int]] = []
    low = text.lower()
    pos = 0
    for part in (p.strip() for p in re.split(r"…|\.\.\.", cue)):
        if not part:
            continue
        found = low.find(part.lower(), pos)
        if found < 0:
            found = low.find(part.lower())
        if found < 0:
            continue
        spans.append((found, found + len(part)))
        pos = found + len(part)
    return spans
