"""After File › Merge: every disagreement side by side (claim, mine, theirs), settled one by one, undoably.

Each choice (keep mine, take theirs, keep both, leave open) is an undo command on the document's stack, so
Ctrl+Z takes it back like any edit. Until settled, a disagreement stays *open*: mine is kept, and the claim
carries the tag "disputed" and a line in its note, so nothing is dropped silently. The two analysts'
agreement figures are shown above the list.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import storage
from ..errors import BriefingError
from ..model import Brief, Claim
from ..team.agreement import Agreement, agreement
from ..team.merge import CHOICE_WORDS, Disagreement, MergeResult, merge_two, settle_all, settle_claim, settle_override
from .commands import ReplaceBrief
from .document import BriefDocument

BUTTON_TEXT = {"mine": "Keep &mine", "theirs": "Take &theirs", "both": "Keep &both", "open": "Leave &open"}


class SettleDisagreement(QUndoCommand):
    """One disagreement settled one way; undo puts the claim (or the overrides) back as they were."""

    def __init__(self, dialog: CurationDialog, row: int, choice: str) -> None:
        d = dialog.disagreements[row]
        super().__init__(f"{CHOICE_WORDS[choice].capitalize()}: {d.actor} on {d.claim_id or 'the overrides'}")
        self.dialog = dialog
        self.doc = dialog.doc
        self.row = row
        self.choice = choice
        self.before = dialog.choices[row]
        self.old_claim: Claim | None = None
        self.new_claims: list[Claim] = []
        self.old_extras = dialog.extras.get(row, [])  # a second reading an earlier "keep both" added
        self.removed: list[tuple[int, Claim]] = []
        self.old_overrides = dict(self.doc.brief.info.overrides)
        if d.claim_id:
            old = self.doc.claim(d.claim_id)
            assert old is not None
            self.old_claim = old
            self.new_claims = settle_claim(old, d, choice, self.doc.brief.next_claim_id())
        self.new_overrides = settle_override(self.old_overrides, self.dialog.disagreements[row], choice)

    def redo(self) -> None:
        if self.old_claim is not None:
            self.removed = self.doc.remove_claims(self.old_extras) if self.old_extras else []
            self.doc.set_claim(self.new_claims[0])
            if len(self.new_claims) > 1:
                row = self.doc.row_of(self.old_claim.id) + 1
                self.doc.insert_claims([(row + i, c) for i, c in enumerate(self.new_claims[1:])])
            self.dialog.extras[self.row] = [c.id for c in self.new_claims[1:]]
        else:
            self.doc.set_info(replace(self.doc.brief.info, overrides=self.new_overrides))
        self.dialog.set_choice(self.row, self.choice)

    def undo(self) -> None:
        if self.old_claim is not None:
            if len(self.new_claims) > 1:
                self.doc.remove_claims([c.id for c in self.new_claims[1:]])
            self.doc.set_claim(self.old_claim)
            if self.removed:
                self.doc.insert_claims(self.removed)
            self.dialog.extras[self.row] = self.old_extras
        else:
            self.doc.set_info(replace(self.doc.brief.info, overrides=self.old_overrides))
        self.dialog.set_choice(self.row, self.before)


class CurationDialog(QDialog):
    """The disagreements of one merge, with buttons to settle the selected one; not modal."""

    COLUMNS = ("Claim", "Country", "Mine", "Theirs", "Settled")

    def __init__(
        self, doc: BriefDocument, result: MergeResult, figures: Agreement, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("curationDialog")
        self.setWindowTitle(f"Merge {name}: settle the disagreements")
        self.doc = doc
        self.disagreements: list[Disagreement] = result.disagreements
        self.choices = ["open"] * len(self.disagreements)
        self.extras: dict[int, list[str]] = {}
        labels = {level.value: level.label for level in doc.brief.info.stance_scale}

        kept = "".join(f"<br>{_esc(line)}" for line in result.kept[:12])
        more = f"<br>… and {len(result.kept) - 12} more" if len(result.kept) > 12 else ""
        if kept:
            kept = "<br><b>Other fields where the files differ (yours kept):</b>" + kept + more
        self.figures = QLabel(self._figures_text(figures, labels) + kept)
        self.figures.setObjectName("agreementFigures")
        self.figures.setWordWrap(True)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(len(self.disagreements), len(self.COLUMNS))
        self.table.setObjectName("disagreementsTable")
        self.table.setAccessibleName("Disagreements")
        self.table.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        if len(self.disagreements) <= 500:  # measuring every cell of a huge merge would stall the dialog
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        def say(value: int | None) -> str:
            return "no position" if value is None else f"{labels.get(value, value)} ({value:+d})"

        for row, d in enumerate(self.disagreements):
            claim = f"{d.claim_id}: {d.claim_text}" if d.claim_id else f"Override — {d.claim_text or 'no note'}"
            cells = [claim, f"{doc.registry.name(d.actor)} ({d.actor})", say(d.mine), say(d.theirs), "open"]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0 and len(self.disagreements) <= 2000:  # the whole claim, when the cell cuts it
                    item.setToolTip(text)
                self.table.setItem(row, col, item)
        if len(self.disagreements) <= 500:
            self.table.resizeRowsToContents()

        self.buttons: dict[str, QPushButton] = {}
        row_buttons = QHBoxLayout()
        for choice in ("mine", "theirs", "both", "open"):
            button = QPushButton(BUTTON_TEXT[choice])  # Alt+M, Alt+T, Alt+B, Alt+O from the keyboard
            button.setObjectName(f"settle_{choice}")
            button.clicked.connect(lambda _=False, c=choice: self.settle(c))
            row_buttons.addWidget(button)
            self.buttons[choice] = button
        row_buttons.addStretch(1)
        self.undo_button = QPushButton("Undo")
        self.undo_button.clicked.connect(doc.undo_stack.undo)
        row_buttons.addWidget(self.undo_button)

        self.status = QLabel()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.figures)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        if self.disagreements:
            self.table.selectRow(0)
        self._update_status()
        self.resize(900, 520)

    @staticmethod
    def _figures_text(figures: Agreement, labels: dict[int, str]) -> str:
        head = [
            f"claims coded: {figures.coded_a} in this brief, {figures.coded_b} in the other, "
            f"{figures.both_coded} by both",
            *figures.overall.lines(),
        ]
        text = "<b>Agreement between the two files</b><br>" + "<br>".join(_esc(line) for line in head)
        rows = [f"{_esc(actor)}: {_esc(f.compact())}" for actor, f in figures.by_country.items()]
        if rows:
            more = f"<br>… and {len(rows) - 10} more countries" if len(rows) > 10 else ""
            text += "<br><small>" + "<br>".join(rows[:10]) + more + "</small>"
        return text

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def settle(self, choice: str, row: int | None = None) -> None:
        row = self.current_row() if row is None else row
        if row < 0 or self.choices[row] == choice:
            return
        self.doc.undo_stack.push(SettleDisagreement(self, row, choice))
        following = next((r for r in range(row + 1, len(self.choices)) if self.choices[r] == "open"), -1)
        if following >= 0:
            self.table.selectRow(following)

    def set_choice(self, row: int, choice: str) -> None:
        self.choices[row] = choice
        item = self.table.item(row, 4)
        if item is not None:
            item.setText(CHOICE_WORDS[choice] if choice != "open" else "open")
        self._update_buttons()
        self._update_status()

    def _update_buttons(self) -> None:
        row = self.current_row()
        for choice, button in self.buttons.items():
            button.setEnabled(row >= 0 and self.choices[row] != choice)
        if row >= 0 and self.disagreements[row].theirs is None:
            self.buttons["both"].setToolTip("Their file holds that this country takes no position here")

    def _update_status(self) -> None:
        left = self.choices.count("open")
        total = len(self.choices)
        if not total:
            self.status.setText("The two files agree wherever both set a position.")
        elif left:
            self.status.setText(
                f"{total - left} of {total} settled. Open ones keep your position and are tagged “disputed”, "
                "with a line in the claim's note."
            )
        else:
            self.status.setText(f"All {total} disagreements settled. Undo (Ctrl+Z) takes any choice back.")


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def merge_file(window: QWidget, doc: BriefDocument, path: str) -> CurationDialog | None:
    """Merge another analyst's file into ``doc`` (one undo step) and show the curation dialog; None on failure."""
    try:
        other = storage.load(path)
    except BriefingError as exc:
        error = getattr(window, "error", None)
        if callable(error):
            error("Could not merge the brief", str(exc))
        return None
    mine: Brief = doc.brief
    figures = agreement(mine, other)
    result = merge_two(mine, other)
    settle_all(result, "open")  # marked open on their claims until the analyst settles them
    doc.undo_stack.push(ReplaceBrief(doc, result.brief, f"Merge {Path(path).name}"))
    dialog = CurationDialog(doc, result, figures, Path(path).name, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
