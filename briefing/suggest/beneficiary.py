"""The one the measure is for wants it.

"Should Ukraine pay Turkmenistan a higher price for its gas?": Turkmenistan gains from the measure, and the harder line
it takes in the dispute is taken for it. "Turkmenistan cut off gas supplies in a price dispute"; and, when the question
is whether Turkey should apologise to Russia, "Russia has contested the claim": each is for the measure, however the
general restraint-to-escalation reading or a rule reading something other than the measure signs it.

So a reading of a country the measure is for (and that it is not asked to take, nor aimed at, nor pressed by: the
question's other roles) that is against the measure turns for it, unless the words that carry it act on the measure
and turn it down or give it up ("said he would not accept any changes to the deal", "rejected an offer … to send
American troops", "shelved its membership bid"), or refuse what it would be given ("ruled out a third bailout", "did
not want American forces"), or the word is a softer one ("played down the incident"): that is its own word on the
measure, and it stands. Other words against what the measure names are its harder line ("denounced the decision to
keep the marbles" when the question is whether to return them). A threat
is pressure whatever it names ("threatening to impose heavy duties on European cars" when the question is whether the
EU should lift its tariffs on the one threatening). The readings turn before the article's lines are counted, so a
country the learned linker places in the same article takes the turned line.

Over the sixty-nine sets of real news labelled by helpers (all read before this rule was written, and the rule was
written for what they show), it put 12 signs right and 1 place wrong; their labels give the one the measure is for a
positive sign in 228 of its 246 pairs.
"""

from __future__ import annotations

import re
from typing import Any

from .engine import SentenceReading

# A softer word, which says the one it is for lets the matter rest: "played down the incident"
_SOFTER = re.compile(r"(?:not\s+|never\s+)?(?:play\w*\s+down|downplay)", re.I)
_THREAT = re.compile(r"(?:threat\w*|vow\w*\s+to\s+retaliat\w*)(?:\s+to)?\b(?!\s+(?:not|never)\b)", re.I)
# A refusal of something given: "ruled out a third bailout", "did not want American forces" (the gift named in other
# words than the question's: its own word on the measure all the same)
_REFUSED = re.compile(r"\brul\w*\s+out\b|\b(?:not|never|n['’]t)\s+(?:\w+\s+)?(?:want|need|seek|ask)\w*\b", re.I)
# A turning down of the measure itself: "rejected an offer … to send American troops", "would not accept any changes to
# the deal", "would not join the Schengen area", or giving it up, "shelved its membership bid" (other words against
# what the measure names, "denounced the decision", "objections to" it, are its harder line in the dispute)
_TURNED_DOWN = re.compile(r"\b(?:reject\w*|refus\w*|veto\w*|spurn\w*|rebuff\w*|declin\w*|turn\w*\s+down|oppos\w*|"
                          r"object\w*|resist\w*|balk\w*|against|not|never|cannot|no\s+longer|"
                          r"abandon\w*|withdr[ae]w\w*|drop\w*|shelv\w*|suspend\w*|froze|freez\w*|g[ai]ve\w*\s+up|"
                          r"giving\s+up)\b|n['’]t\b", re.I)


def favoured(question: Any) -> frozenset[str]:
    """The countries the question's measure is for and that hold no other role in it."""
    if question is None:
        return frozenset()
    return frozenset(question.beneficiaries - question.actors - question.targets - question.pressers)


def _said(cue: str, after: int, text: str) -> str:
    """The words of ``text`` a cue spans, from its first word to its last, found from ``after`` on (where the cue or
    the name it was read from starts): "said he would not accept any changes to the deal" for "said … would not …
    deal"; the cue itself where it cannot be placed."""
    parts = [p.strip() for p in cue.split("…")]
    start = text.find(parts[0], after) if after >= 0 and parts[0] else -1
    end = text.find(parts[-1], start) if start >= 0 else -1
    return text[start : end + len(parts[-1])] if end >= 0 else cue


def for_the_measure(
    readings: list[SentenceReading], question: Any, names_measure: Any, texts: list[str] | None = None
) -> None:
    """Turn, in place, the readings of a country the measure is for that are against it, unless they turn the measure
    down (``on_measure``: what the cue acts on names it; ``names_measure(cue)``: whether the cue's own words do;
    ``texts``: the sentences read, for the words a cue spans)."""
    gaining = favoured(question)
    if not gaining:
        return
    for n, reading in enumerate(readings):
        for s in reading.suggestions:
            if s.actor not in gaining or s.stance is None or s.stance >= 0:
                continue
            if _SOFTER.match(s.cue) or _REFUSED.search(s.cue):
                continue  # its own word on the measure
            # (a threat is pressure, whatever it names: "threatening to impose heavy customs duties on European
            # exports" when the question is whether the EC should lift its tariffs on Gulf exports)
            words = _said(s.cue, s.at if s.at >= 0 else s.named_at, texts[n]) if texts else s.cue
            turned_down = (s.on_measure or names_measure(s.cue.replace("…", " "))) and _TURNED_DOWN.search(words)
            if s.general or _THREAT.match(s.cue) or not turned_down:
                s.stance = -s.stance

