"""Hostile brief files and paths (issue 14, points 4, 5, 6, 9 and 12): each ends in a clear error with its place,
or in a brief every later step can handle; nothing blocks, nothing reads without limit."""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path

import pytest
from helpers import small_brief

from briefing import storage
from briefing.cli import main
from briefing.errors import ImportArticleError, InvalidBriefError
from briefing.ingest import MAX_ARTICLE_BYTES, parse_article, read_article
from briefing.limits import MAX_NESTING, read_regular, size_text

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")


def brief_data() -> dict:
    return storage.to_data(small_brief())


def nest(depth: int) -> object:
    value: object = "leaf"
    for _ in range(depth):
        value = {"x": value}
    return value


def problems_of(text: str) -> list[str]:
    with pytest.raises(InvalidBriefError) as caught:
        storage.loads(text, "hostile.brief.json")
    return [str(p) for p in caught.value.problems]


# -- 4: numbers -----------------------------------------------------------------------------


def test_an_integer_of_5000_digits_is_a_validation_error_with_its_path() -> None:
    text = json.dumps(brief_data()).replace('"key": ', '"count": ' + "9" * 5000 + ', "key": ', 1)
    assert '"count"' in text
    (problem,) = problems_of(text)
    assert problem.startswith("claims[0].count: the number 999999999999…(5000 characters) is out of range")


@pytest.mark.parametrize("literal", ["1e999", "-1e999", "NaN", "Infinity", "123456789012345678901234567890"])
def test_numbers_out_of_any_sensible_range_are_refused_with_their_path(literal: str) -> None:
    data = brief_data()
    data["brief"]["extra_score"] = "PLACEHOLDER"
    text = json.dumps(data).replace('"PLACEHOLDER"', literal)
    (problem,) = problems_of(text)
    assert problem.startswith("brief.extra_score: the number ")
    assert "out of range" in problem


def test_a_stance_as_a_huge_integer_is_a_validation_error_with_its_path() -> None:
    text = json.dumps(brief_data()).replace('"stance": -1', '"stance": ' + "1" * 4400, 1)
    assert problems_of(text)[0].startswith("claims[")


def test_large_numbers_in_range_still_load_and_save() -> None:
    data = brief_data()
    data["brief"]["counter"] = 2**53 - 1
    data["brief"]["ratio"] = 1.5e300
    brief = storage.loads(json.dumps(data))
    again = json.loads(storage.dumps(brief))
    assert again["brief"]["counter"] == 2**53 - 1 and again["brief"]["ratio"] == 1.5e300


# -- 6: nesting ------------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [MAX_NESTING + 1, 490, 990, 5000, 200_000])
def test_deep_nesting_is_refused_at_load(depth: int) -> None:
    # Built as text: json.dumps itself cannot write this deep.
    head = json.dumps(brief_data())[:-1]
    text = head + ', "annotation": ' + '{"x": ' * depth + "1" + "}" * depth + "}"
    problems = problems_of(text)
    assert len(problems) == 1
    assert "nest" in problems[0] and str(MAX_NESTING) in problems[0]


def test_nesting_at_the_limit_survives_merge_validate_save_and_export(tmp_path: Path) -> None:
    from briefing.merge import merge_briefs
    from briefing.pdf import render_brief

    data = brief_data()
    data["claims"][0]["annotation"] = nest(MAX_NESTING - 4)  # the claim itself sits 3 levels down
    text = json.dumps(data)
    brief = storage.loads(text)
    path = tmp_path / "deep.brief.json"
    storage.save(brief, path)
    assert storage.validate_file(path) == []
    other = storage.load(path)
    merged = merge_briefs([brief, other])
    merged_brief = merged[0] if isinstance(merged, tuple) else merged.brief
    storage.save(merged_brief, tmp_path / "merged.brief.json")
    assert storage.load(tmp_path / "merged.brief.json").claims[0].extra["annotation"] == data["claims"][0]["annotation"]
    assert render_brief(merged_brief).pdf.startswith(b"%PDF")


# -- 9: only regular files, never more than the limit ----------------------------------------


def _in_thread(fn, timeout: float = 20.0):
    """Run ``fn`` in a thread; the test fails (instead of hanging) if it blocks."""
    result: dict[str, object] = {}

    def run() -> None:
        try:
            result["value"] = fn()
        except BaseException as exc:
            result["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), "reading blocked"
    return result


@posix_only
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    got = _in_thread(lambda: read_article(fifo))
    assert isinstance(got.get("error"), ImportArticleError)
    assert "pipe" in str(got["error"]) and "only regular files" in str(got["error"])
    brief_fifo = tmp_path / "a.brief.json"
    os.mkfifo(brief_fifo)
    got = _in_thread(lambda: storage.load(brief_fifo))
    assert isinstance(got.get("error"), InvalidBriefError)
    assert "pipe" in str(got["error"])


@posix_only
def test_a_symlink_to_dev_zero_is_refused_without_reading_it(tmp_path: Path) -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    link = tmp_path / "zero.brief.json"
    link.symlink_to("/dev/zero")
    got = _in_thread(lambda: storage.load(link))
    assert isinstance(got.get("error"), InvalidBriefError)
    assert "device" in str(got["error"])
    article = tmp_path / "zero.txt"
    article.symlink_to("/dev/zero")
    got = _in_thread(lambda: read_article(article))
    assert isinstance(got.get("error"), ImportArticleError)


def test_no_more_than_the_limit_plus_one_byte_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 5000)
    reads: list[int] = []
    real_read = os.read

    def counting_read(fd: int, n: int) -> bytes:
        data = real_read(fd, n)
        reads.append(len(data))
        return data

    # A file that says it is small (a growing log, a /proc file) but holds more: fstat is not trusted alone.
    real_fstat = os.fstat

    class Small:
        def __init__(self, real: os.stat_result) -> None:
            self._real = real

        def __getattr__(self, name: str) -> object:
            return 10 if name == "st_size" else getattr(self._real, name)

    monkeypatch.setattr(os, "read", counting_read)
    monkeypatch.setattr(os, "fstat", lambda fd: Small(real_fstat(fd)))
    with pytest.raises(Exception, match="more than") as caught:
        read_regular(path, 1000)
    assert sum(reads) == 1001
    assert "at most 1,000 bytes" in str(caught.value)


def test_size_messages_use_one_unit(tmp_path: Path) -> None:
    assert size_text(64 * 1024 * 1024) == "64 MB"
    path = tmp_path / "huge.brief.json"
    with path.open("wb") as handle:
        handle.truncate(storage.MAX_FILE_BYTES + 3 * 1024 * 1024)  # sparse: no disk used
    (problem,) = [str(p) for p in storage.validate_file(path)]
    assert problem == "the file is 67 MB; at most 64 MB may be read"
    with pytest.raises(ImportArticleError, match=r"10\.5 MB is too large for one article \(the limit is 10 MB\)"):
        parse_article(b"a" * (MAX_ARTICLE_BYTES + 512 * 1024), "big.txt")


# -- 12: validate escapes control characters ------------------------------------------------


def test_validate_shows_control_characters_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = brief_data()
    data["brief"]["overrides"] = {"\x1b[2J\x1b]0;pwned\x07": {"stance": 1, "note": ""}}
    path = tmp_path / "esc.brief.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "\\x1b[2J" in err


# -- 5: dates at the ends of the calendar ----------------------------------------------------


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31", "0001-01-01T00:00+00:00", "9999-12-31T23:59+00:00"])
def test_suggest_and_export_live_with_the_first_and_last_dates(published: str, tmp_path: Path) -> None:
    from briefing.pdf import render_brief
    from briefing.suggest import suggest_brief
    from briefing.suggest.dates import event_date

    brief = small_brief()
    for source in brief.sources:
        source.published = published
    brief.info.date = published[:10]
    for claim in brief.claims:
        claim.key = True
    suggest_brief(brief)
    for text in ("on Monday", "yesterday", "last month", "on Dec 31", "on Jan 1", "last week"):
        result = event_date(text, published)
        assert result == "" or len(result) == 10
    assert render_brief(brief).pdf.startswith(b"%PDF")
    assert render_brief(brief, deterministic=True).pdf.startswith(b"%PDF")
    path = tmp_path / "edge.brief.json"
    storage.save(brief, path)
    assert main(["suggest", str(path)]) == 0
    assert main(["export", str(path), "-o", str(tmp_path / "edge.pdf")]) == 0


@pytest.mark.parametrize("command", ["validate", "export", "suggest", "merge"])
def test_every_command_reports_a_huge_number_and_deep_nesting_in_one_line(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = tmp_path / "huge.brief.json"
    huge.write_text(
        json.dumps(brief_data()).replace('"key": ', '"count": ' + "7" * 4301 + ', "key": ', 1), encoding="utf-8"
    )
    deep = tmp_path / "deep.brief.json"
    deep.write_text(json.dumps(brief_data())[:-1] + ', "x": ' + "[" * 490 + "]" * 490 + "}", encoding="utf-8")
    for path, expected in ((huge, "claims[0].count: the number"), (deep, "nested more than 100 levels")):
        argv = {"merge": ["merge", str(path), str(path), "-o", str(tmp_path / "m.brief.json")]}.get(
            command, [command, str(path)]
        )
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert expected in err and "Traceback" not in err and "internal error" not in err


def test_export_names_the_characters_no_font_can_draw(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    brief = small_brief()
    brief.info.title = "Allies agree 🤝"
    path = tmp_path / "emoji.brief.json"
    storage.save(brief, path)
    assert main(["export", str(path), "-o", str(tmp_path / "emoji.pdf")]) == 0
    assert "1 character the fonts cannot draw, printed as ?: 🤝 U+1F91D" in capsys.readouterr().err
