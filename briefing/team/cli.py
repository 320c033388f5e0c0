"""Commands for desks of several analysts: merge (with curation choices), agree, corroborate, import-annotations.

Registered in :data:`briefing.cli.COMMAND_MODULES`; heavy parts are imported inside each command.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

EXIT_OK, EXIT_BAD_INPUT = 0, 1


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def cmd_merge(args: argparse.Namespace) -> int:
    from .. import storage
    from .merge import CHOICE_WORDS, merge_two, settle_all

    briefs = [storage.load(name) for name in args.files]
    merged = briefs[0]
    total = 0
    labels = {level.value: level.label for level in briefs[0].info.stance_scale}
    choice = args.prefer or "open"
    for n, other in enumerate(briefs[1:], 2):
        result = merge_two(merged, other, file=n)
        for d in result.disagreements:
            print(d.describe(labels))
        for line in result.kept:
            print(line)
        total += len(result.disagreements)
        merged = settle_all(result, choice)
    storage.save(merged, args.output)
    if total:
        how = CHOICE_WORDS[choice]
        extra = "" if args.prefer else " (tagged 'disputed' and noted on each claim; --prefer mine|theirs settles them)"
        _say(f"{total} disagreement{'s' if total != 1 else ''}: {how}{extra}")
    _say(f"wrote {args.output}")
    return EXIT_OK


def cmd_agree(args: argparse.Namespace) -> int:
    from .. import storage
    from .agreement import agreement

    a, b = storage.load(args.first), storage.load(args.second)
    labels = {level.value: level.label for level in a.info.stance_scale}
    for line in agreement(a, b).lines(labels):
        print(line)
    return EXIT_OK


def cmd_corroborate(args: argparse.Namespace) -> int:
    from .. import storage
    from .corroboration import RULE, accept, corroborate

    brief = storage.load(args.file)
    found = corroborate(brief)
    for line in found.lines():
        print(line)
    if not found.lines():
        print("nothing to propose: no country and stance carried by two or more independent sources")
    _say("The rule:\n" + RULE)
    if args.accept and found.proposals:
        changed = accept(brief, found.proposals)
        storage.save(brief, args.output or args.file)
        _say(f"credibility raised on {changed} claims; wrote {args.output or args.file}")
    return EXIT_OK


def cmd_import_annotations(args: argparse.Namespace) -> int:
    import json

    from .. import storage
    from ..errors import BriefingError
    from ..formats.w3c import import_annotations

    brief = storage.load(args.file)
    try:
        text = storage.read_text(args.annotations)
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BriefingError(f"{args.annotations}: not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc
    report = import_annotations(brief, doc)
    for line in report.lines():
        print(line)
    storage.save(brief, args.output or args.file)
    _say(f"wrote {args.output or args.file}")
    return EXIT_BAD_INPUT if report.orphaned and args.strict else EXIT_OK


def register(sub: Any) -> None:
    p = sub.add_parser(
        "merge",
        help="merge brief files (two analysts' work) into one; prints every disagreement with its claim and country",
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("-o", "--output", required=True)
    p.add_argument(
        "--prefer",
        choices=["mine", "theirs"],
        help="settle every disagreement this way (default: keep mine and mark each one open on its claim)",
    )
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("agree", help="agreement of two analysts' files: percent, Cohen's kappa, Krippendorff's alpha")
    p.add_argument("first", metavar="A.brief.json")
    p.add_argument("second", metavar="B.brief.json")
    p.set_defaults(func=cmd_agree)

    p = sub.add_parser(
        "corroborate", help="propose higher credibility where independent sources agree; flag contradictions"
    )
    p.add_argument("file", metavar="FILE.brief.json")
    p.add_argument("--accept", action="store_true", help="set the proposed credibility and save")
    p.add_argument("-o", "--output", help="with --accept, write here instead of updating FILE")
    p.set_defaults(func=cmd_corroborate)

    p = sub.add_parser("import-annotations", help="read W3C Web Annotations (JSON-LD) back onto the brief's sources")
    p.add_argument("file", metavar="FILE.brief.json")
    p.add_argument("annotations", metavar="ANNOTATIONS.jsonld")
    p.add_argument("-o", "--output", help="write here instead of updating FILE")
    p.add_argument("--strict", action="store_true", help="exit 1 when any annotation is orphaned")
    p.set_defaults(func=cmd_import_annotations)
