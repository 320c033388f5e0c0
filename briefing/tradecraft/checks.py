"""The check before export: what a reader of the page would miss or be misled by (analytic standards, ICD 203/206).

Each finding names its place (``brief.bluf: empty``, ``claims[C2].positions[EE]: …``). ``briefing check`` prints them,
``briefing export`` prints them as warnings, and the app lists them beside the preview as links.
"""

from __future__ import annotations

import re

from ..actors import ActorRegistry, default_registry
from ..analysis import aggregate
from ..model import Brief, Source
from .draft import drafted_fields
from .findings import Finding
from .icd203 import language_findings

WEAK_RELIABILITY = "EF"
WEAK_CREDIBILITY = (5, 6)
SECTIONS = (("title", "the title"), ("question", "the key question"), ("bluf", "the bottom line"))


def check_brief(brief: Brief, registry: ActorRegistry | None = None) -> list[Finding]:
    """Every finding, brief fields first, then sources, then positions and key evidence."""
    registry = registry or default_registry()
    out: list[Finding] = []
    out.extend(_sections(brief))
    out.extend(_byline(brief))
    out.extend(language_findings(brief, registry))
    out.extend(_sources(brief))
    out.extend(_positions(brief, registry))
    out.extend(_key_evidence(brief))
    return out


def _sections(brief: Brief) -> list[Finding]:
    info = brief.info
    out: list[Finding] = []
    title = info.title.strip()
    if not title or title == "Untitled brief":
        out.append(Finding("brief.title", "empty", "section", "title"))
    else:
        for src in brief.sources:
            if src.title and _same_words(src.title, title):
                out.append(
                    Finding(
                        "brief.title",
                        f"is the headline of {src.id}; give the brief your own title",
                        "section",
                        "title",
                        source=src.id,
                    )
                )
                break
    for field in ("question", "bluf", "assessment"):
        if not getattr(info, field).strip():
            out.append(Finding(f"brief.{field}", "empty", "section", field))
    if not any(text.strip() for text in info.outlook):
        out.append(Finding("brief.outlook", "empty", "section", "outlook"))
    if not any(c.key for c in brief.claims):
        out.append(Finding("key_evidence", "empty: no claim is marked key evidence", "section", "key"))
    if not info.roster:
        out.append(Finding("brief.roster", "empty: no ally can show as having no stated position", "section", "roster"))
    for field in drafted_fields(brief):
        place = "key_evidence" if field == "key" else f"brief.{field}"
        out.append(Finding(place, "a first draft nobody has edited yet", "review", field))
    return out


def _byline(brief: Brief) -> list[Finding]:
    info = brief.info
    out = []
    if not info.analyst.strip():
        out.append(Finding("brief.analyst", "empty", "byline", "analyst"))
    if not info.date.strip():
        out.append(Finding("brief.date", "empty", "byline", "date"))
    return out


def _sources(brief: Brief) -> list[Finding]:
    cited = {c.source for c in brief.claims if c.positions or c.key}
    out: list[Finding] = []
    for src in brief.sources:
        place = f"sources[{src.id}]"
        if src.retracted:
            out.append(
                Finding(
                    place,
                    f"retracted: its positions are left out of the aggregate ({_label(src)})",
                    "sourcing",
                    "sources",
                    source=src.id,
                )
            )
        elif src.downgraded_from:
            out.append(
                Finding(
                    f"{place}.reliability",
                    f"downgraded from {src.downgraded_from} to {src.reliability} ({_label(src)})",
                    "sourcing",
                    "sources",
                    source=src.id,
                )
            )
        if src.reliability == "F" and src.id in cited and not src.retracted:
            out.append(
                Finding(
                    f"{place}.reliability",
                    f"ungraded (F: reliability cannot be judged) ({_label(src)})",
                    "sourcing",
                    "sources",
                    source=src.id,
                )
            )
    return out


def _positions(brief: Brief, registry: ActorRegistry) -> list[Finding]:
    """One line per country on the page that a reader should not take at face value, saying why."""
    sources = {s.id: s for s in brief.sources}
    out: list[Finding] = []
    for stance in aggregate(brief):
        actor, name = stance.actor, registry.name(stance.actor)
        basis = stance.basis
        place = f"claims[{basis.claim.id}].positions[{actor}]" if basis else f"brief.overrides[{actor}]"
        problems: list[str] = []
        kind = "sourcing"
        if stance.unreviewed:
            problems.append("unreviewed suggestion on the page")
            kind = "review"
        used = sorted({e.claim.source for e in stance.evidence})
        if not stance.overridden and stance.evidence:
            if all(_weak(e.source, e.claim.credibility) for e in stance.evidence):
                problems.append(f"only evidence is graded {basis.grade if basis else ''} (E/F or 5/6, or ungraded)")
            # Credibility 1 means "confirmed by other sources": the analyst has corroborated it elsewhere.
            if len(used) == 1 and not any(e.claim.credibility == 1 for e in stance.evidence):
                problems.append(f"rests on a single source ({used[0]}), not confirmed elsewhere")
        for src_id in used:
            src = sources.get(src_id)
            if src is not None and src.downgraded_from:
                problems.append(f"rests on {src_id}, downgraded from {src.downgraded_from} to {src.reliability}")
        if problems:
            out.append(
                Finding(
                    place, f"{name}: " + "; ".join(problems), kind, claim=basis.claim.id if basis else "", actor=actor
                )
            )
    # Positions that left the aggregate with their retracted source.
    for claim in brief.claims:
        src = sources.get(claim.source)
        if src is not None and src.retracted:
            for position in claim.positions:
                out.append(
                    Finding(
                        f"claims[{claim.id}].positions[{position.actor}]",
                        f"{registry.name(position.actor)}: rests on {src.id}, which is retracted; left out "
                        "of the aggregate",
                        "sourcing",
                        claim=claim.id,
                        actor=position.actor,
                        source=src.id,
                    )
                )
    return out


def _key_evidence(brief: Brief) -> list[Finding]:
    sources = {s.id: s for s in brief.sources}
    out: list[Finding] = []
    for claim in brief.claims:
        if not claim.key:
            continue
        src = sources.get(claim.source)
        if src is None:
            continue
        if src.retracted:
            out.append(
                Finding(
                    f"claims[{claim.id}].key",
                    f"key evidence from {src.id}, which is retracted (left off the page)",
                    "sourcing",
                    claim=claim.id,
                    source=src.id,
                )
            )
        elif src.downgraded_from:
            out.append(
                Finding(
                    f"claims[{claim.id}].key",
                    f"key evidence from {src.id}, downgraded to {src.reliability}",
                    "sourcing",
                    claim=claim.id,
                    source=src.id,
                )
            )
    return out


def _weak(source: Source | None, credibility: int | None) -> bool:
    reliability = source.reliability if source else "F"
    return reliability in WEAK_RELIABILITY or (credibility or 6) in WEAK_CREDIBILITY


def _label(src: Source) -> str:
    return src.outlet or src.title or "untitled"


def _same_words(a: str, b: str) -> bool:
    def words(text: str) -> list[str]:
        return re.findall(r"\w+", text.casefold())

    return words(a) == words(b)
