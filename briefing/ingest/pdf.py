"""Articles saved as PDF (with a text layer): the text by pypdf, reflowed into paragraphs.

Every PDF may come from an adversary, so reading one has a single boundary (``pdf_text``): pypdf runs
under limits on pages, unpacked stream size, parsing work and time, and whatever it raises becomes one
``ImportArticleError`` ("this PDF could not be read: …").
"""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Callable
from typing import Any

from ..errors import Cancelled, ImportArticleError

MAX_PAGES = 500  # an article, a report at most; a bomb shares one huge stream among thousands of pages
MAX_STREAM_BYTES = 16 * 1024 * 1024  # one unpacked stream (a page's text is a few kilobytes)
MAX_TEXT_CHARS = 10 * 1024 * 1024  # all pages' text together: the article size limit
MAX_SECONDS = 60.0  # reading one PDF, from its first byte to its last page
_PARSE_WORK = 1_000_000  # operands and operators in one content stream
_CHECK_EVERY = 2000  # operators between two looks at the clock (and at a cancel request)

# pypdf logs what it repairs ("EOF marker not found"); the analyst sees the one error or the text, not that.
logging.getLogger("pypdf").addHandler(logging.NullHandler())


_CANCELLED = "import cancelled"


class _Stop(BaseException):
    """Raised inside pypdf's text extraction to stop it (time limit or cancel). A BaseException, because pypdf
    swallows every Exception raised while it reads a form XObject."""


def pdf_text(
    raw: bytes, name: str, *, cancelled: Callable[[], bool] | None = None, max_seconds: float = MAX_SECONDS
) -> tuple[str, dict[str, str]]:
    """The PDF's text, one paragraph per line, and its title/author metadata.

    ``cancelled`` is asked now and then; when it answers True the work stops with ``Cancelled``.
    """
    try:
        text, info = _read(raw, name, cancelled, time.monotonic() + max_seconds, max_seconds)
    except ImportArticleError:
        raise
    except _Stop as stop:
        if str(stop) == _CANCELLED:
            raise Cancelled(f"{name}: {stop}") from None
        raise ImportArticleError(f"{name}: {stop}") from None
    except Exception as exc:  # the one boundary: pypdf raises anything on a hostile file
        raise ImportArticleError(f"{name}: this PDF could not be read: {_reason(exc)}") from None
    if not text.strip():
        raise ImportArticleError(f"{name}: the PDF has no text layer (a scan?); paste its text instead")
    return reflow(text), info


def _read(
    raw: bytes, name: str, cancelled: Callable[[], bool] | None, deadline: float, max_seconds: float
) -> tuple[str, dict[str, str]]:
    from pypdf import PasswordType, PdfReader, apply_configuration, get_configuration

    def check() -> None:
        if cancelled is not None and cancelled():
            raise _Stop(_CANCELLED)
        if time.monotonic() > deadline:
            raise _Stop(
                f"this PDF could not be read: it took longer than {max_seconds:.0f} s (a damaged or hostile file?)"
            )

    calls = [0]

    def visitor(*_: Any) -> None:
        calls[0] += 1
        if calls[0] % _CHECK_EVERY == 0:
            check()

    limits = {
        "maximum_declared_stream_length": MAX_STREAM_BYTES,
        "array_based_stream_maximum_output_length": MAX_STREAM_BYTES,
        "zlib_maximum_output_length": MAX_STREAM_BYTES,
        "lzw_maximum_output_length": MAX_STREAM_BYTES,
        "run_length_maximum_output_length": MAX_STREAM_BYTES,
        "jbig2_maximum_output_length": MAX_STREAM_BYTES,
        "brotli_maximum_output_length": MAX_STREAM_BYTES,
        "image_maximum_buffer_size": MAX_STREAM_BYTES,
        "stream_decoding_work_maximum_length": 4 * MAX_STREAM_BYTES,
        "stream_parsing_work_maximum_count": _PARSE_WORK,
        "page_tree_maximum_entries": 4 * MAX_PAGES,
        "page_tree_maximum_page_entries": 40 * MAX_PAGES,
        "xform_maximum_invocations_per_extraction": 500,
    }
    with apply_configuration(get_configuration().with_overwrites(**limits)):
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as exc:  # an unknown or broken encryption method
                raise ImportArticleError(
                    f"{name}: this PDF could not be read: it is encrypted in a way Briefing cannot open "
                    f"({_reason(exc)})"
                ) from None
            if opened == PasswordType.NOT_DECRYPTED:
                raise ImportArticleError(
                    f"{name}: this PDF needs a password; open it in a PDF reader, save a copy without the "
                    "password (or copy its text) and import that"
                )
        count = len(reader.pages)
        if count > MAX_PAGES:
            raise ImportArticleError(
                f"{name}: this PDF could not be read: it has {count:,} pages; an article may have at most {MAX_PAGES}"
            )
        pages: list[str] = []
        total = 0
        for page in reader.pages:
            check()
            text = page.extract_text(visitor_operand_before=visitor) or ""
            total += len(text)
            if total > MAX_TEXT_CHARS:
                raise ImportArticleError(
                    f"{name}: this PDF could not be read: its text is larger than an article may be "
                    f"({MAX_TEXT_CHARS // (1024 * 1024)} MB)"
                )
            pages.append(text)
        meta = reader.metadata
        info = {"title": _meta_text(meta, "/Title"), "author": _meta_text(meta, "/Author")} if meta else {}
    return "\n".join(pages), info


def _meta_text(meta: Any, key: str) -> str:
    value = meta.get(key)
    return str(value or "")[:1000]


def _reason(exc: BaseException) -> str:
    """A short, printable reason for the analyst (pypdf's messages are written for programmers)."""
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError

    if isinstance(exc, LimitReachedError):
        return f"it unpacks to more than {MAX_STREAM_BYTES // (1024 * 1024)} MB or holds too many objects (a bomb?)"
    if isinstance(exc, RecursionError):
        return "its objects are nested too deeply"
    if isinstance(exc, MemoryError):
        return "it needs more memory than is available"
    if isinstance(exc, FileNotDecryptedError):
        return "it is encrypted and could not be opened"
    if isinstance(exc, DependencyError):
        return "it needs a component Briefing does not have"
    text = " ".join(str(exc).split())[:200]
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return f"it is damaged ({text})" if text else f"it is damaged ({type(exc).__name__})"


def reflow(text: str) -> str:
    """Join the lines a PDF broke inside sentences; keep lines that end a paragraph apart.

    Linear in the text's size: a paragraph is built from parts and joined once."""
    out: list[str] = []
    parts: list[str] = []  # the paragraph being built
    size = 0  # its length so far
    for line in text.replace("\r", "").split("\n"):
        stripped = line.strip()
        if not stripped:
            if parts:
                out.append("".join(parts))
                parts, size = [], 0
            out.append("")
            continue
        if parts:
            last = parts[-1]
            if last.endswith("-") and stripped[:1].islower():
                parts[-1] = last[:-1]
                parts.append(stripped)
                size += len(stripped) - 1
                continue
            if last[-1:] not in _PARAGRAPH_END and (stripped[:1].islower() or size > 60):
                parts.append(" " + stripped)
                size += len(stripped) + 1
                continue
            out.append("".join(parts))
        parts, size = [stripped], len(stripped)
    if parts:
        out.append("".join(parts))
    return "\n".join(out)


_PARAGRAPH_END = frozenset('.!?:”"')
