"""The ``.brief.json`` format: load, validate, migrate and save (atomically) a brief."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from .errors import InvalidBriefError, Problem
from .fileio import atomic_write
from .limits import MAX_NESTING, FileRefused, json_problems, parse_json, read_regular
from .model import (
    CREDIBILITY_MAX,
    CREDIBILITY_MIN,
    FORMAT_NAME,
    FORMAT_VERSION,
    ORIGINS,
    PAGE_SIZES,
    RELIABILITY_GRADES,
    STANCE_MAX,
    STANCE_MIN,
    Brief,
    BriefInfo,
    Claim,
    Override,
    Position,
    Source,
    StanceLevel,
    text_digest,
)

SUFFIX = ".brief.json"
MAX_FILE_BYTES = 64 * 1024 * 1024
ACTOR_CODE = re.compile(r"^[A-Z][A-Z0-9_-]{1,15}$")
COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")

# ---------------------------------------------------------------------------
# Migration: each step takes the data of version N and returns version N + 1.


def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (the pre-release format) kept stances as ``countries: {"DE": -1}`` on each claim."""
    for claim in data.get("claims", []) if isinstance(data.get("claims"), list) else []:
        if isinstance(claim, dict) and isinstance(claim.get("countries"), dict) and "positions" not in claim:
            countries = claim.pop("countries")
            claim["positions"] = [
                {"actor": actor, "stance": stance, "origin": "analyst", "cue": "", "confidence": None}
                for actor, stance in countries.items()
            ]
    data["version"] = 1
    return data


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _v0_to_v1}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise InvalidBriefError([Problem("version", f"{version!r} is not a format version number")])
    if version > FORMAT_VERSION:
        raise InvalidBriefError(
            [
                Problem(
                    "version",
                    f"this file is format version {version}, written by a newer Briefing; this copy reads up "
                    f"to version {FORMAT_VERSION}. Update Briefing to open it (the file was not changed).",
                )
            ]
        )
    if version < 0:
        raise InvalidBriefError([Problem("version", f"{version} is not a format version number")])
    while data["version"] < FORMAT_VERSION:
        data = MIGRATIONS[data["version"]](data)
    return data


# ---------------------------------------------------------------------------
# Reading


class _Reader:
    """Turns parsed JSON into the model, collecting every problem with its JSON path."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def obj(self, value: Any, path: str) -> dict[str, Any]:
        if isinstance(value, dict):
            return value
        self.fail(path, f"expected an object, found {_kind(value)}")
        return {}

    def lst(self, value: Any, path: str) -> list[Any]:
        if isinstance(value, list):
            return value
        self.fail(path, f"expected a list, found {_kind(value)}")
        return []

    def text(self, data: dict[str, Any], key: str, path: str, default: str = "", required: bool = False) -> str:
        if key not in data or (data[key] is None and not required):
            if required:
                self.fail(_join(path, key), "missing")
            return default
        value = data[key]
        if not isinstance(value, str):
            self.fail(_join(path, key), f"expected text, found {_kind(value)}")
            return default
        return value

    def integer(
        self,
        data: dict[str, Any],
        key: str,
        path: str,
        lo: int,
        hi: int,
        default: int | None = None,
        required: bool = False,
    ) -> int | None:
        if key not in data or data[key] is None:
            if required:
                self.fail(_join(path, key), "missing")
            return default
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(_join(path, key), f"expected a whole number, found {_kind(value)}")
            return default
        if not lo <= value <= hi:
            self.fail(_join(path, key), f"{value} is outside {lo}..{hi}")
            return default
        return value

    def flag(self, data: dict[str, Any], key: str, path: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            self.fail(_join(path, key), f"expected true or false, found {_kind(value)}")
            return False
        return value

    def texts(self, data: dict[str, Any], key: str, path: str) -> list[str]:
        value = data.get(key)
        if value is None:
            return []
        out: list[str] = []
        for i, item in enumerate(self.lst(value, _join(path, key))):
            if isinstance(item, str):
                out.append(item)
            else:
                self.fail(f"{_join(path, key)}[{i}]", f"expected text, found {_kind(item)}")
        return out

    def when(self, data: dict[str, Any], key: str, path: str) -> str:
        value = self.text(data, key, path)
        if value and not is_iso_date(value):
            self.fail(_join(path, key), f"{value!r} is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)")
        return value

    def actor(self, value: Any, path: str) -> str:
        if not isinstance(value, str) or not ACTOR_CODE.match(value):
            self.fail(path, f'{value!r} is not an actor code (an ISO country code such as "DE", or "NATO")')
            return str(value)
        return value

    # -- the model ----------------------------------------------------------

    def brief(self, data: dict[str, Any]) -> Brief:
        info = self.info(self.obj(data.get("brief", {}), "brief"))
        sources = [self.source(s, f"sources[{i}]") for i, s in enumerate(self.lst(data.get("sources", []), "sources"))]
        claims = [self.claim(c, f"claims[{i}]") for i, c in enumerate(self.lst(data.get("claims", []), "claims"))]
        extra = _extra(data, ("format", "version", "brief", "sources", "claims"))
        brief = Brief(info=info, sources=sources, claims=claims, extra=extra)
        self.cross_check(brief)
        return brief

    def info(self, data: dict[str, Any]) -> BriefInfo:
        p = "brief"
        info = BriefInfo(
            title=self.text(data, "title", p, "Untitled brief"),
            question=self.text(data, "question", p),
            bluf=self.text(data, "bluf", p),
            assessment=self.text(data, "assessment", p),
            confidence=self.text(data, "confidence", p),
            outlook=self.texts(data, "outlook", p),
            analyst=self.text(data, "analyst", p),
            organisation=self.text(data, "organisation", p),
            date=self.when(data, "date", p),
            marking=self.text(data, "marking", p, "UNCLASSIFIED"),
            page_size=self.text(data, "page_size", p, "A4"),
            roster=[self.actor(a, f"brief.roster[{i}]") for i, a in enumerate(self.texts(data, "roster", p))],
            extra=_extra(data, _INFO_KEYS),
        )
        if info.page_size not in PAGE_SIZES:
            self.fail("brief.page_size", f"{info.page_size!r} is not one of {', '.join(PAGE_SIZES)}")
            info.page_size = "A4"
        if "stance_scale" in data:
            info.stance_scale = self.scale(data["stance_scale"], "brief.stance_scale")
        for actor, raw in self.obj(data.get("overrides", {}), "brief.overrides").items():
            path = f"brief.overrides.{actor}"
            self.actor(actor, path)
            entry = self.obj(raw, path)
            stance = self.integer(entry, "stance", path, STANCE_MIN, STANCE_MAX, required=True)
            if stance is not None:
                info.overrides[actor] = Override(
                    stance, self.text(entry, "note", path), _extra(entry, ("stance", "note"))
                )
        return info

    def scale(self, value: Any, path: str) -> list[StanceLevel]:
        levels: list[StanceLevel] = []
        before = len(self.problems)
        for i, raw in enumerate(self.lst(value, path)):
            item = self.obj(raw, f"{path}[{i}]")
            v = self.integer(item, "value", f"{path}[{i}]", STANCE_MIN, STANCE_MAX, required=True)
            label = self.text(item, "label", f"{path}[{i}]", required=True)
            colour = self.text(item, "colour", f"{path}[{i}]", "#9E9E9E")
            if not COLOUR.match(colour):
                self.fail(f"{path}[{i}].colour", f"{colour!r} is not a colour like #2166AC")
            if v is not None:
                levels.append(StanceLevel(v, label, colour, _extra(item, ("value", "label", "colour"))))
        values = sorted(level.value for level in levels)
        if values != list(range(STANCE_MIN, STANCE_MAX + 1)) and len(self.problems) == before:
            self.fail(path, f"needs exactly one entry for each value {STANCE_MIN}..{STANCE_MAX}")
        return sorted(levels, key=lambda level: level.value)

    def source(self, raw: Any, path: str) -> Source:
        data = self.obj(raw, path)
        src = Source(
            id=self.text(data, "id", path, required=True),
            title=self.text(data, "title", path),
            outlet=self.text(data, "outlet", path),
            authors=self.texts(data, "authors", path),
            published=self.when(data, "published", path),
            url=self.text(data, "url", path),
            retrieved=self.when(data, "retrieved", path),
            text=self.text(data, "text", path),
            sha256=self.text(data, "sha256", path),
            reliability=self.text(data, "reliability", path, "F"),
            captions=self.texts(data, "captions", path),
            dateline=self.text(data, "dateline", path),
            retracted=self.flag(data, "retracted", path),
            downgraded_from=self.text(data, "downgraded_from", path),
            extra=_extra(data, _SOURCE_KEYS),
        )
        if src.reliability not in RELIABILITY_GRADES or len(src.reliability) != 1:
            self.fail(f"{path}.reliability", f"{src.reliability!r} is not a reliability grade A–F")
        if src.downgraded_from and (src.downgraded_from not in RELIABILITY_GRADES or len(src.downgraded_from) != 1):
            self.fail(f"{path}.downgraded_from", f"{src.downgraded_from!r} is not a reliability grade A–F")
        if "sha256" in data and src.sha256 != text_digest(src.text):
            self.fail(f"{path}.sha256", "does not match the text (the text was changed outside Briefing)")
        return src

    def claim(self, raw: Any, path: str) -> Claim:
        data = self.obj(raw, path)
        claim = Claim(
            id=self.text(data, "id", path, required=True),
            source=self.text(data, "source", path, required=True),
            start=self.integer(data, "start", path, 0, 2**53, 0, required=True) or 0,
            end=self.integer(data, "end", path, 0, 2**53, 0, required=True) or 0,
            text=self.text(data, "text", path, required=True),
            speaker=self.text(data, "speaker", path),
            event_date=self.when(data, "event_date", path),
            credibility=self.integer(data, "credibility", path, CREDIBILITY_MIN, CREDIBILITY_MAX),
            key=self.flag(data, "key", path),
            note=self.text(data, "note", path),
            tags=self.texts(data, "tags", path),
            rejected=[self.actor(a, f"{path}.rejected[{i}]") for i, a in enumerate(self.texts(data, "rejected", path))],
            extra=_extra(data, _CLAIM_KEYS),
        )
        seen: set[str] = set()
        for i, raw_pos in enumerate(self.lst(data.get("positions", []), f"{path}.positions")):
            pos = self.position(raw_pos, f"{path}.positions[{i}]")
            if pos is None:
                continue
            if pos.actor in seen:
                self.fail(f"{path}.positions[{i}].actor", f"{pos.actor} has two positions in this claim")
            seen.add(pos.actor)
            claim.positions.append(pos)
        return claim

    def position(self, raw: Any, path: str) -> Position | None:
        data = self.obj(raw, path)
        actor = self.actor(data.get("actor"), f"{path}.actor")
        if "stance" not in data:
            self.fail(f"{path}.stance", "missing (null when no stance is chosen yet)")
            return None
        stance = self.integer(data, "stance", path, STANCE_MIN, STANCE_MAX)  # null: added, not chosen yet
        if data["stance"] is not None and stance is None:
            return None
        origin = self.text(data, "origin", path, "analyst")
        if origin not in ORIGINS:
            self.fail(f"{path}.origin", f"{origin!r} is not one of {', '.join(ORIGINS)}")
        confidence = data.get("confidence")
        if confidence is not None and (
            isinstance(confidence, bool) or not isinstance(confidence, (int, float)) or not 0 <= confidence <= 1
        ):
            self.fail(f"{path}.confidence", f"{confidence!r} is not a number between 0 and 1")
            confidence = None
        return Position(
            actor,
            stance,
            origin,
            self.text(data, "cue", path),
            confidence,
            self.text(data, "speaker", path),
            _extra(data, _POSITION_KEYS),
        )

    def cross_check(self, brief: Brief) -> None:
        sources: dict[str, Source] = {}
        for i, src in enumerate(brief.sources):
            if src.id in sources:
                self.fail(f"sources[{i}].id", f"{src.id!r} is used by another source too")
            sources[src.id] = src
        claim_ids: set[str] = set()
        for i, claim in enumerate(brief.claims):
            path = f"claims[{i}]"
            if claim.id in claim_ids:
                self.fail(f"{path}.id", f"{claim.id!r} is used by another claim too")
            claim_ids.add(claim.id)
            owner = sources.get(claim.source)
            if owner is None:
                self.fail(f"{path}.source", f"no source has the id {claim.source!r}")
                continue
            if claim.start > claim.end:
                self.fail(f"{path}.start", f"{claim.start} is after the end ({claim.end})")
            elif claim.end > len(owner.text):
                self.fail(
                    f"{path}.end",
                    f"{claim.end} is past the end of source {owner.id}'s text ({len(owner.text)} characters)",
                )
            elif owner.text[claim.start : claim.end] != claim.text:
                self.fail(f"{path}.text", f"does not match source {owner.id}'s text at {claim.start}..{claim.end}")


_INFO_KEYS = (
    "title",
    "question",
    "bluf",
    "assessment",
    "confidence",
    "outlook",
    "analyst",
    "organisation",
    "date",
    "marking",
    "page_size",
    "roster",
    "stance_scale",
    "overrides",
)
_SOURCE_KEYS = (
    "id",
    "title",
    "outlet",
    "authors",
    "published",
    "url",
    "retrieved",
    "text",
    "sha256",
    "reliability",
    "captions",
    "dateline",
    "retracted",
    "downgraded_from",
)
_CLAIM_KEYS = (
    "id",
    "source",
    "start",
    "end",
    "text",
    "speaker",
    "event_date",
    "credibility",
    "key",
    "note",
    "tags",
    "positions",
    "rejected",
)
_POSITION_KEYS = ("actor", "stance", "origin", "cue", "confidence", "speaker")


def _extra(data: dict[str, Any], known: tuple[str, ...]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in known}


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:27] + "…"
        return f"the text {shown!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def is_iso_date(value: str) -> bool:
    try:
        if len(value) == 10:
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def from_data(data: Any, filename: str | None = None) -> Brief:
    """Validate parsed JSON and build the brief; raise InvalidBriefError listing every problem."""
    if not isinstance(data, dict):
        raise InvalidBriefError([Problem("", f"expected a JSON object at the top, found {_kind(data)}")], filename)
    if data.get("format") != FORMAT_NAME:
        found = data.get("format")
        why = "missing" if found is None else f"{found!r}, expected {FORMAT_NAME!r}"
        raise InvalidBriefError([Problem("format", f"{why}: this is not a Briefing file")], filename)
    try:
        data = migrate(data)
    except InvalidBriefError as exc:
        raise InvalidBriefError(exc.problems, filename) from None
    reader = _Reader()
    brief = reader.brief(data)
    if reader.problems:
        raise InvalidBriefError(reader.problems, filename)
    return brief


def loads(text: str, filename: str | None = None) -> Brief:
    if not text.strip():
        raise InvalidBriefError([Problem("", "the file is empty")], filename)
    try:
        data = parse_json(text)
    except json.JSONDecodeError as exc:
        raise InvalidBriefError(
            [Problem("", f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")], filename
        ) from None
    except RecursionError:
        raise InvalidBriefError(
            [Problem("", f"nested too deeply (a brief file may nest at most {MAX_NESTING} levels)")], filename
        ) from None
    # Numbers out of range and deep nesting are refused here, so that merge, save and export never meet them.
    limit_problems = json_problems(data, _join)
    if limit_problems:
        raise InvalidBriefError([Problem(path, message) for path, message in limit_problems], filename)
    if _SURROGATE_ESCAPE.search(text):  # "\ud800" escapes can leave text that cannot be saved as UTF-8
        where = _lone_surrogate(data, "")
        if where is not None:
            raise InvalidBriefError(
                [Problem(where, "contains an invalid character (a lone UTF-16 surrogate)")], filename
            )
    return from_data(data, filename)


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _lone_surrogate(value: Any, path: str) -> str | None:
    """The JSON path of the first text holding a lone surrogate, or None."""
    if isinstance(value, str):
        return path if _SURROGATE.search(value) else None
    if isinstance(value, list):
        for i, item in enumerate(value):
            found = _lone_surrogate(item, f"{path}[{i}]")
            if found is not None:
                return found
    if isinstance(value, dict):
        for key, item in value.items():
            child = _join(path, str(key))
            if _SURROGATE.search(str(key)):
                return child
            found = _lone_surrogate(item, child)
            if found is not None:
                return found
    return None


def read_text(path: str | os.PathLike[str], limit: int = MAX_FILE_BYTES) -> str:
    """Read a brief file as UTF-8 text, refusing what is too large, binary or not UTF-8."""
    name = str(path)
    try:
        raw = read_regular(path, limit)  # never blocks on a pipe, never reads past the limit
    except FileRefused as exc:
        raise InvalidBriefError([Problem("", str(exc))], name) from None
    except IsADirectoryError:
        raise InvalidBriefError([Problem("", "this is a folder, not a file")], name) from None
    except FileNotFoundError:
        raise InvalidBriefError([Problem("", "no such file")], name) from None
    except PermissionError:
        raise InvalidBriefError([Problem("", "permission denied")], name) from None
    except OSError as exc:
        raise InvalidBriefError([Problem("", f"cannot be read: {exc.strerror or exc}")], name) from None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if b"\x00" in raw[:4096]:
        raise InvalidBriefError([Problem("", "this is a binary file, not a brief file (JSON text)")], name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidBriefError(
            [Problem("", f"not UTF-8 text: byte 0x{raw[exc.start]:02x} at offset {exc.start} cannot be decoded")], name
        ) from None


def load(path: str | os.PathLike[str]) -> Brief:
    return loads(read_text(path), str(path))


def validate_file(path: str | os.PathLike[str]) -> list[Problem]:
    """Every problem of a brief file, including actor codes that name no known country or organisation."""
    try:
        brief = load(path)
    except InvalidBriefError as exc:
        return exc.problems
    return unknown_actors(brief)


def unknown_actors(brief: Brief, registry: Any = None) -> list[Problem]:
    """Actor codes well formed but unknown (``"XX"``): the brief would print them as a code with no name.

    Known means the shipped registry plus the user's own (``BRIEFING_ACTORS``)."""
    if registry is None:
        from .actors import default_registry  # loaded only when asked: opening a file does not need it

        registry = default_registry()
    problems: list[Problem] = []

    def check(code: str, where: str) -> None:
        if code not in registry:
            problems.append(Problem(where, f"{code!r} is not a known country or organisation code"))

    for i, actor in enumerate(brief.info.roster):
        check(actor, f"brief.roster[{i}]")
    for actor in brief.info.overrides:
        check(actor, f"brief.overrides.{actor}")
    for n, claim in enumerate(brief.claims):
        for i, position in enumerate(claim.positions):
            check(position.actor, f"claims[{n}].positions[{i}].actor")
        for i, actor in enumerate(claim.rejected):
            check(actor, f"claims[{n}].rejected[{i}]")
    return problems


# ---------------------------------------------------------------------------
# Writing


def to_data(brief: Brief) -> dict[str, Any]:
    info = brief.info
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "brief": {
            "title": info.title,
            "question": info.question,
            "bluf": info.bluf,
            "assessment": info.assessment,
            "confidence": info.confidence,
            "outlook": list(info.outlook),
            "analyst": info.analyst,
            "organisation": info.organisation,
            "date": info.date,
            "marking": info.marking,
            "page_size": info.page_size,
            "roster": list(info.roster),
            "stance_scale": [
                {"value": lv.value, "label": lv.label, "colour": lv.colour, **lv.extra} for lv in info.stance_scale
            ],
            "overrides": {
                actor: {"stance": o.stance, "note": o.note, **o.extra} for actor, o in info.overrides.items()
            },
            **info.extra,
        },
        "sources": [_source_data(s) for s in brief.sources],
        "claims": [_claim_data(c) for c in brief.claims],
        **brief.extra,
    }


def _source_data(s: Source) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "outlet": s.outlet,
        "authors": list(s.authors),
        "published": s.published,
        "url": s.url,
        "retrieved": s.retrieved,
        "text": s.text,
        "sha256": text_digest(s.text),
        "reliability": s.reliability,
        "captions": list(s.captions),
        "dateline": s.dateline,
        # Written only when set, so that files without them keep their bytes.
        **({"retracted": True} if s.retracted else {}),
        **({"downgraded_from": s.downgraded_from} if s.downgraded_from else {}),
        **s.extra,
    }


def _claim_data(c: Claim) -> dict[str, Any]:
    return {
        "id": c.id,
        "source": c.source,
        "start": c.start,
        "end": c.end,
        "text": c.text,
        "speaker": c.speaker,
        "event_date": c.event_date,
        "credibility": c.credibility,
        "key": c.key,
        "note": c.note,
        "tags": list(c.tags),
        "positions": [
            {
                "actor": p.actor,
                "stance": p.stance,
                "origin": p.origin,
                "cue": p.cue,
                "confidence": p.confidence,
                "speaker": p.speaker,
                **p.extra,
            }
            for p in c.positions
        ],
        "rejected": list(c.rejected),
        **c.extra,
    }


def dumps(brief: Brief) -> str:
    """The file's text: JSON indented by two spaces, non-ASCII written as it is.

    orjson writes exactly the bytes of ``json.dumps(data, ensure_ascii=False, indent=2)`` (tests/core/test_storage.py
    checks it on any text and numbers) about ten times faster: Python's own encoder has no C path when it indents,
    and a brief of 10,000 claims took 200 ms to encode. Anything orjson refuses goes through the standard encoder,
    which then says what is wrong.
    """
    import orjson  # imported here: loading a brief (export, validate) never needs it

    data = to_data(brief)
    if not _odd_float(data):
        try:
            return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"
        except (TypeError, orjson.JSONEncodeError):
            pass
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _odd_float(value: Any) -> bool:
    """Whether ``value`` holds a float that json writes in exponent form (6.1e-05), which orjson writes otherwise."""
    kind = type(value)
    if kind is float:
        return value != 0 and not 1e-4 <= abs(value) < 1e16
    if kind is dict:
        return any(_odd_float(v) for v in value.values() if type(v) in _CONTAINERS_AND_FLOAT)
    if kind is list:
        return any(_odd_float(v) for v in value if type(v) in _CONTAINERS_AND_FLOAT)
    return False


_CONTAINERS_AND_FLOAT = (dict, list, float)


def save(brief: Brief, path: str | os.PathLike[str], *, backup: bool = True) -> None:
    """Save atomically; the previous file, if any, is kept as ``FILE.bak``."""
    atomic_write(path, dumps(brief).encode("utf-8"), backup=backup)


def default_name(title: str) -> str:
    stem = re.sub(r"[^\w]+", "-", title.lower()).strip("-")[:60] or "brief"
    return stem + SUFFIX
