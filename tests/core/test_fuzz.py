"""Hostile input: whatever a file holds, the core answers with a result or its own clear error, never a crash."""

from __future__ import annotations

import copy
import json
from typing import Any

from helpers import small_brief
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import storage
from briefing.errors import BriefingError, InvalidBriefError
from briefing.ingest import parse_article

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            out.extend(paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            out.extend(paths(child, (*prefix, i)))
    return out


BASE = storage.to_data(small_brief())
ALL_PATHS = [p for p in paths(BASE) if p]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(ALL_PATHS), json_values)
def test_any_value_anywhere_gives_a_brief_or_a_clear_error(path: tuple[Any, ...], value: Any) -> None:
    data = copy.deepcopy(BASE)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    text = json.dumps(data)
    try:
        brief = storage.loads(text)
    except InvalidBriefError as exc:
        assert exc.problems and all(str(p) for p in exc.problems)
        return
    assert storage.loads(storage.dumps(brief)) is not None  # what loads also saves and loads again


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_as_an_article_give_an_article_or_a_clear_error(data: bytes) -> None:
    try:
        parse_article(data, "fuzz.txt")
    except BriefingError as exc:
        assert str(exc).startswith("fuzz.txt")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=3000))
def test_any_pasted_text_gives_an_article_or_a_clear_error(text: str) -> None:
    try:
        article = parse_article(text)
    except BriefingError:
        return
    for start, end in article.sentences:
        assert 0 <= start < end <= len(article.text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(min_size=0, max_size=400), min_size=6, max_size=6))
def test_any_text_typed_anywhere_still_exports_one_page(texts: list[str]) -> None:
    import io

    from pypdf import PdfReader

    from briefing.pdf import render_brief

    brief = small_brief()
    brief.info.title, brief.info.bluf, brief.info.question, brief.info.analyst = texts[:4]
    brief.claims[0].speaker = texts[4]
    brief.claims[0].key = True
    brief.sources[0].title = texts[5]
    brief.info.outlook = texts
    result = render_brief(brief)
    assert len(PdfReader(io.BytesIO(result.pdf)).pages) == 1
