"""First start on a Linux desktop: the libraries Qt's xcb plugin needs are all listed, and named if missing."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.gui import platform_check

ROOT = Path(__file__).resolve().parents[2]
QT_LIBS = ("XcbQpa", "Gui", "Core", "DBus", "Widgets", "Pdf", "PdfWidgets")


def _needed(path: Path) -> set[str]:
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, timeout=60, check=True)
    return set(re.findall(r"^\s*NEEDED\s+(\S+)", out.stdout, re.M))


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("objdump") is None, reason="needs objdump")
def test_every_library_the_xcb_plugin_loads_is_listed() -> None:
    plugin = platform_check.plugin_path()
    assert plugin is not None, "PySide6 ships no xcb plugin"
    qt_lib = plugin.parents[2] / "lib"
    needed = _needed(plugin)
    for name in QT_LIBS:
        needed |= _needed(qt_lib / f"libQt6{name}.so.6")
    bundled = {p.name for p in qt_lib.iterdir()}
    system = {lib for lib in needed if lib not in bundled and not lib.startswith("libQt6")}
    listed = platform_check.required_libraries()
    assert sorted(system - listed.keys()) == []
    # The two that a fresh Debian 12 desktop lacks and Qt's own message never names.
    assert {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"} <= system


def test_readme_names_every_package() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    install_lines = [line for line in readme.splitlines() if "apt-get install" in line]
    named = set(" ".join(install_lines).split())
    always_there = {"libc6", "libstdc++6", "libgcc-s1", "zlib1g", "libzstd1"}  # essential on every Debian
    packages = set(platform_check.required_libraries().values()) - always_there
    assert sorted(packages - named) == []


def test_a_missing_library_is_named_with_its_package(monkeypatch: pytest.MonkeyPatch) -> None:
    table = {"libbriefing-absent.so.7": "libbriefing-absent7", "libc.so.6": "libc6"}
    monkeypatch.setattr(platform_check, "required_libraries", lambda: table)
    missing = platform_check.missing_libraries()
    assert missing == {"libbriefing-absent.so.7": "libbriefing-absent7"}
    message = platform_check.missing_message(missing)
    assert "libbriefing-absent.so.7" in message
    assert "sudo apt-get install libbriefing-absent7" in message


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, False),
    ],
)
def test_the_check_runs_only_where_qt_will_use_xcb(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: bool
) -> None:
    for key in ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(sys, "platform", "linux")
    assert platform_check.uses_xcb() is expected
