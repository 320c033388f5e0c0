"""Train the Briefing parser (tagger + lemmatizer + dependency parser) from Universal Dependencies English EWT.

Usage (from the repository root, with spaCy installed):

    python resources/models/train_parser.py UD_ENGLISH_EWT_DIR [--minutes 35]

UD_ENGLISH_EWT_DIR is a clone of https://github.com/UniversalDependencies/UD_English-EWT (CC BY-SA 4.0) or a git
directory of it; the .conllu files are read from its working tree or, for a bare repository, with `git show`.
The model is written to resources/models/en_briefing_parser/ together with the treebank's licence, and the dev-set
scores (UAS/LAS, tag and lemma accuracy) are printed and saved in that folder's meta.json.
Nothing here runs when Briefing runs: the app only loads the finished model, lazily.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "en_briefing_parser"
CONFIG = HERE / "parser.cfg"
SPLITS = ("train", "dev", "test")


def _show(ewt: Path, name: str) -> str | None:
    if (ewt / name).is_file():
        return (ewt / name).read_text(encoding="utf-8")
    done = subprocess.run(["git", "--git-dir", str(ewt), "show", f"HEAD:{name}"], capture_output=True, text=True)
    return done.stdout if done.returncode == 0 else None


def _read(ewt: Path, split: str) -> str:
    """The split's .conllu; when the release file is missing (a shallow copy), rebuild it from the per-document
    sources in not-to-release/sources in the order of not-to-release/file-lists/files.<split>."""
    text = _show(ewt, f"en_ewt-ud-{split}.conllu")
    if text is not None:
        return text
    listing = _show(ewt, f"not-to-release/file-lists/files.{split}")
    if listing is None:
        raise SystemExit(f"{ewt}: neither en_ewt-ud-{split}.conllu nor its file list is there")
    parts = []
    for line in listing.split():
        doc = _show(ewt, f"not-to-release/sources/{line}")
        if doc is None:
            raise SystemExit(f"{ewt}: source file {line} is missing")
        parts.append(doc.strip("\n") + "\n\n")
    return "".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ewt", type=Path, help="UD_English-EWT checkout or git directory")
    ap.add_argument("--minutes", type=float, default=35.0, help="wall-clock cap for training (default 35)")
    ap.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary one)")
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="ewt-"))
    work.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    for split in SPLITS:
        name = f"en_ewt-ud-{split}.conllu"
        (work / name).write_text(_read(args.ewt, split), encoding="utf-8")
        # 10 sentences per document so the parser also sees sentence boundaries, as in running text.
        subprocess.run([py, "-m", "spacy", "convert", str(work / name), str(work), "-n", "10", "-c", "conllu"],
                       check=True)
    out = work / "out"
    cmd = [py, "-m", "spacy", "train", str(CONFIG), "--output", str(out),
           "--paths.train", str(work / "en_ewt-ud-train.spacy"), "--paths.dev", str(work / "en_ewt-ud-dev.spacy")]
    try:
        subprocess.run(cmd, check=True, timeout=args.minutes * 60)
    except subprocess.TimeoutExpired:
        print(f"training stopped after {args.minutes} minutes; keeping the best model so far", file=sys.stderr)
    best = out / "model-best"
    if not best.is_dir():
        print("no model was saved", file=sys.stderr)
        return 1
    if TARGET.exists():
        shutil.rmtree(TARGET)
    shutil.copytree(best, TARGET)
    scores = subprocess.run([py, "-m", "spacy", "evaluate", str(TARGET), str(work / "en_ewt-ud-dev.spacy"),
                             "--output", str(work / "dev-scores.json")], check=True, capture_output=True, text=True)
    print(scores.stdout)
    dev = json.loads((work / "dev-scores.json").read_text(encoding="utf-8"))
    meta_path = TARGET / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(name="briefing_parser", version="1.0.0",
                description="Tagger, lemmatizer and dependency parser trained by resources/models/train_parser.py",
                sources=[{"name": "Universal Dependencies English EWT",
                          "url": "https://github.com/UniversalDependencies/UD_English-EWT",
                          "license": "CC BY-SA 4.0"}],
                license="CC BY-SA 4.0",
                ewt_dev={k: dev.get(k) for k in ("dep_uas", "dep_las", "tag_acc", "lemma_acc", "sents_f")})
    meta.pop("performance", None)
    meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    shutil.copy(HERE / "LICENSE-EWT.txt", TARGET / "LICENSE.txt")
    print(json.dumps(meta["ewt_dev"], indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
