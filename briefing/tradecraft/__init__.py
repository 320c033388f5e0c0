"""Tradecraft: checks against analytic standards (ICD 203, ICD 206), the first draft, and quotes that show why."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .basis import basis_quote, claim_quote
    from .checks import check_brief
    from .draft import draft_brief, drafted_fields
    from .findings import Finding

__all__ = ["Finding", "basis_quote", "check_brief", "claim_quote", "draft_brief", "drafted_fields"]

# Each name is imported on first use: the command line and the app's window load only what they call.
_WHERE = {
    "Finding": "findings",
    "basis_quote": "basis",
    "claim_quote": "basis",
    "check_brief": "checks",
    "draft_brief": "draft",
    "drafted_fields": "draft",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
