"""Suggesting positions from the app: toward the brief's key question, learning from the analyst's decisions in this
brief, and offering to suggest again when the analyst changes the question (never touching the analyst's positions).
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QPushButton, QWidget

from ..model import Brief, Claim
from .commands import EditClaims

LEARNING_KEY = "suggestion_learning"  # where a brief keeps what its suggestions learned (suggest.learning.KEY)

QUESTION_PAUSE_MS = 1500  # the offer comes once the analyst has stopped typing the question


def suggested_claims(
    brief: Brief, claims: list[Claim], registry: Any = None, progress: Any = None
) -> tuple[list[Claim], Any]:
    """Copies of ``claims`` with their suggestions read again toward the brief's question, and what the suggestions
    learned (for ``suggestion_learning``, None when nothing); ``brief`` is unchanged. ``progress``: the background
    work's (how far it has read; Cancel stops it between chunks of claims)."""
    work = Brief(info=brief.info, sources=brief.sources, claims=[copy.deepcopy(c) for c in brief.claims],
                 extra=dict(brief.extra))
    from ..suggest import suggest_brief  # loads the suggestion rules (and later the parser) on first use

    wanted = {c.id for c in claims}
    chosen = [c for c in work.claims if c.id in wanted] or [copy.deepcopy(c) for c in claims]
    suggest_brief(work, claims=chosen, registry=registry, progress=_told(progress, "suggestions cancelled"))
    return chosen, work.extra.get(LEARNING_KEY)


def _told(progress: Any, cancelled: str) -> Any:
    """A progress callback for ``suggest_brief`` that tells the background work's progress and stops when the
    analyst pressed Cancel (None without a progress)."""
    if progress is None:
        return None
    from ..errors import Cancelled

    def tell(done: int, total: int) -> None:
        if progress.cancelled():
            raise Cancelled(cancelled)
        progress.fraction = done / max(total, 1)

    return tell


def suggest_imported(brief: Brief, source: Any, claims: list[Claim], registry: Any, progress: Any, name: str) -> None:
    """Suggestions for an article's new ``claims`` as the command line makes them: toward the brief's key question,
    with the article around each claim (quotations, who it names in full, its line on the question, the learned
    linker and vetter). Runs in the import's worker thread; the progress dialog shows how far it has read, and
    Cancel stops it between chunks of claims. ``brief`` itself is not changed."""
    from ..suggest import suggest_brief

    work = Brief(info=brief.info, sources=[*brief.sources, source], claims=[*brief.claims, *claims],
                 extra=dict(brief.extra))
    tell = _told(progress, f"{name}: import cancelled")
    tell(0, len(claims))
    suggest_brief(work, claims=claims, registry=registry, progress=tell)


def suggest_into(window: Any, claims: list[Claim], label: str) -> int:
    """Suggest again for ``claims`` as one undoable step, off the GUI thread behind a progress dialog with Cancel
    (a brief of thousands of claims takes seconds); return how many claims changed, -1 when the analyst cancelled
    (the status bar says so)."""
    from ..errors import Cancelled

    doc = window.doc
    brief, registry = doc.brief, doc.registry
    try:
        new, learned = window._in_background(
            lambda progress: suggested_claims(brief, claims, registry, progress), f"{label}…", cancellable=True
        )
    except Cancelled:
        window.statusBar().showMessage("Suggestions cancelled; nothing was changed.", 6000)
        return -1
    if learned is not None:
        brief.extra[LEARNING_KEY] = learned
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
        if n < 0:
            return
        self.window.statusBar().showMessage(
            f"Suggestions read toward the new question: {n} claims changed; your own positions were kept. "
            + status_line(doc.brief),
            8000,
        )


def install_question_watch(window: Any) -> QuestionWatch:
    window.question_watch = QuestionWatch(window)
    return window.question_watch


# -- the analyst's own cues: a position added by hand offers its words (issue 9, point 4) ----------------------------


def cue_offer(brief: Brief, claim: Claim | None, actor: str, registry: Any) -> tuple[str, int] | None:
    """(phrase, polarity) that ``actor``'s position, added by hand in ``claim``, offers as a new cue for this brief;
    None when the position was suggested, has no stance yet, or its words are a cue already."""
    pos = claim.position_for(actor) if claim is not None and actor else None
    if claim is None or pos is None or pos.suggested or pos.cue or not pos.stance:
        return None
    from ..suggest import default_lexicon
    from ..suggest.learning import offered_cue

    phrase = offered_cue(claim.text, actor, registry, default_lexicon())
    if not phrase or phrase in own_cues(brief):
        return None
    return phrase, 1 if pos.stance > 0 else -1


def own_cues(brief: Brief) -> list[str]:
    """The phrases the analyst made cues in this brief."""
    data = brief.extra.get(LEARNING_KEY)
    cues = data.get("cues", []) if isinstance(data, dict) else []
    return [str(c["phrase"]) for c in cues if isinstance(c, dict) and "phrase" in c]


def with_cue(learning: Any, phrase: str, polarity: int) -> dict[str, Any]:
    """A copy of a brief's ``suggestion_learning`` with ``phrase`` among its own cues (no longer on offer)."""
    data = copy.deepcopy(learning) if isinstance(learning, dict) else {}
    cues = [c for c in data.get("cues", []) if isinstance(c, dict) and c.get("phrase") != phrase]
    data["cues"] = [*cues, {"phrase": phrase, "polarity": polarity, "strength": 1, "object": False}]
    data["offered"] = [o for o in data.get("offered", []) if isinstance(o, dict) and o.get("phrase") != phrase]
    return data


class AcceptCue(QUndoCommand):
    """Make an offered phrase one of this brief's own cues; Undo takes it back."""

    def __init__(self, doc: Any, phrase: str, polarity: int) -> None:
        super().__init__(f"Use “{phrase}” as a cue")
        self.doc = doc
        self.had = LEARNING_KEY in doc.brief.extra
        self.old = doc.brief.extra.get(LEARNING_KEY)
        self.new = with_cue(self.old, phrase, polarity)

    def _put(self, value: Any, present: bool) -> None:
        extra = dict(self.doc.brief.extra)  # a new dict: snapshots taken for a background export keep theirs
        if present:
            extra[LEARNING_KEY] = value
        else:
            extra.pop(LEARNING_KEY, None)
        self.doc.brief.extra = extra
        self.doc.changed.emit()

    def redo(self) -> None:
        self._put(self.new, True)

    def undo(self) -> None:
        self._put(self.old, self.had)


class CueOffer(QFrame):
    """Under the positions editor: “Use ‘lash* out at’ as a cue in this brief?” with a button, shown when the selected
    position was added by hand and its words are not a cue yet."""

    accepted = Signal(str)

    def __init__(self, doc: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.offer: tuple[str, int] | None = None
        self.claim_id: str | None = None
        self.actor = ""
        doc.changed.connect(self.refresh)
        self.setObjectName("cueOffer")
        self.setAccessibleName("New cue offered from a position added by hand")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setObjectName("cueOfferText")
        self.text.setWordWrap(True)
        self.button = QPushButton("Use as cue")
        self.button.setObjectName("acceptCueButton")
        self.button.setToolTip("Add these words to this brief's own cues (Undo takes them back)")
        self.button.clicked.connect(self.accept)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.hide()

    def show_for(self, claim: Claim | None, actor: str) -> None:
        self.claim_id, self.actor = (claim.id if claim is not None else None), actor
        # (no claim or actor: no offer, and the actors' names are not loaded for it, as at start)
        self.offer = cue_offer(self.doc.brief, claim, actor, self.doc.registry) if claim is not None and actor else None
        if self.offer is None:
            self.hide()
            return
        from html import escape  # (not on the way to the first paint)

        phrase, polarity = self.offer
        lean = self.doc.brief.info.stance_level(polarity).label
        self.text.setText(
            f"Use “{escape(phrase)}” as a cue in this brief? You placed {escape(actor)} by hand on these words; "
            f"suggestions would then read them, after any country, as leaning to “{escape(lean)}”. "
            "Only this brief learns it."
        )
        self.show()

    def accept(self) -> None:
        if self.offer is None:
            return
        phrase, polarity = self.offer
        self.doc.undo_stack.push(AcceptCue(self.doc, phrase, polarity))
        self.offer = None
        self.hide()
        self.accepted.emit(phrase)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(accepted_message(phrase), 8000)

    def refresh(self) -> None:
        """After any edit (an Undo of the cue among them): offer again for the same position, or not."""
        if self.claim_id is not None:
            self.show_for(self.doc.claim(self.claim_id), self.actor)


def accepted_message(phrase: str) -> str:
    return f"“{phrase}” is now a cue in this brief: Suggest again reads the other claims with it. Undo takes it back."
