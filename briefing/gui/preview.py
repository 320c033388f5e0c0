"""The live one-page preview: the PDF rendered off the GUI thread a moment after each edit."""

from __future__ import annotations

import concurrent.futures
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..errors import BriefingError
from .document import BriefDocument

if TYPE_CHECKING:
    from ..pdf import RenderResult

DEBOUNCE_MS = 100  # an edit shows on the page within 300 ms; keystrokes closer than this are one render


class _Bridge(QObject):
    done = Signal(int, object, str)  # generation, RenderResult or None, error


class BriefPreview(QWidget):
    rendered = Signal()

    def __init__(self, doc: BriefDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setObjectName("briefPreview")
        self.setAccessibleName("Brief preview")
        self.generation = 0
        self.last: RenderResult | None = None
        self.last_ms = 0.0
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="brief-preview")
        self._bridge = _Bridge()
        self._bridge.done.connect(self._show)
        self.pdf = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setObjectName("briefPdfView")
        self.view.setAccessibleName("Brief page")
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        # The whole page always fits, so scroll bars are never needed; with them, a scroll bar that comes and goes
        # changes the width the page is fitted to, and on X11 the view was left showing a blank, oversized page.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setDocument(self.pdf)
        self.report = QLabel("Rendering…")
        self.report.setObjectName("fitReport")
        self.report.setAccessibleName("Fit report")
        self.report.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.report)
        layout.addWidget(self.view, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.render_now)
        doc.changed.connect(self.timer.start)
        # The first render waits for the debounce too: the window paints first, and ReportLab is imported by the
        # render thread, not on the way to the first paint.
        self.timer.start()

    def render_now(self) -> None:
        """Start a render of the brief as it is now; a newer edit makes older results stale."""
        self.generation += 1
        generation = self.generation
        snapshot = self.doc.snapshot()
        started = time.perf_counter()

        def work() -> None:
            try:
                from ..pdf import render_brief

                result = render_brief(snapshot, registry=self.doc.registry)
                error = ""
            except BriefingError as exc:
                result, error = None, str(exc)
            except Exception as exc:  # keep the app alive; the message goes to the report line
                result, error = None, f"internal error while rendering: {exc}"
            self.last_ms = (time.perf_counter() - started) * 1000
            self._bridge.done.emit(generation, result, error)

        self._pool.submit(work)

    def _show(self, generation: int, result: RenderResult | None, error: str) -> None:
        if generation != self.generation:
            return  # an older render finishing after a newer edit
        if result is None:
            self.report.setText(f"<span style='color:#C0392B'>The brief could not be rendered: {error}</span>")
            return
        self.last = result
        buffer = QBuffer(self)
        buffer.setData(QByteArray(result.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        lines = result.report.lines()
        self.report.setText("One page. " + ("; ".join(lines).capitalize() + "." if lines else "Everything fits."))
        self.rendered.emit()

    def shutdown(self) -> None:
        self.timer.stop()
        self._pool.shutdown(wait=True, cancel_futures=True)
