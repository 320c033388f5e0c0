"""One line per country in an article (``briefing/suggest/lines.py``): a suggested sign that the country's other
positions in the same article outweigh by three takes theirs. Every article here is made up for the test."""

from __future__ import annotations

import pytest
from helpers import suggested_article

from briefing.editing import accepted, with_position
from briefing.model import ARTICLE_LINE, SIGNED_BY, Brief, Position, sign_reason
from briefing.suggest import suggest_brief
from briefing.suggest.parser import parser_enabled

pytestmark = pytest.mark.skipif(not parser_enabled(), reason="the parser model is not installed")

QUESTION = "Should the EU impose tariffs on Chinese electric cars?"
ARTICLE = (
    "France backed the tariffs on Chinese electric cars on Monday. "
    "French officials said the tariffs were needed to protect European carmakers. "
    "Paris has long called for tougher trade defences. "
    "France voiced concern that the tariffs might come too late. "
    "Spain opposed the tariffs. "
    "Madrid criticised the Commission for moving too slowly."
)
CONCERN = 3  # France's claim that reads against the tariffs on its own words


def suggested(question: str = QUESTION, text: str = ARTICLE) -> Brief:
    return suggested_article(question, text)


def signs(brief: Brief, actor: str) -> list[int]:
    return [p.stance for c in brief.claims for p in c.positions if p.actor == actor and p.stance is not None]


def test_a_sign_three_others_outweigh_takes_their_line_and_says_so() -> None:
    brief = suggested()
    # "voiced concern that the tariffs might come too late" reads against the tariffs on its own words; France's
    # three other positions in the article are for them
    assert signs(brief, "FR") == [1, 1, 1, 1]
    turned = brief.claims[CONCERN].position_for("FR")
    assert turned is not None and turned.extra.get(SIGNED_BY) == ARTICLE_LINE
    assert sign_reason(turned) == ", its sign from its line in the article"
    assert all(SIGNED_BY not in c.positions[0].extra for c in brief.claims[:CONCERN])


def test_one_against_one_is_no_line() -> None:
    # Spain: "opposed the tariffs" against, "criticised the Commission for moving too slowly" for: left as read
    brief = suggested()
    assert [(s > 0) for s in signs(brief, "ES")] == [False, True]
    assert all(SIGNED_BY not in p.extra for c in brief.claims[4:] for p in c.positions)


def test_a_country_that_changed_its_line_keeps_both() -> None:
    # three claims of the old line, two of the news: the news is not turned to the old line
    text = (
        "Turkey had blocked Sweden's membership for more than a year. "
        "Erdogan repeatedly refused to ratify the accession protocol. "
        "Turkey rejected the bid again in March. "
        "On Monday, Turkey's parliament approved Sweden's membership. "
        "Turkey's foreign minister welcomed Sweden's accession."
    )
    brief = suggested("Should Turkey approve Sweden's NATO membership?", text)
    assert [s > 0 for s in signs(brief, "TR")] == [False, False, False, True, True]


def test_the_analysts_own_positions_weigh_double_and_never_turn() -> None:
    brief = suggested()
    brief.claims[4] = accepted(brief.claims[4])  # the analyst accepts "Spain opposed the tariffs"
    brief.claims[0].positions.append(Position("ES", -1))  # and places Spain against them in the first claim too
    last = brief.claims[5]
    last.positions.clear()
    suggest_brief(brief, claims=[last])
    spain = last.position_for("ES")
    assert spain is not None and spain.stance == -1 and spain.extra.get(SIGNED_BY) == ARTICLE_LINE
    # the analyst's own are as they were
    assert [c.position_for("ES").stance for c in brief.claims[4:5]] == [-1]  # type: ignore[union-attr]
    # where the analyst sets the sign the other way, the reason goes; the strength alone keeps it
    assert SIGNED_BY in with_position(last, "ES", -2).position_for("ES").extra  # type: ignore[union-attr]
    assert SIGNED_BY not in with_position(last, "ES", 1).position_for("ES").extra  # type: ignore[union-attr]


def test_suggestions_left_from_an_earlier_question_do_not_count() -> None:
    brief = suggested()
    # France's other positions were suggested for an earlier question, and read against: they are not this line
    for claim in brief.claims[1 : CONCERN + 1]:
        for p in claim.positions:
            p.stance = -1
    again = brief.claims[0]
    again.positions.clear()
    suggest_brief(brief, claims=[again])  # "France backed the tariffs", suggested again
    france = again.position_for("FR")
    assert france is not None and france.stance == 1 and SIGNED_BY not in france.extra


def test_without_a_question_signs_are_left_as_read() -> None:
    brief = suggested("")
    assert all(SIGNED_BY not in p.extra for c in brief.claims for p in c.positions)
