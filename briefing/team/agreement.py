"""Agreement between two analysts who coded the same articles: who holds a position, and where they stand.

Claims are paired as in a merge: same source text, same span. A claim counts as *coded* by an analyst when
it carries a position that analyst set or accepted, or a suggestion they rejected; unreviewed suggestions
are not the analyst's coding and are left out. On the claims both coded:

* **who holds a position**: for every country either analyst named, do both say it takes a position on
  this claim? Percent agreement over these (claim, country) items.
* **stance**: on the (claim, country) pairs both coded, Cohen's kappa (chance-corrected agreement on the
  exact step) and Krippendorff's alpha with the ordinal metric (the scale is ordered: -2 and -1 disagree
  less than -2 and +2), from the maintained ``krippendorff`` package.

Each figure comes with the number of items it rests on; below :data:`MIN_ITEMS` it is marked as resting on
too few items to mean anything.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from ..model import Brief, Claim, Source

MIN_ITEMS = 10  # fewer items than this and a figure is shown with a warning, not as a finding


@dataclass
class Figures:
    """The agreement figures on one set of items (all countries, or one)."""

    holder_items: int = 0
    holder_agreed: int = 0
    stance_pairs: list[tuple[int, int]] = field(default_factory=list)
    kappa: float | None = None
    alpha: float | None = None
    why_undefined: str = ""

    @property
    def percent(self) -> float | None:
        return 100.0 * self.holder_agreed / self.holder_items if self.holder_items else None

    @property
    def stance_items(self) -> int:
        return len(self.stance_pairs)

    @property
    def stance_agreed(self) -> int:
        return sum(1 for a, b in self.stance_pairs if a == b)

    @property
    def too_few(self) -> bool:
        return self.stance_items < MIN_ITEMS or self.holder_items < MIN_ITEMS

    def lines(self) -> list[str]:
        def num(value: float | None, digits: int = 2) -> str:
            return "–" if value is None else f"{value:.{digits}f}"

        pct = self.percent
        holder = (
            f"who holds a position: {num(pct, 0)}% agree ({self.holder_agreed} of {self.holder_items} items)"
            if pct is not None
            else "who holds a position: no items"
        )
        stance = (
            f"stance: Cohen's kappa {num(self.kappa)}, Krippendorff's alpha (ordinal) {num(self.alpha)}, "
            f"{self.stance_agreed} of {self.stance_items} pairs the same"
        )
        if self.why_undefined:
            stance += f" ({self.why_undefined})"
        out = [holder, stance]
        if self.too_few:
            least = min(self.stance_items, self.holder_items)
            out.append(f"too few items ({least}; at least {MIN_ITEMS} needed) for these figures to mean anything")
        return out

    def compact(self) -> str:
        """One short line (per country): holders, stance figures, and whether there are too few items."""

        def num(value: float | None) -> str:
            return "–" if value is None else f"{value:.2f}"

        pct = self.percent
        text = (
            f"holds a position {'–' if pct is None else f'{pct:.0f}%'} ({self.holder_agreed}/{self.holder_items}), "
            f"same stance {self.stance_agreed}/{self.stance_items}, kappa {num(self.kappa)}, alpha {num(self.alpha)}"
        )
        return text + (" — too few items to mean anything" if self.too_few else "")


@dataclass
class Disagreement:
    claim_id: str
    claim_text: str
    actor: str
    mine: int | None
    theirs: int | None


@dataclass
class Agreement:
    coded_a: int
    coded_b: int
    both_coded: int
    overall: Figures
    by_country: dict[str, Figures]
    disagreements: list[Disagreement]

    def lines(self, labels: dict[int, str] | None = None) -> list[str]:
        out = [
            f"claims coded: {self.coded_a} in the first file, {self.coded_b} in the second, {self.both_coded} by both",
            *("overall " + line if i == 0 else "  " + line for i, line in enumerate(self.overall.lines())),
        ]
        for actor, figures in self.by_country.items():
            out.append(f"{actor}: {figures.compact()}")
        if self.disagreements:
            n = len(self.disagreements)
            out.append(f"{n} disagreement{'s' if n != 1 else ''}:")

        def say(value: int | None) -> str:
            if value is None:
                return "no position"
            return f"{(labels or {}).get(value, '')} ({value:+d})".strip()

        for d in self.disagreements:
            text = " ".join(d.claim_text.split())
            text = text if len(text) <= 70 else text[:69] + "…"
            out.append(f"  {d.claim_id} “{text}” — {d.actor}: first {say(d.mine)}, second {say(d.theirs)}")
        return out


def coded(claim: Claim) -> bool:
    return bool(claim.rejected) or any(not p.suggested for p in claim.positions)


def _held(claim: Claim) -> dict[str, int]:
    return {p.actor: p.stance for p in claim.positions if not p.suggested and p.stance is not None}


def paired_claims(a: Brief, b: Brief) -> list[tuple[Claim, Claim]]:
    """Claims of ``a`` and ``b`` on the same span of the same source text (matched as in a merge)."""
    from .merge import _Copies, _place

    by_digest = {s.sha256: s for s in a.sources}
    copies = _Copies(a.sources)
    same: dict[str, tuple[Source, Source]] = {}  # b's source id -> (b's source, a's source)
    for src in b.sources:
        mine = by_digest.get(src.sha256) or copies.find(src)
        if mine is not None:
            same[src.id] = (src, mine)
    spans = {(c.source, c.start, c.end): c for c in a.claims}
    pairs = []
    for claim in b.claims:
        if claim.source not in same:
            continue
        theirs, mine_src = same[claim.source]
        placed = claim if theirs.sha256 == mine_src.sha256 else _place(claim, theirs, mine_src)
        if isinstance(placed, str):
            continue
        paired = spans.get((mine_src.id, placed.start, placed.end))
        if paired is not None:
            pairs.append((paired, claim))
    return pairs


def agreement(a: Brief, b: Brief) -> Agreement:
    import gc

    enabled = gc.isenabled()
    gc.disable()  # many small objects and no garbage: the cyclic collector would only rescan them (as in merge)
    try:
        return _agreement(a, b)
    finally:
        if enabled:
            gc.enable()


def _agreement(a: Brief, b: Brief) -> Agreement:
    scale = [level.value for level in a.info.stance_scale] or list(range(-2, 3))
    pairs = [(x, y) for x, y in paired_claims(a, b) if coded(x) and coded(y)]
    overall = Figures()
    by_country: dict[str, Figures] = {}
    found: list[Disagreement] = []
    for x, y in pairs:
        hx, hy = _held(x), _held(y)
        for actor in dict.fromkeys([*hx, *hy]):
            fig = by_country.setdefault(actor, Figures())
            same_holder = (actor in hx) == (actor in hy)
            for f in (overall, fig):
                f.holder_items += 1
                f.holder_agreed += same_holder
            if actor in hx and actor in hy:
                for f in (overall, fig):
                    f.stance_pairs.append((hx[actor], hy[actor]))
            if hx.get(actor) != hy.get(actor):
                found.append(Disagreement(x.id, x.text, actor, hx.get(actor), hy.get(actor)))
    for fig in (overall, *by_country.values()):
        _stance_figures(fig, scale)
    return Agreement(
        coded_a=sum(1 for c in a.claims if coded(c)),
        coded_b=sum(1 for c in b.claims if coded(c)),
        both_coded=len(pairs),
        overall=overall,
        by_country=dict(sorted(by_country.items())),
        disagreements=found,
    )


def cohen_kappa(pairs: list[tuple[int, int]]) -> float | None:
    """(observed − expected agreement) / (1 − expected); None when chance agreement is already certain."""
    n = len(pairs)
    if n < 2:  # one pair agrees or not; there is no chance agreement to correct for
        return None
    observed = sum(1 for a, b in pairs if a == b) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[k] * second[k] for k in first) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def krippendorff_alpha(pairs: list[tuple[int, int]], scale: list[int]) -> float | None:
    """Krippendorff's alpha, ordinal metric, for two coders and no missing values; None when undefined."""
    if len(pairs) < 2 or len({v for pair in pairs for v in pair}) < 2:
        return None
    import krippendorff  # here, not at the top: numpy loads only when agreement is computed
    import numpy as np

    data = np.array([[a for a, _ in pairs], [b for _, b in pairs]], dtype=float)
    value = float(krippendorff.alpha(reliability_data=data, level_of_measurement="ordinal", value_domain=scale))
    return None if math.isnan(value) else value


def _stance_figures(fig: Figures, scale: list[int]) -> None:
    fig.kappa = cohen_kappa(fig.stance_pairs)
    fig.alpha = krippendorff_alpha(fig.stance_pairs, scale)
    if not fig.stance_pairs:
        fig.why_undefined = "no pairs both coded"
    elif len(fig.stance_pairs) < 2:
        fig.why_undefined = "one pair: nothing to correct for chance"
    elif fig.kappa is None or fig.alpha is None:
        fig.why_undefined = "undefined: every stance is the same, so chance alone explains the agreement"
