"""Train the learned holder linker (``briefing/suggest/linker.py``) and the rules' vetter (``vetter.py``) from
labelled real news sentences.

Usage (from the repository root, with scikit-learn installed: ``pip install -e ".[train]"``):

    python resources/models/train_linker.py SET_DIR [SET_DIR ...] [--cross] [--C 0.2] [--threshold 0.6]

Each SET_DIR is labelled like ``../shared/data/stance-dev``: a ``gold.json`` whose articles each give a ``file`` (the
article's text, read by Briefing's own import), the dispute's ``question``, and the ``sentences`` with their
``actors`` (country code → the sign of its position on the question; ``optional`` ones count neither way).

Every article is imported with its question and read by the rules, with the linker off; each country a parsed claim
names that no rule placed becomes a training example, labelled by whether the gold gives it a position there. A
logistic regression over the parse features is fitted and its weights written to
``resources/models/holder_linker.json``. Each country a rule placed becomes an example for the vetter, labelled the same
way; its weights go to ``resources/models/rule_vetter.json``. With ``--cross``, each set is first scored by models
trained on the other sets only (leave one set out): holder precision, recall and F1 and sign accuracy with the rules
alone, after the vetter, and after the linker too, which is the honest figure for sets the shipped models were
trained on.

Nothing here runs when Briefing runs: the app only reads the finished weights.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TARGET = HERE / "holder_linker.json"
VETTER = HERE / "rule_vetter.json"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from suggest_quality import ORGANISATIONS, _match, _norm, sign  # noqa: E402

from briefing.ingest import add_article, read_article  # noqa: E402
from briefing.model import Brief, BriefInfo  # noqa: E402
from briefing.suggest import suggest_brief  # noqa: E402
from briefing.suggest.linker import article_lines  # noqa: E402

Example = dict  # set, features, label (bool), sign the linker would give, gold sign
# the linker's examples, the rules' counts, the vetter's labelled examples, and every place the rules made (labelled or
# not: a place the vetter drops no longer counts in its country's line in the article, which the linker reads)
Set = tuple[list[Example], dict[str, int], list[Example], list[Example]]


def examples(root: Path) -> Set:
    """The set's candidate examples, its counts with the rules alone (tp, fp, fn, signs right), the places the rules
    made in labelled sentences (the vetter's examples: features, label, whether the rule's sign is the gold one), and
    every place the rules made (features, the article and country whose line it counts in, its sign)."""
    gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    out: list[Example] = []
    vetted: list[Example] = []
    everywhere: list[Example] = []
    counts = dict(tp=0, fp=0, fn=0, ok=0)
    for number, art in enumerate(gold["articles"]):
        brief = Brief(info=BriefInfo(question=art.get("question", "")))
        unplaced: list = []
        placed: list = []
        with contextlib.redirect_stderr(io.StringIO()):
            add_article(brief, read_article(root / art["file"]))
            suggest_brief(brief, unplaced=unplaced, placed=placed)
        places = {}
        for claim, code, f in placed:
            position = claim.position_for(code)
            places[(id(claim), code)] = len(everywhere)
            everywhere.append(dict(features=f, key=(number, claim.source, code),
                                   sign=sign(position.stance) if position is not None and position.stance else 0))
        lines = article_lines(brief.claims)
        by_text = {_norm(c.text): c for c in brief.claims}
        cands = {}
        for claim, cand in unplaced:
            cands.setdefault(id(claim), []).append(cand)
        for item in art["sentences"]:
            want = {a: sign(v) for a, v in item["actors"].items() if a not in ORGANISATIONS}
            optional = set(item.get("optional", ()))
            claim = _match(item["text"], by_text)
            got = {}
            if claim is not None:
                got = {
                    p.actor: sign(p.stance) for p in claim.positions
                    if p.actor not in ORGANISATIONS and p.actor not in optional
                }
            for a in set(want) | set(got):
                if a in want and a in got:
                    counts["tp"] += 1
                    counts["ok"] += want[a] == got[a]
                else:
                    counts["fn" if a in want else "fp"] += 1
            for a, given in got.items() if claim is not None else []:
                if (id(claim), a) in places:
                    index = places[(id(claim), a)]
                    vetted.append(dict(set=root.name, features=everywhere[index]["features"], label=a in want,
                                       ok=a in want and want[a] == given, index=index))
            for cand in cands.get(id(claim), []) if claim is not None else []:
                if cand.code in got or cand.code in optional or cand.code in claim.rejected:
                    continue
                lean = lines.get((claim.source, cand.code), 0)
                out.append(dict(set=root.name, features=cand.features, label=cand.code in want, given=_given(
                    lean, cand.default), want=want.get(cand.code), line=bool(lean), lean=lean, default=cand.default,
                    key=(number, claim.source, cand.code)))
    return out, counts, vetted, everywhere


def _given(lean: int, default: int) -> int:
    """The linker's sign, as ``briefing.suggest._link_unplaced`` gives it: none where the sentence leaves the line
    open, else the article's line, else the sentence's default."""
    return 0 if default == 0 else (lean > 0) - (lean < 0) or default


def fit(train: list[Example], c: float):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([e["features"] for e in train])
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(x, [e["label"] for e in train])
    return vec, model


def _figures(tp: int, fp: int, fn: int, ok: int) -> str:
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    f = 2 * p * r / max(1e-9, p + r)
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} sign {ok / max(1, tp):.3f}"


def _probabilities(train: list[Example], test: list[Example], c: float) -> list[float]:
    if not test:
        return []
    vec, model = fit(train, c)
    return list(model.predict_proba(vec.transform([e["features"] for e in test]))[:, 1])


def cross(sets: dict[str, Set], c: float, threshold: float, without: float, vetting: float) -> None:
    total = dict(tp=0, fp=0, fn=0, ok=0)
    vetted = dict(tp=0, fp=0, fn=0, ok=0)
    after = dict(tp=0, fp=0, fn=0, ok=0)
    print(f"leave one set out (C={c}, linker threshold {threshold}, {without} without a line, vetter {vetting}): "
          "rules alone -> vetted -> with the linker")
    for name, (exs, counts, places, everywhere) in sets.items():
        # the vetter drops the places it finds unlikely, and they no longer count in their country's line
        train = [e for n, (_, _, xs, _) in sets.items() if n != name for e in xs]
        dropped = [p < vetting for p in _probabilities(train, everywhere, c)]
        gone = [e for e in places if dropped[e["index"]]]
        lost = sum(1 for e in gone if e["label"])
        kept = dict(tp=counts["tp"] - lost, fp=counts["fp"] - (len(gone) - lost), fn=counts["fn"] + lost,
                    ok=counts["ok"] - sum(1 for e in gone if e["ok"]))
        drift: dict[tuple, int] = {}
        for e, out in zip(everywhere, dropped):
            if out:
                drift[e["key"]] = drift.get(e["key"], 0) + e["sign"]
        # the linker adds the unplaced countries it scores as holders, with the lines the vetter left
        lines = [e["lean"] - drift.get(e["key"], 0) for e in exs]
        train = [e for n, (xs, _, _, _) in sets.items() if n != name for e in xs]
        scored = zip(exs, lines, _probabilities(train, exs, c))
        chosen = [(e, _given(lean, e["default"])) for e, lean, p in scored if p >= (threshold if lean else without)]
        tp = sum(1 for e, _ in chosen if e["label"])
        ok = sum(1 for e, given in chosen if e["label"] and given == e["want"])
        new = dict(tp=kept["tp"] + tp, fp=kept["fp"] + len(chosen) - tp, fn=kept["fn"] - tp, ok=kept["ok"] + ok)
        print(f"  {name:14s} {_figures(**counts)}  ->  {_figures(**kept)}  ->  {_figures(**new)}")
        for k in total:
            total[k] += counts[k]
            vetted[k] += kept[k]
            after[k] += new[k]
    print(f"  {'pooled':14s} {_figures(**total)}  ->  {_figures(**vetted)}  ->  {_figures(**after)}")


def _weights(examples: list[Example], c: float) -> tuple[float, dict[str, float]]:
    vec, model = fit(examples, c)
    weights = {
        name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), model.coef_[0]) if abs(w) >= 1e-4
    }
    return round(float(model.intercept_[0]), 4), dict(sorted(weights.items()))


def _write(path: Path, examples: list[Example], c: float, thresholds: dict[str, float], trained_on: dict[str, int],
           about: str) -> None:
    """Fit a model on ``examples`` and write its weights, with what it was trained on, where the app reads them."""
    intercept, weights = _weights(examples, c)
    out = {
        "about": about,
        "trained_on": trained_on,
        "examples": len(examples),
        "holders": sum(e["label"] for e in examples),
        "C": c,
        **thresholds,
        "intercept": intercept,
        "weights": weights,
    }
    path.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path}: {len(weights)} weights from {len(examples)} examples")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", type=Path, help="labelled sets (folders with gold.json)")
    ap.add_argument("--C", type=float, default=0.2, help="inverse regularisation strength (default 0.2)")
    ap.add_argument("--threshold", type=float, default=0.6, help="probability to suggest at (default 0.6)")
    ap.add_argument("--threshold-without-line", type=float, default=0.7,
                    help="probability to suggest at when the country has no line in the article (default 0.7)")
    ap.add_argument("--vetter-threshold", type=float, default=0.6,
                    help="probability under which the vetter drops a rule's place (default 0.6)")
    ap.add_argument("--cross", action="store_true", help="first score each set by models trained on the others")
    ap.add_argument("-o", "--output", type=Path, default=TARGET)
    ap.add_argument("--vetter-output", type=Path, default=VETTER)
    args = ap.parse_args(argv)
    # the parse must collect the unplaced countries, and the rules' places must all be kept
    os.environ.pop("BRIEFING_LINKER", None)
    sets: dict[str, Set] = {}
    for root in args.sets:
        name = root.resolve().name
        while name in sets:
            name += "'"
        sets[name] = examples(root)
        exs, _, places, _ = sets[name]
        print(f"{name}: {len(exs)} unplaced countries, {sum(e['label'] for e in exs)} of them holders; "
              f"{len(places)} placed, {sum(e['label'] for e in places)} of them holders", flush=True)
    if args.cross:
        cross(sets, args.C, args.threshold, args.threshold_without_line, args.vetter_threshold)
    linker = [e for xs, _, _, _ in sets.values() for e in xs]
    _write(args.output, linker, args.C, {"threshold": args.threshold,
                                         "threshold_without_line": args.threshold_without_line},
           {name: len(xs) for name, (xs, _, _, _) in sets.items()},
           "Weights of Briefing's learned holder linker (briefing/suggest/linker.py), written by "
           "resources/models/train_linker.py: a logistic regression over parse features of the countries a sentence "
           "names that no rule placed.")
    vetter = [e for _, _, xs, _ in sets.values() for e in xs]
    _write(args.vetter_output, vetter, args.C, {"threshold": args.vetter_threshold},
           {name: len(xs) for name, (_, _, xs, _) in sets.items()},
           "Weights of Briefing's learned vetter of the rules' places (briefing/suggest/vetter.py), written by "
           "resources/models/train_linker.py: a logistic regression over parse features of the countries the rules "
           "placed and the rules' reasons.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
