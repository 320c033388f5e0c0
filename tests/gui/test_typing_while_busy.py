"""Keys typed while the app works in the background, before its progress dialog shows, wait for the work to end:
on a real X server (Xvfb) with real key presses (xdotool), an edit typed then reaches the field only after the
worker has finished reading the brief, so it cannot race the worker's reading."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.assets import sample_brief_path

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not (sys.platform.startswith("linux") and shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (the CI installs them)",
)


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    """A real X server on a free display."""
    for number in range(181, 230):
        if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while server.poll() is None and time.monotonic() < deadline:
            probe = subprocess.run(["xdotool", "getdisplaygeometry"], env=dict(os.environ, DISPLAY=f":{number}"),
                                   capture_output=True)
            if probe.returncode == 0:
                try:
                    yield f":{number}"
                finally:
                    server.kill()
                    server.wait()
                return
            time.sleep(0.1)
        server.kill()
        server.wait()
    pytest.skip("no X server could be started")


def test_keys_typed_before_the_progress_dialog_wait_for_the_work(tmp_path: Path, display: str) -> None:
    brief = tmp_path / "crisis.brief.json"
    shutil.copy(sample_brief_path(), brief)
    flag = tmp_path / "typed"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_STATE_HOME=str(tmp_path / "state"))
    driver = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "gui" / "typing_driver.py"), str(brief), str(flag)],
        env=env, cwd=tmp_path, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )
    lines: list[str] = []
    try:
        assert driver.stderr is not None
        for line in driver.stderr:
            lines.append(line.rstrip("\n"))
            if line.startswith("SHOWN "):
                window = line.split()[1]
                subprocess.run(["xdotool", "windowfocus", "--sync", window], env=dict(os.environ, DISPLAY=display),
                               timeout=30)
            elif line.startswith("BUSY"):
                # the user types a new title while the app is reading (no dialog yet: the window looks idle)
                subprocess.run(["xdotool", "type", "--delay", "30", "Typed while busy"],
                               env=dict(os.environ, DISPLAY=display), timeout=30)
                time.sleep(0.5)
                flag.touch()
        driver.wait(timeout=60)
    finally:
        if driver.poll() is None:
            driver.kill()
            driver.wait()
        if driver.stderr is not None:
            driver.stderr.close()
    text = "\n".join(lines)
    assert "Traceback" not in text, text
    at_return = next(line for line in lines if line.startswith("AT_RETURN"))
    later = next(line for line in lines if line.startswith("LATER"))
    assert "Typed while busy" not in at_return, text  # nothing reached the brief while the worker read it
    assert later == "LATER Typed while busy", text  # and nothing typed was lost: it arrives once the work is done
    assert driver.returncode == 0, text
