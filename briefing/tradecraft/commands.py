"""Command-line commands for tradecraft: ``check``, ``draft`` and ``set`` (registered by ``briefing.cli``)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..errors import BriefingError

EXIT_OK, EXIT_FINDINGS = 0, 1
_TEXT_FIELDS = ("title", "question", "bluf", "assessment", "analyst", "organisation", "marking")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "check",
        help="check a brief against analytic standards (ICD 203, ICD 206); exit 1 when there is something to say",
    )
    p.add_argument("files", nargs="+", metavar="FILE.brief.json")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("draft", help="fill the brief's empty title, bottom line and key evidence from its positions")
    p.add_argument("file", metavar="FILE.brief.json")
    p.add_argument("-o", "--output", help="write here instead of updating FILE")
    p.set_defaults(func=cmd_draft)

    p = sub.add_parser(
        "set", help="set the brief's fields, roster and source grades (the previous file stays as FILE.bak)"
    )
    p.add_argument("file", metavar="FILE.brief.json")
    for name in _TEXT_FIELDS:
        p.add_argument(f"--{name}", metavar="TEXT")
    p.add_argument("--confidence", metavar="LEVEL", help="low, moderate or high (ICD 203)")
    p.add_argument("--date", metavar="YYYY-MM-DD")
    p.add_argument("--outlook", action="append", metavar="TEXT", help="an outlook bullet (repeat for more)")
    p.add_argument("--roster", metavar="NAME|CODES", help="NATO, EU, G7, or country codes such as PL,EE,DE")
    p.add_argument("--reliability", action="append", metavar="S1=B", help="a source's reliability (A-F)")
    p.add_argument("--retract", action="append", metavar="S1", help="mark a source retracted")
    p.add_argument("--unretract", action="append", metavar="S1", help="clear a source's retraction")
    p.set_defaults(func=cmd_set)


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def cmd_check(args: argparse.Namespace) -> int:
    from .. import storage
    from .checks import check_brief

    status = EXIT_OK
    for name in args.files:
        findings = check_brief(storage.load(name))
        prefix = f"{name}: " if len(args.files) > 1 else ""
        for finding in findings:
            print(f"{prefix}{finding}")
        if findings:
            status = EXIT_FINDINGS
        elif len(args.files) > 1:
            print(f"{name}: nothing to say")
    return status


def cmd_draft(args: argparse.Namespace) -> int:
    from .. import storage
    from .draft import draft_brief

    brief = storage.load(args.file)
    filled = draft_brief(brief)
    out = args.output or args.file
    if filled or args.output:
        storage.save(brief, out)
    names = {"title": "title", "bluf": "bottom line", "key": "key evidence"}
    if filled:
        _say("drafted " + ", ".join(names[f] for f in filled) + f" (only empty fields; edit them); wrote {out}")
    else:
        _say("nothing to draft: the title, bottom line and key evidence are the analyst's already")
    return EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    from .. import storage
    from ..actors import default_registry
    from ..model import Brief
    from .sources import parse_roster, set_reliability

    brief: Brief = storage.load(args.file)
    info = brief.info
    changed: list[str] = []
    for name in _TEXT_FIELDS:
        value = getattr(args, name)
        if value is not None:
            if name in ("title", "marking") and not value.strip():
                raise BriefingError(f"--{name}: may not be empty")
            setattr(info, name, value.strip())
            changed.append(name)
    if args.confidence is not None:
        info.confidence = confidence_words(args.confidence)
        changed.append("confidence")
    if args.date is not None:
        if args.date and not storage.is_iso_date(args.date):
            raise BriefingError(f"--date: {args.date!r} is not a date (YYYY-MM-DD)")
        info.date = args.date
        changed.append("date")
    if args.outlook is not None:
        info.outlook = [b.strip() for b in args.outlook if b.strip()]
        changed.append("outlook")
    if args.roster is not None:
        roster_name, info.roster = parse_roster(args.roster, default_registry())
        changed.append(f"roster ({roster_name}, {len(info.roster)} members)")
    for item in args.reliability or []:
        ident, _, grade = item.partition("=")
        source = _source(brief, ident.strip(), "--reliability")
        set_reliability(source, grade)
        note = f", downgraded from {source.downgraded_from}" if source.downgraded_from else ""
        changed.append(f"{source.id} reliability {source.reliability}{note}")
    for ident in args.retract or []:
        _source(brief, ident.strip(), "--retract").retracted = True
        changed.append(f"{ident.strip()} retracted")
    for ident in args.unretract or []:
        _source(brief, ident.strip(), "--unretract").retracted = False
        changed.append(f"{ident.strip()} no longer retracted")
    if not changed:
        _say("nothing to set; see briefing set --help")
        return EXIT_OK
    storage.from_data(storage.to_data(brief), args.file)  # refuse to write a brief that would not load again
    storage.save(brief, args.file)
    _say("set " + ", ".join(changed) + f"; wrote {args.file} (the previous file is {args.file}.bak)")
    return EXIT_OK


def confidence_words(value: str) -> str:
    """ "moderate", "Moderate confidence" → "Moderate confidence"; anything else is refused."""
    from .icd203 import load_terms

    levels = load_terms().confidence
    word = value.strip().lower().removesuffix("confidence").strip()
    if word not in levels:
        raise BriefingError(f"--confidence: {value!r} is not an ICD 203 confidence level ({' / '.join(levels)})")
    return f"{word.capitalize()} confidence"


def _source(brief: Any, ident: str, option: str) -> Any:
    source = brief.source(ident)
    if source is None:
        known = ", ".join(s.id for s in brief.sources) or "none"
        raise BriefingError(f"{option}: no source {ident!r} in this brief (sources: {known})")
    return source


def import_roster(brief: Any, roster: str | None, say: Any) -> None:
    """``import --roster``: the roster given, or the alliance the key question names (and say so)."""
    from ..actors import default_registry
    from .sources import parse_roster, roster_in_question

    registry = default_registry()
    if roster:
        _, brief.info.roster = parse_roster(roster, registry)
        return
    proposed = roster_in_question(brief.info.question)
    if proposed and registry.roster(proposed):
        brief.info.roster = registry.roster(proposed)
        say(f"roster: {proposed} ({len(brief.info.roster)} members), as the question names it; --roster to choose")
