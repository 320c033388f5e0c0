"""The journal of unsaved edits on a large brief (10,000 claims): what an edit costs now that each one is
written and synced before it returns, what the first edit after a save costs (it writes the record's base),
and how long recovery takes. Run: python benchmarks/journal_speed.py"""

from __future__ import annotations

import dataclasses
import hashlib
import statistics
import tempfile
import time
from pathlib import Path

from briefing import journal, storage
from briefing.journal import Journal
from briefing.model import Brief, Claim, Position, Source


def big_brief(n_claims: int = 10_000, per_source: int = 50) -> Brief:
    brief = Brief()
    sentence = "Poland said on Monday it would shoot down Russian drones that violate its airspace again."
    for s in range(n_claims // per_source):
        text = " ".join([sentence] * per_source)
        brief.sources.append(Source(f"S{s + 1}", title=f"Article {s + 1}", outlet="Wire", text=text))
        for i in range(per_source):
            start = i * (len(sentence) + 1)
            n = len(brief.claims) + 1
            positions = [Position("PL", 2, "suggested", "shoot down", 0.8), Position("RU", -1)]
            brief.claims.append(
                Claim(f"C{n}", f"S{s + 1}", start, start + len(sentence), sentence, positions=positions)
            )
    return brief


def first_edit(brief: Brief, tmp: Path, from_file: bool) -> float:
    j = Journal(tmp / ("file" if from_file else "brief"))
    if from_file:
        path = tmp / "big.brief.json"
        storage.save(brief, path, backup=False)
        j.reset(brief, path, hashlib.sha256(path.read_bytes()).hexdigest())
    else:
        j.reset(brief)
    start = time.perf_counter()
    brief.claims[0] = dataclasses.replace(brief.claims[0], note=f"first {from_file}")
    j.record(brief, "first edit")
    took = time.perf_counter() - start
    j.clear()
    return took


def main() -> None:
    brief = big_brief()
    size = len(storage.dumps(brief)) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        copied = first_edit(brief, Path(tmp), from_file=True)
        written = first_edit(brief, Path(tmp), from_file=False)
        j = Journal(Path(tmp) / "edits")
        j.reset(brief)
        brief.claims[0] = dataclasses.replace(brief.claims[0], note="first")
        j.record(brief, "first edit")
        times = []
        for n in range(1, 41):
            start = time.perf_counter()
            brief.claims[n] = dataclasses.replace(brief.claims[n], note=f"edit {n}")
            j.record(brief, "edit")
            times.append(time.perf_counter() - start)
        start = time.perf_counter()
        brief.info = dataclasses.replace(brief.info, title="Typed")
        j.record(brief, "title")
        title = time.perf_counter() - start
        j.close()
        start = time.perf_counter()
        [record] = journal.pending(Path(tmp) / "edits")
        restored = record.load()
        recovery = time.perf_counter() - start
        assert storage.dumps(restored) == storage.dumps(brief)
    print(f"brief: {len(brief.claims)} claims, {size:.1f} MB as a file")
    print(f"first edit after open or save, the file copied as the record's base: {copied * 1000:.0f} ms")
    print(f"first edit of a brief never saved (the brief written out as the base): {written * 1000:.0f} ms")
    print(
        f"each later edit, written and synced: median {statistics.median(times) * 1000:.1f} ms, "
        f"max {max(times) * 1000:.1f} ms"
    )
    print(f"a title edit: {title * 1000:.1f} ms")
    print(f"finding and replaying the record after a crash ({record.edits} edits): {recovery * 1000:.0f} ms")


if __name__ == "__main__":
    main()
