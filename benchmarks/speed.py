"""Every speed target of the project in one table: the figure, the target beside it, and whether it is met.

Where the machine's noise matters (whole processes), the figure is a ratio to a floor measured in the same run.
Run: QT_QPA_PLATFORM=offscreen python benchmarks/speed.py [--quick]
"""

from __future__ import annotations

import argparse
import compileall
import gc
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "nato-airspace-bloomberg.txt"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(ROOT))

BARE_WINDOW = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
def done():
    print(f"first-paint {time.time():.6f} {time.process_time():.6f}", flush=True)
    os._exit(0)
class F(QObject):
    def eventFilter(self, w, e):
        if e.type() == QEvent.Type.Paint:
            w.removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("Hello")); w.resize(1200, 800)
f = F(); w.installEventFilter(f)  # on the window, as briefing/gui/startup_probe.py watches the app's window
w.show()
app.exec()
"""

PLAIN_PDF = """
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate
import sys
SimpleDocTemplate(sys.argv[1]).build([Paragraph("One paragraph.", getSampleStyleSheet()["Normal"])])
"""


@dataclass
class Row:
    what: str
    figure: str
    target: str
    met: bool | None  # None: not measured here


ROWS: list[Row] = []


def row(what: str, figure: str, target: str, met: bool | None) -> None:
    ROWS.append(Row(what, figure, target, met))
    mark = "—" if met is None else ("met" if met else "MISSED")
    print(f"  {what:<58} {figure:>22}  target {target:<28} {mark}", flush=True)


def median_time(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def median_cpu(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median CPU time of this thread and median wall time. On a shared machine the wall time grows with the load
    while the CPU time does not, so the targets are judged on CPU time (on an idle machine the two agree)."""
    cpu, wall = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.thread_time()
        action()
        cpu.append(time.thread_time() - start_cpu)
        wall.append(time.perf_counter() - start)
    return statistics.median(cpu), statistics.median(wall)


def ms(cpu: float, wall: float) -> str:
    return f"{cpu * 1000:.1f} ms (wall {wall * 1000:.0f})"


def children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def process_cpu(cmd: list[str], **kwargs: object) -> tuple[float, float]:
    """CPU time (user + system) and wall time of one whole process."""
    before, start = children_cpu(), time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, **kwargs)  # type: ignore[call-overload]
    return children_cpu() - before, time.perf_counter() - start


def briefing_command() -> list[str]:
    exe = Path(sys.executable).with_name("briefing")
    return [str(exe)] if exe.is_file() else [sys.executable, "-m", "briefing"]


def clean_env(tmp: Path) -> dict[str, str]:
    home = tmp / "home"
    for sub in ("config", "data", "cache"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    return dict(
        os.environ,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
    )


def first_paint(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """CPU time of the process up to its first paint, and the wall time from launch to it."""
    start = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("first-paint "):
            fields = line.split()
            return float(fields[2]), float(fields[1]) - start
    raise RuntimeError(f"no first paint reported by {cmd[0]}: {out.stderr[-500:]}")


def bench_processes(tmp: Path, runs: int) -> None:
    print("Whole processes (ratios to a floor measured in the same run):", flush=True)
    compileall.compile_dir(str(ROOT / "briefing"), quiet=1)  # as an installed copy has its bytecode
    env = clean_env(tmp)
    bare, ours = [], []
    for _ in range(runs):  # interleaved, so that a busy moment hits both
        bare.append(first_paint([sys.executable, "-c", BARE_WINDOW], env))
        ours.append(first_paint(briefing_command(), dict(env, BRIEFING_REPORT_FIRST_PAINT="1")))
    b, o = statistics.median(c for c, _ in bare), statistics.median(c for c, _ in ours)
    bw, ow = statistics.median(w for _, w in bare), statistics.median(w for _, w in ours)
    figure = f"{o / b:.2f}× ({o * 1000:.0f}/{b * 1000:.0f} ms)"
    row("cold start to the first painted window", figure, "≤ 2×", o / b <= 2)
    row("  (the same in wall time)", f"{ow / bw:.2f}× ({ow * 1000:.0f}/{bw * 1000:.0f} ms)", "", None)
    # The window paints before it opens the brief; this is the time until the sample brief itself is painted.
    docs = [first_paint(briefing_command(), dict(env, BRIEFING_REPORT_FIRST_PAINT="document")) for _ in range(runs)]
    d = statistics.median(c for c, _ in docs)
    row("  (to the sample brief painted in it)", f"{d / b:.2f}× ({d * 1000:.0f}/{b * 1000:.0f} ms)", "", None)

    out = str(tmp / "b.pdf")
    sample = str(ROOT / "resources" / "sample.brief.json")
    plain, export, first = [], [], []
    for n in range(runs):
        plain.append(process_cpu([sys.executable, "-c", PLAIN_PDF, out]))
        # The export keeps the parsed fonts and the actor registry in the user's cache (briefing/cache.py); the
        # first export after an install (or after those files change) builds them. Each round starts from an
        # empty cache: its first export is that case, its second the everyday one.
        cache_env = dict(env, BRIEFING_CACHE_DIR=str(tmp / f"export-cache-{n}"))
        first.append(process_cpu([*briefing_command(), "export", sample, "-o", out], env=cache_env))
        export.append(process_cpu([*briefing_command(), "export", sample, "-o", out], env=cache_env))
    p, e = statistics.median(c for c, _ in plain), statistics.median(c for c, _ in export)
    pw, ew = statistics.median(w for _, w in plain), statistics.median(w for _, w in export)
    f = statistics.median(c for c, _ in first)
    figure = f"{e / p:.2f}× ({e * 1000:.0f}/{p * 1000:.0f} ms)"
    row("`briefing export` of the sample", figure, "≤ 1.25×", e / p <= 1.25)
    row("  (the same in wall time)", f"{ew / pw:.2f}× ({ew * 1000:.0f}/{pw * 1000:.0f} ms)", "", None)
    row("  (the first export, its cache empty)", f"{f / p:.2f}× ({f * 1000:.0f}/{p * 1000:.0f} ms)", "", None)


def big_brief(n_claims: int, n_sources: int):  # type: ignore[no-untyped-def]
    """``n_claims`` claims over ``n_sources`` articles, each with the suggestions its sentence gets (each distinct
    sentence is read once and its positions copied, so that building the brief stays quick)."""
    import copy

    from briefing.model import Brief, Claim, Source
    from briefing.suggest import suggest_brief

    sentences = [d["text"] for d in json.loads((ROOT / "tests/data/suggestions.json").read_text())["sentences"]]
    question = "Should allies shoot down Russian aircraft that violate their airspace?"
    once = Brief()
    once.info.question = question
    once.sources.append(Source("S1", text=" ".join(sentences), published="2025-09-24"))
    pos = 0
    for i, sentence in enumerate(sentences):
        once.claims.append(Claim(f"C{i + 1}", "S1", pos, pos + len(sentence), sentence))
        pos += len(sentence) + 1
    suggest_brief(once)
    positions = {c.text: c.positions for c in once.claims}
    brief = Brief()
    brief.info.title = "Ten thousand claims"
    brief.info.question = question
    per = n_claims // n_sources
    n = 0
    for s in range(n_sources):
        chosen = [sentences[(s * per + i) % len(sentences)] for i in range(per)]
        # Paragraphs of four sentences, as articles have (one 1 MB paragraph would be laid out whole by Qt).
        seps = ["\n\n" if (i + 1) % 4 == 0 else " " for i in range(len(chosen))]
        text = "".join(sentence + sep for sentence, sep in zip(chosen, seps)).rstrip()
        src = Source(
            f"S{s + 1}", title=f"Article {s + 1}", outlet=f"Wire {s % 7}", text=text, published="2025-09-24",
            reliability="B",
        )
        brief.sources.append(src)
        pos = 0
        for sentence, sep in zip(chosen, seps):
            n += 1
            brief.claims.append(
                Claim(f"C{n}", src.id, pos, pos + len(sentence), sentence, credibility=2,
                      positions=copy.deepcopy(positions[sentence]))
            )
            pos += len(sentence) + len(sep)
    return brief


def bench_core(tmp: Path, quick: bool) -> dict[int, Path]:
    from briefing import storage
    from briefing.assets import sample_brief_path
    from briefing.pdf import render_brief

    print("In-process:", flush=True)
    sample = storage.load(sample_brief_path())
    render_brief(sample)
    t, w = median_cpu(lambda: render_brief(sample), 30)
    row("PDF export of the sample (fitting included)", ms(t, w), "≤ 30 ms", t <= 0.030)

    paths: dict[int, Path] = {}
    for n_sources in (1, 50):
        brief = big_brief(10_000, n_sources)
        paths[n_sources] = tmp / f"big{n_sources}.brief.json"
        storage.save(brief, paths[n_sources])
    big = storage.load(paths[1])
    t, w = median_cpu(lambda: render_brief(big), 3 if quick else 5)
    row("PDF export of 10,000 claims (fitting included)", ms(t, w), "≤ 300 ms", t <= 0.300)

    raw, _ = median_cpu(lambda: json.loads(paths[50].read_bytes()), 5)
    load, w = median_cpu(lambda: storage.load(paths[50]), 5)
    row("load a brief of 10,000 claims", f"{load / raw:.2f}× json.load ({load * 1000:.0f} ms)", "≤ 3× json.load",
        load / raw <= 3)
    loaded = storage.load(paths[50])
    target = tmp / "save.brief.json"
    storage.save(loaded, target)
    save, w = median_cpu(lambda: storage.save(loaded, target), 5)
    row("atomic save of it", ms(save, w), "≤ 300 ms", save <= 0.300)

    if SEED.is_file():
        from briefing.ingest import add_article, read_article
        from briefing.model import Brief, BriefInfo
        from briefing.suggest import suggest_brief

        def import_seed() -> None:
            brief = Brief(info=BriefInfo())
            brief.info.question = "Should allies shoot down Russian aircraft that violate their airspace?"
            _, claims = add_article(brief, read_article(str(SEED)))
            suggest_brief(brief, claims=claims)

        import_seed()  # the parser and the lexicons are loaded (the big briefs above loaded them already)
        t, w = median_cpu(import_seed, 10)
        row("import of the seed with suggestions, parser loaded", ms(t, w), "≤ 50 ms", t <= 0.050)
    # The parser's load on its own, in fresh processes (spaCy's import included), as the first suggestion pays it.
    probe = (
        "import time; t = time.perf_counter(); from briefing.suggest.parser import load_parser; "
        "assert load_parser() is not None; print(time.perf_counter() - t)"
    )
    loads = [
        float(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout)
        for _ in range(3)
    ]
    first = statistics.median(loads)
    row("the parser's load, fresh process", f"{first * 1000:.0f} ms (wall)", "≤ 1.5 s", first <= 1.5)
    if not SEED.is_file():
        row("import of the seed with suggestions", "no seed here", "≤ 50 ms", None)

    # Real article text, as a whole process (progress is printed on stderr): the hand-made article text of the 181
    # real pages beside this checkout, one file per article (about 0.8 MB; the import drops repeated sentences, so
    # the same text copied out to a megabyte would measure far less). The figure is scaled to 1 MB.
    truth = ROOT.parent / "shared" / "data" / "real-pages" / "ground-truth.json"
    if not truth.is_file():
        row("import of 1 MB of real articles with suggestions, whole process", "no real pages here", "≤ 15 s", None)
        return paths
    articles = tmp / "real-articles"
    articles.mkdir(exist_ok=True)
    size = 0
    for key, page in json.loads(truth.read_text(encoding="utf-8")).items():
        body = f"{page.get('title') or key}\n\n{page['articleBody']}"
        (articles / f"{key}.txt").write_text(body, encoding="utf-8")
        size += len(body.encode("utf-8"))
    out = tmp / "real.brief.json"
    for label, env in (("two cores", {}), ("one process", {"BRIEFING_PARALLEL": "off"})):
        start, before = time.perf_counter(), children_cpu()
        proc = subprocess.run(
            [*briefing_command(), "import", *sorted(str(a) for a in articles.iterdir()), "-o", str(out), "--force",
             "--question", "Should allies shoot down Russian aircraft that violate their airspace?"],
            capture_output=True, text=True, env={**clean_env(tmp), **env},
        )
        t, cpu = time.perf_counter() - start, children_cpu() - before
        progress = sum(1 for line in proc.stderr.splitlines() if "% " in line or line.strip().endswith("%)"))
        written = out.is_file() and json.loads(out.read_text(encoding="utf-8"))["claims"]
        per_mb = t * 1_000_000 / size
        row(f"import of 1 MB of real articles with suggestions, whole process ({label})",
            f"{per_mb:.1f} s per MB (wall; {t:.1f} s for {size / 1e6:.2f} MB, {len(written or [])} claims, "
            f"CPU {cpu:.1f} s), {progress} progress lines",
            "≤ 15 s, progress", bool(written) and per_mb <= 15 and progress >= 2)
    return paths


def idle(app, window) -> None:  # type: ignore[no-untyped-def]
    """Process events, then run at once the work the app defers by a few milliseconds (repaint of the article's
    highlights, refresh of the country view); the PDF preview renders in a background thread and is not counted."""
    from PySide6.QtCore import QSortFilterProxyModel, QTimer
    from PySide6.QtWidgets import QAbstractItemView

    app.processEvents()
    owners = [window]  # the window's timers, and the timers of its views' models (models have no parent widget)
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        while model is not None:
            owners.append(model)
            model = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else None
    timers = {id(t): t for owner in owners for t in owner.findChildren(QTimer)}.values()
    for timer in timers:
        if timer.isActive() and timer.isSingleShot() and timer.interval() < 200:
            timer.stop()
            timer.timeout.emit()
    app.processEvents()


def gui_action(app, window, action: Callable[[int], object], runs: int = 7) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Median CPU time of the GUI thread and median wall time of an action until the app is idle again."""
    cpu, wall = [], []
    for i in range(runs):
        start, start_cpu = time.perf_counter(), time.thread_time()
        action(i)
        idle(app, window)
        cpu.append(time.thread_time() - start_cpu)
        wall.append(time.perf_counter() - start)
    return statistics.median(cpu), statistics.median(wall)


def set_stance(window, value: int) -> None:  # type: ignore[no-untyped-def]
    """What the stance keys do: set the selected position's stance through the undo stack."""
    window.inspector.positions.set_stance(value)


def gui_case(app, tmp: Path, path: Path, label: str, memory: bool) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from briefing.gui.main_window import MainWindow

    window = MainWindow(QSettings(str(tmp / f"{path.stem}.ini"), QSettings.Format.IniFormat))
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    start, start_cpu = time.perf_counter(), time.thread_time()
    window.open_path(str(path))
    idle(app, window)
    opened, wall = time.thread_time() - start_cpu, time.perf_counter() - start
    row(f"10,000 claims in {label}: open", ms(opened, wall), "≤ 1 s", opened <= 1.0)
    ids = [f"C{1 + (i * 1371) % 10_000}" for i in range(7)]
    t, w = gui_action(app, window, lambda i: window.select_claim(ids[i]))
    row("  select a claim", ms(t, w), "≤ 50 ms", t <= 0.050)
    window.select_claim("C5000")
    claim = window.doc.claim("C5000")
    if claim is not None and not claim.positions:
        window.inspector.positions.add_edit.setText("Germany")
        window.inspector.positions.add_edit.returnPressed.emit()
        idle(app, window)
    t, w = gui_action(app, window, lambda i: set_stance(window, [-2, -1, 1, 2, 0, -1, 1][i]))
    row("  set a stance", ms(t, w), "≤ 50 ms", t <= 0.050)
    t, w = gui_action(app, window, lambda i: window.doc.undo_stack.undo())
    row("  undo", ms(t, w), "≤ 50 ms", t <= 0.050)
    words = ["Germany", "sanctions", "Poland", "tariffs", "gas", "border", "climate"]
    t, w = gui_action(app, window, lambda i: window.proxy.set_filters(text=words[i]))
    row("  filter by text", ms(t, w), "≤ 50 ms", t <= 0.050)
    window.clear_filters()
    actors = ["DE", "PL", "HU", "FR", "US", "IT", "SE"]
    t, w = gui_action(app, window, lambda i: window.filter_by_country(actors[i]))
    row("  filter by country", ms(t, w), "≤ 50 ms", t <= 0.050)
    window.clear_filters()
    idle(app, window)
    if memory:
        gc.collect()
        rss = _rss_mb()
        row("memory of the app with 10,000 claims open", f"{rss:.0f} MB", "≤ 400 MB", rss <= 400)
    window.doc.undo_stack.setClean()
    window.close()
    window.deleteLater()
    app.processEvents()


class StallMeter:
    """The longest gap between ticks of a 1 ms timer: how long the GUI thread was kept from its events."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()


def preview_latency(app, window, value: int) -> tuple[float | None, float]:  # type: ignore[no-untyped-def]
    rendered: list[float] = []
    window.preview.rendered.connect(lambda: rendered.append(time.perf_counter()))
    idle(app, window)
    time.sleep(0.4)
    app.processEvents()
    rendered.clear()
    meter = StallMeter()
    meter.start()
    start = time.perf_counter()
    set_stance(window, value)
    deadline = start + 3
    while not rendered and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.0005)
    meter.timer.stop()
    window.preview.rendered.disconnect()
    return (rendered[0] - start if rendered else None), meter.worst


def bench_gui(tmp: Path, paths: dict[int, Path]) -> None:
    from PySide6.QtCore import QSettings

    from briefing.assets import sample_brief_path
    from briefing.gui.app import ensure_app
    from briefing.gui.main_window import MainWindow

    app = ensure_app()
    print("In the app (each action until the app is idle again):", flush=True)
    gui_case(app, tmp, paths[1], "one article", memory=True)
    gui_case(app, tmp, paths[50], "fifty articles", memory=False)

    # An edit to the refreshed preview, and the longest stall of the GUI thread meanwhile (on the sample brief).
    window = MainWindow(QSettings(str(tmp / "sp.ini"), QSettings.Format.IniFormat))
    window.resize(1400, 900)
    window.show()
    window.open_path(str(sample_brief_path()))
    window.select_claim("C2")
    results = [preview_latency(app, window, [-1, 1][i % 2]) for i in range(5)]
    latencies = [lat for lat, _ in results if lat is not None]
    lat = statistics.median(latencies) if latencies else float("inf")
    row("an edit to the refreshed preview", f"{lat * 1000:.0f} ms", "≤ 300 ms", lat <= 0.300)
    stall = max(worst for _, worst in results)
    # The same meter with nothing to do: on a shared machine the process itself waits for a core that long.
    floors = []
    for _ in range(5):
        meter = StallMeter()
        meter.start()
        end = time.perf_counter() + max(lat, 0.3) if latencies else time.perf_counter() + 0.3
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.0005)
        meter.timer.stop()
        floors.append(meter.worst)
    floor = max(floors)
    row("  longest stall of the GUI thread meanwhile", f"{stall * 1000:.0f} ms (idle floor {floor * 1000:.0f})",
        "≤ 50 ms over the floor", stall - floor <= 0.050)
    window.doc.undo_stack.setClean()
    window.close()


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "?"


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs of the whole-process figures")
    parser.add_argument("--json", metavar="FILE", help="also write the rows as JSON (benchmarks/run_all.py reads it)")
    args = parser.parse_args()
    load = os.getloadavg()[0]
    print(f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, load {load:.1f}, "
          f"Python {sys.version.split()[0]}, PySide6 {_version('PySide6')}, {time.strftime('%Y-%m-%d %H:%M')}")
    print("Times are CPU time of the process or GUI thread (wall time in brackets): the machine may be shared.")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        bench_processes(tmp, 5 if args.quick else 9)
        paths = bench_core(tmp, args.quick)
        bench_gui(tmp, paths)
    if args.json:
        Path(args.json).write_text(
            json.dumps({"load": load, "rows": [r.__dict__ for r in ROWS]}, ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
    missed = [r.what.strip() for r in ROWS if r.met is False]
    print(f"\n{sum(1 for r in ROWS if r.met)} of {sum(1 for r in ROWS if r.met is not None)} targets met.")
    if missed:
        print("Missed: " + "; ".join(missed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
