"""Never lose a keystroke: the real app killed with SIGKILL at several moments, started again every way,
and the work found, restored to its own file and saved there; plus the journal, lock and watcher in the window."""

from __future__ import annotations

import dataclasses
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from briefing import journal, storage
from briefing.gui import lifecycle
from briefing.gui.commands import EditClaim, EditInfo

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).resolve().parent / "recovery_driver.py"


class App:
    """The real app in a subprocess, with a home, settings and data folders of its own."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_RUNTIME_DIR": str(home / "runtime"),
            "PYTHONPATH": str(ROOT),
        }
        (home / "runtime").mkdir(parents=True, exist_ok=True)
        os.chmod(home / "runtime", 0o700)

    def records(self) -> list[journal.Recovery]:
        return journal.pending(self.home / "data" / "Briefing" / "Briefing" / "recovery")

    def start(self, cwd: Path, *args: str, **env: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, str(DRIVER), *args],
            cwd=cwd,
            env={**self.env, **env},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def run_until(self, cwd: Path, until: str, *args: str, **env: str) -> list[str]:
        """Start, read its lines until one starts with ``until``, then SIGKILL it at once."""
        proc = self.start(cwd, *args, **env)
        lines: list[str] = []
        assert proc.stdout is not None
        try:
            for line in proc.stdout:
                lines.append(line.strip())
                if line.startswith(until):
                    proc.send_signal(signal.SIGKILL)
                    break
        finally:
            proc.kill()
            _out, err = proc.communicate(timeout=60)
        assert any(line.startswith(until) for line in lines), (lines, err)
        assert proc.returncode == -signal.SIGKILL
        return lines

    def run(self, cwd: Path, *args: str, **env: str) -> list[str]:
        proc = self.start(cwd, *args, **env)
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, (out, err)
        assert "Traceback" not in err, err
        return out.splitlines()


@pytest.mark.slow
def test_sigkill_at_any_moment_loses_no_edit_however_the_app_is_started_again(tmp_path: Path) -> None:
    app = App(tmp_path / "home")
    work, elsewhere = tmp_path / "work", tmp_path / "elsewhere"
    work.mkdir()
    elsewhere.mkdir()
    original = storage.load(ROOT / "resources" / "sample.brief.json")
    storage.save(original, work / "crisis.brief.json", backup=False)
    before = (work / "crisis.brief.json").read_bytes()

    # Killed before any edit: nothing to offer.
    app.run_until(work, "IDLE", "open", "crisis.brief.json")
    assert app.records() == []

    # Killed right after the third edit, started as `briefing open crisis.brief.json` from its folder.
    app.run_until(work, "EDIT 3", "open", "crisis.brief.json", DRIVER_EDITS="1,2,3")
    [record] = app.records()
    assert record.path == work / "crisis.brief.json"
    assert (work / "crisis.brief.json").read_bytes() == before  # nothing saved behind the analyst's back

    # Started again with the file name: the work is offered, restored, edited further, killed again.
    lines = app.run_until(work, "EDIT 5", "open", "crisis.brief.json", DRIVER_RECOVER="restore", DRIVER_EDITS="4,5")
    offered = [line for line in lines if line.startswith("OFFERED")]
    assert len(offered) == 1 and str(work / "crisis.brief.json") in offered[0]
    assert "6 unsaved edits" in offered[0]  # a note and a title typed letter by letter, three times: 6 undo steps
    assert f"OPENED {work / 'crisis.brief.json'} modified=True title='Title 3'" in lines

    # Started from another folder, without a file name, declining: the work stays for later.
    lines = app.run_until(elsewhere, "IDLE", DRIVER_RECOVER="")
    assert any(line.startswith("OFFERED") and "10 unsaved edits" in line for line in lines), lines
    assert len(app.records()) == 1

    # From another folder again, restoring and saving: it goes to the real file, with every edit.
    lines = app.run(elsewhere, DRIVER_RECOVER="restore", DRIVER_SAVE="1")
    assert f"SAVED True {work / 'crisis.brief.json'}" in lines, lines
    saved = storage.load(work / "crisis.brief.json")
    assert [c.note for c in saved.claims[:5]] == [f"note {n}" for n in range(1, 6)]
    assert saved.info.title == "Title 5"
    assert saved.claims[5:] == original.claims[5:]
    assert sorted(p.name for p in elsewhere.iterdir()) == []  # nothing written where the app was started
    assert sorted(p.name for p in work.iterdir()) == ["crisis.brief.json", "crisis.brief.json.bak"]
    assert app.records() == []  # saved: the recovery record is gone


@pytest.mark.slow
def test_an_untitled_brief_killed_after_its_first_edit_is_offered_back(tmp_path: Path) -> None:
    app = App(tmp_path / "home")
    app.run_until(tmp_path, "EDIT new", DRIVER_NEW="1")
    [record] = app.records()
    assert record.path is None
    lines = app.run_until(tmp_path, "IDLE", DRIVER_RECOVER="restore")
    assert any("untitled brief (Untitled work)" in line for line in lines if line.startswith("OFFERED"))
    assert "OPENED None modified=True title='Untitled work'" in lines


# -- in the window ------------------------------------------------------------------------------------------


def note(window, row: int, text: str) -> None:  # type: ignore[no-untyped-def]
    claim = window.doc.claims[row]
    window.doc.undo_stack.push(EditClaim(window.doc, dataclasses.replace(claim, note=text), "Note"))


def crash(window) -> None:  # type: ignore[no-untyped-def]
    """What a kill does to the window's journal: it stops, its record stays, its locks go."""
    window.life.journal.close()
    window.life._release_lock()
    window.doc.undo_stack.setClean()
    window.life._closed = True


@pytest.fixture
def brief_file(sample_path: Path) -> Path:
    return sample_path.resolve()


@pytest.fixture
def make_window(qtbot, settings, dialogs):  # type: ignore[no-untyped-def]
    from briefing.gui.main_window import MainWindow

    made = []

    def make(path: Path | None = None):  # type: ignore[no-untyped-def]
        win = MainWindow(settings)
        qtbot.addWidget(win)
        if path is not None:
            assert win.open_path(str(path))
        made.append(win)
        return win

    yield make
    import shiboken6

    for win in made:
        if shiboken6.isValid(win) and shiboken6.isValid(win.doc.undo_stack):
            win.doc.undo_stack.setClean()
            win.setWindowModified(False)


def test_restored_work_is_saved_to_its_own_file_from_any_folder(
    make_window, brief_file: Path, dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make_window(brief_file)
    note(first, 0, "edited before the crash")
    crash(first)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    dialogs.recover = "restore"
    again = make_window()
    assert again.life.offer_recovery(None)
    assert again.doc.path == brief_file
    assert again.isWindowModified()
    assert str(brief_file.parent) in again.windowTitle()  # which file it is, wherever the app started
    assert again.save()
    assert storage.load(brief_file).claims[0].note == "edited before the crash"
    assert list(elsewhere.iterdir()) == []
    assert journal.pending(lifecycle.recovery_dir()) == []


def test_quitting_one_window_keeps_the_other_windows_recovery(make_window, brief_file: Path, dialogs) -> None:
    other_file = brief_file.with_name("other.brief.json")
    shutil.copy(brief_file, other_file)
    first, second = make_window(brief_file), make_window(other_file)
    note(first, 0, "first window's work")
    note(second, 1, "second window's work")
    crash(first)
    dialogs.answer = QMessageBox.StandardButton.Discard
    second.close()  # the analyst discards the second window's changes on purpose
    [record] = journal.pending(lifecycle.recovery_dir())
    assert record.path == brief_file
    assert record.load().claims[0].note == "first window's work"
    record.discard()


def test_two_crashed_windows_are_both_offered(make_window, brief_file: Path, dialogs) -> None:
    other_file = brief_file.with_name("other.brief.json")
    shutil.copy(brief_file, other_file)
    first, second = make_window(brief_file), make_window(other_file)
    note(first, 0, "one")
    note(second, 0, "two")
    crash(first)
    crash(second)
    dialogs.recover = "restore"
    again = make_window()
    assert again.life.offer_recovery(str(other_file))
    assert [len(offer) for offer in dialogs.recoveries] == [2]
    assert again.doc.path == other_file  # the file asked for comes to this window, the other to a new one
    [extra] = [w for w in lifecycle._windows if w is not again]
    assert extra.doc.path == brief_file and extra.doc.claims[0].note == "one"
    extra.doc.undo_stack.setClean()
    extra.setWindowModified(False)
    extra.close()
    lifecycle._windows.clear()


def test_opening_a_file_with_unsaved_work_offers_it(make_window, brief_file: Path, dialogs) -> None:
    first = make_window(brief_file)
    note(first, 2, "kept")
    crash(first)
    dialogs.answer = QMessageBox.StandardButton.Yes
    again = make_window(brief_file)
    assert any("Restore them?" in q for q in dialogs.questions)
    assert again.doc.claims[2].note == "kept" and again.isWindowModified()


def test_a_failed_journal_write_is_said_in_the_status_bar(
    make_window, brief_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = make_window(brief_file)

    def full(*_a: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:  # (monkeypatch.undo would also undo the dialogs' patches)
        patched.setattr("briefing.journal.os.fsync", full)
        note(win, 0, "x")
        assert "recovery journal" in win.statusBar().currentMessage()
        assert "No space left on device" in win.statusBar().currentMessage()
    note(win, 1, "y")
    assert "again" in win.statusBar().currentMessage()
    [record] = [r for r in journal.pending(lifecycle.recovery_dir()) if r.path == brief_file] or [None]
    assert record is None  # the window is alive: its record is not offered to others
    assert win.life.journal.active


def test_a_failed_save_keeps_the_work_in_memory_and_journal_and_save_as_works(
    make_window, brief_file: Path, dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = make_window(brief_file)
    note(win, 0, "precious")
    os.chmod(brief_file, 0o444)
    assert not win.save()
    assert "read-only" in dialogs.errors[-1][1]
    assert win.isWindowModified() and win.life.journal.active
    target = tmp_path / "elsewhere.brief.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert win.save_as()
    assert storage.load(target).claims[0].note == "precious"
    assert not win.isWindowModified() and not win.life.journal.active
    os.chmod(brief_file, 0o644)


def test_a_broken_last_file_offers_its_backup(make_window, brief_file: Path, dialogs, settings) -> None:
    storage.save(storage.load(brief_file), brief_file)  # a backup beside it
    brief_file.write_text("{ cut short", encoding="utf-8")
    settings.setValue("files/last", str(brief_file))
    dialogs.answer = QMessageBox.StandardButton.Yes
    win = make_window()
    assert win.open_path(None)
    assert any(".bak" in q for q in dialogs.questions)
    assert win.doc.path == brief_file and win.isWindowModified()
    assert win.life.journal.folder is not None  # a crash now brings back the backup, bound to the file
    assert storage.dumps(journal.replay(win.life.journal.folder)) == storage.dumps(win.doc.brief)
    note(win, 0, "repaired")
    assert storage.dumps(journal.replay(win.life.journal.folder)) == storage.dumps(win.doc.brief)
    assert win.save()
    assert storage.load(brief_file).claims[0].note == "repaired"


# -- changed on disk, and the lock ---------------------------------------------------------------------------


def change_on_disk(path: Path, title: str) -> None:
    brief = storage.load(path)
    brief.info = dataclasses.replace(brief.info, title=title)
    storage.save(brief, path)


def test_a_change_on_disk_is_noticed_on_focus_and_can_be_reloaded(make_window, brief_file: Path, dialogs) -> None:
    win = make_window(brief_file)
    change_on_disk(brief_file, "Changed by someone else")
    dialogs.choice = "Reload"
    win.life.check_disk()  # what activating the window does
    assert dialogs.choices and dialogs.choices[-1][1][:3] == ["Reload", "Keep Mine", "Save As…"]
    assert win.doc.brief.info.title == "Changed by someone else"
    assert not win.isWindowModified()


def test_a_save_never_silently_overwrites_a_change_on_disk(
    make_window, brief_file: Path, dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = make_window(brief_file)
    note(win, 0, "mine")
    change_on_disk(brief_file, "Theirs")  # `briefing import --append`, another window, another program
    dialogs.choice = "Cancel"
    assert not win.save()
    assert storage.load(brief_file).info.title == "Theirs"
    target = tmp_path / "mine.brief.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialogs.choice = "Save As…"
    assert win.save()  # saved, elsewhere
    assert win.doc.path == target and not win.isWindowModified()
    assert storage.load(target).claims[0].note == "mine"
    assert storage.load(brief_file).info.title == "Theirs"


def test_keep_mine_overwrites_only_when_chosen(make_window, brief_file: Path, dialogs) -> None:
    win = make_window(brief_file)
    note(win, 0, "mine")
    change_on_disk(brief_file, "Theirs")
    dialogs.choice = "Keep Mine"
    assert win.save()
    assert storage.load(brief_file).claims[0].note == "mine"
    assert storage.load(brief_file.with_name(brief_file.name + ".bak")).info.title == "Theirs"  # theirs kept aside


def test_a_deleted_file_is_noticed(make_window, brief_file: Path, dialogs) -> None:
    win = make_window(brief_file)
    brief_file.unlink()
    dialogs.choice = "Save Here Again"
    win.life.check_disk()
    assert "deleted or moved" in dialogs.choices[-1][0]
    assert brief_file.exists()


def test_the_watcher_reports_a_change_while_the_window_is_active(make_window, brief_file: Path, dialogs, qtbot) -> None:
    win = make_window(brief_file)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    dialogs.choice = "Keep Mine"
    change_on_disk(brief_file, "Watched")
    qtbot.waitUntil(lambda: bool(dialogs.choices), timeout=5000)
    assert "changed by another program" in dialogs.choices[-1][0]


def test_a_second_window_on_the_same_file_is_told(make_window, brief_file: Path, dialogs) -> None:
    make_window(brief_file)
    dialogs.answer = QMessageBox.StandardButton.No
    second = make_window()
    assert not second.open_path(str(brief_file))
    assert any("is open in another Briefing window" in q for q in dialogs.questions)
    assert second.doc.path != brief_file


def test_a_lock_left_by_a_killed_process_does_not_stick(make_window, brief_file: Path, dialogs) -> None:
    lock_dir, lock_path = lifecycle.lock_dir, lifecycle.lock_path

    lock_dir().mkdir(parents=True, exist_ok=True)
    code = (
        "import os\n"
        "from PySide6.QtCore import QLockFile\n"
        f"lock = QLockFile({str(lock_path(brief_file))!r})\n"
        "assert lock.tryLock(0)\n"
        "os.kill(os.getpid(), 9)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert out.returncode == -9
    assert lock_path(brief_file).exists()
    win = make_window()
    assert win.open_path(str(brief_file))
    assert dialogs.questions == []  # the dead owner's lock is stale: no question


def test_typing_edits_each_reach_the_journal(make_window, brief_file: Path) -> None:
    win = make_window(brief_file)
    doc = win.doc
    for typed in ("T", "Ty", "Typ"):
        doc.undo_stack.push(EditInfo(doc, dataclasses.replace(doc.brief.info, title=typed), "Title", field="title"))
        assert win.life.journal.folder is not None
        assert journal.replay(win.life.journal.folder).info.title == typed


def test_opening_an_article_offers_to_import_it(make_window, brief_file: Path, dialogs, tmp_path: Path) -> None:
    win = make_window(brief_file)
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Poland warned Russia on Monday. Germany urged calm.</p></body></html>")
    dialogs.answer = QMessageBox.StandardButton.Yes
    sources = len(win.doc.brief.sources)
    assert win.open_path(str(page))
    assert "is an article, not a brief file" in dialogs.questions[-1]
    assert len(win.doc.brief.sources) == sources + 1
    assert not any("not valid JSON" in text for _title, text in dialogs.errors)


def test_work_autosaved_by_an_earlier_version_is_offered(make_window, dialogs, tmp_path: Path) -> None:
    from helpers import small_brief

    old = lifecycle.recovery_dir().parent / "autosave"
    old.mkdir(parents=True)
    storage.save(small_brief(), old / "unsaved.brief.json", backup=False)
    (old / "unsaved.json").write_text('{"path": "crisis.brief.json", "sample": false}', encoding="utf-8")
    dialogs.recover = "restore"
    win = make_window()
    assert win.life.offer_recovery(None)
    assert win.doc.brief.info.title == "Test brief"
    assert win.doc.path is None  # stored as typed, relative: it could be anywhere, so Save asks
    assert win.isWindowModified()
    assert not (old / "unsaved.brief.json").exists()


def test_the_recovery_dialog_lists_each_document_and_restores_the_checked_ones(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QPushButton

    from briefing.gui.lifecycle import choose_recoveries
    from briefing.journal import Journal

    for name in ("a", "b"):
        j = Journal(tmp_path)
        j.bind(tmp_path / f"{name}.brief.json")
        j.reset(storage.loads(storage.dumps(storage.load(ROOT / "resources" / "sample.brief.json"))))
        brief = storage.load(ROOT / "resources" / "sample.brief.json")
        brief.info = dataclasses.replace(brief.info, title=name)
        j.record(brief)
        j.close()
    records = journal.pending(tmp_path)
    seen: list[str] = []

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
        boxes = dialog.findChildren(QCheckBox)
        seen.extend(box.text() for box in boxes)
        boxes[1].setChecked(False)
        next(b for b in dialog.findChildren(QPushButton) if b.text() == "Restore").click()

    QTimer.singleShot(100, answer)
    restore, discard = choose_recoveries(None, records)
    assert len(seen) == 2 and all("1 unsaved edit, the last at" in text for text in seen)
    assert restore == records[:1] and discard == []


def test_the_changed_on_disk_question_names_its_choices(qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    from briefing.gui.lifecycle import choose

    offered: list[str] = []

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        buttons = box.findChildren(QPushButton)
        offered.extend(b.text() for b in buttons)
        next(b for b in buttons if b.text() == "Keep Mine").click()

    QTimer.singleShot(100, answer)
    assert choose(None, "The file changed on disk", "x changed", ["Reload", "Keep Mine", "Save As…"], "Save As…") == (
        "Keep Mine"
    )
    assert sorted(offered) == ["Keep Mine", "Reload", "Save As…"]


def test_quit_with_discard_removes_the_record_without_any_error(make_window, brief_file: Path, dialogs) -> None:
    win = make_window(brief_file)
    note(win, 0, "thrown away")
    assert win.life.journal.active
    dialogs.answer = QMessageBox.StandardButton.Discard
    assert win.close()
    assert journal.pending(lifecycle.recovery_dir()) == [] and not win.life.journal.active
    assert dialogs.errors == []
    note(win, 1, "after the close")  # signals reaching a closed window's lifecycle write nothing
    assert journal.pending(lifecycle.recovery_dir()) == [] and not win.life.journal.active


def test_not_now_is_not_asked_again_when_the_file_opens(make_window, brief_file: Path, dialogs) -> None:
    first = make_window(brief_file)
    note(first, 0, "later")
    crash(first)
    dialogs.recover = ""  # Not Now
    again = make_window()
    assert not again.life.offer_recovery(str(brief_file))
    assert again.open_path(str(brief_file))
    assert dialogs.questions == []  # declined once in the list: not asked again for the same work
    assert len(journal.pending(lifecycle.recovery_dir())) == 1


def test_activating_the_window_checks_the_file(make_window, brief_file: Path, dialogs, qtbot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    win = make_window(brief_file)
    change_on_disk(brief_file, "Changed while the analyst was elsewhere")
    dialogs.choice = "Reload"
    QApplication.sendEvent(win, QEvent(QEvent.Type.WindowActivate))
    qtbot.waitUntil(lambda: bool(dialogs.choices), timeout=3000)
    assert win.doc.brief.info.title == "Changed while the analyst was elsewhere"


@pytest.mark.slow
def test_briefing_open_on_a_broken_file_offers_its_backup(tmp_path: Path) -> None:
    app = App(tmp_path / "home")
    path = tmp_path / "crisis.brief.json"
    storage.save(storage.load(ROOT / "resources" / "sample.brief.json"), path)
    storage.save(storage.load(path), path)  # a good backup beside it
    path.write_text('{"format": "briefing", "version": 1, "brief": {"title": ', encoding="utf-8")  # cut short
    lines = app.run_until(tmp_path, "IDLE", "open", str(path), DRIVER_YES="Open the backup copy?")
    assert any(line.startswith("QUESTION Open the backup copy?") for line in lines), lines
    assert f"OPENED {path} modified=True title='Allies split on shooting down Russian aircraft'" in lines
    nothing = tmp_path / "nothing.brief.json"
    nothing.write_text("{", encoding="utf-8")  # broken, no backup: one line, no window
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "open", str(nothing)], capture_output=True, text=True, env=app.env
    )
    assert result.returncode == 1 and "not valid JSON" in result.stderr and "Traceback" not in result.stderr


def test_a_change_on_disk_closed_without_a_choice_is_not_asked_on_every_focus(
    make_window, brief_file: Path, dialogs
) -> None:
    win = make_window(brief_file)
    note(win, 0, "mine")
    change_on_disk(brief_file, "Theirs")
    dialogs.choice = ""  # the question is closed
    win.life.check_disk()
    win.life.check_disk()  # the window comes to the front again
    assert len(dialogs.choices) == 1
    change_on_disk(brief_file, "Theirs again")  # a new change is a new question
    win.life.check_disk()
    assert len(dialogs.choices) == 2
    dialogs.choice = "Cancel"
    assert not win.save()  # and saving still asks
    assert len(dialogs.choices) == 3
    assert storage.load(brief_file).info.title == "Theirs again"


def test_after_every_kind_of_edit_undo_and_redo_the_journal_holds_the_screen(make_window, brief_file: Path) -> None:
    from briefing.gui.commands import AddSource, EditClaims, EditSource, RemoveSource, ReplaceBrief, ReplaceClaims
    from briefing.model import Claim, Source

    win = make_window(brief_file)
    doc = win.doc

    def on_disk_matches_screen() -> None:
        folder = win.life.journal.folder
        if doc.undo_stack.isClean():
            assert folder is None  # nothing unsaved, nothing to recover
            return
        assert folder is not None
        assert storage.dumps(journal.replay(folder)) == storage.dumps(doc.brief)

    text = "Norway backed Poland on Friday."
    source = Source(id="S9", title="Wire", outlet="Wire", text=text, reliability="C")
    claim = Claim("C99", "S9", 0, len(text), text)
    first = doc.claims[0]
    commands = [
        lambda: EditClaim(doc, dataclasses.replace(first, key=not first.key), "key"),
        lambda: EditClaims(doc, [dataclasses.replace(c, note="all") for c in doc.claims[:3]], "notes"),
        lambda: AddSource(doc, source, [claim], "import"),
        lambda: EditSource(doc, dataclasses.replace(doc.brief.sources[0], outlet="Renamed"), "outlet", field="outlet"),
        lambda: ReplaceClaims(doc, [doc.claims[1].id], [], "delete"),
        lambda: RemoveSource(doc, "S9", "remove"),
        lambda: EditInfo(doc, dataclasses.replace(doc.brief.info, question="Shoot them down?"), "question"),
        lambda: ReplaceBrief(doc, storage.load(brief_file), "merge"),
    ]
    for make in commands:
        doc.undo_stack.push(make())
        on_disk_matches_screen()
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
        on_disk_matches_screen()
    for _ in range(4):
        doc.undo_stack.redo()
        on_disk_matches_screen()


# -- half-typed text and the edit count -----------------------------------------------------------------------


def type_into(qtbot, edit, text: str, replace: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Type as the analyst does: a key at a time, into a field that has the focus."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget

    dock = edit.parent()
    while dock is not None and not isinstance(dock, QDockWidget):
        dock = dock.parent()
    if dock is not None:
        dock.raise_()  # the field is on screen, as when the analyst types into it
    edit.window().activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=3000)
    if replace:
        edit.selectAll()
    for char in text:
        qtbot.keyClick(edit, char if char != " " else Qt.Key.Key_Space)


def test_a_half_typed_event_date_and_roster_come_back_as_typed_after_a_crash(
    make_window, brief_file: Path, dialogs, qtbot
) -> None:
    win = make_window(brief_file)
    win.show()
    qtbot.waitExposed(win)
    claim_id = win.doc.claims[2].id
    win.select_claim(claim_id)
    before = win.doc.claim(claim_id)
    assert win.inspector.claim_id == claim_id
    type_into(qtbot, win.inspector.event_date, "2025-09")
    assert win.doc.claim(claim_id) == before  # not a date yet: nothing wrong in the brief
    assert "not yet a date" in win.inspector.event_date.toolTip()
    assert win.life.journal.active  # ... but on disk as typed
    roster = win.brief_editor.roster_edit
    type_into(qtbot, roster, "Poland, Germ")
    assert win.doc.brief.info.roster == ["PL"]  # what is known so far is the roster
    assert "Germ" in roster.toolTip()
    assert dialogs.errors == []
    crash(win)

    [record] = journal.pending(lifecycle.recovery_dir())
    assert record.pending == {f"event_date:{claim_id}": "2025-09", "roster": "Poland, Germ"}
    assert "half-typed text in the event date of " + claim_id in record.describe()
    dialogs.recover = "restore"
    again = make_window()
    again.show()
    assert again.life.offer_recovery(str(brief_file))
    assert again.inspector.claim_id == claim_id and again.inspector.event_date.text() == "2025-09"
    assert "not yet a date" in again.inspector.event_date.toolTip()
    assert again.brief_editor.roster_edit.text() == "Poland, Germ"
    assert again.doc.brief.info.roster == ["PL"] and again.doc.claim(claim_id) == before
    type_into(qtbot, again.inspector.event_date, "-23", replace=False)  # finished: now it is a date
    assert again.doc.claim(claim_id).event_date == "2025-09-23"
    assert again.inspector.event_date.toolTip() == ""
    type_into(qtbot, again.brief_editor.roster_edit, "any", replace=False)
    assert again.doc.brief.info.roster == ["PL", "DE"]
    assert again.life.pending.fields == {}
    assert again.save()
    saved = storage.load(brief_file)
    assert saved.claims[2].event_date == "2025-09-23" and saved.info.roster == ["PL", "DE"]
    assert journal.pending(lifecycle.recovery_dir()) == []
    assert dialogs.errors == []


def test_a_date_typed_in_a_saved_brief_is_journaled_and_gone_once_the_field_shows_the_saved_value(
    make_window, brief_file: Path, qtbot
) -> None:
    win = make_window(brief_file)
    win.show()
    qtbot.waitExposed(win)
    first, second = win.doc.claims[0].id, win.doc.claims[1].id
    win.select_claim(first)
    type_into(qtbot, win.inspector.event_date, "2025-1")
    assert not win.isWindowModified() and win.life.journal.active  # nothing edited, but text on screen
    win.select_claim(second)  # another claim's date replaces it on screen
    assert win.life.pending.fields == {} and not win.life.journal.active


def test_the_recovery_count_is_undo_steps_not_letters(make_window, brief_file: Path, dialogs, qtbot) -> None:
    win = make_window(brief_file)
    win.show()
    qtbot.waitExposed(win)
    type_into(qtbot, win.brief_editor.fields["title"], "Allies split")  # 12 letters: one undo step
    note(win, 0, "checked")
    assert win.doc.undo_stack.count() == 2
    crash(win)
    [record] = journal.pending(lifecycle.recovery_dir())
    assert record.edits == 2 and "2 unsaved edits" in record.describe()
    dialogs.recover = "restore"
    again = make_window()
    assert again.life.offer_recovery(None)
    assert "Recovered 2 unsaved edits" in again.statusBar().currentMessage()
    note(again, 1, "also checked")
    again.doc.undo_stack.undo()
    again.doc.undo_stack.redo()
    crash(again)
    [record] = journal.pending(lifecycle.recovery_dir())
    assert record.edits == 3


@pytest.mark.slow
def test_sigkill_while_a_date_and_a_roster_are_half_typed_brings_them_back_as_typed(tmp_path: Path) -> None:
    app = App(tmp_path / "home")
    path = tmp_path / "crisis.brief.json"
    storage.save(storage.load(ROOT / "resources" / "sample.brief.json"), path, backup=False)
    claim_id, day = storage.load(path).claims[2].id, storage.load(path).claims[2].event_date
    app.run_until(tmp_path, "HALF", "open", str(path), DRIVER_HALF="2025-09|Poland, Germ")
    [record] = app.records()
    assert record.pending == {f"event_date:{claim_id}": "2025-09", "roster": "Poland, Germ"}
    assert record.edits == 1  # the roster typed so far: one undo step, however many letters
    lines = app.run_until(tmp_path, "IDLE", "open", str(path), DRIVER_RECOVER="restore", DRIVER_SHOW="1")
    assert f"FIELDS claim={claim_id} date='2025-09' roster='Poland, Germ' brief_roster=PL" in lines, lines
    assert storage.load(path).claims[2].event_date == day  # nothing saved, nothing wrong in the file


def test_text_half_typed_when_the_brief_is_saved_is_still_kept(make_window, brief_file: Path, dialogs, qtbot) -> None:
    win = make_window(brief_file)
    win.show()
    qtbot.waitExposed(win)
    note(win, 0, "saved part")
    claim_id = win.doc.claims[1].id
    win.select_claim(claim_id)
    type_into(qtbot, win.inspector.event_date, "2025-1")
    assert win.save()  # the note goes to the file; the half-typed date stays on screen, and in the journal
    assert storage.load(brief_file).claims[0].note == "saved part"
    crash(win)
    [record] = journal.pending(lifecycle.recovery_dir())
    assert record.pending == {f"event_date:{claim_id}": "2025-1"} and record.edits == 0
    dialogs.recover = "restore"
    again = make_window()
    assert again.life.offer_recovery(None)
    assert again.inspector.claim_id == claim_id and again.inspector.event_date.text() == "2025-1"
