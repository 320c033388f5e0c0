"""A country over time, in the country view: its stance claim by claim (a small QPainter chart), where it moved,
and which of its claims independent sources confirm (with the rule, and a button to accept the grades)."""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from ..model import StanceLevel
from ..team.corroboration import RULE, Corroboration, corroborate
from ..team.timeline import Point, Timeline, short_date, timelines
from .commands import EditClaims
from .document import BriefDocument


class TimelineChart(QWidget):
    """Stance (rows, restraint at the bottom) against date: one dot per claim, a line through each day's stance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineChart")
        self.setAccessibleName("Position over time")
        self.setMinimumHeight(100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.timeline: Timeline | None = None
        self.scale: list[StanceLevel] = []
        self.spots: list[tuple[QPointF, Point]] = []  # where each claim was drawn, for its tooltip

    def sizeHint(self) -> QSize:
        return QSize(320, 110)

    def set_timeline(self, timeline: Timeline | None, scale: list[StanceLevel]) -> None:
        self.timeline = timeline
        self.scale = sorted(scale, key=lambda level: level.value)
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart in words (screen readers, tests): each day and its stance."""
        if self.timeline is None or not self.timeline.points:
            return "no dated claims"
        labels = {level.value: level.label for level in self.scale}
        return "; ".join(f"{short_date(day)}: {labels.get(s, s)}" for day, s in self.timeline.days)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            spot = self.point_at(QPointF(event.pos()))
            if spot is None:
                QToolTip.hideText()
                event.ignore()
            else:
                labels = {level.value: level.label for level in self.scale}
                words = spot.text if len(spot.text) <= 160 else spot.text[:159] + "…"
                suggested = " (suggested)" if spot.suggested else ""
                QToolTip.showText(
                    event.globalPos(),
                    f"{spot.claim_id} · {short_date(spot.date)} · {labels.get(spot.stance, spot.stance)}{suggested}"
                    f"\n{words}",
                    self,
                )
            return True
        return super().event(event)

    def point_at(self, pos: QPointF) -> Point | None:
        """The claim drawn nearest to ``pos``, within a few pixels."""
        near = [(abs(p.x() - pos.x()) + abs(p.y() - pos.y()), point) for p, point in self.spots]
        near = [pair for pair in near if pair[0] <= 8]
        return min(near, key=lambda pair: pair[0])[1] if near else None

    def paintEvent(self, event: QPaintEvent) -> None:
        self.spots = []
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text_colour = pal.color(pal.ColorRole.WindowText)
        faint = QColor(text_colour)
        faint.setAlpha(50)
        metrics = painter.fontMetrics()
        left = max((metrics.horizontalAdvance(level.label) for level in self.scale), default=40) + 8
        area = QRectF(left, 6, max(10, self.width() - left - 12), max(10, self.height() - metrics.height() - 14))
        if not self.scale:
            return
        values = [level.value for level in self.scale]
        lo, hi = min(values), max(values)

        def y_of(stance: int) -> float:
            return area.bottom() - (stance - lo) / max(1, hi - lo) * area.height()

        for level in self.scale:
            y = y_of(level.value)
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                level.label,
            )
        line = self.timeline
        if line is None or not line.points:
            painter.setPen(text_colour)
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), "No dated claims for this country")
            return
        days = [date.fromisoformat(p.date[:10]) for p in line.points]
        first, last = min(days), max(days)
        span = max(1, (last - first).days)

        def x_of(iso: str) -> float:
            offset = (date.fromisoformat(iso[:10]) - first).days
            return area.left() + (offset / span * area.width() if last != first else area.width() / 2)

        path = QPainterPath()
        for i, (day, stance) in enumerate(line.days):
            point = QPointF(x_of(day), y_of(stance))
            path.moveTo(point) if i == 0 else path.lineTo(point)
        painter.setPen(QPen(text_colour, 1.5))
        painter.drawPath(path)
        colours = {level.value: QColor(level.colour) for level in self.scale}
        for p in line.points:
            colour = colours.get(p.stance, QColor("#9E9E9E"))
            painter.setPen(QPen(colour.darker(130), 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush if p.suggested else colour)
            centre = QPointF(x_of(p.date), y_of(p.stance))
            painter.drawEllipse(centre, 4.0, 4.0)
            self.spots.append((centre, p))
        painter.setPen(text_colour)
        top = area.bottom() + 4
        first_text, last_text = short_date(first.isoformat()), short_date(last.isoformat())
        width = metrics.horizontalAdvance(first_text)
        painter.drawText(QPointF(max(0.0, area.left() - width / 2), top + metrics.ascent()), first_text)
        if last != first:
            width = metrics.horizontalAdvance(last_text)
            painter.drawText(
                QPointF(min(self.width() - width - 1.0, area.right() - width / 2), top + metrics.ascent()), last_text
            )


class CountryDetail(QWidget):
    """Below the country table: the chosen country's timeline, its move, and corroboration of its claims."""

    def __init__(self, doc: BriefDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countryDetail")
        self.doc = doc
        self.actor = ""
        self.corroboration: Corroboration | None = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.hide_button = QPushButton("Hide")
        self.hide_button.setFlat(True)
        self.hide_button.setToolTip("Hide the timeline; click a country to show it again")
        self.hide_button.clicked.connect(self.hide)
        self.chart = TimelineChart()
        self.moved = QLabel()
        self.moved.setObjectName("timelineMove")
        self.moved.setWordWrap(True)
        self.corroborated = QLabel()
        self.corroborated.setObjectName("corroboration")
        self.corroborated.setWordWrap(True)
        self.corroborated.setToolTip(RULE)
        self.accept_button = QPushButton("Accept proposed grades")
        self.accept_button.setObjectName("acceptCorroboration")
        self.accept_button.setToolTip("Raise these claims' credibility to 1, “confirmed by other sources” (undoable)")
        self.accept_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.corroborated, 1)
        row.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.hide_button)
        layout.addLayout(head)
        layout.addWidget(self.chart)
        layout.addWidget(self.moved)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        doc.changed.connect(self._timer.start)
        doc.claimsReset.connect(self.refresh)
        self.refresh()
        self.hide()  # until a country is picked: the table keeps the room

    def set_actor(self, actor: str) -> None:
        self.actor = actor
        self.refresh()
        self.show()

    def refresh(self) -> None:
        brief = self.doc.snapshot()
        scale = brief.info.stance_scale
        labels = {level.value: level.label for level in scale}
        if not self.actor:
            self.chart.set_timeline(None, scale)
            self.moved.setText("")
            self.corroborated.setText("")
            self.accept_button.hide()
            return
        line = timelines(brief).get(self.actor)
        self.title.setText(f"<b>{self.doc.registry.name(self.actor)}</b> over time, claim by claim")
        self.chart.set_timeline(line, scale)
        move = line.move() if line else None
        notes = []
        if move is not None:
            notes.append(f"Moved — {move.note(labels)}.")
        if line and line.undated:
            notes.append(f"{line.undated} claims without a date are not shown.")
        self.moved.setText(" ".join(notes))
        self.corroboration = corroborate(brief)
        mine = [p for p in self.corroboration.proposals if p.actor == self.actor]
        against = [c for c in self.corroboration.contradictions if c.actor == self.actor]
        parts = []
        if mine:
            parts.append(
                f"{len(mine)} claims are carried by two or more independent sources and could be graded "
                "1, “confirmed by other sources”: " + ", ".join(p.claim_id for p in mine) + "."
            )
        if against:
            parts.append("⚠ " + against[0].line() + ".")
        if parts:
            parts.append(
                "<small>Independent: different outlets, texts that are not copies of one another; syndicated "
                "copies count once. Hover for the whole rule.</small>"
            )
        self.corroborated.setText(" ".join(parts))
        self.accept_button.setVisible(bool(mine))

    def accept(self) -> None:
        if self.corroboration is None:
            return
        new = []
        for p in self.corroboration.proposals:
            if p.actor != self.actor:
                continue
            claim = self.doc.claim(p.claim_id)
            if claim is not None and claim.credibility != p.proposed:
                changed = copy.copy(claim)
                changed.credibility = p.proposed
                new.append(changed)
        if new:
            self.doc.undo_stack.push(EditClaims(self.doc, new, f"Confirm {len(new)} claims on {self.actor}"))
        self.refresh()
