"""The main window's keyboard: a key for every panel, claim keys that bring the Claim panel forward and say what
they did, application shortcuts from every field, Escape back to the claims, and the F1 list.

The rule: a key acts only on what the analyst can see, or brings its target to the front first. Tabbed dock
panels that are not on top stay "visible" to Qt (they are moved off-screen), so a panel is showing only when
part of it is on screen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ..model import StanceLevel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMenu

    from .main_window import MainWindow

TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
# A text field keeps these (its own editing); every other application shortcut with Ctrl, Alt or a function key
# reaches the window from any field (on X11, a line edit would otherwise take Ctrl+E as "end of line").
FIELD_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Delete,
    QKeySequence.StandardKey.Backspace,
    QKeySequence.StandardKey.DeleteStartOfWord,
    QKeySequence.StandardKey.DeleteEndOfWord,
    QKeySequence.StandardKey.MoveToNextWord,
    QKeySequence.StandardKey.MoveToPreviousWord,
    QKeySequence.StandardKey.SelectNextWord,
    QKeySequence.StandardKey.SelectPreviousWord,
)
STANCE_KEYS = "12345"


@dataclass
class Panel:
    name: str  # the dock's key in window.docks, or "claims" / "article" for the central panels
    title: str  # the action's text, with its menu mnemonic
    keys: str
    focus: Callable[[], QWidget]


def stance_key_label(level: StanceLevel) -> str:
    """How a stance is named next to its key: "Strong restraint (−2)"; the sign is a real minus."""
    value = f"{level.value:+d}".replace("-", "\u2212") if level.value else "0"
    return f"{level.label} ({value})".replace("&", "&&")  # an analyst's "&" is text, not a mnemonic


def stance_keys_text(scale: list[StanceLevel]) -> str:
    """One line listing the keys with the scale's own labels, for tooltips and the F1 list."""
    return ", ".join(f"{key} {stance_key_label(level)}" for key, level in zip(STANCE_KEYS, scale, strict=False))


class Keyboard(QObject):
    """Owned by the main window (its child), so its application-wide event filter goes with the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panels = [
            Panel("claims", "C&laims", "Ctrl+1", lambda: window.table),
            Panel("article", "&Article", "Ctrl+2", lambda: window.article.text),
            Panel("inspector", "&Claim", "Ctrl+3", lambda: window.inspector.positions.table),
            Panel("brief", "&Brief", "Ctrl+4", lambda: window.brief_editor.fields["title"]),
            Panel("sources", "&Sources", "Ctrl+5", lambda: window.sources.list),
            Panel("countries", "&Who Stands Where", "Ctrl+6", lambda: window.countries.table),
            Panel("preview", "Brief &Preview", "Ctrl+7", lambda: window.preview),
        ]
        self.panel_actions: list[QAction] = []
        for panel in self.panels:
            act = QAction(panel.title, window)
            act.setShortcut(QKeySequence(panel.keys))
            act.setStatusTip(f"Bring the {panel.title.replace('&', '')} panel to the front, with the keyboard in it")
            act.triggered.connect(lambda _checked=False, p=panel: self.show_panel(p.name))
            window.addAction(act)
            self.panel_actions.append(act)
        self.act_next_panel = QAction("Next Panel", window)
        self.act_next_panel.setShortcuts([QKeySequence("Ctrl+Tab"), QKeySequence("Ctrl+PgDown")])
        self.act_next_panel.triggered.connect(lambda: self.step_panel(1))
        self.act_prev_panel = QAction("Previous Panel", window)
        self.act_prev_panel.setShortcuts(
            [QKeySequence("Ctrl+Shift+Tab"), QKeySequence("Ctrl+Shift+Backtab"), QKeySequence("Ctrl+PgUp")]
        )
        self.act_prev_panel.triggered.connect(lambda: self.step_panel(-1))
        window.addActions([self.act_next_panel, self.act_prev_panel])
        self.stance_actions: list[QAction] = []
        window.inspector.positions.positionAdded.connect(self._added)
        for dock in window.docks.values():
            dock.visibilityChanged.connect(self._dock_shown_or_hidden)
        # Every key event of the application passes here, but only from the window's first paint on (no analyst
        # types into a window before it appears): a filter on the application makes Python see each of the
        # thousands of events that building and showing the window sends, and slowed its first paint by ~25 ms.
        from .app import after_first_paint

        after_first_paint(window, self._watch_keys)

    # -- panels ---------------------------------------------------------------------------------

    def panel_widget(self, name: str) -> QWidget:
        if name in self.window.docks:
            return self.window.docks[name]
        return self.window.table if name == "claims" else self.window.article

    def showing(self, name: str) -> bool:
        """True when the panel is on screen: shown, and not a tab hidden behind another."""
        widget = self.panel_widget(name)
        inner = widget.widget() if isinstance(widget, QDockWidget) else widget
        return bool(widget.isVisible() and inner is not None and not inner.visibleRegion().isEmpty())

    def raise_panel(self, name: str) -> None:
        dock = self.window.docks.get(name)
        if dock is None:
            return
        dock.show()
        dock.raise_()
        if dock.isFloating():
            dock.activateWindow()

    def show_panel(self, name: str) -> None:
        """Bring a panel to the front and put the keyboard in it."""
        self.raise_panel(name)
        panel = next(p for p in self.panels if p.name == name)
        panel.focus().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_panel(self) -> int:
        focus = QApplication.focusWidget()
        for n, panel in enumerate(self.panels):
            widget = self.panel_widget(panel.name)
            if focus is not None and (focus is widget or widget.isAncestorOf(focus)):
                return n
        return -1

    def step_panel(self, delta: int) -> None:
        """Ctrl+Tab / Ctrl+PgDown: the next panel that is open (a closed dock is skipped, not reopened)."""
        count = len(self.panels)
        start = self.current_panel()
        for step in range(1, count + 1):
            panel = self.panels[(start + delta * step) % count]
            dock = self.window.docks.get(panel.name)
            if dock is None or not dock.isHidden():
                self.show_panel(panel.name)
                return

    def _dock_shown_or_hidden(self, _visible: bool) -> None:
        QTimer.singleShot(0, self, self._rescue_focus)

    def _rescue_focus(self) -> None:
        """The keyboard never stays in a panel that went behind another tab (a click on the tab bar does that):
        it follows to the panel now in front, or back to the claims."""
        focus = QApplication.focusWidget()
        if focus is None or not self._ours(focus):
            return
        for name, dock in self.window.docks.items():
            if dock.isAncestorOf(focus) and not dock.isFloating() and not self.showing(name):
                front = [
                    p
                    for p in self.panels
                    if p.name in self.window.docks
                    and self.showing(p.name)
                    and self.window.docks[p.name] in self.window.tabifiedDockWidgets(dock)
                ]
                target = front[0].focus() if front else self.window.table
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def fill_view_menu(self, menu: QMenu) -> None:
        """View › a panel brings it to the front; the panels can still be closed and reopened below."""
        menu.addActions(self.panel_actions)
        menu.addActions([self.act_next_panel, self.act_prev_panel])
        shown = menu.addMenu("Panels &Open")
        for dock in self.window.docks.values():
            shown.addAction(dock.toggleViewAction())

    # -- the claim keys -----------------------------------------------------------------------------

    def claim_actions(self) -> tuple[QAction, QAction, QAction, QAction]:
        """E, A, R and C act on the claim in the Claim panel: it comes to the front and the status bar says
        what happened (or why nothing did)."""
        w = self.window
        positions = w.inspector.positions

        def act(text: str, keys: str, slot: Callable[[], None], tip: str) -> QAction:
            action = QAction(text, w)
            action.setShortcut(QKeySequence(keys))
            action.setStatusTip(tip)
            action.triggered.connect(lambda: self._on_claim(slot))
            w.addAction(action)
            return action

        key = act("Toggle &Key Evidence", "E", w.inspector.toggle_key, "Mark the claim as key evidence, or unmark it")
        accept = act("&Accept Suggestions", "A", positions.accept_all, "Accept every suggestion in this claim")
        reject = act(
            "&Reject Selected Position",
            "R",
            positions.reject_selected,
            "Reject the selected suggestion (it does not come back), or remove the selected position",
        )
        add = act("Add &Country…", "C", self.focus_add_country, "Add a country or organisation to this claim")
        return key, accept, reject, add

    def build_stance_actions(self) -> list[QAction]:
        """Keys 1–5 set the selected position's stance, lowest first; each names its place on the scale."""
        for n, key in enumerate(STANCE_KEYS):
            action = QAction(self.window)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, i=n: self.set_stance(i))
            self.window.addAction(action)
            self.stance_actions.append(action)
        self.window.doc.infoChanged.connect(self.label_stance_keys)
        self.label_stance_keys()
        return self.stance_actions

    def label_stance_keys(self) -> None:
        scale = self.window.doc.brief.info.stance_scale
        for action, level in zip(self.stance_actions, scale, strict=False):
            action.setText(stance_key_label(level))
            action.setStatusTip(f"Set the selected position to {stance_key_label(level)}")
        tip = f"Keys: {stance_keys_text(scale)}. Enter opens the list."
        self.window.inspector.positions.table.setToolTip(f"Where each one stands. {tip}")

    def set_stance(self, n: int) -> None:
        scale = self.window.doc.brief.info.stance_scale
        if n >= len(scale):
            return
        level = scale[n]
        positions = self.window.inspector.positions
        self._on_claim(lambda: positions.set_stance(level.value))
        claim = positions.model.claim()
        actor = positions.selected_actor()
        if claim is not None and actor:
            name = self.window.doc.registry.name(actor)
            self.window.statusBar().showMessage(
                f"{STANCE_KEYS[n]} → {name} ({actor}) in {claim.id}: {stance_key_label(level)}. Ctrl+Z undoes it.",
                6000,
            )

    def _added(self, actor: str) -> None:
        name = self.window.doc.registry.name(actor)
        keys = stance_keys_text(self.window.doc.brief.info.stance_scale)
        self.window.statusBar().showMessage(f"Added {name} ({actor}), stance not set. Choose it: {keys}.", 10000)

    def focus_add_country(self) -> None:
        self.raise_panel("inspector")
        if self.window.inspector.positions.model.claim() is None:
            return
        self.window.inspector.positions.add_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_claim(self, slot: Callable[[], None]) -> None:
        """Run a claim key: the Claim panel first comes to the front, then the status bar says what changed."""
        w = self.window
        self.raise_panel("inspector")
        claim = w.inspector.positions.model.claim()
        if claim is None:
            w.statusBar().showMessage("No claim selected: pick one in the claims table (J / K) first.", 5000)
            return
        stack = w.doc.undo_stack
        before = stack.index()
        slot()
        if stack.index() != before:
            w.statusBar().showMessage(f"{stack.undoText()}. Ctrl+Z undoes it.", 6000)
        elif slot != self.focus_add_country:
            if not claim.positions:
                why = "This claim has no positions yet: press C to add a country."
            elif not w.inspector.positions.selected_actor():
                why = "Select a position in the Claim panel first."
            elif slot == w.inspector.positions.accept_all:
                why = f"No suggestions waiting in {claim.id}: every position in it is reviewed."
            else:
                why = f"Nothing to change in {claim.id}."
            w.statusBar().showMessage(why, 5000)

    # -- every key event in the window ------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            return self._let_shortcut_through(obj, event)  # type: ignore[arg-type]
        if kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                return self._escape(obj)
        elif kind == QEvent.Type.FocusIn and isinstance(obj, QWidget):
            self._bring_forward(obj)
        return False

    def _watch_keys(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        focus = QApplication.focusWidget()
        if focus is not None:  # the focus it got on the way
            self._bring_forward(focus)

    def _ours(self, obj: QObject) -> bool:
        return isinstance(obj, QWidget) and obj.window() is self.window

    def _let_shortcut_through(self, obj: QObject, event: QKeyEvent) -> bool:
        if not isinstance(obj, (*TEXT_FIELDS, QComboBox)) or not self._ours(obj):
            return False
        mods = event.modifiers()
        function_key = Qt.Key.Key_F1.value <= event.key() <= Qt.Key.Key_F35.value
        if not (mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier) or function_key):
            return False
        pressed = QKeySequence(event.keyCombination())
        if any(event.matches(key) for key in FIELD_KEYS):
            return False
        for action in self.window.actions():
            exact = QKeySequence.SequenceMatch.ExactMatch
            if action.isEnabled() and any(s.matches(pressed) == exact for s in action.shortcuts()):
                event.ignore()
                return True  # not the field's: the window's shortcut runs
        return False

    def _escape(self, obj: QObject) -> bool:
        """Escape leaves a text field (or any panel) and returns to the claims table."""
        if not self._ours(obj) or QApplication.activePopupWidget() is not None:
            return False
        assert isinstance(obj, QWidget)
        parent = obj.parentWidget()
        while parent is not None:
            if isinstance(parent, QAbstractItemView):
                return False  # an editor inside a table: Escape cancels the edit
            parent = parent.parentWidget()
        if obj is self.window.table:
            return False
        self.window.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def _bring_forward(self, widget: QWidget) -> None:
        """A field that gets the focus while its panel is a hidden tab (Alt+letter, Tab) brings the panel forward."""
        if not self._ours(widget):
            return
        for name, dock in self.window.docks.items():
            if dock.isAncestorOf(widget) and not dock.isFloating() and not self.showing(name):
                dock.raise_()
                return

    # -- F1 ---------------------------------------------------------------------------------------

    def shortcut_rows(self) -> list[tuple[str, str]]:
        w = self.window
        fixed = {id(w.act_undo): "Undo", id(w.act_redo): "Redo"}  # their text names the last edit
        stance = {id(a) for a in self.stance_actions}
        panels = {id(a) for a in self.panel_actions}
        rows = []
        for act in w.actions():
            if act.shortcut().isEmpty():
                continue
            name = fixed.get(id(act), re.sub("&(&?)", r"\1", act.text()).rstrip("…"))  # "&&" is a printed "&"
            if id(act) in stance:
                name = f"Set stance: {name}"
            elif id(act) in panels:
                name = f"Show the {name} panel"
            keys = ", ".join(dict.fromkeys(s.toString(QKeySequence.SequenceFormat.NativeText) for s in act.shortcuts()))
            rows.append((name, keys))
        rows.append(("Leave a text field, back to the claims", "Esc"))
        rows.append(("Go to a field: its underlined letter", "Alt+letter"))
        return rows

    def show_shortcuts(self) -> QDialog:
        from PySide6.QtWidgets import (
            QDialog,
            QDialogButtonBox,
            QHeaderView,
            QLabel,
            QTableWidget,
            QTableWidgetItem,
            QVBoxLayout,  # (the dialog's classes load with it, not on the way to the window)
        )

        dialog = QDialog(self.window)
        dialog.setWindowTitle("Keyboard shortcuts")
        rows = self.shortcut_rows()
        table = QTableWidget(len(rows), 2)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels(["Action", "Keys"])
        for r, (name, keys) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(name))
            table.setItem(r, 1, QTableWidgetItem(keys))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        note = QLabel(
            "Single-letter keys and 1–5 work when no text field has the focus; Esc leaves a field. "
            f"Stance keys: {stance_keys_text(self.window.doc.brief.info.stance_scale)}. "
            "The arrow keys move through the claims table; Enter edits the selected stance."
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        dialog.resize(560, 640)
        dialog.show()
        return dialog
