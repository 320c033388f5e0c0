"""The country view: pick a country, see its line over time, where it moved, and which claims other sources confirm."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing.gui.country_view import CountryView
from briefing.gui.document import BriefDocument
from briefing.model import Brief, Claim, Position, Source

WIRE = "Germany urged restraint on Tuesday and warned that shooting down jets could escalate a confrontation."
OTHER = "Berlin's defence minister said allies must keep calm and avoid any step that might escalate matters."
EARLY = "Germany said last week it backed a firm response to the incursions."


def _brief() -> Brief:
    brief = Brief(
        sources=[
            Source("S1", outlet="Wire A", text=WIRE, published="2025-09-23", reliability="B"),
            Source("S2", outlet="Paper B", text=OTHER, published="2025-09-24", reliability="C"),
            Source("S3", outlet="Paper C", text=EARLY, published="2025-09-19", reliability="C"),
        ]
    )
    brief.claims = [
        Claim("C1", "S3", 0, len(EARLY), EARLY, event_date="2025-09-18", positions=[Position("DE", 1)]),
        Claim("C2", "S1", 0, len(WIRE), WIRE, credibility=3, positions=[Position("DE", -1)]),
        Claim("C3", "S2", 0, len(OTHER), OTHER, positions=[Position("DE", -1)]),
    ]
    return brief


def _select(view: CountryView, qtbot, actor: str) -> None:  # type: ignore[no-untyped-def]
    model = view.table.model()
    row = next(r for r in range(model.rowCount()) if f"({actor})" in str(model.index(r, 0).data()))
    rect = view.table.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_country_that_moved_shows_its_line_and_the_move(qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = BriefDocument(_brief())
    view = CountryView(doc)
    qtbot.addWidget(view)
    view.resize(600, 600)
    view.show()
    _select(view, qtbot, "DE")
    detail = view.detail
    assert "Germany" in detail.title.text()
    assert detail.chart.describe() == "18 Sep: Firm response; 23 Sep: Restraint; 24 Sep: Restraint"
    assert "DE: restraint since 23 Sep; firm response before" in detail.moved.text()
    detail.chart.grab()  # paints without a warning
    first = detail.chart.spots[0]
    assert detail.chart.point_at(first[0]).claim_id == "C1"  # hovering a dot names its claim


def test_corroboration_is_proposed_explained_and_accepted_undoably(qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = BriefDocument(_brief())
    view = CountryView(doc)
    qtbot.addWidget(view)
    view.show()
    _select(view, qtbot, "DE")
    detail = view.detail
    assert "C2, C3" in detail.corroborated.text() and "independent" in detail.corroborated.text().lower()
    assert "Copies of one story count once" in detail.corroborated.toolTip()
    assert "⚠" in detail.corroborated.text()  # the early firm response contradicts the restraint
    assert detail.accept_button.isVisibleTo(view)
    detail.accept_button.click()
    assert doc.claim("C2").credibility == 1 and doc.claim("C3").credibility == 1
    assert not detail.accept_button.isVisibleTo(view)
    doc.undo_stack.undo()
    assert doc.claim("C2").credibility == 3 and doc.claim("C3").credibility is None
