"""Every speed and quality measurement, one command: python benchmarks/run_all.py"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = [
    "ingest_quality.py",
    "suggest_quality.py",
    "pdf_speed.py",
    "gui_responsiveness.py",
    "journal_speed.py",
    "team_speed.py",
    "anchoring_quality.py",
]


def main() -> int:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    status = 0
    for script in SCRIPTS:
        print(f"\n##### {script}", flush=True)
        status |= subprocess.run([sys.executable, str(HERE / script)], env=env).returncode
    return status


if __name__ == "__main__":
    raise SystemExit(main())
