"""File › Export As offers the open formats; File › Import Annotations reads W3C annotations back, undoably."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from briefing.formats.w3c import to_w3c


def test_file_menu_offers_every_format(window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    formats = window.open_formats
    assert set(formats.export_actions) == {"csv", "matrix", "md", "w3c"}
    target = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    formats.export_actions["matrix"].trigger()
    rows = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    assert {r["country"] for r in rows} >= {"DE", "PL"}
    md = tmp_path / "brief"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(md), "")))
    formats.export_actions["md"].trigger()
    assert (tmp_path / "brief.md").read_text(encoding="utf-8").count("## Who stands where") == 1


def test_import_annotations_attaches_and_lists_orphans(window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    doc = to_w3c(window.doc.brief)
    gone = doc["first"]["items"][0]
    gone["target"]["selector"][0]["exact"] = "A sentence that is in no source at all, however hard one looks."
    gone["target"]["selector"][1] = {"type": "TextPositionSelector", "start": 0, "end": 10}
    doc["first"]["items"][2]["body"][0]["briefing:actor"] = "NO"  # a position the brief does not have yet
    path = tmp_path / "colleague.jsonld"
    path.write_text(json.dumps(doc), encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: shown.append(text)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window.open_formats.import_action.trigger()
    claim_id = doc["first"]["items"][2]["briefing:claim"]["id"]
    assert window.doc.claim(claim_id).position_for("NO") is not None
    assert shown and "1 orphaned" in shown[0] and "in no source at all" in shown[0]
    window.act_undo.trigger()
    assert window.doc.claim(claim_id).position_for("NO") is None
