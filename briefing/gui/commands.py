"""Undo commands: every edit in the app is one of these, so Undo and Redo cover all of them."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from ..model import Brief, BriefInfo, Claim, Source
from .document import BriefDocument

# Commands with an id merge with the previous command of the same id (typing in a field is one step).
TYPING_ID = 1


class _Replace(QUndoCommand):
    """Put a new object in place of the old one (edits never change objects in place).

    ``field`` names the field being typed into: consecutive edits of the same field of the same object
    merge into one undo step."""

    def __init__(self, doc: BriefDocument, old: Any, new: Any, text: str, field: str = "") -> None:
        super().__init__(text)
        self.doc = doc
        self.old = old
        self.new = new
        self.field = field

    def _put(self, value: Any) -> None:
        raise NotImplementedError

    def _key(self) -> str:
        return ""

    def redo(self) -> None:
        self._put(self.new)

    def undo(self) -> None:
        self._put(self.old)

    def id(self) -> int:
        return TYPING_ID if self.field else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if type(other) is not type(self) or not self.field:
            return False
        assert isinstance(other, _Replace)
        if other.field != self.field or other._key() != self._key():
            return False
        self.new = other.new
        return True


class EditClaim(_Replace):
    def __init__(self, doc: BriefDocument, new: Claim, text: str, field: str = "") -> None:
        old = doc.claim(new.id)
        assert old is not None
        super().__init__(doc, old, new, text, field)

    def _put(self, value: Any) -> None:
        self.doc.set_claim(value)

    def _key(self) -> str:
        return str(self.new.id)


class ReplaceClaims(QUndoCommand):
    """Remove some claims and insert others: new claims, splits, merges."""

    def __init__(self, doc: BriefDocument, remove: list[str], insert: list[tuple[int, Claim]], text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.remove_ids = remove
        self.insert = insert
        self.removed: list[tuple[int, Claim]] = []

    def redo(self) -> None:
        self.removed = self.doc.remove_claims(self.remove_ids) if self.remove_ids else []
        self.doc.insert_claims(self.insert)

    def undo(self) -> None:
        if self.insert:
            self.doc.remove_claims([c.id for _, c in self.insert])
        self.doc.insert_claims(self.removed)


class EditInfo(_Replace):
    def __init__(self, doc: BriefDocument, new: BriefInfo, text: str, field: str = "") -> None:
        super().__init__(doc, doc.brief.info, new, text, field)

    def _put(self, value: Any) -> None:
        self.doc.set_info(value)


class EditSource(_Replace):
    def __init__(self, doc: BriefDocument, new: Source, text: str, field: str = "") -> None:
        old = doc.brief.source(new.id)
        assert old is not None
        super().__init__(doc, old, new, text, field)

    def _put(self, value: Any) -> None:
        self.doc.set_source(value)

    def _key(self) -> str:
        return str(self.new.id)


class AddSource(QUndoCommand):
    """An imported article: a source and its claims."""

    def __init__(self, doc: BriefDocument, source: Source, claims: list[Claim], text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.source = source
        self.claims = claims

    def redo(self) -> None:
        self.doc.add_source(self.source)
        start = len(self.doc.claims)
        self.doc.insert_claims([(start + i, c) for i, c in enumerate(self.claims)])

    def undo(self) -> None:
        self.doc.remove_claims([c.id for c in self.claims])
        self.doc.remove_source(self.source.id)
        self.doc.changed.emit()


class EditClaims(QUndoCommand):
    """Many claims changed at once (suggestions run over the whole brief, accept all)."""

    def __init__(self, doc: BriefDocument, new: list[Claim], text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.new = new
        self.old = [doc.claim(c.id) for c in new]

    def redo(self) -> None:
        for claim in self.new:
            self.doc.set_claim(claim)

    def undo(self) -> None:
        for claim in self.old:
            if claim is not None:
                self.doc.set_claim(claim)


class RemoveSource(QUndoCommand):
    """Remove a source and its claims; undo puts both back where they were."""

    def __init__(self, doc: BriefDocument, source_id: str, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.source_id = source_id
        self.index = next(i for i, s in enumerate(doc.brief.sources) if s.id == source_id)
        self.source = doc.brief.sources[self.index]
        self.removed: list[tuple[int, Claim]] = []

    def redo(self) -> None:
        ids = [c.id for c in self.doc.claims if c.source == self.source_id]
        self.removed = self.doc.remove_claims(ids) if ids else []
        self.doc.remove_source(self.source_id)
        self.doc.changed.emit()

    def undo(self) -> None:
        self.doc.brief.sources.insert(self.index, self.source)
        self.doc.sourcesChanged.emit()
        self.doc.insert_claims(self.removed)


class ReplaceBrief(QUndoCommand):
    """A whole new brief in place of the open one (a merge of two analysts' files)."""

    def __init__(self, doc: BriefDocument, new: Brief, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.old = doc.brief
        self.new = new

    def redo(self) -> None:
        self.doc.replace_brief(self.new)

    def undo(self) -> None:
        self.doc.replace_brief(self.old)
