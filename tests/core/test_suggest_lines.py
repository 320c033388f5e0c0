"""One line per country in an article (``briefing/suggest/lines.py``): a suggested sign against the country's other
positions in the same article takes theirs. Every article here is made up for the test."""

from __future__ import annotations

import pytest

from briefing.editing import accepted, with_position
from briefing.ingest import add_article, parse_article
from briefing.model import ARTICLE_LINE, SIGNED_BY, Brief, BriefInfo, sign_reason
from briefing.suggest import suggest_brief
from briefing.suggest.parser import parser_enabled

pytestmark = pytest.mark.skipif(not parser_enabled(), reason="the parser model is not installed")

QUESTION = "Should the EU impose tariffs on Chinese electric cars?"
ARTICLE = (
    "France backed the tariffs on Chinese electric cars on Monday. "
    "French officials said the tariffs were needed to protect European carmakers. "
    "France voiced concern that the tariffs might come too late. "
    "Spain opposed the tariffs. "
    "Madrid criticised the Commission for moving too slowly."
)


def suggested(question: str = QUESTION) -> Brief:
    brief = Brief(info=BriefInfo(question=question))
    add_article(brief, parse_article(ARTICLE, "article.txt"))
    suggest_brief(brief)
    return brief


def signs(brief: Brief, actor: str) -> list[int]:
    return [p.stance for c in brief.claims for p in c.positions if p.actor == actor and p.stance is not None]


def test_a_sign_against_the_countrys_line_in_the_article_takes_it_and_says_so() -> None:
    brief = suggested()
    # "voiced concern that the tariffs might come too late" reads against the tariffs on its own words; France's
    # two other positions in the article are for them
    assert [s > 0 for s in signs(brief, "FR")] == [True, True, True]
    turned = brief.claims[2].position_for("FR")
    assert turned is not None and turned.extra.get(SIGNED_BY) == ARTICLE_LINE
    assert sign_reason(turned) == ", its sign from its line in the article"
    assert brief.claims[0].position_for("FR").extra.get(SIGNED_BY) is None  # type: ignore[union-attr]


def test_one_against_one_is_no_line() -> None:
    # Spain: "opposed the tariffs" against, "criticised the Commission for moving too slowly" for: left as read
    found = [(c.position_for("ES").stance, c.position_for("ES").extra) for c in suggested().claims[3:]]  # type: ignore[union-attr]
    assert [(s < 0, s > 0, e.get(SIGNED_BY)) for s, e in found] == [(True, False, None), (False, True, None)]


def test_the_analysts_own_positions_weigh_double_and_never_turn() -> None:
    brief = suggested()
    brief.claims[3] = accepted(brief.claims[3])  # the analyst accepts "Spain opposed the tariffs"
    last = brief.claims[4]
    last.positions.clear()
    suggest_brief(brief, claims=[last])
    spain = last.position_for("ES")
    assert spain is not None and spain.stance is not None and spain.stance < 0
    assert spain.extra.get(SIGNED_BY) == ARTICLE_LINE
    # and where the analyst sets the sign, the reason goes with the suggestion
    brief.claims[4] = with_position(last, "ES", 1)
    assert brief.claims[4].position_for("ES").extra.get(SIGNED_BY) is None  # type: ignore[union-attr]
    assert brief.claims[3].position_for("ES").stance < 0  # type: ignore[union-attr,operator]


def test_without_a_question_signs_are_left_as_read() -> None:
    brief = suggested("")
    assert all(SIGNED_BY not in p.extra for c in brief.claims for p in c.positions)
