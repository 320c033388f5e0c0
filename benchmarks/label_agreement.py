"""How far two labellers agree on the same set: the ceiling for any engine scored against one of them.

Two gold files laid out like ../shared/data/stance-dev/gold.json, over the same articles and sentences (a second
labeller given only the articles, their key questions and the labelling rules). The second is scored against the first
exactly as ``suggest_quality.py`` scores the engine: its pairs as the suggestions (organisations and the first's
optional countries left out), the first's pairs as the gold. Printed: holder precision, recall, F1 and sign agreement,
per set and pooled.

Run: python benchmarks/label_agreement.py FIRST/gold.json SECOND/gold.json [FIRST2 SECOND2 ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from suggest_quality import ORGANISATIONS, _figures, _norm, sign


def _pairs(path: Path) -> dict[tuple[str, str], tuple[dict[str, int], set[str]]]:
    """Each sentence (its article file's name, its normalised text) with its countries' signs and its optional ones."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    out = {}
    for article in gold["articles"]:
        name = Path(article["file"]).name
        for item in article["sentences"]:
            actors = {code: sign(v) for code, v in item["actors"].items() if code not in ORGANISATIONS}
            out[(name, _norm(item["text"]))] = (actors, set(item.get("optional", ())))
    return out


def agreement(first: Path, second: Path) -> tuple[int, int, int, int, int]:
    """(pairs both name, pairs only the second names, pairs only the first names, signs alike, sentences missing)."""
    a, b = _pairs(first), _pairs(second)
    tp = fp = fn = right = 0
    for key, (gold, optional) in a.items():
        found = {c: v for c, v in b.get(key, ({}, set()))[0].items() if c not in optional}
        for code in set(gold) | set(found):
            if code in gold and code in found:
                tp += 1
                right += gold[code] == found[code]
            elif code in found:
                fp += 1
            else:
                fn += 1
    return tp, fp, fn, right, len(set(a) - set(b))


def main(argv: list[str]) -> int:
    if len(argv) < 2 or len(argv) % 2:
        print(__doc__)
        return 2
    totals = [0, 0, 0, 0]
    for first, second in zip(argv[::2], argv[1::2]):
        tp, fp, fn, right, missing = agreement(Path(first), Path(second))
        f = _figures(tp, fp, fn, right)
        note = f"; {missing} sentences of the first not in the second" if missing else ""
        print(f"{Path(first).parent.name:<24} P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}  "
              f"sign {f['sign']:.3f}  ({tp} both, {fp} second only, {fn} first only{note})")
        totals = [t + x for t, x in zip(totals, (tp, fp, fn, right))]
    if len(argv) > 2:
        f = _figures(*totals)
        print(f"{'pooled':<24} P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}  sign {f['sign']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
