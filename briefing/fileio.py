"""The one way Briefing writes a file: atomically, keeping the previous version as a backup."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from .errors import SaveError

BACKUP_SUFFIX = ".bak"


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def atomic_write(path: str | os.PathLike[str], data: bytes, *, backup: bool = True) -> None:
    """Write ``data`` beside ``path``, fsync it, then replace ``path`` in one step.

    Until the final rename nothing at ``path`` changes, so a failure at any point (disk
    full, permission denied, a crash) leaves the old file as it was. With ``backup`` the
    old file is first copied to ``path.bak``.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise SaveError(f"Cannot save to {target}: it is a folder.")
    if not directory.is_dir():
        raise SaveError(f"Cannot save to {target}: the folder {directory} does not exist.")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            if backup:
                shutil.copy2(target, backup_path(target))
            with contextlib.suppress(OSError):
                shutil.copymode(target, tmp_name)
        else:  # a new file gets the usual permissions, not mkstemp's private 0600
            os.chmod(tmp_name, 0o666 & ~_umask())
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_directory(directory)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise SaveError(f"Could not save {target}: {reason}. The previous file is unchanged.") from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


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
