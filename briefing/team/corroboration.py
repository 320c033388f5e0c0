"""Corroboration: independent sources that say the same thing about a country raise a claim's credibility.

The rule (shown wherever the proposals are):
1. Two sources are *not independent* when they come from the same outlet, or when their texts are copies of
   one another (syndicated wire copy: at least half of the shorter text's 5-word shingles also occur in the
   other). Copies of one story count once.
2. A claim's position (country and stance) is carried by the independent sources whose claims give that
   country the same stance (positions the analyst set or accepted).
3. With two or more independent sources, the claim's credibility may be raised to 1, "confirmed by other
   sources". With only one, nothing is proposed. The analyst accepts or leaves each proposal; grades already
   at 1 are left alone.
4. Independent sources that give one country stances on opposite sides of the scale (or two or more steps
   apart) contradict each other, and are flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Brief, Source

_RULE_TEXT = __doc__.split("The rule (shown wherever the proposals are):\n", 1)[1] if __doc__ else ""
RULE = re.sub(r"\n +", " ", _RULE_TEXT.strip())  # one line per point, for the app and the command line
SHINGLE = 5
COPY_OVERLAP = 0.5
CONFIRM_MIN_SOURCES = 2

_WORD = re.compile(r"\w+")


@dataclass
class Proposal:
    claim_id: str
    actor: str
    stance: int
    current: int | None  # the claim's credibility now
    proposed: int
    sources: list[str]  # one source id per independent group that carries the stance

    def line(self) -> str:
        now = "ungraded" if self.current is None else str(self.current)
        return (
            f"{self.claim_id} {self.actor} {self.stance:+d}: credibility {now} → {self.proposed} "
            f"(confirmed by {len(self.sources)} independent sources: {', '.join(self.sources)})"
        )


@dataclass
class Contradiction:
    actor: str
    stances: dict[int, list[str]]  # stance -> independent sources (one id per group)

    def line(self) -> str:
        parts = "; ".join(f"{stance:+d} in {', '.join(ids)}" for stance, ids in sorted(self.stances.items()))
        return f"{self.actor}: independent sources contradict each other ({parts})"


@dataclass
class Corroboration:
    groups: list[list[str]]  # source ids that count as one source (same outlet or copies of one story)
    proposals: list[Proposal] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)

    def copies(self) -> list[list[str]]:
        return [g for g in self.groups if len(g) > 1]

    def lines(self) -> list[str]:
        out = [p.line() for p in self.proposals]
        out += ["contradiction: " + c.line() for c in self.contradictions]
        out += [f"counted once (same outlet or copies of one story): {', '.join(g)}" for g in self.copies()]
        return out


def shingles(text: str, size: int = SHINGLE) -> set[int]:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < size:
        return {hash(tuple(words))} if words else set()
    return {hash(tuple(words[i : i + size])) for i in range(len(words) - size + 1)}


def are_copies(a: set[int], b: set[int]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) >= COPY_OVERLAP


def independent_groups(sources: list[Source]) -> list[list[str]]:
    """Sources grouped so that each group counts once: same outlet, or texts that are copies of one another."""
    parent = {s.id: s.id for s in sources}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    by_outlet: dict[str, str] = {}
    for s in sources:
        outlet = " ".join(s.outlet.lower().split())
        if outlet:
            if outlet in by_outlet:
                join(s.id, by_outlet[outlet])
            else:
                by_outlet[outlet] = s.id
    sets = [(s.id, shingles(s.text)) for s in sources]
    # Candidate pairs share a shingle; an index from shingle to sources keeps this from comparing every pair.
    index: dict[int, list[int]] = {}
    for i, (_, sh) in enumerate(sets):
        for h in sh:
            index.setdefault(h, []).append(i)
    shared: dict[tuple[int, int], int] = {}
    for members in index.values():
        if 1 < len(members) <= 50:  # a phrase in fifty sources is boilerplate, not evidence of copying
            for x in range(len(members)):
                for y in range(x + 1, len(members)):
                    key = (members[x], members[y])
                    shared[key] = shared.get(key, 0) + 1
    for (i, j), n in shared.items():
        smaller = min(len(sets[i][1]), len(sets[j][1]))
        if smaller and n / smaller >= COPY_OVERLAP:
            join(sets[i][0], sets[j][0])
    groups: dict[str, list[str]] = {}
    for s in sources:
        groups.setdefault(find(s.id), []).append(s.id)
    return list(groups.values())


def corroborate(brief: Brief) -> Corroboration:
    groups = independent_groups(brief.sources)
    group_of = {sid: n for n, g in enumerate(groups) for sid in g}
    # (actor, stance) -> group -> first source id of that group carrying it
    carried: dict[tuple[str, int], dict[int, str]] = {}
    for claim in brief.claims:
        for p in claim.positions:
            if p.suggested or p.stance is None:
                continue
            g = group_of.get(claim.source)
            if g is not None:
                carried.setdefault((p.actor, p.stance), {}).setdefault(g, claim.source)
    result = Corroboration(groups)
    for claim in brief.claims:
        if claim.credibility == 1:
            continue
        for p in claim.positions:
            if p.suggested or p.stance is None:
                continue
            by_group = carried.get((p.actor, p.stance), {})
            if len(by_group) >= CONFIRM_MIN_SOURCES:
                ids = sorted(by_group.values(), key=lambda sid: (sid != claim.source, sid))
                result.proposals.append(Proposal(claim.id, p.actor, p.stance, claim.credibility, 1, ids))
                break
    stances_of: dict[str, dict[int, list[str]]] = {}
    for (actor, stance), by_group in carried.items():
        stances_of.setdefault(actor, {})[stance] = sorted(by_group.values())
    for actor, stances in stances_of.items():
        values = list(stances)
        if len(values) > 1 and (min(values) < 0 < max(values) or max(values) - min(values) >= 2):
            result.contradictions.append(Contradiction(actor, stances))
    return result


def accept(brief: Brief, proposals: list[Proposal]) -> int:
    """Set the proposed credibility on each claim (in place); return how many claims changed."""
    rows = {c.id: c for c in brief.claims}
    changed = 0
    for p in proposals:
        claim = rows.get(p.claim_id)
        if claim is not None and claim.credibility != p.proposed:
            claim.credibility = p.proposed
            changed += 1
    return changed
