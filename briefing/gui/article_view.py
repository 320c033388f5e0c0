"""The article with its claims highlighted in the colour of their stance; click a claim to select it."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from ..model import Claim
from .document import BriefDocument

if TYPE_CHECKING:
    from PySide6.QtGui import QContextMenuEvent, QMouseEvent


class _Text(QPlainTextEdit):
    clickedAt = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.claim_actions: list[QAction] = []

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The usual Copy and Select All, then what can be done to claims here."""
        menu = self.createStandardContextMenu(event.pos())
        if self.claim_actions:
            menu.addSeparator()
            menu.addActions(self.claim_actions)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clickedAt.emit(self.cursorForPosition(event.position().toPoint()).position())


class ArticleView(QWidget):
    """Source switcher above the text; claims shaded by stance (unannotated ones faintly), the current one framed."""

    claimActivated = Signal(str)
    sourceChanged = Signal(str)

    def __init__(self, doc: BriefDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.current_claim = ""
        self.source_id = ""
        self.setObjectName("articleView")
        self.setAccessibleName("Article")
        self.switcher = QComboBox()
        self.switcher.setObjectName("sourceSwitcher")
        self.switcher.setAccessibleName("Source")
        self.switcher.currentIndexChanged.connect(self._switch)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = _Text()
        self.text.setReadOnly(True)
        self.text.setObjectName("articleText")
        self.text.setAccessibleName("Article text")
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.text.setFont(font)
        self.text.clickedAt.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.switcher)
        layout.addWidget(self.meta)
        layout.addWidget(self.text)
        self._paint_timer = QTimer(self)
        self._paint_timer.setSingleShot(True)
        self._paint_timer.setInterval(30)
        self._paint_timer.timeout.connect(self._paint)
        doc.sourcesChanged.connect(self.reload_sources)
        doc.claimsReset.connect(self.reload_sources)
        doc.claimChanged.connect(lambda _row: self._paint_timer.start())
        doc.claimsInserted.connect(self._paint_timer.start)
        doc.claimsRemoved.connect(self._paint_timer.start)
        doc.infoChanged.connect(self._paint_timer.start)
        for signal in (doc.claimsInserted, doc.claimsRemoved, doc.claimsReset, doc.sourcesChanged):
            signal.connect(self._forget_spans)
        # Only the claims in view are highlighted, so a long article stays quick: repaint on scroll.
        self.text.verticalScrollBar().valueChanged.connect(self._paint_timer.start)
        self._spans: dict[str, tuple[list[int], list[str]]] = {}
        self.reload_sources()

    # -- sources ------------------------------------------------------------------------

    def reload_sources(self) -> None:
        keep = self.source_id
        self.switcher.blockSignals(True)
        self.switcher.clear()
        for src in self.doc.brief.sources:
            label = f"{src.id} · {src.title or 'Untitled'}" + (f" — {src.outlet}" if src.outlet else "")
            self.switcher.addItem(label, src.id)
        self.switcher.blockSignals(False)
        ids = [s.id for s in self.doc.brief.sources]
        self.show_source(keep if keep in ids else (ids[0] if ids else ""))

    def _switch(self, index: int) -> None:
        source_id = self.switcher.itemData(index) or ""
        if source_id != self.source_id:
            self.show_source(source_id)
            self.sourceChanged.emit(source_id)

    def show_source(self, source_id: str) -> None:
        src = self.doc.brief.source(source_id) if source_id else None
        self.source_id = source_id if src else ""
        idx = self.switcher.findData(self.source_id)
        if idx >= 0 and idx != self.switcher.currentIndex():
            self.switcher.blockSignals(True)
            self.switcher.setCurrentIndex(idx)
            self.switcher.blockSignals(False)
        self.switcher.setVisible(len(self.doc.brief.sources) > 1)
        if src is None:
            self.meta.setText(
                "No article yet: import one with File › Import Article, by dropping a file here, "
                "or with File › Paste Article."
            )
            self.text.setPlainText("")
            return
        bits = [
            src.outlet,
            ", ".join(src.authors),
            src.published[:16].replace("T", " "),
            f"reliability {src.reliability}",
        ]
        self.meta.setText(" · ".join(b for b in bits if b))
        if self.text.toPlainText() != src.text:
            self.text.setPlainText(src.text)
        self._paint()

    # -- claims ---------------------------------------------------------------------------

    def select_claim(self, claim: Claim | None, scroll: bool = True) -> None:
        self.current_claim = claim.id if claim else ""
        if claim is not None and claim.source != self.source_id:
            self.show_source(claim.source)
        self._paint_timer.start()  # once, after the scroll below has settled
        if claim is not None and scroll:
            from PySide6.QtGui import QTextCursor  # (the text's types load with the first claim, after the window)

            cursor = QTextCursor(self.text.document())
            cursor.setPosition(min(claim.start, len(self.text.toPlainText())))
            self.text.setTextCursor(cursor)
            self.text.ensureCursorVisible()

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return None
        return cursor.selectionStart(), cursor.selectionEnd()

    def cursor_position(self) -> int:
        return self.text.textCursor().position()

    def _forget_spans(self, *_args: object) -> None:
        self._spans.clear()

    def _claims_in_order(self) -> tuple[list[int], list[str]]:
        """Start offsets and ids of the shown source's claims, by start (cached until claims come or go)."""
        cached = self._spans.get(self.source_id)
        if cached is None:
            claims = self.doc.brief.claims_of(self.source_id)
            cached = ([c.start for c in claims], [c.id for c in claims])
            self._spans[self.source_id] = cached
        return cached

    def _current(self, ids: list[str]) -> list[Claim]:
        # Edits replace claim objects, so the current ones are looked up by id, for the few in view.
        return [c for c in (self.doc.claim(i) for i in ids) if c is not None]

    def _clicked(self, pos: int) -> None:
        starts, ids = self._claims_in_order()
        i = bisect.bisect_right(starts, pos) - 1
        claim = self.doc.claim(ids[i]) if 0 <= i < len(ids) else None
        if claim is not None and claim.start <= pos < claim.end:
            self.claimActivated.emit(claim.id)

    def _paint(self) -> None:
        if not self.source_id:
            self.text.setExtraSelections([])
            return
        from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextFormat

        info = self.doc.brief.info
        palette = self.text.palette()
        faint = QColor(palette.text().color())
        faint.setAlpha(28)
        length = self.text.document().characterCount() - 1
        viewport = self.text.viewport().rect()
        first = self.text.cursorForPosition(viewport.topLeft()).position()
        metrics = self.text.fontMetrics()
        in_view = (viewport.width() // max(1, metrics.averageCharWidth()) + 1) * (
            viewport.height() // max(1, metrics.lineSpacing()) + 1
        )
        last = first + in_view
        margin = max(2000, in_view)
        starts, ids = self._claims_in_order()
        lo = max(0, bisect.bisect_left(starts, first - margin) - 1)
        hi = bisect.bisect_right(starts, last + margin)
        selections: list[QTextEdit.ExtraSelection] = []
        for claim in self._current(ids[lo:hi]):
            if claim.end > length:
                continue
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(claim.start)
            cursor.setPosition(claim.end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            values = [p.stance for p in claim.positions if p.stance is not None]
            if values:
                colour = QColor(info.stance_level(round(sum(values) / len(values))).colour)
                colour.setAlpha(150 if claim.id == self.current_claim else 60)
                fmt.setBackground(colour)
                if not claim.reviewed:
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            else:
                bg = QColor(faint)
                if claim.id == self.current_claim:
                    bg.setAlpha(70)
                fmt.setBackground(bg)
            if claim.id == self.current_claim:
                fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
                fmt.setFontWeight(600)
            sel.format = fmt
            selections.append(sel)
        self.text.setExtraSelections(selections)
