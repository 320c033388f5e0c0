"""Tradecraft: the basis quote, the check before export, ICD 203 language, the first draft, and retracted sources."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing import storage
from briefing.analysis import aggregate
from briefing.assets import resource, sample_brief_path
from briefing.model import Brief, Claim, Position, Source
from briefing.pdf import render_brief
from briefing.tradecraft import basis_quote, check_brief, claim_quote, draft_brief, drafted_fields
from briefing.tradecraft.icd203 import load_terms
from briefing.tradecraft.sources import roster_in_question, set_reliability

# Two clauses about different countries: a cut at a fixed length shows the second group the first one's words.
LONG = (
    "Late on Wednesday, France cautioned against the dangers of firing on foreign drones near its borders, "
    "whereas the Canadian prime minister said he was ready for a much tougher response, supported by Poland "
    "and the Baltic states."
)


def _brief(**info: object) -> Brief:
    """A brief that passes every check; each test breaks one thing."""
    text = (
        "France cautioned against firing on the drones. Poland said it was ready to shoot them down. "
        "Poland's president repeated that threat."
    )
    other = "Polish officials confirmed the order to fire. French ministers again urged caution."
    brief = Brief()
    i = brief.info
    i.title, i.question = "Allies divided on drones", "Should allies shoot down drones over their territory?"
    i.bluf = "Allies are divided: Poland favours firing [S1]; France urges caution [S2]."
    i.assessment = "Poland is likely to keep its threat to fire [S1]."
    i.confidence = "Moderate confidence"
    i.outlook = ["Watch the next council statement."]
    i.analyst, i.date, i.roster = "A. Analyst", "2025-09-24", ["FR", "PL", "DE"]
    for key, value in info.items():
        setattr(i, key, value)
    brief.sources.append(Source(id="S1", title="Drones over the border", outlet="Wire", text=text, reliability="B"))
    brief.sources.append(Source(id="S2", title="Second report", outlet="Review", text=other, reliability="B"))
    a, b = text.index("Poland said"), text.index("Poland's president")
    brief.claims.append(
        Claim(
            "C1",
            "S1",
            0,
            a - 1,
            text[: a - 1],
            credibility=2,
            key=True,
            positions=[Position("FR", -1, cue="cautioned against")],
        )
    )
    brief.claims.append(
        Claim(
            "C2",
            "S1",
            a,
            b - 1,
            text[a : b - 1],
            credibility=2,
            key=True,
            positions=[Position("PL", 2, cue="ready to shoot")],
        )
    )
    brief.claims.append(
        Claim(
            "C3",
            "S2",
            0,
            other.index(" French"),
            other[: other.index(" French")],
            credibility=2,
            positions=[Position("PL", 2)],
        )
    )
    start = other.index("French")
    brief.claims.append(
        Claim("C4", "S2", start, len(other), other[start:], credibility=2, positions=[Position("FR", -1)])
    )
    return brief


def _messages(brief: Brief) -> list[str]:
    return [str(f) for f in check_brief(brief)]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True, timeout=120)


# -- 1. evidence that shows why --------------------------------------------------------------------------------------


def test_basis_quote_shows_the_words_that_place_the_country() -> None:
    claim = Claim(
        "C1",
        "S1",
        0,
        len(LONG),
        LONG,
        positions=[
            Position("FR", -1, cue="cautioned against"),
            Position("EE", 1, cue="supported by (what CA ready for)"),
        ],
    )
    estonia = basis_quote(claim, claim.positions[1], limit=115)
    assert "supported by Poland and the Baltic states" in estonia
    assert estonia.startswith("…") and len(estonia) <= 120
    france = basis_quote(claim, claim.positions[0], limit=115)
    assert "France cautioned against" in france and france.endswith("…") and "Baltic" not in france


def test_basis_quote_never_cuts_the_placing_words_even_when_short() -> None:
    claim = Claim("C1", "S1", 0, len(LONG), LONG, positions=[Position("EE", 1, cue="supported by")])
    assert "supported by Poland and the Baltic states" in basis_quote(claim, claim.positions[0], limit=30)


def test_basis_quote_never_stops_inside_a_quotation() -> None:
    text = (
        "On Friday, the Polish premier vowed to shoot down intruders and said there was “no room at all for any "
        "debate” on it."
    )
    claim = Claim("C1", "S1", 0, len(text), text, positions=[Position("PL", 2, cue="vowed to … shoot down")])
    for limit in (60, 80, 100, 115):
        quote = basis_quote(claim, claim.positions[0], limit=limit)
        assert quote.count("“") == quote.count("”"), quote
        assert "vowed to shoot down" in quote and not quote.endswith(" and…"), quote


def test_a_short_claim_is_quoted_whole() -> None:
    claim = Claim("C1", "S1", 0, 20, "France urged caution", positions=[Position("FR", -1)])
    assert basis_quote(claim, claim.positions[0]) == "France urged caution"
    assert claim_quote(claim) == "France urged caution"


def test_the_page_quotes_each_countrys_own_words() -> None:
    brief = Brief()
    brief.sources.append(Source(id="S1", text=LONG, reliability="B"))
    brief.claims.append(
        Claim(
            "C1",
            "S1",
            0,
            len(LONG),
            LONG,
            positions=[Position("FR", -1, cue="cautioned against"), Position("EE", 1, cue="supported by")],
        )
    )
    text = PdfReader(__import__("io").BytesIO(render_brief(brief).pdf)).pages[0].extract_text()
    estonia_row = next(line for line in text.splitlines() if "Estonia" in line)
    assert "supported by" in estonia_row or "supported by" in text.split("Estonia", 1)[1][:200]


# -- 2. the check before export ---------------------------------------------------------------------------------------


def test_a_finished_brief_has_nothing_to_say() -> None:
    assert _messages(_brief()) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda b: setattr(b.info, "bluf", ""), "brief.bluf: empty"),
        (lambda b: setattr(b.info, "assessment", ""), "brief.assessment: empty"),
        (lambda b: setattr(b.info, "outlook", []), "brief.outlook: empty"),
        (lambda b: setattr(b.info, "title", "Untitled brief"), "brief.title: empty"),
        (lambda b: [setattr(c, "key", False) for c in b.claims], "key_evidence: empty"),
        (lambda b: setattr(b.info, "roster", []), "brief.roster: empty"),
        (lambda b: setattr(b.info, "analyst", ""), "brief.analyst: empty"),
        (lambda b: setattr(b.info, "date", ""), "brief.date: empty"),
        (lambda b: setattr(b.info, "title", "Drones over the border!"), "brief.title: is the headline of S1"),
        (
            lambda b: (
                setattr(b.claims[1].positions[0], "origin", "suggested")
                or setattr(b.claims[2].positions[0], "origin", "suggested")
            ),
            "Poland: unreviewed suggestion on the page",
        ),
        (lambda b: setattr(b.sources[0], "reliability", "F"), "sources[S1].reliability: ungraded"),
        (lambda b: b.claims.pop(3), "France: rests on a single source (S1)"),
        (
            lambda b: [setattr(c, "credibility", 5) for c in b.claims if c.positions[0].actor == "FR"],
            "France: only evidence is graded B5",
        ),
        (lambda b: set_reliability(b.sources[1], "D"), "sources[S2].reliability: downgraded from B to D"),
    ],
)
def test_each_check_fires_on_a_brief_that_triggers_it(change, expected: str) -> None:  # type: ignore[no-untyped-def]
    brief = _brief()
    change(brief)
    assert any(expected in m for m in _messages(brief)), _messages(brief)


def test_a_claim_confirmed_elsewhere_is_not_single_source() -> None:
    brief = _brief()
    brief.claims.pop(3)
    brief.claims[0].credibility = 1  # Admiralty 1: confirmed by other sources
    assert not any("France" in m for m in _messages(brief))


def test_check_command_exit_codes(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.brief.json", tmp_path / "bad.brief.json"
    storage.save(_brief(), good)
    storage.save(_brief(bluf=""), bad)
    ok = run("check", str(good))
    assert ok.returncode == 0 and ok.stdout == ""
    result = run("check", str(bad))
    assert result.returncode == 1 and result.stdout.strip() == "brief.bluf: empty" and "Traceback" not in result.stderr


def test_the_sample_brief_passes_the_check() -> None:
    assert _messages(storage.load(sample_brief_path())) == []


def test_export_warns_and_still_exports(tmp_path: Path) -> None:
    path = tmp_path / "b.brief.json"
    storage.save(_brief(bluf=""), path)
    result = run("export", str(path), "-o", str(tmp_path / "b.pdf"))
    assert result.returncode == 0, result.stderr
    assert "warning: brief.bluf: empty" in result.stderr
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")


# -- 3. ICD 203 language ----------------------------------------------------------------------------------------------

PUBLISHED_LIKELIHOOD = [
    "almost no chance",
    "very unlikely",
    "unlikely",
    "roughly even chance",
    "likely",
    "very likely",
    "almost certain",
]
PUBLISHED_PROBABILITY = [
    "remote",
    "highly improbable",
    "improbable",
    "roughly even odds",
    "probable",
    "highly probable",
    "nearly certain",
]
PUBLISHED_BANDS = [(1, 5), (5, 20), (20, 45), (45, 55), (55, 80), (80, 95), (95, 99)]


def test_term_sets_are_the_published_icd_203_lists() -> None:
    terms = load_terms()
    assert [words[0] for words in terms.scales["likelihood"]] == PUBLISHED_LIKELIHOOD
    assert [words[0] for words in terms.scales["probability"]] == PUBLISHED_PROBABILITY
    assert "almost certainly" in terms.scales["likelihood"][6]
    assert "improbably" in terms.scales["probability"][2] and "probably" in terms.scales["probability"][4]
    assert list(terms.bands) == PUBLISHED_BANDS
    assert terms.confidence == ("low", "moderate", "high")
    for word, band in zip(PUBLISHED_LIKELIHOOD, PUBLISHED_BANDS, strict=True):
        assert terms.band(word) == band
    data = json.loads(resource("icd203.json").read_text(encoding="utf-8"))
    assert set(data["scales"]) == {"likelihood", "probability"}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"assessment": "Poland will likely fire [S1]. A deal is probable [S1]."}, "other ICD 203 likelihood scale"),
        ({"confidence": ""}, "brief.confidence: no confidence level"),
        ({"confidence": "Fairly sure"}, "not an ICD 203 confidence level"),
        (
            {"assessment": "We judge with high confidence that Poland will likely fire [S1]."},
            "confidence and likelihood in one sentence",
        ),
        ({"bluf": "Allies are divided and Poland could fire [S1]."}, "vague hedge “could”"),
        ({"outlook": ["Poland may fire within days [S1]."]}, "brief.outlook[0]: vague hedge “may”"),
        (
            {"assessment": "Poland is likely to keep its threat to fire."},
            "judgment on Poland cites no source; add [S1]",
        ),
        ({"bluf": "Allies are divided [S9]."}, "cites S9, which is not a source"),
    ],
)
def test_each_icd_203_check_fires(change: dict[str, object], expected: str) -> None:
    findings = check_brief(_brief(**change))
    hit = [f for f in findings if expected in str(f)]
    assert hit, [str(f) for f in findings]
    assert all(f.kind == "icd203" for f in hit)


def test_icd_203_findings_point_at_the_words() -> None:
    brief = _brief(bluf="Allies are divided and Poland could fire [S1].")
    finding = next(f for f in check_brief(brief) if "hedge" in f.message)
    assert (finding.field, brief.info.bluf[finding.start : finding.end]) == ("bluf", "could")


def test_one_scale_and_a_separate_confidence_sentence_pass() -> None:
    brief = _brief(
        assessment="Poland is very likely to fire [S1]. France is unlikely to follow [S2]. In May, "
        "talks resume. We have moderate confidence in this judgment.",
        confidence="",
    )
    assert _messages(brief) == []


# -- 4. the first draft -----------------------------------------------------------------------------------------------


def _undrafted() -> Brief:
    brief = _brief(title="Drones over the border", bluf="")
    for claim in brief.claims:
        claim.key = False
    return brief


def test_draft_fills_the_empty_fields_from_the_positions() -> None:
    brief = _undrafted()
    assert draft_brief(brief) == ["title", "bluf", "key"]
    assert brief.info.title == "Allies split over whether to shoot down drones over their territory"
    assert brief.info.bluf == (
        "Allies are split on whether to shoot down drones over their territory: Poland favours escalation [S1]; "
        "France urges restraint [S1]; 1 of 3 roster members have not said where they stand."
    )
    assert sorted(c.id for c in brief.claims if c.key) == ["C1", "C2"]
    assert drafted_fields(brief) == ["title", "bluf", "key"]
    again = _undrafted()
    draft_brief(again)
    assert storage.dumps(again) == storage.dumps(brief)  # deterministic


def test_the_drafted_bottom_line_says_what_the_page_shows() -> None:
    """Marking key evidence weighs it more; the bottom line is written from the aggregate after that."""
    text = "Poland backed a firm response. Poland threatened to shoot them down."
    brief = Brief()
    brief.info.question = "Should allies shoot down drones?"
    brief.sources.append(Source(id="S1", text=text, reliability="B"))
    brief.claims.append(Claim("C1", "S1", 0, 30, text[:30], credibility=2, positions=[Position("PL", 1)]))
    brief.claims.append(Claim("C2", "S1", 31, len(text), text[31:], credibility=2, positions=[Position("PL", 2)]))
    assert [s.stance for s in aggregate(brief)] == [2]  # 1.5 rounds up
    draft_brief(brief)
    (stance,) = aggregate(brief)
    label = brief.info.stance_level(stance.stance).label.lower()
    assert stance.stance == 1 and label in brief.info.bluf.lower()  # C1 became key evidence: Poland's line is firm


def test_draft_never_overwrites_the_analysts_text() -> None:
    brief = _brief()
    before = storage.dumps(brief)
    assert draft_brief(brief) == []
    assert storage.dumps(brief) == before


def test_an_edited_draft_is_the_analysts() -> None:
    brief = _undrafted()
    draft_brief(brief)
    brief.info.bluf += " Germany is silent."
    assert drafted_fields(brief) == ["title", "key"]
    assert "brief.bluf: a first draft" not in _messages(brief)


# -- 5. the whole brief from the command line ------------------------------------------------------------------------


def test_set_writes_validated_fields_and_keeps_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "b.brief.json"
    storage.save(_brief(), path)
    before = path.read_bytes()
    result = run(
        "set",
        str(path),
        "--analyst",
        "B. Analyst",
        "--confidence",
        "high",
        "--roster",
        "NATO",
        "--reliability",
        "S2=D",
        "--outlook",
        "One.",
        "--outlook",
        "Two.",
    )
    assert result.returncode == 0, result.stderr
    brief = storage.load(path)
    assert (brief.info.analyst, brief.info.confidence, len(brief.info.roster)) == ("B. Analyst", "High confidence", 32)
    assert brief.info.outlook == ["One.", "Two."]
    assert (brief.sources[1].reliability, brief.sources[1].downgraded_from) == ("D", "B")
    assert Path(f"{path}.bak").read_bytes() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "24/09/2025"], "--date: '24/09/2025' is not a date"),
        (["--reliability", "S9=B"], "no source 'S9'"),
        (["--reliability", "S1=Q"], "'Q' is not a reliability grade"),
        (["--confidence", "very"], "not an ICD 203 confidence level"),
        (["--roster", "XX,PL"], "XX is not a country code or a roster"),
    ],
)
def test_set_refuses_bad_values_and_leaves_the_file(tmp_path: Path, args: list[str], message: str) -> None:
    path = tmp_path / "b.brief.json"
    storage.save(_brief(), path)
    before = path.read_bytes()
    result = run("set", str(path), "--analyst", "X", *args)
    assert result.returncode == 1 and message in result.stderr and "Traceback" not in result.stderr
    assert path.read_bytes() == before


def test_the_question_proposes_a_roster() -> None:
    assert roster_in_question("Should allies shoot down Russian aircraft?") == "NATO"
    assert roster_in_question("Will EU members agree on sanctions?") == "EU"
    assert roster_in_question("Will Germany and France agree?") is None


def test_a_brief_made_from_the_command_line(tmp_path: Path, seed_path: Path) -> None:
    """The issue's path: import --roster NATO, draft, set --analyst --reliability, export."""
    out, pdf = tmp_path / "seed.brief.json", tmp_path / "seed.pdf"
    q = "Should allies shoot down Russian aircraft that violate their airspace?"
    bare = run("import", str(seed_path), "-o", str(out), "--question", q, "--roster", "NATO")
    assert bare.returncode == 0, bare.stderr
    check = run("check", str(out))
    assert check.returncode == 1
    assert "brief.bluf: empty" in check.stdout and "unreviewed suggestion" in check.stdout
    assert "sources[S1].reliability: ungraded" in check.stdout
    assert run("draft", str(out)).returncode == 0
    assert run("set", str(out), "--analyst", "A. Analyst", "--reliability", "S1=B").returncode == 0
    export = run("export", str(out), "-o", str(pdf))
    assert export.returncode == 0, export.stderr
    brief = storage.load(out)
    text = PdfReader(pdf).pages[0].extract_text()
    headline = brief.sources[0].title
    assert brief.info.title != headline and brief.info.title.split()[0] in text
    assert "BOTTOM LINE" in text and "KEY EVIDENCE" in text and "No stated position:" in text
    estonia = text.split("EE Estonia", 1)[1].split("LT Lithuania", 1)[0]
    assert "Baltic states" in estonia


def test_import_proposes_the_roster_the_question_names(tmp_path: Path, seed_path: Path) -> None:
    out = tmp_path / "seed.brief.json"
    result = run(
        "import",
        str(seed_path),
        "-o",
        str(out),
        "--no-suggest",
        "--analyst",
        "A. Analyst",
        "--question",
        "Should allies shoot down Russian aircraft?",
    )
    assert result.returncode == 0 and "roster: NATO (32 members)" in result.stderr
    brief = storage.load(out)
    assert len(brief.info.roster) == 32 and brief.info.analyst == "A. Analyst"


# -- 6. sources that turn out wrong ----------------------------------------------------------------------------------


def test_a_retracted_source_leaves_the_aggregate_and_the_page_says_so() -> None:
    brief = _brief()
    brief.sources[1].retracted = True
    assert {e.claim.source for s in aggregate(brief) for e in s.evidence} == {"S1"}
    messages = _messages(brief)
    assert any(m.startswith("sources[S2]: retracted") for m in messages)
    assert any("claims[C3].positions[PL]: Poland: rests on S2, which is retracted" in m for m in messages)
    text = PdfReader(__import__("io").BytesIO(render_brief(brief).pdf)).pages[0].extract_text()
    assert "Retracted, left out of the positions: [S2] Review" in " ".join(text.split())


def test_a_downgraded_source_flags_the_positions_and_key_evidence_on_it() -> None:
    brief = _brief()
    set_reliability(brief.sources[0], "E")
    messages = _messages(brief)
    assert any("France: " in m and "rests on S1, downgraded from B to E" in m for m in messages)
    assert "claims[C1].key: key evidence from S1, downgraded to E" in messages
    set_reliability(brief.sources[0], "A")  # raised again: no longer a downgrade
    assert brief.sources[0].downgraded_from == ""


def test_retraction_survives_a_save() -> None:
    brief = _brief()
    brief.sources[0].retracted, brief.sources[0].downgraded_from = True, "A"
    again = storage.loads(storage.dumps(brief))
    assert (again.sources[0].retracted, again.sources[0].downgraded_from) == (True, "A")
    plain = _brief()
    assert "retracted" not in storage.dumps(plain)  # files without them keep their bytes
