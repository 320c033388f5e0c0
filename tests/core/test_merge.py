"""Merging two analysts' files."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

from helpers import small_brief

from briefing import storage
from briefing.merge import merge_briefs
from briefing.model import Position, Source


def test_same_sources_and_claims_combine_positions() -> None:
    a = small_brief()
    b = copy.deepcopy(a)
    b.claims[0].positions.append(Position("FR", -1))
    b.claims[1].positions[0] = Position("PL", 2, "analyst")
    merged, notes = merge_briefs([a, b])
    assert len(merged.sources) == 1 and len(merged.claims) == 2
    assert {p.actor for p in merged.claims[0].positions} == {"DE", "FR"}
    assert merged.claims[1].positions[0].origin == "analyst"
    assert notes == []


def test_disagreements_are_noted_and_new_sources_added() -> None:
    a = small_brief()
    b = copy.deepcopy(a)
    b.claims[0].positions[0] = Position("DE", 1)
    b.sources.append(Source("S1x", text="Other text.", reliability="C"))
    merged, notes = merge_briefs([a, b])
    assert merged.claims[0].positions[0].stance == -1
    assert notes == ["C1 DE: file 2 says 1, kept -1"]
    assert [s.id for s in merged.sources] == ["S1", "S2"]


def test_cli_merge_writes_a_valid_file(tmp_path: Path) -> None:
    a, b = tmp_path / "a.brief.json", tmp_path / "b.brief.json"
    storage.save(small_brief(), a)
    other = small_brief()
    other.claims[0].positions.append(Position("IT", 0))
    storage.save(other, b)
    out = tmp_path / "m.brief.json"
    done = subprocess.run(
        [sys.executable, "-m", "briefing", "merge", str(a), str(b), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert {p.actor for p in storage.load(out).claims[0].positions} == {"DE", "IT"}
