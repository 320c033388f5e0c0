"""Desks of several analysts: merge and curation, agreement figures, timelines, corroboration."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import small_brief

from briefing import storage
from briefing.model import Brief, Claim, Position, Source
from briefing.team.agreement import MIN_ITEMS, agreement, cohen_kappa, krippendorff_alpha
from briefing.team.corroboration import accept, corroborate
from briefing.team.merge import merge_two, settle_all, settle_claim
from briefing.team.timeline import moves, timeline

# -- merge and curation --------------------------------------------------------------------------------------


def _conflicting() -> tuple[Brief, Brief]:
    mine = small_brief()
    theirs = copy.deepcopy(mine)
    theirs.claims[0].positions[0] = Position("DE", 1)  # mine says DE -1 on C1
    mine.claims[1].positions = [Position("PL", 2)]
    theirs.claims[1].positions = []
    theirs.claims[1].rejected = ["PL"]  # theirs: PL takes no position in C2
    return mine, theirs


def test_merge_lists_every_disagreement_with_claim_and_country() -> None:
    mine, theirs = _conflicting()
    result = merge_two(mine, theirs)
    found = {(d.claim_id, d.actor, d.mine, d.theirs) for d in result.disagreements}
    assert found == {("C1", "DE", -1, 1), ("C2", "PL", 2, None)}
    line = next(d for d in result.disagreements if d.actor == "DE").describe({-1: "Restraint", 1: "Firm response"})
    assert "C1" in line and "Germany warned" in line and "Restraint" in line and "Firm response" in line


@pytest.mark.parametrize(
    ("choice", "de", "pl"),
    [("mine", [-1], [2]), ("theirs", [1], []), ("both", [-1, 1], [2]), ("open", [-1], [2])],
)
def test_each_choice_settles_the_conflict(choice: str, de: list[int], pl: list[int]) -> None:
    mine, theirs = _conflicting()
    merged = settle_all(merge_two(mine, theirs), choice)
    stances = {
        actor: sorted(p.stance for c in merged.claims for p in c.positions if p.actor == actor)
        for actor in ("DE", "PL")
    }
    assert stances == {"DE": de, "PL": pl}
    storage.loads(storage.dumps(merged))  # still a valid file
    c1 = merged.claims[0]
    if choice == "open":
        assert "disputed" in c1.tags and "Open disagreement on DE" in c1.note
    else:
        assert "disputed" not in c1.tags and "Open disagreement" not in c1.note
    if choice == "theirs":
        assert "PL" in merged.claims[1].rejected
    if choice == "both":
        second = [c for c in merged.claims if c.start == 0 and c.id != "C1"]
        assert len(second) == 1 and second[0].text == c1.text and "Second reading of C1" in second[0].note


def test_settling_is_copy_on_write_and_open_then_mine_clears_the_mark() -> None:
    mine, theirs = _conflicting()
    result = merge_two(mine, theirs)
    d = result.disagreements[0]
    claim = result.brief.claims[0]
    opened = settle_claim(claim, d, "open")[0]
    assert "disputed" in opened.tags and "disputed" not in claim.tags
    kept = settle_claim(opened, d, "mine")[0]
    assert kept.note == "" and "disputed" not in kept.tags


def test_cli_merge_prints_disagreements_and_takes_prefer(tmp_path: Path) -> None:
    mine, theirs = _conflicting()
    a, b, out = tmp_path / "a.brief.json", tmp_path / "b.brief.json", tmp_path / "m.brief.json"
    storage.save(mine, a)
    storage.save(theirs, b)
    run = [sys.executable, "-m", "briefing", "merge", str(a), str(b), "-o", str(out), "--prefer", "theirs"]
    done = subprocess.run(run, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "C1" in done.stdout and "DE" in done.stdout and "Germany warned against it" in done.stdout
    assert storage.load(out).claims[0].positions[0].stance == 1


def test_a_colleagues_copy_of_the_same_article_is_one_source() -> None:
    mine = small_brief()
    theirs = copy.deepcopy(mine)
    theirs.sources[0].id = "S7"
    theirs.sources[0].title = "Their title for it"
    for c in theirs.claims:
        c.source = "S7"
    result = merge_two(mine, theirs)
    assert len(result.brief.sources) == 1 and len(result.brief.claims) == 2


# -- agreement -----------------------------------------------------------------------------------------------


def _coder(stances: list[dict[str, int]]) -> Brief:
    text = " ".join(f"Sentence {i}." for i in range(len(stances)))
    brief = Brief(sources=[Source("S1", text=text)])
    pos = 0
    for i, held in enumerate(stances):
        sentence = f"Sentence {i}."
        claim = Claim(f"C{i + 1}", "S1", pos, pos + len(sentence), sentence)
        claim.positions = [Position(actor, stance) for actor, stance in held.items()]
        if not held:
            claim.rejected = ["FR"]  # coded: nobody holds a position here
        brief.claims.append(claim)
        pos += len(sentence) + 1
    return brief


def test_agreement_figures_match_hand_computed_values() -> None:
    a = _coder([{"DE": 1}, {"DE": 0}, {"DE": 1, "PL": 2}, {"DE": -1}, {}])
    b = _coder([{"DE": 1}, {"DE": 0}, {"DE": 0}, {"DE": -1, "PL": 1}, {}])
    result = agreement(a, b)
    assert result.both_coded == 5
    # who holds a position: items (C1,DE) (C2,DE) (C3,DE) (C3,PL) (C4,DE) (C4,PL) -> 4 of 6 agree
    assert (result.overall.holder_agreed, result.overall.holder_items) == (4, 6)
    # stance pairs: (1,1) (0,0) (1,0) (-1,-1). Observed 3/4; A's marginals 1:2 0:1 -1:1, B's 1:1 0:2 -1:1,
    # expected (2*1 + 1*2 + 1*1)/16 = 5/16; kappa = (3/4 - 5/16) / (11/16) = 7/11.
    assert result.overall.kappa == pytest.approx(7 / 11)
    # Krippendorff, ordinal: values -1:2 0:3 1:3 (n=8). delta(0,1) = (3+3 - 3)^2 = 9, delta(-1,0) = 2.5^2,
    # delta(-1,1) = (2+3+3 - 2.5)^2 = 5.5^2. D_o = 2*9/8; D_e = 2*(6*6.25 + 6*30.25 + 9*9)/(8*7) = 600/56.
    assert result.overall.alpha == pytest.approx(1 - (18 / 8) / (600 / 56))
    assert result.by_country["PL"].holder_items == 2 and result.by_country["PL"].holder_agreed == 0
    assert result.overall.too_few and any("too few items" in line for line in result.lines())
    assert {(d.claim_id, d.actor) for d in result.disagreements} == {("C3", "DE"), ("C3", "PL"), ("C4", "PL")}


def test_enough_items_drop_the_warning_and_unanimity_is_undefined() -> None:
    pairs = [(1, 1)] * MIN_ITEMS
    assert cohen_kappa(pairs) is None and krippendorff_alpha(pairs, [-2, -1, 0, 1, 2]) is None
    a = _coder([{"DE": i % 3 - 1} for i in range(12)])
    b = _coder([{"DE": i % 3 - 1} for i in range(12)])
    result = agreement(a, b)
    assert result.overall.kappa == pytest.approx(1.0) and result.overall.alpha == pytest.approx(1.0)
    assert not result.overall.too_few


def test_cli_agree_prints_figures(tmp_path: Path) -> None:
    a, b = tmp_path / "a.brief.json", tmp_path / "b.brief.json"
    storage.save(_coder([{"DE": 1}, {"DE": 0}]), a)
    storage.save(_coder([{"DE": 1}, {"DE": 1}]), b)
    done = subprocess.run(
        [sys.executable, "-m", "briefing", "agree", str(a), str(b)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "kappa" in done.stdout and "alpha" in done.stdout and "too few items" in done.stdout


# -- timeline ------------------------------------------------------------------------------------------------


def _dated(stances: list[tuple[str, int]], actor: str = "DE") -> Brief:
    brief = Brief(sources=[Source("S1", text="x" * 200, published="2025-09-25")])
    for i, (day, stance) in enumerate(stances):
        brief.claims.append(
            Claim(f"C{i + 1}", "S1", i, i + 1, "x", event_date=day, positions=[Position(actor, stance)])
        )
    return brief


def test_timeline_of_a_country_that_moved() -> None:
    brief = _dated([("2025-09-19", 1), ("2025-09-20", 1), ("2025-09-23", -1), ("2025-09-24", -1)])
    line = timeline(brief, "DE")
    assert [p.stance for p in line.points] == [1, 1, -1, -1]
    found = moves(brief)
    assert len(found) == 1
    labels = {level.value: level.label for level in brief.info.stance_scale}
    assert found[0].note(labels) == "DE: restraint since 23 Sep; firm response before"


def test_the_page_says_where_a_country_moved() -> None:
    import io

    from pypdf import PdfReader

    from briefing.pdf import render_brief

    brief = _dated([("2025-09-19", 1), ("2025-09-20", 1), ("2025-09-23", -1), ("2025-09-24", -1)])
    for c in brief.claims:
        c.text = brief.sources[0].text[c.start : c.end]
    text = PdfReader(io.BytesIO(render_brief(brief, deterministic=True).pdf)).pages[0].extract_text()
    assert "DE: restraint since 23 Sep; firm response before" in " ".join(text.split())


def test_a_steady_country_and_a_small_step_are_not_moves() -> None:
    assert moves(_dated([("2025-09-19", -1), ("2025-09-23", -1)])) == []
    assert moves(_dated([("2025-09-19", 2), ("2025-09-23", 1)])) == []


def test_undated_claims_use_the_publication_date() -> None:
    brief = _dated([("", 1)])
    assert timeline(brief, "DE").points[0].date == "2025-09-25"


# -- corroboration -------------------------------------------------------------------------------------------

WIRE = (
    "Germany warned on Tuesday against shooting down Russian aircraft, saying the step could escalate a "
    "confrontation that NATO does not control, according to officials in Berlin who spoke to reporters."
)
OTHER = "In Berlin, the defence minister urged allies to keep calm and avoid any step that could escalate matters."


def _corroborated(second_text: str, second_outlet: str) -> Brief:
    brief = Brief(
        sources=[
            Source("S1", outlet="Wire A", text=WIRE, reliability="B"),
            Source("S2", outlet=second_outlet, text=second_text, reliability="C"),
        ]
    )
    brief.claims = [
        Claim("C1", "S1", 0, len(WIRE), WIRE, credibility=3, positions=[Position("DE", -1)]),
        Claim("C2", "S2", 0, len(second_text), second_text, positions=[Position("DE", -1)]),
    ]
    return brief


def test_independent_sources_propose_confirmed() -> None:
    brief = _corroborated(OTHER, "Paper B")
    found = corroborate(brief)
    assert {(p.claim_id, p.proposed) for p in found.proposals} == {("C1", 1), ("C2", 1)}
    assert accept(brief, found.proposals) == 2 and brief.claims[0].credibility == 1


def test_syndicated_copies_count_once() -> None:
    copy_text = "BERLIN (Wire A) - " + WIRE + " Reporting by staff."
    brief = _corroborated(copy_text, "Paper B")
    found = corroborate(brief)
    assert found.proposals == [] and found.copies() == [["S1", "S2"]]
    same_outlet = _corroborated(OTHER, "wire a")
    assert corroborate(same_outlet).proposals == []


def test_contradicting_sources_are_flagged() -> None:
    brief = _corroborated(OTHER, "Paper B")
    brief.claims[1].positions = [Position("DE", 1)]
    found = corroborate(brief)
    assert found.proposals == []
    assert [c.actor for c in found.contradictions] == ["DE"]
    assert "contradict" in found.lines()[0]


def test_a_colleagues_copy_with_other_spacing_and_a_fixed_typo_is_one_source() -> None:
    mine = small_brief()
    theirs = copy.deepcopy(mine)
    text = "Germany  warned against it.\nPoland threatened to act."  # spacing differs: offsets move
    theirs.sources[0] = Source("S1", title="T", outlet="O", text=text, reliability="B")
    theirs.claims[0] = Claim("C1", "S1", 0, 27, text[0:27], positions=[Position("DE", 1)])
    theirs.claims[1] = Claim("C2", "S1", 28, len(text), text[28:], positions=[Position("PL", 2)])
    result = merge_two(mine, theirs)
    assert len(result.brief.sources) == 1 and len(result.brief.claims) == 2
    assert [(d.claim_id, d.actor, d.mine, d.theirs) for d in result.disagreements] == [("C1", "DE", -1, 1)]
    assert result.brief.claims[1].position_for("PL").origin == "analyst"  # their review replaced my suggestion
    assert agreement(mine, theirs).both_coded == 1  # C2 is not coded in mine (a suggestion only)


def test_fields_both_filled_differently_are_listed_not_dropped() -> None:
    mine = small_brief()
    theirs = copy.deepcopy(mine)
    mine.info.bluf, theirs.info.bluf = "Split.", "United."
    mine.claims[0].credibility, theirs.claims[0].credibility = 2, 4
    kept = merge_two(mine, theirs).kept
    assert any("brief.bluf" in line and "United." in line for line in kept)
    assert "C1 credibility: kept mine (2); file 2 says 4" in kept


def test_a_country_with_no_stance_chosen_takes_the_colleagues_stance_without_a_disagreement() -> None:
    mine = small_brief()
    theirs = copy.deepcopy(mine)
    mine.claims[0].positions = [Position("DE", None)]
    result = merge_two(mine, theirs)
    assert result.disagreements == [] and result.brief.claims[0].positions[0].stance == -1
    result = merge_two(theirs, mine)  # the other way round: theirs has not chosen, mine is kept
    assert result.disagreements == [] and result.brief.claims[0].positions[0].stance == -1
