"""How well the shipped parser reads sentences it was not trained on: attachment scores on Universal Dependencies files.

Run: python benchmarks/parser_quality.py FILE.conllu [FILE.conllu ...] [--model DIR]

Each sentence is parsed the way the suggestions parse a claim (one sentence, no split inside it: see
briefing/suggest/parser.py) and compared word by word with the treebank's heads: UAS (the right head) and LAS (the
right head and relation, subtypes ignored), punctuation left out, and the share of sentences whose every head is right.
Useful files: UD_English-PUD (1,000 news and Wikipedia sentences, used for no training here), the EWT and GUM dev and
test files. Nothing here is downloaded: pass the files (for example from a clone of the treebank).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def read_conllu(path: Path) -> list[list[tuple[str, int, str, bool]]]:
    """Sentences as (word, head, relation, space after) rows; multiword-token and empty-node lines are skipped."""
    sentences: list[list[tuple[str, int, str, bool]]] = []
    rows: list[tuple[str, int, str, bool]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if rows:
                sentences.append(rows)
                rows = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 10 or not cols[0].isdigit():
            continue
        rows.append((cols[1], int(cols[6]), cols[7], "SpaceAfter=No" not in cols[9]))
    if rows:
        sentences.append(rows)
    return sentences


def score(path: Path, nlp: object) -> dict[str, float]:
    from spacy.tokens import Doc

    gold = read_conllu(path)
    docs = []
    for rows in gold:
        doc = Doc(nlp.vocab, words=[w for w, _, _, _ in rows], spaces=[s for _, _, _, s in rows])  # type: ignore[attr-defined]
        doc[0].is_sent_start = True  # as briefing.suggest.parser.one_sentence does for a claim
        for token in doc[1:]:
            token.is_sent_start = False
        docs.append(doc)
    start = time.perf_counter()
    parsed = list(nlp.pipe(docs, batch_size=256))  # type: ignore[attr-defined]
    elapsed = time.perf_counter() - start
    n = uas = las = whole = 0
    for rows, doc in zip(gold, parsed):
        right = True
        for (_word, head, rel, _), token in zip(rows, doc):
            if rel == "punct":
                continue
            n += 1
            want = head - 1 if head else token.i
            if token.head.i == want:
                uas += 1
                if rel.split(":")[0] == token.dep_.split(":")[0].lower() or (head == 0 and token.dep_ == "ROOT"):
                    las += 1
            else:
                right = False
        whole += right
    words = sum(len(r) for r in gold)
    return {"sentences": len(gold), "words": words, "uas": uas / n, "las": las / n, "whole": whole / len(gold),
            "words_per_s": words / elapsed}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--model", type=Path, default=None, help="a spaCy model folder (default: the shipped parser)")
    args = ap.parse_args()
    if not args.files:
        print("no treebank files given: nothing to measure (see the docstring)")
        return 0
    import spacy

    from briefing.suggest.parser import model_path

    model = args.model or model_path()
    nlp = spacy.load(model, exclude=["trainable_lemmatizer"])
    print(f"model: {model}")
    print(f"{'file':40} {'sents':>6} {'UAS':>6} {'LAS':>6} {'whole':>6} {'words/s':>8}")
    for path in args.files:
        r = score(path, nlp)
        print(
            f"{path.name:40} {r['sentences']:6d} {r['uas']:6.3f} {r['las']:6.3f} {r['whole']:6.3f} "
            f"{r['words_per_s']:8.0f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
