"""The desktop app (PySide6 only here): a thin layer over the core."""

from __future__ import annotations

from typing import Any


def create_main_window(path: str | None = None) -> Any:
    """Build the main window on ``path`` (the bundled sample when None) without entering the event loop."""
    from .app import ensure_app
    from .main_window import MainWindow

    ensure_app()
    window = MainWindow()
    window.open_path(path)
    return window
