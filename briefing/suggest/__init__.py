"""Suggested positions for claims: who holds one, which way they lean, and the cue that says so.

Rules over the lexicons in ``resources/lexicon/`` and the sentence's parse, with a small learned model for the countries
a sentence names that no rule placed (``linker.py``); nothing is downloaded. Suggestions carry origin "suggested";
running them again never touches what the analyst set, accepted or rejected.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from ..actors import ActorRegistry, default_registry
from ..ingest.quotes import QuoteIndex
from ..model import Brief, Claim, Position
from .engine import SentenceReading, Suggestion, read_sentence
from .lexicon import Lexicon, default_lexicon, find_cues, load_lexicon

__all__ = [
    "Lexicon",
    "SentenceReading",
    "Suggestion",
    "apply_reading",
    "learning_summary",
    "load_lexicon",
    "read_sentence",
    "suggest_brief",
    "suggest_claim",
    "suggest_text",
]


def suggest_text(
    text: str, published: str = "", registry: ActorRegistry | None = None, lexicon: Lexicon | None = None
) -> SentenceReading:
    from .echo import resolve_echoes

    lexicon = lexicon or default_lexicon()
    reading = read_all([text], [published], registry or default_registry(), lexicon)[0]
    resolve_echoes(reading, text, [], lexicon)  # alone, a sentence echoes only what it says itself
    return reading


def read_all(
    texts: list[str],
    published: list[str],
    registry: ActorRegistry,
    lexicon: Lexicon,
    question: str = "",
    as_of: list[str] | None = None,
    known: list[frozenset[str]] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[SentenceReading]:
    """Each sentence read with the parser when it is installed (loaded on first use), else by the word rules;
    with a question, stances are read toward its measure. ``as_of``: for an undated article, the day it was
    imported, on which a surname alone finds who held office ("Tusk" → Poland); its event dates stay unknown.
    ``known``: for each sentence, the people its article names in full (a later "Dar" alone is Ishaq Dar).
    ``progress(done, total)`` is told as the sentences are read. Many sentences are read on two cores where the
    machine has them (``parallel.py``): each sentence's reading is its own, so the result is the same."""
    days = [as_of[i][:10] if as_of and not p else "" for i, p in enumerate(published)]
    people = known or [frozenset()] * len(texts)
    from .parallel import read_in_parallel
    from .parser import parser_enabled

    if parser_enabled():
        together = read_in_parallel(texts, published, days, people, registry, lexicon, question, progress)
        if together is not None:
            return together
    reader = ChunkReader(registry, lexicon, question)
    out: list[SentenceReading] = []
    for start in range(0, len(texts), CHUNK):
        end = start + CHUNK
        out.extend(reader.read(texts[start:end], published[start:end], days[start:end], people[start:end]))
        if progress is not None:
            progress(len(out), len(texts))
    return out


CHUNK = 256  # sentences read at a time (the parser's batch): progress is told, and work shared, by chunks


class ChunkReader:
    """Reads sentences toward one question, chunk by chunk; the question is read once (``read_all``)."""

    def __init__(self, registry: ActorRegistry, lexicon: Lexicon, question: str) -> None:
        from .parser import load_parser, parser_enabled
        from .question import question_of

        self.registry, self.lexicon = registry, lexicon
        self.nlp = load_parser() if parser_enabled() else None
        self.q = question_of(question, registry, lexicon) if self.nlp is not None else None

    def read(
        self, texts: list[str], published: list[str], days: list[str], people: list[frozenset[str]]
    ) -> list[SentenceReading]:
        from .evaluation import evaluations
        from .grammar import read_parsed
        from .parser import parse_all
        from .question import is_measure_term

        registry, lexicon, q = self.registry, self.lexicon, self.q
        rules = [
            read_sentence(t, registry, lexicon, p, as_of=d, known=k)
            for t, p, d, k in zip(texts, published, days, people)
        ]
        if self.nlp is None:
            return rules
        # Only sentences that name an actor and hold a stance word are worth parsing.
        wanted = [
            i
            for i, r in enumerate(rules)
            if r.suggestions
            or (
                # a stance word, a judgement of the measure, the measure named, or (with a question) a verb of
                # saying, calling or seeing, for the learned linker to read
                (find_cues(texts[i], lexicon) or evaluations(texts[i], q) or (q and is_measure_term(texts[i], q))
                 or (q and (lexicon.say_verbs.search(texts[i]) or _JUDGING.search(texts[i]))))
                and _names_actor(texts[i], registry, published[i], days[i], people[i])
            )
        ]
        out = list(rules)
        for i, doc in zip(wanted, parse_all([texts[i] for i in wanted])):
            if doc is not None:
                out[i] = read_parsed(
                    texts[i], doc, registry, lexicon, published[i], rules[i], q, as_of=days[i], known=people[i]
                )
        return out


# Verbs that tell how a holder sees or calls something, or that it made something known, with no stance word of their
# own ("Syria's government called it a dangerous escalation"): worth the parse when there is a question to read toward
_JUDGING = re.compile(
    r"\b(?:call(?:s|ed)?|describ(?:es|ed)|label(?:s|led|ed)|brand(?:s|ed)|characteri[sz](?:es|ed)|portray(?:s|ed)|"
    r"sees|saw|views?|viewed|regard(?:s|ed)|consider(?:s|ed)|maintain(?:s|ed)|observed|expressed|conveyed|voiced|"
    r"issued|revealed|decided|likened|dismissed)\b",
    re.I,
)


# Ministries that several states call by the same name: Pakistan's spokesman, in Islamabad's press, is "the Foreign
# Office spokesperson" too. Alone, such a name stands for its country only in an article that names it otherwise.
SHARED_METONYMS = frozenset({"foreign office", "the foreign office"})


def _drop_shared_metonyms(
    readings: list[SentenceReading], sources: list[Any], registry: ActorRegistry, question: str = ""
) -> None:
    """Drop the suggestions (and the linker's candidates) of a country that its article names only by a shared
    metonym ("the Foreign Office said …" in an article that never names Britain, on a question that does not)."""
    from .mentions import finder_for

    finder = finder_for(registry)
    asked = {c for m in finder.find(question) for c in m.codes} if question.strip() else set()
    only: dict[int, frozenset[str]] = {}  # per source: countries named only by a shared metonym
    for reading, source in zip(readings, sources):
        if source is None or not (reading.suggestions or reading.candidates):
            continue
        if id(source) not in only:
            # the title and the dateline name the country too ("LONDON (Reuters) -", "UK condemns …")
            whole = "\n\n".join(t for t in (source.title, source.dateline, source.text) if t)
            only[id(source)] = _named_only_as_shared(registry, whole, source.published) - asked
        gone = only[id(source)]
        if gone:
            reading.suggestions = [s for s in reading.suggestions if s.actor not in gone]
            reading.candidates = [c for c in reading.candidates if c.code not in gone]


@lru_cache(maxsize=16)
def _named_only_as_shared(registry: ActorRegistry, text: str, published: str) -> frozenset[str]:
    """The countries ``text`` names only by a shared metonym (kept per article: a claim suggested again, or the
    positions editor, asks again)."""
    from .mentions import finder_for

    if "office" not in text.lower():
        return frozenset()
    shared: set[str] = set()
    other: set[str] = set()
    for m in finder_for(registry).find(text, published):
        named = text[m.start : m.end].lower()
        (shared if m.role == "metonym" and named in SHARED_METONYMS else other).update(m.codes)
    return frozenset(shared - other)


def _names_actor(
    text: str, registry: ActorRegistry, published: str, as_of: str = "", known: frozenset[str] = frozenset()
) -> bool:
    from .mentions import finder_for

    return bool(finder_for(registry).find(text, published, as_of, known))


@lru_cache(maxsize=16)
def named_in_full(registry: ActorRegistry, text: str, published: str = "") -> frozenset[str]:
    """The people ``text`` (an article) names by a full name ("Ishaq Dar", "Theresa May"): after that, the article
    may call them by the surname alone. Kept for the last articles asked about (the positions editor asks on every
    refresh)."""
    from ..names import iso_day

    if not hasattr(registry, "named_in_full"):
        return frozenset()
    return registry.named_in_full(text, iso_day(published))


def apply_reading(claim: Claim, reading: SentenceReading) -> int:
    """Replace the claim's unreviewed suggestions by ``reading``'s; return how many were added.

    Positions the analyst set or accepted stay, rejected actors are not suggested again, and the
    speaker and event date are filled only where the analyst left them empty.
    """
    kept = [p for p in claim.positions if not p.suggested]
    held = {p.actor for p in kept} | set(claim.rejected)
    added = 0
    for s in reading.suggestions:
        if s.actor in held:
            continue
        kept.append(Position(s.actor, s.stance, "suggested", s.cue, round(s.confidence, 2), s.speaker))
        held.add(s.actor)
        added += 1
    claim.positions = kept
    if not claim.speaker and reading.speaker and len({s.actor for s in reading.suggestions}) <= 1:
        claim.speaker = reading.speaker  # the claim's speaker only when one actor speaks in it
    if not claim.event_date and reading.event_date:
        claim.event_date = reading.event_date
    return added


def suggest_claim(
    brief: Brief, claim: Claim, registry: ActorRegistry | None = None, lexicon: Lexicon | None = None
) -> SentenceReading:
    source = brief.source(claim.source)
    return suggest_text(claim.text, source.published if source else "", registry, lexicon)


def suggest_brief(
    brief: Brief,
    claims: Iterable[Claim] | None = None,
    registry: ActorRegistry | None = None,
    lexicon: Lexicon | None = None,
    unplaced: list[tuple[Claim, Any]] | None = None,
    placed: list[tuple[Claim, str, dict[str, float]]] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Run suggestions over ``claims`` (default: all) in place; return the number of positions added.

    ``unplaced``: when given, the learned linker does not run; the countries it would score are appended to it with
    their claims instead (for training it, ``resources/models/train_linker.py``). ``placed``: likewise, the learned
    vetter does not run; each country a rule placed is appended with its claim and the vetter's features.
    ``progress(done, total)``: told as the claims are read."""
    from .learning import KEY, brief_lexicon, cue_key, observe

    registry = registry or default_registry()
    base = lexicon or default_lexicon()
    # What the analyst's decisions in this brief taught: weaker cues, the brief's own cues.
    learning = observe(brief, registry, base)
    own = tuple((str(c["phrase"]), 1 if c.get("polarity", 1) > 0 else -1) for c in learning.cues)
    lexicon = (brief_lexicon(_lexicon_path(), own) if lexicon is None else None) or base
    published = {s.id: s.published for s in brief.sources}
    retrieved = {s.id: s.retrieved for s in brief.sources}
    quotes = {s.id: QuoteIndex(s.text) for s in brief.sources}
    chosen = list(brief.claims if claims is None else claims)
    quoted = [quotes[c.source].speaker(c.start) if c.source in quotes else "" for c in chosen]
    for claim, speaker in zip(chosen, quoted):  # a sentence inside a quotation keeps who said it
        if not claim.speaker:
            claim.speaker = speaker
    # a quoted sentence that names no actor is read as its speaker's
    # the people each article names in full: a later surname alone is theirs ("Ishaq Dar" … "Dar said")
    sources = {c.source for c in chosen}
    full = {s.id: named_in_full(registry, s.text, s.published) for s in brief.sources if s.id in sources and s.text}
    # (a round-up of reactions labels two or more of its lines with a country's name: "Iran: …", "Sudan: …")
    labelled = [_labelled(c.text, registry) for c in chosen]
    roundups = {s for s in sources if sum(1 for c, t in zip(chosen, labelled) if c.source == s and t != c.text) >= 2}
    texts = [
        _as_said(c.text, who)
        if who and not _names_actor(c.text, registry, published.get(c.source, ""), "", full.get(c.source, frozenset()))
        else (label if c.source in roundups else c.text)
        for c, who, label in zip(chosen, quoted, labelled)
    ]
    readings = read_all(
        texts,
        [published.get(c.source, "") for c in chosen],
        registry,
        lexicon,
        brief.info.question,
        as_of=[retrieved.get(c.source, "") for c in chosen],
        known=[full.get(c.source, frozenset()) for c in chosen],
        progress=progress,
    )
    _drop_shared_metonyms(readings, [brief.source(c.source) for c in chosen], registry, brief.info.question)
    if brief.info.question.strip():
        # what the one the measure is for says is for it, unless it names the measure (``beneficiary.py``)
        from .beneficiary import for_the_measure
        from .question import is_measure_term, question_of

        asked_of = question_of(brief.info.question, registry, lexicon)
        for_the_measure(
            readings, asked_of, lambda words: asked_of is not None and is_measure_term(words, asked_of), texts
        )
        # the analyst's own positions count too (with one claim suggested again, they are the article's context)
        decided: dict[tuple[str, str], int] = {}
        for c in brief.claims:
            for p in c.positions:
                if not p.suggested and p.stance:
                    decided[(c.source, p.actor)] = decided.get((c.source, p.actor), 0) + (1 if p.stance > 0 else -1)
        # a claim's own reading of a country the analyst placed or rejected there does not count again
        settled = [{p.actor for p in c.positions if not p.suggested} | set(c.rejected) for c in chosen]
        # siding with a country takes its line in the article ("have sided with Germany")
        from .mentions import finder_for
        from .siding import side_with_lines

        finder = finder_for(registry)
        side_with_lines(readings, texts, [c.source for c in chosen],
                        _reasoned_lines(readings, [c.source for c in chosen], decided, settled),
                        lambda text: [(m.start, m.end, list(m.codes)) for m in finder.find(text)])
        _agree_within_articles(readings, [c.source for c in chosen], decided, settled)
    from .echo import resolve_echoes
    from .linker import linker_enabled
    from .vetter import default_vetter, features, vet

    asked = bool(brief.info.question.strip()) and linker_enabled()
    # (when collecting what the linker and the vetter are trained on, every place the rules made is kept)
    vetter = default_vetter() if asked and unplaced is None and placed is None else None
    order = {id(c): i for i, c in enumerate(brief.claims)}
    added = 0
    for claim, reading in zip(chosen, readings):
        at = order.get(id(claim), -1)
        earlier = [
            [(p.actor, p.stance) for p in c.positions if p.stance is not None]
            for c in reversed(brief.claims[max(0, at - 2) : max(0, at)])
            if c.source == claim.source
        ]
        resolve_echoes(reading, claim.text, earlier, lexicon)
        # (only parsed sentences: the vetter reads the parse, and learned from parsed sentences alone)
        read = reading.placed if asked else None
        countries = [s for s in reading.suggestions if registry.is_country(s.actor)] if read is not None else []
        if placed is not None and read is not None:
            placed.extend((claim, s.actor, features(read.get(s.actor), s, len(reading.suggestions))) for s in countries)
        elif vetter is not None and read is not None and countries:
            # the places the learned vetter finds unlikely are not suggested (``vetter.py``)
            kept_ids = {id(s) for s in vet(countries, read, vetter, len(reading.suggestions))}
            doubted = {id(s) for s in countries} - kept_ids
            if doubted:
                reading.suggestions = [s for s in reading.suggestions if id(s) not in doubted]
                speakers = [s.speaker for s in reading.suggestions if s.speaker]
                reading.speaker = speakers[0] if speakers else ""  # not the speaker of a dropped place
        if learning.rejected:
            kept = []
            for sug in reading.suggestions:
                weight = learning.weight(cue_key(sug.cue, base))
                if weight:
                    sug.confidence = round(sug.confidence * weight, 2)
                    kept.append(sug)
            reading.suggestions = kept
        added += apply_reading(claim, reading)
    if unplaced is not None:
        unplaced.extend((claim, cand) for claim, reading in zip(chosen, readings) for cand in reading.candidates)
    elif brief.info.question.strip():
        defaulted: set[int] = set()
        added += _link_unplaced(brief, chosen, readings, learning, base, defaulted)
        # a country's line in an article rarely turns: a sign against its other positions there takes theirs
        from .lines import one_line_per_article

        one_line_per_article(brief.claims, chosen, defaulted)
    if learning.rejected or learning.accepted or learning.cues or learning.offered:
        brief.extra[KEY] = learning.to_json()
    return added


def _link_unplaced(
    brief: Brief,
    chosen: list[Claim],
    readings: list[SentenceReading],
    learning: Any,
    base: Lexicon,
    defaulted: set[int] | None = None,
) -> int:
    """The countries each claim names that no rule placed, where the learned linker scores them as holders
    (``linker.py``). Each takes its line in the same article as the rules and the analyst placed it before this
    pass; without one, its default sign (``linker.default_sign``; ``defaulted`` collects the ids of those
    positions)."""
    from ..model import LINKED, LINKED_BY
    from .linker import article_lines, default_model, linker_enabled

    model = default_model()
    if model is None or not linker_enabled():
        return 0
    lines = article_lines(brief.claims, {id(c) for c in chosen})
    added = 0
    def place(claim: Claim, cand: Any, stance: int | None, cue: str, confidence: float | None) -> Position:
        found = Position(cand.code, stance, "suggested", cue, confidence, cand.speaker)
        found.extra[LINKED_BY] = LINKED
        claim.positions.append(found)
        return found

    for claim, reading in zip(chosen, readings):
        taken = {p.actor for p in claim.positions} | set(claim.rejected)
        before = len(claim.positions)
        linked: dict[str, Position] = {}
        for cand in reading.candidates:
            if cand.code in taken:
                continue
            # the claim itself holds no position of this country yet, so the article's line is the others'
            lean = lines.get((claim.source, cand.code), 0)
            p = model.probability(cand.features)
            if p < (model.threshold if lean else model.threshold_without_line):
                continue
            weight = learning.weight(LINKED) if learning.rejected else 1.0
            if not weight:
                continue
            # (a sentence that leaves the line open, "declined further comment", says so whatever the line)
            undecided = cand.default == 0
            stance = 0 if undecided else (lean > 0) - (lean < 0) or cand.default
            # the reason shown: the name and its verb, and what it called bad where that gave the sign ("… mistake")
            shown = (not lean or undecided) and cand.default_words and not cand.cue.endswith(cand.default_words)
            cue = f"{cand.cue} … {cand.default_words}" if shown else cand.cue
            if shown and cand.cue.split()[-1] == cand.default_words.split()[-1]:
                # the verb once, with what made the sign: "New Delhi … has not responded"
                head = cand.cue.rsplit(" … ", 1)[0] if " … " in cand.cue else ""
                cue = f"{head} … {cand.default_words}" if head else cand.default_words
            # a weaker ground than any rule's: at most 0.4
            linked[cand.code] = place(claim, cand, stance, cue, round(0.4 * p * weight, 2))
            if not lean and defaulted is not None:
                defaulted.add(id(linked[cand.code]))  # (a sign given, not read: no vote in the article's line)
            taken.add(cand.code)
        # a list shares its verb: the rest of a list whose first name was linked take its place and sign
        for cand in reading.candidates:
            head = next((linked[c] for c in cand.listed_with if c in linked), None)
            if head is not None and cand.code not in taken:
                shared = place(claim, cand, head.stance, cand.cue, head.confidence)
                if defaulted is not None and id(head) in defaulted:
                    defaulted.add(id(shared))
                taken.add(cand.code)
        added += len(claim.positions) - before
    return added


SURE = 0.65  # a rule's confidence from which its reading tied to the measure counts twice toward an article's line


def _reasoned_lines(
    readings: list[SentenceReading],
    sources: list[str],
    decided: dict[tuple[str, str], int] | None = None,
    settled: list[set[str]] | None = None,
) -> dict[tuple[str, str], int]:
    """Each country's lean toward the measure in each article, from its readings tied to the measure (a sure one, or a
    position the analyst set, counts two; see ``_agree_within_articles``)."""
    reasoned: dict[tuple[str, str], int] = {k: 2 * v for k, v in (decided or {}).items()}
    for n, (reading, source) in enumerate(zip(readings, sources)):
        for s in reading.suggestions:
            if not s.general and s.stance and not (settled and s.actor in settled[n]):
                key = (source, s.actor)
                weight = 2 if s.confidence >= SURE else 1
                reasoned[key] = reasoned.get(key, 0) + (weight if s.stance > 0 else -weight)
    return reasoned


def _agree_within_articles(
    readings: list[SentenceReading],
    sources: list[str],
    decided: dict[tuple[str, str], int] | None = None,
    settled: list[set[str]] | None = None,
) -> None:
    """A country's line read only by the general restraint-to-escalation reading (nothing tied it to the question's
    measure) takes the sign its positions read toward the measure have in the same article's other claims, when they
    lean that way by two: a reading a rule gives with confidence (0.65 or more), or a position the analyst set,
    counts two, a hedged reading one (``decided``: the analyst's own positions, by article and country; ``settled``:
    the countries each claim's analyst placed or rejected, whose readings there do not count again). Within one
    article a country's line on the question rarely turns, and one sure reading tied to the measure says more of it
    than the general reading does; a hedged one may be a misread holder (over stance-dev and the 70 sets labelled by
    helpers, this put 38 signs right and 22 wrong against counting every reading once and asking for two)."""
    reasoned = _reasoned_lines(readings, sources, decided, settled)
    for reading, source in zip(readings, sources):
        for s in reading.suggestions:
            lean = reasoned.get((source, s.actor), 0)
            if s.general and s.stance and abs(lean) >= 2 and (s.stance > 0) != (lean > 0):
                s.stance = -s.stance
                s.confidence = round(s.confidence * 0.8, 2)  # a weaker ground than a reading of its own


# A country's name as the label of what follows, in a round-up of reactions: "Iran: Trump's order is "insulting," the
# Foreign Affairs Ministry said." (not a dateline: "DAMASCUS: A Syrian official said …")
_LABEL = re.compile(r"^\s*(?P<name>[A-Z][a-z][\w'’. -]{1,30}?):\s+(?P<rest>\S.*)$", re.S)


def _labelled(text: str, registry: ActorRegistry) -> str:
    """A claim led by a country's name and a colon, read as that country's word ("Iran said Trump's order is …")."""
    label = _LABEL.match(text)
    if label is None:
        return text
    name = label.group("name")
    codes = registry.resolve(name)
    actor = registry.get(codes[0]) if len(codes) == 1 else None
    if actor is None or not registry.is_country(actor.code) or name not in (actor.name, *actor.aliases):
        return text  # (a capital or a demonym is no label: "Washington: …" may be a dateline)
    return f"{name} said {label.group('rest')}"


def _as_said(text: str, speaker: str) -> str:
    """A claim as its reading sees it: a sentence of a quotation that names no actor is read as said by its
    speaker ("“This pact is unacceptable." in Orban's quotation: "… Orban said this pact is unacceptable.")."""
    speaker = speaker.strip()
    last = speaker.split()[-1] if speaker else ""
    if not last or last in text:
        return text
    inner = text.strip().strip("“”\"'‘’").strip()
    if not inner:
        return text
    first = inner.split()[0]
    if first.lower() in _PLAIN_STARTS:  # "This pact …" → "… said this pact …"; a name keeps its capital
        inner = first.lower() + inner[len(first) :]
    return f"{speaker} said {inner}"


_PLAIN_STARTS = {"the", "this", "that", "these", "those", "we", "it", "its", "our", "they", "their", "there", "a", "an",
                 "no", "nobody", "everyone", "any", "such", "what", "if", "without", "only"}


def _lexicon_path() -> str:
    import os

    from ..assets import resource

    return os.environ.get("BRIEFING_LEXICON") or str(resource("lexicon/stance.json"))


def learning_summary(brief: Brief) -> str:
    """One line on what suggestions learned from the analyst in ``brief`` and how many were accepted."""
    from .learning import observe

    return observe(brief, default_registry(), default_lexicon()).summary()
