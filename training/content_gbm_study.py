"""A non-linear content model, compared by train 5-fold cross-validation (``rerank_study``'s measure).

    python training/content_gbm_study.py --matrix            # the feature matrix, once
    python training/content_gbm_study.py --fold 1   # … --fold 5: one fifth's trees each (run in parallel)
    python training/content_gbm_study.py --narrow gbm_column blend   # variants: VARIANTS below

LightGBM's trees over the content model's own sparse features (the ids ``train_attribution``
encodes, those seen at least ``MIN_COUNT`` times), fitted per fifth on the other four like the
logistic content model, give every candidate an out-of-fold margin (``--fold``; cached under
``.cache/polnear/content-gbm-*``). A variant then uses it — as two more reranker columns, as
the content score itself, or averaged with the logistic log-odds — and fits its five rerankers
and sweeps the decision's thresholds as ``rerank_study.py`` does, on the same cached cue and
content scores (``rerank-study-v2.pkl``), so that its figures compare with ``rerank_study.py base``.
Findings: docs/history/attribution.md, thirteenth session.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import lightgbm
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import rerank_study as rs
import train_attribution as ta
from polnear import CACHE


MIN_COUNT = 50
GBM_PARAMS = {
    "objective": "binary", "learning_rate": 0.15, "num_leaves": 31, "min_data_in_leaf": 20, "feature_fraction": 0.5,
    "lambda_l2": 1.0, "bagging_fraction": 0.5, "bagging_freq": 1, "seed": 0, "deterministic": True, "force_col_wise": True, "num_threads": 1, "verbose": -1,
}  # fmt: skip
GBM_ROUNDS = 200
_MARGIN: dict[int, float] = {}  # id(candidate) -> the trees' out-of-fold margin


def _matrix_path():
    return CACHE / f"content-gbm-matrix-{MIN_COUNT}.npz"


def _margins_path(base: bool, fold: int | None = None):
    tail = "-residual" if base else ""
    tail += f"-fold{fold}" if fold is not None else ""
    return CACHE / f"content-gbm-v1-{MIN_COUNT}-{GBM_ROUNDS}-{GBM_PARAMS['learning_rate']}{tail}.npy"


def _save_matrix(docs, started: float) -> None:
    """The content features seen at least MIN_COUNT times (columns), the labels and each
    article's first row, for the fold processes (``--fold``)."""
    _, _, _, rows, y, ends = ta.stacked(docs)
    n = 1 + max(max(ids, default=0) for ids in rows)
    counts = np.zeros(n)
    for ids in rows:
        counts[ids] += 1
    X = ta._matrix(rows, n, counts >= MIN_COUNT).tocsr()[:, np.flatnonzero(counts >= MIN_COUNT)]
    np.savez(_matrix_path(), data=X.data, indices=X.indices, indptr=X.indptr, shape=X.shape, y=y, ends=ends)
    print(f"{X.shape[0]} candidates, {X.shape[1]} features seen >= {MIN_COUNT} times; {time.time() - started:.0f}s", file=sys.stderr)


def _fold_margins(k: int, base: np.ndarray | None, started: float) -> None:
    """The margins of fifth ``k`` (0-4) from trees fitted on the other four; with ``base``
    (the logistic model's out-of-fold probabilities) the trees boost from its log-odds
    (they learn its residuals) and the margin includes it."""
    from scipy.sparse import csr_matrix

    z = np.load(_matrix_path())
    X = csr_matrix((z["data"], z["indices"], z["indptr"]), shape=tuple(z["shape"]))
    y, ends = z["y"], z["ends"]
    a, b = ta._folds(len(ends) - 1)[k]
    held = slice(ends[a], ends[b])
    init = np.zeros(len(y)) if base is None else _logit(base)
    fit = np.ones(len(y), dtype=bool)
    fit[held] = False
    data = lightgbm.Dataset(X[fit], y[fit], init_score=init[fit], params={"verbose": -1})
    booster = lightgbm.train(GBM_PARAMS, data, num_boost_round=GBM_ROUNDS)
    print(f"  content trees: fifth {k + 1} fitted; {time.time() - started:.0f}s", file=sys.stderr, flush=True)
    np.save(_margins_path(base is not None, k), init[held] + booster.predict(X[held], raw_score=True))
    print(f"  content trees: fifth {k + 1}; {time.time() - started:.0f}s", file=sys.stderr, flush=True)


def _gbm_margins(docs, base: bool) -> np.ndarray:
    """Every candidate's out-of-fold margin, from the fold processes' files."""
    return np.concatenate([np.load(_margins_path(base, k)) for k in range(ta.FOLDS)])


def _gbm_column(cand, group):
    z = _MARGIN[id(cand)]
    return [z, max(_MARGIN[id(c)] for c in group) - z]


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


# name -> (reranker columns, content probabilities from (logistic p, tree margins))
VARIANTS = {
    "base": (rs._columns(), lambda p, m: p),
    "gbm_column": (rs._columns(add=_gbm_column, names=("z_trees", "trees_gap")), lambda p, m: p),
    "gbm_content": (rs._columns(), lambda p, m: _sigmoid(m)),
    "blend": (rs._columns(), lambda p, m: _sigmoid((_logit(p) + m) / 2)),
    "blend_column": (rs._columns(add=_gbm_column, names=("z_trees", "trees_gap")), lambda p, m: _sigmoid((_logit(p) + m) / 2)),
}


def run(name: str, state, margins: np.ndarray, started: float) -> None:
    (rows, features), content = VARIANTS[name]
    rs.evaluate(name, rows, features, state, started, content_p=content(state[3], margins))


def main() -> None:
    global MIN_COUNT, GBM_ROUNDS
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("variants", nargs="*", help=f"any of {sorted(VARIANTS)}")
    ap.add_argument("--min-count", type=int, default=MIN_COUNT)
    ap.add_argument("--rounds", type=int, default=GBM_ROUNDS)
    ap.add_argument("--matrix", action="store_true", help="write the feature matrix for --fold and stop")
    ap.add_argument("--fold", type=int, help="fit the trees of this fifth (1-5), write its margins and stop")
    ap.add_argument("--narrow", action="store_true", help="sweep thresholds 0.2-0.4 only (faster; the base chooses 0.3 / 0.25)")
    ap.add_argument("--residual", action="store_true", help="the trees boost from the logistic model's log-odds")
    ap.add_argument("--rate", type=float, default=GBM_PARAMS["learning_rate"])
    args = ap.parse_args()
    MIN_COUNT, GBM_ROUNDS = args.min_count, args.rounds
    GBM_PARAMS["learning_rate"] = args.rate
    if args.narrow:
        ta.THRESHOLDS = tuple(t for t in ta.THRESHOLDS if 0.2 <= t <= 0.4)
    started = time.time()
    if args.fold is not None:
        base = None
        if args.residual:
            state = rs._state(started)
            base = state[3]
        _fold_margins(args.fold - 1, base, started)
        return
    state = rs._state(started)
    docs = state[0]
    if args.matrix:
        _save_matrix(docs, started)
        return
    margins = _gbm_margins(docs, args.residual)
    _MARGIN.update((id(c), float(m)) for c, m in zip((c for d in docs for c in d.candidates), margins))
    y = np.array([label for d in docs for label in d.labels])
    for label, p in (("logistic", state[3]), ("trees", _sigmoid(margins))):
        p = np.clip(p, 1e-9, 1 - 1e-9)
        print(f"{label}: out-of-fold log loss {-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)):.4f}", file=sys.stderr)
    for name in args.variants:
        run(name, state, margins, started)


if __name__ == "__main__":
    main()
