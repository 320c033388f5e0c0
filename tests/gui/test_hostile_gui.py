"""Heavy work in the app (issue 14, points 8 and 10): a long import can be cancelled and really stops; an export
runs off the GUI thread, so the window keeps repainting; a hostile file ends in a dialog, never a crash."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton


def _long_article(tmp_path: Path, paragraphs: int = 3000) -> Path:
    long = tmp_path / "long.txt"
    body = "\n\n".join(
        f"Germany warned against the plan on day {i}. Poland backed it again on day {i}." for i in range(paragraphs)
    )
    long.write_text("A long report\n" + body, encoding="utf-8")
    return long


def test_cancel_stops_a_long_import_and_adds_nothing(window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    long = _long_article(tmp_path)
    sources_before = len(window.doc.brief.sources)
    claims_before = len(window.doc.brief.claims)
    seen = []

    def press_cancel(dialog) -> None:  # type: ignore[no-untyped-def]
        seen.append(dialog.labelText())
        dialog.findChild(QPushButton).click()  # the Cancel button

    monkeypatch.setattr(window, "progress_shown", press_cancel)
    window.progress_delay = 0.0
    assert not window.import_file(str(long))
    assert seen == ["Importing long.txt…"]
    assert len(window.doc.brief.sources) == sources_before
    assert len(window.doc.brief.claims) == claims_before
    assert "cancelled" in window.statusBar().currentMessage()
    # The worker has stopped: the next import runs at once and completes.
    monkeypatch.setattr(window, "progress_shown", lambda dialog: None)
    assert window.import_file(str(_long_article(tmp_path / "..", 5)))


def test_export_runs_off_the_gui_thread(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from briefing.model import Override

    for n in range(3000):  # a heavy brief: thousands of overrides to weigh and cut
        window.doc.brief.info.overrides[f"X{n:04d}"] = Override(n % 5 - 2, "")
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    window.progress_delay = 0.0
    target = tmp_path / "heavy.pdf"
    assert window.export_pdf(str(target))
    timer.stop()
    assert window.last_progress == "Exporting heavy.pdf…"
    assert ticks  # the event loop kept turning while the page was laid out
    assert len(PdfReader(io.BytesIO(target.read_bytes())).pages) == 1
    assert "positions cut to fit" in window.statusBar().currentMessage()


def test_a_hostile_pdf_ends_in_a_dialog(window, dialogs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 1 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF")
    assert not window.import_file(str(bomb))
    assert "this PDF could not be read" in dialogs.errors[-1][1]
