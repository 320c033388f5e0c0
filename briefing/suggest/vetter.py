"""A learned second look at the positions the grammatical rules placed.

The rules (``grammar.py``) place a country wherever one of them ties it to a stance word. On real news, about one in
six of those places is wrong: a country named in passing beside a stance word that is another's ("… relations with
Qatar …"), a measure's subject read as its holder, a clause the parse hangs on the wrong verb. The vetter scores each
place the rules made from what the linker (``linker.py``) reads of the country's name in the sentence (its
grammatical role and verb, its case, the path to the nearest stance word) and from the rule's own reason (its first
and last words, its confidence, whether it is the country's own account, how many places the rules made in the
sentence, organisations' and echoes' included), and drops the places it finds unlikely. Only parsed sentences are
vetted: the vetter reads the parse. A dropped place is not suggested and not offered to the linker.

The weights ship in ``resources/models/rule_vetter.json``, made with the linker's by
``resources/models/train_linker.py`` from the same labelled real news sentences. Like the linker, it only runs with a
question, and ``BRIEFING_LINKER=off`` turns both off.
"""

from __future__ import annotations

from typing import Any

from .linker import Model, shipped_weights


def default_vetter() -> Model | None:
    """The shipped weights (or the ones ``BRIEFING_VETTER_MODEL`` names), or None when they are missing or unreadable:
    every place the rules make is then suggested."""
    return shipped_weights("BRIEFING_VETTER_MODEL", "models/rule_vetter.json")


# the linker's own count of the countries placed in the sentence (``linker.mention_features``, ``hit_features``)
_CHOSEN = ("nchosen=0", "nchosen=1", "nchosen=2", "h:nchosen=0", "h:nchosen=1", "h:nchosen=more")


def features(named: dict[str, float] | None, suggestion: Any, placed: int) -> dict[str, float]:
    """What the vetter reads of one place: ``named``, the linker's features of the country's name in the sentence
    (None when the parse did not anchor it); ``suggestion``, the rule's; ``placed``, how many places the rules made in
    the sentence (organisations' and echoes' included)."""
    out: dict[str, float] = {"bias": 1.0}
    if named is None:
        out["nocand"] = 1.0
    else:
        # (how many the rules placed is read below, once, from the rules' own count)
        out.update(named)
        for k in _CHOSEN:
            out.pop(k, None)
    parts = [w.strip().lower() for w in suggestion.cue.split("…")]
    first = parts[0].split()
    last = parts[-1].split()
    confidence = round(suggestion.confidence, 2)
    stance = suggestion.stance
    names = [
        "r:conf=" + str(round(confidence, 1)),
        "r:cue0=" + (first[0] if first else "-"),
        "r:cuel=" + (last[-1] if last else "-"),
        "r:nparts=" + str(min(len(parts), 3)),
        "r:own=" + str("own account" in suggestion.cue),
        "r:speaker=" + str(bool(suggestion.speaker)),
        "r:nrule=" + str(min(placed, 3)),
        "r:stance=" + str((stance > 0) - (stance < 0)),
    ]
    out.update(dict.fromkeys(names, 1.0))
    return out


def vet(suggestions: list[Any], placed: dict[str, dict[str, float]], model: Model, n: int) -> list[Any]:
    """The ``suggestions`` the model keeps (``placed``: the linker's features of each placed country's name; ``n``:
    how many places the rules made in the sentence, organisations' included)."""
    return [s for s in suggestions if model.probability(features(placed.get(s.actor), s, n)) >= model.threshold]
