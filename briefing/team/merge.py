"""Merging brief files: two analysts' work on the same articles becomes one file, every disagreement listed.

Sources are the same when their text is (a colleague's copy of the same article is one source, even when its
spacing differs or a few words do: its claims are then placed on the same words of mine); claims when they
cover the same span of it. A position an analyst set beats a suggestion. Where the two analysts set
different stances for a country on one claim, or one set a position the other rejected, the merge keeps
"mine" and records a :class:`Disagreement`; :func:`settle` then applies the analyst's choice for it: keep
mine, take theirs, keep both (their reading becomes a second claim on the same span) or leave it open
(marked on the claim with the tag ``disputed`` and a line in its note, so nothing is dropped silently).
"""

from __future__ import annotations

import copy
import gc
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TypeVar

from ..model import Brief, Claim, Override, Position, Source

T = TypeVar("T")
NEAR_COPY = 0.9  # shared 5-word shingles, both ways, for two texts to be copies of one article
CHOICES = ("mine", "theirs", "both", "open")
CHOICE_WORDS = {"mine": "keep mine", "theirs": "take theirs", "both": "keep both", "open": "leave open"}
DISPUTED_TAG = "disputed"
_OPEN_LINE = "Open disagreement on {actor}: "


@dataclass
class Disagreement:
    """Two analysts' different readings of one country on one claim (or of one override)."""

    actor: str
    claim_id: str  # the claim in the merged brief; "" for an override
    claim_text: str
    mine: int | None  # the stance, or None when this analyst holds that the country takes no position here
    theirs: int | None
    file: int = 2  # which file "theirs" came from
    theirs_position: Position | None = None
    theirs_override: Override | None = None
    source_title: str = ""
    mine_position: Position | None = None

    @property
    def kind(self) -> str:
        if not self.claim_id:
            return "override"
        return "stance" if self.mine is not None and self.theirs is not None else "holder"

    def describe(self, labels: dict[int, str] | None = None) -> str:
        """One line for the analyst: where, which country, what each side says."""

        def say(value: int | None) -> str:
            if value is None:
                return "no position"
            label = (labels or {}).get(value)
            return f"{label} ({value:+d})" if label else f"{value:+d}"

        where = f"{self.claim_id} “{_short(self.claim_text)}”" if self.claim_id else "the brief's override"
        return f"{where} — {self.actor}: mine {say(self.mine)}, theirs (file {self.file}) {say(self.theirs)}"


@dataclass
class MergeResult:
    brief: Brief
    disagreements: list[Disagreement] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # other fields where both files differ and mine was kept


def merge_two(mine: Brief, theirs: Brief, *, file: int = 2) -> MergeResult:
    """Merge ``theirs`` into a copy of ``mine``; mine wins every disagreement until it is settled."""
    return _merge([mine, theirs], first_file=file)


def merge_briefs(briefs: list[Brief]) -> tuple[Brief, list[str]]:
    """Merge into a copy of the first brief; return it and a line on every disagreement (mine kept)."""
    result = _merge(briefs)
    notes = []
    for d in result.disagreements:
        if d.kind == "override":
            notes.append(f"brief.overrides.{d.actor}: file {d.file} says {d.theirs}, kept {d.mine}")
        else:
            notes.append(f"{d.claim_id} {d.actor}: file {d.file} says {_plain(d.theirs)}, kept {_plain(d.mine)}")
    return result.brief, notes


def _plain(value: int | None) -> str:
    return "no position" if value is None else str(value)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _merge(briefs: list[Brief], first_file: int = 2) -> MergeResult:
    if not briefs:
        raise ValueError("nothing to merge")
    # Copying a large brief makes hundreds of thousands of objects and no garbage; the cyclic collector would
    # rescan the whole heap again and again (most of the time of a 100,000-position merge), so it waits.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _merge_all(briefs, first_file)
    finally:
        if enabled:
            gc.enable()


def _merge_all(briefs: list[Brief], first_file: int) -> MergeResult:
    merged = _copy_brief(briefs[0])
    result = MergeResult(merged)
    # Ids handed out by counters, not by scanning every claim each time: a merge stays near-linear in size.
    next_source = _counter("S", (s.id for s in merged.sources))
    next_claim = _counter("C", (c.id for c in merged.claims))
    for n, other in enumerate(briefs[1:], first_file):
        by_digest = {s.sha256: s for s in merged.sources}
        titles = {s.id: s.title for s in merged.sources}
        id_map: dict[str, str] = {}
        copies = _Copies(merged.sources)
        moved: dict[str, tuple[Source, Source]] = {}  # their source id -> (theirs, mine) for copies not byte-equal
        for src in other.sources:
            same = by_digest.get(src.sha256)
            if same is None:
                same = copies.find(src)
                if same is not None:
                    moved[src.id] = (src, same)
            if same is not None:
                id_map[src.id] = same.id
                continue
            new = _shallow(src)
            new.id = next_source()
            merged.sources.append(new)
            by_digest[new.sha256] = new
            titles[new.id] = new.title
            id_map[src.id] = new.id
        spans = {(c.source, c.start, c.end): c for c in merged.claims}
        for claim in other.claims:
            if claim.source in moved:
                placed = _place(claim, *moved[claim.source])
                if isinstance(placed, str):
                    result.kept.append(f"{claim.id} of file {n} left out: {placed}")
                    continue
                claim = placed
            key = (id_map.get(claim.source, claim.source), claim.start, claim.end)
            mine = spans.get(key)
            if mine is None:
                new_claim = _copy_claim(claim)
                new_claim.id = next_claim()
                new_claim.source = key[0]
                merged.claims.append(new_claim)
                spans[key] = new_claim
                continue
            result.kept.extend(_kept_fields(mine, claim, n))
            for d in _merge_claim(mine, claim, n):
                d.source_title = titles.get(mine.source, "")
                result.disagreements.append(d)
        for actor, override in other.info.overrides.items():
            current = merged.info.overrides.get(actor)
            if current is None:
                merged.info.overrides[actor] = copy.deepcopy(override)
            elif current.stance != override.stance:
                result.disagreements.append(
                    Disagreement(actor, "", current.note, current.stance, override.stance, n, None, override)
                )
        for name in ("question", "bluf", "assessment", "confidence", "analyst", "organisation", "date"):
            if not getattr(merged.info, name) and getattr(other.info, name):
                setattr(merged.info, name, getattr(other.info, name))
            elif getattr(other.info, name) and getattr(other.info, name) != getattr(merged.info, name):
                result.kept.append(f"brief.{name}: kept mine; file {n} says “{_short(getattr(other.info, name))}”")
        merged.info.roster = list(dict.fromkeys([*merged.info.roster, *other.info.roster]))
        merged.info.outlook = list(dict.fromkeys([*merged.info.outlook, *other.info.outlook]))
    return result


class _Copies:
    """A colleague's copy of an article that is not byte-equal: the same words (spacing, line breaks aside) or a
    near-copy (nine in ten 5-word shingles shared both ways). Shingles are computed only when needed."""

    def __init__(self, sources: list[Source]) -> None:
        self.sources = sources
        self._words: dict[str, Source] | None = None
        self._shingles: list[tuple[Source, set[int]]] | None = None

    def find(self, src: Source) -> Source | None:
        from ..model import text_digest
        from .corroboration import shingles

        if self._words is None:
            self._words = {text_digest(" ".join(s.text.split())): s for s in self.sources}
        same = self._words.get(text_digest(" ".join(src.text.split())))
        if same is not None or not src.text.strip():
            return same
        if self._shingles is None:
            self._shingles = [(s, shingles(s.text)) for s in self.sources]
        theirs = shingles(src.text)
        for mine, sh in self._shingles:
            if mine.outlet and src.outlet and mine.outlet.casefold() != src.outlet.casefold():
                continue  # a syndicated copy in another outlet is another source (see corroboration)
            shared = len(sh & theirs)
            if sh and theirs and shared / len(sh) >= NEAR_COPY and shared / len(theirs) >= NEAR_COPY:
                return mine
        return None


def _place(claim: Claim, theirs: Source, mine: Source) -> Claim | str:
    """Their claim moved onto the same words in my copy of the source, or why it could not be."""
    from ..formats.anchoring import Anchor, anchor

    prefix = theirs.text[max(0, claim.start - 32) : claim.start]
    suffix = theirs.text[claim.end : claim.end + 32]
    at = anchor(mine.text, claim.text, prefix, suffix, claim.start, claim.end)
    if not isinstance(at, Anchor):
        return f"“{_short(claim.text, 60)}” is not in {mine.id}'s text ({at.reason})"
    placed = _copy_claim(claim)
    placed.start, placed.end, placed.text = at.start, at.end, mine.text[at.start : at.end]
    return placed


def _kept_fields(mine: Claim, theirs: Claim, n: int) -> list[str]:
    """Where both analysts filled a claim's field differently: mine is kept, and the difference is listed."""
    out = []
    for name in ("speaker", "event_date", "credibility"):
        a, b = getattr(mine, name), getattr(theirs, name)
        if a not in (None, "") and b not in (None, "") and a != b:
            out.append(f"{mine.id} {name}: kept mine ({a}); file {n} says {b}")
    return out


def _merge_claim(mine: Claim, theirs: Claim, n: int) -> list[Disagreement]:
    found: list[Disagreement] = []
    for name in ("speaker", "event_date", "note"):
        if not getattr(mine, name) and getattr(theirs, name):
            setattr(mine, name, getattr(theirs, name))
    if mine.credibility is None:
        mine.credibility = theirs.credibility
    mine.key = mine.key or theirs.key
    mine.tags = list(dict.fromkeys([*mine.tags, *theirs.tags]))
    mine_rejected = set(mine.rejected)
    for pos in theirs.positions:
        current = mine.position_for(pos.actor)
        if current is None:
            if pos.actor in mine_rejected and not pos.suggested and pos.stance is not None:
                found.append(Disagreement(pos.actor, mine.id, mine.text, None, pos.stance, n, _copy_position(pos)))
            elif pos.actor not in mine_rejected and pos.stance is not None:
                mine.positions.append(_copy_position(pos))
        elif current.suggested and not pos.suggested:
            mine.positions[mine.positions.index(current)] = _copy_position(pos)
        elif current.stance is None and pos.stance is not None and not pos.suggested:
            mine.positions[mine.positions.index(current)] = _copy_position(pos)  # they chose the stance I had not
        elif pos.stance is None:
            continue  # their country with no stance chosen yet adds nothing to mine
        elif not current.suggested and not pos.suggested and current.stance != pos.stance:
            d = Disagreement(pos.actor, mine.id, mine.text, current.stance, pos.stance, n, _copy_position(pos))
            d.mine_position = _copy_position(current)
            found.append(d)
    for actor in theirs.rejected:
        current = mine.position_for(actor)
        if current is not None and not current.suggested and current.stance is not None:
            d = Disagreement(actor, mine.id, mine.text, current.stance, None, n, None)
            d.mine_position = _copy_position(current)
            found.append(d)
    held = {p.actor for p in mine.positions if not p.suggested}
    mine.rejected = [a for a in dict.fromkeys([*mine.rejected, *theirs.rejected]) if a not in held]
    rejected = set(mine.rejected)
    mine.positions = [p for p in mine.positions if not (p.suggested and p.actor in rejected)]
    return found


# Plain copies, not copy.deepcopy: a merge of 100,000 positions spends its time copying, and these are ten times
# faster. Lists are copied so that the merge never changes the files it was given; ``extra`` dicts are shared,
# because nothing here writes to them.
def _shallow(obj: T) -> T:
    """copy.copy without its generic machinery (a third of the time), for plain dataclasses; keeps every field."""
    new = object.__new__(type(obj))
    new.__dict__.update(obj.__dict__)
    return new


def _copy_position(p: Position) -> Position:
    return _shallow(p)


def _copy_claim(c: Claim) -> Claim:
    new = _shallow(c)
    new.positions = [_shallow(p) for p in c.positions]
    new.tags = list(c.tags)
    new.rejected = list(c.rejected)
    return new


def _copy_brief(b: Brief) -> Brief:
    return Brief(
        info=copy.deepcopy(b.info),
        sources=[_shallow(s) for s in b.sources],
        claims=[_copy_claim(c) for c in b.claims],
        extra=copy.deepcopy(b.extra),
    )


def _counter(prefix: str, existing: Iterable[str]) -> Callable[[], str]:
    highest = 0
    for ident in existing:
        if ident.startswith(prefix) and ident[len(prefix) :].isdigit():
            highest = max(highest, int(ident[len(prefix) :]))
    state = [highest]

    def next_id() -> str:
        state[0] += 1
        return f"{prefix}{state[0]}"

    return next_id


# -- settling ---------------------------------------------------------------------------------------------


def settle_claim(claim: Claim, d: Disagreement, choice: str, second_id: str = "") -> list[Claim]:
    """The claim as ``choice`` leaves it (a new object), and for "both" the colleague's reading as a second claim.

    The claim is never changed in place, so the old object can serve an undo.
    """
    if choice not in CHOICES:
        raise ValueError(f"{choice!r} is not one of {', '.join(CHOICES)}")
    new = _copy_claim(claim)
    _unmark(new, d.actor)
    out = [new]
    # The country's position on this claim is set from the disagreement itself, whatever an earlier choice left.
    _put(new, d.actor, d.theirs_position if choice == "theirs" else d.mine_position)
    if choice == "both":
        if d.theirs_position is not None:
            second = _copy_claim(new)
            second.id = second_id or f"{claim.id}b"
            second.positions = [_copy_position(d.theirs_position)]
            second.rejected = []
            second.tags = [t for t in second.tags if t != DISPUTED_TAG]
            second.note = f"Second reading of {claim.id}, from file {d.file}."
            out.append(second)
        else:
            _add_line(new, f"File {d.file} holds that {d.actor} takes no position here.")
    elif choice == "open":
        _mark(new, d)
    return out


def settle_override(overrides: dict[str, Override], d: Disagreement, choice: str) -> dict[str, Override]:
    """The brief's overrides as ``choice`` leaves them (a new dict)."""
    out = dict(overrides)
    mine = out.get(d.actor)
    if choice == "theirs" and d.theirs_override is not None:
        out[d.actor] = copy.deepcopy(d.theirs_override)
    elif choice in ("both", "open") and mine is not None and d.theirs is not None:
        word = "Open disagreement" if choice == "open" else "Colleague's verdict"
        line = f"{word}: file {d.file} says {d.theirs:+d}."
        if line not in mine.note:
            out[d.actor] = replace(mine, note=f"{mine.note} {line}".strip())
    return out


def settle_all(result: MergeResult, choices: dict[int, str] | str) -> Brief:
    """Apply a choice to every disagreement (one for all, or by index; missing ones are left open), in place."""
    enabled = gc.isenabled()
    gc.disable()  # as in _merge: many new objects, no garbage
    try:
        return _settle_all(result, choices)
    finally:
        if enabled:
            gc.enable()


def _settle_all(result: MergeResult, choices: dict[int, str] | str) -> Brief:
    brief = result.brief
    rows = {c.id: i for i, c in enumerate(brief.claims)}
    next_claim = _counter("C", (c.id for c in brief.claims))
    for i, d in enumerate(result.disagreements):
        choice = choices if isinstance(choices, str) else choices.get(i, "open")
        if d.kind == "override":
            brief.info.overrides = settle_override(brief.info.overrides, d, choice)
            continue
        row = rows[d.claim_id]
        settled = settle_claim(brief.claims[row], d, choice, next_claim() if choice == "both" else "")
        brief.claims[row] = settled[0]
        for extra in settled[1:]:
            rows[extra.id] = len(brief.claims)
            brief.claims.append(extra)
    return brief


def _put(claim: Claim, actor: str, position: Position | None) -> None:
    at = next((i for i, p in enumerate(claim.positions) if p.actor == actor), len(claim.positions))
    claim.positions = [p for p in claim.positions if p.actor != actor]
    if position is None:
        claim.rejected = [*dict.fromkeys([*claim.rejected, actor])]
    else:
        claim.positions.insert(at, _copy_position(position))
        claim.rejected = [a for a in claim.rejected if a != actor]


def _mark(claim: Claim, d: Disagreement) -> None:
    if DISPUTED_TAG not in claim.tags:
        claim.tags.append(DISPUTED_TAG)
    _add_line(claim, _OPEN_LINE.format(actor=d.actor) + f"mine {_signed(d.mine)}, file {d.file} {_signed(d.theirs)}.")


def _unmark(claim: Claim, actor: str) -> None:
    head = _OPEN_LINE.format(actor=actor)
    lines = [line for line in claim.note.split("\n") if not line.startswith(head)]
    claim.note = "\n".join(lines).strip()
    if not any(line.startswith("Open disagreement on ") for line in lines):
        claim.tags = [t for t in claim.tags if t != DISPUTED_TAG]


def _add_line(claim: Claim, line: str) -> None:
    if line not in claim.note.split("\n"):
        claim.note = f"{claim.note}\n{line}".strip()


def _signed(value: int | None) -> str:
    return "no position" if value is None else f"{value:+d}"
