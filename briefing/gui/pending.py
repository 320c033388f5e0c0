"""Text half-typed in a field that only takes a valid value (an event date, a roster): it is on screen but not
yet in the brief. The fields report it here, the lifecycle writes it to the recovery journal, and after a crash
the lifecycle hands it back to the fields, so it comes back as typed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class PendingText(QObject):
    """One per document: ``key`` names the field ("roster", "event_date:C12"), ``text`` what it shows."""

    changed = Signal()
    restored = Signal(str, str)  # key, text: put this text back into the field

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("pendingText")
        self.fields: dict[str, str] = {}

    def set(self, key: str, text: str) -> None:
        """The field shows ``text`` that is not in the brief; "" when what it shows is in the brief."""
        if self.fields.get(key, "") == text:
            return
        if text:
            self.fields[key] = text
        else:
            self.fields.pop(key, None)
        self.changed.emit()

    def restore(self, fields: dict[str, str]) -> None:
        for key, text in fields.items():
            self.restored.emit(key, text)


def pending_for(doc: QObject) -> PendingText:
    """The document's half-typed text, shared by its fields and its lifecycle."""
    found = doc.findChild(PendingText, "pendingText")
    return found if isinstance(found, PendingText) else PendingText(doc)
