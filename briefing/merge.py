"""Kept so that ``briefing.merge`` still imports: the merge lives in :mod:`briefing.team.merge`."""

from __future__ import annotations

from .team.merge import Disagreement, MergeResult, merge_briefs, merge_two, settle_all, settle_claim

__all__ = ["Disagreement", "MergeResult", "merge_briefs", "merge_two", "settle_all", "settle_claim"]
