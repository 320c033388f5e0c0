"""Open formats: CSV, matrix, Markdown, and a W3C Web Annotation round trip that loses nothing a brief needs."""

from __future__ import annotations

import copy
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import storage
from briefing.analysis import aggregate
from briefing.formats import export
from briefing.formats.w3c import CONTEXT, import_annotations, to_w3c
from briefing.model import Brief, admiralty_grade

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample.brief.json"


def _sample() -> Brief:
    return storage.load(SAMPLE)


def _bare(brief: Brief) -> Brief:
    """The same sources with no claims: what a colleague has before reading the annotations back."""
    out = copy.deepcopy(brief)
    out.claims = []
    return out


def _claims(brief: Brief) -> list[tuple[object, ...]]:
    return sorted(
        (
            c.source,
            c.start,
            c.end,
            c.text,
            c.speaker,
            c.event_date,
            c.credibility,
            c.key,
            c.note,
            tuple(c.tags),
            tuple(sorted(c.rejected)),
            tuple(sorted((p.actor, p.stance, p.origin, p.cue, p.confidence, p.speaker) for p in c.positions)),
        )
        for c in brief.claims
    )


def test_csv_has_a_row_per_claim_and_position() -> None:
    brief = _sample()
    rows = list(csv.DictReader(io.StringIO(export(brief, "csv").decode())))
    expected = sum(max(1, len(c.positions)) for c in brief.claims)
    assert len(rows) == expected
    claim = next(c for c in brief.claims if c.position_for("DE"))
    position = claim.position_for("DE")
    assert position is not None
    src = brief.source(claim.source)
    assert src is not None
    de = next(r for r in rows if r["country"] == "DE")
    assert (de["claim"], de["stance"], de["origin"]) == (claim.id, str(position.stance), position.origin)
    assert de["stance_label"] == brief.info.stance_level(position.stance).label
    assert de["grade"] == admiralty_grade(src.reliability, claim.credibility) and de["event_date"] == claim.event_date


def test_matrix_has_a_row_per_country() -> None:
    brief = _sample()
    brief.claims[1].positions[0].origin = "suggested"  # one country resting on a suggestion only
    rows = list(csv.DictReader(io.StringIO(export(brief, "matrix").decode())))
    by = {r["country"]: r for r in rows}
    stances = aggregate(brief)
    assert list(by) == [a.actor for a in stances]
    for a in stances:
        row = by[a.actor]
        assert (row["stance"], row["claims"]) == (str(a.stance), str(len({e.claim.id for e in a.evidence})))
        assert row["reviewed"] == ("" if a.unreviewed else "yes")
    assert "" in {r["reviewed"] for r in rows} and "yes" in {r["reviewed"] for r in rows}


def test_markdown_carries_the_brief() -> None:
    text = export(_sample(), "md").decode()
    assert text.startswith("**UNCLASSIFIED**")
    assert "# Allies split on shooting down Russian aircraft" in text
    assert "| **DE** Germany | Restraint |" in text and "## Sources" in text


def test_w3c_round_trip_loses_nothing_a_brief_needs() -> None:
    brief = _sample()
    doc = json.loads(json.dumps(to_w3c(brief)))
    assert doc["@context"] == CONTEXT
    items = doc["first"]["items"]
    assert len(items) == len(brief.claims)
    selectors = {s["type"] for s in items[1]["target"]["selector"]}
    assert selectors == {"TextQuoteSelector", "TextPositionSelector"}
    back = _bare(brief)
    report = import_annotations(back, doc)
    assert report.orphaned == [] and {a.how for a in report.attached} == {"position"}
    assert _claims(back) == _claims(brief)
    storage.loads(storage.dumps(back))


def test_w3c_reanchors_on_edited_text_and_orphans_what_is_gone() -> None:
    brief = _sample()
    doc = to_w3c(brief)
    src = brief.sources[0]
    de = next(c for c in brief.claims if c.position_for("DE"))
    hu = next(c for c in brief.claims if c.position_for("HU"))
    edited = copy.deepcopy(brief)
    # The colleague's copy: a paragraph added at the top (every offset moves), a typo fixed in the German
    # claim (only a fuzzy match finds it), and the Hungarian sentence rewritten into a look-alike.
    new_hu = hu.text.replace("Hungary declined to comment", "Hungary said it would comment later")
    text = "Updated at 14:00 with reactions from allied capitals.\n\n" + src.text
    text = text.replace(de.text, de.text.replace("Russian aircraft", "Russian aircrafts")).replace(hu.text, new_hu)
    edited.sources[0].text = text
    edited.sources[0].sha256 = ""
    edited.sources[0].url = ""  # the target is found by its title, then its text
    edited = storage.loads(storage.dumps(_bare(edited)).replace(edited.sources[0].sha256, ""))
    report = import_annotations(edited, doc)
    assert [o.exact for o in report.orphaned] == [hu.text]
    how = {a.annotation.rsplit(":", 1)[1]: a.how for a in report.attached}
    assert how[de.id] == "fuzzy"
    s1 = {c.id for c in brief.claims if c.source == src.id}
    assert all(h == "quote" for c, h in how.items() if c in s1 and c != de.id)  # offsets moved, quote found
    assert all(h == "position" for c, h in how.items() if c not in s1)  # the other source was not edited
    moved_de = next(c for c in edited.claims if c.position_for("DE"))
    assert moved_de.text == de.text.replace("Russian aircraft", "Russian aircrafts")
    assert edited.sources[0].text[moved_de.start : moved_de.end] == moved_de.text
    assert not any(c.position_for("HU") for c in edited.claims)  # never put on the look-alike
    assert len(edited.claims) == len(brief.claims) - 1


def test_cli_export_formats_and_import_annotations(tmp_path: Path) -> None:
    for fmt, suffix in (("csv", "csv"), ("matrix", "csv"), ("md", "md"), ("w3c", "jsonld")):
        out = tmp_path / f"out-{fmt}.{suffix}"
        done = subprocess.run(
            [sys.executable, "-m", "briefing", "export", str(SAMPLE), "--format", fmt, "-o", str(out)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert out.stat().st_size > 100
    bare = tmp_path / "bare.brief.json"
    storage.save(_bare(_sample()), bare)
    done = subprocess.run(
        [sys.executable, "-m", "briefing", "import-annotations", str(bare), str(tmp_path / "out-w3c.jsonld")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "attached 12 annotations" in done.stdout
    assert _claims(storage.load(bare)) == _claims(_sample())
    (tmp_path / "bad.jsonld").write_text("{not json", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "briefing", "import-annotations", str(bare), str(tmp_path / "bad.jsonld")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1 and "not JSON" in done.stderr and "Traceback" not in done.stderr


def test_fuzzy_anchoring_never_changes_a_number_or_guesses_a_short_quote() -> None:
    from briefing.formats.anchoring import Anchor, Orphan, anchor

    text = "Intro. Officials said 150 soldiers crossed the border on Friday night. Then 2 diggs Video."
    moved = anchor(text, "Officials said 150 soldiers crosed the border on Friday night.", "Intro. ", " Then")
    assert isinstance(moved, Anchor) and moved.how == "fuzzy"
    assert isinstance(
        anchor(text, "Officials said 160 soldiers crossed the border on Friday night.", "Intro. "), Orphan
    )
    assert isinstance(anchor(text, "4 diggs Video.", "Then "), Orphan)


WORDS = [
    "Germany",
    "warned",
    "allies",
    "against",
    "escalation",
    "Poland",
    "urged",
    "a",
    "firm",
    "response",
    "on",
    "Friday",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.lists(st.sampled_from(WORDS), min_size=1, max_size=12),
            st.lists(st.tuples(st.sampled_from(["DE", "PL", "FR"]), st.integers(-2, 2), st.booleans()), max_size=3),
            st.booleans(),
            st.sampled_from([None, 1, 3, 6]),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_any_brief_survives_the_w3c_round_trip(sentences: list) -> None:
    from briefing.model import Claim, Position, Source

    text, spans = "", []
    for words, *_ in sentences:
        start = len(text)
        text += " ".join(words) + ". "
        spans.append((start, len(text) - 1))
    brief = Brief(sources=[Source("S1", outlet="O", text=text)])
    for n, ((start, end), (_, positions, key, credibility)) in enumerate(zip(spans, sentences), 1):
        claim = Claim(f"C{n}", "S1", start, end, text[start:end], key=key, credibility=credibility)
        for actor, stance, suggested in dict((p[0], p) for p in positions).values():
            claim.positions.append(Position(actor, stance, "suggested" if suggested else "analyst"))
        brief.claims.append(claim)
    back = _bare(brief)
    report = import_annotations(back, json.loads(json.dumps(to_w3c(brief))))
    assert report.orphaned == []
    assert _claims(back) == _claims(brief)
