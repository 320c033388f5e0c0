"""Cleaning a page flattened to text (a browser copy or a scrape): keep the story, drop the clutter.

A flattened page glues menu items, share buttons and the story together ("LinkGiftBy Michael
Nienaber…BookmarkSaveNATO allies are…"). We cut the text into pieces at those glue points, judge
each piece (prose, byline, date, caption, credit, clutter), and keep the longest run of prose.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..assets import resource
from .metadata import (
    CREDIT_LINE,
    find_byline,
    find_dates,
    institution_in,
    outlet_in_text,
    published_date,
    split_dateline,
    split_names,
    split_title,
)

# Where a scrape glued two things together without a space.
GLUE = re.compile(
    r"(?<=[a-z0-9%)\]])(?=[A-Z][a-z])"  # "LinkGift", "GiftBy", "2025Updated"
    r"|(?<=[a-z])(?=[A-Z]{2,}\b)"  # "SaveNATO"
    r"|(?<=[A-Z]{2})(?=[A-Z][a-z]{2,})"  # "UTCUpdated"
    r"|(?<=[.!?])(?=[A-Z“‘\"][a-z]|[A-Z]{2,}\b)"  # "other.On", "policy.Home"
    r"|(?<=[.!?][”’\"])(?=[A-Z])"  # "… policy.”Home"
    r"|(?<=\d)(?=[A-Z]{2})"  # "2000EMEA"
)
# Camel-case words that are names, not glue: a glue split inside them is undone.
CAMEL_PREFIXES = re.compile(r"(?:^|\s)(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Du|O'|O’|Fitz)$")
CAMEL_WORDS = {
    "YouTube",
    "LinkedIn",
    "iPhone",
    "iPad",
    "PlayStation",
    "JPMorgan",
    "BlackRock",
    "OpenAI",
    "TikTok",
    "WhatsApp",
    "PayPal",
    "FedEx",
    "GlaxoSmithKline",
    "PricewaterhouseCoopers",
    "ArcelorMittal",
    "SpaceX",
    "McKinsey",
    "PowerPoint",
    "DeepSeek",
    "WikiLeaks",
}
SENTENCE_END = re.compile(r"[.!?…](?:[”’\"')\]]+)?$")
STOPWORDS = {
    "the",
    "a",
    "an",
    "of",
    "to",
    "in",
    "and",
    "or",
    "on",
    "for",
    "with",
    "that",
    "is",
    "was",
    "are",
    "were",
    "be",
    "by",
    "as",
    "at",
    "from",
    "it",
    "its",
    "has",
    "have",
    "had",
    "said",
    "says",
    "will",
    "would",
    "not",
    "this",
    "their",
    "his",
    "her",
    "they",
    "he",
    "she",
    "we",
    "after",
    "over",
    "about",
}
CREDIT = re.compile(
    r"^(?:photo(?:graph(?:er)?)?|image|illustration|credit|source|picture)s?\s*:|"
    r"/(?:getty images|afp|reuters|ap|epa|bloomberg)\s*$|\b(?:getty images|ap photo)\s*$",
    re.I,
)


@lru_cache(maxsize=1)
def _boilerplate_data() -> dict[str, list[str]]:
    with open(resource("boilerplate.json"), encoding="utf-8") as handle:
        return dict(json.load(handle))


@lru_cache(maxsize=1)
def _boilerplate() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _boilerplate_data()["patterns"]), re.I)


@lru_cache(maxsize=1)
def _endings() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _boilerplate_data().get("endings", [])) or "(?!)", re.I)


@dataclass
class Piece:
    text: str
    line: int
    kind: str = "junk"  # prose, caption, credit, byline, date, junk


@dataclass
class CleanPage:
    title: str = ""
    outlet: str = ""
    authors: list[str] = field(default_factory=list)
    published: str = ""
    dateline: str = ""
    captions: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)


def split_glued(line: str) -> list[str]:
    """Cut a line at the places a scrape glued items together, keeping camel-case names whole."""
    cuts = [m.start() for m in GLUE.finditer(line)]
    pieces: list[str] = []
    last = 0
    for cut in cuts:
        left = line[last:cut]
        word_left = re.search(r"[\w'’]+$", left)
        word_right = re.match(r"[\w'’]+", line[cut:])
        joined = (word_left.group() if word_left else "") + (word_right.group() if word_right else "")
        if CAMEL_PREFIXES.search(left) or joined in CAMEL_WORDS:
            continue
        pieces.append(left)
        last = cut
    pieces.append(line[last:])
    return [p.strip() for p in pieces if p.strip()]


def is_prose(text: str) -> bool:
    words = text.split()
    if len(words) < 3 or not SENTENCE_END.search(text):
        return False
    alpha = [w for w in words if w[:1].isalpha()] or words
    lower = sum(1 for w in alpha if w[:1].islower())
    stop = sum(1 for w in words if w.lower().strip(",;:") in STOPWORDS)
    return lower / len(alpha) >= 0.25 and (stop >= 1 or len(words) <= 6)


def _starts_byline(text: str) -> bool:
    """ "By Jane Doe", "Written by …", "Author: …": a byline standing on its own, not one inside a sentence."""
    names, match = find_byline(text)
    return bool(names) and match is not None and not text[: match.start()].strip()


def classify(pieces: list[Piece]) -> None:
    boiler = _boilerplate()
    counts = Counter(p.text for p in pieces if len(p.text.split()) >= 4)
    seen_prose: set[str] = set()
    for piece in pieces:
        text = piece.text
        if CREDIT.search(text):
            piece.kind = "credit"
        elif len(text.split()) <= 12 and _starts_byline(text):
            piece.kind = "byline"
        elif find_dates(text) and len(text.split()) <= 12 and not is_prose(text):
            piece.kind = "date"
        elif boiler.search(text) or (counts[text] > 1 and not is_prose(text)):
            piece.kind = "junk"  # menus and footers repeated on the page
        elif is_prose(text):
            # A sentence repeated (a pull quote, a page printed twice) counts once.
            piece.kind = "junk" if text in seen_prose else "prose"
            seen_prose.add(text)
        else:
            piece.kind = "junk"
    # A sentence right before a photo credit is the photo's caption.
    for i, piece in enumerate(pieces):
        if piece.kind == "prose" and i + 1 < len(pieces) and pieces[i + 1].kind == "credit":
            piece.kind = "caption"


def best_run(pieces: list[Piece]) -> tuple[int, int]:
    """The run of prose with the most text; a single clutter piece between paragraphs does not end it."""
    best = (0, 0)
    best_size = 0
    i = 0
    while i < len(pieces):
        if pieces[i].kind != "prose":
            i += 1
            continue
        j = i
        end = i
        size = 0
        while j < len(pieces):
            kind = pieces[j].kind
            if kind == "prose":
                size += len(pieces[j].text)
                end = j
            elif kind in ("caption", "credit") or (
                kind == "junk"
                and not _endings().search(pieces[j].text)
                and j + 1 < len(pieces)
                and pieces[j + 1].kind == "prose"
                and pieces[j].line != pieces[j + 1].line
                and len(pieces[j].text.split()) <= 6
            ):
                pass
            else:
                break
            j += 1
        if size > best_size:
            best, best_size = (i, end + 1), size
        i = end + 1
    return best


def clean_flat_text(raw: str) -> CleanPage:
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = re.sub(r"[\u200b\u200c\u200d\ufeff]", "", text)
    lines = [line.strip() for line in text.split("\n")]
    page = CleanPage()

    first = next((line for line in lines if line), "")
    # The first line of a copied page is its <title>: short, and not a sentence ending in a full stop.
    if first and len(first) <= 250 and (not first.rstrip().endswith(".") or split_title(first)[1]):
        page.title, page.outlet = split_title(first)

    pieces = [Piece(p, n) for n, line in enumerate(lines) for p in split_glued(line)]
    classify(pieces)
    start, end = best_run(pieces)
    body = [p for p in pieces[start:end] if p.kind == "prose"]
    page.captions = [p.text for p in pieces if p.kind == "caption"]

    # Group the body's pieces back into paragraphs by the line they came from.
    paragraphs: list[list[str]] = []
    last_line = None
    for piece in body:
        if piece.line != last_line:
            paragraphs.append([])
            last_line = piece.line
        paragraphs[-1].append(piece.text)
    page.paragraphs = [" ".join(p) for p in paragraphs]
    if page.paragraphs:
        page.dateline, page.paragraphs[0] = split_dateline(page.paragraphs[0])

    head = "\n".join(p.text for p in pieces[:start]) if body else text
    authors, _ = find_byline("\n".join(p.text for p in pieces[:start] if p.kind == "byline") or head)
    if not authors:
        credits = CREDIT_LINE.search(text)
        if credits:
            authors = split_names(credits.group("names"))
    page.authors = authors
    page.published = published_date(
        "\n".join(p.text for p in pieces[:start] if p.kind in ("date", "byline"))
    ) or published_date(head)
    if not page.outlet:
        page.outlet = (
            outlet_in_text(page.dateline + " -")
            or outlet_in_text(text)
            or institution_in([p.text for p in pieces[:start]])
        )
    if page.title and body:
        title_key = page.title.lower()
        page.paragraphs = [p for p in page.paragraphs if p.lower() != title_key]
    if not page.title:
        heads = [
            p.text
            for p in pieces[:start]
            if p.kind == "junk"
            and 4 <= len(p.text.split()) <= 25
            and not SENTENCE_END.search(p.text)
            and not _boilerplate().search(p.text)
        ]
        if heads:
            page.title = heads[0]
    return page
