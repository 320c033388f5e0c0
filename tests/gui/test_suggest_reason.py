"""The positions editor says why a person's words count for a country: "Tusk → Poland" beside the cue."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing.gui.document import BriefDocument
from briefing.gui.models import PositionsModel
from briefing.model import Brief, Claim, Position, Source
from briefing.suggest import suggest_brief


def _tooltip(brief: Brief, qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    doc = BriefDocument(brief)
    model = PositionsModel(doc)
    model.set_claim("C1")
    return [str(model.data(model.index(r, 3), Qt.ItemDataRole.ToolTipRole)) for r in range(model.rowCount())]


def test_a_person_based_holder_shows_who_stands_for_the_country(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = "On Monday, Tusk threatened to shoot down aerial threats."
    brief = Brief()
    brief.sources.append(Source("S1", text=text, published="2025-09-24"))
    brief.claims.append(Claim("C1", "S1", 0, len(text), text))
    suggest_brief(brief)
    assert [p.actor for p in brief.claims[0].positions] == ["PL"]
    tips = _tooltip(brief, qtbot)
    assert tips[0].startswith("Suggested because the claim says: “") and tips[0].endswith("(Tusk → Poland)")


def test_a_country_named_outright_shows_only_the_cue(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = "Germany warned against escalation."
    brief = Brief()
    brief.sources.append(Source("S1", text=text, published="2025-09-24"))
    brief.claims.append(Claim("C1", "S1", 0, len(text), text, positions=[Position("DE", -1, "suggested", "warned")]))
    assert _tooltip(brief, qtbot) == ["Suggested because the claim says: “warned”"]


def test_the_positions_editor_explains_the_person_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui.inspector import PositionsEditor

    text = "On Monday, Tusk threatened to shoot down aerial threats."
    brief = Brief()
    brief.sources.append(Source("S1", text=text, published="2025-09-24"))
    brief.claims.append(Claim("C1", "S1", 0, len(text), text))
    suggest_brief(brief)
    editor = PositionsEditor(BriefDocument(brief))
    qtbot.addWidget(editor)
    editor.set_claim("C1")
    assert "(Tusk → Poland)" in editor.why.text() and editor.why.text().startswith("Suggested because")


def test_a_surname_the_article_gave_in_full_earlier_shows_who_it_is(qtbot) -> None:  # type: ignore[no-untyped-def]
    # "Dar" alone needs a title; after "Foreign Minister Ishaq Dar" earlier in the article it is him
    first = "Foreign Minister Ishaq Dar arrived in Kabul on Monday."
    second = "Dar threatened to close the border crossing."
    text = f"{first} {second}"
    brief = Brief()
    brief.sources.append(Source("S1", text=text, published="2025-09-24"))
    brief.claims.append(Claim("C0", "S1", 0, len(first), first))
    brief.claims.append(Claim("C1", "S1", len(first) + 1, len(text), second))
    suggest_brief(brief)
    assert [p.actor for p in brief.claims[1].positions] == ["PK"]
    tips = _tooltip(brief, qtbot)
    assert tips[0].endswith("(Dar → Pakistan)")


def test_a_sign_taken_from_the_article_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui.inspector import PositionsEditor
    from briefing.ingest import add_article, parse_article
    from briefing.model import BriefInfo

    brief = Brief(info=BriefInfo(question="Should the EU impose tariffs on Chinese electric cars?"))
    article = (
        "France backed the tariffs on Chinese electric cars on Monday. "
        "French officials said the tariffs were needed to protect European carmakers. "
        "Paris has long called for tougher trade defences. "
        "France voiced concern that the tariffs might come too late."
    )
    add_article(brief, parse_article(article, "article.txt"))
    suggest_brief(brief)
    editor = PositionsEditor(BriefDocument(brief))
    qtbot.addWidget(editor)
    editor.set_claim(brief.claims[3].id)
    editor.table.selectRow(0)
    assert "voiced concern" in editor.why.text() and "its sign from its line in the article" in editor.why.text()
    editor.set_claim(brief.claims[0].id)
    editor.table.selectRow(0)
    assert "its line in the article" not in editor.why.text()
