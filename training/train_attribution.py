"""Train the attribution candidate scorer on PolNeAR train.

    python training/train_attribution.py            # writes src/newsmine/nlp/models/attribution-v1.json

Needs ``pip install '.[train]'`` (scikit-learn) and PolNeAR beside the repository
(``../shared/benchmarks/polnear/train``). Only the train split is read: 80 % of its articles
fit a logistic regression for each regularisation strength tried, the other 20 % pick the
strength and the decision threshold by end-to-end content F1 (the shared scorer's
definition), then the model is refitted on all of train. Deterministic: the same data gives
the same file.

A candidate (cue word, content proposal) is a positive example when a gold attribution
has a cue overlapping the candidate's cue and a content matching the candidate's (IoU >= 0.5
as the scorer measures it) — and, among a cue's proposals matching that gold, it is one of
the best (within 0.05 IoU of the best), so the model learns to prefer exact contents.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import REPO, parsed  # noqa: E402

from newsmine.evaluate import GoldDocument, PredictedQuote, _chars, _trim, score_predictions  # noqa: E402
from newsmine.layout import find_byline  # noqa: E402
from newsmine.nlp.attribution import Candidate, DocContext, find_candidates  # noqa: E402
from newsmine.nlp.quote_marks import find_quoted  # noqa: E402
from newsmine.nlp.quotes import choose, noun_phrase  # noqa: E402

OUTPUT = REPO / "src" / "newsmine" / "nlp" / "models" / "attribution-v1.json"
MIN_FEATURE_COUNT = 2
C_GRID = (0.05, 0.1, 0.2, 0.4)
THRESHOLDS = tuple(round(x, 3) for x in np.arange(0.2, 0.71, 0.025))


class DocCandidates:
    """A document's candidates with their feature ids and labels."""

    def __init__(self, doc, gold: GoldDocument, vocab: dict[str, int]):
        self.gold = gold
        byline = find_byline(doc.text)
        doc._.newsmine_excluded = [(byline.start, byline.end)] if byline else []
        ctx = DocContext(doc, find_quoted(doc.text))
        self.candidates: list[Candidate] = find_candidates(ctx)
        self.feature_ids: list[list[int]] = []
        for cand in self.candidates:
            ids = []
            for f in cand.features:
                k = vocab.get(f)
                if k is None:
                    k = vocab[f] = len(vocab)
                ids.append(k)
            self.feature_ids.append(ids)
            cand.features = []  # free the strings; ids are kept
        self.labels = _labels(doc, gold, self.candidates)


def _labels(doc, gold: GoldDocument, candidates: list[Candidate]) -> list[int]:
    text = doc.text
    gold_sets, gaps = [], []
    for a in gold.attributions:
        gold_sets.append(set().union(*(_chars(text, *_trim(text, s, e)) for s, e in a.content)))
        parts = sorted(a.content)
        gaps.append({i for (_, e1), (s2, _) in zip(parts, parts[1:]) for i in range(e1, s2)})
    ious = np.zeros((len(candidates), len(gold.attributions)))
    for j, cand in enumerate(candidates):
        cue_start = doc[cand.cue[0]].idx
        cue_end = doc[cand.cue[1] - 1].idx + len(doc[cand.cue[1] - 1])
        cand_chars = None
        for i, a in enumerate(gold.attributions):
            if not a.cue or not any(s < cue_end and cue_start < e for s, e in a.cue):
                continue
            if cand_chars is None:
                cand_chars = _chars(text, *_trim(text, cand.start, cand.end))
            pred = cand_chars - gaps[i]
            if pred and gold_sets[i]:
                ious[j, i] = len(pred & gold_sets[i]) / len(pred | gold_sets[i])
    labels = []
    by_trigger: dict[int, list[int]] = {}
    for j, cand in enumerate(candidates):
        by_trigger.setdefault(cand.trigger.i, []).append(j)
    best_of = np.zeros_like(ious)
    for js in by_trigger.values():
        best = ious[js].max(axis=0)
        for j in js:
            best_of[j] = best
    for j in range(len(candidates)):
        ok = (ious[j] >= 0.5) & (ious[j] >= best_of[j] - 0.05)
        labels.append(int(ok.any()))
    return labels


def _matrix(docs: list[DocCandidates], n_features: int, keep: np.ndarray | None = None):
    rows, cols = [], []
    y = []
    r = 0
    for d in docs:
        for ids, label in zip(d.feature_ids, d.labels):
            for k in ids:
                if keep is None or keep[k]:
                    rows.append(r)
                    cols.append(k)
            y.append(label)
            r += 1
    X = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(r, n_features))
    return X, np.array(y)


def _predict(docs: list[DocCandidates], probabilities: np.ndarray, threshold: float) -> dict[str, list[PredictedQuote]]:
    out = {}
    r = 0
    for d in docs:
        for cand in d.candidates:
            cand.score = float(probabilities[r])
            r += 1
        quotes = []
        for cand in choose(d.candidates, threshold):
            cue_doc = cand.trigger.doc
            cue = (cue_doc[cand.cue[0]].idx, cue_doc[cand.cue[1] - 1].idx + len(cue_doc[cand.cue[1] - 1]))
            speaker = None
            if cand.source is not None:
                np_ = noun_phrase(cand.source)
                speaker = (np_.start_char, np_.end_char)
            quotes.append(PredictedQuote(cand.start, cand.end, speaker, cue))
        out[d.gold.id] = quotes
    return out


def _fit(X, y, c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, solver="liblinear", max_iter=200)
    model.fit(X, y)
    return model


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--output", type=Path, default=OUTPUT)
    ap.add_argument("--c", type=float, help="skip the search: use this regularisation strength")
    ap.add_argument("--threshold", type=float, help="skip the search: use this threshold")
    args = ap.parse_args()

    started = time.time()
    vocab: dict[str, int] = {}
    docs = [DocCandidates(doc, gold, vocab) for doc, gold in parsed("train")]
    counts = np.zeros(len(vocab))
    for d in docs:
        for ids in d.feature_ids:
            counts[ids] += 1
    keep = counts >= MIN_FEATURE_COUNT
    n_cand = sum(len(d.candidates) for d in docs)
    n_pos = sum(sum(d.labels) for d in docs)
    print(f"{len(docs)} articles, {n_cand} candidates ({n_pos} positive), {int(keep.sum())} features; {time.time() - started:.0f}s", file=sys.stderr)

    split = len(docs) * 4 // 5
    fit_docs, pick_docs = docs[:split], docs[split:]
    X_fit, y_fit = _matrix(fit_docs, len(vocab), keep)
    X_pick, _ = _matrix(pick_docs, len(vocab), keep)
    best = (-1.0, None, None)
    for c in (args.c,) if args.c else C_GRID:
        model = _fit(X_fit, y_fit, c)
        probabilities = model.predict_proba(X_pick)[:, 1]
        for threshold in (args.threshold,) if args.threshold else THRESHOLDS:
            report = score_predictions([d.gold for d in pick_docs], _predict(pick_docs, probabilities, threshold), keep_examples=False)
            f1 = report.scores["content"]["f1"]
            attrib = report.scores["attribution"]["f1"]
            if f1 + attrib > best[0]:
                best = (f1 + attrib, c, threshold)
        print(f"C={c}: best so far content+attribution F1 {best[0]:.4f} at C={best[1]} threshold={best[2]}", file=sys.stderr)
    _, c, threshold = best

    X_all, y_all = _matrix(docs, len(vocab), keep)
    model = _fit(X_all, y_all, c)
    names = {k: f for f, k in vocab.items()}
    weights = {names[k]: round(float(w), 5) for k, w in enumerate(model.coef_[0]) if keep[k] and abs(w) >= 1e-4}
    weights["bias"] = round(weights.get("bias", 0.0) + float(model.intercept_[0]), 5)
    payload = {
        "threshold": threshold,
        "info": {
            "trained_on": "PolNeAR train (840 articles)",
            "script": "training/train_attribution.py",
            "C": c,
            "candidates": n_cand,
            "positives": n_pos,
        },
        "weights": dict(sorted(weights.items())),
    }
    args.output.write_text(json.dumps(payload, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.output} ({len(weights)} weights, C={c}, threshold={threshold}); {time.time() - started:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
