"""The one the measure is for wants it: its harder line on anything but the measure is for the measure
(``briefing/suggest/beneficiary.py``)."""

from __future__ import annotations

import pytest
from helpers import suggested_signs as signs

from briefing.suggest.parser import parser_enabled

needs_parser = pytest.mark.skipif(not parser_enabled(), reason="the parser model is not installed")


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_LINKER", "off")


@needs_parser
def test_the_harder_line_of_the_one_the_measure_is_for_presses_for_it() -> None:
    question = "Should Belarus pay Russia a higher price for its oil?"
    # cutting off supplies in a price dispute is a harder line, and it is for the higher price
    assert signs("Moscow cut off oil supplies to Belarus on Monday.", question) == {"RU": 1}


@needs_parser
def test_its_own_word_on_the_measure_stands() -> None:
    question = "Should Hungary let Romania join the Schengen area?"
    assert signs("Romania said it would not join the Schengen area on such terms.", question) == {"RO": -1}
    assert signs("Bucharest condemned Budapest's veto as a grave injustice.", question) == {"RO": 1, "HU": -1}


@needs_parser
def test_refusing_what_it_would_be_given_stands() -> None:
    # the gift is named in other words than the question's ("bailout" for lending more money): a refusal all the same
    assert signs("Athens ruled out a third bailout.", "Should the IMF lend Greece more money?") == {"GR": -1}


@needs_parser
def test_a_threat_by_the_one_the_measure_is_for_presses_for_it() -> None:
    # a counter-penalty threatened names the measure's own words ("duties"), and is pressure for it all the same
    question = "Should the EU lift its tariffs on Brazilian steel?"
    assert signs("Brazil is threatening to impose heavy duties on European cars if no deal is reached.", question) == {
        "BR": 1
    }


@needs_parser
def test_refusing_pressure_is_no_refusal_of_the_gift() -> None:
    question = "Should NATO send more troops to Estonia?"
    assert signs("Estonia said it would never accept Russian pressure.", question) == {"EE": 1}


@needs_parser
def test_judging_what_the_measure_would_undo_is_for_it() -> None:
    # condemning what the measure would end names the measure's words, and is no turning down of it
    question = "Should Britain return the Elgin Marbles to Greece?"
    assert signs("Greece denounced the decision to keep the marbles in the British Museum.", question) == {"GR": 1}


@needs_parser
def test_turning_the_measure_down_stands() -> None:
    question = "Should the United States lift its tariffs on Brazilian steel?"
    assert signs("Brazil rejected an offer to lift the tariffs in exchange for export quotas.", question) == {"BR": -1}


@needs_parser
def test_giving_the_measure_up_stands() -> None:
    question = "Should the EU admit Turkey as a member?"
    assert signs("Turkey shelved its EU membership bid.", question) == {"TR": -1}
    assert signs("Greece has dropped its demand for the return of the marbles.",
                 "Should Britain return the Elgin Marbles to Greece?") == {"GR": -1}
