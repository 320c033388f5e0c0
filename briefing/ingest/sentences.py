"""Splitting cleaned article text into claims, one per sentence, with offsets into that text."""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

from .quotes import split_quotations


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``; paragraphs (blank-line separated) never share one."""
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        base = para.start()
        chunk = para.group()
        cursor = 0
        for sent in _segmenter().segment(chunk):
            # pysbd's spans can drift on repeated sentences; find each sentence from the cursor on.
            body = sent.sent.strip()
            if not body:
                continue
            at = chunk.find(body, cursor)
            if at < 0:
                continue
            spans.append((base + at, base + at + len(body)))
            cursor = at + len(body)
    return split_quotations(text, spans)  # a quotation of several sentences: one claim per sentence
