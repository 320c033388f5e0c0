"""Every speed and quality target in one table: python benchmarks/run_all.py [--full]

Runs benchmarks/speed.py (every speed target of the project) and the quality benchmarks (real_pages.py,
suggest_quality.py on the real news set, ingest_quality.py) as separate processes, shows their output, then prints
one summary: each target beside its figure, met or MISSED. The quality runs use their quick modes (no trafilatura
baseline, the real news set only), so that the whole run stays under five minutes; --full runs them whole.
The exit status is 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass
class Target:
    bench: str
    what: str
    figure: str
    target: str
    met: bool | None


def run(script: str, args: list[str], timeout: float) -> tuple[str, float]:
    """Run a benchmark, show its output as it comes, and return that output and the seconds it took."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    print(f"\n##### {script} {' '.join(args)}", flush=True)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(HERE / script), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    lines: list[str] = []
    assert proc.stdout is not None
    watchdog = threading.Timer(timeout, proc.kill)  # a benchmark that hangs must not hold up the release
    watchdog.start()
    for line in proc.stdout:
        print(line, end="", flush=True)
        lines.append(line)
    proc.wait()
    watchdog.cancel()
    if proc.returncode < 0:
        lines.append(f"(stopped after {timeout:.0f} s)\n")
        print(lines[-1], end="")
    return "".join(lines), time.perf_counter() - start


def speed(quick: bool, timeout: float) -> list[Target]:
    with tempfile.TemporaryDirectory() as tmp:
        rows_file = Path(tmp) / "rows.json"
        out, _ = run("speed.py", [*(["--quick"] if quick else []), "--json", str(rows_file)], timeout)
        if not rows_file.is_file():
            return [Target("speed", "speed.py did not finish", _why(out), "", False)]
        rows = json.loads(rows_file.read_text(encoding="utf-8"))["rows"]
    return [Target("speed", r["what"], r["figure"], r["target"], r["met"]) for r in rows if r["met"] is not None]


def real_pages(full: bool, timeout: float) -> list[Target]:
    args = [] if full else ["--no-trafilatura", "--worst", "0"]
    out, _ = run("real_pages.py", args, timeout)
    found = []
    for m in re.finditer(
        r"^(\w+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+|-)\s+(\d+)\s+(\d+)\s+([\d.]+)( ok| MISS)?$", out, re.M
    ):
        mode, p, r, f1, target, fails = m.group(1, 2, 3, 4, 5, 6)
        if target == "-":
            continue
        found.append(
            Target("real pages", f"import F1, {mode} input", f"{f1} (P {p} R {r}, {fails} failures)", f"≥ {target}",
                   float(f1) >= float(target))
        )
    if not found:
        found.append(Target("real pages", "import F1 on the real pages", _why(out), "", None))
    return found


def suggest_quality(full: bool, timeout: float) -> list[Target]:
    out, _ = run("suggest_quality.py", [] if full else ["--dev-only"], timeout)
    found = []
    m = re.search(
        r"holder precision ([\d.]+) \(target ≥ ([\d.]+)\), recall ([\d.]+), F1 ([\d.]+) \(target ≥ ([\d.]+)\)", out
    )
    if m:
        p, tp, r, f1, tf = (float(x) for x in m.groups())
        found.append(Target("suggestions", "holder precision (real news)", f"{p:.3f}", f"≥ {tp}", p >= tp))
        found.append(Target("suggestions", "holder F1 (real news)", f"{f1:.3f} (recall {r:.3f})", f"≥ {tf}", f1 >= tf))
    m = re.search(r"stance sign accuracy on found pairs: ([\d.]+) \(target ≥ ([\d.]+)\)", out)
    if m:
        s, ts = float(m.group(1)), float(m.group(2))
        found.append(Target("suggestions", "stance sign accuracy (real news)", f"{s:.3f}", f"≥ {ts}", s >= ts))
    if not found:
        found.append(Target("suggestions", "suggestion quality on real news", _why(out), "", None))
    return found


def suggest_audit(timeout: float) -> list[Target]:
    out, _ = run("suggest_audit.py", [], timeout)
    found = []
    for rnd, p in re.findall(r"== round (\d).*?\nprecision on judged suggestions ([\d.]+)", out, re.S):
        found.append(
            Target("audited pages", f"precision on judged suggestions, round {rnd} (no target)", p, "", None)
        )
    m = re.search(r"recall ([\d.]+) \(every sentence was checked\), holder F1 ([\d.]+)", out)
    if m:
        figure = f"{m.group(1)} / {m.group(2)}"
        found.append(Target("audited pages", "round 2 recall / holder F1 (no target)", figure, "", None))
    return found or [Target("audited pages", "suggestions on judged real pages", _why(out), "", None)]


def ingest_quality(timeout: float) -> list[Target]:
    out, _ = run("ingest_quality.py", [], timeout)
    found = []
    m = re.search(r"body sentences: precision ([\d.]+), recall ([\d.]+)", out)
    if m:
        found.append(Target("labelled pages", "body sentences (no target)", f"P {m.group(1)} R {m.group(2)}", "", None))
    m = re.search(r"metadata accuracy: ([\d.]+)", out)
    if m:
        found.append(Target("labelled pages", "metadata accuracy (no target)", m.group(1), "", None))
    return found or [Target("labelled pages", "importer quality", _why(out), "", None)]


def _why(out: str) -> str:
    last = [line for line in out.strip().splitlines() if line.strip()]
    return (last[-1] if last else "no output")[:60]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="every run of speed.py, the quality benchmarks whole")
    args = parser.parse_args()
    start = time.perf_counter()
    targets = speed(not args.full, 900)  # (a guard against a hang: on an idle machine it takes about two minutes)
    targets += real_pages(args.full, 240 if not args.full else 900)
    targets += suggest_quality(args.full, 60 if not args.full else 900)
    targets += suggest_audit(120)
    targets += ingest_quality(30)
    elapsed = time.perf_counter() - start

    print("\n" + "=" * 120)
    print(f"{'benchmark':<15} {'what':<55} {'figure':>26}  {'target':<24} result")
    for t in targets:
        mark = "—" if t.met is None else ("met" if t.met else "MISSED")
        print(f"{t.bench:<15} {t.what.strip():<55} {t.figure:>26}  {t.target:<24} {mark}")
    judged = [t for t in targets if t.met is not None]
    missed = [t for t in judged if not t.met]
    print(f"\n{len(judged) - len(missed)} of {len(judged)} targets met; the whole run took {elapsed:.0f} s.")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
