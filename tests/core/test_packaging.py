"""The wheel carries resources/, and an installed (non-editable) copy finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode != 0:
        pytest.fail(done.stdout + done.stderr)
    return next(out.glob("briefing-*.whl"))


def test_wheel_contains_the_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "briefing/resources/actors.json",
        "briefing/resources/sample.brief.json",
        "briefing/resources/brief.schema.json",
        "briefing/resources/lexicon/stance.json",
        "briefing/resources/fonts/NotoSans-Regular.ttf",
        "briefing/resources/fonts/OFL.txt",
    ):
        assert needed in names


def test_installed_copy_loads_its_own_resources(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    code = (
        "import briefing.assets as a, briefing.storage as s; p = a.sample_brief_path(); "
        "b = s.load(p); print(p); print(b.info.title)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
    )
    assert out.returncode == 0, out.stderr
    path, title = out.stdout.splitlines()
    assert path.startswith(str(target))
    assert title == "Allies split on shooting down Russian aircraft"
