"""Starting the desktop app: the QApplication, the main window, the event loop."""

from __future__ import annotations

import itertools
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from .. import __version__


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Briefing")
    app.setApplicationName("Briefing")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("Briefing")
    return app


def _log_path() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "error.log"


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """A bug must not show a traceback or lose work: log it and say where the details are."""
    from PySide6.QtWidgets import QMessageBox  # (not on the way to the first paint)

    try:
        log = _log_path()
        with open(log, "a", encoding="utf-8") as handle:
            handle.write("".join(traceback.format_exception(kind, value, tb)) + "\n")
        where = str(log)
    except OSError:
        where = "(the log could not be written)"
    QMessageBox.critical(
        None,
        "Briefing: something went wrong",
        f"An unexpected error happened ({kind.__name__}: {value}).\n\nYour work is still open; "
        f"save it. This is a bug; the details are in {where}.",
    )


def run(path: str | None = None) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        print(
            "briefing: no display found. The desktop app needs a graphical session; the command line "
            "works without one (see briefing --help).",
            file=sys.stderr,
        )
        return 1
    app = ensure_app()
    from .main_window import MainWindow

    sys.excepthook = _excepthook
    window = MainWindow()
    app.aboutToQuit.connect(window.preview.shutdown)
    window.show()

    def start() -> None:
        # Unsaved work from a crashed session is offered first, whatever file was asked for and from whichever folder.
        if not window.life.offer_recovery(path):
            window.open_path(path)

    # The window is painted first, so that it appears at once; the document follows in the same breath.
    after_first_paint(window, start)
    if os.environ.get("BRIEFING_REPORT_FIRST_PAINT"):  # benchmarks/speed.py: time to the first painted window
        from .startup_probe import report_first_paint

        report_first_paint(window)  # watching last, it is told first: it reports before `start` runs
    return app.exec()


class _OnFirstPaint(QObject):
    """Watches one window, not the whole application: a filter on the application would run Python for each of the
    thousands of events that building and showing the window sends, and slow down the very paint it waits for."""

    _made = itertools.count()

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.then: Callable[[], None] | None = then
        self.order = next(self._made)
        self.watched = widget.window()  # a widget not in a window yet is followed into the one it is put in
        self.watched.installEventFilter(self)
        self.fallback = QTimer(self)
        self.fallback.setSingleShot(True)
        self.fallback.timeout.connect(self.fire)
        self.fallback.start(400)  # a window manager may hold back the first paint: never wait longer for it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint and watched is self.watched and self.then is not None:
            if not _painted:
                QTimer.singleShot(0, _after_paint)  # after the rest of this first frame is painted
            if self not in _painted:
                _painted.append(self)
        elif kind == QEvent.Type.ParentChange and isinstance(watched, QWidget) and watched.window() is not self.watched:
            self.watched.removeEventFilter(self)
            self.watched = watched.window()
            self.watched.installEventFilter(self)
        return False

    def fire(self) -> None:
        then, self.then = self.then, None
        self.fallback.stop()
        self.watched.removeEventFilter(self)
        if then is not None:
            then()


_painted: list[_OnFirstPaint] = []  # watchers whose window has painted, waiting for the end of that frame


def _after_paint() -> None:
    due = sorted(_painted, key=lambda watcher: watcher.order)  # in the order they were asked for
    _painted.clear()
    for watcher in due:
        if shiboken6.isValid(watcher):
            watcher.fire()


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once the window ``widget`` is in has painted for the first time (or after 400 ms at the
    latest); calls for the same paint are made in the order they were asked for. A widget not yet in a window is
    followed into the one it is put in."""
    _OnFirstPaint(widget, then)
