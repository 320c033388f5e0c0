"""The claim inspector (speaker, date, grade, key, note, tags) and the positions editor."""

from __future__ import annotations

import copy
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from ..editing import accepted, with_position, without_position
from ..model import CREDIBILITY_WORDS, Claim, sign_reason
from .commands import EditClaim
from .document import BriefDocument
from .fitted_table import FittedTable
from .keyboard import STANCE_KEYS, stance_key_label
from .models import ActorRole, PositionsModel
from .pending import pending_for
from .suggest_actions import CueOffer

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem


class ClaimInspector(QWidget):
    def __init__(self, doc: BriefDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.claim_id = ""
        self.pending = pending_for(doc)  # an event date half-typed: on screen, journaled, not yet in the claim
        self.setObjectName("claimInspector")
        self.setAccessibleName("Claim inspector")
        self.heading = QLabel("No claim selected")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.speaker = QLineEdit()
        self.speaker.setAccessibleName("Speaker")
        self.speaker.setPlaceholderText("Who said it, e.g. Polish Prime Minister Donald Tusk")
        self.event_date = QLineEdit()
        self.event_date.setAccessibleName("Event date")
        self.event_date.setPlaceholderText("YYYY-MM-DD")
        self.credibility = QComboBox()
        self.credibility.setAccessibleName("Credibility")
        self.credibility.addItem("— not graded", None)
        for value, words in CREDIBILITY_WORDS.items():
            self.credibility.addItem(f"{value} · {words}", value)
        self.key = QCheckBox("Key evidence (printed in the brief)")
        self.key.setAccessibleName("Key evidence")
        self.note = QPlainTextEdit()
        self.note.setAccessibleName("Note")
        self.note.setPlaceholderText("Your note on this claim")
        self.note.setMaximumHeight(80)
        self.tags = QLineEdit()
        self.tags.setAccessibleName("Tags")
        self.tags.setPlaceholderText("comma, separated, tags")
        form = QFormLayout()
        form.addRow("&Speaker", self.speaker)
        form.addRow("Event &date", self.event_date)
        form.addRow("C&redibility", self.credibility)
        form.addRow("", self.key)
        form.addRow("&Note", self.note)
        form.addRow("&Tags", self.tags)
        self.positions = PositionsEditor(doc)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.positions, 1)
        self.speaker.textEdited.connect(lambda t: self._edit("speaker", t, "Edit speaker"))
        self.event_date.textEdited.connect(self._date_typed)  # committed as typed, once it is a date
        self.event_date.editingFinished.connect(self._date_done)
        self.pending.restored.connect(self._restore_pending)
        self.credibility.activated.connect(
            lambda i: self._edit("credibility", self.credibility.itemData(i), "Set credibility", typing=False)
        )
        self.key.clicked.connect(lambda checked: self._edit("key", checked, "Toggle key evidence", typing=False))
        self.note.textChanged.connect(self._note_changed)
        self.tags.textEdited.connect(
            lambda t: self._edit("tags", [x.strip() for x in t.split(",") if x.strip()], "Edit tags")
        )
        doc.claimChanged.connect(self._row_changed)
        doc.claimsReset.connect(lambda: self.set_claim(""))
        self.set_claim("")

    def set_claim(self, claim_id: str) -> None:
        if claim_id != self.claim_id:
            self.pending.set(self._date_key(), "")  # another claim's date replaces the half-typed one
        self.claim_id = claim_id
        self.positions.set_claim(claim_id)
        self._load()

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.doc.claims) and self.doc.claims[row].id == self.claim_id:
            self._load()

    def _load(self) -> None:
        claim = self.doc.claim(self.claim_id) if self.claim_id else None
        for w in (self.speaker, self.event_date, self.credibility, self.key, self.note, self.tags):
            w.setEnabled(claim is not None)
        if claim is None:
            self.heading.setText("<i>No claim selected. Click a claim in the article or the table.</i>")
            for edit in (self.speaker, self.event_date, self.tags):
                edit.clear()
            self.note.blockSignals(True)
            self.note.clear()
            self.note.blockSignals(False)
            self.credibility.setCurrentIndex(0)
            self.key.setChecked(False)
            return
        src = self.doc.brief.source(claim.source)
        self.heading.setText(
            f"<b>{claim.id}</b> · {claim.source}"
            + (f" · {src.outlet}" if src and src.outlet else "")
            + f"<br>{_html(claim.text)}"
        )
        _set_text(self.speaker, claim.speaker)
        if not self.event_date.hasFocus() and self._date_key() not in self.pending.fields:
            _set_text(self.event_date, claim.event_date)
            self._mark_date(True)
        self.credibility.setCurrentIndex(max(0, self.credibility.findData(claim.credibility)))
        self.key.setChecked(claim.key)
        if self.note.toPlainText() != claim.note:
            self.note.blockSignals(True)
            self.note.setPlainText(claim.note)
            self.note.blockSignals(False)
        tags = ", ".join(claim.tags)
        if [x.strip() for x in self.tags.text().split(",") if x.strip()] != claim.tags:
            _set_text(self.tags, tags)

    def _edit(self, field: str, value: Any, text: str, typing: bool = True) -> None:
        claim = self.doc.claim(self.claim_id) if self.claim_id else None
        if claim is None or getattr(claim, field) == value:
            return
        new = copy.deepcopy(claim)
        setattr(new, field, value)
        self.doc.undo_stack.push(EditClaim(self.doc, new, f"{text} of {claim.id}", field if typing else ""))

    def _note_changed(self) -> None:
        self._edit("note", self.note.toPlainText(), "Edit note")

    def _date_key(self) -> str:
        return f"event_date:{self.claim_id}" if self.claim_id else ""

    def _date_typed(self, text: str) -> None:
        """A date is written to the claim as soon as it is one (typing it is one undo step); until then the
        text stays in the field, marked not yet valid, and only the recovery journal holds it."""
        value = text.strip()
        valid = not value or _is_date(value)
        self._mark_date(valid)
        if valid:
            self._edit("event_date", value, "Edit event date")
        if self.claim_id:
            self.pending.set(self._date_key(), "" if valid else text)

    def _date_done(self) -> None:
        self._date_typed(self.event_date.text())

    def _mark_date(self, valid: bool) -> None:
        value = self.event_date.text().strip()
        self.event_date.setStyleSheet("" if valid else "color: #C0392B")
        self.event_date.setToolTip(
            "" if valid else f"{value!r} is not yet a date like 2025-09-23: not saved until it is"
        )

    def _restore_pending(self, key: str, text: str) -> None:
        if key and key == self._date_key():
            _set_text(self.event_date, text)
            self._date_typed(text)

    def toggle_key(self) -> None:
        claim = self.doc.claim(self.claim_id) if self.claim_id else None
        if claim is not None:
            self._edit("key", not claim.key, "Toggle key evidence", typing=False)


def _is_date(value: str) -> bool:
    """A whole date as the brief stores it (2025-09-23), not a prefix of one nor another spelling."""
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


class StanceDelegate(QStyledItemDelegate):
    def __init__(self, doc: BriefDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName("Stance")
        for key, level in zip(STANCE_KEYS, self.doc.brief.info.stance_scale, strict=False):
            combo.addItem(f"{key}   {stance_key_label(level)}", level.value)
        # Only a stance the analyst picks is written: opening the list and leaving it (a click elsewhere, F1)
        # must not accept a suggestion or set a stance nobody chose.
        combo.setProperty("chosen", False)
        combo.activated.connect(lambda _i: combo.setProperty("chosen", True))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(editor.findData(value) if value is not None else -1)  # unset: nothing preselected

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        if editor.property("chosen"):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PositionsEditor(QWidget):
    """Who holds a position in this claim: add by name, set the stance, accept or reject suggestions."""

    positionAdded = Signal(str)

    def __init__(self, doc: BriefDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setObjectName("positionsEditor")
        self.setAccessibleName("Positions editor")
        self.model = PositionsModel(doc)
        # (country, stance, status, cue: the cue is also shown in full below the table, as the reason)
        self.table = FittedTable((0.32, 0.3, 0.2, 0.18))
        self.table.setObjectName("positionsTable")
        self.table.setAccessibleName("Positions")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setItemDelegateForColumn(1, StanceDelegate(doc, self.table))
        self.table.verticalHeader().hide()
        self.add_edit = QLineEdit()
        self.add_edit.setObjectName("addActorEdit")
        self.add_edit.setAccessibleName("Add a country or organisation")
        self.add_edit.setPlaceholderText("Add a country or organisation (C): Germany, UK, Türkiye, the Kremlin…")
        self.completer: QCompleter | None = None
        self._codes: dict[str, str] = {}
        from .app import after_first_paint

        after_first_paint(self, self._complete_names)  # the actors' names load once the window is on screen
        self.add_edit.returnPressed.connect(lambda: self._add_from_text(self.add_edit.text()))
        self.accept_button = QPushButton("Accept")
        self.accept_button.setToolTip("Accept the selected suggestion")
        self.reject_button = QPushButton("Reject (R)")
        self.reject_button.setToolTip(
            "Reject the selected suggestion (it will not be suggested again) or remove the selected position"
        )
        self.accept_all_button = QPushButton("Accept all (A)")
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.accept_all_button.clicked.connect(self.accept_all)
        buttons = QHBoxLayout()
        for b in (self.accept_button, self.reject_button, self.accept_all_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel("<b>Positions</b> — who holds one in this claim, and where they stand")
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        self.why = QLabel()
        self.why.setObjectName("suggestionCue")
        self.why.setAccessibleName("Why this position was suggested")
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.why)
        self.cue_offer = CueOffer(doc)  # "Use 'lash* out at' as a cue in this brief?" for a position added by hand
        layout.addWidget(self.cue_offer)
        layout.addWidget(self.add_edit)
        layout.addLayout(buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.dataChanged.connect(self._update_buttons)  # an edit changes rows in place (the selection stays)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def set_claim(self, claim_id: str) -> None:
        self.model.set_claim(claim_id)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        claim = self.model.claim()
        actor = self.selected_actor()
        pos = claim.position_for(actor) if claim and actor else None
        self.add_edit.setEnabled(claim is not None)
        self.accept_button.setEnabled(bool(pos and pos.suggested))
        self.reject_button.setEnabled(pos is not None)
        self.reject_button.setText("Reject (R)" if pos is None or pos.suggested else "Remove (R)")
        self.accept_all_button.setEnabled(bool(claim and not claim.reviewed))
        if pos is not None and pos.cue:
            confidence = f", confidence {pos.confidence:.0%}" if pos.confidence is not None else ""
            verb = "Suggested" if pos.suggested else "Accepted; suggested"
            who = _html(self.model.person_reason(claim, pos)) if claim else ""  # " (Tusk → Poland)"
            line = sign_reason(pos)  # ", its sign from its line in the article"
            self.why.setText(f"{verb} because the claim says “{_html(pos.cue)}”{who}{line}{confidence}.")
        else:
            self.why.setText("")
        self.cue_offer.show_for(claim, actor)

    def selected_actor(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return str(rows[0].data(ActorRole))
        return ""

    def _claim(self) -> Claim | None:
        return self.model.claim()

    def _complete_names(self) -> None:
        if self.completer is not None:
            return
        entries = self.doc.registry.completion_entries()
        self._codes = {shown: code for shown, code in entries}
        completer = QCompleter(QStringListModel([shown for shown, _ in entries]), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._add_from_text)
        self.completer = completer
        self.add_edit.setCompleter(completer)

    def _add_from_text(self, text: str) -> None:
        self._complete_names()
        claim = self._claim()
        text = text.strip()
        if claim is None or not text:
            return
        code = self._codes.get(text)
        if code is None:
            found = self.doc.registry.resolve(text) or [a.code for a in self.doc.registry.search(text, 1)]
            code = found[0] if len(found) == 1 else None
        if code is None:
            self.add_edit.setToolTip(f"No country or organisation is called {text!r}")
            return
        self.add_edit.clear()
        existing = claim.position_for(code)
        if existing is None:
            # No stance until the analyst chooses one: a 0 nobody chose must never reach the page.
            self.doc.undo_stack.push(
                EditClaim(self.doc, with_position(claim, code, None), f"Add {code} to {claim.id}, stance not set")
            )
        self.select_actor(code)
        self.table.setFocus()
        self.positionAdded.emit(code)

    def select_actor(self, code: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(ActorRole) == code:
                self.table.selectRow(row)
                return

    def set_stance(self, stance: int) -> None:
        """Set the selected position's stance (the first one when none is selected)."""
        claim = self._claim()
        if claim is None or not claim.positions:
            return
        actor = self.selected_actor() or claim.positions[0].actor
        pos = claim.position_for(actor)
        if pos is None or (pos.stance == stance and not pos.suggested):
            return
        label = self.doc.brief.info.stance_level(stance).label
        self.doc.undo_stack.push(EditClaim(self.doc, with_position(claim, actor, stance), f"Set {actor} to {label}"))
        self.select_actor(actor)

    def accept_selected(self) -> None:
        claim = self._claim()
        actor = self.selected_actor()
        if claim is not None and actor:
            self.doc.undo_stack.push(EditClaim(self.doc, accepted(claim, [actor]), f"Accept {actor} in {claim.id}"))
            self.select_actor(actor)

    def accept_all(self) -> None:
        claim = self._claim()
        if claim is not None and not claim.reviewed:
            self.doc.undo_stack.push(EditClaim(self.doc, accepted(claim), f"Accept suggestions in {claim.id}"))

    def reject_selected(self) -> None:
        claim = self._claim()
        actor = self.selected_actor()
        if claim is not None and actor:
            pos = claim.position_for(actor)
            verb = "Reject" if pos is not None and pos.suggested else "Remove"
            self.doc.undo_stack.push(
                EditClaim(self.doc, without_position(claim, actor), f"{verb} {actor} in {claim.id}")
            )


def _set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)


def _html(text: str) -> str:
    from html import escape

    return escape(text)
