"""The command line as a user runs it: exit codes, clear messages, no tracebacks, files untouched."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import small_brief

from briefing import storage


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def _brief_json() -> dict:
    return storage.to_data(small_brief())


def _write_json(change: Callable[[dict], None]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        data = _brief_json()
        change(data)
        path.write_text(json.dumps(data, indent=2), encoding="utf-8")

    return make


BAD_BRIEFS: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated JSON": (lambda p: p.write_text(storage.dumps(small_brief())[:300], encoding="utf-8"), "not valid JSON"),
    "wrong types": (_write_json(lambda d: d["brief"].update(title=["a"], outlook="x")), "brief.title: expected text"),
    "stance out of range": (
        _write_json(lambda d: d["claims"][0]["positions"][0].update(stance=7)),
        "claims[0].positions[0].stance: 7 is outside -2..2",
    ),
    "duplicate ids": (_write_json(lambda d: d["claims"][1].update(id="C1")), "claims[1].id: 'C1' is used by another"),
    "offsets past the text": (_write_json(lambda d: d["claims"][1].update(end=10_000)), "claims[1].end: 10000 is past"),
    "text not matching offsets": (
        _write_json(lambda d: d["claims"][1].update(start=5)),
        "claims[1].text: does not match",
    ),
    "future version": (_write_json(lambda d: d.update(version=99)), "version: this file is format version 99"),
    "50 MB text": (
        lambda p: p.write_text('{"format": "briefing", "version": 1, "x": "' + "a" * 70_000_000 + '"}'),
        "the file is 66.8 MB; at most 64 MB may be read",
    ),
    "not UTF-8": (
        lambda p: p.write_bytes(storage.dumps(small_brief()).encode("utf-8").replace(b"Test", b"T\xe9st")),
        "not UTF-8 text: byte 0xe9",
    ),
    "binary garbage": (lambda p: p.write_bytes(bytes(range(256)) * 64), "binary file"),
    "empty file": (lambda p: p.write_bytes(b""), "the file is empty"),
    "not a brief": (lambda p: p.write_text('{"hello": 1}'), "format: missing"),
    "a list at the top": (lambda p: p.write_text("[1, 2]"), "expected a JSON object at the top"),
}


@pytest.mark.parametrize("case", list(BAD_BRIEFS))
@pytest.mark.parametrize("command", ["validate", "export", "suggest"])
def test_bad_brief_files_get_one_clear_error_and_stay_unchanged(tmp_path: Path, case: str, command: str) -> None:
    make, expected = BAD_BRIEFS[case]
    path = tmp_path / "bad.brief.json"
    make(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    args = [command, str(path)] + (["-o", str(tmp_path / "out.pdf")] if command == "export" else [])
    result = run(*args)
    assert result.returncode == 1, result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert not (tmp_path / "out.pdf").exists()


def test_validate_accepts_the_sample(sample_path: Path) -> None:
    result = run("validate", str(sample_path))
    assert result.returncode == 0
    assert "valid" in result.stdout


def test_usage_errors_exit_2() -> None:
    assert run("import").returncode == 2
    assert run("frobnicate").returncode == 2


def test_import_seed_writes_a_valid_brief_with_its_sentences(tmp_path: Path, seed_path: Path) -> None:
    out = tmp_path / "seed.brief.json"
    result = run("import", str(seed_path), "-o", str(out), "--question", "Shoot down Russian aircraft?")
    assert result.returncode == 0, result.stderr
    assert "3 claims" in result.stderr
    brief = storage.load(out)
    assert brief.info.title == "NATO Allies at Odds Over How to Respond to Russia’s Threats"
    assert brief.info.question == "Shoot down Russian aircraft?"
    assert [c.text[:20] for c in brief.claims] == [
        "NATO allies are stru",
        "On Tuesday evening, ",
        "On Monday, Polish Pr",
    ]


def test_import_refuses_to_overwrite_without_force(tmp_path: Path, seed_path: Path) -> None:
    out = tmp_path / "x.brief.json"
    out.write_text("keep me")
    result = run("import", str(seed_path), "-o", str(out))
    assert result.returncode == 1 and "--append" in result.stderr
    assert out.read_text() == "keep me"


def test_import_append_adds_a_second_source(tmp_path: Path, seed_path: Path) -> None:
    out = tmp_path / "x.brief.json"
    second = tmp_path / "second.txt"  # another article (the same one twice is refused: tests/core/test_cli_safety.py)
    second.write_text("Lithuania backed Poland on Tuesday. Hungary stayed silent. Slovakia urged calm.\n")
    assert run("import", str(seed_path), "-o", str(out), "--no-suggest").returncode == 0
    first = len(storage.load(out).claims)
    assert run("import", str(second), "-o", str(out), "--append", "--no-suggest").returncode == 0
    brief = storage.load(out)
    assert [s.id for s in brief.sources] == ["S1", "S2"]
    assert len(brief.claims) == first + 3 and brief.claims[-1].id == f"C{first + 3}"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("huge.txt", b"word " * (11 * 1024 * 1024 // 5), "the file is 11.0 MB; at most 10 MB may be read"),
        ("garbage.bin", bytes(range(256)) * 40, "binary file"),
        ("empty.txt", b"", "the file is empty"),
        ("menu.txt", b"Home\nNews\nSport\nSubscribe\n", "no article text was found"),
        ("fake.pdf", b"this is not a pdf", "not a PDF"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj garbage", "this PDF could not be read"),
    ],
)
def test_bad_articles_get_a_clear_error(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    article = tmp_path / name
    article.write_bytes(content)
    out = tmp_path / "out.brief.json"
    result = run("import", str(article), "-o", str(out))
    assert result.returncode == 1
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
    assert article.read_bytes() == content


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "nope.brief.json"))
    assert result.returncode == 1 and "no such file" in result.stderr


def test_open_without_a_display_says_so(tmp_path: Path) -> None:
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "briefing"], capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 1
    assert "no display found" in done.stderr and "Traceback" not in done.stderr


def test_open_reports_a_bad_file_on_the_command_line(tmp_path: Path) -> None:
    done = run("open", str(tmp_path / "missing.brief.json"))
    assert done.returncode == 1 and "no such file" in done.stderr


def test_the_app_is_started_as_argparse_would_start_it() -> None:
    from briefing import cli

    for words, file in (([], None), (["open"], None), (["open", "x.brief.json"], "x.brief.json")):
        quick = cli._plain_open(words)
        parsed = cli.build_parser().parse_args(words or ["open"])
        assert (quick.command, quick.file, quick.func) == (parsed.command, parsed.file, parsed.func)
        assert quick.file == file
    for words in (["--help"], ["open", "-h"], ["open", "a", "b"], ["validate", "x"]):
        assert cli._plain_open(words) is None  # argparse reads these
