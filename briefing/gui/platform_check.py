"""Before Qt starts on Linux: name the system libraries its xcb platform plugin needs and cannot find.

Without them Qt aborts with a message that blames only libxcb-cursor0, whatever is missing. The list of libraries and
their Debian packages is data (`resources/linux-libraries.json`), checked against the installed wheel by the tests.
This module does not import Qt, so it can run before Qt loads anything.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from ..assets import resource


def required_libraries() -> dict[str, str]:
    """The soname → Debian package table for the xcb platform plugin."""
    with open(resource("linux-libraries.json"), encoding="utf-8") as handle:
        data = json.load(handle)
    return dict(data["libraries"])


def missing_libraries() -> dict[str, str]:
    """The libraries of the table that this system cannot load, with their packages (loader names are skipped)."""
    import ctypes  # only where xcb is used (not with offscreen or Wayland)

    missing: dict[str, str] = {}
    for soname, package in required_libraries().items():
        if soname.startswith("ld-linux"):
            continue
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing[soname] = package
    return missing


def uses_xcb() -> bool:
    """True when Qt will pick its xcb plugin: Linux, an X display, and no other platform asked for."""
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    return bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY")


def missing_message(missing: dict[str, str]) -> str:
    packages = sorted(set(missing.values()))
    return (
        "briefing: the desktop app cannot start: Qt's X11 support needs system libraries that are not installed ("
        + ", ".join(sorted(missing))
        + ").\nOn Debian or Ubuntu, install them with:\n  sudo apt-get install "
        + " ".join(packages)
        + "\nThe command line works without them (see briefing --help)."
    )


def plugin_path() -> Path | None:
    """Where the installed PySide6 keeps the xcb plugin (for the tests), found without importing Qt."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return path if path.exists() else None
