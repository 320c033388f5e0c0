"""Start-up: the window appears first, and what waits for its first paint follows in the order it was asked for;
the preview's page view, made after that paint, comes without moving or changing anything on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from briefing.gui.app import after_first_paint


class _Paints(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.count = 0
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_work_waits_for_the_windows_first_paint_and_keeps_its_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    paints = _Paints(window)
    done: list[tuple[str, int]] = []
    after_first_paint(window, lambda: done.append(("window", paints.count)))
    loose = QLabel("not in a window yet")  # followed into the window it is put in
    after_first_paint(loose, lambda: done.append(("label", paints.count)))
    QVBoxLayout(window).addWidget(loose)
    after_first_paint(window, lambda: done.append(("window again", paints.count)))
    QApplication.processEvents()
    assert done == []  # nothing before the window is shown and painted
    window.show()
    qtbot.waitUntil(lambda: len(done) == 3, timeout=2000)
    assert [name for name, _ in done] == ["window", "label", "window again"]
    assert all(painted >= 1 for _, painted in done)


def test_the_document_opens_first_and_the_rest_waits_for_its_paint(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    paints = _Paints(window)
    done: list[tuple[str, int]] = []
    after_first_paint(window, lambda: done.append(("panel", paints.count)))

    def open_document() -> None:
        done.append(("document", paints.count))
        window.update()  # what opening a brief does to the window

    after_first_paint(window, open_document, first=True)
    window.show()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=2000)
    assert [name for name, _ in done] == ["document", "panel"]
    assert done[1][1] > done[0][1] >= 1  # the panel's work came after the document was painted


def test_work_for_a_window_that_never_paints_still_runs(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()  # never shown: the 400 ms at most that a window manager may hold back a paint
    qtbot.addWidget(window)
    done: list[str] = []
    after_first_paint(window, lambda: done.append("done"))
    qtbot.waitUntil(lambda: done == ["done"], timeout=2000)


def test_the_page_view_arrives_without_changing_the_screen(qtbot, settings, dialogs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import briefing.gui.app
    from briefing.gui.main_window import MainWindow

    monkeypatch.setattr(briefing.gui.app, "after_first_paint", lambda widget, then: None)  # held back here
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)  # laid out and painted
    preview = window.preview
    placeholder = preview._placeholder
    assert preview._view is None and placeholder is not None  # a placeholder holds the page's room
    before, room = window.grab().toImage(), placeholder.geometry()
    preview._make_view()
    qtbot.wait(100)
    assert preview.view.geometry() == room
    assert window.grab().toImage() == before  # pixel for pixel: nothing moves, nothing flickers
    assert preview.view.accessibleName() == "Brief page"
    window.close()


@pytest.mark.parametrize("picked", [False, True])
def test_the_country_timeline_is_made_when_a_country_is_first_picked(window, qtbot, picked: bool) -> None:  # type: ignore[no-untyped-def]
    countries = window.countries
    assert countries._detail is None  # nothing of it is on screen before a pick
    if picked:
        countries._clicked(countries.model.index(0, 0))
        assert countries.detail.isVisibleTo(countries) and "over time" in countries.detail.title.text()
    else:
        assert not countries.detail.isVisibleTo(countries)  # asked for without a pick: made, and hidden
