"""Starting the desktop app: the QApplication, the main window, the event loop."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

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
    if os.environ.get("BRIEFING_REPORT_FIRST_PAINT"):  # benchmarks/speed.py: time to the first painted window
        from .startup_probe import report_first_paint

        report_first_paint(app)
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
    return app.exec()


class _OnFirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.then: Callable[[], None] | None = then
        self.fallback = QTimer(self)
        self.fallback.setSingleShot(True)
        self.fallback.timeout.connect(self.fire)
        self.fallback.start(400)  # a window manager may hold back the first paint: never wait longer for it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.then is not None:
            QTimer.singleShot(0, self.fire)  # after the rest of this first frame is painted
        return False

    def fire(self) -> None:
        then, self.then = self.then, None
        self.fallback.stop()
        QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        if then is not None:
            then()


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once ``window`` has painted for the first time (or after 400 ms at the latest)."""
    QApplication.instance().installEventFilter(_OnFirstPaint(window, then))  # type: ignore[union-attr]
