"""A learned choice of a description's referent against the rules, by article-grouped
cross-validation on the hand-annotated train speaker sample (never dev).

    python training/speakers/describe_study.py [--rebuild] [--folds 5] [--output MODEL.json]

1. The sample's articles (``train-sample.ann.txt`` joined with ../shared by ``build_gold.py``)
   run through the quotes component from the cached train parses; every speaker mention in
   scope (:func:`describe_features.in_scope`: headed by a common noun) is captured with its
   candidates' features (:func:`describe_features.candidates`, computed inside the resolver
   at the moment the rules resolve it) and the rules' answer. Cached in
   ``.cache/polnear/describe-rows.pkl`` (``--rebuild`` to redo).
2. The quotes the shared scorer matches to a gold Source whose speaker span lies on that
   Source are the rows; a candidate is right when its name matches the gold referent or one
   of its alternatives as ``speaker_score.py`` judges names.
3. Article-grouped k-fold: a logistic regression fitted on the other folds' candidates ranks
   each mention's candidates; variants (always the model; the model only where the rules
   name nobody) with the threshold chosen on the training folds; right / wrong judged as the
   scorer does (``judge``), split by the gold class and named / null referent.

``--output`` fits on the whole sample and writes the model (features, weights, threshold).
"""

from __future__ import annotations

import argparse
import pickle
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import numpy as np  # noqa: E402

from polnear import CACHE, POLNEAR, parsed, prepare  # noqa: E402
import describe_features as df  # noqa: E402

TOOLS = HERE.parents[2] / "shared" / "tools"
ROWS = CACHE / f"describe-rows-{df.FEATURE_SET}.pkl"
GOLD = Path("/tmp/describe-study/train-sample.jsonl")
PRONOUNS = frozenset(df._PERSON_PRONOUNS) | df._BODY_PRONOUNS | df._RELATIVE_PRONOUNS


def build_rows() -> list[dict]:
    """Run the sample through the quotes component, capturing in-scope mentions."""
    from newsmine.nlp import speakers as speakers_module
    from newsmine.nlp.attribution import AttributionModel
    from newsmine.nlp.quotes import find_quotes

    GOLD.parent.mkdir(parents=True, exist_ok=True)
    annotation = HERE / "train-sample.ann.txt"
    command = [sys.executable, str(HERE / "build_gold.py"), str(annotation), str(POLNEAR / "train"), str(GOLD)]
    subprocess.run(command, check=True)
    sys.path.insert(0, str(TOOLS))
    from speaker_score import load_gold

    gold = load_gold(GOLD)
    docs = {doc for doc, _, _ in gold}
    captured: dict[tuple[int, int], dict] = {}
    original = speakers_module.SpeakerResolver.resolve

    def resolve(self, mention):  # the rules' answer and the candidates at that moment
        resolution, options = df.resolve_with_candidates(self, mention, original)
        if options is not None:
            captured[(mention.start_char, mention.end_char)] = {
                "text": mention.text,
                "rules": {"kind": resolution.kind.value, "name": resolution.name},
                "candidates": [(c.name, c.kind, c.features) for c in options],
            }
        return resolution

    speakers_module.SpeakerResolver.resolve = resolve
    model = AttributionModel.default()
    out = []
    try:
        for doc, g in parsed("train"):
            if g.id not in docs:
                continue
            captured.clear()
            found = find_quotes(prepare(doc), model)
            quotes = []
            for q in found:
                sp = None
                if q.speaker is not None:
                    sp = {"start": q.speaker.start_char, "end": q.speaker.end_char, "text": q.speaker.text,
                          "kind": q.speaker_kind.value, "name": q.speaker_name}  # fmt: skip
                quotes.append({"start": q.start, "end": q.end, "speaker": sp})
            out.append({"doc": g.id, "quotes": quotes, "captured": dict(captured)})
            print(f"\r{len(out)} articles", end="", file=sys.stderr)
    finally:
        speakers_module.SpeakerResolver.resolve = original
    print(file=sys.stderr)
    return out


def labelled(articles: list[dict]) -> list[dict]:
    """One row per matched gold source whose speaker span is an in-scope mention on it."""
    sys.path.insert(0, str(TOOLS))
    from speaker_score import judge, load_gold, match_contents, name_match, overlaps, parse_ann

    gold = load_gold(GOLD)
    referents: dict[str, set[str]] = defaultdict(set)
    for (doc, _, _), o in gold.items():
        if o["referent"]:
            referents[doc].add(o["referent"])
    rows = []
    for art in articles:
        doc = art["doc"]
        text = (POLNEAR / "train" / "text" / f"{doc}.txt").read_text(encoding="utf-8")
        atts = parse_ann(str(POLNEAR / "train" / "attributions" / f"{doc}.ann"))
        quotes = art["quotes"]
        m = match_contents(text, atts, quotes)
        for i, g in enumerate(atts):
            if not g["source"] or i not in m:
                continue
            o = gold.get((doc, g["source"][0][0], g["source"][-1][1]))
            sp = quotes[m[i]]["speaker"]
            if o is None or sp is None or not overlaps([(sp["start"], sp["end"])], g["source"]):
                continue
            cap = art["captured"].get((sp["start"], sp["end"]))
            if cap is None:
                continue
            names = [o["referent"], *(o.get("alt") or [])]
            labels = [int(any(x and name_match(c[0], x) for x in names)) for c in cap["candidates"]]
            rows.append({
                "doc": doc, "class": o["class"], "named": o["referent"] is not None, "gold": o,
                "referents": referents[doc], "rules_right": judge(o, sp, referents[doc])[0],
                "candidates": cap["candidates"], "labels": labels, "text": cap["text"], "rules": cap["rules"],
            })  # fmt: skip
    return rows


def matrix(row: dict, names: list[str]) -> np.ndarray:
    return np.array([[f.get(n, 0.0) for n in names] for _, _, f in row["candidates"]])


def fit_pairs(rows: list[dict], names: list[str], c: float):
    """Logistic regression over (mention, candidate) pairs: right candidate or not."""
    from sklearn.linear_model import LogisticRegression

    rows = [r for r in rows if r["candidates"]]
    y = np.concatenate([r["labels"] for r in rows])
    if not y.any():
        return None
    return LogisticRegression(C=c, max_iter=3000).fit(np.vstack([matrix(r, names) for r in rows]), y)


def top(clf, row: dict, names: list[str]) -> tuple[int, float]:
    """The best candidate of ``row`` and its probability (-1, 0 without candidates)."""
    if clf is None or not row["candidates"]:
        return -1, 0.0
    p = clf.predict_proba(matrix(row, names))[:, 1]
    k = int(np.argmax(p))
    return k, float(p[k])


def unnamed(rules: dict) -> bool:
    """The rules left the mention with no name at all (not an unnamed source, "officials")."""
    return rules["name"] is None and rules["kind"] in ("unresolved", "organisation")


def rules_named(rules: dict) -> bool:
    return rules["name"] is not None and rules["kind"] in ("person", "organisation")


def right(row: dict, speaker: dict) -> bool:
    from speaker_score import judge

    return judge(row["gold"], speaker, row["referents"])[0]


def outcome(row: dict, k: int, resolve: bool) -> bool:
    """Whether the speaker is right when candidate ``k`` is taken (``resolve``), else the rules'."""
    if not resolve or k < 0:
        return row["rules_right"]
    name, kind, _ = row["candidates"][k]
    return right(row, {"kind": kind, "name": name})


THRESHOLDS = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]  # 1.01: never


def variant_outcomes(
    variant: str, train: list[dict], test: list[dict], names: list[str], c: float
) -> tuple[list[bool], float]:
    """Out-of-fold right/wrong for ``test`` under a variant fitted on ``train``, and the
    threshold chosen on ``train``.

    - ``always``: one model over every row's candidates (null referents' alternatives count
      as right candidates); its best candidate replaces the rules' answer when it passes the
      threshold, else the mention is left unnamed;
    - ``unresolved``: the same model, applied only where the rules named nobody (the
      "resolve vs leave null" decision on the rules' unresolved mentions);
    - ``rerank``: a ranker fitted on named referents only picks the entity wherever the rules
      named one (the rules keep the null decision);
    - ``rerank+unresolved``: ``rerank``, and where the rules named nobody the ranker's best
      candidate when its probability passes the threshold.
    """
    if variant in ("always", "unresolved"):
        clf = fit_pairs(train, names, c)
    else:
        clf = fit_pairs([r for r in train if r["named"]], names, c)

    tops = {id(r): top(clf, r, names) for r in (*train, *test)}

    def decide(row: dict, threshold: float) -> bool:
        k, p = tops[id(row)]
        if variant == "always":
            if k < 0:
                return row["rules_right"]
            return outcome(row, k, True) if p >= threshold else right(row, {"kind": "unresolved", "name": None})
        if variant == "unresolved":
            return outcome(row, k, unnamed(row["rules"]) and p >= threshold)
        if rules_named(row["rules"]):
            return outcome(row, k, True)
        return outcome(row, k, variant == "rerank+unresolved" and unnamed(row["rules"]) and p >= threshold)

    if variant == "rerank":
        threshold = 1.01
    else:
        # chosen on the training folds (in-sample: the model saw them), ties to the higher
        scores = {t: sum(decide(r, t) for r in train) for t in THRESHOLDS}
        threshold = max(THRESHOLDS, key=lambda t: (scores[t], t))
    return [decide(r, threshold) for r in test], threshold


def figures(rows: list[dict], ok: list[bool]) -> str:
    cells = []
    for cls in ("pronoun", "description", "name"):
        for named in (True, False):
            idx = [i for i, r in enumerate(rows) if r["class"] == cls and r["named"] == named]
            if idx:
                cells.append(f"{cls[:4]}/{'named' if named else 'null'} {sum(ok[i] for i in idx)}/{len(idx)}")
    return f"all {sum(ok)}/{len(ok)} ({100 * sum(ok) / len(ok):.1f})  " + "  ".join(cells)


def cross_validate(rows: list[dict], folds: int, c: float, variants: list[str], show: int = 0) -> None:
    names = feature_names(rows)
    docs = sorted({r["doc"] for r in rows})
    fold_of = {d: k % folds for k, d in enumerate(docs)}
    print(f"{'rules':>18}: {figures(rows, [r['rules_right'] for r in rows])}")
    for v in variants:
        ok: list[bool] = [False] * len(rows)
        chosen = []
        for k in range(folds):
            train = [r for r in rows if fold_of[r["doc"]] != k]
            test = [i for i, r in enumerate(rows) if fold_of[r["doc"]] == k]
            out, threshold = variant_outcomes(v, train, [rows[i] for i in test], names, c)
            chosen.append(threshold)
            for i, o in zip(test, out):
                ok[i] = o
        changed = Counter(
            (r["class"][:4], "named" if r["named"] else "null", "gained" if o else "lost")
            for r, o in zip(rows, ok) if o != r["rules_right"]
        )  # fmt: skip
        print(f"{v:>18}: {figures(rows, ok)}")
        print(f"{'':>18}  thresholds {chosen}; changed vs rules {dict(sorted(changed.items()))}")
        for r, o in [(r, o) for r, o in zip(rows, ok) if o != r["rules_right"]][:show]:
            print(f"{'':>20}{'+' if o else '-'} {r['text'][:60]!r} gold {r['gold']['referent']}")


def curve(rows: list[dict], folds: int, c: float) -> None:
    """The resolve-vs-leave-null trade-off on the mentions the rules named nobody: the
    out-of-fold ranker's best candidate taken from each probability on, sources gained and
    lost against the rules, by class and named / null referent."""
    names = feature_names(rows)
    docs = sorted({r["doc"] for r in rows})
    fold_of = {d: k % folds for k, d in enumerate(docs)}
    best: dict[int, tuple[int, float]] = {}
    for k in range(folds):
        clf = fit_pairs([r for r in rows if fold_of[r["doc"]] != k and r["named"]], names, c)
        for i, r in enumerate(rows):
            if fold_of[r["doc"]] == k:
                best[i] = top(clf, r, names)
    unnamed_rows = [i for i, r in enumerate(rows) if unnamed(r["rules"])]
    kinds = Counter((rows[i]["class"][:4], "named" if rows[i]["named"] else "null") for i in unnamed_rows)
    print(f"rules named nobody for {len(unnamed_rows)}: {dict(sorted(kinds.items()))}")
    for t in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
        changed = Counter()
        for i in unnamed_rows:
            r, (k, p) = rows[i], best[i]
            o = outcome(r, k, p >= t)
            if o != r["rules_right"]:
                changed[(r["class"][:4], "named" if r["named"] else "null", "+" if o else "-")] += 1
        gained = sum(v for key, v in changed.items() if key[2] == "+")
        print(f"  from p >= {t}: +{gained} -{sum(changed.values()) - gained}  {dict(sorted(changed.items()))}")


def override_curve(rows: list[dict], folds: int, c: float) -> None:
    """A ranker without the rules' features (``rules_*``) against the rules' pick, where the
    rules named someone: its best candidate taken when its probability beats the pick's by a
    margin, out of fold; sources gained and lost against the rules."""
    names = [n for n in feature_names(rows) if not n.startswith("rules_")]
    docs = sorted({r["doc"] for r in rows})
    fold_of = {d: k % folds for k, d in enumerate(docs)}
    scored: list[tuple[dict, int, float]] = []
    for k in range(folds):
        clf = fit_pairs([r for r in rows if fold_of[r["doc"]] != k and r["named"]], names, c)
        for r in rows:
            if fold_of[r["doc"]] != k or not r["candidates"] or not rules_named(r["rules"]):
                continue
            p = clf.predict_proba(matrix(r, names))[:, 1]
            best = int(np.argmax(p))
            pick = next((p[i] for i, (_, _, f) in enumerate(r["candidates"]) if f.get("rules_pick")), 0.0)
            scored.append((r, best, float(p[best] - pick)))
    print(f"rules named someone for {len(scored)}; the ranker without their features overriding them:")
    for margin in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6):
        changed = Counter()
        for r, best, lead in scored:
            o = outcome(r, best, lead >= margin)
            if o != r["rules_right"]:
                changed["+" if o else "-"] += 1
        print(f"  by a margin >= {margin}: +{changed['+']} -{changed['-']}")


def feature_names(rows: list[dict]) -> list[str]:
    return sorted({n for r in rows for _, _, f in r["candidates"] for n in f})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--variants", default="always,unresolved,rerank,rerank+unresolved")
    ap.add_argument("--scope", choices=("description", "all"), default="all", help="description: no pronouns")
    ap.add_argument("--show", type=int, default=0, help="print N sources each variant changes")
    ap.add_argument(
        "--curve", action="store_true", help="trade-offs: resolve vs null where the rules named nobody; override them elsewhere"
    )
    ap.add_argument("--output", type=Path, help="fit the rerank+unresolved ranker on the whole sample, write it here")
    args = ap.parse_args()
    if args.rebuild or not ROWS.exists():
        ROWS.parent.mkdir(parents=True, exist_ok=True)
        ROWS.write_bytes(pickle.dumps(build_rows()))
    articles = pickle.loads(ROWS.read_bytes())
    rows = labelled(articles)
    if args.scope == "description":
        rows = [r for r in rows if r["text"].lower() not in PRONOUNS]
    print(f"{len(rows)} mentions in scope on their gold source, {len({r['doc'] for r in rows})} articles;",
          f"a right candidate among them for {sum(any(r['labels']) for r in rows)}")  # fmt: skip
    if args.curve:
        curve(rows, args.folds, args.c)
        override_curve(rows, args.folds, args.c)
    if args.variants:
        cross_validate(rows, args.folds, args.c, args.variants.split(","), args.show)
    if args.output:
        write_model(rows, args.c, args.output)


def write_model(rows: list[dict], c: float, path: Path) -> None:
    """The ranker fitted on the named referents of the whole sample, its threshold for the
    mentions the rules named nobody chosen on the sample (in-sample), written as JSON."""
    names = feature_names(rows)
    clf = fit_pairs([r for r in rows if r["named"]], names, c)
    tops = [top(clf, r, names) for r in rows]

    def right_from(t: float) -> int:
        return sum(outcome(r, k, unnamed(r["rules"]) and p >= t) for r, (k, p) in zip(rows, tops))

    threshold = max(THRESHOLDS, key=lambda t: (right_from(t), t))
    model = df.DescribeModel(dict(zip(names, map(float, clf.coef_[0]))), float(clf.intercept_[0]), threshold)
    path.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"wrote {path} (threshold {threshold})")


if __name__ == "__main__":
    main()
