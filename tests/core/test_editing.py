"""Claim edits: spans, splits, merges, accepting and rejecting suggestions."""

from __future__ import annotations

import pytest
from helpers import small_brief

from briefing.editing import accepted, claim_from_span, merge_claims, split_claim, with_position, without_position
from briefing.errors import BriefingError
from briefing.suggest import suggest_brief


def test_claim_from_a_span_is_trimmed_and_refuses_overlaps() -> None:
    brief = small_brief()
    brief.claims.pop()
    claim = claim_from_span(brief, "S1", 26, 53)
    assert claim.text == "Poland threatened to act."
    assert claim.id == "C2"
    with pytest.raises(BriefingError, match="overlaps claim C1"):
        claim_from_span(brief, "S1", 5, 40)


def test_split_then_merge_gives_back_the_claim() -> None:
    brief = small_brief()
    original = brief.claims[0]
    first, second = split_claim(brief, original, 7)
    assert (first.text, second.text) == ("Germany", "warned against it.")
    assert second.positions[0].actor == "DE"
    brief.claims[0:1] = [first, second]
    merged = merge_claims(brief, first, second)
    assert merged.text == original.text and merged.id == original.id
    assert brief.claims[0] is first  # inputs untouched


def test_merge_refuses_claims_with_one_between() -> None:
    brief = small_brief()
    first, second = split_claim(brief, brief.claims[0], 7)
    brief.claims[0:1] = [first, second]
    with pytest.raises(BriefingError, match="lies between"):
        merge_claims(brief, first, brief.claims[-1])


def test_reject_is_remembered_and_suggestions_do_not_return() -> None:
    brief = small_brief()
    claim = brief.claims[1]
    assert claim.positions[0].suggested
    brief.claims[1] = without_position(claim, "PL")
    assert brief.claims[1].rejected == ["PL"]
    suggest_brief(brief)
    assert brief.claims[1].position_for("PL") is None
    assert claim.position_for("PL") is not None  # the old object is unchanged, for undo


def test_accept_and_set_stance() -> None:
    brief = small_brief()
    claim = accepted(brief.claims[1])
    assert claim.positions[0].origin == "analyst" and claim.reviewed
    claim = with_position(claim, "FR", -2)
    assert [(p.actor, p.stance, p.origin) for p in claim.positions] == [("PL", 2, "analyst"), ("FR", -2, "analyst")]
