"""The learned holder linker: countries a sentence names that no rule placed, suggested when the model scores them as
holders, with the sign of their line in the same article. Every article here is made up for the test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import suggested_article

from briefing.ingest import add_article, parse_article
from briefing.model import Brief, BriefInfo, Position
from briefing.suggest import suggest_brief
from briefing.suggest.parser import parser_enabled

ROOT = Path(__file__).resolve().parents[2]
STANCE_DEV = ROOT.parent / "shared" / "data" / "stance-dev"
pytestmark = pytest.mark.skipif(not parser_enabled(), reason="the parser model is not installed")

QUESTION = "Should the EU impose tariffs on Chinese electric cars?"
ARTICLE = (
    "Spain opposed the EU tariffs on Chinese electric cars on Monday. "
    "Spanish officials said the tariffs would hurt Spanish farmers. "
    "Spain said its carmakers were in talks with Chinese investors about new plants. "
    "France backed the tariffs."
)
TALKS = 2  # the claim that names Spain with no stance word


def suggested(question: str = QUESTION, text: str = ARTICLE) -> Brief:
    return suggested_article(question, text)


def test_a_country_no_rule_placed_takes_its_line_in_the_article(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_LINKER", "off")
    assert suggested().claims[TALKS].positions == []  # the rules alone place no one there
    monkeypatch.delenv("BRIEFING_LINKER")
    brief = suggested()
    spain = brief.claims[TALKS].position_for("ES")
    assert spain is not None and spain.suggested
    assert spain.stance == -1  # Spain's line in this article: against the tariffs
    assert spain.cue == "Spain … said"  # what the analyst is shown as its reason
    # a weaker ground than a rule: its confidence is below every rule's suggestion in the article
    rules = [p.confidence for i, c in enumerate(brief.claims) if i != TALKS for p in c.positions]
    assert spain.confidence < min(rules)
    assert brief.claims[TALKS].position_for("CN") is None  # "Chinese investors" hold nothing


def test_without_a_line_the_model_must_be_surer_and_another_country_is_for_the_measure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = "The Hungarian government said on Tuesday that the tariffs were being discussed."
    on_measure = suggested(text=alone)
    assert {p.actor: p.stance for p in on_measure.claims[0].positions} == {"HU": 1}
    assert on_measure.claims[0].positions[0].cue == "Hungarian … said"
    # With no other position in the article the sign is only a default: the bar is the model's own second threshold.
    weights = json.loads((ROOT / "resources" / "models" / "holder_linker.json").read_text(encoding="utf-8"))
    weights["threshold_without_line"] = 0.999
    strict = tmp_path / "strict.json"
    strict.write_text(json.dumps(weights), encoding="utf-8")
    monkeypatch.setenv("BRIEFING_LINKER_MODEL", str(strict))
    assert suggested(text=alone).claims[0].positions == []
    assert suggested().claims[TALKS].position_for("ES").stance == -1  # with a line, the first threshold holds


def test_a_sentence_with_only_a_verb_of_saying_is_read_whatever_the_question_aims_at() -> None:
    # a question aimed at no country: a claim with no stance word that only says who said something is still read
    text = (
        "Poland rejected the migration pact on Monday. "
        "Warsaw said its interior minister would meet Lithuanian officials in Vilnius next week."
    )
    brief = suggested(question="Should the EU adopt the new migration pact?", text=text)
    poland = brief.claims[1].position_for("PL")
    assert poland is not None and poland.stance == -1  # its line in the article
    assert brief.claims[1].position_for("LT") is None  # whom it meets holds nothing
    # nor only a verb of saying: how the holder called or saw something
    text = "Poland rejected the migration pact on Monday. Warsaw described the Vilnius meeting as routine."
    brief = suggested(question="Should the EU adopt the new migration pact?", text=text)
    poland = brief.claims[1].position_for("PL")
    assert poland is not None and poland.stance == -1


def test_without_a_line_a_country_that_calls_something_bad_is_against_the_measure() -> None:
    # with nothing else in the article, calling something a mistake (not the measure's target) is against the measure
    ill = suggested(text="The Hungarian government said on Tuesday that Brussels was making a mistake.")
    assert {p.actor: p.stance for p in ill.claims[0].positions} == {"HU": -1}
    assert ill.claims[0].positions[0].cue == "Hungarian … said … mistake"  # what gave the sign is shown
    # (not "the Brussels talks": a city in the name of talks is no country)
    worried = suggested(
        text="The Hungarian government said on Tuesday that it was concerned by what Brussels was doing."
    )
    assert {p.actor: p.stance for p in worried.claims[0].positions} == {"HU": -1}  # disquiet, too
    assert worried.claims[0].positions[0].cue == "Hungarian … said … concerned"
    plain = suggested(text="The Hungarian government said on Tuesday that Brussels was discussing the matter.")
    assert {p.actor: p.stance for p in plain.claims[0].positions} == {"HU": 1}
    # where the measure is aimed at someone and the sentence names neither it nor the one asked to act, what is
    # called bad is mostly what the target did
    theirs = suggested(text="The Italian government said on Tuesday that the subsidies were a violation of the rules.")
    assert {p.actor: p.stance for p in theirs.claims[0].positions} == {"IT": 1}
    harsh = suggested(question="Should the United States impose safeguard tariffs on imported washing machines?",
                      text="The Mexican government said on Tuesday that the move was excessive.")
    assert {p.actor: p.stance for p in harsh.claims[0].positions} == {"MX": -1}
    # but the one the measure is for stays for it, whatever it calls bad
    gains = suggested(question="Should the EU grant Moldova candidate status?",
                      text="The Moldovan government said on Tuesday that Russia was making a mistake.")
    assert {p.actor: p.stance for p in gains.claims[0].positions} == {"MD": 1}


def test_without_a_line_a_country_that_refuses_is_against_the_measure() -> None:
    # what the country's own verb says, when nothing in the article gives it a line
    for text, code in (
        ("Though the Commission cleared Latvia to impose the tariffs, Portugal's government had refused, as Reuters "
         "reported.", "PT"),
        ("Both Ireland and Portugal have pushed back at the tariffs during the negotiations in Brussels.", "IE"),
    ):
        brief = suggested(text=text)
        found = brief.claims[0].position_for(code)
        assert found is not None and found.stance == -1, text
        assert found.cue in ("Portugal … refused", "Ireland … pushed")  # the verb that gave the sign is shown
    # but not when the refusal is denied
    brief = suggested(text="Portugal's government had not refused, officials in Lisbon said on Monday.")
    assert all(p.stance == 1 for p in brief.claims[0].positions)


def test_without_a_line_a_country_that_says_it_is_not_doing_it_is_against_the_measure() -> None:
    question = "Should tin producers curb their exports?"
    for text, cue in (
        ("Portugal has said it is not setting any export quota this year.", "Portugal … said … not setting"),
        ("Lisbon was not considering any limits on its shipments, officials said.", "Lisbon … not considering"),
    ):
        found = suggested(question, text).claims[0].position_for("PT")
        assert found is not None and (found.stance, found.cue) == (-1, cue), text
    # a negated misgiving is no refusal, and a reply not yet given takes no side
    found = suggested(question, "Portugal said it would not hesitate to curb its exports.").claims[0].position_for("PT")
    assert found is None or found.stance == 1
    # a list that says "they" is each of its countries
    brief = suggested(question, "Portugal, Chile and Peru also said they had no plans for export curbs this year.")
    found = brief.claims[0].position_for("CL")
    assert found is not None and found.stance == -1
    # nor a warning that it will not stand by
    found = suggested(question, "Portugal said it would not sit back while others flooded the market.").claims[0]
    assert all(p.stance != -1 for p in found.positions)
    text = "Lisbon has not responded to Madrid's request to send the ore back."
    found = suggested(question, text).claims[0].position_for("PT")
    assert found is not None and (found.stance, found.cue) == (0, "Lisbon … has not responded")


def test_a_sentence_that_leaves_the_line_open_gives_no_side() -> None:
    text = ARTICLE.replace(
        "Spain said its carmakers were in talks with Chinese investors about new plants.",
        "Spain said it was too early to assess the talks with Chinese investors about new plants.",
    )
    spain = suggested(text=text).claims[TALKS].position_for("ES")
    assert spain is not None and spain.stance == 0  # whatever its line in the article
    assert spain.cue == "Spain … said … too early to"


def test_a_company_named_after_a_country_or_city_is_never_linked() -> None:
    text = (
        "Spain opposed the EU tariffs on Chinese electric cars on Monday. "
        "The Madrid Times said its reporters were in talks with Chinese investors about new plants."
    )
    assert suggested(text=text).claims[1].positions == []


def test_without_a_question_the_linker_does_not_run() -> None:
    assert suggested(question="").claims[TALKS].positions == []


def test_the_analysts_work_stays() -> None:
    brief = Brief(info=BriefInfo(question=QUESTION))
    add_article(brief, parse_article(ARTICLE, "article.txt"))
    claim = brief.claims[TALKS]
    claim.rejected.append("ES")
    claim.positions.append(Position("DE", 1, "analyst"))
    suggest_brief(brief)
    suggest_brief(brief)  # run again: nothing doubles
    assert [(p.actor, p.stance, p.origin) for p in claim.positions] == [("DE", 1, "analyst")]


@pytest.mark.parametrize(
    "content",
    [
        '{"weights": {"bias": "heavy"}',  # cut short
        '{"weights": {}, "intercept": NaN, "threshold": 0.5}',  # NaN would make every country a holder
        '{"weights": {}, "intercept": -50, "threshold": NaN}',
        '{"weights": {"bias": 1e400, "h:none": -1e400}, "intercept": 0, "threshold": 0.5}',
        '{"weights": {}, "intercept": 0, "threshold": 0}',
        '{"weights": [1, 2], "intercept": 0, "threshold": 0.5}',
        "[" * 100_000,
    ],
)
def test_a_broken_or_hostile_model_file_leaves_the_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    broken = tmp_path / "linker.json"
    broken.write_text(content, encoding="utf-8")
    monkeypatch.setenv("BRIEFING_LINKER_MODEL", str(broken))
    brief = suggested()
    assert brief.claims[TALKS].positions == []
    assert brief.claims[0].position_for("ES").stance == -1  # the rules' suggestions are all there
    assert broken.read_text(encoding="utf-8") == content


def test_australia_is_a_country_and_an_organisation_is_never_linked() -> None:
    # "AU" is Australia's code; the African Union is another actor, and organisations hold no linked position
    brief = suggested(text=ARTICLE.replace("Spain", "Australia").replace("Spanish", "Australian"))
    assert brief.claims[TALKS].position_for("AU").stance == -1
    union = suggested(text="The African Union said on Tuesday that the tariffs were being discussed.")
    assert union.claims[0].positions == []


def test_a_line_left_from_an_earlier_question_does_not_count() -> None:
    from briefing.suggest.linker import article_lines

    brief = suggested()
    article = brief.claims[0].source
    assert article_lines(brief.claims)[(article, "ES")] < 0  # after a full pass: Spain's suggested line, against
    # the question changes and one claim is suggested again: the others' suggestions were read toward the old one,
    # so only the analyst's positions and the claims read now count
    brief.claims[1].positions[0].origin = "analyst"
    lines = article_lines(brief.claims, {id(brief.claims[3])})  # France's claim read again
    assert lines[(article, "ES")] == -1  # the analyst's one position; claims 0 and 2: stale suggestions, left out


def test_rejected_links_teach_the_brief() -> None:
    from briefing.editing import without_position

    peoples = ["Spanish", "French", "Italian", "Greek", "Austrian"]
    text = " ".join(f"The {c} government said on Tuesday that the tariffs were being discussed." for c in peoples)
    brief = suggested(text=text)
    linked = [(i, c.positions[0]) for i, c in enumerate(brief.claims) if c.positions]
    assert len(linked) == 5 and all(p.extra.get("suggested_by") == "learned link" for _, p in linked)
    for i, p in linked[:4]:  # the analyst rejects four of them
        brief.claims[i] = without_position(brief.claims[i], p.actor)
    brief.claims[linked[4][0]].positions = []
    suggest_brief(brief)
    assert brief.claims[linked[4][0]].positions == []  # rejected four times, never accepted: no longer suggested
    assert "learned link" in brief.extra["suggestion_learning"]["rejected"]


@pytest.mark.skipif(not (STANCE_DEV / "gold.json").is_file(), reason="../shared/data/stance-dev is absent")
def test_the_training_script_makes_a_model_the_app_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("sklearn")
    out = tmp_path / "linker.json"
    vetter = tmp_path / "vetter.json"
    script = ROOT / "resources" / "models" / "train_linker.py"
    models = [ROOT / "resources" / "models" / name for name in ("holder_linker.json", "rule_vetter.json")]
    shipped = [m.read_bytes() for m in models]
    done = subprocess.run(
        [sys.executable, str(script), str(STANCE_DEV), "-o", str(out), "--vetter-output", str(vetter)],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["examples"] > 50 and 0 < model["holders"] < model["examples"]
    assert model["threshold"] == 0.6 and len(model["weights"]) > 100
    assert model["weights"]["a_is_rootsubj=True"] > 0  # a country that is the sentence's subject is likelier a holder
    monkeypatch.setenv("BRIEFING_LINKER_MODEL", str(out))
    from briefing.suggest.linker import default_model

    read = default_model()  # the app reads what the script wrote
    assert read is not None and read.threshold == 0.6 and read.weights == model["weights"]
    # the vetter of the rules' places, from the same pass: every example is a place a rule made
    places = json.loads(vetter.read_text(encoding="utf-8"))
    assert places["examples"] > 50 and 0 < places["holders"] < places["examples"] and places["threshold"] == 0.6
    monkeypatch.setenv("BRIEFING_VETTER_MODEL", str(vetter))
    from briefing.suggest.vetter import default_vetter

    assert (reread := default_vetter()) is not None and reread.weights == places["weights"]
    # the shipped weights are untouched
    assert [m.read_bytes() for m in models] == shipped


def test_a_country_that_has_taken_no_position_yet_takes_no_side() -> None:
    question = "Should the EU impose sanctions on Iran over its drone supplies to Russia?"
    brief = suggested(question, "Spain has not yet taken a position on the sanctions.")
    spain = brief.claims[0].position_for("ES")
    assert spain is not None and spain.stance == 0 and spain.cue.endswith("not yet taken a position")


def test_a_linked_list_is_linked_whole_where_it_holds_the_verb() -> None:
    """The linker scores each name on its own, and the last of a list ("… and Malta") can fall short where the first
    is linked: a list that is the verb's subject or agent shares the verb, so it is placed whole, with one sign."""
    question = "Should Western states condemn the junta's election delay?"
    signed = ("The statement condemning the delay was signed by the foreign ministers of Norway, Chile, Ireland and "
              "Malta.")
    claim = suggested(question, signed).claims[0]
    assert {p.actor: p.stance for p in claim.positions} == {"NO": 1, "CL": 1, "IE": 1, "MT": 1}
    assert claim.position_for("MT").cue == "Malta … Norway"
    fund = "Should the G7 back the new climate fund?"
    leaders = ("Leaders of the other G7 members – Germany, France, Britain and Italy – issued a statement confirming "
               "their support for the climate fund.")
    assert {p.actor for p in suggested(fund, leaders).claims[0].positions} == {"DE", "FR", "GB", "IT"}


def test_a_country_that_will_not_say_where_it_stands_takes_no_side() -> None:
    question = "Should tin producers curb their exports?"
    text = "Portugal's foreign minister wouldn't categorize his country's position on the proposed quotas."
    found = suggested(question, text).claims[0].position_for("PT")
    assert found is not None and (found.stance, found.cue) == (0, "Portugal … wouldn't categorize")


def test_without_a_line_backing_the_one_asked_to_give_way_is_against_the_measure() -> None:
    # a vote "in support of" the country asked to hand something back backs its refusal
    question = "Should Spain return the disputed islets to Morocco?"
    brief = suggested(question, "Only Portugal, Italy and Greece voted in support of Spain at the assembly on Monday.")
    signs = {p.actor: p.stance for p in brief.claims[0].positions}
    assert signs and all(v == -1 for k, v in signs.items() if k in ("PT", "IT", "GR")), signs
    # but backing it in doing the measure is for the measure
    brief = suggested(question, "India was among the countries voting in support of Spain returning the islets.")
    assert all(p.stance != -1 for p in brief.claims[0].positions if p.actor == "IN")


def test_without_a_line_the_one_asked_to_undo_its_own_doing_resists() -> None:
    # asked to lift its own ban, the country's account of why it stands is no step toward lifting it
    question = "Should Japan lift its ban on American beef imports?"
    text = "Japan's farm ministry said inspectors had found spinal bones in a shipment from Kansas."
    found = suggested(question, text)
    assert [(p.actor, p.stance) for p in found.claims[0].positions] == [("JP", -1)]
    # a step toward it is not
    found = suggested(question, "Japan's farm ministry said it was ready for talks with Washington next month.")
    assert [(p.actor, p.stance) for p in found.claims[0].positions] == [("JP", 1)]
    # nor is a ceasefire asked of one side: it stops nothing named
    question = "Should Israel agree to a ceasefire in Gaza?"
    found = suggested(question, "Israeli officials said they had received the text.")
    assert [(p.actor, p.stance) for p in found.claims[0].positions] == [("IL", 1)]
