"""When a claim's event happened: "on Tuesday", "yesterday", "last week", resolved against publication."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..ingest.metadata import MONTHS

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_RELATIVE = re.compile(
    r"\b(?:(?:on|late|early|last|this)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?P<rel>yesterday|today|tonight|this morning|this week|last week|last month|last night)\b"
    r"|\b(?:on\s+)?(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(?P<day>\d{1,2})\b",
    re.I,
)


def event_date(text: str, published: str) -> str:
    """The ISO date of the first time expression in ``text``, or '' when there is none or no anchor."""
    try:
        anchor = date.fromisoformat(published[:10])
    except ValueError:
        return ""
    m = _RELATIVE.search(text)
    if not m:
        return ""
    try:
        return _resolve(m, anchor)
    except (OverflowError, ValueError):  # 0001-01-01 minus a day, 9999-12-31 plus a month: no such date
        return ""


def _resolve(m: re.Match[str], anchor: date) -> str:
    if m.group("wd"):
        target = WEEKDAYS.index(m.group("wd").lower())
        back = (anchor.weekday() - target) % 7
        return (anchor - timedelta(days=back)).isoformat()
    if m.group("rel"):
        rel = m.group("rel").lower()
        days = {"yesterday": 1, "last night": 1, "last week": 7, "last month": 30}.get(rel, 0)
        return (anchor - timedelta(days=days)).isoformat()
    try:
        when = date(anchor.year, MONTHS[m.group("mon").lower()[:3]], int(m.group("day")))
    except (KeyError, ValueError):
        return ""
    if when > anchor and (when - anchor).days > 31:
        when = when.replace(year=anchor.year - 1)
    return when.isoformat()
