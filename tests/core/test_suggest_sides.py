"""Taking sides in the dispute: backing those asked to act over the one the measure is aimed at presses the
measure; saying that what the measure would end is ending is the measure done."""

from __future__ import annotations

import pytest
from helpers import suggested_signs as signs

from briefing.suggest.parser import parser_enabled

needs_parser = pytest.mark.skipif(not parser_enabled(), reason="the parser model is not installed")


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_LINKER", "off")


@needs_parser
def test_backing_those_asked_to_act_over_the_target_presses_the_measure() -> None:
    question = "Should Egypt and its allies impose a blockade on Libya?"
    assert signs("Paris sided openly, backing the Egyptian-led coalition over Libya.", question).get("FR") == 1


@needs_parser
def test_over_what_is_the_targets_is_no_side_taken() -> None:
    # "over Libya's concerns": about them, not the Egyptian side over Libya
    question = "Should Egypt and its allies impose a blockade on Libya?"
    assert signs("Tunisia backed dialogue with Egypt over Libya's concerns.", question).get("TN") != 1


@needs_parser
def test_announcing_that_what_the_stop_ends_will_end_is_the_measure_done() -> None:
    question = "Should Mexico and Peru lift their tariffs on each other's steel?"
    assert signs("Mexico announced that its tariffs on Peruvian steel would be lifted.", question) == {"MX": 1}


@needs_parser
def test_not_meeting_a_request_is_a_refusal() -> None:
    question = "Should Norway hand the fugitive over to Sweden?"
    assert signs("Oslo said Norway would not meet the Swedish request.", question).get("NO") == -1



def test_not_opposing_lets_it_pass_and_takes_no_side() -> None:
    question = "Should Japan offer subsidised rice to North Korea?"
    assert signs("Seoul has decided not to oppose a Japanese rice subsidy offer.", question) == {"KR": 0}
    assert signs("Seoul opposed the rice subsidy.", question) == {"KR": -1}


@needs_parser
def test_a_country_named_as_the_label_of_a_reaction_in_a_round_up_holds_it() -> None:
    # a round-up of reactions labels its lines with countries' names: "Chile: …" is Chile's word there; one line so
    # labelled alone may be a recap ("Chile: Tariffs were lifted in 2016"), and a dateline in capitals is none
    from briefing.ingest import add_article, parse_article
    from briefing.model import Brief, BriefInfo
    from briefing.suggest import suggest_brief

    question = "Should Peru impose tariffs on imported wine?"
    text = ("Reactions came in from around the region.\n\n"
            "Chile: The tariff is \"unjustified\", the foreign ministry said.\n\n"
            "Argentina: The tariff is \"a grave mistake\", the trade minister said.")
    brief = Brief(info=BriefInfo(question=question))
    add_article(brief, parse_article(text, "article.txt"))
    suggest_brief(brief)
    found = {p.actor: p.stance for c in brief.claims for p in c.positions}
    assert found.get("CL") == -1 and found.get("AR") == -1, found
    assert "CL" not in signs("Chile: The tariff is \"unjustified\", the foreign ministry said.", question)


@needs_parser
def test_backing_the_one_asked_to_give_way_backs_its_refusal() -> None:
    question = "Should Spain return the disputed islets to Morocco?"
    assert signs("Portugal backed Spain.", question) == {"PT": -1}
    assert signs("Algeria backed Morocco.", question) == {"DZ": 1}
