"""Quit → Discard ends the app quietly: no error dialog, no error log, no callback into the closed window."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths
from PySide6.QtWidgets import QApplication

from briefing.assets import sample_brief_path

ROOT = Path(__file__).resolve().parents[2]


def _error_logs(home: Path) -> list[Path]:
    return list(home.rglob("error.log"))


def test_quit_discard_in_a_subprocess_ends_quietly(tmp_path: Path) -> None:
    """The real app, started as `briefing open FILE` starts it: edit, Quit, Discard; the process ends by itself."""
    brief = tmp_path / "crisis.brief.json"
    shutil.copy(sample_brief_path(), brief)
    before = brief.read_bytes()
    env = dict(
        os.environ,
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        QT_QPA_PLATFORM="offscreen",
    )
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "gui" / "quit_driver.py"), str(brief)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "EDITED" in done.stderr
    assert "DIALOG" not in done.stderr, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    assert "EXIT 0" in done.stderr
    assert _error_logs(tmp_path) == []
    assert brief.read_bytes() == before  # discarded means not written


def test_quit_discard_then_the_window_is_destroyed_quietly(qtbot, settings, dialogs) -> None:  # type: ignore[no-untyped-def]
    """In process: after Discard and the window's destruction, nothing calls back into it (pytest-qt fails the
    test on any exception raised in a Qt callback), no dialog is shown and no error is logged."""
    from briefing.gui.main_window import MainWindow

    log_folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation))
    logs_before = (log_folder / "error.log").read_bytes() if (log_folder / "error.log").exists() else b""
    win = MainWindow(settings)
    win.open_path(None)
    win.show()
    qtbot.waitExposed(win)
    win.brief_editor._set("title", "An edit nobody saves")
    assert win.isWindowModified()
    dialogs.answer = dialogs.answer.Discard
    win.act_quit.trigger()
    assert not win.isVisible()
    assert len(dialogs.questions) == 1  # the Save / Discard / Cancel question, answered Discard
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    assert not shiboken6.isValid(win)
    qtbot.wait(50)
    assert dialogs.errors == []
    now = (log_folder / "error.log").read_bytes() if (log_folder / "error.log").exists() else b""
    assert now == logs_before
