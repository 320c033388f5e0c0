"""One thing a check has to say about a brief, with the place it points to."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """``place: message``, e.g. ``brief.bluf: empty``.

    ``field`` names the brief field (``bluf``, ``outlook``…), ``claim``/``source``/``actor`` the item it points to,
    and ``start``/``end`` the words it is about inside that field's text (for marking them in the editor).
    """

    place: str
    message: str
    kind: str  # "section", "review", "sourcing", "icd203", "byline"
    field: str = ""
    index: int = -1  # which outlook bullet
    claim: str = ""
    source: str = ""
    actor: str = ""
    start: int = -1
    end: int = -1

    def __str__(self) -> str:
        return f"{self.place}: {self.message}"
