"""Other files out and in: CSV, a country matrix, Markdown, and W3C Web Annotation JSON-LD.

``export(brief, fmt)`` returns the bytes of one of :data:`FORMATS`.
"""

from __future__ import annotations

from ..errors import BriefingError
from ..model import Brief

FORMATS = {
    "csv": ("CSV, one row per claim and position", ".csv"),
    "matrix": ("CSV, one row per country (its aggregate)", ".csv"),
    "md": ("Markdown, the brief for e-mail and wikis", ".md"),
    "w3c": ("W3C Web Annotation JSON-LD, one annotation per claim", ".jsonld"),
}


def export(brief: Brief, fmt: str) -> bytes:
    if fmt == "csv":
        from .tables import claims_csv

        return claims_csv(brief).encode("utf-8")
    if fmt == "matrix":
        from .tables import matrix_csv

        return matrix_csv(brief).encode("utf-8")
    if fmt == "md":
        from .markdown import brief_markdown

        return brief_markdown(brief).encode("utf-8")
    if fmt == "w3c":
        import json

        from .w3c import to_w3c

        return (json.dumps(to_w3c(brief), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    raise BriefingError(f"{fmt!r} is not a format Briefing writes; use one of {', '.join(FORMATS)} or pdf")
