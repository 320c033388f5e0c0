"""Tradecraft: checks against analytic standards (ICD 203, ICD 206), the first draft, and quotes that show why."""

from __future__ import annotations

from .basis import basis_quote, claim_quote
from .checks import check_brief
from .draft import draft_brief, drafted_fields
from .findings import Finding

__all__ = ["Finding", "basis_quote", "check_brief", "claim_quote", "draft_brief", "drafted_fields"]
