"""The journal of unsaved edits: what a crash leaves behind is enough to bring back every edit."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import small_brief

from briefing import journal, storage
from briefing.journal import Journal, JournalError
from briefing.model import Brief, Claim, Position, Source

ROOT = Path(__file__).resolve().parents[2]


def edit_title(brief: Brief, title: str) -> None:
    brief.info = dataclasses.replace(brief.info, title=title)


def edit_claim(brief: Brief, row: int, **changes: object) -> None:
    brief.claims[row] = dataclasses.replace(brief.claims[row], **changes)  # type: ignore[arg-type]


def same(a: Brief, b: Brief) -> bool:
    return storage.dumps(a) == storage.dumps(b)


def test_every_edit_is_on_disk_when_record_returns(tmp_path: Path) -> None:
    brief = small_brief()
    j = Journal(tmp_path / "rec")
    j.bind(tmp_path / "a.brief.json")
    j.reset(brief)
    assert journal.pending(tmp_path / "rec") == []  # nothing unsaved yet
    edit_title(brief, "First")
    assert j.record(brief, "Edit title")
    edit_claim(brief, 0, note="checked", positions=[Position("DE", -2)])
    j.record(brief, "Edit C1")
    brief.claims.pop(1)
    j.record(brief, "Delete C2")
    brief.sources.append(Source(id="S2", title="More", text="France agreed."))
    brief.claims.append(Claim("C3", "S2", 0, 14, "France agreed.", positions=[Position("FR", 1)]))
    j.record(brief, "Import")
    brief.extra["x-team"] = {"desk": "east"}
    j.record(brief, "Extra")
    assert not j.record(brief, "nothing changed")
    # Whatever happens to this process now, the record holds the brief as it is on screen.
    assert same(journal.replay(j.folder), brief)  # type: ignore[arg-type]
    j.close()
    [found] = journal.pending(tmp_path / "rec")
    assert found.path == (tmp_path / "a.brief.json").resolve()
    assert found.edits == 5
    assert "5 unsaved edits" in found.describe()
    assert same(found.load(), brief)


def test_a_live_window_keeps_its_record_to_itself(tmp_path: Path) -> None:
    brief = small_brief()
    j = Journal(tmp_path)
    j.reset(brief)
    edit_title(brief, "Mine")
    j.record(brief)
    assert journal.pending(tmp_path) == []  # its window is alive: not offered to another start
    other = Journal(tmp_path)
    j.close()
    [found] = journal.pending(tmp_path)
    other.adopt(found)
    with pytest.raises(JournalError, match="in use"):
        Journal(tmp_path).adopt(found)  # a second window cannot take it too


def test_a_record_left_by_a_killed_process_is_offered(tmp_path: Path) -> None:
    code = (
        "import os, sys, dataclasses\n"
        f"sys.path.insert(0, {str(ROOT / 'tests')!r})\n"
        "from helpers import small_brief\n"
        "from briefing.journal import Journal\n"
        "b = small_brief()\n"
        f"j = Journal(__import__('pathlib').Path({str(tmp_path)!r}))\n"
        "j.bind('crisis.brief.json')\n"
        "j.reset(b)\n"
        "b.info = dataclasses.replace(b.info, title='Edited before the kill')\n"
        "j.record(b, 'Edit title')\n"
        "os.kill(os.getpid(), 9)\n"
    )
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, timeout=60)
    assert out.returncode == -9, out.stderr
    [found] = journal.pending(tmp_path)
    assert found.path == elsewhere / "crisis.brief.json"  # absolute: right from any folder
    assert found.load().info.title == "Edited before the kill"


def test_a_line_cut_short_by_a_crash_is_skipped_and_writing_carries_on(tmp_path: Path) -> None:
    brief = small_brief()
    j = Journal(tmp_path)
    j.reset(brief)
    edit_title(brief, "One")
    j.record(brief)
    folder = j.folder
    assert folder is not None
    j.close()
    with open(folder / journal.EDITS, "ab") as handle:
        handle.write(b'{"n":2,"info":{"title":"half')  # the crash hit in the middle of a write
    [found] = journal.pending(tmp_path)
    assert found.edits == 1
    again = Journal(tmp_path)
    restored = again.adopt(found)
    assert restored.info.title == "One"
    edit_title(restored, "Two")
    again.record(restored)
    again.close()
    [found] = journal.pending(tmp_path)
    assert found.edits == 2
    assert found.load().info.title == "Two"


def test_saving_or_discarding_removes_the_record(tmp_path: Path) -> None:
    brief = small_brief()
    j = Journal(tmp_path)
    j.reset(brief)
    edit_title(brief, "x")
    j.record(brief)
    j.reset(brief)  # saved
    assert list(tmp_path.iterdir()) == []
    edit_title(brief, "y")
    j.record(brief)
    j.clear()  # discarded on purpose
    assert list(tmp_path.iterdir()) == []


def test_records_are_per_document(tmp_path: Path) -> None:
    a, b = small_brief(), small_brief()
    ja, jb = Journal(tmp_path), Journal(tmp_path)
    ja.bind(tmp_path / "a.brief.json")
    jb.bind(None)
    ja.reset(a)
    jb.reset(b)
    edit_title(a, "A")
    edit_title(b, "B")
    ja.record(a)
    jb.record(b)
    jb.clear()  # the second window quits without saving: the first one's record stays
    ja.close()
    [found] = journal.pending(tmp_path)
    assert found.load().info.title == "A"


def test_a_failed_write_is_reported_and_the_next_edit_rewrites_the_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    brief = small_brief()
    j = Journal(tmp_path)
    j.reset(brief)
    edit_title(brief, "one")
    j.record(brief)

    def full(*_a: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("briefing.journal.os.fsync", full)
    edit_claim(brief, 0, note="lost?")
    with pytest.raises(JournalError, match="No space left on device"):
        j.record(brief)
    monkeypatch.undo()
    edit_title(brief, "three")
    j.record(brief)
    j.close()
    [found] = journal.pending(tmp_path)
    assert same(found.load(), brief)


def test_an_unreadable_record_is_not_offered(tmp_path: Path) -> None:
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / journal.META).write_text("{not json", encoding="utf-8")
    assert journal.pending(tmp_path) == []
    assert journal.pending(tmp_path / "missing") == []


def test_the_base_is_copied_from_the_file_only_while_it_is_unchanged(tmp_path: Path) -> None:
    import hashlib

    path = tmp_path / "a.brief.json"
    brief = small_brief()
    storage.save(brief, path, backup=False)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    j = Journal(tmp_path / "rec")
    j.reset(brief, path, digest)
    edit_title(brief, "copied base")
    j.record(brief)
    assert j.folder is not None
    assert (j.folder / journal.BASE).read_bytes() == path.read_bytes()
    assert same(journal.replay(j.folder), brief)
    j.reset(brief, path, digest)  # "saved" again, but another program then rewrites the file
    path.write_text(storage.dumps(small_brief()).replace("Test brief", "Someone else's"), encoding="utf-8")
    edit_title(brief, "written base")
    j.record(brief)
    assert j.folder is not None
    assert "Someone else's" not in (j.folder / journal.BASE).read_text(encoding="utf-8")
    assert same(journal.replay(j.folder), brief)


def test_editing_a_source_does_not_write_its_article_again(tmp_path: Path) -> None:
    brief = small_brief()
    brief.sources[0] = dataclasses.replace(brief.sources[0], text=brief.sources[0].text + " " + "x" * 100_000)
    j = Journal(tmp_path)
    j.reset(brief)
    edit_title(brief, "first")
    j.record(brief)
    assert j.folder is not None
    size = (j.folder / journal.EDITS).stat().st_size
    for typed in ("R", "Re", "Reu", "Reuters"):
        brief.sources[0] = dataclasses.replace(brief.sources[0], outlet=typed)
        j.record(brief)
    assert (j.folder / journal.EDITS).stat().st_size - size < 5_000
    assert same(journal.replay(j.folder), brief)
