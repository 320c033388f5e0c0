"""Who the brief's key question aims its measure at, and whom it is for, where a stop, a reason or a second measure
stands in the question."""

from __future__ import annotations

import pytest

from briefing.actors import default_registry
from briefing.suggest.lexicon import default_lexicon
from briefing.suggest.parser import parse_all, parser_enabled
from briefing.suggest.question import Question, read_question

needs_parser = pytest.mark.skipif(not parser_enabled(), reason="the parser model is not installed")


def parsed(question: str) -> Question:
    return read_question(question, default_registry(), default_lexicon(), next(parse_all([question])))


@needs_parser
def test_leaving_a_pact_named_after_a_country_is_aimed_at_it() -> None:
    q = parsed("Should Japan withdraw from the Russia fisheries pact?")
    assert "RU" in q.targets and "RU" not in q.beneficiaries
    assert not q.restraint  # walking away from a pact is no holding back


@needs_parser
def test_what_a_stop_answers_is_not_what_is_stopped() -> None:
    # the arrests are why the cooperation would end; ending it is aimed at Fiji, not done for it
    q = parsed("Should Australia end its defence cooperation with Fiji over the arrests of opposition leaders?")
    assert "FJ" in q.targets and "FJ" not in q.beneficiaries


@needs_parser
def test_a_penalty_joined_to_a_stop_is_imposed_not_stopped() -> None:
    q = parsed("Should Seoul scrap the currency swap and impose tariffs on Japanese steel?")
    assert "JP" in q.targets and not q.restraint


@needs_parser
def test_keeping_to_a_penalty_keeps_it_aimed_at_whom_it_is_on() -> None:
    q = parsed("Should Asian refiners comply with the US embargo on Venezuela?")
    assert "VE" in q.targets and "VE" not in q.beneficiaries


@needs_parser
def test_a_penalty_that_the_stopped_act_would_breach_is_not_what_is_stopped() -> None:
    # what is stopped is the arms flow, aimed at whoever is pressed to stop it; the embargo is only what it breaches
    q = parsed("Should Laos be pressed to stop arms reaching Myanmar in violation of the UN embargo?")
    assert "LA" in q.targets


@needs_parser
def test_those_a_wrong_was_done_to_are_wronged_not_aimed_at() -> None:
    q = parsed("Should Russia recognise the killing of Poles at Katyn as genocide?")
    assert "PL" in q.beneficiaries and "PL" not in q.targets


@needs_parser
def test_a_measure_that_carries_the_wrong_out_is_aimed_at_its_victim() -> None:
    q = parsed("Should the UN authorise the invasion of Iraq?")
    assert "IQ" not in q.beneficiaries


@needs_parser
def test_stopping_surveillance_is_for_those_watched_and_a_leak_wrongs_whose_secrets_leaked() -> None:
    q = parsed("Should Britain stop spying on the communications of French ministers?")
    assert "FR" in q.beneficiaries and "FR" not in q.targets and q.restraint
    q = parsed("Should Canada crack down on the leaks of Australian intelligence?")
    assert "AU" in q.beneficiaries and "AU" not in q.targets


@needs_parser
def test_taking_a_country_into_a_ban_is_aimed_at_it() -> None:
    q = parsed("Should Japan include Nepal in its travel ban?")
    assert "NP" in q.targets and "NP" not in q.beneficiaries
    assert "TR" in parsed("Should the EU include Turkey in its defence mechanism?").beneficiaries
    # (a union that removes tariffs is no ban: the one taken in gains)
    q = parsed("Should the EU include Turkey in its customs union, which would remove tariffs on Turkish goods?")
    assert "TR" in q.beneficiaries and "TR" not in q.targets


@needs_parser
def test_a_plan_or_truce_its_leader_proposed_is_for_that_country() -> None:
    # the proposal's owner gains from its acceptance, however many words name it
    q = parsed("Should Hamas accept President Biden's three-phase Gaza ceasefire plan?")
    assert "US" in q.beneficiaries and "US" not in q.targets
    q = parsed("Should Kyiv observe Putin's Christmas truce?")
    assert "RU" in q.beneficiaries and "RU" not in q.targets
    # leaving what a country leads is aimed at it
    q = parsed("Should Italy withdraw from China's Belt and Road Initiative?")
    assert "CN" in q.targets and "CN" not in q.beneficiaries


@needs_parser
def test_toning_down_criticism_is_for_the_one_criticised() -> None:
    q = parsed("Should Hungary tone down its criticism of Ukraine?")
    assert q.stopping == "tone down" and "UA" in q.beneficiaries and "UA" not in q.targets


@needs_parser
def test_a_state_founded_is_for_its_people() -> None:
    q = parsed("Should Morocco agree to the creation of a Sahrawi state?")
    assert "EH" in q.beneficiaries and "EH" not in q.targets
    q = parsed("Should Israel commit to the establishment of a Palestinian state?")
    assert "PS" in q.beneficiaries and "PS" not in q.targets


@needs_parser
def test_what_a_country_broke_is_aimed_at_it_whatever_it_broke() -> None:
    # "ceasefire" names the measure's kind, but the violations are Russia's own doing
    q = parsed("Should NATO condemn Russia's ceasefire violations?")
    assert "RU" in q.targets and "RU" not in q.beneficiaries
    q = parsed("Should the US sanction China's Belt and Road Initiative lenders?")
    assert "CN" in q.targets and "CN" not in q.beneficiaries
