"""Python's cycle collector runs on the GUI thread only, between events: a window freed by it on a worker thread
(the preview's renderer, the checks, the suggestions) left Qt timers pointing at freed memory, and the app crashed."""

from __future__ import annotations

import gc
import threading


def test_cycles_are_collected_on_the_gui_thread_and_never_on_a_worker(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert not gc.isenabled()  # no collection wherever an allocation crosses the threshold

    seen: list[str] = []

    class Cycle:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            seen.append(threading.current_thread().name)

    def make_garbage() -> None:
        for _ in range(3 * gc.get_threshold()[0]):
            Cycle()

    worker = threading.Thread(target=make_garbage, name="worker")
    worker.start()
    worker.join()
    assert seen == []  # the worker made garbage past every threshold, and nothing was collected there
    qtbot.waitUntil(lambda: len(seen) > 0, timeout=3000)
    assert set(seen) == {threading.main_thread().name}
