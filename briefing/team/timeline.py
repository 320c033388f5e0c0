"""A country's position over time: its stance claim by claim, by event date (or the source's publication date).

A country *moved* when its latest stance differs materially from the one before (to the other side of the
scale, or two or more steps, as for a conflict): the stance of each day is the evidence-weighted mean of
that day's positions (the same weights as the aggregate), and the note names the latest run of days with
one stance and the stance before it ("DE: restraint since 23 Sep; firm
response before"). Positions the analyst set or accepted count; suggestions count only for a country
with nothing reviewed, as in the aggregate.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from ..analysis import Evidence, evidence_by_actor
from ..model import Brief


@dataclass
class Point:
    date: str  # ISO date
    stance: int
    claim_id: str
    suggested: bool = False
    text: str = ""  # the claim's words, for a tooltip


@dataclass
class Move:
    actor: str
    stance: int  # the latest stance
    since: str  # ISO date of the first day with it
    before: int  # the stance before

    def note(self, labels: dict[int, str]) -> str:
        now = labels.get(self.stance, f"{self.stance:+d}").lower()
        then = labels.get(self.before, f"{self.before:+d}").lower()
        return f"{self.actor}: {now} since {short_date(self.since)}; {then} before"


@dataclass
class Timeline:
    actor: str
    points: list[Point]  # dated points, oldest first
    undated: int  # claims with neither an event date nor a dated source
    days: list[tuple[str, int]] = field(default_factory=list)  # (date, stance of that day), oldest first

    def move(self) -> Move | None:
        days = self.days
        if len(days) < 2:
            return None
        latest = days[-1][1]
        first = len(days) - 1
        while first > 0 and days[first - 1][1] == latest:
            first -= 1
        if first == 0 or not material(latest, days[first - 1][1]):
            return None
        return Move(self.actor, latest, days[first][0], days[first - 1][1])


def material(a: int, b: int) -> bool:
    """A change that counts as a move: to the other side of the scale, or two or more steps (as for a conflict)."""
    return (min(a, b) < 0 < max(a, b)) or abs(a - b) >= 2


def _used(evidence: list[Evidence]) -> list[Evidence]:
    reviewed = [e for e in evidence if not e.position.suggested]
    return reviewed or evidence


def timeline(brief: Brief, actor: str) -> Timeline:
    return timelines(brief).get(actor) or Timeline(actor, [], 0)


def timelines(brief: Brief) -> dict[str, Timeline]:
    """Every country's timeline, in order of first appearance."""
    out: dict[str, Timeline] = {}
    for actor, evidence in evidence_by_actor(brief).items():
        used = _used(evidence)
        dated = sorted((e for e in used if _iso(e.date)), key=lambda e: (e.date, e.claim.id))
        points = [Point(e.date, e.stance, e.claim.id, e.position.suggested, e.claim.text) for e in dated]
        by_day: dict[str, list[Evidence]] = {}
        for e in dated:
            by_day.setdefault(e.date, []).append(e)
        days = []
        for day, items in by_day.items():
            total = sum(e.weight for e in items) or 1.0
            days.append((day, math.floor(sum(e.weight * e.stance for e in items) / total + 0.5)))
        out[actor] = Timeline(actor, points, len(used) - len(dated), days)
    return out


def moves(brief: Brief) -> list[Move]:
    """The countries whose latest stance differs from the one before, most recent move first."""
    found = [m for t in timelines(brief).values() if (m := t.move()) is not None]
    found.sort(key=lambda m: (m.since, m.actor), reverse=True)
    return found


def short_date(iso: str) -> str:
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{day.day} {day.strftime('%b')}"


def _iso(text: str) -> bool:
    try:
        date.fromisoformat(text[:10])
    except ValueError:
        return False
    return True
