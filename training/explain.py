"""Why newsmine attributes what it does: the cue words, candidates and scores of a passage.

    python training/explain.py train 'snippet of a PolNeAR train article' [--min-score 0.05]
    python training/explain.py --text article.txt [--min-score 0.05]     # any text ('-': stdin)

For the sentence holding the snippet (or the whole text): the parse, the quotations near
it, every cue word the cue filter looks at (with its probability), every candidate scoring
``--min-score`` or more (score, cue word / relation, source, content), what the decision
keeps, and — for a PolNeAR split — the gold attributions nearby.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import base_nlp, parsed, prepare

from newsmine.nlp.attribution import (
    AttributionModel,
    DocContext,
    cue_features,
    decide,
    doc_text,
    find_candidates,
    is_trigger,
    score_candidates,
)
from newsmine.nlp.quote_marks import find_quoted

# Characters around the snippet whose cue words, candidates and gold attributions are shown.
_NEAR = 300


def _describe(ctx: DocContext, cand) -> str:
    doc, text = ctx.doc, ctx.text
    cue = doc[cand.trigger].text if cand.trigger >= 0 else "-"
    source = doc[cand.source].text if cand.source >= 0 else None
    content = " | ".join(text[s:e] for s, e in cand.parts)
    return f"{cand.score:.3f} {cue}/{cand.relation} src={source} :: {content[:150]!r}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("split", nargs="?", help="a PolNeAR split (train; never tune on dev)")
    ap.add_argument("snippet", nargs="?", help="text of the passage to look at")
    ap.add_argument("--text", help="a text file instead ('-': standard input)")
    ap.add_argument("--min-score", type=float, default=0.05)
    ap.add_argument("--model", type=Path, help="attribution model file (default: the shipped one)")
    args = ap.parse_args()
    model = AttributionModel.from_file(args.model) if args.model else AttributionModel.default()
    gold = None
    if args.text:
        raw = sys.stdin.read() if args.text == "-" else Path(args.text).read_text(encoding="utf-8")
        doc = prepare(base_nlp()(raw))
        near = (0, len(raw))
    elif args.split and args.snippet:
        found = next(((d, g) for d, g in parsed(args.split) if args.snippet in d.text), None)
        if found is None:
            sys.exit(f"no article of {args.split} holds {args.snippet!r}")
        doc, gold = found
        prepare(doc)
        pos = doc.text.find(args.snippet)
        near = (pos - _NEAR, pos + len(args.snippet) + _NEAR)
        sent = doc.char_span(pos, pos + 1, alignment_mode="expand")[0].sent
        print("SENTENCE", repr(sent.text))
        print("PARSE", [(t.i, t.text, t.dep_, t.head.i, t.pos_) for t in sent])
    else:
        ap.error("give a split and a snippet, or --text FILE")
    text = doc_text(doc)
    ctx = DocContext(doc, find_quoted(text), text)

    def is_near(offset: int) -> bool:
        return near[0] <= offset < near[1]

    for stretch in ctx.stretches:
        if is_near(stretch.start):
            print("QUOTATION", repr(text[stretch.start : stretch.end][:120]))
    for i in range(ctx.n):
        if is_trigger(ctx, i) and is_near(ctx.idx[i]):
            p = model.cue.probability(cue_features(ctx, i))
            if p >= 0.02:
                print(f"CUE WORD {doc[i].text!r} {p:.3f}{' (filtered out)' if p < model.cue.threshold else ''}")
    candidates = find_candidates(ctx)  # all, the filtered-out words' too
    score_candidates(candidates, model)
    for cand in sorted(candidates, key=lambda c: -c.score):
        if cand.score >= args.min_score and is_near(cand.trigger_char):
            print("CANDIDATE", _describe(ctx, cand))
    kept = find_candidates(ctx, model.cue)
    score_candidates(kept, model)
    for cand in decide(ctx, kept, model.content.threshold, model.quoted_threshold):
        if is_near(cand.start) or is_near(cand.trigger_char):
            print("KEPT", _describe(ctx, cand))
    for a in gold.attributions if gold else ():
        if any(is_near(s) for s, _ in a.content):
            print("GOLD", [text[s:e] for s, e in a.cue or []], [text[s:e] for s, e in a.source or []],
                  [text[s:e][:80] for s, e in a.content])


if __name__ == "__main__":
    main()
