"""The page rendered in a separate process, for the app's live preview (no Qt here: the worker never loads it).

ReportLab is pure Python: rendered in a thread of the app, it holds the interpreter lock and the window stalls.
The app (``briefing.gui.preview``) sends a worker process the brief as its file text and gets the result back.
"""

from __future__ import annotations

import os

from ..actors import ActorRegistry, default_registry
from ..errors import BriefingError
from .layout import RenderResult, render_brief

_REGISTRIES: dict[str, ActorRegistry] = {}


def warm() -> int:
    """Load what a render needs (ReportLab, the fonts, the actors), so that the first edit is as quick as the rest;
    the worker's process id."""
    from ..model import Brief
    from ..storage import dumps, loads

    registry = default_registry()
    registry.mentions()
    render_brief(loads(dumps(Brief())), registry=registry)
    return os.getpid()


def render_text(text: str, key: str = "", registry: ActorRegistry | None = None) -> tuple[RenderResult | None, str]:
    """The brief in ``text`` (its file text) rendered: (result, "") or (None, what went wrong).

    ``key`` names the app's actor registry: "" is the shipped one (with the user's BRIEFING_ACTORS, as in the app);
    another key comes with its ``registry`` the first time, and is remembered for the next renders."""
    from ..storage import loads

    if registry is not None:
        _REGISTRIES[key] = registry
    actors = default_registry() if not key else _REGISTRIES.get(key)
    if actors is None:
        return None, "unknown-registry"
    try:
        return render_brief(loads(text), registry=actors), ""
    except BriefingError as exc:
        return None, str(exc)
