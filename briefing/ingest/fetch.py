"""Importing an article from a link the analyst named: that page only, over http(s), within limits.

Nothing else in Briefing touches the network. The page is fetched with a timeout, at most
MAX_ARTICLE_BYTES, following at most MAX_REDIRECTS redirects (each to http or https), and only if the
server says it is HTML, plain text or PDF; then it goes through the same path as a file.
"""

from __future__ import annotations

import re
import socket
import urllib.error
import urllib.request
from typing import IO, Any
from urllib.parse import urlparse

from ..errors import ImportArticleError

TIMEOUT_SECONDS = 20.0
MAX_REDIRECTS = 5
KINDS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "application/pdf": "pdf",
}
_PAYWALL = re.compile(
    r"[\"']isAccessibleForFree[\"']\s*:\s*[\"']?false|\bpaywall\b|subscribe to (?:continue|read)|"
    r"(?:already a|become a) subscriber",
    re.I,
)
_LINK = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.I)


def is_link(text: str) -> bool:
    """Whether ``text`` is a single http(s) link (what a pasted or dropped link looks like)."""
    return bool(_LINK.match(text.strip())) and "\n" not in text.strip()


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req: Any, fp: IO[bytes], code: int, msg: str, headers: Any, newurl: str) -> Any:
        if urlparse(newurl).scheme.lower() not in ("http", "https"):
            raise ImportArticleError(f"{req.full_url}: redirects to {newurl}, which is not a web page (http or https)")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, max_bytes: int | None = None, timeout: float = TIMEOUT_SECONDS) -> tuple[bytes, str, str]:
    """(content, final URL, kind: html, text or pdf) of the page at ``url``."""
    from . import MAX_ARTICLE_BYTES

    limit = MAX_ARTICLE_BYTES if max_bytes is None else max_bytes
    url = url.strip()
    scheme = urlparse(url).scheme.lower()
    if scheme not in ("http", "https") or not urlparse(url).hostname:
        raise ImportArticleError(f"{url}: only web links (http:// or https://) can be imported")
    opener = urllib.request.build_opener(_Redirects())
    request = urllib.request.Request(url, headers={"User-Agent": "Briefing/1 (article import)", "Accept": "*/*"})
    try:
        with opener.open(request, timeout=timeout) as response:
            final = response.geturl()
            ctype = (response.headers.get_content_type() or "").lower()
            kind = KINDS.get(ctype)
            if kind is None:
                raise ImportArticleError(f"{url}: the server sent {ctype or 'no content type'}, not a web page or PDF")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise ImportArticleError(f"{url}: the page is {_mb(int(length))}; at most {_mb(limit)} can be imported")
            data = response.read(limit + 1)
            if len(data) > limit:
                raise ImportArticleError(f"{url}: the page is larger than {_mb(limit)}, the most that can be imported")
    except ImportArticleError:
        raise
    except urllib.error.HTTPError as exc:
        raise ImportArticleError(_status_message(url, exc.code)) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise ImportArticleError(f"{url}: the server did not answer within {timeout:g} seconds") from None
        if isinstance(reason, socket.gaierror):
            raise ImportArticleError(
                f"{url}: cannot reach {urlparse(url).hostname} (no network, or no such site)"
            ) from None
        raise ImportArticleError(f"{url}: cannot be fetched ({reason})") from None
    except TimeoutError:
        raise ImportArticleError(f"{url}: the server did not answer within {timeout:g} seconds") from None
    except (OSError, ValueError) as exc:
        raise ImportArticleError(f"{url}: cannot be fetched ({exc})") from None
    return data, final, kind


def _mb(size: int) -> str:
    from ..limits import size_text

    return size_text(size)


def _status_message(url: str, code: int) -> str:
    if code in (401, 402, 403):
        return (
            f"{url}: the site refused the page (HTTP {code}): it is probably behind a paywall or a login; "
            "open it in your browser and paste it or save it as a file"
        )
    if code == 404:
        return f"{url}: there is no such page (HTTP 404)"
    if 300 <= code < 400:
        return f"{url}: too many redirects, or a redirect to something that is not a web page (HTTP {code})"
    if code == 429:
        return f"{url}: the site is refusing requests for now (HTTP 429); try again later"
    if code >= 500:
        return f"{url}: the site had an error (HTTP {code}); try again later"
    return f"{url}: the site answered HTTP {code}"


def import_url(url: str, timeout: float = TIMEOUT_SECONDS) -> Any:
    """The article at ``url`` (an ``Article``), fetched and read through the same path as a file."""
    from . import parse_article

    data, final, kind = fetch(url, timeout=timeout)
    try:
        return parse_article(data, url, url=final, kind=kind)
    except ImportArticleError:
        if kind == "html" and _PAYWALL.search(data[:500_000].decode("utf-8", "replace")):
            raise ImportArticleError(
                f"{url}: the page is behind a paywall (only a teaser can be read); open it in your browser "
                "while logged in and paste it or save it as a file"
            ) from None
        raise
