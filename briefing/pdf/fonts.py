"""The brief's type: Noto Sans (shipped in resources/fonts, OFL), registered once; Noto Sans Arabic and Hebrew
registered only when a brief has text in those scripts (every font costs the command line time)."""

from __future__ import annotations

import sys
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from .. import cache as disk_cache
from ..assets import resource

REGULAR, BOLD = "NotoSans", "NotoSans-Bold"


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the family (so that <b> works in paragraphs) and return its name."""
    for name, filename in (
        (REGULAR, "NotoSans-Regular.ttf"),
        (BOLD, "NotoSans-Bold.ttf"),
    ):
        pdfmetrics.registerFont(load_font(name, resource(f"fonts/{filename}")))
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
    pdfmetrics.registerFont(load_font(regular, resource(f"fonts/{regular_file}")))
    pdfmetrics.registerFont(load_font(bold, resource(f"fonts/{bold_file}")))
    pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
    return regular


@cache
def coverage(font: str) -> frozenset[int]:
    """The code points ``font`` (a registered TrueType font) has glyphs for."""
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


# -- parsed fonts, kept between runs ------------------------------------------------------------------------------
# ReportLab reads a TrueType file's tables (names, metrics, the character map, every glyph's width and place) each
# time a process registers it: about 3 ms a font, as much as laying out half the page. What it reads depends only on
# the file's bytes and on ReportLab's code, so it is kept in the cache (briefing.cache) under a key of exactly those;
# a changed font file, ReportLab or Python reads the file again. The file's bytes are always read from the file
# itself (they are what the PDF embeds).

_FACE_SKIP = ("_ttf_data", "_pdfScale")  # the file's bytes; a function of unitsPerEm, made again below
_FONT_SKIP = ("face", "state")  # the face, kept apart; per-document state, empty until a document uses the font


def load_font(name: str, path: Path) -> TTFont:
    """``TTFont(name, path)``, from the cache when this file was read before."""
    data = path.read_bytes()
    key = disk_cache.digest(name, str(path), data, reportlab.Version, _reader_source(), sys.version_info[:3])
    entry = disk_cache.load(f"font-{name}", key)
    if entry is not None:
        try:
            return _font_from(entry, path, data)
        except Exception:  # an entry this code cannot use: read the file
            pass
    font = TTFont(name, str(path))
    state = (
        {k: v for k, v in vars(font).items() if k not in _FONT_SKIP},
        {k: v for k, v in vars(font.face).items() if k not in _FACE_SKIP},
    )
    if _same_font(_font_from(state, path, data), font):  # only what comes back whole is kept
        disk_cache.store(f"font-{name}", key, state)
    return font


@cache
def _reader_source() -> bytes:
    """ReportLab's TrueType reader (its code decides what a parsed font holds), read once a process."""
    return disk_cache.source_of(ttfonts.__file__)


def _font_from(state: tuple[dict[str, Any], dict[str, Any]], path: Path, data: bytes) -> TTFont:
    font_state, face_state = state
    face = TTFontFace.__new__(TTFontFace)
    vars(face).update(face_state)
    face.filename = str(path)
    face._ttf_data = data
    face._pdfScale = _scale(face.unitsPerEm)
    font = TTFont.__new__(TTFont)
    vars(font).update(font_state)
    font.face = face
    font.state = WeakKeyDictionary()
    return font


def _scale(units_per_em: int) -> Any:
    """ReportLab's font units to thousandths of an em (as TTFontFile.extractInfo makes it)."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _same_font(made: TTFont, font: TTFont) -> bool:
    """Whether a font made from kept state is the font ReportLab read (the same attributes, the same values)."""
    try:
        same_face = {k: v for k, v in vars(made.face).items() if k != "_pdfScale"} == {
            k: v for k, v in vars(font.face).items() if k != "_pdfScale"
        }
        same_scale = all(made.face._pdfScale(v) == font.face._pdfScale(v) for v in (1, 1000, -293, 2048))
        return same_face and same_scale and set(vars(made)) == set(vars(font))
    except Exception:
        return False
