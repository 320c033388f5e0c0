"""The stance lexicon (``resources/lexicon/stance.json``) compiled into regular expressions."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..assets import resource
from ..errors import BriefingError

# What a '*' at the end of a lexicon word may stand for: the endings English verbs and nouns take.
_ENDINGS = r"(?:s|es|ed|d|e|ing|ion|ions|ation|ations|ory|y|ies|ce|er|ers|ment|ments|ive|ence|ance|ant)?"


def phrase_pattern(phrase: str) -> str:
    words = []
    for word in phrase.split():
        if word.endswith("*"):
            words.append(re.escape(word[:-1]) + _ENDINGS)
        else:
            words.append(re.escape(word))
    body = r"\s+".join(words).replace("’", "['’]").replace("'", "['’]")
    start = r"(?<![\w-])" if phrase[:1].isalnum() else ""
    return start + body + r"(?![\w])"


def any_of(phrases: list[str]) -> re.Pattern[str]:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return re.compile("|".join(phrase_pattern(p) for p in ordered), re.I)


@dataclass(frozen=True)
class Cue:
    phrase: str
    polarity: int
    strength: int
    takes_object: bool


@dataclass
class Lexicon:
    cues: list[Cue]
    cue_re: re.Pattern[str]
    cue_by_group: dict[str, Cue]
    tough: re.Pattern[str]
    soft: re.Pattern[str]
    negators: re.Pattern[str]
    reversers: re.Pattern[str]
    say_verbs: re.Pattern[str]
    titles: re.Pattern[str]
    not_holder_after: re.Pattern[str]
    place_prepositions: set[str]
    object_prepositions: set[str]
    by_phrase: re.Pattern[str]


def build(data: dict[str, Any]) -> Lexicon:
    try:
        cues = [
            Cue(c["phrase"], int(c["polarity"]), int(c["strength"]), bool(c.get("object", False))) for c in data["cues"]
        ]
        ordered = sorted(cues, key=lambda c: len(c.phrase), reverse=True)
        groups = {f"c{i}": cue for i, cue in enumerate(ordered)}
        cue_re = re.compile("|".join(f"(?P<{name}>{phrase_pattern(cue.phrase)})" for name, cue in groups.items()), re.I)
        return Lexicon(
            cues=cues,
            cue_re=cue_re,
            cue_by_group=groups,
            tough=any_of(data["tough"]),
            soft=any_of(data["soft"]),
            negators=any_of(data["negators"]),
            reversers=any_of(data["reversers"]),
            say_verbs=any_of(data["say_verbs"]),
            titles=any_of(data["titles"]),
            not_holder_after=any_of(data["not_holder_after"]),
            place_prepositions={w.lower() for w in data["place_prepositions"]},
            object_prepositions={w.lower() for w in data["object_prepositions"]},
            by_phrase=any_of(data["by_phrase"]),
        )
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise BriefingError(f"the stance lexicon is malformed ({exc})") from None


def load_lexicon(path: str | os.PathLike[str] | None = None) -> Lexicon:
    path = path or resource("lexicon/stance.json")
    try:
        with open(path, encoding="utf-8") as handle:
            return build(json.load(handle))
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BriefingError(f"{path}: the stance lexicon cannot be read ({exc})") from None


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return load_lexicon(os.environ.get("BRIEFING_LEXICON") or None)
