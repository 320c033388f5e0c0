"""File › Export As (CSV, country matrix, Markdown, W3C Web Annotation) and File › Import Annotations."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from .. import storage
from ..errors import BriefingError
from ..fileio import atomic_write
from ..formats import FORMATS, export
from .commands import ReplaceBrief
from .document import BriefDocument

FILTERS = {
    "csv": "CSV (*.csv)",
    "matrix": "CSV (*.csv)",
    "md": "Markdown (*.md)",
    "w3c": "W3C Web Annotation (*.jsonld *.json)",
}
NAMES = {"csv": "claims", "matrix": "countries", "md": "brief", "w3c": "annotations"}


class OpenFormats:
    """The actions, added to the window's File menu after Export PDF."""

    def __init__(self, window: QMainWindow, doc_of: Callable[[], BriefDocument], menu: QMenu) -> None:
        self.window = window
        self._doc_of = doc_of
        self.export_menu = menu.addMenu("E&xport As")
        self.export_menu.setObjectName("exportAsMenu")
        self.export_actions: dict[str, QAction] = {}
        for fmt, (label, _suffix) in FORMATS.items():
            action = QAction(label[:1].upper() + label[1:] + "…", window)
            action.triggered.connect(lambda _=False, f=fmt: self.export_dialog(f))
            self.export_menu.addAction(action)
            self.export_actions[fmt] = action
        self.import_action = QAction("Impor&t Annotations (W3C)…", window)
        self.import_action.setStatusTip("Read W3C Web Annotations back onto this brief's sources")
        self.import_action.triggered.connect(self.import_dialog)
        menu.addAction(self.import_action)

    @property
    def doc(self) -> BriefDocument:
        return self._doc_of()

    def _dir(self) -> str:
        last = getattr(self.window, "_last_dir", None)
        return str(last()) if callable(last) else ""

    def export_dialog(self, fmt: str) -> None:
        suffix = FORMATS[fmt][1]
        stem = self.doc.path.name.replace(storage.SUFFIX, "") if self.doc.path else "brief"
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            f"Export {FORMATS[fmt][0]}",
            str(Path(self._dir()) / f"{stem}-{NAMES[fmt]}{suffix}"),
            FILTERS[fmt],
        )
        if path:
            self.export_to(fmt, path if Path(path).suffix else path + suffix)

    def export_to(self, fmt: str, path: str) -> bool:
        try:
            atomic_write(path, export(self.doc.snapshot(), fmt), backup=False)
        except BriefingError as exc:
            QMessageBox.critical(self.window, "Could not export", str(exc))
            return False
        self.window.statusBar().showMessage(f"Exported {path}", 6000)
        return True

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Import W3C Web Annotations", self._dir(), FILTERS["w3c"] + ";;All files (*)"
        )
        if path:
            self.import_from(path)

    def import_from(self, path: str) -> bool:
        """Attach the annotations (one undo step); report what was orphaned rather than attach it elsewhere."""
        from ..formats.w3c import import_annotations  # loaded on the menu action, not on the way to the window

        try:
            doc = json.loads(storage.read_text(path))
            brief = copy.deepcopy(self.doc.brief)
            report = import_annotations(brief, doc)
        except json.JSONDecodeError as exc:
            QMessageBox.critical(self.window, "Could not import", f"{path}: not JSON ({exc.msg}, line {exc.lineno})")
            return False
        except BriefingError as exc:
            QMessageBox.critical(self.window, "Could not import", str(exc))
            return False
        self.doc.undo_stack.push(ReplaceBrief(self.doc, brief, f"Import annotations from {Path(path).name}"))
        lines = report.lines()
        if report.orphaned or report.kept:
            QMessageBox.information(self.window, "Annotations imported", "\n".join(lines[:40]))
        self.window.statusBar().showMessage(lines[0] + "; Undo takes it back.", 8000)
        return True
