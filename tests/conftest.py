"""Shared fixtures: the bundled sample, the seed article, and small briefs made on the spot."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests (and the processes they start) keep the parsed fonts and the registry in a folder of their own, removed at
# the end, never in the developer's own cache.
_CACHE = tempfile.mkdtemp(prefix="briefing-test-cache-")
os.environ.setdefault("BRIEFING_CACHE_DIR", _CACHE)
atexit.register(shutil.rmtree, _CACHE, True)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "nato-airspace-bloomberg.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def sample_path(tmp_path: Path) -> Path:
    """A copy of the bundled sample brief that a test may change."""
    from briefing.assets import sample_brief_path

    target = tmp_path / "sample.brief.json"
    shutil.copy(sample_brief_path(), target)
    return target


@pytest.fixture
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip("the seed article (../shared/seed) is not beside this checkout")
    return SEED
