"""Where the main window opens: inside the available area of its screen (a 1366×768 laptop included), and at
the saved place only when that still fits (a layout saved on a bigger monitor does not cut the window off)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 800)
# Room for the window manager's frame and title bar, which are not known before the window is shown.
SIDE, TOP = 8, 40


def available_area(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def framed(geometry: QRect) -> QRect:
    return geometry.adjusted(-SIDE, -TOP, SIDE, SIDE)


def fits(geometry: QRect, available: QRect) -> bool:
    """True when the window, its frame included, lies inside the available area."""
    return available.contains(framed(geometry))


def default_geometry(available: QRect, minimum: QSize) -> QRect:
    """The preferred size, shrunk to the available area (never below what the panels need), centred in it."""
    width = max(min(PREFERRED.width(), available.width() - 2 * SIDE), minimum.width())
    height = max(min(PREFERRED.height(), available.height() - TOP - SIDE), minimum.height())
    x = available.x() + SIDE + max(0, (available.width() - 2 * SIDE - width) // 2)
    y = available.y() + TOP + max(0, (available.height() - TOP - SIDE - height) // 2)
    return QRect(x, y, width, height)


def place_window(window: QWidget, saved: QByteArray | None, available: QRect | None = None) -> None:
    """Restore ``saved`` if it fits ``available`` (the screen's available area by default); else a default."""
    area = available if available is not None else available_area(window)
    restored = saved is not None and not saved.isEmpty() and window.restoreGeometry(saved)
    if restored and (window.isMaximized() or fits(window.geometry(), area)):
        return
    window.setGeometry(default_geometry(area, window.minimumSizeHint()))
