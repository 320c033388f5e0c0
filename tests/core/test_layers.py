"""The layer rule: the core never imports Qt; only briefing.gui may."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = [
    "briefing.cli",
    "briefing.storage",
    "briefing.model",
    "briefing.actors",
    "briefing.analysis",
    "briefing.ingest",
    "briefing.ingest.html",
    "briefing.ingest.pdf",
    "briefing.suggest",
    "briefing.pdf",
    "briefing.merge",
    "briefing.fileio",
    "briefing.journal",
    "briefing.tradecraft",
    "briefing.tradecraft.commands",
    "briefing.team.merge",
    "briefing.team.agreement",
    "briefing.team.timeline",
    "briefing.team.corroboration",
    "briefing.team.cli",
    "briefing.formats",
    "briefing.formats.w3c",
    "briefing.formats.markdown",
    "briefing.formats.tables",
]


def test_core_modules_do_not_load_qt() -> None:
    code = (
        "import importlib, sys\n"
        + "".join(f"importlib.import_module({m!r})\n" for m in CORE)
        + "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken', 'briefing.gui'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_no_source_file_outside_gui_mentions_pyside() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "briefing").rglob("*.py")
        if "gui" not in p.relative_to(ROOT / "briefing").parts and "PySide6" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


@pytest.mark.skipif(shutil.which("lint-imports") is None, reason="import-linter is not installed")
def test_import_linter_contract_holds() -> None:
    out = subprocess.run(["lint-imports"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
