"""Many sentences read on two cores (briefing/suggest/parallel.py): the same readings as one process, in order, with
progress told, and nothing lost when the helper process fails."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.actors import default_registry
from briefing.suggest import default_lexicon, read_all
from briefing.suggest import parallel as parallel_module
from briefing.suggest.parser import load_parser

DATA = Path(__file__).resolve().parents[1] / "data" / "suggestions.json"
QUESTION = "Should allies shoot down Russian aircraft that violate their airspace?"

pytestmark = pytest.mark.skipif(load_parser() is None, reason="the parser is not installed")


def _texts(n: int) -> list[str]:
    own = [d["text"] for d in json.loads(DATA.read_text(encoding="utf-8"))["sentences"]]
    return [own[i % len(own)] for i in range(n)]


def _key(readings: list) -> list:  # type: ignore[type-arg]
    return [
        (
            [(s.actor, s.stance, s.cue, s.confidence, s.speaker) for s in r.suggestions],
            [(c.code, sorted(c.features.items())) for c in r.candidates],
            r.placed,
            r.speaker,
            r.event_date,
        )
        for r in readings
    ]


def _read(texts: list[str], progress=None) -> list:  # type: ignore[no-untyped-def,type-arg]
    return read_all(texts, ["2025-09-24"] * len(texts), default_registry(), default_lexicon(), QUESTION,
                    progress=progress)


def _alone_then_two_cores(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> list:  # type: ignore[type-arg]
    """The readings of ``texts`` in one process; then a helper is allowed from 300 sentences on (skipped on one
    core)."""
    monkeypatch.setenv("BRIEFING_PARALLEL", "off")
    alone = _read(texts)
    monkeypatch.setenv("BRIEFING_PARALLEL", "on")
    monkeypatch.setenv("BRIEFING_PARALLEL_MIN", "300")
    if not parallel_module.wanted(len(texts)):
        pytest.skip("one core here: no helper is started")
    return alone


def test_two_processes_read_what_one_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(2400)  # about ten chunks: the helper is ready well before the last
    alone = _alone_then_two_cores(texts, monkeypatch)
    told: list[tuple[int, int]] = []
    started: list[object] = []
    start = parallel_module._start

    def watched():  # type: ignore[no-untyped-def]
        started.append(helper := start())
        return helper

    monkeypatch.setattr(parallel_module, "_start", watched)
    together = _read(texts, progress=lambda done, total: told.append((done, total)))
    assert started and started[0] is not None, "no helper process was started"
    assert started[0].returncode is not None, "the helper process was left running"  # type: ignore[attr-defined]
    assert _key(together) == _key(alone)
    assert parallel_module.last_read["helper"] > 0, "the helper read nothing"
    assert any(r.suggestions for r in together)
    assert told[-1] == (len(texts), len(texts))
    assert [d for d, _ in told] == sorted(d for d, _ in told)


def test_a_helper_that_dies_loses_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(700)
    alone = _alone_then_two_cores(texts, monkeypatch)

    def dying():  # type: ignore[no-untyped-def]
        # a real process that reads the job, says it is ready, then dies without a word
        code = (
            "import pickle, sys, os; pickle.load(sys.stdin.buffer); "
            "pickle.dump(('ready',), sys.stdout.buffer); sys.stdout.flush(); pickle.load(sys.stdin.buffer); os._exit(3)"
        )
        return subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL)

    monkeypatch.setattr(parallel_module, "_start", dying)
    assert _key(_read(texts)) == _key(alone)


def test_few_sentences_or_switched_off_stay_in_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFING_PARALLEL_MIN", raising=False)
    monkeypatch.delenv("BRIEFING_PARALLEL", raising=False)
    assert not parallel_module.wanted(200)  # an article, or a few: no second process
    monkeypatch.setenv("BRIEFING_PARALLEL", "off")
    assert not parallel_module.wanted(100_000)


def test_a_helper_that_hangs_is_given_up(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(700)
    alone = _alone_then_two_cores(texts, monkeypatch)
    monkeypatch.setattr(parallel_module, "STALLED", 1.0)
    started: list[subprocess.Popen[bytes]] = []

    def stuck():  # type: ignore[no-untyped-def]
        # a real process that takes the job and its chunks, says it is ready, and never answers
        code = (
            "import pickle, sys, time; pickle.load(sys.stdin.buffer); "
            "pickle.dump(('ready',), sys.stdout.buffer); sys.stdout.flush(); time.sleep(600)"
        )
        started.append(subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=subprocess.DEVNULL))
        return started[-1]

    monkeypatch.setattr(parallel_module, "_start", stuck)
    assert _key(_read(texts)) == _key(alone)
    assert started and started[0].poll() is not None, "the stuck helper was left running"
