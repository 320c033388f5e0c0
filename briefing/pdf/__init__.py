"""The one-page policy brief in ReportLab (no Qt): who stands where, on what evidence, what follows.

``render_brief`` always returns exactly one page. When the content is too large it fits it in the
order BRIEF.md gives: drop the lowest-priority rows, then shrink type (never below 7 pt), then
shorten free text with an ellipsis. The ``FitReport`` says what was cut.
"""

from .layout import FitReport, RenderResult, render_brief

__all__ = ["FitReport", "RenderResult", "render_brief"]
