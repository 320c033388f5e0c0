"""The keyboard, driven on the real window with the Brief tab showing: keys act only on what the analyst can see,
or bring their target to the front first; every panel has a key; Escape returns to the claims; application
shortcuts work from every field; the stance keys name their place on the scale."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QMenu, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key press as the user makes it: to the widget that has the keyboard focus."""
    qtbot.keyClick(focus(), k, mods)


def on_screen(widget: QWidget) -> bool:
    """Tabbed docks that are not on top stay 'visible' to Qt but are moved off-screen."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


@pytest.fixture
def brief_showing(window, qtbot):  # type: ignore[no-untyped-def]
    window.docks["brief"].raise_()
    window.table.setFocus()
    qtbot.waitUntil(lambda: on_screen(window.brief_editor) and window.table.hasFocus())
    assert not on_screen(window.inspector)
    window.select_claim("C6")
    return window


def test_alt_letter_brings_a_hidden_field_forward_before_typing_into_it(brief_showing, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = brief_showing
    key(qtbot, Qt.Key.Key_T, ALT)  # Tags, in the Claim panel behind the Brief tab
    assert focus() is window.inspector.tags
    assert on_screen(window.inspector.tags)  # the analyst sees where the typing goes
    assert not on_screen(window.brief_editor)


def test_alt_letter_for_a_brief_field_goes_to_the_brief_field(brief_showing, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = brief_showing
    key(qtbot, Qt.Key.Key_A, ALT)
    assert focus() is window.brief_editor.fields["assessment"]
    key(qtbot, Qt.Key.Key_L, ALT)
    assert focus() is window.brief_editor.fields["title"]


def test_every_mnemonic_in_the_window_is_used_once(window) -> None:  # type: ignore[no-untyped-def]
    """Alt+A was both Accept and Assessment: menus, field labels and buttons share one set of letters."""
    owners: dict[str, list[str]] = {}

    def note(text: str) -> None:
        mnemonic = QKeySequence.mnemonic(text)
        if not mnemonic.isEmpty():
            owners.setdefault(mnemonic.toString(), []).append(text)

    for action in window.menuBar().actions():
        note(action.text())
    for label in window.findChildren(QLabel):
        if label.buddy() is not None:
            note(label.text())
    for button in window.findChildren(QAbstractButton):
        note(button.text())
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert clashes == {}
    assert len(owners) >= 15

    def menu_clashes(menu: QMenu) -> list[list[str]]:
        letters: dict[str, list[str]] = {}
        found = []
        for action in menu.actions():
            mnemonic = QKeySequence.mnemonic(action.text()).toString()
            if mnemonic:
                letters.setdefault(mnemonic, []).append(action.text())
            sub = action.menu()
            if isinstance(sub, QMenu):
                found += menu_clashes(sub)
        return found + [v for v in letters.values() if len(v) > 1]

    menus = [a.menu() for a in window.menuBar().actions()]
    assert [c for m in menus if isinstance(m, QMenu) for c in menu_clashes(m)] == []


def test_claim_keys_bring_the_claim_panel_forward_and_say_what_they_did(brief_showing, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = brief_showing
    claim = window.doc.claim("C6")
    assert claim is not None and claim.positions
    actor = window.inspector.positions.selected_actor()
    key(qtbot, Qt.Key.Key_R)
    assert on_screen(window.inspector)
    assert window.doc.claim("C6").position_for(actor) is None
    assert actor in window.statusBar().currentMessage() and "Ctrl+Z" in window.statusBar().currentMessage()

    window.docks["brief"].raise_()
    window.table.setFocus()
    window.select_claim("C1")
    was_key = window.doc.claim("C1").key
    key(qtbot, Qt.Key.Key_E)
    assert on_screen(window.inspector)
    assert window.doc.claim("C1").key != was_key
    assert "key evidence" in window.statusBar().currentMessage().lower()


def test_every_panel_has_a_key_that_raises_and_focuses_it(brief_showing, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = brief_showing
    expected = {
        "1": window.table,
        "2": window.article,
        "3": window.inspector,
        "4": window.brief_editor,
        "5": window.sources,
        "6": window.countries,
        "7": window.preview,
    }
    for digit, panel in expected.items():
        window.docks["sources"].raise_()  # something else on top each time
        key(qtbot, getattr(Qt.Key, f"Key_{digit}"), CTRL)
        assert on_screen(panel), digit
        assert panel is focus() or panel.isAncestorOf(focus()), digit
    key(qtbot, Qt.Key.Key_4, CTRL)
    assert focus() is window.brief_editor.fields["title"]


def test_view_menu_brief_raises_the_brief(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    brief = next(a for a in view.actions() if a.text().replace("&", "") == "Brief")
    window.docks["inspector"].raise_()
    assert not on_screen(window.brief_editor)
    brief.trigger()
    assert on_screen(window.brief_editor)
    brief.trigger()  # again: still there, not hidden
    assert on_screen(window.brief_editor)


def test_ctrl_tab_and_ctrl_page_down_move_between_panels(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.docks["inspector"].raise_()
    window.inspector.speaker.setFocus()
    qtbot.waitUntil(lambda: window.inspector.speaker.hasFocus())
    key(qtbot, Qt.Key.Key_Tab, CTRL)
    assert window.brief_editor.isAncestorOf(focus()) and on_screen(window.brief_editor)
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert window.sources.isAncestorOf(focus()) and on_screen(window.sources)
    key(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert window.brief_editor.isAncestorOf(focus())
    key(qtbot, Qt.Key.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.inspector.isAncestorOf(focus()) and on_screen(window.inspector)
    seen = set()
    for _ in range(7):
        key(qtbot, Qt.Key.Key_Tab, CTRL)
        seen.add(window.keys.current_panel())
    assert seen == set(range(7))  # all seven panels, round and back


def test_escape_leaves_a_text_field_for_the_claims(brief_showing, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = brief_showing
    bottom = window.brief_editor.fields["organisation"]
    bottom.setFocus()
    qtbot.waitUntil(bottom.hasFocus)
    before = bottom.text()
    key(qtbot, Qt.Key.Key_Escape)
    assert focus() is window.table
    first = window.current_claim_id()
    key(qtbot, Qt.Key.Key_J)
    assert bottom.text() == before  # J did not type into the field
    assert window.current_claim_id() != first


def test_escape_still_cancels_a_table_edit(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.select_claim("C6")
    table = window.inspector.positions.table
    window.docks["inspector"].raise_()
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 1))
    stance = window.doc.claim("C6").positions[0].stance
    table.edit(table.currentIndex())
    qtbot.waitUntil(lambda: table.indexWidget(table.currentIndex()) is not None or focus() is not table)
    key(qtbot, Qt.Key.Key_Escape)
    assert window.doc.claim("C6").positions[0].stance == stance
    assert focus() is not window.table  # Escape closed the editor; it did not jump to the claims


class X11LineEditKeys(QObject):
    """What a line edit does under X11's key scheme (the xcb platform), which the offscreen platform lacks:
    it claims Ctrl+E (end of line) and Ctrl+K before any window shortcut."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() & CTRL and event.key() in (Qt.Key.Key_E, Qt.Key.Key_K):
                event.accept()
        return False


@pytest.mark.parametrize("field", ["title", "question", "bluf", "filter", "speaker", "add"])
def test_ctrl_e_exports_from_every_field(brief_showing, qtbot, monkeypatch, field: str) -> None:  # type: ignore[no-untyped-def]
    window = brief_showing
    asked: list[str] = []

    def save_dialog(_parent, title, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(title)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    widget = {
        "title": window.brief_editor.fields["title"],
        "question": window.brief_editor.fields["question"],
        "bluf": window.brief_editor.fields["bluf"],
        "filter": window.filter_edit,
        "speaker": window.inspector.speaker,
        "add": window.inspector.positions.add_edit,
    }[field]
    x11 = X11LineEditKeys(widget)
    widget.installEventFilter(x11)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    key(qtbot, Qt.Key.Key_E, CTRL)
    assert asked == ["Export the brief as PDF"]
    widget.removeEventFilter(x11)


def test_typing_in_a_field_still_edits_it(brief_showing, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = brief_showing
    title = window.brief_editor.fields["title"]
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    title.selectAll()
    qtbot.keyClicks(title, "Jets 1 to 5 are REAL")  # letters and digits that are also window keys
    assert title.text() == "Jets 1 to 5 are REAL"
    assert window.doc.brief.info.title == "Jets 1 to 5 are REAL"


def test_stance_keys_name_their_place_on_the_scale(brief_showing, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = brief_showing
    texts = [a.text() for a in window.stance_actions]
    assert texts == [
        "Strong restraint (\u22122)",
        "Restraint (\u22121)",
        "Non-committal (0)",
        "Firm response (+1)",
        "Escalation (+2)",
    ]
    assert [a.shortcut().toString() for a in window.stance_actions] == ["1", "2", "3", "4", "5"]
    tip = window.inspector.positions.table.toolTip()
    assert "1 Strong restraint (\u22122)" in tip and "5 Escalation (+2)" in tip
    actor = window.inspector.positions.selected_actor()
    key(qtbot, Qt.Key.Key_4)
    assert window.doc.claim("C6").position_for(actor).stance == 1
    message = window.statusBar().currentMessage()
    assert message.startswith("4 → ") and "Firm response (+1)" in message
    assert on_screen(window.inspector)
    rows = dict(window.keys.shortcut_rows())
    assert rows["Set stance: Strong restraint (\u22122)"] == "1"
    assert rows["Show the Brief panel"] == "Ctrl+4"


def test_renamed_scale_labels_follow_on_the_keys(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.brief_editor._set_label(2, "Shoot down")
    assert window.stance_actions[4].text() == "Shoot down (+2)"
    window.brief_editor._set_label(1, "Intercept & escort")
    assert QKeySequence.mnemonic(window.stance_actions[3].text()).isEmpty()  # the "&" is printed, not a mnemonic
    assert dict(window.keys.shortcut_rows())["Set stance: Intercept & escort (+1)"] == "4"
    assert "5 Shoot down (+2)" in window.inspector.positions.table.toolTip()


def test_a_country_added_with_c_has_no_stance_until_one_is_chosen(brief_showing, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = brief_showing
    window.select_claim("C1")
    window.table.setFocus()
    key(qtbot, Qt.Key.Key_C)
    positions = window.inspector.positions
    assert focus() is positions.add_edit and on_screen(positions.add_edit)
    qtbot.keyClicks(positions.add_edit, "Turkey")
    qtbot.keyClick(positions.add_edit, Qt.Key.Key_Return)
    assert [(p.actor, p.stance) for p in window.doc.claim("C1").positions] == [("TR", None)]
    assert "stance not set" in positions.model.index(0, 1).data()
    assert "1 Strong restraint (\u22122)" in window.statusBar().currentMessage()
    counted = {row.actor for row in window.countries.model.rows if not isinstance(row, str)}
    assert "TR" not in counted  # not counted as a stance, so not on the page either
    key(qtbot, Qt.Key.Key_1)
    assert window.doc.claim("C1").positions[0].stance == -2
    assert window.statusBar().currentMessage().startswith("1 → Türkiye (TR) in C1: Strong restraint (\u22122)")


def test_an_ungraded_claim_has_the_same_grade_in_the_app_and_on_the_page(window) -> None:  # type: ignore[no-untyped-def]
    from briefing.analysis import evidence_by_actor

    claim = window.doc.claim("C4")
    window.inspector.set_claim("C4")
    window.inspector.credibility.setCurrentIndex(0)
    window.inspector.credibility.activated.emit(0)
    assert window.doc.claim("C4").credibility is None
    row = window.doc.row_of(claim.id)
    shown = window.claims_model.index(row, 4).data()
    printed = {e.grade for ev in evidence_by_actor(window.doc.brief).values() for e in ev if e.claim.id == "C4"}
    assert printed == {shown} == {"B\u2013"}


def test_a_click_on_another_tab_takes_the_keyboard_along(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typing never goes into a panel that went behind another tab."""
    window.docks["brief"].raise_()
    title = window.brief_editor.fields["title"]
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    before = title.text()
    window.docks["inspector"].raise_()  # what a click on the Claim tab does
    qtbot.waitUntil(lambda: not title.hasFocus())
    assert on_screen(focus())
    assert window.inspector.isAncestorOf(focus())
    qtbot.keyClicks(focus(), "x")
    assert title.text() == before


def test_a_accepts_with_the_brief_showing_and_says_so(brief_showing, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = brief_showing
    assert not window.doc.claim("C6").reviewed
    key(qtbot, Qt.Key.Key_A)
    assert window.doc.claim("C6").reviewed
    assert on_screen(window.inspector)
    assert "Accept" in window.statusBar().currentMessage()
    key(qtbot, Qt.Key.Key_A)  # nothing left to accept: it says why instead of doing nothing silently
    assert window.statusBar().currentMessage().startswith("No suggestions waiting in C6")


def test_opening_the_stance_list_and_leaving_it_changes_nothing(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Enter opens the stance list; leaving it without a choice (F1, a click elsewhere) must not accept the
    suggestion, and a choice is written."""
    window.select_claim("C6")
    window.docks["inspector"].raise_()
    table = window.inspector.positions.table
    table.setFocus()
    index = table.model().index(0, 1)
    table.setCurrentIndex(index)
    table.edit(index)
    qtbot.waitUntil(lambda: table.indexWidget(index) is not None)
    window.table.setFocus()  # the editor loses the focus: Qt commits what it holds
    qtbot.waitUntil(lambda: table.indexWidget(index) is None)
    assert window.doc.claim("C6").positions[0].suggested
    table.edit(index)
    qtbot.waitUntil(lambda: table.indexWidget(index) is not None)
    combo = table.indexWidget(index)
    combo.setCurrentIndex(4)
    combo.activated.emit(4)  # what choosing an entry does
    window.table.setFocus()
    qtbot.waitUntil(lambda: table.indexWidget(index) is None)
    position = window.doc.claim("C6").positions[0]
    assert (position.stance, position.suggested) == (2, False)
