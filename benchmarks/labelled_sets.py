"""Keep labelled sets of public news in the repository by reference, without their text.

The blind sets that measure the suggestions on unseen news (``suggest_quality.py --sets``) are built by helpers from
public collections of news (Reuters-21578, the DUC documents, …) and labelled like ``../shared/data/stance-dev``. Their
sentences belong to their publishers, so the repository keeps only a *reference*: for each article, where its text
lies in its source (repository, commit, file, and the spans of that file it copies), the question, and the labels of
each sentence by its place in the article. ``unpack`` rebuilds the set, word for word, from a copy of the source
repositories and checks every article against the hash taken when it was packed.

Usage (from the repository root):

    python benchmarks/labelled_sets.py pack SET_DIR [SET_DIR ...] --mirror /work/.mirror [--into benchmarks/data/sets]
    python benchmarks/labelled_sets.py unpack benchmarks/data/sets/NAME.json [...] --mirror /work/.mirror --into DIR

``--mirror`` holds one bare git copy per source repository, as ``owner+name/repo`` (the layout the agents' ``fetch``
gives; a plain ``git clone --mirror`` of ``github.com/owner/name`` into that path does as well). Each article of a set
must name its source in ``gold.json``: ``"source": {"repo": "owner/name", "commit": "…", "path": "…", "id": "…"}``, and
``"headline": "…"`` where the headline lies in another file of the same repository.

A line of an article file is stored as the spans of its source it copies (after HTML entities are decoded and runs of
white space made one space, so a Reuters paragraph wrapped over several lines is one span), with a few literal
characters where the file differs (a joined quotation mark, a dropped dateline). An article whose lines differ from
its source by more than a fifth of their characters is refused: its text would then be in the repository.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import html
import io
import json
import re
import subprocess
import sys
import zipfile
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INTO = ROOT / "benchmarks" / "data" / "sets"
FORMAT = 1
MAX_LITERAL = 0.2  # share of a line's characters that may be stored as they are
PROBE = 24  # characters of a line looked up in the source to place it


class PackError(ValueError):
    """An article that cannot be stored by reference."""


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


@cache
def source_text(mirror: Path, repo: str, commit: str, path: str) -> str:
    """The source file's text, whitespace and entities normalised. ``path`` may name a file inside a zip archive of the
    repository ("data/articles.zip::articles.json"). A JSON source also gives its strings decoded, and an XML or SGML
    source its text without the tags ("<EVENT eid=…>said</EVENT>" as "said"), both after the raw text so that the places
    of sets packed from the raw text stay where they were."""
    path, _, member = path.partition("::")
    git_dir = mirror / repo.replace("/", "+") / "repo"
    if (git_dir / ".git").is_dir():
        git_dir = git_dir / ".git"  # a copy with a work tree
    if not git_dir.is_dir():
        raise PackError(f"no copy of {repo} at {git_dir}")
    for rev in (commit, "HEAD"):
        if not rev:
            continue
        done = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{rev}:{path}"], capture_output=True)
        if done.returncode == 0:
            raw = done.stdout
            if member:
                try:
                    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
                        raw = archive.read(member)
                except (zipfile.BadZipFile, KeyError) as exc:
                    raise PackError(f"{repo}: {path} holds no {member} ({exc})") from None
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("latin-1")
            name = member or path
            if name.endswith((".json", ".jsonl")):
                return normalise(text) + _json_strings(text)
            if name.endswith((".csv", ".tsv")):
                return normalise(text) + _csv_cells(text, "\t" if name.endswith(".tsv") else ",")  # "\u2019" as ’
            if re.search(r"\.(?:tml|xml|sgml?|html?)$", name, re.I):
                return normalise(text) + " \n " + normalise(_TAG.sub("", text))
            return normalise(text)
    raise PackError(f"{repo}: {path} is not in the copy at {git_dir}")


_TAG = re.compile(r"<[^<>]{0,400}>")


def _json_strings(text: str) -> str:
    try:
        data = json.loads(text)
    except ValueError:
        data = []  # JSON Lines: one record a line
        for line in text.splitlines():
            try:
                data.append(json.loads(line))
            except ValueError:
                continue
        if not data:
            return ""
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            found.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    return " \n " + normalise("\n".join(found)) if found else ""


def _csv_cells(text: str, delimiter: str) -> str:
    """The cells of a CSV source, unquoted ("" as "), so that a quotation inside a cell is found as written."""
    import csv

    csv.field_size_limit(1 << 30)
    try:
        cells = [cell for row in csv.reader(io.StringIO(text), delimiter=delimiter) for cell in row]
    except csv.Error:
        return ""
    return " \n " + normalise("\n".join(cells)) if cells else ""


def _place(line: str, source: str) -> int:
    """Where in the source the line most likely starts (-1: nowhere)."""
    at = source.find(line)
    if at >= 0:
        return at
    for k in range(0, max(len(line) - PROBE, 1), PROBE // 2):
        hit = source.find(line[k : k + PROBE])
        if hit >= 0:
            return max(hit - k, 0)
    return -1


def encode_line(line: str, source: str) -> list[object]:
    """The line as spans of the source ([start, end]) and literal strings."""
    if not line:
        return []
    at = _place(line, source)
    if at < 0:
        raise PackError(f"not found in its source: {line[:60]!r}")
    if source.startswith(line, at):
        return [[at, at + len(line)]]
    lo, hi = max(at - 200, 0), min(at + int(len(line) * 1.3) + 200, len(source))
    window = source[lo:hi]
    ops: list[object] = []
    literal = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, line, window, autojunk=False).get_opcodes():
        if tag == "equal":
            if ops and isinstance(ops[-1], list) and ops[-1][1] == lo + j1:
                ops[-1][1] = lo + j2
            else:
                ops.append([lo + j1, lo + j2])
        elif tag in ("replace", "delete"):  # (the line's own characters where the source has others or none)
            ops.append(line[i1:i2])
            literal += i2 - i1
    if literal > MAX_LITERAL * len(line):
        raise PackError(f"differs from its source in {literal} of {len(line)} characters: {line[:60]!r}")
    return ops


def decode_line(ops: list[object], source: str) -> str:
    return "".join(op if isinstance(op, str) else source[op[0] : op[1]] for op in ops)  # type: ignore[index]


def article_source(mirror: Path, src: dict[str, str]) -> str:
    """The text an article is copied from: its source file, and where the headline lies in another file of the same
    repository (``"headline": path``, as the MPQA documents keep their titles apart), that file's text after it."""
    text = source_text(mirror, src["repo"], src.get("commit", ""), src["path"])
    if src.get("headline"):
        text += " \n " + source_text(mirror, src["repo"], src.get("commit", ""), src["headline"])
    return text


def pack_set(root: Path, mirror: Path) -> dict[str, object]:
    gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    articles = []
    for art in gold["articles"]:
        src = art.get("source") or {}
        if not src.get("repo") or not src.get("path"):
            raise PackError(f"{art['file']}: gold.json names no source (repo, commit, path)")
        source = article_source(mirror, src)
        raw = (root / art["file"]).read_bytes()
        text = raw.decode("utf-8")
        try:
            lines = [encode_line(line, source) for line in text.split("\n")]
        except PackError as error:
            raise PackError(f"{art['file']}: {error}") from None
        rebuilt = "\n".join(decode_line(ops, source) for ops in lines)
        assert rebuilt == text, art["file"]
        sentences, cursor = [], 0
        for item in art["sentences"]:
            at = text.find(item["text"], cursor)
            if at < 0:
                raise PackError(f"{art['file']}: a labelled sentence is not in the file: {item['text'][:60]!r}")
            cursor = at + len(item["text"])
            entry: dict[str, object] = {"at": [at, len(item["text"])], "actors": item["actors"]}
            if item.get("optional"):
                entry["optional"] = item["optional"]
            sentences.append(entry)
        meta = {k: v for k, v in (art.get("meta") or {}).items() if k != "title"}
        articles.append({"file": art["file"], "question": art.get("question", ""), "meta": meta, "source": src,
                         "sha256": hashlib.sha256(raw).hexdigest(), "lines": lines, "sentences": sentences})
    return {"format": FORMAT, "name": root.name, "about": gold.get("_about", ""), "articles": articles}


def unpack_set(packed: dict[str, object], mirror: Path, into: Path) -> Path:
    out = into / str(packed["name"])
    gold_articles = []
    for art in packed["articles"]:  # type: ignore[attr-defined]
        src = art["source"]
        source = article_source(mirror, src)
        text = "\n".join(decode_line(ops, source) for ops in art["lines"])
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != art["sha256"]:
            raise PackError(f"{packed['name']}/{art['file']}: the rebuilt text differs from the packed one")
        path = out / art["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
        sentences = []
        for item in art["sentences"]:
            at, n = item["at"]
            entry = {"text": text[at : at + n], "actors": item["actors"]}
            if item.get("optional"):
                entry["optional"] = item["optional"]
            sentences.append(entry)
        gold_articles.append({"file": art["file"], "question": art["question"], "meta": art["meta"],
                              "source": src, "sentences": sentences})
    gold = {"_about": packed.get("about", ""), "articles": gold_articles}
    (out / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["pack", "unpack"])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--mirror", type=Path, required=True, help="owner+name/repo bare copies of the sources")
    parser.add_argument("--into", type=Path, default=None)
    args = parser.parse_args(argv)
    failed = 0
    for path in args.paths:
        try:
            if args.action == "pack":
                packed = pack_set(path, args.mirror)
                into = args.into or INTO
                into.mkdir(parents=True, exist_ok=True)
                target = into / f"{path.name}.json"
                target.write_text(json.dumps(packed, ensure_ascii=False, separators=(",", ":")) + "\n",
                                  encoding="utf-8")
                n = sum(len(a["sentences"]) for a in packed["articles"])  # type: ignore[attr-defined]
                print(f"{path.name}: {len(packed['articles'])} articles, {n} sentences → {target}")  # type: ignore[arg-type]
            else:
                if args.into is None:
                    parser.error("unpack needs --into DIR")
                out = unpack_set(json.loads(path.read_text(encoding="utf-8")), args.mirror, args.into)
                print(f"{path.name} → {out}")
        except (PackError, OSError, json.JSONDecodeError, KeyError) as error:
            failed += 1
            print(f"{path}: {error}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
