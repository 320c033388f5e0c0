"""Right-to-left text everywhere on the page (issue 14, point 11, second round): the marking line, the labels under
the position spectrum and the chips on it go through the same shaping, bidi and font path as the paragraphs, so
Arabic and Hebrew print as words, not as "?"."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from helpers import small_brief
from pypdf import PdfReader

from briefing.model import Brief, Override
from briefing.pdf import render_brief
from briefing.pdf.text import line_runs

MARKING = "سري للغاية"  # "top secret"
TITLE = "תדריך: ישראל ומצרים"
RESTRAINT = "ضبط النفس"
ESCALATION = "הסלמה"


def rtl_brief() -> Brief:
    brief = small_brief()
    brief.info.marking = MARKING
    brief.info.title = TITLE
    for level in brief.info.stance_scale:
        if level.value == -1:
            level.label = RESTRAINT
        if level.value == 2:
            level.label = ESCALATION
    brief.info.overrides["DE"] = Override(-1, "הערה: גרמניה קוראת לאיפוק")  # the analyst's note on a country
    brief.claims[1].positions[0].actor = "مصر"  # a country known only by its Arabic name
    return brief


def page_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return unicodedata.normalize("NFKC", reader.pages[0].extract_text())


def test_marking_title_note_and_stance_labels_print_in_their_scripts() -> None:
    result = render_brief(rtl_brief(), deterministic=True)
    text = page_text(result.pdf)
    assert result.report.missing == "", "no Arabic or Hebrew letter is replaced by ?"
    assert "?" not in text
    assert b"NotoSansArabic-Bold" in result.pdf, "the marking is set in the bold Arabic face"
    # Drawn left to right, a right-to-left phrase's last word comes first.
    assert "للغاية سري" in text, "the marking line, in display order"
    assert re.search(r"النفس\s+ضبط", text), "the stance label under the spectrum"
    assert "הסלמה" in text
    assert "גרמניה" in text, "the analyst's note on the country"
    assert "مصر" in text, "the Arabic country chip on the spectrum"


def test_marking_letters_are_joined() -> None:
    runs = line_runs(MARKING, bold=True)
    assert [font for _, font in runs] == ["NotoSansArabic-Bold", "NotoSans-Bold", "NotoSansArabic-Bold"]
    shaped = "".join(piece for piece, _ in runs)
    assert all("\ufe70" <= ch <= "\ufeff" or ch == " " for ch in shaped), "presentation forms, joined"


def test_latin_marking_is_drawn_as_before() -> None:
    assert line_runs("TLP:AMBER", bold=True) == [("TLP:AMBER", "NotoSans-Bold")]
    assert line_runs("Secret 🔒", bold=True) == [("Secret ?", "NotoSans-Bold")]


def test_the_rendered_page_shows_the_arabic_marking(tmp_path: Path) -> None:
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    from PIL import Image

    pdf = tmp_path / "b.pdf"
    pdf.write_bytes(render_brief(rtl_brief(), deterministic=True).pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "100", str(pdf), str(tmp_path / "b")], check=True)
    page = Image.open(next(tmp_path.glob("b*.png"))).convert("L")
    # The top marking band holds dark ink wider than a few "?" marks would be.
    width, _ = page.size
    band = page.crop((0, 40, width, 60))
    dark = [x for x in range(width) if any(band.getpixel((x, y)) < 128 for y in range(band.size[1]))]  # type: ignore[operator]
    assert dark and max(dark) - min(dark) > 40
