"""Articles saved as HTML: the main text by trafilatura, metadata from the page's own tags."""

from __future__ import annotations

import json
import re
from typing import Any

import lxml.html
import trafilatura

from .flat import BOILER_WORDS, CleanPage, _boilerplate, is_prose
from .languages import detect_language
from .metadata import find_dates, outlet_for_url, outlet_named, split_dateline, split_names, split_title

_META_DATE = (
    "article:published_time",
    "og:published_time",
    "datePublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dcterms.created",
    "parsely-pub-date",
    "sailthru.date",
)


def clean_html(html: str, url: str = "") -> CleanPage:
    page = CleanPage()
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        tree = None
    doc = _extract(html, url)
    captions = _captions(tree) if tree is not None else []
    page.captions = captions
    leads = _texts(tree, _LEAD_XPATH) if tree is not None else []

    raw_title = doc.get("title") or ""
    site = doc.get("sitename") or ""
    page.title, suffix = split_title(raw_title) if raw_title else ("", "")
    if not suffix and tree is not None:  # trafilatura may give og:title; the <title> keeps " | Site"
        head_title = " ".join(" ".join(tree.xpath("//head/title//text()")).split())
        if head_title:
            suffix = split_title(head_title)[1]
    page.outlet = outlet_named(site) or site or outlet_named(suffix) or suffix or outlet_for_url(url)
    if page.title and page.outlet and page.title.endswith(page.outlet):
        page.title = page.title[: -len(page.outlet)].rstrip(" -|–—:")

    author = doc.get("author") or ""
    page.authors = split_names(author.replace(";", ",")) if author else []
    page.published = _meta_date(tree) if tree is not None else ""
    if not page.published and doc.get("date"):
        page.published = str(doc["date"])

    page.url = _canonical(tree) if tree is not None else ""
    caption_keys = {c.strip().lower() for c in captions + leads}
    paragraphs = _paragraphs(doc.get("text") or "", page.title, caption_keys)
    if not paragraphs:
        # Precision mode found nothing worth keeping: trafilatura's defaults, then its recall mode.
        for mode in ("default", "recall"):
            retry = _extract(html, url, mode)
            paragraphs = _paragraphs(retry.get("text") or "", page.title, caption_keys)
            if paragraphs:
                break
    if not paragraphs:
        # An old layout (text split by <br>, laid out in tables): the page's visible text, cleaned as a copy.
        paragraphs = _flat_fallback(tree)
    page.paragraphs = paragraphs
    if paragraphs:
        page.dateline, paragraphs[0] = split_dateline(paragraphs[0])
        if page.dateline and not page.outlet:
            m = re.search(r"\(([^)]+)\)", page.dateline)
            page.outlet = outlet_named(m.group(1)) if m else ""
    return page


def _extract(html: str, url: str, mode: str = "precision") -> dict[str, Any]:
    doc = trafilatura.bare_extraction(
        html,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=mode == "precision",
        favor_recall=mode == "recall",
    )
    return dict(doc.as_dict()) if doc is not None and hasattr(doc, "as_dict") else {}


def _paragraphs(text: str, title: str, caption_keys: set[str]) -> list[str]:
    boiler = _boilerplate()
    lang = detect_language(text) if text.strip() else "en"
    out = []
    for line in text.split("\n"):
        line = " ".join(line.split())
        if not line or line.lower() in caption_keys or line.lower() == title.lower():
            continue
        if boiler.search(line) and len(line.split()) < BOILER_WORDS:
            continue
        out.append(line)

    # A short line that is not a sentence ("Press release", a kicker) is kept inside the story (a subhead,
    # a list item) but not at its edges.
    def label(line: str) -> bool:
        return not is_prose(line, lang) and len(line.split()) < 8

    while out and label(out[0]):
        out.pop(0)
    while out and label(out[-1]):
        out.pop()
    return out


_BLOCKS = {
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "td",
    "th",
    "tr",
    "br",
    "blockquote",
    "pre",
    "section",
    "article",
    "table",
    "dd",
    "dt",
    "figcaption",
    "header",
    "footer",
    "ul",
    "ol",
}


def _flat_fallback(tree: Any) -> list[str]:
    """The visible text of <body>, one line per block and per <br>, cleaned like a page copied from a browser."""
    if tree is None:
        return []
    from .flat import clean_flat_text

    lines: list[str] = []
    current: list[str] = []

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in ("script", "style", "noscript", "template", "head"):
            if node.tail:
                current.append(node.tail)
            return
        block = tag.lower() in _BLOCKS
        if block:
            lines.append(" ".join("".join(current).split()))
            current.clear()
        if node.text and tag:
            current.append(node.text)
        for child in node:
            walk(child)
        if block:
            lines.append(" ".join("".join(current).split()))
            current.clear()
        if node.tail:
            current.append(node.tail)

    body = tree.find(".//body")
    walk(body if body is not None else tree)
    lines.append(" ".join("".join(current).split()))
    text = "\n".join(line for line in lines if line)
    return clean_flat_text("\n" + text).paragraphs if text.strip() else []


def _canonical(tree: Any) -> str:
    """The page's own address: <link rel="canonical">, else og:url; only an absolute http(s) one."""
    candidates = [
        *(n.get("href") for n in tree.xpath("//link[@href]") if "canonical" in (n.get("rel") or "").lower().split()),
        *(n.get("content") for n in tree.xpath("//meta[@property='og:url' or @name='og:url'][@content]")),
    ]
    for url in candidates:
        url = (url or "").strip()
        if re.match(r"https?://[^\s/]+\.[^\s]+$", url):
            return url
    return ""


_LEAD_XPATH = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' standfirst ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' dek ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' lead ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' subtitle ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' strapline ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' summary ')]"
)


def _captions(tree: Any) -> list[str]:
    return _texts(tree, "//figcaption")


def _texts(tree: Any, xpath: str) -> list[str]:
    out: list[str] = []
    for node in tree.xpath(xpath):
        text = " ".join(node.text_content().split())
        if text and text not in out:
            out.append(text)
    return out


def _meta_date(tree: Any) -> str:
    for node in tree.xpath("//meta[@property or @name or @itemprop]"):
        key = node.get("property") or node.get("name") or node.get("itemprop") or ""
        if key.lower() in (k.lower() for k in _META_DATE):
            found = find_dates(node.get("content") or "")
            if found:
                return found[0].iso
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):  # broken JSON, a 5,000-digit number, deep nesting: no date here
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                found = find_dates(item["datePublished"])
                if found:
                    return found[0].iso
    for node in tree.xpath("//time[@datetime]"):
        found = find_dates(node.get("datetime") or "")
        if found:
            return found[0].iso
    return ""
