"""A country named as what another once was, or by what it once was, holds no position: "the former Soviet republic",
"post-Soviet states", "former British prime minister Tony Blair"."""

from __future__ import annotations

import pytest

from briefing.suggest import suggest_text
from briefing.suggest.parser import parser_enabled

needs_parser = pytest.mark.skipif(not parser_enabled(), reason="the parser model is not installed")


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_LINKER", "off")


def holders(text: str, published: str = "1987-03-02") -> set[str]:
    return {s.actor for s in suggest_text(text, published).suggestions}


def test_the_soviet_union_speaks_in_an_article_of_its_time() -> None:
    assert holders("The Soviet Union rejected the American proposal on Monday.") == {"RU"}
    assert holders("West German officials welcomed the decision.") == {"DE"}


@needs_parser
def test_a_former_soviet_republic_is_another_country() -> None:
    assert "RU" not in holders("The former Soviet republic hopes to sign the agreement in November.", "2013-09-02")


@needs_parser
def test_soviet_as_history_names_no_holder() -> None:
    # "Soviet" alone names a past, not the state that speaks today; only "the Soviet Union" does
    assert "RU" not in holders("Soviet veterans in Kyiv urged Berlin to send tanks.", "2023-01-20")
    assert "LT" in holders("Lithuania, which was occupied by the Soviets, backed sending tanks.", "2023-01-20")


@needs_parser
def test_soviet_names_russia_only_in_text_of_its_time() -> None:
    assert holders("The Soviets rejected the American proposal on Monday.") == {"RU"}
    assert holders("Soviet officials rejected the American proposal on Monday.") == {"RU"}
    assert holders("The USSR rejected the American proposal on Monday.") == {"RU"}
    assert "RU" not in holders("Soviet-era veterans in Riga rejected the American proposal.", "2023-01-20")
    assert "RU" not in holders("The Soviets rejected the American proposal, the historian said.", "2023-01-20")
