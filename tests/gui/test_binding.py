"""The Qt binding itself must be sound: PySide6 6.12.0 on Python 3.11 dropped a reference to None on
every call of a method returning nothing, and the app died after a few thousand such calls."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCursor, QTextDocument


def test_void_calls_keep_none_alive() -> None:
    doc = QTextDocument("hello world")
    cursor = QTextCursor(doc)
    before = sys.getrefcount(None)
    for _ in range(1000):
        cursor.setPosition(3)
    assert sys.getrefcount(None) >= before - 10
