"""Hostile input: whatever a file holds, the core answers with a result or its own clear error, never a crash.

The default run tries a few hundred cases per reader. A long run is chosen with an environment variable:

    BRIEFING_FUZZ_EXAMPLES=10000 python -m pytest -q -s tests/core/test_fuzz.py -p no:cacheprovider

Each test prints what it tried: how many cases, how they ended, the slowest case and the peak memory.
"""

from __future__ import annotations

import copy
import io
import json
import os
import resource
import time
import zlib
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from helpers import small_brief
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import storage
from briefing.errors import BriefingError, ImportArticleError, InvalidBriefError
from briefing.ingest import parse_article

EXAMPLES = int(os.environ.get("BRIEFING_FUZZ_EXAMPLES", "0") or 0)
LONG = EXAMPLES > 0
# A case that takes longer than this is a hang, not a slow case (speed is measured in benchmarks/).
HANG = timedelta(seconds=60)


def examples(default: int) -> int:
    return EXAMPLES or default


def fuzz_settings(default: int) -> settings:
    return settings(
        max_examples=examples(default),
        deadline=HANG if LONG else None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
        derandomize=not LONG,  # the default run is the same every time; a long run explores
        database=None,
    )


class Tally:
    """How the cases of one fuzz test ended, printed at its end."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.outcomes: Counter[str] = Counter()
        self.slowest = 0.0

    def run(self, fn: Callable[[], Any], expected: type[BaseException]) -> Any:
        start = time.perf_counter()
        try:
            result = fn()
        except expected as exc:
            self.outcomes[f"clear error ({_gist(str(exc))})"] += 1
            assert str(exc).strip(), "an error message says what is wrong"
            return None
        finally:
            self.slowest = max(self.slowest, time.perf_counter() - start)
        self.outcomes["read"] += 1
        return result

    def report(self) -> None:
        total = sum(self.outcomes.values())
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        kinds = ", ".join(f"{n} {k}" for k, n in self.outcomes.most_common(8))
        print(f"\n[fuzz] {self.what}: {total} cases; {kinds}; slowest {self.slowest:.2f} s; peak memory {peak:.0f} MB")


def _gist(message: str) -> str:
    """The kind of an error message, without the file name and the details."""
    text = message.split(": ", 1)[-1]
    return " ".join(text.split()[:4])


# -- the brief loader: structure ------------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True)
    | st.text(max_size=20)
    | st.sampled_from(["\x1b[2J", "\ud800", "9" * 5000, "", "C1", "S1", "DE", "2025-09-24", "9999-12-31"]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            out.extend(paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            out.extend(paths(child, (*prefix, i)))
    return out


BASE = storage.to_data(small_brief())
ALL_PATHS = [p for p in paths(BASE) if p]


def test_any_value_anywhere_gives_a_brief_or_a_clear_error() -> None:
    tally = Tally("brief loader, structure (any value at any place of a valid brief)")

    @fuzz_settings(300)
    @given(st.sampled_from(ALL_PATHS), json_values, st.integers(0, 3))
    def case(path: tuple[Any, ...], value: Any, wrap: int) -> None:
        data = copy.deepcopy(BASE)
        target = data
        for key in path[:-1]:
            target = target[key]
        for _ in range(wrap * 40):  # sometimes deep: up to 120 levels of lists around the value
            value = [value]
        target[path[-1]] = value
        text = json.dumps(data)
        brief = tally.run(lambda: storage.loads(text), InvalidBriefError)
        if brief is not None:
            assert storage.loads(storage.dumps(brief)) is not None  # what loads also saves and loads again

    case()
    tally.report()


# -- the brief loader: bytes ----------------------------------------------------------------

VALID = storage.dumps(small_brief()).encode("utf-8")
TOKENS = [
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b":",
    b'"',
    b"\\",
    b"\\u",
    b"\\ud800",
    b"1e999",
    b"NaN",
    b"-",
    b"\x00",
    b"\xff",
    b"\xef\xbb\xbf",
    b"9" * 5000,
    b"[" * 3000,
    b'{"a":' * 1000,
    b"null",
    b"true",
    b"\n",
    b"\x1b[",
]


@st.composite
def mutated(draw: st.DrawFn, base: bytes, tokens: list[bytes]) -> bytes:
    """``base`` with a few bytes replaced, inserted, deleted or cut, or random bytes altogether."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=4000))
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.integers(0, 4))
        if action == 0:
            data[at:at] = draw(st.sampled_from(tokens))
        elif action == 1:
            del data[at : at + draw(st.integers(1, 64))]
        elif action == 2 and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif action == 3:
            data[at:at] = draw(st.binary(max_size=16))
        else:
            del data[at:]
    return bytes(data)


def test_any_bytes_as_a_brief_file_give_a_brief_or_a_clear_error(tmp_path: Path) -> None:
    tally = Tally("brief loader, bytes (mutated brief files)")
    path = tmp_path / "fuzz.brief.json"

    @fuzz_settings(300)
    @given(mutated(VALID, TOKENS))
    def case(data: bytes) -> None:
        path.write_bytes(data)
        tally.run(lambda: storage.load(path), InvalidBriefError)

    case()
    tally.report()


# -- the importers: text and HTML -----------------------------------------------------------

SENTENCES = [
    "Poland urged allies to shoot down aircraft that violate NATO airspace.",
    "Germany warned against escalation on Tuesday.",
    "Published 2025-09-24T10:38+99:00",
    "By Jane Doe and John Roe",
    "ישראל תגיב בעוצמה לכל תקיפה.",
    "قالت وزارة الخارجية المصرية إن القاهرة تدعو إلى ضبط النفس.",
    "😀 🇵🇱",
    "word " * 400,
    "x" * 3000,
]
HTML_PARTS = [
    "<html>",
    "</html>",
    "<head>",
    "<title>Allies split</title>",
    "</head>",
    "<body>",
    "</body>",
    "<article>",
    "</article>",
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<script>alert(1)</script>",
    "<style>p{}</style>",
    '<meta property="article:published_time" content="2025-09-24T10:38+99:00">',
    '<script type="application/ld+json">{"datePublished": 1' + "0" * 5000 + "}</script>",
    '<script type="application/ld+json">' + "[" * 2000 + "]" * 2000 + "</script>",
    "<!DOCTYPE html>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "&nbsp;",
    "<br>",
    '<a href="javascript:alert(1)">x</a>',
    "<h1>Title</h1>",
    "<time datetime='0001-01-01'>",
    "<li>",
    "<ul>",
    "<div>" * 300,
    "</div>" * 300,
    "\x00",
    "\ufeff",
]


def test_any_bytes_as_a_text_article_give_an_article_or_a_clear_error() -> None:
    tally = Tally("text importer (bytes and text made of article sentences)")
    article = "\n\n".join(SENTENCES[:4]).encode("utf-8")

    @fuzz_settings(300)
    @given(st.one_of(mutated(article, [s.encode("utf-8") for s in SENTENCES] + TOKENS), st.binary(max_size=3000)))
    def case(data: bytes) -> None:
        result = tally.run(lambda: parse_article(data, "fuzz.txt", kind="text"), BriefingError)
        if result is not None:
            assert all(0 <= s < e <= len(result.text) for s, e in result.sentences)

    case()
    tally.report()


def test_any_pasted_text_gives_an_article_or_a_clear_error() -> None:
    tally = Tally("pasted text")

    @fuzz_settings(150)
    @given(st.text(max_size=3000) | st.lists(st.sampled_from(SENTENCES), max_size=12).map(" ".join))
    def case(text: str) -> None:
        article = tally.run(lambda: parse_article(text), BriefingError)
        if article is not None:
            for start, end in article.sentences:
                assert 0 <= start < end <= len(article.text)

    case()
    tally.report()


def test_any_html_gives_an_article_or_a_clear_error() -> None:
    tally = Tally("HTML importer (tags, entities, scripts and article sentences)")

    @fuzz_settings(200)
    @given(st.lists(st.sampled_from(HTML_PARTS) | st.sampled_from(SENTENCES) | st.text(max_size=30), max_size=40))
    def case(parts: list[str]) -> None:
        html = "<html><body><article>" + "".join(parts)
        tally.run(lambda: parse_article(html.encode("utf-8", "surrogatepass"), "fuzz.html", kind="html"), BriefingError)

    case()
    tally.report()


# -- the PDF importer -----------------------------------------------------------------------


def _pdf_seeds() -> list[bytes]:
    from test_hostile_pdf import bomb_pdf, text_pdf

    page = b"BT /F1 12 Tf 72 720 Td (Germany warned against escalation.) Tj ET"
    return [
        text_pdf(),
        text_pdf(pages=2),
        bomb_pdf(zlib.compress(page), b"/FlateDecode"),
        bomb_pdf(zlib.compress(page * 50), b"/FlateDecode", pages=3),
    ]


PDF_TOKENS = [
    b"obj",
    b"endobj",
    b"stream",
    b"endstream",
    b"<<",
    b">>",
    b"[",
    b"]",
    b"/Filter /FlateDecode",
    b"/Length 999999999",
    b"/Count 99999",
    b"/Kids [1 0 R]",
    b"/Parent 2 0 R",
    b"9 0 R",
    b"xref",
    b"trailer",
    b"startxref",
    b"%%EOF",
    b"/Encrypt << >>",
    b"(" * 500,
    b"[" * 2000,
    b"\x00",
    b"-1",
]


def test_any_damaged_pdf_gives_an_article_or_the_one_clear_error() -> None:
    tally = Tally("PDF importer (mutated, truncated and spliced PDFs)")
    seeds = _pdf_seeds()

    @fuzz_settings(200)
    @given(st.sampled_from(range(len(seeds))).flatmap(lambda i: mutated(seeds[i], PDF_TOKENS)))
    def case(data: bytes) -> None:
        data = b"%PDF-1.7\n" + data if not data.startswith(b"%PDF-") else data
        tally.run(lambda: parse_article(data, "fuzz.pdf", kind="pdf"), ImportArticleError)

    case()
    tally.report()


# -- export ---------------------------------------------------------------------------------


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(min_size=0, max_size=400), min_size=6, max_size=6))
def test_any_text_typed_anywhere_still_exports_one_page(texts: list[str]) -> None:
    from pypdf import PdfReader

    from briefing.pdf import render_brief

    brief = small_brief()
    brief.info.title, brief.info.bluf, brief.info.question, brief.info.analyst = texts[:4]
    brief.claims[0].speaker = texts[4]
    brief.claims[0].key = True
    brief.sources[0].title = texts[5]
    brief.info.outlook = texts
    result = render_brief(brief)
    assert len(PdfReader(io.BytesIO(result.pdf)).pages) == 1
