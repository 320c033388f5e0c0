"""Qt item models over the core: claims, their filter, one claim's positions, and the country overview."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ..editing import with_position
from ..model import Brief, Claim, Position, admiralty_grade, sign_reason
from .commands import EditClaim
from .document import BriefDocument

if TYPE_CHECKING:
    from ..analysis import ActorStance  # the aggregate loads with the first brief that has claims

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
        self._doc = source.doc
        self._folded: dict[int, tuple[Claim, str]] = {}
        self._bulk: list[bool] | None = None
        source.doc.claimsReset.connect(self._folded.clear)

    def set_filters(
        self,
        *,
        text: str | None = None,
        actor: str | None = None,
        stance: int | str | None = "keep",
        reviewed: bool | str | None = "keep",
        source_id: str | None = None,
    ) -> None:
        new = (
            self.text if text is None else text.casefold(),
            self.actor if actor is None else actor,
            self.stance if stance == "keep" else (stance if isinstance(stance, int) else None),
            self.reviewed if reviewed == "keep" else (reviewed if isinstance(reviewed, bool) else None),
            self.source_id if source_id is None else source_id,
        )
        if new == (self.text, self.actor, self.stance, self.reviewed, self.source_id):
            return  # the same filter (a key that changes nothing): no pass over every row
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9; invalidateFilter() is deprecated there
            self.beginFilterChange()
        self.text, self.actor, self.stance, self.reviewed, self.source_id = new
        # Every row is judged here in one pass; Qt then asks row by row and gets the answer from the list.
        self._bulk = [self._accepts(claim) for claim in self._doc.brief.claims]
        try:
            if hasattr(self, "endFilterChange"):
                self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            else:
                self.invalidateFilter()
        finally:
            self._bulk = None

    def _haystack(self, claim: Claim) -> str:
        """The claim's text, note and speaker, case-folded once per claim object (edits replace the object, so a
        changed claim is folded again; the filter runs over every row at each keystroke)."""
        cached = self._folded.get(id(claim))
        if cached is not None and cached[0] is claim:
            return cached[1]
        folded = "\n".join((claim.text.casefold(), claim.note.casefold(), claim.speaker.casefold()))
        if len(self._folded) > 2 * len(self._doc.brief.claims) + 100:
            self._folded.clear()  # the replaced claims' entries
        self._folded[id(claim)] = (claim, folded)
        return folded

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        bulk = self._bulk
        if bulk is not None and row < len(bulk):
            return bulk[row]
        return self._accepts(self._doc.brief.claims[row])

    def _accepts(self, claim: Claim) -> bool:
        if self.text and self.text not in self._haystack(claim):
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
        self._shown: Claim | None = None  # the claim as the views know it (updated between begin… and end…)
        self._actors: list[str] = []
        doc.claimChanged.connect(self._claim_changed)
        doc.claimsReset.connect(lambda: self.set_claim(""))
        doc.claimsRemoved.connect(self._claim_gone)

    def _claim_gone(self) -> None:
        if self.claim_id and self.claim() is None:
            self.set_claim("")

    def set_claim(self, claim_id: str) -> None:
        self.beginResetModel()
        self.claim_id = claim_id
        self._show(self.claim())
        self.endResetModel()

    def _show(self, claim: Claim | None) -> None:
        self._shown = claim
        self._actors = [p.actor for p in claim.positions] if claim else []

    def claim(self) -> Claim | None:
        return self.doc.claim(self.claim_id) if self.claim_id else None

    def _claim_changed(self, row: int) -> None:
        """Tell the views which rows changed, so that the selected position stays selected (a reset would drop it)."""
        if not (0 <= row < len(self.doc.claims) and self.doc.claims[row].id == self.claim_id):
            return
        claim = self.doc.claims[row]
        old = self._actors
        new = [p.actor for p in claim.positions]
        if new[: len(old)] == old and len(new) > len(old):  # positions added at the end
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            self._show(claim)
            self.endInsertRows()
        elif len(new) == len(old) - 1 and [a for a in old if a in new] == new:
            gone = next(i for i, a in enumerate(old) if a not in new)  # one position removed
            self.beginRemoveRows(QModelIndex(), gone, gone)
            self._show(claim)
            self.endRemoveRows()
        elif new != old:
            self.beginResetModel()
            self._show(claim)
            self.endResetModel()
            return
        self._show(claim)
        if new:
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(self.COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._actors)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == 1 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        claim = self._shown
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
            return f"Suggested because the claim says: “{pos.cue}”" + self.person_reason(claim, pos) + sign_reason(pos)
        if role == Qt.ItemDataRole.ForegroundRole and col == 2 and pos.suggested:
            return QBrush(QColor("#B26B00"))
        return None

    def person_reason(self, claim: Claim, pos: Position) -> str:
        """ "(Tusk → Poland)" when the holder is the person the claim names, on the claim's (or source's) date."""
        if not pos.speaker:
            return ""
        from ..names import iso_day

        source = self.doc.brief.source(claim.source)
        day = iso_day(claim.event_date or (source.published if source else ""))
        for p in self.doc.registry.find_people(claim.text, day):
            if p.code == pos.actor and p.person.name in pos.speaker:
                return f" ({p.reason})"
        if source is not None and source.text:
            # "Dar said …" after the article named "Ishaq Dar" in full
            from ..suggest import named_in_full

            known = named_in_full(self.doc.registry, source.text, source.published)
            for p in self.doc.registry.find_people(claim.text, day, known):
                if p.code == pos.actor and p.person.name in pos.speaker:
                    return f" ({p.reason})"
        return ""

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
    refreshed = Signal()  # after every refresh, whether rows changed in place or the model was reset

    def __init__(self, doc: BriefDocument) -> None:
        super().__init__()
        self.doc = doc
        self.rows: list[ActorStance | str] = []
        self._head: list[object] = []  # what the rows were aggregated from: info, sources
        self._extra: dict[str, Any] | None = None  # … the brief's extra fields
        self._claims: list[Claim] = []  # … and claims
        self._rows_of: dict[str, set[int]] = {}  # actor → rows of the claims that give it a position
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.refresh)
        doc.changed.connect(self._timer.start)
        doc.claimsReset.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Aggregate again what changed since the last time. When only a few claims changed, only the countries
        they name (before or after the edit) are aggregated again: each country's stance rests on its own evidence
        alone. Rows for the same countries in the same order change in place (``dataChanged``), so a selected
        country stays selected; other changes reset the model."""
        self._timer.stop()
        snapshot = self.doc.snapshot()
        claims = snapshot.claims
        head = [snapshot.info, *snapshot.sources]
        old_claims = self._claims
        same_head = (
            len(head) == len(self._head)
            and all(a is b for a, b in zip(head, self._head))
            and snapshot.extra == self._extra  # (a snapshot copies this dict)
        )
        changed = (
            [i for i, (a, b) in enumerate(zip(claims, old_claims)) if a is not b]
            if same_head and len(claims) == len(old_claims)
            else None
        )
        if changed is not None and not changed:
            return  # e.g. the change that follows opening a file: nothing new to aggregate
        # Holding the objects compared keeps their ids from being reused.
        self._head, self._claims, self._extra = head, list(claims), snapshot.extra
        rows: list[ActorStance | str] = []
        if claims or snapshot.info.roster:  # (the empty window at start has nothing to aggregate: no import)
            from ..analysis import aggregate, silent

            if changed is not None and len(changed) <= 200:
                stances = self._aggregate_again(snapshot, changed, old_claims)
            else:
                stances = aggregate(snapshot)
                self._rows_of = {}
                for i, claim in enumerate(claims):
                    for position in claim.positions:
                        self._rows_of.setdefault(position.actor, set()).add(i)
            rows = [*stances, *silent(snapshot, stances)]
        else:
            self._rows_of = {}
        if [_actor_of(r) for r in rows] == [_actor_of(r) for r in self.rows]:
            old, self.rows = self.rows, rows
            # Only the rows aggregated again are new objects: the views ask those again, not every row.
            fresh = [i for i, (a, b) in enumerate(zip(rows, old)) if a is not b and not isinstance(a, str)]
            if fresh:
                self.dataChanged.emit(self.index(fresh[0], 0), self.index(fresh[-1], len(self.COLUMNS) - 1))
        else:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
        self.refreshed.emit()

    def _aggregate_again(self, snapshot: Brief, changed: list[int], old_claims: list[Claim]) -> list[ActorStance]:
        """The aggregate, with only the countries that the changed claims name worked out again."""
        from ..analysis import aggregate

        claims = snapshot.claims
        dirty: set[str] = set()
        for i in changed:
            for position in old_claims[i].positions:
                dirty.add(position.actor)
                self._rows_of.get(position.actor, set()).discard(i)
            for position in claims[i].positions:
                dirty.add(position.actor)
                self._rows_of.setdefault(position.actor, set()).add(i)
        wanted = sorted({i for actor in dirty for i in self._rows_of.get(actor, ())})
        part = Brief(info=snapshot.info, sources=snapshot.sources, claims=[claims[i] for i in wanted])
        again = [a for a in aggregate(part) if a.actor in dirty]
        kept = [a for a in self.rows if not isinstance(a, str) and a.actor not in dirty]
        return sorted([*kept, *again], key=lambda a: (a.stance, a.actor))  # the order aggregate() gives

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
                return _basis_text(row.basis.claim.text, row.basis.position.actor, row.basis.position.cue, registry)
        if role == Qt.ItemDataRole.DecorationRole and col == 1:
            return QColor(level.colour)
        if role == Qt.ItemDataRole.ToolTipRole and row.basis is not None:
            return f"Strongest evidence ({row.basis.grade}): “{row.basis.claim.text}”"
        return None


def _actor_of(row: ActorStance | str) -> str:
    return row if isinstance(row, str) else row.actor


@lru_cache(maxsize=1024)  # asked for on every paint and size hint; the words only change with the claim
def _basis_text(text: str, actor: str, cue: str, registry: Any) -> str:
    from ..tradecraft.basis import basis_quote

    return basis_quote(Claim("", "", 0, len(text), text), Position(actor, 0, cue=cue), registry, 90)


def _sources_of(row: ActorStance) -> list[Any]:
    return list({id(e.source): e.source for e in row.evidence if e.source is not None}.values())
