"""Finding a quoted passage again in a source text whose wording or offsets may have changed.

As in the Hypothesis client: the stored offsets first (if the text there is still the quote), then the
exact quote (several occurrences are told apart by their prefix and suffix), then a fuzzy match of the quote
weighed with its prefix, suffix and the old position. A fuzzy match needs a quote of :data:`MIN_FUZZY_CHARS`
or more, the same numbers, and either a quote at least :data:`QUOTE_ALONE` alike or one at least
:data:`QUOTE_MIN` alike whose context brings the weighted score to :data:`SCORE_MIN`. Otherwise, or when two
different places score alike, the passage is *orphaned*: reported, never attached to a look-alike passage.
The thresholds were set on the first 60 real pages of ``benchmarks/anchoring_quality.py`` and checked on the
other 121.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

QUOTE_MIN = 0.80  # similarity of the quote itself (1 = identical)
SCORE_MIN = 0.80  # the weighted score of quote, prefix, suffix and position
QUOTE_ALONE = 0.93  # a quote at least this alike is enough without its context
AMBIGUOUS = 0.02  # two places closer than this in score cannot be told apart
WEIGHTS = {"quote": 50.0, "prefix": 20.0, "suffix": 20.0, "position": 2.0}  # as in Hypothesis' match-quote

MIN_FUZZY_CHARS = 20  # shorter quotes ("4 diggs", "Video") are matched word for word or not at all
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")  # a fuzzy match never changes a number: "4 diggs" is not "2 diggs"
_WORD_START = re.compile(r"(?<!\w)\w|[“\"'‘(]")


@dataclass
class Anchor:
    start: int
    end: int
    how: str  # "position", "quote" or "fuzzy"
    score: float = 1.0


@dataclass
class Orphan:
    reason: str
    best: float = 0.0  # the best score found, to say how close it came


def similarity(a: str, b: str) -> float:
    from rapidfuzz.distance import Levenshtein

    if not a and not b:
        return 1.0
    return float(Levenshtein.normalized_similarity(a, b))


def _context_score(text: str, start: int, end: int, prefix: str, suffix: str, hint: int | None) -> dict[str, float]:
    before = text[max(0, start - len(prefix)) : start]
    after = text[end : end + len(suffix)]
    pos = 1.0 if hint is None or not text else max(0.0, 1.0 - abs(start - hint) / len(text))
    return {
        "prefix": similarity(prefix, before) if prefix else 1.0,
        "suffix": similarity(suffix, after) if suffix else 1.0,
        "position": pos,
    }


def _score(quote_sim: float, ctx: dict[str, float]) -> float:
    total = WEIGHTS["quote"] * quote_sim + sum(WEIGHTS[k] * v for k, v in ctx.items())
    return total / sum(WEIGHTS.values())


def anchor(
    text: str, exact: str, prefix: str = "", suffix: str = "", start: int | None = None, end: int | None = None
) -> Anchor | Orphan:
    if not exact.strip():
        return Orphan("the annotation quotes no text")
    # 1. The offsets, when the text there is still the quote.
    if start is not None and end is not None and 0 <= start <= end <= len(text) and text[start:end] == exact:
        return Anchor(start, end, "position")
    # 2. The exact quote; several occurrences are told apart by their context.
    found = [m.start() for m in re.finditer(re.escape(exact), text)]
    if found:
        scored = sorted(
            ((_score(1.0, _context_score(text, s, s + len(exact), prefix, suffix, start)), s) for s in found),
            reverse=True,
        )
        if len(scored) > 1 and scored[0][0] - scored[1][0] < AMBIGUOUS:
            return Orphan(f"the quote occurs {len(found)} times and its context does not tell which", scored[0][0])
        return Anchor(scored[0][1], scored[0][1] + len(exact), "quote", scored[0][0])
    # 3. A fuzzy match of the quote, weighed with prefix, suffix and position.
    return _fuzzy(text, exact, prefix, suffix, start)


def _fuzzy(text: str, exact: str, prefix: str, suffix: str, hint: int | None) -> Anchor | Orphan:
    from rapidfuzz.distance import Levenshtein

    n = len(exact)
    if n < MIN_FUZZY_CHARS:
        return Orphan(f"the quote is too short ({n} characters) to be matched other than word for word")
    starts = sorted({0, *(m.start() for m in _WORD_START.finditer(text))})
    rough = sorted(((Levenshtein.normalized_similarity(exact, text[s : s + n]), s) for s in starts), reverse=True)[:8]
    candidates: list[tuple[float, float, int, int]] = []
    for _, s in rough:
        best = (0.0, s, s + n)
        lo, hi = max(s + 1, s + int(n * 0.75)), min(len(text), s + int(n * 1.25) + 1)
        for e in range(lo, hi):
            sim = Levenshtein.normalized_similarity(exact, text[s:e], score_cutoff=best[0])
            if sim > best[0]:
                best = (sim, s, e)
        sim, s0, e0 = best
        candidates.append((_score(sim, _context_score(text, s0, e0, prefix, suffix, hint)), sim, s0, e0))
    if not candidates:
        return Orphan("the source text is empty")
    numbers = _NUMBER.findall(exact)
    candidates = [c for c in candidates if _NUMBER.findall(text[c[2] : c[3]]) == numbers]
    if not candidates:
        return Orphan("no passage with the quote's numbers")
    candidates.sort(reverse=True)
    score, sim, s0, e0 = candidates[0]
    if sim < QUOTE_MIN or (score < SCORE_MIN and sim < QUOTE_ALONE):
        return Orphan(f"no passage close enough to the quote (best {sim:.0%} alike)", score)
    rivals = [c for c in candidates[1:] if abs(c[2] - s0) > n // 2 and c[1] >= QUOTE_MIN]
    if rivals and score - rivals[0][0] < AMBIGUOUS:
        return Orphan("two passages match the quote equally well", score)
    return Anchor(s0, e0, "fuzzy", score)
