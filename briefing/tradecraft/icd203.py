"""ICD 203 language in the analyst's judgments: one likelihood scale, a stated confidence level kept apart from
likelihood, no vague hedges, and sources cited where a judgment rests on them.

The term sets are data (``resources/icd203.json``); this module only reads and applies them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..actors import ActorRegistry
from ..assets import resource
from ..errors import BriefingError
from ..model import Brief
from .findings import Finding

_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[”’\"')\]]*|$)")
_CITATION = re.compile(r"\[(S\d+)\]")
_MONTH_MAY = re.compile(r"(?:\b(?:in|of|early|late|mid|since|until|by)\s+$)", re.I)


@dataclass(frozen=True)
class Term:
    scale: str
    rank: int  # 0 = almost no chance … 6 = almost certain
    word: str


@dataclass(frozen=True)
class TermSets:
    bands: tuple[tuple[int, int], ...]
    scales: dict[str, tuple[tuple[str, ...], ...]]
    confidence: tuple[str, ...]
    hedges: tuple[str, ...]
    pattern: re.Pattern[str]  # every likelihood word of both scales, longest first
    lookup: dict[str, tuple[str, int]]  # word -> (scale, rank)

    def band(self, word: str) -> tuple[int, int] | None:
        """The percentage band of a likelihood word, from either scale."""
        for terms in self.scales.values():
            for rank, words in enumerate(terms):
                if word.lower() in words:
                    return self.bands[rank]
        return None

    def likelihood_terms(self, text: str) -> Iterator[tuple[int, int, Term]]:
        for m in self.pattern.finditer(text):
            word = " ".join(m.group(1).lower().split())
            scale, rank = self.lookup[word]
            yield m.start(), m.end(), Term(scale, rank, word)

    def confidence_levels(self, text: str) -> list[str]:
        """Confidence levels stated in ``text``: "moderate confidence", "high-confidence", "confidence is low"."""
        levels = "|".join(self.confidence)
        pattern = rf"\b({levels})[\s-]+confidence\b|\bconfidence\b[^.;]{{0,30}}?\b(?:is|as|:)\s+({levels})\b"
        return [(m.group(1) or m.group(2)).lower() for m in re.finditer(pattern, text, re.I)]

    def hedges_in(self, text: str) -> Iterator[tuple[int, int, str]]:
        for hedge in self.hedges:
            flags = 0 if hedge == "may" else re.I  # "May" is also a month
            for m in re.finditer(rf"\b{re.escape(hedge)}\b", text, flags):
                if hedge == "may" and (_MONTH_MAY.search(text[: m.start()]) or re.match(r"\s+\d", text[m.end() :])):
                    continue
                yield m.start(), m.end(), hedge


def load_terms(path: str | Path | None = None) -> TermSets:
    """The ICD 203 term sets from ``resources/icd203.json`` (or ``path``)."""
    return _load(str(path or resource("icd203.json")))


@lru_cache(maxsize=4)
def _load(path: str) -> TermSets:
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        scales = {
            str(name): tuple(tuple(str(w).lower() for w in words) for words in terms)
            for name, terms in data["scales"].items()
        }
        lookup = {w: (name, rank) for name, terms in scales.items() for rank, words in enumerate(terms) for w in words}
        words = sorted(lookup, key=len, reverse=True)
        pattern = re.compile(r"\b(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.I)
        return TermSets(
            bands=tuple((int(lo), int(hi)) for lo, hi in data["bands"]),
            scales=scales,
            confidence=tuple(c.lower() for c in data["confidence"]),
            hedges=tuple(h.lower() for h in data.get("hedges", [])),
            pattern=pattern,
            lookup=lookup,
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BriefingError(f"{path}: the ICD 203 term sets cannot be read ({exc})") from None


def judgments(brief: Brief) -> list[tuple[str, str, int]]:
    """(place, text, outlook index) of each judgment field: the bottom line, the assessment, each outlook bullet."""
    info = brief.info
    out = [("bluf", info.bluf, -1), ("assessment", info.assessment, -1)]
    out.extend(("outlook", text, i) for i, text in enumerate(info.outlook))
    return [(f, t, i) for f, t, i in out if t.strip()]


def sentences(text: str) -> Iterator[tuple[int, int]]:
    for m in _SENTENCE.finditer(text):
        if m.group().strip():
            lead = len(m.group()) - len(m.group().lstrip())
            yield m.start() + lead, m.end()


def language_findings(
    brief: Brief, registry: ActorRegistry | None = None, terms: TermSets | None = None
) -> list[Finding]:
    """Every ICD 203 language finding in the brief's judgments."""
    terms = terms or load_terms()
    out: list[Finding] = []
    fields = judgments(brief)

    def place(field: str, index: int) -> str:
        return f"brief.{field}" if index < 0 else f"brief.{field}[{index}]"

    # 1. One likelihood scale: the first scale used sets it; words from the other one are findings.
    first: tuple[str, str, str] | None = None  # scale, word, where
    for field, text, index in fields:
        for start, end, term in terms.likelihood_terms(text):
            if first is None:
                first = (term.scale, term.word, place(field, index))
            elif term.scale != first[0]:
                out.append(
                    Finding(
                        place(field, index),
                        f"“{text[start:end]}” is from the other ICD 203 likelihood scale than “{first[1]}” "
                        f"({first[2]}); use one scale",
                        "icd203",
                        field,
                        index,
                        start=start,
                        end=end,
                    )
                )
    # 2. A confidence level for the assessment, in ICD 203 words.
    info = brief.info
    if info.assessment.strip():
        stated = terms.confidence_levels(info.confidence) or (
            [info.confidence.strip().lower()] if info.confidence.strip().lower() in terms.confidence else []
        )
        if info.confidence.strip() and not stated:
            out.append(
                Finding(
                    "brief.confidence",
                    f"“{info.confidence}” is not an ICD 203 confidence level (low / moderate / high)",
                    "icd203",
                    "confidence",
                )
            )
        elif not stated and not terms.confidence_levels(info.assessment):
            out.append(
                Finding(
                    "brief.confidence",
                    "no confidence level (low / moderate / high) stated for the assessment",
                    "icd203",
                    "confidence",
                )
            )
    # 3. Confidence and likelihood in separate sentences; 4. no vague hedges.
    for field, text, index in fields:
        for start, end in sentences(text):
            sentence = text[start:end]
            has_likelihood = next(terms.likelihood_terms(sentence), None)
            if has_likelihood and re.search(r"\bconfiden(?:ce|t)\b", sentence, re.I):
                out.append(
                    Finding(
                        place(field, index),
                        "confidence and likelihood in one sentence; state them separately",
                        "icd203",
                        field,
                        index,
                        start=start,
                        end=end,
                    )
                )
        for start, end, _hedge in terms.hedges_in(text):
            out.append(
                Finding(
                    place(field, index),
                    f"vague hedge “{text[start:end]}”: say how likely, in ICD 203 words",
                    "icd203",
                    field,
                    index,
                    start=start,
                    end=end,
                )
            )
    out.extend(_citation_findings(brief, fields, registry, place))
    return out


def _citation_findings(
    brief: Brief, fields: list[tuple[str, str, int]], registry: ActorRegistry | None, place: Callable[[str, int], str]
) -> list[Finding]:
    """A judgment about a country that holds a position in the brief rests on the sources: it cites one."""
    from ..actors import default_registry
    from ..names import finder_for

    registry = registry or default_registry()
    finder = finder_for(registry)
    known = {s.id for s in brief.sources}
    sources_of: dict[str, set[str]] = {}
    for claim in brief.claims:
        for position in claim.positions:
            sources_of.setdefault(position.actor, set()).add(claim.source)
    out: list[Finding] = []
    for field, text, index in fields:
        for m in _CITATION.finditer(text):
            if m.group(1) not in known:
                out.append(
                    Finding(
                        place(field, index),
                        f"cites {m.group(1)}, which is not a source of this brief",
                        "icd203",
                        field,
                        index,
                        start=m.start(),
                        end=m.end(),
                    )
                )
        for start, end in sentences(text):
            sentence = text[start:end]
            if _CITATION.search(sentence):
                continue
            named = [c for mention in finder.find(sentence) for c in mention.codes if c in sources_of]
            if not named:
                continue
            cite = sorted({s for c in named for s in sources_of[c]}, key=_source_order)
            out.append(
                Finding(
                    place(field, index),
                    f"judgment on {registry.name(named[0])} cites no source; add "
                    + " ".join(f"[{s}]" for s in cite[:3]),
                    "icd203",
                    field,
                    index,
                    start=start,
                    end=end,
                )
            )
    return out


def _source_order(ident: str) -> tuple[int, str]:
    digits = ident[1:]
    return (int(digits) if digits.isdigit() else 10**9, ident)
