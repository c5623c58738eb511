"""Compare reranker variants by train 5-fold cross-validation, the content scores computed once.

    python training/rerank_study.py base no_outer split_margins   # variant names: VARIANTS below

The cue and content models' out-of-fold scores (C=0.1, as ``train_attribution.py --c 0.1``)
are computed once and cached in ``.cache/polnear/rerank-study-v2.pkl``; each variant then fits
its five rerankers (one per fifth, on the other four fifths' out-of-fold scores) and sweeps
the decision's thresholds as ``train_attribution.py`` does, printing the same 5-fold figures.
A variant changes the reranker's columns (:func:`~newsmine.nlp.attribution.reranker.rerank_rows`)
only, so that a column can be tried in minutes instead of a full retrain.

The token-vector variants (``vec8``, ``vec4``, ``cos``, ``vec_margin``, ``cue_vectors``) read
the model's contextual vectors (``doc.tensor``, :mod:`token_vectors`, cached beside the
parses) of a candidate's cue word, content edges, neighbours and source: projected on train's
first principal axes, as cosines, as an out-of-fold logistic regression's log-odds, or
stacked on the cue filter. None gained (docs/history/attribution.md, fourteenth session).

The ``quoted*`` variants (session 61) add the quoted part of a content (its quoted share
binned, where a quotation sits among a mixed content's words, its quoted words binned),
crossed with the cue lexicon and the candidate's rank. Each variant also prints the gold
direct contents right by quotation kind (pure, mixed, unpaired) and by fifth (``DIRECT``);
``--state PATH`` reads or builds the cache elsewhere, ``--rights DIR`` writes which direct
contents each variant got right.
"""

from __future__ import annotations

import argparse
import pickle
from bisect import bisect_left, bisect_right
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_attribution as ta
from polnear import CACHE, parsed

from newsmine.nlp.attribution import reranker
from newsmine.nlp.attribution.features.bins import LOGIT_LIMIT, logit
import token_vectors as tv
import cue_rivals

CONTENT_C = 0.1
STATE = CACHE / "rerank-study-v2.pkl"
# Each candidate's cue margin (id -> log-odds), for the split_margins variant.
_CUE_MARGIN: dict[int, float] = {}


def _state(started: float):
    """(docs, cue probabilities, cue threshold, content probabilities), out of fold; each
    article's ``cue_margins``: its candidates' log-odds from their cue word's features alone
    (intercept included), by its fifth's content model."""
    if STATE.exists():
        with STATE.open("rb") as f:
            state = pickle.load(f)
        _remember_margins(state[0])
        return state
    articles = [ta._context(doc, gold) for doc, gold in parsed("train")]
    cue_vocab, content_vocab = ta.Vocabulary(), ta.Vocabulary()
    docs = [ta.DocCandidates(ctx, gold, None, cue_vocab, content_vocab) for ctx, gold in articles]
    print(f"{len(docs)} articles; {time.time() - started:.0f}s", file=sys.stderr)
    n_cue, n_content = len(cue_vocab.ids), len(content_vocab.ids)
    cue_rows, cue_y, cue_ends, content_rows, content_y, content_ends = ta.stacked(docs)
    folds = ta._folds(len(docs))
    cue_keep, content_keep = ta._frequent(cue_rows, n_cue), ta._frequent(content_rows, n_content)
    cue_p, _ = ta._out_of_fold(ta._matrix(cue_rows, n_cue, cue_keep), cue_y, cue_ends, 0.2, folds, started, "cue")
    cue_threshold = ta._cue_threshold(cue_p, cue_y)
    X = ta._matrix(content_rows, n_content, content_keep)
    content_p, models = ta._out_of_fold(X, content_y, content_ends, CONTENT_C, folds, started, "content")
    shared_rows = [ids[:n] for d in docs for ids, n in zip(d.content_ids, d.shared_sizes)]
    shared = ta._matrix(shared_rows, n_content, content_keep)
    for (a, b), model in zip(folds, models):
        rows = slice(content_ends[a], content_ends[b])
        margins = shared[rows] @ model.coef_[0] + model.intercept_[0]
        starts = np.cumsum([0] + [len(d.candidates) for d in docs[a:b]])
        for d, s, e in zip(docs[a:b], starts, starts[1:]):
            d.cue_margins = margins[s:e].tolist()
    _remember_margins(docs)
    state = (docs, cue_p, cue_threshold, content_p)
    try:
        with STATE.open("wb") as f:
            pickle.dump(state, f, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as error:  # a cache only: the run goes on without it
        STATE.unlink(missing_ok=True)
        print(f"not cached: {error}", file=sys.stderr)
    return state


def _remember_margins(docs) -> None:
    _CUE_MARGIN.update((id(cand), m) for d in docs for cand, m in zip(d.candidates, d.cue_margins))


_BASE_ROWS = reranker.rerank_rows
_BASE_FEATURES = reranker.RERANK_FEATURES


def _columns(drop: tuple[str, ...] = (), add=None, names: tuple[str, ...] = ()):
    """A variant: the base columns without ``drop``, then ``add(cand, group) -> list`` named ``names``."""
    keep = [k for k, n in enumerate(_BASE_FEATURES) if n not in drop]

    def rows(groups, relations):
        out = _BASE_ROWS(groups, relations)
        if not drop and add is None:
            return out
        return [[[row[k] for k in keep] + (add(cand, group) if add else []) for cand, row in zip(group, g_rows)] for group, g_rows in zip(groups, out)]

    return rows, tuple(_BASE_FEATURES[k] for k in keep) + names


def _margins(cand, group):
    margin = _CUE_MARGIN[id(cand)]
    return [margin, logit(cand.score) - margin]


def _outer_holds(groups, relations):
    """The base rows, then whether the best content of the cue that holds this cue word
    (the ``outer`` column's) holds this candidate's content whole (1), not (0), or there is
    none (-1): a nested attribution ('aides told … that the governor had assured donors
    that "…"') against a cue word inside another's content whose content reaches out."""
    out = _BASE_ROWS(groups, relations)
    tops = reranker.CueTops(groups)
    for group, ranked, g_rows in zip(groups, tops.ranked, out):
        trigger_char = ranked[0].trigger_char
        window = tops.by_start[bisect_left(tops.starts, trigger_char - tops.longest) : bisect_right(tops.starts, trigger_char)]
        holders = [(z, top) for char, z, top in window if char != trigger_char and trigger_char < top.end]
        holder = max(holders, key=lambda t: t[0])[1] if holders else None
        for cand, row in zip(group, g_rows):
            row.append(-1 if holder is None else int(holder.start <= cand.start and cand.end <= holder.end))
    return out


def _contrast_rows(groups, relations):
    """The base rows, then this cue's best log-odds against the cue holding it (``outer``)
    and the best cue word inside this content against this content (``inner``), as
    differences (0: none): what trees otherwise approximate with many splits."""
    out = _BASE_ROWS(groups, relations)
    names = list(_BASE_FEATURES)
    z, z_best, inner, outer = (names.index(n) for n in ("z", "z_best", "inner", "outer"))
    none = -LOGIT_LIMIT
    for g_rows in out:
        for row in g_rows:
            row.append(0.0 if row[outer] == none else row[z_best] - row[outer])
            row.append(0.0 if row[inner] == none else row[inner] - row[z])
    return out


# Each candidate's token-vector columns (id -> (projections, cosines)), for the vector variants.
_VECTORS: dict[int, tuple[list[float], list[float]]] = {}
PCA_DIMS = 8


def _principal_axes(tensors: list[np.ndarray], dims: int) -> tuple[np.ndarray, np.ndarray]:
    """The mean and first ``dims`` principal axes of train's token vectors (unsupervised, so
    fitted on all of train: no labels cross the folds)."""
    sample = np.vstack(tensors)
    sample = sample[np.random.default_rng(0).permutation(len(sample))[:200_000]]
    mean = sample.mean(axis=0)
    _, _, vt = np.linalg.svd(sample - mean, full_matrices=False)
    return mean, vt[:dims]


def _remember_vectors(docs) -> None:
    """Each candidate's role vectors projected on train's principal axes, and their cosines."""
    if _VECTORS:
        return
    tensors = tv.tensors("train")
    mean, axes = _principal_axes(tensors, PCA_DIMS)
    for d, tensor in zip(docs, tensors):
        if not d.candidates:
            continue
        vectors = tv.role_vectors(d.doc, tensor, d.candidates)
        projected = (vectors - mean) @ axes.T  # candidates x roles x dims
        cosines = tv.similarities(vectors)
        for cand, p, c in zip(d.candidates, projected, cosines):
            _VECTORS[id(cand)] = (p, c.tolist())


_VECTOR_MARGIN: dict[int, float] = {}


def _remember_vector_margins(docs) -> None:
    """Each candidate's out-of-fold log-odds from a logistic regression over its raw role
    vectors and cosines alone (each fifth scored by a model fitted on the other four), the
    content model's scores stacked the same way."""
    tensors = tv.tensors("train")
    rows, labels, ids = [], [], []
    for d, tensor in zip(docs, tensors):
        if not d.candidates:
            continue
        vectors = tv.role_vectors(d.doc, tensor, d.candidates)
        rows.append(np.hstack([vectors.reshape(len(vectors), -1), tv.similarities(vectors)]).astype(np.float32))
        labels.extend(d.labels)
        ids.extend(id(c) for c in d.candidates)
    margins = _stacked_margins(np.vstack(rows), np.array(labels), [len(d.candidates) for d in docs], max_iter=300)
    _VECTOR_MARGIN.update(zip(ids, margins.tolist()))


def _stacked_margins(X: np.ndarray, y: np.ndarray, sizes: list[int], max_iter: int = 500) -> np.ndarray:
    """Out-of-fold log-odds of a logistic regression (C=0.05, standardised columns) over rows
    ``X`` of the articles whose row counts are ``sizes``: each fifth by a model fitted on the
    other four, as the content scores are."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    ends = np.cumsum([0] + list(sizes))
    margins = np.zeros(len(y))
    for a, b in ta._folds(len(sizes)):
        held = np.zeros(len(y), dtype=bool)
        held[ends[a] : ends[b]] = True
        scaler = StandardScaler().fit(X[~held])
        model = LogisticRegression(C=0.05, max_iter=max_iter).fit(scaler.transform(X[~held]), y[~held])
        margins[held] = model.decision_function(scaler.transform(X[held]))
    return margins


def _cue_vector_state(state):
    """The state with the cue filter's probabilities replaced by a stacked logistic
    regression's (out of fold, each fifth by a model fitted on the other four) over the cue
    model's log-odds and the cue word's own token vector, and its threshold re-chosen."""
    from sklearn.metrics import roc_auc_score

    docs, cue_p, _, content_p = state
    tensors = tv.tensors("train")
    width = tensors[0].shape[1]
    vectors = np.vstack([tensor[d.cue_words] if d.cue_words else np.zeros((0, width)) for d, tensor in zip(docs, tensors)])
    y = np.array([label for d in docs for label in d.cue_labels])
    logit = np.log(np.clip(cue_p, 1e-6, 1 - 1e-6) / (1 - np.clip(cue_p, 1e-6, 1 - 1e-6)))
    X = np.hstack([logit[:, None], vectors])
    stacked_p = 1.0 / (1.0 + np.exp(-_stacked_margins(X, y, [len(d.cue_words) for d in docs])))
    threshold = ta._cue_threshold(stacked_p, y)
    kept_old, kept_new = (cue_p >= state[2]).sum(), (stacked_p >= threshold).sum()
    print(f"cue filter AUC {roc_auc_score(y, cue_p):.4f} -> {roc_auc_score(y, stacked_p):.4f}; at recall {ta.CUE_RECALL} "
          f"it keeps {kept_old} -> {kept_new} of {len(y)} cue words", file=sys.stderr, flush=True)
    return docs, stacked_p, threshold, content_p


def _vector_margin(cand, group):
    own = _VECTOR_MARGIN[id(cand)]
    return [own, own - max(_VECTOR_MARGIN[id(c)] for c in group)]


def _vector_columns(dims: int, roles: tuple[str, ...] = tv.ROLES, cosines: bool = False, project: bool = True):
    keep = [tv.ROLES.index(r) for r in roles]
    names = tuple(f"v_{r}_{k}" for r in roles for k in range(dims)) if project else ()
    if cosines:
        names += ("cos_last_after", "cos_before_first", "cos_cue_first", "cos_cue_last", "cos_source_first")

    def add(cand, group):
        p, c = _VECTORS[id(cand)]
        out = p[keep, :dims].ravel().tolist() if project else []
        return out + c if cosines else out

    return _columns(add=add, names=names)


# The rival columns and a pairwise cue-word model's score (fifteenth session).
_PAIRS = (cue_rivals.pair_rows, _BASE_FEATURES + cue_rivals.RIVAL_FEATURES + ("pair_z",))
VARIANTS = {
    "contrasts": (_contrast_rows, _BASE_FEATURES + ("best_over_outer", "inner_over_z")),
    "outer_holds": (_outer_holds, _BASE_FEATURES + ("outer_holds",)),
    "base": _columns(),
    # The competition between cue words for the same content (fifteenth session).
    "rivals": cue_rivals.rival_variant(),
    "rivals_core": cue_rivals.rival_variant(("rival_z", "rival_gap", "rival_nest")),
    "rivals_seed1": cue_rivals.rival_variant(),
    "rivals_seed2": cue_rivals.rival_variant(),
    "pairs": _PAIRS,
    "pairs_seed1": _PAIRS,
    "pairs_seed2": _PAIRS,
    "no_inner": _columns(drop=("inner",)),
    "no_outer": _columns(drop=("outer",)),
    "no_nesting": _columns(drop=("inner", "outer")),
    "split_margins": _columns(add=_margins, names=("z_cue", "z_own")),
    "bagging": _columns(),
    "smoother_leaves": _columns(),
    # Token vectors (:mod:`token_vectors`): role vectors on PCA_DIMS principal axes (8 or 4
    # of them), cosines between roles, a vector-only logistic regression's log-odds; and
    # the base columns over a cue filter stacked with the cue word's vector.
    "vec8": _vector_columns(8),
    "vec4": _vector_columns(4),
    "cos": _vector_columns(0, cosines=True, project=False),
    "vec_margin": _columns(add=_vector_margin, names=("z_vectors", "z_vectors_gap")),
    "cue_vectors": _columns(),
    "base_seed1": _columns(),
    "vec4_seed1": _vector_columns(4),
    "base_seed2": _columns(),
}
# Variants that change LightGBM's parameters (the base columns).
PARAMS = {
    "bagging": {"bagging_fraction": 0.8, "bagging_freq": 1, "feature_fraction": 0.8},
    "smoother_leaves": {"min_data_in_leaf": 100, "lambda_l2": 5.0},
    # Another seed (feature_fraction samples columns): how much of a difference is the trees' chance.
    "base_seed1": {"seed": 1},
    "vec4_seed1": {"seed": 1},
    "rivals_seed1": {"seed": 1},
    "rivals_seed2": {"seed": 2},
    "pairs_seed1": {"seed": 1},
    "pairs_seed2": {"seed": 2},
    "base_seed2": {"seed": 2},
}
_BASE_PARAMS = dict(ta.RERANK_PARAMS)


# --- The quoted part as reranker columns (session 61, helper rerank61) ------------------------
# Mixed contents (reported words around a quoted phrase: 'called the plan "a disaster in
# waiting"') are most of the direct misses; retrain60 gave the content model templates of the
# quoted part (where the quotation sits, its words) and found noise. These variants give the
# same values to the reranker, where trees can cross them with the content score, the cue's
# other contents and whether the cue lemma is in the cue lexicon (the weak verbs and nouns).
_QUOTED: dict[int, tuple[int, int, int, int]] = {}  # id(cand) -> (q_bin, q_place, q_words, lex)
_PLACES = {"open": 0, "close": 1, "both": 2, "inside": 3, "several": 4}  # -1: no quoted part


def _quoted_part(ctx, cand) -> tuple[int, int, int]:
    """(quoted share bin: 0 none, 1 some, 2 most, 3 all; where the quotation sits among the
    content's words, for a content with words both inside and outside quotation marks (a
    :data:`_PLACES` code, -1 otherwise); its quoted words binned: 0, 1, 2, 3-4, 5-8, 9+ as
    0-5). Only the tokens of the content's parts count (retrain60's ``quoted_part``)."""
    share = cand.quoted_share
    q_bin = 0 if share == 0 else 1 if share < 0.5 else 2 if share < 0.9 else 3
    if share <= 0.0:
        return q_bin, -1, 0
    idx, punct, quote_of = ctx.idx, ctx.punct, ctx.quote_of
    first = max(bisect_right(idx, cand.start) - 1, 0)
    last = max(first, bisect_right(idx, cand.end - 1) - 1)
    parts = cand.parts
    inside = outside = 0
    first_in = last_in = None
    stretches: set[int] = set()
    for j in range(first, last + 1):
        if punct[j] or not (len(parts) == 1 or any(s <= idx[j] < e for s, e in parts)):
            continue
        k = quote_of[j]
        first_in = k >= 0 if first_in is None else first_in
        last_in = k >= 0
        if k >= 0:
            inside += 1
            stretches.add(k)
        else:
            outside += 1
    words = 0 if not inside else 1 if inside < 2 else 2 if inside < 3 else 3 if inside < 5 else 4 if inside < 9 else 5
    if not inside or not outside:
        return q_bin, -1, words
    if len(stretches) > 1:
        place = "several"
    else:
        place = "both" if first_in and last_in else "open" if first_in else "close" if last_in else "inside"
    return q_bin, _PLACES[place], words


def _remember_quoted(docs) -> None:
    """Each candidate's quoted part and whether its cue lemma is in the cue lexicon (-1: a
    colon, a dash or no cue word)."""
    if _QUOTED:
        return
    from newsmine.nlp import lexicons

    cues = lexicons.load("cues")
    for d in docs:
        for cand in d.candidates:
            lex = -1 if cand.trigger < 0 or cand.relation in ("colon", "dash") else int(d.ctx.lemma[cand.trigger] in cues)
            _QUOTED[id(cand)] = (*_quoted_part(d.ctx, cand), lex)


def _quoted_columns(names: tuple[str, ...]):
    """A variant: the base columns, then the quoted part's ``names``: ``q_bin``, ``q_place``,
    ``q_words`` and ``lex`` as :func:`_remember_quoted` keeps them; ``q_place_lex``, the place
    crossed with the lexicon (``(place + 1) * 2 + lex``, -1 without a cue lemma);
    ``q_place_rank``, the place crossed with the candidate's rank among its cue's contents
    (``(place + 1) * 4 + min(rank, 3)``); ``q_best``, the quoted share bin of the cue's best
    content; ``q_most``, whether this content has its cue's largest quoted share (ties too)."""
    rank_at = _BASE_FEATURES.index("rank")

    def rows(groups, relations):
        out = _BASE_ROWS(groups, relations)
        for group, g_rows in zip(groups, out):
            best = max(group, key=lambda c: c.score)
            most = max(c.quoted_share for c in group)
            for cand, row in zip(group, g_rows):
                q_bin, place, words, lex = _QUOTED[id(cand)]
                value = {
                    "q_bin": q_bin, "q_place": place, "q_words": words, "lex": lex,
                    "q_place_lex": -1 if lex < 0 else (place + 1) * 2 + lex,
                    "q_place_rank": (place + 1) * 4 + min(int(row[rank_at]), 3),
                    "q_best": _QUOTED[id(best)][0], "q_most": int(cand.quoted_share == most),
                }  # fmt: skip
                row.extend(value[n] for n in names)
        return out

    return rows, _BASE_FEATURES + names


_QUOTED_VARIANTS = {
    "quoted": ("q_bin", "q_place", "q_words"),
    "quoted_lex": ("q_bin", "q_place", "q_words", "lex", "q_place_lex"),
    "quoted_rank": ("q_bin", "q_place", "q_words", "q_place_rank"),
    "quoted_all": ("q_bin", "q_place", "q_words", "lex", "q_place_lex", "q_place_rank", "q_best", "q_most"),
    "lex_only": ("lex",),  # the control: the lexicon without the quoted part
}
for _name, _names in _QUOTED_VARIANTS.items():
    VARIANTS[_name] = VARIANTS[f"{_name}_seed1"] = _quoted_columns(_names)
    PARAMS[f"{_name}_seed1"] = {"seed": 1}


# Where _direct_split writes which gold direct contents each variant got right (--rights).
RIGHTS: Path | None = None


def _direct_split(cv, threshold: float, quoted: float, name: str) -> None:
    """Print the gold direct contents attributed right (matched, and the source right as the
    shared scorer counts it) by quotation kind (``direct_errors.quotation_kind``: pure, mixed,
    unpaired) and by fifth; with ``--rights DIR``, write which were right (article id, gold
    index, kind) to ``DIR/<name>.right.json``, for comparing variants content by content."""
    import json
    from collections import Counter

    from direct_errors import quotation_kind
    from newsmine.evaluate import _greedy_match, _overlap, gold_chars, gold_gaps, is_direct, span_chars
    from newsmine.nlp.quote_marks import find_quoted

    right, total, by_fold, right_ids = Counter(), Counter(), Counter(), []
    fold_of = {}
    for f, (a, b) in enumerate(cv.folds):
        fold_of.update((k, f) for k in range(a, b))
    for k, (d, kept, scores) in enumerate(cv._scored()):
        for cand, score in zip(kept, scores):
            cand.score = score
        gold, text = d.gold, d.gold.text
        preds = [q for q in ta._decided(d, kept, threshold, quoted) if 0 <= q.start < q.end <= len(text)]
        marks = [(m.start, m.end) for m in find_quoted(text)]
        kinds = {i: quotation_kind(text, a.content, marks) for i, a in enumerate(gold.attributions) if is_direct(text, a)}
        total.update(kinds.values())
        attributions = gold.attributions
        pairs = _greedy_match([gold_chars(text, g) for g in attributions], [span_chars(text, q.start, q.end) for q in preds],
                              [gold_gaps(g) for g in attributions], lenient=False)
        for _, i, j in pairs:
            if i not in kinds:
                continue
            g, q = attributions[i], preds[j]
            ok = (q.speaker is not None and _overlap([q.speaker], g.source)) if g.source else q.speaker is None
            if ok:
                right[kinds[i]] += 1
                by_fold[fold_of[k]] += 1
                right_ids.append(f"{gold.id}#{i}#{kinds[i]}")
    print(f"DIRECT {name}: right {sum(right.values())} of {sum(total.values())}; " + ", ".join(
        f"{kind} {right[kind]} of {total[kind]}" for kind in sorted(total)) + "; by fifth " +
        " ".join(str(by_fold[f]) for f in range(len(cv.folds))), file=sys.stderr, flush=True)
    if RIGHTS is not None:
        RIGHTS.mkdir(parents=True, exist_ok=True)
        (RIGHTS / f"{name}.right.json").write_text(json.dumps(sorted(right_ids)))
# --- end of the quoted part --------------------------------------------------------------------


# --- The cue filter's recall (sixteenth session, helper cuerecall) ---------------------------
# The cue filter keeps the cue words whose out-of-fold probability reaches the threshold
# keeping ta.CUE_RECALL (0.97) of the true cue words; a word it drops never gets a candidate,
# so the reranker cannot choose it (193 of train's 703 wrong-cue contents in the fifteenth
# session). These variants re-choose that threshold at another recall, the base columns
# otherwise: more cue words, more candidates to choose among (and, below 0.97, fewer: faster).
CUE_RECALLS = {"cue95": 0.95, "cue96": 0.96, "cue975": 0.975, "cue98": 0.98, "cue985": 0.985, "cue99": 0.99, "cue995": 0.995}
for _name in CUE_RECALLS:
    VARIANTS[_name] = VARIANTS[f"{_name}_seed1"] = _columns()
    PARAMS[f"{_name}_seed1"] = {"seed": 1}


def _cue_recall_state(name: str, state):
    """The state with the cue threshold re-chosen at the variant's recall (``cue98_seed1``:
    that of ``cue98``); printed: the words and candidates it lets through against the base
    threshold's, and the true cue words among them."""
    recall = CUE_RECALLS.get(name.removesuffix("_seed1"))
    if recall is None:
        return state
    docs, cue_p, base_threshold, content_p = state
    y = np.array([label for d in docs for label in d.cue_labels])
    threshold = ta._cue_threshold(cue_p, y, recall)

    def candidates(t: float) -> str:
        """The cue words' candidates the threshold lets through (right ones in brackets)."""
        kept = right = 0
        for d, doc_cue_p, _ in ta._per_doc(docs, cue_p, content_p):
            passing = {i for i, p in zip(d.cue_words, doc_cue_p) if p >= t}
            for cand, label in zip(d.candidates, d.labels):
                if cand.fixed_score is None and cand.relation not in ("colon", "dash") and cand.trigger in passing:
                    kept, right = kept + 1, right + label
        return f"{kept} ({right})"

    print(f"{name}: cue threshold {base_threshold} -> {threshold}; words kept {(cue_p >= base_threshold).sum()} -> "
          f"{(cue_p >= threshold).sum()} of {len(y)} (true {(cue_p[y == 1] >= base_threshold).sum()} -> "
          f"{(cue_p[y == 1] >= threshold).sum()} of {int(y.sum())}); cue-word candidates {candidates(base_threshold)} -> "
          f"{candidates(threshold)}", file=sys.stderr, flush=True)
    return docs, cue_p, threshold, content_p
# --- end of the cue filter's recall ------------------------------------------------------------


def run(name: str, state, started: float) -> None:
    rows, features = VARIANTS[name]
    evaluate(name, rows, features, state, started, PARAMS.get(name, {}))


def evaluate(name: str, rows, features: tuple[str, ...], state, started: float, params: dict | None = None, content_p=None) -> None:
    """Print the 5-fold figures of a reranker over ``rows`` (named ``features``), with LightGBM
    ``params`` over the base ones, on the state's content scores or ``content_p``."""
    reranker.rerank_rows = ta.rerank_rows = rows
    reranker.RERANK_FEATURES = ta.RERANK_FEATURES = features
    ta.RERANK_PARAMS = {**_BASE_PARAMS, **(params or {})}
    docs, cue_p, cue_threshold, state_content_p = state
    cv = ta.CrossValidation(docs, cue_p, cue_threshold, state_content_p if content_p is None else content_p, "reranker")
    _, threshold, _ = ta._best_threshold(cv, name)
    quoted, scores = ta._quoted_threshold(cv, threshold)
    _direct_split(cv, threshold, quoted, name)
    print(f"RESULT {name}: thresholds {threshold} / {quoted}; train, 5-fold: content F1 {scores['content']['f1']}, "
          f"attribution F1 {scores['attribution']['f1']}, direct attribution recall {scores['direct_attrib_recall']}, "
          f"source accuracy {scores['source_accuracy_on_matched']}; {time.time() - started:.0f}s", file=sys.stderr, flush=True)


def main() -> None:
    global STATE, RIGHTS
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("variants", nargs="+", choices=sorted(VARIANTS))
    ap.add_argument("--state", type=Path, default=None,
                    help=f"the cached out-of-fold scores (default {STATE}; built there when missing)")
    ap.add_argument("--rights", type=Path, default=None, help="write each variant's right direct contents to DIR/<variant>.right.json")
    args = ap.parse_args()
    RIGHTS = args.rights
    if args.state is not None:  # another cache: never rebuild the shared one by accident
        STATE = args.state
    started = time.time()
    state = _state(started)
    if any(name.startswith(("vec", "cos")) and name != "vec_margin" for name in args.variants):
        _remember_vectors(state[0])
        print(f"token vectors of {len(_VECTORS)} candidates; {time.time() - started:.0f}s", file=sys.stderr)
    if any(name.startswith("pairs") for name in args.variants):
        cue_rivals.fit_pairs(state)
    if any(name in VARIANTS and name.removesuffix("_seed1") in _QUOTED_VARIANTS for name in args.variants):
        _remember_quoted(state[0])
    if "vec_margin" in args.variants:
        _remember_vector_margins(state[0])
    for name in args.variants:
        run(name, _cue_vector_state(state) if name == "cue_vectors" else _cue_recall_state(name, state), started)


if __name__ == "__main__":
    main()
