"""Siding with another country: "Finland and the Netherlands have sided with Germany", "Austria aligned itself with
France", "rallied behind Berlin's position", "backs Syria in the dispute", "supported the United States".

Siding says nothing of its own direction toward the question: it takes the line of the country sided with. Where that
country's line in the same article is clear (its other readings there, tied to the question's measure, lean one way by
two, as ``_agree_within_articles`` counts them), the one siding with it takes that sign; otherwise its reading stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .engine import SentenceReading

# The words of siding, up to the name of the one sided with
SIDING = re.compile(
    r"\b(?:sid(?:e|es|ed|ing)|align(?:s|ed|ing)?(?:\s+(?:itself|themselves))?|stood|stand(?:s|ing)?)\s+with\s+"
    r"(?:the\s+)?$|\brall(?:y|ies|ied|ying)\s+(?:behind|around)\s+(?:the\s+)?$|"
    # backing a country, or voicing support or solidarity for it: "backs Syria in the dispute", "show Lebanon's support
    # for Syria", "solidarity with Caracas"
    r"\b(?:backs?|backed|backing|supports?|supported|supporting)\s+(?:(?:for|of)\s+)?(?:the\s+)?$|"
    r"\bsolidarity\s+with\s+(?:the\s+)?$",
    re.I,
)


def side_with_lines(
    readings: list[SentenceReading],
    texts: list[str],
    sources: list[str],
    lines: dict[tuple[str, str], int],
    names: Callable[[str], list[tuple[int, int, list[str]]]],
) -> None:
    """Give each suggestion whose words side with a country that country's line in the article (``lines``: by
    article and country, the lean of the readings tied to the measure; ``names``: the countries a text names, as
    start, end and codes)."""
    for reading, text, source in zip(readings, texts, sources):
        named = None
        for sug in reading.suggestions:
            if not sug.stance or not re.match(r"(?:sid|align|stood|stand|rall|back|support|solidarity)", sug.cue, re.I):
                continue
            named = named if named is not None else names(text)
            for start, end, codes in named:
                if not SIDING.search(text[max(0, start - 40) : start]) or sug.actor in codes:
                    continue
                if re.match(r"[’']s?\b", text[end:]) and not re.match(r"(?:sid|align|stood|stand|rall)", sug.cue, re.I):
                    continue  # "back Ecuador's bid to raise its quota": what is backed is the bid, not the country
                lean = sum(lines.get((source, c), 0) for c in codes)
                if abs(lean) >= 2:
                    sug.stance = abs(sug.stance) if lean > 0 else -abs(sug.stance)
                    sug.general = False
                break
