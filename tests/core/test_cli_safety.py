"""The command line does not double, misplace or quietly accept what the analyst did not mean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import small_brief

from briefing import storage
from briefing.model import Position

ARTICLE = (
    "Poland warned on Monday that it would shoot down Russian drones over its territory.\n\n"
    "Germany urged restraint and called for talks within the alliance.\n"
)


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def test_appending_the_same_article_twice_says_so_and_adds_nothing(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "crisis.brief.json"
    assert run("import", str(article), "-o", str(out), "--no-suggest").returncode == 0
    before = out.read_bytes()
    again = run("import", str(article), "-o", str(out), "--append", "--no-suggest")
    assert again.returncode == 0, again.stderr
    assert "already in" in again.stderr and "S1" in again.stderr and "unchanged" in again.stderr
    assert out.read_bytes() == before
    other = tmp_path / "other.txt"
    other.write_text("France agreed with Poland on Tuesday.\n", encoding="utf-8")
    both = run("import", str(article), str(other), "-o", str(out), "--append", "--no-suggest")
    assert both.returncode == 0, both.stderr
    assert [s.id for s in storage.load(out).sources] == ["S1", "S2"]


def test_opening_an_article_points_to_import(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Poland warned Russia.</p></body></html>", encoding="utf-8")
    result = run("open", str(page))
    assert result.returncode == 1
    assert "not a brief file" in result.stderr and "briefing import" in result.stderr
    assert "not valid JSON" not in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_country_code_fails_validation_with_its_place(tmp_path: Path) -> None:
    brief = small_brief()
    brief.claims[1].positions.append(Position("XX", 1))
    path = tmp_path / "xx.brief.json"
    storage.save(brief, path)
    result = run("validate", str(path))
    assert result.returncode == 1
    assert "claims[1].positions[1].actor: 'XX' is not a known country or organisation code" in result.stderr
    good = tmp_path / "good.brief.json"
    storage.save(small_brief(), good)
    assert run("validate", str(good)).returncode == 0
