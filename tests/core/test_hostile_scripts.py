"""Text that must not vanish from the page (issue 14, point 11): Arabic and Hebrew are shaped, ordered and set in
their own fonts; what no font can draw (emoji) is printed as a marked "?" and named in the fit report."""

from __future__ import annotations

import io
import unicodedata

from helpers import small_brief
from pypdf import PdfReader

from briefing.pdf import render_brief
from briefing.pdf.text import esc

HEBREW = "ישראל תגיב בעוצמה לכל תקיפה"
ARABIC = "قالت وزارة الخارجية المصرية إن القاهرة تدعو إلى ضبط النفس"


def page_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return reader.pages[0].extract_text()


def test_hebrew_and_arabic_are_printed_in_their_fonts_and_in_display_order() -> None:
    brief = small_brief()
    brief.info.title = "Allies: שלום עולם and مرحبا بالعالم"
    result = render_brief(brief)
    assert b"NotoSansHebrew" in result.pdf and b"NotoSansArabic" in result.pdf
    title = next(line for line in page_text(result.pdf).splitlines() if line.startswith("Allies"))
    # Drawn left to right, the second word of a right-to-left phrase comes first.
    assert "עולם שלום" in title
    shaped = [ch for ch in title if "\ufe70" <= ch <= "\ufeff"]
    assert shaped, "Arabic letters are printed in their joined forms"
    assert "بالعالم مرحبا" in unicodedata.normalize("NFKC", title)
    assert result.report.missing == ""


def test_a_right_to_left_quote_longer_than_a_line_reads_from_the_top_line_down() -> None:
    brief = small_brief()
    brief.info.bluf = f"{HEBREW} {HEBREW} {HEBREW} {HEBREW} {HEBREW} {HEBREW} סוף"
    lines = [line for line in page_text(render_brief(brief).pdf).splitlines() if "תגיב" in line or "סוף" in line]
    assert len(lines) >= 2
    assert "ישראל" in lines[0].split()[-1]  # the first word in reading order is at the right of the first line
    assert "סוף" in lines[-1].split()[0]  # the last word ends up at the left of the last line


def test_emoji_are_replaced_visibly_and_reported() -> None:
    brief = small_brief()
    brief.info.title = "Poland agreed 😀 and flew the flag 🇵🇱"
    brief.info.marking = "UNCLASSIFIED 🔒"
    result = render_brief(brief)
    title = next(line for line in page_text(result.pdf).splitlines() if line.startswith("Poland agreed"))
    assert "Poland agreed ? and flew the flag ??" in title
    summary = " ".join(result.report.lines())
    assert "characters the fonts cannot draw" in summary
    assert "U+1F600" in summary and "U+1F512" in summary


def test_invisible_format_characters_are_not_reported() -> None:
    brief = small_brief()
    brief.info.title = "Zero\u200bwidth and joiner\u200d text\ufeff"
    assert render_brief(brief).report.missing == ""


def test_latin_briefs_load_no_extra_font() -> None:
    result = render_brief(small_brief())
    assert b"NotoSansArabic" not in result.pdf and b"NotoSansHebrew" not in result.pdf


def test_markup_in_right_to_left_text_is_still_printed_literally() -> None:
    markup = esc("<b>שלום</b> & مرحبا")
    assert "&lt;b&gt;" in markup and "&amp;" in markup
