"""The one-page brief: always one page, text literal and extractable, fonts embedded, metadata set."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from briefing import storage
from briefing.actors import default_registry
from briefing.analysis import aggregate
from briefing.model import Brief, Claim, Override, Position, Source
from briefing.pdf import render_brief
from briefing.pdf.layout import MARGIN


def text_of(pdf: bytes) -> str:
    return PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def flat(text: str) -> str:
    return " ".join(text.split())


def test_sample_is_one_page_with_its_title_and_every_country(sample_path: Path) -> None:
    brief = storage.load(sample_path)
    result = render_brief(brief)
    reader = PdfReader(io.BytesIO(result.pdf))
    assert len(reader.pages) == 1
    text = flat(reader.pages[0].extract_text())
    assert brief.info.title in text
    registry = default_registry()
    for stance in aggregate(brief):
        assert registry.name(stance.actor) in text
    assert "No stated position:" in text and "Albania" in text
    assert "BOTTOM LINE" in text and "KEY EVIDENCE" in text and "[S1]" in text
    assert not result.report.cut, result.report.lines()


def test_sample_metadata(sample_path: Path) -> None:
    brief = storage.load(sample_path)
    meta = PdfReader(io.BytesIO(render_brief(brief).pdf)).metadata
    assert meta.title == brief.info.title
    assert meta.author == brief.info.analyst
    assert meta.subject == brief.info.question
    assert "Germany" in meta["/Keywords"] and "Poland" in meta["/Keywords"]
    assert meta.creator.startswith("Briefing")


def test_every_font_is_embedded(sample_path: Path) -> None:
    reader = PdfReader(io.BytesIO(render_brief(storage.load(sample_path)).pdf))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]


def test_deterministic_mode_gives_the_same_bytes(sample_path: Path) -> None:
    brief = storage.load(sample_path)
    assert render_brief(brief, deterministic=True).pdf == render_brief(brief, deterministic=True).pdf


def brief_with(note: str = "", title: str = "T", speaker: str = "", names: list[str] | None = None) -> Brief:
    text = "Germany warned against it. Poland threatened to act."
    brief = Brief()
    brief.info.title = title
    brief.info.question = "Shoot?"
    brief.info.bluf = note
    brief.info.assessment = note
    brief.info.outlook = [note] if note else []
    brief.sources.append(Source("S1", title=note or "t", outlet=note or "o", text=text, reliability="B"))
    brief.claims.append(Claim("C1", "S1", 0, 26, text[:26], speaker=speaker, key=True, positions=[Position("DE", -1)]))
    brief.claims.append(Claim("C2", "S1", 27, len(text), text[27:], positions=[Position("PL", 2)]))
    return brief


@pytest.mark.parametrize(
    "typed",
    [
        "<b>bold?</b>",
        "&amp; and &lt;",
        "<font color=red>red</font>",
        "<a href='http://x'>link</a>",
        "a < b > c & d",
        "<para>",
        "]]> <![CDATA[",
    ],
)
def test_user_markup_is_printed_literally(typed: str) -> None:
    pdf = render_brief(brief_with(note=typed, title=typed, speaker=typed)).pdf
    assert typed in flat(text_of(pdf))


def test_non_latin_names_are_extractable_as_typed() -> None:
    names = "Radosław Sikorski, Pål Jonson, Türkiye, Čeština, Зеленський, Μητσοτάκης"
    pdf = render_brief(brief_with(note=names, speaker="Radosław Sikorski")).pdf
    text = flat(text_of(pdf))
    for name in names.split(", "):
        assert name in text


def test_overrides_win_and_are_marked() -> None:
    brief = brief_with()
    brief.info.overrides["DE"] = Override(2, "Berlin shifted in private talks")
    text = flat(text_of(render_brief(brief).pdf))
    assert "analyst's call" in text
    assert "Analyst: Berlin shifted in private talks" in text


def test_tlp_marking_top_and_bottom() -> None:
    brief = brief_with()
    brief.info.marking = "TLP:AMBER"
    assert flat(text_of(render_brief(brief).pdf)).count("TLP:AMBER") == 2


def test_crowded_brief_cuts_rows_and_says_so() -> None:
    brief = big_brief(countries=40, claims=400, bluf=5000)
    result = render_brief(brief)
    assert len(PdfReader(io.BytesIO(result.pdf)).pages) == 1
    assert result.report.positions_dropped > 0
    assert f"+{result.report.positions_dropped} more positions in the brief file" in flat(text_of(result.pdf))
    assert result.report.lines()


def big_brief(countries: int, claims: int, bluf: int, name_len: int = 0, sources: int = 3) -> Brief:
    codes = [a.code for a in default_registry().all(("country",))][:countries]
    sentence = "The minister said the government would respond firmly to any violation of its airspace."
    brief = Brief()
    brief.info.title = "Crowded " + "x" * name_len
    brief.info.question = "Q" * min(name_len, 300) or "Question?"
    brief.info.bluf = ("Word " * (bluf // 5)).strip()
    brief.info.assessment = ("Assess " * (bluf // 7)).strip()
    brief.info.outlook = ["Outlook " * 30] * 6
    brief.info.analyst = "A" * name_len
    brief.info.roster = codes + default_registry().roster("EU")
    for s in range(sources):
        text = " ".join([sentence] * max(1, claims // sources + 1))
        brief.sources.append(
            Source(
                f"S{s + 1}",
                title="T" * name_len,
                outlet="Outlet",
                text=text,
                url="https://example.org/" + "p" * name_len,
                reliability="ABCDEF"[s % 6],
            )
        )
    for i in range(claims):
        n = i + 1
        src = brief.sources[i % sources]
        k = i // sources
        start = k * (len(sentence) + 1)
        if start + len(sentence) > len(src.text):
            break
        code = codes[i % len(codes)] if codes else "DE"
        brief.claims.append(
            Claim(
                f"C{n}",
                src.id,
                start,
                start + len(sentence),
                sentence,
                speaker="S" * name_len,
                key=i % 3 == 0,
                credibility=1 + i % 6,
                positions=[Position(code, (i % 5) - 2, "suggested" if i % 4 else "analyst")],
            )
        )
    return brief


@st.composite
def briefs(draw: st.DrawFn) -> Brief:
    return big_brief(
        countries=draw(st.integers(0, 45)),
        claims=draw(st.sampled_from([0, 1, 2, 7, 40, 300, 2000])),
        bluf=draw(st.sampled_from([0, 40, 400, 5000])),
        name_len=draw(st.sampled_from([0, 10, 300])),
        sources=draw(st.integers(1, 12)),
    )


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(briefs())
def test_any_brief_exports_to_exactly_one_page(brief: Brief) -> None:
    result = render_brief(brief)
    reader = PdfReader(io.BytesIO(result.pdf))
    assert len(reader.pages) == 1
    text = flat(reader.pages[0].extract_text())
    assert brief.info.title[:20] in text
    registry = default_registry()
    shown = [s for s in aggregate(brief)]
    visible = len(shown) - result.report.positions_dropped
    names_found = sum(1 for s in shown if registry.name(s.actor) in text or s.actor in text)
    assert names_found >= visible


def test_text_stays_inside_the_margins(sample_path: Path) -> None:
    reader = PdfReader(io.BytesIO(render_brief(storage.load(sample_path)).pdf))
    page = reader.pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    spots: list[tuple[float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            spots.append((x, y))

    page.extract_text(visitor_text=visit)
    assert spots
    for x, y in spots:
        assert MARGIN - 1 <= x <= width - MARGIN + 1, (x, y)
        assert MARGIN - 14 <= y <= height - MARGIN + 1, (x, y)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils (pdftoppm)")
def test_render_is_not_blank(sample_path: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "b.pdf"
    pdf.write_bytes(render_brief(storage.load(sample_path)).pdf)
    subprocess.run(["pdftoppm", "-gray", "-r", "40", str(pdf), str(tmp_path / "page")], check=True)
    pgm = next(tmp_path.glob("page*.pgm")).read_bytes()
    header_end = pgm.index(b"255\n") + 4
    pixels = pgm[header_end:]
    ink = sum(1 for b in pixels if b < 200) / len(pixels)
    assert 0.02 < ink < 0.5


def test_cli_export_to_stdout_and_file(sample_path: Path, tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "briefing", "export", str(sample_path), "-o", "-"], capture_output=True, timeout=60
    )
    assert out.returncode == 0 and out.stdout.startswith(b"%PDF-")
    target = tmp_path / "brief.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "briefing", "export", str(sample_path), "-o", str(target)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and target.read_bytes().startswith(b"%PDF-")
    assert "wrote" in done.stderr


def test_cli_export_prints_what_was_cut(tmp_path: Path) -> None:
    path = tmp_path / "crowded.brief.json"
    storage.save(big_brief(countries=40, claims=200, bluf=5000), path)
    done = subprocess.run(
        [sys.executable, "-m", "briefing", "export", str(path), "-o", str(tmp_path / "c.pdf")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0
    assert "positions cut to fit" in done.stderr


def test_export_does_not_import_qt(sample_path: Path) -> None:
    code = (
        "import sys, briefing.cli as c; c.main(['export', sys.argv[1], '-o', sys.argv[2]]); "
        "print('PySide6' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(sample_path), str(sample_path.with_suffix(".pdf"))],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.stdout.strip() == "False"


def test_the_font_has_real_glyphs_for_the_names_analysts_write() -> None:
    from reportlab.pdfbase import pdfmetrics

    from briefing.pdf.fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    for name in (REGULAR, BOLD):
        glyphs = pdfmetrics.getFont(name).face.charToGlyph
        for ch in "Radosław Sikorski Pål Jonson Türkiye Čeština Зеленський Μητσοτάκης Ærø Łódź Şişli “”…—◌":
            assert ord(ch) in glyphs, (name, ch)


def test_pages_made_from_several_threads_at_once_are_all_whole() -> None:
    """The app exports while its preview renders: concurrent renders give the same page as one alone."""
    import concurrent.futures

    from briefing import storage
    from briefing.assets import sample_brief_path
    from briefing.pdf import render_brief

    brief = storage.load(sample_brief_path())
    alone = render_brief(brief, deterministic=True).pdf
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: render_brief(brief, deterministic=True).pdf, range(12)))
    assert all(pdf == alone for pdf in results)
