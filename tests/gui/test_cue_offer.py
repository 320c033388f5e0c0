"""Suggestions learn from the analyst (issue 9, point 4): a position added by hand offers its words as a cue for this
brief, in the positions editor, with a button; accepting is one undoable step, and Suggest again then uses the cue."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing.gui.commands import ReplaceBrief
from briefing.model import Brief, Claim, Source

TEXT = "Poland bristled at Moscow on Tuesday. Hungary bristled at Brussels."


def bristling_brief() -> Brief:
    brief = Brief()
    brief.info.title = "Cue test"
    brief.sources.append(Source(id="S1", title="T", outlet="O", text=TEXT, reliability="B"))
    cut = TEXT.index(". ") + 1
    brief.claims.append(Claim("C1", "S1", 0, cut, TEXT[:cut]))
    brief.claims.append(Claim("C2", "S1", cut + 1, len(TEXT), TEXT[cut + 1 :]))
    return brief


def add_poland_by_hand(window, qtbot):  # type: ignore[no-untyped-def]
    window.doc.undo_stack.push(ReplaceBrief(window.doc, bristling_brief(), "Open test brief"))
    window.select_claim("C1")
    editor = window.inspector.positions
    qtbot.waitUntil(lambda: editor.add_edit.isEnabled(), timeout=2000)
    editor._add_from_text("Poland")
    assert not editor.cue_offer.isVisible(), "no offer before the analyst has chosen a stance"
    editor.set_stance(2)
    return editor


def test_a_position_added_by_hand_offers_its_words_as_a_cue(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = add_poland_by_hand(window, qtbot)
    offer = editor.cue_offer
    qtbot.waitUntil(offer.isVisible, timeout=2000)
    assert "Use “bristl* at” as a cue in this brief?" in offer.text.text()
    assert "You placed PL by hand" in offer.text.text() and "“Firm response”" in offer.text.text()  # explained
    qtbot.mouseClick(offer.button, Qt.MouseButton.LeftButton)
    assert not offer.isVisible()
    cues = window.doc.brief.extra["suggestion_learning"]["cues"]
    assert [c["phrase"] for c in cues] == ["bristl* at"] and cues[0]["polarity"] == 1
    assert "is now a cue in this brief" in window.statusBar().currentMessage()
    assert not window.doc.undo_stack.isClean()

    # Suggest again: Hungary, in the other claim, is now suggested on the analyst's own words.
    window.select_claim("C2")
    window.suggest_current()
    hungary = window.doc.claim("C2").position_for("HU")
    assert hungary is not None and hungary.suggested and hungary.stance > 0
    assert "bristl" in hungary.cue


def test_accepting_a_cue_is_undone_and_the_offer_comes_back(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = add_poland_by_hand(window, qtbot)
    offer = editor.cue_offer
    qtbot.waitUntil(offer.isVisible, timeout=2000)
    offer.button.click()
    assert "bristl* at" in [c["phrase"] for c in window.doc.brief.extra["suggestion_learning"]["cues"]]
    window.doc.undo_stack.undo()
    assert "suggestion_learning" not in window.doc.brief.extra
    assert offer.isVisible(), "the offer is back for the same position"
    window.doc.undo_stack.redo()
    assert not offer.isVisible()


def test_suggested_positions_offer_nothing(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.doc.undo_stack.push(ReplaceBrief(window.doc, bristling_brief(), "Open test brief"))
    window.select_claim("C1")
    window.suggest_current()  # "bristled at" is not in the lexicon: nothing, or a suggestion with its own cue
    for pos in window.doc.claim("C1").positions:
        window.inspector.positions.select_actor(pos.actor)
        assert not window.inspector.positions.cue_offer.isVisible()
