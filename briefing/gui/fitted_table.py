"""A table view that fits its columns to its width: in a narrow panel long text is elided, and no column is pushed out
of sight behind a horizontal scroll bar."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget


class FittedTable(QTableView):
    """Where the width allows, each column gets what its contents need and the last column the rest; where it does
    not, the columns share the width in the proportions ``shares`` (one per column), their text elided. The analyst
    can still drag a column wider; the next resize of the panel fits them again."""

    def __init__(self, shares: tuple[float, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shares = shares
        # many rows changed at once are fitted once; the timer is the table's, so it dies with it
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.fit)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        m = self.model()
        if m is not None:
            for signal in (m.modelReset, m.rowsInserted, m.rowsRemoved, m.dataChanged, m.layoutChanged):
                signal.connect(self._fit_soon)
        self._fit_soon()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def _fit_soon(self, *_args: object) -> None:
        self._soon.start()

    def fit(self) -> None:
        model = self.model()
        if model is None:
            return
        columns = model.columnCount()
        header = self.horizontalHeader()
        width = self.viewport().width()
        if columns == 0 or width <= 0:
            return
        needed = [max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(columns)]
        if sum(needed) <= width:
            widths = [*needed[:-1], width - sum(needed[:-1])]
        else:
            shares = [self.shares[c] if c < len(self.shares) else 1.0 for c in range(columns)]
            total = sum(shares)
            widths = [int(width * s / total) for s in shares]
            widths[-1] = width - sum(widths[:-1])
        for c, w in enumerate(widths):
            if header.sectionSize(c) != w:
                header.resizeSection(c, w)
