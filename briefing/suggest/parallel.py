"""Many sentences read on two cores: a helper process reads chunks of the same sentences while this one reads.

Each sentence's reading is its own (``read_all``), so the readings are the same as one process's, in the same order.
The helper is a fresh Python (``python -m briefing.suggest.parallel``: safe beside the app's threads, and it never
runs the caller's own script again) that loads the parser itself, in about a second and a half: it is worth it only
for many sentences, such as a batch import of a megabyte of text. It is given chunks only once it is ready, two at a
time, so this process never waits for it to start; if it fails, dies or stalls, this process reads what it had been
given.
``BRIEFING_PARALLEL=off`` reads in one process; ``BRIEFING_PARALLEL_MIN`` is the number of sentences from which a
helper is started.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

MIN_SENTENCES = 1500  # about two seconds of reading: below it, starting a helper costs more than it saves
AHEAD = 2  # chunks the helper holds at a time
STALLED = 60.0  # seconds without a chunk back, while this process waits for it, after which the helper is given up
# the last parallel read: how many chunks there were and how many the helper read (printed by the benchmarks)
last_read = {"chunks": 0, "helper": 0}


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def wanted(n: int) -> bool:
    """Whether ``n`` sentences are worth a second process on this machine."""
    if os.environ.get("BRIEFING_PARALLEL", "").lower() in ("off", "0", "no"):
        return False
    try:
        least = int(os.environ.get("BRIEFING_PARALLEL_MIN", MIN_SENTENCES))
    except ValueError:
        least = MIN_SENTENCES
    return n >= max(least, 1) and _cores() >= 2


def _start() -> subprocess.Popen[bytes] | None:
    package_root = str(Path(__file__).resolve().parents[2])  # where ``briefing`` is imported from here
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
    env["BRIEFING_PARALLEL"] = "off"  # the helper never starts one of its own
    try:
        return subprocess.Popen(
            [sys.executable, "-m", "briefing.suggest.parallel"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
        )
    except (OSError, ValueError):
        return None


def _listen(stream: BinaryIO, inbox: queue.Queue[Any]) -> None:
    """What the helper sends, as it comes; None when it has nothing more to say (done, failed or gone)."""
    try:
        while True:
            inbox.put(pickle.load(stream))
    except Exception:  # the end of the stream, or a helper that died mid-message
        pass
    inbox.put(None)


def read_in_parallel(
    texts: list[str],
    published: list[str],
    days: list[str],
    people: list[frozenset[str]],
    registry: Any,
    lexicon: Any,
    question: str,
    progress: Callable[[int, int], None] | None = None,
) -> list[Any] | None:
    """The readings of ``texts`` with a helper process reading beside this one; None where one process should read
    them all (few sentences, one core, or no helper could be started)."""
    if not wanted(len(texts)):
        return None
    from . import CHUNK, ChunkReader

    helper = _start()
    if helper is None or helper.stdin is None or helper.stdout is None:
        return None
    chunks = (len(texts) + CHUNK - 1) // CHUNK
    inbox: queue.Queue[Any] = queue.Queue()
    listener = threading.Thread(target=_listen, args=(helper.stdout, inbox), daemon=True, name="briefing-reader")
    listener.start()
    done: dict[int, list[Any]] = {}
    given: set[int] = set()
    last_read.update(chunks=chunks, helper=0)
    ready = gone = False
    stolen: set[int] = set()  # chunks the helper holds that this process read itself

    to_helper = helper.stdin

    def send(message: Any) -> bool:
        try:
            pickle.dump(message, to_helper, protocol=pickle.HIGHEST_PROTOCOL)
            to_helper.flush()
            return True
        except (OSError, ValueError, pickle.PicklingError):
            return False

    def hear(block: bool) -> None:
        nonlocal ready, gone
        while not gone:
            try:
                message = inbox.get(timeout=1.0) if block else inbox.get_nowait()
            except queue.Empty:
                return
            block = False
            if message is None or message[0] == "error":
                gone = True
            elif message[0] == "ready":
                ready = True
            elif message[1] not in stolen:
                done[message[1]] = message[2]
                given.discard(message[1])
                last_read["helper"] += 1

    def tell() -> None:
        if progress is not None:
            progress(min(sum(len(r) for r in done.values()), len(texts)), len(texts))

    try:
        gone = not send((texts, published, days, people, registry, lexicon, question))
        reader = ChunkReader(registry, lexicon, question)
        nxt = 0
        while nxt < chunks:
            hear(block=False)
            while ready and not gone and len(given) < AHEAD and nxt < chunks:
                if not send(nxt):
                    gone = True
                    break
                given.add(nxt)
                nxt += 1
            if nxt >= chunks:
                break
            a, b = nxt * CHUNK, (nxt + 1) * CHUNK
            done[nxt] = reader.read(texts[a:b], published[a:b], days[a:b], people[a:b])
            nxt += 1
            tell()
        hear(block=False)
        while len(given) > 1 and not gone:
            # all chunks are handed out: rather than wait for the helper to read the ones it holds in turn, this
            # process reads the last of them itself (the helper's copy, the same readings, is not waited for)
            last = max(given)
            given.discard(last)
            stolen.add(last)
            a, b = last * CHUNK, (last + 1) * CHUNK
            done[last] = reader.read(texts[a:b], published[a:b], days[a:b], people[a:b])
            tell()
            hear(block=False)
        waited_since = time.monotonic()
        while given and not gone:
            before = len(given)
            hear(block=True)
            if len(given) < before:
                waited_since = time.monotonic()
            if (helper.poll() is not None and inbox.empty()) or time.monotonic() - waited_since > STALLED:
                gone = True  # gone, or stuck: what it holds is read here
            tell()
        for k in range(chunks):  # what the helper was given and never sent back
            if k not in done:
                a, b = k * CHUNK, (k + 1) * CHUNK
                done[k] = reader.read(texts[a:b], published[a:b], days[a:b], people[a:b])
        tell()  # all read (the last chunk may have come back while this process read one itself)
    finally:
        with contextlib.suppress(Exception):
            send(None)
            to_helper.close()
        try:
            # (a helper still reading a chunk this process read itself is not waited for)
            helper.wait(timeout=0.1 if stolen else 2)
        except subprocess.TimeoutExpired:
            helper.kill()
            helper.wait()
        listener.join(timeout=2)  # it ends at the end of the helper's output
        if not listener.is_alive():
            helper.stdout.close()
    return [r for k in range(chunks) for r in done[k]]


def _serve(inp: BinaryIO, out: BinaryIO) -> None:
    """The helper: the job first, then chunk numbers until None; each chunk's readings go back as they are read."""

    def say(message: Any) -> None:
        pickle.dump(message, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()

    try:
        from . import CHUNK, ChunkReader

        texts, published, days, people, registry, lexicon, question = pickle.load(inp)
        reader = ChunkReader(registry, lexicon, question)
        say(("ready",))
        while (k := pickle.load(inp)) is not None:
            a, b = k * CHUNK, (k + 1) * CHUNK
            say(("chunk", k, reader.read(texts[a:b], published[a:b], days[a:b], people[a:b])))
    except EOFError:
        pass  # the main process is gone or has what it needs
    except Exception:  # the main process reads the rest itself
        with contextlib.suppress(Exception):
            say(("error", traceback.format_exc(limit=3)))


if __name__ == "__main__":
    # the protocol has the real standard output to itself: anything a library prints goes to standard error
    _protocol = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    _serve(sys.stdin.buffer, _protocol)
