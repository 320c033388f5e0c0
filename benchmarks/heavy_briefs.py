"""Heavy but valid briefs (issue 14, point 10): export and merge time as the brief grows, to show they stay
near-linear. Run: python benchmarks/heavy_briefs.py"""

from __future__ import annotations

import sys
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1] / "tests"
sys.path[:0] = [str(TESTS), str(TESTS / "core")]

from test_hostile_heavy import with_overrides, with_positions  # noqa: E402

from briefing.merge import merge_briefs  # noqa: E402
from briefing.pdf import render_brief  # noqa: E402


def timed(fn: object, *args: object) -> float:
    start = time.perf_counter()
    fn(*args)  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    print("export, overrides:")
    for n in (1_000, 10_000):
        print(f"  {n:>7,} overrides  {timed(render_brief, with_overrides(n)):6.2f} s")
    print("export, positions:")
    for n in (10_000, 100_000):
        print(f"  {n:>7,} positions  {timed(render_brief, with_positions(n)):6.2f} s")
    print("merge of two briefs, positions each:")
    for n in (10_000, 100_000):
        a, b = with_positions(n), with_positions(n)
        for claim in b.claims[::2]:
            for position in claim.positions:
                position.stance = -position.stance
        print(f"  {n:>7,} positions  {timed(merge_briefs, [a, b]):6.2f} s")


if __name__ == "__main__":
    main()
