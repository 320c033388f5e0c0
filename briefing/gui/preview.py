"""The live one-page preview: the PDF rendered off the GUI thread a moment after each edit.

ReportLab is pure Python, so a render in a thread holds the interpreter lock and the window stalls while it runs.
From the first edit on, a worker process renders the page instead (one for the whole app, started on that edit and
warmed while the thread still renders it; sent the brief as its file text). The thread renders when the worker
cannot start or fails; the worker ends with the last window.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QVBoxLayout, QWidget

from ..errors import BriefingError
from .background import WorkerThread
from .document import BriefDocument

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    from ..actors import ActorRegistry
    from ..model import Brief
    from ..pdf import RenderResult

DEBOUNCE_MS = 100  # an edit shows on the page within 300 ms; keystrokes closer than this are one render
PROCESS_RENDER = True  # False: always render in the thread (the fallback)
WORKER_TIMEOUT_S = 60


class RenderWorker:
    """The process that renders previews, shared by every window; ``users`` counts the previews using it."""

    current: RenderWorker | None = None
    broken = False  # the worker could not start or failed: the thread renders from then on

    def __init__(self) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from ..pdf import worker

        self.pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        self.users = 0
        self.sent: dict[int, ActorRegistry] = {}  # registries the worker has (kept alive so their ids stay theirs)
        self.ready = self.pool.submit(worker.warm)

    @classmethod
    def acquire(cls) -> RenderWorker | None:
        if cls.broken or not PROCESS_RENDER:
            return None
        if cls.current is None:
            try:
                cls.current = RenderWorker()
            except Exception:  # no processes here (a sandbox, a frozen app): the thread renders
                cls.broken = True
                return None
        cls.current.users += 1
        return cls.current

    def release(self) -> None:
        self.users -= 1
        if self.users <= 0:
            if RenderWorker.current is self:
                RenderWorker.current = None
            self.pool.shutdown(wait=True, cancel_futures=True)

    def pids(self) -> list[int]:
        return [p.pid for p in list(getattr(self.pool, "_processes", {}).values()) if p.pid is not None]

    def render(self, snapshot: Brief, registry: ActorRegistry) -> tuple[RenderResult | None, str] | None:
        """The page rendered by the worker (called in the preview's thread, which waits), or None when the worker
        is not ready yet or failed (then the thread renders)."""
        import concurrent.futures

        from ..actors import default_registry
        from ..pdf import worker
        from ..storage import dumps

        if not self.ready.done():
            return None
        try:
            self.ready.result()
            key, sent = "", None
            if registry is not default_registry():
                key = str(id(registry))
                if id(registry) not in self.sent:
                    sent = self.sent[id(registry)] = registry
            result: tuple[RenderResult | None, str] = self.pool.submit(
                worker.render_text, dumps(snapshot), key, sent
            ).result(timeout=WORKER_TIMEOUT_S)
        except concurrent.futures.CancelledError:
            return None
        except Exception:  # the worker died or cannot take this brief: the thread renders, now and from now on
            RenderWorker.broken = True
            return None
        if result[1] == "unknown-registry":
            self.sent.pop(id(registry), None)
            return None
        return result


def _no_scroll_bars(area: QAbstractScrollArea) -> None:
    # The whole page always fits, so scroll bars are never needed; with them, a scroll bar that comes and goes
    # changes the width the page is fitted to, and on X11 the view was left showing a blank, oversized page.
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


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
        self._pool = WorkerThread("brief-preview")
        self.worker: RenderWorker | None = None  # acquired at the first render after the first edit
        self._edited = False
        self._closed = False
        self._bridge = _Bridge()
        self._bridge.done.connect(self._show)
        self._buffer: QBuffer | None = None
        self._pdf: QPdfDocument | None = None
        self._view: QPdfView | None = None
        # The page view (QtPdf) is made once the window is on screen; until then an empty scroll area of the same
        # size, look and place in the focus chain holds its room, so nothing moves when it comes.
        self._placeholder: QAbstractScrollArea | None = QAbstractScrollArea(self)
        self._placeholder.setAccessibleName("Brief page")
        # Dark, as an empty QPdfView paints; set through the palette, since asking for the viewport makes PySide
        # resolve its private class by initialising every type not yet used (~6 ms before the first paint).
        palette = self._placeholder.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Dark))
        self._placeholder.setPalette(palette)
        _no_scroll_bars(self._placeholder)
        self.report = QLabel("Rendering…")
        self.report.setObjectName("fitReport")
        self.report.setAccessibleName("Fit report")
        self.report.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.report)
        layout.addWidget(self._placeholder, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.render_now)
        doc.changed.connect(self.timer.start)
        doc.undo_stack.indexChanged.connect(self._on_edit)
        # The first render waits for the window's first paint and the debounce: ReportLab is imported by the render
        # thread, and no render competes with the window for the processor before it appears.
        from .app import after_first_paint

        after_first_paint(self, self._make_view)
        after_first_paint(self, self.timer.start)

    @property
    def pdf(self) -> QPdfDocument:
        """The rendered page's document (made with the view)."""
        self._make_view()
        assert self._pdf is not None
        return self._pdf

    @property
    def view(self) -> QPdfView:
        """The page, fitted to the panel."""
        self._make_view()
        assert self._view is not None
        return self._view

    def _make_view(self) -> None:
        if self._view is not None:
            return
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self._pdf = QPdfDocument(self)
        view = QPdfView(self)
        view.setObjectName("briefPdfView")
        view.setAccessibleName("Brief page")
        view.setPageMode(QPdfView.PageMode.SinglePage)
        view.setZoomMode(QPdfView.ZoomMode.FitInView)
        _no_scroll_bars(view)
        view.setDocument(self._pdf)
        self._view = view
        placeholder, self._placeholder = self._placeholder, None
        if placeholder is not None:
            QWidget.setTabOrder(placeholder, view)  # the view takes the placeholder's place in the focus chain
            layout = self.layout()
            assert layout is not None
            layout.replaceWidget(placeholder, view)
            if placeholder.hasFocus():
                view.setFocus()
            placeholder.hide()
            placeholder.deleteLater()

    def render_now(self) -> None:
        """Start a render of the brief as it is now; a newer edit makes older results stale."""
        if self._closed:
            return
        self.generation += 1
        generation = self.generation
        snapshot = self.doc.snapshot()
        registry = self.doc.registry
        started = time.perf_counter()
        if self.worker is None and self._edited:
            self.worker = RenderWorker.acquire()  # started now, warmed while the thread renders this edit
        proc = self.worker

        def work() -> None:
            try:
                done: Any = proc.render(snapshot, registry) if proc is not None else None
                if done is None:
                    from ..pdf import render_brief

                    done = render_brief(snapshot, registry=registry), ""
                result, error = done
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

    def _on_edit(self) -> None:
        self._edited = self._edited or self.doc.undo_stack.count() > 0

    def worker_pids(self) -> list[int]:
        """The process ids of the render worker this preview uses (none before the first edit)."""
        return self.worker.pids() if self.worker is not None else []

    def shutdown(self) -> None:
        """Stop rendering: the thread finishes its render, and the worker ends unless another window still uses it."""
        self.timer.stop()
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.release()
