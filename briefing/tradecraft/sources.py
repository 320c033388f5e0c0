"""Grading and retracting sources (ICD 206): a lowered grade is remembered, so that what rests on it is flagged."""

from __future__ import annotations

import re

from ..actors import ActorRegistry
from ..errors import BriefingError
from ..model import RELIABILITY_GRADES, Source

# Words in a key question that name an alliance, and the roster they propose.
_ALLIANCES = (
    (re.compile(r"\bEU\b|\bEuropean Union\b|\bmember states\b", re.I), "EU"),
    (re.compile(r"\bNATO\b|\ballies\b|\ballied\b|\balliance\b", re.I), "NATO"),
    (re.compile(r"\bG7\b|\bG-7\b", re.I), "G7"),
)


def set_reliability(source: Source, grade: str) -> None:
    """Grade ``source``; lowering a grade keeps the grade it had before in ``downgraded_from``."""
    grade = grade.strip().upper()
    if len(grade) != 1 or grade not in RELIABILITY_GRADES:
        raise BriefingError(f"sources[{source.id}].reliability: {grade!r} is not a reliability grade A–F")
    before = source.downgraded_from or source.reliability
    # F means "cannot be judged", not "worst": grading an ungraded source is never a downgrade.
    lowered = before != "F" and grade > before
    source.downgraded_from = before if lowered else ""
    source.reliability = grade


def roster_in_question(question: str) -> str | None:
    """The roster a key question names: "allies"/"NATO" → NATO, "EU members" → EU, "G7" → G7."""
    for pattern, roster in _ALLIANCES:
        if pattern.search(question):
            return roster
    return None


def parse_roster(value: str, registry: ActorRegistry) -> tuple[str, list[str]]:
    """A roster by name ("NATO") or as codes ("PL,EE,DE"), with the name to print; unknown codes are refused."""
    value = value.strip()
    named = {name.casefold(): name for name in registry.rosters}
    if value.casefold() in named:
        name = named[value.casefold()]
        return name, registry.roster(name)
    codes = [c.strip().upper() for c in re.split(r"[,\s]+", value) if c.strip()]
    unknown = [c for c in codes if c not in registry]
    if unknown or not codes:
        choices = ", ".join(sorted(registry.rosters))
        raise BriefingError(
            f"--roster: {', '.join(unknown) or 'nothing'} is not a country code or a roster ({choices})"
        )
    return "custom", codes
