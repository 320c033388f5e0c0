"""Small briefs and helpers that several tests share."""

from __future__ import annotations

from briefing.model import Brief, Claim, Position, Source


def small_brief() -> Brief:
    text = "Germany warned against it. Poland threatened to act."
    brief = Brief()
    brief.info.title = "Test brief"
    brief.sources.append(Source(id="S1", title="T", outlet="O", text=text, reliability="B"))
    brief.claims.append(Claim("C1", "S1", 0, 26, text[0:26], positions=[Position("DE", -1)]))
    brief.claims.append(
        Claim("C2", "S1", 27, len(text), text[27:], positions=[Position("PL", 2, "suggested", "threatened", 0.8)])
    )
    return brief


def suggested_signs(text: str, question: str, published: str = "2025-06-02") -> dict[str, int]:
    """The sign of each position suggested for one sentence, read toward ``question``."""
    from briefing.model import BriefInfo
    from briefing.suggest import suggest_brief

    brief = Brief(info=BriefInfo(question=question))
    brief.sources.append(Source("S1", text=text, published=published))
    brief.claims.append(Claim("C1", "S1", 0, len(text), text))
    suggest_brief(brief)
    return {p.actor: (p.stance > 0) - (p.stance < 0) for p in brief.claims[0].positions}


def suggested_article(question: str, text: str) -> Brief:
    """A brief of one article of ``text`` imported as a page would be, with suggestions read toward ``question``."""
    from briefing.ingest import add_article, parse_article
    from briefing.model import BriefInfo
    from briefing.suggest import suggest_brief

    brief = Brief(info=BriefInfo(question=question))
    add_article(brief, parse_article(text, "article.txt"))
    suggest_brief(brief)
    return brief
