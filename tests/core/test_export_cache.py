"""What `briefing export` keeps between runs (the parsed fonts, the people index) never changes what it prints, is
read afresh when its files change, and a broken or foreign cache entry is ignored. The export process's own end
(no interpreter teardown) still delivers every byte and the exit status."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing import cache, cli
from briefing.actors import ActorRegistry, load_registry
from briefing.assets import resource
from briefing.pdf.fonts import load_font

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample.brief.json"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(folder))
    return folder


def export(out: Path, env: dict[str, str], *extra: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "briefing", "export", str(SAMPLE), "-o", str(out), "--deterministic", *extra],
        capture_output=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )


def test_the_page_is_the_same_with_the_cache_cold_warm_and_off(tmp_path: Path) -> None:
    env = dict(os.environ, BRIEFING_CACHE_DIR=str(tmp_path / "cache"))
    pages = []
    for n, cache_setting in enumerate((str(tmp_path / "cache"), str(tmp_path / "cache"), "")):
        out = tmp_path / f"{n}.pdf"
        done = export(out, dict(env, BRIEFING_CACHE_DIR=cache_setting))
        assert done.returncode == 0, done.stderr
        pages.append(out.read_bytes())
        if n == 0:  # the first run kept the fonts and the people index
            assert {p.name for p in (tmp_path / "cache").iterdir()} >= {
                "font-NotoSans.pickle",
                "font-NotoSans-Bold.pickle",
                "people.pickle",
            }
    assert pages[0] == pages[1] == pages[2]


def test_a_changed_font_file_is_read_again(tmp_path: Path, cache_dir: Path) -> None:
    font = tmp_path / "Font.ttf"
    shutil.copy(resource("fonts/NotoSans-Regular.ttf"), font)
    assert load_font("TestFont", font).face.name == b"NotoSans-Regular"
    assert load_font("TestFont", font).face.name == b"NotoSans-Regular"  # from the cache
    shutil.copy(resource("fonts/NotoSans-Bold.ttf"), font)  # the same file name, other bytes
    again = load_font("TestFont", font)
    assert again.face.name == b"NotoSans-Bold"
    assert again.face._ttf_data == font.read_bytes()


def test_a_font_from_the_cache_measures_and_maps_as_the_file_does(cache_dir: Path) -> None:
    path = resource("fonts/NotoSans-Regular.ttf")
    read = load_font("TestFontA", path)
    kept = load_font("TestFontA", path)
    assert (cache_dir / "font-TestFontA.pickle").is_file()
    for text in ("Poland", "Zoë Łódź", "WHO STANDS WHERE"):
        assert kept.stringWidth(text, 9) == read.stringWidth(text, 9)
    assert kept.face.charToGlyph == read.face.charToGlyph
    assert [kept.pdfScale(v) for v in (1, 300)] == [read.pdfScale(v) for v in (1, 300)]


def test_a_changed_people_file_is_read_again(tmp_path: Path, cache_dir: Path) -> None:
    people = tmp_path / "people.json"
    day = date(2025, 9, 24)

    def write(name: str, surname: str) -> None:
        entry = {"name": name, "surnames": [surname], "offices": [["PL", "prime minister", "2023-12-13"]]}
        people.write_text(json.dumps({"people": [entry]}), encoding="utf-8")

    write("Donald Tusk", "Tusk")
    registry = ActorRegistry([{"countries": {"PL": {"name": "Poland"}}}], [people])
    assert [p.code for p in registry.find_people("Tusk said so.", day)] == ["PL"]
    assert (cache_dir / "people.pickle").is_file()
    write("Jan Kowalski", "Kowalski")
    registry = ActorRegistry([{"countries": {"PL": {"name": "Poland"}}}], [people])
    assert registry.find_people("Tusk said so.", day) == []
    assert [p.code for p in registry.find_people("Kowalski said so.", day)] == ["PL"]


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x05N."])
def test_a_broken_cache_entry_is_ignored_and_replaced(cache_dir: Path, content: bytes) -> None:
    cache_dir.mkdir(mode=0o700)
    entry = cache_dir / "font-TestFontB.pickle"
    entry.write_bytes(content)
    entry.chmod(0o600)
    font = load_font("TestFontB", resource("fonts/NotoSans-Regular.ttf"))
    assert font.face.name == b"NotoSans-Regular"
    assert cache.load("font-TestFontB", "no such key") is None
    assert entry.read_bytes() != content


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_an_entry_others_could_have_written_is_not_read(cache_dir: Path) -> None:
    cache.store("thing", "k", {"value": 1})
    assert cache.load("thing", "k") == {"value": 1}
    (cache_dir / "thing.pickle").chmod(0o666)
    assert cache.load("thing", "k") is None


def test_no_cache_folder_to_write_still_exports(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    env = dict(os.environ, BRIEFING_CACHE_DIR=str(blocked / "cache"))
    done = export(tmp_path / "out.pdf", env)
    assert done.returncode == 0, done.stderr
    assert len(PdfReader(tmp_path / "out.pdf").pages) == 1


def test_the_export_process_delivers_every_byte_and_its_status(tmp_path: Path) -> None:
    env = dict(os.environ, BRIEFING_CACHE_DIR=str(tmp_path / "cache"))
    piped = export(Path("-"), env)
    assert piped.returncode == 0
    assert piped.stdout.startswith(b"%PDF-") and piped.stdout.rstrip().endswith(b"%%EOF")
    written = tmp_path / "b.pdf"
    assert export(written, env).returncode == 0
    assert written.read_bytes() == piped.stdout
    missing = subprocess.run(
        [sys.executable, "-m", "briefing", "export", str(tmp_path / "none.brief.json"), "-o", str(written)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert missing.returncode == 1
    assert len(missing.stderr.strip().splitlines()) == 1 and "Traceback" not in missing.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "a.brief.json"],
        ["export", "a.brief.json", "-o", "x.pdf"],
        ["export", "-o", "x.pdf", "a.brief.json", "--deterministic"],
        ["export", "a.brief.json", "--format", "csv", "--output", "-"],
        ["export", "a.brief.json", "--format", "w3c", "--deterministic", "-o", "out.jsonld"],
    ],
)
def test_the_export_command_line_reads_as_argparse_reads_it(argv: list[str]) -> None:
    # `export` in its usual spelling is read without building argparse's parsers: the same values, every default
    assert vars(cli._plain_export(argv)) == vars(cli.build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [
        ["export"],
        ["export", "-h"],
        ["export", "a", "b"],
        ["export", "a", "--format", "pdfx"],
        ["export", "a", "-o"],
        ["export", "a", "--output=x.pdf"],
        ["export", "a", "--det"],
        ["export", "a", "-o", "x", "-o", "y"],
    ],
)
def test_any_other_export_command_line_is_left_to_argparse(argv: list[str]) -> None:
    assert cli._plain_export(argv) is None


def test_a_registry_from_the_cache_answers_as_the_files_do(tmp_path: Path, cache_dir: Path) -> None:
    mine = tmp_path / "mine.json"
    mine.write_text(json.dumps({"organisations": {"XO": {"name": "Example Org", "aliases": ["Exorg"]}}}))
    made = load_registry([mine])
    kept = load_registry([mine])
    assert [p.name for p in cache_dir.glob("registry-*.pickle")]  # an entry of its own beside the shipped list's
    text = "Exorg and Poland's Prime Minister Donald Tusk backed the Kremlin's critics in Berlin."
    for registry in (made, kept):
        assert registry.resolve("Exorg") == ["XO"]
        assert registry.resolve("the Baltic states") == ["EE", "LV", "LT"]
        assert [(p.form, p.code) for p in registry.find_people(text, date(2025, 9, 24))] == [("Donald Tusk", "PL")]
        assert [a.code for a in registry.all()] == [a.code for a in made.all()]
    assert kept.mentions() == made.mentions()
    mine.write_text(json.dumps({"organisations": {"XO": {"name": "Example Org", "aliases": ["Newname"]}}}))
    changed = load_registry([mine])
    assert changed.resolve("Newname") == ["XO"]


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG folders of Linux")
def test_where_the_cache_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFING_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "briefing"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.cache_dir() is None  # a home that does not exist gets no folders made in it
    (tmp_path / "home").mkdir()
    assert cache.cache_dir() == tmp_path / "home" / ".cache" / "briefing"
    monkeypatch.setenv("BRIEFING_CACHE_DIR", "")
    assert cache.cache_dir() is None
    cache.store("thing", "k", 1)  # turned off: nothing written, nothing read
    assert cache.load("thing", "k") is None
    assert not (tmp_path / "home" / ".cache").exists()
