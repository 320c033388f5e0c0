"""For the start-up benchmark: print the wall-clock time of the first paint of the window, then end the process.

Enabled only by the environment variable BRIEFING_REPORT_FIRST_PAINT (benchmarks/speed.py sets it); the app never
uses it otherwise. The probe watches the window alone, as the bare window it is compared with does: a filter on the
whole application would add Python to every event of both and time the probe as much as the app.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


def _document_shown(widget: QWidget) -> bool:
    doc = getattr(widget.window(), "doc", None)
    return doc is not None and bool(doc.brief.claims)


class _FirstPaint(QObject):
    """Reports the window's first paint; with BRIEFING_REPORT_FIRST_PAINT=document, the first paint with a brief
    open (then watching every widget, since opening a brief repaints the article, not the window's frame)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window().isVisible()
            and (os.environ.get("BRIEFING_REPORT_FIRST_PAINT") != "document" or _document_shown(watched))
        ):
            watched.removeEventFilter(self)
            QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            QTimer.singleShot(0, self._done)  # after the rest of this frame is painted
        return False

    def _done(self) -> None:
        # Wall-clock time of the paint, and the CPU time the process had used by then (robust on a loaded machine).
        print(f"first-paint {time.time():.6f} {time.process_time():.6f}", flush=True)
        sys.stdout.flush()
        os._exit(0)


def report_first_paint(window: QWidget) -> None:
    """Watch ``window`` (built and shown, not yet painted); install it after any other first-paint watcher, so that
    it is told first and reports before the work that waits for the first paint begins."""
    probe = _FirstPaint(window)
    if os.environ.get("BRIEFING_REPORT_FIRST_PAINT") == "document":
        QApplication.instance().installEventFilter(probe)  # type: ignore[union-attr]
    else:
        window.installEventFilter(probe)
