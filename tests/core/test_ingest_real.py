"""Import on real pages: each cause of loss found on real news pages, shown by a small page of our own,
plus a check on the shared real pages (skipped when ../shared is absent)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from briefing.ingest import parse_article
from briefing.ingest.languages import detect_language, stopwords

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "data" / "real-pages"

NAV = "\n".join(["Home", "World", "Business", "Tech", "Sport", "Subscribe", "Sign in"])
STORY = [
    "Germany warned on Monday against shooting down Russian aircraft that stray into allied airspace.",
    "The defence minister said that such a step could widen the war and that allies should keep calm.",
    "Poland and the Baltic states have called for a tougher line after three incursions this month.",
    "Officials in Warsaw said that the next violation would be met with force if the pilots ignored warnings.",
    "NATO is expected to discuss the question at a meeting of ambassadors in Brussels later this week.",
]


def body(text: str) -> str:
    return parse_article(text).text


def test_the_story_is_chosen_over_longer_reader_comments() -> None:
    comments = "\n".join(
        f"reader{n}\n{n} hours ago\nI think that the government is wrong about this and that the allies are "
        f"making a big mistake by waiting for the next incident to happen, comment number {n}.\nReply"
        for n in range(12)
    )
    page = f"Allies split over airspace - The Daily\n{NAV}\nAllies split over airspace\nBy Jane Doe\n"
    page += "\n".join(STORY) + f"\n[ 12 comments ]\n{comments}\n© 2025 The Daily. All rights reserved."
    text = body(page)
    assert all(s in text for s in STORY)
    assert "comment number" not in text


def test_a_blogs_comment_thread_ends_the_story() -> None:
    thread = "\n".join(
        f"Reader {n} on September {n + 1}, 2018 at 4:{10 + n} pm said:\nI think that the allies are wrong about this "
        f"and that they should wait for the ministers to meet before they decide anything, says reader {n}."
        for n in range(15)
    )
    page = "\n".join(["Allies split - The Blog", NAV, *STORY, "Posted in News | Permalink | 15 Comments", thread])
    text = body(page)
    assert all(s in text for s in STORY) and "says reader" not in text


def test_a_long_widget_inside_the_story_does_not_end_it() -> None:
    gallery = [f"Photo {n} of 60 / Getty Images" for n in range(60)]  # longer than any gap bridged
    more = [
        "Diplomats said that the meeting would also look at how the alliance shares radar data between members.",
        "Estonia has asked for more fighter jets to be stationed at its air base in Ämari over the winter months.",
        "Lithuania said it was ready to host more allied troops and that it would pay for new barracks itself.",
    ]
    later = [
        "Latvia said that it would spend three percent of its economic output on defence from next year onwards.",
        "The alliance's military committee will present options for a common response to the ministers soon.",
        "Finland, the newest member, said it would take part in the air policing mission over the Baltic states.",
    ]
    page = "\n".join(["Allies split - The Daily", NAV, *STORY, "Gallery", *gallery, *more, *later, "Sign up"])
    text = body(page)
    assert all(s in text for s in STORY + more + later) and "Photo 7" not in text


def test_the_authors_biography_and_related_links_in_portuguese_end_the_story() -> None:
    story = list(FOREIGN["pt"])
    bio = "Pai de dois filhos, Carlos Nadalim é também coordenador pedagógico numa escola em Londrina."
    page = "\n".join(["Título - Blog", "Início", *story, "Sobre Carlos Nadalim", bio, "Artigos relacionados"])
    assert parse_article(page).sentence_texts() == story


def test_a_teaser_box_inside_the_story_does_not_end_it() -> None:
    page = "\n".join(
        [
            "Allies split - The Daily",
            NAV,
            *STORY[:3],
            "Related Stories",
            "Five things to know about NATO",
            "Why the Baltic states worry",
            *STORY[3:],
            "Sign up for our newsletter",
        ]
    )
    text = body(page)
    assert all(s in text for s in STORY)
    assert "Five things" not in text


def test_an_ad_slot_glued_inside_a_line_is_bridged() -> None:
    glued = "".join([*STORY[:2], "AdvertisementScroll to continue", *STORY[2:]])
    page = "Allies split - The Daily\nHomeWorldBusinessSubscribeSign in" + glued + "Terms of ServicePrivacy Policy"
    arts = parse_article(page).sentence_texts()
    assert arts == STORY


def test_boilerplate_words_inside_a_real_sentence_are_kept() -> None:
    sentence = (
        "The company earned $2.52 a share on revenue of $4.1 billion, and its chief executive said that the "
        "outlook for the rest of the year was strong despite the cookie maker's troubles in Europe."
    )
    text = body("\n".join(["Earnings beat - The Daily", NAV, STORY[0], sentence, STORY[1], "Share on Facebook"]))
    assert sentence in text
    assert "Share on Facebook" not in text


def test_glue_is_not_cut_inside_names_the_page_writes() -> None:
    lines = [
        "GiveWell recommends a new charity - The Blog",
        "HomeAboutDonate"
        "The charity evaluator GiveWell said on Monday that it would fund bed nets in three more countries this year."
        "Staff at GiveWell and WeWork said that the AirPods given away at the event were donated by a sponsor."
        "The group said that its research on the AirPods raffle was not part of the charity's review."
        "Leave a ReplyCancel reply",
    ]
    text = body("\n".join(lines))
    assert "GiveWell said" in text and "Staff at GiveWell and WeWork" in text and "the AirPods given" in text
    assert "Give Well" not in text and "Air Pods" not in text


def test_a_legal_footer_is_not_the_story() -> None:
    legal = (
        "This material may not be published, broadcast, rewritten, or redistributed. Quotes are displayed in "
        "real time or delayed by at least 15 minutes. Market data is provided by a vendor and all of the "
        "information here is for information purposes only and is not intended for trading purposes."
    )
    page = "\n".join(
        ["Shares fall - The Daily", NAV, *STORY[:2], "©2025 The Daily Network, LLC. All rights reserved.", legal]
    )
    text = body(page)
    assert STORY[0] in text and "may not be published" not in text


FOREIGN = {
    "pt": (
        "O governo anunciou nesta segunda-feira um novo plano para a defesa do espaço aéreo do país.",
        "Segundo o ministro, a medida foi discutida com os aliados durante a reunião em Bruxelas.",
        "A oposição criticou o plano e disse que ele não resolve os problemas das forças armadas.",
    ),
    "ru": (
        "Правительство в понедельник объявило о новом плане защиты воздушного пространства страны.",
        "По словам министра, эта мера была обсуждена с союзниками на встрече в Брюсселе.",
        "Оппозиция раскритиковала план и заявила, что он не решает проблем армии.",
    ),
    "it": (
        "Il governo ha annunciato lunedì un nuovo piano per la difesa dello spazio aereo del paese.",
        "Secondo il ministro, la misura è stata discussa con gli alleati durante la riunione a Bruxelles.",
        "L'opposizione ha criticato il piano e ha detto che non risolve i problemi delle forze armate.",
    ),
    "id": (
        "Pemerintah pada hari Senin mengumumkan rencana baru untuk pertahanan wilayah udara negara.",
        "Menurut menteri, langkah itu sudah dibahas dengan para sekutu dalam pertemuan di Brussel.",
        "Pihak oposisi mengkritik rencana itu dan mengatakan bahwa rencana itu tidak menyelesaikan masalah.",
    ),
    "ko": (
        "정부는 월요일 국가 영공 방어를 위한 새로운 계획을 발표했다.",
        "장관에 따르면 이 조치는 브뤼셀 회의에서 동맹국들과 논의되었다.",
        "야당은 이 계획이 군대의 문제를 해결하지 못한다고 비판했다.",
    ),
    "ja": (
        "政府は月曜日、国の領空を守るための新しい計画を発表しました。",
        "大臣によると、この措置はブリュッセルでの会合で同盟国と話し合われたということです。",
        "野党はこの計画では軍の問題は解決しないと批判しました。",
    ),
}


@pytest.mark.parametrize("lang", sorted(FOREIGN))
@pytest.mark.parametrize("glued", [False, True], ids=["flat", "glued"])
def test_other_languages_import_one_claim_per_sentence(lang: str, glued: bool) -> None:
    sentences = list(FOREIGN[lang])
    joiner = "" if glued else "\n"
    page = "Title - Site\n" + joiner.join(["Home", "Menu", "Search", *sentences, "Facebook", "Twitter"])
    art = parse_article(page)
    assert detect_language(art.text) == lang
    assert art.sentence_texts() == sentences


def test_japanese_sentences_in_one_paragraph_are_split_at_the_full_stop() -> None:
    art = parse_article("".join(FOREIGN["ja"]))
    assert art.sentence_texts() == list(FOREIGN["ja"])


def test_stopword_lists_come_from_a_maintained_source() -> None:
    assert {"the", "and", "of"} <= stopwords("en")
    assert {"и", "в", "не"} <= stopwords("ru")
    assert {"de", "que", "não"} <= stopwords("pt")
    assert stopwords("xx") == frozenset()


def test_the_title_is_the_pages_own_headline() -> None:
    story = "\n".join(STORY)
    # The <title> carries the site's name after a separator; the page repeats the headline alone.
    page = f"Royal Arrogance - Sputnik International\n{NAV}\nRoyal Arrogance\nBy Jane Doe\n{story}"
    assert parse_article(page).title == "Royal Arrogance"
    # The <title> is worded differently from the <h1> above the story.
    page = (
        f"Delhi air pollution: the law behind the city's poor air - The Daily\n{NAV}\n"
        f"The law that's helping fuel Delhi's deadly air pollution\nBy Jane Doe\n{story}"
    )
    assert parse_article(page).title == "The law that's helping fuel Delhi's deadly air pollution"


# -- HTML ---------------------------------------------------------------------------


def html_page(body_html: str, head: str = "") -> bytes:
    return f"<html><head><title>Allies split - The Daily</title>{head}</head><body>{body_html}</body></html>".encode()


def test_old_layout_split_by_br_imports() -> None:
    page = html_page("<font face=arial>" + "<br><br>".join(STORY) + "</font>")
    assert parse_article(page, "old.html", kind="html").sentence_texts() == STORY


def test_table_layout_imports() -> None:
    cells = "".join(f"<tr><td>{s}</td></tr>" for s in STORY)
    page = html_page(f"<table><tr><td><a href='/'>Home</a></td></tr>{cells}</table>")
    assert parse_article(page, "table.html", kind="html").sentence_texts() == STORY


def test_canonical_url_is_the_sources_url() -> None:
    head = '<link rel="canonical" href="https://example.com/world/allies-split">'
    page = html_page("<article>" + "".join(f"<p>{s}</p>" for s in STORY) + "</article>", head)
    assert parse_article(page, "a.html", kind="html").url == "https://example.com/world/allies-split"
    og = '<meta property="og:url" content="https://example.org/a">'
    page = html_page("<article>" + "".join(f"<p>{s}</p>" for s in STORY) + "</article>", og)
    assert parse_article(page, "a.html", kind="html").url == "https://example.org/a"
    assert parse_article(page, "a.html", url="https://given.example/x", kind="html").url == "https://given.example/x"


# -- hostile input: impossible dates, huge paragraphs ------------------------------------


@pytest.mark.parametrize(
    "line", ["Published 2025-09-24T10:38+99:00", "September 24, 2025 10:38 GMT+99", "24 September 2025 10:38 UTC-99"]
)
def test_an_impossible_time_zone_is_simply_no_date(line: str) -> None:
    art = parse_article(f"Allies split\n{line}\n" + "\n".join(STORY))
    assert art.published == ""
    assert art.sentence_texts() == STORY


def test_an_impossible_offset_in_the_page_meta_is_no_date() -> None:
    head = '<meta property="article:published_time" content="2025-09-24T10:38:00+99:00">'
    page = html_page("<article>" + "".join(f"<p>{s}</p>" for s in STORY) + "</article>", head)
    assert not parse_article(page, "a.html", kind="html").published.startswith("2025-09-24T10:38+99")


@pytest.mark.parametrize("size", [120_000, 1_000_000])
def test_a_huge_single_paragraph_imports_every_sentence(size: int) -> None:
    unit = " ".join(STORY) + " "
    text = (unit * (size // len(unit) + 1))[: size - 200]
    text = text[: text.rfind(". ") + 1]
    art = parse_article(text)
    assert len(art.sentences) == text.count(". ") + 1
    assert art.sentence_texts()[:5] == STORY


# -- the shared real pages ---------------------------------------------------------------


def real_pages(n: int) -> list[tuple[str, dict]]:
    truth = json.loads((REAL / "ground-truth.json").read_text(encoding="utf-8"))
    return sorted(truth.items())[:: max(1, len(truth) // n)]


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/data/real-pages is not here")
@pytest.mark.parametrize("kind", ["html", "flat", "glued"])
def test_real_pages_never_come_out_empty(kind: str) -> None:
    for page, _ in real_pages(20):
        if kind == "html":
            data = gzip.decompress((REAL / "html" / f"{page}.html.gz").read_bytes())
        else:
            data = (REAL / kind / f"{page}.txt").read_bytes()
        art = parse_article(data, page, kind="html" if kind == "html" else "text")
        assert art.sentences, page


def test_a_clean_plain_text_article_keeps_a_paragraph_that_is_a_list_of_names() -> None:
    """A plain-text article (headline, blank line, paragraphs) has no clutter to cut: a first paragraph that
    is mostly country names (few stopwords) is still a sentence of the story, and its neighbours keep it."""
    listing = (
        "Austria, Belgium, Denmark, Estonia, Finland, Latvia and Lithuania backed the plan, while Bulgaria, "
        "Croatia, Cyprus, Greece, Hungary, Malta and Slovakia abstained - the agency reported."
    )
    text = "Ministers back a joint air defence fund\n\n" + "\n\n".join([listing, *STORY[:3]]) + "\n"
    art = parse_article(text)
    assert art.title == "Ministers back a joint air defence fund"
    assert listing in art.text
    assert all(s in art.text for s in STORY[:3])


def test_the_text_path_does_not_load_the_html_extractor() -> None:
    """Importing a plain-text article in UTF-8 (as `briefing import page.txt` does) never loads trafilatura and
    its companions (nor charset-normalizer), which cost a whole process most of its start-up; HTML loads them
    when it needs them."""
    import subprocess
    import sys

    heavy = ("trafilatura", "htmldate", "justext", "courlan", "lxml", "briefing.ingest.html", "charset_normalizer")
    script = (
        "import sys\n"
        "from briefing.ingest import parse_article\n"
        "parse_article(sys.argv[1].encode(), 'page.txt', kind='text')\n"
        f"print(sorted(m for m in sys.modules if m in {heavy!r} or m.split('.')[0] in {heavy!r}))\n"
        "parse_article(b'<html><body><h1>T</h1><p>' + sys.argv[1].encode() + b'</p></body></html>', 'p.html',"
        " kind='html')\n"
        "print('trafilatura' in sys.modules)\n"
    )
    text = "Allies split over airspace\n\n" + "\n\n".join(STORY)
    out = subprocess.run(
        [sys.executable, "-c", script, text], capture_output=True, text=True, timeout=120, cwd=ROOT, check=True
    )
    first, second = out.stdout.splitlines()[-2:]
    assert first == "[]"
    assert second == "True"


@pytest.mark.parametrize(
    "tail", [" — www.example-news.ru", " | Politics | Europe | Daily Planet", " | World | The Guardian"]
)
def test_a_flat_title_loses_the_sites_address_and_breadcrumb(tail: str) -> None:
    title = "Ministers back a joint air defence fund"
    page = "\n".join([title + tail, NAV, *STORY])
    assert parse_article(page).title == title


def test_the_headline_above_the_story_is_the_line_sharing_most_of_the_title() -> None:
    """The page's <title> is a variant of its <h1>; above the story stand the <h1>, a share button that repeats
    it after a label, a related teaser sharing a few words and a photo caption with its credit."""
    first = "Airspace row: allies split over how to answer Russian drone incursions - The Daily"
    h1 = "Allies split over how to answer Russian drone incursions: “Keep calm!”"
    lines = [
        first,
        NAV,
        h1,
        "By Jane Doe",
        f"Share All sharing options for: {h1}",
        "Allies answer Russian drone incursions with more patrols over the Baltic",
        "Russian drone debris is examined by allies in Poland, September 10, 2025. (Jan Kowalski/Reuters)",
        *STORY,
    ]
    assert parse_article("\n".join(lines)).title == h1
