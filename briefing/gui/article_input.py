"""Bringing an article in by paste, drop or link.

A browser puts the page's HTML on the clipboard (and in a drop) beside its plain text: the HTML goes
through the same path as an HTML file, which finds the story far better than the flattened text. A link
(pasted, dropped, or typed in File › Import from Link) fetches that page only (briefing.ingest.fetch).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication, QLineEdit


def is_link(text: str) -> bool:
    from ..ingest.fetch import is_link as link  # the import pipeline loads on first use, not at the app's start

    return link(text)


def import_url(url: str) -> Any:
    from ..ingest.fetch import import_url as fetch

    return fetch(url)


def parse_article(*args: Any, **kwargs: Any) -> Any:
    from ..ingest import parse_article as parse

    return parse(*args, **kwargs)


@dataclass(frozen=True)
class Incoming:
    """One thing to bring in: kind is file, brief, html, text, link, or error (``payload`` is then the message)."""

    kind: str
    payload: str
    url: str = ""


def from_mime(mime: QMimeData) -> list[Incoming]:
    """What a drop or the clipboard holds, best flavour first: files and links, else the HTML, else the text."""
    from ..storage import SUFFIX

    items: list[Incoming] = []
    if mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile():
                path = url.toLocalFile()
                if "\x00" in path:
                    shown = url.toString().replace("\x00", "%00")
                    items.append(Incoming("error", f"{shown}: a file name cannot contain a null character (%00)"))
                elif path:
                    items.append(Incoming("brief" if path.endswith(SUFFIX) else "file", path))
            elif url.scheme().lower() in ("http", "https"):
                items.append(Incoming("link", url.toString()))
            else:
                items.append(Incoming("error", f"{url.toString()}: only files and web links can be imported"))
        if items:
            return items
    text = mime.text() if mime.hasText() else ""
    if text and is_link(text):
        return [Incoming("link", text.strip())]
    if mime.hasHtml() and mime.html().strip():
        return [Incoming("html", mime.html())]
    if text.strip():
        return [Incoming("text", text)]
    return []


def bring_in(window: Any, item: Incoming) -> bool:
    """Import ``item`` into ``window`` (a MainWindow) off the GUI thread; errors are shown as a dialog."""
    if item.kind == "brief":
        window.open_path(item.payload)
        return True
    if item.kind == "file":
        return bool(window.import_file(item.payload))
    if item.kind == "text":
        return bool(window.import_text(item.payload, item.url))
    if item.kind == "html":
        data = item.payload.encode("utf-8")
        return bool(
            window._import(
                lambda stop: parse_article(data, "pasted page", url=item.url, kind="html", cancelled=stop),
                "pasted page",
                "Could not import the pasted page",
            )
        )
    if item.kind == "link":
        link = item.payload
        return bool(window._import(lambda stop: import_url(link), link, "Could not import the link"))
    window.error("Could not import", item.payload)
    return False


def drop(window: Any, mime: QMimeData) -> None:
    for item in from_mime(mime):
        bring_in(window, item)


def paste(window: Any) -> bool:
    """File › Paste Article: the dialog shows the clipboard's text; if the analyst keeps it as it is and the
    clipboard also holds the page's HTML, the HTML is imported instead."""
    from .paste_dialog import ask_for_article

    mime = QApplication.clipboard().mimeData()
    html = mime.html() if mime is not None and mime.hasHtml() else ""
    plain = mime.text() if mime is not None and mime.hasText() else ""
    pasted = ask_for_article(window)
    if pasted is None:
        return False
    text, url = pasted
    if is_link(text):
        return bring_in(window, Incoming("link", text.strip()))
    if html.strip() and text == plain:
        return bring_in(window, Incoming("html", html, url))
    return bring_in(window, Incoming("text", text, url))


def ask_link(window: Any) -> bool:
    """File › Import from Link: the address of a page (the clipboard's, when it holds one)."""
    clip = QApplication.clipboard().text().strip()
    from PySide6.QtWidgets import QInputDialog  # (with the dialog, not on the way to the window)

    url, ok = QInputDialog.getText(
        window,
        "Import from link",
        "Address of the article (http:// or https://). Only this page is fetched.",
        QLineEdit.EchoMode.Normal,
        clip if is_link(clip) else "https://",
    )
    if not ok or not url.strip() or url.strip() in ("https://", "http://"):
        return False
    if not is_link(url):
        window.error("Could not import the link", f"{url.strip()}: only web links (http:// or https://) can be fetched")
        return False
    return bring_in(window, Incoming("link", url.strip()))
