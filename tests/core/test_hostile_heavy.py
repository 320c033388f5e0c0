"""Valid but heavy briefs (issue 14, point 10): thousands of overrides or positions and oversize free text still
export to one page, with what was left out counted; speed is measured in benchmarks/heavy_briefs.py."""

from __future__ import annotations

import io
import itertools
import string

import pytest
from helpers import small_brief
from pypdf import PdfReader

from briefing.model import Brief, Claim, Override, Position, Source
from briefing.pdf import render_brief


def codes(n: int) -> list[str]:
    return ["X" + "".join(c) for c in itertools.islice(itertools.product(string.ascii_uppercase, repeat=4), n)]


def with_overrides(n: int) -> Brief:
    brief = Brief()
    brief.info.title = "Ten thousand overrides"
    for i, code in enumerate(codes(n)):
        brief.info.overrides[code] = Override(i % 5 - 2, f"note {code}")
    return brief


def with_positions(n: int, per_claim: int = 10, actors: int = 2000) -> Brief:
    brief = Brief()
    brief.info.title = "Many positions"
    sentence = "Germany warned against it. "
    text = sentence * (n // per_claim)
    brief.sources.append(Source(id="S1", title="T", outlet="O", text=text, reliability="B"))
    names = codes(actors)
    for i in range(n // per_claim):
        start = i * len(sentence)
        positions = [Position(names[(i * per_claim + k) % actors], (i + k) % 5 - 2) for k in range(per_claim)]
        brief.claims.append(
            Claim(f"C{i + 1}", "S1", start, start + len(sentence) - 1, sentence[:-1], positions=positions)
        )
    return brief


def one_page_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return reader.pages[0].extract_text()


def test_ten_thousand_overrides_export_to_one_page_with_the_rest_counted() -> None:
    result = render_brief(with_overrides(10_000))
    text = one_page_text(result.pdf)
    dropped = result.report.positions_dropped
    assert dropped > 9_000
    assert f"+{dropped} more positions in the brief file" in " ".join(text.split())


def test_twenty_thousand_positions_export_to_one_page() -> None:
    result = render_brief(with_positions(20_000))
    one_page_text(result.pdf)
    assert result.report.positions_dropped > 1_500


@pytest.mark.parametrize("size", [3_000, 100_000])
def test_an_oversize_stance_label_is_cut_like_other_free_text(size: int) -> None:
    brief = small_brief()
    for level in brief.info.stance_scale:
        level.label = ("Restraint " * size)[:size]
    result = render_brief(brief)
    text = " ".join(one_page_text(result.pdf).split())
    assert "Restraint Restraint" in text and "…" in text
    assert text.count("Restraint") < 100


def test_every_field_huge_still_exports_one_page() -> None:
    big = "Longword" * 5_000
    brief = small_brief()
    brief.sources[0].id = brief.sources[0].outlet = brief.sources[0].title = big
    brief.info.title = brief.info.bluf = brief.info.assessment = brief.info.confidence = big
    brief.info.overrides["FR"] = Override(1, big)
    brief.info.outlook = [big] * 5
    for claim in brief.claims:
        claim.source, claim.key, claim.speaker = big, True, big
    one_page_text(render_brief(brief).pdf)
