"""Articles in: plain or scraped text, HTML and PDF, cleaned of page clutter and split into claims."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..errors import Cancelled, ImportArticleError
from ..limits import FileRefused, read_regular, size_text
from ..model import Brief, Claim, Source
from .decode import decode
from .flat import CleanPage, clean_flat_text
from .languages import detect_language
from .sentences import sentence_spans

MAX_ARTICLE_BYTES = 10 * 1024 * 1024
HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article)\b", re.I | re.S
)


@dataclass
class Article(CleanPage):
    """An imported article: the page's metadata, its cleaned body text (paragraphs split by blank lines)
    and the sentences in it."""

    text: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)
    kind: str = "text"

    def sentence_texts(self) -> list[str]:
        return [self.text[s:e] for s, e in self.sentences]


_SPACE_RUN = re.compile(r"(?<=\S)(?:[ \t]{2,}|\t)(?=\S)")


def parse_article(
    data: bytes | str,
    name: str = "pasted text",
    url: str = "",
    kind: str | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Article:
    """Read an article from bytes (a file's content) or str (pasted text). ``kind``: text, html or pdf.

    ``cancelled`` is asked between the steps (and inside a PDF's pages); True stops the work with ``Cancelled``."""

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled(f"{name}: import cancelled")

    size = len(data.encode("utf-8") if isinstance(data, str) else data)
    if size > MAX_ARTICLE_BYTES:
        raise ImportArticleError(
            f"{name}: {size_text(size)} is too large for one article (the limit is {size_text(MAX_ARTICLE_BYTES)})"
        )
    if not size:
        raise ImportArticleError(f"{name}: the file is empty")
    pdf_meta: dict[str, str] = {}
    if isinstance(data, bytes) and (kind == "pdf" or data.lstrip()[:5] == b"%PDF-"):
        if data.lstrip()[:5] != b"%PDF-":
            raise ImportArticleError(f"{name}: this is not a PDF file")
        from .pdf import pdf_text

        text, pdf_meta = pdf_text(data, name, cancelled=cancelled)
        kind = "pdf"
    else:
        text = decode(data, name) if isinstance(data, bytes) else data
        if kind is None:
            kind = "html" if HTML_START.match(text[:5000]) or "</p>" in text[:200000].lower() else "text"
    if not text.strip():
        raise ImportArticleError(f"{name}: there is no text in it")
    check()

    if kind == "html":
        from .html import clean_html

        page: CleanPage = clean_html(text, url)
    else:
        page = clean_flat_text(text)
    if pdf_meta:
        # A PDF's own title beats its first line, which is often a running header.
        page.title = pdf_meta.get("title") or page.title
        if not page.authors and pdf_meta.get("author"):
            page.authors = [pdf_meta["author"]]
    if not page.paragraphs:
        raise ImportArticleError(f"{name}: no article text was found (no run of full sentences)")
    # (a run of spaces or a tab inside a paragraph, common in copied pages and exports, is one space: the parser
    # would take the run for a word of its own and lose the sentence's grammar around it)
    body = "\n\n".join(_SPACE_RUN.sub(" ", p) for p in page.paragraphs)
    check()
    fields = {**vars(page), "url": url or page.url}
    return Article(**fields, text=body, sentences=sentence_spans(body, detect_language(body)), kind=kind)


def read_article(path: str | os.PathLike[str], url: str = "", cancelled: Callable[[], bool] | None = None) -> Article:
    name = str(path)
    try:
        raw = read_regular(path, MAX_ARTICLE_BYTES)  # never blocks on a pipe, never reads past the limit
    except FileRefused as exc:
        raise ImportArticleError(f"{name}: {exc}") from None
    except IsADirectoryError:
        raise ImportArticleError(f"{name}: this is a folder, not an article") from None
    except FileNotFoundError:
        raise ImportArticleError(f"{name}: no such file") from None
    except OSError as exc:
        raise ImportArticleError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    suffix = Path(path).suffix.lower()
    kind = {".pdf": "pdf", ".html": "html", ".htm": "html", ".xhtml": "html"}.get(suffix)
    return parse_article(raw, name, url=url, kind=kind, cancelled=cancelled)


def article_source(brief: Brief, article: Article, reliability: str = "F") -> tuple[Source, list[Claim]]:
    """A new source for ``article`` with one claim per sentence, numbered after ``brief``'s; ``brief`` is unchanged."""
    source = Source(
        id=brief.next_source_id(),
        title=article.title,
        outlet=article.outlet,
        authors=list(article.authors),
        published=article.published,
        url=article.url,
        retrieved=datetime.now(UTC).isoformat(timespec="minutes"),
        text=article.text,
        reliability=reliability,
        captions=list(article.captions),
        dateline=article.dateline,
    )
    first = int(brief.next_claim_id()[1:])
    claims = [
        Claim(id=f"C{first + n}", source=source.id, start=start, end=end, text=article.text[start:end])
        for n, (start, end) in enumerate(article.sentences)
    ]
    return source, claims


def add_article(brief: Brief, article: Article, reliability: str = "F") -> tuple[Source, list[Claim]]:
    """Add ``article`` to ``brief`` as a new source with one claim per sentence."""
    source, claims = article_source(brief, article, reliability)
    brief.sources.append(source)
    brief.claims.extend(claims)
    return source, claims
