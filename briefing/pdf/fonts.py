"""The brief's one type family, Noto Sans (shipped in resources/fonts, OFL), registered once."""

from __future__ import annotations

from functools import lru_cache

from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..assets import resource

REGULAR, BOLD = "NotoSans", "NotoSans-Bold"


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the family (so that <b> works in paragraphs) and return its name."""
    for name, filename in (
        (REGULAR, "NotoSans-Regular.ttf"),
        (BOLD, "NotoSans-Bold.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(resource(f"fonts/{filename}"))))
    # Two weights, no italics: every embedded font costs the command line time to parse and to subset, and
    # the page marks emphasis with weight and colour. <i> in markup falls back to the upright face.
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    # Drawings start from ReportLab's default state, whose Helvetica would be listed (unembedded) in
    # every brief even when no text uses it.
    STATE_DEFAULTS["fontName"] = REGULAR
    return REGULAR
