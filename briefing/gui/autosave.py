"""Autosave and recovery: unsaved work is written aside every half minute and offered back after a crash."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from .. import storage
from ..errors import BriefingError
from ..fileio import atomic_write
from ..model import Brief
from .document import BriefDocument

INTERVAL_MS = 30_000


def autosave_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "autosave"


class Autosave(QObject):
    def __init__(self, doc: BriefDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.folder = autosave_dir()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        doc.undo_stack.cleanChanged.connect(lambda clean: self.discard() if clean else None)

    @property
    def brief_path(self) -> Path:
        return self.folder / "unsaved.brief.json"

    @property
    def meta_path(self) -> Path:
        return self.folder / "unsaved.json"

    def save_now(self) -> bool:
        """Write the open brief aside if it has unsaved changes; True when written."""
        if self.doc.undo_stack.isClean():
            return False
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            storage.save(self.doc.snapshot(), self.brief_path, backup=False)
            meta = {"path": str(self.doc.path) if self.doc.path else "", "sample": self.doc.is_sample}
            atomic_write(self.meta_path, json.dumps(meta).encode("utf-8"), backup=False)
        except (BriefingError, OSError):
            return False  # autosave is a safety net; a failure here must not interrupt the analyst
        return True

    def discard(self) -> None:
        for path in (self.brief_path, self.meta_path):
            path.unlink(missing_ok=True)

    def pending(self) -> tuple[Brief, Path | None] | None:
        """Unsaved work left by a session that ended without saving, if any can be read."""
        if not self.brief_path.is_file():
            return None
        try:
            brief = storage.load(self.brief_path)
            meta = json.loads(self.meta_path.read_text(encoding="utf-8")) if self.meta_path.is_file() else {}
        except (BriefingError, OSError, ValueError):
            return None
        original = meta.get("path") if isinstance(meta, dict) else ""
        return brief, (Path(original) if original else None)
