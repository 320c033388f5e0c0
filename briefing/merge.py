"""Merging brief files: two analysts' work on the same articles becomes one file."""

from __future__ import annotations

import copy

from .model import Brief, Claim


def merge_briefs(briefs: list[Brief]) -> tuple[Brief, list[str]]:
    """Merge into a copy of the first brief; return it and notes on every disagreement.

    Sources are the same when their text is; claims when they cover the same span. A position the
    analyst set beats a suggestion; two analysts' different stances keep the first and note the other.
    """
    if not briefs:
        raise ValueError("nothing to merge")
    merged = copy.deepcopy(briefs[0])
    notes: list[str] = []
    for n, other in enumerate(briefs[1:], 2):
        by_digest = {s.sha256: s for s in merged.sources}
        id_map: dict[str, str] = {}
        for src in other.sources:
            same = by_digest.get(src.sha256)
            if same is not None:
                id_map[src.id] = same.id
                continue
            new = copy.deepcopy(src)
            new.id = merged.next_source_id()
            merged.sources.append(new)
            by_digest[new.sha256] = new
            id_map[src.id] = new.id
        spans = {(c.source, c.start, c.end): c for c in merged.claims}
        for claim in other.claims:
            key = (id_map[claim.source], claim.start, claim.end)
            mine = spans.get(key)
            if mine is None:
                new_claim = copy.deepcopy(claim)
                new_claim.id = merged.next_claim_id()
                new_claim.source = key[0]
                merged.claims.append(new_claim)
                spans[key] = new_claim
                continue
            notes.extend(_merge_claim(mine, claim, n))
        for actor, override in other.info.overrides.items():
            current = merged.info.overrides.get(actor)
            if current is None:
                merged.info.overrides[actor] = copy.deepcopy(override)
            elif current.stance != override.stance:
                notes.append(f"brief.overrides.{actor}: file {n} says {override.stance}, kept {current.stance}")
        for field in ("question", "bluf", "assessment", "confidence", "analyst", "organisation", "date"):
            if not getattr(merged.info, field) and getattr(other.info, field):
                setattr(merged.info, field, getattr(other.info, field))
        merged.info.roster = list(dict.fromkeys([*merged.info.roster, *other.info.roster]))
        merged.info.outlook = list(dict.fromkeys([*merged.info.outlook, *other.info.outlook]))
    return merged, notes


def _merge_claim(mine: Claim, theirs: Claim, n: int) -> list[str]:
    notes: list[str] = []
    for field in ("speaker", "event_date", "note"):
        if not getattr(mine, field) and getattr(theirs, field):
            setattr(mine, field, getattr(theirs, field))
    if mine.credibility is None:
        mine.credibility = theirs.credibility
    mine.key = mine.key or theirs.key
    mine.tags = list(dict.fromkeys([*mine.tags, *theirs.tags]))
    mine.rejected = list(dict.fromkeys([*mine.rejected, *theirs.rejected]))
    for pos in theirs.positions:
        current = mine.position_for(pos.actor)
        if current is None:
            if pos.actor not in mine.rejected or not pos.suggested:
                mine.positions.append(copy.deepcopy(pos))
        elif current.suggested and not pos.suggested:
            mine.positions[mine.positions.index(current)] = copy.deepcopy(pos)
        elif not current.suggested and not pos.suggested and current.stance != pos.stance:
            notes.append(f"{mine.id} {pos.actor}: file {n} says {pos.stance}, kept {current.stance}")
    mine.positions = [p for p in mine.positions if not (p.suggested and p.actor in mine.rejected)]
    return notes
