"""The brief's sources: pick one, edit its title, outlet, authors, date, URL and reliability."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model import RELIABILITY_WORDS
from ..storage import is_iso_date
from .commands import EditSource, RemoveSource
from .document import BriefDocument


class SourcesPanel(QWidget):
    sourceActivated = Signal(str)

    def __init__(self, doc: BriefDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setObjectName("sourcesPanel")
        self.setAccessibleName("Sources")
        self.list = QListWidget()
        self.list.setAccessibleName("Source list")
        self.list.currentRowChanged.connect(self._pick)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name, label in (
            ("title", "Title"),
            ("outlet", "Outlet"),
            ("authors", "Authors"),
            ("published", "Published"),
            ("url", "URL"),
        ):
            edit = QLineEdit()
            edit.setAccessibleName(label)
            edit.textEdited.connect(lambda text, n=name: self._set(n, text))
            form.addRow(label, edit)
            self.edits[name] = edit
        self.edits["authors"].setPlaceholderText("Comma, separated")
        self.edits["published"].setPlaceholderText("YYYY-MM-DD or YYYY-MM-DDTHH:MM")
        self.reliability = QComboBox()
        self.reliability.setAccessibleName("Reliability")
        for letter, words in RELIABILITY_WORDS.items():
            self.reliability.addItem(f"{letter} · {words}", letter)
        self.reliability.activated.connect(
            lambda i: self._set("reliability", self.reliability.itemData(i), typing=False)
        )
        form.addRow("Reliability", self.reliability)
        self.retracted = QCheckBox("Retracted: the story was withdrawn or proved false")
        self.retracted.setAccessibleName("Retracted")
        self.retracted.setToolTip("Its positions leave the aggregate; the page and the check say so")
        self.retracted.clicked.connect(lambda checked: self._set("retracted", bool(checked), typing=False))
        form.addRow("", self.retracted)
        self.remove_button = QPushButton("Remove Source…")
        self.remove_button.setToolTip("Remove the selected source and its claims (Undo brings them back)")
        self.remove_button.clicked.connect(self.remove_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.remove_button)
        doc.sourcesChanged.connect(self.load)
        doc.claimsReset.connect(self.load)
        self.load()

    def current_id(self) -> str:
        row = self.list.currentRow()
        sources = self.doc.brief.sources
        return sources[row].id if 0 <= row < len(sources) else ""

    def load(self) -> None:
        keep = max(0, self.list.currentRow())
        self.list.blockSignals(True)
        self.list.clear()
        for src in self.doc.brief.sources:
            flags = (" · RETRACTED" if src.retracted else "") + (
                f" · downgraded from {src.downgraded_from}" if src.downgraded_from else ""
            )
            self.list.addItem(
                f"{src.id} · {src.title or 'Untitled'} — {src.outlet or 'outlet unknown'} [{src.reliability}]{flags}"
            )
        self.list.blockSignals(False)
        if self.doc.brief.sources:
            self.list.setCurrentRow(min(keep, len(self.doc.brief.sources) - 1))
        self._fill()

    def remove_current(self) -> None:
        source_id = self.current_id()
        if not source_id:
            return
        count = sum(1 for c in self.doc.claims if c.source == source_id)
        answer = QMessageBox.question(
            self,
            "Remove source?",
            f"Remove source {source_id} and its {count} claims? Undo brings them back.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.doc.undo_stack.push(RemoveSource(self.doc, source_id, f"Remove source {source_id}"))

    def _pick(self, _row: int) -> None:
        self._fill()
        if self.current_id():
            self.sourceActivated.emit(self.current_id())

    def _fill(self) -> None:
        src = self.doc.brief.source(self.current_id()) if self.current_id() else None
        for name, edit in self.edits.items():
            edit.setEnabled(src is not None)
            value = ", ".join(src.authors) if src and name == "authors" else getattr(src, name, "") if src else ""
            if edit.text() != value and not edit.hasFocus():
                edit.setText(value)
        self.reliability.setEnabled(src is not None)
        self.retracted.setEnabled(src is not None)
        self.retracted.setChecked(bool(src and src.retracted))
        self.remove_button.setEnabled(src is not None)
        if src is not None:
            self.reliability.setCurrentIndex(max(0, self.reliability.findData(src.reliability)))

    def _set(self, name: str, value: Any, typing: bool = True) -> None:
        src = self.doc.brief.source(self.current_id())
        if src is None:
            return
        new = copy.copy(src)
        if name == "authors":
            value = [a.strip() for a in str(value).split(",") if a.strip()]
        if getattr(src, name) == value:
            return
        if name == "published":
            ok = not value or is_iso_date(str(value))
            self.edits["published"].setStyleSheet("" if ok else "color: #C0392B")
            self.edits["published"].setToolTip("" if ok else "Write the date as 2025-09-24 or 2025-09-24T10:38")
            if not ok:
                return
        if name == "reliability":
            from ..tradecraft.sources import set_reliability  # (loads the actors' names: not at start)

            set_reliability(new, str(value))  # a lowered grade is remembered, so that what rests on it is flagged
        else:
            setattr(new, name, value)
        self.doc.undo_stack.push(EditSource(self.doc, new, f"Edit source {name}", name if typing else ""))
