"""The open document's life in one place: open, save, the journal of unsaved edits, recovery after a crash,
the lock that tells a second window the file is open elsewhere, and watching the file for changes on disk."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QDir, QEvent, QFileSystemWatcher, QLockFile, QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from .. import journal, storage
from ..assets import sample_brief_path
from ..errors import BriefingError
from ..fileio import backup_path, remove_stale_temporaries
from ..journal import Journal, JournalError, Recovery, resolved
from ..model import Brief
from .pending import pending_for

if TYPE_CHECKING:
    from .main_window import MainWindow

MAX_RECENT = 8
BRIEF_FILTER = "Brief files (*.brief.json *.json);;All files (*)"
ARTICLE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".text", ".md", ".pdf")
Signature = tuple[int, int, str]  # size, mtime in ns, sha256 of the bytes


def recovery_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


def lock_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "locks"


def lock_path(path: Path) -> Path:
    """The lock of one brief file: kept in the user's data folder, so that a read-only folder can be opened."""
    import hashlib  # with the first file opened, not on the way to the window

    digest = hashlib.sha256(str(path).encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return lock_dir() / f"{digest}.lock"


def signature(path: Path) -> Signature | None:
    """What the file on disk is now, or None when it is gone."""
    import hashlib

    try:
        info = path.stat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns, digest


def choose(parent: QObject | None, title: str, text: str, options: list[str], default: str) -> str:
    """Ask with buttons named for what they do; returns the chosen option ("" when the dialog is closed).

    The one place the lifecycle asks a question with its own buttons (tests replace it)."""
    box = QMessageBox(parent)  # type: ignore[arg-type]
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    buttons: dict[QPushButton, str] = {}
    for option in options:
        role = QMessageBox.ButtonRole.RejectRole if option == "Cancel" else QMessageBox.ButtonRole.AcceptRole
        button = box.addButton(option, role)
        buttons[button] = option
        if option == default:
            box.setDefaultButton(button)
    box.exec()
    clicked = box.clickedButton()
    return buttons.get(clicked, "") if isinstance(clicked, QPushButton) else ""


def choose_recoveries(parent: QObject | None, records: list[Recovery]) -> tuple[list[Recovery], list[Recovery]]:
    """Show every document with unsaved work; returns (to restore, to discard). The rest is kept for later."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox  # (with the dialog, not on the way to the window)

    dialog = QDialog(parent)  # type: ignore[arg-type]
    dialog.setWindowTitle("Recover unsaved work")
    layout = QVBoxLayout(dialog)
    head = QLabel(
        "Briefing was closed without saving these documents (a crash, a power cut, or the process was killed). "
        "Their edits were kept. Restore the ones you want: each opens on its own file, marked unsaved."
    )
    head.setWordWrap(True)
    layout.addWidget(head)
    boxes: list[tuple[QCheckBox, Recovery]] = []
    for record in records:
        box = QCheckBox(record.describe())
        box.setChecked(True)
        layout.addWidget(box)
        boxes.append((box, record))
    buttons = QDialogButtonBox()
    restore = buttons.addButton("Restore", QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton("Not Now", QDialogButtonBox.ButtonRole.RejectRole)
    discard = buttons.addButton("Discard Selected", QDialogButtonBox.ButtonRole.DestructiveRole)
    restore.setDefault(True)
    restore.setFocus()  # Enter restores
    outcome = {"action": ""}

    def finish(action: str) -> None:
        outcome["action"] = action
        dialog.accept()

    restore.clicked.connect(lambda: finish("restore"))
    discard.clicked.connect(lambda: finish("discard"))
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.exec()
    chosen = [record for box, record in boxes if box.isChecked()]
    if outcome["action"] == "restore":
        return chosen, []
    if outcome["action"] == "discard":
        return [], chosen
    return [], []


def adopt_legacy_autosave() -> None:
    """Work autosaved by an earlier Briefing (one ``autosave/unsaved.brief.json`` per user) becomes a recovery
    record like any other. Its path was stored as typed: a relative one could point anywhere, so the
    document comes back untitled and Save asks where it goes."""
    folder = recovery_dir().parent / "autosave"
    brief_file, meta_file = folder / "unsaved.brief.json", folder / "unsaved.json"
    if not brief_file.is_file():
        return
    try:
        brief = storage.load(brief_file)
        meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.is_file() else {}
    except (BriefingError, OSError, ValueError):
        return
    raw = str(meta.get("path") or "") if isinstance(meta, dict) else ""
    record = Journal(recovery_dir())
    try:
        record.bind(raw if raw and Path(raw).is_absolute() else None, bool(meta.get("sample")) if meta else False)
        record.reset(Brief())
        record.record(brief, "Autosaved by an earlier Briefing")
    except BriefingError:
        record.close()
        return
    record.close()
    for old in (brief_file, meta_file):
        old.unlink(missing_ok=True)


_windows: list[QObject] = []  # windows opened for recovered documents live as long as they are open


def _keep(window: MainWindow) -> None:
    _windows.append(window)
    window.destroyed.connect(lambda *_a: _windows.remove(window) if window in _windows else None)


class DocumentLifecycle(QObject):
    """Owned by its window, and stopped with it: every connection and watcher here dies with the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.doc = window.doc
        self.settings = window.settings
        self.journal = Journal(recovery_dir())
        self.lock: QLockFile | None = None
        self.known: Signature | None = None  # the file on disk as this window last read or wrote it
        self.clean_digest = ""  # the sha256 of the file's bytes when they are the brief's saved state
        self._loading = False
        self._disk_check_due = False
        self._asking = False
        self._closed = False
        self._dismissed: object = None  # a change on disk the analyst closed the question about
        self._declined: set[Path] = set()  # records the analyst chose to keep for later in this session
        self.journal_problem = ""
        self._offset = 0  # unsaved edits the document had when it was put in this window (a recovery's)
        self.pending = pending_for(self.doc)  # text half-typed in fields that take only a valid value
        self.pending.changed.connect(self._record)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self.doc.changed.connect(self._record)
        self.doc.undo_stack.indexChanged.connect(self._record)
        self.doc.undo_stack.cleanChanged.connect(self._clean_changed)
        window.installEventFilter(self)

    # -- the journal ----------------------------------------------------------------------------

    def _record(self, *_args: object) -> None:
        if self._closed or self._loading or not shiboken6.isValid(self.doc.undo_stack):
            return  # the window is going: its document is being taken apart, not edited
        pending = self.pending.fields
        if self.doc.undo_stack.isClean() and not pending:
            if self.journal.active:  # only half-typed text was unsaved, and it is gone from the screen
                self.journal.reset(self.doc.brief, self.doc.path, self.clean_digest)
            return
        try:
            self.journal.record(self.doc.brief, self.doc.undo_stack.undoText(), self.unsaved_steps(), pending)
        except JournalError as exc:
            self.journal_problem = str(exc)
            self.window.statusBar().showMessage(f"{exc} Save your work.")
            return
        if self.journal_problem:
            self.journal_problem = ""
            self.window.statusBar().showMessage("Unsaved edits are written to the recovery journal again.", 6000)

    def unsaved_steps(self) -> int:
        """Unsaved edits as the analyst sees them: undo steps away from the saved state (a word typed is one)."""
        stack = self.doc.undo_stack
        clean = stack.cleanIndex()
        return abs(stack.index() - clean) if clean >= 0 else self._offset + stack.index()

    def _clean_changed(self, clean: bool) -> None:
        if clean and not self._loading and not self._closed:
            # Saved, or undone back to the saved state: nothing to recover but text still half-typed.
            self.journal.reset(self.doc.brief, self.doc.path, self.clean_digest)
            if self.pending.fields:
                self._record()

    # -- opening ------------------------------------------------------------------------------------

    def open_path(self, path: str | None) -> bool:
        """Open ``path``; None opens the last file, or the bundled sample the first time."""
        if path is None:
            last = self._setting("files/last")
            path = last if last and Path(last).is_file() else str(sample_brief_path())
        is_sample = Path(path).resolve() == sample_brief_path().resolve()
        target = None if is_sample else resolved(path)
        if target is not None and target == self.doc.path and self.doc.undo_stack.isClean():
            return True  # already open here
        if target is not None and self._offer_pending(target):
            return True
        before = signature(target) if target is not None else None  # taken first: a change after it shows
        try:
            brief = storage.load(path)
        except BriefingError as exc:
            if Path(path).suffix.lower() in ARTICLE_SUFFIXES:  # an article opened by mistake: offer to import it
                return self._offer_import(path)
            brief_or_none = self._offer_backup(Path(path), exc)
            if brief_or_none is None:
                return False
            return self._open_backup(brief_or_none, target)
        if not self.maybe_save():
            return False
        if target is not None and not self._lock(target):
            return False
        self._show(brief, target, is_sample, before)
        if target is not None:
            self.remember(str(target))
            remove_stale_temporaries(target)  # hidden files left by a save that was killed long ago
        return True

    def _ask_yes(self, title: str, text: str) -> bool:
        """A question whose default answer is Yes."""
        answer = QMessageBox.question(
            self.window,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _offer_import(self, path: str) -> bool:
        yes = self._ask_yes(
            "This is an article",
            f"{Path(path).name} is an article, not a brief file. Import it into this brief (File › Import Article)?",
        )
        return yes and bool(self.window.import_file(path))

    def _offer_backup(self, path: Path, exc: BriefingError) -> Brief | None:
        """A broken file with a readable ``.bak`` beside it: offer the backup instead of a dead end."""
        backup = backup_path(path)
        try:
            brief = storage.load(backup) if backup.is_file() else None
        except BriefingError:
            brief = None
        if brief is None:
            self.window.error("Could not open the brief", str(exc))
            return None
        yes = self._ask_yes(
            "Open the backup copy?",
            f"{exc}\n\nThe previous version, {backup.name}, can be read. Open it? It opens marked unsaved; "
            f"saving writes it to {path.name}.",
        )
        return brief if yes else None

    def _open_backup(self, brief: Brief, target: Path | None) -> bool:
        if not self.maybe_save():
            return False
        if target is not None and not self._lock(target):
            return False
        self._show(brief, target, False, None if target is None else signature(target))
        self.clean_digest = ""  # the backup is not what the file holds: the journal's base is the backup itself
        self.journal.reset(brief)
        self._mark_unsaved()
        self.window.statusBar().showMessage("Opened the backup copy; save it to repair the file.", 8000)
        return True

    def _show(self, brief: Brief, path: Path | None, is_sample: bool, disk: Signature | None = None) -> None:
        """Put ``brief`` in the window as the content of ``path`` (None: untitled or the sample), read from
        the file whose signature was ``disk``."""
        self._loading = True
        try:
            self.journal.clear()
            self.window._set_brief(brief, path, is_sample)
        finally:
            self._loading = False
        self.known = disk if path is not None else None
        self._offset = 0
        self.clean_digest = disk[2] if disk is not None and path is not None else ""
        self.journal.bind(path, is_sample)
        self.journal.reset(brief, path, self.clean_digest)
        self._watch(path)

    def _mark_unsaved(self) -> None:
        self.doc.undo_stack.resetClean()
        self.window.setWindowModified(True)
        self._record()

    def new_brief(self) -> None:
        if self.maybe_save():
            self._release_lock()
            self._show(Brief(), None, False)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, "Open a brief", self.last_dir(), BRIEF_FILTER)
        if path:
            self.open_path(path)

    # -- recovery ------------------------------------------------------------------------------------

    def offer_recovery(self, path: str | None = None) -> bool:
        """At start: offer every document a crashed session left unsaved. True when this window got one.

        The document named on the command line, if restored, comes to this window; others get windows of
        their own."""
        adopt_legacy_autosave()
        records = journal.pending(recovery_dir())
        if not records:
            return False
        restore, discard = choose_recoveries(self.window, records)
        self._declined |= {r.folder for r in records if r not in restore and r not in discard}
        for record in discard:
            record.discard()
        wanted = resolved(path)
        restore.sort(key=lambda r: r.path != wanted)  # the file asked for first
        used_here = False
        for record in restore:
            if not used_here:
                used_here = self.restore(record)
                continue
            other = type(self.window)(self.settings)
            if other.life.restore(record):
                _keep(other)
                other.show()
            else:
                other.close()
        return used_here

    def _offer_pending(self, target: Path) -> bool:
        """Opening a file that has unsaved work from a crashed session: offer that work first."""
        records = [r for r in journal.pending(recovery_dir()) if r.path == target and r.folder not in self._declined]
        if not records:
            return False
        record = records[0]
        yes = self._ask_yes(
            "Recover unsaved work?",
            f"Briefing was closed without saving changes to {record.describe()}. Restore them?",
        )
        if not yes:
            return False  # kept for later; the file opens as it is on disk
        return self.restore(record)

    def restore(self, record: Recovery) -> bool:
        """Reopen a recovered document bound to its real file, marked unsaved; this window now owns the record."""
        if not self.maybe_save():
            return False
        if record.path is not None and not self._lock(record.path):
            return False
        previous = self.journal
        self.journal = Journal(recovery_dir())
        try:
            brief = self.journal.adopt(record)
        except BriefingError as exc:
            self.journal = previous
            self.window.error("Could not recover the unsaved work", str(exc))
            return False
        previous.clear()
        self._loading = True
        try:
            self.window._set_brief(brief, record.path, record.sample and record.path is None)
        finally:
            self._loading = False
        self.known = signature(record.path) if record.path is not None else None
        self.clean_digest = ""  # the recovered brief is not what the file holds
        self._watch(record.path)
        self._offset = record.edits
        self.doc.undo_stack.resetClean()  # recovered work is unsaved work
        self.window.setWindowModified(True)
        self._restore_pending(record.pending)
        where = f" to {record.path}" if record.path is not None else ""
        if record.path is not None:  # say which file it is, wherever the app was started from
            self.window.setWindowTitle(f"{record.path.name} ({record.path.parent}) — recovered[*] — Briefing")
        self.window.statusBar().showMessage(f"Recovered {record.edits} unsaved edits{where}. Save them to keep them.")
        return True

    def _restore_pending(self, fields: dict[str, str]) -> None:
        """Half-typed text back in its field, as typed (still marked not yet valid)."""
        for key in fields:
            kind, _, claim_id = key.partition(":")
            if kind == "event_date" and self.doc.claim(claim_id) is not None:
                self.window.select_claim(claim_id)
        self.pending.restore(fields)

    # -- saving ----------------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.doc.path is None:
            return self.save_as()
        return self.save_to(self.doc.path)

    def save_as(self) -> bool:
        suggested = str(Path(self.last_dir()) / storage.default_name(self.doc.brief.info.title))
        path, _ = QFileDialog.getSaveFileName(self.window, "Save the brief", suggested, BRIEF_FILTER)
        if not path:
            return False
        if not path.endswith(".json"):
            path += storage.SUFFIX
        return self.save_to(Path(path), check=False)

    def save_to(self, path: Path, check: bool = True) -> bool:
        target = resolved(path)
        assert target is not None
        same_file = target == self.doc.path
        if same_file and check and not self._confirm_overwrite(target):
            return self.doc.path != target and self.doc.undo_stack.isClean()  # True when saved elsewhere instead
        previous = self.doc.path
        if not same_file and not self._lock(target, saving=True):
            return False
        try:
            self.doc.save_to(target)
        except BriefingError as exc:
            if not same_file:  # still the old file's window: hold its lock again, not the new one's
                self._release_lock()
                if previous is not None:
                    self._lock(previous)
            self.window.error(
                "Could not save the brief",
                f"{exc}\n\nYour work is still open here, and kept in the recovery journal; try another place "
                "(File › Save As).",
            )
            return False
        self.known = signature(target)
        self.clean_digest = self.known[2] if self.known else ""
        self.journal.bind(target, False)
        self.journal.reset(self.doc.brief, target, self.clean_digest)
        if self.pending.fields:  # text still half-typed is on screen, not in the file: kept for a crash
            self._record()
        self._watch(target)
        self.remember(str(target))
        self.window._update_title()
        self.window.statusBar().showMessage(f"Saved {target}", 4000)
        return True

    def maybe_save(self) -> bool:
        """Ask before losing unsaved work: Save, Discard or Cancel. True means go ahead."""
        if self.doc.undo_stack.isClean() and not self.window.isWindowModified():
            return True
        answer = QMessageBox.question(
            self.window,
            "Save changes?",
            f"Save the changes to {self.doc.display_name()} before closing it?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.journal.clear()  # discarded on purpose: nothing to offer back
            return True
        return False

    def close(self) -> None:
        """The window is closing (after maybe_save): stop watching, let go of the lock and of the record."""
        self._closed = True  # from here on, signals from the document being taken apart are ignored
        if self.doc.undo_stack.isClean():
            self.journal.clear()
        else:
            self.journal.close()
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        self._release_lock()
        self.window.removeEventFilter(self)

    # -- the lock: a second window on the same file is told ----------------------------------------------

    def _lock(self, target: Path, saving: bool = False) -> bool:
        if self.lock is not None and self.doc.path == target:
            return True
        try:
            lock_dir().mkdir(parents=True, exist_ok=True)
        except OSError:
            return True  # no place for locks: open anyway, the watcher still guards the file
        lock: QLockFile | None = QLockFile(str(lock_path(target)))
        assert lock is not None
        lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, however old it is
        if not lock.tryLock(0):
            info = lock.getLockInfo()
            who = f"process {info[0]} on {info[1]}" if info and info[0] else "another program"
            answer = QMessageBox.question(
                self.window,
                "Open elsewhere",
                f"{target.name} is open in another Briefing window ({who}).\n\n"
                + ("Save over it anyway? " if saving else "Open it here as well? ")
                + "Each window warns before it overwrites changes saved by the other.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            lock = None
        self._release_lock()
        self.lock = lock
        return True

    def _release_lock(self) -> None:
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None

    # -- watching the file -----------------------------------------------------------------------------

    def _watch(self, path: Path | None) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        if path is None:
            self.known = None
            return
        if self.known is None:
            self.known = signature(path)
        if path.exists():
            self.watcher.addPath(str(path))

    def _file_changed(self, _path: str) -> None:
        self._disk_check_due = True
        if self.doc.path is not None and self.doc.path.exists() and str(self.doc.path) not in self.watcher.files():
            self.watcher.addPath(str(self.doc.path))  # a file replaced by a rename is a new file to watch
        if self.window.isActiveWindow():
            QTimer.singleShot(0, self, self.check_disk)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self, self.check_disk)
        return False

    def disk_changed(self) -> str:
        """The open file is "changed", "deleted" or "" against what this window last read or wrote."""
        path = self.doc.path
        if path is None or self.known is None:
            return ""
        try:
            info = path.stat()
        except OSError:
            return "deleted"
        if (info.st_size, info.st_mtime_ns) == self.known[:2]:
            return ""
        now = signature(path)
        if now is None:
            return "deleted"
        if now[2] == self.known[2]:
            self.known = now  # touched, same bytes
            return ""
        return "changed"

    def check_disk(self) -> None:
        """On focus and after a change notice: the file changed or vanished under us? Let the analyst choose."""
        if self._asking:
            return
        self._disk_check_due = False
        state = self.disk_changed()
        if not state or self.doc.path is None:
            return
        now: object = signature(self.doc.path) or "deleted"
        if now == self._dismissed:
            return  # asked about this very change already and closed the question: asked again before saving
        self._asking = True
        try:
            if not self._resolve(state, saving=False) and self.disk_changed():
                self._dismissed = now
        finally:
            self._asking = False

    def _confirm_overwrite(self, target: Path) -> bool:
        state = self.disk_changed()
        if not state:
            return True
        return self._resolve(state, saving=True)

    def _resolve(self, state: str, saving: bool) -> bool:
        """Reload / Keep Mine / Save As (never a silent overwrite); True when the save may go ahead."""
        path = self.doc.path
        assert path is not None
        unsaved = not self.doc.undo_stack.isClean()
        if state == "deleted":
            text = f"{path} was deleted or moved by another program."
            options = ["Save Here Again", "Save As…", "Keep Mine"] if not saving else ["Save Here Again", "Save As…"]
        else:
            text = f"{path} was changed by another program (or another window) since you opened or saved it."
            if unsaved:
                text += (
                    "\n\nReload loses your unsaved edits here; Keep Mine overwrites the other changes when you save."
                )
            options = ["Reload", "Keep Mine", "Save As…"]
        if saving:
            options.append("Cancel")
        choice = choose(self.window, "The file changed on disk", text, options, "Save As…")
        if choice == "Reload":
            self._reload(path)
            return False
        if choice == "Save As…":
            self.save_as()
            return False
        if choice == "Save Here Again":
            if saving:
                return True
            self.known = None
            self.save_to(path, check=False)
            return False
        if choice == "Keep Mine":
            self.known = signature(path)  # the analyst knows: the next save overwrites without asking again
            if state == "deleted":
                self.known = (0, 0, "")
            return saving
        return False

    def _reload(self, path: Path) -> None:
        before = signature(path)
        try:
            brief = storage.load(path)
        except BriefingError as exc:
            self.window.error("Could not reload the brief", str(exc))
            return
        self._show(brief, path, False, before)
        self.window.statusBar().showMessage(f"Reloaded {path.name} from disk.", 6000)

    # -- recent files and settings ------------------------------------------------------------------------

    def remember(self, path: str) -> None:
        path = str(Path(path).resolve())
        recent = [p for p in self.recent() if p != path]
        self.settings.setValue("files/recent", [path, *recent][:MAX_RECENT])
        self.settings.setValue("files/last", path)
        self.settings.setValue("files/dir", str(Path(path).parent))

    def _setting(self, key: str, default: str = "") -> str:
        value = self.settings.value(key, default, type=str)
        return value if isinstance(value, str) else default

    def recent(self) -> list[str]:
        value = self.settings.value("files/recent", [], type=list)
        return [str(v) for v in value] if isinstance(value, list) else []

    def last_dir(self) -> str:
        return self._setting("files/dir", QDir.homePath())

    def fill_recent(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        recent = self.recent()
        for n, path in enumerate(recent, 1):
            act = menu.addAction(f"&{n} {Path(path).name}  —  {Path(path).parent}")
            act.triggered.connect(lambda _c=False, p=path: self.open_path(p))
            act.setEnabled(Path(path).is_file())
        if not recent:
            menu.addAction("No recent files").setEnabled(False)
