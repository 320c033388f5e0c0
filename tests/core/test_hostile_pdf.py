"""Hostile PDFs (issue 14, points 2 and 3): encrypted files, decompression bombs and damaged files all end in
one clear error, within bounded time and memory; the bombs are made here, small on disk."""

from __future__ import annotations

import io
import zlib

import pytest

from briefing.errors import Cancelled, ImportArticleError
from briefing.ingest import parse_article, read_article
from briefing.ingest.pdf import MAX_PAGES, pdf_text

ARTICLE = (
    "Poland urged allies to shoot down aircraft that violate NATO airspace. "
    "Germany warned against escalation and called for restraint."
)


def make_pdf(objects: list[bytes]) -> bytes:
    """A PDF whose object n (from 1) is ``objects[n - 1]``; object 1 is the catalog. Offsets are exact."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def stream(data: bytes, filters: bytes = b"") -> bytes:
    head = b"<< /Length %d%s >>" % (len(data), b" /Filter " + filters if filters else b"")
    return head + b"\nstream\n" + data + b"\nendstream"


def text_pdf(text: str = ARTICLE, pages: int = 1) -> bytes:
    """A small, well-formed PDF with a text layer, made by ReportLab."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for _ in range(pages):
        y = 780
        for sentence in text.split(". "):
            canvas.drawString(60, y, sentence.strip().rstrip(".") + ".")
            y -= 16
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def zeros_deflate(total: int, block: int = 16 * 1024 * 1024) -> bytes:
    """A zlib stream that unpacks to ``total`` zero bytes, built from one compressed block repeated: a 2 GB
    bomb costs a few megabytes and a fraction of a second to make (its checksum is wrong, which nobody reaches)."""
    compressor = zlib.compressobj(9)
    head = compressor.compress(b"\0" * block) + compressor.flush(zlib.Z_FULL_FLUSH)
    # A full flush leaves a byte-aligned, self-contained run of deflate blocks: the same bytes (without the
    # two-byte zlib header) unpack to another block of zeros wherever they are repeated.
    body = head[2:]
    return head + body * (total // block - 1) + compressor.flush(zlib.Z_FINISH)


def bomb_pdf(content: bytes, filters: bytes, pages: int = 1) -> bytes:
    """Pages that all draw the one content stream ``content`` (object 3)."""
    kids = b" ".join(b"%d 0 R" % (4 + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        stream(content, filters),
    ]
    objects += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << >> >> /Contents 3 0 R >>"
    ] * pages
    return make_pdf(objects)


def test_a_made_pdf_reads() -> None:
    text, _ = pdf_text(text_pdf(), "a.pdf")
    assert "Germany warned against escalation" in text


def test_an_aes_encrypted_pdf_with_an_empty_password_imports(tmp_path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf())))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    article = read_article(path)
    assert "Germany warned against escalation" in article.text


def test_a_pdf_that_needs_a_password_is_refused_clearly(tmp_path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    path = tmp_path / "secret.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(ImportArticleError, match="needs a password") as caught:
        read_article(path)
    assert str(caught.value).startswith(str(path))


@pytest.mark.parametrize(
    ("label", "build"),
    [
        ("a 2 GB Flate stream", lambda: bomb_pdf(zeros_deflate(2 * 1024**3), b"/FlateDecode")),
        (
            "a 20 GB double Flate stream",
            lambda: bomb_pdf(
                zlib.compress(zeros_deflate(20 * 1024**3, 64 * 1024 * 1024), 9), b"[/FlateDecode /FlateDecode]"
            ),
        ),
        (
            "one 70 MB stream shared by 3,000 pages",
            lambda: bomb_pdf(zeros_deflate(70 * 1024 * 1024, 1024 * 1024), b"/FlateDecode", pages=3000),
        ),
        (
            "a 70 MB stream on a few pages",
            lambda: bomb_pdf(zeros_deflate(70 * 1024 * 1024, 1024 * 1024), b"/FlateDecode", pages=3),
        ),
    ],
)
def test_decompression_bombs_end_in_one_clear_error(tmp_path, label: str, build) -> None:
    data = build()
    assert len(data) < 25 * 1024 * 1024, label  # the bomb itself is small
    path = tmp_path / "bomb.pdf"
    path.write_bytes(data)
    with pytest.raises(ImportArticleError, match="this PDF could not be read") as caught:
        read_article(path)
    assert str(caught.value).startswith(str(path))


def test_too_many_pages_are_refused_before_any_is_read() -> None:
    data = bomb_pdf(zlib.compress(b"BT /F1 12 Tf (x) Tj ET"), b"/FlateDecode", pages=MAX_PAGES + 1)
    with pytest.raises(ImportArticleError, match=f"{MAX_PAGES + 1:,} pages"):
        pdf_text(data, "many.pdf")


def test_a_slow_pdf_stops_at_the_time_limit() -> None:
    # Half a million tiny text operations: fine for the size limits, and given no time at all.
    ops = b"BT " + b"(x) Tj " * 500_000 + b"ET"
    data = bomb_pdf(zlib.compress(ops), b"/FlateDecode")
    with pytest.raises(ImportArticleError, match="took longer than"):
        pdf_text(data, "slow.pdf", max_seconds=0)


def test_a_cancelled_pdf_import_stops() -> None:
    with pytest.raises(Cancelled, match="cancelled"):
        pdf_text(text_pdf(pages=3), "a.pdf", cancelled=lambda: True)


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n",
        b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 1 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF",
        make_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]),
        make_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"[" * 5000 + b"]" * 5000]),
        make_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", b"(" * 3000]),
        bomb_pdf(b"x\x9c\xff\xff", b"/FlateDecode"),
        bomb_pdf(b"garbage", b"/NoSuchFilter"),
        text_pdf()[:900],
    ],
)
def test_damaged_pdfs_end_in_one_clear_error(data: bytes) -> None:
    with pytest.raises(ImportArticleError) as caught:
        parse_article(data, "bad.pdf", kind="pdf")
    assert str(caught.value).startswith("bad.pdf: ")
