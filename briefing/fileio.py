"""The one way Briefing writes a file: atomically, keeping the previous version as a backup."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

from .errors import SaveError

BACKUP_SUFFIX = ".bak"
TMP_SUFFIX = ".tmp"
# A temporary file older than this was left by a save that was killed (a real save takes seconds).
STALE_TMP_SECONDS = 600
# Room left over on the disk after a save, so that the save itself does not fill it to the last byte.
SPARE_BYTES = 64 * 1024


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def is_read_only(path: str | os.PathLike[str]) -> bool:
    """True for an existing file nobody may write (``chmod a-w``): Briefing never rewrites one."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) and not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def atomic_write(path: str | os.PathLike[str], data: bytes, *, backup: bool = True) -> None:
    """Write ``data`` beside ``path``, fsync it, then replace ``path`` in one step.

    Until the final rename nothing at ``path`` changes, so a failure at any point (disk
    full, permission denied, a crash) leaves the old file as it was. With ``backup`` the
    old file is first copied to ``path.bak``; the old backup is replaced only once the new
    copy is complete, so a full disk never leaves a cut backup behind.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise SaveError(f"Cannot save to {target}: it is a folder.")
    if not directory.is_dir():
        raise SaveError(f"Cannot save to {target}: the folder {directory} does not exist (or is not reachable).")
    if is_read_only(target):
        raise SaveError(
            f"Cannot save to {target}: the file is read-only. The previous file is unchanged; "
            "save under another name, or make the file writable first."
        )
    remove_stale_temporaries(target)
    exists = target.exists()
    tmp_name = None
    bak_tmp = None
    try:
        _check_free_space(directory, len(data) + (target.stat().st_size if exists and backup else 0))
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TMP_SUFFIX, dir=directory)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if exists:
            if backup:
                bak_tmp = _copy_aside(target, directory)
                os.replace(bak_tmp, backup_path(target))
                bak_tmp = None
            with contextlib.suppress(OSError):
                shutil.copymode(target, tmp_name)
        else:  # a new file gets the usual permissions, not mkstemp's private 0600
            os.chmod(tmp_name, 0o666 & ~_umask())
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_directory(directory)
    except OSError as exc:
        raise SaveError(f"Could not save {target}: {_reason(exc, directory)}. The previous file is unchanged.") from exc
    finally:
        for leftover in (tmp_name, bak_tmp):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    os.unlink(leftover)


def remove_stale_temporaries(target: Path, max_age: float = STALE_TMP_SECONDS) -> list[Path]:
    """Remove the hidden ``.NAME.*.tmp`` files that a killed save of ``target`` left behind.

    Only old ones: a fresh one may belong to a save running right now in another process."""
    removed: list[Path] = []
    now = time.time()
    directory = target.parent if str(target.parent) else Path(".")
    try:
        candidates = list(directory.glob(f".{_glob_escape(target.name)}.*{TMP_SUFFIX}"))
    except OSError:
        return removed
    for candidate in candidates:
        try:
            if now - candidate.stat().st_mtime > max_age and candidate.is_file():
                candidate.unlink()
                removed.append(candidate)
        except OSError:
            continue
    return removed


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _copy_aside(target: Path, directory: Path) -> str:
    """A complete, synced copy of ``target`` under a temporary name (to become the backup)."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.bak.", suffix=TMP_SUFFIX, dir=directory)
    try:
        with os.fdopen(fd, "wb") as out, open(target, "rb") as source:
            shutil.copyfileobj(source, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        shutil.copystat(target, name)
        # The backup is Briefing's own file: it must stay writable, or the next save could not replace it.
        os.chmod(name, os.stat(name).st_mode | stat.S_IWUSR)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise
    return name


def _check_free_space(directory: Path, needed: int) -> None:
    try:
        free = shutil.disk_usage(directory).free
    except OSError:
        return  # unknown: the write itself will tell
    if free < needed + SPARE_BYTES:
        raise OSError(
            errno.ENOSPC,
            f"not enough free space on the disk ({free / 1e6:.1f} MB free, {needed / 1e6:.1f} MB needed)",
        )


def _reason(exc: OSError, directory: Path) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"the folder {directory} cannot be written to ({exc.strerror or exc})"
    if exc.errno in (errno.ENOENT, errno.ESTALE, errno.ENOTCONN, errno.EIO) and not directory.is_dir():
        return f"the folder {directory} is no longer there ({exc.strerror or exc})"
    return exc.strerror or str(exc)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_directory(directory: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
