"""The brief's styles as data: each style names its parent and what it changes (rst2pdf's way)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

ACCENT = "#1F4E79"
INK = "#1A1A1A"
MUTED = "#5F6B76"
RULE = "#C9D1D9"
SHADE = "#EEF3F8"
MIN_FONT_SIZE = 7.0

# name: (parent, {attribute: value}); sizes are in points at scale 1.0.
STYLE_SHEET: dict[str, tuple[str | None, dict[str, Any]]] = {
    "base": (
        None,
        {"fontName": "NotoSans", "bulletFontName": "NotoSans", "fontSize": 9.0, "leading": 11.6, "textColor": INK},
    ),
    "marking": ("base", {"fontName": "NotoSans-Bold", "fontSize": 8, "leading": 10, "alignment": TA_CENTER}),
    "kicker": ("base", {"fontName": "NotoSans-Bold", "fontSize": 7.5, "leading": 9.5, "textColor": ACCENT}),
    "title": ("base", {"fontName": "NotoSans-Bold", "fontSize": 17, "leading": 20.5, "spaceBefore": 2}),
    "question": (
        "base",
        {"fontName": "NotoSans", "fontSize": 10, "leading": 13, "textColor": ACCENT, "spaceBefore": 3},
    ),
    "meta": ("base", {"fontSize": 8, "leading": 10, "textColor": MUTED, "spaceBefore": 3}),
    "head": (
        "base",
        {
            "fontName": "NotoSans-Bold",
            "fontSize": 8.6,
            "leading": 11,
            "textColor": ACCENT,
            "spaceBefore": 6.5,
            "spaceAfter": 2.5,
        },
    ),
    "bluf": ("base", {"fontSize": 9.8, "leading": 12.8}),
    "body": ("base", {}),
    "cell": ("base", {"fontSize": 8.0, "leading": 9.8}),
    "cellmuted": ("cell", {"textColor": MUTED}),
    "cellbold": ("cell", {"fontName": "NotoSans-Bold"}),
    "chip": ("cell", {"fontName": "NotoSans-Bold", "fontSize": 7.4, "leading": 9, "alignment": TA_LEFT}),
    "note": ("base", {"fontSize": 7.8, "leading": 10, "textColor": MUTED, "spaceBefore": 2.5}),
    "evidence": ("base", {"fontSize": 8.6, "leading": 11, "leftIndent": 12, "bulletIndent": 0, "spaceAfter": 2}),
    "bullet": ("base", {"leftIndent": 10, "bulletIndent": 0, "spaceAfter": 1.5}),
    "source": ("base", {"fontSize": 7.4, "leading": 9.2, "textColor": MUTED, "leftIndent": 18, "firstLineIndent": -18}),
    "footer": ("base", {"fontSize": 7, "leading": 9, "textColor": MUTED}),
}


def build_styles(scale: float) -> dict[str, ParagraphStyle]:
    """Every style at ``scale`` (1.0 = normal size; the fit shrinks it, never below a 7 pt body)."""
    out: dict[str, ParagraphStyle] = {}
    for name, (parent, attrs) in STYLE_SHEET.items():
        values = dict(attrs)
        for key in ("fontSize", "leading", "spaceBefore", "spaceAfter", "leftIndent", "firstLineIndent"):
            if key in values:
                values[key] = values[key] * scale
        if "fontSize" in values:
            values["fontSize"] = max(MIN_FONT_SIZE, values["fontSize"])
            values["leading"] = max(values["fontSize"] * 1.18, values.get("leading", 0))
        if "textColor" in values:
            values["textColor"] = HexColor(values["textColor"])
        out[name] = ParagraphStyle(name, parent=out[parent] if parent else None, **values)
    return out
