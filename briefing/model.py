"""The brief, its sources, claims and positions: plain dataclasses, no Qt, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FORMAT_NAME = "briefing"
FORMAT_VERSION = 1

STANCE_MIN = -2
STANCE_MAX = 2
RELIABILITY_GRADES = "ABCDEF"
CREDIBILITY_MIN = 1
CREDIBILITY_MAX = 6
ORIGINS = ("analyst", "suggested")
PAGE_SIZES = ("A4", "Letter")

RELIABILITY_WORDS = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
CREDIBILITY_WORDS = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}


UNGRADED = "\u2013"  # the credibility digit of a claim the analyst has not graded: "B–", never a made-up "B6"


def admiralty_grade(reliability: str, credibility: int | None) -> str:
    """The grade as the app, the page and the exports print it: source letter, then the claim's digit."""
    return f"{reliability}{credibility if credibility else UNGRADED}"


@dataclass
class StanceLevel:
    value: int
    label: str
    colour: str
    extra: dict[str, Any] = field(default_factory=dict)


def default_stance_scale() -> list[StanceLevel]:
    """Blue for restraint, red for escalation: a diverging palette that colour-blind readers can tell apart."""
    return [
        StanceLevel(-2, "Strong restraint", "#2166AC"),
        StanceLevel(-1, "Restraint", "#67A9CF"),
        StanceLevel(0, "Non-committal", "#9E9E9E"),
        StanceLevel(1, "Firm response", "#EF8A62"),
        StanceLevel(2, "Escalation", "#B2182B"),
    ]


@dataclass
class Override:
    """The analyst's own verdict on where an actor stands, taking precedence over the claims."""

    stance: int
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class BriefInfo:
    title: str = "Untitled brief"
    question: str = ""
    bluf: str = ""
    assessment: str = ""
    confidence: str = ""
    outlook: list[str] = field(default_factory=list)
    analyst: str = ""
    organisation: str = ""
    date: str = ""
    marking: str = "UNCLASSIFIED"
    page_size: str = "A4"
    roster: list[str] = field(default_factory=list)
    stance_scale: list[StanceLevel] = field(default_factory=default_stance_scale)
    overrides: dict[str, Override] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def stance_level(self, value: int) -> StanceLevel:
        for level in self.stance_scale:
            if level.value == value:
                return level
        return StanceLevel(value, str(value), "#9E9E9E")


@dataclass
class Source:
    id: str
    title: str = ""
    outlet: str = ""
    authors: list[str] = field(default_factory=list)
    published: str = ""
    url: str = ""
    retrieved: str = ""
    text: str = ""
    sha256: str = ""
    reliability: str = "F"
    captions: list[str] = field(default_factory=list)
    dateline: str = ""
    retracted: bool = False  # the outlet withdrew the story, or it proved false (ICD 206)
    downgraded_from: str = ""  # the reliability grade before the analyst lowered it
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.sha256:
            self.sha256 = text_digest(self.text)


# A suggestion made by the learned linker (``briefing/suggest/linker.py``) is marked in its position's extra fields;
# the claim lists the countries whose such suggestions the analyst rejected, so that the brief's learning counts them.
LINKED = "learned link"
LINKED_BY = "suggested_by"
REJECTED_LINKS = "rejected_links"
# A suggestion whose sign was turned to its country's line in the rest of the article (``suggest/lines.py``) says so
SIGNED_BY = "signed_by"
ARTICLE_LINE = "its line in the article"


@dataclass
class Position:
    actor: str
    stance: int | None  # None: the analyst added the actor but has not chosen a stance yet (never counted or printed)
    origin: str = "analyst"
    cue: str = ""
    confidence: float | None = None
    speaker: str = ""  # who voices this actor's position in the claim, when the claim has several
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def suggested(self) -> bool:
        return self.origin == "suggested"


def sign_reason(position: Position) -> str:
    """What a suggestion's sign was taken from, when not from its own words: ", its sign from its line in the
    article", or ""."""
    return f", its sign from {position.extra[SIGNED_BY]}" if position.extra.get(SIGNED_BY) == ARTICLE_LINE else ""


@dataclass
class Claim:
    id: str
    source: str
    start: int
    end: int
    text: str
    speaker: str = ""
    event_date: str = ""
    credibility: int | None = None
    key: bool = False
    note: str = ""
    tags: list[str] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def position_for(self, actor: str) -> Position | None:
        for position in self.positions:
            if position.actor == actor:
                return position
        return None

    @property
    def reviewed(self) -> bool:
        """True when no suggestion on this claim is waiting for the analyst."""
        return not any(p.suggested for p in self.positions)


@dataclass
class Brief:
    info: BriefInfo = field(default_factory=BriefInfo)
    sources: list[Source] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def source(self, source_id: str) -> Source | None:
        for source in self.sources:
            if source.id == source_id:
                return source
        return None

    def claim(self, claim_id: str) -> Claim | None:
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        return None

    def claims_of(self, source_id: str) -> list[Claim]:
        return sorted((c for c in self.claims if c.source == source_id), key=lambda c: c.start)

    def next_source_id(self) -> str:
        return _next_id("S", (s.id for s in self.sources))

    def next_claim_id(self) -> str:
        return _next_id("C", (c.id for c in self.claims))

    def actors(self) -> list[str]:
        """Every actor that holds a position somewhere, in order of first appearance."""
        seen: dict[str, None] = {}
        for claim in self.claims:
            for position in claim.positions:
                seen.setdefault(position.actor, None)
        for actor in self.info.overrides:
            seen.setdefault(actor, None)
        return list(seen)


def text_digest(text: str) -> str:
    import hashlib  # here, not at the top: the command line starts faster without it

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _next_id(prefix: str, existing: Any) -> str:
    highest = 0
    for ident in existing:
        if ident.startswith(prefix) and ident[len(prefix) :].isdigit():
            highest = max(highest, int(ident[len(prefix) :]))
    return f"{prefix}{highest + 1}"
