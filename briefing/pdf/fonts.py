"""The brief's type: Noto Sans (shipped in resources/fonts, OFL), registered once; Noto Sans Arabic and Hebrew
registered only when a brief has text in those scripts (every font costs the command line time)."""

from __future__ import annotations

from functools import cache, lru_cache

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


# script: (regular name, its file, bold name, its file)
SCRIPT_FONTS = {
    "arabic": ("NotoSansArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold", "NotoSansArabic-Bold.ttf"),
    "hebrew": ("NotoSansHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold", "NotoSansHebrew-Bold.ttf"),
}


@cache
def script_font(script: str) -> str:
    """Register the font family for ``script`` ("arabic", "hebrew") on first use and return its regular name."""
    regular, regular_file, bold, bold_file = SCRIPT_FONTS[script]
    pdfmetrics.registerFont(TTFont(regular, str(resource(f"fonts/{regular_file}"))))
    pdfmetrics.registerFont(TTFont(bold, str(resource(f"fonts/{bold_file}"))))
    pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
    return regular


@cache
def coverage(font: str) -> frozenset[int]:
    """The code points ``font`` (a registered TrueType font) has glyphs for."""
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)
