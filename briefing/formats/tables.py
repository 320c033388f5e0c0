"""The brief as spreadsheet rows: one per claim and position, or one per country (its aggregate)."""

from __future__ import annotations

import csv
import io

from ..analysis import aggregate
from ..model import Brief, admiralty_grade

CLAIM_COLUMNS = [
    "claim", "source", "outlet", "text", "country", "stance", "stance_label", "origin", "speaker",
    "event_date", "published", "reliability", "credibility", "grade", "key",
]  # fmt: skip
MATRIX_COLUMNS = ["country", "stance", "stance_label", "claims", "conflict", "reviewed", "overridden"]


def claims_csv(brief: Brief) -> str:
    """One row per claim and position; a claim with no position gets one row with the country empty."""
    sources = {s.id: s for s in brief.sources}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CLAIM_COLUMNS)
    for claim in brief.claims:
        src = sources.get(claim.source)
        reliability = src.reliability if src else "F"
        base = [claim.id, claim.source, src.outlet if src else "", " ".join(claim.text.split())]
        tail = [
            src.published[:10] if src else "",
            reliability,
            "" if claim.credibility is None else claim.credibility,
            admiralty_grade(reliability, claim.credibility),
            "yes" if claim.key else "",
        ]
        if not claim.positions:
            writer.writerow([*base, "", "", "", "", claim.speaker, claim.event_date, *tail])
        for p in claim.positions:
            label = brief.info.stance_level(p.stance).label if p.stance is not None else "stance not set"
            speaker = p.speaker or claim.speaker
            writer.writerow([*base, p.actor, p.stance, label, p.origin, speaker, claim.event_date, *tail])
    return out.getvalue()


def matrix_csv(brief: Brief) -> str:
    """One row per country: its aggregated stance, how many claims, conflict, whether reviewed."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(MATRIX_COLUMNS)
    for a in aggregate(brief):
        writer.writerow(
            [
                a.actor,
                a.stance,
                brief.info.stance_level(a.stance).label,
                len({e.claim.id for e in a.evidence}),
                "yes" if a.conflict else "",
                "" if a.unreviewed else "yes",
                "yes" if a.overridden else "",
            ]
        )
    return out.getvalue()
