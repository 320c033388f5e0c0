"""The one atomic writer when things go wrong: full disks, read-only files and folders, vanished folders,
saves killed half-way."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import small_brief

from briefing import storage
from briefing.errors import SaveError
from briefing.fileio import atomic_write, backup_path, remove_stale_temporaries

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _saved_twice(tmp_path: Path) -> tuple[Path, bytes, bytes]:
    path = tmp_path / "b.brief.json"
    atomic_write(path, b"first version\n")
    atomic_write(path, b"second version\n")
    return path, path.read_bytes(), backup_path(path).read_bytes()


def test_a_full_disk_during_the_backup_copy_keeps_the_old_backup_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, current, backup = _saved_twice(tmp_path)
    assert backup == b"first version\n"
    real = shutil.copyfileobj

    def cut_short(source, out, length=0):  # type: ignore[no-untyped-def]
        out.write(source.read(4))  # the disk fills up after the first bytes of the copy
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("briefing.fileio.shutil.copyfileobj", cut_short)
    with pytest.raises(SaveError, match=r"No space left on device.*previous file is unchanged"):
        atomic_write(path, b"third version\n")
    monkeypatch.setattr("briefing.fileio.shutil.copyfileobj", real)
    assert path.read_bytes() == current
    assert backup_path(path).read_bytes() == backup  # not cut to the bytes copied before the disk filled
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.brief.json", "b.brief.json.bak"]


def test_too_little_free_space_is_said_before_anything_is_touched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, current, backup = _saved_twice(tmp_path)
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(
        "briefing.fileio.shutil.disk_usage", lambda _d: usage._replace(free=10), raising=True
    )
    with pytest.raises(SaveError, match=r"not enough free space.*previous file is unchanged"):
        atomic_write(path, b"x" * 1000)
    monkeypatch.undo()
    assert path.read_bytes() == current
    assert backup_path(path).read_bytes() == backup
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.brief.json", "b.brief.json.bak"]


def test_a_read_only_brief_is_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "ro.brief.json"
    storage.save(small_brief(), path)
    before = path.read_bytes()
    os.chmod(path, 0o444)
    brief = small_brief()
    brief.info.title = "Changed"
    with pytest.raises(SaveError, match="read-only"):
        storage.save(brief, path)
    assert path.read_bytes() == before
    assert oct(path.stat().st_mode & 0o777) == "0o444"


def test_a_read_only_backup_does_not_break_saves(tmp_path: Path) -> None:
    path, _current, _backup = _saved_twice(tmp_path)
    os.chmod(backup_path(path), 0o444)
    atomic_write(path, b"third version\n")
    assert path.read_bytes() == b"third version\n"
    assert backup_path(path).read_bytes() == b"second version\n"
    atomic_write(path, b"fourth version\n")  # and the backup it wrote can be replaced again
    assert backup_path(path).read_bytes() == b"third version\n"


def test_suggest_refuses_a_read_only_brief_and_later_saves_still_work(tmp_path: Path) -> None:
    path = tmp_path / "ro.brief.json"
    storage.save(small_brief(), path)
    storage.save(small_brief(), path)  # a backup exists
    os.chmod(path, 0o444)
    before = path.read_bytes()
    out = subprocess.run(
        [sys.executable, "-m", "briefing", "suggest", str(path)], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 1
    assert "read-only" in out.stderr and "Traceback" not in out.stderr
    assert path.read_bytes() == before
    os.chmod(path, 0o644)  # the analyst makes it writable again: saving works, the backup is not in the way
    brief = small_brief()
    brief.info.title = "After"
    storage.save(brief, path)
    assert storage.load(path).info.title == "After"


@pytest.mark.skipif(IS_ROOT, reason="root writes into read-only folders")
def test_a_read_only_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    atomic_write(folder / "b.brief.json", b"old\n")
    os.chmod(folder, 0o555)
    try:
        with pytest.raises(SaveError, match=r"cannot be written to.*previous file is unchanged"):
            atomic_write(folder / "b.brief.json", b"new\n")
        assert (folder / "b.brief.json").read_bytes() == b"old\n"
    finally:
        os.chmod(folder, 0o755)


def test_a_folder_refusing_writes_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same as above where the tests run as root: the refusal is injected at the OS call."""
    path, current, _backup = _saved_twice(tmp_path)

    def refuse(*_a: object, **_k: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("briefing.fileio.tempfile.mkstemp", refuse)
    with pytest.raises(SaveError, match=f"the folder {tmp_path} cannot be written to"):
        atomic_write(path, b"new\n")
    monkeypatch.undo()
    assert path.read_bytes() == current


def test_a_vanished_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "b.brief.json"
    atomic_write(path, b"old\n")
    shutil.rmtree(folder)  # the network folder went away
    with pytest.raises(SaveError, match="does not exist"):
        atomic_write(path, b"new\n")


def test_a_save_killed_half_way_leaves_no_hidden_file_for_long(tmp_path: Path) -> None:
    path, _current, _backup = _saved_twice(tmp_path)
    stale = tmp_path / ".b.brief.json.k2j4h1.tmp"  # what a save killed half-way leaves
    stale.write_bytes(b"x" * 100_000)
    old = time.time() - 3600
    os.utime(stale, (old, old))
    fresh = tmp_path / ".b.brief.json.zz9.tmp"  # a save in progress in another process right now
    fresh.write_bytes(b"y")
    other = tmp_path / ".other.brief.json.abc.tmp"  # another file's: not ours to remove
    other.write_bytes(b"z")
    os.utime(other, (old, old))
    atomic_write(path, b"third\n")
    assert not stale.exists()
    assert fresh.exists() and other.exists()
    assert remove_stale_temporaries(path, max_age=-1) == [fresh]


def test_a_kill_in_the_middle_of_a_save_leaves_the_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "big.brief.json"
    atomic_write(path, b"old\n")
    code = (
        "import os, sys\n"
        "from briefing import fileio\n"
        "real = os.replace\n"
        "def die(*a):\n"
        "    os.kill(os.getpid(), 9)\n"
        "fileio.os.replace = die\n"
        f"fileio.atomic_write({str(path)!r}, b'n' * 8_000_000)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert out.returncode == -9
    assert path.read_bytes() == b"old\n"
    leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers  # the kill left its temporary file; the next save clears it once it is old
    for p in leftovers:
        os.utime(p, (time.time() - 3600, time.time() - 3600))
    atomic_write(path, b"new\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.brief.json", "big.brief.json.bak"]
