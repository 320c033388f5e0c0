"""Tradecraft in the app: findings beside the preview as links, Brief › Draft, ICD 203 marks, country view basis."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QApplication

from briefing.gui.commands import EditInfo, EditSource
from briefing.gui.models import ActorRole


def _findings(window, qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    """The panel's findings once it has checked the brief as it is now (the check runs off the GUI thread)."""
    with qtbot.waitSignal(window.checks.checked, timeout=10_000):
        window.checks.refresh()
    return [str(f) for f in window.checks.findings]


def _set_info(window, **fields) -> None:  # type: ignore[no-untyped-def]
    new = copy.copy(window.doc.brief.info)
    new.extra = copy.deepcopy(new.extra)
    for key, value in fields.items():
        setattr(new, key, value)
    window.doc.undo_stack.push(EditInfo(window.doc, new, "test edit"))


def _item(window, text: str):  # type: ignore[no-untyped-def]
    for row in range(window.checks.list.count()):
        item = window.checks.list.item(row)
        if text in item.text():
            return item
    raise AssertionError(f"no finding with {text!r}")


def test_the_sample_has_nothing_to_say_beside_the_fit_report(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert _findings(window, qtbot) == []
    assert window.checks.summary.text() == "Tradecraft check: nothing to say."
    layout = window.preview.layout()
    assert layout.indexOf(window.preview.report) + 1 == layout.indexOf(window.checks)


def test_a_finding_is_a_link_to_its_field(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _set_info(window, bluf="")
    assert "brief.bluf: empty" in _findings(window, qtbot)
    window.checks.list.itemActivated.emit(_item(window, "brief.bluf: empty"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.brief_editor.fields["bluf"], timeout=2000)


def test_a_finding_about_a_claim_selects_the_claim(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    s2 = copy.copy(window.doc.brief.source("S2"))
    s2.retracted = True
    window.doc.undo_stack.push(EditSource(window.doc, s2, "Retract S2"))
    assert any("claims[C12].positions[FR]" in f and "retracted" in f for f in _findings(window, qtbot))
    item = _item(window, "claims[C12].positions[FR]")
    window.checks.list.itemActivated.emit(item)
    assert window.current_claim_id() == "C12"


def test_an_icd_203_finding_is_marked_in_the_editor_and_selects_its_words(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bluf = "Allies are divided and Poland could fire [S1]."
    _set_info(window, bluf=bluf)
    steps = window.doc.undo_stack.count()
    findings = _findings(window, qtbot)  # the check's result re-marks the fields
    assert any("vague hedge “could”" in f for f in findings)
    edit = window.brief_editor.fields["bluf"]
    formats = edit.document().firstBlock().layout().formats()
    start = bluf.index("could")
    assert any(r.start <= start < r.start + r.length for r in formats)
    assert window.doc.undo_stack.count() == steps  # marking the text is not an edit
    window.checks.list.itemActivated.emit(_item(window, "vague hedge"))
    assert edit.textCursor().selectedText() == "could"
    tips = next(t for t in window.finding_tips if t.field == "bluf")
    assert "vague hedge" in tips.message_at(start + 1)  # what hovering over the word shows
    assert tips.message_at(0) == ""


def test_outlook_findings_are_marked_on_their_own_bullet(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _set_info(window, outlook=["Watch the council [S1].", "Poland may fire within days [S1]."])
    assert any(f.startswith("brief.outlook[1]: vague hedge “may”") for f in _findings(window, qtbot))
    edit = window.brief_editor.fields["outlook"]
    second = edit.document().findBlockByNumber(1)
    start = second.text().index("may")
    assert any(r.start <= start < r.start + r.length for r in second.layout().formats())
    assert not edit.document().firstBlock().layout().formats()
    tips = next(t for t in window.finding_tips if t.field == "outlook")
    assert "vague hedge" in tips.message_at(second.position() + start)


def test_brief_draft_fills_only_empty_fields_and_is_one_undo_step(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    for claim in list(window.doc.brief.claims):
        if claim.key:
            changed = copy.copy(claim)
            changed.key = False
            window.doc.set_claim(changed)
    _set_info(window, bluf="", title="Untitled brief", assessment="Mine, not the draft's.")
    steps = window.doc.undo_stack.index()
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus.index("Brief") == menus.index("Help") - 1
    window.act_draft.trigger()
    info = window.doc.brief.info
    assert info.title.startswith("Allies split over whether to shoot down")
    assert info.bluf.startswith("Allies are split on whether to shoot down Russian aircraft")
    assert info.assessment == "Mine, not the draft's."
    assert any(c.key for c in window.doc.brief.claims)
    assert window.doc.undo_stack.index() == steps + 1
    _findings(window, qtbot)
    assert window.brief_editor.fields["bluf"].toolTip().startswith("A first draft")
    edit = window.brief_editor.fields["bluf"]
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, " Edited.")
    _findings(window, qtbot)
    assert edit.toolTip() == ""
    while window.doc.undo_stack.index() > steps:
        window.act_undo.trigger()
    assert window.doc.brief.info.bluf == ""
    assert window.doc.brief.info.title == "Untitled brief"
    assert not any(c.key for c in window.doc.brief.claims)


def test_the_country_view_shows_the_words_that_place_each_country(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = window.countries.model
    model.refresh()
    column = model.COLUMNS.index("Basis")
    rows = {model.index(r, 0).data(ActorRole): model.index(r, column).data() for r in range(model.rowCount())}
    assert rows["EE"].startswith("Estonia requested consultations") and rows["EE"].endswith("…")
    assert "Germany warned against" in rows["DE"]
    assert "Donald Trump" in rows["US"]


def test_a_downgraded_source_is_flagged_in_the_country_view(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    s1 = copy.copy(window.doc.brief.source("S1"))
    s1.reliability, s1.downgraded_from = "E", "B"
    window.doc.undo_stack.push(EditSource(window.doc, s1, "Downgrade S1"))
    model = window.countries.model
    model.refresh()
    flags = model.COLUMNS.index("Flags")
    rows = {model.index(r, 0).data(ActorRole): model.index(r, flags).data() for r in range(model.rowCount())}
    assert "S1 downgraded to E" in rows["DE"]
    assert any("downgraded from B to E" in f for f in _findings(window, qtbot))
    assert "S1" in _item(window, "downgraded from B to E").text()


def test_retracting_and_downgrading_in_the_sources_panel(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.sources
    panel.list.setCurrentRow(1)  # S2
    panel.retracted.click()
    assert window.doc.brief.source("S2").retracted
    assert "RETRACTED" in panel.list.item(1).text()
    assert any(f.startswith("sources[S2]: retracted") for f in _findings(window, qtbot))
    window.act_undo.trigger()
    assert not window.doc.brief.source("S2").retracted
    panel.list.setCurrentRow(0)  # S1, graded B
    index = panel.reliability.findData("E")
    panel.reliability.setCurrentIndex(index)
    panel.reliability.activated.emit(index)
    source = window.doc.brief.source("S1")
    assert (source.reliability, source.downgraded_from) == ("E", "B")
    assert "downgraded from B" in panel.list.item(0).text()
