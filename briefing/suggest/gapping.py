"""Countries in a gapped list, whose verb is left out: "Italy will send 1,000 soldiers, France 500 and Greece 300",
"Turkey is sending 500; Romania, 400".

The parser, trained on a treebank with few such clauses, hangs "France 500" on whatever noun comes before it, so the
list is read from the words: a country right after a list mark (a comma, a semicolon, "and") followed by nothing but a
number, in a sentence where an earlier country placed by a rule has a number of its own before it. Each such country
holds what the one before it holds, by the same words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..names import Mention
from .engine import Suggestion

_NUMBER = (
    r"(?:about |some |around |nearly |almost |up to |another |a further )?"
    r"[$€£]?\d[\d,.]*(?: (?:million|billion|mln|bln))?"
)
# what stands between a country and its own number, and what ends that short clause
_GAPPED = re.compile(r",?\s+" + _NUMBER + r"(?:\s+[a-z]+)?(?=\s*(?:[,;.)]|\s(?:and|while|but)\s|$))")
_LIST_MARK = re.compile(r"(?:[,;]|,?\s+and|;\s+and)\s+(?:the\s+)?$")
_A_NUMBER = re.compile(r"\d")


def gapped(text: str, mentions: list[Mention], suggestions: list[Suggestion]) -> list[Suggestion]:
    """The positions of the countries whose clause leaves its verb out, each copied from the country before it."""
    placed = {s.actor: s for s in suggestions if s.named_at >= 0}
    added: list[Suggestion] = []
    previous: tuple[Mention, Suggestion] | None = None
    for m in mentions:
        if len(m.codes) != 1:
            continue
        code = m.codes[0]
        own = placed.get(code)
        if own is not None and own.named_at == m.start:
            previous = (m, own)
            continue
        if previous is None or code in placed:
            continue
        source_mention, source = previous
        between = text[source_mention.end : m.start]
        if not (_LIST_MARK.search(text, 0, m.start) and _GAPPED.match(text, m.end) and _A_NUMBER.search(between)):
            continue
        if ";" not in between and "," not in between and " and " not in between:
            continue
        copy = replace(source, actor=code, speaker=m.speaker, named_at=m.start, confidence=source.confidence * 0.9)
        placed[code] = copy
        added.append(copy)
        previous = (m, copy)
    return added
