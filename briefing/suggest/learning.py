"""Learning from the analyst in this brief: cues rejected again and again lose weight, positions added by hand offer
their words as new cues, and the acceptance rate of suggestions is kept.

Everything is read back from the brief itself (a rejected suggestion leaves its actor in ``claim.rejected``; an
accepted one keeps its cue with origin "analyst"; a position added by hand has no cue), and what was learned is kept in
the brief file under ``suggestion_learning``:

    "suggestion_learning": {
      "rejected": {"urg*": 3}, "accepted": {"urg*": 1},      # per lexicon cue, in this brief
      "cues": [{"phrase": "lash* out at", "polarity": 1, "strength": 1, "object": false}],  # the analyst's own cues
      "offered": [{"phrase": "lash* out at", "polarity": 1, "claim": "C4", "actor": "PL"}],   # waiting for a yes
      "acceptance": {"accepted": 18, "rejected": 7}
    }
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..actors import ActorRegistry
from ..model import LINKED, LINKED_BY, REJECTED_LINKS, Brief
from .engine import read_sentence
from .lexicon import Lexicon, build, find_cues

KEY = "suggestion_learning"
REJECTIONS_TO_WEAKEN = 2  # a cue rejected this often (and more often than accepted) loses half its weight
REJECTIONS_TO_SILENCE = 4  # … and is no longer suggested in this brief when it was never accepted


@dataclass
class Learning:
    rejected: dict[str, int] = field(default_factory=dict)
    accepted: dict[str, int] = field(default_factory=dict)
    cues: list[dict[str, Any]] = field(default_factory=list)
    offered: list[dict[str, Any]] = field(default_factory=list)

    def weight(self, phrase: str) -> float:
        no, yes = self.rejected.get(phrase, 0), self.accepted.get(phrase, 0)
        if no >= REJECTIONS_TO_SILENCE and yes == 0:
            return 0.0
        if no >= REJECTIONS_TO_WEAKEN and no > yes:
            return 0.5
        return 1.0

    def explain(self, phrase: str) -> str:
        no, yes = self.rejected.get(phrase, 0), self.accepted.get(phrase, 0)
        if self.weight(phrase) == 1.0:
            return ""
        return f"cue “{phrase}” rejected {no}× and accepted {yes}× in this brief"

    @property
    def acceptance(self) -> tuple[int, int]:
        """(accepted, decided) suggestions in the brief."""
        yes = sum(self.accepted.values())
        return yes, yes + sum(self.rejected.values())

    def summary(self) -> str:
        yes, decided = self.acceptance
        parts = [f"suggestions accepted: {yes} of {decided} decided ({yes / decided:.0%})" if decided else
                 "no suggestion decided yet"]
        weak = sorted(p for p in self.rejected if self.weight(p) < 1)
        if weak:
            parts.append("cues weakened by rejections: " + ", ".join(weak))
        if self.offered:
            offered = ", ".join(o["phrase"] for o in self.offered)
            parts.append(f"new cues offered from positions added by hand: {offered}")
        return "; ".join(parts)

    def to_json(self) -> dict[str, Any]:
        yes, decided = self.acceptance
        return {
            "rejected": dict(sorted(self.rejected.items())),
            "accepted": dict(sorted(self.accepted.items())),
            "cues": self.cues,
            "offered": self.offered,
            "acceptance": {"accepted": yes, "rejected": decided - yes},
        }


def stored(brief: Brief) -> Learning:
    data = brief.extra.get(KEY)
    if not isinstance(data, dict):
        return Learning()
    cues = [c for c in data.get("cues", []) if isinstance(c, dict) and isinstance(c.get("phrase"), str)]
    return Learning(cues=cues)


def cue_key(words: str, lex: Lexicon) -> str:
    """The lexicon phrase behind a suggestion's cue words ("threatened to … shoot down" → "threaten* to")."""
    found = find_cues(re.sub(r"^(?:not|no|never|n't)\s+", "", words.split(" … ")[0]), lex)
    return found[0][2].phrase if found else words.split(" … ")[0].lower()


def observe(brief: Brief, registry: ActorRegistry, lex: Lexicon) -> Learning:
    """What the analyst's decisions in ``brief`` say about the cues (recomputed from the brief each time)."""
    from . import named_in_full

    learning = stored(brief)
    published = {s.id: s.published for s in brief.sources}
    texts = {s.id: s.text for s in brief.sources}
    known = {c["phrase"] for c in learning.cues}
    for claim in brief.claims:
        reading = None
        if claim.rejected:
            links = claim.extra.get(REJECTED_LINKS)
            linked = {a for a in links if a in claim.rejected} if isinstance(links, list) else set()
            for _ in linked:
                learning.rejected[LINKED] = learning.rejected.get(LINKED, 0) + 1
            source = claim.source
            people = named_in_full(registry, texts.get(source, ""), published.get(source, ""))  # "Ishaq Dar … Dar"
            reading = read_sentence(claim.text, registry, lex, published.get(source, ""), known=people)
            for s in reading.suggestions:
                if s.actor in claim.rejected and s.actor not in linked:
                    key = cue_key(s.cue, lex)
                    learning.rejected[key] = learning.rejected.get(key, 0) + 1
        for p in claim.positions:
            if p.suggested:
                continue
            if p.cue and p.confidence is not None:  # a suggestion the analyst accepted
                key = LINKED if p.extra.get(LINKED_BY) == LINKED else cue_key(p.cue, lex)
                learning.accepted[key] = learning.accepted.get(key, 0) + 1
            elif not p.cue and p.stance:  # added by hand: its words may be a cue for this brief
                phrase = _words_for(claim.text, p.actor, registry, lex)
                if phrase and phrase not in known:
                    known.add(phrase)
                    learning.offered.append(
                        {"phrase": phrase, "polarity": 1 if p.stance > 0 else -1, "claim": claim.id, "actor": p.actor}
                    )
    return learning


_VERB = re.compile(r"\s*(?:(?:has|have|had|is|are|was|were|will|would|also|again|on \w+day),?\s+)*"
                   r"([a-z]+(?:ed|es|s))\b(\s+(?:out|up|back|down|off)\b)?(\s+(?:at|on|to|against|for|with|over)\b)?")


def _words_for(text: str, actor: str, registry: ActorRegistry, lex: Lexicon) -> str:
    """The verb right after the actor's name, with its particle and preposition, as a lexicon phrase
    ("Poland lashed out at …" → "lash* out at"), unless the lexicon already has it."""
    from .mentions import finder_for

    for m in finder_for(registry).find(text):
        if actor not in m.codes:
            continue
        after = re.sub(r"^['’]s?\s+(?:\w+\s+){0,3}?(?=[a-z]+(?:ed|es|s)\b)", " ", text[m.end :])
        v = _VERB.match(after)
        if not v:
            continue
        verb = v.group(1)
        if find_cues(verb, lex) or lex.say_verbs.fullmatch(verb):
            return ""  # the lexicon has the word: nothing new to offer
        stem = re.sub(r"(?:ied|ies)$", "y", verb)
        stem = re.sub(r"(?:ed|es|s)$", "", stem)
        if len(stem) > 3 and stem[-1] == stem[-2]:
            stem = stem[:-1]  # "lashed" → "lash", "slammed" → "slam"
        return " ".join(x for x in (stem + "*", (v.group(2) or "").strip(), (v.group(3) or "").strip()) if x)
    return ""


def offered_cue(text: str, actor: str, registry: ActorRegistry, lex: Lexicon) -> str:
    """The words a position added by hand for ``actor`` in ``text`` offers as a new cue ("lash* out at"), or ""
    when the lexicon already has them (what ``observe`` offers, for one position)."""
    return _words_for(text, actor, registry, lex)


def accept_offered(brief: Brief, phrase: str) -> bool:
    """The analyst says yes to an offered cue: it joins this brief's own cues."""
    data = brief.extra.setdefault(KEY, {})
    offered = [o for o in data.get("offered", []) if o.get("phrase") == phrase]
    if not offered:
        return False
    cues = data.setdefault("cues", [])
    if not any(c.get("phrase") == phrase for c in cues):
        cues.append({"phrase": phrase, "polarity": offered[0]["polarity"], "strength": 1, "object": False})
    data["offered"] = [o for o in data.get("offered", []) if o.get("phrase") != phrase]
    return True


def brief_lexicon(base_path: str, cues: tuple[tuple[str, int], ...]) -> Lexicon | None:
    return _merged(base_path, cues) if cues else None


@lru_cache(maxsize=8)
def _merged(base_path: str, cues: tuple[tuple[str, int], ...]) -> Lexicon:
    with open(base_path, encoding="utf-8") as handle:
        data = json.load(handle)
    data["cues"] = [*data["cues"], *({"phrase": p, "polarity": s, "strength": 1, "object": False} for p, s in cues)]
    return build(data)
