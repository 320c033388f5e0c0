"""The one place user text is made safe for ReportLab's paragraph markup, and shortened to fit."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from html import escape as _html_escape
from typing import Any

from reportlab.platypus import Paragraph as _RLParagraph

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def esc(text: str) -> str:
    """User text → paragraph markup that prints exactly as typed (``<b>`` stays ``<b>``).

    Arabic and Hebrew are shaped, put in display order and set in their own fonts; a character no font of
    the brief can draw is printed as a marked "?" and counted (see ``collect_missing``), never dropped.
    html.escape does what xml.sax.saxutils.escape does for &, < and >, without importing urllib
    (which costs the command line a fifth of its start-up)."""
    clean = _CONTROL.sub("", text)
    if not clean.isascii():
        return "<br/>".join(_unicode_markup(line) for line in clean.split("\n"))
    return _html_escape(clean, quote=False).replace("\n", "<br/>")


def line_runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """One line of user text for drawing straight on a canvas or a drawing (the marking, the spectrum's labels):
    ``(piece, font name)`` pairs in display order, left to right.

    The same path as ``esc`` and ``Paragraph`` take: Arabic shaped, right-to-left runs put in display order by the
    Unicode bidi algorithm, Arabic and Hebrew set in their own fonts, and what no font can draw printed as "?"
    (counted). Text the base font draws as it is comes back as one piece, exactly as given."""
    from .fonts import BOLD, REGULAR, SCRIPT_FONTS, coverage, register_fonts, script_font

    base = BOLD if bold else REGULAR
    clean = _CONTROL.sub("", text).replace("\n", " ")
    if clean.isascii() or not _outside_base().search(clean):
        return [(clean, base)] if clean else []
    if _pattern("arabic").search(clean):
        import arabic_reshaper

        clean = arabic_reshaper.reshape(clean)
    if _RTL.search(clean):
        clean = _visual(clean)
    register_fonts()
    runs: list[tuple[str, str]] = []
    for ch in clean:
        font = base
        if ord(ch) not in coverage(REGULAR):
            script = _script(ch)
            if script:
                regular = script_font(script)
                font = SCRIPT_FONTS[script][2] if bold else regular
            if not script or ord(ch) not in coverage(font):
                font, ch = base, _replace(ch, plain=True)
                if not ch:
                    continue
        if runs and runs[-1][1] == font:
            runs[-1] = (runs[-1][0] + ch, font)
        else:
            runs.append((ch, font))
    return runs


def runs_width(runs: list[tuple[str, str]], size: float) -> float:
    """The printed width of ``line_runs`` at ``size`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(piece, font, size) for piece, font in runs)


# -- scripts, fonts and characters the fonts cannot draw ----------------------------------------------

REPLACEMENT = "?"
_MISSING: ContextVar[Counter[str] | None] = ContextVar("missing_glyphs", default=None)
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# Compiled on first use (a class of Unicode ranges takes about 0.4 ms to compile; a page in Latin script needs none).
_PATTERNS = {
    "arabic": "[\u0600-\u08ff\ufb50-\ufdff\ufe70-\ufefc]",  # inside _RTL's ranges
    "invisible": "[\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff\U000e0000-\U000e007f]",
    "hebrew": "[\u0590-\u05ff\ufb1d-\ufb4f]",
}


@lru_cache(maxsize=8)
def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(_PATTERNS[name])


def _script(ch: str) -> str:
    """ "arabic" or "hebrew" for a letter with a font of its own, else ""."""
    return "arabic" if _pattern("arabic").match(ch) else "hebrew" if _pattern("hebrew").match(ch) else ""


@contextmanager
def collect_missing() -> Iterator[Counter[str]]:
    """Count, while the block runs, every character the fonts could not draw (for the fit report)."""
    counter: Counter[str] = Counter()
    token = _MISSING.set(counter)
    try:
        yield counter
    finally:
        _MISSING.reset(token)


@lru_cache(maxsize=1)
def _outside_base() -> re.Pattern[str]:
    """Runs of characters the base font (Noto Sans) has no glyph for."""
    from .fonts import REGULAR, coverage, register_fonts

    register_fonts()
    points = sorted(coverage(REGULAR))
    ranges: list[str] = []
    start = prev = points[0]
    for point in [*points[1:], -1]:
        if point == prev + 1:
            prev = point
            continue
        ranges.append(_class_char(start) if start == prev else f"{_class_char(start)}-{_class_char(prev)}")
        start = prev = point
    return re.compile(f"[^{''.join(ranges)}]+")


def _class_char(point: int) -> str:
    return f"\\U{point:08x}"


def _unicode_markup(line: str) -> str:
    if _RTL.search(line) and _pattern("arabic").search(line):
        import arabic_reshaper

        line = arabic_reshaper.reshape(line)  # letters in their joined forms; the order is set per printed line
    out: list[str] = []
    pos = 0
    for m in _outside_base().finditer(line):
        out.append(_html_escape(line[pos : m.start()], quote=False))
        out.append(_foreign(m.group()))
        pos = m.end()
    out.append(_html_escape(line[pos:], quote=False))
    return "".join(out)


def _foreign(run: str) -> str:
    """Markup for a run the base font cannot draw: Arabic and Hebrew in their fonts, the rest replaced."""
    from .fonts import coverage, script_font

    out: list[str] = []
    for ch in run:
        script = _script(ch)
        font = script_font(script) if script else ""
        if font and ord(ch) in coverage(font):
            piece = f"<font name='{font}'>{_html_escape(ch, quote=False)}</font>"
            if out and out[-1].startswith(f"<font name='{font}'>"):
                out[-1] = out[-1][: -len("</font>")] + _html_escape(ch, quote=False) + "</font>"
            else:
                out.append(piece)
        else:
            out.append(_replace(ch, plain=False))
    return "".join(out)


def _replace(run: str, plain: bool) -> str:
    """A visible mark for characters no font can draw; invisible format characters go quietly."""
    shown: list[str] = []
    counter = _MISSING.get()
    for ch in run:
        if _pattern("invisible").match(ch) or unicodedata.category(ch) in ("Cf", "Mn", "Me", "Zl", "Zp"):
            continue
        if counter is not None:
            counter[ch] += 1
        shown.append(REPLACEMENT if plain else _MARKED)
    return "".join(shown)


_MARKED = f"<font backColor='#FFE08A'>{REPLACEMENT}</font>"


def missing_summary(counter: Counter[str], limit: int = 5) -> str:
    """ "3 characters the fonts cannot draw, printed as ?: 😀 U+1F600, …" or ""."""
    if not counter:
        return ""
    total = sum(counter.values())
    named = ", ".join(f"{ch} U+{ord(ch):04X}" for ch, _ in counter.most_common(limit))
    more = ", …" if len(counter) > limit else ""
    what = "character" if total == 1 else "characters"
    return f"{total} {what} the fonts cannot draw, printed as {REPLACEMENT}: {named}{more}"


def shorten(text: str, limit: int | None) -> str:
    """Cut ``text`` to at most ``limit`` characters at a word boundary, with an ellipsis."""
    text = " ".join(text.split()) if limit is not None else text
    if limit is None or len(text) <= limit:
        return text
    if limit <= 1:
        return "…"
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"


def link(url: str, label: str) -> str:
    """A clickable link for http(s) URLs; anything else is printed as plain text."""
    if re.match(r"^https?://[^\s<>\"]+$", url):
        return f"<a href=\"{_html_escape(url, quote=True)}\" color='#1F4E79'>{esc(label)}</a>"
    return esc(label)


def quoted(text: str) -> str:
    """Typographic quotes around a quotation, without doubling quotes the text already has."""
    text = text.strip()
    if text[:1] in '“"' and text[-1:] in '”"':
        text = text[1:-1]
    return f"“{text}”"


# -- right-to-left text in paragraphs ------------------------------------------------------------------


class Paragraph(_RLParagraph):
    """ReportLab's Paragraph, with right-to-left runs put in display order line by line.

    Lines are broken in reading (logical) order first, as the Unicode bidi algorithm says, and only then is each
    line's Arabic or Hebrew run reversed, so that a quote longer than one line still reads from the top line down.
    The page's own direction stays left to right."""

    def __init__(self, text: str, *args: Any, **kwargs: Any) -> None:
        self._rtl = bool(_RTL.search(text))
        self._wrapped: tuple[Any, ...] | None = None
        super().__init__(text, *args, **kwargs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # ReportLab's names
        """The lines for ``availWidth``, broken once: ReportLab's tables wrap every cell twice at the same width (to
        measure its row, then to draw it), and a fitted page is measured before it is built. The lines depend on
        the width, the style and the text alone, so a second wrap at the same width keeps the first one's."""
        last = self._wrapped
        if last is not None and last[0] == availWidth and last[1] is self.style and last[2] is self.frags:
            self.width = availWidth
            return last[3]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.style, self.frags, size)
        return size

    def breakLines(self, width: Any) -> Any:  # ReportLab's name
        para = super().breakLines(width)
        if self._rtl:
            for line in para.lines:
                if para.kind == 0:
                    line[1][:] = [_visual(" ".join(line[1]))]
                else:
                    line.words[:] = _visual_frags(line.words)
        return para


def _visual(text: str) -> str:
    from bidi import get_display

    return str(get_display(text, base_dir="L"))


def _direction(frag: Any) -> str:
    text = getattr(frag, "text", None)
    if not isinstance(text, str) or hasattr(frag, "cbDefn"):
        return "N"
    if _RTL.search(text):
        return "R"
    return "L" if any(ch.isalpha() for ch in text) else "N"


def _visual_frags(frags: list[Any]) -> list[Any]:
    """One printed line's pieces in display order: each run from a right-to-left piece to the last one before a
    left-to-right piece is reversed (digits and spaces inside it keep their own order), and so is each piece's text."""
    kinds = [_direction(f) for f in frags]
    out = list(frags)
    i = 0
    while i < len(frags):
        if kinds[i] != "R":
            i += 1
            continue
        j = i
        k = i
        while k < len(frags) and kinds[k] != "L":
            if kinds[k] == "R":
                j = k
            k += 1
        for n in range(i, j + 1):
            if kinds[n] == "R":
                frags[n].text = _visual(frags[n].text)
        out[i : j + 1] = frags[i : j + 1][::-1]
        i = j + 1
    return out
