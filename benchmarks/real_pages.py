"""Import quality on 181 real news pages (../shared/data/real-pages, scrapinghub's Article Extraction Benchmark).

Scores Briefing's article text from the page's HTML, from the page flattened as a browser copy (``flat/``) and
from the same blocks glued together (``glued/``) with the benchmark's own metric (bags of 4-token shingles,
see the data's README), beside trafilatura's default extraction of the HTML. Prints a line per language
group, the failures, the median seconds per page, title agreement with the page's <h1>/og:title, and the
five worst pages with what was kept and dropped.

Run: python benchmarks/real_pages.py [--process N] [--only html,flat,glued] [--worst N]
(--process N also times N whole ``briefing import`` processes on flat and HTML pages; --suggest with suggestions too.)
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "real-pages"
TOKEN = re.compile(r"\w+")
TARGETS = {"html": 0.955, "flat": 0.90, "glued": 0.88}


def shingles(text: str, n: int = 4) -> Counter[str]:
    tokens = TOKEN.findall(text or "")
    return Counter(" ".join(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def page_score(truth: str, got: str) -> tuple[float, float, float]:
    """(tp, fp, fn) normalised so that they add up to 1, as the benchmark's evaluate.py does."""
    t, p = shingles(truth), shingles(got)
    tp = fp = fn = 0.0
    for key in set(t) | set(p):
        a, b = t.get(key, 0), p.get(key, 0)
        tp += min(a, b)
        fp += max(0, b - a)
        fn += max(0, a - b)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


@dataclass
class Result:
    page: str
    lang: str
    text: str
    seconds: float
    error: str = ""
    title: str = ""
    tp: float = 0.0
    fp: float = 0.0
    fn: float = 0.0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.text.strip() and self.tp + self.fp else None

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.text.strip() and self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p = self.precision or 0.0
        r = self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Summary:
    results: list[Result] = field(default_factory=list)

    def prf(self, subset: list[Result] | None = None) -> tuple[float, float, float]:
        rs = self.results if subset is None else subset
        if not rs:
            return 0.0, 0.0, 0.0
        precisions = [r.precision for r in rs if r.precision is not None]
        p = statistics.fmean(precisions) if precisions else 0.0
        r = statistics.fmean(r.recall for r in rs)
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pages() -> list[tuple[str, dict]]:
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    return sorted(truth.items())


def html_of(page: str) -> str:
    return gzip.decompress((DATA / "html" / f"{page}.html.gz").read_bytes()).decode("utf-8")


def language(truth: str) -> str:
    """The language of the page's true article text (by script and stopwords)."""
    from briefing.ingest.languages import detect_language

    return detect_language(truth)


def page_titles(html: str) -> list[str]:
    """The page's own headline: every <h1> and og:title / twitter:title."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    out = [" ".join(h.text_content().split()) for h in tree.xpath("//h1")]
    for node in tree.xpath("//meta[@property='og:title' or @name='og:title' or @name='twitter:title']"):
        out.append(" ".join((node.get("content") or "").split()))
    return [t for t in out if t]


def title_agrees(title: str, heads: list[str]) -> bool:
    words = TOKEN.findall(title.lower())
    if not words:
        return False
    for head in heads:
        hw = TOKEN.findall(head.lower())
        if hw == words:
            return True
    return False


def run_mode(mode: str, items: list[tuple[str, dict]], langs: dict[str, str]) -> Summary:
    from briefing.errors import BriefingError
    from briefing.ingest import parse_article

    summary = Summary()
    for page, truth in items:
        if mode == "trafilatura":
            import trafilatura

            html = html_of(page)
            t0 = time.perf_counter()
            text = trafilatura.extract(html) or ""
            seconds = time.perf_counter() - t0
            result = Result(page, langs[page], text, seconds)
        else:
            if mode == "html":
                data: bytes = (html_of(page)).encode("utf-8")
                kind = "html"
            else:
                data = (DATA / mode / f"{page}.txt").read_bytes()
                kind = "text"
            t0 = time.perf_counter()
            try:
                art = parse_article(data, f"{mode}/{page[:10]}", kind=kind)
                result = Result(page, langs[page], art.text, time.perf_counter() - t0, title=art.title)
            except BriefingError as exc:
                result = Result(page, langs[page], "", time.perf_counter() - t0, error=str(exc))
        result.tp, result.fp, result.fn = page_score(truth.get("articleBody", ""), result.text)
        summary.results.append(result)
    return summary


def kept_and_dropped(truth: str, got: str, width: int = 160) -> tuple[str, str]:
    """A glimpse of what was wrongly kept (in the extraction only) and wrongly dropped (in the truth only)."""
    t_lines = [line for line in truth.split("\n") if line.strip()]
    g_lines = [line for line in got.split("\n") if line.strip()]
    t_sh, g_sh = shingles(truth), shingles(got)

    def foreign(line: str, other: Counter[str]) -> float:
        sh = shingles(line)
        return sum(v for k, v in sh.items() if k not in other) / max(1, sum(sh.values()))

    kept = [line for line in g_lines if foreign(line, t_sh) > 0.6]
    dropped = [line for line in t_lines if foreign(line, g_sh) > 0.6]

    def clip(lines: list[str]) -> str:
        text = " ¶ ".join(lines)
        return (text[:width] + "…") if len(text) > width else (text or "-")

    return clip(kept), clip(dropped)


def whole_process(items: list[tuple[str, dict]], n: int, kind: str = "html", suggest: bool = False) -> float:
    """Median seconds of ``briefing import PAGE -o X [--no-suggest]`` as a whole process, on the first N pages
    as HTML (``kind="html"``) or as flat text (``kind="flat"``)."""
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for page, _ in items[:n]:
            src = Path(tmp) / ("page.html" if kind == "html" else "page.txt")
            if kind == "html":
                src.write_text(html_of(page), encoding="utf-8")
            else:
                src.write_bytes((DATA / kind / f"{page}.txt").read_bytes())
            out = Path(tmp) / "o.brief.json"
            argv = [sys.executable, "-m", "briefing", "import", str(src), "-o", str(out)]
            t0 = time.perf_counter()
            subprocess.run([*argv] if suggest else [*argv, "--no-suggest"], check=False, capture_output=True)
            times.append(time.perf_counter() - t0)
            out.unlink(missing_ok=True)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="html,flat,glued", help="modes to run: html,flat,glued")
    parser.add_argument("--worst", type=int, default=5)
    parser.add_argument("--process", type=int, default=0, help="also time N whole import processes")
    parser.add_argument("--suggest", action="store_true", help="with --process: also time imports with suggestions")
    parser.add_argument("--no-trafilatura", action="store_true")
    parser.add_argument("--pages", default="", help="only pages whose id starts with one of these (comma list)")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"no data at {DATA}; nothing measured")
        return 0
    sys.path.insert(0, str(ROOT))
    items = pages()
    if args.pages:
        prefixes = tuple(args.pages.split(","))
        items = [(p, t) for p, t in items if p.startswith(prefixes)]
    langs = {page: language(truth.get("articleBody", "")) for page, truth in items}
    modes = [m for m in args.only.split(",") if m]
    summaries = {m: run_mode(m, items, langs) for m in modes}
    if not args.no_trafilatura:
        summaries["trafilatura"] = run_mode("trafilatura", items, langs)

    print(f"{len(items)} pages ({sum(1 for v in langs.values() if v == 'en')} English)\n")
    print(f"{'input':<12} {'P':>6} {'R':>6} {'F1':>6}  {'target':>6}  {'fails':>5}  {'empty':>5}  {'median s':>8}")
    for mode, s in summaries.items():
        p, r, f = s.prf()
        fails = sum(1 for x in s.results if x.error)
        empty = sum(1 for x in s.results if not x.text.strip())
        target = TARGETS.get(mode)
        mark = "" if target is None else (" ok" if f >= target else " MISS")
        med = statistics.median(x.seconds for x in s.results)
        tgt = f"{target:.3f}" if target else "-"
        print(f"{mode:<12} {p:6.3f} {r:6.3f} {f:6.3f}  {tgt:>6}  {fails:5d}  {empty:5d}  {med:8.3f}{mark}")

    print("\nby language group (F1)")
    groups: dict[str, list[str]] = defaultdict(list)
    for page, lang in langs.items():
        groups["en" if lang == "en" else "non-English"].append(page)
        if lang != "en":
            groups[lang].append(page)
    order = ["en", "non-English", *sorted(g for g in groups if g not in ("en", "non-English"))]
    print(f"{'group':<12} {'pages':>5} " + " ".join(f"{m:>11}" for m in summaries))
    for g in order:
        members = set(groups[g])
        cells = []
        for s in summaries.values():
            cells.append(f"{s.prf([x for x in s.results if x.page in members])[2]:11.3f}")
        print(f"{g:<12} {len(members):5d} " + " ".join(cells))

    heads = {page: page_titles(html_of(page)) for page, _ in items}
    print("\ntitles agreeing with the page's <h1>/og:title")
    for mode in ("html", "flat", "glued"):
        if mode in summaries:
            agree = sum(1 for x in summaries[mode].results if title_agrees(x.title, heads[x.page]))
            print(f"{mode:<12} {agree}/{len(items)} ({agree / max(1, len(items)):.1%})")

    for mode in modes:
        s = summaries[mode]
        failed = [x for x in s.results if x.error]
        if failed:
            print(f"\nfailures ({mode}):")
            for x in failed:
                print(f"  {x.page[:12]} [{x.lang}] {x.error}")
        print(f"\nworst {args.worst} pages ({mode}):")
        truth = dict(items)
        for x in sorted(s.results, key=lambda x: x.f1)[: args.worst]:
            kept, dropped = kept_and_dropped(truth[x.page].get("articleBody", ""), x.text)
            print(f"  {x.page[:12]} [{x.lang}] P {x.precision or 0:.2f} R {x.recall:.2f}  {x.error}")
            print(f"      kept   : {kept}")
            print(f"      dropped: {dropped}")

    if args.process:
        print(f"\nwhole process `briefing import PAGE -o X`, median of {args.process} pages")
        for kind in ("flat", "html"):
            quick = whole_process(items, args.process, kind)
            line = f"  {kind:<5} --no-suggest {quick:.2f} s"
            if args.suggest:
                line += f", with suggestions {whole_process(items, args.process, kind, suggest=True):.2f} s"
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
