"""A country added to a claim before its stance is chosen has no stance ("stance": null): it is kept in the file,
counted nowhere and never printed as a 0 nobody chose. And one grade rule for an ungraded claim everywhere."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path

import jsonschema
import pytest
from pypdf import PdfReader

from briefing import storage
from briefing.analysis import aggregate, evidence_by_actor, silent
from briefing.assets import sample_brief_path
from briefing.editing import with_position
from briefing.errors import InvalidBriefError
from briefing.formats import export
from briefing.model import UNGRADED, Brief, admiralty_grade
from briefing.pdf import render_brief

ROOT = Path(__file__).resolve().parents[2]


def sample_with_unset_turkey() -> Brief:
    brief = storage.load(sample_brief_path())
    c1 = brief.claim("C1")
    assert c1 is not None and c1.positions == []
    brief.claims[brief.claims.index(c1)] = with_position(c1, "TR", None)
    return brief


def test_unset_stance_round_trips_as_null_and_validates(tmp_path: Path) -> None:
    brief = sample_with_unset_turkey()
    path = tmp_path / "b.brief.json"
    storage.save(brief, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    c1 = next(c for c in data["claims"] if c["id"] == "C1")
    assert c1["positions"][0]["actor"] == "TR" and c1["positions"][0]["stance"] is None
    schema = json.loads((ROOT / "resources" / "brief.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    again = storage.load(path)
    position = again.claim("C1").positions[0]  # type: ignore[union-attr]
    assert (position.actor, position.stance, position.origin) == ("TR", None, "analyst")


def test_a_missing_stance_is_still_an_error(tmp_path: Path) -> None:
    brief = sample_with_unset_turkey()
    path = tmp_path / "b.brief.json"
    storage.save(brief, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    c1 = next(c for c in data["claims"] if c["id"] == "C1")
    del c1["positions"][0]["stance"]
    path.write_text(json.dumps(data), encoding="utf-8")
    problems = [str(p) for p in storage.validate_file(path)]
    assert any("positions[0].stance" in p and "missing" in p for p in problems), problems
    with pytest.raises(InvalidBriefError):
        storage.load(path)


def test_unset_stance_is_not_evidence_and_does_not_pull_the_aggregate_to_zero() -> None:
    brief = sample_with_unset_turkey()
    c7 = brief.claim("C7")
    assert c7 is not None
    brief.claims[brief.claims.index(c7)] = with_position(c7, "TR", 2)
    stances = {s.actor: s for s in aggregate(brief)}
    assert stances["TR"].stance == 2  # counting the unset one as 0 would give +1
    assert [e.claim.id for e in stances["TR"].evidence] == ["C7"]
    assert all(e.position.stance is not None for ev in evidence_by_actor(brief).values() for e in ev)


def test_the_page_does_not_show_a_stance_nobody_chose() -> None:
    brief = sample_with_unset_turkey()
    assert "TR" not in {s.actor for s in aggregate(brief)}
    assert "TR" in silent(brief)  # on the roster, with no stated position
    no_roster = copy.deepcopy(brief)
    no_roster.info.roster = []
    text = PdfReader(io.BytesIO(render_brief(no_roster).pdf)).pages[0].extract_text()
    assert "Türkiye" not in text and "TR" not in text.split()


def test_exports_say_stance_not_set() -> None:
    brief = sample_with_unset_turkey()
    csv_text = export(brief, "csv").decode("utf-8")
    row = next(line for line in csv_text.splitlines() if line.startswith("C1,") and ",TR," in line)
    assert "stance not set" in row and ",0," not in row


def test_one_grade_rule_for_an_ungraded_claim() -> None:
    assert admiralty_grade("B", None) == f"B{UNGRADED}" == "B\u2013"
    assert admiralty_grade("C", 2) == "C2"
    brief = storage.load(sample_brief_path())
    for claim in brief.claims:
        claim.credibility = None
    graded = {e.grade for ev in evidence_by_actor(brief).values() for e in ev}
    assert graded <= {"B\u2013", "C\u2013"}
    text = PdfReader(io.BytesIO(render_brief(brief).pdf)).pages[0].extract_text()
    assert "B\u2013" in text and "B6" not in text
