"""The brief's one type family, Noto Sans (shipped in resources/fonts, OFL), registered once."""

from __future__ import annotations

from functools import lru_cache

from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..assets import resource

REGULAR, BOLD, ITALIC = "NotoSans", "NotoSans-Bold", "NotoSans-Italic"


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the family (so that <b> and <i> work in paragraphs) and return its name."""
    for name, filename in (
        (REGULAR, "NotoSans-Regular.ttf"),
        (BOLD, "NotoSans-Bold.ttf"),
        (ITALIC, "NotoSans-Italic.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(resource(f"fonts/{filename}"))))
    # The layout never sets bold italic; <b><i> in markup falls back to bold rather than costing a fourth font.
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    # Drawings start from ReportLab's default state, whose Helvetica would be listed (unembedded) in
    # every brief even when no text uses it.
    STATE_DEFAULTS["fontName"] = REGULAR
    return REGULAR
