"""The open brief in the app: the core Brief, its file, its undo stack, and change signals for the views.

Edits replace objects rather than changing them in place (copy on write), so the old object serves
undo and a background export can read a consistent snapshot made by copying a few lists.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from .. import storage
from ..model import Brief, BriefInfo, Claim, Source

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..actors import ActorRegistry  # the names load on first use, not on the way to the first paint


def user_registry(parent: QWidget) -> ActorRegistry:
    """The shipped actors, extended by the user's ``actors.json`` in the app's settings folder (a list that cannot
    be read is said so over ``parent``, and the shipped one used)."""
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QMessageBox

    from ..actors import default_registry, load_registry
    from ..errors import BriefingError

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    extra = [p for p in (os.environ.get("BRIEFING_ACTORS"), str(Path(folder) / "actors.json")) if p]
    extra = [p for p in extra if Path(p).is_file()]
    if not extra:
        return default_registry()
    try:
        return load_registry(extra)
    except BriefingError as exc:
        QMessageBox.warning(parent, "Your actor list was not loaded", f"{exc}\n\nBriefing uses its own list.")
        return default_registry()


class BriefDocument(QObject):
    claimChanged = Signal(int)  # row
    claimsAboutToBeRemoved = Signal(int, int)
    claimsRemoved = Signal()
    claimsAboutToBeInserted = Signal(int, int)
    claimsInserted = Signal()
    claimsReset = Signal()
    infoChanged = Signal()
    sourcesChanged = Signal()
    changed = Signal()
    pathChanged = Signal()

    def __init__(
        self,
        brief: Brief | None = None,
        path: Path | None = None,
        registry: ActorRegistry | Callable[[], ActorRegistry] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``registry`` may be a function that makes it: it is then called when the names are first needed."""
        super().__init__(parent)
        self.brief = brief or Brief()
        self.path = path
        self.is_sample = False
        self._registry = registry
        self.undo_stack = QUndoStack(self)
        self._rows: dict[str, int] = {}
        self._reindex()

    # -- reading --------------------------------------------------------------------

    @property
    def registry(self) -> ActorRegistry:
        """The actors' names: the shipped list (or the one given), loaded when first needed."""
        if self._registry is None:
            from ..actors import default_registry

            self._registry = default_registry()
        elif callable(self._registry):
            self._registry = self._registry()
        return self._registry

    @registry.setter
    def registry(self, registry: ActorRegistry) -> None:
        self._registry = registry

    @property
    def claims(self) -> list[Claim]:
        return self.brief.claims

    def row_of(self, claim_id: str) -> int:
        return self._rows.get(claim_id, -1)

    def claim(self, claim_id: str) -> Claim | None:
        row = self._rows.get(claim_id)
        return self.brief.claims[row] if row is not None else None

    def snapshot(self) -> Brief:
        """A consistent copy for a background export: cheap, because edits never change objects in place."""
        return Brief(
            info=self.brief.info,
            sources=list(self.brief.sources),
            claims=list(self.brief.claims),
            extra=dict(self.brief.extra),
        )

    def display_name(self) -> str:
        if self.path is None:
            return "Untitled"
        return self.path.name

    # -- changing (called by undo commands only) ----------------------------------------

    def set_claim(self, claim: Claim) -> None:
        row = self._rows[claim.id]
        self.brief.claims[row] = claim
        self.claimChanged.emit(row)
        self.changed.emit()

    def remove_claims(self, ids: list[str]) -> list[tuple[int, Claim]]:
        """Remove claims; return (row, claim) pairs, in row order, for putting them back."""
        removed: list[tuple[int, Claim]] = []
        for row in sorted((self._rows[i] for i in ids), reverse=True):
            self.claimsAboutToBeRemoved.emit(row, row)
            removed.append((row, self.brief.claims.pop(row)))
            self._reindex()
            self.claimsRemoved.emit()
        self.changed.emit()
        return sorted(removed, key=lambda pair: pair[0])

    def insert_claims(self, pairs: list[tuple[int, Claim]]) -> None:
        """Insert (row, claim) pairs in ascending row order."""
        for row, claim in pairs:
            row = min(row, len(self.brief.claims))
            self.claimsAboutToBeInserted.emit(row, row)
            self.brief.claims.insert(row, claim)
            self._reindex()
            self.claimsInserted.emit()
        self.changed.emit()

    def set_info(self, info: BriefInfo) -> None:
        self.brief.info = info
        self.infoChanged.emit()
        self.changed.emit()

    def set_source(self, source: Source) -> None:
        for i, s in enumerate(self.brief.sources):
            if s.id == source.id:
                self.brief.sources[i] = source
        self.sourcesChanged.emit()
        self.changed.emit()

    def add_source(self, source: Source) -> None:
        self.brief.sources.append(source)
        self.sourcesChanged.emit()

    def remove_source(self, source_id: str) -> None:
        self.brief.sources = [s for s in self.brief.sources if s.id != source_id]
        self.sourcesChanged.emit()

    def replace_brief(self, brief: Brief) -> None:
        """A whole new brief: every view treats ``claimsReset`` as "everything changed"."""
        self.brief = brief
        self._reindex()
        self.claimsReset.emit()
        self.infoChanged.emit()
        self.changed.emit()

    def _reindex(self) -> None:
        self._rows = {c.id: i for i, c in enumerate(self.brief.claims)}

    # -- files --------------------------------------------------------------------------

    def save_to(self, path: Path) -> None:
        storage.save(self.brief, path)
        self.path = path
        self.is_sample = False
        self.undo_stack.setClean()
        self.pathChanged.emit()
