"""The views stay quick with many claims without changing what they show: models report the rows that changed
(a selection survives an edit and its undo), the country view aggregates again only what an edit touched, the
filter answers the same, and the article marks the selected claim."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QAbstractItemModelTester

from briefing.analysis import aggregate, silent
from briefing.editing import with_position, without_position
from briefing.gui.commands import EditClaim
from briefing.gui.models import ClaimIdRole


def _select(window, claim_id: str) -> None:  # type: ignore[no-untyped-def]
    window.select_claim(claim_id)


def _country_rows(window) -> list[tuple[str, int, int, bool, bool]]:  # type: ignore[no-untyped-def]
    rows = window.countries.model.rows
    return [
        (r, 0, 0, False, False) if isinstance(r, str) else (r.actor, r.stance, len(r.evidence), r.conflict,
                                                            r.unreviewed)
        for r in rows
    ]


def _expected_rows(window) -> list[tuple[str, int, int, bool, bool]]:  # type: ignore[no-untyped-def]
    snapshot = window.doc.snapshot()
    stances = aggregate(snapshot)
    return [(a.actor, a.stance, len(a.evidence), a.conflict, a.unreviewed) for a in stances] + [
        (r, 0, 0, False, False) for r in silent(snapshot, stances)
    ]


def test_selected_position_stays_selected_through_an_edit_and_its_undo(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    tester = QAbstractItemModelTester(
        window.inspector.positions.model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    editor = window.inspector.positions
    claim = next(c for c in window.doc.claims if len(c.positions) >= 2)
    _select(window, claim.id)
    second = claim.positions[1].actor
    editor.select_actor(second)
    editor.set_stance(-2)
    assert editor.selected_actor() == second
    assert window.doc.claim(claim.id).position_for(second).stance == -2
    window.doc.undo_stack.undo()
    assert editor.selected_actor() == second  # an undo no longer drops the analyst's place
    assert window.doc.claim(claim.id).position_for(second).stance == claim.positions[1].stance
    # Adding and removing positions changes the rows the table shows.
    rows = editor.model.rowCount()
    window.doc.undo_stack.push(EditClaim(window.doc, with_position(window.doc.claim(claim.id), "NO", 1), "add"))
    assert editor.model.rowCount() == rows + 1
    assert editor.model.index(rows, 0).data() == "Norway (NO)"
    window.doc.undo_stack.push(EditClaim(window.doc, without_position(window.doc.claim(claim.id), second), "rm"))
    assert editor.model.rowCount() == rows
    assert second not in [editor.model.index(r, 0).data() for r in range(editor.model.rowCount())]
    window.doc.undo_stack.undo()
    window.doc.undo_stack.undo()
    assert editor.model.rowCount() == rows
    del tester


def test_buttons_follow_an_accept_without_a_reset(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = window.inspector.positions
    claim = next(c for c in window.doc.claims if any(p.suggested for p in c.positions))
    _select(window, claim.id)
    actor = next(p.actor for p in claim.positions if p.suggested)
    editor.select_actor(actor)
    assert editor.accept_button.isEnabled()
    editor.accept_selected()
    assert not editor.accept_button.isEnabled()  # the accepted position is the analyst's now
    assert editor.selected_actor() == actor


def test_country_view_after_many_edits_is_the_full_aggregate(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    tester = QAbstractItemModelTester(window.countries.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model = window.countries.model
    summaries = []
    model.refreshed.connect(lambda: summaries.append(window.countries.summary.text()))
    rng = random.Random(7)
    actors = ["DE", "PL", "FR", "US", "HU", "NO"]
    for step in range(30):
        claim = rng.choice(window.doc.claims)
        if step % 5 == 4 and claim.positions:
            new = without_position(claim, claim.positions[0].actor)
        else:
            new = with_position(claim, rng.choice(actors), rng.choice([-2, -1, 0, 1, 2, None]))
        window.doc.undo_stack.push(EditClaim(window.doc, new, "edit"))
        if step % 3 == 0:
            model.refresh()
            assert _country_rows(window) == _expected_rows(window)
    for _ in range(12):
        window.doc.undo_stack.undo()
    model.refresh()
    assert _country_rows(window) == _expected_rows(window)
    assert summaries and "countries" in window.countries.summary.text()
    del tester


def test_country_view_keeps_its_selection_when_stances_change(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = window.countries.model
    model.refresh()
    table = window.countries.table
    table.selectRow(0)
    actor = table.currentIndex().data(Qt.ItemDataRole.DisplayRole)
    first = model.rows[0]
    claim = first.evidence[0].claim
    position = first.evidence[0].position
    # The same stance again, accepted: the rows stay the same countries, so the selection stays.
    window.doc.undo_stack.push(EditClaim(window.doc, with_position(claim, position.actor, position.stance), "same"))
    model.refresh()
    assert table.currentIndex().data(Qt.ItemDataRole.DisplayRole) == actor


def test_filter_by_text_reads_text_note_and_speaker_in_any_case(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    proxy = window.proxy
    claim = window.doc.claims[0]
    proxy.set_filters(text=claim.text[5:25].upper())
    shown = [proxy.index(r, 0).data(ClaimIdRole) for r in range(proxy.rowCount())]
    assert claim.id in shown
    proxy.set_filters(text="zebra crossing")
    assert proxy.rowCount() == 0
    # An edit that puts the words in a note brings the claim back; the filter sees the new claim, not a stale copy.
    from dataclasses import replace

    window.doc.undo_stack.push(EditClaim(window.doc, replace(claim, note="About a Zebra Crossing"), "note"))
    assert [proxy.index(r, 0).data(ClaimIdRole) for r in range(proxy.rowCount())] == [claim.id]
    proxy.set_filters(text="zebra crossing")  # the same filter again changes nothing
    assert proxy.rowCount() == 1
    window.doc.undo_stack.undo()
    assert proxy.rowCount() == 0
    speaker = next(c for c in window.doc.claims if c.speaker)
    proxy.set_filters(text=speaker.speaker.lower())
    assert speaker.id in [proxy.index(r, 0).data(ClaimIdRole) for r in range(proxy.rowCount())]
    proxy.set_filters(text="")
    assert proxy.rowCount() == len(window.doc.claims)


def test_the_article_marks_the_selected_claim(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    def bold() -> list[tuple[int, int]]:
        return [
            (s.cursor.selectionStart(), s.cursor.selectionEnd())
            for s in window.article.text.extraSelections()
            if s.format.fontWeight() == QFont.Weight.DemiBold
        ]

    for claim in (window.doc.claims[2], window.doc.claims[-1], window.doc.claims[0]):
        _select(window, claim.id)
        qtbot.waitUntil(lambda claim=claim: bold() == [(claim.start, claim.end)], timeout=2000)
        assert len(window.article.text.extraSelections()) > 1  # the other claims in view are shaded too
