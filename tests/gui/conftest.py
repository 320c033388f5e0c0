"""GUI fixtures: a real main window, offscreen, with its own settings and no blocking dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox


class Dialogs:
    """Records the message boxes the app would have shown, and answers its questions."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.questions: list[str] = []
        self.answer = QMessageBox.StandardButton.Discard


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No test reads or writes the user's own settings (last file, window layout)."""
    from PySide6.QtCore import QStandardPaths

    folder = str(tmp_path_factory.mktemp("settings"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    QStandardPaths.setTestModeEnabled(True)
    yield
    QStandardPaths.setTestModeEnabled(False)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    rec = Dialogs()

    def critical(_parent, title, text, *a, **k):  # type: ignore[no-untyped-def]
        rec.errors.append((title, text))
        return QMessageBox.StandardButton.Ok

    def question(_parent, _title, text, *a, **k):  # type: ignore[no-untyped-def]
        rec.questions.append(text)
        return rec.answer

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: None))
    return rec


@pytest.fixture
def settings(tmp_path: Path, qapp) -> QSettings:  # type: ignore[no-untyped-def]
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings: QSettings, dialogs: Dialogs) -> Iterator:  # type: ignore[no-untyped-def]
    from briefing.gui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.open_path(None)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=2000)
    yield win
    win.doc.undo_stack.setClean()
    win.close()
