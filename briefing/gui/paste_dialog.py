"""File › Paste Article: a dialog for an article's text and, optionally, its address."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class PasteDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste an article")
        self.text = QPlainTextEdit()
        self.text.setAccessibleName("Article text")
        self.text.setPlaceholderText(
            "Paste the article's text here: a whole web page copied from the browser is fine, the clutter is removed."
        )
        # An article has no use for a typed tab; Tab moves on to the address and the buttons, as in any form.
        self.text.setTabChangesFocus(True)
        clip = QApplication.clipboard().text()
        if clip:
            self.text.setPlainText(clip)
        self.url = QLineEdit()
        self.url.setAccessibleName("Address")
        self.url.setPlaceholderText("https://… (optional)")
        form = QFormLayout()
        form.addRow("&Address", self.url)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(700, 500)


def ask_for_article(parent: QWidget | None) -> tuple[str, str] | None:
    """The pasted text and address, or None when the analyst cancels or pastes nothing."""
    dialog = PasteDialog(parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.text.toPlainText().strip():
            return dialog.text.toPlainText(), dialog.url.text().strip()
        return None
    finally:
        dialog.deleteLater()
