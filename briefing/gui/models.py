"""Qt item models over the core: claims, their filter, one claim's positions, and the country overview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor

from ..analysis import ActorStance, aggregate, silent
from ..editing import with_position
from ..model import Claim, admiralty_grade
from ..tradecraft.basis import basis_quote
from .commands import EditClaim
from .document import BriefDocument

ClaimIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
ActorRole = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex


def stance_text(value: int) -> str:
    return f"{value:+d}" if value else "0"


class _Table(QAbstractTableModel):
    """A flat table whose columns are named by ``COLUMNS``."""

    COLUMNS: tuple[str, ...] = ()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None


class ClaimsTableModel(_Table):
    COLUMNS = ("ID", "Claim", "Countries", "Stance", "Grade", "Key", "Reviewed")

    def __init__(self, doc: BriefDocument) -> None:
        super().__init__()
        self.doc = doc
        self._source_order: dict[str, int] | None = None
        doc.sourcesChanged.connect(self._forget_order)
        doc.claimsReset.connect(self._forget_order)
        doc.claimChanged.connect(self._changed)
        doc.claimsAboutToBeRemoved.connect(lambda a, b: self.beginRemoveRows(QModelIndex(), a, b))
        doc.claimsRemoved.connect(self.endRemoveRows)
        doc.claimsAboutToBeInserted.connect(lambda a, b: self.beginInsertRows(QModelIndex(), a, b))
        doc.claimsInserted.connect(self.endInsertRows)
        doc.claimsReset.connect(self._reset)
        doc.sourcesChanged.connect(self._all_changed)

    def _forget_order(self) -> None:
        self._source_order = None

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _all_changed(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.COLUMNS) - 1))

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.doc.claims)

    def _order_key(self, claim: Claim) -> float:
        """Reading order: the source's place in the brief, then the claim's place in its text."""
        order = (
            {s.id: i for i, s in enumerate(self.doc.brief.sources)}
            if self._source_order is None
            else self._source_order
        )
        self._source_order = order
        return order.get(claim.source, len(order)) * 1e12 + claim.start

    def claim_at(self, row: int) -> Claim:
        return self.doc.claims[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.doc.claims):
            return None
        claim = self.doc.claims[index.row()]
        col = index.column()
        if role == ClaimIdRole:
            return claim.id
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            sort = role == SortRole
            if col == 0:
                return self._order_key(claim) if sort else claim.id
            if col == 1:
                return claim.text
            if col == 2:
                return ", ".join(p.actor for p in claim.positions)
            if col == 3:
                if not claim.positions:
                    return -99 if sort else ""
                values = [p.stance for p in claim.positions if p.stance is not None]
                if not values:
                    return -98 if sort else "not set"
                if sort:
                    return sum(values) / len(values)
                lo, hi = min(values), max(values)
                return stance_text(lo) if lo == hi else f"{stance_text(lo)} … {stance_text(hi)}"
            if col == 4:
                src = self.doc.brief.source(claim.source)
                return admiralty_grade(src.reliability if src else "F", claim.credibility)
            if col == 5:
                return (1 if claim.key else 0) if sort else ("★ key" if claim.key else "")
            if col == 6:
                if not claim.positions:
                    return 0 if sort else ""
                return (2 if claim.reviewed else 1) if sort else ("yes" if claim.reviewed else "suggested")
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return claim.text
        set_values = [p.stance for p in claim.positions if p.stance is not None]
        if role == Qt.ItemDataRole.DecorationRole and col == 3 and set_values:
            values = set_values
            level = self.doc.brief.info.stance_level(round(sum(values) / len(values)))
            return QColor(level.colour)
        if role == Qt.ItemDataRole.FontRole and col == 6 and claim.positions and not claim.reviewed:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.COLUMNS[col]}: {self.data(index)}"
        return None


class ClaimsFilterProxy(QSortFilterProxyModel):
    """Filters claims by text, country, stance and whether suggestions await review."""

    def __init__(self, source: ClaimsTableModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.setSortRole(SortRole)
        self.text = ""
        self.actor = ""
        self.stance: int | None = None
        self.reviewed: bool | None = None
        self.source_id = ""

    def set_filters(
        self,
        *,
        text: str | None = None,
        actor: str | None = None,
        stance: int | str | None = "keep",
        reviewed: bool | str | None = "keep",
        source_id: str | None = None,
    ) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9; invalidateFilter() is deprecated there
            self.beginFilterChange()
        if text is not None:
            self.text = text.casefold()
        if actor is not None:
            self.actor = actor
        if stance != "keep":
            self.stance = stance if isinstance(stance, int) else None
        if reviewed != "keep":
            self.reviewed = reviewed if isinstance(reviewed, bool) else None
        if source_id is not None:
            self.source_id = source_id
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ClaimsTableModel)
        claim = model.claim_at(row)
        if (
            self.text
            and self.text not in claim.text.casefold()
            and self.text not in claim.note.casefold()
            and self.text not in claim.speaker.casefold()
        ):
            return False
        if self.source_id and claim.source != self.source_id:
            return False
        positions = claim.positions
        if self.actor:
            positions = [p for p in positions if p.actor == self.actor]
            if not positions:
                return False
        if self.stance is not None and not any(p.stance == self.stance for p in positions):
            return False
        if self.reviewed is not None:
            if not claim.positions:
                return False
            if claim.reviewed != self.reviewed:
                return False
        return True


class PositionsModel(_Table):
    """The positions of one claim; the stance column is editable (through an undo command)."""

    COLUMNS = ("Country", "Stance", "Status", "Cue")

    def __init__(self, doc: BriefDocument) -> None:
        super().__init__()
        self.doc = doc
        self.claim_id = ""
        doc.claimChanged.connect(self._claim_changed)
        doc.claimsReset.connect(lambda: self.set_claim(""))

    def set_claim(self, claim_id: str) -> None:
        self.beginResetModel()
        self.claim_id = claim_id
        self.endResetModel()

    def claim(self) -> Claim | None:
        return self.doc.claim(self.claim_id) if self.claim_id else None

    def _claim_changed(self, row: int) -> None:
        if 0 <= row < len(self.doc.claims) and self.doc.claims[row].id == self.claim_id:
            self.beginResetModel()
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        claim = self.claim()
        return 0 if parent.isValid() or claim is None else len(claim.positions)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == 1 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        claim = self.claim()
        if claim is None or not index.isValid() or index.row() >= len(claim.positions):
            return None
        pos = claim.positions[index.row()]
        col = index.column()
        level = self.doc.brief.info.stance_level(pos.stance) if pos.stance is not None else None
        if role == ActorRole:
            return pos.actor
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{self.doc.registry.name(pos.actor)} ({pos.actor})"
            if col == 1:
                if pos.stance is None or level is None:
                    return "stance not set (keys 1–5)"
                return f"{stance_text(pos.stance)}  {level.label}"
            if col == 2:
                conf = f" {pos.confidence:.0%}" if pos.confidence is not None else ""
                return f"suggested{conf}" if pos.suggested else "analyst"
            if col == 3:
                return pos.cue
        if role == Qt.ItemDataRole.EditRole and col == 1:
            return pos.stance
        if role == Qt.ItemDataRole.DecorationRole and col == 1 and level is not None:
            return QColor(level.colour)
        if role == Qt.ItemDataRole.ToolTipRole and col == 3 and pos.cue:
            return f"Suggested because the claim says: “{pos.cue}”"
        if role == Qt.ItemDataRole.ForegroundRole and col == 2 and pos.suggested:
            return QBrush(QColor("#B26B00"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        claim = self.claim()
        if claim is None or role != Qt.ItemDataRole.EditRole or index.column() != 1:
            return False
        pos = claim.positions[index.row()]
        try:
            stance = int(value)
        except (TypeError, ValueError):
            return False
        if stance == pos.stance and not pos.suggested:
            return False
        label = self.doc.brief.info.stance_level(stance).label
        self.doc.undo_stack.push(
            EditClaim(self.doc, with_position(claim, pos.actor, stance), f"Set {pos.actor} to {label}")
        )
        return True


class CountryModel(_Table):
    """Who stands where: one row per actor with a position, then the roster's silent members."""

    COLUMNS = ("Country", "Position", "Claims", "Flags", "Range", "Basis")

    def __init__(self, doc: BriefDocument) -> None:
        super().__init__()
        self.doc = doc
        self.rows: list[ActorStance | str] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.refresh)
        doc.changed.connect(self._timer.start)
        doc.claimsReset.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        snapshot = self.doc.snapshot()
        stances = aggregate(snapshot)
        self.rows = [*stances, *silent(snapshot, stances)]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        actor = row if isinstance(row, str) else row.actor
        col = index.column()
        if role == ActorRole:
            return actor
        registry = self.doc.registry
        if isinstance(row, str):
            if role == Qt.ItemDataRole.DisplayRole:
                return (
                    f"{registry.flag(actor)} {registry.name(actor)} ({actor})".strip(),
                    "no stated position",
                    "0",
                    "",
                    "",
                    "",
                )[col]
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#808080"))
            return None
        level = self.doc.brief.info.stance_level(row.stance)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{registry.name(actor)} ({actor})"
            if col == 1:
                return f"{stance_text(row.stance)}  {level.label}"
            if col == 2:
                return str(len(row.evidence))
            if col == 3:
                flags = [
                    "conflict" if row.conflict else "",
                    "unreviewed" if row.unreviewed else "",
                    "analyst's call" if row.overridden else "",
                    *(f"{s.id} downgraded to {s.reliability}" for s in _sources_of(row) if s.downgraded_from),
                ]
                return ", ".join(f for f in flags if f)
            if col == 4:
                values = row.stances
                return f"{stance_text(values[0])} … {stance_text(values[-1])}" if len(values) > 1 else ""
            if col == 5 and row.basis is not None:  # the words that place this country (briefing.tradecraft)
                return basis_quote(row.basis.claim, row.basis.position, registry, 90)
        if role == Qt.ItemDataRole.DecorationRole and col == 1:
            return QColor(level.colour)
        if role == Qt.ItemDataRole.ToolTipRole and row.basis is not None:
            return f"Strongest evidence ({row.basis.grade}): “{row.basis.claim.text}”"
        return None


def _sources_of(row: ActorStance) -> list[Any]:
    return list({id(e.source): e.source for e in row.evidence if e.source is not None}.values())
