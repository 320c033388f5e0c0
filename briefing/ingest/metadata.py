"""Finding an article's title, outlet, authors, publication date and dateline in page text."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any
from urllib.parse import urlparse

from ..assets import resource

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
ZONES = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "BST": 60,
    "CET": 60,
    "CEST": 120,
    "EET": 120,
    "EEST": 180,
    "MSK": 180,
    "ET": -240,
    "EDT": -240,
    "EST": -300,
    "CT": -300,
    "CDT": -300,
    "CST": -360,
    "PT": -420,
    "PDT": -420,
    "PST": -480,
}
_TIME = (
    r"(?:\s*(?:at|,|T|[-–|])?\s*(?P<h>\d{1,2})[:.](?P<m>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?"
    r"\s*(?P<tz>(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d{2})?|UTC|GMT|BST|CEST|CET|EEST|EET|MSK|EDT|EST|ET|CDT|CST|CT|"
    r"PDT|PST|PT)?)?"
)
DATE_PATTERNS = [
    # 3:15 PM EDT, Tue, Sep 23, 2025 (the time first, as AP writes it)
    re.compile(
        r"\b(?P<h>\d{1,2})[:.](?P<m>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?\s*(?P<tz>UTC|GMT|BST|CEST|CET|EEST|EET|MSK|EDT|EST|"
        r"ET|CDT|CST|CT|PDT|PST|PT)?,?\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?P<mon>"
        + _MONTH
        + r")\s+(?P<d>\d{1,2}),?\s+(?P<y>20\d{2})",
        re.I,
    ),
    # September 24, 2025 at 10:38 AM UTC / Sept. 24, 2025
    re.compile(r"(?:\b|(?<=[a-z]))(?P<mon>" + _MONTH + r")\s+(?P<d>\d{1,2}),?\s+(?P<y>20\d{2})" + _TIME, re.I),
    # 24 September 2025 10:38 BST / Wed 24 Sep 2025 11.38 BST
    re.compile(r"\b(?P<d>\d{1,2})\.?\s+(?P<mon>" + _MONTH + r")\s+(?P<y>20\d{2})" + _TIME, re.I),
    # 21/10/2025 - 11:02 GMT+2 (day first, as European sites write it)
    re.compile(r"\b(?P<d>\d{1,2})[/.](?P<mo>\d{1,2})[/.](?P<y>20\d{2})" + _TIME, re.I),
    # 2025-09-24T10:38:00Z / 2025-09-24 10:38
    re.compile(
        r"\b(?P<y>20\d{2})-(?P<mo>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<m>\d{2})(?::\d{2})?"
        r"(?:\.\d+)?(?P<iso_tz>Z|[+-]\d{2}:?\d{2})?)?"
    ),
]
UPDATED = re.compile(r"\b(?:updated|modified|last edited)\b[^.]{0,20}$", re.I)


@dataclass
class FoundDate:
    iso: str
    start: int
    end: int


def find_dates(text: str) -> list[FoundDate]:
    """Every date in ``text`` as ISO 8601, in order. Times with a zone get an offset; dates alone stay dates."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            iso = _to_iso(m)
            if iso:
                found.append(FoundDate(iso, m.start(), m.end()))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def _to_iso(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    try:
        month = int(g["mo"]) if g.get("mo") else MONTHS[g["mon"].lower().rstrip(".")[:3]]
        day_of_month = int(g["d"])
        if month > 12 and day_of_month <= 12:  # 10/21/2025 written month first
            month, day_of_month = day_of_month, month
        day = datetime(int(g["y"]), month, day_of_month)
    except (KeyError, ValueError):
        return None
    if g.get("h") is None:
        return day.date().isoformat()
    hour, minute = int(g["h"]), int(g["m"])
    ampm = (g.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return day.date().isoformat()
    stamp = day.replace(hour=hour, minute=minute)
    if g.get("iso_tz"):
        tz = g["iso_tz"]
        if tz == "Z":
            offset = 0
        else:
            sign = -1 if tz[0] == "-" else 1
            digits = tz[1:].replace(":", "")
            offset = sign * (int(digits[:2]) * 60 + int(digits[2:]))
    elif g.get("tz"):
        zone = g["tz"].upper().replace(" ", "")
        shifted = re.match(r"(?:UTC|GMT)([+-])(\d{1,2}):?(\d{2})?$", zone)
        if shifted:
            offset = (1 if shifted.group(1) == "+" else -1) * (int(shifted.group(2)) * 60 + int(shifted.group(3) or 0))
        else:
            offset = ZONES[zone]
    else:
        return stamp.isoformat(timespec="minutes")
    if abs(offset) > 14 * 60:  # no zone on Earth is further than 14 hours from UTC: "+99:00" is not a date
        return None
    try:
        return stamp.replace(tzinfo=timezone(timedelta(minutes=offset))).isoformat(timespec="minutes")
    except (ValueError, OverflowError):
        return None


def published_date(text: str) -> str:
    """The publication date in a page header: the first date not labelled as an update."""
    dates = find_dates(text)
    for found in dates:
        if not UPDATED.search(text[max(0, found.start - 40) : found.start]):
            return found.iso
    return dates[0].iso if dates else ""


# -- bylines --------------------------------------------------------------------

_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t]+(?:van|von|de|der|da|di|du|le|la|bin|al|[A-ZÀ-ÖØ-Þ][\w'’.-]*))*"
BYLINE = re.compile(
    r"(?:^|\b|(?<=[a-z]))(?:By|BY|(?<![^\n])by|Written by|Words by|Author:|Authors:)\s+"
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?(?P<names>"
    + _NAME
    + r"(?:\s*(?:,|\band\b|&)\s*"
    + _NAME
    + r")*)"
)
CREDIT_LINE = re.compile(r"\b(?:Reporting|Reported|Writing)\s+by\s+(?P<names>[^;.\n]+)")
_ROLE_WORDS = {
    "staff",
    "reporter",
    "correspondent",
    "editor",
    "writer",
    "bureau",
    "chief",
    "senior",
    "news",
    "in",
    "for",
    "the",
    "contributor",
    "analyst",
}


_HONORIFICS = {"dr", "prof", "professor", "mr", "mrs", "ms", "sir", "dame"}


def split_names(names: str) -> list[str]:
    parts = re.split(r"\s*(?:,|\band\b|&|;)\s*", names)
    out: list[str] = []
    for part in parts:
        words = part.split()
        # "Jane Doe in Warsaw" / "Jane Doe, Reuters": keep only the name.
        kept: list[str] = []
        for word in words:
            if word.lower() in _ROLE_WORDS and kept:
                break
            kept.append(word)
        kept = [w for w in kept if w.rstrip(".").lower() not in _HONORIFICS]
        name = " ".join(kept).strip(" .")
        if name.isupper():
            name = name.title()
        if name and name[0].isupper() and 1 <= len(kept) <= 5 and name not in out and not outlet_named(name):
            out.append(name)
    return out


def find_byline(text: str) -> tuple[list[str], re.Match[str] | None]:
    m = BYLINE.search(text)
    if m:
        names = _cut_glued_date(m.group("names"))
        return split_names(names), m
    return [], None


def _cut_glued_date(names: str) -> str:
    """ "Michael NienaberSeptember 24": a scrape glued what follows onto the name."""
    glued = re.search(r"[a-z](?=[A-Z])", names)
    return names[: glued.start() + 1] if glued else names


# -- title and outlet ---------------------------------------------------------------

TITLE_SEPARATORS = re.compile(r"\s+(?:[-–—|:·•]|::)\s+")


@lru_cache(maxsize=1)
def _outlets_data() -> dict[str, Any]:
    with open(resource("outlets.json"), encoding="utf-8") as handle:
        return dict(json.load(handle))


def _outlets() -> list[dict[str, Any]]:
    return list(_outlets_data()["outlets"])


def outlet_named(text: str) -> str:
    """The outlet's printed name when ``text`` is one of the names it goes by, else ''."""
    key = text.strip().lower()
    for outlet in _outlets():
        if any(key == alias.lower() for alias in outlet["aliases"]):
            return str(outlet["name"])
    return ""


def institution_in(lines: list[str]) -> str:
    """A think tank's or ministry's name standing on a line of its own: "Northern Policy Institute"."""
    words = _outlets_data().get("institution_words", [])
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")
    for line in lines:
        line = line.strip()
        tokens = line.split()
        if (
            2 <= len(tokens) <= 8
            and pattern.search(line)
            and not re.search(r"[.:!?,|]$", line)
            and sum(t[:1].isupper() for t in tokens if len(t) > 3) >= max(1, len([t for t in tokens if len(t) > 3]) - 1)
        ):
            return line
    return ""


def outlet_for_url(url: str) -> str:
    host = (urlparse(url).hostname or "").lower()
    for outlet in _outlets():
        if any(host == d or host.endswith("." + d) for d in outlet["domains"]):
            return str(outlet["name"])
    return ""


def outlet_in_text(text: str) -> str:
    """An outlet named in a copyright line or a wire dateline: "©2025 Bloomberg L.P.", "(Reuters) -"."""
    for m in re.finditer(r"(?:©|\(c\)|Copyright)\s*(?:\d{4}\s*)?(?P<who>[A-Z][\w.&' -]{1,40})", text):
        who = m.group("who").strip()
        for candidate in (who, *[" ".join(who.split()[:n]) for n in (3, 2, 1)]):
            named = outlet_named(candidate.strip(" .,"))
            if named:
                return named
    for m in re.finditer(r"\((?P<who>[A-Z][A-Za-z ]{1,30})\)\s*[-–—]", text):
        named = outlet_named(m.group("who"))
        if named:
            return named
    return ""


def split_title(line: str) -> tuple[str, str]:
    """ "NATO Allies at Odds … - Bloomberg" → (title, outlet). An unknown suffix is kept in the title
    unless it is short and looks like a site name."""
    line = line.strip()
    separators = list(TITLE_SEPARATORS.finditer(line))
    if separators:
        last = separators[-1]
        head, tail = line[: last.start()].strip(), line[last.end() :].strip()
        named = outlet_named(tail)
        if named:
            return (_first_of_piped(head) if last.group().strip() == "|" else head), named
        if institution_in([head]) and not institution_in([tail]):
            return "", head  # "Centre for European Climate Policy | Policy paper": a running header
        short_tail = len(tail.split()) <= 3 and len(head.split()) >= 4
        piped = last.group().strip() == "|" and len(tail.split()) <= 5  # "Title | Site" is nearly always a site
        if _DOMAIN.match(tail) and len(head.split()) >= 2:  # "… — www.example.ru": the site's address
            return _first_of_piped(head), tail.removeprefix("www.").removeprefix("WWW.")
        if (short_tail or piped) and tail[:1].isupper() and not tail.endswith("?"):
            return _first_of_piped(head) if piped else head, tail
    return line, ""


_DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)


def _first_of_piped(head: str) -> str:
    """ "Headline | Section | Section" (a site's breadcrumb in its <title>) → "Headline"."""
    parts = [p.strip() for p in head.split(" | ")]
    if len(parts) >= 2 and all(p and len(p.split()) <= 3 for p in parts[1:]) and len(parts[0].split()) >= 2:
        return parts[0]
    return head


# -- dateline ---------------------------------------------------------------------

DATELINE = re.compile(
    r"^(?P<dl>[A-Z][A-Z'’.-]+(?:[ ,]+[A-Z][A-Z'’.-]+)*"  # WARSAW / NEW YORK / KYIV, UKRAINE
    r"(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?"  # , Ukraine
    # , Sept 24 / , Nov 5, 2024 / , 4 July 2024
    r"(?:,?\s*(?:" + _MONTH + r"\s*\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+" + _MONTH + r"(?:\s+\d{4})?))?"
    r"(?:\s*\((?P<agency>[A-Za-z ]{2,30})\))?)"  # (Reuters)
    r"\s*(?:[-–—]+|:)\s+"
)


def split_dateline(paragraph: str) -> tuple[str, str]:
    m = DATELINE.match(paragraph)
    if not m or len(m.group("dl")) > 60:
        return "", paragraph
    head = m.group("dl")
    first = re.split(r"[ ,(]", head)[0]
    if len(first) < 3 or not first.isupper():
        return "", paragraph
    return head.strip(), paragraph[m.end() :]
