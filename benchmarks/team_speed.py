"""Desks at scale: merge, settle, agreement, timelines and corroboration on two files of up to 100,000 positions.

python benchmarks/team_speed.py  (prints seconds per step; the merge should grow about linearly with size)
"""

from __future__ import annotations

import time

from briefing.model import Brief, Claim, Position, Source
from briefing.team.agreement import agreement
from briefing.team.corroboration import corroborate
from briefing.team.merge import merge_two, settle_all
from briefing.team.timeline import moves


def make(claims: int, shift: int) -> Brief:
    """One source, ``claims`` claims with two positions each; ``shift`` makes the second analyst disagree on DE."""
    brief = Brief(sources=[Source("S1", text="x" * (claims * 10), published="2025-09-20")])
    for i in range(claims):
        brief.claims.append(
            Claim(
                f"C{i + 1}",
                "S1",
                i * 10,
                i * 10 + 9,
                "x" * 9,
                event_date=f"2025-09-{10 + i % 20:02d}",
                positions=[Position("DE", (i + shift) % 5 - 2), Position("PL", i % 5 - 2)],
            )
        )
    return brief


def main() -> int:
    for claims in (5_000, 50_000):
        a, b = make(claims, 0), make(claims, 1)
        timings = []
        start = time.perf_counter()
        result = merge_two(a, b)
        timings.append(("merge", time.perf_counter() - start))
        start = time.perf_counter()
        settle_all(result, "open")
        timings.append(("settle all (open)", time.perf_counter() - start))
        start = time.perf_counter()
        agreement(a, b)
        timings.append(("agreement", time.perf_counter() - start))
        start = time.perf_counter()
        moves(a)
        timings.append(("moves", time.perf_counter() - start))
        start = time.perf_counter()
        corroborate(a)
        timings.append(("corroborate", time.perf_counter() - start))
        parts = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in timings)
        print(f"{2 * claims:>7} positions per file, {len(result.disagreements)} disagreements: {parts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
