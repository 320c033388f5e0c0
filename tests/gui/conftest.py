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
        # The document's life asks with buttons of its own (briefing.gui.lifecycle.choose):
        self.choices: list[tuple[str, list[str]]] = []  # (question, the options offered)
        self.choice = ""  # the option picked; "" is closing the dialog
        self.recoveries: list[list[str]] = []  # what each recovery dialog offered
        self.recover = ""  # "restore", "discard", or "" (not now)


@pytest.fixture(autouse=True)
def collect_between_tests() -> Iterator[None]:
    """What each test leaves (closed windows, their documents) is freed here, on the GUI thread, between tests, as
    the app's own collector frees it between events (briefing/gui/app.py), never in the middle of the next test."""
    yield
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


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


@pytest.fixture(autouse=True)
def private_recovery(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test has its own recovery journal and lock folders: no test offers another test's work back."""
    folder = tmp_path_factory.mktemp("appdata")
    monkeypatch.setattr("briefing.gui.lifecycle.recovery_dir", lambda: folder / "recovery")
    monkeypatch.setattr("briefing.gui.lifecycle.lock_dir", lambda: folder / "locks")
    return folder


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

    def choose(_parent, _title, text, options, _default):  # type: ignore[no-untyped-def]
        rec.choices.append((text, list(options)))
        return rec.choice

    def choose_recoveries(_parent, records):  # type: ignore[no-untyped-def]
        rec.recoveries.append([r.describe() for r in records])
        if rec.recover == "restore":
            return list(records), []
        return ([], list(records)) if rec.recover == "discard" else ([], [])

    monkeypatch.setattr("briefing.gui.lifecycle.choose", choose)
    monkeypatch.setattr("briefing.gui.lifecycle.choose_recoveries", choose_recoveries)
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
