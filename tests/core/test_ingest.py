"""Article import: clean body, metadata, sentences, encodings, formats."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from briefing.errors import ImportArticleError
from briefing.ingest import add_article, parse_article, read_article
from briefing.model import Brief

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
from ingest_quality import labelled_pages  # noqa: E402


def test_seed_comes_out_exactly_right(seed_path: Path) -> None:
    art = read_article(seed_path)
    assert art.title == "NATO Allies at Odds Over How to Respond to Russia’s Threats"
    assert art.outlet == "Bloomberg"
    assert art.authors == ["Michael Nienaber"]
    assert art.published == "2025-09-24T10:38+00:00"
    assert art.captions == ["Sweden’s Defence Minister Pal Jonson, left, and Boris Pistorius in Berlin, on Sept. 23."]
    sentences = art.sentence_texts()
    assert len(sentences) == 3
    assert sentences[0].startswith("NATO allies are struggling")
    assert sentences[1].startswith("On Tuesday evening, Germany warned")
    assert sentences[2].endswith("“no room for discussion” about the policy.")
    for clutter in (
        "Bloomberg Terminal",
        "+1 212",
        "Photographer",
        "Getty",
        "©",
        "Subscribe",
        "Gift this article",
        "Updated on",
        "Bookmark",
        "Sweden’s Defence Minister",
    ):
        assert clutter not in art.text


@pytest.mark.parametrize(("page", "expected"), labelled_pages(), ids=lambda v: getattr(v, "name", ""))
def test_labelled_pages(page: Path, expected: dict) -> None:
    art = read_article(page)
    assert art.sentence_texts() == expected["sentences"]
    assert art.title == expected["title"]
    assert art.outlet == expected["outlet"]
    assert art.authors == expected["authors"]
    assert art.published.startswith(expected["published"]) if expected["published"] else not art.published
    assert art.dateline == expected["dateline"]
    assert art.captions == expected["captions"]


def test_claim_offsets_point_into_the_cleaned_text(seed_path: Path) -> None:
    brief = Brief()
    source, claims = add_article(brief, read_article(seed_path))
    assert [c.id for c in claims] == ["C1", "C2", "C3"]
    for claim in claims:
        assert source.text[claim.start : claim.end] == claim.text


ARTICLE = (
    "Polish Prime Minister Donald Tusk said on Sept. 23 that the U.S. and the U.K. backed him. "
    "“We will respond,” he said. Germany disagreed."
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_encodings_are_decoded(encoding: str) -> None:
    text = "Café owners in Düsseldorf said the “new rules” were unfair. " + ARTICLE
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = b"\xff\xfe" + data
    elif encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    art = parse_article(data, "t.txt")
    assert art.sentence_texts()[0] == "Café owners in Düsseldorf said the “new rules” were unfair."


def test_abbreviations_and_quotes_do_not_split_sentences() -> None:
    art = parse_article(ARTICLE)
    assert art.sentence_texts() == [
        "Polish Prime Minister Donald Tusk said on Sept. 23 that the U.S. and the U.K. backed him.",
        "“We will respond,” he said.",
        "Germany disagreed.",
    ]


def test_words_glued_by_a_scrape_are_separated() -> None:
    art = parse_article(
        "MenuSubscribeSign InGermany warned against the plan on Monday.Poland backed it on Tuesday "
        "and said so twice.HomeNewsTerms of Service"
    )
    assert art.sentence_texts() == [
        "Germany warned against the plan on Monday.",
        "Poland backed it on Tuesday and said so twice.",
    ]


def test_camel_case_names_are_not_cut() -> None:
    art = parse_article("The minister met McDonald’s executives and the head of BlackRock on Monday.")
    assert art.sentence_texts() == ["The minister met McDonald’s executives and the head of BlackRock on Monday."]


def test_a_ticker_in_brackets_does_not_cut_the_sentence() -> None:
    art = parse_article(
        "BERLIN New curbs on Acme Steel (004417.SZ) drew fire from the Chinese government on Tuesday. "
        "Shares of Example Corp (EXMP.O) fell 3 percent after the news."
    )
    texts = art.sentence_texts()
    assert texts[-1] == "Shares of Example Corp (EXMP.O) fell 3 percent after the news."
    assert any("(004417.SZ) drew fire from the Chinese government" in t for t in texts)
    # the wire's spaced form, and a company's "Co." before its legal form
    spaced = parse_article(
        "Headline\n\nNew partners should not join the plane maker's ( EXA.PA ) shareholder pact, the chancellor said. "
        "The drug is made by Example & Co. Inc. and sold in Brazil. Prices fell."
    )
    assert spaced.sentence_texts() == [
        "New partners should not join the plane maker's ( EXA.PA ) shareholder pact, the chancellor said.",
        "The drug is made by Example & Co. Inc. and sold in Brazil.",
        "Prices fell.",
    ]


def test_pasted_text_without_a_title() -> None:
    art = parse_article("Germany warned against shooting down Russian aircraft. Poland disagreed sharply with that.")
    assert len(art.sentences) == 2


def test_pdf_from_a_real_file(tmp_path: Path) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    path = tmp_path / "a.pdf"
    styles = getSampleStyleSheet()
    body = (
        "Estonia asked for consultations after three fighter jets entered its airspace for twelve minutes. "
        "The Kremlin denied that its aircraft had violated the border. "
    ) * 3
    SimpleDocTemplate(str(path), title="Estonia asks for talks").build(
        [Paragraph("Estonia asks for talks", styles["Title"]), Paragraph(body, styles["BodyText"])]
    )
    art = read_article(path)
    assert art.kind == "pdf"
    assert art.title == "Estonia asks for talks"
    assert art.sentence_texts()[0] == (
        "Estonia asked for consultations after three fighter jets entered its airspace for twelve minutes."
    )


def test_html_captions_are_kept_apart_from_the_body() -> None:
    html = (
        "<html><head><title>Title here - Reuters</title></head><body><article><h1>Title here</h1>"
        "<figure><figcaption>A soldier at the border, on Monday. REUTERS/Jane Doe</figcaption></figure>"
        "<p>Germany warned against the plan on Monday and said it would not join the mission.</p>"
        "<p>Poland backed the plan and said it was ready to send more troops to the border.</p>"
        "</article></body></html>"
    )
    art = parse_article(html.encode(), "a.html", kind="html")
    assert art.captions == ["A soldier at the border, on Monday. REUTERS/Jane Doe"]
    assert all("soldier" not in s for s in art.sentence_texts())
    assert art.title == "Title here"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02\x03" * 100, "binary"),
        (b"Home\nNews\nLogin\n", "no article text"),
    ],
)
def test_unreadable_articles(data: bytes, message: str) -> None:
    with pytest.raises(ImportArticleError, match=message):
        parse_article(data, "x.txt")


def test_a_repeated_paragraph_counts_once_and_is_not_lost() -> None:
    quote = "Poland said it would shoot down any aircraft that violated its airspace again."
    text = f"Menu\nNews\n{quote}\nGermany urged restraint and called for talks with Moscow.\n{quote}\nShare this\n"
    assert parse_article(text).sentence_texts() == [quote, "Germany urged restraint and called for talks with Moscow."]


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        ("BRUSSELS, 4 July 2024 - France backed the tariffs.", "BRUSSELS, 4 July 2024"),
        ("WASHINGTON, Nov 5, 2024 (Reuters) - France backed the tariffs.", "WASHINGTON, Nov 5, 2024 (Reuters)"),
        ("KYIV, Sept 24 (Reuters) - France backed the tariffs.", "KYIV, Sept 24 (Reuters)"),
    ],
)
def test_a_dateline_with_a_full_date_is_taken_off_the_first_sentence(lead: str, dateline: str) -> None:
    art = parse_article(f"Tariff row\n\n{lead} Spain did not.", "row.txt")
    assert art.dateline == dateline
    assert art.text.startswith("France backed the tariffs.")


def test_runs_of_spaces_inside_a_paragraph_become_one_and_the_sentence_is_still_read() -> None:
    # exports and copied pages often keep two spaces between words; the parser took the run for a word of its own
    from briefing.ingest import add_article
    from briefing.model import Brief, BriefInfo
    from briefing.suggest import suggest_brief

    text = "Gas talks\n\nThe embargo was opposed  by Spain and\tHungary.\n\nAustria said it agreed."
    article = parse_article(text, "export.txt")
    assert "  " not in article.text and "\t" not in article.text
    assert "The embargo was opposed by Spain and Hungary." in article.text
    brief = Brief(info=BriefInfo(question="Should the EU impose an embargo on Russian gas?"))
    add_article(brief, article)
    suggest_brief(brief)
    assert {p.actor: p.stance for p in brief.claims[0].positions} == {"ES": -1, "HU": -1}
