"""The journal of unsaved edits: each edit is appended to disk and synced as it happens, so a crash or a
``kill -9`` loses nothing that was on screen. One recovery record per open document, found again at the
next start however the app is started, and removed only by the window that owns it."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import storage
from .errors import BriefingError
from .fileio import atomic_write
from .model import Brief, Claim, Source

try:  # a lock the kernel drops when the process dies, however it dies
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

META = "meta.json"
BASE = "base.brief.json"
EDITS = "edits.jsonl"
LOCK = "lock"
_TOP = ("format", "version", "brief", "sources", "claims")


class JournalError(BriefingError):
    """The journal could not be written: the edits are still on screen, but not yet safe on disk."""


def resolved(path: str | os.PathLike[str] | None) -> Path | None:
    """The absolute, resolved form of ``path``: what a recovery record stores, whatever the working folder."""
    if path is None or str(path) == "":
        return None
    return Path(path).expanduser().resolve()


@dataclass
class Recovery:
    """Unsaved work that a session left behind (it crashed, or was killed, before saving)."""

    folder: Path
    path: Path | None  # the document's file, absolute; None for a brief never saved
    sample: bool
    title: str
    edits: int
    started: float
    updated: float
    pending: dict[str, str] = field(default_factory=dict)  # text half-typed in a field, by field

    def name(self) -> str:
        if self.path is not None:
            return str(self.path)
        return "the sample brief" if self.sample else f"an untitled brief ({self.title or 'no title'})"

    def describe(self) -> str:
        """What a restore brings back: the file, how many edits, from when."""
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.updated))
        edits = f"{self.edits} unsaved edit{'s' if self.edits != 1 else ''}"
        if self.pending:
            edits += " and half-typed text in " + ", ".join(_field_name(key) for key in self.pending)
        return f"{self.name()}: {edits}, the last at {when}"

    def load(self) -> Brief:
        return replay(self.folder)

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _field_name(key: str) -> str:
    kind, _, where = key.partition(":")
    name = kind.replace("_", " ")
    return f"the {name} of {where}" if where else f"the {name}"


def replay(folder: Path) -> Brief:
    """The brief as it was after the last edit written whole to the journal in ``folder``."""
    try:
        data = json.loads((folder / BASE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise JournalError(f"The recovery record {folder} cannot be read: {exc}") from None
    if not isinstance(data, dict):
        raise JournalError(f"The recovery record {folder} cannot be read: its base is not a brief")
    if isinstance(data.get("version"), int) and data.get("format") == "briefing":
        data = storage.migrate(data)  # a base copied from an older file: edits are in today's format
    # Sources and claims by id, in order, for the whole replay: each edit costs what it changed.
    lists: dict[str, tuple[list[Any], dict[Any, Any]]] = {}
    for kind in ("sources", "claims"):
        items = [item for item in data.get(kind, []) if isinstance(item, dict)]
        lists[kind] = ([item.get("id") for item in items], {item.get("id"): item for item in items})
    for entry in _entries(folder / EDITS):
        _apply(data, lists, entry)
    for kind, (order, by_id) in lists.items():
        data[kind] = [by_id[i] for i in order if i in by_id]
    return storage.from_data(data, str(folder / BASE))


def _entries(path: Path) -> list[dict[str, Any]]:
    """The complete lines of the journal; a line cut short by a crash, and anything after it, is left out."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise JournalError(f"The recovery journal {path} cannot be read: {exc.strerror or exc}") from None
    entries: list[dict[str, Any]] = []
    for line in raw.split(b"\n")[:-1]:  # the part after the last newline was never finished
        try:
            entry = json.loads(line)
        except ValueError:
            break
        if not isinstance(entry, dict):
            break
        entries.append(entry)
    return entries


def _complete_length(path: Path) -> int:
    """How many bytes of the journal are whole lines that parse (what replay uses)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return 0
    length = 0
    for line in raw.split(b"\n")[:-1]:
        try:
            json.loads(line)
        except ValueError:
            break
        length += len(line) + 1
    return length


def _apply(data: dict[str, Any], lists: dict[str, tuple[list[Any], dict[Any, Any]]], entry: dict[str, Any]) -> None:
    if "info" in entry:
        data["brief"] = entry["info"]
    if "extra" in entry:
        for key in [k for k in data if k not in _TOP]:
            del data[key]
        data.update(entry["extra"])
    for kind, single in (("sources", "source"), ("claims", "claim")):
        order, by_id = lists[kind]
        for key, item in entry.get(single, {}).items():
            if kind == "sources" and "text" not in item and key in by_id:  # text unchanged: not repeated
                item = {**item, "text": by_id[key].get("text", ""), "sha256": by_id[key].get("sha256", "")}
            by_id[key] = item
        if entry.get(kind) is not None:
            order[:] = entry[kind]


def pending(root: Path) -> list[Recovery]:
    """Every recovery record under ``root`` whose window is gone (crashed or killed), newest first."""
    found: list[Recovery] = []
    try:
        folders = [p for p in root.iterdir() if p.is_dir()]
    except OSError:
        return found
    for folder in folders:
        if _owned_by_a_live_process(folder):
            continue
        record = read_record(folder)
        if record is not None:
            found.append(record)
    return sorted(found, key=lambda r: r.updated, reverse=True)


def read_record(folder: Path) -> Recovery | None:
    try:
        meta = json.loads((folder / META).read_text(encoding="utf-8"))
        base_time = (folder / BASE).stat().st_mtime
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict):
        return None
    entries = _entries(folder / EDITS)
    updated = float(entries[-1].get("t", base_time)) if entries else base_time
    # Edits as the analyst sees them (undo steps, not letters typed); older records only count lines.
    steps = [e["e"] for e in entries if isinstance(e.get("e"), int)]
    pending: dict[str, Any] = next((e["pending"] for e in reversed(entries) if isinstance(e.get("pending"), dict)), {})
    raw_path = meta.get("path") or ""
    return Recovery(
        folder=folder,
        path=Path(raw_path) if raw_path else None,
        sample=bool(meta.get("sample")),
        title=next(
            (str(e["info"].get("title", "")) for e in reversed(entries) if isinstance(e.get("info"), dict)),
            str(meta.get("title", "")),
        ),
        edits=steps[-1] if steps else len(entries),
        started=float(meta.get("started", base_time)),
        updated=updated,
        pending={str(k): str(v) for k, v in pending.items() if v},
    )


def _owned_by_a_live_process(folder: Path) -> bool:
    if fcntl is None:  # pragma: no cover
        return False
    try:
        fd = os.open(folder / LOCK, os.O_RDWR)
    except OSError:
        return False  # no lock file: its owner never got as far as taking it, or it is gone
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing drops a lock taken here
    return False


class Journal:
    """The recovery record of one open document.

    ``reset`` marks the brief as it is on disk (opened or saved; nothing to recover); ``record`` is called
    after every edit and appends what changed, synced, before the call returns. ``clear`` removes the record
    (saved, or discarded on purpose); ``close`` lets go of it without removing it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.folder: Path | None = None
        self.path: Path | None = None
        self.sample = False
        self.edits = 0
        self._lock_fd: int | None = None
        self._edits_fd: int | None = None
        self._broken = False
        self._base_file: tuple[Path, str] | None = None
        self._steps: int | None = None  # the edit count last written
        self._pending: dict[str, str] = {}  # the half-typed text last written
        self._remember(Brief())

    # -- what the document is -------------------------------------------------------------

    def bind(self, path: str | os.PathLike[str] | None, sample: bool = False) -> None:
        """The document's file (stored absolute and resolved); written to the record at once if there is one."""
        self.path = resolved(path)
        self.sample = sample
        if self.folder is not None:
            try:
                self._write_meta()
            except (OSError, BriefingError) as exc:
                self._broken = True  # the next edit writes a whole new record
                raise JournalError(f"The recovery record could not be updated: {exc}") from None

    def reset(self, brief: Brief, file: Path | None = None, digest: str = "") -> None:
        """``brief`` is what the file holds now (just opened or saved): there is nothing to recover.

        With ``file`` and its sha256 ``digest``, the first edit copies that file as the record's base (a
        plain copy is many times quicker than writing a large brief out again), if it still has those bytes."""
        self.clear()
        self._remember(brief)
        self._base_file = (file, digest) if file is not None and digest else None

    # -- writing -------------------------------------------------------------------------------

    def record(
        self, brief: Brief, label: str = "", steps: int | None = None, pending: dict[str, str] | None = None
    ) -> bool:
        """Append what changed since the last call; True when something was written.

        ``steps`` is the number of unsaved edits as the analyst sees them (undo steps: a word typed is one),
        ``pending`` the text half-typed in fields that take only a valid value (not yet in the brief).
        Raises JournalError when the disk refuses; the next call writes the whole brief again."""
        entry = self._diff(brief)
        if steps is not None and steps != self._steps:
            entry["e"] = steps
        if pending is not None and pending != self._pending:
            entry["pending"] = dict(pending)
        if self._broken or self.folder is None:
            return self._start(brief, label, steps, pending)
        if not entry:
            return False
        entry.update(n=self.edits + 1, t=time.time(), label=label)
        line = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
        try:
            assert self._edits_fd is not None
            written = os.write(self._edits_fd, line)
            if written != len(line):
                raise OSError(28, "No space left on device")
            os.fsync(self._edits_fd)
        except OSError as exc:
            self._broken = True
            raise JournalError(
                f"Unsaved edits could not be written to the recovery journal: {exc.strerror or exc}"
            ) from None
        self.edits += 1
        self._remember(brief)
        if "e" in entry:
            self._steps = steps
        if "pending" in entry:
            self._pending = dict(entry["pending"])
        self._base_file = None  # from now on a new base must be written from the brief itself
        return True

    def _start(self, brief: Brief, label: str, steps: int | None = None, pending: dict[str, str] | None = None) -> bool:
        """A new record: the brief as it was before the first edit, then that edit.

        A record that a failed write left unreliable is replaced only once the new one is complete."""
        before = self._before
        old_folder, old_fds = self.folder, (self._lock_fd, self._edits_fd)
        import uuid  # on the first edit, not on the way to the window

        folder = self.root / uuid.uuid4().hex
        try:
            folder.mkdir(parents=True)
            self._lock_fd = self._take_lock(folder)
            if not self._copy_base(folder / BASE):
                atomic_write(folder / BASE, storage.dumps(before).encode("utf-8"), backup=False)
            self.folder = folder
            self._write_meta()
            self._edits_fd = os.open(folder / EDITS, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        except (OSError, BriefingError) as exc:
            self._release()
            shutil.rmtree(folder, ignore_errors=True)
            self.folder, (self._lock_fd, self._edits_fd) = old_folder, old_fds
            self._broken = True
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise JournalError(f"Unsaved edits could not be written to the recovery journal: {reason}") from None
        for fd in old_fds:
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        if old_folder is not None:
            shutil.rmtree(old_folder, ignore_errors=True)
        self._broken = False
        self.edits = 0
        self._steps, self._pending = None, {}  # the new record holds neither yet
        return self.record(brief, label, steps, pending)

    def adopt(self, recovery: Recovery) -> Brief:
        """Take over a record left by a crashed session and carry on writing it; returns the recovered brief."""
        brief = recovery.load()
        self.clear()
        folder = recovery.folder
        try:
            self._lock_fd = self._take_lock(folder)
            edits = folder / EDITS
            keep = _complete_length(edits)
            if edits.exists():
                os.truncate(edits, keep)  # a line cut short by the crash would hide every later one
            self._edits_fd = os.open(edits, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        except OSError as exc:
            self._release()
            raise JournalError(f"The recovery record {folder} cannot be reused: {exc.strerror or exc}") from None
        self.folder = folder
        self.path = recovery.path
        self.sample = recovery.sample
        self.edits = len(_entries(edits))
        self._steps, self._pending = recovery.edits, dict(recovery.pending)
        self._broken = False
        self._remember(brief)
        self._base_file = None
        return brief

    def clear(self) -> None:
        """Remove the record: the document was saved, or its changes discarded on purpose."""
        folder = self.folder
        self._release()
        self.folder = None
        self.edits = 0
        self._broken = False
        self._steps, self._pending = None, {}
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)

    def close(self) -> None:
        """Stop writing and let go of the record without removing it (another start will offer it back)."""
        self._release()
        self.folder = None

    @property
    def active(self) -> bool:
        return self.folder is not None

    # -- internals -----------------------------------------------------------------------------

    def _remember(self, brief: Brief) -> None:
        # Edits replace objects rather than change them (copy on write): identity says what changed.
        self._before = Brief(
            info=brief.info, sources=list(brief.sources), claims=list(brief.claims), extra=dict(brief.extra)
        )
        self._info_data = _info_data(brief)
        self._extra = dict(brief.extra)

    def _diff(self, brief: Brief) -> dict[str, Any]:
        entry: dict[str, Any] = {}
        info = _info_data(brief)
        if info != self._info_data:
            entry["info"] = info
        if brief.extra != self._extra:
            entry["extra"] = json.loads(json.dumps(brief.extra))
        _diff_list(entry, "sources", "source", self._before.sources, brief.sources, storage._source_data)
        _diff_list(entry, "claims", "claim", self._before.claims, brief.claims, storage._claim_data)
        return entry

    def _write_meta(self) -> None:
        import socket  # loaded on the first write, not on the way to the window

        assert self.folder is not None
        meta = {
            "path": str(self.path) if self.path else "",
            "sample": self.sample,
            "title": self._before.info.title,
            "started": time.time(),
            "pid": os.getpid(),
            "host": socket.gethostname(),
        }
        atomic_write(self.folder / META, json.dumps(meta, ensure_ascii=False).encode("utf-8"), backup=False)

    def _copy_base(self, target: Path) -> bool:
        """The base as a copy of the file the brief was read from or saved to, when it is unchanged."""
        if self._base_file is None:
            return False
        import hashlib  # loaded on the first write, not on the way to the window

        file, digest = self._base_file
        try:
            data = file.read_bytes()
        except OSError:
            return False
        if hashlib.sha256(data).hexdigest() != digest:
            return False  # changed on disk since: write the brief itself
        atomic_write(target, data, backup=False)
        return True

    @staticmethod
    def _take_lock(folder: Path) -> int:
        fd = os.open(folder / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                raise OSError(11, "the record is in use by another Briefing window") from None
        return fd

    def _release(self) -> None:
        for fd in (self._edits_fd, self._lock_fd):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._edits_fd = None
        self._lock_fd = None


def _info_data(brief: Brief) -> dict[str, Any]:
    data: dict[str, Any] = storage.to_data(Brief(info=brief.info))["brief"]
    return data


def _diff_list(
    entry: dict[str, Any],
    kind: str,
    single: str,
    old: list[Any],
    new: list[Any],
    serialise: Any,
) -> None:
    if len(old) == len(new) and all(a is b for a, b in zip(old, new)):
        return
    old_ids = [item.id for item in old]
    new_ids = [item.id for item in new]
    if old_ids != new_ids:
        entry[kind] = new_ids
    by_id: dict[str, Source | Claim] = {item.id: item for item in old}
    changed = {}
    for item in new:
        before = by_id.get(item.id)
        if before is item:
            continue
        data = serialise(item)
        if isinstance(item, Source) and isinstance(before, Source) and before.text == item.text:
            # A source's title or grade typed letter by letter must not write its whole article each time.
            data.pop("text", None)
            data.pop("sha256", None)
        changed[item.id] = data
    if changed:
        entry[single] = changed
