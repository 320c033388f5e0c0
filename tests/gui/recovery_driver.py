"""Drives the real app in a subprocess for tests/gui/test_recovery.py: ``python recovery_driver.py [briefing args]``.

It starts Briefing through its command line (``briefing open …``) and answers its dialogs from the environment:
DRIVER_RECOVER ("restore" or "" for not now), DRIVER_NEW=1 starts an untitled brief, DRIVER_EDITS="4,5" makes
those edits through the real undo stack (each prints "EDIT n" once it is on screen), DRIVER_SAVE=1 saves and quits,
DRIVER_YES="Title|Other title" answers Yes to those questions (every other question is answered No).
DRIVER_HALF="2025-09|Poland, Germ" types, a key at a time, that event date into the third claim and that roster
(prints "HALF" once both are on screen), and DRIVER_SHOW=1 prints the fields' text ("FIELDS date=… roster=…").
Each edit sets claim number n's note to "note n" and types the title "Title n" (typing edits merge)."""

from __future__ import annotations

import dataclasses
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit, QMessageBox

from briefing import cli
from briefing.gui import lifecycle
from briefing.gui.commands import EditClaim, EditInfo


def say(text: str) -> None:
    print(text, flush=True)


def choose_recoveries(_parent, records):  # type: ignore[no-untyped-def]
    for record in records:
        say(f"OFFERED {record.describe()}")
    return (list(records), []) if os.environ.get("DRIVER_RECOVER") == "restore" else ([], [])


def question(_parent, title, text, *_a, **_k):  # type: ignore[no-untyped-def]
    say(f"QUESTION {title}: {text!r}")
    if title in os.environ.get("DRIVER_YES", "").split("|"):
        return QMessageBox.StandardButton.Yes
    return QMessageBox.StandardButton.No


def critical(_parent, title, text, *_a, **_k):  # type: ignore[no-untyped-def]
    say(f"ERROR {title}: {text!r}")
    return QMessageBox.StandardButton.Ok


def type_into(edit: QLineEdit, text: str) -> None:
    dock = edit.parent()
    while dock is not None and not isinstance(dock, QDockWidget):
        dock = dock.parent()
    if dock is not None:
        dock.raise_()
    edit.window().activateWindow()
    edit.setFocus()
    for _ in range(100):
        if edit.hasFocus():
            break
        QApplication.processEvents()
        QTest.qWait(10)
    edit.selectAll()
    QTest.keyClicks(edit, text)


def drive(window) -> None:  # type: ignore[no-untyped-def]
    doc = window.doc
    say(f"OPENED {doc.path} modified={window.isWindowModified()} title={doc.brief.info.title!r}")
    if os.environ.get("DRIVER_SHOW"):
        roster = window.brief_editor.roster_edit
        say(
            f"FIELDS claim={window.inspector.claim_id} date={window.inspector.event_date.text()!r} "
            f"roster={roster.text()!r} brief_roster={','.join(doc.brief.info.roster)}"
        )
    if os.environ.get("DRIVER_HALF"):
        day, roster_text = os.environ["DRIVER_HALF"].split("|")
        window.select_claim(doc.claims[2].id)
        type_into(window.inspector.event_date, day)
        type_into(window.brief_editor.roster_edit, roster_text)
        say("HALF")
    if os.environ.get("DRIVER_NEW"):
        window.life.new_brief()
        doc.undo_stack.push(EditInfo(doc, dataclasses.replace(doc.brief.info, title="Untitled work"), "Title"))
        say("EDIT new")
    edits = [int(n) for n in os.environ.get("DRIVER_EDITS", "").split(",") if n]
    for n in edits:
        claim = doc.claims[n - 1]
        doc.undo_stack.push(EditClaim(doc, dataclasses.replace(claim, note=f"note {n}"), f"Note on {claim.id}"))
        for typed in range(1, len(f"Title {n}") + 1):  # typed a letter at a time: one merged undo step
            info = dataclasses.replace(doc.brief.info, title=f"Title {n}"[:typed])
            doc.undo_stack.push(EditInfo(doc, info, "Title", field="title"))
        say(f"EDIT {n}")
    if os.environ.get("DRIVER_SAVE"):
        say(f"SAVED {window.save()} {doc.path}")
        window.close()
        QApplication.quit()
        return
    say("IDLE")  # and wait to be killed


def main() -> int:
    original = lifecycle.DocumentLifecycle.offer_recovery

    def offer_recovery(self, path=None):  # type: ignore[no-untyped-def]
        got = original(self, path)
        QTimer.singleShot(0, lambda: drive(self.window) if got else None)
        return got

    original_open = lifecycle.DocumentLifecycle.open_path
    started = []

    def open_path(self, path):  # type: ignore[no-untyped-def]
        ok = original_open(self, path)
        if not started:
            started.append(True)
            QTimer.singleShot(0, lambda: drive(self.window))
        return ok

    lifecycle.DocumentLifecycle.offer_recovery = offer_recovery  # type: ignore[method-assign]
    lifecycle.DocumentLifecycle.open_path = open_path  # type: ignore[method-assign]
    lifecycle.choose_recoveries = choose_recoveries
    QMessageBox.question = staticmethod(question)  # type: ignore[method-assign,assignment]
    QMessageBox.critical = staticmethod(critical)  # type: ignore[method-assign,assignment]
    return cli.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
