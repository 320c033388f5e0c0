"""Suggestions learn from the analyst in this brief: rejected cues lose weight, hand-added positions offer new cues,
and the acceptance rate is kept in the brief file."""

from __future__ import annotations

from pathlib import Path

from briefing import storage
from briefing.editing import without_position
from briefing.model import Brief, Claim, Position, Source
from briefing.suggest import learning_summary, suggest_brief
from briefing.suggest.learning import KEY, accept_offered


def brief_of(*sentences: str) -> Brief:
    text = " ".join(sentences)
    brief = Brief()
    brief.sources.append(Source("S1", text=text, published="2025-06-02"))
    pos = 0
    for n, sentence in enumerate(sentences, 1):
        brief.claims.append(Claim(f"C{n}", "S1", pos, pos + len(sentence), sentence))
        pos += len(sentence) + 1
    return brief


def reject(brief: Brief, claim_id: str, actor: str) -> None:
    claim = brief.claim(claim_id)
    assert claim is not None and claim.position_for(actor) is not None
    brief.claims[brief.claims.index(claim)] = without_position(claim, actor)


def test_a_cue_rejected_repeatedly_loses_weight_then_is_not_suggested() -> None:
    brief = brief_of(
        "Chile welcomed the fishing quotas.",
        "Peru welcomed the fishing quotas.",
        "Ecuador welcomed the fishing quotas.",
        "Bolivia welcomed the fishing quotas.",
        "Uruguay welcomed the fishing quotas.",
    )
    suggest_brief(brief)
    full = brief.claims[4].position_for("UY").confidence
    reject(brief, "C1", "CL")
    reject(brief, "C2", "PE")
    suggest_brief(brief)
    weaker = brief.claims[4].position_for("UY")
    assert weaker is not None and weaker.confidence < full
    assert brief.extra[KEY]["rejected"] == {"welcom*": 2}
    reject(brief, "C3", "EC")
    reject(brief, "C4", "BO")
    suggest_brief(brief)
    assert brief.claims[4].position_for("UY") is None  # four rejections, no acceptance: not suggested in this brief
    assert "welcom*" in learning_summary(brief)


def test_a_position_added_by_hand_offers_its_words_as_a_cue(tmp_path: Path) -> None:
    brief = brief_of("Poland bristled at the pipeline deal.", "Spain bristled at the new levy.")
    suggest_brief(brief)
    assert brief.claims[1].positions == []  # the lexicon does not know the words
    brief.claims[0].positions.append(Position("PL", -1))  # the analyst's own reading
    suggest_brief(brief)
    offered = brief.extra[KEY]["offered"]
    assert [o["phrase"] for o in offered] == ["bristl* at"]
    assert "bristl* at" in learning_summary(brief)
    assert accept_offered(brief, "bristl* at")
    suggest_brief(brief)
    spain = brief.claims[1].position_for("ES")
    assert spain is not None and spain.stance < 0 and spain.suggested
    # kept in the brief file
    path = tmp_path / "b.brief.json"
    storage.save(brief, path)
    again = storage.load(path)
    assert again.extra[KEY]["cues"][0]["phrase"] == "bristl* at"
    assert storage.validate_file(path) == []  # and the schema describes it


def test_the_acceptance_rate_is_kept_and_shown() -> None:
    brief = brief_of("Chile welcomed the fishing quotas.", "Peru rejected the fishing quotas.")
    suggest_brief(brief)
    brief.claims[0].positions[0].origin = "analyst"  # accepted
    reject(brief, "C2", "PE")
    suggest_brief(brief)
    assert brief.extra[KEY]["acceptance"] == {"accepted": 1, "rejected": 1}
    assert "1 of 2" in learning_summary(brief)
