"""Long work (an import, an export) in a worker thread behind a progress dialog: the window never freezes, and
work that can be stopped has a Cancel button that really stops it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

if TYPE_CHECKING:
    import concurrent.futures

T = TypeVar("T")


class WorkerThread:
    """One worker thread, started with its first task (concurrent.futures loads then, not on the way to the
    window's first paint). Otherwise a ThreadPoolExecutor(max_workers=1): no new work after shutdown()."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None
        self._shut = False

    def submit(self, fn: Callable[..., T], /, *args: Any) -> concurrent.futures.Future[T]:
        if self._shut:
            raise RuntimeError("cannot schedule new futures after shutdown")
        if self._pool is None:
            import concurrent.futures

            self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix=self.name)
        return self._pool.submit(fn, *args)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._shut = True
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)


class Progress:
    """What the worker sees: ``cancelled()`` turns True once the user pressed Cancel."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self.fraction: float | None = None  # how far the work has got, where it can tell (the dialog shows it)

    def cancel(self) -> None:
        self._event.set()

    def cancelled(self) -> bool:
        return self._event.is_set()


def run_in_background(
    parent: QWidget,
    workers: WorkerThread,
    work: Callable[[Progress], T],
    label: str,
    *,
    delay: float = 0.4,
    cancellable: bool = True,
    on_shown: Callable[[QProgressDialog], None] | None = None,
) -> T:
    """Run ``work(progress)`` in ``workers`` while the event loop keeps turning; return its result or raise its
    error. Quick work shows no dialog; after ``delay`` seconds a modal one appears (with Cancel if the work looks at
    ``progress.cancelled()``). ``on_shown`` is told when the dialog appears (tests press its Cancel button)."""
    import concurrent.futures

    progress = Progress()
    future = workers.submit(work, progress)
    dialog = QProgressDialog(label, "Cancel" if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle("Briefing")
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if cancellable:
        dialog.canceled.connect(progress.cancel)
        dialog.canceled.connect(lambda: dialog.setLabelText("Stopping…"))
    else:
        dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.hide()
    shown_after = time.monotonic() + delay  # quick work shows no dialog at all
    try:
        while not future.done():
            if not dialog.isVisible() and not progress.cancelled() and time.monotonic() > shown_after:
                dialog.show()
                if on_shown is not None:
                    on_shown(dialog)
            if cancellable and dialog.wasCanceled() and not progress.cancelled():
                progress.cancel()
            if progress.fraction is not None and not progress.cancelled():
                if dialog.maximum() != 100:
                    dialog.setRange(0, 100)
                dialog.setValue(min(99, int(progress.fraction * 100)))
            # Until the modal dialog shows, the window repaints but holds the user's keys and clicks back (Qt
            # delivers them afterwards): an edit typed in the first moments cannot race the worker's reading.
            flags = (QEventLoop.ProcessEventsFlag.AllEvents if dialog.isVisible()
                     else QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            QApplication.processEvents(flags, 30)
            concurrent.futures.wait([future], timeout=0.02)
    finally:
        dialog.close()
        dialog.deleteLater()
    return future.result()
