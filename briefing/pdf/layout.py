"""Laying out the brief and fitting it to one page."""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    ListFlowable,
    ListItem,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from .. import __version__
from ..actors import ActorRegistry, default_registry
from ..analysis import ActorStance, aggregate, evidence_weight, silent
from ..errors import ExportError
from ..model import RELIABILITY_WORDS, Brief, Claim, admiralty_grade
from ..team.timeline import Move, moves
from ..tradecraft.basis import basis_quote, claim_quote
from .fonts import BOLD, register_fonts
from .spectrum import spectrum
from .styles import ACCENT, MUTED, RULE, SHADE, build_styles
from .text import Paragraph, collect_missing, esc, line_runs, link, missing_summary, quoted, runs_width, shorten

MARGIN = 14 * mm
TOP_BAND = 13.0  # the marking line above the frame
BOTTOM_BAND = 11.0  # the footer and marking below it
TLP_COLOURS = {  # TLP 2.0: text colour on black
    "TLP:RED": "#FF2B2B",
    "TLP:AMBER": "#FFC000",
    "TLP:AMBER+STRICT": "#FFC000",
    "TLP:GREEN": "#33FF00",
    "TLP:CLEAR": "#FFFFFF",
}


@dataclass
class FitReport:
    """What the fit did to get the brief onto one page."""

    positions_dropped: int = 0
    evidence_dropped: int = 0
    sources_dropped: int = 0
    outlook_dropped: int = 0
    scale: float = 1.0
    shortened: list[str] = field(default_factory=list)
    missing: str = ""  # characters no font could draw, printed as "?" (never dropped in silence)

    @property
    def cut(self) -> bool:
        return bool(
            self.positions_dropped
            or self.evidence_dropped
            or self.sources_dropped
            or self.outlook_dropped
            or self.shortened
            or self.scale < 0.999
        )

    def lines(self) -> list[str]:
        out: list[str] = []
        if self.positions_dropped:
            out.append(f"{self.positions_dropped} positions cut to fit (weakest evidence first)")
        if self.evidence_dropped:
            out.append(f"{self.evidence_dropped} key evidence items cut to fit")
        if self.sources_dropped:
            out.append(f"{self.sources_dropped} sources cut to fit")
        if self.outlook_dropped:
            out.append(f"{self.outlook_dropped} outlook bullets cut to fit")
        if self.scale < 0.999:
            out.append(f"type shrunk to {self.scale:.0%} to fit")
        if self.shortened:
            out.append("shortened to fit: " + ", ".join(self.shortened))
        if self.missing:
            out.append(self.missing)
        return out

    def summary(self) -> str:
        return "; ".join(self.lines()) or "Everything fits on one page."


@dataclass
class RenderResult:
    pdf: bytes
    report: FitReport


@dataclass(frozen=True)
class _Fit:
    """One attempt's limits: how many rows of each block, the type scale, and free-text lengths."""

    positions: int
    evidence: int
    sources: int
    outlook: int
    scale: float = 1.0
    text_cap: float = 1.0  # multiplies every free-text limit below
    spectrum_rows: int = 8


LIMITS = {
    "title": 140,
    "question": 260,
    "bluf": 900,
    "assessment": 1400,
    "outlook": 260,
    "quote": 230,
    "basis": 115,
    "name": 48,
    "speaker": 60,
    "source": 260,
    "silent": 700,
    "meta": 160,
    "note": 200,
    "label": 40,  # a stance label, in the position chip and under the spectrum
    "id": 24,  # a source id such as S1, printed in brackets
}


class _Layout:
    def __init__(self, brief: Brief, registry: ActorRegistry, generated: date) -> None:
        self.brief = brief
        self.registry = registry
        self.generated = generated
        self.stances = aggregate(brief)
        self.by_strength = sorted(self.stances, key=lambda s: -s.strength)  # once: each fit attempt takes a head
        self.silent = silent(brief, self.stances)
        self._moves: list[Move] | None = None
        self.sources = {s.id: s for s in brief.sources}
        retracted = {s.id for s in brief.sources if s.retracted}
        key = [c for c in brief.claims if c.key and c.source not in retracted]
        key.sort(key=lambda c: -evidence_weight(c, self.sources.get(c.source)))
        self.key_claims = key
        self.page = LETTER if brief.info.page_size == "Letter" else A4
        self.width = self.page[0] - 2 * MARGIN
        self.height = self.page[1] - 2 * MARGIN - TOP_BAND - BOTTOM_BAND

    def full(self) -> _Fit:
        # No page holds more rows than its height in 7 pt lines: starting there keeps a brief with 10,000
        # positions, sources or outlook bullets as quick to fit as one with a hundred (what is left out is counted).
        most = int(self.height // 9)
        return _Fit(
            min(len(self.stances), most),
            min(5, len(self.key_claims)),
            min(len(self.brief.sources), most),
            min(len(self.brief.info.outlook), most),
        )

    # -- the story ------------------------------------------------------------------

    def story(self, fit: _Fit, report: FitReport) -> list[Flowable]:
        st = build_styles(fit.scale)
        info = self.brief.info
        cap = {k: max(20, int(v * fit.text_cap)) for k, v in LIMITS.items()}
        shortened: set[str] = set()

        def short(text: str, kind: str, label: str) -> str:
            out = shorten(text, cap[kind]) if fit.text_cap < 1.0 or len(" ".join(text.split())) > cap[kind] else text
            if out != text and len(out) < len(text):
                shortened.add(label)
            return out

        flow: list[Flowable] = []
        flow.append(Paragraph(esc(short(info.title or "Untitled brief", "title", "title")), st["title"]))
        if info.question:
            flow.append(
                Paragraph("<b>Key question:</b> " + esc(short(info.question, "question", "question")), st["question"])
            )
        meta = " · ".join(x for x in (_nice_date(info.date), info.analyst, info.organisation) if x)
        if meta:
            flow.append(Paragraph(esc(short(meta, "meta", "byline")), st["meta"]))
        flow.append(_rule(self.width, 6 * fit.scale))

        if info.bluf:
            bluf = Paragraph(
                f"<font name='{BOLD}' color='{ACCENT}'>BOTTOM LINE&nbsp;&nbsp;</font>"
                + esc(short(info.bluf, "bluf", "BLUF")),
                st["bluf"],
            )
            box = _table(
                [[bluf]],
                [self.width],
                [
                    ("BACKGROUND", (0, 0), (-1, -1), HexColor(SHADE)),
                    ("LINEBEFORE", (0, 0), (0, -1), 2.5, HexColor(ACCENT)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 5 * fit.scale),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * fit.scale),
                ],
            )
            flow.append(box)

        shown = self._shown_positions(fit.positions)
        report.positions_dropped = len(self.stances) - len(shown)
        flow.append(Paragraph("WHO STANDS WHERE", st["head"]))
        if shown:
            placed = [(s.actor, s.stance, s.unreviewed) for s in shown]
            flow.append(
                spectrum(
                    self.width,
                    [replace(lv, label=shorten(lv.label, cap["label"])) for lv in info.stance_scale],
                    placed,
                    st["body"].fontName,
                    BOLD,
                    max(6.5, 7.2 * fit.scale),
                    max_rows=fit.spectrum_rows,
                )
            )
            flow.append(Spacer(1, 4 * fit.scale))
            flow.append(self._positions_table(shown, st, cap, shortened))
        else:
            flow.append(Paragraph("No positions recorded yet.", st["note"]))
        notes = []
        if any(s.unreviewed for s in shown):
            notes.append("◌ unreviewed suggestion (not yet checked by the analyst)")
        if any(s.conflict for s in shown):
            notes.append("conflict: the country's claims disagree; the weighted aggregate is shown")
        if report.positions_dropped:
            notes.append(f"+{report.positions_dropped} more positions in the brief file")
        if notes:
            flow.append(Paragraph(esc(" · ".join(notes)), st["note"]))
        retracted = [s for s in self.brief.sources if s.retracted]
        if retracted:  # ICD 206: the reader learns that reporting was withdrawn, and that it no longer counts
            names = ", ".join(f"[{s.id}] {s.outlet or s.title or 'untitled'}" for s in retracted)
            flow.append(Paragraph(esc(f"Retracted, left out of the positions: {names}"), st["note"]))
        if self.silent:
            names = ", ".join(self.registry.name(a) for a in self.silent)
            flow.append(
                Paragraph("<b>No stated position:</b> " + esc(short(names, "silent", "silent roster")), st["note"])
            )
        if self._moves is None:  # the same for every fit attempt: worked out once
            self._moves = moves(self.brief)
        shown_actors = {s.actor for s in shown}
        moved = [m for m in self._moves if m.actor in shown_actors]
        if moved:  # where a country's line moved over time (briefing.team.timeline)
            labels = {level.value: shorten(level.label, cap["label"]) for level in info.stance_scale}
            text = " · ".join(m.note(labels) for m in moved)
            flow.append(Paragraph("<b>Moved:</b> " + esc(short(text, "silent", "moves")), st["note"]))

        evidence = self.key_claims[: fit.evidence]
        report.evidence_dropped = max(0, min(5, len(self.key_claims)) - len(evidence))
        if evidence:
            flow.append(Paragraph("KEY EVIDENCE", st["head"]))
            for n, claim in enumerate(evidence, 1):
                flow.append(Paragraph(self._evidence_line(claim, cap, shortened), st["evidence"], bulletText=f"{n}."))

        blocks = self._assessment_blocks(fit, st, report, short)
        if blocks:
            flow.append(blocks)

        sources = self.brief.sources[: fit.sources]
        report.sources_dropped = len(self.brief.sources) - len(sources)
        if sources:
            flow.append(Paragraph("SOURCES", st["head"]))
            for src in sources:
                flow.append(Paragraph(self._source_line(src, cap, shortened), st["source"]))
            if report.sources_dropped:
                flow.append(Paragraph(f"+{report.sources_dropped} more sources in the brief file", st["note"]))
        # Quotes and names are always kept short; only a tighter limit than usual counts as a cut.
        report.shortened = sorted(shortened) if fit.text_cap < 1.0 else []
        return flow

    def _shown_positions(self, limit: int) -> list[ActorStance]:
        if limit >= len(self.stances):
            return self.stances
        kept = {s.actor for s in self.by_strength[:limit]}
        return [s for s in self.stances if s.actor in kept]

    def _positions_table(
        self, shown: list[ActorStance], st: dict[str, Any], cap: dict[str, int], shortened: set[str]
    ) -> Table:
        info = self.brief.info
        head = [Paragraph(f"<b>{h}</b>", st["cellmuted"]) for h in ("Country", "Position", "Basis", "Grade", "Date")]
        rows: list[list[Any]] = [head]
        style: list[tuple[Any, ...]] = [
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, HexColor(ACCENT)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        for i, s in enumerate(shown, 1):
            level = info.stance_level(s.stance)
            name = self.registry.name(s.actor)
            if len(name) > cap["name"]:
                name = shorten(name, cap["name"])
                shortened.add("names")
            country = f"<b>{esc(s.actor)}</b> {esc(name)}"
            marks = []
            if s.unreviewed:
                marks.append("◌")
            if s.conflict:
                marks.append("conflict")
            if s.overridden:
                marks.append("analyst's call")
            label = shorten(level.label, cap["label"])
            if label != level.label:
                shortened.add("stance labels")
            chip_text = esc(label) + (f" <font color='{MUTED}'>{esc(' '.join(marks))}</font>" if marks else "")
            basis_ev = s.basis
            if s.overridden and s.override_note:
                # The analyst's reason is the basis of an override; the grade and date stay the evidence's.
                note = shorten(s.override_note, cap["note"])
                basis = f"<font color='{MUTED}'>Analyst: </font>{esc(note)}"
                grade = basis_ev.grade if basis_ev else "—"
                when = _nice_date(basis_ev.date, short=True) if basis_ev else ""
            elif basis_ev is not None:
                # The words that place this country, not the claim's opening (which may be about another one).
                quote = basis_quote(basis_ev.claim, basis_ev.position, self.registry, cap["basis"])
                if quote != basis_ev.claim.text:
                    shortened.add("quotes")
                speaker = basis_ev.speaker
                basis = esc(quoted(quote)) + (
                    f" <font color='{MUTED}'>— {esc(shorten(speaker, cap['speaker']))}</font>" if speaker else ""
                )
                grade, when = basis_ev.grade, _nice_date(basis_ev.date, short=True)
            else:
                note = shorten(s.override_note or "Analyst’s judgement", cap["note"])
                basis = f"<font color='{MUTED}'>{esc(note)}</font>"
                grade, when = "—", ""
            rows.append(
                [
                    Paragraph(country, st["cell"]),
                    Paragraph(chip_text, st["chip"]),
                    Paragraph(basis, st["cell"]),
                    Paragraph(esc(grade), st["cell"]),
                    Paragraph(esc(when), st["cellmuted"]),
                ]
            )
            style.append(("BACKGROUND", (1, i), (1, i), _tint(level.colour, 0.22)))
            style.append(("LINEBEFORE", (1, i), (1, i), 3, HexColor(level.colour)))
            style.append(("LINEBELOW", (0, i), (-1, i), 0.3, HexColor(RULE)))
        w = self.width
        return _table(rows, [w * 0.17, w * 0.15, w * 0.54, w * 0.06, w * 0.08], style)

    def _evidence_line(self, claim: Claim, cap: dict[str, int], shortened: set[str]) -> str:
        src = self.sources.get(claim.source)
        quote = claim_quote(claim, self.registry, cap["quote"])
        if quote != claim.text:
            shortened.add("quotes")
        parts = [
            p
            for p in (
                claim.speaker,
                src.outlet if src else "",
                _nice_date(claim.event_date or (src.published if src else "")),
            )
            if p
        ]
        who = esc(", ".join(shorten(p, cap["speaker"]) for p in parts))
        grade = admiralty_grade(src.reliability if src else "F", claim.credibility)
        return (
            f"{esc(quoted(quote))} <font color='{MUTED}'>— {who}</font> "
            f"<font color='{ACCENT}'>[{esc(shorten(claim.source, cap['id']))}]</font> "
            f"<font color='{MUTED}'>{grade}</font>"
        )

    def _assessment_blocks(self, fit: _Fit, st: dict[str, Any], report: FitReport, short: Any) -> Flowable | None:
        info = self.brief.info
        left: list[Flowable] = []
        right: list[Flowable] = []
        if info.assessment:
            left.append(Paragraph("ASSESSMENT", st["head"]))
            conf = f"<b>{esc(shorten(info.confidence, 60))}.</b> " if info.confidence else ""
            left.append(Paragraph(conf + esc(short(info.assessment, "assessment", "assessment")), st["body"]))
        bullets = info.outlook[: fit.outlook]
        report.outlook_dropped = len(info.outlook) - len(bullets)
        if bullets:
            right.append(Paragraph("OUTLOOK AND RECOMMENDATIONS", st["head"]))
            items = [
                ListItem(
                    Paragraph(esc(short(b, "outlook", "outlook")), st["body"]), leftIndent=10 * fit.scale, value="•"
                )
                for b in bullets
            ]
            right.append(
                ListFlowable(
                    items,
                    bulletType="bullet",
                    start="•",
                    leftIndent=10 * fit.scale,
                    bulletFontName=st["body"].fontName,
                    bulletFontSize=st["body"].fontSize,
                )
            )
        if not left and not right:
            return None
        cells, widths = (
            ([left, right], [self.width * 0.56, self.width * 0.44])
            if left and right
            else ([left or right], [self.width])
        )
        return _table(
            [cells],
            widths,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 10),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ],
        )

    def _source_line(self, src: Any, cap: dict[str, int], shortened: set[str]) -> str:
        """[S1] Outlet — Author, “Title”, date, reliability B (usually reliable) URL"""
        who = ", ".join(src.authors)
        details = ", ".join(x for x in (who, f"“{src.title}”" if src.title else "", _nice_date(src.published)) if x)
        grade = f"reliability {src.reliability} ({RELIABILITY_WORDS.get(src.reliability, '')})"
        full = f"{details}, {grade}" if details else grade
        if len(full) > cap["source"]:
            shortened.add("sources")
        outlet = esc(shorten(src.outlet or "Unknown outlet", cap["speaker"]))
        line = f"<b>[{esc(shorten(src.id, cap['id']))}]</b> {outlet} — {esc(shorten(full, cap['source']))}"
        if src.url:
            line += " " + link(src.url, shorten(src.url, 90))
        return line

    # -- measuring --------------------------------------------------------------------

    def height_of(self, story: list[Flowable]) -> float:
        total = 0.0
        for i, f in enumerate(story):
            _, h = f.wrap(self.width, self.height)
            total += h + f.getSpaceAfter() + (f.getSpaceBefore() if i else 0)
        return total


def _table(
    rows: list[list[Any]], widths: list[float], style: list[tuple[Any, ...]], heights: list[float] | None = None
) -> Table:
    """A table in the brief's font (ReportLab's cells would otherwise name Helvetica, unembedded)."""
    table = Table(rows, colWidths=widths, rowHeights=heights)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "NotoSans"), *style]))
    return table


def _rule(width: float, space: float) -> Flowable:
    t = _table(
        [[""]],
        [width],
        [
            ("LINEBELOW", (0, 0), (-1, -1), 0.6, HexColor(RULE)),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
        [0.1],
    )
    t.spaceBefore = space
    t.spaceAfter = space
    return t


def _tint(hex_colour: str, amount: float) -> Any:
    c = HexColor(hex_colour)
    return HexColor(
        "#{:02X}{:02X}{:02X}".format(*(int(255 - (255 - v * 255) * amount) for v in (c.red, c.green, c.blue)))
    )


def _nice_date(iso: str, short: bool = False) -> str:
    if not iso:
        return ""
    try:
        d = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{d.day} {d:%b}" if short else f"{d.day} {d:%B %Y}"


# -- fitting ------------------------------------------------------------------------------


def _candidates(layout: _Layout) -> list[_Fit]:
    """Attempts from fullest to leanest, in BRIEF.md's order: rows, then type size, then text length."""
    full = layout.full()
    out = [full]
    # 1. Drop rows: positions (weakest first) down to eight, evidence down to three, outlook to three.
    steps = [replace(full, evidence=min(full.evidence, 4), outlook=min(full.outlook, 3), spectrum_rows=6)]
    n = full.positions
    while n > 8:
        n = max(8, n - max(1, n // 8))  # one row at a time while the table is short
        steps.append(replace(steps[-1], positions=n))
    steps.append(replace(steps[-1], evidence=min(full.evidence, 3), sources=min(full.sources, 6)))
    out.extend(steps)
    base = out[-1]
    # 2. Shrink type down to the 7 pt floor.
    for scale in (0.94, 0.88, 0.82, 0.77):
        out.append(replace(base, scale=scale, spectrum_rows=5))
    small = out[-1]
    # 3. Shorten free text, and as a last resort drop further rows.
    for cap in (0.75, 0.55, 0.4, 0.3):
        out.append(replace(small, text_cap=cap))
    lean = out[-1]
    for positions, evidence, sources, outlook, cap in (
        (6, 3, 4, 3, 0.25),
        (4, 2, 3, 2, 0.2),
        (3, 1, 2, 2, 0.15),
        (2, 1, 1, 1, 0.1),
        (0, 0, 1, 1, 0.05),
        (0, 0, 0, 0, 0.02),
    ):
        out.append(
            replace(
                lean,
                positions=min(full.positions, positions),
                evidence=min(full.evidence, evidence),
                sources=min(full.sources, sources),
                outlook=min(full.outlook, outlook),
                text_cap=cap,
                spectrum_rows=3,
            )
        )
    return out


_RENDER_LOCK = threading.Lock()


def render_brief(
    brief: Brief, *, deterministic: bool = False, registry: ActorRegistry | None = None, generated: date | None = None
) -> RenderResult:
    """The brief as a one-page PDF, and what had to be cut to fit it (and which characters no font could draw).

    One page is made at a time in a process: ReportLab keeps process-wide state (registered fonts, caches) that is not
    safe to use from two threads at once, and the app may export while its preview or check is rendering."""
    with _RENDER_LOCK, collect_missing() as missing:
        result = _render_brief(brief, deterministic=deterministic, registry=registry, generated=generated)
        result.report.missing = missing_summary(missing)
    return result


def _render_brief(
    brief: Brief, *, deterministic: bool, registry: ActorRegistry | None, generated: date | None
) -> RenderResult:
    register_fonts()
    registry = registry or default_registry()
    if generated is None:
        generated = _fixed_date(brief) if deterministic else datetime.now(UTC).date()
    layout = _Layout(brief, registry, generated)
    attempts = _candidates(layout)
    # Most briefs fit at normal size: build at once, and measure only when the page spills over.
    report = FitReport(scale=attempts[0].scale)
    try:
        pdf, pages = _build(layout, layout.story(attempts[0], report), deterministic)
    except ExportError:  # a block taller than the page (a huge assessment): the fitting below shortens it
        pages = 0
    if pages == 1:
        return RenderResult(pdf, report)
    for n, fit in enumerate(attempts[1:], 1):
        report = FitReport(scale=fit.scale)
        story = layout.story(fit, report)
        last = n == len(attempts) - 1
        if not last and layout.height_of(story) > layout.height:
            continue
        try:
            pdf, pages = _build(layout, story, deterministic)
        except ExportError:
            if last:
                raise
            continue
        if pages == 1:
            return RenderResult(pdf, report)
    raise ExportError("the brief cannot be fitted on one page")  # the last attempt is tiny: not reached


def _fixed_date(brief: Brief) -> date:
    try:
        return date.fromisoformat(brief.info.date[:10])
    except ValueError:
        return date(2000, 1, 1)


def _build(layout: _Layout, story: list[Flowable], deterministic: bool) -> tuple[bytes, int]:
    brief = layout.brief
    info = brief.info
    buffer = io.BytesIO()
    countries = [layout.registry.name(s.actor) for s in layout.stances[:100]]  # metadata for search, not a list
    doc = BaseDocTemplate(
        buffer,
        pagesize=layout.page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + TOP_BAND,
        bottomMargin=MARGIN + BOTTOM_BAND,
        title=info.title or "Untitled brief",
        author=info.analyst or "Unknown analyst",
        subject=info.question,
        keywords=countries,
        creator=f"Briefing {__version__}",
        producer="Briefing (ReportLab)",
        invariant=1 if deterministic else 0,
        initialFontName=BOLD,
    )
    pages = [0]

    def decorate(canvas: Canvas, doc: Any) -> None:
        pages[0] += 1
        _marking(canvas, layout, info.marking, layout.page[1] - MARGIN - 2)
        _marking(canvas, layout, info.marking, MARGIN - 10)
        canvas.saveState()
        canvas.setFont("NotoSans", 7)
        canvas.setFillColor(HexColor(MUTED))
        canvas.drawString(MARGIN, MARGIN - 10, f"Generated {layout.generated.isoformat()} with Briefing")
        canvas.drawRightString(layout.page[0] - MARGIN, MARGIN - 10, f"{pages[0]} / 1")
        canvas.restoreState()

    frame = Frame(
        MARGIN,
        MARGIN + BOTTOM_BAND,
        layout.width,
        layout.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="brief", frames=[frame], onPage=decorate)])
    try:
        doc.build(story)
    except Exception as exc:  # ReportLab raises bare exceptions for layout failures
        raise ExportError(f"the brief could not be laid out: {exc}") from exc
    return buffer.getvalue(), pages[0]


def _marking(canvas: Canvas, layout: _Layout, marking: str, y: float) -> None:
    # Shaped, in display order and in the script's font like every other text on the page (see text.line_runs).
    runs = line_runs(" ".join(marking.split())[:80], bold=True) or [("UNMARKED", BOLD)]
    text = "".join(piece for piece, _ in runs)
    canvas.saveState()
    canvas.setFont(BOLD, 8)
    width = runs_width(runs, 8)
    cx = layout.page[0] / 2
    tlp = TLP_COLOURS.get(text.upper())
    if tlp:
        canvas.setFillColor(HexColor("#000000"))
        canvas.rect(cx - width / 2 - 5, y - 2.5, width + 10, 11, stroke=0, fill=1)
        canvas.setFillColor(HexColor(tlp))
    else:
        canvas.setFillColor(HexColor("#1A1A1A"))
    if len(runs) == 1 and runs[0][1] == BOLD:
        canvas.drawCentredString(cx, y, text)
    else:
        line = canvas.beginText(cx - width / 2, y)  # one text object: the line is copied and read as one
        for piece, font in runs:
            line.setFont(font, 8)
            line.textOut(piece)
        canvas.drawText(line)
    canvas.restoreState()
