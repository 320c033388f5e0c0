"""W3C Web Annotation JSON-LD out and in: one annotation per claim, bodies for its countries and stances.

Out: an ``AnnotationCollection`` (``@context`` http://www.w3.org/ns/anno.jsonld). Each annotation targets its
source (its address, or ``urn:sha256:`` of its text) with a TextQuoteSelector (exact, prefix, suffix) and a
TextPositionSelector; each position is a ``classifying`` TextualBody whose value reads "DE: Restraint (-1)";
tags are ``tagging`` bodies and the note a ``commenting`` body. What a brief needs beyond the vocabulary
(origin, cue, grades, key evidence, event date, rejections) is kept under ``briefing:`` keys, which JSON-LD
reads as absolute IRIs and other tools ignore.

In: :func:`import_annotations` puts such annotations back onto the same sources, anchored as in
:mod:`.anchoring`; what cannot be anchored is listed as orphaned, never attached elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import BriefingError
from ..model import STANCE_MAX, STANCE_MIN, Brief, Claim, Position, Source
from .anchoring import Anchor, anchor

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_CHARS = 32  # prefix and suffix length, as Hypothesis stores them
_LABELLED = re.compile(r"^\s*([A-Za-z][\w.-]*)\s*:.*\(\s*([+-]?\d+)\s*\)\s*$")


def source_iri(source: Source) -> str:
    return source.url or f"urn:sha256:{source.sha256}"


def to_w3c(brief: Brief) -> dict[str, Any]:
    sources = {s.id: s for s in brief.sources}
    items = [_annotation(brief, claim, sources.get(claim.source)) for claim in brief.claims]
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": brief.info.title,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def _annotation(brief: Brief, claim: Claim, src: Source | None) -> dict[str, Any]:
    text = src.text if src else ""
    bodies: list[dict[str, Any]] = []
    for p in claim.positions:
        if p.stance is None:
            continue  # no stance chosen yet: nothing to annotate
        body: dict[str, Any] = {
            "type": "TextualBody",
            "purpose": "classifying",
            "value": f"{p.actor}: {brief.info.stance_level(p.stance).label} ({p.stance:+d})",
            "briefing:actor": p.actor,
            "briefing:stance": p.stance,
            "briefing:origin": p.origin,
        }
        if p.cue:
            body["briefing:cue"] = p.cue
        if p.confidence is not None:
            body["briefing:confidence"] = p.confidence
        if p.speaker:
            body["briefing:speaker"] = p.speaker
        bodies.append(body)
    bodies += [{"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in claim.tags]
    if claim.note:
        bodies.append({"type": "TextualBody", "purpose": "commenting", "value": claim.note})
    target: dict[str, Any] = {
        "source": source_iri(src) if src else f"urn:briefing:source:{claim.source}",
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": claim.text,
                "prefix": text[max(0, claim.start - CONTEXT_CHARS) : claim.start],
                "suffix": text[claim.end : claim.end + CONTEXT_CHARS],
            },
            {"type": "TextPositionSelector", "start": claim.start, "end": claim.end},
        ],
    }
    if src is not None:
        target["briefing:sourceId"] = src.id
        if src.title:
            target["briefing:sourceTitle"] = src.title
    out: dict[str, Any] = {
        "id": f"urn:briefing:claim:{(src.sha256 if src else '')[:16]}:{claim.id}",
        "type": "Annotation",
        "motivation": "classifying",
        "body": bodies,
        "target": target,
    }
    if brief.info.analyst:
        out["creator"] = {"type": "Person", "name": brief.info.analyst}
    details: dict[str, Any] = {"id": claim.id}
    for key, value in (
        ("speaker", claim.speaker),
        ("eventDate", claim.event_date),
        ("credibility", claim.credibility),
        ("key", claim.key or None),
        ("rejected", claim.rejected or None),
    ):
        if value not in (None, ""):
            details[key] = value
    out["briefing:claim"] = details
    return out


# -- in ---------------------------------------------------------------------------------------------------


@dataclass
class Attached:
    annotation: str
    claim_id: str
    how: str  # position, quote or fuzzy
    new_claim: bool


@dataclass
class Orphaned:
    annotation: str
    exact: str
    reason: str

    def line(self) -> str:
        text = " ".join(self.exact.split())
        text = text if len(text) <= 70 else text[:69] + "…"
        return f"orphaned {self.annotation}: “{text}” — {self.reason}"


@dataclass
class ImportReport:
    attached: list[Attached] = field(default_factory=list)
    orphaned: list[Orphaned] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # positions not taken because the brief already had another

    def lines(self) -> list[str]:
        moved = sum(1 for a in self.attached if a.how == "fuzzy")
        out = [
            f"attached {len(self.attached)} annotations ({sum(a.new_claim for a in self.attached)} new claims, "
            f"{moved} found by a fuzzy match of the quote)"
        ]
        out += self.kept
        if self.orphaned:
            out.append(f"{len(self.orphaned)} orphaned (not attached anywhere):")
            out += ["  " + o.line() for o in self.orphaned]
        return out


def annotations_in(doc: Any) -> list[dict[str, Any]]:
    """The annotations of a collection, a page, a list or a single annotation."""
    if isinstance(doc, list):
        return [a for a in doc if isinstance(a, dict)]
    if not isinstance(doc, dict):
        raise BriefingError("not a W3C Web Annotation file: expected a JSON object or list")
    if doc.get("type") == "AnnotationCollection":
        items: list[dict[str, Any]] = []
        page = doc.get("first")
        while isinstance(page, dict):
            items += [a for a in page.get("items", []) if isinstance(a, dict)]
            page = page.get("next") if isinstance(page.get("next"), dict) else None
        return items
    if doc.get("type") == "AnnotationPage":
        return [a for a in doc.get("items", []) if isinstance(a, dict)]
    if doc.get("type") == "Annotation":
        return [doc]
    raise BriefingError("not a W3C Web Annotation file: no Annotation, AnnotationPage or AnnotationCollection")


def import_annotations(brief: Brief, doc: Any) -> ImportReport:
    """Attach the annotations to ``brief`` (in place) and report what was attached and what orphaned."""
    report = ImportReport()
    next_claim = _counter(brief)
    for n, ann in enumerate(annotations_in(doc), 1):
        name = str(ann.get("id") or f"#{n}")
        target = ann.get("target")
        if isinstance(target, list):
            target = target[0] if target else None
        if not isinstance(target, dict):
            report.orphaned.append(Orphaned(name, "", "the annotation has no target"))
            continue
        selectors = target.get("selector", [])
        selectors = selectors if isinstance(selectors, list) else [selectors]
        quote = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"), {})
        where = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextPositionSelector"), {})
        exact = str(quote.get("exact", ""))
        src = _find_source(brief, target, exact)
        if src is None:
            report.orphaned.append(Orphaned(name, exact, "no source in the brief matches its target"))
            continue
        start, end = where.get("start"), where.get("end")
        found = anchor(
            src.text,
            exact,
            str(quote.get("prefix", "")),
            str(quote.get("suffix", "")),
            start if isinstance(start, int) else None,
            end if isinstance(end, int) else None,
        )
        if not isinstance(found, Anchor):
            report.orphaned.append(Orphaned(name, exact, found.reason))
            continue
        claim, new = _claim_at(brief, src, found, next_claim)
        _apply(claim, ann, report)
        report.attached.append(Attached(name, claim.id, found.how, new))
    return report


def _counter(brief: Brief) -> Any:
    state = [max((int(c.id[1:]) for c in brief.claims if c.id[:1] == "C" and c.id[1:].isdigit()), default=0)]

    def next_id() -> str:
        state[0] += 1
        return f"C{state[0]}"

    return next_id


def _find_source(brief: Brief, target: dict[str, Any], exact: str) -> Source | None:
    iri = str(target.get("source", ""))
    for src in brief.sources:
        if iri and (iri == src.url or iri == f"urn:sha256:{src.sha256}"):
            return src
    title = target.get("briefing:sourceTitle")
    titled = [s for s in brief.sources if title and s.title == title]
    if len(titled) == 1:
        return titled[0]
    if len(brief.sources) == 1:
        return brief.sources[0]
    holding = [s for s in brief.sources if exact and exact in s.text]
    return holding[0] if len(holding) == 1 else None


def _claim_at(brief: Brief, src: Source, at: Anchor, next_id: Any) -> tuple[Claim, bool]:
    """The claim on this span: the one already there, one overlapping most of it, or a new one."""
    best, best_overlap = None, 0.0
    for claim in brief.claims:
        if claim.source != src.id:
            continue
        if (claim.start, claim.end) == (at.start, at.end):
            return claim, False
        overlap = min(claim.end, at.end) - max(claim.start, at.start)
        if overlap > 0:
            share = overlap / max(claim.end - claim.start, at.end - at.start)
            if share > best_overlap:
                best, best_overlap = claim, share
    if best is not None and best_overlap >= 0.8:
        return best, False
    claim = Claim(next_id(), src.id, at.start, at.end, src.text[at.start : at.end])
    brief.claims.append(claim)
    return claim, True


def _apply(claim: Claim, ann: dict[str, Any], report: ImportReport) -> None:
    bodies = ann.get("body", [])
    bodies = bodies if isinstance(bodies, list) else [bodies]
    raw = ann.get("briefing:claim")
    details: dict[str, Any] = raw if isinstance(raw, dict) else {}
    for body in bodies:
        if isinstance(body, str):
            body = {"type": "TextualBody", "value": body, "purpose": "tagging"}
        if not isinstance(body, dict):
            continue
        purpose = body.get("purpose", "")
        value = str(body.get("value", ""))
        position = _position(body)
        if position is not None:
            current = claim.position_for(position.actor)
            if current is None:
                claim.positions.append(position)
                claim.rejected = [a for a in claim.rejected if a != position.actor]
            elif current.suggested and not position.suggested:
                claim.positions[claim.positions.index(current)] = position
            elif current.stance != position.stance and not position.suggested:
                report.kept.append(
                    f"{claim.id} {position.actor}: the brief says {_signed(current.stance)}, the annotation "
                    f"{_signed(position.stance)}; the brief's kept"
                )
        elif purpose == "tagging" and value and value not in claim.tags:
            claim.tags.append(value)
        elif purpose == "commenting" and value and value not in claim.note:
            claim.note = f"{claim.note}\n{value}".strip()
    for key, name in (("speaker", "speaker"), ("eventDate", "event_date")):
        if isinstance(details.get(key), str) and not getattr(claim, name):
            setattr(claim, name, details[key])
    credibility = details.get("credibility")
    if claim.credibility is None and isinstance(credibility, int) and 1 <= credibility <= 6:
        claim.credibility = credibility
    claim.key = claim.key or details.get("key") is True
    held = {p.actor for p in claim.positions}
    for actor in details.get("rejected", []) if isinstance(details.get("rejected"), list) else []:
        if isinstance(actor, str) and actor not in held and actor not in claim.rejected:
            claim.rejected.append(actor)


def _position(body: dict[str, Any]) -> Position | None:
    actor, stance = body.get("briefing:actor"), body.get("briefing:stance")
    if not isinstance(actor, str) or not isinstance(stance, int):
        match = _LABELLED.match(str(body.get("value", ""))) if body.get("purpose") == "classifying" else None
        if match is None:
            return None
        actor, stance = match.group(1), int(match.group(2))
    if not STANCE_MIN <= stance <= STANCE_MAX:
        return None
    origin = body.get("briefing:origin")
    confidence = body.get("briefing:confidence")
    return Position(
        actor,
        stance,
        origin if origin in ("analyst", "suggested") else "analyst",
        str(body.get("briefing:cue", "")),
        float(confidence) if isinstance(confidence, (int, float)) and not isinstance(confidence, bool) else None,
        str(body.get("briefing:speaker", "")),
    )


def _signed(stance: int | None) -> str:
    return "not set" if stance is None else f"{stance:+d}"
