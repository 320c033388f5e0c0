"""What Briefing agrees to read: regular files up to a size, JSON nested up to a depth, numbers in a range.

Every file may come from an adversary. The limits are checked where input is first read, so that every
later step (merge, validate, save, export) can live with what got through.
"""

from __future__ import annotations

import json
import math
import os
import stat
from collections.abc import Callable
from typing import Any

MAX_NESTING = 100  # JSON levels in a brief file; Briefing's own fields need five
MAX_SAFE_INTEGER = 2**53 - 1  # the largest whole number every JSON reader keeps exactly
MAX_NUMBER_DIGITS = 40  # a number written with more digits is never a brief's


class FileRefused(Exception):
    """A file Briefing will not read; ``str(e)`` says why, without the file's name."""


def size_text(size: int) -> str:
    """A size in the one unit the user sees: MB of 1,048,576 bytes, like the limits ("64 MB", "67.5 MB")."""
    if size and size % (1024 * 1024) == 0:
        return f"{size // (1024 * 1024)} MB"
    if size >= 100 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{size:,} bytes"


def too_large(size: int, limit: int) -> str:
    """ "the file is 80.5 MB; at most 64 MB may be read", never two figures that look the same."""
    shown = size_text(size)
    if f"{size / (1024 * 1024):.1f}" == f"{limit / (1024 * 1024):.1f}":
        shown = "more than " + size_text(limit)
    return f"the file is {shown}; at most {size_text(limit)} may be read"


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of ``path``, a regular file of at most ``limit`` bytes.

    Never blocks on a pipe and never reads more than ``limit + 1`` bytes, whatever the path names (a FIFO, a
    device such as /dev/zero behind a symlink, a file that grows while it is read). OSError passes through.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(f"this is {_kind(info.st_mode)}, not a file; only regular files are read")
        if info.st_size > limit:
            raise FileRefused(too_large(info.st_size, limit))
        chunks: list[bytes] = []
        got = 0
        while got <= limit:
            chunk = os.read(fd, min(1024 * 1024, limit + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        if got > limit:
            raise FileRefused(too_large(got, limit))
        return b"".join(chunks)
    finally:
        os.close(fd)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


# ---------------------------------------------------------------------------
# JSON: numbers and nesting


class OutOfRange:
    """Stands in for a number no brief can hold (4,300 digits, 1e999, NaN) until the check reports it."""

    __slots__ = ("literal",)

    def __init__(self, literal: str) -> None:
        self.literal = literal

    def __repr__(self) -> str:
        shown = self.literal if len(self.literal) <= 24 else f"{self.literal[:12]}…({len(self.literal)} characters)"
        return shown


def _parse_int(literal: str) -> int | OutOfRange:
    if len(literal) > MAX_NUMBER_DIGITS:  # int() of 4,300 digits raises; of 100,000 it takes a while
        return OutOfRange(literal)
    value = int(literal)
    return value if -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER else OutOfRange(literal)


def _parse_float(literal: str) -> float | OutOfRange:
    value = float(literal)
    return value if math.isfinite(value) and len(literal) <= 400 else OutOfRange(literal)


def parse_json(text: str) -> Any:
    """``json.loads`` where a number out of range becomes an ``OutOfRange`` for ``json_problems`` to report.

    Raises json.JSONDecodeError, or RecursionError for JSON nested deeper than the parser can go.
    """
    return json.loads(text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=OutOfRange)


def json_problems(data: Any, join: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """(path, message) for each number out of range, and for the first place nested deeper than MAX_NESTING.

    Iterative, so that any depth the parser accepted is walked safely. The first walk only looks; paths are
    built in a second walk, when there is something to report."""
    if not _walk(data, None):
        return []
    found: list[tuple[str, str]] = []
    _walk(data, (join, found))
    return found


def _walk(data: Any, report: tuple[Callable[[str, str], str], list[tuple[str, str]]] | None) -> bool:
    bad = deep = False
    stack: list[tuple[Any, int, str]] = [(data, 0, "")]
    while stack:
        value, depth, path = stack.pop()
        if isinstance(value, OutOfRange):
            bad = True
            if report is None:
                return True
            report[1].append(
                (path, f"the number {value!r} is out of range (whole numbers up to ±{MAX_SAFE_INTEGER:,})")
            )
            continue
        if not isinstance(value, (dict, list)):
            continue
        if depth >= MAX_NESTING:
            if report is None:
                return True
            if not deep:  # one report: the deepest branch says it all
                report[1].append(
                    (path, f"nested more than {MAX_NESTING} levels deep (a brief file may nest at most that)")
                )
            bad = deep = True
            continue
        if report is None:
            children = value.values() if isinstance(value, dict) else value
            stack.extend((child, depth + 1, "") for child in children if isinstance(child, (dict, list, OutOfRange)))
        elif isinstance(value, dict):
            join = report[0]
            stack.extend((child, depth + 1, join(path, str(key))) for key, child in reversed(value.items()))
        else:
            stack.extend((value[i], depth + 1, f"{path}[{i}]") for i in range(len(value) - 1, -1, -1))
    return bad
