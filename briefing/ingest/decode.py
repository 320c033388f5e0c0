"""Bytes to text: the encodings users meet (UTF-8 with or without BOM, UTF-16, Windows-1252 …)."""

from __future__ import annotations

import codecs

from ..errors import ImportArticleError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(raw: bytes, name: str = "the article") -> str:
    """Decode ``raw``: a BOM wins, then strict UTF-8, then charset-normalizer's best guess."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise ImportArticleError(f"{name}: starts as {encoding} but byte {exc.start} is broken") from None
    if _looks_utf16(raw):
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            if not _looks_binary(text.encode("utf-8", "replace")):
                return text
    if _looks_binary(raw):
        raise ImportArticleError(f"{name}: this is a binary file, not text, HTML or a PDF")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for text that is not UTF-8 (a whole process starts faster)

    best = from_bytes(raw).best()
    if best is None:
        raise ImportArticleError(f"{name}: the text encoding cannot be recognised")
    text = str(best)
    if best.encoding in ("ascii", "utf_8"):
        return text
    # charset-normalizer often names a Windows code page's ISO twin; cp1252 is what Western pages use.
    if best.encoding in ("latin_1", "iso8859_15"):
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            return text
    return text


def _looks_utf16(raw: bytes) -> bool:
    sample = raw[:2000]
    if len(sample) < 4:
        return False
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    # Text in a Latin script has a zero in every other byte and almost none between.
    return (even_zeros > half * 0.7 and odd_zeros < half * 0.1) or (odd_zeros > half * 0.7 and even_zeros < half * 0.1)


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:4096]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return b"\x00" in sample or controls / len(sample) > 0.05
