"""The brief as Markdown, for e-mail and wikis: the same parts as the page, in the same order."""

from __future__ import annotations

import re

from ..actors import ActorRegistry, default_registry
from ..analysis import aggregate, evidence_weight, silent
from ..model import RELIABILITY_WORDS, Brief, admiralty_grade
from ..team.timeline import moves

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md(text: str) -> str:
    """User text with Markdown's markup characters escaped, on one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def brief_markdown(brief: Brief, registry: ActorRegistry | None = None) -> str:
    registry = registry or default_registry()
    info = brief.info
    sources = {s.id: s for s in brief.sources}
    out: list[str] = []
    if info.marking:
        out += [f"**{md(info.marking)}**", ""]
    out += [f"# {md(info.title or 'Untitled brief')}", ""]
    byline = " · ".join(md(x) for x in (info.date, info.analyst, info.organisation) if x)
    if byline:
        out += [f"*{byline}*", ""]
    if info.question:
        out += [f"**Key question:** {md(info.question)}", ""]
    if info.bluf:
        out += [f"**Bottom line:** {md(info.bluf)}", ""]
    stances = aggregate(brief)
    out += ["## Who stands where", ""]
    if stances:
        out += ["| Country | Position | Basis | Grade | Date |", "| --- | --- | --- | --- | --- |"]
        for s in stances:
            marks = [m for m, on in (("unreviewed", s.unreviewed), ("conflict", s.conflict)) if on]
            if s.overridden:
                marks.append("analyst's call")
            position = info.stance_level(s.stance).label + (f" ({', '.join(marks)})" if marks else "")
            basis = s.basis
            if s.overridden and s.override_note:
                said = f"Analyst: {md(s.override_note)}"
            elif basis is not None:
                said = f"“{md(basis.claim.text)}”" + (f" — {md(basis.speaker)}" if basis.speaker else "")
            else:
                said = "Analyst's judgement"
            out.append(
                f"| **{md(s.actor)}** {md(registry.name(s.actor))} | {md(position)} | {said} | "
                f"{basis.grade if basis else '—'} | {basis.date if basis else ''} |"
            )
        out.append("")
    else:
        out += ["No positions recorded yet.", ""]
    labels = {level.value: level.label for level in info.stance_scale}
    moved = moves(brief)
    if moved:
        out += ["**Moved:** " + " · ".join(md(m.note(labels)) for m in moved), ""]
    quiet = silent(brief, stances)
    if quiet:
        out += ["**No stated position:** " + ", ".join(md(registry.name(a)) for a in quiet), ""]
    key = sorted((c for c in brief.claims if c.key), key=lambda c: -evidence_weight(c, sources.get(c.source)))[:5]
    if key:
        out += ["## Key evidence", ""]
        for n, claim in enumerate(key, 1):
            src = sources.get(claim.source)
            who = ", ".join(md(x) for x in (claim.speaker, src.outlet if src else "", claim.event_date) if x)
            grade = admiralty_grade(src.reliability if src else "F", claim.credibility)
            out.append(f"{n}. “{md(claim.text)}” — {who} [{md(claim.source)}] {grade}")
        out.append("")
    if info.assessment:
        conf = f"**{md(info.confidence)}.** " if info.confidence else ""
        out += ["## Assessment", "", conf + md(info.assessment), ""]
    if info.outlook:
        out += ["## Outlook and recommendations", "", *(f"- {md(b)}" for b in info.outlook), ""]
    if brief.sources:
        out += ["## Sources", ""]
        for src in brief.sources:
            details = ", ".join(
                x for x in (", ".join(src.authors), f"“{src.title}”" if src.title else "", src.published[:10]) if x
            )
            grade = f"reliability {src.reliability} ({RELIABILITY_WORDS.get(src.reliability, '')})"
            line = f"- **[{md(src.id)}]** {md(src.outlet or 'Unknown outlet')} — "
            line += md(f"{details}, " if details else "") + grade + (f" <{src.url}>" if src.url else "")
            out.append(line)
        out.append("")
    return "\n".join(out)
