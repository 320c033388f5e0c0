"""Who stands where: each actor's stance aggregated from its claims, with conflicts and silences.

The rule (also in the README):
1. An override the analyst set in ``brief.overrides`` wins.
2. Otherwise the analyst's own positions count; unreviewed suggestions count only for an actor
   that has no position the analyst set or accepted.
3. Each position is weighted by its evidence: source reliability (A 6 … F 1) times information
   credibility (1 → 6 … 6 → 1, not graded → 2), and half as much again when the claim is key
   evidence. The aggregate is the weighted mean, rounded to the nearest step of the scale.
4. An actor's claims conflict when some lean to restraint and others to escalation, or when they
   lie two or more steps apart.
5. The basis shown for an actor is its strongest evidence: the heaviest weight, then the claim that says
   what the aggregate says, then the most recent.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property

from .model import Brief, Claim, Position, Source, admiralty_grade

RELIABILITY_WEIGHT = {"A": 6, "B": 5, "C": 4, "D": 3, "E": 2, "F": 1}
UNGRADED_CREDIBILITY = 2


def evidence_weight(claim: Claim, source: Source | None) -> float:
    """How much a claim counts: source reliability (A 6 … F 1) times information credibility (1 → 6 … 6 → 1)."""
    reliability = RELIABILITY_WEIGHT.get(source.reliability if source else "F", 1)
    credibility = 7 - claim.credibility if claim.credibility else UNGRADED_CREDIBILITY
    return float(reliability * credibility)


@dataclass
class Evidence:
    claim: Claim
    position: Position
    source: Source | None

    @property
    def weight(self) -> float:
        return evidence_weight(self.claim, self.source) * (1.5 if self.claim.key else 1.0)

    @property
    def stance(self) -> int:
        """Evidence holds only positions with a stance: one the analyst has not chosen yet counts nowhere."""
        assert self.position.stance is not None
        return self.position.stance

    @property
    def grade(self) -> str:
        return admiralty_grade(self.source.reliability if self.source else "F", self.claim.credibility)

    @property
    def speaker(self) -> str:
        """Who voices the position: the position's own speaker, or the claim's when it quotes one actor."""
        if self.position.speaker:
            return self.position.speaker
        return self.claim.speaker if len(self.claim.positions) <= 1 else ""

    @property
    def date(self) -> str:
        if self.claim.event_date:
            return self.claim.event_date[:10]
        return self.source.published[:10] if self.source and self.source.published else ""


@dataclass
class ActorStance:
    actor: str
    stance: int
    evidence: list[Evidence] = field(default_factory=list)
    conflict: bool = False
    overridden: bool = False
    override_note: str = ""

    @property
    def basis(self) -> Evidence | None:
        return self.evidence[0] if self.evidence else None

    @cached_property  # (asked at every paint of the country view; an ActorStance is not changed once made)
    def unreviewed(self) -> bool:
        """True when the stance rests only on suggestions nobody has reviewed."""
        return not self.overridden and bool(self.evidence) and all(e.position.suggested for e in self.evidence)

    @property
    def strength(self) -> float:
        return sum(e.weight for e in self.evidence) + (100.0 if self.overridden else 0.0)

    @cached_property
    def stances(self) -> list[int]:
        return sorted({e.stance for e in self.evidence})


def evidence_by_actor(brief: Brief) -> dict[str, list[Evidence]]:
    sources = {s.id: s for s in brief.sources}
    out: dict[str, list[Evidence]] = {}
    for claim in brief.claims:
        source = sources.get(claim.source)
        if source is not None and source.retracted:
            continue  # a retracted story counts for nothing (ICD 206); the page says it was left out
        for position in claim.positions:
            if position.stance is None:
                continue  # added, stance not chosen yet: not evidence of anything
            out.setdefault(position.actor, []).append(Evidence(claim, position, source))
    return out


def aggregate(brief: Brief) -> list[ActorStance]:
    """One entry per actor with a position, sorted by stance (restraint first), then by name."""
    result: list[ActorStance] = []
    by_actor = evidence_by_actor(brief)
    for actor in dict.fromkeys([*by_actor, *brief.info.overrides]):
        all_evidence = by_actor.get(actor, [])
        reviewed = [e for e in all_evidence if not e.position.suggested]
        used = reviewed or all_evidence
        override = brief.info.overrides.get(actor)
        if override is not None:
            stance = override.stance
        elif used:
            total = sum(e.weight for e in used)
            stance = math.floor(sum(e.weight * e.stance for e in used) / total + 0.5)
        else:
            continue
        # The basis first: the heaviest evidence, then the one that says what the aggregate says, then the latest.
        used.sort(key=lambda e: e.date, reverse=True)
        used.sort(key=lambda e: (-e.weight, abs(e.stance - stance)))
        stances = {e.stance for e in used}
        conflict = bool(stances) and ((min(stances) < 0 < max(stances)) or max(stances) - min(stances) >= 2)
        result.append(
            ActorStance(actor, stance, used, conflict, override is not None, override.note if override else "")
        )
    result.sort(key=lambda a: (a.stance, a.actor))
    return result


def silent(brief: Brief, stances: list[ActorStance] | None = None) -> list[str]:
    """Roster members with no stated position."""
    held = {a.actor for a in (stances if stances is not None else aggregate(brief))}
    return [actor for actor in brief.info.roster if actor not in held]
