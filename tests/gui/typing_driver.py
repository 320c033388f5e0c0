"""Run by test_typing_while_busy.py on a real X server: the real app on a brief, the title field focused, then work
in the background (no dialog yet) that waits until the test has typed into the window for real (xdotool).

Prints on standard error: ``SHOWN <window id>``, ``BUSY`` when the work runs, ``AT_RETURN <title field>`` the moment
the work's result is back, ``LATER <title field>`` once the event loop has turned, then ``EXIT <code>``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing.gui import app as gui_app
from briefing.gui.main_window import MainWindow


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main(path: str, typed_flag: str) -> int:
    # the typed title is not to be saved: Quit's question is answered Discard (nothing else is patched)
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)  # type: ignore[method-assign]
    gui_app.ensure_app()

    def window() -> MainWindow:
        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())

    def shown() -> None:
        win = window()
        win.activateWindow()
        field = win.brief_editor.fields["title"]
        field.setFocus()
        field.selectAll()
        say(f"SHOWN {int(win.winId())}")
        QTimer.singleShot(1500, busy)

    def busy() -> None:
        win = window()
        win.progress_delay = 60.0  # quick work: no dialog, the window looks idle

        def work(_progress: object) -> None:
            say("BUSY")
            deadline = time.monotonic() + 30
            while not Path(typed_flag).exists() and time.monotonic() < deadline:
                time.sleep(0.05)

        win._in_background(work, "Reading…")
        field = win.brief_editor.fields["title"]
        say(f"AT_RETURN {field.text()}")

        def later() -> None:
            say(f"LATER {field.text()}")
            QApplication.quit()

        QTimer.singleShot(800, later)

    QTimer.singleShot(500, shown)
    code = gui_app.run(path)
    say(f"EXIT {code}")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
