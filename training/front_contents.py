"""How a class of train candidates is annotated and scored: the study behind a feature change.

    python training/front_contents.py [--model FILE] [--articles N]

For every candidate of PolNeAR train (the cue filter's words, as inference builds them), its
label (as the trainer labels it), its content-model probability and its choice-model score;
then, per class of candidate — front contents before a parataxis cue ('…, the Ledger
reports'), the contents of stance verbs ('questioned each other's fitness'), … — how many
there are, the share labelled right, the mean score of the right ones and the share of them
the decision's threshold keeps. The scores come from a model fitted on train (in-sample: the
figures are an upper bound of what it keeps on unseen text). Train only: never dev.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import parsed, prepare
from train_attribution import _labels

from newsmine.nlp.attribution import AttributionModel, DocContext, doc_text, find_candidates
from newsmine.nlp.attribution.decide import rescore
from newsmine.nlp.attribution.model import sigmoid
from newsmine.nlp.attribution.reranker import rerank
from newsmine.nlp.quote_marks import find_quoted


def _short(rel: str) -> str:
    pieces = rel.split(":")
    return ":".join(pieces[:2])


def _front_shape(ctx, cand) -> bool:
    from bisect import bisect_right
    t = cand.trigger
    if ctx.idx[t] < cand.end or cand.source < 0:
        return False
    idx = ctx.idx
    first = max(bisect_right(idx, cand.start) - 1, 0)
    last = max(first, bisect_right(idx, cand.end - 1) - 1)
    sent_first = ctx.sent_bounds[ctx.sent_of[first]][0]
    if not all(ctx.punct[j] for j in range(sent_first, first)):
        return False
    s = cand.source
    lo, hi = ctx.left[s], ctx.right[s]
    between = [j for j in range(last + 1, t) if not ctx.punct[j]]
    if not any(ctx.lower[j] == "," for j in range(last + 1, t)) and not ctx.lower[last] == ",":
        return False
    return all(lo <= j <= hi for j in between)


def classes(ctx: DocContext, cand) -> list[str]:
    """The classes a candidate belongs to (a candidate may be in none)."""
    out = []
    t_char = ctx.idx[cand.trigger]
    rel = cand.relation
    if rel in ("vp",) or rel.startswith("child:dobj"):
        from bisect import bisect_right
        from newsmine.nlp.attribution.features.content_end import end_context
        idx = ctx.idx
        first = max(bisect_right(idx, cand.start) - 1, 0)
        last = max(first, bisect_right(idx, cand.end - 1) - 1)
        sent_last = ctx.sent_bounds[ctx.sent_of[last]][1] - 1
        after = end_context(ctx, last, sent_last)[0]
        out.append(f"obj|{_short(rel)}|{after if after in ('to', 'end', 'para', ',') else 'other'}")
        out.append(f"obj|{_short(rel)}|{ctx.lemma[cand.trigger]}")
    if _front_shape(ctx, cand):
        out.append(f"shape|{_short(rel)}")
    if rel.startswith("rest:parataxis") and t_char >= cand.end:
        out.append(f"front|parataxis|{ctx.lemma[cand.trigger]}")
        out.append("front|parataxis")
    elif t_char >= cand.end:
        out.append(f"front|{_short(rel)}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", type=Path)
    ap.add_argument("--articles", type=int)
    ap.add_argument("--examples", type=str, help="print the candidates of this class")
    args = ap.parse_args()
    model = AttributionModel.from_file(args.model) if args.model else AttributionModel.default()
    stats: dict[str, list] = defaultdict(list)
    for doc, gold in parsed("train")[: args.articles]:
        prepare(doc)
        text = doc_text(doc)
        ctx = DocContext(doc, find_quoted(text), text)
        cands = find_candidates(ctx, model.cue)
        labels = _labels(doc, gold, cands)
        content = [c.fixed_score if c.fixed_score is not None else sigmoid(model.content.margin(c.shared + c.features)) for c in cands]
        for c, p in zip(cands, content):
            c.score = p
        if model.reranker is not None:
            rerank(cands, model.reranker)
        else:
            rescore(cands, model.choice)
        for c, y, p in zip(cands, labels, content):
            for k in classes(ctx, c):
                stats[k].append((y, p, c.score))
                if args.examples and k == args.examples:
                    print(f"{y} {p:.3f} {c.score:.3f} {doc[c.trigger].text}: {text[c.start:c.end][:100]!r}")
    t = model.content.threshold
    print(f"{'class':40} {'n':>6} {'right':>6} {'p(right)':>8} {'choice':>7} {'kept':>6} {'wrong kept':>10}")
    for k, rows in sorted(stats.items(), key=lambda kv: -len(kv[1])):
        right = [r for r in rows if r[0]]
        wrong = [r for r in rows if not r[0]]
        if len(rows) < 5:
            continue
        mean = sum(r[2] for r in right) / len(right) if right else 0
        print(f"{k:40} {len(rows):6} {len(right):6} {sum(r[1] for r in right) / max(1, len(right)):8.3f} {mean:7.3f} "
              f"{sum(r[2] >= t for r in right) / max(1, len(right)):6.2f} {sum(r[2] >= t for r in wrong):10}")


if __name__ == "__main__":
    main()
