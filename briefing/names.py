"""Finding the actors a text names (countries, groups, people in office), without the suggestion machinery.

Kept apart from ``briefing.suggest`` so that the basis quotes and checks of an export load only this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from .actors import ActorRegistry

_WORD = re.compile(r"[^\W\d_][\w’'.-]*", re.U)


@dataclass
class Mention:
    start: int
    end: int
    codes: list[str]
    role: str  # name, demonym, capital, metonym, group
    holder: bool = False
    speaker: str = ""  # "Polish Prime Minister Donald Tusk"
    possessive: bool = False
    titled: bool = False
    until: str = ""  # the form names the actor only in text up to this day ("Soviet")


GROUP_MEMBERS = 5  # the largest group a mention expands into its members


class MentionFinder:
    def __init__(self, registry: ActorRegistry) -> None:
        self.registry = registry
        self._recent: dict[tuple[str, str, str, frozenset[str]], list[Mention]] = {}
        self.by_first: dict[str, list[tuple[str, str, str, str]]] = {}
        for m in registry.mentions():
            first = m.form.split()[0]
            key = first.lower()
            self.by_first.setdefault(key, []).append((m.form, m.code, m.role, m.until))
        for forms in self.by_first.values():
            forms.sort(key=lambda f: -len(f[0]))

    def find(self, text: str, on: str = "", as_of: str = "", known: frozenset[str] = frozenset()) -> list[Mention]:
        """(See ``_find``.) The last sentences' answers are kept, and fresh copies handed out: a sentence is read by
        the word rules and by the parse, and the caller marks the mentions it gets. ``known``: the full names of
        the people the rest of the article names in full (``ActorRegistry.find_people``)."""
        key = (text, on, as_of, known)
        found = self._recent.get(key)
        if found is None:
            found = self._find(text, on, as_of, known)
            if len(self._recent) >= 256:
                self._recent.clear()
            self._recent[key] = found
        return [replace(m, codes=list(m.codes)) for m in found]

    def _find(self, text: str, on: str = "", as_of: str = "", known: frozenset[str] = frozenset()) -> list[Mention]:
        """The actors ``text`` names; with ``on`` (the article's date, ISO), also the people in office that day
        ("Tusk" → PL), each with the person as its speaker. Without ``on``, a name counts when all its offices were
        for one country, and ``as_of`` (the day an undated article was imported) settles the rest by who held
        office that day ("Tusk": Poland's premier now, not the EU's president of 2014–2019)."""
        out = self._find_actors(text)
        # "Soviet veterans in Kyiv" in 2023: a form that named a state only in its own time names nobody now, nor in
        # text of no known day
        day = on or as_of
        out = [m for m in out if not m.until or (day and day[:10] <= m.until)]
        line = _dateline(text, out)
        if line:
            out = [m for m in out if m.start >= line]  # "HAVANA Venezuelan President …": where it was filed
        if hasattr(self.registry, "find_people"):
            out = _with_people(out, self.registry, text, on, known)
            if not on and as_of:
                out = _with_people(out, self.registry, text, as_of, known)
        return out

    def _find_actors(self, text: str) -> list[Mention]:
        out: list[Mention] = []
        pos = 0
        for word in _WORD.finditer(text):
            if word.start() < pos:
                continue
            token = re.sub(r"['’]s$", "", word.group()).rstrip(".’'")
            candidates = self.by_first.get(token.lower()) or self.by_first.get(word.group().lower())
            if not candidates and "-" in token:
                # "Chinese-made vehicles", "Russia-backed forces": the name before the hyphen
                candidates = self.by_first.get(token.split("-", 1)[0].lower())
            if not candidates:
                continue
            for form, code, role, until in candidates:
                end = word.start() + len(form)
                chunk = text[word.start() : end]
                if not _same(chunk, form) or (end < len(text) and (text[end].isalnum())):
                    continue
                if re.search(r"\b(?:Latin|South|North|Central)\s+$", text[max(0, word.start() - 9) : word.start()]):
                    continue  # "Latin America" is not the United States
                new = re.search(r"\bNew\s+$", text[max(0, word.start() - 5) : word.start()])
                if new and form in ("Mexico", "Guinea"):
                    continue  # "New Mexico", "New Guinea" are no countries ("Papua New Guinea" is read whole)
                if role == "capital" and _city_in_a_name(text, word.start(), end):
                    pos = end
                    break  # "the Paris agreement", "the Minsk accords", "a Madrid II conference": a place in a name
                actor = self.registry.get(code)
                # a small group stands for its members ("the E3", "the Baltic states"); a forum of many (G7, G20,
                # BRICS) acts as itself: "using G7 backing" is no position of Italy's
                small = actor is not None and actor.kind == "group" and len(actor.members) <= GROUP_MEMBERS
                codes = list(actor.members) if small and actor is not None else [code]
                out.append(Mention(word.start(), end, codes, role, until=until))
                pos = end
                break
        return out


# What a city names when it is part of a name: "the Paris agreement", "the Doha round", "a Madrid II conference"
_CITY_NAMES_IT = re.compile(
    r"(?:\s+(?:II|III|IV|2|3|Plus))?(?:\s+(?:peace|climate|nuclear|final|security|ceasefire|trade))?\s+"
    r"(?:conferences?|accords?|agreements?|treat(?:y|ies)|protocols?|round|talks|process|summits?|declaration|act|"
    r"format|conventions?|communiqu[eé]|charter|consensus|framework|principles|memorandum|document|idea)\b",
    re.I,
)
_SEQUEL = re.compile(r"\s+(?:II|III|IV|2|3|Plus)\b")  # "Madrid II": a name, whatever stands before it
_DETERMINER = re.compile(r"(?:\b(?:the|a|an|this|that|its|their)|['’]s?)\s+$", re.I)


def _city_in_a_name(text: str, start: int, end: int) -> bool:
    """The city at ``text[start:end]`` is part of a name: "Madrid II", or "the Paris agreement"."""
    if _SEQUEL.match(text, end):
        return True
    return bool(_CITY_NAMES_IT.match(text, end) and _DETERMINER.search(text[max(0, start - 12) : start]))


# A news agency's dateline: "SEOUL North Korea's military said …", "BRUSSELS: Belgium …", "Berlin (AFP) – Germany …",
# "KYIV, Ukraine (Reuters) - …".
_DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z'’./-]{2,}(?:\s+[A-Z][A-Z'’./-]+){0,2}(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?\s*"
    r"(?:\([A-Za-z ]+\)\s*)?"
    r"(?:[:–—_-]\s*|\s+(?=[A-Z“\"]))"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,\s+[A-Z][a-z]+)?\s*\([A-Z][A-Za-z]+\)\s*[:–—_-]\s*)"
)


def _dateline(text: str, mentions: list[Mention]) -> int:
    """Where a dateline at the start of ``text`` ends (0: none). Words in capitals that name an organisation or a
    country acting ("NATO Secretary General …", "EU leaders") are no dateline; a city, a capital or a place is."""
    m = _DATELINE.match(text)
    if not m:
        return 0
    inside = [x for x in mentions if x.start < m.end()]
    if any(x.role not in ("capital", "metonym") and text[x.start : x.end].isupper() for x in inside):
        return 0
    place = re.split(r"[,(:–—-]", text[: m.end()], maxsplit=1)[0].replace(" ", "").replace("/", "")
    if "(" not in m.group() and not place.isupper():
        return 0
    return m.end()


# An organisation's office right before a person's name: "NATO Secretary-General", "U.N. envoy", "EU foreign policy
# chief", "IMF Managing Director"
_ORG_OFFICE = re.compile(
    r"\b(?:NATO|U\.?N\.?|United Nations|EU|E\.U\.|European Union|European Commission|Commission|IMF|World Bank|WTO|"
    r"OPEC|IAEA|WHO|African Union|ASEAN|OSCE|Council of Europe|Interpol|ICC|Arab League|OAS|G7|G20)(?:['’]s)?\s+"
    r"(?:[\w.-]+\s+){0,3}?(?:[Ss]ecretary[- ][Gg]eneral|chief|[Hh]ead|[Pp]resident|[Dd]irector[- ][Gg]eneral|"
    r"[Mm]anaging [Dd]irector|[Ee]nvoy|spokes\w+|[Cc]ommissioner|High Representative|Special Representative|"
    r"[Rr]apporteur|[Cc]hair(?:man|woman)?|[Pp]rosecutor|[Mm]ediator)\s*,?\s*(?:[A-Z][\w’'.-]*\s+){0,2}$"
)


def iso_day(text: str) -> date | None:
    """The day an ISO date (or the start of an ISO timestamp) names; None when it is empty or no date."""
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _with_people(
    out: list[Mention], registry: ActorRegistry, text: str, on: str, known: frozenset[str] = frozenset()
) -> list[Mention]:
    day = iso_day(on)
    added = False
    for p in registry.find_people(text, day, known):
        if _ORG_OFFICE.search(text[max(0, p.start - 80) : p.start]):
            continue  # "NATO Secretary-General Jens Stoltenberg": he speaks for the organisation, not his country
        # "Luís Montenegro" is Portugal's premier, not Montenegro: a person's name holding a mention wins over it
        inside = [m for m in out if p.start <= m.start and m.end <= p.end and m.end - m.start < p.end - p.start]
        if inside:
            out = [m for m in out if m not in inside]
        if any(m.start < p.end and p.start < m.end for m in out):
            continue
        out.append(Mention(p.start, p.end, [p.code], "person", speaker=p.person.name))
        added = True
    if added:
        out.sort(key=lambda m: m.start)
    return out


def _same(chunk: str, form: str) -> bool:
    if chunk == form:
        return True
    # "The Kremlin" at the start of a sentence; "the Baltic states" written "Baltic States".
    return chunk.lower() == form.lower() and (
        form[:4].lower() == "the " or (chunk[:1].isupper() and form[:1].isupper())
    )


@lru_cache(maxsize=4)
def finder_for(registry: ActorRegistry) -> MentionFinder:
    return MentionFinder(registry)
