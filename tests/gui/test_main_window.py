"""The app as an analyst uses it, driven through the real widgets."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QTableWidget

from briefing import storage
from briefing.gui.models import ClaimIdRole


def press(qtbot, window, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """A key press as the user makes it: to the widget that has the keyboard focus."""
    qtbot.keyClick(QApplication.focusWidget() or window, key)


def select(window, claim_id: str) -> None:  # type: ignore[no-untyped-def]
    window.select_claim(claim_id)
    assert window.current_claim_id() == claim_id


def test_opens_on_the_sample_with_every_part_named(window) -> None:  # type: ignore[no-untyped-def]
    assert window.windowTitle() == "Sample brief[*] — Briefing"
    assert not window.isWindowModified()
    assert window.current_claim_id() == "C6"  # the first claim with a suggestion to review
    assert window.proxy.rowCount() == 12
    for name in (
        "articleView",
        "claimsTable",
        "claimInspector",
        "positionsEditor",
        "countryView",
        "briefEditor",
        "briefPreview",
        "filterEdit",
    ):
        widget = window.findChild(QApplication.instance().allWidgets()[0].__class__.__mro__[-2], name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_create_main_window_opens_the_sample(qtbot, settings, dialogs) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui import create_main_window

    win = create_main_window()
    qtbot.addWidget(win)
    assert win.doc.brief.info.title == "Allies split on shooting down Russian aircraft"
    win.close()


def test_selecting_a_claim_fills_the_inspector_and_the_article(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.table.setFocus()
    select(window, "C1")
    press(qtbot, window, Qt.Key.Key_J)
    press(qtbot, window, Qt.Key.Key_J)
    assert window.current_claim_id() == "C3"
    assert "C3" in window.inspector.heading.text()
    assert window.inspector.speaker.text() == "US President Donald Trump"
    assert window.article.current_claim == "C3"
    press(qtbot, window, Qt.Key.Key_K)
    assert window.current_claim_id() == "C2"
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.current_claim_id() == "C3"


def test_clicking_a_claim_in_the_article_selects_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    claim = window.doc.claim("C5")
    window.article.show_source("S1")
    text = window.article.text
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(text.document())
    cursor.setPosition(claim.start + 5)
    rect = text.cursorRect(cursor)
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_claim_id() == "C5"


def test_add_a_position_by_keyboard_only(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    select(window, "C1")
    window.table.setFocus()
    assert window.doc.claim("C1").positions == []
    press(qtbot, window, Qt.Key.Key_C)
    assert window.inspector.positions.add_edit.hasFocus()
    qtbot.keyClicks(window.inspector.positions.add_edit, "Turkey")
    qtbot.keyClick(window.inspector.positions.add_edit, Qt.Key.Key_Return)
    assert [(p.actor, p.stance) for p in window.doc.claim("C1").positions] == [("TR", None)]  # until chosen
    qtbot.keyClick(window.inspector.positions.table, Qt.Key.Key_5)
    position = window.doc.claim("C1").positions[0]
    assert (position.actor, position.stance, position.origin) == ("TR", 2, "analyst")
    assert window.isWindowModified()


@pytest.mark.parametrize(
    ("typed", "code"),
    [("UK", "GB"), ("the Kremlin", "RU"), ("Brussels", "EU"), ("NATO", "NATO"), ("Türkiye", "TR"), ("Czechia", "CZ")],
)
def test_completer_knows_the_names_people_type(window, qtbot, typed: str, code: str) -> None:  # type: ignore[no-untyped-def]
    select(window, "C1")
    edit = window.inspector.positions.add_edit
    edit.setFocus()
    edit.setText(typed)  # QTest cannot type non-ASCII keys; the completer sees the same text
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert code in [p.actor for p in window.doc.claim("C1").positions]


def test_accept_a_suggestion_then_undo_and_redo(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    select(window, "C6")
    window.table.setFocus()
    gb = window.doc.claim("C6").position_for("GB")
    assert gb.origin == "suggested" and gb.cue
    assert "ready to" in window.inspector.positions.model.index(0, 3).data()
    assert "ready to" in window.inspector.positions.why.text()
    press(qtbot, window, Qt.Key.Key_A)
    assert window.doc.claim("C6").position_for("GB").origin == "analyst"
    assert window.isWindowModified()
    window.act_undo.trigger()
    assert window.doc.claim("C6").position_for("GB").origin == "suggested"
    assert not window.isWindowModified()
    window.act_redo.trigger()
    assert window.doc.claim("C6").position_for("GB").origin == "analyst"


def test_reject_is_undoable_and_remembered(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    select(window, "C6")
    window.inspector.positions.select_actor("GB")
    window.inspector.positions.reject_selected()
    assert window.doc.claim("C6").positions == []
    assert window.doc.claim("C6").rejected == ["GB"]
    window.suggest_current()
    assert window.doc.claim("C6").positions == []
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert window.doc.claim("C6").position_for("GB") is not None


def test_every_inspector_edit_can_be_undone(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    select(window, "C7")
    inspector = window.inspector
    qtbot.keyClicks(inspector.speaker, "Hungarian spokesman")
    inspector.note.setFocus()
    qtbot.keyClicks(inspector.note, "Silent on purpose")
    inspector.credibility.setCurrentIndex(1)
    inspector.credibility.activated.emit(1)
    qtbot.keyClick(window.table, Qt.Key.Key_E)
    claim = window.doc.claim("C7")
    assert (claim.speaker, claim.note, claim.credibility, claim.key) == (
        "Hungarian spokesman",
        "Silent on purpose",
        1,
        True,
    )
    while window.doc.undo_stack.canUndo():
        window.act_undo.trigger()
    claim = window.doc.claim("C7")
    assert (claim.speaker, claim.note, claim.credibility, claim.key) == ("", "", 2, False)
    assert not window.isWindowModified()


def test_save_reopen_and_find_the_change(window, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "mine.brief.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    select(window, "C1")
    window.inspector.positions.add_edit.setText("Greece")
    window.inspector.positions.add_edit.returnPressed.emit()
    window.inspector.positions.set_stance(-2)
    window.act_save.trigger()
    assert target.is_file()
    assert window.windowTitle() == "mine.brief.json[*] — Briefing"
    assert not window.isWindowModified()
    window.new_brief()
    assert window.proxy.rowCount() == 0
    assert window.open_path(str(target))
    assert window.doc.claim("C1").position_for("GR").stance == -2
    assert window.settings.value("files/last") == str(target.resolve())


def test_failed_open_shows_the_core_message_and_keeps_the_work(window, tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.brief.json"
    data = storage.dumps(window.doc.brief).replace('"stance": -1', '"stance": 7', 1)
    bad.write_text(data, encoding="utf-8")
    select(window, "C1")
    window.inspector.positions.add_edit.setText("Italy")
    window.inspector.positions.add_edit.returnPressed.emit()
    assert not window.open_path(str(bad))
    assert dialogs.errors and "7 is outside -2..2" in dialogs.errors[-1][1]
    assert window.doc.claim("C1").position_for("IT") is not None
    assert bad.read_text(encoding="utf-8") == data


def test_failed_save_keeps_the_work_and_says_why(window, tmp_path: Path, dialogs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "missing" / "x.brief.json"), ""))
    )
    select(window, "C1")
    window.inspector.positions.add_edit.setText("Spain")
    window.inspector.positions.add_edit.returnPressed.emit()
    assert not window.save()
    assert "does not exist" in dialogs.errors[-1][1]
    assert window.isWindowModified()
    assert window.doc.claim("C1").position_for("ES") is not None


def test_export_pdf(window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "brief.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.act_export.trigger()
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert len(reader.pages) == 1
    assert "Allies split on shooting down Russian aircraft" in reader.pages[0].extract_text()
    assert "Exported" in window.statusBar().currentMessage()


def test_filter_by_country_from_the_country_view(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = window.countries.model
    row = next(r for r in range(model.rowCount()) if getattr(model.rows[r], "actor", "") == "LV")
    index = model.index(row, 0)
    rect = window.countries.table.visualRect(index)
    qtbot.mouseClick(window.countries.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    ids = {window.proxy.index(r, 0).data(ClaimIdRole) for r in range(window.proxy.rowCount())}
    assert ids == {"C4", "C10"}
    assert window.country_filter.currentData() == "LV"
    window.clear_filters()
    assert window.proxy.rowCount() == 12


def test_filters_by_text_stance_and_review(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.table.setFocus()
    press(qtbot, window, Qt.Key.Key_Slash)
    assert window.filter_edit.hasFocus()
    qtbot.keyClicks(window.filter_edit, "AIRSPACE")
    expected = {c.id for c in window.doc.claims if "airspace" in c.text.lower()}
    assert len(expected) > 3
    assert {window.proxy.index(r, 0).data(ClaimIdRole) for r in range(window.proxy.rowCount())} == expected
    window.clear_filters()
    window.stance_filter.setCurrentIndex(window.stance_filter.findData(2))
    window.stance_filter.activated.emit(window.stance_filter.currentIndex())
    assert [window.proxy.index(r, 0).data(ClaimIdRole) for r in range(window.proxy.rowCount())] == ["C5"]
    window.clear_filters()
    window.reviewed_filter.setCurrentIndex(1)
    window.reviewed_filter.activated.emit(1)
    assert [window.proxy.index(r, 0).data(ClaimIdRole) for r in range(window.proxy.rowCount())] == ["C6"]


def test_models_pass_qt_model_tester(window) -> None:  # type: ignore[no-untyped-def]
    testers = [
        QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Fatal)
        for m in (window.claims_model, window.proxy, window.countries.model, window.inspector.positions.model)
    ]
    select(window, "C4")
    window.inspector.positions.set_stance(2)
    window.split_at_cursor()
    window.proxy.set_filters(text="Poland")
    window.proxy.sort(3, Qt.SortOrder.DescendingOrder)
    window.countries.model.refresh()
    window.act_undo.trigger()
    # The testers abort the run on any broken model invariant; what the models show after all that:
    assert window.proxy.rowCount() == 1 and window.proxy.index(0, 0).data(ClaimIdRole) == "C4"
    assert window.countries.model.rowCount() == len(window.countries.model.rows) > 10
    del testers


def test_live_preview_follows_edits(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.preview.rendered, timeout=5000):
        window.preview.render_now()
    assert window.preview.pdf.pageCount() == 1
    window.brief_editor.fields["title"].setFocus()
    window.brief_editor.fields["title"].selectAll()
    qtbot.keyClicks(window.brief_editor.fields["title"], "Allies divided")
    assert window.doc.brief.info.title == "Allies divided"

    # A render that started before the last key may finish first: wait for the one that shows the edit (a busy
    # machine once delivered the earlier one to a wait on the next "rendered" signal).
    def shows_the_edit() -> bool:
        last = window.preview.last
        return last is not None and "Allies divided" in PdfReader(io.BytesIO(last.pdf)).pages[0].extract_text()

    qtbot.waitUntil(shows_the_edit, timeout=10000)
    assert window.preview.report.text().startswith("One page.")


def test_import_an_article_with_suggestions(window, seed_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.import_file(str(seed_path))
    source = window.doc.brief.sources[-1]
    assert source.outlet == "Bloomberg"
    claims = window.doc.brief.claims_of(source.id)
    assert len(claims) == 3
    assert {p.actor for p in claims[1].positions} >= {"DE", "US", "PL"}
    assert window.article.source_id == source.id
    window.act_undo.trigger()
    assert window.doc.brief.sources[-1].id != source.id


def test_import_failure_is_a_dialog(window, tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 20)
    assert not window.import_file(str(junk))
    assert "binary" in dialogs.errors[-1][1]


def test_paste_text_and_drop_files(window, tmp_path: Path, seed_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.import_text("Estonia called for tougher sanctions on Monday. Hungary refused to back them.")
    assert window.doc.brief.sources[-1].text.startswith("Estonia called")
    copy = tmp_path / "seed.txt"
    shutil.copy(seed_path, copy)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(copy))])
    event = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    assert window.doc.brief.sources[-1].outlet == "Bloomberg"


def test_new_claim_split_and_merge(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    select(window, "C5")
    claim = window.doc.claim("C5")
    cursor = window.article.text.textCursor()
    cursor.setPosition(claim.start + claim.text.index(" and said"))
    window.article.text.setTextCursor(cursor)
    window.split_at_cursor()
    first = window.doc.claim("C5")
    assert first.text.endswith("Polish airspace")
    second = window.doc.claim("C13")
    assert second.text.startswith("and said there was")
    window.merge_with_next()
    assert window.doc.claim("C5").text == claim.text
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert window.doc.claim("C5").text == claim.text


def test_close_asks_to_save(window, dialogs) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    select(window, "C1")
    window.inspector.toggle_key()
    dialogs.answer = QMessageBox.StandardButton.Cancel
    window.close()
    assert window.isVisible() and dialogs.questions
    dialogs.answer = QMessageBox.StandardButton.Discard
    window.close()
    assert not window.isVisible()


def test_f1_lists_the_shortcuts(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.act_shortcuts.trigger()
    dialog = window._shortcuts_dialog
    assert isinstance(dialog, QDialog) and dialog.isVisible()
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Next Claim"] == "J" and rows["Previous Claim"] == "K"
    assert rows["Accept Suggestions"] == "A" and rows["Filter Claims"] == "/"
    assert rows["Undo"] == "Ctrl+Z" and rows["Toggle Key Evidence"] == "E"
    assert rows["Set stance: Escalation (+2)"] == "5"
    dialog.close()


def test_brief_editor_and_overrides_are_undoable(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = window.brief_editor
    editor.overrides.insertRow(0)
    from PySide6.QtWidgets import QTableWidgetItem

    editor.overrides.setItem(0, 0, QTableWidgetItem("France"))
    editor.overrides.setItem(0, 1, QTableWidgetItem("-2"))
    assert window.doc.brief.info.overrides["FR"].stance == -2
    assert window.countries.model.rows
    window.act_undo.trigger()
    assert "FR" not in window.doc.brief.info.overrides


def test_window_layout_and_recent_files_are_kept(window, qtbot, settings, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui.main_window import MainWindow

    target = tmp_path / "kept.brief.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.docks["preview"].hide()
    window.act_save_as.trigger()
    window.close()
    assert settings.value("window/state") is not None
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.open_path(None)  # the last file, not the sample
    assert again.doc.path == target.resolve() or again.doc.path == target
    assert not again.docks["preview"].isVisibleTo(again)
    again._fill_recent()
    assert any("kept.brief.json" in a.text() for a in again.recent_menu.actions())
    again.close()


def test_typing_in_a_field_is_one_undo_step(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    select(window, "C2")
    before = window.doc.undo_stack.count()
    qtbot.keyClicks(window.inspector.speaker, "Boris Pistorius")
    assert window.doc.undo_stack.count() == before + 1
    qtbot.keyClicks(window.brief_editor.fields["analyst"], "J. Doe")
    assert window.doc.undo_stack.count() == before + 2
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert window.doc.claim("C2").speaker == "German defence ministry"
    assert window.doc.brief.info.analyst == "A. Analyst"


def test_the_roster_can_be_chosen_or_typed(window) -> None:  # type: ignore[no-untyped-def]
    editor = window.brief_editor
    index = editor.roster_preset.findData("EU")
    editor.roster_preset.setCurrentIndex(index)
    editor.roster_preset.activated.emit(index)
    assert window.doc.brief.info.roster == window.doc.registry.roster("EU")
    editor.roster_edit.setText("Germany, PL, the Baltic states")
    editor.roster_edit.editingFinished.emit()
    assert window.doc.brief.info.roster == ["DE", "PL", "EE", "LV", "LT"]
    assert editor.roster_preset.currentData() == "custom"
    window.act_undo.trigger()
    assert window.doc.brief.info.roster == window.doc.registry.roster("EU")


def test_delete_a_claim_and_undo(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    select(window, "C9")
    window.table.setFocus()
    press(qtbot, window, Qt.Key.Key_Delete)
    assert window.doc.claim("C9") is None and window.proxy.rowCount() == 11
    window.act_undo.trigger()
    assert window.doc.claim("C9") is not None and window.proxy.rowCount() == 12


def test_remove_a_source_and_undo(window, dialogs) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    panel = window.sources
    panel.list.setCurrentRow(1)
    dialogs.answer = QMessageBox.StandardButton.Yes
    panel.remove_current()
    assert [s.id for s in window.doc.brief.sources] == ["S1"]
    assert all(c.source == "S1" for c in window.doc.claims) and window.proxy.rowCount() == 7
    window.act_undo.trigger()
    assert [s.id for s in window.doc.brief.sources] == ["S1", "S2"] and window.proxy.rowCount() == 12
    assert [c.id for c in window.doc.claims] == [f"C{n}" for n in range(1, 13)]


def test_a_long_import_runs_behind_a_progress_dialog(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    long = tmp_path / "long.txt"
    body = "\n\n".join(
        f"Germany warned against the plan on day {i}. Poland backed it again on day {i}." for i in range(1500)
    )
    long.write_text("A long report\n" + body, encoding="utf-8")
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)  # the event loop keeps running while the import works in its thread
    window.progress_delay = 0.0
    assert window.import_file(str(long))
    timer.stop()
    assert window.last_progress == "Importing long.txt…"
    assert ticks
    assert len(window.doc.brief.claims_of(window.doc.brief.sources[-1].id)) == 3000


def test_merge_another_analysts_brief(window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from briefing.assets import sample_brief_path
    from briefing.model import Position

    other = storage.load(sample_brief_path())
    other.claims[0].positions.append(Position("NO", -1))
    other.claims[1].positions[0].stance = 2  # disagrees with DE -1
    path = tmp_path / "colleague.brief.json"
    storage.save(other, path)
    assert window.merge_file(str(path))
    assert window.doc.claim("C1").position_for("NO") is not None
    assert window.doc.claim("C2").position_for("DE").stance == -1
    table = window.curation_dialog.table  # the disagreements, side by side (tests/gui/test_curation.py)
    assert [table.item(0, c).text() for c in range(1, 4)] == ["Germany (DE)", "Restraint (-1)", "Escalation (+2)"]
    window.curation_dialog.close()
    window.act_undo.trigger()
    assert window.doc.claim("C1").position_for("NO") is None


def test_the_users_own_actor_list_is_used(qtbot, settings, dialogs) -> None:  # type: ignore[no-untyped-def]
    import json as _json

    from PySide6.QtCore import QStandardPaths

    from briefing.gui.main_window import MainWindow

    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation))
    folder.mkdir(parents=True, exist_ok=True)
    mine = folder / "actors.json"
    mine.write_text(_json.dumps({"countries": {"DE": {"aliases": ["Bundesrepublik"]}}}), encoding="utf-8")
    try:
        win = MainWindow(settings)
        qtbot.addWidget(win)
        win.open_path(None)
        assert win.doc.registry.resolve("Bundesrepublik") == ["DE"]
        win.close()
    finally:
        mine.unlink()
