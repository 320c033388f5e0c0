"""The brief's own text and settings: title, question, BLUF, assessment, outlook, scale labels, overrides."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model import PAGE_SIZES, Override
from ..storage import is_iso_date
from .commands import EditInfo
from .document import BriefDocument
from .pending import pending_for

CONFIDENCE_WORDS = ["", "Low confidence", "Moderate confidence", "High confidence"]
MARKINGS = [
    "UNCLASSIFIED",
    "OFFICIAL",
    "OFFICIAL-SENSITIVE",
    "TLP:CLEAR",
    "TLP:GREEN",
    "TLP:AMBER",
    "TLP:AMBER+STRICT",
    "TLP:RED",
]


class BriefEditor(QScrollArea):
    def __init__(self, doc: BriefDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.pending = pending_for(doc)  # a roster half-typed: on screen, journaled, not yet in the brief
        self.setObjectName("briefEditor")
        self.setAccessibleName("Brief editor")
        self.setWidgetResizable(True)
        inner = QWidget()
        form = QFormLayout(inner)
        self.fields: dict[str, Any] = {}
        self._shown_roster: list[str] = []

        def line(name: str, label: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit()
            edit.setAccessibleName(label.replace("&", ""))
            edit.setPlaceholderText(placeholder)
            edit.textEdited.connect(lambda text, n=name: self._set(n, text))
            form.addRow(label, edit)
            self.fields[name] = edit
            return edit

        def block(name: str, label: str, placeholder: str, height: int = 70) -> QPlainTextEdit:
            edit = QPlainTextEdit()
            edit.setAccessibleName(label.replace("&", ""))
            edit.setPlaceholderText(placeholder)
            edit.setMinimumHeight(height)
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(lambda n=name, e=edit: self._typed_block(n, e))
            form.addRow(label, edit)
            self.fields[name] = edit
            return edit

        line("title", "Tit&le", "Your title, not the article's headline")
        line("question", "Key &question", "e.g. Should allies shoot down Russian aircraft that violate their airspace?")
        block("bluf", "BL&UF", "Bottom line up front: one to three sentences")
        block("assessment", "&Assessment", "Your assessment", 90)
        self.confidence = QComboBox()
        self.confidence.setEditable(True)
        self.confidence.setAccessibleName("Confidence")
        self.confidence.addItems(CONFIDENCE_WORDS)
        self.confidence.currentTextChanged.connect(lambda t: self._set("confidence", t))
        form.addRow("Conf&idence", self.confidence)
        block("outlook", "&Outlook", "One bullet per line: outlook and recommendations")
        line("analyst", "Anal&yst")
        line("organisation", "Or&ganisation")
        line("date", "Date", "YYYY-MM-DD")
        self.roster_preset = QComboBox()
        self.roster_preset.setAccessibleName("Roster")
        self.roster_preset.addItem("No roster", "")
        self.roster_preset.addItem("Custom", "custom")
        self._rosters_listed = False  # the shipped rosters are listed once the window is on screen (see _list_rosters)
        self.roster_preset.activated.connect(self._roster_preset_chosen)
        self.roster_edit = QLineEdit()
        self.roster_edit.setAccessibleName("Roster members")
        self.roster_edit.setPlaceholderText("Countries the brief should account for: codes or names, comma-separated")
        self.roster_edit.textEdited.connect(self._roster_typed)  # committed as typed, once every name is known
        self.roster_edit.editingFinished.connect(self._roster_typed)
        self.pending.restored.connect(self._restore_pending)
        roster_box = QVBoxLayout()
        roster_box.setContentsMargins(0, 0, 0, 0)
        roster_box.addWidget(self.roster_preset)
        roster_box.addWidget(self.roster_edit)
        roster_holder = QWidget()
        roster_holder.setLayout(roster_box)
        form.addRow("Roster", roster_holder)
        self.marking = QComboBox()
        self.marking.setEditable(True)
        self.marking.setAccessibleName("Marking")
        self.marking.addItems(MARKINGS)
        self.marking.currentTextChanged.connect(lambda t: self._set("marking", t))
        form.addRow("&Marking", self.marking)
        self.page_size = QComboBox()
        self.page_size.setAccessibleName("Page size")
        self.page_size.addItems(list(PAGE_SIZES))
        self.page_size.activated.connect(lambda _i: self._set("page_size", self.page_size.currentText(), False))
        form.addRow("Page si&ze", self.page_size)
        self.scale_edits: list[QLineEdit] = []
        for level in doc.brief.info.stance_scale:
            edit = QLineEdit()
            edit.setAccessibleName(f"Label for stance {level.value:+d}")
            edit.textEdited.connect(lambda text, v=level.value: self._set_label(v, text))
            form.addRow(f"Stance {level.value:+d}" if level.value else "Stance 0", edit)
            self.scale_edits.append(edit)
        self.overrides = QTableWidget(0, 3)
        self.overrides.setAccessibleName("Per-country overrides")
        self.overrides.setHorizontalHeaderLabels(["Country", "Stance (-2..2)", "Note"])
        self.overrides.horizontalHeader().setStretchLastSection(True)
        self.overrides.setMinimumHeight(100)
        self.overrides.itemChanged.connect(self._override_edited)
        add = QPushButton("Add override")
        add.clicked.connect(self._add_override)
        remove = QPushButton("Remove override")
        remove.clicked.connect(self._remove_override)
        box = QVBoxLayout()
        box.addWidget(self.overrides)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        box.addLayout(row)
        holder = QWidget()
        holder.setLayout(box)
        form.addRow("Overrides", holder)
        self.setWidget(inner)
        doc.infoChanged.connect(self.load)
        self.load()
        from .app import after_first_paint

        after_first_paint(self, self._list_rosters)

    def _list_rosters(self) -> None:
        """The shipped rosters between "No roster" and "Custom": they need the actors' names, which load when first
        needed, not on the way to the first paint."""
        if self._rosters_listed:
            return
        self._rosters_listed = True
        for i, name in enumerate(sorted(self.doc.registry.rosters)):
            self.roster_preset.insertItem(1 + i, f"{name} members", name)

    def _roster_preset_chosen(self, index: int) -> None:
        name = self.roster_preset.itemData(index)
        if name == "custom":
            self.roster_edit.setFocus()
            return
        self._set_roster(self.doc.registry.roster(name) if name else [])

    def _roster_typed(self, *_args: object) -> None:
        codes: list[str] = []
        unknown: list[str] = []
        for part in self.roster_edit.text().split(","):
            part = part.strip()
            if not part:
                continue
            found = self.doc.registry.resolve(part)
            if found:
                codes.extend(found)
            else:
                unknown.append(part)
        self._mark_roster(unknown)
        # The roster is the names known so far (typing them is one undo step); a name not (yet) known stays
        # in the field, marked, and in the recovery journal.
        self._set_roster(list(dict.fromkeys(codes)), typing=True)
        self.pending.set("roster", self.roster_edit.text() if unknown else "")

    def _mark_roster(self, unknown: list[str]) -> None:
        self.roster_edit.setToolTip(
            f"Not known (yet): {', '.join(unknown)}. Not in the roster until it is a country's name or code."
            if unknown
            else ""
        )
        self.roster_edit.setStyleSheet("color: #C0392B" if unknown else "")

    def _restore_pending(self, key: str, text: str) -> None:
        if key == "roster":
            self.roster_edit.setText(text)
            self._roster_typed()

    def _set_roster(self, codes: list[str], typing: bool = False) -> None:
        if codes != self.doc.brief.info.roster:
            new = copy.copy(self.doc.brief.info)
            new.roster = codes
            self.doc.undo_stack.push(EditInfo(self.doc, new, "Set the roster", "roster" if typing else ""))

    def load(self) -> None:
        info = self.doc.brief.info
        if info.roster:
            self._list_rosters()
        registry = self.doc.registry if info.roster else None  # no roster: no preset to look for
        preset = next((n for n in registry.rosters if registry.roster(n) == info.roster), None) if registry else None
        self.roster_preset.setCurrentIndex(
            self.roster_preset.findData(preset if preset else ("" if not info.roster else "custom"))
        )
        if not self.roster_edit.hasFocus() and (
            info.roster != self._shown_roster or "roster" not in self.pending.fields
        ):
            self.roster_edit.setText(", ".join(info.roster))  # the brief's roster replaces any half-typed one
            self._mark_roster([])
            self.pending.set("roster", "")
        self._shown_roster = list(info.roster)
        for name in ("title", "question", "analyst", "organisation", "date"):
            edit = self.fields[name]
            if edit.text() != getattr(info, name):
                edit.setText(getattr(info, name))
        for name, value in (("bluf", info.bluf), ("assessment", info.assessment), ("outlook", "\n".join(info.outlook))):
            edit = self.fields[name]
            current = edit.toPlainText()
            if (name == "outlook" and [x.strip() for x in current.splitlines() if x.strip()] != info.outlook) or (
                name != "outlook" and current != value
            ):
                edit.blockSignals(True)
                edit.setPlainText(value)
                edit.blockSignals(False)
        for combo, value in ((self.confidence, info.confidence), (self.marking, info.marking)):
            if combo.currentText() != value:
                combo.blockSignals(True)
                combo.setCurrentText(value)
                combo.blockSignals(False)
        self.page_size.setCurrentText(info.page_size)
        for edit, level in zip(self.scale_edits, info.stance_scale, strict=False):
            if edit.text() != level.label:
                edit.setText(level.label)
        self.overrides.blockSignals(True)
        self.overrides.setRowCount(len(info.overrides))
        for row, (actor, override) in enumerate(info.overrides.items()):
            for col, value in enumerate((actor, str(override.stance), override.note)):
                self.overrides.setItem(row, col, QTableWidgetItem(value))
        self.overrides.blockSignals(False)

    def _set(self, name: str, value: Any, typing: bool = True) -> None:
        info = self.doc.brief.info
        if getattr(info, name) == value:
            return
        if name == "date":
            ok = not value or is_iso_date(value)
            self.fields["date"].setStyleSheet("" if ok else "color: #C0392B")
            self.fields["date"].setToolTip("" if ok else "Write the date as 2025-09-24")
            if not ok:
                return
        new = copy.copy(info)
        setattr(new, name, value)
        self.doc.undo_stack.push(EditInfo(self.doc, new, f"Edit {name}", name if typing else ""))

    def _typed_block(self, name: str, edit: QPlainTextEdit) -> None:
        text = edit.toPlainText()
        if name == "outlook":
            self._set(name, [x.strip() for x in text.splitlines() if x.strip()])
        else:
            self._set(name, text)

    def _set_label(self, value: int, text: str) -> None:
        info = self.doc.brief.info
        new = copy.copy(info)
        new.stance_scale = [copy.copy(level) for level in info.stance_scale]
        for level in new.stance_scale:
            if level.value == value:
                level.label = text
        self.doc.undo_stack.push(EditInfo(self.doc, new, "Edit stance label", f"label{value}"))

    def _override_edited(self, _item: QTableWidgetItem) -> None:
        overrides: dict[str, Override] = {}
        for row in range(self.overrides.rowCount()):
            cells = [self.overrides.item(row, c) for c in range(3)]
            actor_text = cells[0].text().strip() if cells[0] else ""
            codes = self.doc.registry.resolve(actor_text) if actor_text else []
            actor = codes[0] if len(codes) == 1 else actor_text.upper()
            if cells[1] is None or not cells[1].text().strip():
                continue  # an override needs a stance; wait until the analyst types one
            try:
                stance = int(cells[1].text())
            except ValueError:
                continue
            if actor and actor in self.doc.registry and -2 <= stance <= 2:
                overrides[actor] = Override(stance, cells[2].text() if cells[2] else "")
        if overrides != self.doc.brief.info.overrides:
            new = copy.copy(self.doc.brief.info)
            new.overrides = overrides
            self.doc.undo_stack.push(EditInfo(self.doc, new, "Edit overrides"))

    def _add_override(self) -> None:
        row = self.overrides.rowCount()
        self.overrides.insertRow(row)
        self.overrides.setCurrentCell(row, 0)
        self.overrides.editItem(self.overrides.item(row, 0) or QTableWidgetItem())
        self.overrides.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove_override(self) -> None:
        row = self.overrides.currentRow()
        if row >= 0:
            self.overrides.removeRow(row)
            self._override_edited(QTableWidgetItem())
