"""Import from a link, against a local server on 127.0.0.1 that the test starts (nothing else touches the
network): http(s) only, a timeout, a size limit, limited redirects, the content type checked, clear messages."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from briefing.errors import ImportArticleError
from briefing.ingest.fetch import fetch, import_url, is_link

STORY = [
    "Germany warned on Monday against shooting down Russian aircraft that stray into allied airspace.",
    "Poland and the Baltic states have called for a tougher line after three incursions this month.",
    "NATO is expected to discuss the question at a meeting of ambassadors in Brussels later this week.",
]
PAGE = (
    "<html><head><title>Allies split - The Daily</title>"
    '<link rel="canonical" href="https://daily.example/allies-split"></head><body><article><h1>Allies split</h1>'
    + "".join(f"<p>{s}</p>" for s in STORY)
    + "</article></body></html>"
).encode()
PAYWALL = (
    b'<html><head><title>Allies split</title><script type="application/ld+json">{"isAccessibleForFree": false}'
    b"</script></head><body><h1>Allies split</h1><div>Subscribe to continue reading.</div></body></html>"
)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep the test output quiet
        pass

    def send(self, code: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", headers.pop("length", str(len(body))))
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        # The client may stop reading (the size limit, the timeout): as intended.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.answer(self.path)

    def answer(self, path: str) -> None:
        if path == "/article":
            self.send(200, PAGE)
        elif path == "/text":
            self.send(200, "\n".join(["Allies split", *STORY]).encode(), "text/plain; charset=utf-8")
        elif path == "/redirect":
            self.send(302, b"", Location="/article")
        elif path.startswith("/loop"):
            n = int(path[5:] or 0)
            self.send(302, b"", Location=f"/loop{n + 1}")
        elif path == "/to-file":
            self.send(302, b"", Location="file:///etc/passwd")
        elif path == "/paywall-402":
            self.send(402, b"Payment required")
        elif path == "/paywall":
            self.send(200, PAYWALL)
        elif path == "/missing":
            self.send(404, b"Not found")
        elif path == "/error":
            self.send(503, b"Unavailable")
        elif path == "/image":
            self.send(200, b"\x89PNG\r\n", "image/png")
        elif path == "/big":  # no Content-Length: the reader has to stop by itself
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<p>" + b"x" * 5000 + b"</p>")
        elif path == "/big-declared":
            self.send(200, b"", length="999999999")
        elif path == "/slow":
            time.sleep(2)
            self.send(200, PAGE)
        else:
            self.send(404, b"")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_link_imports_the_page_through_the_html_path(server: str) -> None:
    art = import_url(server + "/article")
    assert art.sentence_texts() == STORY
    assert art.title == "Allies split"
    assert art.kind == "html"
    assert art.url == server + "/article"


def test_plain_text_and_redirects(server: str) -> None:
    assert import_url(server + "/text").sentence_texts() == STORY
    assert import_url(server + "/redirect").url == server + "/article"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/loop", "redirect"),
        ("/to-file", "redirect"),
        ("/paywall-402", "paywall"),
        ("/paywall", "paywall"),
        ("/missing", "no such page"),
        ("/error", "HTTP 503"),
        ("/image", "image/png"),
    ],
)
def test_clear_messages(server: str, path: str, message: str) -> None:
    with pytest.raises(ImportArticleError, match=message):
        import_url(server + path)


def test_size_limit(server: str) -> None:
    with pytest.raises(ImportArticleError, match="larger than"):
        fetch(server + "/big", max_bytes=1000)
    with pytest.raises(ImportArticleError, match=r"the page is 953\.7 MB; at most 10 MB"):
        fetch(server + "/big-declared")


def test_timeout(server: str) -> None:
    with pytest.raises(ImportArticleError, match="did not answer"):
        fetch(server + "/slow", timeout=0.3)


def test_no_server_and_other_schemes() -> None:
    with pytest.raises(ImportArticleError, match="cannot"):
        fetch("http://127.0.0.1:9/article", timeout=2)  # the discard port: nothing listens
    for link in ("file:///etc/passwd", "ftp://example.com/a", "javascript:alert(1)"):
        with pytest.raises(ImportArticleError, match="only web links"):
            fetch(link)


def test_what_counts_as_a_link() -> None:
    assert is_link("https://example.com/a?b=1")
    assert is_link("  http://example.com/a  \n")
    assert not is_link("file:///a%00b.txt")
    assert not is_link("see https://example.com/a for more")


def test_briefing_import_takes_a_link(server: str, tmp_path: Path) -> None:
    from briefing.cli import main

    out = tmp_path / "a.brief.json"
    assert main(["import", server + "/article", "-o", str(out), "--no-suggest"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [c["text"] for c in data["claims"]] == STORY
    assert data["sources"][0]["url"] == server + "/article"


def test_briefing_import_reports_a_bad_link_in_one_line(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing.cli import main

    assert main(["import", server + "/missing", "-o", str(tmp_path / "b.brief.json"), "--no-suggest"]) == 1
    err = capsys.readouterr().err
    assert "no such page (HTTP 404)" in err and "Traceback" not in err
