"""Suggested positions for claims: who holds one, which way they lean, and the cue that says so.

Rules over the lexicons in ``resources/lexicon/`` (no model, nothing downloaded). Suggestions carry
origin "suggested"; running them again never touches what the analyst set, accepted or rejected.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..actors import ActorRegistry, default_registry
from ..model import Brief, Claim, Position
from .engine import SentenceReading, Suggestion, read_sentence
from .lexicon import Lexicon, default_lexicon, load_lexicon

__all__ = [
    "Lexicon",
    "SentenceReading",
    "Suggestion",
    "apply_reading",
    "load_lexicon",
    "read_sentence",
    "suggest_brief",
    "suggest_claim",
    "suggest_text",
]


def suggest_text(
    text: str, published: str = "", registry: ActorRegistry | None = None, lexicon: Lexicon | None = None
) -> SentenceReading:
    return read_sentence(text, registry or default_registry(), lexicon or default_lexicon(), published)


def apply_reading(claim: Claim, reading: SentenceReading) -> int:
    """Replace the claim's unreviewed suggestions by ``reading``'s; return how many were added.

    Positions the analyst set or accepted stay, rejected actors are not suggested again, and the
    speaker and event date are filled only where the analyst left them empty.
    """
    kept = [p for p in claim.positions if not p.suggested]
    held = {p.actor for p in kept} | set(claim.rejected)
    added = 0
    for s in reading.suggestions:
        if s.actor in held:
            continue
        kept.append(Position(s.actor, s.stance, "suggested", s.cue, round(s.confidence, 2), s.speaker))
        held.add(s.actor)
        added += 1
    claim.positions = kept
    if not claim.speaker and reading.speaker and len({s.actor for s in reading.suggestions}) <= 1:
        claim.speaker = reading.speaker  # the claim's speaker only when one actor speaks in it
    if not claim.event_date and reading.event_date:
        claim.event_date = reading.event_date
    return added


def suggest_claim(
    brief: Brief, claim: Claim, registry: ActorRegistry | None = None, lexicon: Lexicon | None = None
) -> SentenceReading:
    source = brief.source(claim.source)
    return suggest_text(claim.text, source.published if source else "", registry, lexicon)


def suggest_brief(
    brief: Brief,
    claims: Iterable[Claim] | None = None,
    registry: ActorRegistry | None = None,
    lexicon: Lexicon | None = None,
) -> int:
    """Run suggestions over ``claims`` (default: all) in place; return the number of positions added."""
    registry = registry or default_registry()
    lexicon = lexicon or default_lexicon()
    published = {s.id: s.published for s in brief.sources}
    added = 0
    for claim in brief.claims if claims is None else claims:
        reading = read_sentence(claim.text, registry, lexicon, published.get(claim.source, ""))
        added += apply_reading(claim, reading)
    return added
