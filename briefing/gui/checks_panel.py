"""Tradecraft in the app: the check's findings beside the preview (each a link to its field or claim), Brief › Draft,
ICD 203 findings marked in the brief editor's text, and drafted fields marked until the analyst edits them."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QHelpEvent,
    QSyntaxHighlighter,
)
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..tradecraft.findings import Finding
from .background import WorkerThread
from .commands import EditClaims, EditInfo
from .document import BriefDocument

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

FindingRole = Qt.ItemDataRole.UserRole + 40
DEBOUNCE_MS = 300
DRAFT_STYLE = "background: #FFF6D5"
DRAFT_TIP = "A first draft from the annotations: edit it to make it yours"


class _Bridge(QObject):
    done = Signal(int, object)  # generation, findings


class ChecksPanel(QWidget):
    """The check before export, kept current off the GUI thread (a large brief takes a moment to check): one line per
    finding; activating one goes to its place."""

    findingActivated = Signal(object)
    checked = Signal()

    def __init__(self, doc: BriefDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.findings: list[Finding] = []
        self.generation = 0
        self._pool = WorkerThread("brief-check")
        self._bridge = _Bridge()
        self._bridge.done.connect(self._show)
        self.setObjectName("checksPanel")
        self.setAccessibleName("Tradecraft check")
        self.summary = QLabel("Tradecraft check: checking…")
        self.summary.setObjectName("checksSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("checksList")
        self.list.setAccessibleName("Findings of the tradecraft check")
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(130)
        self.list.setStyleSheet("QListWidget::item { color: #1F5FA8; text-decoration: underline; }")
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        doc.changed.connect(self.timer.start)
        doc.infoChanged.connect(self.timer.start)
        doc.sourcesChanged.connect(self.timer.start)
        doc.claimsReset.connect(self.refresh)
        from .app import after_first_paint

        after_first_paint(self, self.refresh)  # the window paints first; opening a brief checks it anyway

    def refresh(self) -> None:
        """Check the brief as it is now; a newer edit makes an older result stale."""
        self.generation += 1
        generation, snapshot, registry, bridge = self.generation, self.doc.snapshot(), self.doc.registry, self._bridge

        def work() -> None:
            try:
                from ..tradecraft import check_brief  # imported here: not on the way to the first paint

                findings = check_brief(snapshot, registry)
            except Exception as exc:  # keep the app alive; say so in the panel
                findings = [Finding("check", f"the check could not run: {exc}", "error")]
            bridge.done.emit(generation, findings)

        self._pool.submit(work)

    def _show(self, generation: int, findings: list[Finding]) -> None:
        if generation != self.generation:
            return
        self.findings = findings
        self.list.clear()
        for finding in self.findings:
            item = QListWidgetItem(str(finding))
            item.setData(FindingRole, finding)
            item.setToolTip("Go to " + finding.place)
            self.list.addItem(item)
        self.list.setVisible(bool(self.findings))
        n = len(self.findings)
        self.summary.setText(
            "Tradecraft check: nothing to say." if not n else f"Tradecraft check: {n} finding{'s' if n > 1 else ''}."
        )
        self.checked.emit()

    def shutdown(self) -> None:
        self.timer.stop()
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _activated(self, item: QListWidgetItem) -> None:
        finding = item.data(FindingRole)
        if finding is not None:
            self.findingActivated.emit(finding)


class FindingHighlighter(QSyntaxHighlighter):
    """Marks the words an ICD 203 finding is about (a wavy underline) in one of the brief editor's text fields."""

    def __init__(self, document: QTextDocument, field: str, panel: ChecksPanel) -> None:
        super().__init__(document)
        self.field = field
        self.panel = panel
        from PySide6.QtGui import QTextCharFormat  # made after the first paint (install_tradecraft)

        self.mark = QTextCharFormat()
        self.mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.mark.setUnderlineColor(QColor("#C0392B"))
        self.mark.setBackground(QColor("#FDECEA"))

    def spans(self) -> list[tuple[int, int, int]]:
        """(block, start, end) of each finding in this field; outlook bullets are the non-empty lines."""
        out = []
        for f in self.panel.findings:
            if f.field != self.field or f.kind != "icd203" or f.start < 0:
                continue
            if self.field == "outlook":
                out.append((self._bullet_block(f.index), f.start, f.end))
            else:
                out.append((-1, f.start, f.end))
        return out

    def _bullet_block(self, index: int) -> int:
        n = -1
        block = self.document().firstBlock()
        while block.isValid():
            if block.text().strip():
                n += 1
                if n == index:
                    return block.blockNumber()
            block = block.next()
        return -2

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        for where, start, end in self.spans():
            if where >= 0:
                if where != block.blockNumber():
                    continue
                lead = len(text) - len(text.lstrip())
                self.setFormat(lead + start, end - start, self.mark)
            else:
                a, b = max(start, block.position()), min(end, block.position() + len(text))
                if a < b:
                    self.setFormat(a - block.position(), b - a, self.mark)


class FindingTips(QObject):
    """Hovering over marked words shows what the finding says about them."""

    def __init__(self, edit: QPlainTextEdit, field: str, panel: ChecksPanel) -> None:
        super().__init__(edit)
        self.edit = edit
        self.field = field
        self.panel = panel
        from .app import after_first_paint

        # Hovering needs the filter only once the window is on screen; asking for the viewport before costs ~5 ms.
        after_first_paint(edit, lambda: edit.viewport().installEventFilter(self))

    def message_at(self, position: int) -> str:
        """The findings about the character at ``position`` of the field's text."""
        text = self.edit.toPlainText()
        index, offset = -1, position
        if self.field == "outlook":
            lines = text[:position].split("\n")
            line = text.split("\n")[len(lines) - 1]
            index = sum(1 for x in lines[:-1] if x.strip()) if line.strip() else -2
            offset = len(lines[-1]) - (len(line) - len(line.lstrip()))
        found = [
            f.message
            for f in self.panel.findings
            if f.field == self.field and f.kind == "icd203" and f.start <= offset < f.end and f.index == index
        ]
        return "\n".join(found)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            message = self.message_at(self.edit.cursorForPosition(event.pos()).position())
            if message:
                QToolTip.showText(event.globalPos(), message, self.edit.viewport())
                return True
        return super().eventFilter(watched, event)


def install_tradecraft(window: Any) -> ChecksPanel:
    """Wire tradecraft into the main window: the panel under the preview's fit report, Brief › Draft, the marks."""
    doc: BriefDocument = window.doc
    panel = ChecksPanel(doc, window.preview)
    window.preview.layout().insertWidget(1, panel)
    window.checks = panel
    panel.findingActivated.connect(lambda f: go_to_finding(window, f))
    editor = window.brief_editor
    fields = ("bluf", "assessment", "outlook")
    window.finding_highlighters = []

    def highlighters() -> None:  # the marks show after a check, so they are made once the window is on screen
        window.finding_highlighters = [FindingHighlighter(editor.fields[n].document(), n, panel) for n in fields]

    from .app import after_first_paint

    after_first_paint(window, highlighters)
    window.finding_tips = [FindingTips(editor.fields[name], name, panel) for name in fields]

    def rehighlight() -> None:
        for h in window.finding_highlighters:
            edit = editor.fields[h.field]
            # Re-marking changes formats only, but the edit reports it as typing: keep that away from the undo stack.
            edit.blockSignals(True)
            h.rehighlight()
            edit.blockSignals(False)
        mark_drafts(window)

    panel.checked.connect(rehighlight)
    pool = panel._pool
    window.destroyed.connect(lambda *_: pool.shutdown(wait=True, cancel_futures=True))
    window.act_draft = QAction("&Draft Empty Fields", window)
    window.act_draft.setObjectName("actDraft")
    window.act_draft.setStatusTip("Fill the empty title, bottom line and key evidence from the positions (undoable)")
    window.act_draft.triggered.connect(lambda: draft_in_app(window))
    bar = window.menuBar()
    menu = QMenu("&Brief", bar)
    menu.setObjectName("briefMenu")
    help_action = next((a for a in bar.actions() if a.text().replace("&", "") == "Help"), None)
    if help_action is not None:
        bar.insertMenu(help_action, menu)  # menus read File … View, Brief, then Help
    else:
        bar.addMenu(menu)
    menu.addAction(window.act_draft)
    after_first_paint(window, rehighlight)  # (loads the draft code: not on the way to the first paint)
    return panel


def draft_in_app(window: Any) -> list[str]:
    """Brief › Draft: fill only the empty fields, as one undo step."""
    doc: BriefDocument = window.doc
    brief = doc.snapshot()
    brief.info = copy.copy(doc.brief.info)
    brief.info.extra = copy.deepcopy(doc.brief.info.extra)
    brief.claims = [copy.copy(c) for c in doc.brief.claims]
    from ..tradecraft import draft_brief

    filled = draft_brief(brief, doc.registry)
    if not filled:
        window.statusBar().showMessage("Nothing to draft: the title, bottom line and key evidence are yours", 5000)
        return filled
    changed = [c for c, old in zip(brief.claims, doc.brief.claims, strict=True) if c.key != old.key]
    doc.undo_stack.beginMacro("Draft empty fields")
    doc.undo_stack.push(EditInfo(doc, brief.info, "Draft the title and bottom line"))
    if changed:
        doc.undo_stack.push(EditClaims(doc, changed, "Draft key evidence"))
    doc.undo_stack.endMacro()
    names = {"title": "title", "bluf": "bottom line", "key": "key evidence"}
    window.statusBar().showMessage("Drafted " + ", ".join(names[f] for f in filled) + ": edit them", 8000)
    return filled


def mark_drafts(window: Any) -> None:
    """Drafted fields keep a pale background and a tooltip until the analyst edits them."""
    from ..tradecraft import drafted_fields

    drafted = set(drafted_fields(window.doc.brief))
    for name in ("title", "bluf"):
        edit = window.brief_editor.fields[name]
        edit.setStyleSheet(DRAFT_STYLE if name in drafted else "")
        edit.setToolTip(DRAFT_TIP if name in drafted else "")


def go_to_finding(window: Any, finding: Finding) -> None:
    """Select the claim a finding is about, or focus its field in the brief editor (its words selected)."""
    if finding.claim:
        window.select_claim(finding.claim)
        window.docks["inspector"].raise_()
        return
    if finding.field == "sources" or (finding.source and not finding.field):
        window.docks["sources"].raise_()
        return
    editor = window.brief_editor
    widget = editor.fields.get(finding.field) or {
        "confidence": editor.confidence,
        "roster": editor.roster_preset,
        "marking": editor.marking,
    }.get(finding.field)
    if finding.field == "key":
        key = [c.id for c in window.doc.brief.claims if c.key]
        if key:
            window.select_claim(key[0])
        return
    if widget is None:
        return
    window.docks["brief"].raise_()
    editor.ensureWidgetVisible(widget)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(widget, QPlainTextEdit) and finding.start >= 0:
        cursor = widget.textCursor()
        offset = 0
        if finding.field == "outlook" and finding.index >= 0:
            lines = widget.toPlainText().split("\n")
            bullets = [i for i, line in enumerate(lines) if line.strip()]
            if finding.index < len(bullets):
                row = bullets[finding.index]
                offset = sum(len(line) + 1 for line in lines[:row]) + len(lines[row]) - len(lines[row].lstrip())
        cursor.setPosition(offset + finding.start)
        cursor.setPosition(offset + finding.end, cursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
