"""The one family of exceptions the core raises, with messages written for the analyst."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class BriefingError(Exception):
    """Base of every error the core reports to a user. ``str(e)`` is the message to show."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, with the JSON path where it is."""

    path: str
    message: str

    def __str__(self) -> str:
        text = f"{self.path}: {self.message}" if self.path else self.message
        # Paths and messages quote the file's own keys and text: a terminal must never run its escape sequences.
        return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


class InvalidBriefError(BriefingError):
    """A brief file that cannot be used as it is; ``problems`` lists every fault found."""

    def __init__(self, problems: list[Problem], filename: str | None = None) -> None:
        self.problems = problems
        self.filename = filename
        head = f"{filename}: " if filename else ""
        if len(problems) == 1:
            text = f"{head}{problems[0]}"
        else:
            lines = "\n".join(f"  {p}" for p in problems[:50])
            more = f"\n  … and {len(problems) - 50} more" if len(problems) > 50 else ""
            text = f"{head}{len(problems)} problems:\n{lines}{more}"
        super().__init__(text)


class SaveError(BriefingError):
    """A save that did not happen; the previous file is untouched."""


class ImportArticleError(BriefingError):
    """An article that could not be read."""


class ExportError(BriefingError):
    """A brief that could not be written as a PDF."""


class Cancelled(BriefingError):
    """Work the user stopped (an import); nothing was changed."""
