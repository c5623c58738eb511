"""Train the attribution models on PolNeAR train.

    pip install '.[train]'                      # scikit-learn
    python training/train_attribution.py        # writes src/newsmine/nlp/models/attribution-v1.json

Reads only ``../shared/benchmarks/polnear/train`` (beside the repository). Every choice is
made by 5-fold cross-validation over all of train (its articles in file order, in fifths):
each fifth is scored by cue and content models fitted on the other four (out of fold). The
cue filter's threshold is the highest keeping CUE_RECALL of the true cue words among the
out-of-fold cue probabilities. For each regularisation strength of C_GRID, a reranker (LightGBM
trees, ``RERANK_PARAMS``; or with ``--linear-choice`` the linear choice model) per fifth is
fitted on the other four fifths' out-of-fold content scores, and the decision
(the same ``decide`` as inference, orphan quotations and filters included) runs on every
fifth with its own models; C and the decision's threshold are the best content +
attribution F1 (the shared scorer's definitions) over all 840 articles. The quotation
threshold (the decision's threshold for contents that are mostly quotation) is then the
best content + attribution F1 among those whose direct-quote attribution recall is within
DIRECT_RECALL_SLACK of the best any reaches. (Until the eighth session C and thresholds
were chosen on train's last fifth alone, 168 articles, and did not carry to dev.) The
confidence model is fitted on the quotes the models of the first four fifths find in the
last (right: the content matches a gold one and the speaker is right). Then the cue and
content models are refitted on all of train and the reranker on all the out-of-fold
content scores (``--held-out-model`` writes the first four fifths' models instead, for
development on train's last fifth). The file records the versions, the feature templates
and the cross-validated figures. Deterministic: the same data gives the same file.

Labels. A candidate (cue word, content proposal) is positive when a gold attribution has a
cue overlapping the candidate's cue and a content matching the candidate's (IoU >= 0.5 as
the scorer measures it) — and, among the cue word's proposals matching that gold, it is one
of the best (within 0.05 IoU of the best), so that the model learns to prefer exact
contents. A word is a true cue word when one of its candidates is positive.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from importlib.metadata import version
from pathlib import Path

import lightgbm
import numpy as np
import sklearn
import spacy
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cue_lexicon import LemmaCounts, fold_rates, lexicon_features, rate_bin
from polnear import REPO, attribution_right, content_iou, gold_contents, gold_trigger, parsed, predicted_quotes, prepare, source_right

from newsmine.evaluate import GoldDocument, PredictedQuote, score_predictions, span_chars
from newsmine.nlp.attribution import (
    FEATURE_SET,
    AttributionModel,
    Candidate,
    DocContext,
    LinearScorer,
    confidence_features,
    cue_features,
    decide,
    doc_text,
    feature_template,
    find_candidates,
    is_trigger,
    noun_phrase,
    subject_of,
)
from newsmine.nlp.attribution.decide import cue_groups, rescore
from newsmine.nlp.attribution.features import choice_features, no_source_features, source_features
from newsmine.nlp.attribution.features.content import short_relation
from newsmine.nlp.attribution.reranker import RERANK_FEATURES, BoostedScorer, rerank, rerank_rows
from newsmine.nlp.attribution.sources import choose_source, source_options
from newsmine.nlp import lexicons
from newsmine.nlp.model import DEFAULT_MODEL
from newsmine.nlp.quote_marks import find_quoted
from newsmine.nlp.quotes import find_quotes

OUTPUT = REPO / "src" / "newsmine" / "nlp" / "models" / "attribution-v1.json"
MIN_FEATURE_COUNT = 2
CUE_RECALL = 0.97
C_GRID = (0.1, 0.2)
SOURCE_C_GRID = (0.1, 0.3, 1.0, 3.0)
CHOICE_C = 1.0
# How much direct-quote attribution recall (on train's first four fifths, scored out of fold)
# the quotation threshold may give up, against the best any threshold reaches, for F1.
DIRECT_RECALL_SLACK = 0.005
# The reranker's trees (LightGBM): a few hundred small trees, seeded and deterministic on one
# thread, so that the same data gives the same file.
RERANK_PARAMS = {
    "objective": "binary", "learning_rate": 0.05, "num_leaves": 15, "min_data_in_leaf": 40, "feature_fraction": 0.9,
    "lambda_l2": 1.0, "use_missing": False, "seed": 0, "deterministic": True, "force_row_wise": True, "num_threads": 1, "verbose": -1,
}  # fmt: skip
RERANK_ROUNDS = 300
THRESHOLDS = tuple(round(x, 3) for x in np.arange(0.15, 0.61, 0.025))


class Vocabulary:
    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def encode(self, features: list[str]) -> list[int]:
        ids = self.ids
        out = []
        for f in features:
            k = ids.get(f)
            if k is None:
                k = ids[f] = len(ids)
            out.append(k)
        return out

    def names(self) -> list[str]:
        names = [""] * len(self.ids)
        for f, k in self.ids.items():
            names[k] = f
        return names


class DocCandidates:
    """One article's cue words and candidates: feature ids and labels."""

    def __init__(self, ctx: DocContext, gold: GoldDocument, source: LinearScorer | None, cue_vocab: Vocabulary, content_vocab: Vocabulary):
        self.doc = doc = ctx.doc
        self.gold = gold
        self.ctx = ctx
        self.candidates: list[Candidate] = find_candidates(ctx, None, source)
        self.content_ids = [content_vocab.encode(c.shared + c.features) for c in self.candidates]
        # How many of each row's ids are the cue word's (the shared part of its margin).
        self.shared_sizes = [len(c.shared) for c in self.candidates]
        for cand in self.candidates:
            cand.values = cand.shared_values = []  # free the feature values; the ids are kept
        self.labels = _labels(doc, gold, self.candidates)
        positive = {c.trigger for c, label in zip(self.candidates, self.labels) if label}
        self.cue_words = [i for i in range(ctx.n) if is_trigger(ctx, i)]
        self.cue_ids = [cue_vocab.encode(cue_features(ctx, i)) for i in self.cue_words]
        self.cue_labels = [int(i in positive) for i in self.cue_words]


def _cue_class(ctx: DocContext, t: int) -> str:
    """The class a cue lemma's rate is smoothed toward: in the cue lexicon or not, and its part of speech."""
    return f"class:{ctx.lemma[t] in lexicons.load('cues')}|{ctx.pos[t]}"


def _lexicon_counts(d: DocCandidates) -> LemmaCounts:
    """An article's cue words counted by lemma (:class:`cue_lexicon.LemmaCounts`): cue of a gold
    content when one of its candidates is positive, of a quoted one when that candidate holds a
    quotation mark."""
    quoted = {c.trigger for c, label in zip(d.candidates, d.labels) if label and c.quoted_share > 0}
    counts = LemmaCounts()
    for i, label in zip(d.cue_words, d.cue_labels):
        near = i in quoted or bool(d.ctx.stretches_in_sent.get(d.ctx.sent_of[i]))
        counts.add(d.ctx.lemma[i], _cue_class(d.ctx, i), bool(label), near, i in quoted)
    return counts


def add_lexicon_features(docs: list[DocCandidates], folds: list[tuple[int, int]], vocab: Vocabulary) -> None:
    """``--cue-lexicon``: each candidate of a cue word gets :func:`cue_lexicon.lexicon_features`
    from the rates of its lemma in the other fifths (colons, dashes and the fixed-score kinds
    none: they have no cue lemma)."""
    rates = fold_rates([_lexicon_counts(d) for d in docs], folds)
    for d, counts in zip(docs, rates):
        ctx = d.ctx
        for cand, ids in zip(d.candidates, d.content_ids):
            if cand.relation in ("colon", "dash") or cand.fixed_score is not None:
                continue
            t = cand.trigger
            any_rate, quoted_rate = counts.rates(ctx.lemma[t], _cue_class(ctx, t))
            share = cand.quoted_share
            qb = "none" if share == 0 else "some" if share < 0.5 else "most" if share < 0.9 else "all"
            ids.extend(vocab.encode(lexicon_features(rate_bin(any_rate), rate_bin(quoted_rate), qb, short_relation(cand.relation))))


def _context(doc, gold: GoldDocument) -> tuple[DocContext, GoldDocument]:
    """An article as the quotes component sees it: prepared (byline, entities) and read once."""
    prepare(doc)  # what runs before the quotes component (the decision reads the byline)
    text = doc_text(doc)
    return DocContext(doc, find_quoted(text), text), gold


def _source_rows(articles: list[tuple[DocContext, GoldDocument]], vocab: Vocabulary) -> tuple[list[list[int]], list[int]]:
    """One row per gold cue's options ('none' and each noun phrase near it); positive when
    the option's noun phrase overlaps the gold Source (or 'none' when there is none)."""
    rows, labels = [], []
    for ctx, gold in articles:
        doc = ctx.doc
        for a in gold.attributions:
            if not a.cue:
                continue
            i = gold_trigger(doc, a.cue)
            rule = subject_of(ctx, i)
            rows.append(vocab.encode(no_source_features(ctx, i, rule)))
            labels.append(int(not a.source))
            options = source_options(ctx, i, rule)
            anchor = _source_anchor(doc, options, rule, a.source)
            for n, j in enumerate(options):
                rows.append(vocab.encode(source_features(ctx, i, j, rule, n == 0)))
                labels.append(int(j == anchor))
    return rows, labels


def _source_anchor(doc, options: list[int], rule: int, gold_source: list[tuple[int, int]] | None) -> int:
    """The one option that is the gold Source (-1: none): the grammar's pick when its noun
    phrase overlaps the gold span, else the overlapping option whose noun phrase covers the
    gold span best. Other options inside the span ('prosecutor' in 'Former prosecutor and
    Mayor Rudy Giuliani') count as wrong: the scorer would take them, but the speaker they
    give resolves worse than the phrase's head."""
    if not gold_source:
        return -1
    if rule >= 0 and source_right(doc, rule, gold_source):
        return rule
    gold = {k for s, e in gold_source for k in range(s, e)}
    best, best_iou = -1, 0.0
    for j in options:
        phrase = noun_phrase(doc[j])
        chars = set(range(phrase.start_char, phrase.end_char))
        iou = len(chars & gold) / len(chars | gold)
        if iou > best_iou:
            best, best_iou = j, iou
    return best


def _source_accuracy(articles: list[tuple[DocContext, GoldDocument]], scorer: LinearScorer | None) -> float:
    """Share of the gold cues whose chosen source is right (overlaps the gold Source, or
    none when the gold has none): the measure of ``training/source_study.py``."""
    right = total = 0
    for ctx, gold in articles:
        doc = ctx.doc
        for a in gold.attributions:
            if not a.cue:
                continue
            right += source_right(doc, choose_source(ctx, gold_trigger(doc, a.cue), scorer), a.source)
            total += 1
    return right / total


def _fit_source(fit: list[tuple[DocContext, GoldDocument]], pick: list[tuple[DocContext, GoldDocument]]) -> tuple[LinearScorer, list[str], float]:
    """The source model, fitted on ``fit``, its regularisation chosen by source accuracy on
    ``pick``; with its feature names and the chosen C."""
    vocab = Vocabulary()
    rows, labels = _source_rows(fit, vocab)
    keep = _frequent(rows, len(vocab.ids))
    X, y = _matrix(rows, len(vocab.ids), keep), np.array(labels)
    print(f"source model: {len(rows)} options of {sum(labels)} right; grammar alone "
          f"{_source_accuracy(pick, None):.4f} on the held-out fifth", file=sys.stderr)
    best = (-1.0, None, 0.0)
    for c in SOURCE_C_GRID:
        scorer = _scorer(_fit(X, y, c), vocab.names(), keep, 0.5)
        accuracy = _source_accuracy(pick, scorer)
        print(f"  source C={c}: accuracy {accuracy:.4f}", file=sys.stderr)
        if accuracy > best[0]:
            best = (accuracy, scorer, c)
    return best[1], vocab.names(), best[2]


def fit_source_on(articles: list[tuple[DocContext, GoldDocument]], c: float) -> tuple[LinearScorer, list[str]]:
    """The source model fitted on ``articles`` at regularisation ``c`` (the refit on all of train)."""
    vocab = Vocabulary()
    rows, labels = _source_rows(articles, vocab)
    keep = _frequent(rows, len(vocab.ids))
    return _scorer(_fit(_matrix(rows, len(vocab.ids), keep), np.array(labels), c), vocab.names(), keep, 0.5), vocab.names()


def _labels(doc, gold: GoldDocument, candidates: list[Candidate]) -> list[int]:
    text = doc.text
    contents = gold_contents(gold)
    ious = np.zeros((len(candidates), len(gold.attributions)))
    for j, cand in enumerate(candidates):
        cue_start = doc[cand.cue[0]].idx
        cue_end = doc[cand.cue[1] - 1].idx + len(doc[cand.cue[1] - 1])
        cand_chars = None
        for i, a in enumerate(gold.attributions):
            if not a.cue or not any(s < cue_end and cue_start < e for s, e in a.cue):
                continue
            if cand_chars is None:
                cand_chars = span_chars(text, cand.start, cand.end)
            ious[j, i] = content_iou(cand_chars, contents[i])
    by_trigger: dict[int, list[int]] = {}
    for j, cand in enumerate(candidates):
        by_trigger.setdefault(cand.trigger, []).append(j)
    best_of = np.zeros_like(ious)
    for js in by_trigger.values():
        best_of[js] = ious[js].max(axis=0)
    return [int(((ious[j] >= 0.5) & (ious[j] >= best_of[j] - 0.05)).any()) for j in range(len(candidates))]


def _matrix(rows_of_ids: list[list[int]], n_features: int, keep: np.ndarray) -> csr_matrix:
    rows, cols = [], []
    for r, ids in enumerate(rows_of_ids):
        for k in ids:
            if keep[k]:
                rows.append(r)
                cols.append(k)
    return csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(rows_of_ids), n_features))


def _frequent(rows_of_ids: list[list[int]], n_features: int) -> np.ndarray:
    counts = np.zeros(n_features)
    for ids in rows_of_ids:
        counts[ids] += 1
    return counts >= MIN_FEATURE_COUNT


def _fit(X, y, c: float, intercept: bool = True) -> LogisticRegression:
    return LogisticRegression(C=c, solver="liblinear", max_iter=300, random_state=0, fit_intercept=intercept).fit(X, y)


def _scorer(model: LogisticRegression, names: list[str], keep: np.ndarray, threshold: float) -> LinearScorer:
    weights = {names[k]: round(float(w), 4) for k, w in enumerate(model.coef_[0]) if keep[k] and abs(w) >= 1e-3}
    if model.fit_intercept:
        weights["bias"] = round(weights.get("bias", 0.0) + float(model.intercept_[0]), 4)
    return LinearScorer(weights, threshold)


def _kept(d: DocCandidates, cue_p: np.ndarray, cue_threshold: float, content_p: np.ndarray) -> list[Candidate]:
    """An article's candidates as inference builds them — those of the cue words the filter
    lets through (with the filter's probability, as ``find_candidates`` sets it), and colons,
    dashes and polls — scored by the content model (``cue_p`` and ``content_p``: this article's
    probabilities)."""
    probability = {i: float(p) for i, p in zip(d.cue_words, cue_p) if p >= cue_threshold}
    kept = []
    for cand, p in zip(d.candidates, content_p):
        cand.score = cand.fixed_score if cand.fixed_score is not None else float(p)
        if cand.relation in ("colon", "dash") or cand.fixed_score is not None:
            kept.append(cand)  # (a poll's 'in' is no cue word either: inference keeps it)
        elif cand.trigger in probability:
            if cand.fixed_score is None:  # the fixed-score kinds are not the cue loop's
                cand.cue_probability = probability[cand.trigger]
            kept.append(cand)  # inference never builds the candidates of filtered-out words
    return kept


def _per_doc(docs: list[DocCandidates], cue_p: np.ndarray, content_p: np.ndarray):
    """(article, its cue words' probabilities, its candidates' probabilities) for each article."""
    q = r = 0
    for d in docs:
        yield d, cue_p[q : q + len(d.cue_words)], content_p[r : r + len(d.candidates)]
        q += len(d.cue_words)
        r += len(d.candidates)


def _rescored(d: DocCandidates, cue_p: np.ndarray, cue_threshold: float, content_p: np.ndarray, choice: Rescorer) -> list[Candidate]:
    """An article's candidates as inference scores them: those the cue filter lets through
    (:func:`_kept`), rescored by the choice model or the reranker when there is one."""
    kept = _kept(d, cue_p, cue_threshold, content_p)
    if isinstance(choice, BoostedScorer):
        rerank(kept, choice)
    elif choice is not None:
        rescore(kept, choice)
    return kept


def _decided(d: DocCandidates, kept: list[Candidate], threshold: float, quoted: float | None) -> list[PredictedQuote]:
    """The quotes :func:`newsmine.nlp.attribution.decide` keeps among an article's scored
    candidates (choice, orphan quotations, filters), as the scorer reads them."""
    doc = d.doc
    quotes = []
    for cand in decide(d.ctx, kept, threshold, quoted):
        cue = None
        if cand.trigger >= 0:
            cue = (doc[cand.cue[0]].idx, doc[cand.cue[1] - 1].idx + len(doc[cand.cue[1] - 1]))
        speaker = None
        if cand.source >= 0:
            phrase = noun_phrase(doc[cand.source])
            speaker = (phrase.start_char, phrase.end_char)
        quotes.append(PredictedQuote(cand.start, cand.end, speaker, cue))
    return quotes


def _predict(
    docs: list[DocCandidates],
    cue_p: np.ndarray,
    cue_threshold: float,
    content_p: np.ndarray,
    threshold: float,
    quoted: float | None = None,
    choice: LinearScorer | None = None,
):
    """Predicted quotes per article, decided as the quotes component decides them (the
    choice model's rescoring when there is one, then
    :func:`newsmine.nlp.attribution.decide`: choice, orphan quotations, filters), from the
    candidates the cue filter lets through."""
    return {
        d.gold.id: _decided(d, _rescored(d, doc_cue_p, cue_threshold, doc_content_p, choice), threshold, quoted)
        for d, doc_cue_p, doc_content_p in _per_doc(docs, cue_p, content_p)
    }


def _choice_rows(docs: list[DocCandidates], cue_p: np.ndarray, cue_threshold: float, content_p: np.ndarray, vocab: Vocabulary):
    """The choice model's rows: each candidate inference would rescore, its features among
    its cue's candidates (scored by ``content_p``), labelled as for the content model."""
    rows, labels = [], []
    for d, doc_cue_p, doc_content_p in _per_doc(docs, cue_p, content_p):
        label_of = {id(cand): label for cand, label in zip(d.candidates, d.labels)}
        groups = cue_groups(_kept(d, doc_cue_p, cue_threshold, doc_content_p))
        for group, group_features in zip(groups, choice_features(groups)):
            for cand, f in zip(group, group_features):
                rows.append(vocab.encode(f))
                labels.append(label_of[id(cand)])
    return rows, np.array(labels)


def _fit_reranker(docs: list[DocCandidates], cue_p: np.ndarray, cue_threshold: float, content_p: np.ndarray, threshold: float = 0.5) -> BoostedScorer:
    """The reranker, fitted on the candidates of ``docs`` scored out of fold (the choice
    model's rows, as numbers: :func:`~newsmine.nlp.attribution.reranker.rerank_rows`)."""
    relations = sorted({short_relation(cand.relation) for d in docs for cand in d.candidates})
    codes = {r: k for k, r in enumerate(relations)}
    rows, labels = [], []
    for d, doc_cue_p, doc_content_p in _per_doc(docs, cue_p, content_p):
        label_of = {id(cand): label for cand, label in zip(d.candidates, d.labels)}
        groups = cue_groups(_kept(d, doc_cue_p, cue_threshold, doc_content_p))
        for group, group_rows in zip(groups, rerank_rows(groups, codes)):
            rows.extend(group_rows)
            labels.extend(label_of[id(cand)] for cand in group)
    booster = _boost(np.array(rows, dtype=np.float64), np.array(labels))
    info = {"lightgbm": lightgbm.__version__, "params": RERANK_PARAMS, "rounds": RERANK_ROUNDS, "features": list(RERANK_FEATURES), "rows": len(rows)}
    return BoostedScorer.from_lightgbm(booster.dump_model(), threshold, relations, info)


def _boost(rows: np.ndarray, labels: np.ndarray) -> lightgbm.Booster:
    """LightGBM's trees over reranker rows (no categorical splits: the scorer reads ``<=`` ones)."""
    data = lightgbm.Dataset(rows, labels, feature_name=list(RERANK_FEATURES), categorical_feature=[], params={"verbose": -1})
    return lightgbm.train(RERANK_PARAMS, data, num_boost_round=RERANK_ROUNDS)


def _fit_choice(
    docs: list[DocCandidates], cue_p: np.ndarray, cue_threshold: float, content_p: np.ndarray, vocab: Vocabulary
) -> LinearScorer:
    """The choice model, fitted on the candidates of ``docs`` scored out of fold."""
    rows, labels = _choice_rows(docs, cue_p, cue_threshold, content_p, vocab)
    return choice_scorer(rows, labels, vocab)


def choice_scorer(rows: list[list[int]], labels: np.ndarray, vocab: Vocabulary) -> LinearScorer:
    """The choice model of rows of feature ids (``vocab``'s) and their labels. The feature
    'j:bias' (every row holds it) is the model's only intercept: the learner fits none of its
    own. (It used to fit one too, which the file left out because the choice features never
    hold 'bias': the intercept was split between two columns and inference lost the learner's
    part, every choice score shifted by it and the thresholds absorbing the shift.)"""
    keep = _frequent(rows, len(vocab.ids))
    return _scorer(_fit(_matrix(rows, len(vocab.ids), keep), labels, CHOICE_C, intercept=False), vocab.names(), keep, 0.5)


def _rescorer_fields(rescorer: Rescorer) -> dict[str, Rescorer]:
    """The AttributionModel field a choice model or a reranker goes in."""
    if isinstance(rescorer, BoostedScorer):
        return {"reranker": rescorer}
    return {"choice": rescorer}


def training_versions(
    cue_names: list[str], content_names: list[str], source_names: list[str], choice_names: list[str] = ()
) -> dict[str, object]:
    """What the model file depends on, recorded in its info: the parse (spaCy and its model
    package), the learner, and the feature set (tests/test_attribution_model.py fails when
    the features the code computes no longer match the file's)."""
    return {
        "spacy": spacy.__version__,
        "spacy_model": f"{DEFAULT_MODEL} {version(DEFAULT_MODEL)}",
        "scikit_learn": sklearn.__version__,
        "lightgbm": lightgbm.__version__,
        "feature_set": FEATURE_SET,
        "feature_templates": {
            "cue": sorted({feature_template(n) for n in cue_names}),
            "content": sorted({feature_template(n) for n in content_names}),
            "source": sorted({feature_template(n) for n in source_names}),
            "choice": sorted({feature_template(n) for n in choice_names}),
        },
    }


def _fit_confidence(model: AttributionModel, docs: list[DocCandidates]) -> tuple[LinearScorer, float]:
    """The confidence model: a logistic regression from each quote ``model`` finds in
    ``docs`` (articles it was not fitted on) to whether its attribution is right."""
    vocab = Vocabulary()
    rows, labels = [], []
    for d in docs:
        quotes = find_quotes(d.doc, model)
        predicted = predicted_quotes(quotes)
        for quote, right in zip(quotes, attribution_right(d.gold, predicted)):
            rows.append(vocab.encode(confidence_features(quote)))
            labels.append(right)
    keep = np.ones(len(vocab.ids), dtype=bool)
    fitted = _fit(_matrix(rows, len(vocab.ids), keep), np.array(labels), 1.0)
    return _scorer(fitted, vocab.names(), keep, 0.5), float(np.mean(labels))


def _scores(docs: list[DocCandidates], cue_p, cue_threshold: float, content_p, threshold: float, quoted: float | None, choice) -> dict:
    """The shared scorer's figures of what the decision keeps in ``docs``."""
    predictions = _predict(docs, cue_p, cue_threshold, content_p, threshold, quoted, choice)
    return score_predictions([d.gold for d in docs], predictions, keep_examples=False).scores


FOLDS = 5


def stacked(docs: list[DocCandidates]):
    """All articles' rows, one after another: the cue words' (feature ids), their labels and
    each article's first row (cumulated, one more than the articles); then the same of the
    candidates."""
    cue_rows = [ids for d in docs for ids in d.cue_ids]
    cue_y = np.array([y for d in docs for y in d.cue_labels])
    cue_ends = np.cumsum([0] + [len(d.cue_words) for d in docs])
    content_rows = [ids for d in docs for ids in d.content_ids]
    content_y = np.array([y for d in docs for y in d.labels])
    content_ends = np.cumsum([0] + [len(d.candidates) for d in docs])
    return cue_rows, cue_y, cue_ends, content_rows, content_y, content_ends


def _folds(n_docs: int) -> list[tuple[int, int]]:
    """The articles of each fifth of train: [a, b) ranges in file order (the last fifth is
    the one ``--held-out-model`` leaves out)."""
    return [(k * n_docs // FOLDS, (k + 1) * n_docs // FOLDS) for k in range(FOLDS)]


def _out_of_fold(X, y: np.ndarray, ends: np.ndarray, c: float, folds: list[tuple[int, int]], started: float, name: str):
    """The probabilities of every row of train from models fitted on the other four fifths of
    its articles (``ends``: each article's first row, cumulated), with the five models."""
    p, models = np.zeros(len(y)), []
    for k, (a, b) in enumerate(folds):
        rows = slice(ends[a], ends[b])
        fit = np.ones(len(y), dtype=bool)
        fit[rows] = False
        model = _fit(X[fit], y[fit], c)
        p[rows] = model.predict_proba(X[rows])[:, 1]
        models.append(model)
        print(f"  {name} C={c}: out-of-fold scores of fifth {k + 1}; {time.time() - started:.0f}s", file=sys.stderr)
    return p, models


Rescorer = LinearScorer | BoostedScorer | None


class CrossValidation:
    """Train's five fifths, each scored by models fitted on the other four: the out-of-fold
    cue and content probabilities, and (with the choice model) a choice model per fifth fitted
    on the other four fifths' out-of-fold content scores. Its figures are the shared scorer's
    over all of train, from what ``decide()`` keeps — the measure that chooses C and the
    thresholds (one held-out fifth of 168 articles chose settings that did not carry to dev)."""

    def __init__(self, docs: list[DocCandidates], cue_p: np.ndarray, cue_threshold: float, content_p: np.ndarray, choice: str | None):
        self.docs, self.cue_p, self.cue_threshold, self.content_p = docs, cue_p, cue_threshold, content_p
        self.folds = _folds(len(docs))
        self.cue_ends = np.cumsum([0] + [len(d.cue_words) for d in docs])
        self.content_ends = np.cumsum([0] + [len(d.candidates) for d in docs])
        self.choice = choice  # "reranker", "linear" or None
        self.choices: list[Rescorer] = [self._choice_without(a, b) for a, b in self.folds] if choice else [None] * FOLDS
        self._cache: list[tuple[DocCandidates, list[Candidate], list[float]]] | None = None

    def _choice_without(self, a: int, b: int) -> LinearScorer | BoostedScorer:
        ce, ne = self.cue_ends, self.content_ends
        docs = self.docs[:a] + self.docs[b:]
        cue_p = np.concatenate([self.cue_p[: ce[a]], self.cue_p[ce[b] :]])
        content_p = np.concatenate([self.content_p[: ne[a]], self.content_p[ne[b] :]])
        if self.choice == "reranker":
            return _fit_reranker(docs, cue_p, self.cue_threshold, content_p)
        return _fit_choice(docs, cue_p, self.cue_threshold, content_p, Vocabulary())

    def _scored(self) -> list[tuple[DocCandidates, list[Candidate], list[float]]]:
        """Each article's candidates scored by its fifth's models, with their scores (kept
        apart: other settings score the same candidate objects). Computed once."""
        if self._cache is None:
            self._cache = []
            ce, ne = self.cue_ends, self.content_ends
            for (a, b), choice in zip(self.folds, self.choices):
                for d, cue_p, content_p in _per_doc(self.docs[a:b], self.cue_p[ce[a] : ce[b]], self.content_p[ne[a] : ne[b]]):
                    kept = _rescored(d, cue_p, self.cue_threshold, content_p, choice)
                    self._cache.append((d, kept, [cand.score for cand in kept]))
        return self._cache

    def scores(self, threshold: float, quoted: float | None) -> dict:
        """The shared scorer's figures over all of train, each fifth decided by its own models."""
        predictions = {}
        for d, kept, scores in self._scored():
            for cand, score in zip(kept, scores):
                cand.score = score
            predictions[d.gold.id] = _decided(d, kept, threshold, quoted)
        return score_predictions([d.gold for d in self.docs], predictions, keep_examples=False).scores


def _best_threshold(cv: CrossValidation, label: str) -> tuple[float, float, dict]:
    """The decision's threshold with the best cross-validated content + attribution F1:
    (that sum, the threshold, its figures)."""
    best = (-1.0, 0.0, {})
    for threshold in THRESHOLDS:
        scores = cv.scores(threshold, None)
        total = scores["content"]["f1"] + scores["attribution"]["f1"]
        if total > best[0]:
            best = (total, threshold, scores)
    scores = best[2]
    print(f"  {label}: best threshold {best[1]}: content F1 {scores['content']['f1']}, attribution F1 "
          f"{scores['attribution']['f1']} (train, 5-fold)", file=sys.stderr)
    return best


def _quoted_threshold(cv: CrossValidation, threshold: float) -> tuple[float, dict]:
    """The threshold of quotations (at most ``threshold``): the best content + attribution F1
    among those whose direct-quote attribution recall is within DIRECT_RECALL_SLACK of the
    best recall any of them reaches — direct quotes are what analysts count, so recall of
    them is not traded for a little F1. With its cross-validated figures."""
    rows = []
    for quoted in sorted({t for t in THRESHOLDS + (0.05, 0.075, 0.1, 0.125) if t <= threshold}):
        scores = cv.scores(threshold, quoted)
        rows.append((scores["content"]["f1"] + scores["attribution"]["f1"], quoted, scores))
        print(f"  quoted threshold {quoted}: content F1 {scores['content']['f1']}, attribution F1 "
              f"{scores['attribution']['f1']}, direct attribution recall {scores['direct_attrib_recall']}", file=sys.stderr)
    floor = max(scores["direct_attrib_recall"] for _, _, scores in rows) - DIRECT_RECALL_SLACK
    _, quoted, scores = max((r for r in rows if r[2]["direct_attrib_recall"] >= floor), key=lambda r: r[:2])
    return quoted, scores


def _cue_threshold(probabilities: np.ndarray, labels: np.ndarray, recall: float = CUE_RECALL) -> float:
    """The highest threshold keeping ``recall`` of the true cue words."""
    positives = np.sort(probabilities[labels == 1])
    return float(np.floor(positives[int((1 - recall) * len(positives))] * 1000) / 1000)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--output", type=Path, default=OUTPUT)
    ap.add_argument("--c", type=float, help="skip the search: use this regularisation strength")
    ap.add_argument(
        "--held-out-model",
        action="store_true",
        help="write the models fitted on the first 80 %% only (no refit on all of train), so that "
        "`score_split.py train --held-out --model FILE` scores articles the model has not seen",
    )
    ap.add_argument(
        "--source-model",
        action="store_true",
        help="fit a source model and let it choose the candidates' sources (not in the shipped file: see the README)",
    )
    ap.add_argument("--source-only", action="store_true", help="fit the source model, print its accuracy, stop")
    ap.add_argument(
        "--no-choice",
        action="store_true",
        help="no choice model: the content model's scores are the decision's (the model of before issue 10's joint choice)",
    )
    ap.add_argument(
        "--linear-choice",
        action="store_true",
        help="the linear choice model instead of the reranker's trees (the model of the tenth session)",
    )
    ap.add_argument("--held-out-output", type=Path, help="also write the models fitted on the first 80 %% here")
    ap.add_argument(
        "--without",
        metavar="TEMPLATES",
        help="an ablation: the content model without these feature templates (comma-separated, e.g. "
        "'rel|after,after'); inference still computes them, so such a file is for comparison only",
    )
    ap.add_argument(
        "--cue-lexicon",
        action="store_true",
        help="a study: add the learned cue lexicon's features (training/cue_lexicon.py, rates cross-fitted by fifth) "
        "to the content model; inference does not compute them, so such a file is for comparison only",
    )
    ap.add_argument("--articles", type=int, help="only the first N articles of train (a quick check of the script)")
    args = ap.parse_args()
    choice_kind = None if args.no_choice else "linear" if args.linear_choice else "reranker"

    started = time.time()
    articles = [_context(doc, gold) for doc, gold in parsed("train")[: args.articles]]
    split = len(articles) * 4 // 5
    # A source model (--source-model) is fitted on the first 80 % only, and kept for the final file: the
    # candidates' source features of the whole of train come from it, and the held-out fifth
    # stays unseen by every model of the held-out file.
    source, source_names = None, []
    if args.source_model or args.source_only:
        source, source_names, _ = _fit_source(articles[:split], articles[split:])
    if args.source_only:
        return
    cue_vocab, content_vocab = Vocabulary(), Vocabulary()
    docs = [DocCandidates(ctx, gold, source, cue_vocab, content_vocab) for ctx, gold in articles]
    n_cand = sum(len(d.candidates) for d in docs)
    n_pos = sum(sum(d.labels) for d in docs)
    print(f"{len(docs)} articles, {n_cand} candidates ({n_pos} positive); {time.time() - started:.0f}s", file=sys.stderr)

    if args.cue_lexicon:
        add_lexicon_features(docs, _folds(len(docs)), content_vocab)
    n_cue, n_content = len(cue_vocab.ids), len(content_vocab.ids)
    all_cue_rows, all_cue_y, cue_ends, all_content_rows, all_content_y, content_ends = stacked(docs)
    cue_keep, content_keep = _frequent(all_cue_rows, n_cue), _frequent(all_content_rows, n_content)
    content_names = content_vocab.names()
    folds = _folds(len(docs))

    # The cue filter: out-of-fold probabilities of every word of train; its threshold keeps
    # CUE_RECALL of the true cue words among them.
    cue_p, cue_models = _out_of_fold(_matrix(all_cue_rows, n_cue, cue_keep), all_cue_y, cue_ends, 0.2, folds, started, "cue")
    cue_threshold = _cue_threshold(cue_p, all_cue_y)
    passing = cue_p >= cue_threshold
    print(f"cue filter: threshold {cue_threshold}, lets through {passing.mean():.3f} of the words "
          f"and {passing[all_cue_y == 1].mean():.3f} of the true cue words (out of fold)", file=sys.stderr)

    def select(keep: np.ndarray, label: str):
        """C and the decision's thresholds by 5-fold cross-validation over train, for the
        content features ``keep`` lets in."""
        X = _matrix(all_content_rows, n_content, keep)
        best = None
        for c in (args.c,) if args.c else C_GRID:
            content_p, models = _out_of_fold(X, all_content_y, content_ends, c, folds, started, f"{label} content")
            cv = CrossValidation(docs, cue_p, cue_threshold, content_p, choice_kind)
            total, threshold, _ = _best_threshold(cv, f"{label} C={c}")
            if best is None or total > best[0]:
                best = (total, c, threshold, cv, models)
        _, c, threshold, cv, models = best
        quoted, scores = _quoted_threshold(cv, threshold)
        print(f"{label}: C={c}, thresholds {threshold} / {quoted} (quotations); train, 5-fold: content F1 "
              f"{scores['content']['f1']}, attribution F1 {scores['attribution']['f1']}, direct attribution recall "
              f"{scores['direct_attrib_recall']}, source accuracy {scores['source_accuracy_on_matched']}; "
              f"{time.time() - started:.0f}s", file=sys.stderr)
        return X, c, threshold, quoted, cv, models, scores

    if args.without:
        dropped = set(args.without.split(","))
        content_keep &= np.array([feature_template(n) not in dropped for n in content_names])
    X_all, c, threshold, quoted_threshold, cv, content_models, cv_scores = select(content_keep, f"without {args.without}" if args.without else "all templates")

    # The models of train's first 80 % (fitted without the last fifth): the held-out file and
    # the confidence model's data (what they find in the last fifth).
    a, b = folds[-1]
    pick_docs = docs[a:b]
    choice_fit = choice = None
    choice_names: list[str] = []
    if choice_kind == "linear":
        choice_fit = LinearScorer(cv.choices[-1].weights, threshold)
        # The shipped choice model: fitted on all the out-of-fold content scores.
        choice_vocab = Vocabulary()
        choice = LinearScorer(_fit_choice(docs, cue_p, cue_threshold, cv.content_p, choice_vocab).weights, threshold)
        choice_names = choice_vocab.names()
    elif choice_kind == "reranker":
        last = cv.choices[-1]
        choice_fit = BoostedScorer(last.trees, threshold, last.relations, last.info)
        # The shipped reranker: fitted on all the out-of-fold content scores.
        choice = _fit_reranker(docs, cue_p, cue_threshold, cv.content_p, threshold)
    held_out = _scores(pick_docs, cue_p[cue_ends[a] :], cue_threshold, cv.content_p[content_ends[a] :], threshold, quoted_threshold, choice_fit)
    print(f"held-out fifth, models fitted on the first 80 %: content F1 {held_out['content']['f1']}, attribution F1 "
          f"{held_out['attribution']['f1']}, direct attribution recall {held_out['direct_attrib_recall']}, "
          f"source accuracy {held_out['source_accuracy_on_matched']}", file=sys.stderr)

    # The confidence model: what the models fitted on 80 % find in the other 20 %, right or not.
    fit_part = AttributionModel(
        cue=_scorer(cue_models[-1], cue_vocab.names(), cue_keep, cue_threshold),
        content=_scorer(content_models[-1], content_names, content_keep, threshold),
        quoted_threshold=quoted_threshold,
        info={},
        source=source,
        **_rescorer_fields(choice_fit),
    )
    confidence, right_share = _fit_confidence(fit_part, pick_docs)
    print(f"confidence model: {len(confidence.weights)} weights; {right_share:.3f} of the held-out quotes right", file=sys.stderr)
    cross_validated = {
        "selection": f"C in {[args.c] if args.c else list(C_GRID)} and the thresholds by {FOLDS}-fold cross-validation over train",
        "train_5fold": {
            "content_f1": cv_scores["content"]["f1"],
            "attribution_f1": cv_scores["attribution"]["f1"],
            "direct_attrib_recall": cv_scores["direct_attrib_recall"],
            "source_accuracy": cv_scores["source_accuracy_on_matched"],
        },
    }

    def write(path: Path, cue: LinearScorer, content: LinearScorer, choice: Rescorer, held_out: bool) -> None:
        model = AttributionModel(
            cue=cue,
            content=content,
            quoted_threshold=quoted_threshold,
            info={
                "trained_on": f"PolNeAR train ({'the first 80 % of ' if held_out else ''}840 articles)",
                "script": "training/train_attribution.py",
                "content_C": c,
                **cross_validated,
                "candidates": n_cand,
                "positives": n_pos,
                "confidence_fitted_on": f"the quotes found in train's last {len(pick_docs)} articles",
                **({"choice_fitted_on": "out-of-fold content scores of "
                    + ("train's first 80 %" if held_out else "train, by fifths")} if choice else {}),
                **({"choice_C": CHOICE_C} if isinstance(choice, LinearScorer) else {}),
                **training_versions(cue_vocab.names(), [n for n, k in zip(content_names, content_keep) if k], source_names, choice_names),
            },
            confidence=confidence,
            source=source,
            **_rescorer_fields(choice),
        )
        path.write_text(json.dumps(model.to_dict(), indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {path}: {len(model.cue.weights)} + {len(model.content.weights)} weights, C={c}, threshold="
              f"{threshold}, quoted threshold {quoted_threshold}; {time.time() - started:.0f}s", file=sys.stderr)

    if args.held_out_output:
        write(args.held_out_output, fit_part.cue, fit_part.content, choice_fit, held_out=True)
    if args.held_out_model:
        write(args.output, fit_part.cue, fit_part.content, choice_fit, held_out=True)
        return
    cue_model = _fit(_matrix(all_cue_rows, n_cue, cue_keep), all_cue_y, 0.2)
    content_model = _fit(X_all, all_content_y, c)
    cue = _scorer(cue_model, cue_vocab.names(), cue_keep, cue_threshold)
    write(args.output, cue, _scorer(content_model, content_names, content_keep, threshold), choice, held_out=False)


if __name__ == "__main__":
    main()
