"""Edits an analyst makes to claims: new claims from a span, split, merge, accept and reject.

Every function returns new objects and leaves its inputs untouched, so that the app can keep the old
ones for undo and a background export can keep reading a consistent snapshot.
"""

from __future__ import annotations

import copy

from .errors import BriefingError
from .model import LINKED, LINKED_BY, REJECTED_LINKS, SIGNED_BY, Brief, Claim, Position


def claim_from_span(brief: Brief, source_id: str, start: int, end: int) -> Claim:
    """A new claim over ``source.text[start:end]`` (trimmed of white space); refuses overlaps."""
    source = brief.source(source_id)
    if source is None:
        raise BriefingError(f"no source has the id {source_id!r}")
    start, end = max(0, min(start, end)), min(len(source.text), max(start, end))
    while start < end and source.text[start].isspace():
        start += 1
    while end > start and source.text[end - 1].isspace():
        end -= 1
    if start == end:
        raise BriefingError("select some text of the article to make a claim from it")
    for other in brief.claims_of(source_id):
        if other.start < end and start < other.end:
            raise BriefingError(f"the selection overlaps claim {other.id}; split or merge that claim instead")
    return Claim(brief.next_claim_id(), source_id, start, end, source.text[start:end])


def split_claim(brief: Brief, claim: Claim, at: int) -> tuple[Claim, Claim]:
    """Two claims from one, cut at source offset ``at``; both keep the claim's annotations."""
    source = brief.source(claim.source)
    if source is None or not claim.start < at < claim.end:
        raise BriefingError("put the cursor inside the claim where it should be split")
    cut = at
    left_end = cut
    while left_end > claim.start and source.text[left_end - 1].isspace():
        left_end -= 1
    right_start = cut
    while right_start < claim.end and source.text[right_start].isspace():
        right_start += 1
    if left_end <= claim.start or right_start >= claim.end:
        raise BriefingError("a split must leave text on both sides")
    first = copy.deepcopy(claim)
    first.end = left_end
    first.text = source.text[first.start : first.end]
    second = copy.deepcopy(claim)
    second.id = brief.next_claim_id()
    second.start = right_start
    second.text = source.text[second.start : second.end]
    second.key = False
    return first, second


def merge_claims(brief: Brief, first: Claim, second: Claim) -> Claim:
    """One claim spanning two neighbouring claims of the same source; the first one's annotations win."""
    if first.source != second.source:
        raise BriefingError("only claims of the same article can be merged")
    if second.start < first.start:
        first, second = second, first
    between = [c for c in brief.claims_of(first.source) if first.end <= c.start < second.start and c is not second]
    if between:
        raise BriefingError(f"claim {between[0].id} lies between them; merge neighbours only")
    source = brief.source(first.source)
    assert source is not None
    merged = copy.deepcopy(first)
    merged.end = second.end
    merged.text = source.text[merged.start : merged.end]
    merged.key = first.key or second.key
    merged.speaker = first.speaker or second.speaker
    merged.event_date = first.event_date or second.event_date
    merged.note = "\n".join(n for n in (first.note, second.note) if n)
    merged.tags = list(dict.fromkeys([*first.tags, *second.tags]))
    for pos in second.positions:
        if merged.position_for(pos.actor) is None:
            merged.positions.append(copy.deepcopy(pos))
    merged.rejected = list(dict.fromkeys([*first.rejected, *second.rejected]))
    return merged


def with_position(claim: Claim, actor: str, stance: int | None) -> Claim:
    """The claim with ``actor`` at ``stance``, set by the analyst (added if missing; None: no stance chosen yet)."""
    new = copy.deepcopy(claim)
    current = new.position_for(actor)
    if current is None:
        new.positions.append(Position(actor, stance, "analyst"))
    else:
        if not stance or not current.stance or (stance > 0) != (current.stance > 0):
            current.extra.pop(SIGNED_BY, None)  # (no longer the sign the suggestion took from the article)
        current.stance = stance
        current.origin = "analyst"
    new.rejected = [a for a in new.rejected if a != actor]
    return new


def accepted(claim: Claim, actors: list[str] | None = None) -> Claim:
    """The claim with its suggestions (all, or for ``actors``) accepted as the analyst's."""
    new = copy.deepcopy(claim)
    for pos in new.positions:
        if pos.suggested and (actors is None or pos.actor in actors):
            pos.origin = "analyst"
    return new


def without_position(claim: Claim, actor: str) -> Claim:
    """The claim without ``actor``'s position; a rejected suggestion is remembered so it is not suggested again."""
    new = copy.deepcopy(claim)
    pos = new.position_for(actor)
    if pos is None:
        return new
    new.positions.remove(pos)
    if pos.suggested and actor not in new.rejected:
        new.rejected.append(actor)
        if pos.extra.get(LINKED_BY) == LINKED:  # a learned link rejected: the brief's learning counts it
            new.extra[REJECTED_LINKS] = [*new.extra.get(REJECTED_LINKS, []), actor]
    return new
