"""The preview shows the whole page at any size of its panel, never a part of it behind scroll bars."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor


def _dark_pixels(widget) -> int:  # type: ignore[no-untyped-def]
    image = widget.grab().toImage()
    return sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if QColor(image.pixel(x, y)).lightness() < 160
    )


@pytest.mark.parametrize("size", [(260, 700), (420, 420), (700, 300)])
def test_the_whole_page_fits_the_preview(window, qtbot, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.preview.pdf.pageCount() == 1, timeout=10_000)
    window.preview.view.setFixedSize(*size)
    qtbot.wait(50)
    view = window.preview.view
    assert not view.verticalScrollBar().isVisible()
    assert not view.horizontalScrollBar().isVisible()
    assert _dark_pixels(view) > 50  # the page's text is drawn, not a blank sheet
