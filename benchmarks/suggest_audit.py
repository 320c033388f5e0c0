"""Suggestions on real pages judged by hand (benchmarks/data/audited_pages.json): precision on the judged pairs, recall
where every sentence was checked, sign accuracy, and how many suggestions no judge has seen yet.

The pages are read from ../shared/data/real-pages (the hand-made article text of each page, with its title as the
headline), each with the question its judge wrote. Sentences are matched by a hash of their text, so the file holds no
words of the pages. The rules were changed after both rounds of judging: these figures are not blind (see the file's
"about"); stance-dev (benchmarks/suggest_quality.py) is where the rules were tuned.

Run: python benchmarks/suggest_audit.py [-v]
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT.parent / "shared" / "data" / "real-pages"
AUDIT = Path(__file__).resolve().parent / "data" / "audited_pages.json"
ORGANISATIONS = {"EU", "NATO", "UN", "IAEA", "WHO", "ARAB-LEAGUE", "G7", "G20", "ASEAN", "AU-ORG", "OPEC", "WTO"}


def sentence_key(text: str) -> str:
    return hashlib.sha1(re.sub(r"\s+", " ", text).strip().encode()).hexdigest()[:16]


def article_text(page: str, truth: dict[str, dict[str, str]]) -> str:
    key = next(k for k in truth if k.startswith(page))
    title = (PAGES / "flat" / f"{key}.txt").read_text(encoding="utf-8").split("\n", 1)[0].strip().split(" | ")[0]
    short = re.match(r"(.*) - ([^-]{1,30})$", title)
    title = short.group(1) if short else title
    paragraphs = [p.strip() for p in truth[key]["articleBody"].split("\n") if p.strip()]
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def main() -> int:
    if not (PAGES / "ground-truth.json").is_file():
        print(f"skipped: {PAGES} is not beside this checkout")
        return 0
    from briefing.ingest import add_article, parse_article
    from briefing.model import Brief, BriefInfo
    from briefing.suggest import suggest_brief

    verbose = "-v" in sys.argv
    audit = json.loads(AUDIT.read_text(encoding="utf-8"))
    truth = json.loads((PAGES / "ground-truth.json").read_text(encoding="utf-8"))
    judged: dict[tuple[str, str, str], dict[str, object]] = {
        (p["page"], p["sentence"], p["actor"]): p for p in audit["pairs"]
    }
    for rnd in (1, 2):
        pages = {k: v for k, v in audit["pages"].items() if v["round"] == rnd}
        tp = fp = unseen = signs = right = 0
        found_gold: set[tuple[str, str, str]] = set()
        sentences: set[tuple[str, str]] = set()
        for page, info in pages.items():
            brief = Brief(info=BriefInfo(question=str(info["question"])))
            add_article(brief, parse_article(article_text(page, truth), name=f"{page}.txt"))
            suggest_brief(brief)
            for claim in brief.claims:
                key = sentence_key(claim.text)
                sentences.add((page, key))
                for pos in claim.positions:
                    if pos.actor in ORGANISATIONS or pos.stance is None:
                        continue
                    j = judged.get((page, key, pos.actor))
                    verdict = j["verdict"] if j else None
                    if verdict in ("TP", "MISS"):
                        tp += 1
                        found_gold.add((page, key, pos.actor))
                        if "-vv" in sys.argv:
                            print(f"  right {page} {pos.actor} {pos.stance:+d} ({pos.cue}): {claim.text[:90]}")
                        if j is not None and j["sign"] is not None:
                            signs += 1
                            right += (pos.stance > 0) - (pos.stance < 0) == j["sign"]
                    elif verdict == "FP":
                        fp += 1
                        if verbose:
                            print(f"  FP {page} {pos.actor} ({pos.cue}): {claim.text[:90]}")
                    elif verdict is None:
                        unseen += 1
                        if verbose:
                            print(f"  not judged yet {page} {pos.actor} {pos.stance:+d} ({pos.cue}): {claim.text[:90]}")
        gold = [k for k, p in judged.items() if p["verdict"] in ("TP", "MISS") and k[0] in pages]
        lost = sum(1 for k in judged if k[0] in pages and (k[0], k[1]) not in sentences)
        precision = tp / max(tp + fp, 1)
        print(f"== round {rnd}: {len(pages)} pages, {len(gold)} judged holder pairs")
        print(f"precision on judged suggestions {precision:.2f} ({tp} right, {fp} wrong); sign {right}/{signs}")
        if rnd == 2:
            recall = len(found_gold) / max(len(gold), 1)
            f1 = 2 * precision * recall / max(precision + recall, 1e-9)
            print(f"recall {recall:.2f} (every sentence was checked), holder F1 {f1:.2f}")
        print(f"suggestions no judge has seen: {unseen}; judged pairs whose sentence the import no longer makes: "
              f"{lost}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
