"""The actor registry: the names journalists and analysts use, groups, rosters, and the user's own file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.actors import default_registry, load_registry
from briefing.errors import BriefingError


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("US", ["US"]),
        ("U.S.", ["US"]),
        ("America", ["US"]),
        ("UK", ["GB"]),
        ("Britain", ["GB"]),
        ("Türkiye", ["TR"]),
        ("Turkey", ["TR"]),
        ("Czechia", ["CZ"]),
        ("the Netherlands", ["NL"]),
        ("Berlin", ["DE"]),
        ("Warsaw", ["PL"]),
        ("Washington", ["US"]),
        ("the Kremlin", ["RU"]),
        ("Moscow", ["RU"]),
        ("the Baltic states", ["EE", "LV", "LT"]),
        ("Nordic countries", ["DK", "FI", "IS", "NO", "SE"]),
        ("NATO", ["NATO"]),
        ("Brussels", ["EU"]),
        ("DE", ["DE"]),
        ("Zimbabwe", ["ZW"]),
        # the states of older articles, as the labelling rules code them (the Soviet Union as Russia, its successor)
        ("the Soviet Union", ["RU"]),
        ("West Germany", ["DE"]),
        ("Atlantis", []),
    ],
)
def test_names_resolve(name: str, codes: list[str]) -> None:
    assert default_registry().resolve(name) == codes


def test_demonyms_flags_and_rosters() -> None:
    reg = default_registry()
    assert "Polish" in reg.get("PL").demonyms and "Dutch" in reg.get("NL").demonyms
    assert reg.flag("DE") == "🇩🇪" and reg.flag("NATO") == ""
    nato = reg.roster("NATO")
    assert len(nato) == 32 and "SE" in nato and "FI" in nato
    assert all(reg.get(code) is not None for code in nato + reg.roster("EU"))


def test_search_finds_aliases_for_a_completer() -> None:
    labels = [a.label for a in default_registry().search("turk")]
    assert "Türkiye (TR)" in labels
    entries = dict(default_registry().completion_entries())
    assert entries["the Kremlin → Russia (RU)"] == "RU"


def test_a_user_file_extends_the_registry(tmp_path: Path) -> None:
    mine = tmp_path / "actors.json"
    mine.write_text(
        json.dumps(
            {
                "countries": {"DE": {"aliases": ["Deutschland"]}},
                "organisations": {"OSCE-PA": {"name": "OSCE Parliamentary Assembly", "aliases": ["the OSCE PA"]}},
                "groups": {
                    "WEIMAR": {
                        "name": "Weimar Triangle",
                        "aliases": ["the Weimar Triangle"],
                        "members": ["DE", "FR", "PL"],
                    }
                },
            }
        ),
        encoding="utf-8",
    )
    reg = load_registry([mine])
    assert reg.resolve("Deutschland") == ["DE"]
    assert reg.resolve("the OSCE PA") == ["OSCE-PA"]
    assert reg.resolve("the Weimar Triangle") == ["DE", "FR", "PL"]
    assert reg.resolve("Germany") == ["DE"]


def test_a_broken_user_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "actors.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(BriefingError, match="actor list cannot be read"):
        load_registry([bad])


def test_a_city_in_the_name_of_a_treaty_or_a_conference_is_no_country() -> None:
    from briefing.names import finder_for

    finder = finder_for(default_registry())

    def named(text: str) -> list[str]:
        return [c for m in finder.find(text) for c in m.codes]

    assert named("The ministers upheld the Minsk accords and the Lisbon Treaty.") == []
    assert named("Cairo opposed a Madrid II peace conference.") == ["EG"]
    assert named("Ottawa still backs the Paris climate agreement.") == ["CA"]
    # the capital acting, or a summit held there without "the", stays the country
    assert named("Moscow agreed to talks.") == ["RU"]
    assert named("Beijing talks tough on trade.") == ["CN"]


def test_an_agency_dateline_with_an_underscore_is_where_the_story_was_filed() -> None:
    from briefing.names import finder_for

    finder = finder_for(default_registry())
    codes = [c for m in finder.find("ATHENS (AP) _ In a rare interview, Turkey's minister said it would wait.")
             for c in m.codes]
    assert codes == ["TR"]
    # an underscore inside a sentence is no dateline
    assert [c for m in finder.find("Greece _ which is not a party _ objected.") for c in m.codes] == ["GR"]


def test_new_mexico_is_no_country_and_new_zealand_still_is() -> None:
    from briefing.suggest.mentions import finder_for

    finder = finder_for(default_registry())
    text = "Potash producers from New Mexico are seeking a tariff, and New Zealand and New Delhi objected."
    assert [(text[m.start : m.end], m.codes) for m in finder.find(text)] == [
        ("New Zealand", ["NZ"]), ("New Delhi", ["IN"])]
