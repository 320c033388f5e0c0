"""The dependency parser the suggestions read sentences with, loaded on first use only.

The model (``resources/models/en_briefing_parser``) is a small spaCy tagger, lemmatizer and parser trained here
from Universal Dependencies English EWT by ``resources/models/train_parser.py``; nothing is downloaded. Exporting,
validating and starting the app never load it. Without spaCy or the model, suggestions fall back to the word rules.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..assets import resource

MODEL_NAME = "en_briefing_parser"
_lock = threading.Lock()
_state: dict[str, Any] = {}


def model_path() -> Path:
    override = os.environ.get("BRIEFING_PARSER")
    return Path(override) if override else resource(f"models/{MODEL_NAME}")


def parser_enabled() -> bool:
    """False when the parser is switched off (BRIEFING_PARSER=off) or its model is not installed."""
    if os.environ.get("BRIEFING_PARSER", "").lower() in ("off", "0", "none"):
        return False
    return (model_path() / "config.cfg").is_file()


def load_parser() -> Any | None:
    """The spaCy pipeline, loaded once (about a second); None when it cannot be had."""
    key = str(model_path()) if parser_enabled() else ""
    with _lock:
        if key in _state:
            return _state[key]
        nlp = None
        if key:
            try:
                import spacy

                # the lemmatizer is not needed at run time (grammar.py reads word forms itself): a faster load
                with _collector_left_alone():
                    nlp = spacy.load(key, exclude=["trainable_lemmatizer"])
            except Exception:  # a broken or missing install falls back to the word rules
                nlp = None
            if nlp is not None:
                with contextlib.suppress(Exception):  # else the model keeps thinc's own ops: slower, the same trees
                    _numpy_ops(nlp)
        _state[key] = nlp
        return nlp


class _Untouched:
    """The ``gc`` srsly sees while the model loads: its switches do nothing."""

    @staticmethod
    def enable() -> None:
        pass

    @staticmethod
    def disable() -> None:
        pass

    @staticmethod
    def isenabled() -> bool:
        return False


@contextlib.contextmanager
def _collector_left_alone() -> Iterator[None]:
    """srsly switches Python's cycle collector back on after each part of the model it reads. The app runs the
    collector on its GUI thread only (``gui/app.py``): switched on in the worker thread that loads the parser, it
    could free a window's objects there. While the model loads, srsly's switches do nothing where the collector is
    off, and the collector is left as it was."""
    import gc

    enabled = gc.isenabled()
    import importlib

    api: Any = None
    with contextlib.suppress(ImportError):
        api = importlib.import_module("srsly._msgpack_api")
    real = getattr(api, "gc", None)
    if api is not None and real is gc and not enabled:
        api.gc = _Untouched
    try:
        yield
    finally:
        if api is not None and real is not None:
            api.gc = real
        if not enabled:
            gc.disable()


def _numpy_ops(nlp: Any) -> None:
    """The layers' matrix products by numpy's BLAS (OpenBLAS, with kernels for the processor it runs on) on one thread,
    instead of thinc's bundled BLIS (the parser's own transition step keeps thinc's): the same trees, and the parse
    takes about 40% less time on this project's machines (``benchmarks/suggest_quality.py`` prints the ratio).
    ``BRIEFING_PARSER_OPS=blis`` goes back to BLIS. The BLAS thread limit holds for the whole process."""
    try:
        from thinc.api import NumpyOps
    except ImportError:
        return
    if os.environ.get("BRIEFING_PARSER_OPS", "").lower() == "blis":
        return
    # one thread: OpenBLAS's threads spin while they wait, which on a busy two-core machine made the parse slower than
    # BLIS's; one thread is as fast when the machine is idle and leaves the other core to the app (without
    # threadpoolctl, or with a BLAS it does not know: numpy's own default)
    with contextlib.suppress(Exception):
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


def is_loaded() -> bool:
    return any(v is not None for v in _state.values())


def one_sentence(nlp: Any, text: str) -> Any:
    """``text`` as one sentence for the parser: a claim is already a sentence, and a tree split in two loses the
    link between a holder and its verb ("US Treasury Under-Secretary John Taylor said …" parsed as two roots)."""
    doc = nlp.make_doc(text)
    if len(doc):
        doc[0].is_sent_start = True
        for token in doc[1:]:
            token.is_sent_start = False
    return doc


def parse(nlp: Any, text: str) -> Any:
    """One text parsed as one sentence."""
    return nlp(one_sentence(nlp, text))


def parse_all(texts: Iterable[str]) -> Iterator[Any | None]:
    """Each text parsed as one sentence (None for each when the parser is unavailable)."""
    nlp = load_parser()
    if nlp is None:
        for _ in texts:
            yield None
        return
    yield from nlp.pipe((one_sentence(nlp, text) for text in texts), batch_size=256)
