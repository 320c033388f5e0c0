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


def test_an_article_imported_in_the_app_is_read_toward_the_question(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # the same reading as `briefing import --question`: toward the brief's question, with the article around each
    # claim (here a stopping measure: urging Beijing to lift the ban is for it, where the general reading of "lift"
    # is a step down)
    set_question(window, "Should China lift its ban on Japanese seafood imports?")
    article = tmp_path / "seafood.txt"
    article.write_text(
        "Seafood row deepens\n\nThe ministers met in Tokyo on Monday. Japan called on Beijing to lift the ban "
        "immediately, calling it scientifically unfounded.\n",
        encoding="utf-8",
    )
    assert window.import_file(str(article))
    claims = window.doc.brief.claims_of(window.doc.brief.sources[-1].id)
    japan = [p for c in claims for p in c.positions if p.actor == "JP"]
    assert japan and all(p.stance > 0 for p in japan)


def test_suggesting_all_runs_behind_a_progress_dialog(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    window.progress_delay = 0.0
    window.suggest_all()
    timer.stop()
    assert window.last_progress == "Suggest positions for all claims…"
    assert ticks  # the event loop kept turning while the claims were read
    assert "Suggestions updated" in window.statusBar().currentMessage()


def test_cancelling_suggest_all_changes_nothing(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    before = copy.deepcopy(window.doc.claims)
    monkeypatch.setattr(window, "progress_shown", lambda dialog: dialog.findChild(QPushButton).click())
    window.progress_delay = 0.0
    window.suggest_all()
    assert window.doc.claims == before
    assert "cancelled" in window.statusBar().currentMessage()
