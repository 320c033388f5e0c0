"""Starting the desktop app: the QApplication, the main window, the event loop."""

from __future__ import annotations

import gc
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


def _quicker_pyside_import_hook() -> None:
    """PySide asks of each module imported after it whether its source names "PySide6" (PYSIDE-2029), reading the
    source through inspect.getsource: ~120 µs a module, ~11 ms for the ~90 on the way to the first paint. The same
    question, asked of the file's bytes, takes a fifth of that; anything but a plain .py file gets PySide's own
    answer. (Nothing changes when a PySide release no longer has this function.)"""
    feature = sys.modules.get("shibokensupport.feature")
    asked = getattr(feature, "_mod_uses_pyside", None)
    if asked is None or getattr(asked, "quicker", False):
        return

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as handle:
                    return b"PySide6" in handle.read()
            except OSError:
                pass
        return bool(asked(module))

    uses_pyside.quicker = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


_quicker_pyside_import_hook()  # before the window's modules are imported


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
    after_first_paint(window, start, first=True)
    if os.environ.get("BRIEFING_REPORT_FIRST_PAINT"):  # benchmarks/speed.py: time to the first painted window
        from .startup_probe import report_first_paint

        report_first_paint(window)  # watching last, it is told first: it reports before `start` runs
    return app.exec()


class _MainThreadCollector(QObject):
    """Python's cycle collector, run on the GUI thread only.

    Left to itself, the collector runs in whichever thread happens to allocate when its threshold is crossed: the
    preview's renderer, the checks, the suggestions. A cycle holding a Qt object freed there deletes that object
    from the wrong thread, and a timer of it still registered with the GUI thread's event loop is then delivered
    to freed memory (a crash). So automatic collection is off, and this timer asks, twice a second on the GUI
    thread, what the collector would have asked: each generation is collected once it passes its threshold."""

    def __init__(self, app: QObject) -> None:
        super().__init__(app)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(500)

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                break


def collect_garbage_on_gui_thread() -> None:
    """Run the cycle collector on the GUI thread only, from now on (once per application)."""
    app = QApplication.instance()
    if app is not None and app.findChild(_MainThreadCollector) is None:
        _MainThreadCollector(app)


class _OnFirstPaint(QObject):
    """The calls waiting for one window's first paint. One per window, watching that window alone: a filter on the
    application would run Python for each of the thousands of events that building and showing the window sends,
    and slow down the very paint it waits for."""

    _asked = itertools.count()  # calls for the same paint are made in the order they were asked for

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)  # (its parent is the window: no Python reference back to it, so that the window
        # and its watcher make no reference cycle, which the cycle collector could end on any thread)
        self.calls: list[tuple[int, bool, Callable[[], None]]] = []  # (order, first, call)
        window.installEventFilter(self)
        setattr(window, _WATCHER, self)
        self.fallback = QTimer(self)
        self.fallback.setSingleShot(True)
        self.fallback.timeout.connect(self.fire)
        self.fallback.start(400)  # a window manager may hold back the first paint: never wait longer for it

    def add(self, then: Callable[[], None], first: bool) -> None:
        self.calls.append((next(self._asked), first, then))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint and watched is self.parent() and self.calls:
            if not _painted:
                QTimer.singleShot(0, _after_paint)  # after the rest of this frame is painted
            if self not in _painted:
                _painted.append(self)
        elif kind == QEvent.Type.ParentChange and isinstance(watched, QWidget) and watched.window() is not watched:
            calls, self.calls = self.calls, []  # not a window any more: its calls wait for the one it is in now
            _watcher(watched.window()).calls.extend(calls)
            self.stop()
        return False

    def stop(self) -> None:
        self.fallback.stop()
        window = self.parent()
        if window is None:
            return
        window.removeEventFilter(self)
        if getattr(window, _WATCHER, None) is self:
            delattr(window, _WATCHER)

    def fire(self) -> None:
        """The window painted (or did not in time): the first calls run, and the others wait for the next paint
        (of what the first ones showed, at most 400 ms); without first calls, all of them run."""
        calls = sorted(self.calls, key=lambda call: call[0])
        due = [call for call in calls if call[1]] or calls
        self.calls = [call for call in calls if call not in due]
        if self.calls:
            self.fallback.start(400)
        else:
            self.stop()
        for _, _, then in due:
            then()


_WATCHER = "_briefing_first_paint"
_painted: list[_OnFirstPaint] = []  # watchers whose window has painted, waiting for the end of that frame


def _watcher(window: QWidget) -> _OnFirstPaint:
    watcher = getattr(window, _WATCHER, None)
    return watcher if isinstance(watcher, _OnFirstPaint) and shiboken6.isValid(watcher) else _OnFirstPaint(window)


def _after_paint() -> None:
    due = [watcher for watcher in _painted if shiboken6.isValid(watcher) and watcher.calls]
    _painted.clear()
    for watcher in sorted(due, key=lambda watcher: min(call[0] for call in watcher.calls)):
        if shiboken6.isValid(watcher):
            watcher.fire()


def after_first_paint(widget: QWidget, then: Callable[[], None], first: bool = False) -> None:
    """Call ``then`` once the window ``widget`` is in has painted for the first time (or after 400 ms at the
    latest), in the order asked. ``first`` calls (opening the document) run before the others, which then wait for
    the window's next paint, so that what the first ones show is painted before the panels' deferred work. A
    widget not yet in a window is followed into the one it is put in."""
    _watcher(widget.window()).add(then, first)
