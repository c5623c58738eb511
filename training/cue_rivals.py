"""The competition between cue words for the same content, as reranker columns (a study).

A content is kept with one cue word: :func:`~newsmine.nlp.attribution.decide.choose` keeps
each cue word's best content, then the best-scoring first, one per content (IoU 0.5). When
two cue words claim (nearly) the same words ('Officials said the senator told donors that …'
offers the that-clause to both verbs), the higher reranked score wins, and the reranker sees
other cue words only through its ``inner`` and ``outer`` columns. These columns describe the
rivals directly; ``rerank_study.py`` compares them (variants ``rivals``, ``rivals_core``,
``pairs``). None gained (docs/history/attribution.md, fifteenth session), so none is in
:mod:`newsmine.nlp.attribution.reranker`; they read offsets, content scores and cue
probabilities only (``pairs`` also the cue words' lemmas), as inference could.
"""

from __future__ import annotations

import math
import sys
from typing import TYPE_CHECKING

import numpy as np
import train_attribution as ta

from newsmine.nlp.attribution import reranker
from newsmine.nlp.attribution.features.bins import LOGIT_LIMIT, logit
from newsmine.nlp.attribution.features.content import short_relation

if TYPE_CHECKING:
    from newsmine.nlp.attribution.candidate import Candidate

_NONE = -LOGIT_LIMIT
# The shipped columns, read before rerank_study.py swaps in a variant's.
_BASE_ROWS = reranker.rerank_rows

# Two contents whose spans (first to last character) overlap this much (IoU) claim the same words.
_RIVAL_IOU = 0.5
RIVAL_FEATURES = (
    "rival_z",  # the best content log-odds among other cue words' candidates claiming this content (-30: none)
    "rival_gap",  # this content's log-odds minus that rival's (0: none)
    "rival_cues",  # how many other cue words claim this content
    "rival_nest",  # where the rival's cue word lies: 1 inside this content, 2 this cue word inside the rival's content, 3 both, 0 neither (-1: none)
    "rival_cue_p",  # the rival's cue filter probability (-1: a colon; -2: none)
    "rival_log_distance",  # characters between the rival's cue word and its content (-1: none)
    "rival_cue_best",  # the best log-odds of the rival's cue word (whether it has a better content elsewhere; -30: none)
)


def rival_sets(groups: list[list[Candidate]]) -> tuple[list[Candidate], np.ndarray, np.ndarray, list[np.ndarray]]:
    """The candidates of ``groups`` in one list, the group of each, their content log-odds,
    and for each the positions of its rivals: the candidates of *other* cue words whose span
    (first to last character) overlaps its span by :data:`_RIVAL_IOU` or more."""
    flat = [cand for group in groups for cand in group]
    owner = np.repeat(np.arange(len(groups)), [len(g) for g in groups])
    z = np.array([logit(c.score) for c in flat])
    start = np.array([c.start for c in flat], dtype=np.int64)
    end = np.array([c.end for c in flat], dtype=np.int64)
    rivals = []
    for k in range(0, len(flat), 512):  # blocks: an article of thousands of candidates stays small in memory
        s, e = start[k : k + 512, None], end[k : k + 512, None]
        inter = np.maximum(0, np.minimum(e, end[None, :]) - np.maximum(s, start[None, :]))
        union = (e - s) + (end - start)[None, :] - inter
        mask = (inter >= _RIVAL_IOU * np.maximum(union, 1)) & (owner[k : k + 512, None] != owner[None, :])
        rivals.extend(np.flatnonzero(row) for row in mask)
    return flat, owner, z, rivals


def rival_columns(groups: list[list[Candidate]]) -> list[list[list[float]]]:
    """For each candidate, the competition for its content between cue words
    (:data:`RIVAL_FEATURES`): its rivals (:func:`rival_sets`) and the best of them by content
    score. The decision keeps one attribution per content, so among cue words claiming
    (nearly) the same words the higher score wins: 'Officials said the senator told donors
    that …' offers the that-clause to both verbs. Reads offsets, content scores and cue
    probabilities only."""
    flat, owner, z, rivals = rival_sets(groups)
    group_best = [max(logit(c.score) for c in g) for g in groups]
    rows = []
    for r, js in enumerate(rivals):
        cand = flat[r]
        if not len(js):
            rows.append([_NONE, 0.0, 0, -1, -2.0, -1.0, _NONE])
            continue
        j = int(js[np.argmax(z[js])])
        other = flat[j]
        nest = int(cand.start <= other.trigger_char < cand.end) + 2 * int(other.start <= cand.trigger_char < other.end)
        t = other.trigger_char
        distance = other.start - t if t < other.start else t - other.end if t >= other.end else 0
        cue_p = -1.0 if math.isnan(other.cue_probability) else other.cue_probability
        rows.append([float(z[j]), float(z[r] - z[j]), len(set(owner[js].tolist())), nest, cue_p, math.log1p(max(distance, 0)), group_best[owner[j]]])
    it = iter(rows)
    return [[next(it) for _ in group] for group in groups]


def rival_variant(keep: tuple[str, ...] = RIVAL_FEATURES):
    """(rows, names): the shipped rows, then the rival columns ``keep``
    (:func:`rival_columns`): the competition between cue
    words for the same content."""
    at = [RIVAL_FEATURES.index(n) for n in keep]

    def rows(groups, relations):
        out = _BASE_ROWS(groups, relations)
        for g_rows, r_rows in zip(out, rival_columns(groups)):
            for row, extra in zip(g_rows, r_rows):
                row.extend(extra[k] for k in at)
        return out

    return rows, reranker.RERANK_FEATURES + tuple(keep)


# The pairwise cue choice (``pairs`` variants): each candidate's article's fifth, and per
# fifth a logistic regression (DictVectorizer, model) fitted on the other four fifths' pairs.
_FIFTH_OF: dict[int, int] = {}
_PAIR_MODELS: list = []
_CTX_OF: dict[int, object] = {}
# The pairwise log-odds of each candidate (its rival is fixed: content scores and the cue filter are).
_PAIR_CACHE: dict[int, float] = {}


def _pair_features(ctx, cand, other) -> dict[str, float]:
    """Which of two cue words claiming the same content is its cue: both lemmas (the content
    model sees one cue word at a time), relations, where each cue word lies against the
    other's content, and sides."""

    def lemma(c):
        return ctx.lemma[c.trigger].lower() if c.trigger >= 0 else c.relation

    def side(c):
        return 0 if c.trigger_char < c.start else 1 if c.trigger_char >= c.end else 2

    lc, lr = lemma(cand), lemma(other)
    rc, rr = short_relation(cand.relation), short_relation(other.relation)
    nest = int(cand.start <= other.trigger_char < cand.end) + 2 * int(other.start <= cand.trigger_char < other.end)
    order = int(cand.trigger_char < other.trigger_char)
    names = [f"l={lc}|{lr}", f"lc={lc}", f"lr={lr}", f"rel={rc}|{rr}", f"nest={nest}", f"lc|nest={lc}|{nest}", f"lr|nest={lr}|{nest}",
             f"rc|nest={rc}|{nest}", f"rr|nest={rr}|{nest}", f"side={side(cand)}|{side(other)}|{order}", f"lc|order={lc}|{order}", f"lr|order={lr}|{order}"]
    return dict.fromkeys(names, 1.0)


def fit_pairs(state) -> None:
    """Out-of-fold pairwise models: for every candidate with rivals (the cue filter's kept
    candidates, :func:`~newsmine.nlp.attribution.rival_sets`), each rival whose label
    differs gives a pair labelled by the candidate's; each fifth's model is fitted on the
    other four fifths' pairs."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    docs, cue_p, cue_threshold, content_p = state
    folds = ta._folds(len(docs))
    pairs: list[list[tuple[dict, int]]] = [[] for _ in folds]
    k = 0
    for n, (d, doc_cue_p, doc_content_p) in enumerate(ta._per_doc(docs, cue_p, content_p)):
        while n >= folds[k][1]:
            k += 1
        label_of = {id(c): y for c, y in zip(d.candidates, d.labels)}
        groups = ta.cue_groups(ta._kept(d, doc_cue_p, cue_threshold, doc_content_p))
        for c in d.candidates:
            _FIFTH_OF[id(c)] = k
            _CTX_OF[id(c)] = d.ctx
        flat, _, _, rivals = rival_sets(groups)
        for r, js in enumerate(rivals):
            y = label_of[id(flat[r])]
            for j in js:
                if label_of[id(flat[j])] != y:
                    pairs[k].append((_pair_features(d.ctx, flat[r], flat[j]), y))
    vectorizer = DictVectorizer().fit([f for fold in pairs for f, _ in fold])
    for k in range(len(folds)):
        train = [p for m, fold in enumerate(pairs) if m != k for p in fold]
        X = vectorizer.transform([f for f, _ in train])
        model = LogisticRegression(C=0.3, max_iter=1000).fit(X, [y for _, y in train])
        _PAIR_MODELS.append((vectorizer, model))
    print(f"pairs per fifth: {[len(p) for p in pairs]}", file=sys.stderr, flush=True)


def pair_rows(groups, relations):
    """The base and rival rows, then the pairwise model's log-odds that this candidate's cue
    word, not its best rival's, is the content's (0: no rival)."""
    out = rival_variant()[0](groups, relations)
    flat, _, z, rivals = rival_sets(groups)
    values = [0.0] * len(flat)
    todo: dict[int, list[tuple[int, dict]]] = {}
    for r, js in enumerate(rivals):
        cand = flat[r]
        if not len(js):
            continue
        known = _PAIR_CACHE.get(id(cand))
        if known is not None:
            values[r] = known
            continue
        other = flat[int(js[np.argmax(z[js])])]
        todo.setdefault(_FIFTH_OF[id(cand)], []).append((r, _pair_features(_CTX_OF[id(cand)], cand, other)))
    for k, items in todo.items():
        vectorizer, model = _PAIR_MODELS[k]
        margins = model.decision_function(vectorizer.transform([f for _, f in items]))
        for (r, _), m in zip(items, margins.tolist()):
            values[r] = _PAIR_CACHE[id(flat[r])] = m
    it = iter(values)
    for g_rows in out:
        for row in g_rows:
            row.append(next(it))
    return out
