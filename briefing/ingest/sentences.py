"""Splitting cleaned article text into claims, one per sentence, with offsets into that text.

pysbd does the splitting for an article of ordinary size; its time grows with the square of a
paragraph's length, so a long paragraph is first cut into bounded pieces at sure sentence ends, and
a very long text (a book pasted whole) is split by a linear splitter of our own.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

from .quotes import split_quotations

# pysbd's languages; others are split with the English rules (which know . ! ? and the CJK marks).
PYSBD_LANGUAGES = {
    "am", "ar", "bg", "da", "de", "el", "en", "es", "fa", "fr", "hi", "hy", "it", "ja", "kk", "mr", "my", "nl",
    "pl", "ru", "sk", "ur", "zh",
}  # fmt: skip
# A paragraph longer than this is cut into pieces of about this size before pysbd sees it.
PIECE_CHARS = 3000
# Above this many characters of text, the linear splitter does all the work.
LINEAR_ABOVE = 200_000

_TERMINAL = re.compile(r"[.!?…。！？｡]")
# A sure sentence end: terminal punctuation (and closing quotes), space, then a capital, a quote or a digit;
# or a CJK full stop, which needs no space.
_BOUNDARY = re.compile(r"(?:(?<=[.!?…])[”’\"')\]]*\s+(?=[\"“‘(\[]?[^\W\d_a-zà-ÿ])|(?<=[。！？｡])[」』”’）)]*\s*(?=\S))")
# Words before a full stop that do not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
    "gov", "sen", "rep", "rev", "hon", "pres", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "dept",
    "fig", "vol", "ed", "al", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "ca", "cf", "op",
}  # fmt: skip


@lru_cache(maxsize=8)
def _segmenter(lang: str = "en") -> pysbd.Segmenter:
    return pysbd.Segmenter(language=lang if lang in PYSBD_LANGUAGES else "en", clean=False, char_span=True)


def _sure_ends(chunk: str) -> list[int]:
    """Offsets where a new sentence surely starts (not after an abbreviation or an initial)."""
    out = []
    for m in _BOUNDARY.finditer(chunk):
        before = chunk[max(0, m.start() - 40) : m.start()].rstrip("”’\"')]")
        word = re.search(r"([\w.]+)[.]$", before)
        if word:
            w = word.group(1).lower()
            if w in _ABBREVIATIONS or len(w) == 1 or re.fullmatch(r"(?:\w\.)+\w?", w):
                continue
        out.append(m.end())
    return out


def _linear(chunk: str) -> list[tuple[int, int]]:
    """Sentences of ``chunk`` by sure ends only: linear in its length."""
    spans = []
    start = 0
    for cut in [*_sure_ends(chunk), len(chunk)]:
        piece = chunk[start:cut]
        body = piece.strip()
        if body:
            at = start + piece.index(body)
            spans.append((at, at + len(body)))
        start = cut
    return spans


def _pieces(chunk: str) -> list[tuple[int, int]]:
    """``chunk`` cut into pieces of at most about PIECE_CHARS at sure sentence ends (or at a space, or
    anywhere, when there is none)."""
    if len(chunk) <= PIECE_CHARS:
        return [(0, len(chunk))]
    out = []
    start = 0
    ends = _sure_ends(chunk)
    i = 0
    while len(chunk) - start > PIECE_CHARS:
        limit = start + PIECE_CHARS
        cut = 0
        while i < len(ends) and ends[i] <= limit:
            if ends[i] > start:
                cut = ends[i]
            i += 1
        if cut <= start:
            space = chunk.rfind(" ", start + 1, limit)
            cut = space + 1 if space > start else limit
        out.append((start, cut))
        start = cut
    out.append((start, len(chunk)))
    return out


# "… he posted on X. Opponents led by France say …": a single capital after a lower-case word ends the sentence (an
# initial follows a capitalised name: "George W. Bush"); pysbd takes every single capital for an initial.
_LETTER_END = re.compile(r"(?<=\s)(?P<word>[a-z]+)\s+[A-Z]\.(?=\s+[“\"‘']?[A-Z][a-z]+\s+[a-z])")
_NOT_BEFORE_LETTER_END = {"by", "to", "from", "with", "and", "or", "of", "letter", "plan", "class", "grade", "type"}


def _letter_ends(chunk: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        cuts = [
            m.end()
            for m in _LETTER_END.finditer(chunk, start, end)
            if m.group("word") not in _NOT_BEFORE_LETTER_END and m.end() < end
        ]
        for cut in cuts:
            body = chunk[start:cut].strip()
            if body:
                out.append((start, start + len(chunk[start:cut].rstrip())))
            start = cut + (len(chunk[cut:end]) - len(chunk[cut:end].lstrip()))
        out.append((start, end))
    return out


def _pysbd(chunk: str, lang: str) -> list[tuple[int, int]]:
    if len(_TERMINAL.findall(chunk.rstrip()[:-1])) == 0:
        body = chunk.strip()  # one sentence at most: no need to ask pysbd
        at = chunk.find(body) if body else 0
        return [(at, at + len(body))] if body else []
    spans = []
    cursor = 0
    for sent in _segmenter(lang).segment(chunk):
        # pysbd's spans can drift on repeated sentences; find each sentence from the cursor on.
        body = sent.sent.strip()
        if not body:
            continue
        at = chunk.find(body, cursor)
        if at < 0:
            continue
        spans.append((at, at + len(body)))
        cursor = at + len(body)
    return _letter_ends(chunk, _rejoined(chunk, spans)) if lang == "en" else spans


# "made by Merck & Co. Inc. and …": a company's abbreviation before its legal form ends no sentence
_COMPANY_END = re.compile(r"\b(?:Co|Corp|Cos|Inc|Bros)\.$")
_COMPANY_NEXT = re.compile(r"(?:Inc|Ltd|Corp|Plc|PLC|LLC|AG|SA|NV)\b\.?")


def _rejoined(chunk: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """pysbd's sentences with a company's "Co." before its legal form ("made by Merck & Co. Inc. and …") ending none."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and _COMPANY_END.search(chunk[out[-1][0] : out[-1][1]]) and _COMPANY_NEXT.match(chunk[start:end]):
            out[-1] = (out[-1][0], end)
            continue
        out.append((start, end))
    return out


def sentence_spans(text: str, lang: str = "en") -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``; paragraphs (blank-line separated) never share one."""
    spans: list[tuple[int, int]] = []
    linear = len(text) > LINEAR_ABOVE
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        base = para.start()
        chunk = para.group()
        for p_start, p_end in _pieces(chunk):
            piece = chunk[p_start:p_end]
            found = _linear(piece) if linear else _pysbd(piece, lang)
            spans.extend((base + p_start + s, base + p_start + e) for s, e in found)
    return split_quotations(text, spans)  # a quotation of several sentences: one claim per sentence (quotes.py)
