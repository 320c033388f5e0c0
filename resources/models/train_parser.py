"""Train the Briefing parser (tagger + lemmatizer + dependency parser) from Universal Dependencies English treebanks.

Usage (from the repository root, with spaCy installed):

    python resources/models/train_parser.py UD_ENGLISH_EWT_DIR [--gum UD_ENGLISH_GUM_DIR] [--minutes 75]

UD_ENGLISH_EWT_DIR is a clone of https://github.com/UniversalDependencies/UD_English-EWT (CC BY-SA 4.0) or a git
directory of it; the .conllu files are read from its working tree or, for a bare repository, with `git show`.
With --gum, the documents of https://github.com/UniversalDependencies/UD_English-GUM whose texts are free to reuse
(news, interviews, biographies, travel guides, textbooks, speeches, vlogs and conversations: CC BY or public domain,
see GUM's LICENSE.txt; its wikiHow, fiction and other genres are left out) are added to training and dev: GUM's
news and speech are closer to the articles Briefing reads than EWT's web text.
The model is written to resources/models/en_briefing_parser/ together with the treebanks' licences, and the dev-set
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
# GUM genres whose texts are CC BY or public domain (GUM's LICENSE.txt); the others are non-commercial only.
GUM_GENRES = ("news", "interview", "bio", "voyage", "textbook", "speech", "vlog", "conversation")


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


GUM_NOTICE = """Part of this model was trained on the Georgetown University Multilayer corpus (GUM) as released in
Universal Dependencies (https://github.com/UniversalDependencies/UD_English-GUM), using only the documents whose texts
are CC BY or public domain: Wikinews news, interviews and biographies, Wikivoyage travel guides, OpenStax textbooks,
Creative Commons YouTube vlogs, public-domain political speeches and Santa Barbara Corpus conversations (CC BY).
Annotations: the GUM annotators (https://gucorpling.org/gum/); Zeldes, Amir (2017) "The GUM Corpus: Creating
Multilayer Resources in the Classroom". Language Resources and Evaluation 51(3), 581-612.
"""


def _read_gum(gum: Path, split: str) -> str:
    """GUM's documents of ``split`` in the free genres, from not-to-release/sources in its file list's order."""
    listing = _show(gum, f"not-to-release/file-lists/files.{split}")
    if listing is None:
        raise SystemExit(f"{gum}: not-to-release/file-lists/files.{split} is missing")
    parts = []
    for name in listing.split():
        if name.split("_")[1] not in GUM_GENRES:
            continue
        doc = _show(gum, f"not-to-release/sources/{name}.conllu")
        if doc is None:
            raise SystemExit(f"{gum}: source file {name}.conllu is missing")
        parts.append(doc.strip("\n") + "\n\n")
    return "".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ewt", type=Path, help="UD_English-EWT checkout or git directory")
    ap.add_argument("--gum", type=Path, default=None, help="UD_English-GUM checkout or git directory (optional)")
    ap.add_argument("--minutes", type=float, default=75.0, help="wall-clock cap for training (default 75)")
    ap.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary one)")
    ap.add_argument("--install-only", action="store_true",
                    help="do not train: install WORK/out/model-best from an earlier run (after --minutes ran out)")
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="ewt-"))
    work.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    for split in () if args.install_only else SPLITS:
        name = f"en_ewt-ud-{split}.conllu"
        text = _read(args.ewt, split)
        (work / name).write_text(text, encoding="utf-8")
        if args.gum is not None and split != "test":
            text = text.rstrip("\n") + "\n\n" + _read_gum(args.gum, split)
        (work / f"all-{split}.conllu").write_text(text, encoding="utf-8")
        # 10 sentences per document so the parser also sees sentence boundaries, as in running text.
        for each in (name, f"all-{split}.conllu"):
            subprocess.run([py, "-m", "spacy", "convert", str(work / each), str(work), "-n", "10", "-c", "conllu"],
                           check=True)
    out = work / "out"
    cmd = [py, "-m", "spacy", "train", str(CONFIG), "--output", str(out),
           "--paths.train", str(work / "all-train.spacy"), "--paths.dev", str(work / "all-dev.spacy")]
    try:
        if not args.install_only:
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
    meta.update(name="briefing_parser", version="1.1.0" if args.gum else "1.0.0",
                description="Tagger, lemmatizer and dependency parser trained by resources/models/train_parser.py",
                sources=[{"name": "Universal Dependencies English EWT",
                          "url": "https://github.com/UniversalDependencies/UD_English-EWT",
                          "license": "CC BY-SA 4.0"}]
                + ([{"name": "Universal Dependencies English GUM (genres: " + ", ".join(GUM_GENRES) + ")",
                     "url": "https://github.com/UniversalDependencies/UD_English-GUM",
                     "license": "CC BY 4.0 / public domain texts (GUM LICENSE.txt)"}] if args.gum else []),
                license="CC BY-SA 4.0",
                ewt_dev={k: dev.get(k) for k in ("dep_uas", "dep_las", "tag_acc", "lemma_acc", "sents_f")})
    meta.pop("performance", None)
    meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    shutil.copy(HERE / "LICENSE-EWT.txt", TARGET / "LICENSE.txt")
    if args.gum is not None:
        (TARGET / "NOTICE-GUM.txt").write_text(GUM_NOTICE, encoding="utf-8")
    print(json.dumps(meta["ewt_dev"], indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
