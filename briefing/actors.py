"""Countries, groups, organisations and people, with the names journalists use for them (one registry for the app)."""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
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
    ambiguous: list[str] = field(default_factory=list)  # forms never taken as a mention in text ("Congolese")
    until: dict[str, str] = field(default_factory=dict)  # forms that name it only up to a day ("Soviet": 1991-12-26)

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
    until: str = ""  # the last day (ISO) the form names the actor in text of its time; "" for always


# -- people ---------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """One term of office: ``Person("Donald Tusk", "PL", "prime minister", date(2023, 12, 13), None)``.

    ``country`` is an actor code (ISO 3166 alpha-2, or an organisation such as ``"NATO"`` or ``"EU"`` for its
    secretary-general or presidents); ``end`` is None while the person is in office (as far as the data knows).
    A person with several offices is several ``Person`` values with the same ``name``."""

    name: str
    country: str
    role: str
    start: date
    end: date | None = None
    surnames: tuple[str, ...] = ()

    def in_office(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on <= self.end)

    @property
    def years(self) -> str:
        """``"2023–"`` or ``"2014–2019"``."""
        return f"{self.start.year}–{self.end.year if self.end else ''}"


@dataclass(frozen=True)
class PersonMention:
    """A person named in a text, with the country they speak for on the text's date.

    ``start``/``end`` index the text; ``form`` is the text there ("Tusk", "Donald Tusk"); ``reason`` is what the app
    shows as the ground of a suggestion: ``"Tusk → Poland"``; ``detail`` says which office: ``"Donald Tusk, prime
    minister of Poland since 2023"``."""

    start: int
    end: int
    form: str
    person: Person
    reason: str
    detail: str

    @property
    def code(self) -> str:
        return self.person.country


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Capitalised words that may stand right before a surname without making it another person's name
# ("Prime Minister Tusk", "Mr Lammy", "Meanwhile Tusk said"); any other capitalised word there ("Mike Johnson")
# means a different person who shares the surname. "Sir" and "Dame" go before a first name ("Sir Kim" is Sir Kim
# Darroch, not Kim Jong Un), so they are not among them.
_BEFORE_SURNAME = _words(
    """mr mrs ms dr lord lady president prime premier minister chancellor secretary foreign defence defense
    deputy vice first state general gen sheikh emir king queen crown prince emperor supreme leader chairman chair
    counsellor councillor senator senior acting interim former then caretaker top chief head envoy spokesman
    spokeswoman spokesperson taoiseach tanaiste marshal admiral ambassador
    the a an and but or as at by for from in of on to with when while after before since if though although because
    meanwhile however yet still also now then later earlier today yesterday tomorrow monday tuesday wednesday
    thursday friday saturday sunday instead both even so thus indeed but rather only why how what where who
    said says told added wrote asked according should must will would can could shall may might does did has had is
    was"""
)
# Capitalised words that may follow a surname ("Tusk on Monday" is lower case; "Trump Tower", "Johnson Controls"
# or "Biden Administration" are not the person speaking).
_AFTER_SURNAME_OK = _words("monday tuesday wednesday thursday friday saturday sunday")
_TITLE_WORDS = _words(
    """mr mrs ms dr gen sen lord lady president prime premier minister chancellor secretary leader chairman
    king queen prince emir sheikh general taoiseach tanaiste marshal admiral ambassador envoy spokesman spokeswoman
    spokesperson commissioner representative"""
)
_HONORIFIC_BEFORE = re.compile(r"\b(?:mr|mrs|ms|dr|sir|dame|lord|lady)\.?\s+$", re.I)
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*", re.U)
_FOLD = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ı": "i", "’": "'", "ß": "s"}
)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character, case kept, without its diacritics: "á" → "a", "ł" → "l" (one character in, at most one out)."""
    ch = ch.translate(_FOLD)
    if ch.isascii():
        return ch
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return base[:1] if base else ""


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold(text: str) -> tuple[str, list[int] | None]:
    """``text`` without diacritics, and for each folded character the index it came from in ``text`` (None when
    every character folds to exactly one, the usual case: then the indexes are the same)."""
    table = {ord(ch): _fold_char(ch) for ch in set(_NON_ASCII.findall(text))}
    if all(table.values()):
        return text.translate(table), None
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        if folded:
            chars.append(folded)
            index.append(i)
    return "".join(chars), index


def _fold_form(text: str) -> str:
    return " ".join((text if text.isascii() else "".join(map(_fold_char, text))).split())


def _parse_date(text: str, *, end: bool) -> date | None:
    """``"2023-12-13"``, ``"2023-12"`` or ``"2023"``; a partial date is its first day as a start, its last as an end."""
    text = (text or "").strip()
    if not text:
        return None
    parts = text.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 12, 31) if end else date(year, 1, 1)
        month = int(parts[1])
        if len(parts) == 2:
            if not end:
                return date(year, month, 1)
            following = date(year + (month == 12), month % 12 + 1, 1)
            return date.fromordinal(following.toordinal() - 1)
        return date(year, month, int(parts[2]))
    except (ValueError, IndexError):
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") from None


def _people_from(entries: Any, where: str) -> list[tuple[Person, tuple[str, ...], tuple[str, ...]]]:
    """(term, forms that find the person, forms found only after a title) from one file's ``people`` list."""
    if not isinstance(entries, list):
        raise BriefingError(f"{where}: 'people' must be a list")
    out: list[tuple[Person, tuple[str, ...], tuple[str, ...]]] = []
    for i, entry in enumerate(entries):
        place = f"{where}: people[{i}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise BriefingError(f"{place}: a person needs a 'name'")
        surnames = tuple(str(s) for s in entry.get("surnames") or [])
        aliases = tuple(str(s) for s in entry.get("aliases") or [])
        titled = tuple(str(s) for s in entry.get("titled") or [])
        offices = entry.get("offices") or []
        if not offices or not isinstance(offices, list):
            raise BriefingError(f"{place}: {entry['name']} needs 'offices'")
        for j, office in enumerate(offices):
            if isinstance(office, dict):
                office = [office.get("country"), office.get("role"), office.get("start"), office.get("end", "")]
            if not isinstance(office, list) or len(office) < 3 or not all(isinstance(v, str) for v in office):
                raise BriefingError(f"{place}.offices[{j}]: expected [country, role, start, end]")
            try:
                start = _parse_date(office[2], end=False)
                finish = _parse_date(office[3] if len(office) > 3 else "", end=True)
            except ValueError as exc:
                raise BriefingError(f"{place}.offices[{j}]: {exc}") from None
            if start is None:
                raise BriefingError(f"{place}.offices[{j}]: the start date is missing")
            person = Person(entry["name"], office[0], office[1], start, finish, surnames)
            out.append((person, (entry["name"], *surnames, *aliases), titled))
    return out


_KINDS = ("full", "surname", "titled")  # how a form names a person (see _People)


class _People:
    """Every person the registry knows, indexed by the folded forms that name them, each with how it names them:
    "full" (a full name or alias), "surname" (alone, in a plain context) or "titled" (only right after a title).

    Kept compact, as plain tuples, for the cache (briefing.cache): each term of office becomes a ``Person`` the first
    time a look-up needs it (a text names a few of the thousand)."""

    def __init__(self, terms: list[tuple[Person, tuple[str, ...], tuple[str, ...]]]) -> None:
        self._terms: list[tuple[str, str, str, int, int, tuple[str, ...]]] = []
        self._made: list[Person | None] = []
        forms_of: dict[str, list[int]] = {}  # folded form → the terms it names, each as term * 4 + _KINDS.index(how)
        by_first: dict[str, list[str]] = {}
        given: dict[str, set[str]] = {}
        alone: dict[str, set[str]] = {}  # a person's name → the single words that name them alone ("Dar")
        self.patterns: dict[str, re.Pattern[str]] = {}
        for person, forms, titled in terms:
            alone.setdefault(person.name, set()).update(
                _fold_form(f) for f in (*forms, *titled) if f and len(f.split()) == 1
            )
            index = len(self._terms)
            end = person.end.toordinal() if person.end else 0
            self._terms.append(
                (person.name, person.country, person.role, person.start.toordinal(), end, person.surnames)
            )
            self._made.append(person)
            given.setdefault(person.name, set()).update(
                _fold_form(f).split()[0].lower() for f in forms if len(f.split()) > 1
            )
            seen: set[str] = set()
            for form in dict.fromkeys((*forms, *titled)):
                key = _fold_form(form)
                if not key or key in seen:
                    continue
                seen.add(key)
                if form in titled:
                    kind = "titled"
                elif form in person.surnames and " " not in key:
                    kind = "surname"
                else:
                    kind = "full"
                forms_of.setdefault(key, []).append(index * 4 + _KINDS.index(kind))
        self._forms: dict[str, tuple[int, ...]] = {key: tuple(codes) for key, codes in forms_of.items()}
        # name → the first words of its full forms ("volodymyr", "bibi")
        self.given: dict[str, tuple[str, ...]] = {name: tuple(sorted(words)) for name, words in given.items()}
        self.alone: dict[str, tuple[str, ...]] = {name: tuple(sorted(words)) for name, words in alone.items()}
        for key in self._forms:
            by_first.setdefault(key.split()[0].lower(), []).append(key)
        self.by_first: dict[str, tuple[str, ...]] = {
            first: tuple(sorted(keys, key=len, reverse=True)) for first, keys in by_first.items()
        }

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_made"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._made = [None] * len(self._terms)

    def __bool__(self) -> bool:
        return bool(self._forms)

    def person(self, index: int) -> Person:
        made = self._made[index]
        if made is None:
            name, country, role, start, end, surnames = self._terms[index]
            finish = date.fromordinal(end) if end else None
            made = self._made[index] = Person(name, country, role, date.fromordinal(start), finish, surnames)
        return made

    def entries(self, key: str) -> list[tuple[Person, str]]:
        """The people ``key`` (a folded form the index has) names, each with how it names them."""
        return [(self.person(code >> 2), _KINDS[code & 3]) for code in self._forms[key]]

    def everyone(self) -> list[Person]:
        return list(dict.fromkeys(self.person(code >> 2) for codes in self._forms.values() for code in codes))

    def end_of(self, folded: str, start: int, key: str) -> int:
        """Where ``key`` ends if the text has it at ``start`` (a line break may stand for a space), else -1."""
        if folded.startswith(key, start):
            return start + len(key)
        if " " not in key:
            return -1
        pattern = self.patterns.get(key)
        if pattern is None:
            pattern = self.patterns[key] = re.compile(re.escape(key).replace(r"\ ", r"\s+"))
        found = pattern.match(folded, start)
        return found.end() if found else -1

    def lookup(self, key: str) -> list[Person]:
        found = self._forms.get(key)
        if found is None:
            lower = key.lower()
            found = next((codes for form, codes in self._forms.items() if form.lower() == lower), ())
        return list(dict.fromkeys(self.person(code >> 2) for code in found))


# Words after which a common-word surname is the word, not the person ("in May", "the Key", "a Wong")
_NOT_BEFORE_A_NAME = frozenset({
    "in", "on", "of", "since", "until", "till", "by", "from", "during", "before", "after", "last", "next", "early",
    "late", "mid", "this", "that", "the", "a", "an", "every", "each", "to", "for", "and", "or", "between", "through",
    "throughout", "around", "about", "than",
})
_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"}
)
# What a person does right after the name: "Dar said", "May has", "Wang, who …", "May, on a visit to Jordan, …"
_ACTS_AFTER = re.compile(
    r"(?:'s\s+)?(?:,\s+(?!and\b|or\b)[a-z]|\s+(?:has|had|is|was|will|would|could|can|may|must|also|again|then|later|"
    r"told|said|says|added|insisted|warned|urged|called|argued|stressed|noted|wrote|replied|responded|rejected|"
    r"[a-z]{2,}ed|[a-z]{3,}s)\b)"
)


def _stands_as_person(folded: str, start: int, end: int, key: str) -> bool:
    """A common-word surname at ``folded[start:end]`` stands as the person: not after a preposition, article,
    conjunction or number ("on 4 May", "April and May"), not before a number or another month, and followed by what
    a person does ("Dar said", "May has", "Dar, who …", "May, on a visit …"; so not "Dar es Salaam", "May's local
    elections" nor "April, May and June")."""
    before = re.search(r"([\w]+)\W*$", folded[max(0, start - 20) : start])
    if before is not None and (
        before.group(1).lower() in _NOT_BEFORE_A_NAME or before.group(1).isdigit() or before.group(1).lower() in _MONTHS
    ):
        return False
    if key.lower() in _MONTHS and re.match(r"'s\b", folded[end : end + 2]):
        return False  # "May's local elections"
    return _ACTS_AFTER.match(folded, end) is not None


def _pick(people: list[Person], on: date | None) -> Person | None:
    """The one person meant: in office on ``on`` (or, without a date, the only one); None when it is not clear."""
    if on is not None:
        current = [p for p in people if p.in_office(on)]
        # Two people in office for one country (Sauli and Jussi Niinistö) still name that country.
        return sorted(current, key=_rank)[0] if len({p.country for p in current}) == 1 else None
    if len({p.country for p in people}) != 1:
        return None  # "Orban": Viktor (Hungary) or Ludovic (Romania); "Tusk": Poland or the EU
    # every candidate spoke for one country ("Niinistö", Sauli or Jussi: Finland): the latest term names it
    return max(people, key=lambda p: p.start)


_ROLE_ORDER = ("president", "king", "queen", "emir", "supreme leader", "chancellor", "prime minister")


def _rank(person: Person) -> tuple[int, date]:
    role = person.role.lower()
    rank = next((i for i, r in enumerate(_ROLE_ORDER) if role.startswith(r)), len(_ROLE_ORDER))
    return rank, person.start


class ActorRegistry:
    """Every ISO 3166 country (from pycountry, read the first time a look-up needs a country the data files
    do not name, so that exporting a brief does not pay for it), plus groups and organisations."""

    def __init__(self, data: Iterable[dict[str, Any]], people_files: Iterable[str | os.PathLike[str]] = ()) -> None:
        self._actors: dict[str, Actor] = {}
        self.rosters: dict[str, list[str]] = {}
        self._iso_loaded = False
        self._mentions: list[Mention] | None = None
        # People are read the first time a look-up needs them (files first, then each chunk's own "people", so
        # that the analyst's entry for a name replaces the shipped one).
        self._people_files = list(people_files)
        self._people_chunks: list[tuple[Any, str]] = []
        self._people: _People | None = None
        self._actor_words: frozenset[str] | None = None
        self._kept: dict[str, bytes] = {}  # see __getstate__
        for chunk in data:
            self._merge(chunk)

    # A registry kept in the cache (load_registry) holds its mentions and people index as pickles of their own, read
    # when a look-up first needs them: a process that only names countries (validate, the app's first paint) does
    # not pay for reading the thousand terms of office.
    _KEPT_APART = ("_mentions", "_people", "_actor_words")

    def __getstate__(self) -> dict[str, Any]:
        import pickle

        state = dict(self.__dict__)
        kept = dict(self._kept)
        for name in self._KEPT_APART:
            if state[name] is not None:
                kept[name] = pickle.dumps(state[name], protocol=pickle.HIGHEST_PROTOCOL)
                state[name] = None
        state["_kept"] = kept
        return state

    def _read_kept(self, name: str) -> Any:
        """The value kept apart as ``name`` (see __getstate__), now read; None when there is none."""
        data = self._kept.pop(name, None)
        if data is None:
            return None
        import pickle

        return pickle.loads(data)

    def _load_iso(self) -> None:
        if self._iso_loaded:
            return
        self._iso_loaded = True
        for code, name in iso_countries():
            actor = self._actors.get(code)
            if actor is None:
                self._actors[code] = Actor(code, name, "country", aliases=[name])
            elif name not in actor.aliases:
                actor.aliases.append(name)
        self._mentions = None

    def _merge(self, data: dict[str, Any]) -> None:
        for kind_key, kind in (("countries", "country"), ("groups", "group"), ("organisations", "organisation")):
            for code, entry in (data.get(kind_key) or {}).items():
                default = (entry.get("aliases") or [code])[0]
                actor = self._actors.get(code) or Actor(code, entry.get("name", default), kind)
                actor.name = entry.get("name", actor.name)
                for attr in ("aliases", "demonyms", "capitals", "metonyms", "members", "ambiguous"):
                    values = getattr(actor, attr)
                    for value in entry.get(attr, []):
                        if value not in values:
                            values.append(value)
                actor.until.update({str(k): str(v) for k, v in (entry.get("until") or {}).items()})
                if actor.name not in actor.aliases and kind != "group":
                    actor.aliases.insert(0, actor.name)
                self._actors[code] = actor
        for roster, members in (data.get("rosters") or {}).items():
            self.rosters[roster] = list(members)
        if "people" in data:
            self._people_chunks.append((data["people"], str(data.get("_source", "actors.json"))))
            self._people = None

    # -- look-ups ---------------------------------------------------------

    def is_country(self, code: str) -> bool:
        actor = self.get(code)
        return actor is not None and actor.kind == "country"

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
        person = self.find_person(text)  # "Tusk" → the one country all of that name's offices were for
        return [person.country] if person else []

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
            kept = self._read_kept("_mentions")
            self._mentions = kept if kept is not None else _mentions(self)
        return self._mentions

    def roster(self, name: str) -> list[str]:
        return list(self.rosters.get(name, []))

    # -- people -----------------------------------------------------------

    def _people_index(self) -> _People:
        if self._people is None:
            kept = self._read_kept("_people")
            self._people = kept if kept is not None else _people_index(self._people_files, self._people_chunks)
        return self._people

    def people(self) -> list[Person]:
        """Every term of office the registry knows (the shipped ``people.json`` and the analyst's files)."""
        index = self._people_index()
        return index.everyone()

    def find_person(self, name: str, on: date | None = None) -> Person | None:
        """The person ``name`` stands for: a surname journalists use ("Tusk", "Orban" or "Orbán") or a full name,
        with or without a title ("Polish Prime Minister Donald Tusk").

        With ``on`` (the article's date), only the people in office that day count: "Sikorski" on 2012-05-01 and
        on 2024-05-01 is Poland's foreign minister, on 2020-05-01 nobody. When several people in office share the
        name and speak for different countries, or nobody is in office, the answer is None; without ``on`` it is
        None unless every match spoke for one country (then the latest office)."""
        index = self._people_index()
        words = _fold_form(name).replace("'s ", " ").split()
        while words:
            people = index.lookup(" ".join(words))
            if people:
                return _pick(people, on)
            first = words[0].lower().rstrip(".")
            if first not in _BEFORE_SURNAME and first not in self._words_of_actors():
                return None
            words = words[1:]
        return None

    def find_people(
        self, text: str, on: date | None = None, known: frozenset[str] = frozenset()
    ) -> list[PersonMention]:
        """The people a text names, each with the country they speak for on ``on``, in order of appearance.

        A surname alone counts only when it is not another person's name ("Mike Johnson" is not Boris Johnson; a
        capitalised word right before it must be a title or an ordinary word: "Prime Minister Johnson", "Mr
        Johnson", "Meanwhile Johnson") and not part of a longer name ("Trump Tower", "Biden-era"). Surnames that
        are also common words ("May") count only after a title. Once a text names another person of that surname
        ("Mike Johnson"), the surname alone is that person for the rest of the text, and once it names one of two
        namesakes in office ("Kamala Harris"), the surname alone is that one: pass a whole article (or paragraph)
        rather than one sentence where you can; or pass ``known``, the full names of the people the rest of the
        article names in full (``named_in_full``: "Ishaq Dar" earlier makes a later "Dar said" his, though "Dar" alone
        needs a title otherwise; "Alfredo Palacio" earlier keeps a later "said Palacio" from Spain's Ana Palacio).
        People not in office on ``on``, or a name that several people in office share, give nothing: a wrong country
        is worse than a missing one."""
        return self._scan_people(text, on, known)[0]

    def named_in_full(self, text: str, on: date | None = None) -> frozenset[str]:
        """The people ``text`` (an article) names by a full name: those the registry knows ("Ishaq Dar"), and others
        whose surname is a known person's ("Alfredo Palacio", not Ana Palacio). Passed back as ``known`` with one of
        its sentences, a surname alone there is the one named ("Dar said"), or nobody the registry knows ("said
        Palacio")."""
        found, namesakes = self._scan_people(text, on)
        return frozenset(p.person.name for p in found if len(p.form.split()) > 1) | namesakes

    def _scan_people(
        self, text: str, on: date | None = None, known: frozenset[str] = frozenset()
    ) -> tuple[list[PersonMention], frozenset[str]]:
        """(See ``find_people``.) Also the full names the text gives to others than the registry's people of that
        surname ("Alfredo Palacio")."""
        index = self._people_index()
        if not index:
            return [], frozenset()
        folded, where = _fold(text)
        out: list[PersonMention] = []
        # surnames the rest of the article gives to someone the registry does not know ("Alfredo Palacio")
        # (and those of a known person never called by that word alone: "Alfredo Palacio" is listed in full only)
        others: set[str] = {
            n.split(" ", 1)[1] for n in known
            if " " in n and (n not in index.given or _fold_form(n.split(" ", 1)[1]) not in index.alone.get(n, ()))
        }
        namesakes: set[str] = set()
        named: dict[str, str] = {}
        pos = 0
        for token in _NAME_TOKEN.finditer(folded):
            if token.start() < pos:
                continue
            word = token.group()
            word = (word[:-2] if word.endswith("'s") else word).rstrip(".'")  # "Tusk's" is Tusk
            for key in index.by_first.get(word.lower(), ()):
                end = index.end_of(folded, token.start(), key)
                if end < 0:
                    continue
                after = folded[end : end + 2]
                if after[:1].isalnum() or after[:1] == "-" or (after[:1] == "'" and after[1:2] not in ("s", "")):
                    continue  # "Trumpism", "Biden-era"; "Tusk's" is Tusk
                plain, titled, first = self._name_context(folded, token.start(), end)
                entries = index.entries(key)
                if first:
                    # "Volodymyr Zelenskyy" is Zelensky; "Mike Johnson" is not Boris, nor is a later "Johnson"
                    entries = [(p, kind) for p, kind in entries if first.lower() in index.given.get(p.name, ())]
                    plain = bool(entries)
                    if not entries:
                        others.add(key)
                        namesakes.add(f"{first} {key}")
                plain = plain and key not in others
                if key in named and not first:  # "Kamala Harris … Harris said": the same Harris
                    entries = [(p, kind) for p, kind in entries if p.name == named[key]]
                elif known and not first and key not in others and (
                    met := [(p, k) for p, k in entries if p.name in known]
                ):
                    # the article names this one in full elsewhere: the surname alone is that person, title or not,
                    # where it stands as a person does ("Dar said"), not as a word ("on 4 May", "Dar es Salaam")
                    alone = _stands_as_person(folded, token.start(), end, key)
                    entries = [(p, "surname" if k == "titled" and alone else k) for p, k in met]
                people = [
                    person
                    for person, kind in entries
                    if kind == "full" or (kind == "surname" and plain) or (kind == "titled" and titled)
                ]
                if titled and _HONORIFIC_BEFORE.search(folded, max(0, token.start() - 6), token.start()):
                    # "Mr Blair" is no office title: the one whose surname it is comes before the one called so only
                    # after an office ("Minister Blair"); "Mr Straw" still finds the Straw who needs a title
                    bare = [person for person, kind in entries if kind != "titled" and person in people]
                    people = bare or people
                if not people:
                    continue
                person = _pick(people, on)
                pos = end
                if person is None:
                    break
                for surname in person.surnames:
                    named.setdefault(_fold_form(surname), person.name)
                start, stop = (token.start(), end) if where is None else (where[token.start()], where[end - 1] + 1)
                form = text[start:stop]
                country = self.name(person.country)
                since = f"since {person.start.year}" if person.end is None else person.years
                detail = f"{person.name}, {person.role} of {country} ({since})"
                out.append(PersonMention(start, stop, form, person, f"{form} → {country}", detail))
                break
        return out, frozenset(namesakes)

    def _name_context(self, folded: str, start: int, end: int) -> tuple[bool, bool, str]:
        """Whether a surname at ``folded[start:end]`` stands alone (not "Trump Tower"), whether a title comes right
        before it ("Prime Minister May"), and the first name right before it, if any ("Mike" in "Mike Johnson")."""
        before = re.search(r"([^\W\d_][\w'-]*)(\.?)\s+$", folded[max(0, start - 40) : start])
        previous = before.group(1) if before and "\n\n" not in before.group(0) else ""
        prev_key = previous.lower()
        if before and before.group(2) and prev_key not in _TITLE_WORDS:
            previous = prev_key = ""  # the end of the sentence before ("… Trump Tower. Sikorski said")
        if (
            previous[:1].isupper()
            and not previous.endswith("'s")
            and prev_key not in _BEFORE_SURNAME
            and prev_key not in _TITLE_WORDS
            and prev_key not in self._words_of_actors()
        ):
            return False, False, previous
        following = re.match(r"[ \t]+([^\W\d_][\w'-]*)", folded[end:])
        if following and following.group(1)[:1].isupper():
            next_key = following.group(1).lower()
            if next_key not in _AFTER_SURNAME_OK and next_key not in _BEFORE_SURNAME:
                return False, False, ""
        return True, prev_key in _TITLE_WORDS, ""

    def _words_of_actors(self) -> frozenset[str]:
        """Lower-case words of every country, demonym, capital and group name ("polish", "german", "kremlin")."""
        if self._actor_words is None:
            self._actor_words = self._read_kept("_actor_words")
        if self._actor_words is None:
            words: set[str] = set()
            for mention in self.mentions():
                words.update(w.lower() for w in _fold_form(mention.form).split())
            self._actor_words = frozenset(words)
        return self._actor_words


def _people_index(files: list[str | os.PathLike[str]], chunks: list[tuple[Any, str]]) -> _People:
    """The index of the people in ``files`` and then ``chunks`` (a later entry for a name replaces an earlier one).

    Reading people.json and indexing its thousand terms of office costs every process about 10 ms, as much as laying
    out half the page; the index is kept in the cache (briefing.cache) under a key of the files' bytes, the chunks'
    entries and this module's code, so that a changed file or module is read afresh."""

    def make() -> _People:
        terms: list[tuple[Person, tuple[str, ...], tuple[str, ...]]] = []
        sources: list[tuple[Any, str]] = [(_read(path).get("people", []), str(path)) for path in files]
        for entries, where in [*sources, *chunks]:
            found = _people_from(entries, where)
            replaced = {person.name for person, _, _ in found}
            terms = [t for t in terms if t[0].name not in replaced] + found
        return _People(terms)

    from . import cache

    try:
        inline = json.dumps(chunks, sort_keys=True, ensure_ascii=False)
    except (TypeError, ValueError):  # entries that are not JSON (made in code): nothing to key them by
        return make()
    key = cache.digest(*cache.files_key(files), inline, cache.source_of(__file__), sys.version_info[:3])
    return cache.cached("people", key, make, check=lambda value: isinstance(value, _People))


def iso_countries() -> list[tuple[str, str]]:
    """(alpha-2 code, common name) of every ISO 3166 country, in pycountry's order: read from the small copy in
    ``resources/iso_countries.json`` (importing pycountry and reading its data costs about 20 ms), else pycountry."""
    try:
        with open(resource("iso_countries.json"), encoding="utf-8") as handle:
            return [(code, name) for code, name in json.load(handle)["countries"]]
    except (OSError, ValueError, KeyError, TypeError):
        import pycountry

        return [(c.alpha_2, getattr(c, "common_name", None) or c.name) for c in pycountry.countries]


def _mentions(registry: ActorRegistry) -> list[Mention]:
    out: list[Mention] = []
    # A form that two countries use ("Congolese", "Dominican") names neither for sure.
    owners: dict[str, set[str]] = {}
    for actor in registry._actors.values():
        if actor.kind == "country":
            for form in (*actor.aliases, *actor.demonyms, *actor.capitals, *actor.metonyms):
                owners.setdefault(form, set()).add(actor.code)
    shared = {form for form, codes in owners.items() if len(codes) > 1}
    for actor in registry._actors.values():
        skip = shared | set(actor.ambiguous)
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
                if form not in skip:
                    out.append(Mention(form, actor.code, role, actor.until.get(form, "")))
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
    """The shipped registry, extended by the user's files (same shape as ``resources/actors.json``, plus a
    ``people`` list shaped like ``resources/people.json``'s). The shipped people are read at the first look-up.

    Reading and indexing these files (the ISO countries, every name's mentions, the people in office) costs each
    process about 10 ms, as much as half the page; a registry made from the same files before comes from the cache
    (briefing.cache, keyed by the files' bytes and this module's code) with all of that already read."""
    from . import cache

    extra = list(extra_paths)
    people = resource("people.json")
    people_files: list[str | os.PathLike[str]] = [people] if people.is_file() else []
    read = [resource("actors.json"), *extra, resource("iso_countries.json"), *people_files]
    key = cache.digest(*cache.files_key(read), cache.source_of(__file__), sys.version_info[:3])
    # One entry per set of extra files (the app's own actor list, BRIEFING_ACTORS), so that the command line and an
    # app with the analyst's list do not keep replacing each other's.
    name = "registry" if not extra else "registry-" + cache.digest(*(str(path) for path in extra))[:16]
    kept = cache.load(name, key)
    if isinstance(kept, ActorRegistry):
        return kept
    chunks = [_read(resource("actors.json"))]
    for path in extra:
        chunk = _read(path)
        chunk.setdefault("_source", str(path))
        if "people" in chunk:
            _people_from(chunk["people"], str(path))  # the analyst's mistakes show when the file is read
        chunks.append(chunk)
    registry = ActorRegistry(chunks, people_files)
    try:  # what a look-up would read, read now for the next process (a broken file still shows at its look-up)
        registry._load_iso()
        registry.mentions()
        registry._people_index()
        registry._words_of_actors()
    except BriefingError:
        return registry
    cache.store(name, key, registry)
    return registry


@lru_cache(maxsize=1)
def default_registry() -> ActorRegistry:
    extra = os.environ.get("BRIEFING_ACTORS")
    return load_registry([extra] if extra else [])
