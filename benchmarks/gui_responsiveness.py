"""A brief with 10,000 claims in the app: opening, filtering, selecting and setting a stance.

Each figure is the time until the app has handled the action and drawn again (events processed).
Run: QT_QPA_PLATFORM=offscreen python benchmarks/gui_responsiveness.py
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def big_brief(n_claims: int, n_sources: int):  # type: ignore[no-untyped-def]
    from briefing.model import Brief, Claim, Source
    from briefing.suggest import suggest_brief

    sentences = [d["text"] for d in json.loads((ROOT / "tests/data/suggestions.json").read_text())["sentences"]]
    brief = Brief()
    brief.info.title = "Ten thousand claims"
    per = n_claims // n_sources
    n = 0
    for s in range(n_sources):
        chosen = [sentences[(s * per + i) % len(sentences)] for i in range(per)]
        text = " ".join(chosen)
        src = Source(
            f"S{s + 1}", title=f"Article {s + 1}", outlet="Wire", text=text, published="2025-09-24", reliability="B"
        )
        brief.sources.append(src)
        pos = 0
        for sentence in chosen:
            n += 1
            brief.claims.append(Claim(f"C{n}", src.id, pos, pos + len(sentence), sentence, credibility=2))
            pos += len(sentence) + 1
    suggest_brief(brief)
    return brief


def measure(app, window, action, runs: int = 7) -> float:  # type: ignore[no-untyped-def]
    """Time an action until the app is idle again, counting the work it defers by a few milliseconds
    (repainting the article's highlights, refreshing the country view); the PDF preview renders in a
    background thread and is not counted."""
    deferred = (window.article._paint_timer, window.countries.model._timer)
    times = []
    for i in range(runs):
        start = time.perf_counter()
        action(i)
        app.processEvents()
        for timer in deferred:
            if timer.isActive():
                timer.stop()
                timer.timeout.emit()
        app.processEvents()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def run_case(app, tmp: Path, n_sources: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from briefing import storage
    from briefing.gui.main_window import MainWindow

    path = tmp / f"big{n_sources}.brief.json"
    storage.save(big_brief(10_000, n_sources), path)
    window = MainWindow(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    window.show()
    start = time.perf_counter()
    window.open_path(str(path))
    app.processEvents()
    opened = (time.perf_counter() - start) * 1000
    words = ["Germany", "sanctions", "Poland", "tariffs", "gas", "border", "climate"]
    text_filter = measure(app, window, lambda i: window.proxy.set_filters(text=words[i % len(words)]))
    window.clear_filters()
    actors = ["DE", "PL", "HU", "FR", "US", "IT", "SE"]
    country_filter = measure(app, window, lambda i: window.filter_by_country(actors[i % len(actors)]))
    window.clear_filters()
    select = measure(app, window, lambda i: window.select_claim(f"C{1 + i * 1371 % 10_000}"))
    window.select_claim("C5000")
    claim = window.doc.claim("C5000")
    if claim is not None and not claim.positions:
        window.inspector.positions.add_edit.setText("Germany")
        window.inspector.positions.add_edit.returnPressed.emit()
    stance = measure(app, window, lambda i: window.inspector.positions.set_stance([-2, -1, 0, 1, 2][i % 5]))
    layout = "20 articles of 500 claims" if n_sources == 20 else "one article of 10,000 claims"
    print(f"10,000 claims, {layout}:")
    print(f"  open the file            {opened:8.1f} ms")
    print(f"  filter by text           {text_filter:8.1f} ms median")
    print(f"  filter by country        {country_filter:8.1f} ms median")
    print(f"  select a claim           {select:8.1f} ms median")
    print(f"  set a stance (1-5 keys)  {stance:8.1f} ms median  (target for the last four: well under 100 ms)")
    window.doc.undo_stack.setClean()
    window.close()


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from briefing.gui.app import ensure_app

    app = ensure_app()
    with tempfile.TemporaryDirectory() as tmp:
        for n_sources in (20, 1):
            run_case(app, Path(tmp), n_sources)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
