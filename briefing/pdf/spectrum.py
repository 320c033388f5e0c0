"""The position spectrum: every actor placed on the stance scale, so the spread shows at a glance."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..model import StanceLevel
from .fonts import BOLD, REGULAR
from .styles import INK, MUTED, RULE
from .text import collect_missing, line_runs, runs_width

CHIP_H = 11.0
CHIP_GAP = 2.5
AXIS_BAND = 22.0


def _text_colour(fill: Color) -> Color:
    luminance = 0.299 * fill.red + 0.587 * fill.green + 0.114 * fill.blue
    return HexColor(INK) if luminance > 0.6 else white


def _runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` shaped and ordered for drawing (text.line_runs), the Latin pieces in ``font``."""
    return [(piece, font if f in (REGULAR, BOLD) else f) for piece, f in line_runs(text, bold=font == BOLD)]


def _width(text: str, font: str, size: float) -> float:
    """The printed width of ``text``, measured without counting its undrawable characters twice."""
    if text.isascii():
        return stringWidth(text, font, size)
    with collect_missing():
        return runs_width(_runs(text, font), size)


def _label(x: float, y: float, text: str, font: str, size: float, fill: Color) -> String | Group:
    """``text`` centred on ``x``: one String when the base font draws it all, else one String per font run."""
    runs = _runs(text, font)
    if len(runs) <= 1 and (not runs or runs[0][1] == font):
        text = runs[0][0] if runs else ""
        return String(x, y, text, fontName=font, fontSize=size, fillColor=fill, textAnchor="middle")
    group = Group()
    left = x - runs_width(runs, size) / 2
    for piece, run_font in runs:
        group.add(String(left, y, piece, fontName=run_font, fontSize=size, fillColor=fill, textAnchor="start"))
        left += stringWidth(piece, run_font, size)
    return group


def spectrum(
    width: float,
    scale: list[StanceLevel],
    placed: list[tuple[str, int, bool]],
    font: str,
    bold: str,
    font_size: float = 7.0,
    max_rows: int = 8,
) -> Drawing:
    """``placed``: (label, stance, unreviewed). Markers sharing a stance are stacked in rows, never overlaid."""
    columns = len(scale)
    col_w = width / columns
    chip_w = max(_width(label, bold, font_size) for label, _, _ in placed) + 8 if placed else 24
    chip_w = min(chip_w, col_w - 4)
    per_row = max(1, int((col_w - 4 + CHIP_GAP) // (chip_w + CHIP_GAP)))
    stacks: dict[int, list[tuple[str, bool]]] = {level.value: [] for level in scale}
    for label, stance, unreviewed in placed:
        stacks.setdefault(stance, []).append((label, unreviewed))
    rows = max([(len(v) + per_row - 1) // per_row for v in stacks.values()] + [1])
    rows = min(rows, max_rows)
    height = AXIS_BAND + rows * (CHIP_H + CHIP_GAP) + 4
    d = Drawing(width, height)
    axis_y = AXIS_BAND - 8
    # The scale band: one segment per level in its colour, labelled beneath.
    for i, level in enumerate(scale):
        x = i * col_w
        d.add(Rect(x + 1, axis_y, col_w - 2, 4, fillColor=HexColor(level.colour), strokeColor=None))
        label = level.label
        size = font_size
        while _width(label, font, size) > col_w - 4 and size > 5.5:
            size -= 0.25
        while _width(label, font, size) > col_w - 4 and len(label) > 2:
            label = label[:-2] + "…"
        d.add(_label(x + col_w / 2, axis_y - 10, label, font, size, HexColor(MUTED)))
    d.add(Line(0, axis_y + 2, width, axis_y + 2, strokeColor=HexColor(RULE), strokeWidth=0.5))
    # The markers, stacked upwards from the band.
    for i, level in enumerate(scale):
        items = stacks.get(level.value, [])
        capacity = rows * per_row
        shown = items if len(items) <= capacity else items[: capacity - 1]
        extra = len(items) - len(shown)
        fill = HexColor(level.colour)
        row_w = min(len(items), per_row) * (chip_w + CHIP_GAP) - CHIP_GAP
        x0 = i * col_w + (col_w - row_w) / 2
        for n, (label, unreviewed) in enumerate(shown + ([(f"+{extra}", False)] if extra else [])):
            r, c = divmod(n, per_row)
            x = x0 + c * (chip_w + CHIP_GAP)
            y = axis_y + 8 + r * (CHIP_H + CHIP_GAP)
            is_more = extra and n == len(shown)
            if unreviewed:
                d.add(
                    Rect(
                        x,
                        y,
                        chip_w,
                        CHIP_H,
                        rx=2,
                        ry=2,
                        fillColor=white,
                        strokeColor=fill,
                        strokeWidth=1,
                        strokeDashArray=[1.5, 1],
                    )
                )
                ink = HexColor(INK)
            elif is_more:
                d.add(Rect(x, y, chip_w, CHIP_H, rx=2, ry=2, fillColor=white, strokeColor=HexColor(RULE)))
                ink = HexColor(MUTED)
            else:
                d.add(Rect(x, y, chip_w, CHIP_H, rx=2, ry=2, fillColor=fill, strokeColor=None))
                ink = _text_colour(fill)
            d.add(_label(x + chip_w / 2, y + 3, label, bold, font_size, ink))
    return d
