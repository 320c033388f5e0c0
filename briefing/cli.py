"""The command line: import, suggest, validate, export, merge and open briefs.

Exit codes: 0 ok, 1 bad input (one clear line per problem on stderr), 2 usage.
"""

from __future__ import annotations

import gc
import importlib
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from . import __version__
from .errors import BriefingError, InvalidBriefError

if TYPE_CHECKING:
    import argparse

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2
# Files `briefing open` is given by mistake for `briefing import`.
ARTICLE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".text", ".md", ".pdf")


def _size(name: str) -> int:
    try:
        return os.path.getsize(name)
    except OSError:
        return 0


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _percent() -> Callable[[int, int], None]:
    """Progress of a long reading, a line at each tenth."""
    shown = [0]

    def tell(done: int, total: int) -> None:
        tenth = done * 10 // max(total, 1)
        if tenth > shown[0]:
            shown[0] = tenth
            _progress(f"  read {done:,} of {total:,} claims ({tenth * 10}%)")

    return tell


def cmd_import(args: argparse.Namespace) -> int:
    from . import storage
    from .ingest import add_article, read_article
    from .model import Brief, BriefInfo

    out = Path(args.output)
    if out.exists() and not args.append and not args.force:
        raise BriefingError(f"{out} exists; use --append to add to it or --force to replace it")
    brief = storage.load(out) if args.append and out.exists() else Brief(info=BriefInfo())
    if args.title:
        brief.info.title = args.title
    if args.question:
        brief.info.question = args.question
    if args.analyst:
        brief.info.analyst = args.analyst
    if args.roster or not brief.info.roster:
        from .tradecraft.commands import import_roster

        import_roster(brief, args.roster, _progress)
    problems = 0
    duplicates = 0
    suggest_claims = []
    for n, name in enumerate(args.articles, 1):
        if len(args.articles) > 1:
            _progress(f"[{n}/{len(args.articles)}] {name}")
        elif _size(name) > 300_000:
            from .limits import size_text

            _progress(f"reading {name} ({size_text(_size(name))})…")
        try:
            if re.match(r"(?i)https?://", name):  # a link: fetch that page only (ingest/fetch.py)
                from .ingest.fetch import import_url

                article = import_url(name)
            else:
                article = read_article(name)
        except BriefingError as exc:
            print(exc, file=sys.stderr)
            problems += 1
            continue
        same = next((s for s in brief.sources if s.text == article.text), None)
        if same is not None:  # the same article twice would double every claim and position it holds
            title = same.title or "untitled"
            print(f"{name}: already in {out} as {same.id} “{title}”; not added again", file=sys.stderr)
            duplicates += 1
            continue
        source, claims = add_article(brief, article, reliability=args.reliability)
        suggest_claims.extend(claims)
        if not args.title and brief.info.title == "Untitled brief" and article.title:
            brief.info.title = article.title
        _progress(
            f"{name}: {source.id} “{article.title or 'untitled'}”, {article.outlet or 'outlet unknown'}, "
            f"{len(claims)} claims"
        )
    if problems and not suggest_claims:
        return EXIT_BAD_INPUT
    if duplicates and not suggest_claims:
        _progress(f"nothing new to add; {out} is unchanged")
        return EXIT_OK
    if not args.no_suggest:
        from .suggest import suggest_brief

        many = len(suggest_claims) > 2000
        if many:
            _progress(f"suggesting positions for {len(suggest_claims)} claims…")
        added = suggest_brief(brief, claims=suggest_claims, progress=_percent() if many else None)
        _progress(f"suggested {added} positions")
    storage.save(brief, out)
    _progress(f"wrote {out}")
    return EXIT_BAD_INPUT if problems else EXIT_OK


def cmd_suggest(args: argparse.Namespace) -> int:
    from . import storage
    from .fileio import is_read_only
    from .suggest import learning_summary, suggest_brief

    target = args.output or args.file
    if is_read_only(target):  # a read-only brief is the analyst's decision: never rewritten behind their back
        raise BriefingError(f"{target} is read-only and was not changed; write the result elsewhere with -o FILE")
    brief = storage.load(args.file)
    added = suggest_brief(brief)  # toward the brief's key question when it has one
    storage.save(brief, args.output or args.file)
    _progress(f"suggested {added} positions; the analyst's positions and rejections were kept")
    _progress(learning_summary(brief))
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from . import storage

    status = EXIT_OK
    for name in args.files:
        problems = storage.validate_file(name)
        if problems:
            status = EXIT_BAD_INPUT
            for problem in problems:
                print(f"{name}: {problem}", file=sys.stderr)
        else:
            print(f"{name}: valid")
    return status


def cmd_export(args: argparse.Namespace) -> int:
    from . import storage
    from .fileio import atomic_write
    from .pdf import render_brief

    brief = storage.load(args.file)
    if args.format != "pdf":  # the open formats (briefing.formats): no page to fit, nothing to check
        from .formats import FORMATS, export

        data = export(brief, args.format)
        if args.output == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            out = args.output or str(Path(args.file).with_suffix("").with_suffix(FORMATS[args.format][1]))
            atomic_write(out, data, backup=False)
            _progress(f"wrote {out}")
        return EXIT_OK
    from .tradecraft import check_brief

    for finding in check_brief(brief):  # warnings only: the page is still written
        _progress(f"warning: {finding}")
    result = render_brief(brief, deterministic=args.deterministic)
    for line in result.report.lines():
        _progress(line)
    if args.output == "-":
        sys.stdout.buffer.write(result.pdf)
        sys.stdout.buffer.flush()
    else:
        out = args.output or str(Path(args.file).with_suffix("").with_suffix(".pdf"))
        atomic_write(out, result.pdf, backup=False)
        _progress(f"wrote {out}")
    return EXIT_OK


def cmd_open(args: argparse.Namespace) -> int:
    if args.file is not None:
        from . import storage

        try:
            storage.load(args.file)  # a file that cannot be opened is reported here, before any window appears
        except BriefingError as exc:
            if Path(args.file).suffix.lower() in ARTICLE_SUFFIXES:
                raise BriefingError(
                    f"{args.file} is an article, not a brief file: import it with "
                    f"`briefing import {args.file} -o NAME.brief.json` (or File › Import Article in the app)"
                ) from None
            from .fileio import backup_path

            try:  # a readable backup beside a broken file: the app offers it instead
                storage.load(backup_path(Path(args.file)))
            except BriefingError:
                raise exc from None
    check = importlib.import_module("briefing.gui.platform_check")  # no Qt: names missing system libraries
    if check.uses_xcb() and (missing := check.missing_libraries()):
        print(check.missing_message(missing), file=sys.stderr)
        return EXIT_BAD_INPUT
    gui = importlib.import_module("briefing.gui.app")  # imported late: the CLI itself never needs Qt
    return int(gui.run(args.file))


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Every command's parser; with ``only="export"``, that command's alone (an export does not pay for building
    and importing the other commands' parsers)."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Briefing: from news articles to a one-page policy brief.",
        epilog="With no command, the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    if only == "export":
        _add_export(sub)
        return parser

    p = sub.add_parser("import", help="import articles (text, HTML, PDF) into a brief file")
    p.add_argument("articles", nargs="+", metavar="ARTICLE")
    p.add_argument("-o", "--output", required=True, metavar="FILE.brief.json")
    p.add_argument("--title", help="the brief's title (default: the first article's title)")
    p.add_argument("--question", help="the key question the positions answer")
    p.add_argument(
        "--reliability",
        default="F",
        choices=list("ABCDEF"),
        help="source reliability (Admiralty A-F) for the imported sources; default F",
    )
    p.add_argument("--append", action="store_true", help="add the articles to an existing brief file")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.add_argument("--no-suggest", action="store_true", help="do not suggest positions")
    p.add_argument("--analyst", help="the analyst's name, printed on the brief")
    p.add_argument(
        "--roster", help="who should have a position: NATO, EU, G7 or codes (default: the alliance the question names)"
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("suggest", help="(re)run suggested positions, keeping the analyst's work")
    p.add_argument("file", metavar="FILE.brief.json")
    p.add_argument("-o", "--output", help="write here instead of updating FILE")
    p.set_defaults(func=cmd_suggest)

    p = sub.add_parser("validate", help="check brief files; exit 1 and list the problems if any")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_validate)

    _add_export(sub)

    p = sub.add_parser("open", help="open the desktop app (on FILE, the last file, or the sample brief)")
    p.add_argument("file", nargs="?")
    p.set_defaults(func=cmd_open)

    # Commands that live in modules of their own: each module has `register(sub)`, which adds its parsers with
    # `set_defaults(func=...)` and imports its heavy parts only inside the command function.
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


# Modules that add commands of their own (see build_parser).
COMMAND_MODULES: tuple[str, ...] = ("briefing.tradecraft.commands", "briefing.team.cli")


def _add_export(sub: Any) -> None:
    p = sub.add_parser("export", help="write the one-page PDF brief")
    p.add_argument("file", metavar="FILE.brief.json")
    p.add_argument("-o", "--output", help="the PDF to write, or - for standard output")
    p.add_argument("--deterministic", action="store_true", help="same input, same bytes (for tests and diffs)")
    p.add_argument(
        "--format",
        default="pdf",
        choices=list(EXPORT_FORMATS),
        help="pdf (default); csv: a row per claim and position; matrix: a row per country; md: Markdown; "
        "w3c: W3C Web Annotation JSON-LD",
    )
    p.set_defaults(func=cmd_export)


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    if argv is None and words[:1] == ["export"]:
        # A process that exports and ends: the cycle collector would only walk, again and again, the objects its
        # imports make and keep to the end (~4% of the command's time). Reference counting still frees the rest;
        # a brief of 10,000 claims exports in the same memory either way.
        gc.disable()
    args = _plain_export(words) or _plain_open(words)
    if args is None:
        parser = build_parser("export" if words[:1] == ["export"] else None)
        args = parser.parse_args(words)
        if args.command is None:
            args = parser.parse_args(["open", *words])
    status = _run(args)
    if argv is None and args.command == "export":
        _end_process(status)
    return status


EXPORT_FORMATS = ("pdf", "csv", "matrix", "md", "w3c")


def _plain_export(words: list[str]) -> Any:
    """``export FILE [-o OUT] [--deterministic] [--format F]`` in its usual spelling, read as argparse reads it but
    without importing argparse and building its parser (a twentieth of an export's time). Anything else (help, an
    abbreviation, ``--output=OUT``, a repeated or unknown option, a missing value) gives None: argparse reads it."""
    if words[:1] != ["export"]:
        return None
    from types import SimpleNamespace

    values: dict[str, Any] = {}
    rest = iter(words[1:])
    for word in rest:
        if word in ("-o", "--output", "--format"):
            key = "format" if word == "--format" else "output"
            value = next(rest, None)
            if key in values or value is None or (value.startswith("-") and value != "-"):
                return None
            if key == "format" and value not in EXPORT_FORMATS:
                return None
            values[key] = value
        elif word == "--deterministic" and "deterministic" not in values:
            values["deterministic"] = True
        elif word.startswith("-") or "file" in values:
            return None
        else:
            values["file"] = word
    if "file" not in values:
        return None
    return SimpleNamespace(
        command="export",
        file=values["file"],
        output=values.get("output"),
        deterministic=values.get("deterministic", False),
        format=values.get("format", "pdf"),
        func=cmd_export,
    )


def _plain_open(words: list[str]) -> Any:
    """``briefing``, ``briefing open`` and ``briefing open FILE``: the app, started without building the parsers of
    every command (a fiftieth of the app's start). Anything else (``--help``, an option) gives None: argparse reads
    it."""
    if words and words[0] != "open":
        return None
    rest = words[1:]
    if len(rest) > 1 or any(w.startswith("-") for w in rest):
        return None
    from types import SimpleNamespace

    return SimpleNamespace(command="open", file=rest[0] if rest else None, func=cmd_open)


def _end_process(status: int) -> NoReturn:
    """The end of the ``briefing export`` process, its file written and closed: the interpreter's teardown (freeing
    every module and object one at a time, a tenth of the command's time) does nothing for the user, so it is
    skipped. Only for the command run as a program (``argv`` None), never for ``main`` called in a process."""
    import contextlib

    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: what could be written was written
            stream.flush()
    os._exit(status)


def _run(args: argparse.Namespace) -> int:
    try:
        return int(args.func(args))
    except InvalidBriefError as exc:
        for problem in exc.problems:
            print(f"{exc.filename}: {problem}" if exc.filename else str(problem), file=sys.stderr)
        return EXIT_BAD_INPUT
    except BriefingError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: keep the traceback out of the user's way, but keep it
        import tempfile
        import traceback

        log = Path(tempfile.gettempdir()) / f"briefing-error-{os.getpid()}.log"
        log.write_text(traceback.format_exc(), encoding="utf-8")
        print(
            f"briefing: internal error ({type(exc).__name__}: {exc}). This is a bug; please report it "
            f"with the details in {log}",
            file=sys.stderr,
        )
        return 3
