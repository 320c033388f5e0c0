"""Cleaning a page flattened to text (a browser copy or a scrape): keep the story, drop the clutter.

A flattened page glues menu items, share buttons and the story together ("LinkGiftBy Michael
Nienaber…BookmarkSaveNATO allies are…"). We cut the text into pieces at those glue points (never inside
a name the page also writes on its own, like "GiveWell"), judge each piece by its length and its share of
stopwords in the page's language and then again with its neighbours (jusText's good / near-good / short /
bad blocks), and keep the span with the most good text: gaps of clutter inside it are bounded by
characters, it stops at end markers (comment counts, "Related", legal footers), and it is anchored on the
headline's repetition where the page repeats it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..assets import resource
from .languages import UNSPACED, detect_language, stopwords
from .metadata import (
    CREDIT_LINE,
    find_byline,
    find_dates,
    institution_in,
    outlet_in_text,
    outlet_named,
    published_date,
    split_dateline,
    split_names,
    split_title,
)

# Where a scrape glued two things together without a space (compiled on first use: the HTML path never needs it).
_GLUE_PATTERN = (
    r"(?<=[a-z0-9%)\]])(?=[A-ZÀ-Þ][a-zß-ÿ])"  # "LinkGift", "GiftBy", "2025Updated"
    r"|(?<=[a-z])(?=[A-ZÀ-Þ]\s)"  # "SearchO governo", "MenuA vida"
    r"|(?<=[a-z])(?=[A-Z]{2,}\b)"  # "SaveNATO"
    r"|(?<=[A-Z]{2})(?=[A-Z][a-z]{2,})"  # "UTCUpdated"
    r"|(?<=[.!?])(?=[A-ZÀ-Þ“‘\"][a-zß-ÿ]|[A-ZÀ-Þ][\s'’]|[A-Z]{2,}\b)"  # "other.On", "policy.Home", "Bruxelles.L'a"
    r"|(?<=[.!?][”’\"])(?=[A-Z])"  # "… policy.”Home"
    r"|(?<=\d)(?=[A-Z]{2})"  # "2000EMEA"
    r"|(?<=[。！？])(?=[^\W\d_])"  # "…した。次"
    r"|(?<=[^\W\d_\u0000-\u024f][.!?])(?=[^\W\d_\u0000-\u024f])"  # "…합니다.다음", "…другом.В" (not Latin)
    r"|(?<=[a-z])(?=[А-ЯЁ])"  # "SearchПравительство"
    r"|(?<=[a-z])(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])"  # "HomeMenuSearch政府は" (menus only, see below)
)
_CJK_PATTERN = r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"


@lru_cache(maxsize=1)
def _glue() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The glue pattern and the CJK-letter pattern, compiled once when first needed."""
    return re.compile(_GLUE_PATTERN), re.compile(_CJK_PATTERN)


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
SENTENCE_END = re.compile(r"[.!?…。！？｡](?:[”’\"')\]」』）]+)?$")
# English stopwords of the old prose test (kept for short English pieces: "said", "says" are not in jusText's).
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
# Pieces that end an article: comment counts, legal footers, "Related" and "Read more" headers.
END_MARKER = re.compile(
    r"^\W*\d+\s+(?:comments?|responses?|replies)\b|^\W*(?:comments?|responses?)\s*\(?\d+\)?\W*$"
    r"|\b(?:leave|post|add|write) a (?:comment|reply)\b|^\W*join the (?:discussion|conversation)"
    r"|\ball rights reserved\b|^\W*(?:©|copyright\b)|^\W*top rated comments"
    r"|^\W*(?:show|view|read|see) (?:all )?comments"
    # "Comments", "Posted in … | 10 Comments", "Alex on September 17, 2018 at 6:34 am said:"
    r"|^\W*comments\W*$|\|\s*\d+\s+comments?\b|\d\s*(?:[ap]\.?m\.?)?\s*(?:said|says|wrote)\s*:\s*$",
    re.I,
)
_INNER_SENTENCE = re.compile(r"[.!?。！？][”’\"')]*\s+[^\W\d_]")
# Boilerplate patterns are only trusted on short pieces: in a long sentence "share on" is not a button.
BOILER_WORDS = 20
LEGAL_WORDS = 60
# jusText's defaults: lengths in characters, stopword densities.
LENGTH_LOW, LENGTH_HIGH = 70, 200
STOP_LOW, STOP_HIGH = 0.30, 0.32
# Clutter between two parts of the story that is bridged (in characters of clutter).
MAX_GAP = 1200
SOFT_END_GAP = 600
FIRST_RUN_SHARE = 0.5
EXTEND_MIN, EXTEND_GAP = 500, 3000


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


@lru_cache(maxsize=1)
def _comment_markers() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _boilerplate_data().get("comment_markers", [])) or "(?!)", re.I)


@dataclass
class Piece:
    text: str
    line: int
    kind: str = "junk"  # prose, caption, credit, byline, date, junk
    quality: str = "bad"  # good, near, short, bad (jusText's classes)
    end: bool = False  # an end marker (comments, legal footer): the story does not run through it
    soft_end: bool = False  # "Related", "Read more": counts as a long gap
    first_quality: str = "bad"  # the class before the neighbours had their say


@dataclass
class CleanPage:
    title: str = ""
    outlet: str = ""
    authors: list[str] = field(default_factory=list)
    published: str = ""
    dateline: str = ""
    captions: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    url: str = ""  # the page's own address (<link rel="canonical">, og:url) when it names one


_FOREIGN_LETTER = re.compile(r"[^\W\d_\u0000-\u024f]")
_CAMEL = re.compile(
    r"(?:^|(?<=\s))[a-z]+[,;]? ([A-Z][a-z]+[A-Z][a-z]+s?|[a-z][A-Z][a-z]+)(?=[ ,.;:!?’']|$)"
    r"|^([A-Z][a-z]+[A-Z][a-z]+s?|[a-z][A-Z][a-z]+)(?= [a-z]+ )",
    re.M,
)


def standalone_names(text: str) -> set[str]:
    """Camel-case words the page writes inside its sentences, after a word in lower case ("donated to
    GiveWell in 2019", "the AirPods are"): names with one inner capital, which a glue split must not cut."""
    return {m.group(1) or m.group(2) for m in _CAMEL.finditer(text[:2_000_000])}


_LATIN_WORD_END = re.compile(r"[A-Za-z0-9\u00c0-\u024f'’]+$")
_LATIN_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f'’]+")


def split_glued(line: str, names: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Cut a line at the places a scrape glued items together, keeping camel-case names whole.
    (Linear in the line's length: only a few characters either side of each cut are looked at.)"""
    pieces: list[str] = []
    last = 0
    glue, cjk = _glue()
    for m in glue.finditer(line):
        cut = m.start()
        if cut <= last:
            continue
        tail = line[max(last, cut - 80) : cut]
        word_left = _LATIN_WORD_END.search(tail)
        word_right = _LATIN_WORD.match(line, cut, cut + 80)
        left_word = word_left.group() if word_left else ""
        right_word = word_right.group() if word_right else ""
        joined = left_word + right_word
        before = tail[-len(left_word) - 1 : -len(left_word)] if left_word else ""
        after = line[cut + len(right_word) : cut + len(right_word) + 1] if right_word else ""
        if cjk.match(line, cut) and line[cut - 1 : cut].isascii() and line[cut - 1 : cut].isalpha():
            if sum(ch.isupper() for ch in left_word) < 3:
                continue  # "KeePassを", "iPhone이": a name and its particle; "HomeMenuSearch政府" is a menu
        elif _FOREIGN_LETTER.match(before) or _FOREIGN_LETTER.match(after):
            continue  # a Latin name inside Japanese or Korean text: "KeePassを", "iPhoneの"
        if (left_word.islower() and len(left_word) <= 5 and re.fullmatch(r"[A-Z]{2,3}", right_word)) or (
            left_word in ("i", "e") and re.fullmatch(r"[A-Z][a-z]+", right_word)
        ):
            continue  # "iOS", "macOS", "watchOS", "iPhone", "eBay"
        if CAMEL_PREFIXES.search(tail) or joined in CAMEL_WORDS or (joined in names and tail[-1:].isalnum()):
            continue
        if not tail.strip():
            continue
        space = line.rfind(" ", max(last, cut - 200), cut)
        token_start = space + 1 if space >= 0 else max(last, cut - 200)
        token_end = line.find(" ", cut, cut + 200)
        token = line[token_start : token_end if token_end >= 0 else min(len(line), cut + 200)]
        if "/" in token or "@" in token or "#" in token or "www." in token:
            continue  # a link, a handle or a hashtag: "http://amzn.to/2iJFhRj", "#MethWeAreOnIt"
        if line[cut - 1] == "." and token.startswith("(") and token.rstrip(".,;:").endswith(")"):
            continue  # one bracketed token, a ticker or a code: "(000063.SZ)", "(AAPL.O)"
        if line[cut - 1] == "." and re.match(r"\(\s$", line[token_start - 2 : token_start]) and re.match(
            r"[A-Za-z0-9.]*\s\)", line[cut : cut + 12]
        ):
            continue  # the wire's spaced ticker: "( EAD.PA )"
        pieces.append(line[last:cut])
        last = cut
    pieces.append(line[last:])
    return [p.strip() for p in pieces if p.strip()]


def is_prose(text: str, lang: str = "en") -> bool:
    if lang in UNSPACED:
        return len(text) >= 12 and bool(SENTENCE_END.search(text))
    words = text.split()
    if len(words) < 3 or not SENTENCE_END.search(text):
        return False
    alpha = [w for w in words if w[:1].isalpha()] or words
    lower = sum(1 for w in alpha if w[:1].islower() or not w[:1].isupper())
    stops = stopwords(lang) if lang != "en" else STOPWORDS
    stop = sum(1 for w in words if w.lower().strip(",;:.!?\"“”'’()") in stops)
    if lang != "en" and not stops:  # no list for the language: its sentence punctuation has to do
        return len(words) >= 4
    return lower / len(alpha) >= 0.25 and (stop >= 1 or len(words) <= 6)


def _starts_byline(text: str) -> bool:
    """ "By Jane Doe", "Written by …", "Author: …": a byline standing on its own, not one inside a sentence."""
    names, match = find_byline(text)
    return bool(names) and match is not None and not text[: match.start()].strip()


def _quality(text: str, lang: str, stops: frozenset[str]) -> str:
    """jusText's context-free class of a piece: good, near (near-good), short or bad."""
    if lang in UNSPACED:
        length = 3 * len(text)  # a character of Japanese or Chinese carries about three of English
        density = 0.4 if any(ch in text for ch in "。！？") or SENTENCE_END.search(text) else 0.0
    else:
        length = len(text)
        words = text.split()
        if stops and len(stops) >= 100:
            density = sum(1 for w in words if w.lower().strip(",;:.!?\"“”'’()[]") in stops) / max(1, len(words))
        else:  # no usable list (Korean): full sentences have to do
            density = 0.4 if SENTENCE_END.search(text) and len(words) >= 4 else 0.0
    if length < LENGTH_LOW:
        return "short"
    if density >= STOP_HIGH:
        # jusText wants 200 characters; a news story's paragraphs are often a single sentence.
        return "good" if length > LENGTH_HIGH or SENTENCE_END.search(text) else "near"
    if density >= STOP_LOW:
        return "near"
    return "bad"


def classify(pieces: list[Piece], lang: str = "en") -> None:
    boiler = _boilerplate()
    endings = _endings()
    stops = stopwords(lang)
    counts = Counter(p.text for p in pieces if len(p.text.split()) >= 4)
    seen_prose: set[str] = set()
    for piece in pieces:
        text = piece.text
        n_words = len(text.split())
        prose = is_prose(text, lang)
        piece.quality = piece.first_quality = _quality(text, lang, stops)
        short = n_words <= 12 if lang not in UNSPACED else len(text) <= 30
        if CREDIT.search(text) and n_words <= 25:
            piece.kind = "credit"
        elif short and _starts_byline(text):
            piece.kind = "byline"
        elif short and find_dates(text) and not prose:
            piece.kind = "date"
        elif (n_words <= BOILER_WORDS and boiler.search(text)) or (counts[text] > 1 and not prose):
            piece.kind = "junk"  # menus and footers repeated on the page
        elif prose:
            # A sentence repeated (a pull quote, a page printed twice) counts once.
            piece.kind = "junk" if text in seen_prose else "prose"
            seen_prose.add(text)
        else:
            piece.kind = "junk"
        if piece.kind in ("credit", "byline", "date") or (
            piece.kind == "junk" and ((n_words <= BOILER_WORDS and boiler.search(text)) or counts[text] > 1)
        ):
            piece.quality = "bad"
        if piece.kind == "junk" and piece.quality in ("good", "near"):
            # Not ending as a sentence: a paragraph cut short if it holds sentences, else a heading or teaser.
            piece.quality = "near" if len(_INNER_SENTENCE.findall(text)) >= 2 else "short"
        if piece.kind == "prose" and piece.quality in ("short", "bad"):
            # A full sentence, however short or few its stopwords (a list of countries): its neighbours decide.
            piece.quality = "near"
        piece.end = bool(n_words <= LEGAL_WORDS and END_MARKER.search(text)) or bool(
            n_words <= 8 and _comment_markers().search(text)
        )
        # "Related", "Read more": often a teaser box inside the story; a gap of its own, not an end.
        piece.soft_end = bool(n_words <= 8 and endings.search(text))
        if piece.end or piece.soft_end:
            piece.quality = "bad"
    # A sentence right before a photo credit is the photo's caption.
    for i, piece in enumerate(pieces):
        if piece.kind == "prose" and i + 1 < len(pieces) and pieces[i + 1].kind == "credit":
            piece.kind = "caption"
            piece.quality = "bad"
    _revise(pieces)


def _neighbours(qualities: list[str], ignore_near: bool) -> tuple[list[str], list[str]]:
    """For each piece, the class of the nearest piece before and after it that is good or bad (or near-good,
    unless ``ignore_near``), "bad" at the ends of the page: one pass each way."""
    wanted = ("good", "bad") if ignore_near else ("good", "bad", "near")
    before, after = ["bad"] * len(qualities), ["bad"] * len(qualities)
    last = "bad"
    for i, q in enumerate(qualities):
        before[i] = last
        if q in wanted:
            last = q
    last = "bad"
    for i in range(len(qualities) - 1, -1, -1):
        after[i] = last
        if qualities[i] in wanted:
            last = qualities[i]
    return before, after


def _revise(pieces: list[Piece]) -> None:
    """jusText's second pass: short and near-good pieces take their class from their neighbours."""
    q = [p.quality for p in pieces]
    prev, nxt = _neighbours(q, True)
    prev_near, next_near = _neighbours(q, False)
    new = list(q)
    for i, quality in enumerate(q):
        if quality != "short":
            continue
        if prev[i] == nxt[i] == "good":
            new[i] = "good"
        elif prev[i] == nxt[i] == "bad":
            new[i] = "bad"
        elif (prev[i] == "bad" and prev_near[i] == "near") or (nxt[i] == "bad" and next_near[i] == "near"):
            new[i] = "good"
        else:
            new[i] = "bad"
    q = new
    prev, nxt = _neighbours(q, True)
    new = list(q)
    for i, quality in enumerate(q):
        if quality == "near":
            new[i] = "bad" if prev[i] == nxt[i] == "bad" else "good"
    for piece, quality in zip(pieces, new):
        piece.quality = quality


def _spans(pieces: list[Piece]) -> list[tuple[int, int, int]]:
    """Runs of good pieces (start, end, characters of good text): clutter between them is bridged up to
    MAX_GAP characters, and a run never goes through an end marker. A last stretch of good text that is
    smaller than the clutter bridged to reach it (a tagline after the "Read next" box) is left out."""
    spans: list[tuple[int, int, int]] = []
    runs: list[list[int]] = []  # [start, end, size, characters of clutter before]
    gap = clutter = 0

    def close() -> None:
        while len(runs) > 1 and runs[-1][2] < runs[-1][3]:
            runs.pop()
        if runs:
            spans.append((runs[0][0], runs[-1][1], sum(r[2] for r in runs)))
        runs.clear()

    for i, piece in enumerate(pieces):
        if piece.quality == "good" and piece.kind in ("prose", "junk"):
            if runs and gap == 0:
                runs[-1][1] = i + 1
                runs[-1][2] += len(piece.text)
            else:
                runs.append([i, i + 1, len(piece.text), clutter])
            gap = clutter = 0
            continue
        if not runs:
            continue
        gap += len(piece.text) + (SOFT_END_GAP if piece.soft_end else 0)
        clutter += len(piece.text)
        if piece.end or gap > MAX_GAP:
            close()
            gap = clutter = 0
    close()
    return spans


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def best_span(pieces: list[Piece], title: str = "") -> tuple[int, int]:
    """The span of the story. A run that follows the headline where the page repeats it (the article's
    <h1>) is the story; otherwise the run with the most good text, a run right after a byline or a date
    counting for more."""
    spans = _spans(pieces)
    if not spans:
        return 0, 0
    key = _norm(title)
    headlines = [i for i, p in enumerate(pieces) if i > 0 and key and _norm(p.text) == key]
    bylines = [i for i, p in enumerate(pieces) if p.kind in ("byline", "date")]

    offsets = [0]
    for piece in pieces:
        offsets.append(offsets[-1] + len(piece.text))

    def follows(anchors: list[int], start: int, reach: int) -> bool:
        return any(a < start and offsets[start] - offsets[a + 1] <= reach for a in anchors)

    biggest = max(size for _, _, size in spans)
    anchored = []
    for a in headlines:
        # The story is the first run of weight after the headline (a dek or a one-line teaser is not).
        for start, end, size in spans:
            if start <= a:
                continue
            if offsets[start] - offsets[a + 1] > MAX_GAP:
                break
            if size >= min(biggest, max(300, 0.2 * biggest)):
                anchored.append((size, start, end))
                break
    if anchored:
        _, start, end = max(anchored)
        return _after_byline(pieces, start, _extend(pieces, spans, end))
    scored = [(size * (1.5 if follows(bylines, start, 300) else 1.0), start, end) for start, end, size in spans]
    top = max(score for score, _, _ in scored)
    # Comments and teasers come after the story: of runs of about the same weight, the first.
    _, start, end = next(item for item in scored if item[0] >= FIRST_RUN_SHARE * top)
    return _after_byline(pieces, start, _extend(pieces, spans, end))


def _extend(pieces: list[Piece], spans: list[tuple[int, int, int]], end: int) -> int:
    """A long story broken by a widget bigger than MAX_GAP (a poll, a gallery) goes on in the next run,
    when nothing between them says the story is over."""
    for start, next_end, size in spans:
        if start < end:
            continue
        between = pieces[end:start]
        if (
            size < EXTEND_MIN
            or sum(len(p.text) for p in between) > EXTEND_GAP
            or any(p.end or p.soft_end for p in between)
        ):
            break
        end = next_end
    return end


def _after_byline(pieces: list[Piece], start: int, end: int) -> tuple[int, int]:
    """A standfirst above the byline is not the story: the story starts after a byline or date that comes
    right after the span's first few lines."""
    before = 0
    for i in range(start, end):
        piece = pieces[i]
        if piece.kind in ("byline", "date"):
            nxt = next((j for j in range(i + 1, end) if pieces[j].quality == "good"), None)
            return (nxt, end) if nxt is not None else (start, end)
        if piece.quality == "good":
            before += len(piece.text)
            if before > 300:
                break
    return start, end


def best_run(pieces: list[Piece]) -> tuple[int, int]:
    """The run of prose with the most text; a single clutter piece between paragraphs does not end it.
    (The fallback for short texts where no piece is long enough for the span.)"""
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


def _headline(first: str, lines: list[str], title: str) -> str:
    """The page's own headline where the page repeats the start of its <title> on a line of its own (the
    <h1>): "Royal Self-Indicting Arrogance - Sputnik International" → "Royal Self-Indicting Arrogance"."""
    if first in lines[1:2000] and not outlet_named(split_title(first)[1]):
        return first  # the <h1> is the whole <title> (unless what follows its last separator is an outlet)
    words = re.findall(r"\w+", first.lower())
    best = ""
    for line in lines[1:2000]:
        if not line or len(line) >= len(first) or len(line) <= len(best):
            continue
        head = re.findall(r"\w+", line.lower())
        if len(head) >= 2 and len(head) >= 0.4 * len(words) and words[: len(head)] == head:
            rest = first[len(line) :].lstrip() if first.startswith(line) else ""
            if rest[:1] in ("-", "|", "–", "—", ":", "·", "•", "»"):  # the rest is the site's name
                best = line
    if best:
        return best
    # A scrape glues the <h1> to its neighbours: the longest part of the <title> before a separator that the
    # page repeats.
    page = "\n".join(lines[1:2000])
    for m in reversed(list(re.finditer(r"\s+(?:[-–—|:·•»]|::)\s+", first))):
        part = first[: m.start()].strip()
        if len(part.split()) >= 2 and len(part) >= 0.4 * len(first) and part in page:
            return part
    return title


def _headline_above(pieces: list[Piece], start: int, title: str) -> str:
    """When the page does not repeat its <title>, its <h1> is the heading-like line just above the story
    (past the byline and the date) that shares most of the <title>'s words."""
    key = set(re.findall(r"\w{3,}", title.lower()))
    if not key or any(_norm(p.text) == _norm(title) for p in pieces[1:start]):
        return title
    reach = 0
    found: list[tuple[int, str]] = []  # (words shared with the <title>, text), nearest first
    for i in range(start - 1, 0, -1):
        piece = pieces[i]
        reach += len(piece.text)
        if pieces[i - 1].line == piece.line or (i + 1 < len(pieces) and pieces[i + 1].line == piece.line):
            continue  # a fragment of a glued line ("xCloud" cut in two) is not a headline
        if reach > 1500:
            break
        words = set(re.findall(r"\w{3,}", piece.text.lower()))
        # A headline may end in "?" or "!", inside quotes ('…: "We got her!"'); a photo's caption ends in its
        # credit ("(Name/Agency)").
        bare = re.sub(r"[?!]+[”’\"']*$", "", piece.text)
        if (
            piece.kind in ("junk", "prose")
            and 4 <= len(piece.text.split()) <= 30
            and not SENTENCE_END.search(bare)
            and not _PHOTO_CREDIT_END.search(piece.text)
            and not _boilerplate().search(piece.text)
            and len(key & words) >= max(2, 0.4 * len(key))
        ):
            found.append((len(key & words), piece.text))
    if not found:
        return title
    # The line sharing most of the <title>; of a line and a part of it that share as much ("Share All sharing
    # options for: <headline>" and "<headline>"), the part.
    shared, best = max(found, key=lambda item: item[0])  # the first, nearest, of the best
    parts = [text for n, text in found if n == shared and text != best and text in best]
    return min(parts, key=len) if parts else best


_PHOTO_CREDIT_END = re.compile(r"\([^()]*/[^()]*\)$")


def _cut_at_headline(line: str, title: str) -> list[str]:
    """A scrape glues the headline to what comes before and after it ("…in December13-Inch MacBook Pro…
    2020Monday"): it is a block of its own, and the story's anchor."""
    if len(title) < 20 or len(line) <= len(title) or title not in line:
        return [line]
    parts: list[str] = []
    for chunk in line.split(title):
        parts.extend([chunk, title])
    return [p for p in parts[:-1] if p.strip()]


def clean_flat_text(raw: str) -> CleanPage:
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = re.sub(r"[\u200b\u200c\u200d\ufeff]", "", text)
    lines = [line.strip() for line in text.split("\n")]
    page = CleanPage()

    first = next((line for line in lines if line), "")
    # The first line of a copied page is its <title>: short, and not a sentence ending in a full stop.
    if first and len(first) <= 250 and (first.rstrip()[-1:] not in ".。" or split_title(first)[1]):
        page.title, page.outlet = split_title(first)
        page.title = _headline(first, lines, page.title)

    lang = detect_language(text)
    names = standalone_names(text)
    pieces = [
        Piece(p, n)
        for n, line in enumerate(lines)
        for part in (_cut_at_headline(line, page.title) if n else [line])
        for p in split_glued(part, names)
    ]
    classify(pieces, lang)
    start, end = best_span(pieces, page.title)
    page.title = _headline_above(pieces, start, page.title)
    body = [
        p for p in pieces[start:end] if p.kind == "prose" or (p.kind == "junk" and p.quality == "good" and not p.end)
    ]
    if not any(p.kind == "prose" for p in body):
        # Too short for the span (a pasted paragraph or two): the longest run of full sentences.
        start, end = best_run(pieces)
        body = [p for p in pieces[start:end] if p.kind == "prose"]
    if not body:
        # No full sentence anywhere (a text cut off mid-sentence): whatever reads like running text.
        body = [p for p in pieces if p.first_quality in ("good", "near") and p.kind in ("prose", "junk")]
    page.captions = [p.text for p in pieces if p.kind == "caption"]
    # Each piece is a block of the page (a line, or a block a scrape glued to the next): a paragraph.
    page.paragraphs = [p.text for p in body]
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
