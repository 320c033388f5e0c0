"""The window fits the screen it opens on (a 1366×768 laptop included); a saved layout from a bigger monitor is not
restored where it would be cut off. And the paste dialog's Tab moves on instead of typing a tab."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from briefing.gui.geometry import framed, place_window

LAPTOP = QRect(0, 0, 1366, 768 - 32)  # 1366×768 with a 32-pixel panel at the bottom


def test_window_fits_a_1366x768_screen(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    place_window(window, None, LAPTOP)
    qtbot.wait(10)
    assert LAPTOP.contains(framed(window.geometry()))
    assert window.height() >= 600 and window.width() >= 1200  # still a useful size, not a postage stamp


def test_a_saved_geometry_is_restored_only_if_it_fits(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.setGeometry(QRect(40, 60, 1200, 650))
    fitting = window.saveGeometry()
    window.setGeometry(QRect(100, 100, 1800, 1100))  # saved on a big monitor
    too_big = window.saveGeometry()
    place_window(window, too_big, LAPTOP)
    assert LAPTOP.contains(framed(window.geometry()))
    window.restoreGeometry(fitting)
    restored = window.geometry()  # as Qt puts it back on this (offscreen) screen
    area = framed(restored).united(LAPTOP)
    window.setGeometry(QRect(200, 200, 1100, 600))
    place_window(window, fitting, area)
    assert window.geometry() == restored


def test_tab_in_the_paste_dialog_moves_on(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui.paste_dialog import PasteDialog

    QApplication.clipboard().setText("Poland urged allies to respond.")
    dialog = PasteDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.text.setFocus()
    qtbot.waitUntil(dialog.text.hasFocus)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)
    assert "\t" not in dialog.text.toPlainText()
    assert dialog.url.hasFocus()
    dialog.reject()


def test_every_column_of_a_claim_s_positions_shows_on_a_laptop(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    # the inspector is a narrow panel: its columns share it, none pushed out of sight behind a scroll bar
    place_window(window, None, LAPTOP)
    window.select_claim("C6")
    window.docks["inspector"].raise_()
    table = window.inspector.positions.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0 and table.isVisible())
    qtbot.wait(20)
    header = table.horizontalHeader()
    columns = table.model().columnCount()
    assert table.horizontalScrollBar().maximum() == 0
    assert header.sectionPosition(columns - 1) + header.sectionSize(columns - 1) <= table.viewport().width()
    assert all(header.sectionSize(c) >= 40 for c in range(columns))  # each wide enough to read a word of
    # a wide panel gives each column what its text needs
    window.docks["inspector"].setMinimumWidth(900)
    qtbot.waitUntil(lambda: table.viewport().width() >= 800)
    qtbot.wait(20)
    assert header.sectionSize(0) >= table.sizeHintForColumn(0)
