"""Importer quality on the labelled pages in tests/data/pages: body precision/recall and metadata accuracy.

Run: python benchmarks/ingest_quality.py
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "data" / "pages"
SEED = ROOT.parent / "shared" / "seed" / "nato-airspace-bloomberg.txt"
FIELDS = ("title", "outlet", "authors", "published", "dateline", "captions")


@dataclass
class PageScore:
    name: str
    true_pos: int
    found: int
    expected: int
    fields: dict[str, bool]


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def labelled_pages() -> list[tuple[Path, dict]]:
    out = []
    for expected in sorted(PAGES.glob("*.expected.json")):
        stem = expected.name[: -len(".expected.json")]
        page = next(p for p in PAGES.iterdir() if p.name.startswith(stem + ".") and not p.name.endswith(".json"))
        out.append((page, json.loads(expected.read_text(encoding="utf-8"))))
    if SEED.is_file():
        out.append((SEED, json.loads((ROOT / "tests" / "data" / "seed.expected.json").read_text(encoding="utf-8"))))
    return out


def score(page: Path, expected: dict) -> PageScore:
    from briefing.errors import BriefingError
    from briefing.ingest import read_article

    try:
        art = read_article(page)
        got = {_norm(s) for s in art.sentence_texts()}
        actual = {
            "title": art.title,
            "outlet": art.outlet,
            "authors": art.authors,
            "published": art.published,
            "dateline": art.dateline,
            "captions": art.captions,
        }
    except BriefingError:
        got, actual = set(), {}
    want = {_norm(s) for s in expected["sentences"]}
    fields = {}
    for f in FIELDS:
        a, e = actual.get(f), expected.get(f)
        if f == "published":
            fields[f] = bool(a) and str(a).startswith(e) if e else not a
        elif f in ("captions",):
            fields[f] = [_norm(x) for x in a or []] == [_norm(x) for x in e]
        else:
            fields[f] = a == e
    return PageScore(page.name, len(got & want), len(got), len(want), fields)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    scores = [score(page, expected) for page, expected in labelled_pages()]
    print(f"{'page':32} {'P':>5} {'R':>5}  metadata wrong")
    for s in scores:
        p = s.true_pos / s.found if s.found else 0.0
        r = s.true_pos / s.expected if s.expected else 1.0
        wrong = ", ".join(f for f, ok in s.fields.items() if not ok) or "-"
        print(f"{s.name:32} {p:5.2f} {r:5.2f}  {wrong}")
    tp = sum(s.true_pos for s in scores)
    found = sum(s.found for s in scores)
    want = sum(s.expected for s in scores)
    print(f"\npages: {len(scores)}")
    print(f"body sentences: precision {tp / max(found, 1):.3f}, recall {tp / max(want, 1):.3f}")
    for f in FIELDS:
        ok = sum(s.fields[f] for s in scores)
        print(f"metadata {f:10}: {ok}/{len(scores)}")
    total = sum(sum(s.fields.values()) for s in scores)
    print(f"metadata accuracy: {total / (len(scores) * len(FIELDS)):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
