"""The preview renders in a worker process from the first edit on (the window does not stall meanwhile); the worker
ends with the window, and when it dies the preview still follows the edits."""

from __future__ import annotations

import io
import multiprocessing
import os
import signal

import pytest
from pypdf import PdfReader

from briefing.gui import preview as preview_module


def _page_text(window) -> str:  # type: ignore[no-untyped-def]
    last = window.preview.last
    return PdfReader(io.BytesIO(last.pdf)).pages[0].extract_text() if last is not None else ""


def _edit_title(window, qtbot, title: str) -> None:  # type: ignore[no-untyped-def]
    field = window.brief_editor.fields["title"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, title)
    qtbot.waitUntil(lambda: title in _page_text(window), timeout=20000)
    assert window.preview.report.text().startswith("One page.")


def _worker_ready(window, qtbot) -> list[int]:  # type: ignore[no-untyped-def]
    worker = window.preview.worker
    assert worker is not None
    qtbot.waitUntil(worker.ready.done, timeout=60000)
    assert worker.ready.exception() is None
    return window.preview.worker_pids()


@pytest.fixture
def fresh_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preview_module, "PROCESS_RENDER", True)
    monkeypatch.setattr(preview_module.RenderWorker, "broken", False)


def test_edits_render_in_a_worker_that_ends_with_the_window(window, qtbot, fresh_worker) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.preview.rendered, timeout=20000):
        window.preview.render_now()
    assert window.preview.worker_pids() == []  # nothing started before the first edit
    _edit_title(window, qtbot, "Allies divided")
    pids = _worker_ready(window, qtbot)
    assert len(pids) == 1 and pids[0] != os.getpid()
    _edit_title(window, qtbot, "Allies united")  # rendered by the worker
    assert not preview_module.RenderWorker.broken
    window.doc.undo_stack.setClean()
    window.close()
    assert window.preview.worker_pids() == []
    assert [p for p in multiprocessing.active_children() if p.pid in pids] == []
    with pytest.raises(ProcessLookupError):
        os.kill(pids[0], 0)


def test_a_dead_worker_leaves_the_preview_to_the_thread(window, qtbot, fresh_worker) -> None:  # type: ignore[no-untyped-def]
    _edit_title(window, qtbot, "Allies divided")
    pids = _worker_ready(window, qtbot)
    os.kill(pids[0], signal.SIGKILL)
    _edit_title(window, qtbot, "Allies regrouped")
    assert preview_module.RenderWorker.broken
