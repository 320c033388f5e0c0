"""The .brief.json format: round trips, validation with JSON paths, migration, atomic saves."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from helpers import small_brief
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import storage
from briefing.errors import InvalidBriefError, SaveError
from briefing.fileio import atomic_write, backup_path


def test_sample_round_trips_to_the_same_bytes(sample_path: Path, tmp_path: Path) -> None:
    original = sample_path.read_bytes()
    brief = storage.load(sample_path)
    out = tmp_path / "again.brief.json"
    storage.save(brief, out)
    assert out.read_bytes() == original


def test_saved_file_is_indented_utf8_with_stable_key_order(tmp_path: Path) -> None:
    path = tmp_path / "t.brief.json"
    brief = small_brief()
    brief.sources[0].title = "Türkiye — Зеленський"
    storage.save(brief, path)
    text = path.read_text(encoding="utf-8")
    assert "Türkiye — Зеленський" in text  # not \u escapes
    assert text.startswith('{\n  "format": "briefing",\n  "version": 1,\n  "brief": {\n    "title"')
    data = json.loads(text)
    assert list(data["claims"][0])[:5] == ["id", "source", "start", "end", "text"]


def test_unknown_fields_are_kept_at_every_level(tmp_path: Path) -> None:
    data = storage.to_data(small_brief())
    data["x_top"] = {"a": 1}
    data["brief"]["x_brief"] = [1, 2]
    data["sources"][0]["x_source"] = "kept"
    data["claims"][0]["x_claim"] = True
    data["claims"][0]["positions"][0]["x_position"] = None
    path = tmp_path / "u.brief.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    brief = storage.load(path)
    storage.save(brief, path)
    again = json.loads(path.read_text(encoding="utf-8"))
    assert again["x_top"] == {"a": 1}
    assert again["brief"]["x_brief"] == [1, 2]
    assert again["sources"][0]["x_source"] == "kept"
    assert again["claims"][0]["x_claim"] is True
    assert "x_position" in again["claims"][0]["positions"][0]


def test_future_version_is_refused_clearly() -> None:
    data = storage.to_data(small_brief())
    data["version"] = 7
    with pytest.raises(InvalidBriefError) as err:
        storage.from_data(data)
    assert "version" in str(err.value) and "newer" in str(err.value)


def test_version_0_is_migrated() -> None:
    data = storage.to_data(small_brief())
    data["version"] = 0
    for claim in data["claims"]:
        claim["countries"] = {p["actor"]: p["stance"] for p in claim.pop("positions")}
    brief = storage.from_data(data)
    assert [(p.actor, p.stance, p.origin) for p in brief.claims[0].positions] == [("DE", -1, "analyst")]
    assert storage.to_data(brief)["version"] == 1


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["claims"][1]["positions"][0].update(stance=7),
            "claims[1].positions[0].stance: 7 is outside -2..2",
        ),
        (lambda d: d["claims"][0].update(id="C2"), "claims[1].id: 'C2' is used by another claim too"),
        (lambda d: d["sources"].append(dict(d["sources"][0])), "sources[1].id: 'S1' is used by another source too"),
        (lambda d: d["claims"][0].update(end=999), "claims[0].end: 999 is past the end of source S1's text"),
        (
            lambda d: d["claims"][0].update(text="Germany praised it."),
            "claims[0].text: does not match source S1's text",
        ),
        (lambda d: d["claims"][0].update(source="S9"), "claims[0].source: no source has the id 'S9'"),
        (
            lambda d: d["claims"][0].update(start="zero"),
            "claims[0].start: expected a whole number, found the text 'zero'",
        ),
        (lambda d: d["claims"][0].update(credibility=9), "claims[0].credibility: 9 is outside 1..6"),
        (lambda d: d["sources"][0].update(reliability="Q"), "sources[0].reliability: 'Q' is not a reliability grade"),
        (lambda d: d["sources"][0].update(text="changed"), "sources[0].sha256: does not match the text"),
        (
            lambda d: d["claims"][0]["positions"][0].update(actor="germany"),
            "claims[0].positions[0].actor: 'germany' is not an actor code",
        ),
        (
            lambda d: d["claims"][0]["positions"][0].update(origin="robot"),
            "claims[0].positions[0].origin: 'robot' is not one of",
        ),
        (lambda d: d["brief"].update(page_size="A5"), "brief.page_size: 'A5' is not one of A4, Letter"),
        (lambda d: d["brief"].update(date="24/09/2025"), "brief.date: '24/09/2025' is not an ISO 8601 date"),
        (
            lambda d: d["brief"]["stance_scale"].pop(),
            "brief.stance_scale: needs exactly one entry for each value -2..2",
        ),
        (
            lambda d: d["brief"].update(overrides={"DE": {"stance": -3}}),
            "brief.overrides.DE.stance: -3 is outside -2..2",
        ),
        (lambda d: d.update(claims={}), "claims: expected a list, found an object"),
        (lambda d: d.update(format="other"), "format: 'other', expected 'briefing'"),
    ],
)
def test_validation_names_the_problem_and_its_path(change, expected: str) -> None:  # type: ignore[no-untyped-def]
    data = storage.to_data(small_brief())
    change(data)
    with pytest.raises(InvalidBriefError) as err:
        storage.from_data(data)
    assert any(str(p).startswith(expected) for p in err.value.problems), [str(p) for p in err.value.problems]


def test_all_problems_are_reported_at_once() -> None:
    data = storage.to_data(small_brief())
    data["claims"][0]["positions"][0]["stance"] = 5
    data["claims"][1]["credibility"] = 0
    with pytest.raises(InvalidBriefError) as err:
        storage.from_data(data)
    assert len(err.value.problems) == 2


def test_save_keeps_the_previous_file_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "b.brief.json"
    brief = small_brief()
    storage.save(brief, path)
    first = path.read_bytes()
    brief.info.title = "Second"
    storage.save(brief, path)
    assert backup_path(path).read_bytes() == first
    assert storage.load(path).info.title == "Second"


@pytest.mark.parametrize("failing", ["fsync", "replace", "write"])
def test_failed_save_leaves_the_old_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str) -> None:
    path = tmp_path / "b.brief.json"
    storage.save(small_brief(), path)
    before = path.read_bytes()

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    if failing == "write":
        monkeypatch.setattr("briefing.fileio.os.fdopen", lambda *a, **k: _FullDisk())
    else:
        monkeypatch.setattr(f"briefing.fileio.os.{failing}", boom)
    brief = small_brief()
    brief.info.title = "Never written"
    with pytest.raises(SaveError, match=r"No space left on device.*previous file is unchanged"):
        storage.save(brief, path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


class _FullDisk:
    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def write(self, data: bytes) -> int:
        raise OSError(28, "No space left on device")


def test_save_into_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="does not exist"):
        atomic_write(tmp_path / "nope" / "x.brief.json", b"{}")


def test_loads_rejects_deep_nesting_without_crashing() -> None:
    with pytest.raises(InvalidBriefError, match=r"not valid JSON|nested"):
        storage.loads("[" * 100000 + "]" * 100000)


def test_save_preserves_file_mode(tmp_path: Path) -> None:
    path = tmp_path / "m.brief.json"
    storage.save(small_brief(), path)
    os.chmod(path, 0o640)
    storage.save(small_brief(), path)
    assert oct(path.stat().st_mode & 0o777) == "0o640"


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    path = tmp_path / "new.brief.json"
    storage.save(small_brief(), path)
    mask = os.umask(0o022)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask


def test_a_lone_surrogate_escape_is_refused_not_saved_broken() -> None:
    data = storage.to_data(small_brief())
    data["claims"][0]["note"] = "\ud800 half an emoji"
    with pytest.raises(InvalidBriefError, match=r"claims\[0\]\.note: contains an invalid character"):
        storage.loads(json.dumps(data))
    data["claims"][0]["note"] = "a whole one: \U0001f600"
    assert storage.loads(json.dumps(data)).claims[0].note.endswith("\U0001f600")


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
    confidence=st.floats(min_value=0, max_value=1),
    extra=st.dictionaries(
        st.text(min_size=1, max_size=8).filter(lambda k: k not in {"id", "source", "start", "end", "text"}),
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(-(2**53), 2**53),
            st.floats(allow_nan=False, allow_infinity=False),
            st.text(max_size=10),
        ),
        max_size=3,
    ),
)
def test_the_file_text_is_what_the_json_module_writes(text: str, confidence: float, extra: dict[str, object]) -> None:
    """The fast writer gives byte for byte what json.dumps(indent=2, ensure_ascii=False) gives, whatever the text."""
    from briefing.model import Brief, Claim, Position, Source

    brief = Brief()
    brief.info.title = text
    brief.sources.append(Source("S1", title=text, text=text + " x", reliability="B"))
    claim = Claim("C1", "S1", 0, len(text) + 2, text + " x", note=text)
    claim.positions.append(Position("DE", -1, confidence=confidence))
    claim.extra.update(extra)
    brief.claims.append(claim)
    expected = json.dumps(storage.to_data(brief), ensure_ascii=False, indent=2) + "\n"
    assert storage.dumps(brief) == expected
