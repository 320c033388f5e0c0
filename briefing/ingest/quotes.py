"""Quotations of several sentences: one claim per sentence, each keeping who said it.

``Kristersson remarked, “Only Denmark … affairs. Sweden stands firmly with our neighbour.”`` is two claims; the second
starts inside the quotation, and ``quote_speaker`` finds "Kristersson" for it from the words that introduce the quote.
"""

from __future__ import annotations

import bisect
import re

OPEN, CLOSE, STRAIGHT = "“", "”", '"'
# A sentence end inside a quotation: . ! or ? then space and a capital (or an opening quote) – not after an initial
# or a short abbreviation ("U.S.", "Mr.", "Gen.").
_END = re.compile(r"(?<=[.!?])\s+(?=[“\"‘']?[A-Z])")
_ABBREV = re.compile(
    r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|St|No|Sen|Rep|Gov|Prof|Jr|Sr|vs|etc|Inc|Ltd|Co)"
    r"\.|\.\.\.)$"
)
_SAY = (
    r"(?:said|says|say|told|tells|stated|states|added|adds|noted|insisted|declared|wrote|tweeted|posted|argued|"
    r"claimed|explained|commented|remarked|stressed|emphasi[sz]ed|emphasi[sz]ing|stating|saying|adding|"
    r"asserted|warned|warning|replied|responded|reiterated|echoed|wrote on X|continued|urged)"
)
_LEAD = re.compile(
    r"^(?:(?:Meanwhile|However|But|And|Later|Earlier|Separately|In a statement|On \w+day|Also)\s*,?\s*)+", re.I
)


def _quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted passage (from its opening to its closing mark): curly quotes, and straight double
    quotes paired within a paragraph (an unpaired one opens nothing)."""
    out: list[tuple[int, int]] = []
    depth_start = -1
    for i, ch in enumerate(text):
        if ch == OPEN and depth_start < 0:
            depth_start = i
        elif ch == CLOSE and depth_start >= 0:
            out.append((depth_start, i + 1))
            depth_start = -1
    if STRAIGHT in text:
        for para in re.finditer(r"[^\n]+", text):
            marks = [para.start() + m.start() for m in re.finditer(STRAIGHT, para.group())]
            for qs, qe in zip(marks[0::2], marks[1::2]):
                if not any(a < qs < b for a, b in out):
                    out.append((qs, qe + 1))
        out.sort()
    return out


def split_quotations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with every sentence that holds a quotation of several sentences split at the quotation's own
    sentence ends."""
    quotes = _quotations(text)
    if not quotes:
        return spans
    out: list[tuple[int, int]] = []
    for start, end in spans:
        cuts: list[int] = []
        for qs, qe in quotes:
            if qe <= start or qs >= end:
                continue
            inner = text[max(qs, start) : min(qe, end)]
            base = max(qs, start)
            for m in _END.finditer(inner):
                if _ABBREV.search(inner[: m.start()]):
                    continue
                cuts.append(base + m.end())
        if not cuts:
            out.append((start, end))
            continue
        cursor = start
        for cut in sorted(cuts):
            piece = text[cursor:cut].rstrip()
            if piece:
                out.append((cursor, cursor + len(piece)))
            cursor = cut
        out.append((cursor, end))
    return out


class QuoteIndex:
    """The quotations of one text, found once, for asking who speaks at many positions."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = _quotations(text) if OPEN in text or STRAIGHT in text else []
        self.starts = [qs for qs, _ in self.spans]

    def speaker(self, start: int) -> str:
        i = bisect.bisect_right(self.starts, start) - 1  # a claim may start at the opening mark itself
        if i < 0 or not (self.spans[i][0] <= start < self.spans[i][1]):
            return ""
        return _speaker_of(self.text, *self.spans[i])


def quote_speaker(text: str, start: int) -> str:
    """Who speaks the quotation that position ``start`` lies inside, when the claim starting there begins in the middle
    of it ("Sweden stands firmly …”" → "Kristersson"); "" otherwise. (Many positions in one text: ``QuoteIndex``.)"""
    return QuoteIndex(text).speaker(start)


def _speaker_of(text: str, qs: int, qe: int) -> str:
    """The words that introduce the quotation (qs, qe), or that follow it ("…,” said X)."""
    lead = text[max(0, qs - 400, text.rfind("\n", max(0, qs - 400), qs) + 1) : qs]  # its own line, near it
    lead = re.split(r"(?<=[.!?])\s+", lead.strip())[-1] if lead.strip() else ""
    if re.search(r"[.!?][”’\"')]*$", lead):
        # a whole sentence before the quotation does not introduce it ("He added …. “…,” Tusk said."), unless it is
        # the speaker's own quotation right before, with nothing between ("“…,” Le said. “…”": Le goes on)
        went_on = re.search(
            r",?[”\"],?\s+(?:" + _SAY + r"\s+([^,.;“”\"]{2,60})|([^,.;“”\"]{2,60}?)\s+" + _SAY + r")\.$", lead
        )
        if went_on:
            return (went_on.group(1) or went_on.group(2)).strip()
        lead = ""
    m = re.search(r"^(.*?)[\s,]+" + _SAY + r"\b", lead)
    if m and m.group(1).strip():
        who = _LEAD.sub("", m.group(1).strip(" ,"))
        return re.split(r",\s+", who)[0].strip()
    tail = text[qe : qe + 160].split("\n", 1)[0]  # in its own paragraph: the next one does not attribute it
    m = re.match(r"^[,\s]*" + _SAY + r"\s+([^,.;]+)", tail) or re.match(r"^[,\s]*([^,.;]+?)\s+" + _SAY + r"\b", tail)
    return m.group(1).strip() if m else ""
