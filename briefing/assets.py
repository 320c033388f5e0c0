"""Where the data files Briefing ships live (inside the installed package or beside the checkout)."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def resource_dir() -> Path:
    """The ``resources`` folder: packaged as ``briefing/resources`` in a wheel, at the top in a checkout."""
    for candidate in (_HERE / "resources", _HERE.parent / "resources"):
        if (candidate / "actors.json").is_file():
            return candidate
    raise FileNotFoundError("Briefing's resources folder is missing; reinstall Briefing.")


def resource(name: str) -> Path:
    return resource_dir() / name


def sample_brief_path() -> Path:
    return resource("sample.brief.json")
