"""The app offers to suggest again when the analyst changes the key question, and keeps the analyst's positions."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QMessageBox

from briefing.gui.commands import EditInfo


def set_question(window, text: str) -> None:  # type: ignore[no-untyped-def]
    info = copy.copy(window.doc.brief.info)
    info.question = text
    window.doc.undo_stack.push(EditInfo(window.doc, info, "Edit question"))


def test_changing_the_question_offers_to_suggest_again(window, qtbot, dialogs) -> None:  # type: ignore[no-untyped-def]
    window.question_watch.timer.setInterval(0)
    mine = {(c.id, p.actor, p.stance) for c in window.doc.claims for p in c.positions if not p.suggested}
    dialogs.answer = QMessageBox.StandardButton.Yes
    set_question(window, "Should the alliance shoot down Russian aircraft over its territory?")
    qtbot.waitUntil(lambda: bool(dialogs.questions), timeout=3000)
    assert "shoot down Russian aircraft" in dialogs.questions[-1]
    qtbot.waitUntil(lambda: "new question" in window.statusBar().currentMessage(), timeout=5000)
    after = {(c.id, p.actor, p.stance) for c in window.doc.claims for p in c.positions if not p.suggested}
    assert after == mine  # the analyst's own positions are untouched


def test_declining_changes_nothing(window, qtbot, dialogs) -> None:  # type: ignore[no-untyped-def]
    window.question_watch.timer.setInterval(0)
    before = copy.deepcopy(window.doc.claims)
    dialogs.answer = QMessageBox.StandardButton.No
    set_question(window, "Should the EU impose tariffs on imported steel?")
    qtbot.waitUntil(lambda: bool(dialogs.questions), timeout=3000)
    assert window.doc.claims == before
