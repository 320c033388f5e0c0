"""File › Merge: the curation dialog shows every disagreement side by side and settles each one, undoably."""

from __future__ import annotations

from pathlib import Path

from briefing import storage
from briefing.assets import sample_brief_path
from briefing.model import Position


def _colleague(tmp_path: Path) -> Path:
    other = storage.load(sample_brief_path())
    other.claims[1].positions[0].stance = 2  # C2: DE -1 in mine, +2 in theirs
    de_stance = other.claims[1].positions[0]
    assert de_stance.actor == "DE"
    other.claims[6].positions = []  # C7: theirs holds that Hungary takes no position
    other.claims[6].rejected = ["HU"]
    other.claims[0].positions.append(Position("NO", -1))  # new, not a disagreement
    path = tmp_path / "colleague.brief.json"
    storage.save(other, path)
    return path


def _stances(window, claim_id: str, actor: str) -> list[int]:  # type: ignore[no-untyped-def]
    text = window.doc.claim(claim_id).text
    return sorted(p.stance for c in window.doc.claims if c.text == text for p in c.positions if p.actor == actor)


def test_curation_settles_each_disagreement_each_way_and_undoes(window, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.merge_file(str(_colleague(tmp_path)))
    dialog = window.curation_dialog
    assert dialog.isVisible()
    table = dialog.table
    rows = {table.item(r, 1).text(): r for r in range(table.rowCount())}
    assert set(rows) == {"Germany (DE)", "Hungary (HU)"}
    assert table.item(rows["Hungary (HU)"], 3).text() == "no position"
    assert "Cohen's kappa" in dialog.figures.text() and "too few items" in dialog.figures.text()
    # Until settled, mine is kept and the claim says so: nothing dropped silently.
    c2 = window.doc.claim("C2")
    assert c2.position_for("DE").stance == -1 and "disputed" in c2.tags and "Open disagreement on DE" in c2.note
    assert window.doc.claim("C1").position_for("NO") is not None

    table.selectRow(rows["Germany (DE)"])
    dialog.buttons["theirs"].click()
    assert _stances(window, "C2", "DE") == [2] and "disputed" not in window.doc.claim("C2").tags
    assert table.item(rows["Germany (DE)"], 4).text() == "take theirs"
    table.selectRow(rows["Germany (DE)"])
    dialog.buttons["both"].click()  # a change of mind: both readings, the colleague's as a second claim
    assert _stances(window, "C2", "DE") == [-1, 2]
    table.selectRow(rows["Germany (DE)"])
    dialog.buttons["mine"].click()
    assert _stances(window, "C2", "DE") == [-1]
    dialog.settle("theirs", rows["Hungary (HU)"])
    assert window.doc.claim("C7").position_for("HU") is None and "HU" in window.doc.claim("C7").rejected
    assert "All 2 disagreements settled" in dialog.status.text()

    dialog.undo_button.click()  # Hungary back to open: mine kept
    assert window.doc.claim("C7").position_for("HU") is not None
    assert table.item(rows["Hungary (HU)"], 4).text() == "open"
    window.act_undo.trigger()  # DE: back to both readings
    assert _stances(window, "C2", "DE") == [-1, 2]
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert _stances(window, "C2", "DE") == [-1] and "disputed" in window.doc.claim("C2").tags
    window.act_undo.trigger()  # the merge itself
    assert window.doc.claim("C1").position_for("NO") is None
    storage.loads(storage.dumps(window.doc.brief))
    dialog.close()


def test_a_file_that_cannot_be_read_is_reported(window, tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.brief.json"
    bad.write_text("{", encoding="utf-8")
    assert not window.merge_file(str(bad))
    assert dialogs.errors and dialogs.errors[0][0] == "Could not merge the brief"
