"""W3C annotations read back onto edited sources: how many are re-anchored right, and how many land on the wrong
passage (must be none) or come back orphaned, on the real pages in ../shared/data/real-pages/flat.

Each page is imported (one claim per sentence), every claim annotated and exported; then the source is edited:
a paragraph is added at the top (every offset moves), one sentence in five gets a small edit (a word changed or
dropped, a typo), and one in ten is deleted. A deleted sentence must come back orphaned unless the same words
are still elsewhere in the text.

python benchmarks/anchoring_quality.py [--pages N]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from briefing.formats.w3c import import_annotations, to_w3c
from briefing.ingest import add_article, read_article
from briefing.model import Brief, Position

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT.parent / "shared" / "data" / "real-pages" / "flat"


def _edit(sentence: str, rng: random.Random) -> str:
    words = sentence.split(" ")
    if len(words) < 6:
        return sentence
    i = rng.randrange(1, len(words) - 1)
    kind = rng.choice(("drop", "swap", "typo"))
    if kind == "drop":
        del words[i]
    elif kind == "swap":
        words[i] = rng.choice(("also", "then", "still", "reportedly", "now"))
    else:
        w = words[i]
        if len(w) > 3:
            j = rng.randrange(1, len(w) - 1)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def run(pages: int, seed: int = 11, verbose: bool = False, skip: int = 0) -> int:
    rng = random.Random(seed)
    files = sorted(PAGES.glob("*.txt"))[skip : skip + pages]
    if not files:
        print(f"no pages in {PAGES}; skipped")
        return 0
    totals = dict(right=0, wrong=0, lost=0, orphaned_ok=0, deleted_but_found_same_words=0, deleted_wrong=0, twin=0)
    fuzzy = 0
    seconds = 0.0
    for path in files:
        brief = Brief()
        source, claims = add_article(brief, read_article(path))
        if len(claims) < 3:
            continue
        original = {c.id: c.text for c in claims}
        for c in claims:
            c.positions = [Position("DE", -1)]
        doc = to_w3c(brief)
        text = source.text
        # Rebuild the text piece by piece, keeping where each claim's words end up.
        out = ["Updated with reactions from allied capitals and a correction.\n\n"]
        expected: dict[str, tuple[int, int] | None] = {}
        deleted_text: dict[str, str] = {}
        pos = 0
        for c in sorted(claims, key=lambda c: c.start):
            out.append(text[pos : c.start])
            roll = rng.random()
            at = sum(len(p) for p in out)
            if roll < 0.1:
                expected[c.id] = None
                deleted_text[c.id] = c.text
            else:
                new = _edit(c.text, rng) if roll < 0.3 else c.text
                out.append(new)
                expected[c.id] = (at, at + len(new))
            pos = c.end
        out.append(text[pos:])
        edited = Brief(sources=[type(source)(source.id, title=source.title, outlet=source.outlet, text="".join(out))])
        start = time.perf_counter()
        report = import_annotations(edited, doc)
        seconds += time.perf_counter() - start
        new_text = edited.sources[0].text
        placed = {a.annotation.rsplit(":", 1)[1]: a for a in report.attached}
        claims_by_id = {c.id: c for c in edited.claims}
        for cid, want in expected.items():
            got = placed.get(cid)
            if want is None:
                if got is None:
                    totals["orphaned_ok"] += 1
                elif claims_by_id[got.claim_id].text == deleted_text[cid]:
                    totals["deleted_but_found_same_words"] += 1  # the same sentence occurs twice in the page
                else:
                    totals["deleted_wrong"] += 1
                    if verbose:
                        found = claims_by_id[got.claim_id].text
                        print("look-alike:", repr(deleted_text[cid][:100]), "->", repr(found[:100]))
                continue
            if got is None:
                totals["lost"] += 1
                if verbose:
                    orphan = next((o for o in report.orphaned if o.annotation.endswith(":" + cid)), None)
                    print("lost:", repr(new_text[want[0] : want[1]][:100]), orphan.reason if orphan else "")
                continue
            claim = claims_by_id[got.claim_id]
            fuzzy += got.how == "fuzzy"
            if claim.text == original[cid] and new_text[want[0] : want[1]] != claim.text:
                totals["twin"] += 1  # edited here, but the page repeats the sentence word for word elsewhere
                continue
            same_words = new_text[want[0] : want[1]] == claim.text
            if (claim.start, claim.end) == want or same_words:
                totals["right"] += 1
            else:
                overlap = min(claim.end, want[1]) - max(claim.start, want[0])
                ok = overlap > 0.8 * (want[1] - want[0])
                totals["right" if ok else "wrong"] += 1
                if verbose and not ok:
                    print("wrong:", repr(new_text[want[0] : want[1]][:100]), "->", repr(claim.text[:100]), got.how)
    kept = totals["right"] + totals["wrong"] + totals["lost"] + totals["twin"]
    print(f"{len(files)} pages, {kept} annotations whose words are still there, {fuzzy} of them found by fuzzy match")
    print(f"  re-anchored on the right words: {totals['right']} ({totals['right'] / max(1, kept):.1%})")
    print(f"  attached to the wrong passage:  {totals['wrong']}")
    print(f"  orphaned though still there:    {totals['lost']} ({totals['lost'] / max(1, kept):.1%})")
    print(f"  edited, found word for word at a repeat of the sentence elsewhere: {totals['twin']}")
    deleted = totals["orphaned_ok"] + totals["deleted_wrong"] + totals["deleted_but_found_same_words"]
    print(
        f"{deleted} annotations whose sentence was deleted: {totals['orphaned_ok']} orphaned, "
        f"{totals['deleted_wrong']} attached to a look-alike passage, "
        f"{totals['deleted_but_found_same_words']} found the same words elsewhere"
    )
    print(f"import time {seconds:.2f} s in all")
    return 1 if totals["wrong"] or totals["deleted_wrong"] else 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--skip", type=int, default=0, help="start after this many pages (60: the held-out ones)")
    parser.add_argument("--verbose", action="store_true", help="show each annotation lost or misplaced")
    args = parser.parse_args()
    return run(args.pages, verbose=args.verbose, skip=args.skip)


if __name__ == "__main__":
    sys.exit(main())
