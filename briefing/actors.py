"""Countries, groups and organisations, with the names people use for them (one registry for the app)."""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .assets import resource
from .errors import BriefingError

KINDS = ("country", "group", "organisation")


@dataclass
class Actor:
    code: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    metonyms: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)

    @property
    def flag(self) -> str:
        if self.kind == "country" and len(self.code) == 2 and self.code.isalpha():
            return "".join(chr(0x1F1E6 + ord(ch) - ord("A")) for ch in self.code.upper())
        return ""

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})"


@dataclass(frozen=True)
class Mention:
    """A surface form of an actor: ``form`` is how it is written, ``role`` how it names the actor."""

    form: str
    code: str
    role: str  # "name", "demonym", "capital", "metonym", "group"


class ActorRegistry:
    """Every ISO 3166 country (from pycountry, read the first time a look-up needs a country the data files
    do not name, so that exporting a brief does not pay for it), plus groups and organisations."""

    def __init__(self, data: Iterable[dict[str, Any]]) -> None:
        self._actors: dict[str, Actor] = {}
        self.rosters: dict[str, list[str]] = {}
        self._iso_loaded = False
        self._mentions: list[Mention] | None = None
        for chunk in data:
            self._merge(chunk)

    def _load_iso(self) -> None:
        if self._iso_loaded:
            return
        self._iso_loaded = True
        import pycountry  # imported here: exporting a brief rarely needs it

        for country in pycountry.countries:
            name = getattr(country, "common_name", None) or country.name
            actor = self._actors.get(country.alpha_2)
            if actor is None:
                self._actors[country.alpha_2] = Actor(country.alpha_2, name, "country", aliases=[name])
            elif name not in actor.aliases:
                actor.aliases.append(name)
        self._mentions = None

    def _merge(self, data: dict[str, Any]) -> None:
        for kind_key, kind in (("countries", "country"), ("groups", "group"), ("organisations", "organisation")):
            for code, entry in (data.get(kind_key) or {}).items():
                default = (entry.get("aliases") or [code])[0]
                actor = self._actors.get(code) or Actor(code, entry.get("name", default), kind)
                actor.name = entry.get("name", actor.name)
                for attr in ("aliases", "demonyms", "capitals", "metonyms", "members"):
                    values = getattr(actor, attr)
                    for value in entry.get(attr, []):
                        if value not in values:
                            values.append(value)
                if actor.name not in actor.aliases and kind != "group":
                    actor.aliases.insert(0, actor.name)
                self._actors[code] = actor
        for roster, members in (data.get("rosters") or {}).items():
            self.rosters[roster] = list(members)

    # -- look-ups ---------------------------------------------------------

    def get(self, code: str) -> Actor | None:
        actor = self._actors.get(code)
        if actor is None and not self._iso_loaded:
            self._load_iso()
            actor = self._actors.get(code)
        return actor

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and self.get(code) is not None

    def all(self, kinds: tuple[str, ...] = ("country", "organisation")) -> list[Actor]:
        self._load_iso()
        return sorted((a for a in self._actors.values() if a.kind in kinds), key=lambda a: a.name)

    def name(self, code: str) -> str:
        actor = self.get(code)
        return actor.name if actor else code

    def flag(self, code: str) -> str:
        actor = self.get(code)
        return actor.flag if actor else ""

    def resolve(self, text: str) -> list[str]:
        """The actor codes a name stands for: ``"the Baltic states"`` → ``["EE", "LV", "LT"]``."""
        key = _norm(text)
        if not key:
            return []
        upper = text.strip().upper()
        known = self.get(upper) if 2 <= len(upper) <= 16 and upper.replace("-", "").isalnum() else None
        if known is not None and known.kind != "group":
            return [upper]
        for mention in self.mentions():
            if _norm(mention.form) == key:
                actor = self._actors[mention.code]
                return list(actor.members) if actor.kind == "group" else [actor.code]
        return []

    def search(self, text: str, limit: int = 20) -> list[Actor]:
        """Actors whose code, name or any alias starts with (then contains) ``text``, for a completer."""
        key = _norm(text)
        if not key:
            return []
        starts: list[Actor] = []
        contains: list[Actor] = []
        for actor in self.all():
            forms = [actor.code, actor.name, *actor.aliases, *actor.demonyms, *actor.capitals, *actor.metonyms]
            normed = [_norm(f) for f in forms]
            if any(n.startswith(key) for n in normed):
                starts.append(actor)
            elif any(key in n for n in normed):
                contains.append(actor)
        return (starts + contains)[:limit]

    def completion_entries(self) -> list[tuple[str, str]]:
        """(text shown, actor code) for every name a user might type."""
        out: list[tuple[str, str]] = []
        for actor in self.all():
            forms = dict.fromkeys([actor.name, actor.code, *actor.aliases, *actor.metonyms, *actor.capitals])
            for form in forms:
                shown = actor.label if form in (actor.name, actor.code) else f"{form} → {actor.label}"
                out.append((shown, actor.code))
        return out

    def mentions(self) -> list[Mention]:
        self._load_iso()
        if self._mentions is None:
            self._mentions = _mentions(self)
        return self._mentions

    def roster(self, name: str) -> list[str]:
        return list(self.rosters.get(name, []))


def _mentions(registry: ActorRegistry) -> list[Mention]:
    out: list[Mention] = []
    for actor in registry._actors.values():
        roles: list[tuple[str, list[str]]] = (
            [("group", [*actor.aliases, actor.name])]
            if actor.kind == "group"
            else [
                ("name", actor.aliases),
                ("demonym", actor.demonyms),
                ("capital", actor.capitals),
                ("metonym", actor.metonyms),
            ]
        )
        for role, forms in roles:
            for form in dict.fromkeys(forms):
                out.append(Mention(form, actor.code, role))
    # Longest first, so that "South Korea" wins over "Korea" and "the Baltic states" over "Baltic".
    out.sort(key=lambda m: -len(m.form))
    return out


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.strip().lower().replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.split())


def _read(path: str | os.PathLike[str]) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BriefingError(f"{path}: the actor list cannot be read ({exc})") from None
    if not isinstance(data, dict):
        raise BriefingError(f"{path}: the actor list must be a JSON object")
    return data


def load_registry(extra_paths: Iterable[str | os.PathLike[str]] = ()) -> ActorRegistry:
    """The shipped registry, extended by the user's files (same shape as ``resources/actors.json``)."""
    chunks = [_read(resource("actors.json"))]
    chunks.extend(_read(p) for p in extra_paths)
    return ActorRegistry(chunks)


@lru_cache(maxsize=1)
def default_registry() -> ActorRegistry:
    extra = os.environ.get("BRIEFING_ACTORS")
    return load_registry([extra] if extra else [])
