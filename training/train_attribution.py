"""Train the attribution models on PolNeAR train.

    pip install '.[train]'                      # scikit-learn
    python training/train_attribution.py        # writes src/newsmine/nlp/models/attribution-v1.json

Reads only ``../shared/benchmarks/polnear/train`` (beside the repository). 80 % of its
articles fit the logistic regressions, the other 20 % choose the cue filter's threshold
(the highest keeping CUE_RECALL of the true cue words), the regularisation strength and the
content thresholds (best content + attribution F1, the shared scorer's definitions, of what
the decision keeps: the same ``decide`` as inference, orphan quotations and filters
included). The choice model's threshold and the quotation threshold (the decision's
threshold for contents that are mostly quotation) are chosen on train's first four fifths
scored out of fold; the quotation threshold is the best content + attribution F1 among those
whose direct-quote attribution recall is within DIRECT_RECALL_SLACK of the best any reaches.
The confidence model is fitted on the quotes the 80 % models find in the other 20 % (right: the
content matches a gold one and the speaker is right). Then the cue and content models are
refitted on all of train (``--held-out-model`` skips the refit, for development on train's
last fifth). The file records the versions and feature templates it depends on.
Deterministic: the same data gives the same file.

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

import numpy as np
import sklearn
import spacy
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))
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
from newsmine.nlp.attribution.sources import choose_source, source_options
from newsmine.nlp.model import DEFAULT_MODEL
from newsmine.nlp.quote_marks import find_quoted
from newsmine.nlp.quotes import find_quotes

OUTPUT = REPO / "src" / "newsmine" / "nlp" / "models" / "attribution-v1.json"
MIN_FEATURE_COUNT = 2
CUE_RECALL = 0.97
C_GRID = (0.05, 0.1, 0.2)
SOURCE_C_GRID = (0.1, 0.3, 1.0, 3.0)
CHOICE_C = 1.0
# How much direct-quote attribution recall (on train's first four fifths, scored out of fold)
# the quotation threshold may give up, against the best any threshold reaches, for F1.
DIRECT_RECALL_SLACK = 0.005
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
        for cand in self.candidates:
            cand.features = cand.shared = []  # free the strings; the ids are kept
        self.labels = _labels(doc, gold, self.candidates)
        positive = {c.trigger for c, label in zip(self.candidates, self.labels) if label}
        self.cue_words = [i for i in range(ctx.n) if is_trigger(ctx, i)]
        self.cue_ids = [cue_vocab.encode(cue_features(ctx, i)) for i in self.cue_words]
        self.cue_labels = [int(i in positive) for i in self.cue_words]


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
    lets through, and colons and dashes — scored by the content model (``cue_p`` and
    ``content_p``: this article's probabilities)."""
    passing = {i for i, p in zip(d.cue_words, cue_p) if p >= cue_threshold}
    kept = []
    for cand, p in zip(d.candidates, content_p):
        cand.score = cand.fixed_score if cand.fixed_score is not None else float(p)
        if cand.relation in ("colon", "dash") or cand.trigger in passing:
            kept.append(cand)  # inference never builds the candidates of filtered-out words
    return kept


def _per_doc(docs: list[DocCandidates], cue_p: np.ndarray, content_p: np.ndarray):
    """(article, its cue words' probabilities, its candidates' probabilities) for each article."""
    q = r = 0
    for d in docs:
        yield d, cue_p[q : q + len(d.cue_words)], content_p[r : r + len(d.candidates)]
        q += len(d.cue_words)
        r += len(d.candidates)


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
    out = {}
    for d, doc_cue_p, doc_content_p in _per_doc(docs, cue_p, content_p):
        kept = _kept(d, doc_cue_p, cue_threshold, doc_content_p)
        if choice is not None:
            rescore(kept, choice)
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
        out[d.gold.id] = quotes
    return out


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


def _threshold(docs: list[DocCandidates], cue_p, cue_threshold: float, content_p, choice: LinearScorer) -> float:
    """The decision's threshold on the choice model's scores: best content + attribution F1."""
    best = (-1.0, 0.0)
    for threshold in THRESHOLDS:
        scores = _scores(docs, cue_p, cue_threshold, content_p, threshold, None, choice)
        total = scores["content"]["f1"] + scores["attribution"]["f1"]
        if total > best[0]:
            best = (total, threshold)
            print(f"  choice threshold={threshold}: content F1 {scores['content']['f1']}, attribution F1 "
                  f"{scores['attribution']['f1']}", file=sys.stderr)
    return best[1]


def _quoted_threshold(docs: list[DocCandidates], cue_p, cue_threshold: float, content_p, threshold: float, choice) -> float:
    """The threshold of quotations (at most ``threshold``): the best content + attribution F1
    among those whose direct-quote attribution recall is within DIRECT_RECALL_SLACK of the
    best recall any of them reaches — direct quotes are what analysts count, so recall of
    them is not traded for a little F1."""
    rows = []
    for quoted in sorted({t for t in THRESHOLDS + (0.05, 0.075, 0.1, 0.125) if t <= threshold}):
        scores = _scores(docs, cue_p, cue_threshold, content_p, threshold, quoted, choice)
        rows.append((quoted, scores["content"]["f1"] + scores["attribution"]["f1"], scores["direct_attrib_recall"]))
        print(f"  quoted threshold {quoted}: content F1 {scores['content']['f1']}, attribution F1 "
              f"{scores['attribution']['f1']}, direct attribution recall {scores['direct_attrib_recall']}", file=sys.stderr)
    floor = max(direct for _, _, direct in rows) - DIRECT_RECALL_SLACK
    return max((total, quoted) for quoted, total, direct in rows if direct >= floor)[1]


def _out_of_fold(docs: list[DocCandidates], *, Xc, cue_y, Xn, content_y, c: float, last, started: float):
    """The cue and content probabilities of every candidate of train from models fitted on
    the other four fifths of its articles (``last``: the last fifth's, already computed)."""
    cue_ends = np.cumsum([0] + [len(d.cue_words) for d in docs])
    content_ends = np.cumsum([0] + [len(d.candidates) for d in docs])
    cue_p, content_p = np.zeros(len(cue_y)), np.zeros(len(content_y))
    bounds = [k * len(docs) // 5 for k in range(6)]
    for k in range(5):
        a, b = bounds[k], bounds[k + 1]
        cue_rows = slice(cue_ends[a], cue_ends[b])
        content_rows = slice(content_ends[a], content_ends[b])
        if k == 4:
            cue_p[cue_rows], content_p[content_rows] = last
            continue
        cue_fit = np.ones(len(cue_y), dtype=bool)
        cue_fit[cue_rows] = False
        content_fit = np.ones(len(content_y), dtype=bool)
        content_fit[content_rows] = False
        cue_p[cue_rows] = _fit(Xc[cue_fit], cue_y[cue_fit], 0.2).predict_proba(Xc[cue_rows])[:, 1]
        content_p[content_rows] = _fit(Xn[content_fit], content_y[content_fit], c).predict_proba(Xn[content_rows])[:, 1]
        print(f"  out-of-fold scores of fifth {k + 1}; {time.time() - started:.0f}s", file=sys.stderr)
    return cue_p, content_p


def _cue_threshold(probabilities: np.ndarray, labels: np.ndarray) -> float:
    """The highest threshold keeping CUE_RECALL of the true cue words."""
    positives = np.sort(probabilities[labels == 1])
    return float(np.floor(positives[int((1 - CUE_RECALL) * len(positives))] * 1000) / 1000)


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
    ap.add_argument("--held-out-output", type=Path, help="also write the models fitted on the first 80 %% here")
    args = ap.parse_args()

    started = time.time()
    articles = [_context(doc, gold) for doc, gold in parsed("train")]
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

    def data(subset: list[DocCandidates]):
        cue_rows = [ids for d in subset for ids in d.cue_ids]
        content_rows = [ids for d in subset for ids in d.content_ids]
        cue_y = np.array([y for d in subset for y in d.cue_labels])
        content_y = np.array([y for d in subset for y in d.labels])
        return cue_rows, cue_y, content_rows, content_y

    n_cue, n_content = len(cue_vocab.ids), len(content_vocab.ids)
    all_cue_rows, all_cue_y, all_content_rows, all_content_y = data(docs)
    cue_keep, content_keep = _frequent(all_cue_rows, n_cue), _frequent(all_content_rows, n_content)

    fit_docs, pick_docs = docs[:split], docs[split:]
    fit_cue, fit_cue_y, fit_content, fit_content_y = data(fit_docs)
    pick_cue, pick_cue_y, pick_content, _ = data(pick_docs)
    cue_model = _fit(_matrix(fit_cue, n_cue, cue_keep), fit_cue_y, 0.2)
    cue_p = cue_model.predict_proba(_matrix(pick_cue, n_cue, cue_keep))[:, 1]
    cue_threshold = _cue_threshold(cue_p, pick_cue_y)
    passing = cue_p >= cue_threshold
    print(f"cue filter: threshold {cue_threshold}, lets through {passing.mean():.3f} of the words "
          f"and {passing[pick_cue_y == 1].mean():.3f} of the true cue words", file=sys.stderr)

    best = (-1.0, 0.0, 0.0)
    X_fit, X_pick = _matrix(fit_content, n_content, content_keep), _matrix(pick_content, n_content, content_keep)
    for c in (args.c,) if args.c else C_GRID:
        content_p = _fit(X_fit, fit_content_y, c).predict_proba(X_pick)[:, 1]
        for threshold in THRESHOLDS:
            scores = _scores(pick_docs, cue_p, cue_threshold, content_p, threshold, None, None)
            total = scores["content"]["f1"] + scores["attribution"]["f1"]
            if total > best[0]:
                best = (total, c, threshold)
                print(f"  C={c} threshold={threshold}: content F1 {scores['content']['f1']}, attribution F1 "
                      f"{scores['attribution']['f1']}", file=sys.stderr)
    _, c, threshold = best

    content_fit_model = _fit(X_fit, fit_content_y, c)
    content_p = content_fit_model.predict_proba(X_pick)[:, 1]
    choice_fit = choice = None
    choice_names: list[str] = []
    if args.no_choice:
        quoted_threshold = _quoted_threshold(pick_docs, cue_p, cue_threshold, content_p, threshold, None)
    else:
        # The choice model reads the content model's scores on articles it was not fitted on,
        # as at inference: each fifth of train scored by the models fitted on the other four
        # (the last fifth's by the 80 % models above). It is fitted on the first four fifths,
        # and the decision's thresholds chosen there (on what decide() keeps after it).
        oof_cue, oof_content = _out_of_fold(
            docs, Xc=_matrix(all_cue_rows, n_cue, cue_keep), cue_y=all_cue_y, Xn=_matrix(all_content_rows, n_content, content_keep),
            content_y=all_content_y, c=c, last=(cue_p, content_p), started=started,
        )
        fit_cue_n, fit_content_n = len(fit_cue_y), len(fit_content_y)
        choice_fit = _fit_choice(fit_docs, oof_cue[:fit_cue_n], cue_threshold, oof_content[:fit_content_n], Vocabulary())
        threshold = _threshold(fit_docs, oof_cue[:fit_cue_n], cue_threshold, oof_content[:fit_content_n], choice_fit)
        quoted_threshold = _quoted_threshold(fit_docs, oof_cue[:fit_cue_n], cue_threshold, oof_content[:fit_content_n], threshold, choice_fit)
        choice_vocab = Vocabulary()
        choice = _fit_choice(docs, oof_cue, cue_threshold, oof_content, choice_vocab)
        choice_names = choice_vocab.names()
        choice = LinearScorer(choice.weights, threshold)
        choice_fit = LinearScorer(choice_fit.weights, threshold)
    held_out = _scores(pick_docs, cue_p, cue_threshold, content_p, threshold, quoted_threshold, choice_fit)
    print(f"held-out fifth, models fitted on the first 80 %: content F1 {held_out['content']['f1']}, attribution F1 "
          f"{held_out['attribution']['f1']}, direct attribution recall {held_out['direct_attrib_recall']}, "
          f"source accuracy {held_out['source_accuracy_on_matched']}", file=sys.stderr)

    # The confidence model: what the models fitted on 80 % find in the other 20 %, right or not.
    fit_part = AttributionModel(
        cue=_scorer(cue_model, cue_vocab.names(), cue_keep, cue_threshold),
        content=_scorer(content_fit_model, content_vocab.names(), content_keep, threshold),
        quoted_threshold=quoted_threshold,
        info={},
        source=source,
        choice=choice_fit,
    )
    confidence, right_share = _fit_confidence(fit_part, pick_docs)
    print(f"confidence model: {len(confidence.weights)} weights; {right_share:.3f} of the held-out quotes right", file=sys.stderr)

    def write(path: Path, cue: LinearScorer, content: LinearScorer, choice: LinearScorer | None, held_out: bool) -> None:
        model = AttributionModel(
            cue=cue,
            content=content,
            quoted_threshold=quoted_threshold,
            info={
                "trained_on": f"PolNeAR train ({'the first 80 % of ' if held_out else ''}840 articles)",
                "script": "training/train_attribution.py",
                "content_C": c,
                "candidates": n_cand,
                "positives": n_pos,
                "confidence_fitted_on": f"the quotes found in train's last {len(pick_docs)} articles",
                **({"choice_fitted_on": "out-of-fold content scores of "
                    + ("train's first 80 %" if held_out else "train, by fifths"), "choice_C": CHOICE_C} if choice else {}),
                **training_versions(cue_vocab.names(), content_vocab.names(), source_names, choice_names),
            },
            confidence=confidence,
            source=source,
            choice=choice,
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
    content_model = _fit(_matrix(all_content_rows, n_content, content_keep), all_content_y, c)
    cue = _scorer(cue_model, cue_vocab.names(), cue_keep, cue_threshold)
    write(args.output, cue, _scorer(content_model, content_vocab.names(), content_keep, threshold), choice, held_out=False)

if __name__ == "__main__":
    main()
