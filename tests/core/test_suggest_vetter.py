"""The learned vetter of the rules' places: a country a rule tied to a stance word that has nothing to do with the
brief's question is not suggested. Every sentence here is made up for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest import add_article, parse_article
from briefing.model import Brief, BriefInfo
from briefing.suggest import suggest_brief
from briefing.suggest.parser import parser_enabled

pytestmark = pytest.mark.skipif(not parser_enabled(), reason="the parser model is not installed")

QUESTION = "Should Moldova join the European Union?"
IN_PASSING = "Moldova has agreed to pay more for electricity supplied by Romania."
ON_THE_QUESTION = "Moldova's president said the country would apply to join the European Union as soon as possible."


def positions(text: str, question: str = QUESTION) -> dict[str, int | None]:
    brief = Brief(info=BriefInfo(question=question))
    add_article(brief, parse_article(text, "article.txt"))
    suggest_brief(brief)
    return {p.actor: p.stance for c in brief.claims for p in c.positions}


def test_places_that_have_nothing_to_do_with_the_question_are_not_suggested(monkeypatch: pytest.MonkeyPatch) -> None:
    # a price deal and a supplier: the rules read "agreed to" and "supplied" as positions
    monkeypatch.setenv("BRIEFING_VETTER_MODEL", "/nonexistent/vetter.json")
    assert positions(IN_PASSING) == {"MD": 1, "RO": 1}
    monkeypatch.delenv("BRIEFING_VETTER_MODEL")
    assert positions(IN_PASSING) == {}  # the vetter finds neither likely: nothing is suggested
    assert positions(ON_THE_QUESTION) == {"MD": 1}  # a position on joining stays


def test_with_the_learned_parts_off_or_without_a_question_every_place_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_LINKER", "off")
    assert positions(IN_PASSING) == {"MD": 1, "RO": 1}
    monkeypatch.delenv("BRIEFING_LINKER")
    assert positions(IN_PASSING, question="") == {"MD": 1, "RO": 1}  # the general reading, as before
    # without the parse the vetter has nothing to read: the word rules' places stand
    monkeypatch.setenv("BRIEFING_PARSER", "off")
    assert positions(IN_PASSING) == {"MD": 1, "RO": 1}


BROKEN = [
    b"",
    b"{not json",
    b'{"weights": {"bias": 1e308}, "intercept": 0, "threshold": 0.5}',
    b'{"weights": {}, "intercept": 0, "threshold": 7}',
]


@pytest.mark.parametrize("content", BROKEN)
def test_broken_weights_keep_every_place_and_raise_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    broken = tmp_path / "vetter.json"
    broken.write_bytes(content)
    monkeypatch.setenv("BRIEFING_VETTER_MODEL", str(broken))
    from briefing.suggest.vetter import default_vetter

    assert default_vetter() is None
    assert positions(IN_PASSING) == {"MD": 1, "RO": 1}
