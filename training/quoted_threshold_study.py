"""The decision's thresholds for quotations and quoted fragments, cross-fitted over train.

    python training/quoted_threshold_study.py          # about 15 minutes on a shared 2-core machine

Train's records (``train_records.py``) are scored by the shipped model, which was fitted on
all 840 train articles: their content scores are in-sample, so a threshold lowered on them
looks better than it is (the sixth session's fragment rule gained 17 direct quotes in-sample
and lost one on dev). This script scores train as ``train_attribution.py`` chooses the
thresholds: every fifth by cue, content and reranker models fitted on the other four fifths
(out of fold, C=0.1 as shipped), decided by the same ``decide()`` as inference, scored by the
shared scorer over all 840 articles. It prints the figures of

- the quotation threshold (contents mostly inside quotation marks) from 0.1 to 0.3, the
  other threshold fixed at the model's 0.3;
- a threshold of its own for clauses that quote a few words (``0 < quoted_share < 0.5``, the
  "none: fragment" misses of ``direct_misses.py``), from 0.15 to 0.3;
- the sure-cue pass of :func:`newsmine.nlp.attribution.decide.choose` (a cue word the cue
  filter is sure of keeps a content quoting a few words from a low score) with a laxer cue
  probability;
- the two together: a quotation threshold with a fragment threshold.

Reads train only; dev is never read. Nothing is written.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_attribution as ta
from polnear import parsed

import newsmine.nlp.attribution.decide  # noqa: F401 (the module, for its thresholds)
from newsmine.nlp.attribution.candidate import QUOTATION_SHARE

decide_module = sys.modules["newsmine.nlp.attribution.decide"]

THRESHOLD = 0.3  # the shipped content threshold (attribution-v1.json)
QUOTED = 0.25  # the shipped quotation threshold
C = 0.1  # the shipped regularisation


def _line(label: str, scores: dict) -> str:
    c = scores["counts"]
    return (f"{label:34s} content F1 {scores['content']['f1']:.4f} (p {scores['content']['p']:.4f} r {scores['content']['r']:.4f})  "
            f"attribution F1 {scores['attribution']['f1']:.4f}  source {scores['source_accuracy_on_matched']:.4f}  "
            f"direct {c['attrib_direct']}/{c['gold_direct']} ({scores['direct_attrib_recall']:.4f})  pred {c['pred']}")


def _with_fragment_threshold(shipped, mixed: float):
    """``decide``'s threshold of a candidate, with ``mixed`` for clauses quoting a few words."""

    def threshold_for(cand, threshold: float, quoted_threshold: float) -> float:
        if 0 < cand.quoted_share < QUOTATION_SHARE:
            return min(threshold, mixed)
        return shipped(cand, threshold, quoted_threshold)

    return threshold_for


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, help="only the first N articles of train (a quick check of the script)")
    args = ap.parse_args()
    started = time.time()
    articles = [ta._context(doc, gold) for doc, gold in parsed("train")[: args.articles]]
    cue_vocab, content_vocab = ta.Vocabulary(), ta.Vocabulary()
    docs = [ta.DocCandidates(ctx, gold, None, cue_vocab, content_vocab) for ctx, gold in articles]
    print(f"{len(docs)} articles read; {time.time() - started:.0f}s", file=sys.stderr)
    cue_rows, cue_y, cue_ends, content_rows, content_y, content_ends = ta.stacked(docs)
    n_cue, n_content = len(cue_vocab.ids), len(content_vocab.ids)
    folds = ta._folds(len(docs))
    cue_p, _ = ta._out_of_fold(ta._matrix(cue_rows, n_cue, ta._frequent(cue_rows, n_cue)), cue_y, cue_ends, 0.2, folds, started, "cue")
    cue_threshold = ta._cue_threshold(cue_p, cue_y)
    X = ta._matrix(content_rows, n_content, ta._frequent(content_rows, n_content))
    content_p, _ = ta._out_of_fold(X, content_y, content_ends, C, folds, started, "content")
    cv = ta.CrossValidation(docs, cue_p, cue_threshold, content_p, "reranker")

    for quoted in (0.1, 0.15, 0.2, 0.225, 0.25, 0.275, 0.3):
        print(_line(f"quoted threshold {quoted}", cv.scores(THRESHOLD, quoted)), flush=True)

    settings = [(f"fragment clauses from {mixed}", QUOTED, mixed) for mixed in (0.15, 0.2, 0.225, 0.25, 0.275)]
    settings += [(f"quoted {quoted}, fragments from {mixed}", quoted, mixed) for quoted, mixed in ((0.2, 0.275), (0.2, 0.25), (0.15, 0.275))]
    shipped = decide_module._threshold_for
    for label, quoted, mixed in settings:
        decide_module._threshold_for = _with_fragment_threshold(shipped, mixed)
        print(_line(label, cv.scores(THRESHOLD, quoted)), flush=True)
    decide_module._threshold_for = shipped

    sure = decide_module._SURE_CUE
    for cue_probability in (0.8, 0.7, 0.5):
        decide_module._SURE_CUE = cue_probability
        print(_line(f"sure cue from {cue_probability}", cv.scores(THRESHOLD, QUOTED)), flush=True)
    decide_module._SURE_CUE = sure
    print(f"{time.time() - started:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
