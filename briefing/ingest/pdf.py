"""Articles saved as PDF (with a text layer): the text by pypdf, reflowed into paragraphs."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from ..errors import ImportArticleError


def pdf_text(raw: bytes, name: str) -> tuple[str, dict[str, str]]:
    """The PDF's text, one paragraph per line, and its title/author metadata."""
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:  # pypdf raises several types here
                raise ImportArticleError(f"{name}: the PDF is encrypted and cannot be read") from None
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
        info = {"title": str(meta.get("/Title") or ""), "author": str(meta.get("/Author") or "")} if meta else {}
    except ImportArticleError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ImportArticleError(f"{name}: the PDF cannot be read ({exc})") from None
    text = "\n".join(pages)
    if not text.strip():
        raise ImportArticleError(f"{name}: the PDF has no text layer (a scan?); paste its text instead")
    return reflow(text), info


def reflow(text: str) -> str:
    """Join the lines a PDF broke inside sentences; keep lines that end a paragraph apart."""
    lines = [line.rstrip() for line in text.replace("\r", "").split("\n")]
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        if not stripped:
            out.append("")
            continue
        if out and out[-1]:
            prev = out[-1]
            if prev.endswith("-") and stripped[:1].islower():
                out[-1] = prev[:-1] + stripped
                continue
            if not re.search(r"[.!?:”\"]$", prev) and (stripped[:1].islower() or len(prev) > 60):
                out[-1] = prev + " " + stripped
                continue
        out.append(stripped)
    return "\n".join(out)
