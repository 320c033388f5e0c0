"""Suggesting positions from the app: toward the brief's key question, learning from the analyst's decisions in this
brief, and offering to suggest again when the analyst changes the question (never touching the analyst's positions).
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from ..model import Brief, Claim
from .commands import EditClaims

LEARNING_KEY = "suggestion_learning"  # where a brief keeps what its suggestions learned (suggest.learning.KEY)

QUESTION_PAUSE_MS = 1500  # the offer comes once the analyst has stopped typing the question


def suggested_claims(brief: Brief, claims: list[Claim], registry: Any = None) -> list[Claim]:
    """Copies of ``claims`` with their suggestions read again toward the brief's question; ``brief`` is unchanged
    except for what the suggestions learned (kept under ``suggestion_learning``)."""
    work = Brief(info=brief.info, sources=brief.sources, claims=[copy.deepcopy(c) for c in brief.claims],
                 extra=dict(brief.extra))
    from ..suggest import suggest_brief  # loads the suggestion rules (and later the parser) on first use

    wanted = {c.id for c in claims}
    chosen = [c for c in work.claims if c.id in wanted] or [copy.deepcopy(c) for c in claims]
    suggest_brief(work, claims=chosen, registry=registry)
    if LEARNING_KEY in work.extra:
        brief.extra[LEARNING_KEY] = work.extra[LEARNING_KEY]
    return chosen


def suggest_into(window: Any, claims: list[Claim], label: str) -> int:
    """Suggest again for ``claims`` as one undoable step; return how many claims changed."""
    doc = window.doc
    new = suggested_claims(doc.brief, claims, doc.registry)
    changed = [n for n, old in zip(new, claims) if n != old]
    if changed:
        doc.undo_stack.push(EditClaims(doc, changed, label))
    return len(changed)


def status_line(brief: Brief) -> str:
    from ..suggest import learning_summary

    return learning_summary(brief)


def ask_resuggest(window: Any, question: str) -> bool:
    """Whether to suggest again toward the new question (tests replace this)."""
    answer = QMessageBox.question(
        window,
        "Suggest again for the new question?",
        f"The key question is now:\n\n{question}\n\nSuggest positions again toward it? Your own positions, accepted "
        "suggestions and rejections are kept; only suggestions you have not reviewed are replaced.",
    )
    return answer == QMessageBox.StandardButton.Yes


class QuestionWatch(QObject):
    """Offers to suggest again once the analyst has changed the key question and stopped typing."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.seen = window.doc.brief.info.question
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(QUESTION_PAUSE_MS)
        self.timer.timeout.connect(self.offer)
        window.doc.infoChanged.connect(self._changed)
        window.doc.claimsReset.connect(self._reset)

    def _reset(self) -> None:  # another brief: its question is the one seen
        self.timer.stop()
        self.seen = self.window.doc.brief.info.question

    def _changed(self) -> None:
        if self.window.doc.brief.info.question != self.seen:
            self.timer.start()

    def offer(self) -> None:
        doc = self.window.doc
        question = doc.brief.info.question
        if question == self.seen:
            return
        self.seen = question
        if not question.strip() or not doc.claims or not ask_resuggest(self.window, question):
            return
        n = suggest_into(self.window, list(doc.claims), "Suggest positions toward the new question")
        self.window.statusBar().showMessage(
            f"Suggestions read toward the new question: {n} claims changed; your own positions were kept. "
            + status_line(doc.brief),
            8000,
        )


def install_question_watch(window: Any) -> QuestionWatch:
    window.question_watch = QuestionWatch(window)
    return window.question_watch
