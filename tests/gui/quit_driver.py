"""Run by test_quit.py in a subprocess: the real app (briefing.gui.app.run), an edit, then File › Quit → Discard.

Message boxes are answered (Discard) and recorded on standard error instead of blocking; nothing else is patched.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing.gui import app as gui_app
from briefing.gui.main_window import MainWindow


def main(path: str) -> int:
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)  # type: ignore[method-assign]

    def shown(_parent, title, text, *a, **k):  # type: ignore[no-untyped-def]
        print(f"DIALOG: {title}: {text}", file=sys.stderr, flush=True)
        return QMessageBox.StandardButton.Ok

    QMessageBox.critical = staticmethod(shown)  # type: ignore[method-assign]
    QMessageBox.warning = staticmethod(shown)  # type: ignore[method-assign]
    gui_app.ensure_app()

    def edit_then_quit() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        window.brief_editor.fields["title"].setFocus()
        window.brief_editor._set("title", "An edit nobody saves")
        assert window.isWindowModified()
        print("EDITED", file=sys.stderr, flush=True)
        QTimer.singleShot(50, window.act_quit.trigger)

    QTimer.singleShot(300, edit_then_quit)
    code = gui_app.run(path)
    print(f"EXIT {code}", file=sys.stderr, flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
