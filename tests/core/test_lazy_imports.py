"""What each command loads: `briefing export` and `validate` never load the suggestion parser (spaCy) or Qt, and the
app's main window does not load ReportLab or the parser on its way to the first paint (the preview imports
ReportLab in its render thread). Each check runs in a fresh process and reads ``sys.modules``."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample.brief.json"
PARSER = ("spacy", "thinc", "briefing.suggest.parser", "briefing.suggest.grammar")


def _loaded_after(code: str, prefixes: tuple[str, ...]) -> list[str]:
    script = (
        "import sys\n"
        + code
        + f"\nprint('LOADED', sorted(m for m in sys.modules if m.split('.')[0] in {prefixes!r} or m in {prefixes!r}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(ROOT / ".no-home")},
    )
    assert out.returncode == 0, out.stderr[-2000:]
    line = next(line for line in out.stdout.splitlines() if line.startswith("LOADED"))
    return eval(line.removeprefix("LOADED "))  # a list literal printed by the child


@pytest.mark.parametrize(
    "argv",
    [
        ["export", str(SAMPLE), "-o", "-"],
        ["validate", str(SAMPLE)],
        ["--help"],
    ],
)
def test_export_and_validate_load_neither_the_parser_nor_qt(argv: list[str]) -> None:
    code = (
        "import contextlib, io\n"
        "from briefing.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        f"        status = main({argv!r})\n"
        "    except SystemExit as exc:\n"
        "        status = exc.code\n"
        "assert not status, status\n"
    )
    # (the CLI writes the PDF to stdout's buffer; a StringIO has none, so export is given a real one)
    if argv[0] == "export":
        code = code.replace("io.StringIO()", "io.TextIOWrapper(io.BytesIO())")
    loaded = _loaded_after(code, (*PARSER, "PySide6", "shiboken6"))
    assert loaded == []


def test_the_main_window_module_loads_neither_reportlab_nor_the_parser() -> None:
    if importlib.util.find_spec("PySide6") is None:  # (not imported here: the core tests stay Qt-free)
        pytest.skip("PySide6 is not installed")
    loaded = _loaded_after("import briefing.gui.main_window", (*PARSER, "reportlab"))
    assert loaded == []
