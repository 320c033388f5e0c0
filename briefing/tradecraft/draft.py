"""A first draft from the annotations: a title from the question, a bottom line from who stands where, and key
evidence (the strongest claim on each side). Deterministic, built from the brief's own data and scale labels.

Only empty fields are filled; the analyst's text is never overwritten. What was drafted is remembered in
``brief.info.extra["draft"]`` so that the app and the check can say a field is still a machine draft: a field stays
a draft only as long as its text is what the draft wrote.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..actors import ActorRegistry, default_registry
from ..analysis import ActorStance, aggregate, silent
from ..model import Brief

DRAFT_KEY = "draft"
# The default scale's labels as they read inside a sentence; other labels are used as written, in lower case.
_PHRASES = {
    "strong restraint": "strong restraint",
    "restraint": "restraint",
    "non-committal": "non-committal",
    "firm response": "a firm response",
    "escalation": "escalation",
}
_SUBJECTS = (
    r"(?:the\s+)?(?:NATO\s+)?allies|NATO(?:\s+members)?|(?:the\s+)?EU(?:\s+member\s+states|\s+members)?|"
    r"(?:the\s+)?member\s+states|(?:the\s+)?West|Western\s+governments|Europe|European\s+governments|"
    r"governments|countries|states|we|they"
)


@lru_cache(maxsize=1)
def _question() -> re.Pattern[str]:
    """ "Should allies …", compiled when a draft is first written (0.8 ms that a check or an export never needs)."""
    return re.compile(rf"^(?:should|must|will|would|can|could|shall|do|does)\s+({_SUBJECTS})\s+(.+)$", re.I)


def draft_brief(brief: Brief, registry: ActorRegistry | None = None) -> list[str]:
    """Fill the brief's empty title, bottom line and key evidence; return the names of the fields filled."""
    registry = registry or default_registry()
    info = brief.info
    record: dict[str, Any] = dict(info.extra.get(DRAFT_KEY) or {})
    stances = aggregate(brief)
    filled: list[str] = []
    # Key evidence first: it weighs more in the aggregate, and the bottom line must say what the page will show.
    if not any(c.key for c in brief.claims):
        key = strongest_per_side(stances)
        for claim in brief.claims:
            if claim.id in key:
                claim.key = True
        if key:
            record["key"] = sorted(key)
            filled.append("key")
            stances = aggregate(brief)
    headlines = {_words(s.title) for s in brief.sources if s.title}
    if not info.title.strip() or info.title == "Untitled brief" or _words(info.title) in headlines:
        title = draft_title(brief, stances)
        if title:
            info.title = record["title"] = title
            filled.append("title")
    if not info.bluf.strip():
        bluf = draft_bluf(brief, stances, registry)
        if bluf:
            info.bluf = record["bluf"] = bluf
            filled.append("bluf")
    if filled:
        info.extra[DRAFT_KEY] = record
    return sorted(filled, key=("title", "bluf", "key").index)


def drafted_fields(brief: Brief) -> list[str]:
    """The fields that still read as the draft wrote them ("title", "bluf", "key")."""
    record = brief.info.extra.get(DRAFT_KEY)
    if not isinstance(record, dict):
        return []
    out = [f for f in ("title", "bluf") if isinstance(record.get(f), str) and getattr(brief.info, f) == record[f]]
    key = record.get("key")
    if isinstance(key, list) and key and sorted(c.id for c in brief.claims if c.key) == sorted(key):
        out.append("key")
    return out


def topic(question: str) -> str:
    """ "Should allies shoot down Russian aircraft …?" → "whether to shoot down Russian aircraft …"."""
    q = " ".join(question.split()).rstrip("?").strip()
    m = _question().match(q)
    if m:
        return f"whether to {m.group(2)}"
    return f"the key question (“{q}?”)" if q else "the key question"


def draft_title(brief: Brief, stances: list[ActorStance]) -> str:
    q = " ".join(brief.info.question.split()).rstrip("?").strip()
    if not q:
        return ""
    m = _question().match(q)
    group = _group_word(brief, m.group(1) if m else "")
    split = any(s.stance < 0 for s in stances) and any(s.stance > 0 for s in stances)
    if m:
        what = f"whether to {m.group(2)}"
        return f"{group} split over {what}" if split else f"Where {group.lower()} stand on {what}"
    return f"Who stands where: {q}?"


def draft_bluf(brief: Brief, stances: list[ActorStance], registry: ActorRegistry) -> str:
    if not stances:
        return ""
    info = brief.info
    m = _question().match(" ".join(info.question.split()).rstrip("?"))
    group = _group_word(brief, m.group(1) if m else "")
    what = topic(info.question)
    firm = [s for s in stances if s.stance > 0]
    soft = [s for s in stances if s.stance < 0]
    neutral = [s for s in stances if s.stance == 0]
    clauses: list[str] = []
    for side, verb in ((sorted(firm, key=lambda s: -s.stance), "favour"), (soft, "urge"), (neutral, "")):
        by_label: dict[int, list[ActorStance]] = {}
        for s in sorted(side, key=lambda s: (-s.strength, s.actor)):
            by_label.setdefault(s.stance, []).append(s)
        for value, members in by_label.items():
            label = info.stance_level(value).label
            phrase = _PHRASES.get(label.lower(), label.lower())
            names, plural = _names([s.actor for s in members], registry)
            if verb:
                clause = f"{names} {verb if plural else verb + 's'} {phrase}"
            else:
                clause = f"{names} {'are' if plural else 'is'} {phrase}"
            clauses.append(clause + _cite(members))
    if firm and soft:
        head = f"{group} are split on {what}"
    elif firm or soft:
        lean = info.stance_level((firm or soft)[0].stance).label.lower()
        head = f"{group} lean towards {_PHRASES.get(lean, lean)} on {what}"
    else:
        head = f"{group} are non-committal on {what}"
    quiet = silent(brief, stances)
    if quiet and info.roster:
        roster = _roster_name(info.roster, registry)
        clauses.append(f"{len(quiet)} of {len(info.roster)} {roster} have not said where they stand")
    return f"{head}: " + "; ".join(clauses) + "."


def strongest_per_side(stances: list[ActorStance]) -> set[str]:
    """The strongest claim on each side of the question (restraint, escalation), two different claims if it can."""
    picked: list[str] = []
    for side in (lambda v: v < 0, lambda v: v > 0):
        evidence = [e for s in stances if side(s.stance) and not s.overridden for e in s.evidence]
        evidence.sort(key=lambda e: (-e.weight, e.claim.id))
        fresh = [e for e in evidence if e.claim.id not in picked]
        choice = fresh[0] if fresh else (evidence[0] if evidence else None)
        if choice is not None and choice.claim.id not in picked:
            picked.append(choice.claim.id)
    return set(picked)


def _cite(members: list[ActorStance]) -> str:
    ids = sorted({s.basis.claim.source for s in members if s.basis}, key=lambda i: (len(i), i))
    return (" " + " ".join(f"[{i}]" for i in ids[:3])) if ids else ""


def _names(codes: list[str], registry: ActorRegistry) -> tuple[str, bool]:
    """ "Poland, the Baltic states and the United States", and whether the subject is plural."""
    rest = list(codes)
    placed: list[tuple[int, str]] = []  # (where its first member stood, name): the order of ``codes``
    groups = sorted(
        (a for a in registry.all(("group",)) if len(a.members) >= 2), key=lambda a: (-len(a.members), a.code)
    )
    for group in groups:
        if all(m in rest for m in group.members):
            rest = [c for c in rest if c not in group.members]
            placed.append((min(codes.index(m) for m in group.members), _with_article(group.name, group.aliases)))
    for code in rest:
        actor = registry.get(code)
        placed.append((codes.index(code), _with_article(registry.name(code), actor.aliases if actor else [])))
    parts = [name for _, name in sorted(placed)]
    plural = len(parts) > 1 or len(codes) > 1
    text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return text, plural


def _with_article(name: str, aliases: list[str]) -> str:
    if any(a.lower() == f"the {name}".lower() for a in aliases) or name.startswith("United "):
        return f"the {name}"
    return name


def _group_word(brief: Brief, subject: str) -> str:
    subject = " ".join(subject.split())
    if subject and subject.lower() not in ("we", "they", "countries", "states", "governments"):
        return subject[0].upper() + subject[1:]
    return "Allies" if brief.info.roster else "The countries named"


def _roster_name(roster: list[str], registry: ActorRegistry) -> str:
    for name, members in registry.rosters.items():
        if set(members) == set(roster):
            return f"{name} members"
    return "roster members"


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", text.casefold()))
