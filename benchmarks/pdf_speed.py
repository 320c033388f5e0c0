"""Export speed: the sample brief in-process, and the whole `briefing export` command against the floor
of "start Python, import ReportLab, write a one-paragraph PDF".

Run: python benchmarks/pdf_speed.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLAIN = """
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate
import sys
SimpleDocTemplate(sys.argv[1]).build([Paragraph("One paragraph.", getSampleStyleSheet()["Normal"])])
"""


def timed(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from briefing import storage
    from briefing.assets import sample_brief_path
    from briefing.pdf import render_brief

    brief = storage.load(sample_brief_path())
    render_brief(brief)  # fonts registered, caches warm
    times = []
    for _ in range(30):
        start = time.perf_counter()
        render_brief(brief)
        times.append(time.perf_counter() - start)
    print(
        f"in-process export of the sample brief: {statistics.median(times) * 1000:.1f} ms median over 30 "
        "(target: within 50 ms)"
    )
    # An installed copy has its bytecode compiled by pip; a checkout run with PYTHONDONTWRITEBYTECODE would
    # compile every module from source on every start, which is not what users run.
    import compileall

    compileall.compile_dir(str(ROOT / "briefing"), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "b.pdf")
        runs = 15
        plain = timed([sys.executable, "-c", PLAIN, out], runs)
        command = [str(Path(sys.executable).with_name("briefing"))]
        if not Path(command[0]).is_file():  # not installed: run the module the command would run
            command = [sys.executable, "-m", "briefing"]
        ours = timed([*command, "export", str(sample_brief_path()), "-o", out], runs)
    print(f"plain ReportLab one-paragraph script: {plain * 1000:.0f} ms median over {runs}")
    print(f"`briefing export` of the sample:      {ours * 1000:.0f} ms median over {runs}")
    print(f"ratio: {ours / plain:.2f} (target: at most 1.5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
