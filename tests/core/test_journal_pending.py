"""The journal counts edits as the analyst sees them (undo steps) and keeps text half-typed in a field."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from briefing import journal
from briefing.journal import Journal
from briefing.model import Brief, BriefInfo


def titled(title: str) -> Brief:
    return Brief(info=BriefInfo(title=title))


def test_letters_typed_in_one_step_count_as_one_edit(tmp_path: Path) -> None:
    record = Journal(tmp_path)
    record.reset(Brief())
    for typed in ("A", "Al", "All"):  # one undo step, merged as it is typed
        record.record(titled(typed), "Edit title", steps=1)
    record.record(titled("All"), "Edit title", steps=2)  # a second step that changed nothing written yet
    record.close()
    [found] = journal.pending(tmp_path)
    assert found.edits == 2 and "2 unsaved edits" in found.describe()
    assert found.load().info.title == "All"


def test_half_typed_text_is_kept_as_typed_and_cleared_when_it_is_gone(tmp_path: Path) -> None:
    record = Journal(tmp_path)
    record.reset(Brief())
    assert record.record(Brief(), steps=0, pending={"event_date:C3": "2025-0"})  # nothing else unsaved
    record.record(Brief(), steps=0, pending={"event_date:C3": "2025-09", "roster": "Poland, Ger"})
    record.close()
    [found] = journal.pending(tmp_path)
    assert found.pending == {"event_date:C3": "2025-09", "roster": "Poland, Ger"}
    assert "half-typed text in the event date of C3, the roster" in found.describe()
    again = Journal(tmp_path)
    brief = again.adopt(found)
    assert brief.info == Brief().info  # never a partial value in the brief
    again.record(dataclasses.replace(brief, info=BriefInfo(roster=["PL"])), steps=1, pending={})
    again.close()
    [found] = journal.pending(tmp_path)
    assert found.pending == {} and found.edits == 1 and found.load().info.roster == ["PL"]


def test_a_record_written_before_steps_were_counted_counts_its_lines(tmp_path: Path) -> None:
    record = Journal(tmp_path)
    record.reset(Brief())
    record.record(titled("A"))
    record.record(titled("AB"))
    record.close()
    [found] = journal.pending(tmp_path)
    lines = (found.folder / journal.EDITS).read_text(encoding="utf-8").splitlines()
    assert all("e" not in json.loads(line) for line in lines)
    assert found.edits == 2
