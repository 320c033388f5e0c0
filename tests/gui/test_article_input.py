"""Paste and drop keep a browser's HTML; links are imported; a file name with a null byte is a clear message."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from briefing.gui.article_input import Incoming, from_mime

STORY = [
    "Germany warned on Monday against shooting down Russian aircraft that stray into allied airspace.",
    "Poland and the Baltic states have called for a tougher line after three incursions this month.",
]
HTML = (
    "<html><head><title>Allies split - The Daily</title></head><body><nav><a href='/'>Home</a></nav>"
    "<article><h1>Allies split</h1>" + "".join(f"<p>{s}</p>" for s in STORY) + "</article></body></html>"
)
# What the same page gives as plain text in this test: different words, so the test sees which flavour won.
PLAIN = "Home\nAllies split\nThe plain text flavour was imported instead of the page. It is the wrong one here."


def clipboard(html: str, text: str) -> None:
    mime = QMimeData()
    mime.setHtml(html)
    mime.setText(text)
    QApplication.clipboard().setMimeData(mime)


def drop(window, mime: QMimeData) -> None:  # type: ignore[no-untyped-def]
    event = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)


def test_paste_imports_the_html_flavour(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    clipboard(HTML, PLAIN)
    # The analyst accepts the dialog with the clipboard's text as it is.
    monkeypatch.setattr("briefing.gui.paste_dialog.ask_for_article", lambda parent: (PLAIN, ""))
    window.act_paste.trigger()
    source = window.doc.brief.sources[-1]
    assert source.text == "\n\n".join(STORY)
    assert source.title == "Allies split"


def test_paste_of_edited_text_imports_the_text(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    clipboard(HTML, PLAIN)
    edited = "Estonia called for tougher sanctions on Monday. Hungary refused to back them."
    monkeypatch.setattr("briefing.gui.paste_dialog.ask_for_article", lambda parent: (edited, ""))
    window.act_paste.trigger()
    assert window.doc.brief.sources[-1].text == edited


def test_drop_of_a_browser_selection_imports_the_html(window) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setHtml(HTML)
    mime.setText(PLAIN)
    drop(window, mime)
    assert window.doc.brief.sources[-1].text.startswith(STORY[0])


def test_drop_of_plain_text_still_works(window) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setText("Estonia called for tougher sanctions on Monday. Hungary refused to back them.")
    drop(window, mime)
    assert window.doc.brief.sources[-1].text.startswith("Estonia called")


def test_a_null_byte_in_a_dropped_file_name_is_a_clear_message(window, dialogs) -> None:  # type: ignore[no-untyped-def]
    before = len(window.doc.brief.sources)
    mime = QMimeData()
    mime.setUrls([QUrl("file:///a%00b.txt")])
    drop(window, mime)
    assert len(window.doc.brief.sources) == before
    _title, message = dialogs.errors[-1]
    assert "null character" in message
    assert "embedded null byte" not in message


def test_links_dropped_or_pasted_are_links() -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/a"), QUrl("ftp://example.com/b")])
    items = from_mime(mime)
    assert items[0] == Incoming("link", "https://example.com/a")
    assert items[1].kind == "error"
    text = QMimeData()
    text.setText("https://example.com/story?id=1\n")
    assert from_mime(text) == [Incoming("link", "https://example.com/story?id=1")]


def test_file_menu_has_import_from_link(window) -> None:  # type: ignore[no-untyped-def]
    assert window.act_link in window.menuBar().actions()[0].menu().actions()
