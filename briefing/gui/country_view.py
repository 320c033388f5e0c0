"""Who stands where: one row per country with its aggregated stance, claims, conflicts; and the silent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from .document import BriefDocument
from .models import ActorRole, CountryModel

if TYPE_CHECKING:
    from .timeline_chart import CountryDetail


class CountryView(QWidget):
    actorActivated = Signal(str)

    def __init__(self, doc: BriefDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setObjectName("countryView")
        self.setAccessibleName("Countries")
        self.model = CountryModel(doc)
        self.table = QTableView()
        self.table.setObjectName("countryTable")
        self.table.setAccessibleName("Who stands where")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self._detail: CountryDetail | None = None
        self.model.refreshed.connect(self._summarise)  # rows may change in place, without a reset
        self._summarise()

    @property
    def detail(self) -> CountryDetail:
        """The chosen country over time, and corroboration: made when a country is first picked (hidden until
        then, so the timeline and corroboration code load then, not on the way to the first paint)."""
        if self._detail is None:
            from .timeline_chart import CountryDetail

            self._detail = CountryDetail(self.doc)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self._detail)
        return self._detail

    def _clicked(self, index: QModelIndex) -> None:
        actor = index.data(ActorRole)
        if actor:
            self.detail.set_actor(str(actor))
            self.actorActivated.emit(str(actor))

    def _summarise(self) -> None:
        stances = [r for r in self.model.rows if not isinstance(r, str)]
        silent = [r for r in self.model.rows if isinstance(r, str)]
        if not stances:
            self.summary.setText("No positions yet. Add them in the claim inspector.")
            return
        info = self.doc.brief.info
        lo = min(s.stance for s in stances)
        hi = max(s.stance for s in stances)
        conflicts = sum(1 for s in stances if s.conflict)
        unreviewed = sum(1 for s in stances if s.unreviewed)
        parts = [
            f"<b>{len(stances)}</b> countries, spread <b>{info.stance_level(lo).label}</b> to "
            f"<b>{info.stance_level(hi).label}</b>"
        ]
        if conflicts:
            parts.append(f"{conflicts} with conflicting claims")
        if unreviewed:
            parts.append(f"{unreviewed} resting only on unreviewed suggestions")
        if silent:
            parts.append(f"{len(silent)} of the roster silent")
        self.summary.setText("; ".join(parts) + ". Click a country to filter the claims.")
