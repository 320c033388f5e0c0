"""Exporting a brief loads only what the page needs: not the suggestion or import machinery, not pycountry."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pycountry

from briefing.actors import iso_countries

ROOT = Path(__file__).resolve().parents[2]


def test_the_shipped_iso_list_is_pycountrys() -> None:
    # Regenerate resources/iso_countries.json from pycountry when this fails (see its "_about").
    expected = [(c.alpha_2, getattr(c, "common_name", None) or c.name) for c in pycountry.countries]
    assert iso_countries() == expected


def test_export_does_not_load_the_suggestion_or_import_packages(tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    code = (
        "import sys\n"
        "from briefing.cli import main\n"
        f"rc = main(['export', {str(ROOT / 'resources' / 'sample.brief.json')!r}, '-o', {str(out)!r}])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pycountry'"
        " or m.startswith(('briefing.suggest', 'briefing.ingest'))))\n"
        "sys.exit(rc)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert out.read_bytes().startswith(b"%PDF")
