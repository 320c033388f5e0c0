"""A small cache on disk for what every run would otherwise rebuild from the same files: the parsed fonts of the
page, the index of people in office. Each costs the command line about as much as drawing the page itself.

An entry is a pickle in the user's cache folder (``$XDG_CACHE_HOME/briefing``, ``~/.cache/briefing``,
``~/Library/Caches/briefing`` or ``%LOCALAPPDATA%\\briefing\\cache``; ``BRIEFING_CACHE_DIR`` names another folder, and
set empty turns the cache off). It is used only when its key, a digest of everything it was made from (the files'
bytes, the code that read them, the versions of Python and of the libraries involved), is the key asked for: a
changed font or data file is read afresh, never served stale. An entry that is missing, stale, unreadable, not the
user's own or writable by others is rebuilt; a folder that cannot be written is simply not used. Nothing here ever
fails a command.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

FORMAT = 1  # the entry layout below; a new layout ignores the old entries
T = TypeVar("T")


def cache_dir() -> Path | None:
    """The folder of Briefing's cache, or None when it is turned off or there is no home to put it in."""
    named = os.environ.get("BRIEFING_CACHE_DIR")
    if named is not None:
        return Path(named) if named.strip() else None
    try:
        if sys.platform == "win32":
            base = os.environ.get("LOCALAPPDATA")
            return Path(base, "briefing", "cache") if base and os.path.isdir(base) else None
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        if sys.platform != "darwin" and os.path.isabs(xdg):
            return Path(xdg) / "briefing"
        home = Path.home()
        if not home.is_dir():  # a home that does not exist (a sandbox, a test's): nothing is written into it
            return None
        return home / ("Library/Caches" if sys.platform == "darwin" else ".cache") / "briefing"
    except (RuntimeError, OSError):  # no home directory
        return None


def digest(*parts: object) -> str:
    """A key made of ``parts`` (file contents as bytes; versions, names and numbers by their ``repr``), in order."""
    h = hashlib.blake2b(digest_size=20)
    for part in parts:
        data = part if isinstance(part, bytes) else repr(part).encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def source_of(*modules: str) -> bytes:
    """The source files of the named modules (``__file__`` paths), for keys that must change with the code that
    builds an entry: an edited module never reads an entry its older self wrote."""
    out = []
    for name in modules:
        try:
            out.append(Path(name).read_bytes())
        except OSError:
            out.append(name.encode("utf-8", "surrogatepass"))
    return b"\0".join(out)


def load(name: str, key: str) -> Any | None:
    """The value stored as ``name`` under ``key``, or None."""
    path = _path(name)
    if path is None:
        return None
    try:
        with open(path, "rb") as handle:
            if not _trusted(os.fstat(handle.fileno())):
                return None
            entry = pickle.load(handle)
    except Exception:  # missing, half-written by another version, unreadable: rebuilt by the caller
        return None
    if isinstance(entry, tuple) and len(entry) == 3 and entry[0] == FORMAT and entry[1] == key:
        return entry[2]
    return None


def store(name: str, key: str, value: Any) -> None:
    """Keep ``value`` as ``name`` under ``key`` (replacing what was there), if the cache folder can be written."""
    path = _path(name)
    if path is None:
        return
    import tempfile

    try:
        data = pickle.dumps((FORMAT, key, value), protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)  # readers see the old entry or the new one, never half of one
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except Exception:  # a read-only or full disk, an unpicklable value: the next run builds it again
        return


def cached(name: str, key: str, make: Callable[[], T], check: Callable[[Any], bool] = lambda _: True) -> T:
    """The value stored as ``name`` under ``key`` when there is one that passes ``check``, else ``make()``, stored."""
    value = load(name, key)
    if value is not None and check(value):
        return value
    value = make()
    store(name, key, value)
    return value


def files_key(paths: Iterable[str | os.PathLike[str]]) -> list[bytes | str]:
    """Key parts for the contents of ``paths`` (a file that cannot be read counts as its name alone)."""
    out: list[bytes | str] = []
    for path in paths:
        out.append(os.fspath(path))
        try:
            out.append(Path(path).read_bytes())
        except OSError:
            out.append("unreadable")
    return out


def _path(name: str) -> Path | None:
    folder = cache_dir()
    return folder / f"{name}.pickle" if folder is not None else None


def _trusted(st: os.stat_result) -> bool:
    """An entry the user wrote and nobody else can change (a pickle runs code when it is read)."""
    if os.name != "posix":
        return True
    return st.st_uid == os.getuid() and not st.st_mode & 0o022
